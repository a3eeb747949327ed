"""Benchmark of the batch analytics (issue 17): the Ibis analysis on DuckDB and on Spark, side by
side with the practical limit and with today's numpy precomputation, in one run.

For a store (built with ``--bulk``: ``accesslog_bench.build_bulk``'s synthetic rows, about 70
entries per citizen; or given with ``--db``) it measures, each from the same data:

1. **bare**: a bare DuckDB scan and group-by of the same Parquet entries (per citizen, user,
   organisation and day: count, first, last) — the practical limit of any analysis of them;
2. **duckdb**: ``indsigt analyze --engine duckdb --parquet DIR``: from the Parquet files on disk
   to the cells written into the store (the analysis, then the loader's one transaction);
3. **numpy**: today's precomputation, ``indsigt.accesslog.refresh(force=True)`` (it reads the
   store itself, so its time includes reading; the export's time is reported apart);
4. with ``--spark``: the same analysis on Spark in local mode, and a bare Spark scan and
   group-by of the same Parquet;
5. **one citizen**: the live view's computation of one citizen with the numpy engine, against
   the Ibis pipeline on DuckDB restricted to that citizen (why the numpy engine stays for live
   single-citizen views).

Wall and CPU seconds (this process; Spark's JVM is another process, its CPU is read from
``/proc``) and the load average before and after each step are reported: the machine is shared.

    .venv/bin/python bench/analytics_bench.py --db sqlite:////tmp/a10m.db --bulk --citizens 143000
    .venv/bin/python bench/analytics_bench.py --db sqlite:////tmp/a1m.db --bulk --citizens 14300 --spark
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended, and of live JVMs we started."""
    t = os.times()
    total = t.children_user + t.children_system
    for pid in _java_children():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def _java_children() -> list[int]:
    me = os.getpid()
    out = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            stat = (p / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.split(")")[-1].split()[1])
        if ppid == me and "java" in stat.split("(")[1].split(")")[0]:
            out.append(int(p.name))
    return out


def step(name: str, fn: Any, entries: int, *, cpu_extra: Any = None) -> dict[str, Any]:
    la0 = load()
    c0, t0 = time.process_time(), time.perf_counter()
    x0 = cpu_extra() if cpu_extra else 0.0
    detail = fn()
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0 + ((cpu_extra() - x0) if cpu_extra else 0.0)
    out = {
        "step": name,
        "entries": entries,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "entries_per_s": round(entries / wall) if wall else 0,
        "load_before": la0,
        "load_after": load(),
    }
    if isinstance(detail, dict):
        out.update(detail)
    print(
        f"{name:>14}: {entries:,} entries in {wall:.1f} s wall, {cpu:.1f} s CPU "
        f"({out['entries_per_s']:,} entries/s); load {la0} -> {out['load_after']}",
        flush=True,
    )
    return out


def bare_duckdb(path: Path) -> dict[str, Any]:
    import duckdb

    db = duckdb.connect()
    db.execute("SET enable_progress_bar = false")
    n = db.execute(
        f"""
        SELECT count(*) FROM (
            SELECT pat, actor, org, t // 86400 AS day, count(*) AS n, min(t) AS first,
                   max(t) AS last
            FROM read_parquet('{path}/entries/*/*.parquet', hive_partitioning = true)
            GROUP BY ALL
        )
        """
    ).fetchone()[0]
    db.close()
    return {"groups": n}


def bare_spark(b: Any, path: Path) -> dict[str, Any]:
    from pyspark.sql import functions as f

    df = b.con._session.read.parquet(str(path / "entries"))
    g = df.groupBy("pat", "actor", "org", (df.t / 86400).cast("long").alias("day")).agg(
        f.count("*").alias("n"), f.min("t").alias("first"), f.max("t").alias("last")
    )
    return {"groups": g.count()}


def numpy_refresh(url: str) -> dict[str, Any]:
    from indsigt.accesslog import refresh
    from indsigt.db import get_engine

    r = refresh(get_engine(url), force=True)
    return {"cells": r.cells, "templates": r.templates}


def analyze(url: str, path: Path, engine: str, backend: Any = None) -> dict[str, Any]:
    from indsigt.analytics import service
    from indsigt.db import get_engine

    r = service.analyze(get_engine(url), engine_name=engine, parquet=path, backend=backend)
    return {
        "cells": r.cells,
        "templates": r.templates,
        "analyze_s": round(r.analyze_seconds, 2),
        "load_s": round(r.load_seconds, 2),
        "phases": r.phases,
        "cpu_phases": r.cpu_phases,
    }


def analyze_with(src: Path, url: str, path: Path) -> dict[str, Any]:
    """``analyze --engine duckdb`` with another checkout's code (``src``, e.g. main's before a
    change), in a child process on the same store and export: the before/after figure of one
    run. Its CPU is the child's."""
    import subprocess

    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]);"
        "from indsigt.analytics import service; from indsigt.db import get_engine;"
        "r = service.analyze(get_engine(sys.argv[2]), engine_name='duckdb', parquet=sys.argv[3]);"
        "print(json.dumps({'cells': r.cells, 'analyze_s': round(r.analyze_seconds, 2),"
        " 'load_s': round(r.load_seconds, 2)}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(src), url, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return {"src": str(src), **json.loads(out.stdout.strip().splitlines()[-1])}


