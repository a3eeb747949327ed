"""The pseudonym key: secret, versioned, outside the repo and outside every response.

The key file is JSON ``{"current": 2, "keys": {"1": "<hex>", "2": "<hex>"}}`` with mode 0600.
Rotation adds a version and makes it current; old versions stay so that labels already shown keep
their value (a label remembers the key version it was first made with).
"""

from __future__ import annotations

import json
import secrets
from functools import lru_cache
from pathlib import Path

from .. import secretfile
from ..config import Settings, get_settings


def key_path(db_url: str | None = None) -> Path:
    settings = get_settings()
    if db_url and db_url != settings.db:
        settings = Settings(db=db_url, key_file=settings.key_file)
    return settings.resolved_key_file()


def ensure_keys(db_url: str | None = None) -> Path:
    """Create the key file with a fresh random key if it does not exist (the first process or
    thread to do so wins, :mod:`indsigt.secretfile`)."""
    path = key_path(db_url)
    if not path.exists():
        data = {"current": 1, "keys": {"1": secrets.token_hex(32)}}
        secretfile.read_or_create(path, lambda: json.dumps(data).encode())
        load_keys.cache_clear()
    return path


def _write(path: Path, data: dict) -> None:
    secretfile.replace(path, json.dumps(data).encode())


@lru_cache(maxsize=8)
def load_keys(path: Path) -> tuple[int, dict[int, bytes]]:
    data = json.loads(path.read_text())
    return int(data["current"]), {int(k): bytes.fromhex(v) for k, v in data["keys"].items()}


def keys_for(db_url: str | None = None) -> tuple[int, dict[int, bytes]]:
    return load_keys(ensure_keys(db_url))


def rotate_keys(db_url: str | None = None) -> int:
    """Add a new key version and make it current. Returns the new version."""
    path = ensure_keys(db_url)
    _, keys = load_keys(path)
    new = max(keys) + 1
    data = {"current": new, "keys": {str(k): v.hex() for k, v in keys.items()}}
    data["keys"][str(new)] = secrets.token_hex(32)
    _write(path, data)
    load_keys.cache_clear()
    return new
