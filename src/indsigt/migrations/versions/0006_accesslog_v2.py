"""access log v2: cells per citizen in one row, template evidence, the operator's service
relations, the privacy officer's review queue

- ``accesslog_cell`` (a row per cell) gives way to ``accesslog_patient.cells`` (a citizen's cells
  in one row: writing 5 million rows was most of the precomputation, reading thousands most of a
  heavy citizen's view) and ``accesslog_userday`` (the user-days with unexplained lookups);
- ``accesslog_template.weeks`` / ``lift``: the evidence behind a mined template;
- ``accesslog_service``: service relations the operator maintains (``indsigt services``);
- ``accesslog_review``: accesses with a relationship flag, for the privacy officer.

The rule version of the access log changes with this revision, so the next refresh recomputes
every cell (nothing needs converting here).

Revision ID: 0006
Revises: 0010
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accesslog_cell", schema=None) as batch_op:
        batch_op.drop_index("ix_accesslog_cell_unexplained")
        batch_op.drop_index("ix_accesslog_cell_patient")
    op.drop_table("accesslog_cell")
    # the cells are recomputed by the next refresh (the rule version changes too); until then
    # views compute from the entries
    op.execute("DELETE FROM accesslog_state WHERE key = 'stamp'")
    with op.batch_alter_table("accesslog_patient", schema=None) as batch_op:
        batch_op.add_column(sa.Column("n_cells", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("cells", sa.LargeBinary(), nullable=True))
    op.create_table(
        "accesslog_userday",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("actor", sa.String(length=260), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("accesslog_userday", schema=None) as batch_op:
        batch_op.create_index("ix_accesslog_userday_actor", ["actor", "day"], unique=False)
        batch_op.create_index("ix_accesslog_userday_patient", ["patient_id"], unique=False)
    with op.batch_alter_table("accesslog_template", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weeks", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("lift", sa.Float(), server_default="0", nullable=False))
    op.create_table(
        "accesslog_service",
        sa.Column("user_org", sa.String(length=128), nullable=False),
        sa.Column("relation_org", sa.String(length=128), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("added_by", sa.String(length=200), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("user_org", "relation_org"),
    )
    op.create_table(
        "accesslog_review",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("actor", sa.String(length=260), nullable=False),
        sa.Column("org_id", sa.String(length=128), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("flags", sa.Integer(), nullable=False),
        sa.Column("explained", sa.Boolean(), nullable=False),
        sa.Column("rule", sa.String(length=16), nullable=False),
        sa.Column("rel", sa.String(length=160), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("first", sa.BigInteger(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("stale", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("patient_id", "actor", "org_id", "day", name="uq_accesslog_review_key"),
    )
    with op.batch_alter_table("accesslog_review", schema=None) as batch_op:
        batch_op.create_index("ix_accesslog_review_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("accesslog_review", schema=None) as batch_op:
        batch_op.drop_index("ix_accesslog_review_status")
    op.drop_table("accesslog_review")
    op.drop_table("accesslog_service")
    with op.batch_alter_table("accesslog_template", schema=None) as batch_op:
        batch_op.drop_column("lift")
        batch_op.drop_column("weeks")
    with op.batch_alter_table("accesslog_userday", schema=None) as batch_op:
        batch_op.drop_index("ix_accesslog_userday_patient")
        batch_op.drop_index("ix_accesslog_userday_actor")
    op.drop_table("accesslog_userday")
    op.execute("DELETE FROM accesslog_state WHERE key = 'stamp'")
    with op.batch_alter_table("accesslog_patient", schema=None) as batch_op:
        batch_op.drop_column("cells")
        batch_op.drop_column("n_cells")
    op.create_table(
        "accesslog_cell",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=260), nullable=False),
        sa.Column("display", sa.String(length=300), nullable=True),
        sa.Column("org_id", sa.String(length=128), nullable=False),
        sa.Column("cls", sa.String(length=1), nullable=False),
        sa.Column("rule", sa.String(length=16), nullable=False),
        sa.Column("rel", sa.String(length=160), nullable=False),
        sa.Column("flags", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("first", sa.BigInteger(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("accesslog_cell", schema=None) as batch_op:
        batch_op.create_index("ix_accesslog_cell_patient", ["patient_id"], unique=False)
        batch_op.create_index(
            "ix_accesslog_cell_unexplained",
            ["actor", "day"],
            unique=False,
            sqlite_where=sa.text("cls IN ('u', 'f')"),
            postgresql_where=sa.text("cls IN ('u', 'f')"),
        )
