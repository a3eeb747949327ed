"""Appointments: the citizen's secret calendar address and reminders before appointments.

Calendar feed
    A citizen can get a secret address (``/kalender/<token>.ics``) that a calendar program
    subscribes to. The token is 32 random bytes; only its SHA-256 is stored, so the address
    cannot be recovered from the database. Making a new address revokes the old one, and the
    citizen can revoke it outright. What the feed shows is the appointments view
    (:func:`indsigt.views.appointments.appointments_view`): staff names protected as everywhere.

Reminders
    A citizen may opt in to an e-mail ``days_before`` days before each appointment that is still
    going to happen. :func:`due_reminders` says which reminders are due at a time (computed from
    the view, so the text names no hidden person); :func:`mark_sent` records one as sent, so each
    appointment (at each start time: a moved appointment is reminded of again) goes out once.
    :func:`queue_reminders` puts the due ones into the mail outbox (``indsigt.outbox``), marking
    them sent in the same transaction; the outbox's background sender calls it every few minutes
    (``indsigt outbox send`` too). As for alerts, nothing but a confirmation e-mail goes to an
    address before the citizen has confirmed it (double opt-in).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .audit import record
from .errors import Invalid, NotFound
from .store import Patient
from .store.appointments import AppointmentReminder, CalendarFeed, ReminderSent
from .timeutil import parse_instant, utcnow

FEED_PATH = "/kalender/{token}.ics"
_EMAIL_RE = re.compile(r"^[^@\s<>\"',;]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$")
DAYS_CHOICES = (1, 2, 3, 7)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# -- the calendar feed ----------------------------------------------------------------------------


def feed_status(session: Session, patient: str) -> dict[str, Any]:
    """Whether the citizen has a calendar address (never the address itself: it is shown once,
    when made)."""
    feed = session.get(CalendarFeed, patient)
    return {"active": feed is not None, "created": feed.created_at.isoformat() if feed else None}


def new_feed(session: Session, patient: str) -> str:
    """Make a new secret calendar address for ``patient`` (revoking any old one); returns the
    token, to be shown to the citizen once."""
    if session.get(Patient, patient) is None:
        raise NotFound("Borgeren findes ikke.")
    token = secrets.token_urlsafe(32)
    feed = session.get(CalendarFeed, patient)
    if feed is None:
        session.add(CalendarFeed(patient_id=patient, token_hash=_hash(token), created_at=utcnow()))
    else:
        feed.token_hash, feed.created_at = _hash(token), utcnow()
    record(session, patient, "calendar.new", patient, None, None)
    session.flush()
    return token


def revoke_feed(session: Session, patient: str) -> None:
    feed = session.get(CalendarFeed, patient)
    if feed is not None:
        session.delete(feed)
        record(session, patient, "calendar.revoke", patient, None, None)
        session.flush()


def patient_for_token(session: Session, token: str) -> str:
    """Whose calendar the token opens (NotFound for an unknown or revoked token)."""
    if not token or len(token) > 200:
        raise NotFound("Kalenderen findes ikke.")
    feed = session.scalars(
        select(CalendarFeed).where(CalendarFeed.token_hash == _hash(token))
    ).first()
    if feed is None:
        raise NotFound("Kalenderen findes ikke.")
    return feed.patient_id


# -- reminders ------------------------------------------------------------------------------------


def reminder_settings(session: Session, patient: str) -> dict[str, Any]:
    from .alerts import is_confirmed

    r = session.get(AppointmentReminder, patient)
    confirmed = bool(r and is_confirmed(session, patient, r.email))
    return {
        "enabled": bool(r and r.enabled),
        "confirmed": confirmed,
        "awaiting_confirmation": bool(r and r.enabled and not confirmed),
        "email": r.email if r else None,
        "days_before": r.days_before if r else 2,
        "choices": list(DAYS_CHOICES),
    }


def set_reminders(
    session: Session, patient: str, *, email: str, days_before: int, actor: str | None = None
) -> dict[str, Any]:
    """Opt in (or change): an e-mail ``days_before`` days before each appointment."""
    email = (email or "").strip()
    if not _EMAIL_RE.match(email):
        raise Invalid("E-mailadressen er ikke gyldig.", field="email")
    if days_before not in DAYS_CHOICES:
        raise Invalid(
            "Vælg, hvor mange dage før aftalen du vil have en påmindelse.", field="days_before"
        )
    r = session.get(AppointmentReminder, patient)
    if r is None:
        r = AppointmentReminder(patient_id=patient, email=email, days_before=days_before)
        session.add(r)
    r.email, r.days_before, r.enabled, r.updated_at = email, days_before, True, utcnow()
    record(session, actor or patient, "reminders.on", patient, None, {"days": days_before})
    from .alerts import ask_to_confirm, is_confirmed

    if not is_confirmed(session, patient, email):
        ask_to_confirm(session, patient, email, "reminders")
    session.flush()
    return reminder_settings(session, patient)


def stop_reminders(session: Session, patient: str, *, actor: str | None = None) -> dict[str, Any]:
    r = session.get(AppointmentReminder, patient)
    if r is not None and r.enabled:
        r.enabled, r.updated_at = False, utcnow()
        record(session, actor or patient, "reminders.off", patient, None, None)
        session.flush()
    return reminder_settings(session, patient)


@dataclass(frozen=True)
class DueReminder:
    """A reminder that should go out now: to whom, about which appointment (as the citizen sees
    it in the appointments view)."""

    patient: str
    email: str
    appointment: dict[str, Any]

    @property
    def start(self) -> datetime:
        return parse_instant(self.appointment["start"])


def due_reminders(session: Session, at: datetime | None = None) -> list[DueReminder]:
    """Every reminder due at ``at``: for each citizen who opted in, each appointment that is
    still going to happen, starts within ``days_before`` days after ``at`` and was not reminded
    of at that start time."""
    from .views.appointments import appointments_view

    at = at or utcnow()
    out: list[DueReminder] = []
    subs = session.scalars(
        select(AppointmentReminder)
        .where(AppointmentReminder.enabled.is_(True))
        .order_by(AppointmentReminder.patient_id)
    ).all()
    for sub in subs:
        sent = {
            (a, s)
            for a, s in session.execute(
                select(ReminderSent.appointment_id, ReminderSent.start).where(
                    ReminderSent.patient_id == sub.patient_id
                )
            )
        }
        doc = appointments_view(session, sub.patient_id, sub.patient_id, at)
        horizon = at + timedelta(days=sub.days_before)
        for a in doc["upcoming"]:
            if not a["active"] or not a["start"]:
                continue
            start = parse_instant(a["start"])
            if at <= start <= horizon and (a["id"], start) not in sent:
                out.append(DueReminder(sub.patient_id, sub.email, a))
    return out


def mark_sent(session: Session, reminder: DueReminder, *, at: datetime | None = None) -> None:
    """Record that ``reminder`` went out (it is not due again)."""
    session.add(
        ReminderSent(
            patient_id=reminder.patient,
            appointment_id=reminder.appointment["id"],
            start=reminder.start,
            sent_at=at or utcnow(),
        )
    )
    session.flush()


def compose_reminder(reminder: DueReminder, base_url: str) -> tuple[str, str]:
    """(subject, body) of a reminder e-mail in Danish: time, place and what, from the view; no
    staff names and no CPR number."""
    a = reminder.appointment
    when = datetime.fromisoformat(a["start"]).strftime("%d.%m.%Y kl. %H:%M")
    where = a.get("organization") or "stedet i aftalen"
    subject = f"Påmindelse: {a['title']} {when}"
    body = "\n".join(
        [
            "Hej,",
            "",
            f"Du har en aftale {when}: {a['title']}, {where}.",
            "",
            f"Se dine aftaler her: {base_url.rstrip('/')}/aftaler",
            "",
            "Du får denne e-mail, fordi du har bedt om påmindelser fra indsigt. Du kan slå dem fra,"
            " når du er logget ind.",
            "",
            "Venlig hilsen",
            "indsigt",
        ]
    )
    return subject, body + "\n"


def queue_reminders(session: Session, at: datetime | None = None) -> int:
    """Put every due reminder to a confirmed address into the mail outbox, and mark it sent, in
    ``session``'s transaction (both or neither). Returns how many were queued."""
    from .alerts import is_confirmed
    from .config import get_settings
    from .outbox import enqueue

    at = at or utcnow()
    base = get_settings().base_url
    queued = 0
    for reminder in due_reminders(session, at):
        if not is_confirmed(session, reminder.patient, reminder.email):
            continue
        subject, body = compose_reminder(reminder, base)
        enqueue(
            session,
            kind="reminder",
            to=reminder.email,
            subject=subject,
            body=body,
            patient_id=reminder.patient,
        )
        mark_sent(session, reminder, at=at)
        queued += 1
    return queued
