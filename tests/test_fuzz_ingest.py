"""Hostile input for the NDJSON and CSV readers.

Property: whatever a file holds, importing it either stores it or fails with ``FILE:LINE:
message`` problems (``ImportFailed``) - never another exception, never a hang. Oversized lines
and deeply nested JSON are refused with a clear message. Every input that once broke something
is kept in ``tests/corpus/`` and replayed here.

Budget: ``INDSIGT_FUZZ_EXAMPLES`` inputs per property (default 150) and at most
``INDSIGT_FUZZ_SECONDS_PER_INPUT`` (default 10) seconds per input; the counts and times of a run
go to ``artifacts/fuzz-<backend>-<xdist worker>.json``.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import builders as b
from indsigt.db import init_db
from indsigt.ingest.common import ImportFailed
from indsigt.ingest.csvlog import COLUMNS
from indsigt.ingest.fhir import ACCEPTED_TYPES
from indsigt.ingest.importer import Importer, load_known

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
EXAMPLES = int(os.environ.get("INDSIGT_FUZZ_EXAMPLES", "150"))
#: CPU seconds one input may use (CPU time: a busy shared machine does not fail it)
PER_INPUT_S = float(os.environ.get("INDSIGT_FUZZ_SECONDS_PER_INPUT", "10"))
#: a hang guard only (a deadlock uses no CPU): far above any input's normal wall time
HANG_S = float(os.environ.get("INDSIGT_FUZZ_HANG_SECONDS", "300"))
STATS: dict[str, dict[str, float]] = {}

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the hang guard below is a hard limit instead
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


class Hang(Exception):
    pass


@contextmanager
def time_limit(cpu_seconds: float, hang_seconds: float = HANG_S) -> Iterator[None]:
    """Fail (not wait) when one input uses more than ``cpu_seconds`` of CPU (ITIMER_PROF: user
    and system time of this process, whatever else the machine runs), or does not finish at all
    within ``hang_seconds`` (a hang guard for waits that use no CPU)."""

    def _cpu(_sig: int, _frame: Any) -> None:
        raise Hang(f"an input used more than {cpu_seconds}s of CPU")

    def _hang(_sig: int, _frame: Any) -> None:
        raise Hang(f"an input did not finish within {hang_seconds}s")

    old_prof = signal.signal(signal.SIGPROF, _cpu)
    old_alarm = signal.signal(signal.SIGALRM, _hang)
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    signal.setitimer(signal.ITIMER_REAL, hang_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, old_prof)
        signal.signal(signal.SIGALRM, old_alarm)


PROBLEM = re.compile(r"^(?P<file>.+):(?P<line>\d+): (?P<msg>[^\n]+)$")


class Harness:
    """One database with a small roster; each input is imported as a file of its own."""

    def __init__(self, url: str, world: dict, workdir: Path) -> None:
        self.engine = init_db(url)
        self.importer = Importer(self.engine, progress=False)
        self.dir = workdir
        self.dir.mkdir()
        roster = b.write_ndjson(
            self.dir / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"]
        )
        report = self.importer.run([roster])
        assert report.ok, report.problems
        with self.engine.connect() as conn:
            self.known = load_known(conn)
        self.n = 0

    def check(self, data: bytes, suffix: str, label: str) -> None:
        self.n += 1
        path = self.dir / f"in{self.n}{suffix}"
        path.write_bytes(data)
        lines = data.count(b"\n") + 1
        t0 = time.process_time()
        try:
            with time_limit(PER_INPUT_S):
                self.importer.import_file(path, self.known)
        except ImportFailed as exc:
            assert exc.problems, "ImportFailed without problems"
            for p in exc.problems:
                m = PROBLEM.match(str(p))
                assert m, f"not FILE:LINE: message: {str(p)!r}"
                assert p.file == str(path)
                assert 0 <= p.line <= lines + 1, (p.line, lines)
        finally:
            stat = STATS.setdefault(label, {"inputs": 0, "seconds": 0.0, "slowest_s": 0.0})
            dt = time.process_time() - t0  # CPU seconds
            stat["inputs"] += 1
            stat["seconds"] += dt
            stat["slowest_s"] = max(stat["slowest_s"], dt)
            path.unlink(missing_ok=True)


@pytest.fixture
def harness(db_url: str, world: dict, tmp_path: Path) -> Iterator[Harness]:
    # the inputs go into the test's own directory, which pytest removes (not a mkdtemp of its own:
    # that left ~4 MB in /tmp per test, ~40 MB per run)
    h = Harness(db_url, world, tmp_path / "inputs")
    yield h
    h.engine.dispose()


@pytest.fixture(scope="module", autouse=True)
def _write_stats() -> Iterator[None]:
    yield
    backend = "pg" if os.environ.get("INDSIGT_TEST_PG") else "sqlite"
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    out = ROOT / "artifacts" / f"fuzz-{backend}-{worker}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"examples_per_property": EXAMPLES, "properties": STATS}, indent=2))


# -- strategies ----------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.text(min_size=120, max_size=700)  # longer than most columns
)
json_values = st.recursive(
    json_scalars,
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=12), c, max_size=4),
    max_leaves=12,
)
KEYS = [
    "id", "identifier", "name", "type", "partOf", "practitioner", "organization", "code",
    "patient", "subject", "managingOrganization", "period", "status", "serviceProvider",
    "participant", "start", "end", "requester", "performer", "authoredOn", "date", "author",
    "custodian", "content", "description", "recorded", "action", "outcome", "agent", "source",
    "entity", "purposeOfEvent", "address", "telecom", "meta", "extension", "text",
]  # fmt: skip


@st.composite
def resource_like(draw: st.DrawFn) -> dict:
    rtype = draw(st.sampled_from([*ACCEPTED_TYPES, "Medication", "", "auditevent"]))
    obj: dict[str, Any] = {"resourceType": rtype}
    for key in draw(st.lists(st.sampled_from(KEYS), max_size=8, unique=True)):
        obj[key] = draw(json_values)
    return obj


def _valid_resources() -> list[dict]:
    return [
        b.org("f-org", "Fuzz afdeling", sor="777", part_of="o-hosp"),
        b.practitioner("f-s", "Ole", "Fuzz", username="ofz", auth="FZ1", email="o@f.dk"),
        b.role("f-r", "s-holm", "o-kard", "Sygeplejerske"),
        b.patient("f-p", "Eva", "Fuzz", cpr="0101011234", address=("Vej 1", "9000", "By")),
        b.episode("f-ep", "p1", "o-kard", "2026-01-10", "2026-02-01"),
        b.encounter("f-en", "p1", "o-kard", "2026-01-10T08:00:00+01:00", "2026-01-12T10:00:00+01:00", ["r-holm"]),
        b.appointment("f-ap", "p1", "r-skov", "2026-03-01T09:00:00+01:00", "2026-03-01T09:30:00+01:00"),
        b.referral("f-rf", "p1", "r-skov", "o-rtg", "2026-01-11"),
        b.document("f-d", "p1", "r-holm", "2026-01-11T10:00:00+01:00", "Notat.", custodian="o-kard"),
        b.audit("f-a", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm", what="Journal"),
        b.audit("f-b", "p1", "2026-01-11T23:00:00+01:00", external=("x", "Vikar"), org_id="o-kard"),
    ]  # fmt: skip


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@st.composite
def mutated_resource(draw: st.DrawFn) -> dict:
    """A valid resource with a few of its elements replaced, removed or retyped."""
    obj = copy.deepcopy(draw(st.sampled_from(_valid_resources())))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(obj) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = obj
        for k in path[:-1]:
            parent = parent[k]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(json_values)
    return obj


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


ndjson_line = st.one_of(
    st.binary(max_size=200),
    json_values.map(_dump),
    resource_like().map(_dump),
    mutated_resource().map(_dump),
    mutated_resource().map(_dump),
    st.sampled_from([b"", b"   ", b"\xef\xbb\xbf{}", b"{", b"[]", b"null", b'"x"', b"\x00"]),
)


# -- properties ----------------------------------------------------------------------------------


@pytest.mark.slow
@FUZZ
@given(lines=st.lists(ndjson_line, min_size=1, max_size=12), crlf=st.booleans())
def test_fuzz_ndjson(harness: Harness, lines: list[bytes], crlf: bool) -> None:
    harness.check((b"\r\n" if crlf else b"\n").join(lines), ".ndjson", "ndjson")


cell = st.one_of(
    st.text(max_size=30),
    st.text(min_size=100, max_size=600),
    st.sampled_from(
        ["p1", "6512401234", "651240-1234", "AB123", "kab", "SOR:111", "o-kard", "TREAT", "BTG",
         "2026-02-01T08:00:00+01:00", "2026-02-01T08:00:00", "", " ", '"', "\n", "\x00"]
    ),
)  # fmt: skip


@st.composite
def csv_file(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=400))
    cols = draw(st.permutations(COLUMNS))
    cols = cols[: draw(st.integers(1, len(cols)))]
    if draw(st.integers(0, 5)) == 0:
        cols = [*cols, draw(st.text(max_size=8))]
    valid = {
        "regKode": "fz",
        "cprNrBorger": "6512401234",
        "bruger": "kab",
        "ansvarlig": "AB123",
        "orgUsingID": "SOR:111",
        "systemName": "Cura",
        "handling": "Opslag",
        "sessionId": "s1",
        "tidspunkt": "2026-02-01T08:00:00+01:00",
        "brugerNavn": "Vikar",
        "formaal": "TREAT",
    }
    if draw(st.booleans()):  # mostly valid rows with one or two hostile fields: they reach the DB
        rows = []
        for _ in range(draw(st.integers(1, 6))):
            r = [valid.get(c, "x") for c in cols]
            for _ in range(draw(st.integers(1, 2))):
                r[draw(st.integers(0, len(r) - 1))] = draw(cell)
            rows.append(r)
    else:
        rows = draw(st.lists(st.lists(cell, min_size=0, max_size=len(cols) + 1), max_size=8))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    w.writerow(cols)
    for i, r in enumerate(rows):
        if not r:
            continue
        r = list(r)
        if "regKode" in cols and len(r) > cols.index("regKode") and draw(st.booleans()):
            r[cols.index("regKode")] = f"fz{i}"
        w.writerow(r)
    data = buf.getvalue().encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 5)) == 0:  # raw damage: cut, or bytes that are not UTF-8
        at = draw(st.integers(0, len(data)))
        data = (
            data[:at] + draw(st.sampled_from([b"", b"\xff\xfe", b'"', b"\x00", b"\r"])) + data[at:]
        )
    if draw(st.integers(0, 7)) == 0:
        data = b"\xef\xbb\xbf" + data
    return data


@pytest.mark.slow
@FUZZ
@given(data=csv_file())
def test_fuzz_csv(harness: Harness, data: bytes) -> None:
    harness.check(data, ".csv", "csv")


# -- limits --------------------------------------------------------------------------------------


def _problems(harness: Harness, data: bytes, suffix: str, **limits: int) -> list[str]:
    path = harness.dir / f"limit{suffix}"
    path.write_bytes(data)
    importer = Importer(harness.engine, progress=False, **limits)
    with pytest.raises(ImportFailed) as exc, time_limit(30):
        importer.import_file(path, harness.known)
    return [str(p) for p in exc.value.problems]


def test_oversized_line_is_refused_clearly(harness: Harness) -> None:
    good = json.dumps(b.audit("lim-1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm"))
    huge = '{"resourceType": "Patient", "id": "x", "pad": "' + "a" * 5000 + '"}'
    data = f"{good}\n{huge}\n{good.replace('lim-1', 'lim-2')}\n".encode()
    msgs = _problems(harness, data, ".ndjson", max_line_bytes=4096)
    assert len(msgs) == 1 and re.search(
        r":2: linjen er 5[,.]?0\d\d bytes lang; grænsen er 4[,.]?096", msgs[0]
    )
    csv_data = (
        b"regKode,cprNrBorger,bruger,tidspunkt\n"
        + b"c1,p1,"
        + b"x" * 5000
        + b",2026-01-01T00:00:00Z\n"
    )
    msgs = _problems(harness, csv_data, ".csv", max_line_bytes=4096)
    assert len(msgs) == 1 and ":2: linjen er" in msgs[0] and "grænsen er" in msgs[0]


def test_line_longer_than_memory_should_hold_is_skipped_in_chunks(harness: Harness) -> None:
    """A 64 MB line with an 8 MB limit: refused without reading it into memory at once."""
    import resource

    path = harness.dir / "giant.ndjson"
    with path.open("wb") as f:
        f.write(b'{"resourceType": "Patient", "id": "g", "pad": "')
        chunk = b"a" * (1 << 20)
        for _ in range(64):
            f.write(chunk)
        f.write(b'"}\n')
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImportFailed) as exc, time_limit(60):
        Importer(harness.engine, progress=False).import_file(path, harness.known)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "grænsen er" in str(exc.value.problems[0]) and exc.value.problems[0].line == 1
    assert grown_mb < 40, f"peak memory grew {grown_mb:.0f} MB for a 64 MB line"


@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
def test_deeply_nested_json_is_refused_clearly(harness: Harness, depth: int) -> None:
    nest = "[" * depth + "]" * depth
    audit = json.dumps(b.audit("deep-1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm"))
    lines = [
        audit[:-1] + ', "extension": [{"url": "x", "valueString": "y", "z": ' + nest + "}]}",
        '{"resourceType": "Patient", "id": "d", "x": ' + nest + "}",
        nest,
    ]
    msgs = _problems(harness, "\n".join(lines).encode(), ".ndjson")
    assert len(msgs) == 3
    for i, m in enumerate(msgs, 1):
        assert f":{i}: JSON er indlejret" in m and "grænsen er 64" in m


def test_nesting_at_the_limit_is_fine(harness: Harness) -> None:
    """An ordinary resource with a nested extension well inside the limit still imports."""
    ev = b.audit("nest-ok", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm")
    inner: Any = "v"
    for _ in range(40):
        inner = [inner]
    ev["extension"] = [{"url": "urn:x", "valueString": "x", "deep": inner}]
    path = b.write_ndjson(harness.dir / "nest.ndjson", [ev])
    harness.importer.import_file(path, harness.known)


# -- corpus --------------------------------------------------------------------------------------


def _corpus() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".ndjson", ".csv"))


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_corpus(harness: Harness, path: Path) -> None:
    """Inputs that once broke something. ``NAME.expect`` (optional): text a problem must hold."""
    data = path.read_bytes()
    harness.check(data, path.suffix, "corpus")
    expect = path.with_suffix(path.suffix + ".expect")
    if expect.exists():
        copy_ = harness.dir / path.name
        copy_.write_bytes(data)
        with pytest.raises(ImportFailed) as exc, time_limit(PER_INPUT_S):
            harness.importer.import_file(copy_, harness.known)
        wanted = expect.read_text(encoding="utf-8").strip()
        assert any(wanted in str(p) for p in exc.value.problems), [
            str(p) for p in exc.value.problems
        ]


def test_the_depth_checks_bracket_count_is_that_of_count() -> None:
    """``too_deep`` counts the opening brackets in one ``translate`` pass: the same number as
    ``count`` of each, on any bytes (and a line at the limit is not looked at further)."""
    import random

    from indsigt.ingest.readers import _NOT_OPENING, too_deep

    rnd = random.Random(7)
    for n in (0, 1, 2, 64, 65, 3000):
        for _ in range(50):
            line = bytes(rnd.choice(b'{[]}"x\\\x00\xff') for _ in range(n))
            assert len(line.translate(None, _NOT_OPENING)) == line.count(b"{") + line.count(b"[")
    assert too_deep(b"[" * 64 + b"]" * 64, 64) is None
    assert "65 niveauer" in (too_deep(b"[" * 65 + b"]" * 65, 64) or "")
