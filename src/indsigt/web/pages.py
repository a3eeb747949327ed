"""The citizen's pages: log in, forside, journal, log (with drill-down and exports), map, reports,
name requests, powers of attorney and alerts.

Every page shows only what the view layer returns (:mod:`indsigt.views`: the same protected
documents the HTTP API sends) and acts through the same services as the API (``cases``,
``namerequests``, ``proxies.grant``, ``alerts``); this module imports no store. A form whose
input is refused is shown again with what was typed and the error next to the field.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response, StreamingResponse

from .. import alerts, appointments, auth, cases, namerequests, proxies, views
from ..config import get_settings
from ..errors import Forbidden, Invalid, NotFound
from ..ratelimit import per_address, per_user
from ..timeutil import local_today, to_local, utcnow
from ..views.appointments import appointments_view
from ..views.cases import name_requests_view, reports_view
from ..views.maps import citizen_map_view
from ..views.proxies import proxies_view
from ..views.session import previous_visit
from . import charts, export, logdata, maps
from .common import (
    STATES,
    LogFilters,
    PageRoute,
    is_label,
    is_pseudonym,
    page_filters,
    pager,
    parse_day,
    redirect,
)
from .context import Page, citizen_page, optional_page
from .render import flag_name, form_error, render, render_form, to_dt

router = APIRouter(route_class=PageRoute, include_in_schema=False)

CitizenPage = Annotated[Page, Depends(citizen_page)]
AnyPage = Annotated[Page, Depends(optional_page)]
Csrf = [Depends(auth.verify_csrf)]

JOURNAL_PER_PAGE = 20
ENTRIES_PER_PAGE = 100
ATTENTION_PER_PAGE = 20
EXPLAINED_SHOWN = 25


def _safe_next(value: str | None) -> str | None:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return None


def _need(page: Page, scope: str) -> None:
    if scope not in page.scope:
        what = "journal" if scope == "journal" else "log"
        raise Forbidden(
            f"Fuldmagten fra {page.subject_name} omfatter ikke {page.subject_name}s {what}. "
            "Skift tilbage til dig selv for at se dine egne oplysninger."
        )


# -- log in / log out ----------------------------------------------------------------------------


def _home_of(user: auth.Principal) -> str:
    """Where a principal lands: citizens on the front page, professionals (issue 16) on their
    pregnancy list, indsigt's own staff on the administration."""
    return {"citizen": "/", "professional": "/fagperson"}.get(user.kind, "/admin")


@router.get("/log-ind")
def login_form(page: AnyPage, naeste: str | None = None) -> Response:
    settings = get_settings()
    if page.user is not None:
        return redirect(_safe_next(naeste) or _home_of(page.user))
    personas: list[auth.Persona] = []
    guide: dict[str, Any] = {"tries": []}
    if settings.dev_login:
        from ..demo.personas import demo_guide

        personas = auth.personas(page.session)
        guide = demo_guide(page.session)
    shown = {t["persona"] for t in guide["tries"]}
    return render(
        page,
        "login.html",
        {
            "title": "Log ind",
            "naeste": _safe_next(naeste) or "",
            "guide": guide,
            "citizens": [p for p in personas if p.kind == "citizen" and p.id not in shown],
            "staff": [p for p in personas if p.kind != "citizen"],
            "oidc": bool(settings.oidc_issuer and settings.oidc_audience),
            "staff_oidc": bool(settings.staff_oidc_issuer),
        },
    )


@router.post("/log-ind", dependencies=[per_address(), *Csrf])
def login(
    page: AnyPage, persona: Annotated[str, Form()], naeste: Annotated[str, Form()] = ""
) -> Response:
    principal = auth.dev_sign_in(page.request, page.session, persona)
    home = _home_of(principal)
    target = _safe_next(naeste) or home
    if principal.kind != "citizen" and not target.startswith(home):
        target = home
    if principal.kind == "citizen" and target.startswith("/admin"):
        target = home
    return redirect(target)


