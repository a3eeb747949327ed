"""The privacy officer's overview (``indsigt.analytics.overview``): the cells nothing explains or
that carry a flag, one row each, so that the overview can count them per user, organisation and
week in SQL. Written from the precomputed cells (``accesslog_patient``) by the analysis and
brought up to date by the overview itself after a refresh. No business rules here."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID


class OverviewCell(Base):
    """A cell (``precompute.CELL_COLS``) in the state unexplained (``u``), flagged (``f``) or
    explained with a flag (``x``)."""

    __tablename__ = "overview_cell"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID)
    #: local day number (days since 1970-01-01), and the Monday of its week
    day: Mapped[int] = mapped_column(Integer)
    week: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(260))
    display: Mapped[str | None] = mapped_column(String(300))
    org_id: Mapped[str] = mapped_column(ID, default="")
    cls: Mapped[str] = mapped_column(String(1))
    rule: Mapped[str] = mapped_column(String(16), default="")
    rel: Mapped[str] = mapped_column(String(160), default="")
    flags: Mapped[int] = mapped_column(Integer)
    n: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(BigInteger)
    last: Mapped[int] = mapped_column(BigInteger)
    behalf: Mapped[str] = mapped_column(String(260), default="")

    __table_args__ = (
        Index("ix_overview_cell_actor", "actor", "day"),
        Index("ix_overview_cell_org", "org_id", "day"),
        Index("ix_overview_cell_week", "week"),
        Index("ix_overview_cell_patient", "patient_id"),
    )


class OverviewSource(Base):
    """Which version of a citizen's cells the overview holds (a checksum of the stored row)."""

    __tablename__ = "overview_source"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    crc: Mapped[int] = mapped_column(BigInteger)
