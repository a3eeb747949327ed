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
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import duckdb
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


def _packed(db: duckdb.DuckDBPyConnection, size: int = 50_000) -> Iterator[list[tuple[Any, ...]]]:
    """(patient_id, entries, last, n_cells, cells JSON) per citizen, in chunks."""
    lists = " || ',' || ".join(f"to_json(list({c} ORDER BY k))" for c in CELLS[1:])
    db.execute(
        f"""
        WITH c AS (
            SELECT *, row_number() OVER (PARTITION BY patient_id ORDER BY {CELL_ORDER}) AS k
            FROM cells
        ), packed AS (
            SELECT patient_id, count(*) AS n_cells, '[' || {lists} || ']' AS cells
            FROM c GROUP BY patient_id
        )
        SELECT p.patient_id, p.entries, p.last, COALESCE(k.n_cells, 0), k.cells
        FROM patients p LEFT JOIN packed k ON k.patient_id = p.patient_id
        ORDER BY p.patient_id
        """
    )
    while True:
        rows = db.fetchmany(size)
        if not rows:
            return
        yield [
            (p, int(n), int(t), int(k), c.encode() if c is not None else None)
            for p, n, t, k, c in rows
        ]


def _insert(conn: Connection, table: str, cols: tuple[str, ...], rows: list[tuple]) -> None:
    precompute._bulk_insert(conn, table, cols, rows)


def store(
    engine: Engine,
    *,
    cells: pa.Table,
    patients: pa.Table,
    peers: pa.Table,
    templates: list[dict[str, Any]],
    meta: dict[str, Any],
    mode: str,
    seconds: float = 0.0,
    cpu_seconds: float = 0.0,
    overview: Any = None,
) -> LoadReport:
    """Replace the precomputed access log with the analysis' results, in one transaction."""
    if meta.get("rules_version") != precompute.VERSION:
        raise Invalid(
            f"eksporten er lavet med reglerne version {meta.get('rules_version')}, "
            f"indsigt bruger {precompute.VERSION}: eksportér igen"
        )
    t0 = time.perf_counter()
    rep = LoadReport(cells=cells.num_rows, patients=patients.num_rows)
    db = duckdb.connect()
    db.register("cells", cells)
    db.register("patients", patients)
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
        crcs: list[tuple[str, int]] = []
        for rows in _packed(db):
            _insert(conn, "accesslog_patient", precompute.PATIENT_COLS, rows)
            crcs += [(r[0], zlib.crc32(r[4]) if r[4] else 0) for r in rows]
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
            patients=patients.num_rows,
            cells=cells.num_rows,
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
    db.close()
    rep.seconds = time.perf_counter() - t0
    return rep


def report_dict(r: LoadReport) -> dict[str, Any]:
    return asdict(r)
