"""The development issuer's personas and sign-in (only with ``INDSIGT_DEV_LOGIN=true``).

Who one may sign in as: the demo scenario's personas (read from the audit trail, where the demo
stored them), the app users, two built-in staff personas and some citizens. A sign-in mints an
ID token and validates it like any other; the role of a staff persona comes from the app-user
table (the built-in ``dev-admin`` / ``dev-auditor`` are put there when first used).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound
from . import sessions
from .devissuer import dev_issuer
from .identity import DEV_USER_PREFIX, principal_for
from .principal import STAFF_ROLES, Kind, Principal
from .tokens import validate


@dataclass(frozen=True)
class Persona:
    id: str  # "patient:<Patient id>", "user:<AppUser id>" or "role:<PractitionerRole id>"
    kind: Kind
    name: str
    description: str = ""


DEV_STAFF = (
    Persona("user:dev-admin", "admin", "Demo Administrator", "Ledelse: beskyttelsesordrer, sager"),
    Persona("user:dev-auditor", "auditor", "Demo Revisor", "Revisor: afslør etiketter, navne"),
)
_DA_ROLE = {"admin": "Administrator", "auditor": "Revisor", "citizen": "Borger"}
_SCENARIO_DA = {
    "override_victim": "Slået op med værdispring af en medarbejder uden behandlingsrelation.",
    "heavy_homecare_citizen": "Borger med hjemmepleje og en meget lang log.",
    "protected_citizen": "Borger, som personalets navne er skjult for.",
}
#: the audit-trail action under which the demo stores its scenario
SCENARIO_ACTION = "demo.scenario"


def personas(session: Session, *, limit: int = 25) -> list[Persona]:
    """Who one may sign in as with the development issuer: the demo scenario's personas first,
    then the app users (admins, auditors), then some citizens. No CPR numbers."""
    dev_issuer()  # refuses unless dev login is on
    from ..store import AppUser, Patient

    out: list[Persona] = []
    seen: set[str] = set()

    def add(p: Persona) -> None:
        if p.id not in seen:
            seen.add(p.id)
            out.append(p)

    wanted = _scenario_patients(session)
    found = {
        p.id: p
        for p in session.scalars(select(Patient).where(Patient.id.in_({pid for pid, _ in wanted})))
    }  # one query for all the personas
    for pid, role_text in wanted:
        patient = found.get(pid)
        if patient is not None:
            add(Persona(f"patient:{pid}", "citizen", patient.name, role_text))
    for user in session.scalars(select(AppUser).order_by(AppUser.role, AppUser.id)):
        if user.role in STAFF_ROLES:
            kind: Kind = "admin" if user.role == "admin" else "auditor"
            add(Persona(f"user:{user.id}", kind, user.name, _DA_ROLE[kind]))
    for p in DEV_STAFF:
        add(p)
    from ..pregnancy.professionals import demo_personas  # the demo's professionals (issue 16)

    for pid, name, text in demo_personas(session, scenario(session)):
        add(Persona(pid, "professional", name, text))
    for patient in session.scalars(select(Patient).order_by(Patient.id).limit(limit)):
        add(Persona(f"patient:{patient.id}", "citizen", patient.name, "Borger"))
    return out


def scenario(session: Session) -> dict[str, Any]:
    """The demo's scenario as stored in the audit trail (empty when there is none)."""
    from ..store import AuditTrail

    row = session.scalars(
        select(AuditTrail)
        .where(AuditTrail.action == SCENARIO_ACTION)
        .order_by(AuditTrail.id.desc())
        .limit(1)
    ).first()
    return dict(row.details or {}) if row else {}


def _scenario_patients(session: Session) -> list[tuple[str, str]]:
    """(Patient id, Danish description) of the demo scenario's personas, in scenario order.

    The scenario maps a role to a Patient id, or to ``{"patient"|"principal"|"proxy": id}`` (for a
    power of attorney the persona is the proxy), with ``descriptions`` keyed the same way. Ids that
    are no Patient (staff, organisations) are left out by the caller.
    """
    data = scenario(session)
    descriptions = data.get("descriptions") or {}
    found: list[tuple[str, str]] = []
    for key, value in data.items():
        if key == "descriptions":
            continue
        text = str(descriptions.get(key) or _SCENARIO_DA.get(key) or "Demoperson")
        if isinstance(value, str):
            found.append((value, text))
        elif isinstance(value, dict):
            pid = value.get("proxy") or value.get("patient") or value.get("principal")
            if isinstance(pid, str):
                found.append((pid, text))
        elif isinstance(value, list):
            found.extend((v, text) for v in value if isinstance(v, str))
    return found


def persona_claims(session: Session, persona_id: str) -> dict[str, Any]:
    """The claims the development issuer puts in a persona's ID token (no roles: a staff
    persona's role comes from the app-user table)."""
    from ..store import AppUser, Patient

    dev_issuer()
    kind, _, ident = persona_id.partition(":")
    if kind == "patient" and ident:
        patient = session.get(Patient, ident)
        if patient is None or not patient.cpr:
            raise NotFound("Personaen findes ikke.")
        return {"sub": f"dev:patient:{ident}", "cpr": patient.cpr, "name": patient.name}
    if kind == "role" and ident:  # a health professional's job (issue 16)
        from ..pregnancy.professionals import persona_claims as role_claims

        claims = role_claims(session, ident)
        if claims is None:
            raise NotFound("Personaen findes ikke.")
        return claims
    if kind == "user" and ident:
        user = session.get(AppUser, ident)
        builtin = next((p for p in DEV_STAFF if p.id == persona_id), None)
        if user is None and builtin is not None:
            user = _provision(session, ident, builtin)
        if user is None or user.role not in STAFF_ROLES:
            raise NotFound("Personaen findes ikke.")
        return {"sub": DEV_USER_PREFIX + ident, "name": user.name}
    raise Invalid("Ukendt persona; brug 'patient:<id>', 'user:<id>' eller 'role:<id>'.")


def _provision(session: Session, ident: str, persona: Persona) -> Any:
    """Put a built-in staff persona into the app-user table (development issuer only)."""
    from ..audit import record
    from ..store import AppUser
    from ..timeutil import utcnow

    user = AppUser(id=ident, name=persona.name, role=persona.kind, created_at=utcnow())
    session.add(user)
    record(session, "login", "user.provision", ident, None, {"role": persona.kind, "via": "dev"})
    session.flush()
    return user


def dev_sign_in(request: Request, session: Session, persona_id: str) -> Principal:
    """Sign in as a persona through the development issuer (token minted, then validated)."""
    token = dev_issuer().mint(persona_claims(session, persona_id))
    principal = principal_for(session, validate(token, expect="dev"))
    sessions.sign_in(request, session, principal, dev=True)
    from ..audit import record

    record(session, principal.id, "login.dev", principal.id, None, {"kind": principal.kind})
    return principal
