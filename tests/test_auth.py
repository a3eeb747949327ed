"""Sign-in: the development issuer, OpenID Connect ID-token validation against a JWKS served over
HTTP, the form_post flow, session cookies, CSRF, bearer tokens, acting for a principal."""

from __future__ import annotations

import base64
import json
import stat
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from indsigt import auth
from indsigt.db import session_scope
from indsigt.store import AppUser
from indsigt.timeutil import utcnow
from test_api_support import api, csrf, sign_in  # noqa: F401

CPRS = ("6512401234", "7003551111", "6101801234", "6202702222")


def _no_cpr(text: str) -> bool:
    return not any(c in text or f"{c[:6]}-{c[6:]}" in text for c in CPRS)


def _fresh_settings() -> None:
    from indsigt.config import get_settings

    get_settings.cache_clear()
    auth.auth_settings.cache_clear()


# -- the development issuer ----------------------------------------------------------------------


def test_dev_login_is_off_unless_enabled(api, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INDSIGT_DEV_LOGIN", "false")
    _fresh_settings()
    from indsigt.app import create_app

    c = TestClient(create_app())
    for path in ("/api/dev-login/personas", "/api/dev-login/jwks.json"):
        assert c.get(path).status_code == 404
    token = csrf(c)
    r = c.post(
        "/api/dev-login/sign-in", json={"persona": "patient:p1"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 404
    assert c.post("/api/dev-login/token", json={"persona": "patient:p1"}).status_code == 404
    assert c.get("/api/auth/session").json()["dev_login"] is False


def test_personas_are_marked_and_carry_no_cpr(api):  # noqa: F811
    r = api.client("anonymous").get("/api/dev-login/personas")
    assert r.status_code == 200
    doc = r.json()
    assert doc["notice"] == "UDVIKLINGS-LOGIN – kun til demo og test"
    ids = {p["id"] for p in doc["personas"]}
    assert {"user:adm1", "user:rev1", "user:dev-admin", "patient:p1", "patient:p4"} <= ids
    assert _no_cpr(r.text)
    kinds = {p["id"]: p["kind"] for p in doc["personas"]}
    assert kinds["user:adm1"] == "admin" and kinds["user:rev1"] == "auditor"
    assert kinds["patient:p1"] == "citizen"


def test_dev_tokens_validate_and_carry_the_marking(api):  # noqa: F811
    r = api.client("anonymous").post("/api/dev-login/token", json={"persona": "patient:p1"})
    token = r.json()["id_token"]
    header = jwt.get_unverified_header(token)
    claims = auth.validate_id_token(token)
    assert header["alg"] == "RS256" and header["kid"].startswith("dev-")
    assert claims["dev_login"] == auth.DEV_LOGIN_MARK
    assert claims["iss"].endswith("/api/dev-login") and claims["aud"] == auth.DEV_AUDIENCE
    jwks = api.client("anonymous").get("/api/dev-login/jwks.json").json()
    assert [k["kid"] for k in jwks["keys"]] == [header["kid"]]
    assert "d" not in jwks["keys"][0]  # public key only


def test_unknown_persona(api):  # noqa: F811
    c = api.client("anonymous")
    assert c.post("/api/dev-login/token", json={"persona": "patient:zz"}).status_code == 404
    assert c.post("/api/dev-login/token", json={"persona": "hvemsomhelst"}).status_code == 422


# -- sessions and cookies ------------------------------------------------------------------------


def _set_cookie(r) -> str:  # type: ignore[no-untyped-def]
    return next(
        v for k, v in r.headers.multi_items() if k == "set-cookie" and "indsigt_session" in v
    )


def _cookie_payload(cookie: str) -> dict:
    value = cookie.split(";", 1)[0].split("=", 1)[1]
    data = value.split(".", 1)[0]
    return json.loads(base64.b64decode(data + "=" * (-len(data) % 4)))


def test_session_cookie_flags_and_contents(api):  # noqa: F811
    c = TestClient(api.app)
    token = csrf(c)
    r = c.post(
        "/api/dev-login/sign-in", json={"persona": "patient:p1"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 200
    cookie = _set_cookie(r)
    low = cookie.lower()
    assert "httponly" in low and "samesite=lax" in low and "path=/" in low
    assert "secure" not in low  # http://127.0.0.1 in development
    payload = _cookie_payload(cookie)
    assert set(payload) == {"sid"}  # a random session id; who it is lives on the server
    assert _no_cpr(json.dumps(payload))
    assert _no_cpr(r.text)
    # a new session: the CSRF token changed at sign-in (no session fixation)
    assert r.json()["csrf_token"] != token


def test_secure_cookie_when_configured(api, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INDSIGT_COOKIE_SECURE", "true")
    _fresh_settings()
    from indsigt.app import create_app

    c = TestClient(create_app(), base_url="https://testserver")
    token = csrf(c)
    r = c.post(
        "/api/dev-login/sign-in", json={"persona": "patient:p1"}, headers={"X-CSRF-Token": token}
    )
    assert "secure" in _set_cookie(r).lower()
    monkeypatch.delenv("INDSIGT_COOKIE_SECURE")
    monkeypatch.setenv("INDSIGT_BASE_URL", "https://indsigt.example.dk")
    _fresh_settings()
    assert auth.cookie_secure() is True


def test_session_secret_is_generated_private_and_never_shown(api):  # noqa: F811
    from indsigt.config import get_settings

    path = get_settings().resolved_key_file()
    path = path.with_name(path.name + ".session")
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = path.read_text().strip()
    c = api.client("citizen")
    for url in ("/api/me", "/api/auth/session", "/api/me/log", "/openapi.json"):
        assert secret not in c.get(url).text


def test_tampered_cookie_is_anonymous(api):  # noqa: F811
    c = TestClient(api.app)
    sign_in(c, "patient:p1")
    value = c.cookies.get("indsigt_session")
    data = _cookie_payload("x=" + value)
    data["u"] = "p2"
    forged = base64.b64encode(json.dumps(data).encode()).decode() + "." + value.split(".", 1)[1]
    c.cookies.set("indsigt_session", forged)
    assert c.get("/api/me").status_code == 401


def test_idle_timeout(api, monkeypatch):  # noqa: F811
    """(The absolute limit and server-side ending: tests/test_security_sessions.py.)"""
    from indsigt.auth import sessions

    monkeypatch.setenv("INDSIGT_SESSION_CACHE_SECONDS", "0")
    _fresh_settings()
    c = TestClient(api.app)
    sign_in(c, "patient:p1")
    assert c.get("/api/me").status_code == 200
    now = time.time()
    monkeypatch.setattr(
        sessions, "_now", lambda: now + auth.auth_settings().session_idle_seconds + 5
    )
    assert c.get("/api/me").status_code == 401


def test_logout(api):  # noqa: F811
    c = TestClient(api.app)
    sign_in(c, "patient:p1")
    assert c.post("/api/auth/logout").status_code == 200
    assert c.get("/api/me").status_code == 401


# -- CSRF ----------------------------------------------------------------------------------------


def test_csrf_required_on_state_changes(api):  # noqa: F811
    c = TestClient(api.app)
    sign_in(c, "patient:p1")
    good = c.headers.pop("X-CSRF-Token")
    body = {"email": "anna@example.org"}
    assert c.put("/api/me/alerts", json=body).status_code == 403
    r = c.put("/api/me/alerts", json=body, headers={"X-CSRF-Token": "forkert"})
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
    assert c.put("/api/me/alerts", json=body, headers={"X-CSRF-Token": good}).status_code == 200
    # a form post carries it as a hidden field (the web pages)
    r = c.post("/api/auth/logout", data={"csrf_token": good})
    assert r.status_code == 200


def test_login_itself_needs_the_anonymous_csrf_token(api):  # noqa: F811
    c = TestClient(api.app)
    r = c.post("/api/dev-login/sign-in", json={"persona": "patient:p1"})
    assert r.status_code == 403
    assert c.get("/api/me").status_code == 401


# -- bearer ID tokens ----------------------------------------------------------------------------


def _dev_token(api, persona: str) -> str:  # noqa: F811
    return (
        api.client("anonymous")
        .post("/api/dev-login/token", json={"persona": persona})
        .json()["id_token"]
    )


def test_bearer_token_needs_no_cookie_and_no_csrf(api):  # noqa: F811
    token = _dev_token(api, "patient:p1")
    c = TestClient(api.app)
    h = {"Authorization": f"Bearer {token}"}
    r = c.get("/api/me/journal", headers=h)
    assert r.status_code == 200 and r.json()["patient"] == "p1"
    assert "set-cookie" not in {k.lower() for k in r.headers}
    r = c.put("/api/me/alerts", json={"email": "anna@example.org"}, headers=h)
    assert r.status_code == 200
    assert c.get("/api/citizens/p2/journal", headers=h).status_code == 403


def test_bad_tokens_are_401(api):  # noqa: F811
    good = _dev_token(api, "patient:p1")
    head, body, sig = good.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["cpr"] = "7003551111"
    forged_body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = int(time.time())
    base = {
        "iss": claims["iss"],
        "aud": auth.DEV_AUDIENCE,
        "sub": "x",
        "cpr": "6512401234",
        "iat": now,
    }
    kid = jwt.get_unverified_header(good)["kid"]
    bad = {
        "tampered": f"{head}.{forged_body}.{sig}",
        "other key": jwt.encode(
            {**base, "exp": now + 60}, other_key, "RS256", headers={"kid": kid}
        ),
        "alg none": jwt.encode({**base, "exp": now + 60}, None, "none"),
        "hs256 with public key": jwt.encode({**base, "exp": now + 60}, "k" * 32, "HS256"),
        "garbage": "abc.def.ghi",
    }
    issuer = auth.dev_issuer()
    bad["expired"] = issuer.mint({"sub": "x", "cpr": "6512401234"}, lifetime=-120)
    bad["wrong audience"] = jwt.encode(
        {**base, "aud": "someone-else", "exp": now + 60},
        issuer._key,  # type: ignore[attr-defined]
        "RS256",
        headers={"kid": kid},
    )
    c = TestClient(api.app)
    for name, token in bad.items():
        r = c.get("/api/me", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, (name, r.text)
        assert r.headers.get("www-authenticate", "").startswith("Bearer")


# -- production OpenID Connect against a JWKS served over HTTP ------------------------------------


class FakeIdP:
    """A tiny OpenID provider: discovery and JWKS over HTTP on 127.0.0.1, and a token mint."""

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        self.jwks = {"keys": [{**jwk, "kid": "idp-1", "use": "sig", "alg": "RS256"}]}
        idp = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.endswith("/jwks.json"):
                    body = idp.jwks
                elif self.path.endswith("/.well-known/openid-configuration"):
                    body = {
                        "issuer": idp.issuer,
                        "authorization_endpoint": idp.issuer + "/authorize",
                        "jwks_uri": idp.issuer + "/jwks.json",
                    }
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}/idp"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def token(self, **claims: object) -> str:
        now = int(time.time())
        body = {
            "iss": self.issuer,
            "aud": "indsigt-test",
            "iat": now,
            "exp": now + 300,
            "sub": "s1",
        }
        body.update(claims)
        return jwt.encode(body, self.key, "RS256", headers={"kid": "idp-1"})

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def idp(api, monkeypatch) -> Iterator[FakeIdP]:  # noqa: F811
    server = FakeIdP()
    monkeypatch.setenv("INDSIGT_DEV_LOGIN", "false")
    monkeypatch.setenv("INDSIGT_OIDC_ISSUER", server.issuer)
    monkeypatch.setenv("INDSIGT_OIDC_AUDIENCE", "indsigt-test")
    monkeypatch.setenv("INDSIGT_OIDC_JWKS_URL", server.issuer + "/jwks.json")
    _fresh_settings()
    auth._jwks_client.cache_clear()
    auth._discovery.cache_clear()
    yield server
    server.close()
    auth._jwks_client.cache_clear()
    auth._discovery.cache_clear()


def _me(app, token: str):  # type: ignore[no-untyped-def]
    return TestClient(app).get("/api/me", headers={"Authorization": f"Bearer {token}"})


def test_oidc_cpr_claims_map_to_the_patient(api, idp):  # noqa: F811
    for claim in ("cpr", "dk:gov:cpr", "https://data.gov.dk/model/core/eid/cprNumber"):
        r = _me(api.app, idp.token(**{claim: "6512401234"}))
        assert r.status_code == 200, (claim, r.text)
        assert r.json()["principal"] == {
            "kind": "citizen",
            "id": "p1",
            "name": "Anna Jensen",
            "roles": ["citizen"],
        }
        assert "6512401234" not in r.text


def test_oidc_staff_sign_in_through_a_linked_identity(api, idp):  # noqa: F811
    """Staff roles come from the app-user table, for an identity linked by issuer and sub
    (a roles claim gives nothing: tests/test_security_roles.py)."""
    from indsigt.users import link_identity

    with session_scope(api.url) as s:
        link_identity(s, "adm1", issuer=idp.issuer, subject="x1", actor="test")
    r = _me(api.app, idp.token(sub="x1", preferred_username="whatever", roles=["auditor"]))
    assert r.status_code == 200 and r.json()["principal"]["kind"] == "admin"
    assert r.json()["principal"]["id"] == "adm1"
    with session_scope(api.url) as s:
        assert s.get(AppUser, "adm1").role == "admin"
    assert _me(api.app, idp.token(sub="x2", roles=["admin"])).status_code == 403


def test_oidc_refusals(api, idp):  # noqa: F811
    assert _me(api.app, idp.token(cpr="0101010000")).status_code == 403  # no such citizen
    assert _me(api.app, idp.token(sub="nobody")).status_code == 403  # neither CPR nor role
    assert _me(api.app, idp.token(cpr="12ab")).status_code == 403
    assert _me(api.app, idp.token(cpr="6512401234", iss="https://evil.example")).status_code == 401
    assert _me(api.app, idp.token(cpr="6512401234", aud="other")).status_code == 401
    assert _me(api.app, idp.token(cpr="6512401234", exp=int(time.time()) - 3600)).status_code == 401
    # the development issuer's tokens are not accepted when dev login is off
    dev = auth.DevIssuer(auth._new_rsa_pem())
    assert _me(api.app, dev.mint({"sub": "x", "cpr": "6512401234"})).status_code == 401


def test_oidc_form_post_flow(api, idp):  # noqa: F811
    c = TestClient(api.app, follow_redirects=False)
    r = c.get("/api/auth/oidc/start", params={"return_to": "/log"})
    assert r.status_code == 302
    target = urlparse(r.headers["location"])
    q = {k: v[0] for k, v in parse_qs(target.query).items()}
    assert target.path.endswith("/authorize")
    assert q["response_mode"] == "form_post" and q["response_type"] == "id_token"
    assert q["client_id"] == "indsigt-test" and q["redirect_uri"].endswith(
        "/api/auth/oidc/callback"
    )
    state_cookie = next(
        v for k, v in r.headers.multi_items() if k == "set-cookie" and "indsigt_oidc" in v
    )
    assert "httponly" in state_cookie.lower()
    # the provider posts the ID token back
    bad_nonce = idp.token(cpr="6512401234", nonce="forkert")
    r = c.post("/api/auth/oidc/callback", data={"id_token": bad_nonce, "state": q["state"]})
    assert r.status_code == 401
    r = c.post(
        "/api/auth/oidc/callback",
        data={"id_token": idp.token(cpr="6512401234", nonce=q["nonce"]), "state": "forkert"},
    )
    assert r.status_code == 401
    r = c.post(
        "/api/auth/oidc/callback",
        data={"id_token": idp.token(cpr="6512401234", nonce=q["nonce"]), "state": q["state"]},
    )
    assert r.status_code == 303 and r.headers["location"] == "/log"
    me = c.get("/api/me").json()
    assert me["principal"]["id"] == "p1"


def test_oidc_not_configured(api):  # noqa: F811
    r = api.client("anonymous").get("/api/auth/oidc/start", follow_redirects=False)
    assert r.status_code == 404 and "ikke sat op" in r.json()["detail"]


# -- acting for a principal --------------------------------------------------------------------


def test_proxy_switches_and_every_response_says_whose(api):  # noqa: F811
    c = api.client("proxy")
    me = c.get("/api/me").json()
    assert [x["patient"] for x in me["choices"]] == ["p4", "p1"]
    assert c.get("/api/me/journal").json()["patient"] == "p4"
    r = c.put("/api/me/acting-for", json={"patient": "p1"})
    assert r.status_code == 200 and r.json()["acting_for"] == "p1"
    for path in ("/api/me/journal", "/api/me/log"):
        doc = c.get(path).json()
        assert (doc["patient"], doc["viewer"]) == ("p1", "p4")
    # Anna revokes the power of attorney: the very next request is Carl's own data again
    with session_scope(api.url) as s:
        from indsigt.proxies import revoke_proxy

        revoke_proxy(s, "fm1", actor="p1", by_citizen="p1")
    doc = c.get("/api/me/journal").json()
    assert (doc["patient"], doc["viewer"]) == ("p4", "p4")
    assert c.get("/api/me").json()["acting_for"] == "p4"
    assert c.get("/api/citizens/p1/journal").status_code == 403
    assert c.put("/api/me/acting-for", json={"patient": "p1"}).status_code == 403


def test_proxy_scope_is_respected(api):  # noqa: F811
    from indsigt.proxies import add_proxies

    today = utcnow().date()
    with session_scope(api.url) as s:
        add_proxies(
            s,
            {
                "principal": "p2",
                "proxy": "p4",
                "scope": ["log"],
                "from": (today - timedelta(days=1)).isoformat(),
            },
            actor="t",
        )
    c = api.client("proxy")
    assert c.get("/api/citizens/p2/log").status_code == 200
    r = c.get("/api/citizens/p2/journal")
    assert r.status_code == 403 and "adgang" in r.json()["detail"]
    # a future power of attorney is not in force yet
    with session_scope(api.url) as s:
        add_proxies(
            s,
            {"principal": "p3", "proxy": "p4", "from": (today + timedelta(days=3)).isoformat()},
            actor="t",
        )
    assert c.get("/api/citizens/p3/log").status_code == 403


def test_oidc_return_to_stays_on_this_site(api, idp):  # noqa: F811
    for evil in ("//evil.example", "/\\evil.example", "https://evil.example", "evil"):
        c = TestClient(api.app, follow_redirects=False)
        r = c.get("/api/auth/oidc/start", params={"return_to": evil})
        q = {k: v[0] for k, v in parse_qs(urlparse(r.headers["location"]).query).items()}
        r = c.post(
            "/api/auth/oidc/callback",
            data={"id_token": idp.token(cpr="6512401234", nonce=q["nonce"]), "state": q["state"]},
        )
        assert r.status_code == 303 and r.headers["location"] == "/", evil
