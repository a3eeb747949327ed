"""The matcher's fast paths find exactly what the plain code finds.

The search's hot path skips work that cannot find anything (a text without digits is not scanned
for names glued to digits, ...). Each fast path is compared here with the plain regular
expression it stands for, on random text built from the characters those rules look at, and the
whole matcher with every fast path swapped for its plain form, on random notes with names in
them: the spans must be equal, field by field.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indsigt.protect.names import NameMatcher, Person, canon
from indsigt.protect.names import matcher as M
from indsigt.protect.names.context import (
    _CAMEL_RE,
    _CAPS_BEFORE_RE,
    _GLUED_RE,
    _HYPHEN_SPACE_RE,
)

#: the characters the token rules turn on: letters of every case (Latin-1 too, and the two
#: Latin-1 symbols between them), digits, hyphens, soft hyphen, spaces, tabs, line breaks
ALPHABET = "ML aAbBhHlLmMoOsSæÆøØåÅéÉüÜ×÷0129 \t\n\r-\u2010\u00ad._@/\\(),:&%#;\u0131\u0430\u200b"
#: pieces of the shapes the rules look for ("a-\tb", "aB", "m2", "2m"), run together at random
PIECES = ["-\t", "- ", "\u2010 ", "\u00ad\t", "\u2010", "\u00ad", "Holm", "aB", "Æø", "Tilset"]
TEXT = st.lists(st.one_of(st.sampled_from(ALPHABET), st.sampled_from(PIECES)), max_size=40).map(
    "".join
)

PEOPLE = [
    Person(
        "s-holm",
        "Mette Louise",
        "Holm",
        emails=("mette.holm@rn.dk",),
        usernames=("RN\\mlh",),
        titles=("Sygeplejerske",),
    ),
    Person("s-skov", "Hans", "Skov-Larsen", usernames=("hsk",), titles=("Overlæge",)),
    Person("s-aa", "Åse", "Aagaard Østergaard", initials=("ÅAØ",)),
    Person("s-kjaer", "Bo", "Kjærgaard"),
]
WORDS = [
    "Mette",
    "Holm",
    "Holm2",
    "2Holm",
    "MetteHolm",
    "HolmTilset",
    "Kjær- gaard",
    "Kjær\u2010 gaard",
    "Hol\nm",
    "Skov",
    "skov",
    "Skov-Larsen",
    "Åse",
    "ÅAØ",
    "MLH",
    "/mlh",
    "RN\\mlh",
    "mette.holm@rn.dk",
    "Hans",
    "hans",
    "Bo",
    "spl.",
    "Mvh",
    "v.",
    "talt med",
    "Referent:",
    "pt.",
    "BT",
    "120/80",
    "CRP",
    "og",
    "i",
    "nyren",
    "Sten",
    "M.L.H.",
    "abc1def",
    "x9Y",
]
SEPARATORS = [" ", " ", " ", "\n", ". ", ", ", "-", "", "\t", "- "]


def _plain_glued(text: str) -> list[int]:
    return [m.start() if m.group()[0].isalpha() else m.end() - 1 for m in _GLUED_RE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_glued_letters_are_the_regex_matches(text: str) -> None:
    assert M._glued_letters(text) == _plain_glued(text)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_prefilters_skip_only_texts_without_a_match(text: str) -> None:
    assert [m.span() for m in M._hand_breaks(text)] == [
        m.span() for m in _HYPHEN_SPACE_RE.finditer(text)
    ]
    assert [m.span() for m in M._run_together(text)] == [m.span() for m in _CAMEL_RE.finditer(text)]


@st.composite
def notes(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(st.one_of(st.sampled_from(WORDS), TEXT.map(lambda t: t[:12])), max_size=14)
    )
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


def _plain(monkeypatch_targets: dict[str, object]) -> dict[str, object]:
    saved = {k: getattr(M, k) for k in monkeypatch_targets}
    for k, v in monkeypatch_targets.items():
        setattr(M, k, v)
    return saved


_MATCHER = NameMatcher.build(PEOPLE, others=[("Lars", "Holm"), ("Mette", "Dam")])
_PLAIN = {
    "_caps_before": lambda text, s: _CAPS_BEFORE_RE.search(text, max(0, s - 6), s),
    "_glued_letters": _plain_glued,
    "_hand_breaks": _HYPHEN_SPACE_RE.finditer,
    "_run_together": _CAMEL_RE.finditer,
}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes())
def test_fast_and_plain_matcher_find_the_same(text: str) -> None:
    fast = _MATCHER.find(text)
    saved = _plain(_PLAIN)
    try:
        plain = _MATCHER.find(text)
    finally:
        _plain(saved)
    assert fast == plain


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_latin1_text_needs_no_canonical_form(text: str) -> None:
    """canonicalise's shortcut for Latin-1 text without '&', '%' or a soft hyphen gives what
    the plain search (``_NEEDS_RE``) decides."""
    shortcut = "&" not in text and "%" not in text and "\xad" not in text
    if shortcut and canon._is_latin1(text):
        assert canon._NEEDS_RE.search(text) is None
        assert canon.canonicalise(text) == (text, None)


BEFORE_NAME = st.tuples(
    TEXT.map(lambda t: t[:8]),
    st.sampled_from(["Æ", "ML", "ØÅ", "ABCD", "mL", "a", "(B", "/ÅS", "x.Ø", ""]),
    st.sampled_from([" ", "  ", "\t", "\xa0", " \xa0 ", "", "\n"]),
)


@settings(max_examples=500, deadline=None)
@given(BEFORE_NAME, TEXT)
def test_capitals_before_a_name_are_the_regex_match(
    before: tuple[str, str, str], after: str
) -> None:
    head = "".join(before)
    text, s = head + "Holm" + after, len(head)
    fast = M._caps_before(text, s)
    plain = _CAPS_BEFORE_RE.search(text, max(0, s - 6), s)
    assert (fast and fast.span(1)) == (plain and plain.span(1))
