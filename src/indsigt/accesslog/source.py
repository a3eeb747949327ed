"""Reading the store into the integer-coded arrays of :mod:`indsigt.accesslog.engine`.

SQL is plain and works on SQLite and PostgreSQL alike; times come back as epoch seconds (parsed
by numpy from SQLite's text, extracted by PostgreSQL itself), and strings are coded with
dictionaries so that the engine never touches a Python string per entry.
"""

from __future__ import annotations

import contextlib
import queue
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import Any

import numpy as np
from sqlalchemy import Connection, text

from .core import KINDS, Batch, Orgs, csr
from .orgs import build_orgs
from .people import PeopleStats, has_related_person, name_key
from .text import address_norm, person_key, surname_parts

#: words in a user's name or id that mark a machine (integration, batch job, indexer ...)
SYSTEM_USER_RE = re.compile(
    r"integration|batch|replik|indeks|robot|system|service|\bjob\b|sync|interface|maskin|automat",
    re.IGNORECASE,
)
CHUNK = 200_000
#: the actor key of a citizen acting as the user (BALP patient self-access, a proxy)
CITIZEN_ACTOR = "u:Patient/"


# --- SQL helpers ---------------------------------------------------------------------------


def epoch_sql(conn: Connection, col: str) -> str:
    """SQL for a DateTime column as something :func:`to_epoch` reads: epoch seconds computed by
    the database (SQLite 3.38 and newer: ``unixepoch``; older: the stored text)."""
    if conn.dialect.name == "sqlite":
        return f"unixepoch({col})" if sqlite3.sqlite_version_info >= (3, 38) else col
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM {col})) AS BIGINT)"


def to_epoch(values: Sequence[Any]) -> np.ndarray:
    """Epoch seconds (int64, -1 for NULL) from SQLite text or PostgreSQL numbers."""
    if not values:
        return np.zeros(0, dtype=np.int64)
    first = next((v for v in values if v is not None), None)
    if first is None:
        return np.full(len(values), -1, dtype=np.int64)
    if isinstance(first, str):
        a = np.array(values, dtype="datetime64[us]").astype(np.int64)
        out = a // 1_000_000
        out[a == np.iinfo(np.int64).min] = -1
        return out
    if isinstance(first, datetime):
        return np.array(
            [-1 if v is None else int(v.replace(tzinfo=UTC).timestamp()) for v in values],
            dtype=np.int64,
        )
    if None in values:
        return np.array([-1 if v is None else int(v) for v in values], dtype=np.int64)
    return np.fromiter(values, dtype=np.int64, count=len(values))


def db_time(conn: Connection, dt: datetime) -> Any:
    """A naive UTC datetime as the store compares it (SQLite keeps text)."""
    if conn.dialect.name == "sqlite":
        return dt.isoformat(" ", "microseconds")
    return dt


def _in_chunks(items: Sequence[str], size: int = 900) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _select_in(
    conn: Connection, sql: str, col: str, ids: Sequence[str], **params: Any
) -> list[Any]:
    """``sql`` with ``{where}`` filled by ``col IN (...)`` over chunks of ``ids``."""
    rows: list[Any] = []
    for part in _in_chunks(ids):
        names = [f"i{k}" for k in range(len(part))]
        where = f"{col} IN ({', '.join(':' + n for n in names)})"
        rows += conn.execute(
            text(sql.format(where=where)), {**params, **dict(zip(names, part, strict=True))}
        ).all()
    return rows


# --- organisations -------------------------------------------------------------------------

_ORG_CACHE: dict[str, tuple[str, Orgs]] = {}
_ORG_LOCK = threading.Lock()


def load_orgs(conn: Connection, stamp: str) -> Orgs:
    """The organisation hierarchy, cached per database until ``stamp`` changes."""
    key = str(conn.engine.url)
    with _ORG_LOCK:
        hit = _ORG_CACHE.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    rows = conn.execute(text(ORG_SQL)).all()
    orgs = build_orgs(rows)
    from ..ingest.orgs import resolve_org_ids  # entries keep a provisional org id as logged

    orgs.index.update(
        {p: orgs.index[r] for p, r in resolve_org_ids(conn).items() if r in orgs.index}
    )
    with _ORG_LOCK:
        _ORG_CACHE[key] = (stamp, orgs)
    return orgs


ORG_SQL = "SELECT id, name, type, part_of FROM organization ORDER BY id"


def org_inputs(conn: Connection) -> tuple[Any, ...]:
    """What :func:`orgs_from` builds the organisations of a refresh from (the rows
    :func:`load_orgs` reads, and the operator's service relations), comparable with ``==``."""
    from ..ingest.orgs import resolve_org_ids

    rows = tuple(tuple(r) for r in conn.execute(text(ORG_SQL)))
    return rows, resolve_org_ids(conn), tuple(load_services(conn))


