"""The tamper-evident access log: an append-only RFC 9162 Merkle tree over every imported entry.

- :func:`append_entries` runs in the import's transaction: every new entry gets the next leaf
  index, its leaf hash (``leaf.entry_leaf``) and the source's received count for the day; the
  hashes of the complete subtrees of 256 leaves and more are stored as they complete. Either the
  entries and their leaves are stored together, or neither.
- :func:`sign_head` publishes a signed tree head after an import: a C2SP checkpoint
  (``origin``, size, base64 root, a timestamp line) signed with Ed25519 as a signed note.
- :func:`inclusion_proof` and :func:`consistency_proof` give what a citizen or a witness needs to
  check, with :mod:`indsigt.integrity.merkle` or any RFC 9162 implementation, that an entry is in
  the log and that the log only grew.
- :func:`record_retention` appends a retention record leaf (what a retention run removed, as a
  digest of the leaf indexes) and marks those leaves; :func:`verify` recomputes everything and
  tells retention from tampering: an entry changed, removed or inserted directly in the database,
  a leaf or node hash changed, a tree head that does not match or is not signed by the key.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, select, text, tuple_, update
from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound
from ..store import AccessEntry
from ..store.integrity import (
    MerkleLeaf,
    MerkleNode,
    MerkleRecord,
    MerkleState,
    SourceDay,
    TreeHead,
)
from ..timeutil import to_local, utcnow
from . import merkle
from .keys import IntegrityKeys, integrity_keys, key_hash
from .leaf import TupleHasher, canonical, entry_leaf

#: subtrees below this level are computed from leaf hashes (at most 2**LOW - 1 hashes)
LOW = 8
BLOCK = 1 << LOW

_leaf_t = MerkleLeaf.__table__
_node_t = MerkleNode.__table__
_entry_t = AccessEntry.__table__
ENTRY_COLUMNS = tuple(c.name for c in _entry_t.columns)


def _url(session: Session | Connection) -> str:
    bind = session.get_bind() if isinstance(session, Session) else session.engine
    return str(bind.url)


def _dialect(session: Session | Connection) -> str:
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name


def _upsert(session: Session | Connection, table: Any) -> Any:
    name = _dialect(session)
    if name == "postgresql":  # imported here: the PostgreSQL dialect is slow to import
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


# -- the tree as stored -------------------------------------------------------------------------


def tree_size(session: Session | Connection, *, lock: bool = False) -> int:
    """The number of leaves. ``lock``: and hold the append lock until the transaction ends
    (PostgreSQL; SQLite has one writer at a time anyway)."""
    q = select(MerkleState.size).where(MerkleState.id == 1)
    if lock and _dialect(session) == "postgresql":
        q = q.with_for_update()
    size = session.execute(q).scalar()
    if size is None:
        session.execute(
            _upsert(session, MerkleState.__table__).values(id=1, size=0).on_conflict_do_nothing()
        )
        size = session.execute(q).scalar_one()
    return int(size)


class StoredTree:
    """Reads complete subtree hashes of the stored tree, batching the reads one proof needs."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.nodes: dict[tuple[int, int], bytes] = {}
        self.leaves: dict[int, bytes] = {}
        self.blocks: set[int] = set()  # blocks of 2**LOW leaves read already

    def prefetch(self, ranges: Iterable[tuple[int, int]]) -> None:
        complete: set[tuple[int, int]] = set()
        for a, b in ranges:
            merkle.needed_subtrees(a, b, complete)
        want_nodes: list[tuple[int, int]] = []
        want_blocks: set[int] = set()
        for start, size in complete:
            level = size.bit_length() - 1
            if level >= LOW:
                if (level, start >> level) not in self.nodes:
                    want_nodes.append((level, start >> level))
            elif start >> LOW not in self.blocks:
                want_blocks.add(start >> LOW)
        if want_nodes:
            # plain SQL: one primary-key lookup per node (building the equivalent SQLAlchemy
            # expression cost more than the lookups)
            cond = " OR ".join(f"(level = :l{i} AND idx = :i{i})" for i in range(len(want_nodes)))
            params: dict[str, int] = {}
            for i, (level, idx) in enumerate(want_nodes):
                params[f"l{i}"], params[f"i{i}"] = level, idx
            rows = self.session.execute(
                text(f"SELECT level, idx, hash FROM merkle_node WHERE {cond}"), params
            )
            for level, idx, h in rows:
                self.nodes[(level, idx)] = bytes(h)
        for block in sorted(want_blocks):  # at most two: the leaf's own and the last one
            for idx, h in self.session.execute(
                text("SELECT idx, hash FROM merkle_leaf WHERE idx >= :a AND idx < :b"),
                {"a": block << LOW, "b": (block + 1) << LOW},
            ):
                self.leaves[idx] = bytes(h)
            self.blocks.add(block)

    def subtree(self, start: int, size: int) -> bytes:
        level = size.bit_length() - 1
        if level >= LOW:
            key = (level, start >> level)
            found = self.nodes.get(key)
            if found is None:
                self.prefetch([(start, start + size)])
                found = self.nodes.get(key)
                if found is None:
                    raise LookupError(f"merkle node {key} is missing")
            return found
        if start >> LOW not in self.blocks:
            self.prefetch([(start, start + size)])
        try:
            return merkle.hash_level([self.leaves[i] for i in range(start, start + size)])
        except KeyError as exc:
            raise LookupError(f"merkle leaf {exc.args[0]} is missing") from None

    def range_hash(self, start: int, end: int) -> bytes:
        return merkle.range_hash(self.subtree, start, end)


