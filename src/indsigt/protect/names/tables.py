"""Tables pasted into a note: which cells name the staff, which are a column's label.

A note holds tables copied from other systems (a medication chart, a lab report, a rota): cells
split by ``|`` or tabs, the first row the columns' labels. Under a label that names who did it
or who works ("Udført af", "Sign.", "Initialer", "Radiolog", "Dag | Aften | Nat") every cell is
a member of staff, written as the system writes them: initials that are also an abbreviation
("| BT |", "| RH |"), a bare lower-case first name ("| bo |"), a user name. The matcher reads
those cells as names (:meth:`~indsigt.protect.names.matcher.NameMatcher.find`); and a label of
the first row is a label, even where it is also a hidden person's name ("Dag | Aften | Nat").

The same for a rota written as lines, a day, its hours and who works ("man 7-15 bo"), and for a
cell of a day and who works ("| man PT | tir PT |").
"""

from __future__ import annotations

import re

from .fold import fold
from .lexicon import _FIELD_LABELS, _SHIFT_WORDS, _words

#: labels of a column whose cells are staff (folded, without a final "." or ":"); a label that
#: ends in " af" ("Ordineret af", "Kontrolleret af") or is a shift is one too
STAFF_LABELS: frozenset[str] = frozenset(
    " ".join(fold(w).split())
    for w in [
        *_words("""sign signatur signeret initialer init medarbejder medarbejdere personale
        ansvarlig ansvarlige godkendt udført ordineret dispenseret kontrolleret givet besvaret
        dikteret skrevet læge læger sygeplejerske sygeplejersker spl ssa ssh behandler
        kontaktperson hjælper hjælpere radiolog radiograf operatør assistent anæstesi
        jordemoder terapeut fysioterapeut ergoterapeut bioanalytiker farmaceut makker vagt
        vikar bruger user staff nurse doctor by"""),
        "udført af",
        "godkendt af",
        "kontrolleret af",
    ]
)
#: what a label of the first row may be besides a staff column's label: "Tid", "Dato", "Uge"
_LABEL_WORDS: frozenset[str] = (
    STAFF_LABELS
    | _SHIFT_WORDS
    | _FIELD_LABELS
    | frozenset(
        fold(w)
        for w in _words("""tid tidspunkt kl klokken dato uge måned navn opgave hændelse prøve
        måling værdi enhed ref referenceinterval undersøgelse id nr funktion rolle afsnit
        afdeling stue bemærkning hvad hvem hvor hvornår præparat dosis styrke form""")
    )
)
#: labels that are nothing but a label in a first row of labels (a hit there is dropped)
_HEADER_WORDS: frozenset[str] = ((STAFF_LABELS | _LABEL_WORDS) - _FIELD_LABELS) | _SHIFT_WORDS
#: the days of the week as a rota writes them (a column's label, a line's or a cell's first word)
_DAYS: frozenset[str] = frozenset(
    _words("""man mandag tir tirs tirsdag ons onsdag tor tors torsdag fre fredag lør lørdag søn
    søndag""")
)
#: ... as a pattern (the longest first), for this module and the matcher's rota rules
WEEKDAYS = "(?:" + "|".join(sorted(_DAYS, key=lambda w: (-len(w), w))) + ")"
#: a rota's line: a day, the hours and who works ("man 7-15 bo", "tor 15-23 bo")
_ROTA_LINE_RE = re.compile(
    r"(?im)^[ \t]*" + WEEKDAYS + r"\.?[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*[-–][ \t]*"
    r"\d{1,2}(?:[.:]\d{2})?[ \t]+([^\W\d_][\w.'-]*)[ \t]*$"
)
#: a cell of a day and who works: "man PT", "tir bo"
_DAY_CELL_RE = re.compile(r"(?i)" + WEEKDAYS + r"\.?[ \t]+([^\W\d_][\w.'-]{0,11})[ \t]*$")
#: a shift and who works it, on a line of shifts: "vagt D ben / A ben / N vikar", "Vagtplan
#: K2: D TLN / A Minh Nguyen"
_SHIFT_SLOT_RE = re.compile(
    r"(?:(?<=[\s/:,|])|^)(?:D|A|N|DV|AV|NV|dag|aften|nat)[:.]?[ \t\xa0]+([^\W\d_][\w.'-]{0,20})"
    r"(?=[ \t\xa0]*(?:[/,|]|$))"
)
_RULE_LINE_RE = re.compile(r"[ \t|:+\-–=]*")


def _label(cell: str) -> str:
    return " ".join(fold(cell).strip(" .:").split())


