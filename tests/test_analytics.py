"""Batch analytics (issue 17.1): the Parquet export, and the analysis written once in Ibis, run on
DuckDB and on Apache Spark (local mode), equals the numpy engine's precomputation row for row:
the cells of every citizen, the user-days, the mined templates, the peer figures, the review
queue, the per-citizen counts and the state, on a store where every rule and flag fires and on
a store imported from the project's generator.

Spark runs once per test run (with the SQLite backend: the analysis reads Parquet, not the
database, so a second run on PostgreSQL would prove nothing new); DuckDB on both backends.
"""

from __future__ import annotations

import collections
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pyarrow.parquet as pq
import pytest
from sqlalchemy import Engine, text

import analytics_data
from indsigt.accesslog import build_log, precompute
from indsigt.accesslog import flags as F
from indsigt.analytics import engines, service
from indsigt.analytics.export import export_parquet
from indsigt.db import init_db, session_scope
from indsigt.errors import Invalid
from indsigt.importing import import_files
from indsigt.protect.base import NoProtection

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.filterwarnings("ignore:fetch_arrow_table:DeprecationWarning")
#: Spark once per test run: with the SQLite run of the suite (the analysis reads Parquet)
SPARK = not os.environ.get("INDSIGT_TEST_PG")


@pytest.fixture
def system_users(monkeypatch: pytest.MonkeyPatch) -> None:
    from indsigt.config import get_settings

    monkeypatch.setenv("INDSIGT_SYSTEM_USERS", analytics_data.SYSTEM_USER)
    get_settings.cache_clear()


def snapshot(engine: Engine) -> dict[str, Any]:
    """Everything the refresh writes, in comparable form (a citizen's cells as a multiset: the
    views sort them themselves)."""
    out: dict[str, Any] = {}
    with engine.connect() as c:
        cells: collections.Counter[tuple[Any, ...]] = collections.Counter()
        pats = set()
        for pid, n, last, k, blob in c.execute(
            text("SELECT patient_id, entries, last, n_cells, cells FROM accesslog_patient")
        ):
            rows = precompute.unpack_cells(blob)
            assert len(rows) == k
            pats.add((pid, n, last, k))
            for r in rows:
                cells[(pid, *r)] += 1
        out["cells"] = cells
        out["patients"] = pats
        out["userday"] = collections.Counter(
            tuple(r)
            for r in c.execute(text("SELECT patient_id, actor, day, org_id FROM accesslog_userday"))
        )
        out["templates"] = sorted(
            tuple(r) for r in c.execute(text("SELECT * FROM accesslog_template"))
        )
        out["peers"] = sorted(tuple(r) for r in c.execute(text("SELECT * FROM accesslog_peer")))
        out["review"] = sorted(
            tuple(r)
            for r in c.execute(
                text(
                    "SELECT patient_id, actor, org_id, day, flags, explained, n, first, last "
                    "FROM accesslog_review"
                )
            )
        )
        state = dict(c.execute(text("SELECT key, value FROM accesslog_state")).all())
        out["state"] = {k: state.get(k) for k in ("stamp", "removal", "mined", "people")}
    return out


def coverage(snap: dict[str, Any]) -> tuple[set[str], set[str]]:
    rules = {k[6] for k in snap["cells"] if k[6]}
    flags = {f.code for k in snap["cells"] for f in F.FLAGS if k[8] & f.bit}
    return rules, flags


def assert_same(numpy: dict[str, Any], other: dict[str, Any], label: str) -> None:
    for key in numpy:
        if numpy[key] != other[key]:
            if isinstance(numpy[key], collections.Counter):
                only_n = list((numpy[key] - other[key]).items())[:5]
                only_o = list((other[key] - numpy[key]).items())[:5]
                pytest.fail(f"{label}: {key} differ: numpy only {only_n}; {label} only {only_o}")
            pytest.fail(f"{label}: {key} differ:\n{numpy[key]!r:.2000}\n{other[key]!r:.2000}")


