"""A database the command line cannot open (issue 14, operator robustness): every command that
opens the database refuses an SQLite path it cannot use with a Danish message naming the path on
stderr and exit status 2, creates nothing (no folder, no database file, no key file), and shows
no traceback. Through the real ``indsigt`` command in a subprocess."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import builders as b

INDSIGT = [sys.executable, "-m", "indsigt"]
PREFIX = "fejl: Databasen kan ikke åbnes: "

#: commands that open the database, by way of each path into it: a session, ``init_db`` itself,
#: the importer, the key file (which once made the missing folder), the server, the demo builder
COMMANDS = [
    ("init",),
    ("import", "data.ndjson"),
    ("log", "p1", "--json"),
    ("orders", "list"),
    ("keys", "rotate"),
    ("serve", "--port", "1"),
    ("demo", "--no-serve", "--citizens", "1"),
]


def _env(**extra: str) -> dict[str, str]:
    # the key file follows the database's path, as it does unless an operator sets it
    env = {k: v for k, v in os.environ.items() if k not in ("INDSIGT_DB", "INDSIGT_KEY_FILE")}
    return env | extra


def run(
    cwd: Path, *args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, *INDSIGT, *args],
        cwd=cwd,
        env=env or _env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every path under ``root`` with its mode and size."""
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        out[str(p.relative_to(root))] = (st.st_mode, st.st_size)
    return out


def refused(r: subprocess.CompletedProcess[str], problem: str) -> None:
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert r.stderr.strip() == PREFIX + problem, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


@pytest.fixture
def work(tmp_path: Path) -> Path:
    b.write_ndjson(tmp_path / "data.ndjson", b.minimal_roster())
    return tmp_path


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_missing_folder_is_named_and_nothing_is_made(work: Path, command: tuple[str]) -> None:
    before = tree(work)
    folder = work / "mangler" / "endnu"
    r = run(work, "--db", f"sqlite:///{folder}/indsigt.db", *command)
    refused(r, f"mappen {folder} findes ikke")
    assert tree(work) == before


def test_the_database_from_the_environment_and_a_relative_path(work: Path) -> None:
    before = tree(work)
    r = run(work, "orders", "list", env=_env(INDSIGT_DB="sqlite:///mangler/indsigt.db"))
    refused(r, f"mappen {work / 'mangler'} findes ikke")
    r = run(work, "--db", "sqlite:///mangler/indsigt.db", "import", "data.ndjson")
    refused(r, f"mappen {work / 'mangler'} findes ikke")
    assert tree(work) == before


def test_a_folder_where_the_file_should_be(work: Path) -> None:
    (work / "db").mkdir()
    before = tree(work)
    for command in (("init",), ("orders", "list"), ("demo", "--no-serve", "--citizens", "1")):
        r = run(work, "--db", f"sqlite:///{work / 'db'}", *command)
        refused(r, f"{work / 'db'} er en mappe, ikke en databasefil")
    assert tree(work) == before


def test_a_file_where_the_folder_should_be_and_a_file_that_is_no_database(work: Path) -> None:
    before = tree(work)
    r = run(work, "--db", f"sqlite:///{work / 'data.ndjson'}/indsigt.db", "init")
    refused(r, f"{work / 'data.ndjson'} er ikke en mappe")
    r = run(work, "--db", f"sqlite:///{work / 'data.ndjson'}", "import", "data.ndjson")
    refused(r, f"{work / 'data.ndjson'} er ikke en SQLite-database")
    assert tree(work) == before


def test_an_empty_file_in_an_existing_folder_is_a_new_database(work: Path) -> None:
    (work / "ny.db").touch()  # SQLite takes an empty file as an empty database
    r = run(work, "--db", "sqlite:///ny.db", "init")
    assert r.returncode == 0, r.stderr
    assert (work / "ny.db").stat().st_size > 0 and (work / "ny.db.key").exists()


