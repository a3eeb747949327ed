"""The code of another commit beside this one, for a benchmark's side-by-side run
(``--baseline REF``): ``git archive REF src`` unpacked into a folder of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def checkout_src(ref: str, tmp: Path, *, compiled: bool = False) -> tuple[Path, str]:
    """``src`` of commit ``ref`` in a new folder under ``tmp``; (that src, the short commit).

    ``compiled``: build that commit's compiled modules too (its ``setup.py``, as ``make setup``
    does; the name search since 06.12), so that only the code differs from this checkout's
    installed build, not compiled against interpreted. Needs mypy (``.[dev]``) and a C compiler.
    """
    commit = subprocess.run(
        ["git", "rev-parse", "--short", ref], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.strip()
    dest = tmp / f"baseline-{commit}"
    dest.mkdir(parents=True)
    paths = ["src", "setup.py", "pyproject.toml"] if compiled else ["src"]
    archive = subprocess.run(
        ["git", "archive", ref, *paths], capture_output=True, cwd=ROOT, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    if compiled:
        if not (dest / "setup.py").exists():
            raise SystemExit(f"{ref} has no setup.py: nothing of it is compiled")
        subprocess.run(
            [sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
            cwd=dest,
            check=True,
            capture_output=True,
        )
    return dest / "src", commit
