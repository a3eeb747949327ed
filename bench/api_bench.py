"""Response time of the HTTP API's log endpoint: one citizen with a long log, and typical citizens,
in a store built by bulk insert (all data is made up).

    .venv/bin/python bench/api_bench.py                          # 1,000,000 entries in the store
    .venv/bin/python bench/api_bench.py --entries 10000000       # 10 M (minutes, ~4 GB disk)
    .venv/bin/python bench/api_bench.py --entries 200000 --http  # also over HTTP (indsigt serve)

The store: the roster of ``bench/synth.py`` (organisations, staff, up to 500,000 citizens with
CPR numbers that cannot be real), one episode of care per citizen, and ``--entries`` access-log
entries inserted in bulk (``INSERT`` in batches, as the importer's writer does): ``--heavy``
(50,000) of them belong to one citizen with ten episodes at ten departments, the rest are spread
over the other citizens (about 20 each), 80 % by staff of the citizen's own department, 0.1 %
emergency overrides. Then the log precomputation runs once (as after an import).

Measured, in-process through FastAPI's TestClient unless ``--http`` (request → JSON bytes,
authenticated with a bearer ID token from the development issuer, so sign-in, authorisation, the
view layer with protection and serialisation are all included):

- ``GET /api/citizens/{heavy}/log`` (the condensed log) — target < 300 ms
- ``GET /api/citizens/{typical}/log`` for ``--typical`` different citizens — target < 30 ms
- the heavy citizen's drill-down into its largest group, and ``?entries=true&limit=500``

Figures (p50, p99, max in ms) go to stdout and ``artifacts/api_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

SPAN_DAYS = 730
START = datetime(2024, 6, 1, tzinfo=UTC)


def _t(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S.%f")


def build(url: str, entries: int, heavy: int, seed: int) -> dict[str, Any]:
    """Roster through the importer; relations and log entries by bulk insert; precompute."""
    from sqlalchemy import text

    from indsigt.accesslog import precompute
    from indsigt.db import get_engine, init_db
    from indsigt.ingest.fhir import ENTRY_COLUMNS
    from indsigt.ingest.importer import Importer

    rnd = random.Random(seed)
    world = synth.world_for(entries)
    engine = init_db(url)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="indsigt-apibench-") as tmp:
        roster = synth.write_roster(Path(tmp) / "roster.ndjson", world)
        report = Importer(engine, progress=False).run([roster])
        assert report.ok, report.problems[:5]
    timings["roster_s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    heavy_pid = world.patient_id(0)
    heavy_orgs = [(k * 7) % world.orgs for k in range(10)]
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
        rel_rows = []
        for i in range(world.patients):
            org = i % world.orgs
            rel_rows.append(
                {
                    "kind": "episode",
                    "id": f"ep{i}",
                    "patient_id": world.patient_id(i),
                    "organization_id": world.org_id(org),
                    "start": START.replace(tzinfo=None),
                    "end": None,
                    "status": "active",
                    "text": "Forløb",
                }
            )
        for k, org in enumerate(heavy_orgs):
            s = START + timedelta(days=k * 70)
            rel_rows.append(
                {
                    "kind": "episode",
                    "id": f"eph{k}",
                    "patient_id": heavy_pid,
                    "organization_id": world.org_id(org),
                    "start": s.replace(tzinfo=None),
                    "end": (s + timedelta(days=90)).replace(tzinfo=None),
                    "status": "finished",
                    "text": "Indlæggelse",
                }
            )
        conn.execute(
            text(
                'INSERT INTO relation (kind, id, patient_id, organization_id, start, "end", status, text) '
                "VALUES (:kind, :id, :patient_id, :organization_id, :start, :end, :status, :text)"
            ),
            rel_rows,
        )
        # staff of each organisation (synth: staff i works in org i % orgs)
        by_org: dict[int, list[int]] = {}
        for i in range(world.staff):
            by_org.setdefault(i % world.orgs, []).append(i)
        cols = ", ".join(f'"{c}"' for c in ENTRY_COLUMNS)
        ph = ", ".join("?" if conn.dialect.name == "sqlite" else "%s" for _ in ENTRY_COLUMNS)
        sql = f"INSERT INTO access_entry ({cols}) VALUES ({ph})"
        batch: list[tuple] = []

        def row(n: int, pid: str, staff: int, when: datetime) -> tuple:
            org = staff % world.orgs
            purpose = "BTG" if rnd.random() < 0.001 else "TREAT"
            return (
                f"e{n:09d}",
                pid,
                _t(when) if conn.dialect.name == "sqlite" else when,
                "R",
                purpose,
                f"PractitionerRole/{world.role_id(staff)}",
                world.staff_id(staff),
                world.role_id(staff),
                None,
                None,
                None,
                world.org_id(org),
                "Sundhedsplatformen",
                None,
                None,
                None,
                False,
                "fhir",
            )

        def flush() -> None:
            if batch:
                conn.exec_driver_sql(sql, batch)
                batch.clear()

        n = 0
        # a long-term patient: 98 % of the accesses during an admission at that department, the
        # rest by a handful of other users on random days (what a citizen should look at)
        strangers = [rnd.randrange(world.staff) for _ in range(12)]
        for k in range(heavy):
            ep = rnd.randrange(10)
            if rnd.random() < 0.98:
                org = heavy_orgs[ep]
                when = START + timedelta(days=ep * 70 + rnd.random() * 90)
                staff = rnd.choice(by_org[org][:40])
            else:
                staff = rnd.choice(strangers)
                when = START + timedelta(days=rnd.random() * SPAN_DAYS)
            batch.append(row(n, heavy_pid, staff, when.replace(hour=7 + k % 11)))
            n += 1
            if len(batch) >= 50_000:
                flush()
        rest = entries - heavy
        for _ in range(rest):
            i = 1 + rnd.randrange(world.patients - 1)
            org = i % world.orgs if rnd.random() < 0.8 else rnd.randrange(world.orgs)
            staff = rnd.choice(by_org[org])
            when = START + timedelta(days=rnd.random() * SPAN_DAYS)
            batch.append(row(n, world.patient_id(i), staff, when.replace(tzinfo=None)))
            n += 1
            if len(batch) >= 50_000:
                flush()
        flush()
        conn.execute(
            text(
                "INSERT INTO imported_file (at, name, records, new) VALUES (:at, 'bench', :n, :n)"
            ),
            {"at": datetime.now(UTC).replace(tzinfo=None), "n": n},
        )
    timings["bulk_insert_s"] = time.perf_counter() - t0
    timings["bulk_rows_per_s"] = entries / timings["bulk_insert_s"]
    t0 = time.perf_counter()
    rep = precompute.refresh(get_engine(url))
    timings["precompute_s"] = time.perf_counter() - t0
    return {
        "world": world.__dict__,
        "heavy_patient": heavy_pid,
        "timings": timings,
        "precompute": rep.__dict__,
    }


def _stats(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    p99 = s[min(len(s) - 1, round(0.99 * (len(s) - 1)))]
    return {
        "n": len(s),
        "p50_ms": round(statistics.median(s) * 1000, 1),
        "p99_ms": round(p99 * 1000, 1),
        "max_ms": round(s[-1] * 1000, 1),
    }


def _timed(get, path: str, token: str) -> tuple[float, Any]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    r = get(path, headers={"Authorization": f"Bearer {token}"})
    dt = time.perf_counter() - t0
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return dt, r


def measure(get, url: str, info: dict, repeat: int, typical: int, seed: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from indsigt import auth
    from indsigt.db import session_scope

    rnd = random.Random(seed + 1)
    heavy = info["heavy_patient"]
    patients = info["world"]["patients"]
    with session_scope(url) as s:
        issuer = auth.dev_issuer()

        def token(pid: str) -> str:
            return issuer.mint(auth.persona_claims(s, f"patient:{pid}"), lifetime=3600)

        heavy_token = token(heavy)
        sample = [
            synth.World(**info["world"]).patient_id(i)
            for i in rnd.sample(range(1, patients), min(typical * 2, patients - 1))
        ]
        tokens = {pid: token(pid) for pid in sample}
    out: dict[str, Any] = {}
    # the heavy citizen: warm up once, then repeat
    path = f"/api/citizens/{heavy}/log"
    _, r = _timed(get, path, heavy_token)
    doc = r.json()
    out["heavy_total_entries"] = doc["total"]
    out["heavy_groups"] = len(doc["groups"])
    out["heavy_response_bytes"] = len(r.content)
    out["heavy_log"] = _stats([_timed(get, path, heavy_token)[0] for _ in range(repeat)])
    biggest = max(doc["groups"], key=lambda g: g["count"])
    drill = f"/api/citizens/{heavy}/log/groups/{biggest['id']}?limit=500"
    _timed(get, drill, heavy_token)
    out["heavy_drilldown_group_count"] = biggest["count"]
    out["heavy_drilldown"] = _stats(
        [_timed(get, drill, heavy_token)[0] for _ in range(max(3, repeat // 3))]
    )
    ent = f"/api/citizens/{heavy}/log?entries=true&limit=500"
    _timed(get, ent, heavy_token)
    out["heavy_entries_page"] = _stats(
        [_timed(get, ent, heavy_token)[0] for _ in range(max(3, repeat // 3))]
    )
    # typical citizens: the first half warms up code paths, the second half is measured
    warm, measured = sample[: len(sample) // 2], sample[len(sample) // 2 :]
    for pid in warm[: min(20, len(warm))]:
        _timed(get, f"/api/citizens/{pid}/log", tokens[pid])
    times, sizes = [], []
    for pid in measured:
        dt, r = _timed(get, f"/api/citizens/{pid}/log", tokens[pid])
        times.append(dt)
        sizes.append(r.json()["total"])
    out["typical_log"] = _stats(times)
    out["typical_entries_median"] = statistics.median(sizes) if sizes else 0
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=1_000_000, help="entries in the store")
    ap.add_argument("--heavy", type=int, default=50_000, help="entries of the heavy citizen")
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--typical", type=int, default=200, help="typical citizens measured")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--db", help="build into this SQLite/PostgreSQL URL (default: a temp file)")
    ap.add_argument("--reuse", action="store_true", help="--db is already built: only measure")
    ap.add_argument("--http", action="store_true", help="also measure over HTTP (indsigt serve)")
    ap.add_argument("--out", type=Path, default=ROOT / "artifacts" / "api_bench.json")
    args = ap.parse_args(argv)

    from scratch import scratch_dir

    tmp = scratch_dir("indsigt-apibench-")
    url = args.db or f"sqlite:///{tmp / 'bench.db'}"
    os.environ["INDSIGT_DB"] = url
    os.environ.setdefault("INDSIGT_KEY_FILE", str(tmp / "bench.key"))
    os.environ["INDSIGT_DEV_LOGIN"] = "true"
    from indsigt.config import get_settings

    get_settings.cache_clear()
    info_path = tmp / "info.json" if not args.db else Path(str(args.db).split("///")[-1] + ".info")
    if args.reuse:
        info = json.loads(info_path.read_text())
        print("genbruger", url, file=sys.stderr)
    else:
        print(f"bygger en database med {args.entries:,} logposter …", file=sys.stderr)
        info = build(url, args.entries, args.heavy, args.seed)
        info_path.write_text(json.dumps(info))
        print(json.dumps(info["timings"]), file=sys.stderr)

    from fastapi.testclient import TestClient

    from indsigt.app import create_app

    with TestClient(create_app()) as client:
        result = {
            "mode": "in-process",
            **measure(client.get, url, info, args.repeat, args.typical, args.seed),
        }
    results = [result]
    if args.http:
        import httpx

        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "INDSIGT_BASE_URL": base}
        exe = Path(sys.executable).with_name("indsigt")
        proc = subprocess.Popen(
            [str(exe), "serve", "--port", str(port), "--db", url],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(300):
                try:
                    if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            os.environ["INDSIGT_BASE_URL"] = base
            get_settings.cache_clear()
            with httpx.Client(base_url=base, timeout=60) as c:
                results.append(
                    {
                        "mode": "http",
                        **measure(c.get, url, info, args.repeat, args.typical, args.seed),
                    }
                )
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    doc = {
        "entries_in_store": args.entries,
        "heavy_entries": args.heavy,
        "database": url.split(":", 1)[0],
        "build": info["timings"],
        "precompute": info["precompute"],
        "results": results,
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2))
    for r in results:
        print(
            f"[{r['mode']}] store {args.entries:,} entries; heavy citizen {r['heavy_total_entries']:,} "
            f"entries in {r['heavy_groups']} groups:"
        )
        for key in ("heavy_log", "heavy_drilldown", "heavy_entries_page", "typical_log"):
            s = r[key]
            print(
                f"  {key:20} p50 {s['p50_ms']:8.1f} ms   p99 {s['p99_ms']:8.1f} ms   (n={s['n']})"
            )
    print(f"figures: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
