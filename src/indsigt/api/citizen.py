"""Citizen endpoints: journal, log (drill-down and filters), powers of attorney, reports, name
requests and alerts.

Every citizen document comes from the view layer (``views.journal_view`` / ``views.log_view``),
which authorises ``(subject, viewer)`` and applies protection last; this module only selects and
serialises. Every response names whose data it is (``patient``) and who looks (``viewer``). There
is no ``at`` parameter: a citizen always sees the view of now (a past view could predate an order).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import alerts, auth, cases, namerequests, proxies, views
from ..auth import ActingFor, CitizenUser, DbSession, SignedInCsrf
from ..errors import Invalid
from ..ratelimit import per_user
from ..store import Patient, Proxy
from .auth_routes import protect_for_citizen, session_doc
from .common import json_response, router
from .schemas import (
    ActingForIn,
    AlertConfirmIn,
    AlertConfirmOut,
    AlertsIn,
    AlertsOut,
    JournalOut,
    LogGroupDetailOut,
    LogOut,
    NameRequestIn,
    NameRequestOut,
    NameRequestsOut,
    ProxiesOut,
    ProxyGrantIn,
    ProxyOut,
    ReportIn,
    ReportOut,
    ReportsOut,
    SessionOut,
)

api = router("/api", "borger")

PatientId = Path(..., min_length=1, max_length=128, description="Patient-id (aldrig et CPR-nummer)")


# -- who am I, and whose data do I look at --------------------------------------------------------


@api.get("/me", response_model=SessionOut, summary="Mig: hvem jeg er og hvis data jeg kan se")
def me(request: Request, s: DbSession, user: auth.CurrentUser) -> object:
    return json_response(session_doc(request, s, user))


@api.put(
    "/me/acting-for",
    response_model=SessionOut,
    summary="Skift mellem egne oplysninger og en fuldmagtsgivers",
    dependencies=SignedInCsrf,
)
def switch(body: ActingForIn, request: Request, s: DbSession, user: CitizenUser) -> object:
    auth.set_acting_for(request, s, user, body.patient)
    return json_response(session_doc(request, s, user))


# -- journal and log ------------------------------------------------------------------------------


@api.get("/me/journal", response_model=JournalOut, summary="Journalen for den valgte borger")
def my_journal(s: DbSession, user: CitizenUser, subject: ActingFor) -> object:
    return json_response(views.journal_view(s, subject, user.id))


@api.get("/citizens/{patient_id}/journal", response_model=JournalOut, summary="En borgers journal")
def journal(s: DbSession, user: CitizenUser, patient_id: str = PatientId) -> object:
    return json_response(views.journal_view(s, patient_id, user.id))


class LogQuery:
    """Filters of the log (query parameters). Period and organisation select entries; flag and
    state select whole groups (as in ``indsigt.accesslog.view.LogFilters``)."""

    def __init__(
        self,
        since: date | None = Query(None, description="Fra og med dato (ÅÅÅÅ-MM-DD)"),
        until: date | None = Query(None, description="Til og med dato (ÅÅÅÅ-MM-DD)"),
        organization: str | None = Query(
            None, max_length=128, description="Organisations-id (med underliggende enheder)"
        ),
        flag: str | None = Query(None, max_length=32, description="Kun grupper med dette flag"),
        state: str | None = Query(
            None, max_length=32, description="explained, unexplained, flagged eller system"
        ),
        limit: int = Query(500, ge=1, le=10000, description="Højst så mange logposter"),
        offset: int = Query(0, ge=0, le=10_000_000),
        groups_limit: int = Query(
            500, ge=1, le=5000, description="Højst så mange grupper (groups_matching: i alt)"
        ),
        groups_offset: int = Query(0, ge=0, le=10_000_000),
    ) -> None:
        for d in (since, until):
            if d is not None and not 1900 <= d.year <= 9000:
                raise Invalid("Datoen ligger uden for det mulige interval (1900–9000).")
        from ..accesslog.view import LogFilters

        # validates flag, state and the period (Invalid -> 422)
        self.filters = LogFilters(
            since=since, until=until, organization=organization, flag=flag, state=state
        )
        self.limit, self.offset = limit, offset
        self.groups_page = (groups_offset, groups_limit)

    @property
    def active(self) -> bool:
        return not self.filters.empty


def _log(s: Session, subject: str, viewer: str, q: LogQuery, *, entries: bool) -> dict[str, Any]:
    """The view's log, filtered and paged. The view layer authorises and protects; we select."""
    return views.log_view(
        s,
        subject,
        viewer,
        entries=entries,
        filters=q.filters if q.active else None,
        groups_page=q.groups_page,
        entries_page=(q.offset, q.limit) if entries else None,
    )


