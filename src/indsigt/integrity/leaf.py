"""The leaf of an access-log entry in the Merkle log: RFC 8785 canonical JSON.

A leaf says, in the clear, what a citizen sees of the entry and can check against their log:

    {"v": 1, "kind": "access", "id", "patient", "time", "action", "purpose", "organization",
     "system", "source", "user": <commitment>, "details": <commitment>}

``time`` is UTC, ``YYYY-MM-DDTHH:MM:SS[.ffffff]Z``; ``system`` is true for a machine access.
Who the user was (user reference, staff id, role, display name, and the person acted for) and the
free-text details (logging system, what was touched, data reference, session) are **salted
commitments**: ``hex(SHA-256(salt || canonical JSON of the values))`` with a 16-byte salt derived
from a server secret and the entry id (keyed BLAKE2b, one per commitment). A citizen's proof therefore verifies against the fields the
citizen sees and never reveals a hidden user, nor a name that a free-text field might carry; an
auditor can open a commitment (the salt and the values) to show it was that user.

Commitments cover every column of the entry that is not in the clear and not null, so a column
added later (null in old rows) does not change old leaves, and any change of a stored value does.

Canonical JSON: ``orjson`` with sorted keys produces RFC 8785 output for the values used here
(strings, integers, booleans, null; ASCII keys) — checked against the ``rfc8785`` reference
implementation by ``tests/test_integrity_leaf.py``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from hashlib import blake2b, sha256
from typing import Any

import orjson

LEAF_VERSION = 1

#: entry columns shown in the clear, leaf key -> access_entry column
CLEAR = {
    "id": "id",
    "patient": "patient_id",
    "time": "time",
    "action": "action",
    "purpose": "purpose",
    "organization": "organization_id",
    "system": "is_system",
    "source": "source",
}
#: columns behind the ``user`` commitment (who looked, and for whom)
USER = (
    "user_ref",
    "user_staff_id",
    "user_role_id",
    "user_display",
    "on_behalf_staff_id",
    "on_behalf_display",
)
_CLEAR_COLUMNS = frozenset(CLEAR.values())
_USER_COLUMNS = frozenset(USER)


def canonical(obj: Any) -> bytes:
    """RFC 8785 JSON of a value made of str, int, bool, None, lists and dicts with ASCII keys."""
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)


def utc_text(t: datetime) -> str:
    """A naive-UTC time as the leaf writes it: ``YYYY-MM-DDTHH:MM:SS[.ffffff]Z``."""
    if t.year >= 1000 and t.tzinfo is None:
        return t.isoformat() + "Z"  # the same text, several times faster than strftime
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if t.microsecond:
        s += f".{t.microsecond:06d}"
    return s + "Z"


def _salts(key: bytes, eid: bytes) -> bytes:
    """32 bytes: the salt of the user commitment, then that of the details commitment."""
    return hashlib.blake2b(eid, key=key[:64], digest_size=32, person=b"indsigt-salts").digest()


def salt(key: bytes, entry_id: str, part: str) -> bytes:
    """The 16-byte salt of one commitment (``part`` user or details): keyed BLAKE2b, a PRF of
    the entry id under the server's secret."""
    both = _salts(key, entry_id.encode())
    return both[:16] if part == "user" else both[16:]


def commitment(salt_bytes: bytes, values: Mapping[str, Any]) -> str:
    return hashlib.sha256(salt_bytes + canonical(dict(values))).hexdigest()


def _value(v: Any) -> Any:
    if isinstance(v, datetime):
        return utc_text(v)
    return v