@router.post("/log-ud", dependencies=Csrf)
def logout(page: AnyPage) -> Response:
    auth.sign_out(page.request, page.session)
    return redirect("/log-ind?ud=1")


# -- forside -------------------------------------------------------------------------------------


@router.get("/")
def home(page: AnyPage) -> Response:
    if page.user is None:
        return redirect("/log-ind")
    if page.user.kind != "citizen":
        return redirect(_home_of(page.user))
    page = citizen_page(page.request, page.session)
    assert page.subject and page.viewer
    last = previous_visit(page.session, page.viewer)
    since = last or (utcnow() - timedelta(days=30))
    since_day = to_local(since).date()
    ctx: dict[str, Any] = {"title": "Forside", "last_visit": last, "since": since}
    if "journal" in page.scope:
        docs = views.journal_view(page.session, page.subject, page.viewer)["documents"]
        ctx["notes_total"] = len(docs)
        cutoff = to_dt(since)
        new = [d for d in docs if d.get("date") and to_dt(d["date"]) > cutoff]
        ctx["new_notes_count"] = len(new)
        ctx["latest_notes"] = list(reversed(docs))[:3]
    if "log" in page.scope:
        full = logdata.log_document(page.session, page.subject, page.viewer, timeline=True)
        sec = logdata.sections(full)
        ctx["log_total"] = full.get("total", 0)
        # everything that needs attention, in the order the log gives it (not the first few)
        ctx["log_attention"] = sec.attention
        ctx["log_attention_groups"] = len(sec.attention)
        ctx["log_attention_count"] = sec.attention_count
        ctx["reported"] = _reported(page)
        ctx["log_new_total"], ctx["log_new_attention"] = logdata.count_since(full, since_day)
        fresh = logdata.new_groups(full, since_day)
        ctx["log_new_places"] = len({g.get("organization") for g in fresh})
        ctx["since_day"] = since_day
    return render(page, "home.html", ctx)


def _reported(page: Page) -> dict[str, dict[str, str]]:
    """Group id -> the newest report about it (id, status text, status) that the viewer sees
    (the group the report was filed on; the log itself is not read again)."""
    assert page.subject and page.viewer
    if "log" not in page.scope:
        return {}
    out: dict[str, dict[str, str]] = {}
    doc = reports_view(page.session, page.subject, page.viewer, with_entries=False)
    for r in doc["reports"]:
        gid = r.get("group")
        if gid and gid not in out:  # newest first
            out[gid] = {"id": r["id"], "status": r["status"], "status_text": r["status_text"]}
    return out


# -- journal ------------------------------------------------------------------------------------


@router.get("/journal")
def journal(
    page: CitizenPage,
    q: str | None = None,
    org: str | None = None,
    side: int = 1,
) -> Response:
    _need(page, "journal")
    assert page.subject and page.viewer
    # the same search service as the API: it runs on what the viewer sees
    doc = views.journal_search(page.session, page.subject, page.viewer, query=q, organization=org)
    docs = doc["documents"]
    p = pager(side, JOURNAL_PER_PAGE, len(docs))
    hidden_labels = sorted({d["author"] for d in docs if is_label(d.get("author"))})
    return render(
        page,
        "journal.html",
        {
            "title": "Min journal" if page.own else f"Journal for {page.subject_name}",
            "notes": list(p.slice(docs)),
            "total": doc["total"],
            "found": doc["found"],
            "orgs": doc["organizations"],
            "q": doc["query"],
            "org": doc["organization"] or "",
            "pager": p,
            "params": {"q": doc["query"], "org": doc["organization"] or ""},
            "hidden_labels": hidden_labels,
        },
    )


# -- log -----------------------------------------------------------------------------------------


def _page_filters(
    page: CitizenPage,
    fra: str | None = None,
    til: str | None = None,
    org: str | None = None,
    flag: str | None = None,
    vis: str | None = None,
) -> LogFilters:
    """Dependency: the log filters of the query string (period, place, flag, state), read by
    the one parser the API uses too."""
    return page_filters(page.session, fra, til, org, flag, vis)


