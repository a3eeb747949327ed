"""Condensing: cells -> groups -> Danish lines.

A *cell* is what the precomputation stores: the entries of one citizen on one local day by one
actor in one organisation with the same explanation and class. Groups are made of whole cells, so
condensing is a partition by construction: every entry is in exactly one cell, every cell in
exactly one group.

Group keys (the id is a hash of the citizen and the key, keyed with the server's secret: stable
between requests, opaque, and not computable offline from a staff id):

- ``("system",)``: every machine access, one group;
- ``("own",)``: the citizen's own accesses (as the user: a patient portal), and a proxy's;
- ``("explained", org)``: explained accesses of one organisation over the whole period;
- ``("flagged", org, "", None, "e", bits)``: explained accesses of one organisation whose only
  flags are ``bits`` (an emergency override during a relation), over the whole period;
- ``("flagged", org, actor, None, "e")``: one user's other explained but flagged accesses (a
  relationship flag, a self-lookup) over the whole period;
- ``("flagged", org, actor, day, "n")``: one user's flagged unexplained accesses on one day;
- ``("unexplained", org, actor, day)``: one user's unexplained accesses on one day.

Order: what nothing explains first (flagged, then neutral), then explained accesses with a flag,
then explained ones, then machines; within each, the most recent first. An emergency override
that a relation explains is therefore never above an access nothing explains.
"""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, text

from ..protect.base import ViewProtection
from ..timeutil import TZ as TIMEZONE
from . import engine as E
from . import flags as F
from .text import (
    explanation_text,
    fmt_day,
    group_reason,
    period,
    plural,
)

CLASS_STATE = {"s": "system", "e": "explained", "x": "flagged", "u": "unexplained", "f": "flagged"}

#: high_volume: at least this many citizens without a relation on one day ...
HV_MIN = 10
#: ... and this many times the user's own typical day ...
HV_OWN_FACTOR = 3.0
#: ... and this many times the typical day of peers with the same job title
HV_PEER_FACTOR = 5.0
#: own typical day needs at least this many other days with unexplained lookups
HV_OWN_MIN_DAYS = 3

#: flags that alone, on an access a relation explains, are condensed per organisation
ROUTINE_ON_EXPLAINED = F.BREAK_GLASS
#: what an unknown user is shown as (never their logged id: it may be a CPR number)
UNKNOWN_USER = "Ukendt medarbejder"
#: a citizen as the user who is not the citizen whose log it is (a proxy, a parent)
OTHER_CITIZEN = "En anden borger (fx med fuldmagt)"
#: the actor key of a citizen as the user
CITIZEN_ACTOR = "u:Patient/"
#: the word for a hidden person's job title in ``roles``
UNTITLED = "Sundhedsperson"
_CPR_RE = re.compile(r"\b\d{6}-?\d{4}\b")


@dataclass(slots=True)
class Cell:
    day: int
    actor: str
    display: str | None
    org: str
    cls: str
    rule: str
    rel: str
    flags: int
    n: int
    first: int
    last: int
    #: the person an on-behalf access was made for ("s:<staff id>", "u:<as logged>"), or ""
    behalf: str = ""


def iso_epoch(t: int) -> str:
    """Epoch seconds -> ISO 8601 with the Copenhagen offset ("2026-03-29T03:00:00+02:00"): the
    offset from the view's own table (``astimezone`` per time was a tenth of a long view)."""
    t = int(t)
    if not 0 <= t <= E.MAXT:  # outside the table (before 1970: war-time summer time)
        return datetime.fromtimestamp(t, UTC).astimezone(TIMEZONE).isoformat()
    off = E.local_offset(t)
    local = datetime.fromtimestamp(t + off, UTC).replace(tzinfo=None).isoformat()
    return local + _utc_offset(off)


@lru_cache(maxsize=16)
def _utc_offset(off: int) -> str:
    sign, off = ("-", -off) if off < 0 else ("+", off)
    return f"{sign}{off // 3600:02d}:{off % 3600 // 60:02d}"


