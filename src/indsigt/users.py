"""Staff users of indsigt (administrators and auditors) and their roles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .audit import record
from .errors import Forbidden, Invalid
from .store import AppUser
from .timeutil import utcnow

ROLES = ("admin", "auditor")


def add_user(
    session: Session,
    user_id: str,
    name: str,
    role: str,
    *,
    actor: str,
    organization: str | None = None,
) -> AppUser:
    if role not in ROLES:
        raise Invalid(f"rollen {role!r} er ukendt; brug admin eller auditor")
    user = session.get(AppUser, user_id)
    if user is None:
        user = AppUser(
            id=user_id, name=name, role=role, organization_id=organization, created_at=utcnow()
        )
        session.add(user)
    else:
        user.name, user.role, user.organization_id = name, role, organization
    record(session, actor, "user.add", user_id, None, {"role": role})
    session.flush()
    return user


def list_users(session: Session) -> list[dict[str, Any]]:
    return [
        {"id": u.id, "name": u.name, "role": u.role, "organization": u.organization_id}
        for u in session.scalars(select(AppUser).order_by(AppUser.id))
    ]


def require_role(session: Session, user_id: str | None, *roles: str) -> AppUser:
    """The app user, or :class:`Forbidden` unless they hold one of ``roles``."""
    user = session.get(AppUser, user_id) if user_id else None
    if user is None or user.role not in roles:
        raise Forbidden(f"Kun for {' eller '.join(_DA[r] for r in roles)}.")
    return user


_DA = {"admin": "administratorer", "auditor": "revisorer (auditorer)"}
