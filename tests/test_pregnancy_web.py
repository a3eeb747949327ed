"""The pregnancy record's Danish web pages through FastAPI's TestClient: Min graviditet (charts
with tables, programme with its source, wishes and notes), the professionals' pages (list,
record, a visit with measurements, a new element from its GM fields, an element's history and a
correction, a stale correction refused), downloads, and who may open which page."""

from __future__ import annotations

import re

import orjson

from indsigt.pregnancy import export
from pregnancy_world import preg  # noqa: F401  (fixture)

R = "/fagperson/graviditet/preg-anna"


def _form(client, url: str, data: dict) -> object:  # type: ignore[no-untyped-def]
    return client.post(
        url, data={**data, "csrf_token": client.headers["X-CSRF-Token"]}, follow_redirects=False
    )


def test_min_graviditet_page(preg) -> None:  # noqa: F811
    c = preg.client("woman")
    r = c.get("/graviditet")
    assert r.status_code == 200
    t = r.text
    assert "<h1>Min graviditet</h1>" in t and "uge 30+0" in t
    assert 'href="/graviditet" aria-current="page"' in t  # in the navigation
    assert t.count('<svg class="timeline preg-chart"') == 3  # fundus height, blood pressure, weight
    assert "<caption>Symfyse-fundus-mål</caption>" in t and "<caption>Blodtryk</caption>" in t
    assert "INTERGROWTH-21st" in t and "sst.dk" in t
    assert "Svangrekonsultation" in t and "Birgitte Kjærsgaard" in t
    assert "Graviditetsbesøg ved sundhedsplejersken" in t  # the booked visit under "Det næste"
    assert "Vold i parforholdet" in t  # her own sensitive sections: she reads them
    for header in ("Content-Security-Policy", "X-Frame-Options"):
        assert header in r.headers
    assert "<script" not in t and 'style="' not in t


