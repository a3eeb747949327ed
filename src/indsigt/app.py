"""The web application: HTTP API and Danish web pages over the same service functions."""

from __future__ import annotations

from fastapi import FastAPI

from . import __version__


def create_app() -> FastAPI:
    from .db import init_db

    init_db()
    app = FastAPI(
        title="indsigt", version=__version__, description="Indsigt i journal og adgangslog."
    )

    @app.get("/healthz", tags=["drift"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    for mod in ("api", "web"):
        try:
            module = __import__(f"indsigt.{mod}.routes", fromlist=["register"])
        except ImportError as exc:  # pragma: no cover - area not built yet
            if exc.name != f"indsigt.{mod}.routes":
                raise
            continue
        module.register(app)
    return app
