"""The privacy officer's overview (issue 17.2): users and organisations with the most unexplained
or flagged accesses, weeks, and the accesses behind every number; names for the auditor role
only; every view in the audit trail."""

from __future__ import annotations

import collections
from datetime import date

import pytest
from sqlalchemy import text

import analytics_data
from indsigt.accesslog import precompute
from indsigt.analytics import overview as ov
from indsigt.analytics import service
from indsigt.db import init_db, session_scope
from indsigt.errors import Forbidden, Invalid
from indsigt.users import add_user
from test_web_support import web  # noqa: F401  (fixture)

pytestmark = pytest.mark.filterwarnings("ignore:fetch_arrow_table:DeprecationWarning")


@pytest.fixture
def store(db_url, monkeypatch):
    from indsigt.config import get_settings

    monkeypatch.setenv("INDSIGT_SYSTEM_USERS", analytics_data.SYSTEM_USER)
    get_settings.cache_clear()
    engine = init_db(db_url)
    analytics_data.build(engine, citizens=600)
    precompute.refresh(engine, force=True)
    with session_scope(db_url) as s:
        add_user(s, "rev1", "Revisor Rita", "auditor", actor="test")
        add_user(s, "adm1", "Admin Anders", "admin", actor="test")
    return engine


def expected(engine) -> dict[str, collections.Counter]:
    """From the stored cells directly: entries per user in the states the overview counts."""
    per_user: collections.Counter[str] = collections.Counter()
    per_week: collections.Counter[int] = collections.Counter()
    with engine.connect() as c:
        for _pid, blob in c.execute(text("SELECT patient_id, cells FROM accesslog_patient")):
            for r in precompute.unpack_cells(blob):
                if r[4] in "ufx":
                    per_user[r[1]] += r[8]
                    per_week[ov.week_of(r[0])] += r[8]
    return {"users": per_user, "weeks": per_week}


def test_the_numbers_add_up_and_lead_to_the_entries(db_url, store):
    want = expected(store)
    with session_scope(db_url) as s:
        doc = ov.overview(s, "rev1", limit=500)
    assert doc["total"]["entries"] == sum(want["users"].values()) > 1000
    got = {u["actor"]: u["entries"] for u in doc["users"]}
    assert got == dict(want["users"])
    # the users come with the most first, with names (the privacy officer's job)
    assert [u["entries"] for u in doc["users"]] == sorted(got.values(), reverse=True)
    top = doc["users"][0]
    assert top["name"] and top["name"] != top["actor"]
    weeks = {date.fromisoformat(w["week"]): w["entries"] for w in doc["weeks"]}
    assert sum(weeks.values()) == doc["total"]["entries"]
    assert all(w.weekday() == 0 for w in weeks)  # Mondays
    assert {ov.week_of((w - date(1970, 1, 1)).days) for w in weeks} == set(want["weeks"])
    assert sum(o["entries"] for o in doc["organizations"]) == doc["total"]["entries"]
    # a department is named with its hospital, as in the citizen's log (names repeat across
    # hospitals); a municipality's unit and a practice without a parent by their own name
    shown = {o["id"]: o["name"] for o in doc["organizations"]}
    assert shown.get("med") == "Medicinsk afdeling, Tætby Sygehus", shown
    assert shown.get("hjem", "Hjemmeplejen Tætby") == "Hjemmeplejen Tætby"
    # drill down: the user's citizen-days add up to the user's number ...
    with session_scope(db_url) as s:
        days = ov.cells(s, "rev1", ov.Filters(actor=top["actor"]), limit=5000)
    assert sum(r["count"] for r in days["rows"]) == top["entries"]
    # ... and each citizen-day to its log entries, classified again from the raw entries
    checked = 0
    for r in days["rows"][:8]:
        with session_scope(db_url) as s:
            e = ov.entries(
                s,
                "rev1",
                r["patient"],
                top["actor"],
                date.fromisoformat(r["day"]),
                r["organization"]["id"],
            )
        same_day = [
            x
            for x in days["rows"]
            if (x["patient"], x["day"], x["organization"]["id"])
            == (r["patient"], r["day"], r["organization"]["id"])
        ]
        assert e["count"] == sum(x["count"] for x in same_day)
        assert all(x["state"] in ov.STATE_TEXT and x["id"] for x in e["entries"])
        checked += 1
    assert checked


def test_filters_narrow_every_number(db_url, store):
    with session_scope(db_url) as s:
        all_ = ov.overview(s, "rev1", limit=500)
        after = ov.overview(s, "rev1", ov.Filters(flag="after_hours"), limit=500)
        unexpl = ov.overview(s, "rev1", ov.Filters(state="unexplained"), limit=500)
        weeks = all_["weeks"]
        one_week = ov.overview(s, "rev1", ov.Filters(week=date.fromisoformat(weeks[1]["week"])))
    assert 0 < after["total"]["entries"] < all_["total"]["entries"]
    assert after["total"]["flags"]["after_hours"] == after["total"]["entries"]
    assert unexpl["total"]["entries"] == all_["total"]["unexplained"]
    assert one_week["total"]["entries"] == weeks[1]["entries"]
    with pytest.raises(Invalid):
        ov.Filters(state="nonsense")
    with pytest.raises(Invalid):
        ov.Filters(flag="attention")  # computed per view, never in the cells


