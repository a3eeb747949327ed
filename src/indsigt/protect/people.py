"""The hidden people as the name matcher must know them, read from the store.

Every name a person has had is a name to hide. :func:`load_identities` reads, per staff id:

* the current name (``staff``) and every other ``HumanName`` ever imported (``staff_name``:
  official, usual, nickname, maiden, old) as ``aliases``;
* every user name (``staff_alias`` kind ``username``: as given, ``RSYD\\lch``, and without the
  domain, ``lch``), authorisation id, e-mail address, and the initials learned for the person
  (kind ``initials``, see :mod:`indsigt.protect.aliases`);
* the job titles of every role the person has had (``staff_role``, ``staff_membership``).

:func:`to_persons` makes the matcher's :class:`~indsigt.protect.names.Person` of them.
:func:`other_staff_names` gives the names of the staff who are *not* hidden (negative evidence:
their names stay), and :func:`names_that_stay` the names of the citizen's own people (the citizen,
the viewer, relatives, household) for one view.

The identity-history tables (``staff_name``, ``staff_alias``, ``staff_membership``,
``related_person``) are the importer's (append-only; COMMON "Agreed interfaces" 1).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Executable, and_, func, or_, select, true
from sqlalchemy.orm import Session

from ..store import (
    Patient,
    Proxy,
    RelatedPerson,
    Staff,
    StaffAlias,
    StaffMembership,
    StaffName,
    StaffRole,
)
from .cache import LRU

if TYPE_CHECKING:
    from .names import Person

_CHUNK = 5000
_staff_names_cache = LRU(4)  # token -> every staff member's (id, given, family)

#: staff_alias kinds that are forms of the person's identity in text
_USER_KINDS = ("username", "auth_id")
#: a user name's domain: RSYD\lch, RSYD/lch
_DOMAIN = re.compile(r"^.+[\\/]")


@dataclass(frozen=True)
class Identity:
    """Every form of one staff member's identity that the matcher must hide."""

    key: str
    given: str
    family: str
    aliases: tuple[tuple[str, str], ...] = ()
    usernames: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    initials: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()

    def names(self) -> tuple[tuple[str, str], ...]:
        """The name first, then every other name the person has had."""
        return ((self.given, self.family), *self.aliases)


@dataclass
class _Acc:
    names: dict[tuple[str, str], None] = field(default_factory=dict)
    usernames: dict[str, None] = field(default_factory=dict)
    emails: dict[str, None] = field(default_factory=dict)
    initials: dict[str, None] = field(default_factory=dict)
    titles: dict[str, None] = field(default_factory=dict)


def driver_rows(session: Session, stmt: Executable) -> list[tuple[Any, ...]]:
    """The rows of ``stmt`` as the database driver gives them (tuples), past SQLAlchemy's rows
    and type conversions: for reading the staff tables whole, where that was most of the time
    (20,000 staff: 40,000 rows in 134 ms through SQLAlchemy's rows, 64 ms so)."""
    result = session.connection().execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _chunks(ids: Iterable[str]) -> list[list[str] | None]:
    """The ids in chunks for ``IN (...)``; ``[None]`` (read every row, keep the wanted ones)
    when there are more than one chunk's worth: an order over a whole hospital reads the staff
    tables once instead of binding 20,000 parameters per table."""
    pool = ids if isinstance(ids, (set, frozenset, list, tuple)) else list(ids)
    if len(pool) > _CHUNK:  # not sorted then: 20,000 ids took 5 ms per table
        return [None]
    ordered = sorted(pool)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def _among(column: Any, chunk: list[str] | None) -> Any:
    return true() if chunk is None else column.in_(chunk)


def bare_username(value: str) -> str:
    """A user name without its domain: ``RSYD\\lch`` -> ``lch``."""
    return _DOMAIN.sub("", value.strip())


def _add_user(acc: _Acc, value: str | None) -> None:
    value = (value or "").strip()
    if value:
        acc.usernames[value] = None
        bare = bare_username(value)
        if bare:
            acc.usernames[bare] = None


