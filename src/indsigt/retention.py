"""Retention of access-log entries: explicit, audited, never silent.

Access-log entries older than the retention period (``INDSIGT_RETENTION_DAYS``, default 730 days,
as the national log service keeps them) are removed only when an operator runs
``indsigt retention``. Each run that removes anything writes an audit-trail row
(``retention.apply``) with the cut-off and the counts, in the same transaction as the deletion:
either both happen or neither.

- The cut-off is a calendar date in Europe/Copenhagen: entries before local midnight of
  ``today - days`` go; entries of that date and later stay.
- Entries a misuse case refers to (``case_entry``) are kept, whatever their age, and counted as
  ``held``: evidence is not deleted under a case.
- :func:`log_coverage` tells the citizen view how far back a citizen's log goes.
- The removed entries' leaves stay in the tamper-evident log (``indsigt.integrity``), marked by a
  retention record leaf appended in the same transaction, so ``indsigt verify`` tells retention
  from tampering.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, func, not_, select
from sqlalchemy.orm import Session

from .audit import record
from .errors import Invalid
from .store import AccessEntry, AuditTrail, Base
from .timeutil import local_midnight, to_local, utcnow

ACTION = "retention.apply"


def cutoff_for(days: int, now: datetime | None = None) -> date:
    """The first calendar date (Copenhagen) that is kept when keeping ``days`` days."""
    if days < 1:
        raise Invalid("opbevaringstiden skal være mindst 1 dag")
    return to_local(now or utcnow()).date() - timedelta(days=days)


def _old(cutoff: date) -> Any:
    return AccessEntry.time < local_midnight(cutoff)


def _held() -> Any:
    """Entries a misuse case refers to (None when the cases tables are not installed)."""
    t = Base.metadata.tables.get("case_entry")
    if t is None:
        return None
    return exists().where(t.c.entry_id == AccessEntry.id)


def plan(session: Session | Connection, days: int, now: datetime | None = None) -> dict[str, Any]:
    """What a retention run would remove, without removing anything."""
    cutoff = cutoff_for(days, now)
    old = _old(cutoff)
    held = _held()
    total_old = session.execute(
        select(func.count()).select_from(AccessEntry).where(old)
    ).scalar_one()
    n_held = (
        session.execute(
            select(func.count()).select_from(AccessEntry).where(and_(old, held))
        ).scalar_one()
        if held is not None
        else 0
    )
    oldest = session.execute(select(func.min(AccessEntry.time)).where(old)).scalar()
    patients = session.execute(
        select(func.count(func.distinct(AccessEntry.patient_id))).where(old)
    ).scalar_one()
    return {
        "days": days,
        "cutoff": cutoff.isoformat(),
        "entries": total_old - n_held,
        "held": n_held,
        "patients": patients,
        "oldest": to_local(oldest).date().isoformat() if oldest else None,
    }


def apply_retention(
    session: Session,
    *,
    days: int,
    actor: str,
    dry_run: bool = False,
    now: datetime | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """Remove access-log entries older than ``days`` days and audit it (in the session's
    transaction: the caller commits). Returns what was (or, with ``dry_run``, would be) removed."""
    result = plan(session, days, now) | {"dry_run": dry_run, "removed": 0, "audit_id": None}
    if dry_run or result["entries"] == 0:
        return result
    cutoff = date.fromisoformat(result["cutoff"])
    where = _old(cutoff)
    held = _held()
    if held is not None:
        where = and_(where, not_(held))
    # the tamper-evident log keeps the leaves of the removed entries, marked by a retention
    # record leaf, so that `indsigt verify` tells this removal from tampering
    from .integrity.log import record_retention

    record_retention(session, select(AccessEntry.id).where(where), cutoff=cutoff)
    removed = session.execute(
        delete(AccessEntry).where(where).execution_options(synchronize_session=False)
    ).rowcount
    result["removed"] = removed
    details = {k: result[k] for k in ("days", "cutoff", "removed", "held", "patients", "oldest")}
    record(
        session,
        actor,
        ACTION,
        "access_entry",
        reason or f"opbevaringstid {days} dage: logposter før {result['cutoff']} slettet",
        details,
    )
    session.flush()
    result["audit_id"] = session.execute(
        select(func.max(AuditTrail.id)).where(AuditTrail.action == ACTION)
    ).scalar()
    return result


def last_cutoff(session: Session) -> date | None:
    """The cut-off of the most recent retention run that removed entries (None: never)."""
    details = session.execute(
        select(AuditTrail.details)
        .where(AuditTrail.action == ACTION)
        .order_by(AuditTrail.id.desc())
        .limit(1)
    ).scalar()
    if not details or not details.get("cutoff"):
        return None
    return date.fromisoformat(details["cutoff"])


def log_coverage(session: Session, patient: str) -> date | None:
    """The earliest date of the citizen's access log that is kept (Copenhagen calendar date).

    After a retention run: its cut-off date - every access from that date on is kept, older ones
    were removed (except entries held by a case, which may be older). Before any retention run:
    the date of the citizen's earliest entry, as nothing was ever removed. None: the citizen has no
    entries and nothing was ever removed.
    """
    cutoff = last_cutoff(session)
    if cutoff is not None:
        return cutoff
    first = session.execute(
        select(func.min(AccessEntry.time)).where(AccessEntry.patient_id == patient)
    ).scalar()
    return to_local(first).date() if first else None


__all__ = ["ACTION", "apply_retention", "cutoff_for", "last_cutoff", "log_coverage", "plan"]