#: the filters of a log page, its chart, its groups and its exports
PageFilters = Annotated[LogFilters, Depends(_page_filters)]


def _log_with_timeline(page: Page, f: LogFilters | None) -> dict[str, Any]:
    """The condensed log with the accesses per day the chart needs."""
    assert page.subject and page.viewer
    return logdata.log_document(page.session, page.subject, page.viewer, f, timeline=True)


@router.get("/log")
def log(
    page: CitizenPage,
    f: PageFilters,
    side: int = 1,
    alle: int = 0,
) -> Response:
    _need(page, "log")
    doc = logdata.log_document(page.session, page.subject, page.viewer, f, timeline=True)
    sec = logdata.sections(doc)
    p = pager(side, ATTENTION_PER_PAGE, len(sec.attention))
    ctx: dict[str, Any] = {
        "title": "Min log" if page.own else f"Log for {page.subject_name}",
        "doc": doc,
        "sections": sec,
        "attention_shown": list(p.slice(sec.attention)),
        "attention_pager": p,
        "explained_shown": sec.explained if alle else sec.explained[:EXPLAINED_SHOWN],
        "reported": _reported(page),
        "filters": f,
        "params": f.query(),
        "orgs": logdata.org_options(page.session, doc),
        "states": STATES,
        "alle": alle,
    }
    ctx.update(_chart(doc, f))  # the accesses per day come with the view, from its cells
    return render(page, "log.html", ctx)


def _coarser(buckets: list[charts.Bucket]) -> list[charts.Bucket]:
    """At most ~16 bars for small screens: merge neighbours."""
    if len(buckets) <= 16:
        return buckets
    step = -(-len(buckets) // 16)
    out = []
    for i in range(0, len(buckets), step):
        part = buckets[i : i + step]
        b = charts.Bucket(part[0].start, part[0].label)
        b.explained = sum(x.explained for x in part)
        b.unexplained = sum(x.unexplained for x in part)
        out.append(b)
    return out


def _chart(doc: dict[str, Any], f: LogFilters) -> dict[str, Any]:
    unit, buckets = logdata.timeline(doc, f)
    return {
        "unit": unit,
        "buckets": buckets,
        "chart_large": charts.timeline_svg(buckets, width=760, height=230, font=13, ident="tl-l"),
        "chart_small": charts.timeline_svg(
            _coarser(buckets), width=360, height=220, font=14, ident="tl-s"
        ),
    }


@router.get("/log/tidslinje.svg")
def log_timeline_svg(
    page: CitizenPage,
    f: PageFilters,
    smal: int = 0,
) -> Response:
    """The timeline of the log as a stand-alone SVG image (the log page draws it inline)."""
    _need(page, "log")
    _, buckets = logdata.timeline(_log_with_timeline(page, f), f)
    svg = (
        charts.timeline_svg(_coarser(buckets), width=360, height=220, font=14, ident="s")
        if smal
        else charts.timeline_svg(buckets, width=760, height=230, font=13, ident="l")
    )
    return Response(
        '<?xml version="1.0" encoding="UTF-8"?>\n' + str(svg or _EMPTY_SVG),
        media_type="image/svg+xml",
        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )


_EMPTY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 1"/>'


@router.get("/log/tidslinje")
def log_timeline(
    page: CitizenPage,
    f: PageFilters,
) -> Response:
    """The timeline with its numbers as a table."""
    _need(page, "log")
    doc = _log_with_timeline(page, f)
    return render(
        page,
        "log_timeline.html",
        {"title": "Opslag over tid", "filters": f, "params": f.query(), **_chart(doc, f)},
    )


@router.get("/log/gruppe/{gid}")
def log_group(
    page: CitizenPage,
    gid: str,
    f: PageFilters,
    side: int = 1,
) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    doc = logdata.group_document(page.session, page.subject, page.viewer, gid, f)
    group = doc["group"]
    entries = list(reversed(doc.get("entries") or []))  # newest first
    p = pager(side, ENTRIES_PER_PAGE, len(entries))
    return render(
        page,
        "log_group.html",
        {
            "title": group.get("summary") or group.get("organization") or "Opslag",
            "group": group,
            "reasons": logdata.reasons(group),
            "entries": list(p.slice(entries)),
            "count": len(entries),
            "pager": p,
            "filters": f,
            "params": f.query(),
            "attention": logdata.needs_attention(group),
        },
    )


@router.get("/log/opslag/{eid}")
def log_entry(page: CitizenPage, eid: str, gruppe: str | None = None) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    doc = views.log_entry_view(page.session, page.subject, page.viewer, eid, group_id=gruppe)
    entry, group = doc["entry"], doc["group"]
    return render(
        page,
        "log_entry.html",
        {
            "title": "Et opslag i loggen",
            "entry": entry,
            "group": group,
            "reasons": logdata.reasons({**entry, "state": (group or {}).get("state")}),
        },
    )


@router.get("/log/opslag/{eid}/bevis.json")
def log_entry_proof(page: CitizenPage, eid: str) -> Response:
    """The entry's inclusion proof in the tamper-evident log, as a file to keep or check."""
    _need(page, "log")
    assert page.subject and page.viewer
    doc = views.entry_proof_view(page.session, page.subject, page.viewer, eid)
    body = json.dumps(doc, ensure_ascii=False, indent=2).encode()
    return Response(
        body,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="bevis-{quote(eid)}.json"',
            "Cache-Control": "no-store",
        },
    )


