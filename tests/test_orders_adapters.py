"""Order periods through the web pages and the HTTP API: nothing shortens an order silently,
orders ending soon are marked, and an administrator extends one in one step with a reason."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from indsigt.db import session_scope
from indsigt.protect.orders import local_today
from indsigt.store import AuditTrail, ProtectionOrder
from test_api_support import api  # noqa: F401
from test_web_support import Web, post, web  # noqa: F401


def _order(url: str, oid: str) -> ProtectionOrder:
    with session_scope(url) as s:
        order = s.get(ProtectionOrder, oid)
        s.expunge(order)
        return order


def _create(admin, **form) -> str:  # type: ignore[no-untyped-def]
    base = {
        "type": "staff",
        "afdeling": "o-kard",
        "medarbejdere": ["s-skov"],
        "fra": "",
        "til": "",
        "begrundelse": "threats",
        "visning": "pseudonym",
        "titel": "1",
    }
    r = post(admin, "/admin/ordrer", {**base, **form}, page="/admin")
    assert r.status_code == 303, r.text[:500]
    return r.headers["location"].split("?")[0].rsplit("/", 1)[1]


def test_web_form_keeps_the_period_chosen(web: Web):  # noqa: F811
    admin = web.client("admin")
    today = local_today()
    # no end date and "ingen slutdato": open-ended, not 90 days
    oid = _create(admin, ingen_slutdato="1")
    assert _order(web.url, oid).valid_until is None
    # neither: the contract's default period for a staff order
    oid = _create(admin)
    assert _order(web.url, oid).valid_until == today + timedelta(days=90)
    # a department: stands until revoked
    oid = _create(admin, type="organization", afdeling="o-rets", begrundelse="other")
    assert _order(web.url, oid).valid_until is None
    # a date: that date
    end = today + timedelta(days=20)
    oid = _create(admin, til=end.strftime("%d.%m.%Y"))
    assert _order(web.url, oid).valid_until == end
    # both: refused, nothing stored
    r = post(
        admin,
        "/admin/ordrer",
        {
            "type": "staff",
            "afdeling": "o-kard",
            "medarbejdere": ["s-skov"],
            "til": end.isoformat(),
            "ingen_slutdato": "1",
            "begrundelse": "threats",
        },
        page="/admin",
    )
    assert r.status_code == 422 and "ikke begge" in r.text
    form = admin.get("/admin/ordrer/ny", params={"afdeling": "o-kard", "type": "staff"}).text
    assert 'name="ingen_slutdato"' in form


def test_web_marks_expiring_orders_and_extends_in_one_step(web: Web):  # noqa: F811
    admin = web.client("admin")
    today = local_today()
    soon = _create(admin, til=(today + timedelta(days=10)).isoformat())
    later = _create(admin, til=(today + timedelta(days=40)).isoformat())
    page = admin.get("/admin/ordrer").text
    assert "1 ordre udløber inden for 14 dage" in page
    assert "Udløber om 10 dage" in page
    assert page.count("Forlæng 90 dage") == 1  # only the order ending soon has the button
    assert f'action="/admin/ordrer/{soon}/forlaeng"' in page
    assert f'action="/admin/ordrer/{later}/forlaeng"' not in page
    home = admin.get("/admin").text
    assert "udløber inden for 14 dage" in home
    # one step from the list: the reason is required and recorded
    r = post(
        admin,
        f"/admin/ordrer/{soon}/forlaeng",
        {"dage": "90", "tilbage": "liste", "begrundelse": ""},
        page="/admin/ordrer",
    )
    assert r.status_code == 422 and _order(web.url, soon).valid_until == today + timedelta(days=10)
    r = post(
        admin,
        f"/admin/ordrer/{soon}/forlaeng",
        {"dage": "90", "tilbage": "liste", "begrundelse": "Stadig trusler"},
        page="/admin/ordrer",
    )
    assert r.status_code == 303 and r.headers["location"] == "/admin/ordrer?ok=forlaenget"
    assert _order(web.url, soon).valid_until == today + timedelta(days=100)
    assert "Udløber om" not in admin.get("/admin/ordrer").text
    with session_scope(web.url) as s:
        row = s.scalars(select(AuditTrail).where(AuditTrail.action == "order.extend")).one()
        assert (row.target, row.reason, row.details["days"]) == (soon, "Stadig trusler", 90)
    # an auditor sees the marker but may not extend
    auditor = web.client("auditor")
    post(
        admin,
        f"/admin/ordrer/{later}/forlaeng",
        {"til": (today + timedelta(days=12)).isoformat(), "begrundelse": "x"},
        page="/admin",
    )
    page = auditor.get("/admin/ordrer").text
    assert "Udløber om" not in page  # 12 days after 40: the date only moves later
    r = post(
        auditor,
        f"/admin/ordrer/{later}/forlaeng",
        {"dage": "90", "begrundelse": "x"},
        page="/admin",
    )
    assert r.status_code == 403


def test_api_periods_and_extension(api):  # noqa: F811
    admin = api.client("admin")
    today = local_today()
    r = admin.post(
        "/api/admin/orders",
        json=[
            {"id": "open", "kind": "staff", "staff": "s-lund", "until": None, "reason": "other"},
            {"id": "dflt", "kind": "staff", "staff": "s-lund", "reason": "other"},
            {
                "id": "soon",
                "kind": "staff",
                "staff": "s-lund",
                "reason": "other",
                "until": (today + timedelta(days=3)).isoformat(),
            },
        ],
    )
    assert r.status_code == 201, r.text
    rows = {o["id"]: o for o in admin.get("/api/admin/orders").json()["orders"]}
    assert rows["open"]["until"] is None and rows["open"]["days_left"] is None
    assert rows["dflt"]["until"] == (today + timedelta(days=90)).isoformat()
    assert rows["soon"]["expiring"] is True and rows["soon"]["days_left"] == 3
    expiring = admin.get("/api/admin/orders", params={"expiring": "true"}).json()["orders"]
    assert [o["id"] for o in expiring] == ["soon"]
    r = admin.post("/api/admin/orders/soon/extend", json={"days": 90, "reason": "Fortsat"})
    assert r.status_code == 200, r.text
    assert r.json()["until"] == (today + timedelta(days=93)).isoformat()
    assert r.json()["expiring"] is False
    r = admin.post("/api/admin/orders/dflt/extend", json={"until": None, "reason": "Varig"})
    assert r.status_code == 200 and r.json()["until"] is None
    for body in (
        {"reason": "x"},
        {"days": 5, "until": "2099-01-01", "reason": "x"},
        {"days": None, "reason": "x"},
        {"days": 0, "reason": "x"},
    ):
        r = admin.post("/api/admin/orders/soon/extend", json=body)
        assert r.status_code == 422, body
    r = admin.post(
        "/api/admin/orders/soon/extend", json={"until": date(2000, 1, 1).isoformat(), "reason": "x"}
    )
    assert r.status_code == 422 and "revoke" in r.json()["detail"]


def test_api_import_warns_about_source_ids_with_staff_names(api):  # noqa: F811
    import io
    import json as _json

    import builders as b

    note = b.document("notat-hans.skov-9", "p1", "r-skov", "2026-01-20T09:00:00+01:00", "Ok.")
    body = (_json.dumps(note) + "\n").encode()
    r = api.client("admin").post(
        "/api/admin/import",
        files={"files": ("noter.ndjson", io.BytesIO(body), "application/x-ndjson")},
    )
    assert r.status_code == 200, r.text
    [warning] = r.json()["files"][0]["warnings"]
    assert warning.startswith("noter.ndjson:1: id'et 'notat-hans.skov-9' indeholder")
