"""Tables pasted into a note: staff columns, rota lines, rows of labels (issue 11, stop 34).

The held-out set ``bench/independent/names_rt41_probes.py`` (text shapes) found that a table's
staff column leaked what prose would not: initials that are also an abbreviation under "Udført
af" ("| BT |"), a bare first name under "Medarbejder" ("| bo |"), a rota's "man 7-15 bo";
and that a first row of labels lost a label that is also a hidden person's name ("Dag | Aften |
Nat", "Post | Beløb | Bevilget"). ``protect.names.tables`` reads the tables; the matcher reads
their staff cells as names and drops what lies in a label, and never a name row's name.
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names.tables import read
from names_shown import out

HIDDEN = [
    Person("s1", "Bo", "Tang", initials=("BT",), titles=("ssa",)),
    Person("s2", "Dag", "Munk", initials=("DM",), titles=("sygeplejerske",)),
    Person("s3", "Liv", "Post", initials=("LP",), titles=("læge",)),
    Person("s4", "Ravn", "Hvid", initials=("RH",), titles=("overlæge",)),
    Person("s5", "Pil", "Toft", initials=("PT",), titles=("ergoterapeut",)),
    Person("s6", "Mette", "Lund", initials=("ML",), titles=("sygeplejerske",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff column: initials that are an abbreviation, a bare first name
        (
            "Tid | Opgave | Udført af\n08.00 | BT + puls | Bo Tang\n12.00 | insulin 8 IE | BT",
            "Tid | Opgave | Udført af\n08.00 | BT + puls | [X]\n12.00 | insulin 8 IE | [X]",
        ),
        (
            "Dato\tPrøve\tSvar\tGodkendt\n03.05\tHb\t7,1\tRH",
            "Dato\tPrøve\tSvar\tGodkendt\n03.05\tHb\t7,1\t[X]",
        ),
        (
            "Kl. | Medarbejder | Hvad\n07.30 | bo | morgenhjælp\n17.00 | Anne | aftensmad",
            "Kl. | Medarbejder | Hvad\n07.30 | [X] | morgenhjælp\n17.00 | Anne | aftensmad",
        ),
        (
            "| Ordineret af | Dispenseret af |\n|---|---|\n| LP | BT |",
            "| Ordineret af | Dispenseret af |\n|---|---|\n| [X] | [X] |",
        ),
        # a rota: shifts as columns (the label "Dag" stays), days as cells, lines
        ("Dag | Aften | Nat\nLP | Anne | Ruth", "Dag | Aften | Nat\n[X] | Anne | Ruth"),
        ("Ergoterapi uge 22 | man PT | tir PT", "Ergoterapi uge 22 | man [X] | tir [X]"),
        ("Vagtskema:\nman 7-15 bo\ntor 15-23 bo", "Vagtskema:\nman 7-15 [X]\ntor 15-23 [X]"),
        # a field of a chart: "Godkendt: RH", "Ordineret: LP."
        ("Svar: Hb 6,9. Godkendt: RH 04.05 09:12", "Svar: Hb 6,9. Godkendt: [X] 04.05 09:12"),
        ("Furix 40 → 80 mg. Ordineret: LP.", "Furix 40 → 80 mg. Ordineret: [X]."),
        # a row of names stays a row of names, whatever the row under it
        ("Mette | Kontaktperson\nBo | Psykolog", "[X] | Kontaktperson\n[X] | Psykolog"),
        ("Bo | Pil | Anne\ndag | nat | fri", "[X] | [X] | Anne\ndag | nat | fri"),
        # a name that is no word heads a column as a name
        ("Mette | Opgave\n- | bad", "[X] | Opgave\n- | bad"),
        # a shift word first in a row is a label only under a rota's days or shifts
        ("Navn | Tid\nDag | 7-15\nAnne | 15-23", "Navn | Tid\n[X] | 7-15\nAnne | 15-23"),
        ("Uge 19\tMan\tTirs\nDag\tLP\tLP", "Uge 19\tMan\tTirs\nDag\t[X]\t[X]"),
        # a title over a name: the label goes, the name below does not
        (
            "Sagsbehandler | Jobkonsulent | Læge\nKaren Dybdahl | Jens Ry | Liv Post",
            "Sagsbehandler | Jobkonsulent | Læge\nKaren Dybdahl | Jens Ry | [X]",
        ),
    ],
)
def test_staff_in_tables(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dag | Aften | Nat\nAnne | Ruth | Karen",
        "Post | Beløb | Bevilget\nRollator | 2.100 | ja",
        "Dag 1 | Dag 2 | Dag 3\n140/82 | 132/80 | 128/74",
        "Pil | Betydning\n↑ | over reference",
        "Præparat\tDosis\tGivet\tAf\nFurix\t40 mg\t08:02\tAnne",
        "ydelser udført: bad, frokost, medicin",
        "Ordineret: BT-kontrol x 2",
    ],
)
def test_labels_and_words_stay(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


def test_read_finds_columns_rows_and_labels() -> None:
    text = "Tid | Opgave | Udført af\n|---|---|---|\n08.00 | bad | BT\nSign. | Bo"
    tables = read(text)
    assert [(text[s:e], label) for s, e, label in tables.staff] == [
        ("BT", "Udført af"),
        ("Bo", "Sign."),
    ]
    # ("Tid" is a field of a form, like "Bo" and "Sol": not taken for a label by its word alone)
    assert [text[s:e] for s, e in tables.labels] == ["Opgave", "Udført af"]
    # a text without a table or a rota line costs a look for "|" and a tab
    assert read("pt sov godt, bo ringede kl 8").staff == []
