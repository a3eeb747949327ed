"""Benchmark: a protected journal view of a citizen with 1,000 notes under an order covering
20,000 staff members. Targets (issue 11): < 150 ms CPU per view once the name matcher is cached
(the notes searched for the first time) and < 1 s for a cold view.

    .venv/bin/python bench/journal_bench.py [--staff 20000] [--notes 1000] [--runs 15]

Builds a fresh SQLite store in a temporary folder with direct inserts (synthetic data only),
adds one patient-kind order by organisation (a hospital with 50 departments, every staff member
under it), then times ``views.journal_view`` in a fresh session per run, like a request:

- ``cold_build``: the first view ever: every cache cleared and no built matcher stored (loads the
  20,000 people, builds the matcher and stores it next to the key file, pins the labels);
- ``cold``: a new process: every in-process cache cleared, the built matcher found in the store
  (``names.MatcherStore``; what a restarted server or another worker sees);
- ``cold_process``: the same in a real new process (``--cold-child``; the median of
  ``--children`` processes, 3 unless told; indsigt imported before the clock starts, as in a
  server or a CLI that has started; what is imported lazily during the view, such as the
  word-frequency table, counts);
- ``matcher_cached``: the matcher is cached but the notes are searched again (the spans the roster
  remembers are forgotten, and the stored findings removed, before each run): the first view of a
  citizen under a known order whose notes nobody searched before (the measure of earlier
  sessions; the view stores what it found);
- ``findings_stored``: the same, but the notes' findings are stored (``protect.findings``:
  searched when the order was added or at import, ``precompute_findings``): the first view of a
  citizen under a known order, as it is once the notes were searched before anyone looks;
- ``cold_findings_stored`` / ``cold_process_findings_stored``: ``cold`` / ``cold_process`` with
  the findings stored;
- ``cached``: everything cached (the same citizen or a proxy looks again).

``cold``, ``cold_process`` and ``matcher_cached`` keep their old meaning (no findings stored:
they are removed before each run). ``precompute`` is the CPU time of ``precompute_findings`` for
the citizen (matcher built, notes not searched): what adding the order (or the import) costs
more now; the matcher build itself is in ``cold_build``.

Each is the median (and min/max) of ``--runs`` runs. Before each in-process cold view the
garbage of the scenario before it is collected (``gc.collect()``), as a new process has none: the
matcher built in ``cold_build`` would otherwise be walked by a full collection during ``cold``.

``parts`` times the search of all notes (``matcher.find``) on its own: the median of three
searches with a matcher that has searched before (``matcher_find_all_notes_ms`` / ``_cpu_ms``),
and the first search of the matcher loaded from the store apart (``..._first_...``: a loaded
matcher makes its keys and typo index when first needed; with stored findings no view before it
searched, so an untimed-apart first search once read as a slower search).

Prints the figures and writes them to ``bench/out/journal.json``.

``--baseline REF`` (e.g. ``main``) first runs the same bench on the code of another commit
(``git archive REF src`` into a temporary folder, the child process's ``PYTHONPATH``), then on
this code, and prints the CPU figures of both side by side: on a shared machine only figures of
one run compare. With ``--baseline-compiled`` the baseline's compiled modules are built too (its
``setup.py``, about a minute), so that a compiled checkout is compared with compiled code.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "journal.json"

try:
    from indsigt.demo.names_data import FAMILY, GIVEN_FEMALE, GIVEN_MALE

    GIVEN = [n for n, _ in GIVEN_MALE + GIVEN_FEMALE]
    FAMILIES = [n for n, _ in FAMILY]
except ImportError:  # pragma: no cover - the demo data module is optional here
    GIVEN = [
        "Anne",
        "Mette",
        "Hans",
        "Per",
        "Karen",
        "Søren",
        "Jens",
        "Lone",
        "Bo",
        "Kirsten",
        "Lars",
        "Ida",
        "Emil",
        "Freja",
    ]
    FAMILIES = [
        "Jensen",
        "Nielsen",
        "Hansen",
        "Holm",
        "Skov",
        "Lund",
        "Berg",
        "Kjær",
        "Dam",
        "Rask",
        "Møller",
        "Bach",
    ]
TITLES = ["Sygeplejerske", "Overlæge", "Reservelæge", "Lægesekretær", "Fysioterapeut", "Psykolog"]
FILLER = [
    "Pt. har sovet godt i nat, spist morgenmad og fået sin medicin.",
    "Hans datter er orienteret pr. telefon og kommer på besøg i morgen.",
    "Blodtryk 128/82, puls 74, temperatur 37,1. Ingen smerter.",
    "Pt. gik en tur i skov og park med fysioterapeut; god gangfunktion.",
    "Plan: fortsat observation, ny blodprøve i morgen, udskrivelse drøftes.",
    "Sår på venstre underben tilset og skiftet; pænt, ingen tegn på infektion.",
]


def build(url: str, n_staff: int, n_notes: int, seed: int = 7) -> dict[str, object]:
    from sqlalchemy import insert

    from indsigt.db import init_db
    from indsigt.store import Document, Organization, Patient, Staff, StaffRole

    rnd = random.Random(seed)
    engine = init_db(url)
    orgs = [
        {"id": "o-reg", "name": "Region Bench", "type": "region", "part_of": None},
        {"id": "o-hosp", "name": "Bench Sygehus", "type": "hospital", "part_of": "o-reg"},
    ]
    orgs += [
        {"id": f"o-d{i}", "name": f"Afdeling {i}", "type": "department", "part_of": "o-hosp"}
        for i in range(50)
    ]
    staff, roles, people = [], [], []
    for i in range(n_staff):
        given = rnd.choice(GIVEN) + (f" {rnd.choice(GIVEN)}" if rnd.random() < 0.3 else "")
        family = rnd.choice(FAMILIES) + (f"-{rnd.choice(FAMILIES)}" if rnd.random() < 0.1 else "")
        uname = f"u{i:05d}"
        staff.append(
            {
                "id": f"s{i}",
                "given": given,
                "family": family,
                "username": uname,
                "auth_id": f"A{i:05d}",
                "email": f"{uname}@bench.example",
            }
        )
        title = rnd.choice(TITLES)
        roles.append(
            {"id": f"r{i}", "staff_id": f"s{i}", "organization_id": f"o-d{i % 50}", "title": title}
        )
        people.append((given, family, title))
    start = datetime(2025, 1, 1, 8)
    docs = []
    for n in range(n_notes):
        a = rnd.randrange(n_staff)
        g, f, t = people[a]
        o = people[rnd.randrange(n_staff)]
        parts = rnd.sample(FILLER, 3)
        text = (
            f"{parts[0]} Set af {t.lower()} {g} {f}. {parts[1]} "
            f"Aftalt med {o[1]} og {o[0].split()[0]} {o[1]}; {o[1]}s vurdering følger. "
            f"{parts[2]} Kontakt: u{a:05d}@bench.example\n/{g[0]}{f[0]}"
        )
        docs.append(
            {
                "id": f"d{n}",
                "patient_id": "p-bench",
                "date": start + timedelta(hours=7 * n),
                "title": "Sygeplejenotat",
                "author_staff_id": f"s{a}",
                "author_role_id": f"r{a}",
                "organization_id": f"o-d{a % 50}",
                "content_type": "text/plain",
                "text": text,
            }
        )
    with engine.begin() as c:
        c.execute(insert(Organization), orgs)
        c.execute(insert(Staff), staff)
        c.execute(insert(StaffRole), roles)
        c.execute(insert(Patient), [{"id": "p-bench", "given": "Bo", "family": "Borger"}])
        c.execute(insert(Document), docs)
    return {"staff": n_staff, "notes": n_notes, "text_chars": sum(len(d["text"]) for d in docs)}


def cold_child(folder: Path) -> None:
    """In a new process: the first view of the bench's store (its matcher stored next to the
    key file); prints the process CPU time of that view in ms."""
    os.environ["INDSIGT_DB"] = f"sqlite:///{folder / 'bench.db'}"
    os.environ["INDSIGT_KEY_FILE"] = str(folder / "bench.key")
    from indsigt.db import session_scope
    from indsigt.timeutil import parse_at
    from indsigt.views import journal_view

    at = parse_at("2025-12-01T12:00:00+01:00")
    c = time.process_time()
    with session_scope(os.environ["INDSIGT_DB"]) as s:
        doc = journal_view(s, "p-bench", "p-bench", at)
    ms = (time.process_time() - c) * 1000
    assert len(doc["documents"]) > 0
    print(json.dumps({"cpu_ms": round(ms, 1)}))


def side_by_side(args: argparse.Namespace) -> None:
    """The bench on ``args.baseline``'s code, then on this code, each in a new process; the CPU
    figures of both in one table (and both results in ``args.out``)."""
    from baseline import checkout_src
    from scratch import scratch_dir

    tmp = scratch_dir("indsigt-bench-base-")
    base_src, commit = checkout_src(args.baseline, tmp, compiled=args.baseline_compiled)
    codes = [(f"baseline {commit}", str(base_src)), ("this code", str(ROOT / "src"))]
    results = {}
    for name, src in codes:
        env = {**os.environ, "PYTHONPATH": src}
        out = tmp / f"{name.split()[0]}.json"
        cmd = [sys.executable, __file__, "--staff", str(args.staff), "--notes", str(args.notes)]
        cmd += ["--runs", str(args.runs), "--children", str(args.children), "--out", str(out)]
        subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
        results[name] = json.loads(out.read_text())
    rows = [
        "cold_build",
        "cold",
        "cold_process",
        "matcher_cached",
        "cold_findings_stored",
        "cold_process_findings_stored",
        "findings_stored",
        "cached",
        "precompute",
    ]
    print(f"{'CPU ms per view (median)':30}" + "".join(f"{n:>18}" for n in results))
    for row in rows:
        cells = [r["cpu_ms"].get(row, "-") for r in results.values()]
        print(f"{row:30}" + "".join(f"{x:>18}" for x in cells))
    parts = [
        ("find, all notes (wall ms)", "matcher_find_all_notes_ms"),
        ("find, all notes (CPU ms)", "matcher_find_all_notes_cpu_ms"),
        ("find, first search (CPU ms)", "matcher_find_all_notes_first_cpu_ms"),
    ]
    for label, part in parts:
        cells = [r["parts"].get(part, "-") for r in results.values()]
        print(f"{label:30}" + "".join(f"{x:>18}" for x in cells))
    print(f"load average {os.getloadavg()}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--staff", type=int, default=20_000)
    ap.add_argument("--notes", type=int, default=1_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--children", type=int, default=3, help="new processes timed for each cold_process row"
    )
    ap.add_argument("--cold-child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--baseline", help="a git ref whose code runs the same bench first")
    ap.add_argument(
        "--baseline-compiled",
        action="store_true",
        help="build the baseline's compiled modules too (its setup.py), as this code's are",
    )
    args = ap.parse_args()
    if args.cold_child is not None:
        cold_child(args.cold_child)
        return
    if args.baseline:
        side_by_side(args)
        return

    from scratch import scratch_dir

    tmp = scratch_dir("indsigt-bench-")
    url = f"sqlite:///{tmp / 'bench.db'}"
    os.environ["INDSIGT_DB"] = url
    os.environ["INDSIGT_KEY_FILE"] = str(tmp / "bench.key")

    from sqlalchemy import select

    from indsigt.db import session_scope
    from indsigt.protect import names
    from indsigt.protect.orders import add_orders
    from indsigt.protect.policy import clear_caches, protection_for_view
    from indsigt.store import Document
    from indsigt.timeutil import parse_at
    from indsigt.views import journal_view

    t0 = time.perf_counter()
    sizes = build(url, args.staff, args.notes)
    build_s = time.perf_counter() - t0
    with session_scope(url) as s:
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p-bench",
                "organization": "o-hosp",
                "from": "2025-01-01",
                "until": "2026-01-01",
                "reason": "violence",
            },
            actor="bench",
        )
    at = parse_at("2025-12-01T12:00:00+01:00")

    cpu: dict[str, list[float]] = {
        "cold_build": [],
        "cold": [],
        "cold_process": [],
        "matcher_cached": [],
        "cold_findings_stored": [],
        "cold_process_findings_stored": [],
        "findings_stored": [],
        "cached": [],
        "precompute": [],
    }
    try:
        from indsigt.protect.findings import precompute_findings
    except ImportError:  # the baseline's code: no stored findings
        precompute_findings = None  # type: ignore[assignment]

    def forget_findings() -> None:  # the notes' findings stored by a view or a precompute
        import shutil

        shutil.rmtree(tmp / "matcher-findings", ignore_errors=True)
        clear_known()

    def clear_known() -> None:
        if precompute_findings is not None:
            from indsigt.protect import findings

            findings._known.clear()

    def view(kind: str) -> tuple[float, dict]:
        t, c = time.perf_counter(), time.process_time()
        with session_scope(url) as s:
            doc = journal_view(s, "p-bench", "p-bench", at)
        cpu[kind].append((time.process_time() - c) * 1000)
        return (time.perf_counter() - t) * 1000, doc

    def roster():  # the cached roster (people, matcher, remembered spans) of this view
        with session_scope(url) as s:
            return protection_for_view(s, "p-bench", "p-bench", at).rosters[0]  # type: ignore[attr-defined]

    def forget_spans() -> None:  # what the roster remembers of the notes (spans, filtered)
        found = roster()
        found.spans.clear()
        getattr(found, "kept", {}).clear()

    # 1a. cold, first ever: nothing cached in the process, no built matcher stored (loads 20,000
    #     people, builds the matcher and stores it next to the key file, pins the labels)
    clear_caches()
    names._cached_matcher.cache_clear()
    gc.collect()
    cold_build_ms, doc = view("cold_build")

    def child_view() -> float:
        child = subprocess.run(
            [sys.executable, __file__, "--cold-child", str(tmp)],
            capture_output=True,
            text=True,
            check=True,
        )
        return float(json.loads(child.stdout.strip().splitlines()[-1])["cpu_ms"])

    # 1b. cold: a new process (nothing cached in it) that finds the built matcher in the store
    #     (and no stored findings: the notes are searched)
    clear_caches()
    names._cached_matcher.cache_clear()
    forget_findings()
    gc.collect()
    cold_ms, doc = view("cold")
    # 1c. the same in real new processes (each finds no stored findings)
    for _ in range(args.children):
        forget_findings()
        cpu["cold_process"].append(child_view())
    # 2. matcher cached, notes not searched before (spans forgotten and stored findings removed
    #    before every run): the first view of a citizen's notes when the order's matcher is
    #    already built and nobody searched the notes before
    matcher_only = []
    for _ in range(args.runs):
        forget_findings()
        forget_spans()
        matcher_only.append(view("matcher_cached")[0])
    stored_only: list[float] = []
    if precompute_findings is not None:
        # the notes searched before anyone looks (when the order was added, at import): the
        # cost of that, the matcher built already
        forget_findings()
        forget_spans()
        c = time.process_time()
        with session_scope(url) as s:
            report = precompute_findings(s, at=at)
        cpu["precompute"] = [(time.process_time() - c) * 1000]
        assert report.searched == args.notes, report
        # 1d. cold with the findings stored, in this process and in a new one
        clear_caches()
        names._cached_matcher.cache_clear()
        gc.collect()
        view("cold_findings_stored")
        cpu["cold_process_findings_stored"] = [child_view() for _ in range(args.children)]
        # 2b. matcher cached, the notes' findings stored, nothing in memory: the first view
        for _ in range(args.runs):
            forget_spans()
            clear_known()
            stored_only.append(view("findings_stored")[0])
    # 3. everything cached: the citizen (or a proxy) looks again
    warm = [view("cached")[0] for _ in range(args.runs)]

    # where the time goes
    t = time.perf_counter()
    with session_scope(url) as s:
        prot = protection_for_view(s, "p-bench", "p-bench", at)
    protection_ms = (time.perf_counter() - t) * 1000
    with session_scope(url) as s:
        raw = list(s.scalars(select(Document.text).where(Document.patient_id == "p-bench")))
    matcher = prot.rosters[0].matcher  # type: ignore[attr-defined]

    def find_all() -> tuple[float, float]:  # (wall ms, CPU ms) of searching every note
        gc.collect()
        t, c = time.perf_counter(), time.process_time()
        for text in raw:
            matcher.find(text)
        return (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000

    # The matcher here is the one loaded from the store by the runs before; with stored findings
    # none of them searched a note with it, so its first search also builds what a loaded
    # matcher makes when first needed (keys from the stored rows, the typo index): timed on its
    # own, and the search itself on a matcher that has searched before (the median of 3).
    find_first_ms, find_first_cpu = find_all()
    again = [find_all() for _ in range(3)]
    find_ms = statistics.median(w for w, _ in again)
    find_cpu = statistics.median(c for _, c in again)
    t = time.perf_counter()
    names.NameMatcher.build(prot.rosters[0].persons)  # type: ignore[attr-defined]
    matcher_build_ms = (time.perf_counter() - t) * 1000

    def stats(xs: list[float]) -> dict[str, float]:
        return {
            "median_ms": round(statistics.median(xs), 1),
            "min_ms": round(min(xs), 1),
            "max_ms": round(max(xs), 1),
        }

    assert len(prot.hidden) == args.staff, len(prot.hidden)
    assert len(doc["documents"]) == args.notes
    result = {
        "benchmark": "protected journal view",
        "command": ".venv/bin/python bench/journal_bench.py "
        + f"--staff {args.staff} --notes {args.notes} --runs {args.runs}",
        **sizes,
        "hidden_staff": len(prot.hidden),
        "runs": args.runs,
        "target_ms": {"matcher_cached": 150, "findings_stored": 150, "cold": 1000},
        "cold_build_ms": round(cold_build_ms, 1),
        "cold_ms": round(cold_ms, 1),
        "matcher_cached": stats(matcher_only),
        **({"findings_stored": stats(stored_only)} if stored_only else {}),
        "cached": stats(warm),
        "cpu_ms": {
            "note": "process CPU time per view (median): the cost without other processes' load",
            **{k: round(statistics.median(v), 1) for k, v in cpu.items() if v},
        },
        "ok_wall": statistics.median(stored_only or matcher_only) < 150,
        "ok_cpu": statistics.median(cpu["findings_stored"] or cpu["matcher_cached"]) < 150
        and cpu["cold"][0] < 1000
        and cpu["cold_process"][0] < 1000,
        "parts": {
            "protection_for_view_cached_ms": round(protection_ms, 1),
            "matcher_build_ms": round(matcher_build_ms, 1),
            "matcher_find_all_notes_ms": round(find_ms, 1),
            "matcher_find_all_notes_cpu_ms": round(find_cpu, 1),
            "matcher_find_all_notes_first_ms": round(find_first_ms, 1),
            "matcher_find_all_notes_first_cpu_ms": round(find_first_cpu, 1),
        },
        "build_store_s": round(build_s, 1),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_avg": os.getloadavg(),
        },
        "database": "SQLite (temporary file)",
        "sample": doc["documents"][0]["text"][:300],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
