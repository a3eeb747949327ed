"""Schemathesis against the OpenAPI spec: every operation, bounded examples, authenticated (the
role that may use the operation, with a bearer ID token from the development issuer). No 500, no
undocumented status code, no response that breaks its schema, JSON errors everywhere."""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from test_api_support import api  # noqa: F401  (fixture)

MAX_EXAMPLES = int(os.environ.get("INDSIGT_SCHEMATHESIS_EXAMPLES", "12"))


@pytest.fixture
def tokens(api) -> dict[str, str]:  # noqa: F811
    c = api.client("anonymous")
    out = {}
    for role, persona in (
        ("citizen", "patient:p1"),
        ("admin", "user:adm1"),
        ("auditor", "user:rev1"),
    ):
        r = c.post("/api/dev-login/token", json={"persona": persona})
        assert r.status_code == 200, r.text
        out[role] = r.json()["id_token"]
    return out


def _role(path: str) -> str:
    if path.startswith("/api/admin"):
        return "admin"
    if path.startswith("/api/auditor"):
        return "auditor"
    return "citizen"


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _runner(operation, token: str):  # type: ignore[no-untyped-def]
    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case) -> None:  # type: ignore[no-untyped-def]
        response = case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"}, checks=CHECKS
        )
        ctype = response.headers.get("content-type", [""])
        if response.status_code >= 400 and "json" in (ctype[0] if ctype else ""):
            detail = response.json().get("detail")
            assert isinstance(detail, str) and detail, response.text

    return run


def test_api_conforms(api, tokens) -> None:  # noqa: F811
    """Each operation of the spec, with hypothesis-generated requests (schemathesis strategies)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", api.app)
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        token = tokens[_role(operation.path)]

        run = _runner(operation, token)
        try:
            run()
        except (Exception, BaseExceptionGroup) as exc:  # every failing operation, then fail once
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}"[:2000])
    assert operations >= 30
    assert not failures, "\n\n".join(failures)
