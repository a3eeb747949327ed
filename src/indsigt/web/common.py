"""Shared pieces of the web pages: the route class (HTML errors, log-in redirect), pagination,
filters and small helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute

from ..errors import IndsigtError

#: a pseudonym label ("Sygeplejerske d5dffae") or the blur label
LABEL_RE = re.compile(r"^\S.* [0-9a-f]{7}$")
BLUR_LABEL = "Sundhedsperson"


def is_label(value: str | None) -> bool:
    """Whether a person field shows a protection label instead of a name."""
    return bool(value) and (value == BLUR_LABEL or bool(LABEL_RE.match(value or "")))


def is_pseudonym(value: str | None) -> bool:
    return bool(value) and bool(LABEL_RE.match(value or ""))


class PageRoute(APIRoute):
    """Routes of the web pages: errors become Danish HTML pages, "not signed in" a redirect."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            from ..auth import Unauthenticated
            from .context import LoginRequired

            try:
                return await original(request)
            except (LoginRequired, Unauthenticated):
                target = request.url.path
                if request.url.query:
                    target += "?" + request.url.query
                if request.method != "GET":
                    target = "/"
                return RedirectResponse(f"/log-ind?naeste={quote(target)}", status_code=303)
            except IndsigtError as exc:
                page = error_page(request, exc.http_status, exc.message)
                page.headers.update(exc.headers)  # e.g. Retry-After of a rate limit
                return page
            except RequestValidationError as exc:
                return error_page(request, 422, _validation_text(exc))

        return handler


def _validation_text(exc: RequestValidationError) -> str:
    fields = sorted({str(e.get("loc", ["", "?"])[-1]) for e in exc.errors() if isinstance(e, dict)})
    return "Nogle felter er ikke udfyldt rigtigt: " + ", ".join(fields) + "."


TITLES = {
    400: "Forespørgslen kan ikke bruges",
    401: "Du skal logge ind",
    403: "Du har ikke adgang",
    404: "Siden findes ikke",
    422: "Der er noget, der skal rettes",
    429: "For mange forespørgsler",
    503: "Tjenesten er ikke tilgængelig",
}


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    from .render import render

    return render(
        request,
        "error.html",
        {"status": status, "title": TITLES.get(status, "Der skete en fejl"), "message": message},
        status_code=status,
    )


def redirect(url: str) -> RedirectResponse:
    """After a POST: see the result with GET (303)."""
    return RedirectResponse(url, status_code=303)


# ---------------------------------------------------------------------------------------------
# pagination


@dataclass
class Pager:
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def start(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def end(self) -> int:
        return min(self.total, self.start + self.per_page)

    def slice(self, items: Sequence[Any]) -> Sequence[Any]:
        return items[self.start : self.end]

    def window(self) -> list[int | None]:
        """Page numbers to show, ``None`` for a gap: 1 … 4 5 6 … 20."""
        shown = {1, self.pages, *range(self.page - 2, self.page + 3)}
        out: list[int | None] = []
        prev = 0
        for n in sorted(p for p in shown if 1 <= p <= self.pages):
            if n - prev > 1:
                out.append(None)
            out.append(n)
            prev = n
        return out


def pager(page: int | None, per_page: int, total: int) -> Pager:
    p = Pager(1, per_page, total)
    p.page = min(max(1, page or 1), p.pages)
    return p


def url_with(base: str, params: dict[str, Any], **changes: Any) -> str:
    """``base`` with ``params`` updated by ``changes`` (empty values left out)."""
    merged = {**params, **changes}
    query = urlencode([(k, v) for k, v in merged.items() if v not in (None, "", False)])
    return f"{base}?{query}" if query else base


# ---------------------------------------------------------------------------------------------
# filters of the log and the map


_DK_DATE = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$")


def parse_day(value: str | None) -> date | None:
    """A date typed by a person: dd.mm.åååå (Danish) or åååå-mm-dd (ISO)."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        m = _DK_DATE.match(text)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return date.fromisoformat(text[:10])
    except ValueError:
        raise_invalid(f"»{text}« er ikke en dato. Skriv datoen som dd.mm.åååå, fx 01.03.2026.")
    return None  # pragma: no cover


def dk_day(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def raise_invalid(message: str) -> None:
    from ..errors import Invalid

    raise Invalid(message)


STATES = {
    "unexplained": "Uden forklaring",
    "flagged": "Markeret",
    "explained": "Forklaret",
    "system": "Systemer",
}


@dataclass
class LogFilters:
    """The filters of the access log: period (local days, both inclusive), organisation (an id,
    with everything under it), flag and state (explained, unexplained, flagged, system)."""

    since: date | None = None
    until: date | None = None
    organization: str | None = None
    flag: str | None = None
    state: str | None = None
    #: the organisation's display name, for :meth:`describe`
    org_label: str | None = None

    @classmethod
    def from_query(
        cls,
        fra: str | None,
        til: str | None,
        org: str | None = None,
        flag: str | None = None,
        state: str | None = None,
    ) -> LogFilters:
        from .render import FLAGS

        f = cls(
            parse_day(fra), parse_day(til), (org or "").strip() or None, flag or None, state or None
        )
        if f.flag and f.flag not in FLAGS:
            raise_invalid("Ukendt markering.")
        if f.state and f.state not in STATES:
            raise_invalid("Ukendt visning.")
        for d in (f.since, f.until):
            if d is not None and not 1900 <= d.year <= 9000:
                raise_invalid("Datoen ligger uden for det mulige interval.")
        if f.since and f.until and f.until < f.since:
            raise_invalid("Slutdatoen ligger før startdatoen.")
        return f

    @property
    def active(self) -> bool:
        return any((self.since, self.until, self.organization, self.flag, self.state))

    def query(self) -> dict[str, str]:
        return {
            k: v
            for k, v in {
                "fra": dk_day(self.since),
                "til": dk_day(self.until),
                "org": self.organization or "",
                "flag": self.flag or "",
                "vis": self.state or "",
            }.items()
            if v
        }

    def describe(self) -> str:
        from .render import flag_name

        parts = []
        if self.since and self.until:
            parts.append(f"{self.since:%d.%m.%Y}–{self.until:%d.%m.%Y}")
        elif self.since:
            parts.append(f"fra {self.since:%d.%m.%Y}")
        elif self.until:
            parts.append(f"til {self.until:%d.%m.%Y}")
        if self.organization:
            parts.append(self.org_label or self.organization)
        if self.flag:
            parts.append(flag_name(self.flag))
        if self.state:
            parts.append(STATES[self.state])
        return ", ".join(parts)
