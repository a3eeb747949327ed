"""Atomic, idempotent, streaming import of FHIR NDJSON and MinLog CSV files.

- Atomic per file: one transaction per file; any problem rolls the whole file back.
- Idempotent: records are keyed by their id; master data is upserted, log entries are immutable
  (a second import of the same entry stores nothing; the same id with other content is an error).
- Streaming: log entries are written in batches; only master data (rosters, relations, notes) of
  one file is held in memory, so a 2 GB log file imports in constant memory.
- References may point into a later file of the same command: a file that fails only on dangling
  references is retried after the others.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, CursorResult, Engine, String, select
from sqlalchemy.exc import IntegrityError

from ..store import models as m
from ..store.protection import ProtectDue
from ..timeutil import utcnow
from . import registry
from .audit import ENTRY_COLUMNS, AuditMapper, NotAboutACitizen
from .audit_schema import AuditEvent
from .common import MAX_PROBLEMS, ImportFailed, Known, Problem
from .fhir import Mapped
from .held import FileHold, HeldEntries
from .orgs import prefix_of, resolve_provisional
from .readers import LineTooLong, bounded_lines, json_depth, reader_for  # noqa: F401
from .references import Resolver, Unresolved

BATCH = 5000
#: a SQLite file import at least this big, into a table no bigger, rebuilds the indexes once
BULK_MIN = 50_000
#: a file's leaf hashes kept in memory for the Merkle subtrees (beyond: computed after the
#: insert from the stored leaves, as for a file whose lines were staged out of order)
LEAVES_HELD = 4_000_000
MAX_PENDING = 100_000


def _limits(table: Any) -> dict[str, int]:
    return {
        c.name: c.type.length
        for c in table.columns
        if isinstance(c.type, String) and c.type.length is not None
    }


ENTRY_LIMITS = _limits(m.AccessEntry.__table__)
#: the longest text each column holds (PostgreSQL enforces it; SQLite would store longer text)
_LIMITS: dict[str, dict[str, int]] = {}
#: what an access-entry column is called in the input (CSV column / FHIR element)
ENTRY_LABELS = {
    "id": "id (regKode / AuditEvent.id)",
    "patient_id": "borgeren (cprNrBorger / entity.what)",
    "action": "action",
    "purpose": "formålet (formaal / purposeOfEvent)",
    "user_ref": "brugeren (bruger / agent.who)",
    "user_staff_id": "brugeren",
    "user_role_id": "brugerens rolle",
    "user_display": "brugerens navn (brugerNavn / agent.who.display)",
    "on_behalf_staff_id": "ansvarlig",
    "on_behalf_display": "ansvarlig",
    "organization_id": "organisationen (orgUsingID)",
    "system_name": "systemet (systemName / source.observer.display)",
    "what": "handlingen (handling / entity.description)",
    "data_ref": "data (entity.what)",
    "session_id": "sessionId",
    "source": "kilden",
}


def _too_long(table: str, row: dict[str, Any]) -> str | None:
    limits = _LIMITS.get(table)
    if limits is None:
        t = registry.tables().get(table)  # a table with its own writer checks its rows itself
        limits = _LIMITS[table] = _limits(t) if t is not None else {}
    for col, n in limits.items():
        v = row.get(col)
        if isinstance(v, str) and len(v) > n:
            return f"feltet {col} er {len(v)} tegn langt; højst {n} tegn"
    return None


@dataclass
class FileResult:
    file: str
    records: int = 0
    new: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    #: what was read and not stored, by reason (valid R4 types indsigt does not use, audit
    #: events about no citizen): counted, never silent
    skipped: dict[str, int] = field(default_factory=dict)
    #: ``FILE:LINE: ...`` notes that did not stop the import (ambiguous users, source ids that
    #: contain a staff member's name)
    warnings: list[str] = field(default_factory=list)
    #: organisations stored as given because master data does not name them (yet)
    provisional_orgs: int = 0
    #: log entries moved from a provisional organisation to the one master data now names
    resolved_entries: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "records": self.records,
            "new": self.new,
            "by_type": self.by_type,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "provisional_orgs": self.provisional_orgs,
            "resolved_entries": self.resolved_entries,
        }


@dataclass
class ImportReport:
    files: list[FileResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: the entries the import stored, for the access log's refresh (``Importer(hold=True)``)
    held: HeldEntries | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_known(conn: Connection) -> Known:
    k = Known()
    for oid, sor, name, provisional in conn.execute(
        select(
            m.Organization.id, m.Organization.sor, m.Organization.name, m.Organization.provisional
        )
    ):
        if provisional:
            k.provisional[oid] = name
            continue
        k.orgs.add(oid)
        if sor:
            k.sor[sor] = oid
    for (sid,) in conn.execute(select(m.Staff.id)):
        k.staff.add(sid)
    for sid, kind, value, system in conn.execute(
        select(m.StaffAlias.staff_id, m.StaffAlias.kind, m.StaffAlias.value, m.StaffAlias.system)
    ):
        k.add_staff_alias(sid, kind, value, system)
    for rid, sid, oid in conn.execute(
        select(m.StaffRole.id, m.StaffRole.staff_id, m.StaffRole.organization_id)
    ):
        k.roles[rid] = (sid, oid)
    for pid, cpr in conn.execute(select(m.Patient.id, m.Patient.cpr)):
        k.patients.add(pid)
        if cpr:
            k.patient_by_cpr[cpr] = pid
    for rtype, system, value, rid in conn.execute(
        select(
            m.ResourceIdentifier.resource_type,
            m.ResourceIdentifier.system,
            m.ResourceIdentifier.value,
            m.ResourceIdentifier.resource_id,
        )
    ):
        k.add_identifier(rtype, rid, system, value)
        if rtype == "Organization" and (prefix := prefix_of(system)) is not None:
            k.org_codes[(prefix, value)] = rid
    return k


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(32), 127, 0x85]} | {
    10: "\\n",
    13: "\\r",
    9: " ",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def _one_line(message: str) -> str:
    """A problem is one line (``FILE:LINE: message``): control characters are shown escaped."""
    return message.translate(_CONTROL) if not message.isprintable() else message


#: resource types after which the initials staff sign with must be learned again: a file with
#: any of them leaves a ``protect_due`` row, written in its own transaction
LEARN_TYPES = frozenset({"Practitioner", "DocumentReference"})


class _Problems:
    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[Problem] = []
        self.late: list[Problem] = []  # found after reading (duplicates): merged in by line
        self.count = 0
        self.dangling_only = True

    def add(self, line: int, message: str, *, dangling: bool = False) -> None:
        message = _one_line(message)
        self.count += 1
        if not dangling:
            self.dangling_only = False
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(self.name, line, message))

    def add_late(self, line: int, message: str) -> None:
        """A problem found after the file was read; reported in line order among the others."""
        message = _one_line(message)
        self.count += 1
        self.dangling_only = False
        if len(self.items) + len(self.late) < MAX_PROBLEMS:
            self.late.append(Problem(self.name, line, message))

    def raise_if_any(self) -> None:
        if self.count:
            items = list(self.items)
            for p in self.late:
                at = next((i for i, q in enumerate(items) if q.line > p.line), len(items))
                items.insert(at, p)
            if self.count > len(items):
                items.append(
                    Problem(
                        self.name, items[-1].line, f"... og {self.count - len(items)} fejl mere"
                    )
                )
            raise ImportFailed(items, dangling_only=self.dangling_only)


class EntryWriter:
    """Writes the access entries of one file, in constant memory.

    Rows are staged in a temporary table (with their line numbers): on PostgreSQL with ``COPY``,
    on SQLite with batched inserts. :meth:`finish` then moves them into ``access_entry`` with one
    ``INSERT ... SELECT ... ON CONFLICT (id) DO NOTHING``. Only when that stores fewer rows than
    were staged does it look for the reason, in the database: an id twice in the file, or an id
    already stored with other content (both errors). Same id, same content = already imported.

    The citizens of the entries not stored before are marked in ``accesslog_dirty`` in the same
    transaction (both or neither are stored), so the refresh after the import recomputes just
    them. A re-imported file marks nobody.
    """

    STAGE = "import_stage"
    #: the citizens of the staged entries not yet stored (a second temporary table)
    FRESH = "import_fresh"
    #: the ids of the staged entries not stored before (a third temporary table, ``id`` and
    #: ``patient_id``): the rows this file inserts. ``on_insert(conn, table)`` is called with its
    #: name after the insert, in the file's transaction (for the tamper-evident log, issue 17).
    NEW = "import_new"
    on_insert: Callable[[Connection, str], None] | None = None
    #: the file's rows as staged, kept for the refresh after the import (:mod:`.held`)
    hold: FileHold | None = None

    def __init__(self, conn: Connection, problems: _Problems) -> None:
        from ..integrity.entrylog import STAGED, EntryLog

        self.conn = conn
        self.problems = problems
        self.dialect = conn.dialect.name
        self.sqlite = self.dialect == "sqlite"
        self.rows: list[tuple] = []
        self.new = 0
        self.records = 0
        #: whether the table of new ids (:attr:`NEW`) exists (see :meth:`_find_fresh`)
        self._new_made = True
        #: every staged leaf hash in staging order, while the lines are in increasing order
        #: (then the Merkle append's order): its subtrees are computed during the insert
        self._leaves: list[bytes] | None = []
        self._last_line = 0
        self._dbapi = conn.connection.dbapi_connection
        #: the tamper-evident log: a leaf hash and local day staged with every row (issue 17)
        self.entry_log = EntryLog(conn, ENTRY_COLUMNS)
        cols = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
        self._cols = cols
        extra = [name for name, _, _ in STAGED]
        staged = ", ".join([cols, *extra, "line"])
        if self.dialect == "sqlite":
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.STAGE}")
            conn.exec_driver_sql(
                f"CREATE TEMP TABLE {self.STAGE} ({cols}, "
                + ", ".join(f"{n} {t}" for n, t, _ in STAGED)
                + ", line INTEGER)"
            )
            ph = ", ".join(["?"] * (len(ENTRY_COLUMNS) + len(extra) + 1))
            self._stage_sql = f"INSERT INTO temp.{self.STAGE} ({staged}) VALUES ({ph})"
        else:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS pg_temp.{self.STAGE}")
            conn.exec_driver_sql(
                f"CREATE TEMP TABLE {self.STAGE} (LIKE access_entry) ON COMMIT DROP"
            )
            # text, not varchar(n): too long values are reported by line (finish), not a crash
            alter = ", ".join(f'ALTER COLUMN "{c}" TYPE text' for c in ENTRY_LIMITS)
            add = ", ".join(f"ADD COLUMN {n} {t}" for n, _, t in STAGED)
            conn.exec_driver_sql(
                f"ALTER TABLE {self.STAGE} {alter}, {add}, ADD COLUMN line integer"
            )
            self._stage_sql = f"COPY {self.STAGE} ({staged}) FROM STDIN"

    def prepare(self, row: tuple, line: int) -> tuple:
        """The staged row of an entry row: its leaf hash and local day added (from the typed
        row), then the values as the driver takes them (the time as the text SQLAlchemy stores
        for DateTime on SQLite, so comparisons hold; PostgreSQL parses the same text). Pure:
        worker processes call it."""
        leaf, day = self.entry_log.staged(row)
        # PostgreSQL's COPY (text format) reads the time and the day from text as well: the
        # staged row is then plain values, cheap to send back from a worker (marshal)
        return (
            row[0],
            row[1],
            row[2].isoformat(" ", "microseconds"),
            *row[3:],
            leaf,
            day if self.sqlite else day.isoformat(),
            line,
        )

    def add(self, row: tuple, line: int) -> None:
        self.rows.append(self.prepare(row, line))
        if len(self.rows) >= BATCH:
            self.flush()

    def add_prepared(self, rows: list[tuple]) -> None:
        """Rows :meth:`prepare` made already (in a worker process)."""
        self.rows.extend(rows)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Stage the rows gathered so far."""
        if not self.rows:
            return
        rows = self.rows
        if self.hold is not None:
            self.hold.add(rows)
        if self._leaves is not None:
            if (
                rows[0][-1] > self._last_line
                and len(self._leaves) < LEAVES_HELD
                and all(map(int.__lt__, map(itemgetter(-1), rows), map(itemgetter(-1), rows[1:])))
            ):
                self._leaves.extend(map(itemgetter(-3), rows))
                self._last_line = rows[-1][-1]
            else:
                self._leaves = None
        cur = self._dbapi.cursor()
        try:
            if self.sqlite:
                cur.executemany(self._stage_sql, rows)
            else:
                with cur.copy(self._stage_sql) as copy:
                    for r in rows:
                        copy.write_row(r)
        finally:
            cur.close()
        self.records += len(rows)
        self.rows = []

    def finish(self) -> None:
        """Move the staged rows into ``access_entry`` (unless the file already has problems)."""
        self.flush()
        nodes = None
        try:
            if not self.records:
                return
            self._report_too_long()
            if self.problems.count:
                self._report_duplicates()
                return
            # PostgreSQL: rows in id order, so overlapping concurrent imports lock in the same
            # order and never deadlock; SQLite needs a WHERE before ON CONFLICT in INSERT SELECT
            order = "" if self.dialect == "sqlite" else " ORDER BY id"
            where = " WHERE true" if self.dialect == "sqlite" else ""
            if self.dialect == "sqlite":
                # the write lock first (waiting for other writers): after a read of the store,
                # a write fails at once ("database is locked") if another import committed since
                self.conn.exec_driver_sql("DELETE FROM accesslog_dirty WHERE 0")
            # concurrent imports serialise from here to commit
            size = self.entry_log.lock(self.conn)
            if self._leaves is not None and len(self._leaves) == self.records:
                nodes = self.entry_log.precompute(self.conn, size, self._leaves)
            self._leaves = None
            self._find_fresh(empty=self._store_empty())
            bulk = self._bulk()
            for index in bulk:
                self.conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
            result = self._insert(where, order)
            for index in bulk:
                index.create(self.conn)
            inserted = (
                result.rowcount if result.rowcount is not None and result.rowcount >= 0 else 0
            )
            self.new = inserted
            if inserted < self.records:
                self._report_duplicates()
                self._report_conflicts()
            if inserted and not self.problems.count:
                self._make_new()
                self._mark_dirty()
                self.entry_log.append(
                    self.conn, self.STAGE, self.NEW, every=inserted == self.records, nodes=nodes
                )
                if self.on_insert is not None:
                    self.on_insert(self.conn, self.NEW)
        finally:
            if nodes is not None:
                nodes.join()  # (pure computation: done soon, and nothing left running)
            if self.dialect == "sqlite":
                self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.STAGE}")
                self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.FRESH}")
                self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.NEW}")

    def _insert(self, where: str, order: str) -> CursorResult[Any]:
        """The staged rows into ``access_entry``, each id once (an id stored before or twice in
        the file is left out and reported by :meth:`finish`).

        PostgreSQL: ``ON CONFLICT`` inserts each row speculatively, a third of the insert's time
        (83,299 rows: 1,030 -> 700 ms of the server). The append lock is held, so no other import
        inserts now: the rows whose id is not stored are inserted plainly, in a savepoint; only
        when that fails (an id twice in the file) is the insert made again with ``ON CONFLICT``.
        """
        insert = f"INSERT INTO access_entry ({self._cols}) SELECT {self._cols} FROM {self.STAGE}"
        if self.dialect == "postgresql":
            new_only = (
                " s WHERE NOT EXISTS (SELECT 1 FROM access_entry e WHERE e.id = s.id)"
                if self._new_made  # (otherwise the store held no entry: every id is new)
                else ""
            )
            try:
                with self.conn.begin_nested():
                    return self.conn.exec_driver_sql(f"{insert}{new_only}{order}")
            except IntegrityError:
                pass
        return self.conn.exec_driver_sql(f"{insert}{where}{order} ON CONFLICT (id) DO NOTHING")

    def _store_empty(self) -> bool:
        """Whether ``access_entry`` holds no entry (read after the append lock: on PostgreSQL
        no other import can insert before this one commits; SQLite has one writer)."""
        return self.conn.exec_driver_sql("SELECT 1 FROM access_entry LIMIT 1").first() is None

    def _find_fresh(self, *, empty: bool = False) -> None:
        """Before the insert: the citizens of the staged entries whose id is not stored yet.

        ``empty``: the store holds no entry, so every staged id is new; the table of new ids
        (:attr:`NEW`) is then made only when something needs it (:meth:`_make_new`), from the
        stage, instead of probing ``access_entry`` for each id (a tenth of a second at 100,000).

        An entry that a concurrent import (PostgreSQL) stores meanwhile counts as fresh here: its
        citizen is marked twice, which costs a recomputation and nothing else."""
        tmp = "temp." if self.dialect == "sqlite" else "pg_temp."
        on_commit = "" if self.dialect == "sqlite" else " ON COMMIT DROP"
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS {tmp}{self.FRESH}")
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS {tmp}{self.NEW}")
        self._new_made = not empty
        if empty:
            self.conn.exec_driver_sql(
                f"CREATE TEMP TABLE {self.FRESH}{on_commit} AS SELECT DISTINCT patient_id "
                f"FROM {self.STAGE}"
            )
            return
        # the ids this file adds (kept for hooks on exactly the inserted rows, see on_insert)
        self.conn.exec_driver_sql(
            f"CREATE TEMP TABLE {self.NEW}{on_commit} AS SELECT s.id, s.patient_id "
            f"FROM {self.STAGE} s WHERE NOT EXISTS "
            "(SELECT 1 FROM access_entry e WHERE e.id = s.id)"
        )
        self.conn.exec_driver_sql(
            f"CREATE TEMP TABLE {self.FRESH}{on_commit} AS SELECT DISTINCT patient_id "
            f"FROM {self.NEW}"
        )

    def _make_new(self) -> None:
        """After an insert into an empty store: the table of new ids, when the Merkle append
        (not every staged row inserted) or an ``on_insert`` hook reads it. Every staged id was
        new; the ids inserted are the first line of each (later lines with the same id are
        refused as duplicates before this runs)."""
        if self._new_made or (self.new == self.records and self.on_insert is None):
            return
        on_commit = "" if self.dialect == "sqlite" else " ON COMMIT DROP"
        self.conn.exec_driver_sql(
            f"CREATE TEMP TABLE {self.NEW}{on_commit} AS SELECT s.id, s.patient_id "
            f"FROM {self.STAGE} s WHERE NOT EXISTS (SELECT 1 FROM {self.STAGE} d "
            "WHERE d.id = s.id AND d.line < s.line)"
        )
        self._new_made = True

    def _mark_dirty(self) -> None:
        """After the insert, the last write before the commit (the rows stay locked only
        briefly): mark the fresh citizens for the refresh, in citizen order (concurrent imports
        lock the rows in the same order and never deadlock). A citizen marked already gets a
        new ``mark``, so a refresh running meanwhile leaves the row for the next one."""
        self.conn.exec_driver_sql(
            "INSERT INTO accesslog_dirty (patient_id, mark) "
            f"SELECT patient_id, 0 FROM {self.FRESH} WHERE true ORDER BY patient_id "
            "ON CONFLICT (patient_id) DO UPDATE SET mark = accesslog_dirty.mark + 1"
        )

    def _bulk(self) -> list[Any]:
        """SQLite, a file at least as big as the table: the secondary indexes are dropped before
        and rebuilt after the insert (sorting once is several times faster than inserting each
        row into a B-tree in random order). Same transaction: readers keep their snapshot with
        the index, a crash rolls the drop back. Not on PostgreSQL: DROP INDEX would lock out
        readers until the commit."""
        if self.dialect != "sqlite" or self.records < BULK_MIN:
            return []
        existing = self.conn.exec_driver_sql(
            "SELECT coalesce(max(rowid), 0) FROM access_entry"
        ).scalar()
        if self.records < (existing or 0):
            return []
        return sorted(m.AccessEntry.__table__.indexes, key=lambda i: i.name or "")

    def _report_too_long(self) -> None:
        """Values longer than their column allows (one scan of the stage, in the database)."""
        cols = list(ENTRY_LIMITS)
        lengths = ", ".join(f'length("{c}")' for c in cols)
        where = " OR ".join(f'length("{c}") > {ENTRY_LIMITS[c]}' for c in cols)
        sql = f"SELECT line, {lengths} FROM {self.STAGE} WHERE {where} ORDER BY line"
        for line, *lens in self.conn.exec_driver_sql(sql):
            for c, n in zip(cols, lens, strict=True):
                if n is not None and n > ENTRY_LIMITS[c]:
                    self.problems.add_late(
                        line,
                        f"{ENTRY_LABELS.get(c, c)} er {n} tegn lang; højst {ENTRY_LIMITS[c]} tegn",
                    )
                    break

    def _index_stage(self) -> None:
        if not getattr(self, "_indexed", False):
            self.conn.exec_driver_sql(f"CREATE INDEX ix_{self.STAGE} ON {self.STAGE} (id, line)")
            self._indexed = True

    def _report_duplicates(self) -> None:
        """An id on two lines of the same file."""
        self._index_stage()
        sql = (
            f"SELECT s.line, s.id, (SELECT min(f.line) FROM {self.STAGE} f WHERE f.id = s.id) "
            f"FROM {self.STAGE} s WHERE EXISTS (SELECT 1 FROM {self.STAGE} e "
            f"WHERE e.id = s.id AND e.line < s.line) ORDER BY s.line"
        )
        for line, sid, first in self.conn.exec_driver_sql(sql):
            self.problems.add_late(line, f"post-id {sid!r} står også på linje {first}")

    def _report_conflicts(self) -> None:
        """Entries already stored must be the same entries, or it is an error (nothing lost)."""
        self._index_stage()
        if self.dialect == "sqlite":
            differs = (
                "e.patient_id <> s.patient_id OR substr(e.time, 1, 19) <> substr(s.time, 1, 19)"
                " OR e.user_ref IS NOT s.user_ref"
            )
        else:
            differs = (
                "e.patient_id <> s.patient_id"
                " OR date_trunc('second', e.time) <> date_trunc('second', s.time)"
                " OR e.user_ref IS DISTINCT FROM s.user_ref"
            )
        sql = (
            f"SELECT s.line, s.id FROM {self.STAGE} s JOIN access_entry e ON e.id = s.id "
            f"WHERE NOT EXISTS (SELECT 1 FROM {self.STAGE} d WHERE d.id = s.id AND d.line < s.line) "
            f"AND ({differs}) ORDER BY s.line"
        )
        for line, sid in self.conn.exec_driver_sql(sql):
            self.problems.add_late(line, f"post-id {sid!r} findes allerede med et andet indhold")


