"""The citizen's access log (raw stage: one group per organisation; condensing comes next)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..protect.base import ViewProtection
from ..store import AccessEntry, Staff
from ..timeutil import iso_local


def build_log(
    session: Session, subject: str, at: datetime, protection: ViewProtection, *, entries: bool
) -> dict[str, Any]:
    rows = session.scalars(
        select(AccessEntry)
        .where(AccessEntry.patient_id == subject, AccessEntry.time <= at)
        .order_by(AccessEntry.time, AccessEntry.id)
    ).all()
    staff = {
        s.id: s.name
        for s in session.scalars(
            select(Staff).where(Staff.id.in_({r.user_staff_id for r in rows if r.user_staff_id}))
        )
    }
    from ..views import org_names

    orgs = org_names(session, {r.organization_id for r in rows if r.organization_id})
    groups: dict[str, dict[str, Any]] = {}
    out_entries = []
    for r in rows:
        org = orgs.get(r.organization_id or "", r.system_name or "Ukendt organisation")
        gid = f"g{len(groups) + 1}" if org not in groups else groups[org]["id"]
        actor = protection.person(
            r.user_staff_id, staff.get(r.user_staff_id or "") or r.user_display
        )
        g = groups.setdefault(
            org,
            {
                "id": gid,
                "summary": "",
                "organization": org,
                "actors": [],
                "count": 0,
                "first": iso_local(r.time),
                "last": None,
                "explained_by": None,
                "flags": [],
            },
        )
        g["count"] += 1
        g["last"] = iso_local(r.time)
        if actor and actor not in g["actors"]:
            g["actors"].append(actor)
        if entries:
            out_entries.append(
                {
                    "id": r.id,
                    "time": iso_local(r.time),
                    "actor": actor,
                    "organization": org,
                    "group": gid,
                    "explained_by": None,
                    "flags": [],
                }
            )
    for g in groups.values():
        g["summary"] = f"{g['organization']} så dine oplysninger {g['count']} gange"
    doc: dict[str, Any] = {"total": len(rows), "groups": list(groups.values())}
    if entries:
        doc["entries"] = out_entries
    return doc
