"""staff identity history, relatives, identifiers, provisional organisations, unreadable notes

- ``staff_name``, ``staff_alias``, ``staff_membership``: every name, identifier/telecom and role a
  staff member has been imported with (append-only; a re-import adds, never forgets). Filled here
  from the current ``staff`` and ``staff_role`` rows.
- ``related_person``: FHIR RelatedPerson and ``Patient.contact``.
- ``resource_identifier``: identifiers of imported resources, for conditional references.
- ``organization.provisional``: an organisation a log entry names before master data does.
- ``document.unreadable``: a note whose content is not readable text.
- ``access_entry.user_ref``: a user logged by CPR number is stored as ``cpr:<10 digits>`` (what the
  importer now stores), so that re-importing an old file finds the same entries.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CPR = re.compile(r"^\d{6}-?\d{4}$")
_CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"


def upgrade() -> None:
    op.create_table(
        "staff_name",
        sa.Column("staff_id", sa.String(length=128), nullable=False),
        sa.Column("given", sa.String(length=200), nullable=False),
        sa.Column("family", sa.String(length=200), nullable=False),
        sa.Column("prefix", sa.String(length=100), nullable=False),
        sa.Column("use", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("staff_id", "given", "family", "prefix"),
    )
    op.create_table(
        "staff_alias",
        sa.Column("staff_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.Column("system", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("staff_id", "kind", "value", "system"),
    )
    with op.batch_alter_table("staff_alias", schema=None) as batch_op:
        batch_op.create_index("ix_staff_alias_value", ["value"], unique=False)
    op.create_table(
        "staff_membership",
        sa.Column("role_id", sa.String(length=128), nullable=False),
        sa.Column("staff_id", sa.String(length=128), nullable=False),
        sa.Column("organization_id", sa.String(length=128), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=True),
        sa.Column("end", sa.DateTime(), nullable=True),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("role_id", "staff_id", "organization_id"),
    )
    with op.batch_alter_table("staff_membership", schema=None) as batch_op:
        batch_op.create_index("ix_staff_membership_staff", ["staff_id"], unique=False)
        batch_op.create_index("ix_staff_membership_org", ["organization_id"], unique=False)
    op.create_table(
        "related_person",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("given", sa.String(length=200), nullable=False),
        sa.Column("family", sa.String(length=200), nullable=False),
        sa.Column("relationship", sa.String(length=200), nullable=True),
        sa.Column("address_key", sa.String(length=400), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("related_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_related_person_patient_id"), ["patient_id"], unique=False
        )
    op.create_table(
        "resource_identifier",
        sa.Column("resource_type", sa.String(length=64), nullable=False),
        sa.Column("system", sa.String(length=300), nullable=False),
        sa.Column("value", sa.String(length=300), nullable=False),
        sa.Column("resource_id", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("resource_type", "system", "value", "resource_id"),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("provisional", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("alias_of", sa.String(length=128), nullable=True))
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unreadable", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    _backfill()


def _backfill() -> None:
    """The history starts with what the store holds now."""
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    conn.execute(
        sa.text(
            "INSERT INTO staff_name (staff_id, given, family, prefix, use) "
            "SELECT id, coalesce(given, ''), coalesce(family, ''), coalesce(prefix, ''), NULL "
            "FROM staff WHERE coalesce(given, '') <> '' OR coalesce(family, '') <> ''"
        )
    )
    for column, kind, system in (
        ("username", "username", ""),
        ("auth_id", "auth_id", ""),
        ("email", "email", "email"),
        ("cpr", "cpr", _CPR_SYSTEM),
    ):
        conn.execute(
            sa.text(
                "INSERT INTO staff_alias (staff_id, kind, value, system) "
                f"SELECT id, :kind, {column}, :system FROM staff "
                f"WHERE {column} IS NOT NULL AND {column} <> ''"
            ),
            {"kind": kind, "system": system},
        )
    conn.execute(
        sa.text(
            "INSERT INTO staff_membership (role_id, staff_id, organization_id, title, start, "
            '"end", first_seen, last_seen) '
            "SELECT id, staff_id, organization_id, title, NULL, NULL, :now, :now FROM staff_role "
            "WHERE staff_id IS NOT NULL AND organization_id IS NOT NULL"
        ),
        {"now": now},
    )
    conn.execute(
        sa.text(
            "INSERT INTO resource_identifier (resource_type, system, value, resource_id) "
            "SELECT 'Organization', :sor, sor, id FROM organization "
            "WHERE sor IS NOT NULL AND sor <> ''"
        ),
        {"sor": "urn:oid:1.2.208.176.1.1"},
    )
    # users logged by CPR number: the importer now stores them as ``cpr:<digits>``
    rows = conn.execute(
        sa.text("SELECT id, user_ref FROM access_entry WHERE length(user_ref) IN (10, 11)")
    ).all()
    fix = [
        {"id": i, "ref": "cpr:" + ref.replace("-", "")} for i, ref in rows if _CPR.match(ref or "")
    ]
    if fix:
        conn.execute(sa.text("UPDATE access_entry SET user_ref = :ref WHERE id = :id"), fix)


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE access_entry SET user_ref = substr(user_ref, 5) WHERE user_ref LIKE 'cpr:%'"
        )
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("unreadable")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_column("alias_of")
        batch_op.drop_column("provisional")
    op.drop_table("resource_identifier")
    with op.batch_alter_table("related_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_related_person_patient_id"))
    op.drop_table("related_person")
    with op.batch_alter_table("staff_membership", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_membership_org")
        batch_op.drop_index("ix_staff_membership_staff")
    op.drop_table("staff_membership")
    with op.batch_alter_table("staff_alias", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_alias_value")
    op.drop_table("staff_alias")
    op.drop_table("staff_name")
