"""Hypothesis strategies for the forms of a hidden person's name and the character tricks.

``mention()`` draws (person, form, trick, carrier) and renders a sentence with the mention marked
up as in :mod:`attacks` (``[[pid:neutral|name]]``); ``keep()`` draws a sentence with words that
must stay (visible colleagues, relatives, the citizen, clinical abbreviations, ordinary words).
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from .attacks import BY_KEY, HIDDEN, P

PEOPLE = [
    p for p in HIDDEN if p.key in ("blk", "soho", "avj", "tast", "kibo", "leo", "sol", "josk")
]

CYR = str.maketrans(
    {
        "a": "а",
        "e": "е",
        "o": "о",
        "p": "р",
        "c": "с",
        "y": "у",
        "x": "х",
        "i": "і",
        "H": "Н",
        "K": "К",
        "S": "Ѕ",
        "B": "В",
        "T": "Т",
        "A": "А",
        "M": "М",
    }
)
GRK = str.maketrans(
    {"o": "ο", "a": "α", "v": "ν", "i": "ι", "H": "Η", "K": "Κ", "T": "Τ", "B": "Β"}
)


def _mid(word: str, ch: str) -> str:
    cut = max(1, len(word) // 2)
    return word[:cut] + ch + word[cut:]


TRICKS = {
    "none": lambda w: w,
    "zwsp": lambda w: _mid(w, "\u200b"),
    "zwj": lambda w: _mid(w, "\u200d"),
    "wj": lambda w: _mid(w, "\u2060"),
    "bom": lambda w: _mid(w, "\ufeff"),
    "shy": lambda w: _mid(w, "\u00ad"),
    "lrm": lambda w: _mid(w, "\u200e"),
    "isolate": lambda w: "\u2068" + w + "\u2069",
    "vs16": lambda w: _mid(w, "\ufe0f"),
    "tag": lambda w: _mid(w, "\U000e0041"),
    "nfd": lambda w: unicodedata.normalize("NFD", w),
    "fullwidth": lambda w: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w),
    "cyrillic": lambda w: w.translate(CYR),
    "greek": lambda w: w.translate(GRK),
    "dotless": lambda w: w.replace("i", "ı"),
    "entity": lambda w: "".join(f"&#{ord(c)};" if c in "æøåÆØÅo" else c for c in w),
    "percent": lambda w: "".join(
        "%" + "%".join(f"{b:02X}" for b in c.encode()) if not c.isascii() or c == "o" else c
        for c in w
    ),
    "digit": lambda w: w + "2",
    "caps": lambda w: w.upper(),
    "lower": lambda w: w.lower(),
}

CARRIERS = [
    "Tilset af {}.",
    "Talt med {} i dag.",
    "/{}",
    "Referent: {}",
    "Deltagere: {}, pt. og hustru.",
    "Mvh {}",
    "Plan konfereret med {}.",
    "{} har ordineret AB IV.",
    "Ifølge {} er BT 130/85.",
    "Aftalt med {} at CRP gentages.",
]
TITLES = {
    "Sygeplejerske": ("spl. ", "sygeplejerske "),
    "Overlæge": ("ovl. ", "overlæge "),
    "Fysioterapeut": ("fys. ", ""),
    "Social- og sundhedsassistent": ("SSA ", ""),
    "Læge": ("læge ", ""),
    "": ("", ""),
}


def _forms(p: P) -> list[str]:
    fam = p.family
    first = p.given.split()[0]
    out = [f"{first} {fam}", fam, f"{p.given} {fam}", fam + ("'" if fam.endswith("s") else "s")]
    if len(first) >= 3:
        out.append(first)
    out += [f"{g} {f}" for _, g, f in p.other_names]
    return out


@st.composite
def mention(draw: st.DrawFn) -> str:
    """A sentence with one marked-up mention of a hidden person, written some way."""
    p = draw(st.sampled_from(PEOPLE))
    name = draw(st.sampled_from(_forms(p)))
    trick = draw(st.sampled_from(sorted(TRICKS)))
    words = name.split(" ")
    which = draw(st.integers(0, len(words) - 1))
    words[which] = TRICKS[trick](words[which])
    glue = draw(st.sampled_from([" ", " ", "\n", ""])) if len(words) > 1 else " "
    shown = glue.join(words)
    titled = draw(st.booleans())
    neutral = draw(st.sampled_from(TITLES.get(p.title, ("",)))) if titled else ""
    carrier = draw(st.sampled_from(CARRIERS))
    return carrier.format(f"[[{p.key}:{neutral}|{shown}]]" if neutral else f"[[{p.key}:{shown}]]")


@st.composite
def identifier(draw: st.DrawFn) -> str:
    """A user name, e-mail address or initials of a hidden person, in a sign-off or a mark."""
    p = draw(st.sampled_from([p for p in HIDDEN if p.users or p.emails]))
    choices = [u for u in p.users] + [u.split("\\")[-1] for u in p.users] + list(p.emails)
    x = draw(st.sampled_from(choices))
    x = draw(st.sampled_from([x, x.upper(), x.lower()]))
    carrier = draw(
        st.sampled_from(["Ændret af {}.", "Dikt. {}/ssa", "/{}", "Bruger: {}", "Kopi til {}"])
    )
    return carrier.format(f"[[{p.key}:{x}]]")


KEEP_SENTENCES = [
    "Visiteret af {{colleague:Lars Holm}} og {{colleague:Anne Kjærgaard}}.",
    "Konfereret med ovl. {{colleague:Søren Storm}}.",
    "Pt.s hustru {{relative:Birgitte Kjærgaard}} er orienteret.",
    "Sønnen {{relative:Søren}} kommer i morgen.",
    "{{citizen:Hans Skov}} ønsker at tage hjem.",
    "{{other_patient:Maryam Nowak}} deler stue med pt.",
    "{{abbrev:BT}} 132/80, {{abbrev:CRP}} 12, {{abbrev:EKG}} normalt.",
    "Kendt med {{abbrev:KOL}}; {{abbrev:CT}} thorax i morgen.",
    "AB {{abbrev:IV}} skiftes til {{abbrev:PO}}. {{abbrev:HB}} 8,1. {{abbrev:OK}}.",
    "{{word:Sten}} i nyren, skal {{word:tage}} smertestillende og {{word:bo}} hjemme.",
    "Ude i {{word:sol}} og vind, 1 g {{word:per}} os.",
]


def keep() -> st.SearchStrategy[str]:
    return st.sampled_from(KEEP_SENTENCES)


def note() -> st.SearchStrategy[str]:
    """A note of several sentences: mentions, identifiers and words that must stay."""
    sentence = st.one_of(mention(), mention(), identifier(), keep())
    return st.lists(sentence, min_size=3, max_size=8).map(" ".join)


__all__ = ["BY_KEY", "identifier", "keep", "mention", "note"]
