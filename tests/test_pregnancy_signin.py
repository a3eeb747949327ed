"""How professionals sign in (issue 16 with issue 15's rules): only the staff issuer (the
regions' and municipalities' federated login) or the development issuer makes a professional,
for one PractitionerRole; a citizen's token never does, whatever it claims."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from indsigt import auth
from pregnancy_world import preg  # noqa: F401  (fixture)
from test_auth import FakeIdP


def _fresh() -> None:
    from indsigt.config import get_settings

    get_settings.cache_clear()
    auth._jwks_client.cache_clear()
    auth._discovery.cache_clear()


@pytest.fixture
def idps(preg, monkeypatch) -> Iterator[tuple[FakeIdP, FakeIdP]]:  # noqa: F811
    citizen, staff = FakeIdP(), FakeIdP()
    staff.issuer = staff.issuer.replace("/idp", "/staff")
    for prefix, server in (("INDSIGT_OIDC", citizen), ("INDSIGT_STAFF_OIDC", staff)):
        monkeypatch.setenv(f"{prefix}_ISSUER", server.issuer)
        monkeypatch.setenv(f"{prefix}_AUDIENCE", "indsigt-test")
        monkeypatch.setenv(f"{prefix}_JWKS_URL", server.issuer + "/jwks.json")
    monkeypatch.setenv("INDSIGT_STAFF_ROLE_CLAIM", "groups")
    monkeypatch.setenv("INDSIGT_STAFF_ROLE_MAP", "indsigt-ledelse=admin")
    _fresh()
    yield citizen, staff
    citizen.close()
    staff.close()
    _fresh()


def _get(app, token: str, path: str = "/api/me"):  # type: ignore[no-untyped-def]
    return TestClient(app).get(path, headers={"Authorization": f"Bearer {token}"})


def test_the_staff_issuer_signs_in_a_professional_for_one_job(preg, idps) -> None:  # noqa: F811
    _, staff = idps
    by_role = _get(preg.app, staff.token(sub="bkj", practitioner_role="r-jm"))
    assert by_role.status_code == 200, by_role.text
    assert by_role.json()["principal"] == {
        "kind": "professional",
        "id": "r-jm",
        "name": "Birgitte Kjærsgaard",
        "roles": ["professional"],
    }
    by_authorisation = staff.token(sub="bkj", authorization_id="JM001", sor="112")
    assert _get(preg.app, by_authorisation).json()["principal"]["id"] == "r-jm"
    assert _get(preg.app, by_authorisation, "/api/pregnancies/preg-anna").status_code == 200
    # the same person at an organisation she has no job in: nobody
    assert (
        _get(preg.app, staff.token(sub="bkj", authorization_id="JM001", sor="300")).status_code
        == 403
    )
    assert _get(preg.app, staff.token(sub="x", practitioner_role="r-nope")).status_code == 403


def test_a_citizen_token_never_makes_a_professional(preg, idps) -> None:  # noqa: F811
    citizen, _ = idps
    r = _get(preg.app, citizen.token(sub="anna", cpr="6512851234", practitioner_role="r-jm"))
    assert r.status_code == 200 and r.json()["principal"]["kind"] == "citizen"
    assert (
        _get(
            preg.app,
            citizen.token(sub="anna", cpr="6512851234", practitioner_role="r-jm"),
            "/api/pregnancies",
        ).status_code
        == 403
    )
    r = _get(
        preg.app,
        citizen.token(sub="m", practitioner_role="r-jm", authorization_id="JM001", sor="112"),
    )
    assert r.status_code == 403
