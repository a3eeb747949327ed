"""Learned initials: the initials a person signs with that are not simply the first letters of
their name ("MLHO" for Mette Louise Holm, "HSK" for Hans Skov), learned after each import.

Where they are learned from
    * the person's own user names (``mlho``, ``RSYD\\mlho``): the part after the domain;
    * the sign-offs of the notes the person wrote (``Document.author_staff_id``): in the last
      lines of a note, capitals after a slash (``/MLHO``), before a secretary's initials
      (``Dikt. MLHO/ssa``, ``MLHO/ssa``), after ``Mvh``, ``Hilsen``, ``Sign.``, ``Dikt.``, ``v.``,
      or alone on a line.

When a candidate is learned
    When it reads as initials of a name the person has had: it splits into two or more pieces,
    each the beginning of one part of the name, in order, the first from a given name and the last
    from a family name (``mlho`` = **m**ette **l**ouise **ho**lm; æ, ø, å may be written ae/a,
    oe/o, aa/a). A sign-off in the person's own notes is learned on less: the roster often lacks
    a middle name, or the name the person signs with (``EJH`` for Ebbe Holm, ``JMB`` for Jytte
    Bruun), so there it is enough that the initials begin with the first letter of a given name
    and end with the first letters of a family name, with at most two letters between that the
    name does not explain; or that they begin with the first letter of a given name and stand in
    a sign-off place in :data:`SIGNOFF_NOTES` or more of the person's notes (whatever the rest).
    Initials that are just the first letters of the name (MLH, MH) are not stored: the matcher
    derives those itself. Never learned: a clinical abbreviation (:data:`CLINICAL_ABBREVIATIONS`:
    BT, CRP, EKG, KOL, ...) or a common word (Danish Zipf frequency >= 2.5 or English >= 3.5:
    "sol", "leo", "per"), and nothing shorter than two or longer than six letters. A secretary's
    initials after the slash are never the author's. Initials written in lower case count too
    after a slash alone on a line (``/hb``). A clinical abbreviation the person signs with in
    :data:`SIGNOFF_NOTES` or more of their own notes, beginning with the first letter of a given
    name, is learned all the same (``HB`` for Hanne Poulsen, who signs ``/hb``): the matcher hides
    such initials only where a signature stands.

Stored as ``staff_alias(staff_id, kind='initials', value, system)`` rows (``system`` says where
they were learned), which :mod:`indsigt.protect.people` gives the matcher as ``Person.initials``.
After every import the service runs :func:`learn_initials` on the import's Practitioners (their
user names and every note they wrote) and notes; a log-only import reads no notes. It only adds
rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from ..store import Document, Staff, StaffAlias
from .people import Identity, bare_username, load_identities

#: ``staff_alias.system`` of learned initials
FROM_USERNAME = "urn:indsigt:initials:username"
FROM_SIGNOFF = "urn:indsigt:initials:signoff"

#: clinical abbreviations that must never be taken for somebody's initials
CLINICAL_ABBREVIATIONS = frozenset(
    [
        "AB",
        "ABC",
        "ABG",
        "ADL",
        "AF",
        "AK",
        "AKS",
        "ALAT",
        "AMB",
        "AMI",
        "ANA",
        "ASAT",
        "AV",
        "BID",
        "BMI",
        "BP",
        "BS",
        "BT",
        "CK",
        "CPAP",
        "CPR",
        "CRP",
        "CT",
        "CVK",
        "DM",
        "DNR",
        "DR",
        "DVT",
        "ECV",
        "EEG",
        "EKG",
        "EMG",
        "EPO",
        "FAM",
        "GCS",
        "GFR",
        "GU",
        "HB",
        "HBA",
        "HLR",
        "HR",
        "ICD",
        "ICU",
        "ID",
        "IM",
        "INF",
        "INR",
        "IV",
        "IVA",
        "KAG",
        "KF",
        "KOL",
        "LAB",
        "LDH",
        "LP",
        "MR",
        "MRI",
        "NB",
        "NBV",
        "NN",
        "NSAID",
        "OBS",
        "OK",
        "OP",
        "PCI",
        "PEG",
        "PN",
        "PO",
        "PR",
        "PT",
        "PTS",
        "QID",
        "RR",
        "RTG",
        "SAT",
        "SC",
        "SKS",
        "SPO",
        "TID",
        "TP",
        "TSH",
        "TTT",
        "UL",
        "US",
        "UVI",
        "VAS",
        "VT",
    ]
)
ZIPF_DANISH = 2.5
ZIPF_ENGLISH = 3.5
MIN_LEN, MAX_LEN = 2, 6
#: a sign-off that the name does not explain is learned when it signs this many of the notes
SIGNOFF_NOTES = 2
#: letters a sign-off may have between the given-name and the family-name pieces (middle names
#: the roster does not know)
UNKNOWN_MIDDLE = 2
#: how much of the end of a note is read for sign-offs (its last lines)
TAIL = 120

_CAPS = "A-ZÆØÅ"
_LOWER = "a-zæøå"
_INI = rf"([{_CAPS}]{{{MIN_LEN},{MAX_LEN}}})"
_END = rf"(?![{_CAPS}{_LOWER}0-9])"
#: a run of capitals that may be initials; then its surroundings decide (a sign-off place)
_RUN = re.compile(rf"(?<![{_CAPS}{_LOWER}0-9]){_INI}{_END}")
#: initials in lower case after a slash, alone on a line: "/hb", "/mlho"
_LOWER_SIGNOFF = re.compile(rf"(?:^|\n)[ \t]*/[ \t]*([{_LOWER}]{{{MIN_LEN},4}})[ \t.]*(?=\r?\n|$)")
_SECRETARY = re.compile(rf"[ \t]*/[ \t]*[{_LOWER}{_CAPS}]{{2,4}}{_END}")  # MLHO/ssa
#: words after which capitals sign a note ("Mvh MLHO", "Dikt. MLHO")
_MARKER = re.compile(
    r"(?<![a-zæøå])(?:mvh\.?|hilsen|sign\.?:?|dikt\.?:?|dikteret af|v\.)$", re.IGNORECASE
)
_FOLDS = (
    str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}),
    str.maketrans({"æ": "a", "ø": "o", "å": "a"}),
)


def _parts(name: str) -> list[str]:
    return [p.casefold() for p in re.split(r"[\s\-‐‑.]+", name or "") if p[:1].isalpha()]


def _spellings(part: str) -> set[str]:
    return {part, *(part.translate(f) for f in _FOLDS)}


def _first_letters(names: Iterable[tuple[str, str]]) -> set[str]:
    out: set[str] = set()
    for given, family in names:
        g = [p[0] for p in _parts(given)]
        f = [p[0] for p in _parts(family)]
        if g and f:
            out |= {
                "".join(g + f),
                "".join(g) + f[-1],
                "".join(g) + f[0],
                g[0] + "".join(f),
                g[0] + f[0],
                g[0] + f[-1],
            }
    return out


def reads_as_initials(token: str, given: str, family: str) -> bool:
    """Whether ``token`` splits into pieces that begin the parts of the name, in order: two or
    more pieces, the first from a given name, the last from a family name."""
    t = token.casefold()
    g, f = _parts(given), _parts(family)
    parts = [(_spellings(p), i < len(g)) for i, p in enumerate(g + f)]
    if not g or not f:
        return False

    @cache
    def match(pos: int, start: int, pieces: int) -> bool:
        if pos == len(t):
            return pieces >= 2 and not parts[start - 1][1]  # the last piece: a family part
        for i in range(start, len(parts)):
            spellings, is_given = parts[i]
            if pieces == 0 and not is_given:
                return False  # the first piece: a given name
            for n in range(1, len(t) - pos + 1):
                piece = t[pos : pos + n]
                if not any(s.startswith(piece) for s in spellings):
                    break
                if match(pos + n, i + 1, pieces + 1):
                    return True
        return False

    return match(0, 0, 0)


def is_word(token: str) -> bool:
    """A clinical abbreviation or a common word: never somebody's initials."""
    from .names import zipf

    if token.upper() in CLINICAL_ABBREVIATIONS:
        return True
    if zipf(token) >= ZIPF_DANISH:
        return True
    from wordfreq import zipf_frequency

    return zipf_frequency(token.lower(), "en") >= ZIPF_ENGLISH