ENTRIES = Query(False, description="Tag de enkelte logposter med (sider med limit/offset)")
Filters = Annotated[LogQuery, Depends()]


@api.get("/me/log", response_model=LogOut, summary="Adgangsloggen for den valgte borger")
def my_log(
    s: DbSession, user: CitizenUser, subject: ActingFor, q: Filters, entries: bool = ENTRIES
) -> object:
    return json_response(_log(s, subject, user.id, q, entries=entries))


@api.get("/citizens/{patient_id}/log", response_model=LogOut, summary="En borgers adgangslog")
def log(
    s: DbSession,
    user: CitizenUser,
    q: Filters,
    patient_id: str = PatientId,
    entries: bool = ENTRIES,
) -> object:
    return json_response(_log(s, patient_id, user.id, q, entries=entries))


@api.get(
    "/citizens/{patient_id}/log/groups/{group_id}",
    response_model=LogGroupDetailOut,
    summary="Fold en gruppe i loggen ud: de enkelte opslag",
)
def log_group(
    s: DbSession,
    user: CitizenUser,
    q: Filters,
    patient_id: str = PatientId,
    group_id: str = Path(..., min_length=1, max_length=128),
) -> object:
    doc = views.log_group_view(
        s, patient_id, user.id, group_id, filters=q.filters if q.active else None
    )
    group, rows = doc["group"], doc.get("entries") or []
    return json_response(
        {
            "patient": doc.get("patient", patient_id),
            "viewer": doc.get("viewer", user.id),
            "group": group,
            "entries": rows[q.offset : q.offset + q.limit],
            "entries_matching": len(rows),
        }
    )


# -- powers of attorney (fuldmagter) ------------------------------------------------------------


def _norm(name: str) -> list[str]:
    text = unicodedata.normalize("NFC", name).casefold().replace("-", " ")
    return text.split()


def _names_match(given: str, patient: Patient) -> bool:
    """The name typed by the grantor matches the citizen behind the CPR number (first given name
    and family name), so that a CPR number alone does not reveal or reach anyone."""
    words = _norm(given)
    first = _norm(patient.given)[:1]
    family = _norm(patient.family)
    if not words or not family:
        return False
    return (not first or first[0] in words) and all(w in words for w in family)


