"""Family name with the given-name initials, in either order, and the genitive (issue 11 leak
classes "Kjærgaard B.", "Holm, S.", "M.L. Hald", "Hald ML", "Holm's"), over the 46 hand-made
staff of the independent corpus (``tests/independent/names/people.py``: names written by someone
who never read the matcher), every name each of them has had, in certain and uncertain places.

Hidden together, with the colliding colleagues of that corpus as the non-hidden staff. A leak is
the family name, or a piece of it, left in the output, or the initials left next to the label.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from independent.names.people import COLLIDING_STAFF, KEY_STAFF
from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names.lexicon import CLINICAL_ABBREVIATIONS
from indsigt.protect.replace import protect_text


def _person(s) -> Person:  # type: ignore[no-untyped-def]
    names = s.all_names()
    first = names[0]
    return Person(
        s.id,
        " ".join(first.given),
        first.family,
        aliases=tuple((" ".join(n.given), n.family) for n in names[1:]),
    )


HIDDEN = [_person(s) for s in KEY_STAFF]
OTHERS = [_person(s) for s in COLLIDING_STAFF]
NAMES = sorted(
    {(n.given, n.family) for s in KEY_STAFF for n in s.all_names()}, key=lambda x: (x[1], x[0])
)


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, OTHERS)


def _fold(t: str) -> str:
    t = unicodedata.normalize("NFKD", t.casefold())
    return "".join(c for c in t if not unicodedata.combining(c))


def _forms(given: tuple[str, ...], family: str) -> list[tuple[str, str]]:
    """(form, initials) for a name: the initials are the given-name letters written with it."""
    g = [x for p in given for x in re.split(r"-", p) if x]
    one = g[0][0].upper()
    letters = "".join(x[0].upper() for x in g)
    out = [
        (f"{family} {one}.", f"{one}."),
        (f"{family}, {one}.", f"{one}."),
        (f"{one}. {family}", f"{one}."),
        (f"{family}'s", ""),
        (f"{family}’s", ""),
    ]
    if len(letters) > 1:
        dotted = "".join(f"{c}." for c in letters)
        out += [
            (f"{dotted} {family}", dotted),
            (f"{family} {letters}", letters),
            (f"{letters} {family}", letters),
            (f"{family}, {dotted}", dotted),
        ]
    return out


FRAMES = [
    "Ansvarlig: {}",
    "Tilset af {} i dag.",
    "Pt. blev i går tilset af {}, som ordinerede mere smertestillende.",
    "Aftalt med {} at pt. udskrives.",
    "{} har ringet i dag.",
    "Pt. siger at {} var her i morges.",
]


def _leftovers(out: str, family: str, initials: str) -> list[str]:
    seen = _fold(out)
    left = [
        piece
        for piece in re.split(r"[\s-]+", family)
        if len(piece) > 1 and re.search(rf"(?<!\w){re.escape(_fold(piece))}(?!\w)", seen)
    ]
    # the initials must not be left next to the label ("<label> B.", "M.L. <label>")
    if (
        initials
        and initials.rstrip(".") not in CLINICAL_ABBREVIATIONS
        and re.search(rf"(?<![\w.]){re.escape(initials)}(?![\w])", out)
    ):
        left.append(initials)
    return left


@pytest.mark.parametrize("frame", FRAMES)
def test_family_name_with_given_initials_is_hidden_whole(m, frame):
    leaks = []
    for given, family in NAMES:
        for form, initials in _forms(given, family):
            text = frame.format(form)
            out = protect_text(text, m, lambda k: "[X]")
            left = _leftovers(out, family, initials)
            if left:
                leaks.append(f"{text!r} -> {out!r} ({', '.join(left)})")
    assert not leaks, f"{len(leaks)} leaks:\n" + "\n".join(leaks[:40])
