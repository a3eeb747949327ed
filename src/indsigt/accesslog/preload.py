"""The master data of a full refresh, read while the import before it finishes (issue 14, speed).

A full refresh reads every citizen, staff member, role, relation and note of the store (and the
people figures made from them): a tenth of a second or more that nothing else waits on, while the
importer's last steps (the insert, the index, the Merkle leaves, the commit) run in the database
with the interpreter's lock free. :class:`Preload` reads them in a thread meanwhile, on its own
connection, and the refresh uses what it read only when, in the refresh's transaction, nothing
but the held log files of this import was imported since the preload began
(:meth:`Preload.take`). Only imports write master data, and every committed file leaves an
``imported_file`` row; a log file writes no master data but provisional organisations, which the
refresh reads itself. Otherwise (or should the preload fail) the refresh reads the store itself.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, text

from . import people
from .source import _all, load_held, master_sql, org_inputs, orgs_from


class Preload:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.top: int | None = None
        self.rows: dict[str, list[tuple[Any, ...]]] | None = None
        self.stats: people.PeopleStats | None = None
        self.failed = False
        self._thread = threading.Thread(target=self._run, name="accesslog-preload", daemon=True)
        #: the full refresh computed ahead (:meth:`compute`): (organisation inputs, entries, result)
        self._ahead: tuple[Any, int, tuple[Any, ...]] | None = None
        self._ahead_thread: threading.Thread | None = None

    def start(self) -> None:
        if not self._thread.is_alive() and self.top is None and not self.failed:
            self._thread.start()

    def _run(self) -> None:
        try:
            with self.engine.connect() as conn:
                # the newest import first: whatever is read after it is at least as new
                top = conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM imported_file")).scalar()
                stats = people.compute(conn)
                rows = {sql: _all(conn, sql) for sql in master_sql(conn)}
                conn.rollback()
            self.top, self.stats, self.rows = int(top or 0), stats, rows
        except Exception:  # the refresh reads the store itself
            self.failed = True

    def compute(
        self,
        cols: list[list[Any]],
        count: int,
        created: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Compute the full refresh ahead, in a thread, while the import's last steps run in the
        database: from ``cols`` (the held columns of the import's one log file, every entry the
        store will hold once it commits), the master data read here, and the organisations as
        committed before the file with the provisional ones it adds (``created``: id, name).
        The refresh takes the result (:meth:`computed`) only when,
        in its own transaction, its inputs are what this computation read; else it computes."""
        if self._ahead_thread is None and (self._thread.is_alive() or self.top is not None):
            self._ahead_thread = threading.Thread(
                target=self._compute,
                args=(cols, count, list(created)),
                name="accesslog-ahead",
                daemon=True,
            )
            self._ahead_thread.start()

    def _compute(self, cols: list[list[Any]], count: int, created: list[tuple[str, str]]) -> None:
        from .precompute import compute_full, system_users, windows

        try:
            self._thread.join()
            if self.failed or self.rows is None or self.stats is None:
                return
            with self.engine.connect() as conn:
                rows, aliases, services = org_inputs(conn)
                if created:  # as the file writes them (a wrong guess: not used, see computed)
                    new = {oid for oid, _ in created}
                    rows = tuple(
                        sorted(
                            [r for r in rows if r[0] not in new]
                            + [(oid, name, None, None) for oid, name in created],
                            key=lambda r: r[0],
                        )
                    )
                inputs = (rows, aliases, services)
                orgs = orgs_from(inputs)
                held = _Columns(cols, count)
                loaded = load_held(conn, orgs, system_users(), held, self.stats, self.rows)
                conn.rollback()
            self._ahead = (inputs, count, compute_full(loaded, orgs, windows()))
        except Exception:  # the refresh computes itself
            self._ahead = None

    def computed(self, conn: Connection, count: int) -> tuple[Any, ...] | None:
        """The refresh computed ahead (see :func:`~indsigt.accesslog.precompute.compute_full`),
        when it was computed from ``count`` entries (the held ones) and the organisations and
        service relations ``conn``'s transaction reads; to be used only with the master data
        :meth:`take` gave. Else None."""
        if self._ahead_thread is None:
            return None
        self._ahead_thread.join()
        ahead, self._ahead = self._ahead, None
        if ahead is None or ahead[1] != count or org_inputs(conn) != ahead[0]:
            return None
        return ahead[2]

    def close(self) -> None:
        if self._thread.is_alive():
            self._thread.join()
        if self._ahead_thread is not None and self._ahead_thread.is_alive():
            self._ahead_thread.join()

    def take(
        self, conn: Connection, log_files: dict[int, frozenset[str]], log_types: frozenset[str]
    ) -> tuple[dict[str, list[tuple[Any, ...]]], people.PeopleStats] | None:
        """What was read, when it is what ``conn``'s transaction would read: every file
        imported since is one of ``log_files`` (id -> the types it held) with log entries only."""
        self.close()
        if self.failed or self.rows is None or self.stats is None or self.top is None:
            return None
        since = conn.execute(
            text("SELECT id FROM imported_file WHERE id > :t"), {"t": self.top}
        ).scalars()
        for fid in since:
            types = log_files.get(fid)
            if types is None or not types <= log_types:
                return None
        return self.rows, self.stats


class _Columns:
    """Held columns as :func:`~indsigt.accesslog.source.load_held` reads them."""

    def __init__(self, cols: list[list[Any]], count: int) -> None:
        self.cols = cols
        self.count = count


__all__ = ["Preload"]
