"""From a validated ID token to a :class:`Principal`: who the token's holder is in indsigt.

Staff roles come only from
  * the app-user table, for an identity (issuer, ``sub``) that an administrator or the CLI linked
    to an app user (``indsigt users add ID --role R --issuer ISS --subject SUB``), or
  * the separately configured staff issuer, through its explicit claim mapping
    (``INDSIGT_STAFF_ROLE_CLAIM``, ``INDSIGT_STAFF_ROLE_MAP``); such a user is provisioned keyed on
    (issuer, ``sub``) and follows the mapping at every sign-in.

A token's ``roles`` or ``preferred_username`` claim gives nothing: a citizen identity never gains
a staff role from a token. Everybody else is a citizen identified by the CPR claim (``cpr``,
``dk:gov:cpr`` or the MitID broker's ``https://data.gov.dk/model/core/eid/cprNumber``) and mapped
to a Patient. The CPR number never leaves this module: not stored in the session, not put in a
URL, not returned. The development issuer's personas carry ``sub`` = ``dev:user:<AppUser id>``
for staff (the role still comes from the table) and a CPR claim for citizens.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import get_settings
from ..errors import Forbidden
from .principal import CPR_CLAIMS, STAFF_ROLES, Kind, Principal
from .tokens import Source, Validated

_CPR_RE = re.compile(r"^\d{10}$")
DEV_USER_PREFIX = "dev:user:"


def _staff(user: Any) -> Principal:
    kind: Kind = "admin" if user.role == "admin" else "auditor"
    return Principal(kind, user.id, user.name, (kind,))


def _claim_values(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return raw.replace(",", " ").split()
    if isinstance(raw, list | tuple):
        return [str(x) for x in raw]
    return []


def staff_user_id(issuer: str, subject: str) -> str:
    """The id of a user provisioned by the staff issuer (stable per issuer and ``sub``)."""
    return "staff-" + hashlib.sha256(f"{issuer}\n{subject}".encode()).hexdigest()[:12]


def _from_staff_issuer(session: Session, v: Validated, subject: str) -> Principal:
    from ..audit import record
    from ..store import AppUser
    from ..store.security import AppUserIdentity
    from ..timeutil import utcnow

    settings = get_settings()
    mapping = settings.staff_roles()
    values = _claim_values(v.claims.get(settings.staff_role_claim))
    roles = {mapping[x] for x in values if x in mapping}
    role = "admin" if "admin" in roles else ("auditor" if "auditor" in roles else None)
    if role is None:
        raise Forbidden("Dit medarbejderlogin giver ikke en rolle i indsigt.")
    link = session.get(AppUserIdentity, (v.issuer, subject))
    uid = link.user_id if link is not None else staff_user_id(v.issuer, subject)
    user = session.get(AppUser, uid)
    name = str(v.claims.get("name") or "")[:300]
    if user is None:
        user = AppUser(id=uid, name=name or uid, role=role, created_at=utcnow())
        session.add(user)
        record(session, "login", "user.provision", uid, None, {"role": role, "via": "staff"})
    elif user.role != role:
        record(session, "login", "user.role", uid, None, {"role": role, "was": user.role})
        user.role = role
    if name and user.name != name:
        user.name = name
    if link is None:
        session.add(
            AppUserIdentity(issuer=v.issuer, subject=subject, user_id=uid, created_at=utcnow())
        )
    session.flush()
    return _staff(user)


def principal_for(session: Session, v: Validated) -> Principal:
    """The principal of a validated token (see the module's rules). 403 when it is nobody."""
    from ..store import AppUser, Patient
    from ..store.security import AppUserIdentity

    claims = v.claims
    subject = str(claims.get("sub") or "")[:255]
    if v.source in ("staff", "dev"):  # a health professional signed in for one job (issue 16)
        from ..pregnancy.professionals import role_from_claims

        job = role_from_claims(session, claims)
        if job is not None:
            return Principal("professional", job[0], job[1], ("professional",))
    if v.source == "staff":
        return _from_staff_issuer(session, v, subject)
    link = session.get(AppUserIdentity, (v.issuer, subject)) if subject else None
    staff_id = link.user_id if link is not None else None
    if staff_id is None and v.source == "dev" and subject.startswith(DEV_USER_PREFIX):
        staff_id = subject.removeprefix(DEV_USER_PREFIX)
    if staff_id is not None:
        user = session.get(AppUser, staff_id)
        if user is None or user.role not in STAFF_ROLES:
            raise Forbidden("Din bruger har ikke (længere) adgang til indsigt.")
        return _staff(user)
    cpr = next((str(claims[c]) for c in CPR_CLAIMS if claims.get(c)), None)
    if cpr is None:
        raise Forbidden("Dit login giver ikke adgang til indsigt (intet CPR-nummer).")
    cpr = cpr.replace("-", "").strip()
    if not _CPR_RE.match(cpr):
        raise Forbidden("Dit login indeholder ikke et gyldigt CPR-nummer.")
    patient = session.scalars(select(Patient).where(Patient.cpr == cpr)).first()
    if patient is None:
        raise Forbidden("Der findes ingen oplysninger om dig i indsigt.")
    return Principal("citizen", patient.id, patient.name, ("citizen",))


def source_of(claims: dict[str, Any]) -> Source:
    """Which configured issuer a validated token's ``iss`` is."""
    settings = get_settings()
    iss = claims.get("iss")
    if settings.staff_oidc_issuer and iss == settings.staff_oidc_issuer:
        return "staff"
    if settings.dev_login:
        from .devissuer import dev_issuer

        if iss == dev_issuer().issuer:
            return "dev"
    return "citizen"


def principal_from_claims(session: Session, claims: dict[str, Any]) -> Principal:
    """:func:`principal_for` of claims that :func:`indsigt.auth.tokens.validate` accepted."""
    return principal_for(session, Validated(claims, source_of(claims)))
