"""Crash safety of the import: an import killed (SIGKILL) at a random point leaves none or all of
its file, a re-run completes with exact counts, and concurrent imports of overlapping files store
each record once. Runs on SQLite and PostgreSQL (``INDSIGT_TEST_PG``)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from indsigt.db import get_engine, init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.store import AccessEntry, ImportedFile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

#: kill points per file format; each is a fresh process killed after a random delay
KILLS = int(os.environ.get("INDSIGT_CRASH_KILLS", "4"))
WORLD = synth.World(orgs=5, staff=60, patients=800)


def _count(url: str, prefix: str) -> int:
    with session_scope(url) as s:
        return s.scalar(
            select(func.count()).select_from(AccessEntry).where(AccessEntry.id.like(prefix + "%"))
        )


def _import_proc(url: str, *files: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "indsigt", "import", "--no-progress", "--db", url, *map(str, files)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ | {"INDSIGT_DB": url},
        start_new_session=True,
    )


def _integrity(url: str) -> None:
    if url.startswith("sqlite"):
        with get_engine(url).connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.fixture
def roster(db_url: str, tmp_path: Path) -> str:
    path = synth.write_roster(tmp_path / "roster.ndjson", WORLD)
    report = Importer(init_db(db_url), progress=False).run([path])
    assert report.ok, report.problems
    return db_url


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_killed_import_leaves_none_or_all_and_rerun_is_exact(roster, tmp_path, fmt):
    url = roster
    n = 60_000
    if fmt == "csv":
        path = synth.write_csv(tmp_path / "big.csv", WORLD, n, prefix="k")
    else:
        path = synth.write_audit(tmp_path / "big.ndjson", WORLD, n, prefix="k")
    rng = random.Random(int(os.environ.get("INDSIGT_CRASH_SEED", "0")) or None)
    # how long a whole import of such a file takes here (process start included), measured on
    # a twin file with other ids, to spread the kill points over the whole import
    twin = (synth.write_csv if fmt == "csv" else synth.write_audit)(
        tmp_path / f"twin.{fmt}", WORLD, n, prefix="m"
    )
    t0 = time.monotonic()
    probe = _import_proc(url, twin)
    _, err = probe.communicate(timeout=600)
    assert probe.returncode == 0, err.decode()
    full = time.monotonic() - t0
    # ascending random kill points from process start to just past the end: the early ones land
    # in reading/staging, the late ones in the final insert, the commit or after it
    delays = sorted(rng.uniform(0.3, full * 1.05) for _ in range(KILLS))
    outcomes = []
    for delay in delays:
        proc = _import_proc(url, path)
        time.sleep(delay)
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        stored = _count(url, "k")
        outcomes.append((round(delay, 2), "finished" if finished else "killed", stored))
        assert stored in (0, n), f"half an import after a kill: {stored} of {n} ({outcomes})"
        _integrity(url)
    assert any(o[1] == "killed" for o in outcomes), outcomes
    # a re-run completes with exact counts, and a further one stores nothing new
    for _ in range(2):
        proc = _import_proc(url, path)
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()
        assert _count(url, "k") == n
    with session_scope(url) as s:
        done = s.scalars(select(ImportedFile.new).where(ImportedFile.name == str(path))).all()
    assert sum(done) == n and done[-1] == 0  # stored once, then nothing new
    print(f"{fmt}: kill points (s, outcome, stored): {outcomes}")


@pytest.mark.slow
def test_concurrent_imports_of_overlapping_files_store_each_record_once(roster, tmp_path):
    url = roster
    n = 30_000
    # a: k0 .. k29999, b: k15000 .. k44999 (the same entries where they overlap), c: CSV twin
    a = synth.write_audit(tmp_path / "a.ndjson", WORLD, n, prefix="k", first=0, seed=7)
    b = synth.write_audit(tmp_path / "b.ndjson", WORLD, n, prefix="k", first=n // 2, seed=8)
    # b's overlapping part must be the very same entries as a's: write b as a's tail + more
    lines_a = a.read_text().splitlines(keepends=True)
    lines_b = b.read_text().splitlines(keepends=True)
    b.write_text("".join(lines_a[n // 2 :] + lines_b[n // 2 :]))
    c = synth.write_csv(tmp_path / "c.csv", WORLD, n, prefix="q", seed=9)
    d = synth.write_csv(tmp_path / "d.csv", WORLD, n, prefix="q", seed=9)  # identical to c
    procs = [_import_proc(url, f) for f in (a, b, c, d)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    assert _count(url, "k") == n + n // 2
    assert _count(url, "q") == n
    with session_scope(url) as s:
        dupes = s.execute(
            select(AccessEntry.id).group_by(AccessEntry.id).having(func.count() > 1)
        ).all()
        assert dupes == []
        news = dict(s.execute(select(ImportedFile.name, ImportedFile.new)).all())
    assert news[str(a)] + news[str(b)] == n + n // 2
    assert news[str(c)] + news[str(d)] == n
    _integrity(url)
