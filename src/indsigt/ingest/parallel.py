"""A big log file read by several processes, written by one.

Reading a log file (decoding and validating each line, mapping it to an entry row, and hashing
the row's Merkle leaf) is most of an import's work and needs nothing but the file and the ids
known before the file; writing needs the file's one transaction. So a log file of some size is
cut into parts at line ends, worker processes read the parts with the same readers as the
serial import (``NdjsonReader.read_lines``, ``CsvReader.read_lines``) into a
:class:`PartSink`, and the importing process applies each part's outcome to the file's
:class:`~indsigt.ingest.importer.FileImport`, in file order, while the workers read on:

- rows (with their leaf hash, local day and line) go to the file's ``EntryWriter``;
- problems, warnings, skipped and counted records are replayed in line order, so the report is
  the serial import's;
- an event whose references point at nothing known (yet) is mapped again by the importing
  process (as the serial import does, after the file's master data);
- the provisional organisations a part made are added in file order (the first name wins, as
  serially);
- a reader that stops at a line it cannot read (CSV: not UTF-8, broken quoting) stops the file
  there, as serially.

The workers are forked from the importing process after the file's ids are loaded, so they see
exactly what the serial import would; nothing they hold is written back except through the
outcomes above. A file that is not a pure log (an NDJSON file with master data, which changes
what the log entries resolve to while it is read) is read serially instead, from the start.
Only the CLI uses workers (``INDSIGT_IMPORT_WORKERS``); a server process imports serially.
"""

from __future__ import annotations

import contextlib
import io
import marshal
import mmap
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import MAX_PROBLEMS

#: a part of a file given to one worker at a time (bytes), at most
PART = 4 << 20
#: ... and at least (a smaller file is cut into about :data:`PARTS_PER_WORKER` parts per worker)
MIN_PART = 512 << 10
#: parts per worker: the last parts of a file are read while the importing process stages the
#: first, and no worker idles long at the end waiting for one big last part
PARTS_PER_WORKER = 6
#: files smaller than this are read serially (forking costs more than it saves)
MIN_SIZE = 6 << 20
#: a part never grows beyond this (one enormous line): such a file is read serially
MAX_PART = 64 << 20


class NotAPureLog(Exception):
    """The file holds more than log entries: it must be read serially."""


@dataclass
class Part:
    start: int
    end: int
    first_line: int


@dataclass
class Outcome:
    """What a worker made of one part."""

    rows: list[tuple] = field(default_factory=list)
    #: the rows in ``marshal`` form when they hold only plain values (SQLite: the time is text):
    #: several times cheaper to send back than pickled tuples
    packed: bytes | None = None
    #: ("p", line, message, dangling) problem, ("l", line, message) late problem,
    #: ("w", line, message) warning, ("u", line, raw) unresolved AuditEvent
    events: list[tuple] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    skips: Counter[str] = field(default_factory=Counter)
    #: provisional organisations made while reading the part, in the order made
    created: list[tuple[str, tuple[str | None, str]]] = field(default_factory=list)
    nbytes: int = 0
    #: the reader stopped inside the part (the rest of the file is not read)
    stopped: bool = False
    mixed: bool = False


#: what a worker reads with; set in the importing process just before the workers are forked
_STATE: dict[str, Any] = {}


class PartSink:
    """The :class:`~indsigt.ingest.readers.Sink` of a worker: collects a part's outcome."""

    def __init__(self, state: dict[str, Any]) -> None:
        job = state["job"]
        self.known = job.known
        self.system_users = job.system_users
        self.max_line_bytes = job.max_line_bytes
        self.max_depth = job.max_depth
        self.mapper = job.audit
        self.prepare = job.writer.prepare
        self.out = Outcome()
        self._warnings = 0
        # bound once per part: an import statement per event cost 0.5 us (of about 19)
        from .importer import AMBIGUOUS, PROBLEM, ROW, SKIP, ambiguous_user, audit_outcome

        self._outcome = audit_outcome
        self._kinds = (ROW, SKIP, PROBLEM, AMBIGUOUS)
        self._ambiguous_user = ambiguous_user

    def problem(self, line: int, message: str, *, dangling: bool = False) -> None:
        self.out.events.append(("p", line, message, dangling))

    def late_problem(self, line: int, message: str) -> None:
        self.out.events.append(("l", line, message))

    def warn(self, line: int, message: str) -> None:
        if self._warnings < MAX_PROBLEMS:  # the report keeps no more than these anyway
            self._warnings += 1
            self.out.events.append(("w", line, message))

    def count(self, what: str, n: int = 1) -> None:
        self.out.counts[what] += n

    def skip(self, what: str, n: int = 1) -> None:
        self.out.skips[what] += n

    def tick(self, nbytes: int) -> None:
        pass

    def alias(self, full_url: str, rtype: str, rid: str) -> None:
        raise NotAPureLog

    def resource(self, line: int, obj: dict[str, Any]) -> None:
        raise NotAPureLog

    def entry(self, line: int, row: tuple) -> None:
        self.out.rows.append(self.prepare(row, line))

    def csv_problem(self, line: int, exc: Exception) -> None:
        from .importer import csv_problem_of

        message, dangling = csv_problem_of(exc)
        self.problem(line, message, dangling=dangling)

    def audit_event(self, line: int, ev: Any, raw: bytes | None) -> None:
        self.out.counts["AuditEvent"] += 1
        kind, value = self._outcome(self.mapper, ev, raw)
        row, skip, problem, ambiguous = self._kinds
        if kind is row:
            self.out.rows.append(self.prepare(value, line))
        elif kind is skip:
            self.out.skips[value] += 1
        elif kind is problem:
            self.problem(line, value)
        elif kind is ambiguous:
            self.warn(line, self._ambiguous_user(value))
            self.out.rows.append(self.prepare(value, line))
        else:  # unresolved here: the importing process maps it again (it may know more)
            self.out.events.append(("u", line, raw))


