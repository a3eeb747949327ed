"""The Danish web pages: ``register(app)`` mounts them on the FastAPI app."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

from .. import auth
from .render import STATIC, env


def register(app: FastAPI) -> None:
    """Add the web pages, their static files and the session middleware to ``app``."""
    from . import admin, alerts_confirm, logdata, pages, pregnancy
    from .common import is_label, is_pseudonym, url_with

    env.globals.update(
        is_label=is_label,
        is_pseudonym=is_pseudonym,
        url_with=url_with,
        group_reasons=logdata.reasons,
        group_state=logdata.state,
    )
    auth.install(app)
    if not getattr(app.state, "indsigt_gzip", False):
        app.add_middleware(GZipMiddleware, minimum_size=2048)
        app.state.indsigt_gzip = True
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    app.include_router(admin.router)
    app.include_router(pregnancy.router)  # issue 16: Min graviditet and the professionals' pages
    app.include_router(alerts_confirm.router)
    app.include_router(pages.fallback)  # last: an unknown page is a Danish 404 page
