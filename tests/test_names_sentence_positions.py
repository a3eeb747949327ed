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


# From names_rt37_probes.py (home care, nursing homes, case work, staff chat; a held-out set
# measured before these rules: 91 leaks / 20 over-hides on the code before this stop, 83 / 17
# with the rules above): where a home-care note names who did it, who writes or whom it thanks.
HOME_CARE = [
    Person("h1", "Lis", "Kok", titles=("ssh",)),
    Person("h2", "Birgit", "Sky", titles=("ssh",)),
    Person("h3", "Alf", "Smed", titles=("læge",)),
    Person("h4", "Ebbe", "Kold", titles=("sagsbehandler",)),
    Person("h5", "Tove", "Fugl", titles=("ssa",)),
    Person("h6", "Rikke", "Mørk", titles=("ssa",)),
    Person("h7", "Bo", "Sandberg", initials=("BS",), titles=("ssa",)),
]


@pytest.fixture(scope="module")
def hc() -> NameMatcher:
    return NameMatcher.build(HOME_CARE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kl 7.15 sky hos inger. morgenmed givet", "kl 7.15 [X] hos inger. morgenmed givet"),
        ("besøg v/ kok kl 12, frokost varmet", "besøg v/ [X] kl 12, frokost varmet"),
        ("stuegang v/smed: fortsat iv antibiotika", "stuegang v/[X]: fortsat iv antibiotika"),
        ("overdraget til sky kl 15", "overdraget til [X] kl 15"),
        ("nøgle afleveret til kok kl 13.40", "nøgle afleveret til [X] kl 13.40"),
        ("tlf med kold - afventer lægeerklæring", "tlf med [X] - afventer lægeerklæring"),
        ("svar fra smed: giv pcm 1g", "svar fra [X]: giv pcm 1g"),
        ("husk at give fugl besked om tandlægetid", "husk at give [X] besked om tandlægetid"),
        ("kold har bevilget 2 t. praktisk hjælp", "[X] har bevilget 2 t. praktisk hjælp"),
        ("pt siger kok glemte at give hende insulin", "pt siger [X] glemte at give hende insulin"),
        ("afgørelse sendt af kold d. 4/2", "afgørelse sendt af [X] d. 4/2"),
        ("afgørelse fra kold: plejebolig bevilget", "afgørelse fra [X]: plejebolig bevilget"),
        # a chat's writer before the time, a handover by an arrow, whom a message thanks
        ("fugl 09:12: datter kommer kl 14", "[X] 09:12: datter kommer kl 14"),
        ("mørk -> fugl: hun har sovet godt", "[X] -> [X]: hun har sovet godt"),
        ("tak kok!", "tak [X]!"),
        ("tak for i dag sky :)", "tak for i dag [X] :)"),
        # who writes or speaks, first on a line
        ("sky: bs 11,3 før aftensmad", "[X]: bs 11,3 før aftensmad"),
        ("mørk: 'hun ville ikke have natbleen på'", "[X]: 'hun ville ikke have natbleen på'"),
        # the writer after the time, even where the initials are an abbreviation
        ("07:30 bs: morgenmed givet", "07:30 [X]: morgenmed givet"),
        ("kl 12 BS: frokost spist", "kl 12 [X]: frokost spist"),
        ("ref. bs", "ref. [X]"),
        # one of two people, a message's writer after a dash
        ("smed og overlæge Carsten Høj: VF på tele", "[X] og overlæge Carsten Høj: VF på tele"),
        ("mørk og Gro Nygaard nattevagt", "[X] og Gro Nygaard nattevagt"),
        ("- kok", "- [X]"),
        ("ring til mig - sky", "ring til mig - [X]"),
        ("sky har tændt varmen", "[X] har tændt varmen"),
        ("👍 fra sky", "👍 fra [X]"),
        (
            "i eftermiddag skal kok og borger i brugsen",
            "i eftermiddag skal [X] og borger i brugsen",
        ),
    ],
)
def test_a_home_care_note_names_the_helper(hc: NameMatcher, text: str, expected: str) -> None:
    assert out(hc, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "sky: 2 kg",
        "bo: alene i lejlighed",
        "07:30 bs: 7,2",
        "tak for mad",
        "i dag frost hos os",
        "kl 7 sky over byen",
        "obs. bs",
        "fisk: 2 gange om ugen",
        "kold og fugtig lejlighed",
        "sand og Gro Nygaard",
        "lys og varme",
        "vi har - kold",
        "hud - kold og bleg",
        "brev fra kold afdeling",
    ],
)
def test_a_home_care_note_keeps_the_words(hc: NameMatcher, text: str) -> None:
    assert out(hc, text) == text


