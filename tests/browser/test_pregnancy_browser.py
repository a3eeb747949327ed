"""The pregnancy record's pages in a real browser, on the demo database: the woman's *Min
graviditet* and the midwife's pages, each checked with axe-core (no serious or critical
violation), readable at 390 px, keyboard-operable, and photographed."""

from __future__ import annotations

from typing import Any

import pytest
from webtools import assert_accessible, shot, sign_in

pytestmark = pytest.mark.browser


def _fits(page: Any) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"{page.url} is {width}px wide"


def test_the_woman_reads_min_graviditet_and_saves_her_wishes(desktop: Any, server: Any) -> None:
    page = desktop
    sign_in(page, server, f"patient:{server.scenario['gravid']}")
    page.get_by_role("link", name="Min graviditet").first.click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "Min graviditet"
    assert "uge 30+0" in page.locator("main .lead").first.inner_text()
    assert page.locator("svg.preg-chart").count() == 3
    assert page.locator("svg.preg-chart title").first.text_content() == "Symfyse-fundus-mål"
    assert_accessible(page)
    shot(page, "40-min-graviditet")
    page.get_by_label("Er der noget, du er bekymret for?").fill("At fødslen går hurtigt")
    page.get_by_role("button", name="Gem mine ønsker").click()
    page.wait_for_load_state()
    assert "Dine fødselsønsker er gemt" in page.locator("main").inner_text()
    assert "At fødslen går hurtigt" in page.locator("main").inner_text()


def test_the_midwife_records_a_visit_and_corrects_a_value(desktop: Any, server: Any) -> None:
    page = desktop
    sign_in(page, server, "role:gm-r-jm1")
    assert page.url.endswith("/fagperson")
    assert page.locator("main h1").inner_text() == "Mine gravide"
    assert_accessible(page)
    shot(page, "41-fagperson-liste")
    page.get_by_role("link", name="Amalie Kjeldsen").click()
    page.wait_for_load_state()
    assert "tegn på præeklampsi" in page.locator("main").inner_text()
    assert_accessible(page)
    shot(page, "42-fagperson-forloeb")
    page.locator("summary", has_text="Registrér eller book en konsultation").click()
    page.get_by_label("Dato").fill("04.12.2026")
    page.get_by_label("Blodtryk, systolisk (mmHg)").fill("150")
    page.get_by_label("Blodtryk, diastolisk (mmHg)").fill("97")
    page.get_by_role("button", name="Gem konsultationen").click()
    page.wait_for_load_state()
    assert "Konsultationen er registreret" in page.locator("main").inner_text()
    page.get_by_role("link", name="Blodtryk, systolisk").first.click()
    page.wait_for_load_state()
    assert_accessible(page)
    shot(page, "43-fagperson-element")
    page.get_by_label("Blodtryk, systolisk (mmHg)").fill("148")
    page.get_by_label("Begrundelse for rettelsen").fill("Målt igen efter hvile")
    page.get_by_role("button", name="Gem rettelse").click()
    page.wait_for_load_state()
    assert "Rettelsen er gemt som version 2" in page.locator("main").inner_text()


def test_pregnancy_pages_at_phone_width(phone: Any, server: Any) -> None:
    sign_in(phone, server, f"patient:{server.scenario['gravid']}")
    phone.goto(server.url("/graviditet"))
    assert_accessible(phone)
    _fits(phone)
    shot(phone, "40-min-graviditet")
