"""How much a shared family name or address says: common names, shared addresses, relatives.

On an access a treatment relation explains, a relationship flag is raised only where the
evidence is strong (``docs/accesslog.md``, *Flags*):

- a shared family name counts unless the shared part is a **common** family name: one of the
  most common Danish family names (``COMMON_DANISH``, after Danmarks Statistik's name statistics),
  or a part carried by at least ``max(COMMON_MIN_PEOPLE, COMMON_SHARE × people)`` of the store's
  people (citizens and staff): a Jensen reading a Jensen is no news, and neither is a name three
  people of a small store share;
- a shared address counts unless many citizens share it (at least ``SHARED_ADDRESS_MIN``: a care
  home, a block of flats recorded without floor and door);
- a registered relative (``related_person``: FHIR RelatedPerson and Patient.contact) whose name
  is the user's makes either count, however common.

The store's figures are computed by a full refresh and kept in ``accesslog_state``, so that the
precomputation and a view computed from the raw entries judge alike.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, inspect, text

from .text import address_norm, fold, surname_parts

#: the most common Danish family names (folded as ``text.fold`` does), each carried by roughly
#: 0.2 % of the population or more (Danmarks Statistik, name statistics)
COMMON_DANISH = frozenset(
    {
        "nielsen", "jensen", "hansen", "pedersen", "andersen", "christensen", "larsen",
        "soerensen", "rasmussen", "joergensen", "petersen", "madsen", "kristensen", "olsen",
        "thomsen", "christiansen", "poulsen", "johansen", "moeller", "mortensen", "knudsen",
        "jakobsen", "jacobsen", "mikkelsen", "olesen", "frederiksen", "laursen", "henriksen",
        "lund", "schmidt", "holm", "eriksen", "kristiansen", "clausen", "simonsen", "svendsen",
        "andreasen", "iversen", "jeppesen", "mogensen", "vestergaard", "nissen", "lauridsen",
        "jespersen", "kjaer", "oestergaard", "jepsen", "thygesen", "bertelsen", "mohamed",
        "ali", "nygaard", "dam", "toft", "bach", "lassen", "kjeldsen", "bak", "gregersen",
        "carlsen", "karlsen", "hermansen", "nikolajsen", "friis", "berg", "riis", "koch",
        "ahmed", "johnsen", "abildgaard", "hussein", "kofoed", "winther", "ravn",
    }
)  # fmt: skip
#: a family-name part carried by this share of the store's people (citizens and staff) is common
COMMON_SHARE = 0.002
#: ... or by at least this many of them (the user and the citizen are two: a third person makes
#: the name one a small store's population shares, not a family's)
COMMON_MIN_PEOPLE = 3
#: an address this many citizens share is not a household
SHARED_ADDRESS_MIN = 6

_STATE_KEY = "people"


@dataclass(frozen=True)
class PeopleStats:
    """Common family-name parts and shared addresses (both folded like the engine's codes)."""

    common_surnames: frozenset[str] = COMMON_DANISH
    shared_addresses: frozenset[str] = frozenset()
    citizens: int = 0
    _extra: dict[str, int] = field(default_factory=dict, compare=False)

    def to_json(self) -> str:
        return json.dumps(
            {
                "common_surnames": sorted(self.common_surnames - COMMON_DANISH),
                "shared_addresses": sorted(self.shared_addresses),
                "citizens": self.citizens,
            }
        )

    @classmethod
    def from_json(cls, raw: str) -> PeopleStats:
        d = json.loads(raw)
        return cls(
            COMMON_DANISH | frozenset(d.get("common_surnames", ())),
            frozenset(d.get("shared_addresses", ())),
            int(d.get("citizens", 0)),
        )


def compute(conn: Connection) -> PeopleStats:
    """The store's figures, from every citizen and staff member."""
    parts: Counter[str] = Counter()
    n = 0
    for table in ("patient", "staff"):
        for (family,) in conn.execute(text(f"SELECT family FROM {table}")):
            n += 1
            parts.update(surname_parts(family))
    need = max(COMMON_MIN_PEOPLE, math.ceil(COMMON_SHARE * n))
    common = set(COMMON_DANISH) | {p for p, k in parts.items() if k >= need}
    shared = set()
    for key, _k in conn.execute(
        text(
            "SELECT address_key, COUNT(*) FROM patient WHERE address_key IS NOT NULL "
            "GROUP BY address_key HAVING COUNT(*) >= :m"
        ),
        {"m": SHARED_ADDRESS_MIN},
    ):
        norm = address_norm(key)
        if norm:
            shared.add(norm)
    return PeopleStats(frozenset(common), frozenset(shared), n)


def store(conn: Connection, stats: PeopleStats) -> None:
    conn.execute(text("DELETE FROM accesslog_state WHERE key = :k"), {"k": _STATE_KEY})
    conn.execute(
        text("INSERT INTO accesslog_state (key, value) VALUES (:k, :v)"),
        {"k": _STATE_KEY, "v": stats.to_json()},
    )


def load(conn: Connection) -> PeopleStats:
    """The figures of the last full refresh (or computed now when there was none)."""
    raw = conn.execute(
        text("SELECT value FROM accesslog_state WHERE key = :k"), {"k": _STATE_KEY}
    ).scalar()
    return PeopleStats.from_json(raw) if raw else compute(conn)


# --- registered relatives ------------------------------------------------------------------


def has_related_person(conn: Connection) -> bool:
    return inspect(conn).has_table("related_person")


def name_key(given: str | None, family: str | None) -> str | None:
    """First given name and family name, folded: how a relative is matched to a staff member."""
    g = fold(given or "").split()
    f = " ".join(fold(family or "").split())
    if not g or not f:
        return None
    return f"{g[0]}|{f}"
