"""How health professionals sign in to the pregnancy record (a third kind of principal, next to
citizens and indsigt's own app users).

A professional signs in *for one job*: a PractitionerRole (the person in one organisation, with
a title). The identity provider (the regions' and municipalities' federated login, or in the
demo the development issuer) says which, in the ID token:

- ``practitioner_role``: the PractitionerRole id indsigt knows from the roster; or
- ``authorization_id`` (the Danish authorisation id, *autorisations-id*, as imported in the
  Practitioner's identifier) **and** ``sor`` (the SOR code of the organisation the professional
  works for now): indsigt finds the person's PractitionerRole in that organisation.

The principal is ``Principal("professional", <PractitionerRole id>, <name>, ("professional",))``;
the session holds the role id only. What the professional may do follows from the role's
profession (:func:`indsigt.pregnancy.access.profession_of`) and the pregnancy's care team — not
from the token, so an identity provider cannot grant access to a record by a claim.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import Organization, Staff, StaffRole

KIND = "professional"
ROLE_CLAIMS = ("practitioner_role", "https://indsigt.dk/claims/practitioner_role")
AUTH_ID_CLAIMS = ("authorization_id", "autorisations_id")
SOR_CLAIMS = ("sor", "organization_sor")


def _claim(claims: dict[str, Any], names: tuple[str, ...]) -> str | None:
    return next((str(claims[n])[:128] for n in names if claims.get(n)), None)


def role_from_claims(session: Session, claims: dict[str, Any]) -> tuple[str, str] | None:
    """(PractitionerRole id, the person's name) the claims sign in as, or None when the token is
    not a professional's. A role the roster does not know is no sign-in (None)."""
    rid = _claim(claims, ROLE_CLAIMS)
    if rid is None:
        auth_id, sor = _claim(claims, AUTH_ID_CLAIMS), _claim(claims, SOR_CLAIMS)
        if not (auth_id and sor):
            return None
        rid = session.scalar(
            select(StaffRole.id)
            .join(Staff, Staff.id == StaffRole.staff_id)
            .join(Organization, Organization.id == StaffRole.organization_id)
            .where(Staff.auth_id == auth_id, Organization.sor == sor)
            .order_by(StaffRole.id)
        )
        if rid is None:
            return None
    found = role_name(session, rid)
    return (rid, found) if found is not None else None


def role_name(session: Session, role_id: str) -> str | None:
    """The name of the person in a PractitionerRole (None: no such role)."""
    row = session.execute(
        select(Staff.given, Staff.family)
        .join(StaffRole, StaffRole.staff_id == Staff.id)
        .where(StaffRole.id == role_id)
    ).first()
    return f"{row[0]} {row[1]}".strip() if row else None


def persona_claims(session: Session, role_id: str) -> dict[str, Any] | None:
    """The development issuer's claims for the persona ``role:<id>``."""
    name = role_name(session, role_id)
    if name is None:
        return None
    return {"sub": f"dev:role:{role_id}", "practitioner_role": role_id, "name": name}


def demo_personas(session: Session, scenario: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(persona id, name, Danish description) of the demo's professionals."""
    out = []
    for item in scenario.get("professionals") or []:
        rid = item.get("role") if isinstance(item, dict) else None
        name = role_name(session, rid) if rid else None
        if name:
            out.append((f"role:{rid}", name, str(item.get("description") or "Fagperson")))
    return out