def orgs_from(inputs: tuple[Any, ...]) -> Orgs:
    """``with_rules(conn, load_orgs(conn, stamp), templates=False)`` from :func:`org_inputs`."""
    rows, aliases, services = inputs
    orgs = build_orgs(rows)
    orgs.index.update({p: orgs.index[r] for p, r in aliases.items() if r in orgs.index})
    return orgs.with_services(list(services))


def load_templates(conn: Connection) -> list[tuple[str, str]]:
    return [
        (a, b)
        for a, b in conn.execute(text("SELECT user_org, relation_org FROM accesslog_template"))
    ]


def load_services(conn: Connection) -> list[tuple[str, str]]:
    """The operator's list of service relations (``accesslog_service``)."""
    return [
        (a, b)
        for a, b in conn.execute(text("SELECT user_org, relation_org FROM accesslog_service"))
    ]


def with_rules(conn: Connection, orgs: Orgs, *, templates: bool = True) -> Orgs:
    """``orgs`` with the operator's service relations and (unless not wanted) the mined
    templates set."""
    orgs = orgs.with_services(load_services(conn))
    if templates:
        pairs = load_templates(conn)
        if pairs:
            orgs = orgs.with_templates(pairs)
    return orgs


# --- people --------------------------------------------------------------------------------


@dataclass
class Codes:
    """String -> small integer, shared by citizens and actors so equal codes mean equal values."""

    cpr: dict[str, int] = field(default_factory=dict)
    addr: dict[str, int] = field(default_factory=dict)
    person: dict[str, int] = field(default_factory=dict)
    token: dict[str, int] = field(default_factory=dict)

    @staticmethod
    def code(table: dict[str, int], value: str | None) -> int:
        if not value:
            return -1
        c = table.get(value)
        if c is None:
            c = table[value] = len(table)
        return c

    def person_attrs(
        self,
        cpr: str | None,
        given: str | None,
        family: str | None,
        address_key: str | None,
    ) -> tuple[int, int, int, list[int]]:
        addr = address_norm(address_key)
        return (
            self.code(self.cpr, (cpr or "").replace("-", "") or None),
            self.code(self.addr, addr),
            self.code(self.person, person_key(given, family, None, addr=addr) if addr else None),
            [self.code(self.token, t) for t in sorted(surname_parts(family))],
        )


def _attr_arrays(attrs: list[tuple[int, int, int, list[int]]]) -> tuple[np.ndarray, ...]:
    n = len(attrs)
    cpr = np.array([a[0] for a in attrs], dtype=np.int32) if n else np.zeros(0, np.int32)
    addr = np.array([a[1] for a in attrs], dtype=np.int32) if n else np.zeros(0, np.int32)
    person = np.array([a[2] for a in attrs], dtype=np.int32) if n else np.zeros(0, np.int32)
    rows = np.array([i for i, a in enumerate(attrs) for _ in a[3]], dtype=np.int64)
    toks = np.array([t for a in attrs for t in a[3]], dtype=np.int32)
    ptr, idx = csr(n, rows, toks)
    return cpr, addr, person, ptr, idx


@dataclass
class Actors:
    """The users who accessed: key ``s:<staff id>`` or ``u:<user as logged>``."""

    keys: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    staff: list[str | None] = field(default_factory=list)
    display: list[str | None] = field(default_factory=list)
    ref: list[str | None] = field(default_factory=list)

    def add(self, key: str, staff: str | None, ref: str | None, display: str | None) -> int:
        """Add an actor by its key (``s:<staff id>`` or ``u:<user>``); returns its code."""
        c = self.index.get(key)
        if c is None:
            c = self.index[key] = len(self.keys)
            self.keys.append(key)
            self.staff.append(staff)
            self.display.append(display)
            self.ref.append(ref)
        elif display and not self.display[c]:
            self.display[c] = display
        return c


@dataclass
class Loaded:
    """A :class:`Batch` with the strings behind its codes."""

    batch: Batch
    patients: list[str]
    actors: Actors
    #: (kind, id) of each relation; id of each document
    relations: list[tuple[str, str]]
    documents: list[str]
    entry_ids: list[str] | None = None
    #: staff id -> {organisation id: job title}
    titles: dict[str, dict[str, str]] = field(default_factory=dict)
    #: per entry (with ids): what was done, and the data touched (``Type/id``)
    what: list[str | None] | None = None
    data_ref: list[str | None] | None = None
    #: per entry: inside the period asked for (a view loads some days more for the activity of
    #: open relations); None = all
    in_period: np.ndarray | None = None


