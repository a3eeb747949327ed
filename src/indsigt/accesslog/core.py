"""The access-log engine's building blocks: rule and flag codes, time windows, time zone, the
interval index, CSR helpers, and the integer-coded inputs (:class:`Orgs`, :class:`Batch`).

Everything works on integer-coded numpy arrays of any number of citizens; nothing loops over
entries in Python. The rules themselves are in :mod:`.explain` (explanations), :mod:`.flagging`
(flags) and :mod:`.mining` (templates); :mod:`.engine` runs them. ``docs/accesslog.md`` documents
every rule and threshold.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import numpy as np

from ..timeutil import TZ
from . import flags as F

DAY = 86_400
HOUR = 3_600
#: the largest time the indices hold (year 2242); open-ended relations end here
MAXT = (1 << 33) - 1
_SHIFT = np.int64(34)

# --- rules ---------------------------------------------------------------------------------

#: explanation rules; the index is the code stored per entry. The order in which they are tried
#: is ``explain.ORDER`` (the first that matches is shown).
RULES = (
    "enc_staff",  # an encounter the user took part in
    "apt_staff",  # an appointment with the user
    "doc_author",  # a note the user wrote about the citizen
    "enc_org",  # an encounter in the user's organisation (or a parent/child of it)
    "apt_org",  # an appointment in the user's organisation
    "episode",  # an episode of care in the user's organisation, with a grace period
    "referral",  # a referral to or from the user's organisation
    "gp",  # the citizen's own general practice
    "template",  # a mined template: the user's department serves the relation's department
    "homecare",  # an episode of care of a home-care unit (shown as such; found as "episode")
    "on_behalf",  # work on behalf of the responsible person, explained by their relation
    "service",  # a service department (by type, or on the operator's list) serves the relation
    "citizen",  # the citizen (or someone with their power of attorney) looked: no staff at all
    "cover",  # on call at night or on a weekend for a sister department, during its encounter
)
(
    R_ENC_STAFF,
    R_APT_STAFF,
    R_DOC,
    R_ENC_ORG,
    R_APT_ORG,
    R_EPISODE,
    R_REFERRAL,
    R_GP,
    R_TEMPLATE,
    R_HOMECARE,
    R_ON_BEHALF,
    R_SERVICE,
    R_CITIZEN,
    R_COVER,
) = range(14)

#: relation kinds (``Relation.kind``) as codes
KINDS = ("episode", "encounter", "appointment", "referral")
K_EPISODE, K_ENCOUNTER, K_APPOINTMENT, K_REFERRAL = range(4)

FLAG_NO_RELATION = F.NO_RELATION
FLAG_SAME_SURNAME = F.SAME_SURNAME
FLAG_SAME_ADDRESS = F.SAME_ADDRESS
FLAG_COWORKER = F.COWORKER
FLAG_SELF = F.SELF_LOOKUP
FLAG_BREAK_GLASS = F.BREAK_GLASS
FLAG_AFTER_HOURS = F.AFTER_HOURS
FLAG_HIGH_VOLUME = F.HIGH_VOLUME

#: entry classes: system, explained, explained but flagged, unexplained, unexplained and flagged
CLASSES = ("s", "e", "x", "u", "f")
C_SYSTEM, C_EXPLAINED, C_EXPLAINED_FLAGGED, C_UNEXPLAINED, C_FLAGGED = range(5)


@dataclass(frozen=True)
class Windows:
    """How long before and after a relation an access is still explained by it (seconds)."""

    #: an encounter explains accesses in its own period, from shortly before (arrival is
    #: announced, the referral is read) to three working days after its end (the discharge
    #: letter, the answers that follow; see ``explain.working_days_after``)
    encounter_before: int = 2 * HOUR
    encounter_after_workdays: int = 3
    appointment_before: int = 14 * DAY
    appointment_after: int = 3 * DAY
    document_before: int = 1 * DAY
    document_after: int = 30 * DAY
    episode_before: int = 1 * DAY
    episode_after: int = 30 * DAY  # settings.episode_grace_days
    referral_before: int = 14 * DAY  # a referral is read before its occurrence period starts
    referral_valid: int = 180 * DAY  # a referral without an end is valid for six months
    gp_span: int = 365 * DAY
    #: an encounter "then" for after_hours: the encounter period with this slack
    encounter_then: int = 1 * HOUR
    #: an episode or encounter with no recorded end counts as ended this long after its last
    #: activity (see ``explain.relation_rows``)
    inactive_after: int = 90 * DAY
    #: ... and activity covers accesses this long before it (a visit is read, then documented)
    activity_ahead: int = 1 * DAY
    #: a service department's work follows the relation it serves by this long (the answer of
    #: a sample or an image, the pathology report)
    service_after: int = 30 * DAY

    @classmethod
    def with_grace(cls, grace_days: int) -> Windows:
        return cls(episode_after=grace_days * DAY)


# --- time zone -----------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _transitions(year: int) -> tuple[tuple[int, int], ...]:
    """UTC instants in ``year`` at which the Copenhagen offset changes, and the new offset."""
    out: list[tuple[int, int]] = []
    t = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    prev = t.astimezone(TZ).utcoffset()
    step = timedelta(days=1)
    while t < end:
        nxt = t + step
        off = nxt.astimezone(TZ).utcoffset()
        if off != prev:  # refine to the hour within this day
            h = t
            while h < nxt:
                h2 = h + timedelta(hours=1)
                if h2.astimezone(TZ).utcoffset() != prev:
                    assert off is not None
                    out.append((int(h2.timestamp()), int(off.total_seconds())))
                    break
                h = h2
            prev = off
        t = nxt
    return tuple(out)


def off_hours(t: np.ndarray) -> np.ndarray:
    """Before 07:00 or from 18:00 on a weekday, or a Saturday or Sunday (Copenhagen time)."""
    local = t + local_offsets(t)
    hour = (local % DAY) // HOUR
    weekday = ((local // DAY) + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    return (hour < 7) | (hour >= 18) | (weekday >= 5)


def local_offsets(t: np.ndarray) -> np.ndarray:
    """UTC offsets (seconds) of Europe/Copenhagen at the UTC epoch seconds ``t``."""
    if t.size == 0:
        return np.zeros(0, dtype=np.int64)
    lo = datetime.fromtimestamp(int(max(t.min(), 0)), UTC).year
    hi = datetime.fromtimestamp(int(min(t.max(), MAXT)), UTC).year
    times, offs = _offset_table(lo, hi)
    idx = np.searchsorted(times, t, side="right") - 1
    return offs[np.clip(idx, 0, None)]


@lru_cache(maxsize=64)
def _offset_table(lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """(UTC instants, offsets from then on) for the years ``lo..hi``."""
    base = datetime(lo, 1, 1, tzinfo=UTC)
    first = base.astimezone(TZ).utcoffset()
    assert first is not None
    times = [int(base.timestamp())]
    offs = [int(first.total_seconds())]
    for y in range(lo, hi + 1):
        for when, off in _transitions(y):
            times.append(when)
            offs.append(off)
    return np.array(times, dtype=np.int64), np.array(offs, dtype=np.int64)


def local_days(t: np.ndarray) -> np.ndarray:
    """Local (Copenhagen) day numbers of UTC epoch seconds."""
    return ((t + local_offsets(t)) // DAY).astype(np.int32)


def local_offset(t: int) -> int:
    """The Copenhagen offset from UTC (seconds) at epoch second ``t``, from the same table as
    :func:`local_days`."""
    t = int(t)
    year = datetime.fromtimestamp(min(max(t, 0), MAXT), UTC).year
    times, offs = _offset_list(year)
    return offs[max(bisect_right(times, t) - 1, 0)]


def local_day(t: int) -> int:
    """:func:`local_days` of one time, without numpy's per-call cost (a view renders thousands
    of groups)."""
    t = int(t)
    return (t + local_offset(t)) // DAY


@lru_cache(maxsize=64)
def _offset_list(year: int) -> tuple[list[int], list[int]]:
    times, offs = _offset_table(year, year)
    return times.tolist(), offs.tolist()


# --- interval index ------------------------------------------------------------------------


class IntervalIndex:
    """Rows ``(key, from, to, payload)``; :meth:`query` finds, for each (key, time), the payload of
    a row with that key whose window covers the time (the one reaching furthest), or -1."""

    def __init__(
        self, keys: np.ndarray, start: np.ndarray, end: np.ndarray, payload: np.ndarray
    ) -> None:
        keep = end >= start
        keys, start, end, payload = keys[keep], start[keep], end[keep], payload[keep]
        start = np.clip(start, 0, MAXT).astype(np.int64)
        end = np.clip(end, 0, MAXT).astype(np.int64)
        order = np.lexsort((start, keys))
        k = keys[order]
        self.ukeys, grp = np.unique(k, return_inverse=True)
        grp = grp.astype(np.int64)
        self.comp = (grp << _SHIFT) | start[order]
        val = (grp << _SHIFT) | end[order]
        self.acc = np.maximum.accumulate(val) if val.size else val
        pos = np.arange(val.size, dtype=np.int64)
        self.arg = np.maximum.accumulate(np.where(val == self.acc, pos, 0)) if val.size else pos
        self.grp = grp
        self.payload = payload[order]

    def query(self, keys: np.ndarray, t: np.ndarray) -> np.ndarray:
        out = np.full(keys.shape, -1, dtype=np.int64)
        if self.ukeys.size == 0 or keys.size == 0:
            return out
        r = np.searchsorted(self.ukeys, keys)
        rc = np.minimum(r, self.ukeys.size - 1)
        ok = self.ukeys[rc] == keys
        tc = np.clip(t, 0, MAXT).astype(np.int64)
        q = (rc.astype(np.int64) << _SHIFT) | tc
        i = np.searchsorted(self.comp, q, side="right") - 1
        ic = np.maximum(i, 0)
        ok &= (i >= 0) & (self.grp[ic] == rc)
        ok &= (self.acc[ic] & ((np.int64(1) << _SHIFT) - 1)) >= tc
        out[ok] = self.payload[self.arg[ic[ok]]]
        return out


def csr_expand(ptr: np.ndarray, idx: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each i in ``rows`` (a CSR row number), every member: (position in ``rows``, member)."""
    counts = (ptr[rows + 1] - ptr[rows]).astype(np.int64)
    total = int(counts.sum())
    owner = np.repeat(np.arange(rows.size, dtype=np.int64), counts)
    if total == 0:
        return owner, np.zeros(0, dtype=idx.dtype)
    starts = np.repeat(ptr[rows].astype(np.int64), counts)
    offs = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    return owner, idx[starts + offs]


