"""Evaluation harness of the citizen access log against the generator's ground truth.

For each parameter set and seed: generate synthetic data (``indsigt.demo.generate``), import it
through the real command line (``indsigt --db ... import ...``), run ``indsigt log P --entries
--json`` through the real command line for the citizens (all with ``--all``, else a sample: every
heavy citizen, citizens with misuse entries up to half the sample, and random others), and
compare every entry's state with its ground-truth label.

Reported (targets in brackets; the definitions of issue 12):

- explained: legitimate accesses with an ``explained_by`` and no alarm (below)         [>= 98 %]
- caught: misuse entries that carry any flag code (``no_relation`` counts)              [>= 98 %]
- false alarms: legitimate entries that carry any flag code (``no_relation`` counts: "we
  cannot explain this" alarms the citizen as much), except ``break_glass`` on an emergency
  override that a relation explains                                                    [<= 1 %]
- condensation of heavy citizens (>= 1,000 entries): entries per group                [>= 100]
- conservation: every entry exactly once, group counts add up                          [exact]

and the same per kind of access (ground-truth label): explained / falsely flagged / detected.

    .venv/bin/python bench/accesslog_eval.py                 # the default sets, 2 seeds each
    .venv/bin/python bench/accesslog_eval.py --quick         # one small set, one seed
    .venv/bin/python bench/accesslog_eval.py --json out.json --sample 120 --workers 2
    # the independent generator (helper indep's tests/independent/accesslog, e.g. from
    # ``git archive indep tests/independent | tar -x -C /tmp/indep``), 300 citizens, seed 11:
    .venv/bin/python bench/accesslog_eval.py --independent /tmp/indep --no-own --in-process

``--in-process`` reads the logs with ``views.log_view`` in this process instead of one
``indsigt log`` process per citizen (the same function the command calls; much faster).

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INDSIGT = str(ROOT / ".venv" / "bin" / "indsigt")
FILES = (
    "organizations.ndjson",
    "staff.ndjson",
    "patients.ndjson",
    "relations.ndjson",
    "documents.ndjson",
    "audit.ndjson",
    "log.csv",
)
HEAVY = 1000

#: name -> generator arguments
SETS: dict[str, dict[str, Any]] = {
    "default": {"citizens": 300, "heavy_share": 0.05, "misuse_share": 0.01},
    "more-misuse": {"citizens": 300, "heavy_share": 0.05, "misuse_share": 0.05},
    "home-care": {"citizens": 250, "heavy_share": 0.25, "misuse_share": 0.02},
    "one-region": {"citizens": 300, "heavy_share": 0.05, "misuse_share": 0.02, "regions": 1},
}
TARGETS = {
    "explained_legit": (">=", 0.98),
    "caught_misuse": (">=", 0.98),
    "false_alarms": ("<=", 0.01),
    "heavy_entries_per_group_min": (">=", 100.0),
    "conservation_errors": ("==", 0),
}


def alarming(entry: dict[str, Any]) -> list[str]:
    """The flags of an entry that count as an alarm: all of them, except ``break_glass`` on an
    emergency override that a treatment relation explains."""
    flags = list(entry.get("flags") or [])
    if entry.get("explained_by") is not None:
        flags = [f for f in flags if f != "break_glass"]
    return flags


def run(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False, **kw)


def evaluate(
    name: str,
    params: dict[str, Any],
    seed: int,
    work: Path,
    sample: int | None,
    workers: int,
    in_process: bool = False,
) -> dict[str, Any]:
    from indsigt.demo.generate import generate

    params = dict(params)
    citizens = params.pop("citizens")
    heavy_share = params.pop("heavy_share")
    misuse_share = params.pop("misuse_share")
    start, days = date(2026, 1, 1), 180
    out = work / f"{name}-{seed}"
    t0 = time.perf_counter()
    generate(
        out,
        citizens,
        seed,
        start=start,
        days=days,
        heavy_share=heavy_share,
        misuse_share=misuse_share,
        **params,
    )
    t_gen = time.perf_counter() - t0
    db = f"sqlite:///{out / 'indsigt.db'}"
    t0 = time.perf_counter()
    r = run([INDSIGT, "--db", db, "import", "--no-progress", *(str(out / f) for f in FILES)])
    if r.returncode != 0:
        raise SystemExit(f"import failed ({name}, seed {seed}):\n{r.stderr[-2000:]}")
    t_imp = time.perf_counter() - t0

    truth: dict[str, tuple[str, str]] = {}
    per_patient: dict[str, int] = Counter()
    misuse_patients: set[str] = set()
    with (out / "ground_truth.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            truth[row["entry_id"]] = (row["patient"], row["label"])
            per_patient[row["patient"]] += 1
            if row["label"].startswith("misuse"):
                misuse_patients.add(row["patient"])
    patients = sorted(per_patient)
    if sample is None or sample >= len(patients):
        chosen = patients
    else:
        rnd = random.Random(seed)
        heavy = sorted(p for p, n in per_patient.items() if n >= HEAVY)
        victims = sorted(misuse_patients - set(heavy))
        rnd.shuffle(victims)
        must = heavy + victims[: max(0, sample // 2 - len(heavy))]
        rest = [p for p in patients if p not in set(must)]
        rnd.shuffle(rest)
        chosen = sorted(must + rest[: max(0, sample - len(must))])
    at = (start + timedelta(days=days + 1)).isoformat()

    t0 = time.perf_counter()
    docs = _logs(db, chosen, at, workers, in_process)
    t_log = time.perf_counter() - t0

    return score(name, seed, citizens, truth, per_patient, docs) | {
        "seconds": {
            "generate": round(t_gen, 1),
            "import": round(t_imp, 1),
            "log_cli": round(t_log, 1),
            "log_cli_per_citizen_p50": round(statistics.median(d[2] for d in docs), 2),
        }
    }


def score(
    name: str,
    seed: int | str,
    citizens: int,
    truth: dict[str, tuple[str, str]],
    per_patient: dict[str, int],
    docs: list[tuple[str, dict[str, Any], float]],
    heavy: set[str] | None = None,
) -> dict[str, Any]:
    """Score the logs of the evaluated citizens against the ground truth (label per entry);
    ``heavy`` names the heavy citizens (default: those with at least ``HEAVY`` entries)."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    flags: dict[str, Counter[str]] = defaultdict(Counter)
    conservation = 0
    heavy_ratio: list[float] = []
    groups_total = entries_total = 0
    for p, doc, _ in docs:
        entries = doc["entries"]
        ids = [e["id"] for e in entries]
        gcount = {g["id"]: g["count"] for g in doc["groups"]}
        per_group = Counter(e["group"] for e in entries)
        ok = (
            len(ids) == len(set(ids)) == doc["total"] == per_patient[p]
            and sum(gcount.values()) == doc["total"]
            and per_group == Counter(gcount)
            and all(truth.get(i, ("",))[0] == p for i in ids)
        )
        conservation += 0 if ok else 1
        groups_total += len(doc["groups"])
        entries_total += doc["total"]
        if (p in heavy) if heavy is not None else doc["total"] >= HEAVY:
            heavy_ratio.append(doc["total"] / max(1, len(doc["groups"])))
        for e in entries:
            label = truth[e["id"]][1]
            k = kinds[label]
            k["n"] += 1
            alarm = bool(alarming(e))
            k["explained"] += e["explained_by"] is not None and not alarm
            k["alarm"] += alarm
            k["flagged"] += bool(e["flags"])
            k["system"] += e["state"] == "system"
            for fl in e["flags"]:
                flags[label][fl] += 1

    def total(labels: list[str], key: str) -> tuple[int, int]:
        return sum(kinds[x][key] for x in labels), sum(kinds[x]["n"] for x in labels)

    def share(labels: list[str], key: str, default: float = 1.0) -> float:
        k, n = total(labels, key)
        return k / n if n else default

    legit = [x for x in kinds if x.startswith("legit")]
    misuse = [x for x in kinds if x.startswith("misuse")]
    return {
        "set": name,
        "seed": seed,
        "citizens": citizens,
        "entries": len(truth),
        "evaluated_citizens": len(docs),
        "evaluated_entries": entries_total,
        "explained_legit": share(legit, "explained"),
        "caught_misuse": share(misuse, "flagged"),
        "false_alarms": share(legit, "alarm", 0.0),
        "system_recognised": share(["system"], "system"),
        "heavy_citizens": len(heavy_ratio),
        "heavy_entries_per_group_min": min(heavy_ratio) if heavy_ratio else None,
        "heavy_entries_per_group_median": statistics.median(heavy_ratio) if heavy_ratio else None,
        "entries_per_group_all": entries_total / max(1, groups_total),
        "conservation_errors": conservation,
        "per_kind": {
            x: {
                "entries": kinds[x]["n"],
                "explained": kinds[x]["explained"] / kinds[x]["n"],
                "falsely_flagged" if x.startswith("legit") else "detected": (
                    kinds[x]["alarm"] if x.startswith("legit") else kinds[x]["flagged"]
                )
                / kinds[x]["n"],
            }
            for x in sorted(kinds)
            if kinds[x]["n"]
        },
        "flags_per_kind": {x: dict(flags[x]) for x in sorted(flags)},
    }


