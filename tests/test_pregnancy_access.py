"""Who may see what in the pregnancy record: the role × section matrix (sensitive sections),
proxies and the partner, protection orders (the midwife hidden from a violent partner), the
care team (organisations below a team member, one brought in later), and the two-year window
after the pregnancy ends (professionals lose access, the woman keeps hers)."""

from __future__ import annotations

from datetime import timedelta

import orjson
import pytest

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.errors import Forbidden
from indsigt.ingest.importer import Importer
from indsigt.pregnancy import access, services
from indsigt.pregnancy.access import MATRIX, PROFESSIONS, add_years
from indsigt.protect.orders import add_orders
from indsigt.proxies import add_proxies
from indsigt.store.pregnancy import Pregnancy
from indsigt.timeutil import local_midnight, local_today, utcnow
from indsigt.views import pregnancy as view
from leakcheck import assert_no_leak
from pregnancy_world import STAFF, preg, professional  # noqa: F401  (fixture)

#: text of Anna's sensitive elements (mental illness, social vulnerability, partner) and where
SENSITIVE = {
    "psykisk": "Angst efter tidligere fødsel",
    "social": "Vold i parforholdet",
    "partner": "drikker meget",
}
MIDWIFE = [p for p in STAFF if p.get("id") == "s-jm"]


def _text(doc: object) -> str:
    return orjson.dumps(doc).decode()


@pytest.mark.parametrize("who", list(PROFESSIONS))
def test_each_profession_reads_exactly_its_sections(preg, who: str) -> None:  # noqa: F811
    if who == "health_visitor":
        pass  # on the team through the booked home visit
    p = professional(preg.url, who)
    with session_scope(preg.url) as s:
        doc = services.open_record(s, p, "preg-anna")
    sections = {e["section"] for e in doc["elements"]}
    allowed = {sec for sec, rights in MATRIX.items() if rights.get(p.profession)}
    assert sections <= allowed, sections - allowed
    text = _text(doc)
    for sec, phrase in SENSITIVE.items():
        assert (phrase in text) == (sec in allowed), (who, sec)
    for sec in ("egne_noter",):
        assert sec not in sections
    for sec, rights in MATRIX.items():
        assert (sec in doc["sections"]) == (bool(rights.get(p.profession)) and sec != "egne_noter")


def test_the_woman_reads_everything_and_her_proxy_not_the_sensitive_sections(preg) -> None:  # noqa: F811
    woman = preg.client("woman")
    own = woman.get("/api/me/pregnancy").json()
    for phrase in SENSITIVE.values():
        assert phrase in _text(own)
    proxy = preg.client("proxy")
    for path in (
        "/api/citizens/p-anna/pregnancy",
        "/api/citizens/p-anna/pregnancy/documents/PRF",
        "/api/citizens/p-anna/pregnancy/documents/PSCR",
        "/api/citizens/p-anna/pregnancy/documents/PMR",
    ):
        r = proxy.get(path)
        assert r.status_code == 200, r.text
        for phrase in SENSITIVE.values():
            assert phrase not in r.text, (path, phrase)
    # the web page: she switches to Anna's data first
    page = preg.client("proxy")
    token = page.headers["X-CSRF-Token"]
    page.post("/skift", data={"borger": "p-anna", "csrf_token": token})
    html = page.get("/graviditet")
    assert html.status_code == 200 and "Anna" in html.text
    for phrase in SENSITIVE.values():
        assert phrase not in html.text


def test_the_partner_sees_nothing_without_a_power_of_attorney(preg) -> None:  # noqa: F811
    bo = preg.client("partner")
    for path in ("/api/citizens/p-anna/pregnancy", "/api/citizens/p-anna/pregnancy/documents/PSCR"):
        r = bo.get(path)
        assert r.status_code == 403 and "Anna" not in r.text
    # a power of attorney for journal and log does not cover the pregnancy
    with session_scope(preg.url) as s:
        add_proxies(
            s, {"principal": "p-anna", "proxy": "p-bo", "scope": ["journal", "log"]}, actor="test"
        )
    assert bo.get("/api/citizens/p-anna/pregnancy").status_code == 403


