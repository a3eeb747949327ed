"""Small per-process caches of the protection layer, and one switch that empties them all.

Every cache is keyed by something that changes when its source changes (the roster token of
:func:`indsigt.protect.roster.roster_token`, or a matcher's content), so an entry never outlives
what it was computed from; :func:`clear_caches` is for tests and benchmarks.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
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


def clear_caches() -> None:
    """Drop every cached roster, coverage, person and remembered span (tests, benchmarks)."""
    for cache in _ALL:
        cache.clear()


__all__ = ["LRU", "clear_caches"]
