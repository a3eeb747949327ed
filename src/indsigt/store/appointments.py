"""Tables of the citizen's appointments page: the secret calendar feed and reminders.

No business rules here (see ``indsigt.appointments``). The appointments themselves are imported
``Appointment`` resources (``relation`` rows of kind ``appointment``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID


class CalendarFeed(Base):
    """A citizen's secret calendar address (iCalendar). Only a hash of its token is kept; a
    citizen revokes it (or makes a new one, which revokes the old)."""

    __tablename__ = "calendar_feed"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    #: SHA-256 of the token in the address, hex
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AppointmentReminder(Base):
    """A citizen's opt-in to an e-mail reminder ``days_before`` days before each appointment."""

    __tablename__ = "appointment_reminder"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    days_before: Mapped[int] = mapped_column(Integer, default=2)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReminderSent(Base):
    """A reminder that has gone out (each appointment is reminded of once per start time)."""

    __tablename__ = "appointment_reminder_sent"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    appointment_id: Mapped[str] = mapped_column(ID, primary_key=True)
    #: the appointment's start when reminded of (a moved appointment is reminded of again)
    start: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime)


__all__ = ["AppointmentReminder", "CalendarFeed", "ReminderSent"]
