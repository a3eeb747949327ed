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

import csv
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import msgspec
import orjson
from sqlalchemy import Connection, Engine, String, select
from sqlalchemy.dialects import postgresql, sqlite

from ..pregnancy.fhir_import import WRITERS  # tables stored by their own writer (issue 16)
from ..store import models as m
from ..timeutil import utcnow
from .audit_schema import AuditEvent
from .common import MAX_PROBLEMS, ImportFailed, Known, Problem
from .csvlog import CsvHeader, CsvMapper, decode_lines
from .fhir import (
    ACCEPTED_TYPES,
    ENTRY_COLUMNS,
    Mapped,
    Unresolved,
    map_audit_event,
    map_master,
    register,
    validate_master,
)

BATCH = 5000
#: a SQLite file import at least this big, into a table no bigger, rebuilds the indexes once
BULK_MIN = 50_000
MAX_PENDING = 100_000
_audit_decoder = msgspec.json.Decoder(AuditEvent)

TABLES = {
    "organization": m.Organization.__table__,
    "staff": m.Staff.__table__,
    "staff_role": m.StaffRole.__table__,
    "patient": m.Patient.__table__,
    "relation": m.Relation.__table__,
    "relation_staff": m.RelationStaff.__table__,
    "document": m.Document.__table__,
}


def _limits(table: Any) -> dict[str, int]:
    return {
        c.name: c.type.length
        for c in table.columns
        if isinstance(c.type, String) and c.type.length is not None
    }


#: the longest text each column holds (PostgreSQL enforces it; SQLite would store longer text)
LIMITS = {name: _limits(t) for name, t in TABLES.items()}
ENTRY_LIMITS = _limits(m.AccessEntry.__table__)
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
    for col, n in LIMITS.get(table, {}).items():
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

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "records": self.records,
            "new": self.new,
            "by_type": self.by_type,
        }