def flag_list(bits: int) -> list[str]:
    return F.codes_of(bits)


@lru_cache(maxsize=8192)  # many cells share a group: hashing each again was half a long view
def group_id(subject: str, key: tuple[Any, ...], secret: bytes) -> str:
    """The id of a group: keyed with the server's secret (opaque, stable between requests)."""
    raw = "\x1f".join([subject, *map(str, key)]).encode()
    return (
        "g"
        + hashlib.blake2b(raw, key=secret[:64], digest_size=6, person=b"indsigt-log").hexdigest()
    )


def group_secret(key: bytes) -> bytes:
    """The key of group ids, derived from the server's pseudonym key."""
    return hashlib.blake2b(key, digest_size=32, person=b"indsigt-grp").digest()


def group_key(c: Cell, hv: set[tuple[str, int]]) -> tuple[Any, ...]:
    if c.cls == "s":
        return ("system",)
    if c.rule == "citizen":
        return ("own",)
    if c.cls == "e":
        return ("explained", c.org)
    if c.cls == "x":
        if not c.flags & ~ROUTINE_ON_EXPLAINED:
            return ("flagged", c.org, "", None, "e", c.flags)
        return ("flagged", c.org, c.actor, None, "e")
    if c.cls == "f" or (c.actor, c.day) in hv:
        return ("flagged", c.org, c.actor, c.day, "n")
    return ("unexplained", c.org, c.actor, c.day)


def rank(key: tuple[Any, ...]) -> int:
    """Where a group comes in the log: 0 first."""
    state = key[0]
    if state == "flagged":
        if key[4] == "n":
            return 0
        return 3 if key[2] == "" else 2
    return {"unexplained": 1, "explained": 4, "own": 4, "system": 5}[state]


@dataclass
class Group:
    key: tuple[Any, ...]
    id: str
    state: str
    org: str
    actor: str | None = None
    day: int | None = None
    n: int = 0
    first: int = 0
    last: int = 0
    flags: int = 0
    #: (rule, relation, responsible person) -> entries
    rels: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    displays: dict[str, str | None] = field(default_factory=dict)
    behalfs: Counter[str] = field(default_factory=Counter)

    def add(self, c: Cell, extra_flags: int) -> None:
        if self.n == 0:
            self.first, self.last = c.first, c.last
        else:
            self.first, self.last = min(self.first, c.first), max(self.last, c.last)
        self.n += c.n
        self.flags |= c.flags | extra_flags
        if c.rel:
            self.rels[(c.rule, c.rel, c.behalf if c.rule == "on_behalf" else "")] += c.n
        self.actors[c.actor] += c.n
        if c.behalf:
            self.behalfs[c.behalf] += c.n
        if c.display and not self.displays.get(c.actor):
            self.displays[c.actor] = c.display


def build_groups(
    subject: str, cells: Iterable[Cell], hv: set[tuple[str, int]], secret: bytes
) -> list[Group]:
    groups: dict[tuple[Any, ...], Group] = {}
    for c in sorted(
        cells, key=lambda c: (c.day, c.first, c.actor, c.org, c.cls, c.rule, c.rel, c.behalf)
    ):
        key = group_key(c, hv)
        g = groups.get(key)
        if g is None:
            state = "explained" if key[0] == "own" else key[0]
            per_actor = len(key) > 2 and key[2] != ""
            g = groups[key] = Group(
                key,
                group_id(subject, key, secret),
                state,
                "" if key[0] in ("system", "own") else c.org,
                c.actor if per_actor else None,
                key[3] if len(key) > 3 else None,
            )
        extra = E.FLAG_HIGH_VOLUME if (c.cls in "uf" and (c.actor, c.day) in hv) else 0
        g.add(c, extra)
    return sorted(groups.values(), key=lambda g: (rank(g.key), -g.last, g.id))


