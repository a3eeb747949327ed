"""Compiled or source: which code of this package runs.

``setup.py`` compiles the search's modules with mypyc where a C compiler is at hand and lists
them in ``compiled.sha256`` with the digest of the source each was built from. A compiled module
is the same code as its ``.py`` file, only faster; it is used only when *every* compiled module's
source still has that digest. Otherwise (a source edited after the build in a development
checkout, a build without the list) or when ``INDSIGT_PURE_PYTHON=1`` is set, :func:`install`
puts a finder first on ``sys.meta_path`` that imports the ``.py`` source of every module of this
package that has a compiled file beside it. So a stale build never runs, and compiled and source
never mix.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

FOLDER = Path(__file__).resolve().parent
PACKAGE = __name__.rpartition(".")[0]
DIGESTS = "compiled.sha256"


def compiled_files(folder: Path = FOLDER) -> dict[str, Path]:
    """The modules of ``folder`` that have a compiled file (extension module) beside their
    source, by module name."""
    found: dict[str, Path] = {}
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in folder.glob(f"*{suffix}"):
            name = path.name[: -len(suffix)]
            if (folder / f"{name}.py").is_file():
                found[name] = folder / f"{name}.py"
    return found


def build_is_current(folder: Path = FOLDER) -> bool:
    """True when every module with a compiled file is listed in ``compiled.sha256`` with the
    digest of its source as it is now."""
    try:
        lines = (folder / DIGESTS).read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    listed: dict[str, str] = {}
    for line in lines:
        digest, _, file = line.partition("  ")
        listed[file.removesuffix(".py")] = digest
    for name, source in compiled_files(folder).items():
        if listed.get(name) != hashlib.sha256(source.read_bytes()).hexdigest():
            return False
    return True


class SourceFinder:
    """A meta path finder that imports the ``.py`` source of the given modules of this package
    (before the path finder, which would take the compiled file)."""

    def __init__(self, sources: dict[str, Path], package: str = PACKAGE) -> None:
        self.sources = {f"{package}.{name}": path for name, path in sources.items()}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.sources.get(fullname)
        if source is None:
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def install(folder: Path = FOLDER) -> bool:
    """Decide once per process; True when the compiled modules will be used."""
    compiled = compiled_files(folder)
    if not compiled:
        return False
    if os.environ.get("INDSIGT_PURE_PYTHON") != "1" and build_is_current(folder):
        return True
    if not any(isinstance(f, SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, SourceFinder(compiled))
    return False


# decided when the package is imported, before any module of the search (the package's
# ``COMPILED`` says what was imported)
install()
