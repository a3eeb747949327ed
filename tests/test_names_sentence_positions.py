"""Where a lower-case word that is a hidden person's name is the person (issue 11, stop 33).

The red-team set ``bench/independent/names_rt34_probes.py`` still let these through after stop
32. Each is a position in the sentence, not a string, and each keeps the word where the same
position holds a word:

* the subject before an auxiliary, adverbials and what a person has done ("rask har i dag målt
  bt"; "frost har i nat lagt sig" is no person's doing);
* the subject after a later time and what only a person does ("i morgen tager løve
  blodsukker"; "i morgen kommer frost" stays), the subject of two verbs ("så kom sand og hjalp
  borger op"), where a person was after a time ("i går var lind på stuen");
* a question about a person ("er rask på arbejde i morgen", "har fjord husket at ...");
* who did it, after a compound participle or a time and "af" ("dobbelttjekket af rask",
  "tilset kl 19.45 af sand og kl 23 af vang"), where the person is ("afleveret hos vang"),
  whom a message reaches ("spørg fjord om nøglen", "skriv til lind hvis ...", "tal med løve"),
  who helped or visited, for whom ("hjælp af rask", "på vegne af vang");
* names in a row of names: joined by "/" ("besøg løve/frost kl 10") or three side by side
  ("vagtskifte lind vang sand").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out

HIDDEN = [
    Person("s1", "Hans", "Rask", titles=("ssa",)),
    Person("s2", "Ib", "Sand", titles=("ssh",)),
    Person("s3", "Mie", "Lind", titles=("ssa",)),
    Person("s4", "Rune", "Vang", titles=("ssh",)),
    Person("s5", "Lykke", "Fjord", titles=("ssh",)),
    Person("s6", "Kaj", "Løve", titles=("ssa",)),
    Person("s7", "Ulla", "Frost", titles=("sygeplejerske",)),
    Person("s8", "Aske", "Mose", titles=("ergoterapeut",)),
    Person("s9", "Per", "Nørgaard", titles=("ssh",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=[("Karina", "Mose")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject before an auxiliary, adverbials and a person's doing
        ("rask har i dag målt bt 145/90", "[X] har i dag målt bt 145/90"),
        ("lind har også ringet til datter", "[X] har også ringet til datter"),
        ("vang har kl 14 givet pn", "[X] har kl 14 givet pn"),
        # after a later time and what only a person does; the subject of two verbs
        ("i morgen tager løve blodsukker", "i morgen tager [X] blodsukker"),
        ("så kom sand og hjalp borger op", "så kom [X] og hjalp borger op"),
        ("i går var lind på stuen og hjalp med bad", "i går var [X] på stuen og hjalp med bad"),
        # a question about a person
        ("er rask på arbejde i morgen", "er [X] på arbejde i morgen"),
        ("har fjord husket at bestille medicin", "har [X] husket at bestille medicin"),
        # who did it, where the person is, whom a message reaches
        (
            "medicin dispenseret af fjord og dobbelttjekket af rask",
            "medicin dispenseret af [X] og dobbelttjekket af [X]",
        ),
        ("tilset kl 19.45 af sand og kl 23 af vang", "tilset kl 19.45 af [X] og kl 23 af [X]"),
        ("nøgle afleveret hos vang", "nøgle afleveret hos [X]"),
        ("spørg fjord om nøglen", "spørg [X] om nøglen"),
        ("skriv til lind hvis knæet gør ondt igen", "skriv til [X] hvis knæet gør ondt igen"),
        ("tal med løve i morgen", "tal med [X] i morgen"),
        ("borger ville ikke have hjælp af rask i dag", "borger ville ikke have hjælp af [X] i dag"),
        ("skrevet af lind på vegne af vang", "skrevet af [X] på vegne af [X]"),
        # names in a row of names
        ("besøg løve/frost kl 10", "besøg [X]/[X] kl 10"),
        (
            "vagtskifte lind vang sand ingen bemærkninger",
            "vagtskifte [X] [X] [X] ingen bemærkninger",
        ),
        (
            "til stede ved mødet fjord rask nørgaard og datter",
            "til stede ved mødet [X] [X] [X] og datter",
        ),
    ],
)
def test_a_name_by_its_position(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same positions holding words
        "frost har i nat lagt sig på ruderne",
        "i morgen kommer frost",
        "kan frost komme i nat",
        "i dag var sand på gulvet",
        "er sand på stranden",
        "skadet af frost",
        "huden er tør og rask",
        "der er sand i skoen",
        "tur til fjord og mose",
        "sand og grus på stien",
        "der var frost/sne i nat",
        "rask og frisk i dag",
        "lind regn hele dagen",
        "fik hjælp af hjemmeplejen",
        "på vegne af borger",
        "hjælp til bad",
        "er rask igen",
        "har rask hud",
    ],
)
def test_the_same_position_holding_a_word(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text
