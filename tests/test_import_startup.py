"""What an ``indsigt import`` process loads and how it ends (issue 14: at 100,000 entries, start-up
and the end of the process are a fifth of an import's end-to-end time). Through real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import builders as b
from indsigt.db import dispose_engines
from indsigt.importing import run_import

#: modules a log import has no use for (master data plug-ins, e-mail, the other database's dialect)
NOT_FOR_A_LOG = (
    "indsigt.alerts",
    "indsigt.outbox",
    "indsigt.pregnancy",
    "fhir.resources",
    "smtplib",
)

_PROBE = r"""
import json, sys
from indsigt.importing import run_import
out = run_import(sys.argv[1], sys.argv[2:], actor="test")
assert out.ok, [str(p) for p in out.report.problems]
print(json.dumps({"new": [f.new for f in out.report.files], "modules": sorted(sys.modules)}))
"""


def _log(tmp_path: Path, name: str, first: int, n: int) -> Path:
    return b.minlog_rows(tmp_path / name, first, n)


def _roster(db_url: str, tmp_path: Path) -> None:
    roster = b.write_ndjson(tmp_path / "roster.ndjson", b.minimal_roster())
    assert run_import(db_url, [roster], actor="test").ok


def test_a_log_import_loads_neither_plugins_nor_mail(db_url: str, tmp_path: Path) -> None:
    _roster(db_url, tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, db_url, str(_log(tmp_path, "log.csv", 0, 50))],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=True,
    )
    doc = json.loads(out.stdout.strip().splitlines()[-1])
    assert doc["new"] == [50]
    loaded = [m for m in doc["modules"] if m.startswith(NOT_FOR_A_LOG)]
    assert loaded == []
    if db_url.startswith("sqlite"):
        assert "sqlalchemy.dialects.postgresql" not in doc["modules"]


def test_the_command_ends_with_its_status_its_output_and_the_database_closed(
    db_url: str, tmp_path: Path
) -> None:
    """The process ends through ``os._exit`` (no teardown of every object): the report is still
    printed, the status is still the command's, and SQLite's write-ahead log is checkpointed
    and removed (every connection was closed)."""
    _roster(db_url, tmp_path)
    dispose_engines()  # this process holds the database no longer
    env = {**os.environ, "INDSIGT_DB": db_url}
    cmd = [sys.executable, "-m", "indsigt", "import"]
    good = _log(tmp_path, "good.csv", 0, 20)
    done = subprocess.run([*cmd, str(good)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{good}: 20 poster, 20 nye" in done.stderr
    if db_url.startswith("sqlite"):
        db = Path(db_url.removeprefix("sqlite:///"))
        assert db.exists() and not Path(f"{db}-wal").exists()
    bad = tmp_path / "bad.csv"
    bad.write_text("regKode,cprNrBorger,bruger,tidspunkt\nx,6512401234,u,ikke en tid\n")
    failed = subprocess.run([*cmd, str(bad)], capture_output=True, text=True, env=env, timeout=120)
    assert failed.returncode == 2
    assert f"{bad}:2: tidspunkt 'ikke en tid'" in failed.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "indsigt", "log", "p1", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["total"] == 20  # the whole JSON document was flushed


def test_the_end_of_the_process_lets_idle_executor_threads_stop() -> None:
    """A thread pool left idle by a command (its threads are not daemons) is told to stop, as
    the interpreter's own exit does, instead of being waited for forever."""
    probe = (
        "import concurrent.futures, sys, time\n"
        "pool = concurrent.futures.ThreadPoolExecutor(2)\n"
        "pool.submit(time.sleep, 0.1)\n"
        "sys.argv = ['indsigt', '--help']\n"
        "from indsigt.__main__ import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "import" in done.stdout  # the help, flushed