def test_wishes_and_notes_through_the_page(preg) -> None:  # noqa: F811
    c = preg.client("woman")
    page = c.get("/graviditet").text
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    r = _form(
        c,
        "/graviditet/oensker",
        {"forloeb": "preg-anna", "version": version, "svar-smertelindring": "Badekar først"},
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/graviditet?ok=oensker")
    stale = _form(
        c, "/graviditet/oensker", {"forloeb": "preg-anna", "version": version, "svar-andet": "x"}
    )
    assert stale.status_code == 412 and "ændret et andet sted" in stale.text
    r = _form(c, "/graviditet/noter", {"forloeb": "preg-anna", "tekst": "Kan mærke hikke"})
    assert r.status_code == 303
    t = c.get("/graviditet").text
    assert "Badekar først" in t and "Kan mærke hikke" in t
    # without the CSRF token nothing is written
    r = c.post(
        "/graviditet/noter",
        data={"forloeb": "preg-anna", "tekst": "uden token"},
        headers={"X-CSRF-Token": ""},
    )
    assert r.status_code == 403 and "uden token" not in c.get("/graviditet").text


def test_document_download_is_a_valid_fhir_document(preg) -> None:  # noqa: F811
    c = preg.client("woman")
    r = c.get("/graviditet/dokument/PMR")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/fhir+json")
    assert "attachment" in r.headers["content-disposition"]
    export.validate(orjson.loads(r.content))
    assert c.get("/graviditet/dokument/XYZ").status_code == 422


def test_pages_are_for_their_own_people(preg) -> None:  # noqa: F811
    assert preg.client("midwife").get("/graviditet").status_code == 403
    assert preg.client("woman").get("/fagperson").status_code == 403
    assert preg.client("unrelated").get("/fagperson").status_code == 403
    assert preg.client("other_gp").get(R).status_code == 403
    r = preg.client("anonymous").get("/graviditet", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/log-ind")
    # a stranger has no pregnancy: the page says so, the menu does not offer it
    r = preg.client("stranger").get("/graviditet")
    assert r.status_code == 404 and "ingen graviditetsjournal" in r.text
    assert 'href="/graviditet"' not in preg.client("stranger").get("/journal").text


def test_professional_pages_visit_element_history_and_correction(preg) -> None:  # noqa: F811
    jm = preg.client("midwife")
    home = jm.get("/fagperson")
    assert home.status_code == 200 and "Anna Lund" in home.text and "Mine gravide" in home.text
    rec = jm.get(R)
    assert rec.status_code == 200 and "Graviditet – Anna Lund" in rec.text
    r = _form(
        jm,
        f"{R}/besoeg",
        {
            "dato": "01.12.2026",
            "tid": "09:30",
            "systolisk-blodtryk": "142",
            "diastolisk-blodtryk": "91",
            "protein": "0,3",
        },
    )
    assert r.status_code == 303, r.text
    rec = jm.get(R).text
    assert "142 mmHg" in rec and "91 mmHg" in rec and "01.12.2026 kl. 09:30" in rec
    # a new model element from its GM fields
    form = jm.get(f"{R}/nyt?type=alkohol")
    assert form.status_code == 200 and "Alkoholindtag under graviditet" in form.text
    r = _form(jm, f"{R}/nyt", {"type": "alkohol", "c1": "nej", "c3": "2"})
    assert r.status_code == 303
    rec = jm.get(R).text
    eid = re.search(r'/element/([^"]+)">Alkohol</a>', rec).group(1)
    page = jm.get(f"{R}/element/{eid}").text
    assert "Historik" in page and 'name="version" value="1"' in page
    fixed = _form(
        jm,
        f"{R}/element/{eid}/ret",
        {
            "type": "alkohol",
            "version": "1",
            "c1": "nej",
            "c3": "3",
            "begrundelse": "Fejltastning",
            "handling": "ret",
        },
    )
    assert fixed.status_code == 303
    stale = _form(
        jm,
        f"{R}/element/{eid}/ret",
        {"type": "alkohol", "version": "1", "c3": "4", "begrundelse": "Min", "handling": "ret"},
    )
    assert stale.status_code == 412 and "Din rettelse er ikke gemt" in stale.text
    page = jm.get(f"{R}/element/{eid}").text
    assert "Fejltastning" in page and page.count("Birgitte Kjærsgaard") >= 2
    withdrawn = _form(
        jm,
        f"{R}/element/{eid}/ret",
        {"version": "2", "begrundelse": "Forkert patient", "handling": "tilbage"},
    )
    assert withdrawn.status_code == 303
    assert "Trukket tilbage" in jm.get(f"{R}/element/{eid}").text
    # the sonographer may not write lifestyle: no form, and a forged post is refused
    ul = preg.client("sonographer")
    assert ul.get(f"{R}/nyt?type=alkohol").status_code == 403
    assert _form(ul, f"{R}/nyt", {"type": "alkohol", "c1": "ja"}).status_code == 403


def test_professional_creates_a_pregnancy_by_cpr(preg) -> None:  # noqa: F811
    gp = preg.client("other_gp")
    r = _form(
        gp,
        "/fagperson/ny",
        {
            "cpr": "620270-4444",
            "termin": "01.06.2027",
            "grundlag": "lmp",
            "gravida": "1",
            "para": "0",
        },
    )
    assert r.status_code == 303 and "/fagperson/graviditet/preg-" in r.headers["location"]
    page = gp.get(r.headers["location"]).text
    assert "Carl Nielsen" in page and "01.06.2027" in page
    bad = _form(gp, "/fagperson/ny", {"cpr": "0000000000"})
    assert bad.status_code == 422


def test_header_and_team_forms(preg) -> None:  # noqa: F811
    gp = preg.client("gp")
    page = gp.get(R).text
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    r = _form(
        gp,
        f"{R}/stamdata",
        {"version": version, "gravida": "2", "para": "1", "begrundelse": "Oplyst"},
    )
    assert r.status_code == 303
    stale = _form(gp, f"{R}/stamdata", {"version": version, "gravida": "3"})
    assert stale.status_code == 412
    r = _form(gp, f"{R}/team", {"organisation": "o-gp2", "fag": "gp"})
    assert r.status_code == 303
    assert "Lægehuset ved Åen" in gp.get(R).text
    doc = gp.get(f"{R}/dokument/PSCR")
    assert doc.status_code == 200
    export.validate(orjson.loads(doc.content))
