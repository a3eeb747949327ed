"""Reading a pregnancy record from the store: the header, the care team, the visits and the
current version of every element of the sections asked for. No authorisation and no protection
here: the services (professionals) and the view (the woman and her proxies) decide who asks for
what, and the view protects what leaves toward a citizen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, text

from ..store import Organization, Staff, StaffRole
from ..store.pregnancy import (
    Pregnancy,
    PregnancyElement,
    PregnancyElementVersion,
    PregnancyTeam,
)
from .catalogue import KINDS, display_value
from .records import header_id


@dataclass
class Author:
    kind: str  # staff | citizen | system
    staff_id: str | None
    role_id: str | None
    org_id: str | None
    profession: str | None
    patient_id: str | None
    display: str | None


@dataclass
class Element:
    id: str
    kind: str
    section: str
    doc: str
    visit_id: str | None
    fetus: str | None
    version: int
    status: str
    value: dict[str, Any]
    effective: datetime | None
    recorded: datetime
    author: Author
    reason: str | None
    created: datetime

    @property
    def label(self) -> str:
        k = KINDS.get(self.kind)
        return k.label if k else self.kind

    @property
    def display(self) -> str:
        k = KINDS.get(self.kind)
        return display_value(k, self.value) if k else ""


@dataclass
class Visit:
    kind: str  # encounter | appointment
    id: str
    start: datetime | None
    end: datetime | None
    status: str | None
    title: str | None
    organization_id: str | None
    profession: str | None
    staff: list[tuple[str | None, str | None]] = field(default_factory=list)  # (staff, role)


@dataclass
class Record:
    pregnancy: Pregnancy
    header: dict[str, Any]
    header_version: int | None
    team: list[tuple[str, str | None, datetime]]
    visits: list[Visit]
    elements: list[Element]


_Q_ELEMENTS = text(
    "SELECT e.id, e.kind, e.section, e.doc, e.visit_id, e.fetus, e.version, e.created_at, "
    "v.status, v.value, v.effective, v.recorded_at, v.author_kind, v.author_staff_id, "
    "v.author_role_id, v.author_org_id, v.author_profession, v.author_patient_id, "
    "v.author_display, v.reason "
    "FROM preg_element e JOIN preg_element_version v "
    "ON v.element_id = e.id AND v.version = e.version "
    "WHERE e.pregnancy_id = :p AND e.section IN :sections AND e.kind <> 'graviditet'"
).bindparams(bindparam("sections", expanding=True))

_Q_VISITS = text(
    'SELECT r.kind, r.id, r.start, r."end", r.status, r.text, r.organization_id, pv.profession '
    "FROM preg_visit pv JOIN relation r ON r.kind = pv.kind AND r.id = pv.id "
    "WHERE pv.pregnancy_id = :p"
)
_Q_VISIT_STAFF = text(
    "SELECT rs.kind, rs.relation_id, rs.staff_id, rs.role_id FROM relation_staff rs "
    "JOIN preg_visit pv ON pv.kind = rs.kind AND pv.id = rs.relation_id WHERE pv.pregnancy_id = :p"
)


def _json(value: Any) -> dict[str, Any]:
    if isinstance(value, str):  # a raw text() query returns JSON as text on SQLite
        import orjson

        return orjson.loads(value)
    return dict(value or {})


def _dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def load(conn: Connection, pregnancy: Pregnancy, sections: list[str]) -> Record:
    """The record of ``pregnancy`` with the current version of the elements of ``sections``."""
    pid = pregnancy.id
    elements = []
    if sections:
        for r in conn.execute(_Q_ELEMENTS, {"p": pid, "sections": list(sections)}):
            elements.append(
                Element(
                    id=r.id,
                    kind=r.kind,
                    section=r.section,
                    doc=r.doc,
                    visit_id=r.visit_id,
                    fetus=r.fetus,
                    version=r.version,
                    status=r.status,
                    value=_json(r.value),
                    effective=_dt(r.effective),
                    recorded=_dt(r.recorded_at),  # type: ignore[arg-type]
                    author=Author(
                        r.author_kind,
                        r.author_staff_id,
                        r.author_role_id,
                        r.author_org_id,
                        r.author_profession,
                        r.author_patient_id,
                        r.author_display,
                    ),
                    reason=r.reason,
                    created=_dt(r.created_at),  # type: ignore[arg-type]
                )
            )
    elements.sort(key=lambda e: (e.effective or e.recorded, e.id))
    visits: dict[tuple[str, str], Visit] = {}
    for r in conn.execute(_Q_VISITS, {"p": pid}):
        visits[(r.kind, r.id)] = Visit(
            r.kind,
            r.id,
            _dt(r.start),
            _dt(r.end),
            r.status,
            r.text,
            r.organization_id,
            r.profession,
        )
    for kind, rid, staff, role in conn.execute(_Q_VISIT_STAFF, {"p": pid}):
        v = visits.get((kind, rid))
        if v is not None:
            v.staff.append((staff, role))
    hv = conn.execute(
        select(PregnancyElementVersion.value, PregnancyElement.version)
        .join(
            PregnancyElement,
            (PregnancyElement.id == PregnancyElementVersion.element_id)
            & (PregnancyElement.version == PregnancyElementVersion.version),
        )
        .where(PregnancyElement.id == header_id(pid))
    ).first()
    team = [
        (o, p, s)
        for o, p, s in conn.execute(
            select(
                PregnancyTeam.organization_id, PregnancyTeam.profession, PregnancyTeam.since
            ).where(PregnancyTeam.pregnancy_id == pid)
        )
    ]
    return Record(
        pregnancy,
        _json(hv[0]) if hv else {},
        hv[1] if hv else None,
        team,
        sorted(visits.values(), key=lambda v: (v.start or datetime.min, v.id)),
        elements,
    )


def history(conn: Connection, element_id: str) -> list[dict[str, Any]]:
    """Every version of an element, oldest first (raw; names not resolved)."""
    t = PregnancyElementVersion.__table__
    rows = conn.execute(select(t).where(t.c.element_id == element_id).order_by(t.c.version))
    return [dict(r._mapping) for r in rows]


def names(conn: Connection, staff_ids: set[str]) -> dict[str, str]:
    ids = {s for s in staff_ids if s}
    if not ids:
        return {}
    return {
        sid: f"{g} {f}".strip()
        for sid, g, f in conn.execute(
            select(Staff.id, Staff.given, Staff.family).where(Staff.id.in_(ids))
        )
    }


def titles(conn: Connection, role_ids: set[str]) -> dict[str, str]:
    ids = {r for r in role_ids if r}
    if not ids:
        return {}
    return {
        rid: t or ""
        for rid, t in conn.execute(
            select(StaffRole.id, StaffRole.title).where(StaffRole.id.in_(ids))
        )
    }


def org_names(conn: Connection, org_ids: set[str]) -> dict[str, str]:
    ids = {o for o in org_ids if o}
    if not ids:
        return {}
    rows = conn.execute(select(Organization.id, Organization.name).where(Organization.id.in_(ids)))
    return {oid: name for oid, name in rows}
