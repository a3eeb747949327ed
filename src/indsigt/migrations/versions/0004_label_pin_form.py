"""label_pin: the form of a label (titled or untitled) is part of the pin

A label never changes between a titled and an untitled form with the same code: when an order
that hides the job title ("keep_title": false) comes to cover a person already shown with a title,
the person gets a new, unrelated code in the untitled form; once shown untitled, a person stays
untitled toward that citizen. So the pin's key becomes (patient, staff, form). Pins made before
this revision are titled pins.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 10:00:00
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _new_key(columns: list[str]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("label_pin_pkey", "label_pin", type_="primary")
        op.create_primary_key("label_pin_pkey", "label_pin", columns)
        return
    # SQLite cannot alter a primary key: the table is copied (batch mode); the reflected key
    # columns keep their old flag until the new key replaces it, which SQLAlchemy warns about
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Table '_alembic_tmp_label_pin' specifies columns")
        with op.batch_alter_table("label_pin", recreate="always") as batch_op:
            batch_op.create_primary_key("label_pin_pkey", columns)


def upgrade() -> None:
    op.add_column(
        "label_pin",
        sa.Column("form", sa.String(length=8), server_default=sa.text("'titled'"), nullable=False),
    )
    _new_key(["patient_id", "staff_id", "form"])


def downgrade() -> None:
    op.execute("DELETE FROM label_pin WHERE form <> 'titled'")
    _new_key(["patient_id", "staff_id"])
    with op.batch_alter_table("label_pin") as batch_op:
        batch_op.drop_column("form")
