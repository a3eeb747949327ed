"""The compiled search (mypyc, ``setup.py``) is the same code as its Python source.

* The test suite runs on the compiled build (``make test`` builds it), unless
  ``INDSIGT_PURE_PYTHON=1`` asks for the source: a build that silently lost its compiled modules
  fails here.
* The same notes searched by the compiled modules in this process and by the source in another
  give the same spans, field by field.
* ``names_fastpath_cases.py`` swaps the plain forms of the fast paths into the module, which only
  the source allows: it runs here, on the source, in a process of its own.
* A compiled module whose source changed after the build is never used (``_native``).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indsigt.protect import names as names_pkg
from indsigt.protect.names import NameMatcher, _native

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
PURE = os.environ.get("INDSIGT_PURE_PYTHON") == "1"


def _source_env() -> dict[str, str]:
    path = os.pathsep.join([str(TESTS), str(ROOT / "bench"), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "INDSIGT_PURE_PYTHON": "1", "PYTHONPATH": path}


def spans_of_the_corpora() -> list[list[object]]:
    """Every span of every note of two corpora: the names benchmark's (400 people, its name
    forms, typos and look-alike words) and the notes of its "tæt" profile, by one matcher."""
    import names_bench as nb

    people = nb.make_people(400)
    notes = nb.make_corpus(people, 0.25) + nb.make_corpus(people, 0.1, profile="tæt")
    matcher = NameMatcher.build(people)
    out: list[list[object]] = []
    for n in notes:
        for text in (n.text, n.text.upper(), n.text.replace("\n", "\r\n")):
            for s in matcher.find(text):
                out.append(
                    [s.start, s.end, s.person, s.form, s.rule, s.text, list(s.candidates),
                     s.genitive, s.part, s.certain]
                )  # fmt: skip
    return out


def test_the_suite_runs_the_compiled_search():
    if PURE:
        assert not names_pkg.COMPILED
        assert NameMatcher.__module__ == "indsigt.protect.names.matcher"
        return
    assert names_pkg.COMPILED, "the name search is not compiled: run `make setup` (setup.py)"
    assert _native.build_is_current()


def test_compiled_and_source_find_the_same_spans():
    sys.path.insert(0, str(ROOT / "bench"))
    here = spans_of_the_corpora()
    assert len(here) > 5_000
    code = "import json, test_names_compiled as t; print(json.dumps(t.spans_of_the_corpora()))"
    done = subprocess.run(
        [sys.executable, "-c", code], env=_source_env(), capture_output=True, text=True, check=True
    )
    there = json.loads(done.stdout)
    assert len(there) == len(here)
    for a, b in zip(here, there, strict=True):
        assert a == b


def test_the_fast_paths_match_their_plain_forms_in_the_source():
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         "-p", "no:randomly", str(TESTS / "names_fastpath_cases.py")],
        env=_source_env(), capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    tail = done.stdout[-3000:]
    assert done.returncode == 0, tail
    assert " passed" in tail and "skipped" not in tail and "failed" not in tail, tail


def test_a_changed_source_runs_as_python(tmp_path: Path):
    folder = tmp_path / "names"
    folder.mkdir()
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for m in ("fold", "matcher"):
        (folder / f"{m}.py").write_text(f"NAME = {m!r}\n", encoding="utf-8")
        (folder / f"{m}{suffix}").write_bytes(b"")
    (folder / "forms.py").write_text("", encoding="utf-8")  # no compiled file: not listed
    assert set(_native.compiled_files(folder)) == {"fold", "matcher"}
    assert not _native.build_is_current(folder)  # no list of digests: never compiled

    def digest(m: str) -> str:
        return hashlib.sha256((folder / f"{m}.py").read_bytes()).hexdigest()

    (folder / _native.DIGESTS).write_text(
        "".join(f"{digest(m)}  {m}.py\n" for m in ("fold", "matcher")), encoding="utf-8"
    )
    assert _native.build_is_current(folder)
    (folder / "matcher.py").write_text("NAME = 'edited'\n", encoding="utf-8")
    assert not _native.build_is_current(folder)
    finder = _native.SourceFinder(_native.compiled_files(folder), package="pkg")
    spec = finder.find_spec("pkg.matcher")
    assert spec is not None and spec.origin == str(folder / "matcher.py")
    assert finder.find_spec("pkg.forms") is None
    assert finder.find_spec("other.matcher") is None


def _imported_from(src: Path) -> tuple[bool, set[str]]:
    """In a new process on the package in ``src``: whether the search runs compiled, and the
    file suffixes its modules were imported from."""
    code = (
        "import sys; import indsigt.protect.names as p; from indsigt.protect.names import _native;"
        "print(p.COMPILED, *sorted({sys.modules[f'indsigt.protect.names.{m}'].__file__"
        ".rsplit('.', 1)[1] for m in _native.compiled_files()}))"
    )
    env = {k: v for k, v in os.environ.items() if k != "INDSIGT_PURE_PYTHON"}
    env["PYTHONPATH"] = str(src)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=src
    )
    compiled, *suffixes = done.stdout.split()
    return compiled == "True", set(suffixes)


def test_an_edited_source_is_imported_as_source(tmp_path: Path):
    """A whole process on a copy of the built package: as built, the compiled modules run; once
    one source is edited, every module of the search is imported from its ``.py`` file."""
    import shutil

    src = Path(names_pkg.__file__).resolve().parents[3]
    if not _native.compiled_files():
        pytest.fail("no compiled modules beside the source: run `make setup` (setup.py)")
    copy = tmp_path / "src"
    copy.mkdir()
    shutil.copytree(src / "indsigt", copy / "indsigt", ignore=shutil.ignore_patterns("__pycache__"))
    for lib in src.glob("indsigt_names__mypyc*"):
        shutil.copy2(lib, copy / lib.name)
    assert _imported_from(copy) == (True, {"so"})
    matcher = copy / "indsigt" / "protect" / "names" / "matcher.py"
    matcher.write_text(matcher.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _imported_from(copy) == (False, {"py"})
