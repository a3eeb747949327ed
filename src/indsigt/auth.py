"""Sign-in, sessions, CSRF and the FastAPI dependencies every HTTP adapter uses.

Who is signed in
    OpenID Connect in production: an ID token (RS256/ES256) is validated with PyJWT against the
    issuer's JWKS (``INDSIGT_OIDC_JWKS_URL``), issuer (``INDSIGT_OIDC_ISSUER``) and audience
    (``INDSIGT_OIDC_AUDIENCE``). The CPR claim (``cpr``, ``dk:gov:cpr`` or the MitID broker's
    ``https://data.gov.dk/model/core/eid/cprNumber``) identifies a citizen, who is mapped to a
    Patient by CPR number; a ``roles`` claim with ``admin`` or ``auditor`` (or an :class:`AppUser`
    row) makes a staff user of indsigt. The CPR number never leaves this module: it is not stored
    in the session, not put in a URL and not returned.

    For the demo and tests, a local development issuer (``UDVIKLINGS-LOGIN – kun til demo og
    test``) mints RS256 tokens with a generated key and serves its JWKS. It is OFF unless
    ``INDSIGT_DEV_LOGIN=true``; its tokens go through the same validation as production tokens.

Sessions
    A signed cookie (itsdangerous via Starlette's ``SessionMiddleware``) that is HTTP-only,
    SameSite=Lax and Secure (``INDSIGT_COOKIE_SECURE``; default: secure when ``INDSIGT_BASE_URL``
    is https). It holds ids only: the principal's kind and id, roles, a CSRF token, the
    acting-for principal of a proxy and timestamps. The signing secret is
    ``INDSIGT_SESSION_SECRET`` or one generated once and kept in a 0600 file next to the key file.

CSRF
    Every state-changing request (POST/PUT/PATCH/DELETE) that relies on the session cookie must
    carry the session's CSRF token: header ``X-CSRF-Token`` (API) or form field ``csrf_token``
    (web pages; use :func:`csrf_token` in templates). Requests that authenticate with an
    ``Authorization: Bearer`` ID token carry no ambient credential and need no CSRF token.

Dependencies (for ``api/`` and ``web/``)
    :func:`db_session`, :func:`current_user`, :func:`optional_user`, :func:`require_citizen`,
    :func:`require_admin`, :func:`require_auditor`, :func:`acting_for`, :func:`verify_csrf`.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

import jwt
from fastapi import Depends, FastAPI, Request
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from .config import get_settings
from .errors import Forbidden, IndsigtError, Invalid, NotFound

#: the marking every surface of the development issuer carries
DEV_LOGIN_MARK = "UDVIKLINGS-LOGIN – kun til demo og test"
SESSION_COOKIE = "indsigt_session"
OIDC_STATE_COOKIE = "indsigt_oidc"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
#: where the development issuer lives (issuer URL = base_url + this)
DEV_ISSUER_PATH = "/api/dev-login"
DEV_AUDIENCE = "indsigt-dev"
CPR_CLAIMS = ("cpr", "dk:gov:cpr", "https://data.gov.dk/model/core/eid/cprNumber")
STAFF_ROLES = ("admin", "auditor")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
_CPR_RE = re.compile(r"^\d{10}$")

Kind = Literal["citizen", "admin", "auditor", "professional"]


class AuthSettings(BaseSettings):
    """Sign-in settings beyond :class:`indsigt.config.Settings` (same ``INDSIGT_`` prefix)."""

    model_config = SettingsConfigDict(env_prefix="INDSIGT_", extra="ignore")

    #: Secure cookies. None = secure exactly when INDSIGT_BASE_URL is https.
    cookie_secure: bool | None = None
    #: Idle time-out of a session (seconds).
    session_idle_seconds: int = 30 * 60
    #: Absolute lifetime of a session (seconds), however active.
    session_max_seconds: int = 8 * 3600
    #: The OIDC client id (default: the audience).
    oidc_client_id: str | None = None


@lru_cache
def auth_settings() -> AuthSettings:
    return AuthSettings()


def cookie_secure() -> bool:
    value = auth_settings().cookie_secure
    if value is not None:
        return value
    return get_settings().base_url.lower().startswith("https://")


class Unauthenticated(IndsigtError):
    """No valid sign-in: HTTP 401."""

    exit_code = 3
    http_status = 401


class LoginUnavailable(IndsigtError):
    """The sign-in method asked for is not set up on this server: HTTP 404."""

    exit_code = 4
    http_status = 404


# --------------------------------------------------------------------------------------------
# The principal


@dataclass(frozen=True)
class Principal:
    """Who is signed in. ``id`` is a Patient id (citizen) or an AppUser id (admin, auditor)."""

    kind: Kind
    id: str
    name: str
    roles: tuple[str, ...] = ()
    #: how this request authenticated: "session" (cookie) or "bearer" (ID token header)
    via: str = "session"

    @property
    def is_citizen(self) -> bool:
        return self.kind == "citizen"

    def has_role(self, role: str) -> bool:
        return role == self.kind or role in self.roles

    def public(self) -> dict[str, Any]:
        """What may be shown to the signed-in person themself (no CPR, no secrets)."""
        d = asdict(self)
        d["roles"] = list(self.roles)
        return d


# --------------------------------------------------------------------------------------------
# Secrets and keys (generated once, 0600, next to the pseudonym key file; never in a response)


def _secret_dir_file(suffix: str) -> Path:
    key = get_settings().resolved_key_file()
    return key.with_name(key.name + suffix)


def _read_or_create(path: Path, make: Any) -> bytes:
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    data: bytes = make()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    try:  # first writer wins, so that several workers share one secret
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


def session_secret() -> str:
    """The cookie-signing secret: INDSIGT_SESSION_SECRET, or generated once and kept in a file."""
    configured = get_settings().session_secret
    if configured:
        return configured
    path = _secret_dir_file(".session")
    return _read_or_create(path, lambda: secrets.token_hex(32).encode()).decode().strip()


def install(app: FastAPI) -> None:
    """Add the session middleware to ``app`` (idempotent; api and web both call it)."""
    if getattr(app.state, "indsigt_auth_installed", False):
        return
    from starlette.middleware.sessions import SessionMiddleware

    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(),
        session_cookie=SESSION_COOKIE,
        max_age=auth_settings().session_max_seconds,
        same_site="lax",
        https_only=cookie_secure(),
    )
    app.state.indsigt_auth_installed = True


# --------------------------------------------------------------------------------------------
# Token validation


class DevIssuer:
    """The local development issuer: an RSA key generated once, its JWKS, and a token mint."""

    def __init__(self, pem: bytes) -> None:
        from cryptography.hazmat.primitives import serialization

        self._key = serialization.load_pem_private_key(pem, password=None)
        public = self._key.public_key()  # type: ignore[union-attr]
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(public))  # type: ignore[attr-defined]
        spki = public.public_bytes(  # type: ignore[union-attr]
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        import hashlib

        self.kid = "dev-" + hashlib.sha256(spki).hexdigest()[:16]
        self._jwk = {**jwk, "kid": self.kid, "use": "sig", "alg": "RS256"}

    @property
    def issuer(self) -> str:
        return get_settings().base_url.rstrip("/") + DEV_ISSUER_PATH

    def jwks(self) -> dict[str, Any]:
        return {"keys": [dict(self._jwk)]}

    def mint(self, claims: dict[str, Any], *, lifetime: int = 300) -> str:
        now = int(time.time())
        body = {
            "iss": self.issuer,
            "aud": DEV_AUDIENCE,
            "iat": now,
            "nbf": now - 5,
            "exp": now + lifetime,
            "dev_login": DEV_LOGIN_MARK,
            **claims,
        }
        return jwt.encode(body, self._key, algorithm="RS256", headers={"kid": self.kid})  # type: ignore[arg-type]


def _new_rsa_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


_dev_lock = threading.Lock()
_dev_cache: dict[Path, DevIssuer] = {}


def dev_issuer() -> DevIssuer:
    """The development issuer. Refused unless INDSIGT_DEV_LOGIN=true."""
    if not get_settings().dev_login:
        raise NotFound("Udviklings-login er slået fra.")
    path = _secret_dir_file(".dev-oidc.pem")
    with _dev_lock:
        issuer = _dev_cache.get(path)
        if issuer is None:
            issuer = DevIssuer(_read_or_create(path, _new_rsa_pem))
            _dev_cache[path] = issuer
        return issuer


@lru_cache(maxsize=4)
def _jwks_client(url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True, lifespan=3600, timeout=10)


ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"]


def validate_id_token(token: str, *, nonce: str | None = None) -> dict[str, Any]:
    """Validate an ID token (signature, issuer, audience, expiry, nonce) and return its claims.

    Tokens of the development issuer are accepted only while INDSIGT_DEV_LOGIN=true; every other
    token is checked against the configured OIDC issuer's JWKS.
    """
    settings = get_settings()
    try:
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise Unauthenticated("Login-beviset (ID-token) kan ikke læses.") from None
    iss = unverified.get("iss")
    try:
        if settings.dev_login and iss == dev_issuer().issuer:
            dev = dev_issuer()
            key = jwt.PyJWKSet.from_dict(dev.jwks()).keys[0].key
            claims = jwt.decode(
                token,
                key,
                algorithms=["RS256"],
                audience=DEV_AUDIENCE,
                issuer=dev.issuer,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
                leeway=30,
            )
        else:
            if not (settings.oidc_jwks_url and settings.oidc_issuer and settings.oidc_audience):
                raise Unauthenticated("Login med OpenID Connect er ikke sat op på denne server.")
            signing_key = _jwks_client(settings.oidc_jwks_url).get_signing_key_from_jwt(token)
            claims = jwt.decode(
                token,
                signing_key.key,
                algorithms=ALGORITHMS,
                audience=settings.oidc_audience,
                issuer=settings.oidc_issuer,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
                leeway=30,
            )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("Login-beviset er udløbet. Log ind igen.") from None
    except jwt.PyJWKClientError:
        raise Unauthenticated("Login-beviset er ikke underskrevet af en kendt nøgle.") from None
    except jwt.PyJWTError:
        raise Unauthenticated("Login-beviset er ugyldigt.") from None
    if nonce is not None and not hmac.compare_digest(str(claims.get("nonce", "")), nonce):
        raise Unauthenticated("Login-beviset hører ikke til dette login (nonce).")
    return claims


def _claim_roles(claims: dict[str, Any]) -> list[str]:
    raw = claims.get("roles") or []
    if isinstance(raw, str):
        raw = raw.replace(",", " ").split()
    return [r for r in STAFF_ROLES if r in raw]


def principal_from_claims(session: Session, claims: dict[str, Any]) -> Principal:
    """Map validated claims to a principal: a staff role wins; else the CPR claim to a Patient."""
    from .store import AppUser, Patient
    from .timeutil import utcnow

    roles = _claim_roles(claims)
    uid = str(claims.get("preferred_username") or claims.get("sub") or "")[:128]
    cpr = next((str(claims[c]) for c in CPR_CLAIMS if claims.get(c)), None)
    user = session.get(AppUser, uid) if uid else None
    if not roles and user is not None and cpr is None:
        roles = [user.role] if user.role in STAFF_ROLES else []
    if roles:
        kind: Kind = "admin" if "admin" in roles else "auditor"
        name = str(claims.get("name") or (user.name if user else uid))[:300]
        if user is None:  # just-in-time provisioning from the identity provider's roles
            from .audit import record

            session.add(AppUser(id=uid, name=name, role=kind, created_at=utcnow()))
            record(session, "login", "user.provision", uid, None, {"role": kind})
            session.flush()
        elif user.role != kind:
            user.role = kind
        return Principal(kind, uid, name, tuple(roles))
    from .pregnancy.professionals import role_from_claims  # professionals (issue 16)

    job = role_from_claims(session, claims)
    if job is not None:
        return Principal("professional", job[0], job[1], ("professional",))
    if cpr is None:
        raise Forbidden(
            "Dit login giver ikke adgang til indsigt (intet CPR-nummer og ingen rolle)."
        )
    cpr = cpr.replace("-", "").strip()
    if not _CPR_RE.match(cpr):
        raise Forbidden("Dit login indeholder ikke et gyldigt CPR-nummer.")
    patient = session.scalars(select(Patient).where(Patient.cpr == cpr)).first()
    if patient is None:
        raise Forbidden("Der findes ingen oplysninger om dig i indsigt.")
    return Principal("citizen", patient.id, patient.name, ("citizen",))


# --------------------------------------------------------------------------------------------
# Sessions


def _now() -> int:
    return int(time.time())


def sign_in(request: Request, principal: Principal) -> str:
    """Start a fresh session for ``principal`` (a new CSRF token; no session fixation).

    Returns the new CSRF token.
    """
    request.session.clear()
    token = secrets.token_urlsafe(32)
    request.session.update(
        {
            "k": principal.kind,
            "u": principal.id,
            "r": list(principal.roles),
            "n": principal.name if principal.kind != "citizen" else "",
            "csrf": token,
            "iat": _now(),
            "seen": _now(),
        }
    )
    return token


def sign_out(request: Request) -> None:
    request.session.clear()


def csrf_token(request: Request) -> str:
    """The session's CSRF token (created with an anonymous session if there is none).

    Web templates put it in a hidden ``csrf_token`` field; API clients send it as ``X-CSRF-Token``.
    """
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return None


async def verify_csrf(request: Request) -> None:
    """Dependency: refuse a state-changing request without the session's CSRF token (403)."""
    if request.method.upper() in SAFE_METHODS:
        return
    if _bearer(request) is not None:
        return  # no ambient credential; the bearer token is validated by current_user
    expected = request.session.get("csrf") if "session" in request.scope else None
    given = request.headers.get(CSRF_HEADER)
    if not given:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else None
    if not expected or not given or not hmac.compare_digest(str(expected), str(given)):
        raise Forbidden("Sikkerhedstjekket (CSRF) fejlede. Genindlæs siden og prøv igen.")


