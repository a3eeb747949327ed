"""Every web page × every role: the expected HTTP status per cell, as the API matrix does for the
API (``test_api_matrix.py``).

Roles: ``anonymous``; ``anna`` = the citizen (p1); ``carl`` = Anna's proxy (p4), on his own data
(he has not switched to Anna's); ``bent`` = another citizen (p2) with no power of attorney;
``admin``; ``auditor``. ``{gid}``, ``{eid}``, ``{case}`` and ``{label}`` are Anna's.

A page that needs a sign-in sends the anonymous visitor to the sign-in page (303); a citizen's
page refuses staff (403) and a staff page refuses citizens (403); what is not in one's own data
is not found (404). Each role runs the whole table on a fresh world (changes come late), and the
test reports every cell that differs at once. A further test checks that every page is in the
table, and that every link in each role's menu opens.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from indsigt.db import session_scope
from test_web_support import CSRF_RE, Web, sign_in, web  # noqa: F401

ROLES = ("anonymous", "anna", "carl", "bent", "admin", "auditor")
GRANT = {"cpr": "610180-1234", "navn": "Mette Louise Holm", "omfang": ["log"]}

# method, path, form, expected status per role in ROLES order
TABLE: list[tuple[str, str, dict | None, str]] = [
    # ----------------------------------------------------------------------- anon ann car ben adm aud
    ("GET", "/log-ind", None, "200 303 303 303 303 303"),
    ("GET", "/", None, "303 200 200 200 303 303"),
    ("GET", "/journal", None, "303 200 200 200 403 403"),
    ("GET", "/journal?q=ekg&org=Kardiologisk%20afdeling", None, "303 200 200 200 403 403"),
    ("GET", "/log", None, "303 200 200 200 403 403"),
    ("GET", "/log?fra=01.01.2020&til=31.12.2099&vis=flagged", None, "303 200 200 200 403 403"),
    ("GET", "/log?fra=32.13.2026", None, "303 422 422 422 403 403"),
    ("GET", "/log?org=findes-ikke", None, "303 422 422 422 403 403"),
    ("GET", "/log/tidslinje", None, "303 200 200 200 403 403"),
    ("GET", "/log/tidslinje.svg", None, "303 200 200 200 403 403"),
    ("GET", "/log/gruppe/{gid}", None, "303 200 404 404 403 403"),
    ("GET", "/log/opslag/{eid}", None, "303 200 404 404 403 403"),
    ("GET", "/log/opslag/{eid}/bevis.json", None, "303 200 404 404 403 403"),
    ("GET", "/log/eksport.csv", None, "303 200 200 200 403 403"),
    ("GET", "/log/eksport.pdf", None, "303 200 200 200 403 403"),
    ("GET", "/kort", None, "303 200 200 200 403 403"),
    ("GET", "/anmeld?gruppe={gid}", None, "303 200 404 404 403 403"),
    ("GET", "/anmeld", None, "303 422 422 422 403 403"),
    ("GET", "/sager", None, "303 200 200 200 403 403"),
    ("GET", "/sager/{case}", None, "303 200 404 404 403 403"),
    ("GET", "/navne/ny?etiket={label}", None, "303 200 200 200 403 403"),
    ("GET", "/navne/ny?etiket=Mette%20Holm", None, "303 422 422 422 403 403"),
    ("GET", "/fuldmagter", None, "303 200 200 200 403 403"),
    ("GET", "/fuldmagter/fm1/tilbagekald", None, "303 200 200 404 403 403"),
    ("GET", "/underretninger", None, "303 200 200 200 403 403"),
    ("GET", "/aftaler", None, "303 200 200 200 403 403"),
    ("GET", "/kalender/ukendt.ics", None, "404 404 404 404 404 404"),
    ("GET", "/admin", None, "303 403 403 403 200 200"),
    ("GET", "/admin/ordrer", None, "303 403 403 403 200 200"),
    ("GET", "/admin/ordrer?vis=alle", None, "303 403 403 403 200 200"),
    ("GET", "/admin/ordrer/ny", None, "303 403 403 403 200 403"),
    ("GET", "/admin/ordrer/ord1", None, "303 403 403 403 200 200"),
    ("GET", "/admin/ordrer/findes-ikke", None, "303 403 403 403 404 404"),
    ("GET", "/admin/sager", None, "303 403 403 403 200 403"),
    ("GET", "/admin/sager/{case}", None, "303 403 403 403 200 403"),
    ("GET", "/admin/navne", None, "303 403 403 403 403 200"),
    ("GET", "/admin/revisionsspor", None, "303 403 403 403 200 200"),
    ("GET", "/admin/logkontrol", None, "303 403 403 403 200 403"),
    ("GET", "/admin/kort", None, "303 403 403 403 200 200"),
    ("GET", "/findes/ikke", None, "404 404 404 404 404 404"),
    # -- changes --------------------------------------------------------------------------------
    ("POST", "/anmeld", {"gruppe": "{gid}", "tekst": "Hvem?"}, "303 303 404 404 403 403"),
    ("POST", "/anmeld", {"gruppe": "{gid}", "tekst": "x" * 4001}, "303 422 404 404 403 403"),
    ("POST", "/navne/ny", {"etiket": "{label}", "tekst": "Hvem?"}, "303 303 404 404 403 403"),
    ("POST", "/fuldmagter", GRANT, "303 303 303 303 403 403"),
    ("POST", "/fuldmagter", {**GRANT, "navn": "Forkert Navn"}, "303 422 422 422 403 403"),
    ("POST", "/skift", {"borger": "p1"}, "303 303 303 403 403 403"),
    ("POST", "/skift", {"borger": ""}, "303 303 303 303 403 403"),
    (
        "POST",
        "/underretninger",
        {"email": "a@example.org", "typer": ["flagged"]},
        "303 303 303 303 403 403",
    ),
    ("POST", "/underretninger", {"email": "ikke en adresse"}, "303 422 422 422 403 403"),
    ("POST", "/aftaler/kalender", {}, "303 200 200 200 403 403"),
    ("POST", "/aftaler/kalender", {"handling": "slet"}, "303 303 303 303 403 403"),
    ("POST", "/aftaler/paamindelser", {"email": "a@example.org"}, "303 303 303 303 403 403"),
    ("POST", "/aftaler/paamindelser", {"email": "x", "dage": "2"}, "303 422 422 422 403 403"),
    (
        "POST",
        "/admin/ordrer/ny",
        {"type": "patient", "afdeling": "o-kard"},
        "303 403 403 403 200 403",
    ),
    (
        "POST",
        "/admin/ordrer",
        {"type": "staff", "medarbejdere": ["s-lund"], "begrundelse": "other", "visning": "blur"},
        "303 403 403 403 303 403",
    ),
    ("POST", "/admin/ordrer", {"type": "staff"}, "303 403 403 403 422 403"),
    (
        "POST",
        "/admin/ordrer/ord1/forlaeng",
        {"til": "2099-01-01", "begrundelse": "Fortsat"},
        "303 403 403 403 303 403",
    ),
    ("POST", "/admin/sager/{case}", {"status": "under_behandling"}, "303 403 403 403 303 403"),
    (
        "POST",
        "/admin/navne/{namereq}",
        {"afgoerelse": "afslaa", "begrundelse": "Nej"},
        "303 403 403 403 403 303",
    ),
    # -- late ---------------------------------------------------------------------------------
    ("POST", "/fuldmagter/fm1/tilbagekald", {}, "303 303 303 404 403 403"),
    ("POST", "/admin/ordrer/ord1/tilbagekald", {"begrundelse": "Slut"}, "303 403 403 403 303 403"),
    ("POST", "/log-ud", {}, "303 303 303 303 303 303"),
    ("GET", "/journal", None, "303 303 303 303 303 303"),
]


def _fill(value: str, ctx: dict[str, str]) -> str:
    for k, v in ctx.items():
        value = value.replace("{" + k + "}", v)
    return value


def _setup(web: Web) -> dict[str, str]:  # noqa: F811
    """A report and a name request filed by Anna, Anna's first group and entry, her label."""
    from indsigt import cases, namerequests
    from indsigt.views import journal_view, log_view

    with session_scope(web.url) as s:
        label = journal_view(s, "p1", "p1")["documents"][0]["author"]
        doc = log_view(s, "p1", "p1", entries=True)
        gid = doc["groups"][0]["id"]
        eid = next(e["id"] for e in doc["entries"] if e["group"] == gid)
        case = cases.file_report(s, "p1", "p1", group=gid, text="Hvem?")["report"]["id"]
        req = namerequests.request_name(s, "p1", "p1", label)["id"]
    return {"gid": gid, "eid": eid, "case": case, "namereq": req, "label": label}


