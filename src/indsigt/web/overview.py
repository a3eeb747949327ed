"""The privacy officer's overview pages (auditors): ``/admin/adgangsoverblik`` and its
drill-down to the citizen-days and the log entries behind each number. Thin over
:mod:`indsigt.analytics.overview`, which records every view in the audit trail."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from ..analytics import overview as ov
from .common import PageRoute
from .context import Page, auditor_page
from .render import render

router = APIRouter(prefix="/admin/adgangsoverblik", route_class=PageRoute, include_in_schema=False)
AuditorPage = Annotated[Page, Depends(auditor_page)]
STATES = ov.STATE_TEXT
FLAGS = {f.code: f.name for f in ov.CELL_FLAGS}


def _link(path: str, **params: Any) -> str:
    q = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in params.items() if v}
    return f"{path}?{urlencode(q)}" if q else path


def _period(fra: str | None, til: str | None) -> tuple[date | None, date | None]:
    since = ov.parse_day(fra, "Fra")
    until = ov.parse_day(til, "Til")
    if since is None and until is None:  # the last 12 weeks by default
        until = ov.local_today()
        since = until - timedelta(weeks=12)
    return since, until


@router.get("")
def overview_page(page: AuditorPage, fra: str | None = None, til: str | None = None) -> Response:
    assert page.user
    since, until = _period(fra, til)
    doc = ov.overview(page.session, page.user.id, ov.Filters(since=since, until=until))
    base = "/admin/adgangsoverblik/celler"
    period = {"fra": since, "til": until}
    for u in doc["users"]:
        u["href"] = _link(base, bruger=u["actor"], **period)
    for o in doc["organizations"]:
        o["href"] = _link(base, organisation=o["id"], **period)
    peak = max([w["entries"] for w in doc["weeks"]] or [1])
    for w in doc["weeks"]:
        w["href"] = _link(base, uge=w["week"])
        w["pct"] = round(100 * w["entries"] / peak) if peak else 0
    return render(
        page,
        "overview.html",
        {
            "title": "Adgangsoverblik",
            "doc": doc,
            "since": since,
            "until": until,
            "flags": FLAGS,
        },
    )


@router.get("/celler")
def cells_page(
    page: AuditorPage,
    bruger: str | None = None,
    organisation: str | None = None,
    uge: str | None = None,
    tilstand: str | None = None,
    markering: str | None = None,
    fra: str | None = None,
    til: str | None = None,
) -> Response:
    assert page.user
    f = ov.Filters(
        since=ov.parse_day(fra, "Fra"),
        until=ov.parse_day(til, "Til"),
        actor=bruger or None,
        organization=organisation,
        week=ov.parse_day(uge, "Uge"),
        state=tilstand or None,
        flag=markering or None,
    )
    doc = ov.cells(page.session, page.user.id, f)
    for r in doc["rows"]:
        r["href"] = _link(
            "/admin/adgangsoverblik/opslag",
            borger=r["patient"],
            bruger=r["user"]["actor"],
            dag=r["day"],
            organisation=r["organization"]["id"],
        )
    return render(
        page,
        "overview_cells.html",
        {"title": "Opslagene bag tallet", "doc": doc, "states": STATES, "flags": FLAGS},
    )


@router.get("/opslag")
def entries_page(
    page: AuditorPage,
    borger: str,
    bruger: str,
    dag: str,
    organisation: str | None = None,
) -> Response:
    assert page.user
    d = ov.parse_day(dag, "Dag")
    assert d is not None
    doc = ov.entries(page.session, page.user.id, borger, bruger, d, organisation)
    return render(page, "overview_entries.html", {"title": "Opslag", "doc": doc})