def sealed_values(row: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (user, details) values an entry's commitments cover."""
    user = {c: _value(row[c]) for c in USER if row.get(c) is not None}
    details = {
        c: _value(v)
        for c, v in row.items()
        if v is not None and c not in _CLEAR_COLUMNS and c not in _USER_COLUMNS
    }
    return user, details


def entry_leaf(row: Mapping[str, Any], key: bytes) -> dict[str, Any]:
    """The leaf object of an access entry given as a column -> value mapping."""
    t = row.get("time")
    leaf: dict[str, Any] = {
        "v": LEAF_VERSION,
        "kind": "access",
        "id": row.get("id"),
        "patient": row.get("patient_id"),
        "time": utc_text(t) if isinstance(t, datetime) else t,
        "action": row.get("action"),
        "purpose": row.get("purpose"),
        "organization": row.get("organization_id"),
        "system": bool(row.get("is_system")),
        "source": row.get("source"),
    }
    user, details = sealed_values(row)
    salts = _salts(key, str(row["id"]).encode())
    leaf["user"] = hashlib.sha256(salts[:16] + canonical(user)).hexdigest()
    leaf["details"] = hashlib.sha256(salts[16:] + canonical(details)).hexdigest()
    return leaf


class TupleHasher:
    """Leaf hashes of rows given as tuples in a fixed column order (the import's fast path):
    byte for byte the leaves of :func:`entry_leaf` (``tests/test_integrity_leaf.py`` compares
    them on random rows). The keys of a leaf and of its commitments are fixed, so the canonical
    JSON is written by a function generated once per column order: only the values need JSON
    text (a string without ``"``, ``\\`` or control characters is itself between quotes;
    anything else goes through :func:`canonical`)."""

    def __init__(self, columns: Sequence[str], key: bytes) -> None:
        pos = {c: i for i, c in enumerate(columns)}
        self.key = key[:64]
        self.texts = _Texts()
        clear = {name: pos[col] for name, col in CLEAR.items() if col in pos}
        user = sorted((c, pos[c]) for c in USER if c in pos)
        details = sorted(
            (c, i) for c, i in pos.items() if c not in _CLEAR_COLUMNS and c not in _USER_COLUMNS
        )
        self._hash = _compile(pos["id"], clear, user, details, self.key, self.texts)

    def __call__(self, row: Sequence[Any]) -> bytes:
        return self._hash(row)


def _compile(
    id_i: int,
    clear: dict[str, int],
    user: list[tuple[str, int]],
    details: list[tuple[str, int]],
    key: bytes,
    texts: _Texts,
) -> Any:
    """The leaf hash of a row as one generated function (no per-row plan to walk). Values that
    repeat (citizen, organisation, user ...) take their JSON text from ``texts``; the id and the
    time, new in every row, are written each time."""
    q = repr  # every literal below goes into the generated code as a Python literal
    lines = [
        "def leaf_hash(row):",
        # the keyed BLAKE2b state after the key block, copied: as _salts, without keying anew
        "    h = B()",
        f"    h.update(str(row[{id_i}]).encode())",
        "    salts = h.digest()",
    ]
    for var, plan in (("u", user), ("d", details)):
        lines.append(f"    {var} = []")
        for c, i in plan:
            # T caches the text of repeating values; what and session ids are seldom repeated
            get = "J(v)" if c in ("what", "session_id") else "T[v]"
            lines += [
                f"    v = row[{i}]",
                "    if v is not None:",
                f"        {var}.append({q(chr(34) + c + chr(34) + ':')} + {get})",
            ]
    lines.append("    user = sha256(salts[:16] + ('{' + ','.join(u) + '}').encode()).hexdigest()")
    lines.append(
        "    details = sha256(salts[16:] + ('{' + ','.join(d) + '}').encode()).hexdigest()"
    )
    # the leaf's members in key order: literal text and expressions, joined in one call
    parts: list[tuple[bool, str]] = [(True, chr(0) + "{")]  # (literal?, text or expression)
    for n, name in enumerate(sorted({"v", "kind", "user", "details", "system", *clear})):
        if n:
            parts.append((True, ","))
        if name == "v":
            parts.append((True, f'"v":{LEAF_VERSION}'))
        elif name == "kind":
            parts.append((True, '"kind":"access"'))
        elif name in ("user", "details"):
            parts += [(True, f'"{name}":"'), (False, name), (True, '"')]
        elif name == "system":
            value = (
                f"('true' if row[{clear['system']}] else 'false')"
                if "system" in clear
                else "'false'"
            )
            parts += [(True, f'"{name}":'), (False, value)]
        elif name in ("id", "time"):
            parts += [(True, f'"{name}":'), (False, f"J(row[{clear[name]}])")]
        else:
            parts += [(True, f'"{name}":'), (False, f"T[row[{clear[name]}]]")]
    parts.append((True, "}"))
    merged: list[tuple[bool, str]] = []
    for literal, text in parts:
        if literal and merged and merged[-1][0]:
            merged[-1] = (True, merged[-1][1] + text)
        else:
            merged.append((literal, text))
    body = ", ".join(q(t) if literal else t for literal, t in merged)
    lines.append(f"    return sha256(''.join(({body})).encode()).digest()")
    scope: dict[str, Any] = {
        "B": blake2b(key=key, digest_size=32, person=b"indsigt-salts").copy,
        "sha256": sha256,
        "key": key,
        "J": _json,
        "T": texts,
    }
    exec("\n".join(lines), scope)  # the code is built above from column names only
    return scope["leaf_hash"]


class _Texts(dict):
    """value -> its JSON text, computed once (bounded: cleared when it grows large)."""

    def __missing__(self, v: Any) -> str:
        if len(self) > 200_000:
            self.clear()
        text = self[v] = _json(v)
        return text


def _json(v: Any) -> str:
    """The RFC 8785 text of one value of an entry (str, None, bool, int or a naive-UTC time)."""
    if v.__class__ is str:
        if v.isprintable() and '"' not in v and "\\" not in v:
            return '"' + v + '"'
        return canonical(v).decode()
    if v is None:
        return "null"
    if isinstance(v, datetime):
        return '"' + utc_text(v) + '"'
    return canonical(v).decode()


def leaf_hash_of(row: Mapping[str, Any], key: bytes) -> bytes:
    """``SHA-256(0x00 || canonical(entry_leaf(row)))``."""
    return hashlib.sha256(b"\x00" + canonical(entry_leaf(row, key))).digest()


def opening(row: Mapping[str, Any], key: bytes) -> dict[str, Any]:
    """What opens an entry's commitments (for auditors only: it names the user)."""
    user, details = sealed_values(row)
    eid = str(row["id"])
    return {
        "user": {"salt": salt(key, eid, "user").hex(), "values": user},
        "details": {"salt": salt(key, eid, "details").hex(), "values": details},
    }


__all__ = [
    "CLEAR",
    "LEAF_VERSION",
    "USER",
    "TupleHasher",
    "canonical",
    "commitment",
    "entry_leaf",
    "leaf_hash_of",
    "opening",
    "salt",
    "sealed_values",
    "utc_text",
]
