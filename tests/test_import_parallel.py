"""A log file read by worker processes is imported exactly as the serial reader imports it: the same
entries, the same Merkle tree, the same report (problems, warnings, skipped, counted, in the
same order), whatever the parts' boundaries cut through."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import select, text

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest import parallel
from indsigt.ingest.importer import Importer
from indsigt.store import AccessEntry, Organization

HERE = Path(__file__).parent / "interop"


def _roster() -> list[dict]:
    return [
        b.org("o1", "Kardiologi", sor="301"),
        b.practitioner("s1", "Mette", "Holm", username="RSYD\\mho"),
        b.practitioner("s2", "Hans", "Skov", username="RN\\mho"),
        b.role("r1", "s1", "o1", "Sygeplejerske"),
        b.patient("p1", "Anna", "Jensen", cpr="6512401234"),
        b.patient("p2", "Bo", "Hansen", cpr="6512401235"),
    ]


@pytest.fixture
def urls(db_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two fresh databases of the backend under test (one key file: the same leaf salts)."""
    pg = os.environ.get("INDSIGT_TEST_PG")
    if not pg:
        yield db_url, f"sqlite:///{tmp_path / 'other.db'}"
        return
    from sqlalchemy import create_engine

    from pgschema import _drop_pg_schema, schema_name

    schema = schema_name("t_")
    eng = create_engine(pg)
    with eng.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in pg else "?"
    other = f"{pg}{sep}options=-csearch_path%3D{schema}&application_name={schema}"
    yield db_url, other
    _drop_pg_schema(eng, other, schema)


def _state(url: str) -> dict:
    with session_scope(url) as s:
        entries = [
            tuple(getattr(e, c.name) for c in AccessEntry.__table__.columns)
            for e in s.scalars(select(AccessEntry).order_by(AccessEntry.id))
        ]
        orgs = sorted((o.id, o.name, o.provisional) for o in s.scalars(select(Organization)))
        leaves = s.execute(text("SELECT idx, entry_id, hash FROM merkle_leaf ORDER BY idx")).all()
        nodes = s.execute(text("SELECT level, idx, hash FROM merkle_node ORDER BY 1, 2")).all()
        days = s.execute(text("SELECT system, day, received FROM source_day ORDER BY 1, 2")).all()
    return {"entries": entries, "orgs": orgs, "leaves": leaves, "nodes": nodes, "days": days}


def _import(url: str, workers: int, *paths: Path) -> tuple[dict, list]:
    report = Importer(init_db(url), progress=False, workers=workers).run(paths)
    files = [
        {k: v for k, v in f.as_dict().items() if k != "file"} | {"file": Path(f.file).name}
        for f in report.files
    ]
    problems = [f"{Path(p.file).name}:{p.line}: {p.message}" for p in report.problems]
    return {"files": files, "problems": problems}, _state(url)


def _both(urls: tuple[str, str], tmp_path: Path, *files: Path, parts: bool = True) -> tuple:
    roster = b.write_ndjson(tmp_path / "roster.ndjson", _roster())
    serial = _import(urls[0], 1, roster, *files)
    # parts of a few hundred bytes, so a small file is cut many times (and inside quotes)
    sizes, read = (parallel.MIN_SIZE, parallel.PART), parallel.read
    parallel.MIN_SIZE, parallel.PART = 0, 700
    used: list[str] = []

    def spy(reader, path, job, workers):  # type: ignore[no-untyped-def]
        done = read(reader, path, job, workers)
        if done:
            used.append(path.name)
        return done

    parallel.read = spy
    try:
        par = _import(urls[1], 2, roster, *files)
    finally:
        (parallel.MIN_SIZE, parallel.PART), parallel.read = sizes, read
    assert bool(used) == parts, used  # read in parts (or, with master data, not)
    return serial, par


def _csv_rows(n: int) -> list[dict[str, str]]:
    rows = []
    for i in range(n):
        rows.append(
            {
                "regKode": f"c{i}",
                "cprNrBorger": "6512401234" if i % 3 else "p2",
                "bruger": ["RSYD\\mho", "mho", "0101001000", "s1", "ukendt"][i % 5],
                "ansvarlig": "s1" if i % 7 == 0 else "",
                "orgUsingID": ["SOR:301", "YNUMBER:123", "SOR:999", "CVRNUMBER:7"][i % 4],
                "systemName": "EPJ",
                # quoted fields with commas, quotes and line breaks, so parts cut near them
                "handling": f'Opslag "{i}", linje 1\nlinje 2' if i % 4 == 0 else "Opslag",
                "sessionId": f"s{i % 11}",
                "tidspunkt": f"2026-01-{1 + i % 28:02d}T10:{i % 60:02d}:00+01:00",
                "brugerNavn": "" if i % 5 != 4 else "Ekstern Læge",
                "formaal": "BTG" if i % 13 == 0 else "TREAT",
            }
        )
    return rows


