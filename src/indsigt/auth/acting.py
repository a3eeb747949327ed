"""Acting for a principal (digital power of attorney, fuldmagt): whose data a citizen looks at.

The choice is kept in the session cookie (``act``) and re-checked against the powers of attorney
in force on every request, so a revoked or expired fuldmagt ends at the very next request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from ..errors import Forbidden
from .deps import DbSession, require_citizen
from .principal import Principal


@dataclass
class PrincipalChoice:
    """Someone whose data the signed-in citizen may see: themself or a principal."""

    patient: str
    name: str
    own: bool
    scope: list[str] = field(default_factory=list)
    until: str | None = None


def choices(session: Session, user: Principal) -> list[PrincipalChoice]:
    """The citizen themself, then every principal whose power of attorney to them is in force."""
    from ..authz import principals_of
    from ..store import Patient
    from ..timeutil import utcnow

    out = [PrincipalChoice(user.id, user.name, True, ["journal", "log", "pregnancy"], None)]
    seen: dict[str, PrincipalChoice] = {}
    for p in principals_of(session, user.id, utcnow()):
        c = seen.get(p.principal_id)
        if c is None:
            patient = session.get(Patient, p.principal_id)
            c = PrincipalChoice(p.principal_id, patient.name if patient else "", False)
            seen[p.principal_id] = c
            out.append(c)
        first = not c.scope
        c.scope = sorted(set(c.scope) | set(p.scope))
        until = p.valid_until.isoformat() if p.valid_until else None
        if first:
            c.until = until
        elif c.until is not None:
            c.until = None if until is None else max(c.until, until)
    return out


def acting_for_id(request: Request, session: Session, user: Principal) -> str:
    """Whose data the citizen currently looks at (re-checked against authz on every call)."""
    if user.kind != "citizen":
        return user.id
    act = request.session.get("act") if "session" in request.scope else None
    if not act or act == user.id:
        return user.id
    from ..authz import principals_of
    from ..timeutil import utcnow

    if any(p.principal_id == act for p in principals_of(session, user.id, utcnow())):
        return str(act)
    request.session.pop("act", None)  # the power of attorney has ended or been revoked
    return user.id


def acting_for(
    request: Request,
    session: DbSession,
    user: Principal = Depends(require_citizen),
) -> str:
    """Dependency: the Patient id whose data the signed-in citizen has switched to (or own)."""
    return acting_for_id(request, session, user)


def set_acting_for(
    request: Request, session: Session, user: Principal, patient_id: str | None
) -> str:
    """Switch to a principal's data (or back to one's own with None). 403 without a fuldmagt."""
    if user.kind != "citizen":
        raise Forbidden("Kun for borgere.")
    if not patient_id or patient_id == user.id:
        request.session.pop("act", None)
        return user.id
    from ..authz import principals_of
    from ..timeutil import utcnow

    if not any(p.principal_id == patient_id for p in principals_of(session, user.id, utcnow())):
        raise Forbidden("Du har ikke en fuldmagt fra denne borger.")
    request.session["act"] = patient_id
    return patient_id


ActingFor = Annotated[str, Depends(acting_for)]