def _as_plain_user(probe: Path) -> tuple[str, ...]:
    """The command prefix that runs a command without root's right to write anything: none for
    another user; as root, a user namespace whose user is the files' owner but has no
    capabilities (so the files' owner bits apply, as to any user). Skips where neither works."""
    if os.geteuid() != 0:
        return ()
    prefix = ("unshare", "--user", "--map-user=1000", "--map-group=1000")
    if shutil.which("unshare") is None:
        pytest.skip("root, and no unshare to drop root's right to write")
    probe.write_bytes(b"")
    probe.chmod(0o444)
    check = "import os, sys; sys.exit(os.access(sys.argv[1], os.W_OK))"
    done = subprocess.run(
        [*prefix, sys.executable, "-c", check, str(probe)], capture_output=True, timeout=60
    )
    probe.unlink()
    if done.returncode != 0:
        pytest.skip("root, and a user namespace does not take root's right to write")
    return prefix


def _sqlite_file(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()


def test_an_unwritable_database_file(work: Path) -> None:
    prefix = _as_plain_user(work / "probe")
    db = work / "indsigt.db"
    _sqlite_file(db)
    db.chmod(0o444)
    before = tree(work)
    for command in (("init",), ("orders", "list"), ("import", "data.ndjson")):
        r = run(work, "--db", f"sqlite:///{db}", *command, prefix=prefix)
        refused(r, f"der er ikke læse- og skriveadgang til {db}")
    assert tree(work) == before


def test_an_unwritable_folder(work: Path) -> None:
    prefix = _as_plain_user(work / "probe")
    folder = work / "laast"
    folder.mkdir()
    _sqlite_file(folder / "indsigt.db")  # SQLite needs the folder for its -wal and -shm files
    folder.chmod(0o555)
    try:
        before = tree(work)
        for name in ("indsigt.db", "ny.db"):
            for command in (("init",), ("log", "p1"), ("keys", "rotate")):
                r = run(work, "--db", f"sqlite:///{folder / name}", *command, prefix=prefix)
                refused(r, f"der er ikke skriveadgang til mappen {folder}")
        assert tree(work) == before
    finally:
        folder.chmod(0o755)


def test_a_folder_this_user_may_not_enter(work: Path) -> None:
    prefix = _as_plain_user(work / "probe")
    closed = work / "lukket"
    (closed / "data").mkdir(parents=True)
    closed.chmod(0o000)
    try:
        r = run(work, "--db", f"sqlite:///{closed / 'data' / 'indsigt.db'}", "init", prefix=prefix)
        refused(r, f"der er ikke adgang til mappen {closed / 'data'}")
    finally:
        closed.chmod(0o755)
    assert list(closed.rglob("*")) == [closed / "data"]


def test_a_database_in_memory_is_refused(work: Path) -> None:
    """``sqlite://`` is gone when the command ends (it once crashed on the pool's arguments)."""
    before = tree(work)
    r = run(work, "--db", "sqlite://", "orders", "list")
    refused(
        r,
        "en database i hukommelsen (sqlite://) forsvinder, når kommandoen slutter; "
        "angiv en fil, fx sqlite:///indsigt.db",
    )
    assert tree(work) == before


@pytest.mark.parametrize(
    "command", [("orders", "list"), ("log", "p1", "--json"), ("init",), ("import", "data.ndjson")]
)
def test_an_unreachable_database_server(work: Path, command: tuple[str, ...]) -> None:
    """A PostgreSQL server that refuses the connection: a Danish message with the driver's
    line (host and port), exit status 1, no traceback and never the password."""
    url = "postgresql+psycopg://indsigt:hemmeligt-kodeord@127.0.0.1:9/indsigt"
    r = run(work, "--db", url, *command)
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert r.stderr.startswith("fejl: Databasen kan ikke nås: "), r.stderr
    assert "Traceback" not in r.stderr and "hemmeligt" not in r.stderr, r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize(
    "url", ["sqlite+pysqlite:///{db}", "sqlite:///{db}?timeout=30", "sqlite:///{rel}"]
)
def test_the_key_file_is_made_beside_the_database_however_its_url_is_written(
    work: Path, url: str
) -> None:
    """Once ``indsigt.key`` in the working folder for ``sqlite+pysqlite:``, and a file named
    ``x.db?timeout=30.key`` for a URL with a query string."""
    (work / "d").mkdir()
    r = run(work, "--db", url.format(db=work / "d" / "x.db", rel="d/x.db"), "init")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (work / "d").iterdir() if ".db-" not in p.name) == [
        "x.db",
        "x.db.key",
    ]
    assert not (work / "indsigt.key").exists()


