"""The FastAPI dependencies every HTTP adapter (``api/``, ``web/``) uses for sign-in and CSRF.

:func:`db_session`, :func:`optional_user`, :func:`current_user`, :func:`require_citizen`,
:func:`require_admin`, :func:`require_auditor`, :func:`require_staff`, :func:`verify_csrf`, and
``Annotated`` shorthands for route signatures.

CSRF
    Every state-changing request (POST/PUT/PATCH/DELETE) that relies on the session cookie must
    carry the session's CSRF token: header ``X-CSRF-Token`` (API) or form field ``csrf_token``
    (web pages; use :func:`indsigt.auth.csrf_token` in templates). Requests that authenticate with
    an ``Authorization: Bearer`` ID token carry no ambient credential and need no CSRF token.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..config import get_settings
from ..errors import Forbidden
from . import sessions
from .principal import CSRF_FIELD, CSRF_HEADER, SAFE_METHODS, Principal, Unauthenticated


def db_session() -> Iterator[Session]:
    """Dependency: one database session per request; committed when the route function returns
    without error (before the response is sent), rolled back otherwise. Use :data:`DbSession`."""
    from ..db import session_scope

    # the URL explicitly: the engine caches of indsigt.db are keyed by it
    with session_scope(get_settings().db) as s:
        yield s


#: the request's database session (``def route(s: DbSession)``)
DbSession = Annotated[Session, Depends(db_session, scope="function")]


def _bearer(request: Any) -> str | None:
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return None


def optional_user(request: Request, session: DbSession) -> Principal | None:
    """Dependency: the signed-in principal, or None."""
    cached = request.scope.get("indsigt.principal")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    token = _bearer(request)
    if token is not None:
        from .identity import principal_for
        from .tokens import validate

        p = principal_for(session, validate(token))
        principal: Principal | None = Principal(p.kind, p.id, p.name, p.roles, "bearer")
    else:
        st = sessions.state(request, session)
        principal = st.principal() if st is not None else None
    if principal is not None:
        request.scope["indsigt.principal"] = principal
    return principal


def current_user(principal: Principal | None = Depends(optional_user)) -> Principal:
    """Dependency: the signed-in principal, or 401."""
    if principal is None:
        raise Unauthenticated("Du skal logge ind.")
    return principal


def require_citizen(user: Principal = Depends(current_user)) -> Principal:
    if user.kind != "citizen":
        raise Forbidden("Kun for borgere.")
    return user


def require_admin(user: Principal = Depends(current_user)) -> Principal:
    if not user.has_role("admin"):
        raise Forbidden("Kun for administratorer.")
    return user


def require_auditor(user: Principal = Depends(current_user)) -> Principal:
    if not user.has_role("auditor"):
        raise Forbidden("Kun for revisorer (auditorer).")
    return user


def require_staff(user: Principal = Depends(current_user)) -> Principal:
    """Admins and auditors."""
    if not (user.has_role("admin") or user.has_role("auditor")):
        raise Forbidden("Kun for administratorer og revisorer.")
    return user


async def verify_csrf(request: Request, session: DbSession) -> None:
    """Dependency: refuse a state-changing request without the session's CSRF token (403)."""
    if request.method.upper() in SAFE_METHODS:
        return
    if _bearer(request) is not None:
        return  # no ambient credential; the bearer token is validated by current_user
    if sessions.STATE not in request.scope:
        await run_in_threadpool(sessions.state, request, session)
    expected = sessions.expected_csrf(request)
    given = request.headers.get(CSRF_HEADER)
    if not given:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else None
    if not expected or not given or not hmac.compare_digest(str(expected), str(given)):
        raise Forbidden("Sikkerhedstjekket (CSRF) fejlede. Genindlæs siden og prøv igen.")


#: ``Annotated`` shorthands for route signatures
CurrentUser = Annotated[Principal, Depends(current_user)]
OptionalUser = Annotated[Principal | None, Depends(optional_user)]
CitizenUser = Annotated[Principal, Depends(require_citizen)]
AdminUser = Annotated[Principal, Depends(require_admin)]
AuditorUser = Annotated[Principal, Depends(require_auditor)]
StaffUser = Annotated[Principal, Depends(require_staff)]
#: route ``dependencies=`` for an anonymous-allowed state change (sign-in, log-out)
CsrfChecked = Depends(verify_csrf)
#: route ``dependencies=`` for a signed-in state change: 401 before the CSRF check, then CSRF
SignedInCsrf = [Depends(current_user), Depends(verify_csrf)]
