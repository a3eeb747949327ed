"""Names in the short fields and messages a citizen reads, and in machine-formatted text (issue
11, stop 37; from the held-out sets rt49 and rt50 and the rest of rt45, rt47 and rt48).

Registered initials stand for their person after a marker in lower case too, where they stand
alone: before a dash, a parenthesis, a date or a time ("talt m ak - fortsat", "set af ok
(ortop) kl 14", "Svangrejournal opdateret af mast 18.01.2027"), never "kl" before a time. "Ref.:"
is the minutes' writer. Initials with a glued genitive -s are the person's before what a person
writes or decides ("Se HHHs op.-beskrivelse"); derived initials that are an abbreviation are
not ("KOLs forløb"). A given name in lower case with the first letter of the person's family
name, last on a line, signs it ("pt. i bad. helle f"); "vitamin d" does not. A full name's
genitive goes on through a hyphenated family name ("Anja Dal-Hansens opslag"). "operatør" and
the record's verbs of change ("opdateret af", "booket af", "afgjort af") say who follows.
Registered initials that are an abbreviation are the person's in parentheses after a visit's
time or a title ("07.30-07.45 (AF)", "Jordemoder (MS)"; not "EKG kl 08.15 (AF)"), and a list's
item is a name and one word or number ("morgenmøde: bo fri, sol syg", "telefonliste: bo 2212").

Over-hiding, the other way: a hidden given name before another family name nobody hidden has
is someone else ("Advokat Per Kristensen"); a non-hidden colleague written family first ("Rask,
Jakob") or with the title after the name ("Holm, øjenlæge:") is the colleague; "Ring 66 12 34
56 for en ny tid" is a verb and "Per 01.01.2027" a preposition; a drug before its dose ("Yasmin
0,03 mg") and a month between a day and a year ("14 Jan 2027", "4 maj 2027") are no one.

Machine-formatted text: a caret between letters is read as a space (HL7 v2 and DICOM write
family^given^middle: "HOLM^METTE^L", "Brink^Kasper"), the person's own registered id before the
whole name goes with it ("ikh^Kjær-Hansen^Ida"), a field cut short in a name part is the name
("Rasmus Sk", "Holm, Met"), and a file name, a path or an id is read piece by piece
("notat_mholm_2026-12-04.pdf", "henvisning_brink_k.pdf", "Holm.Mette.L", "SkovR"; not
"sundhed.dk", "bl.a."). A colleague written family first with the given initial after ("HOLM
J.") is the colleague.
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out, shown_to

HIDDEN = [
    Person("h1", "Per", "Rask", initials=("PR",), titles=("praktiserende læge",)),
    Person("h2", "Maj", "Storm", initials=("MS",), usernames=("mast",), titles=("jordemoder",)),
    Person("h3", "Ida", "Stær", initials=("IS",), titles=("overlæge",)),
    Person("h4", "Anja", "Dal-Hansen", initials=("ADH",), titles=("sygeplejerske",)),
    Person("h5", "Yasmin", "Khalil", initials=("YK",), titles=("reservelæge",)),
    Person("h6", "Jan", "Lang", initials=("JL",), titles=("fysioterapeut",)),
    Person("h7", "Ulla", "Ring", initials=("UR",), titles=("hjemmesygeplejerske",)),
    Person("h8", "Anne", "Kristoffersen", initials=("AK",), titles=("læge",)),
    Person("h9", "Oksana", "Kovalenko", initials=("OK",), titles=("læge",)),
    Person("h10", "Hans-Henrik", "Hartmann", initials=("HHH",), titles=("kirurg",)),
    Person("h11", "Helle", "Fryd", initials=("HF",), titles=("jordemoder",)),
    Person("h12", "Tove", "Mose", titles=("sygeplejerske",)),
    Person("h13", "Kirsten", "Lund", initials=("KL",), titles=("sygeplejerske",)),
    Person("h14", "Lis", "Holm", titles=("sygeplejerske",)),
    Person("h15", "Alma", "Fjord", initials=("AF",), titles=("social- og sundhedshjælper",)),
    Person("h16", "Sol", "Berg", titles=("sygeplejerske",)),
    Person("h17", "Bo", "Krog", titles=("fysioterapeut",)),
]
OTHERS = [
    Person("o1", "Jakob", "Rask", titles=("praktiserende læge",)),
    Person("o2", "Søren", "Holm", titles=("øjenlæge",)),
    Person("o3", "Helle", "Lund", titles=("lægesekretær",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=OTHERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("talt m ak - fortsat konservativ", "talt m [X] - fortsat konservativ"),
        ("set af ok (ortop) kl 14", "set af [X] (ortop) kl 14"),
        ("Ref.: PR", "Ref.: [X]"),
        ("Ref: ok/ak", "Ref: [X]/[X]"),
        (
            "Svangrejournal opdateret af mast 18.01.2027",
            "Svangrejournal opdateret af [X] 18.01.2027",
        ),
        ("Tid booket af mast kl. 14", "Tid booket af [X] kl. 14"),
        ("Se HHHs op.-beskrivelse.", "Se [X]'s op.-beskrivelse."),
        (
            "kl 23.30 ve hvert 5. min, pt. i bad. helle f",
            "kl 23.30 ve hvert 5. min, pt. i bad. [X]",
        ),
        ("dag 3: lysbehandling start 14:00, tove m", "dag 3: lysbehandling start 14:00, [X]"),
        (
            "Din klage over Anja Dal-Hansens opslag er modtaget.",
            "Din klage over [X]'s opslag er modtaget.",
        ),
        ("08.00 Kim Madsen - operatør IS", "08.00 Kim Madsen - operatør [X]"),
        # registered initials that are an abbreviation, in parentheses after a visit's time or
        # a title (each parenthesis read alone: the first "(AF)" defines nothing)
        (
            "Mandag: 07.30-07.45 (AF) / 12.00-12.15 (AF)",
            "Mandag: 07.30-07.45 ([X]) / 12.00-12.15 ([X])",
        ),
        ("- 15.01 10.00 Jordemoder (MS)", "- 15.01 10.00 Jordemoder ([X])"),
        # a list's items, the name and one word or number each
        ("morgenmøde: bo fri, sol syg", "morgenmøde: [X] fri, [X] syg"),
        ("telefonliste: bo 2212, sol 2213", "telefonliste: [X] 2212, [X] 2213"),
        ("Vagtskifte 15:00: MS - AF", "Vagtskifte 15:00: [X] - [X]"),
    ],
)
def test_a_hidden_person_in_a_short_field_is_hidden(
    m: NameMatcher, text: str, expected: str
) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # clinical abbreviations and words where no marker makes them initials
        "talt med AK-klinikken om dosis",
        "Kontrol af AK-behandling om 3 mdr.",
        "ref. til notat: ok",
        "KOLs forløb er stabilt.",
        "pt fik vitamin d",
        "pt fik lattergas kl 22, hepatitis b",
        "taget af pt selv kl 20.40",
        "Pt har atrieflimren (AF) kl 10.00",
        "EKG kl 08.15 (AF)",
        "Deltagere: per telefon, bo i egen bolig",
        # someone else, a colleague, a verb, a preposition, a drug, a month
        "Advokat Per Kristensen repræsenterer familien i klagesagen.",
        "Per Kristensen kom i dag.",
        "Rask, Jakob - e-konsultation besvaret",
        "Holm, øjenlæge: Synsstyrke 0,8 på højre øje.",
        "Ring 66 12 34 56 for en ny tid.",
        "Per 01.01.2027 ændres telefontiden.",
        "Yasmin 0,03 mg/3 mg, 1 tablet dagligt.",
        "Your next dose is due on 14 Jan 2027.",
    ],
)
def test_what_is_no_hidden_person_stays(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hidden person's own family name, or one typo from it, after the given name
        ("Per Rask kom i dag.", "[X] kom i dag."),
        ("Per Raks kom i dag.", "[X] kom i dag."),
        # a hidden name part goes on after the other family name: fail closed
        ("Per Kristensen Rask kom i dag.", "[X] Kristensen [X] kom i dag."),
        # where a name is certain, the given name stays hidden
        ("Vi talte med Per Kristensen.", "Vi talte med [X] Kristensen."),
        # the hidden Holm is a nurse: the title after her name does not make her the colleague
        ("Holm, sygeplejerske: ok", "[X], sygeplejerske: ok"),
        # a title after a comma that goes with the next name in a list is not Holm's
        ("Deltagere: Holm, øjenlæge Bo Krog, pt.", "Deltagere: [X], øjenlæge [X], pt."),
        # a colleague's given name after the family name is not the hidden person's
        ("Rask, Per", "[X]"),
        # a phone number after the verb's name where no words follow; a whole date in a window
        ("Ring 66 12 34 56", "[X] 66 12 34 56"),
        ("set af bo kl 15.10", "set af [X] kl 15.10"),  # "kl" is no one's initials here
        ("set af UR kl 15.10", "set af [X] kl 15.10"),
    ],
)
def test_the_limits_of_the_rules(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


# ---- machine-formatted text (rt50): HL7 v2 and DICOM names, cut fields, file names and ids ----

SYSTEM = [
    Person("m1", "Mette Lykke", "Holm", initials=("MLH",)),
    Person("m2", "Kasper", "Brink", initials=("KB",), usernames=("kabr",)),
    Person("m3", "Birgitte", "Due", initials=("BD",)),
    Person("m4", "Ida", "Kjær-Hansen", initials=("IKH",), usernames=("ikh",)),
    Person("m5", "Rasmus", "Skov", initials=("RS",)),
    Person("m6", "Anne", "Sommer", initials=("AS",)),
]
SYSTEM_OTHERS = [Person("n1", "Mette", "Brink"), Person("n2", "Jens", "Holm")]
#: the citizen Lise Marie Sommer and her husband Ole Sommer
SYSTEM_FAMILY = (("Ole", "Sommer"),)
SYSTEM_OWN = (("Lise Marie", "Sommer"),)


@pytest.fixture(scope="module")
def sysm() -> NameMatcher:
    return NameMatcher.build(SYSTEM, others=SYSTEM_OTHERS)


def system_shown(m: NameMatcher, text: str) -> str:
    return shown_to(m, text, SYSTEM_FAMILY, SYSTEM_OWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # HL7 v2 and DICOM write family^given^middle, the id first
        ("PV1|1|I|B2|||0412345^HOLM^METTE^L^^DR|||KAR", "PV1|1|I|B2|||0412345^[X]^^DR|||KAR"),
        (
            "OBX|1|NM|x||8.1||||F|||202612040900||BD^Due^Birgitte",
            "OBX|1|NM|x||8.1||||F|||202612040900||[X]",
        ),
        (
            "RXE|1|C07AB02^Metoprolol^ATC|50||mg|||ikh^Kjær-Hansen^Ida",
            "RXE|1|C07AB02^Metoprolol^ATC|50||mg|||[X]",
        ),
        (
            "(0008,1050) Performing Physician's Name: Brink^Kasper",
            "(0008,1050) Performing Physician's Name: [X]",
        ),
        ("OBR|4|||||||||||HOLM^M^L", "OBR|4|||||||||||[X]"),
        # the citizen and her family in the same format stay
        (
            "PID|1||0101681234^^^CPR||SOMMER^LISE^MARIE||19680101|F",
            "PID|1||0101681234^^^CPR||SOMMER^LISE^MARIE||19680101|F",
        ),
        ("NK1|1|SOMMER^OLE|SPO^Ægtefælle", "NK1|1|SOMMER^OLE|SPO^Ægtefælle"),
        ("leukocytter 7,2 x 10^9/l", "leukocytter 7,2 x 10^9/l"),
        # a field cut short in the name
        ("Godkendt af: Rasmus Sk", "Godkendt af: [X]"),
        ("Ansvarlig: Holm, Met", "Ansvarlig: [X]"),
        ("Afsender: Anne Somm...", "Afsender: [X]..."),
        # file names, paths and ids
        ("notat_mholm_2026-12-04.pdf", "notat_[X]_2026-12-04.pdf"),
        ("henvisning_brink_k.pdf", "henvisning_[X].pdf"),
        ("Scannet: 20261204_mlh_ekg.tif", "Scannet: 20261204_[X]_ekg.tif"),
        ("/arkiv/2026/12/Holm_ML/", "/arkiv/2026/12/[X]/"),
        ("Godkendt af Holm.Mette.L", "Godkendt af [X]"),
        ("Beskriver: KasperB", "Beskriver: [X]"),
        ("Vedhæftet: epikrise_SkovR_final.docx", "Vedhæftet: epikrise_[X]_final.docx"),
        # another person's name in the file name does not make a user name someone else's
        ("samtale_mholm_anna.docx", "samtale_[X]_anna.docx"),
        ("Fil: //fil01/kardio/users/kabr/notat.docx", "Fil: //fil01/kardio/users/[X]/notat.docx"),
        # a single given initial before the family name in CAPITALS, after a tag
        ("PRØVETAGER: B DUE", "PRØVETAGER: [X]"),
        ("&lt;author&gt;A Sommer&lt;/author&gt;", "&lt;author&gt;[X]&lt;/author&gt;"),
        # the family name first, the given initial after: the hidden person's own
        ("Ansvarlig: Holm M.", "Ansvarlig: [X]"),
    ],
)
def test_machine_formatted_names(sysm: NameMatcher, text: str, expected: str) -> None:
    assert system_shown(sysm, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Læs mere på sundhed.dk og borger.dk, bl.a. om MR-scanning.",
        "se www.sundhed.dk/liv-med-hjertesvigt",
        "Udskrevet til eget hjem, jf. epikrise_final.docx",
        "Ring til Jens Holm, portør.",
        # the colleague Jens Holm, family name first with his given initial
        "Portør: HOLM J.",
        "Ansvarlig: Holm J.",
    ],
)
def test_machine_formatted_text_without_a_hidden_name(sysm: NameMatcher, text: str) -> None:
    assert system_shown(sysm, text) == text


# ---- an ordinary week (rt51): user names as a line's writer, relatives in a form, roles ----

WEEK = [
    Person("w1", "Mads", "Rask", initials=("MR",), usernames=("mara",)),
    Person("w2", "Bo", "Ravn", initials=("BR",), usernames=("bora",), titles=("fysioterapeut",)),
    Person("w3", "Bente", "Thomsen", initials=("BT",)),
    Person("w4", "Anders", "Kjær", initials=("AK",)),
    Person("w5", "Sten", "Bach", titles=("sygeplejerske",)),
    Person("w6", "Lykke", "Munch", titles=("ergoterapeut",)),
    Person("w7", "Malene", "Skov", titles=("sagsbehandler",)),
    Person("w8", "Bo", "Toft", titles=("ssa",)),
]
WEEK_OTHERS = [
    Person("x1", "Thomas", "Skov", titles=("visitator",)),
    Person("x2", "Bo", "Kristiansen", titles=("teamleder",)),
]
#: the citizen Hanne Lind and her family: husband Sten, daughter Lykke, son Mads
WEEK_FAMILY = (("Sten", "Lind"), ("Lykke", "Lind"), ("Mads", "Lind"))
WEEK_OWN = (("Hanne", "Lind"),)


@pytest.fixture(scope="module")
def week() -> NameMatcher:
    return NameMatcher.build(WEEK, others=WEEK_OTHERS)


def week_shown(m: NameMatcher, text: str) -> str:
    return shown_to(m, text, WEEK_FAMILY, WEEK_OWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mara 12.05: telefonkonsultation", "[X] 12.05: telefonkonsultation"),
        ("bora - aftenbesøg, pt. sidder i stolen", "[X] - aftenbesøg, pt. sidder i stolen"),
        (
            "Besøgsnotat 16.05, 19.45 (bora): lagt i seng",
            "Besøgsnotat 16.05, 19.45 ([X]): lagt i seng",
        ),
        ("16:40 mara Lægehuset Trøjborg", "16:40 [X] Lægehuset Trøjborg"),
        ("chat bora -> mara: Eliquis restordre", "chat [X] -> [X]: Eliquis restordre"),
        (
            "BT: telefonkonsultation, pt. har let varme",
            "[X]: telefonkonsultation, pt. har let varme",
        ),
        ("AK: pt. fortsat let nedtrykt", "[X]: pt. fortsat let nedtrykt"),
        (
            "Teams 14.05 BR -> MR: kan du tage badebænken med?",
            "Teams 14.05 [X] -> [X]: kan du tage badebænken med?",
        ),
        # the hidden namesakes with another role stay hidden
        ("sagsbehandler Skov ringer", "[X] ringer"),
        ("besked til søn: Mads Rask kommer", "besked til søn: [X] kommer"),
    ],
)
def test_an_ordinary_week(week: NameMatcher, text: str, expected: str) -> None:
    assert week_shown(week, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pt. har mara i øjet.",
        "BT: 128/76",
        "AK: Eliquis 5 mg x 2",
        "Mand: Sten, datter: Lykke, søn: Mads.",
        "Pårørendesamtale med Sten - han er bekymret.",
        "visitator Skov ringer til borger om ny vurdering",
        "teamleder Bo deltager i mødet",
        "Ekko: LVEF 55 %, RV normal.",
    ],
)
def test_an_ordinary_week_without_a_hidden_name(week: NameMatcher, text: str) -> None:
    assert week_shown(week, text) == text
