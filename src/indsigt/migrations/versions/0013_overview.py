"""overview_cell, overview_source: the privacy officer's overview (issue 17)

The cells nothing explains or that carry a flag, one row each (``indsigt.analytics.overview``),
and a checksum per citizen of the cells they came from. Both are derived data: written by
``indsigt analyze`` and brought up to date by the overview from ``accesslog_patient``.

Revision ID: 0013
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "overview_cell",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
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
        sa.Column("behalf", sa.String(length=260), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_overview_cell_actor", "overview_cell", ["actor", "day"])
    op.create_index("ix_overview_cell_org", "overview_cell", ["org_id", "day"])
    op.create_index("ix_overview_cell_week", "overview_cell", ["week"])
    op.create_index("ix_overview_cell_patient", "overview_cell", ["patient_id"])
    op.create_table(
        "overview_source",
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("crc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("patient_id"),
    )


def downgrade() -> None:
    op.drop_table("overview_source")
    op.drop_index("ix_overview_cell_patient", table_name="overview_cell")
    op.drop_index("ix_overview_cell_week", table_name="overview_cell")
    op.drop_index("ix_overview_cell_org", table_name="overview_cell")
    op.drop_index("ix_overview_cell_actor", table_name="overview_cell")
    op.drop_table("overview_cell")
