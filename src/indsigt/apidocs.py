"""The API documentation pages (``/docs`` Swagger UI, ``/redoc`` ReDoc), served from this server.

FastAPI's default pages load Swagger UI and ReDoc from a CDN without Subresource Integrity; here
the assets come from the ``fastapi-offline`` package (it ships Swagger UI and ReDoc builds), and
the pages are FastAPI's own, self-hosted as FastAPI documents it ("Self-hosting JavaScript and
CSS for docs").
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs/assets"


def _assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def register(app: FastAPI) -> None:
    """Add ``/docs``, ``/docs/oauth2-redirect``, ``/redoc`` and their assets to ``app`` (create
    the app with ``docs_url=None, redoc_url=None``)."""
    app.mount(ASSETS, StaticFiles(directory=_assets_dir()), name="docs-assets")
    headers = {"Cache-Control": "no-store"}

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url=str(app.openapi_url),
            title=f"{app.title} – API",
            oauth2_redirect_url="/docs/oauth2-redirect",
            swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS}/favicon.png",
        )
        page.headers.update(headers)
        return page

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        page = get_redoc_html(
            openapi_url=str(app.openapi_url),
            title=f"{app.title} – API",
            redoc_js_url=f"{ASSETS}/redoc.standalone.js",
            redoc_favicon_url=f"{ASSETS}/favicon.png",
            with_google_fonts=False,
        )
        page.headers.update(headers)
        return page
