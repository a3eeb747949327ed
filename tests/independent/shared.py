"""Run an expensive fixture once per test session, also when pytest-xdist spreads a module's tests
over several workers: the first worker computes and pickles the result next to the session's
temporary directories, the others wait for it and read it."""

from __future__ import annotations

import fcntl
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


def database(work: Path) -> tuple[str, Callable[[], None]]:
    """A database for one run: SQLite in ``work``, or a fresh schema on the test PostgreSQL
    server when the suite runs there (``INDSIGT_TEST_PG``); and how to drop it again."""
    pg = os.environ.get("INDSIGT_TEST_PG")
    work.mkdir(parents=True, exist_ok=True)
    if not pg:
        return f"sqlite:///{work / 'indsigt.db'}", lambda: None
    from sqlalchemy import create_engine, text

    from pgschema import schema_name

    schema = schema_name("ind_")
    eng = create_engine(pg)
    with eng.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in pg else "?"
    url = f"{pg}{sep}options=-csearch_path%3D{schema}&application_name={schema}"

    def drop() -> None:
        from pgschema import _drop_pg_schema

        _drop_pg_schema(eng, url, schema)

    return url, drop


def run_on_database(work: Path, run: Callable[[str], T]) -> T:
    url, drop = database(work)
    try:
        return run(url)
    finally:
        drop()


def once(factory: pytest.TempPathFactory, name: str, compute: Callable[[Path], T]) -> T:
    base = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the workers of one run
    root = base / f"independent-{name}"
    root.mkdir(parents=True, exist_ok=True)
    result = root / "result.pickle"
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if result.exists():
                return pickle.loads(result.read_bytes())
            value = compute(root / "work")
            result.write_bytes(pickle.dumps(value))
            return value
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
