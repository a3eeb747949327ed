"""Secrets of sign-in, generated once and kept in 0600 files next to the pseudonym key file
(never in the repository, never in a response): the cookie-signing secret and the development
issuer's private key."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from ..config import get_settings


def secret_file(suffix: str) -> Path:
    """``<key file><suffix>``, beside the pseudonym key file."""
    key = get_settings().resolved_key_file()
    return key.with_name(key.name + suffix)


def read_or_create(path: Path, make: Callable[[], bytes]) -> bytes:
    """The file's bytes; made with ``make`` first if it does not exist (the first writer wins, so
    that several workers share one secret)."""
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = make()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    try:
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
    path = secret_file(".session")
    return read_or_create(path, lambda: secrets.token_hex(32).encode()).decode().strip()
