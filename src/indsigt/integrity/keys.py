"""The integrity keys: the Ed25519 key that signs tree heads and the secret behind commitment salts.

One JSON file next to the pseudonym key (``<key file>.integrity``, mode 0600), created by
``indsigt init`` (or on first use): ``{"ed25519": "<32-byte seed, hex>", "salt": "<hex>"}``. Never
in the repo, never in a response; only the public key is published (``indsigt log-head --key``,
``GET /api/transparency/key``). Losing the file means new tree heads cannot continue the old
signatures' key, and commitments can no longer be opened for an auditor: back it up with the
database. The key name and hash follow the C2SP signed-note format, so that standard
transparency-log tools can verify indsigt's checkpoints.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .. import secretfile
from ..config import get_settings
from ..protect.keys import key_path

ALG_ED25519 = 0x01


def integrity_key_path(db_url: str | None = None) -> Path:
    base = key_path(db_url)
    return base.with_name(base.name + ".integrity")


@dataclass(frozen=True)
class IntegrityKeys:
    signer: Ed25519PrivateKey
    salt_key: bytes
    name: str  # the log's origin, used as the signed-note key name

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.signer.public_key()

    @property
    def public_bytes(self) -> bytes:
        return self.public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def key_hash(self) -> bytes:
        """C2SP signed-note key id: SHA-256(name || 0x0A || alg || public key)[:4]."""
        return key_hash(self.name, self.public_bytes)

    @property
    def verifier_key(self) -> str:
        """The public key as a signed-note verifier key: ``name+hexhash+base64(alg||key)``."""
        blob = base64.b64encode(bytes([ALG_ED25519]) + self.public_bytes).decode()
        return f"{self.name}+{self.key_hash.hex()}+{blob}"


def key_hash(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public).digest()[:4]


def ensure_integrity_keys(db_url: str | None = None) -> Path:
    path = integrity_key_path(db_url)
    if not path.exists():  # the first process or thread to make it wins (indsigt.secretfile)
        data = {"ed25519": secrets.token_hex(32), "salt": secrets.token_hex(32)}
        secretfile.read_or_create(path, lambda: json.dumps(data).encode())
        _load.cache_clear()
        _keys_for.cache_clear()
    return path


@lru_cache(maxsize=8)
def _load(path: Path, name: str) -> IntegrityKeys:
    data = json.loads(path.read_text())
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(data["ed25519"]))
    return IntegrityKeys(signer=signer, salt_key=bytes.fromhex(data["salt"]), name=name)


def integrity_keys(db_url: str | None = None) -> IntegrityKeys:
    settings = get_settings()
    return _keys_for(db_url, settings.db, settings.key_file, settings.log_origin)


@lru_cache(maxsize=32)
def _keys_for(db_url: str | None, db: str, key_file: Path | None, origin: str) -> IntegrityKeys:
    # keyed by every setting the key's place depends on (resolving it builds a Settings object,
    # which costs milliseconds: too much for every proof)
    return _load(ensure_integrity_keys(db_url), origin)


__all__ = [
    "IntegrityKeys",
    "ensure_integrity_keys",
    "integrity_key_path",
    "integrity_keys",
    "key_hash",
]
