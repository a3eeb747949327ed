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
from urllib.parse import unquote

from sqlalchemy import delete, select, text, update
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from .asgi import send_json_error
from .processes import alive

#: paths whose requests build a citizen's whole log (or an export of it)
EXPENSIVE = re.compile(
    r"^(?:/|/log(?:/.*)?|/kort|/api/me/log|/api/citizens/[^/]+/log(?:/groups/[^/]+)?)$"
)
#: a slot held longer than this is free again (a worker on another host that died holding it;
#: a dead worker of this host is noticed at once, see :func:`_dead`)
LEASE_SECONDS = 600
HOST = socket.gethostname()
RETRY_AFTER = 5
#: after the database said all of a user's slots are taken, a worker refuses their next
#: requests this long without asking again (a slot freed meanwhile is seen this much later)
REFUSED_SECONDS = 1.0
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
    return not alive(int(pid))


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
    """Pure ASGI middleware (inside the session middleware).

    A request about a very large log (``INDSIGT_HEAVY_ENTRIES`` entries or more) is answered by
    this worker's heavy lane (:mod:`indsigt.heavylane`), a process at low OS priority; the
    others run here as usual."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        #: per user, the seconds their last expensive requests took (for ``Retry-After``)
        self._took: dict[str, float] = {}
        #: per user, when each of their requests this worker runs now began (monotonic)
        self._here: dict[str, list[float]] = {}
        #: per user, until when (monotonic) the database's last "all slots taken" is believed,
        #: and how long their oldest request had run then
        self._full: dict[str, tuple[float, float, float | None]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not EXPENSIVE.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        from .config import get_settings

        settings = get_settings()
        slots = settings.expensive_per_user
        who = await run_in_threadpool(_who, scope)
        if who is None:
            await self.app(scope, receive, send)
            return
        # refused without asking the database when this worker runs all the user's slots itself,
        # or the database said a moment ago that they are all taken: a client that retries at
        # once costs the others next to nothing
        now = time.monotonic()
        mine = self._here.get(who, [])
        full = self._full.get(who)
        if len(mine) >= slots or (full is not None and full[0] > now):
            running = now - min(mine) if len(mine) >= slots else None
            if running is None and full is not None and full[2] is not None:
                running = full[2] + (now - full[1])
            await _refuse(scope, send, MESSAGE.format(n=slots), self.retry_after(who, running))
            return
        holder = holder_id()
        slot, since = await run_in_threadpool(_admit, who, slots, holder)
        if slot is None:
            if len(self._full) > 10_000:
                self._full.clear()
            self._full[who] = (time.monotonic() + REFUSED_SECONDS, time.monotonic(), since)
            await _refuse(scope, send, MESSAGE.format(n=slots), self.retry_after(who, since))
            return
        t0 = time.monotonic()
        self._full.pop(who, None)
        self._here.setdefault(who, []).append(t0)
        try:
            if await run_in_threadpool(_is_heavy, scope, who):
                from .heavylane import lane

                await lane().serve(scope, receive, send)
            else:
                await self.app(scope, receive, send)
        finally:
            self._here[who].remove(t0)
            if not self._here[who]:
                del self._here[who]
            await run_in_threadpool(release, who, slot, holder)
            self._remember(who, time.monotonic() - t0)

    def _remember(self, who: str, seconds: float) -> None:
        if len(self._took) > 10_000:
            self._took.clear()
        before = self._took.get(who)
        self._took[who] = seconds if before is None else 0.5 * before + 0.5 * seconds

    def retry_after(self, who: str, running: float | None) -> int:
        """Seconds until one of the user's requests is likely done: how long their requests
        have taken here, less how long the oldest of them has run (``RETRY_AFTER`` when this
        worker has not seen them finish one yet), at least 1 and at most 10 minutes."""
        typical = self._took.get(who)
        if typical is None:
            return RETRY_AFTER
        left = typical - (running or 0.0)
        return int(min(LEASE_SECONDS, max(1.0, left + 0.999)))


def running_since(key: str) -> float | None:
    """How long (seconds) the oldest slot of ``key`` has been held; None when none is."""
    from sqlalchemy import func

    from .db import get_engine
    from .store.security import BusyLease
    from .timeutil import utcnow

    with get_engine().connect() as conn:
        until = conn.execute(select(func.min(BusyLease.until)).where(BusyLease.key == key)).scalar()
    if until is None:
        return None
    now = utcnow()
    if until.tzinfo is None and now.tzinfo is not None:  # SQLite gives naive UTC
        now = now.replace(tzinfo=None)
    return max(0.0, LEASE_SECONDS - (until - now).total_seconds())


_Q_SIZE = text(
    "SELECT COUNT(*) FROM (SELECT 1 FROM access_entry WHERE patient_id = :p LIMIT :n) AS t"
)


def _admit(key: str, slots: int, holder: str) -> tuple[int | None, float | None]:
    """:func:`acquire`, and when no slot is free how long the oldest has been held."""
    slot = acquire(key, slots, holder)
    return (slot, None) if slot is not None else (None, running_since(key))


def _is_heavy(scope: Scope, who: str) -> bool:
    """Whether the request is about a log of at least ``INDSIGT_HEAVY_ENTRIES`` entries: the
    user's own, the citizen they act for (the session's choice), or the citizen in the path.
    Not an authorisation (the routes decide that), only where the work is to run; counting stops
    at the threshold, so it costs an ordinary citizen a look at their ~100 entries in the index."""
    from .config import get_settings

    settings = get_settings()
    if not settings.heavy_lane:
        return False
    subjects = {who.removeprefix("u:")}
    act = (scope.get("session") or {}).get("act")
    if isinstance(act, str) and act:
        subjects.add(act)
    m = _SUBJECT.match(scope["path"])
    if m:
        subjects.add(unquote(m.group(1)))
    from .db import get_engine

    with get_engine().connect() as conn:
        for subject in sorted(subjects):
            n = conn.execute(_Q_SIZE, {"p": subject, "n": settings.heavy_entries}).scalar()
            if int(n or 0) >= settings.heavy_entries:
                return True
    return False


_SUBJECT = re.compile(r"^/api/citizens/([^/]+)/")


async def _refuse(scope: Scope, send: Send, message: str, retry_after: int = RETRY_AFTER) -> None:
    headers = ((b"retry-after", str(retry_after).encode()), (b"cache-control", b"no-store"))
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
