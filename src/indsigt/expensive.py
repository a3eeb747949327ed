"""At most a few expensive requests per user at once, across every worker process.

The access log of a citizen with tens of thousands of entries takes seconds to build, and its
exports longer. One account asking for ten exports at once must not take the server from
everybody else: a request to an expensive path (the log pages and their exports, the map, the
log endpoints of the API) holds one of the user's ``INDSIGT_EXPENSIVE_PER_USER`` (2) slots while
it runs, including the streaming of its body. A slot is a row in ``busy_lease`` (shared by every
worker; it expires by itself after ``LEASE_SECONDS`` if its worker dies). Over the limit the
answer is 429 with ``Retry-After`` and a Danish message, at once (the client retries; nothing
waits inside the server holding memory or a connection).

The user is the signed-in principal of the session cookie, or the (issuer, ``sub``) of a bearer
ID token. Requests without either pass through (they are refused by the routes).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
import time
from datetime import timedelta

from sqlalchemy import delete, select, update
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi import send_json_error

#: paths whose requests build a citizen's whole log (or an export of it)
EXPENSIVE = re.compile(
    r"^(?:/|/log(?:/.*)?|/kort|/api/me/log|/api/citizens/[^/]+/log(?:/groups/[^/]+)?)$"
)
#: a slot held longer than this is free again (a worker on another host that died holding it;
#: a dead worker of this host is noticed at once, see :func:`_dead`)
LEASE_SECONDS = 600
HOST = socket.gethostname()
RETRY_AFTER = 5
MESSAGE = (
    "Du har allerede {n} tunge forespørgsler i gang (fx en eksport af loggen). "
    "Vent, til de er færdige, og prøv igen om lidt."
)


def _who(scope: Scope) -> str | None:
    """The user behind a request (runs in a worker thread: it may look the session up)."""
    from starlette.requests import HTTPConnection

    from .auth.deps import _bearer
    from .auth.sessions import SID, lookup
    from .config import get_settings
    from .db import session_scope

    token = _bearer(HTTPConnection(scope))
    if token is not None:
        return _bearer_user(token)
    sid = (scope.get("session") or {}).get(SID)
    if not sid:
        return None
    with session_scope(get_settings().db) as s:
        st = lookup(s, str(sid))
    return f"u:{st.principal_id}" if st is not None else None


_tokens: dict[str, tuple[float, str | None]] = {}
_TOKEN_CACHE_SECONDS = 60


def _bearer_user(token: str) -> str | None:
    """The principal of a bearer ID token (validated; remembered a minute per token), so that
    a user's tokens and sessions share one budget. None when the token is not valid."""
    from .auth.identity import principal_for
    from .auth.tokens import validate
    from .config import get_settings
    from .db import session_scope
    from .errors import IndsigtError

    digest = hashlib.sha256(token.encode()).hexdigest()
    hit = _tokens.get(digest)
    if hit is not None and time.monotonic() - hit[0] < _TOKEN_CACHE_SECONDS:
        return hit[1]
    try:
        with session_scope(get_settings().db) as s:
            who: str | None = "u:" + principal_for(s, validate(token)).id
    except IndsigtError:
        who = None
    if len(_tokens) > 10_000:
        _tokens.clear()
    _tokens[digest] = (time.monotonic(), who)
    return who


def acquire(key: str, slots: int, holder: str) -> int | None:
    """Take a free slot of ``key`` (its own transaction); the slot number, or None."""
    from .db import get_engine
    from .store.security import BusyLease
    from .timeutil import utcnow

    engine = get_engine()
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    now = utcnow()
    until = now + timedelta(seconds=LEASE_SECONDS)
    with engine.begin() as conn:
        for slot in range(slots):
            # RETURNING, not rowcount: psycopg reports -1 for INSERT ... ON CONFLICT DO NOTHING
            taken = (
                conn.execute(
                    insert(BusyLease)
                    .values(key=key, slot=slot, holder=holder, until=until)
                    .on_conflict_do_nothing()
                    .returning(BusyLease.slot)
                ).first()
                is not None
            )
            if not taken:  # held: take it over only if its holder's time is up
                taken = conn.execute(
                    update(BusyLease)
                    .where(BusyLease.key == key, BusyLease.slot == slot, BusyLease.until < now)
                    .values(holder=holder, until=until)
                ).rowcount
            if not taken:  # or its holder is a process of this host that no longer runs
                old = conn.execute(
                    select(BusyLease.holder).where(BusyLease.key == key, BusyLease.slot == slot)
                ).scalar()
                if old is not None and _dead(old):
                    taken = conn.execute(
                        update(BusyLease)
                        .where(
                            BusyLease.key == key, BusyLease.slot == slot, BusyLease.holder == old
                        )
                        .values(holder=holder, until=until)
                    ).rowcount
            if taken:
                return slot
    return None


def holder_id() -> str:
    """``host:pid:random``: who holds a slot (so a dead worker's slots are freed at once)."""
    return f"{HOST}:{os.getpid()}:{secrets.token_hex(6)}"


def _dead(holder: str) -> bool:
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != HOST or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def release(key: str, slot: int, holder: str) -> None:
    from .db import get_engine
    from .store.security import BusyLease

    with get_engine().begin() as conn:
        conn.execute(
            delete(BusyLease).where(
                BusyLease.key == key, BusyLease.slot == slot, BusyLease.holder == holder
            )
        )


class ExpensiveRequests:
    """Pure ASGI middleware (inside the session middleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not EXPENSIVE.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        from .config import get_settings

        slots = get_settings().expensive_per_user
        who = await run_in_threadpool(_who, scope)
        if who is None:
            await self.app(scope, receive, send)
            return
        holder = holder_id()
        slot = await run_in_threadpool(acquire, who, slots, holder)
        if slot is None:
            await _refuse(scope, send, MESSAGE.format(n=slots))
            return
        try:
            await self.app(scope, receive, send)
        finally:
            await run_in_threadpool(release, who, slot, holder)


async def _refuse(scope: Scope, send: Send, message: str) -> None:
    headers = ((b"retry-after", str(RETRY_AFTER).encode()), (b"cache-control", b"no-store"))
    accept = dict(scope.get("headers") or []).get(b"accept", b"")
    if scope["path"].startswith("/api/") or b"text/html" not in accept:
        await send_json_error(send, 429, message, headers)
        return
    from html import escape

    body = (
        '<!doctype html><html lang="da"><head><meta charset="utf-8">'
        "<title>For mange forespørgsler</title></head><body><main>"
        f"<h1>For mange forespørgsler</h1><p>{escape(message)}</p>"
        '<p><a href="/">Til forsiden</a></p></main></body></html>'
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"text/html; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
