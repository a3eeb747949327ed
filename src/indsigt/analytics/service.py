"""``indsigt analyze``: export (unless given an export), analyse on DuckDB or Spark, load.

The CLI and the Spark job call these; nothing here knows about Typer or Spark's session."""

from __future__ import annotations

import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
from sqlalchemy import Engine

from . import engines, load
from .export import ExportReport, export_parquet
from .pipeline import Analysis, Output


@dataclass
class AnalyzeReport:
    engine: str
    parquet: str
    entries: int = 0
    cells: int = 0
    templates: int = 0
    #: wall-clock seconds: export (when done here), analysis (Parquet to Arrow), load
    export_seconds: float = 0.0
    analyze_seconds: float = 0.0
    load_seconds: float = 0.0
    #: CPU seconds of this process (Spark's executors are other processes)
    cpu_seconds: float = 0.0
    stale: bool = False
    phases: dict[str, float] = field(default_factory=dict)
    #: CPU seconds of this process per phase (DuckDB's threads included; not Spark's JVM)
    cpu_phases: dict[str, float] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return self.analyze_seconds + self.load_seconds

    @property
    def rate(self) -> float:
        """Entries per second from the Parquet files to the cells in the store."""
        return self.entries / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "seconds": round(self.seconds, 3), "rate": round(self.rate)}


@dataclass
class Results:
    """The analysis' results, engine-independent: ``db`` is a DuckDB connection holding them as
    the relations ``cells`` and ``patients`` (the engine's own connection on DuckDB, where they
    never leave it; Arrow tables fetched from Spark otherwise), ``peers`` a small Arrow table."""

    db: Any
    peers: pa.Table
    templates: list[dict[str, Any]]
    entries: int
    timings: dict[str, float]
    #: CPU seconds of this process per phase
    cpu: dict[str, float] = field(default_factory=dict)
    #: the engine's cached cells the view ``cells`` reads (Ibis drops a cached table when its
    #: expression is collected)
    keep: Any = None
    #: the cells with integer codes and their dimensions (DuckDB), for the loader's packing
    coded: Any = None


def compute(b: engines.Backend, path: str, meta: dict[str, Any] | None = None) -> Results:
    """Run the analysis of the export at ``path`` on backend ``b``; stage the results for the
    loader (on DuckDB: temporary tables in the same connection, nothing fetched)."""
    meta = meta or engines.read_meta(path)
    tables = engines.open_tables(b, path)
    out: Output = Analysis(b.con, tables, meta, mem=b.table).run()
    t0, c0 = time.perf_counter(), time.process_time()
    if b.name == "duckdb":
        raw = b.con.con
        # the cells are already a (cached) table of the engine: a view of it, not a copy
        assert out.codes is not None
        raw.execute(f"CREATE OR REPLACE TEMP VIEW cell_codes AS {b.con.compile(out.codes)}")
        raw.execute(f"CREATE OR REPLACE TEMP VIEW cells AS {b.con.compile(out.cells)}")
        raw.execute(f"CREATE OR REPLACE TEMP TABLE patients AS {b.con.compile(out.patients)}")
        db = raw
        keep: Any = out.codes
        coded = load.Coded("cell_codes", {k: b.con.to_pyarrow(v) for k, v in out.dims.items()})
    else:
        # Spark's executors write the results as Parquet (as the cluster job does) and DuckDB
        # reads them: no collect through the driver's pandas (that was most of Spark's time)
        keep = tempfile.TemporaryDirectory(prefix="indsigt-spark-")
        db = load.staged_parquet(
            {
                name: _spark_parquet(b, expr, Path(keep.name) / name)
                for name, expr in (("cells", out.cells), ("patients", out.patients))
            }
        )
    peers = b.con.to_pyarrow(out.peers)
    timings = {**out.timings, "stage": round(time.perf_counter() - t0, 3)}
    cpu = {**out.cpu, "stage": round(time.process_time() - c0, 3)}
    return Results(
        db,
        peers,
        out.templates,
        out.entries,
        timings,
        cpu=cpu,
        keep=keep,
        coded=coded if b.name == "duckdb" else None,
    )


