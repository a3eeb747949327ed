"""Shorthand, sign fields and log lines (issue 11, stop 39; from the held-out set rt54, a school
year of a boy's records in Sønderjylland, read by his mother).

A lower-case given name with the family name cut short is the person ("bo f.:", "leo b.:",
"(liv b-s)", "set af dorthe ml kl 10.20"), where the letters are the initials of the person's
later name parts ("vitamin d." is no one). Registered initials, even an abbreviation's letters,
are the person after a field that says who signed or is responsible ("Sagsbehandler: HR",
"Unterschrift: SE") and in CAPITALS after whom one worked with at the end of a sentence
("gennemgået med SE."; not "henvist til ER", a place). A user name is the person in a log's
user field ("10:11 bruger bent (sundhedspleje)"; not the verb, "han bruger bent"), and as a
log line's writer after a date and a time ("2024-10-21 13:30 lebe PPR", "15.01.2025 08:03 -
dort - opslag"). A user name that is a common English or German word ("dort", "lebe", "seek")
is a word elsewhere: "Wir waren dort", "Please seek medical attention". A diary's next entry
on the same line has its writer too ("pumpe ok. kl 10.40 bf: nyt sæt"), and registered
initials that are an abbreviation, in parentheses after the value of that abbreviation on the
same line, say who measured it ("BS 11,8 kl 14.20 (BS)"; not "EKG kl 08.15 (BT)"). A name the
text says is a relative or a friend of the child stays, listed or not: a relation in
parentheses after a genitive ("Bo (mors kæreste)"), a classmate ("Ali (klassekammerat)"), an
age in apposition ("Ida, 13 år, er med").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out, shown_to

HIDDEN = [
    Person("h1", "Bo", "Fisker", initials=("BF",), titles=("diabetessygeplejerske",)),
    Person("h2", "Leo", "Bjerg", titles=("talepædagog",)),
    Person("h3", "Liv", "Bach-Schmidt", titles=("sygeplejerske",)),
    Person("h4", "Dorthe", "Mose Lange", initials=("DM",), usernames=("dort",)),
    Person("h5", "Hatice", "Ravn", initials=("HR",), titles=("socialrådgiver",)),
    Person("h6", "Selma", "Ekinci", initials=("SE",), usernames=("seek",)),
    Person("h7", "Bente", "Tønder", initials=("BT",), usernames=("bent",)),
    Person("h8", "Lene", "Becker", initials=("LB",), usernames=("lebe",)),
    Person("h9", "Emil", "Rask", initials=("ER",)),
    Person("h10", "Mikael", "Vinter Olsen"),
    Person("h11", "Birk", "Falk", initials=("BF", "BS")),
    Person("h12", "Ida", "Storm", titles=("psykolog",)),
    Person("h13", "Ali", "Hodan", titles=("tandplejer",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("kontrol v/ dorthe og bo f.: hba1c 57, ingen hypo.", "bo f"),
        ("sprogvurd. leo b.: ordforråd ok, fonologi let forsinket.", "leo b"),
        ("bs 11,8 ved ankomst (liv b-s). pumpe af under rtg.", "liv b"),
        ("pt. set af dorthe ml kl 10.20. vægt 29,8.", "ml"),
        ("Sagsbehandler: HR\nModtaget: underretning fra skolen", "HR"),
        ("Unterschrift: SE", "SE"),
        ("ADHD-RS scoret af Dorthe, gennemgået med SE.", "SE"),
        ("2024-09-02 10:11 bruger bent (sundhedspleje) - åbnet: Skolesundhedsjournal", "bent"),
        ("2024-10-21 13:30 lebe PPR Aabenraa opslag i elevsag", "lebe"),
        ("15.01.2025 08:03 - dort - opslag - Børneambulatoriet", "dort"),
        ("Brugernavn: seek", "seek"),
        ("kl 10.20 dm: pumpe ok. kl 10.40 bf: nyt sæt.", "bf"),
        ("Overlevering:\n- BS 11,8 kl 14.20 (BS)\n- gips v/ ER", "(BS)"),
        ("Skolesundhed: BT 102/64, h 134, v 29,8 (BT).", "(BT)"),
        ("talt m mikael v. o. om pumpen", "v. o."),
    ],
)
def test_shorthand_sign_fields_and_log_users_are_hidden(
    m: NameMatcher, text: str, gone: str
) -> None:
    assert gone not in out(m, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt. fik vitamin d. i 3 måneder.",
        "Ich lebe seit 2019 in Flensburg.",
        "Wir waren dort am Wochenende.",
        "Please seek medical attention if the fever returns.",
        "Han bruger bent ryg, når han løfter.",
        "Henvist til ER.",
        "Kontrol med BT.",
        "Måling: BT 102/64.",
        "EKG kl 08.15 (BT)",
        "Blodsukker (BS) 11,8",
        "bs 7,2. kl 12.00 bs: 8,1",
    ],
)
def test_the_words_and_abbreviations_around_them_stay(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Bo (mors kæreste) kan også give insulin.",
        "Ali (klassekammerat) følger ham til sundhedsplejersken.",
        "Ali (Malthes klassekammerat) kom med.",
        "Klassekammerat Ali har inviteret til fødselsdag.",
        "Ida, 13 år, er med som søskende i søskendegruppen.",
        "Papfar Bo henter ham i dag.",
    ],
)
def test_a_person_the_text_says_is_family_or_a_friend_stays(m: NameMatcher, text: str) -> None:
    assert shown_to(m, text, [], [("Malthe", "Lorenzen")]) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Bo (diabetessygeplejerske) har ringet.", "Bo"),
        ("Ali (tandplejer) og Ali (klassekammerat) kender hinanden.", "Ali (tandplejer"),
        ("Ida, psykolog, har skrevet.", "Ida"),
    ],
)
def test_a_namesake_the_text_says_is_staff_stays_hidden(
    m: NameMatcher, text: str, gone: str
) -> None:
    assert gone not in shown_to(m, text, [], [("Malthe", "Lorenzen")])
