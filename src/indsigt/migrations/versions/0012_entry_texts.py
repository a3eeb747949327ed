"""access entries keep their free text whole

An AuditEvent's entity description (a BALP query event describes the whole HTTP request, often
over 400 characters), a purpose code, the logging system's name, a data reference and a session
id are stored as given, however long: ``access_entry.purpose``, ``system_name``, ``what``,
``data_ref`` and ``session_id`` become unbounded text (they were 16 to 400 characters, and a
longer value refused the whole file or was cut). SQLite rebuilds the table once (the values and
so the Merkle leaves are unchanged); PostgreSQL changes the column types in place.

Revision ID: 0012
Revises: 0008
Create Date: 2026-12-04 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: column -> its length before this revision
COLUMNS = {"purpose": 16, "system_name": 200, "what": 400, "data_ref": 200, "session_id": 200}


def upgrade() -> None:
    with op.batch_alter_table("access_entry", schema=None) as batch_op:
        for name, length in COLUMNS.items():
            batch_op.alter_column(
                name,
                existing_type=sa.String(length=length),
                type_=sa.Text(),
                existing_nullable=True,
            )


def downgrade() -> None:
    with op.batch_alter_table("access_entry", schema=None) as batch_op:
        for name, length in COLUMNS.items():
            batch_op.alter_column(
                name,
                existing_type=sa.Text(),
                type_=sa.String(length=length),
                existing_nullable=True,
            )
