"""Canonical text: what the matcher reads instead of the text itself, with the map back.

A name can be written so that it looks the same to a reader but not to a naive search: with a
ligature (``ﬁ``), in full-width or mathematical letters (``Ｈｏｌｍ``, ``𝐇𝐨𝐥𝐦``), as a decomposed
``a`` + ring, with invisible characters inside (zero-width space, soft hyphen, bidi controls,
variation selectors, tag characters), with Cyrillic or Greek look-alike letters (``Ноlm``) or a
dotless ``ı``, as HTML entities (``H&oslash;lm``, ``&#72;olm``) or percent-encoded
(``S%C3%B8ren``).  :func:`canonicalise` undoes all of that, so that the matcher reads what a
person reads:

* **decoding**: HTML character references (named and numeric, also double-encoded) and
  percent-escapes (UTF-8, else Latin-1) become the characters they stand for;
* **Unicode normalisation**: a base letter and its combining marks are composed (NFC), and every
  letter or digit that has a compatibility form is replaced by it (NFKC: ligatures, full-width,
  mathematical, circled and superscript letters); combining marks that compose with nothing are
  dropped;
* **right-to-left override** (U+202E ... U+202C): the characters between are read both as
  stored and in the order they are shown, reversed ("\\u202edraagræjK" shows as Kjærgaard);
* **invisible characters** (format characters ``Cf``: zero-width space/joiners, word joiner,
  BOM, bidi controls and isolates, tag characters; variation selectors and the other default
  ignorable code points) are removed; a soft hyphen at a line break joins the word ("Hol\\xad\\nm");
  other Unicode spaces become a space, line and paragraph separators a line break;
* **confusables**: a letter outside Latin-1 whose Unicode TR39 skeleton is the skeleton of a
  Latin-1 letter becomes that letter (Cyrillic ``о`` → ``o``, Greek ``Ο`` → ``O``, ``ı`` → ``i``;
  upper or lower case as the letter was); a look-alike of the apostrophe or the hyphen
  (``ʼ`` U+02BC, ``′``, ``−`` minus, ``˗``) becomes ``'`` or ``-``.  The skeletons come from ICU's ``SpoofChecker``
  (PyICU), the Unicode Consortium's own maintained implementation of UTS #39; only letters
  outside Latin-1 are folded, so ordinary Danish text (and ``1``/``l``/``I``, ``0``/``O``) is
  never changed.

Letter case is kept (the matcher's rules read it).  :class:`OffsetMap` leads every character of
the canonical text back to the characters of the original it came from, so a span found in the
canonical text covers, in the original, everything that made up the name (the whole entity, the
invisible characters inside it).  Text that needs none of this (plain Latin-1 and common
punctuation) is returned as it is, with no map, at the cost of one scan.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from urllib.parse import unquote_to_bytes

__all__ = ["OffsetMap", "canonicalise"]

# what may need work: characters outside Latin-1 except common punctuation (dashes, quotes,
# bullets, ellipsis: U+2010-2027, U+2030-205E but the primes and the hyphen bullet, look-alikes of ' and -), an entity or escape, a soft hyphen at a line break
_NEEDS_RE = re.compile(
    r"[^\x00-\xff\u2010-\u2027\u2030\u2031\u2038-\u2042\u2044-\u205e]|&[#A-Za-z]|%[0-9A-Fa-f]{2}|\xad[ \t]*\r?\n"
)
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_UNIT_RE = re.compile(
    r"(?P<rlo>\u202e[^\u202c\n]{0,200}\u202c?)|"
    r"(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)"
    r"|(?P<pct>(?:%[0-9A-Fa-f]{2})+)"
    r"|(?P<shy>\xad[ \t]*\r?\n[ \t]*)"
    rf"|(?P<seq>[^\W\d_]?[{_COMBINING}]+)"
    r"|(?P<chr>[^\x00-\xff\u2010-\u2027\u2030\u2031\u2038-\u2042\u2044-\u205e])"
)
#: default ignorable code points that are not format characters (``Cf``)
_IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u3164\uffa0"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
)
_MAX_DECODE = 3  # "&amp;amp;oslash;": decoded at most this many times


class OffsetMap:
    """Where each character of a canonical text came from in the original.

    Pieces of the canonical text either follow the original character for character (a shift),
    or stand for a whole stretch of it (a decoded entity, a ligature, a composed letter): every
    character of such a piece maps to the whole stretch.
    """

    __slots__ = ("_c", "_fixed", "_o", "_oe")

    def __init__(self) -> None:
        self._c: list[int] = []  # canonical start of each piece
        self._o: list[int] = []  # original start
        self._oe: list[int] = []  # original end (fixed pieces), -1 for a shift
        self._fixed: list[bool] = []

    def _shift(self, c: int, o: int) -> None:
        if self._c and not self._fixed[-1] and self._o[-1] - self._c[-1] == o - c:
            return  # continues the previous shift
        if self._c and self._c[-1] == c:  # an empty piece before this one
            self._o[-1], self._oe[-1], self._fixed[-1] = o, -1, False
            return
        self._c.append(c)
        self._o.append(o)
        self._oe.append(-1)
        self._fixed.append(False)

    def _whole(self, c: int, o: int, oe: int) -> None:
        if self._c and self._c[-1] == c:
            self._o[-1], self._oe[-1], self._fixed[-1] = o, oe, True
            return
        self._c.append(c)
        self._o.append(o)
        self._oe.append(oe)
        self._fixed.append(True)

    def start(self, c: int) -> int:
        """Original offset where canonical character ``c`` begins."""
        i = bisect_right(self._c, c) - 1
        if self._fixed[i]:
            return self._o[i]
        return self._o[i] + (c - self._c[i])

    def end(self, c: int) -> int:
        """Original offset where canonical character ``c`` ends (exclusive)."""
        i = bisect_right(self._c, c) - 1
        if self._fixed[i]:
            return self._oe[i]
        return self._o[i] + (c - self._c[i]) + 1

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The original stretch of canonical ``[s, e)`` (``e > s``)."""
        return self.start(s), self.end(e - 1)