def dense(db_url: str) -> Engine:
    engine = init_db(db_url)
    analytics_data.build(engine)
    return engine


def generated(db_url: str, tmp: Path, citizens: int = 30) -> Engine:
    data = tmp / "gen"
    subprocess.run(
        [sys.executable, "-m", "indsigt.demo.generate", str(data), "--citizens", str(citizens)],
        check=True,
        capture_output=True,
    )
    files = [
        data / f
        for f in (
            "organizations.ndjson",
            "staff.ndjson",
            "patients.ndjson",
            "relations.ndjson",
            "documents.ndjson",
            "audit.ndjson",
            "log.csv",
        )
    ]
    engine = init_db(db_url)
    report = import_files(engine, files, alerts=False, record=False).report
    assert report.ok, report.problems[:3]
    return engine


def numpy_then(engine: Engine, run: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    precompute.refresh(engine, force=True)
    numpy = snapshot(engine)
    run()
    return numpy, snapshot(engine)


# --- the export --------------------------------------------------------------------------------


def test_export_is_partitioned_by_month_and_holds_no_cpr_names_or_addresses(
    db_url, tmp_path, system_users
):
    engine = dense(db_url)
    rep = export_parquet(engine, tmp_path / "pq")
    meta = json.loads((tmp_path / "pq" / "meta.json").read_text())
    assert meta["stamp"] == precompute.current_stamp(engine.connect())
    assert meta["entries"] == rep.entries > 20_000
    months = sorted(p.name for p in (tmp_path / "pq" / "entries").iterdir())
    assert months == [f"month={m}" for m in meta["months"]] and len(months) >= 5
    n = sum(pq.read_metadata(f).num_rows for f in (tmp_path / "pq" / "entries").rglob("*.parquet"))
    assert n == rep.entries  # every entry once
    with engine.connect() as c:
        people = [
            tuple(r)
            for r in c.execute(
                text(
                    "SELECT cpr, given || ' ' || family, address_key FROM patient UNION ALL "
                    "SELECT cpr, given || ' ' || family, address_key FROM staff"
                )
            )
        ]
    cprs = {p[0] for p in people if p[0]}
    names = {v for p in people for v in p[1:] if v}
    #: the log's own record of who looked (a display name as logged) is log data and stays
    logged = {"user_display", "on_behalf_display", "display"}
    found: list[str] = []
    for f in (tmp_path / "pq").rglob("*.parquet"):
        t = pq.read_table(f)
        for col in t.column_names:
            if str(t.schema.field(col).type) != "string":
                continue
            for v in set(t.column(col).to_pylist()) - {None}:
                if any(c in v for c in cprs) or (col not in logged and v in names):
                    found.append(f"{f.name}:{col}={v}")
    assert not found, found[:10]
    # an existing export is not overwritten by accident
    with pytest.raises(Invalid, match="findes"):
        export_parquet(engine, tmp_path / "pq")


def test_analyze_refuses_what_is_not_an_export(db_url, tmp_path):
    init_db(db_url)
    (tmp_path / "x").mkdir()
    with pytest.raises(Invalid, match=r"meta\.json"):
        engines.read_meta(str(tmp_path / "x"))


# --- DuckDB equals the numpy engine -------------------------------------------------------------


def test_duckdb_equals_numpy_where_every_rule_and_flag_fires(db_url, tmp_path, system_users):
    engine = dense(db_url)
    numpy, duck = numpy_then(
        engine, lambda: service.analyze(engine, engine_name="duckdb", parquet=None)
    )
    rules, flags = coverage(numpy)
    assert rules == set(precompute.E.RULES), set(precompute.E.RULES) - rules
    assert flags >= {f.code for f in F.FLAGS if not f.view_time}, flags
    assert {c[5] for c in numpy["cells"]} == {"s", "e", "x", "u", "f"}
    assert numpy["templates"] and numpy["review"] and len(numpy["peers"]) >= 2
    assert_same(numpy, duck, "duckdb")


def test_the_ranking_key_and_the_struct_it_replaces_pick_the_same_candidates(
    db_url, tmp_path, system_users, monkeypatch
):
    """The best candidate per entry: by ``arg_max`` over the folded DECIMAL key (the default,
    used here: the widths fit) and, when they would not fit, by the struct's maximum; both
    equal the numpy engine on the store where every rule fires."""
    from indsigt.analytics import pipeline

    engine = dense(db_url)
    export_parquet(engine, tmp_path / "export")
    b = engines.backend("duckdb")
    try:
        a = pipeline.Analysis(
            b.con,
            engines.open_tables(b, str(tmp_path / "export")),
            engines.read_meta(str(tmp_path / "export")),
            mem=b.table,
        )
        assert a.key_widths() is not None
    finally:
        b.close()
    monkeypatch.setattr(pipeline.Analysis, "key_widths", lambda self: None)
    numpy, duck = numpy_then(
        engine, lambda: service.analyze(engine, engine_name="duckdb", parquet=None)
    )
    assert_same(numpy, duck, "duckdb, struct ranking")


def test_packed_cells_are_the_cells_whatever_their_text(tmp_path):
    """The loader's packing: every citizen's cells, as JSON the views read back exactly
    (quotes, backslashes, control characters and non-ASCII in strings; nulls; one citizen
    with many cells), one row per citizen."""
    import duckdb
    import pyarrow as pa

    from indsigt.analytics import load

    odd = ['a"b', "c\\d", "e\nf\x01", "Søren Ærø", "", None]
    rows = []
    for i in range(300):
        pid = f"p{i % 7}"
        rows.append(
            (
                pid,
                20000 + i,
                f"s:{i % 5}",
                odd[i % len(odd)],
                f"o{i % 3}",
                "ux"[i % 2],
                "enc" if i % 3 else "",
                f"encounter/{i}",
                i,
                1,
                10 * i,
                10 * i + 5,
                odd[-1 - i % 6],
            )
        )
    cols = list(zip(*rows, strict=True))
    table = pa.table({c: list(v) for c, v in zip(precompute.CELL_COLS, cols, strict=True)})
    db = duckdb.connect()
    db.register("cells", table)
    packed = load.pack(db)
    assert sorted(packed.column("patient_id").to_pylist()) == [f"p{i}" for i in range(7)]
    got = collections.Counter()
    for pid, n, blob in zip(
        *(packed.column(c).to_pylist() for c in packed.column_names), strict=True
    ):
        cells = precompute.unpack_cells(blob)
        assert len(cells) == n
        got.update((pid, *c) for c in cells)
    assert got == collections.Counter(rows)


def test_stored_cells_read_the_same_in_the_column_and_the_row_formats():
    """``accesslog_patient.cells`` in any format (one JSON list per column: the numpy refresh
    and old stores; one per cell: older DuckDB analyses; bare rows, each after a comma: the
    DuckDB analysis) reads back as the same rows, from bytes and from a memoryview."""
    odd = ['a"b', "c\\d", "e\nf\x01", "Søren Ærø", "", None]
    rows = [
        (
            20000 + i,
            f"s:{i}",
            odd[i % 6],
            "o",
            "u",
            "",
            f"encounter/{i}",
            i,
            1,
            10 * i,
            10 * i,
            odd[-1 - i % 6],
        )
        for i in range(13)
    ]
    cols = [["p"] * len(rows), *map(list, zip(*rows, strict=True))]
    for n in (0, 1, 12, 13):
        want = rows[:n]
        assert precompute.unpack_cells(precompute.pack_cells(cols, 0, n) if n else None) == want
        assert precompute.unpack_cells(precompute.pack_rows(want)) == want
        bare = precompute.pack_bare(want)
        assert precompute.unpack_cells(bare if n else None) == want
        assert precompute.unpack_cells(memoryview(b"xx" + bare)[2:]) == want
    assert precompute.pack_rows(rows[:1]).startswith(precompute.ROWS_HEAD.encode())
    assert precompute.pack_bare(rows[:2]).count(precompute.ROWS_BARE + b"[") == 2


def test_a_citizens_run_of_rows_may_span_two_of_the_engines_batches():
    """``load._runs``: the cells in citizen order arrive in batches (Arrow chunks); a citizen
    whose run goes on in the next batch gets one value of both parts, every other citizen a
    view of the batch's bytes; cells out of citizen order are refused, not stored wrongly."""
    import pyarrow as pa

    from indsigt.analytics import load

    rows = [(p, f"s:{i}") for i, p in enumerate([1, 1, 2, 2, 2, 3, 5, 5])]
    texts = [(p, "," + orjson.dumps([i, a]).decode()) for i, (p, a) in enumerate(rows)]

    def batches(cuts: list[int]) -> pa.Table:
        bounds = [0, *cuts, len(texts)]
        pats = [[texts[k][0] for k in range(a, b)] for a, b in itertools.pairwise(bounds)]
        cells = [[texts[k][1] for k in range(a, b)] for a, b in itertools.pairwise(bounds)]
        return pa.table(
            {
                "pat": pa.chunked_array([pa.array(x, pa.int32()) for x in pats], pa.int32()),
                "cell": pa.chunked_array([pa.array(x, pa.string()) for x in cells]),
            }
        )

    want = {1: [[0, "s:0"], [1, "s:1"]], 2: [[2, "s:2"], [3, "s:3"], [4, "s:4"]]}
    want |= {3: [[5, "s:5"]], 5: [[6, "s:6"], [7, "s:7"]]}
    for cuts in ([], [3], [1, 4], [2, 5, 7], [1, 2, 3, 4, 5, 6, 7]):
        pats, counts, blobs = load._runs(batches(cuts))
        assert pats == [1, 2, 3, 5]
        assert counts == [2, 3, 1, 2]
        got = {
            p: [list(r) for r in precompute.unpack_cells(b)]
            for p, b in zip(pats, blobs, strict=True)
        }
        assert got == want, cuts
    texts[2], texts[6] = texts[6], texts[2]
    with pytest.raises(RuntimeError):
        load._runs(batches([4]))


def test_packing_from_codes_equals_the_pipelines_string_join(tmp_path):
    """``load.pack_coded`` (the DuckDB path: each distinct id, key and name encoded once, taken
    by code) gives every citizen exactly the cells of ``pack`` over the pipeline's own string
    join (``Analysis._strings``) of the same coded cells: odd characters in every string,
    nulls, codes missing from a dimension (left joins: empty or null), the citizen's own
    accesses, notes and relations, a cell whose citizen or user is unknown (inner joins)."""
    import random
    import types as pytypes

    import ibis
    import pyarrow as pa

    from indsigt.accesslog import core
    from indsigt.analytics import load
    from indsigt.analytics.pipeline import Analysis

    odd = ['a"b', "c\\d", "e\nf\x01", "Søren Ærø", "", "x/y", None]
    rnd = random.Random(7)
    n_pat, n_act, n_org, n_rel, n_doc = 9, 8, 5, 12, 6
    dims = {
        "patients": pa.table(
            {"pat": range(n_pat), "id": [f"p{i}{odd[i % 6]}" for i in range(n_pat)]}
        ),
        "actors": pa.table(
            {
                "actor": range(n_act),
                "key": [f"s:{i}" if i % 3 else f"patient/x{odd[i % 6]}{i}" for i in range(n_act)],
                "staff_id": [str(i) if i % 2 else None for i in range(n_act)],
                "display": [odd[i % len(odd)] for i in range(n_act)],
            }
        ),
        "orgs": pa.table(
            {"org": range(n_org), "org_id": [odd[i % len(odd)] for i in range(n_org)]}
        ),
        "relations": pa.table(
            {
                "rel": range(n_rel),
                "kind": [core.KINDS[i % 4] if i % 5 else None for i in range(n_rel)],
                "id": [f"r{i}{odd[i % 6]}" if i % 4 else None for i in range(n_rel)],
            }
        ),
        "documents": pa.table(
            {
                "doc": range(n_doc),
                "id": [f"d{odd[i % 6]}{i}" if i % 3 else None for i in range(n_doc)],
            }
        ),
    }

    def maybe(x: int, p: float = 0.2) -> int | None:
        return None if rnd.random() < p else x

    rows = []
    for i in range(600):
        rule = maybe(rnd.randrange(len(core.RULES)), 0.3)
        if i % 11 == 0:
            rule = core.R_CITIZEN
        rows.append(
            {
                "pat": rnd.randrange(n_pat + 1),  # n_pat: unknown
                "day": 20000 + rnd.randrange(30),
                "actor": rnd.randrange(n_act + 1),
                "org": maybe(rnd.randrange(n_org + 2)),
                "rule": rule,
                "payload": maybe(rnd.randrange(max(n_rel, n_doc) + 2)),
                "doc": rnd.random() < 0.4,
                "behalf": maybe(rnd.randrange(n_act + 1), 0.6),
                "cls": rnd.randrange(len(core.CLASSES)),
                "citizen": rule == core.R_CITIZEN,
                "flags": rnd.randrange(128),
                "n": 1 + rnd.randrange(4),
                "first": 1_700_000_000 + i,
                "last": 1_700_000_100 + i,
            }
        )
    int64 = pa.int64()
    codes = pa.Table.from_pylist(
        rows,
        schema=pa.schema([(k, pa.bool_() if k in ("doc", "citizen") else int64) for k in rows[0]]),
    )
    con = ibis.duckdb.connect()
    t = {k: con.create_table(k, obj=v) for k, v in dims.items()}
    c = con.create_table("codes", obj=codes)
    fake = pytypes.SimpleNamespace(
        t=pytypes.SimpleNamespace(
            patients=t["patients"],
            actors=t["actors"],
            relations=t["relations"],
            documents=t["documents"],
        )
    )
    strings = Analysis._strings(fake, c, t["orgs"])  # type: ignore[arg-type]
    raw = con.con
    raw.execute(f"CREATE TEMP VIEW cells AS {con.compile(strings)}")
    raw.execute(f"CREATE TEMP VIEW cell_codes AS {con.compile(c)}")

    def unpacked(packed: Any) -> collections.Counter:
        got: collections.Counter = collections.Counter()
        for pid, n, blob in zip(
            *(packed.column(k).to_pylist() for k in packed.column_names), strict=True
        ):
            cells = precompute.unpack_cells(blob)
            assert len(cells) == n
            got.update((pid, *x) for x in cells)
        return got

    want = unpacked(load.pack(raw))
    assert sum(want.values()) > 400
    assert any(r[7] and r[7].startswith("patient/") for r in want)
    assert any(r[7] and r[7].startswith("document/") for r in want)
    assert any(r[3] is None for r in want) and any(r[4] == "" for r in want)
    assert unpacked(load.pack_coded(raw, load.Coded("cell_codes", dims))) == want


def test_duckdb_equals_numpy_on_the_generators_store(db_url, tmp_path):
    engine = generated(db_url, tmp_path)
    numpy, duck = numpy_then(
        engine, lambda: service.analyze(engine, engine_name="duckdb", parquet=None)
    )
    assert len(numpy["cells"]) > 500
    assert_same(numpy, duck, "duckdb")


def test_views_read_the_analysis_cells(db_url, tmp_path, system_users):
    """After ``indsigt analyze`` the views use the stored cells (the stamp is current) and show
    what they show after the numpy refresh, group for group."""
    engine = dense(db_url)
    at = analytics_data.START.replace(year=2027)
    subjects = ["p00000", "p00013", "p02000", "p00041"]
    precompute.refresh(engine, force=True)
    with session_scope(db_url) as s:
        before = [build_log(s, p, at, NoProtection()) for p in subjects]
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "indsigt",
            "--db",
            db_url,
            "analyze",
            "--engine",
            "duckdb",
            "--json",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "INDSIGT_SYSTEM_USERS": analytics_data.SYSTEM_USER},
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["engine"] == "duckdb" and doc["entries"] > 20_000 and not doc["stale"]
    with engine.connect() as c:
        report = json.loads(
            c.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
        )
    assert report["mode"] == "analyze:duckdb"
    with session_scope(db_url) as s:
        after = [build_log(s, p, at, NoProtection()) for p in subjects]
    assert after == before
    assert sum(len(d["groups"]) for d in after) > 10


