"""One small reader per input format. A reader only reads: it turns a file into records and hands
them to a :class:`Sink` (the importer), which validates references, writes rows inside the file's
transaction, retries and reports. Formats: FHIR R4 NDJSON, MinLog CSV, a FHIR Bundle (JSON).

Adding a format = a class with ``name``, ``sniff`` and ``read``, listed in :data:`READERS`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import msgspec
import orjson

from .audit_schema import AuditEvent, has_escape
from .audit_schema import decode as decode_event  # not audit_schema.decode_audit_event (ValueError)
from .csvlog import CsvHeader, CsvMapper, decode_lines


class Sink(Protocol):
    """What a reader hands its records to (implemented by the importer)."""

    known: Any
    system_users: frozenset[str]
    max_line_bytes: int
    max_depth: int

    def problem(self, line: int, message: str, *, dangling: bool = False) -> None: ...
    def late_problem(self, line: int, message: str) -> None: ...
    def resource(self, line: int, obj: dict[str, Any]) -> None: ...
    def audit_event(self, line: int, ev: AuditEvent, raw: bytes | None) -> None: ...
    def entry(self, line: int, row: tuple) -> None: ...
    def count(self, what: str, n: int = 1) -> None: ...
    def tick(self, nbytes: int) -> None: ...
    def alias(self, full_url: str, rtype: str, rid: str) -> None: ...


class Reader(Protocol):
    name: str

    def sniff(self, path: Path, head: bytes) -> bool: ...
    def read(self, path: Path, sink: Sink) -> None: ...


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


#: every byte but the brackets that open a JSON level (``too_deep`` keeps those and counts them)
_NOT_OPENING = bytes(c for c in range(256) if c not in b"{[")


def too_deep(line: bytes, limit: int) -> str | None:
    """A message when the JSON on ``line`` nests deeper than ``limit``, else None (cheap when
    the line has fewer brackets than the limit, as every ordinary FHIR resource has)."""
    # the count of "{" and "[" in one pass (two ``count`` passes took 1.5 us a 2.2 kB line, this 0.9)
    if len(line.translate(None, _NOT_OPENING)) <= limit:
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


def _msg(err: str) -> str:
    return err.replace(" - at `$", " (ved `$").replace("`$", "`")


class NdjsonReader:
    """FHIR R4 NDJSON: one resource per line. AuditEvents take the fast strict schema."""

    name = "ndjson"

    def sniff(self, path: Path, head: bytes) -> bool:
        for line in head.splitlines():
            if line.strip():
                return line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{")
        return path.suffix.lower() in (".ndjson", ".jsonl")

    def read(self, path: Path, sink: Sink) -> None:
        with path.open("rb") as f:
            self.read_lines(f, sink)

    def read_lines(self, f: BinaryIO, sink: Sink, first_line: int = 1) -> None:
        """The lines of ``f`` (the file, or a part of it that begins on line ``first_line``)."""
        max_depth = sink.max_depth
        lines = bounded_lines(f, sink.max_line_bytes)
        lineno = first_line - 1
        tick = sink.tick
        audit_event = sink.audit_event
        decode = decode_event
        while True:
            lineno += 1
            try:
                line = next(lines)
            except StopIteration:
                break
            except LineTooLong as exc:
                sink.problem(lineno, str(exc))
                continue
            tick(len(line))
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            # whether the line holds a \u escape: the NUL check and the decoding both ask
            escaped = has_escape(line, b"\\u")
            if b"\x00" in line or (escaped and has_escape(line, b"\\u0000")):
                sink.problem(lineno, "linjen indeholder et NUL-tegn (\\u0000), som ikke kan gemmes")
                continue
            if line.isspace() or not line:
                continue
            deep = too_deep(line, max_depth)
            if deep is not None:
                sink.problem(lineno, deep)
                continue
            if b'"AuditEvent"' in line:
                try:
                    ev = decode(line, escaped)
                except msgspec.DecodeError as exc:
                    ev, err = None, str(exc)
                if ev is not None:
                    audit_event(lineno, ev, line)
                    continue
                try:
                    obj = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    sink.problem(lineno, f"ugyldig JSON: {exc}")
                    continue
                if isinstance(obj, dict) and obj.get("resourceType") == "AuditEvent":
                    sink.problem(lineno, "AuditEvent er ikke gyldig FHIR R4: " + _msg(err))
                    continue
            else:
                try:
                    obj = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    sink.problem(lineno, f"ugyldig JSON: {exc}")
                    continue
            if not isinstance(obj, dict):
                sink.problem(lineno, "linjen er ikke et JSON-objekt")
                continue
            sink.resource(lineno, obj)


class BundleReader:
    """A FHIR Bundle in one JSON file (a transaction, collection, searchset ...). Its entries are
    imported like NDJSON lines; ``fullUrl`` references (``urn:uuid:``, absolute URLs) between
    them resolve to the entries. Problems name the line where the entry begins."""

    name = "bundle"

    def sniff(self, path: Path, head: bytes) -> bool:
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not text.startswith(b"{"):
            return False
        first = text.split(b"\n", 1)[0]
        if first.rstrip().endswith(b"}") and b'"resourceType"' in first:
            return b'"Bundle"' in first  # one resource on one line: NDJSON unless a Bundle
        return b'"Bundle"' in head[:4096]

    def read(self, path: Path, sink: Sink) -> None:
        raw = path.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            doc = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            sink.problem(_line_of(raw, getattr(exc, "pos", 0)), f"ugyldig JSON: {exc}")
            return
        if not isinstance(doc, dict) or doc.get("resourceType") != "Bundle":
            sink.problem(1, "filen er hverken NDJSON eller en FHIR Bundle")
            return
        entries = doc.get("entry") or []
        starts = _entry_lines(raw, len(entries))
        for e in entries:
            res = e.get("resource") if isinstance(e, dict) else None
            if isinstance(res, dict) and isinstance(e.get("fullUrl"), str) and res.get("id"):
                sink.alias(e["fullUrl"], str(res.get("resourceType")), str(res["id"]))
        for n, e in enumerate(entries):
            line = starts[n]
            res = e.get("resource") if isinstance(e, dict) else None
            if not isinstance(res, dict):
                sink.problem(line, f"entry[{n}] har ingen resource")
                continue
            if res.get("resourceType") == "AuditEvent":
                data = orjson.dumps(res)
                try:
                    ev = decode_event(data)
                except msgspec.DecodeError as exc:
                    sink.problem(line, "AuditEvent er ikke gyldig FHIR R4: " + _msg(str(exc)))
                    continue
                sink.audit_event(line, ev, data)
            else:
                sink.resource(line, res)


def _line_of(raw: bytes, pos: int) -> int:
    return raw.count(b"\n", 0, max(pos, 0)) + 1


def _entry_lines(raw: bytes, n: int) -> list[int]:
    """The line on which each of the first ``n`` entries of a pretty-printed Bundle begins
    (best effort: the n-th ``"resource"`` key; 1 when the Bundle is on one line)."""
    out: list[int] = []
    pos = 0
    for _ in range(n):
        pos = raw.find(b'"resource"', pos)
        if pos < 0:
            break
        out.append(_line_of(raw, pos))
        pos += 10
    return out + [out[-1] if out else 1] * (n - len(out))


class CsvReader:
    """MinLog CSV (contract 1.2): a header row, columns in any order and letter case."""

    name = "csv"

    def sniff(self, path: Path, head: bytes) -> bool:
        if path.suffix.lower() == ".csv":
            return True
        if path.suffix.lower() in (".ndjson", ".jsonl", ".json"):
            return False
        for line in head.splitlines():
            if line.strip():
                return not line.lstrip(b"\xef\xbb\xbf \t").startswith(b"{")
        return False

    def read(self, path: Path, sink: Sink) -> None:
        with path.open("rb") as f:
            self.read_lines(f, sink)

    def read_lines(
        self,
        f: BinaryIO,
        sink: Sink,
        *,
        header: CsvHeader | None = None,
        first_line: int = 1,
        mapper: CsvMapper | None = None,
    ) -> bool:
        """The rows of ``f``: the whole file (header first), or with ``header`` a part of it that
        begins on line ``first_line``. Returns False when the reading stopped at a line it could
        not read (what follows was not read, as it is not in a whole file)."""
        nul_lines: list[int] = []
        counter = [0]
        tick = sink.tick

        def without_nul(raw: Iterator[bytes]) -> Iterator[bytes]:
            # PostgreSQL cannot store NUL: such lines are reported (below) and the file refused
            for i, line in enumerate(raw, first_line):
                if b"\x00" in line:
                    nul_lines.append(i)
                    line = line.replace(b"\x00", b"")
                tick(len(line))
                yield line

        lines = decode_lines(
            without_nul(bounded_lines(f, sink.max_line_bytes)), counter, bom=first_line == 1
        )
        reader = csv.reader(lines, strict=True)
        offset = first_line - 1
        if header is None:
            try:
                header = CsvHeader(next(reader))
            except StopIteration:
                sink.problem(1, "filen er tom (en overskriftslinje med kolonnenavne er påkrævet)")
                return False
            except UnicodeDecodeError:
                sink.problem(1, "filen er ikke UTF-8")
                return False
            except LineTooLong as exc:
                sink.problem(1, str(exc))
                return False
            except csv.Error as exc:
                sink.problem(1, f"ugyldig CSV: {exc}")
                return False
            except ValueError as exc:
                sink.problem(1, str(exc))
                return False
        if mapper is None:
            mapper = CsvMapper(header, sink.known, sink.system_users)
        n = 0
        whole = True
        entry = sink.entry
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except UnicodeDecodeError:
                sink.problem(offset + reader.line_num + 1, "linjen er ikke UTF-8")
                whole = False
                break
            except LineTooLong as exc:
                sink.problem(offset + reader.line_num + 1, str(exc))
                whole = False
                break
            except csv.Error as exc:
                sink.problem(offset + reader.line_num, f"ugyldig CSV: {exc}")
                whole = False
                break
            lineno = offset + reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            n += 1
            try:
                mapped = mapper.map(row)
            except Exception as exc:
                sink.csv_problem(lineno, exc)  # type: ignore[attr-defined]
                continue
            if mapper.ambiguous_now:
                sink.warn(lineno, mapper.ambiguous_now)  # type: ignore[attr-defined]
                mapper.ambiguous_now = None
            entry(lineno, mapped)
        sink.count("csv", n)
        for i in nul_lines:
            sink.late_problem(i, "linjen indeholder et NUL-tegn (\\x00), som ikke kan gemmes")
        return whole

    def header(self, f: BinaryIO) -> tuple[CsvHeader, int] | None:
        """The header of a file and the byte offset where its rows begin (None when the header
        is not plain: the whole-file reader then reports what is wrong)."""
        first = f.readline(1 << 20)
        if not first.endswith(b"\n") or b'"' in first:
            return None
        try:
            text = first.decode("utf-8").lstrip("\ufeff")
            return CsvHeader(next(csv.reader([text], strict=True))), len(first)
        except (UnicodeDecodeError, ValueError, csv.Error, StopIteration):
            return None


#: tried in order: the first whose ``sniff`` says yes reads the file
READERS: tuple[Reader, ...] = (CsvReader(), BundleReader(), NdjsonReader())


def reader_for(path: Path) -> Reader:
    with path.open("rb") as f:
        head = f.read(64 * 1024)
    for r in READERS:
        if r.sniff(path, head):
            return r
    return READERS[-1]
