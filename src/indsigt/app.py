"""The web application: HTTP API and Danish web pages over the same service functions."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import __version__


def _warm_matchers() -> None:
    """Build the name matchers of the orders in force, so no citizen waits for a big one."""
    from .db import session_scope
    from .logging import get_logger
    from .protect.orders import warm_caches

    try:
        with session_scope() as s:
            warm_caches(s)
    except Exception:  # a cold cache is slower, never wrong
        get_logger("indsigt.app").exception("matcher_warmup_failed")


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    import anyio.to_thread

    from .api.imports import purge_orphan_uploads
    from .db import connection_limit

    purge_orphan_uploads()  # left by a worker killed during an upload
    # Route functions run in a thread pool, each holding one database connection: as many
    # threads as connections, so that a request beyond them waits for a thread (no time limit)
    # instead of for a connection (which fails after 30 s with an error).
    anyio.to_thread.current_default_thread_limiter().total_tokens = connection_limit()
    threading.Thread(target=_warm_matchers, name="warm-matchers", daemon=True).start()
    yield


def create_app() -> FastAPI:
    from .api.routes import register as register_api
    from .db import init_db
    from .health import register as register_ops
    from .web.routes import register as register_web

    init_db()
    app = FastAPI(
        title="indsigt",
        version=__version__,
        description="Indsigt i journal og adgangslog.",
        lifespan=_lifespan,
    )

    @app.get("/healthz", tags=["drift"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    register_ops(app)  # /readyz, request logs (JSON when serving)
    register_api(app)
    register_web(app)
    return app
