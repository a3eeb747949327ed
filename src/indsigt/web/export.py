"""CSV and PDF exports of the access log, built only from the view output (``views.log_view``).

The exports never read the store: they serialise the same protected document the page shows, so a
hidden staff member is a label in the files exactly as on the page.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from ..timeutil import TZ
from .render import datotid, explained_text, flag_name, flag_reason, gange, tal, to_dt

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
)
PROTECTED_NOTE = (
    "Navne på medarbejdere, der er beskyttet, er erstattet af en betegnelse, fx "
    "»Sygeplejerske d5dffae«. Betegnelsen er den samme på alle dine sider."
)


class FontMissing(RuntimeError):
    """The Unicode font for PDF export is not installed (Debian: fonts-dejavu-core)."""


def font_path(bold: bool = False) -> Path:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise FontMissing(
        "PDF-eksport kræver skrifttypen DejaVu Sans (Debian-pakken fonts-dejavu-core)."
    )


def _safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection)."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _flags(flags: list[str]) -> str:
    return ", ".join(flag_name(f) for f in flags)


def log_csv(doc: Mapping[str, Any]) -> str:
    """Every entry of the view document as CSV for Danish spreadsheets.

    UTF-8 with byte order mark, semicolon separated (Danish Excel uses the comma as decimal mark).
    """
    return "".join(log_csv_chunks(doc))


def log_csv_chunks(doc: Mapping[str, Any], rows_per_chunk: int = 1000) -> Iterator[str]:
    """:func:`log_csv` in pieces of ``rows_per_chunk`` rows, for a streamed response."""
    groups = {g["id"]: g.get("summary") or "" for g in doc.get("groups", [])}
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(
        [
            "Tidspunkt",
            "Medarbejder",
            "Organisation",
            "Handling",
            "Forklaring",
            "Markeringer",
            "Overblik",
            "Løbenummer",
        ]
    )
    for n, e in enumerate(doc.get("entries", []), 1):
        w.writerow(
            [
                _safe_cell(datotid(e.get("time")).replace(" kl.", "")),
                _safe_cell(e.get("actor") or ""),
                _safe_cell(e.get("organization") or ""),
                _safe_cell(e.get("what") or ""),
                _safe_cell(explained_text(e.get("explained_by"))),
                _safe_cell(_flags(e.get("flags") or [])),
                _safe_cell(groups.get(e.get("group") or "", "")),
                _safe_cell(str(e.get("id") or "")),
            ]
        )
        if n % rows_per_chunk == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _fit(cache: dict[tuple[str, float], str], pdf: Any, text: str, width: float) -> str:
    key = (text, width)
    hit = cache.get(key)
    if hit is not None:
        return hit
    out = text
    if pdf.get_string_width(out) > width:
        while out and pdf.get_string_width(out + "…") > width:
            out = out[:-1]
        out = out.rstrip() + "…"
    cache[key] = out
    return out


def log_pdf(
    doc: Mapping[str, Any],
    *,
    citizen_name: str,
    filters_text: str = "",
    now: datetime | None = None,
    note: str = "",
) -> bytes:
    """The condensed overview and every entry as an A4 PDF with a Unicode font."""
    from fpdf import FPDF

    now_local = (now or datetime.now(TZ)).astimezone(TZ)

    class PDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.set_text_color(90, 90, 90)
            self.cell(
                0,
                5,
                f"indsigt · adgangslog for {citizen_name} · udskrevet "
                f"{now_local:%d.%m.%Y kl. %H:%M} · side {self.page_no()} af {{nb}}",
                align="C",
            )

    pdf = PDF(format="A4")
    pdf.set_title(f"Adgangslog for {citizen_name}")
    pdf.set_author("indsigt")
    pdf.set_creator("indsigt")
    pdf.set_lang("da")
    pdf.add_font("DejaVu", "", str(font_path()))
    pdf.add_font("DejaVu", "B", str(font_path(bold=True)))
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    ink, accent, muted = (25, 31, 38), (11, 79, 128), (90, 96, 104)

    pdf.set_text_color(*accent)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, "Adgangslog", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*ink)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, citizen_name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(*muted)
    total = doc.get("total", len(doc.get("entries", [])))
    pdf.multi_cell(
        0,
        4.8,
        f"Udskrevet {now_local:%d.%m.%Y kl. %H:%M}. {tal(total)} opslag i alt."
        + (f" Filtre: {filters_text}." if filters_text else "")
        + (f"\n{note}" if note else "")
        + "\n"
        + PROTECTED_NOTE,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    # the overview
    pdf.set_text_color(*accent)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Overblik", new_x="LMARGIN", new_y="NEXT")
    for g in doc.get("groups", []):
        pdf.set_text_color(*ink)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.multi_cell(
            0, 5, g.get("summary") or g.get("organization") or "", new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(*muted)
        first, last = to_dt(g.get("first")), to_dt(g.get("last"))
        period = (
            f"{first:%d.%m.%Y}"
            if first and last and first.date() == last.date()
            else f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"
            if first and last
            else ""
        )
        line = f"{gange(int(g.get('count') or 0))} · {period} · {explained_text(g.get('explained_by'))}"
        if g.get("actors"):
            line += " · " + ", ".join(g["actors"][:6]) + (" m.fl." if len(g["actors"]) > 6 else "")
        pdf.multi_cell(0, 4.4, line, new_x="LMARGIN", new_y="NEXT")
        for f in g.get("flags") or []:
            pdf.set_text_color(150, 60, 20)
            pdf.multi_cell(
                0, 4.4, f"{flag_name(f)}: {flag_reason(f)}", new_x="LMARGIN", new_y="NEXT"
            )
        pdf.ln(1.5)

    entries = doc.get("entries") or []
    if entries:
        pdf.add_page()
        pdf.set_text_color(*accent)
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(0, 8, f"Alle opslag ({tal(len(entries))})", new_x="LMARGIN", new_y="NEXT")
        cols = [
            ("Tidspunkt", 30.0),
            ("Medarbejder", 42.0),
            ("Organisation", 52.0),
            ("Forklaring", 56.0),
        ]
        xs = [15.0]
        for _, w in cols[:-1]:
            xs.append(xs[-1] + w)
        row_h = 4.4
        bottom = pdf.h - 18
        cache: dict[tuple[str, float], str] = {}

        def header(y: float) -> float:
            pdf.set_font("DejaVu", "B", 8)
            pdf.set_text_color(*ink)
            for (title, _), x in zip(cols, xs, strict=True):
                pdf.text(x, y, title)
            pdf.set_draw_color(180, 186, 194)
            pdf.line(15, y + 1.4, pdf.w - 15, y + 1.4)
            pdf.set_font("DejaVu", "", 7.5)
            return y + row_h + 1

        y = header(pdf.get_y() + 4)
        for e in entries:
            if y > bottom:
                pdf.add_page()
                y = header(20)
            flags = e.get("flags") or []
            explained = explained_text(e.get("explained_by"))
            if flags:
                explained = f"{_flags(flags)} · {explained}"
                pdf.set_text_color(150, 60, 20)
            else:
                pdf.set_text_color(*ink)
            values = [
                datotid(e.get("time")),
                e.get("actor") or "",
                e.get("organization") or "",
                explained,
            ]
            for (_, w), x, v in zip(cols, xs, values, strict=True):
                pdf.text(x, y, _fit(cache, pdf, v, w - 2))
            y += row_h
    pdf.alias_nb_pages()
    return bytes(pdf.output())