def db_session() -> Iterator[Session]:
    """Dependency: one database session per request; committed when the route function returns
    without error (before the response is sent), rolled back otherwise. Use :data:`DbSession`."""
    from .db import session_scope

    # the URL explicitly: the engine caches of indsigt.db are keyed by it
    with session_scope(get_settings().db) as s:
        yield s


#: the request's database session (``def route(s: DbSession)``)
DbSession = Annotated[Session, Depends(db_session, scope="function")]


def _from_session(request: Request, session: Session) -> Principal | None:
    if "session" not in request.scope:
        return None
    data = request.session
    kind, uid = data.get("k"), data.get("u")
    if not kind or not uid:
        return None
    now, cfg = _now(), auth_settings()
    if (
        now - int(data.get("iat", 0)) > cfg.session_max_seconds
        or now - int(data.get("seen", 0)) > cfg.session_idle_seconds
    ):
        data.clear()
        return None
    if now - int(data.get("seen", 0)) > 60:
        data["seen"] = now  # sliding idle time-out (re-signs the cookie at most once a minute)
    if kind == "citizen":
        from .store import Patient

        patient = session.get(Patient, uid)
        if patient is None:
            data.clear()
            return None
        return Principal("citizen", uid, patient.name, ("citizen",))
    if kind == "professional":  # a health professional signed in for one job (issue 16)
        from .pregnancy.professionals import role_name

        name = role_name(session, uid)
        if name is None:
            data.clear()
            return None
        return Principal("professional", uid, name, ("professional",))
    if kind in STAFF_ROLES:
        roles = tuple(r for r in data.get("r", []) if r in STAFF_ROLES) or (kind,)
        return Principal(kind, uid, str(data.get("n") or uid), roles)
    return None