def _upsert(
    conn: Connection, table_name: str, rows: list[dict[str, Any]], *, update: bool = True
) -> None:
    if not rows:
        return
    table = registry.tables()[table_name]
    if conn.dialect.name == "sqlite":  # imported here: a log import upserts nothing
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    ins = insert(table)
    pk = [c.name for c in table.primary_key]
    # one row per key (the last one wins): PostgreSQL refuses to update a row twice in a statement
    rows = list({tuple(r[k] for k in pk): r for r in rows}.values())
    keep = registry.keep_on_update(table_name)
    changes = {
        c.name: ins.excluded[c.name]
        for c in table.columns
        if update and c.name not in pk and c.name not in keep and c.name in rows[0]
    }
    stmt = (
        ins.on_conflict_do_update(index_elements=pk, set_=changes)
        if changes
        else ins.on_conflict_do_nothing()
    )
    for i in range(0, len(rows), 1000):
        conn.execute(stmt, rows[i : i + 1000])


def _check_ref(known: Known, rtype: str, rid: str) -> bool:
    if rtype in ("Organization", "Practitioner", "PractitionerRole", "Patient"):
        return known.has_id(rtype, rid)
    return True


class _Progress:
    def __init__(self, path: Path, enabled: bool) -> None:
        self.enabled = enabled
        self.counter = [0]
        self.path = path
        self._progress = None
        self._last = 0

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                transient=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(self.path.name, total=self.path.stat().st_size)
        return self

    def add(self, nbytes: int) -> None:
        self.counter[0] += nbytes
        if self._progress is not None and self.counter[0] - self._last > (4 << 20):
            self._last = self.counter[0]
            self._progress.update(self._task, completed=self.counter[0])

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)


