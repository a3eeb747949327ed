"""Engine and sessions. SQLite (default) and PostgreSQL with the same code."""

from __future__ import annotations

import os
import stat
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from .config import get_settings
from .errors import Invalid
from .store import Base  # importing the store registers every table

#: the first bytes of every SQLite database file
_SQLITE_HEADER = b"SQLite format 3\x00"


def check_can_open(url: str) -> None:
    """Refuse, with a Danish message naming the path, an SQLite database file that cannot be
    opened: its folder is missing or no folder, it is a folder, it is no SQLite database, or this
    user cannot read and write it or create files beside it (SQLite keeps its ``-wal`` and ``-shm``
    files there). Creates nothing: SQLite would make the file, a key file its folder too. An
    in-memory database (``sqlite://``) is refused too: it is gone when the command ends, and every
    connection would see another one. Other databases (PostgreSQL) and ``file:`` URI databases
    are not looked at here (an unreachable server: :func:`database_unreachable`)."""
    u = make_url(url)
    name = u.database
    if u.get_backend_name() != "sqlite":
        return
    if not name or name == ":memory:":
        raise Invalid(
            "Databasen kan ikke åbnes: en database i hukommelsen (sqlite://) forsvinder, når "
            "kommandoen slutter; angiv en fil, fx sqlite:///indsigt.db",
            field="db",
        )
    if name.startswith("file:") or u.query.get("uri") in ("true", "1"):
        return
    problem = _sqlite_file_problem(os.path.abspath(name))
    if problem:
        raise Invalid(f"Databasen kan ikke åbnes: {problem}", field="db")


def database_unreachable(exc: BaseException) -> str | None:
    """A Danish message for an error that says the database cannot be reached (a server that is
    down or refuses the connection, a wrong password), or None for any other error. The
    driver's own first line is added: it names host and port, never the password."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    if not isinstance(exc, (OperationalError, InterfaceError)):
        return None
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = detail[0] if detail else ""
    return f"Databasen kan ikke nås: {first}" if first else "Databasen kan ikke nås."


def _sqlite_file_problem(path: str) -> str | None:
    folder = os.path.dirname(path)
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            return f"{folder} er ikke en mappe"
    except PermissionError:
        return f"der er ikke adgang til mappen {folder}"
    except OSError:
        return f"mappen {folder} findes ikke"
    if os.path.isdir(path):
        return f"{path} er en mappe, ikke en databasefil"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"der er ikke skriveadgang til mappen {folder}"
    if not os.path.exists(path):
        return None  # SQLite makes it
    if not os.access(path, os.R_OK | os.W_OK):
        return f"der er ikke læse- og skriveadgang til {path}"
    if os.path.getsize(path) and not _has_sqlite_header(path):
        return f"{path} er ikke en SQLite-database"
    return None


def _has_sqlite_header(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` (default: the configured database), one per URL and process."""
    return _engine(url or get_settings().db)


@lru_cache(maxsize=16)
def _engine(url: str) -> Engine:
    # cached by the resolved URL: a default (None) must follow INDSIGT_DB, not the first URL seen
    if make_url(url).get_backend_name() == "sqlite":  # also sqlite+pysqlite://, parsed
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
