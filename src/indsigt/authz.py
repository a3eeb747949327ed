"""Who may see whose data: the citizen themself, or a proxy with a power of attorney in force."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import Forbidden, NotFound
from .store import Patient, Proxy
from .timeutil import local_midnight

SCOPES = ("journal", "log", "pregnancy")


def proxy_in_force(p: Proxy, at: datetime) -> bool:
    if p.revoked_at is not None and p.revoked_at <= at:
        return False
    if local_midnight(p.valid_from) > at:
        return False
    return p.valid_until is None or at < local_midnight(p.valid_until)


def principals_of(
    session: Session, viewer: str, at: datetime, scope: str | None = None
) -> list[Proxy]:
    """Powers of attorney in force that let ``viewer`` act for someone (optionally for ``scope``)."""
    rows = session.scalars(select(Proxy).where(Proxy.proxy_id == viewer)).all()
    return [p for p in rows if proxy_in_force(p, at) and (scope is None or scope in p.scope)]


def authorize(
    session: Session, subject: str, viewer: str, at: datetime, scope: str
) -> Proxy | None:
    """Raise :class:`Forbidden` unless ``viewer`` may see ``subject``'s ``scope`` data at ``at``.

    Returns the power of attorney used, or None when the viewer is the subject.
    """
    if session.get(Patient, subject) is None:
        # a refusal must not tell a stranger whether the citizen exists
        if subject != viewer:
            raise Forbidden("Du har ikke adgang til denne borgers oplysninger.")
        raise NotFound("Borgeren findes ikke.")
    if subject == viewer:
        return None
    for p in principals_of(session, viewer, at, scope):
        if p.principal_id == subject:
            return p
    raise Forbidden("Du har ikke adgang til denne borgers oplysninger.")
