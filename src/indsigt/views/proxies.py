"""A citizen's powers of attorney (fuldmagter), given and received, as they see them.

The other party of a power of attorney is another citizen, whose name may also be the name of a
staff member hidden from this citizen: the document passes the citizen's own protection like any
other text toward them, on the web page exactly as in the API.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..protect.base import ViewProtection
from ..store import Patient, Proxy
from .exit import citizen_view


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {p.id: p.name for p in session.scalars(select(Patient).where(Patient.id.in_(ids)))}


def _row(p: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    return {
        **p,
        "principal_name": names.get(p["principal"]),
        "proxy_name": names.get(p["proxy"]),
    }


def proxies_view(session: Session, citizen: str) -> dict[str, Any]:
    """``{"patient", "viewer", "given": [...], "received": [...]}`` for ``citizen`` themself."""
    from ..proxies import list_proxies

    def build(protection: ViewProtection) -> dict[str, Any]:
        rows = list_proxies(session, citizen=citizen)
        names = _names(session, {r["principal"] for r in rows} | {r["proxy"] for r in rows})
        return {
            "patient": citizen,
            "viewer": citizen,
            "given": [_row(r, names) for r in rows if r["principal"] == citizen],
            "received": [_row(r, names) for r in rows if r["proxy"] == citizen],
        }

    return citizen_view(session, citizen, citizen, None, None, build)


def proxy_view(session: Session, citizen: str, proxy_id: str) -> dict[str, Any]:
    """One power of attorney ``citizen`` gave or received, as they see it."""
    from ..proxies import proxy_dict

    def build(protection: ViewProtection) -> dict[str, Any]:
        p = session.get(Proxy, proxy_id)
        if p is None or citizen not in (p.principal_id, p.proxy_id):
            raise NotFound("Fuldmagten findes ikke.")
        return _row(proxy_dict(p), _names(session, {p.principal_id, p.proxy_id}))

    return citizen_view(session, citizen, citizen, None, None, build)
