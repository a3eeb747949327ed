"""Every page of every role in a real browser, at 1280 px and at 390 px: axe-core finds no serious
or critical violation, the page has one h1 inside ``main``, nothing is wider than the screen, and
a screenshot is written to ``artifacts/screenshots/`` (``pages-<role>-<page>-<width>.png``).

The objects the pages are about (a report, a name request, a group and an entry of the log, an
order, a power of attorney) are made once through the services, in the demo database the server
runs on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import pytest
from webtools import assert_accessible, shot, sign_in

pytestmark = pytest.mark.browser


@contextmanager
def _server_db(server: Any) -> Iterator[Any]:
    from indsigt.config import configure, get_settings
    from indsigt.db import session_scope

    old = {k: os.environ.get(k) for k in ("INDSIGT_KEY_FILE", "INDSIGT_DB")}
    configure(key_file=server.env["INDSIGT_KEY_FILE"], db=server.db)
    try:
        with session_scope(server.db) as s:
            yield s
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        get_settings.cache_clear()


@pytest.fixture(scope="module")
def things(server: Any) -> dict[str, str]:
    from indsigt import cases, namerequests
    from indsigt.protect.orders import list_orders
    from indsigt.proxies import list_proxies
    from indsigt.views import journal_view, log_view

    sc = server.scenario
    heavy, protected = sc["heavy_homecare_citizen"], sc["protected_citizen"]
    with _server_db(server) as s:
        doc = log_view(s, heavy, heavy, entries=True)
        group = next(g for g in doc["groups"] if g["state"] in ("unexplained", "flagged"))
        entry = next(e for e in doc["entries"] if e["group"] == group["id"])
        case = cases.file_report(
            s, heavy, heavy, group=group["id"], text="Jeg kender ikke personen."
        )
        label = next(
            d["author"]
            for d in journal_view(s, protected, protected)["documents"]
            if d["author"] and d["author"][-8:-7] == " " and d["author"][-7:].isalnum()
        )
        namerequests.request_name(s, protected, protected, label, text="Hvem er det?")
        proxy = next(p["id"] for p in list_proxies(s, citizen=sc["proxy"]["proxy"]))
        order = list_orders(s)[0]["id"]
    return {
        "heavy": heavy,
        "protected": protected,
        "proxy_person": sc["proxy"]["proxy"],
        "gid": quote(group["id"]),
        "eid": quote(entry["id"]),
        "case": quote(case["report"]["id"]),
        "label": quote(label),
        "proxy": quote(proxy),
        "order": quote(order),
    }


CITIZEN_PAGES = [
    ("/", "forside"),
    ("/journal", "journal"),
    ("/journal?q=blodsukker", "journal-soeg"),
    ("/aftaler", "aftaler"),
    ("/log", "log"),
    ("/log?fra=01.01.2000&til=02.01.2000", "log-tom-periode"),
    ("/log/gruppe/{gid}", "log-gruppe"),
    ("/log/opslag/{eid}?gruppe={gid}", "log-opslag"),
    ("/log/tidslinje", "log-tidslinje"),
    ("/kort", "kort"),
    ("/anmeld?gruppe={gid}", "anmeld"),
    ("/sager", "sager"),
    ("/sager/{case}", "sag"),
    ("/fuldmagter", "fuldmagter"),
    ("/underretninger", "underretninger"),
    ("/findes-ikke", "404"),
]
PAGES = {
    "borger": ("heavy", CITIZEN_PAGES),
    "beskyttet": (
        "protected",
        [
            ("/journal", "journal"),
            ("/navne/ny?etiket={label}", "anmod-om-navn"),
            ("/sager", "sager"),
        ],
    ),
    "fuldmagtshaver": (
        "proxy_person",
        [("/fuldmagter", "fuldmagter"), ("/fuldmagter/{proxy}/tilbagekald", "tilbagekald")],
    ),
    "admin": (
        "user:dev-admin",
        [
            ("/admin", "overblik"),
            ("/admin/ordrer", "ordrer"),
            ("/admin/ordrer/ny", "ny-ordre"),
            ("/admin/ordrer/{order}", "ordre"),
            ("/admin/sager", "anmeldelser"),
            ("/admin/sager/{case}", "anmeldelse"),
            ("/admin/revisionsspor", "revisionsspor"),
            ("/admin/kort", "kort"),
        ],
    ),
    "revisor": (
        "user:dev-auditor",
        [("/admin", "overblik"), ("/admin/navne", "navneanmodninger"), ("/admin/ordrer", "ordrer")],
    ),
}


def _no_overflow(page: Any) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"{page.url} is {width}px wide"


def _persona(who: str, things: dict[str, str]) -> str:
    return who if who.startswith("user:") else f"patient:{things[who]}"


def _tour(page: Any, server: Any, things: dict[str, str], role: str) -> None:
    who, pages = PAGES[role]
    sign_in(page, server, _persona(who, things))
    problems = []
    for path, name in pages:
        url = path.format(**things)
        resp = page.goto(server.url(url))
        expected = 404 if name == "404" else 200
        if resp is None or resp.status != expected:
            problems.append(f"{url}: {resp.status if resp else 'no response'}")
            continue
        assert page.locator("main h1").count() == 1, url
        assert page.locator("h1").count() == 1, url
        assert_accessible(page)
        shot(page, f"pages-{role}-{name}")
        if page.viewport_size["width"] <= 400:
            _no_overflow(page)
    assert not problems, problems


@pytest.mark.parametrize("role", sorted(PAGES))
def test_every_page_at_1280(desktop: Any, server: Any, things: dict[str, str], role: str) -> None:
    _tour(desktop, server, things, role)


@pytest.mark.parametrize("role", sorted(PAGES))
def test_every_page_at_390(phone: Any, server: Any, things: dict[str, str], role: str) -> None:
    _tour(phone, server, things, role)


def test_a_form_error_keeps_the_page_at_both_widths(
    desktop: Any, phone: Any, server: Any, things: dict[str, str]
) -> None:
    for page in (desktop, phone):
        sign_in(page, server, _persona("heavy", things))
        page.goto(server.url("/fuldmagter"))
        page.get_by_label("CPR-nummer på den, der skal have fuldmagten").fill("010101-0000")
        page.get_by_label("Personens navn").fill("Ingen Sådan")
        with page.expect_navigation():
            page.get_by_role("button", name="Giv fuldmagt").click()
        assert page.locator("#cpr-err").is_visible()
        assert (
            page.get_by_label("CPR-nummer på den, der skal have fuldmagten").input_value()
            == "010101-0000"
        )
        assert page.locator("nav[aria-label=Hovedmenu]").count() == 1
        assert_accessible(page)
        shot(page, "pages-borger-fuldmagt-fejl")
