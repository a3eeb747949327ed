"""Condensing: cells -> groups -> Danish lines.

A *cell* is what the precomputation stores: the entries of one citizen on one local day by one
actor in one organisation with the same explanation and class. Groups are made of whole cells, so
condensing is a partition by construction: every entry is in exactly one cell, every cell in
exactly one group.

Group keys (the id is a keyed hash of the citizen and the key, stable between requests):

- ``("system",)``: every machine access, one group;
- ``("explained", org)``: explained accesses of one organisation over the whole period;
- ``("flagged", org, actor, day, "e"|"n")``: one user's flagged accesses on one day, explained
  ("e", e.g. a break-glass during an admission) or not ("n");
- ``("unexplained", org, actor, day)``: one user's unexplained accesses on one day.

Flagged and unexplained lines come first, then explained, then machines.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, text

from ..protect.base import ViewProtection
from ..timeutil import TZ
from . import engine as E
from .text import (
    FLAG_CODES,
    explanation_text,
    fmt_day,
    group_reason,
    period,
    plural,
    reasons,
)

STATE_ORDER = {"flagged": 0, "unexplained": 1, "explained": 2, "system": 3}
CLASS_STATE = {"s": "system", "e": "explained", "x": "flagged", "u": "unexplained", "f": "flagged"}

#: high_volume: at least this many citizens without a relation on one day ...
HV_MIN = 10
#: ... and this many times the user's own typical day ...
HV_OWN_FACTOR = 3.0
#: ... and this many times the typical day of peers with the same job title
HV_PEER_FACTOR = 5.0
#: own typical day needs at least this many other days with unexplained lookups
HV_OWN_MIN_DAYS = 3


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


def iso_epoch(t: int) -> str:
    """Epoch seconds -> ISO 8601 with the Copenhagen offset."""
    return datetime.fromtimestamp(int(t), UTC).astimezone(TZ).isoformat()


def flag_list(bits: int) -> list[str]:
    return [c for i, c in enumerate(FLAG_CODES) if bits & (1 << i)]


@lru_cache(maxsize=4096)  # many cells share a group: hashing each again was half a long view
def group_id(subject: str, key: tuple[Any, ...]) -> str:
    raw = "\x1f".join([subject, *map(str, key)]).encode()
    return "g" + hashlib.blake2b(raw, digest_size=6, person=b"indsigt-log").hexdigest()


def group_key(c: Cell, hv: set[tuple[str, int]]) -> tuple[Any, ...]:
    if c.cls == "s":
        return ("system",)
    if c.cls == "e":
        return ("explained", c.org)
    if c.cls == "x":
        return ("flagged", c.org, c.actor, c.day, "e")
    if c.cls == "f" or (c.actor, c.day) in hv:
        return ("flagged", c.org, c.actor, c.day, "n")
    return ("unexplained", c.org, c.actor, c.day)


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
    rels: Counter[tuple[str, str]] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    displays: dict[str, str | None] = field(default_factory=dict)

    def add(self, c: Cell, extra_flags: int) -> None:
        if self.n == 0:
            self.first, self.last = c.first, c.last
        else:
            self.first, self.last = min(self.first, c.first), max(self.last, c.last)
        self.n += c.n
        self.flags |= c.flags | extra_flags
        if c.rel:
            self.rels[(c.rule, c.rel)] += c.n
        self.actors[c.actor] += c.n
        if c.display and not self.displays.get(c.actor):
            self.displays[c.actor] = c.display


def build_groups(subject: str, cells: Iterable[Cell], hv: set[tuple[str, int]]) -> list[Group]:
    groups: dict[tuple[Any, ...], Group] = {}
    for c in sorted(cells, key=lambda c: (c.day, c.first, c.actor, c.org, c.cls, c.rule, c.rel)):
        key = group_key(c, hv)
        g = groups.get(key)
        if g is None:
            state = key[0]
            g = groups[key] = Group(
                key,
                group_id(subject, key),
                state,
                "" if state == "system" else c.org,
                c.actor if len(key) > 2 else None,
                c.day if len(key) > 2 else None,
            )
        extra = E.FLAG_HIGH_VOLUME if (c.cls in "uf" and (c.actor, c.day) in hv) else 0
        g.add(c, extra)
    return sorted(groups.values(), key=lambda g: (STATE_ORDER[g.state], -g.last, g.id))


# --- high volume ---------------------------------------------------------------------------

_Q_USER_DAYS = text(
    "SELECT actor, day, COUNT(DISTINCT patient_id) FROM accesslog_cell "
    "WHERE cls IN ('u', 'f') AND actor IN :actors GROUP BY actor, day"
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
    _person: dict[str, str | None] = field(default_factory=dict)

    def title(self, actor: str, org: str) -> str | None:
        if not actor.startswith("s:"):
            return None
        t = self.titles.get(actor[2:], {})
        real = t.get(org) or next(iter(t.values()), None)
        # a hidden person's title only as their label shows it (none with keep_title: false)
        return self.protection.title(actor[2:], real)

    def person(self, actor: str, display: str | None) -> str | None:
        """The name (or label) the viewer may see, only ever via ``protection.person``."""
        if actor in self._person:
            return self._person[actor]
        if actor.startswith("s:"):
            sid = actor[2:]
            out = self.protection.person(sid, self.staff_name.get(sid) or display)
        else:
            out = self.protection.person(None, display or actor[2:])
        self._person[actor] = out
        return out

    def who(self, actor: str, org: str, display: str | None) -> str:
        """'Sygeplejerske Mette Holm', a label alone when hidden, or 'En ukendt bruger'."""
        name = self.person(actor, display)
        hidden = actor.startswith("s:") and actor[2:] in self.protection.hidden
        title = self.title(actor, org)
        if not name:
            return title or "En ukendt bruger"
        if hidden or not title or name.lower().startswith(title.lower()):
            return name
        return f"{title} {name}"

    def org(self, oid: str) -> str | None:
        return self.org_display.get(oid) if oid else None

    def explained_by(self, rule: str, rel: str) -> dict[str, Any] | None:
        if not rel:
            return None
        kind, _, rid = rel.partition("/")
        meta = self.relations.get((kind, rid))
        org, other, s, e, txt = meta if meta else (None, None, None, None, None)
        sentence = explanation_text(
            rule,
            kind,
            txt,
            self.org(org or ""),
            fmt_day(s) if s is not None else None,
            fmt_day(e) if e is not None else None,
            self.org(other or ""),
        )
        return {"kind": kind, "id": rid, "text": sentence, "rule": rule}


def _ranked(counter: Counter[Any]) -> list[Any]:
    """Keys by count (descending), ties by key: the same order however the cells came."""
    return [k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _flag_phrase(code: str) -> str:
    return {
        "same_surname": "samme efternavn som dig",
        "same_address": "bor på din adresse",
        "coworker": "du er ansat samme sted",
        "self_lookup": "opslag på sig selv",
        "break_glass": "værdispring brugt",
        "after_hours": "uden for almindelig arbejdstid",
        "high_volume": "mange opslag på borgere uden relation den dag",
    }[code]


def render(g: Group, names: Names) -> dict[str, Any]:
    """One group as the contract's JSON object (plus state, reasons, roles, system)."""
    flags = flag_list(g.flags)
    org = names.org(g.org)
    first_day, last_day = E.local_day(g.first), E.local_day(g.last)
    count = plural(g.n, "gang", "gange")
    top = _ranked(g.rels)[0] if g.rels else None
    n_rel = len({r for _, r in g.rels if not r.startswith("document/")})
    explained_by = names.explained_by(*top) if top else None
    actor_keys = _ranked(g.actors)
    if g.state == "system":
        people = [names.person(a, g.displays.get(a)) or a[2:] for a in actor_keys]
        listing = ", ".join(
            f"{p} ({plural(g.actors[a], 'gang', 'gange')})"
            for p, a in zip(people, actor_keys, strict=True)
        )
        summary = (
            f"Systemer og integrationer (ikke personer) hentede dine oplysninger {count} "
            f"{period(first_day, last_day)}: {listing}."
        )
        actors = people
    elif g.state == "explained":
        actors = [names.person(a, g.displays.get(a)) or "Ukendt bruger" for a in actor_keys]
        k = len(actor_keys)
        rule, rel = top if top else ("", "")
        kind = rel.partition("/")[0]
        meta = names.relations.get((kind, rel.partition("/")[2]))
        others = n_rel - (0 if kind == "document" else 1)
        reason = group_reason(rule, kind, meta[4] if meta else None, others)
        summary = (
            f"{org or 'En ukendt organisation'} så dine oplysninger {count} "
            f"({plural(k, 'medarbejder', 'medarbejdere')}) {period(first_day, last_day)} "
            f"{reason}"
        )
    else:
        assert g.actor is not None and g.day is not None
        actors = [names.person(g.actor, g.displays.get(g.actor)) or "Ukendt bruger"]
        who = names.who(g.actor, g.org, g.displays.get(g.actor))
        where = f" ({org})" if org else ""
        summary = f"{who}{where} så dine oplysninger {count} den {fmt_day(g.day)}"
        if top and "no_relation" not in flags:
            rule, rel = top
            kind = rel.partition("/")[0]
            meta = names.relations.get((kind, rel.partition("/")[2]))
            summary += " " + group_reason(rule, kind, meta[4] if meta else None)
        summary += "."
        if "no_relation" in flags:
            summary += " Vi kan ikke se en behandlingsrelation, der forklarer det."
        notes = [_flag_phrase(f) for f in flags if f != "no_relation"]
        if notes:
            summary += " Bemærk: " + ", ".join(notes) + "."
    roles: Counter[str] = Counter()
    if g.state != "system":
        for a in actor_keys:
            roles[names.title(a, g.org) or "Anden bruger"] += 1
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
        "reasons": reasons(flags),
        "system": g.state == "system",
        "roles": [{"title": t, "count": n} for t, n in roles.most_common()],
        "relations": n_rel,
    }
    return out