@router.get("/log/eksport.csv")
def log_csv(
    page: CitizenPage,
    f: PageFilters,
) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    doc = logdata.log_document(page.session, page.subject, page.viewer, f, entries=True)
    return StreamingResponse(  # streamed in pieces: never one string of the whole log
        (chunk.encode("utf-8") for chunk in export.log_csv_chunks(doc)),
        media_type="text/csv; charset=utf-8",
        headers=_download_headers(f"adgangslog-{_today()}.csv"),
    )


@router.get("/log/eksport.pdf")
def log_pdf(
    page: CitizenPage,
    f: PageFilters,
) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    settings = get_settings()
    doc = logdata.log_document(
        page.session,
        page.subject,
        page.viewer,
        f,
        entries=True,
        groups_page=(0, settings.pdf_max_groups),
        entries_page=(0, settings.pdf_max_entries),
    )
    try:
        body = export.log_pdf(
            doc,
            citizen_name=page.subject_name,
            filters_text=f.describe(flag_name),
            note=_pdf_bound_note(doc),
        )
    except export.FontMissing as exc:
        raise Invalid(str(exc)) from None
    return Response(
        body, media_type="application/pdf", headers=_download_headers(f"adgangslog-{_today()}.pdf")
    )


def _pdf_bound_note(doc: dict[str, Any]) -> str:
    """What the bounded PDF leaves out, said in the PDF itself (nothing is cut silently)."""
    from .render import tal

    groups, entries = len(doc.get("groups") or []), len(doc.get("entries") or [])
    all_groups = int(doc.get("groups_matching", groups))
    all_entries = int(doc.get("entries_matching", entries))
    if groups >= all_groups and entries >= all_entries:
        return ""
    return (
        f"PDF'en viser de første {tal(groups)} af {tal(all_groups)} punkter i overblikket og de "
        f"første {tal(entries)} af {tal(all_entries)} opslag. Hent CSV-filen for at få alle "
        "opslag, eller afgræns perioden."
    )


def _today() -> str:
    return local_today().isoformat()


def _download_headers(filename: str) -> dict[str, str]:
    return {
        "Content-Disposition": f"attachment; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
    }


# -- map -----------------------------------------------------------------------------------------


