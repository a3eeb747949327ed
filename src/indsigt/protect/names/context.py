"""What stands around a candidate: the regular expressions and helpers that read the
original text next to a hit (previous word, titles, sentence starts, capitals, addresses)."""

from __future__ import annotations

import re
from functools import lru_cache

from .fold import _fold_word
from .lexicon import (
    _ABBR_TITLES,
    _AT_WORK_WORDS,
    _COLON,
    _FUNCTION_WORDS,
    _MORE_PERSON_FINITE,
    _NAME_FOLLOWERS,
    _NON_FINAL_ABBREVIATIONS,
    _NOT_PARTICIPLES,
    _PARTICIPLES,
    _PERSON_ABBREVIATIONS,
    _SHIFT_WORDS,
    _STRONG,
    _TITLE_MODIFIERS,
    _USER_LABELS,
    _WEAK,
    _WITH_WORDS,
    CLINICAL_ABBREVIATIONS,
    ZIPF_AMBIGUOUS,
    zipf,
)

_APOSTROPHES = "'’´`ʼ‘‛"  # also the turned and reversed commas ("Holm‘s")
_SPACES = frozenset(" \t\r\n\xa0")
_WORD_PUNCT = frozenset(".:,-/&")
_NEAR = 16  # max. characters between two parts of one name ("Mette L. Holm")
_LOCAL_TOKEN_RE = re.compile(r"[^\W\d_]+")
_UNDERSCORE_TOKEN_RE = re.compile(r"(?<=_)[^\W\d_]+|[^\W\d_]+(?=_)")
# bounded: initials have a handful of letters, and an unbounded run made the matcher quadratic on
# text of many dotted initials in a row (each hit re-read the whole run; tests/test_fuzz_names.py)
_DOTTED_RE = re.compile(r"(?:[A-ZÆØÅ]\.[ \t]?){1,6}[A-ZÆØÅ]\.?")
_OPEN_QUOTES = " \t\xa0\"'«»“”„‘’([{"
_SENTENCE_END = ".!?"
_SENTENCE_BREAK = ":;•*·▪►"
# between two parts of one name: spaces, a hyphen, at most one line break, a comma ("Holm,
# Mette"), "." or "_" ("mette.holm"), and initials ("Mette L. Holm")
_TIGHT_GAP_RE = re.compile(
    r"(?:[ \t\xa0\u00ad\-\u2010\u2011]*(?:\r?\n[ \t\xa0]*)?(?:,[ \t\xa0]*(?:\r?\n[ \t\xa0]*)?)?"
    r"|[._])"
    r"(?:[A-ZÆØÅa-zæøå]\.[ \t\xa0]*(?:[A-ZÆØÅa-zæøå]\.[ \t\xa0]*)*)?"
)
#: initials with full stops before a name ("M. L. Holm", "M.L. Holm"), also the initials of a
#: hyphenated given name ("M.-L. Holm", "M-L. Holm" for Mette-Louise)
_INITIALS_BEFORE_RE = re.compile(
    r"(?:(?<=[\s(\"'/,;:])|^)((?:[A-ZÆØÅ](?:\.?[-\u2010\u2011][A-ZÆØÅ])?\.[ \t\xa0]?){1,3})\Z"
)
# initials written with full stops and spaces ("M. L. H.", "M.L. H.", "M. LH"): a bounded run (at
# most five dotted capitals and one group of up to four capitals), not after a letter or a full
# stop, not before a letter; the first character is a plain class so that the search skips ahead
_SPACED_DOTTED_RE = re.compile(
    r"[A-ZÆØÅ](?<![\w.][A-ZÆØÅ])\.[ \t\xa0]{0,2}(?:[A-ZÆØÅ]\.[ \t\xa0]{0,2}){0,4}"
    r"[A-ZÆØÅ]{1,4}\.?(?![^\W_])"
)
_DOTTED_TOKEN_RE = re.compile(r"([A-ZÆØÅ]+)(\.?)")
_LINE_REST_RE = re.compile(r"[ \t\xa0.,;:)]*(?:\r?\n|$)")
# what may stand between the two words of a non-hidden colleague's name ("Lars Holm",
# "Holm-Jensen", "Lars Holm's"): no line break, comma, slash ...; "." and "_" only in an address
_NEG_BAD_RE = re.compile(r"[^\w \t\xa0\-\u2010\u2011.'’\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_EMAIL_RE = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_EMAIL_CHARS = frozenset(".%+-_@")

_SIG_LINE_RE = re.compile(
    r"(?:\d{1,2}[.:/]\d{1,2}(?:[.:/]\d{2,4})?[ \t\xa0]+)?"  # a date or time before: "12.03 HS"
    r"[ \t\xa0\-–/(]*([^\W\d_](?:[.\-\u2010]?[^\W_]){1,5}\.?)[ \t\xa0.,;:)]*"
    r"(?:[ \t\xa0]\d{1,2}[.:/]\d{1,2}(?:[.:/]\d{2,4})?\.?)?\r?"  # or after: "HS 12.03.26"
)
#: initials as written in a signature: "MLH", "mlh2", "M.L.H", "m.l.h", "ML-H"
_SIG_TOKEN_RE = re.compile(r"[^\W\d_](?:[.\-\u2010]?[^\W_]){1,7}")
#: capitals before a name ("ML Holm"), also joined by a hyphen ("M-L Holm", "A-M Kjærgård": the
#: initials of a hyphenated given name): kept only when they are the person's initials
_CAPS_BEFORE_RE = re.compile(
    r"(?:(?<=[\s(\"'/,;:|>])|^)([A-ZÆØÅ](?:[-\u2010\u2011]?[A-ZÆØÅ]){0,2})[ \t\xa0]+\Z"
)
#: initials in parentheses after a name: "Mette Holm (MLH)"
_PAREN_SIG_RE = re.compile(r"[ \t\xa0]*\(([^\W\d_](?:[.\-\u2010]?[^\W_]){1,5}\.?)\)")
#: a capitalised word and an opening parenthesis before initials: "Bo (BJ)" (Bo's initials)
_CAP_WORD_PAREN_RE = re.compile(r"(?<![\w\-])[A-ZÆØÅ][^\W\d_]*[ \t\xa0]*\([ \t\xa0]*\Z")
#: capitals and a joining word before initials: "KOL og MH", "EKG+MH" (group 1: the capitals)
_CAPS_JOINED_BEFORE_RE = re.compile(
    r"(?<![\w\-])([A-ZÆØÅ]{2,6})(?:[ \t\xa0]*[+&,/][ \t\xa0]*|[ \t\xa0]+(?:og|eller)[ \t\xa0]+)\Z"
)
#: what joins two people's initials: "HS og MH", "HS+MH", "HS & MH", "HS, MH"
_JOINED_RE = re.compile(r"[ \t\xa0]*(?:[+&,]|og|eller)[ \t\xa0]*|[ \t\xa0]+(?:og|eller)[ \t\xa0]+")
#: the word after initials, past a comma or a parenthesis: a title? ("HS, spl.", "HS (spl.)")
_TITLE_AFTER_RE = re.compile(r"[ \t\xa0]*[,(]?[ \t\xa0]*([^\W\d_]+)")
#: what parts an e-mail address's local part: "m.holm", "mette_holm", "mholm-2"
_LOCAL_SPLIT_RE = re.compile(r"[._\-+%\d]+")
#: what may open a diary line before the writer's initials: a date, a time, a shift, a comma
_DIARY_LEAD_RE = re.compile(
    r"(?:^|\n)[ \t\xa0]*(?:(?:[Kk]l\.?[ \t\xa0]*)?\d{1,2}(?:[./:]\d{1,2}(?:[./]\d{2,4})?)?[ \t\xa0]+"
    r"|(?:[Nn]at|[Dd]ag|[Aa]ften|[Dd]agvagt|[Aa]ftenvagt|[Nn]attevagt)[ \t\xa0]+)?\Z"
    r"|[^\W\d_],[ \t\xa0]*\Z"  # "Bad, GL: ok."
    r"|[^\W\d_]{3}[.!?][ \t\xa0]+\Z"  # a sentence's end: "Overflyttes ikke. TS: pt. hentet"
)
#: ... and what comes after the initials there: "KS: ...", "KS - ...", "KS – ...", "KS; ..."
_DIARY_AFTER_RE = re.compile(r"[ \t\xa0]?:|;|[ \t\xa0]+[-–][ \t\xa0]")
#: an abbreviated given name right before a name: "Gr. Lind" (group 1: "Gr")
_GIVEN_ABBR_BEFORE_RE = re.compile(r"(?:(?<=[\s(\"'/,;:])|^)([A-ZÆØÅ][a-zæøå]{1,3})\.[ \t\xa0]?\Z")
#: one more initial after initials, joined by a hyphen: "P.L.-S.", "PL-S" (group 1: the letter)
_INITIAL_TAIL_RE = re.compile(r"\.?[\-\u2010]([A-ZÆØÅ])(?:\.|(?![^\W_]))")
#: a single initial after a title: "Ovl. S. ordinerede" (the title's own full stop first)
_TITLE_INITIAL_RE = re.compile(r"\.?[ \t\xa0]+([A-ZÆØÅ])\.(?![^\W_]|[\-\u2010])")
#: one or two more initials after a name: "Mette L.", "Holm, Mette L.", "Åse A. Ø.", "Per L.-S.",
#: and two joined by a hyphen with or without full stops: "Mette L-H", "Mette L.-H", "Mette L-H."
_TRAILING_INITIAL_RE = re.compile(
    r"[ \t\xa0]+(?:[A-ZÆØÅ]\.(?:[ \t\xa0]?[A-ZÆØÅ]\.|[\-\u2010][A-ZÆØÅ]\.?)?"
    r"|[A-ZÆØÅ][\-\u2010][A-ZÆØÅ]\.?)(?![^\W_]|[\-\u2010])"
)
#: given-name initials after a family name: "Holm, S.", "Kjærgaard B.", "Hald ML", a table's
#: "Nguyen T L" (kept only when they are the person's)
_INITIALS_AFTER_RE = re.compile(
    r"(?:,[ \t\xa0]*|[ \t\xa0]+)(?:([A-ZÆØÅ])\.(?:[ \t\xa0]?([A-ZÆØÅ])\.)?"
    r"|([A-ZÆØÅ](?:[ \t\xa0][A-ZÆØÅ]){1,2}|[A-ZÆØÅ]{1,3}))"
    r"(?![^\W_]|\.?[\-\u2010\u2011])"  # not "Storm P.-tegninger": a word goes on
)
#: words before a name that say what the person does here, not who they are: not folded into
#: the label ("besluttet af vagthavende læge Holm" -> "vagthavende Overlæge 1a2b3c4")
_ROLE_WORDS = frozenset(
    _fold_word(w)
    for w in (
        "vagthavende",
        "kontaktperson",
        "kontaktpersonen",
        "kontaktpersoner",
        "primær",
        "primære",
        "ansvarlig",
        "ansvarlige",
        "ansvarshavende",
        "tovholder",
        "koordinator",
        "visitator",
        "behandler",
    )
)
_ROLE_TOKEN_RE = re.compile(r"[^\W\d_]+[.:]?[ \t\xa0]*")  # "Kontaktperson: Mette": the colon stays
#: "e.l." (egen læge, the citizen's own doctor) says who the person is to the citizen, like a
#: role word: not folded into the label ("Kontakt til e.l. Per Vang" -> "... e.l. Læge 1a2b3c4");
#: a label without a title takes it back (``protect.policy``: it would say the profession)
OWN_DOCTOR_RE = re.compile(r"(?i:e\.[ \t\xa0]?l\.)[ \t\xa0]*")


def _without_role_words(text: str, s: int, name_start: int) -> int:
    """Where the title before a name starts once the role words in front of it are left out
    (``name_start`` when only role words stand there: "kontaktperson Gitte Ravn")."""
    while s < name_start:
        m = OWN_DOCTOR_RE.match(text, s, name_start)
        if m is not None:
            s = m.end()
            continue
        m = _ROLE_TOKEN_RE.match(text, s, name_start)
        if m is None or _fold_word(m.group().strip(" \t\xa0.")) not in _ROLE_WORDS:
            while s < name_start and text[s] in " \t\xa0\r\n":
                s += 1  # no label that begins with the line break ("Kontaktperson\nPer")
            return s
        s = m.end()
    return name_start


#: dotted initials as a word ("M.L.", "B.", and of a hyphenated given name "M-L.", "M.-L."):
#: after them a capital does not start a sentence
_DOTTED_WORD_RE = re.compile(r"(?:[A-ZÆØÅ](?:\.?[-\u2010\u2011][A-ZÆØÅ])?\.){1,4}")
#: a letter glued to a digit: "Holm2", "2Holm", "holm2@..." (the letters around are looked up)
_LETTER = "A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff"  # Latin-1 letters (the text is canonical)
_GLUED_RE = re.compile(f"[{_LETTER}][0-9]|[0-9][{_LETTER}]")
#: a word where a name is certain (letters, "'" or "-" inside; initials with full stops)
_CERTAIN_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[.'’\-][^\W\d_]+)*")
#: the word right before / after a name part ("Mete Holm"), four letters or more
_WORD_BEFORE_RE = re.compile(r"(?<![^\W_])([^\W\d_]{3,})[ \t\xa0\-]+\Z")
_WORD_AFTER_RE = re.compile(r"[ \t\xa0\-]+([^\W\d_]{3,})(?![^\W_])")
#: the rest of a hyphenated name after / before a name span ("Holm-Berg", "Dam-Holm")
_HYPHEN_AFTER_RE = re.compile(
    r"[\-\u2010\u2011](?:\r?\n[ \t\xa0]*)?[A-ZÆØÅ](?:[^\W\d_]+|\.)?(?![\w\-])"  # "Holm-\nBerg", "Sand-N."
)
_HYPHEN_BEFORE_RE = re.compile(
    r"(?<![\w\-])[A-ZÆØÅ](?:[^\W\d_]+|\.)?[\-\u2010\u2011]\Z"  # "Dam-Holm", "H.-Skov", "S-Nielsen"
)
#: a word broken by hand with a hyphen and a space ("Kjær- gaard"); the pieces are looked up joined
_HYPHEN_SPACE_RE = re.compile(r"(?<=[^\W\d_])[\-\u2010\u00ad][ \t]+(?=[a-zæøå])")
#: a capitalised word run together with the next one ("HolmTilset", "MetteHolm")
_CAMEL_RE = re.compile(
    r"(?<![^\W\d_])[A-ZÆØÅ][a-zæøå]{2,}(?=[A-ZÆØÅ][a-zæøå])|(?<=[a-zæøå])[A-ZÆØÅ][a-zæøå]{2,}(?![^\W\d_])"
)
_SENTENCE_GAP_RE = re.compile(r"[.!?;]")
_LINE_END_RE = re.compile(r"[ \t\xa0.,;:!)]*(?:\r?\n|$)")
#: a time of day after a signature's initials: "besvaret af my 07:45", "godkendt af sk 14.03"
_TIME_AFTER_SIG_RE = re.compile(r"[ \t\xa0]+\d{1,2}[.:]\d{2}(?![\d.:/])")


def _token_after_marker(text: str, ms: int, me: int, kind: int) -> tuple[int, int, str] | None:
    """The initials-like token right after a signature marker at [ms, me), if any."""
    n = len(text)
    j = me
    if j < n and text[j] == ".":
        j += 1
    while j < n and text[j] in " \t\xa0":
        j += 1
    if j < n and text[j] == ":":
        j += 1
    elif kind == _COLON:
        return None
    while j < n and text[j] in " \t\xa0":
        j += 1
    if kind != _WEAK and j < n and text[j] in "\r\n":  # "Mvh\nMLH"
        j += 2 if text[j : j + 2] == "\r\n" else 1
        while j < n and text[j] in " \t\xa0":
            j += 1
    if kind == _STRONG and text[j : j + 3].lower() == "af ":
        j += 3
    m = _SIG_TOKEN_RE.match(text, j)
    if m is None:
        return None
    k = m.end()
    if k < n and (text[k].isalnum() or text[k] in "-\u2010"):
        return None  # a longer word, "MR-scanning"
    tok = m.group()
    norm = _sig_norm(tok)
    if not (2 <= len(norm) <= 6):
        return None
    if "." in tok and k < n and text[k] == ".":
        k += 1  # "m.l.h."
    if kind == _WEAK or (kind == _COLON and _fold_word(text[ms:me]) not in _USER_LABELS):
        # ("Godkendt: RH", not "udført: bad"; after "Bruger:" a user name in any case)
        if not (norm.isalpha() and len(norm) <= 5 and tok.upper() == tok):
            return None
    elif (
        kind != _COLON  # "Bruger: sol": what follows a user-name label is a user name
        # nor after "kopi til": the word right after is the recipient ("Kopi til po")
        and not (kind == _STRONG and text[ms:me].lower().split()[-1] == "til")
        and tok.upper() != tok
        and zipf(norm) >= ZIPF_AMBIGUOUS
        and not (
            _LINE_END_RE.match(text, k)
            or text[k : k + 1] == "/"
            or _TIME_AFTER_SIG_RE.match(text, k)  # "besvaret af my 07:45"
        )
    ):
        # "Hilsen fra ...": a word is a signature only where it ends the line ("Mvh kol")
        # or stands before a secretary's initials ("kol/ssa")
        return None
    return j, k, f"efter '{' '.join(text[ms:me].split())}'"


def _line_start(text: str, s: int) -> bool:
    """Does only white space stand between the line start and ``s``?"""
    j = s
    while j > 0 and text[j - 1] in " \t\xa0":
        j -= 1
    return j == 0 or text[j - 1] in "\r\n"


@lru_cache(maxsize=65536)
def _sig_norm(token: str) -> str:
    """Initials as looked up: folded, without full stops and hyphens ("M.L-H." -> "mlh")."""
    return _fold_word(token.replace(".", "").replace("-", "").replace("\u2010", ""))


def _prev_word(text: str, s: int) -> tuple[str, int, bool]:
    """The word before offset ``s`` (with trailing ``.:,``), its start, whether a newline was crossed."""
    i = s
    limit = s - 12 if s > 12 else 0
    while i > limit and text[i - 1] in _SPACES:
        i -= 1
    newline = i < s and "\n" in text[i:s]
    j = i
    limit = i - 40 if i > 40 else 0
    while j > limit and (text[j - 1].isalnum() or text[j - 1] in _WORD_PUNCT):
        j -= 1
    return text[j:i], j, newline


def _ends_before(text: str, s: int, ends: dict[int, int]) -> tuple[int, int] | None:
    """A recorded word ending right before ``s`` (skipping white space and one . or :)."""
    if not ends:
        return None
    i = s
    limit = s - 12 if s > 12 else 0
    while i > limit and text[i - 1] in _SPACES:
        i -= 1
    start = ends.get(i)
    if start is not None:
        return start, i
    while i > 0 and text[i - 1] in ".:" and s - i < 14:
        i -= 1
        start = ends.get(i)
        if start is not None:
            return start, i
    return None


def _title_before(
    text: str, s: int, titles: frozenset[str], modifiers: bool = False
) -> tuple[int, str] | None:
    """Start offset and text of the title(s) right before ``s``, if any.

    A title written as a whole word followed by a full stop ("... egen læge. Holm") ends a
    sentence and is not taken; abbreviations ("spl.", "dr.", "cand.psych.") are.
    """
    start: int | None = s if modifiers else None
    pos = s
    for _ in range(5):
        word, j, _newline = _prev_word(text, pos)
        w = _fold_word(word.rstrip(".:,"))
        if not w:
            break
        if start is None and word.endswith(".") and w not in _ABBR_TITLES and "." not in word[:-1]:
            break
        if w in titles or (start is not None and w in _TITLE_MODIFIERS):
            start = pos = j
            continue
        if w == "med" and start is None:  # "dr. med. Holm"
            word2, j2, _ = _prev_word(text, j)
            if _fold_word(word2.rstrip(".")) == "dr":
                start = pos = j2
                continue
        if w == "og" and start is not None:  # "social- og sundhedsassistent Holm"
            word2, j2, _ = _prev_word(text, j)
            if _fold_word(word2) == "social":
                start = pos = j2
                continue
        break
    if start is None or start == s:
        return None
    return start, " ".join(text[start:s].split())


def _at_sentence_start(text: str, s: int) -> bool:
    i = s
    while i > 0 and text[i - 1] in _OPEN_QUOTES:
        i -= 1
    if i > 0 and text[i - 1] == "*":  # markdown emphasis, "efter **Mette**", or a bullet
        while i > 0 and (text[i - 1] == "*" or text[i - 1] in _OPEN_QUOTES):
            i -= 1
    if i == 0:
        return True
    c = text[i - 1]
    if c in "\n\r":
        return not _continues_line(text, i - 1)
    if c in _SENTENCE_BREAK:
        return True
    if c in _SENTENCE_END:
        if c == ".":
            word, _, _ = _prev_word(text, i)
            w = word.rstrip(".")
            if (len(w) == 1 and w.isupper()) or _DOTTED_WORD_RE.fullmatch(word) is not None:
                return False  # an initial: "M. Holm", "M.L. Hald"
            if w == "m":
                return False  # "m." is "med": "Aftalt m. Holm"
            if _fold_word(w) in _PERSON_ABBREVIATIONS:
                return False  # who did it: "(ord. Skov 10/3)", "Sep. Holm."
            if w.lower() in _NON_FINAL_ABBREVIATIONS:
                return False  # "tilkaldes evt. Storm", "f.eks. Lind"
            if w.lower() == "l" and OWN_DOCTOR_RE.fullmatch(text, max(0, i - 5), i):
                return False  # "e. l. Vang" (egen læge), not "2 l. Hans datter"
        return True  # also after "pt." and other abbreviations: the next word decides
    if c.isalnum():
        word, j, _ = _prev_word(text, i)
        if word[:1] == "/" and (j == 0 or text[j - 1] in _SPACES):
            return True  # a signature "/dam" closes what came before: "/dam Sten i nyren"
    if c in "-–":  # a bullet at the start of a line
        j = i - 1
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        return j == 0 or text[j - 1] == "\n"
    return False


def _continues_line(text: str, nl: int) -> bool:
    """Does the line break at ``nl`` break a sentence of running text ("Aftalt med Lars\\nHolm")?
    Yes when the line before has two words or more and ends with a lower-case letter (a heading
    such as "Journalnotat" or "Objektivt:" does not)."""
    j = nl
    if j > 0 and text[j - 1] == "\r":
        j -= 1
    end = j
    while j > 0 and end - j < 200 and text[j - 1] not in "\r\n":
        j -= 1
    line = text[j:end].rstrip()
    return bool(line) and line[-1].islower() and " " in line.strip()


def _caps_context(text: str, s: int, e: int) -> bool:
    """Is the CAPITALS token among other CAPITALS words (so capitals say nothing)?"""
    prev, _, newline = _prev_word(text, s)
    letters = [c for c in prev if c.isalpha()]
    if not newline and len(letters) > 1 and all(c.isupper() for c in letters):
        return True
    j = e
    n = len(text)
    while j < n and text[j] in " \t\xa0":
        j += 1
    k = j
    while k < n and text[k].isalpha():
        k += 1
    nxt = text[j:k]
    return len(nxt) > 1 and nxt.isupper()


def _is_verb(w: str) -> bool:
    """Is the folded word ``w`` a verb that follows a subject ("ringede", "har", "tilkaldt")?"""
    return (
        w in _NAME_FOLLOWERS
        or w in _MORE_PERSON_FINITE  # "Fryd konstaterer med fryd, at CTG er normalt"
        or w.endswith(("ede", "et", "es"))
        or w in _PARTICIPLES
        or (w.endswith("dt") and w not in _NOT_PARTICIPLES)
    )


def _verb_after(text: str, e: int) -> bool:
    """Is the word after offset ``e`` (past spaces) a verb that follows a subject ("M. H.
    ringede", "M. H. tilkaldt")?"""
    n = len(text)
    j = e
    while j < n and text[j] in " \t\xa0":
        j += 1
    k = j
    while k < n and text[k].isalpha():
        k += 1
    return k > j and text[j].islower() and _is_verb(_fold_word(text[j:k]))


#: a date, a time, a telephone number after a name: "Holm 12/3-26", "Skov 22:15", "Skov kl.
#: 22", "Skov d. 12/3", "Holm tlf. 29451234", "Østergaard 29 45 12 34"
_WHEN_AFTER_RE = re.compile(
    r"(?:(?:kl|d|tlf|tlf\.nr|mob)\.?:?[ \t\xa0]*)?"
    r"(?:\d{1,2}[./:\-]\d{1,2}(?:[./\-]\d{2,4})?(?!\d)|\d{2}(?:[ \t\xa0]?\d{2}){3}(?!\d))"
    r"|(?:kl|tlf)\.?[ \t\xa0]*\d+"
)
#: marks between a name and its verb: "Holm!! ringede", "Skov... ringede", "«Skov» ringede",
#: "Skov🙂 ringede", "**Holm** ringede"
_MARKS_AFTER_RE = re.compile(
    r"(?:[!?…*»«\"”“’‘'\]}]|\.\.+|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D])+[ \t\xa0]*"
)
#: a word (not a number) next: "fra psykiatrien", not "fra 1. januar"
_LETTER_NEXT_RE = re.compile(r"[ \t\xa0]+[^\W\d_]")
_OG_WITH_RE = re.compile(r"[ \t\xa0]+og[ \t\xa0]+([^\W\d_]+)")
_SAMMEN_MED_RE = re.compile(r"[ \t\xa0]+med\b")
#: where a person is at work, the word after "på" (:data:`lexicon._AT_WORK_WORDS`), a pattern
#: that ON_DUTY_RE and matcher._MOTION_RE are built from
ON_DUTY_WORDS = r"(?:hjemme)?(?:" + "|".join(_AT_WORK_WORDS) + r")(?![^\W_])"
#: after "på": where a person is at work ("Hjort på hjemmebesøg", "Sol på besøg med børnehaven",
#: "Bo på vagt i aften", "Holm på nattevagt"); not "Sten på 4 mm", "Storm på vej"
ON_DUTY_RE = re.compile(r"[ \t\xa0]+" + ON_DUTY_WORDS)


def _folded_word_ending_at(text: str, e: int) -> str:
    """The folded word that ends at ``e``."""
    k = e
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return _fold_word(text[k:e])


#: after "Skov-": " og", " eller" (a compound's first part, the rest after the next word)
_COMPOUND_ELLIPSIS_RE = re.compile(r"[ \t\xa0]+(?:og|eller|samt)[ \t\xa0]")


def _next_word_decides(text: str, e: int, caps: bool) -> str:
    """Sentence-initial / CAPITALS-context token: does the next word show a name?"""
    n = len(text)
    j = e
    while j < n and text[j] in " \t\xa0":
        j += 1
    if j >= n or text[j] in "\r\n":
        return "står alene på linjen"
    c = text[j]
    if c in "-–" and (
        (j == e and j + 1 < n and text[j + 1].islower())  # "Bo-tilbuddet", "Per-oral"
        or _COMPOUND_ELLIPSIS_RE.match(text, j + 1) is not None  # "Skov- og Naturstyrelsen"
    ):
        return ""  # the first part of a compound word
    if c in ",:;()/&+–-|":  # "|": a table cell ("Mette | Kontaktperson")
        return f"efterfulgt af '{c}'"
    if c in "._" and _after_colon(text, e):
        # "Sagsbehandler: Lind.", "Ansvar: Dam. Frist: 1/4.", "Underskrift: Lind ......"
        return "alene efter ':'"
    if (
        c == "."
        and (j + 1 >= n or text[j + 1] != ".")
        and _starts_line(text, e)
        and _LINE_REST_RE.match(text, j) is not None
    ):
        return "står alene på linjen"  # "Lind." alone on a line
    m = _WHEN_AFTER_RE.match(text, j)
    if m is not None:
        end = m.end()
        while (m := _WHEN_AFTER_RE.match(text, end + 1)) is not None and text[end] in " \t\xa0":
            end = m.end()  # "Per 12.03.2026 22:15"
        word = _folded_word_ending_at(text, e)
        if (
            word in _CALL_VERBS
            and _is_phone(text[j:end])
            and _LETTER_NEXT_RE.match(text, end) is not None
        ):
            return ""  # what to do, not who: "Ring 66 12 34 56 for en ny tid"
        if (
            word not in _FUNCTION_WORDS
            or _LINE_REST_RE.match(text, end) is not None
            or text[end : end + 1] == ":"  # a chat's writer: "Sol 16:45: hentet af far"
            or (_is_phone(text[j:end]) and _verb_after(text, end))  # "Per tlf. 2945.. ringede"
        ):  # ("Per 12.03 er dosis ..." is "as of"; "Per 12.03" on the last line signs)
            return "efterfulgt af dato, klokkeslæt eller telefonnummer"
    if not c.isalpha():
        m = _MARKS_AFTER_RE.match(text, j)
        if m is not None and m.end() > j and _verb_after(text, m.end()):
            return f"efterfulgt af '{text[j : m.end()].strip()}' og et udsagnsord"
        return ""
    k = j
    while k < n and text[k].isalpha():
        k += 1
    word = text[j:k]
    if (
        not caps
        and word[0].isupper()
        and (len(word) > 1 or text[k : k + 1] != ".")
        and not (
            word.isupper()
            and word in CLINICAL_ABBREVIATIONS
            and _folded_word_ending_at(text, e) in _FUNCTION_WORDS
        )
    ):
        # "Skov Jensen", "Jakobsen BS", not "Storm P." (a single initial says nothing), not
        # "Hans BT 140/90" ("his blood pressure")
        return "efterfulgt af ord med stort begyndelsesbogstav"
    w = _fold_word(word)
    if _is_verb(w):
        return f"sætningsstart efterfulgt af '{word}'"
    if w in ("og", "eller", "samt"):  # "Rask og Skov har ...", not "Skov og mark"
        j = k
        while j < n and text[j] in " \t\xa0":
            j += 1
        if j < n and text[j].isupper() and (caps is False or text[j : j + 2].istitle()):
            return f"sætningsstart efterfulgt af '{word}' og et navn"
        k = j
        while k < n and text[k].isalpha():
            k += 1
        if w == "og" and _fold_word(text[j:k]) in _WITH_WORDS:
            return f"sætningsstart efterfulgt af 'og {text[j:k]}'"  # "Holm og jeg aftalte"
        return ""
    if w in ("fra", "from") and _LETTER_NEXT_RE.match(text, k) is not None:
        return f"sætningsstart efterfulgt af '{word}'"  # "Holm fra afd. B", not "Per fra 1.1."
    if w == "på" and ON_DUTY_RE.match(text, k) is not None:
        return "sætningsstart efterfulgt af 'på' og hvor en medarbejder er"
    if w == "sammen" and _SAMMEN_MED_RE.match(text, k) is not None:
        return "sætningsstart efterfulgt af 'sammen med'"  # "Holm sammen med pt. i bad"
    if (
        w in _SHIFT_WORDS
        and _LINE_REST_RE.match(text, k)
        and (
            _folded_word_ending_at(text, e) not in _FUNCTION_WORDS
            or _starts_line(text, e)  # "Hans aften" alone on a line signs; "Hans aften var"
        )
    ):
        return f"sidst på linjen med vagten '{word}'"  # "Mette aften" signs the note
    return ""


def _with_after(text: str, e: int) -> bool:
    """Do "og" and someone who is with a person follow ("KS og moderen talte sammen")?"""
    m = _OG_WITH_RE.match(text, e)
    return m is not None and _fold_word(m.group(1)) in _WITH_WORDS


def _is_phone(s: str) -> bool:
    """Is ``s`` a telephone number ("tlf. 29451234", "29 45 12 34"), not a date
    ("01.01.2027")?"""
    return s.startswith("tlf") or (
        sum(c.isdigit() for c in s) == 8 and _A_DATE_RE.search(s) is None
    )


#: a date with its year: "01.01.2027", "1/1-2027"
_A_DATE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
#: an imperative before a telephone number: "Ring 66 12 34 56 for en ny tid"
_CALL_VERBS = frozenset(("ring", "kontakt", "sms", "skriv"))


def _after_colon(text: str, e: int) -> bool:
    """Does a colon (a field's label) stand before the word that ends at ``e``?"""
    return _char_before_word(text, e) == ":"


def _spelled_out_after(text: str, s: int, e: int) -> bool:
    """Do the words after the capitals at ``s:e`` spell them out ("PLS: primær lateral
    sklerose", "HS - hidradenitis suppurativa")? Then the capitals are an abbreviation."""
    letters = text[s:e].lower()
    words = _LOCAL_TOKEN_RE.findall(text, e, e + 80)[: len(letters)]
    return len(words) == len(letters) and all(
        w[0].lower() == c for w, c in zip(words, letters, strict=True)
    )


def _starts_line(text: str, e: int) -> bool:
    """Does the word that ends at ``e`` begin its line?"""
    return _char_before_word(text, e) in ("", "\n")


def _char_before_word(text: str, e: int) -> str:
    """The character before the word that ends at ``e`` and the spaces before it ("" at the
    start of the text)."""
    k = e
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    while k > 0 and text[k - 1] in " \t\xa0":
        k -= 1
    return text[k - 1] if k > 0 else ""


def _email_around(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The e-mail address containing [s, e), if there is one."""
    n = len(text)
    lo = s
    while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in _EMAIL_CHARS):
        lo -= 1
    hi = e
    while hi < n and (text[hi].isalnum() or text[hi] in _EMAIL_CHARS):
        hi += 1
    while hi > e and text[hi - 1] in ".-_":
        hi -= 1
    while lo < s and text[lo] in ".-_":
        lo += 1
    if "@" not in text[lo:hi] or _EMAIL_RE.fullmatch(text, lo, hi) is None:
        return None
    return lo, hi
