"""The analysis as a Spark job on a region's cluster, and reading its results back.

On the cluster (the driver needs ``indsigt[spark]`` installed; the executors run Spark SQL only)::

    spark-submit --master yarn --deploy-mode client \\
        "$(python -c 'import indsigt.analytics.job as j; print(j.__file__)')" \\
        --export hdfs:///indsigt/export --out hdfs:///indsigt/results/2026-12-04

reads an export (``indsigt export --parquet``, copied to the cluster's file system), runs the same
Ibis analysis as ``indsigt analyze --engine spark`` in the cluster's session, and writes the
results beside each other under ``--out``: ``cells/``, ``patients/``, ``peers/`` (Parquet
directories written by the executors, nothing collected on the driver) and ``result.json``
(the export's meta, the mined templates, the counts and the phases' times). Back at the
database, ``indsigt analyze --results DIR`` loads them into the store in one transaction
(:func:`indsigt.analytics.service.load_results`). ``docs/analytics.md`` describes the whole run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

import pyarrow as pa

#: the result tables a job writes (Parquet directories under ``--out``)
RESULT_TABLES = ("cells", "patients", "peers")
RESULT_META = "result.json"


def _fs(path: str) -> tuple[Any, str]:
    from pyarrow import fs

    return fs.FileSystem.from_uri(path if "://" in path else os.path.abspath(path))


def run(session: Any, export: str, out: str) -> dict[str, Any]:
    """Analyse the export at ``export`` in the Spark ``session``; write the results to ``out``
    (which must not exist). Returns what ``result.json`` holds."""
    import ibis

    from indsigt.analytics import engines
    from indsigt.analytics.pipeline import Analysis
    from indsigt.errors import Invalid

    filesystem, where = _fs(out)
    if filesystem.get_file_info(where).type != 0:  # FileType.NotFound
        raise Invalid(f"{out}: findes allerede (resultaterne skrives i en ny mappe)")
    t0 = time.perf_counter()
    b = engines.Backend("spark", ibis.pyspark.connect(session))
    meta = engines.read_meta(export)
    result = Analysis(b.con, engines.open_tables(b, export), meta, mem=b.table).run()
    for name in RESULT_TABLES:
        b.con.to_parquet_dir(getattr(result, name), engines._join(out, name))
    doc = {
        "meta": meta,
        "templates": result.templates,
        "entries": result.entries,
        "timings": result.timings,
        "seconds": round(time.perf_counter() - t0, 3),
    }
    filesystem.create_dir(where, recursive=True)
    with filesystem.open_output_stream(engines._join(where, RESULT_META)) as f:
        f.write(json.dumps(doc, ensure_ascii=False).encode())
    return doc


def read_results(path: str) -> tuple[dict[str, Any], dict[str, pa.Table]]:
    """A job's ``result.json`` and its result tables (as Arrow tables)."""
    import pyarrow.dataset as ds

    from indsigt.errors import Invalid

    filesystem, where = _fs(path)
    try:
        with filesystem.open_input_stream(f"{where.rstrip('/')}/{RESULT_META}") as f:
            doc = json.loads(f.read())
    except (FileNotFoundError, OSError) as exc:
        raise Invalid(
            f"{path}: ikke resultater fra indsigt's Spark-job ({RESULT_META} mangler)"
        ) from exc
    tables = {
        name: ds.dataset(
            f"{where.rstrip('/')}/{name}", filesystem=filesystem, format="parquet"
        ).to_table()
        for name in RESULT_TABLES
    }
    return doc, tables


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="indsigt's access-log analysis as a Spark job")
    ap.add_argument("--export", required=True, help="the export (indsigt export --parquet)")
    ap.add_argument("--out", required=True, help="a new directory for the results")
    a = ap.parse_args(argv)
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.appName("indsigt-analyze")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    doc = run(session, a.export, a.out)
    print(
        f"indsigt: {doc['entries']} entries analysed in {doc['seconds']:.1f} s; "
        f"results in {a.out} (load them: indsigt analyze --results {a.out})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
