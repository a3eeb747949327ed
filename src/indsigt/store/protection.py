"""Tables of the staff-name protection (orders themselves are ``models.ProtectionOrder``).

``label_pin`` remembers, per (citizen, staff member, form), the pseudonym label the citizen was
first shown: the key version it was made with, the short code and the job title at that moment.
Once pinned, a label never changes: not when the key is rotated, not when the staff member changes
job. ``form`` is ``titled`` ("Sygeplejerske d5dffae") or ``untitled`` ("Sundhedsperson 4b1e09c"):
the two forms of one person never share a code (see ``protect/labels.py``). The table holds no key
material; the code is what the citizen already saw.

``protect_due`` holds work the protection still owes before views may be served. One kind today,
``initials``: an import brought notes or staff, and the initials staff sign with have not been
learned since (``indsigt.importing``). The row is written before the import's files and removed
when learning succeeds; while it is there, every view that hides someone is refused (fail closed).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .models import ID


class LabelPin(Base):
    """The pseudonym of one staff member toward one citizen (the data subject)."""

    __tablename__ = "label_pin"
    patient_id: Mapped[str] = mapped_column(ID, primary_key=True)
    staff_id: Mapped[str] = mapped_column(ID, primary_key=True)
    #: titled | untitled (the job title is shown in the label or not)
    form: Mapped[str] = mapped_column(
        String(8), primary_key=True, default="titled", server_default=text("'titled'")
    )
    key_version: Mapped[int] = mapped_column(Integer)
    #: 0 normally; n > 0 when the first n codes collided with another person's code for this citizen
    counter: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("patient_id", "code", name="uq_label_pin_code"),)


class ProtectDue(Base):
    """Work the protection owes before a view that hides someone may be served: one row per
    imported file with staff or notes, written in the file's own transaction by the import
    service's importer (``Importer(owe_learning=True)``) and removed by the learning that covers
    it (:func:`indsigt.importing.learn_initials_after`)."""

    __tablename__ = "protect_due"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: ``initials``: learning the initials staff sign with
    kind: Mapped[str] = mapped_column(String(16))
    since: Mapped[datetime] = mapped_column(DateTime)


__all__ = ["LabelPin", "ProtectDue"]
