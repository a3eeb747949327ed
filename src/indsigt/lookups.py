"""Reads the administrators' and auditors' pages need (a service beside the views): never note
text or log entries of a citizen.

- a citizen by CPR number (the administrator types it; shown masked), citizens' names;
- organisations and staff for the order forms (with a search), and whom an order covers.

Everything a citizen reads comes from :mod:`indsigt.views`; the web adapters import no store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from .store import AccessEntry, Document, Organization, Patient, Staff, StaffRole

_CPR_RE = re.compile(r"^\d{6}-?\d{4}$")


def patient_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = session.execute(
        select(Patient.id, Patient.given, Patient.family).where(Patient.id.in_(ids))
    )
    return {pid: f"{g} {f}".strip() for pid, g, f in rows}


@dataclass(frozen=True)
class Citizen:
    """A citizen as the administrators' pages show one: id, name and the CPR number masked."""

    id: str
    name: str
    cpr_masked: str


def has_pregnancy(session: Session, patient_id: str | None) -> bool:
    """Whether the citizen has a pregnancy record (issue 16; the menu shows "Min graviditet")."""
    from .store.pregnancy import Pregnancy

    return bool(
        patient_id
        and session.scalars(select(Pregnancy.id).where(Pregnancy.patient_id == patient_id)).first()
    )


def mask_cpr(cpr: str | None) -> str:
    return f"{cpr[:6]}-xxxx" if cpr and len(cpr) == 10 else ""


def patient_by_cpr_or_id(session: Session, value: str) -> Citizen | None:
    """A citizen by CPR number (with or without hyphen) or by id."""
    value = (value or "").strip()
    if not value:
        return None
    if _CPR_RE.match(value):
        p = session.scalars(select(Patient).where(Patient.cpr == value.replace("-", ""))).first()
    else:
        p = session.get(Patient, value)
    return Citizen(p.id, p.name, mask_cpr(p.cpr)) if p is not None else None


def search_staff(
    session: Session, query: str, *, organization: str | None = None, limit: int = 30
) -> tuple[int, list[dict[str, Any]]]:
    """Staff whose name, user name or title contains every word of ``query`` (ignoring case),
    in ``organization`` and below when given: (how many match, the first ``limit``)."""
    words = [w.casefold() for w in (query or "").split() if w.strip()]
    if organization:
        from .protect.policy import organization_staff

        ids: set[str] | None = set(organization_staff(session, organization))
    else:
        ids = None
    q = select(Staff.id, Staff.given, Staff.family, Staff.username)
    if ids is not None:
        q = q.where(Staff.id.in_(ids)) if ids else q.where(literal(False))
    titles: dict[str, str] = {}
    for sid, title in session.execute(select(StaffRole.staff_id, StaffRole.title)):
        if sid and title:
            titles[sid] = f"{titles.get(sid, '')} {title}"
    found = []
    for sid, given, family, username in session.execute(q):
        hay = f"{given} {family} {username or ''} {titles.get(sid, '')}".casefold()
        if all(w in hay for w in words):
            found.append(sid)
    found.sort()
    return len(found), staff_details(session, found[:limit]) if words or ids is not None else []


# -- administrators -----------------------------------------------------------------------------


