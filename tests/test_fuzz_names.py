"""Bounded time per input for the staff-name matcher (its correctness is tested elsewhere).

Hostile or just unlucky note text must not make a citizen's page hang: every input of up to
about 60,000 characters is matched within ``LIMIT_S``, and the adversarial shapes below grow
about linearly with their length.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cputime import cpu_time

names = pytest.importorskip("indsigt.protect.names")

#: CPU seconds of the matching thread, the collector paused (tests/cputime.py: not the wall clock
#: of a busy machine, nor other threads' work)
LIMIT_S = float(os.environ.get("INDSIGT_FUZZ_NAMES_LIMIT_S", "2.0"))
EXAMPLES = int(os.environ.get("INDSIGT_FUZZ_EXAMPLES", "150"))

PERSONS = [
    names.Person("s-holm", "Mette Louise", "Holm", emails=("mette.holm@rn.dk",), usernames=("RN\\mlh",), titles=("Sygeplejerske",)),
    names.Person("s-skov", "Hans", "Skov", usernames=("hsk",), titles=("Overlæge",)),
    names.Person("s-lund", "Per", "Lund-Sørensen", titles=("Psykolog",)),
    names.Person("s-aa", "Åse", "Aagaard Østergaard"),
]  # fmt: skip


#: non-hidden colleagues who share a name part with PERSONS (negative matching)
OTHERS = [("Lars", "Holm"), ("Mette", "Dam"), ("Hans", "Lund")]
#: names that must stay in a view (relatives) and the citizen's own name
KEEP = [("Anne", "Holm"), ("Mette", "Jensen")]
OWN = [("Louise", "Berg")]


@pytest.fixture(scope="module")
def matcher() -> object:
    return names.NameMatcher.build(PERSONS, others=OTHERS)


WORDS = [
    "Hans", "hans", "Skov", "SKOV", "Holm", "Holms", "Mette", "Louise", "M.L.H.", "MLH", "/MLH",
    "Lund-Sørensen", "Lund", "Sørensen", "Per", "per", "Åse", "Aagaard", "Østergaard", "Oestergaard",
    "M. L. H.", "M.", "L.", "H.", "Lars", "Dam",
    "overlæge", "Dr.", "spl.", "mvh", "Sign.:", "RN\\mlh", "mette.holm@rn.dk", "hsk", "og", "til",
    "ring", "Pt.", ".", ",", "-", "-\n", "\n", "  ", "'", "'s", "@", "/", "\\", "\u00ad", "\u200b",
    "é", "ä", "ö", "æøå", "ÆØÅ", "1", "6512401234", "&oslash;", "&#72;", "&amp;", "%C3%B8", "%20",
    "Ноlm", "ı", "ﬁ", "Ｈ", "\u0301", "\u202e", "\U000e0041", "\u00ad\n",
]  # fmt: skip

text_input = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(WORDS), max_size=800).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=800).map("".join),
)


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=text_input)
def test_matcher_time_per_input_is_bounded(matcher: object, text: str) -> None:
    with cpu_time() as t:
        spans = matcher.find(text)  # type: ignore[attr-defined]
        spans = matcher.keep(KEEP, own=OWN).filter(text, spans)  # type: ignore[attr-defined]
    assert t.seconds < LIMIT_S, f"{t.seconds:.2f}s for {len(text)} characters"
    for sp in spans:
        assert 0 <= sp.start <= sp.end <= len(text)


ADVERSARIAL = {
    "names": "Hans Skov ",
    "initials": "M.L.H. ",
    "hyphen_breaks": "Holm-\n",
    "titles": "overlæge Dr. spl. ",
    "markers": "mvh /MLH Sign.: ",
    "genitives": "Holms Skov's Hans' ",
    "soft_hyphens": "Ho\u00adlm\u200b ",
    "capitals": "RING TIL SKOV OG ",
    "spaced_initials": "M. L. H. ",
    "spaced_dots": "M. ",
    "spaced_dots_tight": "M.L. ",
    "colleague": "Lars Holm ",
    "entities": "H&oslash;lm &amp;amp; ",
    "escapes": "S%C3%B8ren%20",
    "confusables": "Ноlm Ⓜⓔⓣⓣⓔ ",
    "combining": "Ha\u030a\u0301\u0302 ",
    "invisible_run": "\u200b\u2066\ufe0f",
    "certain_positions": "mvh holm talt med hollm /hlm Referent: skov, ",
    "typos_next_to_names": "Mete Holm Hollm Mette ",
    "glued_and_broken": "Holm2 Hol\nm MetteHolm ",
    "kept_names": "Anne Holm datter Mette Holm ",
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_matcher_scales_about_linearly(matcher: object, shape: str) -> None:
    unit = ADVERSARIAL[shape]

    def timed(n: int) -> float:
        text = unit * n
        best = float("inf")
        for _ in range(3):
            with cpu_time() as t:
                spans = matcher.find(text)  # type: ignore[attr-defined]
                matcher.keep(KEEP, own=OWN).filter(text, spans)  # type: ignore[attr-defined]
            best = min(best, t.seconds)
        return best

    # 16 x the text: linear work grows 16 x, quadratic work 256 x. The bound (64 x plus slack) is
    # far from both, so a loaded machine does not fail it and a quadratic path does (a dotted-
    # initials regex once made "initials" 37 x slower for 8 x the text).
    small = timed(500)
    big = timed(8000)
    assert big < LIMIT_S * 2, f"{shape}: {big:.2f}s for {len(unit) * 8000} characters"
    assert big < 16 * small * 4 + 0.25, f"{shape}: {small:.3f}s -> {big:.3f}s for 16x the text"


@pytest.mark.slow
@pytest.mark.parametrize(("unit", "n"), [("M. ", 100_000), ("M. L. H. ", 40_000)])
def test_spaced_dots_100k(matcher: object, unit: str, n: int) -> None:
    """The spaced-initials path on "M. " x 100,000 and "M. L. H. " x 40,000 grows about linearly
    from an eighth of the text (and finds every one of the 40,000 initials)."""

    def timed(k: int) -> float:
        best = float("inf")
        for _ in range(3):  # the best of three: what the matcher needs, not a stall beside it
            with cpu_time() as t:
                spans = matcher.find(unit * k)  # type: ignore[attr-defined]
            best = min(best, t.seconds)
        if unit.startswith("M. L."):
            assert len(spans) == k
        return best

    small, big = timed(n // 8), timed(n)
    assert big < LIMIT_S * 2, f"{big:.2f}s for {len(unit) * n} characters"
    assert big < 8 * small * 4 + 0.25, f"{unit!r}: {small:.3f}s -> {big:.3f}s for 8x the text"


@pytest.mark.parametrize("text", ["MetteMLH.HØstergaard", "MetteMLH.&#72;Østergaard"])
def test_pieces_of_an_id_that_share_no_one_all_together_are_still_hidden(
    matcher: object, text: str
) -> None:
    # each piece shares a person with the one before, none with all: found by the property
    # test above (an IndexError before the fix)
    spans = matcher.find(text)  # type: ignore[attr-defined]
    assert [(sp.start, sp.end) for sp in spans] == [(0, len(text))]
