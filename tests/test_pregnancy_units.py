"""Unit tests of the pregnancy record's parts: the GM catalogue and value checks, gestational
age and the Sundhedsstyrelsen programme, the INTERGROWTH-21st reference curve, the charts, and
the FHIR documents (valid with fhir.resources, with a Provenance for every element version)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indsigt.db import session_scope
from indsigt.errors import Invalid
from indsigt.pregnancy import catalogue as c
from indsigt.pregnancy import charts, export, programme, services
from indsigt.pregnancy.access import MATRIX, ROLES, profession_of
from indsigt.views import pregnancy as view
from pregnancy_world import preg, professional  # noqa: F401  (fixture)

# --- the catalogue ---------------------------------------------------------------------------


def test_catalogue_codes_and_sections_are_complete() -> None:
    assert len(c.MODEL) == 51 and len(c.MEASUREMENTS) == 29
    for k in c.KINDS.values():
        assert k.section in c.SECTIONS and k.doc in (*c.DOCS, "own")
        for comp in k.components:
            assert comp.type in c.VALUE_TYPES and re.fullmatch(r"\d+", comp.code)
        if k.value is not None:
            assert k.value in c.VALUE_TYPES
    # every GM code resolves back to its own kind (shared codes by qualifier or components)
    for k in (*c.MEASUREMENTS, *c.MODEL):
        comps = {x.code for x in k.components} or None
        assert c.kind_for_code(k.code, k.qualifier, comps) is k, k.key
    # the sensitive sections are exactly the four of the issue
    assert {"psykisk", "social", "rusmidler", "partner"} == c.SENSITIVE
    assert set(MATRIX) == set(c.SECTIONS)
    assert all(set(rights) <= set(ROLES) for rights in MATRIX.values())


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("systolisk-blodtryk", 400, "uden for det mulige"),
        ("systolisk-blodtryk", "høj", "tal"),
        ("vaegt", {"value": 70, "unit": "lb"}, "enheden"),
        ("alkohol", {"components": {"findes-ikke": True}}, "ukendt felt"),
        ("alkohol", {"components": {"alkoholindtag-under-graviditet": "måske"}}, "ja eller nej"),
        ("alkohol", {"components": {}}, "mindst ét felt"),
        ("protein", {"low": 3, "high": 1}, "low er større"),
        ("graviditet", {"gravida": 1, "para": 1}, "para skal være mindre"),
        ("graviditet", {"due_basis": "gæt"}, "due_basis"),
        ("foedselsoensker", {"items": []}, "mindst ét"),
        ("resume", {"components": {"resume-indslag": "x" * 5000}}, "højst"),
    ],
)
def test_values_are_checked_in_danish(key: str, value: object, message: str) -> None:
    with pytest.raises(Invalid, match=message):
        c.normalize(c.kind(key), value)


def test_values_are_normalised() -> None:
    assert c.normalize(c.kind("vaegt"), "72,5") == {"value": {"value": 72.5, "unit": "kg"}}
    assert c.normalize(c.kind("protein"), 0.3) == {
        "value": {"low": 0.3, "high": 0.3, "unit": "g/L"}
    }
    v = c.normalize(
        c.kind("terminsberegning"),
        {
            "components": {
                "naegeles-termin": "2027-02-12T00:00:00+01:00",
                "terminsberegning-sikkerhed": "ja",
            }
        },
    )
    assert v["components"] == {"naegeles-termin": "2027-02-12", "terminsberegning-sikkerhed": True}
    assert (
        c.display_value(c.kind("protein"), c.normalize(c.kind("protein"), {"low": 0.3, "high": 1}))
        == "0,3–1 g/L"
    )


@settings(max_examples=60, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20) | st.integers())
def test_measurement_values_never_crash(v: object) -> None:
    try:
        out = c.normalize(c.kind("systolisk-blodtryk"), v)
    except Invalid:
        return
    assert 40 <= out["value"]["value"] <= 300


def test_professions_from_title_and_place() -> None:
    assert profession_of("Jordemoder", "department", "Fødeafdelingen") == "midwife"
    assert profession_of("Overlæge", "department", "Fødeafdelingen, Testby Sygehus") == "birthplace"
    assert (
        profession_of("Overlæge", "department", "Gynækologisk-obstetrisk afdeling") == "birthplace"
    )
    assert profession_of("Sonograf", None, None) == "sonographer"
    assert profession_of("Læge", "department", "Ultralydsklinikken") == "sonographer"
    assert profession_of("Praktiserende læge", "gp", "Lægehuset") == "gp"
    assert profession_of("Sundhedsplejerske", "department", "Sundhedsplejen") == "health_visitor"
    assert profession_of("Sygeplejerske", "department", "Kardiologisk afdeling") is None
    assert profession_of("Social- og sundhedshjælper", "homecare", "Hjemmeplejen") is None


# --- weeks and the programme ----------------------------------------------------------------------


def test_week_and_days_from_the_due_date() -> None:
    due = date(2027, 2, 12)
    assert programme.week_and_days(due, due) == (40, 0)
    assert programme.week_and_days(due, due - timedelta(days=68)) == (30, 2)
    assert programme.week_and_days(due, due + timedelta(days=3)) == (40, 3)
    assert programme.week_and_days(due, due - timedelta(days=300)) == (0, 0)
    assert programme.date_of_week(due, 30, 2) == due - timedelta(days=68)
    assert programme.week_text(1, 1) == "1+1 (1 uge og 1 dag)"


def test_programme_steps_are_the_recommended_ones() -> None:
    gp = [(s.first_week, s.last_week) for s in programme.PROGRAMME if s.profession == "gp"]
    jm = [s.first_week for s in programme.PROGRAMME if s.profession == "midwife"]
    scans = [
        (s.first_week, s.last_week) for s in programme.PROGRAMME if s.profession == "sonographer"
    ]
    assert gp == [(6, 10), (25, 25), (32, 32)]
    assert jm == [29, 35, 37, 39, 41]
    assert scans == [(11, 14), (18, 20)]
    assert "sst.dk" in programme.SOURCE


def test_plan_marks_done_booked_next_and_each_visit_counts_once() -> None:
    due = date(2027, 2, 12)
    today = programme.date_of_week(due, 30)
    visits = [
        ("gp", programme.date_of_week(due, 8)),
        ("sonographer", programme.date_of_week(due, 12)),
        ("midwife", programme.date_of_week(due, 29)),
    ]
    booked = [
        ("gp", programme.date_of_week(due, 32)),
        ("midwife", programme.date_of_week(due, 35, 2)),
    ]
    states = {s.step.key: s.state for s in programme.plan(due, today, visits, booked)}
    assert states["laege-1"] == "done" and states["scanning-1"] == "done"
    assert states["scanning-2"] == "missed" and states["laege-2"] == "missed"
    assert states["jordemoder-29"] == "done"
    assert states["laege-3"] == "planned" and states["jordemoder-35"] == "planned"
    assert states["jordemoder-37"] == "next"  # the booking at 35+2 is not counted twice
    assert states["jordemoder-41"] == "later"


# --- the reference curve and the charts -----------------------------------------------------------


def test_intergrowth_reference_curve() -> None:
    # the median follows the rule of thumb "SFH in cm ≈ weeks" over the middle of pregnancy
    for ga in (20, 24, 28, 32, 36):
        assert abs(charts.sfh_median(ga) - ga) < 1.5, ga
    p3, p50, p97 = charts.sfh_centiles(30)
    assert p3 < p50 < p97 and 29 < p50 < 30.5 and 2.5 < p50 - p3 < 4.0
    assert charts.sfh_sd(40) > charts.sfh_sd(16)


def test_charts_are_accessible_svg() -> None:
    pts = [charts.Point(25.0, 24.5, "25+0"), charts.Point(29.0, 33.0, "29+0", True)]
    svg = str(charts.sfh_svg(pts))
    assert svg.startswith("<svg") and 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count("<circle") == 2 and "1 uden for kurven" in svg
    bp = str(
        charts.bp_svg([charts.Point(30, 150, "30+0", True)], [charts.Point(30, 95, "30+0", True)])
    )
    assert "140" in bp and "90" in bp and "2 målinger på eller over grænsen" in bp
    assert "<script" not in svg + bp


# --- the FHIR documents --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["PRF", "PSCR", "PMR"])
def test_documents_are_valid_fhir_with_provenance(preg, kind: str) -> None:  # noqa: F811
    gp = professional(preg.url, "gp")
    with session_scope(preg.url) as s:
        eid = services.add_element(s, gp, "preg-anna", "vaegt", 72)["id"]
        services.correct_element(s, gp, "preg-anna", eid, 1, 72.4, "Vægt aflæst forkert")
        doc = services.export_document(s, gp, "preg-anna", kind)
        export.validate(doc)
        mine = view.pregnancy_documents_view(s, "p-anna", "p-anna", kind)
        export.validate(mine)
        theirs = view.pregnancy_documents_view(s, "p-anna", "p-else", kind)
        export.validate(theirs)
    res = [e["resource"] for e in doc["entry"]]
    comp = res[0]
    assert comp["resourceType"] == "Composition" and comp["type"]["coding"][0]["code"] == kind
    assert comp["extension"][0]["valueIdentifier"]["value"] == "preg-anna"
    elements = [
        r for r in res if r["resourceType"] in ("Observation", "Condition", "QuestionnaireResponse")
    ]
    provs = [r for r in res if r["resourceType"] == "Provenance"]
    assert elements and len(provs) >= len(elements)
    targets = {p["target"][0]["reference"].split("/_history/")[0] for p in provs}
    assert {f"{r['resourceType']}/{r['id']}" for r in elements} <= targets
    if kind == "PMR":
        corrected = next(
            p for p in provs if p["target"][0]["reference"] == f"Observation/{eid}/_history/2"
        )
        assert corrected["activity"]["coding"][0]["code"] == "UPDATE"
        assert corrected["reason"][0]["text"] == "Vægt aflæst forkert"
        who = corrected["agent"][0]
        assert (
            who["who"]["reference"] == "PractitionerRole/r-gp"
            and who["onBehalfOf"]["reference"] == "Organization/o-gp"
        )
        obs = next(r for r in res if r.get("id") == eid)
        assert obs["status"] == "amended" and obs["meta"]["versionId"] == "2"
        assert (
            obs["code"]["coding"][0]["code"] == "27113001" and obs["valueQuantity"]["value"] == 72.4
        )
    # a citizen's copy carries no staff id, no identifier of a practitioner, no CPR number
    for r in (e["resource"] for e in mine["entry"]):
        if r["resourceType"] == "Practitioner":
            assert re.fullmatch(r"p\d+", r["id"]) and "identifier" not in r
    assert "6512851234" not in str(mine) and "s-jm" not in str(mine) and "r-jm" not in str(mine)


def test_validate_rejects_a_broken_document(preg) -> None:  # noqa: F811
    gp = professional(preg.url, "gp")
    with session_scope(preg.url) as s:
        doc = services.export_document(s, gp, "preg-anna", "PMR")
    broken = {**doc, "type": "collection"}
    with pytest.raises(ValueError):
        export.validate(broken)
    dangling = {
        **doc,
        "entry": [e for e in doc["entry"] if e["resource"]["resourceType"] != "Patient"],
    }
    with pytest.raises(ValueError, match="uden for dokumentet"):
        export.validate(dangling)
    bad = {
        **doc,
        "entry": [
            *doc["entry"],
            {
                "fullUrl": "x",
                "resource": {"resourceType": "Observation", "id": "x", "status": "nope"},
            },
        ],
    }
    with pytest.raises(ValueError):
        export.validate(bad)
