"""Build step of indsigt (everything else is in ``pyproject.toml``).

The name matcher's search is the hot path of every citizen-facing view, so its modules are
compiled to C with mypyc (part of mypy, a build dependency) where a C compiler is at hand; the
package still runs from the Python source where they are not (``INDSIGT_PURE_PYTHON=1`` at build
time skips the compiler). Next to them goes ``compiled.sha256``, the digest of every compiled
source: ``indsigt.protect.names._native`` uses a compiled module only while its source is
unchanged, so an edit after the build runs as Python instead of as a stale build.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from setuptools import setup

NAMES = Path("src/indsigt/protect/names")
# what the search of a note runs through; _native.py reads the list back from compiled.sha256
COMPILED = ("canon", "context", "fold", "keep", "matcher")


def _ext_modules() -> list[object]:
    digests = NAMES / "compiled.sha256"
    digests.unlink(missing_ok=True)
    if os.environ.get("INDSIGT_PURE_PYTHON") == "1":
        return []
    from mypyc.build import mypycify

    paths = [str(NAMES / f"{m}.py") for m in COMPILED]
    modules = mypycify(paths, opt_level="3", debug_level="0", group_name="indsigt_names")
    digests.write_text(
        "".join(
            f"{hashlib.sha256((NAMES / f'{m}.py').read_bytes()).hexdigest()}  {m}.py\n"
            for m in COMPILED
        ),
        encoding="utf-8",
    )
    return modules


setup(ext_modules=_ext_modules())
