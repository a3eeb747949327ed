"""A benchmark's scratch folder: made under the system's temporary folder and removed when the
script ends, however it ends short of a kill (``INDSIGT_BENCH_KEEP=1`` keeps it, to look inside).

Before 07.12 each run left its databases behind (90-250 MB a run; 11 GB had gathered in /tmp)."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path


def scratch_dir(prefix: str) -> Path:
    """A new empty folder named ``prefix``..., removed at the end of the process."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if os.environ.get("INDSIGT_BENCH_KEEP") == "1":
        print(f"scratch: {path} is kept (INDSIGT_BENCH_KEEP=1)", file=sys.stderr)
    else:
        atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path