# From names_rt38_probes.py (forensic psychiatry, incident and violence reports, guard logs,
# complaints, English notes; a held-out set measured before these rules: 75 leaks / 21
# over-hides on the code before this stop, 59 / 17 with the rules above).
FORENSIC = [
    Person("f1", "Tom", "Vind", titles=("plejer",)),
    Person("f2", "Ben", "Hjelm", titles=("sygeplejerske",)),
    Person("f4", "Otto", "Gram", initials=("OG",), titles=("vagt",)),
    Person("f5", "Sue", "Ward", titles=("sygeplejerske",)),
    Person("f6", "Else", "Borg", titles=("fuldmægtig",)),
    Person("f7", "Rose", "Kilde", titles=("psykolog",)),
    Person("f8", "Gry", "Hammer", titles=("ssh",)),
    Person("f9", "Alf", "Trane", initials=("AT",), titles=("ssa",)),
]


@pytest.fixture(scope="module")
def fo() -> NameMatcher:
    return NameMatcher.build(FORENSIC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jeg ved hvor hjelm bor", "jeg ved hvor [X] bor"),
        (
            "pt afviser medicin. ben forsøger igen kl 20.",
            "pt afviser medicin. [X] forsøger igen kl 20.",
        ),
        ("rapport til trane kl 7: stille nat", "rapport til [X] kl 7: stille nat"),
        ("mail til borg om aktindsigt sendt", "mail til [X] om aktindsigt sendt"),
        ("jeg klager over gry fordi hun låste døren", "jeg klager over [X] fordi hun låste døren"),
        (
            "utilsigtet hændelse. fundet af sue. ingen skade.",
            "utilsigtet hændelse. fundet af [X]. ingen skade.",
        ),
        ("sue explained the treatment plan", "[X] explained the treatment plan"),
        ("Notes by ward: patient calm", "Notes by [X]: patient calm"),
        ("Dictated by OG, typed by AT.", "Dictated by [X], typed by [X]."),
        # who did it at a time, as a log or a list writes it
        ("22.00 OG overtager fra dagvagt", "22.00 [X] overtager fra dagvagt"),
        ("runde 02.00 OG / 03.00 OG", "runde 02.00 [X] / 03.00 [X]"),
        ("Medicin givet: 8.00 AT, 12.00 AT", "Medicin givet: 8.00 [X], 12.00 [X]"),
        ("PN givet 15.40 – AT", "PN givet 15.40 – [X]"),
        ("insulin 8 IE sc kl 17 AT", "insulin 8 IE sc kl 17 [X]"),
        ("venflon OG 06:10", "venflon [X] 06:10"),
        ("Vagtplan uge 11: OG AT", "Vagtplan uge 11: [X] [X]"),
        # a question, a threat, what a patient calls a person, the patient and a person
        (
            "Hvorfor er hjelm ikke informeret om udgangsforbuddet?",
            "Hvorfor er [X] ikke informeret om udgangsforbuddet?",
        ),
        ("trussel mod trane: 'du skal dø'", "trussel mod [X]: 'du skal dø'"),
        ("pt: jeg skal nok få fat i ward, bare vent", "pt: jeg skal nok få fat i [X], bare vent"),
        ("pt: 'sig til alf at han er en død mand'", "pt: 'sig til [X] at han er en død mand'"),
        ("den nattevagt der hedder gry, hun låste", "den nattevagt der hedder [X], hun låste"),
        ("pt kalder ben for 'spionen'", "pt kalder [X] for 'spionen'"),
        ("ingen alene-kontakt mellem pt og vind.", "ingen alene-kontakt mellem pt og [X]."),
        ("trane syg i dag, hjelm tager hans pt", "[X] syg i dag, [X] tager hans pt"),
        # three names in a row with commas or "og"
        ("konference (sue, kilde, ben). Enighed", "konference ([X], [X], [X]). Enighed"),
        ("ben og alf og gry – aftenvagt", "[X] og [X] og [X] – aftenvagt"),
    ],
)
def test_a_forensic_note_names_the_staff_member(fo: NameMatcher, text: str, expected: str) -> None:
    assert out(fo, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place, not a person
        "pt er født i Gram og flyttet til Aarhus som 12-årig.",
        "Gram Slot – pt var i praktik der i 2015.",
        "Udflugt til Hammer Bakker aflyst.",
        # a field of a form; a value after a time; things in CAPITALS
        "Kilde: journal fra Retspsykiatrien Risskov",
        "kl 8.00 BT 140/90",
        "målt BS 14.03",
        "pt har set TV til kl 22",
        "pt klager over smerter og kold fornemmelse",
        "tak for mad",
        "kold og hård og mørk",
        "sand og grus",
    ],
)
def test_a_forensic_note_keeps_the_words(fo: NameMatcher, text: str) -> None:
    assert out(fo, text) == text


def test_a_relative_in_english_and_the_family_by_its_name_stay(fo: NameMatcher) -> None:
    keep = fo.keep([("Frank", "Hammer"), ("Rose", "Hammer")], own=[("Dennis", "Hammer")])
    for text in ("the patient's brother Frank visited", "Familien Hammer ønsker netværksmøde"):
        assert keep.filter(text, fo.find(text)) == [], text
