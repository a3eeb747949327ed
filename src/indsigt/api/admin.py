"""Administrator endpoints: protection orders, the audit trail, misuse reports to handle.

Administrators do not read citizens' journals or logs; the one place they see identities is a
misuse case, and each such view is recorded in the audit trail.
"""

from __future__ import annotations

from typing import Any

from fastapi import Body, Path, Query

from .. import audit, cases
from ..auth import AdminUser, DbSession, SignedInCsrf, StaffUser
from .common import json_response, router
from .schemas import (
    AuditOut,
    CaseListOut,
    CaseStatusIn,
    CaseStatusOut,
    ExtendIn,
    OrderIdsOut,
    OrderOut,
    OrdersOut,
    RevokeIn,
)

api = router("/api/admin", "administrator")

OrderId = Path(..., min_length=1, max_length=128)
CaseId = Path(..., min_length=1, max_length=128)


@api.get("/orders", response_model=OrdersOut, summary="Beskyttelsesordrer")
def list_orders(
    s: DbSession,
    user: AdminUser,
    patient: str | None = Query(None, max_length=128, description="Kun ordrer over for borgeren"),
    in_force: bool = Query(False, description="Kun ordrer i kraft nu"),
    expiring: bool = Query(False, description="Kun ordrer i kraft, der udløber inden for 14 dage"),
) -> object:
    from ..protect.orders import list_orders as _list

    rows = _list(s, patient=patient, in_force_only=in_force, expiring_only=expiring)
    return json_response({"orders": rows})


@api.post(
    "/orders",
    response_model=OrderIdsOut,
    status_code=201,
    summary="Tilføj beskyttelsesordrer (ét objekt eller en liste; alle eller ingen)",
    dependencies=SignedInCsrf,
)
def add_orders(
    s: DbSession,
    user: AdminUser,
    body: dict[str, Any] | list[dict[str, Any]] = Body(
        ...,
        examples=[
            {
                "kind": "patient",
                "patient": "p000123",
                "staff": ["s-holm"],
                "from": "2026-01-01",
                "reason": "threats",
                "mode": "pseudonym",
                "decided_by": "Afdelingsledelsen",
            }
        ],
    ),
) -> object:
    from ..ordering import create_orders

    return json_response({"ids": create_orders(s, body, actor=user.id)}, 201)


@api.post(
    "/orders/{order_id}/extend",
    response_model=OrderOut,
    summary="Forlæng en ordre: til en dato (until), med et antal dage (days, fx 90) eller til den "
    "ophæves (until: null)",
    dependencies=SignedInCsrf,
)
def extend_order(body: ExtendIn, s: DbSession, user: AdminUser, order_id: str = OrderId) -> object:
    from ..errors import Invalid
    from ..protect.orders import extend_order as _extend
    from ..protect.orders import extend_order_days as _extend_days

    given = body.model_fields_set & {"until", "days"}
    if len(given) != 1 or (body.days is None and "days" in given):
        raise Invalid("Angiv enten until (en dato, eller null for ingen slutdato) eller days.")
    if body.days is not None:
        return json_response(_extend_days(s, order_id, body.days, body.reason, actor=user.id))
    return json_response(_extend(s, order_id, body.until, body.reason, actor=user.id))


@api.post(
    "/orders/{order_id}/revoke",
    response_model=OrderOut,
    summary="Ophæv en ordre før tid",
    dependencies=SignedInCsrf,
)
def revoke_order(body: RevokeIn, s: DbSession, user: AdminUser, order_id: str = OrderId) -> object:
    from ..protect.orders import revoke_order as _revoke

    return json_response(_revoke(s, order_id, body.reason, actor=user.id))


@api.get(
    "/audit",
    response_model=AuditOut,
    summary="Revisionssporet: hvem gjorde hvad, hvornår og hvorfor (administratorer og revisorer)",
)
def audit_trail(
    s: DbSession,
    user: StaffUser,
    action: str | None = Query(None, max_length=64, description="Handlinger der starter med"),
    limit: int = Query(500, ge=1, le=5000),
) -> object:
    return json_response({"entries": audit.trail(s, limit=limit, action=action)})


@api.get("/reports", response_model=CaseListOut, summary="Anmeldelser af misbrug til behandling")
def list_reports(
    s: DbSession,
    user: AdminUser,
    status: str | None = Query(None, max_length=32, description="modtaget, under_behandling …"),
) -> object:
    return json_response({"reports": cases.admin_list(s, admin=user.id, status=status)})


@api.get(
    "/reports/{report_id}",
    summary="Én anmeldelse med de rigtige identiteter bag etiketterne (registreres i revisionssporet)",
)
def get_report(s: DbSession, user: AdminUser, report_id: str = CaseId) -> object:
    return json_response(cases.admin_case(s, report_id, admin=user.id))


@api.post(
    "/reports/{report_id}/status",
    response_model=CaseStatusOut,
    summary="Sæt en anmeldelse under behandling eller afslut den med et svar til borgeren",
    dependencies=SignedInCsrf,
)
def set_report_status(
    body: CaseStatusIn, s: DbSession, user: AdminUser, report_id: str = CaseId
) -> object:
    return json_response(cases.set_status(s, report_id, body.status, admin=user.id, text=body.text))
