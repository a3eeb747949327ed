"""Tables of the shared pregnancy record (issue 16). No business rules here; those are in
:mod:`indsigt.pregnancy`.

- ``preg_pregnancy``: one row per pregnancy (an EpisodeOfCare of type pregnancy). Its header
  values (due date and basis, gravida/para, planned birthplace, period, status) are a cache of
  the current version of the pregnancy's header element (kind ``graviditet``), kept in the same
  transaction as every write of that element.
- ``preg_team``: the organisations with a treatment relation to the pregnancy (its care team).
- ``preg_visit``: which encounters and appointments (rows of ``relation``) belong to a pregnancy.
- ``preg_element`` and ``preg_element_version``: every element (an Observation, Condition or
  QuestionnaireResponse, or the header) with every version ever written. Versions are only ever
  added: a correction is a new version with a reason; nothing is updated in place or deleted.
  ``preg_element.version`` is the current version (the compare-and-set of optimistic concurrency).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

ID = String(128)


class Pregnancy(Base):
    __tablename__ = "preg_pregnancy"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID, index=True)
    #: the managing organisation of the EpisodeOfCare (or the one that created the record)
    organization_id: Mapped[str | None] = mapped_column(ID)
    status: Mapped[str | None] = mapped_column(String(32))
    start: Mapped[datetime | None] = mapped_column(DateTime)
    end: Mapped[datetime | None] = mapped_column(DateTime)
    due_date: Mapped[date | None] = mapped_column(Date)
    due_basis: Mapped[str | None] = mapped_column(String(16))
    gravida: Mapped[int | None] = mapped_column(Integer)
    para: Mapped[int | None] = mapped_column(Integer)
    birthplace_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(16), default="indsigt")


class PregnancyTeam(Base):
    """An organisation on the pregnancy's care team (and so with a treatment relation to it)."""

    __tablename__ = "preg_team"
    pregnancy_id: Mapped[str] = mapped_column(ID, primary_key=True)
    organization_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)
    profession: Mapped[str | None] = mapped_column(String(32))
    since: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16), default="indsigt")


class PregnancyVisit(Base):
    """An encounter (a visit that took place) or an appointment (a planned one) of a pregnancy;
    time, place and people are in ``relation`` / ``relation_staff`` under the same kind and id."""

    __tablename__ = "preg_visit"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # encounter | appointment
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    pregnancy_id: Mapped[str] = mapped_column(ID, index=True)
    profession: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16), default="indsigt")


class PregnancyElement(Base):
    """One element of a pregnancy record; its content is in its versions."""

    __tablename__ = "preg_element"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    pregnancy_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(64))
    section: Mapped[str] = mapped_column(String(16))
    doc: Mapped[str] = mapped_column(String(8))  # PRF | PSCR | PMR | own (not exported)
    #: the encounter (visit) the element was recorded at, if any
    visit_id: Mapped[str | None] = mapped_column(ID)
    #: the foetus a foetal measurement is about (GM focus: RelatedPerson), if any
    fetus: Mapped[str | None] = mapped_column(String(64))
    #: the current version (1, 2, ...); a write names the version it corrects (If-Match)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_preg_element_pregnancy", "pregnancy_id", "kind"),)


class PregnancyElementVersion(Base):
    """One version of an element, with its provenance. Never updated, never deleted."""

    __tablename__ = "preg_element_version"
    element_id: Mapped[str] = mapped_column(ID, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)
    effective: Mapped[datetime | None] = mapped_column(DateTime)
    #: final | amended (a correction) | entered-in-error (withdrawn, kept)
    status: Mapped[str] = mapped_column(String(24))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    #: staff (a professional), citizen (the woman herself) or system (an import without performer)
    author_kind: Mapped[str] = mapped_column(String(16))
    author_staff_id: Mapped[str | None] = mapped_column(ID)
    author_role_id: Mapped[str | None] = mapped_column(ID)
    author_org_id: Mapped[str | None] = mapped_column(ID)
    author_profession: Mapped[str | None] = mapped_column(String(32))
    author_patient_id: Mapped[str | None] = mapped_column(ID)
    author_display: Mapped[str | None] = mapped_column(String(300))
    #: why a correction was made (required for every version after the first)
    reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))  # indsigt | fhir
    #: the imported resource (``Observation/x``) a version came from
    source_ref: Mapped[str | None] = mapped_column(String(200))
    #: SHA-256 of an imported resource's content: the same content is never a second version
    digest: Mapped[str | None] = mapped_column(String(64))


__all__ = [
    "Pregnancy",
    "PregnancyElement",
    "PregnancyElementVersion",
    "PregnancyTeam",
    "PregnancyVisit",
]
