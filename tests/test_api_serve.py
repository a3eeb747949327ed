"""Against a real ``indsigt serve`` subprocess on a free 127.0.0.1 port: sign-in through the
development issuer with a cookie session, CSRF, the citizen's views (leak-checked), and the
production validation path (PyJWKClient fetching the issuer's JWKS over HTTP)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import jwt
import pytest

from leakcheck import assert_no_leak
from test_api_support import HIDDEN, load

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(db_url: str, tmp_path: Path, world) -> Iterator[str]:
    load(db_url, tmp_path / "world.ndjson", world)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "INDSIGT_DB": db_url,
        "INDSIGT_DEV_LOGIN": "true",
        "INDSIGT_BASE_URL": base,
        "INDSIGT_KEY_FILE": os.environ["INDSIGT_KEY_FILE"],
    }
    exe = Path(sys.executable).with_name("indsigt")
    proc = subprocess.Popen(
        [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db_url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"indsigt serve startede ikke:\n{out}")
            time.sleep(0.2)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:  # pragma: no cover
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_real_server_sign_in_and_views(server: str, world) -> None:
    hidden = [p for p in world["staff"] if p.get("id") in HIDDEN]
    with httpx.Client(base_url=server, timeout=30) as c:
        token = c.get("/api/auth/session").json()["csrf_token"]
        r = c.post("/api/dev-login/sign-in", json={"persona": "patient:p1"})
        assert r.status_code == 403  # no CSRF token
        r = c.post(
            "/api/dev-login/sign-in",
            json={"persona": "patient:p1"},
            headers={"X-CSRF-Token": token},
        )
        assert r.status_code == 200, r.text
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie
        csrf = r.json()["csrf_token"]
        for path in ("/api/me", "/api/me/journal", "/api/me/log?entries=true", "/api/me/proxies"):
            r = c.get(path)
            assert r.status_code == 200, (path, r.text)
            assert_no_leak(r.text, hidden)
            assert "6512401234" not in r.text
        assert c.get("/api/citizens/p2/journal").status_code == 403
        assert c.get("/docs").status_code == 200
        assert c.get("/openapi.json").json()["info"]["title"] == "indsigt"
        r = c.put(
            "/api/me/alerts", json={"email": "anna@example.org"}, headers={"X-CSRF-Token": csrf}
        )
        assert r.status_code == 200
        assert c.post("/api/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 200
        assert c.get("/api/me").status_code == 401


def test_real_server_tokens_validate_with_pyjwkclient(server: str) -> None:
    with httpx.Client(base_url=server, timeout=30) as c:
        token = c.post("/api/dev-login/token", json={"persona": "patient:p1"}).json()["id_token"]
        meta = c.get("/api/dev-login/.well-known/openid-configuration").json()
    assert meta["issuer"] == server + "/api/dev-login"
    key = jwt.PyJWKClient(meta["jwks_uri"]).get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token, key.key, algorithms=["RS256"], audience="indsigt-dev", issuer=meta["issuer"]
    )
    assert claims["sub"] == "dev:patient:p1"
    with httpx.Client(base_url=server, timeout=30) as c:
        r = c.get("/api/me/journal", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and r.json()["patient"] == "p1"
