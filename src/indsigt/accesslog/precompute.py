"""The precomputation: explain and flag every entry of the store at once, mine templates, and
store the log compressed into cells (``indsigt.store.accesslog``).

``refresh`` runs after each import (the importer calls it) and, should that not have happened,
views notice it through the stamp and compute from the raw entries instead, so a view always
reflects every import made before it.
"""

from __future__ import annotations

import itertools
import json
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson
from sqlalchemy import Connection, Engine, bindparam, text

from ..config import get_settings
from . import engine as E
from . import flags as F
from . import people, review
from .preload import Preload
from .source import Loaded, load_all, load_held, load_orgs, load_patients, with_rules

#: bump when the rules change: stored cells are then recomputed
#: 4: on-call cover of sister departments (rule ``cover``), home-care districts of one
#: municipality mined from one citizen, encounters until the end of the third working day;
#: 3: on-behalf work, service departments, relationship flags on explained accesses, windows
#: of open relations by activity (2: cells per day for every class; 1: explained per period)
VERSION = "4"


def windows() -> E.Windows:
    return E.Windows.with_grace(get_settings().episode_grace_days)


def system_users() -> frozenset[str]:
    return frozenset(u.strip() for u in get_settings().system_users.split(",") if u.strip())


def make_stamp(top: int, count: int, rules: str | None = None) -> str:
    """The stamp for the imports up to ``imported_file.id`` ``top`` (``count`` files) and the
    version of the operator's rules (``services.bump_rules``)."""
    s = get_settings()
    users = ",".join(sorted(system_users()))
    return f"{VERSION}|{top}|{count}|{s.episode_grace_days}|{users}|{rules or 0}"


def current_stamp(conn: Connection) -> str:
    """What the cells must have been computed from: the imports so far, the rules, the settings."""
    top, count, rules = conn.execute(
        text(
            "SELECT COALESCE(MAX(id), 0), COUNT(*), "
            "(SELECT value FROM accesslog_state WHERE key = 'rules') FROM imported_file"
        )
    ).one()
    return make_stamp(top, count, rules)


def stored_stamp(conn: Connection) -> str | None:
    return conn.execute(text("SELECT value FROM accesslog_state WHERE key = 'stamp'")).scalar()


@dataclass
class RefreshReport:
    skipped: bool
    entries: int = 0
    patients: int = 0
    cells: int = 0
    templates: int = 0
    seconds: float = 0.0
    mode: str = "full"
    #: CPU seconds of this process (wall time suffers on a shared machine)
    cpu_seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.entries / self.seconds if self.seconds else 0.0


def cell_columns(loaded: Loaded, orgs: E.Orgs, c: E.Cells) -> list[list[Any]]:
    """Engine cells -> the columns of ``CELL_COLS`` as Python lists, vectorised."""
    n = c.pat.size
    if n == 0:
        return [[] for _ in CELL_COLS]
    obj = np.array
    pats = obj(loaded.patients, dtype=object)[c.pat]
    akeys = obj(loaded.actors.keys, dtype=object)[c.actor]
    disp = obj(
        [None if s else d for s, d in zip(loaded.actors.staff, loaded.actors.display, strict=True)],
        dtype=object,
    )[c.actor]
    org_ids = obj([*orgs.ids, ""], dtype=object)[np.where(c.org >= 0, c.org, len(orgs.ids))]
    cls = obj(list(E.CLASSES), dtype=object)[c.cls]
    rule = obj([*E.RULES, ""], dtype=object)[np.where(c.rule >= 0, c.rule, len(E.RULES))]
    relkeys = obj(
        [f"{k}/{i}" for k, i in loaded.relations]
        + [f"document/{d}" for d in loaded.documents]
        + [""],
        dtype=object,
    )
    nrel = len(loaded.relations)
    ri = np.where(c.doc, c.rel + nrel, c.rel)
    ri = np.where(c.rel >= 0, ri, relkeys.size - 1)
    rel = relkeys[ri]
    own = np.flatnonzero(c.rule == E.R_CITIZEN)
    if own.size:  # the citizen (or a proxy) as the user: "patient/<id>"
        rel = rel.copy()
        rel[own] = [f"patient/{k[10:]}" for k in akeys[own].tolist()]
    behalf = obj([*loaded.actors.keys, ""], dtype=object)[
        np.where(c.behalf >= 0, c.behalf, len(loaded.actors.keys))
    ]
    return [
        pats.tolist(),
        c.day.tolist(),
        akeys.tolist(),
        disp.tolist(),
        org_ids.tolist(),
        cls.tolist(),
        rule.tolist(),
        rel.tolist(),
        c.flags.tolist(),
        c.n.tolist(),
        c.first.tolist(),
        c.last.tolist(),
        behalf.tolist(),
    ]


