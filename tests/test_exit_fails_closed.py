"""Fail closed at the exit: when the protection of a view cannot be computed, or fails on the
finished document, no document leaves - HTTP 503 (API and web page, Danish message), CLI exit 5 -
and nothing of the document is in the answer."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from indsigt.cli import app
from indsigt.errors import ProtectionUnavailable
from test_api_support import api  # noqa: F401
from test_web_support import web  # noqa: F401

SECRET = "Ekg normalt"  # text of one of Anna's notes


def _break_protection(monkeypatch: pytest.MonkeyPatch) -> None:
    import indsigt.protect.policy as policy

    def boom(*a, **k):  # type: ignore[no-untyped-def]
        raise RuntimeError("roster unreadable")

    monkeypatch.setattr(policy, "protection_for_view", boom)


def _break_scrub(monkeypatch: pytest.MonkeyPatch) -> None:
    import indsigt.views.exit as exit_

    def boom(doc, protection):  # type: ignore[no-untyped-def]
        raise ValueError("matcher failed")

    monkeypatch.setattr(exit_, "scrub", boom)


@pytest.mark.parametrize("breaker", [_break_protection, _break_scrub])
def test_api_answers_503_and_no_document(api, monkeypatch, breaker):  # noqa: F811
    c = api.client("citizen")
    breaker(monkeypatch)
    for path in ("/api/me/journal", "/api/me/log", "/api/me/proxies", "/api/citizens/p1/reports"):
        r = c.get(path)
        assert r.status_code == 503, (path, r.status_code, r.text[:200])
        assert r.json() == {"detail": ProtectionUnavailable().message}
        assert SECRET not in r.text


@pytest.mark.parametrize("breaker", [_break_protection, _break_scrub])
def test_web_pages_answer_503_in_danish(web, monkeypatch, breaker):  # noqa: F811
    c = web.client("anna")
    breaker(monkeypatch)
    for path in ("/journal", "/log", "/fuldmagter", "/sager"):
        r = c.get(path)
        assert r.status_code == 503, (path, r.status_code)
        assert "Tjenesten er ikke tilgængelig" in r.text and SECRET not in r.text


def test_cli_exits_5_and_prints_nothing(api, monkeypatch):  # noqa: F811
    _break_protection(monkeypatch)
    r = CliRunner().invoke(app, ["journal", "p1", "--json", "--db", api.url])
    assert r.exit_code == 5, r.output
    assert SECRET not in r.stdout