def organizations(session: Session) -> list[dict[str, Any]]:
    """Every organisation as a tree order (parents before children) with its depth."""
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.part_of, Organization.type)
    ).all()
    children: dict[str | None, list[Any]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        parent = r.part_of if r.part_of in ids else None
        children.setdefault(parent, []).append(r)
    out: list[dict[str, Any]] = []

    def walk(parent: str | None, depth: int, seen: set[str]) -> None:
        for r in sorted(children.get(parent, []), key=lambda r: r.name or ""):
            if r.id in seen:
                continue
            seen.add(r.id)
            out.append({"id": r.id, "name": r.name, "type": r.type, "depth": depth})
            walk(r.id, depth + 1, seen)

    walk(None, 0, set())
    return out


def org_name(session: Session, org_id: str | None) -> str | None:
    if not org_id:
        return None
    org = session.get(Organization, org_id)
    return org.name if org else None


def staff_of(session: Session, org_id: str, *, below: bool = True) -> list[dict[str, Any]]:
    """Staff with a role in ``org_id`` (and below it), with title and department."""
    from .protect.policy import organization_staff

    ids = (
        set(organization_staff(session, org_id))
        if below
        else set(
            session.scalars(select(StaffRole.staff_id).where(StaffRole.organization_id == org_id))
        )
    )
    return staff_details(session, ids)


def staff_details(session: Session, ids: Iterable[str]) -> list[dict[str, Any]]:
    ids = {i for i in ids if i}
    if not ids:
        return []
    roles: dict[str, list[tuple[str | None, str | None]]] = {}
    for sid, title, oid in session.execute(
        select(StaffRole.staff_id, StaffRole.title, StaffRole.organization_id).where(
            StaffRole.staff_id.in_(ids)
        )
    ):
        roles.setdefault(sid, []).append((title, oid))
    orgs = dict(
        session.execute(
            select(Organization.id, Organization.name).where(
                Organization.id.in_({o for rs in roles.values() for _, o in rs if o})
            )
        ).all()
    )
    out = []
    for s in session.scalars(select(Staff).where(Staff.id.in_(ids))):
        rs = roles.get(s.id, [])
        out.append(
            {
                "id": s.id,
                "name": s.name,
                "titles": sorted({t for t, _ in rs if t}),
                "organizations": sorted({orgs.get(o, o) for _, o in rs if o}),
            }
        )
    return sorted(out, key=lambda r: (r["name"], r["id"]))


def affected_citizens(
    session: Session, staff_ids: Iterable[str], *, limit: int = 50
) -> tuple[int, list[dict[str, Any]]]:
    """Citizens whose record notes or access log name one of ``staff_ids``: how many, and the
    first ``limit`` (id, name, masked CPR). For an order's "who is affected"."""
    ids = list({i for i in staff_ids if i})
    if not ids:
        return 0, []
    pids: set[str] = set()
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        pids.update(
            session.scalars(
                select(Document.patient_id).where(Document.author_staff_id.in_(part)).distinct()
            )
        )
        pids.update(
            session.scalars(
                select(AccessEntry.patient_id).where(AccessEntry.user_staff_id.in_(part)).distinct()
            )
        )
    shown = sorted(pids)[:limit]
    rows = session.execute(
        select(Patient.id, Patient.given, Patient.family, Patient.cpr).where(Patient.id.in_(shown))
    )
    people = [
        {"id": pid, "name": f"{g} {f}".strip(), "cpr": mask_cpr(cpr)} for pid, g, f, cpr in rows
    ]
    return len(pids), sorted(people, key=lambda p: p["name"])


# -- the audit trail as people read it -------------------------------------------------------------

#: where a trail row's target can be opened (by the action's prefix)
_TARGET_PAGE = {
    "order.": "/admin/ordrer/{}",
    "case.": "/admin/sager/{}",
    "namerequest.": "/admin/navne?status=",
}
_ACTOR_TEXT = {
    "demo": "Demoen (opsætning)",
    "login": "Log ind (automatisk)",
    "alerts": "Underretninger (automatisk)",
    "cli": "Kommandolinjen",
    "import": "Import",
}
#: detail values in Danish
_STATUS_DA = {
    "modtaget": "modtaget",
    "under_behandling": "under behandling",
    "afsluttet": "afsluttet",
    "sent": "sendt",
    "failed": "kunne ikke sendes",
    "not_configured": "ikke sendt (e-mail er ikke sat op)",
}
_ROLE_DA = {"admin": "administrator", "auditor": "revisor", "citizen": "borger"}


def _who(actor: str, users: dict[str, str], patients: dict[str, str]) -> str:
    if actor in users:
        return users[actor]
    if actor in patients:
        return f"{patients[actor]} (borger)"
    head, _, rest = actor.partition(":")
    if head in _ACTOR_TEXT:
        return _ACTOR_TEXT[head] + (f" ({rest})" if rest else "")
    return actor


def _details(action: str, details: dict[str, Any] | None, patients: dict[str, str]) -> str:
    if not isinstance(details, dict):
        return ""
    parts = []
    if details.get("status"):
        parts.append("status: " + _STATUS_DA.get(str(details["status"]), str(details["status"])))
    if details.get("role"):
        parts.append("rolle: " + _ROLE_DA.get(str(details["role"]), str(details["role"])))
    if details.get("patient") and not action.startswith("order."):
        pid = str(details["patient"])
        parts.append("borger: " + patients.get(pid, pid))
    if details.get("principal") and details.get("proxy"):
        a, b = str(details["principal"]), str(details["proxy"])
        parts.append(f"fra {patients.get(a, a)} til {patients.get(b, b)}")
    if details.get("label"):
        parts.append(f"betegnelse: {details['label']}")
    if action == "order.add" and details.get("kind"):
        kind = {"patient": "over for én borger", "organization": "afdeling", "staff": "medarbejder"}
        parts.append(kind.get(str(details["kind"]), str(details["kind"])))
    if details.get("entries"):
        parts.append(f"{details['entries']} opslag")
    return ", ".join(parts)


def trail_rows(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Audit-trail rows with who by name, what as a link where there is a page for it, and the
    details in Danish (the action and reason codes are put in Danish by the page)."""
    from .store import AppUser

    actors = {r["actor"] for r in rows} | {r["target"] for r in rows if r.get("target")}
    pids = actors | {
        str(r["details"][k])
        for r in rows
        if isinstance(r.get("details"), dict)
        for k in ("patient", "principal", "proxy")
        if r["details"].get(k)
    }
    users = dict(
        session.execute(select(AppUser.id, AppUser.name).where(AppUser.id.in_(actors))).all()
    )
    names = patient_names(session, pids)
    out = []
    for r in rows:
        href = next(
            (
                page.format(r["target"]) if "{}" in page else page
                for prefix, page in _TARGET_PAGE.items()
                if r["action"].startswith(prefix) and r.get("target")
            ),
            None,
        )
        out.append(
            {
                **r,
                "actor_name": _who(r["actor"], users, names),
                "target_href": href,
                "target_text": users.get(r.get("target") or "")
                or names.get(r.get("target") or "")
                or r.get("target"),
                "details_text": _details(r["action"], r.get("details"), names),
            }
        )
    return out