def reads_with_middle(token: str, given: str, family: str) -> bool:
    """Whether ``token`` begins with the first letter of a given name and ends with a piece that
    begins a family name part, with at most :data:`UNKNOWN_MIDDLE` letters between that the name
    does not explain (middle names the roster does not know: ``EJH`` for Ebbe Holm)."""
    t = token.casefold()
    g, f = _parts(given), _parts(family)
    if not g or not f or len(t) < 2:
        return False
    if not any(t[0] in {s[0] for s in _spellings(p)} for p in g):
        return False
    for cut in range(len(t) - 1, max(0, len(t) - 4), -1):  # the family piece: 1-3 letters
        piece = t[cut:]
        if cut - 1 > UNKNOWN_MIDDLE:
            continue
        if any(s.startswith(piece) for p in f for s in _spellings(p)):
            return True
    return False


def _name_initial(token: str, names: Iterable[tuple[str, str]]) -> bool:
    t = token[:1].casefold()
    return any(t in {s[0] for s in _spellings(p)} for g, _ in names for p in _parts(g))


def learnable(token: str, identity: Identity, signoffs: int = 0, slashed: int = 0) -> bool:
    """``token`` is initials of ``identity`` worth storing (see the module documentation);
    ``signoffs``: in how many of the person's own notes it stands in a sign-off place;
    ``slashed``: in how many of them after a slash ("/hb")."""
    if not MIN_LEN <= len(token) <= MAX_LEN or not token.isalpha():
        return False
    names = identity.names()
    t = token.casefold()
    if t in _first_letters(names):
        return False
    if is_word(token):
        # a clinical abbreviation the person signs with in their own notes ("/hb", HB also
        # haemoglobin) is theirs all the same: the matcher hides such initials only where a
        # signature stands, and leaving them would tell who is behind "Hanne (HB)"
        return (
            token.upper() in CLINICAL_ABBREVIATIONS
            and slashed >= SIGNOFF_NOTES
            and _name_initial(token, names)
        )
    if any(t in _spellings(p) for g, f in names for p in _parts(g) + _parts(f)):
        return False  # a name itself, not initials
    if any(reads_as_initials(token, g, f) for g, f in names):
        return True
    if not signoffs:
        return False
    if any(reads_with_middle(token, g, f) for g, f in names):
        return True
    return signoffs >= SIGNOFF_NOTES and _name_initial(token, names)


