"""Explain and flag access-log entries, vectorised with numpy.

One implementation for one citizen (a view) and for every citizen at once (the precomputation):
everything here works on integer-coded arrays of any number of citizens and never loops over
entries in Python. The rules are documented in ``docs/accesslog.md``.

Explaining is interval stabbing: every treatment relation becomes rows ``(key, from, to)``, where
the key is (citizen, organisation) or (citizen, staff member) and ``[from, to]`` is the relation's
time window with its slack; an entry is explained when a row with its key covers its time. An
:class:`IntervalIndex` answers that for all entries with two binary searches each.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import numpy as np

from ..timeutil import TZ

DAY = 86_400
HOUR = 3_600
#: the largest time the indices hold (year 2242); open-ended relations end here
MAXT = (1 << 33) - 1
_SHIFT = np.int64(34)

# --- rules ---------------------------------------------------------------------------------

#: explanation rules in order of preference (the first that matches is shown)
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
)
R_ENC_STAFF, R_APT_STAFF, R_DOC, R_ENC_ORG, R_APT_ORG, R_EPISODE, R_REFERRAL, R_GP, R_TEMPLATE = (
    range(9)
)
R_HOMECARE = 9

#: relation kinds (``Relation.kind``) as codes
KINDS = ("episode", "encounter", "appointment", "referral")
K_EPISODE, K_ENCOUNTER, K_APPOINTMENT, K_REFERRAL = range(4)

FLAG_NO_RELATION = 1
FLAG_SAME_SURNAME = 2
FLAG_SAME_ADDRESS = 4
FLAG_COWORKER = 8
FLAG_SELF = 16
FLAG_BREAK_GLASS = 32
FLAG_AFTER_HOURS = 64
FLAG_HIGH_VOLUME = 128

#: entry classes: system, explained, explained but flagged, unexplained, unexplained and flagged
CLASSES = ("s", "e", "x", "u", "f")
C_SYSTEM, C_EXPLAINED, C_EXPLAINED_FLAGGED, C_UNEXPLAINED, C_FLAGGED = range(5)


@dataclass(frozen=True)
class Windows:
    """How long before and after a relation an access is still explained by it (seconds)."""

    encounter_before: int = 1 * DAY
    encounter_after: int = 3 * DAY
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


def local_day(t: int) -> int:
    """:func:`local_days` of one time, without numpy's per-call cost (a view renders thousands
    of groups)."""
    t = int(t)
    year = datetime.fromtimestamp(min(max(t, 0), MAXT), UTC).year
    times, offs = _offset_list(year)
    return (t + offs[max(bisect_right(times, t) - 1, 0)]) // DAY


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


@dataclass
class Orgs:
    """The organisation hierarchy as arrays (see :func:`indsigt.accesslog.source.load_orgs`)."""

    ids: list[str]
    index: dict[str, int]
    display: list[str]
    parent: np.ndarray
    #: CSR: an organisation -> the organisations whose users its relations explain
    fam_ptr: np.ndarray
    fam_idx: np.ndarray
    is_gp: np.ndarray
    is_homecare: np.ndarray
    is_system: np.ndarray
    #: CSR: a relation's organisation -> the user organisations that serve it (mined templates)
    tpl_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    tpl_idx: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))

    @property
    def n(self) -> int:
        return len(self.ids)

    def with_templates(self, pairs: list[tuple[str, str]]) -> Orgs:
        """A copy with the template pairs (user org, relation org) set."""
        rows = np.array(
            [self.index[b] for a, b in pairs if a in self.index and b in self.index],
            dtype=np.int64,
        )
        mem = np.array(
            [self.index[a] for a, b in pairs if a in self.index and b in self.index],
            dtype=np.int32,
        )
        ptr, idx = csr(self.n, rows, mem)
        return Orgs(
            self.ids,
            self.index,
            self.display,
            self.parent,
            self.fam_ptr,
            self.fam_idx,
            self.is_gp,
            self.is_homecare,
            self.is_system,
            ptr,
            idx,
        )


@dataclass
class Batch:
    """Entries, relations and people of a set of citizens, integer-coded.

    Citizens are ``0..n_patients-1``, actors (the users who accessed) ``0..n_actors-1``,
    organisations are :class:`Orgs` indices; -1 means unknown.
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


@dataclass
class Result:
    """Per entry: the rule (-1 none), the relation or document index, flags and class."""

    rule: np.ndarray  # int8
    rel: np.ndarray  # int64: relation index, or document index for R_DOC
    flags: np.ndarray  # int32 bitmask
    cls: np.ndarray  # int8 C_*
    day: np.ndarray  # int32 local day


