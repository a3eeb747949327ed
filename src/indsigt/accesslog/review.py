"""The privacy officer's review queue: accesses with a relationship flag.

A relationship flag (``same_surname``, ``same_address``, ``coworker``) is a fact about the user
and the citizen as people. The citizen sees it at once (or ``attention`` when the user is hidden
from them, since the relation would give the person away); the privacy officer (the auditor
role) gets every such user-day in this queue, with the detail: who the user is, what they share
with the citizen, and whether a treatment relation explains the access.

The refresh writes the queue (:func:`sync`); the status and the privacy officer's note survive
every refresh. Rows the refresh no longer finds flagged are removed while still new, and marked
``stale`` once someone has worked on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.orm import Session

from ..audit import record
from ..errors import Invalid, NotFound
from ..store import Organization, Patient, Staff, StaffRole
from ..store.accesslog import AccesslogReview
from ..timeutil import utcnow
from ..users import require_role
from . import flags as F
from .text import address_norm, fmt_day, surname_parts

STATUSES = {
    "ny": "Ny",
    "under_behandling": "Under behandling",
    "afsluttet": "Afsluttet",
}


def sync(
    conn: Connection,
    columns: Sequence[Sequence[Any]],
    cols: Sequence[str],
    flagged: Sequence[int],
    *,
    citizens: Sequence[str] | None,
) -> int:
    """Bring the queue in line with freshly computed cells (``columns``, named ``cols``;
    ``flagged`` are the cells with a relationship flag) of ``citizens``, or of everyone when
    None. Returns the number of rows in the queue for them."""
    pos = {c: i for i, c in enumerate(cols)}
    cell_rows = [tuple(col[i] for col in columns) for i in flagged]
    P, D, A, ORG, C, R, L, FL, N, F0, F1 = (
        pos[k]
        for k in (
            "patient_id",
            "day",
            "actor",
            "org_id",
            "cls",
            "rule",
            "rel",
            "flags",
            "n",
            "first",
            "last",
        )
    )
    want: dict[tuple[str, str, str, int], dict[str, Any]] = {}
    for r in cell_rows:
        if not (r[FL] & F.RELATIONSHIP) or r[C] == "s":
            continue
        key = (r[P], r[A], r[ORG] or "", int(r[D]))
        got = want.get(key)
        if got is None:
            want[key] = {
                "flags": int(r[FL]),
                "explained": r[C] in "ex",
                "rule": r[R] or "",
                "rel": r[L] or "",
                "n": int(r[N]),
                "first": int(r[F0]),
                "last": int(r[F1]),
                "_top": int(r[N]),
            }
        else:
            got["flags"] |= int(r[FL])
            got["explained"] = got["explained"] or r[C] in "ex"
            got["n"] += int(r[N])
            got["first"] = min(got["first"], int(r[F0]))
            got["last"] = max(got["last"], int(r[F1]))
            if int(r[N]) > got["_top"] and r[L]:
                got["rule"], got["rel"], got["_top"] = r[R] or "", r[L], int(r[N])
    have: dict[tuple[str, str, str, int], tuple[Any, ...]] = {}
    sql = (
        "SELECT id, patient_id, actor, org_id, day, flags, explained, rule, rel, n, first, last, "
        "status, stale FROM accesslog_review"
    )
    if citizens is None:
        rows = conn.execute(text(sql)).all()
    else:
        rows = []
        q = text(sql + " WHERE patient_id IN :ids").bindparams(bindparam("ids", expanding=True))
        ids = list(citizens)
        for i in range(0, len(ids), 900):
            rows += conn.execute(q, {"ids": ids[i : i + 900]}).all()
    for row in rows:
        have[(row[1], row[2], row[3], int(row[4]))] = tuple(row)
    now = utcnow()
    inserts = []
    for key, v in want.items():
        old = have.get(key)
        vals = (v["flags"], v["explained"], v["rule"], v["rel"], v["n"], v["first"], v["last"])
        if old is None:
            inserts.append({**_key(key), **_vals(vals), "now": now})
        elif (old[5], bool(old[6]), old[7], old[8], old[9], old[10], old[11]) != vals or old[13]:
            conn.execute(
                text(
                    "UPDATE accesslog_review SET flags = :flags, explained = :explained, "
                    "rule = :rule, rel = :rel, n = :n, first = :first, last = :last, "
                    "stale = :f, updated_at = :now WHERE id = :id"
                ),
                {**_vals(vals), "f": False, "now": now, "id": old[0]},
            )
    if inserts:
        conn.execute(
            text(
                "INSERT INTO accesslog_review (patient_id, actor, org_id, day, flags, explained, "
                "rule, rel, n, first, last, status, stale, created_at, updated_at) VALUES "
                "(:patient_id, :actor, :org_id, :day, :flags, :explained, :rule, :rel, :n, "
                ":first, :last, 'ny', :f, :now, :now)"
            ),
            [{**i, "f": False} for i in inserts],
        )
    gone = [old for key, old in have.items() if key not in want]
    for old in gone:
        if old[12] == "ny":
            conn.execute(text("DELETE FROM accesslog_review WHERE id = :id"), {"id": old[0]})
        elif not old[13]:
            conn.execute(
                text("UPDATE accesslog_review SET stale = :t, updated_at = :now WHERE id = :id"),
                {"t": True, "now": now, "id": old[0]},
            )
    return len(want)


def _key(key: tuple[str, str, str, int]) -> dict[str, Any]:
    return {"patient_id": key[0], "actor": key[1], "org_id": key[2], "day": key[3]}


def _vals(v: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(("flags", "explained", "rule", "rel", "n", "first", "last"), v, strict=True))


# --- the privacy officer's view ------------------------------------------------------------


def _detail(session: Session, item: AccesslogReview, cache: dict[str, Any]) -> dict[str, Any]:
    """What the user and the citizen share, in Danish, with the user's identity."""
    pat = cache.setdefault(f"p:{item.patient_id}", session.get(Patient, item.patient_id))
    sid = item.actor[2:] if item.actor.startswith("s:") else None
    staff = cache.setdefault(f"s:{sid}", session.get(Staff, sid)) if sid else None
    facts = []
    if item.flags & F.SAME_SURNAME and pat is not None and staff is not None:
        shared = sorted(surname_parts(pat.family) & surname_parts(staff.family))
        facts.append(f"Samme efternavn ({', '.join(shared) or pat.family})")
    elif item.flags & F.SAME_SURNAME:
        facts.append("Samme efternavn")
    if item.flags & F.SAME_ADDRESS:
        same = (
            pat is not None
            and staff is not None
            and address_norm(pat.address_key) == address_norm(staff.address_key)
        )
        facts.append(f"Samme adresse ({pat.address})" if same and pat else "Samme adresse")
    if item.flags & F.COWORKER:
        facts.append("Borgeren er ansat samme sted som brugeren")
    title = None
    if sid:
        title = session.scalar(
            select(StaffRole.title)
            .where(StaffRole.staff_id == sid, StaffRole.organization_id == item.org_id)
            .limit(1)
        )
    org = session.get(Organization, item.org_id) if item.org_id else None
    return {
        "user": {
            "staff_id": sid,
            "name": f"{staff.given} {staff.family}".strip() if staff else item.actor[2:],
            "title": title,
        },
        "citizen": {
            "id": item.patient_id,
            "name": f"{pat.given} {pat.family}".strip() if pat else None,
        },
        "organization": org.name if org else (item.org_id or None),
        "facts": facts,
    }


