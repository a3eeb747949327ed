"""Tables for the nouns of the contract. No business rules here.

Conventions:
- Imported records keep their source id as primary key (FHIR id, or ``regKode`` for CSV log rows), so
  importing the same file twice stores nothing twice.
- References between imported records are plain id columns without database foreign keys: a
  reference may point into a file imported later in the same command; the importer checks every
  reference itself and reports the dangling ones (``FILE:LINE``).
- Times are naive UTC (``DateTime``); dates of orders and proxies are calendar dates read in
  Europe/Copenhagen.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base

ID = String(128)


class Organization(Base):
    __tablename__ = "organization"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    sor: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(300))
    type: Mapped[str | None] = mapped_column(String(100))
    part_of: Mapped[str | None] = mapped_column(ID, index=True)
    municipality_code: Mapped[str | None] = mapped_column(String(8))
    #: made by the importer for an organisation a log entry names (``SOR:<code>``, ``YNUMBER:``,
    #: an unknown id) before master data does; shown by its code, replaced when the Organization
    #: arrives
    provisional: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: the organisation a provisional one turned out to be (entries keep the id they were
    #: logged with; readers map it: ``indsigt.ingest.orgs.resolve_org_ids``)
    alias_of: Mapped[str | None] = mapped_column(ID)


class ResourceIdentifier(Base):
    """Every identifier (system, value) of an imported resource, for resolving conditional
    references (``Organization?identifier=SYSTEM|VALUE``) and ``Reference.identifier``."""

    __tablename__ = "resource_identifier"
    resource_type: Mapped[str] = mapped_column(String(64), primary_key=True)
    system: Mapped[str] = mapped_column(String(300), primary_key=True)
    value: Mapped[str] = mapped_column(String(300), primary_key=True)
    resource_id: Mapped[str] = mapped_column(ID, primary_key=True)


class Staff(Base):
    """A health professional (FHIR Practitioner)."""

    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    given: Mapped[str] = mapped_column(String(200), default="")
    family: Mapped[str] = mapped_column(String(200), default="")
    prefix: Mapped[str | None] = mapped_column(String(100))
    cpr: Mapped[str | None] = mapped_column(String(10), index=True)
    auth_id: Mapped[str | None] = mapped_column(String(64), index=True)
    username: Mapped[str | None] = mapped_column(String(128), index=True)
    email: Mapped[str | None] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(String(400))
    address_key: Mapped[str | None] = mapped_column(String(400), index=True)
    roles: Mapped[list[StaffRole]] = relationship(
        primaryjoin="Staff.id == foreign(StaffRole.staff_id)", viewonly=True, lazy="selectin"
    )

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}".strip()


class StaffRole(Base):
    """A staff member's job in an organisation (FHIR PractitionerRole)."""

    __tablename__ = "staff_role"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    staff_id: Mapped[str | None] = mapped_column(ID, index=True)
    organization_id: Mapped[str | None] = mapped_column(ID, index=True)
    title: Mapped[str | None] = mapped_column(String(200))


class StaffName(Base):
    """Every ``HumanName`` a Practitioner has been imported with (append-only: a re-import that
    renames the person adds a row and never removes one). ``prefix`` is ``""`` when none."""

    __tablename__ = "staff_name"
    staff_id: Mapped[str] = mapped_column(ID, primary_key=True)
    given: Mapped[str] = mapped_column(String(200), primary_key=True)
    family: Mapped[str] = mapped_column(String(200), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(100), primary_key=True)
    #: HumanName.use as last imported (official, usual, nickname, maiden, old, ...), or None
    use: Mapped[str | None] = mapped_column(String(16))


#: ``staff_alias.kind`` values
ALIAS_KINDS = ("username", "auth_id", "email", "cpr", "identifier", "phone", "initials")