@router.get("/kort")
def map_page(page: CitizenPage, fra: str | None = None, til: str | None = None) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    f = page_filters(page.session, fra, til)
    counts = citizen_map_view(page.session, page.subject, page.viewer, f)
    return render(page, "map.html", _map_context(page, counts, f, staff=False))


def _map_context(
    page: Page, counts: maps.AreaCounts, f: LogFilters, *, staff: bool
) -> dict[str, Any]:
    from .render import tal

    geo = maps.geography()
    mnames, rnames = geo.municipality_names, geo.region_names
    who = "dine" if page.own else f"{page.subject_name}s"
    if staff:
        title_m = "Opslag fra kommunernes organisationer"
        title_r = "Opslag fra regionernes organisationer (sygehuse mv.)"
    else:
        title_m = f"Kommuner, der har set {who} oplysninger"
        title_r = f"Regioner (sygehuse mv.), der har set {who} oplysninger"
    m_rows = sorted(
        ((mnames.get(c, c), n) for c, n in counts.municipalities.items()), key=lambda r: -r[1]
    )
    r_rows = sorted(((rnames.get(c, c), n) for c, n in counts.regions.items()), key=lambda r: -r[1])
    return {
        "title": "Kort over opslag",
        "filters": f,
        "params": f.query(),
        "staff_view": staff,
        "counts": counts,
        "map_m": maps.render_svg(
            "kommuner",
            counts.municipalities,
            title=title_m,
            describe=_map_desc(m_rows, "kommune", "kommuner"),
            fmt=tal,
        ),
        "map_r": maps.render_svg(
            "regioner",
            counts.regions,
            title=title_r,
            describe=_map_desc(r_rows, "region", "regioner"),
            fmt=tal,
        ),
        "legend_m": maps.legend_items(counts.municipalities, tal),
        "legend_r": maps.legend_items(counts.regions, tal),
        "title_m": title_m,
        "title_r": title_r,
        "m_rows": m_rows,
        "r_rows": r_rows,
        "elsewhere": sorted(counts.elsewhere.items(), key=lambda r: -r[1]),
        "source": maps.SOURCE,
    }


def _map_desc(rows: list[tuple[str, int]], one: str, many: str) -> str:
    from .render import tal

    if not rows:
        return f"Ingen {many} har opslag i perioden."
    top = ", ".join(f"{name} ({tal(n)})" for name, n in rows[:5])
    return f"{len(rows)} {one if len(rows) == 1 else many} har opslag. Flest: {top}."


# -- misuse reports ----------------------------------------------------------------------------


@router.get("/anmeld")
def report_form(
    page: CitizenPage,
    gruppe: str | None = None,
    opslag: str | None = None,
) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    return _report_form(page, gruppe, opslag, "", {})


def _report_form(
    page: Page, gruppe: str | None, opslag: str | None, text: str, errors: dict[str, str]
) -> Response:
    assert page.subject and page.viewer
    entry = None
    if opslag:
        doc = views.log_entry_view(page.session, page.subject, page.viewer, opslag, group_id=gruppe)
        entry, group = doc["entry"], doc["group"]
    elif gruppe:
        group = logdata.group_document(page.session, page.subject, page.viewer, gruppe)["group"]
    else:
        raise Invalid("Vælg et opslag eller en gruppe af opslag i loggen at anmelde.")
    return render_form(
        page,
        "report_new.html",
        {
            "title": "Anmeld mistanke om misbrug",
            "group": group,
            "entry": entry,
            "text": text,
        },
        errors=errors,
    )


@router.post("/anmeld", dependencies=[per_user("report"), *Csrf])
def report_file(
    page: CitizenPage,
    tekst: Annotated[str, Form()] = "",
    gruppe: Annotated[str, Form()] = "",
    opslag: Annotated[str, Form()] = "",
) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    try:
        doc = cases.file_report(
            page.session,
            page.subject,
            page.viewer,
            group=None if opslag else (gruppe or None),
            entry=opslag or None,
            text=tekst,
        )
    except Invalid as exc:
        page.session.rollback()
        return _report_form(page, gruppe or None, opslag or None, tekst, {"tekst": exc.message})
    return redirect(f"/sager/{quote(doc['report']['id'])}?ny=1")


