"""The code of another commit beside this one, for a benchmark's side-by-side run
(``--baseline REF``): ``git archive REF src`` unpacked into a folder of its own."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def checkout_src(ref: str, tmp: Path) -> tuple[Path, str]:
    """``src`` of commit ``ref`` in a new folder under ``tmp``; (that src, the short commit)."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", ref], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.strip()
    dest = tmp / f"baseline-{commit}"
    dest.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", ref, "src"], capture_output=True, cwd=ROOT, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src", commit
