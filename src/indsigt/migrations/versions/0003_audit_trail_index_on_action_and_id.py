"""audit trail index on (action, id)

Views ask for the newest row of one action on every request (the last retention run, for "how
far back the log goes"; the demo scenario on the sign-in page); without the index the database
reads the trail backwards past every sign-in recorded since, so views slowed down as the trail
grew.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 07:55:10.127840
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_trail", schema=None) as batch_op:
        batch_op.create_index("ix_audit_trail_action_id", ["action", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_trail", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_trail_action_id")
