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
from typing import Any

from sqlalchemy import Connection, Engine, text

from . import people
from .source import _all, master_sql


class Preload:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.top: int | None = None
        self.rows: dict[str, list[tuple[Any, ...]]] | None = None
        self.stats: people.PeopleStats | None = None
        self.failed = False
        self._thread = threading.Thread(target=self._run, name="accesslog-preload", daemon=True)

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

    def close(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

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


__all__ = ["Preload"]
