"""The Danish web pages through FastAPI's TestClient: log in, forside, journal, log, drill-down,
exports, map, reports, name requests, powers of attorney, alerts and the administrators' pages."""

from __future__ import annotations

import csv
import io
import re

import pytest

from indsigt.db import session_scope
from leakcheck import assert_no_leak
from test_web_support import HIDDEN, Web, csrf, post, web  # noqa: F401

LABEL_RE = re.compile(r"Sygeplejerske [0-9a-f]{7}")


def _hidden(world) -> list[dict]:
    return [s for s in world["staff"] if s.get("id") == HIDDEN]


def _main(html: str) -> str:
    """The page's main content (the footer carries an example label)."""
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def _text(html: str) -> str:
    """The visible text of a page (tags stripped), for assertions about wording."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# -- log in ------------------------------------------------------------------------------------


def test_login_page_offers_demo_personas_without_cpr(web: Web):  # noqa: F811
    r = web.client("anonymous").get("/log-ind")
    assert r.status_code == 200
    assert '<html lang="da">' in r.text
    assert "UDVIKLINGS-LOGIN – kun til demo og test" in r.text
    assert 'value="patient:p1"' in r.text and 'value="user:adm1"' in r.text
    for cpr in ("6512401234", "7003551111", "651240-1234"):
        assert cpr not in r.text
    for landmark in ("<header", "<main", "<footer", 'class="skip" href="#indhold"'):
        assert landmark in r.text


def test_anonymous_is_sent_to_log_in(web: Web):  # noqa: F811
    c = web.client("anonymous")
    r = c.get("/log?org=X", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/log-ind?naeste=/log%3Forg%3DX"
    assert c.get("/", follow_redirects=False).headers["location"] == "/log-ind"


def test_log_in_returns_to_the_page_asked_for(web: Web):  # noqa: F811
    from fastapi.testclient import TestClient

    c = TestClient(web.app)
    token = csrf(c)
    r = c.post(
        "/log-ind",
        data={"csrf_token": token, "persona": "patient:p1", "naeste": "/journal"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/journal"
    c2 = TestClient(web.app)
    token = csrf(c2)
    r = c2.post(
        "/log-ind",
        data={"csrf_token": token, "persona": "patient:p1", "naeste": "//evil.example/"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def test_log_in_without_csrf_is_refused(web: Web):  # noqa: F811
    from fastapi.testclient import TestClient

    c = TestClient(web.app)
    c.get("/log-ind")
    r = c.post("/log-ind", data={"persona": "patient:p1"}, follow_redirects=False)
    assert r.status_code == 403
    assert "Sikkerhedstjekket (CSRF) fejlede" in r.text


def test_log_out(web: Web):  # noqa: F811
    c = web.client("bent")
    r = post(c, "/log-ud", {})
    assert r.status_code == 303 and r.headers["location"].startswith("/log-ind")
    assert c.get("/journal", follow_redirects=False).status_code == 303


def test_security_headers(web: Web):  # noqa: F811
    r = web.client("anna").get("/journal")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["cache-control"] == "no-store"


# -- forside and journal ------------------------------------------------------------------------


def test_forside_says_whose_data_and_what_is_new(web: Web, world):  # noqa: F811
    r = web.client("anna").get("/")
    assert r.status_code == 200
    t = _text(r.text)
    assert "Goddag, Anna Jensen" in t
    assert "Du ser dine egne oplysninger" in t
    assert "Nyt siden" in t
    assert "Det bør du se på" in t
    assert_no_leak(r.text, _hidden(world))


def test_journal_shows_hidden_staff_by_label(web: Web, world):  # noqa: F811
    r = web.client("anna").get("/journal")
    assert r.status_code == 200
    assert LABEL_RE.search(r.text), "the hidden nurse must appear by her label"
    assert "Navn skjult" in r.text
    assert "Hans Skov" in r.text  # not hidden from Anna
    assert_no_leak(r.text, _hidden(world), allow=["Hans Skov"])
    # dates dd.mm.yyyy, Danish time
    assert re.search(r"\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}", r.text)


def test_the_author_is_a_field_not_running_text(web: Web):  # noqa: F811
    """The author is a structured field (a name or a label), shown as "Forfatter: ...", not as
    the running text "Skrevet af ...": in running text "skrevet af" is a place where a name is
    certain, so a visible author one letter away from a hidden name ("Hanne" / "Anne") read as a
    misspelt hidden name to anyone checking the page for leaks."""
    t = _text(_main(web.client("anna").get("/journal").text))
    assert "Forfatter: Hans Skov" in t
    assert "Skrevet af" not in t


def test_the_label_links_to_a_name_request(web: Web):  # noqa: F811
    r = web.client("anna").get("/journal")
    label = LABEL_RE.search(r.text).group(0)
    assert f"/navne/ny?etiket={label.replace(' ', '%20')}" in r.text


def test_journal_search_runs_on_what_the_citizen_sees(web: Web):  # noqa: F811
    c = web.client("anna")
    r = c.get("/journal", params={"q": "Holm"})
    assert "0 notater passer" in r.text  # the hidden name cannot be searched for
    r = c.get("/journal", params={"q": "ekg"})
    assert "1 notat passer" in r.text and "<mark>Ekg</mark>" in r.text
    label = LABEL_RE.search(c.get("/journal").text).group(0)
    r = c.get("/journal", params={"q": label})
    assert "2 notater passer" in r.text  # her note, and the other note that names her


def test_journal_filter_by_organisation_and_pagination(web: Web):  # noqa: F811
    c = web.client("bent")
    r = c.get("/journal")
    assert "46 notater" in r.text
    assert "Viser 1–20 af 46" in r.text
    assert 'href="/journal?side=2"' in r.text
    r = c.get("/journal", params={"side": 3})
    assert "Viser 41–46 af 46" in r.text
    r = c.get("/journal", params={"org": "Radiologisk afdeling"})
    assert "0 notater passer" in r.text
    r = c.get("/journal", params={"org": "Kardiologisk afdeling", "side": 99})
    assert "Viser 41–46 af 46" in r.text  # a page past the end shows the last page


def test_other_citizens_still_see_the_name(web: Web, world):  # noqa: F811
    r = web.client("bent").get("/journal", params={"q": "godt"})
    assert "Hans Skov" in r.text
    assert not LABEL_RE.search(_main(r.text))


# -- log ------------------------------------------------------------------------------------------


def test_log_page_condensed_with_attention_first(web: Web, world):  # noqa: F811
    r = web.client("anna").get("/log")
    assert r.status_code == 200
    t = _text(r.text)
    assert "Kræver din opmærksomhed" in t
    assert r.text.index('id="att-h"') < r.text.index('id="exp-h"')
    assert '<svg class="timeline"' in r.text
    assert "Hent som PDF" in t and "Hent som regneark (CSV)" in t
    assert_no_leak(r.text, _hidden(world), allow=["Hans Skov"])


def test_log_filters(web: Web):  # noqa: F811
    c = web.client("anna")
    r = c.get("/log", params={"org": "o-hjem"})
    assert r.status_code == 200
    assert "Hjemmeplejen Aalborg Øst" in r.text
    assert (
        "Retspsykiatrisk" not in _main(r.text).split("Filtrér loggen")[1].split("</select>", 3)[-1]
    )
    assert c.get("/log", params={"org": "o-nope"}).status_code == 422
    r = c.get("/log", params={"fra": "01.01.2001", "til": "02.01.2001"})
    assert r.status_code == 200
    assert "01.01.2001–02.01.2001" in r.text
    r = c.get("/log", params={"fra": "31.02.2026"})
    assert r.status_code == 422
    assert "er ikke en dato" in r.text
    r = c.get("/log", params={"flag": "nonsense"})
    assert r.status_code == 422


def test_drill_down_to_every_entry(web: Web, world):  # noqa: F811
    c = web.client("anna")
    page = c.get("/log").text
    groups = re.findall(r'href="/log/gruppe/([^"?#]+)"', page)
    assert groups
    seen = set()
    for gid in dict.fromkeys(groups):
        r = c.get(f"/log/gruppe/{gid}")
        assert r.status_code == 200
        entries = re.findall(r'href="/log/opslag/([^"?]+)', r.text)
        seen.update(entries)
        assert_no_leak(r.text, _hidden(world), allow=["Hans Skov"])
    assert seen == {"a1", "a2", "a3", "a4"}
    r = c.get("/log/opslag/a1")  # without the group too
    assert r.status_code == 200
    assert LABEL_RE.search(r.text)
    assert "Anmeld mistanke om misbrug" in r.text
    assert c.get("/log/opslag/a5").status_code == 404  # Bent's entry is not in Anna's log
    assert c.get("/log/gruppe/nope").status_code == 404


def test_csv_export_is_the_protected_view(web: Web, world):  # noqa: F811
    r = web.client("anna").get("/log/eksport.csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    text = r.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Tidspunkt", "Medarbejder", "Organisation"]
    assert len(rows) == 5
    assert any(LABEL_RE.fullmatch(row[1]) for row in rows[1:])
    assert all(re.fullmatch(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", row[0]) for row in rows[1:])
    assert_no_leak(text, _hidden(world), allow=["Hans Skov"])


def test_csv_export_follows_the_filters(web: Web):  # noqa: F811
    r = web.client("anna").get("/log/eksport.csv", params={"org": "o-hjem"})
    rows = list(csv.reader(io.StringIO(r.content.decode().lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 2 and rows[1][2] == "Hjemmeplejen Aalborg Øst"


def test_pdf_export_is_built_from_the_protected_view(web: Web, world, monkeypatch):  # noqa: F811
    from indsigt.web import export

    seen = {}
    real = export.log_pdf

    def spy(doc, **kw):  # type: ignore[no-untyped-def]
        seen["doc"], seen["kw"] = doc, kw
        return real(doc, **kw)

    monkeypatch.setattr(export, "log_pdf", spy)
    r = web.client("anna").get("/log/eksport.pdf")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF-")
    import json

    assert_no_leak(json.dumps(seen["doc"], ensure_ascii=False), _hidden(world), allow=["Hans Skov"])
    assert len(seen["doc"]["entries"]) == 4
    assert seen["kw"]["citizen_name"] == "Anna Jensen"


def test_proxy_cannot_export_without_a_power_of_attorney(web: Web):  # noqa: F811
    c = web.client("bent")
    assert c.get("/log/eksport.csv").status_code == 200  # own log
    r = post(c, "/skift", {"borger": "p1"})
    assert r.status_code == 403


# -- map -----------------------------------------------------------------------------------------


def test_map_shades_the_municipality_and_region_that_looked(web: Web):  # noqa: F811
    r = web.client("anna").get("/kort")
    assert r.status_code == 200
    assert "Kilde: Geodatastyrelsen, DAGI" in r.text
    assert re.search(r'class="area hit" data-code="0851"', r.text)  # Aalborg (home care)
    assert re.search(r'class="area hit" data-code="1081"', r.text)  # Region Nordjylland (hospital)
    assert not re.search(r'class="area hit" data-code="0101"', r.text)
    assert "<title>Aalborg: 1 opslag</title>" in r.text


def test_admin_map_counts_all_accesses(web: Web):  # noqa: F811
    r = web.client("admin").get("/admin/kort")
    assert r.status_code == 200
    assert "<title>Region Nordjylland: 6 opslag</title>" in r.text
    assert "<title>Aalborg: 1 opslag</title>" in r.text
    assert web.client("anna").get("/admin/kort").status_code == 403


# -- reports and name requests --------------------------------------------------------------------


def test_report_misuse_from_a_group(web: Web, world):  # noqa: F811
    c = web.client("anna")
    page = c.get("/log").text
    gid = re.search(r'href="/anmeld\?gruppe=([^"]+)"', page).group(1)
    form = c.get(f"/anmeld?gruppe={gid}")
    assert form.status_code == 200 and "Send anmeldelsen" in form.text
    r = post(c, "/anmeld", {"gruppe": gid, "tekst": "Jeg kender ikke dette sted."})
    assert r.status_code == 303
    case_url = r.headers["location"]
    assert case_url.startswith("/sager/sag-")
    r = c.get(case_url)
    assert "Din anmeldelse er modtaget" in r.text and "Modtaget" in r.text
    assert_no_leak(r.text, _hidden(world), allow=["Hans Skov"])
    listing = c.get("/sager").text
    assert "Modtaget" in listing and "Jeg kender ikke dette sted." in listing  # own words, verbatim
    # the administrator sees it
    admin = web.client("admin")
    lst = admin.get("/admin/sager")
    assert "Anna Jensen" in lst.text
    cid = case_url.rsplit("/", 1)[1].split("?")[0]
    detail = admin.get(f"/admin/sager/{cid}")
    assert detail.status_code == 200
    # a refusal keeps the page, the menu and what was typed, the error next to the field
    r = post(admin, f"/admin/sager/{cid}", {"status": "lukket", "tekst": "Mit svar"}, page="/admin")
    assert r.status_code == 422 and 'class="field-error" id="status-err"' in r.text
    assert ">Mit svar</textarea>" in r.text and "<nav" in r.text
    r = post(
        admin,
        f"/admin/sager/{cid}",
        {"status": "afsluttet", "tekst": "Opslaget var i orden."},
        page="/admin",
    )
    assert r.status_code == 303
    assert "Opslaget var i orden." in c.get(case_url).text


def test_report_a_single_entry(web: Web):  # noqa: F811
    c = web.client("anna")
    assert c.get("/anmeld?opslag=a3").status_code == 200
    r = post(c, "/anmeld", {"opslag": "a3"})
    assert r.status_code == 303
    assert c.get("/anmeld?opslag=a5").status_code == 404  # not in Anna's log


def test_name_request_and_decision(web: Web):  # noqa: F811
    c = web.client("anna")
    label = LABEL_RE.search(c.get("/journal").text).group(0)
    assert c.get("/navne/ny", params={"etiket": label}).status_code == 200
    r = post(c, "/navne/ny", {"etiket": label, "tekst": "Jeg vil gerne vide det."})
    assert r.status_code == 303
    assert "Afventer svar" in c.get("/sager").text
    aud = web.client("auditor")
    page = aud.get("/admin/navne")
    assert label in page.text
    rid = re.search(r'action="/admin/navne/([^"]+)"', page.text).group(1)
    r = post(aud, f"/admin/navne/{rid}", {"afgoerelse": "imoedekom", "begrundelse": " "})
    assert r.status_code == 422 and f'id="begrundelse-{rid}-err"' in r.text
    assert 'value="imoedekom" checked' in r.text and "<nav" in r.text
    r = post(
        aud,
        f"/admin/navne/{rid}",
        {"afgoerelse": "afslaa", "begrundelse": "Sikkerhed."},
        page="/admin",
    )
    assert r.status_code == 303
    assert "Afslået" in c.get("/sager").text
    # administrators are not auditors
    assert web.client("admin").get("/admin/navne").status_code == 403


# -- powers of attorney --------------------------------------------------------------------------


def test_proxy_switches_to_the_principal_and_sees_the_same_labels(web: Web, world):  # noqa: F811
    anna_label = LABEL_RE.search(web.client("anna").get("/journal").text).group(0)
    c = web.client("carl")
    page = c.get("/fuldmagter")
    assert "Anna Jensen" in page.text and "Se oplysninger for" in page.text
    r = post(c, "/skift", {"borger": "p1"}, page="/fuldmagter")
    assert r.status_code == 303
    home = c.get("/")
    assert "Oplysninger for Anna Jensen" in home.text
    assert "som har givet dig fuldmagt" in home.text
    j = c.get("/journal")
    assert "Journal for Anna Jensen" in j.text
    assert anna_label in j.text
    assert_no_leak(j.text, _hidden(world), allow=["Hans Skov"])
    assert c.get("/log").status_code == 200
    # a proxy cannot ask for names or set up alerts on the principal's behalf
    assert c.get("/underretninger").status_code == 403
    r = post(c, "/skift", {"borger": ""})
    assert "Goddag, Carl Nielsen" in c.get("/").text


def test_give_and_revoke_a_power_of_attorney(web: Web):  # noqa: F811
    c = web.client("bent")
    r = post(
        c,
        "/fuldmagter",
        {"cpr": "620270-2222", "navn": "Carl Nielsen", "omfang": ["journal"], "til": ""},
        page="/fuldmagter",
    )
    assert r.status_code == 303, r.text[:300]
    page = c.get("/fuldmagter")
    assert "Carl Nielsen" in page.text and "Gælder" in page.text
    pid = re.search(r'href="/fuldmagter/([^"]+)/tilbagekald"', page.text).group(1)
    # revoking asks first
    confirm = c.get(f"/fuldmagter/{pid}/tilbagekald")
    assert confirm.status_code == 200 and "Ja, træk fuldmagten tilbage" in confirm.text
    assert "Carl Nielsen" in confirm.text
    # Carl can now switch to Bent, for the journal only
    carl = web.client("carl")
    assert post(carl, "/skift", {"borger": "p2"}).status_code == 303
    assert carl.get("/journal").status_code == 200
    assert carl.get("/log").status_code == 403
    post(carl, "/skift", {"borger": ""})
    r = post(c, f"/fuldmagter/{pid}/tilbagekald", {}, page="/fuldmagter")
    assert r.status_code == 303
    assert "Trukket tilbage" in c.get("/fuldmagter").text
    assert post(carl, "/skift", {"borger": "p2"}).status_code == 403


def test_give_power_of_attorney_errors_in_danish(web: Web):  # noqa: F811
    """CPR number *and* name; the same refusal whether or not the person exists, and the form
    comes back with the page, the menu, what was typed and the error next to the field."""
    c = web.client("bent")
    refusals = []
    for cpr, name in (
        ("010101-0000", "Carl Nielsen"),  # nobody has the CPR number
        ("620270-2222", "Carl Hansen"),  # somebody has it, the name is wrong
        ("620270-2222", ""),  # a CPR number alone
    ):
        r = post(
            c, "/fuldmagter", {"cpr": cpr, "navn": name, "omfang": ["journal"]}, page="/fuldmagter"
        )
        assert r.status_code == 422
        main = _main(r.text)
        assert "Carl Nielsen" not in main.replace('value="Carl Nielsen"', "")
        assert 'aria-invalid="true"' in main and 'id="cpr-err"' in main
        assert f'value="{cpr}"' in main  # what was typed is kept
        assert 'aria-label="Hovedmenu"' in r.text  # the page and its menu, not an error page
        refusals.append(re.search(r'id="cpr-err">(.*?)</p>', main).group(1))
    assert refusals[0] == refusals[1]
    assert "passer ikke sammen" in refusals[0]
    r = post(
        c,
        "/fuldmagter",
        {"cpr": "620270-2222", "navn": "Carl Nielsen", "til": "32.13.2026", "omfang": ["log"]},
        page="/fuldmagter",
    )
    assert r.status_code == 422 and "er ikke en dato" in r.text and 'id="til-err"' in r.text
    r = post(c, "/fuldmagter", {"cpr": "6202702222", "navn": "Carl Nielsen"}, page="/fuldmagter")
    assert r.status_code == 422 and 'id="omfang-err"' in r.text
    # a patient id is no way in either
    r = post(
        c,
        "/fuldmagter",
        {"cpr": "p4", "navn": "Carl Nielsen", "omfang": ["log"]},
        page="/fuldmagter",
    )
    assert r.status_code == 422


# -- alerts -------------------------------------------------------------------------------------


def test_alerts_opt_in_and_out(web: Web):  # noqa: F811
    c = web.client("bent")
    assert "Du får ikke underretninger" in c.get("/underretninger").text
    r = post(
        c,
        "/underretninger",
        {"email": "bent@example.org", "typer": ["flagged"], "handling": "til"},
        page="/underretninger",
    )
    assert r.status_code == 303
    page = c.get("/underretninger")
    # double opt-in: nothing is sent before the address is confirmed (tests/test_security_alerts)
    assert "Vi har sendt en e-mail til bent@example.org" in page.text
    r = post(
        c,
        "/underretninger",
        {"email": "ikke-en-adresse", "typer": ["flagged"]},
        page="/underretninger",
    )
    assert r.status_code == 422
    post(c, "/underretninger", {"handling": "fra"}, page="/underretninger")
    assert "Du får ikke underretninger" in c.get("/underretninger").text


# -- administrators --------------------------------------------------------------------------------


def test_roles_are_kept_apart(web: Web):  # noqa: F811
    assert web.client("anna").get("/admin").status_code == 403
    assert web.client("anna").get("/admin/ordrer").status_code == 403
    admin = web.client("admin")
    assert admin.get("/journal").status_code == 403
    assert admin.get("/", follow_redirects=False).headers["location"] == "/admin"
    assert admin.get("/admin").status_code == 200
    assert web.client("auditor").get("/admin/ordrer/ny").status_code == 403
    assert admin.get("/admin/adgangsoverblik").status_code == 403  # the privacy officer's only
    assert web.client("auditor").get("/admin/adgangsoverblik").status_code == 200


def test_admin_creates_an_order_and_the_name_becomes_a_label(web: Web, world):  # noqa: F811
    admin = web.client("admin")
    form = post(
        admin,
        "/admin/ordrer/ny",
        {"type": "patient", "afdeling": "o-kard", "borger": "700355-1111", "soeg": "skov"},
        page="/admin",
    )
    assert form.status_code == 200
    assert "Bent Holm" in form.text and "Hans Skov" in form.text
    assert 'value="s-holm"' not in form.text  # the picker lists what was searched for
    assert "700355-1111" not in form.text and "700355-xxxx" in form.text  # no CPR in URLs/pages
    r = post(
        admin,
        "/admin/ordrer",
        {
            "type": "patient",
            "afdeling": "o-kard",
            "borger": "p2",
            "hvem": "udvalgte",
            "medarbejdere": ["s-skov"],
            "fra": "",
            "til": "",
            "begrundelse": "harassment",
            "visning": "pseudonym",
            "titel": "1",
        },
        page="/admin",
    )
    assert r.status_code == 303, r.text[:500]
    order_url = r.headers["location"].split("?")[0]
    detail = admin.get(order_url)
    assert "Hans Skov" in detail.text and "Bent Holm" in detail.text
    assert "Chikane" in detail.text
    # Bent now sees a label; Anna still sees the name
    skov = [s for s in world["staff"] if s.get("id") == "s-skov"]
    bent = web.client("bent").get("/journal", params={"q": "godt"})
    assert re.search(r"Overlæge [0-9a-f]{7}", bent.text)
    assert_no_leak(bent.text, skov)
    assert "Hans Skov" in web.client("anna").get("/journal").text
    # extend by 90 days (the one-step button), then revoke
    assert 'name="dage" value="90"' in detail.text
    r = post(admin, order_url + "/forlaeng", {"dage": "90", "begrundelse": ""}, page="/admin")
    assert (
        r.status_code == 422
        and 'id="ext-reason-err"' in r.text
        and "Skriv en begrundelse" in r.text
    )
    r = post(admin, order_url + "/tilbagekald", {"begrundelse": ""}, page="/admin")
    assert r.status_code == 422 and 'id="rev-reason-err"' in r.text
    assert "Tilbagekaldt" not in r.text  # nothing changed
    r = post(
        admin,
        order_url + "/forlaeng",
        {"dage": "90", "begrundelse": "Fortsat chikane"},
        page="/admin",
    )
    assert r.status_code == 303
    assert "Ordren er forlænget" in admin.get(r.headers["location"]).text
    r = post(
        admin, order_url + "/tilbagekald", {"begrundelse": "Sagen er afsluttet"}, page="/admin"
    )
    assert r.status_code == 303
    assert "Tilbagekaldt" in admin.get(order_url).text
    assert "Hans Skov" in web.client("bent").get("/journal", params={"q": "godt"}).text
    trail = admin.get("/admin/revisionsspor", params={"handling": "order."})
    assert "Ordre oprettet" in trail.text and "Ordre forlænget" in trail.text
    assert "Ordre tilbagekaldt" in trail.text


def test_department_order_lists_covered_staff_and_affected_citizens(web: Web):  # noqa: F811
    admin = web.client("admin")
    r = post(
        admin,
        "/admin/ordrer",
        {
            "type": "organization",
            "afdeling": "o-rets",
            "begrundelse": "high-risk department",
            "visning": "blur",
            "fra": "01.01.2020",
        },
        page="/admin",
    )
    assert r.status_code == 303, r.text[:400]
    detail = admin.get(r.headers["location"])
    t = _text(detail.text)
    assert "Per Lund-Sørensen" in t
    assert "Alle borgere" in t and "Anna Jensen" in t
    assert "01.01.2020" in t
    orders = admin.get("/admin/ordrer").text
    assert "Hele Retspsykiatrisk afdeling" in orders


def test_order_errors_are_shown_in_danish(web: Web):  # noqa: F811
    admin = web.client("admin")
    r = post(
        admin,
        "/admin/ordrer",
        {"type": "patient", "afdeling": "o-kard", "borger": "p2", "begrundelse": "threats"},
        page="/admin",
    )
    assert r.status_code == 422 and "Vælg mindst én medarbejder" in r.text
    r = post(
        admin,
        "/admin/ordrer",
        {"type": "organization", "afdeling": "o-rets", "begrundelse": "nonsense"},
        page="/admin",
    )
    assert r.status_code == 422 and "reason" in r.text


def test_admin_overview_and_trail(web: Web):  # noqa: F811
    admin = web.client("admin")
    r = admin.get("/admin")
    assert "1 ordre gælder" in _text(r.text)
    r = admin.get("/admin/revisionsspor")
    assert "Log ind (demo)" in r.text


@pytest.mark.parametrize(
    "path", ["/", "/journal", "/log", "/kort", "/sager", "/fuldmagter", "/underretninger"]
)
def test_citizen_pages_have_landmarks_and_one_h1(web: Web, path: str):  # noqa: F811
    r = web.client("anna").get(path)
    assert r.status_code == 200, path
    assert r.text.count("<h1") == 1
    assert 'aria-label="Hovedmenu"' in r.text and '<main id="indhold"' in r.text
    assert 'aria-current="page"' in r.text or path in ("/sager",)


def test_unknown_page_is_a_danish_404(web: Web):  # noqa: F811
    r = web.client("anna").get("/jounal")
    assert r.status_code == 404 and "Siden findes ikke" in r.text
    r = web.client("anna").get("/api/nope")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")


def test_timeline_image_and_table(web: Web, world):  # noqa: F811
    c = web.client("anna")
    r = c.get("/log/tidslinje.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in r.text and 'role="img"' in r.text and "4 opslag" in r.text
    assert c.get("/log/tidslinje.svg", params={"smal": 1}).status_code == 200
    r = c.get("/log/tidslinje")
    assert r.status_code == 200 and "<table>" in r.text and "Opslag over tid" in r.text
    assert_no_leak(r.text, _hidden(world), allow=["Hans Skov"])


def test_log_uses_the_views_timeline_and_no_entries(web: Web, monkeypatch):  # noqa: F811
    """The view gives the accesses per day (from its cells): the page draws the chart inline and
    never asks for every entry (what keeps a 50,000-entry log fast); the front page counts the
    accesses since the last visit from the same timeline."""
    import functools

    from indsigt import views

    original = views.log_view
    asked: list[tuple[bool, bool]] = []

    @functools.wraps(original)
    def log_view(session, subject, viewer=None, at=None, *, entries=False, timeline=False, **kw):  # type: ignore[no-untyped-def]
        asked.append((entries, timeline))
        return original(session, subject, viewer, at, entries=entries, timeline=timeline, **kw)

    monkeypatch.setattr(views, "log_view", log_view)
    r = web.client("anna").get("/log")
    assert '<svg class="timeline"' in r.text and "<img" not in r.text and "4 opslag" in r.text
    assert asked == [(False, True)]
    asked.clear()
    r = web.client("anna").get("/")
    assert asked == [(False, True)] and "Goddag" in r.text
    assert "i alt" in _text(r.text)  # "N nye opslag ... af 4 i alt"


def test_what_was_accessed_is_in_the_entry_view_and_the_csv(web: Web, tmp_path):  # noqa: F811
    """*What* an access looked at (MinLog ``handling``, the AuditEvent entity's description) and
    the kind of action are shown on the entry page and fill the CSV's Handling column."""
    import builders as b
    from indsigt.db import get_engine
    from indsigt.ingest.importer import Importer
    from indsigt.timeutil import utcnow

    when = (utcnow() - __import__("datetime").timedelta(days=1)).strftime("%Y-%m-%dT10:00:00+00:00")
    ev = b.audit("w1", "p2", when, role_id="r-skov", org_id="o-kard", what="Medicinliste")
    report = Importer(get_engine(web.url), progress=False).run(
        [b.write_ndjson(tmp_path / "w.ndjson", [ev])]
    )
    assert report.ok, report.problems
    c = web.client("bent")
    page = c.get("/log/opslag/w1")
    assert page.status_code == 200
    main = _main(page.text)
    assert "Medicinliste" in main and "(læst)" in main
    rows = list(
        csv.reader(
            io.StringIO(c.get("/log/eksport.csv").content.decode().lstrip("\ufeff")), delimiter=";"
        )
    )
    handling = rows[0].index("Handling")
    assert [r[handling] for r in rows[1:] if r[-1] == "w1"] == ["Medicinliste"]


def test_a_reported_group_says_anmeldt_and_its_status(web: Web):  # noqa: F811
    """The front page shows every group that needs attention (not the first three), and a group
    with a report says so, with the report's status, here and in the log."""
    anna = web.client("anna")
    front = _main(anna.get("/").text)
    groups = re.findall(r'href="/log/gruppe/([^"?#]+)"', front)
    log_attention = _main(anna.get("/log").text).split('id="exp-h"', 1)[0]
    assert len(set(groups)) == len(set(re.findall(r'/anmeld\?gruppe=([^"&]+)"', log_attention)))
    assert "Anmeldt" not in front
    r = post(anna, "/anmeld", {"gruppe": groups[0], "tekst": "Hvem?"}, page="/log")
    assert r.status_code == 303
    for page in ("/", "/log"):
        text = _text(_main(anna.get(page).text))
        assert "Anmeldt Modtaget" in text, page


def test_entry_page_offers_its_proof_and_the_log_says_when_a_source_is_incomplete(web):  # noqa: F811
    """The entry page links the entry's inclusion proof (a file that checks against the log's
    published key, naming no hidden person); a declared gap shows on the log page."""
    from datetime import timedelta

    from indsigt.integrity import completeness
    from indsigt.integrity.keys import integrity_keys
    from indsigt.integrity.log import check_inclusion
    from indsigt.timeutil import to_local, utcnow

    c = web.client("anna")
    page = c.get("/log/opslag/a1")
    assert 'href="/log/opslag/a1/bevis.json"' in page.text
    r = c.get("/log/opslag/a1/bevis.json")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    doc = r.json()
    check_inclusion(doc, integrity_keys(web.url).verifier_key)
    assert doc["leaf"]["id"] == "a1" and doc["patient"] == "p1"
    day = to_local(utcnow() - timedelta(days=2)).date()
    with session_scope(web.url) as s:
        completeness.declare(
            s, [completeness.Declaration("Sundhedsplatformen", day, 99)], actor="t"
        )
    log = c.get("/log").text
    assert f"Loggen kan være ufuldstændig den {day.strftime('%d.%m.%Y')}" in log


def test_log_control_page_for_operators(web):  # noqa: F811
    """Administrators see the newest signed tree head, the public key and the sources' days that
    do not match; auditors and citizens do not get the page."""
    from datetime import date

    from indsigt.integrity import completeness
    from indsigt.integrity.keys import integrity_keys

    # before any declaration: nothing was checked, so no source is called complete
    before = web.client("admin").get("/admin/logkontrol").text.split("Fuldstændighed", 1)[1]
    assert "Intet erklæret" in before and "Passer" not in before
    with session_scope(web.url) as s:
        completeness.declare(
            s, [completeness.Declaration("Sundhedsplatformen", date(2026, 1, 2), 7)], actor="t"
        )
    r = web.client("admin").get("/admin/logkontrol")
    assert r.status_code == 200
    assert integrity_keys(web.url).verifier_key in r.text
    assert "Sundhedsplatformen" in r.text and "02.01.2026" in r.text
    row = r.text.split(">Sundhedsplatformen<", 1)[1].split("</tr>", 1)[0]
    assert "dage passer ikke" in row
    assert web.client("auditor").get("/admin/logkontrol").status_code == 403