def _is_latin1(text: str) -> bool:
    """Is every character of ``text`` in Latin-1 (one C call: the encoder)?"""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def canonicalise(text: str) -> tuple[str, OffsetMap | _Chain | None]:
    """The canonical text (see module doc) and its map, or ``(text, None)`` if it is already.
    A caret between two letters, the separator of a name's parts in HL7 v2 and DICOM
    ("HOLM^METTE^L", "Brink^Kasper"), is read as a space: the same length, so the map (or none)
    holds for the text as given."""
    if "^" in text:
        text = _CARET_RE.sub(" ", text)
    if text.isascii() and "&" not in text and "%" not in text:
        return text, None
    if "&" not in text and "%" not in text and "\xad" not in text and _is_latin1(text):
        return text, None  # Danish text: _NEEDS_RE cannot match (and its search is slower)
    if _NEEDS_RE.search(text) is None:
        return text, None
    canon, first, again = _once(text)
    cmap: OffsetMap | _Chain | None = first
    rounds = 1
    while again and cmap is not None and rounds < _MAX_DECODE:
        # a decoded reference made another one ("&amp;oslash;" -> "&oslash;"): decode it too
        canon2, cmap2, again = _once(canon)
        if cmap2 is None:
            break
        canon, cmap = canon2, _Chain(cmap2, cmap)
        rounds += 1
    return canon, cmap


#: a caret between letters: "HOLM^METTE^L" (not "10^9/l")
_CARET_RE = re.compile(r"(?<=[^\W\d_])\^(?=[^\W\d_])")


class _Chain:
    """Two maps one after the other: canonical -> intermediate -> original."""

    __slots__ = ("inner", "outer")

    def __init__(self, inner: OffsetMap | _Chain, outer: OffsetMap | _Chain) -> None:
        self.inner, self.outer = inner, outer

    def start(self, c: int) -> int:
        return self.outer.start(self.inner.start(c))

    def end(self, c: int) -> int:
        return self.outer.end(self.inner.end(c) - 1)

    def span(self, s: int, e: int) -> tuple[int, int]:
        return self.start(s), self.end(e - 1)


def _once(text: str) -> tuple[str, OffsetMap | None, bool]:
    """One pass of :func:`canonicalise`; the flag says a decoded unit holds '&' or '%'."""
    out: list[str] = []
    cmap = OffsetMap()
    pos = 0  # original
    cpos = 0  # canonical
    changed = again = False
    for m in _UNIT_RE.finditer(text):
        s, e = m.span()
        kind = m.lastgroup
        unit = m.group()
        if kind == "rlo":  # right-to-left override: shown reversed ("\u202edraagræjK"), so
            # read both ways, as stored and as shown (both map to the whole stretch)
            inner = unit[1:].removesuffix("\u202c")
            both = f"{inner} {inner[::-1]}" if inner.strip() else inner
            repl = "".join(_canon_char(c) if c > "\xff" else c for c in both)
        elif kind == "chr":
            repl = _canon_char(unit)
            if repl == "I" and _l_or_i(unit) and _prev_char(text, s, pos, out).islower():
                # "HoӀm", "Fｉｉ\u200bӀ": an upper-case look-alike of l inside a lower-case word
                # (the letter before it as read: invisible characters skipped, folded)
                repl = "l"
        elif kind == "seq":
            repl = _canon_seq(unit)
        elif kind == "shy":
            repl = ""
        else:
            repl = _decode(unit)
            if repl != unit and ("&" in repl or "%" in repl):
                again = True
        if repl == unit:
            continue
        changed = True
        if s > pos:
            cmap._shift(cpos, pos)
            out.append(text[pos:s])
            cpos += s - pos
        if len(repl) == e - s:
            cmap._shift(cpos, s)
        elif repl:
            cmap._whole(cpos, s, e)
        out.append(repl)
        cpos += len(repl)
        pos = e
    if not changed:
        return text, None, False
    cmap._shift(cpos, pos)
    out.append(text[pos:])
    return "".join(out), cmap, again


