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

The checker is built from every staff member's names (current and old) and user names
(:class:`SourceIdCheck`, cached while the roster stays the same); calling it on an id costs a few
dictionary look-ups. The importer calls :func:`names_in_source_ids` with the ids of each file's
records (its hook ``_source_id_check``) and reports ``FILE:LINE: advarsel: ...``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from ..store import Staff, StaffAlias, StaffName
from .aliases import is_word
from .cache import LRU
from .people import bare_username, load_identities

_FOLDS = (
    str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"}),
    str.maketrans({"æ": "a", "ø": "o", "å": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a"}),
)
#: a word: letters, split where a capital follows a small letter (HansSkov); digits and
#: everything else separate words
_WORD = re.compile(r"[A-ZÆØÅÉÜÖÄ]*[a-zæøåéüöä]+|[A-ZÆØÅÉÜÖÄ]+")


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


_checks = LRU(2)  # (database, roster size) -> SourceIdCheck


def _message(m: Mention) -> str:
    return (
        f"id'et {m.source_id!r} indeholder en medarbejders {m.what} ({m.staff_id}); "
        "id'er vises for borgerne, som de er - bed kildesystemet om neutrale id'er"
    )


def names_in_source_ids(conn: Connection, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The importer's hook (``ingest.importer._source_id_check``): ``(line, message)`` for every
    ``(line, source id)`` of a file that names a staff member. Runs in the file's transaction,
    after its roster is written, so the file's own staff count."""
    with Session(bind=conn) as session:
        size = session.execute(
            select(
                select(func.count()).select_from(Staff).scalar_subquery(),
                select(func.count()).select_from(StaffName).scalar_subquery(),
                select(func.count()).select_from(StaffAlias).scalar_subquery(),
            )
        ).one()
        key = (str(conn.engine.url), *size)
        check = _checks.get(key, lambda: SourceIdCheck(session))
    return [(line, _message(m)) for line, source_id in items for m in check(source_id)]


__all__ = ["Mention", "SourceIdCheck", "names_in_source_ids", "words"]
