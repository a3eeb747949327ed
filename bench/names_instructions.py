"""Instruction counts of the name matcher's search, for comparisons a shared machine's timings
cannot make (the counts do not depend on the load).

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        .venv/bin/python bench/names_instructions.py names|journal [--src PATH]
    callgrind_annotate OUT | grep "PROGRAM TOTALS"

Counting is switched on (``callgrind_control -i on``) only around the measured search, after the
matcher has searched the same texts once (keys and memos made, as in a server that has run):

* ``names``: ``protect_text`` (find and replace) of every note of ``bench/names_bench.py``'s
  corpus at 500 hidden people (2 MB, its default seed and profile);
* ``journal``: ``NameMatcher.find`` of the 1,000 notes of ``bench/journal_bench.py`` with a
  matcher built from its 20,000 staff (the same generator and seed; no store).

Without valgrind it prints the best of five CPU times of the same search. ``--src`` runs another
checkout's code (``git archive REF src | tar -x -C DIR``, then ``--src DIR/src``).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _names_texts() -> tuple[object, list[str], object]:
    import names_bench as nb
    from indsigt.protect.names import NameMatcher

    people = nb.make_people(500)
    notes = nb.make_corpus(people, 2.0)
    matcher = NameMatcher.build(people)
    label = {p.key: f"{p.titles[0]} {abs(hash(p.key)) % 16**7:07x}" for p in people}
    return matcher, [n.text for n in notes], label.__getitem__


def _journal_texts() -> tuple[object, list[str], None]:
    import journal_bench as jb
    from indsigt.protect.names import NameMatcher, Person

    rnd = random.Random(7)  # journal_bench.build's generator, without the store
    people, persons = [], []
    for i in range(20_000):
        given = rnd.choice(jb.GIVEN) + (f" {rnd.choice(jb.GIVEN)}" if rnd.random() < 0.3 else "")
        family = rnd.choice(jb.FAMILIES)
        family += f"-{rnd.choice(jb.FAMILIES)}" if rnd.random() < 0.1 else ""
        uname = f"u{i:05d}"
        title = rnd.choice(jb.TITLES)
        people.append((given, family, title))
        persons.append(
            Person(
                f"s{i}",
                given,
                family,
                emails=(f"{uname}@bench.example",),
                usernames=(uname,),
                titles=(title,),
            )
        )
    texts = []
    for _ in range(1_000):
        a = rnd.randrange(len(people))
        g, f, t = people[a]
        o = people[rnd.randrange(len(people))]
        parts = rnd.sample(jb.FILLER, 3)
        texts.append(
            f"{parts[0]} Set af {t.lower()} {g} {f}. {parts[1]} "
            f"Aftalt med {o[1]} og {o[0].split()[0]} {o[1]}; {o[1]}s vurdering følger. "
            f"{parts[2]} Kontakt: u{a:05d}@bench.example\n/{g[0]}{f[0]}"
        )
    return NameMatcher.build(persons), texts, None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", choices=["names", "journal"])
    ap.add_argument("--src", help="the src folder of the code to count (default: this checkout)")
    args = ap.parse_args()
    src = args.src or str(ROOT / "src")
    os.environ["INDSIGT_BENCH_SRC"] = src  # names_bench puts it first on the path
    sys.path.insert(0, src)
    sys.path.insert(0, str(ROOT / "bench"))
    from indsigt.protect.replace import protect_text

    matcher, texts, label_for = (_names_texts if args.corpus == "names" else _journal_texts)()

    def search() -> None:
        if label_for is None:
            for t in texts:
                matcher.find(t)  # type: ignore[attr-defined]
        else:
            for t in texts:
                protect_text(t, matcher, label_for)  # type: ignore[arg-type]

    search()  # once before: keys made, memos filled
    ctl = ["callgrind_control", "-i"]
    on = subprocess.run([*ctl, "on", str(os.getpid())], capture_output=True, check=False)
    if on.returncode == 0 and b"Error" not in on.stdout + on.stderr:
        search()
        subprocess.run([*ctl, "off", str(os.getpid())], capture_output=True, check=False)
        return 0
    best = float("inf")
    for _ in range(5):
        c0 = time.process_time()
        search()
        best = min(best, time.process_time() - c0)
    print(f"{args.corpus}: {len(texts)} texts, best CPU {best * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