def _spark_parquet(b: engines.Backend, expr: Any, path: Path) -> str:
    """Write ``expr`` with Spark's executors to the Parquet directory ``path``."""
    b.con.to_parquet_dir(expr, str(path))
    return str(path)


def analyze(
    engine: Engine,
    *,
    engine_name: str = "duckdb",
    parquet: Path | str | None = None,
    backend: engines.Backend | None = None,
    overview: bool = True,
) -> AnalyzeReport:
    """Analyse the store (exported first to a temporary directory unless ``parquet`` names an
    export) on DuckDB or Spark, and replace the precomputed access log with the results."""
    c0 = time.process_time()
    tmp = None
    exp: ExportReport | None = None
    if parquet is None:
        tmp = tempfile.TemporaryDirectory(prefix="indsigt-export-")
        parquet = Path(tmp.name) / "export"
        exp = export_parquet(engine, parquet)
    path = str(parquet)
    try:
        meta = engines.read_meta(path)
        own = backend is None
        b = backend or engines.backend(engine_name)
        from .overview import store_flagged_cells

        res = None
        try:
            t0 = time.perf_counter()
            res = compute(b, path, meta)
            t1 = time.perf_counter()
            rep = load.store(
                engine,
                db=res.db,
                peers=res.peers,
                templates=res.templates,
                meta=meta,
                mode=f"analyze:{b.name}",
                seconds=t1 - t0,
                cpu_seconds=time.process_time() - c0,
                overview=store_flagged_cells if overview else None,
                coded=res.coded,
            )
        finally:
            if res is not None:
                if isinstance(res.keep, tempfile.TemporaryDirectory):
                    res.keep.cleanup()
                # let go of the engine's cached table before the engine is closed (Ibis drops
                # it when the expression is collected, which must not find the engine gone)
                res.keep = None
            if b.name == "duckdb":
                b.con.con.execute("DROP VIEW IF EXISTS cells")
                b.con.con.execute("DROP VIEW IF EXISTS cell_codes")
                b.con.con.execute("DROP TABLE IF EXISTS patients")
            if own:
                b.close()
    finally:
        if tmp is not None:
            tmp.cleanup()
    return AnalyzeReport(
        engine=b.name,
        parquet="" if tmp is not None else path,
        entries=res.entries,
        cells=rep.cells,
        templates=len(res.templates),
        export_seconds=exp.seconds if exp else 0.0,
        analyze_seconds=t1 - t0,
        load_seconds=rep.seconds,
        cpu_seconds=time.process_time() - c0,
        stale=rep.stale,
        phases={**res.timings, **{f"load:{k}": v for k, v in rep.phases.items()}},
        cpu_phases={**res.cpu, **{f"load:{k}": v for k, v in rep.cpu.items()}},
    )


def load_results(engine: Engine, path: Path | str, *, overview: bool = True) -> AnalyzeReport:
    """Load the results a Spark job wrote on a cluster (:mod:`indsigt.analytics.job`) into the
    store, replacing the precomputed access log in one transaction."""
    from .job import read_results
    from .overview import store_flagged_cells

    c0 = time.process_time()
    doc, tables = read_results(str(path))
    rep = load.store(
        engine,
        db=load.staged(tables["cells"], tables["patients"]),
        peers=tables["peers"],
        templates=doc["templates"],
        meta=doc["meta"],
        mode="analyze:spark-job",
        seconds=float(doc.get("seconds", 0.0)),
        cpu_seconds=time.process_time() - c0,
        overview=store_flagged_cells if overview else None,
    )
    return AnalyzeReport(
        engine="spark-job",
        parquet=str(path),
        entries=int(doc["entries"]),
        cells=tables["cells"].num_rows,
        templates=len(doc["templates"]),
        analyze_seconds=float(doc.get("seconds", 0.0)),
        load_seconds=rep.seconds,
        cpu_seconds=time.process_time() - c0,
        stale=rep.stale,
        phases=doc.get("timings", {}),
    )
