"""Frequent names in lower case, and a hyphen inside a name (issue 11, stop 29).

A name part that is a common Danish *word* ("Holm" an islet, "Skov", "Per", "Hans") is looked
for only with a capital letter or where a name is certain. wordfreq folds case, so a *name*
that is frequent ("Mette", "Jensen", "Østergaard") counted as such a word too, and a hidden
person written in lower case in running text ("i dag kom mette") was not looked for at all.
The matcher now knows which frequent tokens are names only (``lexicon.name_words``, made from
the Danish spelling dictionary by ``scripts/make-name-words.py``) and hides them in lower case
too; the words stay as they were.

A hyphen inside a name ("Kjær-gård") made two words of it for the automaton; such a word, read
without its hyphen, is looked up as one.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names.lexicon import ZIPF_AMBIGUOUS, name_words, zipf
from indsigt.protect.replace import replace
from names_shown import out

HIDDEN = [
    Person("s-meje", "Mette Louise", "Jensen"),
    Person("s-aaos", "Åse", "Aagaard Østergaard"),
    Person("s-lone", "Lone", "Nielsen"),
    Person("s-kjae", "Anne", "Kjærgård"),
    Person("s-peho", "Per", "Holm"),  # both parts are words
    Person("s-bost", "Bo", "Storm"),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=[("Lars", "Holm")])


def test_the_list_holds_frequent_names_and_no_words():
    words = name_words()
    assert len(words) > 1000
    for name in ("mette", "jensen", "nielsen", "hansen", "østergaard", "aagaard", "louise", "lone"):
        assert name in words, name
        assert zipf(name) >= ZIPF_AMBIGUOUS, name  # frequent: ambiguous by frequency alone
    # Danish words (and English ones that stand in Danish text) are not in it
    for word in (
        "hans", "per", "bo", "holm", "skov", "storm", "dam", "lind", "vang", "sten", "tage",
        "ville", "min", "søren", "sand", "mark", "with", "best", "white", "street",
    ):  # fmt: skip
        assert word not in words, word


@pytest.mark.parametrize(
    "text, gone",
    [
        ("mette ringede i dag.", "mette"),
        ("I dag kom mette og skiftede forbinding.", "mette"),
        ("pt. spurgte efter louise", "louise"),
        ("jensen har ordineret 5 mg.", "jensen"),
        ("aftalt at østergaard ringer i morgen", "østergaard"),
        ("samtale med aagaard om udskrivelse.", "aagaard"),
        ("lone nielsen kommer kl. 14.", "lone"),
        ("nielsen tilså pt. i aftes.", "nielsen"),
        ("mettes vurdering følger.", "mettes"),
        # a hyphen inside a name
        ("Kjær-gård ringede i formiddags.", "gård"),
        ("Tilset af spl. Kjær-gård i aftes.", "gård"),
        ("Aftalt med Øster-gaard.", "gaard"),
    ],
)
def test_a_frequent_name_in_lower_case_is_hidden(m, text, gone):
    shown = out(m, text)
    assert gone not in shown.lower(), shown


# -- from the red-team probe of this change (rt30, 776 probes; 180 failed, after this 78, 53 of
#    them debatable or known limits) ------------------------------------------------------------

RT30 = [
    Person("s-meje", "Mette", "Jensen"),
    Person("s-kjae", "Ulla", "Kjær"),
    Person("s-kine", "Kirsten", "Nielsen"),
    Person("s-lone", "Lone", "Hansen"),
    Person("s-mama", "Malene", "Kjærgård"),
    Person("s-pia", "Pia", "Østergaard"),
    Person("s-jens", "Jens", "Aagaard"),
    Person("s-bost", "Bo", "Storm"),
    Person("s-max", "Max", "Jan"),
]


@pytest.fixture(scope="module")
def rt30() -> NameMatcher:
    return NameMatcher.build(RT30, others=[("Lars", "Holm")])


@pytest.mark.parametrize(
    "text, gone",
    [
        # a name that is no word, capitalised at a sentence start or in CAPITALS, and in mixed
        # case: hidden as in lower case (it was left: the next word decided)
        ("Mette i dag: pt. rolig.", "Mette"),
        ("Nielsen ikke kontaktbar.", "Nielsen"),
        ("KIRSTEN OG LONE KOM I DAG", "KIRSTEN"),
        ("KIRSTEN OG LONE KOM I DAG", "LONE"),
        ("i dag kom MEtte forbi", "MEtte"),
        # a hyphen inside a name in lower case, another hyphen, digits after it
        ("øster-gaard ringede", "gaard"),
        ("jen-sen ringede", "sen"),
        ("Kjær\u2011gård ringede", "gård"),
        ("Kjær\u2013gård ringede", "gård"),
        ("Kjær-gård2 ringede", "gård"),
        # frequent given names the dictionary also knows as a rare form of a word
        ("malene ringede i dag", "malene"),
        ("i dag kom pia forbi", "pia"),
        ("aftalt med pt. at jens ringer", "jens"),
    ],
)
def test_rt30_leaks_closed(rt30, text, gone):
    shown = out(rt30, text)
    assert gone not in shown, shown


@pytest.mark.parametrize(
    "text, stays",
    [
        ("AFTALT MED METTE I DAG", "AFTALT MED"),  # a word of CAPITALS text is no initials
        ("MØDE MED JENSEN OG NIELSEN", "MØDE MED"),
        ("HUSK AT METTE HAR NØGLEN", "HUSK AT "),
        ("Bo-tilbuddet har ringet.", "Bo-tilbuddet"),  # the first part of a compound word
        ("Storm-skaden er udbedret.", "Storm-skaden"),
        ("Skov- og Naturstyrelsen har skrevet.", "Skov- og"),
        ("Kirke-gård besøg i morgen.", "Kirke-gård"),  # the word, split: not the name
        ("Pt. har en kjær gammel hund.", "kjær gammel"),  # an old spelling of "kær"
        ("Paracetamol max 4 g/døgn.", "max 4 g"),  # abbreviations are not names here
        ("Kontrol 3. jan. 2027.", "jan."),
        ("Mette S. Larsen er pt.s nabo.", "Mette S. Larsen"),  # an initial: the whole decides
    ],
)
def test_rt30_words_stay(rt30, text, stays):
    shown = out(rt30, text)
    assert stays in shown, shown


@pytest.mark.parametrize(
    "text",
    [
        "Gik en tur i skoven og ved holm i dag.",  # words stay words in lower case
        "Storm i nat, pt. sov dårligt.",
        "Hans datter kommer per bus.",
        "Smerter i hele kroppen, bo hjemme.",
        "Henvist til MR-scanning og CT-MR.",  # a hyphen inside words that are no name
        "Skov-bunden var våd.",
    ],
)
def test_words_stay(m, text):
    assert out(m, text) == text


def test_the_citizens_own_name_in_lower_case_stays_the_citizens(m):
    own = [("Mette", "Hansen")]
    assert out(m, "mette har haft en god dag.", own) == "mette har haft en god dag."
    # where a name is certain it is the hidden person's
    assert out(m, "Pt. set.\nMvh mette", own) == "Pt. set.\nMvh [X]"


def test_a_non_hidden_colleagues_full_name_in_lower_case_stays(m):
    assert out(m, "talte med lars holm om det.") == "talte med lars holm om det."


_FRAMES = (
    "{} ringede i dag.",
    "I dag kom {} forbi.",
    "pt. spørger efter {}",
    "aftalt med pt. at {} ringer",
)


def _only_a_name(word: str) -> bool:
    """Is every frequent spelling of ``word`` a name only? ("gaard" is "gård", a farm)"""
    spellings = {word, word.replace("aa", "å").replace("ae", "æ").replace("oe", "ø")}
    return all(w in name_words() for w in spellings if zipf(w) >= ZIPF_AMBIGUOUS)


_NAMES = sorted(w for w in name_words() if w.isalpha() and len(w) >= 4 and _only_a_name(w))


def test_a_name_spelled_as_a_word_stays_and_spelled_with_aa_is_hidden_in_lower_case():
    m = NameMatcher.build([Person("s-x", "Søren", "Kirkegård")])
    for word in ("kirkegård ved kirken", "for søren, det regner"):  # the churchyard; an oath
        assert m.find(word) == [], word
    # with aa/oe, as a name is written and a word of today is not
    for text, gone in (("kirkegaard ringede", "kirkegaard"), ("i dag kom soeren", "soeren")):
        assert gone not in out(m, text), text


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(_NAMES),
    frame=st.sampled_from(_FRAMES),
)
def test_any_name_only_word_of_a_hidden_person_is_hidden_in_lower_case(name, frame):
    person = Person("s-x", name.capitalize(), "Testesen")
    text = frame.format(name)
    shown = replace(text, NameMatcher.build([person]).find(text), lambda k: "[X]")
    word = re.compile(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])")  # "inge" in "ringede"
    assert "[X]" in shown and word.search(shown.lower()) is None, (name, shown)


WORD_NAMES = [
    Person("s-soto", "Søren", "Skov"),
    Person("s-tada", "Tage", "Dam"),
    Person("s-peho", "Per", "Holm"),
    Person("s-bost", "Bo", "Storm"),
]


@pytest.mark.parametrize(
    "text, expect",
    [
        # a given name that is a word, in lower case, with the initial of the family name
        ("søren s. ringede i dag", "[X] ringede i dag"),
        ("talte med søren s. om det", "talte med [X] om det"),
        ("tage d. kom forbi", "[X] kom forbi"),
        # not after a function word or a verb, not before a date, not before another name
        ("pris per h. er 200 kr", None),
        ("bo s. 12 i bogen", None),
        ("skal tage d. 3/5 kl 10", None),
        ("søren s. Hansen er nabo", None),
        ("søren k. ringede", None),  # another initial says nothing
    ],
)
def test_a_word_name_in_lower_case_with_the_family_initial(text, expect):
    m = NameMatcher.build(WORD_NAMES)
    assert out(m, text) == (text if expect is None else expect)


def test_a_hyphen_inside_a_word_name_next_to_another_part_of_the_name():
    m = NameMatcher.build([Person("s-soto", "Søren", "Skov"), Person("s-peho", "Per", "Holm")])
    assert out(m, "Sø-ren Skov ringede") == "[X] ringede"
    assert out(m, "Per Hol-m ringede") == "[X] ringede"  # a part of one letter
    for text in ("Hol-m ringede", "Kirke-gård besøg", "e-mail til x-ray"):
        assert out(m, text) == text  # a word alone stays a word


@pytest.mark.parametrize(
    "text, gone",
    [
        # a shift handed over, and who was there (rt31: home-care notes written on a phone)
        ("overlevering til bente", "bente"),
        ("Overleveret til aftenvagt Holm kl 15", "Holm"),
        ("afløst af Sten kl. 23", "Sten"),
        ("Deltog: mette, Holm", "Holm"),
        ("Mødt ind: Sten og mette", "Sten"),
        ("På vagt: Storm, bente", "Storm"),
    ],
)
def test_handovers_and_who_was_there(text, gone):
    m = NameMatcher.build(
        [
            Person("s-be", "Bente", "Lund"),
            Person("s-ho", "Per", "Holm"),
            Person("s-st", "Sten", "Storm"),
            Person("s-me", "Mette", "Dam"),
        ]
    )
    assert gone not in out(m, text), out(m, text)
