"""Notes searched once: the matcher's findings in a citizen's notes, kept across processes.

Searching a note for 20,000 hidden people costs some 0.2 ms of Python per note; a journal of
1,000 notes viewed for the first time (by this process) paid it all. The search's result, the
spans :meth:`~indsigt.protect.names.NameMatcher.find` returns, depends on nothing but the
matcher and the text, so it is kept (:class:`~indsigt.protect.names.store.FindingsStore`, next
to the built matchers) under a key that covers everything the search reads:

* the matcher's content digest (its people with every name, alias, initial, user name and
  e-mail; the names of the colleagues outside the order who share a name part with them; the
  matcher's format; the protection layer's code, :func:`~.names.store.code_version`),
* the format of the stored spans, the Python, Unicode, ``wordfreq`` and ``pyahocorasick``
  versions (:func:`~.names.store.findings_version`),
* the citizen, and the SHA-256 of the note's text.

Nothing that differs between two views of the same notes is stored: who is hidden for this
viewer, the names that stay (the citizen, relatives, the household), and who worked where and
when (``names.present``) are applied to the stored spans at every view exactly as to spans
just found, so a stored finding can never stand for another viewer's protection.

Fail closed: a file that is missing, damaged, not signed with this installation's key, made by
other code or for another matcher, or whose spans do not fit the text (an offset outside it, a
span whose text differs) is "nothing stored": the note is searched again. Storing is best
effort: a failure costs a search at the next view, never a name.

:func:`precompute_findings` searches the notes before anyone looks (after an import that
brought notes, staff or organisations, and after an order is added); a view that finds nothing
stored searches and stores what it found.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .cache import LRU

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from .names import Span
    from .names.store import FindingsStore
    from .roster import Roster

__all__ = ["Findings", "PrecomputeReport", "findings_store", "precompute_findings"]


#: per (store, findings key, citizen): the text keys this process has read from or written to the store,
#: so that a view whose spans are all remembered does not read the file (emptied by clear_caches)
_known = LRU(4096)


def findings_store(session: Session) -> FindingsStore | None:
    """The findings next to the built matchers (off with them: ``INDSIGT_MATCHER_STORE=0``,
    or alone: ``INDSIGT_FINDINGS_STORE=0``)."""
    import os

    from .keys import key_path, keys_for
    from .labels import db_url_of
    from .names.store import FindingsStore

    if (
        os.environ.get("INDSIGT_MATCHER_STORE", "1") == "0"
        or os.environ.get("INDSIGT_FINDINGS_STORE", "1") == "0"
    ):
        return None
    url = db_url_of(session)
    current, keys = keys_for(url)
    return FindingsStore(key_path(url).parent / "matcher-findings", keys[current])


class Findings:
    """A roster's search of one citizen's notes: the spans remembered in memory
    (:attr:`Roster.spans`), else stored (read once, on the first note), else searched now and
    stored by :meth:`save`."""

    def __init__(self, roster: Roster, subject: str, store: FindingsStore | None) -> None:
        from .names import store as names_store
        from .names.store import findings_version

        self.roster = roster
        self.subject = subject
        digest = roster.matcher.digest
        self.store = store if digest is not None else None
        self.version = findings_version(digest) if self.store is not None else ""
        self._stored: dict[Any, Any] | None = None
        #: the keys of the texts known to be stored for this citizen (by this process)
        self._known: set[Any] = (
            _known.get((self.store.directory, self.version, subject), set)
            if self.store is not None
            else set()
        )
        self._new: dict[Any, Any] = {}
        #: the texts whose stored spans did not fit (what was stored about them is not used)
        self._bad: set[bytes] = set()
        self._names: dict[tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]], bytes] = {}
        #: how many notes were searched (not found in memory or stored), for benchmarks
        self.searched = 0
        #: the last text :meth:`find` read and its key (:meth:`keep` follows with the same text)
        self._last: tuple[str | None, bytes] = (None, b"")
        self._codec = names_store  # encode_spans, decode_spans, text_key, names_key

    def find(self, text: str) -> list[Span]:
        if self.store is None:
            return self.roster.find(text)
        codec = self._codec
        key = codec.text_key(text)
        self._last = (text, key)
        spans = self.roster.spans.get(text)
        if spans is not None and key in self._known:
            return spans  # remembered, and stored already: the file is not read
        if self._stored is None:
            self._stored = self.store.get(self.version, self.subject)
            self._known.update(self._stored)
        row = self._stored.get(key)
        if spans is None:
            if row is not None:
                spans = codec.decode_spans(text, row)
            if spans is None:  # not stored, or stored spans that do not fit: search again
                if row is not None:
                    self._bad.add(key)  # nor what was stored about it (Findings.keep)
                spans = self.roster.find(text)
                self.searched += 1
                self._new[key] = codec.encode_spans(spans)
            else:
                self._remember(text, spans)
        elif row is None:
            self._new[key] = codec.encode_spans(spans)
        return spans

    def keep(
        self,
        names: frozenset[tuple[str, str]],
        own: frozenset[tuple[str, str]],
        text: str,
        spans: list[Span],
    ) -> list[Span]:
        """``spans`` (what :meth:`find` gave for ``text``) without those the names that must
        stay leave (:meth:`Roster.keep`), stored as the positions of the spans left, under the
        digest of the names (:func:`~.names.store.names_key`) and the text's key."""
        if self.store is None or not spans:
            return self.roster.keep(names, own, text, spans)
        nkey = self._names.get((names, own))
        if nkey is None:
            nkey = self._names[(names, own)] = self._codec.names_key(names, own)
        last, tkey = self._last
        key = (nkey, tkey if last is text else self._codec.text_key(text))
        memo = self.roster.kept.get((names, own))
        found = memo.get(text) if memo is not None else None
        if found is not None and key in self._known:
            return found
        if self._stored is None:
            self._stored = self.store.get(self.version, self.subject)
            self._known.update(self._stored)
        row = self._stored.get(key) if key[1] not in self._bad else None
        if found is None and row is not None:
            found = _pick(spans, row)
            if found is not None:
                if memo is None:
                    memo = self.roster.kept.setdefault((names, own), {})
                from .roster import SPAN_CACHE_SIZE

                if len(memo) >= SPAN_CACHE_SIZE:
                    memo.clear()
                memo[text] = found
                return found
            row = None  # stored positions that do not fit: filtered again, and stored
        if found is None:
            found = self.roster.keep(names, own, text, spans)
        if row is None:
            where = _positions(spans, found)
            if where is None:  # other objects (remembered before): filter these to store
                where = _positions(spans, self.roster.matcher.keep(names, own).filter(text, spans))
            if where is not None:
                self._new[key] = where
        return found

    def _remember(self, text: str, spans: list[Span]) -> None:
        from .roster import SPAN_CACHE_SIZE

        memory = self.roster.spans
        if len(memory) >= SPAN_CACHE_SIZE:
            memory.clear()
        memory[text] = spans

    def save(self) -> bool:
        """Store what was searched now with what was stored (True when anything was written)."""
        if self.store is None or not self._new:
            return False
        if self._stored is None:
            self._stored = self.store.get(self.version, self.subject)
        found = {**self._stored, **self._new}
        self._new = {}
        written = self.store.put(self.version, self.subject, found)
        if written:
            self._known.update(found)
        return written


