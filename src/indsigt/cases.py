"""Misuse reports ("Anmeld mistanke om misbrug"): a case for the data controller.

A citizen (or their proxy with a power of attorney for the log) reports a log group or a single
log entry. The case keeps the ids of the entries and the citizen's own words; whenever the
citizen looks at the case, the entries are rendered again through :func:`indsigt.views.log_view`
(so the protection in force at that moment applies) and the whole document passes the view's
protection last.

The data controller (an app user with role ``admin``) sees the case with the real identity behind
every label; each such view is recorded in the audit trail. Status: ``modtaget`` → ``under
behandling`` → ``afsluttet`` (with an outcome text the citizen reads).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .audit import record
from .errors import Invalid, NotFound
from .store import AccessEntry, Organization, Patient, Staff
from .store.cases import CaseEntry, CaseEvent, MisuseCase
from .timeutil import iso_local, utcnow
from .users import require_role
from .views.cases import CASE_STATUSES as STATUSES

MAX_TEXT = 4000


def _text(value: str | None, label: str, *, param: str, required: bool = False) -> str:
    """``value`` stripped; ``label`` names it in the Danish refusal, ``param`` is the service
    parameter the refusal is about (:attr:`Invalid.field`)."""
    text = (value or "").strip()
    if required and not text:
        raise Invalid(f"{label} skal udfyldes.", field=param)
    if len(text) > MAX_TEXT:
        raise Invalid(f"{label} må højst være {MAX_TEXT} tegn.", field=param)
    return text


def file_report(
    session: Session,
    subject: str,
    viewer: str,
    *,
    group: str | None = None,
    entry: str | None = None,
    text: str = "",
    at: datetime | None = None,
) -> dict[str, Any]:
    """File a report about a log group or entry of ``subject`` as ``viewer`` sees it."""
    from .views import log_view

    at = at or utcnow()
    if bool(group) == bool(entry):
        raise Invalid("Angiv enten en gruppe (group) eller en enkelt logpost (entry).")
    text = _text(text, "Beskrivelsen", param="text")
    doc = log_view(session, subject, viewer, at, entries=True)  # authorises
    entries = doc.get("entries") or []
    if entry:
        ids = [e["id"] for e in entries if e["id"] == entry]
        if not ids:
            raise NotFound("Logposten findes ikke i din log.")
        group = next((e.get("group") for e in entries if e["id"] == entry), None)
    else:
        ids = [e["id"] for e in entries if e.get("group") == group]
        if not ids:
            raise NotFound("Gruppen findes ikke i din log.")
    now = utcnow()
    case = MisuseCase(
        id=f"sag-{uuid.uuid4().hex[:12]}",
        patient_id=subject,
        filed_by=viewer,
        created_at=now,
        updated_at=now,
        status="modtaget",
        group_id=group,
        text=text,
    )
    session.add(case)
    session.add_all(CaseEntry(case_id=case.id, entry_id=i) for i in ids)
    session.add(CaseEvent(case_id=case.id, at=now, status="modtaget", text=None, actor=viewer))
    record(
        session,
        viewer,
        "case.file",
        case.id,
        None,
        {"patient": subject, "entries": len(ids), "group": group},
    )
    session.flush()
    return citizen_case(session, subject, viewer, case.id, at=at)


def citizen_cases(
    session: Session,
    subject: str,
    viewer: str,
    *,
    at: datetime | None = None,
    case_id: str | None = None,
) -> dict[str, Any]:
    """The reports about ``subject`` as ``viewer`` sees them (:func:`indsigt.views.cases.reports_view`)."""
    from .views.cases import reports_view

    return reports_view(session, subject, viewer, at=at, case_id=case_id)


def citizen_case(
    session: Session, subject: str, viewer: str, case_id: str, *, at: datetime | None = None
) -> dict[str, Any]:
    from .views.cases import report_view

    return report_view(session, subject, viewer, case_id, at=at)


def _history(session: Session, case_id: str) -> list[dict[str, Any]]:
    from .views.cases import history

    return history(session, case_id)


def _entry_ids(session: Session, case_ids: list[str]) -> dict[str, list[str]]:
    from .views.cases import entry_ids

    return entry_ids(session, case_ids)


# -- the data controller ------------------------------------------------------------------------


def _require_admin(session: Session, admin: str) -> None:
    require_role(session, admin, "admin")


def admin_list(session: Session, *, admin: str, status: str | None = None) -> list[dict[str, Any]]:
    """Every case, newest first, without identities (the list view)."""
    _require_admin(session, admin)
    if status is not None and status not in STATUSES:
        raise Invalid(f"Ukendt status {status!r}; brug {', '.join(STATUSES)}.")
    counts = dict(
        session.execute(select(CaseEntry.case_id, func.count()).group_by(CaseEntry.case_id)).all()
    )
    q = select(MisuseCase).order_by(MisuseCase.created_at.desc(), MisuseCase.id)
    if status:
        q = q.where(MisuseCase.status == status)
    return [
        {
            "id": c.id,
            "patient": c.patient_id,
            "filed_by": c.filed_by,
            "status": c.status,
            "status_text": STATUSES[c.status],
            "created": iso_local(c.created_at),
            "updated": iso_local(c.updated_at),
            "entries": counts.get(c.id, 0),
            "handled_by": c.handled_by,
        }
        for c in session.scalars(q)
    ]


def admin_case(session: Session, case_id: str, *, admin: str) -> dict[str, Any]:
    """A case with the real identity behind every label (recorded in the audit trail)."""
    from .views import log_view

    _require_admin(session, admin)
    case = session.get(MisuseCase, case_id)
    if case is None:
        raise NotFound("Sagen findes ikke.")
    ids = _entry_ids(session, [case.id])[case.id]
    rows = session.scalars(select(AccessEntry).where(AccessEntry.id.in_(ids))).all() if ids else []
    staff = {
        s.id: s
        for s in session.scalars(
            select(Staff).where(Staff.id.in_({r.user_staff_id for r in rows if r.user_staff_id}))
        )
    }
    orgs = dict(
        session.execute(
            select(Organization.id, Organization.name).where(
                Organization.id.in_({r.organization_id for r in rows if r.organization_id})
            )
        ).all()
    )
    # what the citizen sees for each entry (a name or a label), for the controller to compare
    seen: dict[str, Any] = {}
    if ids:
        doc = log_view(session, case.patient_id, case.patient_id, utcnow(), entries=True)
        seen = {e["id"]: e.get("actor") for e in doc.get("entries") or [] if e["id"] in set(ids)}
    patient = session.get(Patient, case.patient_id)
    filer = session.get(Patient, case.filed_by)
    entries = []
    for r in sorted(rows, key=lambda r: (r.time, r.id)):
        s = staff.get(r.user_staff_id or "")
        entries.append(
            {
                "id": r.id,
                "time": iso_local(r.time),
                "shown_as": seen.get(r.id),
                "staff": r.user_staff_id,
                "name": s.name if s else r.user_display,
                "user": r.user_ref,
                "on_behalf_of": r.on_behalf_staff_id or r.on_behalf_display,
                "organization": orgs.get(r.organization_id or "") or r.system_name,
                "system": r.system_name,
                "what": r.what,
                "purpose": r.purpose,
            }
        )
    record(
        session,
        admin,
        "case.view_identities",
        case.id,
        None,
        {"patient": case.patient_id, "staff": sorted({e["staff"] for e in entries if e["staff"]})},
    )
    session.flush()
    return {
        "id": case.id,
        "patient": case.patient_id,
        "patient_name": patient.name if patient else None,
        "filed_by": case.filed_by,
        "filed_by_name": filer.name if filer else None,
        "status": case.status,
        "status_text": STATUSES[case.status],
        "created": iso_local(case.created_at),
        "updated": iso_local(case.updated_at),
        "group": case.group_id,
        "text": case.text,
        "outcome": case.outcome,
        "handled_by": case.handled_by,
        "history": _history(session, case.id),
        "entries": entries,
    }


def set_status(
    session: Session, case_id: str, status: str, *, admin: str, text: str | None = None
) -> dict[str, Any]:
    """Move a case on (``under_behandling``, ``afsluttet`` with an outcome text)."""
    _require_admin(session, admin)
    case = session.get(MisuseCase, case_id)
    if case is None:
        raise NotFound("Sagen findes ikke.")
    if status not in STATUSES:
        raise Invalid(f"Ukendt status {status!r}; brug {', '.join(STATUSES)}.", field="status")
    message = _text(text, "Teksten til borgeren", param="text", required=status == "afsluttet")
    if case.status == "afsluttet":
        raise Invalid("Sagen er afsluttet og kan ikke ændres.", field="status")
    now = utcnow()
    case.status = status
    case.updated_at = now
    case.handled_by = admin
    if status == "afsluttet":
        case.outcome = message
    session.add(
        CaseEvent(case_id=case.id, at=now, status=status, text=message or None, actor=admin)
    )
    record(session, admin, "case.status", case.id, message or None, {"status": status})
    session.flush()
    return {"id": case.id, "status": case.status, "status_text": STATUSES[case.status]}