@router.get("/sager")
def my_cases(page: CitizenPage) -> Response:
    assert page.subject and page.viewer
    reports = (
        reports_view(page.session, page.subject, page.viewer)["reports"]
        if "log" in page.scope
        else []
    )
    names = (
        name_requests_view(page.session, page.subject, page.viewer)["requests"] if page.own else []
    )
    return render(
        page,
        "cases.html",
        {"title": "Sager", "reports": reports, "names": names, "complaints": _complaints()},
    )


def _complaints() -> list[dict[str, str]]:
    from ..views.cases import COMPLAINTS

    return [dict(c) for c in COMPLAINTS]


@router.get("/sager/{case_id}")
def my_case(page: CitizenPage, case_id: str, ny: int = 0) -> Response:
    _need(page, "log")
    assert page.subject and page.viewer
    doc = cases.citizen_case(page.session, page.subject, page.viewer, case_id)
    return render(
        page,
        "case.html",
        {
            "title": "Anmeldelse af mistanke om misbrug",
            "case": doc["report"],
            "new": ny,
            "complaints": doc["complaints"],
        },
    )


# -- name requests -------------------------------------------------------------------------------


@router.get("/navne/ny")
def name_form(page: CitizenPage, etiket: str = "") -> Response:
    if not page.own:
        raise Forbidden("Kun borgeren selv kan anmode om et navn og se svaret.")
    label = " ".join(etiket.split())
    if not is_pseudonym(label):
        raise Invalid(
            "Der kan kun anmodes om navnet bag en betegnelse med en kode, fx »Sygeplejerske d5dffae«."
        )
    return _name_form(page, label, "", {})


def _name_form(page: Page, label: str, text: str, errors: dict[str, str]) -> Response:
    return render_form(
        page,
        "name_new.html",
        {"title": "Anmod om navn", "label": label, "text": text},
        errors=errors,
    )


@router.post("/navne/ny", dependencies=[per_user("name_request"), *Csrf])
def name_request(
    page: CitizenPage,
    etiket: Annotated[str, Form()],
    tekst: Annotated[str, Form()] = "",
) -> Response:
    assert page.subject and page.viewer
    try:
        namerequests.request_name(page.session, page.subject, page.viewer, etiket, text=tekst)
    except Invalid as exc:
        page.session.rollback()
        return _name_form(page, " ".join(etiket.split()), tekst, {"tekst": exc.message})
    return redirect("/sager?navn=1#navne")


# -- powers of attorney --------------------------------------------------------------------------


@router.get("/fuldmagter")
def proxies_page(page: CitizenPage, ok: str | None = None) -> Response:
    return _proxies_page(page, ok, {}, {})


def _proxies_page(
    page: Page, ok: str | None, errors: dict[str, str], form: dict[str, Any]
) -> Response:
    assert page.user
    doc = proxies_view(page.session, page.user.id)  # the API's protected document
    given = [r | {"name": r.get("proxy_name") or ""} for r in doc["given"]]
    received = [r | {"name": r.get("principal_name") or ""} for r in doc["received"]]
    return render_form(
        page,
        "proxies.html",
        {
            "title": "Fuldmagter",
            "given": given,
            "received": received,
            "choices": page.choices,
            "ok": ok,
            "today": _today(),
        },
        errors=errors,
        form=form,
    )


