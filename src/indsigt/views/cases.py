"""What a citizen reads about their own dealings: misuse reports and name requests.

A report keeps the citizen's own words and the ids of the log entries it is about; whenever the
citizen looks, the entries are rendered again with the protection in force now. The citizen's
words are :class:`~indsigt.views.exit.Own` (verbatim to their author, protected for anyone else);
the answers staff write (case messages, an outcome, an auditor's reasons) are ordinary text and
protected like everything else. A name an auditor granted is :class:`~indsigt.views.exit.Released`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..accesslog.view import build_log
from ..errors import NotFound
from ..protect.base import ViewProtection
from ..store.cases import CaseEntry, CaseEvent, MisuseCase, NameRequest
from ..timeutil import iso_local, utcnow
from .exit import Own, Released, citizen_view

CASE_STATUSES = {
    "modtaget": "Modtaget",
    "under_behandling": "Under behandling",
    "afsluttet": "Afsluttet",
}
NAME_STATUSES = {"pending": "Afventer svar", "granted": "Imødekommet", "refused": "Afslået"}
#: where a citizen can complain when a case is closed or a request refused
COMPLAINTS = (
    {
        "name": "Styrelsen for Patientklager",
        "about": "klager over sundhedsvæsenets behandling, også over hvem der har set din journal",
        "url": "https://stpk.dk",
    },
    {
        "name": "Datatilsynet",
        "about": "klager over, hvordan dine personoplysninger er behandlet",
        "url": "https://www.datatilsynet.dk",
    },
)
PROXY_OWN_ONLY = "Kun borgeren selv kan anmode om et navn og se svaret."


def history(session: Session, case_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
    )
    return [
        {
            "time": iso_local(e.at),
            "status": e.status,
            "status_text": CASE_STATUSES[e.status],
            "text": e.text,
        }
        for e in rows
    ]


def entry_ids(session: Session, case_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {c: [] for c in case_ids}
    if case_ids:
        for cid, eid in session.execute(
            select(CaseEntry.case_id, CaseEntry.entry_id)
            .where(CaseEntry.case_id.in_(case_ids))
            .order_by(CaseEntry.entry_id)
        ):
            out[cid].append(eid)
    return out


def reports_view(
    session: Session,
    subject: str,
    viewer: str | None = None,
    *,
    at: datetime | None = None,
    case_id: str | None = None,
    with_entries: bool = True,
) -> dict[str, Any]:
    """The misuse reports about ``subject`` as ``viewer`` (the citizen or a proxy for the log)
    sees them: ``{"patient", "viewer", "reports": [...], "complaints": [...]}``. Without
    ``with_entries`` the log entries of each report are left out (and the log is not read)."""
    viewer = viewer or subject
    at = at or utcnow()

    def build(protection: ViewProtection) -> dict[str, Any]:
        q = select(MisuseCase).where(MisuseCase.patient_id == subject)
        if case_id is not None:
            q = q.where(MisuseCase.id == case_id)
        cases = session.scalars(q.order_by(MisuseCase.created_at.desc(), MisuseCase.id)).all()
        if case_id is not None and not cases:
            raise NotFound("Sagen findes ikke.")
        by_case = entry_ids(session, [c.id for c in cases])
        wanted = {e for ids in by_case.values() for e in ids}
        shown: dict[str, dict[str, Any]] = {}
        if wanted and with_entries:
            from .log import whose

            doc = whose(subject, viewer, build_log(session, subject, at, protection, entries=True))
            shown = {e["id"]: e for e in doc.get("entries") or [] if e["id"] in wanted}
        reports = [
            {
                "id": c.id,
                "status": c.status,
                "status_text": CASE_STATUSES[c.status],
                "created": iso_local(c.created_at),
                "updated": iso_local(c.updated_at),
                "group": c.group_id,
                "text": Own(c.text or "", c.filed_by),
                "filed_by_viewer": c.filed_by == viewer,
                "outcome": c.outcome,
                "history": history(session, c.id),
                "entries": [shown[e] for e in by_case[c.id] if e in shown],
            }
            for c in cases
        ]
        return {
            "patient": subject,
            "viewer": viewer,
            "reports": reports,
            "complaints": [dict(c) for c in COMPLAINTS],
        }

    return citizen_view(session, subject, viewer, at, "log", build, wrapped=True)


def report_view(
    session: Session, subject: str, viewer: str | None, case_id: str, *, at: datetime | None = None
) -> dict[str, Any]:
    doc = reports_view(session, subject, viewer, at=at, case_id=case_id)
    return {
        "patient": doc["patient"],
        "viewer": doc["viewer"],
        "report": doc["reports"][0],
        "complaints": doc["complaints"],
    }


def _request(req: NameRequest) -> dict[str, Any]:
    return {
        "id": req.id,
        "label": req.label,
        "status": req.status,
        "status_text": NAME_STATUSES[req.status],
        "created": iso_local(req.created_at),
        "decided": iso_local(req.decided_at),
        "text": Own(req.text or "", req.patient_id),
        # the auditor's reasons are written to the citizen: protected like any text
        "reason": req.decision_reason,
        "name": Released(req.staff_name if req.status == "granted" else None),
    }


def name_requests_view(
    session: Session, subject: str, viewer: str | None = None, *, request_id: str | None = None
) -> dict[str, Any]:
    """The citizen's own name requests and the answers (a proxy is refused: the answer is for
    the citizen alone): ``{"patient", "viewer", "requests", "complaints"}``."""

    def build(protection: ViewProtection) -> dict[str, Any]:
        q = select(NameRequest).where(NameRequest.patient_id == subject)
        if request_id is not None:
            q = q.where(NameRequest.id == request_id)
        rows = session.scalars(q.order_by(NameRequest.created_at.desc(), NameRequest.id)).all()
        if request_id is not None and not rows:
            raise NotFound("Anmodningen findes ikke.")
        return {
            "patient": subject,
            "viewer": viewer or subject,
            "requests": [_request(r) for r in rows],
            "complaints": [dict(c) for c in COMPLAINTS],
        }

    return citizen_view(
        session, subject, viewer, None, "log", build, own_only=PROXY_OWN_ONLY, wrapped=True
    )