def print_kinds(r: dict[str, Any]) -> None:
    for kind, v in r["per_kind"].items():
        extra = (
            f"falsely flagged {v['falsely_flagged']:7.2%}"
            if "falsely_flagged" in v
            else f"detected {v['detected']:7.2%}"
        )
        print(
            f"    {kind:24} {v['entries']:>8,} entries | explained {v['explained']:7.2%} | {extra}"
        )


def check(results: list[dict[str, Any]]) -> list[str]:
    misses = []
    for r in results:
        for key, (op, target) in TARGETS.items():
            v = r[key]
            if v is None:
                continue
            ok = v >= target if op == ">=" else v <= target if op == "<=" else v == target
            if not ok:
                misses.append(f"{r['set']}/seed {r['seed']}: {key} = {v} (target {op} {target})")
    return misses


def independent(
    checkout: Path, seed: int, citizens: int, work: Path, workers: int, in_process: bool
) -> dict[str, Any]:
    """The independent generator (helper indep's ``tests/independent/accesslog`` in
    ``checkout``): its world is written and imported by its own loader, every citizen's log is
    read here and scored with the definitions above against its ground truth."""
    from datetime import date

    sys.path.insert(0, str(checkout / "tests"))
    from independent.accesslog import evaluate as ind_eval
    from independent.accesslog import gen as ind_gen

    t0 = time.perf_counter()
    world = ind_gen.build(seed, citizens, date.today(), None)
    out = work / f"independent-{seed}-{citizens}"
    out.mkdir(parents=True, exist_ok=True)
    db, key, problems = ind_eval.load(world, out)
    t_imp = time.perf_counter() - t0
    truth = {
        e.id: (e.patient, ("legit_" if e.legit else "misuse_") + e.kind) for e in world.entries
    }
    per_patient: dict[str, int] = Counter(e.patient for e in world.entries)
    heavy = {c.id for c in world.citizens if c.profile == "heavy_homecare"}
    t0 = time.perf_counter()
    docs = _logs(db, sorted(per_patient), None, workers, in_process, key=key)
    r = score("independent", seed, len(per_patient), truth, per_patient, docs, heavy)
    r["problems"] = problems
    r["seconds"] = {
        "generate_and_import": round(t_imp, 1),
        "logs": round(time.perf_counter() - t0, 1),
    }
    return r


