"""Digital powers of attorney (fuldmagter): add (operators' JSON), grant (a citizen, from the web
page or the API alike), list, revoke."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .audit import record
from .authz import SCOPES, proxy_in_force
from .errors import Invalid, NotFound
from .store import Patient, Proxy
from .timeutil import utcnow


def _date(value: Any, field: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise Invalid(f"{field}: {value!r} er ikke en dato (ÅÅÅÅ-MM-DD)", field=field) from None


def add_proxies(session: Session, data: Any, *, actor: str) -> list[str]:
    """Add one power of attorney or a list of them (all or none)."""
    items = data if isinstance(data, list) else [data]
    ids: list[str] = []
    for n, item in enumerate(items, 1):
        where = f"fuldmagt {n}: " if len(items) > 1 else ""
        if not isinstance(item, dict):
            raise Invalid(f"{where}skal være et JSON-objekt")
        principal, proxy = item.get("principal"), item.get("proxy")
        for field, value in (("principal", principal), ("proxy", proxy)):
            if not value or session.get(Patient, value) is None:
                raise Invalid(f"{where}{field}: borgeren {value!r} findes ikke")
        if principal == proxy:
            raise Invalid(f"{where}en borger kan ikke give fuldmagt til sig selv")
        scope = item.get("scope") or list(SCOPES)
        if isinstance(scope, str):
            scope = [scope]
        bad = [s for s in scope if s not in SCOPES]
        if bad:
            raise Invalid(f"{where}scope: {bad} er ukendt; brug journal, log og/eller pregnancy")
        start = _date(item.get("from"), "from") or utcnow().date()
        until = _date(item.get("until"), "until")
        if until is not None and until <= start:
            raise Invalid(f"{where}until skal ligge efter from", field="until")
        pid = str(item.get("id") or f"fm-{uuid.uuid4().hex[:12]}")
        if session.get(Proxy, pid) is not None:
            raise Invalid(f"{where}fuldmagten {pid!r} findes allerede")
        session.add(
            Proxy(
                id=pid,
                principal_id=principal,
                proxy_id=proxy,
                scope=sorted(set(scope)),
                valid_from=start,
                valid_until=until,
                created_at=utcnow(),
            )
        )
        record(
            session,
            actor,
            "proxy.add",
            pid,
            None,
            {"principal": principal, "proxy": proxy, "scope": scope},
        )
        ids.append(pid)
    session.flush()
    return ids


def proxy_dict(p: Proxy) -> dict[str, Any]:
    return {
        "id": p.id,
        "principal": p.principal_id,
        "proxy": p.proxy_id,
        "scope": list(p.scope),
        "from": p.valid_from.isoformat(),
        "until": p.valid_until.isoformat() if p.valid_until else None,
        "revoked": p.revoked_at is not None,
        "in_force": proxy_in_force(p, utcnow()),
    }


def list_proxies(session: Session, *, citizen: str | None = None) -> list[dict[str, Any]]:
    q = select(Proxy).order_by(Proxy.created_at, Proxy.id)
    if citizen:
        q = q.where((Proxy.principal_id == citizen) | (Proxy.proxy_id == citizen))
    return [proxy_dict(p) for p in session.scalars(q)]


def revoke_proxy(
    session: Session, proxy_id: str, *, actor: str, by_citizen: str | None = None
) -> None:
    p = session.get(Proxy, proxy_id)
    if p is None or (by_citizen is not None and by_citizen not in (p.principal_id, p.proxy_id)):
        raise NotFound("Fuldmagten findes ikke.")
    if p.revoked_at is None:
        p.revoked_at = utcnow()
        record(session, actor, "proxy.revoke", proxy_id, None, None)


_CPR_RE = re.compile(r"^\d{6}-?\d{4}$")
NO_MATCH = "CPR-nummer og navn passer ikke sammen med en borger i indsigt."


def _words(name: str) -> list[str]:
    return unicodedata.normalize("NFC", name or "").casefold().replace("-", " ").split()


def names_match(typed: str, patient: Patient) -> bool:
    """The name typed by the grantor matches the citizen behind the CPR number (first given
    name and every family name), so that a CPR number alone does not reveal or reach anyone."""
    words = _words(typed)
    first = _words(patient.given)[:1]
    family = _words(patient.family)
    if not words or not family:
        return False
    return (not first or first[0] in words) and all(w in words for w in family)


def grant(
    session: Session,
    principal: str,
    *,
    cpr: str,
    name: str,
    scope: list[str] | tuple[str, ...],
    valid_from: date | None = None,
    until: date | None = None,
) -> str:
    """A citizen gives another citizen a power of attorney, named by CPR number *and* name.

    The refusal is the same whether nobody has the CPR number or the name does not match, and it
    never tells who has it: a CPR number alone neither reveals nor reaches anyone. Returns the
    new power of attorney's id.
    """
    cpr = (cpr or "").strip()
    if not _CPR_RE.match(cpr) or not (name or "").strip():
        raise Invalid(
            "Skriv både CPR-nummer (10 cifre) og navn på den, der skal have fuldmagten.",
            field="cpr" if not _CPR_RE.match(cpr) else "name",
        )
    other = session.scalars(select(Patient).where(Patient.cpr == cpr.replace("-", ""))).first()
    if other is None or not names_match(name, other):
        raise Invalid(NO_MATCH, field="cpr")
    if other.id == principal:
        raise Invalid("Du kan ikke give fuldmagt til dig selv.", field="cpr")
    chosen = [s for s in SCOPES if s in set(scope or ())]
    if not chosen:
        raise Invalid(
            "Vælg mindst én ting, fuldmagten skal omfatte: journal, log og/eller graviditet.",
            field="scope",
        )
    (pid,) = add_proxies(
        session,
        {
            "principal": principal,
            "proxy": other.id,
            "scope": chosen,
            "from": valid_from.isoformat() if valid_from else None,
            "until": until.isoformat() if until else None,
        },
        actor=principal,
    )
    return pid