def csr(n: int, rows: np.ndarray, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Build a CSR (ptr, idx) of ``n`` rows from (row, member) pairs."""
    order = np.argsort(rows, kind="stable")
    counts = np.bincount(rows, minlength=n) if rows.size else np.zeros(n, dtype=np.int64)
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return ptr, members[order]


# --- inputs --------------------------------------------------------------------------------


def _empty_csr(n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, dtype=np.int64), np.zeros(0, dtype=np.int32)


@dataclass
class Orgs:
    """The organisation hierarchy as arrays (see :func:`indsigt.accesslog.orgs.build_orgs`)."""

    ids: list[str]
    index: dict[str, int]
    display: list[str]
    parent: np.ndarray
    #: CSR: an organisation -> the organisations whose users its relations explain (itself, its
    #: ancestors below the region, and everything under it)
    fam_ptr: np.ndarray
    fam_idx: np.ndarray
    is_gp: np.ndarray
    is_homecare: np.ndarray
    is_system: np.ndarray
    #: CSR: a relation's organisation -> the user organisations that serve it (mined templates)
    tpl_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    tpl_idx: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    #: CSR: a relation's organisation -> the service organisations that serve it (by type, and
    #: the operator's list of service relations)
    svc_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    svc_idx: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    #: an organisation is a service department by its type or name (radiology, laboratory ...)
    is_service: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: CSR: an organisation -> itself and everything under it
    desc_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    desc_idx: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    #: the topmost ancestor below the region (the hospital, the municipality), or itself
    top: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    #: what a service department serves: its region, else its topmost ancestor
    served: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    #: a hospital service department also serves the general practices (samples, images)
    serves_gps: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: a clinical hospital department's on-call group (its parent: the departments of one
    #: hospital cover each other at night and on weekends), or -1
    cover_group: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))

    @property
    def n(self) -> int:
        return len(self.ids)

    def _pairs_csr(self, pairs: list[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray]:
        """CSR relation org -> user orgs for (user org, relation org) pairs, the relation org
        expanded to everything under it (a template for a hospital serves all its wards)."""
        rows: list[int] = []
        mem: list[int] = []
        for a, b in pairs:
            ia, ib = self.index.get(a), self.index.get(b)
            if ia is None or ib is None:
                continue
            under = self.desc_idx[self.desc_ptr[ib] : self.desc_ptr[ib + 1]].tolist() or [ib]
            rows += under
            mem += [ia] * len(under)
        pairs_arr = np.unique(
            np.array(rows, dtype=np.int64) * max(self.n, 1) + np.array(mem, dtype=np.int64)
        )
        return csr(
            self.n,
            (pairs_arr // max(self.n, 1)).astype(np.int64),
            (pairs_arr % max(self.n, 1)).astype(np.int32),
        )

    def with_templates(self, pairs: list[tuple[str, str]]) -> Orgs:
        """A copy with the template pairs (user org, relation org) set."""
        ptr, idx = self._pairs_csr(pairs)
        return _replace(self, tpl_ptr=ptr, tpl_idx=idx)

    def with_services(self, pairs: list[tuple[str, str]]) -> Orgs:
        """A copy with the service pairs (user org, relation org) set (the type-based ones are
        added by ``build_orgs`` and kept)."""
        ptr, idx = self._pairs_csr(pairs + self.type_services())
        return _replace(self, svc_ptr=ptr, svc_idx=idx)

    def type_services(self) -> list[tuple[str, str]]:
        """(service org, the organisation it serves): a service department serves its region
        (radiology reads for the region's other hospitals, the pharmacy serves them all), or,
        outside a region, its topmost ancestor (a municipality's night team)."""
        out = []
        gps = np.flatnonzero(self.is_gp).tolist()
        for i in np.flatnonzero(self.is_service).tolist():
            to = int(self.served[i]) if self.served.size else i
            if to != i:
                out.append((self.ids[i], self.ids[to]))
            if self.serves_gps.size and self.serves_gps[i]:
                out += [(self.ids[i], self.ids[g]) for g in gps]
        return out


def _replace(o: Orgs, **kw: np.ndarray) -> Orgs:
    return dataclasses.replace(o, **kw)


@dataclass
class Batch:
    """Entries, relations and people of a set of citizens, integer-coded.

    Citizens are ``0..n_patients-1``, actors (the users who accessed, and the people they acted
    for) ``0..n_actors-1``, organisations are :class:`Orgs` indices; -1 means unknown.
    """

    n_patients: int
    # entries
    pat: np.ndarray  # int32
    t: np.ndarray  # int64 epoch seconds UTC
    actor: np.ndarray  # int32
    org: np.ndarray  # int32
    emergency: np.ndarray  # bool: purpose ETREAT/BTG
    system: np.ndarray  # bool
    # actors
    n_actors: int
    a_cpr: np.ndarray  # int32 codes (-1 unknown); equal codes = equal values
    a_addr: np.ndarray
    a_person: np.ndarray  # given + family + address
    a_tok_ptr: np.ndarray  # CSR of surname-part codes
    a_tok: np.ndarray
    # citizens
    p_cpr: np.ndarray
    p_addr: np.ndarray
    p_person: np.ndarray
    p_tok_ptr: np.ndarray
    p_tok: np.ndarray
    #: (citizen, organisation) where the citizen works as staff
    cw_pat: np.ndarray
    cw_org: np.ndarray
    # relations
    r_pat: np.ndarray
    r_kind: np.ndarray  # int8 K_*
    r_org: np.ndarray
    r_other: np.ndarray
    r_start: np.ndarray  # int64, -1 unknown
    r_end: np.ndarray  # int64, -1 open/unknown
    #: relation participants: (relation, actor)
    rs_rel: np.ndarray
    rs_actor: np.ndarray
    # documents
    d_pat: np.ndarray
    d_actor: np.ndarray
    d_date: np.ndarray
    # --- optional inputs (defaults: none) ----------------------------------------------------
    #: per entry: the actor the user acted on behalf of (MinLog ``ansvarlig``, AuditEvent
    #: on-behalf agent), or -1
    behalf: np.ndarray | None = None
    #: per entry: the action created, updated or deleted data (activity, see relation_rows)
    write: np.ndarray | None = None
    #: CSR: actor -> the organisations of their roles
    a_org_ptr: np.ndarray | None = None
    a_org_idx: np.ndarray | None = None
    #: per actor: a citizen acting as the user (``Patient/<id>``: the citizen's own access, or
    #: a proxy's), not staff
    a_citizen: np.ndarray | None = None
    #: per document: the organisation (custodian) or -1
    d_org: np.ndarray | None = None
    #: per citizen: the time of their first log entry (before it the data cannot show inactivity)
    p_first: np.ndarray | None = None
    #: per surname-part code: a common family name (does not count on explained accesses)
    tok_common: np.ndarray | None = None
    #: per address code: an address many citizens share (a care home, a block without door
    #: numbers): does not count on explained accesses
    addr_shared: np.ndarray | None = None
    #: (citizen, actor) pairs where the actor is a registered relative of the citizen
    rp_pat: np.ndarray | None = None
    rp_actor: np.ndarray | None = None

    def __post_init__(self) -> None:
        n = self.t.size
        if self.behalf is None:
            self.behalf = np.full(n, -1, dtype=np.int32)
        if self.write is None:
            self.write = np.zeros(n, dtype=bool)
        if self.a_org_ptr is None or self.a_org_idx is None:
            self.a_org_ptr, self.a_org_idx = _empty_csr(self.n_actors)
        if self.a_citizen is None:
            self.a_citizen = np.zeros(self.n_actors, dtype=bool)
        if self.d_org is None:
            self.d_org = np.full(self.d_pat.size, -1, dtype=np.int32)
        if self.p_first is None:
            first = np.full(self.n_patients, MAXT, dtype=np.int64)
            if n:
                np.minimum.at(first, self.pat, self.t)
            self.p_first = first
        if self.tok_common is None:
            ntok = int(max(self.p_tok.max(initial=-1), self.a_tok.max(initial=-1))) + 1
            self.tok_common = np.zeros(ntok, dtype=bool)
        if self.addr_shared is None:
            naddr = int(max(self.p_addr.max(initial=-1), self.a_addr.max(initial=-1))) + 1
            self.addr_shared = np.zeros(naddr, dtype=bool)
        if self.rp_pat is None or self.rp_actor is None:
            self.rp_pat = np.zeros(0, dtype=np.int32)
            self.rp_actor = np.zeros(0, dtype=np.int32)


@dataclass
class Result:
    """Per entry: the rule (-1 none), the relation or document index, flags and class."""

    rule: np.ndarray  # int8
    rel: np.ndarray  # int64: relation index, or document index when ``via`` is R_DOC
    flags: np.ndarray  # int32 bitmask
    cls: np.ndarray  # int8 C_*
    day: np.ndarray  # int32 local day
    #: the rule that found the relation: the rule itself, or for on_behalf the responsible
    #: person's rule (R_DOC: ``rel`` is a document)
    via: np.ndarray | None = None
    #: per entry: the responsible person (actor) of an on-behalf access, or -1
    behalf: np.ndarray | None = None

    def is_doc(self) -> np.ndarray:
        via = self.via if self.via is not None else self.rule
        return via == R_DOC