def _logs(
    db: str,
    patients: list[str],
    at: str | None,
    workers: int,
    in_process: bool,
    key: Path | None = None,
) -> list[tuple[str, dict[str, Any], float]]:
    """``indsigt log P --entries --json`` for each citizen: through the command line, or (with
    ``in_process``) the same view function in this process (``views.log_view``)."""
    env = {**os.environ, **({"INDSIGT_KEY_FILE": str(key)} if key else {})}
    if in_process:
        os.environ.update(env)
        from indsigt.config import get_settings
        from indsigt.db import session_scope
        from indsigt.timeutil import parse_at
        from indsigt.views import log_view

        get_settings.cache_clear()
        when = parse_at(at) if at else None
        out = []
        for p in patients:
            t = time.perf_counter()
            with session_scope(db) as s:
                doc = log_view(s, p, p, when, entries=True)
            out.append((p, json.loads(json.dumps(doc, default=str)), time.perf_counter() - t))
        return out

    def one(p: str) -> tuple[str, dict[str, Any], float]:
        t = time.perf_counter()
        args = [INDSIGT, "--db", db, "log", p, "--entries", "--json"]
        r = run([*args, "--at", at] if at else args, env=env)
        if r.returncode != 0:
            raise SystemExit(f"log {p} failed: {r.stderr[-2000:]}")
        return p, json.loads(r.stdout), time.perf_counter() - t

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, patients))


