"""sessions, staff identities, rate limits, leases, mail outbox, e-mail confirmations

Server-side sessions (``auth_session``: the cookie holds a random id, the row its hash), staff
identities linked by (issuer, ``sub``) (``app_user_identity``), rate-limit counters shared by every
worker (``rate_counter``), per-user leases on expensive requests (``busy_lease``), the outbox of
e-mails sent by the background sender (``mail_outbox``) and the double opt-in of alert addresses
(``email_confirmation``). New tables only. Existing sessions (signed cookies) end: everybody signs
in once more.

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-28 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "auth_session",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("principal_id", sa.String(length=128), nullable=False),
        sa.Column("dev", sa.Boolean(), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("acting_for", sa.String(length=128), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("end_reason", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_auth_session_principal", "auth_session", ["principal_id"])
    op.create_index("ix_auth_session_created", "auth_session", ["created_at"])
    op.create_table(
        "app_user_identity",
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("user_id", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("issuer", "subject"),
    )
    op.create_index("ix_app_user_identity_user", "app_user_identity", ["user_id"])
    op.create_table(
        "rate_counter",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "window"),
    )
    op.create_index("ix_rate_counter_window", "rate_counter", ["window"])
    op.create_table(
        "busy_lease",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=64), nullable=False),
        sa.Column("until", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", "slot"),
    )
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=True),
        sa.Column("to_addr", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("alert_message_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("claimed_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mail_outbox_due", "mail_outbox", ["status", "next_attempt_at"])
    op.create_table(
        "email_confirmation",
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("patient_id", "email"),
        sa.UniqueConstraint("token_hash"),
    )


def downgrade() -> None:
    op.drop_table("email_confirmation")
    op.drop_index("ix_mail_outbox_due", table_name="mail_outbox")
    op.drop_table("mail_outbox")
    op.drop_table("busy_lease")
    op.drop_index("ix_rate_counter_window", table_name="rate_counter")
    op.drop_table("rate_counter")
    op.drop_index("ix_app_user_identity_user", table_name="app_user_identity")
    op.drop_table("app_user_identity")
    op.drop_index("ix_auth_session_created", table_name="auth_session")
    op.drop_index("ix_auth_session_principal", table_name="auth_session")
    op.drop_table("auth_session")
