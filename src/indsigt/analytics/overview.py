"""The privacy officer's overview (the auditor role): who has the most unexplained or flagged
accesses, which organisations, how it develops week by week, and the accesses behind every
number.

The numbers come from ``overview_cell``: the cells (``precompute.CELL_COLS``) in the states
unexplained (``u``), flagged (``f``) and explained with a flag (``x``), one row each. ``indsigt
analyze`` writes it with the rest of the analysis; after a refresh (an import) the overview
brings it up to date itself from the stored cells (:func:`sync`: only the citizens whose stored
row changed are read again). Drill-down: a number -> the citizen-days behind it (:func:`cells`)
-> the log entries of one citizen-day, classified live by the access-log engine
(:func:`entries`).

Names are shown (the privacy officer's job is to look into them), and every view is recorded in
the audit trail with what was asked for.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb
import numpy as np
from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from ..accesslog import flags as F
from ..accesslog import precompute
from ..accesslog.orgs import build_orgs
from ..accesslog.text import day_date, day_number, fmt_day
from ..audit import record
from ..errors import Invalid, NotFound
from ..store import Organization, Patient, Staff, StaffRole
from ..store.overview import OverviewCell
from ..timeutil import TZ, utcnow
from ..users import require_role

#: the states the overview counts (``accesslog.condense.CLASS_STATE``)
STATES = {"u": "unexplained", "f": "flagged", "x": "explained_flagged"}
STATE_TEXT = {
    "unexplained": "Uden forklaring",
    "flagged": "Uden forklaring, med markering",
    "explained_flagged": "Forklaret, med markering",
}
#: the flags stored in cells (high volume and attention are computed per view)
CELL_FLAGS = tuple(f for f in F.FLAGS if not f.view_time)
COLS = ("patient_id", "day", "week", *precompute.CELL_COLS[2:])
_STATE_KEY = "overview"
_LOCK_KEY = 0x616C6F76  # "alov": one sync at a time on PostgreSQL


def week_of(day: int) -> int:
    """The Monday (local day number) of the week of ``day`` (1970-01-01 was a Thursday)."""
    return day - ((day + 3) % 7)


# --- keeping overview_cell up to date ---------------------------------------------------------


def _rows(patient: str, blob: bytes | memoryview) -> list[tuple[Any, ...]]:
    out = []
    for r in precompute.unpack_cells(blob):
        # r: day, actor, display, org_id, cls, rule, rel, flags, n, first, last, behalf
        if r[4] in STATES:
            out.append((patient, r[0], week_of(int(r[0])), *r[1:]))
    return out


def _insert(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    precompute._bulk_insert(conn, "overview_cell", COLS, rows)


def store_flagged_cells(
    conn: Connection, db: duckdb.DuckDBPyConnection, crcs: Iterable[tuple[str, int]]
) -> None:
    """Called by the analysis' loader in its transaction: the overview from the new cells
    (``cells`` in the DuckDB connection ``db``), and the checksums of the rows just stored."""
    conn.execute(text("DELETE FROM overview_cell"))
    conn.execute(text("DELETE FROM overview_source"))
    cur = db.execute(
        "SELECT patient_id, day, day - ((day + 3) % 7), "
        + ", ".join(f'"{c}"' for c in precompute.CELL_COLS[2:])
        + " FROM cells WHERE cls IN ('u', 'f', 'x')"
    )
    while rows := cur.fetchmany(100_000):
        _insert(conn, rows)
    precompute._bulk_insert(conn, "overview_source", ("patient_id", "crc"), list(crcs))
    _set_state(conn, None)


def _set_state(conn: Connection, stamp: str | None) -> None:
    stamp = (
        stamp
        or conn.execute(text("SELECT value FROM accesslog_state WHERE key = 'stamp'")).scalar()
    )
    conn.execute(text("DELETE FROM accesslog_state WHERE key = :k"), {"k": _STATE_KEY})
    conn.execute(
        text("INSERT INTO accesslog_state (key, value) VALUES (:k, :v)"),
        {"k": _STATE_KEY, "v": stamp or ""},
    )


@dataclass
class SyncReport:
    changed: int = 0
    removed: int = 0
    rows: int = 0


def sync(conn: Connection) -> SyncReport:
    """Bring ``overview_cell`` in line with the stored cells when a refresh changed them: the
    citizens whose ``accesslog_patient`` row differs (by checksum) are read again. Runs the
    access log's refresh first when an import did not (it does nothing when the cells are
    current)."""
    rep = SyncReport()
    # the precomputation first, should an import not have run it (skipped when it is current)
    precompute.refresh(conn)
    state = conn.execute(
        text(
            "SELECT (SELECT value FROM accesslog_state WHERE key = 'stamp'), "
            "(SELECT value FROM accesslog_state WHERE key = :k)"
        ),
        {"k": _STATE_KEY},
    ).one()
    if state[0] is not None and state[0] == state[1]:
        return rep
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    have = dict(conn.execute(text("SELECT patient_id, crc FROM overview_source")).all())
    seen: set[str] = set()
    changed: list[str] = []
    rows: list[tuple[Any, ...]] = []
    crcs: list[tuple[str, int]] = []
    for pid, blob in conn.execute(text("SELECT patient_id, cells FROM accesslog_patient")):
        seen.add(pid)
        crc = zlib.crc32(bytes(blob)) if blob else 0
        if have.get(pid) == crc:
            continue
        changed.append(pid)
        crcs.append((pid, crc))
        if blob:
            rows += _rows(pid, blob)
    gone = [p for p in have if p not in seen]
    for part in range(0, len(changed) + len(gone), 900):
        ids = (changed + gone)[part : part + 900]
        for table in ("overview_cell", "overview_source"):
            conn.execute(
                text(f"DELETE FROM {table} WHERE patient_id IN ({_params(ids)})"),
                {f"i{k}": v for k, v in enumerate(ids)},
            )
    _insert(conn, rows)
    precompute._bulk_insert(conn, "overview_source", ("patient_id", "crc"), crcs)
    _set_state(conn, state[0])
    rep.changed, rep.removed, rep.rows = len(changed), len(gone), len(rows)
    return rep


def _params(ids: list[str]) -> str:
    return ", ".join(f":i{k}" for k in range(len(ids)))


# --- queries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the privacy officer narrows the overview to (every field optional)."""

    since: date | None = None
    until: date | None = None
    actor: str | None = None
    organization: str | None = None
    week: date | None = None
    state: str | None = None
    flag: str | None = None

    def __post_init__(self) -> None:
        if self.state is not None and self.state not in STATE_TEXT:
            raise Invalid(f"ukendt tilstand {self.state!r}; kendte: {', '.join(STATE_TEXT)}")
        if self.flag is not None and self.flag not in {f.code for f in CELL_FLAGS}:
            raise Invalid(
                f"ukendt markering {self.flag!r}; kendte: {', '.join(f.code for f in CELL_FLAGS)}"
            )
        if self.since and self.until and self.since > self.until:
            raise Invalid("'fra' er efter 'til'.")

    def where(self) -> list[Any]:
        c = OverviewCell
        w: list[Any] = []
        if self.since:
            w.append(c.day >= day_number(self.since))
        if self.until:
            w.append(c.day <= day_number(self.until))
        if self.actor:
            w.append(c.actor == self.actor)
        if self.organization is not None:
            w.append(c.org_id == self.organization)
        if self.week:
            w.append(c.week == week_of(day_number(self.week)))
        if self.state:
            w.append(c.cls == {v: k for k, v in STATES.items()}[self.state])
        if self.flag:
            w.append(c.flags.op("&")(F.BY_CODE[self.flag].bit) != 0)
        return w

    def echo(self) -> dict[str, Any]:
        return {
            k: (v.isoformat() if isinstance(v, date) else v)
            for k, v in self.__dict__.items()
            if v is not None
        }


