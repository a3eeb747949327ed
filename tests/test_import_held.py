"""The refresh right after an import computes from the entries the import holds (issue 14,
speed) only when they are every entry of the store, and then stores exactly what a refresh that
reads the store stores (on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

import builders as b
import indsigt.accesslog.precompute as precompute
from indsigt.accesslog import refresh
from indsigt.db import init_db, session_scope
from indsigt.demo.generate import generate
from indsigt.importing import import_files
from indsigt.ingest.held import HeldEntries
from indsigt.ingest.importer import Importer
from test_accesslog_refresh import _precomputed

INTEROP = Path(__file__).parent / "interop"


@pytest.fixture
def took(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each refresh used the master data read while the import finished."""
    from indsigt.accesslog.preload import Preload

    used: list[bool] = []
    real = Preload.take

    def take(self, *a):  # type: ignore[no-untyped-def]
        out = real(self, *a)
        used.append(out is not None)
        return out

    monkeypatch.setattr(Preload, "take", take)
    return used


@pytest.fixture
def ahead(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each full refresh took what was computed ahead, while the import finished."""
    from indsigt.accesslog.preload import Preload

    used: list[bool] = []
    real = Preload.computed

    def computed(self, *a):  # type: ignore[no-untyped-def]
        out = real(self, *a)
        used.append(out is not None)
        return out

    monkeypatch.setattr(Preload, "computed", computed)
    return used


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many entries each refresh took from an import's hold (itself: not one computed
    ahead, see ``ahead``)."""
    used: list[int] = []
    real = precompute.load_held

    def load_held(conn, orgs, system_users, held, *a):  # type: ignore[no-untyped-def]
        used.append(held.count)
        return real(conn, orgs, system_users, held, *a)

    monkeypatch.setattr(precompute, "load_held", load_held)
    return used


def _service(db_url: str, *paths: Path, workers: int = 1) -> None:
    out = import_files(init_db(db_url), paths, alerts=False, record=False, workers=workers)
    assert out.ok, (out.report.problems, out.refresh_error)


def _entries(db_url: str) -> int:
    with session_scope(db_url) as s:
        return s.execute(text("SELECT COUNT(*) FROM access_entry")).scalar()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen")
    generate(out, 40, seed=7, days=60, misuse_share=0.05)
    return out


GEN_MASTERS = (
    "organizations.ndjson",
    "staff.ndjson",
    "patients.ndjson",
    "relations.ndjson",
    "documents.ndjson",
)


@pytest.mark.parametrize("log", ["audit.ndjson", "log.csv", "both"])
def test_generated_logs_refresh_from_the_hold_as_from_the_store(
    db_url, generated, spy, took, ahead, log, monkeypatch
):
    """The generator's master data, then its logs (machines, on-behalf work, emergency access,
    misuse, users outside the roster), read by worker processes: the refresh takes the entries
    from the hold (one log file: computed ahead, while the import finished), and a forced
    refresh that reads them from the store stores the same."""
    monkeypatch.setattr("indsigt.ingest.parallel.MIN_SIZE", 1)
    monkeypatch.setattr("indsigt.ingest.parallel.MIN_PART", 4096)
    _service(db_url, *(generated / m for m in GEN_MASTERS))
    assert spy == [0]  # master data only: nothing held, nothing read
    assert took == [False]  # the master data read while they were imported is stale
    spy.clear(), took.clear()
    logs = ["audit.ndjson", "log.csv"] if log == "both" else [log]
    _service(db_url, *(generated / f for f in logs), workers=2)
    assert took == [True]  # and the master data read while the import finished
    # one log file: the refresh was computed ahead from its held entries while the import
    # finished; two: the first file's computation covers only its own entries and is not used,
    # the refresh takes the hold itself
    assert ahead == [log != "both"]
    assert spy == ([] if log != "both" else [_entries(db_url)]) and _entries(db_url) > 500
    held = _precomputed(db_url)
    refresh(init_db(db_url), force=True)
    assert spy == ([] if log != "both" else [_entries(db_url)])  # the forced one read the store
    assert _precomputed(db_url) == held


def test_public_examples_in_one_import_refresh_from_the_hold_as_from_the_store(db_url, spy):
    """Master data and logs of the public examples (BALP, MinLog2, NSI MinLog) in one import:
    events about no citizen are skipped, organisations are provisional, citizens act as users."""
    files = [
        INTEROP / "minlog2" / "organization.ndjson",
        INTEROP / "minlog2" / "roster.ndjson",
        INTEROP / "nsi-minlog" / "citizens.ndjson",
        INTEROP / "minlog2" / "auditevent.ndjson",
        INTEROP / "balp" / "balp.ndjson",
        INTEROP / "nsi-minlog" / "logentries.csv",
    ]
    report = Importer(init_db(db_url), hold=True).run(files)
    _same_batch(db_url, report.held)


def test_machines_emergencies_and_on_behalf_work_refresh_from_the_hold_as_from_the_store(
    db_url, tmp_path, world
):
    """What the refresh reads from the store (the machine flag, emergency purposes, writes,
    on-behalf users, users outside the roster) comes out of the hold the same."""
    from test_accesslog_view import _mixed

    events = [
        *_mixed(6),
        b.audit("m1", "p1", "2026-02-03T02:00:00Z", external=("X17", "Ole Hansen"), machine=True),
        b.audit("e1", "p4", "2026-02-03T03:00:00Z", role_id="r-lund", purpose="ETREAT"),
        {**b.audit("wr1", "p4", "2026-02-03T04:00:00Z", role_id="r-lund"), "action": "U"},
    ]
    roster = world["orgs"] + world["staff"] + world["patients"]
    files = [
        b.write_ndjson(tmp_path / "roster.ndjson", roster),
        b.write_ndjson(tmp_path / "data.ndjson", events),
        b.write_csv(
            tmp_path / "log.csv",
            [
                _csv("c1", "p1", "ssk", "2026-02-09T14:00:00Z", ansvarlig="CD456"),
                _csv("c2", "p1", "ssk", "2026-02-09T14:05:00Z", ansvarlig="Dr. Ukendt Person"),
                _csv("c3", "p4", "ukendt1", "2026-02-09T14:10:00Z", brugerNavn="Anne Ukendt"),
            ],
        ),
    ]
    report = Importer(init_db(db_url), hold=True).run(files)
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        flags = s.execute(
            text(
                "SELECT SUM(CASE WHEN is_system THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN purpose IN ('ETREAT', 'BTG') THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN action IN ('C', 'U', 'D') THEN 1 ELSE 0 END), "
                "COUNT(on_behalf_staff_id), COUNT(on_behalf_display) FROM access_entry"
            )
        ).one()
    assert all(flags), flags  # every kind of value is there to be compared
    _same_batch(db_url, report.held)


def _csv(reg: str, patient: str, user: str, when: str, **more: str) -> dict[str, str]:
    from test_accesslog_v2 import row

    return row(reg, patient, user, when, **more)


def _same_batch(db_url: str, held: HeldEntries | None) -> None:
    """The refresh's input from the hold equals its input from the store."""
    from indsigt.accesslog.source import load_all

    assert held is not None and held.valid
    assert held.count == _entries(db_url) > 0
    with init_db(db_url).begin() as conn:
        assert held.covers(conn)
        orgs = precompute.with_rules(conn, precompute.load_orgs(conn, "x"), templates=False)
        users = precompute.system_users()
        a = load_all(conn, orgs, users)
        h = precompute.load_held(conn, orgs, users, held)
    if db_url.startswith("sqlite"):  # the same arrays, in the order SQLite reads them
        for name in a.batch.__dataclass_fields__:
            x, y = getattr(a.batch, name), getattr(h.batch, name)
            assert (x == y).all() if hasattr(x, "all") else x == y, name
        assert (a.patients, a.actors, a.relations, a.documents) == (
            h.patients,
            h.actors,
            h.relations,
            h.documents,
        )
        return

    # PostgreSQL's scan has an order of its own (the refresh does not depend on it): the same
    # entries and users, compared by value
    def entries(x):  # type: ignore[no-untyped-def]
        bt, keys = x.batch, x.actors.keys
        return sorted(
            (
                x.patients[p],
                t,
                keys[u],
                o,
                e,
                sy,
                w,
                keys[bh] if bh >= 0 else None,
            )
            for p, t, u, o, e, sy, w, bh in zip(
                *(
                    getattr(bt, f).tolist()
                    for f in ("pat", "t", "actor", "org", "emergency", "system", "write", "behalf")
                ),
                strict=True,
            )
        )

    def users(x):  # type: ignore[no-untyped-def]
        ac = x.actors
        return {
            k: (s, d, r) for k, s, d, r in zip(ac.keys, ac.staff, ac.display, ac.ref, strict=True)
        }

    assert entries(a) == entries(h)
    assert users(a) == users(h)
    assert (a.patients, a.relations, a.documents) == (h.patients, h.relations, h.documents)


def _roster_and_two_logs(tmp_path: Path, world: dict) -> tuple[Path, Path, Path]:
    """The world's master data, and two log files of one entry each about p1."""
    roster = b.write_ndjson(
        tmp_path / "r.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    one = b.write_ndjson(
        tmp_path / "1.ndjson", [b.audit("a1", "p1", "2026-02-02T10:00:00Z", role_id="r-holm")]
    )
    two = b.write_ndjson(
        tmp_path / "2.ndjson", [b.audit("a2", "p1", "2026-02-03T10:00:00Z", role_id="r-holm")]
    )
    return roster, one, two


def test_no_hold_when_the_store_has_entries_already(db_url, tmp_path, world, spy, monkeypatch):
    # the refresh computed ahead in a thread (Preload.compute) reads the hold too, and whether
    # it is taken depends on when that thread read the master data (it once failed a CI run on a
    # busy machine): this test is about the refresh's own reading, so none is computed ahead
    from indsigt.accesslog.preload import Preload

    monkeypatch.setattr(Preload, "compute", lambda self, *a, **k: None)
    roster, one, two = _roster_and_two_logs(tmp_path, world)
    _service(db_url, roster, one)
    assert spy == [1]
    report = Importer(init_db(db_url), hold=True).run([two])
    assert report.held is None  # the store had an entry: the refresh reads the store
    _service(db_url, two)
    assert spy == [1]


def test_a_file_not_stored_whole_drops_the_hold(db_url, tmp_path, world):
    """A file re-imported in the same import (its entries stored already) drops the hold: what
    the store holds is no longer what was staged."""
    roster = b.write_ndjson(
        tmp_path / "r.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    ev = [b.audit("a1", "p1", "2026-02-02T10:00:00Z", role_id="r-holm")]
    one = b.write_ndjson(tmp_path / "1.ndjson", ev)
    again = b.write_ndjson(tmp_path / "again.ndjson", ev)
    report = Importer(init_db(db_url), hold=True).run([roster, one, again])
    assert report.ok and report.held is not None and not report.held.valid


def test_an_import_after_the_hold_makes_the_refresh_read_the_store(db_url, tmp_path, world):
    roster, one, two = _roster_and_two_logs(tmp_path, world)
    engine = init_db(db_url)
    report = Importer(engine, hold=True).run([roster, one])
    with engine.connect() as conn:
        assert report.held.covers(conn)
    Importer(engine).run([two])  # another import, committed before the refresh
    with engine.connect() as conn:
        assert not report.held.covers(conn)
    # a count that matches by chance is not enough either: the newest file must be held
    other = HeldEntries(count=report.held.count + 1, last_file=report.held.last_file)
    with engine.connect() as conn:
        assert not other.covers(conn)


def test_master_data_read_during_an_import_is_used_only_if_no_other_file_came_between(
    db_url, tmp_path, world
):
    """The preload's rows are the refresh's only when every file imported after it began is a
    log file of this import; a roster imported meanwhile (another import) discards them."""
    from indsigt.accesslog.precompute import LOG_TYPES
    from indsigt.accesslog.preload import Preload

    roster = world["orgs"] + world["staff"] + world["patients"]
    first = b.write_ndjson(tmp_path / "r.ndjson", roster)
    log = b.write_ndjson(
        tmp_path / "1.ndjson", [b.audit("a1", "p1", "2026-02-02T10:00:00Z", role_id="r-holm")]
    )
    renamed = [{**p, "name": [{"family": "Nyt", "given": ["Navn"]}]} for p in world["patients"]]
    later = b.write_ndjson(tmp_path / "r2.ndjson", renamed)
    engine = init_db(db_url)
    Importer(engine).run([first])
    pre = Preload(engine)
    pre.start()
    pre.close()
    report = Importer(engine, hold=True).run([log])  # this import's log file: still good
    assert report.held is not None and report.held.files
    with engine.connect() as conn:
        got = pre.take(conn, report.held.files, LOG_TYPES)
        assert got is not None and any("FROM patient" in sql for sql in got[0])
    Importer(engine).run([later])  # another import's master data
    with engine.connect() as conn:
        assert pre.take(conn, report.held.files, LOG_TYPES) is None
    # nor is a file of the import itself that holds master data
    pre2 = Preload(engine)
    pre2.start()
    pre2.close()
    report2 = Importer(engine).run([b.write_ndjson(tmp_path / "r3.ndjson", roster)])
    with engine.connect() as conn:
        top = conn.execute(text("SELECT MAX(id) FROM imported_file")).scalar()
        mine = {top: frozenset(report2.files[0].by_type)}
        assert "Patient" in mine[top]
        assert pre2.take(conn, mine, LOG_TYPES) is None
        assert pre2.take(conn, {top: frozenset({"csv"})}, LOG_TYPES) is not None


def test_beyond_the_limit_nothing_is_held_and_the_refresh_reads_the_store(
    db_url, tmp_path, world, spy, monkeypatch
):
    monkeypatch.setattr("indsigt.ingest.held.LIMIT", 5)
    roster = world["orgs"] + world["staff"] + world["patients"]
    events = [b.audit(f"a{i}", "p1", f"2026-02-02T10:0{i}:00Z", role_id="r-holm") for i in range(8)]
    files = [
        b.write_ndjson(tmp_path / "r.ndjson", roster),
        b.write_ndjson(tmp_path / "l.ndjson", events),
    ]
    report = Importer(init_db(db_url), hold=True).run(files)
    assert report.ok and report.held is not None and not report.held.valid
    assert report.held.count == 0 and report.held.cols == [[] for _ in report.held.cols]
    other = f"sqlite:///{tmp_path / 'other.db'}" if db_url.startswith("sqlite") else None
    if other:  # the service on a fresh store: the refresh reads the store, and is whole
        _service(other, *files)
        assert spy == [] and _entries(other) == 8
