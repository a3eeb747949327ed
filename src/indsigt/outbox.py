"""The mail outbox and its background sender.

An e-mail is written into ``mail_outbox`` in the transaction that made it due (an import's alerts,
a confirmation of an address) and sent later by :func:`send_due`, never inside a request or an
import: an SMTP server that does not answer delays only the e-mail.

The sender
    ``indsigt serve`` starts it as a thread of the serving process (the supervisor when there
    are several workers, so there is one sender per server); ``indsigt outbox send`` runs one
    pass from the command line (cron, or a server started otherwise). Every
    ``INDSIGT_OUTBOX_POLL_SECONDS`` (2 s) it claims the due rows one by one (a claim is a
    conditional update, so several senders never send the same row at once), sends each with
    ``INDSIGT_SMTP_TIMEOUT_SECONDS`` (30 s) per attempt, and records the result.

Retries
    A failed attempt is tried again after 30 s, 60 s, 2 min, ... doubling up to an hour
    (``INDSIGT_OUTBOX_RETRY_SECONDS``, ``INDSIGT_OUTBOX_RETRY_MAX_SECONDS``), at most
    ``INDSIGT_OUTBOX_MAX_ATTEMPTS`` (10) times; then the row is ``failed``. A permanent refusal by
    the server (5xx) fails at once. Without ``INDSIGT_SMTP_HOST`` rows are marked
    ``not_configured``. Delivery is at least once: a sender stopped in the middle of an attempt
    leaves its row claimed for a few minutes, then it is tried again.

The sender also queues the appointment reminders that are due (every five minutes,
:func:`indsigt.appointments.queue_reminders`) and does the housekeeping of sign-in and limits:
ended sessions and old rate-limit counters are deleted every ten minutes.
"""

from __future__ import annotations

import smtplib
import threading
import time
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from .config import get_settings
from .logging import get_logger
from .store.security import MailOutbox
from .timeutil import utcnow

log = get_logger("indsigt.outbox")
#: how long a claimed row is left alone by other senders (longer than one attempt can take)
CLAIM_SECONDS = 300


def enqueue(
    session: Session,
    *,
    kind: str,
    to: str,
    subject: str,
    body: str,
    patient_id: str | None = None,
    alert_message_id: int | None = None,
) -> MailOutbox:
    """Queue an e-mail in ``session``'s transaction (sent once that transaction commits)."""
    now = utcnow()
    row = MailOutbox(
        kind=kind,
        patient_id=patient_id,
        to_addr=to,
        subject=subject,
        body=body,
        alert_message_id=alert_message_id,
        status="queued",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def send_mail(to: str, subject: str, body: str) -> None:
    """Send one plain-text e-mail with the configured SMTP server (raises on failure)."""
    settings = get_settings()
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="indsigt")
    msg.set_content(body, charset="utf-8")
    with smtplib.SMTP(
        str(settings.smtp_host), settings.smtp_port, timeout=settings.smtp_timeout_seconds
    ) as smtp:
        smtp.send_message(msg)


