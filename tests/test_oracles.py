"""No oracles, no side doors (issue 11, item 6).

Words a citizen wrote come back to their author exactly as written: run through the name matcher,
"Mette Holm" would come back as "Sygeplejerske 1a2b3c4" and tell the citizen who is behind the
label. Anyone else who reads them (the principal of a proxy who wrote them, another proxy) gets
them protected like any text. Text staff write to the citizen (a case answer, an auditor's
reasons for a refusal) is protected. The web pages show the same protected documents as the API.
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from indsigt import cases, namerequests
from indsigt.db import session_scope
from test_api_support import PERSONAS, api, sign_in  # noqa: F401

LABEL = re.compile(r"Sygeplejerske [0-9a-f]{7}")
NAMED = "Jeg tror, det var Mette Holm (MLH) fra Kardiologisk afdeling."


def _group(c: TestClient, patient: str = "p1") -> str:
    return c.get(f"/api/citizens/{patient}/log").json()["groups"][0]["id"]


def test_a_report_comes_back_to_its_author_verbatim(api):  # noqa: F811
    anna = api.client("citizen")
    r = anna.post("/api/citizens/p1/reports", json={"group": _group(anna), "text": NAMED})
    assert r.status_code == 201, r.text
    assert r.json()["report"]["text"] == NAMED
    rid = r.json()["report"]["id"]
    assert anna.get(f"/api/citizens/p1/reports/{rid}").json()["report"]["text"] == NAMED
    listed = anna.get("/api/citizens/p1/reports").json()["reports"]
    assert [x["text"] for x in listed] == [NAMED]
    # Anna's proxy reads Anna's words through Anna's protection, like any other text
    carl = api.client("proxy")
    seen = carl.get(f"/api/citizens/p1/reports/{rid}").json()["report"]["text"]
    assert "Mette Holm" not in seen and LABEL.search(seen), seen


def test_a_proxys_report_is_verbatim_to_the_proxy_and_protected_for_the_principal(api):  # noqa: F811
    carl = api.client("proxy")
    r = carl.post("/api/citizens/p1/reports", json={"group": _group(carl), "text": NAMED})
    assert r.status_code == 201, r.text
    rid = r.json()["report"]["id"]
    assert r.json()["report"]["text"] == NAMED
    anna = api.client("citizen")
    seen = anna.get(f"/api/citizens/p1/reports/{rid}").json()["report"]["text"]
    assert "Mette Holm" not in seen and LABEL.search(seen), seen


def test_a_name_request_text_is_verbatim_and_the_refusal_is_protected(api):  # noqa: F811
    anna = api.client("citizen")
    label = anna.get("/api/me/journal").json()["documents"][0]["author"]
    assert LABEL.fullmatch(label)
    own = "Er det Mette Holm? Hun var sød."
    r = anna.post("/api/citizens/p1/name-requests", json={"label": label, "text": own})
    assert r.status_code == 201, r.text
    assert r.json()["request"]["text"] == own
    rid = r.json()["request"]["id"]
    auditor = api.client("auditor")
    refusal = "Mette Holm er beskyttet mod trusler; navnet udleveres ikke."
    d = auditor.post(
        f"/api/auditor/name-requests/{rid}/decision", json={"grant": False, "reason": refusal}
    )
    assert d.status_code == 200, d.text
    (req,) = anna.get("/api/citizens/p1/name-requests").json()["requests"]
    assert req["text"] == own  # her own words
    assert req["status"] == "refused" and req["name"] is None
    assert "Mette Holm" not in req["reason"] and LABEL.search(req["reason"]), req["reason"]
    # ... and the web page shows the same
    page = _web(api, "patient:p1").get("/sager").text
    assert "Mette Holm er beskyttet" not in page and own in page


def test_a_granted_name_is_shown_and_the_answer_text_protected(api):  # noqa: F811
    anna = api.client("citizen")
    label = anna.get("/api/me/journal").json()["documents"][0]["author"]
    rid = anna.post("/api/citizens/p1/name-requests", json={"label": label}).json()["request"]["id"]
    api.client("auditor").post(
        f"/api/auditor/name-requests/{rid}/decision",
        json={"grant": True, "reason": "Udleveret efter samtale med Hans Skov."},
    )
    (req,) = anna.get("/api/citizens/p1/name-requests").json()["requests"]
    assert req["name"] == "Mette Louise Holm"  # released by the auditor's decision
    assert req["reason"] == "Udleveret efter samtale med Hans Skov."  # not hidden from Anna


def test_a_case_answer_naming_the_hidden_nurse_reaches_the_citizen_protected(api):  # noqa: F811
    anna = api.client("citizen")
    rid = anna.post(
        "/api/citizens/p1/reports", json={"group": _group(anna), "text": "Hvem?"}
    ).json()["report"]["id"]
    answer = "Opslaget blev lavet af Mette Holm, som havde en aftale med dig."
    r = api.client("admin").post(
        f"/api/admin/reports/{rid}/status", json={"status": "afsluttet", "text": answer}
    )
    assert r.status_code == 200, r.text
    report = anna.get(f"/api/citizens/p1/reports/{rid}").json()["report"]
    for text in [report["outcome"], *(h["text"] or "" for h in report["history"])]:
        assert "Mette Holm" not in text
    assert LABEL.search(report["outcome"])


def test_the_services_return_the_same_protected_documents(api):  # noqa: F811
    """The service functions the web pages call give the same answer as the API."""
    with session_scope(api.url) as s:
        group = cases.citizen_cases  # noqa: F841  (the service the pages use)
        from indsigt.views import log_view

        gid = log_view(s, "p1", "p1")["groups"][0]["id"]
        doc = cases.file_report(s, "p1", "p1", group=gid, text=NAMED)
        assert doc["report"]["text"] == NAMED
        assert cases.citizen_cases(s, "p1", "p4")["reports"][0]["text"] != NAMED
        label = s.execute(
            __import__("sqlalchemy").text("SELECT code FROM label_pin LIMIT 1")
        ).scalar()
        assert label
        req = namerequests.request_name(s, "p1", "p1", f"Sygeplejerske {label}", text="Mette Holm?")
        assert req["text"] == "Mette Holm?"


def _web(api, persona: str) -> TestClient:  # noqa: F811
    c = TestClient(api.app)
    r = c.get("/log-ind")
    token = re.search(r'name="csrf_token" value="([^"]+)"', r.text).group(1)
    c.post("/log-ind", data={"csrf_token": token, "persona": persona})
    return c


def test_the_web_shows_the_report_text_verbatim_to_its_author(api):  # noqa: F811
    anna = api.client("citizen")
    rid = anna.post("/api/citizens/p1/reports", json={"group": _group(anna), "text": NAMED}).json()[
        "report"
    ]["id"]
    page = _web(api, "patient:p1").get(f"/sager/{rid}").text
    assert NAMED.replace("(", "(") in page


def test_the_web_proxies_page_is_the_protected_view(api, world):  # noqa: F811
    """Mette (p3) is also the nurse hidden from Anna: on Anna's powers-of-attorney page the
    grantee's name is protected exactly as in the API."""
    anna = api.client("citizen")
    r = anna.post(
        "/api/me/proxies",
        json={"proxy_cpr": "6101801234", "proxy_name": "Mette Louise Holm", "scope": ["log"]},
    )
    assert r.status_code == 201, r.text
    api_name = r.json()["proxy_name"]
    listed = {p["proxy"]: p["proxy_name"] for p in anna.get("/api/me/proxies").json()["given"]}
    assert listed["p3"] == api_name
    page = _web(api, "patient:p1").get("/fuldmagter").text
    main = page.split("<main", 1)[1]
    assert api_name in main
    if api_name != "Mette Louise Holm":
        assert "Mette Louise Holm" not in main