def _sums() -> list[Any]:
    c = OverviewCell
    return [
        func.sum(c.n).label("entries"),
        func.sum(func.coalesce(_when(c.cls == "u", c.n), 0)).label("unexplained"),
        func.sum(func.coalesce(_when(c.cls == "f", c.n), 0)).label("flagged"),
        func.sum(func.coalesce(_when(c.cls == "x", c.n), 0)).label("explained_flagged"),
        func.count(func.distinct(c.patient_id)).label("citizens"),
        *[
            func.sum(func.coalesce(_when(c.flags.op("&")(f.bit) != 0, c.n), 0)).label(f.code)
            for f in CELL_FLAGS
        ],
    ]


def _when(cond: Any, value: Any) -> Any:
    from sqlalchemy import case

    return case((cond, value))


def _counts(row: Any) -> dict[str, Any]:
    m = row._mapping
    return {
        "entries": int(m["entries"] or 0),
        "unexplained": int(m["unexplained"] or 0),
        "flagged": int(m["flagged"] or 0),
        "explained_flagged": int(m["explained_flagged"] or 0),
        "citizens": int(m["citizens"] or 0),
        "flags": {
            f.code: int(m[f.code] or 0) for f in CELL_FLAGS if int(m[f.code] or 0) and f.code
        },
    }


