"""The citizen's access log: every access explained or flagged, condensed into Danish lines.

``build_log`` is what ``indsigt log`` and the web/HTTP layer call (through ``views.log_view``);
``group_entries`` returns one group's entries for a drill-down. Both read the precomputed cells
when they reflect every import (``accesslog_state``) and the view time is after the citizen's
last entry; otherwise, and whenever single entries are asked for, they compute from the raw
entries with the same engine, so the two ways give the same groups.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from ..errors import Invalid, NotFound
from ..protect.base import ViewProtection
from ..timeutil import local_midnight
from . import engine as E
from . import flags as F
from . import people
from .condense import (
    CLASS_STATE,
    Cell,
    Group,
    Names,
    build_groups,
    flag_list,
    group_key,
    group_secret,
    high_volume,
    render,
    shown_flags,
)
from .condense import group_id as _group_id
from .precompute import cell_rows, make_stamp, system_users, unpack_cells, windows
from .source import Loaded, load_orgs, load_patient, to_epoch, with_rules

STATES = ("explained", "unexplained", "flagged", "system")
_EPOCH = date(1970, 1, 1)  # cells count local days from here


@dataclass(frozen=True)
class LogFilters:
    """Optional narrowing for the web pages and the HTTP API.

    ``since``/``until`` are local dates (both included); ``organization`` is an organisation id
    and includes everything under it; ``flag`` is a contract flag code; ``state`` one of
    explained, unexplained, flagged, system. Period and organisation select entries; flag and
    state select whole groups.
    """

    since: date | None = None
    until: date | None = None
    organization: str | None = None
    flag: str | None = None
    state: str | None = None

    def __post_init__(self) -> None:
        if self.flag is not None and self.flag not in F.CITIZEN_CODES:
            raise Invalid(f"ukendt markering {self.flag!r}; kendte: {', '.join(F.CITIZEN_CODES)}")
        if self.state is not None and self.state not in STATES:
            raise Invalid(f"ukendt tilstand {self.state!r}; kendte: {', '.join(STATES)}")
        if self.since and self.until and self.since > self.until:
            raise Invalid("perioden slutter før den begynder")

    @property
    def empty(self) -> bool:
        return not (self.since or self.until or self.organization or self.flag or self.state)


# --- computing cells -----------------------------------------------------------------------


@dataclass
class _Live:
    loaded: Loaded
    res: E.Result
    cells: list[Cell]
    #: per entry, the cell index (-1: outside the period asked for)
    entry_cell: np.ndarray
    org_ids: list[str]


def _live(
    conn: Connection,
    ctx: _Context,
    subject: str,
    at: datetime,
    *,
    with_ids: bool,
    since: datetime | None = None,
    until: datetime | None = None,
) -> _Live:
    w = windows()
    loaded = load_patient(
        conn,
        ctx.orgs,
        subject,
        at,
        system_users(),
        with_ids=with_ids,
        since=since,
        until=until,
        margin=(w.inactive_after, w.activity_ahead),
        stats=ctx.people,
    )
    b = loaded.batch
    res = E.run(b, ctx.orgs, w)
    sel = None if loaded.in_period is None else np.flatnonzero(loaded.in_period)
    c = E.cells(b, res, sel)
    cells = [Cell(*r[1:]) for r in cell_rows(loaded, ctx.orgs, c)]
    entry_cell = np.full(b.t.size, -1, dtype=np.int64)
    if c.of_entry is not None:
        entry_cell[np.arange(b.t.size) if sel is None else sel] = c.of_entry
    return _Live(loaded, res, cells, entry_cell, ctx.orgs.ids)


_Q_CELLS = text("SELECT cells FROM accesslog_patient WHERE patient_id = :p")
_Q_STATE = text(
    "SELECT (SELECT value FROM accesslog_state WHERE key = 'stamp'), "
    "(SELECT last FROM accesslog_patient WHERE patient_id = :p), "
    "(SELECT entries FROM accesslog_patient WHERE patient_id = :p), "
    "(SELECT COUNT(*) FROM access_entry WHERE patient_id = :p), "
    "(SELECT COALESCE(MAX(id), 0) FROM imported_file), (SELECT COUNT(*) FROM imported_file), "
    "(SELECT value FROM accesslog_state WHERE key = 'rules')"
)
_Q_PEOPLE = text(
    "SELECT s.id, s.given, s.family, r.organization_id, r.title FROM staff s "
    "LEFT JOIN staff_role r ON r.staff_id = s.id WHERE s.id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_Q_RELATIONS = text(
    'SELECT kind, id, organization_id, other_organization_id, start, "end", text '
    "FROM relation WHERE patient_id = :p "
    "UNION ALL SELECT 'document', id, organization_id, NULL, date, date, title "
    "FROM document WHERE patient_id = :p"
)


@dataclass
class _Context:
    """What every view of one store state shares: organisations with templates and service
    relations, peers, the figures on names and addresses, the key of group ids."""

    stamp: str
    orgs: E.Orgs
    org_display: dict[str, str]
    peers: dict[str, float]
    people: people.PeopleStats
    secret: bytes

    @functools.cached_property
    def homecare_orgs(self) -> frozenset[str]:
        o = self.orgs
        return frozenset(i for i, h in zip(o.ids, o.is_homecare.tolist(), strict=True) if h)

    def group_id(self, subject: str, key: tuple[Any, ...]) -> str:
        return _group_id(subject, key, self.secret)


_CTX: dict[str, _Context] = {}
_CTX_LOCK = threading.Lock()


def _context(conn: Connection, stamp: str) -> _Context:
    key = str(conn.engine.url)
    with _CTX_LOCK:
        ctx = _CTX.get(key)
    if ctx is not None and ctx.stamp == stamp:
        return ctx
    orgs = with_rules(conn, load_orgs(conn, stamp))
    peers = {r: float(m) for r, m in conn.execute(text("SELECT role, median FROM accesslog_peer"))}
    ctx = _Context(
        stamp,
        orgs,
        dict(zip(orgs.ids, orgs.display, strict=True)),
        peers,
        people.load(conn),
        _secret(conn),
    )
    with _CTX_LOCK:
        _CTX[key] = ctx
    return ctx


def _secret(conn: Connection) -> bytes:
    """The key of group ids: derived from the server's pseudonym key (never shown)."""
    from ..protect.keys import keys_for

    current, keys = keys_for(conn.engine.url.render_as_string(hide_password=True))
    return group_secret(keys[current])


