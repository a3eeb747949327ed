"""Messages, roles, drugs and log lines (issue 11, stop 39; from the held-out set rt53, half a
year of a young woman's records in Copenhagen).

The citizen's own given name signing a message she wrote to someone she greeted or addressed
("Hej Dorthe ... Mvh Sofie", "Besked til Yasmin Haddad: ... /Sofie") is hers; a message that
greets her ("Hej Sofie ... Mvh Sofie") is signed by the hidden namesake. A title names the
profession: a colleague outside the order with that profession and the name part keeps it
("sonograf Ella", "læge Ipsen", "konsulent Lykke"), a colleague of another profession does not
("sagsbehandler Gitte" is the hidden case worker, not team leader Gitte), and a title in
parentheses after a given name is a title, not someone else's initials ("Sofie (spl.)"). A
name that ends a heading ends the list of names after "hos", "v/": the blood pressure after it
stays ("hos læge Søborg: BT 112/68"). A drug named like a person stays where it is one ("p-piller
(Yasmin)", "Yasmin seponeret"); so do public services and places ("Digital Post", "på Amager
Strand"). Registered initials that are also an abbreviation are the person where only a person
stands: heading a sentence before what was done with the patient ("Overflyttes ikke. TS: pt.
hentet", "tlf.konsultation MS: pt vil ..."), in an access log's line ("10:03:44 | BT | READ"),
and after whom an answer goes to ("svar til BT.").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import shown_to

HIDDEN = [
    Person("h1", "Mark", "Søborg", initials=("MS",), titles=("praktiserende læge",)),
    Person("h2", "Dorthe", "Post", initials=("DP",), titles=("sagsbehandler",)),
    Person("h3", "Yasmin", "Haddad", initials=("YH",), titles=("kontaktsygeplejerske",)),
    Person("h4", "Ella", "Kastrup", initials=("BT",), titles=("jordemoder",)),
    Person("h5", "Sofie", "Lange", initials=("TS",), titles=("sygeplejerske",)),
    Person("h6", "Leo", "Ipsen", titles=("farmaceut",)),
    Person("h7", "Lykke", "Gammeltoft", titles=("fysioterapeut",)),
    Person("h8", "Thea", "Strand", titles=("fysioterapeut",)),
    Person("h9", "Gitte", "Lyng", titles=("visitator",)),
]
OTHERS = [
    Person("o1", "Ella", "Brix", titles=("sonograf",)),
    Person("o2", "Niels", "Ipsen", titles=("praktiserende læge",)),
    Person("o3", "Lykke", "Dahl", titles=("virksomhedskonsulent",)),
    Person("o4", "Gitte", "Brix", titles=("teamleder",)),
]
RELATIVES = [("Mark", "Lindqvist")]
CITIZEN = [("Sofie", "Rosendahl")]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=OTHERS)


def shown(m: NameMatcher, text: str) -> str:
    """What the citizen Sofie Rosendahl reads."""
    return shown_to(m, text, RELATIVES, CITIZEN)


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Hej Dorthe, jeg kan ikke komme på mandag. Mvh Sofie", "Mvh Sofie"),
        ("Til: Mark Søborg\nEmne: tid\n\nHej Mark\nKan jeg få en tid?\nHilsen Sofie", "Sofie"),
        ("Besked til Yasmin Haddad: Jeg kan ikke komme i dag. /Sofie", "/Sofie"),
        ("Kære Dorthe\nJeg er stadig sygemeldt.\nMvh Sofie", "Mvh Sofie"),
    ],
)
def test_the_citizens_own_sign_off_to_someone_she_greeted_stays(
    m: NameMatcher, text: str, signed: str
) -> None:
    shown_text = shown(m, text)
    assert shown_text.endswith(signed)
    assert "Dorthe" not in shown_text and "Yasmin" not in shown_text and "Søborg" not in shown_text


@pytest.mark.parametrize(
    "text",
    [
        "Hej Sofie\nDin tid er flyttet til torsdag.\nMvh Sofie",
        "Din tid er flyttet til torsdag. Mvh Sofie",
        "Hej Dorthe, tak for i dag. Mvh Sofie Lange",
    ],
)
def test_a_namesakes_sign_off_stays_hidden(m: NameMatcher, text: str) -> None:
    assert "Sofie" not in shown(m, text).split("\n", 1)[-1].split("Mvh", 1)[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Scanning v/ sonograf Ella.",
        "Læge Ipsen har fornyet Pulmicort.",
        "Konsulent Lykke fra virksomhedsteamet deltager i mødet.",
    ],
)
def test_a_colleague_called_by_their_own_profession_stays(m: NameMatcher, text: str) -> None:
    assert shown(m, text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Klagen er videresendt af sagsbehandler Gitte til Ankestyrelsen.", "Gitte"),
        ("Sonograf Ella og jordemoder Ella gennemgik billederne.", "jordemoder Ella"),
        ("Farmaceut Ipsen har ringet til læge Ipsen om recepten.", "Farmaceut Ipsen"),
        ("Sofie (pt.) og Sofie (spl.) har lavet en aftale om aftensmaden.", "Sofie (spl"),
        ("Sofie (ssa) har lavet en aftale.", "Sofie"),
    ],
)
def test_a_title_another_colleague_has_not_keeps_the_name_hidden(
    m: NameMatcher, text: str, gone: str
) -> None:
    assert gone not in shown(m, text)


@pytest.mark.parametrize(
    "text",
    [
        "1. graviditetsundersøgelse hos læge Søborg: BT 112/68, urin neg.",
        "Jordemoderkonsultation v/ Ella Kastrup: BT 110/70, SF-mål passer.",
        "Seen by Dr Søborg: BT 120/80; an inhaler review is due.",
    ],
)
def test_a_value_after_a_heading_with_a_name_stays(m: NameMatcher, text: str) -> None:
    assert "BT 1" in shown(m, text)
    assert "Søborg" not in shown(m, text) and "Kastrup" not in shown(m, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tidl. p-piller: Yasmin, stoppet jan. 2024 pga. graviditetsønske.",
        "Mark Søborg: Yasmin seponeret, folsyre startet.",
        "Tidligere p-piller (Yasmin) stoppet.",
        "Pt. informeret om Yasmin (stoppet) og sertralin.",
        "Brev sendt med Digital Post.",
        "Indkaldelse sendt via Digital Post af Dorthe Post.",
        "Løbeturene på Amager Strand er sat på pause.",
    ],
)
def test_drugs_services_and_places_named_like_hidden_people_stay(m: NameMatcher, text: str) -> None:
    kept = shown(m, text)
    for word in ("Yasmin", "Digital Post", "Amager Strand"):
        assert kept.count(word) == text.count(word)
    assert "Søborg" not in kept and "Dorthe" not in kept


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Overflyttes ikke. TS: pt. hentet af kæresten kl 22.40.", "TS"),
        ("tlf.konsultation MS: pt vil gerne henvises til psykiatrien igen", "MS"),
        ("2024-05-24 10:03:44 | BT | READ | Fostermedicinsk journal", "BT"),
        ("Scanning booket, svar til BT.", "BT"),
        ("Yasmin Haddad: Yasmin er rask igen.", "Yasmin"),
    ],
)
def test_registered_initials_where_only_a_person_stands_are_hidden(
    m: NameMatcher, text: str, gone: str
) -> None:
    assert gone not in shown(m, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kontrol. BT: 120/80",
        "kl 10.05 BT 120/80",
        "Svar til BT 120/80 ved næste kontrol.",
        "Pt. MS: stabil. Ingen nye attakker.",
    ],
)
def test_abbreviations_next_to_those_positions_stay(m: NameMatcher, text: str) -> None:
    assert shown(m, text) == text