def cell_rows(loaded: Loaded, orgs: E.Orgs, c: E.Cells) -> list[tuple[Any, ...]]:
    """Engine cells -> rows in ``CELL_COLS`` order."""
    return list(zip(*cell_columns(loaded, orgs, c), strict=True))


def pack_cells(cols: list[list[Any]], a: int, b: int) -> bytes:
    """The cells ``a:b`` (one citizen's) as stored in ``accesslog_patient.cells``: JSON, one
    list per column of ``CELL_COLS`` after ``patient_id``."""
    return orjson.dumps([col[a:b] for col in cols[1:]])


#: the row format of ``accesslog_patient.cells``: ``{"rows":[[day, actor, ...], ...]}``, one
#: JSON list per cell (``CELL_COLS`` after ``patient_id``); the analysis on DuckDB writes it
#: (a cell's text is one concatenation there, and the order of a citizen's cells one
#: aggregate's)
ROWS_HEAD, ROWS_TAIL = '{"rows":[', "]}"


def pack_rows(rows: list[tuple[Any, ...]]) -> bytes:
    """A citizen's cells (rows of ``CELL_COLS`` without ``patient_id``) in the row format."""
    return orjson.dumps({"rows": rows})


#: the bare row format: the row format's rows, each preceded by a comma, without head or tail
#: (``,[day, actor, ...],[...]``): what the DuckDB analysis writes, each citizen's run of rows
#: as the engine made it (no copy to add a head and a tail)
ROWS_BARE = b","


def pack_bare(rows: list[tuple[Any, ...]]) -> bytes:
    """A citizen's cells (rows of ``CELL_COLS`` without ``patient_id``) in the bare row format."""
    return b"".join(ROWS_BARE + orjson.dumps(r) for r in rows)


def unpack_cells(data: bytes | memoryview | None) -> list[tuple[Any, ...]]:
    """The rows (``CELL_COLS`` without ``patient_id``) of a citizen's stored cells, in any of
    the formats: one JSON list per column (:func:`pack_cells`, the numpy refresh and the loader
    of Arrow results), one per cell (:func:`pack_rows`, the DuckDB analysis before) or the bare
    rows (:func:`pack_bare`, the DuckDB analysis)."""
    if not data:
        return []
    raw = bytes(data)
    if raw[:1] == ROWS_BARE:
        return [tuple(r) for r in orjson.loads(b"[" + raw[1:] + b"]")]
    got = orjson.loads(raw)
    if isinstance(got, dict):
        return [tuple(r) for r in got["rows"]]
    return list(zip(*got, strict=True))


CELL_COLS = (
    "patient_id",
    "day",
    "actor",
    "display",
    "org_id",
    "cls",
    "rule",
    "rel",
    "flags",
    "n",
    "first",
    "last",
    "behalf",
)


