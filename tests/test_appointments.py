"""Appointments (seed item 4): a page and API with upcoming and past appointments from imported
``Appointment`` resources (through the views exit: the hidden nurse is her label), a calendar feed
at a secret address the citizen can revoke (parsed back with the ``icalendar`` library), and the
computation of due reminders."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from icalendar import Calendar

import builders as b
from indsigt import appointments
from indsigt.db import get_engine, session_scope
from indsigt.ingest.importer import Importer
from indsigt.timeutil import utcnow
from leakcheck import assert_no_leak
from test_alerts import smtp  # noqa: F401  (fixture: a real SMTP server)
from test_api_support import api, guard  # noqa: F401

LABEL = re.compile(r"Sygeplejerske [0-9a-f]{7}")


def _iso(dt) -> str:  # type: ignore[no-untyped-def]
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _appointments(api, tmp_path, *, moved: bool = False):  # type: ignore[no-untyped-def]  # noqa: F811
    now = utcnow().replace(microsecond=0)
    soon = now + timedelta(days=1, hours=2)
    if moved:
        soon += timedelta(hours=6)
    rows = [
        b.appointment(
            "apt-past",
            "p1",
            "r-skov",
            _iso(now - timedelta(days=9)),
            _iso(now - timedelta(days=9, minutes=-30)),
        ),
        b.appointment("apt-soon", "p1", "r-holm", _iso(soon), _iso(soon + timedelta(minutes=20))),
        b.appointment(
            "apt-later",
            "p1",
            "r-skov",
            _iso(now + timedelta(days=20)),
            _iso(now + timedelta(days=20, minutes=-45)),
        ),
        {
            **b.appointment(
                "apt-off",
                "p1",
                "r-skov",
                _iso(now + timedelta(hours=30)),
                _iso(now + timedelta(hours=31)),
            ),
            "status": "cancelled",
        },
    ]
    rows[1]["description"] = "Samtale med sygeplejerske Mette Holm"
    path = b.write_ndjson(tmp_path / ("apt2.ndjson" if moved else "apt.ndjson"), rows)
    report = Importer(get_engine(api.url), progress=False).run([path])
    assert report.ok, report.problems


def test_the_citizen_sees_upcoming_and_past_with_the_nurse_as_her_label(api, tmp_path):  # noqa: F811
    _appointments(api, tmp_path)
    g = guard(api, "citizen")
    doc = api.client("citizen").get("/api/me/appointments").json()
    assert [a["id"] for a in doc["upcoming"]] == ["apt-soon", "apt-off", "apt-later"]
    assert [a["id"] for a in doc["past"]] == ["apt-past"]
    soon = doc["upcoming"][0]
    assert LABEL.fullmatch(soon["people"][0])  # the hidden nurse
    assert "Mette Holm" not in soon["title"] and LABEL.search(soon["title"])
    assert doc["upcoming"][1]["status_text"] == "Aflyst" and not doc["upcoming"][1]["active"]
    assert doc["past"][0]["people"] == ["Hans Skov, overlæge"]  # not hidden from Anna
    assert g.scanned
    # the proxy (journal scope) sees Anna's appointments with Anna's labels
    carl = api.client("proxy")
    other = carl.get("/api/citizens/p1/appointments").json()
    assert other["upcoming"][0]["people"] == soon["people"]
    # the web page shows the same
    page = _web(api, "patient:p1").get("/aftaler")
    assert page.status_code == 200 and soon["people"][0] in page.text
    assert_no_leak(page.text, api.hidden_people(), allow=["Hans Skov"])


def test_the_secret_calendar_address(api, tmp_path):  # noqa: F811
    _appointments(api, tmp_path)
    anna = api.client("citizen")
    r = anna.post("/api/me/calendar")
    assert r.status_code == 201
    url = r.json()["url"]
    assert anna.get("/api/me/calendar").json() == {"active": True, "url": None}  # never again
    path = url.split("://", 1)[1].split("/", 1)[1]
    from fastapi.testclient import TestClient

    stranger = TestClient(api.app)  # a calendar program: no session
    feed = stranger.get("/" + path)
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
    assert_no_leak(feed.text, api.hidden_people(), allow=["Hans Skov"])
    cal = Calendar.from_ical(feed.content)
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        f"appointment-{i}@indsigt" for i in ("apt-past", "apt-soon", "apt-later", "apt-off")
    }
    assert str(events["appointment-apt-off@indsigt"]["status"]) == "CANCELLED"
    assert LABEL.search(str(events["appointment-apt-soon@indsigt"]["description"]))
    # only the hash is stored
    with session_scope(api.url) as s:
        from indsigt.store.appointments import CalendarFeed

        stored = s.get(CalendarFeed, "p1").token_hash
    assert path.split("/")[-1].removesuffix(".ics") not in stored
    # a new address revokes the old; deleting it revokes it
    url2 = anna.post("/api/me/calendar").json()["url"]
    assert stranger.get("/" + path).status_code == 404
    path2 = url2.split("://", 1)[1].split("/", 1)[1]
    assert stranger.get("/" + path2).status_code == 200
    assert anna.delete("/api/me/calendar").json()["active"] is False
    assert stranger.get("/" + path2).status_code == 404
    assert stranger.get("/kalender/gaet-et-token.ics").status_code == 404


def test_due_reminders_once_per_appointment_and_start(api, tmp_path):  # noqa: F811
    _appointments(api, tmp_path)
    anna = api.client("citizen")
    r = anna.put("/api/me/reminders", json={"email": "anna@example.org", "days_before": 2})
    assert r.status_code == 200 and r.json()["enabled"]
    assert anna.put("/api/me/reminders", json={"email": "x", "days_before": 2}).status_code == 422
    assert (
        anna.put("/api/me/reminders", json={"email": "a@b.dk", "days_before": 5}).status_code == 422
    )
    with session_scope(api.url) as s:
        due = appointments.due_reminders(s)
        assert [d.appointment["id"] for d in due] == ["apt-soon"]  # not the cancelled one
        subject, body = appointments.compose_reminder(due[0], "http://127.0.0.1:8000")
        assert_no_leak(subject + "\n" + body, api.hidden_people())
        assert LABEL.search(body)  # the title as the citizen sees it
        appointments.mark_sent(s, due[0])
        assert appointments.due_reminders(s) == []
        later = appointments.due_reminders(s, at=utcnow() + timedelta(days=18, hours=12))
        assert [d.appointment["id"] for d in later] == ["apt-later"]
    _appointments(api, tmp_path, moved=True)  # the appointment is moved 6 hours
    with session_scope(api.url) as s:
        assert [d.appointment["id"] for d in appointments.due_reminders(s)] == ["apt-soon"]
    assert anna.delete("/api/me/reminders").json()["enabled"] is False
    with session_scope(api.url) as s:
        assert appointments.due_reminders(s) == []


def test_the_proxy_cannot_change_the_principals_calendar_or_reminders(api, tmp_path):  # noqa: F811
    carl = _web(api, "patient:p4")
    token = re.search(r'name="csrf_token" value="([^"]+)"', carl.get("/fuldmagter").text).group(1)
    carl.post("/skift", data={"csrf_token": token, "borger": "p1"})
    page = carl.get("/aftaler")
    assert page.status_code == 200 and "Aftaler for Anna Jensen" in page.text
    assert "kalenderadresse" not in page.text.lower()
    r = carl.post("/aftaler/kalender", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 403


def _web(api, persona: str):  # type: ignore[no-untyped-def]  # noqa: F811
    from fastapi.testclient import TestClient

    c = TestClient(api.app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/log-ind").text).group(1)
    c.post("/log-ind", data={"csrf_token": token, "persona": persona})
    return c


@pytest.mark.parametrize("days", [1, 7])
def test_reminder_window(api, tmp_path, days):  # noqa: F811
    _appointments(api, tmp_path)
    with session_scope(api.url) as s:
        appointments.set_reminders(s, "p1", email="anna@example.org", days_before=days)
        ids = [d.appointment["id"] for d in appointments.due_reminders(s)]
    assert ids == ([] if days == 1 else ["apt-soon"])


def test_reminders_go_out_through_the_outbox_only_to_a_confirmed_address(api, tmp_path, smtp):  # noqa: F811
    """A reminder is queued in the outbox by the sender's round (or `indsigt outbox send`) once
    the address is confirmed, exactly once per appointment, naming no hidden person."""
    from indsigt.outbox import queue_reminders, send_due
    from test_alerts import _mail
    from test_security_alerts import _confirm

    _appointments(api, tmp_path)
    anna = api.client("citizen")
    doc = anna.put("/api/me/reminders", json={"email": "anna@example.org", "days_before": 2})
    assert doc.json()["awaiting_confirmation"] is True
    assert queue_reminders(api.url) == 0  # not confirmed: nothing but the confirmation e-mail
    assert send_due(api.url) == 1
    first = _mail(smtp.messages[0]).get_content()
    assert "påmindelser om aftaler" in first and "sender vi ikke påmindelser" in first
    _confirm(api, smtp, anna)  # follows the link of the newest e-mail: the confirmation
    assert anna.get("/api/me/reminders").json()["confirmed"] is True
    assert queue_reminders(api.url) == 1 and queue_reminders(api.url) == 0
    assert send_due(api.url) == 1
    msg = _mail(smtp.messages[-1])
    assert msg["To"] == "anna@example.org" and msg["Subject"].startswith("Påmindelse: ")
    body = msg.get_content()
    assert_no_leak(msg["Subject"] + "\n" + body, api.hidden_people())
    assert LABEL.search(body)