def load_identities(session: Session, ids: Iterable[str]) -> dict[str, Identity]:
    """The :class:`Identity` of every staff id that exists, by id."""
    accs: dict[str, _Acc] = {}
    current: dict[str, tuple[str, str]] = {}
    wanted = set(ids)
    for chunk in _chunks(wanted):
        rows = session.execute(
            select(
                Staff.id, Staff.given, Staff.family, Staff.username, Staff.auth_id, Staff.email
            ).where(_among(Staff.id, chunk))
        )
        for sid, given, family, username, auth_id, email in rows:
            if chunk is None and sid not in wanted:
                continue
            acc = accs.setdefault(sid, _Acc())
            current[sid] = (given or "", family or "")
            _add_user(acc, username)
            _add_user(acc, auth_id)
            if email:
                acc.emails[email.strip()] = None
        titles = session.execute(
            select(StaffRole.staff_id, StaffRole.title)
            .where(_among(StaffRole.staff_id, chunk))
            .order_by(StaffRole.id)
        ).all()
        old = session.execute(
            select(StaffMembership.staff_id, StaffMembership.title)
            .where(_among(StaffMembership.staff_id, chunk))
            .order_by(StaffMembership.role_id)
        ).all()
        for sid, title in [*titles, *old]:  # current roles first: the label's title
            if sid in accs and title and title.strip():
                accs[sid].titles[title.strip()] = None
        for sid, given, family in session.execute(
            select(StaffName.staff_id, StaffName.given, StaffName.family).where(
                _among(StaffName.staff_id, chunk)
            )
        ):
            if sid in accs and ((given or "").strip() or (family or "").strip()):
                accs[sid].names[((given or "").strip(), (family or "").strip())] = None
        for sid, kind, value in session.execute(
            select(StaffAlias.staff_id, StaffAlias.kind, StaffAlias.value).where(
                _among(StaffAlias.staff_id, chunk),
                StaffAlias.kind.in_(("username", "auth_id", "email", "initials")),
            )
        ):
            acc = accs.get(sid)
            if acc is None or not (value or "").strip():
                continue
            if kind in _USER_KINDS:
                _add_user(acc, value)
            elif kind == "email":
                acc.emails[value.strip().removeprefix("mailto:")] = None
            else:
                acc.initials[value.strip()] = None
    out: dict[str, Identity] = {}
    for sid, acc in accs.items():
        given, family = current[sid]
        if not given.strip() and not family.strip() and acc.names:
            given, family = next(iter(acc.names))  # no current name: the first one known
        aliases = tuple(n for n in acc.names if n != (given, family))
        out[sid] = Identity(
            key=sid,
            given=given,
            family=family,
            aliases=aliases,
            usernames=tuple(acc.usernames),
            emails=tuple(acc.emails),
            initials=tuple(acc.initials),
            titles=tuple(acc.titles),
        )
    return out


def to_persons(identities: Iterable[Identity]) -> tuple[Person, ...]:
    """The matcher's persons, sorted by key."""
    from .names import Person

    return tuple(
        Person(
            key=i.key,
            given=i.given,
            family=i.family,
            aliases=i.aliases,
            initials=i.initials,
            emails=i.emails,
            usernames=i.usernames,
            titles=i.titles,
        )
        for i in sorted(identities, key=lambda i: i.key)
    )


def load_people(
    session: Session, ids: frozenset[str]
) -> tuple[tuple[Person, ...], dict[str, str | None]]:
    """The :class:`Person` of every staff id, and each one's current job title (for labels)."""
    identities = load_identities(session, ids)
    titles = {sid: (i.titles[0] if i.titles else None) for sid, i in identities.items()}
    return to_persons(identities.values()), {s: t for s, t in titles.items() if t}


def _staff_names(session: Session, token: Hashable) -> tuple[tuple[str, str, str], ...]:
    """(id, given, family) of every staff member, read once per roster token."""

    def make() -> tuple[tuple[str, str, str], ...]:
        stmt = select(Staff.id, func.coalesce(Staff.given, ""), func.coalesce(Staff.family, ""))
        return tuple(driver_rows(session, stmt))

    return _staff_names_cache.get(token, make)


def other_staff_names(
    session: Session, ids: frozenset[str], token: Hashable
) -> list[tuple[str, str]]:
    """(given, family) of every staff member not in ``ids``: names that stay."""
    return [(g, f) for sid, g, f in _staff_names(session, token) if sid not in ids]


# -- names that must stay in one view -------------------------------------------------------------


@dataclass(frozen=True)
class StayName:
    """A person whose name the view must leave as it is: ``why`` is ``citizen`` (the data subject),
    ``viewer`` (a proxy), ``relative`` (RelatedPerson or Patient.contact, ``relationship`` as
    given) or ``household`` (a citizen at the same address)."""

    given: str
    family: str
    why: str
    relationship: str | None = None