def _proxy_out(p: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {
        **p,
        "principal_name": names.get(p["principal"]),
        "proxy_name": names.get(p["proxy"]),
    }


def _proxies_doc(s: Session, user: auth.Principal) -> dict[str, Any]:
    rows = proxies.list_proxies(s, citizen=user.id)
    ids = {r["principal"] for r in rows} | {r["proxy"] for r in rows}
    names = {p.id: p.name for p in s.scalars(select(Patient).where(Patient.id.in_(ids)))}
    doc = {
        "patient": user.id,
        "viewer": user.id,
        "given": [_proxy_out(r, names) for r in rows if r["principal"] == user.id],
        "received": [_proxy_out(r, names) for r in rows if r["proxy"] == user.id],
    }
    return protect_for_citizen(s, user.id, doc)


@api.get("/me/proxies", response_model=ProxiesOut, summary="Mine fuldmagter (givet og modtaget)")
def my_proxies(s: DbSession, user: CitizenUser) -> object:
    return json_response(_proxies_doc(s, user))


@api.post(
    "/me/proxies",
    response_model=ProxyOut,
    status_code=201,
    summary="Giv en anden borger fuldmagt til mine journal- og/eller logoplysninger",
    dependencies=SignedInCsrf,
)
def grant_proxy(body: ProxyGrantIn, s: DbSession, user: CitizenUser) -> object:
    cpr = body.proxy_cpr.replace("-", "")
    other = s.scalars(select(Patient).where(Patient.cpr == cpr)).first()
    if other is None or not _names_match(body.proxy_name, other):
        raise Invalid("CPR-nummer og navn passer ikke sammen med en borger i indsigt.")
    if other.id == user.id:
        raise Invalid("Du kan ikke give fuldmagt til dig selv.")
    (pid,) = proxies.add_proxies(
        s,
        {
            "principal": user.id,
            "proxy": other.id,
            "scope": list(body.scope),
            "from": body.valid_from.isoformat() if body.valid_from else None,
            "until": body.until.isoformat() if body.until else None,
        },
        actor=user.id,
    )
    row = next(r for r in proxies.list_proxies(s, citizen=user.id) if r["id"] == pid)
    doc = _proxy_out(row, {user.id: user.name, other.id: other.name})
    return json_response(protect_for_citizen(s, user.id, doc), 201)


@api.post(
    "/me/proxies/{proxy_id}/revoke",
    response_model=ProxyOut,
    summary="Tilbagekald en fuldmagt (som giver) eller frasig den (som modtager)",
    dependencies=SignedInCsrf,
)
def revoke_proxy(
    s: DbSession, user: CitizenUser, proxy_id: str = Path(..., min_length=1, max_length=128)
) -> object:
    proxies.revoke_proxy(s, proxy_id, actor=user.id, by_citizen=user.id)
    s.flush()
    p = s.get(Proxy, proxy_id)
    assert p is not None
    names = {
        x.id: x.name
        for x in s.scalars(select(Patient).where(Patient.id.in_([p.principal_id, p.proxy_id])))
    }
    return json_response(protect_for_citizen(s, user.id, _proxy_out(proxies.proxy_dict(p), names)))


# -- misuse reports ------------------------------------------------------------------------------


@api.get(
    "/citizens/{patient_id}/reports",
    response_model=ReportsOut,
    summary="Anmeldelser af mistanke om misbrug og deres status",
)
def reports(s: DbSession, user: CitizenUser, patient_id: str = PatientId) -> object:
    return json_response(cases.citizen_cases(s, patient_id, user.id))


@api.post(
    "/citizens/{patient_id}/reports",
    response_model=ReportOut,
    status_code=201,
    summary="Anmeld mistanke om misbrug (en gruppe eller et enkelt opslag i loggen)",
    dependencies=[*SignedInCsrf, per_user("report")],
)
def file_report(
    body: ReportIn, s: DbSession, user: CitizenUser, patient_id: str = PatientId
) -> object:
    doc = cases.file_report(
        s, patient_id, user.id, group=body.group, entry=body.entry, text=body.text
    )
    return json_response(doc, 201)


@api.get(
    "/citizens/{patient_id}/reports/{report_id}",
    response_model=ReportOut,
    summary="Én anmeldelse med status og historik",
)
def report(
    s: DbSession,
    user: CitizenUser,
    patient_id: str = PatientId,
    report_id: str = Path(..., min_length=1, max_length=128),
) -> object:
    return json_response(cases.citizen_case(s, patient_id, user.id, report_id))


# -- name requests ------------------------------------------------------------------------------


@api.get(
    "/citizens/{patient_id}/name-requests",
    response_model=NameRequestsOut,
    summary="Mine anmodninger om navn (kun borgeren selv)",
)
def name_requests(s: DbSession, user: CitizenUser, patient_id: str = PatientId) -> object:
    return json_response(namerequests.citizen_requests(s, patient_id, user.id))


@api.post(
    "/citizens/{patient_id}/name-requests",
    response_model=NameRequestOut,
    status_code=201,
    summary="Anmod om navnet bag en etiket",
    dependencies=[*SignedInCsrf, per_user("name_request")],
)
def request_name(
    body: NameRequestIn, s: DbSession, user: CitizenUser, patient_id: str = PatientId
) -> object:
    req = namerequests.request_name(s, patient_id, user.id, body.label, text=body.text)
    return json_response({"patient": patient_id, "viewer": user.id, "request": req}, 201)


# -- alerts -------------------------------------------------------------------------------------


@api.get("/me/alerts", response_model=AlertsOut, summary="Mine e-mailadvarsler")
def my_alerts(s: DbSession, user: CitizenUser) -> object:
    return json_response(alerts.subscription(s, user.id))


@api.put(
    "/me/alerts",
    response_model=AlertsOut,
    summary="Slå e-mailadvarsler til eller ændr dem",
    dependencies=[*SignedInCsrf, per_user("alerts")],
)
def set_alerts(body: AlertsIn, s: DbSession, user: CitizenUser) -> object:
    return json_response(alerts.subscribe(s, user.id, email=body.email, kinds=body.kinds))


@api.delete(
    "/me/alerts",
    response_model=AlertsOut,
    summary="Slå e-mailadvarsler fra",
    dependencies=[*SignedInCsrf, per_user("alerts")],
)
def stop_alerts(s: DbSession, user: CitizenUser) -> object:
    return json_response(alerts.unsubscribe(s, user.id))


@api.post(
    "/alerts/confirm",
    response_model=AlertConfirmOut,
    summary="Bekræft en e-mailadresse med koden fra linket (ingen login; koden er beviset)",
    dependencies=[auth.CsrfChecked],
)
def confirm_alerts(body: AlertConfirmIn, s: DbSession) -> object:
    alerts.confirm(s, body.code)
    return json_response({"confirmed": True})
