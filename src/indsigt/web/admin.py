"""Pages for administrators (protection orders, misuse reports) and auditors (name requests),
and the audit trail and map for both."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form
from fastapi.responses import Response

from .. import audit, auth, cases, lookups, namerequests, ordering
from ..errors import Invalid, NotFound
from ..protect import orders as orders_mod
from ..timeutil import local_today
from ..views.maps import staff_map_view
from .common import PageRoute, dk_day, pager, parse_day, redirect
from .context import Page, admin_page, auditor_page, staff_page
from .render import ORDER_REASONS, form_error, render, render_form

router = APIRouter(prefix="/admin", route_class=PageRoute, include_in_schema=False)

StaffPage = Annotated[Page, Depends(staff_page)]
AdminPage = Annotated[Page, Depends(admin_page)]
AuditorPage = Annotated[Page, Depends(auditor_page)]
Csrf = [Depends(auth.verify_csrf)]

REASONS = ORDER_REASONS
KINDS = {
    "patient": "Over for én borger",
    "organization": "Afdeling skjult for alle borgere",
    "staff": "Medarbejder skjult for alle borgere",
}
MODES = {"pseudonym": "Betegnelse med kode", "blur": "Sløret (uden kode)"}
TRAIL_ACTIONS = {
    "": "Alle handlinger",
    "order.": "Beskyttelsesordrer",
    "case.": "Anmeldelser",
    "namerequest.": "Navneanmodninger",
    "label.": "Afsløringer af betegnelser",
    "proxy.": "Fuldmagter",
    "login.": "Log ind",
    "alerts.": "Underretninger",
    "user.": "Brugere",
}


def _orders_ctx(rows: list[dict[str, Any]], session: Any) -> list[dict[str, Any]]:
    pids = {r["patient"] for r in rows if r.get("patient")}
    names = lookups.patient_names(session, pids)
    org_ids = {r["organization"] for r in rows if r.get("organization")}
    orgs = {o: lookups.org_name(session, o) for o in org_ids}
    staff_ids: set[str] = set()
    for r in rows:
        s = r.get("staff")
        staff_ids.update([s] if isinstance(s, str) else (s or []))
    staff = {s["id"]: s["name"] for s in lookups.staff_details(session, staff_ids)}
    out = []
    for r in rows:
        s = r.get("staff")
        sids = [s] if isinstance(s, str) else list(s or [])
        covered = (
            f"Hele {orgs.get(r['organization']) or r['organization']}"
            if r.get("organization")
            else ", ".join(staff.get(x, x) for x in sids)
        )
        toward = names.get(r["patient"], r["patient"]) if r["kind"] == "patient" else "Alle borgere"
        out.append({**r, "covered": covered, "toward": toward})
    return out


@router.get("")
def overview(page: StaffPage) -> Response:
    assert page.user
    ctx: dict[str, Any] = {"title": "Overblik"}
    orders = orders_mod.list_orders(page.session, in_force_only=True)
    ctx["orders_in_force"] = len(orders)
    ctx["orders_ending"] = _orders_ctx([o for o in orders if o["expiring"]], page.session)
    if page.user.has_role("admin"):
        open_cases = [
            c
            for c in cases.admin_list(page.session, admin=page.user.id)
            if c["status"] != "afsluttet"
        ]
        ctx["open_cases"] = len(open_cases)
    if page.user.has_role("auditor"):
        ctx["pending_names"] = len(namerequests.list_requests(page.session, auditor=page.user.id))
    ctx["trail"] = lookups.trail_rows(page.session, audit.trail(page.session, limit=8))
    return render(page, "admin_home.html", ctx)


# -- protection orders -------------------------------------------------------------------------


@router.get("/ordrer")
def orders_list(page: StaffPage, vis: str = "aktive") -> Response:
    rows = orders_mod.list_orders(page.session, in_force_only=vis == "aktive")
    rows = list(reversed(rows))
    return render(
        page,
        "admin_orders.html",
        {
            "title": "Beskyttelse af medarbejdere",
            "orders": _orders_ctx(rows, page.session),
            "vis": vis,
            "reasons": REASONS,
            "kinds": KINDS,
            "extend_days": orders_mod.EXTEND_DAYS,
            "notice_days": orders_mod.EXPIRY_NOTICE_DAYS,
        },
    )


@router.get("/ordrer/ny")
def order_form(page: AdminPage, afdeling: str = "", type: str = "patient") -> Response:
    """Step 1 (and 2 once a department is chosen) of a new order. The citizen is chosen by CPR
    number in a POST (:func:`order_form_choose`), so a CPR number never appears in a URL."""
    return _order_form(page, afdeling, type, None)


@router.post("/ordrer/ny", dependencies=Csrf)
def order_form_choose(
    page: AdminPage,
    type: Annotated[str, Form()] = "patient",
    afdeling: Annotated[str, Form()] = "",
    borger: Annotated[str, Form()] = "",
    borger_id: Annotated[str, Form()] = "",
    soeg: Annotated[str, Form()] = "",
) -> Response:
    patient = None
    errors: dict[str, str] = {}
    if borger.strip() or borger_id:
        patient = lookups.patient_by_cpr_or_id(page.session, borger.strip() or borger_id)
        if patient is None:
            errors["borger"] = "Vi kan ikke finde en borger med det CPR-nummer."
    return _order_form(page, afdeling, type, patient, soeg, errors)


STAFF_SHOWN = 30


def _order_form(
    page: Page,
    afdeling: str,
    type: str,
    patient: Any,
    soeg: str = "",
    errors: dict[str, str] | None = None,
    form: dict[str, Any] | None = None,
) -> Response:
    orgs = lookups.organizations(page.session)
    errors = dict(errors or {})
    if afdeling and afdeling not in {o["id"] for o in orgs}:
        errors["afdeling"] = "Ukendt afdeling."
        afdeling = ""
    # the staff picker searches (a department may have hundreds): nobody is listed unasked
    found, staff = (
        lookups.search_staff(page.session, soeg, organization=afdeling, limit=STAFF_SHOWN)
        if afdeling and soeg.strip()
        else (0, [])
    )
    today = local_today()
    return render_form(
        page,
        "admin_order_new.html",
        {
            "title": "Ny beskyttelse",
            "orgs": orgs,
            "afdeling": afdeling,
            "afdeling_name": lookups.org_name(page.session, afdeling),
            "staff": staff,
            "staff_found": found,
            "soeg": soeg.strip(),
            "patient": patient,
            "patient_cpr": patient.cpr_masked if patient else "",
            "type": type if type in KINDS else "patient",
            "kinds": KINDS,
            "reasons": REASONS,
            "modes": MODES,
            "from": dk_day(today),
            "until": dk_day(today + timedelta(days=90)),
        },
        errors=errors,
        form=form,
    )


@router.post("/ordrer", dependencies=Csrf)
def order_create(
    page: AdminPage,
    type: Annotated[str, Form()],
    afdeling: Annotated[str, Form()] = "",
    borger: Annotated[str, Form()] = "",
    hvem: Annotated[str, Form()] = "udvalgte",
    medarbejdere: Annotated[list[str] | None, Form()] = None,
    fra: Annotated[str, Form()] = "",
    til: Annotated[str, Form()] = "",
    ingen_slutdato: Annotated[str, Form()] = "",
    begrundelse: Annotated[str, Form()] = "",
    visning: Annotated[str, Form()] = "pseudonym",
    titel: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    assert page.user
    staff = [x for x in (medarbejdere or []) if x]
    form = {
        "fra": fra,
        "til": til,
        "begrundelse": begrundelse,
        "visning": visning,
        "titel": bool(titel),
        "note": note,
        "hvem": hvem,
        "ingen_slutdato": bool(ingen_slutdato),
        "medarbejdere": staff,
    }
    citizen = lookups.patient_by_cpr_or_id(page.session, borger) if borger else None
    try:
        start, end = parse_day(fra), parse_day(til)
        ids = ordering.create_from_form(
            page.session,
            ordering.OrderForm(
                kind=type,
                citizen=borger,
                organization=afdeling,
                whom=hvem,
                staff=staff,
                start=start,
                end=end,
                open_ended=bool(ingen_slutdato),
                reason=begrundelse,
                mode=visning,
                keep_title=bool(titel),
                note=note,
                decided_by=page.user.name,
            ),
            actor=page.user.id,
            today=local_today(),
        )
    except Invalid as exc:
        page.session.rollback()
        chosen = lookups.staff_details(page.session, staff)
        return _order_form_with(page, afdeling, type, citizen, exc.message, form, chosen)
    if len(ids) == 1:
        return redirect(f"/admin/ordrer/{quote(ids[0])}?ok=oprettet")
    return redirect("/admin/ordrer?ok=oprettet")


def _order_form_with(
    page: Page,
    afdeling: str,
    type: str,
    citizen: Any,
    message: str,
    form: dict[str, Any],
    chosen: list[dict[str, Any]],
) -> Response:
    """The form again after a refusal: what was typed and chosen, the error at the top of step 2."""
    orgs = lookups.organizations(page.session)
    today = local_today()
    return render_form(
        page,
        "admin_order_new.html",
        {
            "title": "Ny beskyttelse",
            "orgs": orgs,
            "afdeling": afdeling,
            "afdeling_name": lookups.org_name(page.session, afdeling),
            "staff": chosen,
            "staff_found": len(chosen),
            "soeg": "",
            "patient": citizen,
            "patient_cpr": citizen.cpr_masked if citizen else "",
            "type": type if type in KINDS else "patient",
            "kinds": KINDS,
            "reasons": REASONS,
            "modes": MODES,
            "from": form.get("fra") or dk_day(today),
            "until": form.get("til") or "",
        },
        errors={"ordre": message},
        form=form,
    )


def _order(page: Page, order_id: str) -> dict[str, Any]:
    found = next((o for o in orders_mod.list_orders(page.session) if o["id"] == order_id), None)
    if found is None:
        raise NotFound("Ordren findes ikke.")
    return _orders_ctx([found], page.session)[0]


@router.get("/ordrer/{order_id}")
def order_detail(page: StaffPage, order_id: str, ok: str | None = None) -> Response:
    return _order_page(page, order_id, ok=ok)


def _reason_error(exc: Invalid, reason: str, field: str) -> dict[str, str]:
    """A refusal at a form with one reason field ``field`` (every refusal is shown there); an
    empty reason is said to a person at a form, not in the CLI's wording (``--reason``)."""
    if exc.field == "reason" and not reason.strip():
        return {field: "Skriv en begrundelse."}
    return {field: exc.message}


