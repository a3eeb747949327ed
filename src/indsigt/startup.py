"""A command's code loaded without the cyclic garbage collector (issue 14, speed).

``indsigt import`` loads some 500 modules before it reads a line (typer, SQLAlchemy and the
store's tables, pydantic, the importer): about 140,000 objects made by the imports, nearly all of
them alive until the process ends. With Python's default thresholds the collector walks them
while they are made, about 140 young and 14 middle collections and a full one, only to find them
alive: measured, an eighth of the start-up's CPU (50 ms of about 430 up to the first line read).
:func:`loading` pauses the collector while a command's code is imported, then moves what the
imports made to the oldest generation without a scan (``gc.freeze`` followed by
``gc.unfreeze``, as ``indsigt.protect.cache`` does after a big structure is made); else the
first young collection after the pause would walk it all at once. Nothing is kept from the
collector: garbage in a cycle is found by the next full collection. Objects are freed by
reference counting as usual.

Only for the main thread of a command line process, before the command starts threads of its
own (the collector is process-wide).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: when at least this many objects were made while the collector was paused, they go to the
#: oldest generation unscanned (fewer: the next young collection walks them, as it would have)
PROMOTE_AT = 20_000


@contextmanager
def loading() -> Iterator[None]:
    """Import a command's code with the collector paused (see the module). Nested or with the
    collector off already: the outermost one (or whoever turned it off) turns it on again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # not where objects are frozen for good (a serving process): unfreezing would hand
            # them back to the collector
            if gc.get_count()[0] >= PROMOTE_AT and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


__all__ = ["PROMOTE_AT", "loading"]
