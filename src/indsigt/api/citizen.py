"""Citizen endpoints: journal, log (drill-down and filters), powers of attorney, reports, name
requests and alerts.

Every citizen document comes from the view layer (``views.journal_view`` / ``views.log_view``),
which authorises ``(subject, viewer)`` and applies protection last; this module only selects and
serialises. Every response names whose data it is (``patient``) and who looks (``viewer``). There
is no ``at`` parameter: a citizen always sees the view of now (a past view could predate an order).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from sqlalchemy.orm import Session

from .. import alerts, appointments, auth, cases, namerequests, proxies, views
from ..auth import ActingFor, CitizenUser, DbSession, SignedInCsrf
from ..ratelimit import per_user
from ..views.appointments import appointments_view
from ..views.filters import LogQuery, parse_log_query
from ..views.proxies import proxies_view, proxy_view
from .auth_routes import session_doc
from .common import json_response, router
from .schemas import (
    ActingForIn,
    AlertConfirmIn,
    AlertConfirmOut,
    AlertsIn,
    AlertsOut,
    AppointmentsOut,
    CalendarOut,
    JournalOut,
    LogGroupDetailOut,
    LogOut,
    NameRequestIn,
    NameRequestOut,
    NameRequestsOut,
    ProxiesOut,
    ProxyGrantIn,
    ProxyOut,
    RemindersIn,
    RemindersOut,
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


SearchQ = Query(
    None, max_length=200, description="Kun notater, der indeholder teksten (som borgeren ser den)"
)
OrgQ = Query(None, max_length=300, description="Kun notater fra organisationen (navnet som vist)")


def _journal(s: Session, subject: str, viewer: str, q: str | None, org: str | None) -> object:
    if q or org:  # the search runs on what the viewer sees (the protected document)
        return json_response(views.journal_search(s, subject, viewer, query=q, organization=org))
    return json_response(views.journal_view(s, subject, viewer))


@api.get("/me/journal", response_model=JournalOut, summary="Journalen for den valgte borger")
def my_journal(
    s: DbSession,
    user: CitizenUser,
    subject: ActingFor,
    q: str | None = SearchQ,
    organization: str | None = OrgQ,
) -> object:
    return _journal(s, subject, user.id, q, organization)


@api.get("/citizens/{patient_id}/journal", response_model=JournalOut, summary="En borgers journal")
def journal(
    s: DbSession,
    user: CitizenUser,
    patient_id: str = PatientId,
    q: str | None = SearchQ,
    organization: str | None = OrgQ,
) -> object:
    return _journal(s, patient_id, user.id, q, organization)


class LogParams:
    """Filters of the log (query parameters), read by the same parser as the web pages'.
    Period and organisation select entries; flag and state select whole groups."""

    def __init__(
        self,
        s: DbSession,
        since: str | None = Query(
            None, max_length=20, description="Fra og med dato (ÅÅÅÅ-MM-DD eller dd.mm.åååå)"
        ),
        until: str | None = Query(
            None, max_length=20, description="Til og med dato (ÅÅÅÅ-MM-DD eller dd.mm.åååå)"
        ),
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
        self.query: LogQuery = parse_log_query(
            s, since=since, until=until, organization=organization, flag=flag, state=state
        )
        self.limit, self.offset = limit, offset
        self.groups_page = (groups_offset, groups_limit)


def _log(s: Session, subject: str, viewer: str, q: LogParams, *, entries: bool) -> dict[str, Any]:
    """The view's log, filtered and paged. The view layer authorises and protects; we select."""
    doc = views.log_view(
        s,
        subject,
        viewer,
        entries=entries,
        filters=q.query.filters,
        groups_page=q.groups_page,
        entries_page=(q.offset, q.limit) if entries else None,
    )
    return doc


ENTRIES = Query(False, description="Tag de enkelte logposter med (sider med limit/offset)")
Filters = Annotated[LogParams, Depends()]


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
    doc = views.log_group_view(s, patient_id, user.id, group_id, filters=q.query.filters)
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


@api.get("/me/proxies", response_model=ProxiesOut, summary="Mine fuldmagter (givet og modtaget)")
def my_proxies(s: DbSession, user: CitizenUser) -> object:
    return json_response(proxies_view(s, user.id))


@api.post(
    "/me/proxies",
    response_model=ProxyOut,
    status_code=201,
    summary="Giv en anden borger fuldmagt til mine journal- og/eller logoplysninger",
    dependencies=SignedInCsrf,
)
def grant_proxy(body: ProxyGrantIn, s: DbSession, user: CitizenUser) -> object:
    pid = proxies.grant(
        s,
        user.id,
        cpr=body.proxy_cpr,
        name=body.proxy_name,
        scope=list(body.scope),
        valid_from=body.valid_from,
        until=body.until,
    )
    return json_response(proxy_view(s, user.id, pid), 201)


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
    return json_response(proxy_view(s, user.id, proxy_id))


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


# -- appointments, the calendar address and reminders -------------------------------------------


@api.get(
    "/me/appointments", response_model=AppointmentsOut, summary="Aftaler for den valgte borger"
)
def my_appointments(s: DbSession, user: CitizenUser, subject: ActingFor) -> object:
    return json_response(appointments_view(s, subject, user.id))


@api.get(
    "/citizens/{patient_id}/appointments",
    response_model=AppointmentsOut,
    summary="En borgers aftaler (kommende og tidligere)",
)
def citizen_appointments(s: DbSession, user: CitizenUser, patient_id: str = PatientId) -> object:
    return json_response(appointments_view(s, patient_id, user.id))


@api.get("/me/calendar", response_model=CalendarOut, summary="Har jeg en kalenderadresse")
def my_calendar(s: DbSession, user: CitizenUser) -> object:
    return json_response({"active": appointments.feed_status(s, user.id)["active"], "url": None})


@api.post(
    "/me/calendar",
    response_model=CalendarOut,
    status_code=201,
    summary="Lav en ny hemmelig kalenderadresse (iCalendar); den gamle holder op med at virke",
    dependencies=SignedInCsrf,
)
def new_calendar(s: DbSession, user: CitizenUser) -> object:
    from ..config import get_settings

    token = appointments.new_feed(s, user.id)
    url = get_settings().base_url.rstrip("/") + appointments.FEED_PATH.format(token=token)
    return json_response({"active": True, "url": url}, 201)


@api.delete(
    "/me/calendar",
    response_model=CalendarOut,
    summary="Slet kalenderadressen",
    dependencies=SignedInCsrf,
)
def revoke_calendar(s: DbSession, user: CitizenUser) -> object:
    appointments.revoke_feed(s, user.id)
    return json_response({"active": False, "url": None})


@api.get("/me/reminders", response_model=RemindersOut, summary="Mine påmindelser om aftaler")
def my_reminders(s: DbSession, user: CitizenUser) -> object:
    return json_response(appointments.reminder_settings(s, user.id))


@api.put(
    "/me/reminders",
    response_model=RemindersOut,
    summary="Slå påmindelser om aftaler til (e-mail, dage før)",
    dependencies=SignedInCsrf,
)
def set_reminders(body: RemindersIn, s: DbSession, user: CitizenUser) -> object:
    return json_response(
        appointments.set_reminders(s, user.id, email=body.email, days_before=body.days_before)
    )


@api.delete(
    "/me/reminders",
    response_model=RemindersOut,
    summary="Slå påmindelser om aftaler fra",
    dependencies=SignedInCsrf,
)
def stop_reminders(s: DbSession, user: CitizenUser) -> object:
    return json_response(appointments.stop_reminders(s, user.id))
