"""Maps of Denmark's municipalities and regions as server-side SVG.

The boundaries are DAGI (Geodatastyrelsen) TopoJSON files shipped in ``static/dagi/``. They are read
and converted to SVG paths once per process (cached): arcs are decoded, projected to a simple
equirectangular plane scaled for 56° N, simplified per arc with Douglas-Peucker (so neighbours
keep sharing their borders), and Bornholm and Christiansø are moved into an inset box north of
Zealand, as Danish maps usually do.

The page functions here take plain counts ({code: n}) and return SVG markup; which organisation
lies in which municipality or region comes from :func:`org_areas` (organisation master data only,
never citizen data).
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

DAGI = Path(__file__).parent / "static" / "dagi"
SOURCE = "Kilde: Geodatastyrelsen, DAGI"

#: pixels per degree of latitude
_K = 180.0
_LON0, _LAT0 = 8.0, 57.8
_COS = math.cos(math.radians(56.2))
#: Bornholm and Christiansø (east of this longitude) are moved into the inset
_BORNHOLM_LON = 14.3
_SHIFT_LON, _SHIFT_LAT = -2.35, 1.75
_TOLERANCE = 0.8  # px, Douglas-Peucker

WIDTH = round((12.95 - _LON0) * _COS * _K)
HEIGHT = round((_LAT0 - 54.5) * _K)


@dataclass(frozen=True)
class Shape:
    code: str
    name: str
    d: str  # SVG path data


@dataclass(frozen=True)
class Geography:
    municipalities: tuple[Shape, ...]
    regions: tuple[Shape, ...]
    #: municipality code -> region code
    region_of: Mapping[str, str]
    #: the inset frame around Bornholm: x, y, w, h
    inset: tuple[float, float, float, float]

    @property
    def municipality_names(self) -> dict[str, str]:
        return {s.code: s.name for s in self.municipalities}

    @property
    def region_names(self) -> dict[str, str]:
        return {s.code: s.name for s in self.regions}


def _project(lon: float, lat: float) -> tuple[float, float]:
    if lon > _BORNHOLM_LON:
        lon += _SHIFT_LON
        lat += _SHIFT_LAT
    return (lon - _LON0) * _COS * _K, (_LAT0 - lat) * _K


def _simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative; keeps both end points."""
    n = len(points)
    if n < 3:
        return points
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = dx * dx + dy * dy
        best, best_i = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                dist = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / norm))
                dist = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if dist > best:
                best, best_i = dist, i
        if best > tol2:
            keep[best_i] = True
            stack.append((a, best_i))
            stack.append((best_i, b))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            x += p[0]
            y += p[1]
            pts.append(_project(x * sx + tx, y * sy + ty))
        out.append(_simplify(pts, _TOLERANCE))
    return out