def _rank(path: Path) -> int:
    """Where a file goes in an import: master data in dependency order, then the log.

    Read from the first record only (its ``resourceType``); a file that cannot be read this way
    keeps rank 0 and is reported by the import itself.
    """
    try:
        reader = reader_for(path)
        if reader.name == "csv":
            return 10_000
        if reader.name == "bundle":
            return 5_000
        with path.open("rb") as f:
            for line in f:
                if line.strip():
                    rtype = orjson.loads(line.lstrip(b"\xef\xbb\xbf")).get("resourceType")
                    if rtype == "AuditEvent":
                        return 9_000
                    h = registry.handler(rtype)
                    return h.rank if h is not None else 0
                if f.tell() > 1 << 20:
                    break
    except (OSError, ValueError, AttributeError):
        pass
    return 0


def import_order(paths: Iterable[Path]) -> list[Path]:
    """``paths`` sorted so that what a file refers to is imported before it (stable: files of the
    same type keep their order). References that still point forward are retried anyway, but a
    big log file imported before the roster would be read twice."""
    return sorted(paths, key=_rank)


#: called with (file name, [(line, source id)], connection) to warn about source ids that contain
#: a staff member's name or user name; ``indsigt.protect`` provides it when it exists
SourceIdCheck = Callable[[Connection, list[tuple[int, str]]], list[tuple[int, str]]]