# --- high volume ---------------------------------------------------------------------------

_Q_USER_DAYS = text(
    "SELECT actor, day, COUNT(DISTINCT patient_id) FROM accesslog_userday "
    "WHERE actor IN :actors GROUP BY actor, day"
).bindparams(bindparam("actors", expanding=True))


def high_volume(
    conn: Connection,
    cands: set[tuple[str, int]],
    role_of: dict[str, str],
    peers: dict[str, float],
) -> set[tuple[str, int]]:
    """The (actor, day) pairs among ``cands`` that are high-volume days.

    A user's day is high-volume when the number of citizens they looked up without a relation
    is at least ``HV_MIN``, at least ``HV_OWN_FACTOR`` times their own typical such day, and at
    least ``HV_PEER_FACTOR`` times the typical day of peers with the same job title.
    """
    if not cands:
        return set()
    actors = sorted({a for a, _ in cands})
    per: dict[str, dict[int, int]] = {}
    for part in range(0, len(actors), 900):
        for a, d, k in conn.execute(_Q_USER_DAYS, {"actors": actors[part : part + 900]}):
            per.setdefault(a, {})[int(d)] = int(k)
    out = set()
    for a, d in cands:
        days = per.get(a, {})
        x = days.get(d, 1)
        if x < HV_MIN:
            continue
        own = [v for dd, v in days.items() if dd != d]
        own_typ = statistics.median(own) if len(own) >= HV_OWN_MIN_DAYS else 1.0
        peer_typ = float(peers.get(role_of.get(a, ""), 1.0) or 1.0)
        if x >= max(HV_OWN_FACTOR * own_typ, HV_PEER_FACTOR * peer_typ):
            out.add((a, d))
    return out


# --- rendering -----------------------------------------------------------------------------


def _clean_display(display: str | None) -> str | None:
    """A logged display name as it may be shown: never a CPR number (MinLog ``bruger`` and
    ``ansvarlig`` may be one; the importer keeps such a user as ``cpr:<digits>``), nothing when
    nothing is left."""
    if not display or display[:4].lower() == "cpr:":
        return None
    out = " ".join(_CPR_RE.sub(" ", display).split())
    return out or None


