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
import dataclasses
import hashlib
import hmac
import marshal
import operator
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .forms import Person, Span
from .matcher import _FORMAT, NameMatcher

__all__ = [
    "FindingsStore",
    "MatcherStore",
    "code_version",
    "decode_spans",
    "digest",
    "encode_spans",
    "findings_version",
    "names_key",
    "text_key",
]

_SIG_LEN = 32


def _hash_code(root: Path) -> bytes:
    h = hashlib.sha256()
    for path in sorted((*root.rglob("*.py"), *root.rglob("*.txt"))):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.digest()


#: computed when this module is imported, with the code it describes (a process whose files are
#: replaced while it runs keeps the digest of the code it runs)
_CODE = _hash_code(Path(__file__).resolve().parent.parent)


def code_version() -> bytes:
    """A digest of the protection layer's code (every ``.py`` file of ``indsigt.protect``, and
    its word lists, ``.txt``):
    whatever is stored with it is found again only by the same code, so a stored matcher (or a
    note about one) never outlives a change of the rules, even one that forgot ``_FORMAT``."""
    return _CODE


def digest(persons: Iterable[Person], others: Iterable[tuple[str, str]] = ()) -> str:
    """A content digest of the people and colleagues a matcher is built from (order-free)."""
    rows = sorted(
        (p.key, p.given, p.family, p.initials, p.emails, p.usernames, p.titles, p.aliases)
        for p in persons
    )
    h = hashlib.sha256(_FORMAT.encode() + b"\0" + code_version())
    h.update(marshal.dumps(tuple(rows)))
    h.update(marshal.dumps(tuple(sorted(others))))
    return h.hexdigest()


def write_signed(path: Path, body: bytes, sig: bytes) -> None:
    """Write ``body`` and its signature to ``path`` at once (a temporary file of this process
    and thread, mode 0600, renamed over it): a reader sees the old file or the new, never half."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(body)
        f.write(sig)
    os.replace(tmp, path)


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

    def _path(self, key: str, kind: str = "matcher") -> Path:
        return self.directory / f"{kind}-{key}.bin"

    def _sign(self, key: str, body: bytes | memoryview) -> bytes:
        mac = hmac.new(self._secret, key.encode() + b"\0", hashlib.sha256)
        mac.update(body)
        return mac.digest()

    def _read(self, key: str, kind: str) -> memoryview | None:
        """The signed body of file ``kind-key`` (a view of it, not a copy: a matcher for 20,000
        people is some 60 MB), or None (absent, unreadable, not ours or damaged: then it is
        removed, never read further)."""
        path = self._path(key, kind)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        body, sig = memoryview(data)[:-_SIG_LEN], data[-_SIG_LEN:]
        if len(data) <= _SIG_LEN or not hmac.compare_digest(sig, self._sign(key, body)):
            path.unlink(missing_ok=True)  # not ours, or damaged: never unpickled
            return None
        return body

    def _write(self, key: str, kind: str, body: bytes) -> None:
        sig = self._sign(key, body)
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_signed(self._path(key, kind), body, sig)

    def get(self, key: str) -> NameMatcher | None:
        """The stored matcher for digest ``key``, or None."""
        body = self._read(key, "matcher")
        if body is None:
            return None
        try:
            matcher = NameMatcher.loads(body)
        except Exception:  # another format, a broken file: build again
            self._path(key).unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):
            os.utime(self._path(key))  # recently used: kept longer
        return matcher

    def put(self, key: str, matcher: NameMatcher) -> None:
        """Store ``matcher`` under digest ``key`` (atomically; errors are ignored)."""
        try:
            self._write(key, "matcher", matcher.dumps())
            self._prune()
        except OSError:
            return

    def get_note(self, key: str) -> Any:
        """A small signed value stored by :meth:`put_note` (``marshal`` data: str, numbers,
        tuples, dicts), or None."""
        body = self._read(key, "note")
        if body is None:
            return None
        try:
            return marshal.loads(body)
        except Exception:
            self._path(key, "note").unlink(missing_ok=True)
            return None

    def put_note(self, key: str, value: Any) -> None:
        """Store a small value (e.g. which matcher a roster of the database had) under ``key``."""
        try:
            self._write(key, "note", marshal.dumps(value))
            self._prune()
        except (OSError, ValueError):
            return

    def _prune(self) -> None:
        with self._lock:
            for kind, keep in (("matcher", self.keep), ("note", self.keep * 8)):
                files = sorted(self.directory.glob(f"{kind}-*.bin"), key=_mtime, reverse=True)
                for old in files[keep:]:
                    old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# -- findings: what a matcher found in a text, kept so that a note is searched once -------------

#: the fields of a stored :class:`Span`, in order (a change of the dataclass is a new format)
_SPAN_FIELDS = tuple(f.name for f in dataclasses.fields(Span))
_FINDINGS_FORMAT = "findings-2"
_SPAN_ROW = operator.attrgetter(*_SPAN_FIELDS)


def _library_versions() -> bytes:
    """The versions of what the search depends on outside ``indsigt.protect``: Python (and its
    Unicode tables, :mod:`.canon`), the word-frequency table (:mod:`.lexicon`) and the automaton."""
    import sys
    import unicodedata
    from importlib import metadata

    parts = [sys.version, unicodedata.unidata_version]
    for dist in ("wordfreq", "pyahocorasick"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:  # pragma: no cover - both are dependencies
            parts.append(f"{dist}=?")
    return "\0".join(parts).encode()


def findings_version(matcher_digest: str) -> str:
    """The key of the findings of the matcher with store digest ``matcher_digest``
    (:func:`digest`: its people, the colleagues' names, the matcher format and the protection
    code): also the format of the stored spans, the fields of :class:`Span` and the versions of
    the libraries the search reads (:func:`_library_versions`). Any change of one of them gives
    another key, and a note is searched again."""
    h = hashlib.sha256(b"indsigt findings\0" + _FINDINGS_FORMAT.encode() + b"\0")
    h.update(matcher_digest.encode() + b"\0" + code_version() + b"\0")
    h.update(" ".join(_SPAN_FIELDS).encode() + b"\0" + _LIBRARIES)
    return h.hexdigest()


_LIBRARIES = _library_versions()


def text_key(text: str) -> bytes:
    """The key of a text among stored findings: its SHA-256 (never the text itself)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def names_key(names: Iterable[tuple[str, str]], own: Iterable[tuple[str, str]]) -> bytes:
    """The key of the names that must stay in a view (and the citizen's own) among stored
    findings: a digest of both, sorted."""
    h = hashlib.sha256(b"indsigt names that stay\0")
    h.update(marshal.dumps((tuple(sorted(names)), tuple(sorted(own)))))
    return h.digest()


