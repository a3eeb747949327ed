"""Request and response models of the HTTP API (they are also the OpenAPI documentation).

Response models are lenient (optional fields, extra fields allowed) because the documents come
from the view layer, which may add fields; the API never adds data of its own to them.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Scope = Literal["journal", "log", "pregnancy"]


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# -- sign-in -------------------------------------------------------------------------------------


class PrincipalOut(Open):
    kind: Literal["citizen", "admin", "auditor", "professional"]
    id: str
    name: str
    roles: list[str]


class ChoiceOut(Open):
    patient: str
    name: str
    own: bool
    scope: list[str]
    until: str | None = None


class SessionOut(Open):
    signed_in: bool
    principal: PrincipalOut | None = None
    #: the Patient id whose data a citizen currently looks at (own or a principal's)
    acting_for: str | None = None
    choices: list[ChoiceOut] = []
    csrf_token: str
    dev_login: bool
    oidc: bool


class PersonaOut(Open):
    id: str
    kind: str
    name: str
    description: str = ""


class PersonasOut(Open):
    notice: str
    personas: list[PersonaOut]


class PersonaIn(BaseModel):
    persona: str = Field(
        ..., max_length=200, description="'patient:<Patient-id>' eller 'user:<bruger-id>'"
    )


class TokenOut(Open):
    notice: str
    id_token: str
    token_type: str = "Bearer"


class ActingForIn(BaseModel):
    patient: str | None = Field(
        None, max_length=128, description="Patient-id; null = egne oplysninger"
    )


# -- citizen documents (contract: journal --json, log --json) ------------------------------------


class DocumentOut(Open):
    id: str
    date: str | None = None
    title: str | None = None
    author: str | None = None
    organization: str | None = None
    text: str | None = None


class JournalOut(Open):
    patient: str
    viewer: str
    documents: list[DocumentOut]


class ExplainedBy(Open):
    kind: str | None = None
    id: str | None = None
    text: str | None = None


class LogGroupOut(Open):
    id: str
    summary: str | None = None
    organization: str | None = None
    actors: list[Any] = []
    count: int
    first: str | None = None
    last: str | None = None
    explained_by: ExplainedBy | None = None
    flags: list[str] = []


class LogEntryOut(Open):
    id: str
    time: str | None = None
    actor: str | None = None
    organization: str | None = None
    group: str | None = None
    explained_by: ExplainedBy | None = None
    flags: list[str] = []


class LogOut(Open):
    patient: str
    viewer: str
    total: int
    groups: list[LogGroupOut]
    entries: list[LogEntryOut] | None = None
    #: number of entries matching the filters (before limit/offset), when entries are included
    entries_matching: int | None = None
    #: number of groups matching the filters (before groups_limit/groups_offset)
    groups_matching: int | None = None


class LogGroupDetailOut(Open):
    patient: str
    viewer: str
    group: LogGroupOut
    entries: list[LogEntryOut]
    entries_matching: int


# -- powers of attorney -------------------------------------------------------------------------


class ProxyGrantIn(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    proxy_cpr: str = Field(
        ...,
        pattern=r"^\d{6}-?\d{4}$",
        description="Fuldmagtshaverens CPR-nummer (kun i indholdet, aldrig i en URL)",
    )
    proxy_name: str = Field(
        ..., min_length=1, max_length=300, description="Fuldmagtshaverens navn, som kontrol"
    )
    scope: list[Scope] = Field(default_factory=lambda: ["journal", "log"], min_length=1)
    valid_from: date | None = Field(None, alias="from")
    until: date | None = None


class ProxyOut(Open):
    id: str
    principal: str
    principal_name: str | None = None
    proxy: str
    proxy_name: str | None = None
    scope: list[str]
    until: str | None = None
    revoked: bool
    in_force: bool


class ProxiesOut(Open):
    patient: str
    viewer: str
    given: list[ProxyOut]
    received: list[ProxyOut]


# -- reports and name requests ------------------------------------------------------------------


class ReportIn(BaseModel):
    group: str | None = Field(None, max_length=128)
    entry: str | None = Field(None, max_length=128)
    text: str = Field("", max_length=4000)


class HistoryOut(Open):
    time: str | None = None
    status: str
    status_text: str
    text: str | None = None


class ReportOutItem(Open):
    id: str
    status: Literal["modtaget", "under_behandling", "afsluttet"]
    status_text: str
    created: str | None = None
    updated: str | None = None
    group: str | None = None
    text: str | None = None
    outcome: str | None = None
    history: list[HistoryOut]
    entries: list[LogEntryOut]


class ReportsOut(Open):
    patient: str
    viewer: str
    reports: list[ReportOutItem]


class ReportOut(Open):
    patient: str
    viewer: str
    report: ReportOutItem


class NameRequestIn(BaseModel):
    label: str = Field(..., min_length=1, max_length=300)
    text: str = Field("", max_length=2000)


class NameRequestOutItem(Open):
    id: str
    label: str
    status: Literal["pending", "granted", "refused"]
    status_text: str
    created: str | None = None
    decided: str | None = None
    reason: str | None = None
    name: str | None = None


class NameRequestsOut(Open):
    patient: str
    viewer: str
    requests: list[NameRequestOutItem]


class NameRequestOut(Open):
    patient: str
    viewer: str
    request: NameRequestOutItem


# -- appointments -------------------------------------------------------------------------------


class AppointmentOut(Open):
    id: str
    kind: str
    start: str | None = None
    end: str | None = None
    title: str
    status: str
    status_text: str
    organization: str | None = None
    people: list[str]
    upcoming: bool
    active: bool


class AppointmentsOut(Open):
    patient: str
    viewer: str
    upcoming: list[AppointmentOut]
    past: list[AppointmentOut]


class CalendarOut(Open):
    active: bool
    #: the secret address, only in the answer that made it (only its hash is kept)
    url: str | None = None


class RemindersIn(BaseModel):
    email: str = Field(..., min_length=3, max_length=320)
    days_before: int = Field(2, description="1, 2, 3 eller 7 dage før aftalen")


class RemindersOut(Open):
    enabled: bool
    email: str | None = None
    days_before: int
    choices: list[int]


# -- alerts -------------------------------------------------------------------------------------


class AlertsIn(BaseModel):
    email: str = Field(..., min_length=3, max_length=320)
    kinds: list[Literal["new_organization", "emergency", "flagged"]] | None = None


class AlertsOut(Open):
    patient: str
    viewer: str
    enabled: bool
    email: str | None = None
    #: the address is confirmed (double opt-in); until then nothing but the confirmation is sent
    confirmed: bool = False
    awaiting_confirmation: bool = False
    kinds: list[str]
    available: list[dict[str, Any]]
    sent: list[dict[str, Any]]


class AlertConfirmIn(BaseModel):
    code: str = Field(..., min_length=1, max_length=200, description="Koden fra linket i e-mailen")


class AlertConfirmOut(Open):
    confirmed: bool


# -- administrators -----------------------------------------------------------------------------


class OrderOut(Open):
    id: str
    kind: str
    patient: str | None = None
    organization: str | None = None
    until: str | None = None
    reason: str | None = None
    mode: str | None = None
    in_force: bool | None = None
    expiring: bool | None = Field(None, description="gælder og udløber inden for 14 dage")
    days_left: int | None = Field(None, description="dage til slutdatoen; null = ingen slutdato")


class OrdersOut(Open):
    orders: list[OrderOut]


class OrderIdsOut(Open):
    ids: list[str]


class ExtendIn(BaseModel):
    """``{"until": "2026-09-01"}`` (a later end), ``{"days": 90}`` (from the present end, or from
    today when the order has ended), or ``{"until": null}`` (no end: until revoked)."""

    until: date | None = None
    days: int | None = Field(None, ge=1, le=3650)
    reason: str = Field(..., min_length=1, max_length=2000)


class RevokeIn(BaseModel):
    reason: str = Field(..., min_length=1, max_length=2000)


class AuditOut(Open):
    entries: list[dict[str, Any]]


class CaseListOut(Open):
    reports: list[dict[str, Any]]


class CaseStatusIn(BaseModel):
    status: Literal["under_behandling", "afsluttet"]
    text: str | None = Field(None, max_length=4000)


class CaseStatusOut(Open):
    id: str
    status: str
    status_text: str


class ImportFileOut(Open):
    file: str
    records: int
    new: int
    by_type: dict[str, int] = {}


class ImportOut(Open):
    files: list[ImportFileOut]
    problems: list[str]
    alerts: int


# -- auditors -----------------------------------------------------------------------------------


class RevealIn(BaseModel):
    patient: str = Field(..., min_length=1, max_length=128)
    label: str = Field(..., min_length=1, max_length=300)
    reason: str = Field(..., min_length=1, max_length=2000)


class DecisionIn(BaseModel):
    grant: bool
    reason: str = Field(..., min_length=1, max_length=2000)


class AuditorRequestsOut(Open):
    requests: list[dict[str, Any]]