#: what showing a command's help must not load: the settings, the database layer, the store
_NOT_FOR_HELP = ("indsigt.config", "pydantic_settings", "indsigt.db", "indsigt.store", "sqlalchemy")


def _imported(stderr: str) -> list[str]:
    """The modules a process started with PYTHONPROFILEIMPORTTIME imported (its stderr)."""
    return [
        line.rsplit("|", 1)[1].strip()
        for line in stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    ]


HELP_COMMANDS = [
    ("import",),
    ("init",),
    ("orders", "list"),
    ("keys", "rotate"),
    ("serve",),
    ("demo",),
]


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=[" ".join(c) for c in HELP_COMMANDS])
@pytest.mark.parametrize("where", ["root", "command", "environment"])
def test_help_reads_no_settings_and_looks_at_no_database(
    work: Path, command: tuple[str, ...], where: str
) -> None:
    """``indsigt --db URL COMMAND --help`` is the help, whatever the URL: exit status 0, nothing
    made, and neither the settings nor the database layer loaded. The root's ``--db`` once
    became the process's setting before Click read the command's ``--help``."""
    before = tree(work)
    missing = work / "mangler" / "endnu" / "x.db"
    args, env = [*command, "--help"], _env(PYTHONPROFILEIMPORTTIME="1")
    if where == "root":
        args = ["--db", "sqlite:////nonexistent/dir/x.db", *args]
    elif where == "command":
        args = [*args, "--db", f"sqlite:///{missing}"]
    else:
        env |= {"INDSIGT_DB": f"sqlite:///{missing}"}
    r = run(work, *args, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.lstrip().startswith(f"Usage: indsigt {' '.join(command)} "), r.stdout
    assert "--db" in r.stdout
    assert [line for line in r.stderr.splitlines() if not line.startswith("import time:")] == []
    loaded = _imported(r.stderr)
    assert "indsigt.cli.main" in loaded  # the import times were recorded
    assert [m for m in loaded if m.startswith(_NOT_FOR_HELP)] == []
    assert tree(work) == before
    assert not Path("/nonexistent").exists()


def test_the_help_with_the_root_db_end_to_end(work: Path) -> None:
    """The plain command (no probe): help on stdout, exit status 0, nothing made."""
    before = tree(work)
    r = run(work, "--db", "sqlite:////nonexistent/dir/x.db", "import", "--help")
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert "Importér FHIR NDJSON- og MinLog CSV-filer" in r.stdout
    assert tree(work) == before and not Path("/nonexistent").exists()
    r = run(work, "--db", "sqlite:////nonexistent/dir/x.db", "--help")
    assert r.returncode == 0 and "Usage: indsigt" in r.stdout, r.stderr
    assert tree(work) == before


def test_the_root_db_is_still_the_database_of_the_command(work: Path) -> None:
    """Taken when the command runs: refused when it cannot be opened, used when it can, and a
    command's own ``--db`` wins over it."""
    before = tree(work)
    r = run(work, "--db", f"sqlite:///{work / 'mangler' / 'x.db'}", "orders", "list")
    refused(r, f"mappen {work / 'mangler'} findes ikke")
    assert tree(work) == before
    r = run(work, "--db", f"sqlite:///{work / 'root.db'}", "import", "data.ndjson")
    assert r.returncode == 0, r.stderr
    assert (work / "root.db").stat().st_size > 0 and not (work / "indsigt.db").exists()
    r = run(work, "--db", f"sqlite:///{work / 'root.db'}", "log", "p1", "--json")
    assert r.returncode == 0 and r.stdout.startswith("{"), r.stderr
    r = run(
        work,
        *("--db", f"sqlite:///{work / 'mangler' / 'x.db'}"),
        *("init", "--db", f"sqlite:///{work / 'own.db'}"),
    )
    assert r.returncode == 0, r.stderr
    assert (work / "own.db").exists() and not (work / "mangler").exists()
