"""The page behind the link of the e-mail that confirms an alert address (double opt-in).

``GET /underretninger/bekraeft?kode=...`` shows a button (a mail scanner that opens the link
confirms nothing); ``POST`` confirms. No sign-in is needed: the code in the link is the proof
that the owner of the mailbox asked for it (:func:`indsigt.alerts.confirm`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query
from fastapi.responses import Response

from .. import alerts, auth
from .common import PageRoute
from .context import Page, optional_page
from .render import render

router = APIRouter(route_class=PageRoute, include_in_schema=False)
AnyPage = Annotated[Page, Depends(optional_page)]


@router.get("/underretninger/bekraeft")
def confirm_form(page: AnyPage, kode: str = Query("", max_length=200)) -> Response:
    return render(page, "alerts_confirm.html", {"title": "Bekræft din e-mailadresse", "kode": kode})


@router.post("/underretninger/bekraeft", dependencies=[Depends(auth.verify_csrf)])
def confirm(page: AnyPage, kode: Annotated[str, Form(max_length=200)] = "") -> Response:
    alerts.confirm(page.session, kode)
    return render(
        page, "alerts_confirm.html", {"title": "E-mailadressen er bekræftet", "done": True}
    )