def _item(session: Session, item: AccesslogReview, cache: dict[str, Any]) -> dict[str, Any]:
    from .view import hidden_from_citizen

    flags = F.codes_of(item.flags)
    hidden = hidden_from_citizen(session, item.patient_id, item.actor)
    return {
        "id": item.id,
        "patient": item.patient_id,
        "day": fmt_day(item.day),
        "count": item.n,
        "flags": flags,
        "reasons": F.reasons(flags),
        "explained": item.explained,
        "explained_by": {"rule": item.rule, "relation": item.rel} if item.rel else None,
        "hidden_from_citizen": hidden,
        "citizen_sees": F.codes_of(
            (item.flags & ~F.RELATIONSHIP) | F.ATTENTION if hidden else item.flags
        ),
        "status": item.status,
        "status_text": STATUSES[item.status],
        "note": item.note,
        "decided_by": item.decided_by,
        "stale": item.stale,
        **_detail(session, item, cache),
    }


def queue(
    session: Session,
    auditor: str,
    *,
    status: str | None = None,
    patient: str | None = None,
    limit: int = 200,
) -> dict[str, Any]:
    """The review queue for a privacy officer (role auditor), newest first; recorded in the
    audit trail (it shows identities)."""
    require_role(session, auditor, "auditor")
    if status is not None and status not in STATUSES:
        raise Invalid(f"ukendt status {status!r}; kendte: {', '.join(STATUSES)}")
    q = select(AccesslogReview)
    if status is not None:
        q = q.where(AccesslogReview.status == status)
    if patient is not None:
        q = q.where(AccesslogReview.patient_id == patient)
    items = session.scalars(
        q.order_by(AccesslogReview.day.desc(), AccesslogReview.id.desc()).limit(limit)
    ).all()
    cache: dict[str, Any] = {}
    out = [_item(session, i, cache) for i in items]
    record(session, auditor, "review.view", None, None, {"items": len(out), "status": status})
    return {"items": out, "count": len(out)}


def decide(
    session: Session,
    auditor: str,
    item_id: int,
    *,
    status: str,
    note: str | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Set the status (and note) of a queue item; recorded in the audit trail."""
    require_role(session, auditor, "auditor")
    if status not in STATUSES:
        raise Invalid(f"ukendt status {status!r}; kendte: {', '.join(STATUSES)}")
    item = session.get(AccesslogReview, item_id)
    if item is None:
        raise NotFound("Punktet findes ikke i gennemgangskøen.")
    item.status = status
    item.note = (note or "").strip() or item.note
    item.decided_by = auditor
    item.updated_at = at or utcnow()
    record(session, auditor, "review.decide", str(item_id), note, {"status": status})
    session.flush()
    return _item(session, item, {})