def _bulk_insert(conn: Connection, table: str, cols: tuple[str, ...], rows: list[tuple]) -> None:
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in cols)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as cp:  # type: ignore[attr-defined]
            for r in rows:
                cp.write_row(r)
        return
    ph = ", ".join("?" for _ in cols)
    sql = f"INSERT INTO {table} ({names}) VALUES ({ph})"
    for i in range(0, len(rows), 50_000):
        conn.exec_driver_sql(sql, rows[i : i + 50_000])


def _peers(conn: Connection) -> list[tuple[str, int, float, float]]:
    """Per job title: median and p99 of the citizens looked up without a relation per user-day,
    from the stored cells."""
    # one row per user-day with unexplained lookups (as many as there are such cells): read
    # straight from the driver, without SQLAlchemy's row objects (a third of the time)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cur = raw.cursor()
    try:
        cur.execute(
            "SELECT actor, MIN(org_id), COUNT(DISTINCT patient_id) FROM accesslog_userday "
            "GROUP BY actor, day"
        )
        per_day = cur.fetchall()
    finally:
        cur.close()
    staff = sorted({a[2:] for a, _, _ in per_day if a.startswith("s:")})
    titles: dict[str, dict[str, str]] = {}
    for part in range(0, len(staff), 900):
        for sid, oid, title in conn.execute(_Q_TITLES, {"ids": staff[part : part + 900]}):
            titles.setdefault(sid, {})[oid or ""] = title or ""
    by_role: dict[str, list[int]] = defaultdict(list)
    for actor, org, k in per_day:
        t = titles.get(actor[2:], {}) if actor.startswith("s:") else {}
        by_role[t.get(org) or next(iter(t.values()), "") or ""].append(int(k))
    out = []
    for r, xs in by_role.items():
        xs.sort()
        out.append((r, len(xs), float(statistics.median(xs)), float(xs[int(0.99 * (len(xs) - 1))])))
    return out


_Q_TITLES = text(
    "SELECT staff_id, organization_id, title FROM staff_role WHERE staff_id IN :ids"
).bindparams(bindparam("ids", expanding=True))
LOG_TYPES = frozenset({"AuditEvent", "csv"})


def _sorted_cells(loaded: Loaded, c: E.Cells) -> E.Cells:
    """Cells in patient-id order: the index on patient_id then grows at its end."""
    rank = np.empty(len(loaded.patients), dtype=np.int64)
    rank[np.argsort(np.array(loaded.patients, dtype=object))] = np.arange(len(loaded.patients))
    order = np.argsort(rank[c.pat], kind="stable")
    fields = [f for f in E.Cells.__dataclass_fields__ if f != "of_entry"]
    return E.Cells(**{f: getattr(c, f)[order] for f in fields})


PATIENT_COLS = ("patient_id", "entries", "last", "n_cells", "cells")
USERDAY_COLS = ("patient_id", "actor", "day", "org_id")


def _store(conn: Connection, loaded: Loaded, c: E.Cells, cols: list[list[Any]]) -> None:
    """Write the citizens' cells (``c`` and its ``cols``: sorted by citizen) and the user-days
    with unexplained lookups (for ``high_volume`` and the peers)."""
    b = loaded.batch
    counts = np.bincount(b.pat, minlength=b.n_patients)
    last = np.full(b.n_patients, -1, dtype=np.int64)
    np.maximum.at(last, b.pat, b.t)
    pats = cols[0]
    starts: dict[str, tuple[int, int]] = {}
    if pats:
        arr = np.array(pats, dtype=object)
        cut = np.flatnonzero(arr[1:] != arr[:-1]) + 1
        bounds = np.concatenate([[0], cut, [len(pats)]]).tolist()
        for a, z in itertools.pairwise(bounds):
            starts[pats[a]] = (a, z)
    rows = []
    for pid, n, t in zip(loaded.patients, counts.tolist(), last.tolist(), strict=True):
        a, z = starts.get(pid, (0, 0))
        rows.append((pid, n, t, z - a, pack_cells(cols, a, z) if z > a else None))
    _bulk_insert(conn, "accesslog_patient", PATIENT_COLS, rows)
    day, actor, org = cols[1], cols[2], cols[4]
    sel = np.flatnonzero((c.cls == E.C_UNEXPLAINED) | (c.cls == E.C_FLAGGED)).tolist()
    ud = {(pats[i], actor[i], day[i], org[i]) for i in sel}
    _bulk_insert(conn, "accesslog_userday", USERDAY_COLS, sorted(ud))