def _client(web: Web, role: str):  # type: ignore[no-untyped-def]  # noqa: F811
    from fastapi.testclient import TestClient

    c = TestClient(web.app)
    if role != "anonymous":
        sign_in(
            c,
            {"anna": "patient:p1", "carl": "patient:p4", "bent": "patient:p2"}.get(role)
            or f"user:{'adm1' if role == 'admin' else 'rev1'}",
        )
    return c


def _token(c) -> str:  # type: ignore[no-untyped-def]
    page = c.get("/log-ind", follow_redirects=True)
    m = CSRF_RE.search(page.text)
    assert m, "every page carries the session's CSRF token"
    return m.group(1)


@pytest.mark.parametrize("role", ROLES)
def test_matrix(web: Web, role: str) -> None:  # noqa: F811
    ctx = _setup(web)
    c = _client(web, role)
    wrong: list[str] = []
    for method, path, form, expected in TABLE:
        want = int(expected.split()[ROLES.index(role)])
        url = _fill(path, {k: quote(v) for k, v in ctx.items()})
        if method == "GET":
            r = c.get(url, follow_redirects=False)
        else:
            data = {k: _fill(v, ctx) if isinstance(v, str) else v for k, v in (form or {}).items()}
            r = c.post(url, data={"csrf_token": _token(c), **data}, follow_redirects=False)
        if r.status_code != want:
            wrong.append(f"{method} {url}: {r.status_code} (ventet {want})")
            continue
        if r.status_code == 303 and role == "anonymous" and url.startswith(("/admin", "/journal")):
            assert r.headers["location"].startswith("/log-ind"), url
        if r.status_code in (403, 404, 422) and "text/html" in r.headers.get("content-type", ""):
            assert '<html lang="da">' in r.text and "<main" in r.text, url  # a Danish page
    assert not wrong, f"{role}:\n  " + "\n  ".join(wrong)