def backoff(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt (30 s, 60 s, 2 min, ... up to 1 h)."""
    s = get_settings()
    seconds = min(s.outbox_retry_seconds * 2 ** max(0, attempts - 1), s.outbox_retry_max_seconds)
    return timedelta(seconds=seconds)


def _claim(session: Session, row_id: int, now: datetime) -> bool:
    result = session.execute(
        update(MailOutbox)
        .where(
            MailOutbox.id == row_id,
            MailOutbox.status == "queued",
            MailOutbox.next_attempt_at <= now,
            or_(MailOutbox.claimed_until.is_(None), MailOutbox.claimed_until < now),
        )
        .values(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
    )
    session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _finish(
    session: Session, row: MailOutbox, status: str, error: str | None, now: datetime
) -> None:
    from .store.cases import AlertMessage

    row.claimed_until = None
    row.status = status
    row.last_error = error
    if row.kind == "confirm" and status != "queued":
        row.body = ""  # the link is a credential: not kept once it is sent (or never will be)
    if status == "sent":
        row.sent_at = now
    if row.alert_message_id is not None and status != "queued":
        message = session.get(AlertMessage, row.alert_message_id)
        if message is not None:
            message.status = status
            message.error = error
    session.commit()


def send_due(url: str | None = None, *, now: datetime | None = None, limit: int = 50) -> int:
    """Send the e-mails that are due (``now``: for tests). Returns how many were sent."""
    from .db import session_scope

    settings = get_settings()
    now = now or utcnow()
    sent = 0
    with session_scope(url or settings.db) as s:
        due = s.scalars(
            select(MailOutbox.id)
            .where(MailOutbox.status == "queued", MailOutbox.next_attempt_at <= now)
            .order_by(MailOutbox.next_attempt_at, MailOutbox.id)
            .limit(limit)
        ).all()
        s.commit()
        for row_id in due:
            if not _claim(s, row_id, now):
                continue  # another sender has it
            row = s.get(MailOutbox, row_id)
            assert row is not None
            s.refresh(row)
            if not settings.smtp_host:
                _finish(s, row, "not_configured", None, now)
                continue
            row.attempts += 1
            s.commit()
            try:
                send_mail(row.to_addr, row.subject, row.body)
            except smtplib.SMTPResponseException as exc:
                error = f"{type(exc).__name__}: {exc.smtp_code}"[:500]
                if 500 <= exc.smtp_code < 600 or row.attempts >= settings.outbox_max_attempts:
                    _finish(s, row, "failed", error, now)
                else:
                    row.next_attempt_at = now + backoff(row.attempts)
                    _finish(s, row, "queued", error, now)
                log.warning("mail not sent", kind=row.kind, attempts=row.attempts, error=error)
                continue
            except (OSError, smtplib.SMTPException) as exc:
                error = f"{type(exc).__name__}: {exc}"[:500]
                if row.attempts >= settings.outbox_max_attempts:
                    _finish(s, row, "failed", error, now)
                else:
                    row.next_attempt_at = now + backoff(row.attempts)
                    _finish(s, row, "queued", error, now)
                log.warning("mail not sent", kind=row.kind, attempts=row.attempts, error=error)
                continue
            _finish(s, row, "sent", None, now)
            sent += 1
    return sent


def housekeeping(url: str | None = None) -> None:
    """Delete ended sessions and old rate-limit counters."""
    from .auth.sessions import purge as purge_sessions
    from .db import session_scope
    from .ratelimit import purge as purge_counters

    with session_scope(url or get_settings().db) as s:
        purge_sessions(s)
        purge_counters(s)


def queue_reminders(url: str | None = None) -> int:
    """Queue the appointment reminders that are due (their own transaction)."""
    from .appointments import queue_reminders as queue
    from .db import session_scope

    with session_scope(url or get_settings().db) as s:
        return queue(s)


class Sender:
    """The background sender: a daemon thread that runs :func:`send_due` every few seconds."""

    HOUSEKEEPING_SECONDS = 600
    REMINDER_SECONDS = 300

    def __init__(self, url: str) -> None:
        self.url = url
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="indsigt-outbox", daemon=True)

    def start(self) -> Sender:
        self.thread.start()
        log.info("outbox sender started", poll_s=get_settings().outbox_poll_seconds)
        return self

    def _run(self) -> None:
        last_housekeeping = last_reminders = 0.0
        while not self.stop.is_set():
            try:
                if time.monotonic() - last_reminders > self.REMINDER_SECONDS:
                    queue_reminders(self.url)
                    last_reminders = time.monotonic()
                send_due(self.url)
                if time.monotonic() - last_housekeeping > self.HOUSEKEEPING_SECONDS:
                    housekeeping(self.url)
                    last_housekeeping = time.monotonic()
            except Exception:  # the database may be away for a moment; try again next round
                log.exception("outbox sender round failed")
            self.stop.wait(get_settings().outbox_poll_seconds)


def start_sender(url: str) -> Sender:
    """Start the background sender (``indsigt serve`` does this)."""
    return Sender(url).start()
