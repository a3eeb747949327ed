"""View-time policy: who is hidden in a view ``(subject, viewer, t)``, and how they are shown.

A view of citizen P's data, by P or by P's proxy Q, hides every staff member covered by an order
in force (:func:`indsigt.protect.orders.in_force_clause`) toward P, toward Q, or for everyone.

Coverage
    A ``staff`` list covers those people; an ``organization`` covers every staff member with a
    role in it or any organisation below it.

The deciding order
    When several orders in force cover one person, the most protective one decides the label:
    blur before pseudonym without title before pseudonym with title.

Never from oneself
    A person is never hidden from themselves: the viewer's own staff record (same CPR number, or,
    with no CPR, same given name, family name and address) is left out.

The result is an :class:`OrderProtection` (a :class:`~indsigt.protect.base.ViewProtection`): labels
for structured fields, and every hidden name replaced in free text by the name matcher.

Fail closed
    If anything about the protection of a view cannot be computed - the orders or the roster cannot
    be read, the matcher cannot be built or fails on a text, a label cannot be pinned, an order has
    a kind or mode this code does not know, an import's staff or notes whose sign-off initials are
    not learned yet - :class:`~indsigt.errors.ProtectionUnavailable` is
    raised and no view is served (HTTP 503, exit status 5), never an unprotected document. The
    cause goes to the application log (step and exception type; ids only, never text).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container, Hashable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, literal, or_, select
from sqlalchemy.orm import Session

from ..errors import ProtectionUnavailable
from ..store import Organization, Patient, ProtectionOrder, Staff, StaffMembership, StaffRole
from ..timeutil import utcnow
from .base import NoProtection, ViewProtection, Where, shown_display
from .cache import LRU, clear_caches
from .labels import Labeler
from .names.context import OWN_DOCTOR_RE
from .names.present import may_leave, present_filter
from .orders import KINDS, MODES, orders_in_force
from .people import keep_and_own
from .presence import Presence
from .replace import replace
from .roster import Roster, roster_for, roster_token

if TYPE_CHECKING:
    from .findings import Findings
    from .names import Span

_org_staff_cache = LRU(256)


class fail_closed:
    """Turn any failure inside into :class:`ProtectionUnavailable` (logged with ``step``).

    A class, not a generator context manager: a journal view enters it some 3,500 times (every
    label and every text), and a generator's set-up cost a tenth of the view's own time."""

    __slots__ = ("ids", "step")

    def __init__(self, step: str, **ids: Any) -> None:
        self.step = step
        self.ids = ids

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> bool:
        if exc is None or isinstance(exc, ProtectionUnavailable):
            return False
        if not isinstance(exc, Exception):
            return False  # KeyboardInterrupt, SystemExit: not ours to turn into a refusal
        from ..logging import get_logger

        get_logger("indsigt.protect").error(
            "protection_unavailable", step=self.step, error=type(exc).__name__, **self.ids
        )
        raise ProtectionUnavailable() from exc


def _understood(order: ProtectionOrder) -> None:
    """An order this code knows how to apply, or ProtectionUnavailable (never a guess)."""
    if (
        order.kind not in KINDS
        or order.mode not in MODES
        or not isinstance(order.keep_title, bool)
        or (order.kind == "patient" and not order.patient_id)
        or (order.kind == "organization" and not order.organization_id)
        or (order.kind != "organization" and not order.organization_id and not order.staff_ids)
    ):
        from ..logging import get_logger

        get_logger("indsigt.protect").error("order_not_understood", order=order.id)
        raise ProtectionUnavailable()


def organization_staff(
    session: Session, organization: str, token: Hashable = None
) -> frozenset[str]:
    """Every staff member who has belonged to ``organization`` or any organisation below it, at
    any time: a role there now (``staff_role``) or ever (``staff_membership``: every
    PractitionerRole imported, with its period, also after a re-import moved it). So moving
    department, before or after the order began, exposes no one."""
    token = token if token is not None else roster_token(session)

    def make() -> frozenset[str]:
        tree = select(literal(organization).label("id")).cte("org_tree", recursive=True)
        tree = tree.union(select(Organization.id).where(Organization.part_of == tree.c.id))
        members = select(StaffRole.staff_id).where(
            StaffRole.organization_id.in_(select(tree.c.id)), StaffRole.staff_id.is_not(None)
        )
        members = members.union(
            select(StaffMembership.staff_id).where(
                StaffMembership.organization_id.in_(select(tree.c.id))
            )
        )
        return frozenset(session.scalars(members))

    return _org_staff_cache.get((token, organization), make)


def _self_staff(session: Session, viewer: str) -> set[str]:
    """The viewer's own staff records (a person is never hidden from themselves): the same CPR
    number, or, for staff without one, the same name and address. One query."""
    p = Patient.__table__.alias("p")
    s = Staff.__table__
    same = or_(
        and_(p.c.cpr.is_not(None), s.c.cpr == p.c.cpr),
        and_(
            s.c.cpr.is_(None),
            p.c.address_key.is_not(None),
            p.c.given != "",
            p.c.family != "",
            s.c.given == p.c.given,
            s.c.family == p.c.family,
            s.c.address_key == p.c.address_key,
        ),
    )
    return set(session.scalars(select(s.c.id).join(p, same).where(p.c.id == viewer)))


def _coverage(session: Session, order: ProtectionOrder, token: Hashable) -> frozenset[str]:
    if order.organization_id:
        return organization_staff(session, order.organization_id, token)
    return frozenset(order.staff_ids or ())


def _strength(order: ProtectionOrder) -> tuple[bool, bool]:
    return (order.mode == "blur", not order.keep_title)


def _plan(
    session: Session, subject: str, viewer: str, at: datetime, token: Hashable
) -> tuple[dict[str, ProtectionOrder], list[frozenset[str]]]:
    """The hidden people with their deciding order, and the distinct coverages of the orders."""
    orders = orders_in_force(session, at, toward={subject, viewer})
    if not orders:
        return {}, []
    for order in orders:
        _understood(order)
    covered = [(order, _coverage(session, order, token)) for order in orders]
    hidden: dict[str, ProtectionOrder] = {}
    # weakest first, so that the most protective order is the one left in the map
    for order, staff in sorted(covered, key=lambda oc: _strength(oc[0])):
        hidden.update(dict.fromkeys(staff, order))
    for sid in _self_staff(session, viewer):
        hidden.pop(sid, None)
    # one matcher per coverage: an order for everyone is shared by every citizen's view, and a
    # citizen's own small orders add small matchers instead of a new big one
    groups: list[frozenset[str]] = []
    for staff in sorted({c for _, c in covered if c}, key=len, reverse=True):
        if not any(staff <= g for g in groups):
            groups.append(staff)
    return hidden, groups


def hidden_staff(
    session: Session, subject: str, viewer: str, at: datetime, *, token: Hashable = None
) -> dict[str, ProtectionOrder]:
    """Every staff member hidden in the view, with the order that decides their label."""
    token = token if token is not None else roster_token(session)
    return _plan(session, subject, viewer, at, token)[0]


# -- the ViewProtection of a view ---------------------------------------------------------------


class OrderProtection:
    """The :class:`ViewProtection` of one view: labels for hidden people, names out of text."""

    def __init__(
        self,
        session: Session,
        subject: str,
        hidden: dict[str, ProtectionOrder],
        rosters: list[Roster],
        keep: Iterable[tuple[str, str]] = (),
        own: Iterable[tuple[str, str]] = (),
        token: Hashable = None,
    ) -> None:
        self.hidden: frozenset[str] = frozenset(hidden)
        self.subject = subject
        self.rosters = rosters
        # names that must stay in this view (relatives, other patients) and the citizen's own
        # names: a per-view filter over each roster's shared spans (names.KeepNames)
        self.keep: frozenset[tuple[str, str]] = frozenset(keep)
        self.own: frozenset[tuple[str, str]] = frozenset(own)
        self._orders = hidden
        self._labeler = Labeler(session, subject)
        self._labels: dict[str, tuple[str, str | None]] = {}
        self._texts: dict[str, str] = {}
        # the document context (organisation, date) of notes: who worked there (names.present)
        self._presence = Presence(session, self.hidden, token)
        self._in: dict[tuple[str, str, datetime, str | None], str] = {}
        # the notes' findings, stored across processes (protect.findings): read at the first
        # note, what was searched anew stored by save_findings after the view
        self._findings: list[Findings] | None = None
        self._session = session

    def _title(self, staff_id: str) -> str | None:
        for roster in self.rosters:
            title = roster.titles.get(staff_id)
            if title:
                return title
        return None

    def _shown(self, staff_id: str) -> tuple[str, str | None]:
        found = self._labels.get(staff_id)
        if found is None:
            order = self._orders[staff_id]
            with fail_closed("label", order=order.id):
                found = self._labeler.shown(
                    staff_id, mode=order.mode, keep_title=order.keep_title, title=self._title
                )
            self._labels[staff_id] = found
            self._texts[found[0]] = found[0]  # a label is never searched for names again
        return found

    def label(self, staff_id: str) -> str:
        """The label of a hidden person in this view (made and pinned once per view)."""
        return self._shown(staff_id)[0]

    def title(self, staff_id: str | None, title: str | None) -> str | None:
        """The job title the viewer may see: for a hidden person only the one in their label."""
        if staff_id is None or staff_id not in self.hidden:
            return title
        return self._shown(staff_id)[1]

    def person(self, staff_id: str | None, display: str | None) -> str | None:
        if staff_id is not None and staff_id in self.hidden:
            return self.label(staff_id)
        return shown_display(display)

    def spans(self, text: str, where: Where | None = None, note: bool = False) -> list[Span]:
        """Where hidden names occur in ``text`` and why (for auditors and tests); ``where``: the
        document's organisation and date, when the text is a note (see ``names.present``)."""
        found: list[Span] = []
        context: tuple[frozenset[str], Container[str]] | None = None
        own: frozenset[str] | None = None
        own_initials: frozenset[str] | None = None
        for i, roster in enumerate(self.rosters):
            # a note's findings are stored (protect.findings); other strings are short
            note = note or where is not None
            finder = self._notes()[i] if note else roster
            spans = finder.find(text)
            if (self.keep or self.own) and spans:
                spans = finder.keep(self.keep, self.own, text, spans)
            if where is not None and spans:
                p = self._presence
                if own is None:  # the author's name parts: none when the author is hidden
                    own = p.author(where.author)
                if own_initials is None and any(sp.form == "initials" for sp in spans):
                    own_initials = p.author_initials(where.author)  # only when initials found
                initials = own_initials or frozenset()
                others = roster.matcher._other_tokens  # colleagues outside the order
                if context is None and (
                    (others and may_leave(spans, others))
                    or (initials and may_leave(spans, frozenset(), initials))
                ):
                    context = p.at(where.organization, where.at)  # read only when needed
                parts, absent = context or (frozenset(), frozenset())
                away = p.away_from(where.organization) if parts else None
                here = present_filter(parts, absent, roster.matcher._titles, own, away, initials)
                if here is not None and may_leave(spans, None, initials):
                    spans = here.filter(text, spans)
            for span in spans:
                if span.person in self.hidden:
                    found.append(span)
                    continue
                # the matcher knows people not hidden in this view (the viewer themself)
                other = next((c for c in span.candidates if c in self.hidden), None)
                if other is not None:
                    found.append(dataclasses.replace(span, person=other))
        if len(self.rosters) > 1:
            found.sort(key=lambda sp: (sp.start, -sp.end))
        return [self._untitled(text, sp) for sp in found] if found else found

    def _untitled(self, text: str, span: Span) -> Span:
        """A label without a job title (``keep_title: false``) takes in the "e.l." before the
        name too: left next to the label it would say the person's profession."""
        order = self._orders.get(span.person)
        if order is None or order.keep_title is not False or span.start < 3:
            return span
        j = span.start
        while j > 0 and text[j - 1] in " \t\xa0":
            j -= 1
        for k in range(max(0, j - 6), j):
            m = OWN_DOCTOR_RE.match(text, k)
            if m is not None and m.end() == span.start and (k == 0 or not text[k - 1].isalnum()):
                return dataclasses.replace(span, start=k, text=text[k : span.end])
        return span

    def _notes(self) -> list[Findings]:
        if self._findings is None:
            from .findings import Findings, findings_store

            store = findings_store(self._session)
            self._findings = [Findings(r, self.subject, store) for r in self.rosters]
        return self._findings

    def save_findings(self) -> None:
        """Store the findings of the notes this view searched (best effort; see
        :mod:`indsigt.protect.findings`)."""
        for findings in self._findings or ():
            findings.save()

    def text(self, text: str, where: Where | None = None) -> str:
        if not text:
            return text
        if where is not None and (
            (where.organization and where.at is not None) or where.author is not None
        ):
            key = (text, where.organization, where.at, where.author)
            found = self._in.get(key)
            if found is None:
                with fail_closed("text"):
                    spans = self.spans(text, where)
                    found = replace(text, spans, self.label) if spans else text
                self._in[key] = found
            return found
        found = self._texts.get(text)
        if found is None:
            with fail_closed("text"):
                spans = self.spans(text, note=where is not None)
                found = replace(text, spans, self.label) if spans else text
            self._texts[text] = found
        return found


