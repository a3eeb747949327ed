"""The one exit is kept by the structure, not by convention.

- The import-linter contracts of ``pyproject.toml`` hold (also run by ``make test``): adapters ->
  views -> protection and access log -> store; adapters never import the store; the command-line
  modules do not depend on each other.
- ``scrub`` (the protection run over a finished document) is called by the exit alone.
- Adapters use SQLAlchemy only for the ``Session`` type and printing a URL: no queries.
- The command line keeps no module-level state (no ``_db_from_root``).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "indsigt"
ADAPTERS = ("cli", "api", "web")


def _modules(*parts: str) -> list[Path]:
    base = SRC.joinpath(*parts)
    return sorted(base.rglob("*.py")) if base.is_dir() else [base]


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is a dev dependency (make setup)"
    r = subprocess.run(
        [exe, "--config", "pyproject.toml", "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "3 kept, 0 broken" in r.stdout


def _calls_to(tree: ast.AST, name: str) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            called = (
                f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            )
            if called == name:
                lines.append(node.lineno)
    return lines


def test_scrub_is_called_only_by_the_exit() -> None:
    exit_module = SRC / "views" / "exit.py"
    callers = {}
    for path in _modules():
        calls = _calls_to(_tree(path), "scrub")
        if calls:
            callers[str(path.relative_to(SRC))] = calls
    assert set(callers) == {str(exit_module.relative_to(SRC))}, callers


def test_scrub_is_imported_only_by_the_exit() -> None:
    importers = []
    for path in _modules():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ImportFrom) and any(a.name == "scrub" for a in node.names):
                importers.append(str(path.relative_to(SRC)))
    assert importers == ["views/exit.py"], importers


def test_adapters_use_sqlalchemy_for_types_only() -> None:
    allowed = {("sqlalchemy.orm", "Session"), ("sqlalchemy.engine", "make_url")}
    bad = []
    for part in ADAPTERS:
        for path in _modules(part):
            for node in ast.walk(_tree(path)):
                if isinstance(node, ast.Import) and any(
                    a.name.split(".")[0] == "sqlalchemy" for a in node.names
                ):
                    bad.append(f"{path.name}:{node.lineno}")
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "sqlalchemy"
                ):
                    bad += [
                        f"{path.name}:{node.lineno} {node.module}.{a.name}"
                        for a in node.names
                        if (node.module, a.name) not in allowed
                    ]
    assert not bad, bad


def test_the_command_line_keeps_no_module_state() -> None:
    """Settings travel through ``config.configure``; no module-level mutable value in ``cli``."""
    bad = []
    for path in _modules("cli"):
        for node in _tree(path).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if [ast.unparse(t) for t in targets] == ["__all__"]:
                    continue
                value = node.value
                if isinstance(value, ast.List | ast.Dict | ast.Set):
                    bad.append(f"{path.name}:{node.lineno}")
                if isinstance(node, ast.AnnAssign) and isinstance(node.annotation, ast.Subscript):
                    ann = ast.unparse(node.annotation)
                    if ann.startswith(("list", "dict", "set")):
                        bad.append(f"{path.name}:{node.lineno}")
    assert not bad, bad