def one_citizen(url: str, path: Path) -> dict[str, Any]:
    """A live view's computation of the heaviest citizen: numpy (load + explain + cells) and
    the Ibis pipeline on DuckDB restricted to that citizen."""
    import duckdb
    import numpy as np

    from indsigt.accesslog import engine as E
    from indsigt.accesslog.people import load as load_people
    from indsigt.accesslog.precompute import current_stamp, system_users, windows
    from indsigt.accesslog.source import load_orgs, load_patient, with_rules
    from indsigt.analytics import engines
    from indsigt.analytics.pipeline import Analysis
    from indsigt.db import get_engine
    from indsigt.timeutil import utcnow

    db = duckdb.connect()
    pat, n = db.execute(
        f"SELECT pat, count(*) FROM read_parquet('{path}/entries/*/*.parquet') "
        "GROUP BY pat ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    pid = db.execute(f"SELECT id FROM '{path}/patients.parquet' WHERE pat = {pat}").fetchone()[0]
    db.close()
    eng = get_engine(url)
    ms = []
    for _ in range(5):
        t0 = time.perf_counter()
        with eng.connect() as conn:
            orgs = with_rules(conn, load_orgs(conn, current_stamp(conn)))
            loaded = load_patient(
                conn, orgs, pid, utcnow(), system_users(), stats=load_people(conn)
            )
            res = E.run(loaded.batch, orgs, windows())
            E.cells(loaded.batch, res)
        ms.append((time.perf_counter() - t0) * 1000)

    def ibis_one(b: engines.Backend) -> float:
        meta = engines.read_meta(str(path))
        t = engines.open_tables(b, str(path))
        t.entries = t.entries.filter(t.entries.pat == int(pat))
        t.relations = t.relations.filter(t.relations.pat == int(pat))
        t0 = time.perf_counter()
        out = Analysis(b.con, t, meta, mem=b.table).run()
        b.con.to_pyarrow(out.cells)
        return (time.perf_counter() - t0) * 1000

    b = engines.backend("duckdb")
    try:
        ibis_ms = ibis_one(b)  # its expressions (and Ibis' cached tables) end with the call
    finally:
        b.close()
    return {
        "citizen_entries": int(n),
        "numpy_ms_median": round(float(np.median(ms)), 1),
        "ibis_duckdb_ms": round(ibis_ms),
    }


def export(url: str, path: Path) -> dict[str, Any]:
    from indsigt.analytics.export import export_parquet
    from indsigt.db import get_engine

    r = export_parquet(get_engine(url), path, replace=True)
    return {"bytes": r.bytes, "months": len(r.months)}


def count_entries(url: str) -> int:
    from sqlalchemy import text

    from indsigt.db import get_engine

    with get_engine(url).connect() as c:
        return int(c.execute(text("SELECT COUNT(*) FROM access_entry")).scalar())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLAlchemy URL of the store")
    ap.add_argument("--bulk", action="store_true", help="bulk-insert a synthetic store first")
    ap.add_argument("--citizens", type=int, default=143_000)
    ap.add_argument("--parquet", type=Path, help="the export (made here when missing)")
    ap.add_argument("--spark", action="store_true", help="also run Spark (local mode)")
    ap.add_argument("--no-duckdb", action="store_true", help="skip the DuckDB analysis")
    ap.add_argument("--no-numpy", action="store_true", help="skip the numpy precomputation")
    ap.add_argument(
        "--compare-src",
        type=Path,
        help="also run the DuckDB analysis with this checkout's src/ (e.g. main's: before/after)",
    )
    ap.add_argument("--no-citizen", action="store_true", help="skip the one-citizen comparison")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    if a.bulk:
        from accesslog_bench import build_bulk

        build_bulk(a.db, a.citizens)
    n = count_entries(a.db)
    tmp = None
    path = a.parquet
    res: dict[str, Any] = {"entries": n, "cpus": os.cpu_count(), "steps": []}
    if path is None:
        tmp = tempfile.TemporaryDirectory(prefix="analytics-bench-")
        path = Path(tmp.name) / "export"
    if not (path / "meta.json").exists():
        res["steps"].append(step("export", lambda: export(a.db, path), n))
    res["steps"].append(step("bare duckdb", lambda: bare_duckdb(path), n))
    if a.compare_src:
        res["steps"].append(
            step(
                "duckdb before",
                lambda: analyze_with(a.compare_src, a.db, path),
                n,
                cpu_extra=children_cpu,
            )
        )
    if not a.no_duckdb:
        res["steps"].append(step("duckdb", lambda: analyze(a.db, path, "duckdb"), n))
    if not a.no_numpy:
        res["steps"].append(step("numpy", lambda: numpy_refresh(a.db), n))
    if a.spark:
        from indsigt.analytics import engines

        b = engines.backend("spark")
        try:
            res["steps"].append(
                step("bare spark", lambda: bare_spark(b, path), n, cpu_extra=children_cpu)
            )
            res["steps"].append(
                step("spark", lambda: analyze(a.db, path, "spark", b), n, cpu_extra=children_cpu)
            )
        finally:
            b.close()
    if not a.no_citizen:
        res["one_citizen"] = one_citizen(a.db, path)
        print(f"one citizen: {res['one_citizen']}", flush=True)
    by = {s["step"]: s for s in res["steps"]}
    # how many times as long as the reference took (wall time; > 1 = slower than the reference)
    pairs = [
        ("duckdb", "bare duckdb"),
        ("duckdb before", "bare duckdb"),
        ("duckdb before", "duckdb"),
        ("duckdb", "numpy"),
        ("spark", "bare spark"),
        ("spark", "bare duckdb"),
        ("spark", "numpy"),
    ]
    ratios = {
        f"{x} / {y}": round(by[x]["wall_s"] / by[y]["wall_s"], 2)
        for x, y in pairs
        if x in by and y in by and by[y]["wall_s"]
    }
    res["ratios"] = ratios
    print(f"ratios (wall time): {ratios}", flush=True)
    if a.json:
        a.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
