"""Server-side SVG charts of the woman's measurements (no JavaScript), each with a table of the
same numbers next to it on the page: symphysis-fundus height against the reference curve, blood
pressure and weight, by week of pregnancy.

Reference curve for symphysis-fundus height: the INTERGROWTH-21st international standard,
Papageorghiou AT, Ohuma EO, Gravett MG et al. *International standards for symphysis-fundal
height based on serial measurements from the Fetal Growth Longitudinal Study of the
INTERGROWTH-21st Project: prospective cohort study in eight countries.* BMJ 2016;355:i5662,
https://doi.org/10.1136/bmj.i5662 — valid from 16 to 40 weeks:

    median (cm) = 5.133374 + 0.1058353119·GA² − 0.0231295·GA²·ln(GA)
    SD (cm)     = 0.9922667 + 0.0258087·GA                (GA in exact weeks)

and the 3rd and 97th centiles at median ∓ 1.881·SD (the normal quantile of 0.97).

Blood pressure is drawn against 140/90 mmHg, the limit for hypertension in pregnancy
(Dansk Selskab for Obstetrik og Gynækologi, guideline *Hypertension og præeklampsi*, 2018).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

SFH_SOURCE = (
    "INTERGROWTH-21st: Papageorghiou m.fl., International standards for symphysis-fundal "
    "height, BMJ 2016;355:i5662"
)
BP_SOURCE = "DSOG: Hypertension og præeklampsi (2018): 140/90 mmHg"
Z97 = 1.881
SFH_WEEKS = (16, 40)

INK, GRID, AXIS, BAND, LINE = "#4f5660", "#e3e8ed", "#8a939c", "#dbe7f2", "#6f9cc4"
POINT, WARN = "#1d4f7a", "#b8561f"
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif"


def sfh_median(ga: float) -> float:
    return 5.133374 + 0.1058353119 * ga**2 - 0.0231295 * ga**2 * math.log(ga)


def sfh_sd(ga: float) -> float:
    return 0.9922667 + 0.0258087 * ga


def sfh_centiles(ga: float) -> tuple[float, float, float]:
    """(3rd, 50th, 97th) centile in cm at ``ga`` weeks."""
    m, s = sfh_median(ga), sfh_sd(ga)
    return m - Z97 * s, m, m + Z97 * s


@dataclass
class Point:
    week: float  # exact week of pregnancy
    value: float
    label: str  # e.g. "30+2"
    flag: bool = False  # outside the reference / above the limit


def _dk(v: float) -> str:
    return f"{v:.1f}".replace(".", ",") if not float(v).is_integer() else str(int(v))


class _Frame:
    def __init__(
        self, x0: float, x1: float, y0: float, y1: float, w: int, h: int, font: int
    ) -> None:
        self.x0, self.x1, self.y0, self.y1 = x0, x1, y0, y1
        self.left, self.right, self.top, self.bottom = font * 3.2, 10, 10, font * 2.6
        self.w, self.h, self.font = w, h, font

    def x(self, v: float) -> float:
        return self.left + (v - self.x0) / (self.x1 - self.x0) * (self.w - self.left - self.right)

    def y(self, v: float) -> float:
        ph = self.h - self.top - self.bottom
        return self.top + ph - (v - self.y0) / (self.y1 - self.y0) * ph


def _open(ident: str, title: str, desc: str, w: int, h: int, font: int) -> list[str]:
    return [
        f'<svg class="timeline preg-chart" viewBox="0 0 {w} {h}" role="img" '
        f'aria-labelledby="{ident}-t {ident}-d" xmlns="http://www.w3.org/2000/svg" '
        f'font-size="{font}" font-family="{FONT}">',
        f'<title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(desc)}</desc>',
    ]


def _axes(
    f: _Frame, xticks: Iterable[float], yticks: Iterable[float], xunit: str, yunit: str = ""
) -> list[str]:
    out = []
    if yunit:
        out.append(
            f'<text x="{f.left + 4:.1f}" y="{f.top + f.font:.1f}" fill="{INK}">{escape(yunit)}</text>'
        )
    for v in yticks:
        y = f.y(v)
        out.append(
            f'<line x1="{f.left:.1f}" x2="{f.w - f.right:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
        )
        out.append(
            f'<text x="{f.left - 5:.1f}" y="{y + f.font * 0.35:.1f}" text-anchor="end" fill="{INK}">{_dk(v)}</text>'
        )
    base = f.h - f.bottom
    out.append(
        f'<line x1="{f.left:.1f}" x2="{f.w - f.right:.1f}" y1="{base:.1f}" y2="{base:.1f}" stroke="{AXIS}"/>'
    )
    for v in xticks:
        x = f.x(v)
        out.append(
            f'<text x="{x:.1f}" y="{base + f.font * 1.3:.1f}" text-anchor="middle" fill="{INK}">{_dk(v)}</text>'
        )
    out.append(
        f'<text x="{f.w - f.right:.1f}" y="{f.h - 2:.1f}" text-anchor="end" fill="{INK}">{escape(xunit)}</text>'
    )
    return out


def _points(f: _Frame, pts: list[Point], unit: str, color: str = POINT) -> list[str]:
    out = []
    for p in pts:
        tip = f"uge {p.label}: {_dk(p.value)} {unit}"
        fill = WARN if p.flag else color
        out.append(
            f'<circle cx="{f.x(p.week):.1f}" cy="{f.y(p.value):.1f}" r="4.5" fill="{fill}">'
            f"<title>{escape(tip)}</title></circle>"
        )
    return out


def sfh_svg(points: list[Point], *, width: int = 640, height: int = 300, font: int = 12) -> Markup:
    """Symphysis-fundus height (cm) by week against the INTERGROWTH-21st 3rd–97th centile band."""
    f = _Frame(SFH_WEEKS[0], 42, 8, 46, width, height, font)
    lo = [(w, *sfh_centiles(w)) for w in _steps(SFH_WEEKS[0], SFH_WEEKS[1], 0.5)]
    outside = sum(1 for p in points if p.flag)
    desc = (
        f"{len(points)} målinger af symfyse-fundus-målet i cm efter graviditetsuge, med "
        f"referencekurven (INTERGROWTH-21st, 3.–97. percentil). {outside} uden for kurven."
    )
    out = _open("sfh", "Symfyse-fundus-mål", desc, width, height, font)
    band = (
        " ".join(f"{f.x(w):.1f},{f.y(hi):.1f}" for w, _, _, hi in lo)
        + " "
        + " ".join(f"{f.x(w):.1f},{f.y(l3):.1f}" for w, l3, _, _ in reversed(lo))
    )
    out.append(f'<polygon points="{band}" fill="{BAND}"/>')
    out += _axes(f, range(16, 43, 4), range(10, 46, 5), "uge", "cm")
    med = " ".join(f"{f.x(w):.1f},{f.y(m):.1f}" for w, _, m, _ in lo)
    out.append(
        f'<polyline points="{med}" fill="none" stroke="{LINE}" stroke-width="1.5" stroke-dasharray="5 3"/>'
    )
    out += _points(f, points, "cm")
    out.append("</svg>")
    return Markup("".join(out))


def bp_svg(
    systolic: list[Point],
    diastolic: list[Point],
    *,
    width: int = 640,
    height: int = 260,
    font: int = 12,
) -> Markup:
    """Systolic and diastolic blood pressure by week, with the 140/90 mmHg limits."""
    weeks = [p.week for p in systolic + diastolic] or [10, 40]
    f = _Frame(
        max(0, math.floor(min(weeks)) - 1),
        max(42, math.ceil(max(weeks)) + 1),
        40,
        180,
        width,
        height,
        font,
    )
    high = sum(1 for p in systolic + diastolic if p.flag)
    desc = (
        f"{len(systolic)} blodtryksmålinger (systolisk og diastolisk, mmHg) efter graviditetsuge; "
        f"grænserne 140 og 90 mmHg er tegnet ind. {high} målinger på eller over grænsen."
    )
    out = _open("bp", "Blodtryk", desc, width, height, font)
    out += _axes(f, _ticks(f.x0, f.x1), range(40, 181, 20), "uge", "mmHg")
    for limit in (140, 90):
        y = f.y(limit)
        out.append(
            f'<line x1="{f.left:.1f}" x2="{f.w - f.right:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{WARN}" stroke-dasharray="6 4"/>'
        )
        out.append(
            f'<text x="{f.w - f.right - 4:.1f}" y="{y - 4:.1f}" text-anchor="end" fill="{WARN}">{limit}</text>'
        )
    for series in (systolic, diastolic):
        if len(series) > 1:
            line = " ".join(f"{f.x(p.week):.1f},{f.y(p.value):.1f}" for p in series)
            out.append(
                f'<polyline points="{line}" fill="none" stroke="{LINE}" stroke-width="1.5"/>'
            )
        out += _points(f, series, "mmHg")
    out.append("</svg>")
    return Markup("".join(out))


def weight_svg(
    points: list[Point], *, width: int = 640, height: int = 240, font: int = 12
) -> Markup:
    """Weight (kg) by week."""
    weeks = [p.week for p in points] or [10, 40]
    vals = [p.value for p in points] or [60, 80]
    lo, hi = math.floor(min(vals) / 5) * 5 - 5, math.ceil(max(vals) / 5) * 5 + 5
    f = _Frame(
        max(0, math.floor(min(weeks)) - 1),
        max(42, math.ceil(max(weeks)) + 1),
        lo,
        hi,
        width,
        height,
        font,
    )
    gain = vals[-1] - vals[0] if len(points) > 1 else 0
    desc = f"{len(points)} vejninger i kg efter graviditetsuge; ændring {_dk(round(gain, 1))} kg."
    out = _open("vaegt", "Vægt", desc, width, height, font)
    out += _axes(
        f, _ticks(f.x0, f.x1), range(int(lo), int(hi) + 1, 5 if hi - lo <= 40 else 10), "uge", "kg"
    )
    if len(points) > 1:
        line = " ".join(f"{f.x(p.week):.1f},{f.y(p.value):.1f}" for p in points)
        out.append(f'<polyline points="{line}" fill="none" stroke="{LINE}" stroke-width="1.5"/>')
    out += _points(f, points, "kg")
    out.append("</svg>")
    return Markup("".join(out))


def _steps(a: float, b: float, step: float) -> list[float]:
    n = round((b - a) / step)
    return [a + i * step for i in range(n + 1)]


def _ticks(a: float, b: float) -> list[int]:
    step = 4 if b - a > 16 else 2
    first = int(math.ceil(a / step) * step)
    return list(range(first, int(b) + 1, step))


def points(series: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The view's series as chart points (for the chart functions above)."""
    return {
        "sfh": [Point(r["ga"], r["cm"], r["week"], r["outside"]) for r in series["sfh"]],
        "sys": [
            Point(r["ga"], r["sys"], r["week"], r["sys"] >= 140)
            for r in series["bp"]
            if r.get("sys") is not None
        ],
        "dia": [
            Point(r["ga"], r["dia"], r["week"], r["dia"] >= 90)
            for r in series["bp"]
            if r.get("dia") is not None
        ],
        "weight": [Point(r["ga"], r["kg"], r["week"]) for r in series["weight"]],
    }