def hidden_from_citizen(session: Session, patient: str, actor: str) -> bool:
    """Whether the user ``actor`` ("s:<staff id>") is hidden from the citizen now (their
    relationship flags show as ``attention``)."""
    if not actor.startswith("s:"):
        return False
    from ..protect.policy import protection_for_view
    from ..timeutil import utcnow

    return actor[2:] in protection_for_view(session, patient, patient, utcnow()).hidden


def _state(conn: Connection, subject: str, at: datetime) -> tuple[str, bool]:
    """The current stamp, and whether the stored cells can serve this view: they reflect every
    import, hold exactly the citizen's entries now in the store (entries removed by retention,
    or written past the importer, show up here), and the view time is after the last entry."""
    stored, last, cells_n, now_n, top, count, rules = conn.execute(_Q_STATE, {"p": subject}).one()
    stamp = make_stamp(top, count, rules)
    fresh = (
        stored == stamp
        and int(cells_n or 0) == int(now_n)
        and (last is None or int(to_epoch([at])[0]) >= int(last))
    )
    return stamp, fresh


def _descendants(orgs: E.Orgs, oid: str) -> set[str]:
    if oid not in orgs.index:
        return {oid}
    out = {orgs.index[oid]}
    changed = True
    while changed:
        changed = False
        for i in range(orgs.n):
            if i not in out and int(orgs.parent[i]) in out:
                out.add(i)
                changed = True
    return {orgs.ids[i] for i in out}


def _org_filter(f: LogFilters, orgs: E.Orgs) -> set[str] | None:
    return _descendants(orgs, f.organization) if f.organization else None


