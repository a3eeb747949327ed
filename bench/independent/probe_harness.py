"""The harness of the red-team name probes (``names_rt31_probes.py`` to ``names_rt35_probes.py``):
the markup, the collecting of probes (:class:`Probes`), the scoring and the printed report, shared
so that their figures compare.

Markup inside each probe text:
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (e.g. a title that may be absorbed into the label)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked); a title
or role word swallowed into a staff label is not counted (``TITLE_WORDS``).
"""

import re
from collections import Counter, defaultdict

from indsigt.protect.names import NameMatcher
from indsigt.protect.replace import replace


class Probes(list):
    """The probes of one set, each (class, marked text, note), as :func:`run` takes them."""

    def add(self, cls, text, note=""):
        self.append((cls, text, note))

    def addall(self, cls, items):
        """Add each of ``items`` to ``cls``: a marked text, or a (text, note) pair."""
        for it in items:
            if isinstance(it, tuple):
                self.add(cls, *it)
            else:
                self.add(cls, it)


MARK = {"{": ("}", "gone"), "[": ("]", "stay"), "<": (">", "debatable"), "«": ("»", "dontcare")}


def parse(marked):
    out, regions, i = [], [], 0
    while i < len(marked):
        c = marked[i]
        if c in MARK:
            close, kind = MARK[c]
            j = marked.index(close, i + 1)
            start = len("".join(out))
            out.append(marked[i + 1 : j])
            regions.append((start, start + j - i - 1, kind))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out), regions


TITLE_WORDS = {
    "ssa",
    "ssh",
    "spl",
    "hjpl",
    "sygeplejerske",
    "dagvagt",
    "aftenvagt",
    "nattevagt",
    "aftenvagten",
    "elev",
    "mvh",
    "sign",
    "hilsen",
}


def run(staff, others, relatives, citizen, probes, verbose=False):
    """Score ``probes`` ((class, marked text, note)) against a matcher of ``staff`` with the
    non-hidden ``others``, filtered for the citizen's ``relatives`` and own names; print the
    table per class, the failures and the debatable outcomes."""
    matcher = NameMatcher.build(staff, others=others)
    keep = matcher.keep(relatives, own=citizen)
    stats = defaultdict(Counter)
    fails, debat = [], []
    for idx, (cls, marked, _note) in enumerate(probes):
        text, regions = parse(marked)
        st = stats[cls]
        st["n"] += 1
        try:
            spans = keep.filter(text, matcher.find(text))
            shown = replace(text, spans, lambda key: "[X]")
        except Exception as e:
            st["crash"] += 1
            fails.append((idx, cls, "CRASH", marked, repr(e), []))
            continue
        cov = [False] * len(text)
        for s in spans:
            for p in range(s.start, s.end):
                cov[p] = True
        problems = []
        for a, b, kind in regions:
            letters = [p for p in range(a, b) if text[p].isalnum()]
            hidden = [p for p in letters if cov[p]]
            if kind == "gone" and len(hidden) < len(letters):
                problems.append(("LEAK", text[a:b]))
            elif kind == "stay" and hidden:
                problems.append(("OVERHIDE", text[a:b]))
            elif kind == "debatable":
                debat.append((idx, cls, marked, "hidden" if hidden else "kept", shown))
                st["deb_hidden" if hidden else "deb_kept"] += 1
        marked_pos = set()
        for a, b, _kind in regions:
            marked_pos.update(range(a, b))
        # a title/role word swallowed into a staff label is documented design, not an over-hide
        for m in re.finditer(r"\w+", text):
            if m.group().lower() in TITLE_WORDS:
                marked_pos.update(range(m.start(), m.end()))
        stray = [
            p for p in range(len(text)) if cov[p] and text[p].isalnum() and p not in marked_pos
        ]
        if stray:
            # group into words for the message
            words = sorted(
                {
                    m.group()
                    for m in re.finditer(r"\w+", text)
                    if any(m.start() <= p < m.end() for p in stray)
                }
            )
            problems.append(("OVERHIDE(unmarked)", " ".join(words)))
        kinds = {k.split("(")[0] for k, _ in problems}
        if "LEAK" in kinds:
            st["leak"] += 1
        if "OVERHIDE" in kinds:
            st["overhide"] += 1
        if problems:
            st["fail"] += 1
            fails.append((idx, cls, problems, marked, shown, [(s.text, s.rule) for s in spans]))
        else:
            st["ok"] += 1

    tot = Counter()
    print(f"{'class':18} {'n':>4} {'ok':>4} {'leak':>5} {'over':>5} {'deb(hid/kept)':>14}")
    for cls in dict.fromkeys(c for c, _, _ in probes):
        st = stats[cls]
        tot.update(st)
        print(
            f"{cls:18} {st['n']:4} {st['ok']:4} {st['leak']:5} {st['overhide']:5} "
            f"{st['deb_hidden']:>7}/{st['deb_kept']:<6}"
        )
    print(
        f"{'TOTAL':18} {tot['n']:4} {tot['ok']:4} {tot['leak']:5} {tot['overhide']:5} "
        f"{tot['deb_hidden']:>7}/{tot['deb_kept']:<6}"
    )
    if tot["crash"]:
        # a probe the matcher raised on: neither ok, nor a leak, nor an over-hide in the table
        print(f"{'CRASHED':18} {tot['crash']:4}  (see CRASH below)")
    print("\n== FAILURES ==")
    for idx, cls, probs, marked, shown, sp in fails:
        print(f"#{idx} [{cls}] {probs}\n   in : {marked!r}\n   out: {shown!r}")
        if verbose:
            print(f"   spans: {sp}")
    print("\n== DEBATABLE ==")
    for idx, cls, marked, res, shown in debat:
        print(f"#{idx} [{cls}] {res}: {marked!r} -> {shown!r}")
