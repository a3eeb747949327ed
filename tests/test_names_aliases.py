"""Every name a person has had, and initials and user names in every case and shape they are used.

Issue 11, item 2 (matcher side): ``Person.aliases``; initials in dictation marks, parentheses,
after a domain, with full stops or a hyphen, in any case where a signature stands; initials that
are not derived from the name; user names that are also words hidden only where a signature
stands; derived initials never replace clinical abbreviations outside a signature.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indsigt.protect.names import NameMatcher, Person, matcher_for
from indsigt.protect.replace import protect_text

# married name Jensen, maiden name Holm, once registered as "Mette Louise Holm-Jensen"
METTE = Person(
    "s-mette",
    "Mette",
    "Jensen",
    aliases=[("Mette", "Holm"), ("Mette Louise", "Holm-Jensen")],  # type: ignore[arg-type]
    initials=("MLHO",),
    usernames=("RN\\mlh",),
)
LONE = Person("s-lone", "Lone", "Christensen", initials=("LCH",), usernames=("RSYD\\lch",))
KAREN = Person("s-karen", "Karen", "Olsen", usernames=("kol",))
LEONORA = Person("s-leo", "Leonora", "Sørensen", usernames=("leo", "SOL"))
PEOPLE = [METTE, LONE, KAREN, LEONORA]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(PEOPLE)


def texts(m: NameMatcher, text: str) -> list[str]:
    return [s.text for s in m.find(text)]


def hidden(m: NameMatcher, text: str) -> str:
    return protect_text(text, m, lambda k: "[X]")


# -- aliases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expect",
    [
        ("Tilset af Mette Jensen i dag.", ["Mette Jensen"]),
        ("Tilset af Mette Holm i dag.", ["Mette Holm"]),  # maiden name
        ("Tilset af Louise Holm-Jensen i dag.", ["Louise Holm-Jensen"]),
        ("Tilset af Louise Jensen i dag.", ["Louise Jensen"]),  # across names: same person
        ("Ifølge Holms notat er pt. bedre.", ["Holms"]),
        ("Ring til HOLM i morgen.", ["HOLM"]),
        ("ring til mette holm i dag", ["mette holm"]),
        ("Tilset af Holm-\nJensen i dag.", ["Holm-\nJensen"]),
        ("Pt. set.\n/MLH", ["MLH"]),  # derived from the alias "Mette Louise Holm-Jensen"
        ("Pt. set.\nMvh MJ", ["MJ"]),  # derived from the name
    ],
)
def test_every_alias_is_hidden_in_every_form(m, text, expect):
    assert texts(m, text) == expect
    assert all(s.person == "s-mette" for s in m.find(text))
    out = hidden(m, text)
    for word in ("Holm", "Jensen", "Mette", "Louise", "MLH", "MJ"):
        assert word.lower() not in out.lower().replace("[x]", ""), out


def test_alias_names_join_up_in_matcher_for_and_persons_stay_hashable():
    p = Person("k", "A", "B", aliases=[["C", "D"]])  # type: ignore[list-item]
    assert p.aliases == (("C", "D"),) and hash(p)
    assert p.names() == (("A", "B"), ("C", "D"))
    # a colleague who shares only an alias part is relevant to the cache key
    a = matcher_for([METTE], others=[("Lars", "Holm")])
    assert texts(a, "Aftalt med Lars Holm i dag.") == []
    assert texts(a, "Aftalt med Mette Holm i dag.") == ["Mette Holm"]


# -- initials and user names in every shape ----------------------------------------------------


@pytest.mark.parametrize(
    "text, token",
    [
        ("Pt. set.\n/MLH", "MLH"),
        ("Pt. set.\n/mlh", "mlh"),
        ("Pt. set. /m.l.h.", "m.l.h."),
        ("Pt. set.\nMvh m.l.h.", "m.l.h."),
        ("Pt. set.\nSign.: ML-H", "ML-H"),
        ("Pt. set.\nSign.: ml-h", "ml-h"),
        ("Pt. set.\nMLH/ssa", "MLH"),
        ("Pt. set.\nmlh/ssa", "mlh"),
        ("Pt. set.\nDikt. MLH/ssa", "MLH"),
        ("Pt. set.\nDikt.: mlh/ssa", "mlh"),
        ("Pt. set.\nLogget ind som RN\\mlh", "RN\\mlh"),
        ("Pt. set.\nMvh MLHO", "MLHO"),  # initials that are not derived from any name
        ("Pt. set.\n/mlho", "mlho"),
        ("Pt. set. MLHO tilså pt.", "MLHO"),
        ("Pt. set.\nMvh MEHO", "MEHO"),  # first two letters of given and family name
    ],
)
def test_initials_in_every_case_and_shape(m, text, token):
    spans = m.find(text)
    assert token in [s.text for s in spans], spans
    assert all(s.person == "s-mette" for s in spans)
    assert token not in hidden(m, text)


def test_initials_in_parentheses_after_the_name_join_the_span(m):
    text = "Tilset af Mette Holm (MLH) i dag."
    assert texts(m, text) == ["Mette Holm (MLH)"]
    assert hidden(m, text) == "Tilset af [X] i dag."
    assert texts(m, "Tilset af Lone Christensen (LCH).") == ["Lone Christensen (LCH)"]


def test_user_name_after_a_domain_and_learned_initials(m):
    assert texts(m, "Ændret af RSYD\\lch kl. 10") == ["RSYD\\lch"]
    assert texts(m, "Ændret af lch kl. 10") == ["lch"]  # not a word: anywhere
    assert texts(m, "Pt. set.\n/LCH") == ["LCH"]
    assert texts(m, "Aftalt med LCH i morgen.") == ["LCH"]


@pytest.mark.parametrize(
    "text, token",
    [
        ("Pt. set.\nMvh kol", "kol"),
        ("Pt. set.\nMvh kol\n", "kol"),
        ("Pt. set. /kol", "kol"),
        ("Pt. set.\n/KOL", "KOL"),
        ("Pt. set.\nkol/ssa", "kol"),
        ("Ændret af RN\\kol", "RN\\kol"),
        ("Ændret af RN\\leo", "RN\\leo"),
        ("Pt. set.\nSign.: leo", "leo"),
        ("Pt. set.\n/sol", "sol"),
    ],
)
def test_user_names_that_are_words_are_hidden_where_a_signature_stands(m, text, token):
    assert texts(m, text) == [token]


@pytest.mark.parametrize(
    "text",
    [
        "Pt. har KOL og astma.",
        "Pt. med kendt kol, KOL-exacerbation i 2024.",
        "Leo kommer på besøg med sin mor.",
        "Pt. har siddet i sol og læ.",
        "SOL: solen skinner.",
        "Hilsen fra kol til sol.",
    ],
)
def test_user_names_that_are_words_stay_elsewhere(m, text):
    assert m.find(text) == []


# -- derived initials and clinical abbreviations -------------------------------------------------

STAFF = [
    Person("bt", "Bent", "Thomsen"),
    Person("crp", "Carl Rasmus", "Poulsen"),
    Person("ekg", "Erik", "Krogh Gram"),
    Person("pn", "Peter", "Nielsen"),
    Person("ok", "Ole", "Kirk"),
    Person("sten", "Sten", "Bech"),
    Person("cn", "Camilla", "Nørgaard"),
]


@pytest.fixture(scope="module")
def clinical() -> NameMatcher:
    return NameMatcher.build(STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "BT 120/80. CRP 45. Sten i nyren.",
        "EKG: sinusrytme. PN paracetamol givet. OK til udskrivelse.",
        "Kontrol af BT og CRP i morgen, EKG ved behov.",
        "BT\nCRP\nOK\n",
        "Pt. fik PN medicin kl. 22.",
    ],
)
def test_derived_initials_never_replace_clinical_abbreviations(clinical, text):
    assert clinical.find(text) == []


@pytest.mark.parametrize(
    "text, token",
    [
        ("Pt. set.\nMvh BT", "BT"),
        ("Pt. set.\n/CRP", "CRP"),
        ("Pt. set.\nDikt. EKG/ssa", "EKG"),
        ("Aftalt med CN i morgen.", "CN"),
        ("Pt. set.\nSign.: OK", "OK"),
    ],
)
def test_derived_initials_in_a_signature(clinical, text, token):
    assert texts(clinical, text) == [token]


# -- nothing left next to a label ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expect",
    [
        ("Tilset af ML Holm i dag.", "ML Holm"),
        ("Tilset af Mette L. i dag.", "Mette L."),
        ("Tlf. fra Holm, Mette L. kl. 10.", "Holm, Mette L."),
    ],
)
def test_initials_next_to_a_name_join_the_span(m, text, expect):
    assert texts(m, text) == [expect]


def test_capitals_before_a_name_that_are_not_the_persons_initials_stay(m):
    assert texts(m, "Efter CT Holm ringede.") == ["Holm"]


# -- hypothesis: the shapes and places of initials and user names -------------------------------

_N = int(os.environ.get("NAMES_MAX_EXAMPLES", "80"))


@st.composite
def initials_shape(draw: st.DrawFn, letters: str) -> str:
    case = draw(st.sampled_from([str.upper, str.lower]))
    sep = draw(st.sampled_from(["", ".", "-"]))
    token = case(letters)
    if sep == ".":
        token = ".".join(token) + draw(st.sampled_from(["", "."]))
    elif sep == "-":
        cut = draw(st.integers(1, len(token) - 1))
        token = token[:cut] + "-" + token[cut:]
    return token


SIGNATURE_PLACES = [
    "Pt. set.\n/{}",
    "Pt. set. /{}",
    "Pt. set.\nMvh {}",
    "Pt. set.\nMvh\n{}",
    "Pt. set.\nSign.: {}",
    "Pt. set.\nDikt. {}/ssa",
    "Pt. set.\n{}/ssa",
    "Pt. set.\nHilsen {}\n",
    "Pt. set.\nMed venlig hilsen\n{}",
]


@settings(max_examples=_N, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(SIGNATURE_PLACES))
def test_any_shape_of_initials_in_a_signature_is_hidden(m, data, place):
    letters = data.draw(st.sampled_from(["MLH", "MLHO", "MJ", "LCH", "MEHO"]))
    token = data.draw(initials_shape(letters))
    text = place.format(token)
    out = hidden(m, text)
    assert token not in out, (text, out, m.find(text))
    assert "[X]" in out


@settings(max_examples=_N, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["kol", "KOL", "leo", "Leo", "sol", "SOL"]),
    st.sampled_from(
        ["Pt. har {} i dag.", "{} er kendt.", "Diagnose: {}.", "Vi talte om {} og astma."]
    ),
)
def test_user_names_that_are_words_stay_in_running_text(m, word, frame):
    text = frame.format(word)
    assert m.find(text) == [], text