@dataclass
class Names:
    """What the view needs to put words on groups: organisation, people, relations."""

    org_display: dict[str, str]
    #: staff id -> "given family"
    staff_name: dict[str, str]
    #: staff id -> {organisation id: job title}
    titles: dict[str, dict[str, str]]
    #: (kind, id) -> (organisation id, other organisation id, start day, end day, text)
    relations: dict[
        tuple[str, str], tuple[str | None, str | None, int | None, int | None, str | None]
    ]
    protection: ViewProtection
    #: the citizen whose log this is (a citizen as the user is "dig selv")
    subject: str = ""
    #: home-care units: a service relation to one of them is told as home care
    homecare_orgs: frozenset[str] = frozenset()
    _person: dict[str, str | None] = field(default_factory=dict)

    def hidden(self, actor: str) -> bool:
        return actor.startswith("s:") and actor[2:] in self.protection.hidden

    def title(self, actor: str, org: str) -> str | None:
        """A job title that may be shown: never for a hidden person (their label carries a
        title only when their order allows it)."""
        if not actor.startswith("s:") or self.hidden(actor):
            return None
        t = self.titles.get(actor[2:], {})
        return t.get(org) or next(iter(t.values()), None)

    def person(self, actor: str, display: str | None) -> str:
        """The name (or label) the viewer may see, only ever via ``protection.person``; an
        unknown user is "Ukendt medarbejder", never their logged id."""
        if actor in self._person:
            return self._person[actor] or UNKNOWN_USER
        if actor.startswith(CITIZEN_ACTOR):
            return "Dig selv" if actor[len(CITIZEN_ACTOR) :] == self.subject else OTHER_CITIZEN
        if actor.startswith("s:"):
            sid = actor[2:]
            out = self.protection.person(sid, self.staff_name.get(sid) or _clean_display(display))
        else:
            out = self.protection.person(None, _clean_display(display))
        self._person[actor] = out
        return out or UNKNOWN_USER

    def machine(self, actor: str, display: str | None) -> str:
        """A system's name: its display name, or its logged id (never a CPR number)."""
        return (
            _clean_display(display)
            or _clean_display(actor[2:] if actor.startswith("u:") else None)
            or "Ukendt system"
        )

    def who(self, actor: str, org: str, display: str | None) -> str:
        """'Sygeplejerske Mette Holm', a label alone when hidden, or 'Ukendt medarbejder'."""
        name = self.person(actor, display)
        title = self.title(actor, org)
        if name == UNKNOWN_USER:
            return title or UNKNOWN_USER
        if not title or name.lower().startswith(title.lower()):
            return name
        return f"{title} {name}"

    def for_whom(self, behalf: str, org: str) -> str:
        """The responsible person in running text: "overlæge Hans Skov" (a label when hidden)."""
        who = self.who(behalf, org, behalf[2:] if behalf.startswith("u:") else None)
        if self.hidden(behalf) or who == UNKNOWN_USER:
            return who if who != UNKNOWN_USER else "en ukendt medarbejder"
        title = self.title(behalf, org)
        return who[0].lower() + who[1:] if title and who.startswith(title) else who

    def org(self, oid: str) -> str | None:
        return self.org_display.get(oid) if oid else None

    def wording(self, rule: str, rel: str) -> str:
        """The rule whose words tell the explanation: a service relation or a template to a
        home-care unit (another district of the municipality, its night team) is told as home
        care."""
        if rule not in ("service", "template"):
            return rule
        kind, _, rid = rel.partition("/")
        meta = self.relations.get((kind, rid))
        return "homecare_shared" if meta and meta[0] in self.homecare_orgs else rule

    def explained_by(self, rule: str, rel: str, behalf: str = "") -> dict[str, Any] | None:
        if not rel:
            return None
        kind, _, rid = rel.partition("/")
        if rule == "citizen":
            text = (
                "Du har selv set dine oplysninger."
                if rid == self.subject
                else "En anden borger med adgang til dine oplysninger (fx en fuldmagt) så dem."
            )
            return {"kind": "patient", "id": rid, "text": text, "rule": rule}
        meta = self.relations.get((kind, rid))
        org, other, s, e, txt = meta if meta else (None, None, None, None, None)
        sentence = explanation_text(
            self.wording(rule, rel),
            kind,
            txt,
            self.org(org or ""),
            fmt_day(s) if s is not None else None,
            fmt_day(e) if e is not None else None,
            self.org(other or ""),
            self.for_whom(behalf, org or "") if behalf else None,
        )
        return {"kind": kind, "id": rid, "text": sentence, "rule": rule}


def _ranked(counter: Counter[Any]) -> list[Any]:
    """Keys by count (descending), ties by key: the same order however the cells came."""
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def shown_flags(bits: int, actor: str | None, names: Names) -> int:
    """The flags the viewer sees: a relationship flag about a person hidden from the viewer
    becomes ``attention`` (the relation itself would give the person away)."""
    if bits & F.RELATIONSHIP and actor is not None and names.hidden(actor):
        return (bits & ~F.RELATIONSHIP) | F.ATTENTION
    return bits


