"""Import end to end: ``indsigt import FILE`` as an operator runs it, this branch next to a baseline.

    .venv/bin/python bench/import_bench.py                       # 100,000 entries, everything
    .venv/bin/python bench/import_bench.py --backends sqlite --datasets real --baseline none
    .venv/bin/python bench/import_bench.py --profile             # where the time goes (serial)
    .venv/bin/python bench/import_bench.py --second              # + a second file into the full store

Every measured import is a new ``python -m indsigt import FILE`` process (start-up, reading,
validating, mapping, storing, the Merkle leaves, the signed tree head, the access log's refresh,
the audit trail and the alerts included) against a database that holds the file's master data
already. Reported per run: wall time, CPU time of the process and its worker processes
(``getrusage(RUSAGE_CHILDREN)``), entries per second of each, and the load average; then the
heavy citizen's log view right after the import (``indsigt.views.log_view`` in a new process: the
first call, which reads the store cold, and the second).

Data (all synthetic, made by this script):

- ``real``: the public examples in ``tests/interop/`` replicated to ``--entries`` with new ids
  (``bench/realshaped.py``: IHE BALP and MinLog2 AuditEvents with their extensions; the NSI
  MinLog CSV rows), every entry about one citizen (the heavy citizen of the view);
- ``gen``: the project's generator (``python -m indsigt.demo.generate``), its log files cut to
  ``--entries``; its master data (organisations, staff, citizens, relations, notes) is imported
  first and timed as master data (resources per second).

Baseline: ``--baseline REF`` (default ``main``) is checked out with ``git archive`` into a
temporary folder and run with the same interpreter and packages, on databases of its own.
PostgreSQL: a throwaway server from ``scripts/pg-server.sh`` unless ``--pg-url`` is given.
Results: a table on stdout and ``artifacts/import_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET = 50_000  # entries per second, end to end (issue 14)
VIEW_TARGET_MS = 300


def _rusage_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _run(src: Path, env: dict[str, str], *args: str) -> tuple[float, float, str]:
    """Run ``python -m indsigt ARGS`` with the code in ``src``: (wall s, CPU s, stderr)."""
    c0, t0 = _rusage_children(), time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "indsigt", *args],
        env={**os.environ, **env, "PYTHONPATH": str(src)},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    wall, cpu = time.perf_counter() - t0, _rusage_children() - c0
    if out.returncode != 0:
        raise RuntimeError(f"indsigt {' '.join(args)}: exit {out.returncode}\n{out.stderr[-3000:]}")
    return wall, cpu, out.stderr


_VIEW = r"""
import json, sys, time
from sqlalchemy import text
from indsigt.db import session_scope
from indsigt.views import log_view
url, patient = sys.argv[1], sys.argv[2]
with session_scope(url) as s:
    if patient == "-":
        patient = s.execute(text("SELECT patient_id FROM access_entry GROUP BY patient_id "
                                 "ORDER BY count(*) DESC LIMIT 1")).scalar()
out = {"patient": patient}
for k in ("cold", "warm"):
    t, c = time.perf_counter(), time.process_time()
    with session_scope(url) as s:
        doc = log_view(s, patient, None, None)
    out[k + "_ms"] = (time.perf_counter() - t) * 1000
    out[k + "_cpu_ms"] = (time.process_time() - c) * 1000
