"""A benchmark's scratch folder: made under the system's temporary folder and removed when the
script ends, however it ends short of a kill (``INDSIGT_BENCH_KEEP=1`` keeps it, to look inside).

Before 07.12 each run left its databases behind (90-250 MB a run; 11 GB had gathered in /tmp)."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def scratch_dir(prefix: str) -> Path:
    """A new empty folder named ``prefix``..., removed at the end of the process."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if os.environ.get("INDSIGT_BENCH_KEEP") == "1":
        print(f"scratch: {path} is kept (INDSIGT_BENCH_KEEP=1)", file=sys.stderr)
    else:
        atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def start_pg_server() -> tuple[Path, str]:
    """A throwaway PostgreSQL server (``scripts/pg-server.sh``): (its folder, its URL). Stop it
    with :func:`stop_pg_server`, which removes the folder."""
    pg_dir = Path(tempfile.mkdtemp(prefix="indsigt-pg-"))
    url = subprocess.run(
        ["bash", str(_ROOT / "scripts" / "pg-server.sh"), "start", str(pg_dir)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return pg_dir, url


def stop_pg_server(pg_dir: Path) -> None:
    subprocess.run(
        ["bash", str(_ROOT / "scripts" / "pg-server.sh"), "stop", str(pg_dir)],
        check=False,
        capture_output=True,
    )
