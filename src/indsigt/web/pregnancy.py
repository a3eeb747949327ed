"""The pregnancy record's Danish web pages (issue 16).

- ``/graviditet``: *Min graviditet* for the woman and her proxies — only what
  ``views.pregnancy_view`` returns (authorised and protected there), drawn with the
  server-side SVG charts and a table of the same numbers under each;
- ``/fagperson/...``: the professionals' pages over ``pregnancy.services``: their pregnancies,
  one record, a visit with its measurements, a new element, an element's history with a
  correction form (the version seen goes along as ``If-Match``: a stale correction gets a Danish
  page saying someone else wrote first, nothing is overwritten).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from .. import auth, lookups, views
from ..errors import Forbidden, Invalid
from ..pregnancy import services
from ..pregnancy.access import PROFESSIONS, Professional, professional, writable
from ..pregnancy.catalogue import (
    DOCS,
    DUE_BASES,
    KINDS,
    SECTIONS,
    WISH_QUESTIONS,
    kind,
    writable_kinds,
)
from ..pregnancy.charts import BP_SOURCE, SFH_SOURCE, bp_svg, points, sfh_svg, weight_svg
from ..pregnancy.records import Stale
from ..timeutil import TZ
from .common import PageRoute, error_page, parse_day, redirect
from .context import LoginRequired, Page, citizen_page
from .render import render

router = APIRouter(route_class=PageRoute, include_in_schema=False)
CitizenPage = Annotated[Page, Depends(citizen_page)]
Csrf = [Depends(auth.verify_csrf)]


# -- the woman ----------------------------------------------------------------------------------


def _need_pregnancy_scope(page: Page) -> None:
    if "pregnancy" not in page.scope:
        raise Forbidden(
            f"Fuldmagten fra {page.subject_name} omfatter ikke graviditeten. "
            "Skift tilbage til dig selv for at se dine egne oplysninger."
        )


@router.get("/graviditet")
def my_pregnancy(page: CitizenPage, forloeb: str | None = None, ok: str | None = None) -> Response:
    _need_pregnancy_scope(page)
    assert page.subject and page.viewer
    doc = views.pregnancy_view(page.session, page.subject, page.viewer, pregnancy_id=forloeb)
    pts = points(doc["series"])
    charts = {
        "sfh": sfh_svg(pts["sfh"]) if pts["sfh"] else None,
        "bp": bp_svg(pts["sys"], pts["dia"]) if pts["sys"] or pts["dia"] else None,
        "weight": weight_svg(pts["weight"]) if pts["weight"] else None,
    }
    return render(
        page,
        "pregnancy.html",
        {
            "title": "Min graviditet" if page.own else f"Graviditet – {page.subject_name}",
            "g": doc,
            "charts": charts,
            "sfh_source": SFH_SOURCE,
            "bp_source": BP_SOURCE,
            "ok": ok,
            "docs": DOCS,
            "wish_questions": WISH_QUESTIONS,
        },
    )


@router.post("/graviditet/oensker", dependencies=Csrf)
async def my_wishes(page: CitizenPage, request: Request) -> Response:
    assert page.subject and page.viewer
    form = await request.form()
    items = [
        {"linkId": key, "answer": str(form.get(f"svar-{key}") or "").strip()}
        for key in WISH_QUESTIONS
        if str(form.get(f"svar-{key}") or "").strip()
    ]
    version = str(form.get("version") or "")
    try:
        services.write_wishes(
            page.session,
            page.subject,
            page.viewer,
            str(form.get("forloeb") or ""),
            items,
            services.parse_etag(version) if version else None,
        )
    except Stale:
        return error_page(
            request,
            412,
            "Dine fødselsønsker er ændret et andet sted, siden du åbnede siden. "
            "Åbn siden igen, og skriv dine ændringer ind på ny.",
        )
    return redirect("/graviditet?ok=oensker#oensker")


@router.post("/graviditet/noter", dependencies=Csrf)
def my_note(
    page: CitizenPage,
    forloeb: Annotated[str, Form()],
    tekst: Annotated[str, Form()],
) -> Response:
    assert page.subject and page.viewer
    services.write_own_note(page.session, page.subject, page.viewer, forloeb, tekst)
    return redirect("/graviditet?ok=note#noter")


@router.get("/graviditet/dokument/{doc_kind}")
def my_document(page: CitizenPage, doc_kind: str, forloeb: str | None = None) -> Response:
    _need_pregnancy_scope(page)
    assert page.subject and page.viewer
    if doc_kind not in DOCS:
        raise Invalid("Dokumenttypen findes ikke.")
    doc = views.pregnancy_documents_view(
        page.session, page.subject, page.viewer, doc_kind, pregnancy_id=forloeb
    )
    return _fhir_download(doc, f"graviditet-{doc_kind.lower()}.json")


def _fhir_download(doc: dict[str, Any], filename: str) -> Response:
    return Response(
        orjson.dumps(doc, option=orjson.OPT_INDENT_2),
        media_type="application/fhir+json",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


# -- professionals --------------------------------------------------------------------------------


def professional_page(request: Request, session: auth.DbSession) -> tuple[Page, Professional]:
    """Dependency: a signed-in health professional of the pregnancy programme."""
    user = auth.optional_user(request, session)
    if user is None:
        raise LoginRequired
    if user.kind != "professional":
        raise Forbidden("Siden er for sundhedsprofessionelle.")
    return Page(request, session, user), professional(session, user.id)


ProPage = Annotated[tuple[Page, Professional], Depends(professional_page)]


@router.get("/fagperson")
def pro_home(pp: ProPage, ok: str | None = None) -> Response:
    page, prof = pp
    items = services.worklist(page.session, prof)
    return render(
        page,
        "pro_list.html",
        {
            "title": "Mine gravide",
            "prof": prof,
            "profession": PROFESSIONS[prof.profession],
            "items": items,
            "ok": ok,
            "bases": DUE_BASES,
        },
    )


@router.post("/fagperson/ny", dependencies=Csrf)
def pro_create(
    pp: ProPage,
    cpr: Annotated[str, Form()],
    termin: Annotated[str, Form()] = "",
    grundlag: Annotated[str, Form()] = "lmp",
    gravida: Annotated[str, Form()] = "",
    para: Annotated[str, Form()] = "",
) -> Response:
    page, prof = pp
    woman = lookups.patient_by_cpr_or_id(page.session, cpr)
    if woman is None:
        raise Invalid("Vi kan ikke finde en borger med det CPR-nummer.")
    due = parse_day(termin)
    header: dict[str, Any] = {"due_basis": grundlag or None}
    if due:
        header["due_date"] = due.isoformat()
    for key, value in (("gravida", gravida), ("para", para)):
        if value.strip():
            header[key] = value.strip()
    out = services.create_pregnancy(page.session, prof, woman.id, header)
    return redirect(f"/fagperson/graviditet/{out['id']}?ok=oprettet")


def _record(page: Page, prof: Professional, pregnancy_id: str) -> dict[str, Any]:
    return services.open_record(page.session, prof, pregnancy_id)


@router.get("/fagperson/graviditet/{pregnancy_id}")
def pro_record(pp: ProPage, pregnancy_id: str, ok: str | None = None) -> Response:
    page, prof = pp
    doc = _record(page, prof, pregnancy_id)
    by_section: dict[str, list[dict[str, Any]]] = {}
    for e in reversed(doc["elements"]):
        by_section.setdefault(e["section"], []).append(e)
    can_write = set(writable(prof.profession))
    kinds = [k for k in writable_kinds() if k.section in can_write]
    return render(
        page,
        "pro_record.html",
        {
            "title": f"Graviditet – {doc['patient']['name']}",
            "r": doc,
            "prof": prof,
            "by_section": by_section,
            "sections": SECTIONS,
            "kinds": kinds,
            "can_write": can_write,
            "docs": DOCS,
            "ok": ok,
            "bases": DUE_BASES,
            "professions": PROFESSIONS,
            "visit_fields": VISIT_FIELDS,
        },
    )


#: the quick measurements of a visit form: (kind, Danish label, input type)
VISIT_FIELDS = (
    ("systolisk-blodtryk", "Blodtryk, systolisk (mmHg)", "number"),
    ("diastolisk-blodtryk", "Blodtryk, diastolisk (mmHg)", "number"),
    ("vaegt", "Vægt (kg)", "decimal"),
    ("symfyse-fundus", "Symfyse-fundus-mål (mm)", "number"),
    ("protein", "Protein i urinen (g/L)", "decimal"),
    ("glucose", "Glukose i urinen (mmol/L)", "decimal"),
    ("hjertelyd", "Fosterets hjertelyd", "text"),
    ("fosterpraesentation", "Fosterpræsentation", "text"),
    ("oedem-beskrivelse", "Ødem", "text"),
)


@router.post("/fagperson/graviditet/{pregnancy_id}/besoeg", dependencies=Csrf)
async def pro_visit(pp: ProPage, pregnancy_id: str, request: Request) -> Response:
    page, prof = pp
    form = await request.form()
    day = parse_day(str(form.get("dato") or ""))
    if day is None:
        raise Invalid("Skriv datoen for konsultationen (dd.mm.åååå).")
    try:
        clock = time.fromisoformat(str(form.get("tid") or "").strip() or "10:00")
    except ValueError:
        raise Invalid("Skriv klokkeslættet som tt:mm, fx 09:30.") from None
    t0 = datetime.combine(day, clock, tzinfo=TZ).isoformat()
    planned = form.get("planlagt") == "ja"
    elements = []
    for key, _label, _t in VISIT_FIELDS:
        raw = str(form.get(key) or "").strip()
        if raw and not planned:
            elements.append({"kind": key, "value": raw})
    services.record_visit(
        page.session,
        prof,
        pregnancy_id,
        start=t0,
        title=str(form.get("titel") or "").strip() or None,
        planned=planned,
        elements=elements,
    )
    return redirect(f"/fagperson/graviditet/{pregnancy_id}?ok={'booket' if planned else 'besoeg'}")


@router.get("/fagperson/graviditet/{pregnancy_id}/nyt")
def pro_new_element(pp: ProPage, pregnancy_id: str, type: str) -> Response:
    page, prof = pp
    k = kind(type)
    if k.section not in writable(prof.profession):
        raise Forbidden("Du må ikke skrive denne type element.")
    return render(
        page,
        "pro_element_form.html",
        {
            "title": f"Nyt element: {k.label}",
            "k": k,
            "pregnancy_id": pregnancy_id,
            "action": f"/fagperson/graviditet/{pregnancy_id}/nyt",
            "current": {},
            "version": None,
            "section": SECTIONS[k.section],
        },
    )


def _value_from_form(k: Any, form: Any) -> dict[str, Any]:
    if k.value is not None:
        raw = str(form.get("value") or "").strip()
        if k.value == "interval":
            low, high = str(form.get("low") or "").strip(), str(form.get("high") or "").strip()
            return {"value": {"low": low or None, "high": high or None}}
        return {"value": raw}
    if k.key == "diagnose":
        return {
            "code": {"text": str(form.get("diagnose") or "")},
            "note": str(form.get("note") or "") or None,
        }
    comps: dict[str, Any] = {}
    for i, c in enumerate(k.components):
        raw = form.get(f"c{i}")
        if c.type == "bool":
            if raw in ("ja", "nej"):
                comps[c.name] = raw == "ja"
        elif raw is not None and str(raw).strip():
            value: Any = str(raw).strip()
            if c.type in ("date", "datetime"):
                d = parse_day(value)
                value = d.isoformat() if d else value
            comps[c.name] = value
    refs = {name: str(form.get(f"ref-{name}") or "").strip() for name, _ in k.refs}
    out: dict[str, Any] = {"components": comps}
    if any(refs.values()):
        out["refs"] = {n: v for n, v in refs.items() if v}
    if str(form.get("text") or "").strip():
        out["text"] = str(form.get("text")).strip()
    return out


@router.post("/fagperson/graviditet/{pregnancy_id}/nyt", dependencies=Csrf)
async def pro_add_element(pp: ProPage, pregnancy_id: str, request: Request) -> Response:
    page, prof = pp
    form = await request.form()
    k = kind(str(form.get("type") or ""))
    services.add_element(page.session, prof, pregnancy_id, k.key, _value_from_form(k, form))
    return redirect(f"/fagperson/graviditet/{pregnancy_id}?ok=element#afsnit-{k.section}")


@router.get("/fagperson/graviditet/{pregnancy_id}/element/{element_id}")
def pro_element(pp: ProPage, pregnancy_id: str, element_id: str, ok: str | None = None) -> Response:
    page, prof = pp
    h = services.element_history(page.session, prof, pregnancy_id, element_id)
    k = KINDS[h["kind"]]
    current = h["versions"][-1]["value"]
    writable_here = k.section in writable(prof.profession) and k.key not in (
        "graviditet",
        "foedselsoensker",
        "egen-note",
        "andet",
    )
    return render(
        page,
        "pro_element.html",
        {
            "title": h["label"],
            "h": h,
            "k": k,
            "pregnancy_id": pregnancy_id,
            "current": current,
            "version": h["version"],
            "writable": writable_here,
            "action": f"/fagperson/graviditet/{pregnancy_id}/element/{element_id}/ret",
            "section": SECTIONS[k.section],
            "ok": ok,
        },
    )


@router.post("/fagperson/graviditet/{pregnancy_id}/element/{element_id}/ret", dependencies=Csrf)
async def pro_correct(
    pp: ProPage, pregnancy_id: str, element_id: str, request: Request
) -> Response:
    page, prof = pp
    form = await request.form()
    version = services.parse_etag(str(form.get("version") or ""))
    reason = str(form.get("begrundelse") or "")
    withdraw = form.get("handling") == "tilbage"
    try:
        if withdraw:
            services.correct_element(
                page.session, prof, pregnancy_id, element_id, version, None, reason, withdraw=True
            )
        else:
            k = kind(str(form.get("type") or ""))
            services.correct_element(
                page.session,
                prof,
                pregnancy_id,
                element_id,
                version,
                _value_from_form(k, form),
                reason,
            )
    except Stale as exc:
        return error_page(
            request,
            412,
            f"En anden har rettet elementet, siden du åbnede det (nu version {exc.current}). "
            "Din rettelse er ikke gemt. Åbn elementet igen, se den nye version, og ret derefter.",
        )
    return redirect(f"/fagperson/graviditet/{pregnancy_id}/element/{element_id}?ok=rettet")


@router.post("/fagperson/graviditet/{pregnancy_id}/team", dependencies=Csrf)
def pro_team(
    pp: ProPage,
    pregnancy_id: str,
    organisation: Annotated[str, Form()],
    fag: Annotated[str, Form()] = "",
) -> Response:
    page, prof = pp
    services.add_team_member(page.session, prof, pregnancy_id, organisation.strip(), fag or None)
    return redirect(f"/fagperson/graviditet/{pregnancy_id}?ok=team")


@router.post("/fagperson/graviditet/{pregnancy_id}/stamdata", dependencies=Csrf)
async def pro_header(pp: ProPage, pregnancy_id: str, request: Request) -> Response:
    page, prof = pp
    form = await request.form()
    changes: dict[str, Any] = {}
    for field, name in (("due_date", "termin"), ("end", "slut")):
        d = parse_day(str(form.get(name) or ""))
        if d:
            changes[field] = d.isoformat()
    for field in ("gravida", "para"):
        if str(form.get(field) or "").strip():
            changes[field] = str(form.get(field)).strip()
    if form.get("grundlag"):
        changes["due_basis"] = str(form.get("grundlag"))
    if str(form.get("foedested") or "").strip():
        changes["birthplace"] = str(form.get("foedested")).strip()
    try:
        services.update_header(
            page.session,
            prof,
            pregnancy_id,
            services.parse_etag(str(form.get("version") or "")),
            changes,
            str(form.get("begrundelse") or "") or None,
        )
    except Stale as exc:
        return error_page(
            request,
            412,
            f"En anden har ændret forløbets stamdata, siden du åbnede siden (nu version "
            f"{exc.current}). Din ændring er ikke gemt. Åbn forløbet igen.",
        )
    return redirect(f"/fagperson/graviditet/{pregnancy_id}?ok=stamdata")


@router.get("/fagperson/graviditet/{pregnancy_id}/dokument/{doc_kind}")
def pro_document(pp: ProPage, pregnancy_id: str, doc_kind: str) -> Response:
    page, prof = pp
    doc = services.export_document(page.session, prof, pregnancy_id, doc_kind)
    return _fhir_download(doc, f"{pregnancy_id}-{doc_kind.lower()}.json")


__all__ = ["VISIT_FIELDS", "router"]
