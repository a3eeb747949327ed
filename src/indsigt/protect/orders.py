"""Protection orders: which staff members are hidden in a view ``(subject, viewer, t)``.

Orders (contract section 2) come in three kinds:

``patient``
    toward one citizen: a list of staff members, or every staff member of an organisation and its
    sub-organisations, hidden from that citizen (and in every view of their data, and in every
    view they make as someone's proxy).
``organization``
    a high-risk department: every staff member of it and below, hidden from every citizen.
``staff``
    one staff member hidden from every citizen.

An order is in force at ``t`` when ``from <= t < until`` (dates are Europe/Copenhagen local
midnight; ``until`` null = open-ended) and it was not revoked before ``t``. A patient- or
staff-kind order given without ``until`` lasts ``settings.order_default_days`` (90) days.

Extra field beyond the contract: ``"keep_title": false`` (alias ``"title": false``) makes the
pseudonym a neutral ``"Sundhedsperson d5dffae"`` instead of ``"Sygeplejerske d5dffae"``, for small
units where the job title alone would give the person away. Default true.

When several orders in force cover one person, the most protective one decides the label:
blur before pseudonym without title before pseudonym with title.

A person is never hidden from themselves: the viewer's own staff record (same CPR number, or, with
no CPR, same given name, family name and address) is left out.
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import Session

from ..audit import record
from ..config import get_settings
from ..errors import Invalid, NotFound
from ..store import ImportedFile, Organization, Patient, ProtectionOrder, Staff, StaffRole
from ..timeutil import iso_local, to_local, utcnow
from .base import NoProtection, ViewProtection
from .labels import Labeler, db_url_of
from .replace import replace

if TYPE_CHECKING:
    from .names import MatcherStore, NameMatcher, Person, Span

KINDS = ("patient", "organization", "staff")
MODES = ("pseudonym", "blur")
REASONS = ("violence", "threats", "harassment", "other", "high-risk department")
FIELDS = (
    "id",
    "kind",
    "patient",
    "staff",
    "organization",
    "from",
    "until",
    "reason",
    "mode",
    "keep_title",
    "title",
    "decided_by",
    "note",
)


def _or(values: Iterable[str]) -> str:
    values = list(values)
    return ", ".join(values[:-1]) + " eller " + values[-1]


def local_today(at: datetime | None = None) -> date:
    """The Copenhagen calendar date of ``at`` (naive UTC; default now)."""
    return to_local(at or utcnow()).date()


def in_force(order: ProtectionOrder, at: datetime) -> bool:
    """Whether ``order`` is in force at ``at`` (naive UTC)."""
    if order.revoked_at is not None and order.revoked_at <= at:
        return False
    day = local_today(at)
    if order.valid_from > day:
        return False
    return order.valid_until is None or day < order.valid_until


# -- add ----------------------------------------------------------------------------------------


def _parse_date(value: Any, field: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise Invalid(f"{field}: {value!r} er ikke en dato (ÅÅÅÅ-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"{field}: {value!r} er ikke en dato (ÅÅÅÅ-MM-DD)") from None


def _check(session: Session, item: Any, seen: set[str]) -> tuple[ProtectionOrder, list[str]]:
    """One order from its JSON form, or the list of what is wrong with it."""
    problems: list[str] = []
    if not isinstance(item, dict):
        raise Invalid("skal være et JSON-objekt")
    unknown = [k for k in item if k not in FIELDS]
    if unknown:
        problems.append(
            f"ukendt felt {', '.join(map(repr, unknown))}; kendte felter: {', '.join(FIELDS)}"
        )
    kind = item.get("kind")
    if kind not in KINDS:
        problems.append(f"kind {kind!r} er ukendt; brug {_or(KINDS)}")
    mode = item.get("mode", "pseudonym") or "pseudonym"
    if mode not in MODES:
        problems.append(f"mode {mode!r} er ukendt; brug {_or(MODES)}")
    reason = item.get("reason")
    if reason not in REASONS:
        problems.append(
            f"reason {reason!r} er ukendt; brug {_or(REASONS)}"
            if reason
            else f"reason mangler; brug {_or(REASONS)}"
        )
    keep_title = item.get("keep_title", item.get("title", True))
    if "keep_title" in item and "title" in item and item["keep_title"] != item["title"]:
        problems.append("keep_title og title siger forskelligt; brug kun keep_title")
    if not isinstance(keep_title, bool):
        problems.append(f"keep_title skal være true eller false, ikke {keep_title!r}")
        keep_title = True
    for name in ("decided_by", "note"):
        if item.get(name) is not None and not isinstance(item[name], str):
            problems.append(f"{name} skal være tekst")

    patient = item.get("patient")
    organization = item.get("organization")
    staff_raw = item.get("staff")
    staff: list[str] = []
    if kind == "patient":
        if not patient:
            problems.append("patient mangler (borgeren, som navnene skjules for)")
        elif not isinstance(patient, str) or session.get(Patient, patient) is None:
            problems.append(f"patient: borgeren {patient!r} findes ikke")
        if (staff_raw is None) == (organization is None):
            problems.append("en ordre af typen patient skal have enten staff eller organization")
        if staff_raw is not None:
            if isinstance(staff_raw, str):
                staff_raw = [staff_raw]
            if not isinstance(staff_raw, list) or not staff_raw:
                problems.append("staff skal være en ikke-tom liste af Practitioner-id'er")
            else:
                staff = [str(s) for s in staff_raw]
    elif kind == "organization":
        if organization is None:
            problems.append("organization mangler (den afdeling, hvis personale skjules)")
        for name, value in (("patient", patient), ("staff", staff_raw)):
            if value is not None:
                problems.append(f"{name} hører ikke til en ordre af typen organization")
    elif kind == "staff":
        if isinstance(staff_raw, str):
            staff = [staff_raw]
        elif (
            isinstance(staff_raw, list) and staff_raw and all(isinstance(s, str) for s in staff_raw)
        ):
            staff = list(staff_raw)
        else:
            problems.append("staff skal være et Practitioner-id")
        for name, value in (("patient", patient), ("organization", organization)):
            if value is not None:
                problems.append(f"{name} hører ikke til en ordre af typen staff")
    if staff:
        known = set(session.scalars(select(Staff.id).where(Staff.id.in_(set(staff)))))
        for s in staff:
            if s not in known:
                problems.append(f"staff: sundhedspersonen {s!r} findes ikke")
    if (
        organization is not None
        and kind in ("patient", "organization")
        and (not isinstance(organization, str) or session.get(Organization, organization) is None)
    ):
        problems.append(f"organization: organisationen {organization!r} findes ikke")

    start = local_today()
    until: date | None = None
    try:
        if item.get("from") is not None:
            start = _parse_date(item["from"], "from")
    except Invalid as exc:
        problems.append(exc.message)
    try:
        if item.get("until") is not None:
            until = _parse_date(item["until"], "until")
            if until <= start:
                problems.append(
                    f"until ({until.isoformat()}) skal ligge efter from ({start.isoformat()})"
                )
        elif kind in ("patient", "staff"):
            until = start + timedelta(days=get_settings().order_default_days)
    except Invalid as exc:
        problems.append(exc.message)
    oid = item.get("id")
    if oid is not None and (not isinstance(oid, str) or not oid.strip()):
        problems.append(f"id {oid!r} skal være en ikke-tom tekst")
        oid = None
    if oid:
        if oid in seen:
            problems.append(f"id {oid!r} er brugt mere end én gang")
        elif session.get(ProtectionOrder, oid) is not None:
            problems.append(f"ordren {oid!r} findes allerede")
    oid = oid or f"ord-{uuid.uuid4().hex[:12]}"
    seen.add(oid)
    order = ProtectionOrder(
        id=oid,
        kind=kind,
        patient_id=patient if kind == "patient" else None,
        organization_id=organization if kind != "staff" else None,
        staff_ids=sorted(set(staff)),
        valid_from=start,
        valid_until=until,
        reason=reason,
        mode=mode,
        keep_title=keep_title,
        decided_by=item.get("decided_by"),
        note=item.get("note"),
        created_at=utcnow(),
    )
    return order, problems


def add_orders(session: Session, data: Any, *, actor: str) -> list[str]:
    """Add one order or a list of orders, all or none. Returns their ids.

    Raises :class:`Invalid` (exit 2) listing every problem as ``ordre N: ...``.
    """
    items = data if isinstance(data, list) else [data]
    if not items:
        raise Invalid("ingen ordrer i input")
    seen: set[str] = set()
    orders: list[ProtectionOrder] = []
    problems: list[str] = []
    for n, item in enumerate(items, 1):
        where = f"ordre {n}: " if len(items) > 1 else ""
        try:
            order, errs = _check(session, item, seen)
        except Invalid as exc:
            problems.append(where + exc.message)
            continue
        problems.extend(where + e for e in errs)
        orders.append(order)
    if problems:
        raise Invalid("\n".join(problems))
    for order in orders:
        session.add(order)
        why = f"{order.reason}: {order.note}" if order.note else order.reason
        record(session, actor, "order.add", order.id, why, order_dict(order))
    session.flush()
    return [o.id for o in orders]


# -- list, extend, revoke -----------------------------------------------------------------------


def order_dict(order: ProtectionOrder, at: datetime | None = None) -> dict[str, Any]:
    """An order in its contract JSON form (plus state), as ``orders list --json`` prints it."""
    staff: Any = None
    if order.kind == "staff":
        staff = order.staff_ids[0] if len(order.staff_ids) == 1 else list(order.staff_ids)
    elif order.staff_ids:
        staff = list(order.staff_ids)
    return {
        "id": order.id,
        "kind": order.kind,
        "patient": order.patient_id,
        "staff": staff,
        "organization": order.organization_id,
        "from": order.valid_from.isoformat(),
        "until": order.valid_until.isoformat() if order.valid_until else None,
        "reason": order.reason,
        "mode": order.mode,
        "keep_title": order.keep_title,
        "decided_by": order.decided_by,
        "note": order.note,
        "created": iso_local(order.created_at),
        "revoked": iso_local(order.revoked_at),
        "revoke_reason": order.revoke_reason,
        "in_force": in_force(order, at or utcnow()),
    }


def list_orders(
    session: Session,
    *,
    patient: str | None = None,
    kind: str | None = None,
    at: datetime | None = None,
    in_force_only: bool = False,
) -> list[dict[str, Any]]:
    """Orders, oldest first; ``patient`` = the orders toward that citizen and those for everyone."""
    at = at or utcnow()
    q = select(ProtectionOrder).order_by(ProtectionOrder.created_at, ProtectionOrder.id)
    if patient:
        q = q.where(or_(ProtectionOrder.patient_id == patient, ProtectionOrder.kind != "patient"))
    if kind:
        if kind not in KINDS:
            raise Invalid(f"kind {kind!r} er ukendt; brug {_or(KINDS)}")
        q = q.where(ProtectionOrder.kind == kind)
    rows = [order_dict(o, at) for o in session.scalars(q)]
    return [r for r in rows if r["in_force"]] if in_force_only else rows


def _get(session: Session, order_id: str) -> ProtectionOrder:
    order = session.get(ProtectionOrder, order_id)
    if order is None:
        raise NotFound(f"ordren {order_id!r} findes ikke")
    return order


def _reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("en begrundelse er påkrævet (--reason)")
    return reason


def extend_order(
    session: Session, order_id: str, until: date | str, reason: str, *, actor: str
) -> dict[str, Any]:
    """Move the end of an order to a later date ``until``. Recorded in the audit trail."""
    order = _get(session, order_id)
    reason = _reason(reason)
    new = _parse_date(until, "until") if isinstance(until, str) else until
    if order.revoked_at is not None:
        raise Invalid(f"ordren {order_id!r} er tilbagekaldt og kan ikke forlænges")
    if order.valid_until is None:
        raise Invalid(
            f"ordren {order_id!r} har ingen slutdato; den gælder allerede til den ophæves"
        )
    if new <= order.valid_until:
        raise Invalid(
            f"until ({new.isoformat()}) skal ligge efter ordrens nuværende slutdato "
            f"({order.valid_until.isoformat()}); brug «orders revoke» for at afslutte en ordre før tid"
        )
    old = order.valid_until
    order.valid_until = new
    record(
        session,
        actor,
        "order.extend",
        order.id,
        reason,
        {"until_before": old.isoformat(), "until": new.isoformat()},
    )
    session.flush()
    return order_dict(order)


def revoke_order(
    session: Session, order_id: str, reason: str, *, actor: str, at: datetime | None = None
) -> dict[str, Any]:
    """End an order now (or at ``at``): it is not in force from then on. Recorded in the audit trail."""
    order = _get(session, order_id)
    reason = _reason(reason)
    if order.revoked_at is not None:
        raise Invalid(
            f"ordren {order_id!r} er allerede tilbagekaldt ({iso_local(order.revoked_at)})"
        )
    order.revoked_at = at or utcnow()
    order.revoke_reason = reason
    record(
        session, actor, "order.revoke", order.id, reason, {"revoked": iso_local(order.revoked_at)}
    )
    session.flush()
    return order_dict(order)


# -- which staff are hidden in a view -----------------------------------------------------------


def orders_in_force(
    session: Session, subject: str, viewer: str, at: datetime
) -> list[ProtectionOrder]:
    """Orders in force at ``at`` toward ``subject``, toward ``viewer``, or for everyone."""
    day = local_today(at)
    toward = {subject, viewer}
    q = (
        select(ProtectionOrder)
        .where(
            or_(
                ProtectionOrder.kind != "patient",
                ProtectionOrder.patient_id.in_(toward),
            ),
            ProtectionOrder.valid_from <= day,
            or_(ProtectionOrder.valid_until.is_(None), ProtectionOrder.valid_until > day),
            or_(ProtectionOrder.revoked_at.is_(None), ProtectionOrder.revoked_at > at),
        )
        .order_by(ProtectionOrder.created_at, ProtectionOrder.id)
    )
    return list(session.scalars(q))


def _strength(order: ProtectionOrder) -> tuple[bool, bool]:
    return (order.mode == "blur", not order.keep_title)


# Per-process caches. Coverages and rosters are keyed by the database URL and a roster token that
# changes with every import (and with the size of the roster tables), so an entry never outlives
# the roster it was computed from. After an import the people are read again, but the matcher is
# only built again when one of them changed, or the name of a colleague outside the order who
# shares a name part with them (names.matcher_for is keyed by content).
V = TypeVar("V")


class _LRU:
    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]
        value = make()
        self.put(key, value)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        with self.lock:
            self.data[key] = value
            while len(self.data) > self.size:
                self.data.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()


_org_staff_cache = _LRU(256)
_roster_cache = _LRU(64)
_span_cache = _LRU(64)  # id(matcher) -> (matcher, {text: spans})
_staff_names_cache = _LRU(4)  # token -> every staff member's (id, given, family)


def clear_caches() -> None:
    """Drop every cached roster, coverage and remembered span (tests, benchmarks)."""
    _org_staff_cache.clear()
    _roster_cache.clear()
    _span_cache.clear()
    _staff_names_cache.clear()


def roster_token(session: Session) -> tuple[Any, ...]:
    """Changes whenever organisations, staff or staff roles change (imports; direct inserts)."""
    row = session.execute(
        select(
            select(func.max(ImportedFile.id)).scalar_subquery(),
            select(func.count()).select_from(Staff).scalar_subquery(),
            select(func.count()).select_from(StaffRole).scalar_subquery(),
            select(func.count()).select_from(Organization).scalar_subquery(),
        )
    ).one()
    return (db_url_of(session), *row)


def organization_staff(
    session: Session, organization: str, token: Hashable = None
) -> frozenset[str]:
    """Every staff member with a role in ``organization`` or any organisation below it."""
    token = token if token is not None else roster_token(session)

    def make() -> frozenset[str]:
        tree = select(literal(organization).label("id")).cte("org_tree", recursive=True)
        tree = tree.union(select(Organization.id).where(Organization.part_of == tree.c.id))
        rows = session.scalars(
            select(StaffRole.staff_id)
            .where(
                StaffRole.organization_id.in_(select(tree.c.id)), StaffRole.staff_id.is_not(None)
            )
            .distinct()
        )
        return frozenset(rows)

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


def _plan(
    session: Session, subject: str, viewer: str, at: datetime, token: Hashable
) -> tuple[dict[str, ProtectionOrder], list[frozenset[str]]]:
    """The hidden people with their deciding order, and the distinct coverages of the orders."""
    orders = orders_in_force(session, subject, viewer, at)
    if not orders:
        return {}, []
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


#: at most this many texts' spans are remembered per roster (then the memory starts afresh)
SPAN_CACHE_SIZE = 50_000


@dataclass
class Roster:
    """The people one order covers, as the name matcher sees them (cached per set of people).

    The matcher also knows the names of the staff outside the order who share a name part with
    them, so that "Lars Holm" stays when only Mette Holm is hidden (see ``protect/names/``,
    "Non-hidden colleagues").

    ``find`` remembers the spans of every text it has searched: the matcher is immutable, so the
    spans of a text never change for this roster. A citizen's notes are searched once, and later
    views (by the citizen, by a proxy, on another day) only replace.
    """

    persons: tuple[Person, ...]
    titles: dict[str, str | None]
    matcher: NameMatcher
    spans: dict[str, list[Span]] = field(default_factory=dict)

    def find(self, text: str) -> list[Span]:
        found = self.spans.get(text)
        if found is None:
            found = self.matcher.find(text)
            if len(self.spans) >= SPAN_CACHE_SIZE:
                self.spans.clear()
            self.spans[text] = found
        return found


_CHUNK = 5000


def _staff_names(session: Session, token: Hashable) -> tuple[tuple[str, str, str], ...]:
    """(id, given, family) of every staff member, read once per roster token."""

    def make() -> tuple[tuple[str, str, str], ...]:
        rows = session.execute(select(Staff.id, Staff.given, Staff.family))
        return tuple((sid, given or "", family or "") for sid, given, family in rows)

    return _staff_names_cache.get(token, make)


def _load_roster(session: Session, ids: frozenset[str], token: Hashable = None) -> Roster:
    from .names import Person, matcher_for

    staff_rows: list[tuple[Any, ...]] = []
    role_rows: list[tuple[Any, ...]] = []
    ordered = sorted(ids)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        staff_rows += session.execute(
            select(
                Staff.id, Staff.given, Staff.family, Staff.username, Staff.auth_id, Staff.email
            ).where(Staff.id.in_(chunk))
        ).all()
        role_rows += session.execute(
            select(StaffRole.staff_id, StaffRole.title)
            .where(StaffRole.staff_id.in_(chunk))
            .order_by(StaffRole.id)
        ).all()
    titles: dict[str, list[str]] = {}
    for sid, title in role_rows:
        if title and title.strip():
            lst = titles.setdefault(sid, [])
            if title not in lst:
                lst.append(title.strip())
    persons = tuple(
        Person(
            key=sid,
            given=given or "",
            family=family or "",
            emails=(email,) if email else (),
            usernames=tuple(u for u in (username, auth_id) if u),
            titles=tuple(titles.get(sid, ())),
        )
        for sid, given, family, username, auth_id, email in staff_rows
    )
    # the names of the staff outside this roster (not hidden by this order): a hidden person's
    # family name inside a colleague's full name ("Lars Holm" when Mette Holm is hidden) is
    # left; matcher_for keeps only those who share a name part with the roster
    token = token if token is not None else roster_token(session)
    others = [(g, f) for sid, g, f in _staff_names(session, token) if sid not in ids]
    # matcher_for is keyed by the people's content (and the relevant others' names): after an
    # import that changed none of them, the matcher (and the spans it found) are the same
    # objects as before; a matcher built before (by this or another process) is loaded from the
    # store next to the key file
    matcher = matcher_for(persons, others, store=matcher_store(session))
    spans = _span_cache.get(id(matcher), lambda: (matcher, {}))
    if spans[0] is not matcher:  # an id reused by a newer object
        spans = (matcher, {})
        _span_cache.put(id(matcher), spans)
    return Roster(
        persons=persons,
        titles={sid: (t[0] if t else None) for sid, t in titles.items()},
        matcher=matcher,
        spans=spans[1],
    )


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
    return _roster_cache.get((token, ids), lambda: _load_roster(session, ids, token))


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
        self._labels: dict[str, str] = {}
        self._texts: dict[str, str] = {}

    def _title(self, staff_id: str) -> str | None:
        for roster in self.rosters:
            title = roster.titles.get(staff_id)
            if title:
                return title
        return None

    def label(self, staff_id: str) -> str:
        """The label of a hidden person in this view (made and pinned once per view)."""
        found = self._labels.get(staff_id)
        if found is None:
            order = self._orders[staff_id]
            found = self._labeler.label(
                staff_id, mode=order.mode, keep_title=order.keep_title, title=self._title
            )
            self._labels[staff_id] = found
            self._texts[found] = found  # a label is never searched for names again
        return found

    def person(self, staff_id: str | None, display: str | None) -> str | None:
        if staff_id is not None and staff_id in self.hidden:
            return self.label(staff_id)
        return display

    def spans(self, text: str) -> list[Span]:
        """Where hidden names occur in ``text`` and why (for auditors and tests)."""
        found: list[Span] = []
        for roster in self.rosters:
            spans = roster.find(text)
            if (self.keep or self.own) and spans:
                spans = roster.matcher.keep(self.keep, self.own).filter(text, spans)
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
        return found

    def text(self, text: str) -> str:
        if not text:
            return text
        found = self._texts.get(text)
        if found is None:
            spans = self.spans(text)
            found = replace(text, spans, self.label) if spans else text
            self._texts[text] = found
        return found


def protection_for_view(
    session: Session,
    subject: str,
    viewer: str,
    at: datetime,
    keep: Iterable[tuple[str, str]] = (),
    own: Iterable[tuple[str, str]] = (),
) -> ViewProtection:
    """The protection of the view of ``subject``'s data by ``viewer`` at ``at`` (naive UTC).

    ``keep``: ``(given, family)`` names that must stay in this view (relatives, other patients);
    ``own``: the citizen's own names (see ``OrderProtection`` and ``names.KeepNames``).
    """
    token = roster_token(session)
    hidden, groups = _plan(session, subject, viewer, at, token)
    if not hidden:
        return NoProtection()
    rosters = [roster_for(session, g, token) for g in groups]
    return OrderProtection(session, subject, hidden, rosters, keep=keep, own=own)


def warm_caches(session: Session, at: datetime | None = None) -> int:
    """Build the matchers of every order in force now (e.g. when a server starts, in the
    background), so that no citizen waits for a big order's matcher. Returns how many."""
    at = at or utcnow()
    day = local_today(at)
    token = roster_token(session)
    orders = session.scalars(
        select(ProtectionOrder).where(
            ProtectionOrder.valid_from <= day,
            or_(ProtectionOrder.valid_until.is_(None), ProtectionOrder.valid_until > day),
            or_(ProtectionOrder.revoked_at.is_(None), ProtectionOrder.revoked_at > at),
        )
    ).all()
    groups = {_coverage(session, o, token) for o in orders} - {frozenset()}
    for group in groups:
        roster_for(session, group, token)
    return len(groups)


__all__ = [
    "FIELDS",
    "KINDS",
    "MODES",
    "REASONS",
    "OrderProtection",
    "Roster",
    "add_orders",
    "clear_caches",
    "extend_order",
    "hidden_staff",
    "in_force",
    "list_orders",
    "order_dict",
    "orders_in_force",
    "organization_staff",
    "protection_for_view",
    "revoke_order",
    "roster_for",
    "warm_caches",
]
