"""The web application: HTTP API and Danish web pages over the same service functions."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import __version__
from .protect.cache import settle_heap  # after the warm-up (see _warm_matchers)

#: Garbage-collector thresholds of a serving process (Python's default: 700, 10, 10).
GC_THRESHOLDS = (10_000, 20, 20)


def tune_gc() -> None:
    """Fewer, cheaper cyclic garbage collections in a serving process.

    Measured under load (200 simulated citizens, bench/load): with the defaults each worker
    stopped for a full collection of its caches (name matchers, organisations, rosters) every
    few seconds, for 130-370 ms each, which set the p99 latency. Here collections run less often,
    and what the process holds after its warm-up is frozen (``gc.freeze``) so that full
    collections no longer walk it. Objects are still freed by reference counting as usual.
    """
    gc.set_threshold(*GC_THRESHOLDS)


def _warm_matchers() -> None:
    """Build the name matchers of the orders in force, so no citizen waits for a big one."""
    from .db import session_scope
    from .logging import get_logger
    from .protect.policy import warm_caches

    try:
        with session_scope() as s:
            warm_caches(s)
    except Exception:  # a cold cache is slower, never wrong
        get_logger("indsigt.app").exception("matcher_warmup_failed")
    if os.environ.get("INDSIGT_SERVING") == "1":
        settle_heap()


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    from .api.imports import purge_orphan_uploads

    purge_orphan_uploads()  # left by a worker killed during an upload
    if os.environ.get("INDSIGT_SERVING") == "1":  # `indsigt serve`, not an app inside tests
        tune_gc()
    threading.Thread(target=_warm_matchers, name="warm-matchers", daemon=True).start()
    yield


def create_app() -> FastAPI:
    from .admission import Admission
    from .api.routes import register as register_api
    from .config import get_settings
    from .db import init_db
    from .health import register as register_ops
    from .web.routes import register as register_web

    init_db()
    app = FastAPI(
        title="indsigt",
        version=__version__,
        description="Indsigt i journal og adgangslog.",
        lifespan=_lifespan,
        docs_url=None,  # self-hosted below (indsigt.apidocs), no CDN
        redoc_url=None,
    )
    from .apidocs import register as register_docs

    register_docs(app)

    @app.get("/healthz", tags=["drift"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    settings = get_settings()
    # innermost: the request log sees the requests that waited and the ones turned away
    app.add_middleware(Admission, limit=settings.db_pool_size, wait_seconds=settings.queue_seconds)
    # outside admission: a user's expensive requests over their share are refused before they
    # take a place in the queue (indsigt.expensive)
    from .expensive import ExpensiveRequests

    app.add_middleware(ExpensiveRequests)
    register_ops(app)  # /readyz, request logs (JSON when serving)
    register_api(app)
    register_web(app)
    return app
