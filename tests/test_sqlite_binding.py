"""SQLite binds None, bool and bytes through plain adapters (``db._plain_sqlite_adapters``): the
values stored are what sqlite3 binds without them (NULL, the integer 0 or 1, a blob)."""

from __future__ import annotations

import sqlite3

from indsigt import db


def test_adapters_bind_the_same_values() -> None:
    row = (None, True, False, b"\x00leaf", "text", 7, 1.5)
    sql = "SELECT typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)"
    values = "SELECT ?, ?, ?, ?, ?, ?, ?"
    plain = sqlite3.connect(":memory:")
    before = (plain.execute(sql, row).fetchone(), plain.execute(values, row).fetchone())
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
