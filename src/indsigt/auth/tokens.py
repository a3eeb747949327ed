"""ID-token validation (PyJWT): signature against the issuer's JWKS, issuer, audience, expiry and
nonce. Three issuers can be accepted, each only when configured:

``citizen``
    ``INDSIGT_OIDC_ISSUER`` / ``_AUDIENCE`` / ``_JWKS_URL``: the citizens' provider (the MitID
    broker). Its tokens identify a citizen by CPR number (or a staff user whose identity an
    administrator linked).
``staff``
    ``INDSIGT_STAFF_OIDC_ISSUER`` / ``_AUDIENCE`` / ``_JWKS_URL``: a separate staff provider whose
    tokens give roles through ``INDSIGT_STAFF_ROLE_MAP`` (see :mod:`indsigt.auth.identity`).
``dev``
    the development issuer, only while ``INDSIGT_DEV_LOGIN=true``.

Any other issuer is refused (401).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import jwt

from ..config import get_settings
from .devissuer import dev_issuer
from .principal import DEV_AUDIENCE, Unauthenticated

ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"]
Source = Literal["citizen", "staff", "dev"]


@dataclass(frozen=True)
class Validated:
    """A token's claims and which configured issuer vouched for them."""

    claims: dict[str, Any]
    source: Source

    @property
    def issuer(self) -> str:
        return str(self.claims["iss"])


@lru_cache(maxsize=4)
def _jwks_client(url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True, lifespan=3600, timeout=10)


def _decode(token: str, key: Any, algorithms: list[str], audience: str, issuer: str) -> Any:
    return jwt.decode(
        token,
        key,
        algorithms=algorithms,
        audience=audience,
        issuer=issuer,
        options={"require": ["exp", "iat", "iss", "aud", "sub"]},
        leeway=30,
    )


def validate(token: str, *, nonce: str | None = None, expect: Source | None = None) -> Validated:
    """Validate an ID token and say which issuer it came from (``expect``: only that one)."""
    settings = get_settings()
    try:
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise Unauthenticated("Login-beviset (ID-token) kan ikke læses.") from None
    iss = unverified.get("iss")
    source: Source
    try:
        if settings.dev_login and iss == dev_issuer().issuer:
            source = "dev"
            dev = dev_issuer()
            key = jwt.PyJWKSet.from_dict(dev.jwks()).keys[0].key
            claims = _decode(token, key, ["RS256"], DEV_AUDIENCE, dev.issuer)
        elif settings.staff_oidc_issuer and iss == settings.staff_oidc_issuer:
            source = "staff"
            url, aud = str(settings.staff_oidc_jwks_url), str(settings.staff_oidc_audience)
            signing_key = _jwks_client(url).get_signing_key_from_jwt(token)
            claims = _decode(token, signing_key.key, ALGORITHMS, aud, settings.staff_oidc_issuer)
        else:
            source = "citizen"
            if not (settings.oidc_jwks_url and settings.oidc_issuer and settings.oidc_audience):
                raise Unauthenticated("Login med OpenID Connect er ikke sat op på denne server.")
            signing_key = _jwks_client(settings.oidc_jwks_url).get_signing_key_from_jwt(token)
            claims = _decode(
                token, signing_key.key, ALGORITHMS, settings.oidc_audience, settings.oidc_issuer
            )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("Login-beviset er udløbet. Log ind igen.") from None
    except jwt.PyJWKClientError:
        raise Unauthenticated("Login-beviset er ikke underskrevet af en kendt nøgle.") from None
    except jwt.PyJWTError:
        raise Unauthenticated("Login-beviset er ugyldigt.") from None
    if expect is not None and source != expect:
        raise Unauthenticated("Login-beviset kommer fra en anden udsteder end forventet.")
    if nonce is not None and not hmac.compare_digest(str(claims.get("nonce", "")), nonce):
        raise Unauthenticated("Login-beviset hører ikke til dette login (nonce).")
    return Validated(claims, source)


def validate_id_token(token: str, *, nonce: str | None = None) -> dict[str, Any]:
    """Validate an ID token (signature, issuer, audience, expiry, nonce) and return its claims."""
    return validate(token, nonce=nonce).claims
