"""Folding: the lower-case, accent-free copy of a text that the automata search, with the
map back to original offsets (see the package doc, *Folding*)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache


def _build_latin1_table() -> bytes:
    out = bytearray(256)
    for i in range(256):
        ch = chr(i).lower()
        if len(ch) != 1 or ord(ch) > 255:
            out[i] = 0x20
            continue
        if ch.isascii():
            out[i] = ord(ch) if ch.isalnum() else 0x20
            continue
        special = {"æ": "æ", "ø": "ø", "å": "å", "ä": "æ", "ö": "ø", "ß": "s", "ð": "d", "þ": "t"}
        if ch in special:
            out[i] = ord(special[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)[:1]
        if base.isascii() and base.isalpha():
            out[i] = ord(base.lower())
        else:
            out[i] = 0x20
    return bytes(out)


_LATIN1_TABLE = _build_latin1_table()


def _cased(table: bytes) -> bytes:
    """The same folding, but upper-case letters stay upper case."""
    out = bytearray(table)
    for i in range(256):
        ch = chr(i)
        if ch.isupper() and table[i] != 0x20:
            up = chr(table[i]).upper()
            out[i] = ord(up) if len(up) == 1 and ord(up) < 256 else table[i]
    return bytes(out)


_LATIN1_TABLE_CASED = _cased(_LATIN1_TABLE)


class _FoldMap(dict[int, str]):
    """``str.translate`` table for text that is not Latin-1: one character in, one out."""

    def __init__(self, cased: bool = False) -> None:
        super().__init__()
        self.cased = cased

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        table = _LATIN1_TABLE_CASED if self.cased else _LATIN1_TABLE
        if code < 256:
            out = chr(table[code])
        else:
            base = unicodedata.normalize("NFKD", ch)[:1]
            if not self.cased:
                base = base.lower()
            if base and ord(base) < 256 and base.isalnum():
                out = chr(table[ord(base)])
            elif ch.isalnum():
                out = ch if self.cased else (ch.lower()[:1] or ch)
            else:
                out = " "
        self[code] = out
        return out


_FOLD_MAP = _FoldMap()
_FOLD_MAP_CASED = _FoldMap(cased=True)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u0300-\u036f"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_HYPHEN_BREAK_RE = re.compile(r"[-\u2010\u2011][ \t\r]*\n")
#: :data:`_HYPHEN_BREAK_RE` for text without U+2010 and U+2011: it starts with a plain character,
#: so the search skips ahead to the hyphens
_ASCII_HYPHEN_BREAK_RE = re.compile(r"-[ \t\r]*\n")


def _hyphen_break(text: str) -> bool:
    """``_HYPHEN_BREAK_RE.search(text) is not None``."""
    if "\u2010" in text or "\u2011" in text:
        return _HYPHEN_BREAK_RE.search(text) is not None
    return _ASCII_HYPHEN_BREAK_RE.search(text) is not None


_EDIT_RE = re.compile(f"[{_INVISIBLE}]+|[-\u2010\u2011][ \\t\\r]*\\n\\s*")


def _translate(s: str) -> str:
    try:
        return s.encode("latin-1").translate(_LATIN1_TABLE).decode("latin-1")
    except UnicodeEncodeError:
        return s.translate(_FOLD_MAP)


class _Folded:
    """A folded copy of a text with the map back to original offsets."""

    __slots__ = ("capt", "f_anchor", "joined", "o_anchor", "text")

    def __init__(
        self,
        text: str,
        f_anchor: list[int],
        o_anchor: list[int],
        capt: str = "",
        joined: bool = False,
    ) -> None:
        self.joined = joined
        self.text = text
        self.f_anchor = f_anchor
        self.o_anchor = o_anchor
        self.capt = capt  # with marks: the same, but upper-case letters are kept

    def orig(self, f: int) -> int:
        """Original offset of folded (unpadded) index ``f``."""
        if not self.f_anchor:
            return f
        i = bisect_right(self.f_anchor, f) - 1
        return self.o_anchor[i] + (f - self.f_anchor[i])


_NON_LATIN1_WORD_RE = re.compile(r"[^\W\x00-\xff]")


def _edit(text: str, join: bool = True) -> tuple[str, list[int], list[int], bool]:
    """Remove soft hyphens etc. and join hyphenated line breaks; keep the offset anchors."""
    joined = False
    parts: list[str] = []
    f_anchor = [0]
    o_anchor = [0]
    pos = 0
    flen = 0
    for m in _EDIT_RE.finditer(text):
        s, e = m.span()
        # join a hyphenated line break only between letters
        if m.group()[0] in "-\u2010\u2011":
            if not (
                join and s > 0 and text[s - 1].isalpha() and e < len(text) and text[e].isalpha()
            ):
                continue
            joined = True
        parts.append(text[pos:s])
        flen += s - pos
        pos = e
        if f_anchor[-1] == flen:
            o_anchor[-1] = e
        else:
            f_anchor.append(flen)
            o_anchor.append(e)
    parts.append(text[pos:])
    return "".join(parts), f_anchor, o_anchor, joined


def _fold_with_map(text: str, marks: bool = False, join: bool = True) -> _Folded:
    """Fold ``text`` (see :func:`fold`).

    With ``marks`` both results are padded with a space on either side, and ``capt`` is
    a second copy that keeps upper-case letters ("Skov", "SKOV", "skov"), so that an automaton
    can tell the name from the word.
    """
    try:
        raw = text.encode("latin-1")
        latin = True
    except UnicodeEncodeError:
        latin = False
    if ("\xad" in text if latin else _INVISIBLE_RE.search(text) is not None) or (
        "-" in text and _hyphen_break(text)
    ):
        edited, f_anchor, o_anchor, joined = _edit(text, join)
        if latin:
            raw = edited.encode("latin-1")
    else:
        edited, f_anchor, o_anchor, joined = text, [], [], False
    if not latin and _NON_LATIN1_WORD_RE.search(edited) is None:
        latin = True  # only punctuation outside Latin-1 ("’", "–"): it folds to a space
        raw = edited.encode("latin-1", "replace")
    if latin:
        # fast path: byte-wise translation; the table lower-cases too (it folds every byte as
        # its lower-case letter, and Latin-1 is closed under lower case; the replaced characters
        # are no letters), so the text is not lower-cased first (tests/names_fastpath_cases.py)
        folded_b = raw.translate(_LATIN1_TABLE)
        folded = folded_b.decode("latin-1")
        if not marks:
            return _Folded(folded, f_anchor, o_anchor)
        capt = raw.translate(_LATIN1_TABLE_CASED).decode("latin-1")
        return _Folded(f" {folded} ", f_anchor, o_anchor, f" {capt} ", joined)
    low = edited.lower()
    if len(low) != len(edited):  # e.g. "İ" lower-cases to two characters
        low = "".join(c.lower()[:1] for c in edited)
    folded = low.translate(_FOLD_MAP)
    if not marks:
        return _Folded(folded, f_anchor, o_anchor)
    capt = edited.translate(_FOLD_MAP_CASED)
    return _Folded(f" {folded} ", f_anchor, o_anchor, f" {capt} ", joined)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """Fold a short word for a set lookup (no offset map; spaces removed)."""
    return _translate(word.lower()).replace(" ", "")


def fold(text: str) -> str:
    """Fold a text (or a name) the way the matcher compares them (see module doc)."""
    return _fold_with_map(text).text