def _read_part(part: Part) -> Outcome:
    """Runs in a worker process."""
    state = _STATE
    sink = PartSink(state)
    created = sink.known.created
    before = len(created)
    with open(state["path"], "rb") as f:
        f.seek(part.start)
        data = f.read(part.end - part.start)
    sink.out.nbytes = len(data)
    buf = io.BytesIO(data)
    try:
        if state["format"] == "csv":
            mapper = state.get("csv_mapper")
            if mapper is None:
                from .csvlog import CsvMapper

                mapper = state["csv_mapper"] = CsvMapper(
                    state["header"], sink.known, sink.system_users
                )
            sink.out.stopped = not state["reader"].read_lines(
                buf, sink, header=state["header"], first_line=part.first_line, mapper=mapper
            )
        else:
            state["reader"].read_lines(buf, sink, part.first_line)
    except NotAPureLog:
        return Outcome(mixed=True)
    sink.out.created = list(created.items())[before:]
    with contextlib.suppress(ValueError):  # datetimes (PostgreSQL): pickled with the outcome
        sink.out.packed, sink.out.rows = marshal.dumps(sink.out.rows), []
    return sink.out


def plan(
    path: Path, start: int, *, csv: bool, part: int | None = None, lines: bool = True
) -> list[Part] | None:
    """The parts of a file from byte ``start`` (which begins a line): cut at line ends (for CSV
    only where no quoted field is open), each about ``part`` bytes. None when a part would be
    too big to hold (an enormous line: the serial reader skips it without holding it).
    ``lines=False``: the parts' first lines are left 0, for :func:`numbered` to count."""
    part = part or PART
    parts: list[Part] = []
    size = path.stat().st_size
    if size <= start:
        return []
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        line = 1 + _newlines(mm, 0, start) if lines else 0
        pos = start
        while pos < size:
            end = min(pos + part, size)
            if end < size:
                nl = mm.find(b"\n", end - 1)
                if csv:  # a line end inside quotes is not a row end: even quotes before it
                    quotes = mm[pos : nl + 1].count(b'"') if nl >= 0 else 0
                    while nl >= 0 and quotes % 2:
                        nxt = mm.find(b"\n", nl + 1)
                        if nxt >= 0:
                            quotes += mm[nl + 1 : nxt + 1].count(b'"')
                        nl = nxt
                end = size if nl < 0 else nl + 1
            if end - pos > MAX_PART:
                return None
            parts.append(Part(pos, end, line))
            if lines:
                line += _newlines(mm, pos, end)
            pos = end
    return parts


def numbered(path: Path, parts: list[Part]) -> Iterator[Part]:
    """``parts`` (of :func:`plan` with ``lines=False``) with their first lines, each counted as
    the part is handed out: the importing process counts a part's lines while the workers read
    the parts before it, instead of counting the whole file before the first worker starts
    (40 ms of 219 MB NDJSON). Each part is mapped only while it is counted (a file mapped
    whole would stay in the process's resident memory as it is read)."""
    if not parts:
        return
    with path.open("rb") as f:
        fd = f.fileno()
        line = 1 + _count(fd, 0, parts[0].start)
        for i, p in enumerate(parts):
            if i:
                line += _count(fd, parts[i - 1].start, parts[i - 1].end)
            p.first_line = line
            yield p


def _count(fd: int, start: int, end: int) -> int:
    """The line ends in bytes ``start:end`` of the file ``fd``."""
    if end <= start:
        return 0
    base = start - start % mmap.ALLOCATIONGRANULARITY
    with mmap.mmap(fd, end - base, access=mmap.ACCESS_READ, offset=base) as mm:
        return _newlines(mm, start - base, end - base)