def test_an_import_after_the_export_makes_the_views_compute_from_the_raw_entries(
    db_url, tmp_path, system_users
):
    engine = dense(db_url)
    export_parquet(engine, tmp_path / "pq")
    with engine.begin() as c:  # an import after the export
        c.execute(
            text(
                "INSERT INTO imported_file (at, name, records, new) VALUES ('2026-06-02', 'x', 0, 0)"
            )
        )
    rep = service.analyze(engine, engine_name="duckdb", parquet=tmp_path / "pq")
    assert rep.stale
    with engine.connect() as c:
        assert precompute.stored_stamp(c) != precompute.current_stamp(c)


# --- Spark equals the numpy engine (once per run) ------------------------------------------------


def report_mode(engine: Engine) -> str:
    with engine.connect() as c:
        return json.loads(
            c.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
        )["mode"]


@pytest.mark.skipif(not SPARK, reason="never reached: the PostgreSQL run does not collect it")
def test_spark_equals_numpy_in_process_and_as_a_cluster_job(db_url, tmp_path, system_users):
    """Spark in local mode: ``analyze --engine spark`` (results fetched to the driver), and the
    cluster job (:mod:`indsigt.analytics.job`: the executors write Parquet, ``indsigt analyze
    --results`` loads it through the real CLI); both equal the numpy engine row for row."""
    from indsigt.analytics import job

    # the dense store is small: two shuffle partitions (one per core of local[2]) instead of
    # eight halve the tasks of every one of the analysis' stages
    b = engines.backend("spark", conf={"spark.sql.shuffle.partitions": "2"})
    try:
        engine = dense(db_url)
        numpy, spark = numpy_then(
            engine, lambda: service.analyze(engine, engine_name="spark", backend=b)
        )
        assert_same(numpy, spark, "spark")
        assert numpy["templates"]
        assert report_mode(engine) == "analyze:spark"

        export_parquet(engine, tmp_path / "export")
        doc = job.run(b.con._session, str(tmp_path / "export"), str(tmp_path / "results"))
        assert doc["entries"] > 20_000
        with pytest.raises(Invalid, match="findes allerede"):
            job.run(b.con._session, str(tmp_path / "export"), str(tmp_path / "results"))
    finally:
        b.close()
    precompute.refresh(engine, force=True)  # back to the numpy engine's tables
    out = subprocess.run(
        [
            *(sys.executable, "-m", "indsigt", "--db", db_url, "analyze"),
            *("--results", str(tmp_path / "results"), "--json"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "INDSIGT_SYSTEM_USERS": analytics_data.SYSTEM_USER},
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["entries"] == doc["entries"]
    assert report_mode(engine) == "analyze:spark-job"
    assert_same(numpy, snapshot(engine), "spark job")


def test_analyze_results_refuses_what_is_not_a_job_result(db_url, tmp_path):
    engine = init_db(db_url)
    with pytest.raises(Invalid, match=r"result\.json"):
        service.load_results(engine, tmp_path)


if not SPARK:  # the PostgreSQL run: the Spark test is not collected at all (a skip would fail it)
    del test_spark_equals_numpy_in_process_and_as_a_cluster_job
