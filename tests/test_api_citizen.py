"""End to end through the HTTP API: journal and log (filters, drill-down), powers of attorney,
misuse reports, name requests. Every JSON body a citizen or proxy receives is scanned by the
independent leak detector (``tests/leakcheck.py``) for the nurse hidden from Anna."""

from __future__ import annotations

from sqlalchemy import select

from indsigt.db import session_scope
from indsigt.store import AuditTrail
from indsigt.timeutil import utcnow
from test_api_support import api, guard  # noqa: F401

CPRS = ("6512401234", "7003551111", "6101801234", "6202702222")


def _trail(url: str, prefix: str) -> list[AuditTrail]:
    with session_scope(url) as s:
        return list(
            s.scalars(
                select(AuditTrail)
                .where(AuditTrail.action.startswith(prefix))
                .order_by(AuditTrail.id)
            )
        )


def test_citizen_and_proxy_see_everything_without_a_leak(api):  # noqa: F811
    for role in ("citizen", "proxy"):
        g = guard(api, role)
        c = api.client(role)
        if role == "proxy":
            assert c.put("/api/me/acting-for", json={"patient": "p1"}).status_code == 200
        journal = c.get("/api/me/journal").json()
        assert (journal["patient"], journal["viewer"]) == (
            "p1",
            "p1" if role == "citizen" else "p4",
        )
        authors = {d["author"] for d in journal["documents"]}
        assert any(a.startswith("Sygeplejerske ") for a in authors)  # the hidden nurse's label
        log = c.get("/api/citizens/p1/log", params={"entries": "true"}).json()
        assert log["patient"] == "p1" and log["total"] == 4
        for group in log["groups"]:
            d = c.get(f"/api/citizens/p1/log/groups/{group['id']}").json()
            assert d["entries_matching"] == group["count"]
            assert (d["patient"], d["group"]["id"]) == ("p1", group["id"])
        for path in (
            "/api/me",
            "/api/me/log",
            "/api/citizens/p1/journal",
            "/api/citizens/p1/reports",
            "/api/me/proxies",
            "/api/me/alerts",
            "/api/auth/session",
        ):
            r = c.get(path)
            assert r.status_code == 200, (path, r.text)
            assert not any(cpr in r.text for cpr in CPRS), path
        assert len(g.scanned) >= 10


def test_log_partition_filters_and_paging(api):  # noqa: F811
    c = api.client("citizen")
    guard(api, "citizen")
    log = c.get("/api/me/log", params={"entries": "true"}).json()
    ids = [e["id"] for e in log["entries"]]
    assert sorted(ids) == ["a1", "a2", "a3", "a4"]  # every entry exactly once
    by_group: dict[str, int] = {}
    for e in log["entries"]:
        by_group[e["group"]] = by_group.get(e["group"], 0) + 1
    assert by_group == {g["id"]: g["count"] for g in log["groups"]}
    # organisation (with everything under it)
    kard = c.get("/api/me/log", params={"entries": "true", "organization": "o-kard"}).json()
    assert sorted(e["id"] for e in kard["entries"]) == ["a1", "a2"]
    whole = c.get("/api/me/log", params={"entries": "true", "organization": "o-hosp"}).json()
    assert sorted(e["id"] for e in whole["entries"]) == ["a1", "a2", "a3"]
    # period
    first = min(e["time"] for e in log["entries"])[:10]
    none = c.get("/api/me/log", params={"entries": "true", "until": "2000-01-01"}).json()
    assert none["entries"] == [] and none["groups"] == []
    some = c.get("/api/me/log", params={"entries": "true", "since": first, "until": first}).json()
    assert {e["time"][:10] for e in some["entries"]} == {first}
    # emergency override (værdispring) is flagged
    bg = c.get("/api/me/log", params={"entries": "true", "flag": "break_glass"}).json()
    assert [e["id"] for e in bg["entries"]] == ["a4"]
    assert all("break_glass" in g["flags"] for g in bg["groups"])
    # paging
    page = c.get("/api/me/log", params={"entries": "true", "limit": 2, "offset": 1}).json()
    assert page["entries_matching"] == 4 and [e["id"] for e in page["entries"]] == ids[1:3]
    # bad filters are Danish 422s
    for params in (
        {"flag": "nonsense"},
        {"since": "2026-02-01", "until": "2026-01-01"},
        {"limit": 0},
    ):
        r = c.get("/api/me/log", params=params)
        assert r.status_code == 422 and isinstance(r.json()["detail"], str), params


