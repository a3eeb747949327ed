"""Precomputed tables of the citizen access log (``indsigt.accesslog``). No business rules here.

``accesslog_cell`` is the log compressed once: one row per (citizen, local day, actor,
organisation, explanation, state) with the number of entries and the first and last time. The
condensed view of a citizen reads these few rows instead of every log entry. They are rebuilt by
``indsigt.accesslog.refresh`` after each import; ``accesslog_state`` says which imports they
reflect, so a view never shows a stale summary (it computes from the raw entries instead).
``accesslog_dirty`` lists the citizens whose cells an import made stale (the importer writes it in
the transaction of the entries; the refresh recomputes those citizens and removes the rows).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID


class AccesslogCell(Base):
    """Entries of one citizen on one local day by one actor, with the same explanation and state."""

    __tablename__ = "accesslog_cell"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID)
    #: local (Europe/Copenhagen) day number: days since 1970-01-01
    day: Mapped[int] = mapped_column(Integer)
    #: "s:<staff id>" for roster staff, "u:<user as logged>" otherwise
    actor: Mapped[str] = mapped_column(String(260))
    #: display name of a user outside the roster (roster names are read at view time)
    display: Mapped[str | None] = mapped_column(String(300))
    org_id: Mapped[str] = mapped_column(ID, default="")
    #: s = system, e = explained, x = explained but flagged, u = unexplained, f = unexplained + flags
    cls: Mapped[str] = mapped_column(String(1))
    #: the explanation rule (see docs/accesslog.md) and the relation "kind/id", or ""
    rule: Mapped[str] = mapped_column(String(16), default="")
    rel: Mapped[str] = mapped_column(String(160), default="")
    flags: Mapped[int] = mapped_column(Integer, default=0)
    n: Mapped[int] = mapped_column(Integer)
    #: epoch seconds (UTC) of the first and last entry
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_accesslog_cell_patient", "patient_id"),
        Index(
            "ix_accesslog_cell_unexplained",
            "actor",
            "day",
            sqlite_where=text("cls IN ('u', 'f')"),
            postgresql_where=text("cls IN ('u', 'f')"),
        ),
    )


class AccesslogPatient(Base):
    """What the cells of a citizen cover: number of entries and the last entry time."""

    __tablename__ = "accesslog_patient"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(BigInteger)


class AccesslogTemplate(Base):
    """A mined explanation template: users of ``user_org`` routinely serve patients in a
    treatment relation with ``relation_org`` (e.g. radiology for a cardiology ward)."""

    __tablename__ = "accesslog_template"
    user_org: Mapped[str] = mapped_column(ID, primary_key=True)
    relation_org: Mapped[str] = mapped_column(ID, primary_key=True)
    patients: Mapped[int] = mapped_column(Integer)
    users: Mapped[int] = mapped_column(Integer)
    share: Mapped[float] = mapped_column(Float)


class AccesslogPeer(Base):
    """Per job title: the typical number of citizens looked up without a relation per user-day."""

    __tablename__ = "accesslog_peer"
    role: Mapped[str] = mapped_column(String(200), primary_key=True)
    userdays: Mapped[int] = mapped_column(Integer)
    median: Mapped[float] = mapped_column(Float)
    p99: Mapped[float] = mapped_column(Float)


class AccesslogState(Base):
    """Key/value state of the precomputation (which imports the cells reflect)."""

    __tablename__ = "accesslog_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AccesslogDirty(Base):
    """A citizen who received new log entries since the refresh last recomputed them."""

    __tablename__ = "accesslog_dirty"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    #: 0 when marked, + 1 each time another import marks the citizen again: a refresh removes
    #: only the rows it read, with the mark it read (an import that marked the citizen after the
    #: refresh read its entries leaves the row for the next refresh)
    mark: Mapped[int] = mapped_column(Integer, default=0)


__all__ = [
    "AccesslogCell",
    "AccesslogDirty",
    "AccesslogPatient",
    "AccesslogPeer",
    "AccesslogState",
    "AccesslogTemplate",
]
