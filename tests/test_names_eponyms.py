"""Medical eponyms and the hospital's own words beside a hidden surgeon's name (issue 11, stop 36;
from the held-out set rt48).

A hidden name part that is a medical eponym (``lexicon.EPONYMS``) is the eponym where it stands
as one: joined to a word ("Nissen-fundoplikation", "Kocher-snit"), before what is named after
someone ("Hartmanns operation", "Kochers manøvre", "Wells' score"), after "a.m.", "status post"
or "status efter", or a score before its value ("Modificeret Wells 2"). The surgeon is hidden
everywhere else, and always after a title or in a signature. A title that names a profession no
hidden namesake has is someone else's ("portør Nissen" when the hidden Nissen is a surgeon); a
short form of a given name is shorter or longer than the name ("Søren" is no "Karen"); children
in a list of the family are the family's ("børn Sofie").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names.matcher import _may_be_short_for
from indsigt.protect.replace import replace
from names_shown import out

HIDDEN = [
    Person("h1", "Hans-Henrik", "Hartmann", titles=("overlæge",)),
    Person("h5", "Amir", "Mirzaei", initials=("AMI",), titles=("afdelingslæge",)),
    Person("h6", "Max", "Brink", titles=("reservelæge",)),
    Person("h2", "Karen", "Nissen", titles=("overlæge",)),
    Person("h3", "Sofie", "Kocher", titles=("afdelingslæge",)),
    Person("h4", "Thomas", "Wells", titles=("overlæge",)),
]
OTHERS = [Person("o1", "Ole", "Nissen", titles=("portør",))]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=OTHERS)


@pytest.mark.parametrize(
    "text",
    [
        "Tilstand efter Hartmanns operation 12.03.",
        "Status efter operation a.m. Hartmann.",
        "Mhp. genoprettelse af tarmkontinuitet efter Hartmann-procedure.",
        "Tidligere laparoskopisk Nissen-fundoplikation for refluks.",
        "Status post Nissen 2015, nu atter refluks.",
        "Status efter Hartmann, kontrol om 6 mdr.",
        "Adgang via Kocher-snit.",
        "Kochers manøvre udført, duodenum mobiliseret.",
        "Modificeret Wells 2, D-dimer taget.",
        "Wells' score er ikke beregnet.",
        "portør Nissen kørte pt. til røntgen.",
        "konf. m. bagvagt, ingen AMI.",
        "ifølge journal fra dag 3",
        "Pt har AMI.",
        "Tidligere AMI, informeret om risiko.",
    ],
)
def test_the_eponym_stays(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hartmann har opereret pt.", "[X] har opereret pt."),
        ("ovl. Hartmann opererede.", "[X] opererede."),
        ("Konf. m. Nissen om drænet.", "Konf. m. [X] om drænet."),
        ("Nissen-fundoplikation udført af ovl. Nissen.", "Nissen-fundoplikation udført af [X]."),
        ("Mvh Wells", "Mvh [X]"),
        ("overlæge Nissen har set pt.", "[X] har set pt."),
        # whom one conferred with, shortened, is a person, also initials that are an
        # abbreviation; whose word it is ("iflg brink")
        (
            "Tidligere AMI. Konf. m. AMI: fortsæt DAPT.",
            "Tidligere AMI. Konf. m. [X]: fortsæt DAPT.",
        ),
        ("konf. med AMI om heparin", "konf. med [X] om heparin"),
        ("rtg ok iflg brink, mobilisering fri.", "rtg ok iflg [X], mobilisering fri."),
        # registered initials that are an abbreviation, before what only a person does
        ("AMI har talt med datter i telefon.", "[X] har talt med datter i telefon."),
        ("AMI ringede kl 14 om svaret.", "[X] ringede kl 14 om svaret."),
    ],
)
def test_the_surgeon_is_hidden(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


def test_children_in_a_list_of_the_family(m: NameMatcher) -> None:
    text = "Familie: mand Jens, børn Sofie og Lis."
    spans = m.keep((("Sofie", "Skov"), ("Jens", "Skov")), own=()).filter(text, m.find(text))
    assert replace(text, spans, lambda _person: "[X]") == text


@pytest.mark.parametrize(
    ("own", "other", "short"),
    [
        ("karen", "soren", False),  # as long, the same ending: another name
        ("hans", "hanne", True),  # longer: may be
        ("ingrid", "inge", True),
        ("bettina", "tina", True),
        ("kim", "kimberly", True),
        ("karen", "karin", True),  # a typo
    ],
)
def test_a_short_form_is_shorter_or_longer(own: str, other: str, short: bool) -> None:
    assert _may_be_short_for(own, other) is short
