"""A killed worker's upload folder is removed by the next worker, also while the killed worker is
a zombie that its supervisor has not reaped yet (a CI run left one behind)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from indsigt.api.imports import purge_orphan_uploads
from indsigt.processes import alive


def _zombie() -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 30
    stat = Path(f"/proc/{child.pid}/stat")
    while stat.read_text().rpartition(")")[2].split()[0] != "Z":  # ended, not reaped
        assert time.monotonic() < deadline, "the child did not end"
        time.sleep(0.01)
    return child


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_zombie_is_not_alive_and_its_upload_is_purged(tmp_path: Path) -> None:
    child = _zombie()
    try:
        assert not alive(child.pid)
        orphan = tmp_path / f"indsigt-upload-{child.pid}-abc"
        orphan.mkdir()
        mine = tmp_path / "indsigt-upload-1-abc"  # pid 1 runs
        mine.mkdir()
        assert purge_orphan_uploads(str(tmp_path)) == 1
        assert not orphan.exists() and mine.exists()
    finally:
        child.wait()
    assert alive(1)
