"""The store operations of the pregnancy record, shared by the services (a professional or the
woman writes) and the FHIR import: versions, the header cache, the care team's treatment
relations, visits and access-log entries. Connection level (SQLAlchemy Core), one transaction:
the caller's.

Optimistic concurrency is a compare-and-set on ``preg_element.version``: a write names the
version it saw; ``UPDATE ... SET version = v + 1 WHERE id = ? AND version = v`` changes one row or
none, and none means someone else wrote first (:class:`Stale`, HTTP 412). The new version row
has the primary key ``(element_id, v + 1)``, so two writers can never both add version ``v + 1``.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..errors import IndsigtError
from ..store import models as m
from ..store.accesslog import AccesslogDirty
from ..store.pregnancy import (
    Pregnancy,
    PregnancyElement,
    PregnancyElementVersion,
    PregnancyTeam,
    PregnancyVisit,
)
from ..timeutil import local_midnight, utcnow
from .catalogue import HEADER

#: what the woman's log names as the system of these accesses
SYSTEM_NAME = "indsigt – graviditetsjournal"
ACCESS_SOURCE = "indsigt"
TEAM_TEXT = "Graviditetsforløb"


class Stale(IndsigtError):
    """A write named a version that is no longer the current one (HTTP 412)."""

    http_status = 412
    exit_code = 2

    def __init__(self, current: int | None) -> None:
        super().__init__(
            "Elementet er ændret af en anden, siden du hentede det "
            f"(nu version {current}). Hent det igen, og ret derefter."
        )
        self.current = current


class PreconditionRequired(IndsigtError):
    """A correction without ``If-Match`` (HTTP 428)."""

    http_status = 428
    exit_code = 2


def new_id(prefix: str = "gm") -> str:
    """A new id that is also a valid FHIR id (letters, digits, '-', at most 64)."""
    return f"{prefix}-{uuid.uuid4().hex[:20]}"


def digest(resource: dict[str, Any]) -> str:
    """SHA-256 of a resource's content (``meta`` left out: a re-export changes only that)."""
    body = {k: v for k, v in resource.items() if k not in ("meta", "text")}
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _insert(conn: Connection, table: Any) -> Any:
    return (sqlite if conn.dialect.name == "sqlite" else postgresql).insert(table)


def upsert(conn: Connection, table: Any, rows: list[dict[str, Any]], *, update_cols=None) -> None:  # type: ignore[no-untyped-def]
    """Insert rows; on a primary-key conflict update ``update_cols`` (all others: nothing)."""
    if not rows:
        return
    ins = _insert(conn, table)
    pk = [c.name for c in table.primary_key]
    cols = (
        update_cols
        if update_cols is not None
        else [c.name for c in table.columns if c.name not in pk]
    )
    stmt = (
        ins.on_conflict_do_update(index_elements=pk, set_={c: ins.excluded[c] for c in cols})
        if cols
        else ins.on_conflict_do_nothing(index_elements=pk)
    )
    conn.execute(stmt, rows)


# --- versions ------------------------------------------------------------------------------


def lock_pregnancy(conn: Connection, pregnancy_id: str) -> bool:
    """Take the write lock first (SQLite: the database; PostgreSQL: the pregnancy's row), so the
    writes of one pregnancy follow each other. False when the pregnancy does not exist."""
    res = conn.execute(
        update(Pregnancy.__table__)
        .where(Pregnancy.__table__.c.id == pregnancy_id)
        .values(id=Pregnancy.__table__.c.id)
    )
    return bool(res.rowcount)


def current_version(conn: Connection, element_id: str) -> int | None:
    return conn.scalar(select(PregnancyElement.version).where(PregnancyElement.id == element_id))


