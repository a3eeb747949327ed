"""Writing the analysis into the store the views read, replacing the precomputed tables at once.

The results arrive as Arrow tables (from DuckDB, from Spark's driver, or read back from the
Parquet a cluster job wrote) and go into the same tables the numpy refresh writes
(``accesslog_patient``, ``accesslog_userday``, ``accesslog_template``, ``accesslog_peer``, the
review queue, ``accesslog_state``), in one transaction: a view sees the old cells or the new
ones, never a mix. Each citizen's cells are packed into their one JSON row by an embedded DuckDB
(``precompute.pack_cells``' format), without a Python object per cell.

The stamp written is the one the export recorded: when the store has changed since the export
(an import), views notice it and compute from the raw entries, and the next refresh after an
import catches up, as after any refresh.
"""

from __future__ import annotations

import json
import time
import zlib
from dataclasses import asdict, dataclass
from typing import Any

import duckdb
import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import Connection, Engine, text

from ..accesslog import flags as F
from ..accesslog import people, precompute, review
from ..errors import Invalid

CELLS = precompute.CELL_COLS  # patient_id first, then the columns packed per citizen
#: the order of a citizen's cells in their row (the views sort them themselves)
CELL_ORDER = "day, first, actor, org_id, cls, rule, rel, behalf"


@dataclass
class LoadReport:
    cells: int = 0
    patients: int = 0
    userdays: int = 0
    templates: int = 0
    peers: int = 0
    review: int = 0
    seconds: float = 0.0
    stale: bool = False


#: cell columns holding integers (JSON numbers); the others hold strings or null
INT_COLS = frozenset({"day", "flags", "n", "first", "last"})


def _json_texts(arr: pa.Array, integer: bool, order: pa.Array) -> pa.Array:
    """The values of ``arr`` taken in ``order``, each as its JSON text (``null`` for a missing
    one), vectorised. Strings are encoded once per distinct value (ids, keys and codes repeat:
    Arrow's dictionary of them; orjson encodes the dictionary)."""
    if integer:
        return pc.fill_null(pc.cast(pc.take(arr, order), pa.string()), "null")
    d = pc.dictionary_encode(arr)
    texts = pa.array([orjson.dumps(v).decode() for v in d.dictionary.to_pylist()], pa.string())
    return pc.fill_null(pc.take(texts, pc.take(d.indices, order)), "null")


def _empty_pack() -> pa.Table:
    return pa.table(
        {
            "patient_id": pa.array([], pa.string()),
            "n_cells": pa.array([], pa.int64()),
            "cells": pa.array([], pa.large_binary()),
        }
    )


def _assemble(pids: pa.Array, counts: np.ndarray, texts: list[pa.Array]) -> pa.Table:
    """One row per citizen from the JSON texts of every packed column (each in citizen order:
    the runs of ``counts`` rows are one citizen's, in the order of ``pids``), joined by
    Arrow's list kernels."""
    offsets = pa.array(np.concatenate(([0], np.cumsum(counts))).astype(np.int32), pa.int32())
    parts = [
        pc.binary_join(pa.ListArray.from_arrays(offsets, t), ",").cast(pa.large_string())
        for t in texts
    ]

    def lit(x: str) -> pa.Scalar:
        return pa.scalar(x, pa.large_string())

    body = pc.binary_join_element_wise(*parts, lit("],["))
    blob = pc.binary_join_element_wise(lit("[["), body, lit("]]"), lit(""))
    return pa.table(
        {
            "patient_id": pids,
            "n_cells": pa.array(counts.astype(np.int64)),
            "cells": blob.cast(pa.large_binary()),
        }
    )


def pack(db: duckdb.DuckDBPyConnection, cells: str = "cells") -> pa.Table:
    """Every citizen's cells packed as ``accesslog_patient.cells`` holds them
    (``precompute.pack_cells``' JSON: one list per column of ``CELL_COLS`` after
    ``patient_id``): a table (patient_id, n_cells, cells). Set-based and without a Python
    object per cell: the cells are grouped by citizen with a stable counting order (numpy),
    each column's values become JSON texts at once (strings: per distinct value), and every
    citizen's run of texts is joined by Arrow's list kernels (the runs are contiguous in that
    order, so nothing depends on how the engine returned the rows)."""
    cols = CELLS[1:]
    t = db.sql(f"SELECT patient_id, {', '.join(cols)} FROM {cells}").to_arrow_table()
    if t.num_rows == 0:
        return _empty_pack()
    t = t.combine_chunks()
    d = pc.dictionary_encode(t.column("patient_id").chunk(0))
    codes = d.indices.to_numpy()
    order = pa.array(np.argsort(codes, kind="stable").astype(np.int64))
    counts = np.bincount(codes, minlength=len(d.dictionary))
    texts = [_json_texts(t.column(c).chunk(0), c in INT_COLS, order) for c in cols]
    return _assemble(d.dictionary, counts, texts)