class StaffAlias(Base):
    """Every identifier and telecom a Practitioner has been imported with (append-only), and the
    initials learned for them. ``system`` is the identifier's or telecom's system, ``""`` when
    none; ``value`` as given (a user name keeps its domain, ``RSYD\\lch``)."""

    __tablename__ = "staff_alias"
    staff_id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(300), primary_key=True)
    system: Mapped[str] = mapped_column(String(300), primary_key=True)

    __table_args__ = (Index("ix_staff_alias_value", "value"),)


class StaffMembership(Base):
    """Every PractitionerRole ever imported, with its ``period``: kept when a re-import moves the
    role to another organisation (a new row), so the role history says who belonged where."""

    __tablename__ = "staff_membership"
    role_id: Mapped[str] = mapped_column(ID, primary_key=True)
    staff_id: Mapped[str] = mapped_column(ID, primary_key=True)
    organization_id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str | None] = mapped_column(String(200))
    start: Mapped[datetime | None] = mapped_column(DateTime)
    end: Mapped[datetime | None] = mapped_column(DateTime)
    #: when an import first and last said so (naive UTC)
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_staff_membership_staff", "staff_id"),
        Index("ix_staff_membership_org", "organization_id"),
    )


class RelatedPerson(Base):
    """A citizen's relative or contact: FHIR RelatedPerson, or a ``Patient.contact`` (id
    ``<patient id>#contact-<n>``, n from 1). Their names are never hidden as staff names."""

    __tablename__ = "related_person"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID, index=True)
    given: Mapped[str] = mapped_column(String(200), default="")
    family: Mapped[str] = mapped_column(String(200), default="")
    relationship: Mapped[str | None] = mapped_column(String(200))
    address_key: Mapped[str | None] = mapped_column(String(400))
    #: ``RelatedPerson`` or ``Patient.contact``
    source: Mapped[str] = mapped_column(String(32))


class Patient(Base):
    __tablename__ = "patient"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    cpr: Mapped[str | None] = mapped_column(String(10), unique=True)
    given: Mapped[str] = mapped_column(String(200), default="")
    family: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str | None] = mapped_column(String(400))
    address_key: Mapped[str | None] = mapped_column(String(400), index=True)
    municipality_code: Mapped[str | None] = mapped_column(String(8))

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}".strip()


RELATION_KINDS = ("episode", "encounter", "appointment", "referral")


class Relation(Base):
    """A treatment relation: episode of care, encounter, appointment or referral."""

    __tablename__ = "relation"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID)
    organization_id: Mapped[str | None] = mapped_column(ID)
    #: the other organisation of a referral (requester's), or None
    other_organization_id: Mapped[str | None] = mapped_column(ID)
    start: Mapped[datetime | None] = mapped_column(DateTime)
    end: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str | None] = mapped_column(String(400))

    __table_args__ = (Index("ix_relation_patient", "patient_id", "start"),)


class RelationStaff(Base):
    """A staff member (and role) taking part in a relation."""

    __tablename__ = "relation_staff"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    relation_id: Mapped[str] = mapped_column(ID, primary_key=True)
    ref: Mapped[str] = mapped_column(
        ID, primary_key=True
    )  # "PractitionerRole/x" or "Practitioner/y"
    staff_id: Mapped[str | None] = mapped_column(ID, index=True)
    role_id: Mapped[str | None] = mapped_column(ID)
    organization_id: Mapped[str | None] = mapped_column(ID)


class Document(Base):
    """A record note (FHIR DocumentReference with text/plain content)."""

    __tablename__ = "document"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID)
    date: Mapped[datetime | None] = mapped_column(DateTime)
    title: Mapped[str | None] = mapped_column(String(400))
    author_ref: Mapped[str | None] = mapped_column(ID)
    author_staff_id: Mapped[str | None] = mapped_column(ID, index=True)
    author_role_id: Mapped[str | None] = mapped_column(ID)
    author_display: Mapped[str | None] = mapped_column(String(300))
    organization_id: Mapped[str | None] = mapped_column(ID)
    content_type: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")
    #: the content could not be read as text (a PDF, only an ``attachment.url``, ...): the view
    #: tells the citizen so instead of showing an empty note; ``content_type`` says what it was
    unreadable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (Index("ix_document_patient_date", "patient_id", "date"),)


