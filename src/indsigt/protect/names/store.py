"""Built matchers on disk, so that a new process does not build them again.

Building the matcher of an order over 20,000 people takes seconds; loading it takes a tenth of a
second (:meth:`NameMatcher.dumps` / :meth:`NameMatcher.loads`).  A :class:`MatcherStore` keeps
them in a directory (the protection layer puts it next to the pseudonym key file), one file per
content digest (:func:`digest`: the format version, the people and the relevant colleagues'
names), so a stored matcher is found again exactly when the same people would build the same
matcher, and never otherwise.

The files hold staff names (as the database does) and are read with ``pickle``, so they are
written with mode 0600 and signed: each file ends in an HMAC-SHA256 of its content under a
secret the caller gives (derived from the pseudonym key), and a file whose signature does not
verify is ignored and removed, never unpickled.  Any error while reading means "not stored":
the caller builds the matcher (fail safe, never a matcher for other people).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import marshal
import os
import threading
from collections.abc import Iterable
from pathlib import Path

from .forms import Person
from .matcher import _FORMAT, NameMatcher

__all__ = ["MatcherStore", "digest"]

_SIG_LEN = 32


def digest(persons: Iterable[Person], others: Iterable[tuple[str, str]] = ()) -> str:
    """A content digest of the people and colleagues a matcher is built from (order-free)."""
    rows = sorted(
        (p.key, p.given, p.family, p.initials, p.emails, p.usernames, p.titles, p.aliases)
        for p in persons
    )
    h = hashlib.sha256(_FORMAT.encode())
    h.update(marshal.dumps(tuple(rows)))
    h.update(marshal.dumps(tuple(sorted(others))))
    return h.hexdigest()


class MatcherStore:
    """A directory of signed, built matchers (see module doc)."""

    def __init__(self, directory: Path, secret: bytes, keep: int = 32) -> None:
        self.directory = Path(directory)
        self._secret = hashlib.sha256(b"indsigt names matcher store\0" + secret).digest()
        self.keep = keep
        self._lock = threading.Lock()

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, MatcherStore)
            and other.directory == self.directory
            and other._secret == self._secret
        )

    def __hash__(self) -> int:
        return hash((self.directory, self._secret))

    def _path(self, key: str) -> Path:
        return self.directory / f"matcher-{key}.bin"

    def get(self, key: str) -> NameMatcher | None:
        """The stored matcher for digest ``key``, or None."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        body, sig = data[:-_SIG_LEN], data[-_SIG_LEN:]
        want = hmac.new(self._secret, key.encode() + b"\0" + body, hashlib.sha256).digest()
        if len(data) <= _SIG_LEN or not hmac.compare_digest(sig, want):
            path.unlink(missing_ok=True)  # not ours, or damaged: never unpickled
            return None
        try:
            matcher = NameMatcher.loads(body)
        except Exception:  # another format, a broken file: build again
            path.unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longer
        return matcher

    def put(self, key: str, matcher: NameMatcher) -> None:
        """Store ``matcher`` under digest ``key`` (atomically; errors are ignored)."""
        try:
            body = matcher.dumps()
            sig = hmac.new(self._secret, key.encode() + b"\0" + body, hashlib.sha256).digest()
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = self._path(key)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(body)
                f.write(sig)
            os.replace(tmp, path)
            self._prune()
        except OSError:
            return

    def _prune(self) -> None:
        with self._lock:
            files = sorted(self.directory.glob("matcher-*.bin"), key=_mtime, reverse=True)
            for old in files[self.keep :]:
                old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