def root(session: Session, size: int | None = None) -> tuple[int, bytes]:
    """The root hash of the tree of ``size`` leaves (default: the whole tree now)."""
    n = tree_size(session) if size is None else size
    tree = StoredTree(session)
    tree.prefetch([(0, n)])
    return n, tree.range_hash(0, n)


# -- appending ----------------------------------------------------------------------------------


def _store_nodes(
    session: Session | Connection, old: int, new: int, fresh: dict[int, bytes]
) -> None:
    """Store the subtrees of level >= LOW that became complete between sizes ``old`` and ``new``.
    ``fresh`` holds the leaf hashes appended (index -> hash)."""
    if new >> LOW == old >> LOW:
        return
    prefix, stored = node_inputs(session, old, new)
    leaves = {**prefix, **fresh}
    base = (old >> LOW) << LOW
    rows = compute_nodes(old, new, [leaves[i] for i in range(base, (new >> LOW) << LOW)], stored)
    if rows:
        session.execute(_node_t.insert(), rows)


def node_inputs(
    session: Session | Connection, old: int, new: int
) -> tuple[dict[int, bytes], dict[tuple[int, int], bytes]]:
    """What the subtrees completed between sizes ``old`` and ``new`` combine with that is
    stored already: the leaves of the partly filled block before ``old`` (index -> hash), and
    the complete subtrees left of the new ones ((level, index) -> hash). Known from the two
    sizes alone, so they can be read before the new leaves are (:func:`compute_nodes`)."""
    prefix: dict[int, bytes] = {}
    stored: dict[tuple[int, int], bytes] = {}
    if new >> LOW == old >> LOW:
        return prefix, stored
    prefix_start = (old >> LOW) << LOW
    if prefix_start < old:
        for idx, h in session.execute(
            select(_leaf_t.c.idx, _leaf_t.c.hash).where(
                _leaf_t.c.idx >= prefix_start, _leaf_t.c.idx < old
            )
        ):
            prefix[idx] = bytes(h)
    # a child of a new node is computed anew when its range reaches ``old`` (level lv:
    # indexes from old >> lv on); those left of it are stored
    want = []
    level = LOW + 1
    while new >> level > old >> level:
        for i in range(old >> level, new >> level):
            for c in (2 * i, 2 * i + 1):
                if c < old >> (level - 1):
                    want.append((level - 1, c))
        level += 1
    if want:
        for lv, idx, h in session.execute(
            select(_node_t.c.level, _node_t.c.idx, _node_t.c.hash).where(
                tuple_(_node_t.c.level, _node_t.c.idx).in_(want)
            )
        ):
            stored[(lv, idx)] = bytes(h)
    return prefix, stored


