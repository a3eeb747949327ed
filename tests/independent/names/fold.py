"""Folding and tokenising for the independent scorer (not the product's canonicaliser).

``fold`` maps a token to the form a reader perceives: HTML entities and %-escapes decoded, NFKC,
every invisible or format character and variation selector removed, the Cyrillic and Greek
look-alikes and the dotless ı this corpus uses mapped to Latin, case folded.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import unquote

# The look-alikes used by the attack cases (a reader cannot tell them from Latin letters).
CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ӏ": "l",
        "һ": "h",
        "ԛ": "q",
        "ԝ": "w",
        "к": "k",
        "м": "m",
        "н": "h",
        "т": "t",
        "в": "b",
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "І": "I",
        "Ј": "J",
        "Ѕ": "S",
        # Greek
        "ο": "o",
        "α": "a",
        "ν": "v",
        "ρ": "p",
        "κ": "k",
        "ι": "i",
        "τ": "t",
        "υ": "u",
        "Α": "A",
        "Β": "B",
        "Ε": "E",
        "Ζ": "Z",
        "Η": "H",
        "Ι": "I",
        "Κ": "K",
        "Μ": "M",
        "Ν": "N",
        "Ο": "O",
        "Ρ": "P",
        "Τ": "T",
        "Υ": "Y",
        "Χ": "X",
        # Latin odds
        "ı": "i",
        "ȷ": "j",
        "ℓ": "l",
    }
)

_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)


def strip_invisible(s: str) -> str:
    s = _INVISIBLE_RE.sub("", s)
    return "".join(c for c in s if unicodedata.category(c) != "Cf")


def fold(s: str) -> str:
    s = html.unescape(html.unescape(s))
    if "%" in s:
        s = unquote(s)
    s = unicodedata.normalize("NFKC", s)
    s = strip_invisible(s)
    s = s.translate(CONFUSABLES)
    s = unicodedata.normalize("NFC", s.casefold())
    return s


# A token: a run of letters/digits (with invisible characters, combining marks, %-escapes and
# HTML entities inside it), or one other non-space character.
_INV = (
    "\u00ad\u034f\u061c\u115f\u1160\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)


def _compile() -> re.Pattern[str]:
    comb = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    word = rf"(?:[^\W_]|[{_INV}{comb}]|%[0-9A-Fa-f]{{2}}|&#?[0-9A-Za-z]{{1,8}};)"
    return re.compile(rf"{word}+|\S")


TOKEN_RE = _compile()


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded key) of every token of ``text``."""
    return [(m.start(), m.end(), fold(m.group())) for m in TOKEN_RE.finditer(text)]


def is_word(key: str) -> bool:
    return any(c.isalnum() for c in key)