def test_powers_of_attorney_by_cpr_in_the_body_only(api):  # noqa: F811
    bent, carl = api.client("other"), api.client("proxy")
    body = {"proxy_cpr": "620270-2222", "proxy_name": "Carl Nielsen", "scope": ["log"]}
    r = bent.post("/api/me/proxies", json=body)
    assert r.status_code == 201, r.text
    grant = r.json()
    assert (grant["principal"], grant["proxy"], grant["scope"]) == ("p2", "p4", ["log"])
    assert grant["in_force"] and not any(c in r.text for c in CPRS)
    assert "p2" in [x["patient"] for x in carl.get("/api/me").json()["choices"]]
    assert carl.get("/api/citizens/p2/log").status_code == 200
    assert carl.get("/api/citizens/p2/journal").status_code == 403  # not in the scope
    mine = bent.get("/api/me/proxies").json()
    assert [p["id"] for p in mine["given"]] == [grant["id"]] and mine["received"] == []
    assert carl.get("/api/me/proxies").json()["received"][-1]["principal_name"] == "Bent Holm"
    # Bent revokes it: Carl loses access at once
    assert bent.post(f"/api/me/proxies/{grant['id']}/revoke").json()["revoked"] is True
    assert carl.get("/api/citizens/p2/log").status_code == 403
    # a name that does not match the CPR number, an unknown CPR number: the same answer
    wrong = bent.post("/api/me/proxies", json={**body, "proxy_name": "Carl Hansen"})
    unknown = bent.post("/api/me/proxies", json={**body, "proxy_cpr": "0101011111"})
    assert wrong.status_code == unknown.status_code == 422
    assert wrong.json()["detail"] == unknown.json()["detail"]
    selfie = bent.post(
        "/api/me/proxies", json={"proxy_cpr": "7003551111", "proxy_name": "Bent Holm"}
    )
    assert selfie.status_code == 422
    # a malformed CPR number is refused without being echoed
    bad = bent.post("/api/me/proxies", json={**body, "proxy_cpr": "12345-99"})
    assert bad.status_code == 422 and "12345" not in bad.text
    # the holder of a power of attorney may renounce it
    assert carl.post("/api/me/proxies/fm1/revoke").status_code == 200
    assert carl.get("/api/citizens/p1/journal").status_code == 403
    assert [t.action for t in _trail(api.url, "proxy.")][-3:] == [
        "proxy.add",
        "proxy.revoke",
        "proxy.revoke",
    ]