def compute_nodes(
    old: int,
    new: int,
    leaves: Sequence[bytes],
    stored: dict[tuple[int, int], bytes],
) -> list[dict[str, Any]]:
    """The rows of ``merkle_node`` for the subtrees of level >= LOW completed between sizes
    ``old`` and ``new``: ``leaves`` are the leaf hashes from the start of ``old``'s block
    (index ``(old >> LOW) << LOW``) on, ``stored`` what :func:`node_inputs` read. Pure: no
    database."""
    if new >> LOW == old >> LOW:
        return []
    base = (old >> LOW) << LOW
    made: dict[tuple[int, int], bytes] = dict(stored)
    for b in range(old >> LOW, new >> LOW):
        lo = (b << LOW) - base
        made[(LOW, b)] = merkle.hash_level(leaves[lo : lo + BLOCK])
    level = LOW + 1
    while new >> level > old >> level:
        for i in range(old >> level, new >> level):
            made[(level, i)] = merkle.node_hash(
                made[(level - 1, 2 * i)], made[(level - 1, 2 * i + 1)]
            )
        level += 1
    return [
        {"level": lv, "idx": i, "hash": h}
        for (lv, i), h in made.items()
        if (lv, i) not in stored and (i + 1) << lv > old  # only the newly completed ones
    ]


def _insert_leaves(session: Session, first: int, items: Sequence[tuple[str | None, bytes]]) -> None:
    """Bulk insert of leaf rows through the driver (SQLAlchemy's executemany costs ~20 µs a
    row; this ~2): COPY on PostgreSQL, executemany on SQLite."""
    conn = session.connection() if isinstance(session, Session) else session
    cur = conn.connection.dbapi_connection.cursor()
    try:
        if conn.dialect.name == "postgresql":
            with cur.copy("COPY merkle_leaf (idx, entry_id, hash) FROM STDIN") as copy:
                for i, (eid, h) in enumerate(items, first):
                    copy.write_row((i, eid, h))
        else:
            cur.executemany(
                "INSERT INTO merkle_leaf (idx, entry_id, hash) VALUES (?, ?, ?)",
                [(i, eid, h) for i, (eid, h) in enumerate(items, first)],
            )
    finally:
        cur.close()


def _append_hashes(session: Session, items: Sequence[tuple[str | None, bytes]]) -> tuple[int, int]:
    """Append leaves ``(entry_id or None, leaf hash)``; returns (first index, new size)."""
    old = tree_size(session, lock=True)
    new = old + len(items)
    if not items:
        return old, old
    _insert_leaves(session, old, items)
    _store_nodes(session, old, new, {old + i: h for i, (_, h) in enumerate(items)})
    session.execute(update(MerkleState).where(MerkleState.id == 1).values(size=new))
    return old, new


def append_entries(
    session: Session,
    rows: Iterable[Mapping[str, Any] | Sequence[Any]],
    *,
    columns: Sequence[str] = ENTRY_COLUMNS,
    keys: IntegrityKeys | None = None,
) -> tuple[int, int]:
    """Append new access entries (mappings of ``access_entry`` columns, or tuples in
    ``columns`` order) to the tree, and count them per source and day. Call it in the
    transaction that stores the entries. Returns (first leaf index, new tree size)."""
    keys = keys or integrity_keys(_url(session))
    hasher = TupleHasher(columns, keys.salt_key)
    id_i, time_i = columns.index("id"), columns.index("time")
    sys_i = columns.index("system_name") if "system_name" in columns else None
    items: list[tuple[str | None, bytes]] = []
    per_day: Counter[tuple[str, date]] = Counter()
    local_day: dict[tuple[int, int, int, int], date] = {}
    for row in rows:
        if isinstance(row, Mapping):
            row = tuple(row.get(c) for c in columns)
        items.append((str(row[id_i]), hasher(row)))
        t: datetime = row[time_i]
        hour = (t.year, t.month, t.day, t.hour)
        day = local_day.get(hour)
        if day is None:
            day = local_day[hour] = to_local(t).date()
        per_day[((row[sys_i] if sys_i is not None else None) or "", day)] += 1
    first, new = _append_hashes(session, items)
    if per_day:
        stmt = _upsert(session, SourceDay.__table__)
        stmt = stmt.on_conflict_do_update(
            index_elements=["system", "day"],
            set_={"received": SourceDay.__table__.c.received + stmt.excluded.received},
        )
        session.execute(
            stmt, [{"system": s, "day": d, "received": n} for (s, d), n in per_day.items()]
        )
    return first, new


