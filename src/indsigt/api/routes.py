"""The HTTP API: routers per area, OpenAPI documentation at /docs."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response
from fastapi.routing import APIRoute

from .. import auth
from . import admin, auditor, auth_routes, citizen, imports, pregnancy, transparency
from .common import error_response, router
from .inputguard import InputGuard

FALLBACK = "/api/{rest:path}"
fallback = router("", "drift")


@fallback.api_route(
    FALLBACK,
    methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    include_in_schema=False,
)
async def not_found(request: Request, rest: str) -> Response:
    """Unknown API paths and methods answer in Danish JSON too (404, or 405 with Allow)."""
    path = request.url.path
    allowed: set[str] = set()
    for r in ROUTERS:
        for route in r.routes:
            if isinstance(route, APIRoute) and route.path_regex.match(path):
                allowed |= route.methods or set()
    if allowed:
        resp = error_response(405, "Metoden er ikke tilladt her.")
        resp.headers["Allow"] = ", ".join(sorted(allowed))
        return resp
    return error_response(404, "Findes ikke.")


#: every router of the API, in the order they are matched
ROUTERS = (
    auth_routes.api,
    auth_routes.dev,
    citizen.api,
    pregnancy.api,
    admin.api,
    imports.api,
    auditor.api,
    transparency.api,
)


def register(app: FastAPI) -> None:
    """Add the sign-in middleware and every API router to ``app`` (the fallback last)."""
    # the input guard sits just inside the session middleware: it needs the session to check a
    # multipart body's CSRF token before anything reads the body
    app.add_middleware(InputGuard)
    auth.install(app)
    for r in ROUTERS:
        app.include_router(r)
    app.include_router(fallback)