class AccessEntry(Base):
    """One access-log entry (AuditEvent or a MinLog CSV row). Immutable once stored."""

    __tablename__ = "access_entry"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    patient_id: Mapped[str] = mapped_column(ID)
    time: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str | None] = mapped_column(String(4))
    #: free text (purpose code, system, what was touched, data reference, session): stored whole
    purpose: Mapped[str | None] = mapped_column(Text)
    #: the user as logged: "PractitionerRole/x", "Practitioner/y", an identifier value, a CSV ``bruger``
    user_ref: Mapped[str | None] = mapped_column(String(200))
    user_staff_id: Mapped[str | None] = mapped_column(ID)
    user_role_id: Mapped[str | None] = mapped_column(ID)
    user_display: Mapped[str | None] = mapped_column(String(300))
    on_behalf_staff_id: Mapped[str | None] = mapped_column(ID)
    on_behalf_display: Mapped[str | None] = mapped_column(String(300))
    organization_id: Mapped[str | None] = mapped_column(ID)
    system_name: Mapped[str | None] = mapped_column(Text)
    what: Mapped[str | None] = mapped_column(Text)
    data_ref: Mapped[str | None] = mapped_column(Text)
    session_id: Mapped[str | None] = mapped_column(Text)
    is_system: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(8), default="fhir")

    # Only the index the citizen's view needs. Measured: each further index on this table halves
    # bulk-import throughput into SQLite (PK + this one: ~230k rows/s; + (user, time): ~105k rows/s).
    # Batch analytics (per user and day) scan the table instead.
    __table_args__ = (Index("ix_access_patient_time", "patient_id", "time"),)


class ProtectionOrder(Base):
    """A protection order (contract section 2)."""

    __tablename__ = "protection_order"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # patient | organization | staff
    patient_id: Mapped[str | None] = mapped_column(ID, index=True)
    organization_id: Mapped[str | None] = mapped_column(ID)
    staff_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16), default="pseudonym")
    keep_title: Mapped[bool] = mapped_column(Boolean, default=True)
    decided_by: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str | None] = mapped_column(Text)


class Proxy(Base):
    """A digital power of attorney (fuldmagt): ``proxy`` may see ``principal``'s data."""

    __tablename__ = "proxy"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    principal_id: Mapped[str] = mapped_column(ID, index=True)
    proxy_id: Mapped[str] = mapped_column(ID, index=True)
    scope: Mapped[list[str]] = mapped_column(JSON, default=list)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditTrail(Base):
    """The administrative audit trail: who did what, when and why (orders, reveals, cases ...)."""

    __tablename__ = "audit_trail"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict | None] = mapped_column(JSON)

    # "the newest row of an action" (the last retention run, the demo scenario) is asked on every
    # view; without this index it reads the trail backwards past every sign-in since
    __table_args__ = (Index("ix_audit_trail_action_id", "action", "id"),)


class AppUser(Base):
    """A staff user of indsigt itself with a role: ``admin`` (manager, protection orders, cases) or
    ``auditor`` (privacy officer: reveal labels, decide name requests). Citizens are not app users."""

    __tablename__ = "app_user"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16))  # admin | auditor
    organization_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ImportedFile(Base):
    """A record of each file import (for operators): name, counts, when."""

    __tablename__ = "imported_file"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str | None] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)


__all__ = [
    "ALIAS_KINDS",
    "RELATION_KINDS",
    "AccessEntry",
    "AppUser",
    "AuditTrail",
    "Base",
    "Document",
    "ForeignKey",
    "ImportedFile",
    "Organization",
    "Patient",
    "ProtectionOrder",
    "Proxy",
    "RelatedPerson",
    "Relation",
    "RelationStaff",
    "ResourceIdentifier",
    "Staff",
    "StaffAlias",
    "StaffMembership",
    "StaffName",
    "StaffRole",
]