def names_that_stay(
    session: Session, subject: str, viewer: str, hidden: Iterable[str] = ()
) -> tuple[StayName, ...]:
    """The names of the citizen's own people in the view of ``subject``'s data by ``viewer``:
    the citizen, the viewer, the citizen's relatives and contacts, the citizen's proxies and
    principals and the citizens at the citizen's address. The citizen's or the viewer's name that
    is also the name of one of the ``hidden`` staff members is left out (safety first: hidden
    wins); a relative's stays (the matcher keeps it only after a relation word)."""
    out: dict[tuple[str, str], StayName] = {}

    def add(given: str | None, family: str | None, why: str, rel: str | None = None) -> None:
        g, f = (given or "").strip(), (family or "").strip()
        if (g or f) and (g.casefold(), f.casefold()) not in out:
            out[(g.casefold(), f.casefold())] = StayName(g, f, why, rel)

    people = {
        pid: (given, family, address)
        for pid, given, family, address in session.execute(
            select(Patient.id, Patient.given, Patient.family, Patient.address_key).where(
                Patient.id.in_({subject, viewer})
            )
        )
    }
    if subject in people:
        add(*people[subject][:2], "citizen")
    if viewer != subject and viewer in people:
        add(*people[viewer][:2], "viewer")
    for given, family, rel in session.execute(
        select(RelatedPerson.given, RelatedPerson.family, RelatedPerson.relationship).where(
            RelatedPerson.patient_id == subject
        )
    ):
        add(given, family, "relative", rel)
    proxies = select(Proxy.proxy_id).where(Proxy.principal_id == subject)
    principals = select(Proxy.principal_id).where(Proxy.proxy_id == subject)
    address = people.get(subject, (None, None, None))[2]
    linked = Patient.id.in_(proxies.union(principals))
    where = or_(linked, Patient.address_key == address) if address else linked
    for given, family, same_address in session.execute(
        select(
            Patient.given,
            Patient.family,
            and_(Patient.address_key.is_not(None), Patient.address_key == address)
            if address
            else Patient.id.is_(None),
        ).where(where, Patient.id.not_in({subject, viewer}))
    ):
        add(given, family, "household" if same_address else "relative")
    hidden = set(hidden)
    own = [v for v in out.values() if v.why in ("citizen", "viewer")]
    if hidden and own:
        # only the hidden staff who have (had) the citizen's or viewer's family name, in any
        # usual spelling of its case, are loaded (not every hidden person of an order for a
        # whole hospital on every view); the comparison itself is case-folded as before
        spellings = {
            form
            for v in own
            for form in (
                v.family,
                v.family.casefold(),
                v.family.lower(),
                v.family.upper(),
                v.family.capitalize(),
                v.family.title(),
            )
        }
        ids = set(session.scalars(select(Staff.id).where(Staff.family.in_(spellings))))
        ids |= set(
            session.scalars(select(StaffName.staff_id).where(StaffName.family.in_(spellings)))
        )
        clash = {
            (name.casefold(), family.casefold())
            for ident in load_identities(session, ids & hidden).values()
            for name, family in ident.names()
        }
        # the citizen's and the viewer's own names: hidden wins (their given name alone would
        # stay); a relative or housemate with a hidden person's name stays a name to keep: the
        # matcher never unhides it from two parts of a hidden name, only right after a relation
        # word ("Pt.s bror Hans Skov"), where hiding it would tell who is hidden
        out = {k: v for k, v in out.items() if k not in clash or v.why not in ("citizen", "viewer")}
    return tuple(out.values())


def keep_and_own(
    session: Session, subject: str, viewer: str, hidden: Iterable[str] = ()
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The names that must stay in one view, as the name matcher takes them: ``keep``, the
    ``(given, family)`` of the viewer, the relatives and the household; ``own``, the citizen's
    own name (see :func:`names_that_stay`)."""
    stay = names_that_stay(session, subject, viewer, hidden)
    own = tuple((n.given, n.family) for n in stay if n.why == "citizen")
    keep = tuple((n.given, n.family) for n in stay if n.why != "citizen")
    return keep, own


__all__ = [
    "Identity",
    "StayName",
    "bare_username",
    "keep_and_own",
    "load_identities",
    "load_people",
    "names_that_stay",
    "other_staff_names",
    "to_persons",
]
