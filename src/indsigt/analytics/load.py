"""Writing the analysis into the store the views read, replacing the precomputed tables at once.

The results arrive as Arrow tables (from DuckDB, from Spark's driver, or read back from the
Parquet a cluster job wrote) and go into the same tables the numpy refresh writes
(``accesslog_patient``, ``accesslog_userday``, ``accesslog_template``, ``accesslog_peer``, the
review queue, ``accesslog_state``), in one transaction: a view sees the old cells or the new
ones, never a mix. Each citizen's cells are packed into their one JSON value by an embedded
DuckDB (``precompute.pack_bare``' format: one query in citizen order, a citizen's run of rows
stored as it is), without a Python object per cell.

The stamp written is the one the export recorded: when the store has changed since the export
(an import), views notice it and compute from the raw entries, and the next refresh after an
import catches up, as after any refresh.
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

import duckdb
import numpy as np
import orjson
import pyarrow as pa
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
    #: wall seconds of the loader's steps (pack, write, userdays, review, overview, commit)
    phases: dict[str, float] = field(default_factory=dict)
    #: CPU seconds of this process per step (DuckDB's threads included)
    cpu: dict[str, float] = field(default_factory=dict)


#: cell columns holding integers (JSON numbers); the others hold strings or null
INT_COLS = frozenset({"day", "flags", "n", "first", "last"})


def _cell_text_sql(col: str) -> str:
    """The JSON text of a cell column's value in DuckDB SQL (``null`` for a missing one)."""
    if col in INT_COLS:
        return f"coalesce(CAST({col} AS VARCHAR), 'null')"
    return f"coalesce(to_json({col}), 'null')"


def _pack_strings(db: duckdb.DuckDBPyConnection, cells: str) -> dict[str, tuple[int, Any]]:
    """Every citizen's cells from cells with strings (``CELLS``: Spark's results, a cluster
    job's Parquet), packed as :func:`_pack_runs` packs the coded ones: one concatenation per
    cell in DuckDB, in citizen order, a citizen's run of rows as it is: patient id -> (number
    of cells, cells in the bare row format)."""
    parts = ", ',', ".join(_cell_text_sql(c) for c in CELLS[1:])
    t = db.sql(
        f"SELECT patient_id AS pat, concat('{precompute.ROWS_BARE.decode()}[', {parts}, ']') "
        f"AS cell FROM {cells} ORDER BY patient_id"
    ).to_arrow_table()
    pats, counts, blobs = _runs(t)
    return {p: (n, b) for p, n, b in zip(pats, counts, blobs, strict=True)}


def _empty_pack() -> pa.Table:
    return pa.table(
        {
            "patient_id": pa.array([], pa.string()),
            "n_cells": pa.array([], pa.int64()),
            "cells": pa.array([], pa.large_binary()),
        }
    )


def _as_table(got: dict[str, tuple[int, Any]]) -> pa.Table:
    if not got:
        return _empty_pack()
    return pa.table(
        {
            "patient_id": pa.array(list(got), pa.string()),
            "n_cells": pa.array([n for n, _ in got.values()], pa.int64()),
            "cells": pa.array([bytes(b) for _, b in got.values()], pa.large_binary()),
        }
    )


def pack(db: duckdb.DuckDBPyConnection, cells: str = "cells") -> pa.Table:
    """Every citizen's cells packed as ``accesslog_patient.cells`` holds them, from cells with
    strings (:func:`_pack_strings`): a table (patient_id, n_cells, cells)."""
    return _as_table(_pack_strings(db, cells))


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