@dataclass
class Coded:
    """The cells with integer codes (``pipeline.CODE_COLS``: the relation ``relation`` of the
    DuckDB connection) and the small tables that turn the codes into the stored strings
    (``pipeline.Analysis.code_dims``): the loader encodes each distinct id, key and name once
    and takes the texts by code, instead of joining and fetching a string per cell."""

    relation: str
    dims: dict[str, pa.Table]


def _json_strings(values: list[Any]) -> list[str]:
    return [orjson.dumps(v).decode() for v in values]


def _by_code(codes: pa.Array, keys: pa.Array, texts: list[str], missing: str) -> np.ndarray:
    """Index into ``texts + [missing]`` of each code's text (a code that is null or not among
    ``keys``: ``missing``, as a left join would leave it)."""
    k = keys.to_numpy(zero_copy_only=False).astype(np.int64)
    c = pc.fill_null(codes, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    n = len(texts)
    if k.size == 0:
        return np.full(c.size, n, dtype=np.int64)
    if int(k.min()) < 0:
        raise ValueError("negative dimension code")
    lut = np.full(int(k.max()) + 2, n, dtype=np.int64)
    lut[k] = np.arange(n, dtype=np.int64)
    return lut[np.where((c >= 0) & (c < lut.size - 1), c, lut.size - 1)]


def pack_coded(db: duckdb.DuckDBPyConnection, coded: Coded) -> pa.Table:
    """:func:`pack` from integer-coded cells: the same JSON, byte for byte of every value
    (``_strings`` of the pipeline, done per distinct code here)."""
    from ..accesslog import core

    t = db.sql(
        "SELECT pat, day, actor, org, cls, rule, payload, doc, behalf, flags, n, first, last "
        f"FROM {coded.relation}"
    ).to_arrow_table()
    if t.num_rows == 0:
        return _empty_pack()
    t = t.combine_chunks()
    col = {name: t.column(name).chunk(0) for name in t.column_names}
    dm = coded.dims
    pats, acts = dm["patients"], dm["actors"]
    pat_idx = _by_code(col["pat"], pats.column("pat"), pats.column("id").to_pylist(), "")
    act_idx = _by_code(col["actor"], acts.column("actor"), acts.column("key").to_pylist(), "")
    # the inner joins of ``_strings``: a cell of a citizen or user missing from the export's
    # tables is not stored (never the case for an export: its codes come from those tables)
    keep = (pat_idx < pats.num_rows) & (act_idx < acts.num_rows)
    pcode = np.where(keep, pat_idx, pats.num_rows)
    order = np.argsort(pcode, kind="stable")
    order = order[: int(keep.sum())]
    counts = np.bincount(pcode[order], minlength=pats.num_rows)
    present = np.flatnonzero(counts)
    counts = counts[present]
    take = pa.array(order.astype(np.int64))

    def texts(values: list[str], idx: np.ndarray) -> pa.Array:
        return pc.take(pa.array(values, pa.string()), pa.array(idx[order]))

    def ints(name: str) -> pa.Array:
        return pc.fill_null(pc.cast(pc.take(col[name], take), pa.string()), "null")

    keys = acts.column("key").to_pylist()
    staff = acts.column("staff_id").to_pylist()
    disp = acts.column("display").to_pylist()
    a_key = _json_strings(keys)
    a_disp = _json_strings([d if s is None else None for s, d in zip(staff, disp, strict=True)])
    a_self = _json_strings([None if k is None else "patient/" + k[10:] for k in keys])
    orgs = dm["orgs"]
    o_ids = _json_strings([o or "" for o in orgs.column("org_id").to_pylist()])
    org_idx = _by_code(col["org"], orgs.column("org"), o_ids, '""')
    o_ids.append('""')
    beh_idx = _by_code(col["behalf"], acts.column("actor"), keys, "")
    # the relation or note: the citizen's own "patient/<id>", "document/<id>", "<kind>/<id>"
    rels, docs = dm["relations"], dm["documents"]
    r_txt = [
        '""' if i is None else ("null" if k is None else orjson.dumps(f"{k}/{i}").decode())
        for k, i in zip(rels.column("kind").to_pylist(), rels.column("id").to_pylist(), strict=True)
    ]
    d_txt = [
        '""' if i is None else orjson.dumps(f"document/{i}").decode()
        for i in docs.column("id").to_pylist()
    ]
    rel_idx = _by_code(col["payload"], rels.column("rel"), r_txt, '""')
    doc_idx = _by_code(col["payload"], docs.column("doc"), d_txt, '""')
    nr, nd = len(r_txt) + 1, len(d_txt) + 1
    rule = pc.fill_null(col["rule"], -1).to_numpy(zero_copy_only=False)
    is_doc = pc.fill_null(col["doc"], False).to_numpy(zero_copy_only=False)
    rel_all = [*r_txt, '""', *d_txt, '""', *a_self, '""']
    rel_idx = np.where(
        rule == core.R_CITIZEN,
        nr + nd + act_idx,
        np.where(is_doc, nr + doc_idx, rel_idx),
    )
    cls_txt = [*_json_strings(list(core.CLASSES)), "null"]
    cls = pc.fill_null(col["cls"], len(core.CLASSES)).to_numpy(zero_copy_only=False)
    rule_txt = [*_json_strings(list(core.RULES)), '""']
    out = {
        "day": ints("day"),
        "actor": texts([*a_key, "null"], act_idx),
        "display": texts([*a_disp, "null"], act_idx),
        "org_id": texts(o_ids, org_idx),
        "cls": texts(cls_txt, np.clip(cls, 0, len(core.CLASSES))),
        "rule": texts(
            rule_txt, np.where((rule >= 0) & (rule < len(core.RULES)), rule, len(core.RULES))
        ),
        "rel": texts(rel_all, rel_idx),
        "flags": ints("flags"),
        "n": ints("n"),
        "first": ints("first"),
        "last": ints("last"),
        "behalf": texts([*_json_strings(["" if k is None else k for k in keys]), '""'], beh_idx),
    }
    pids = pc.take(pats.column("id"), pa.array(present.astype(np.int64))).combine_chunks()
    return _assemble(pids, counts, [out[c] for c in CELLS[1:]])


def _packed(
    db: duckdb.DuckDBPyConnection,
    cells: str = "cells",
    patients: str = "patients",
    coded: Coded | None = None,
) -> list[tuple[Any, ...]]:
    """(patient_id, entries, last, n_cells, cells JSON) per citizen, every citizen with entries
    (those without cells too)."""
    db.register("indsigt_packed", pack_coded(db, coded) if coded else pack(db, cells))
    try:
        t = db.sql(
            f"""
            SELECT p.patient_id, p.entries, p.last, COALESCE(k.n_cells, 0) AS n_cells, k.cells
            FROM {patients} p LEFT JOIN indsigt_packed k ON k.patient_id = p.patient_id
            ORDER BY p.patient_id
            """
        ).to_arrow_table()
    finally:
        db.unregister("indsigt_packed")
    return list(
        zip(
            *(
                t.column(c).to_pylist()
                for c in ("patient_id", "entries", "last", "n_cells", "cells")
            ),
            strict=True,
        )
    )


def _insert(conn: Connection, table: str, cols: tuple[str, ...], rows: list[tuple]) -> None:
    precompute._bulk_insert(conn, table, cols, rows)


def staged(cells: pa.Table, patients: pa.Table) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection holding Arrow results (from Spark, or a cluster job's Parquet) as the
    relations ``cells`` and ``patients`` :func:`store` reads."""
    db = duckdb.connect()
    db.register("cells", cells)
    db.register("patients", patients)
    return db


def staged_parquet(paths: dict[str, str]) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection reading Parquet directories (Spark's output) as the relations
    ``cells`` and ``patients`` :func:`store` reads."""
    import glob

    empty = {
        "cells": ", ".join(
            f"NULL::{'BIGINT' if c in INT_COLS else 'VARCHAR'} AS {c}" for c in CELLS
        ),
        "patients": "NULL::VARCHAR AS patient_id, NULL::BIGINT AS entries, NULL::BIGINT AS last",
    }
    db = duckdb.connect()
    for name in ("cells", "patients"):
        where = paths[name].replace("'", "''")
        if glob.glob(f"{paths[name]}/*.parquet"):
            db.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{where}/*.parquet')")
        else:  # Spark writes no file for an empty result
            db.execute(f"CREATE VIEW {name} AS SELECT {empty[name]} WHERE false")
    return db


def store(
    engine: Engine,
    *,
    db: duckdb.DuckDBPyConnection,
    peers: pa.Table,
    templates: list[dict[str, Any]],
    meta: dict[str, Any],
    mode: str,
    seconds: float = 0.0,
    cpu_seconds: float = 0.0,
    overview: Any = None,
    coded: Coded | None = None,
) -> LoadReport:
    """Replace the precomputed access log with the analysis' results, in one transaction.
    ``coded``: the cells with integer codes as well (DuckDB), packed from those."""
    if meta.get("rules_version") != precompute.VERSION:
        raise Invalid(
            f"eksporten er lavet med reglerne version {meta.get('rules_version')}, "
            f"indsigt bruger {precompute.VERSION}: eksportér igen"
        )
    t0 = time.perf_counter()
    n_cells, n_patients = db.execute(
        f"SELECT (SELECT count(*) FROM {coded.relation if coded else 'cells'}), "
        "(SELECT count(*) FROM patients)"
    ).fetchall()[0]
    rep = LoadReport(cells=int(n_cells), patients=int(n_patients))
    with engine.begin() as conn:
        precompute._lock(conn)
        rep.stale = precompute.current_stamp(conn) != meta["stamp"]
        for table in (
            "accesslog_userday",
            "accesslog_patient",
            "accesslog_template",
            "accesslog_peer",
        ):
            conn.execute(text(f"DELETE FROM {table}"))
        rows = _packed(db, coded=coded)
        _insert(conn, "accesslog_patient", precompute.PATIENT_COLS, rows)
        crcs = [(r[0], zlib.crc32(r[4]) if r[4] else 0) for r in rows]
        del rows
        ud = db.execute(
            "SELECT DISTINCT patient_id, actor, day, org_id FROM cells WHERE cls IN ('u', 'f') "
            "ORDER BY 1, 2, 3, 4"
        ).fetchall()
        rep.userdays = len(ud)
        _insert(conn, "accesslog_userday", precompute.USERDAY_COLS, ud)
        _insert(
            conn,
            "accesslog_template",
            ("user_org", "relation_org", "patients", "users", "share", "weeks", "lift"),
            [
                (
                    m["user_org"],
                    m["relation_org"],
                    m["patients"],
                    m["users"],
                    m["share"],
                    m["weeks"],
                    m["lift"],
                )
                for m in templates
            ],
        )
        rep.templates = len(templates)
        peer_rows = [
            (r["role"], int(r["userdays"]), float(r["median"]), float(r["p99"]))
            for r in peers.to_pylist()
        ]
        rep.peers = len(peer_rows)
        _insert(conn, "accesslog_peer", ("role", "userdays", "median", "p99"), peer_rows)
        # the privacy officer's review queue: the cells with a relationship flag
        flagged = db.execute(
            f"SELECT {', '.join(CELLS)} FROM cells WHERE (flags & {F.RELATIONSHIP}) <> 0"
        ).fetchall()
        columns = (
            [list(col) for col in zip(*flagged, strict=True)] if flagged else [[] for _ in CELLS]
        )
        rep.review = review.sync(conn, columns, CELLS, list(range(len(flagged))), citizens=None)
        if overview is not None:
            overview(conn, db, crcs)
        people.store(conn, people.compute(conn))
        report = precompute.RefreshReport(
            skipped=False,
            entries=int(meta["entries"]),
            patients=rep.patients,
            cells=rep.cells,
            templates=len(templates),
            seconds=seconds + (time.perf_counter() - t0),
            mode=mode,
            cpu_seconds=cpu_seconds,
        )
        conn.execute(
            text("DELETE FROM accesslog_state WHERE key IN ('stamp', 'report', 'removal', 'mined')")
        )
        conn.execute(
            text(
                "INSERT INTO accesslog_state (key, value) VALUES ('stamp', :s), ('report', :r), "
                "('removal', :d), ('mined', :m)"
            ),
            {
                "s": meta["stamp"],
                "r": json.dumps(report.__dict__),
                "d": str(meta["removal"]),
                "m": str(int(meta["entries"])),
            },
        )
    rep.seconds = time.perf_counter() - t0
    return rep


def report_dict(r: LoadReport) -> dict[str, Any]:
    return asdict(r)