def record_leaf(kind: str, content: Mapping[str, Any]) -> bytes:
    return canonical({"v": 1, "kind": kind, **content})


def append_record(session: Session, kind: str, content: Mapping[str, Any]) -> int:
    """Append a record leaf (not an access entry); returns its index."""
    body = record_leaf(kind, content)
    first, _ = _append_hashes(session, [(None, merkle.leaf_hash(body))])
    session.add(MerkleRecord(idx=first, kind=kind, content=body.decode()))
    return first


def _digest_of(indexes: Iterable[int]) -> str:
    h = hashlib.sha256()
    for i in sorted(indexes):
        h.update(i.to_bytes(8, "big"))
    return h.hexdigest()


def record_retention(session: Session, entry_ids_query: Any, *, cutoff: date) -> int | None:
    """Before retention deletes entries: append a record of which leaves go, and mark them.

    ``entry_ids_query`` selects the ids of the entries about to be removed. Returns the record's
    leaf index (None when nothing goes)."""
    idxs = list(
        session.scalars(select(_leaf_t.c.idx).where(_leaf_t.c.entry_id.in_(entry_ids_query)))
    )
    if not idxs:
        return None
    rec = append_record(
        session,
        "retention",
        {"cutoff": cutoff.isoformat(), "removed": len(idxs), "leaves": _digest_of(idxs)},
    )
    for i in range(0, len(idxs), 5000):
        session.execute(
            update(MerkleLeaf)
            .where(MerkleLeaf.idx.in_(idxs[i : i + 5000]))
            .values(retained_by=rec)
            .execution_options(synchronize_session=False)
        )
    return rec


def catch_up(session: Session, *, batch: int = 50_000) -> int:
    """Append every access entry that has no leaf yet (entries stored before the tree existed),
    oldest first. Returns how many were appended."""
    done = 0
    while True:
        missing = (
            select(_entry_t)
            .where(~select(_leaf_t.c.idx).where(_leaf_t.c.entry_id == _entry_t.c.id).exists())
            .order_by(_entry_t.c.time, _entry_t.c.id)
            .limit(batch)
        )
        rows = [dict(r._mapping) for r in session.execute(missing)]
        if not rows:
            return done
        append_entries(session, rows)
        done += len(rows)


# -- signed tree heads (C2SP checkpoints as signed notes) ---------------------------------------


def checkpoint_body(origin: str, size: int, root_hash: bytes, at: datetime) -> str:
    ts = int((at - datetime(1970, 1, 1)).total_seconds())
    return f"{origin}\n{size}\n{base64.b64encode(root_hash).decode()}\ntimestamp {ts}\n"


def sign_note(body: str, keys: IntegrityKeys) -> str:
    sig = keys.signer.sign(body.encode())
    return f"{body}\n\u2014 {keys.name} {base64.b64encode(keys.key_hash + sig).decode()}\n"


@dataclass
class Checkpoint:
    origin: str
    size: int
    root: bytes
    timestamp: int


def open_note(note: str, verifier_key: str) -> Checkpoint:
    """Verify a signed checkpoint with a verifier key (``name+hash+base64``); raise
    :class:`merkle.ProofError` unless it is signed by that key. Returns its content."""
    try:
        name, hash_hex, blob = verifier_key.split("+", 2)  # names never hold "+"
        raw = base64.b64decode(blob, validate=True)
        if raw[0] != 0x01 or len(raw) != 33:
            raise ValueError
        public = raw[1:]
        if key_hash(name, public).hex() != hash_hex:
            raise ValueError
        body, sep, sigs = note.rpartition("\n\n")
        if not sep:
            raise ValueError
        body += "\n"
    except (ValueError, IndexError):
        raise merkle.ProofError("nøglen eller træhovedet har forkert form") from None
    ok = False
    for line in sigs.splitlines():
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != "\u2014" or parts[1] != name:
            continue
        try:
            sig = base64.b64decode(parts[2], validate=True)
        except ValueError:
            continue
        if sig[:4].hex() != hash_hex:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(sig[4:], body.encode())
            ok = True
        except InvalidSignature:
            raise merkle.ProofError("signaturen på træhovedet passer ikke") from None
    if not ok:
        raise merkle.ProofError("træhovedet er ikke underskrevet med nøglen")
    lines = body.split("\n")
    try:
        ts = next(int(x.split(" ")[1]) for x in lines[3:] if x.startswith("timestamp "))
        return Checkpoint(lines[0], int(lines[1]), base64.b64decode(lines[2], validate=True), ts)
    except (ValueError, IndexError, StopIteration):
        raise merkle.ProofError("træhovedet har forkert form") from None


