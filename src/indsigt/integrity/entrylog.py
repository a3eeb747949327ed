"""The importer's side of the tamper-evident log: leaves appended in the import's transaction.

The importer (``ingest.importer.EntryWriter``) stages every row of a file; with an
:class:`EntryLog` it stages two more values per row, computed from the typed row in memory (no
read-back): the leaf hash (:class:`~indsigt.integrity.leaf.TupleHasher`) and the local
(Europe/Copenhagen) day of the access. Before the insert it takes the append lock
(:meth:`EntryLog.lock`: concurrent imports on PostgreSQL serialise from here to their commit, so
"not stored before" is exact); after the insert :meth:`EntryLog.append` moves the leaf hashes of
exactly the rows the file inserted into ``merkle_leaf`` with one ``INSERT ... SELECT`` (the
next indexes, in file order), stores the subtrees that completed, and adds the rows to the
source's received count per day. Entries and leaves are committed together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text, update

from ..store.integrity import MerkleState
from ..timeutil import to_local
from .keys import integrity_keys
from .leaf import TupleHasher
from .log import LOW, _store_nodes, _upsert, tree_size

#: (name, SQLite type, PostgreSQL type) of the values staged per row
STAGED = (("merkle_leaf", "BLOB", "bytea"), ("merkle_day", "TEXT", "date"))


class EntryLog:
    def __init__(self, conn: Connection, columns: Sequence[str]) -> None:
        keys = integrity_keys(str(conn.engine.url))
        self.hasher = TupleHasher(columns, keys.salt_key)
        self.time_i = list(columns).index("time")
        self._days: dict[tuple[int, int, int, int], date] = {}
        self.dialect = conn.dialect.name

    def staged(self, row: Sequence[Any]) -> tuple[bytes, date | str]:
        """The extra staged values of a typed entry row."""
        t: datetime = row[self.time_i]
        hour = (t.year, t.month, t.day, t.hour)
        day = self._days.get(hour)
        if day is None:
            day = self._days[hour] = to_local(t).date()
        return self.hasher(row), (day.isoformat() if self.dialect == "sqlite" else day)

    def lock(self, conn: Connection) -> None:
        tree_size(conn, lock=True)

    def append(self, conn: Connection, stage: str, new: str, *, every: bool = False) -> int:
        """Append the leaves of the rows in ``new`` (the ids the file inserted), in line order.
        ``every``: the file inserted every staged row (then ``new`` is not joined). Returns how
        many."""
        old = tree_size(conn, lock=True)
        rows = f"{stage} s" if every else f"{stage} s JOIN {new} n ON n.id = s.id"
        res = conn.execute(
            text(
                "INSERT INTO merkle_leaf (idx, entry_id, hash) "
                f"SELECT :base + row_number() OVER (ORDER BY s.line) - 1, s.id, s.merkle_leaf "
                f"FROM {rows}"
            ),
            {"base": old},
        )
        count = res.rowcount if res.rowcount and res.rowcount > 0 else 0
        if not count:
            return 0
        size = old + count
        fresh: dict[int, bytes] = {}
        if size >> LOW > old >> LOW:  # blocks completed: their new leaf hashes (driver cursor)
            cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                ph = "?" if self.dialect == "sqlite" else "%s"
                cur.execute(
                    f"SELECT idx, hash FROM merkle_leaf WHERE idx >= {ph} AND idx < {ph}",
                    (old, (size >> LOW) << LOW),
                )
                fresh = {idx: bytes(h) for idx, h in cur.fetchall()}
            finally:
                cur.close()
        _store_nodes(conn, old, size, fresh)
        conn.execute(update(MerkleState).where(MerkleState.id == 1).values(size=size))
        per_day = conn.execute(
            text(
                f"SELECT coalesce(s.system_name, ''), s.merkle_day, count(*) FROM {rows} GROUP BY 1, 2"
            )
        ).all()
        stmt = _upsert(conn, _source_day())
        stmt = stmt.on_conflict_do_update(
            index_elements=["system", "day"],
            set_={"received": _source_day().c.received + stmt.excluded.received},
        )
        days = [
            {"system": s, "day": d if isinstance(d, date) else date.fromisoformat(d), "received": n}
            for s, d, n in per_day
        ]
        conn.execute(stmt, days)
        return count


def _source_day() -> Any:
    from ..store.integrity import SourceDay

    return SourceDay.__table__


__all__ = ["STAGED", "EntryLog"]