def _encode(
    values: Sequence[Any], table: dict[Any, int], grow: bool, missing: int = -1
) -> np.ndarray:
    """Codes of ``values`` from ``table`` (C-level lookups; new values added when ``grow``)."""
    new = set(values).difference(table)
    if new:
        if grow:
            for v in sorted(new, key=lambda x: (x is None, str(x))):
                table[v] = len(table)
        else:
            table = {**table, **dict.fromkeys(new, missing)}
    return np.fromiter(map(table.__getitem__, values), dtype=np.int32, count=len(values))


_GET = [itemgetter(i) for i in range(13)]
_I0, _I1, _I2, _I3, _I4, _I5, _I6 = (itemgetter(i) for i in range(7))
_FIRST2 = itemgetter(0, 1)


def _codes(table: dict[Any, int], values: Iterable[Any], missing: int | None = None) -> np.ndarray:
    """``table[v]`` for each value, C-level (``missing`` for values not in the table)."""
    vals = list(values)
    if missing is not None:
        new = set(vals).difference(table)
        if new:
            table = {**table, **dict.fromkeys(new, missing)}
    return np.fromiter(map(table.__getitem__, vals), dtype=np.int32, count=len(vals))


def _all(
    conn: Connection, sql: str, pre: dict[str, list[tuple[Any, ...]]] | None = None
) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` (from ``pre`` when it was read already: :class:`Preload`)."""
    if pre is not None and sql in pre:
        return pre[sql]
    return [r for rows in raw_rows(conn, sql) for r in rows]


PATIENT_SQL = "SELECT id, cpr, given, family, address_key FROM patient"
STAFF_SQL = "SELECT id, cpr, given, family, address_key FROM staff"
ROLE_SQL = "SELECT staff_id, organization_id, title FROM staff_role"
PART_SQL = "SELECT kind, relation_id, staff_id FROM relation_staff"
RELATIVE_SQL = "SELECT patient_id, given, family FROM related_person"


def relation_sql(conn: Connection) -> str:
    return (
        "SELECT kind, id, patient_id, organization_id, other_organization_id, {s}, {e} "
        "FROM relation"
    ).format(s=epoch_sql(conn, "start"), e=epoch_sql(conn, '"end"'))


def document_sql(conn: Connection) -> str:
    return "SELECT id, patient_id, author_staff_id, {d}, organization_id FROM document".format(
        d=epoch_sql(conn, "date")
    )


def master_sql(conn: Connection) -> list[str]:
    """The master data a full refresh reads whole (:func:`assemble` with ``all_patients``)."""
    sql = [PATIENT_SQL, STAFF_SQL, ROLE_SQL, relation_sql(conn), PART_SQL, document_sql(conn)]
    return sql + ([RELATIVE_SQL] if has_related_person(conn) else [])


class EntryAccumulator:
    """Collects access-entry rows (in chunks) into coded arrays, with C-level lookups only
    (a Python loop runs just over the few rows of users outside the roster)."""

    def __init__(self, orgs: Orgs, system_users: frozenset[str], with_ids: bool) -> None:
        self.orgs = orgs
        self.system_users = system_users
        self.with_ids = with_ids
        self.pat_index: dict[str, int] = {}
        self.actors = Actors()
        self.staff_actor: dict[str | None, int] = {None: -2}
        self.org_index: dict[Any, int] = {**orgs.index, None: -1}
        self.behalf_actor: dict[str | None, int] = {None: -1}
        self.parts: list[tuple[np.ndarray, ...]] = []
        self.ids: list[str] = []
        #: per entry (with ids): what was done (``handling`` / entity description), the data
        self.what: list[str | None] = []
        self.data_ref: list[str | None] = []

    @property
    def patients(self) -> list[str]:
        return list(self.pat_index)

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        """Rows of ``entry_sql``: (patient_id, time, user_staff_id, user_ref, user_display,
        organization_id, bits (1 emergency, 2 write, 4 system), on-behalf key[, id, what,
        data_ref])."""
        if not rows:
            return
        n = len(rows)
        # user_ref and user_display (3, 4) are read only for the few users outside the roster
        cols = {i: list(map(_GET[i], rows)) for i in (0, 1, 2, 5, 6, 7)}
        bits = np.fromiter(cols[6], dtype=np.int8, count=n)
        self.add_columns(
            cols[0],
            to_epoch(cols[1]),
            cols[2],
            lambda i: rows[i][3],
            lambda i: rows[i][4],
            cols[5],
            (bits & 1).astype(bool),
            (bits & 2).astype(bool),
            (bits & 4).astype(bool),
            cols[7],
        )
        if self.with_ids:
            self.ids.extend(map(_GET[8], rows))
            self.what.extend(map(_GET[9], rows))
            self.data_ref.extend(map(_GET[10], rows))

    def add_columns(
        self,
        patient: list[str],
        t: np.ndarray,
        staff: list[str | None],
        ref: Callable[[int], str | None],
        display: Callable[[int], str | None],
        org_id: list[str | None],
        emergency: np.ndarray,
        write: np.ndarray,
        system: np.ndarray,
        behalf_key: list[str | None],
    ) -> None:
        """Entries given column by column, as :meth:`add` reads them from ``entry_sql``'s rows
        (``ref``/``display``: the user as logged of entry ``i``, read only for users outside the
        roster)."""
        n = len(patient)
        cols = {0: patient, 2: staff, 5: org_id, 7: behalf_key}
        pat = _encode(cols[0], self.pat_index, grow=True)
        acts, sa = self.actors, self.staff_actor
        for sid in sorted(set(cols[2]).difference(sa), key=str):
            sa[sid] = acts.add(f"s:{sid}", sid, None, None)
        actor = np.fromiter(map(sa.__getitem__, cols[2]), dtype=np.int32, count=n)
        outside = np.flatnonzero(actor == -2)  # users outside the roster
        if outside.size:
            sub = [(ref(i), display(i)) for i in outside.tolist()]
            keys = [f"u:{r[0] if r[0] is not None else r[1] or '?'}" for r in sub]
            first: dict[str, tuple[Any, Any]] = {}
            for k, r in zip(keys, sub, strict=True):
                if k not in first or (r[1] and not first[k][1]):
                    first[k] = (r[0], r[1])
            codes = {k: acts.add(k, None, ref, disp) for k, (ref, disp) in first.items()}
            actor[outside] = np.fromiter(map(codes.__getitem__, keys), np.int32, len(keys))
        org = _encode(cols[5], self.org_index, grow=False)
        ba = self.behalf_actor
        for key in sorted(set(cols[7]).difference(ba), key=str):
            sid = key[2:] if key.startswith("s:") else None
            disp = None if sid else key[2:]
            if sid:
                c = self.staff_actor.get(sid)
                if c is None or c < 0:
                    c = self.staff_actor[sid] = acts.add(key, sid, None, None)
                ba[key] = c
            else:
                ba[key] = acts.add(key, None, None, disp)
        behalf = np.fromiter(map(ba.__getitem__, cols[7]), dtype=np.int32, count=n)
        self.parts.append((pat, t, actor, org, emergency, system, write, behalf))

    def arrays(self) -> tuple[np.ndarray, ...]:
        if not self.parts:
            e = np.zeros(0, dtype=np.int32)
            b = np.zeros(0, bool)
            return e, np.zeros(0, np.int64), e, e, b, b, b, e
        return tuple(np.concatenate([p[i] for p in self.parts]) for i in range(8))


ENTRY_COLS = (
    "patient_id, {time}, user_staff_id, "
    "CASE WHEN user_staff_id IS NULL THEN user_ref END, "
    "CASE WHEN user_staff_id IS NULL THEN user_display END, "
    "organization_id, "
    # the flags of the entry as one small number, computed by the database
    "(CASE WHEN purpose IN ('ETREAT', 'BTG') THEN 1 ELSE 0 END) "
    "+ (CASE WHEN action IN ('C', 'U', 'D') THEN 2 ELSE 0 END) "
    "+ (CASE WHEN is_system THEN 4 ELSE 0 END), "
    "CASE WHEN on_behalf_staff_id IS NOT NULL THEN 's:' || on_behalf_staff_id "
    "WHEN on_behalf_display IS NOT NULL THEN 'u:' || on_behalf_display END"
)


def entry_sql(conn: Connection, with_ids: bool) -> str:
    cols = ENTRY_COLS.format(time=epoch_sql(conn, "time"))
    return f"SELECT {cols}{', id, what, data_ref' if with_ids else ''} FROM access_entry"


def assemble(
    conn: Connection,
    orgs: Orgs,
    acc: EntryAccumulator,
    *,
    all_patients: bool,
    stats: PeopleStats | None = None,
    first_entry: dict[str, int] | None = None,
    pre: dict[str, list[tuple[Any, ...]]] | None = None,
) -> Loaded:
    """Add relations, documents and people of the accumulated citizens; build the batch.

    ``stats`` say which family names are common and which addresses shared (default: the
    national list only); ``first_entry`` gives citizens' first log entry when the entries
    accumulated are not all of them (a view of a period)."""
    stats = stats or PeopleStats()
    pat, t, actor, org, emergency, system, write, behalf = acc.arrays()
    patients = acc.patients
    pidx = acc.pat_index
    actors = acc.actors
    n_p = len(patients)
    codes = Codes()

    # -- citizens
    if all_patients:
        prow = _all(conn, PATIENT_SQL, pre)
    else:
        prow = _select_in(
            conn,
            "SELECT id, cpr, given, family, address_key FROM patient WHERE {where}",
            "id",
            patients,
        )
    pattrs: list[tuple[int, int, int, list[int]]] = [(-1, -1, -1, [])] * n_p
    pinfo: dict[str, tuple[Any, ...]] = {}
    for pid, cpr, given, family, akey in prow:
        i = pidx.get(pid)
        if i is not None:
            pattrs[i] = codes.person_attrs(cpr, given, family, akey)
            pinfo[pid] = (cpr, given, family, akey)

    # -- staff: the actors, and the staff who are these citizens (for coworker)
    staff_ids = sorted({s for s in actors.staff if s})
    scols = "id, cpr, given, family, address_key"
    if all_patients:
        srows = _all(conn, STAFF_SQL, pre)
        rrows = _all(conn, ROLE_SQL, pre)
    else:
        srows = _select_in(conn, f"SELECT {scols} FROM staff WHERE {{where}}", "id", staff_ids)
        cprs = sorted({(v[0] or "").replace("-", "") for v in pinfo.values() if v[0]})
        addrs = sorted({v[3] for v in pinfo.values() if v[3]})
        seen = {r[0] for r in srows}
        extra = _select_in(conn, f"SELECT {scols} FROM staff WHERE {{where}}", "cpr", cprs)
        extra += _select_in(
            conn, f"SELECT {scols} FROM staff WHERE {{where}}", "address_key", addrs
        )
        families = sorted({v[2] for v in pinfo.values() if v[2]})
        extra += _select_in(conn, f"SELECT {scols} FROM staff WHERE {{where}}", "family", families)
        srows += [r for r in extra if r[0] not in seen and not seen.add(r[0])]  # type: ignore[func-returns-value]
        rrows = _select_in(
            conn,
            "SELECT staff_id, organization_id, title FROM staff_role WHERE {where}",
            "staff_id",
            [r[0] for r in srows],
        )
    titles: dict[str, dict[str, str]] = {}
    role_orgs: dict[str, list[int]] = {}
    for sid, oid, title in rrows:
        if sid is None:
            continue
        titles.setdefault(sid, {})[oid or ""] = title or ""
        if oid in orgs.index:
            role_orgs.setdefault(sid, []).append(orgs.index[oid])
    sattrs = {
        sid: codes.person_attrs(cpr, given, family, akey) for sid, cpr, given, family, akey in srows
    }
    aattrs: list[tuple[int, int, int, list[int]]] = []
    for k in range(len(actors.keys)):
        sid = actors.staff[k]
        if sid and sid in sattrs:
            aattrs.append(sattrs[sid])
        else:  # outside the roster: only the family name from the display name
            disp = actors.display[k] or ""
            fam = disp.split()[-1] if len(disp.split()) >= 2 else None
            aattrs.append((-1, -1, -1, [codes.code(codes.token, x) for x in surname_parts(fam)]))
    # citizen-as-staff: CPR equal, or (no CPR on the staff record) name + address equal
    by_cpr: dict[int, list[int]] = {}
    by_person: dict[int, list[int]] = {}
    for i, (cpr_c, _, person_c, _) in enumerate(pattrs):
        if cpr_c >= 0:
            by_cpr.setdefault(cpr_c, []).append(i)
        if person_c >= 0:
            by_person.setdefault(person_c, []).append(i)
    cw_pat: list[int] = []
    cw_org: list[int] = []
    for sid, (cpr_c, _, person_c, _) in sattrs.items():
        if sid not in role_orgs:
            continue
        who = by_cpr.get(cpr_c, []) if cpr_c >= 0 else by_person.get(person_c, [])
        for pi in who:
            for o in role_orgs[sid]:
                cw_pat.append(pi)
                cw_org.append(o)

    # entry organisation missing, or the logging system's: the user's own department
    # (no organisations at all: nothing is the logging system's; sparse data must not crash)
    sys_org = orgs.is_system[np.maximum(org, 0)] if orgs.is_system.size else (org < -1)
    fix = np.flatnonzero((org < 0) | sys_org)
    if fix.size:
        first_org = np.array(
            [
                role_orgs[s][0] if s and s in role_orgs else -1
                for s in (actors.staff[a] for a in range(len(actors.keys)))
            ],
            dtype=np.int32,
        )
        cand = first_org[actor[fix]] if first_org.size else np.zeros(0, np.int32)
        org = org.copy()
        org[fix] = np.where(cand >= 0, cand, org[fix])
    # machines: marked as such, listed in settings, or named like one (outside the roster)
    sys_actor = np.array(
        [
            (actors.staff[k] is not None and actors.staff[k] in acc.system_users)
            or (actors.ref[k] is not None and actors.ref[k] in acc.system_users)
            or (
                actors.staff[k] is None
                and not actors.keys[k].startswith(CITIZEN_ACTOR)
                and bool(SYSTEM_USER_RE.search(f"{actors.ref[k] or ''} {actors.display[k] or ''}"))
            )
            for k in range(len(actors.keys))
        ],
        dtype=bool,
    )
    if sys_actor.size:
        system = system | sys_actor[actor]

    # -- relations, participants, documents
    rel_sql = relation_sql(conn)
    doc_sql = document_sql(conn)
    if all_patients:
        rrel = _all(conn, rel_sql, pre)
        rpart = _all(conn, PART_SQL, pre)
        rdoc = _all(conn, doc_sql, pre)
    else:
        rrel = _select_in(conn, rel_sql + " WHERE {where}", "patient_id", patients)
        rpart = _select_in(
            conn,
            "SELECT rs.kind, rs.relation_id, rs.staff_id FROM relation_staff rs JOIN relation r "
            "ON r.kind = rs.kind AND r.id = rs.relation_id WHERE {where}",
            "r.patient_id",
            patients,
        )
        rdoc = _select_in(conn, doc_sql + " WHERE {where}", "patient_id", patients)
    kcode = {k: i for i, k in enumerate(KINDS)}
    rrel = [r for r in rrel if r[2] in pidx and r[0] in kcode]
    relations = list(map(_FIRST2, rrel))
    rel_index = {k: i for i, k in enumerate(relations)}
    oidx: dict[Any, int] = {**orgs.index, None: -1}
    r_pat = _codes(pidx, map(_I2, rrel))
    r_kind = _codes(kcode, map(_I0, rrel)).astype(np.int8)
    r_org = _codes(oidx, map(_I3, rrel), missing=-1)
    r_other = _codes(oidx, map(_I4, rrel), missing=-1)
    r_start = to_epoch(list(map(_I5, rrel)))
    r_end = to_epoch(list(map(_I6, rrel)))
    # participants and authors: only staff who accessed these citizens matter
    sact = {k[2:]: c for k, c in actors.index.items() if k.startswith("s:")}
    rpart = [r for r in rpart if r[2] in sact and (r[0], r[1]) in rel_index]
    rs_rel = _codes(rel_index, map(_FIRST2, rpart)).astype(np.int64)
    rs_actor = _codes(sact, map(_I2, rpart))
    rdoc = [d for d in rdoc if d[1] in pidx]
    documents = list(map(_I0, rdoc))
    d_pat = _codes(pidx, map(_I1, rdoc))
    d_actor = _codes({**sact, None: -1}, map(_I2, rdoc), missing=-1)
    d_date = to_epoch(list(map(_I3, rdoc)))
    d_org = _codes(oidx, map(_I4, rdoc), missing=-1)

    # -- the organisations of each actor's roles (on-behalf work: is the user of the
    # responsible person's organisation?)
    a_rows = [k for k in range(len(actors.keys)) for _ in role_orgs.get(actors.staff[k] or "", ())]
    a_orgs = [o for k in range(len(actors.keys)) for o in role_orgs.get(actors.staff[k] or "", ())]
    a_org_ptr, a_org_idx = csr(
        len(actors.keys), np.array(a_rows, dtype=np.int64), np.array(a_orgs, dtype=np.int32)
    )
    # -- registered relatives who are users
    rp_pat, rp_actor = _relatives(conn, patients, pidx, actors, srows, all_patients, pre)
    # -- the citizens' first log entry (a view of a period loads only some of them)
    p_first = np.full(n_p, np.iinfo(np.int64).max >> 30, dtype=np.int64)
    if t.size:
        np.minimum.at(p_first, pat, t)
    for pid, first in (first_entry or {}).items():
        i = pidx.get(pid)
        if i is not None:
            p_first[i] = min(int(p_first[i]), first)
    tok_common = np.zeros(len(codes.token), dtype=bool)
    for tok, c in codes.token.items():
        tok_common[c] = tok in stats.common_surnames
    addr_shared = np.zeros(len(codes.addr), dtype=bool)
    for a_, c in codes.addr.items():
        addr_shared[c] = a_ in stats.shared_addresses

    p_cpr, p_addr, p_person, p_ptr, p_tok = _attr_arrays(pattrs)
    a_cpr, a_addr, a_person, a_ptr, a_tok = _attr_arrays(aattrs)
    a_citizen = np.array([k.startswith(CITIZEN_ACTOR) for k in actors.keys], dtype=bool)
    batch = Batch(
        n_patients=n_p,
        pat=pat,
        t=t,
        actor=actor,
        org=org,
        emergency=emergency,
        system=system,
        n_actors=len(actors.keys),
        a_cpr=a_cpr,
        a_addr=a_addr,
        a_person=a_person,
        a_tok_ptr=a_ptr,
        a_tok=a_tok,
        p_cpr=p_cpr,
        p_addr=p_addr,
        p_person=p_person,
        p_tok_ptr=p_ptr,
        p_tok=p_tok,
        cw_pat=np.array(cw_pat, dtype=np.int32),
        cw_org=np.array(cw_org, dtype=np.int32),
        r_pat=r_pat,
        r_kind=r_kind,
        r_org=r_org,
        r_other=r_other,
        r_start=r_start,
        r_end=r_end,
        rs_rel=rs_rel,
        rs_actor=rs_actor,
        d_pat=d_pat,
        d_actor=d_actor,
        d_date=d_date,
        behalf=behalf,
        write=write,
        a_org_ptr=a_org_ptr,
        a_org_idx=a_org_idx,
        a_citizen=a_citizen,
        d_org=d_org,
        p_first=p_first,
        tok_common=tok_common,
        addr_shared=addr_shared,
        rp_pat=rp_pat,
        rp_actor=rp_actor,
    )
    return Loaded(
        batch,
        patients,
        actors,
        relations,
        documents,
        acc.ids if acc.with_ids else None,
        titles,
        acc.what if acc.with_ids else None,
        acc.data_ref if acc.with_ids else None,
    )


def _relatives(
    conn: Connection,
    patients: list[str],
    pidx: dict[str, int],
    actors: Actors,
    srows: list[Any],
    all_patients: bool,
    pre: dict[str, list[tuple[Any, ...]]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(citizen, actor) pairs where the actor (a staff member) has the name of a registered
    relative of the citizen (``related_person``: first given name and family name)."""
    empty = np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
    if not patients or not has_related_person(conn):
        return empty
    sql = RELATIVE_SQL
    rows = (
        _all(conn, sql, pre)
        if all_patients
        else _select_in(conn, sql + " WHERE {where}", "patient_id", patients)
    )
    if not rows:
        return empty
    by_name: dict[str, list[int]] = {}
    for sid, _cpr, given, family, _akey in srows:
        key = name_key(given, family)
        c = actors.index.get(f"s:{sid}")
        if key and c is not None:
            by_name.setdefault(key, []).append(c)
    rp_p: list[int] = []
    rp_a: list[int] = []
    for pid, given, family in rows:
        i = pidx.get(pid)
        key = name_key(given, family)
        if i is None or key is None:
            continue
        for c in by_name.get(key, ()):
            rp_p.append(i)
            rp_a.append(c)
    return np.array(rp_p, dtype=np.int32), np.array(rp_a, dtype=np.int32)


def load_patient(
    conn: Connection,
    orgs: Orgs,
    subject: str,
    at: datetime,
    system_users: frozenset[str],
    *,
    with_ids: bool = False,
    since: datetime | None = None,
    until: datetime | None = None,
    margin: tuple[int, int] = (0, 0),
    stats: PeopleStats | None = None,
) -> Loaded:
    """One citizen's entries up to ``at`` (optionally only ``[since, until)``), with context.

    With a period, entries ``margin`` seconds before and after it are read too (the activity of
    open relations looks that far), and ``Loaded.in_period`` marks the entries of the period."""
    acc = EntryAccumulator(orgs, system_users, with_ids)
    acc.pat_index[subject] = 0
    sql = entry_sql(conn, with_ids) + " WHERE patient_id = :p AND time <= :at"
    params: dict[str, Any] = {"p": subject, "at": db_time(conn, at)}
    if since is not None:
        sql += " AND time >= :since"
        params["since"] = db_time(conn, since - timedelta(seconds=margin[0]))
    if until is not None:
        sql += " AND time < :until"
        params["until"] = db_time(conn, until + timedelta(seconds=margin[1]))
    acc.add(conn.execute(text(sql + " ORDER BY time, id"), params).all())
    first: dict[str, int] = {}
    if since is not None:
        got = conn.execute(
            text("SELECT MIN(time) FROM access_entry WHERE patient_id = :p"), {"p": subject}
        ).scalar()
        if got is not None:
            first[subject] = int(to_epoch([got])[0])
    loaded = assemble(conn, orgs, acc, all_patients=False, stats=stats, first_entry=first)
    if since is not None or until is not None:
        t = loaded.batch.t
        keep = np.ones(t.size, dtype=bool)
        if since is not None:
            keep &= t >= int(since.replace(tzinfo=UTC).timestamp())
        if until is not None:
            keep &= t < int(until.replace(tzinfo=UTC).timestamp())
        loaded.in_period = keep
    return loaded


def load_patients(
    conn: Connection,
    orgs: Orgs,
    subjects: Sequence[str],
    system_users: frozenset[str],
    stats: PeopleStats | None = None,
) -> Loaded:
    """Every entry of some citizens (for an incremental refresh), with context."""
    acc = EntryAccumulator(orgs, system_users, with_ids=False)
    sql = entry_sql(conn, False) + " WHERE {where}"
    for part in _in_chunks(list(subjects)):
        acc.add(_select_in(conn, sql, "patient_id", part))
    return assemble(conn, orgs, acc, all_patients=False, stats=stats)


def raw_rows(conn: Connection, sql: str, size: int = CHUNK) -> Iterator[list[tuple[Any, ...]]]:
    """Chunks of rows straight from the driver's cursor (no per-row wrapping), read ahead by a
    thread: SQLite and psycopg let go of the GIL while they step, so reading overlaps the coding
    of the previous chunk. A server-side cursor on PostgreSQL."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    pg = conn.dialect.name == "postgresql"
    cur = raw.cursor(name=f"al{threading.get_ident()}") if pg else raw.cursor()  # type: ignore[call-arg]
    q: queue.Queue[list[tuple[Any, ...]] | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def read() -> None:
        try:
            cur.execute(sql)
            while not stop.is_set():
                rows = cur.fetchmany(size)
                if not rows:
                    break
                q.put(rows)
            q.put(None)
        except BaseException as exc:  # handed to the consumer
            q.put(exc)

    reader = threading.Thread(target=read, name="accesslog-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = q.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while reader.is_alive():  # let a reader blocked on a full queue finish
            with contextlib.suppress(queue.Empty):
                q.get(timeout=0.05)
        cur.close()


def load_all(
    conn: Connection,
    orgs: Orgs,
    system_users: frozenset[str],
    stats: PeopleStats | None = None,
) -> Loaded:
    """Every entry of the store, streamed in chunks."""
    acc = EntryAccumulator(orgs, system_users, with_ids=False)
    for rows in raw_rows(conn, entry_sql(conn, False)):
        acc.add(rows)
    return assemble(conn, orgs, acc, all_patients=True, stats=stats)


#: ``purpose`` and ``action`` values that set the flags ``ENTRY_COLS`` computes in SQL
_EMERGENCY = frozenset({"ETREAT", "BTG"})
_WRITE = frozenset({"C", "U", "D"})


def load_held(
    conn: Connection,
    orgs: Orgs,
    system_users: frozenset[str],
    held: Any,
    stats: PeopleStats | None = None,
    pre: dict[str, list[tuple[Any, ...]]] | None = None,
) -> Loaded:
    """What :func:`load_all` reads, from the entries an import holds already
    (:class:`indsigt.ingest.held.HeldEntries`: the columns of ``access_entry`` as stored, in the
    order stored, when they are every entry of the store), in :func:`load_all`'s chunks."""
    (pat, time, staff, ref, disp, org, action, purpose, is_sys, ob_staff, ob_disp) = held.cols
    acc = EntryAccumulator(orgs, system_users, with_ids=False)
    for a in range(0, held.count, CHUNK):
        z = min(a + CHUNK, held.count)
        n = z - a
        obs, obd = ob_staff[a:z], ob_disp[a:z]
        behalf: list[str | None] = [None] * n
        for i in [i for i in range(n) if obs[i] is not None or obd[i] is not None]:
            behalf[i] = f"s:{obs[i]}" if obs[i] is not None else f"u:{obd[i]}"
        acc.add_columns(
            pat[a:z],
            to_epoch(time[a:z]),
            staff[a:z],
            lambda i, a=a: ref[a + i],
            lambda i, a=a: disp[a + i],
            org[a:z],
            np.fromiter(map(_EMERGENCY.__contains__, purpose[a:z]), dtype=bool, count=n),
            np.fromiter(map(_WRITE.__contains__, action[a:z]), dtype=bool, count=n),
            np.fromiter(map(bool, is_sys[a:z]), dtype=bool, count=n),
            behalf,
        )
    return assemble(conn, orgs, acc, all_patients=True, stats=stats, pre=pre)