def write_version(
    conn: Connection,
    element: dict[str, Any] | None,
    element_id: str,
    expect: int | None,
    version: dict[str, Any],
) -> int:
    """Add a version of ``element_id``: the first one (``expect`` None; ``element`` is the new
    element row) or the one after ``expect``. Returns the new version number; raises
    :class:`Stale` when ``expect`` is not the current version."""
    t = PregnancyElement.__table__
    if expect is None:
        if element is None:
            raise ValueError("a new element needs its row")
        res = conn.execute(_insert(conn, t).values(**element, version=1).on_conflict_do_nothing())
        if not res.rowcount:
            raise Stale(current_version(conn, element_id))
        n = 1
    else:
        res = conn.execute(
            update(t).where(t.c.id == element_id, t.c.version == expect).values(version=expect + 1)
        )
        if res.rowcount != 1:
            raise Stale(current_version(conn, element_id))
        n = expect + 1
    conn.execute(
        PregnancyElementVersion.__table__.insert().values(
            element_id=element_id, version=n, **version
        )
    )
    return n


# --- the header ----------------------------------------------------------------------------


def header_id(pregnancy_id: str) -> str:
    """The element holding a pregnancy's header (due date, gravida/para, birthplace, period)."""
    return f"{pregnancy_id}.graviditet"


def _d(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) and value else None


def apply_header(conn: Connection, pregnancy_id: str, value: dict[str, Any]) -> None:
    """Copy the header element's current value into ``preg_pregnancy`` (the cache the lists, the
    window and the overview read), then bring the team's treatment relations in step."""
    start, end = _d(value.get("start")), _d(value.get("end"))
    t = Pregnancy.__table__
    conn.execute(
        update(t)
        .where(t.c.id == pregnancy_id)
        .values(
            status=value.get("status"),
            start=local_midnight(start) if start else None,
            end=local_midnight(end) if end else None,
            due_date=_d(value.get("due_date")),
            due_basis=value.get("due_basis"),
            gravida=value.get("gravida"),
            para=value.get("para"),
            birthplace_id=value.get("birthplace"),
        )
    )
    if value.get("birthplace"):  # the planned birthplace is referred to: it joins the team
        add_team(
            conn,
            pregnancy_id,
            value["birthplace"],
            profession="birthplace",
            since=utcnow(),
            added_by="planlagt fødested",
            source="indsigt",
        )
    sync_team_relations(conn, pregnancy_id)


# --- the care team and its treatment relations -----------------------------------------------


def team_relation_id(pregnancy_id: str, org_id: str) -> str:
    rid = f"{pregnancy_id}_team_{org_id}"
    if len(rid) <= 128:
        return rid
    return f"{pregnancy_id[:80]}_team_{hashlib.sha256(org_id.encode()).hexdigest()[:32]}"


def add_team(
    conn: Connection,
    pregnancy_id: str,
    org_id: str,
    *,
    profession: str | None,
    since: datetime,
    added_by: str,
    source: str,
) -> bool:
    """Put an organisation on the care team (idempotent). True when it was new."""
    ins = _insert(conn, PregnancyTeam.__table__).values(
        pregnancy_id=pregnancy_id,
        organization_id=org_id,
        profession=profession,
        since=since,
        added_by=added_by[:200],
        source=source,
    )
    res = conn.execute(ins.on_conflict_do_nothing())
    sync_team_relations(conn, pregnancy_id)
    return bool(res.rowcount)


def sync_team_relations(conn: Connection, pregnancy_id: str) -> None:
    """One treatment relation (``relation``, kind ``episode``) per organisation of the care team,
    from the pregnancy's start to the end of professionals' access (two years after it ended):
    the access log explains the team's accesses by the pregnancy episode with it."""
    from .access import window_end  # the window rule lives with the access rules

    preg = conn.execute(select(Pregnancy.__table__).where(Pregnancy.id == pregnancy_id)).first()
    if preg is None:
        return
    p = Pregnancy(**preg._mapping)
    start = p.start or p.created_at
    end = window_end(p)
    orgs = conn.scalars(
        select(PregnancyTeam.organization_id).where(PregnancyTeam.pregnancy_id == pregnancy_id)
    ).all()
    rows = [
        {
            "kind": "episode",
            "id": team_relation_id(pregnancy_id, org),
            "patient_id": p.patient_id,
            "organization_id": org,
            "other_organization_id": None,
            "start": start,
            "end": end,
            "status": p.status or "active",
            "text": TEAM_TEXT,
        }
        for org in orgs
    ]
    upsert(conn, m.Relation.__table__, rows)


