"""The citizen's record notes (contract: ``journal --json``) and searching them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..protect.base import ViewProtection, Where, Written
from ..store import Document, Organization, Staff
from ..timeutil import iso_local, utcnow
from .exit import citizen_view


def _names(session: Session, staff_ids: set[str]) -> dict[str, str]:
    if not staff_ids:
        return {}
    rows = session.execute(
        select(Staff.id, Staff.given, Staff.family).where(Staff.id.in_(staff_ids))
    )
    return {sid: f"{g} {f}".strip() for sid, g, f in rows}


def org_names(session: Session, org_ids: set[str]) -> dict[str, str]:
    if not org_ids:
        return {}
    rows = session.execute(
        select(Organization.id, Organization.name).where(Organization.id.in_(org_ids))
    )
    return dict(rows.all())


#: the text shown for a note whose content indsigt cannot read (a PDF, a picture, a link only):
#: the citizen is told, never shown an empty note
UNREADABLE = (
    "Notatet er et dokument, som indsigt ikke kan vise (fx en PDF, et billede eller et link). "
    "Spørg det sted, der har skrevet notatet, hvis du vil se det."
)


def journal_view(
    session: Session, subject: str, viewer: str | None = None, at: datetime | None = None
) -> dict[str, Any]:
    """The citizen's record notes as ``viewer`` sees them at ``at`` (contract: ``journal --json``)."""
    viewer = viewer or subject
    at = at or utcnow()

    def build(protection: ViewProtection) -> dict[str, Any]:
        # plain rows, the author's name and the organisation joined in (a journal of 1,000
        # notes: no ORM objects, no list of 1,000 ids bound as parameters)
        rows = session.execute(
            select(
                Document.id,
                Document.date,
                Document.title,
                Document.author_staff_id,
                Document.author_display,
                Document.unreadable,
                Document.text,
                Document.organization_id,
                Staff.id,
                Staff.given,
                Staff.family,
                Organization.name,
            )
            .outerjoin(Staff, Staff.id == Document.author_staff_id)
            .outerjoin(Organization, Organization.id == Document.organization_id)
            .where(Document.patient_id == subject)
            .where((Document.date <= at) | (Document.date.is_(None)))
            .order_by(Document.date, Document.id)
        ).all()

        # a note's text carries where and when it was written: a name part a hidden person shares
        # with a colleague who worked there (protect.names.present); only when someone is hidden
        # (scrub turns Written into the protected text; nothing else sees it)
        def body(
            text: str | None, org_id: str | None, date: datetime | None, author: str | None
        ) -> Any:
            if not protection.hidden or not text:
                return text
            return Written(text, Where(org_id, date, author))

        out = [
            {
                "id": did,
                "date": iso_local(date),
                "title": title or "Notat",
                "author": protection.person(
                    author,
                    (f"{given} {family}".strip() if staff is not None else None) or display,
                ),
                "organization": org,
                "text": UNREADABLE
                if unreadable and not (text or "").strip()
                else body(text, org_id, date, author),
            }
            for did, date, title, author, display, unreadable, text, org_id, staff, given, family, org in rows
        ]
        return {"patient": subject, "viewer": viewer, "documents": out}

    return citizen_view(session, subject, viewer, at, "journal", build)


def _matches(d: dict[str, Any], needle: str) -> bool:
    return any(
        needle in (d.get(k) or "").casefold() for k in ("text", "title", "author", "organization")
    )


def journal_search(
    session: Session,
    subject: str,
    viewer: str | None = None,
    *,
    query: str | None = None,
    organization: str | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The journal narrowed to the notes that contain ``query`` (in the text, title, author or
    organisation, ignoring case) and come from ``organization`` (its name as shown).

    The search runs on the protected document, on what the viewer sees: a hidden name finds
    nothing, its label finds the notes that show it. Returns the journal document with
    ``documents`` narrowed, newest first, and ``total`` (all notes), ``found``, ``query``,
    ``organization`` and ``organizations`` (every organisation in the journal, for a filter).
    """
    doc = journal_view(session, subject, viewer, at)
    notes = list(reversed(doc["documents"]))
    q = " ".join((query or "").split())
    org = (organization or "").strip() or None
    found = [
        d
        for d in notes
        if (org is None or d.get("organization") == org) and (not q or _matches(d, q.casefold()))
    ]
    return {
        **doc,
        "documents": found,
        "total": len(notes),
        "found": len(found),
        "query": q,
        "organization": org,
        "organizations": sorted({d["organization"] for d in notes if d.get("organization")}),
    }