def _source_id_check() -> SourceIdCheck | None:
    """The protection layer's check of source ids (policy), if it has one."""
    import importlib

    for module, attr in (
        ("indsigt.protect.sourceids", "names_in_source_ids"),
        ("indsigt.protect.orders", "names_in_source_ids"),
        ("indsigt.protect", "names_in_source_ids"),
    ):
        try:
            fn = getattr(importlib.import_module(module), attr, None)
        except ImportError:
            continue
        if callable(fn):
            return fn
    return None


class FileImport:
    """One file in one transaction: the :class:`~indsigt.ingest.readers.Sink` the readers feed.

    Master records are held (one file's roster, relations, notes) and written after the file is
    read, in the order of their types, so references within the file resolve whatever the line
    order; log entries are mapped as they come (those that point at master data of this file
    wait until it is written) and streamed into the :class:`EntryWriter`.
    """

    def __init__(
        self, importer: Importer, conn: Connection, known: Known, name: str, progress: _Progress
    ) -> None:
        self.importer = importer
        self.conn = conn
        self.known = known
        self.system_users = importer.system_users
        self.max_line_bytes = importer.max_line_bytes
        self.max_depth = importer.max_depth
        self.problems = _Problems(name)
        self.result = FileResult(name)
        self.writer = EntryWriter(conn, self.problems)
        self.aliases: dict[str, tuple[str, str]] = {}
        self.resolver = Resolver(known, self.aliases)
        self.audit = AuditMapper(known, importer.system_users, self.resolver)
        self.masters: list[tuple[int, int, dict]] = []
        self.pending: list[tuple[int, AuditEvent, bytes | None]] = []
        self.ids: dict[tuple[str, str], int] = {}
        self.source_ids: list[tuple[int, str]] = []
        self.progress = progress

    # -- the Sink --------------------------------------------------------------------------
    def problem(self, line: int, message: str, *, dangling: bool = False) -> None:
        self.problems.add(line, message, dangling=dangling)

    def late_problem(self, line: int, message: str) -> None:
        self.problems.add_late(line, message)

    def warn(self, line: int, message: str) -> None:
        if len(self.result.warnings) < MAX_PROBLEMS:
            self.result.warnings.append(f"{self.result.file}:{line}: {_one_line(message)}")

    def count(self, what: str, n: int = 1) -> None:
        self.result.by_type[what] = self.result.by_type.get(what, 0) + n

    def skip(self, what: str, n: int = 1) -> None:
        self.result.skipped[what] = self.result.skipped.get(what, 0) + n

    def tick(self, nbytes: int) -> None:
        self.progress.add(nbytes)

    def alias(self, full_url: str, rtype: str, rid: str) -> None:
        self.aliases[full_url] = (rtype, rid)

    def entry(self, line: int, row: tuple) -> None:
        self.writer.add(row, line)

    def csv_problem(self, line: int, exc: Exception) -> None:
        message, dangling = csv_problem_of(exc)
        self.problems.add(line, message, dangling=dangling)

    def audit_event(self, line: int, ev: AuditEvent, raw: bytes | None) -> None:
        self.count("AuditEvent")
        self._audit(line, ev, raw, wait=True)

    def resource(self, line: int, obj: dict[str, Any]) -> None:
        rtype = obj.get("resourceType")
        if not isinstance(rtype, str) or not rtype:
            self.problems.add(line, "resourceType mangler")
            return
        h = registry.handler(rtype)
        if h is None:
            if rtype in registry.R4_TYPES:
                self.skip(rtype)  # valid FHIR R4, not used by indsigt: counted and skipped
                return
            self.problems.add(
                line,
                f"ukendt ressourcetype {rtype!r}: det er ikke en FHIR R4-ressourcetype",
            )
            return
        if not obj.get("id"):
            self.problems.add(line, f"{rtype} uden id")
            return
        try:
            h.validate(obj)
        except ValueError as exc:
            self.problems.add(line, str(exc))
            return
        except Exception as exc:  # a bug in a reader: a clear problem, not a crash
            self.problems.add(line, _internal(rtype, exc))
            return
        key = (rtype, obj["id"])
        if key in self.ids:
            self.problems.add(line, f"{rtype}/{obj['id']} står også på linje {self.ids[key]}")
            return
        self.ids[key] = line
        self.audit.forget()  # what the file's log entries resolve to may change now
        try:
            if h.register is not None:
                h.register(obj, self.known)
        except Exception as exc:
            self.problems.add(line, _internal(rtype, exc))
            return
        self.masters.append((h.rank, line, obj))
        self.source_ids.append((line, str(obj["id"])))
        self.count(rtype)

    # -- after reading ---------------------------------------------------------------------
    def _audit(self, line: int, ev: AuditEvent, raw: bytes | None, *, wait: bool) -> None:
        kind, value = audit_outcome(self.audit, ev, raw)
        if kind is ROW:
            self.writer.add(value, line)
        elif kind is SKIP:
            self.skip(value)
        elif kind is UNRESOLVED:
            if wait and len(self.pending) < MAX_PENDING:
                self.pending.append((line, ev, raw))
            else:
                self.problems.add(
                    line, f"henvisningen {value} peger på noget, der ikke findes", dangling=True
                )
        elif kind is PROBLEM:
            self.problems.add(line, value)
        else:  # AMBIGUOUS: stored, and said
            self.warn(line, ambiguous_user(value))
            self.writer.add(value, line)

    def finish(self) -> None:
        if self.importer.before_finish is not None:
            self.importer.before_finish()
        self._write_masters()
        self.audit.forget()
        for line, ev, raw in self.pending:
            self._audit(line, ev, raw, wait=False)
        self.writer.flush()
        self._write_provisional()
        if self.importer.after_staging is not None and not self.problems.count:
            created = [(oid[:128], name) for oid, (_, name) in self.known.created.items()]
            self.importer.after_staging(self.writer.hold, created)
        self.writer.finish()
        self._check_source_ids()

    def _write_masters(self) -> None:
        if not self.masters and not self.known.resolves:
            return  # a log file (without loading the plug-ins' tables: start-up time)
        problems, known = self.problems, self.known
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in registry.tables()}
        own: dict[str, list[tuple[int, dict[str, Any]]]] = {t: [] for t in registry.writers()}
        cprs: dict[str, tuple[str, int]] = {}  # CPR -> (Patient id, line) within this file
        self.masters.sort(key=lambda m: (m[0], m[1]))
        for _, lineno, obj in self.masters:
            rtype = str(obj.get("resourceType"))
            try:
                mapped: Mapped = registry.handler(rtype).map(obj, self.resolver)  # type: ignore[union-attr]
            except Unresolved as exc:
                problems.add(
                    lineno, f"henvisningen {exc} peger på noget, der ikke findes", dangling=True
                )
                continue
            except ValueError as exc:
                problems.add(lineno, str(exc))
                continue
            except Exception as exc:  # a bug in the mapping: a clear problem, not a crash
                problems.add(lineno, _internal(rtype, exc))
                continue
            long = next(
                (
                    msg
                    for t, r in [(mapped.table, mapped.row), *mapped.extra]
                    if (msg := _too_long(t, r))
                ),
                None,
            )
            if long:
                problems.add(lineno, f"{rtype}: {long}")
                continue
            if mapped.table == "patient" and mapped.row.get("cpr"):
                cpr, pid = mapped.row["cpr"], mapped.row["id"]
                owner = known.parent.patient_cpr(cpr) if known.parent else None
                if owner and owner != pid:
                    problems.add(lineno, f"CPR-nummeret tilhører allerede Patient/{owner}")
                    continue
                if cpr in cprs and cprs[cpr][0] != pid:
                    other, line = cprs[cpr]
                    problems.add(lineno, f"samme CPR-nummer som Patient/{other} på linje {line}")
                    continue
                cprs[cpr] = (pid, lineno)
            bad = [f"{t}/{i}" for t, i in mapped.refs if not _check_ref(known, t, i)]
            if bad:
                problems.add(
                    lineno,
                    f"henvisningen {', '.join(bad)} peger på noget, der ikke findes",
                    dangling=True,
                )
                continue
            for table, row in [(mapped.table, mapped.row), *mapped.extra]:
                if table in own:
                    own[table].append((lineno, row))
                else:
                    rows[table].append(row)
        if problems.count:
            return
        for table in rows:  # parents first
            _upsert(self.conn, table, rows[table])
        for table, write in registry.writers().items():  # their own writers, after the upserts
            write(self.conn, own[table], self)  # self: problem(...), skip(...)
        self.result.records += len(self.masters)
        self.result.new += len(self.masters)
        if known.resolves:
            self.result.resolved_entries += resolve_provisional(self.conn, known.resolves)

    def _write_provisional(self) -> None:
        """The organisations this file's log entries name and master data does not (yet)."""
        created = self.known.created
        if not created or self.problems.count:
            return
        _upsert(
            self.conn,
            "organization",
            [
                {
                    "id": oid[:128],
                    "sor": sor,
                    "name": name,
                    "type": None,
                    "part_of": None,
                    "municipality_code": None,
                    "provisional": True,
                }
                for oid, (sor, name) in created.items()
            ],
            update=False,
        )
        self.result.provisional_orgs = len(created)

    def _check_source_ids(self) -> None:
        check = self.importer.source_id_check
        if check is None or not self.source_ids or self.problems.count:
            return
        for line, message in check(self.conn, self.source_ids):
            self.warn(line, message)


