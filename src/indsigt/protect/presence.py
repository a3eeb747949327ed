"""Who worked where and when, for one view: the document context of the name matcher.

A note is written in an organisation at a time (``document.organization_id``, ``document.date``).
:class:`Presence` answers, from the role history (``staff_membership`` with its periods, and the
current ``staff_role``), the two questions of :class:`~indsigt.protect.names.present.Present`:

* the name parts of the staff **not hidden** in the view who worked in that organisation (or one
  of its sub-organisations) at that time;
* which **hidden** people certainly were never there: they have a known role somewhere, and none,
  at any time, in the organisation, its sub-organisations or its sister organisations (the same
  ``part_of``). A hidden person without any known role is never "absent" (fail toward hiding).

Read once per view and organisation (a view's notes come from a few organisations).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable
from datetime import datetime

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from ..store import Organization, Staff, StaffMembership, StaffName, StaffRole
from .names.forms import _loose, _name_parts

__all__ = ["Presence"]

_Row = tuple[str, datetime | None, datetime | None, bool]  # staff, start, end, in the org itself


class Presence:
    """The document context of one view (see module doc)."""

    def __init__(self, session: Session, hidden: Iterable[str]) -> None:
        self._session = session
        self._hidden = frozenset(hidden)
        self._tree: tuple[dict[str, str | None], dict[str, list[str]]] | None = None
        self._orgs: dict[str, tuple[list[_Row], frozenset[str]]] = {}
        self._names: dict[str, frozenset[str]] = {}
        self._known: dict[str, bool] = {}
        self._at: dict[tuple[str, str], tuple[frozenset[str], Container[str]]] = {}

    def at(
        self, organization: str | None, when: datetime | None
    ) -> tuple[frozenset[str], frozenset[str]]:
        """``(parts, absent)`` for a document of ``organization`` written at ``when`` (naive
        UTC); empty sets when either is unknown."""
        if not organization or when is None or not self._hidden:
            return frozenset(), frozenset()
        key = (organization, when.date().isoformat())
        found = self._at.get(key)
        if found is None:
            rows, near_hidden = self._org(organization)
            day_end = when.replace(hour=23, minute=59, second=59)
            day_start = when.replace(hour=0, minute=0, second=0)
            there = {
                sid
                for sid, start, end, inside in rows
                if inside
                and sid not in self._hidden
                and (start is None or start <= day_end)
                and (end is None or day_start < end)
            }
            parts = self._parts(there)
            absent = _Absent(self, near_hidden) if parts else frozenset()
            found = self._at[key] = (parts, absent)
        return found

    def author(self, sid: str | None) -> frozenset[str]:
        """The name parts of a note's author, when the author is not hidden in the view."""
        if sid is None or sid in self._hidden or not self._hidden:
            return frozenset()
        return self._parts({sid})

    # -- the role history ------------------------------------------------------------------------

    def _org_tree(self) -> tuple[dict[str, str | None], dict[str, list[str]]]:
        if self._tree is None:
            parent: dict[str, str | None] = {}
            children: dict[str, list[str]] = defaultdict(list)
            for oid, part_of in self._session.execute(
                select(Organization.id, Organization.part_of)
            ):
                parent[oid] = part_of
                if part_of:
                    children[part_of].append(oid)
            self._tree = (parent, children)
        return self._tree

    def _below(self, org: str) -> set[str]:
        """``org`` and every organisation under it."""
        _, children = self._org_tree()
        out, todo = {org}, [org]
        while todo:
            for c in children.get(todo.pop(), ()):
                if c not in out:
                    out.add(c)
                    todo.append(c)
        return out

    def _org(self, org: str) -> tuple[list[_Row], frozenset[str]]:
        """The roles in ``org`` and under it (with periods), and the hidden people who ever had
        a role in it, under it or in a sister organisation (and under that)."""
        found = self._orgs.get(org)
        if found is not None:
            return found
        parent, children = self._org_tree()
        inside = self._below(org)
        near = set(inside)
        up = parent.get(org)
        if up:
            for sister in children.get(up, ()):
                near |= self._below(sister)
        s = self._session
        rows: list[_Row] = []
        seen: set[tuple[str, str]] = set()
        near_hidden: set[str] = set()
        ids = sorted(near)
        for sid, oid, start, end in s.execute(
            select(
                StaffMembership.staff_id,
                StaffMembership.organization_id,
                StaffMembership.start,
                StaffMembership.end,
            ).where(StaffMembership.organization_id.in_(ids))
        ):
            if sid in self._hidden:
                near_hidden.add(sid)
            rows.append((sid, start, end, oid in inside))
            seen.add((sid, oid))
        for sid, oid in s.execute(
            select(StaffRole.staff_id, StaffRole.organization_id).where(
                StaffRole.organization_id.in_(ids)
            )
        ):
            if sid is None:
                continue
            if sid in self._hidden:
                near_hidden.add(sid)
            if (sid, oid) not in seen:  # a current role without a period in the history
                rows.append((sid, None, None, oid in inside))
        found = self._orgs[org] = (rows, frozenset(near_hidden))
        return found

    def known(self, sid: str) -> bool:
        """Has the hidden person ``sid`` a known role somewhere? (Asked only for the people a
        mention may stand for, not for every person of an order over a whole hospital.)"""
        found = self._known.get(sid)
        if found is None:
            q = union(
                select(StaffMembership.staff_id).where(StaffMembership.staff_id == sid),
                select(StaffRole.staff_id).where(
                    StaffRole.staff_id == sid, StaffRole.organization_id.is_not(None)
                ),
            ).limit(1)
            found = self._known[sid] = self._session.execute(q).first() is not None
        return found

    def _parts(self, ids: set[str]) -> frozenset[str]:
        """Every name part (loosely folded) that the staff ``ids`` have had."""
        missing = sorted(ids - self._names.keys())
        names: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
        for i in range(0, len(missing), 5000):
            chunk = missing[i : i + 5000]
            for sid, g, f in self._session.execute(
                select(Staff.id, Staff.given, Staff.family).where(Staff.id.in_(chunk))
            ):
                names[sid].append((g, f))
            for sid, g, f in self._session.execute(
                select(StaffName.staff_id, StaffName.given, StaffName.family).where(
                    StaffName.staff_id.in_(chunk)
                )
            ):
                names[sid].append((g, f))
        for sid in missing:
            self._names[sid] = frozenset(
                _loose(p)
                for g, f in names.get(sid, ())
                for p in (*_name_parts(g or ""), *_name_parts(f or ""))
                if len(p) >= 2
            )
        return frozenset(p for sid in ids for p in self._names[sid])


class _Absent:
    """The hidden people who certainly were never near one organisation (``in``): a known role
    somewhere, none near it. Not hidden in this view: never absent."""

    __slots__ = ("_near", "_presence")

    def __init__(self, presence: Presence, near: frozenset[str]) -> None:
        self._presence = presence
        self._near = near

    def __contains__(self, sid: object) -> bool:
        p = self._presence
        return isinstance(sid, str) and sid in p._hidden and sid not in self._near and p.known(sid)

    def __bool__(self) -> bool:
        return True
