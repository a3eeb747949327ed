"""Word-names in quick notes and the birth record (issue 11, stop 36; from the held-out sets
rt46 and rt47).

A name that is also a word, written bare in lower case, is a person where only a person can
stand: before what only a person does (thinks, wants, knows, is worried about, has raised a
dose: "kvist mener", "fugl vil gerne have at", "fugl ved ikke hvor", "hede er bekymret", "hede
har øget metadon", "lyng blev ringet op af pt"), after whom one asks, checks with, walks with or
gets a yes from ("spørg lige hede om", "tjek lige med kvist", "tur med fugl", "ok fra hede"),
after a time and the verb ("på mandag skal kvist vurdere", "i morgen kommer lyng kl 10"), going
with the patient ("gik flink med pt"), and last on a diary line after its sentence ("03:40
vandet afgået, klart. lykke"). "Dag", a given name and the commonest noun, is a person before a
person's verb ("dag har målt kørestolen op"), never before what a day does ("dag gik roligt",
"dag har været rolig") nor after a word that goes before a noun or a predicate ("næste dag kom
pt hjem", "pt er rask mener lægen").

The birth record's titles ("obst.", "obstetriker", "pædiater", "anæstesilæge") are titles. The
citizen's own first given name alone stays; her second given name alone does not (it is the
hidden midwife's in "I dag har Lykke målt SF-mål"), except where the text says it is hers ("Pt.
kaldes Lykke", "Lykke (pt.)"). A newborn named by the hospital ("Dreng Jensen", "Baby Jensen") is
the family's, and so is a relative's given name alone where it is only a hidden person's family
name ("Storm er født", the baby, when the obstetrician Bo Storm is hidden); a relative's given
name that is a hidden person's given name too stays hidden alone.
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out, shown_to

HIDDEN = [
    Person("s1", "Kasper", "Rask", titles=("sygeplejerske",)),
    Person("s2", "Maja", "Fugl", titles=("ssa",)),
    Person("s3", "Morten", "Kvist", titles=("overlæge",)),
    Person("s4", "Iris", "Lyng", titles=("sygeplejerske",)),
    Person("s5", "Jonas", "Lind", titles=("misbrugsbehandler",)),
    Person("s6", "Mark", "Hede", titles=("læge",)),
    Person("s7", "Anders", "Flink", titles=("pædagog",)),
    Person("s8", "Dag", "Sand", titles=("ergoterapeut",)),
    Person("s9", "Lone", "Glad", titles=("socialrådgiver",)),
    Person("s10", "Ole", "Sten", titles=("sygeplejerske",)),
]

BIRTH = [
    Person("b1", "Lykke", "Vang", titles=("jordemoder",)),
    Person("b2", "Helle", "Fryd", titles=("jordemoder",)),
    Person("b3", "Bo", "Storm", titles=("overlæge",)),
    Person("b4", "Kim", "Eng", titles=("anæstesilæge",)),
    Person("b5", "Agnieszka", "Nowak-Jensen", titles=("jordemoder",)),
]
#: the citizen (Sofie Lykke Andersen) and her family (the partner Mads Jensen, the baby Storm)
OWN = (("Sofie Lykke", "Andersen"),)
FAMILY = (("Mads", "Jensen"), ("Storm", "Jensen"))


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


@pytest.fixture(scope="module")
def birth() -> NameMatcher:
    return NameMatcher.build(BIRTH)


def shown(m: NameMatcher, text: str) -> str:
    """``text`` as the citizen Sofie Lykke Andersen sees it in her own record."""
    return shown_to(m, text, FAMILY, OWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kvist mener pt skal fortsætte clozapin.", "[X] mener pt skal fortsætte clozapin."),
        (
            "fugl vil gerne have at pt spiser med i dagligstuen.",
            "[X] vil gerne have at pt spiser med i dagligstuen.",
        ),
        ("lyng burde nok ringe til pt's mor.", "[X] burde nok ringe til pt's mor."),
        ("fugl ved ikke hvor pt har gemt pillerne.", "[X] ved ikke hvor pt har gemt pillerne."),
        ("hede er bekymret for sidemisbrug.", "[X] er bekymret for sidemisbrug."),
        ("lind var meget tydelig omkring reglerne.", "[X] var meget tydelig omkring reglerne."),
        (
            "så snart lyng er tilbage, laver vi ny plan.",
            "så snart [X] er tilbage, laver vi ny plan.",
        ),
        ("lyng blev ringet op af pt 5 gange i går.", "[X] blev ringet op af pt 5 gange i går."),
        ("hede har øget metadon til 90 mg.", "[X] har øget metadon til 90 mg."),
        ("hvis hede godkender det, kan dosis hentes.", "hvis [X] godkender det, kan dosis hentes."),
        ("spørg lige hede om pt må få dosis med hjem", "spørg lige [X] om pt må få dosis med hjem"),
        ("tjek lige med kvist før vi giver ekstra", "tjek lige med [X] før vi giver ekstra"),
        ("pt gik tur med fugl i parken.", "pt gik tur med [X] i parken."),
        ("ok fra hede til udlevering lørdag", "ok fra [X] til udlevering lørdag"),
        ("pt takkede lyng for hjælpen.", "pt takkede [X] for hjælpen."),
        ("på mandag skal kvist vurdere tvangen igen.", "på mandag skal [X] vurdere tvangen igen."),
        ("i morgen kommer lyng kl 10.", "i morgen kommer [X] kl 10."),
        (
            "efter frokost gik flink med pt til købmanden.",
            "efter frokost gik [X] med pt til købmanden.",
        ),
        ("dag har målt kørestolen op.", "[X] har målt kørestolen op."),
        ("dag siger liften skal serviceres", "[X] siger liften skal serviceres"),
        ("dag kommer med ny sædepude på fredag", "[X] kommer med ny sædepude på fredag"),
        ("lyng havde ikke fået svar fra egen læge.", "[X] havde ikke fået svar fra egen læge."),
        (
            "pt fortæller at lind har snydt med hans urinprøve.",
            "pt fortæller at [X] har snydt med hans urinprøve.",
        ),
        (
            "pt mener at kvist vil have ham tvangsindlagt.",
            "pt mener at [X] vil have ham tvangsindlagt.",
        ),
        (
            "mor oplyser at lyng aldrig ringede tilbage.",
            "mor oplyser at [X] aldrig ringede tilbage.",
        ),
        ("husk at fugl har fri tirsdag", "husk at [X] har fri tirsdag"),
        ("tryghedssamtale med iris kl 19.", "tryghedssamtale med [X] kl 19."),
        ("pt spørger efter fugl", "pt spørger efter [X]"),
    ],
)
def test_a_person(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "næste dag kom pt hjem.",
        "hver dag har pt gået tur.",
        "dag gik roligt.",
        "dag har været rolig.",
        "dag kom og gik.",
        "dag tager sin tid.",
        "pt er rask mener lægen.",
        "fugl ved foderbrættet.",
        "pt takkede glad for hjælpen.",
        "pt har sten og vil gerne bo hjemme",
        "i morgen kommer frost.",
        "i nat gik storm over landet.",
        "Tak for henvisningen. Vi har set hende i dag.",
        "08:00 pt vågen, glad",
        "pt sov. lind",
        "husk at bo hjemme.",
        "sten har fået plads.",
    ],
)
def test_the_word(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("obst. storm tilkaldt", "[X] tilkaldt"),
        (
            "ring til obst. storm hvis blødning over 500 ml",
            "ring til [X] hvis blødning over 500 ml",
        ),
        ("fryd tilkalder obst. bo", "[X] tilkalder [X]"),
        ("03:40 vandet afgået spontant, klart. lykke", "03:40 vandet afgået spontant, klart. [X]"),
        ("dag 3: lysbehandling start 14:00, fryd", "dag 3: lysbehandling start 14:00, [X]"),
        ("eng anlægger eda kl 4", "[X] anlægger eda kl 4"),
        ("eng ringet pga. kløe efter eda", "[X] ringet pga. kløe efter eda"),
        # her second given name alone is the midwife's
        ("I dag har Lykke målt SF-mål 31 cm.", "I dag har [X] målt SF-mål 31 cm."),
        ("lykke har ringet, pt. må komme ind til ctg", "[X] har ringet, pt. må komme ind til ctg"),
        # where the text says the name is hers, or the newborn's by the hospital's name for it
        ("Pt. kaldes Lykke af familien.", "Pt. kaldes Lykke af familien."),
        ("Lykke (pt.) og jordemoder Lykke griner.", "Lykke (pt.) og [X] griner."),
        ("Dreng Jensen overflyttet til neonatal.", "Dreng Jensen overflyttet til neonatal."),
        ("Baby Jensen har fået K-vitamin.", "Baby Jensen har fået K-vitamin."),
        # her first given name alone stays
        ("Sofie spørger til amning.", "Sofie spørger til amning."),
        # the baby's given name alone is the baby's where it is only a hidden family name, but
        # not where a name is certain or goes on with the hidden person's other part
        ("Storm er født 14.03.2024 kl. 06.44.", "Storm er født 14.03.2024 kl. 06.44."),
        (
            "Storm har sovet godt og taget brystet x 8.",
            "Storm har sovet godt og taget brystet x 8.",
        ),
        ("Bo Storm forløste Storm med vakuum.", "[X] forløste Storm med vakuum."),
        ("obst. Storm tilkaldt", "[X] tilkaldt"),
        ("EDA anlagt ved Storm kl 4", "EDA anlagt ved [X] kl 4"),
        ("Mvh Storm", "Mvh [X]"),
    ],
)
def test_the_birth_record(birth: NameMatcher, text: str, expected: str) -> None:
    assert shown(birth, text) == expected


def test_little_is_no_relation_word() -> None:
    """ "den lille mai" may be a nurse the patient likes: "lille" is no word for a relative."""
    m = NameMatcher.build([Person("n1", "Mai", "Holt", titles=("sygeplejerske",))])
    text = "pt: 'den lille Mai er sød'"
    spans = m.keep((("Mai", "Berg"),), own=()).filter(text, m.find(text))
    assert [text[s.start : s.end] for s in spans] == ["Mai"]


def test_a_given_name_of_both_stays_hidden() -> None:
    """A relative's given name that is a hidden person's given name too is not settled alone
    ("Helle" the grandmother's, "Helle" the hidden midwife's): it stays hidden."""
    m = NameMatcher.build(BIRTH)
    text = "Helle har ringet."
    spans = m.keep((("Helle", "Jensen"),), own=OWN).filter(text, m.find(text))
    assert [text[s.start : s.end] for s in spans] == ["Helle"]