# --- visits --------------------------------------------------------------------------------


def add_visit(
    conn: Connection,
    *,
    kind: str,
    visit_id: str,
    pregnancy_id: str,
    patient_id: str,
    organization_id: str,
    start: datetime,
    end: datetime | None,
    status: str,
    title: str,
    profession: str | None,
    role_id: str | None,
    staff_id: str | None,
) -> None:
    """A visit (encounter) or planned visit (appointment): a treatment relation like any other
    (so the access log explains by it), linked to the pregnancy."""
    conn.execute(
        m.Relation.__table__.insert().values(
            kind=kind,
            id=visit_id,
            patient_id=patient_id,
            organization_id=organization_id,
            other_organization_id=None,
            start=start,
            end=end,
            status=status,
            text=title[:400],
        )
    )
    if role_id:
        conn.execute(
            m.RelationStaff.__table__.insert().values(
                kind=kind,
                relation_id=visit_id,
                ref=f"PractitionerRole/{role_id}",
                staff_id=staff_id,
                role_id=role_id,
                organization_id=organization_id,
            )
        )
    conn.execute(
        PregnancyVisit.__table__.insert().values(
            kind=kind,
            id=visit_id,
            pregnancy_id=pregnancy_id,
            profession=profession,
            source="indsigt",
        )
    )


# --- the access log --------------------------------------------------------------------------


def log_access(
    conn: Connection,
    *,
    patient_id: str,
    pregnancy_id: str,
    action: str,
    what: str,
    at: datetime,
    role_id: str,
    staff_id: str,
    organization_id: str,
    display: str,
) -> str:
    """Write one entry of indsigt's own access log (``access_entry``): a professional read or
    wrote the woman's pregnancy record. It is explained like every other access (by the care
    team's pregnancy episode) and shown in her log; it gets its leaf in the tamper-evident log;
    the citizen is marked for the next refresh. Never updated afterwards."""
    entry_id = new_id("preg-log")
    conn.execute(
        m.AccessEntry.__table__.insert().values(
            id=entry_id,
            patient_id=patient_id,
            time=at,
            action=action,
            purpose="TREAT",
            user_ref=f"PractitionerRole/{role_id}",
            user_staff_id=staff_id,
            user_role_id=role_id,
            user_display=display[:300],
            on_behalf_staff_id=None,
            on_behalf_display=None,
            organization_id=organization_id,
            system_name=SYSTEM_NAME,
            what=what[:400],
            data_ref=f"EpisodeOfCare/{pregnancy_id}"[:200],
            session_id=None,
            is_system=False,
            source=ACCESS_SOURCE,
        )
    )
    # the tamper-evident log (issue 17): the entry gets its leaf in this transaction, hashed from
    # the row as stored (defaults included), like every imported entry
    from ..integrity.log import append_entries

    stored = conn.execute(
        select(m.AccessEntry.__table__).where(m.AccessEntry.__table__.c.id == entry_id)
    ).one()
    append_entries(conn, [dict(stored._mapping)])  # type: ignore[arg-type]
    ins = _insert(conn, AccesslogDirty.__table__)
    conn.execute(
        ins.values(patient_id=patient_id, mark=0).on_conflict_do_update(
            index_elements=["patient_id"], set_={"mark": ins.table.c.mark + 1}
        )
    )
    return entry_id


def header_value_of(conn: Connection, pregnancy_id: str) -> dict[str, Any] | None:
    """The current header value (None for a pregnancy without a header element)."""
    v = PregnancyElementVersion.__table__
    e = PregnancyElement.__table__
    row = conn.execute(
        select(v.c.value)
        .join(e, (e.c.id == v.c.element_id) & (e.c.version == v.c.version))
        .where(e.c.id == header_id(pregnancy_id))
    ).first()
    return dict(row[0]) if row else None


__all__ = [
    "HEADER",
    "PreconditionRequired",
    "Stale",
    "add_team",
    "add_visit",
    "apply_header",
    "digest",
    "header_id",
    "lock_pregnancy",
    "log_access",
    "new_id",
    "sync_team_relations",
    "write_version",
]
