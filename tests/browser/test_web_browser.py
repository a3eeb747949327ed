"""The web pages in a real browser: a citizen reads the journal, opens the log, drills down to an
entry and reports misuse; a proxy switches to the principal; an administrator creates a protection
order and the name becomes a label for that citizen only. Every page is checked with axe-core
(no serious or critical violation) and photographed at 1280 px and 390 px."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from webtools import assert_accessible, shot, sign_in, sign_out

pytestmark = pytest.mark.browser


def _no_overflow(page: Any) -> None:
    """Readable at the viewport's width: nothing wider than the screen."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"{page.url} is {width}px wide"


def _visit(page: Any, server: Any, path: str, name: str) -> None:
    page.goto(server.url(path))
    assert page.locator("main h1").count() == 1, page.url
    assert_accessible(page)
    shot(page, name)
    if page.viewport_size["width"] <= 400:
        _no_overflow(page)


def test_citizen_reads_journal_log_and_reports_misuse(desktop: Any, server: Any) -> None:
    page = desktop
    page.goto(server.url("/"))
    assert "/log-ind" in page.url  # not signed in
    assert page.locator("html").get_attribute("lang") == "da"
    assert_accessible(page)
    shot(page, "01-log-ind")

    heavy = server.scenario["heavy_homecare_citizen"]
    sign_in(page, server, f"patient:{heavy}")
    assert page.locator("h1").inner_text().startswith("Goddag")
    assert_accessible(page)
    shot(page, "02-forside")

    # the journal: notes by date, search, filter by organisation
    page.get_by_role("link", name="Min journal").first.click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "Min journal"
    assert page.locator("article.note").count() > 0
    first_date = page.locator("article.note time").first.inner_text()
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}", first_date)
    assert_accessible(page)
    shot(page, "03-journal")
    page.get_by_label("Søg i notaterne").fill("blodsukker")
    page.get_by_role("button", name="Søg").click()
    page.wait_for_load_state()
    assert page.locator("mark").count() > 0
    assert page.get_by_role("status").inner_text().endswith("til din søgning.")

    # the log: condensed overview with the unexplained first
    page.get_by_role("link", name="Min log").first.click()
    page.wait_for_load_state()
    chart = page.locator("svg.timeline:visible, img.timeline:visible").first
    chart.wait_for()
    if chart.evaluate("el => el.tagName") == "IMG":  # the chart image has loaded and has a size
        page.wait_for_function("() => document.querySelector('img.timeline').complete")
        assert chart.evaluate("el => el.naturalWidth") > 0
    headings = page.locator("main h2").all_inner_texts()
    assert headings.index("Kræver din opmærksomhed") < headings.index("Forklarede opslag")
    assert_accessible(page)
    shot(page, "04-log")

    # filter by period (Danish dates) and back
    page.locator("summary", has_text="Filtrér loggen").click()
    page.get_by_label("Fra dato").fill("01.03.2026")
    page.get_by_label("Til dato").fill("31.03.2026")
    page.get_by_role("button", name="Vis").click()
    page.wait_for_load_state()
    assert "01.03.2026–31.03.2026" in page.locator("summary").first.inner_text()
    page.goto(server.url("/log"))

    # drill down: a group, then a single entry
    page.locator("section[aria-labelledby=att-h] a.button.secondary").first.click()
    page.wait_for_load_state()
    assert "/log/gruppe/" in page.url
    rows = page.locator("table tbody tr")
    assert rows.count() >= 1
    assert_accessible(page)
    shot(page, "05-log-gruppe")
    rows.first.locator("a").first.click()
    page.wait_for_load_state()
    assert "/log/opslag/" in page.url
    assert page.locator("dl.facts").is_visible()
    assert_accessible(page)
    shot(page, "06-log-opslag")

    # report suspected misuse of that entry
    page.get_by_role("link", name="Anmeld mistanke om misbrug").click()
    page.wait_for_load_state()
    assert_accessible(page)
    shot(page, "07-anmeld")
    page.get_by_label(re.compile("Hvorfor mener du")).fill("Jeg kender ikke denne medarbejder.")
    page.get_by_role("button", name="Send anmeldelsen").click()
    page.wait_for_load_state()
    assert "/sager/" in page.url
    assert "Din anmeldelse er modtaget" in page.locator("main").inner_text()
    assert_accessible(page)
    shot(page, "08-sag")

    # exports are offered (the files themselves are tested with the TestClient)
    page.goto(server.url("/log"))
    with page.expect_download() as dl:
        page.get_by_role("link", name="Hent som regneark (CSV)").click()
    assert dl.value.suggested_filename.endswith(".csv")

    for path, name in (
        ("/kort", "09-kort"),
        ("/sager", "10-sager"),
        ("/underretninger", "11-underretninger"),
    ):
        _visit(page, server, path, name)
    page.goto(server.url("/kort"))
    assert "Kilde: Geodatastyrelsen, DAGI" in page.locator("main").inner_text()
    assert page.locator("svg.map path.hit").count() >= 1