def latest_head(session: Session) -> TreeHead | None:
    return session.scalars(select(TreeHead).order_by(TreeHead.size.desc()).limit(1)).first()


def sign_head(session: Session, at: datetime | None = None) -> TreeHead | None:
    """Sign and store a tree head for the current size, unless the newest head has it already.
    Returns the new head (None when nothing was appended since the last one)."""
    keys = integrity_keys(_url(session))
    size, root_hash = root(session)
    last = latest_head(session)
    if size == 0 or (last is not None and last.size >= size):
        return None
    at = (at or utcnow()).replace(microsecond=0)
    note = sign_note(checkpoint_body(keys.name, size, root_hash, at), keys)
    head = TreeHead(size=size, root=root_hash, at=at, note=note)
    session.add(head)
    session.flush()
    return head


def head_for(session: Session, size: int | None) -> TreeHead:
    head = latest_head(session) if size is None else session.get(TreeHead, size)
    if head is None:
        raise NotFound("der er intet underskrevet træhoved af den størrelse")
    return head


# -- proofs -------------------------------------------------------------------------------------


def _b64(h: bytes) -> str:
    return base64.b64encode(h).decode()


def _unb64(values: Iterable[str]) -> list[bytes]:
    try:
        return [base64.b64decode(v, validate=True) for v in values]
    except (ValueError, TypeError):
        raise merkle.ProofError("beviset indeholder noget, der ikke er base64") from None


def inclusion_proof(session: Session, entry_id: str, size: int | None = None) -> dict[str, Any]:
    """The inclusion proof of an entry against a signed head (default: the newest), with the
    leaf itself so the citizen can compare it with their log."""
    leaf_row = session.execute(
        select(_leaf_t.c.idx, _leaf_t.c.hash).where(_leaf_t.c.entry_id == entry_id)
    ).first()
    if leaf_row is None:
        raise NotFound("logposten er ikke i den manipulationssikre log endnu")
    idx, leaf_hash = leaf_row
    head = head_for(session, size)
    if idx >= head.size:
        raise NotFound("logposten er ikke omfattet af et underskrevet træhoved endnu")
    entry = session.execute(select(_entry_t).where(_entry_t.c.id == entry_id)).first()
    if entry is None:
        raise NotFound("logposten findes ikke (længere)")
    keys = integrity_keys(_url(session))
    leaf = entry_leaf(dict(entry._mapping), keys.salt_key)
    tree = StoredTree(session)
    ranges = merkle.inclusion_ranges(idx, head.size)
    tree.prefetch(ranges)
    proof = [tree.range_hash(a, b) for a, b in ranges]
    return {
        "entry": entry_id,
        "leaf_index": idx,
        "tree_size": head.size,
        "leaf": leaf,
        "leaf_hash": _b64(bytes(leaf_hash)),
        "proof": [_b64(p) for p in proof],
        "checkpoint": head.note,
        "verifier_key": keys.verifier_key,
    }


def consistency_proof(session: Session, first: int, second: int | None = None) -> dict[str, Any]:
    """The consistency proof between two signed heads (default second: the newest)."""
    a = head_for(session, first)
    b = head_for(session, second)
    if a.size > b.size:
        raise Invalid("det første træhoved skal være det mindste")
    tree = StoredTree(session)
    ranges = merkle.consistency_ranges(a.size, b.size)
    tree.prefetch(ranges)
    keys = integrity_keys(_url(session))
    return {
        "first": {"size": a.size, "checkpoint": a.note},
        "second": {"size": b.size, "checkpoint": b.note},
        "proof": [_b64(tree.range_hash(x, y)) for x, y in ranges],
        "verifier_key": keys.verifier_key,
    }


