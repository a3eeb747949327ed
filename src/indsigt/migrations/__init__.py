"""Schema migrations with Alembic, run programmatically.

- :func:`ensure_schema` (called by ``db.init_db`` and so by ``indsigt init``) brings a database to
  the newest revision: a new database is built by the migrations, a database at an older revision
  is upgraded, and a database made by ``create_all`` before there were migrations (no
  ``alembic_version`` table) is adopted: stamped at the revision its tables match, then upgraded.
  Concurrent callers (several workers, several imports) are serialised by a lock.
- :func:`status` says whether a database is at head (``/readyz``).
- ``python -m indsigt.migrations new "message"`` autogenerates a revision,
  ``python -m indsigt.migrations baseline`` regenerates the single baseline revision while the
  schema is not frozen, ``python -m indsigt.migrations check`` fails when the models have changes
  that no revision holds. ``scripts/new-migration.sh`` wraps these.
"""

from __future__ import annotations

import fcntl
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, inspect, text

from ..errors import IndsigtError
from ..store import Base

MIGRATIONS_DIR = Path(__file__).resolve().parent
VERSION_TABLE = "alembic_version"


class SchemaError(IndsigtError):
    """The database cannot be brought to the schema this version of indsigt needs."""

    exit_code = 1
    http_status = 503


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str | None:
    """The newest revision (None while there are no revisions at all)."""
    return _script().get_current_head()


def base() -> str | None:
    """The first revision."""
    bases = _script().get_bases()
    return bases[0] if bases else None


def current(conn: Connection) -> str | None:
    """The revision a database is at (None: no ``alembic_version`` table, or empty)."""
    return MigrationContext.configure(conn).get_current_revision()


def _model_tables() -> set[str]:
    return set(Base.metadata.tables)


def status(engine: Engine) -> dict[str, Any]:
    """Where a database stands: its revision, the head, and model tables it lacks."""
    with engine.connect() as conn:
        rev = current(conn)
        missing = sorted(_model_tables() - set(inspect(conn).get_table_names()))
    h = head()
    return {
        "revision": rev,
        "head": h,
        "at_head": rev == h and not missing,
        "missing_tables": missing,
    }


def ensure_schema(engine: Engine) -> None:
    """Create or upgrade the database to head (idempotent, safe to call concurrently)."""
    h = head()
    with engine.connect() as conn:
        rev = current(conn)
        tables = set(inspect(conn).get_table_names())
    if rev == h and _model_tables() <= tables:
        return  # the common case: one query for the revision, one for the table names
    with _lock(engine), engine.connect() as conn:
        rev = current(conn)  # again, under the lock: another process may have done it
        tables = set(inspect(conn).get_table_names())
        if rev is None and tables & _model_tables():
            _adopt(conn, tables)
        if h is not None and current(conn) != h:
            command.upgrade(alembic_config(conn), "head")
        conn.commit()
        # Tables added to the models since the newest revision (during development, before
        # ``scripts/new-migration.sh`` is run): create them so the code works; the
        # migrations test fails until a revision holds them.
        missing = _model_tables() - set(inspect(conn).get_table_names())
        if missing:
            Base.metadata.create_all(
                conn, tables=[Base.metadata.tables[t] for t in sorted(missing)]
            )
            conn.commit()


def _adopt(conn: Connection, tables: set[str]) -> None:
    """Stamp a database made by ``create_all`` (no ``alembic_version``) at the right revision."""
    insp = inspect(conn)
    lacking = _lacking_columns(
        insp, {t: {c.name for c in Base.metadata.tables[t].columns} for t in _model_tables()}
    )
    if not lacking and _model_tables() <= tables:
        # made by create_all from the current models: it is the head schema
        command.stamp(alembic_config(conn), "head")
        return
    first = base()
    if first is None:
        return
    baseline = baseline_schema()
    lacking = _lacking_columns(insp, baseline)
    if lacking:
        raise SchemaError(
            "databasen er lavet af en ældre udgave af indsigt uden migreringer og mangler "
            f"kolonnerne {', '.join(lacking)}; den kan ikke opgraderes automatisk. "
            "Lav en ny database (indsigt init) og importér filerne igen."
        )
    # baseline tables it never had (older still): create them as the baseline has them
    for t in sorted(set(baseline) - tables):
        if t in Base.metadata.tables:
            Base.metadata.tables[t].create(conn)
    command.stamp(alembic_config(conn), first)


def _lacking_columns(insp: Any, wanted: dict[str, set[str]]) -> list[str]:
    have = set(insp.get_table_names())
    lacking = []
    for table, cols in sorted(wanted.items()):
        if table in have:
            present = {c["name"] for c in insp.get_columns(table)}
            lacking += [f"{table}.{c}" for c in sorted(cols - present)]
    return lacking


@lru_cache(maxsize=1)
def baseline_schema() -> dict[str, set[str]]:
    """The tables and columns of the first revision (built in an in-memory SQLite database)."""
    first = base()
    if first is None:
        return {}
    engine = create_engine("sqlite://")
    try:
        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), first)
            insp = inspect(conn)
            return {
                t: {c["name"] for c in insp.get_columns(t)}
                for t in insp.get_table_names()
                if t != VERSION_TABLE
            }
    finally:
        engine.dispose()


@contextmanager
def _lock(engine: Engine) -> Iterator[None]:
    """One migrator at a time per database (PostgreSQL: advisory lock; SQLite: the folder)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar() or "public"
            key = zlib.crc32(f"indsigt-migrate:{schema}".encode())
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    # flock on the folder, never on the database file itself: closing any descriptor of the
    # database file would drop SQLite's own POSIX locks held by this process
    folder = os.open(str(Path(database).resolve().parent), os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(folder, fcntl.LOCK_UN)
        os.close(folder)


def models_diff(conn: Connection) -> list[Any]:
    """The differences between the models and the database (empty when they agree)."""
    from alembic.autogenerate import compare_metadata

    ctx = MigrationContext.configure(conn, opts={"compare_type": True})
    return compare_metadata(ctx, Base.metadata)


__all__ = [
    "SchemaError",
    "alembic_config",
    "base",
    "baseline_schema",
    "current",
    "ensure_schema",
    "head",
    "models_diff",
    "status",
]
