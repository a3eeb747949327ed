"""Shared pieces of the web pages: the route class (HTML errors, log-in redirect), pagination,
and small helpers. The log's filters are parsed by the view layer (:mod:`indsigt.views.filters`),
the same parser the HTTP API uses."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute

from ..errors import IndsigtError
from ..views.filters import STATES, LogQuery, dk_day, parse_day, parse_log_query

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
# filters of the log and the map: one parser for the pages and the API (indsigt.views.filters)

#: the log's filters as the pages hold them
LogFilters = LogQuery


def page_filters(
    session: Any,
    fra: str | None = None,
    til: str | None = None,
    org: str | None = None,
    flag: str | None = None,
    vis: str | None = None,
) -> LogQuery:
    """The log filters of a page's query string (``fra``, ``til``, ``org``, ``flag``, ``vis``)."""
    return parse_log_query(session, since=fra, until=til, organization=org, flag=flag, state=vis)


__all__ = ["STATES", "LogFilters", "dk_day", "page_filters", "parse_day"]
