"""Tables of the tamper-evident access log and of source completeness (``indsigt.integrity``).

No business rules here (see ``integrity/log.py`` and ``integrity/completeness.py``).

- ``merkle_leaf``: one row per leaf of the RFC 9162 Merkle tree, in append order: the entry it
  stands for and its leaf hash. Retention removes entries but keeps their leaf rows, marked with
  the leaf of the retention record that removed them (``retained_by``).
- ``merkle_node``: hashes of the complete subtrees of 256 leaves and more (level >= 8); lower
  levels are computed from the leaf hashes when needed (at most 255 hashes).
- ``merkle_record``: the content of leaves that are not access entries (retention records).
- ``merkle_state``: the tree size (one row), locked while appending.
- ``tree_head``: every signed tree head (checkpoint) published, by size.
- ``source_day``: per logging system and local day, the entries received and, when the source
  declared it, the number it says it sent.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID

BIGINT = BigInteger().with_variant(Integer, "sqlite")


class MerkleLeaf(Base):
    __tablename__ = "merkle_leaf"
    idx: Mapped[int] = mapped_column(BIGINT, primary_key=True, autoincrement=False)
    #: the access entry (null for a record leaf)
    entry_id: Mapped[str | None] = mapped_column(ID)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    #: the leaf index of the retention record that removed the entry
    retained_by: Mapped[int | None] = mapped_column(BIGINT)

    __table_args__ = (Index("ix_merkle_leaf_entry", "entry_id", unique=True),)


class MerkleNode(Base):
    __tablename__ = "merkle_node"
    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(BIGINT, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class MerkleRecord(Base):
    __tablename__ = "merkle_record"
    idx: Mapped[int] = mapped_column(BIGINT, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)


class MerkleState(Base):
    __tablename__ = "merkle_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(BIGINT)


class TreeHead(Base):
    __tablename__ = "tree_head"
    size: Mapped[int] = mapped_column(BIGINT, primary_key=True, autoincrement=False)
    root: Mapped[bytes] = mapped_column(LargeBinary(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    #: the C2SP signed note (checkpoint body + signature line), exactly as published
    note: Mapped[str] = mapped_column(Text)


class SourceDay(Base):
    __tablename__ = "source_day"
    system: Mapped[str] = mapped_column(String(200), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    received: Mapped[int] = mapped_column(BIGINT, default=0)
    declared: Mapped[int | None] = mapped_column(BIGINT)
    declared_at: Mapped[datetime | None] = mapped_column(DateTime)
    declared_by: Mapped[str | None] = mapped_column(String(200))


__all__ = ["MerkleLeaf", "MerkleNode", "MerkleRecord", "MerkleState", "SourceDay", "TreeHead"]
