"""Operations endpoints and middleware: liveness, readiness, request logs.

- ``GET /healthz``: the process is alive (no database access; defined in ``app.py``).
- ``GET /readyz``: ready for traffic: the database answers and its schema is at the newest
  migration. 200 ``{"status": "ready", ...}`` or 503 ``{"status": "not ready", "reason": ...}``.
"""

from __future__ import annotations

import os
from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from .logging import RequestLogMiddleware, configure_logging, get_logger

READY_TIMEOUT_S = 5.0

log = get_logger("indsigt.health")


def _readiness() -> dict[str, Any]:
    from sqlalchemy import text

    from .db import get_engine
    from .migrations import status

    engine = get_engine()
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return status(engine)


def register(app: FastAPI) -> None:
    """Add ``/readyz`` and the request log to ``app`` (JSON logs when serving)."""
    if os.environ.get("INDSIGT_SERVING") == "1":
        configure_logging()
    app.add_middleware(RequestLogMiddleware)

    @app.get("/readyz", tags=["drift"], summary="Klar til trafik: databasen svarer og er opdateret")
    async def readyz() -> JSONResponse:
        try:
            with anyio.fail_after(READY_TIMEOUT_S):
                st = await anyio.to_thread.run_sync(_readiness, abandon_on_cancel=True)
        except TimeoutError:
            return JSONResponse(
                {"status": "not ready", "reason": "databasen svarer ikke"}, status_code=503
            )
        except Exception as exc:  # the database is down or unreachable
            log.warning("readiness check failed", error=type(exc).__name__)
            return JSONResponse(
                {"status": "not ready", "reason": f"databasen kan ikke nås ({type(exc).__name__})"},
                status_code=503,
            )
        body = {"status": "ready" if st["at_head"] else "not ready", **st}
        if not st["at_head"]:
            body["reason"] = "databasens skema er ikke på nyeste migrering (kør indsigt init)"
        return JSONResponse(body, status_code=200 if st["at_head"] else 503)
