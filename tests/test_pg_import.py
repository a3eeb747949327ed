"""The bulk path of the importer on both databases: staged rows (PostgreSQL: COPY), duplicates and
conflicts found in the database with their line numbers, indexes rebuilt after a bulk load."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

import builders as b
from indsigt.db import get_engine, init_db, session_scope
from indsigt.ingest import importer as imp
from indsigt.ingest.importer import Importer
from indsigt.store import AccessEntry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import synth

WORLD = synth.World(orgs=5, staff=40, patients=300)


@pytest.fixture
def url(db_url: str, tmp_path: Path) -> str:
    report = Importer(init_db(db_url), progress=False).run(
        [synth.write_roster(tmp_path / "roster.ndjson", WORLD)]
    )
    assert report.ok, report.problems
    return db_url


def _count(url: str) -> int:
    with session_scope(url) as s:
        return s.scalar(select(func.count()).select_from(AccessEntry))


def test_bulk_load_keeps_the_indexes(url, tmp_path, monkeypatch):
    monkeypatch.setattr(imp, "BULK_MIN", 1000)
    path = synth.write_csv(tmp_path / "log.csv", WORLD, 5000)
    report = Importer(get_engine(url), progress=False).run([path])
    assert report.ok, report.problems
    assert report.files[0].new == 5000 and _count(url) == 5000
    indexes = {i["name"] for i in inspect(get_engine(url)).get_indexes("access_entry")}
    assert {i.name for i in AccessEntry.__table__.indexes} <= indexes
    # a smaller file into the bigger table: the incremental path
    more = synth.write_csv(tmp_path / "more.csv", WORLD, 1200, prefix="m")
    assert Importer(get_engine(url), progress=False).run([more]).ok
    assert _count(url) == 6200


def test_duplicates_and_conflicts_are_found_with_their_lines(url, tmp_path):
    path = synth.write_csv(tmp_path / "log.csv", WORLD, 3000)
    assert Importer(get_engine(url), progress=False).run([path]).ok
    lines = path.read_text().splitlines()
    # the same file again: nothing new, no problem
    again = Importer(get_engine(url), progress=False).run([path])
    assert again.ok and again.files[0].new == 0
    # line 3 comes back with another time; line 10 is repeated at the end of the file
    changed = lines[2].replace("+00:00", "+05:00")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([lines[0], lines[1], changed, *lines[3:12], lines[9]]) + "\n")
    report = Importer(get_engine(url), progress=False).run([bad])
    msgs = [str(p) for p in report.problems]
    rid = lines[9].split(",")[0]
    assert msgs == [
        f"{bad}:3: post-id {lines[2].split(',')[0]!r} findes allerede med et andet indhold",
        f"{bad}:13: post-id {rid!r} står også på linje 10",
    ]
    assert _count(url) == 3000


def test_staging_uses_copy_on_postgresql(url, tmp_path, monkeypatch):
    seen: list[str] = []
    real = imp.EntryWriter.__init__

    def spy(self, conn, problems):  # type: ignore[no-untyped-def]
        real(self, conn, problems)
        seen.append(self._stage_sql)

    monkeypatch.setattr(imp.EntryWriter, "__init__", spy)
    path = b.write_ndjson(
        tmp_path / "a.ndjson",
        [
            {
                **b.audit(
                    "x1", WORLD.patient_id(1), "2026-01-11T10:00:00+01:00", role_id=WORLD.role_id(1)
                ),
                "source": {"observer": {"reference": "Organization/o-root", "display": "EPJ"}},
            }
        ],
    )
    assert Importer(get_engine(url), progress=False).run([path]).ok
    if url.startswith("postgresql"):
        assert seen and seen[0].startswith("COPY ")
    else:
        assert seen and seen[0].startswith("INSERT INTO temp.")


def test_postgresql_inserts_without_on_conflict_when_no_id_repeats(url, tmp_path):
    # ON CONFLICT's speculative insertion is a third of the insert on PostgreSQL: a file whose
    # ids are new and once each is inserted plainly; a repeated id takes the ON CONFLICT path
    statements: list[str] = []

    def record(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO access_entry"):
            statements.append(statement)

    from sqlalchemy import event

    engine = get_engine(url)
    event.listen(engine, "before_cursor_execute", record)
    try:
        path = synth.write_csv(tmp_path / "log.csv", WORLD, 500)
        assert Importer(engine, progress=False).run([path]).ok
        more = synth.write_csv(tmp_path / "more.csv", WORLD, 300, prefix="m")
        assert Importer(engine, progress=False).run([more]).ok
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert _count(url) == 800 and len(statements) == 2
    if url.startswith("postgresql"):
        assert not any("ON CONFLICT" in s for s in statements), statements
        assert "NOT EXISTS" in statements[1]  # the second file into a store that holds entries
    else:
        assert all("ON CONFLICT" in s for s in statements)
