"""NUL characters are refused at the door (PostgreSQL text cannot hold them; found by schemathesis)."""

from __future__ import annotations

from test_api_support import Api, api  # noqa: F401  (fixture)


def test_nul_in_json_body_is_422_not_500(api: Api) -> None:  # noqa: F811
    auditor = api.client("auditor")
    r = auditor.post(
        "/api/auditor/reveal", json={"patient": "p1\u0000", "label": "x", "reason": "y"}
    )
    assert r.status_code == 422
    assert r.json() == {"detail": "Teksten må ikke indeholde NUL-tegn (0x00)."}


def test_nul_in_path_and_query_is_422(api: Api) -> None:  # noqa: F811
    citizen = api.client("citizen")
    assert citizen.get("/api/citizens/p1%00/journal").status_code == 422
    assert citizen.get("/api/citizens/p1/log", params={"flag": "a\u0000"}).status_code == 422


def test_requests_without_nul_pass_through_with_their_body(api: Api) -> None:  # noqa: F811
    auditor = api.client("auditor")
    r = auditor.post(
        "/api/auditor/reveal",
        json={"patient": "p1", "label": "Sundhedsperson 0000000", "reason": "kontrol"},
    )
    assert r.status_code in (403, 404, 422)  # the handler saw the body (no such label)
    assert "NUL" not in r.text
