"""The session document of a signed-in citizen (``/api/me``, the pages' header): who they are,
whose data they look at, and whose data they may switch to (their own and every principal whose
power of attorney to them is in force). Names of other citizens pass the citizen's protection."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..protect.base import ViewProtection
from .exit import citizen_view


def citizen_session_view(
    session: Session, citizen: str, name: str, *, acting_for: str | None = None
) -> dict[str, Any]:
    """``{"name", "acting_for", "choices": [{"patient", "name", "own", "scope", "until"}]}``."""
    from ..auth import Principal, choices

    def build(protection: ViewProtection) -> dict[str, Any]:
        user = Principal("citizen", citizen, name, ("citizen",))
        return {
            "name": name,
            "acting_for": acting_for or citizen,
            "choices": [dict(c.__dict__) for c in choices(session, user)],
        }

    return citizen_view(session, citizen, citizen, None, None, build)


def previous_visit(session: Session, citizen: str) -> datetime | None:
    """When ``citizen`` signed in before the current session (naive UTC), from the audit trail."""
    from ..store import AuditTrail

    rows = session.scalars(
        select(AuditTrail.at)
        .where(AuditTrail.actor == citizen, AuditTrail.action.startswith("login."))
        .order_by(AuditTrail.id.desc())
        .limit(2)
    ).all()
    return rows[1] if len(rows) > 1 else None
