"""The CPU time of one piece of work in a test: this thread's, with the cyclic collector paused.

The bounds in tests (the name matcher on hostile text, a 20,000-person build, a long PDF) guard
against a hang or a quadratic path; speed goals live in ``bench/``. They used to read
``time.process_time``, and once failed in CI at ten times the usual figure (4.8 s for 0.4 s of
work). ``process_time`` counts every thread of the process: in an xdist worker that includes the
warm-up thread of an app an earlier test started (it builds name matchers), and the collections of
a heap that over a thousand earlier tests grew. Neither is the work under test. A citizen's view
runs the matcher with the collector paused too (``protect.cache.few_collections``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager


class Timer:
    """What :func:`cpu_time` measured: ``seconds`` is set when the block ends."""

    seconds: float = 0.0


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for the block (and enabled again if it was)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def cpu_time() -> Iterator[Timer]:
    """``with cpu_time() as t: work()``; then ``t.seconds`` is the CPU time of this thread."""
    timer = Timer()
    with collector_paused():
        t0 = time.thread_time()
        try:
            yield timer
        finally:
            timer.seconds = time.thread_time() - t0