def test_a_csv_log_read_in_parts_is_the_serial_import(urls, tmp_path):
    log = b.write_csv(tmp_path / "log.csv", _csv_rows(300))
    serial, par = _both(urls, tmp_path, log)
    assert serial[0]["problems"] == [] and serial[0]["files"][1]["new"] == 300
    assert any(w for f in serial[0]["files"] for w in f["warnings"])  # the ambiguous 'mho'
    assert par[0] == serial[0], _diff(par[0], serial[0])
    assert par[1] == serial[1], _diff(par[1], serial[1])


def test_bad_csv_lines_are_reported_as_serially_and_the_reading_stops_where_it_stops(
    urls, tmp_path
):
    rows = _csv_rows(200)
    rows[20]["tidspunkt"] = "i går"
    rows[150]["cprNrBorger"] = "p-ukendt"
    rows[199]["tidspunkt"] = "i morgen"  # after the line that stops the reading: not read
    log = b.write_csv(tmp_path / "log.csv", rows)
    raw = log.read_bytes().split(b"\n")
    raw[80] = raw[80].replace(b"Opslag", b"Op\x00slag")  # NUL: reported after the reading
    raw[230] = b"c-bad,6512401234,s1,,,,\xff\xfe,,2026-01-01T10:00:00+01:00,,"  # not UTF-8
    log.write_bytes(b"\n".join(raw))
    serial, par = _both(urls, tmp_path, log)
    assert len(serial[0]["problems"]) >= 3
    assert any("ikke UTF-8" in p for p in serial[0]["problems"])
    assert not any("i morgen" in p for p in serial[0]["problems"])
    assert par[0] == serial[0], _diff(par[0], serial[0])
    assert par[1] == serial[1], _diff(par[1], serial[1])


def _events(n: int) -> list[dict]:
    templates = [
        json.loads(x)
        for x in (HERE / "balp" / "balp.ndjson").read_text().splitlines()
        if '"AuditEvent"' in x
    ]
    out = []
    for i in range(n):
        who = "Patient/p1" if i % 2 else "Patient/p2"
        ev = json.loads(
            json.dumps(templates[i % len(templates)]).replace("Patient/ex-patient", who)
        )
        ev["id"] = f"{ev['id']}-{i}"
        ev["recorded"] = f"2026-02-{1 + i % 27:02d}T09:{i % 60:02d}:00Z"
        if i % 9 == 0:  # a citizen who comes later in the same command: mapped again
            ev["entity"] = [{"what": {"reference": "Patient/late"}}]
        if i % 10 == 0:  # the user's organisation by SOR code only: provisional, named
            ev["agent"].append(
                {
                    "who": {
                        "identifier": {"system": "urn:oid:1.2.208.176.1.1", "value": f"77{i % 3}"},
                        "display": f"Afdeling {i}",
                    },
                    "requestor": False,
                }
            )
        out.append(ev)
    bad = json.loads(json.dumps(out[40]))
    bad["recorded"] = "2026-02-30"
    out.insert(41, bad)
    return out


def test_an_audit_event_log_read_in_parts_is_the_serial_import(urls, tmp_path):
    late = b.write_ndjson(tmp_path / "late.ndjson", [b.patient("late", "Sen", "Borger")])
    # one event is not valid R4: the file is refused, with the same report either way
    log = b.write_ndjson(tmp_path / "bad.ndjson", _events(240))
    serial, par = _both(urls, tmp_path, log, late)
    assert serial[0]["problems"] and "recorded" in serial[0]["problems"][0]
    assert par[0] == serial[0], _diff(par[0], serial[0])
    # without it: stored, the same in parts as serially (leaves, nodes, days included)
    events = [e for e in _events(240) if e["recorded"] != "2026-02-30"]
    log = b.write_ndjson(tmp_path / "audit.ndjson", events)
    serial, par = _both(urls, tmp_path, log, late)
    assert serial[0]["problems"] == [] and len(serial[1]["entries"]) > 150
    audit = next(f for f in serial[0]["files"] if f["file"] == "audit.ndjson")
    skipped = audit["skipped"]["AuditEvent uden borger"]  # the query without a patient
    assert skipped > 30 and audit["new"] + skipped == 240 and audit["provisional_orgs"] == 3
    assert par[0] == serial[0], _diff(par[0], serial[0])
    assert par[1] == serial[1], _diff(par[1], serial[1])


