"""Engine and sessions. SQLite (default) and PostgreSQL with the same code."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .config import get_settings
from .store import Base  # importing the store registers every table


def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` (default: the configured database), one per URL and process."""
    return _engine(url or get_settings().db)


@lru_cache(maxsize=16)
def _engine(url: str) -> Engine:
    # cached by the resolved URL: a default (None) must follow INDSIGT_DB, not the first URL seen
    if url.startswith("sqlite"):
        _plain_sqlite_adapters()
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 60},
            **_pool_args(),
            hide_parameters=True,  # never put data (CPR numbers, names, notes) into error messages
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True, **_pool_args())
    _ENGINES.add(engine)
    return engine


def _same(value: object) -> object:
    return value


def _plain_sqlite_adapters() -> None:
    """Bind ``None``, ``bool`` and ``bytes`` to SQLite without the sqlite3 module's search for an
    adapter. sqlite3 looks for one for every parameter that is not exactly an int, float or str;
    finding none, it fails two attribute lookups (each makes and drops an ``AttributeError``) and
    binds the value itself: NULL, the integer 0 or 1, a blob. The adapters below hand it the very
    value to bind as it would (an import binds millions of NULLs: about 1.4k instructions each).
    Process-wide, as sqlite3's registry is; a type with an adapter already keeps it."""
    import sqlite3

    for t, adapt in ((type(None), _same), (bool, int), (bytes, _same)):
        if (t, sqlite3.PrepareProtocol) not in sqlite3.adapters:
            sqlite3.register_adapter(t, adapt)


def _pool_args() -> dict[str, int]:
    s = get_settings()
    return {"pool_size": s.db_pool_size, "max_overflow": s.db_max_overflow}


get_engine.cache_clear = _engine.cache_clear  # type: ignore[attr-defined]


#: every engine made (weakly: an engine evicted from the cache may go)
_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()


def dispose_engines() -> None:
    """Close the pooled connections of every engine this process made (at exit)."""
    for engine in list(_ENGINES):
        engine.dispose()


def init_db(url: str | None = None) -> Engine:
    """Create or upgrade the database to the newest migration (idempotent, concurrency-safe)."""
    engine = get_engine(url)
    if _at_head(engine):
        return engine  # the common case, without loading Alembic (a tenth of a command's start)
    from .migrations import ensure_schema

    ensure_schema(engine)
    return engine


@lru_cache(maxsize=1)
def _head_revision() -> str | None:
    """The newest migration, read from the revision files (None unless exactly one head)."""
    import re
    from pathlib import Path

    revs: set[str] = set()
    downs: set[str] = set()
    for f in (Path(__file__).resolve().parent / "migrations" / "versions").glob("*.py"):
        text = f.read_text(encoding="utf-8")
        rev = re.search(r"^revision\b[^=]*=\s*[\"']([^\"']+)[\"']", text, re.M)
        down = re.search(r"^down_revision\b[^=]*=(.*)$", text, re.M)
        if rev is None or down is None:
            return None
        revs.add(rev.group(1))
        downs.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = revs - downs
    return heads.pop() if len(heads) == 1 else None


def _at_head(engine: Engine) -> bool:
    """Whether the database is at the newest migration with every table of the models (what
    ``migrations.ensure_schema`` checks first)."""
    from sqlalchemy import inspect, text

    head = _head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                return False
            revs = [r for (r,) in conn.execute(text("SELECT version_num FROM alembic_version"))]
    except Exception:
        return False
    return revs == [head] and set(Base.metadata.tables) <= tables


@lru_cache(maxsize=16)
def _factory(url: str | None) -> sessionmaker[Session]:
    return sessionmaker(get_engine(url), expire_on_commit=False)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    session = _factory(url or get_settings().db)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