def optional_user(request: Request, session: DbSession) -> Principal | None:
    """Dependency: the signed-in principal, or None."""
    cached = request.scope.get("indsigt.principal")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    token = _bearer(request)
    if token is not None:
        principal = principal_from_claims(session, validate_id_token(token))
        principal = Principal(
            principal.kind, principal.id, principal.name, principal.roles, "bearer"
        )
    else:
        principal = _from_session(request, session)
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


# --------------------------------------------------------------------------------------------
# Acting for a principal (digital power of attorney)


@dataclass
class PrincipalChoice:
    """Someone whose data the signed-in citizen may see: themself or a principal."""

    patient: str
    name: str
    own: bool
    scope: list[str] = field(default_factory=list)
    until: str | None = None


def choices(session: Session, user: Principal) -> list[PrincipalChoice]:
    """The citizen themself, then every principal whose power of attorney to them is in force."""
    from .authz import principals_of
    from .store import Patient
    from .timeutil import utcnow

    out = [PrincipalChoice(user.id, user.name, True, ["journal", "log", "pregnancy"], None)]
    seen: dict[str, PrincipalChoice] = {}
    for p in principals_of(session, user.id, utcnow()):
        c = seen.get(p.principal_id)
        if c is None:
            patient = session.get(Patient, p.principal_id)
            c = PrincipalChoice(p.principal_id, patient.name if patient else "", False)
            seen[p.principal_id] = c
            out.append(c)
        first = not c.scope
        c.scope = sorted(set(c.scope) | set(p.scope))
        until = p.valid_until.isoformat() if p.valid_until else None
        if first:
            c.until = until
        elif c.until is not None:
            c.until = None if until is None else max(c.until, until)
    return out