def test_a_file_with_master_data_among_the_log_is_read_serially(urls, tmp_path):
    events = [e for e in _events(60) if e["recorded"] != "2026-02-30"]
    events.insert(30, b.practitioner("s3", "Lis", "Berg", username="RSYD\\lis"))
    log = b.write_ndjson(tmp_path / "mixed.ndjson", events)
    late = b.write_ndjson(tmp_path / "late.ndjson", [b.patient("late", "Sen", "Borger")])
    serial, par = _both(urls, tmp_path, late, log, parts=False)
    assert serial[0]["problems"] == []
    assert par[0] == serial[0], _diff(par[0], serial[0])
    assert par[1] == serial[1], _diff(par[1], serial[1])


def _diff(a: dict, b: dict) -> list:  # debugging aid
    out = []
    for k in a:
        if a[k] != b[k]:
            if isinstance(a[k], list):
                out.append(
                    (
                        k,
                        [x for x in a[k] if x not in b[k]][:3],
                        [x for x in b[k] if x not in a[k]][:3],
                    )
                )
            else:
                out.append((k, a[k], b[k]))
    return out


def test_the_worker_pool_ends_with_its_workers_done_not_killed(tmp_path, monkeypatch):
    """A file of master data is found out by the workers (not a pure log) and read again
    serially. The pool must then end with its workers finished and joined: ending it with
    ``terminate()`` while workers still read or wait for a task (it takes the task queue's lock,
    which an idle worker holds) hung an import of the generator's master data once
    (2026-12-05)."""
    import multiprocessing.pool

    from indsigt.db import init_db
    from indsigt.ingest import parallel
    from indsigt.ingest.importer import Importer

    alive_at_end: list[list[bool]] = []
    terminate = multiprocessing.pool.Pool.terminate

    def spy(self):  # type: ignore[no-untyped-def]
        alive_at_end.append([p.is_alive() for p in self._pool])
        return terminate(self)

    monkeypatch.setattr(multiprocessing.pool.Pool, "terminate", spy)
    monkeypatch.setattr(parallel, "MIN_SIZE", 1)
    monkeypatch.setattr(parallel, "MIN_PART", 1024)
    people = [b.patient(f"p{i}", "Navn", f"Borger{i}") for i in range(400)]
    path = b.write_ndjson(tmp_path / "patients.ndjson", people)
    report = Importer(init_db(f"sqlite:///{tmp_path / 'db.sqlite'}"), workers=2).run([path])
    assert report.ok and report.files[0].new == 400
    assert alive_at_end and all(not any(alive) for alive in alive_at_end), alive_at_end


@pytest.mark.parametrize("line_bytes", [1, 40, 255, 256, 3000])
def test_parts_are_numbered_as_the_whole_file_counts_them(tmp_path, line_bytes):
    """The first line of each part, counted as the parts are handed out (``numbered``, one part
    mapped at a time, long lines by ``find``), is that of counting the file before (``plan``);
    ``_count`` of any byte range is ``bytes.count``."""
    import random

    rnd = random.Random(line_bytes)
    lines = [b"x" * rnd.randrange(line_bytes * 2) + b"\n" for _ in range(3000)]
    path = tmp_path / "f.ndjson"
    data = b"".join(lines) + b"no line end at the end"
    path.write_bytes(data)
    for start in (0, len(lines[0]), len(lines[0]) + len(lines[1])):
        for part in (1, 700, 64 << 10):
            counted = parallel.plan(path, start, csv=False, part=part)
            lazy = parallel.plan(path, start, csv=False, part=part, lines=False)
            assert counted is not None and lazy is not None
            assert {p.first_line for p in lazy} == {0}
            numbered = list(parallel.numbered(path, lazy))
            assert [(p.start, p.end, p.first_line) for p in numbered] == [
                (p.start, p.end, p.first_line) for p in counted
            ]
    with path.open("rb") as f:
        for _ in range(300):
            a = rnd.randrange(len(data) + 1)
            z = rnd.randrange(a, len(data) + 1)
            assert parallel._count(f.fileno(), a, z) == data[a:z].count(b"\n")