def _order_page(
    page: Page,
    order_id: str,
    *,
    ok: str | None = None,
    errors: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    """The order's page; after a refused extension or revocation the page again with the error
    next to the field and what was typed (status 422)."""
    order = _order(page, order_id)
    s = order.get("staff")
    sids = [s] if isinstance(s, str) else list(s or [])
    if order.get("organization"):
        covered = lookups.staff_of(page.session, order["organization"])
    else:
        covered = lookups.staff_details(page.session, sids)
    n_affected, affected = lookups.affected_citizens(page.session, [c["id"] for c in covered])
    patient = None
    if order["kind"] == "patient" and order.get("patient"):
        p = lookups.patient_by_cpr_or_id(page.session, order["patient"])
        if p is not None:
            patient = {"id": p.id, "name": p.name, "cpr": p.cpr_masked}
    extend_to = None
    if order.get("until"):
        until = date.fromisoformat(order["until"])
        extend_to = orders_mod.extension_until(until, orders_mod.EXTEND_DAYS).isoformat()
    return render_form(
        page,
        "admin_order.html",
        {
            "title": "Beskyttelsesordre",
            "order": order,
            "covered": covered,
            "patient": patient,
            "n_affected": n_affected,
            "affected": affected,
            "extend_to": extend_to,
            "extend_days": orders_mod.EXTEND_DAYS,
            "reasons": REASONS,
            "kinds": KINDS,
            "modes": MODES,
            "ok": ok,
            "history": lookups.trail_rows(
                page.session,
                [
                    t
                    for t in audit.trail(page.session, limit=500, action="order.")
                    if t["target"] == order_id
                ],
            ),
        },
        errors=errors,
        form=form,
    )


@router.post("/ordrer/{order_id}/forlaeng", dependencies=Csrf)
def order_extend(
    page: AdminPage,
    order_id: str,
    dage: Annotated[str, Form()] = "",
    til: Annotated[str, Form()] = "",
    begrundelse: Annotated[str, Form()] = "",
    tilbage: Annotated[str, Form()] = "",
) -> Response:
    """One step: ``dage`` (the button "Forlæng 90 dage", counted when the button is pressed) or
    a date ``til``; a reason is required and recorded."""
    assert page.user
    try:
        if dage.strip():
            if not dage.strip().isdigit():
                raise Invalid("Antal dage skal være et helt tal.")
            orders_mod.extend_order_days(
                page.session, order_id, int(dage), begrundelse, actor=page.user.id
            )
        else:
            end = parse_day(til)
            if end is None:
                raise Invalid("Vælg den nye slutdato.")
            orders_mod.extend_order(page.session, order_id, end, begrundelse, actor=page.user.id)
    except Invalid as exc:
        page.session.rollback()
        return _order_page(
            page,
            order_id,
            errors=_reason_error(exc, begrundelse, "ext-reason"),
            form={"ext-reason": begrundelse},
        )
    if tilbage == "liste":
        return redirect("/admin/ordrer?ok=forlaenget")
    return redirect(f"/admin/ordrer/{quote(order_id)}?ok=forlaenget")


@router.post("/ordrer/{order_id}/tilbagekald", dependencies=Csrf)
def order_revoke(
    page: AdminPage, order_id: str, begrundelse: Annotated[str, Form()] = ""
) -> Response:
    assert page.user
    try:
        orders_mod.revoke_order(page.session, order_id, begrundelse, actor=page.user.id)
    except Invalid as exc:
        page.session.rollback()
        return _order_page(
            page,
            order_id,
            errors=_reason_error(exc, begrundelse, "rev-reason"),
            form={"rev-reason": begrundelse},
        )
    return redirect(f"/admin/ordrer/{quote(order_id)}?ok=tilbagekaldt")


# -- misuse reports ------------------------------------------------------------------------------


@router.get("/sager")
def cases_list(page: AdminPage, status: str = "") -> Response:
    assert page.user
    rows = cases.admin_list(page.session, admin=page.user.id, status=status or None)
    names = lookups.patient_names(
        page.session, {r["patient"] for r in rows} | {r["filed_by"] for r in rows}
    )
    return render(
        page,
        "admin_cases.html",
        {
            "title": "Anmeldelser af mistanke om misbrug",
            "cases": [
                r
                | {
                    "patient_name": names.get(r["patient"], ""),
                    "filer_name": names.get(r["filed_by"], ""),
                }
                for r in rows
            ],
            "status": status,
            "statuses": cases.STATUSES,
        },
    )


@router.get("/sager/{case_id}")
def case_detail(page: AdminPage, case_id: str, ok: str | None = None) -> Response:
    return _case_page(page, case_id, ok=ok)


def _case_page(
    page: Page,
    case_id: str,
    *,
    ok: str | None = None,
    errors: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    assert page.user
    case = cases.admin_case(page.session, case_id, admin=page.user.id)
    return render_form(
        page,
        "admin_case.html",
        {
            "title": "Anmeldelse",
            "case": case,
            "statuses": cases.STATUSES,
            "ok": ok,
        },
        errors=errors,
        form=form,
    )


@router.post("/sager/{case_id}", dependencies=Csrf)
def case_update(
    page: AdminPage,
    case_id: str,
    status: Annotated[str, Form()],
    tekst: Annotated[str, Form()] = "",
) -> Response:
    assert page.user
    try:
        cases.set_status(page.session, case_id, status, admin=page.user.id, text=tekst)
    except Invalid as exc:
        page.session.rollback()
        return _case_page(
            page,
            case_id,
            errors=form_error(exc, {"text": "tekst"}, "status"),
            form={"tekst": tekst, "status": status},
        )
    return redirect(f"/admin/sager/{quote(case_id)}?ok=1")


# -- name requests (auditors) ----------------------------------------------------------------------


@router.get("/navne")
def names_list(page: AuditorPage, status: str = "pending", ok: str | None = None) -> Response:
    return _names_page(page, status, ok=ok)


def _names_page(
    page: Page,
    status: str,
    *,
    ok: str | None = None,
    errors: dict[str, str] | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    assert page.user
    rows = namerequests.list_requests(page.session, auditor=page.user.id, status=status or None)
    names = lookups.patient_names(page.session, {r["patient"] for r in rows})
    return render_form(
        page,
        "admin_names.html",
        {
            "title": "Anmodninger om navn",
            "requests": [r | {"patient_name": names.get(r["patient"], "")} for r in rows],
            "status": status,
            "statuses": namerequests.STATUSES,
            "ok": ok,
        },
        errors=errors,
        form=form,
    )


@router.post("/navne/{request_id}", dependencies=Csrf)
def names_decide(
    page: AuditorPage,
    request_id: str,
    afgoerelse: Annotated[str, Form()],
    begrundelse: Annotated[str, Form()] = "",
) -> Response:
    assert page.user
    try:
        if afgoerelse not in ("imoedekom", "afslaa"):
            raise Invalid("Vælg at imødekomme eller afslå anmodningen.", field="grant")
        namerequests.decide(
            page.session,
            request_id,
            auditor=page.user.id,
            grant=afgoerelse == "imoedekom",
            reason=begrundelse,
        )
    except Invalid as exc:
        page.session.rollback()
        field = "afgoerelse" if exc.field == "grant" else "begrundelse"
        return _names_page(
            page,
            "pending",
            errors=_reason_error(exc, begrundelse, f"{field}-{request_id}"),
            form={f"b-{request_id}": begrundelse, f"a-{request_id}": afgoerelse},
        )
    return redirect("/admin/navne?ok=1")


# -- audit trail and map -------------------------------------------------------------------------


@router.get("/revisionsspor")
def trail(page: StaffPage, handling: str = "", side: int = 1) -> Response:
    if handling not in TRAIL_ACTIONS:
        handling = ""
    rows = audit.trail(page.session, limit=2000, action=handling or None)
    p = pager(side, 50, len(rows))
    return render(
        page,
        "admin_trail.html",
        {
            "title": "Revisionsspor",
            "rows": lookups.trail_rows(page.session, list(p.slice(rows))),
            "pager": p,
            "handling": handling,
            "actions": TRAIL_ACTIONS,
            "params": {"handling": handling},
        },
    )


@router.get("/logkontrol")
def log_control(page: AdminPage) -> Response:
    """For operators: the tamper-evident log's newest signed head and public key, and what the
    sources declared against what arrived (the days that do not match)."""
    from ..integrity.completeness import report
    from ..integrity.keys import integrity_keys
    from ..integrity.log import latest_head, tree_size

    head = latest_head(page.session)
    return render(
        page,
        "admin_logcontrol.html",
        {
            "title": "Logkontrol",
            "head": head,
            "size": tree_size(page.session),
            "key": integrity_keys(str(page.session.get_bind().url)).verifier_key,
            "report": report(page.session),
        },
    )


@router.get("/kort")
def admin_map(page: StaffPage, fra: str | None = None, til: str | None = None) -> Response:
    from .common import page_filters
    from .pages import _map_context

    f = page_filters(page.session, fra, til)
    return render(
        page, "map.html", _map_context(page, staff_map_view(page.session, f), f, staff=True)
    )