@router.post("/fuldmagter", dependencies=Csrf)
def proxies_give(
    page: CitizenPage,
    cpr: Annotated[str, Form()] = "",
    navn: Annotated[str, Form()] = "",
    omfang: Annotated[list[str] | None, Form()] = None,
    til: Annotated[str, Form()] = "",
) -> Response:
    assert page.user
    form = {"cpr": cpr, "navn": navn, "omfang": omfang or [], "til": til}
    try:
        until = parse_day(til)
    except Invalid as exc:
        return _proxies_page(page, None, {"til": exc.message}, form)
    try:
        proxies.grant(
            page.session, page.user.id, cpr=cpr, name=navn, scope=omfang or [], until=until
        )
    except Invalid as exc:
        page.session.rollback()
        errors = form_error(exc, {"name": "cpr", "scope": "omfang", "until": "til"}, "cpr")
        return _proxies_page(page, None, errors, form)
    return redirect("/fuldmagter?ok=givet")


def _own_proxy(page: Page, proxy_id: str) -> dict[str, Any]:
    assert page.user
    doc = proxies_view(page.session, page.user.id)
    for r in doc["given"]:
        if r["id"] == proxy_id:
            return r | {"name": r.get("proxy_name") or "", "given": True}
    for r in doc["received"]:
        if r["id"] == proxy_id:
            return r | {"name": r.get("principal_name") or "", "given": False}
    raise NotFound("Fuldmagten findes ikke.")


@router.get("/fuldmagter/{proxy_id}/tilbagekald")
def proxies_revoke_confirm(page: CitizenPage, proxy_id: str) -> Response:
    """Revoking asks first: what the power of attorney covers, and what happens."""
    proxy = _own_proxy(page, proxy_id)
    return render(
        page,
        "proxy_revoke.html",
        {
            "title": "Træk fuldmagten tilbage" if proxy["given"] else "Frasig dig fuldmagten",
            "proxy": proxy,
        },
    )


@router.post("/fuldmagter/{proxy_id}/tilbagekald", dependencies=Csrf)
def proxies_revoke(page: CitizenPage, proxy_id: str) -> Response:
    assert page.user
    proxies.revoke_proxy(page.session, proxy_id, actor=page.user.id, by_citizen=page.user.id)
    return redirect("/fuldmagter?ok=tilbagekaldt")


@router.post("/skift", dependencies=Csrf)
def switch(page: CitizenPage, borger: Annotated[str, Form()] = "") -> Response:
    assert page.user
    auth.set_acting_for(page.request, page.session, page.user, borger or None)
    return redirect("/")


# -- alerts ------------------------------------------------------------------------------------


@router.get("/underretninger")
def alerts_page(page: CitizenPage, ok: str | None = None) -> Response:
    assert page.user
    if not page.own:
        raise Forbidden("Underretninger vælger hver borger selv. Skift tilbage til dig selv.")
    return _alerts_page(page, ok, {}, None)


def _alerts_page(
    page: Page, ok: str | None, errors: dict[str, str], form: dict[str, Any] | None
) -> Response:
    assert page.user
    sub = alerts.subscription(page.session, page.user.id)
    return render_form(
        page,
        "alerts.html",
        {"title": "Underretninger", "sub": sub, "ok": ok},
        errors=errors,
        form=form,
    )


@router.post("/underretninger", dependencies=[per_user("alerts"), *Csrf])
def alerts_save(
    page: CitizenPage,
    email: Annotated[str, Form()] = "",
    typer: Annotated[list[str] | None, Form()] = None,
    handling: Annotated[str, Form()] = "til",
) -> Response:
    assert page.user
    if not page.own:
        raise Forbidden("Underretninger vælger hver borger selv.")
    if handling == "fra":
        alerts.unsubscribe(page.session, page.user.id, actor=page.user.id)
        return redirect("/underretninger?ok=fra")
    try:
        alerts.subscribe(
            page.session, page.user.id, email=email, kinds=typer or [], actor=page.user.id
        )
    except Invalid as exc:
        page.session.rollback()
        return _alerts_page(
            page,
            None,
            form_error(exc, {"email": "email", "kinds": "typer"}, "typer"),
            {"email": email, "typer": typer or []},
        )
    return redirect("/underretninger?ok=til")


# -- appointments ------------------------------------------------------------------------------


@router.get("/aftaler")
def appointments_page(page: CitizenPage, ok: str | None = None) -> Response:
    return _appointments_page(page, ok, None, {}, None)


