"""Sign-in endpoints: the session, OpenID Connect (form_post) and the development issuer."""

from __future__ import annotations

from fastapi import Depends, Form, Query, Request
from fastapi.responses import RedirectResponse

from .. import auth
from ..auth import DbSession, OptionalUser
from ..config import get_settings
from ..errors import NotFound
from ..ratelimit import per_address
from .common import json_response, router
from .schemas import PersonaIn, PersonasOut, SessionOut, TokenOut

api = router("/api/auth", "log ind")
dev = router(auth.DEV_ISSUER_PATH, "udviklings-login")


def session_doc(request: Request, s: DbSession, user: auth.Principal | None) -> dict:
    """What the client needs to know about its session (no CPR, no secrets but its CSRF token)."""
    settings = get_settings()
    doc: dict = {
        "signed_in": user is not None,
        "principal": user.public() if user else None,
        "acting_for": None,
        "choices": [],
        "csrf_token": auth.csrf_token(request),
        "dev_login": settings.dev_login,
        "oidc": bool(settings.oidc_issuer and settings.oidc_audience and settings.oidc_jwks_url),
    }
    if user is not None:
        doc["principal"].pop("via", None)
    if user is not None and user.is_citizen:
        from ..views.session import citizen_session_view

        # names of other citizens (principals) pass the citizen's protection, in the view layer
        me = citizen_session_view(
            s, user.id, user.name, acting_for=auth.acting_for_id(request, s, user)
        )
        doc["principal"]["name"] = me["name"]
        doc["acting_for"] = me["acting_for"]
        doc["choices"] = me["choices"]
    return doc


@api.get("/session", response_model=SessionOut, summary="Hvem er logget ind (og CSRF-token)")
def get_session(request: Request, s: DbSession, user: OptionalUser) -> object:
    return json_response(session_doc(request, s, user))


async def _csrf_if_signed_in(request: Request, s: DbSession, user: OptionalUser) -> None:
    """Logging out a session needs its CSRF token; without a session there is nothing to end."""
    if user is not None:
        await auth.verify_csrf(request, s)


@api.post(
    "/logout",
    response_model=SessionOut,
    summary="Log ud",
    dependencies=[Depends(_csrf_if_signed_in)],
)
def logout(request: Request, s: DbSession, user: OptionalUser) -> object:
    if user is not None:
        from ..audit import record

        record(s, user.id, "logout", user.id, None, None)
    auth.sign_out(request, s)
    return json_response(session_doc(request, s, None))


@api.get(
    "/oidc/start",
    summary="Start login hos OpenID Connect-udbyderen",
    status_code=302,
    responses={
        302: {"description": "Videre til login-udbyderen"},
        503: {"description": "Ikke sat op"},
    },
)
def oidc_start(
    return_to: str = Query("/", max_length=500),
    medarbejder: bool = Query(False, description="Medarbejder-login (den separate udsteder)"),
) -> RedirectResponse:
    url, cookie = auth.oidc_start(return_to, staff=medarbejder)
    resp = RedirectResponse(url, status_code=302)
    secure = auth.cookie_secure()
    resp.set_cookie(
        auth.OIDC_STATE_COOKIE,
        cookie,
        max_age=600,
        httponly=True,
        secure=secure,
        # the provider POSTs back cross-site (form_post): a Lax cookie would not come along
        samesite="none" if secure else "lax",
        path="/api/auth/oidc",
    )
    return resp


@api.post(
    "/oidc/callback",
    summary="Login-udbyderen sender ID-token hertil (response_mode=form_post)",
    status_code=303,
    responses={303: {"description": "Logget ind; videre til forsiden"}},
    dependencies=[per_address()],
)
def oidc_callback(
    request: Request,
    s: DbSession,
    id_token: str = Form(..., max_length=20000),
    state: str = Form(..., max_length=200),
) -> RedirectResponse:
    cookie = request.cookies.get(auth.OIDC_STATE_COOKIE)
    nonce, return_to, kind = auth.oidc_check_state(cookie, state)
    auth.oidc_sign_in(request, s, id_token, nonce=nonce, kind=kind)
    resp = RedirectResponse(return_to, status_code=303)
    resp.delete_cookie(auth.OIDC_STATE_COOKIE, path="/api/auth/oidc")
    return resp


# -- the development issuer (UDVIKLINGS-LOGIN – kun til demo og test) --------------------------


def _dev_on() -> None:
    if not get_settings().dev_login:
        raise NotFound("Udviklings-login er slået fra.")


@dev.get(
    "/personas",
    response_model=PersonasOut,
    summary=f"{auth.DEV_LOGIN_MARK}: hvem man kan logge ind som",
    dependencies=[Depends(_dev_on)],
)
def personas(s: DbSession) -> object:
    return json_response(
        {"notice": auth.DEV_LOGIN_MARK, "personas": [p.__dict__ for p in auth.personas(s)]}
    )


@dev.get(
    "/jwks.json",
    summary=f"{auth.DEV_LOGIN_MARK}: udviklingsudstederens offentlige nøgler",
    dependencies=[Depends(_dev_on)],
)
def jwks() -> object:
    return json_response(auth.dev_issuer().jwks())


@dev.get(
    "/.well-known/openid-configuration",
    summary=f"{auth.DEV_LOGIN_MARK}: udviklingsudstederens metadata",
    dependencies=[Depends(_dev_on)],
)
def discovery() -> object:
    issuer = auth.dev_issuer().issuer
    return json_response(
        {
            "issuer": issuer,
            "jwks_uri": issuer + "/jwks.json",
            "id_token_signing_alg_values_supported": ["RS256"],
            "subject_types_supported": ["public"],
            "response_types_supported": ["id_token"],
            "claims_supported": ["sub", "name", "cpr", "roles", "preferred_username"],
            "indsigt_notice": auth.DEV_LOGIN_MARK,
        }
    )


@dev.post(
    "/token",
    response_model=TokenOut,
    summary=f"{auth.DEV_LOGIN_MARK}: et ID-token for en persona (til API-klienter og test)",
    dependencies=[Depends(_dev_on), per_address()],
)
def token(body: PersonaIn, s: DbSession) -> object:
    claims = auth.persona_claims(s, body.persona)
    return json_response(
        {
            "notice": auth.DEV_LOGIN_MARK,
            "id_token": auth.dev_issuer().mint(claims),
            "token_type": "Bearer",
        }
    )


@dev.post(
    "/sign-in",
    response_model=SessionOut,
    summary=f"{auth.DEV_LOGIN_MARK}: log ind som en persona",
    dependencies=[Depends(_dev_on), per_address(), auth.CsrfChecked],
)
def sign_in(body: PersonaIn, request: Request, s: DbSession) -> object:
    user = auth.dev_sign_in(request, s, body.persona)
    return json_response(session_doc(request, s, user))
