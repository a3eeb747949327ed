"""The access entries an import stored, held for the access log's refresh right after it.

The first log import into a store (the initial load) makes the refresh recompute every entry of
the store, and every one of them is an entry this import has just written: reading them back
from the database cost a third of such an import. So the import keeps the few columns the
refresh reads (:data:`COLUMNS`, as they were staged and stored), and the refresh uses them
instead of the store's copy when, in its own transaction, the store holds exactly these entries
(:meth:`HeldEntries.covers`): as many entries as held, and no import since the last one held.

Entries are held only while the store had none before the import, only from files whose every
staged row was stored (a re-imported or refused file drops the hold), and only up to
:data:`LIMIT` entries; otherwise the refresh reads the store, as always.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from .audit import ENTRY_COLUMNS

#: the columns of ``access_entry`` the access log's refresh reads, by name
COLUMNS = (
    "patient_id",
    "time",
    "user_staff_id",
    "user_ref",
    "user_display",
    "organization_id",
    "action",
    "purpose",
    "is_system",
    "on_behalf_staff_id",
    "on_behalf_display",
)
_PICK = [itemgetter(ENTRY_COLUMNS.index(c)) for c in COLUMNS]
#: at most this many entries are held (beyond it the refresh reads the store)
LIMIT = 1_000_000


@dataclass
class HeldEntries:
    """Columns (:data:`COLUMNS`) of the entries an import stored, in the order stored."""

    cols: list[list[Any]] = field(default_factory=lambda: [[] for _ in COLUMNS])
    count: int = 0
    #: ``imported_file.id`` of the import's last file (the store changed by nothing after it)
    last_file: int | None = None
    #: ``imported_file.id`` -> the record types of each file of the import committed so far
    files: dict[int, frozenset[str]] = field(default_factory=dict)
    valid: bool = True
    #: the refresh's master data read while the import finished (set by the import service:
    #: :class:`indsigt.accesslog.preload.Preload`)
    preload: Any = None

    def drop(self) -> None:
        self.valid = False
        self.cols = [[] for _ in COLUMNS]
        self.count = 0

    def file(self) -> FileHold:
        """A hold for one file's rows (merged by :meth:`commit` once the file is stored)."""
        return FileHold(self)

    def commit(self, part: FileHold, stored: bool, file_id: int, types: Iterable[str] = ()) -> None:
        """The file of ``part`` was committed as ``file_id`` with records of ``types``;
        ``stored``: every row it staged is stored."""
        self.files[file_id] = frozenset(types)
        if not self.valid:
            return
        if not stored or not part.valid or self.count + part.count > LIMIT:
            self.drop()
            return
        for mine, theirs in zip(self.cols, part.cols, strict=True):
            mine.extend(theirs)
        self.count += part.count
        self.last_file = file_id

    def covers(self, conn: Connection) -> bool:
        """Whether the store holds exactly the held entries (read in ``conn``'s transaction):
        no import since the last held file, and as many entries as held (the entries of the
        held files are in the store, so an equal count means no others)."""
        if not self.valid or self.last_file is None:
            return False
        top = conn.execute(text("SELECT MAX(id) FROM imported_file")).scalar()
        if top != self.last_file:
            return False
        n = conn.execute(
            text("SELECT COUNT(*) FROM (SELECT 1 FROM access_entry LIMIT :n) AS t"),
            {"n": self.count + 1},
        ).scalar()
        return n == self.count


@dataclass
class FileHold:
    """One file's staged rows, column by column."""

    parent: HeldEntries
    cols: list[list[Any]] = field(default_factory=lambda: [[] for _ in COLUMNS])
    count: int = 0
    valid: bool = True

    def add(self, rows: list[tuple]) -> None:
        """Staged rows (``ENTRY_COLUMNS`` first, as the importer stages them)."""
        if not self.valid:
            return
        if self.parent.count + self.count + len(rows) > LIMIT:
            self.valid = False
            self.cols = []
            return
        for col, pick in zip(self.cols, _PICK, strict=True):
            col.extend(map(pick, rows))
        self.count += len(rows)


__all__ = ["COLUMNS", "LIMIT", "FileHold", "HeldEntries"]