def _signoff_place(tail: str, start: int, end: int) -> bool:
    before = tail[max(0, start - 16) : start].rstrip(" \t")
    if before.endswith("/"):
        return True  # /MLHO
    nxt = tail[end : end + 1]
    if nxt in (" ", "\t", "/") and _SECRETARY.match(tail, end):
        return True  # MLHO/ssa
    if before[-1:] in ("h", "H", "n", ".", ":", "f") and _MARKER.search(before):
        return True  # Mvh MLHO, Dikt. MLHO
    line = before.rstrip("-– \t")
    if not line or line.endswith("\n"):
        rest = tail[end : end + 4].lstrip(" \t.")
        return not rest or rest.startswith("\n")  # alone on a line
    return False


def slashed_signoffs(text: str) -> list[str]:
    """Initials after a slash in the last lines of a note ("/HB", "/hb"), in capitals."""
    tail = text[-TAIL:]
    found = {
        m.group(1).upper(): None for m in _RUN.finditer(tail) if _slash_before(tail, m.start())
    }
    for m in _LOWER_SIGNOFF.finditer(tail):
        found.setdefault(m.group(1).upper(), None)
    return list(found)


def _slash_before(tail: str, start: int) -> bool:
    return tail[max(0, start - 16) : start].rstrip(" \t").endswith("/") and (
        start < 2 or not tail[:start].rstrip(" \t/")[-1:].isalnum()
    )


def signoff_candidates(text: str) -> list[str]:
    """Capitals in a sign-off place in the last lines of a note, and initials in lower case
    after a slash alone on a line ("/hb"), in order of appearance (the latter in capitals)."""
    tail = text[-TAIL:]
    found: dict[str, None] = {}
    for m in _RUN.finditer(tail):
        if _signoff_place(tail, *m.span()):
            found[m.group(1)] = None
    for m in _LOWER_SIGNOFF.finditer(tail):
        found.setdefault(m.group(1).upper(), None)
    return list(found)


