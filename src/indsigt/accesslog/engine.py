"""The access-log engine: explain, flag and classify entries, and aggregate them into cells.

One implementation for one citizen (a view) and for every citizen at once (the precomputation):
everything works on integer-coded arrays of any number of citizens and never loops over entries
in Python. The building blocks are in :mod:`.core`, the rules in :mod:`.explain`,
:mod:`.flagging` and :mod:`.mining`; ``docs/accesslog.md`` documents every rule and threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .core import *  # noqa: F403 - the engine's public names, re-exported
from .core import (
    R_CITIZEN,
    R_ON_BEHALF,
    Batch,
    Orgs,
    Result,
    Windows,
    local_days,
)
from .explain import Rows, explain, relation_rows
from .flagging import classify, flag
from .mining import MiningPolicy, Template, mine_templates

__all__ = [
    "Cells",
    "MiningPolicy",
    "Rows",
    "Template",
    "cell_key",
    "cells",
    "classify",
    "explain",
    "flag",
    "mine_templates",
    "relation_rows",
    "run",
]


def run(
    b: Batch, orgs: Orgs, w: Windows, *, templates: bool = True, rows: Rows | None = None
) -> Result:
    """Explain, flag and classify every entry of the batch."""
    rows = rows if rows is not None else relation_rows(b, orgs, w)
    ex = explain(b, orgs, w, templates=templates, rows=rows)
    rule, rel, via, behalf = ex.rule, ex.rel, ex.via, ex.behalf
    flags = flag(b, orgs, w, rule)
    flags[b.system | (rule == R_CITIZEN)] = 0
    rule[b.system] = -1
    rel[b.system] = -1
    via[b.system] = -1
    cls = classify(b.system, rule, flags)
    # the responsible person stays with the entries explained through them and with the
    # unexplained ones (the line says whom the user acted for)
    behalf = np.where(~b.system & ((rule == R_ON_BEHALF) | (rule < 0)), b.behalf, -1).astype(
        np.int32
    )
    return Result(rule, rel, flags, cls, local_days(b.t), via, behalf)


# --- cells ---------------------------------------------------------------------------------


@dataclass
class Cells:
    """Entries aggregated by (citizen, day, actor, org, rule, relation, class)."""

    pat: np.ndarray
    day: np.ndarray
    actor: np.ndarray
    org: np.ndarray
    rule: np.ndarray
    rel: np.ndarray
    cls: np.ndarray
    flags: np.ndarray
    n: np.ndarray
    first: np.ndarray
    last: np.ndarray
    #: the responsible person of on-behalf entries (actor), or -1
    behalf: np.ndarray
    #: the relation is a document (``rel`` indexes the documents)
    doc: np.ndarray
    #: per aggregated entry (in the order given), the index of its cell
    of_entry: np.ndarray | None = None


def cell_key(b: Batch, res: Result, idx: np.ndarray) -> tuple[np.ndarray, ...]:
    """The columns that make a cell, least significant first (for ``np.lexsort``): entries of one
    citizen, actor, organisation, rule, relation, responsible person and class on one local day.
    Per day, so that a period, and the chart's accesses per day, can be read from the cells of
    any class. Packed into four integers (the sort is the costly part)."""
    behalf = res.behalf[idx] if res.behalf is not None else np.full(idx.size, -1, np.int32)
    small = (
        ((behalf.astype(np.int64) + 1) << 16)
        | ((res.rule[idx].astype(np.int64) + 1) << 8)
        | (res.cls[idx].astype(np.int64) << 1)
        | res.is_doc()[idx].astype(np.int64)
    )
    who = ((b.actor[idx].astype(np.int64) + 1) << 32) | (b.org[idx].astype(np.int64) + 1)
    when = (b.pat[idx].astype(np.int64) << 24) | res.day[idx].astype(np.int64)
    return (small, res.rel[idx], who, when)


def cells(b: Batch, res: Result, sel: np.ndarray | None = None) -> Cells:
    """Aggregate (a selection of) entries into cells; ``day`` is the first entry's local day."""
    idx = np.arange(b.t.size) if sel is None else sel
    if idx.size == 0:
        z = np.zeros(0, dtype=np.int64)
        return Cells(z, z, z, z, z, z, z, z, z, z, z, z, z.astype(bool), z)
    cols = cell_key(b, res, idx)
    order = np.lexsort(cols)
    sc = [c[order] for c in cols]
    change = np.zeros(idx.size, dtype=bool)
    change[0] = True
    for c in sc:
        change[1:] |= c[1:] != c[:-1]
    starts = np.flatnonzero(change)
    t = b.t[idx][order]
    f = res.flags[idx][order]
    first = np.minimum.reduceat(t, starts)
    of_entry = np.empty(idx.size, dtype=np.int64)
    of_entry[order] = np.cumsum(change) - 1
    small, rel, who, when = (c[starts] for c in sc)
    return Cells(
        pat=(when >> 24).astype(np.int32),
        day=local_days(first),
        actor=((who >> 32) - 1).astype(np.int32),
        org=((who & 0xFFFFFFFF) - 1).astype(np.int32),
        rule=(((small >> 8) & 0xFF) - 1).astype(np.int8),
        rel=rel,
        cls=((small >> 1) & 0x7F).astype(np.int8),
        flags=np.bitwise_or.reduceat(f, starts),
        n=np.diff(np.append(starts, idx.size)),
        first=first,
        last=np.maximum.reduceat(t, starts),
        behalf=((small >> 16) - 1).astype(np.int32),
        doc=(small & 1).astype(bool),
        of_entry=of_entry,
    )