def _relationship(c: E.Cells) -> list[int]:
    """The cells with a relationship flag (for the review queue)."""
    return np.flatnonzero((c.flags & F.RELATIONSHIP) != 0).tolist()


def _last_removal(conn: Connection) -> str:
    """The newest retention run (entries removed): cells from before it must be recomputed."""
    return str(
        conn.execute(
            text("SELECT COALESCE(MAX(id), 0) FROM audit_trail WHERE action = 'retention.apply'")
        ).scalar()
    )


#: an incremental refresh is a full one (templates mined anew) once the log has grown by this
#: share since the templates were last mined (the first log import mines them)
REMINE_GROWTH = 0.2


def _write_state(conn: Connection, stamp: str, report: RefreshReport) -> None:
    conn.execute(text("DELETE FROM accesslog_state WHERE key IN ('stamp', 'report', 'removal')"))
    conn.execute(
        text(
            "INSERT INTO accesslog_state (key, value) VALUES ('stamp', :s), ('report', :r), "
            "('removal', :d)"
        ),
        {"s": stamp, "r": json.dumps(report.__dict__), "d": _last_removal(conn)},
    )


#: PostgreSQL advisory-lock key: one refresh at a time ("al" + "rf")
_LOCK_KEY = 0x616C7266
#: the marks of ``accesslog_dirty`` this refresh covers (a temporary copy)
_SEEN = "accesslog_seen"


def _lock(conn: Connection) -> None:
    """PostgreSQL: refreshes run one at a time (until the transaction ends). Two at once would
    both replace the cells. Imports do not take the lock."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def _take_marks(conn: Connection) -> None:
    """Copy the citizens marked dirty by the imports so far, with their marks, before any entry
    is read: every entry whose mark is copied is then read by this refresh (the importer writes
    entries and marks in one transaction)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS pg_temp.{_SEEN}")
        conn.exec_driver_sql(
            f"CREATE TEMP TABLE {_SEEN} ON COMMIT DROP AS "
            "SELECT patient_id, mark FROM accesslog_dirty"
        )
    else:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_SEEN}")
        conn.exec_driver_sql(
            f"CREATE TEMP TABLE {_SEEN} AS SELECT patient_id, mark FROM accesslog_dirty"
        )
        # the removal of the marks looks each one up here: without an index that is a scan per
        # mark (quadratic: 45 ms at 1,741 citizens, minutes at 100,000)
        conn.exec_driver_sql(f"CREATE INDEX temp.ix_{_SEEN} ON {_SEEN} (patient_id)")