def _staff_names(session: Session, actors: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Names and job titles of the users (``s:<staff id>``) and outside the roster."""
    sids = sorted({a[2:] for a in actors if a.startswith("s:")})
    out: dict[str, dict[str, Any]] = {}
    for part in range(0, len(sids), 500):
        ids = sids[part : part + 500]
        for s in session.scalars(select(Staff).where(Staff.id.in_(ids))):
            out[f"s:{s.id}"] = {"name": f"{s.given} {s.family}".strip() or s.id, "staff_id": s.id}
        for sid, title in session.execute(
            select(StaffRole.staff_id, StaffRole.title).where(StaffRole.staff_id.in_(ids))
        ):
            info = out.setdefault(f"s:{sid}", {"name": sid, "staff_id": sid})
            if title and not info.get("title"):
                info["title"] = title
    return out


def _user(actor: str, display: str | None, names: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if actor in names:
        n = names[actor]
        return {
            "actor": actor,
            "name": n["name"],
            "title": n.get("title"),
            "staff_id": n["staff_id"],
        }
    if actor.startswith("u:Patient/"):
        return {"actor": actor, "name": f"Borger ({actor[10:]})", "title": None, "staff_id": None}
    if actor.startswith("s:"):
        return {"actor": actor, "name": actor[2:], "title": None, "staff_id": actor[2:]}
    name = display or actor[2:]
    if name.lower().startswith("cpr:"):
        name = "Ukendt bruger (logget med CPR-nummer)"
    return {
        "actor": actor,
        "name": name,
        "title": "Uden for medarbejderregistret",
        "staff_id": None,
    }


def _org_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """The organisations' names as the access log shows them: a department with its hospital
    (``Kardiologisk afdeling, Aarhus Universitetshospital``), since many departments share a name."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.type, Organization.part_of)
    ).all()
    orgs = build_orgs(rows)
    return {oid: shown for oid, shown in zip(orgs.ids, orgs.display, strict=True) if oid in wanted}


def _as_of(session: Session) -> str | None:
    raw = session.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
    if not raw:
        return None
    import json

    rep = json.loads(raw)
    return rep.get("mode")