def _code_texts(dims: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """The JSON texts of every distinct string the cells hold, keyed by code: what
    ``pipeline.Analysis._strings`` joins to the codes, each value encoded once by orjson."""
    from ..accesslog import core

    a = dims["actors"]
    keys = a.column("key").to_pylist()
    staff = a.column("staff_id").to_pylist()
    disp = a.column("display").to_pylist()
    rels, docs, orgs = dims["relations"], dims["documents"], dims["orgs"]
    kinds, rids = rels.column("kind").to_pylist(), rels.column("id").to_pylist()
    return {
        "pat": dims["patients"].select(["pat", "id"]),
        "act": pa.table(
            {
                "actor": a.column("actor"),
                "k": _json_strings(keys),
                "dsp": _json_strings(
                    [d if s is None else None for s, d in zip(staff, disp, strict=True)]
                ),
                # the citizen's own access: "patient/<id>" (the key "patient/<id>")
                "slf": _json_strings([None if k is None else "patient/" + k[10:] for k in keys]),
                "bh": _json_strings(["" if k is None else k for k in keys]),
            }
        ),
        "org": pa.table(
            {
                "org": orgs.column("org"),
                "t": _json_strings([o or "" for o in orgs.column("org_id").to_pylist()]),
            }
        ),
        # "<kind>/<id>": null when the kind is (never: the export keeps known kinds only)
        "rel": pa.table(
            {
                "rel": rels.column("rel"),
                "t": [
                    '""'
                    if i is None
                    else ("null" if k is None else orjson.dumps(f"{k}/{i}").decode())
                    for k, i in zip(kinds, rids, strict=True)
                ],
            }
        ),
        "doc": pa.table(
            {
                "doc": docs.column("doc"),
                "t": [
                    '""' if i is None else orjson.dumps(f"document/{i}").decode()
                    for i in docs.column("id").to_pylist()
                ],
            }
        ),
        "cls": pa.table({"cls": range(len(core.CLASSES)), "t": _json_strings(list(core.CLASSES))}),
        "rule": pa.table({"rule": range(len(core.RULES)), "t": _json_strings(list(core.RULES))}),
    }


@contextmanager
def _texts_registered(db: duckdb.DuckDBPyConnection, coded: Coded) -> Iterator[dict[str, str]]:
    """:func:`_code_texts` as relations of ``db`` (their names), for the time of a query."""
    names = {}
    try:
        for k, tb in _code_texts(coded.dims).items():
            names[k] = f"indsigt_txt_{k}_{id(coded)}"
            db.register(names[k], tb)
        yield names
    finally:
        for name in names.values():
            db.unregister(name)


def _coded_sql(coded: Coded, n: dict[str, str]) -> str:
    """Per cell of a known citizen: ``pat`` (the citizen's code) and ``cell``, the cell's JSON
    row preceded by a comma (``precompute.pack_bare``' format), each value's text taken by
    code from the relations ``n`` (:func:`_texts_registered`) — ``pipeline.Analysis._strings``'
    joins, to the texts of the strings instead of the strings; one concatenation per cell, in
    citizen order (``ORDER BY pat``: a citizen's cells are one run of rows, so their row is
    the run's bytes as they are, :func:`_runs`; an aggregate per citizen, ``string_agg``, was
    most of the loader's time on 10 M cells)."""
    from ..accesslog import core

    return f"""
        SELECT c.pat AS pat, concat(
                   '{precompute.ROWS_BARE.decode()}[', c.day, ',', a.k, ',', a.dsp, ',', coalesce(o.t, '""'), ',',
                   coalesce(cl.t, 'null'), ',', coalesce(ru.t, '""'), ',',
                   CASE WHEN c.rule = {core.R_CITIZEN} THEN a.slf
                        WHEN c.doc THEN coalesce(dc.t, '""')
                        ELSE coalesce(rl.t, '""') END, ',',
                   c.flags, ',', c.n, ',', c.first, ',', c.last, ',', coalesce(b.bh, '""'),
                   ']') AS cell
        FROM {coded.relation} c
        JOIN {n["pat"]} p ON c.pat = p.pat
        JOIN {n["act"]} a ON c.actor = a.actor
        LEFT JOIN {n["act"]} b ON c.behalf = b.actor
        LEFT JOIN {n["org"]} o ON c.org = o.org
        LEFT JOIN {n["cls"]} cl ON c.cls = cl.cls
        LEFT JOIN {n["rule"]} ru ON c.rule = ru.rule
        LEFT JOIN {n["rel"]} rl ON c.payload = rl.rel AND NOT c.doc
        LEFT JOIN {n["doc"]} dc ON c.payload = dc.doc AND c.doc
        ORDER BY c.pat
    """


def _offsets(chunk: pa.Array) -> np.ndarray:
    """The value offsets of a (large) string or binary array (its slice), as numpy."""
    kind = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    return np.frombuffer(chunk.buffers()[1], dtype=kind)[
        chunk.offset : chunk.offset + len(chunk) + 1
    ]


def _runs(t: pa.Table) -> tuple[list[int], list[int], list[Any]]:
    """From ``(pat, cell)`` rows in citizen order (:func:`_coded_sql`): per citizen its code,
    number of cells and stored cells in the bare row format (``precompute.pack_bare``: the
    run's texts as they are, each preceded by its comma). A run is a view of Arrow's buffer
    (no copy; the view keeps the buffer alive), or joined when it spans two of DuckDB's
    batches."""
    pats: list[int] = []
    counts: list[int] = []
    parts: list[list[Any]] = []
    for pchunk, cchunk in zip(t.column("pat").chunks, t.column("cell").chunks, strict=True):
        pat = pchunk.to_numpy(zero_copy_only=False)
        if not len(pat):
            continue
        cut = np.flatnonzero(pat[1:] != pat[:-1]) + 1
        starts = np.concatenate(([0], cut))
        ends = np.concatenate((cut, [len(pat)]))
        offs = _offsets(cchunk)
        buf = memoryview(cchunk.buffers()[2])  # type: ignore[arg-type]
        for p, n, a, b in zip(
            pat[starts].tolist(),
            (ends - starts).tolist(),
            offs[starts].tolist(),
            offs[ends].tolist(),
            strict=True,
        ):
            if pats and pats[-1] == p:  # a run goes on in the next batch
                counts[-1] += n
                parts[-1].append(buf[a:b])
            else:
                pats.append(p)
                counts.append(n)
                parts.append([buf[a:b]])
    if len(set(pats)) != len(pats):
        raise RuntimeError("the cells are not in citizen order")
    return pats, counts, [ps[0] if len(ps) == 1 else b"".join(ps) for ps in parts]


def _pack_runs(db: duckdb.DuckDBPyConnection, coded: Coded) -> dict[str, tuple[int, Any]]:
    """Every citizen's cells packed from the integer-coded cells in DuckDB (parallel, no
    Python object per cell; :func:`_coded_sql`): patient id -> (number of cells, row)."""
    with _texts_registered(db, coded) as names:
        t = db.sql(_coded_sql(coded, names)).to_arrow_table()
    pats, counts, blobs = _runs(t)
    del t
    ids = dict(
        zip(
            coded.dims["patients"].column("pat").to_pylist(),
            coded.dims["patients"].column("id").to_pylist(),
            strict=True,
        )
    )
    return {ids[p]: (n, b) for p, n, b in zip(pats, counts, blobs, strict=True)}


def pack_coded(db: duckdb.DuckDBPyConnection, coded: Coded) -> pa.Table:
    """Every citizen's cells packed from the integer-coded cells (:func:`_pack_runs`): a table
    (patient_id, n_cells, cells)."""
    return _as_table(_pack_runs(db, coded))


def _packed(
    db: duckdb.DuckDBPyConnection,
    cells: str = "cells",
    patients: str = "patients",
    coded: Coded | None = None,
) -> list[tuple[Any, ...]]:
    """(patient_id, entries, last, n_cells, cells) per citizen, every citizen with entries
    (those without cells too), in patient-id order (the table's index then grows at its
    end): from coded cells (:func:`_pack_runs`) or from cells with strings
    (:func:`_pack_strings`)."""
    got = _pack_runs(db, coded) if coded is not None else _pack_strings(db, cells)
    out = []
    for pid, entries, last in sorted(
        db.execute(f"SELECT patient_id, entries, last FROM {patients}").fetchall()
    ):
        n, blob = got.pop(pid, (0, None))
        out.append((pid, entries, last, n, blob))
    return out


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


def _userdays_and_flagged(
    db: duckdb.DuckDBPyConnection,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The user-days with unexplained lookups (``accesslog_userday``), and the cells with a
    relationship flag (the privacy officer's review queue)."""
    ud = db.execute(
        "SELECT DISTINCT patient_id, actor, day, org_id FROM cells WHERE cls IN ('u', 'f') "
        "ORDER BY 1, 2, 3, 4"
    ).fetchall()
    flagged = db.execute(
        f"SELECT {', '.join(CELLS)} FROM cells WHERE (flags & {F.RELATIONSHIP}) <> 0"
    ).fetchall()
    return ud, flagged


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
    marks = [t0]
    cpu_marks = [time.process_time()]

    def lap(name: str) -> None:
        marks.append(time.perf_counter())
        cpu_marks.append(time.process_time())
        rep.phases[name] = round(marks[-1] - marks[-2], 3)
        rep.cpu[name] = round(cpu_marks[-1] - cpu_marks[-2], 3)

    n_cells, n_patients = db.execute(
        f"SELECT (SELECT count(*) FROM {coded.relation if coded else 'cells'}), "
        "(SELECT count(*) FROM patients)"
    ).fetchall()[0]
    rep = LoadReport(cells=int(n_cells), patients=int(n_patients))
    # DuckDB works in a thread of its own while SQLite clears and writes (both let go of the
    # GIL while they work): the packing during the clearing, the user-days and the review
    # queue's cells while the citizens' rows are written. ``db`` is used by one thread at a
    # time: the worker's queries are collected before the main thread queries it again.
    with ThreadPoolExecutor(1, thread_name_prefix="indsigt-load") as ex, engine.begin() as conn:
        packing = ex.submit(_packed, db, coded=coded)
        precompute._lock(conn)
        rep.stale = precompute.current_stamp(conn) != meta["stamp"]
        for table in (
            "accesslog_userday",
            "accesslog_patient",
            "accesslog_template",
            "accesslog_peer",
        ):
            conn.execute(text(f"DELETE FROM {table}"))
        lap("clear")
        rows = packing.result()
        lap("pack")
        fetched = ex.submit(_userdays_and_flagged, db)
        _insert(conn, "accesslog_patient", precompute.PATIENT_COLS, rows)
        crcs = [(r[0], zlib.crc32(r[4]) if r[4] else 0) for r in rows]
        del rows
        lap("write")
        ud, flagged = fetched.result()
        rep.userdays = len(ud)
        _insert(conn, "accesslog_userday", precompute.USERDAY_COLS, ud)
        del ud
        lap("userdays")
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
        columns = (
            [list(col) for col in zip(*flagged, strict=True)] if flagged else [[] for _ in CELLS]
        )
        rep.review = review.sync(conn, columns, CELLS, list(range(len(flagged))), citizens=None)
        lap("review")
        if overview is not None:
            overview(conn, db, crcs)
        lap("overview")
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
    lap("people+commit")
    rep.seconds = time.perf_counter() - t0
    return rep


def report_dict(r: LoadReport) -> dict[str, Any]:
    return asdict(r)
