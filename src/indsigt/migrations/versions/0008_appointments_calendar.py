"""appointments: the citizen's secret calendar feed and appointment reminders

``calendar_feed`` keeps the SHA-256 of each citizen's calendar token (never the token);
``appointment_reminder`` the opt-in (e-mail, days before); ``appointment_reminder_sent`` what
has been reminded of (per appointment and start time).

Revision ID: 0008
Revises: 0011
Create Date: 2026-12-04 19:35:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_feed",
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("patient_id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "appointment_reminder",
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("days_before", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("patient_id"),
    )
    op.create_table(
        "appointment_reminder_sent",
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("appointment_id", sa.String(length=128), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("patient_id", "appointment_id", "start"),
    )


def downgrade() -> None:
    op.drop_table("appointment_reminder_sent")
    op.drop_table("appointment_reminder")
    op.drop_table("calendar_feed")