def initials_owed(session: Session) -> bool:
    """True while an import has brought notes or staff whose sign-off initials are not learned
    yet (``protect_due``, see :mod:`indsigt.importing`): the matcher would not know them, so no
    view that hides someone is served."""
    from ..store.protection import ProtectDue

    return session.scalar(select(ProtectDue.id).limit(1)) is not None


def protection_for_view(
    session: Session,
    subject: str,
    viewer: str,
    at: datetime,
    keep: Iterable[tuple[str, str]] | None = None,
    own: Iterable[tuple[str, str]] | None = None,
) -> ViewProtection:
    """The protection of the view of ``subject``'s data by ``viewer`` at ``at`` (naive UTC).

    ``keep``: ``(given, family)`` names that must stay in this view (the viewer, relatives, the
    household); ``own``: the citizen's own names (see ``OrderProtection`` and
    ``names.KeepNames``); by default :func:`~indsigt.protect.people.keep_and_own`.
    Raises :class:`ProtectionUnavailable` when any part of it cannot be computed."""
    with fail_closed("plan"):
        token = roster_token(session)
        hidden, groups = _plan(session, subject, viewer, at, token)
    if not hidden:
        return NoProtection()
    with fail_closed("initials"):
        owed = initials_owed(session)
    if owed:
        from ..logging import get_logger

        get_logger("indsigt.protect").error("protection_unavailable", step="initials_owed")
        raise ProtectionUnavailable()
    with fail_closed("roster"):
        rosters = [roster_for(session, g, token) for g in groups]
    if keep is None and own is None:
        with fail_closed("stay"):
            keep, own = keep_and_own(session, subject, viewer, hidden)
    return OrderProtection(
        session, subject, hidden, rosters, keep=keep or (), own=own or (), token=token
    )


def warm_caches(session: Session, at: datetime | None = None) -> int:
    """Build the matchers of every order in force now (e.g. when a server starts, in the
    background), so that no citizen waits for a big order's matcher. Returns how many."""
    at = at or utcnow()
    token = roster_token(session)
    groups = {_coverage(session, o, token) for o in orders_in_force(session, at)} - {frozenset()}
    for group in groups:
        roster_for(session, group, token)
    return len(groups)


__all__ = [
    "OrderProtection",
    "clear_caches",
    "fail_closed",
    "hidden_staff",
    "initials_owed",
    "organization_staff",
    "protection_for_view",
    "warm_caches",
]
