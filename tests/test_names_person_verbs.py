"""What only a person does, conjugated, after a lower-case word that is a hidden person's name
(issue 11, stop 34).

The subject rule of stop 33 knew about 150 verb forms by heart; a held-out set (rt39) showed
that most of what it let through were the same positions with a verb it did not know ("fred
anbefaler aflastning", "fred har lånt mor en GPS-tracker"). ``lexicon._conjugated`` now makes
every form of about a hundred more verbs of care work from their infinitive and group, and the
same positions read a few more signs of a person:

* an adverb between the subject and the verb ("at sen ikke har ringet");
* where a person sits or stays ("tal sad hos moren", "fred blev hos hende");
* what only a person has ("ørn har ferie"), is ("fred syg", "stork til stede", "adel på
  kursus") after a dash or a comma as well;
* who did it after more participles ("udarbejdet af ørn"), with whom one agreed or trains
  ("aftalt m kam", "træner med ørn").

Each position keeps the word where it holds a word: verbs the weather, a thing or a number do
are not in the list ("tal viser", "fred har sænket sig"), and an adverb after "og" begins a
second verb, not a second subject ("er sen og ikke forstår").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names.lexicon import _conjugated
from names_shown import out

HIDDEN = [
    Person("s1", "Fred", "Holm", titles=("demenskoordinator",)),
    Person("s2", "Tal", "Brink", titles=("sygeplejerske",)),
    Person("s3", "Lene", "Ørn", titles=("fysioterapeut",)),
    Person("s4", "Kam", "Lund", titles=("sygeplejerske",)),
    Person("s5", "Mira", "Sen", titles=("overlæge",)),
    Person("s6", "Ane", "Stork", titles=("jordemoder",)),
    Person("s7", "Adel", "Bach", titles=("sagsbehandler",)),
    Person("s8", "Bo", "Sten", titles=("ssa",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb the rule did not know before, in the present, past and after an auxiliary
        ("fred anbefaler aflastningsplads i 2 uger", "[X] anbefaler aflastningsplads i 2 uger"),
        ("fred har lånt mor en GPS-tracker", "[X] har lånt mor en GPS-tracker"),
        ("adel har indhentet journal fra egen læge", "[X] har indhentet journal fra egen læge"),
        ("stork bemærkede et lille mærke i nakken", "[X] bemærkede et lille mærke i nakken"),
        ("kam redte hans hår efter badet", "[X] redte hans hår efter badet"),
        # an adverb between the subject and the verb
        (
            "mor oplyser at sen ikke har ringet tilbage",
            "mor oplyser at [X] ikke har ringet tilbage",
        ),
        # where a person sits or stays; what only a person has or is
        ("tal sad hos moren det meste af natten", "[X] sad hos moren det meste af natten"),
        ("ørn har ferie i uge 30", "[X] har ferie i uge 30"),
        ("besøg aflyst - fred syg", "besøg aflyst - [X] syg"),
        ("samtale flyttet - adel på kursus", "samtale flyttet - [X] på kursus"),
        ("epidural lagt kl 01.30, stork til stede", "epidural lagt kl 01.30, [X] til stede"),
        # who did it, with whom one agreed or trains
        (
            "træningsplan udarbejdet af ørn, fysioterapeut",
            "træningsplan udarbejdet af [X], fysioterapeut",
        ),
        ("aftalt m kam at datter er til stede", "aftalt m [X] at datter er til stede"),
        ("pt træner med ørn 3 x ugentligt", "pt træner med [X] 3 x ugentligt"),
    ],
)
def test_what_only_a_person_does(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "der er fred og ro på stuen",
        "fred har sænket sig over afdelingen",
        "tal viser at BT er stigende",
        "sten sad fast i urinlederen",
        "hun er sen og ikke forstår spørgsmålet",
        "en ørn fløj over haven",
        "håret redt med en kam",
        "lille storkebid i nakken",
        "kommer for sent, sen aftensmad",
    ],
)
def test_the_same_position_holding_a_word(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


def test_conjugated_forms() -> None:
    finite, other = _conjugated("anbefale:1 låne:2 behandle:1- vælge=,valgte,valgt")
    assert finite == {"anbefaler", "anbefalede", "låner", "lånte", "behandlede", "valgte"}
    assert other == {
        "anbefale",
        "anbefalet",
        "låne",
        "lånt",
        "behandle",
        "behandlet",
        "vælge",
        "valgt",
    }
    # a present tense that is a noun too is not made: "behandler", "vælger"
    assert "behandler" not in finite and "vælger" not in finite