def acting_for_id(request: Request, session: Session, user: Principal) -> str:
    """Whose data the citizen currently looks at (re-checked against authz on every call)."""
    if user.kind != "citizen":
        return user.id
    act = request.session.get("act") if "session" in request.scope else None
    if not act or act == user.id:
        return user.id
    from .authz import principals_of
    from .timeutil import utcnow

    if any(p.principal_id == act for p in principals_of(session, user.id, utcnow())):
        return str(act)
    request.session.pop("act", None)  # the power of attorney has ended or been revoked
    return user.id


def acting_for(
    request: Request,
    session: DbSession,
    user: Principal = Depends(require_citizen),
) -> str:
    """Dependency: the Patient id whose data the signed-in citizen has switched to (or own)."""
    return acting_for_id(request, session, user)


def set_acting_for(
    request: Request, session: Session, user: Principal, patient_id: str | None
) -> str:
    """Switch to a principal's data (or back to one's own with None). 403 without a fuldmagt."""
    if user.kind != "citizen":
        raise Forbidden("Kun for borgere.")
    if not patient_id or patient_id == user.id:
        request.session.pop("act", None)
        return user.id
    from .authz import principals_of
    from .timeutil import utcnow

    if not any(p.principal_id == patient_id for p in principals_of(session, user.id, utcnow())):
        raise Forbidden("Du har ikke en fuldmagt fra denne borger.")
    request.session["act"] = patient_id
    return patient_id