def _ring(arcs: list[list[tuple[float, float]]], refs: list[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for ref in refs:
        pts = arcs[ref] if ref >= 0 else arcs[~ref][::-1]
        ring.extend(pts if not ring else pts[1:])
    return ring


def _shapes(
    path: Path, code_key: str, name_key: str
) -> tuple[list[Shape], dict[str, list[list[tuple[float, float]]]]]:
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = _arcs(topo)
    rings: dict[str, list[list[tuple[float, float]]]] = {}
    names: dict[str, str] = {}
    for geom in next(iter(topo["objects"].values()))["geometries"]:
        props = geom["properties"]
        code = props[code_key]
        names.setdefault(code, props[name_key])
        polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        for poly in polys:
            for refs in poly:
                ring = _ring(arcs, refs)
                if len(ring) >= 3:
                    rings.setdefault(code, []).append(ring)
    shapes = []
    for code in sorted(rings):
        d = "".join(
            "M" + " ".join(f"{x:.1f},{y:.1f}" for x, y in ring) + "Z" for ring in rings[code]
        )
        shapes.append(Shape(code, names[code], d))
    return shapes, rings


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _bbox(rings: list[list[tuple[float, float]]]) -> tuple[float, float, float, float]:
    xs = [x for r in rings for x, _ in r]
    ys = [y for r in rings for _, y in r]
    return min(xs), min(ys), max(xs), max(ys)


@lru_cache(maxsize=1)
def geography() -> Geography:
    """The projected, simplified boundaries (read once per process)."""
    muni, muni_rings = _shapes(DAGI / "kommuner.topojson", "KOMKODE", "KOMNAVN")
    regs, reg_rings = _shapes(DAGI / "regioner.topojson", "REGIONKODE", "REGIONNAVN")
    boxes = {code: _bbox(r) for code, r in reg_rings.items()}
    region_of: dict[str, str] = {}
    for code, rings in muni_rings.items():
        votes: Counter[str] = Counter()
        pts = [p for r in rings for p in r]
        step = max(1, len(pts) // 60)
        for x, y in pts[::step]:
            for rcode, rr in reg_rings.items():
                x0, y0, x1, y1 = boxes[rcode]
                if x0 <= x <= x1 and y0 <= y <= y1 and any(_inside(x, y, r) for r in rr):
                    votes[rcode] += 1
        if votes:
            region_of[code] = votes.most_common(1)[0][0]
    # Christiansø (too small to vote at this scale) is administered together with Bornholm
    if "0411" in muni_rings and "0411" not in region_of and "0400" in region_of:
        region_of["0411"] = region_of["0400"]
    bx0, by0, bx1, by1 = _bbox(muni_rings["0400"] + muni_rings.get("0411", []))
    pad = 6.0
    inset = (bx0 - pad, by0 - pad, bx1 - bx0 + 2 * pad, by1 - by0 + 2 * pad)
    return Geography(tuple(muni), tuple(regs), region_of, inset)


# ---------------------------------------------------------------------------------------------
# organisations -> areas (master data only)


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


# ---------------------------------------------------------------------------------------------
# SVG

#: shades of the accent colour, lightest first; index 0 = no accesses
SHADES = ("#e3e8ed", "#c9dcea", "#8fb8d6", "#4f8fbf", "#1f5f8f", "#0b3f66")


def buckets(max_count: int) -> list[tuple[int, int]]:
    """Legend intervals ``[(lo, hi), ...]`` for counts 1..max_count (at most 5)."""
    if max_count <= 0:
        return []
    if max_count <= 5:
        return [(i, i) for i in range(1, max_count + 1)]
    edges = sorted({1, *(max(2, round(max_count ** (k / 5))) for k in range(1, 5)), max_count + 1})
    return [(lo, hi - 1) for lo, hi in pairwise(edges)][:5]


def shade(n: int, legend: list[tuple[int, int]]) -> int:
    if n <= 0:
        return 0
    for i, (lo, hi) in enumerate(legend, 1):
        if lo <= n <= hi:
            return i
    return len(legend)


def render_svg(
    level: str,
    counts: Mapping[str, int],
    *,
    title: str,
    describe: str,
    fmt: Any = str,
) -> Markup:
    """An inline SVG map of ``level`` ("kommuner" or "regioner") shaded by ``counts``."""
    geo = geography()
    shapes = geo.municipalities if level == "kommuner" else geo.regions
    legend = buckets(max(counts.values(), default=0))
    parts = [
        f'<svg class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="map-{level}-t map-{level}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="map-{level}-t">{escape(title)}</title>',
        f'<desc id="map-{level}-d">{escape(describe)}</desc>',
    ]
    for s in shapes:
        n = counts.get(s.code, 0)
        label = f"{s.name}: {fmt(n)} opslag" if n else f"{s.name}: ingen opslag"
        parts.append(
            f'<path d="{s.d}" fill="{SHADES[shade(n, legend)]}" class="area{" hit" if n else ""}" '
            f'data-code="{s.code}"><title>{escape(label)}</title></path>'
        )
    if level == "kommuner":
        # region borders on top of municipalities, for orientation
        for s in geo.regions:
            parts.append(f'<path d="{s.d}" class="region-line" fill="none"/>')
    x, y, w, h = geo.inset
    parts.append(
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" class="inset" fill="none"/>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def legend_items(counts: Mapping[str, int], fmt: Any = str) -> list[tuple[str, str]]:
    """(colour, Danish label) pairs for the legend."""
    legend = buckets(max(counts.values(), default=0))
    items = [(SHADES[0], "Ingen opslag")]
    for i, (lo, hi) in enumerate(legend, 1):
        items.append((SHADES[i], f"{fmt(lo)}" if lo == hi else f"{fmt(lo)}–{fmt(hi)}"))
    return items
