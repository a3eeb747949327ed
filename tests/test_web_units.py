"""Small parts of the web pages: Danish formatting, dates typed by people, pagination, the map's
geography, the timeline and the exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest

from indsigt.errors import Invalid
from indsigt.views.filters import parse_day, parse_log_query
from indsigt.web import charts, export, maps
from indsigt.web.common import is_label, is_pseudonym, pager, url_with
from indsigt.web.render import dato, datotid, highlight, tal


def test_danish_numbers_and_dates():
    assert tal(1243) == "1.243"
    assert tal(50000) == "50.000"
    assert tal(2.5) == "2,5"
    assert tal(0) == "0"
    # Copenhagen time: summer (+02:00) and winter (+01:00)
    assert datotid("2026-07-01T22:30:00+00:00") == "02.07.2026 kl. 00:30"
    assert datotid(datetime(2026, 1, 15, 23, 30)) == "16.01.2026 kl. 00:30"  # naive = UTC
    assert dato("2026-03-29T00:30:00+00:00") == "29.03.2026"
    assert dato(None) == "" and dato("") == ""


def test_dates_typed_by_people():
    assert parse_day("01.03.2026") == date(2026, 3, 1)
    assert parse_day("1.3.2026") == date(2026, 3, 1)
    assert parse_day("2026-03-01") == date(2026, 3, 1)
    assert parse_day("") is None and parse_day(None) is None
    for bad in ("31.02.2026", "i går", "2026/13/01"):
        with pytest.raises(Invalid, match="er ikke en dato"):
            parse_day(bad)


def test_log_filters():
    f = parse_log_query(
        None,
        since="01.03.2026",
        until="31.03.2026",
        organization="o-kard",
        flag="break_glass",
        state="flagged",
    )
    assert f.active
    assert f.query() == {
        "fra": "01.03.2026",
        "til": "31.03.2026",
        "org": "o-kard",
        "flag": "break_glass",
        "vis": "flagged",
    }
    from dataclasses import replace

    from indsigt.web.render import flag_name

    f = replace(f, org_label="Kardiologisk afdeling")
    assert (
        f.describe(flag_name)
        == "01.03.2026–31.03.2026, Kardiologisk afdeling, Værdispring, Markeret"
    )
    assert not parse_log_query(None).active
    with pytest.raises(Invalid, match="før startdatoen"):
        parse_log_query(None, since="02.03.2026", until="01.03.2026")
    with pytest.raises(Invalid):
        parse_log_query(None, flag="nonsense")


def test_labels_are_recognised():
    assert is_label("Sygeplejerske d5dffae")
    assert is_label("Social- og sundhedsassistent 0a1b2c3")
    assert is_label("Sundhedsperson")
    assert is_pseudonym("Sygeplejerske d5dffae") and not is_pseudonym("Sundhedsperson")
    assert not is_label("Mette Holm")
    assert not is_label(None) and not is_label("")


def test_highlight_escapes_and_marks():
    out = str(highlight("<b>Ekg</b> normalt, ekg igen", "ekg"))
    assert out == "&lt;b&gt;<mark>Ekg</mark>&lt;/b&gt; normalt, <mark>ekg</mark> igen"
    assert str(highlight("a < b", None)) == "a &lt; b"


def test_pager_window():
    p = pager(7, 20, 1000)
    assert (p.page, p.pages, p.start, p.end) == (7, 50, 120, 140)
    assert p.window() == [1, None, 5, 6, 7, 8, 9, None, 50]
    assert pager(99, 20, 41).page == 3
    assert pager(0, 20, 0).pages == 1
    assert (
        url_with("/log", {"fra": "01.03.2026", "org": ""}, side=2) == "/log?fra=01.03.2026&side=2"
    )


# -- the map --------------------------------------------------------------------------------------


def test_geography_covers_denmark():
    geo = maps.geography()
    assert len(geo.municipalities) == 99  # 98 municipalities and Christiansø
    assert len(geo.regions) == 5
    assert all(s.d.startswith("M") for s in geo.municipalities)
    region = geo.region_of
    assert len(region) == 99
    assert region["0101"] == "1084"  # København -> Hovedstaden
    assert region["0400"] == "1084"  # Bornholm
    assert region["0851"] == "1081"  # Aalborg -> Nordjylland
    assert region["0751"] == "1082"  # Aarhus -> Midtjylland
    assert region["0461"] == "1083"  # Odense -> Syddanmark
    assert region["0350"] == "1085"  # Lejre -> Sjælland
    counts = {r: sum(1 for v in region.values() if v == r) for r in set(region.values())}
    assert counts == {"1081": 11, "1082": 19, "1083": 22, "1084": 30, "1085": 17}
    # small enough to inline on a page
    assert sum(len(s.d) for s in geo.municipalities) < 120_000


def test_map_svg_and_legend():
    svg = str(maps.render_svg("kommuner", {"0851": 1243}, title="T", describe="D", fmt=tal))
    assert svg.startswith('<svg class="map"') and svg.endswith("</svg>")
    assert 'class="area hit" data-code="0851"><title>Aalborg: 1.243 opslag</title>' in svg
    assert "<title>København: ingen opslag</title>" in svg
    assert maps.legend_items({"a": 3}, tal) == [
        (maps.SHADES[0], "Ingen opslag"),
        (maps.SHADES[1], "1"),
        (maps.SHADES[2], "2"),
        (maps.SHADES[3], "3"),
    ]
    legend = maps.buckets(50_000)
    assert legend[0][0] == 1 and legend[-1][1] == 50_000 and len(legend) <= 5
    assert all(lo <= hi for lo, hi in legend)


def test_counts_by_area():
    areas = {"o-hj": maps.Area("0851", "1081"), "o-kard": maps.Area(None, "1081")}
    c = maps.counts_by_area(
        areas, [("o-hj", "Hjemmeplejen", 5), ("o-kard", "Kardiologi", 2), (None, "Lægehuset", 1)]
    )
    assert c.municipalities == {"0851": 5} and c.regions == {"1081": 2}
    assert c.elsewhere == {"Lægehuset": 1} and c.total == 8


# -- the timeline --------------------------------------------------------------------------------


def test_bucketize_picks_a_unit_and_keeps_empty_buckets():
    pts = [("2026-03-01T10:00:00+01:00", 1, 0), ("2026-03-03T23:30:00+00:00", 0, 1)]
    unit, b = charts.bucketize(pts)
    assert unit == "dag"
    assert [x.total for x in b] == [1, 0, 0, 1]  # 03.03 23:30 UTC is 04.03 00:30 in Denmark
    assert b[-1].start == date(2026, 3, 4) and b[-1].unexplained == 1
    unit, b = charts.bucketize(
        [("2025-01-01T10:00:00+01:00", 1, 0), ("2026-06-01T10:00:00+02:00", 1, 0)]
    )
    assert unit == "måned" and b[0].label == "jan 2025" and len(b) == 18
    svg = str(charts.timeline_svg(b))
    assert 'role="img"' in svg and "<desc" in svg and "2 opslag" in svg


# -- exports --------------------------------------------------------------------------------------

DOC = {
    "patient": "p1",
    "total": 2,
    "groups": [
        {
            "id": "g1",
            "summary": "Kardiologisk afdeling så dine oplysninger 2 gange",
            "count": 2,
            "organization": "Kardiologisk afdeling",
            "actors": ["Sygeplejerske d5dffae"],
            "first": "2026-03-01T10:00:00+01:00",
            "last": "2026-03-02T11:00:00+01:00",
            "explained_by": None,
            "flags": ["no_relation", "break_glass"],
        },
    ],
    "entries": [
        {
            "id": "a1",
            "time": "2026-03-01T10:00:00+01:00",
            "actor": "Sygeplejerske d5dffae",
            "organization": "Kardiologisk afdeling",
            "group": "g1",
            "explained_by": None,
            "flags": ["break_glass"],
        },
        {
            "id": "a2",
            "time": "2026-03-02T11:00:00+01:00",
            "actor": '=HYPERLINK("x")',
            "organization": "Ærø Kommune",
            "group": "g1",
            "explained_by": {"kind": "episode", "id": "e", "text": "Dit forløb på Ærø"},
            "flags": [],
        },
    ],
}


def test_csv_export_for_danish_spreadsheets():
    text = export.log_csv(DOC)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[1][:3] == ["01.03.2026 10:00", "Sygeplejerske d5dffae", "Kardiologisk afdeling"]
    assert rows[1][5] == "Værdispring"
    assert rows[2][1] == '\'=HYPERLINK("x")'  # no formulas
    assert rows[2][4] == "Dit forløb på Ærø"


def test_pdf_export_with_danish_letters():
    pdf = export.log_pdf(
        DOC,
        citizen_name="Søren Ærbø",
        filters_text="01.03.2026–31.03.2026",
        now=datetime(2026, 4, 1, 12, 0, tzinfo=UTC),
    )
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert b"DejaVu" in pdf  # the Unicode font is embedded


def test_pdf_of_a_long_log_is_fast_enough():
    from cputime import cpu_time

    entries = [dict(DOC["entries"][0], id=f"a{i}") for i in range(20_000)]
    with cpu_time() as t:  # this thread's CPU seconds: a busy machine does not fail it
        pdf = export.log_pdf({**DOC, "entries": entries}, citizen_name="Anna")
    assert t.seconds < 20
    assert len(pdf) > 100_000