# --------------------------------------------------------------------------------------------
# The development issuer's personas (only with INDSIGT_DEV_LOGIN=true)


@dataclass(frozen=True)
class Persona:
    id: str  # "patient:<Patient id>" or "user:<AppUser id>"
    kind: Kind
    name: str
    description: str = ""


DEV_STAFF = (
    Persona("user:dev-admin", "admin", "Demo Administrator", "Ledelse: beskyttelsesordrer, sager"),
    Persona("user:dev-auditor", "auditor", "Demo Revisor", "Revisor: afslør etiketter, navne"),
)


def personas(session: Session, *, limit: int = 25) -> list[Persona]:
    """Who one may sign in as with the development issuer: the demo scenario's personas first,
    then the app users (admins, auditors), then some citizens. No CPR numbers."""
    dev_issuer()  # refuses unless dev login is on
    from .store import AppUser, Patient

    out: list[Persona] = []
    seen: set[str] = set()

    def add(p: Persona) -> None:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)

    wanted = _scenario_patients(session)
    found = {
        p.id: p
        for p in session.scalars(select(Patient).where(Patient.id.in_({pid for pid, _ in wanted})))
    }  # one query for all the personas
    for pid, role_text in wanted:
        patient = found.get(pid)
        if patient is not None:
            add(Persona(f"patient:{pid}", "citizen", patient.name, role_text))
    for user in session.scalars(select(AppUser).order_by(AppUser.role, AppUser.id)):
        if user.role in STAFF_ROLES:
            kind: Kind = "admin" if user.role == "admin" else "auditor"
            add(Persona(f"user:{user.id}", kind, user.name, _DA_ROLE[kind]))
    for p in DEV_STAFF:
        add(p)
    from .demo.setup import demo_scenario
    from .pregnancy.professionals import demo_personas  # the demo's professionals (issue 16)

    for pid, name, text in demo_personas(session, demo_scenario(session)):
        add(Persona(pid, "professional", name, text))
    for patient in session.scalars(select(Patient).order_by(Patient.id).limit(limit)):
        add(Persona(f"patient:{patient.id}", "citizen", patient.name, "Borger"))
    return out