def encode_spans(spans: Iterable[Span]) -> tuple[tuple[Any, ...], ...]:
    """Spans as plain tuples (``marshal`` data), every field of :class:`Span` in order."""
    return tuple(map(_SPAN_ROW, spans))


def decode_spans(text: str, rows: Any) -> list[Span] | None:
    """The spans stored for ``text``, or None when they do not fit it (a field missing or of
    another type, an offset outside the text, a span whose text is not the text at its
    offsets): then the caller searches the text again."""
    if not isinstance(rows, tuple):
        return None
    n = len(_SPAN_FIELDS)
    out: list[Span] = []
    size = len(text)
    new = object.__new__
    for row in rows:
        if type(row) is not tuple or len(row) != n:
            return None
        start, end, person, form, rule, found, candidates = row[:7]
        if (
            type(start) is not int
            or type(end) is not int
            or not 0 <= start < end <= size
            or type(found) is not str
            or text[start:end] != found
            or type(person) is not str
            or type(form) is not str
            or type(rule) is not str
            or type(candidates) is not tuple
        ):
            return None
        sp = new(Span)
        sp.__dict__.update(zip(_SPAN_FIELDS, row, strict=True))
        out.append(sp)
    return out


#: the fields of :class:`Span` as :func:`_shared` reads a row (checked when the module loads)
_SHARED_ROW = (
    "start", "end", "person", "form", "rule", "text", "candidates", "genitive", "part", "certain",
)  # fmt: skip