def test_partner_with_power_of_attorney_sees_the_midwife_only_as_a_label(preg) -> None:  # noqa: F811
    """The order hides the midwife from the partner (toward him, not toward Anna): with Anna's
    power of attorney he sees her pregnancy with the midwife as a label, everywhere, and never
    the sensitive sections; Anna herself still sees her midwife's name."""
    today = local_today()
    with session_scope(preg.url) as s:
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p-bo",
                "staff": ["s-jm"],
                "from": (today - timedelta(days=1)).isoformat(),
                "reason": "violence",
                "mode": "pseudonym",
            },
            actor="test",
        )
        add_proxies(
            s, {"principal": "p-anna", "proxy": "p-bo", "scope": ["pregnancy"]}, actor="test"
        )
    bo = preg.client("partner")
    texts = []
    for path in (
        "/api/citizens/p-anna/pregnancy",
        "/api/citizens/p-anna/pregnancy/documents/PRF",
        "/api/citizens/p-anna/pregnancy/documents/PSCR",
        "/api/citizens/p-anna/pregnancy/documents/PMR",
        "/api/citizens/p-anna/journal",
    ):
        r = bo.get(path)
        if path.endswith("/journal"):
            assert r.status_code == 403  # the power of attorney covers the pregnancy only
            continue
        assert r.status_code == 200, r.text
        texts.append(r.text)
    bo.post("/skift", data={"borger": "p-anna", "csrf_token": bo.headers["X-CSRF-Token"]})
    page = bo.get("/graviditet")
    assert page.status_code == 200
    texts.append(page.text)
    for doc in (bo.get("/graviditet/dokument/PMR"), bo.get("/graviditet/dokument/PSCR")):
        assert doc.status_code == 200
        texts.append(doc.text)
    for t in texts:
        assert_no_leak(t, MIDWIFE)
        for phrase in SENSITIVE.values():
            assert phrase not in t
    view_doc = bo.get("/api/citizens/p-anna/pregnancy").json()
    who = {w for v in view_doc["visits"] for w in v["who"]}
    assert any(w.startswith("Jordemoder ") for w in who), who  # the label, stable
    # Anna sees her midwife by name
    anna = preg.client("woman").get("/api/me/pregnancy").text
    assert "Birgitte Kjærsgaard" in anna


def test_orders_toward_the_woman_hide_staff_in_every_document_she_gets(preg) -> None:  # noqa: F811
    today = local_today()
    with session_scope(preg.url) as s:
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p-anna",
                "staff": ["s-jm"],
                "from": (today - timedelta(days=1)).isoformat(),
                "reason": "threats",
                "mode": "pseudonym",
            },
            actor="test",
        )
    # the midwife writes a free text naming herself (a signature): it must not pass either
    jm = preg.client("midwife")
    r = jm.post(
        "/api/pregnancies/preg-anna/elements",
        json={
            "kind": "resume",
            "value": {
                "components": {
                    "resume-indslag": "Samtale om fødslen. Hilsen Birgitte Kjærsgaard /bkj"
                }
            },
        },
    )
    assert r.status_code == 201, r.text
    woman = preg.client("woman")
    out = [
        woman.get("/api/me/pregnancy").text,
        woman.get("/graviditet").text,
        *(
            woman.get(f"/api/citizens/p-anna/pregnancy/documents/{k}").text
            for k in ("PRF", "PSCR", "PMR")
        ),
        *(woman.get(f"/graviditet/dokument/{k}").text for k in ("PRF", "PSCR", "PMR")),
        woman.get("/api/me/log?entries=true").text,
    ]
    for t in out:
        assert_no_leak(t, MIDWIFE)
    assert "Jordemoder " in out[0]


def test_her_own_words_are_not_run_through_the_matcher_for_her_but_are_for_a_proxy(preg) -> None:  # noqa: F811
    """No oracle: Anna typing a hidden person's name must not get it turned into the label."""
    today = local_today()
    with session_scope(preg.url) as s:
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p-anna",
                "staff": ["s-jm"],
                "from": today.isoformat(),
                "reason": "threats",
                "mode": "pseudonym",
            },
            actor="test",
        )
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p-else",
                "staff": ["s-jm"],
                "from": today.isoformat(),
                "reason": "threats",
                "mode": "pseudonym",
            },
            actor="test",
        )
    woman = preg.client("woman")
    etag = woman.get("/api/me/pregnancy").json()["wishes"]["etag"]
    items = [{"linkId": "andet", "answer": "Gerne Birgitte Kjærsgaard som jordemoder"}]
    assert (
        woman.put(
            "/api/me/pregnancy/wishes", json={"items": items}, headers={"If-Match": etag}
        ).status_code
        == 200
    )
    woman.post("/api/me/pregnancy/notes", json={"text": "Birgitte Kjærsgaard var sød"})
    mine = woman.get("/api/me/pregnancy").json()
    assert mine["wishes"]["items"][0]["own_text"] == items[0]["answer"]
    assert mine["notes"][0]["own_text"] == "Birgitte Kjærsgaard var sød"
    proxy = preg.client("proxy").get("/api/citizens/p-anna/pregnancy").text
    assert_no_leak(proxy, MIDWIFE)