def overview(
    session: Session, auditor: str, filters: Filters | None = None, *, limit: int = 20
) -> dict[str, Any]:
    """The users and organisations with the most unexplained or flagged accesses, and the
    weeks; recorded in the audit trail."""
    require_role(session, auditor, "auditor")
    f = filters or Filters()
    sync(session.connection())
    c = OverviewCell
    where = f.where()
    total = session.execute(select(*_sums()).where(*where)).one()
    users = session.execute(
        select(c.actor, func.max(c.display).label("display"), *_sums())
        .where(*where)
        .group_by(c.actor)
        .order_by(func.sum(c.n).desc(), c.actor)
        .limit(limit)
    ).all()
    orgs = session.execute(
        select(c.org_id, func.count(func.distinct(c.actor)).label("users"), *_sums())
        .where(*where)
        .group_by(c.org_id)
        .order_by(func.sum(c.n).desc(), c.org_id)
        .limit(limit)
    ).all()
    weeks = session.execute(
        select(c.week, func.count(func.distinct(c.actor)).label("users"), *_sums())
        .where(*where)
        .group_by(c.week)
        .order_by(c.week)
    ).all()
    names = _staff_names(session, [u.actor for u in users])
    org_names = _org_names(session, [o.org_id for o in orgs])
    doc = {
        "filters": f.echo(),
        "total": _counts(total),
        "users": [{**_user(u.actor, u.display, names), **_counts(u)} for u in users],
        "organizations": [
            {
                "id": o.org_id,
                "name": org_names.get(o.org_id) or o.org_id or "Ukendt organisation",
                "users": int(o.users),
                **_counts(o),
            }
            for o in orgs
        ],
        "weeks": [
            {
                "week": day_date(int(w.week)).isoformat(),
                "label": _week_label(int(w.week)),
                "users": int(w.users),
                **_counts(w),
            }
            for w in weeks
        ],
        "computed_by": _as_of(session),
    }
    record(
        session, auditor, "overview.view", None, None, {"filters": f.echo(), "users": len(users)}
    )
    return doc


def _week_label(monday: int) -> str:
    d = day_date(monday)
    iso = d.isocalendar()
    return f"Uge {iso.week} {iso.year} ({fmt_day(monday)})"


