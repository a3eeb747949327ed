"""Tables of sign-in and availability: server-side sessions, linked staff identities, rate-limit
counters, leases on expensive work, the mail outbox and e-mail confirmations (migration 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

ID = String(128)


class AuthSession(Base):
    """A signed-in session. The cookie holds a random id; this row holds its SHA-256 (``key``),
    so the table never gives anyone a working cookie. Looked up on every request."""

    __tablename__ = "auth_session"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: citizen | admin | auditor (a staff session ends when the app user's role changes)
    kind: Mapped[str] = mapped_column(String(16))
    #: a Patient id (citizen) or an AppUser id (staff)
    principal_id: Mapped[str] = mapped_column(ID)
    #: signed in through the development issuer (ends when INDSIGT_DEV_LOGIN is off)
    dev: Mapped[bool] = mapped_column(Boolean, default=False)
    csrf: Mapped[str] = mapped_column(String(64))
    #: whose data a citizen looks at (a principal of a power of attorney); None = own
    acting_for: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: logout | role_changed | user_removed | idle | expired | dev_login_off | ...
    end_reason: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (
        Index("ix_auth_session_principal", "principal_id"),
        Index("ix_auth_session_created", "created_at"),
    )


class AppUserIdentity(Base):
    """An identity at an OpenID provider (issuer, ``sub``) linked to an app user: set by an
    administrator or the CLI, or provisioned by the staff issuer's explicit role mapping."""

    __tablename__ = "app_user_identity"
    issuer: Mapped[str] = mapped_column(String(300), primary_key=True)
    subject: Mapped[str] = mapped_column(String(255), primary_key=True)
    user_id: Mapped[str] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_app_user_identity_user", "user_id"),)


class RateCounter(Base):
    """Requests of one kind by one user or address in one fixed window (shared by every worker
    process; the limiter weighs the previous window in, so it slides)."""

    __tablename__ = "rate_counter"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_rate_counter_window", "window"),)


class BusyLease(Base):
    """One of a user's slots for expensive requests, held while such a request runs (expires by
    itself if its worker dies)."""

    __tablename__ = "busy_lease"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime] = mapped_column(DateTime)


class MailOutbox(Base):
    """An e-mail to send: written in the transaction that made it due, sent by the background
    sender (``indsigt.outbox``) with retries and backoff."""

    __tablename__ = "mail_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: alert | confirm
    kind: Mapped[str] = mapped_column(String(16))
    patient_id: Mapped[str | None] = mapped_column(ID)
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    #: the citizen's record of an alert (``alert_message``), updated when sent or given up
    alert_message_id: Mapped[int | None] = mapped_column(Integer)
    #: queued | sent | failed (gave up) | not_configured
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    #: a sender has claimed the row until then (another sender leaves it alone)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_mail_outbox_due", "status", "next_attempt_at"),)


class EmailConfirmation(Base):
    """Double opt-in: an address receives alerts only after its owner followed the link in the
    confirmation e-mail. ``token_hash`` is the SHA-256 of the link's secret."""

    __tablename__ = "email_confirmation"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)


__all__ = [
    "AppUserIdentity",
    "AuthSession",
    "BusyLease",
    "EmailConfirmation",
    "MailOutbox",
    "RateCounter",
]
