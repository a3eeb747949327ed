"""The pregnancy record's HTTP API (issue 16): thin routes over :mod:`indsigt.pregnancy`.

- ``/api/me/pregnancy`` and ``/api/citizens/{patient}/pregnancy``: *Min graviditet* for the woman
  and her proxies (the view, protected), her FHIR documents, her birth wishes and notes;
- ``/api/pregnancies``: professionals (signed in for a PractitionerRole) list, open, create,
  record visits, add and correct elements, see an element's history, bring in a colleague's
  organisation, export the FHIR documents.

Optimistic concurrency: every element and the pregnancy header carry an ``ETag`` (``W/"<version>"``);
a correction must send it back as ``If-Match`` — 428 without it, 412 when someone else wrote in
between (the body then names the current version). Nothing is ever deleted: a correction or a
withdrawal is a new version with a reason.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import Depends, Header, Path, Query, Request
from pydantic import BaseModel, Field

from .. import auth, views
from ..auth import ActingFor, CitizenUser, DbSession, SignedInCsrf
from ..errors import Forbidden
from ..pregnancy import services
from ..pregnancy.access import PROFESSIONS, Professional, professional
from ..pregnancy.catalogue import DOCS
from .common import ErrorOut, json_response, router
from .schemas import Open

api = router("/api", "graviditet")

PatientId = Path(..., min_length=1, max_length=128, description="Patient-id (aldrig et CPR-nummer)")
PregnancyId = Path(..., min_length=1, max_length=128, description="Graviditetsforløbets id")
ElementId = Path(..., min_length=1, max_length=128, description="Elementets id")
DocKind = Path(
    ..., description="PRF (svangerskabsjournal), PSCR (vandrejournal) eller PMR (målinger)"
)
PregnancyQuery = Query(None, max_length=128, description="Et bestemt forløb (standard: det nyeste)")
IfMatch = Header(None, alias="If-Match", max_length=40, description='Versionen du retter, fx W/"3"')

CONCURRENCY: dict[int | str, dict[str, Any]] = {
    412: {"model": ErrorOut, "description": "Elementet er ændret af en anden siden (If-Match)"},
    428: {"model": ErrorOut, "description": "If-Match mangler"},
}


def require_professional(s: DbSession, user: auth.CurrentUser) -> Professional:
    """Dependency: a health professional signed in for a job of the pregnancy programme."""
    if user.kind != "professional":
        raise Forbidden("Kun for sundhedsprofessionelle.")
    return professional(s, user.id)


Prof = Depends(require_professional)


def _etag(response_doc: dict[str, Any], tag: str | None, status: int = 200) -> Any:
    resp = json_response(response_doc, status)
    if tag:
        resp.headers["ETag"] = tag
    return resp


# -- response and request models ------------------------------------------------------------------


class PregnancyViewOut(Open):
    patient: str
    viewer: str
    pregnancy: str
    role: Literal["woman", "proxy"]


class BundleOut(Open):
    resourceType: Literal["Bundle"]
    type: Literal["document"]
    entry: list[dict[str, Any]]


class WishItem(BaseModel):
    linkId: str = Field(..., min_length=1, max_length=100)
    answer: str = Field(..., max_length=4000)


class WishesIn(BaseModel):
    pregnancy: str | None = Field(None, max_length=128)
    items: list[WishItem] = Field(..., min_length=1, max_length=50)


class NoteIn(BaseModel):
    pregnancy: str | None = Field(None, max_length=128)
    text: str = Field(..., min_length=1, max_length=4000)


class WrittenOut(Open):
    id: str
    version: int
    etag: str


class WorklistOut(Open):
    pregnancies: list[dict[str, Any]]


class RecordOut(Open):
    pregnancy: dict[str, Any]
    elements: list[dict[str, Any]]
    visits: list[dict[str, Any]]


class PregnancyIn(BaseModel):
    patient: str = Field(..., min_length=1, max_length=128)
    due_date: str | None = Field(None, max_length=10, description="ÅÅÅÅ-MM-DD")
    due_basis: Literal["lmp", "ultrasound", "ivf", "unknown"] | None = None
    gravida: int | None = Field(None, ge=0, le=30)
    para: int | None = Field(None, ge=0, le=30)
    birthplace: str | None = Field(None, max_length=128, description="Organisations-id")
    start: str | None = Field(None, max_length=10)


class HeaderIn(BaseModel):
    due_date: str | None = Field(None, max_length=10)
    due_basis: Literal["lmp", "ultrasound", "ivf", "unknown"] | None = None
    gravida: int | None = Field(None, ge=0, le=30)
    para: int | None = Field(None, ge=0, le=30)
    birthplace: str | None = Field(None, max_length=128)
    end: str | None = Field(None, max_length=10, description="Graviditeten sluttede (ÅÅÅÅ-MM-DD)")
    status: Literal["planned", "active", "finished", "cancelled"] | None = None
    reason: str | None = Field(None, max_length=2000)


class ElementIn(BaseModel):
    kind: str = Field(
        ..., min_length=1, max_length=64, description="Elementtype (GM-modellens navn)"
    )
    value: Any = Field(..., description="Værdien; en måling: tallet, et modelelement: {components}")
    effective: str | None = Field(None, max_length=40)
    visit: str | None = Field(None, max_length=128)
    fetus: str | None = Field(None, max_length=64)


class CorrectionIn(BaseModel):
    value: Any = None
    reason: str = Field(..., min_length=1, max_length=2000)


class WithdrawIn(BaseModel):
    reason: str = Field(..., min_length=1, max_length=2000)


class VisitElementIn(BaseModel):
    kind: str = Field(..., min_length=1, max_length=64)
    value: Any
    fetus: str | None = Field(None, max_length=64)


class VisitIn(BaseModel):
    start: str = Field(..., min_length=10, max_length=40)
    end: str | None = Field(None, max_length=40)
    title: str | None = Field(None, max_length=300)
    planned: bool = False
    elements: list[VisitElementIn] = Field(default_factory=list, max_length=200)


class TeamIn(BaseModel):
    organization: str = Field(..., min_length=1, max_length=128)
    profession: Literal["gp", "midwife", "sonographer", "birthplace", "health_visitor"] | None = (
        None
    )


# -- the woman and her proxies ----------------------------------------------------------------------


@api.get("/me/pregnancy", response_model=PregnancyViewOut, summary="Min graviditet")
def my_pregnancy(
    s: DbSession, user: CitizenUser, subject: ActingFor, pregnancy: str | None = PregnancyQuery
) -> object:
    return json_response(views.pregnancy_view(s, subject, user.id, pregnancy_id=pregnancy))


@api.get(
    "/citizens/{patient_id}/pregnancy",
    response_model=PregnancyViewOut,
    summary="En borgers graviditet (hende selv eller med fuldmagt)",
)
def citizen_pregnancy(
    s: DbSession,
    user: CitizenUser,
    patient_id: str = PatientId,
    pregnancy: str | None = PregnancyQuery,
) -> object:
    return json_response(views.pregnancy_view(s, patient_id, user.id, pregnancy_id=pregnancy))


@api.get(
    "/citizens/{patient_id}/pregnancy/documents/{kind}",
    response_model=BundleOut,
    summary="Graviditetens FHIR-dokument (PRF, PSCR, PMR), som borgeren må se det",
)
def citizen_document(
    s: DbSession,
    user: CitizenUser,
    patient_id: str = PatientId,
    kind: Literal["PRF", "PSCR", "PMR"] = DocKind,
    pregnancy: str | None = PregnancyQuery,
) -> object:
    return json_response(
        views.pregnancy_documents_view(s, patient_id, user.id, kind, pregnancy_id=pregnancy)
    )


def _current(s: DbSession, subject: str, pregnancy: str | None) -> str:
    if pregnancy:
        return pregnancy
    found = services.find_pregnancies(s, subject)
    if not found:
        from ..errors import NotFound

        raise NotFound("Der er ingen graviditetsjournal.")
    return found[0].id


@api.put(
    "/me/pregnancy/wishes",
    response_model=WrittenOut,
    summary="Mine fødselsønsker (If-Match, når de er skrevet før)",
    dependencies=SignedInCsrf,
    responses=CONCURRENCY,
)
def my_wishes(
    body: WishesIn,
    s: DbSession,
    user: CitizenUser,
    subject: ActingFor,
    if_match: str | None = IfMatch,
) -> object:
    pid = _current(s, subject, body.pregnancy)
    out = services.write_wishes(
        s,
        subject,
        user.id,
        pid,
        [i.model_dump() for i in body.items],
        services.parse_etag(if_match),
    )
    return _etag(out, out["etag"])


@api.post(
    "/me/pregnancy/notes",
    response_model=WrittenOut,
    status_code=201,
    summary="En ny egen note (kun du kan se dine noter)",
    dependencies=SignedInCsrf,
)
def my_note(body: NoteIn, s: DbSession, user: CitizenUser, subject: ActingFor) -> object:
    pid = _current(s, subject, body.pregnancy)
    out = services.write_own_note(s, subject, user.id, pid, body.text)
    return _etag(out, out["etag"], 201)


# -- professionals ------------------------------------------------------------------------------------


@api.get("/pregnancies", response_model=WorklistOut, summary="Fagperson: mine gravide")
def worklist(s: DbSession, prof: Professional = Prof) -> object:
    return json_response(
        {
            "you": {
                "name": prof.name,
                "profession": PROFESSIONS[prof.profession],
                "organization": prof.organization_name,
            },
            "pregnancies": services.worklist(s, prof),
        }
    )


@api.post(
    "/pregnancies",
    response_model=WrittenOut,
    status_code=201,
    summary="Fagperson: opret et graviditetsforløb",
    dependencies=SignedInCsrf,
)
def create(body: PregnancyIn, request: Request, s: DbSession, prof: Professional = Prof) -> object:
    header = body.model_dump(exclude={"patient"}, exclude_none=True)
    out = services.create_pregnancy(s, prof, body.patient, header)
    resp = _etag({**out, "version": 1}, out["etag"], 201)
    resp.headers["Location"] = f"/api/pregnancies/{out['id']}"
    return resp


@api.get("/pregnancies/{pregnancy_id}", response_model=RecordOut, summary="Fagperson: åbn forløbet")
def open_record(s: DbSession, pregnancy_id: str = PregnancyId, prof: Professional = Prof) -> object:
    doc = services.open_record(s, prof, pregnancy_id)
    return _etag(doc, doc["pregnancy"].get("etag"))


@api.put(
    "/pregnancies/{pregnancy_id}",
    response_model=WrittenOut,
    summary="Fagperson: ret forløbets stamdata (termin, gravida/para, fødested, afslutning)",
    dependencies=SignedInCsrf,
    responses=CONCURRENCY,
)
def update(
    body: HeaderIn,
    s: DbSession,
    pregnancy_id: str = PregnancyId,
    if_match: str | None = IfMatch,
    prof: Professional = Prof,
) -> object:
    changes = body.model_dump(exclude={"reason"}, exclude_none=True)
    out = services.update_header(
        s, prof, pregnancy_id, services.parse_etag(if_match), changes, body.reason
    )
    return _etag(out, out["etag"])


@api.post(
    "/pregnancies/{pregnancy_id}/elements",
    response_model=WrittenOut,
    status_code=201,
    summary="Fagperson: tilføj et element (en måling, et modelelement, en diagnose)",
    dependencies=SignedInCsrf,
)
def add_element(
    body: ElementIn, s: DbSession, pregnancy_id: str = PregnancyId, prof: Professional = Prof
) -> object:
    out = services.add_element(
        s,
        prof,
        pregnancy_id,
        body.kind,
        body.value,
        effective=body.effective,
        visit_id=body.visit,
        fetus=body.fetus,
    )
    resp = _etag(out, out["etag"], 201)
    resp.headers["Location"] = f"/api/pregnancies/{pregnancy_id}/elements/{out['id']}"
    return resp


@api.get(
    "/pregnancies/{pregnancy_id}/elements/{element_id}",
    summary="Fagperson: et element med hele dets historik (hvem, rolle, organisation, hvornår, hvorfor)",
)
def element(
    s: DbSession,
    pregnancy_id: str = PregnancyId,
    element_id: str = ElementId,
    prof: Professional = Prof,
) -> object:
    doc = services.element_history(s, prof, pregnancy_id, element_id)
    return _etag(doc, doc["etag"])


@api.put(
    "/pregnancies/{pregnancy_id}/elements/{element_id}",
    response_model=WrittenOut,
    summary="Fagperson: ret et element (ny version med begrundelse; If-Match)",
    dependencies=SignedInCsrf,
    responses=CONCURRENCY,
)
def correct(
    body: CorrectionIn,
    s: DbSession,
    pregnancy_id: str = PregnancyId,
    element_id: str = ElementId,
    if_match: str | None = IfMatch,
    prof: Professional = Prof,
) -> object:
    out = services.correct_element(
        s, prof, pregnancy_id, element_id, services.parse_etag(if_match), body.value, body.reason
    )
    return _etag(out, out["etag"])


@api.post(
    "/pregnancies/{pregnancy_id}/elements/{element_id}/withdraw",
    response_model=WrittenOut,
    summary="Fagperson: træk et element tilbage (fejlregistrering; bevares i historikken)",
    dependencies=SignedInCsrf,
    responses=CONCURRENCY,
)
def withdraw(
    body: WithdrawIn,
    s: DbSession,
    pregnancy_id: str = PregnancyId,
    element_id: str = ElementId,
    if_match: str | None = IfMatch,
    prof: Professional = Prof,
) -> object:
    out = services.correct_element(
        s,
        prof,
        pregnancy_id,
        element_id,
        services.parse_etag(if_match),
        None,
        body.reason,
        withdraw=True,
    )
    return _etag(out, out["etag"])


@api.post(
    "/pregnancies/{pregnancy_id}/visits",
    status_code=201,
    summary="Fagperson: registrér en konsultation med målinger, eller book en (planned)",
    dependencies=SignedInCsrf,
)
def record_visit(
    body: VisitIn, s: DbSession, pregnancy_id: str = PregnancyId, prof: Professional = Prof
) -> object:
    out = services.record_visit(
        s,
        prof,
        pregnancy_id,
        start=body.start,
        end=body.end,
        title=body.title,
        planned=body.planned,
        elements=[e.model_dump() for e in body.elements],
    )
    return json_response(out, 201)


@api.post(
    "/pregnancies/{pregnancy_id}/team",
    summary="Fagperson: tilknyt en organisation (henvisning til jordemoder, scanning, fødested, sundhedspleje)",
    dependencies=SignedInCsrf,
)
def add_team(
    body: TeamIn, s: DbSession, pregnancy_id: str = PregnancyId, prof: Professional = Prof
) -> object:
    return json_response(
        services.add_team_member(s, prof, pregnancy_id, body.organization, body.profession)
    )


@api.get(
    "/pregnancies/{pregnancy_id}/documents/{kind}",
    response_model=BundleOut,
    summary="Fagperson: forløbet som FHIR-dokument (PRF, PSCR, PMR) med Provenance",
)
def document(
    s: DbSession,
    pregnancy_id: str = PregnancyId,
    kind: Literal["PRF", "PSCR", "PMR"] = DocKind,
    prof: Professional = Prof,
) -> object:
    return json_response(services.export_document(s, prof, pregnancy_id, kind))


__all__ = ["DOCS", "api"]
