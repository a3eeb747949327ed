"""OpenID Connect sign-in in a browser (authorisation request with ``response_mode=form_post``:
the ID token arrives as a POST to ``/api/auth/oidc/callback``), for citizens (the configured
provider) and for staff (the separate staff provider, ``?medarbejder=true``)."""

from __future__ import annotations

import hmac
import json
import secrets
from functools import lru_cache
from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session

from ..config import get_settings
from . import sessions
from .identity import principal_for
from .keys import session_secret
from .principal import LoginUnavailable, Principal, Unauthenticated
from .tokens import validate


def _state_serializer() -> Any:
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(session_secret(), salt="indsigt-oidc-state")


def oidc_start(return_to: str = "/", *, staff: bool = False) -> tuple[str, str]:
    """(authorisation URL, signed state cookie value) for a new OIDC sign-in."""
    settings = get_settings()
    if staff:
        issuer, audience, jwks = (
            settings.staff_oidc_issuer,
            settings.staff_oidc_audience,
            settings.staff_oidc_jwks_url,
        )
        client_id = settings.staff_oidc_client_id or audience
    else:
        issuer, audience, jwks = (
            settings.oidc_issuer,
            settings.oidc_audience,
            settings.oidc_jwks_url,
        )
        client_id = settings.oidc_client_id or audience
    if not (issuer and audience and jwks):
        raise LoginUnavailable("Login med OpenID Connect er ikke sat op på denne server.")
    from urllib.parse import urlencode

    endpoint = _discovery(issuer).get("authorization_endpoint")
    if not endpoint:
        raise LoginUnavailable("Login-udbyderen oplyser ikke sit authorization_endpoint.")
    state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    if not return_to.startswith("/") or return_to[1:2] in ("/", "\\") or "\n" in return_to:
        return_to = "/"  # only a path on this site (no //host, no /\\host)
    params = {
        "response_type": "id_token",
        "response_mode": "form_post",
        "client_id": client_id,
        "redirect_uri": settings.base_url.rstrip("/") + "/api/auth/oidc/callback",
        "scope": "openid",
        "state": state,
        "nonce": nonce,
    }
    data = {"s": state, "n": nonce, "r": return_to, "k": "staff" if staff else "citizen"}
    return f"{endpoint}?{urlencode(params)}", _state_serializer().dumps(data)


def oidc_check_state(cookie: str | None, state: str) -> tuple[str, str, str]:
    """(nonce, return_to, issuer kind) when ``state`` matches the signed state cookie, else 401."""
    from itsdangerous import BadSignature

    if not cookie:
        raise Unauthenticated("Login-forløbet er udløbet. Prøv igen.")
    try:
        data = _state_serializer().loads(cookie, max_age=600)
    except BadSignature:
        raise Unauthenticated("Login-forløbet er udløbet. Prøv igen.") from None
    if not hmac.compare_digest(str(data.get("s", "")), state or ""):
        raise Unauthenticated("Login-forløbet passer ikke sammen (state).")
    return str(data["n"]), str(data.get("r") or "/"), str(data.get("k") or "citizen")


def oidc_sign_in(
    request: Request, session: Session, id_token: str, *, nonce: str | None, kind: str = "citizen"
) -> Principal:
    """Sign in with an ID token from the provider the sign-in was started with."""
    expect = "staff" if kind == "staff" else "citizen"
    principal = principal_for(session, validate(id_token, nonce=nonce, expect=expect))
    sessions.sign_in(request, session, principal, dev=False)
    from ..audit import record

    record(session, principal.id, "login.oidc", principal.id, None, {"kind": principal.kind})
    return principal


@lru_cache(maxsize=4)
def _discovery(issuer: str) -> dict[str, Any]:
    import urllib.request

    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())  # type: ignore[no-any-return]