def _prev_char(text: str, s: int, pos: int, out: list[str]) -> str:
    """The canonical character before ``text[s]`` during :func:`_once` ('' at the start)."""
    before = text[pos:s].rstrip("\xad")  # a soft hyphen inside a word is read past too
    if before:
        return before[-1]
    for piece in reversed(out):
        piece = piece.rstrip("\xad")
        if piece:
            return piece[-1]
    return ""


def _decode(unit: str) -> str:
    """An HTML character reference or a run of percent-escapes, decoded once, then
    canonicalised character by character."""
    if unit.startswith("&"):
        d = html.unescape(unit)
    else:
        raw = unquote_to_bytes(unit)
        try:
            d = raw.decode("utf-8")
        except UnicodeDecodeError:
            d = raw.decode("latin-1")
    if d == unit:
        return unit
    return "".join(_canon_char(c) if c > "\xff" else c for c in d)


def _canon_seq(seq: str) -> str:
    """A base letter (optional) with combining marks: composed, else the marks dropped."""
    composed = unicodedata.normalize("NFC", seq)
    out = []
    for c in composed:
        if unicodedata.combining(c):
            continue
        out.append(_canon_char(c) if c > "\xff" else c)
    return "".join(out)


@lru_cache(maxsize=8192)
def _canon_char(c: str) -> str:
    """One character outside Latin-1 (see module doc)."""
    cat = unicodedata.category(c)
    if cat == "Cf" or c in _IGNORABLE or 0xE0000 <= ord(c) <= 0xE0FFF:
        return ""
    if cat in ("Zl", "Zp"):
        return "\n"
    if cat == "Zs":
        return " "
    if cat[0] == "M":
        return ""  # a combining mark with nothing to combine with
    if not c.isalnum():
        # an apostrophe or hyphen look-alike ("Holmʼs" with a modifier letter apostrophe,
        # "Holm−Berg" with a minus sign, a Greek tonos): read as the ASCII one
        skeleton = _spoof().getSkeleton(0, c)  # type: ignore[attr-defined]
        if skeleton in ("'", "-"):
            return skeleton
    k = unicodedata.normalize("NFKC", c)
    if k != c:
        if len(k) == 1 and k <= "\xff":
            return k
        if any(x.isalnum() for x in k):
            return "".join(_canon_char(x) if x > "\xff" else x for x in k)
        return c  # "…" -> "..." and other punctuation: the fold makes it a space anyway
    if cat[0] == "L":
        found = _prototype(c)
        if found:
            return found
        skeleton = _spoof().getSkeleton(0, c)  # type: ignore[attr-defined]
        if skeleton == "'":
            return skeleton  # a modifier letter apostrophe "ʼ"
    return c


@lru_cache(maxsize=1)
def _spoof() -> object:
    import icu  # PyICU: ICU's implementation of Unicode TR39 (UTS #39)

    return icu.SpoofChecker()


@lru_cache(maxsize=1)
def _latin_skeletons() -> dict[str, tuple[str, ...]]:
    """TR39 skeleton -> the Latin-1 letters that have it ("l" -> ("I", "l"))."""
    checker = _spoof()
    table: dict[str, list[str]] = {}
    for i in range(0x20, 0x100):
        ch = chr(i)
        if ch.isalpha():
            table.setdefault(checker.getSkeleton(0, ch), []).append(ch)  # type: ignore[attr-defined]
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=256)
def _l_or_i(c: str) -> bool:
    """Is ``c`` confusable with both "I" and "l" (their TR39 skeletons are the same)?"""
    return _latin_skeletons().get(_spoof().getSkeleton(0, c)) == ("I", "l")  # type: ignore[attr-defined]


def _prototype(c: str) -> str:
    """The Latin-1 letter that ``c`` is confusable with, in ``c``'s case; '' if none."""
    skeleton = _spoof().getSkeleton(0, c)  # type: ignore[attr-defined]
    letters = _latin_skeletons().get(skeleton)
    if not letters:
        return ""
    upper = c.isupper()
    for x in letters:
        if x.isupper() == upper:
            return x
    return letters[0]
