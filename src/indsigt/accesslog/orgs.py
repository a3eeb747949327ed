"""The organisation hierarchy as the engine sees it: families, descendants, types.

"The user's organisation" explains through its *family*: itself, its ancestors below the region
and everything under it (a relation at *Testby Sygehus* explains an access from its *Kardiologisk
afdeling* and the other way round). The climb stops below the region: a region contains too many
hospitals to count as one place of care.

Types are read from ``Organization.type`` (any of its texts) and, for home care and service
departments, the name: a general practice, a home-care unit, the logging system itself, and
**service departments** — radiology, clinical biochemistry and other laboratories, pathology,
clinical physiology and nuclear medicine, microbiology, blood bank, the hospital pharmacy. A
service department serves every relation of its hospital (``docs/accesslog.md``). The home-care
units of one municipality serve each other (``Orgs.homecare_shared``), and the clinical
departments of one hospital form an on-call group that covers its members at night and on
weekends (``Orgs.cover_group``, rule ``cover``).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from .core import Orgs, csr
from .text import fold

#: words (folded) in an organisation's type or name that make it a service department of the
#: hospitals (it serves its region, and the general practices that send it samples and patients)
SERVICE_WORDS = (
    "radiolog",
    "roentgen",
    "billeddiagnost",
    "scanning",
    "biokemi",
    "laborator",
    "patolog",
    "mikrobiolog",
    "klinisk fysiolog",
    "nuklearmedicin",
    "blodbank",
    "klinisk immunolog",
    "sygehusapotek",
    "hospitalsapotek",
    "apotek",
    "radiology",
    "laboratory",
    "pathology",
    "pharmacy",
    "imaging",
    "clinical chemistry",
)
#: words that make a unit of a municipality (or a hospital) serve everything of its own: needs
#: assessment, night and acute cover
COVER_WORDS = (
    "visitation",
    "nattepleje",
    "nattevagt",
    "nattehold",
    "natteam",
    "vagtteam",
    "vagthold",
    "akutteam",
    "night team",
)
_GP_WORDS = ("gp", "almen praksis", "laegepraksis", "praktiserende", "general practice")
_HOMECARE_WORDS = ("homecare", "hjemmepleje", "home care", "hjemmesygepleje")


def _is_region(t: str) -> bool:
    return "region" in t


def _has(text: str, words: Iterable[str]) -> bool:
    return any(w in text for w in words)


def build_orgs(rows: Iterable[tuple[str, str | None, str | None, str | None]]) -> Orgs:
    """Organisations from (id, name, type, part_of) rows."""
    rows = list(rows)
    ids = [r[0] for r in rows]
    index = {oid: i for i, oid in enumerate(ids)}
    names = [r[1] or r[0] for r in rows]
    types = [fold(r[2] or "") for r in rows]
    fnames = [fold(n) for n in names]
    parent = np.array([index.get(r[3] or "", -1) for r in rows], dtype=np.int32)
    n = len(ids)
    display = []
    for i in range(n):
        p = int(parent[i])
        municipal = "municipality" in types[p] or "kommune" in types[p] + fnames[p]
        if p >= 0 and not _is_region(types[p]) and not municipal:
            display.append(f"{names[i]}, {names[p]}")
        else:
            display.append(names[i])
    # ancestors below the region level, and all descendants
    ancestors: list[list[int]] = []
    for i in range(n):
        chain, p, guard = [], int(parent[i]), 0
        while p >= 0 and guard < 64 and not _is_region(types[p]):
            chain.append(p)
            p, guard = int(parent[p]), guard + 1
        ancestors.append(chain)
    fam: list[set[int]] = [{i, *ancestors[i]} for i in range(n)]
    for i in range(n):
        for a in ancestors[i]:
            fam[a].add(i)
    # everything under an organisation, through every level (a region included)
    desc: list[set[int]] = [{i} for i in range(n)]
    for i in range(n):
        p, guard = int(parent[i]), 0
        while p >= 0 and guard < 64:
            desc[p].add(i)
            p, guard = int(parent[p]), guard + 1
    fam_ptr, fam_idx = _csr_of(n, fam)
    desc_ptr, desc_idx = _csr_of(n, desc)
    top = np.array([a[-1] if a else i for i, a in enumerate(ancestors)], dtype=np.int32)
    is_gp = np.array([_has(types[i], _GP_WORDS) for i in range(n)], dtype=bool)
    is_homecare = np.array(
        [_has(types[i], _HOMECARE_WORDS) or fnames[i].startswith("hjemmepleje") for i in range(n)],
        dtype=bool,
    )
    is_system = np.array(["system" in types[i] for i in range(n)], dtype=bool)
    hospital_service = np.array(
        [_has(types[i], SERVICE_WORDS) or _has(fnames[i], SERVICE_WORDS) for i in range(n)],
        dtype=bool,
    )
    cover = np.array(
        [_has(types[i], COVER_WORDS) or _has(fnames[i], COVER_WORDS) for i in range(n)],
        dtype=bool,
    )
    hospital_service &= ~is_gp & ~is_homecare & ~is_system
    cover &= ~is_gp & ~is_system & ~hospital_service
    is_service = hospital_service | cover
    # the region above the top (a service department serves its whole region), else the top
    region = np.array(
        [
            int(parent[int(top[i])])
            if hospital_service[i]
            and int(parent[int(top[i])]) >= 0
            and _is_region(types[int(parent[int(top[i])])])
            else int(top[i])
            for i in range(n)
        ],
        dtype=np.int32,
    )

    # on-call groups: a clinical department of a hospital (not a service or cover unit, not
    # municipal, not a practice) belongs to its parent's group; its sister departments cover
    # each other at night and on weekends
    municipal_top = np.array(
        [
            "municipality" in types[int(top[i])]
            or "kommune" in types[int(top[i])] + fnames[int(top[i])]
            for i in range(n)
        ],
        dtype=bool,
    )
    clinical = ~is_gp & ~is_homecare & ~is_system & ~is_service & ~municipal_top
    cover_group = np.array(
        [int(parent[i]) if clinical[i] and int(top[i]) != i else -1 for i in range(n)],
        dtype=np.int32,
    )

    orgs = Orgs(
        ids,
        index,
        display,
        parent,
        fam_ptr,
        fam_idx,
        is_gp,
        is_homecare,
        is_system,
        is_service=is_service,
        desc_ptr=desc_ptr,
        desc_idx=desc_idx,
        top=top,
        served=region,
        serves_gps=hospital_service,
        cover_group=cover_group,
    )
    return orgs.with_services([])


def _csr_of(n: int, sets: list[set[int]]) -> tuple[np.ndarray, np.ndarray]:
    rows_: list[int] = []
    mem: list[int] = []
    for i, s in enumerate(sets):
        rows_ += [i] * len(s)
        mem += sorted(s)
    return csr(n, np.array(rows_, dtype=np.int64), np.array(mem, dtype=np.int32))
