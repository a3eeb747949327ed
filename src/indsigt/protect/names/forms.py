"""The people and their name forms: :class:`Person`, :class:`Span`, name parts, spellings,
initials."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .canon import _is_latin1, canonicalise
from .fold import fold


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Person:
    """A staff member whose name may have to be hidden.

    ``given`` may hold several names ("Mette Louise"), ``family`` may be hyphenated
    ("Holm-Jensen") or double ("Lund Sørensen").  ``aliases`` are the other ``(given, family)``
    names the person has had (maiden name, nickname, an old spelling): every alias is hidden in
    every form, like the name.  ``initials`` are signature initials the person has used
    ("MLH", "MLHO", also ones that are not the first letters of a name); initials derived from
    every name are added (see :func:`derive_initials`).  ``usernames`` may carry a domain
    (``RSYD\\lch``).  Sequence fields given as lists are stored as tuples so that persons stay
    hashable.
    """

    key: str
    given: str
    family: str
    initials: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    usernames: tuple[str, ...] = ()  # "mlh", "RN\\mlh"
    titles: tuple[str, ...] = ()  # role titles, e.g. ("Sygeplejerske",)
    aliases: tuple[tuple[str, str], ...] = ()  # other (given, family) names

    def __post_init__(self) -> None:
        for name in ("initials", "emails", "usernames", "titles"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, _as_tuple(value))
        aliases = self.aliases
        if aliases and not (isinstance(aliases, tuple) and all(type(a) is tuple for a in aliases)):
            object.__setattr__(
                self, "aliases", tuple((str(g or ""), str(f or "")) for g, f in aliases)
            )

    def names(self) -> tuple[tuple[str, str], ...]:
        """Every ``(given, family)`` of the person: the name first, then the aliases."""
        main = (self.given or "", self.family or "")
        return (main, *(a for a in self.aliases if a != main))


@dataclass(frozen=True)
class Span:
    """One found name mention: ``text == original[start:end]``.

    ``person`` is one person key; ``candidates`` lists every person the mention may stand for
    (more than one when people share the matched form, e.g. two "Mette"s), ``person`` first.
    ``genitive`` is true when the mention ends in a genitive (the replacement keeps it
    readable).  ``rule`` is a Danish, human-readable reason for auditors.
    """

    start: int
    end: int
    person: str
    form: str  # full, given, family, genitive, initials, email, username, title+name
    rule: str  # human-readable (Danish) reason
    text: str
    candidates: tuple[str, ...] = ()
    genitive: bool = False
    #: one name part (or its genitive) alone: the kind of mention that a name which must stay
    #: can explain ("Holm" inside "Anne Holm", the citizen's wife; see :class:`KeepNames`)
    part: bool = False
    #: found where a name is certain (a sign-off, after a title, "talt med"): the citizen's own
    #: given name there is not taken for the citizen
    certain: bool = False


_NAME_SPLIT_RE = re.compile(r"[\s\-\u2010\u2011\u2013]+")
_DIGRAPH_RE = re.compile(r"æ|ø|å")
_TO_DIGRAPH = {"æ": "ae", "ø": "oe", "å": "aa"}
_TO_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
_FROM_DIGRAPH_RE = re.compile(r"aa|ae|oe")
_FROM_DIGRAPH = {"aa": "å", "ae": "æ", "oe": "ø"}
_MAX_VARIANTS = 81  # every mix for four Danish letters (3 ** 4)


def _norm_key(text: str) -> str:
    """A folded automaton key: single spaces, none at the ends. A name is canonicalised as a
    text is before it is searched (:mod:`.canon`: "Yılmaz" is read "Yilmaz" there)."""
    if not _is_latin1(text):
        text = canonicalise(text)[0]
    return " ".join(fold(text).split())


def _canonical(token: str) -> str:
    """Folded token with the Danish digraphs written as æ/ø/å."""
    return _FROM_DIGRAPH_RE.sub(lambda m: _FROM_DIGRAPH[m.group()], _norm_key(token))


@lru_cache(maxsize=8192)
def _spelling_variants(token: str) -> tuple[str, ...]:
    """All folded spellings of a name token: æ/ae, ø/oe, å/aa combinations + ASCII-stripped."""
    canon = _canonical(token)
    pieces = _DIGRAPH_RE.split(canon)
    letters = _DIGRAPH_RE.findall(canon)
    out = [canon, _norm_key(token)]  # the spelling as given always ("Aagaard Østergaard")
    if letters:
        # each letter as itself, as its digraph, and as the one ASCII letter ("Kjærgard",
        # "Østergard", "Sorensen"): every mix of the three
        combos = itertools.product(
            *[
                tuple(dict.fromkeys((ch, _TO_DIGRAPH[ch], ch.translate(_TO_ASCII))))
                for ch in letters
            ]
        )
        for combo in itertools.islice(combos, _MAX_VARIANTS):
            out.append("".join(p + c for p, c in zip(pieces, (*combo, ""), strict=True)))
        out.append(canon.translate(_TO_ASCII))
    return tuple(dict.fromkeys(out))


def _name_parts(name: str) -> list[str]:
    return [p.strip(".,;:'\"()") for p in _NAME_SPLIT_RE.split(name) if p.strip(".,;:'\"()")]


@lru_cache(maxsize=65536)
def _loose(token: str) -> str:
    """A name token folded loosely: every æ/ae, ø/oe/o, å/aa/a spelling gives the same string
    ("Søren", "Soeren" and "Soren" are all "soren")."""
    return _canonical(token).translate(_TO_ASCII)


def _other_names(others: Iterable[Person | tuple[str, str]]) -> Iterable[tuple[str, str]]:
    for o in others:
        if isinstance(o, Person):
            yield from o.names()
        else:
            given, family = o
            yield given or "", family or ""


@lru_cache(maxsize=65536)
def derive_initials(given: str, family: str) -> tuple[str, ...]:
    """Signature initials derived from a name: "Mette Louise Holm-Jensen" → MLHJ, MLH, MH, ..."""
    g = [p[0].upper() for p in _name_parts(given) if p[:1].isalpha()]
    f = [p[0].upper() for p in _name_parts(family) if p[:1].isalpha()]
    if not g and not f:
        return ()
    out: list[str] = []
    if g and f:
        out += [
            "".join(g + f),
            "".join(g) + f[-1],
            "".join(g) + f[0],
            g[0] + "".join(f),
            g[0] + f[0],
            g[0] + f[-1],
        ]
    else:
        out.append("".join(g + f))
    return tuple(dict.fromkeys(x for x in out if 2 <= len(x) <= 5))


def _digraph(m: re.Match[str]) -> str:
    return _FROM_DIGRAPH[m.group()]


#: how Æ, Ø, Å in initials are written without them
_SPELLED_LETTERS = {"Æ": ("Æ", "AE", "A"), "Ø": ("Ø", "OE", "O"), "Å": ("Å", "AA", "A")}


def _extra_initials(given: str, family: str) -> tuple[str, ...]:
    """Four-letter initials of the kind many hospitals issue: the first two letters of the
    first given name and of the (last) family name ("Mette Holm" -> MEHO), and the
    given initials with two letters of the family name ("Mette Louise Holm" -> MLHO)."""
    g = [p for p in _name_parts(given) if p[:1].isalpha()]
    f = [p for p in _name_parts(family) if p[:1].isalpha()]
    if not g or not f:
        return ()
    last = f[-1]
    out = []
    if len(g[0]) >= 2 and len(last) >= 2:
        out.append((g[0][:2] + last[:2]).upper())
    if len(last) >= 2:
        out.append(("".join(x[0] for x in g) + last[:2]).upper())
    extra = [x for x in out if x.isalpha() and 3 <= len(x) <= 5]
    # initials with Æ, Ø, Å written as on a keyboard without them: "AAØ", "AAO", "AAOE" for
    # Åse Aagaard Østergaard ("ÅAØ")
    derived = derive_initials(given, family)
    for ini in (*derived, *extra):
        if len(ini) >= 3 and any(c in _SPELLED_LETTERS for c in ini):  # not "ÅA" -> "AA"
            extra += [
                x
                for x in map(
                    "".join, itertools.product(*(_SPELLED_LETTERS.get(c, (c,)) for c in ini))
                )
                if 3 <= len(x) <= 5 and x not in derived
            ]
    return tuple(dict.fromkeys(extra))
