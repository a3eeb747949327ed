"""Recall of the name matcher on the independent corpus (issue 11), straight through the matcher.

    .venv/bin/python bench/names_independent.py [--seeds 7 11 23] [--fillers 30]

The corpus, its ground truth and the scorer are the independent evaluation's
(``tests/independent/names``, written without reading the matcher); this script only feeds it to
:class:`~indsigt.protect.names.NameMatcher` the way the protection layer does: for every view the
hidden people with every name they have had, their user names, e-mail addresses and the initials
they sign with (learned initials), the staff who are not hidden as colleagues (``others``), the
citizen (``own``), their relatives and the other citizens named in the notes (``keep``).  It
tells the matcher's own leaks and over-hiding apart from those of the layers around it (orders,
import, views), which ``bench/independent/names_eval.py`` measures through the CLI and the API.

Prints hidden mentions leaked and words kept per class, per seed, and writes
``bench/out/names_independent.json``.  Needs ``tests/independent/`` (the evaluation's branch).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from indsigt.protect.names import Person, matcher_for  # noqa: E402
from indsigt.protect.replace import replace  # noqa: E402


def run(seed: int, fillers: int) -> dict[str, object]:
    from independent.names import corpus, drive
    from independent.names.score import Tally, score_text

    world = corpus.build(seed=seed, anchor=date.today(), filler_citizens=fillers)
    corpus.add_views(world, revoked_at=None)
    ctx = drive._Ctx(world)

    def person(s) -> Person:  # type: ignore[no-untyped-def]
        names = [(" ".join(n.given), n.family) for n in s.all_names()]
        users = [u for _, u in s.usernames] + ([s.auth] if s.auth else [])
        return Person(
            s.id,
            names[0][0],
            names[0][1],
            initials=(s.sig,) if s.sig and s.sig_learned else (),
            emails=tuple(s.all_emails()),
            usernames=tuple(users),
            titles=tuple(dict.fromkeys(r.title for r in s.all_roles())),
            aliases=tuple(names[1:]),
        )

    persons = {s.id: person(s) for s in world.staff}
    all_names = {s.id: [(" ".join(n.given), n.family) for n in s.all_names()] for s in world.staff}
    cit = world.citizen_by_id
    tally = Tally()
    c0 = time.process_time()
    for view in world.views:
        hidden = view.hidden
        if not hidden:
            continue
        others = [nm for sid, nms in all_names.items() if sid not in hidden for nm in nms]
        m = matcher_for([persons[s] for s in hidden], others)
        c = cit[view.patient]
        keep = [(r.given, r.family) for r in c.relatives]
        keep += [(cit[n].given, cit[n].family) for n in c.neighbours if n in cit]
        if view.viewer in cit and view.viewer != view.patient:
            keep.append((cit[view.viewer].given, cit[view.viewer].family))
        k = m.keep(keep, own=[(c.given, c.family)])
        for n in world.notes:
            if n.patient != view.patient or (view.day is not None and n.day > view.day):
                continue
            spans = k.filter(n.text, m.find(n.text))
            out = replace(n.text, spans, lambda key: "Sundhedsperson")
            score_text(
                n.text,
                out,
                [s.__dict__ for s in n.spans],
                hidden,
                ctx.tags,
                ctx.name_words,
                tally,
                f"{view.patient}@{view.day} {n.id}",
                ctx.hidden_idents(hidden),
            )
    return {
        "seed": seed,
        "cpu_s": round(time.process_time() - c0, 2),
        "mentions": tally.total_mentions,
        "leaks": tally.total_leaks,
        "kept_pct_all": round(tally.kept_pct(), 2),
        "kept_pct_other": round(tally.kept_pct("word:other"), 2),
        "leaks_by_form": {
            k[5:]: tally.leaks[k] for k in sorted(tally.mentions) if k.startswith("form:")
        },
        "kept_by_class": {
            k[5:]: round(100.0 * tally.kept[k] / tally.words[k], 2) for k in sorted(tally.words)
        },
        "leak_examples": {k: v[:3] for k, v in tally.leak_examples.items() if v},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seeds", type=int, nargs="+", default=[7, 11, 23, 31, 47])
    ap.add_argument("--fillers", type=int, default=30)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "names_independent.json")
    args = ap.parse_args(argv)
    try:
        import independent.names  # noqa: F401
    except ImportError:
        print("tests/independent/names is not here (it lives on the evaluation's branch)")
        return 2
    results = [run(seed, args.fillers) for seed in args.seeds]
    print(f"{'seed':>5} {'mentions':>9} {'leaked':>7} {'kept % (all)':>13} {'kept % (other)':>15}")
    for r in results:
        print(
            f"{r['seed']:>5} {r['mentions']:>9} {r['leaks']:>7} {r['kept_pct_all']:>13} "
            f"{r['kept_pct_other']:>15}"
        )
        for form, n in r["leaks_by_form"].items():  # type: ignore[union-attr]
            if n:
                print(f"      leaked {form}: {n}  {r['leak_examples'].get('form:' + form, [])[:1]}")  # type: ignore[union-attr]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results}, ensure_ascii=False, indent=2))
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
