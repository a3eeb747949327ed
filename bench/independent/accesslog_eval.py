"""Independent evaluation of the access log (issue 12) on the second, independent log generator.

    .venv/bin/python bench/independent/accesslog_eval.py                      # 300 citizens, seed 11
    .venv/bin/python bench/independent/accesslog_eval.py --citizens 2000 --seed 3

Six months of logs (FHIR AuditEvent in IHE BALP style and MinLog CSV) for a Central Denmark
Region hospital, two municipalities and three practices, with the ground truth of every entry;
imported with ``indsigt import`` and read with ``indsigt log P --entries --json`` per citizen.
Prints the figures per kind with the issue's definitions and writes
``bench/out/independent_accesslog.json``. The generator and the scorer are in
``tests/independent/accesslog/``; they were written without reading ``src/indsigt/accesslog/``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from independent.accesslog import evaluate, gen  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--citizens", type=int, default=300)
    ap.add_argument(
        "--heavy", type=int, default=None, help="heavy home-care citizens (default 1 in 40)"
    )
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "out" / "independent_accesslog.json"
    )
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="indep-accesslog-")
    work = args.workdir or Path(tmp.name)
    t0 = time.time()
    world = gen.build(args.seed, args.citizens, date.today(), args.heavy)
    print(
        f"generated {len(world.entries)} entries for {len(world.citizens)} citizens "
        f"({sum(e.fmt == 'audit' for e in world.entries)} AuditEvent, "
        f"{sum(e.fmt == 'csv' for e in world.entries)} MinLog CSV)"
    )
    score = evaluate.evaluate(world, work)
    s = score.summary()
    s["seconds"] = round(time.time() - t0, 1)
    s["seed"] = args.seed
    print(score.table())
    print("\nexamples")
    for k, ex in s["examples"].items():
        print(f"  {k}:")
        for e in ex:
            print(f"     {e}")
    if score.problems:
        print("\nproblems:\n  " + "\n  ".join(score.problems[:10]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(s, ensure_ascii=False, indent=1), "utf-8")
    print(f"\nwritten: {args.out}")
    ok = (
        s["explained_pct"] >= 98
        and s["caught_pct"] >= 98
        and s["false_alarm_pct"] <= 1
        and (s["heavy_min_ratio"] or 0) >= 100
        and not s["conservation_problems"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
