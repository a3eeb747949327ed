"""The upload endpoint: the same Importer as the command line, the same FILE:LINE problems (422),
atomic per file, 413 over the limit (with and without Content-Length), CSRF, names sanitised."""

from __future__ import annotations

import io
import json
import uuid

from fastapi.testclient import TestClient
from sqlalchemy import func, select

import builders as b
from indsigt.db import session_scope
from indsigt.store import AccessEntry, Organization
from test_api_support import api, sign_in  # noqa: F401


def _ndjson(resources: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in resources).encode()


def _count(url: str, model) -> int:  # type: ignore[no-untyped-def]
    with session_scope(url) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


GOOD = _ndjson([b.org("o-ny", "Ny afdeling", sor="555", part_of="o-hosp")])
CSV = (
    b"regKode,cprNrBorger,bruger,tidspunkt,orgUsingID,formaal\n"
    b"c1,6512401234,hsk,2026-03-02T10:00:00+01:00,SOR:111,TREAT\n"
)
BAD = _ndjson(
    [
        b.org("o-bad", "Skal ikke gemmes", sor="556"),
        {"resourceType": "Medicament", "id": "m1"},  # not a FHIR R4 resource type
        b.audit("x1", "p-unknown", "2026-03-01T10:00:00+01:00", role_id="r-holm"),
    ]
)


def test_upload_ndjson_and_csv(api):  # noqa: F811
    admin = api.client("admin")
    files = [
        ("files", ("org.ndjson", io.BytesIO(GOOD), "application/x-ndjson")),
        ("files", ("minlog.csv", io.BytesIO(CSV), "text/csv")),
    ]
    r = admin.post("/api/admin/import", files=files)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert [(f["file"], f["records"], f["new"]) for f in doc["files"]] == [
        ("org.ndjson", 1, 1),
        ("minlog.csv", 1, 1),
    ]
    assert doc["problems"] == []
    # the same file again stores nothing twice
    r = admin.post(
        "/api/admin/import", files={"files": ("minlog.csv", io.BytesIO(CSV), "text/csv")}
    )
    assert r.json()["files"][0]["new"] == 0
    with session_scope(api.url) as s:
        assert s.get(AccessEntry, "c1") is not None
    trail = admin.get("/api/admin/audit", params={"action": "import."}).json()["entries"]
    assert [t["actor"] for t in trail] == ["adm1", "adm1"]


def test_bad_file_is_422_with_file_line_problems_and_atomic(api):  # noqa: F811
    admin = api.client("admin")
    before = _count(api.url, Organization)
    files = [
        ("files", ("../../etc/bad.ndjson", io.BytesIO(BAD), "application/x-ndjson")),
        ("files", ("good.ndjson", io.BytesIO(GOOD), "application/x-ndjson")),
    ]
    r = admin.post("/api/admin/import", files=files)
    assert r.status_code == 422
    doc = r.json()
    assert "afvist" in doc["detail"]
    assert all(p.startswith("bad.ndjson:") for p in doc["problems"]), doc["problems"]
    lines = {int(p.split(":")[1]) for p in doc["problems"]}
    assert {2, 3} <= lines
    assert any("Medicament" in p for p in doc["problems"])
    assert [f["file"] for f in doc["files"]] == ["good.ndjson"]  # atomic per file
    with session_scope(api.url) as s:
        assert s.get(Organization, "o-bad") is None and s.get(Organization, "o-ny") is not None
    assert _count(api.url, Organization) == before + 1


def test_upload_limits(api, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INDSIGT_MAX_UPLOAD_BYTES", "2000")
    from indsigt.config import get_settings

    get_settings.cache_clear()
    admin = api.client("admin")
    big = GOOD + b"\n" * 3000
    r = admin.post(
        "/api/admin/import",
        files={"files": ("big.ndjson", io.BytesIO(big), "application/x-ndjson")},
    )
    assert r.status_code == 413 and "for stor" in r.json()["detail"]
    # without Content-Length (chunked): counted while streaming
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.ndjson"\r\n'
            "Content-Type: application/x-ndjson\r\n\r\n"
        ).encode()
        + big
        + f"\r\n--{boundary}--\r\n".encode()
    )

    def chunks():  # type: ignore[no-untyped-def]
        for i in range(0, len(body), 500):
            yield body[i : i + 500]

    r = admin.post(
        "/api/admin/import",
        content=chunks(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert r.status_code == 413
    assert _count(api.url, AccessEntry) == 6  # nothing new
    # no file, not multipart, a broken multipart body
    assert admin.post("/api/admin/import", data={"x": "y"}).status_code == 422
    assert admin.post("/api/admin/import", json={"files": []}).status_code == 422
    r = admin.post(
        "/api/admin/import",
        content=b"--nope\r\n\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=zzz"},
    )
    assert r.status_code in (400, 422)


def test_upload_needs_csrf_with_a_cookie_session(api):  # noqa: F811
    c = TestClient(api.app)
    sign_in(c, "user:adm1")
    token = c.headers.pop("X-CSRF-Token")
    files = {"files": ("org.ndjson", io.BytesIO(GOOD), "application/x-ndjson")}
    assert c.post("/api/admin/import", files=files).status_code == 403
    files = {"files": ("org.ndjson", io.BytesIO(GOOD), "application/x-ndjson")}
    r = c.post("/api/admin/import", files=files, data={"csrf_token": token})
    assert r.status_code == 200, r.text


def test_orphan_upload_folders_of_dead_workers_are_removed(tmp_path):
    import os
    import subprocess

    from indsigt.api.imports import purge_orphan_uploads

    gone = subprocess.Popen(["true"])  # a process id that no longer runs
    gone.wait()
    orphan = tmp_path / f"indsigt-upload-{gone.pid}-abc"
    live = tmp_path / f"indsigt-upload-{os.getpid()}-def"
    other = tmp_path / "indsigt-upload-notapid"
    for d in (orphan, live, other):
        d.mkdir()
        (d / "0001-log.csv").write_text("x")
    assert purge_orphan_uploads(str(tmp_path)) == 1
    assert not orphan.exists()
    assert live.exists() and other.exists()