def test_an_organisation_below_a_team_member_is_in_a_parent_is_not(preg, tmp_path) -> None:  # noqa: F811
    extra = [
        b.org("o-ul-2", "Ultralyd, afsnit 2", sor="115", part_of="o-ul"),
        b.practitioner("s-ul2", "Ida", "Mørk", username="imo", auth="UL002"),
        b.role("r-ul2", "s-ul2", "o-ul-2", "Sonograf"),
        b.practitioner("s-hosp", "Ole", "Dam", username="oda", auth="HO001"),
        b.role("r-hosp", "s-hosp", "o-hosp", "Jordemoder"),
    ]
    assert (
        Importer(init_db(preg.url), progress=False)
        .run([b.write_ndjson(tmp_path / "x.ndjson", extra)])
        .ok
    )
    with session_scope(preg.url) as s:
        below = access.professional(s, "r-ul2")
        above = access.professional(s, "r-hosp")
        p = s.get(Pregnancy, "preg-anna")
        access.authorize_professional(s, below, p, utcnow())
        with pytest.raises(Forbidden):
            access.authorize_professional(s, above, p, utcnow())
        with pytest.raises(Forbidden):  # a cardiology nurse is no profession of the programme
            access.professional(s, "r-kard")


def test_a_team_member_brings_in_another_organisation(preg) -> None:  # noqa: F811
    other = preg.client("other_gp")
    assert other.get("/api/pregnancies/preg-anna").status_code == 403
    r = preg.client("gp").post(
        "/api/pregnancies/preg-anna/team", json={"organization": "o-gp2", "profession": "gp"}
    )
    assert r.status_code == 200 and r.json()["added"]
    assert other.get("/api/pregnancies/preg-anna").status_code == 200
    assert any(p["id"] == "preg-anna" for p in other.get("/api/pregnancies").json()["pregnancies"])


def test_professionals_lose_access_two_years_after_the_end_the_woman_keeps_hers(preg) -> None:  # noqa: F811
    gp = professional(preg.url, "gp")
    with session_scope(preg.url) as s:
        header = services.open_record(s, gp, "preg-anna")["pregnancy"]
        end = local_today() + timedelta(days=60)
        services.update_header(
            s, gp, "preg-anna", header["version"], {"end": end.isoformat()}, "Født"
        )
    window = add_years(local_midnight(end), 2)
    with session_scope(preg.url) as s:
        p = s.get(Pregnancy, "preg-anna")
        assert access.window_end(p) == window
        services.open_record(s, gp, "preg-anna", at=window - timedelta(minutes=1))
        services.add_element(s, gp, "preg-anna", "vaegt", 66, at=window - timedelta(days=1))
        for at in (window, window + timedelta(days=400)):
            with pytest.raises(Forbidden, match="to år"):
                services.open_record(s, gp, "preg-anna", at=at)
            with pytest.raises(Forbidden):
                services.add_element(s, gp, "preg-anna", "vaegt", 66, at=at)
            assert all(w["id"] != "preg-anna" for w in services.worklist(s, gp, at=at))
        # the woman keeps hers, long after
        doc = view.pregnancy_view(s, "p-anna", "p-anna", at=window + timedelta(days=3650))
        assert doc["pregnancy"] == "preg-anna" and doc["ended"]
    # the team's treatment relations end with the window (the log explains up to it)
    from indsigt.store import Relation

    with session_scope(preg.url) as s:
        rels = s.query(Relation).filter(Relation.text == "Graviditetsforløb").all()
        assert rels and all(r.end == window for r in rels)


def test_without_a_recorded_end_the_window_runs_from_due_date_plus_six_weeks(preg) -> None:  # noqa: F811
    gp = professional(preg.url, "gp")
    with session_scope(preg.url) as s:
        p = s.get(Pregnancy, "preg-anna")
        assumed = local_midnight(p.due_date + timedelta(days=42))
        assert access.window_end(p) == add_years(assumed, 2)
        with pytest.raises(Forbidden):
            services.open_record(s, gp, "preg-anna", at=add_years(assumed, 2) + timedelta(hours=1))


def test_leap_day_window() -> None:
    from datetime import datetime

    assert add_years(datetime(2028, 2, 29, 23, 0), 2) == datetime(2030, 2, 28, 23, 0)
