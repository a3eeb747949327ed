"""The citizen's appointments: upcoming and past, from the imported ``Appointment`` resources.

An item is generic, so that other planned contacts (the pregnancy record's planned visits) can be
shown on the same page and reminded of through the same service: ``{"id", "kind", "start",
"end", "title", "status", "status_text", "organization", "people", "upcoming", "active"}`` with
times as ISO 8601 in Copenhagen time. ``people`` are the staff taking part, protected like every
author field (a hidden person is their label); free text passes the exit's protection.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import authz
from ..protect.base import ViewProtection
from ..store import Organization, Relation, RelationStaff, Staff, StaffRole
from ..store.pregnancy import PregnancyVisit
from ..timeutil import iso_local, utcnow
from .exit import citizen_view

#: FHIR Appointment.status in Danish
STATUS_DA = {
    "proposed": "Foreslået",
    "pending": "Afventer bekræftelse",
    "booked": "Booket",
    "arrived": "Mødt",
    "fulfilled": "Gennemført",
    "cancelled": "Aflyst",
    "noshow": "Udeblevet",
    "entered-in-error": "Fejlregistreret",
    "checked-in": "Tjekket ind",
    "waitlist": "På venteliste",
}
#: statuses of an appointment that is still going to happen (reminded of, in the calendar)
ACTIVE = frozenset({"proposed", "pending", "booked", "arrived", "checked-in", "waitlist"})


def item(
    *,
    id: str,
    kind: str,
    start: datetime | None,
    end: datetime | None,
    title: str | None,
    status: str | None,
    organization: str | None,
    people: Iterable[str | None],
    at: datetime,
) -> dict[str, Any]:
    """One calendar item (naive UTC times in, Copenhagen ISO out)."""
    st = (status or "booked").lower()
    return {
        "id": id,
        "kind": kind,
        "start": iso_local(start),
        "end": iso_local(end),
        "title": title or "Aftale",
        "status": st,
        "status_text": STATUS_DA.get(st, st),
        "organization": organization,
        "people": [p for p in people if p],
        "upcoming": start is not None and start >= at,
        "active": st in ACTIVE,
    }


def calendar_document(subject: str, viewer: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """``{"patient", "viewer", "upcoming" (soonest first), "past" (newest first)}``."""
    upcoming = sorted((i for i in items if i["upcoming"]), key=lambda i: i["start"] or "")
    past = sorted(
        (i for i in items if not i["upcoming"]), key=lambda i: i["start"] or "", reverse=True
    )
    return {"patient": subject, "viewer": viewer, "upcoming": upcoming, "past": past}


def appointment_items(
    session: Session,
    subject: str,
    protection: ViewProtection,
    at: datetime,
    *,
    pregnancy: bool = False,
) -> list[dict[str, Any]]:
    """The subject's imported appointments as calendar items (for a view's builder).

    The planned visits of a pregnancy record are appointments too (kind ``"pregnancy"``); they
    are listed only when ``pregnancy`` says the viewer may see the pregnancy record (the citizen,
    or a proxy whose power of attorney covers it): a journal-only proxy must not learn of a
    pregnancy from the calendar."""
    rows = session.scalars(
        select(Relation)
        .where(Relation.kind == "appointment", Relation.patient_id == subject)
        .order_by(Relation.start, Relation.id)
    ).all()
    planned = set(
        session.scalars(
            select(PregnancyVisit.id).where(
                PregnancyVisit.kind == "appointment",
                PregnancyVisit.id.in_([r.id for r in rows]),
            )
        )
    )
    if not pregnancy:
        rows = [r for r in rows if r.id not in planned]
    ids = [r.id for r in rows]
    parts: dict[str, list[tuple[str | None, str | None]]] = {}
    if ids:
        for rid, sid, role in session.execute(
            select(RelationStaff.relation_id, RelationStaff.staff_id, RelationStaff.role_id)
            .where(RelationStaff.kind == "appointment", RelationStaff.relation_id.in_(ids))
            .order_by(RelationStaff.relation_id, RelationStaff.ref)
        ):
            parts.setdefault(rid, []).append((sid, role))
    staff_ids = {sid for ps in parts.values() for sid, _ in ps if sid}
    names = {s.id: s.name for s in session.scalars(select(Staff).where(Staff.id.in_(staff_ids)))}
    role_ids = {role for ps in parts.values() for _, role in ps if role}
    titles = dict(
        session.execute(
            select(StaffRole.id, StaffRole.title).where(StaffRole.id.in_(role_ids))
        ).all()
    )
    orgs = dict(
        session.execute(
            select(Organization.id, Organization.name).where(
                Organization.id.in_({r.organization_id for r in rows if r.organization_id})
            )
        ).all()
    )

    def who(sid: str | None, role: str | None) -> str | None:
        if not sid:
            return None
        shown = protection.person(sid, names.get(sid))
        title = titles.get(role or "")
        if shown == names.get(sid) and title:  # not hidden: name and job
            return f"{shown}, {title.lower()}"
        return shown

    return [
        item(
            id=r.id,
            kind="pregnancy" if r.id in planned else "appointment",
            start=r.start,
            end=r.end,
            title=r.text,
            status=r.status,
            organization=orgs.get(r.organization_id or ""),
            people=[who(sid, role) for sid, role in parts.get(r.id, [])],
            at=at,
        )
        for r in rows
    ]


def appointments_view(
    session: Session, subject: str, viewer: str | None = None, at: datetime | None = None
) -> dict[str, Any]:
    """The subject's appointments as ``viewer`` (the citizen, or a proxy for the journal) sees
    them: :func:`calendar_document` of :func:`appointment_items`."""
    viewer = viewer or subject
    at = at or utcnow()
    pregnancy = viewer == subject or any(
        p.principal_id == subject for p in authz.principals_of(session, viewer, at, "pregnancy")
    )

    def build(protection: ViewProtection) -> dict[str, Any]:
        items = appointment_items(session, subject, protection, at, pregnancy=pregnancy)
        return calendar_document(subject, viewer, items)

    return citizen_view(session, subject, viewer, at, "journal", build)
