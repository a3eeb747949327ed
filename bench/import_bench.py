"""Import throughput: NDJSON (FHIR AuditEvent) and MinLog CSV, SQLite vs PostgreSQL, peak memory.

    .venv/bin/python bench/import_bench.py --entries 1000000
    .venv/bin/python bench/import_bench.py --entries 1000000 --backends sqlite --formats csv

Each measured import runs in a fresh process against a fresh database that already holds the
roster (organisations, staff, citizens), so the figures are what ``indsigt import`` does with a
log file. Reported per run:

- ``core``: reading, validating, mapping and storing the file (one transaction)
- ``post``: the work the importer does after the files (``accesslog.after_import``), if any
- ``entries_per_s``: entries / core seconds; ``total_entries_per_s``: entries / (core + post)
- ``peak_rss_mb``: the process's peak resident memory during the file import; measured again at a
  quarter of the size to show that the import itself does not hold the file in memory
  (``peak_rss_mb_with_post``: including the work after the import).

PostgreSQL: a throwaway server from ``scripts/pg-server.sh`` unless ``--pg-url`` is given.
Results go to ``artifacts/import_bench.json`` and stdout. Targets (SQLite): 50,000 entries/s
NDJSON, 200,000 entries/s CSV.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

TARGETS = {"ndjson": 50_000, "csv": 200_000}


def child(url: str, path: str, post: bool) -> None:
    """Runs in the measured process: import one file, print figures as JSON."""
    from indsigt.db import init_db
    from indsigt.ingest.importer import Importer, load_known

    engine = init_db(url)
    importer = Importer(engine, progress=False)
    with engine.connect() as conn:
        known = load_known(conn)
    t0 = time.perf_counter()
    result = importer.import_file(Path(path), known)
    core = time.perf_counter() - t0
    core_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak so far
    post_s = 0.0
    if post:
        try:
            from indsigt.accesslog import after_import
        except ImportError:
            after_import = None
        if after_import is not None:
            t1 = time.perf_counter()
            after_import(engine)
            post_s = time.perf_counter() - t1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "records": result.records,
                "new": result.new,
                "core_s": core,
                "post_s": post_s,
                "peak_rss_mb": core_rss,
                "peak_rss_mb_with_post": rss,
            }
        )
    )


def _run_child(url: str, path: Path, post: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", url, str(path)] + (["--post"] if post else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _fresh_db(backend: str, pg_url: str | None, tmp: Path, label: str) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp / (label + '.db')}"
    assert pg_url
    from sqlalchemy import create_engine, text

    eng = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {label}"))
        c.execute(text(f"CREATE DATABASE {label}"))
    eng.dispose()
    base, _, query = pg_url.partition("?")
    return f"{base.rsplit('/', 1)[0]}/{label}" + (f"?{query}" if query else "")


def _import_roster(url: str, roster: Path) -> None:
    code = (
        "import sys; from indsigt.db import init_db; from indsigt.ingest.importer import Importer;"
        "r = Importer(init_db(sys.argv[1]), progress=False).run([sys.argv[2]]);"
        "sys.exit('roster: ' + '; '.join(map(str, r.problems[:5])) if not r.ok else 0)"
    )
    subprocess.run([sys.executable, "-c", code, url, str(roster)], check=True, cwd=ROOT)


def _table(results: list[dict]) -> str:
    lines = [
        f"{'backend':8} {'format':7} {'entries':>10} {'core s':>8} {'entries/s':>10} "
        f"{'post s':>8} {'total/s':>9} {'peak MB':>8} {'MB @1/4':>8} {'+post MB':>8}"
    ]
    for r in results:
        lines.append(
            f"{r['backend']:8} {r['format']:7} {r['records']:>10,} {r['core_s']:>8.1f} "
            f"{r['entries_per_s']:>10,.0f} {r['post_s']:>8.1f} {r['total_entries_per_s']:>9,.0f} "
            f"{r['peak_rss_mb']:>8.0f} {r.get('peak_rss_mb_quarter', float('nan')):>8.0f} "
            f"{r['peak_rss_mb_with_post']:>8.0f}"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--backends", default="sqlite,pg")
    ap.add_argument("--formats", default="ndjson,csv")
    ap.add_argument("--data", type=Path, help="reuse/keep generated data here")
    ap.add_argument("--pg-url", help="an existing server (else a throwaway one is started)")
    ap.add_argument("--no-post", action="store_true", help="measure only the file import")
    ap.add_argument("--no-quarter", action="store_true", help="skip the memory run at 1/4 size")
    ap.add_argument("--out", type=Path, default=ROOT / "artifacts" / "import_bench.json")
    ap.add_argument("--child", nargs=2, metavar=("URL", "FILE"), help=argparse.SUPPRESS)
    ap.add_argument("--post", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.post)
        return

    backends = [b for b in args.backends.split(",") if b]
    formats = [f for f in args.formats.split(",") if f]
    with tempfile.TemporaryDirectory(prefix="indsigt-bench-") as tmpdir:
        tmp = Path(tmpdir)
        data = args.data or tmp / "data"
        files = _data(data, args.entries, formats, synth.world_for(args.entries))
        world = synth.world_for(args.entries)  # the same roster for every size
        quarter = (
            None if args.no_quarter else _data(data / "quarter", args.entries // 4, formats, world)
        )
        pg_dir = None
        pg_url = args.pg_url
        if "pg" in backends and not pg_url:
            pg_dir = Path(tempfile.mkdtemp(prefix="indsigt-pg-"))  # must be reachable by postgres
            pg_url = subprocess.run(
                ["bash", str(ROOT / "scripts" / "pg-server.sh"), "start", str(pg_dir)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
        results = []
        try:
            for backend in backends:
                for fmt in formats:
                    url = _fresh_db(backend, pg_url, tmp, f"bench_{fmt}")
                    _import_roster(url, files["roster"])
                    r = _run_child(url, files[fmt], post=not args.no_post)
                    r |= {
                        "backend": backend,
                        "format": fmt,
                        "file_mb": files[fmt].stat().st_size / 1e6,
                    }
                    if quarter:
                        qurl = _fresh_db(backend, pg_url, tmp, f"bench_{fmt}_q")
                        _import_roster(qurl, quarter["roster"])
                        q = _run_child(qurl, quarter[fmt], post=False)
                        r["peak_rss_mb_quarter"] = q["peak_rss_mb"]
                        r["entries_per_s_quarter"] = q["records"] / q["core_s"]
                    r["entries_per_s"] = r["records"] / r["core_s"]
                    r["total_entries_per_s"] = r["records"] / (r["core_s"] + r["post_s"])
                    r["target_entries_per_s"] = TARGETS[fmt] if backend == "sqlite" else None
                    results.append(r)
                    print(_table(results[-1:]).splitlines()[-1], flush=True)
        finally:
            if pg_dir is not None:
                subprocess.run(
                    ["bash", str(ROOT / "scripts" / "pg-server.sh"), "stop", str(pg_dir)],
                    check=False,
                )
    doc = {
        "entries": args.entries,
        "cpus": os.cpu_count(),
        "load_avg": os.getloadavg(),
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2))
    print(_table(results))
    print(f"written: {args.out}")


def _data(out: Path, entries: int, formats: list[str], world: synth.World) -> dict[str, Path]:
    marker = out / f".complete-{entries}-{'-'.join(sorted(formats))}"
    if marker.exists():
        return {"roster": out / "roster.ndjson", **{f: out / synth.FILES[f] for f in formats}}
    t = time.perf_counter()
    files = synth.make(out, entries, kinds=tuple(formats), world=world)
    marker.touch()
    print(
        f"generated {entries:,} entries in {time.perf_counter() - t:.0f}s: {out}", file=sys.stderr
    )
    return files


if __name__ == "__main__":
    main()
