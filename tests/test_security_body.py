"""Issue 15.1: request bodies cannot exhaust a worker's memory or disk.

Reproduced on the running server: one streamed 300 MB POST to ``/api/auth/logout`` took a worker
from 183 MB to 1,081 MB (the NUL guard read every body into memory), and an unauthenticated
multipart POST to ``/log-ind`` wrote ~500 MB to a temporary folder before anything refused it.
Now every body has a limit enforced while it streams in (413 before any parsing), a multipart
body without a sign-in is refused unread, and a signed-in one has its CSRF token checked (header
or the first form field) before anything is spooled.
"""

from __future__ import annotations

import io
import os
import uuid

import pytest
from fastapi.testclient import TestClient

from security_support import call, chunked, cookie_header, multipart, rss_bytes, stream_post
from test_api_support import api, sign_in  # noqa: F401

MB = 1024 * 1024


def test_a_streamed_body_over_the_limit_is_413_before_it_is_read(api):  # noqa: F811
    from indsigt.config import get_settings

    limit = get_settings().max_body_bytes
    a = call(
        api.app,
        "POST",
        "/api/auth/logout",
        headers={"content-type": "application/json"},
        body=chunked(32 * MB),
    )
    assert a.status == 413, a.body
    assert "for stor" in a.body.decode()
    assert a.read <= limit + 64 * 1024, f"read {a.read} bytes of a body over the limit"


def test_content_length_over_the_limit_is_refused_unread(api):  # noqa: F811
    a = call(
        api.app,
        "POST",
        "/api/me/alerts",
        headers={"content-type": "application/json", "content-length": str(300 * MB)},
        body=chunked(300 * MB),
    )
    assert a.status == 413 and a.read == 0


def test_every_body_has_the_limit_web_forms_too(api, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INDSIGT_MAX_BODY_BYTES", "4096")
    from indsigt.app import create_app
    from indsigt.config import get_settings

    get_settings.cache_clear()
    app = create_app()
    for path, ctype in (
        ("/log-ind", "application/x-www-form-urlencoded"),
        ("/api/dev-login/sign-in", "application/json"),
        ("/findes-ikke", "text/plain"),
    ):
        a = call(app, "POST", path, headers={"content-type": ctype}, body=chunked(MB, 1024))
        assert a.status == 413, (path, a.status)
        assert a.read <= 4096 + 1024, (path, a.read)
    # a body within the limit still reaches the handler (with its NUL check)
    c = TestClient(app)
    assert c.post("/api/auth/logout", json={"x": "y"}).status_code == 200
    assert c.post("/api/auth/logout", content=b'{"x": "\\u0000"}').status_code == 422


def test_unauthenticated_multipart_is_refused_unread(api):  # noqa: F811
    boundary = uuid.uuid4().hex
    head = multipart(boundary, [("persona", None, b"patient:p1")])[:-4]
    body = [head, *chunked(64 * MB)]
    for path in ("/log-ind", "/api/admin/import", "/api/auth/logout"):
        a = call(
            api.app,
            "POST",
            path,
            headers={"content-type": f"multipart/form-data; boundary={boundary}"},
            body=iter(body),
        )
        assert a.status in (401, 403), (path, a.status, a.body[:200])
        assert a.read == 0, (path, a.read)


def test_signed_in_multipart_is_csrf_checked_before_it_is_spooled(api, tmp_path):  # noqa: F811
    c = TestClient(api.app)
    sign_in(c, "user:adm1")
    token = c.headers.pop("X-CSRF-Token")
    cookie = cookie_header(c)
    boundary = uuid.uuid4().hex
    ctype = f"multipart/form-data; boundary={boundary}"
    # the first field is the file: no token before it, so it is refused without spooling
    big = [multipart(boundary, [("files", "big.csv", b"")])[: -(len(boundary) + 8)]]
    big += list(chunked(48 * MB))
    a = call(
        api.app,
        "POST",
        "/api/admin/import",
        headers={"content-type": ctype, "cookie": cookie},
        body=iter(big),
    )
    assert a.status == 403 and "CSRF" in a.body.decode()
    assert a.read <= 256 * 1024, a.read
    # a wrong token in the first field: refused after reading just that field
    wrong = multipart(boundary, [("csrf_token", None, b"forkert"), ("files", "x.csv", b"")])
    a = call(
        api.app,
        "POST",
        "/api/admin/import",
        headers={"content-type": ctype, "cookie": cookie},
        body=iter([wrong[:200], wrong[200:], *chunked(48 * MB)]),
    )
    assert a.status == 403 and a.read <= 256 * 1024, (a.status, a.read)
    # the right token first (as the web form and httpx send it): imported
    r = c.post(
        "/api/admin/import",
        data={"csrf_token": token},
        files={"files": ("org.ndjson", io.BytesIO(b""), "application/x-ndjson")},
    )
    assert r.status_code in (200, 422), r.text  # an empty file: imported or reported, not 403
    assert r.status_code != 403
    # or the token in the header
    r = c.post(
        "/api/admin/import",
        headers={"X-CSRF-Token": token},
        files={"files": ("org.ndjson", io.BytesIO(b""), "application/x-ndjson")},
    )
    assert r.status_code != 403, r.text


@pytest.mark.slow
def test_a_served_worker_keeps_its_memory_and_disk_under_a_300_mb_post(db_url, tmp_path, world):
    """The reproduction as it was found: a real server, a 300 MB streamed POST."""
    from test_serve import serve

    with serve(db_url, tmp_path, workers=1) as server:
        port = int(server.url.rsplit(":", 1)[1])
        pid = server.proc.pid
        before = rss_bytes(pid)
        status, sent = stream_post(
            port, "/api/auth/logout", {"Content-Type": "application/json"}, 300 * MB
        )
        after = rss_bytes(pid)
        assert status == 413, status
        assert sent < 300 * MB, "the server read the whole body"
        assert after - before < 48 * MB, f"RSS grew {(after - before) / MB:.0f} MB"
        # an unauthenticated multipart POST to the sign-in page writes nothing to disk
        boundary = uuid.uuid4().hex
        status, sent = stream_post(
            port,
            "/log-ind",
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
            300 * MB,
        )
        assert status in (401, 403), status
        spooled = sum(
            f.stat().st_size
            for f in (tmp_path / "tmp").rglob("*")
            if f.is_file() and os.access(f, os.R_OK)
        )
        assert spooled < MB, f"{spooled} bytes spooled to disk"
        assert rss_bytes(pid) - before < 48 * MB
