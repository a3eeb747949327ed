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
    """A naive-UTC time as the leaf writes it."""
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
    the same leaves as :func:`entry_leaf`, with the column plan worked out once."""

    def __init__(self, columns: Sequence[str], key: bytes) -> None:
        pos = {c: i for i, c in enumerate(columns)}
        self.key = key[:64]
        self.id_i = pos["id"]
        self.time_i = pos["time"]
        self.clear = [(name, pos[col]) for name, col in CLEAR.items() if col in pos]
        self.user = [(c, pos[c]) for c in USER if c in pos]
        self.details = [
            (c, i) for c, i in pos.items() if c not in _CLEAR_COLUMNS and c not in _USER_COLUMNS
        ]

    def __call__(self, row: Sequence[Any]) -> bytes:
        leaf: dict[str, Any] = {"v": LEAF_VERSION, "kind": "access"}
        for name, i in self.clear:
            leaf[name] = row[i]
        t = row[self.time_i]
        if isinstance(t, datetime):
            leaf["time"] = utc_text(t)
        leaf["system"] = bool(leaf.get("system"))
        user = {c: row[i] for c, i in self.user if row[i] is not None}
        details = {}
        for c, i in self.details:
            v = row[i]
            if v is not None:
                details[c] = utc_text(v) if isinstance(v, datetime) else v
        salts = hashlib.blake2b(
            str(row[self.id_i]).encode(), key=self.key, digest_size=32, person=b"indsigt-salts"
        ).digest()
        sha = hashlib.sha256
        leaf["user"] = sha(salts[:16] + canonical(user)).hexdigest()
        leaf["details"] = sha(salts[16:] + canonical(details)).hexdigest()
        return sha(b"\x00" + canonical(leaf)).digest()


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
