"""The small dimensions of the analysis, built in Python with the access-log engine's own code.

The organisation hierarchy (families, ancestors, types, the service relations), which users are
machines, and the Copenhagen time zone's transitions are small (thousands of rows) and defined
by Python code in :mod:`indsigt.accesslog` (word lists, regular expressions, ``zoneinfo``).
Building them here with that very code, and handing them to the engine as small tables (Spark
broadcasts them), keeps one definition of each rule; the Ibis pipeline does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pyarrow as pa

from ..accesslog.core import MAXT, Orgs, _offset_table
from ..accesslog.mining import _ancestors
from ..accesslog.orgs import build_orgs
from ..accesslog.source import CITIZEN_ACTOR, SYSTEM_USER_RE


@dataclass
class OrgDims:
    """The organisation hierarchy as the engine sees it, and as small Arrow tables."""

    orgs: Orgs
    #: org, id, is_gp, is_homecare, is_system, is_service
    types: pa.Table
    #: (org, fam): the organisations whose relations explain the users of ``org`` and back
    fam: pa.Table
    #: (org, anc): the organisation itself and its ancestors below the region
    anc: pa.Table
    #: (rel_org, user_org): service departments (by type and the operator's list)
    svc: pa.Table


def _csr_pairs(ptr: np.ndarray, idx: np.ndarray, a: str, b: str) -> pa.Table:
    counts = np.diff(ptr)
    rows = np.repeat(np.arange(ptr.size - 1, dtype=np.int32), counts)
    return pa.table({a: pa.array(rows, pa.int32()), b: pa.array(idx.astype(np.int32))})


def org_dims(organizations: pa.Table, services: pa.Table) -> OrgDims:
    """From the export's ``organizations`` and ``services`` tables."""
    t = organizations.to_pydict()
    rows = list(zip(t["id"], t["name"], t["type"], t["part_of"], strict=True))
    orgs = build_orgs(rows)
    for oid, alias in zip(t["id"], t["alias_of"], strict=True):
        if alias is not None and alias in orgs.index:
            orgs.index[oid] = orgs.index[alias]
    svc = services.to_pydict()
    orgs = orgs.with_services(list(zip(svc["user_org"], svc["relation_org"], strict=True)))
    n = orgs.n
    types = pa.table(
        {
            "org": pa.array(range(n), pa.int32()),
            "org_id": pa.array(orgs.ids, pa.string()),
            "is_gp": pa.array(orgs.is_gp.astype(bool)),
            "is_homecare": pa.array(orgs.is_homecare.astype(bool)),
            "is_system": pa.array(orgs.is_system.astype(bool)),
            # the on-call group of a clinical hospital department (null: none)
            "cover_group": pa.array(
                [int(g) if g >= 0 else None for g in orgs.cover_group.tolist()], pa.int32()
            ),
        }
    )
    anc_a: list[int] = []
    anc_b: list[int] = []
    for i in range(n):
        for a in [i, *_ancestors(orgs, i)]:
            anc_a.append(i)
            anc_b.append(a)
    return OrgDims(
        orgs=orgs,
        types=types,
        fam=_csr_pairs(orgs.fam_ptr, orgs.fam_idx, "org", "fam"),
        anc=pa.table({"org": pa.array(anc_a, pa.int32()), "anc": pa.array(anc_b, pa.int32())}),
        svc=_csr_pairs(orgs.svc_ptr, orgs.svc_idx, "rel_org", "user_org"),
    )


def template_pairs(orgs: Orgs, pairs: list[tuple[str, str]]) -> pa.Table:
    """(rel_org, user_org) of mined templates, the relation organisation expanded to everything
    under it (as :meth:`Orgs.with_templates` does)."""
    o = orgs.with_templates(pairs)
    return _csr_pairs(o.tpl_ptr, o.tpl_idx, "rel_org", "user_org")


def actor_dims(actors: pa.Table, system_users: frozenset[str]) -> pa.Table:
    """Per actor (``actor, key, staff_id, ref, display``): a machine (marked in settings, or
    named like one outside the roster), a citizen acting as the user (``Patient/<id>``)."""
    t = actors.to_pydict()
    system: list[bool] = []
    citizen: list[bool] = []
    for key, staff, ref, disp in zip(t["key"], t["staff_id"], t["ref"], t["display"], strict=True):
        is_citizen = key.startswith(CITIZEN_ACTOR)
        citizen.append(is_citizen)
        system.append(
            (staff is not None and staff in system_users)
            or (ref is not None and ref in system_users)
            or (
                staff is None
                and not is_citizen
                and bool(SYSTEM_USER_RE.search(f"{ref or ''} {disp or ''}"))
            )
        )
    return pa.table(
        {
            "actor": pa.array(t["actor"], pa.int32()),
            "a_system": pa.array(system),
            "a_citizen": pa.array(citizen),
        }
    )


def offsets(tmin: int, tmax: int) -> list[tuple[int, int]]:
    """(UTC instant, Copenhagen offset from then on) for the years of ``[tmin, tmax]``: the
    engine's own table (:func:`indsigt.accesslog.core._offset_table`)."""
    lo = datetime.fromtimestamp(int(max(tmin, 0)), UTC).year
    hi = datetime.fromtimestamp(int(min(max(tmax, 0), MAXT)), UTC).year
    times, offs = _offset_table(lo, hi)
    return list(zip(times.tolist(), offs.tolist(), strict=True))


def baseline_sample(n_patients: int, tmin: int, tmax: int, size: int = 100_000) -> pa.Table:
    """The mining's chance sample: random (citizen, time) points, seeded as the numpy engine
    seeds it (``mining._baseline``), so both measure the same chance."""
    rng = np.random.default_rng(0)
    qp = rng.integers(0, n_patients, size)
    qt = rng.integers(tmin, tmax + 1, size)
    return pa.table(
        {
            "i": pa.array(np.arange(size, dtype=np.int64)),
            "pat": pa.array(qp.astype(np.int32)),
            "t": pa.array(qt.astype(np.int64)),
        }
    )


def describe(d: OrgDims) -> dict[str, Any]:
    return {"orgs": d.orgs.n, "fam": d.fam.num_rows, "svc": d.svc.num_rows}
