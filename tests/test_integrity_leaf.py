"""The leaf format: RFC 8785 canonical JSON (checked against the reference implementation),
stable across added columns, and signed notes that verify with any key."""

from __future__ import annotations

from datetime import datetime

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from indsigt.integrity import log as tlog
from indsigt.integrity.keys import IntegrityKeys
from indsigt.integrity.leaf import canonical, entry_leaf, utc_text

texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
values = st.one_of(st.none(), st.booleans(), st.integers(-(2**53) + 1, 2**53 - 1), texts)
objects = st.dictionaries(
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12),
    st.one_of(values, st.lists(values, max_size=4)),
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(objects)
def test_canonical_json_equals_the_rfc8785_reference(obj: dict) -> None:
    assert canonical(obj) == rfc8785.dumps(obj)


def _row(**extra: object) -> dict:
    return {
        "id": "e1",
        "patient_id": "p1",
        "time": datetime(2026, 3, 2, 8, 0, 0, 120),
        "action": "R",
        "purpose": None,
        "user_ref": "RN\\mlh",
        "user_display": "Mette Holm",
        "organization_id": "o1",
        "system_name": "EPJ",
        "is_system": False,
        "source": "csv",
        **extra,
    }


def test_a_new_null_column_keeps_old_leaves_and_a_value_changes_them() -> None:
    key = b"k" * 32
    base = entry_leaf(_row(), key)
    assert entry_leaf(_row(new_column=None), key) == base
    assert entry_leaf(_row(new_column="x"), key)["details"] != base["details"]
    assert entry_leaf(_row(user_display="Anden"), key)["user"] != base["user"]
    assert base["time"] == "2026-03-02T08:00:00.000120Z"
    assert utc_text(datetime(2026, 3, 2, 8, 0)) == "2026-03-02T08:00:00Z"
    assert entry_leaf(_row(), b"q" * 32)["user"] != base["user"]  # salted with the secret


def test_signed_notes_verify_whatever_characters_the_key_has() -> None:
    # base64 keys often hold "+" and "/": the verifier key must still parse
    for _ in range(64):
        keys = IntegrityKeys(Ed25519PrivateKey.generate(), b"x" * 32, "indsigt.example/log")
        note = tlog.sign_note(
            tlog.checkpoint_body(keys.name, 7, b"\x01" * 32, datetime(2026, 1, 1)), keys
        )
        cp = tlog.open_note(note, keys.verifier_key)
        assert (cp.size, cp.root, cp.origin) == (7, b"\x01" * 32, "indsigt.example/log")


_COLUMNS = (
    "id",
    "patient_id",
    "time",
    "action",
    "purpose",
    "user_ref",
    "user_staff_id",
    "user_role_id",
    "user_display",
    "on_behalf_staff_id",
    "on_behalf_display",
    "organization_id",
    "system_name",
    "what",
    "data_ref",
    "session_id",
    "is_system",
    "source",
)
_nullable = st.one_of(st.none(), texts)
_times = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    st.tuples(
        texts.filter(bool),
        texts,
        _times,
        *([_nullable] * 13),
        st.booleans(),
        _nullable,
    )
)
def test_the_import_fast_path_hashes_exactly_the_leaf_of_entry_leaf(values: tuple) -> None:
    """The importer's TupleHasher writes the canonical JSON itself: byte for byte the leaf that
    entry_leaf + canonical give, whatever the strings hold (quotes, backslashes, control
    characters, non-ASCII, U+2028) and whatever the year."""
    from indsigt.integrity.leaf import TupleHasher, leaf_hash_of

    key = b"s" * 32
    row = dict(zip(_COLUMNS, values, strict=True))
    assert TupleHasher(_COLUMNS, key)(values) == leaf_hash_of(row, key)
    # a column order of another store version (fewer columns) agrees too
    short = [c for c in _COLUMNS if c not in ("session_id", "data_ref")]
    sub = tuple(row[c] for c in short)
    assert TupleHasher(short, key)(sub) == leaf_hash_of(dict(zip(short, sub, strict=True)), key)