def check_inclusion(doc: Mapping[str, Any], verifier_key: str | None = None) -> Checkpoint:
    """Check an inclusion-proof document offline (what ``indsigt proof check`` does): the leaf
    hashes to ``leaf_hash``, the proof leads to the checkpoint's root, and the checkpoint is
    signed by the verifier key (pin the key you trust instead of the document's own)."""
    key = verifier_key or doc["verifier_key"]
    cp = open_note(doc["checkpoint"], key)
    leaf_hash = merkle.leaf_hash(canonical(doc["leaf"]))
    if _b64(leaf_hash) != doc["leaf_hash"]:
        raise merkle.ProofError("logposten passer ikke med sin hashværdi")
    if cp.size != doc["tree_size"]:
        raise merkle.ProofError("træhovedets størrelse passer ikke med beviset")
    proof = _unb64(doc["proof"])
    merkle.verify_inclusion(leaf_hash, doc["leaf_index"], cp.size, proof, cp.root)
    return cp


def check_consistency(doc: Mapping[str, Any], verifier_key: str | None = None) -> None:
    key = verifier_key or doc["verifier_key"]
    a = open_note(doc["first"]["checkpoint"], key)
    b = open_note(doc["second"]["checkpoint"], key)
    proof = _unb64(doc["proof"])
    merkle.verify_consistency(a.size, b.size, a.root, b.root, proof)


# -- verification of the whole store ------------------------------------------------------------


@dataclass
class VerifyReport:
    size: int = 0
    heads: int = 0
    entries_checked: int = 0
    retained: int = 0
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)
    bad_leaves: list[int] = field(default_factory=list)
    bad_nodes: list[tuple[int, int]] = field(default_factory=list)
    bad_heads: list[str] = field(default_factory=list)
    bad_records: list[int] = field(default_factory=list)
    unsigned: int = 0

    @property
    def ok(self) -> bool:
        return not (
            self.changed
            or self.removed
            or self.inserted
            or self.bad_leaves
            or self.bad_nodes
            or self.bad_heads
            or self.bad_records
        )

    def as_dict(self, limit: int = 100) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "tree_size": self.size,
            "heads": self.heads,
            "entries_checked": self.entries_checked,
            "retained": self.retained,
            "unsigned_leaves": self.unsigned,
            "changed": self.changed[:limit],
            "removed": self.removed[:limit],
            "inserted": self.inserted[:limit],
            "bad_leaves": self.bad_leaves[:limit],
            "bad_nodes": [list(n) for n in self.bad_nodes[:limit]],
            "bad_heads": self.bad_heads[:limit],
            "bad_records": self.bad_records[:limit],
            "counts": {
                k: len(getattr(self, k))
                for k in (
                    "changed",
                    "removed",
                    "inserted",
                    "bad_leaves",
                    "bad_nodes",
                    "bad_heads",
                    "bad_records",
                )
            },
        }


