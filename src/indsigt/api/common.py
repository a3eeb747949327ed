"""Shared pieces of the HTTP API: error bodies, the route class, fast JSON responses."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel

from ..auth import Unauthenticated
from ..errors import IndsigtError


class ErrorOut(BaseModel):
    """Every error: a Danish message in ``detail``; an import's problems as ``FILE:LINE: ...``;
    a refusal about one parameter names it in ``field`` (``email``, ``reason``, ...)."""

    detail: str
    field: str | None = None
    problems: list[str] | None = None
    files: list[dict[str, Any]] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Forkert forespørgsel"},
    401: {"model": ErrorOut, "description": "Ikke logget ind"},
    403: {"model": ErrorOut, "description": "Ingen adgang"},
    404: {"model": ErrorOut, "description": "Findes ikke"},
    422: {"model": ErrorOut, "description": "Ugyldige data"},
    429: {"model": ErrorOut, "description": "For mange forespørgsler (se Retry-After)"},
}


class JSONBytes(Response):
    """JSON serialised with orjson (the log of a citizen can be large)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def json_response(doc: Any, status_code: int = 200) -> JSONBytes:
    return JSONBytes(doc, status_code=status_code, headers={"Cache-Control": "no-store"})


def error_response(status: int, detail: str, **extra: Any) -> JSONBytes:
    body: dict[str, Any] = {"detail": detail}
    body.update({k: v for k, v in extra.items() if v is not None})
    headers = {"Cache-Control": "no-store"}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="indsigt"'
    return JSONBytes(body, status_code=status, headers=headers)


_TYPES_DA = {
    "missing": "mangler",
    "string_type": "skal være tekst",
    "bool_parsing": "skal være true eller false",
    "bool_type": "skal være true eller false",
    "int_parsing": "skal være et heltal",
    "int_type": "skal være et heltal",
    "date_from_datetime_parsing": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "date_parsing": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "date_type": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "json_invalid": "er ikke gyldig JSON",
    "string_too_long": "er for lang",
    "string_too_short": "er for kort",
    "string_pattern_mismatch": "har et forkert format",
    "literal_error": "har en ukendt værdi",
    "enum": "har en ukendt værdi",
    "list_type": "skal være en liste",
    "dict_type": "skal være et JSON-objekt",
    "model_attributes_type": "skal være et JSON-objekt",
    "greater_than_equal": "er for lille",
    "less_than_equal": "er for stor",
    "extra_forbidden": "er ikke et kendt felt",
    "value_error": "er ugyldig",
}
_WHERE_DA = {"body": "indhold", "query": "parameter", "path": "sti", "header": "header"}


def validation_message(exc: RequestValidationError) -> tuple[str, list[str]]:
    """A Danish summary of a validation error. Never echoes the input (it may hold a CPR number)."""
    problems = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        where = _WHERE_DA.get(loc[0], loc[0]) if loc else "forespørgsel"
        field = ".".join(loc[1:]) or where
        problems.append(f"{field}: {_TYPES_DA.get(err.get('type', ''), 'er ugyldig')}")
    return "Ugyldig forespørgsel: " + "; ".join(problems[:10]), problems


class IndsigtRoute(APIRoute):
    """Turns domain errors into ``{"detail": "<dansk>"}`` with the error's HTTP status, at the
    route itself (so no application-wide handler of another adapter can change the API's bodies)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await original(request)
            except IndsigtError as exc:
                status = exc.http_status
                if isinstance(exc, Unauthenticated):
                    status = 401
                # a refusal about one parameter names it (``Invalid.field``)
                resp = error_response(status, exc.message, field=getattr(exc, "field", None))
                resp.headers.update(exc.headers)  # e.g. Retry-After of a rate limit
                return resp
            except RequestValidationError as exc:
                detail, problems = validation_message(exc)
                return error_response(422, detail, problems=problems)

        return handler


def router(prefix: str, tag: str) -> APIRouter:
    return APIRouter(prefix=prefix, tags=[tag], route_class=IndsigtRoute, responses=ERRORS)
