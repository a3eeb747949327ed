"""SQLite binds None, bool and bytes through plain adapters (``db._plain_sqlite_adapters``): the
values stored are what sqlite3 binds without them (NULL, the integer 0 or 1, a blob)."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys

from indsigt import db

ROW = (None, True, False, b"\x00leaf", "text", 7, 1.5)
TYPES = "SELECT typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)"
VALUES = "SELECT ?, ?, ?, ?, ?, ?, ?"


def _bound_in_a_fresh_process() -> tuple:
    """What sqlite3 binds with no adapter registered (this process may have registered them)."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect(':memory:'); "
        f"r = {ROW!r}; "
        f"print(repr((c.execute({TYPES!r}, r).fetchone(), c.execute({VALUES!r}, r).fetchone())))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return ast.literal_eval(out.stdout)


def test_adapters_bind_the_same_values() -> None:
    row, sql, values = ROW, TYPES, VALUES
    plain = sqlite3.connect(":memory:")
    before = _bound_in_a_fresh_process()
    db._plain_sqlite_adapters()
    for t in (type(None), bool, bytes):
        assert (t, sqlite3.PrepareProtocol) in sqlite3.adapters
    after = (plain.execute(sql, row).fetchone(), plain.execute(values, row).fetchone())
    assert after == before
    assert before[0] == ("null", "integer", "integer", "blob", "text", "integer", "real")
    assert before[1] == (None, 1, 0, b"\x00leaf", "text", 7, 1.5)


def test_an_adapter_already_registered_is_kept() -> None:
    key = (bool, sqlite3.PrepareProtocol)
    saved = sqlite3.adapters.pop(key, None)
    try:
        sqlite3.register_adapter(bool, str)
        db._plain_sqlite_adapters()
        assert sqlite3.adapters[key] is str
    finally:
        sqlite3.adapters.pop(key, None)
        if saved is not None:
            sqlite3.adapters[key] = saved