# --- explain -------------------------------------------------------------------------------


def _relation_windows(b: Batch, w: Windows) -> tuple[np.ndarray, np.ndarray]:
    """Window [from, to] of each relation by its kind (without the participants' rules)."""
    s = np.where(b.r_start >= 0, b.r_start, b.r_end)
    is_open = (b.r_kind == K_EPISODE) | (b.r_kind == K_ENCOUNTER)  # still going on
    e = np.where(b.r_end >= 0, b.r_end, np.where(is_open, MAXT, s))
    lo = np.empty_like(s)
    hi = np.empty_like(s)
    for kind, before, after in (
        (K_EPISODE, w.episode_before, w.episode_after),
        (K_ENCOUNTER, w.encounter_before, w.encounter_after),
        (K_APPOINTMENT, w.appointment_before, w.appointment_after),
    ):
        m = b.r_kind == kind
        lo[m] = s[m] - before
        hi[m] = np.where(e[m] >= MAXT, MAXT, e[m] + after)
    m = b.r_kind == K_REFERRAL
    ref_end = np.where(b.r_end[m] >= 0, b.r_end[m], s[m] + w.referral_valid)
    lo[m] = s[m] - w.referral_before
    hi[m] = ref_end + w.episode_after
    bad = s < 0
    lo[bad] = 1
    hi[bad] = 0  # dropped by the index
    return lo, hi


def _org_index(
    b: Batch,
    orgs: Orgs,
    rel: np.ndarray,
    rel_org: np.ndarray,
    lo: np.ndarray,
    hi: np.ndarray,
    *,
    family: bool = True,
) -> IntervalIndex:
    """(citizen, organisation) rows for relations ``rel`` at ``rel_org``, expanded to the family."""
    have = rel_org >= 0
    rel, rel_org, lo, hi = rel[have], rel_org[have], lo[have], hi[have]
    if family:
        owner, fam = csr_expand(orgs.fam_ptr, orgs.fam_idx, rel_org.astype(np.int64))
    else:
        owner, fam = np.arange(rel.size, dtype=np.int64), rel_org
    keys = b.r_pat[rel[owner]].astype(np.int64) * orgs.n + fam.astype(np.int64)
    return IntervalIndex(keys, lo[owner], hi[owner], rel[owner])