def test_every_web_page_is_in_the_matrix(web: Web) -> None:  # noqa: F811
    from indsigt.web import admin, pages

    def norm(path: str) -> str:
        path = re.sub(r"\?.*$", "", path)
        for concrete in ("findes-ikke", "fm1", "ord1", "ukendt"):
            path = path.replace(f"/{concrete}", "/{}")
        return re.sub(r"\{[^}]+\}", "{}", path)

    covered = {(m, norm(p)) for m, p, _, _ in TABLE}
    routes = {
        (m, norm(r.path))
        for r in [*pages.router.routes, *admin.router.routes]
        for m in r.methods  # type: ignore[attr-defined]
    }
    missing = sorted(routes - covered - {("POST", "/log-ind")})  # signing in: test_web_pages
    assert len(routes) >= 40
    assert not missing, missing


@pytest.mark.parametrize("role", ["anna", "carl", "admin", "auditor"])
def test_every_menu_link_opens(web: Web, role: str) -> None:  # noqa: F811
    """The menu of each role holds only pages that role may open (the auditor's has no
    link to the administrators' reports)."""
    c = _client(web, role)
    home = c.get("/", follow_redirects=True)
    nav = home.text.split('aria-label="Hovedmenu"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'href="([^"]+)"', nav)
    assert len(links) >= 5
    for href in links:
        r = c.get(href)
        assert r.status_code == 200, (role, href, r.status_code)
    if role == "auditor":
        assert "/admin/sager" not in links and "/admin/navne" in links
    if role == "admin":
        assert "/admin/navne" not in links and "/admin/sager" in links