_DA_ROLE = {"admin": "Administrator", "auditor": "Revisor", "citizen": "Borger"}


_SCENARIO_DA = {
    "override_victim": "Slået op med værdispring af en medarbejder uden behandlingsrelation.",
    "heavy_homecare_citizen": "Borger med hjemmepleje og en meget lang log.",
    "protected_citizen": "Borger, som personalets navne er skjult for.",
}


def _scenario_patients(session: Session) -> list[tuple[str, str]]:
    """(Patient id, Danish description) of the demo scenario's personas, in scenario order.

    The scenario maps a role to a Patient id, or to ``{"patient"|"principal"|"proxy": id}`` (for a
    power of attorney the persona is the proxy), with ``descriptions`` keyed the same way. Ids that
    are no Patient (staff, organisations) are left out by the caller.
    """
    try:
        from .demo.setup import demo_scenario
    except ImportError:  # pragma: no cover
        return []
    scenario = demo_scenario(session)
    descriptions = scenario.get("descriptions") or {}
    found: list[tuple[str, str]] = []
    for key, value in scenario.items():
        if key == "descriptions":
            continue
        text = str(descriptions.get(key) or _SCENARIO_DA.get(key) or "Demoperson")
        if isinstance(value, str):
            found.append((value, text))
        elif isinstance(value, dict):
            pid = value.get("proxy") or value.get("patient") or value.get("principal")
            if isinstance(pid, str):
                found.append((pid, text))
        elif isinstance(value, list):
            found.extend((v, text) for v in value if isinstance(v, str))
    return found


def persona_claims(session: Session, persona_id: str) -> dict[str, Any]:
    """The claims the development issuer puts in a persona's ID token."""
    from .store import AppUser, Patient

    dev_issuer()
    kind, _, ident = persona_id.partition(":")
    if kind == "patient" and ident:
        patient = session.get(Patient, ident)
        if patient is None or not patient.cpr:
            raise NotFound("Personaen findes ikke.")
        return {"sub": f"dev:patient:{ident}", "cpr": patient.cpr, "name": patient.name}
    if kind == "role" and ident:  # a health professional's job (issue 16)
        from .pregnancy.professionals import persona_claims as role_claims

        claims = role_claims(session, ident)
        if claims is None:
            raise NotFound("Personaen findes ikke.")
        return claims
    if kind == "user" and ident:
        user = session.get(AppUser, ident)
        builtin = next((p for p in DEV_STAFF if p.id == persona_id), None)
        if user is None and builtin is None:
            raise NotFound("Personaen findes ikke.")
        role = user.role if user is not None else builtin.kind  # type: ignore[union-attr]
        name = user.name if user is not None else builtin.name  # type: ignore[union-attr]
        return {
            "sub": f"dev:user:{ident}",
            "preferred_username": ident,
            "name": name,
            "roles": [role],
        }
    raise Invalid("Ukendt persona; brug 'patient:<id>', 'user:<id>' eller 'role:<id>'.")


