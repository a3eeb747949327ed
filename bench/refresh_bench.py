"""The access-log refresh after a small log import into a big store (incremental vs full).

    .venv/bin/python bench/refresh_bench.py --db URL [--entries 1000000] [--small 10000]

1. unless the store already holds log entries: imports a synthetic roster and ``--entries`` MinLog
   CSV rows (``bench/synth.py``) with the importer (which refreshes the precomputation);
2. imports a further ``--small`` CSV rows (new ids) as ``indsigt import`` does and reports the
   refresh the importer ran after it (mode, citizens recomputed, wall and CPU seconds, from
   ``accesslog_state``);
3. re-imports that file (nothing new: the refresh should recompute nobody);
4. unless ``--no-full``: a forced full refresh of the same store, for comparison.

Runs against any version of indsigt on the path (e.g. ``PYTHONPATH=/tmp/old/src`` for a copy of an
older tree, to measure the refresh before a change), so it only uses the importer, ``refresh`` and
the ``accesslog_state`` table. Prints one JSON object per step.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth


def _state(engine) -> dict:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        raw = conn.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
    return json.loads(raw) if raw else {}


def _import(engine, paths: list[Path], label: str) -> dict:  # type: ignore[no-untyped-def]
    from indsigt.ingest.importer import Importer

    t0 = time.perf_counter()
    report = Importer(engine, progress=False).run(paths)
    took = time.perf_counter() - t0
    assert report.ok, report.problems[:5]
    st = _state(engine)
    out = {
        "step": label,
        "new_entries": sum(f.new for f in report.files),
        "import_incl_refresh_s": round(took, 2),
        "refresh_mode": st.get("mode"),
        "refresh_patients": st.get("patients"),
        "refresh_entries": st.get("entries"),
        "refresh_s": round(st.get("seconds", 0.0), 2),
        "refresh_cpu_s": round(st.get("cpu_seconds", 0.0), 2),
    }
    print(json.dumps(out), flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLAlchemy URL of the store")
    ap.add_argument("--entries", type=int, default=1_000_000, help="size of the store")
    ap.add_argument("--small", type=int, default=10_000, help="size of the further log file")
    ap.add_argument("--prefix", default="m", help="id prefix of the further file's entries")
    ap.add_argument("--data", type=Path, default=Path("/tmp/indsigt-refresh-bench"))
    ap.add_argument("--no-full", action="store_true", help="skip the forced full refresh")
    a = ap.parse_args(argv)

    from indsigt.accesslog import refresh
    from indsigt.db import init_db

    engine = init_db(a.db)
    w = synth.world_for(a.entries)
    a.data.mkdir(parents=True, exist_ok=True)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT COUNT(*) FROM access_entry")).scalar()
    if not stored:
        files = synth.make(a.data, a.entries, kinds=("csv",), world=w)
        _import(engine, [files["roster"]], "roster")
        _import(engine, [files["csv"]], f"log of {a.entries} entries")
    small = synth.write_csv(
        a.data / f"{a.prefix}.csv",
        w,
        a.small,
        seed=int.from_bytes(a.prefix.encode()[:4], "big"),
        prefix=a.prefix,
    )
    _import(engine, [small], f"further log of {a.small} entries")
    _import(engine, [small], "same file again")
    if not a.no_full:
        t0 = time.perf_counter()
        r = refresh(engine, force=True)
        print(
            json.dumps(
                {
                    "step": "forced full refresh",
                    "refresh_mode": r.mode,
                    "refresh_patients": r.patients,
                    "refresh_entries": r.entries,
                    "refresh_s": round(r.seconds, 2),
                    "refresh_cpu_s": round(r.cpu_seconds, 2),
                    "wall_s": round(time.perf_counter() - t0, 2),
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
