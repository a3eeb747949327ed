"""Benchmark of the citizen access log on a large store.

Builds (or reuses) a store, adds one very heavy citizen, and measures:

1. the precomputation (``indsigt.accesslog.refresh``): entries per second over the whole store;
2. the condensed view of the heavy citizen (target < 300 ms);
3. the condensed view of 1,000 random citizens, p50 and p99 (target < 20 ms);
4. freshness: a small import through the importer, then the view shows it.

The store, either way:

- ``--data DIR``: import the generator's files (``python -m indsigt.demo.generate DIR
  --citizens 100000``; about 10.6 million entries) through the importer, as ``indsigt import``
  does. The master data go through full FHIR validation, which takes a while (about half an hour
  for 100,000 citizens on two cores);
- ``--bulk``: bulk-insert synthetic rows straight into the tables (no FHIR): organisations, staff,
  citizens, episodes, encounters and log entries that follow them, plus unexplained noise and
  machine accesses. Minutes instead of half an hour; the rows have the same shape as imported ones.

The heavy citizen (``--heavy-entries``, default 50,000) is always bulk-inserted: a home-care
citizen with three admissions, accesses by the home-care team, the wards, the GP, some noise and
machines.

    .venv/bin/python bench/accesslog_bench.py --db sqlite:////tmp/big.db --bulk --citizens 100000
    .venv/bin/python bench/accesslog_bench.py --db sqlite:////tmp/big.db --data /tmp/gen
    .venv/bin/python bench/accesslog_bench.py --db sqlite:////tmp/big.db   # reuse a built store

``--baseline DIR`` first runs the precomputation of another checkout of indsigt (e.g. ``git
archive main | tar -x -C /tmp/main``) on the same store, in a subprocess with ``DIR/src`` first
on the path, and reports both figures side by side (same machine, same data, same run).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

START = datetime(2026, 1, 1)
DAYS = 180
AT = START + timedelta(days=DAYS + 1)
HEAVY = "pbench-heavy"


def ts(sec: np.ndarray) -> list[str]:
    """Epoch seconds -> the text SQLite stores for DateTime."""
    base = np.datetime64("1970-01-01T00:00:00")
    s = np.datetime_as_string(base + sec.astype("timedelta64[s]"), unit="us")
    return np.char.replace(s, "T", " ").tolist()


def insert(conn: Any, table: str, cols: list[str], rows: list[tuple]) -> None:
    ph = ", ".join("?" for _ in cols)
    names = ", ".join(f'"{c}"' for c in cols)
    for i in range(0, len(rows), 100_000):
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({ph})", rows[i : i + 100_000])


ENTRY_COLS = [
    "id",
    "patient_id",
    "time",
    "action",
    "purpose",
    "user_ref",
    "user_staff_id",
    "user_role_id",
    "user_display",
    "organization_id",
    "system_name",
    "is_system",
    "source",
]


def entry_rows(
    prefix: str,
    pat: list[str],
    t: np.ndarray,
    staff: list[str | None],
    org: list[str | None],
    system: np.ndarray,
    purpose: list[str],
) -> list[tuple]:
    times = ts(t)
    return [
        (
            f"{prefix}{i:09d}",
            p,
            tm,
            "R",
            pu,
            ("fmk-integration" if sy else f"Practitioner/{s}"),
            (None if sy else s),
            None,
            ("FMK-integration" if sy else None),
            o,
            "Bench",
            bool(sy),
            "fhir",
        )
        for i, (p, tm, s, o, sy, pu) in enumerate(
            zip(pat, times, staff, org, system.tolist(), purpose, strict=True)
        )
    ]


# --- a synthetic store ---------------------------------------------------------------------


def build_bulk(url: str, citizens: int, seed: int = 1) -> None:
    """Bulk-insert a synthetic store of about 100 entries per citizen."""
    from indsigt.db import get_engine, init_db

    init_db(url)
    rng = np.random.default_rng(seed)
    t0 = int(START.replace(tzinfo=UTC).timestamp())
    span = DAYS * 86_400
    orgs: list[tuple] = [("reg1", "Region Bench", "region", None)]
    depts, units, clinics = [], [], []
    for h in range(4):
        orgs.append((f"h{h}", f"Bench Sygehus {h}", "hospital", "reg1"))
        for d in range(10):
            depts.append(f"h{h}d{d}")
            orgs.append((f"h{h}d{d}", f"Afdeling {d}", "department", f"h{h}"))
    for m in range(20):
        orgs.append((f"m{m}", f"Benchby {m} Kommune", "municipality", None))
        for u in range(3):
            units.append(f"m{m}u{u}")
            orgs.append((f"m{m}u{u}", f"Hjemmeplejen Benchby {m} {u}", "homecare", f"m{m}"))
    for c in range(max(40, citizens // 2500)):
        clinics.append(f"gp{c}")
        orgs.append((f"gp{c}", f"Lægerne {c}", "gp", None))
    staff_of: dict[str, list[str]] = {}
    staff_rows, role_rows = [], []
    k = 0
    for o, size in [(d, 60) for d in depts] + [(u, 40) for u in units] + [(c, 5) for c in clinics]:
        for _ in range(size):
            sid = f"bs{k:06d}"
            staff_rows.append((sid, "Bench", f"Person{k}", f"Vej {k} 9000".lower()))
            role_rows.append((f"br{k:06d}", sid, o, "Sygeplejerske"))
            staff_of.setdefault(o, []).append(sid)
            k += 1
    pats = [f"pb{i:07d}" for i in range(citizens)]
    patient_rows = [
        (p, f"Borger{i}", f"Efternavn{i % 5000}", f"gade {i} 8000") for i, p in enumerate(pats)
    ]
    rel_rows: list[tuple] = []
    e_pat: list[str] = []
    e_t: list[np.ndarray] = []
    e_staff: list[str | None] = []
    e_org: list[str | None] = []
    n_rel = 0

    def add_entries(p: str, lo: int, hi: int, n: int, org: str) -> None:
        t = rng.integers(lo, max(lo + 1, hi), n)
        e_t.append(t)
        e_pat.extend([p] * n)
        pool = staff_of[org]
        e_staff.extend(pool[j] for j in rng.integers(0, len(pool), n))
        e_org.extend([org] * n)

    for i, p in enumerate(pats):
        gp = clinics[i % len(clinics)]
        for _ in range(int(rng.integers(1, 4))):
            s = t0 + int(rng.integers(0, span))
            n_rel += 1
            rel_rows.append(("encounter", f"be{n_rel}", p, gp, None, s, s + 900, "Konsultation"))
            add_entries(p, s, s + 3600, 3, gp)
        if rng.random() < 0.3:
            dept = depts[int(rng.integers(0, len(depts)))]
            s = t0 + int(rng.integers(0, span - 12 * 86_400))
            los = int(rng.integers(2, 10)) * 86_400
            n_rel += 1
            rel_rows.append(
                ("episode", f"be{n_rel}", p, dept, None, s, s + los + 14 * 86_400, "Forløb")
            )
            n_rel += 1
            rel_rows.append(("encounter", f"be{n_rel}", p, dept, None, s, s + los, "Indlæggelse"))
            add_entries(p, s, s + los, 10 * los // 86_400, dept)
        if rng.random() < 0.05:
            unit = units[int(rng.integers(0, len(units)))]
            n_rel += 1
            rel_rows.append(
                ("episode", f"be{n_rel}", p, unit, None, t0 - 86_400 * 300, None, "Hjemmepleje")
            )
            add_entries(p, t0, t0 + span, 1000, unit)
        if rng.random() < 0.3:  # noise: someone without a relation
            o = depts[int(rng.integers(0, len(depts)))]
            add_entries(p, t0, t0 + span, 1, o)
    t_all = np.concatenate(e_t)
    n = t_all.size
    system = rng.random(n) < 0.02
    purpose = ["TREAT"] * n
    rows = entry_rows("bx", e_pat, t_all, e_staff, e_org, system, purpose)
    eng = get_engine(url)
    with eng.begin() as conn:
        conn.exec_driver_sql("PRAGMA cache_size=-262144")
        insert(conn, "organization", ["id", "name", "type", "part_of"], orgs)
        insert(conn, "staff", ["id", "given", "family", "address_key"], staff_rows)
        insert(conn, "staff_role", ["id", "staff_id", "organization_id", "title"], role_rows)
        insert(conn, "patient", ["id", "given", "family", "address_key"], patient_rows)
        insert(
            conn,
            "relation",
            [
                "kind",
                "id",
                "patient_id",
                "organization_id",
                "other_organization_id",
                "start",
                "end",
                "text",
            ],
            [
                (
                    k_,
                    i_,
                    p_,
                    o_,
                    oo,
                    ts(np.array([s_]))[0],
                    ts(np.array([e_]))[0] if e_ else None,
                    tx,
                )
                for k_, i_, p_, o_, oo, s_, e_, tx in rel_rows
            ],
        )
        insert(conn, "access_entry", ENTRY_COLS, rows)
        conn.execute(
            text(
                "INSERT INTO imported_file (at, name, records, new) VALUES (:at, 'bench bulk', :n, :n)"
            ),
            {"at": datetime.now(UTC).replace(tzinfo=None), "n": n},
        )
    print(f"bulk store: {citizens:,} citizens, {n:,} entries, {len(rel_rows):,} relations")


def import_generated(url: str, data: Path) -> None:
    from indsigt.db import init_db
    from indsigt.ingest.importer import Importer

    files = [
        data / f
        for f in (
            "organizations.ndjson",
            "staff.ndjson",
            "patients.ndjson",
            "relations.ndjson",
            "documents.ndjson",
            "audit.ndjson",
            "log.csv",
        )
    ]
    t = time.perf_counter()
    report = Importer(init_db(url), progress=False).run(files)
    assert report.ok, report.problems[:5]
    print(f"imported {data} in {time.perf_counter() - t:.0f} s")


def add_heavy(url: str, n: int, seed: int = 2) -> None:
    """One citizen with ``n`` entries: home care all period, three admissions, GP, noise, machines."""
    from indsigt.db import get_engine

    eng = get_engine(url)
    rng = np.random.default_rng(seed)
    with eng.begin() as conn:
        conn.execute(text("DELETE FROM access_entry WHERE patient_id = :p"), {"p": HEAVY})
        conn.execute(text("DELETE FROM relation WHERE patient_id = :p"), {"p": HEAVY})
        conn.execute(text("DELETE FROM patient WHERE id = :p"), {"p": HEAVY})
        orgs = dict(conn.execute(text("SELECT id, type FROM organization")).all())
        by_type: dict[str, list[str]] = {}
        for o, ty in orgs.items():
            by_type.setdefault((ty or "").lower(), []).append(o)
        staff_of: dict[str, list[str]] = {}
        for sid, oid in conn.execute(text("SELECT staff_id, organization_id FROM staff_role")):
            staff_of.setdefault(oid, []).append(sid)
        unit = next(
            o for o in sorted(by_type.get("homecare", [])) if len(staff_of.get(o, [])) >= 20
        )
        wards = [
            o for o in sorted(by_type.get("department", [])) if len(staff_of.get(o, [])) >= 10
        ][:3]
        gp = next(o for o in sorted(by_type.get("gp", [])) if staff_of.get(o))
        t0 = int(START.replace(tzinfo=UTC).timestamp())
        span = DAYS * 86_400
        conn.execute(
            text(
                "INSERT INTO patient (id, given, family, address_key) VALUES (:p, 'Tung', 'Borgersen', 'tungvej 1 9000')"
            ),
            {"p": HEAVY},
        )
        rels = [("episode", "hb-hc", unit, t0 - 400 * 86_400, None, "Hjemmepleje")]
        for k, w in enumerate(wards):
            s = t0 + (20 + 50 * k) * 86_400
            rels.append(("episode", f"hb-ep{k}", w, s, s + 20 * 86_400, "Forløb"))
            rels.append(("encounter", f"hb-en{k}", w, s, s + 10 * 86_400, "Indlæggelse"))
        rels.append(
            ("encounter", "hb-gp", gp, t0 + 5 * 86_400, t0 + 5 * 86_400 + 900, "Konsultation")
        )
        insert(
            conn,
            "relation",
            ["kind", "id", "patient_id", "organization_id", "start", "end", "text"],
            [
                (k, i, HEAVY, o, ts(np.array([s]))[0], ts(np.array([e]))[0] if e else None, tx)
                for k, i, o, s, e, tx in rels
            ],
        )
        parts = []  # (count, lo, hi, org)
        parts.append((int(n * 0.82), t0, t0 + span, unit))
        for k, w in enumerate(wards):
            s = t0 + (20 + 50 * k) * 86_400
            parts.append((int(n * 0.05), s, s + 10 * 86_400, w))
        parts.append((int(n * 0.01), t0, t0 + span, gp))
        noise_org = sorted(by_type.get("department", []))[-1]
        parts.append((int(n * 0.005), t0, t0 + span, noise_org))
        used = sum(p[0] for p in parts)
        pat, tt, st, org = [], [], [], []
        for cnt, lo, hi, o in parts:
            tt.append(rng.integers(lo, hi, cnt))
            pool = staff_of[o]
            st += [pool[j] for j in rng.integers(0, len(pool), cnt)]
            org += [o] * cnt
            pat += [HEAVY] * cnt
        sys_n = n - used
        tt.append(rng.integers(t0, t0 + span, sys_n))
        st += [None] * sys_n
        org += [None] * sys_n
        pat += [HEAVY] * sys_n
        system = np.array([s is None for s in st])
        rows = entry_rows("hb", pat, np.concatenate(tt), st, org, system, ["TREAT"] * n)
        conn.exec_driver_sql("PRAGMA cache_size=-262144")
        insert(conn, "access_entry", ENTRY_COLS, rows)
        conn.execute(
            text(
                "INSERT INTO imported_file (at, name, records, new) VALUES (:at, 'bench heavy', :n, :n)"
            ),
            {"at": datetime.now(UTC).replace(tzinfo=None), "n": n},
        )
    print(f"heavy citizen {HEAVY}: {n:,} entries")


# --- measurements --------------------------------------------------------------------------


def timed(fn: Any, repeat: int, cpu: list[float] | None = None) -> list[float]:
    """Wall milliseconds per call (CPU milliseconds appended to ``cpu``)."""
    out = []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        out.append((time.perf_counter() - t) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - c) * 1000)
    return out


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


_BASELINE = """
import json, resource, sys, time
from indsigt.accesslog import refresh
from indsigt.db import get_engine
r = refresh(get_engine(sys.argv[1]), force=True)
print(json.dumps({"entries": r.entries, "cells": r.cells, "seconds": r.seconds,
                  "cpu_seconds": r.cpu_seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


#: the table of cells older versions write (a row per cell; replaced by migration 0006)
_OLD_CELLS = """CREATE TABLE accesslog_cell (
    id {pk}, patient_id VARCHAR(128) NOT NULL, day INTEGER NOT NULL,
    actor VARCHAR(260) NOT NULL, display VARCHAR(300), org_id VARCHAR(128) NOT NULL,
    cls VARCHAR(1) NOT NULL, rule VARCHAR(16) NOT NULL, rel VARCHAR(160) NOT NULL,
    flags INTEGER NOT NULL, n INTEGER NOT NULL, first BIGINT NOT NULL, last BIGINT NOT NULL)"""


def baseline(url: str, checkout: Path) -> dict[str, Any]:
    """The precomputation of another checkout on the same store (a subprocess). A checkout from
    before migration 0006 writes its cells into ``accesslog_cell``: the table is made for the
    run and dropped after it."""
    import os
    import subprocess

    from sqlalchemy import inspect

    from indsigt.db import get_engine

    eng = get_engine(url)
    made = False
    with eng.begin() as conn:
        if not inspect(conn).has_table("accesslog_cell"):
            pg = conn.dialect.name == "postgresql"
            conn.exec_driver_sql(
                _OLD_CELLS.format(pk="BIGSERIAL PRIMARY KEY" if pg else "INTEGER PRIMARY KEY")
            )
            conn.exec_driver_sql(
                "CREATE INDEX ix_accesslog_cell_patient ON accesslog_cell (patient_id)"
            )
            conn.exec_driver_sql(
                "CREATE INDEX ix_accesslog_cell_unexplained ON accesslog_cell (actor, day) "
                "WHERE cls IN ('u', 'f')"
            )
            made = True
    env = {**os.environ, "PYTHONPATH": str(checkout / "src")}
    try:
        r = subprocess.run(
            [sys.executable, "-c", _BASELINE, url],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        if made:
            with eng.begin() as conn:
                conn.exec_driver_sql("DROP TABLE accesslog_cell")
    if r.returncode != 0:
        raise SystemExit(f"baseline failed:\n{r.stderr[-3000:]}")
    out = json.loads(r.stdout.strip().splitlines()[-1])
    out["entries_per_s"] = round(out["entries"] / out["seconds"])
    out["entries_per_cpu_s"] = round(out["entries"] / max(out["cpu_seconds"], 1e-9))
    print(
        f"baseline ({checkout}): {out['entries']:,} entries -> {out['cells']:,} cells in "
        f"{out['seconds']:.1f} s ({out['entries_per_s']:,} entries/s; {out['cpu_seconds']:.1f} s "
        f"CPU, {out['entries_per_cpu_s']:,} entries per CPU second), peak {out['peak_mb']:.0f} MB",
        flush=True,
    )
    return out


def measure(url: str, samples: int, seed: int = 3, *, precompute: bool = True) -> dict[str, Any]:
    from indsigt.accesslog import build_log, refresh
    from indsigt.db import get_engine, session_scope
    from indsigt.protect.base import NoProtection
    from indsigt.views import log_view

    eng = get_engine(url)
    out: dict[str, Any] = {}
    with eng.connect() as c:
        out["entries"] = c.execute(text("SELECT COUNT(*) FROM access_entry")).scalar()
        out["citizens"] = c.execute(text("SELECT COUNT(*) FROM patient")).scalar()
    import resource

    r = refresh(eng, force=precompute)
    out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out["refresh"] = {
        "entries": r.entries,
        "cells": r.cells,
        "seconds": round(r.seconds, 1),
        "cpu_seconds": round(r.cpu_seconds, 1),
        "entries_per_s": round(r.rate),
        "entries_per_cpu_s": round(r.entries / max(r.cpu_seconds, 1e-9)),
        "templates": r.templates,
    }
    print(
        f"refresh: {r.entries:,} entries -> {r.cells:,} cells in {r.seconds:.1f} s "
        f"({r.rate:,.0f} entries/s; {r.cpu_seconds:.1f} s CPU, "
        f"{r.entries / max(r.cpu_seconds, 1e-9):,.0f} entries per CPU second)",
        flush=True,
    )
    with session_scope(url) as s:
        heavy_n = s.execute(
            text("SELECT COUNT(*) FROM access_entry WHERE patient_id = :p"), {"p": HEAVY}
        ).scalar()
        if heavy_n:
            build_log(s, HEAVY, AT, NoProtection())  # warm
            fast_cpu: list[float] = []
            fast = timed(lambda: build_log(s, HEAVY, AT, NoProtection()), 15, fast_cpu)
            view = timed(lambda: log_view(s, HEAVY, None, AT), 5)
            live = timed(lambda: build_log(s, HEAVY, AT, NoProtection(), entries=True), 3)
            doc = build_log(s, HEAVY, AT, NoProtection())
            out["heavy"] = {
                "entries": heavy_n,
                "groups": len(doc["groups"]),
                "condensed_ms_p50": round(statistics.median(fast), 1),
                "condensed_ms_max": round(max(fast), 1),
                "condensed_cpu_ms_p50": round(statistics.median(fast_cpu), 1),
                "log_view_ms_p50": round(statistics.median(view), 1),
                "with_entries_ms_p50": round(statistics.median(live), 1),
            }
            print(
                f"heavy citizen ({heavy_n:,} entries, {len(doc['groups'])} groups): condensed "
                f"p50 {statistics.median(fast):.1f} ms, max {max(fast):.1f} ms; log_view p50 "
                f"{statistics.median(view):.1f} ms; with --entries {statistics.median(live):.0f} ms",
                flush=True,
            )
        pats = [p for (p,) in s.execute(text("SELECT patient_id FROM accesslog_patient"))]
        rnd = random.Random(seed)
        chosen = rnd.sample(pats, min(samples, len(pats)))
        times, cpus, views, sizes = [], [], [], []
        for p in chosen:
            t, c = time.perf_counter(), time.process_time()
            d = build_log(s, p, AT, NoProtection())
            times.append((time.perf_counter() - t) * 1000)
            cpus.append((time.process_time() - c) * 1000)
            sizes.append(d["total"])
        for p in chosen[:200]:
            t = time.perf_counter()
            log_view(s, p, None, AT)
            views.append((time.perf_counter() - t) * 1000)
        out["typical"] = {
            "citizens": len(chosen),
            "entries_median": statistics.median(sizes),
            "condensed_ms_p50": round(pct(times, 0.5), 2),
            "condensed_ms_p99": round(pct(times, 0.99), 2),
            "condensed_cpu_ms_p50": round(pct(cpus, 0.5), 2),
            "condensed_cpu_ms_p99": round(pct(cpus, 0.99), 2),
            "log_view_ms_p50": round(pct(views, 0.5), 2),
            "log_view_ms_p99": round(pct(views, 0.99), 2),
        }
        print(
            f"{len(chosen)} random citizens (median {statistics.median(sizes):.0f} entries): "
            f"condensed p50 {pct(times, 0.5):.2f} ms, p99 {pct(times, 0.99):.2f} ms; log_view "
            f"(200) p50 {pct(views, 0.5):.2f} ms, p99 {pct(views, 0.99):.2f} ms",
            flush=True,
        )
    return out


def freshness(url: str) -> dict[str, Any]:
    """Import one new entry for a random citizen through the importer; the view shows it."""
    from indsigt.accesslog import build_log
    from indsigt.db import get_engine, session_scope
    from indsigt.ingest.importer import Importer
    from indsigt.protect.base import NoProtection

    with session_scope(url) as s:
        p, role = s.execute(
            text(
                "SELECT e.patient_id, r.id FROM access_entry e JOIN staff_role r ON r.staff_id = e.user_staff_id "
                "WHERE e.patient_id != :h LIMIT 1"
            ),
            {"h": HEAVY},
        ).one()
        before = build_log(s, p, AT, NoProtection())["total"]
    ev = {
        "resourceType": "AuditEvent",
        "id": f"fresh-{time.time_ns()}",
        "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110"},
        "action": "R",
        "recorded": "2026-06-20T10:00:00+02:00",
        "outcome": "0",
        "agent": [{"who": {"reference": f"PractitionerRole/{role}"}, "requestor": True}],
        "source": {"observer": {"display": "Bench"}},
        "entity": [{"what": {"reference": f"Patient/{p}"}}],
    }
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "fresh.ndjson"
        f.write_text(json.dumps(ev) + "\n", encoding="utf-8")
        t = time.perf_counter()
        report = Importer(get_engine(url), progress=False).run([f])
        took = time.perf_counter() - t
    assert report.ok, report.problems
    with session_scope(url) as s:
        after = build_log(s, p, AT, NoProtection())["total"]
    print(
        f"freshness: import of 1 entry incl. refresh {took:.1f} s; citizen total {before} -> {after}"
    )
    return {"import_with_refresh_s": round(took, 1), "before": before, "after": after}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLAlchemy URL of the store")
    ap.add_argument("--data", type=Path, help="import the generator's files from here first")
    ap.add_argument("--bulk", action="store_true", help="bulk-insert a synthetic store first")
    ap.add_argument("--citizens", type=int, default=100_000)
    ap.add_argument("--heavy-entries", type=int, default=50_000)
    ap.add_argument("--samples", type=int, default=1000)
    ap.add_argument("--no-freshness", action="store_true")
    ap.add_argument(
        "--views-only", action="store_true", help="keep the store and its cells; time the views"
    )
    ap.add_argument("--json", type=Path)
    ap.add_argument("--baseline", type=Path, help="another checkout to measure first (its src/)")
    a = ap.parse_args(argv)
    if a.bulk:
        build_bulk(a.db, a.citizens)
    elif a.data:
        import_generated(a.db, a.data)
    if not a.views_only:
        add_heavy(a.db, a.heavy_entries)
    base = baseline(a.db, a.baseline) if a.baseline else None
    res = measure(a.db, a.samples, precompute=not a.views_only)
    if base is not None:
        res["baseline"] = base
        print(
            f"precomputation: {res['refresh']['entries_per_s']:,} entries/s now, "
            f"{base['entries_per_s']:,} entries/s baseline (same store, same run)",
            flush=True,
        )
    if not a.no_freshness:
        res["freshness"] = freshness(a.db)
    if a.json:
        a.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
