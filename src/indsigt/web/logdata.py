"""The access log as the pages need it, always from the view layer (:mod:`indsigt.views`).

The view builds the condensed log (groups) and, on request, every entry, with protection applied
last. This module only arranges that output for the pages: filters, the order of the sections
(what needs the citizen's attention first), the timeline and the counts for the map.

The filters are parsed by the view layer (:func:`indsigt.views.filters.parse_log_query`) and go
to ``views.log_view(..., filters=...)`` and ``views.log_group_view``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from .. import views
from ..timeutil import local_midnight
from ..views.filters import org_displays
from .charts import Bucket, bucketize
from .common import LogFilters
from .render import to_dt


def log_document(
    session: Session,
    subject: str,
    viewer: str,
    filters: LogFilters | None = None,
    *,
    entries: bool = False,
    timeline: bool = False,
    at: datetime | None = None,
    groups_page: tuple[int, int] | None = None,
    entries_page: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """``views.log_view`` with the page's filters (authorised and protected by the view);
    ``timeline`` adds the accesses per day the chart needs; ``groups_page`` / ``entries_page``
    (offset, limit) ask the view for one page only."""
    native = filters.filters if filters is not None else None
    return views.log_view(
        session,
        subject,
        viewer,
        at,
        entries=entries,
        filters=native,
        timeline=timeline,
        groups_page=groups_page,
        entries_page=entries_page,
    )


def group_document(
    session: Session,
    subject: str,
    viewer: str,
    group_id: str,
    filters: LogFilters | None = None,
) -> dict[str, Any]:
    """One group with its entries: ``{"group", "entries", ...}`` (the view's drill-down)."""
    native = filters.filters if filters is not None else None
    return views.log_group_view(session, subject, viewer, group_id, filters=native)


# -- sections ---------------------------------------------------------------------------------


def state(group: dict[str, Any]) -> str:
    """explained, unexplained, flagged or system, as the view says."""
    return str(group["state"])


def needs_attention(group: dict[str, Any]) -> bool:
    return state(group) in ("unexplained", "flagged")


def reasons(group: dict[str, Any]) -> list[tuple[str, str]]:
    """(flag name, reason in plain Danish) for each flag; the view's own wording when given."""
    from .render import flag_name, flag_reason

    flags = list(group.get("flags") or [])
    given = list(group.get("reasons") or [])
    if not flags and needs_attention(group):
        flags = ["no_relation"]
    return [
        (flag_name(f), given[i] if i < len(given) and given[i] else flag_reason(f))
        for i, f in enumerate(flags)
    ]


@dataclass
class LogSections:
    attention: list[dict[str, Any]] = field(default_factory=list)
    explained: list[dict[str, Any]] = field(default_factory=list)
    system: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _count(groups: list[dict[str, Any]]) -> int:
        return sum(int(g.get("count") or 0) for g in groups)

    @property
    def attention_count(self) -> int:
        return self._count(self.attention)

    @property
    def explained_count(self) -> int:
        return self._count(self.explained)

    @property
    def system_count(self) -> int:
        return self._count(self.system)


def sections(doc: dict[str, Any]) -> LogSections:
    """The groups that need attention (in the order the access log gives them: it decides what
    comes first), then the explained ones (most accesses first), then the systems."""
    s = LogSections()
    for g in doc.get("groups") or []:
        st = state(g)
        if st == "system":
            s.system.append(g)
        elif st in ("unexplained", "flagged"):
            s.attention.append(g)
        else:
            s.explained.append(g)
    s.explained.sort(key=lambda g: int(g.get("count") or 0), reverse=True)
    s.system.sort(key=lambda g: int(g.get("count") or 0), reverse=True)
    return s


# -- timeline ---------------------------------------------------------------------------------


def _days(doc: dict[str, Any]) -> Iterator[tuple[str, int, int]]:
    """(day, explained or system, needs attention) from the view's ``timeline``
    (``[{"day": "2026-03-01", "explained": n, "unexplained": n, "flagged": n, "system": n}]``,
    asked for with ``log_document(..., timeline=True)``)."""
    for d in doc["timeline"]:
        yield (
            str(d["day"]),
            int(d["explained"]) + int(d["system"]),
            int(d["unexplained"]) + int(d["flagged"]),
        )


def timeline(doc: dict[str, Any], filters: LogFilters | None = None) -> tuple[str, list[Bucket]]:
    """Accesses per day, week or month, split in "explained or system" and "needs attention"."""
    first = local_midnight(filters.since) if filters and filters.since else None
    last = local_midnight(filters.until) if filters and filters.until else None
    return bucketize(_days(doc), first, last)


def new_groups(doc: dict[str, Any], day: date) -> list[dict[str, Any]]:
    """Groups with accesses from local ``day`` on."""
    start = to_dt(local_midnight(day))
    return [
        g
        for g in doc.get("groups") or []
        if (t := to_dt(g.get("last"))) is not None and start is not None and t >= start
    ]


def count_since(doc: dict[str, Any], day: date) -> tuple[int, int]:
    """(accesses, of which need attention) from local ``day`` on, from the view's timeline."""
    total = attention = 0
    for d, ok, bad in _days(doc):
        if date.fromisoformat(d[:10]) >= day:
            total += ok + bad
            attention += bad
    return total, attention


# -- organisations ----------------------------------------------------------------------------


def organizations(doc: dict[str, Any]) -> list[str]:
    return sorted({g["organization"] for g in doc.get("groups") or [] if g.get("organization")})


def org_options(session: Session, doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(organisation id, display name) of the organisations in the log, for the filter."""
    shown = set(organizations(doc))
    by_display: dict[str, str] = {}
    for oid, disp in sorted(org_displays(session).items()):
        if disp in shown:
            by_display.setdefault(disp, oid)
    return sorted(((oid, disp) for disp, oid in by_display.items()), key=lambda r: r[1])
