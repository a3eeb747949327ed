"""Dropping a test's PostgreSQL schema (shared by the fixtures; a module of its own so that
no test imports ``conftest``, whose name is ambiguous under xdist with several conftest files)."""

from __future__ import annotations

import secrets
import string


def schema_name(prefix: str) -> str:
    """A fresh schema name, unique per test and per xdist worker, of letters only.

    The name travels in the database URL, which the server prints; twelve hex digits were
    ten digits in a row about once in forty runs, and the log test rightly took them for a
    CPR number (CI, stop 27: ``t_9482108074bc``)."""
    return prefix + "".join(secrets.choice(string.ascii_lowercase) for _ in range(12))


def _drop_pg_schema(eng, url: str, schema: str) -> None:  # type: ignore[no-untyped-def]
    """Drop a test's schema: close the test's pooled connections, end stray ones (servers,
    subprocesses), then drop."""
    from sqlalchemy import text

    from indsigt import db

    db.get_engine(url).dispose()
    db.get_engine.cache_clear()
    db._factory.cache_clear()
    with eng.begin() as c:
        c.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = :s AND pid <> pg_backend_pid()"
            ),
            {"s": schema},
        )
        c.execute(text("SET LOCAL lock_timeout = '30s'"))
        c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    eng.dispose()
