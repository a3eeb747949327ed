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
