"""Precomputed tables of the citizen access log (``indsigt.accesslog``). No business rules here.

``accesslog_patient.cells`` is the log compressed once: per citizen, the *cells* (entries of one
local day, actor, organisation, explanation and state, with their number and first and last
time), in one row. The condensed view of a citizen reads this one row instead of every log
entry. They are rebuilt by ``indsigt.accesslog.refresh`` after each import; ``accesslog_state``
says which imports they reflect, so a view never shows a stale summary (it computes from the raw
entries instead). ``accesslog_userday`` lists the user-days with unexplained lookups.
``accesslog_dirty`` lists the citizens whose cells an import made stale (the importer writes it in
the transaction of the entries; the refresh recomputes those citizens and removes the rows).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID


class AccesslogUserday(Base):
    """A user's unexplained lookups of one citizen on one local day (for ``high_volume`` and the
    peer figures): one row per (citizen, actor, day, organisation)."""

    __tablename__ = "accesslog_userday"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID)
    #: "s:<staff id>" for roster staff, "u:<user as logged>" otherwise
    actor: Mapped[str] = mapped_column(String(260))
    #: local (Europe/Copenhagen) day number: days since 1970-01-01
    day: Mapped[int] = mapped_column(Integer)
    org_id: Mapped[str] = mapped_column(ID, default="")

    __table_args__ = (
        Index("ix_accesslog_userday_actor", "actor", "day"),
        Index("ix_accesslog_userday_patient", "patient_id"),
    )


class AccesslogPatient(Base):
    """A citizen's log compressed once: the cells, and what they cover (number of entries and
    the last entry time).

    A *cell* is the entries of the citizen on one local day by one actor in one organisation
    with the same explanation, responsible person and state: (day, actor, display, org_id, cls,
    rule, rel, flags, n, first, last, behalf) — see ``indsigt.accesslog.precompute.CELL_COLS``.
    ``cells`` holds them as JSON, one list per column (the numpy refresh), one per cell
    (``{"rows": [...]}``, older DuckDB analyses) or one per cell each after a comma (bare rows,
    the DuckDB and Spark analysis); ``precompute.unpack_cells`` reads all three: one row
    per citizen to write and read."""

    __tablename__ = "accesslog_patient"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(BigInteger)
    n_cells: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    cells: Mapped[bytes | None] = mapped_column(LargeBinary)


class AccesslogTemplate(Base):
    """A mined explanation template: users of ``user_org`` routinely serve patients in a
    treatment relation with ``relation_org`` (e.g. radiology for a cardiology ward)."""

    __tablename__ = "accesslog_template"
    user_org: Mapped[str] = mapped_column(ID, primary_key=True)
    relation_org: Mapped[str] = mapped_column(ID, primary_key=True)
    patients: Mapped[int] = mapped_column(Integer)
    users: Mapped[int] = mapped_column(Integer)
    share: Mapped[float] = mapped_column(Float)
    #: the number of different weeks the evidence came from, and how many times the chance
    weeks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lift: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")


class AccesslogService(Base):
    """The operator's list of service relations: users of ``user_org`` serve the patients in a
    treatment relation with ``relation_org`` or anything under it (``indsigt services import``)."""

    __tablename__ = "accesslog_service"
    user_org: Mapped[str] = mapped_column(ID, primary_key=True)
    relation_org: Mapped[str] = mapped_column(ID, primary_key=True)
    note: Mapped[str | None] = mapped_column(Text)
    added_by: Mapped[str | None] = mapped_column(String(200))
    added_at: Mapped[datetime | None] = mapped_column(DateTime)


class AccesslogReview(Base):
    """The privacy officer's queue: one user's accesses to one citizen on one day that carry a
    relationship flag (same surname, same address, coworker), explained or not. Written by the
    refresh; the status and note are the privacy officer's and survive refreshes."""

    __tablename__ = "accesslog_review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(ID)
    actor: Mapped[str] = mapped_column(String(260))
    org_id: Mapped[str] = mapped_column(ID, default="")
    day: Mapped[int] = mapped_column(Integer)
    #: the flag bits of the accesses (``indsigt.accesslog.flags``)
    flags: Mapped[int] = mapped_column(Integer)
    explained: Mapped[bool] = mapped_column(Boolean)
    rule: Mapped[str] = mapped_column(String(16), default="")
    rel: Mapped[str] = mapped_column(String(160), default="")
    n: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    #: ny, under_behandling, afsluttet
    status: Mapped[str] = mapped_column(String(20), default="ny")
    decided_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    #: the refresh no longer finds these accesses flagged (rules or data changed)
    stale: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("patient_id", "actor", "org_id", "day", name="uq_accesslog_review_key"),
        Index("ix_accesslog_review_status", "status"),
    )


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
    "AccesslogDirty",
    "AccesslogPatient",
    "AccesslogPeer",
    "AccesslogReview",
    "AccesslogService",
    "AccesslogState",
    "AccesslogTemplate",
    "AccesslogUserday",
]
