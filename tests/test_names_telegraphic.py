"""Fast lower-case notes: a name in a column, after a marker that ends its line, in a list of
who is away, after more of what a person does (issue 11, stop 34).

From the held-out ``bench/independent/names_rt43_probes.py`` (6b11391: 101 leaks; cardiology,
intensive care, neurology, eye clinic, ENT, fertility, home help, day centres, children's
dentistry): names that are words, written the way a rota, a route or a handover lists them.
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out

HIDDEN = [
    Person("s1", "Storm", "Tang", titles=("sygeplejerske",)),
    Person("s2", "Sten", "Lam", titles=("overlæge",)),
    Person("s3", "Siv", "Mandel", titles=("øre-næse-halslæge",)),
    Person("s4", "Pil", "Rask", titles=("hjemmehjælper",)),
    Person("s5", "Lave", "Krog", titles=("pædagog",)),
    Person("s6", "Lykke", "Hvid", titles=("sygeplejerske",)),
    Person("s7", "Ben", "Hage", titles=("fysioterapeut",)),
    Person("s8", "Gro", "Glad", titles=("tandplejer",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column of names: each last on its line after a time, a room, a car, or alone
        (
            "overlevering nat:\nstue 3 - tang\nstue 4 - tang",
            "overlevering nat:\nstue 3 - [X]\nstue 4 - [X]",
        ),
        ("09.00 lam\n10.00 siv", "09.00 [X]\n10.00 [X]"),
        ("krog\nhvid\nhage", "[X]\n[X]\n[X]"),
        ("vagtplan uge 12:\nman krog\ntirs hvid", "vagtplan uge 12:\nman [X]\ntirs [X]"),
        ("i morgen kommer Lise i stedet for pil", "i morgen kommer Lise i stedet for [X]"),
        ("henvendelse til hage på afdelingen", "henvendelse til [X] på afdelingen"),
        # a marker that ends its line: the name begins the next
        ("ring til\nstorm\nhvis troponin stiger", "ring til\n[X]\nhvis troponin stiger"),
        ("vikar for\nglad", "vikar for\n[X]"),
        ("besked videre til pil", "besked videre til [X]"),
        # who is away, where, with whom
        ("ferie juli: pil, lave, hage", "ferie juli: [X], [X], [X]"),
        ("bil 4: pil / bil 5: vikar", "bil 4: [X] / bil 5: vikar"),
        (
            "borger sad hele formiddagen sammen med lave",
            "borger sad hele formiddagen sammen med [X]",
        ),
        (
            "dørtrin fjernes, aftalt mellem krog og vicevært",
            "dørtrin fjernes, aftalt mellem [X] og vicevært",
        ),
        ("ved forværring kontakt lam el. bagvagt", "ved forværring kontakt [X] el. bagvagt"),
        # more of what a person does
        ("siv skyllede ve øregang", "[X] skyllede ve øregang"),
        ("hage har fluorlakeret alle tænder", "[X] har fluorlakeret alle tænder"),
        ("lave oplyser at borger spiste godt", "[X] oplyser at borger spiste godt"),
        ("hvid har lært pt at stikke", "[X] har lært pt at stikke"),
        # a rota's shifts on one line, who did it after the time, a signature before a time
        ("vagt D ben / A ben / N vikar", "vagt D [X] / A [X] / N vikar"),
        ("- BT 118/70 kl 02 (ben)", "- BT 118/70 kl 02 ([X])"),
        # whose shift or round, a handover, who was called or told, thanked, rang
        ("flowark intensiv 22-06 (lam)\n02: vendt", "flowark intensiv 22-06 ([X])\n02: vendt"),
        (
            "overlevering storm -> dagvagt: troponin stigende",
            "overlevering [X] -> dagvagt: troponin stigende",
        ),
        ("synkescreening bestået, lam orienteret", "synkescreening bestået, [X] orienteret"),
        ("hustru vil gerne takke lam", "hustru vil gerne takke [X]"),
        ("svar på klamydia ringet ud af lykke", "svar på klamydia ringet ud af [X]"),
    ],
)
def test_names_in_fast_notes(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "indkøb:\nmælk\nbrød",
        "pt har lam arm\nsiv i øret",  # one word a line, but not each last on its line
        "lave blodtryk om morgenen",
        "dam spillede pt med medbeboer",
        "Bil: ja, egen bil",
        "ring til\nlægen hvis troponin stiger",
        "pt har ondt i (ben)",
        "spis glad mad i stedet for slik",
        "man lave\nblodtryk",
        "huden er påvirket af storm og regn",
        "i går (storm) faldt træet",
        "nattevagt: mest i sengen, dag: oppe",
    ],
)
def test_the_same_words_stay(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


def test_initials_that_are_a_word_before_a_time_and_a_user_name_in_a_log() -> None:
    m = NameMatcher.build([Person("s1", "Maja", "Yde", initials=("MY",), usernames=("have",))])
    assert out(m, "e-kons besvaret af my 07:45") == "e-kons besvaret af [X] 07:45"
    assert out(m, "log: have 10:30 besøgsnotat") == "log: [X] 10:30 besøgsnotat"
    assert out(m, "mor vil gerne have besøg") == "mor vil gerne have besøg"


def test_a_relative_with_the_relation_and_an_age_in_parentheses_stays() -> None:
    m = NameMatcher.build([Person("s1", "Ask", "Frost", titles=("farmaceut",))])
    keep = m.keep([("Ask", "Bæk")], own=[("Helle", "Bæk")])
    for text in ("Ask (søn, 15) må gerne besøge mor", "Ask (søn 15 år) ringede"):
        assert keep.filter(text, m.find(text)) == [], text
    text = "Ask (farmaceut) ringede"
    assert keep.filter(text, m.find(text)) != []


def test_med_cut_short_and_initials_that_are_an_abbreviation_after_a_contact() -> None:
    m = NameMatcher.build(
        [
            Person("s1", "Kam", "Lo", initials=("KL",), titles=("sygeplejerske",)),
            Person("s2", "Per", "Skov", initials=("PS",), titles=("læge",)),
            Person("s3", "Carl", "Olsen", initials=("CO",), titles=("sygeplejerske",)),
        ]
    )
    assert out(m, "aftalt m. kam at datter er til stede") == "aftalt m. [X] at datter er til stede"
    assert out(m, "Drøftet m. PS - ok til udskrivelse") == "Drøftet m. [X] - ok til udskrivelse"
    assert out(m, "pt. sov 6 timer i nat ifølge CO") == "pt. sov 6 timer i nat ifølge [X]"
    # a full stop that ends a sentence after a marker still ends it
    assert out(m, "Samtale m. Fin dag.") == "Samtale m. Fin dag."
