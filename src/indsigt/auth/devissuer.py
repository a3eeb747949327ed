"""The local development issuer: an RSA key generated once, its JWKS, and a token mint.

OFF unless ``INDSIGT_DEV_LOGIN=true``; marked ``UDVIKLINGS-LOGIN – kun til demo og test`` on every
surface. Its tokens go through the same validation and the same identity rules as production
tokens (:mod:`indsigt.auth.tokens`, :mod:`indsigt.auth.identity`).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from pathlib import Path
from typing import Any

import jwt

from ..config import get_settings
from ..errors import NotFound
from .keys import read_or_create, secret_file
from .principal import DEV_AUDIENCE, DEV_ISSUER_PATH, DEV_LOGIN_MARK


class DevIssuer:
    def __init__(self, pem: bytes) -> None:
        from cryptography.hazmat.primitives import serialization

        self._key = serialization.load_pem_private_key(pem, password=None)
        public = self._key.public_key()  # type: ignore[union-attr]
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(public))  # type: ignore[attr-defined]
        spki = public.public_bytes(  # type: ignore[union-attr]
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
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
    path = secret_file(".dev-oidc.pem")
    with _dev_lock:
        issuer = _dev_cache.get(path)
        if issuer is None:
            issuer = DevIssuer(read_or_create(path, _new_rsa_pem))
            _dev_cache[path] = issuer
        return issuer