def test_proxy_switches_to_the_principal(desktop: Any, server: Any) -> None:
    page = desktop
    pair = server.scenario["proxy"]
    sign_in(page, server, f"patient:{pair['proxy']}")
    page.get_by_role("link", name="Fuldmagter").first.click()
    page.wait_for_load_state()
    assert_accessible(page)
    shot(page, "12-fuldmagter")
    choice = page.locator(f'form:has(input[name="borger"][value="{pair["principal"]}"]) button')
    principal_name = choice.locator(".pname").inner_text()
    with page.expect_navigation():
        choice.click()
    assert page.locator("main h1").inner_text() == f"Oplysninger for {principal_name}"
    assert "som har givet dig fuldmagt" in page.locator(".acting").inner_text()
    shot(page, "13-forside-fuldmagt")
    page.get_by_role("link", name="Journal", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == f"Journal for {principal_name}"
    assert_accessible(page)
    page.get_by_role("button", name="Skift tilbage til dig selv").click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text().startswith("Goddag")


@contextmanager
def _server_settings(server: Any) -> Iterator[None]:
    """This process reads the server's database with the server's key file."""
    import os

    from indsigt.config import get_settings

    old = {k: os.environ.get(k) for k in ("INDSIGT_KEY_FILE", "INDSIGT_DB")}
    os.environ["INDSIGT_KEY_FILE"] = server.env["INDSIGT_KEY_FILE"]
    os.environ["INDSIGT_DB"] = server.db
    get_settings.cache_clear()
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        get_settings.cache_clear()


def _candidate(server: Any) -> dict[str, Any]:
    """A staff member whose name two citizens both see in their journals (no order yet)."""
    from sqlalchemy import select

    with _server_settings(server):
        from indsigt.db import session_scope
        from indsigt.store import Document, Patient, Staff, StaffRole
        from indsigt.views import journal_view

        with session_scope(server.db) as s:
            authors: dict[str, set[str]] = {}
            for pid, sid in s.execute(
                select(Document.patient_id, Document.author_staff_id).where(
                    Document.author_staff_id.is_not(None)
                )
            ):
                authors.setdefault(sid, set()).add(pid)
            for sid, pids in sorted(authors.items(), key=lambda kv: -len(kv[1])):
                staff = s.get(Staff, sid)
                roles = s.scalars(select(StaffRole).where(StaffRole.staff_id == sid)).all()
                if staff is None or len(roles) != 1 or len(pids) < 2:
                    continue
                seen_by = [p for p in sorted(pids) if staff.name in json_text(journal_view(s, p))]
                if len(seen_by) >= 2:
                    a, b = seen_by[0], seen_by[1]
                    pa = s.get(Patient, a)
                    return {
                        "staff": sid,
                        "name": staff.name,
                        "given": staff.given,
                        "family": staff.family,
                        "org": roles[0].organization_id,
                        "a": a,
                        "a_cpr": pa.cpr,
                        "b": b,
                    }
    pytest.fail("no staff member is seen by two citizens in the demo data")


def _label_seen_by(server: Any, c: dict[str, Any]) -> str:
    """The label citizen A now sees for the staff member (through the view layer)."""
    from indsigt.db import session_scope
    from indsigt.store import Document
    from indsigt.views import journal_view

    with _server_settings(server), session_scope(server.db) as s:
        ids = {
            d.id
            for d in s.query(Document).filter(
                Document.patient_id == c["a"], Document.author_staff_id == c["staff"]
            )
        }
        docs = [d for d in journal_view(s, c["a"])["documents"] if d["id"] in ids]
    assert docs, "the staff member wrote in A's journal"
    labels = {d["author"] for d in docs}
    assert len(labels) == 1 and c["name"] not in labels, labels
    return labels.pop()


def json_text(doc: Any) -> str:
    import json

    return json.dumps(doc, ensure_ascii=False)


def test_admin_creates_an_order_and_the_name_becomes_a_label(desktop: Any, server: Any) -> None:
    page = desktop
    c = _candidate(server)
    sign_in(page, server, "user:dev-admin")
    assert page.url.endswith("/admin")
    assert_accessible(page)
    shot(page, "20-admin-overblik")
    page.get_by_role("link", name="Beskyttelse", exact=True).click()
    page.wait_for_load_state()
    assert_accessible(page)
    shot(page, "21-admin-ordrer")
    page.get_by_role("link", name="Opret ny beskyttelse").first.click()
    page.wait_for_load_state()
    page.get_by_role("radio", name="Over for én borger").check()
    page.get_by_label("Afdeling", exact=True).select_option(c["org"])
    page.get_by_label(re.compile("Borgerens CPR-nummer")).fill(f"{c['a_cpr'][:6]}-{c['a_cpr'][6:]}")
    # the staff picker searches the department (it does not list everyone)
    page.get_by_label("Søg efter medarbejdere i afdelingen").fill(c["family"])
    page.get_by_role("button", name="Vælg og søg").click()
    page.wait_for_load_state()
    page.locator(f'input[name="medarbejdere"][value="{c["staff"]}"]').check()
    page.get_by_label("Begrundelse").select_option("threats")
    assert_accessible(page)
    shot(page, "22-admin-ny-ordre")
    page.get_by_role("button", name="Opret beskyttelse").click()
    page.wait_for_load_state()
    assert "Ordren er oprettet" in page.locator("main").inner_text()
    assert c["name"] in page.locator("main").inner_text()  # who is covered
    assert_accessible(page)
    shot(page, "23-admin-ordre")
    for path, name in (
        ("/admin/sager", "24-admin-sager"),
        ("/admin/revisionsspor", "25-admin-revisionsspor"),
        ("/admin/kort", "26-admin-kort"),
    ):
        _visit(page, server, path, name)
    sign_out(page)

    # the protected citizen sees a label, never the name
    label = _label_seen_by(server, c)
    sign_in(page, server, f"patient:{c['a']}")
    page.goto(server.url("/journal"))
    page.get_by_label("Søg i notaterne").fill(c["family"])
    page.get_by_role("button", name="Søg").click()
    page.wait_for_load_state()
    assert c["name"] not in page.locator("main").inner_text()
    page.get_by_label("Søg i notaterne").fill(label)
    page.get_by_role("button", name="Søg").click()
    page.wait_for_load_state()
    main = page.locator("main").inner_text()
    assert label in main and "Navn skjult" in main
    assert c["name"] not in main and c["family"] not in main
    shot(page, "14-journal-skjult-navn")
    page.goto(server.url("/journal"))
    for _ in range(40):  # every page of the journal
        assert c["name"] not in page.locator("main").inner_text()
        nxt = page.get_by_role("link", name="Næste")
        if nxt.count() == 0:
            break
        nxt.first.click()
        page.wait_for_load_state()
    sign_out(page)

    # another citizen still sees the name
    sign_in(page, server, f"patient:{c['b']}")
    page.goto(server.url("/journal?q=" + c["family"]))
    assert c["name"] in page.locator("main").inner_text()


def test_auditor_pages(desktop: Any, server: Any) -> None:
    page = desktop
    sign_in(page, server, "user:dev-auditor")
    _visit(page, server, "/admin/navne", "27-revisor-navneanmodninger")


@pytest.mark.parametrize(
    "path,name",
    [
        ("/", "02-forside"),
        ("/journal", "03-journal"),
        ("/log", "04-log"),
        ("/kort", "09-kort"),
        ("/fuldmagter", "12-fuldmagter"),
        ("/underretninger", "11-underretninger"),
    ],
)
def test_phone_width(phone: Any, server: Any, path: str, name: str) -> None:
    sign_in(phone, server, f"patient:{server.scenario['heavy_homecare_citizen']}")
    _visit(phone, server, path, name)


def test_phone_log_in_and_admin(phone: Any, server: Any) -> None:
    phone.goto(server.url("/log-ind"))
    assert_accessible(phone)
    shot(phone, "01-log-ind")
    _no_overflow(phone)
    sign_in(phone, server, "user:dev-admin")
    _visit(phone, server, "/admin/ordrer", "21-admin-ordrer")
    _visit(
        phone,
        server,
        "/admin/ordrer/ny?type=patient&afdeling=" + _first_department(phone, server),
        "22-admin-ny-ordre",
    )


def _first_department(page: Any, server: Any) -> str:
    page.goto(server.url("/admin/ordrer/ny"))
    values = page.locator("#afdeling option").evaluate_all("els => els.map(e => e.value)")
    return next(v for v in values if v)


def test_keyboard_skip_link_and_focus(desktop: Any, server: Any) -> None:
    page = desktop
    sign_in(page, server, f"patient:{server.scenario['heavy_homecare_citizen']}")
    page.goto(server.url("/log"))
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Gå til indhold"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#indhold"
