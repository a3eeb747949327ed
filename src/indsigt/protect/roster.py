"""The people one coverage hides, as the name matcher sees them, and the matcher cache.

A :class:`Roster` is built once per set of hidden staff ids and roster token (see
:func:`roster_token`); the people themselves come from :mod:`indsigt.protect.people`. The view-time
policy (:mod:`indsigt.protect.policy`) asks :func:`roster_for` for the rosters of a view.

Per-process caches. Rosters are keyed by the database URL and a roster token that changes with
every import (and with the size of the roster tables), so an entry never outlives the roster it was
computed from. After an import the people are read again, but the matcher is only built again when
one of them changed, or the name of a colleague outside the order who shares a name part with them
(``names.matcher_for`` is keyed by content).

Across processes. Built matchers are kept in the store next to the key file
(:class:`~indsigt.protect.names.MatcherStore`, signed), by a digest of their people. A new process
would still have to read 20,000 people into objects to compute that digest, so the store also
keeps a note per roster: :func:`roster_source` (every row and column of the staff tables the
people are read from, in primary-key order, the names of the staff outside the roster, and the
protection code) -> the matcher's digest and the job titles. Only the rows are read and hashed;
when the note and its matcher are there, the roster is ready without reading the people. Any
change to a name, alias, learned initial, role or the code gives another source digest, and the
people are read and the matcher found (or built) by content as before. A note or matcher that
cannot be read or whose signature does not verify is removed and never used.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store import (
    ImportedFile,
    Organization,
    Staff,
    StaffAlias,
    StaffMembership,
    StaffName,
    StaffRole,
)
from .cache import LRU, few_collections
from .labels import db_url_of
from .people import load_people, other_staff_names

if TYPE_CHECKING:
    from .names import MatcherStore, NameMatcher, Person, Span

#: at most this many texts' spans are remembered per roster (then the memory starts afresh)
SPAN_CACHE_SIZE = 50_000
#: at most this many sets of names that stay are remembered per roster (see Roster.keep)
KEPT_NAMES_SIZE = 256

_roster_cache = LRU(64)
_span_cache = LRU(64)  # id(matcher) -> (matcher, {text: spans})


def roster_token(session: Session) -> tuple[Any, ...]:
    """Changes whenever organisations, staff, staff roles or staff aliases change (imports;
    the initials learned after an import; direct inserts)."""
    row = session.execute(
        select(
            select(func.max(ImportedFile.id)).scalar_subquery(),
            select(func.count()).select_from(Staff).scalar_subquery(),
            select(func.count()).select_from(StaffRole).scalar_subquery(),
            select(func.count()).select_from(Organization).scalar_subquery(),
            select(func.count()).select_from(StaffAlias).scalar_subquery(),
        )
    ).one()
    return (db_url_of(session), *row)


@dataclass(eq=False)
class Roster:
    """The people one order covers, as the name matcher sees them (cached per set of people).

    The matcher also knows the names of the staff outside the order who share a name part with
    them, so that "Lars Holm" stays when only Mette Holm is hidden (see ``protect/names/``,
    "Non-hidden colleagues").

    ``find`` remembers the spans of every text it has searched: the matcher is immutable, so the
    spans of a text never change for this roster. A citizen's notes are searched once, and later
    views (by the citizen, by a proxy, on another day) only replace.
    """

    titles: dict[str, str | None]
    matcher: NameMatcher
    spans: dict[str, list[Span]] = field(default_factory=dict)
    #: per (names that stay, the citizen's own names): the spans of a text that the names
    #: leave (``NameMatcher.keep(...).filter``, a function of them, the matcher and the text)
    kept: dict[Hashable, dict[str, list[Span]]] = field(default_factory=dict)

    @property
    def persons(self) -> tuple[Person, ...]:
        """The people (the matcher's; made from its rows when a stored matcher is asked)."""
        return self.matcher.persons

    def find(self, text: str) -> list[Span]:
        found = self.spans.get(text)
        if found is None:
            found = self.matcher.find(text)
            if len(self.spans) >= SPAN_CACHE_SIZE:
                self.spans.clear()
            self.spans[text] = found
        return found

    def keep(
        self,
        names: frozenset[tuple[str, str]],
        own: frozenset[tuple[str, str]],
        text: str,
        spans: list[Span],
    ) -> list[Span]:
        """``spans``, this roster's spans of ``text``, without those the names that must stay
        leave (remembered: a citizen's notes are filtered once for the same names, not at every
        view)."""
        memo = self.kept.get((names, own))
        if memo is None:
            if len(self.kept) >= KEPT_NAMES_SIZE:
                self.kept.clear()
            memo = self.kept[(names, own)] = {}
        found = memo.get(text)
        if found is None:
            found = self.matcher.keep(names, own).filter(text, spans) if spans else spans
            if len(memo) >= SPAN_CACHE_SIZE:
                memo.clear()
            memo[text] = found
        return found


def _load_roster(session: Session, ids: frozenset[str], token: Hashable) -> Roster:
    from .names import matcher_by_digest, matcher_for

    # the names of the staff outside this roster (not hidden by this order): a hidden person's
    # family name inside a colleague's full name ("Lars Holm" when Mette Holm is hidden) is
    # left; matcher_for keeps only those who share a name part with the roster
    others = other_staff_names(session, ids, token)
    store = matcher_store(session)
    matcher: NameMatcher | None = None
    titles: dict[str, str | None] | None = None
    source = None
    if store is not None:
        # a new process: the rows the people are read from, as they are in the database, name
        # the matcher built from them before (by this or another process), so the people are
        # not read into objects again (see roster_source)
        source = roster_source(session, ids, others)
        note = store.get_note(source)
        if isinstance(note, tuple) and len(note) == 2:
            matcher = matcher_by_digest(note[0], store)
            titles = note[1] if matcher is not None else None
    if matcher is None or not isinstance(titles, dict):
        persons, titles = load_people(session, ids)
        # matcher_for is keyed by the people's content (and the relevant others' names): after
        # an import that changed none of them, the matcher (and the spans it found) are the
        # same objects as before; a matcher built before (by this or another process) is loaded
        # from the store next to the key file
        matcher = matcher_for(persons, others, store=store)
        if store is not None and source is not None and matcher.digest is not None:
            store.put_note(source, (matcher.digest, titles))
    spans = _span_cache.get(id(matcher), lambda: (matcher, {}))
    if spans[0] is not matcher:  # an id reused by a newer object
        spans = (matcher, {})
        _span_cache.put(id(matcher), spans)
    return Roster(titles=titles, matcher=matcher, spans=spans[1])


#: the tables the people of a roster are read from (:func:`~indsigt.protect.people.load_people`)
#: with the column that names the staff member
_SOURCES = (
    (Staff, "id"),
    (StaffRole, "staff_id"),
    (StaffMembership, "staff_id"),
    (StaffName, "staff_id"),
    (StaffAlias, "staff_id"),
)


def roster_source(session: Session, ids: frozenset[str], others: Iterable[tuple[str, str]]) -> str:
    """A digest of everything a roster of ``ids`` is made from: every row, with every column, of
    the staff tables for these people (in primary-key order), the names of the staff outside
    it, and the protection layer's code (:func:`~indsigt.protect.names.store.code_version`).

    The same digest means the same people and the same matcher, so a stored note "this source
    gave matcher M" may stand in for reading the people again; any change of a name, an alias,
    a learned initial, a role or the code gives another digest (and the people are read)."""
    from .names.store import code_version
    from .people import _among, _chunks, driver_rows

    h = hashlib.sha256(b"indsigt roster source\0" + code_version())
    wanted = set(ids)
    chunks = _chunks(wanted)
    for model, column in _SOURCES:
        table = model.__table__
        at = list(table.c.keys()).index(column)
        for chunk in chunks:
            rows = driver_rows(
                session,
                select(table)
                .where(_among(col := table.c[column], chunk))
                .order_by(*table.primary_key.columns),
            )
            kept = rows if chunk is not None else [r for r in rows if r[at] in wanted]
            h.update(f"{table.name}\0{len(kept)}\0{col.name}\0".encode())
            h.update(_canonical(kept))
    h.update(_canonical(sorted(set(others))))
    return h.hexdigest()


def _canonical(rows: list[Any]) -> bytes:
    """Rows as bytes for the digest: equal rows give equal bytes and different rows different
    bytes. ``marshal`` format 2 (it writes no references between objects, so the bytes do not
    depend on which equal values are one object; four times faster than ``repr``), or ``repr``
    for a value ``marshal`` cannot write (a driver's ``datetime``)."""
    try:
        return b"m" + marshal.dumps(rows, 2)
    except ValueError:
        return b"r" + repr(rows).encode()


def matcher_store(session: Session) -> MatcherStore | None:
    """Built name matchers on disk, next to the pseudonym key file (``INDSIGT_MATCHER_STORE=0``
    turns it off), signed with a key derived from the current pseudonym key."""
    import os

    from .keys import key_path, keys_for
    from .names import MatcherStore

    if os.environ.get("INDSIGT_MATCHER_STORE", "1") == "0":
        return None
    url = db_url_of(session)
    current, keys = keys_for(url)
    return MatcherStore(key_path(url).parent / "matcher-cache", keys[current])


def roster_for(session: Session, ids: frozenset[str], token: Hashable = None) -> Roster:
    """The persons and the cached name matcher for a set of hidden staff ids."""
    token = token if token is not None else roster_token(session)

    def make() -> Roster:
        with few_collections():
            return _load_roster(session, ids, token)

    return _roster_cache.get((token, ids), make)


__all__ = ["SPAN_CACHE_SIZE", "Roster", "roster_for", "roster_source", "roster_token"]
