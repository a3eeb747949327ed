"""Where staff are threatened: the notes of crisis shelters, child protection, probation, the
night's emergency room (issue 11, stop 34).

The held-out set ``bench/independent/names_rt42_probes.py`` (6b11391: 44 leaks) showed how such
notes name the staff a citizen threatens: in the citizen's own words, quoted, addressed by a
first name that is also a word ("'jeg smadrer dig, storm, når du har fri'"), by a nickname
made of the name ("'Stormen'"), by the role and the name; and a professional beside the
citizen ("bisidder Helle Rose (krisecentret)") was taken for a relative.
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out

HIDDEN = [
    Person("s1", "Helle", "Rose", initials=("HR",), titles=("socialrådgiver",)),
    Person("s2", "Storm", "Lund", titles=("socialpædagog",)),
    Person("s3", "Max", "Brink", titles=("familiebehandler",)),
    Person("s4", "Gry", "Holt", titles=("boligsocial medarbejder",)),
    Person("s5", "Bjørn", "Falk", titles=("tilsynsførende",)),
    Person("s6", "Lykke", "Kamp", titles=("rådgiver",)),
    Person("s7", "Sten", "Lund", titles=("socialpædagog",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


def test_a_professional_beside_the_citizen_is_no_relative(m: NameMatcher) -> None:
    # "bisidder", "værge": roles that staff take too; the name after them stays hidden
    keep = m.keep([("Helle", "Nord")], own=[("Dennis", "Krog")])
    for text in (
        "Til stede: Helle Nord, bisidder Helle Rose (krisecentret).",
        "Værge Helle Rose deltog i mødet.",
    ):
        spans = keep.filter(text, m.find(text))
        assert any(text[s.start : s.end] == "Helle Rose" for s in spans), text
    # a relative's own name after a kinship word stays as before
    text = "Pt.s ekskæreste Helle Nord ringede."
    assert keep.filter(text, m.find(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spoken to, in the citizen's quoted words
        (
            "pt truer socialpædagogen: 'jeg smadrer dig, storm, når du har fri'",
            "pt truer socialpædagogen: 'jeg smadrer dig, [X], når du har fri'",
        ),
        ("far: 'du er en død mand, max'", "far: 'du er en død mand, [X]'"),
        (
            "pt til ham: 'pas på, bjørn, jeg kender folk'",
            "pt til ham: 'pas på, [X], jeg kender folk'",
        ),
        ("pt: 'storm du skal passe på din søn'", "pt: '[X] du skal passe på din søn'"),
        ("lejer har råbt 'gry din heks' fra altanen", "lejer har råbt '[X] din heks' fra altanen"),
        ("SMS 02:03 'sov godt helle r' - afsender pt", "SMS 02:03 'sov godt [X]' - afsender pt"),
        # a nickname made of the name
        ("pt kalder socialpædagogen 'Stormen'", "pt kalder socialpædagogen '[X]'"),
        ("far omtaler hende som 'Hellemus'", "far omtaler hende som '[X]'"),
        # where a person works, a title in parentheses, what only a person does
        (
            "lykke fra kommunen har været på hjemmebesøg",
            "[X] fra kommunen har været på hjemmebesøg",
        ),
        ("holt (spl.) har ringet til politiet", "[X] (spl.) har ringet til politiet"),
        ("gry bad om politiledsagelse", "[X] bad om politiledsagelse"),
        ("gry har forsøgt kontakt 3 gange", "[X] har forsøgt kontakt 3 gange"),
        ("lejer til gry: 'kommer du med fogeden'", "lejer til [X]: 'kommer du med fogeden'"),
        ("aftale m. socialpæd. lund: ingen alene-kontakt", "aftale m. [X]: ingen alene-kontakt"),
        # initials that are an abbreviation, first on a diary line before the time
        ("HR 23.10: mor og børn sover.", "[X] 23.10: mor og børn sover."),
    ],
)
def test_threatened_staff_are_hidden(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "vejret i dag: regn, storm, sne og slud",
        "'du skal se en storm, siger jeg'",
        "pt kalder det 'en storm i et glas vand'",
        "sov godt i nat, ingen uro",
        "HR 23.10 120/80",
        "HR 12.00: Zyprexa 5 mg",
        "KL 03.00: pt vågen",
        "sten fra nyren er gået",
    ],
)
def test_the_same_words_stay(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text
