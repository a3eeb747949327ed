"""Issue 15.3: staff roles never come from a citizen's token.

Reproduced: a citizen token carrying ``roles: ["admin"]`` became an administrator (and created an
app user); a token without CPR whose ``preferred_username`` matched an auditor became that
auditor; a token's ``roles`` claim rewrote ``app_user.role``. Now staff roles come only from the
app-user table (an administrator or the CLI sets them; an identity is linked by issuer and
``sub``), or from a separately configured staff issuer with an explicit claim mapping.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from indsigt import auth
from indsigt.db import session_scope
from indsigt.store import AppUser
from test_api_support import api  # noqa: F401
from test_auth import FakeIdP


def _fresh() -> None:
    from indsigt.config import get_settings

    get_settings.cache_clear()
    auth._jwks_client.cache_clear()
    auth._discovery.cache_clear()


@pytest.fixture
def idp(api, monkeypatch) -> Iterator[FakeIdP]:  # noqa: F811
    """The citizens' OpenID provider (MitID broker); the development issuer stays on."""
    server = FakeIdP()
    monkeypatch.setenv("INDSIGT_OIDC_ISSUER", server.issuer)
    monkeypatch.setenv("INDSIGT_OIDC_AUDIENCE", "indsigt-test")
    monkeypatch.setenv("INDSIGT_OIDC_JWKS_URL", server.issuer + "/jwks.json")
    _fresh()
    yield server
    server.close()
    _fresh()


@pytest.fixture
def staff_idp(idp, monkeypatch) -> Iterator[FakeIdP]:
    """A separate staff issuer (the region's AD FS) with an explicit mapping of a group claim."""
    server = FakeIdP()
    server.issuer = server.issuer.replace("/idp", "/staff")
    monkeypatch.setenv("INDSIGT_STAFF_OIDC_ISSUER", server.issuer)
    monkeypatch.setenv("INDSIGT_STAFF_OIDC_AUDIENCE", "indsigt-test")
    monkeypatch.setenv("INDSIGT_STAFF_OIDC_JWKS_URL", server.issuer + "/jwks.json")
    monkeypatch.setenv("INDSIGT_STAFF_ROLE_CLAIM", "groups")
    monkeypatch.setenv("INDSIGT_STAFF_ROLE_MAP", "indsigt-ledelse=admin,indsigt-revision=auditor")
    _fresh()
    yield server
    server.close()


def _me(app, token: str):  # type: ignore[no-untyped-def]
    return TestClient(app).get("/api/me", headers={"Authorization": f"Bearer {token}"})


def _users(url: str) -> dict[str, str]:
    with session_scope(url) as s:
        return {u.id: u.role for u in s.scalars(select(AppUser))}


def test_a_citizen_token_with_an_admin_roles_claim_stays_a_citizen(api, idp):  # noqa: F811
    before = _users(api.url)
    for roles in (["admin"], "admin auditor", ["auditor"]):
        r = _me(api.app, idp.token(sub="anna", cpr="6512401234", roles=roles))
        assert r.status_code == 200, r.text
        assert r.json()["principal"]["kind"] == "citizen"
        assert r.json()["principal"]["roles"] == ["citizen"]
    # without a CPR number a roles claim gives nothing at all (and creates no user)
    r = _me(api.app, idp.token(sub="mallory", preferred_username="mallory", roles=["admin"]))
    assert r.status_code == 403
    assert _users(api.url) == before
    with TestClient(api.app) as c:
        r = c.get(
            "/api/admin/orders",
            headers={
                "Authorization": f"Bearer {idp.token(sub='anna', cpr='6512401234', roles=['admin'])}"
            },
        )
        assert r.status_code == 403


def test_preferred_username_matching_an_auditor_gives_nothing(api, idp):  # noqa: F811
    r = _me(api.app, idp.token(sub="someone", preferred_username="rev1"))
    assert r.status_code == 403, r.text
    r = _me(api.app, idp.token(sub="rev1", preferred_username="rev1", name="Revisor Rita"))
    assert r.status_code == 403  # not even a sub equal to the user id: only a linked identity


def test_a_roles_claim_never_rewrites_the_table(api, idp):  # noqa: F811
    from indsigt.users import link_identity

    with session_scope(api.url) as s:
        link_identity(s, "rev1", issuer=idp.issuer, subject="rita-sub", actor="test")
    r = _me(api.app, idp.token(sub="rita-sub", roles=["admin"], preferred_username="adm1"))
    assert r.status_code == 200 and r.json()["principal"]["kind"] == "auditor"
    assert r.json()["principal"]["id"] == "rev1"
    assert _users(api.url)["rev1"] == "auditor"


def test_users_are_keyed_on_issuer_and_sub(api, idp, tmp_path):  # noqa: F811
    env = os.environ | {"INDSIGT_DB": api.url}
    cmd = [
        sys.executable, "-m", "indsigt", "users", "add", "leder7", "--role", "admin",
        "--name", "Lea Leder", "--issuer", idp.issuer, "--subject", "x1",
    ]  # fmt: skip
    subprocess.run(cmd, check=True, env=env, cwd=tmp_path, capture_output=True)
    r = _me(api.app, idp.token(sub="x1"))
    assert r.status_code == 200 and r.json()["principal"] == {
        "kind": "admin",
        "id": "leder7",
        "name": "Lea Leder",
        "roles": ["admin"],
    }
    # the same username with another sub, or the same sub from another issuer: nobody
    assert _me(api.app, idp.token(sub="x2", preferred_username="leder7")).status_code == 403
    other = FakeIdP()
    try:
        assert _me(api.app, other.token(sub="x1")).status_code == 401  # unknown issuer
    finally:
        other.close()


