"""Benchmark of the tamper-evident log (issue 17): appends per second, and proofs in a big tree.

    .venv/bin/python bench/integrity_bench.py [--entries 1000000] [--tree 10000000]
        [--db sqlite:///PATH] [--proofs 1000] [--out bench/out/integrity.json]

1. **Appends.** ``--entries`` access entries (synthetic, realistic columns) appended in batches of
   50,000 with :func:`indsigt.integrity.log.append_entries` (leaf hashes with the salted
   commitments, leaf rows, subtree nodes, per-source day counts), side by side in the same run
   with two baselines on the same rows: the leaf hashing alone, and the floor of the storage (a
   plain bulk insert of the same (index, id, hash) rows without any tree logic).
2. **Proofs.** A tree of ``--tree`` leaves (leaf hashes appended in batches; 1,000 of them with a
   real access entry), then ``--proofs`` inclusion proofs of random entries against the signed
   head: time per proof (lookup of the leaf by entry id, the subtree hashes from the store, the
   document) and per verification (what a citizen's software does), p50/p99/max.

Times are process CPU time and wall time; the machine may be shared (the load average is printed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from indsigt.db import get_engine, init_db, session_scope
from indsigt.integrity import log as tlog
from indsigt.integrity.keys import integrity_keys
from indsigt.integrity.leaf import TupleHasher
from indsigt.store import AccessEntry

BATCH = 50_000
T0 = datetime(2026, 1, 5, 7, 0)
SYSTEMS = ("EPJ Syd", "Sundhedsplatformen", "MinLog", "FMK")


def entries(n: int, start: int = 0) -> list[tuple]:
    cols = tlog.ENTRY_COLUMNS
    rnd = random.Random(start)
    out = []
    for i in range(start, start + n):
        row = {
            "id": f"bench-{i:09d}",
            "patient_id": f"p{rnd.randrange(100_000):06d}",
            "time": T0 + timedelta(seconds=37 * i),
            "action": "R",
            "purpose": "TREAT",
            "user_ref": f"PractitionerRole/r{rnd.randrange(20_000)}",
            "user_staff_id": f"s{rnd.randrange(20_000)}",
            "user_role_id": None,
            "user_display": None,
            "on_behalf_staff_id": None,
            "on_behalf_display": None,
            "organization_id": f"o{rnd.randrange(400)}",
            "system_name": SYSTEMS[i % 4],
            "what": "Opslag i journal",
            "data_ref": None,
            "session_id": None,
            "is_system": False,
            "source": "fhir",
        }
        out.append(tuple(row.get(c) for c in cols))
    return out


def _fresh(url: str | None) -> str:
    if url:
        return url
    from scratch import scratch_dir

    d = scratch_dir("indsigt-integrity-")
    return f"sqlite:///{d}/bench.db"


def bench_appends(n: int, url: str) -> dict:
    init_db(url)
    key = integrity_keys(url).salt_key
    hasher = TupleHasher(tlog.ENTRY_COLUMNS, key)
    rows = entries(n)
    # baseline 1: the leaf hashing alone
    c0 = time.process_time()
    hashes = [hasher(r) for r in rows]
    hash_cpu = time.process_time() - c0
    # baseline 2: the floor of the storage, the same rows without any tree logic
    eng = get_engine(url)
    with eng.begin() as c:
        c.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS bench_floor (idx BIGINT PRIMARY KEY, entry_id "
            "VARCHAR(128), hash BLOB)"
            if eng.dialect.name == "sqlite"
            else "CREATE TABLE IF NOT EXISTS bench_floor (idx BIGINT PRIMARY KEY, entry_id "
            "VARCHAR(128), hash BYTEA)"
        )
        c.exec_driver_sql(
            "CREATE UNIQUE INDEX IF NOT EXISTS bench_floor_e ON bench_floor(entry_id)"
        )
    c0, w0 = time.process_time(), time.perf_counter()
    for i in range(0, n, BATCH):
        with eng.begin() as c:
            cur = c.connection.dbapi_connection.cursor()
            ph = "?" if eng.dialect.name == "sqlite" else "%s"
            cur.executemany(
                f"INSERT INTO bench_floor VALUES ({ph}, {ph}, {ph})",
                [(j, rows[j][0], hashes[j]) for j in range(i, min(n, i + BATCH))],
            )
    floor_cpu, floor_wall = time.process_time() - c0, time.perf_counter() - w0
    # the real thing
    c0, w0 = time.process_time(), time.perf_counter()
    for i in range(0, n, BATCH):
        with session_scope(url) as s:
            tlog.append_entries(s, rows[i : i + BATCH])
    app_cpu, app_wall = time.process_time() - c0, time.perf_counter() - w0
    with session_scope(url) as s:
        c0 = time.process_time()
        tlog.sign_head(s)
        sign_cpu = time.process_time() - c0
    return {
        "entries": n,
        "hash_only_per_s_cpu": round(n / hash_cpu),
        "floor_insert_per_s_cpu": round(n / floor_cpu),
        "floor_insert_per_s_wall": round(n / floor_wall),
        "append_per_s_cpu": round(n / app_cpu),
        "append_per_s_wall": round(n / app_wall),
        "append_vs_floor_cpu": round(floor_cpu / app_cpu, 3),
        "sign_head_ms": round(sign_cpu * 1000, 1),
    }


def bench_proofs(size: int, url: str, n_proofs: int) -> dict:
    init_db(url)
    with session_scope(url) as s:
        have = tlog.tree_size(s)
    real = sorted(random.Random(7).sample(range(size), min(1000, size)))
    real_set = set(real)
    c0, w0 = time.process_time(), time.perf_counter()
    for i in range(have, size, 200_000):
        m = min(size, i + 200_000)
        items = [
            (f"t-{j:09d}", hashlib.sha256(b"\x00" + j.to_bytes(8, "big")).digest())
            for j in range(i, m)
        ]
        with session_scope(url) as s:
            first, _ = tlog._append_hashes(s, items)
            assert first == i
    build = (time.process_time() - c0, time.perf_counter() - w0)
    # real entries for the sampled leaves, and their leaf hashes as the tree has them
    with session_scope(url) as s:
        key = integrity_keys(url).salt_key
        hasher = TupleHasher(tlog.ENTRY_COLUMNS, key)
        rows = []
        for j in real:
            r = list(entries(1, j)[0])
            r[0] = f"t-{j:09d}"
            rows.append(tuple(r))
        s.execute(
            insert(AccessEntry), [dict(zip(tlog.ENTRY_COLUMNS, r, strict=True)) for r in rows]
        )
        for r, j in zip(rows, real, strict=True):
            s.execute(
                text("UPDATE merkle_leaf SET hash = :h WHERE idx = :i"), {"h": hasher(r), "i": j}
            )
        # the subtrees above the changed leaves are stale: rebuild the nodes once
        s.execute(text("DELETE FROM merkle_node"))
        total = tlog.tree_size(s)
        step = 1 << 20
        for a in range(0, total, step):
            b = min(total, a + step)
            hs = {
                idx: bytes(h)
                for idx, h in s.execute(
                    text("SELECT idx, hash FROM merkle_leaf WHERE idx >= :a AND idx < :b"),
                    {"a": a, "b": b},
                )
            }
            tlog._store_nodes(s, a, b, hs)
        tlog.sign_head(s)
    key_v = integrity_keys(url).verifier_key
    rnd = random.Random(11)
    times, verify_times = [], []
    with session_scope(url) as s:
        for _ in range(n_proofs):
            j = rnd.choice(real)
            t0 = time.perf_counter()
            doc = tlog.inclusion_proof(s, f"t-{j:09d}")
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            tlog.check_inclusion(doc, key_v)
            verify_times.append(time.perf_counter() - t0)
    assert len(real_set) == len(real)

    def ms(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return round(xs[min(len(xs) - 1, int(q * len(xs)))] * 1000, 2)

    return {
        "tree_size": size,
        "build_cpu_s": round(build[0], 1),
        "build_wall_s": round(build[1], 1),
        "proofs": n_proofs,
        "proof_ms_p50": ms(times, 0.5),
        "proof_ms_p99": ms(times, 0.99),
        "proof_ms_max": round(max(times) * 1000, 2),
        "proof_ms_mean": round(statistics.mean(times) * 1000, 2),
        "verify_ms_p50": ms(verify_times, 0.5),
        "verify_ms_p99": ms(verify_times, 0.99),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--tree", type=int, default=10_000_000)
    ap.add_argument("--proofs", type=int, default=1000)
    ap.add_argument("--db", help="database for the appends (default: a fresh SQLite file)")
    ap.add_argument("--tree-db", help="database for the big tree (default: a fresh SQLite file)")
    ap.add_argument("--out", default="bench/out/integrity.json")
    args = ap.parse_args()
    from scratch import scratch_dir

    os.environ.setdefault(
        "INDSIGT_KEY_FILE", str(scratch_dir("indsigt-integrity-key-") / "bench.key")
    )
    result = {"load_average": os.getloadavg()}
    if args.entries:
        result["appends"] = bench_appends(args.entries, _fresh(args.db))
        print(json.dumps(result["appends"], indent=2))
    if args.tree:
        result["proofs"] = bench_proofs(args.tree, _fresh(args.tree_db), args.proofs)
        print(json.dumps(result["proofs"], indent=2))
    result["load_average_after"] = os.getloadavg()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    print(f"load average before/after: {result['load_average']} / {result['load_average_after']}")


if __name__ == "__main__":
    main()
