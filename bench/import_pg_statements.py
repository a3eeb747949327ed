"""Where PostgreSQL's own time goes in one ``indsigt import``, this code beside a baseline.

    .venv/bin/python bench/import_pg_statements.py --baseline REF [--pairs 3] [--formats csv]

Each import is a new ``python -m indsigt import FILE`` process into a fresh database that holds
the file's master data, as in ``bench/import_bench.py`` (the same real-shaped data: the public
BALP/MinLog2 AuditEvents and NSI MinLog CSV rows of ``tests/interop/`` replicated with new ids).
The server logs the duration of every statement of the import (``log_min_duration_statement =
0``, set for that import only); the script sums them: the insert into ``access_entry``, the
insert of the Merkle leaves, the ``COPY`` of the staged rows, and every statement together, and
times the whole process. The two codes run in turn (baseline, this code, baseline, ...) on one
throwaway server (``scripts/pg-server.sh``), so that a drift of the machine's speed falls on
both. A server's own time is what CPU load on the client does not blur: this measures the
database's share of an import, ``bench/import_bench.py`` the whole.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

_DURATION_RE = re.compile(r"duration: ([\d.]+) ms  (?:statement|execute [^:]*): (.*)")
KINDS = ("access_entry", "merkle_leaf", "copy", "all")


def _kind(statement: str) -> str | None:
    if statement.startswith("INSERT INTO access_entry"):
        return "access_entry"
    if statement.startswith("INSERT INTO merkle_leaf"):
        return "merkle_leaf"
    if statement.startswith("COPY "):
        return "copy"
    return None


def server_ms(log: str) -> dict[str, float]:
    """The summed durations (ms) of the statements logged in ``log``, by kind and in all."""
    out = dict.fromkeys(KINDS, 0.0)
    for m in _DURATION_RE.finditer(log):
        ms = float(m.group(1))
        out["all"] += ms
        kind = _kind(m.group(2))
        if kind is not None:
            out[kind] += ms
    return out


def _indsigt(src: Path, url: str, *args: str) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "indsigt", "--db", url, *args],
        env={**os.environ, "PYTHONPATH": str(src)},
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t


def one_import(src: Path, dbs, name: str, roster: Path, log_file: Path, path: Path) -> dict:
    """A fresh database with the roster, then ``path`` imported with the server logging."""
    url = dbs.fresh("pg", name)
    _indsigt(src, url, "init")
    _indsigt(src, url, "import", str(roster))
    dbs._admin("ALTER SYSTEM SET log_min_duration_statement = 0")
    dbs._admin("SELECT pg_reload_conf()")
    time.sleep(0.2)
    offset = log_file.stat().st_size
    try:
        wall = _indsigt(src, url, "import", str(path))
    finally:
        dbs._admin("ALTER SYSTEM RESET log_min_duration_statement")
        dbs._admin("SELECT pg_reload_conf()")
    with log_file.open(encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        logged = f.read()
    return {**server_ms(logged), "wall_s": wall}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="main", help="the commit to compare with")
    ap.add_argument("--pairs", type=int, default=3, help="imports of each code, in turn")
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--formats", default="ndjson,csv")
    ap.add_argument("--data", type=Path, help="a folder for the data (kept between runs)")
    args = ap.parse_args()

    from baseline import checkout_src
    from import_bench import Databases, make_data
    from scratch import scratch_dir, start_pg_server, stop_pg_server

    tmp = scratch_dir("indsigt-pg-statements-")
    data = make_data(args.data or tmp / "data", args.entries, ["real"])["real"]
    base_src, commit = checkout_src(args.baseline, tmp)
    codes = [(f"baseline ({commit})", base_src), ("this code", ROOT / "src")]
    pg_dir, url = start_pg_server()
    dbs = Databases(tmp, url)
    rows: list[tuple[str, str, dict]] = []
    try:
        for fmt in args.formats.split(","):
            for i in range(args.pairs):
                for label, src in codes:
                    r = one_import(
                        src, dbs, "stmts", data["masters"][0], pg_dir / "server.log", data[fmt]
                    )
                    rows.append((fmt, label, r))
                    print(
                        f"{fmt:6} {label:22} pair {i + 1}: "
                        + "  ".join(f"{k} {r[k]:8.0f} ms" for k in KINDS)
                        + f"  wall {r['wall_s']:.2f} s",
                        flush=True,
                    )
    finally:
        stop_pg_server(pg_dir)
    print("\nmedians (server ms by statement; wall s of the import process):")
    for fmt in args.formats.split(","):
        for label, _ in codes:
            mine = [r for f, lab, r in rows if f == fmt and lab == label]
            print(
                f"{fmt:6} {label:22} "
                + "  ".join(f"{k} {statistics.median(r[k] for r in mine):8.0f}" for k in KINDS)
                + f"  wall {statistics.median(r['wall_s'] for r in mine):.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
