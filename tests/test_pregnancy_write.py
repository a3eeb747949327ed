"""Professionals write the pregnancy record: provenance (who, role, organisation, when), a full
version history, optimistic concurrency (ETag / If-Match: two writers, one stale -> 412), nothing
ever deleted, and every professional read and write an entry of indsigt's own access log that
the woman sees in her log, explained by the pregnancy episode."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from indsigt.db import session_scope
from indsigt.pregnancy import services
from indsigt.store import AccessEntry
from indsigt.store.pregnancy import PregnancyElement, PregnancyElementVersion
from indsigt.views import log_view
from pregnancy_world import preg  # noqa: F401  (fixture)

P = "/api/pregnancies/preg-anna"


def _count(url: str, model) -> int:  # type: ignore[no-untyped-def]
    with session_scope(url) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_two_writers_one_stale_gets_412_and_nothing_is_overwritten(preg) -> None:  # noqa: F811
    gp, jm = preg.client("gp"), preg.client("midwife")
    r = jm.post(f"{P}/elements", json={"kind": "vaegt", "value": 73.5})
    assert r.status_code == 201
    eid, tag = r.json()["id"], r.headers["ETag"]
    assert tag == 'W/"1"' and r.headers["Location"].endswith(eid)
    # both read version 1
    assert gp.get(f"{P}/elements/{eid}").headers["ETag"] == tag
    assert jm.get(f"{P}/elements/{eid}").headers["ETag"] == tag
    first = jm.put(
        f"{P}/elements/{eid}",
        json={"value": 73.0, "reason": "Vejet igen"},
        headers={"If-Match": tag},
    )
    assert first.status_code == 200 and first.headers["ETag"] == 'W/"2"'
    stale = gp.put(
        f"{P}/elements/{eid}",
        json={"value": 74.0, "reason": "Min måling"},
        headers={"If-Match": tag},
    )
    assert stale.status_code == 412, stale.text
    assert "version 2" in stale.json()["detail"]
    missing = gp.put(f"{P}/elements/{eid}", json={"value": 74.0, "reason": "x"})
    assert missing.status_code == 428
    h = gp.get(f"{P}/elements/{eid}").json()
    assert [v["value"]["value"]["value"] for v in h["versions"]] == [73.5, 73.0]
    # the GP, having seen version 2, may correct it
    ok = gp.put(
        f"{P}/elements/{eid}",
        json={"value": 74.0, "reason": "Min måling"},
        headers={"If-Match": 'W/"2"'},
    )
    assert ok.status_code == 200 and ok.json()["version"] == 3


def test_provenance_and_history_of_every_version(preg) -> None:  # noqa: F811
    jm, gp = preg.client("midwife"), preg.client("gp")
    eid = jm.post(
        f"{P}/elements", json={"kind": "protein", "value": {"low": 0.3, "high": 1}}
    ).json()["id"]
    gp.put(
        f"{P}/elements/{eid}",
        json={"value": {"low": 0, "high": 0.3}, "reason": "Aflæst forkert"},
        headers={"If-Match": 'W/"1"'},
    )
    gp.post(
        f"{P}/elements/{eid}/withdraw",
        json={"reason": "Forkert kvinde"},
        headers={"If-Match": 'W/"2"'},
    )
    h = jm.get(f"{P}/elements/{eid}").json()
    v1, v2, v3 = h["versions"]
    assert v1["author"]["name"] == "Birgitte Kjærsgaard" and v1["author"]["role"] == "r-jm"
    assert (
        v1["author"]["profession"] == "Jordemoder"
        and v1["author"]["organization"] == "Jordemodercenter Testby"
    )
    assert v1["status"] == "final" and v1["reason"] is None and v1["recorded"]
    assert (
        v2["author"]["name"] == "Lars Bager"
        and v2["author"]["organization"] == "Lægerne i Vestergade"
    )
    assert v2["status"] == "amended" and v2["reason"] == "Aflæst forkert"
    assert v3["status"] == "entered-in-error" and v3["reason"] == "Forkert kvinde"
    assert v3["value"] == v2["value"]  # withdrawn, not changed
    assert v1["recorded"] <= v2["recorded"] <= v3["recorded"]
    # the withdrawn element stays in the record, marked
    rec = jm.get(P).json()
    el = next(e for e in rec["elements"] if e["id"] == eid)
    assert el["status"] == "entered-in-error" and el["version"] == 3


def test_a_correction_needs_a_reason_and_nothing_is_ever_deleted(preg) -> None:  # noqa: F811
    jm = preg.client("midwife")
    eid = jm.post(f"{P}/elements", json={"kind": "vaegt", "value": 70}).json()["id"]
    r = jm.put(
        f"{P}/elements/{eid}", json={"value": 71, "reason": "  "}, headers={"If-Match": 'W/"1"'}
    )
    assert r.status_code == 422
    # no route deletes: the API has no DELETE on the record at all
    for path in (P, f"{P}/elements/{eid}"):
        assert jm.delete(path).status_code == 405
    with session_scope(preg.url) as s:
        assert s.get(PregnancyElementVersion, (eid, 1)) is not None


def test_record_a_visit_with_measurements_is_one_write(preg) -> None:  # noqa: F811
    jm = preg.client("midwife")
    before = _count(preg.url, PregnancyElement)
    body = {
        "start": "2026-12-04T10:00:00+01:00",
        "elements": [
            {"kind": "systolisk-blodtryk", "value": 124},
            {"kind": "diastolisk-blodtryk", "value": 78},
            {"kind": "symfyse-fundus", "value": 300},
            {"kind": "hjertelyd", "value": "Hørt, 140/min"},
        ],
    }
    r = jm.post(f"{P}/visits", json=body)
    assert r.status_code == 201, r.text
    assert _count(preg.url, PregnancyElement) == before + 4
    # one invalid measurement: the visit and all its measurements are refused together
    bad = {**body, "elements": [*body["elements"], {"kind": "vaegt", "value": 999}]}
    r = jm.post(f"{P}/visits", json=bad)
    assert r.status_code == 422 and "uden for det mulige" in r.json()["detail"]
    assert _count(preg.url, PregnancyElement) == before + 4
    rec = jm.get(P).json()
    assert len([v for v in rec["visits"] if v["kind"] == "encounter"]) == 5


def test_every_professional_read_and_write_is_in_her_log_explained_by_the_pregnancy(preg) -> None:  # noqa: F811
    with session_scope(preg.url) as s:
        before = s.scalar(
            select(func.count()).select_from(AccessEntry).where(AccessEntry.patient_id == "p-anna")
        )
    jm, ul, sp = preg.client("midwife"), preg.client("sonographer"), preg.client("health_visitor")
    jm.get(P)
    jm.post(f"{P}/elements", json={"kind": "vaegt", "value": 72})
    ul.get(f"{P}/documents/PMR")
    sp.get("/api/pregnancies")
    refused = preg.client("other_gp").get(P)
    assert refused.status_code == 403
    with session_scope(preg.url) as s:
        rows = s.scalars(
            select(AccessEntry).where(AccessEntry.patient_id == "p-anna").order_by(AccessEntry.time)
        ).all()
    new = rows[before:]
    assert [(e.user_role_id, e.action) for e in new] == [
        ("r-jm", "R"),
        ("r-jm", "C"),
        ("r-ul", "R"),
        ("r-sp", "R"),
    ]
    assert all(e.data_ref == "EpisodeOfCare/preg-anna" and e.source == "indsigt" for e in new)
    # a refused attempt reads nothing and leaves no entry; her log shows the four, explained
    with session_scope(preg.url) as s:
        log = log_view(s, "p-anna", "p-anna", entries=True)
    ours = [e for e in log["entries"] if e["id"] in {x.id for x in new}]
    assert len(ours) == 4
    for e in ours:
        assert e["explained_by"] and e["explained_by"]["kind"] == "episode", e
        assert "no_relation" not in e["flags"]
    actors = {e["actor"] for e in ours}
    assert {"Birgitte Kjærsgaard", "Jonas Falkenberg", "Tove Rosendahl"} <= actors
    # each entry has its leaf in the tamper-evident log, and the log verifies
    from indsigt.integrity.log import verify
    from indsigt.store.integrity import MerkleLeaf

    with session_scope(preg.url) as s:
        report = verify(s)
        assert report.ok, report.as_dict()
        leaves = set(
            s.scalars(
                select(MerkleLeaf.entry_id).where(MerkleLeaf.entry_id.in_([e.id for e in new]))
            )
        )
        assert leaves == {e.id for e in new}


def test_the_woman_writes_wishes_with_if_match_and_notes(preg) -> None:  # noqa: F811
    c = preg.client("woman")
    doc = c.get("/api/me/pregnancy").json()
    tag = doc["wishes"]["etag"]
    items = [{"linkId": "smertelindring", "answer": "Lattergas, måske epidural"}]
    r = c.put("/api/me/pregnancy/wishes", json={"items": items}, headers={"If-Match": tag})
    assert r.status_code == 200 and r.headers["ETag"] == 'W/"2"'
    stale = c.put("/api/me/pregnancy/wishes", json={"items": items}, headers={"If-Match": tag})
    assert stale.status_code == 412
    assert (
        c.post("/api/me/pregnancy/notes", json={"text": "Mærkede spark i dag"}).status_code == 201
    )
    doc = c.get("/api/me/pregnancy").json()
    assert doc["wishes"]["items"][0]["own_text"] == "Lattergas, måske epidural"
    assert doc["notes"][0]["own_text"] == "Mærkede spark i dag"
    # her proxy reads the wishes but neither writes them nor sees her notes
    proxy = preg.client("proxy")
    seen = proxy.get("/api/citizens/p-anna/pregnancy").json()
    assert seen["wishes"]["items"][0]["own_text"] == "Lattergas, måske epidural"
    assert "notes" not in seen
    # professionals see the wishes, never her notes
    rec = preg.client("midwife").get(P).json()
    assert any(e["kind"] == "foedselsoensker" for e in rec["elements"])
    assert not any(e["kind"] == "egen-note" for e in rec["elements"])


def test_header_change_needs_if_match_and_moves_the_window(preg) -> None:  # noqa: F811
    gp = preg.client("gp")
    rec = gp.get(P)
    tag = rec.headers["ETag"]
    r = gp.put(
        P,
        json={"gravida": 2, "para": 1, "reason": "Tidligere fødsel oplyst"},
        headers={"If-Match": tag},
    )
    assert r.status_code == 200, r.text
    assert gp.put(P, json={"gravida": 3}, headers={"If-Match": tag}).status_code == 412
    assert (
        gp.put(
            P, json={"para": 2, "gravida": 2}, headers={"If-Match": r.headers["ETag"]}
        ).status_code
        == 422
    )
    done = gp.put(P, json={"end": "2027-01-30"}, headers={"If-Match": r.headers["ETag"]})
    assert done.status_code == 200 and done.json()["header"]["status"] == "finished"


@pytest.mark.parametrize("rounds", [6])
def test_concurrent_writers_in_threads_exactly_one_wins_each_round(preg, rounds: int) -> None:  # noqa: F811
    """Real concurrency against the database (SQLite or PostgreSQL): writers on their own
    sessions correct the same version at once; exactly one succeeds per round."""
    from pregnancy_world import professional

    profs = [professional(preg.url, who) for who in ("gp", "midwife", "birthplace")]
    with session_scope(preg.url) as s:
        eid = services.add_element(s, profs[1], "preg-anna", "vaegt", 70)["id"]
    version = 1
    for n in range(rounds):
        results: list[str] = []
        barrier = threading.Barrier(len(profs))

        def write(p, v=version, n=n, barrier=barrier, results=results) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            try:
                with session_scope(preg.url) as s:
                    services.correct_element(s, p, "preg-anna", eid, v, 70 + n + 0.1, f"runde {n}")
                results.append("ok")
            except services.Stale:
                results.append("stale")

        threads = [threading.Thread(target=write, args=(p,)) for p in profs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(results) == ["ok", "stale", "stale"], results
        version += 1
    with session_scope(preg.url) as s:
        assert s.get(PregnancyElement, eid).version == rounds + 1
        n_versions = s.scalar(
            select(func.count())
            .select_from(PregnancyElementVersion)
            .where(PregnancyElementVersion.element_id == eid)
        )
    assert n_versions == rounds + 1