ROW, SKIP, UNRESOLVED, PROBLEM, AMBIGUOUS = "row", "skip", "unresolved", "problem", "ambiguous"


def audit_outcome(mapper: AuditMapper, ev: AuditEvent, raw: bytes | None) -> tuple[str, Any]:
    """What becomes of one AuditEvent: (ROW, row), (AMBIGUOUS, row: stored with a warning),
    (SKIP, reason), (UNRESOLVED, the reference: maybe later in the file), (PROBLEM, message).
    The one place that decides it, for the importer and its worker processes."""
    try:
        row = mapper.map(ev, raw)
    except NotAboutACitizen:
        return SKIP, "AuditEvent uden borger"
    except Unresolved as exc:
        return UNRESOLVED, exc
    except ValueError as exc:
        return PROBLEM, str(exc)
    except Exception as exc:  # a bug in the mapping: a clear problem, not a crash
        return PROBLEM, _internal("AuditEvent", exc)
    if mapper.ambiguous:
        mapper.ambiguous = 0
        return AMBIGUOUS, row
    return ROW, row


def ambiguous_user(row: tuple) -> str:
    return (
        f"brugeren {row[5]!r} kan være flere medarbejdere (samme brugernavn i flere "
        "domæner); posten vises som en ukendt bruger i organisationen"
    )


