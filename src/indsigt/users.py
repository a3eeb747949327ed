"""Staff users of indsigt (administrators and auditors), their roles and linked identities.

A role is set here (by an administrator or the CLI), or by the staff issuer's explicit claim
mapping (:mod:`indsigt.auth.identity`). A sign-in identity is linked by (issuer, ``sub``) at an
OpenID provider. Changing a user's role or removing the user ends their sessions (every worker
within 5 s).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .audit import record
from .errors import Forbidden, Invalid, NotFound
from .store import AppUser
from .store.security import AppUserIdentity
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
        if user.role != role:
            from .auth.sessions import end_sessions

            end_sessions(session, user_id, "role_changed")
        user.name, user.role, user.organization_id = name, role, organization
    record(session, actor, "user.add", user_id, None, {"role": role})
    session.flush()
    return user


def remove_user(session: Session, user_id: str, *, actor: str) -> None:
    """Revoke a user: the user, their linked identities and their sessions are gone."""
    from .auth.sessions import end_sessions

    user = session.get(AppUser, user_id)
    if user is None:
        raise NotFound(f"Brugeren {user_id!r} findes ikke.")
    session.execute(delete(AppUserIdentity).where(AppUserIdentity.user_id == user_id))
    session.delete(user)
    end_sessions(session, user_id, "user_removed")
    record(session, actor, "user.remove", user_id, None, {"role": user.role})
    session.flush()


def link_identity(session: Session, user_id: str, *, issuer: str, subject: str, actor: str) -> None:
    """Let the identity (issuer, ``sub``) at an OpenID provider sign in as ``user_id``."""
    if session.get(AppUser, user_id) is None:
        raise NotFound(f"Brugeren {user_id!r} findes ikke.")
    issuer, subject = issuer.strip(), subject.strip()
    if not issuer or not subject:
        raise Invalid("Både udsteder (issuer) og sub skal angives.")
    link = session.get(AppUserIdentity, (issuer, subject))
    if link is None:
        session.add(
            AppUserIdentity(issuer=issuer, subject=subject, user_id=user_id, created_at=utcnow())
        )
    elif link.user_id != user_id:
        from .auth.sessions import end_sessions

        end_sessions(session, link.user_id, "identity_moved")
        link.user_id = user_id
    record(session, actor, "user.link", user_id, None, {"issuer": issuer})
    session.flush()


def identities(session: Session, user_id: str) -> list[dict[str, str]]:
    rows = session.scalars(select(AppUserIdentity).where(AppUserIdentity.user_id == user_id))
    return [{"issuer": r.issuer, "subject": r.subject} for r in rows]


def user_name(session: Session, user_id: str) -> str | None:
    """The name of an app user, or None when there is no such user."""
    user = session.get(AppUser, user_id)
    return user.name if user is not None else None


def list_users(session: Session) -> list[dict[str, Any]]:
    return [
        {
            "id": u.id,
            "name": u.name,
            "role": u.role,
            "organization": u.organization_id,
            "identities": identities(session, u.id),
        }
        for u in session.scalars(select(AppUser).order_by(AppUser.id))
    ]


def require_role(session: Session, user_id: str | None, *roles: str) -> AppUser:
    """The app user, or :class:`Forbidden` unless they hold one of ``roles``."""
    user = session.get(AppUser, user_id) if user_id else None
    if user is None or user.role not in roles:
        raise Forbidden(f"Kun for {' eller '.join(_DA[r] for r in roles)}.")
    return user


_DA = {"admin": "administratorer", "auditor": "revisorer (auditorer)"}
