"""What the ``indsigt`` command loads before it works, and how (issue 14: the start-up of
``indsigt import`` is on the critical path of every import). Through real processes, started as
the ``indsigt`` command starts (``indsigt.__main__.main``)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import builders as b
from indsigt.importing import run_import
from indsigt.startup import PROMOTE_AT, loading

#: runs ``indsigt ARGS`` as the command does, then writes what the process loaded and the cyclic
#: garbage collections that ran while the command's code was being imported
_PROBE = r"""
import atexit, gc, json, sys

out, args = sys.argv[1], sys.argv[2:]
WATCHED = ("indsigt.cli", "indsigt.importing", "indsigt.db", "indsigt.store")
during = []


def being_imported(name):
    module = sys.modules.get(name)
    return module is not None and getattr(module.__spec__, "_initializing", False)


def on_collection(phase, info):
    if phase == "start":
        during.extend(n for n in WATCHED if being_imported(n))


gc.callbacks.append(on_collection)


@atexit.register  # the command ends through os._exit, after the atexit functions
def dump():
    with open(out, "w") as f:
        json.dump({"modules": sorted(sys.modules), "during": during}, f)


sys.argv = ["indsigt", *args]
from indsigt.__main__ import main

main()
"""

#: never needed by a command that imports: migrations, the web stack, analytics
_NOT_FOR_IMPORTING = (
    "alembic",
    "fastapi",
    "starlette",
    "uvicorn",
    "jinja2",
    "duckdb",
    "ibis",
    "pyspark",
    "pandas",
    "pyarrow",
)

#: never needed to show the help of ``indsigt import``: the database layer and the store, the
#: settings, signing, and what no import needs
NOT_FOR_HELP = (
    "sqlalchemy",
    "indsigt.store",
    "indsigt.db",
    "indsigt.config",
    "indsigt.importing",
    "indsigt.ingest",
    "pydantic_settings",
    "cryptography",
    "numpy",
    *_NOT_FOR_IMPORTING,
)

#: never needed by an import of a log file into a database at the newest migration: what no
#: import needs, and rich's help and error rendering
NOT_FOR_AN_IMPORT = (*_NOT_FOR_IMPORTING, "rich", "markdown_it")


def _run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> dict:
    out = tmp_path / "probe.json"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(out), *args],
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text())
    doc["stdout"], doc["stderr"] = done.stdout, done.stderr
    return doc


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m in names or m.startswith(tuple(n + "." for n in names))]


def test_the_help_of_import_loads_neither_the_database_layer_nor_the_store(
    tmp_path: Path,
) -> None:
    doc = _run(tmp_path, "import", "--help")
    assert "Importér FHIR NDJSON- og MinLog CSV-filer" in doc["stdout"]
    assert "indsigt.cli.main" in doc["modules"]  # the probe saw the command line
    assert _loaded(doc["modules"], NOT_FOR_HELP) == []
    assert doc["during"] == []  # no collection while the command line was being loaded


@pytest.mark.parametrize("command", [("log",), ("orders", "list"), ("verify",)])
def test_the_help_of_a_command_on_the_database_loads_no_database_layer(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    doc = _run(tmp_path, *command, "--help", "--db", "sqlite:///x.db")
    assert "--db" in doc["stdout"]
    assert _loaded(doc["modules"], NOT_FOR_HELP) == []  # --help ends it before --db's callback


def test_a_command_on_the_database_loads_the_database_layer_without_collections(
    db_url: str, tmp_path: Path
) -> None:
    from indsigt.db import dispose_engines, init_db

    init_db(db_url)
    dispose_engines()
    doc = _run(tmp_path, "orders", "list", "--json", env={**os.environ, "INDSIGT_DB": db_url})
    assert json.loads(doc["stdout"]) == {"orders": []}
    assert {"indsigt.db", "indsigt.store", "sqlalchemy.orm"} <= set(doc["modules"])
    # SQLAlchemy and the store's tables were loaded by --db's callback with the collector paused
    assert doc["during"] == []


def test_an_import_loads_its_code_without_collections_and_nothing_it_does_not_use(
    db_url: str, tmp_path: Path
) -> None:
    roster = b.write_ndjson(tmp_path / "roster.ndjson", b.minimal_roster())
    assert run_import(db_url, [roster], actor="test").ok
    from indsigt.db import dispose_engines

    dispose_engines()  # this process holds the database no longer
    log = b.minlog_rows(tmp_path / "log.csv", 0, 10)
    doc = _run(tmp_path, "import", str(log), env={**os.environ, "INDSIGT_DB": db_url})
    assert f"{log}: 10 poster, 10 nye" in doc["stderr"]
    assert {"indsigt.importing", "indsigt.store", "sqlalchemy.orm"} <= set(doc["modules"])
    assert _loaded(doc["modules"], NOT_FOR_AN_IMPORT) == []
    # the command line's and the importer's code were loaded with the collector paused
    assert doc["during"] == []


def test_loading_pauses_the_collector_and_hands_what_was_made_to_the_oldest_generation() -> None:
    assert gc.isenabled()
    try:
        with loading():
            assert not gc.isenabled()
            made = [[i] for i in range(PROMOTE_AT + 5_000)]  # tracked objects, like a module's
            assert gc.get_count()[0] >= PROMOTE_AT
        assert gc.isenabled()
        assert gc.get_count()[0] < 100  # in the oldest generation, not walked by young collections
        assert gc.get_freeze_count() == 0  # nothing kept from the collector for good
        with loading():
            with loading():  # nested: the outer one enables the collector again
                pass
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()
        with loading():  # off already: whoever turned it off turns it on
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert len(made) == PROMOTE_AT + 5_000
