"""tamper-evident log (RFC 9162 Merkle tree, signed tree heads) and source completeness

Adds ``merkle_leaf``, ``merkle_node``, ``merkle_record``, ``merkle_state``, ``tree_head`` and
``source_day`` (see ``store/integrity.py``). Entries stored before this revision have no leaves;
``indsigt verify --catch-up`` (or the first import after the upgrade) appends them, oldest first.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-04 19:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "merkle_leaf",
        sa.Column("idx", BIGINT, autoincrement=False, nullable=False),
        sa.Column("entry_id", sa.String(length=128), nullable=True),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("retained_by", BIGINT, nullable=True),
        sa.PrimaryKeyConstraint("idx"),
    )
    op.create_index("ix_merkle_leaf_entry", "merkle_leaf", ["entry_id"], unique=True)
    op.create_table(
        "merkle_node",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("idx", BIGINT, autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("level", "idx"),
    )
    op.create_table(
        "merkle_record",
        sa.Column("idx", BIGINT, autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("idx"),
    )
    op.create_table(
        "merkle_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("size", BIGINT, nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO merkle_state (id, size) VALUES (1, 0)")
    op.create_table(
        "tree_head",
        sa.Column("size", BIGINT, autoincrement=False, nullable=False),
        sa.Column("root", sa.LargeBinary(length=32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("size"),
    )
    op.create_table(
        "source_day",
        sa.Column("system", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("received", BIGINT, nullable=False),
        sa.Column("declared", BIGINT, nullable=True),
        sa.Column("declared_at", sa.DateTime(), nullable=True),
        sa.Column("declared_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("system", "day"),
    )


def downgrade() -> None:
    op.drop_table("source_day")
    op.drop_table("tree_head")
    op.drop_table("merkle_state")
    op.drop_table("merkle_record")
    op.drop_index("ix_merkle_leaf_entry", table_name="merkle_leaf")
    op.drop_table("merkle_leaf")
    op.drop_table("merkle_node")
