"""Secrets of sign-in, generated once and kept in 0600 files next to the pseudonym key file
(never in the repository, never in a response): the cookie-signing secret and the development
issuer's private key."""

from __future__ import annotations

import secrets
from pathlib import Path

from ..config import get_settings
from ..secretfile import read_or_create


def secret_file(suffix: str) -> Path:
    """``<key file><suffix>``, beside the pseudonym key file."""
    key = get_settings().resolved_key_file()
    return key.with_name(key.name + suffix)


def session_secret() -> str:
    """The cookie-signing secret: INDSIGT_SESSION_SECRET, or generated once and kept in a file."""
    configured = get_settings().session_secret
    if configured:
        return configured
    path = secret_file(".session")
    return read_or_create(path, lambda: secrets.token_hex(32).encode()).decode().strip()
