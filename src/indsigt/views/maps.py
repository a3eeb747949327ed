"""Map data: how many accesses each municipality and region made (organisation master data and
counts only, never a person).

For a citizen the counts come from their protected log (:func:`indsigt.views.log_view`), per
organisation as the log shows it; for administrators they are aggregate counts of the whole log
(no citizen identity). Which organisation lies in which municipality or region comes from the
organisations' master data and DAGI (:mod:`indsigt.geo`).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..geo import geography
from ..timeutil import local_midnight
from .filters import LogQuery, org_displays


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold().strip()
    return s.removeprefix("region ").strip()


@dataclass(frozen=True)
class Area:
    municipality: str | None  # 4-digit code
    region: str | None  # 4-digit code (1081-1085)


def org_areas(session: Session) -> dict[str, Area]:
    """Every organisation's municipality and region, walking ``part_of`` upwards.

    An organisation (or an ancestor) with a ``municipality_code`` lies in that municipality and its
    region; otherwise an ancestor named like a region (a hospital under "Region Nordjylland") gives
    the region only.
    """
    from ..store import Organization

    geo = geography()
    region_by_name = {_norm(n): c for c, n in geo.region_names.items()}
    rows = session.execute(
        select(
            Organization.id, Organization.name, Organization.part_of, Organization.municipality_code
        )
    ).all()
    info = {oid: (name or "", parent, code) for oid, name, parent, code in rows}
    out: dict[str, Area] = {}
    for oid in info:
        seen: set[str] = set()
        cur: str | None = oid
        muni: str | None = None
        region: str | None = None
        while cur and cur in info and cur not in seen:
            seen.add(cur)
            name, parent, code = info[cur]
            if code and muni is None:
                muni = code.zfill(4)
                region = geo.region_of.get(muni)
                break
            if region is None and _norm(name) in region_by_name:
                region = region_by_name[_norm(name)]
            cur = parent
        out[oid] = Area(muni, region)
    return out


@dataclass
class AreaCounts:
    municipalities: Counter[str]
    regions: Counter[str]
    #: organisations that could not be placed on the map: name -> count
    elsewhere: Counter[str]

    @property
    def total(self) -> int:
        return (
            sum(self.municipalities.values())
            + sum(self.regions.values())
            + sum(self.elsewhere.values())
        )


def counts_by_area(
    areas: Mapping[str, Area], counts: Iterable[tuple[str | None, str, int]]
) -> AreaCounts:
    """Sum ``(organisation id, display name, count)`` into municipalities and regions.

    A municipal organisation counts for its municipality; a regional one (hospital) for its region.
    """
    result = AreaCounts(Counter(), Counter(), Counter())
    for oid, name, n in counts:
        area = areas.get(oid or "")
        if area and area.municipality:
            result.municipalities[area.municipality] += n
        elif area and area.region:
            result.regions[area.region] += n
        else:
            result.elsewhere[name or "Ukendt organisation"] += n
    return result


def access_counts_by_org(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> list[tuple[str | None, str, int]]:
    """Administrators' overview: how many access-log entries each organisation made (aggregate
    counts only, no citizen identity), optionally within ``[since, until)``."""
    from ..store import AccessEntry, Organization

    q = (
        select(AccessEntry.organization_id, Organization.name, func.count())
        .select_from(AccessEntry)
        .outerjoin(Organization, Organization.id == AccessEntry.organization_id)
        .group_by(AccessEntry.organization_id, Organization.name)
    )
    if since is not None:
        q = q.where(AccessEntry.time >= since)
    if until is not None:
        q = q.where(AccessEntry.time < until)
    return [(oid, name or "Ukendt organisation", int(n)) for oid, name, n in session.execute(q)]


def _log_counts(session: Session, doc: dict[str, Any]) -> list[tuple[str | None, str, int]]:
    """(organisation id, display name, accesses) per organisation of a log document."""
    counts: Counter[str] = Counter()
    ids: dict[str, str] = {}
    for g in doc.get("groups") or []:
        name = g.get("organization") or ""
        counts[name] += int(g.get("count") or 0)
        if g.get("organization_id"):
            ids[name] = g["organization_id"]
    if len(ids) < len(counts):
        for oid, disp in org_displays(session).items():
            ids.setdefault(disp, oid)
    return [(ids.get(name), name or "Ukendt organisation", n) for name, n in counts.items()]


def citizen_map_view(
    session: Session, subject: str, viewer: str, query: LogQuery | None = None
) -> AreaCounts:
    """Accesses to ``subject``'s data per municipality and region, from the protected log."""
    from .log import log_view

    doc = log_view(session, subject, viewer, filters=query.filters if query else None)
    return counts_by_area(org_areas(session), _log_counts(session, doc))


def staff_map_view(session: Session, query: LogQuery | None = None) -> AreaCounts:
    """Administrators' overview: accesses per area by every organisation (aggregate counts)."""
    start = local_midnight(query.since) if query and query.since else None
    end = local_midnight(query.until + timedelta(days=1)) if query and query.until else None
    return counts_by_area(org_areas(session), access_counts_by_org(session, start, end))
