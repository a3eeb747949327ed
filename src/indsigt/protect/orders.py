"""Protection orders, administered: add, list, extend, revoke, validate; and *the* "in force" rule.

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
midnight; ``until`` null = open-ended) and it was not revoked before ``t``. That rule is written
once, as the SQL condition :func:`in_force_clause`; everything that asks whether an order is in
force (the views, ``orders list``, the cache warmer) uses it.

Extra field beyond the contract: ``"keep_title": false`` (alias ``"title": false``) makes the
pseudonym a neutral ``"Sundhedsperson d5dffae"`` instead of ``"Sygeplejerske d5dffae"``, for small
units where the job title alone would give the person away. Default true.

Which people an order hides in a view, and how they are shown, is the view-time policy of
:mod:`indsigt.protect.policy`; this module only keeps the orders.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from ..audit import record
from ..config import get_settings
from ..errors import Invalid, NotFound
from ..store import Organization, Patient, ProtectionOrder, Staff
from ..timeutil import iso_local, to_local, utcnow

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


#: an order in force that ends within this many days is "ending soon" (``orders list --expiring``,
#: the administrator's pages), so that nobody is exposed because an order ran out unnoticed
EXPIRY_NOTICE_DAYS = 14
#: the one-step extension of the administrator's pages and the API (``{"days": 90}``)
EXTEND_DAYS = 90


def _or(values: Iterable[str]) -> str:
    values = list(values)
    return ", ".join(values[:-1]) + " eller " + values[-1]


def local_today(at: datetime | None = None) -> date:
    """The Copenhagen calendar date of ``at`` (naive UTC; default now)."""
    return to_local(at or utcnow()).date()


def in_force_clause(at: datetime) -> ColumnElement[bool]:
    """The rule, and the only place it is written: an order is in force at ``at`` (naive UTC)
    when ``from <= day < until`` for the Copenhagen calendar day of ``at`` (``until`` null =
    open-ended) and it was not revoked at or before ``at``."""
    day = local_today(at)
    o = ProtectionOrder
    return and_(
        o.valid_from <= day,
        or_(o.valid_until.is_(None), o.valid_until > day),
        or_(o.revoked_at.is_(None), o.revoked_at > at),
    )


def expiring_clause(at: datetime) -> ColumnElement[bool]:
    """In force at ``at`` and ending within :data:`EXPIRY_NOTICE_DAYS` days of its day."""
    last = local_today(at) + timedelta(days=EXPIRY_NOTICE_DAYS)
    return and_(
        in_force_clause(at),
        ProtectionOrder.valid_until.is_not(None),
        ProtectionOrder.valid_until <= last,
    )


def orders_in_force(
    session: Session, at: datetime, toward: Iterable[str] | None = None
) -> list[ProtectionOrder]:
    """Orders in force at ``at``, oldest first: those toward the citizens ``toward`` and those for
    everyone; with ``toward`` None, every order in force."""
    q = select(ProtectionOrder).where(in_force_clause(at))
    if toward is not None:
        q = q.where(
            or_(ProtectionOrder.kind != "patient", ProtectionOrder.patient_id.in_(set(toward)))
        )
    return list(session.scalars(q.order_by(ProtectionOrder.created_at, ProtectionOrder.id)))


# -- add ----------------------------------------------------------------------------------------


def _parse_date(value: Any, field: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise Invalid(f"{field}: {value!r} er ikke en dato (ÅÅÅÅ-MM-DD)", field=field)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"{field}: {value!r} er ikke en dato (ÅÅÅÅ-MM-DD)", field=field) from None


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
    # contract section 2: no ``until`` key = the default period (patient and staff kinds; an
    # organisation order without it is open-ended); ``"until": null`` = open-ended for every
    # kind. Nothing here may shorten what the order says.
    if "until" not in item:
        if kind in ("patient", "staff"):
            until = start + timedelta(days=get_settings().order_default_days)
    elif item["until"] is not None:
        try:
            until = _parse_date(item["until"], "until")
        except Invalid as exc:
            problems.append(exc.message)
        else:
            if until <= start:
                problems.append(
                    f"until ({until.isoformat()}) skal ligge efter from ({start.isoformat()})"
                )
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
        record(session, actor, "order.add", order.id, why, order_json(order))
    session.flush()
    _precompute(session, orders)
    return [o.id for o in orders]


def _precompute(session: Session, orders: list[ProtectionOrder]) -> None:
    """Once the new orders are committed, search the notes of the citizens they are toward
    (``protect.findings``), so that their first view only reads what was found. In its own
    session, after the commit (a transaction that wrote is never held open meanwhile);
    nothing when the transaction is rolled back. Best effort: a failure is logged and costs a
    search at the first view. Orders for everyone: the next import (or each citizen's first
    view) searches."""
    subjects = {o.patient_id for o in orders if o.kind == "patient" and o.patient_id}
    if not subjects:
        return
    from sqlalchemy import event

    from .findings import precompute_quietly

    engine = session.get_bind()

    def after_commit(_session: Session) -> None:
        precompute_quietly(engine, subjects)

    event.listen(session, "after_commit", after_commit, once=True)


# -- list, extend, revoke -----------------------------------------------------------------------


def order_json(order: ProtectionOrder) -> dict[str, Any]:
    """An order in its contract JSON form (what ``orders add`` takes)."""
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
    }


def order_dict(
    order: ProtectionOrder, *, in_force: bool, expiring: bool = False, at: datetime | None = None
) -> dict[str, Any]:
    """An order in its contract JSON form plus its state, as ``orders list --json`` prints it.

    ``in_force`` and ``expiring`` come from :func:`in_force_clause` and :func:`expiring_clause`
    (see :func:`list_orders`); ``days_left`` counts from the day of ``at`` to ``until`` (null for
    an open-ended order)."""
    days_left = None
    if order.valid_until is not None:
        days_left = (order.valid_until - local_today(at)).days
    return {
        **order_json(order),
        "created": iso_local(order.created_at),
        "revoked": iso_local(order.revoked_at),
        "revoke_reason": order.revoke_reason,
        "in_force": bool(in_force),
        "expiring": bool(expiring),
        "days_left": days_left,
    }


def list_orders(
    session: Session,
    *,
    patient: str | None = None,
    kind: str | None = None,
    at: datetime | None = None,
    in_force_only: bool = False,
    expiring_only: bool = False,
    ids: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """Orders, oldest first; ``patient`` = the orders toward that citizen and those for everyone;
    ``expiring_only`` = the orders in force that end within :data:`EXPIRY_NOTICE_DAYS` days."""
    at = at or utcnow()
    q = (
        select(ProtectionOrder)
        .add_columns(in_force_clause(at).label("in_force"), expiring_clause(at).label("expiring"))
        .order_by(ProtectionOrder.created_at, ProtectionOrder.id)
    )
    if patient:
        q = q.where(or_(ProtectionOrder.patient_id == patient, ProtectionOrder.kind != "patient"))
    if kind:
        if kind not in KINDS:
            raise Invalid(f"kind {kind!r} er ukendt; brug {_or(KINDS)}")
        q = q.where(ProtectionOrder.kind == kind)
    if in_force_only:
        q = q.where(in_force_clause(at))
    if expiring_only:
        q = q.where(expiring_clause(at))
    if ids is not None:
        q = q.where(ProtectionOrder.id.in_(set(ids)))
    return [
        order_dict(o, in_force=state, expiring=soon, at=at) for o, state, soon in session.execute(q)
    ]


def _listed(session: Session, order_id: str) -> dict[str, Any]:
    session.flush()
    [row] = list_orders(session, ids=[order_id])
    return row


def _get(session: Session, order_id: str) -> ProtectionOrder:
    order = session.get(ProtectionOrder, order_id)
    if order is None:
        raise NotFound(f"ordren {order_id!r} findes ikke")
    return order


def _reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("en begrundelse er påkrævet (--reason)", field="reason")
    return reason


def _extendable(order: ProtectionOrder) -> date:
    """The present end of an order that may be extended (else Invalid, saying why not)."""
    if order.revoked_at is not None:
        raise Invalid(f"ordren {order.id!r} er tilbagekaldt og kan ikke forlænges")
    if order.valid_until is None:
        raise Invalid(
            f"ordren {order.id!r} har ingen slutdato; den gælder allerede til den ophæves"
        )
    return order.valid_until


def extension_until(until: date, days: int, at: datetime | None = None) -> date:
    """The end an order that ends at ``until`` gets when it is extended by ``days`` days: counted
    from its present end, or from today when it has ended already."""
    return max(until, local_today(at)) + timedelta(days=days)


def extend_order(
    session: Session,
    order_id: str,
    until: date | str | None,
    reason: str,
    *,
    actor: str,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Move the end of an order to a later date ``until`` (``None``: no end, the order stands
    until it is revoked). Never earlier: that is a revocation. Recorded in the audit trail."""
    order = _get(session, order_id)
    reason = _reason(reason)
    new = _parse_date(until, "until") if isinstance(until, str) else until
    old = _extendable(order)
    if new is not None and new <= old:
        raise Invalid(
            f"until ({new.isoformat()}) skal ligge efter ordrens nuværende slutdato "
            f"({old.isoformat()}); brug «orders revoke» for at afslutte en ordre før tid",
            field="until",
        )
    order.valid_until = new
    record(
        session,
        actor,
        "order.extend",
        order.id,
        reason,
        {
            "until_before": old.isoformat(),
            "until": new.isoformat() if new else None,
            **(details or {}),
        },
    )
    return _listed(session, order.id)


def extend_order_days(
    session: Session,
    order_id: str,
    days: int,
    reason: str,
    *,
    actor: str,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Extend an order by ``days`` days in one step (see :func:`extension_until`)."""
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 3650:
        raise Invalid(
            f"days skal være et helt antal dage mellem 1 og 3650, ikke {days!r}", field="days"
        )
    order = _get(session, order_id)
    _reason(reason)
    until = extension_until(_extendable(order), days, at)
    return extend_order(session, order_id, until, reason, actor=actor, details={"days": days})


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
    return _listed(session, order.id)


__all__ = [
    "EXPIRY_NOTICE_DAYS",
    "EXTEND_DAYS",
    "FIELDS",
    "KINDS",
    "MODES",
    "REASONS",
    "add_orders",
    "expiring_clause",
    "extend_order",
    "extend_order_days",
    "extension_until",
    "in_force_clause",
    "list_orders",
    "local_today",
    "order_dict",
    "order_json",
    "orders_in_force",
    "revoke_order",
]
