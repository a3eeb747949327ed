"""Jinja environment and the Danish formatting every page uses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..accesslog import flags as flag_registry
from ..timeutil import TZ, fmt_date, fmt_datetime

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_LONG = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)

#: flag code -> (short Danish name, the reason in plain Danish), from the one flag registry
FLAGS: dict[str, tuple[str, str]] = {f.code: (f.name, f.reason) for f in flag_registry.FLAGS}

#: the kinds of ``explained_by``
EXPLAINED_KIND = {
    "episode": "forløb",
    "encounter": "kontakt",
    "appointment": "aftale",
    "referral": "henvisning",
    "document": "notat",
}


#: audit-trail action codes in Danish
ACTIONS = {
    "order.add": "Ordre oprettet",
    "order.extend": "Ordre forlænget",
    "order.revoke": "Ordre tilbagekaldt",
    "case.file": "Anmeldelse modtaget",
    "case.status": "Anmeldelse behandlet",
    "case.view_identities": "Navne i anmeldelse set",
    "namerequest.create": "Anmodning om navn",
    "namerequest.grant": "Navn udleveret",
    "namerequest.refuse": "Anmodning om navn afslået",
    "label.reveal": "Betegnelse afsløret",
    "label.reveal_failed": "Forsøg på afsløring afvist",
    "proxy.add": "Fuldmagt givet",
    "proxy.revoke": "Fuldmagt trukket tilbage",
    "login.dev": "Log ind (demo)",
    "login.oidc": "Log ind",
    "alerts.subscribe": "Underretninger slået til",
    "alerts.unsubscribe": "Underretninger slået fra",
    "user.add": "Bruger oprettet",
    "user.provision": "Bruger oprettet ved log ind",
    "user.link": "Login-identitet knyttet til bruger",
    "user.remove": "Bruger fjernet",
    "user.role": "Brugerens rolle ændret",
    "demo.scenario": "Demodata oprettet",
    "alerts.send": "Underretning sendt",
    "alerts.queue": "Underretning lagt i udbakken",
    "alerts.confirm": "E-mailadresse bekræftet",
    "review.view": "Gennemgangskøen læst",
    "review.decide": "Sag i gennemgangskøen afgjort",
    "services.import": "Serviceafdelingers relationer indlæst",
    "services.remove": "Serviceafdelings relation fjernet",
    "logout": "Log ud",
    "keys.rotate": "Ny pseudonymnøgle",
    "retention.apply": "Gamle logposter slettet",
    "import.files": "Filer importeret",
    "completeness.declare": "Antal logposter erklæret af kildesystem",
    "overview.view": "Adgangsoverblik vist",
    "overview.cells": "Opslagene bag et tal i adgangsoverblikket vist",
    "overview.entries": "Enkelte opslag i adgangsoverblikket vist",
    "calendar.new": "Ny kalenderadresse",
    "calendar.revoke": "Kalenderadresse slettet",
    "reminders.on": "Påmindelser om aftaler slået til",
    "reminders.off": "Påmindelser om aftaler slået fra",
}


def action_name(code: str) -> str:
    return ACTIONS.get(code, code)


ORDER_REASONS = {
    "violence": "Vold",
    "threats": "Trusler",
    "harassment": "Chikane",
    "other": "Andet",
    "high-risk department": "Særligt risikofyldt afdeling",
}


def reason_name(reason: str | None) -> str:
    """A protection order's reason code in Danish, also at the start of a reason ("threats: the
    note"); free text passes unchanged."""
    text = reason or ""
    if text in ORDER_REASONS:
        return ORDER_REASONS[text]
    code, sep, rest = text.partition(": ")
    if sep and code in ORDER_REASONS:
        return f"{ORDER_REASONS[code]}: {rest}"
    return text


def to_dt(value: Any) -> datetime | None:
    """An ISO string with offset (view output) or a naive-UTC datetime -> aware Copenhagen time."""
    if value is None or value == "" or not isinstance(value, str | datetime | date):
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            from ..timeutil import to_local

            return to_local(value)
        return value.astimezone(TZ)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=TZ)
    s = str(value)
    dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        return dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ)


def dato(value: Any) -> str:
    """dd.mm.yyyy (Europe/Copenhagen)."""
    dt = to_dt(value)
    return dt.strftime("%d.%m.%Y") if dt else ""


