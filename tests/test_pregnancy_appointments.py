"""The pregnancy record's planned visits are appointments: on the citizen's appointments page, in
the calendar feed and the reminders, but never shown to a proxy whose power of attorney does not
cover the pregnancy record."""

from __future__ import annotations

from datetime import timedelta

from indsigt.db import session_scope
from indsigt.proxies import add_proxies
from indsigt.timeutil import local_today
from indsigt.views.appointments import appointments_view
from pregnancy_world import preg  # noqa: F401 - fixture


def _ids(doc: dict) -> dict[str, str]:
    return {a["id"]: a["kind"] for a in doc["upcoming"] + doc["past"]}


def test_planned_visits_are_appointments_for_those_who_may_see_the_pregnancy(preg) -> None:  # noqa: F811
    with session_scope(preg.url) as s:
        add_proxies(
            s,
            [
                {
                    "principal": "p-anna",
                    "proxy": "p-carl",
                    "scope": ["journal"],
                    "from": (local_today() - timedelta(days=1)).isoformat(),
                },
                {
                    "principal": "p-anna",
                    "proxy": "p-bo",
                    "scope": ["journal", "pregnancy"],
                    "from": (local_today() - timedelta(days=1)).isoformat(),
                },
            ],
            actor="test",
        )
    with session_scope(preg.url) as s:
        own = _ids(appointments_view(s, "p-anna", "p-anna"))
        journal_only = _ids(appointments_view(s, "p-anna", "p-carl"))
        both = _ids(appointments_view(s, "p-anna", "p-bo"))
    assert own.get("apt-sp1") == "pregnancy"
    assert both.get("apt-sp1") == "pregnancy"
    assert "apt-sp1" not in journal_only
    assert {k for k, v in own.items() if v != "pregnancy"} == set(journal_only)
    # the HTTP API: the woman sees the planned visit, the journal-only proxy does not
    r = preg.client("woman").get("/api/citizens/p-anna/appointments")
    assert r.status_code == 200, r.text
    assert _ids(r.json()).get("apt-sp1") == "pregnancy"
    page = preg.client("woman").get("/aftaler").text
    assert 'href="/graviditet">Graviditet</a>' in page  # the planned visit links to the record
    r = preg.client("stranger").get("/api/citizens/p-anna/appointments")
    assert r.status_code == 200, r.text
    assert "apt-sp1" not in _ids(r.json())