def test_a_staff_issuer_with_an_explicit_mapping_makes_staff(api, staff_idp, idp):  # noqa: F811
    r = _me(api.app, staff_idp.token(sub="ad-42", name="Lis Leder", groups=["indsigt-ledelse"]))
    assert r.status_code == 200, r.text
    p = r.json()["principal"]
    assert p["kind"] == "admin" and p["name"] == "Lis Leder"
    uid = p["id"]
    # keyed on (issuer, sub): the same person again is the same user; the mapping follows AD
    r = _me(api.app, staff_idp.token(sub="ad-42", groups=["indsigt-revision", "andet"]))
    assert r.json()["principal"] == {**p, "kind": "auditor", "roles": ["auditor"]}
    assert _users(api.url)[uid] == "auditor"
    # no mapped group: no access, and no citizen either (a staff issuer's CPR claim is ignored)
    assert _me(api.app, staff_idp.token(sub="ad-43", groups=["andet"])).status_code == 403
    r = _me(api.app, staff_idp.token(sub="ad-44", cpr="6512401234", roles=["admin"]))
    assert r.status_code == 403
    # the citizens' issuer's group claim maps to nothing
    r = _me(api.app, idp.token(sub="anna", cpr="6512401234", groups=["indsigt-ledelse"]))
    assert r.json()["principal"]["kind"] == "citizen"
    with session_scope(api.url) as s:
        assert s.scalar(select(func.count()).select_from(AppUser)) == 3  # adm1, rev1, Lis


def test_the_staff_issuer_must_be_separate(api, idp, monkeypatch):  # noqa: F811
    """One issuer for both would let the citizens' provider mint staff roles: refused at start."""
    monkeypatch.setenv("INDSIGT_STAFF_OIDC_ISSUER", idp.issuer)
    monkeypatch.setenv("INDSIGT_STAFF_OIDC_AUDIENCE", "indsigt-test")
    monkeypatch.setenv("INDSIGT_STAFF_OIDC_JWKS_URL", idp.issuer + "/jwks.json")
    monkeypatch.setenv("INDSIGT_STAFF_ROLE_CLAIM", "roles")
    monkeypatch.setenv("INDSIGT_STAFF_ROLE_MAP", "admin=admin")
    from indsigt.config import get_settings

    get_settings.cache_clear()
    with pytest.raises(ValueError, match="STAFF_OIDC_ISSUER"):
        get_settings()
    monkeypatch.setenv("INDSIGT_STAFF_OIDC_ISSUER", idp.issuer + "-staff")
    monkeypatch.setenv("INDSIGT_STAFF_ROLE_MAP", "")
    get_settings.cache_clear()
    with pytest.raises(ValueError, match="STAFF_ROLE_MAP"):
        get_settings()  # a staff issuer without an explicit mapping


def test_development_tokens_follow_the_same_rules(api):  # noqa: F811
    dev = auth.dev_issuer()
    now = int(time.time())
    forged_roles = dev.mint({"sub": "dev:patient:p1", "cpr": "6512401234", "roles": ["admin"]})
    r = _me(api.app, forged_roles)
    assert r.json()["principal"]["kind"] == "citizen"
    r = _me(api.app, dev.mint({"sub": "x", "preferred_username": "adm1", "roles": ["admin"]}))
    assert r.status_code == 403
    # a staff persona gets the role the table gives, whatever its token says
    r = _me(api.app, dev.mint({"sub": "dev:user:rev1", "roles": ["admin"], "iat": now}))
    assert r.json()["principal"]["kind"] == "auditor"


def test_the_staff_browser_sign_in_accepts_only_the_staff_issuer(api, staff_idp, idp):  # noqa: F811
    from urllib.parse import parse_qs, urlparse

    def start(c: TestClient) -> dict[str, str]:
        r = c.get("/api/auth/oidc/start", params={"medarbejder": "true", "return_to": "/admin"})
        assert r.status_code == 302
        target = urlparse(r.headers["location"])
        assert target.netloc == urlparse(staff_idp.issuer).netloc  # the staff provider
        return {k: v[0] for k, v in parse_qs(target.query).items()}

    c = TestClient(api.app, follow_redirects=False)
    q = start(c)
    # a citizen token (even with a mapped group) posted back to a staff sign-in: refused
    wrong = idp.token(sub="anna", cpr="6512401234", groups=["indsigt-ledelse"], nonce=q["nonce"])
    r = c.post("/api/auth/oidc/callback", data={"id_token": wrong, "state": q["state"]})
    assert r.status_code == 401
    q = start(c)
    good = staff_idp.token(sub="ad-7", name="Ib Leder", groups="indsigt-ledelse", nonce=q["nonce"])
    r = c.post("/api/auth/oidc/callback", data={"id_token": good, "state": q["state"]})
    assert r.status_code == 303 and r.headers["location"] == "/admin"
    assert c.get("/api/me").json()["principal"]["kind"] == "admin"
    assert "Log ind som medarbejder" in TestClient(api.app).get("/log-ind").text