def render(g: Group, names: Names) -> dict[str, Any]:
    """One group as the contract's JSON object (plus state, reasons, roles, system)."""
    flags = flag_list(shown_flags(g.flags, g.actor, names))
    org = names.org(g.org)
    first_day, last_day = E.local_day(g.first), E.local_day(g.last)
    count = plural(g.n, "gang", "gange")
    top = _ranked(g.rels)[0] if g.rels else None
    n_rel = len({r for _, r, _ in g.rels if not r.startswith("document/")})
    explained_by = names.explained_by(*top) if top else None
    actor_keys = _ranked(g.actors)
    if g.key == ("own",):
        actors = [names.person(a, None) for a in actor_keys]
        who = " og ".join(dict.fromkeys(a.lower() if i else a for i, a in enumerate(actors)))
        summary = f"{who} så dine oplysninger {count} {period(first_day, last_day)}."
    elif g.state == "system":
        people = [names.machine(a, g.displays.get(a)) for a in actor_keys]
        listing = ", ".join(
            f"{p} ({plural(g.actors[a], 'gang', 'gange')})"
            for p, a in zip(people, actor_keys, strict=True)
        )
        summary = (
            f"Systemer og integrationer (ikke personer) hentede dine oplysninger {count} "
            f"{period(first_day, last_day)}: {listing}."
        )
        actors = people
    elif g.actor is None:  # an organisation's explained accesses (with a routine flag or none)
        actors = [names.person(a, g.displays.get(a)) for a in actor_keys]
        k = len(actor_keys)
        rule, rel, _ = top if top else ("", "", "")
        kind = rel.partition("/")[0]
        meta = names.relations.get((kind, rel.partition("/")[2]))
        others = n_rel - (0 if kind == "document" else 1)
        reason = group_reason(names.wording(rule, rel), kind, meta[4] if meta else None, others)
        summary = (
            f"{org or 'En ukendt organisation'} så dine oplysninger {count} "
            f"({plural(k, 'medarbejder', 'medarbejdere')}) {period(first_day, last_day)} "
            f"{reason}"
        )
        if g.behalfs:
            k_b = sum(g.behalfs.values())
            summary += f", heraf {plural(k_b, 'gang', 'gange')} for en anden medarbejder"
        notes = [F.phrase(f) for f in flags if F.phrase(f)]
        summary += (". Bemærk: " + ", ".join(notes) + ".") if notes else ""
    else:
        actors = [names.person(g.actor, g.displays.get(g.actor))]
        who = names.who(g.actor, g.org, g.displays.get(g.actor))
        where = f" ({org})" if org else ""
        when = f"den {fmt_day(g.day)}" if g.day is not None else period(first_day, last_day)
        summary = f"{who}{where} så dine oplysninger {count} {when}"
        behalf = _ranked(g.behalfs)[0] if g.behalfs else ""
        if top and "no_relation" not in flags:
            rule, rel, _ = top
            kind = rel.partition("/")[0]
            meta = names.relations.get((kind, rel.partition("/")[2]))
            if rule == "on_behalf" and behalf:
                summary += f" for {names.for_whom(behalf, g.org)}"
            summary += " " + group_reason(names.wording(rule, rel), kind, meta[4] if meta else None)
        elif behalf:
            summary += f" på vegne af {names.for_whom(behalf, g.org)}"
        summary += "."
        if "no_relation" in flags:
            summary += " Vi kan ikke se en behandlingsrelation, der forklarer det"
            summary += f" (heller ikke for {names.for_whom(behalf, g.org)})." if behalf else "."
        notes = [F.phrase(f) for f in flags if F.phrase(f)]
        if notes:
            summary += " Bemærk: " + ", ".join(notes) + "."
    roles: Counter[str] = Counter()
    if g.state != "system" and g.key != ("own",):
        for a in actor_keys:
            roles[names.title(a, g.org) or (UNTITLED if names.hidden(a) else "Anden bruger")] += 1
    out: dict[str, Any] = {
        "id": g.id,
        "summary": summary,
        "organization": org,
        "actors": actors,
        "count": g.n,
        "first": iso_epoch(g.first),
        "last": iso_epoch(g.last),
        "explained_by": explained_by,
        "flags": flags,
        "state": g.state,
        "reasons": F.reasons(flags),
        "system": g.state == "system",
        "roles": [{"title": t, "count": n} for t, n in roles.most_common()],
        "relations": n_rel,
    }
    return out