#: lines this long on average (bytes) or longer are counted one ``find`` each (see _newlines)
_LONG_LINES = 256


def _newlines(mm: mmap.mmap, start: int, end: int) -> int:
    """How many line ends ``mm[start:end]`` holds. Long lines (NDJSON AuditEvents, 0.6-2.2 kB)
    are counted one ``find`` (``memchr``) each: ``mm[start:end].count`` copies the part and then
    looks at every byte, several times slower there (80 -> 18 ms for 100,000 lines of 2.2 kB);
    short lines (CSV rows) by that one pass, which is cheaper for them."""
    find = mm.find
    n = 0
    i = find(b"\n", start, end)
    while i >= 0:
        n += 1
        if n == 64 and i - start < 64 * _LONG_LINES:
            return n + mm[i + 1 : end].count(b"\n")
        i = find(b"\n", i + 1, end)
    return n


def workers_for(path: Path, requested: int) -> int:
    """How many worker processes to read ``path`` with (0: read it serially)."""
    if requested <= 1 or os.name != "posix":
        return 0
    try:
        if path.stat().st_size < MIN_SIZE:
            return 0
    except OSError:
        return 0
    return requested


def read(reader: Any, path: Path, job: Any, workers: int) -> bool:
    """Read ``path`` into the FileImport ``job`` with ``workers`` processes. Returns False when
    the file must be read serially instead (nothing has been applied to ``job`` then, unless
    :class:`NotAPureLog` is raised: the caller starts the file again)."""
    state: dict[str, Any] = {"job": job, "path": str(path), "reader": reader}
    if reader.name == "csv":
        with path.open("rb") as f:
            head = reader.header(f)
        if head is None:
            return False
        state["format"], (state["header"], start) = "csv", head
    elif reader.name == "ndjson":
        state["format"], start = "ndjson", 0
    else:
        return False
    part = min(PART, max(MIN_PART, path.stat().st_size // (workers * PARTS_PER_WORKER)))
    parts = plan(path, start, csv=state["format"] == "csv", part=part, lines=False)
    if parts is None or len(parts) < 2:
        return False
    if state["format"] == "csv":
        job.tick(start)
    global _STATE
    _STATE = state
    try:
        ctx = multiprocessing.get_context("fork")
        importer = getattr(job, "importer", None)
        # no thread of ours runs at a fork (a worker must not inherit an import lock it holds)
        quiet = getattr(importer, "before_fork", None)
        if quiet is not None:
            quiet()
        with ctx.Pool(workers) as pool:
            # the workers are forked: a thread may start now
            hook = getattr(importer, "while_reading", None)
            if hook is not None:
                hook()
            todo = numbered(path, parts)
            window: deque[Any] = deque()
            try:
                for p in todo:
                    window.append(pool.apply_async(_read_part, (p,)))
                    if len(window) >= 2 * workers:
                        break
                while window:
                    out: Outcome = window.popleft().get()
                    nxt = next(todo, None)
                    if nxt is not None:
                        window.append(pool.apply_async(_read_part, (nxt,)))
                    if out.mixed:
                        raise NotAPureLog
                    _apply(job, out)
                    if out.stopped:
                        break
            finally:
                # The pool ends by closing and joining, never by terminate() alone (what leaving
                # ``with`` does): terminate() takes the task queue's lock, which an idle worker
                # holds while it waits for a task, and kills workers that may be sending a
                # part's outcome; an import of master data hung there once (2026-12-05). So
                # the parts still being read are waited for (a file that is not a pure log, a
                # reader that stopped), and the workers are let go and joined.
                for pending in window:
                    pending.wait()
                pool.close()
                pool.join()
                todo.close()
    finally:
        _STATE = {}
    return True


def _apply(job: Any, out: Outcome) -> None:
    """One part's outcome into the file's import, as the serial reader would have left it."""
    decode = None
    for ev in out.events:
        kind = ev[0]
        if kind == "p":
            job.problem(ev[1], ev[2], dangling=ev[3])
        elif kind == "l":
            job.late_problem(ev[1], ev[2])
        elif kind == "w":
            job.warn(ev[1], ev[2])
        else:  # "u": map again here, with what the importing process knows by now
            if decode is None:
                from .audit_schema import decode
            job._audit(ev[1], decode(ev[2]), ev[2], wait=True)
    created = job.known.created
    for oid, value in out.created:
        if oid not in created and not job.known.is_provisional(oid) and not job.known.has_org(oid):
            created[oid] = value
    for what, n in out.counts.items():
        job.count(what, n)
    for what, n in out.skips.items():
        job.skip(what, n)
    job.tick(out.nbytes)
    job.writer.add_prepared(marshal.loads(out.packed) if out.packed is not None else out.rows)


__all__ = ["NotAPureLog", "plan", "read", "workers_for"]