def cells(session: Session, auditor: str, filters: Filters, *, limit: int = 500) -> dict[str, Any]:
    """The citizen-days behind a number of the overview (newest first); recorded."""
    require_role(session, auditor, "auditor")
    sync(session.connection())
    c = OverviewCell
    rows = session.scalars(
        select(c)
        .where(*filters.where())
        .order_by(c.day.desc(), c.actor, c.patient_id, c.id)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    names = _staff_names(session, [r.actor for r in rows] + [r.behalf for r in rows if r.behalf])
    org_names = _org_names(session, [r.org_id for r in rows])
    pids = sorted({r.patient_id for r in rows})
    citizens: dict[str, str] = {}
    for part in range(0, len(pids), 500):
        for p in session.scalars(select(Patient).where(Patient.id.in_(pids[part : part + 500]))):
            citizens[p.id] = f"{p.given} {p.family}".strip()
    out = []
    for r in rows:
        codes = F.codes_of(r.flags)
        out.append(
            {
                "patient": r.patient_id,
                "citizen": citizens.get(r.patient_id),
                "day": day_date(r.day).isoformat(),
                "user": _user(r.actor, r.display, names),
                "organization": {"id": r.org_id, "name": org_names.get(r.org_id) or r.org_id},
                "state": STATES[r.cls],
                "state_text": STATE_TEXT[STATES[r.cls]],
                "flags": codes,
                "reasons": F.reasons(codes),
                "explained_by": {"rule": r.rule, "relation": r.rel} if r.rule else None,
                "on_behalf_of": _user(r.behalf, None, names)["name"] if r.behalf else None,
                "count": r.n,
                "first": _iso(r.first),
                "last": _iso(r.last),
            }
        )
    record(
        session,
        auditor,
        "overview.cells",
        filters.actor or filters.organization,
        None,
        {"filters": filters.echo(), "rows": len(out)},
    )
    return {"filters": filters.echo(), "rows": out, "count": len(out), "more": more}


def _iso(t: int) -> str:
    return datetime.fromtimestamp(int(t), UTC).astimezone(TZ).isoformat()


def entries(
    session: Session,
    auditor: str,
    patient: str,
    actor: str,
    day: date,
    organization: str | None = None,
) -> dict[str, Any]:
    """The log entries of one user's unexplained or flagged accesses to one citizen on one day,
    each classified by the access-log engine now (from the raw entries, as a view of that day
    computes them); recorded in the audit trail."""
    from ..accesslog import engine as E
    from ..accesslog.people import load as load_people
    from ..accesslog.precompute import current_stamp, system_users, windows
    from ..accesslog.source import load_orgs, load_patient, with_rules

    require_role(session, auditor, "auditor")
    if (
        session.get(Patient, patient) is None
        and not session.execute(
            text("SELECT 1 FROM access_entry WHERE patient_id = :p LIMIT 1"), {"p": patient}
        ).first()
    ):
        raise NotFound("Borgeren findes ikke.")
    conn = session.connection()
    w = windows()
    orgs = with_rules(conn, load_orgs(conn, current_stamp(conn)))
    since = datetime.combine(day, datetime.min.time(), TZ).astimezone(UTC).replace(tzinfo=None)
    until = (
        datetime.combine(day + timedelta(days=1), datetime.min.time(), TZ)
        .astimezone(UTC)
        .replace(tzinfo=None)
    )
    loaded = load_patient(
        conn,
        orgs,
        patient,
        utcnow(),
        system_users(),
        with_ids=True,
        since=since,
        until=until,
        margin=(w.inactive_after, w.activity_ahead),
        stats=load_people(conn),
    )
    b = loaded.batch
    res = E.run(b, orgs, w)
    keys = loaded.actors.keys
    names = _staff_names(session, [actor])
    org_names = _org_names(session, orgs.ids)
    rel_keys = [f"{k}/{i}" for k, i in loaded.relations]
    docs = [f"document/{d}" for d in loaded.documents]
    in_period = loaded.in_period if loaded.in_period is not None else np.ones(b.t.size, bool)
    out = []
    for i in np.flatnonzero(in_period).tolist():
        cls = E.CLASSES[int(res.cls[i])]
        if keys[int(b.actor[i])] != actor or cls not in STATES:
            continue
        o = int(b.org[i])
        oid = orgs.ids[o] if o >= 0 else ""
        if organization is not None and oid != organization:
            continue
        codes = F.codes_of(int(res.flags[i]))
        r, rel = int(res.rule[i]), int(res.rel[i])
        relation = None
        if r >= 0 and rel >= 0:
            relation = docs[rel] if res.is_doc()[i] else rel_keys[rel]
        out.append(
            {
                "id": loaded.entry_ids[i] if loaded.entry_ids else None,
                "time": _iso(int(b.t[i])),
                "organization": {"id": oid, "name": org_names.get(oid) or oid},
                "state": STATES[cls],
                "state_text": STATE_TEXT[STATES[cls]],
                "flags": codes,
                "reasons": F.reasons(codes),
                "explained_by": {"rule": E.RULES[r], "relation": relation} if r >= 0 else None,
                "what": (loaded.what[i] if loaded.what else None),
            }
        )
    record(
        session,
        auditor,
        "overview.entries",
        patient,
        None,
        {"actor": actor, "day": day.isoformat(), "organization": organization, "entries": len(out)},
    )
    return {
        "patient": patient,
        "user": _user(actor, None, names),
        "day": day.isoformat(),
        "entries": out,
        "count": len(out),
    }


def parse_day(value: str | None, what: str) -> date | None:
    """``YYYY-MM-DD`` or ``dd.mm.yyyy`` (empty: none); a clear error otherwise."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise Invalid(f"{what}: ugyldig dato {value!r} (brug dd.mm.åååå)")


def local_today() -> date:
    return utcnow().replace(tzinfo=UTC).astimezone(TZ).date()
