"""Auditor endpoints: reveal a label (with a reason, always recorded), decide name requests."""

from __future__ import annotations

from fastapi import Path, Query

from .. import namerequests
from ..auth import AuditorUser, DbSession, SignedInCsrf
from ..errors import IndsigtError
from .common import json_response, router
from .schemas import AuditorRequestsOut, DecisionIn, RevealIn

api = router("/api/auditor", "revisor")


@api.post(
    "/reveal",
    summary="Hvem står bag en etiket hos en borger (kræver begrundelse; registreres)",
    dependencies=SignedInCsrf,
)
def reveal(body: RevealIn, s: DbSession, user: AuditorUser) -> object:
    from ..protect.labels import record_failed_reveal
    from ..protect.labels import reveal as _reveal

    try:
        found = _reveal(s, body.patient, body.label, auditor=user.id, reason=body.reason)
    except IndsigtError as exc:
        # a refused attempt is recorded too (and kept, although the request fails)
        s.rollback()
        record_failed_reveal(s, user.id, body.patient, body.label, body.reason, exc.message)
        s.commit()
        raise
    return json_response(found)


@api.get(
    "/name-requests",
    response_model=AuditorRequestsOut,
    summary="Anmodninger om navn (standard: dem der venter på svar)",
)
def list_requests(
    s: DbSession,
    user: AuditorUser,
    status: str | None = Query(
        "pending", max_length=16, description="pending, granted, refused, all"
    ),
) -> object:
    wanted = None if status in (None, "", "all") else status
    return json_response(
        {"requests": namerequests.list_requests(s, auditor=user.id, status=wanted)}
    )


@api.post(
    "/name-requests/{request_id}/decision",
    summary="Imødekom (navnet vises for borgeren) eller afslå en anmodning, med begrundelse",
    dependencies=SignedInCsrf,
)
def decide(
    body: DecisionIn,
    s: DbSession,
    user: AuditorUser,
    request_id: str = Path(..., min_length=1, max_length=128),
) -> object:
    return json_response(
        namerequests.decide(s, request_id, auditor=user.id, grant=body.grant, reason=body.reason)
    )
