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
