"""How staff members are written in Danish notes: every form of a name, with what identifies it.

``render(person, form, ...)`` returns a :class:`Rendered`: the surface text, the span of the name
inside it (the title before it is *neutral*: the product may fold it into the label), and the
*identifying strings* whose survival in the output means the person leaked.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from .fold import fold
from .people import TITLES, Name, Staff

#: Forms a name takes in running text (weights), and where they are allowed.
REF_FORMS = {
    "first_last": 4.0,
    "title_family": 3.0,
    "abbr_family": 3.0,
    "given": 2.0,
    "family": 2.0,
    "title_first_last": 2.0,
    "abbr_first_last": 1.5,
    "full": 1.0,
    "genitive": 1.0,
    "caps": 0.4,
    "linebreak": 0.4,
    "hyphen_break": 0.3,
    "nfd": 0.3,
    "shy": 0.2,
    "title_given": 1.0,
    "initials_paren": 0.5,
}
#: Certain positions (after a title, "talt med", "Referent:", "Deltagere:", "v.", "Mvh", "/").
CERTAIN_FORMS = {
    "first_last": 3.0,
    "title_first_last": 2.0,
    "abbr_family": 2.0,
    "family": 1.0,
    "lower_family": 1.5,
    "lower_first_last": 1.0,
    "typo": 1.2,
    "caps": 0.4,
    "full": 0.5,
}
SIG_FORMS = {
    "initials_sig": 4.0,
    "initials_lower_sig": 1.0,
    "sig_title_lower": 1.5,
    "sig_name": 1.5,
    "initials_dotted": 0.4,
}


@dataclass
class Rendered:
    text: str
    name_start: int  # start of the name inside ``text`` (before it: a neutral title)
    ident: tuple[str, ...]  # folded strings that identify the person
    form: str
    seq: str | None = None  # initials written with dots/spaces: letters in order

    def __post_init__(self) -> None:
        self.ident = tuple(dict.fromkeys(self.ident))


def derived_initials(n: Name) -> str:
    parts = [*n.given, *n.family.replace("-", " ").split()]
    out = []
    for p in parts:
        for sub in p.split("-"):
            if sub:
                out.append(sub[0])
    return "".join(out).upper()


def initials4(n: Name) -> str:
    """Danish hospital style: two letters of the first given name, two of the family name."""
    fam = n.family.replace("-", " ").split()[0]
    return (n.given[0][:2] + fam[:2]).upper()


def name_parts(n: Name) -> list[str]:
    parts: list[str] = []
    for g in n.given:
        parts += [g, *g.split("-")] if "-" in g else [g]
    fam = n.family
    parts += [fam, *fam.replace("-", " ").split()] if ("-" in fam or " " in fam) else [fam]
    return list(dict.fromkeys(p for p in parts if p))


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["double", "drop", "swap", "ae"])
    if kind == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    repl = {"æ": "e", "ø": "o", "å": "aa", "e": "æ", "o": "ø", "aa": "å"}
    for a, b in repl.items():
        if a in word[1:]:
            return word[0] + word[1:].replace(a, b, 1)
    return word[: i + 1] + word[i] + word[i + 1 :]


def _hyphen_break(word: str) -> str:
    cut = max(2, len(word) // 2)
    return word[:cut] + "-\n" + word[cut:]


def _genitive(word: str) -> str:
    return word + ("'" if word[-1] in "sxzSXZ" else "s")


def _ident(n: Name, *, with_given: bool = True, with_family: bool = True) -> list[str]:
    out = []
    if with_given:
        for g in n.given:
            out.append(g)
            out += g.split("-")
    if with_family:
        out.append(n.family)
        out += n.family.replace("-", " ").split()
    return [fold(x) for x in out if len(x) >= 2]


def title_words(person: Staff, title: str, rng: random.Random, abbr: bool) -> str:
    lower, abbrs = TITLES.get(title, (title.lower(), (title.lower(),)))
    return rng.choice(abbrs) if abbr else lower


def render(
    person: Staff,
    form: str,
    rng: random.Random,
    *,
    day: int,
    sentence_start: bool = False,
) -> Rendered:
    """``person`` written in ``form`` in a note written on ``day``."""
    n = person.name_at(day)
    title = person.role_at(day).title
    first, fam = n.given[0], n.family

    def cap(s: str) -> str:
        return s[:1].upper() + s[1:] if sentence_start else s

    def titled(name: str, abbr: bool, ident: list[str]) -> Rendered:
        t = cap(title_words(person, title, rng, abbr))
        return Rendered(f"{t} {name}", len(t) + 1, tuple(ident), form)

    if form == "first_last":
        return Rendered(n.first_last, 0, tuple(_ident(n)), form)
    if form == "full":
        return Rendered(n.full, 0, tuple(_ident(n)), form)
    if form == "given":
        return Rendered(
            first, 0, (fold(first), *[fold(x) for x in first.split("-") if len(x) > 1]), form
        )
    if form == "family":
        return Rendered(fam, 0, tuple(_ident(n, with_given=False)), form)
    if form == "family_part":
        part = rng.choice(fam.replace("-", " ").split())
        return Rendered(part, 0, (fold(part),), form)
    if form == "title_family":
        return titled(fam, False, _ident(n, with_given=False))
    if form == "abbr_family":
        return titled(fam, True, _ident(n, with_given=False))
    if form == "title_first_last":
        return titled(n.first_last, False, _ident(n))
    if form == "abbr_first_last":
        return titled(n.first_last, True, _ident(n))
    if form == "title_given":
        return titled(first, rng.random() < 0.5, [fold(first)])
    if form == "genitive":
        if rng.random() < 0.5:
            return Rendered(_genitive(fam), 0, tuple(_ident(n, with_given=False)), form)
        return Rendered(f"{first} {_genitive(fam)}", 0, tuple(_ident(n)), form)
    if form == "caps":
        s = n.first_last.upper() if rng.random() < 0.6 else fam.upper()
        return Rendered(s, 0, tuple(_ident(n)), form)
    if form == "linebreak":
        return Rendered(f"{first}\n{fam}", 0, tuple(_ident(n)), form)
    if form == "hyphen_break":
        w = fam if len(fam) >= 5 else first
        if len(w) < 5:
            w = n.first_last
            return Rendered(f"{first}\n{fam}", 0, tuple(_ident(n)), "linebreak")
        other = first if w == fam else fam
        s = f"{other} {_hyphen_break(w)}" if w == fam else f"{_hyphen_break(w)} {other}"
        return Rendered(s, 0, tuple(_ident(n)), form)
    if form == "nfd":
        s = unicodedata.normalize("NFD", n.first_last)
        return Rendered(s, 0, tuple(_ident(n)), form)
    if form == "shy":
        w = fam if len(fam) >= 5 else first
        cut = max(2, len(w) // 2)
        soft = w[:cut] + "\u00ad" + w[cut:]
        s = f"{first} {soft}" if w == fam else f"{soft} {fam}"
        return Rendered(s, 0, tuple(_ident(n)), form)
    if form == "lower_family":
        t = title_words(person, title, rng, True)
        return Rendered(f"{t} {fam.lower()}", len(t) + 1, tuple(_ident(n, with_given=False)), form)
    if form == "lower_first_last":
        return Rendered(n.first_last.lower(), 0, tuple(_ident(n)), form)
    if form == "typo":
        which = [p for p in (fam, first) if len(p) >= 4 and "-" not in p]
        if not which:
            return render(person, "first_last", rng, day=day)
        w = which[0] if len(which) == 1 or rng.random() < 0.6 else which[1]
        bad = _typo(rng, w)
        if bad == w:
            bad = w[:2] + w[1] + w[2:]
        if w != fam:
            surf = f"{bad} {fam}"
        elif rng.random() < 0.5:
            surf = f"{first} {bad}"
        else:
            surf = bad
        t = title_words(person, title, rng, True)
        idents = [fold(bad), *[fold(x) for x in (first, fam) if x != w and x in surf]]
        if rng.random() < 0.5:
            return Rendered(f"{t} {surf}", len(t) + 1, tuple(idents), form)
        return Rendered(surf, 0, tuple(idents), form)
    if form in ("initials_sig", "initials_lower_sig", "initials", "initials_paren", "dikt"):
        ini = person.sig or derived_initials(n)
        if form == "initials_lower_sig":
            ini = ini.lower()
        return Rendered(ini, 0, (fold(ini),), "learned_initials" if person.sig_learned else form)
    if form == "initials_dotted":
        ini = person.sig or derived_initials(n)
        letters = [c for c in ini if c.isalpha()]
        s = ".".join(letters) + "."
        return Rendered(s, 0, tuple(fold(c) for c in letters), form, seq=fold("".join(letters)))
    if form == "initials_derived":
        ini = derived_initials(n)
        return Rendered(ini, 0, (fold(ini),), form)
    if form == "sig_title_lower":
        t = title_words(person, title, rng, True).lower()
        return Rendered(f"{t} {fam.lower()}", len(t) + 1, tuple(_ident(n, with_given=False)), form)
    if form == "sig_name":
        return Rendered(n.first_last, 0, tuple(_ident(n)), form)
    if form == "email":
        mails = person.all_emails()
        if not mails:
            return render(person, "first_last", rng, day=day)
        m = rng.choice(mails)
        local = m.split("@")[0]
        idents = [fold(x) for x in local.replace("-", ".").split(".") if len(x) >= 2]
        return Rendered(m, 0, (fold(local), *idents), form)
    if form in ("username", "username_domain"):
        users = [u for _, u in person.usernames]
        if not users:
            return render(person, "first_last", rng, day=day)
        u = rng.choice(users)
        bare = u.split("\\")[-1]
        if form == "username":
            return Rendered(bare, 0, (fold(bare),), form)
        if "\\" not in u:
            return Rendered(bare, 0, (fold(bare),), "username")
        return Rendered(u, 0, (fold(bare),), form)
    if form == "old_name":
        olds = person.old_names_at(day)
        if not olds:
            return render(person, "first_last", rng, day=day)
        o = rng.choice(olds)
        if rng.random() < 0.5:
            t = title_words(person, title, rng, True)
            return Rendered(f"{t} {o.family}", len(t) + 1, tuple(_ident(o, with_given=False)), form)
        return Rendered(o.first_last, 0, tuple(_ident(o)), form)
    if form == "nickname":
        nicks = [m for m in person.all_names() if m.use in ("nickname", "usual")]
        if not nicks:
            return render(person, "given", rng, day=day)
        o = rng.choice(nicks)
        if rng.random() < 0.5:
            return Rendered(o.given[0], 0, (fold(o.given[0]),), form)
        return Rendered(o.first_last, 0, tuple(_ident(o)), form)
    raise ValueError(form)


def pick(rng: random.Random, weights: dict[str, float], person: Staff, day: int) -> str:
    w = dict(weights)
    if person.old_names_at(day):
        w["old_name"] = 2.5
    if any(m.use in ("nickname", "usual") for m in person.all_names()):
        w["nickname"] = 2.0
    if "-" in person.name.family:
        w["family_part"] = 1.5
    if person.all_emails():
        w.setdefault("email", 0.3)
    forms, ws = zip(*w.items(), strict=True)
    return rng.choices(forms, ws)[0]
