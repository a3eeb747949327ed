"""Warn when a source id gives a staff member away (``notat-hans.skov-1``).

Source ids (documents, log entries, relations) are shown to citizens as the sources give them,
since operators and citizens refer to records by them; the protection layer cannot rewrite them.
So the import warns (it does not refuse) when an id holds a staff member's name or user name, and
the operator can ask the source system for neutral ids.

An id is read as words: split at anything that is not a letter or a digit, at a change between
small and capital letters (``HansSkov``) and between letters and digits (``skov2``). It names a
staff member when

* two neighbouring words are parts of the names the person has had (``hans.skov``,
  ``lund-sorensen``, ``skov_hans``), or one word is two neighbouring parts written together
  (``hansskov``);
* one word is the person's user name without its domain (three letters or more, not a common
  word: ``mlh``, ``hsk``; "sol" is not), or the part before the @ of their e-mail address.

One name part alone ("skov", "holm", "mette", "vestergaard") is not enough: names are as common as
words in Danish text, so no frequency list tells a surname in an id from an ordinary word.

The checker is built once per import from every staff member's names (current and old) and user
names (:class:`SourceIdCheck`); calling it on an id costs a few dictionary look-ups. The import
service runs :func:`check_files` over the files it stored (one streaming pass that also collects the
ids of the notes and Practitioners for the learning of initials). An importer may instead call
the checker on each id as it stores it (``check(source_id)`` returns the :class:`Mention` s).
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import Staff
from .aliases import is_word
from .people import bare_username, load_identities

_FOLDS = (
    str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"}),
    str.maketrans({"æ": "a", "ø": "o", "å": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a"}),
)
#: a word: letters, split where a capital follows a small letter (HansSkov); digits and
#: everything else separate words
_WORD = re.compile(r"[A-ZÆØÅÉÜÖÄ]*[a-zæøåéüöä]+|[A-ZÆØÅÉÜÖÄ]+")
_NDJSON_ID = re.compile(rb'"id"\s*:\s*"((?:[^"\\]|\\.){1,200})"')


def words(source_id: str) -> list[str]:
    """The words of an id, lower case (see the module documentation)."""
    return [w.lower() for w in _WORD.findall(source_id)]


def _variants(word: str) -> set[str]:
    return {word, *(word.translate(f) for f in _FOLDS)}


def _name_words(name: str) -> list[str]:
    return [w for w in words(name) if len(w) >= 2]


@dataclass(frozen=True)
class Mention:
    source_id: str
    staff_id: str
    what: str  # "navn" | "brugernavn"


class SourceIdCheck:
    """Which staff members an id names (built once, from every staff member)."""

    def __init__(self, session: Session) -> None:
        self.parts: dict[str, set[str]] = {}  # a name part -> staff ids
        self.alone: dict[str, set[str]] = {}  # a word that names somebody on its own
        ids = list(session.scalars(select(Staff.id)))
        for sid, ident in load_identities(session, ids).items():
            for given, family in ident.names():
                parts = _name_words(given) + _name_words(family)
                for p in parts:
                    for v in _variants(p):
                        self.parts.setdefault(v, set()).add(sid)
                for a, b in itertools.pairwise(parts):  # written together
                    for joined in {a + b, b + a}:
                        for v in _variants(joined):
                            self.alone.setdefault(v, set()).add(sid)
            users = [bare_username(u) for u in ident.usernames]
            users += [e.split("@", 1)[0] for e in ident.emails]
            for user in users:
                for w in [user.lower(), *words(user)]:
                    if len(w) >= 3 and not is_word(w):
                        self.alone.setdefault(w, set()).add(sid)

    def __call__(self, source_id: str) -> list[Mention]:
        ws = words(source_id)
        found: dict[str, str] = {}
        for w in ws:
            for sid in self.alone.get(w, ()):
                found.setdefault(sid, "navn eller brugernavn")
        for a, b in itertools.pairwise(ws):
            if a != b:
                for sid in self.parts.get(a, set()) & self.parts.get(b, set()):
                    found.setdefault(sid, "navn")
        return [Mention(source_id, sid, what) for sid, what in sorted(found.items())]


@dataclass
class ImportedIds:
    """What the protection layer reads back from the files of an import."""

    #: ``FILE:LINE: advarsel: ...`` for the ids that name a staff member
    warnings: list[str] = field(default_factory=list)
    #: ids of the DocumentReference and Practitioner resources
    documents: set[str] = field(default_factory=set)
    practitioners: set[str] = field(default_factory=set)


def _csv_ids(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, [])
        if "regKode" not in header:
            return
        col = header.index("regKode")
        for n, row in enumerate(reader, 2):
            if len(row) > col and row[col]:
                yield n, row[col]


def _ndjson_ids(path: Path, out: ImportedIds) -> Iterator[tuple[int, str]]:
    with path.open("rb") as f:
        for n, line in enumerate(f, 1):
            for m in _NDJSON_ID.finditer(line):
                yield n, m.group(1).decode("utf-8", "replace")
            if b'"DocumentReference"' in line or b'"Practitioner"' in line:
                try:
                    obj = orjson.loads(line)
                except orjson.JSONDecodeError:
                    continue
                rid = obj.get("id") if isinstance(obj, dict) else None
                if isinstance(rid, str):
                    if obj.get("resourceType") == "DocumentReference":
                        out.documents.add(rid)
                    elif obj.get("resourceType") == "Practitioner":
                        out.practitioners.add(rid)


def check_files(
    session: Session, files: Iterable[tuple[str, Path]], *, limit: int = 1000
) -> ImportedIds:
    """Read the ids of the imported files (name shown, path) once, streaming: a warning for every
    id that names a staff member (at most ``limit``, then a count), and the ids of the notes and
    staff members the files held (for :func:`indsigt.protect.aliases.learn_initials`)."""
    from ..ingest.importer import _sniff_csv

    out = ImportedIds()
    check = SourceIdCheck(session)
    more = 0
    for name, path in files:
        ids = _csv_ids(path) if _sniff_csv(path) else _ndjson_ids(path, out)
        for line, source_id in ids:
            for m in check(source_id):
                if len(out.warnings) >= limit:
                    more += 1
                    continue
                out.warnings.append(
                    f"{name}:{line}: advarsel: id'et {source_id!r} indeholder en medarbejders "
                    f"{m.what} ({m.staff_id}). Id'er vises for borgerne som de er; bed "
                    "kildesystemet om neutrale id'er."
                )
    if more:
        out.warnings.append(f"… og {more} advarsler mere om id'er med medarbejdernavne")
    return out


__all__ = ["ImportedIds", "Mention", "SourceIdCheck", "check_files", "words"]
