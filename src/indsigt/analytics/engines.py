"""The Ibis backends the analysis runs on: DuckDB (embedded, the default) or Apache Spark.

Both read the export's Parquet files (DuckDB's scanners of SQLite and PostgreSQL are extensions
that would have to be downloaded). Spark runs in local mode here (``local[N]``) and on a
cluster under ``spark-submit`` (:mod:`indsigt.analytics.job`), where the session comes from the
cluster's configuration and the paths may be ``hdfs://`` or ``s3a://`` URIs.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

import ibis
import pyarrow as pa

from .export import FORMAT
from .pipeline import Tables

#: the export's tables (file name without ``.parquet``) -> ``Tables`` field
FILES = {
    "actors": "actors",
    "actor_tokens": "actor_tokens",
    "patients": "patients",
    "patient_tokens": "patient_tokens",
    "tokens": "tokens",
    "relations": "relations",
    "relation_staff": "relation_staff",
    "documents": "documents",
    "staff_roles": "roles",
    "related_persons": "related",
    "organizations": "organizations",
    "services": "services",
}
ENGINES = ("duckdb", "spark")


@dataclass
class Backend:
    name: str
    con: Any
    #: the Spark session we started (stopped by :meth:`close`), or None
    session: Any = None

    def table(self, name: str, data: pa.Table) -> Any:
        """A small Arrow table as a temporary table (DuckDB) or view (Spark) on the backend."""
        if self.name == "spark":
            self.con._session.createDataFrame(data).createOrReplaceTempView(name)
            return self.con.table(name)
        return self.con.create_table(name, obj=data, temp=True)

    def close(self) -> None:
        import gc

        gc.collect()  # let Ibis drop the cached tables of expressions no longer referenced
        if self.session is not None:
            self.session.stop()
        elif self.name == "duckdb":
            self.con.disconnect()


def _join(base: str, *parts: str) -> str:
    return "/".join([base.rstrip("/"), *parts])


def read_meta(path: str) -> dict[str, Any]:
    """``meta.json`` of an export on any file system pyarrow knows (local, HDFS, S3)."""
    from pyarrow import fs

    from ..errors import Invalid

    filesystem, where = fs.FileSystem.from_uri(path if "://" in path else os.path.abspath(path))
    try:
        with filesystem.open_input_stream(_join(where, "meta.json")) as f:
            meta = json.loads(f.read())
    except (FileNotFoundError, OSError) as exc:
        raise Invalid(f"{path}: ikke en eksport fra indsigt (meta.json mangler)") from exc
    if meta.get("format") != FORMAT:
        raise Invalid(f"{path}: eksportformat {meta.get('format')}, forventede {FORMAT}")
    return meta


def duckdb_backend(*, threads: int | None = None, memory_limit: str | None = None) -> Backend:
    con = ibis.duckdb.connect()
    if threads:
        con.raw_sql(f"SET threads = {int(threads)}")
    if memory_limit:
        con.raw_sql(f"SET memory_limit = '{memory_limit}'")
    con.raw_sql("SET preserve_insertion_order = false")
    return Backend("duckdb", con)


def spark_session(
    master: str | None = None, conf: dict[str, str] | None = None
) -> tuple[Any, bool]:
    """The active Spark session (under ``spark-submit``), or a new local one. Returns (session,
    whether we created it)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active, False
    b = SparkSession.builder.appName("indsigt-analyze")
    settings = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.session.timeZone": "UTC",
        "spark.sql.shuffle.partitions": os.environ.get("INDSIGT_SPARK_SHUFFLE_PARTITIONS", "8"),
        "spark.sql.adaptive.enabled": os.environ.get("INDSIGT_SPARK_AQE", "false"),
        "spark.driver.memory": os.environ.get("INDSIGT_SPARK_DRIVER_MEMORY", "4g"),
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        **(conf or {}),
    }
    b = b.master(master or os.environ.get("INDSIGT_SPARK_MASTER", "local[2]"))
    for k, v in settings.items():
        b = b.config(k, v)
    session = b.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session, True


def spark_backend(master: str | None = None, conf: dict[str, str] | None = None) -> Backend:
    session, ours = spark_session(master, conf)
    return Backend("spark", ibis.pyspark.connect(session), session if ours else None)


def backend(engine: str, **kw: Any) -> Backend:
    if engine == "duckdb":
        return duckdb_backend(**kw)
    if engine == "spark":
        return spark_backend(**kw)
    from ..errors import Invalid

    raise Invalid(f"ukendt motor {engine!r} (duckdb eller spark)")


def open_tables(b: Backend, path: str) -> Tables:
    """The export at ``path`` as Ibis tables on the backend."""
    tables: dict[str, Any] = {}
    for file, name in FILES.items():
        tables[name] = b.con.read_parquet(_join(path, f"{file}.parquet"))
    if b.name == "duckdb":
        entries = b.con.read_parquet(
            _join(path, "entries", "*", "*.parquet"), hive_partitioning=True
        )
    else:
        entries = b.con.read_parquet(_join(path, "entries"))
    return Tables(entries=entries, **tables)
