"""Batch analytics of the access log, written once in Ibis, run on DuckDB or Apache Spark.

- :mod:`.export` — ``indsigt export --parquet DIR``: the store as Parquet, partitioned for a
  cluster (entries by month), people's attributes as equality codes only;
- :mod:`.dims` — the small dimensions built in Python from the export with the access-log
  engine's own code (organisation hierarchy, types, service relations, local time);
- :mod:`.pipeline` — the whole-store computation in Ibis: explanations, flags, mined templates,
  peer figures, the cells;
- :mod:`.engines` — DuckDB (embedded) or Spark (local or a cluster) as the Ibis backend;
- :mod:`.load` — writing the results into the store the views read, in one transaction;
- :mod:`.overview` — the privacy officer's overview (most unexplained or flagged accesses).

``docs/analytics.md`` describes the design, the equality with the numpy engine and how a region
runs it on its cluster.
"""
