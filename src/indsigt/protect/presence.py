"""Who worked where and when, for one view: the document context of the name matcher.

A note is written in an organisation at a time (``document.organization_id``, ``document.date``).
:class:`Presence` answers, from the role history (``staff_membership`` with its periods, and the
current ``staff_role``), the two questions of :class:`~indsigt.protect.names.present.Present`:

* the name parts of the staff **not hidden** in the view who worked in that organisation (or one
  of its sub-organisations) at that time;
* which **hidden** people certainly were never there: they have a known role somewhere, and none,
  at any time, in the organisation, its sub-organisations or its sister organisations (the same
  ``part_of``). A hidden person without any known role is never "absent" (fail toward hiding).

A third question keeps the first from being fooled by a note about another place: does the text
name a place where a hidden person has worked ("Talt med Storm. Retspsykiatrien ringer tilbage")?
:meth:`Presence.away_from` answers it from the distinctive words of those places' names (the words
that the document's own organisation, its sisters and its parents do not have).

The role history is read once per roster token (it changes with every import) and shared by every
view (:class:`_Roles`); a view only filters it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Container, Hashable, Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import Organization, Staff, StaffAlias, StaffMembership, StaffName, StaffRole
from .cache import LRU
from .names.fold import _fold_word
from .names.forms import _loose, _name_parts, derive_initials

__all__ = ["Presence"]

_Row = tuple[str, datetime | None, datetime | None]  # staff, start, end

_roles_cache = LRU(2)  # roster token -> _Roles
_names_cache = LRU(2)  # roster token -> _Names

#: words of organisation names that name no particular place
_GENERIC = frozenset(
    _fold_word(w)
    for w in [
        "afdeling",
        "afdelingen",
        "afd",
        "afsnit",
        "afsnittet",
        "hospital",
        "hospitalet",
        "hospitalsenhed",
        "universitetshospital",
        "universitetshospitalet",
        "sygehus",
        "sygehuset",
        "region",
        "regionen",
        "kommune",
        "kommunen",
        "klinik",
        "klinikken",
        "center",
        "centret",
        "centeret",
        "enhed",
        "enheden",
        "ambulatorium",
        "ambulatoriet",
        "sengeafsnit",
        "team",
        "praksis",
        "lægehus",
        "lægehuset",
        "lægepraksis",
        "og",
        "for",
        "i",
        "på",
        "af",
        "med",
        "til",
        "den",
        "det",
        "de",
        "ved",
        "sundhed",
        "sundhedshus",
    ]
)
_WORD_RE = re.compile(r"[^\W_]+")
#: letters of a place's word that a text's word must begin with ("Retspsykiatrisk" -> "retsps":
#: "retspsyk.", "retspsykiatrien")
_STEM = 6


class _Roles:
    """Every role of every staff member, by organisation and by person; the organisation tree;
    staff names read when first asked for (one installation's, shared by every view)."""

    def __init__(self, session: Session) -> None:
        self.parent: dict[str, str | None] = {}
        self.children: dict[str, list[str]] = defaultdict(list)
        self.name: dict[str, str] = {}
        for oid, part_of, name in session.execute(
            select(Organization.id, Organization.part_of, Organization.name)
        ):
            self.parent[oid] = part_of
            self.name[oid] = name or ""
            if part_of:
                self.children[part_of].append(oid)
        self.by_org: dict[str, list[_Row]] = defaultdict(list)
        self.orgs_of: dict[str, set[str]] = defaultdict(set)
        seen: set[tuple[str, str]] = set()
        for sid, oid, start, end in session.execute(
            select(
                StaffMembership.staff_id,
                StaffMembership.organization_id,
                StaffMembership.start,
                StaffMembership.end,
            )
        ):
            self.by_org[oid].append((sid, start, end))
            self.orgs_of[sid].add(oid)
            seen.add((sid, oid))
        for sid, oid in session.execute(select(StaffRole.staff_id, StaffRole.organization_id)):
            if sid is None or oid is None:
                continue
            self.orgs_of[sid].add(oid)
            if (sid, oid) not in seen:  # a current role without a period in the history
                self.by_org[oid].append((sid, None, None))
        self._below: dict[str, frozenset[str]] = {}
        self._near: dict[str, frozenset[str]] = {}

    def below(self, org: str) -> frozenset[str]:
        """``org`` and every organisation under it."""
        found = self._below.get(org)
        if found is None:
            out, todo = {org}, [org]
            while todo:
                for c in self.children.get(todo.pop(), ()):
                    if c not in out:
                        out.add(c)
                        todo.append(c)
            found = self._below[org] = frozenset(out)
        return found

    def words(self, orgs: Iterable[str]) -> set[str]:
        """The folded words of the names of ``orgs`` and of every organisation above them."""
        out: set[str] = set()
        for org in orgs:
            seen: set[str] = set()
            o: str | None = org
            while o and o not in seen:
                seen.add(o)
                out.update(_fold_word(w) for w in _WORD_RE.findall(self.name.get(o, "")))
                o = self.parent.get(o)
        return out

    def near(self, org: str) -> frozenset[str]:
        """``org``, its sister organisations, and everything under them."""
        found = self._near.get(org)
        if found is None:
            out = set(self.below(org))
            up = self.parent.get(org)
            if up:
                for sister in self.children.get(up, ()):
                    out |= self.below(sister)
            found = self._near[org] = frozenset(out)
        return found


class _Names:
    """The name parts of staff members, read when first asked for (shared by every view)."""

    def __init__(self) -> None:
        self.names: dict[str, frozenset[str]] = {}

    def parts(self, session: Session, ids: Iterable[str]) -> frozenset[str]:
        """Every name part (loosely folded) that the staff ``ids`` have had."""
        ids = set(ids)
        missing = sorted(ids - self.names.keys())
        names: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
        for i in range(0, len(missing), 5000):
            chunk = missing[i : i + 5000]
            for sid, g, f in session.execute(
                select(Staff.id, Staff.given, Staff.family).where(Staff.id.in_(chunk))
            ):
                names[sid].append((g, f))
            for sid, g, f in session.execute(
                select(StaffName.staff_id, StaffName.given, StaffName.family).where(
                    StaffName.staff_id.in_(chunk)
                )
            ):
                names[sid].append((g, f))
        for sid in missing:
            self.names[sid] = frozenset(
                _loose(p)
                for g, f in names.get(sid, ())
                for p in (*_name_parts(g or ""), *_name_parts(f or ""))
                if len(p) >= 2
            )
        return frozenset(p for sid in ids for p in self.names[sid])


class Presence:
    """The document context of one view (see module doc); reads nothing until asked."""

    def __init__(self, session: Session, hidden: Iterable[str], token: Hashable = None) -> None:
        self._session = session
        self._hidden = frozenset(hidden)
        self._token = token
        self._roles: _Roles | None = None
        self._names: _Names | None = None
        self._visible: dict[str, list[_Row]] = {}  # org -> roles of people not hidden, in it
        self._at: dict[tuple[str, str], tuple[frozenset[str], Container[str]]] = {}
        self._away: dict[str | None, Callable[[str, tuple[str, ...]], bool]] = {}
        self._initials: dict[str, frozenset[str]] = {}  # author -> initials they sign with

    def _all(self) -> _Roles:
        if self._roles is None:
            if self._token is None:
                self._roles = _Roles(self._session)
            else:
                self._roles = _roles_cache.get(self._token, lambda: _Roles(self._session))
        return self._roles

    def _parts(self, ids: Iterable[str]) -> frozenset[str]:
        if self._names is None:
            self._names = _Names() if self._token is None else _names_cache.get(self._token, _Names)
        return self._names.parts(self._session, ids)

    def at(
        self, organization: str | None, when: datetime | None
    ) -> tuple[frozenset[str], Container[str]]:
        """``(parts, absent)`` for a document of ``organization`` written at ``when`` (naive
        UTC); empty when either is unknown or nobody who is not hidden worked there then."""
        if not organization or when is None or not self._hidden:
            return frozenset(), frozenset()
        key = (organization, when.date().isoformat())
        found = self._at.get(key)
        if found is None:
            roles = self._all()
            visible = self._visible.get(organization)
            if visible is None:
                visible = self._visible[organization] = [
                    row
                    for o in sorted(roles.below(organization))
                    for row in roles.by_org.get(o, ())
                    if row[0] not in self._hidden
                ]
            day_end = when.replace(hour=23, minute=59, second=59)
            day_start = when.replace(hour=0, minute=0, second=0)
            there = {
                sid
                for sid, start, end in visible
                if (start is None or start <= day_end) and (end is None or day_start < end)
            }
            parts = self._parts(there) if there else frozenset()
            absent = _Absent(self, roles.near(organization)) if parts else frozenset()
            found = self._at[key] = (parts, absent)
        return found

    def away_from(self, organization: str | None) -> Callable[[str, tuple[str, ...]], bool]:
        """``away(text, candidates)`` for documents of ``organization``: does ``text`` name a
        place where one of the hidden ``candidates`` has worked, by a word of that place's name
        (or the name of an organisation above it) that the document's own organisation, its
        sisters and the organisations above them do not have? (A place with a generic name only,
        "Afdeling 3", is named by what is left, "3".) One per organisation and view."""
        found = self._away.get(organization)
        if found is None:
            found = self._away[organization] = self._make_away(organization)
        return found

    def _make_away(self, organization: str | None) -> Callable[[str, tuple[str, ...]], bool]:
        roles = self._all()
        home = roles.words(roles.near(organization)) if organization else set()
        stems: dict[str, frozenset[str]] = {}

        def stems_of(sid: str) -> frozenset[str]:
            found = stems.get(sid)
            if found is None:
                words = roles.words(roles.orgs_of.get(sid, ())) - home - _GENERIC
                found = stems[sid] = frozenset(w[:_STEM] for w in words if len(w) >= 2)
            return found

        def away(text: str, candidates: tuple[str, ...]) -> bool:
            wanted = set().union(*(stems_of(c) for c in candidates))
            if not wanted:
                return False
            for w in _WORD_RE.findall(text):
                f = _fold_word(w)
                if f[:_STEM] in wanted and (len(f) >= _STEM or f in wanted):
                    return True
            return False

        return away

    def author(self, sid: str | None) -> frozenset[str]:
        """The name parts of a note's author, when the author is not hidden in the view."""
        if sid is None or sid in self._hidden or not self._hidden:
            return frozenset()
        return self._parts((sid,))

    def author_initials(self, sid: str | None) -> frozenset[str]:
        """The initials a note's author signs with (in capitals), when the author is not hidden
        in the view: those learned from their user name and sign-offs (``staff_alias``) and
        those derived from every name they have had."""
        if sid is None or sid in self._hidden or not self._hidden:
            return frozenset()
        found = self._initials.get(sid)
        if found is None:
            s = self._session
            names = list(s.execute(select(Staff.given, Staff.family).where(Staff.id == sid)))
            names += list(
                s.execute(
                    select(StaffName.given, StaffName.family).where(StaffName.staff_id == sid)
                )
            )
            learned = s.scalars(
                select(StaffAlias.value).where(
                    StaffAlias.staff_id == sid, StaffAlias.kind == "initials"
                )
            )
            found = self._initials[sid] = frozenset(
                {v.upper() for v in learned if v}
                | {i for g, f in names for i in derive_initials(g or "", f or "")}
            )
        return found


class _Absent:
    """The hidden people who certainly were never near one organisation (``in``): a known role
    somewhere, none near it. Not hidden in this view: never absent."""

    __slots__ = ("_near", "_presence")

    def __init__(self, presence: Presence, near: frozenset[str]) -> None:
        self._presence = presence
        self._near = near

    def __contains__(self, sid: object) -> bool:
        p = self._presence
        if not isinstance(sid, str) or sid not in p._hidden:
            return False
        orgs = p._all().orgs_of.get(sid)
        return bool(orgs) and orgs.isdisjoint(self._near)

    def __bool__(self) -> bool:
        return True
