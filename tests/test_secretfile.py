"""Key files made once, whoever comes first (indsigt.secretfile).

Reproduced in CI: two threads appending to the integrity log of a fresh store both created its key
file through one shared temporary name; one moved the other's file away (FileNotFoundError), and
a key already loaded by one writer could be replaced by the other's.
"""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

import pytest

from indsigt import secretfile


def test_the_first_writer_wins_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    path = tmp_path / "k"

    def slow() -> bytes:  # another writer creates the file while this one makes its secret
        assert secretfile.read_or_create(path, lambda: b"first") == b"first"
        return b"second"

    assert secretfile.read_or_create(path, slow) == b"first"
    assert path.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["k"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_replace_writes_the_whole_new_content(tmp_path: Path) -> None:
    path = tmp_path / "k"
    secretfile.read_or_create(path, lambda: b"old")
    secretfile.replace(path, b"new")
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["k"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def _race(make_key, n: int = 8) -> list[object]:  # type: ignore[no-untyped-def]
    start = threading.Barrier(n)
    got: list[object] = []

    def one() -> None:
        start.wait()
        try:
            got.append(make_key())
        except BaseException as exc:  # reported by the caller
            got.append(exc)

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return got


@pytest.mark.parametrize("kind", ["pseudonym", "integrity"])
def test_threads_that_make_a_key_at_once_all_get_the_same_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from indsigt.config import get_settings
    from indsigt.integrity.keys import ensure_integrity_keys
    from indsigt.protect.keys import ensure_keys

    for round_ in range(10):
        folder = tmp_path / str(round_)
        monkeypatch.setenv("INDSIGT_DB", f"sqlite:///{folder / 'indsigt.db'}")
        monkeypatch.setenv("INDSIGT_KEY_FILE", str(folder / "indsigt.key"))
        get_settings.cache_clear()
        ensure = ensure_keys if kind == "pseudonym" else ensure_integrity_keys

        def read(ensure=ensure) -> str:  # type: ignore[no-untyped-def]
            return ensure().read_text()

        got = _race(read)
        errors = [g for g in got if isinstance(g, BaseException)]
        assert not errors, errors
        assert len(set(got)) == 1, "two keys were made"
        json.loads(str(got[0]))  # whole, not half-written
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    get_settings.cache_clear()
