"""Structured JSON application logs (structlog) that never hold personal data.

One JSON object per line on stderr: ``{"ts", "level", "logger", "event", ...}``. Every record -
indsigt's own, uvicorn's, SQLAlchemy's, Alembic's, and exceptions with their tracebacks - passes
:func:`redact` last before it is written:

- any 10-digit number that looks like a CPR number (``ddmmyy-xxxx`` or ``ddmmyyxxxx``) becomes
  ``[cpr]``;
- values of fields that hold names or text (``name``, ``given``, ``family``, ``text``, ``note``,
  ``title``, ``author``, ``display``, ``address``, ``email`` ...) become ``[skjult]``.

What indsigt logs on purpose is ids, counts, durations and route templates (``/api/patients/{
patient_id}/log``, never the filled-in path or a query string). SQL errors never carry their
parameters (``hide_parameters`` on every engine).

Configuration: ``INDSIGT_LOG_LEVEL`` (default INFO) and ``INDSIGT_LOG_FORMAT`` (``json``, or
``console`` for a human on a terminal).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import sys
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import structlog

#: a CPR number: six digits (a date), optional hyphen, four digits - not inside a longer number
CPR_RE = re.compile(r"(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])")
CPR_MASK = "[cpr]"
HIDDEN = "[skjult]"
#: field names whose values are personal text whatever they contain
SENSITIVE_KEYS = frozenset(
    {
        "name",
        "names",
        "given",
        "family",
        "full_name",
        "text",
        "note",
        "notes",
        "title",
        "author",
        "display",
        "user_display",
        "on_behalf_display",
        "address",
        "email",
        "cpr",
        "password",
        "token",
        "id_token",
        "cookie",
        "authorization",
        "body",
        "content",
        "query",
        "query_string",
    }
)

_configured = False


def _base_config() -> None:
    """Before (or without) :func:`configure_logging`: structlog hands its events to the standard
    library (redacted), which drops or shows them as its handlers say - never on stdout, which
    belongs to the commands' JSON output."""
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_log_level,
            redact_processor,
            structlog.stdlib.render_to_log_kwargs,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )


def redact_text(value: str) -> str:
    return CPR_RE.sub(CPR_MASK, value)


def redact(value: Any, _depth: int = 0) -> Any:
    """``value`` with CPR numbers masked, recursively through dicts, lists and tuples."""
    if isinstance(value, str):
        return CPR_RE.sub(CPR_MASK, value)
    if _depth > 8:
        return HIDDEN
    if isinstance(value, dict):
        return {
            k: HIDDEN if str(k).lower() in SENSITIVE_KEYS else redact(v, _depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [redact(v, _depth + 1) for v in value]
    if isinstance(value, int | float | bool) or value is None:
        return value
    return CPR_RE.sub(CPR_MASK, str(value))


def redact_processor(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """The last structlog processor before rendering: nothing personal gets past it."""
    for key, value in list(event_dict.items()):
        if key in ("level", "ts", "logger"):
            continue
        event_dict[key] = HIDDEN if key.lower() in SENSITIVE_KEYS else redact(value)
    return event_dict


def _drop_color_message(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    event_dict.pop("color_message", None)  # uvicorn's duplicate of the message
    return event_dict


def _add_pid(_logger: Any, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    """The process id: which worker of ``indsigt serve --workers N`` wrote the line."""
    event.setdefault("pid", os.getpid())
    return event


def configure_logging(
    level: str | None = None, fmt: str | None = None, *, force: bool = False
) -> None:
    """Route structlog and the standard library through one JSON formatter on stderr."""
    global _configured
    if _configured and not force:
        return
    from .config import get_settings

    settings = get_settings()
    level = (level or settings.log_level).upper()
    fmt = fmt or settings.log_format
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="ts"),
        _add_pid,
        _drop_color_message,
    ]
    renderer: Any = (
        structlog.dev.ConsoleRenderer(colors=False)
        if fmt == "console"
        else structlog.processors.JSONRenderer(ensure_ascii=False)
    )
    structlog.configure(
        processors=[
            *shared,
            structlog.stdlib.PositionalArgumentsFormatter(),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            redact_processor,
            renderer,
        ],
    )
    handler = logging.StreamHandler(_Stderr())
    handler.setFormatter(formatter)
    handler.set_name("indsigt")
    root = logging.getLogger()
    for h in list(root.handlers):
        if h.get_name() == "indsigt":
            root.removeHandler(h)
    root.addHandler(handler)
    root.setLevel(level)
    # uvicorn's own handlers would print plain text: send its records through ours instead
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        lg = logging.getLogger(name)
        lg.handlers.clear()
        lg.propagate = True
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)  # our middleware logs requests
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    for name in ("httpx", "httpcore"):  # client libraries log whole URLs with query strings
        logging.getLogger(name).setLevel(logging.WARNING)
    _configured = True


def reset_logging() -> None:
    """Undo :func:`configure_logging` (tests)."""
    global _configured
    root = logging.getLogger()
    for h in list(root.handlers):
        if h.get_name() == "indsigt":
            root.removeHandler(h)
    _base_config()
    _configured = False


class _Stderr:
    """Whatever ``sys.stderr`` is when a record is written (it may be swapped after setup)."""

    def write(self, s: str) -> int:
        return sys.stderr.write(s)

    def flush(self) -> None:
        sys.stderr.flush()


def get_logger(name: str = "indsigt") -> Any:
    return structlog.stdlib.get_logger(name)


ASGIApp = Callable[
    [dict[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]],
    Awaitable[None],
]


class RequestLogMiddleware:
    """One log line per HTTP request: method, route template, status, duration, request id.

    Pure ASGI (streams are untouched). The filled-in path and the query string are never logged:
    they may hold ids or search terms; the route template is enough to find the code.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.log = get_logger("indsigt.http")

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # letters and digits mixed: never ten digits in a row (it would look like a CPR number)
        request_id = "r" + secrets.token_urlsafe(12)
        start = time.perf_counter()
        status = [500]

        async def _send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        structlog.contextvars.bind_contextvars(request_id=request_id)
        try:
            await self.app(scope, receive, _send)
        except Exception:
            self.log.exception(
                "request failed", method=scope.get("method"), route=_route(scope), status=500
            )
            raise
        finally:
            structlog.contextvars.unbind_contextvars("request_id")
        path = _route(scope)
        if path in ("/healthz", "/readyz") and status[0] < 400:
            return  # probes every few seconds: not worth a line each
        self.log.info(
            "request",
            method=scope.get("method"),
            route=path,
            status=status[0],
            ms=round((time.perf_counter() - start) * 1000, 1),
            request_id=request_id,
        )


def _route(scope: dict[str, Any]) -> str:
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    if template:
        return str(template)
    # no route matched (404): keep only the first path segment, never ids or names
    first = str(scope.get("path", "")).split("/")[1:2]
    return "/" + redact_text(first[0]) + "/…" if first and first[0] else "/"


_base_config()
