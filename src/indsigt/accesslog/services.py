"""Service relations: what the operator says, what the organisation types say, what was mined.

Departments such as radiology, clinical biochemistry, pathology and the hospital pharmacy look
at patients of other departments as their daily work. indsigt knows this three ways
(``docs/accesslog.md``, *Service departments*):

- **by type**: an organisation whose type or name says it is a service department serves every
  relation of its hospital (``orgs.SERVICE_WORDS``);
- **the operator's list** (``accesslog_service``, ``indsigt accesslog services import FILE``):
  ``{"user_org": ..., "relation_org": ..., "note": ...}`` — users of ``user_org`` serve the
  patients in a relation with ``relation_org`` or anything under it (a night team for a
  hospital, a municipal acute team for the home-care units);
- **mined templates** (``accesslog_template``), from the log itself.

:func:`overview` shows all three to the auditor, with the evidence behind each mined template.
Changing the list changes the rules: the access log is recomputed at once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ..audit import record
from ..errors import Invalid, NotFound
from ..store import Organization
from ..store.accesslog import AccesslogService, AccesslogTemplate
from ..timeutil import iso_local, utcnow
from ..users import require_role
from .source import build_orgs

FIELDS = ("user_org", "relation_org", "note")


def _org_id(session: Session, value: Any) -> str | None:
    """An Organization id or ``SOR:<code>`` -> the id, or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    if v.startswith("SOR:"):
        return session.scalar(select(Organization.id).where(Organization.sor == v[4:].strip()))
    if v.startswith("Organization/"):
        v = v.split("/", 1)[1]
    return v if session.get(Organization, v) is not None else None


def bump_rules(conn: Connection) -> None:
    """The rules changed (service relations): stored cells no longer match the stamp."""
    old = conn.execute(text("SELECT value FROM accesslog_state WHERE key = 'rules'")).scalar()
    conn.execute(text("DELETE FROM accesslog_state WHERE key = 'rules'"))
    conn.execute(
        text("INSERT INTO accesslog_state (key, value) VALUES ('rules', :v)"),
        {"v": str(int(old or 0) + 1)},
    )


def import_services(session: Session, data: Any, *, actor: str) -> list[dict[str, str]]:
    """Add service relations (one object or a list). All or nothing: every problem is reported
    as ``#N: what is wrong``. Importing the same relation again updates its note."""
    items = data if isinstance(data, list) else [data]
    problems: list[str] = []
    rows: list[tuple[str, str, str | None]] = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            problems.append(f"#{n}: skal være et objekt med user_org og relation_org")
            continue
        unknown = sorted(set(item) - set(FIELDS))
        if unknown:
            problems.append(f"#{n}: ukendte felter: {', '.join(unknown)}")
        user = _org_id(session, item.get("user_org"))
        rel = _org_id(session, item.get("relation_org"))
        if user is None:
            problems.append(f"#{n}: user_org {item.get('user_org')!r} findes ikke")
        if rel is None:
            problems.append(f"#{n}: relation_org {item.get('relation_org')!r} findes ikke")
        if user is not None and user == rel:
            problems.append(f"#{n}: en organisation betjener ikke sig selv")
        note = item.get("note")
        if note is not None and not isinstance(note, str):
            problems.append(f"#{n}: note skal være tekst")
        if user and rel:
            rows.append((user, rel, note))
    if problems:
        raise Invalid("\n".join(problems))
    now = utcnow()
    for user, rel, note in rows:
        found = session.get(AccesslogService, (user, rel))
        if found is None:
            session.add(
                AccesslogService(
                    user_org=user, relation_org=rel, note=note, added_by=actor, added_at=now
                )
            )
        else:
            found.note = note if note is not None else found.note
    session.flush()
    bump_rules(session.connection())
    record(session, actor, "services.import", None, None, {"relations": len(rows)})
    return [{"user_org": u, "relation_org": r} for u, r, _ in rows]


def remove_service(session: Session, user_org: str, relation_org: str, *, actor: str) -> None:
    found = session.get(AccesslogService, (user_org, relation_org))
    if found is None:
        raise NotFound("Servicerelationen findes ikke.")
    session.delete(found)
    session.flush()
    bump_rules(session.connection())
    record(session, actor, "services.remove", f"{user_org}>{relation_org}", None, None)


def list_services(session: Session) -> list[dict[str, Any]]:
    names = dict(session.execute(select(Organization.id, Organization.name)).all())
    return [
        {
            "user_org": s.user_org,
            "user_org_name": names.get(s.user_org),
            "relation_org": s.relation_org,
            "relation_org_name": names.get(s.relation_org),
            "note": s.note,
            "added_by": s.added_by,
            "added_at": iso_local(s.added_at) if s.added_at else None,
        }
        for s in session.scalars(
            select(AccesslogService).order_by(
                AccesslogService.user_org, AccesslogService.relation_org
            )
        )
    ]


def overview(session: Session, viewer: str) -> dict[str, Any]:
    """What explains a department's lookups at other departments' patients, for an auditor or
    administrator: the mined templates with their evidence, the service departments by type
    (home care of one municipality included), the on-call groups (the sister departments that
    cover each other at night and on weekends) and the operator's list."""
    require_role(session, viewer, "auditor", "admin")
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.type, Organization.part_of)
    ).all()
    names = {r[0]: r[1] for r in rows}
    orgs = build_orgs([tuple(r) for r in rows])
    mined = [
        {
            "user_org": t.user_org,
            "user_org_name": names.get(t.user_org),
            "relation_org": t.relation_org,
            "relation_org_name": names.get(t.relation_org),
            "citizens": t.patients,
            "users": t.users,
            "weeks": t.weeks,
            "share": round(t.share, 3),
            "lift": round(t.lift, 1),
        }
        for t in session.scalars(
            select(AccesslogTemplate).order_by(
                AccesslogTemplate.user_org, AccesslogTemplate.relation_org
            )
        )
    ]
    by_type = [
        {
            "user_org": a,
            "user_org_name": names.get(a),
            "relation_org": b,
            "relation_org_name": names.get(b),
        }
        for a, b in orgs.type_services()
    ]
    groups: dict[int, list[str]] = {}
    for i, g in enumerate(orgs.cover_group.tolist()):
        if g >= 0:
            groups.setdefault(g, []).append(orgs.ids[i])
    on_call = [
        {
            "group": orgs.ids[g],
            "group_name": names.get(orgs.ids[g]),
            "departments": [{"org": d, "name": names.get(d)} for d in sorted(members)],
        }
        for g, members in sorted(groups.items(), key=lambda kv: orgs.ids[kv[0]])
        if len(members) > 1
    ]
    return {
        "mined": mined,
        "by_type": by_type,
        "on_call": on_call,
        "operator": list_services(session),
    }