def _clear_marks(conn: Connection) -> None:
    """Remove the marks this refresh covered, and only those: a citizen marked again since the
    copy (another ``mark``) stays marked for the next refresh. PostgreSQL: a mark locked by an
    import not yet committed is skipped, never waited for (it stays; the refresh after that
    import recomputes the citizen)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "DELETE FROM accesslog_dirty WHERE patient_id IN (SELECT d.patient_id "
            f"FROM accesslog_dirty d JOIN {_SEEN} s ON s.patient_id = d.patient_id "
            "AND s.mark = d.mark FOR UPDATE OF d SKIP LOCKED)"
        )
        return
    conn.exec_driver_sql(
        f"DELETE FROM accesslog_dirty WHERE EXISTS (SELECT 1 FROM temp.{_SEEN} s "
        "WHERE s.patient_id = accesslog_dirty.patient_id AND s.mark = accesslog_dirty.mark)"
    )
    conn.exec_driver_sql(f"DROP TABLE temp.{_SEEN}")


def _incremental(
    conn: Connection, stamp: str, t0: float, c0: float, log_files: int
) -> RefreshReport | None:
    """Recompute only the citizens the importer marked dirty (``accesslog_dirty``).

    Templates stay as mined by the last full refresh; peers are recomputed from the cells.
    Returns None when an incremental refresh is not possible: no earlier refresh, other rules
    or settings, imports other than the newest ``log_files`` log files since the last refresh
    (master data changes what explains every entry), a retention run since, or a log that has
    grown by more than ``REMINE_GROWTH`` since the templates were mined (they are mined anew).
    """
    old = stored_stamp(conn)
    if old is None or old.split("|")[0] != VERSION:
        return None
    if old.split("|")[3:] != stamp.split("|")[3:]:  # settings changed
        return None
    if int(old.split("|")[2]) + log_files != int(stamp.split("|")[2]):  # other imports between
        return None
    removal = conn.execute(text("SELECT value FROM accesslog_state WHERE key = 'removal'")).scalar()
    if removal != _last_removal(conn):  # entries were removed (retention) since
        return None
    mined = conn.execute(text("SELECT value FROM accesslog_state WHERE key = 'mined'")).scalar()
    total = conn.execute(text("SELECT COUNT(*) FROM access_entry")).scalar() or 0
    if total > (1 + REMINE_GROWTH) * int(mined or 0):  # the log grew: mine the templates anew
        return None
    dirty = [
        p for (p,) in conn.execute(text(f"SELECT patient_id FROM {_SEEN} ORDER BY patient_id"))
    ]
    orgs = with_rules(conn, load_orgs(conn, stamp))
    templates = int(orgs.tpl_idx.size > 0)
    loaded = load_patients(conn, orgs, dirty, system_users(), people.load(conn))
    b = loaded.batch
    res = E.run(b, orgs, windows())
    c = _sorted_cells(loaded, E.cells(b, res))
    cols = cell_columns(loaded, orgs, c)
    for part in range(0, len(dirty), 900):
        ids = {"ids": dirty[part : part + 900]}
        conn.execute(_Q_DEL_USERDAYS, ids)
        conn.execute(_Q_DEL_PATIENTS, ids)
    _store(conn, loaded, c, cols)
    review.sync(conn, cols, CELL_COLS, _relationship(c), citizens=dirty)
    conn.execute(text("DELETE FROM accesslog_peer"))
    _bulk_insert(conn, "accesslog_peer", ("role", "userdays", "median", "p99"), _peers(conn))
    return RefreshReport(
        skipped=False,
        entries=int(b.t.size),
        patients=b.n_patients,
        cells=len(cols[0]),
        templates=templates,
        seconds=time.perf_counter() - t0,
        mode="incremental",
        cpu_seconds=time.process_time() - c0,
    )


_Q_DEL_USERDAYS = text("DELETE FROM accesslog_userday WHERE patient_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_Q_DEL_PATIENTS = text("DELETE FROM accesslog_patient WHERE patient_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


def refresh(
    target: Engine | Connection, *, force: bool = False, log_files: int = 0, held: Any = None
) -> RefreshReport:
    """Bring the cells, templates and peer figures up to date with every import.

    Nothing happens when no import happened since the last run (unless ``force``). When every
    file imported since then held only log entries (the importer says the newest ``log_files``
    did), only the citizens the importer marked dirty are recomputed; otherwise everything is.
    Either way the marks the refresh covered are removed, in its transaction.

    ``held``: the entries the import just stored (:class:`indsigt.ingest.held.HeldEntries`);
    a full refresh uses them instead of reading the store when they are every entry of it, and
    then the master data read meanwhile (``held.preload``), when nothing else was imported since.
    """
    if isinstance(target, Engine):
        with target.begin() as conn:
            return refresh(conn, force=force, log_files=log_files, held=held)
    conn = target
    _lock(conn)
    stamp = current_stamp(conn)
    if not force and stored_stamp(conn) == stamp:
        return RefreshReport(skipped=True)
    t0 = time.perf_counter()
    c0 = time.process_time()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size=-262144")
    _take_marks(conn)
    report = None
    if log_files and not force:
        report = _incremental(conn, stamp, t0, c0, log_files)
    if report is None:
        report = _full(conn, stamp, t0, c0, held)
    _clear_marks(conn)
    _write_state(conn, stamp, report)
    return report


def compute_full(loaded: Loaded, orgs: E.Orgs, w: E.Windows) -> tuple[Any, ...]:
    """What a full refresh computes from the loaded entries and master data and the
    organisations with their service relations: (loaded, the organisations with the mined
    templates, the mined templates, the cells, their stored columns). Reads nothing."""
    b = loaded.batch
    rel_rows = E.relation_rows(b, orgs, w)
    res = E.run(b, orgs, w, templates=False, rows=rel_rows)
    mined = E.mine_templates(b, orgs, rel_rows, res)
    if mined:
        orgs = orgs.with_templates(
            [(orgs.ids[m.user_org], orgs.ids[m.relation_org]) for m in mined]
        )
        res = E.run(b, orgs, w, rows=rel_rows)
    c = _sorted_cells(loaded, E.cells(b, res))
    cols = cell_columns(loaded, orgs, c)
    return loaded, orgs, mined, c, cols


def _full(
    conn: Connection,
    stamp: str,
    t0: float,
    c0: float,
    held: Any = None,
) -> RefreshReport:
    """Recompute every citizen and mine the templates anew (from ``held`` when it holds every
    entry of the store, else from the store)."""
    w = windows()
    from_held = held is not None and held.covers(conn)
    preload: Preload | None = held.preload if from_held else None
    pre = preload.take(conn, held.files, LOG_TYPES) if preload is not None else None
    stats = pre[1] if pre else people.compute(conn)
    people.store(conn, stats)
    # computed already, while the import's last steps ran, from these same inputs (checked)?
    done = preload.computed(conn, held.count) if preload is not None and pre else None
    if done is None:
        orgs = with_rules(conn, load_orgs(conn, stamp), templates=False)
        if from_held:
            loaded = load_held(conn, orgs, system_users(), held, stats, pre[0] if pre else None)
        else:
            loaded = load_all(conn, orgs, system_users(), stats)
        done = compute_full(loaded, orgs, w)
    loaded, orgs, mined, c, cols = done
    b = loaded.batch
    for table in ("accesslog_userday", "accesslog_patient", "accesslog_template", "accesslog_peer"):
        conn.execute(text(f"DELETE FROM {table}"))
    _store(conn, loaded, c, cols)
    _bulk_insert(
        conn,
        "accesslog_template",
        ("user_org", "relation_org", "patients", "users", "share", "weeks", "lift"),
        [
            (
                orgs.ids[m.user_org],
                orgs.ids[m.relation_org],
                m.patients,
                m.users,
                m.share,
                m.weeks,
                m.lift,
            )
            for m in mined
        ],
    )
    _bulk_insert(conn, "accesslog_peer", ("role", "userdays", "median", "p99"), _peers(conn))
    review.sync(conn, cols, CELL_COLS, _relationship(c), citizens=None)
    conn.execute(text("DELETE FROM accesslog_state WHERE key = 'mined'"))
    conn.execute(
        text("INSERT INTO accesslog_state (key, value) VALUES ('mined', :n)"),
        {"n": str(int(b.t.size))},
    )
    return RefreshReport(
        skipped=False,
        entries=int(b.t.size),
        patients=b.n_patients,
        cells=len(cols[0]),
        templates=len(mined),
        seconds=time.perf_counter() - t0,
        cpu_seconds=time.process_time() - c0,
    )
