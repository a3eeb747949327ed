"""Alembic migrations: data survives the upgrade path, models and revisions agree, databases
made by ``create_all`` are adopted, concurrent ``init`` is safe. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import decimal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    inspect,
    select,
    text,
)

from indsigt import migrations
from indsigt.db import get_engine, init_db
from indsigt.store import Base

ROOT = Path(__file__).resolve().parent.parent


def _value(col: Column) -> Any:
    try:
        py = col.type.python_type
    except NotImplementedError:
        py = str
    if py is bool:
        return True
    if py is int:
        return 7
    if py is float:
        return 1.5
    if py is decimal.Decimal:
        return decimal.Decimal("1.5")
    if py is dt.datetime:
        return dt.datetime(2026, 1, 2, 3, 4, 5)
    if py is dt.date:
        return dt.date(2026, 1, 2)
    if py is dict:
        return {"k": "v"}
    if py is list:
        return ["v"]
    if py is bytes:
        return b"x"
    length = getattr(col.type, "length", None) or 20
    return ("v-" + col.name)[:length]


#: caches a migration may replace: the access log's precomputation, which the next refresh
#: recomputes from the entries (0006 stores the cells per citizen instead of per row)
DERIVED = frozenset({"accesslog_cell"})


def test_data_written_at_first_revision_survives_upgrade_to_head(db_url):
    """Every table of the first revision gets a row; after ``upgrade head`` every row is there
    (caches the refresh recomputes excepted)."""
    engine = get_engine(db_url)
    first = migrations.base()
    assert first is not None and migrations.head() is not None
    with engine.connect() as conn:
        command.upgrade(migrations.alembic_config(conn), first)
        conn.commit()
        assert migrations.current(conn) == first
        meta = MetaData()
        meta.reflect(conn)
        written: dict[str, dict[str, Any]] = {}
        for table in meta.sorted_tables:
            if table.name == migrations.VERSION_TABLE:
                continue
            row = {c.name: _value(c) for c in table.columns}
            conn.execute(table.insert().values(row))
            written[table.name] = row
        conn.commit()
    assert {"access_entry", "patient", "staff", "organization"} <= set(written)

    init_db(db_url)  # what `indsigt init` does: upgrade to head

    with engine.connect() as conn:
        assert migrations.current(conn) == migrations.head()
        meta = MetaData()
        meta.reflect(conn)
        for name, row in written.items():
            if name in DERIVED:
                continue
            assert name in meta.tables, f"table {name} was dropped by a migration"
            table = meta.tables[name]
            stored = conn.execute(select(table)).mappings().all()
            assert len(stored) == 1, name
            for col in table.primary_key.columns:
                if col.name in row:  # a key column added later has its default
                    assert stored[0][col.name] == row[col.name], (name, col.name)


def test_upgrade_from_the_baseline_adds_the_dirty_marks_and_keeps_the_precomputation(db_url):
    """0002: ``accesslog_dirty`` appears (empty, usable), the cells and their stamp stay, the
    SQLite-only rowid mark goes; a downgrade removes the table and keeps the rest."""
    engine = get_engine(db_url)
    first = migrations.base()
    cell = {
        "patient_id": "p1",
        "day": 20500,
        "actor": "s:a",
        "org_id": "o",
        "cls": "u",
        "rule": "",
        "rel": "",
        "flags": 0,
        "n": 3,
        "first": 1,
        "last": 2,
    }
    with engine.connect() as conn:
        command.upgrade(migrations.alembic_config(conn), first)
        conn.commit()
        assert "accesslog_dirty" not in inspect(conn).get_table_names()
        conn.execute(
            text(
                "INSERT INTO accesslog_state (key, value) VALUES "
                "('stamp', '1|3|3|0|x'), ('removal', '0'), ('rowid', '42')"
            )
        )
        names = ", ".join(f'"{k}"' for k in cell)
        conn.execute(
            text(
                f"INSERT INTO accesslog_cell ({names}) VALUES ({', '.join(':' + k for k in cell)})"
            ),
            cell,
        )
        conn.commit()
        command.upgrade(migrations.alembic_config(conn), "0002")
        conn.commit()

    with engine.connect() as conn:
        assert migrations.current(conn) == "0002"
        state = dict(conn.execute(text("SELECT key, value FROM accesslog_state")).all())
        assert state == {"stamp": "1|3|3|0|x", "removal": "0"}
        assert conn.execute(text("SELECT patient_id, n FROM accesslog_cell")).all() == [("p1", 3)]
        assert conn.execute(text("SELECT COUNT(*) FROM accesslog_dirty")).scalar() == 0
        mark = text(
            "INSERT INTO accesslog_dirty (patient_id, mark) VALUES ('p1', 0) "
            "ON CONFLICT (patient_id) DO UPDATE SET mark = accesslog_dirty.mark + 1"
        )
        conn.execute(mark)
        conn.execute(mark)
        assert conn.execute(text("SELECT patient_id, mark FROM accesslog_dirty")).all() == [
            ("p1", 1)
        ]
        conn.commit()
        command.downgrade(migrations.alembic_config(conn), first)
        conn.commit()
        assert "accesslog_dirty" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT patient_id, n FROM accesslog_cell")).all() == [("p1", 3)]


def test_upgrade_to_cells_per_citizen_keeps_the_state_and_recomputes_the_cells(db_url):
    """0006: one row of cells per citizen (``accesslog_patient.cells``) and the user-days
    replace ``accesslog_cell``; the old cells and stamp go (the next refresh recomputes them),
    everything else stays; a downgrade brings the table back."""
    engine = get_engine(db_url)
    with engine.connect() as conn:
        command.upgrade(migrations.alembic_config(conn), "0003")
        conn.commit()
        conn.execute(
            text(
                "INSERT INTO accesslog_state (key, value) VALUES ('stamp', '2|3|3|30|'), "
                "('removal', '0')"
            )
        )
        conn.execute(
            text("INSERT INTO accesslog_patient (patient_id, entries, last) VALUES ('p1', 3, 9)")
        )
        conn.commit()
    init_db(db_url)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert "accesslog_cell" not in tables
        assert {"accesslog_userday", "accesslog_review", "accesslog_service"} <= tables
        state = dict(conn.execute(text("SELECT key, value FROM accesslog_state")).all())
        assert state == {"removal": "0"}
        assert conn.execute(text("SELECT patient_id, cells FROM accesslog_patient")).all() == [
            ("p1", None)
        ]
        command.downgrade(migrations.alembic_config(conn), "0003")
        conn.commit()
        assert "accesslog_cell" in inspect(conn).get_table_names()
        assert "accesslog_userday" not in inspect(conn).get_table_names()


def test_upgrade_adds_the_audit_trail_index_and_the_newest_action_query_uses_it(db_url):
    """0003: (action, id) on audit_trail, so "the last retention run" does not read the trail
    backwards past every sign-in; rows written before the upgrade stay."""
    engine = get_engine(db_url)
    with engine.connect() as conn:
        command.upgrade(migrations.alembic_config(conn), "0002")
        conn.commit()
        conn.execute(
            text(
                "INSERT INTO audit_trail (at, actor, action) "
                "VALUES ('2026-01-01 10:00:00', 'a', 'login.dev')"
            )
        )
        conn.commit()
    init_db(db_url)
    with engine.connect() as conn:
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("audit_trail")}
        assert indexes["ix_audit_trail_action_id"] == ["action", "id"]
        assert conn.execute(text("SELECT action FROM audit_trail")).scalars().all() == ["login.dev"]
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))  # a tiny table: ask for the plan
            plan = "\n".join(
                conn.execute(
                    text(
                        "EXPLAIN SELECT details FROM audit_trail WHERE action = 'retention.apply' "
                        "ORDER BY id DESC LIMIT 1"
                    )
                ).scalars()
            )
            assert "ix_audit_trail_action_id" in plan, plan


def test_models_and_newest_revision_agree(db_url):
    """Fails when a model changed without a revision: run scripts/new-migration.sh "what changed"
    (or scripts/new-migration.sh --baseline while the schema is not frozen)."""
    engine = get_engine(db_url)
    with engine.connect() as conn:
        command.upgrade(migrations.alembic_config(conn), "head")
        conn.commit()
        diff = migrations.models_diff(conn)
    assert diff == [], "models differ from the migrations; run scripts/new-migration.sh"


def test_database_made_by_create_all_is_adopted(db_url):
    engine = get_engine(db_url)
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            Base.metadata.tables["patient"].insert().values(id="p1", given="Anna", family="Jensen")
        )
    init_db(db_url)
    init_db(db_url)  # idempotent
    with engine.connect() as conn:
        assert migrations.current(conn) == migrations.head()
        assert conn.execute(select(Base.metadata.tables["patient"].c.id)).scalars().all() == ["p1"]
    assert migrations.status(engine)["at_head"] is True


def test_old_database_lacking_columns_is_refused_not_damaged(db_url):
    engine = get_engine(db_url)
    meta = MetaData()
    old = Table("patient", meta, Column("id", String(128), primary_key=True))
    Table("counter", meta, Column("n", Integer))
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(old.insert().values(id="p1"))
    with pytest.raises(migrations.SchemaError, match=r"patient\.cpr"):
        init_db(db_url)
    with engine.connect() as conn:
        assert migrations.current(conn) is None
        assert conn.execute(select(old.c.id)).scalars().all() == ["p1"]
        assert set(inspect(conn).get_table_names()) == {"patient", "counter"}


def test_concurrent_init_is_safe(db_url):
    """Several processes (server workers, parallel imports) initialising one new database."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "indsigt.migrations", "upgrade", "--db", db_url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    engine = create_engine(db_url)
    try:
        st = migrations.status(engine)
    finally:
        engine.dispose()
    assert st["at_head"] and st["missing_tables"] == []


