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

import threading
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text, update

from ..store.integrity import MerkleState
from ..timeutil import to_local
from .keys import integrity_keys
from .leaf import TupleHasher
from .log import LOW, _node_t, _store_nodes, _upsert, compute_nodes, node_inputs, tree_size

#: (name, SQLite type, PostgreSQL type) of the values staged per row
STAGED = (("merkle_leaf", "BLOB", "bytea"), ("merkle_day", "TEXT", "date"))


class EntryLog:
    def __init__(self, conn: Connection, columns: Sequence[str]) -> None:
        keys = integrity_keys(str(conn.engine.url))
        self.hasher = TupleHasher(columns, keys.salt_key)
        self.time_i = list(columns).index("time")
        #: UTC hour -> the staged local day (SQLite: its text)
        self._days: dict[tuple[int, int, int, int], date | str] = {}
        self.dialect = conn.dialect.name

    def staged(self, row: Sequence[Any]) -> tuple[bytes, date | str]:
        """The extra staged values of a typed entry row."""
        t: datetime = row[self.time_i]
        hour = (t.year, t.month, t.day, t.hour)
        day = self._days.get(hour)
        if day is None:
            local = to_local(t).date()
            day = self._days[hour] = local.isoformat() if self.dialect == "sqlite" else local
        return self.hasher(row), day

    def lock(self, conn: Connection) -> int:
        """Take the append lock; returns the tree's size."""
        return tree_size(conn, lock=True)

    def precompute(self, conn: Connection, old: int, leaves: list[bytes]) -> Nodes:
        """Start computing, in a thread, the subtrees that appending ``leaves`` (every staged
        leaf, in line order) to a tree of ``old`` leaves completes, while the entries are
        inserted (the database works with the interpreter's lock free). What they combine with
        is read here, before the insert; :meth:`append` uses the result only when the file
        appended exactly these leaves to exactly that tree."""
        nodes = Nodes(old, old + len(leaves), leaves, *node_inputs(conn, old, old + len(leaves)))
        nodes.start()
        return nodes

    def append(
        self,
        conn: Connection,
        stage: str,
        new: str,
        *,
        every: bool = False,
        nodes: Nodes | None = None,
    ) -> int:
        """Append the leaves of the rows in ``new`` (the ids the file inserted), in line order.
        ``every``: the file inserted every staged row (then ``new`` is not joined). ``nodes``:
        the subtrees computed meanwhile (:meth:`precompute`). Returns how many."""
        old = tree_size(conn, lock=True)
        rows = f"{stage} s" if every else f"{stage} s JOIN {new} n ON n.id = s.id"
        position = "row_number() OVER (ORDER BY s.line)"
        if every and nodes is not None and self.dialect == "sqlite":
            # every row was staged in line order (``nodes`` has each leaf, in order) and SQLite
            # gave each the rowid after the largest before it: rowids 1..N, when the largest is
            # the count, number the rows in line order without sorting the stage (100,000 rows:
            # the leaves' insert 106 -> 54 ms)
            top, n = conn.execute(text(f"SELECT max(rowid), count(*) FROM {stage}")).one()
            if top == n:
                position = "s.rowid"
        res = conn.execute(
            text(
                "INSERT INTO merkle_leaf (idx, entry_id, hash) "
                f"SELECT :base + {position} - 1, s.id, s.merkle_leaf "
                f"FROM {rows}"
            ),
            {"base": old},
        )
        count = res.rowcount if res.rowcount and res.rowcount > 0 else 0
        if not count:
            return 0
        size = old + count
        fresh: dict[int, bytes] = {}
        made = nodes.result() if nodes is not None and every else None
        if made is not None and nodes is not None and (nodes.old, nodes.new) == (old, size):
            if made:
                conn.execute(_node_t.insert(), made)
        elif size >> LOW > old >> LOW:  # blocks completed: their new leaf hashes (driver cursor)
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


class Nodes(threading.Thread):
    """The subtrees completed by appending ``leaves`` to a tree of ``old`` leaves, computed in
    a thread (:func:`~indsigt.integrity.log.compute_nodes`)."""

    def __init__(
        self,
        old: int,
        new: int,
        leaves: list[bytes],
        prefix: dict[int, bytes],
        stored: dict[tuple[int, int], bytes],
    ) -> None:
        super().__init__(name="merkle-nodes", daemon=True)
        self.old, self.new = old, new
        self._args = (leaves, prefix, stored)
        self._rows: list[dict[str, Any]] | None = None

    def run(self) -> None:
        leaves, prefix, stored = self._args
        old = self.old
        try:
            head = [prefix[i] for i in range((old >> LOW) << LOW, old)]
            self._rows = compute_nodes(old, self.new, head + leaves if head else leaves, stored)
        except Exception:  # append computes them itself
            self._rows = None
        self._args = ((), {}, {})

    def result(self) -> list[dict[str, Any]] | None:
        """The ``merkle_node`` rows, or None (then the caller computes them)."""
        self.join()
        return self._rows


def _source_day() -> Any:
    from ..store.integrity import SourceDay

    return SourceDay.__table__


__all__ = ["STAGED", "EntryLog", "Nodes"]