def _pick(spans: list[Span], where: Any) -> list[Span] | None:
    """The spans at the stored positions ``where`` (increasing, inside the list), or None."""
    if type(where) is not tuple:
        return None
    last = -1
    for i in where:
        if type(i) is not int or not last < i < len(spans):
            return None
        last = i
    return [spans[i] for i in where]


def _positions(spans: list[Span], kept: list[Span]) -> tuple[int, ...] | None:
    """Where the spans of ``kept`` stand in ``spans`` (the same objects, in order), or None."""
    out: list[int] = []
    i = 0
    for sp in kept:
        while i < len(spans) and spans[i] is not sp:
            i += 1
        if i == len(spans):
            return None
        out.append(i)
        i += 1
    return tuple(out)


@dataclass
class PrecomputeReport:
    """What :func:`precompute_findings` did: citizens and notes looked at, notes searched
    (the others were stored already), citizens left for their first view (the budget was
    spent), and the CPU seconds it took."""

    subjects: int = 0
    notes: int = 0
    searched: int = 0
    left: int = 0
    cpu_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "subjects": self.subjects,
            "notes": self.notes,
            "searched": self.searched,
            "left": self.left,
            "cpu_s": round(self.cpu_s, 3),
        }


def precompute_findings(
    session: Session,
    subjects: Iterable[str] | None = None,
    at: datetime | None = None,
    budget: int | None = None,
) -> PrecomputeReport:
    """Search the notes of ``subjects`` (by default every citizen whose own view hides someone
    at ``at``: with an order toward them, or with any order for everyone in force) with the
    matchers of their view, and store what is found (notes stored already are not searched
    again). Proxies' views are searched at their first view (their own orders give other
    matchers). Once ``budget`` notes were looked at (read, and searched unless stored), the
    citizens not yet begun are left (counted in ``left``) to be searched at their first view:
    an import into a region's store, or an order for everyone, does not read every note there
    is. Raises what the protection raises
    (the caller logs it: nothing is shown here)."""
    from ..store import Document
    from ..timeutil import utcnow
    from .orders import orders_in_force
    from .people import keep_and_own

    report = PrecomputeReport()
    started = time.process_time()
    at = at or utcnow()
    orders = orders_in_force(session, at)
    if not orders:  # (before anything else: most imports into a store without orders)
        return report
    from .policy import _plan, initials_owed
    from .roster import roster_for, roster_token

    store = findings_store(session)
    if store is None or initials_owed(session):
        return report
    if subjects is None:
        q = select(Document.patient_id).distinct()
        if all(o.kind == "patient" for o in orders):
            q = q.where(Document.patient_id.in_({o.patient_id for o in orders}))
        subjects = list(session.scalars(q))
    token = roster_token(session)
    for subject in sorted(set(subjects)):
        if budget is not None and report.notes >= budget:
            report.left += 1
            continue
        hidden, groups = _plan(session, subject, subject, at, token)
        if not hidden:
            continue
        texts = [
            t
            for t in session.scalars(
                select(Document.text).where(Document.patient_id == subject).order_by(Document.id)
            )
            if t
        ]
        report.subjects += 1
        report.notes += len(texts)
        names, own = keep_and_own(session, subject, subject, hidden)
        stay = (frozenset(names), frozenset(own))
        for group in groups:
            findings = Findings(roster_for(session, group, token), subject, store)
            for text in texts:
                spans = findings.find(text)
                if spans and (stay[0] or stay[1]):
                    findings.keep(*stay, text, spans)
            findings.save()
            report.searched += findings.searched
    report.cpu_s = time.process_time() - started
    return report


def precompute_quietly(
    target: str | Engine | Connection, subjects: Iterable[str] | None = None
) -> PrecomputeReport | None:
    """:func:`precompute_findings` in its own session (on a database URL or engine); a failure
    is logged (its type only) and changes nothing (the notes are searched at the first view)."""
    from ..logging import get_logger
    from .cache import few_collections

    try:
        from ..db import get_engine

        with (
            few_collections(),
            Session(get_engine(target) if isinstance(target, str) else target) as s,
        ):
            from ..config import get_settings

            report = precompute_findings(s, subjects, budget=get_settings().precompute_notes)
            s.commit()
            return report
    except Exception as exc:
        get_logger("indsigt.protect").warning(
            "findings_precompute_failed", error=type(exc).__name__
        )
        return None
