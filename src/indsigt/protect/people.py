"""The hidden people as the name matcher must know them, read from the store.

:func:`load_people` turns staff ids into :class:`~indsigt.protect.names.Person` objects (every
form of name and identifier the matcher must hide) and their current job titles (for labels);
:func:`other_staff_names` gives the names of the staff who are *not* hidden (negative evidence:
their names stay).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import Staff, StaffRole
from .cache import LRU

if TYPE_CHECKING:
    from .names import Person

_CHUNK = 5000
_staff_names_cache = LRU(4)  # token -> every staff member's (id, given, family)


def _chunks(ids: frozenset[str]) -> list[list[str]]:
    ordered = sorted(ids)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def load_people(
    session: Session, ids: frozenset[str]
) -> tuple[tuple[Person, ...], dict[str, str | None]]:
    """The :class:`Person` of every staff id (sorted by id), and each one's current job title."""
    from .names import Person

    staff_rows: list[tuple[Any, ...]] = []
    role_rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(ids):
        staff_rows += session.execute(
            select(
                Staff.id, Staff.given, Staff.family, Staff.username, Staff.auth_id, Staff.email
            ).where(Staff.id.in_(chunk))
        ).all()
        role_rows += session.execute(
            select(StaffRole.staff_id, StaffRole.title)
            .where(StaffRole.staff_id.in_(chunk))
            .order_by(StaffRole.id)
        ).all()
    titles: dict[str, list[str]] = {}
    for sid, title in role_rows:
        if title and title.strip():
            lst = titles.setdefault(sid, [])
            if title not in lst:
                lst.append(title.strip())
    persons = tuple(
        Person(
            key=sid,
            given=given or "",
            family=family or "",
            emails=(email,) if email else (),
            usernames=tuple(u for u in (username, auth_id) if u),
            titles=tuple(titles.get(sid, ())),
        )
        for sid, given, family, username, auth_id, email in sorted(staff_rows)
    )
    return persons, {sid: (t[0] if t else None) for sid, t in titles.items()}


def _staff_names(session: Session, token: Hashable) -> tuple[tuple[str, str, str], ...]:
    """(id, given, family) of every staff member, read once per roster token."""

    def make() -> tuple[tuple[str, str, str], ...]:
        rows = session.execute(select(Staff.id, Staff.given, Staff.family))
        return tuple((sid, given or "", family or "") for sid, given, family in rows)

    return _staff_names_cache.get(token, make)


def other_staff_names(
    session: Session, ids: frozenset[str], token: Hashable
) -> list[tuple[str, str]]:
    """(given, family) of every staff member not in ``ids``: names that stay."""
    return [(g, f) for sid, g, f in _staff_names(session, token) if sid not in ids]


__all__ = ["load_people", "other_staff_names"]
