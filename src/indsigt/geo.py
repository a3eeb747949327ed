"""Denmark's municipalities and regions: the DAGI (Geodatastyrelsen) boundaries shipped as
TopoJSON in ``web/static/dagi/``, read and projected once per process (cached).

Arcs are decoded, projected to a simple equirectangular plane scaled for 56° N, simplified per arc
with Douglas-Peucker (so neighbours keep sharing their borders), and Bornholm and Christiansø are
moved into an inset box north of Zealand, as Danish maps usually do. The map pages draw these
shapes (``web/maps.py``); the view layer places organisations in them (``views/maps.py``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DAGI = Path(__file__).parent / "web" / "static" / "dagi"
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
