"""Names that are adjectives, where no adjective stands alone (issue 11, stop 35; from the
held-out set rt46).

A bare adjective is no noun: "glad", "flink", "rask" alone after a preposition ("vred på
flink pga. lommepengene", "ude at ryge med rask", "lånt en oplader af flink.") or where a
clause's subject stands (first before an auxiliary or a verb in the past: "rask må gerne tage
pt med", "glad skulle have været med"; after a time or a sentence adverb and the verb:
"desværre har glad ikke fået svar"; in a question: "kan flink tage med i retten?") is a
person. The adjective keeps its place where an adjective stands: after a copula ("pt var rask i
dag", "er glad for det?"), before its noun ("med glad stemme", "har rask hud"), after "for"
(too: "for glad"), put first with the subject after the verb ("glad har pt aldrig været"),
after a verb it describes ("meldt rask").

Also: with the patient ("pt, flink og en medbeboer", "pt og flink gik tur"; not "pt, glad og
afslappet"), greeted, thanked or wished ("tak flink,", "god weekend glad :)"), the object of what
is done to a person ("pt kaldte rask en løgner", "har slået rask i armen", "har set flink?"; not
"så glad ud", "takkede glad for hjælpen"); and, for nouns that are names, a person sitting or
being with the patient after a time ("nu sidder fugl ved døren", "i eftermiddags var rask ude
med pt").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out

HIDDEN = [
    Person("s1", "Kasper", "Rask", titles=("pædagog",)),
    Person("s2", "Line", "Flink", titles=("pædagog",)),
    Person("s3", "Lone", "Glad", titles=("sagsbehandler",)),
    Person("s4", "Mads", "Fugl", titles=("sygeplejerske",)),
    Person("s5", "Eva", "Lind", titles=("læge",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pt er vred på flink pga. lommepengene.", "pt er vred på [X] pga. lommepengene."),
        ("pt har været ude at ryge med rask.", "pt har været ude at ryge med [X]."),
        ("pt har lånt en oplader af flink.", "pt har lånt en oplader af [X]."),
        ("ventede på rask i 20 min, så gik pt.", "ventede på [X] i 20 min, så gik pt."),
        ("har nogen hørt fra glad om BPA-sagen?", "har nogen hørt fra [X] om BPA-sagen?"),
        ("rask må gerne tage pt med i gården.", "[X] må gerne tage pt med i gården."),
        ("glad skulle have været med til mødet.", "[X] skulle have været med til mødet."),
        (
            "rask skal nok lige dobbelttjekke medicinen.",
            "[X] skal nok lige dobbelttjekke medicinen.",
        ),
        ("desværre har glad ikke fået svar.", "desværre har [X] ikke fået svar."),
        ("heldigvis kunne lind finde en ny tid.", "heldigvis kunne [X] finde en ny tid."),
        ("kan flink tage med i retten torsdag?", "kan [X] tage med i retten torsdag?"),
        ("nu sidder fugl ved døren.", "nu sidder [X] ved døren."),
        # with the patient, greeted or thanked, the object of what is done to a person
        ("pt, flink og en medbeboer var i biografen.", "pt, [X] og en medbeboer var i biografen."),
        ("pt og flink gik tur", "pt og [X] gik tur"),
        ("tak flink, fint at du tog turen.", "tak [X], fint at du tog turen."),
        ("god weekend glad :)", "god weekend [X] :)"),
        ("pt kaldte rask en løgner.", "pt kaldte [X] en løgner."),
        ("pt har slået rask i armen.", "pt har slået [X] i armen."),
        ("er der nogen der har set flink?", "er der nogen der har set [X]?"),
        ("i eftermiddags var rask ude med pt.", "i eftermiddags var [X] ude med pt."),
    ],
)
def test_a_person(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pt var rask i dag og spiste godt.",
        "er glad for det?",
        "bliver rask igen?",
        "sagde det med glad stemme.",
        "har rask hud på benene.",
        "pt er ikke for glad for maden.",
        "glad har pt aldrig været her.",
        "pt blev meldt rask i dag.",
        "i dag var rask og glad.",
        "fra rask til syg på en uge.",
        "pt glad efter samtalen.",
        "frisk luft i haven.",
        "fugl på altanen.",
        "nu sidder fugl på foderbrættet.",
        "desværre kom fugl ind gennem vinduet.",
        "heldigvis gik lind ikke ud.",
        "pt glad og rolig i dag.",
        "pt, glad og afslappet.",
        "pt så glad ud.",
        "pt takkede glad for hjælpen.",
        "har set glad og tilfreds ud.",
        "tak, glad for hjælpen.",
    ],
)
def test_the_adjective(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text
