"""Small reads the pages need besides the views: never note text or log entries of a citizen.

- who a power of attorney names (the two parties' names), a CPR number to a citizen id;
- when a person last signed in (from the audit trail);
- organisations and staff for the administrators' forms, and whom an order covers.

Everything a citizen reads about their record or log comes from :mod:`indsigt.views`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import AccessEntry, AuditTrail, Document, Organization, Patient, Staff, StaffRole

_CPR_RE = re.compile(r"^\d{6}-?\d{4}$")


def patient_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = session.execute(
        select(Patient.id, Patient.given, Patient.family).where(Patient.id.in_(ids))
    )
    return {pid: f"{g} {f}".strip() for pid, g, f in rows}


def patient_by_cpr_or_id(session: Session, value: str) -> Patient | None:
    """A citizen by CPR number (with or without hyphen) or by id."""
    value = (value or "").strip()
    if not value:
        return None
    if _CPR_RE.match(value):
        return session.scalars(select(Patient).where(Patient.cpr == value.replace("-", ""))).first()
    return session.get(Patient, value)


def mask_cpr(cpr: str | None) -> str:
    return f"{cpr[:6]}-xxxx" if cpr and len(cpr) == 10 else ""


def previous_visit(session: Session, principal_id: str) -> datetime | None:
    """When ``principal_id`` signed in before the current session (naive UTC), from the trail."""
    rows = session.scalars(
        select(AuditTrail.at)
        .where(AuditTrail.actor == principal_id, AuditTrail.action.startswith("login."))
        .order_by(AuditTrail.id.desc())
        .limit(2)
    ).all()
    return rows[1] if len(rows) > 1 else None


# -- administrators -----------------------------------------------------------------------------


def organizations(session: Session) -> list[dict[str, Any]]:
    """Every organisation as a tree order (parents before children) with its depth."""
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.part_of, Organization.type)
    ).all()
    children: dict[str | None, list[Any]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        parent = r.part_of if r.part_of in ids else None
        children.setdefault(parent, []).append(r)
    out: list[dict[str, Any]] = []

    def walk(parent: str | None, depth: int, seen: set[str]) -> None:
        for r in sorted(children.get(parent, []), key=lambda r: r.name or ""):
            if r.id in seen:
                continue
            seen.add(r.id)
            out.append({"id": r.id, "name": r.name, "type": r.type, "depth": depth})
            walk(r.id, depth + 1, seen)

    walk(None, 0, set())
    return out


def org_name(session: Session, org_id: str | None) -> str | None:
    if not org_id:
        return None
    org = session.get(Organization, org_id)
    return org.name if org else None


def staff_of(session: Session, org_id: str, *, below: bool = True) -> list[dict[str, Any]]:
    """Staff with a role in ``org_id`` (and below it), with title and department."""
    from ..protect.policy import organization_staff

    ids = (
        set(organization_staff(session, org_id))
        if below
        else set(
            session.scalars(select(StaffRole.staff_id).where(StaffRole.organization_id == org_id))
        )
    )
    return staff_details(session, ids)


def staff_details(session: Session, ids: Iterable[str]) -> list[dict[str, Any]]:
    ids = {i for i in ids if i}
    if not ids:
        return []
    roles: dict[str, list[tuple[str | None, str | None]]] = {}
    for sid, title, oid in session.execute(
        select(StaffRole.staff_id, StaffRole.title, StaffRole.organization_id).where(
            StaffRole.staff_id.in_(ids)
        )
    ):
        roles.setdefault(sid, []).append((title, oid))
    orgs = dict(
        session.execute(
            select(Organization.id, Organization.name).where(
                Organization.id.in_({o for rs in roles.values() for _, o in rs if o})
            )
        ).all()
    )
    out = []
    for s in session.scalars(select(Staff).where(Staff.id.in_(ids))):
        rs = roles.get(s.id, [])
        out.append(
            {
                "id": s.id,
                "name": s.name,
                "titles": sorted({t for t, _ in rs if t}),
                "organizations": sorted({orgs.get(o, o) for _, o in rs if o}),
            }
        )
    return sorted(out, key=lambda r: (r["name"], r["id"]))


def affected_citizens(
    session: Session, staff_ids: Iterable[str], *, limit: int = 50
) -> tuple[int, list[dict[str, Any]]]:
    """Citizens whose record notes or access log name one of ``staff_ids``: how many, and the
    first ``limit`` (id, name, masked CPR). For an order's "who is affected"."""
    ids = list({i for i in staff_ids if i})
    if not ids:
        return 0, []
    pids: set[str] = set()
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        pids.update(
            session.scalars(
                select(Document.patient_id).where(Document.author_staff_id.in_(part)).distinct()
            )
        )
        pids.update(
            session.scalars(
                select(AccessEntry.patient_id).where(AccessEntry.user_staff_id.in_(part)).distinct()
            )
        )
    shown = sorted(pids)[:limit]
    rows = session.execute(
        select(Patient.id, Patient.given, Patient.family, Patient.cpr).where(Patient.id.in_(shown))
    )
    people = [
        {"id": pid, "name": f"{g} {f}".strip(), "cpr": mask_cpr(cpr)} for pid, g, f, cpr in rows
    ]
    return len(pids), sorted(people, key=lambda p: p["name"])