def test_init_command_reports_head(db_url):
    from typer.testing import CliRunner

    from indsigt.cli import app

    result = CliRunner().invoke(app, ["init", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert migrations.status(get_engine(db_url))["at_head"]


def test_upgrade_makes_existing_label_pins_titled_pins(db_url):
    """0004: the form is part of a label pin's key; pins made before are titled, and both forms
    of one person can then be pinned; downgrade keeps the titled pins."""
    engine = get_engine(db_url)
    pin = (
        "INSERT INTO label_pin (patient_id, staff_id, key_version, counter, code, title, "
        "created_at{form}) VALUES ('p1', 's1', 1, 0, '{code}', 'Læge', '2026-01-01 10:00:00'{v})"
    )
    with engine.connect() as conn:
        command.upgrade(migrations.alembic_config(conn), "0003")
        conn.execute(text(pin.format(form="", code="abcdef0", v="")))
        conn.commit()
    init_db(db_url)
    with engine.connect() as conn:
        assert inspect(conn).get_pk_constraint("label_pin")["constrained_columns"] == [
            "patient_id",
            "staff_id",
            "form",
        ]
        assert conn.execute(text("SELECT form, code FROM label_pin")).all() == [
            ("titled", "abcdef0")
        ]
        conn.execute(text(pin.format(form=", form", code="1234567", v=", 'untitled'")))
        conn.commit()
        command.downgrade(migrations.alembic_config(conn), "0003")
        conn.commit()
        assert conn.execute(text("SELECT staff_id, code FROM label_pin")).all() == [
            ("s1", "abcdef0")
        ]
