"""The precomputation's refresh after imports: incremental on SQLite and PostgreSQL alike (the
importer marks the citizens with new entries in ``accesslog_dirty``), identical to a full one."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text

import builders as b
from indsigt.accesslog import build_log
from indsigt.accesslog.precompute import current_stamp, stored_stamp
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.protect.base import NoProtection
from test_accesslog_rules import AT, TUE, t
from test_accesslog_view import _import, _mixed, _world_files

_TABLES = {
    "accesslog_patient": 'patient_id, entries, "last", n_cells, cells',
    "accesslog_userday": "patient_id, actor, day, org_id",
    "accesslog_peer": "role, userdays, median, p99",
    "accesslog_template": "user_org, relation_org, patients, users, share, weeks, lift",
    "accesslog_review": "patient_id, actor, org_id, day, flags, explained, rule, rel, n",
}


def _precomputed(db_url: str) -> dict[str, list[tuple]]:
    """Everything the refresh stores (without ids), in a fixed order; each citizen's cells in
    their own order."""
    from indsigt.accesslog.precompute import unpack_cells

    def norm(row: tuple) -> tuple:
        return tuple(
            sorted(unpack_cells(v), key=repr) if isinstance(v, bytes | memoryview) else v
            for v in row
        )

    with session_scope(db_url) as s:
        return {
            table: sorted(
                (norm(tuple(r)) for r in s.execute(text(f"SELECT {cols} FROM {table}"))), key=repr
            )
            for table, cols in _TABLES.items()
        }


def _report(db_url: str) -> dict[str, Any]:
    with session_scope(db_url) as s:
        return json.loads(
            s.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
        )


def _dirty(db_url: str) -> dict[str, int]:
    with session_scope(db_url) as s:
        return dict(s.execute(text("SELECT patient_id, mark FROM accesslog_dirty")).all())


def test_log_only_import_refreshes_incrementally_and_agrees_with_a_full_refresh(
    db_url, tmp_path, world
):
    """On both backends: only the citizens with new entries are recomputed, the marks are
    removed, and the stored result, the views and the live computation equal a full refresh."""
    from indsigt.accesslog import refresh

    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    assert _report(db_url)["mode"] == "full" and _dirty(db_url) == {}
    logs = b.write_ndjson(
        tmp_path / "more.ndjson",
        [
            b.audit("n1", "p1", t("2026-02-03"), role_id="r-skov"),
            b.audit("n2", "p4", t("2026-02-03", "23:30"), role_id="r-lund"),
            b.audit("n3", "p4", t(TUE, "22:30"), role_id="r-lund"),
        ],
    )
    _import(db_url, logs)
    state = _report(db_url)
    assert state["mode"] == "incremental" and state["patients"] == 2, state
    assert _dirty(db_url) == {}
    incremental = _precomputed(db_url)
    with session_scope(db_url) as s:
        assert stored_stamp(s.connection()) == current_stamp(s.connection())
        inc = {p: build_log(s, p, AT, NoProtection()) for p in ("p1", "p2", "p4")}
        live = {p: build_log(s, p, AT, NoProtection(), entries=True) for p in inc}
    for p in inc:
        live[p].pop("entries")
    assert inc == live
    assert inc["p1"]["total"] == 36 and inc["p4"]["total"] == 2
    # the same file again stores nothing new: nobody is marked, nobody recomputed
    _import(db_url, logs)
    state = _report(db_url)
    assert state["mode"] == "incremental" and state["patients"] == 0, state
    assert _precomputed(db_url) == incremental
    full = refresh(init_db(db_url), force=True)
    assert full.mode == "full"
    assert _precomputed(db_url) == incremental
    with session_scope(db_url) as s:
        assert {p: build_log(s, p, AT, NoProtection()) for p in inc} == inc


def test_the_importer_marks_the_citizens_of_new_entries_only(db_url, tmp_path, world, monkeypatch):
    """Marks are written with the entries (a refused file marks nobody) and only for entries
    that were not stored before."""
    import indsigt.importing as importing

    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    monkeypatch.setattr(importing, "refresh_log", lambda engine, report: None)
    # w0 (p1) is stored already; n1 (p4) is new
    again = b.audit("w0", "p1", t("2026-02-02", "08:00"), role_id="r-skov")
    _import(
        db_url,
        b.write_ndjson(
            tmp_path / "a.ndjson", [again, b.audit("n1", "p4", t(TUE), role_id="r-lund")]
        ),
    )
    assert _dirty(db_url) == {"p4": 0}
    # a refused file (second line broken) stores neither entries nor marks
    bad = tmp_path / "bad.ndjson"
    bad.write_text(
        json.dumps(b.audit("n2", "p2", t(TUE), role_id="r-lund")) + "\n{broken\n",
        encoding="utf-8",
    )
    report = Importer(init_db(db_url), progress=False).run([bad])
    assert not report.ok
    assert _dirty(db_url) == {"p4": 0}
    # a citizen marked again gets a new mark (a refresh running meanwhile keeps the row)
    _import(
        db_url,
        b.write_ndjson(tmp_path / "c.ndjson", [b.audit("n3", "p4", t(TUE), role_id="r-lund")]),
    )
    assert _dirty(db_url) == {"p4": 1}
    monkeypatch.undo()
    from indsigt.accesslog import refresh

    # two log files since the last refresh but only the newest is known to the refresh: full
    assert refresh(init_db(db_url), log_files=1).mode == "full"
    assert _dirty(db_url) == {}


def test_a_refresh_removes_only_the_marks_it_covered(db_url, tmp_path, world):
    """A citizen marked again while a refresh runs stays marked for the next refresh; on
    PostgreSQL a mark locked by an import not yet committed is skipped, not waited for."""
    from indsigt.accesslog import precompute

    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    engine = init_db(db_url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO accesslog_dirty (patient_id, mark) VALUES ('p1', 0), ('p2', 0)")
        )
    bump = text(
        "INSERT INTO accesslog_dirty (patient_id, mark) VALUES (:p, 0) "
        "ON CONFLICT (patient_id) DO UPDATE SET mark = accesslog_dirty.mark + 1"
    )
    with engine.begin() as conn:
        precompute._take_marks(conn)
        conn.execute(bump, {"p": "p2"})  # as an import committed after the copy would
        conn.execute(bump, {"p": "p3"})
        precompute._clear_marks(conn)
    assert _dirty(db_url) == {"p2": 1, "p3": 0}
    if engine.dialect.name == "postgresql":
        with engine.connect() as other, engine.begin() as conn:
            other.begin()
            other.execute(bump, {"p": "p3"})  # an import holding the row, not yet committed
            conn.exec_driver_sql("SET LOCAL lock_timeout = '5s'")
            precompute._take_marks(conn)
            precompute._clear_marks(conn)  # does not wait for the import
            other.commit()
        assert _dirty(db_url) == {"p3": 1}