def _staff_label(label: str) -> bool:
    return label in STAFF_LABELS or label.endswith(" af") or label in _SHIFT_WORDS


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The cells of the line ``text[start:end]`` split by ``sep``, each stripped of spaces: an
    empty cell is kept (columns count), the empty ends of "| a | b |" are not."""
    out: list[tuple[int, int]] = []
    pos = start
    while True:
        nxt = text.find(sep, pos, end)
        stop = end if nxt < 0 else nxt
        s, e = pos, stop
        while s < e and text[s] in " \t\xa0\r":
            s += 1
        while e > s and text[e - 1] in " \t\xa0\r":
            e -= 1
        out.append((s, e))
        if nxt < 0:
            break
        pos = nxt + 1
    if sep == "|":
        if out and out[0][0] == out[0][1]:
            out.pop(0)
        if out and out[-1][0] == out[-1][1]:
            out.pop()
    return out


class Tables:
    """What :func:`read` finds in a text's tables."""

    __slots__ = ("headers", "labels", "staff")

    def __init__(self) -> None:
        #: cells of staff columns and rota lines: (start, end, the label as written)
        self.staff: list[tuple[int, int, str]] = []
        #: cells that are a label: a first row's labels, a shift first in a row ("Dag | ...")
        self.labels: list[tuple[int, int]] = []
        #: the first rows of tables that have more rows, with the row after (their cells), for
        #: the matcher to tell a row of labels ("Post | Beløb | Bevilget") from a row of names
        self.headers: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]] = []


def read(text: str) -> Tables:
    """The staff cells, labels and first rows of ``text``'s tables and rota lines."""
    out = Tables()
    if "|" in text or "\t" in text:
        header: list[tuple[int, int]] | None = None
        rows = 0
        staff_cols: dict[int, str] = {}
        block_sep = ""
        pos = 0
        n = len(text)
        while True:
            nl = text.find("\n", pos)
            end = n if nl < 0 else nl
            sep = "|" if text.find("|", pos, end) >= 0 else ""
            if not sep and text.find("\t", pos, end) >= 0:
                sep = "\t"
            cells = _cells(text, pos, end, sep) if sep else []
            if len(cells) < 2:
                header, staff_cols = None, {}
            elif header is None or sep != block_sep:
                header, block_sep, rows = cells, sep, 0
                staff_cols = _columns(text, cells, out.labels)
            elif _RULE_LINE_RE.fullmatch(text, pos, end) is None:
                rows += 1
                if rows == 1:
                    out.headers.append((header, cells))
                for i, (s, e) in enumerate(cells):
                    if s < e and i in staff_cols:
                        out.staff.append((s, e, staff_cols[i]))
                s, e = cells[0]
                if staff_cols and 0 not in staff_cols and _label(text[s:e]) in _SHIFT_WORDS:
                    # a rota's row under its days: "Dag | Liv | Liv" (not a column of names
                    # where a person may be called Dag)
                    out.labels.append((s, e))
            for i, (s, e) in enumerate(cells):
                m = _DAY_CELL_RE.fullmatch(text, s, e)
                if m is not None:  # "| man PT |"
                    out.staff.append((m.start(1), m.end(1), text[s : m.start(1)].strip()))
                elif len(cells) == 2 and i == 0 and _staff_label(_label(text[s:e])):
                    # a row of a label and its value: "| Ordineret: | PS |"
                    ns, ne = cells[i + 1]
                    value = _label(text[ns:ne])
                    if ns < ne and value not in _HEADER_WORDS and not _staff_label(value):
                        out.staff.append((ns, ne, text[s:e]))
            if nl < 0:
                break
            pos = nl + 1
    if "-" in text or "–" in text:
        for m in _ROTA_LINE_RE.finditer(text):
            out.staff.append((m.start(1), m.end(1), "vagtplan"))
    for start, end in _lines_with(text, ("vagt", "Vagt")):
        slots = list(_SHIFT_SLOT_RE.finditer(text, start, end))
        if len(slots) >= 2:  # "vagt D ben / A ben / N vikar"
            out.staff.extend((m.start(1), m.end(1), m.group(0).split()[0]) for m in slots)
    return out


def _lines_with(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``text`` that holds one of ``words``, in order."""
    found: set[tuple[int, int]] = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            found.add((start, len(text) if end < 0 else end))
            i = text.find(word, i + 1)
    return sorted(found)


def _columns(
    text: str, cells: list[tuple[int, int]], labels: list[tuple[int, int]]
) -> dict[int, str]:
    """The staff columns of a first row (index -> label as written): under who did it, a shift
    or a day of a rota. A row of labels has at least two cells that are labels; those that only
    a label is (a shift, "Tid", "Navn"; not "Bo", "Sol": a field of a form, and a name) go to
    ``labels``."""
    folded = [_label(text[s:e]) for s, e in cells]
    if sum(1 for f in folded if f in _LABEL_WORDS or _staff_label(f) or f in _DAYS) < 2:
        return {}
    labels.extend(cells[i] for i, f in enumerate(folded) if f in _HEADER_WORDS)
    return {
        i: text[cells[i][0] : cells[i][1]]
        for i, f in enumerate(folded)
        if _staff_label(f) or f in _DAYS
    }
