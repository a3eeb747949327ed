"""``indsigt export --parquet DIR``: the store as Parquet files, for DuckDB or a Spark cluster.

Layout (``docs/analytics.md``)::

    DIR/meta.json                     the stamp the export reflects, settings, counts
    DIR/entries/month=YYYY-MM/part-NNNNN.parquet    access-log entries, by month (UTC)
    DIR/actors.parquet                every user and responsible person the log names, and staff
    DIR/actor_tokens.parquet          (actor, family-name part code)
    DIR/patients.parquet, patient_tokens.parquet
    DIR/tokens.parquet                family-name part codes: a common family name (the engine's
                                      own figures of the store, ``people.compute``)?
    DIR/relations.parquet, relation_staff.parquet, documents.parquet
    DIR/organizations.parquet, staff_roles.parquet, staff_membership.parquet
    DIR/related_persons.parquet, services.parquet

Entries, relations, documents and roles keep their order in the store (``seq``): the numpy
engine breaks ties by that order, and so does the analysis. Keys are integer codes, assigned
exactly as the numpy engine's loader assigns them (its :class:`~indsigt.accesslog.source.
EntryAccumulator` codes the entries here), so the two engines start from the same inputs.

People's CPR numbers, names and addresses are **not** exported: only equality codes of their
normalised forms (two people share a code when the engine would call the values equal), which is
all the analysis needs. Note texts are not exported either. The export still holds personal
data (who looked at whom, when) and must be kept like the database.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Connection, Engine, text

from ..accesslog import people, precompute
from ..accesslog.orgs import build_orgs
from ..accesslog.people import has_related_person, name_key
from ..accesslog.source import (
    CHUNK,
    ENTRY_COLS,
    Codes,
    EntryAccumulator,
    epoch_sql,
    raw_rows,
    to_epoch,
)
from ..accesslog.text import surname_parts
from ..errors import Invalid

#: bump when the layout changes; ``analyze`` refuses other versions
FORMAT = 2

#: the raw columns of an entry exported besides the engine's codes
ENTRY_RAW = (
    "id",
    "action",
    "purpose",
    "user_ref",
    "user_staff_id",
    "user_role_id",
    "user_display",
    "on_behalf_staff_id",
    "on_behalf_display",
    "organization_id",
    "system_name",
    "what",
    "data_ref",
    "session_id",
    "source",
)


@dataclass
class ExportReport:
    path: str
    entries: int = 0
    patients: int = 0
    actors: int = 0
    relations: int = 0
    documents: int = 0
    months: list[str] = field(default_factory=list)
    seconds: float = 0.0
    bytes: int = 0


def _arr(values: Sequence[Any], typ: pa.DataType) -> pa.Array:
    return pa.array(values, type=typ)


def _codes_or_null(a: np.ndarray) -> pa.Array:
    """int32 codes with -1 as null."""
    return pa.array(a, type=pa.int32(), mask=a < 0)


def _times_or_null(a: np.ndarray) -> pa.Array:
    return pa.array(a, type=pa.int64(), mask=a < 0)


class _Months:
    """One Parquet writer per month partition (``entries/month=YYYY-MM``)."""

    def __init__(self, root: Path, schema: pa.Schema) -> None:
        self.root = root
        self.schema = schema
        self.writers: dict[str, pq.ParquetWriter] = {}

    def write(self, month: str, table: pa.Table) -> None:
        w = self.writers.get(month)
        if w is None:
            d = self.root / f"month={month}"
            d.mkdir(parents=True, exist_ok=True)
            w = self.writers[month] = pq.ParquetWriter(
                d / "part-00000.parquet", self.schema, compression="snappy"
            )
        w.write_table(table, row_group_size=1 << 20)

    def close(self) -> list[str]:
        for w in self.writers.values():
            w.close()
        return sorted(self.writers)


ENTRY_SCHEMA = pa.schema(
    [
        ("seq", pa.int64()),
        ("pat", pa.int32()),
        ("t", pa.int64()),
        ("actor", pa.int32()),
        ("org", pa.int32()),
        ("behalf", pa.int32()),
        ("emergency", pa.bool_()),
        ("write", pa.bool_()),
        ("system", pa.bool_()),
        *[(c, pa.string()) for c in ENTRY_RAW],
    ]
)


def _month_of(t: np.ndarray) -> np.ndarray:
    return np.datetime_as_string(t.astype("datetime64[s]").astype("datetime64[M]"), unit="M")


def _entries(conn: Connection, acc: EntryAccumulator, out: Path) -> tuple[int, list[str]]:
    """Stream every entry (in the store's order, in the loader's chunks) into month partitions."""
    sql = (
        f"SELECT {ENTRY_COLS.format(time=epoch_sql(conn, 'time'))}, "
        + ", ".join(f'"{c}"' for c in ENTRY_RAW)
        + " FROM access_entry"
    )
    months = _Months(out / "entries", ENTRY_SCHEMA)
    seq = 0
    for rows in raw_rows(conn, sql, CHUNK):
        acc.add(rows)
        pat, t, actor, org, emergency, system, write, behalf = acc.parts.pop()
        n = len(rows)
        cols: dict[str, Any] = {
            "seq": pa.array(np.arange(seq, seq + n, dtype=np.int64)),
            "pat": pa.array(pat, type=pa.int32()),
            "t": pa.array(t, type=pa.int64()),
            "actor": pa.array(actor, type=pa.int32()),
            "org": _codes_or_null(org),
            "behalf": _codes_or_null(behalf),
            "emergency": pa.array(emergency),
            "write": pa.array(write),
            "system": pa.array(system),
        }
        for i, c in enumerate(ENTRY_RAW):
            cols[c] = pa.array([r[8 + i] for r in rows], type=pa.string())
        table = pa.table(cols, schema=ENTRY_SCHEMA)
        month = _month_of(t)
        for m in np.unique(month).tolist():
            sel = np.flatnonzero(month == m)
            months.write(m, table if sel.size == n else table.take(pa.array(sel)))
        seq += n
    return seq, months.close()


def _write(path: Path, cols: dict[str, pa.Array]) -> None:
    pq.write_table(pa.table(cols), path, compression="snappy")


def _all(conn: Connection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute(text(sql)).all()]


def _pairs(
    owner: Iterable[int], items: Iterable[Iterable[int]], a: str, b: str
) -> dict[str, pa.Array]:
    xs: list[int] = []
    ys: list[int] = []
    for o, toks in zip(owner, items, strict=True):
        for tk in toks:
            xs.append(o)
            ys.append(tk)
    return {a: pa.array(xs, type=pa.int32()), b: pa.array(ys, type=pa.int32())}


def export_parquet(engine: Engine, out: Path, *, replace: bool = False) -> ExportReport:
    """Write the store to ``out`` (a new or empty directory; ``replace`` overwrites one).

    Everything is read in one transaction (a consistent snapshot on PostgreSQL: REPEATABLE
    READ), into a temporary directory beside ``out`` that replaces it at the end."""
    t0 = time.perf_counter()
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not replace:
        raise Invalid(f"{out}: mappen findes og er ikke tom (brug --replace for at overskrive)")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.tmp-{int(time.time() * 1000)}"
    tmp.mkdir()
    try:
        opts: dict[str, Any] = {}
        if engine.dialect.name == "postgresql":
            opts["isolation_level"] = "REPEATABLE READ"
        with engine.connect().execution_options(**opts) as conn, conn.begin():
            report = _export(conn, tmp)
        if out.exists():
            shutil.rmtree(out)
        tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report.path = str(out)
    report.seconds = time.perf_counter() - t0
    report.bytes = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return report


def _export(conn: Connection, out: Path) -> ExportReport:
    stamp = precompute.current_stamp(conn)
    removal = conn.execute(
        text("SELECT COALESCE(MAX(id), 0) FROM audit_trail WHERE action = 'retention.apply'")
    ).scalar()
    # -- organisations (the engine's index: ORDER BY id, provisional ids mapped)
    org_rows = _all(
        conn,
        "SELECT id, name, type, part_of, sor, provisional, alias_of FROM organization ORDER BY id",
    )
    orgs = build_orgs([r[:4] for r in org_rows])
    for oid, *_rest, alias in org_rows:
        if alias is not None and alias in orgs.index:
            orgs.index[oid] = orgs.index[alias]
    oidx: dict[Any, int] = {**orgs.index, None: -1}

    def org_code(values: Iterable[Any]) -> pa.Array:
        return _codes_or_null(np.array([oidx.get(v, -1) for v in values], dtype=np.int32))

    _write(
        out / "organizations.parquet",
        {
            "org": pa.array(range(len(org_rows)), type=pa.int32()),
            "id": pa.array([r[0] for r in org_rows], type=pa.string()),
            "name": pa.array([r[1] for r in org_rows], type=pa.string()),
            "type": pa.array([r[2] for r in org_rows], type=pa.string()),
            "part_of": pa.array([r[3] for r in org_rows], type=pa.string()),
            "sor": pa.array([r[4] for r in org_rows], type=pa.string()),
            "provisional": pa.array([bool(r[5]) for r in org_rows], type=pa.bool_()),
            "alias_of": pa.array([r[6] for r in org_rows], type=pa.string()),
        },
    )
    # -- entries, coded by the numpy engine's own loader
    acc = EntryAccumulator(orgs, frozenset(), with_ids=False)
    n_entries, months = _entries(conn, acc, out)
    n_batch = len(acc.pat_index)
    actors = acc.actors
    codes = Codes()
    # -- staff: every staff member is an actor (relations, notes and roles name them)
    staff_rows = _all(conn, "SELECT id, cpr, given, family, address_key FROM staff")
    sattrs: dict[str, tuple[int, int, int, list[int]]] = {}
    names: dict[str, int] = {}
    skey: dict[str, int] = {}
    for sid, cpr, given, family, akey in staff_rows:
        actors.add(f"s:{sid}", sid, None, None)
        sattrs[sid] = codes.person_attrs(cpr, given, family, akey)
        nk = name_key(given, family)
        if nk is not None:
            skey[sid] = Codes.code(names, nk)
    a_cpr, a_addr, a_person, a_name, a_toks = [], [], [], [], []
    for k in range(len(actors.keys)):
        sid = actors.staff[k]
        if sid and sid in sattrs:
            c, a, p, toks = sattrs[sid]
        else:  # outside the roster: the family name from the display name only
            disp = actors.display[k] or ""
            fam = disp.split()[-1] if len(disp.split()) >= 2 else None
            c, a, p, toks = -1, -1, -1, [Codes.code(codes.token, x) for x in surname_parts(fam)]
        a_cpr.append(c)
        a_addr.append(a)
        a_person.append(p)
        a_name.append(skey.get(sid or "", -1))
        a_toks.append(toks)
    _write(
        out / "actors.parquet",
        {
            "actor": pa.array(range(len(actors.keys)), type=pa.int32()),
            "key": pa.array(actors.keys, type=pa.string()),
            "staff_id": pa.array(actors.staff, type=pa.string()),
            "in_roster": pa.array([bool(s and s in sattrs) for s in actors.staff]),
            "ref": pa.array(actors.ref, type=pa.string()),
            "display": pa.array(actors.display, type=pa.string()),
            "cpr": _codes_or_null(np.array(a_cpr, dtype=np.int32)),
            "addr": _codes_or_null(np.array(a_addr, dtype=np.int32)),
            "person": _codes_or_null(np.array(a_person, dtype=np.int32)),
            "name_key": _codes_or_null(np.array(a_name, dtype=np.int32)),
        },
    )
    _write(out / "actor_tokens.parquet", _pairs(range(len(a_toks)), a_toks, "actor", "tok"))
    aidx = {k: i for i, k in enumerate(actors.keys)}

    def actor_code(staff_ids: Iterable[Any]) -> pa.Array:
        return _codes_or_null(
            np.array([aidx.get(f"s:{s}", -1) if s else -1 for s in staff_ids], dtype=np.int32)
        )

    # -- citizens: those with entries first, in the loader's order (its codes), then the rest
    pidx = acc.pat_index
    prow = _all(conn, "SELECT id, cpr, given, family, address_key FROM patient")
    raw_addr: dict[str, int] = {}
    pattrs: dict[int, tuple[int, int, int, list[int]]] = {}
    p_raw: dict[int, int] = {}
    for pid, cpr, given, family, akey in prow:
        i = pidx.get(pid)
        if i is None:
            i = pidx[pid] = len(pidx)
        pattrs[i] = codes.person_attrs(cpr, given, family, akey)
        p_raw[i] = Codes.code(raw_addr, akey)
    n_p = len(pidx)
    order = sorted(pidx.items(), key=lambda kv: kv[1])
    none = (-1, -1, -1, [])
    attrs = [pattrs.get(i, none) for _, i in order]
    _write(
        out / "patients.parquet",
        {
            "pat": pa.array(range(n_p), type=pa.int32()),
            "id": pa.array([p for p, _ in order], type=pa.string()),
            "has_entries": pa.array([i < n_batch for _, i in order]),
            "in_table": pa.array([i in pattrs for _, i in order]),
            "cpr": _codes_or_null(np.array([a[0] for a in attrs], dtype=np.int32)),
            "addr": _codes_or_null(np.array([a[1] for a in attrs], dtype=np.int32)),
            "person": _codes_or_null(np.array([a[2] for a in attrs], dtype=np.int32)),
            "addr_raw": _codes_or_null(
                np.array([p_raw.get(i, -1) for _, i in order], dtype=np.int32)
            ),
        },
    )
    _write(
        out / "patient_tokens.parquet",
        _pairs(range(n_p), [a[3] for a in attrs], "pat", "tok"),
    )

    def pat_code(values: Iterable[Any]) -> pa.Array:
        return _codes_or_null(np.array([pidx.get(v, -1) for v in values], dtype=np.int32))

    # -- relations, their staff, notes (in the store's order)
    rel_rows = _all(
        conn,
        "SELECT kind, id, patient_id, organization_id, other_organization_id, {s}, {e}, status "
        "FROM relation".format(s=epoch_sql(conn, "start"), e=epoch_sql(conn, '"end"')),
    )
    _write(
        out / "relations.parquet",
        {
            "rel": pa.array(range(len(rel_rows)), type=pa.int64()),
            "kind": pa.array([r[0] for r in rel_rows], type=pa.string()),
            "id": pa.array([r[1] for r in rel_rows], type=pa.string()),
            "patient_id": pa.array([r[2] for r in rel_rows], type=pa.string()),
            "pat": pat_code(r[2] for r in rel_rows),
            "organization_id": pa.array([r[3] for r in rel_rows], type=pa.string()),
            "org": org_code(r[3] for r in rel_rows),
            "other_organization_id": pa.array([r[4] for r in rel_rows], type=pa.string()),
            "other": org_code(r[4] for r in rel_rows),
            "start": _times_or_null(to_epoch([r[5] for r in rel_rows])),
            "end": _times_or_null(to_epoch([r[6] for r in rel_rows])),
            "status": pa.array([r[7] for r in rel_rows], type=pa.string()),
        },
    )
    rel_index = {(r[0], r[1]): i for i, r in enumerate(rel_rows)}
    rs_rows = _all(conn, "SELECT kind, relation_id, staff_id, ref FROM relation_staff")
    _write(
        out / "relation_staff.parquet",
        {
            "seq": pa.array(range(len(rs_rows)), type=pa.int64()),
            "kind": pa.array([r[0] for r in rs_rows], type=pa.string()),
            "relation_id": pa.array([r[1] for r in rs_rows], type=pa.string()),
            "rel": pa.array(
                [rel_index.get((r[0], r[1])) for r in rs_rows],
                type=pa.int64(),
            ),
            "staff_id": pa.array([r[2] for r in rs_rows], type=pa.string()),
            "actor": actor_code(r[2] for r in rs_rows),
            "ref": pa.array([r[3] for r in rs_rows], type=pa.string()),
        },
    )
    doc_rows = _all(
        conn,
        "SELECT id, patient_id, author_staff_id, {d}, organization_id FROM document".format(
            d=epoch_sql(conn, "date")
        ),
    )
    _write(
        out / "documents.parquet",
        {
            "doc": pa.array(range(len(doc_rows)), type=pa.int64()),
            "id": pa.array([r[0] for r in doc_rows], type=pa.string()),
            "patient_id": pa.array([r[1] for r in doc_rows], type=pa.string()),
            "pat": pat_code(r[1] for r in doc_rows),
            "author_staff_id": pa.array([r[2] for r in doc_rows], type=pa.string()),
            "author": actor_code(r[2] for r in doc_rows),
            "date": _times_or_null(to_epoch([r[3] for r in doc_rows])),
            "organization_id": pa.array([r[4] for r in doc_rows], type=pa.string()),
            "org": org_code(r[4] for r in doc_rows),
        },
    )
    # -- roles and memberships
    role_rows = _all(conn, "SELECT id, staff_id, organization_id, title FROM staff_role")
    _write(
        out / "staff_roles.parquet",
        {
            "seq": pa.array(range(len(role_rows)), type=pa.int64()),
            "id": pa.array([r[0] for r in role_rows], type=pa.string()),
            "staff_id": pa.array([r[1] for r in role_rows], type=pa.string()),
            "actor": actor_code(r[1] for r in role_rows),
            "organization_id": pa.array([r[2] for r in role_rows], type=pa.string()),
            "org": org_code(r[2] for r in role_rows),
            "title": pa.array([r[3] for r in role_rows], type=pa.string()),
        },
    )
    mem_rows = _all(
        conn,
        "SELECT role_id, staff_id, organization_id, title, {s}, {e} FROM staff_membership".format(
            s=epoch_sql(conn, "start"), e=epoch_sql(conn, '"end"')
        ),
    )
    _write(
        out / "staff_membership.parquet",
        {
            "role_id": pa.array([r[0] for r in mem_rows], type=pa.string()),
            "staff_id": pa.array([r[1] for r in mem_rows], type=pa.string()),
            "actor": actor_code(r[1] for r in mem_rows),
            "organization_id": pa.array([r[2] for r in mem_rows], type=pa.string()),
            "org": org_code(r[2] for r in mem_rows),
            "title": pa.array([r[3] for r in mem_rows], type=pa.string()),
            "start": _times_or_null(to_epoch([r[4] for r in mem_rows])),
            "end": _times_or_null(to_epoch([r[5] for r in mem_rows])),
        },
    )
    # -- registered relatives (name keys only) and the operator's service relations
    rp_rows = (
        _all(conn, "SELECT patient_id, given, family FROM related_person")
        if has_related_person(conn)
        else []
    )
    rp_pat, rp_key = [], []
    for pid, given, family in rp_rows:
        nk = name_key(given, family)
        if nk is None:
            continue
        rp_pat.append(pidx.get(pid, -1))
        rp_key.append(Codes.code(names, nk))
    _write(
        out / "related_persons.parquet",
        {
            "pat": _codes_or_null(np.array(rp_pat, dtype=np.int32)),
            "name_key": pa.array(rp_key, type=pa.int32()),
        },
    )
    svc_rows = _all(conn, "SELECT user_org, relation_org FROM accesslog_service")
    _write(
        out / "services.parquet",
        {
            "user_org": pa.array([r[0] for r in svc_rows], type=pa.string()),
            "relation_org": pa.array([r[1] for r in svc_rows], type=pa.string()),
        },
    )
    tok_items = sorted(codes.token.items(), key=lambda kv: kv[1])
    common = people.compute(conn).common_surnames  # the engine's rule, not a copy of it
    _write(
        out / "tokens.parquet",
        {
            "tok": pa.array([c for _, c in tok_items], type=pa.int32()),
            "common": pa.array([t in common for t, _ in tok_items]),
        },
    )
    settings = precompute.get_settings()
    meta = {
        "format": FORMAT,
        "stamp": stamp,
        "removal": str(removal),
        "rules_version": precompute.VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "dialect": conn.dialect.name,
        "chunk": CHUNK,
        "episode_grace_days": settings.episode_grace_days,
        "system_users": sorted(precompute.system_users()),
        "entries": n_entries,
        "patients_with_entries": n_batch,
        "patients_in_table": len(prow),
        "months": months,
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2))
    return ExportReport(
        path=str(out),
        entries=n_entries,
        patients=n_p,
        actors=len(actors.keys),
        relations=len(rel_rows),
        documents=len(doc_rows),
        months=months,
    )


def read_meta(path: Path) -> dict[str, Any]:
    """The export's ``meta.json``; a clear error when ``path`` is not an export of this format."""
    f = Path(path) / "meta.json"
    if not f.is_file():
        raise Invalid(f"{path}: ikke en eksport fra indsigt (meta.json mangler)")
    meta = json.loads(f.read_text())
    if meta.get("format") != FORMAT:
        raise Invalid(f"{path}: eksportformat {meta.get('format')}, forventede {FORMAT}")
    return meta


def report_dict(r: ExportReport) -> dict[str, Any]:
    return asdict(r)
