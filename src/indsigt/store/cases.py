"""Tables of the citizen services: misuse reports (cases), name requests and e-mail alerts.

No business rules here (see ``indsigt.cases``, ``indsigt.namerequests``, ``indsigt.alerts``).
Nothing rendered is stored: a case keeps the ids of the log entries it is about, never the text
the citizen saw, so that protection is still decided at view time.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID


class MisuseCase(Base):
    """A report of suspected misuse ("Anmeld mistanke om misbrug") for the data controller."""

    __tablename__ = "misuse_case"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    #: the data subject (whose log the report is about)
    patient_id: Mapped[str] = mapped_column(ID, index=True)
    #: who filed it: the citizen or their proxy (a Patient id)
    filed_by: Mapped[str] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    #: modtaget | under_behandling | afsluttet
    status: Mapped[str] = mapped_column(String(32), index=True)
    #: the group id as shown when filed (for reference only; entries are in case_entry)
    group_id: Mapped[str | None] = mapped_column(String(64))
    #: the citizen's own words
    text: Mapped[str] = mapped_column(Text, default="")
    #: the data controller's answer to the citizen (when closed, the outcome)
    outcome: Mapped[str | None] = mapped_column(Text)
    handled_by: Mapped[str | None] = mapped_column(String(200))


class CaseEntry(Base):
    """A log entry a case is about."""

    __tablename__ = "case_entry"
    case_id: Mapped[str] = mapped_column(ID, primary_key=True)
    entry_id: Mapped[str] = mapped_column(ID, primary_key=True)


class CaseEvent(Base):
    """A step in a case's history the citizen can follow (status and message)."""

    __tablename__ = "case_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ID, index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(32))
    #: message to the citizen (may be empty)
    text: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))


class NameRequest(Base):
    """A citizen's request to learn who is behind a pseudonym label ("Anmod om navn")."""

    __tablename__ = "name_request"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID, index=True)
    label: Mapped[str] = mapped_column(String(300))
    code: Mapped[str] = mapped_column(String(32))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    #: pending | granted | refused
    status: Mapped[str] = mapped_column(String(16), index=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    #: only on a grant: who the label stands for (shown to this citizen alone)
    staff_id: Mapped[str | None] = mapped_column(ID)
    staff_name: Mapped[str | None] = mapped_column(String(300))


class AlertSubscription(Base):
    """A citizen's opt-in to e-mail alerts about their access log."""

    __tablename__ = "alert_subscription"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    #: organisations (as the citizen sees them) already known, so only new ones alert
    known_orgs: Mapped[list[str]] = mapped_column(JSON, default=list)


class AlertSeen(Base):
    """A log entry already alerted about (or already there when the citizen opted in)."""

    __tablename__ = "alert_seen"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    entry_id: Mapped[str] = mapped_column(ID, primary_key=True)


class AlertMessage(Base):
    """An alert e-mail that was sent (or could not be): for operators and for the citizen."""

    __tablename__ = "alert_message"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(ID)
    at: Mapped[datetime] = mapped_column(DateTime)
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(String(300))
    #: sent | failed | not_configured
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_alert_message_patient", "patient_id", "at"),)


__all__ = [
    "AlertMessage",
    "AlertSeen",
    "AlertSubscription",
    "CaseEntry",
    "CaseEvent",
    "MisuseCase",
    "NameRequest",
]
