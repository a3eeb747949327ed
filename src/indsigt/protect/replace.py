"""Replacement step of "find, then replace": turn name spans into labels.

:func:`replace` is pure text surgery on spans found by :class:`~indsigt.protect.names.NameMatcher`
(or built by hand); it does not look for names itself.

Rules
-----
* Each span becomes ``label_for(span.person)``.
* Spans of the same person that overlap or touch, or are separated only by a few spaces,
  a hyphen or a comma on the same line ("overlæge Hans Skov", "Holm, Mette"), become **one**
  label (a line break between two spans is kept).  Spans of
  different people that overlap (``find`` never returns such) are hidden together under the
  first span's label, so nothing of either name is left.
* **Genitive** spans (``span.genitive`` or ``span.form == "genitive"``) keep the genitive
  readable, following Danish spelling: a label ending in s, x or z gets an apostrophe
  ("Jens" → "Jens'"); a label whose last word contains a digit or is
  written in capitals (a code such as "d5dffae" or "SPL") gets ``'s``
  ("Sygeplejerske d5dffae's"); any other label gets ``s`` ("Sundhedspersons").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from indsigt.protect.names import NameMatcher, Span

__all__ = ["genitive_label", "protect_text", "replace"]

_JOIN_GAP_RE = re.compile(r"[ \t\xa0\u00ad,\-\u2010\u2011]{0,3}")


def genitive_label(label: str) -> str:
    """The genitive of a label (see module doc)."""
    stripped = label.rstrip()
    if not stripped:
        return label
    last = stripped.split()[-1]
    if last[-1].lower() in "sxz":
        return stripped + "'"
    if any(c.isdigit() for c in last) or (last.isupper() and len(last) > 1):
        return stripped + "'s"
    return stripped + "s"


def _is_genitive(span: Span) -> bool:
    return span.form == "genitive" or bool(getattr(span, "genitive", False))


def replace(text: str, spans: Sequence[Span], label_for: Callable[[str], str]) -> str:
    """Replace every span in ``text`` by ``label_for(span.person)``.

    ``spans`` may come in any order.  Offsets refer to ``text``.  With no spans, ``text`` is
    returned unchanged.  ``label_for`` is called once per person.
    """
    if not spans:
        return text
    ordered = spans
    prev = -1
    for sp in spans:  # spans from NameMatcher.find are sorted already
        if sp.start < prev:
            ordered = sorted(spans, key=_span_order)
            break
        prev = sp.start
    n = len(text)
    # merge into groups: [start, end, person, genitive]
    groups: list[tuple[int, int, str, bool]] = []
    g_start = g_end = -1
    g_person = ""
    g_gen = False
    last_start = last_end = 0  # the last span: "Hanne, Hanne" is two mentions, "Holm, Mette" one
    for sp in ordered:
        start = sp.start if sp.start > 0 else 0
        end = sp.end if sp.end < n else n
        if end <= start:
            continue
        if g_end >= 0 and (
            start < g_end
            or (
                sp.person == g_person
                and _JOIN_GAP_RE.fullmatch(text, g_end, start) is not None
                and text[start:end].casefold() != text[last_start:last_end].casefold()
            )
        ):
            if end >= g_end:
                g_end = end
                g_gen = _is_genitive(sp)
            last_start, last_end = start, end
            continue
        last_start, last_end = start, end
        if g_end >= 0:
            groups.append((g_start, g_end, g_person, g_gen))
        g_start, g_end, g_person, g_gen = start, end, sp.person, _is_genitive(sp)
    if g_end >= 0:
        groups.append((g_start, g_end, g_person, g_gen))
    out: list[str] = []
    pos = 0
    labels: dict[str, str] = {}
    for start, end, person, genitive in groups:
        label = labels.get(person)
        if label is None:
            label = labels[person] = label_for(person)
        out.append(text[pos:start])
        out.append(genitive_label(label) if genitive else label)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _span_order(sp: Span) -> tuple[int, int]:
    return (sp.start, -sp.end)


def protect_text(text: str, matcher: NameMatcher, label_for: Callable[[str], str]) -> str:
    """Find every name of the matcher's people in ``text`` and replace it by its label."""
    return replace(text, matcher.find(text), label_for)
