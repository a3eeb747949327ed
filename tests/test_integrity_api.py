"""The tamper-evident log over HTTP: a citizen's proof verifies against the published key and
never names the hidden nurse; the log says when a source is incomplete."""

from __future__ import annotations

import json
from datetime import timedelta

from indsigt.db import session_scope
from indsigt.integrity import completeness
from indsigt.integrity.log import check_consistency, check_inclusion
from indsigt.timeutil import to_local, utcnow
from test_api_support import api  # noqa: F401  (fixture)


def test_citizen_proof_verifies_against_the_published_key(api) -> None:  # noqa: F811
    anon = api.client("anonymous")
    key = anon.get("/api/transparency/key").json()["verifier_key"]
    note = anon.get("/api/transparency/checkpoint")
    assert note.status_code == 200 and note.headers["content-type"].startswith("text/plain")
    anna = api.client("citizen")
    doc = anna.get("/api/me/log/entries/a1/proof").json()
    cp = check_inclusion(doc, key)
    assert cp.size == doc["tree_size"] == 6 and note.text == doc["checkpoint"]
    assert doc["leaf"]["patient"] == "p1" and doc["patient"] == "p1"
    # a1 was made by the nurse hidden from Anna: nothing of her is in the proof (its base64
    # hashes and signatures aside, which are random letters)
    codes = ("leaf_hash", "proof", "checkpoint", "verifier_key")
    body = json.dumps({k: v for k, v in doc.items() if k not in codes}).lower()
    for person in api.hidden_people():
        for part in (person["id"], person["name"][0]["family"], "r-holm", "mlh", "mette"):
            assert part.lower() not in body, part
    assert set(doc["leaf"]) == {
        "v", "kind", "id", "patient", "time", "action", "purpose", "organization", "system",
        "source", "user", "details",
    }  # fmt: skip
    cons = anon.get("/api/transparency/consistency", params={"first": 6}).json()
    check_consistency(cons, key)
    # the proxy sees the principal's proof, with the same leaf
    carl = api.client("proxy")
    via_proxy = carl.get("/api/citizens/p1/log/entries/a1/proof").json()
    assert via_proxy["leaf"] == doc["leaf"] and via_proxy["viewer"] == "p4"


def test_log_says_when_a_source_is_incomplete(api) -> None:  # noqa: F811
    day = to_local(utcnow() - timedelta(days=3)).date()
    with session_scope(api.url) as s:
        completeness.declare(
            s, [completeness.Declaration("Sundhedsplatformen", day, 5)], actor="drift"
        )
    doc = api.client("citizen").get("/api/me/log").json()
    assert [(g["system"], g["from"], g["declared"]) for g in doc["incomplete"]] == [
        ("Sundhedsplatformen", day.isoformat(), 5)
    ]
    assert doc["incomplete"][0]["text"].startswith("Loggen kan være ufuldstændig den ")
    admin = api.client("admin")
    rep = admin.get("/api/admin/completeness").json()
    assert rep["complete"] is False
