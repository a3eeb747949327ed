"""Tables of the staff-name protection (orders themselves are ``models.ProtectionOrder``).

``label_pin`` remembers, per (citizen, staff member), the pseudonym label the citizen was first
shown: the key version it was made with, the short code and the job title at that moment. Once
pinned, a label never changes: not when the key is rotated, not when the staff member changes job.
The table holds no key material; the code is what the citizen already saw.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID


class LabelPin(Base):
    """The pseudonym of one staff member toward one citizen (the data subject)."""

    __tablename__ = "label_pin"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    staff_id: Mapped[str] = mapped_column(ID, primary_key=True)
    key_version: Mapped[int] = mapped_column(Integer)
    #: 0 normally; n > 0 when the first n codes collided with another person's code for this citizen
    counter: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("patient_id", "code", name="uq_label_pin_code"),)


__all__ = ["LabelPin"]