def test_only_the_auditor_and_every_view_is_recorded(db_url, store):
    with session_scope(db_url) as s:
        with pytest.raises(Forbidden):
            ov.overview(s, "adm1")
        with pytest.raises(Forbidden):
            ov.cells(s, "nobody", ov.Filters())
    with session_scope(db_url) as s:
        doc = ov.overview(s, "rev1")
        u = doc["users"][0]
        rows = ov.cells(s, "rev1", ov.Filters(actor=u["actor"]))["rows"]
        ov.entries(s, "rev1", rows[0]["patient"], u["actor"], date.fromisoformat(rows[0]["day"]))
    with store.connect() as c:
        acts = [
            r[0]
            for r in c.execute(
                text("SELECT action FROM audit_trail WHERE actor = 'rev1' ORDER BY id")
            )
        ]
        target = c.execute(
            text("SELECT target FROM audit_trail WHERE action = 'overview.entries'")
        ).scalar()
    assert acts[-3:] == ["overview.view", "overview.cells", "overview.entries"]
    assert target == rows[0]["patient"]


def test_the_overview_follows_the_refresh_and_the_analysis(db_url, store):
    """After an import (an incremental refresh changes some citizens' cells) the overview reads
    just those again; after ``indsigt analyze`` it holds the same rows."""
    with session_scope(db_url) as s:
        before = ov.overview(s, "rev1", limit=500)
    with store.begin() as c:  # a new unexplained access, as an import would store it
        c.execute(
            text(
                "INSERT INTO access_entry (id, patient_id, time, action, purpose, user_ref, "
                "user_staff_id, organization_id, is_system, source) VALUES ('new1', 'p00001', "
                "'2026-03-03 12:00:00.000000', 'R', 'TREAT', 'x', 's010', 'psyk-a', false, 'fhir')"
            )
        )
        c.execute(
            text(
                "INSERT INTO imported_file (at, name, records, new) VALUES ('2026-06-02', 'x', 1, 1)"
            )
        )
    precompute.refresh(store)
    with store.begin() as c:
        rep = ov.sync(c)
        assert ov.sync(c).changed == 0  # nothing more to do
    assert rep.changed == 1 and rep.removed == 0  # only the citizen with the new entry
    with session_scope(db_url) as s:
        after = ov.overview(s, "rev1", limit=500)
    assert after["total"]["entries"] == before["total"]["entries"] + 1
    rows = lambda: collections.Counter(  # noqa: E731
        tuple(r)
        for r in store.connect().execute(
            text(
                "SELECT patient_id, day, week, actor, display, org_id, cls, rule, rel, flags, n, "
                "first, last, behalf FROM overview_cell"
            )
        )
    )
    synced = rows()
    service.analyze(store, engine_name="duckdb")
    assert rows() == synced


# --- pages -------------------------------------------------------------------------------------


def test_the_overview_page_for_the_auditor_only(web):  # noqa: F811
    aud = web.client("auditor")
    r = aud.get("/admin/adgangsoverblik?fra=01.01.2020")
    assert r.status_code == 200, r.text
    assert "Adgangsoverblik" in r.text and "Per Lund-Sørensen" in r.text  # names for this role
    assert 'href="/admin/adgangsoverblik"' in aud.get("/admin").text  # in the menu
    link = r.text.split('href="/admin/adgangsoverblik/celler?')[1].split('"')[0]
    cells = aud.get("/admin/adgangsoverblik/celler?" + link.replace("&amp;", "&"))
    assert cells.status_code == 200 and "Opslagene bag tallet" in cells.text
    entry = cells.text.split('href="/admin/adgangsoverblik/opslag?')[1].split('"')[0]
    page = aud.get("/admin/adgangsoverblik/opslag?" + entry.replace("&amp;", "&"))
    assert page.status_code == 200 and "<code>a" in page.text
    for who in ("admin", "anna", "bent"):
        c = web.client(who)
        for path in ("/admin/adgangsoverblik", "/admin/adgangsoverblik/celler"):
            assert c.get(path).status_code == 403, (who, path)
        assert (
            'href="/admin/adgangsoverblik"' not in c.get("/admin" if who == "admin" else "/").text
        )
    anon = web.client("anonymous").get("/admin/adgangsoverblik", follow_redirects=False)
    assert anon.status_code in (302, 303, 401)
    bad = aud.get("/admin/adgangsoverblik?fra=31.02.2026")
    assert bad.status_code == 422 and "ugyldig dato" in bad.text
