"""Independent evaluation of staff-name protection (issue 11): corpus + attack cases, scored per
class, through the real CLI (subprocess) and the HTTP API / web pages (TestClient).

    .venv/bin/python bench/independent/names_eval.py                     # seed 7, 40 citizens
    .venv/bin/python bench/independent/names_eval.py --fillers 200 --seed 11
    .venv/bin/python bench/independent/names_eval.py --attacks-only

Writes ``bench/out/independent_names.json`` and prints the tables (leaked mentions and words kept
per class). Goals (issue 11): zero leaks, at least 99.5 % of the other words kept.

The corpus generator, the attack cases and the scorer live in ``tests/independent/names/``; they
were written without reading the product's matcher (``protect/names*``, ``protect/replace.py``).
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

from independent.names import attacks, corpus, drive  # noqa: E402
from independent.names.score import Tally  # noqa: E402

GOAL_KEPT = 99.5


def table(t: Tally, prefix: str, title: str) -> list[str]:
    rows = sorted(k for k in t.mentions if k.startswith(prefix))
    out = [f"\n{title}", f"{'class':44} {'mentions':>9} {'leaked':>7}"]
    for k in rows:
        out.append(f"{k[len(prefix) :]:44} {t.mentions[k]:>9} {t.leaks[k]:>7}")
    return out


def kept_table(t: Tally) -> list[str]:
    out = ["\nwords that must stay", f"{'class':44} {'words':>9} {'kept %':>8}"]
    for k in sorted(t.words):
        w = t.words[k]
        out.append(f"{k[5:]:44} {w:>9} {100.0 * t.kept[k] / w:>8.2f}")
    out.append(f"{'ALL':44} {sum(t.words.values()):>9} {t.kept_pct():>8.2f}")
    return out


def report(name: str, t: Tally) -> str:
    lines = [
        f"== {name}: {t.views} views, {t.docs_shown}/{t.docs_expected} notes shown; "
        f"{t.total_leaks} of {t.total_mentions} hidden mentions leaked; "
        f"leakcheck (strict detector) found {sum(t.leakcheck.values())} more than a perfect "
        f"output would; {t.kept_pct():.2f} % of other words kept (goal {GOAL_KEPT})"
    ]
    lines += table(t, "form:", "hidden mentions by form")
    lines += table(t, "order:", "hidden mentions by the order that hides them")
    lines += table(t, "tag:", "hidden mentions by what is special about the person")
    lines += kept_table(t)
    if t.leakcheck:
        lines.append("\nleakcheck findings beyond a perfect output, by hidden person")
        for k, n in t.leakcheck.most_common():
            lines.append(f"  {k:40} {n:>6}")
    if t.problems:
        lines.append("\nproblems")
        lines += [f"  {p}" for p in t.problems[:20]]
    return "\n".join(lines)


def examples(t: Tally) -> str:
    lines = []
    for k, ex in sorted(t.leak_examples.items()):
        if not k.startswith("form:"):
            continue
        lines.append(f"\n[leak] {k}")
        lines += [f"   {e}" for e in ex[:3]]
    for k, ex in sorted(t.lost_examples.items()):
        lines.append(f"\n[lost] {k}")
        lines += [f"   {e}" for e in ex[:3]]
    for k, ex in sorted(t.leakcheck_examples.items()):
        lines.append(f"\n[leakcheck] {k}")
        lines += [f"   {e}" for e in ex[:3]]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--fillers", type=int, default=40, help="random citizens besides the key ones")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "independent_names.json")
    ap.add_argument("--no-http", action="store_true", help="CLI only")
    ap.add_argument("--attacks-only", action="store_true")
    ap.add_argument("--corpus-only", action="store_true")
    ap.add_argument("--examples", action="store_true", help="print examples of every class")
    args = ap.parse_args()

    result: dict[str, object] = {"seed": args.seed, "fillers": args.fillers}
    tmp = tempfile.TemporaryDirectory(prefix="indep-names-")
    work = args.workdir or Path(tmp.name)
    work.mkdir(parents=True, exist_ok=True)
    ok = True
    if not args.attacks_only:
        t0 = time.time()
        world = corpus.build(args.seed, date.today(), args.fillers)
        res = drive.run(world, work / "corpus", api=not args.no_http, web=not args.no_http)
        result["corpus"] = res.as_dict()
        result["corpus_seconds"] = round(time.time() - t0, 1)
        print(report("corpus (all channels)", res.total))
        for ch, tl in res.by_channel.items():
            print(
                f"   {ch}: {tl.views} views, {tl.total_leaks}/{tl.total_mentions} leaked, "
                f"leakcheck {sum(tl.leakcheck.values())}, kept {tl.kept_pct():.2f} %"
            )
        if res.import_problems:
            print("\nimport problems:\n  " + "\n  ".join(res.import_problems))
        if args.examples:
            print(examples(res.total))
        ok &= res.total.total_leaks == 0 and sum(res.total.leakcheck.values()) == 0
        ok &= res.total.kept_pct() >= GOAL_KEPT
    if not args.corpus_only:
        t0 = time.time()
        ares = attacks.run_all(work / "attacks", http=not args.no_http)
        result["attacks"] = ares.as_dict()
        result["attacks_seconds"] = round(time.time() - t0, 1)
        print(ares.report())
        ok &= ares.ok
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    print(f"\nwritten: {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