def test_misuse_report_flow(api):  # noqa: F811
    anna, carl, admin = api.client("citizen"), api.client("proxy"), api.client("admin")
    guard(api, "citizen")
    guard(api, "proxy")
    log = anna.get("/api/me/log", params={"entries": "true"}).json()
    kard = next(
        g
        for g in log["groups"]
        if any(e["id"] == "a1" and e["group"] == g["id"] for e in log["entries"])
    )
    r = anna.post(
        "/api/citizens/p1/reports", json={"group": kard["id"], "text": "Jeg kender ikke de to."}
    )
    assert r.status_code == 201, r.text
    case = r.json()["report"]
    assert case["status"] == "modtaget" and case["status_text"] == "Modtaget"
    assert sorted(e["id"] for e in case["entries"]) == sorted(
        e["id"] for e in log["entries"] if e["group"] == kard["id"]
    )
    r = carl.post("/api/citizens/p1/reports", json={"entry": "a3"})
    assert r.status_code == 201 and [e["id"] for e in r.json()["report"]["entries"]] == ["a3"]
    assert (
        anna.post("/api/citizens/p1/reports", json={"entry": "a3", "group": kard["id"]}).status_code
        == 422
    )
    assert anna.post("/api/citizens/p1/reports", json={}).status_code == 422
    assert anna.post("/api/citizens/p1/reports", json={"entry": "a5"}).status_code == 404  # Bent's
    # the data controller
    listed = admin.get("/api/admin/reports").json()["reports"]
    assert {x["id"] for x in listed} >= {case["id"]} and all(
        x["status"] == "modtaget" for x in listed
    )
    detail = admin.get(f"/api/admin/reports/{case['id']}").json()
    a1 = next(e for e in detail["entries"] if e["id"] == "a1")
    assert a1["name"] == "Mette Louise Holm" and a1["staff"] == "s-holm"
    assert a1["shown_as"].startswith("Sygeplejerske ") and a1["shown_as"] != a1["name"]
    views = _trail(api.url, "case.view_identities")
    assert [(t.actor, t.target) for t in views] == [("adm1", case["id"])]
    assert views[0].details["staff"] == ["s-holm", "s-skov"]
    r = admin.post(f"/api/admin/reports/{case['id']}/status", json={"status": "afsluttet"})
    assert r.status_code == 422  # an outcome text is required to close
    for status, text in (
        ("under_behandling", None),
        ("afsluttet", "Mette Holm er talt med; adgangen var ikke i orden."),
    ):
        r = admin.post(
            f"/api/admin/reports/{case['id']}/status", json={"status": status, "text": text}
        )
        assert r.status_code == 200, r.text
    assert (
        admin.post(
            f"/api/admin/reports/{case['id']}/status", json={"status": "under_behandling"}
        ).status_code
        == 422
    )
    # the citizen follows the case; the answer passes the protection (the guard checks it)
    mine = anna.get(f"/api/citizens/p1/reports/{case['id']}").json()["report"]
    assert mine["status"] == "afsluttet" and "adgangen var ikke i orden" in mine["outcome"]
    assert [h["status"] for h in mine["history"]] == ["modtaget", "under_behandling", "afsluttet"]
    both = carl.get("/api/citizens/p1/reports").json()["reports"]
    assert len(both) == 2
    assert api.client("other").get(f"/api/citizens/p1/reports/{case['id']}").status_code == 403


def test_name_request_flow(api):  # noqa: F811
    anna, carl, auditor = api.client("citizen"), api.client("proxy"), api.client("auditor")
    g = guard(api, "citizen")
    label = next(
        d["author"]
        for d in anna.get("/api/me/journal").json()["documents"]
        if d["author"].startswith("Sygeplejerske")
    )
    r = anna.post("/api/citizens/p1/name-requests", json={"label": label, "text": "Jeg vil klage."})
    assert r.status_code == 201
    req = r.json()["request"]
    assert (req["status"], req["name"]) == ("pending", None)
    # asking again while it waits gives the same request
    again = anna.post("/api/citizens/p1/name-requests", json={"label": label}).json()["request"]
    assert again["id"] == req["id"]
    assert carl.post("/api/citizens/p1/name-requests", json={"label": label}).status_code == 403
    assert carl.get("/api/citizens/p1/name-requests").status_code == 403
    assert (
        anna.post("/api/citizens/p1/name-requests", json={"label": "Sundhedsperson"}).status_code
        == 422
    )
    assert (
        anna.post("/api/citizens/p1/name-requests", json={"label": "Læge 0123456"}).status_code
        == 404
    )
    pending = auditor.get("/api/auditor/name-requests").json()["requests"]
    assert [x["id"] for x in pending] == [req["id"]] and pending[0]["name"] is None
    r = auditor.post(
        f"/api/auditor/name-requests/{req['id']}/decision",
        json={"grant": False, "reason": "Ordren gælder stadig."},
    )
    assert r.status_code == 200 and r.json()["status"] == "refused"
    assert (
        auditor.post(
            f"/api/auditor/name-requests/{req['id']}/decision", json={"grant": True, "reason": "x"}
        ).status_code
        == 422
    )
    mine = anna.get("/api/citizens/p1/name-requests").json()["requests"]
    assert (mine[0]["status"], mine[0]["reason"], mine[0]["name"]) == (
        "refused",
        "Ordren gælder stadig.",
        None,
    )
    # a new request, granted: the name is shown to Anna alone
    req2 = anna.post("/api/citizens/p1/name-requests", json={"label": label}).json()["request"]
    assert req2["id"] != req["id"]
    r = auditor.post(
        f"/api/auditor/name-requests/{req2['id']}/decision",
        json={"grant": True, "reason": "Klagesag 12"},
    )
    assert r.status_code == 200 and r.json()["name"] == "Mette Louise Holm"
    g.paused = True
    mine = anna.get("/api/citizens/p1/name-requests").json()["requests"]
    g.paused = False
    granted = next(x for x in mine if x["id"] == req2["id"])
    assert (granted["status"], granted["name"]) == ("granted", "Mette Louise Holm")
    # everywhere else the label stays (the guard scans these)
    assert label in {d["author"] for d in anna.get("/api/me/journal").json()["documents"]}
    assert carl.get("/api/citizens/p1/journal").status_code == 200
    actions = [t.action for t in _trail(api.url, "")]
    for a in ("namerequest.create", "namerequest.refuse", "label.reveal", "namerequest.grant"):
        assert a in actions
    reveal = _trail(api.url, "label.reveal")[-1]
    assert reveal.actor == "rev1" and "Klagesag 12" in reveal.reason


