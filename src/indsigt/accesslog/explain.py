"""Explaining accesses: which treatment relation connects the user to the citizen at that time.

Explaining is interval stabbing: every treatment relation becomes rows ``(key, from, to)``, where
the key is (citizen, organisation) or (citizen, staff member) and ``[from, to]`` is the relation's
time window with its slack; an entry is explained when a row with its key covers its time. An
:class:`~.core.IntervalIndex` answers that for all entries with two binary searches each.

A relation with a recorded end has one window. A relation with no recorded end (an episode or an
encounter still "open" in the source system) is explained only while it shows activity: its
window is the union of ``[a - activity_ahead, a + inactive_after]`` over its activity times ``a``
(its start, the other relations and notes of the citizen at its organisation's family, accesses
there that created or changed data, in home care every access there, and the citizen's first log
entry, before which the data cannot show inactivity). An episode left open after the citizen was discharged months ago then
stops explaining lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .core import (
    DAY,
    K_APPOINTMENT,
    K_ENCOUNTER,
    K_EPISODE,
    K_REFERRAL,
    MAXT,
    R_APT_ORG,
    R_APT_STAFF,
    R_CITIZEN,
    R_COVER,
    R_DOC,
    R_ENC_ORG,
    R_ENC_STAFF,
    R_EPISODE,
    R_GP,
    R_HOMECARE,
    R_ON_BEHALF,
    R_REFERRAL,
    R_SERVICE,
    R_TEMPLATE,
    Batch,
    IntervalIndex,
    Orgs,
    Windows,
    csr,
    csr_expand,
    local_offsets,
    off_hours,
)


@dataclass
class Rows:
    """Time windows of the relations: row ``i`` is relation ``rel[i]`` over ``[lo[i], hi[i]]``
    (a relation may have several rows, or none)."""

    rel: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    #: CSR: relation -> its rows
    ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    idx: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def of(self, rels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For relations ``rels``: (position in ``rels``, row index) of each of their rows."""
        return csr_expand(self.ptr, self.idx, rels.astype(np.int64))


