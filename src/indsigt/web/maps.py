"""Maps of Denmark's municipalities and regions as server-side SVG, shaded by counts.

The shapes come from :mod:`indsigt.geo`, the counts from the view layer
(:mod:`indsigt.views.maps`); this module only draws.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from ..geo import HEIGHT, SOURCE, WIDTH, Geography, Shape, geography
from ..views.maps import Area, AreaCounts, counts_by_area

__all__ = [
    "HEIGHT",
    "SOURCE",
    "WIDTH",
    "Area",
    "AreaCounts",
    "Geography",
    "Shape",
    "counts_by_area",
    "geography",
]


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