def verify(session: Session, *, chunk: int = 20_000) -> VerifyReport:
    """Recompute the whole tree from the entries and compare with what is stored and signed."""
    keys = integrity_keys(_url(session))
    rep = VerifyReport(size=tree_size(session))
    heads = list(session.scalars(select(TreeHead).order_by(TreeHead.size)))
    rep.heads = len(heads)
    records = {r.idx: r for r in session.scalars(select(MerkleRecord))}  # few
    retained_by: dict[int, list[int]] = {}
    stored_nodes = {
        (lv, i): bytes(h)
        for lv, i, h in session.execute(select(_node_t.c.level, _node_t.c.idx, _node_t.c.hash))
    }
    made: dict[tuple[int, int], bytes] = {}
    block: list[bytes] = []
    head_iter = iter(heads)
    head = next(head_iter, None)
    sha = hashlib.sha256
    pos = 0

    def complete(level: int, i: int, h: bytes) -> None:
        made[(level, i)] = h
        if (level, i) in stored_nodes and stored_nodes[(level, i)] != h:
            rep.bad_nodes.append((level, i))
        if i & 1:
            complete(level + 1, i >> 1, merkle.node_hash(made[(level, i - 1)], h))

    def subtree(start: int, size: int) -> bytes:
        level = size.bit_length() - 1
        if level >= LOW:
            return made[(level, start >> level)]
        base = (start >> LOW) << LOW
        return merkle.hash_level(block[start - base : start - base + size])

    def check_heads(upto: int) -> None:
        nonlocal head
        while head is not None and head.size <= upto:
            try:
                cp = open_note(head.note, keys.verifier_key)
                if cp.size != head.size or cp.root != bytes(head.root):
                    raise merkle.ProofError("træhovedets indhold passer ikke")
                if merkle.range_hash(subtree, 0, head.size) != cp.root:
                    raise merkle.ProofError("roden passer ikke med logposterne")
            except (merkle.ProofError, KeyError) as exc:
                rep.bad_heads.append(f"{head.size}: {exc}")
            head = next(head_iter, None)

    last_idx = -1
    gap = False
    while not gap:
        q = (
            select(_leaf_t, _entry_t)
            .select_from(_leaf_t.outerjoin(_entry_t, _entry_t.c.id == _leaf_t.c.entry_id))
            .where(_leaf_t.c.idx > last_idx)
            .order_by(_leaf_t.c.idx)
            .limit(chunk)
        )
        rows = session.execute(q).all()
        if not rows:
            break
        for r in rows:
            m = r._mapping
            idx = m[_leaf_t.c.idx]
            last_idx = idx
            if idx != pos:  # a leaf row is missing (deleted from merkle_leaf)
                rep.bad_leaves.append(pos)
                gap = True
                break
            stored = bytes(m[_leaf_t.c.hash])
            entry_id = m[_leaf_t.c.entry_id]
            if entry_id is None:
                rec = records.get(idx)
                if rec is None or merkle.leaf_hash(rec.content.encode()) != stored:
                    rep.bad_records.append(idx)
            elif m[_entry_t.c.id] is None:
                rb = m[_leaf_t.c.retained_by]
                if rb is None:
                    rep.removed.append(entry_id)
                else:
                    retained_by.setdefault(rb, []).append(idx)
                    rep.retained += 1
            else:
                row = {c.name: m[c] for c in _entry_t.columns}
                leaf = entry_leaf(row, keys.salt_key)
                if (
                    m[_leaf_t.c.retained_by] is not None  # marked removed, yet still there
                    or sha(b"\x00" + canonical(leaf)).digest() != stored
                ):
                    rep.changed.append(entry_id)
                rep.entries_checked += 1
            block.append(stored)
            pos += 1
            if pos % BLOCK == 0:
                complete(LOW, (pos >> LOW) - 1, merkle.hash_level(block))
                check_heads(pos)
                block = []
            elif head is not None and head.size == pos:
                check_heads(pos)
    if pos != rep.size:
        rep.bad_leaves.append(pos)
    check_heads(pos)
    if head is not None:  # heads beyond the leaves
        for h in [head, *head_iter]:
            rep.bad_heads.append(f"{h.size}: træhovedet er større end træet")
    last_signed = heads[-1].size if heads else 0
    rep.unsigned = max(0, pos - last_signed)
    # retention records: each covers exactly the leaves it marked
    for idx, rec in records.items():
        if rec.kind != "retention":
            continue
        try:
            content = json.loads(rec.content)
        except ValueError:
            rep.bad_records.append(idx)
            continue
        got = retained_by.pop(idx, [])
        if content.get("removed") != len(got) or content.get("leaves") != _digest_of(got):
            rep.bad_records.append(idx)
    for rb, idxs in retained_by.items():  # marked by something that is not a retention record
        rep.bad_records.append(rb)
        rep.removed.extend(str(i) for i in idxs)
    # entries stored without a leaf
    q = select(_entry_t.c.id).where(
        ~select(_leaf_t.c.idx).where(_leaf_t.c.entry_id == _entry_t.c.id).exists()
    )
    rep.inserted = list(session.scalars(q.limit(10_000)))
    return rep


__all__ = [
    "BLOCK",
    "Checkpoint",
    "StoredTree",
    "VerifyReport",
    "append_entries",
    "append_record",
    "catch_up",
    "check_consistency",
    "check_inclusion",
    "consistency_proof",
    "head_for",
    "inclusion_proof",
    "latest_head",
    "open_note",
    "record_retention",
    "root",
    "sign_head",
    "tree_size",
    "verify",
]