def _tails(
    session: Session, documents: Iterable[str] | None, authors: Iterable[str] | None
) -> Iterator[tuple[str, str]]:
    """(author staff id, the last TAIL characters) of the notes with a staff author: every one,
    or those with the ids ``documents`` or written by ``authors``."""
    n = func.length(Document.text)
    start = case((n > TAIL, n - TAIL + 1), else_=1)
    q = select(Document.author_staff_id, func.substr(Document.text, start)).where(
        Document.author_staff_id.is_not(None)
    )
    if documents is None and authors is None:
        chunks = [q]
    else:
        chunks = [q.where(Document.id.in_(c)) for c in _chunks(documents or ())]
        chunks += [q.where(Document.author_staff_id.in_(c)) for c in _chunks(authors or ())]
    for chunk in chunks:
        for sid, tail in session.execute(chunk, execution_options={"yield_per": 5000}):
            if tail:
                yield sid, tail


def _chunks(ids: Iterable[str], size: int = 5000) -> list[list[str]]:
    ordered = sorted(set(ids))
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def learn_initials(
    session: Session,
    staff_ids: Iterable[str] | None = None,
    document_ids: Iterable[str] | None = None,
) -> int:
    """Learn initials from user names and note sign-offs and store the new ones as
    ``staff_alias`` rows (kind ``initials``). Returns how many were added.

    With neither argument every staff member and every note is read. After an import the
    service passes the Practitioners and notes of the import: their user names, the notes given
    and every note the given people wrote are read."""
    full = staff_ids is None and document_ids is None
    staff = set(session.scalars(select(Staff.id))) if full else set(staff_ids or ())
    tails = list(
        _tails(session, None if full else set(document_ids or ()), None if full else staff)
    )
    ids = staff | {sid for sid, _ in tails}
    if not ids:
        return 0
    identities = load_identities(session, ids)
    known = {(sid, value.casefold()) for sid, i in identities.items() for value in i.initials}
    new: dict[tuple[str, str], str] = {}
    seen: set[tuple[str, str, int]] = set()  # considered already (most notes repeat a sign-off)

    def consider(sid: str, token: str, system: str, signoffs: int = 0, slashed: int = 0) -> None:
        key = (sid, token.casefold())
        if (*key, signoffs, slashed) in seen:
            return
        seen.add((*key, signoffs, slashed))
        identity = identities.get(sid)
        if identity is None or key in known or key in new:
            return
        if learnable(token, identity, signoffs, slashed):
            new[key] = system

    for sid in staff:
        identity = identities.get(sid)
        for user in identity.usernames if identity else ():
            bare = bare_username(user)
            if bare.isalpha():
                consider(sid, bare, FROM_USERNAME)
    # how many of each person's notes a token signs (a note counts once)
    signs: Counter[tuple[str, str]] = Counter()
    spelled: dict[tuple[str, str], str] = {}
    slashes: Counter[tuple[str, str]] = Counter()  # ... after a slash ("/hb")
    for sid, tail in tails:
        for token in signoff_candidates(tail):
            key = (sid, token.casefold())
            signs[key] += 1
            spelled.setdefault(key, token)
        for token in slashed_signoffs(tail):
            slashes[(sid, token.casefold())] += 1
    for key, count in signs.items():
        consider(
            key[0],
            spelled[key],
            FROM_SIGNOFF,
            min(count, SIGNOFF_NOTES),
            min(slashes[key], SIGNOFF_NOTES),
        )
    if new:
        session.execute(
            insert(StaffAlias),
            [
                {"staff_id": sid, "kind": "initials", "value": token.upper(), "system": system}
                for (sid, token), system in sorted(new.items())
            ],
        )
    return len(new)


__all__ = [
    "CLINICAL_ABBREVIATIONS",
    "FROM_SIGNOFF",
    "FROM_USERNAME",
    "is_word",
    "learn_initials",
    "learnable",
    "reads_as_initials",
    "reads_with_middle",
    "signoff_candidates",
    "slashed_signoffs",
]
