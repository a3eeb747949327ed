"""The administrative audit trail: who did what, when and why."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .store import AuditTrail
from .timeutil import iso_local, utcnow


def record(
    session: Session,
    actor: str,
    action: str,
    target: str | None,
    reason: str | None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditTrail(
            at=utcnow(), actor=actor, action=action, target=target, reason=reason, details=details
        )
    )


def trail(session: Session, *, limit: int = 500, action: str | None = None) -> list[dict[str, Any]]:
    q = select(AuditTrail).order_by(AuditTrail.id.desc()).limit(limit)
    if action:
        q = q.where(AuditTrail.action.startswith(action))
    return [
        {
            "id": a.id,
            "at": iso_local(a.at),
            "actor": a.actor,
            "action": a.action,
            "target": a.target,
            "reason": a.reason,
            "details": a.details,
        }
        for a in session.scalars(q)
    ]