def test_a_proxy_reads_the_log_about_the_principal_not_about_themself(api):  # noqa: F811
    """The access log speaks to the citizen ("så dine oplysninger"); a proxy reads every such
    sentence about "borgeren" instead (API and pages), never with the principal's name: a
    citizen's name in every sentence is a name in free text that cannot be told apart from a
    hidden staff member's with the same given name."""
    you = re.compile(r"\b(?:[Dd]u|[Dd]ig|[Dd]in|[Dd]it|[Dd]ine)\b")

    def sentences(doc: dict) -> list[str]:
        out = []
        for item in [*doc.get("groups", []), *doc.get("entries", [])]:
            out += [item.get("summary") or "", *(item.get("reasons") or [])]
            out.append(((item.get("explained_by") or {}).get("text")) or "")
        return [s for s in out if s]

    own = sentences(api.client("citizen").get("/api/citizens/p1/log?entries=true").json())
    assert any(you.search(s) for s in own)  # the citizen is spoken to
    theirs = sentences(api.client("proxy").get("/api/citizens/p1/log?entries=true").json())
    assert theirs and not [s for s in theirs if you.search(s)], theirs
    assert any("borgerens oplysninger" in s for s in theirs), theirs
    assert any(s.startswith("Borgeren") for s in theirs), theirs
    assert not [s for s in theirs if "Anna" in s or "Jensen" in s], theirs
    carl = _web(api, "patient:p4")
    token = re.search(r'name="csrf_token" value="([^"]+)"', carl.get("/fuldmagter").text).group(1)
    carl.post("/skift", data={"csrf_token": token, "borger": "p1"})
    for path in ("/", "/log"):
        main = carl.get(path).text.split("<main", 1)[1].split("</main>", 1)[0]
        assert "dine oplysninger" not in main, path
