"""Places, colleagues' ids and names in apposition (issue 11, stop 38; from the held-out set
rt52, one month of an older man's records in North Jutland).

A hidden person's name part that is also a town stays where the text uses it as a place: before
a word for a place in the same letter case ("Skagen Apotek", "SKAGEN APOTEK", "skagen apotek",
"Hjemmeplejen Skagen Nord"), after a postcode in an address ("Strandvej 3, 9990 Skagen"), after
a place of care ("Lægehuset i Skagen", "Hjemmesygeplejen i Skagen"; not "Hjemmeplejen Skagen
ringede", who works there) and after "i" last in its
clause ("bor i et hus i Skagen."). A rota's "0800 Skagen:" is still a name.

A relative in apposition after a capitalised relation word or a genitive stays ("Sønnen, Bent,
er kontaktperson", "Gudruns søster, Karen, ringer"). A non-hidden colleague's registered
initials or user name are the colleague's, not a hidden person's name part or a misspelling of
one ("Skrevet af KIM", "TR/kim", "redigeret af tohe") unless a hidden person has the same ones.

The other way: registered initials that are a word head a diary line with a colon ("OS: 36
ekstraheret", "22.03.2024 OS: Protesekontrol", "GL 14.03.: Ansøgning sendt"); an English
note's "Reviewed by", "Approved by" say who follows; a title in apposition after a name makes it
certain, so a relative's name of the same letters does not keep it ("Storm, fysioterapeut, har
testet", "hede, hjemmesygepl., har bestilt"); a lower-case given name and the first letter of
the family name heading a line before a colon or a verb signs it ("tove s har leveret", "dag h:
ilt ned"); a user name that is a word is the person's right before their whole name in
parentheses ("16:44 mast (Maja Storm)") and heading a line before what the record's writer has
done ("mast har registreret faldrisiko").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out, shown_to

HIDDEN = [
    Person("h1", "Anders", "Skagen", initials=("AS",), titles=("ergoterapeut",)),
    Person("h2", "Kim", "Bro", initials=("KB",), titles=("farmaceut",)),
    Person("h3", "Tove", "Sand", initials=("TS",), titles=("ergoterapeut",)),
    Person("h4", "Ole", "Sand", initials=("OS",), titles=("tandlæge",)),
    Person("h5", "Gitte", "Lyng", initials=("GL",), titles=("visitator",)),
    Person("h6", "Bent", "Ravn", initials=("BR",), titles=("overlæge",)),
    Person("h7", "Maja", "Storm", initials=("MS",), usernames=("mast",)),
    Person("h8", "Karen", "Hede", titles=("hjemmesygeplejerske",)),
    Person("h9", "Dag", "Hjort", titles=("reservelæge",)),
]
OTHERS = [
    Person("o1", "Kirsten", "Mose", initials=("KIM",), titles=("lægesekretær",)),
    Person("o2", "Bent", "Hede", usernames=("tohe",), titles=("sygeplejerske",)),
]
RELATIVES = [("Bent", "Hede"), ("Storm", "Hede"), ("Karen", "Bech")]
CITIZEN = [("Erling", "Hede")]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=OTHERS)


def shown(m: NameMatcher, text: str) -> str:
    """What the citizen, whose family is :data:`RELATIVES`, reads."""
    return shown_to(m, text, RELATIVES, CITIZEN)


@pytest.mark.parametrize(
    "text",
    [
        "Adresse: Strandvej 3, 9990 Skagen",
        "STRANDVEJ 3, 9990 SKAGEN",
        "Skagen Apotek har leveret dosisposer.",
        "SKAGEN APOTEK – DOSISDISPENSERING",
        "skagen apotek ringet",
        "Hjemmeplejen Skagen Nord har overtaget besøgene.",
        "Lægehuset i Skagen holder lukket i uge 29.",
        "2024-03-15 10:41  Hjemmesygeplejen i Skagen  Opdateret medicinkort",
        "Han bor med sin hustru i et hus i Skagen.",
        "Afhentning: Skagen Station kl. 9.10.",
    ],
)
def test_a_town_named_like_a_hidden_person_stays_a_town(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ergoterapeut Skagen kommer torsdag", "[X] kommer torsdag"),
        ("Anders Skagen har afprøvet badebænken.", "[X] har afprøvet badebænken."),
        ("0800 Skagen: morgenbesøg", "0800 [X]: morgenbesøg"),
        ("Hjemmeplejen Skagen ringede", "Hjemmeplejen [X] ringede"),  # (who works there)
        # a word for a place after the name says so even in a sign-off, a direction does not
        ("Ændret af Kim Bro, Skagen Apotek", "Ændret af [X], Skagen Apotek"),
        ("Sign.: Skagen Syd", "Sign.: [X] Syd"),
        ("Skagen Kommune: Anders Skagen har bevilget", "Skagen Kommune: [X] har bevilget"),
    ],
)
def test_the_hidden_person_named_like_a_town_is_hidden(
    m: NameMatcher, text: str, expected: str
) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sønnen, Bent, er kontaktperson for begge forældre.",
        "Erlings søster, Karen, ringer hver søndag.",
        "Storm, barnebarn, kom forbi.",
    ],
)
def test_a_relative_in_apposition_stays(m: NameMatcher, text: str) -> None:
    assert shown(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm, fysioterapeut, har testet 30 sek. rejse-sætte-sig.", "[X], fysioterapeut,"),
        ("Storm (fys): træning udendørs aflyst", "[X] (fys)"),
        ("hede, hjemmesygepl., har bestilt blodprøver", "[X], hjemmesygepl.,"),
    ],
)
def test_a_title_in_apposition_settles_a_relatives_name(
    m: NameMatcher, text: str, expected: str
) -> None:
    assert expected in shown(m, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skrevet af KIM 13.03.2024", "Skrevet af KIM 13.03.2024"),
        ("Sign.: KIM", "Sign.: KIM"),
        ("Diktat: BR/kim", "Diktat: [X]/kim"),
        ("Sidst redigeret af tohe 14:31", "Sidst redigeret af tohe 14:31"),
    ],
)
def test_a_colleagues_registered_id_is_the_colleagues(
    m: NameMatcher, text: str, expected: str
) -> None:
    assert out(m, text) == expected


def test_a_colleagues_id_that_a_hidden_person_shares_is_hidden() -> None:
    m = NameMatcher.build(
        [Person("h1", "Kim", "Bro"), Person("h2", "Karina", "Ibsen Mark", initials=("KIM",))],
        others=OTHERS,
    )
    assert out(m, "Skrevet af KIM 13.03.2024") == "Skrevet af [X] 13.03.2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim har ringet om dosisposerne.", "[X] har ringet om dosisposerne."),
        ("Skrevet af Kim Bro", "Skrevet af [X]"),
        ("spl. Tove har ringet", "[X] har ringet"),
        ("OS: 36 ekstraheret, suturer fjernes om 1 uge.", "[X]: 36 ekstraheret"),
        ("Journal\n22.03.2024 OS: Protesekontrol. Ingen sår.", "22.03.2024 [X]: Protesekontrol"),
        ("GL 14.03.: Ansøgning om nødkald sendt.", "[X] 14.03.: Ansøgning"),
        ("Reviewed by BR 13/03.", "Reviewed by [X] 13/03."),
        ("Approved by BR.", "Approved by [X]."),
        ("tove s har leveret toiletforhøjer", "[X] har leveret"),
        ("dag h: ilt ned til 1 l, sat-mål 88-92", "[X]: ilt ned"),
        ("17-03-2024 16:44:12 mast (Maja Storm) Plan oprettet", "16:44:12 [X] ([X]) Plan"),
        ("kim fra apoteket ringet: dosisdispensering", "[X] fra apoteket"),
        ("mast har registreret faldrisiko: høj", "[X] har registreret"),
        ("Dag 14.03: ordineret prednisolon", "[X] 14.03: ordineret"),
    ],
)
def test_a_hidden_person_is_hidden(m: NameMatcher, text: str, expected: str) -> None:
    assert expected in out(m, text)


@pytest.mark.parametrize(
    "text",
    [
        "Han gav os besked i går.",
        "Tabletterne tages per os.",
        "vitamin d: 20 µg dagligt",
        "dag 3: bedre, går med rollator",
        "masten på skibet knækkede",
        "masten har knækket i stormen",
        "DAG 1: Mobilisering med gangstativ.",
        "Prednisolon dag 3, bedring.",
    ],
)
def test_words_stay(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


def test_a_relatives_e_mail_address_stays_and_a_hidden_namesakes_is_hidden() -> None:
    m = NameMatcher.build([Person("h1", "Ditte", "Mørk", emails=("dimo@rn.dk",))])
    keep = m.keep([("Ditte", "Fisker")], own=CITIZEN)
    for text, hidden in (
        ("Til: ditte.fisker@gmail.com", False),
        ("Fra: ditte.mork@rn.dk", True),
        ("Fra: dimo@rn.dk", True),
    ):
        assert bool(keep.filter(text, m.find(text))) is hidden, text


# rt53 (a young woman's half year in Copenhagen, held out against ca0f022): streets, squares and
# firms named like hidden staff, the citizen greeted in her own messages, a relative described in
# parentheses, registered abbreviation initials where a writer signs.
CPH = [
    Person("c1", "Hans", "Nansen", titles=("overlæge",)),
    Person("c2", "Mark", "Søborg", titles=("praktiserende læge",)),
    Person("c3", "Leo", "Ipsen", titles=("farmaceut",)),
    Person("c4", "Max", "Ørsted", titles=("sygeplejerske",)),
    Person("c5", "Sofie", "Lange", initials=("SL",), titles=("sygeplejerske",)),
    Person("c6", "Maria", "Steen", initials=("MS",), titles=("læge",)),
    Person("c7", "Bente", "Thorsen", initials=("BT",), titles=("jordemoder",)),
]
CPH_FAMILY = [("Mark", "Lindqvist")]
CPH_OWN = [("Sofie", "Rosendahl")]


@pytest.fixture(scope="module")
def cph() -> NameMatcher:
    return NameMatcher.build(CPH)


@pytest.mark.parametrize(
    "text",
    [
        "Udleveret på Apoteket ved Sankt Hans Torv.",
        "Hun fejrede Sankt Hans med familien.",
        "Lægehuset flytter til Søborg Hovedgade 120 pr. 1.9.",
        "Bor tæt ved H.C. Ørsteds Vej.",
        "Kæresten havde tidligere lejlighed i Hans Tavsens Gade.",
        "Fucidin creme (LEO Pharma) på skrammen.",
        "Praktik i en børnehave i Søborg.",
        "Kære Sofie\nDu kan komme torsdag kl. 8.15.",
        "Hej Sofie, vi rykker din tid til kl 14.",
        "Fødselsforberedelse: Mark (far til barnet) deltager.",
        "Mark (min kæreste) henter mig.",
        "Can Mark (my boyfriend) come to the scan?",
        "BT 24.5.: 120/80",
    ],
)
def test_a_street_a_firm_and_the_family_stay(cph: NameMatcher, text: str) -> None:
    assert shown_to(cph, text, CPH_FAMILY, CPH_OWN) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hej Sofie Lange, vagten er byttet", "Hej [X], vagten er byttet"),
        ("Mvh Sofie", "Mvh [X]"),
        ("Mark (læge) har ringet", "[X] (læge) har ringet"),
        ("Samtale i Hans Nansens fravær", "Samtale i [X]'s fravær"),
        ("Opgaven i Søborg Nielsens sted", "Opgaven i [X] Nielsens sted"),
        # (a name after "i" before a word is a name: only last in its clause is it a place)
        ("Patienten i Søborg patienten.", "Patienten i [X] patienten."),
        ("Receptfornyelse: Ventoline 0,1 mg/dosis. Godkendt MS.", "Godkendt [X]."),
        ("Konsultation (MS): astma forværret", "Konsultation ([X]): astma"),
        ("BT 24.5.: tilvækst normal, ingen indikation", "[X] 24.5.: tilvækst"),
    ],
)
def test_the_hidden_copenhageners_are_hidden(cph: NameMatcher, text: str, expected: str) -> None:
    assert expected in shown_to(cph, text, CPH_FAMILY, CPH_OWN)