@dataclass
class ImportReport:
    files: list[FileResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_known(conn: Connection) -> Known:
    k = Known()
    for oid, sor in conn.execute(select(m.Organization.id, m.Organization.sor)):
        k.orgs.add(oid)
        if sor:
            k.sor[sor] = oid
    for sid, auth, user, cpr in conn.execute(
        select(m.Staff.id, m.Staff.auth_id, m.Staff.username, m.Staff.cpr)
    ):
        k.staff.add(sid)
        for alias in (auth, cpr):
            if alias:
                k.staff_by_alias[alias] = sid
        if user:
            k.staff_by_alias[user] = sid
            k.staff_by_alias[user.lower()] = sid
            if "\\" in user:
                k.staff_by_alias[user.split("\\", 1)[1].lower()] = sid
    for rid, sid, oid in conn.execute(
        select(m.StaffRole.id, m.StaffRole.staff_id, m.StaffRole.organization_id)
    ):
        k.roles[rid] = (sid, oid)
    for pid, cpr in conn.execute(select(m.Patient.id, m.Patient.cpr)):
        k.patients.add(pid)
        if cpr:
            k.patient_by_cpr[cpr] = pid
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

    def __init__(self, conn: Connection, problems: _Problems) -> None:
        self.conn = conn
        self.problems = problems
        self.dialect = conn.dialect.name
        self.rows: list[tuple] = []
        self.new = 0
        self.records = 0
        self._dbapi = conn.connection.dbapi_connection
        cols = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
        self._cols = cols
        if self.dialect == "sqlite":
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.STAGE}")
            conn.exec_driver_sql(f"CREATE TEMP TABLE {self.STAGE} ({cols}, line INTEGER)")
            ph = ", ".join(["?"] * (len(ENTRY_COLUMNS) + 1))
            self._stage_sql = f"INSERT INTO temp.{self.STAGE} VALUES ({ph})"
        else:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS pg_temp.{self.STAGE}")
            conn.exec_driver_sql(
                f"CREATE TEMP TABLE {self.STAGE} (LIKE access_entry) ON COMMIT DROP"
            )
            # text, not varchar(n): too long values are reported by line (finish), not a crash
            alter = ", ".join(f'ALTER COLUMN "{c}" TYPE text' for c in ENTRY_LIMITS)
            conn.exec_driver_sql(f"ALTER TABLE {self.STAGE} {alter}, ADD COLUMN line integer")
            self._stage_sql = f"COPY {self.STAGE} ({cols}, line) FROM STDIN"

    def add(self, row: tuple, line: int) -> None:
        self.rows.append((*row, line))
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Stage the rows gathered so far."""
        if not self.rows:
            return
        rows = self.rows
        cur = self._dbapi.cursor()
        try:
            if self.dialect == "sqlite":
                # the format SQLAlchemy itself stores for DateTime on SQLite, so comparisons hold
                cur.executemany(
                    self._stage_sql,
                    [(*r[:2], r[2].isoformat(" ", "microseconds"), *r[3:]) for r in rows],
                )
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
            self._find_fresh()
            bulk = self._bulk()
            for index in bulk:
                self.conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
            result = self.conn.exec_driver_sql(
                f"INSERT INTO access_entry ({self._cols}) SELECT {self._cols} FROM {self.STAGE}"
                f"{where}{order} ON CONFLICT (id) DO NOTHING"
            )
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
                self._mark_dirty()
        finally:
            if self.dialect == "sqlite":
                self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.STAGE}")
                self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.FRESH}")

    def _find_fresh(self) -> None:
        """Before the insert: the citizens of the staged entries whose id is not stored yet.

        An entry that a concurrent import (PostgreSQL) stores meanwhile counts as fresh here: its
        citizen is marked twice, which costs a recomputation and nothing else."""
        tmp = "temp." if self.dialect == "sqlite" else "pg_temp."
        on_commit = "" if self.dialect == "sqlite" else " ON COMMIT DROP"
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS {tmp}{self.FRESH}")
        self.conn.exec_driver_sql(
            f"CREATE TEMP TABLE {self.FRESH}{on_commit} AS SELECT DISTINCT s.patient_id "
            f"FROM {self.STAGE} s WHERE NOT EXISTS "
            "(SELECT 1 FROM access_entry e WHERE e.id = s.id)"
        )

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


def _upsert(conn: Connection, table_name: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = TABLES[table_name]
    ins = (sqlite if conn.dialect.name == "sqlite" else postgresql).insert(table)
    pk = [c.name for c in table.primary_key]
    update = {c.name: ins.excluded[c.name] for c in table.columns if c.name not in pk}
    stmt = (
        ins.on_conflict_do_update(index_elements=pk, set_=update)
        if update
        else ins.on_conflict_do_nothing()
    )
    for i in range(0, len(rows), 1000):
        conn.execute(stmt, rows[i : i + 1000])


def _check_ref(known: Known, rtype: str, rid: str) -> bool:
    if rtype == "Organization":
        return known.has_org(rid)
    if rtype == "Practitioner":
        return known.has_staff(rid)
    if rtype == "PractitionerRole":
        return known.role(rid) is not None
    if rtype == "Patient":
        return known.has_patient(rid)
    return True


class _Progress:
    def __init__(self, path: Path, enabled: bool) -> None:
        self.enabled = enabled
        self.counter = [0]
        self.path = path
        self._progress = None

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

    def tick(self) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=self.counter[0])

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)


class LineTooLong(ValueError):
    """A physical line longer than the import limit (read no further than the limit)."""


def bounded_lines(f: BinaryIO, limit: int) -> Iterator[bytes]:
    """The lines of a binary file, each at most ``limit`` bytes (newline not counted).

    A longer line is never held in memory: it is skipped in chunks and :class:`LineTooLong` is
    raised with its length, so one hostile line cannot exhaust memory.
    """
    readline = f.readline
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not (len(line) == limit + 1 and line.endswith(b"\n")):
            size = len(line)
            while not line.endswith(b"\n"):
                line = readline(1 << 20)
                if not line:
                    break
                size += len(line)
            raise LineTooLong(
                f"linjen er {size:,} bytes lang; grænsen er {limit:,} bytes (INDSIGT_IMPORT_MAX_LINE_BYTES)"
            )
        yield line


def json_depth(value: Any) -> int:
    """How deeply a decoded JSON value nests (a scalar is 0, ``[]`` is 1)."""
    depth = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            v = v.values()
        elif not isinstance(v, list):
            continue
        d += 1
        depth = max(depth, d)
        stack.extend((c, d) for c in v if isinstance(c, dict | list))
    return depth


def _too_deep(line: bytes, limit: int) -> str | None:
    """A message when the JSON on ``line`` nests deeper than ``limit``, else None (cheap when
    the line has fewer brackets than the limit, as every ordinary FHIR resource has)."""
    if line.count(b"{") + line.count(b"[") <= limit:
        return None
    try:
        depth = json_depth(orjson.loads(line))
    except orjson.JSONDecodeError as exc:
        if "depth" not in str(exc) and "recursion" not in str(exc):
            return None  # not deep, just invalid: the reader reports it
        depth = 1025
    if depth <= limit:
        return None
    more = "over 1024" if depth > 1024 else str(depth)
    return f"JSON er indlejret {more} niveauer dybt; grænsen er {limit} (INDSIGT_IMPORT_MAX_DEPTH)"


def _sniff_csv(path: Path) -> bool:
    if path.suffix.lower() == ".csv":
        return True
    if path.suffix.lower() in (".ndjson", ".jsonl", ".json"):
        return False
    with path.open("rb") as f:
        head = f.read(64 * 1024)
    for line in head.splitlines():
        if line.strip():
            return not line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{")
    return False


def _rank(path: Path) -> int:
    """Where a file goes in an import: master data in dependency order, then the log.

    Read from the first record only (its ``resourceType``); a file that cannot be read this way
    keeps rank 0 and is reported by the import itself.
    """
    try:
        if _sniff_csv(path):
            return len(ACCEPTED_TYPES)
        with path.open("rb") as f:
            for line in f:
                if line.strip():
                    rtype = orjson.loads(line.lstrip(b"\xef\xbb\xbf")).get("resourceType")
                    return ACCEPTED_TYPES.index(rtype) if rtype in ACCEPTED_TYPES else 0
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


class Importer:
    def __init__(
        self,
        engine: Engine,
        *,
        progress: bool | None = None,
        system_users: Iterable[str] = (),
        on_file: Callable[[FileResult], None] | None = None,
        max_line_bytes: int | None = None,
        max_depth: int | None = None,
    ) -> None:
        from ..config import get_settings

        settings = get_settings()
        self.engine = engine
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.system_users = frozenset(system_users)
        self.on_file = on_file
        #: hostile-input limits: longest line (bytes) and deepest JSON nesting accepted
        self.max_line_bytes = max_line_bytes or settings.import_max_line_bytes
        self.max_depth = max_depth or settings.import_max_depth

    def run(
        self, paths: Iterable[str | Path], names: dict[Path, str] | None = None
    ) -> ImportReport:
        """Import files; each atomic. Files failing only on dangling references are retried."""
        report = ImportReport()
        todo = import_order(Path(p) for p in paths)
        with self.engine.connect() as conn:
            known = load_known(conn)
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
        if report.files:  # keep the precomputed access log in step with every import
            from ..accesslog import after_import

            after_import(self.engine, report)
        return report

    def import_file(self, path: Path, known: Known, *, name: str | None = None) -> FileResult:
        name = name or str(path)
        if not path.is_file():
            raise ImportFailed([Problem(name, 0, "filen findes ikke")])
        fknown = known.child()
        problems = _Problems(name)
        result = FileResult(name)
        with self.engine.connect() as conn:
            trans = conn.begin()
            if conn.dialect.name == "sqlite":
                # a big page cache keeps the index B-trees in memory during bulk inserts
                conn.exec_driver_sql("PRAGMA cache_size=-262144")
            try:
                writer = EntryWriter(conn, problems)
                with _Progress(path, self.progress) as progress:
                    if _sniff_csv(path):
                        self._read_csv(path, fknown, writer, problems, progress, result)
                    else:
                        self._read_ndjson(path, fknown, writer, problems, conn, progress, result)
                writer.finish()
                problems.raise_if_any()
                result.records += writer.records
                result.new += writer.new
                conn.execute(
                    m.ImportedFile.__table__.insert().values(
                        at=utcnow(), name=name[:500], records=result.records, new=result.new
                    )
                )
                trans.commit()
            except BaseException:
                trans.rollback()
                raise
        fknown.merge_into_parent()
        return result

    # -- NDJSON ----------------------------------------------------------------------------
    def _read_ndjson(
        self,
        path: Path,
        known: Known,
        writer: EntryWriter,
        problems: _Problems,
        conn: Connection,
        progress: _Progress,
        result: FileResult,
    ) -> None:
        masters: list[tuple[int, dict]] = []
        pending: list[tuple[int, AuditEvent]] = []
        ids: dict[tuple[str, str], int] = {}
        counter = progress.counter
        max_depth = self.max_depth
        with path.open("rb") as f:
            lines = bounded_lines(f, self.max_line_bytes)
            lineno = 0
            while True:
                lineno += 1
                try:
                    line = next(lines)
                except StopIteration:
                    break
                except LineTooLong as exc:
                    problems.add(lineno, str(exc))
                    continue
                counter[0] += len(line)
                if lineno % 20000 == 0:
                    progress.tick()
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if not line.strip():
                    continue
                if b"\x00" in line or b"\\u0000" in line:
                    problems.add(
                        lineno, "linjen indeholder et NUL-tegn (\\u0000), som ikke kan gemmes"
                    )
                    continue
                deep = _too_deep(line, max_depth)
                if deep is not None:
                    problems.add(lineno, deep)
                    continue
                if b'"AuditEvent"' in line:
                    try:
                        ev = _audit_decoder.decode(line)
                    except msgspec.DecodeError as exc:
                        ev = None
                        err = str(exc)
                    if ev is not None:
                        result.by_type["AuditEvent"] = result.by_type.get("AuditEvent", 0) + 1
                        self._audit(ev, lineno, known, writer, problems, pending)
                        continue
                    # not a valid AuditEvent: find out what it is for a precise message
                    try:
                        obj = orjson.loads(line)
                    except orjson.JSONDecodeError as exc:
                        problems.add(lineno, f"ugyldig JSON: {exc}")
                        continue
                    if isinstance(obj, dict) and obj.get("resourceType") == "AuditEvent":
                        problems.add(lineno, "AuditEvent er ikke gyldig FHIR R4: " + _msg(err))
                        continue
                else:
                    try:
                        obj = orjson.loads(line)
                    except orjson.JSONDecodeError as exc:
                        problems.add(lineno, f"ugyldig JSON: {exc}")
                        continue
                if not isinstance(obj, dict):
                    problems.add(lineno, "linjen er ikke et JSON-objekt")
                    continue
                rtype = obj.get("resourceType")
                if rtype not in ACCEPTED_TYPES:
                    problems.add(
                        lineno,
                        f"ukendt ressourcetype {rtype!r}; indsigt tager imod: {', '.join(ACCEPTED_TYPES)}"
                        if rtype
                        else "resourceType mangler",
                    )
                    continue
                if not obj.get("id"):
                    problems.add(lineno, f"{rtype} uden id")
                    continue
                try:
                    validate_master(obj)
                except ValueError as exc:
                    problems.add(lineno, str(exc))
                    continue
                except Exception as exc:  # a bug in a reader: a clear problem, not a crash
                    problems.add(lineno, _internal(rtype, exc))
                    continue
                key = (rtype, obj["id"])
                if key in ids:
                    problems.add(lineno, f"{rtype}/{obj['id']} står også på linje {ids[key]}")
                    continue
                ids[key] = lineno
                try:
                    register(obj, known)
                except Exception as exc:
                    problems.add(lineno, _internal(rtype, exc))
                    continue
                masters.append((lineno, obj))
                result.by_type[rtype] = result.by_type.get(rtype, 0) + 1
        progress.tick()
        self._write_masters(masters, known, problems, conn, result)
        for lineno, ev in pending:
            self._audit(ev, lineno, known, writer, problems, None)

    def _audit(
        self,
        ev: AuditEvent,
        lineno: int,
        known: Known,
        writer: EntryWriter,
        problems: _Problems,
        pending: list[tuple[int, AuditEvent]] | None,
    ) -> None:
        try:
            row = map_audit_event(ev, known, self.system_users)
        except Unresolved as exc:
            if pending is not None and len(pending) < MAX_PENDING:
                pending.append((lineno, ev))
            else:
                problems.add(
                    lineno, f"henvisningen {exc} peger på noget, der ikke findes", dangling=True
                )
            return
        except ValueError as exc:
            problems.add(lineno, str(exc))
            return
        except Exception as exc:  # a bug in the mapping: a clear problem, not a crash
            problems.add(lineno, _internal("AuditEvent", exc))
            return
        writer.add(row, lineno)

    def _write_masters(
        self,
        masters: list[tuple[int, dict]],
        known: Known,
        problems: _Problems,
        conn: Connection,
        result: FileResult,
    ) -> None:
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        own: dict[str, list[tuple[int, dict[str, Any]]]] = {t: [] for t in WRITERS}
        cprs: dict[str, tuple[str, int]] = {}  # CPR -> (Patient id, line) within this file
        for lineno, obj in masters:
            try:
                mapped: Mapped = map_master(obj, known)
            except Unresolved as exc:
                problems.add(
                    lineno, f"henvisningen {exc} peger på noget, der ikke findes", dangling=True
                )
                continue
            except ValueError as exc:
                problems.add(lineno, str(exc))
                continue
            except Exception as exc:  # a bug in the mapping: a clear problem, not a crash
                problems.add(lineno, _internal(str(obj.get("resourceType")), exc))
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
                problems.add(lineno, f"{obj.get('resourceType')}: {long}")
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
        for table in TABLES:  # parents first
            _upsert(conn, table, rows[table])
        for table, write in WRITERS.items():  # after the relations they refer to
            write(conn, own[table], problems)
        result.records += len(masters)
        result.new += len(masters)

    # -- CSV -------------------------------------------------------------------------------
    def _read_csv(
        self,
        path: Path,
        known: Known,
        writer: EntryWriter,
        problems: _Problems,
        progress: _Progress,
        result: FileResult,
    ) -> None:
        nul_lines: list[int] = []

        def without_nul(raw: Iterator[bytes]) -> Iterator[bytes]:
            # PostgreSQL cannot store NUL: such lines are reported (below) and the file refused
            for i, line in enumerate(raw, 1):
                if b"\x00" in line:
                    nul_lines.append(i)
                    line = line.replace(b"\x00", b"")
                yield line

        with path.open("rb") as f:
            lines: Iterator[str] = decode_lines(
                without_nul(bounded_lines(f, self.max_line_bytes)), progress.counter
            )
            reader = csv.reader(lines, strict=True)
            try:
                header = CsvHeader(next(reader))
            except StopIteration:
                problems.add(1, "filen er tom (en overskriftslinje med kolonnenavne er påkrævet)")
                return
            except UnicodeDecodeError:
                problems.add(1, "filen er ikke UTF-8")
                return
            except LineTooLong as exc:
                problems.add(1, str(exc))
                return
            except csv.Error as exc:
                problems.add(1, f"ugyldig CSV: {exc}")
                return
            except ValueError as exc:
                problems.add(1, str(exc))
                return
            mapper = CsvMapper(header, known, self.system_users)
            n = 0
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except UnicodeDecodeError:
                    problems.add(reader.line_num + 1, "linjen er ikke UTF-8")
                    break
                except LineTooLong as exc:
                    problems.add(reader.line_num + 1, str(exc))
                    break
                except csv.Error as exc:
                    problems.add(reader.line_num, f"ugyldig CSV: {exc}")
                    break
                lineno = reader.line_num
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue
                n += 1
                if n % 20000 == 0:
                    progress.tick()
                try:
                    entry = mapper.map(row)
                except Unresolved as exc:
                    what = "borgeren" if exc.rtype == "Patient" else "organisationen"
                    problems.add(lineno, f"{what} {exc.rid!r} findes ikke", dangling=True)
                    continue
                except ValueError as exc:
                    problems.add(lineno, str(exc))
                    continue
                except Exception as exc:  # a bug in the mapping: a clear problem, not a crash
                    problems.add(lineno, _internal("CSV-rækken", exc))
                    continue
                writer.add(entry, lineno)
            result.by_type["csv"] = n
        for i in nul_lines:
            problems.add_late(i, "linjen indeholder et NUL-tegn (\\x00), som ikke kan gemmes")


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


def _msg(err: str) -> str:
    return err.replace(" - at `$", " (ved `$").replace("`$", "`")


def import_files(
    engine: Engine, paths: Iterable[str | Path], *, progress: bool | None = None, **kw: Any
) -> ImportReport:
    return Importer(engine, progress=progress, **kw).run(paths)


__all__ = ["ImportFailed", "ImportReport", "Importer", "import_files"]