def report(r: dict[str, Any]) -> None:
    print(
        f"{r['set']:12} seed {r['seed']}: {r['evaluated_entries']:>7,} entries of "
        f"{r['evaluated_citizens']} citizens | explained legit {r['explained_legit']:.2%} | "
        f"misuse caught {r['caught_misuse']:.2%} | false alarms {r['false_alarms']:.2%} | "
        f"heavy entries/group min {r['heavy_entries_per_group_min'] or 0:.0f} | "
        f"conservation errors {r['conservation_errors']}",
        flush=True,
    )
    print_kinds(r)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    ap.add_argument("--seeds", nargs="*", type=int, default=[1, 2])
    ap.add_argument("--sample", type=int, default=80, help="citizens per run (default 80)")
    ap.add_argument("--all", action="store_true", help="every citizen through the CLI")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--quick", action="store_true", help="the default set, seed 1, 40 citizens")
    ap.add_argument("--json", type=Path, help="write the full report here")
    ap.add_argument("--work", type=Path, help="keep generated data here (default: temporary)")
    ap.add_argument(
        "--independent",
        type=Path,
        metavar="DIR",
        help="also evaluate on the independent generator in DIR/tests/independent/accesslog",
    )
    ap.add_argument("--independent-citizens", type=int, default=300)
    ap.add_argument("--independent-seeds", nargs="*", type=int, default=[11])
    ap.add_argument(
        "--in-process", action="store_true", help="read the logs in this process, not the CLI"
    )
    ap.add_argument("--no-own", action="store_true", help="skip the project's generator")
    a = ap.parse_args(argv)
    if a.quick:
        a.sets, a.seeds, a.sample = ["default"], [1], 40
    results = []
    with tempfile.TemporaryDirectory(prefix="indsigt-eval-") as tmp:
        work = a.work or Path(tmp)
        for seed in a.independent_seeds if a.independent else ():
            r = independent(
                a.independent, seed, a.independent_citizens, work, a.workers, a.in_process
            )
            results.append(r)
            report(r)
        for name in [] if a.no_own else a.sets:
            for seed in a.seeds:
                r = evaluate(
                    name,
                    SETS[name],
                    seed,
                    work,
                    None if a.all else a.sample,
                    a.workers,
                    a.in_process,
                )
                results.append(r)
                report(r)
    if a.json:
        a.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    misses = check(results)
    for m in misses:
        print("MISSED:", m)
    print("all targets met" if not misses else f"{len(misses)} target(s) missed")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
