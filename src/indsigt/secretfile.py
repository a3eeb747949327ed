"""Secret files (mode 0600): made once by whichever process or thread comes first, and replaced
whole, never seen half-written.

Several processes may start on a fresh installation at once (the workers of ``indsigt serve``,
an import beside a server), and several threads in one of them. A key file written to one shared
temporary name and moved into place with ``os.replace`` lost that race: one writer moved the
other's temporary file away (``FileNotFoundError``), or replaced a key that another process had
already loaded and used, so that its labels or signatures no longer verified. Here each writer has
its own temporary file, and a new file is put in place with ``os.link``, which never replaces: the
first one wins and everyone reads its bytes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path


def _write_tmp(path: Path, data: bytes) -> Path:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    return tmp


def read_or_create(path: Path, make: Callable[[], bytes]) -> bytes:
    """The file's bytes; made with ``make`` first if it does not exist (the first writer wins, so
    that every process and thread shares one secret)."""
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_tmp(path, make())
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass  # another writer was first: its secret is the one
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


def replace(path: Path, data: bytes) -> None:
    """Write ``data`` as the whole new content of ``path`` (a key rotation)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_tmp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


__all__ = ["read_or_create", "replace"]
