"""Scoring a view's output against the ground truth, per class.

For each note shown, the output text is aligned with the original token by token (``difflib`` on
folded tokens, so a product that canonicalises text is compared fairly). Then:

* a **leaked mention** is a mention of a hidden person of which an identifying token survives:
  either left in place, or present (after folding) in the output that replaced it — so a name
  that comes back canonicalised ("Ho\\u200blm" -> "Holm") or half-replaced ("… Holm") is a leak;
* a **kept word** is a word of the original outside every hidden mention (and outside the title
  in front of one) that is still in the output at its place.

Independently of the alignment, ``tests/leakcheck.py`` (the strict detector) runs over the whole
output of the view and over the *ideal* output (the original with every hidden mention blanked);
what it finds in the real output beyond the ideal is counted as ``leakcheck`` leaks.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from .fold import fold, is_word, tokens

ABBREVIATIONS = {
    "bt", "crp", "ekg", "kol", "ct", "iv", "po", "hb", "ok", "dr", "pl", "sat", "sr", "ab", "fmk",
    "vas", "ssa", "ssh", "mr", "dm2", "dvt", "sag", "nacl", "hba1c", "fam", "hcr", "t", "p",
}  # fmt: skip


def _title_words() -> frozenset[str]:
    from .people import TITLES

    out = set()
    for lower, abbrs in TITLES.values():
        for t in (lower, *abbrs):
            out.add(fold(t.replace(".", " ").split()[-1]))
    return frozenset(t for t in out | {"fys", "spl", "ovl", "dr"} if len(t) >= 2)


TITLE_WORDS = _title_words()


@dataclass
class Example:
    cls: str
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass
class Tally:
    """Counts per class: mentions and leaks (hidden people), words and kept words (the rest)."""

    mentions: Counter = field(default_factory=Counter)
    leaks: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    kept: Counter = field(default_factory=Counter)
    leak_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lost_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    leakcheck: Counter = field(default_factory=Counter)
    leakcheck_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    docs_expected: int = 0
    docs_shown: int = 0
    views: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for a in ("mentions", "leaks", "words", "kept", "leakcheck"):
            getattr(self, a).update(getattr(other, a))
        for a in ("leak_examples", "lost_examples", "leakcheck_examples"):
            mine = getattr(self, a)
            for k, v in getattr(other, a).items():
                mine[k].extend(v[: max(0, 3 - len(mine[k]))])
        self.docs_expected += other.docs_expected
        self.docs_shown += other.docs_shown
        self.views += other.views
        self.problems += other.problems

    # -- figures
    @property
    def total_leaks(self) -> int:
        return sum(v for k, v in self.leaks.items() if k.startswith("form:"))

    @property
    def total_mentions(self) -> int:
        return sum(v for k, v in self.mentions.items() if k.startswith("form:"))

    def kept_pct(self, prefix: str = "word:") -> float:
        w = sum(v for k, v in self.words.items() if k.startswith(prefix))
        k_ = sum(v for k, v in self.kept.items() if k.startswith(prefix))
        return 100.0 * k_ / w if w else 100.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "views": self.views,
            "docs_expected": self.docs_expected,
            "docs_shown": self.docs_shown,
            "hidden_mentions": self.total_mentions,
            "leaked_mentions": self.total_leaks,
            "leakcheck_leaks": sum(self.leakcheck.values()),
            "words": sum(v for k, v in self.words.items() if k.startswith("word:")),
            "kept_pct": round(self.kept_pct(), 3),
            "mentions": dict(sorted(self.mentions.items())),
            "leaks": dict(sorted(self.leaks.items())),
            "words_by_class": dict(sorted(self.words.items())),
            "kept_by_class": dict(sorted(self.kept.items())),
            "leakcheck_by_person": dict(sorted(self.leakcheck.items())),
            "leak_examples": {k: v[:3] for k, v in sorted(self.leak_examples.items())},
            "lost_examples": {k: v[:3] for k, v in sorted(self.lost_examples.items())},
            "leakcheck_examples": {k: v[:3] for k, v in sorted(self.leakcheck_examples.items())},
            "problems": self.problems[:50],
        }


def _ctx(text: str, s: int, e: int, width: int = 40) -> str:
    return (text[max(0, s - width) : s] + "⟦" + text[s:e] + "⟧" + text[e : e + width]).replace(
        "\n", "⏎"
    )


def _identifies(key: str, ident: tuple[str, ...]) -> bool:
    for i in ident:
        if not i:
            continue
        if key == i or (len(i) >= 4 and i in key):
            return True
    return False


def score_text(
    original: str,
    output: str,
    spans: list[dict[str, Any]],
    hidden: dict[str, str],
    staff_tags: dict[str, list[str]],
    name_words: set[str],
    tally: Tally,
    where: str,
    hidden_idents: tuple[str, ...] = (),
) -> None:
    """Score one text (a note) of one view into ``tally``."""
    ot = tokens(original)
    nt = tokens(output)
    sm = difflib.SequenceMatcher(None, [k for *_, k in ot], [k for *_, k in nt], autojunk=False)
    # for each original token: ("eq", j) or ("rep", (j1, j2))
    where_tok: list[tuple[str, Any]] = [("del", None)] * len(ot)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        for i in range(i1, i2):
            where_tok[i] = ("eq", j1 + (i - i1)) if op == "equal" else ("rep", (j1, j2))

    hide_zone = [False] * len(ot)
    neutral = [False] * len(ot)
    word_class: list[str | None] = [None] * len(ot)

    def toks_in(a: int, b: int) -> list[int]:
        return [i for i, (s, e, _) in enumerate(ot) if s < b and e > a]

    # mentions of hidden people (a title or its abbreviation right before one is neutral: the
    # product may fold it into the label)
    hidden_spans = []
    for sp in spans:
        if sp["kind"] == "markup":
            for i in toks_in(sp["start"], sp["end"]):
                neutral[i] = True
        elif sp["kind"] == "staff" and sp["person"] in hidden:
            hidden_spans.append(sp)
            for i in toks_in(sp["start"], sp["name_start"]):
                neutral[i] = True
            before = [i for i, (_, e, _) in enumerate(ot) if e <= sp["name_start"]][-2:]
            if before and ot[before[-1]][2] == "." and len(before) == 2:
                before = before[:1]
            elif before:
                before = before[-1:]
            for i in before:
                if ot[i][2] in TITLE_WORDS:
                    neutral[i] = True
            for i in toks_in(sp["name_start"], sp["end"]):
                hide_zone[i] = True
        elif sp["kind"] == "staff":
            for i in toks_in(sp["name_start"], sp["end"]):
                word_class[i] = f"word:staff_visible:{sp['form']}"
            for i in toks_in(sp["start"], sp["name_start"]):
                word_class[i] = "word:title"
        else:
            collide = _identifies_any(sp.get("ident", ()), hidden_idents)
            cls = f"word:{sp['kind']}" + (":same_name_as_hidden" if collide else "")
            for i in toks_in(sp["name_start"], sp["end"]):
                word_class[i] = cls

    # consumption of replaced output tokens by kept original tokens
    used_out: set[int] = set()
    for sp in hidden_spans:
        idx = toks_in(sp["name_start"], sp["end"])
        ident = tuple(sp.get("ident") or ())
        leaked = None
        for i in idx:
            kind, pos = where_tok[i]
            key = ot[i][2]
            if not is_word(key):
                continue
            genitive = key == "s" and original[max(0, ot[i][0] - 1) : ot[i][0]] in "'’´`ʼ"
            if kind == "eq" and (
                (sp.get("strict") and not genitive)
                or _identifies(key, ident)
                or (len(key) == 1 and key in ident)
            ):
                leaked = f"left in place: {output[nt[pos][0] : nt[pos][1]]!r}"
                break
            if kind == "rep":
                j1, j2 = pos
                rep_keys = [nt[j][2] for j in range(j1, j2)]
                # original tokens of the same replaced block that are not hidden explain the
                # same key in the output (a kept word next to the name)
                block_orig = {
                    ot[k][2]
                    for k in range(len(ot))
                    if where_tok[k] == ("rep", pos) and not hide_zone[k]
                }
                for j, k in zip(range(j1, j2), rep_keys, strict=True):
                    if is_word(k) and len(k) >= 2 and k not in block_orig and _identifies(k, ident):
                        leaked = f"came back as {output[nt[j][0] : nt[j][1]]!r}"
                        break
                if leaked is None and sp.get("seq"):
                    letters = "".join(k for k in rep_keys if len(k) == 1 and k.isalpha())
                    if sp["seq"] in letters:
                        leaked = "initials came back"
                if leaked:
                    break
        # the title in front stays neutral; count the mention in every class it belongs to
        form = sp["form"]
        order_cls = hidden[sp["person"]]
        classes = [f"form:{form}", f"order:{order_cls}"]
        classes += [f"tag:{t}" for t in staff_tags.get(sp["person"], ()) if t != "filler"]
        for c in classes:
            tally.mentions[c] += 1
            if leaked:
                tally.leaks[c] += 1
                ex = tally.leak_examples[c]
                if len(ex) < 3:
                    ex.append(f"{where}: {_ctx(original, sp['name_start'], sp['end'])} -> {leaked}")

    # words that must stay
    for i, (s, e, key) in enumerate(ot):
        if hide_zone[i] or neutral[i] or not is_word(key):
            continue
        cls = word_class[i]
        if cls is None:
            if key in ABBREVIATIONS:
                cls = "word:clinical_abbrev"
            elif key in name_words:
                cls = "word:name_like_word"
            else:
                cls = "word:other"
        kind, pos = where_tok[i]
        ok = False
        if kind == "eq":
            ok = True
        elif kind == "rep":
            j1, j2 = pos
            for j in range(j1, j2):
                if j not in used_out and nt[j][2] == key:
                    used_out.add(j)
                    ok = True
                    break
        tally.words[cls] += 1
        if ok:
            tally.kept[cls] += 1
        else:
            ex = tally.lost_examples[cls]
            if len(ex) < 3:
                got = ""
                if kind == "rep":
                    j1, j2 = pos
                    got = output[nt[j1][0] : nt[j2 - 1][1]] if j2 > j1 else ""
                ex.append(f"{where}: {_ctx(original, s, e)} -> {got!r}")


def _identifies_any(ident: Any, hidden_idents: tuple[str, ...]) -> bool:
    hs = set(hidden_idents)
    return any(i in hs for i in ident or ())


def ideal(original: str, spans: list[dict[str, Any]], hidden: dict[str, str]) -> str:
    """The original with every hidden mention blanked (what a perfect product could show)."""
    out = original
    for sp in sorted(
        (s for s in spans if s["kind"] == "staff" and s["person"] in hidden),
        key=lambda s: -s["start"],
    ):
        out = out[: sp["name_start"]] + "▮" + out[sp["end"] :]
    return out


def leakcheck_excess(
    actual: str,
    ideal_text: str,
    persons: list[dict[str, Any]],
    tally: Tally,
    where: str,
    allow: tuple[str, ...] = (),
) -> int:
    """Findings of the strict detector in ``actual`` beyond those in ``ideal_text``."""
    from leakcheck import find_leaks

    def key(leak: Any) -> tuple[str, str, str]:
        return (leak.person, leak.form, fold(leak.found))

    def most(found: list[Any]) -> Counter:
        """Per finding, the most occurrences in any one decoding of the text (the decoded
        readings repeat what the plain text holds)."""
        per_view: dict[str, Counter] = defaultdict(Counter)
        for x in found:
            per_view[x.view][key(x)] += 1
        out: Counter = Counter()
        for c in per_view.values():
            for k, n in c.items():
                out[k] = max(out[k], n)
        return out

    found_actual = find_leaks(actual, persons, unique=False, allow=allow)
    found_ideal = find_leaks(ideal_text, persons, unique=False, allow=allow)
    got = most(found_actual)
    base = most(found_ideal)
    extra = got - base
    if extra:
        ideal_ctx = Counter((key(x), x.context) for x in found_ideal)
        for k, n in extra.items():
            tally.leakcheck[k[0]] += n
            ex = tally.leakcheck_examples[k[0]]
            # show the occurrences whose context the ideal output does not have
            cands = [x for x in found_actual if key(x) == k]
            odd = [x for x in cands if not ideal_ctx[(k, x.context)]] or cands
            for leak in odd[: max(0, 3 - len(ex))]:
                ex.append(f"{where}: {k[1]} {leak.found!r} …{leak.context}…")
    return sum(extra.values())


def person_for_leakcheck(s: Any) -> dict[str, Any]:
    """Every alias of a staff member (``people.Staff``) as ``leakcheck`` wants it."""
    from .forms import derived_initials

    names = [(" ".join(n.given), n.family) for n in s.all_names()]
    initials = {derived_initials(n) for n in s.all_names()}
    if s.sig:
        initials.add(s.sig.upper())
    for _, u in s.usernames:
        bare = u.split("\\")[-1]
        if bare.isalpha() and 2 <= len(bare) <= 4:
            initials.add(bare.upper())
    return {
        "given": names[0][0],
        "family": names[0][1],
        "names": names[1:],
        "emails": s.all_emails(),
        "usernames": [u for _, u in s.usernames] + ([s.auth] if s.auth else []),
        "initials": sorted(i for i in initials if len(i) >= 2),
    }