def _closed_windows(b: Batch, w: Windows, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Window [from, to] of each relation by its kind, the end taken as recorded (or, for a
    relation without an end, its start; open ones are handled by the activity rows)."""
    e = np.where(b.r_end >= 0, b.r_end, s)
    lo = np.empty_like(s)
    hi = np.empty_like(s)
    for kind, before, after in (
        (K_EPISODE, w.episode_before, w.episode_after),
        (K_APPOINTMENT, w.appointment_before, w.appointment_after),
    ):
        m = b.r_kind == kind
        lo[m] = s[m] - before
        hi[m] = e[m] + after
    m = b.r_kind == K_ENCOUNTER
    lo[m] = s[m] - w.encounter_before
    hi[m] = working_days_after(e[m], w.encounter_after_workdays)
    m = b.r_kind == K_REFERRAL
    ref_end = np.where(b.r_end[m] >= 0, b.r_end[m], s[m] + w.referral_valid)
    lo[m] = s[m] - w.referral_before
    hi[m] = ref_end + w.episode_after
    return lo, hi


def working_days_after(t: np.ndarray, days: int) -> np.ndarray:
    """Until the end of the ``days``-th working day (Monday to Friday, Copenhagen time) after
    ``t``: "within three working days" is a deadline by the end of the day (an end on a Friday
    afternoon reaches to Wednesday 24:00; a discharge letter typed on the third working day in
    the afternoon is in time)."""
    if t.size == 0:
        return t
    local_day = (t + local_offsets(t)) // DAY
    weekday = (local_day + 3) % 7  # Monday = 0
    extra = np.zeros(t.size, dtype=np.int64)
    wd = weekday.copy()
    for _ in range(days):
        step = np.where(wd == 4, 3, np.where(wd == 5, 2, 1))  # Fri -> Mon, Sat -> Mon
        extra += step
        wd = (wd + step) % 7
    t2 = t + extra * DAY
    return t2 - (t2 + local_offsets(t2)) % DAY + DAY - 1


def relation_rows(b: Batch, orgs: Orgs, w: Windows) -> Rows:
    """The windows of every relation (see the module docstring for open ones)."""
    nrel = b.r_pat.size
    s = np.where(b.r_start >= 0, b.r_start, b.r_end)
    lo, hi = _closed_windows(b, w, s)
    is_open = ((b.r_kind == K_EPISODE) | (b.r_kind == K_ENCOUNTER)) & (b.r_end < 0) & (s >= 0)
    closed = np.flatnonzero(~is_open & (s >= 0))
    rel = [closed.astype(np.int64)]
    los = [lo[closed]]
    his = [hi[closed]]
    opened = np.flatnonzero(is_open)
    if opened.size:
        before = np.where(b.r_kind[opened] == K_EPISODE, w.episode_before, w.encounter_before)
        r2, l2, h2 = _activity_rows(b, orgs, w, opened, s[opened] - before)
        rel.append(r2)
        los.append(l2)
        his.append(h2)
    r_all = np.concatenate(rel)
    lo_all = np.clip(np.concatenate(los), 0, MAXT)
    hi_all = np.clip(np.concatenate(his), 0, MAXT)
    order = np.argsort(r_all, kind="stable")
    ptr, _ = csr(nrel, r_all, r_all)
    return Rows(r_all, lo_all, hi_all, ptr, order.astype(np.int64))


def _activity_rows(
    b: Batch, orgs: Orgs, w: Windows, opened: np.ndarray, floor: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of the open relations ``opened``: merged activity intervals, none before ``floor``."""
    n_org = max(orgs.n, 1)
    # the open relations' (citizen, organisation-family) keys
    has_org = b.r_org[opened] >= 0
    op = opened[has_org]
    owner, fam = csr_expand(orgs.fam_ptr, orgs.fam_idx, b.r_org[op].astype(np.int64))
    fam_key = b.r_pat[op[owner]].astype(np.int64) * n_org + fam.astype(np.int64)
    fam_rel = op[owner]
    order = np.argsort(fam_key, kind="stable")
    fam_key, fam_rel = fam_key[order], fam_rel[order]

    ev_rel: list[np.ndarray] = [opened.astype(np.int64)]
    ev_t: list[np.ndarray] = [np.where(b.r_start[opened] >= 0, b.r_start[opened], 0)]
    # the citizen's first log entry: before it, the data cannot show inactivity
    first = b.p_first[b.r_pat[opened]]
    ok = first < MAXT
    ev_rel.append(opened[ok].astype(np.int64))
    ev_t.append(first[ok])

    def join(pat: np.ndarray, org: np.ndarray, t: np.ndarray) -> None:
        """Activity at (citizen, organisation) at times ``t`` -> the open relations whose
        organisation family contains the organisation."""
        m = org >= 0
        if not m.any() or fam_key.size == 0:
            return
        k = pat[m].astype(np.int64) * n_org + org[m].astype(np.int64)
        lo_ = np.searchsorted(fam_key, k, side="left")
        hi_ = np.searchsorted(fam_key, k, side="right")
        cnt = hi_ - lo_
        tot = int(cnt.sum())
        if tot == 0:
            return
        own = np.repeat(np.arange(k.size), cnt)
        offs = np.arange(tot, dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        ev_rel.append(fam_rel[np.repeat(lo_, cnt) + offs].astype(np.int64))
        ev_t.append(t[m][own])

    # other relations of the citizen there (start and end) and the notes written there
    rs = np.where(b.r_start >= 0, b.r_start, b.r_end)
    has = rs >= 0
    join(b.r_pat[has], b.r_org[has], rs[has])
    he = b.r_end >= 0
    join(b.r_pat[he], b.r_org[he], b.r_end[he])
    hd = b.d_date >= 0
    join(b.d_pat[hd], b.d_org[hd], b.d_date[hd])
    # accesses there that created, changed or deleted data; in home care every access (a visit
    # is planned and read in the care system, not recorded as an encounter)
    home = np.zeros(b.t.size, dtype=bool)
    if orgs.is_homecare.size:
        has = b.org >= 0
        home[has] = orgs.is_homecare[b.org[has]]
    wr = (b.write | home) & ~b.system
    join(b.pat[wr], b.org[wr], b.t[wr])

    r = np.concatenate(ev_rel)
    t = np.concatenate(ev_t).astype(np.int64)
    order = np.lexsort((t, r))
    r, t = r[order], t[order]
    lo = t - w.activity_ahead
    hi = t + w.inactive_after
    # merge overlapping intervals per relation
    new = np.ones(r.size, dtype=bool)
    if r.size > 1:
        prev_hi = _running_max_per_group(hi, r)
        new[1:] = (r[1:] != r[:-1]) | (lo[1:] > prev_hi[:-1])
    starts = np.flatnonzero(new)
    seg_rel = r[starts]
    seg_lo = lo[starts]
    seg_hi = np.maximum.reduceat(hi, starts) if starts.size else hi[:0]
    pos = np.searchsorted(opened, seg_rel)
    seg_lo = np.maximum(seg_lo, floor[pos])
    keep = seg_hi >= seg_lo
    return seg_rel[keep], seg_lo[keep], seg_hi[keep]


def _running_max_per_group(x: np.ndarray, g: np.ndarray) -> np.ndarray:
    """Running maximum of ``x`` restarting where the (sorted) group ``g`` changes."""
    if x.size == 0:
        return x
    # offset each group above the previous one so that one global accumulate suffices
    grp = np.concatenate([[0], np.cumsum(g[1:] != g[:-1])]).astype(np.int64)
    span = int(x.max() - x.min()) + 1
    shifted = x - x.min() + grp * span
    return np.maximum.accumulate(shifted) - grp * span + x.min()


# --- the rules -----------------------------------------------------------------------------


@dataclass
class Explained:
    rule: np.ndarray
    rel: np.ndarray
    via: np.ndarray
    behalf: np.ndarray


def _org_index(
    b: Batch,
    orgs: Orgs,
    rows: Rows,
    rels: np.ndarray,
    rel_org: np.ndarray,
    *,
    family: bool = True,
    widen: tuple[int, int] | None = None,
) -> IntervalIndex:
    """(citizen, organisation) rows for relations ``rels`` at ``rel_org`` (expanded to the
    organisation's family)."""
    have = rel_org >= 0
    rels, rel_org = rels[have], rel_org[have]
    own, row = rows.of(rels)
    r = rels[own]
    o = rel_org[own]
    lo, hi = rows.lo[row], rows.hi[row]
    if widen is not None:
        lo, hi = lo - widen[0], hi + widen[1]
    if family:
        owner, fam = csr_expand(orgs.fam_ptr, orgs.fam_idx, o.astype(np.int64))
    else:
        owner, fam = np.arange(r.size, dtype=np.int64), o
    keys = b.r_pat[r[owner]].astype(np.int64) * orgs.n + fam.astype(np.int64)
    return IntervalIndex(keys, lo[owner], hi[owner], r[owner])


def _served_index(
    b: Batch, orgs: Orgs, rows: Rows, ptr: np.ndarray, idx: np.ndarray, after: int = 0
) -> IntervalIndex:
    """(citizen, serving organisation) rows for relations at organisations that are served
    (``ptr``/``idx``: CSR relation organisation -> the organisations serving it), their windows
    extended by ``after``."""
    rels = np.flatnonzero((b.r_org >= 0) & (b.r_kind != K_APPOINTMENT)).astype(np.int64)
    own, row = rows.of(rels)
    r = rels[own]
    owner, users = csr_expand(ptr, idx, b.r_org[r].astype(np.int64))
    keys = b.r_pat[r[owner]].astype(np.int64) * orgs.n + users.astype(np.int64)
    return IntervalIndex(keys, rows.lo[row[owner]], rows.hi[row[owner]] + after, r[owner])


def cover_index(b: Batch, orgs: Orgs, rows: Rows) -> IntervalIndex:
    """(citizen, on-call group) rows for the encounters at clinical hospital departments, over
    the encounter itself (its windows without the slack before and after: the citizen is there
    now)."""
    og = orgs.cover_group
    rels = np.flatnonzero(
        (b.r_kind == K_ENCOUNTER) & (b.r_org >= 0) & (og[np.maximum(b.r_org, 0)] >= 0)
    ).astype(np.int64)
    own, row = rows.of(rels)
    r = rels[own]
    s = np.where(b.r_start[r] >= 0, b.r_start[r], b.r_end[r])
    lo = np.maximum(rows.lo[row], s)
    hi = np.where(b.r_end[r] >= 0, np.minimum(rows.hi[row], b.r_end[r]), rows.hi[row])
    keys = b.r_pat[r].astype(np.int64) * orgs.n + og[b.r_org[r]].astype(np.int64)
    return IntervalIndex(keys, lo, hi, r)


def template_index(b: Batch, orgs: Orgs, rows: Rows) -> IntervalIndex:
    return _served_index(b, orgs, rows, orgs.tpl_ptr, orgs.tpl_idx)


def service_index(b: Batch, orgs: Orgs, rows: Rows, w: Windows) -> IntervalIndex:
    return _served_index(b, orgs, rows, orgs.svc_ptr, orgs.svc_idx, w.service_after)


def _works_for(b: Batch, orgs: Orgs, idx: np.ndarray) -> np.ndarray:
    """For on-behalf entries ``idx``: does the user work in the responsible person's
    organisation (the entry's organisation, or one of the user's roles, is in the family of one
    of the responsible person's roles)?"""
    out = np.zeros(idx.size, dtype=bool)
    if idx.size == 0:
        return out
    trip = np.stack(
        [b.actor[idx].astype(np.int64), b.behalf[idx].astype(np.int64), b.org[idx].astype(np.int64)]
    )
    uniq, inv = np.unique(trip, axis=1, return_inverse=True)
    ok = np.zeros(uniq.shape[1], dtype=bool)
    ap, ai = b.a_org_ptr, b.a_org_idx
    for j in range(uniq.shape[1]):
        actor, resp, org = (int(x) for x in uniq[:, j])
        resp_orgs = ai[ap[resp] : ap[resp + 1]].tolist()
        if not resp_orgs:
            continue
        mine = set(ai[ap[actor] : ap[actor + 1]].tolist()) if actor >= 0 else set()
        if org >= 0:
            mine.add(org)
        for ro in resp_orgs:
            fam = set(orgs.fam_idx[orgs.fam_ptr[ro] : orgs.fam_ptr[ro + 1]].tolist())
            if mine & fam:
                ok[j] = True
                break
    return ok[inv.ravel()]


def explain(
    b: Batch,
    orgs: Orgs,
    w: Windows,
    *,
    templates: bool = True,
    rows: Rows | None = None,
) -> Explained:
    """The rule (or -1), the relation/document and the responsible person explaining each entry."""
    n = b.t.size
    rule = np.full(n, -1, dtype=np.int8)
    rel = np.full(n, -1, dtype=np.int64)
    via = np.full(n, -1, dtype=np.int8)
    rows = rows if rows is not None else relation_rows(b, orgs, w)
    all_rel = np.arange(b.r_pat.size, dtype=np.int64)
    human = ~b.system
    has_actor = human & (b.actor >= 0)
    has_org = human & (b.org >= 0)
    na = max(b.n_actors, 1)
    akey = b.pat.astype(np.int64) * na + b.actor
    okey = b.pat.astype(np.int64) * orgs.n + b.org

    def apply(
        code: int,
        index: IntervalIndex,
        todo: np.ndarray,
        keys: np.ndarray,
        t: np.ndarray | None = None,
    ) -> None:
        left = rule[todo] < 0
        todo, keys = todo[left], keys[left]
        if todo.size == 0:
            return
        hit = index.query(keys, b.t[todo] if t is None else t[left])
        got = hit >= 0
        rule[todo[got]] = code
        via[todo[got]] = code
        rel[todo[got]] = hit[got]

    def todo_of(mask: np.ndarray) -> np.ndarray:
        return np.flatnonzero(mask & (rule < 0))

    # a citizen acting as the user (their own access, or a proxy's): no staff member looked
    if b.a_citizen.any():
        own = np.flatnonzero(has_actor & b.a_citizen[np.maximum(b.actor, 0)])
        rule[own] = R_CITIZEN
        via[own] = R_CITIZEN

    # the user personally: encounter and appointment participants, note authors
    personal: list[tuple[int, IntervalIndex]] = []
    for code, kind in ((R_ENC_STAFF, K_ENCOUNTER), (R_APT_STAFF, K_APPOINTMENT)):
        m = (b.r_kind[b.rs_rel] == kind) & (b.rs_actor >= 0)
        r = b.rs_rel[m].astype(np.int64)
        who = b.rs_actor[m]
        own, row = rows.of(r)
        keys = b.r_pat[r[own]].astype(np.int64) * na + who[own]
        personal.append((code, IntervalIndex(keys, rows.lo[row], rows.hi[row], r[own])))
    dm = (b.d_actor >= 0) & (b.d_date >= 0)
    dkeys = b.d_pat[dm].astype(np.int64) * na + b.d_actor[dm]
    dd = b.d_date[dm]
    personal.append(
        (
            R_DOC,
            IntervalIndex(dkeys, dd - w.document_before, dd + w.document_after, np.flatnonzero(dm)),
        )
    )
    for code, index in personal:
        td = todo_of(has_actor)
        apply(code, index, td, akey[td])
    # the user's organisation (or a parent/child of it)
    by_org: list[tuple[int, IntervalIndex]] = []
    for code, kind in (
        (R_ENC_ORG, K_ENCOUNTER),
        (R_APT_ORG, K_APPOINTMENT),
        (R_EPISODE, K_EPISODE),
    ):
        m = b.r_kind == kind
        by_org.append((code, _org_index(b, orgs, rows, all_rel[m], b.r_org[m])))
    m = b.r_kind == K_REFERRAL
    rr = all_rel[m]
    by_org.append(
        (
            R_REFERRAL,
            _org_index(
                b, orgs, rows, np.concatenate([rr, rr]), np.concatenate([b.r_org[m], b.r_other[m]])
            ),
        )
    )
    for code, index in by_org:
        td = todo_of(has_org)
        apply(code, index, td, okey[td])
    # the citizen's own general practice: any relation with the practice
    # (no organisations at all: sparse data must not crash)
    m = (b.r_org >= 0) & (orgs.is_gp[np.maximum(b.r_org, 0)] if orgs.is_gp.size else False)
    if np.any(m):
        gp = _gp_index(b, orgs, w, all_rel[m])
        td = todo_of(has_org)
        apply(R_GP, gp, td, okey[td])
    # work on behalf of someone else: the responsible person's relation
    behalf = np.where(human, b.behalf, -1).astype(np.int32)
    cand = todo_of(behalf >= 0)
    if cand.size:
        cand = cand[_works_for(b, orgs, cand)]
    if cand.size:
        before = rule.copy()
        bkey = b.pat[cand].astype(np.int64) * na + b.behalf[cand]
        for code, index in personal:
            apply(code, index, cand, bkey)
        # the responsible person's organisations (their roles)
        own, ro = csr_expand(b.a_org_ptr, b.a_org_idx, b.behalf[cand].astype(np.int64))
        for code, index in by_org:
            if own.size == 0:
                break
            idx = cand[own]
            left = rule[idx] < 0
            idx, ro_ = idx[left], ro[left]
            if idx.size == 0:
                break
            hit = index.query(b.pat[idx].astype(np.int64) * orgs.n + ro_, b.t[idx])
            got = (hit >= 0) & (rule[idx] < 0)
            # several roles may hit one entry: the first wins
            sel = idx[got]
            _, first = np.unique(sel, return_index=True)
            rule[sel[first]] = code
            via[sel[first]] = code
            rel[sel[first]] = hit[got][first]
        found = (before < 0) & (rule >= 0)
        rule[found] = R_ON_BEHALF
    # service departments (by type, and the operator's list) and mined templates
    if orgs.svc_idx.size:
        td = todo_of(has_org)
        apply(R_SERVICE, service_index(b, orgs, rows, w), td, okey[td])
    # on call: at night and on weekends, a sister department's encounter in progress
    if orgs.cover_group.size and (orgs.cover_group >= 0).any():
        group = np.full(n, -1, dtype=np.int64)
        group[has_org] = orgs.cover_group[b.org[has_org]]
        td = todo_of(group >= 0)
        td = td[off_hours(b.t[td])]
        if td.size:
            apply(
                R_COVER,
                cover_index(b, orgs, rows),
                td,
                b.pat[td].astype(np.int64) * orgs.n + group[td],
            )
    if templates and orgs.tpl_idx.size:
        td = todo_of(has_org)
        apply(R_TEMPLATE, template_index(b, orgs, rows), td, okey[td])
    # an episode in a home-care unit is shown as home care
    ep = (rule == R_EPISODE) & (rel >= 0)
    if ep.any():
        ro = b.r_org[rel[ep]]
        hc = (ro >= 0) & (orgs.is_homecare[np.maximum(ro, 0)] if orgs.is_homecare.size else False)
        idx = np.flatnonzero(ep)[hc]
        rule[idx] = R_HOMECARE
        via[idx] = R_HOMECARE
    resp = np.where(rule == R_ON_BEHALF, b.behalf, -1).astype(np.int32)
    return Explained(rule, rel, via, resp)


def _gp_index(b: Batch, orgs: Orgs, w: Windows, rels: np.ndarray) -> IntervalIndex:
    s = np.where(b.r_start[rels] >= 0, b.r_start[rels], b.r_end[rels])
    e = np.maximum(b.r_end[rels], s)
    keep = s >= 0
    rels, s, e = rels[keep], s[keep], e[keep]
    keys = b.r_pat[rels].astype(np.int64) * orgs.n + b.r_org[rels].astype(np.int64)
    return IntervalIndex(keys, s - w.gp_span, e + w.gp_span, rels)


def concurrent_relations(
    b: Batch, rows: Rows, qp: np.ndarray, qt: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For (citizen, time) queries: every relation of the citizen (not appointments) whose window
    covers the time, as (query position, relation) pairs."""
    rels = np.flatnonzero((b.r_org >= 0) & (b.r_kind != K_APPOINTMENT)).astype(np.int64)
    own, row = rows.of(rels)
    r = rels[own]
    lo, hi = rows.lo[row], rows.hi[row]
    pat = b.r_pat[r].astype(np.int64)
    order = np.lexsort((lo, pat))
    pat, lo, hi, r = pat[order], lo[order], hi[order], r[order]
    qp = qp.astype(np.int64)
    a = np.searchsorted(pat, qp, side="left")
    z = np.searchsorted(pat, qp, side="right")
    cnt = z - a
    tot = int(cnt.sum())
    if tot == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    owner = np.repeat(np.arange(qp.size, dtype=np.int64), cnt)
    offs = np.arange(tot, dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    cand = np.repeat(a, cnt) + offs
    cover = (lo[cand] <= qt[owner]) & (qt[owner] <= hi[cand])
    return owner[cover], r[cand[cover]]


__all__ = [
    "DAY",
    "Explained",
    "Rows",
    "concurrent_relations",
    "cover_index",
    "explain",
    "relation_rows",
    "service_index",
    "template_index",
]
