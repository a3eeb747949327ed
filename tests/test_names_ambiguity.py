"""Red-team and property tests of the classes found by the independent evaluation's property test
and corpus (issue 11, third round): user names that are words where only a user name can stand,
a name right after a relation word, role words next to a label, a title that says a shared name
part is a visible colleague's, another person's word after a signature, ambiguous initials.

Each class is tested both ways: the hidden person's form is hidden, and the look-alike that is
not a hidden mention stays (over-hiding is a leak too)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indsigt.protect.names import RELATION_WORDS, NameMatcher, Person
from indsigt.protect.replace import replace

LEO = Person("h-leo", "Leo", "Dam", usernames=("leo",), titles=("Sygeplejerske",))
SOL = Person("h-sol", "Solveig", "Ask", usernames=("sol",), titles=("Sygeplejerske",))
PO = Person("h-po", "Preben", "Olsen", usernames=("RSYD\\po",), titles=("Læge",))
KOL = Person("h-kol", "Karl", "Olsen Lind", usernames=("kol",), titles=("Overlæge",))
TAGE = Person("h-tage", "Tage", "Sten", titles=("Overlæge",))
BIRGITTE = Person("h-blk", "Birgitte", "Kjærgaard", titles=("Sygeplejerske",))
LUND = Person("h-lund", "Karin", "Lund", titles=("Psykolog",))
SKOV = Person("h-skov", "Bo", "Skov", titles=("Sygeplejerske",))
STORM = Person("h-storm", "Per", "Storm", titles=("Overlæge",))
HANNE = Person("h-hanne", "Hanne", "Poulsen", initials=("HB",), titles=("Sygeplejerske",))
HIDDEN = [LEO, SOL, PO, KOL, TAGE, BIRGITTE, LUND, SKOV, STORM, HANNE]
#: colleagues outside the order who share a name part with a hidden person
OTHERS = [("Peter", "Lund"), ("Kirsten", "Skov"), ("Helle", "Storm"), ("Hanne", "Bach")]
#: the citizen and a registered relative (the wife is NOT registered: the text says who she is)
KEEP = [("Hans", "Holm"), ("Søren", "Holm")]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=OTHERS)


def view(m: NameMatcher, text: str) -> str:
    spans = m.keep(KEEP, own=[("Hans", "Holm")]).filter(text, m.find(text))
    return replace(text, spans, lambda k: "[X]")


def _absent(word: str, text: str) -> bool:
    return re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text, re.IGNORECASE) is None


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Bruger: sol Maryam Nowak deler stue med pt.", "sol"),  # after a user-name label
        ("Bruger: kol Konfereret med ovl.", "kol"),
        ("Kopi til po Talt med pt. i dag.", "po"),  # the recipient of a copy
        ("Kopi til crp", None),  # nobody's: nothing to hide (and nothing hidden)
        ("Ændret af leo. /po", "leo"),  # a function-word name ending a sign-off
        ("Plan konfereret med bo. Sønnen kommer i morgen.", "bo"),
        ("Ifølge tage er BT 130/85.", "tage"),  # the source of what follows
    ],
)
def test_user_names_and_names_that_are_words_where_only_a_name_stands(m, text, gone):
    out = view(m, text)
    if gone is None:
        assert out == text
    else:
        assert _absent(gone, out), (text, out)


@pytest.mark.parametrize(
    "text",
    [
        "Set af leo i zoo.",  # not a sign-off: the lion
        "Talt med hans kone.",
        "Ifølge hans notat er BT fin.",
        "Ude i sol og vind. Hilsen fra sol",
        "Sten i nyren, skal tage smertestillende og bo hjemme. /dam Sten i nyren.",
        "Mvh Asks Sten i nyren, skal tage smertestillende.",
        "Kopi til po Sten i nyren, skal tage smertestillende.",
        "Referent: Solveig Ask Kendt med KOL; CT thorax i morgen.",
        "EKG uændret. Storm P.-tegninger på væggen.",
    ],
)
def test_words_next_to_a_hidden_mention_stay(m, text):
    out = view(m, text)
    words = {
        "/dam": "Sten i nyren.",
        "Asks": "Sten i nyren",
        "Kopi": "Sten i nyren",
        "Referent": "Kendt med KOL",
        "Storm P": "Storm P.-tegninger",
    }
    keep = next((v for k, v in words.items() if k in text), None)
    if keep is None:
        assert out == text
    else:
        assert keep in out, (text, out)


@pytest.mark.parametrize(
    "text",
    [
        "Pt.s hustru Birgitte Kjærgaard er orienteret.",  # not registered: the text says who
        "Pårørende (Birgitte) orienteret.",
        "Naboen Ruth Storm har ringet.",
        "Sønnen Tage kommer i morgen.",
        "PT.S HUSTRU Birgitte Kjærgaard ringede.",
    ],
)
def test_a_name_right_after_a_relation_word_is_the_relative(m, text):
    assert view(m, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Pt.s hustru spl. Kjærgaard ringede.",  # a title: the nurse
        "Pt.s hustru Anne Storm, Per ringede.",  # goes on with the hidden person: "Storm, Per"
        "Pt.s hustru Birgitte\nKjærgaard ringede.",  # over a line break
        "Talt med hustru. Birgitte Kjærgaard ringede.",  # the sentence ended
        "Mor og Kjærgaard tilså pt.",  # not a name after the relation word
    ],
)
def test_a_relation_word_never_unhides_more(m, text):
    out = view(m, text)
    assert "Kjærgaard" not in out and "Storm, Per" not in out and "Per ringede" not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bæltefiksering besluttet af vagthavende læge Tage Sten.", "besluttet af vagthavende "),
        ("Samtale med kontaktperson Tage Sten.", "Samtale med kontaktperson "),
    ],
)
def test_role_words_stay_outside_the_label(m, text, kept):
    out = view(m, text)
    assert kept in out and "Sten" not in out, out


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Bagvagt orienteret (læge Lund).", False),  # hidden Lund is a psychologist
        ("Bagvagt orienteret (psykolog Lund).", True),
        ("Mvh SSH Skov", False),  # hidden Skov is a nurse; Kirsten Skov is not hidden
        ("Mvh spl. Skov", True),
        ("Set med læge Karin Lund.", True),  # her full name: the title does not matter
        ("Talt med Lund.", True),  # no title: the hidden Lund could be meant
        ("Talt med sygeplejerske Sten.", True),  # nobody visible is called Sten
    ],
)
def test_a_title_can_say_a_shared_name_part_is_a_visible_colleagues(m, text, hidden):
    out = view(m, text)
    assert ("[X]" in out) is hidden, out


def test_ambiguous_initials_fail_toward_hiding(m):
    # HB is the hidden Hanne Poulsen's (she signs /hb) and the visible Hanne Bach's derived
    # initials: where the hidden Hanne could be meant, both the name and the initials go
    out = view(m, "Aftenvagt: Mette overtaget fra Hanne (HB).")
    assert "Hanne" not in out and "HB" not in out, out
    out = view(m, "Dikt. HB/ssa")
    assert "HB" not in out, out
    # initials no hidden Hanne has say it is someone else
    assert view(m, "Overtaget fra Hanne (HBA).") == "Overtaget fra Hanne (HBA)."


USERNAME_CARRIERS = ["Bruger: {}", "Kopi til {}", "Ændret af {}.", "/{}", "Dikt. {}/ssa"]
AFTER = [
    "",
    " Sten i nyren, skal tage smertestillende.",
    " Maryam Nowak deler stue med pt.",
    " BT 132/80, CRP 12.",
    "\nPt. sover.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([LEO, SOL, PO, KOL]),
    st.sampled_from(USERNAME_CARRIERS),
    st.sampled_from(AFTER),
    st.sampled_from([str.lower, str.upper, lambda s: s]),
)
def test_a_user_name_where_a_user_name_stands_is_hidden(m, person, carrier, after, case):
    user = case(person.usernames[0].rsplit("\\", 1)[-1])
    text = carrier.format(user) + after
    out = view(m, text)
    assert _absent(user, out.replace("/ssa", "")), (text, out)
    for word in ("nyren", "Maryam Nowak", "BT 132/80, CRP 12", "sover"):
        if word in after:
            assert word in out, (text, out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([p for p in RELATION_WORDS if p.isalpha()]),
    st.sampled_from([BIRGITTE, TAGE, STORM, SKOV]),
    st.sampled_from(["Pt.s {r} {n} ringede.", "{R} {n} er orienteret.", "Samtale med {r} {n}."]),
)
def test_a_relative_named_like_a_hidden_person_stays_a_title_does_not(m, rel, person, frame):
    name = f"{person.given} {person.family}"
    text = frame.format(r=rel, R=rel.capitalize(), n=name)
    assert view(m, text) == text
    titled = frame.format(r=rel, R=rel.capitalize(), n=f"spl. {name}")
    assert person.family not in view(m, titled), titled