def csv_problem_of(exc: Exception) -> tuple[str, bool]:
    """(message, dangling) for a CSV row the mapping refused."""
    if isinstance(exc, Unresolved):
        return f"borgeren {exc.rid!r} findes ikke", True
    if isinstance(exc, ValueError):
        return str(exc), False
    return _internal("CSV-rækken", exc), False  # a bug in the mapping: a clear problem


def _internal(what: str, exc: Exception) -> str:
    """The problem reported when a reader fails on content it should have judged (a bug in
    indsigt): the line is refused with a clear message, the import does not crash. Logged, with
    the error type only (never the content)."""
    from ..logging import get_logger

    get_logger("indsigt.import").warning(
        "reader failed on a line", what=what, error=type(exc).__name__
    )
    return (
        f"{what} kan ikke læses: indsigt fejlede på indholdet ({type(exc).__name__}); "
        "linjen er afvist - meld fejlen med linjen til driften"
    )


class Importer:
    """Imports files: each atomic (one transaction), idempotent, with a report. Files that fail
    only on references to something not imported yet are retried after the others. Nothing
    here refreshes the access log or sends alerts: that is the import service's
    (:mod:`indsigt.importing`)."""

    def __init__(
        self,
        engine: Engine,
        *,
        progress: bool | None = None,
        system_users: Iterable[str] = (),
        on_file: Callable[[FileResult], None] | None = None,
        max_line_bytes: int | None = None,
        max_depth: int | None = None,
        workers: int = 1,
        owe_learning: bool = False,
        hold: bool = False,
        before_finish: Callable[[], None] | None = None,
        while_reading: Callable[[], None] | None = None,
        after_staging: Callable[[FileHold | None, list[tuple[str, str]]], None] | None = None,
        before_fork: Callable[[], None] | None = None,
    ) -> None:
        from ..config import get_settings

        settings = get_settings()
        self.engine = engine
        #: the import service (:func:`indsigt.importing.import_files`, every CLI, API and demo
        #: import) sets it: a file with staff or notes then writes a ``protect_due`` row in its
        #: own transaction, so views that hide someone are refused until the initials are learned
        self.owe_learning = owe_learning
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.system_users = frozenset(system_users)
        self.on_file = on_file
        #: hostile-input limits: longest line (bytes) and deepest JSON nesting accepted
        self.max_line_bytes = max_line_bytes or settings.import_max_line_bytes
        self.max_depth = max_depth or settings.import_max_depth
        self.source_id_check = _source_id_check()
        #: worker processes that read a big log file (:mod:`indsigt.ingest.parallel`); 1: none
        self.workers = workers
        #: keep the stored entries for the refresh after the import (``ImportReport.held``)
        self.hold = hold
        self.held: HeldEntries | None = None
        #: called when a file's reading is done, before its rows are written (the import
        #: service starts reading the refresh's master data then: :mod:`indsigt.accesslog.preload`)
        self.before_finish = before_finish
        #: called when worker processes have begun reading a file (:mod:`.parallel`): the
        #: import service loads the refresh's code then, in a thread, beside the workers
        self.while_reading = while_reading
        #: called before worker processes are forked: the threads it started are done then
        self.before_fork = before_fork
        #: called when a file's rows are all staged, before they are inserted, with the file's
        #: hold (:mod:`.held`) and the provisional organisations it writes (id, name): the
        #: import service computes the access log's refresh ahead then, in a thread
        self.after_staging = after_staging

    def run(
        self, paths: Iterable[str | Path], names: dict[Path, str] | None = None
    ) -> ImportReport:
        """Import files; each atomic. Files failing only on dangling references are retried."""
        with few_collections():
            return self._run(paths, names)

    def _run(
        self, paths: Iterable[str | Path], names: dict[Path, str] | None = None
    ) -> ImportReport:
        report = ImportReport()
        todo = import_order(Path(p) for p in paths)
        with self.engine.connect() as conn:
            known = load_known(conn)
            # only an import into a store without entries is all the refresh reads (.held)
            if self.hold and conn.execute(select(m.AccessEntry.id).limit(1)).first() is None:
                self.held = report.held = HeldEntries()
        failures: dict[Path, ImportFailed] = {}
        while todo:
            progressed = False
            retry: list[Path] = []
            for path in todo:
                name = (names or {}).get(path, str(path))
                try:
                    result = self.import_file(path, known, name=name)
                except ImportFailed as exc:
                    failures[path] = exc
                    if exc.dangling_only:
                        retry.append(path)
                    continue
                failures.pop(path, None)
                report.files.append(result)
                if self.on_file:
                    self.on_file(result)
                progressed = True
            todo = retry if progressed else []
        for exc in failures.values():
            report.problems.extend(exc.problems)
        return report

    def import_file(self, path: Path, known: Known, *, name: str | None = None) -> FileResult:
        name = name or str(path)
        if not path.is_file():
            raise ImportFailed([Problem(name, 0, "filen findes ikke")])
        from . import parallel

        workers = parallel.workers_for(path, self.workers)
        if workers:
            try:
                return self._import_file(path, known, name, workers)
            except parallel.NotAPureLog:
                pass  # master data in the file: read it again, serially (nothing was kept)
        return self._import_file(path, known, name, 0)

    def _import_file(self, path: Path, known: Known, name: str, workers: int) -> FileResult:
        fknown = known.child()
        with self.engine.connect() as conn:
            trans = conn.begin()
            if conn.dialect.name == "sqlite":
                # a big page cache keeps the index B-trees in memory during bulk inserts
                conn.exec_driver_sql("PRAGMA cache_size=-262144")
            try:
                with _Progress(path, self.progress) as progress:
                    job = FileImport(self, conn, fknown, name, progress)
                    if self.held is not None and self.held.valid:
                        job.writer.hold = self.held.file()
                    reader = reader_for(path)
                    if not (workers and _read_parallel(reader, path, job, workers)):
                        reader.read(path, job)
                job.finish()
                job.problems.raise_if_any()
                result = job.result
                result.records += job.writer.records
                result.new += job.writer.new
                file_id = conn.execute(
                    m.ImportedFile.__table__.insert().values(
                        at=utcnow(), name=name[:500], records=result.records, new=result.new
                    )
                ).inserted_primary_key[0]
                if self.owe_learning and LEARN_TYPES & set(result.by_type):
                    # in the file's own transaction: no moment in which its staff or notes are
                    # stored and views that hide someone are not refused (see importing.py)
                    conn.execute(
                        ProtectDue.__table__.insert().values(kind="initials", since=utcnow())
                    )
                trans.commit()
            except BaseException:
                trans.rollback()
                raise
        if self.held is not None:
            hold = job.writer.hold
            stored = hold is not None and job.writer.new == job.writer.records
            self.held.commit(
                hold or FileHold(self.held, valid=False), stored, file_id, result.by_type
            )
        fknown.merge_into_parent()
        return result


def _read_parallel(reader: Any, path: Path, job: FileImport, workers: int) -> bool:
    from . import parallel

    return parallel.read(reader, path, job, workers)


@contextmanager
def few_collections() -> Iterator[None]:
    """An import makes millions of short-lived tuples and holds the known ids (hundreds of
    thousands of objects): the cyclic collector, run every 700 allocations by default, would walk
    them again and again (a tenth of a log import's time). Fewer young collections meanwhile;
    nothing an import makes is cyclic garbage."""
    old = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def import_files(
    engine: Engine, paths: Iterable[str | Path], *, progress: bool | None = None, **kw: Any
) -> ImportReport:
    return Importer(engine, progress=progress, **kw).run(paths)


__all__ = ["FileImport", "ImportFailed", "ImportReport", "Importer", "import_files"]
