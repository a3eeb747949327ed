"""Learned initials fail closed (issue 11, point 7): when the initials staff sign with cannot be
learned after an import that brought notes or staff, no view that hides someone is served until a
later import learns them; the import says so (CLI exit 1, HTTP 500) and keeps its files.

The failure is injected where it happens (``learn_initials``), and a crash between the files and
the learning is simulated by the row the import writes in the transaction of a file with staff or
notes (``protect_due``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import builders as b
from indsigt import importing
from indsigt.cli import app
from indsigt.db import init_db, session_scope
from indsigt.errors import ProtectionUnavailable
from indsigt.protect import aliases
from indsigt.protect.orders import add_orders
from indsigt.protect.policy import clear_caches, initials_owed
from indsigt.store.protection import ProtectDue
from indsigt.timeutil import parse_at
from indsigt.views import journal_view

AT = parse_at("2026-02-01T12:00:00+01:00")


def _broken(*_a, **_k):  # type: ignore[no-untyped-def]
    raise RuntimeError("broken")


def _order(url: str) -> None:
    with session_scope(url) as s:
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p1",
                "staff": ["s-holm"],
                "from": "2026-01-01",
                "until": None,
                "reason": "threats",
            },
            actor="t",
        )


def _files(tmp_path: Path, world) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    base = b.write_ndjson(
        tmp_path / "base.ndjson",
        world["orgs"] + world["staff"] + world["patients"],
    )
    # Mette Louise Holm signs "/MKH", which her roster name does not explain: only learning
    # from her own notes tells the matcher
    notes = b.write_ndjson(
        tmp_path / "notes.ndjson",
        [
            b.document("n1", "p1", "r-holm", "2026-01-10T09:00:00+01:00", "Sår skiftet.\n/MKH"),
            b.document("n2", "p1", "r-holm", "2026-01-11T09:00:00+01:00", "God nat.\n/MKH"),
            b.document("n3", "p1", "r-skov", "2026-01-12T09:00:00+01:00", "Talt med MKH i dag."),
        ],
    )
    return base, notes


def _texts(url: str) -> dict[str, str]:
    with session_scope(url) as s:
        return {d["id"]: d["text"] for d in journal_view(s, "p1", "p1", AT)["documents"]}


@pytest.fixture
def url(db_url: str) -> str:
    init_db(db_url)
    clear_caches()
    yield db_url
    clear_caches()


def test_views_refuse_until_learning_succeeds(url, tmp_path, world, monkeypatch):
    base, notes = _files(tmp_path, world)
    assert importing.import_files(url, [base], alerts=False).ok
    _order(url)
    assert "Sygeplejerske" not in json.dumps(_texts(url))  # served: nothing owed
    with monkeypatch.context() as mp:
        mp.setattr(aliases, "learn_initials", _broken)
        outcome = importing.import_files(url, [notes], alerts=False)
    assert outcome.report.ok and not outcome.ok
    assert outcome.learn_error and "initialerne" in outcome.learn_error
    with session_scope(url) as s:
        assert initials_owed(s)
        assert s.scalar(select(func.count()).select_from(ProtectDue)) == 1
    clear_caches()
    with pytest.raises(ProtectionUnavailable):
        _texts(url)
    # a view that hides nobody owes nothing to the learning: another citizen's journal is served
    with session_scope(url) as s:
        journal_view(s, "p2", "p2", AT)
    # the next import (even one of log entries only) learns again, and the view opens
    log = b.write_ndjson(
        tmp_path / "log.ndjson",
        [b.audit("a1", "p1", "2026-01-12T10:05:00+01:00", role_id="r-skov")],
    )
    outcome = importing.import_files(url, [log], alerts=False)
    assert outcome.ok, (outcome.learn_error, outcome.report.problems)
    with session_scope(url) as s:
        assert not initials_owed(s)
    clear_caches()
    texts = _texts(url)
    for did in ("n1", "n2", "n3"):
        assert "MKH" not in texts[did], (did, texts[did])


def test_a_crash_between_the_files_and_the_learning_leaves_views_closed(
    url, tmp_path, world, monkeypatch
):
    """The row is written as soon as the file is committed, before the learning: a process
    killed in between (simulated by a learning step that never comes) leaves it."""
    base, notes = _files(tmp_path, world)
    assert importing.import_files(url, [base], alerts=False).ok
    _order(url)
    monkeypatch.setattr(importing, "learn_initials_after", lambda *_a: None)  # "killed"
    importing.import_files(url, [notes], alerts=False)
    clear_caches()
    with pytest.raises(ProtectionUnavailable):
        _texts(url)


def test_an_import_without_staff_or_notes_owes_nothing(url, tmp_path, world, monkeypatch):
    base, _ = _files(tmp_path, world)
    assert importing.import_files(url, [base], alerts=False).ok
    _order(url)
    monkeypatch.setattr(aliases, "learn_initials", _broken)  # not called: nothing to learn
    log = b.write_ndjson(
        tmp_path / "log.ndjson",
        [b.audit("a1", "p1", "2026-01-12T10:05:00+01:00", role_id="r-skov")],
    )
    assert importing.import_files(url, [log], alerts=False).ok
    with session_scope(url) as s:
        assert not initials_owed(s)


def test_the_cli_import_says_so_and_exits_1(url, tmp_path, world, monkeypatch):
    base, notes = _files(tmp_path, world)
    assert importing.import_files(url, [base], alerts=False).ok
    monkeypatch.setattr(aliases, "learn_initials", _broken)
    res = CliRunner().invoke(app, ["import", str(notes), "--db", url])
    assert res.exit_code == 1, res.output
    assert "initialerne" in res.stderr and "afvises" in res.stderr


def test_the_row_is_written_in_the_files_own_transaction(url, tmp_path, world):
    """No moment exists in which a file's staff or notes are stored and nothing is owed: the
    importer itself writes the row before it commits the file (nothing after the commit is
    needed), and a refused file leaves neither its records nor a row. The import service
    (CLI, API, demo) always asks for it."""
    from indsigt.ingest.importer import Importer

    base, notes = _files(tmp_path, world)
    report = Importer(init_db(url), progress=False, owe_learning=True).run([base])
    assert report.ok
    with session_scope(url) as s:
        assert s.scalar(select(func.count()).select_from(ProtectDue)) == 1
        s.execute(ProtectDue.__table__.delete())
    bad = tmp_path / "bad.ndjson"
    bad.write_text(notes.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    assert not Importer(init_db(url), progress=False, owe_learning=True).run([bad]).ok
    with session_scope(url) as s:
        assert s.scalar(select(func.count()).select_from(ProtectDue)) == 0
