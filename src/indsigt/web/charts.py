"""A small server-side SVG timeline of accesses over time (no JavaScript)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

from .render import MONTHS, tal, to_dt


@dataclass
class Bucket:
    start: date
    label: str  # Danish, for the axis and the table
    explained: int = 0
    unexplained: int = 0

    @property
    def total(self) -> int:
        return self.explained + self.unexplained


#: colours as presentation attributes, so the chart looks the same inline and as an image
OK, WARN, GRID, AXIS, INK = "#6f9cc4", "#b8561f", "#e3e8ed", "#8a939c", "#4f5660"
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"


def _unit(first: date, last: date) -> str:
    span = (last - first).days
    if span <= 45:
        return "dag"
    if span <= 400:
        return "uge"
    return "måned"


def _start(d: date, unit: str) -> date:
    if unit == "dag":
        return d
    if unit == "uge":
        return d - timedelta(days=d.weekday())
    return d.replace(day=1)


def _next(d: date, unit: str) -> date:
    if unit == "dag":
        return d + timedelta(days=1)
    if unit == "uge":
        return d + timedelta(days=7)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def _label(d: date, unit: str) -> str:
    if unit == "måned":
        return f"{MONTHS[d.month - 1]} {d.year}"
    if unit == "uge":
        return f"uge {d.isocalendar()[1]} {d.isocalendar()[0]}"
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def bucketize(
    points: Iterable[tuple[object, int, int]],
    first: object | None = None,
    last: object | None = None,
) -> tuple[str, list[Bucket]]:
    """Sum ``(time, explained, unexplained)`` counts per day, week or month (chosen by the span).

    ``first``/``last`` widen the range (the chosen period); times are read in Copenhagen time.
    Returns the unit ("dag", "uge", "måned") and every bucket of the range, empty ones included.
    """
    days: dict[date, list[int]] = {}
    for t, explained, unexplained in points:
        dt = to_dt(t)
        if dt is None:
            continue
        c = days.setdefault(dt.date(), [0, 0])
        c[0] += explained
        c[1] += unexplained
    bounds = [d for d in (to_dt(first), to_dt(last)) if d is not None]
    all_days = list(days) + [b.date() for b in bounds]
    if not all_days:
        return "dag", []
    lo, hi = min(all_days), max(all_days)
    unit = _unit(lo, hi)
    buckets: dict[date, Bucket] = {}
    cur = _start(lo, unit)
    while cur <= hi:
        buckets[cur] = Bucket(cur, _label(cur, unit))
        cur = _next(cur, unit)
    for d, (e, u) in days.items():
        b = buckets[_start(d, unit)]
        b.explained += e
        b.unexplained += u
    return unit, list(buckets.values())


def _nice_max(n: int) -> int:
    if n <= 4:
        return max(n, 1)
    mag = 10 ** (len(str(n)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * mag)
        if top >= n:
            return top
    return n


def timeline_svg(
    buckets: list[Bucket], *, width: int = 720, height: int = 220, font: int = 13, ident: str = "tl"
) -> Markup:
    """Stacked bars: explained accesses in the accent colour, unexplained ones darker on top."""
    if not buckets:
        return Markup("")
    left, right, top, bottom = font * 3.4, 8, 10, font * 2.4
    plot_w, plot_h = width - left - right, height - top - bottom
    ymax = _nice_max(max(b.total for b in buckets))
    n = len(buckets)
    slot = plot_w / n
    bar = max(1.0, slot * 0.78)
    total = sum(b.total for b in buckets)
    unexplained = sum(b.unexplained for b in buckets)
    busiest = max(buckets, key=lambda b: b.total)
    desc = (
        f"{tal(total)} opslag fra {buckets[0].label} til {buckets[-1].label}; "
        f"{tal(unexplained)} uden forklaring. Flest opslag: {busiest.label} ({tal(busiest.total)})."
    )
    out = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{ident}-t {ident}-d" xmlns="http://www.w3.org/2000/svg" '
        f'font-size="{font}" font-family="{FONT}">',
        f'<title id="{ident}-t">Opslag over tid</title>',
        f'<desc id="{ident}-d">{escape(desc)}</desc>',
    ]
    for k in range(0, 5):
        v = ymax * k / 4
        if k and v != int(v):
            continue
        y = top + plot_h - plot_h * k / 4
        out.append(
            f'<line x1="{left:.1f}" x2="{width - right:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{AXIS if k == 0 else GRID}" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{left - 6:.1f}" y="{y + font * 0.35:.1f}" text-anchor="end" fill="{INK}">'
            f"{tal(int(v))}</text>"
        )
    for i, b in enumerate(buckets):
        if not b.total:
            continue
        x = left + i * slot + (slot - bar) / 2
        he = plot_h * b.explained / ymax
        hu = plot_h * b.unexplained / ymax
        y0 = top + plot_h
        tip = f"{b.label}: {tal(b.total)} opslag"
        if b.unexplained:
            tip += f", heraf {tal(b.unexplained)} uden forklaring"
        out.append(f"<g><title>{escape(tip)}</title>")
        if he:
            out.append(
                f'<rect x="{x:.1f}" y="{y0 - he:.1f}" width="{bar:.1f}" height="{he:.1f}" fill="{OK}"/>'
            )
        if hu:
            out.append(
                f'<rect x="{x:.1f}" y="{y0 - he - hu:.1f}" width="{bar:.1f}" height="{hu:.1f}" '
                f'fill="{WARN}"/>'
            )
        out.append("</g>")
    # x labels: at most ~ one per 90 px
    every = max(1, round(n / max(1, plot_w // (font * 7))))
    for i in range(0, n, every):
        b = buckets[i]
        x = left + i * slot + slot / 2
        out.append(
            f'<text x="{x:.1f}" y="{height - bottom + font * 1.5:.1f}" text-anchor="middle" '
            f'fill="{INK}">{escape(_short(b))}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def _short(b: Bucket) -> str:
    if b.label.startswith("uge "):
        return f"{b.start.day}/{b.start.month}"
    if "." in b.label:  # a day
        return f"{b.start.day}/{b.start.month}"
    return b.label
