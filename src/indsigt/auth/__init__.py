"""Sign-in, sessions, CSRF and the FastAPI dependencies every HTTP adapter uses.

The package, one job per module:

``principal``
    :class:`Principal` (who is signed in), the sign-in errors, shared names.
``tokens``
    ID-token validation against the configured issuers (citizens' provider, staff provider,
    development issuer), with PyJWT and the issuers' JWKS.
``identity``
    From validated claims to a principal: staff roles only from the app-user table (identities
    linked by issuer and ``sub``) or from the staff issuer's explicit claim mapping; citizens by
    their CPR claim. A token's ``roles`` / ``preferred_username`` claims give nothing.
``sessions``
    Server-side sessions (table ``auth_session``, looked up per request, cached at most 5 s), the
    cookie, CSRF tokens, and the input guard's multipart question.
``deps``
    The FastAPI dependencies (:func:`current_user`, :func:`require_admin`, :func:`verify_csrf`,
    :data:`DbSession` ...).
``acting``
    Acting for a principal (digital power of attorney).
``oidc``
    The browser sign-in with OpenID Connect (``response_mode=form_post``).
``devissuer`` / ``devlogin``
    The development issuer (``UDVIKLINGS-LOGIN – kun til demo og test``, off unless
    ``INDSIGT_DEV_LOGIN=true``) and its personas.
``keys``
    The secrets of sign-in, generated once into 0600 files.

The settings are part of :class:`indsigt.config.Settings` (``INDSIGT_*``). Everything the rest of
the code used from the former ``indsigt/auth.py`` is importable from here.
"""

from __future__ import annotations

from ..config import get_settings as auth_settings
from .acting import (
    ActingFor,
    PrincipalChoice,
    acting_for,
    acting_for_id,
    choices,
    set_acting_for,
)
from .deps import (
    AdminUser,
    AuditorUser,
    CitizenUser,
    CsrfChecked,
    CurrentUser,
    DbSession,
    OptionalUser,
    SignedInCsrf,
    StaffUser,
    _bearer,
    current_user,
    db_session,
    optional_user,
    require_admin,
    require_auditor,
    require_citizen,
    require_staff,
    verify_csrf,
)
from .devissuer import DevIssuer, _new_rsa_pem, dev_issuer
from .devlogin import DEV_STAFF, Persona, dev_sign_in, persona_claims, personas
from .identity import principal_for, principal_from_claims
from .keys import session_secret
from .oidc import _discovery, oidc_check_state, oidc_sign_in, oidc_start
from .principal import (
    CPR_CLAIMS,
    CSRF_FIELD,
    CSRF_HEADER,
    DEV_AUDIENCE,
    DEV_ISSUER_PATH,
    DEV_LOGIN_MARK,
    OIDC_STATE_COOKIE,
    SAFE_METHODS,
    SESSION_COOKIE,
    STAFF_ROLES,
    Kind,
    LoginUnavailable,
    Principal,
    Unauthenticated,
)
from .sessions import (
    MultipartGate,
    cookie_secure,
    csrf_token,
    end_sessions,
    expected_csrf,
    install,
    multipart_gate,
    sign_out,
)
from .tokens import ALGORITHMS, _jwks_client, validate, validate_id_token

__all__ = [
    "ALGORITHMS",
    "CPR_CLAIMS",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "DEV_AUDIENCE",
    "DEV_ISSUER_PATH",
    "DEV_LOGIN_MARK",
    "DEV_STAFF",
    "OIDC_STATE_COOKIE",
    "SAFE_METHODS",
    "SESSION_COOKIE",
    "STAFF_ROLES",
    "ActingFor",
    "AdminUser",
    "AuditorUser",
    "CitizenUser",
    "CsrfChecked",
    "CurrentUser",
    "DbSession",
    "DevIssuer",
    "Kind",
    "LoginUnavailable",
    "MultipartGate",
    "OptionalUser",
    "Persona",
    "Principal",
    "PrincipalChoice",
    "SignedInCsrf",
    "StaffUser",
    "Unauthenticated",
    "_bearer",
    "_discovery",
    "_jwks_client",
    "_new_rsa_pem",
    "acting_for",
    "acting_for_id",
    "auth_settings",
    "choices",
    "cookie_secure",
    "csrf_token",
    "current_user",
    "db_session",
    "dev_issuer",
    "dev_sign_in",
    "end_sessions",
    "expected_csrf",
    "install",
    "multipart_gate",
    "oidc_check_state",
    "oidc_sign_in",
    "oidc_start",
    "optional_user",
    "persona_claims",
    "personas",
    "principal_for",
    "principal_from_claims",
    "require_admin",
    "require_auditor",
    "require_citizen",
    "require_staff",
    "session_secret",
    "set_acting_for",
    "sign_out",
    "validate",
    "validate_id_token",
    "verify_csrf",
]
