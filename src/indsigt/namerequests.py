"""Name requests ("Anmod om navn"): a citizen asks who is behind a pseudonym label.

Only the data subject themself may ask (a proxy may not), and only about a pseudonym label that
was actually shown in their own views (a pinned label). An auditor grants or refuses with a
reason; a grant goes through :func:`indsigt.protect.labels.reveal` (itself recorded) and the name
is then shown to that citizen alone, in their list of requests. Every step is recorded in the
audit trail. A blurred label ("Sundhedsperson") has no identity and cannot be asked about.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import authz
from .audit import record
from .errors import Forbidden, Invalid, NotFound
from .store.cases import NameRequest
from .timeutil import iso_local, utcnow
from .users import require_role
from .views.cases import NAME_STATUSES as STATUSES

MAX_TEXT = 2000


def _own_only(subject: str, viewer: str) -> None:
    if subject != viewer:
        raise Forbidden("Kun borgeren selv kan anmode om et navn og se svaret.")


def request_name(
    session: Session, subject: str, viewer: str, label: str, *, text: str = ""
) -> dict[str, Any]:
    """Ask who ``label`` stands for in ``subject``'s views. Returns the request as the citizen sees it."""
    from .protect.labels import parse_label
    from .store.protection import LabelPin

    authz.authorize(session, subject, viewer, utcnow(), "log")
    _own_only(subject, viewer)
    label = " ".join((label or "").split())
    if not label:
        raise Invalid("Etiketten skal udfyldes.")
    if len(label) > 300:
        raise Invalid("Etiketten er for lang.")
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise Invalid(f"Begrundelsen må højst være {MAX_TEXT} tegn.")
    code = parse_label(label)
    pin = session.scalars(
        select(LabelPin).where(LabelPin.patient_id == subject, LabelPin.code == code)
    ).first()
    if pin is None:
        raise NotFound("Etiketten findes ikke i dine oplysninger.")
    existing = session.scalars(
        select(NameRequest).where(
            NameRequest.patient_id == subject,
            NameRequest.code == code,
            NameRequest.status == "pending",
        )
    ).first()
    if existing is not None:
        return _as_seen(session, existing)
    req = NameRequest(
        id=f"nav-{uuid.uuid4().hex[:12]}",
        patient_id=subject,
        label=label,
        code=code,
        text=text or None,
        created_at=utcnow(),
        status="pending",
    )
    session.add(req)
    record(
        session,
        viewer,
        "namerequest.create",
        req.id,
        text or None,
        {"patient": subject, "label": label},
    )
    session.flush()
    return _as_seen(session, req)


def citizen_requests(session: Session, subject: str, viewer: str) -> dict[str, Any]:
    """The citizen's own name requests (:func:`indsigt.views.cases.name_requests_view`)."""
    from .views.cases import name_requests_view

    return name_requests_view(session, subject, viewer)


def _as_seen(session: Session, req: NameRequest) -> dict[str, Any]:
    """The request as the citizen who made it sees it (through the view layer)."""
    from .views.cases import name_requests_view

    session.flush()
    return name_requests_view(session, req.patient_id, req.patient_id, request_id=req.id)[
        "requests"
    ][0]


def orders_behind(session: Session, req: NameRequest) -> list[dict[str, Any]]:
    """The orders in force toward the citizen that hide the person behind the request's label
    (what the auditor weighs: the order, its reason and its note)."""
    from .lookups import staff_of
    from .protect.orders import list_orders
    from .store.protection import LabelPin

    pin = session.scalars(
        select(LabelPin).where(LabelPin.patient_id == req.patient_id, LabelPin.code == req.code)
    ).first()
    if pin is None:
        return []
    out = []
    for o in list_orders(session, patient=req.patient_id, in_force_only=True):
        staff = o.get("staff")
        ids = {staff} if isinstance(staff, str) else set(staff or [])
        if o.get("organization"):
            ids |= {s["id"] for s in staff_of(session, o["organization"])}
        if pin.staff_id in ids:
            out.append(
                {
                    k: o.get(k)
                    for k in ("id", "kind", "reason", "note", "from", "until", "decided_by")
                }
            )
    return out


def auditor_view(req: NameRequest) -> dict[str, Any]:
    return {
        "id": req.id,
        "patient": req.patient_id,
        "label": req.label,
        "text": req.text,
        "status": req.status,
        "status_text": STATUSES[req.status],
        "created": iso_local(req.created_at),
        "decided": iso_local(req.decided_at),
        "decided_by": req.decided_by,
        "reason": req.decision_reason,
        "staff": req.staff_id,
        "name": req.staff_name,
    }


def list_requests(
    session: Session, *, auditor: str, status: str | None = "pending"
) -> list[dict[str, Any]]:
    """Requests for an auditor to decide (``status=None``: all)."""
    require_role(session, auditor, "auditor")
    if status is not None and status not in STATUSES:
        raise Invalid(f"Ukendt status {status!r}; brug {', '.join(STATUSES)}.")
    q = select(NameRequest).order_by(NameRequest.created_at, NameRequest.id)
    if status:
        q = q.where(NameRequest.status == status)
    return [
        auditor_view(r) | {"orders": orders_behind(session, r) if r.status == "pending" else []}
        for r in session.scalars(q)
    ]


def decide(
    session: Session, request_id: str, *, auditor: str, grant: bool, reason: str
) -> dict[str, Any]:
    """Grant (reveal the name to the citizen) or refuse a request, with a reason."""
    from .protect.labels import reveal

    require_role(session, auditor, "auditor")
    reason = (reason or "").strip()
    if not reason:
        raise Invalid("En begrundelse er påkrævet.", field="reason")
    if len(reason) > MAX_TEXT:
        raise Invalid(f"Begrundelsen må højst være {MAX_TEXT} tegn.", field="reason")
    req = session.get(NameRequest, request_id)
    if req is None:
        raise NotFound("Anmodningen findes ikke.")
    if req.status != "pending":
        raise Invalid("Anmodningen er allerede afgjort.")
    if grant:
        found = reveal(
            session,
            req.patient_id,
            req.label,
            auditor=auditor,
            reason=f"Anmodning om navn {req.id}: {reason}",
        )
        req.staff_id = found["staff"]["id"]
        req.staff_name = found["staff"]["name"]
    req.status = "granted" if grant else "refused"
    req.decided_at = utcnow()
    req.decided_by = auditor
    req.decision_reason = reason
    record(
        session,
        auditor,
        "namerequest.grant" if grant else "namerequest.refuse",
        req.id,
        reason,
        {"patient": req.patient_id, "label": req.label, "staff": req.staff_id},
    )
    session.flush()
    return auditor_view(req)
