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
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import orjson
from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects import postgresql, sqlite

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


@dataclass
class FileResult:
    file: str
    records: int = 0
    new: int = 0
    by_type: dict[str, int] = field(default_factory=dict)


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


class _Problems:
    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[Problem] = []
        self.count = 0
        self.dangling_only = True

    def add(self, line: int, message: str, *, dangling: bool = False) -> None:
        self.count += 1
        if not dangling:
            self.dangling_only = False
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(Problem(self.name, line, message))

    def raise_if_any(self) -> None:
        if self.count:
            items = list(self.items)
            if self.count > len(items):
                items.append(
                    Problem(
                        self.name, items[-1].line, f"... og {self.count - len(items)} fejl mere"
                    )
                )
            raise ImportFailed(items, dangling_only=self.dangling_only)


class EntryWriter:
    """Writes access entries in batches with ``INSERT ... ON CONFLICT DO NOTHING``."""

    def __init__(self, conn: Connection, problems: _Problems) -> None:
        self.conn = conn
        self.problems = problems
        self.dialect = conn.dialect.name
        cols = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
        ph = ", ".join(["?" if self.dialect == "sqlite" else "%s"] * len(ENTRY_COLUMNS))
        self.sql = f"INSERT INTO access_entry ({cols}) VALUES ({ph}) ON CONFLICT (id) DO NOTHING"
        self.rows: list[tuple] = []
        self.lines: list[int] = []
        self.seen: dict[str, int] = {}  # id -> line, within this file
        self.new = 0
        self.records = 0

    def add(self, row: tuple, line: int) -> None:
        first = self.seen.get(row[0])
        if first is not None:
            self.problems.add(line, f"post-id {row[0]!r} står også på linje {first}")
            return
        self.seen[row[0]] = line
        self.rows.append(row)
        self.lines.append(line)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        rows = self.rows
        if self.dialect == "sqlite":
            # the format SQLAlchemy itself stores for DateTime on SQLite, so comparisons hold
            rows = [(*r[:2], r[2].isoformat(" ", "microseconds"), *r[3:]) for r in rows]
        if not self.problems.count:
            result = self.conn.exec_driver_sql(self.sql, rows)
            inserted = result.rowcount if result.rowcount is not None else len(rows)
            if inserted < len(rows):
                self._check_conflicts()
            self.new += max(inserted, 0)
        self.records += len(self.rows)
        self.rows, self.lines = [], []

    def _check_conflicts(self) -> None:
        """Entries already stored must be the same entries, or it is an error (nothing lost)."""
        t = m.AccessEntry.__table__
        by_id = {r[0]: (r, line) for r, line in zip(self.rows, self.lines, strict=True)}
        ids = list(by_id)
        for i in range(0, len(ids), 500):
            for sid, pid, when, user in self.conn.execute(
                select(t.c.id, t.c.patient_id, t.c.time, t.c.user_ref).where(
                    t.c.id.in_(ids[i : i + 500])
                )
            ):
                row, line = by_id[sid]
                if (pid, when.replace(microsecond=0), user) != (
                    row[1],
                    row[2].replace(microsecond=0),
                    row[5],
                ):
                    self.problems.add(line, f"post-id {sid!r} findes allerede med et andet indhold")


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


def _sniff_csv(path: Path) -> bool:
    if path.suffix.lower() == ".csv":
        return True
    if path.suffix.lower() in (".ndjson", ".jsonl", ".json"):
        return False
    with path.open("rb") as f:
        for line in f:
            if line.strip():
                return not line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{")
    return False


class Importer:
    def __init__(
        self,
        engine: Engine,
        *,
        progress: bool | None = None,
        system_users: Iterable[str] = (),
        on_file: Callable[[FileResult], None] | None = None,
    ) -> None:
        self.engine = engine
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.system_users = frozenset(system_users)
        self.on_file = on_file

    def run(
        self, paths: Iterable[str | Path], names: dict[Path, str] | None = None
    ) -> ImportReport:
        """Import files; each atomic. Files failing only on dangling references are retried."""
        report = ImportReport()
        todo = [Path(p) for p in paths]
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
                writer.flush()
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
        with path.open("rb") as f:
            for lineno, line in enumerate(f, 1):
                counter[0] += len(line)
                if lineno % 20000 == 0:
                    progress.tick()
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if not line.strip():
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
                key = (rtype, obj["id"])
                if key in ids:
                    problems.add(lineno, f"{rtype}/{obj['id']} står også på linje {ids[key]}")
                    continue
                ids[key] = lineno
                register(obj, known)
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
            bad = [f"{t}/{i}" for t, i in mapped.refs if not _check_ref(known, t, i)]
            if bad:
                problems.add(
                    lineno,
                    f"henvisningen {', '.join(bad)} peger på noget, der ikke findes",
                    dangling=True,
                )
                continue
            rows[mapped.table].append(mapped.row)
            for table, row in mapped.extra:
                rows[table].append(row)
        if problems.count:
            return
        for table in TABLES:  # parents first
            _upsert(conn, table, rows[table])
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
        with path.open("rb") as f:
            lines: Iterator[str] = decode_lines(iter(f), progress.counter)
            reader = csv.reader(lines, strict=True)
            try:
                header = CsvHeader(next(reader))
            except StopIteration:
                problems.add(1, "filen er tom (en overskriftslinje med kolonnenavne er påkrævet)")
                return
            except UnicodeDecodeError:
                problems.add(1, "filen er ikke UTF-8")
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
                    writer.add(mapper.map(row), lineno)
                except Unresolved as exc:
                    what = "borgeren" if exc.rtype == "Patient" else "organisationen"
                    problems.add(lineno, f"{what} {exc.rid!r} findes ikke", dangling=True)
                except ValueError as exc:
                    problems.add(lineno, str(exc))
            result.by_type["csv"] = n


def _msg(err: str) -> str:
    return err.replace(" - at `$", " (ved `$").replace("`$", "`")


def import_files(
    engine: Engine, paths: Iterable[str | Path], *, progress: bool | None = None, **kw: Any
) -> ImportReport:
    return Importer(engine, progress=progress, **kw).run(paths)


__all__ = ["ImportFailed", "ImportReport", "Importer", "import_files", "nullcontext"]
