"""The one exit: every text that leaves toward a citizen or a proxy is built here.

A view is a function of (subject, viewer, time). It authorises, builds the document, and applies
the staff-name protection last. Adapters (CLI, HTTP, web pages, exports) only call these
functions and serialise what they return; they never read the store themselves.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import authz
from .accesslog.view import LogFilters, build_log, group_entries
from .protect.base import ViewProtection, scrub
from .protect.orders import protection_for_view
from .retention import log_coverage
from .store import Document, Organization, Staff
from .timeutil import iso_local, utcnow


def protection_for(session: Session, subject: str, viewer: str, at: datetime) -> ViewProtection:
    """The protection in force for this view (orders toward subject, viewer and everyone).

    Imported directly, never behind a fallback: if protection cannot load, no view is served.
    """
    return protection_for_view(session, subject, viewer, at)


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


def journal_view(
    session: Session, subject: str, viewer: str | None = None, at: datetime | None = None
) -> dict[str, Any]:
    """The citizen's record notes as ``viewer`` sees them at ``at`` (contract: ``journal --json``)."""
    viewer = viewer or subject
    at = at or utcnow()
    authz.authorize(session, subject, viewer, at, "journal")
    protection = protection_for(session, subject, viewer, at)
    docs = session.scalars(
        select(Document)
        .where(Document.patient_id == subject)
        .where((Document.date <= at) | (Document.date.is_(None)))
        .order_by(Document.date, Document.id)
    ).all()
    names = _names(session, {d.author_staff_id for d in docs if d.author_staff_id})
    orgs = org_names(session, {d.organization_id for d in docs if d.organization_id})
    out = [
        {
            "id": d.id,
            "date": iso_local(d.date),
            "title": d.title or "Notat",
            "author": protection.person(
                d.author_staff_id, names.get(d.author_staff_id or "") or d.author_display
            ),
            "organization": orgs.get(d.organization_id or ""),
            "text": d.text,
        }
        for d in docs
    ]
    return scrub({"patient": subject, "viewer": viewer, "documents": out}, protection)


def log_view(
    session: Session,
    subject: str,
    viewer: str | None = None,
    at: datetime | None = None,
    *,
    entries: bool = False,
    filters: LogFilters | None = None,
    timeline: bool = False,
    groups_page: tuple[int, int] | None = None,
    entries_page: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """The citizen's access log as ``viewer`` sees it (contract: ``log --json``).

    ``filters`` (period, organisation, flag, state) narrow it for the web pages and the HTTP API;
    ``timeline`` adds the accesses per day for the chart. ``groups_page`` / ``entries_page``
    (offset, limit) return one page of the groups / entries (with ``groups_matching`` /
    ``entries_matching``), and only that page is rendered and protected: a citizen with tens of
    thousands of entries costs every other user nothing extra.
    """
    viewer = viewer or subject
    at = at or utcnow()
    authz.authorize(session, subject, viewer, at, "log")
    protection = protection_for(session, subject, viewer, at)
    doc = build_log(
        session,
        subject,
        at,
        protection,
        entries=entries,
        filters=filters,
        timeline=timeline,
        groups_page=groups_page,
    )
    if entries and entries_page is not None:
        offset, limit = entries_page
        rows = doc.get("entries") or []
        doc["entries_matching"] = len(rows)
        doc["entries"] = rows[offset : offset + limit]
    kept = log_coverage(session, subject)  # how far back the log goes (retention)
    doc = {
        "patient": subject,
        "viewer": viewer,
        **doc,
        "log_from": kept.isoformat() if kept else None,
    }
    return scrub(doc, protection)


def log_group_view(
    session: Session,
    subject: str,
    viewer: str | None,
    group_id: str,
    at: datetime | None = None,
    *,
    filters: LogFilters | None = None,
) -> dict[str, Any]:
    """One group of the log with every entry in it (drill-down), as ``viewer`` sees it."""
    viewer = viewer or subject
    at = at or utcnow()
    authz.authorize(session, subject, viewer, at, "log")
    protection = protection_for(session, subject, viewer, at)
    doc = group_entries(session, subject, at, protection, group_id, filters=filters)
    return scrub({**doc, "patient": subject, "viewer": viewer}, protection)