def datotid(value: Any) -> str:
    """dd.mm.yyyy kl. HH:MM (Europe/Copenhagen)."""
    dt = to_dt(value)
    return dt.strftime("%d.%m.%Y kl. %H:%M") if dt else ""


def tid(value: Any) -> str:
    dt = to_dt(value)
    return dt.strftime("%H:%M") if dt else ""


def dato_lang(value: Any) -> str:
    """ "3. marts 2026"."""
    dt = to_dt(value)
    return f"{dt.day}. {MONTHS_LONG[dt.month - 1]} {dt.year}" if dt else ""


def tal(value: Any) -> str:
    """Danish number: 1.243 (and 2,5 for decimals)."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{int(value):,}".replace(",", ".")


def gange(n: int) -> str:
    return "1 gang" if n == 1 else f"{tal(n)} gange"


def flag_name(code: str) -> str:
    return flag_registry.name(code)


def flag_reason(code: str) -> str:
    return flag_registry.reason(code)


def explained_text(explained: dict[str, Any] | None) -> str:
    """The view's sentence about the relation that explains an access."""
    if not explained:
        return "Ingen forklaring fundet"
    text = explained.get("text") or ""
    if text:
        return str(text)
    return EXPLAINED_KIND.get(explained.get("kind") or "", "forklaret").capitalize()


def iso_day(value: Any) -> str:
    """yyyy-mm-dd for <input type=date>."""
    dt = to_dt(value)
    return dt.date().isoformat() if dt else ""


def highlight(text: str, query: str | None) -> Markup:
    """Escape ``text`` and mark every case-insensitive occurrence of ``query``."""
    if not query:
        return escape(text)
    low, q = text.casefold(), query.casefold()
    out, i = [], 0
    if len(low) != len(text):  # casefold changed lengths (e.g. ß): no marking, to stay safe
        return escape(text)
    while True:
        j = low.find(q, i)
        if j < 0:
            out.append(escape(text[i:]))
            break
        out.append(escape(text[i:j]))
        out.append(Markup("<mark>") + escape(text[j : j + len(q)]) + Markup("</mark>"))
        i = j + len(q)
    return Markup("").join(out)


templates = Jinja2Templates(directory=str(TEMPLATES))
env = templates.env
env.trim_blocks = True
env.lstrip_blocks = True
env.filters.update(
    dato=dato,
    datotid=datotid,
    tid=tid,
    dato_lang=dato_lang,
    tal=tal,
    gange=gange,
    flag_name=flag_name,
    flag_reason=flag_reason,
    explained_text=explained_text,
    iso_day=iso_day,
    highlight=highlight,
)
env.globals.update(
    FLAGS=FLAGS,
    fmt_date=fmt_date,
    fmt_datetime=fmt_datetime,
    action_name=action_name,
    reason_name=reason_name,
)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def render(
    where: Any, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render a page. ``where`` is a :class:`~indsigt.web.context.Page` (signed-in pages) or
    the bare request (errors); the common context (user, CSRF token, navigation) is added."""
    from .context import Page, common_context

    if isinstance(where, Page):
        request, base = where.request, where.template_context()
    else:
        request, base = where, common_context(where)
    response = templates.TemplateResponse(
        request, template, {**base, **context}, status_code=status_code
    )
    response.headers.update(SECURITY_HEADERS)
    return response


def render_form(
    where: Any,
    template: str,
    context: dict[str, Any],
    *,
    errors: dict[str, str] | None = None,
    form: dict[str, Any] | None = None,
) -> HTMLResponse:
    """A page with a form: the first time empty (200); after a refusal again, with the errors
    next to their fields and what was typed (422)."""
    return render(
        where,
        template,
        {**context, "errors": errors or {}, "form": form or {}},
        status_code=422 if errors else 200,
    )


def form_error(exc: Any, fields: dict[str, str], default: str) -> dict[str, str]:
    """The refusal ``exc`` (:class:`~indsigt.errors.Invalid`) as ``{form field: message}``: the
    service names the parameter it refused (``exc.field``), ``fields`` maps parameters to the
    form's field names, and ``default`` takes a refusal of the request as a whole."""
    return {fields.get(exc.field or "", default): exc.message}