def explain(
    b: Batch, orgs: Orgs, w: Windows, *, templates: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """The rule (or -1) and relation/document index explaining each entry."""
    n = b.t.size
    rule = np.full(n, -1, dtype=np.int8)
    rel = np.full(n, -1, dtype=np.int64)
    lo, hi = _relation_windows(b, w)
    all_rel = np.arange(b.r_pat.size, dtype=np.int64)
    human = ~b.system
    has_actor = human & (b.actor >= 0)
    has_org = human & (b.org >= 0)
    akey = b.pat.astype(np.int64) * max(b.n_actors, 1) + b.actor
    okey = b.pat.astype(np.int64) * orgs.n + b.org

    def apply(code: int, index: IntervalIndex, mask: np.ndarray, keys: np.ndarray) -> None:
        todo = np.flatnonzero(mask & (rule < 0))
        if todo.size == 0:
            return
        hit = index.query(keys[todo], b.t[todo])
        got = hit >= 0
        rule[todo[got]] = code
        rel[todo[got]] = hit[got]

    # the user personally: encounter and appointment participants, note authors
    for code, kind in ((R_ENC_STAFF, K_ENCOUNTER), (R_APT_STAFF, K_APPOINTMENT)):
        m = (b.r_kind[b.rs_rel] == kind) & (b.rs_actor >= 0)
        r = b.rs_rel[m].astype(np.int64)
        keys = b.r_pat[r].astype(np.int64) * max(b.n_actors, 1) + b.rs_actor[m]
        apply(code, IntervalIndex(keys, lo[r], hi[r], r), has_actor, akey)
    dm = (b.d_actor >= 0) & (b.d_date >= 0)
    dkeys = b.d_pat[dm].astype(np.int64) * max(b.n_actors, 1) + b.d_actor[dm]
    dd = b.d_date[dm]
    apply(
        R_DOC,
        IntervalIndex(dkeys, dd - w.document_before, dd + w.document_after, np.flatnonzero(dm)),
        has_actor,
        akey,
    )
    # the user's organisation (or a parent/child of it)
    for code, kind in (
        (R_ENC_ORG, K_ENCOUNTER),
        (R_APT_ORG, K_APPOINTMENT),
        (R_EPISODE, K_EPISODE),
    ):
        m = b.r_kind == kind
        apply(code, _org_index(b, orgs, all_rel[m], b.r_org[m], lo[m], hi[m]), has_org, okey)
    m = b.r_kind == K_REFERRAL
    rr = all_rel[m]
    refs = _org_index(
        b,
        orgs,
        np.concatenate([rr, rr]),
        np.concatenate([b.r_org[m], b.r_other[m]]),
        np.concatenate([lo[m], lo[m]]),
        np.concatenate([hi[m], hi[m]]),
    )
    apply(R_REFERRAL, refs, has_org, okey)
    # the citizen's own general practice: any relation with the practice
    m = (b.r_org >= 0) & (orgs.is_gp[np.maximum(b.r_org, 0)] if orgs.is_gp.size else False)
    s = np.where(b.r_start[m] >= 0, b.r_start[m], b.r_end[m])
    e = np.maximum(b.r_end[m], s)
    gp = _org_index(b, orgs, all_rel[m], b.r_org[m], s - w.gp_span, e + w.gp_span, family=False)
    apply(R_GP, gp, has_org, okey)
    if templates and orgs.tpl_idx.size:
        apply(R_TEMPLATE, template_index(b, orgs, lo, hi), has_org, okey)
    # an episode in a home-care unit is shown as home care
    ep = (rule == R_EPISODE) & (rel >= 0)
    if ep.any():
        ro = b.r_org[rel[ep]]
        hc = (ro >= 0) & (orgs.is_homecare[np.maximum(ro, 0)] if orgs.is_homecare.size else False)
        idx = np.flatnonzero(ep)[hc]
        rule[idx] = R_HOMECARE
    return rule, rel


def template_index(b: Batch, orgs: Orgs, lo: np.ndarray, hi: np.ndarray) -> IntervalIndex:
    """(citizen, serving organisation) rows for relations at organisations that are served."""
    m = (b.r_org >= 0) & (b.r_kind != K_APPOINTMENT)
    rel = np.flatnonzero(m).astype(np.int64)
    owner, users = csr_expand(orgs.tpl_ptr, orgs.tpl_idx, b.r_org[rel].astype(np.int64))
    r = rel[owner]
    keys = b.r_pat[r].astype(np.int64) * orgs.n + users.astype(np.int64)
    return IntervalIndex(keys, lo[r], hi[r], r)


def concurrent_relation(b: Batch, w: Windows, idx: np.ndarray) -> np.ndarray:
    """For entries ``idx``: a relation of the citizen at any organisation covering the time."""
    lo, hi = _relation_windows(b, w)
    m = (b.r_org >= 0) & (b.r_kind != K_APPOINTMENT)
    rel = np.flatnonzero(m).astype(np.int64)
    index = IntervalIndex(b.r_pat[rel].astype(np.int64), lo[rel], hi[rel], rel)
    return index.query(b.pat[idx].astype(np.int64), b.t[idx])


# --- flags ---------------------------------------------------------------------------------


def _pair_shares_token(b: Batch, pat: np.ndarray, actor: np.ndarray) -> np.ndarray:
    """Whether the actor's and the citizen's family names share a part, per (citizen, actor)."""
    out = np.zeros(pat.size, dtype=bool)
    if pat.size == 0 or b.p_tok.size == 0 or b.a_tok.size == 0:
        return out
    ntok = int(max(b.p_tok.max(), b.a_tok.max())) + 1
    owner, ptok = csr_expand(b.p_tok_ptr, b.p_tok, np.arange(b.n_patients, dtype=np.int64))
    pkeys = np.unique(owner.astype(np.int64) * ntok + ptok)
    own, atok = csr_expand(b.a_tok_ptr, b.a_tok, actor.astype(np.int64))
    keys = pat[own].astype(np.int64) * ntok + atok
    pos = np.minimum(np.searchsorted(pkeys, keys), max(pkeys.size - 1, 0))
    hit = pkeys[pos] == keys if pkeys.size else np.zeros(keys.size, dtype=bool)
    np.logical_or.at(out, own[hit], True)
    return out


def flag(b: Batch, orgs: Orgs, w: Windows, rule: np.ndarray) -> np.ndarray:
    """Flag bits per entry (high_volume is added at view time from the user-day table)."""
    n = b.t.size
    flags = np.zeros(n, dtype=np.int32)
    human = ~b.system
    explained = rule >= 0
    known = b.actor >= 0
    a = np.maximum(b.actor, 0)
    p = b.pat
    a_cpr, p_cpr = b.a_cpr[a], b.p_cpr[p]
    a_person, p_person = b.a_person[a], b.p_person[p]
    self_ = known & (
        ((a_cpr >= 0) & (a_cpr == p_cpr))
        | (((a_cpr < 0) | (p_cpr < 0)) & (a_person >= 0) & (a_person == p_person))
    )
    same_addr = known & (b.a_addr[a] >= 0) & (b.a_addr[a] == b.p_addr[p])
    # family names, per distinct (citizen, actor) pair
    pair = p.astype(np.int64) * max(b.n_actors, 1) + a
    upair, inv = np.unique(pair, return_inverse=True)
    shares = _pair_shares_token(
        b, (upair // max(b.n_actors, 1)).astype(np.int64), upair % max(b.n_actors, 1)
    )
    same_name = known & shares[inv]
    # the citizen works in the user's organisation (or a parent/child of it)
    coworker = np.zeros(n, dtype=bool)
    if b.cw_pat.size:
        owner, fam = csr_expand(orgs.fam_ptr, orgs.fam_idx, b.cw_org.astype(np.int64))
        cw = np.unique(b.cw_pat[owner].astype(np.int64) * orgs.n + fam)
        okey = p.astype(np.int64) * orgs.n + b.org
        pos = np.minimum(np.searchsorted(cw, okey), cw.size - 1)
        coworker = (b.org >= 0) & (cw[pos] == okey) & ~self_
    # outside 07-18 on weekdays, with no encounter of the citizen then
    local = b.t + local_offsets(b.t)
    hour = (local % DAY) // HOUR
    weekday = ((local // DAY) + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    odd = (hour < 7) | (hour >= 18) | (weekday >= 5)
    cand = np.flatnonzero(odd & ~explained & human)
    after = np.zeros(n, dtype=bool)
    if cand.size:
        m = b.r_kind == K_ENCOUNTER
        rel = np.flatnonzero(m)
        s = np.where(b.r_start[m] >= 0, b.r_start[m], b.r_end[m])
        e = np.where(b.r_end[m] >= 0, b.r_end[m], s)
        idx = IntervalIndex(
            b.r_pat[rel].astype(np.int64), s - w.encounter_then, e + w.encounter_then, rel
        )
        after[cand] = idx.query(p[cand].astype(np.int64), b.t[cand]) < 0
    unexpl = human & ~explained
    flags |= np.where(human & self_, FLAG_SELF, 0).astype(np.int32)
    flags |= np.where(human & b.emergency, FLAG_BREAK_GLASS, 0).astype(np.int32)
    flags |= np.where(unexpl, FLAG_NO_RELATION, 0).astype(np.int32)
    flags |= np.where(unexpl & same_name, FLAG_SAME_SURNAME, 0).astype(np.int32)
    flags |= np.where(unexpl & same_addr, FLAG_SAME_ADDRESS, 0).astype(np.int32)
    flags |= np.where(unexpl & coworker, FLAG_COWORKER, 0).astype(np.int32)
    flags |= np.where(unexpl & after, FLAG_AFTER_HOURS, 0).astype(np.int32)
    return flags


def classify(system: np.ndarray, rule: np.ndarray, flags: np.ndarray) -> np.ndarray:
    explained = rule >= 0
    cls = np.full(system.size, C_FLAGGED, dtype=np.int8)
    cls[explained & (flags == 0)] = C_EXPLAINED
    cls[explained & (flags != 0)] = C_EXPLAINED_FLAGGED
    cls[~explained & (flags == FLAG_NO_RELATION)] = C_UNEXPLAINED
    cls[system] = C_SYSTEM
    return cls


def run(b: Batch, orgs: Orgs, w: Windows, *, templates: bool = True) -> Result:
    """Explain, flag and classify every entry of the batch."""
    rule, rel = explain(b, orgs, w, templates=templates)
    flags = flag(b, orgs, w, rule)
    flags[b.system] = 0
    rule[b.system] = -1
    rel[b.system] = -1
    cls = classify(b.system, rule, flags)
    return Result(rule, rel, flags, cls, local_days(b.t))


# --- template mining -----------------------------------------------------------------------


@dataclass(frozen=True)
class MiningPolicy:
    """When "users of A look at patients of B" becomes an explanation template."""

    min_patients: int = 10
    min_users: int = 3
    #: share of A's otherwise unexplained citizens that were in a relation with B at the time
    min_share: float = 0.3


def mine_templates(
    b: Batch, orgs: Orgs, w: Windows, res: Result, policy: MiningPolicy = MiningPolicy()
) -> list[tuple[int, int, int, int, float]]:
    """(user org, relation org, citizens, users, share) pairs that pass the policy.

    Looks at entries no direct rule explains: if many different users of department A look at
    citizens who, at that moment, are in a relation with department B, then A serves B (a
    radiology or laboratory department, a shared night team). One user alone never makes a
    template, so a single snooper cannot explain themselves away.
    """
    cand = np.flatnonzero((res.rule < 0) & ~b.system & (b.org >= 0) & (b.actor >= 0))
    if cand.size == 0:
        return []
    rel = concurrent_relation(b, w, cand)
    a_org = b.org[cand].astype(np.int64)
    # how many citizens each user org looks at without explanation
    n_org = orgs.n
    pa = np.unique(a_org * b.n_patients + b.pat[cand])
    per_a = np.bincount(pa // b.n_patients, minlength=n_org)
    got = rel >= 0
    if not got.any():
        return []
    a = a_org[got]
    bo = b.r_org[rel[got]].astype(np.int64)
    pats = b.pat[cand][got].astype(np.int64)
    users = b.actor[cand][got].astype(np.int64)
    pair = a * n_org + bo
    up = np.unique(pair * b.n_patients + pats) // b.n_patients
    pairs, n_pat = np.unique(up, return_counts=True)
    uu = np.unique(pair * max(b.n_actors, 1) + users) // max(b.n_actors, 1)
    upairs, n_users = np.unique(uu, return_counts=True)
    users_of = dict(zip(upairs.tolist(), n_users.tolist(), strict=True))
    out = []
    for pr, k in zip(pairs.tolist(), n_pat.tolist(), strict=True):
        ao, bo_ = divmod(pr, n_org)
        if ao == bo_:
            continue
        share = k / max(int(per_a[ao]), 1)
        nu = users_of.get(pr, 0)
        if k >= policy.min_patients and nu >= policy.min_users and share >= policy.min_share:
            out.append((ao, bo_, k, nu, share))
    return out


# --- cells ---------------------------------------------------------------------------------


@dataclass
class Cells:
    """Entries aggregated by (citizen, day, actor, org, rule, relation, class)."""

    pat: np.ndarray
    day: np.ndarray
    actor: np.ndarray
    org: np.ndarray
    rule: np.ndarray
    rel: np.ndarray
    cls: np.ndarray
    flags: np.ndarray
    n: np.ndarray
    first: np.ndarray
    last: np.ndarray
    #: per aggregated entry (in the order given), the index of its cell
    of_entry: np.ndarray | None = None


def cell_key(b: Batch, res: Result, idx: np.ndarray) -> tuple[np.ndarray, ...]:
    """The columns that make a cell, least significant first (for ``np.lexsort``): entries of one
    citizen, actor, organisation, rule, relation and class on one local day. Per day, so that a
    period, and the chart's accesses per day, can be read from the cells of any class.
    """
    return (
        res.cls[idx],
        res.rel[idx],
        res.rule[idx],
        b.org[idx],
        b.actor[idx],
        res.day[idx],
        b.pat[idx],
    )


def cells(b: Batch, res: Result, sel: np.ndarray | None = None) -> Cells:
    """Aggregate (a selection of) entries into cells; ``day`` is the first entry's local day."""
    idx = np.arange(b.t.size) if sel is None else sel
    if idx.size == 0:
        z = np.zeros(0, dtype=np.int64)
        return Cells(z, z, z, z, z, z, z, z, z, z, z, z)
    cols = cell_key(b, res, idx)
    order = np.lexsort(cols)
    sc = [c[order] for c in cols]
    change = np.zeros(idx.size, dtype=bool)
    change[0] = True
    for c in sc:
        change[1:] |= c[1:] != c[:-1]
    starts = np.flatnonzero(change)
    t = b.t[idx][order]
    f = res.flags[idx][order]
    first = np.minimum.reduceat(t, starts)
    of_entry = np.empty(idx.size, dtype=np.int64)
    of_entry[order] = np.cumsum(change) - 1
    return Cells(
        pat=sc[6][starts],
        day=local_days(first),
        actor=sc[4][starts],
        org=sc[3][starts],
        rule=sc[2][starts],
        rel=sc[1][starts],
        cls=sc[0][starts],
        flags=np.bitwise_or.reduceat(f, starts),
        n=np.diff(np.append(starts, idx.size)),
        first=first,
        last=np.maximum.reduceat(t, starts),
        of_entry=of_entry,
    )