def test_auditor_reveal_is_recorded_also_when_refused(api):  # noqa: F811
    anna, auditor = api.client("citizen"), api.client("auditor")
    label = anna.get("/api/me/journal").json()["documents"][0]["author"]
    r = auditor.post(
        "/api/auditor/reveal", json={"patient": "p1", "label": label, "reason": "Klage"}
    )
    assert r.status_code == 200 and r.json()["staff"]["name"] == "Mette Louise Holm"
    r = auditor.post(
        "/api/auditor/reveal", json={"patient": "p1", "label": "Sundhedsperson", "reason": "x"}
    )
    assert r.status_code == 422
    refused = _trail(api.url, "label.reveal_failed")
    assert [(t.actor, t.target) for t in refused] == [("rev1", "p1")]
    assert (
        api.client("admin")
        .post("/api/auditor/reveal", json={"patient": "p1", "label": label, "reason": "x"})
        .status_code
        == 403
    )


def test_admin_orders_through_the_api(api):  # noqa: F811
    admin, anna = api.client("admin"), api.client("citizen")
    orders = admin.get("/api/admin/orders").json()["orders"]
    assert [o["id"] for o in orders] == ["ord1"] and orders[0]["in_force"]
    today = utcnow().date().isoformat()
    r = admin.post(
        "/api/admin/orders",
        json=[
            {
                "kind": "staff",
                "staff": "s-skov",
                "from": today,
                "reason": "threats",
                "mode": "blur",
                "decided_by": "Direktionen",
            }
        ],
    )
    assert r.status_code == 201
    journal = anna.get("/api/me/journal").text
    assert "Skov" not in journal and "Sundhedsperson" in journal
    r = admin.post("/api/admin/orders", json={"kind": "patient", "patient": "p1"})
    assert r.status_code == 422 and r.json()["detail"]
    assert (
        admin.post(
            f"/api/admin/orders/{r.json().get('id', 'x')}/revoke", json={"reason": "x"}
        ).status_code
        == 404
    )
    r = admin.post("/api/admin/orders/ord1/revoke", json={"reason": "Ophørt"})
    assert r.status_code == 200 and r.json()["in_force"] is False
    assert "Mette" in anna.get("/api/me/journal").text  # the name is back once the order ends
    trail = admin.get("/api/admin/audit", params={"action": "order."}).json()["entries"]
    assert {"order.add", "order.revoke"} <= {t["action"] for t in trail}
    assert api.client("auditor").get("/api/admin/audit").status_code == 200