out["total"], out["groups"] = doc["total"], len(doc["groups"])
print(json.dumps(out))
"""


def _view(src: Path, env: dict[str, str], url: str, patient: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _VIEW, url, patient],
        env={**os.environ, **env, "PYTHONPATH": str(src)},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- data ---------------------------------------------------------------------------------------


def _lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def _cut(path: Path, n: int, header: bool) -> None:
    """Keep the first ``n`` records of a log file (after the header of a CSV file)."""
    keep = n + (1 if header else 0)
    tmp = path.with_suffix(".cut")
    with path.open("rb") as f, tmp.open("wb") as out:
        for i, line in enumerate(f):
            if i >= keep:
                break
            out.write(line)
    tmp.replace(path)


def second_file(path: Path) -> Path:
    """The same log with new ids (``2-`` before each): as many new entries again, for an import
    into a store that holds the first file already (``--second``)."""
    out = path.with_name("second-" + path.name)
    if out.exists():
        return out
    tmp = out.with_suffix(".tmp")
    if path.suffix == ".csv":
        import csv

        with path.open(newline="", encoding="utf-8") as f, tmp.open("w", newline="") as g:
            rows = csv.reader(f)
            w = csv.writer(g, lineterminator="\n")
            head = next(rows)
            w.writerow(head)
            i = [c.lower() for c in head].index("regkode")
            for r in rows:
                r[i] = "2-" + r[i]
                w.writerow(r)
    else:
        with path.open(encoding="utf-8") as f, tmp.open("w", encoding="utf-8") as g:
            for line in f:
                doc = json.loads(line)
                if "id" in doc:  # (an event without one is about no citizen: skipped)
                    doc["id"] = "2-" + doc["id"]
                g.write(json.dumps(doc, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def make_data(out: Path, entries: int, datasets: list[str]) -> dict[str, dict]:
    data: dict[str, dict] = {}
    if "real" in datasets:
        import realshaped

        d = out / f"real-{entries}"
        if not (d / ".done").exists():
            realshaped.make(d, entries)
            (d / ".done").touch()
        data["real"] = {
            "masters": [d / "roster.ndjson"],
            "ndjson": d / "audit.ndjson",
            "csv": d / "log.csv",
            "patient": realshaped.PATIENT,
        }
    if "gen" in datasets:
        d = out / f"gen-{entries}"
        if not (d / ".done").exists():
            citizens = max(100, entries // 33)  # about 35 CSV rows and 72 events per citizen
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "indsigt.demo.generate",
                    str(d),
                    "--citizens",
                    str(citizens),
                ],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            for name, header in (("audit.ndjson", False), ("log.csv", True)):
                have = _lines(d / name) - (1 if header else 0)
                if have < entries:
                    sys.exit(f"the generator made {have} entries in {name}, fewer than {entries}")
                _cut(d / name, entries, header)
            (d / ".done").touch()
        masters = [
            d / f
            for f in (
                "organizations.ndjson",
                "staff.ndjson",
                "patients.ndjson",
                "relations.ndjson",
                "documents.ndjson",
            )
        ]
        data["gen"] = {
            "masters": masters,
            "ndjson": d / "audit.ndjson",
            "csv": d / "log.csv",
            "patient": "-",
        }
    return data


# -- databases ----------------------------------------------------------------------------------


class Databases:
    def __init__(self, tmp: Path, pg_url: str | None) -> None:
        self.tmp = tmp
        self.pg_url = pg_url

    def url(self, backend: str, name: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.tmp / (name + '.db')}"
        assert self.pg_url
        base, _, query = self.pg_url.partition("?")
        return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")

    def _admin(self, sql: str) -> None:
        from sqlalchemy import create_engine, text

        eng = create_engine(self.pg_url, isolation_level="AUTOCOMMIT")  # type: ignore[arg-type]
        with eng.connect() as c:
            c.execute(text(sql))
        eng.dispose()

    def fresh(self, backend: str, name: str) -> str:
        if backend == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.tmp / (name + '.db')}{suffix}").unlink(missing_ok=True)
        else:
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            self._admin(f"CREATE DATABASE {name}")
        return self.url(backend, name)

    def clone(self, backend: str, template: str, name: str) -> str:
        if backend == "sqlite":
            src = self.tmp / (template + ".db")
            with sqlite3.connect(src) as c:
                c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            for suffix in ("-wal", "-shm"):
                Path(f"{self.tmp / (name + '.db')}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(src, self.tmp / (name + ".db"))
        else:
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            self._admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(backend, name)


def _compile(src: Path) -> None:
    """Byte-compile the code as an installed package has it (a fresh checkout, or a shell with
    ``PYTHONDONTWRITEBYTECODE``, would otherwise compile every module in every import process:
    a fifth of a second that an operator's installation never pays). Both codes alike."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True, cwd=ROOT)


# -- the runs -----------------------------------------------------------------------------------


def _count(stderr: str, name: str) -> tuple[int, int]:
    """(records, new) of a file from ``indsigt import``'s report line."""
    for line in stderr.splitlines():
        if line.startswith(f"{name}: ") and " poster, " in line:
            head = line.split(": ", 1)[1]
            records = int(head.split(" poster")[0])
            new = int(head.split(", ", 1)[1].split(" nye")[0])
            return records, new
    return 0, 0


def run(args: argparse.Namespace) -> list[dict]:
    from scratch import scratch_dir, start_pg_server, stop_pg_server

    tmp = scratch_dir("indsigt-import-bench-")
    data = make_data(args.data or tmp / "data", args.entries, args.datasets)
    codes = [("branch", ROOT / "src", _head())]
    if args.baseline != "none":
        from baseline import checkout_src

        src, commit = checkout_src(args.baseline, tmp)
        codes.insert(0, (f"baseline ({args.baseline})", src, commit))
    for _, src, _ in codes:
        _compile(src)
    pg_dir = None
    pg_url = args.pg_url
    if "pg" in args.backends and not pg_url:
        pg_dir, pg_url = start_pg_server()
    dbs = Databases(tmp, pg_url)
    results: list[dict] = []
    try:
        for backend in args.backends:
            for dataset in args.datasets:
                d = data[dataset]
                for label, src, commit in codes:
                    tag = f"b{abs(hash((label, backend, dataset))) % 10**8}"
                    env = {
                        "INDSIGT_KEY_FILE": str(tmp / f"{tag}.key"),
                        "INDSIGT_LOG_LEVEL": "WARNING",
                    }
                    if label == "branch" and args.workers is not None:
                        env["INDSIGT_IMPORT_WORKERS"] = str(args.workers)
                    url = dbs.fresh(backend, tag + "t")
                    n_masters = sum(_lines(p) for p in d["masters"])
                    # master data read serially: the baseline f6d3c56 can hang at the worker
                    # pool's end on a big master file (fixed in ingest/parallel.py, 5fdcf4c)
                    wall, cpu, _ = _run(
                        src,
                        {**env, "INDSIGT_IMPORT_WORKERS": "1"},
                        "import",
                        "--db",
                        url,
                        *map(str, d["masters"]),
                    )
                    masters = {
                        "resources": n_masters,
                        "wall_s": wall,
                        "cpu_s": cpu,
                        "per_s_wall": n_masters / wall,
                        "per_s_cpu": n_masters / cpu,
                    }
                    for fmt in args.formats:
                        path = d[fmt]
                        url = dbs.clone(backend, tag + "t", f"{tag}{fmt[0]}")
                        r = {
                            "code": label,
                            "commit": commit,
                            "backend": backend,
                            "dataset": dataset,
                            "format": fmt,
                            "file_mb": path.stat().st_size / 1e6,
                            **_timed_import(src, env, url, path, d["patient"]),
                            "masters": masters,
                        }
                        results.append(r)
                        print(_row(r), flush=True)
                        if args.second:  # a second file of as many entries into the full store
                            path2 = second_file(path)
                            r2 = {
                                **r,
                                "format": fmt + " 2nd",
                                **_timed_import(src, env, url, path2, d["patient"]),
                            }
                            results.append(r2)
                            print(_row(r2), flush=True)
    finally:
        if pg_dir is not None:
            stop_pg_server(pg_dir)
    return results


def _timed_import(src: Path, env: dict[str, str], url: str, path: Path, patient: str) -> dict:
    """``indsigt import PATH`` into ``url`` as a new process, then the heavy citizen's view: the
    figures of one row (records, stored, wall and CPU time, their rates, load, the view)."""
    load = os.getloadavg()[0]
    wall, cpu, err = _run(src, env, "import", "--db", url, str(path))
    records, new = _count(err, str(path))
    return {
        "records": records,
        "stored": new,
        "wall_s": wall,
        "cpu_s": cpu,
        "per_s_wall": records / wall,
        "per_s_cpu": records / cpu,
        "load_before": load,
        "load_after": os.getloadavg()[0],
        "view": _view(src, env, url, patient),
    }


def _head() -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()


HEADER = (
    f"{'code':22} {'db':6} {'data':4} {'format':10} {'records':>8} {'wall s':>7} {'CPU s':>6} "
    f"{'rec/s wall':>10} {'rec/s CPU':>10} {'load':>5} {'view ms':>8} {'CPU ms':>7} {'groups':>6}"
    f" {'masters/s CPU':>13}"
)


def _row(r: dict) -> str:
    v = r["view"]
    return (
        f"{r['code'][:22]:22} {r['backend']:6} {r['dataset']:4} {r['format']:10} "
        f"{r['records']:>8,} {r['wall_s']:>7.1f} {r['cpu_s']:>6.1f} {r['per_s_wall']:>10,.0f} "
        f"{r['per_s_cpu']:>10,.0f} {r['load_before']:>5.1f} "
        f"{v.get('cold_ms', float('nan')):>8.0f} {v.get('cold_cpu_ms', float('nan')):>7.0f} "
        f"{v.get('groups', 0):>6} {r['masters']['per_s_cpu']:>13,.0f}"
    )


# -- where the time goes ------------------------------------------------------------------------

_PROFILE = r"""
import json, sys, time
c0 = time.process_time()
T = {}
STACK = []  # [name, start, time spent in wrapped callees]
try:  # the code loaded as the command loads it (indsigt.startup); a baseline may not have it
    from indsigt.startup import loading
except ImportError:
    from contextlib import nullcontext as loading
with loading():
    import indsigt.cli
with loading():
    from indsigt import importing
from indsigt.ingest import importer as I, audit as A, csvlog as C
from indsigt.integrity import entrylog as EL
T["start-up (imports)"] = time.process_time() - c0
def wrap(obj, attr, name):
    f = getattr(obj, attr)
    def w(*a, **k):
        STACK.append([name, time.process_time(), 0.0])
        try:
            return f(*a, **k)
        finally:
            n, start, inner = STACK.pop()
            spent = time.process_time() - start
            T[n] = T.get(n, 0.0) + spent - inner  # exclusive of the wrapped callees
            if STACK:
                STACK[-1][2] += spent
    setattr(obj, attr, w)
wrap(A.AuditMapper, "map", "map AuditEvent (users, organisations, citizen)")
wrap(C.CsvMapper, "map", "map CSV row (users, organisations, citizen)")
wrap(EL.EntryLog, "staged", "Merkle leaf hash + local day")
wrap(I.EntryWriter, "flush", "stage rows (driver)")
wrap(I.EntryWriter, "_find_fresh", "find the rows not stored before")
wrap(EL.EntryLog, "append", "Merkle leaves, nodes, source days")
wrap(I.EntryWriter, "_mark_dirty", "mark citizens for the refresh")
wrap(I.EntryWriter, "_report_too_long", "check lengths")
wrap(I.EntryWriter, "finish", "insert into access_entry (+ indexes)")
wrap(I, "load_known", "load known ids")
wrap(importing, "sign_tree_head", "sign the tree head")
wrap(importing, "refresh_log", "refresh the access log")
url, path = sys.argv[1], sys.argv[2]
t = time.process_time()
from indsigt.db import init_db
init_db(url)
T["open the database (schema check)"] = time.process_time() - t
t = time.process_time()
out = importing.run_import(url, [path], actor="bench", workers=1)
total = time.process_time() - t
named = sum(v for k, v in T.items() if k not in ("start-up (imports)", "open the database (schema check)"))
T["read lines, check, decode + validate, the rest"] = total - named
T["all"] = time.process_time() - c0
print(json.dumps({"records": out.report.files[0].records, "phases": T}))
"""


def profile(args: argparse.Namespace) -> list[dict]:
    """Where the CPU time of an import goes, per phase, in one process (serial reading)."""
    from scratch import scratch_dir

    tmp = scratch_dir("indsigt-import-profile-")
    data = make_data(args.data or tmp / "data", args.entries, args.datasets)
    out = []
    _compile(ROOT / "src")
    for dataset in args.datasets:
        for fmt in args.formats:
            d = data[dataset]
            url = f"sqlite:///{tmp / (dataset + fmt + '.db')}"
            env = {"INDSIGT_KEY_FILE": str(tmp / "k.key"), "INDSIGT_LOG_LEVEL": "WARNING"}
            _run(ROOT / "src", env, "import", "--db", url, *map(str, d["masters"]))
            res = subprocess.run(
                [sys.executable, "-c", _PROFILE, url, str(d[fmt])],
                env={**os.environ, **env, "PYTHONPATH": str(ROOT / "src")},
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            doc = json.loads(res.stdout.strip().splitlines()[-1])
            doc |= {"dataset": dataset, "format": fmt}
            out.append(doc)
            print(f"\n{dataset} {fmt}: {doc['records']:,} records, CPU seconds per phase")
            for k, v in sorted(doc["phases"].items(), key=lambda kv: -kv[1]):
                us = v / max(doc["records"], 1) * 1e6
                print(f"  {k:55} {v:7.2f} s {us:7.1f} µs/record")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--backends", default="sqlite,pg")
    ap.add_argument("--datasets", default="real,gen")
    ap.add_argument("--formats", default="ndjson,csv")
    ap.add_argument("--baseline", default="main", help="a git ref, or none")
    ap.add_argument("--workers", type=int, help="INDSIGT_IMPORT_WORKERS for this branch")
    ap.add_argument("--data", type=Path, help="keep the generated data here (and reuse it)")
    ap.add_argument("--pg-url", help="an existing server (else a throwaway one is started)")
    ap.add_argument("--profile", action="store_true", help="CPU per phase instead (SQLite)")
    ap.add_argument(
        "--second",
        action="store_true",
        help="then import the same file again with new ids into the full store (timed apart)",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "artifacts" / "import_bench.json")
    args = ap.parse_args()
    args.backends = [b for b in args.backends.split(",") if b]
    args.datasets = [d for d in args.datasets.split(",") if d]
    args.formats = [f for f in args.formats.split(",") if f]
    doc: dict = {
        "entries": args.entries,
        "cpus": os.cpu_count(),
        "load_avg_start": os.getloadavg(),
    }
    if args.profile:
        doc["profile"] = profile(args)
    else:
        print(HEADER, flush=True)
        doc["results"] = run(args)
        print("\n" + HEADER)
        for r in doc["results"]:
            print(_row(r))
        print(
            f"\ntarget: {TARGET:,} entries/s end to end; the heavy citizen's view < "
            f"{VIEW_TARGET_MS} ms. CPU = the import process and its workers."
        )
    doc["load_avg_end"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2, default=str))
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
