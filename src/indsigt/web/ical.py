"""The appointments view as an iCalendar feed (RFC 5545), written with the ``icalendar`` library.

Only what the view returns goes in: the title, the place, the staff as the citizen sees them
(labels for hidden people) and the status.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from icalendar import Calendar, Event

#: FHIR Appointment.status -> iCalendar STATUS
_STATUS = {"cancelled": "CANCELLED", "proposed": "TENTATIVE", "pending": "TENTATIVE"}
#: how far back the feed goes (a calendar program keeps what it has seen)
PAST_DAYS = 90


def appointments_ics(doc: dict[str, Any], *, now: datetime) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//indsigt//aftaler//DA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Aftaler i sundhedsvæsenet (indsigt)")
    cal.add("x-wr-timezone", "Europe/Copenhagen")
    oldest = now - timedelta(days=PAST_DAYS)
    for a in [*doc.get("upcoming", []), *doc.get("past", [])]:
        if not a.get("start"):
            continue
        start = datetime.fromisoformat(a["start"])
        if start < oldest:
            continue
        ev = Event()
        ev.add("uid", f"{a['kind']}-{a['id']}@indsigt")
        ev.add("dtstamp", now)
        ev.add("dtstart", start)
        ev.add(
            "dtend",
            datetime.fromisoformat(a["end"]) if a.get("end") else start + timedelta(minutes=30),
        )
        ev.add("summary", a.get("title") or "Aftale")
        if a.get("organization"):
            ev.add("location", a["organization"])
        lines = [f"Status: {a.get('status_text')}"]
        if a.get("people"):
            lines.append("Med: " + ", ".join(a["people"]))
        ev.add("description", "\n".join(lines))
        ev.add("status", _STATUS.get(a.get("status") or "", "CONFIRMED"))
        cal.add_component(ev)
    return cal.to_ical()
