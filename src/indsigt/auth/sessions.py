"""Server-side sessions: a row per signed-in session, looked up on every request.

The cookie (``indsigt_session``; HTTP-only, SameSite=Lax, Secure under https, signed with
itsdangerous by Starlette's ``SessionMiddleware``) holds only a random session id (``sid``), the
anonymous CSRF token before sign-in, and whose data a proxy is looking at (``act``, re-checked
against the powers of attorney on every request). The ``auth_session`` table holds the SHA-256 of
the id with the principal, the session's CSRF token and its times.

A worker reuses a row it looked up for at most ``INDSIGT_SESSION_CACHE_SECONDS`` (5 s, the
maximum), so these end a session on every worker within 5 s:

* logout (the row is ended),
* a role change of the staff user (the row's kind no longer matches ``app_user.role``),
* a removed user (no ``app_user`` row), or a citizen who is no longer in the store,
* the development issuer turned off (rows made through it are refused while it is off),
* 30 minutes without a request (``INDSIGT_SESSION_IDLE_SECONDS``) and 8 hours after sign-in
  however active (``INDSIGT_SESSION_MAX_SECONDS``).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import delete, or_, update
from sqlalchemy.orm import Session

from ..config import get_settings
from .keys import session_secret
from .principal import SESSION_COOKIE, STAFF_ROLES, Principal

SID = "sid"
#: the session's state as resolved for this request (``request.scope[STATE]``)
STATE = "indsigt.session"
#: a request's activity is written at most this often per session (seconds)
TOUCH_SECONDS = 60


def _now() -> float:
    """Seconds since the epoch (the tests move it)."""
    return time.time()


def _utc(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC).replace(tzinfo=None)


def _epoch(dt: datetime) -> float:
    return dt.replace(tzinfo=UTC).timestamp()


def _hash(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


def cookie_secure() -> bool:
    value = get_settings().cookie_secure
    if value is not None:
        return value
    return get_settings().base_url.lower().startswith("https://")


def install(app: FastAPI) -> None:
    """Add the session middleware to ``app`` (idempotent; api and web both call it)."""
    if getattr(app.state, "indsigt_auth_installed", False):
        return
    from starlette.middleware.sessions import SessionMiddleware

    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(),
        session_cookie=SESSION_COOKIE,
        max_age=get_settings().session_max_seconds,
        same_site="lax",
        https_only=cookie_secure(),
    )
    app.state.indsigt_auth_installed = True


@dataclass(frozen=True)
class SessionState:
    """One session as a worker saw it (its row, and the principal's current standing)."""

    key: str
    kind: str
    principal_id: str
    name: str
    dev: bool
    csrf: str
    created: float
    seen: float
    ended: bool
    #: the principal's standing now: the app user's role, "citizen", or None (gone)
    standing: str | None

    def principal(self) -> Principal:
        if self.kind == "citizen":
            return Principal("citizen", self.principal_id, self.name, ("citizen",))
        if self.kind == "professional":  # issue 16
            return Principal("professional", self.principal_id, self.name, ("professional",))
        kind = "admin" if self.kind == "admin" else "auditor"
        return Principal(kind, self.principal_id, self.name or self.principal_id, (kind,))

    def invalid(self, now: float) -> str | None:
        """Why the session may not be used any more, or None."""
        s = get_settings()
        if self.ended:
            return "ended"
        if now - self.created > s.session_max_seconds:
            return "expired"
        if now - self.seen > s.session_idle_seconds:
            return "idle"
        if self.dev and not s.dev_login:
            return "dev_login_off"
        if self.standing is None:
            return "user_removed"
        if self.standing != self.kind:
            return "role_changed"
        return None


_cache: dict[str, tuple[float, SessionState]] = {}
_cache_lock = threading.Lock()
_CACHE_MAX = 50_000


def _cached(key: str) -> SessionState | None:
    ttl = get_settings().session_cache_seconds
    with _cache_lock:
        hit = _cache.get(key)
    if hit is None or ttl <= 0 or time.monotonic() - hit[0] > ttl:
        return None
    return hit[1]


def _remember(state: SessionState, fetched: float | None = None) -> None:
    with _cache_lock:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()  # a crude bound; every entry is at most 5 s old anyway
        _cache[state.key] = (time.monotonic() if fetched is None else fetched, state)


def forget(key: str | None = None, principal_id: str | None = None) -> None:
    """Drop cached sessions of this worker (by key or by principal)."""
    with _cache_lock:
        if key is not None:
            _cache.pop(key, None)
        if principal_id is not None:
            for k in [k for k, (_, st) in _cache.items() if st.principal_id == principal_id]:
                _cache.pop(k, None)


def _load(session: Session, key: str) -> SessionState | None:
    from ..store import AppUser, Patient
    from ..store.security import AuthSession

    row = session.get(AuthSession, key)
    if row is None:
        return None
    standing: str | None
    if row.kind == "citizen":
        patient = session.get(Patient, row.principal_id)
        standing, name = ("citizen", patient.name) if patient is not None else (None, "")
    elif row.kind == "professional":  # the job (PractitionerRole) still in the roster (issue 16)
        from ..pregnancy.professionals import role_name

        found = role_name(session, row.principal_id)
        standing, name = ("professional", found) if found is not None else (None, "")
    else:
        user = session.get(AppUser, row.principal_id)
        ok = user is not None and user.role in STAFF_ROLES
        standing, name = (user.role, user.name) if ok else (None, "")  # type: ignore[union-attr]
    return SessionState(
        key=row.key,
        kind=row.kind,
        principal_id=row.principal_id,
        name=name,
        dev=bool(row.dev),
        csrf=row.csrf,
        created=_epoch(row.created_at),
        seen=_epoch(row.seen_at),
        ended=row.ended_at is not None,
        standing=standing,
    )


def lookup(session: Session, sid: str) -> SessionState | None:
    """The session of cookie id ``sid`` if it may be used now (cached at most 5 s), else None."""
    key = _hash(sid)
    state = _cached(key)
    if state is None:
        state = _load(session, key)
        if state is None:
            return None
        _remember(state)
    now = _now()
    reason = state.invalid(now)
    if reason is not None:
        if not state.ended:
            _end(session, key, reason)
        forget(key)
        return None
    if now - state.seen > TOUCH_SECONDS:
        _touch(session, key, now)
        with _cache_lock:
            hit = _cache.get(key)
        _remember(replace(state, seen=now), hit[0] if hit else None)
    return state


def _write(session: Session, statement: Any) -> None:
    """A small write in a transaction of its own (committed whatever the request does next;
    the request's own transaction stays a reader)."""
    with session.get_bind().engine.begin() as conn:
        conn.execute(statement)


def _touch(session: Session, key: str, now: float) -> None:
    from ..store.security import AuthSession

    _write(
        session,
        update(AuthSession).where(AuthSession.key == key).values(seen_at=_utc(now)),
    )


def _end(session: Session, key: str, reason: str) -> None:
    from ..store.security import AuthSession

    _write(
        session,
        update(AuthSession)
        .where(AuthSession.key == key, AuthSession.ended_at.is_(None))
        .values(ended_at=_utc(_now()), end_reason=reason),
    )


def end_sessions(session: Session, principal_id: str, reason: str) -> None:
    """End every session of ``principal_id`` (in ``session``'s transaction); other workers see it
    within 5 s, this one at once."""
    from ..store.security import AuthSession

    session.execute(
        update(AuthSession)
        .where(AuthSession.principal_id == principal_id, AuthSession.ended_at.is_(None))
        .values(ended_at=_utc(_now()), end_reason=reason)
    )
    forget(principal_id=principal_id)


def purge(session: Session) -> int:
    """Delete sessions that ended or expired more than a day ago. Returns how many."""
    from ..store.security import AuthSession

    day = 86_400
    old = _utc(_now() - get_settings().session_max_seconds - day)
    result = session.execute(
        delete(AuthSession).where(
            or_(AuthSession.created_at < old, AuthSession.ended_at < _utc(_now() - day))
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# -- the request's session --------------------------------------------------------------------


def state(request: Request, session: Session) -> SessionState | None:
    """The request's signed-in session (resolved once per request), or None."""
    if STATE in request.scope:
        return request.scope[STATE]  # type: ignore[no-any-return]
    found = None
    if "session" in request.scope:
        sid = request.session.get(SID)
        if sid:
            found = lookup(session, str(sid))
            if found is None:
                request.session.clear()  # the cookie's session has ended: anonymous from here
    request.scope[STATE] = found
    return found


def sign_in(request: Request, session: Session, principal: Principal, *, dev: bool) -> str:
    """Start a fresh session for ``principal`` (a new id and CSRF token: no session fixation);
    the browser's previous session, if any, ends. Returns the new CSRF token."""
    from ..store.security import AuthSession

    old = request.session.get(SID) if "session" in request.scope else None
    if old:
        _end(session, _hash(str(old)), "replaced")
        forget(_hash(str(old)))
    sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = _now()
    row = AuthSession(
        key=_hash(sid),
        kind=principal.kind,
        principal_id=principal.id,
        dev=dev,
        csrf=csrf,
        acting_for=None,
        created_at=_utc(now),
        seen_at=_utc(now),
    )
    session.add(row)
    session.flush()
    request.session.clear()
    request.session[SID] = sid
    st = SessionState(
        row.key, principal.kind, principal.id, principal.name, dev, csrf, now, now, False,
        principal.kind,
    )  # fmt: skip
    request.scope[STATE] = st
    request.scope["indsigt.principal"] = principal
    return csrf


def sign_out(request: Request, session: Session | None = None) -> None:
    """End the request's session (at once on this worker, within 5 s on the others)."""
    sid = request.session.get(SID) if "session" in request.scope else None
    if sid:
        key = _hash(str(sid))
        if session is not None:
            _end(session, key, "logout")
        else:
            from ..db import get_engine
            from ..store.security import AuthSession

            with get_engine().begin() as conn:
                conn.execute(
                    update(AuthSession)
                    .where(AuthSession.key == key, AuthSession.ended_at.is_(None))
                    .values(ended_at=_utc(_now()), end_reason="logout")
                )
        forget(key)
    if "session" in request.scope:
        request.session.clear()
    request.scope[STATE] = None
    request.scope.pop("indsigt.principal", None)


def csrf_token(request: Request) -> str:
    """The session's CSRF token (the signed-in session's, or an anonymous one made now).

    Web templates put it in a hidden ``csrf_token`` field; API clients send it as ``X-CSRF-Token``.
    """
    st = request.scope.get(STATE)
    if st is not None:
        return str(st.csrf)
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def expected_csrf(request: Request) -> str | None:
    """The CSRF token a state-changing request must carry (after :func:`state` resolved)."""
    st = request.scope.get(STATE)
    if st is not None:
        return str(st.csrf)
    if "session" not in request.scope or request.session.get(SID):
        return None  # a cookie of an ended session: no token is right
    token = request.session.get("csrf")
    return str(token) if token else None


# -- the input guard's question (before a multipart body is read) ------------------------------


@dataclass(frozen=True)
class MultipartGate:
    """What the input guard must do with a multipart body before reading it."""

    #: (status, Danish message) to answer unread, or None
    refusal: tuple[int, str] | None = None
    #: the CSRF token the body must carry (header or first field); None = no CSRF (bearer)
    csrf_expected: str | None = None


def multipart_gate(scope: Any) -> MultipartGate:
    """A bearer ID token must be valid; a cookie session must be signed in (its CSRF token is
    then required); anything else is refused unread. Runs in a worker thread."""
    from starlette.requests import HTTPConnection

    from ..db import session_scope
    from ..errors import IndsigtError
    from .deps import _bearer

    conn = HTTPConnection(scope)
    token = _bearer(conn)
    if token is not None:
        from .tokens import validate

        try:
            validate(token)
        except IndsigtError as exc:
            return MultipartGate(refusal=(401, exc.message))
        return MultipartGate()
    sid = (scope.get("session") or {}).get(SID)
    st = None
    if sid:
        with session_scope(get_settings().db) as s:
            st = lookup(s, str(sid))
    if st is None:
        return MultipartGate(refusal=(401, "Du skal logge ind, før du kan sende filer."))
    return MultipartGate(csrf_expected=st.csrf)
