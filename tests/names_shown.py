"""What a citizen sees of a text under a matcher, every hidden person as "[X]" (the name tests
share it)."""

from __future__ import annotations

from collections.abc import Iterable

from indsigt.protect.names import NameMatcher
from indsigt.protect.replace import replace


def out(m: NameMatcher, text: str, own: Iterable[str] = ()) -> str:
    """``text`` with ``m``'s spans replaced by "[X]"; ``own``: the citizen's own given names,
    which stay (:meth:`NameMatcher.keep`)."""
    own = tuple(own)
    spans = m.keep((), own=own).filter(text, m.find(text)) if own else m.find(text)
    return replace(text, spans, lambda _person: "[X]")


def shown_to(
    m: NameMatcher,
    text: str,
    family: Iterable[tuple[str, str]],
    own: Iterable[tuple[str, str]],
) -> str:
    """``text`` as the citizen ``own`` with the relatives ``family`` sees it, "[X]" for each
    hidden person (:meth:`NameMatcher.keep`: the names of the family stay)."""
    spans = m.keep(tuple(family), own=tuple(own)).filter(text, m.find(text))
    return replace(text, spans, lambda _person: "[X]")
