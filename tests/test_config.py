"""Settings: read once from the environment, changed at run time only through ``configure``."""

from __future__ import annotations

import pytest

from indsigt.config import configure, get_settings


@pytest.fixture(autouse=True)
def _restore_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INDSIGT_DEV_LOGIN", raising=False)  # restored after the test


def test_configure_changes_the_settings_everything_reads(db_url: str, tmp_path) -> None:
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert get_settings().db == db_url  # cached
    assert configure(db=other, dev_login=True).db == other
    s = get_settings()
    assert s.db == other and s.dev_login is True
    # the server's worker processes start from the environment: it says the same
    import os

    assert os.environ["INDSIGT_DB"] == other and os.environ["INDSIGT_DEV_LOGIN"] == "true"
    configure(dev_login=None)
    assert get_settings().dev_login is False


def test_the_app_serves_the_configured_database(db_url: str, tmp_path) -> None:
    """The settings read while building the app are the configured ones, not a cached default."""
    from indsigt.app import create_app

    get_settings()  # something read the settings early (as the demo's build did)
    other = tmp_path / "served.db"
    configure(db=f"sqlite:///{other}", dev_login=True)
    create_app()
    assert other.exists()
    configure(dev_login=None)


def test_unknown_settings_are_refused(db_url: str) -> None:
    with pytest.raises(TypeError):
        configure(no_such_setting=1)


@pytest.mark.parametrize(
    ("url", "key_file"),
    [
        ("sqlite:///indsigt.db", "indsigt.db.key"),
        ("sqlite:///data/x.db", "data/x.db.key"),
        ("sqlite:////abs/data/x.db", "/abs/data/x.db.key"),  # an absolute path (four slashes)
        ("sqlite+pysqlite:///data/x.db", "data/x.db.key"),  # once indsigt.key, not beside it
        ("sqlite+pysqlite:////abs/x.db", "/abs/x.db.key"),
        ("sqlite:///data/x.db?timeout=30", "data/x.db.key"),  # once 'x.db?timeout=30.key'
        ("sqlite:////abs/x.db?check_same_thread=false", "/abs/x.db.key"),
        ("sqlite:///data%20x/x.db", "data x/x.db.key"),  # the file SQLite opens
        ("sqlite:///file:data/x.db?mode=ro&uri=true", "data/x.db.key"),  # an SQLite URI
        ("sqlite:///file:/abs/x.db?uri=true", "/abs/x.db.key"),
        ("sqlite://", "indsigt.key"),  # in memory: no file to be beside
        ("sqlite:///:memory:", "indsigt.key"),
        ("sqlite+pysqlite:///:memory:", "indsigt.key"),
        ("sqlite:///file:mem?mode=memory&uri=true", "indsigt.key"),
        ("postgresql+psycopg://indsigt:pw@db.example/indsigt", "indsigt.key"),
    ],
)
def test_the_key_file_is_beside_the_sqlite_database_file(url: str, key_file: str) -> None:
    from pathlib import Path

    from indsigt.config import Settings

    assert Settings(db=url, key_file=None).resolved_key_file() == Path(key_file)


def test_an_explicit_key_file_wins(tmp_path) -> None:
    from indsigt.config import Settings

    key = tmp_path / "k.json"
    assert Settings(db="sqlite:///x.db", key_file=key).resolved_key_file() == key


@pytest.mark.parametrize("driver", ["sqlite", "sqlite+pysqlite"])
def test_an_sqlite_engine_is_set_up_as_sqlite_whatever_the_driver_is_called(
    tmp_path, driver: str
) -> None:
    """The engine's SQLite set-up (WAL, a connection usable from another thread) goes by the
    parsed URL's backend, not by the URL's first letters."""
    import threading

    from sqlalchemy import text

    from indsigt.db import get_engine

    engine = get_engine(f"{driver}:///{tmp_path / 'x.db'}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        errors: list[BaseException] = []

        def other_thread() -> None:
            try:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
            except BaseException as exc:  # pragma: no cover - the failure being tested for
                errors.append(exc)

        t = threading.Thread(target=other_thread)
        t.start()
        t.join()
        assert errors == []
    finally:
        engine.dispose()