def _shared(found: dict[Any, Any]) -> dict[Any, Any]:
    """The same findings with every equal string and tuple of candidates one object: ``marshal``
    writes an object met again as a reference, so the file is smaller and read faster (the
    text of a common name, a rule with its evidence, the candidates of a common family name
    recur in many notes: on the journal benchmark's 1,000 notes 780 kB instead of 1.0 MB, read
    in 7 ms instead of 10). A row is unpacked field by field in one comprehension (a generator
    over each row's fields took 27 ms for those notes, this 20 ms; ``marshal`` itself 10 ms); a
    row of another shape, never written by this code, is stored as it is."""
    seen: dict[Any, Any] = {}
    one = seen.setdefault
    out: dict[Any, Any] = {}
    for key, rows in found.items():
        if type(rows) is tuple and rows and type(rows[0]) is tuple:
            with contextlib.suppress(TypeError, ValueError):  # not a row of this code
                rows = tuple(
                    [
                        (s, e, one(p, p), one(f, f), one(r, r), one(t, t), one(c, c), g, pt, ct)
                        for s, e, p, f, r, t, c, g, pt, ct in rows
                    ]
                )
        out[key] = rows
    return out


if _SPAN_FIELDS != _SHARED_ROW:  # pragma: no cover - a change of Span changes _shared too
    raise RuntimeError(f"_shared reads {_SHARED_ROW}, Span has {_SPAN_FIELDS}")


class FindingsStore:
    """A directory of signed findings: per matcher (:func:`findings_version`) and citizen, the
    spans the matcher found in each of the citizen's notes, by the SHA-256 of the note's text.

    The spans are the matcher's own result (``NameMatcher.find``), a function of the matcher
    and the text alone: everything that differs between views (who is hidden for this viewer,
    the names that stay, who worked where and when) is applied to them at every view, as to
    spans found then. A file is signed (HMAC-SHA256 under a secret derived from the pseudonym
    key, over the key, the citizen and the content); one that is missing, damaged, not signed
    by this key or not readable is "nothing stored" (and removed): the notes are searched again.
    """

    def __init__(self, directory: Path, secret: bytes, keep: int = 64) -> None:
        self.directory = Path(directory)
        self._secret = hashlib.sha256(b"indsigt names findings store\0" + secret).digest()
        self.keep = keep
        self._lock = threading.Lock()

    def _path(self, version: str, subject: str) -> Path:
        name = hashlib.sha256(b"subject\0" + subject.encode()).hexdigest()[:32]
        return self.directory / version / f"{name}.bin"

    def _sign(self, version: str, subject: str, body: bytes | memoryview) -> bytes:
        mac = hmac.new(self._secret, f"{version}\0{subject}\0".encode(), hashlib.sha256)
        mac.update(body)
        return mac.digest()

    def get(self, version: str, subject: str) -> dict[bytes, Any]:
        """The stored findings of ``subject``'s notes under key ``version``: text key -> spans
        (encoded; :func:`decode_spans`), empty when none can be read."""
        path = self._path(version, subject)
        try:
            data = path.read_bytes()
        except OSError:
            return {}
        body, sig = memoryview(data)[:-_SIG_LEN], data[-_SIG_LEN:]
        if len(data) <= _SIG_LEN or not hmac.compare_digest(
            sig, self._sign(version, subject, body)
        ):
            path.unlink(missing_ok=True)  # not ours, or damaged: never read
            return {}
        try:
            fmt, found = marshal.loads(body)
            if fmt != _FINDINGS_FORMAT or not isinstance(found, dict):
                raise ValueError(fmt)
        except Exception:
            path.unlink(missing_ok=True)
            return {}
        return found

    def put(self, version: str, subject: str, found: dict[bytes, Any]) -> bool:
        """Store ``subject``'s findings under ``version`` (atomically). False when it could not
        be written (nothing is lost: the notes are searched again)."""
        try:
            body = marshal.dumps((_FINDINGS_FORMAT, _shared(found)))
            sig = self._sign(version, subject, body)
            path = self._path(version, subject)
            new = not path.parent.exists()
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_signed(path, body, sig)
            if new:
                self._prune()
            return True
        except (OSError, ValueError):
            return False

    def _prune(self) -> None:
        """Keep the findings of the ``keep`` matchers written to last (a folder per matcher)."""
        import shutil

        with self._lock:
            folders = sorted(
                (p for p in self.directory.iterdir() if p.is_dir()), key=_mtime, reverse=True
            )
            for old in folders[self.keep :]:
                shutil.rmtree(old, ignore_errors=True)
