"""Retention: old access-log entries go only when asked, always audited, never what a case holds."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import builders as b
from indsigt import retention
from indsigt.audit import trail
from indsigt.cli import app
from indsigt.db import init_db, session_scope
from indsigt.errors import Invalid
from indsigt.ingest.importer import Importer
from indsigt.store import AccessEntry, Base
from indsigt.timeutil import to_local

NOW = datetime.now(UTC).replace(microsecond=0)


def _iso(days_ago: int) -> str:
    return (NOW - timedelta(days=days_ago)).isoformat()


@pytest.fixture
def loaded(db_url, tmp_path, world) -> str:
    roster = b.write_ndjson(
        tmp_path / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    events = [
        b.audit("old1", "p1", _iso(900), role_id="r-holm"),
        b.audit("old2", "p1", _iso(800), role_id="r-skov"),
        b.audit("old3", "p2", _iso(750), role_id="r-holm"),
        b.audit("held", "p1", _iso(1000), role_id="r-lund"),
        b.audit("new1", "p1", _iso(700), role_id="r-holm"),
        b.audit("new2", "p2", _iso(10), role_id="r-berg"),
    ]
    audit = b.write_ndjson(tmp_path / "audit.ndjson", events)
    report = Importer(init_db(db_url), progress=False).run([roster, audit])
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        s.execute(Base.metadata.tables["case_entry"].insert().values(case_id="c1", entry_id="held"))
    return db_url


def _ids(url: str) -> set[str]:
    with session_scope(url) as s:
        return set(s.scalars(select(AccessEntry.id)))


def test_dry_run_counts_and_changes_nothing(loaded):
    with session_scope(loaded) as s:
        result = retention.apply_retention(s, days=730, actor="test", dry_run=True)
    assert result["entries"] == 3 and result["held"] == 1 and result["removed"] == 0
    assert result["dry_run"] is True and result["audit_id"] is None
    assert result["cutoff"] == retention.cutoff_for(730).isoformat()
    assert len(_ids(loaded)) == 6
    with session_scope(loaded) as s:
        assert trail(s, action="retention") == []


def test_apply_removes_old_entries_keeps_held_and_audits(loaded):
    with session_scope(loaded) as s:
        assert retention.log_coverage(s, "p1") == to_local(NOW - timedelta(days=1000)).date()
        result = retention.apply_retention(
            s, days=730, actor="driftsadmin", reason="årlig oprydning"
        )
    assert result["removed"] == 3 and result["held"] == 1 and result["patients"] == 2
    assert _ids(loaded) == {"held", "new1", "new2"}
    with session_scope(loaded) as s:
        rows = trail(s, action="retention")
        assert len(rows) == 1 and rows[0]["id"] == result["audit_id"]
        assert rows[0]["actor"] == "driftsadmin" and rows[0]["reason"] == "årlig oprydning"
        assert (
            rows[0]["details"]["removed"] == 3 and rows[0]["details"]["cutoff"] == result["cutoff"]
        )
        # the citizen view: the log goes back to the cut-off, for everyone
        cutoff = date.fromisoformat(result["cutoff"])
        assert retention.log_coverage(s, "p1") == cutoff
        assert retention.log_coverage(s, "p3") == cutoff
    with session_scope(loaded) as s:  # a second run finds nothing and writes nothing
        again = retention.apply_retention(s, days=730, actor="driftsadmin")
        assert again["removed"] == 0 and len(trail(s, action="retention")) == 1


def test_coverage_without_entries_or_retention_is_none(db_url):
    init_db(db_url)
    with session_scope(db_url) as s:
        assert retention.log_coverage(s, "nobody") is None


def test_deletion_and_audit_row_are_one_transaction(loaded, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(retention, "record", broken)
    with pytest.raises(RuntimeError), session_scope(loaded) as s:
        retention.apply_retention(s, days=730, actor="x")
    assert len(_ids(loaded)) == 6  # nothing removed without its audit row


def test_days_must_be_positive():
    with pytest.raises(Invalid):
        retention.cutoff_for(0)


def test_cli_retention(loaded):
    runner = CliRunner()
    dry = runner.invoke(app, ["retention", "--dry-run", "--json", "--db", loaded])
    assert dry.exit_code == 0, dry.output
    doc = json.loads(dry.stdout)
    assert doc["entries"] == 3 and doc["dry_run"] is True
    assert len(_ids(loaded)) == 6

    short = runner.invoke(app, ["retention", "--days", "30", "--json", "--db", loaded])
    assert short.exit_code == 2 and "--force" in short.stderr
    assert len(_ids(loaded)) == 6

    done = runner.invoke(app, ["retention", "--json", "--actor", "ops", "--db", loaded])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["removed"] == 3
    forced = runner.invoke(app, ["retention", "--days", "30", "--force", "--json", "--db", loaded])
    assert forced.exit_code == 0, forced.output
    assert json.loads(forced.stdout)["removed"] == 1  # new1 (700 days); new2 is 10 days old
    assert _ids(loaded) == {"held", "new2"}
    with session_scope(loaded) as s:
        assert s.scalar(select(func.count()).select_from(AccessEntry)) == 2
        actors = [r["actor"] for r in trail(s, action="retention")]
        assert actors == [f"cli:{getpass.getuser()}", "ops"]  # newest first
