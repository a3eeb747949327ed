"""Engine and sessions. SQLite (default) and PostgreSQL with the same code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .config import get_settings
from .store import Base  # noqa: F401  (importing the store registers every table)


def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` (default: the configured database), one per URL and process."""
    return _engine(url or get_settings().db)


@lru_cache(maxsize=16)
def _engine(url: str) -> Engine:
    # cached by the resolved URL: a default (None) must follow INDSIGT_DB, not the first URL seen
    if url.startswith("sqlite"):
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
    return engine


def _pool_args() -> dict[str, int]:
    s = get_settings()
    return {"pool_size": s.db_pool_size, "max_overflow": s.db_max_overflow}


get_engine.cache_clear = _engine.cache_clear  # type: ignore[attr-defined]


def init_db(url: str | None = None) -> Engine:
    """Create or upgrade the database to the newest migration (idempotent, concurrency-safe)."""
    from .migrations import ensure_schema

    engine = get_engine(url)
    ensure_schema(engine)
    return engine


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
