"""Fail closed: when the protection of a view cannot be computed, no view is served.

Each failure is injected where it would really happen (reading the orders, reading the people,
building the matcher, searching a text, pinning a label, an order this code does not understand);
the view raises ProtectionUnavailable, the CLI exits 5 with nothing on stdout, the HTTP API answers
503 with a Danish message and the web page 503, and nothing of a hidden name gets out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

import builders as b
from indsigt.cli import app
from indsigt.db import init_db, session_scope
from indsigt.errors import PROTECTION_UNAVAILABLE, ProtectionUnavailable
from indsigt.ingest.importer import Importer
from indsigt.protect import labels, names, policy, roster
from indsigt.protect.orders import add_orders
from indsigt.protect.policy import clear_caches
from indsigt.store import ProtectionOrder
from indsigt.timeutil import parse_at
from indsigt.views import journal_view, log_view
from leakcheck import assert_no_leak
from test_api_support import api  # noqa: F401

AT = parse_at("2026-02-01T12:00:00+01:00")
NOTE = "Pt. set af spl. Mette Holm. /MLH"


def _db_down(*_a, **_k):  # type: ignore[no-untyped-def]
    raise OperationalError("SELECT ...", {}, Exception("server closed the connection"))


def _broken(*_a, **_k):  # type: ignore[no-untyped-def]
    raise RuntimeError("broken")


def _no_matcher(mp: pytest.MonkeyPatch) -> None:
    """No matcher to be had: not built, not found in the store by its roster's source."""
    mp.setattr(names, "matcher_for", _broken)
    mp.setattr(names, "matcher_by_digest", _broken)


def _set(url: str, **values) -> None:  # type: ignore[no-untyped-def]
    with session_scope(url) as s:
        s.execute(update(ProtectionOrder).values(**values))


#: name -> how to break the protection (monkeypatch, db url)
FAILURES = {
    "orders cannot be read": lambda mp, url: mp.setattr(policy, "orders_in_force", _db_down),
    "roster cannot be read": lambda mp, url: mp.setattr(roster, "load_people", _db_down),
    "coverage cannot be read": lambda mp, url: mp.setattr(policy, "_self_staff", _db_down),
    "roster source cannot be read": lambda mp, url: mp.setattr(roster, "roster_source", _db_down),
    "matcher cannot be built": lambda mp, url: _no_matcher(mp),
    "matcher fails on a text": lambda mp, url: mp.setattr(roster.Roster, "find", _broken),
    "label cannot be pinned": lambda mp, url: mp.setattr(labels, "_insert_pin", _db_down),
    "unknown order mode": lambda mp, url: _set(url, mode="hide"),
    "unknown order kind": lambda mp, url: _set(url, kind="everyone"),
    "order without people": lambda mp, url: _set(url, staff_ids=[]),
}


@pytest.fixture
def loaded(db_url: str, tmp_path: Path, world) -> str:
    note = b.document("d1", "p1", "r-holm", "2026-01-11T10:00:00+01:00", NOTE)
    logs = [b.audit("a1", "p1", "2026-01-11T10:05:00+01:00", role_id="r-holm")]
    path = b.write_ndjson(
        tmp_path / "w.ndjson", world["orgs"] + world["staff"] + world["patients"] + [note, *logs]
    )
    report = Importer(init_db(db_url), progress=False).run([path])
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p1",
                "staff": ["s-holm"],
                "from": "2026-01-01",
                "until": "2026-07-01",
                "reason": "threats",
            },
            actor="t",
        )
    clear_caches()
    yield db_url
    clear_caches()


@pytest.fixture
def holm(world) -> dict:
    return next(p for p in world["staff"] if p.get("id") == "s-holm")


def test_a_working_protection_serves_the_view(loaded, holm):
    with session_scope(loaded) as s:
        doc = journal_view(s, "p1", "p1", AT)
    assert doc["documents"][0]["author"].startswith("Sygeplejerske ")
    assert_no_leak(json.dumps(doc, ensure_ascii=False), [holm])


@pytest.mark.parametrize("failure", list(FAILURES))
def test_no_view_when_protection_fails(loaded, monkeypatch, failure):
    FAILURES[failure](monkeypatch, loaded)
    for view in (journal_view, log_view):
        with session_scope(loaded) as s, pytest.raises(ProtectionUnavailable) as exc:
            view(s, "p1", "p1", AT)
        assert exc.value.http_status == 503 and exc.value.exit_code == 5
        assert exc.value.message == PROTECTION_UNAVAILABLE


@pytest.mark.parametrize("failure", list(FAILURES))
def test_cli_refuses_with_status_5(loaded, monkeypatch, holm, failure):
    FAILURES[failure](monkeypatch, loaded)
    runner = CliRunner()
    for cmd in ("journal", "log"):
        res = runner.invoke(
            app, [cmd, "p1", "--at", "2026-02-01T12:00:00+01:00", "--json", "--db", loaded]
        )
        assert res.exit_code == 5, (cmd, res.output)
        assert res.stdout == ""
        assert "sikkerhedskontrol" in res.stderr
        assert_no_leak(res.stderr, [holm])


def test_http_api_and_web_refuse_with_503(api, monkeypatch):  # noqa: F811
    citizen = api.client("citizen")
    assert citizen.get("/api/me/journal").status_code == 200
    clear_caches()
    _no_matcher(monkeypatch)  # also after a view stored the matcher and its roster's note
    r = citizen.get("/api/me/journal")
    assert r.status_code == 503
    assert r.json() == {"detail": PROTECTION_UNAVAILABLE}
    assert_no_leak(r.text, api.hidden_people())
    r = citizen.get("/api/me/log")
    assert r.status_code == 503
    page = citizen.get("/journal")
    assert page.status_code == 503 and "sikkerhedskontrol" in page.text
    assert_no_leak(page.text, api.hidden_people())
