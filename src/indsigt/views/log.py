"""The citizen's access log (contract: ``log --json``), one group of it, one entry of it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from ..accesslog.view import LogFilters, build_log, group_entries
from ..config import get_settings
from ..errors import NotFound
from ..integrity.completeness import gaps
from ..protect.base import ViewProtection
from ..retention import last_cutoff, log_coverage
from ..timeutil import to_local, utcnow
from .exit import citizen_view


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

    def build(protection: ViewProtection) -> dict[str, Any]:
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
        if entries:
            _add_what(session, doc.get("entries") or [])
        doc = whose(subject, viewer, doc)
        today = to_local(at).date()
        retention = get_settings().retention_days
        return {
            "patient": subject,
            "viewer": viewer,
            **doc,
            "log_from": kept.isoformat() if kept else None,
            # whether older entries were deleted (retention), or the log simply begins there
            "log_pruned": last_cutoff(session) is not None,
            # periods (within the retention period) in which a source system delivered fewer
            # entries than it declared: entries of this citizen may be missing there too
            "incomplete": gaps(session, today - timedelta(days=retention), today),
        }

    return citizen_view(session, subject, viewer, at, "log", build)


#: second person in the access log's sentences -> the principal, for a proxy ("borgeren")
_YOU = (
    (re.compile(r"\b([Dd])ig selv\b"), "orgeren selv"),
    (re.compile(r"\b([Dd])(?:in|it|ine)\b"), "orgerens"),
    (re.compile(r"\b([Dd])(?:ig|u)\b"), "orgeren"),
)
#: the fields of the log that hold the access log's own sentences
_SENTENCES = ("summary", "reasons", "text")


def _borgeren(rest: str) -> Any:
    """A replacement that keeps the capital of the word it replaces ("Du" -> "Borgeren")."""
    return lambda m: ("B" if m.group(1) == "D" else "b") + rest


def _third_person(value: Any, key: str | None = None) -> Any:
    """The access log's sentences speak to the citizen ("så dine oplysninger", "din aftale"). A
    proxy reads them about someone else: every "du/dig/din/dine" becomes "borgeren(s)", so that
    no sentence tells the proxy it is about their own data.

    Not the principal's name: the proxy chose whose log this is (the page says so), and a name
    repeated in every sentence is a person's name in free text that a reader (or a leak detector)
    cannot tell apart from a hidden staff member with the same given name; nor does every row of
    an exported log need to carry it (data minimisation)."""
    if isinstance(value, str):
        if key not in _SENTENCES:
            return value
        for pattern, rest in _YOU:
            value = pattern.sub(_borgeren(rest), value)
        return value
    if isinstance(value, dict):
        return {k: _third_person(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_third_person(v, key) for v in value]
    return value


def whose(subject: str, viewer: str, doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with the access log's sentences about "borgeren" when the viewer is a proxy."""
    if viewer == subject:
        return doc
    return _third_person(doc)


#: AuditEvent.action (and MinLog rows, which have none) in Danish
ACTIONS = {"C": "oprettet", "R": "læst", "U": "ændret", "D": "slettet", "E": "udført"}


def _add_what(session: Session, entries: list[dict[str, Any]]) -> None:
    """What each entry accessed, as the log says it (``handling`` of MinLog, the entity's
    description of an AuditEvent) and the kind of action: ``what`` and ``action_text``. Free text
    from the source: it passes the protection with the rest of the document."""
    from sqlalchemy import select

    from ..store import AccessEntry

    ids = [e["id"] for e in entries]
    found: dict[str, tuple[str | None, str | None]] = {}
    for i in range(0, len(ids), 900):
        for eid, what, action in session.execute(
            select(AccessEntry.id, AccessEntry.what, AccessEntry.action).where(
                AccessEntry.id.in_(ids[i : i + 900])
            )
        ):
            found[eid] = (what, action)
    for e in entries:
        what, action = found.get(e["id"], (None, None))
        e["what"] = what
        e["action_text"] = ACTIONS.get(action or "")


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

    def build(protection: ViewProtection) -> dict[str, Any]:
        doc = group_entries(session, subject, at, protection, group_id, filters=filters)
        _add_what(session, doc.get("entries") or [])
        return {**whose(subject, viewer, doc), "patient": subject, "viewer": viewer}

    return citizen_view(session, subject, viewer, at, "log", build)


def log_entry_view(
    session: Session,
    subject: str,
    viewer: str | None,
    entry_id: str,
    *,
    group_id: str | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """One entry of the log with the group it belongs to: ``{"patient", "viewer", "entry",
    "group"}`` (the group is None when the entry's group is not known). Raises NotFound."""
    if group_id:
        doc = log_group_view(session, subject, viewer, group_id, at)
        groups = [doc["group"]]
    else:
        doc = log_view(session, subject, viewer, at, entries=True)
        groups = doc.get("groups") or []
    entry = next((e for e in doc.get("entries") or [] if e["id"] == entry_id), None)
    if entry is None:
        raise NotFound("Opslaget findes ikke i loggen.")
    group = next((g for g in groups if g["id"] == entry.get("group")), None)
    return {"patient": subject, "viewer": viewer or subject, "entry": entry, "group": group}
