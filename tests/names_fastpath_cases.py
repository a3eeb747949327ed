"""The matcher's fast paths find exactly what the plain code finds.

The search's hot path skips work that cannot find anything (a text without digits is not scanned
for names glued to digits, ...). Each fast path is compared here with the plain regular
expression it stands for, on random text built from the characters those rules look at, and the
whole matcher with every fast path swapped for its plain form, on random notes with names in
them: the spans must be equal, field by field.

Swapping code in works only in the Python source, not in the compiled build (setup.py), so this
file is not collected by itself: ``tests/test_names_compiled.py`` runs it with
``INDSIGT_PURE_PYTHON=1`` in a process of its own.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import names_plain
from indsigt.protect.names import NameMatcher, Person, canon
from indsigt.protect.names import keep as K
from indsigt.protect.names import matcher as M
from indsigt.protect.names.context import (
    _CAMEL_RE,
    _CAPS_BEFORE_RE,
    _EMAIL_RE,
    _GLUED_RE,
    _HYPHEN_SPACE_RE,
    _INITIALS_AFTER_RE,
    _INITIALS_BEFORE_RE,
    _SIG_LINE_RE,
    _SPACED_DOTTED_RE,
    _WORD_BEFORE_RE,
)
from indsigt.protect.names.fold import (
    _HYPHEN_BREAK_RE,
    _LATIN1_TABLE,
    _fold_with_map,
    _hyphen_break,
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


#: e-mail addresses and the pieces around them: runs of the local part's characters, "@"s
#: with and without a domain after them
EMAIL_TEXT = st.lists(
    st.one_of(
        st.sampled_from("ab_.%+-@ \n,9\u0663\u00b2æ"),
        st.sampled_from(["x@y.z", "@a.b", "a@b", "m.holm@rn.dk", "@@", "..", "-@-.-"]),
    ),
    max_size=20,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(EMAIL_TEXT, TEXT))
def test_emails_are_the_regex_matches(text: str) -> None:
    assert [m.span() for m in M._emails(text)] == [m.span() for m in _EMAIL_RE.finditer(text)]


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


def _plain_sig_line(line: str) -> tuple[int, int, str] | None:
    m = _SIG_LINE_RE.fullmatch(line)
    return None if m is None else (m.start(1), m.end(1), m.group(1))


_PLAIN = {
    "_caps_before": lambda text, s: _CAPS_BEFORE_RE.search(text, max(0, s - 8), s),
    "_glued_letters": _plain_glued,
    "_hand_breaks": _HYPHEN_SPACE_RE.finditer,
    "_run_together": lambda text, shape=None: _CAMEL_RE.finditer(text),
    # every shape gate open: "U." (dotted initials) and "lU" (words run together) are in it
    "_shape": lambda text: b"U.lU",
    "_word_before": _WORD_BEFORE_RE.search,
    "_initials_before": lambda text, s: _INITIALS_BEFORE_RE.search(text, max(0, s - 12), s),
    "_letters_around_breaks": lambda text: True,
    "_sig_line": _plain_sig_line,
    "_capital_after_gap": lambda text, e: True,
    "_emails": lambda text: list(_EMAIL_RE.finditer(text)),
    "_coord_before": M._COORD_BEFORE_RE.search,
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
        assert canon.canonicalise(text) == (canon._CARET_RE.sub(" ", text), None)


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
    plain = _CAPS_BEFORE_RE.search(text, max(0, s - 8), s)
    assert (fast and fast.span(1)) == (plain and plain.span(1))


#: the characters the context rules read around a name: white space of every kind, full stops,
#: hyphens, digits (also non-ASCII ones), letters outside Latin-1
CONTEXT = st.text(
    alphabet=st.sampled_from("aBæØMLH.. \t\xa0\n\r-,(:'09\u0663\u00b2\u0131\u0430\u2010’?"),
    max_size=30,
)


@settings(max_examples=500, deadline=None)
@given(TEXT, CONTEXT)
def test_shape_gates_are_the_regex_searches(a: str, b: str) -> None:
    """ "lU" is in the shape exactly where a lower-case letter stands before a capital; without
    "U." no dotted initials can be found."""
    for text in (a, b, a + b):
        shape = M._shape(text)
        assert len(shape) == len(text)
        assert (b"lU" in shape) == (M._LOWER_UPPER_RE.search(text) is not None)
        if b"U." not in shape:
            assert _SPACED_DOTTED_RE.search(text) is None


#: a word before a name: what stands before it, the word, the spaces or hyphens after it
WORD_BEFORE = st.tuples(
    CONTEXT.map(lambda t: t[-3:]),
    st.sampled_from(["", "9", "\u0663", "\u00b2", "a", "_", ".", " "]),
    st.text(alphabet=st.sampled_from("aBæØ\u0131\u04309\u00b2"), max_size=6),
    st.text(alphabet=st.sampled_from(" \t\xa0-\u2010"), max_size=3),
    CONTEXT.map(lambda t: t[:3]),
)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(CONTEXT.map(lambda t: (t,)), WORD_BEFORE), st.data())
def test_word_before_is_the_regex_search(pieces: tuple[str, ...], data: st.DataObject) -> None:
    text = "".join(pieces)
    end = len("".join(pieces[:4]))
    hi = data.draw(st.one_of(st.just(end), st.integers(0, len(text))))
    lo = data.draw(st.one_of(st.integers(max(0, hi - 8), hi), st.integers(0, hi)))
    fast, plain = M._word_before(text, lo, hi), _WORD_BEFORE_RE.search(text, lo, hi)
    assert (fast and fast.span(1)) == (plain and plain.span(1))


#: a word coordinated with what follows: words, commas, "/", "og", "eller", "samt" and the
#: white space around them, run together at random
COORDINATED = st.lists(
    st.one_of(
        st.sampled_from("aBæØ _9\u0663\u00b2\u0131\t\xa0,/&+-.:"),
        st.sampled_from([" og ", " eller ", " samt ", "og", "dog ", "Ida", " , ", "  og  "]),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(COORDINATED, st.data())
def test_coord_before_is_the_regex_search(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.one_of(st.just(max(0, hi - 40)), st.integers(0, hi)))
    fast, plain = M._coord_before(text, lo, hi), M._COORD_BEFORE_RE.search(text, lo, hi)
    assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


#: what stands before a name a relative has: relation words in every case, "hedder", names,
#: parentheses, white space, a letter the search folds ("ſ"), digits
RELATION_WORDS = ["hustru", "HUSTRU", "mor", "moren", "Sønnen", "hedder", "hed", "Birgitte"]
RELATION_OTHER = [
    "ida",
    "x",
    "9",
    "_",
    ")",
    ",",
    ".",
    "Pt.s",
    "Naboen",
    "ÆØ",
    "a1",
    "ſøn",
    "\u0131",
]
RELATIONS = st.lists(
    st.tuples(
        st.sampled_from([*RELATION_WORDS, *RELATION_OTHER]),
        st.sampled_from(["", " ", "  ", "(", " ( ", "\t", "\xa0"]),
    ),
    max_size=9,
).map(lambda pairs: "".join(a + b for a, b in pairs))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab (hustru", max_size=70), RELATIONS, st.sampled_from(["", "Holm"]))
def test_after_relation_word_is_the_regex_search(lead: str, words: str, name: str) -> None:
    text = lead + words + name
    for s in {len(lead + words), len(text) // 2}:
        plain = K._RELATION_BEFORE_RE.search(text, max(0, s - 60), s) is not None
        assert K._after_relation_word(text, s) == plain


def test_relation_words_are_letters_the_pattern_matches_in_any_case() -> None:
    """What ``_after_relation_word`` assumes: the relation words are letters in lower case, and
    for their letters a Latin-1 character matches case-insensitively where it is one of them in
    lower case."""
    for w in K.RELATION_WORDS:
        assert w == w.lower() and re.fullmatch(r"[^\W\d_]+", w)
    for letter in set("".join(K.RELATION_WORDS)):
        pattern = re.compile("(?i)" + re.escape(letter))
        for c in map(chr, range(256)):
            assert (pattern.fullmatch(c) is not None) == (c.lower() == letter)


#: letters spelled out one to four spaces apart, among words, digits and other letters
SPACED = st.lists(
    st.sampled_from(["B", "i", " ", "  ", "    ", "9", "_", ".", "æ", "\u0131", "\u0663", "Holm"]),
    max_size=14,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(SPACED, TEXT))
def test_spaced_gate_is_the_regex_search(text: str) -> None:
    assert M._spaced_gate(text) == (M._SPACED_GATE_RE.search(text) is not None)


INITIALS = st.lists(
    st.sampled_from(["M.", "Æ. ", "L.\t", "H.\xa0", "m.", "M", ". ", "M.  ", "ML."]), max_size=4
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(CONTEXT.map(lambda t: t[-4:]), INITIALS, CONTEXT.map(lambda t: t[:4]), st.data())
def test_initials_before_is_the_regex_search(
    a: str, initials: str, b: str, data: st.DataObject
) -> None:
    text = a + initials + b
    s = data.draw(st.one_of(st.just(len(a + initials)), st.integers(0, len(text))))
    fast = M._initials_before(text, s)
    plain = _INITIALS_BEFORE_RE.search(text, max(0, s - 12), s)
    assert (fast and fast.span(1)) == (plain and plain.span(1))


def _plain_breaks(text: str) -> list[int]:
    """The line breaks the loop in ``_token_rules`` looks at (letters on both sides)."""
    out, n = [], len(text)
    for nl, c in enumerate(text):
        if c != "\n":
            continue
        a = nl - 1 if nl and text[nl - 1] == "\r" else nl
        while a > 0 and text[a - 1] in " \t":
            a -= 1
        b = nl + 1
        while b < n and text[b] in " \t":
            b += 1
        if a > 0 and b < n and text[a - 1].isalpha() and text[b].isalpha():
            out.append(nl)
    return out


@settings(max_examples=500, deadline=None)
@given(CONTEXT)
def test_breaks_gate_never_hides_a_break_between_letters(text: str) -> None:
    if _plain_breaks(text):
        assert M._letters_around_breaks(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(CONTEXT.map(lambda t: t[:17]), max_size=6))
def test_short_line_memo_is_the_fullmatch(lines: list[str]) -> None:
    for line in lines + lines:  # the second time from the memo
        assert M._sig_line(line) == _plain_sig_line(line)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, CONTEXT, st.text(max_size=30)))
def test_fold_without_lower_casing_first(text: str) -> None:
    """The folding table lower-cases itself: folding the text as it is gives what folding the
    lower-cased text gave (the plain form of the Latin-1 path)."""
    folded = _fold_with_map(text).text
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return  # the other paths did not change
    plain = text.lower().encode("latin-1", "replace").translate(_LATIN1_TABLE).decode("latin-1")
    if "\xad" not in text and not ("-" in text and "\n" in text):
        assert folded == plain
    assert raw.translate(_LATIN1_TABLE) == text.lower().encode("latin-1").translate(_LATIN1_TABLE)


@settings(max_examples=1000, deadline=None)
@given(CONTEXT.map(lambda t: t[-3:]), INITIALS, CONTEXT.map(lambda t: t[:4]), st.data())
def test_initials_after_start_with_a_capital(
    a: str, initials: str, b: str, data: st.DataObject
) -> None:
    text = a + data.draw(st.sampled_from([", ", ",", " ", "\t\xa0", ",  \t", ""])) + initials + b
    e = data.draw(st.one_of(st.just(len(a)), st.integers(0, len(text))))
    if _INITIALS_AFTER_RE.match(text, e) is not None:
        assert M._capital_after_gap(text, e)


@settings(max_examples=500, deadline=None)
@given(st.one_of(TEXT, CONTEXT))
def test_hyphen_break_is_the_regex_search(text: str) -> None:
    assert _hyphen_break(text) == (_HYPHEN_BREAK_RE.search(text) is not None)


# ---- the nspeed3 round: the same code, less Python per name (tests/names_plain.py) ----------

#: pieces around a name that the span's last step reads: initials and titles before it, initials
#: in parentheses or a trailing initial after it, hyphenated names, addresses, genitives
AROUND_WORDS = [
    *WORDS,
    "(MLH)",
    "(BT)",
    "L.",
    "M. L.",
    "ML",
    "Holm-Berg",
    "Dam-",
    "Holm's",
    "Holms",
    "overlæge",
    "e.l.",
    "kontaktperson",
    "Referent:",
    "Mvh\n",
    "/",
    "RN\\",
    "@rn.dk",
    "_m",
    "Hans'",
]


@st.composite
def notes_around(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(st.one_of(st.sampled_from(AROUND_WORDS), TEXT.map(lambda t: t[:8])), max_size=16)
    )
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


def _plain_methods() -> dict[str, object]:
    saved = {
        "_finish": M.NameMatcher._finish,
        "_certain_starts": M.NameMatcher._certain_starts,
    }
    M.NameMatcher._finish = names_plain.plain_finish  # type: ignore[method-assign]
    M.NameMatcher._certain_starts = names_plain.plain_certain_starts  # type: ignore[method-assign]
    return saved


def _restore_methods(saved: dict[str, object]) -> None:
    for k, v in saved.items():
        setattr(M.NameMatcher, k, v)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(notes(), notes_around()))
def test_nspeed3_code_finds_what_the_plain_code_finds(text: str) -> None:
    """The whole matcher with this round's code and with the plain forms of 7ffa719 (and every
    earlier fast path plain as well): the same spans, field by field."""
    fast = _MATCHER.find(text)
    saved = _plain({**_PLAIN, "_sort_hits": names_plain.plain_sort_hits})
    methods = _plain_methods()
    try:
        plain = _MATCHER.find(text)
    finally:
        _plain(saved)
        _restore_methods(methods)
    assert fast == plain
    assert [vars(s) for s in fast] == [vars(s) for s in plain]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=12))
def test_hits_sorted_in_two_stable_sorts_as_by_the_key(spans: list[tuple[int, int]]) -> None:
    hits = [M._Hit(s, e, None, frozenset({i})) for i, (s, e) in enumerate(spans)]
    fast, plain = list(hits), list(hits)
    M._sort_hits(fast)
    names_plain.plain_sort_hits(plain)
    assert [id(h) for h in fast] == [id(h) for h in plain]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(notes(), notes_around()))
def test_certain_starts_are_the_plain_ones(text: str) -> None:
    """Where a name is certain (after titles, sign-offs, "/", "Referent:"): the line ends searched
    within the window give the windows the closure gave."""
    seen: list[tuple[object, object]] = []
    fast_starts = M.NameMatcher._certain_starts

    def both(self: NameMatcher, ctx: M._Ctx) -> list[tuple[int, int, int, str]]:
        out = fast_starts(self, ctx)
        seen.append((out, names_plain.plain_certain_starts(self, ctx)))
        return out

    M.NameMatcher._certain_starts = both  # type: ignore[method-assign]
    try:
        _MATCHER.find(text)
    finally:
        M.NameMatcher._certain_starts = fast_starts  # type: ignore[method-assign]
    for fast, plain in seen:
        assert fast == plain


@pytest.mark.parametrize(
    "marker", ["spl. ", "Mvh ", "Mvh\n", "/", "v. ", "talt med ", "Referent: ", "a/"]
)
@pytest.mark.parametrize("end", ["\n", "\r\n", "", " Holm\n"])
def test_certain_windows_at_their_bounds(marker: str, end: str) -> None:
    """Lines as long as the windows (60 characters after a title or "/", 120 after a sign-off,
    200 after "Referent:"), give or take: the bounded search for the line end is the plain one."""
    widths = range(190, 211) if marker.startswith("Referent") else range(50, 131)
    for names in range(3):
        body = " ".join(["Holm"] * names)
        for width in widths:
            text = marker + body + "x" * max(0, width - len(body)) + end + "Mette Holm"
            test_certain_starts_are_the_plain_ones.hypothesis.inner_test(text)  # type: ignore[attr-defined]


FINISH_BEFORE = ["", "M. ", "ML ", "M.L. ", "overlæge ", "spl. ", "e.l. ", "Dam-", "RN\\", "x."]
FINISH_BEFORE += ["kontaktperson ", "Mvh ", "talt med ", "(", "/", "a_"]
FINISH_NAMES = ["Holm", "Mette Holm", "Mette", "Holms", "MLH", "mette.holm", "Skov-Larsen", "Hans"]
FINISH_AFTER = ["", ".", ", S.", ", M.", ", ML", " (MLH)", " (BT)", " (HS)", " L.", " ML", " M.L."]
FINISH_AFTER += ["-Berg", "'s", "’s", "@rn.dk", " og", ", Mette", ",  L.", "\t(MLH)", " x.", "_m"]


@pytest.mark.parametrize("before", FINISH_BEFORE)
def test_span_ends_are_the_plain_ones(before: str) -> None:
    """What the span's last step takes in around a name (initials, titles, addresses, hyphenated
    names, genitives) in every combination of these contexts: the same as the plain code."""
    for name in FINISH_NAMES:
        for after in FINISH_AFTER:
            text = f"Pt. set af {before}{name}{after} i dag."
            test_nspeed3_code_finds_what_the_plain_code_finds.hypothesis.inner_test(text)  # type: ignore[attr-defined]
