"""accesslog_dirty: the citizens an import gave new log entries, for an incremental refresh

The importer marks them in the transaction of the entries; ``accesslog.refresh`` recomputes just
these citizens and removes the rows. This replaces the SQLite-only ``rowid`` mark in
``accesslog_state`` (removed here), so the incremental refresh works on PostgreSQL too. No cells
are invalidated: the stamp still says which imports they reflect, and an import made before this
revision without a refresh after it makes the next refresh a full one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 07:24:36.152067
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accesslog_dirty",
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("mark", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("patient_id"),
    )
    op.execute("DELETE FROM accesslog_state WHERE key = 'rowid'")


def downgrade() -> None:
    # without the rowid mark the older code refreshes in full: never stale
    op.drop_table("accesslog_dirty")