def _appointments_page(
    page: Page,
    ok: str | None,
    token: str | None,
    errors: dict[str, str],
    form: dict[str, Any] | None,
) -> Response:
    _need(page, "journal")
    assert page.subject and page.viewer and page.user
    doc = appointments_view(page.session, page.subject, page.viewer)
    ctx: dict[str, Any] = {
        "title": "Mine aftaler" if page.own else f"Aftaler for {page.subject_name}",
        "doc": doc,
        "ok": ok,
    }
    if page.own:  # the calendar address and reminders are each citizen's own
        ctx["feed"] = appointments.feed_status(page.session, page.user.id)
        ctx["feed_url"] = (
            get_settings().base_url.rstrip("/") + appointments.FEED_PATH.format(token=token)
            if token
            else None
        )
        ctx["reminders"] = appointments.reminder_settings(page.session, page.user.id)
    return render_form(page, "appointments.html", ctx, errors=errors, form=form)


def _own(page: Page) -> None:
    if not page.own:
        raise Forbidden(
            "Kalender og påmindelser vælger hver borger selv. Skift tilbage til dig selv."
        )


@router.post("/aftaler/kalender", dependencies=Csrf)
def appointments_feed(page: CitizenPage, handling: Annotated[str, Form()] = "ny") -> Response:
    assert page.user
    _own(page)
    if handling == "slet":
        appointments.revoke_feed(page.session, page.user.id)
        return redirect("/aftaler?ok=kalender-slettet")
    token = appointments.new_feed(page.session, page.user.id)
    # the address is shown this once (only its hash is kept), not put in a redirect URL
    return _appointments_page(page, "kalender", token, {}, None)


@router.post("/aftaler/paamindelser", dependencies=Csrf)
def appointments_reminders(
    page: CitizenPage,
    email: Annotated[str, Form()] = "",
    dage: Annotated[str, Form()] = "2",
    handling: Annotated[str, Form()] = "til",
) -> Response:
    assert page.user
    _own(page)
    if handling == "fra":
        appointments.stop_reminders(page.session, page.user.id)
        return redirect("/aftaler?ok=fra")
    try:
        appointments.set_reminders(
            page.session, page.user.id, email=email, days_before=int(dage) if dage.isdigit() else 0
        )
    except Invalid as exc:
        page.session.rollback()
        return _appointments_page(
            page,
            None,
            None,
            form_error(exc, {"email": "email", "days_before": "dage"}, "dage"),
            {"email": email, "dage": dage},
        )
    return redirect("/aftaler?ok=til")


@router.get("/kalender/{token}.ics")
def calendar_feed(page: AnyPage, token: str) -> Response:
    """The secret calendar address: no sign-in (a calendar program fetches it), the token is
    the key. The appointments view of the citizen it belongs to, as iCalendar."""
    from .ical import appointments_ics

    patient = appointments.patient_for_token(page.session, token)
    doc = appointments_view(page.session, patient, patient)
    return Response(
        appointments_ics(doc, now=to_local(utcnow())),
        media_type="text/calendar; charset=utf-8",
        headers={
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Content-Disposition": 'inline; filename="aftaler.ics"',
        },
    )


# -- unknown pages ------------------------------------------------------------------------------


class _FallbackRoute(PageRoute):
    """Matches every GET that no other route took, except the API's, static files and docs."""

    def matches(self, scope: Any) -> tuple[Any, dict[str, Any]]:
        from starlette.routing import Match

        if scope.get("path", "").startswith(("/api", "/static", "/docs", "/openapi", "/redoc")):
            return Match.NONE, {}
        return super().matches(scope)


fallback = APIRouter(route_class=_FallbackRoute, include_in_schema=False)


@fallback.get("/{rest:path}")
def not_found(page: AnyPage, rest: str) -> Response:
    from .common import error_page

    return error_page(page.request, 404, "Siden findes ikke. Måske er adressen skrevet forkert.")
