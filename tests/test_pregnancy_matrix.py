"""The pregnancy record's endpoints × every role: the expected HTTP status per cell.

Roles: ``anonymous``; the ``woman`` (Anna, p-anna); her ``proxy`` (her mother Else, a power of
attorney for ``pregnancy`` only); her ``partner`` (Bo, a citizen without a power of attorney);
a ``stranger`` citizen; the professionals on her care team — ``gp``, ``midwife``,
``sonographer``, ``birthplace`` (an obstetrician of the birth ward), ``health_visitor`` (the
municipal health visitor, on the team through a booked home visit); ``other_gp`` (a GP of
another practice, not on the team); ``unrelated`` (a cardiology nurse: no profession of the
pregnancy programme); ``admin``.

Each role runs the whole table in order on a fresh world; the test reports every cell that
differs at once. Element ids are Anna's imported Observations: ``obs-psyk`` (mental illness),
``obs-partner`` (partner information), ``obs-sys-enc-jm1`` (a blood pressure).
"""

from __future__ import annotations

import pytest

from pregnancy_world import preg  # noqa: F401  (fixture)

ROLES = (
    "anonymous",
    "woman",
    "proxy",
    "partner",
    "stranger",
    "gp",
    "midwife",
    "sonographer",
    "birthplace",
    "health_visitor",
    "other_gp",
    "unrelated",
    "admin",
)
P = "/api/pregnancies/preg-anna"
PSYK = {"kind": "psykisk-sygdom", "value": {"components": {"oplysninger-psykisk": "Uro"}}}
SOCIAL = {
    "kind": "social-saarbarhed",
    "value": {"components": {"supplerende-oplysninger-om-overgreb/opvækst": "x"}},
}

# method, path, body, expected per role in ROLES order
#                                                                 anon wom prx par str gp  jm  ul  ob  sp  gp2 kar adm
TABLE: list[tuple[str, str, object, str]] = [
    ("GET", "/api/citizens/p-anna/pregnancy", None, "401 200 200 403 403 403 403 403 403 403 403 403 403"),
    ("GET", "/api/citizens/p-anna/pregnancy/documents/PMR", None, "401 200 200 403 403 403 403 403 403 403 403 403 403"),
    ("GET", "/api/citizens/p-anna/pregnancy/documents/PRF", None, "401 200 200 403 403 403 403 403 403 403 403 403 403"),
    ("GET", "/api/me/pregnancy", None, "401 200 404 404 404 403 403 403 403 403 403 403 403"),
    ("PUT", "/api/me/pregnancy/wishes", {"items": [{"linkId": "andet", "answer": "x"}]}, "401 428 404 404 404 403 403 403 403 403 403 403 403"),
    ("POST", "/api/me/pregnancy/notes", {"text": "Spark i aften"}, "401 201 404 404 404 403 403 403 403 403 403 403 403"),
    ("GET", "/api/pregnancies", None, "401 403 403 403 403 200 200 200 200 200 200 403 403"),
    ("GET", P, None, "401 403 403 403 403 200 200 200 200 200 403 403 403"),
    ("GET", "/api/pregnancies/nope", None, "401 403 403 403 403 404 404 404 404 404 404 403 403"),
    ("GET", f"{P}/elements/obs-psyk", None, "401 403 403 403 403 200 200 403 200 200 403 403 403"),
    ("GET", f"{P}/elements/obs-partner", None, "401 403 403 403 403 200 200 403 200 200 403 403 403"),
    ("GET", f"{P}/elements/obs-sys-enc-jm1", None, "401 403 403 403 403 200 200 200 200 200 403 403 403"),
    ("GET", f"{P}/documents/PSCR", None, "401 403 403 403 403 200 200 200 200 200 403 403 403"),
    ("POST", f"{P}/elements", {"kind": "vaegt", "value": 70}, "401 403 403 403 403 201 201 201 201 403 403 403 403"),
    ("POST", f"{P}/elements", PSYK, "401 403 403 403 403 201 201 403 403 403 403 403 403"),
    ("POST", f"{P}/elements", SOCIAL, "401 403 403 403 403 201 201 403 403 201 403 403 403"),
    ("POST", f"{P}/elements", {"kind": "foedselsoensker", "value": {}}, "401 403 403 403 403 422 422 422 422 422 403 403 403"),
    ("PUT", f"{P}/elements/obs-sys-enc-jm1", {"value": 119, "reason": "x"}, "401 403 403 403 403 428 428 428 428 403 403 403 403"),
    ("PUT", f"{P}/elements/obs-psyk", {"value": {"components": {"behandling-modtaget": False}}, "reason": "x"}, "401 403 403 403 403 428 428 403 403 403 403 403 403"),
    ("POST", f"{P}/elements/obs-sys-enc-jm1/withdraw", {"reason": "x"}, "401 403 403 403 403 428 428 428 428 403 403 403 403"),
    ("PUT", P, {"gravida": 2}, "401 403 403 403 403 428 428 403 428 403 403 403 403"),
    ("POST", f"{P}/visits", {"start": "2026-12-01T10:00:00+01:00"}, "401 403 403 403 403 201 201 201 201 201 403 403 403"),
    ("POST", f"{P}/visits", {"start": "2026-12-01", "elements": [{"kind": "protein", "value": {"low": 0, "high": 0.3}}]}, "401 403 403 403 403 201 201 201 201 403 403 403 403"),
    # late: brings the other practice onto the team (of this role's own world; see the access tests)
    ("POST", f"{P}/team", {"organization": "o-gp2", "profession": "gp"}, "401 403 403 403 403 200 200 200 200 200 403 403 403"),
    ("GET", P, None, "401 403 403 403 403 200 200 200 200 200 403 403 403"),
    ("POST", "/api/pregnancies", {"patient": "p-carl", "due_date": "2027-03-01"}, "401 403 403 403 403 201 201 403 201 403 201 403 403"),
    ("POST", "/api/pregnancies", {"patient": "p-nobody"}, "401 403 403 403 403 404 404 403 404 403 404 403 403"),
]  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
def test_pregnancy_matrix(preg, role: str) -> None:  # noqa: F811
    client = preg.client(role)
    wrong = []
    for method, path, body, expected in TABLE:
        want = int(expected.split()[ROLES.index(role)])
        r = client.request(method, path, json=body)
        if r.status_code != want:
            wrong.append(f"{method} {path}: {r.status_code} (ventet {want}) {r.text[:160]}")
            continue
        if r.status_code >= 400:
            detail = r.json().get("detail")
            assert isinstance(detail, str) and detail, f"{method} {path}: {r.text}"
    assert not wrong, f"{role}:\n  " + "\n  ".join(wrong)


def test_the_matrix_covers_every_pregnancy_route(preg) -> None:  # noqa: F811
    import re

    def norm(path: str) -> str:
        path = re.sub(r"/(preg-anna|p-anna|nope|obs-[a-z0-9-]+|PMR|PRF|PSCR)(?=/|$)", "/{}", path)
        return re.sub(r"\{[^}]+\}", "{}", path)

    covered = {(m, norm(p)) for m, p, _, _ in TABLE}
    spec = preg.app.openapi()["paths"]
    listed = {(m.upper(), norm(p)) for p, ops in spec.items() if "pregnan" in p for m in ops}
    assert len(listed) >= 15
    assert not sorted(listed - covered)
