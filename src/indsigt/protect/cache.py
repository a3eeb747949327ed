"""Small per-process caches of the protection layer, and one switch that empties them all.

Every cache is keyed by something that changes when its source changes (the roster token of
:func:`indsigt.protect.roster.roster_token`, or a matcher's content), so an entry never outlives
what it was computed from; :func:`clear_caches` is for tests and benchmarks.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

V = TypeVar("V")

_ALL: list[LRU] = []


class LRU:
    """A thread-safe least-recently-used map of at most ``size`` entries."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = threading.Lock()
        _ALL.append(self)

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]  # type: ignore[no-any-return]
        value = make()
        self.put(key, value)
        return value

    def put(self, key: Hashable, value: Any) -> None:
        with self.lock:
            self.data[key] = value
            while len(self.data) > self.size:
                self.data.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def few_collections() -> Iterator[None]:
    """No cyclic garbage collection while a big structure is made (a roster of 20,000 people, a
    matcher loaded from the store, the 1,000 notes of a journal view).

    Measured on ``bench/journal_bench.py``: with Python's default thresholds the collector walked
    the growing heap six times during a cold view (0.5 s of 1.6 s). Objects are still freed by
    reference counting as usual; what is left runs when the collector is back. Nesting and
    threads are counted: the first one in pauses the collector (``gc.disable``), the last one out
    enables it again if it was enabled, after moving what was made meanwhile to the oldest
    generation when it is much (:func:`_promote_young`). The thresholds are not touched (a
    serving process tunes them, ``indsigt.app.tune_gc``)."""
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0:
                _promote_young()
                if _gc_was_enabled:
                    gc.enable()


#: when at least this many objects were made while the collector was paused, they go to the
#: oldest generation unscanned (see _promote_young)
PROMOTE_AT = 20_000


def _promote_young() -> None:
    """What was made while the collector was paused goes to the oldest generation unscanned.

    Measured on ``bench/journal_bench.py``: a new process's first view made 224,000 tuples
    (a loaded matcher's name entries and typo index, the staff names), and the first young
    collection after the view walked them all (70-90 ms of about 1 s) only to find them alive;
    a second one would have walked them again in the middle generation. ``gc.freeze`` followed
    by ``gc.unfreeze`` moves every tracked object to the oldest generation without a scan.
    Nothing is kept from the collector: garbage in a cycle is found by the next full collection,
    which walks the oldest generation anyway. Not done where a process keeps objects frozen for
    good (a serving process after its warm-up, ``indsigt.app.settle_heap``): unfreezing would
    hand all of them back to the collector. Call with ``_gc_lock`` held."""
    if gc.get_count()[0] >= PROMOTE_AT and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def settle_heap() -> None:
    """Collect once, then leave everything alive out of later collections for good
    (``gc.freeze``): a serving process after its warm-up (:mod:`indsigt.app`)."""
    with _gc_lock:
        gc.collect()
        gc.freeze()


def clear_caches() -> None:
    """Drop every cached roster, coverage, person and remembered span (tests, benchmarks)."""
    for cache in _ALL:
        cache.clear()


__all__ = ["LRU", "clear_caches", "few_collections"]
