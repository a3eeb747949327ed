"""Where the wall time of one ``indsigt import`` goes, phase by phase, in the importing process.

    .venv/bin/python bench/import_timeline.py import --db sqlite:///store.db FILE

runs the command line in this process with the import's phases wrapped (the start-up's imports,
loading the known ids, the workers' reading, the staging, the file's finish with its insert and
Merkle append, the tree head, the refresh) and prints, on stderr after the command's own output,
each phase's start, wall time and CPU time of this process (the workers' CPU is not in it). The
database must hold the file's master data already, as in ``bench/import_bench.py``. A tool to
look with, not a benchmark: ``bench/import_bench.py`` measures the import end to end.
"""

from __future__ import annotations

import contextlib
import functools
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

T0 = time.perf_counter()
EVENTS: list[tuple[str, float, float, float]] = []


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _wrap(obj: Any, name: str, label: str) -> None:
    f: Callable[..., Any] = getattr(obj, name)

    @functools.wraps(f)
    def timed(*args: Any, **kwargs: Any) -> Any:
        t, c = time.perf_counter(), _cpu()
        try:
            return f(*args, **kwargs)
        finally:
            EVENTS.append((label, t - T0, time.perf_counter() - t, _cpu() - c))

    setattr(obj, name, timed)


def main() -> None:
    t = time.perf_counter()
    from indsigt import importing
    from indsigt.cli import app
    from indsigt.ingest import importer

    EVENTS.append(("start-up (imports)", t - T0, time.perf_counter() - t, _cpu()))
    for name in ("refresh_log", "sign_tree_head", "learn_initials_after", "_import_files"):
        _wrap(importing, name, name)
    _wrap(importer.Importer, "_import_file", "Importer._import_file")
    _wrap(importer, "load_known", "load_known")
    _wrap(importer, "_read_parallel", "_read_parallel (the workers read)")
    for name in ("flush", "finish", "_find_fresh", "_make_new", "_mark_dirty"):
        _wrap(importer.EntryWriter, name, f"EntryWriter.{name}")
    for name in ("finish", "_write_masters", "_write_provisional", "_check_source_ids"):
        _wrap(importer.FileImport, name, f"FileImport.{name}")
    sys.argv = ["indsigt", *sys.argv[1:]]
    with contextlib.suppress(SystemExit):
        app()
    end = time.perf_counter() - T0
    totals: dict[str, list[float]] = {}
    for label, start, wall, cpu in EVENTS:
        row = totals.setdefault(label, [start, 0.0, 0.0, 0.0])
        row[1] += wall
        row[2] += cpu
        row[3] += 1
    for label, (start, wall, cpu, n) in sorted(totals.items(), key=lambda kv: kv[1][0]):
        print(
            f"{start * 1000:8.0f} ms  +{wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms CPU"
            f"  x{int(n):<4} {label}",
            file=sys.stderr,
        )
    print(
        f"{end * 1000:8.0f} ms  end (CPU of this process {_cpu() * 1000:.0f} ms)", file=sys.stderr
    )


if __name__ == "__main__":
    main()
