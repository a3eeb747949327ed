"""pregnancy record tables (issue 16)

The shared pregnancy record: pregnancies (cached header values), their care team, their visits
(links to relation rows), and elements with every version ever written (append-only; the
current version number is the compare-and-set of optimistic concurrency). Only new tables: no
existing table or row is touched, so the upgrade is instant and the downgrade drops just these.

Revision ID: 0010
Revises: 0012
Create Date: 2026-12-04 18:56:08.401368
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "preg_element",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("pregnancy_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("section", sa.String(length=16), nullable=False),
        sa.Column("doc", sa.String(length=8), nullable=False),
        sa.Column("visit_id", sa.String(length=128), nullable=True),
        sa.Column("fetus", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("preg_element", schema=None) as batch_op:
        batch_op.create_index("ix_preg_element_pregnancy", ["pregnancy_id", "kind"], unique=False)

    op.create_table(
        "preg_element_version",
        sa.Column("element_id", sa.String(length=128), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("effective", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("author_kind", sa.String(length=16), nullable=False),
        sa.Column("author_staff_id", sa.String(length=128), nullable=True),
        sa.Column("author_role_id", sa.String(length=128), nullable=True),
        sa.Column("author_org_id", sa.String(length=128), nullable=True),
        sa.Column("author_profession", sa.String(length=32), nullable=True),
        sa.Column("author_patient_id", sa.String(length=128), nullable=True),
        sa.Column("author_display", sa.String(length=300), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("element_id", "version"),
    )
    op.create_table(
        "preg_pregnancy",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("organization_id", sa.String(length=128), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=True),
        sa.Column("end", sa.DateTime(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_basis", sa.String(length=16), nullable=True),
        sa.Column("gravida", sa.Integer(), nullable=True),
        sa.Column("para", sa.Integer(), nullable=True),
        sa.Column("birthplace_id", sa.String(length=128), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("preg_pregnancy", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_preg_pregnancy_patient_id"), ["patient_id"], unique=False
        )

    op.create_table(
        "preg_team",
        sa.Column("pregnancy_id", sa.String(length=128), nullable=False),
        sa.Column("organization_id", sa.String(length=128), nullable=False),
        sa.Column("profession", sa.String(length=32), nullable=True),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("pregnancy_id", "organization_id"),
    )
    with op.batch_alter_table("preg_team", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_preg_team_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "preg_visit",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("pregnancy_id", sa.String(length=128), nullable=False),
        sa.Column("profession", sa.String(length=32), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id"),
    )
    with op.batch_alter_table("preg_visit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_preg_visit_pregnancy_id"), ["pregnancy_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("preg_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_preg_visit_pregnancy_id"))

    op.drop_table("preg_visit")
    with op.batch_alter_table("preg_team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_preg_team_organization_id"))

    op.drop_table("preg_team")
    with op.batch_alter_table("preg_pregnancy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_preg_pregnancy_patient_id"))

    op.drop_table("preg_pregnancy")
    op.drop_table("preg_element_version")
    with op.batch_alter_table("preg_element", schema=None) as batch_op:
        batch_op.drop_index("ix_preg_element_pregnancy")

    op.drop_table("preg_element")