def _bounds(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    """Local dates (inclusive) -> the UTC instants [from, to) they cover."""
    return (
        local_midnight(since) if since else None,
        local_midnight(until + timedelta(days=1)) if until else None,
    )


# --- people and relations ------------------------------------------------------------------


def _people(
    conn: Connection, cells: list[Cell]
) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Roster names and job titles (per organisation) of the staff among the cells' actors and
    the people they acted for."""
    staff = sorted(
        {c.actor[2:] for c in cells if c.actor.startswith("s:")}
        | {c.behalf[2:] for c in cells if c.behalf.startswith("s:")}
    )
    names: dict[str, str] = {}
    titles: dict[str, dict[str, str]] = {}
    for i in range(0, len(staff), 900):
        for sid, given, family, oid, title in conn.execute(_Q_PEOPLE, {"ids": staff[i : i + 900]}):
            names[sid] = f"{given or ''} {family or ''}".strip()
            if title:
                titles.setdefault(sid, {})[oid or ""] = title
    return names, titles


def _relations(conn: Connection, subject: str) -> dict[tuple[str, str], Any]:
    rows = conn.execute(_Q_RELATIONS, {"p": subject}).all()
    if not rows:
        return {}
    ts = to_epoch([r[4] for r in rows] + [r[5] for r in rows])
    days = E.local_days(np.maximum(ts, 0))
    n = len(rows)
    return {
        (r[0], r[1]): (
            r[2],
            r[3],
            int(days[i]) if ts[i] >= 0 else None,
            int(days[n + i]) if ts[n + i] >= 0 else None,
            r[6],
        )
        for i, r in enumerate(rows)
    }


def _role_of(cells: list[Cell], titles: dict[str, dict[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for c in cells:
        if c.cls in "uf" and c.actor.startswith("s:") and c.actor not in out:
            t = titles.get(c.actor[2:], {})
            out[c.actor] = t.get(c.org) or next(iter(t.values()), "")
    return out


def _names(
    conn: Connection,
    ctx: _Context,
    subject: str,
    groups: list[Group],
    people: tuple[dict[str, str], dict[str, dict[str, str]]],
    protection: ViewProtection,
) -> Names:
    return Names(
        org_display=ctx.org_display,
        staff_name=people[0],
        titles=people[1],
        relations=_relations(conn, subject) if any(g.rels for g in groups) else {},
        protection=protection,
        subject=subject,
        homecare_orgs=ctx.homecare_orgs,
    )


# --- the view ------------------------------------------------------------------------------


def _prepare(
    session: Session, subject: str, at: datetime, f: LogFilters, *, with_entries: bool
) -> tuple[Connection, _Context, list[Cell], _Live | None]:
    """The cells of the citizen (of the period asked for): stored when they are current, else
    computed from the raw entries, as they are when single entries are asked for."""
    conn = session.connection()
    stamp, fresh = _state(conn, subject, at)
    ctx = _context(conn, stamp)
    if fresh and not with_entries:
        cells = [Cell(*r) for r in unpack_cells(conn.execute(_Q_CELLS, {"p": subject}).scalar())]
        if f.since is not None or f.until is not None:  # cells are per local day
            first = (f.since - _EPOCH).days if f.since else None
            last = (f.until - _EPOCH).days if f.until else None
            cells = [
                c
                for c in cells
                if (first is None or c.day >= first) and (last is None or c.day <= last)
            ]
        return conn, ctx, cells, None
    since, until = _bounds(f.since, f.until)
    live = _live(conn, ctx, subject, at, with_ids=with_entries, since=since, until=until)
    return conn, ctx, live.cells, live


def _iso_many(t: np.ndarray) -> list[str]:
    """Epoch seconds -> ISO 8601 with the Copenhagen offset, vectorised."""
    if t.size == 0:
        return []
    off = E.local_offsets(t)
    local = (t + off).astype("datetime64[s]")
    base = np.datetime_as_string(local, unit="s")
    sign = np.where(off >= 0, "+", "-")
    hh = np.char.zfill((np.abs(off) // 3600).astype(str), 2)
    mm = np.char.zfill(((np.abs(off) % 3600) // 60).astype(str), 2)
    return np.char.add(np.char.add(np.char.add(base, sign), np.char.add(hh, ":")), mm).tolist()


#: the kind of data an entry touched (the FHIR type of its first non-patient entity), in Danish
CATEGORIES = {
    "DocumentReference": "Notat",
    "Composition": "Notat",
    "MedicationStatement": "Medicin",
    "MedicationRequest": "Medicin",
    "MedicationAdministration": "Medicin",
    "MedicationDispense": "Medicin",
    "Medication": "Medicin",
    "Observation": "Målinger og prøvesvar",
    "DiagnosticReport": "Prøvesvar og undersøgelser",
    "ImagingStudy": "Billeder",
    "Condition": "Diagnoser",
    "Procedure": "Behandlinger",
    "Encounter": "Kontakter",
    "Appointment": "Aftaler",
    "EpisodeOfCare": "Forløb",
    "ServiceRequest": "Henvisninger",
    "CarePlan": "Plan",
    "Immunization": "Vaccinationer",
    "AllergyIntolerance": "Allergier",
    "Patient": "Stamdata",
    "QuestionnaireResponse": "Skemaer",
}


def category(data_ref: str | None) -> str | None:
    """'DocumentReference/x' -> 'Notat' (None when unknown)."""
    if not data_ref:
        return None
    return CATEGORIES.get(data_ref.partition("/")[0])


def _entries(
    live: _Live,
    ctx: _Context,
    subject: str,
    hv: set[tuple[str, int]],
    names: Names,
    keep_cell: np.ndarray,
) -> list[dict[str, Any]]:
    b, res = live.loaded.batch, live.res
    ids = live.loaded.entry_ids or []
    what = live.loaded.what or []
    data_ref = live.loaded.data_ref or []
    cell_gid = []
    cell_flags = []
    for c in live.cells:
        cell_gid.append(ctx.group_id(subject, group_key(c, hv)))
        cell_flags.append(E.FLAG_HIGH_VOLUME if c.cls in "uf" and (c.actor, c.day) in hv else 0)
    times = _iso_many(b.t)
    actors = live.loaded.actors
    org_disp = names.org_display
    rel_keys = live.loaded.relations
    docs = live.loaded.documents
    is_doc = res.is_doc()
    behalf = res.behalf if res.behalf is not None else np.full(b.t.size, -1, dtype=np.int32)
    expl_cache: dict[tuple[int, int, bool, int], dict[str, Any] | None] = {}
    person_cache: dict[int, str | None] = {}
    out = []
    for i in range(b.t.size):
        ci = int(live.entry_cell[i])
        if ci < 0 or not keep_cell[ci]:
            continue
        a = int(b.actor[i])
        akey = actors.keys[a]
        if a not in person_cache:
            person_cache[a] = names.person(akey, actors.display[a])
        r, rel, d, bh = int(res.rule[i]), int(res.rel[i]), bool(is_doc[i]), int(behalf[i])
        ck = (r, rel, d, bh if r == E.R_ON_BEHALF else (a if r == E.R_CITIZEN else -1))
        if ck not in expl_cache:
            if r == E.R_CITIZEN:
                expl_cache[ck] = names.explained_by("citizen", f"patient/{akey[10:]}")
            elif r < 0 or rel < 0:
                expl_cache[ck] = None
            else:
                key = f"document/{docs[rel]}" if d else "/".join(rel_keys[rel])
                resp = actors.keys[bh] if r == E.R_ON_BEHALF and bh >= 0 else ""
                expl_cache[ck] = names.explained_by(E.RULES[r], key, resp)
        bits = shown_flags(int(res.flags[i]) | cell_flags[ci], akey, names)
        flags = flag_list(bits)
        cls = E.CLASSES[int(res.cls[i])]
        state = CLASS_STATE[cls]
        if cls == "u" and bits & E.FLAG_HIGH_VOLUME:
            state = "flagged"
        o = int(b.org[i])
        cat = category(data_ref[i]) if data_ref else None
        out.append(
            {
                "id": ids[i],
                "time": times[i],
                "actor": person_cache[a],
                "organization": org_disp.get(live.org_ids[o]) if o >= 0 else None,
                "group": cell_gid[ci],
                "explained_by": expl_cache[ck],
                "flags": flags,
                "state": state,
                "reasons": F.reasons(flags),
                "what": (what[i] if what else None) or cat,
                "category": cat,
                "on_behalf_of": names.for_whom(actors.keys[bh], live.org_ids[o] if o >= 0 else "")
                if bh >= 0
                else None,
            }
        )
    return out


@dataclass
class _Condensed:
    keep: list[bool]
    hv: set[tuple[str, int]]
    groups: list[Group]
    names: Names


def _condense(
    conn: Connection,
    ctx: _Context,
    subject: str,
    cells: list[Cell],
    protection: ViewProtection,
    keep: list[bool],
) -> _Condensed:
    kept = [c for c, k in zip(cells, keep, strict=True) if k]
    people = _people(conn, kept)
    cands = {(c.actor, c.day) for c in kept if c.cls in "uf"}
    hv = high_volume(conn, cands, _role_of(kept, people[1]), ctx.peers) if cands else set()
    groups = build_groups(subject, kept, hv, ctx.secret)
    return _Condensed(keep, hv, groups, _names(conn, ctx, subject, groups, people, protection))


def _timeline(
    ctx: _Context,
    subject: str,
    cells: list[Cell],
    keep: list[bool],
    hv: set[tuple[str, int]],
    state_of: dict[str, str],
) -> list[dict[str, Any]]:
    """Accesses per local day (cells are per day), split by the state of the group each belongs
    to; cells outside the organisation asked for, or of groups filtered away, are left out."""
    per: dict[int, dict[str, int]] = {}
    for c, k in zip(cells, keep, strict=True):
        state = state_of.get(ctx.group_id(subject, group_key(c, hv))) if k else None
        if state is not None:
            per.setdefault(c.day, dict.fromkeys(STATES, 0))[state] += c.n
    return [{"day": (_EPOCH + timedelta(days=d)).isoformat(), **c} for d, c in sorted(per.items())]


def build_log(
    session: Session,
    subject: str,
    at: datetime,
    protection: ViewProtection,
    *,
    entries: bool = False,
    filters: LogFilters | None = None,
    timeline: bool = False,
    groups_page: tuple[int, int] | None = None,
    only_group: str | None = None,
) -> dict[str, Any]:
    """The condensed access log of ``subject`` at view time ``at`` (contract: ``log --json``).

    Returns ``{"total", "groups"[, "entries"][, "timeline"]}``; ``views.log_view`` adds patient
    and viewer and applies the text protection last. ``timeline`` adds the accesses per local
    day and state of the groups shown (for the chart), from the cells. ``groups_page``
    (offset, limit) renders only that page of the chosen groups (a citizen can have tens of
    thousands) and adds ``groups_matching``; ``total``, the timeline and the entries still cover
    every chosen group.
    """
    f = filters or LogFilters()
    conn, ctx, cells, live = _prepare(session, subject, at, f, with_entries=entries)
    org_set = _org_filter(f, ctx.orgs)
    keep = [org_set is None or c.org in org_set for c in cells]
    cd = _condense(conn, ctx, subject, cells, protection, keep)
    # state and flags are the group's own (render copies them), so filter before rendering
    picked = [
        g
        for g in cd.groups
        if (f.state is None or g.state == f.state)
        and (f.flag is None or f.flag in flag_list(shown_flags(g.flags, g.actor, cd.names)))
    ]
    if only_group is not None:  # a drill-down renders just its group
        picked = [g for g in picked if g.id == only_group]
    shown = picked
    if groups_page is not None:
        offset, limit = groups_page
        shown = picked[offset : offset + limit]
    doc: dict[str, Any] = {
        "total": sum(g.n for g in picked),
        "groups": [render(g, cd.names) for g in shown],
    }
    if groups_page is not None:
        doc["groups_matching"] = len(picked)
    if not f.empty:
        doc["filters"] = {
            "since": f.since.isoformat() if f.since else None,
            "until": f.until.isoformat() if f.until else None,
            "organization": f.organization,
            "flag": f.flag,
            "state": f.state,
        }
    if timeline:
        doc["timeline"] = _timeline(
            ctx, subject, cells, keep, cd.hv, {g.id: g.state for g in picked}
        )
    if entries:
        assert live is not None
        chosen_ids = {g.id for g in picked}
        keep_cell = np.array(
            [
                k and ctx.group_id(subject, group_key(c, cd.hv)) in chosen_ids
                for c, k in zip(cells, keep, strict=True)
            ],
            dtype=bool,
        )
        doc["entries"] = _entries(live, ctx, subject, cd.hv, cd.names, keep_cell)
    return doc


def group_entries(
    session: Session,
    subject: str,
    at: datetime,
    protection: ViewProtection,
    group_id: str,
    filters: LogFilters | None = None,
) -> dict[str, Any]:
    """One group of ``build_log`` with its entries (drill-down). Raises ``NotFound``.

    Returns ``{"patient", "group", "total", "entries"}``.
    """
    log = build_log(
        session, subject, at, protection, entries=False, filters=filters, only_group=group_id
    )
    group = next((g for g in log["groups"] if g["id"] == group_id), None)
    if group is None:
        raise NotFound("Gruppen findes ikke i adgangsloggen.")
    # only the days the group covers need computing (the rules look at one entry at a time)
    f = filters or LogFilters()
    first = date.fromisoformat(group["first"][:10])
    last = date.fromisoformat(group["last"][:10])
    since, until = _bounds(max(first, f.since or first), min(last, f.until or last))
    conn = session.connection()
    ctx = _context(conn, _state(conn, subject, at)[0])
    live = _live(conn, ctx, subject, at, with_ids=True, since=since, until=until)
    org_set = _org_filter(f, ctx.orgs)
    cd = _condense(
        conn,
        ctx,
        subject,
        live.cells,
        protection,
        [org_set is None or c.org in org_set for c in live.cells],
    )
    keep_cell = np.array(
        [
            k and ctx.group_id(subject, group_key(c, cd.hv)) == group_id
            for c, k in zip(live.cells, cd.keep, strict=True)
        ],
        dtype=bool,
    )
    rows = _entries(live, ctx, subject, cd.hv, cd.names, keep_cell)
    return {"patient": subject, "group": group, "total": len(rows), "entries": rows}