def dev_sign_in(request: Request, session: Session, persona_id: str) -> Principal:
    """Sign in as a persona through the development issuer (token minted, then validated)."""
    issuer = dev_issuer()
    token = issuer.mint(persona_claims(session, persona_id))
    principal = principal_from_claims(session, validate_id_token(token))
    sign_in(request, principal)
    from .audit import record

    record(session, principal.id, "login.dev", principal.id, None, {"kind": principal.kind})
    return principal


def oidc_sign_in(
    request: Request, session: Session, id_token: str, *, nonce: str | None
) -> Principal:
    """Sign in with an ID token from the configured OpenID Connect provider."""
    principal = principal_from_claims(session, validate_id_token(id_token, nonce=nonce))
    sign_in(request, principal)
    from .audit import record

    record(session, principal.id, "login.oidc", principal.id, None, {"kind": principal.kind})
    return principal


# --------------------------------------------------------------------------------------------
# OpenID Connect authorisation request (response_mode=form_post: the sign-in arrives as a POST)


def _state_serializer() -> Any:
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(session_secret(), salt="indsigt-oidc-state")


def oidc_start(return_to: str = "/") -> tuple[str, str]:
    """(authorisation URL, signed state cookie value) for a new OIDC sign-in."""
    settings = get_settings()
    if not (settings.oidc_issuer and settings.oidc_audience and settings.oidc_jwks_url):
        raise LoginUnavailable("Login med OpenID Connect er ikke sat op på denne server.")
    from urllib.parse import urlencode

    endpoint = _discovery(settings.oidc_issuer).get("authorization_endpoint")
    if not endpoint:
        raise LoginUnavailable("Login-udbyderen oplyser ikke sit authorization_endpoint.")
    state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    if not return_to.startswith("/") or return_to[1:2] in ("/", "\\") or "\n" in return_to:
        return_to = "/"  # only a path on this site (no //host, no /\\host)
    params = {
        "response_type": "id_token",
        "response_mode": "form_post",
        "client_id": auth_settings().oidc_client_id or settings.oidc_audience,
        "redirect_uri": settings.base_url.rstrip("/") + "/api/auth/oidc/callback",
        "scope": "openid",
        "state": state,
        "nonce": nonce,
    }
    cookie = _state_serializer().dumps({"s": state, "n": nonce, "r": return_to})
    return f"{endpoint}?{urlencode(params)}", cookie


def oidc_check_state(cookie: str | None, state: str) -> tuple[str, str]:
    """(nonce, return_to) when ``state`` matches the signed state cookie, else 401."""
    from itsdangerous import BadSignature

    if not cookie:
        raise Unauthenticated("Login-forløbet er udløbet. Prøv igen.")
    try:
        data = _state_serializer().loads(cookie, max_age=600)
    except BadSignature:
        raise Unauthenticated("Login-forløbet er udløbet. Prøv igen.") from None
    if not hmac.compare_digest(str(data.get("s", "")), state or ""):
        raise Unauthenticated("Login-forløbet passer ikke sammen (state).")
    return str(data["n"]), str(data.get("r") or "/")


@lru_cache(maxsize=4)
def _discovery(issuer: str) -> dict[str, Any]:
    import urllib.request

    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())  # type: ignore[no-any-return]


#: ``Annotated`` shorthands for route signatures
CurrentUser = Annotated[Principal, Depends(current_user)]
OptionalUser = Annotated[Principal | None, Depends(optional_user)]
CitizenUser = Annotated[Principal, Depends(require_citizen)]
AdminUser = Annotated[Principal, Depends(require_admin)]
AuditorUser = Annotated[Principal, Depends(require_auditor)]
StaffUser = Annotated[Principal, Depends(require_staff)]
ActingFor = Annotated[str, Depends(acting_for)]
#: route ``dependencies=`` for an anonymous-allowed state change (sign-in, log-out)
CsrfChecked = Depends(verify_csrf)
#: route ``dependencies=`` for a signed-in state change: 401 before the CSRF check, then CSRF
SignedInCsrf = [Depends(current_user), Depends(verify_csrf)]
