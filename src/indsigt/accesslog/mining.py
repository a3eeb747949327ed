"""Mining explanation templates: "users of department A routinely look at patients in a treatment
relation with B" (radiology for a cardiology ward, a laboratory, a night team covering a
neighbouring ward), after Fabbri & LeFevre's mined explanation templates.

The evidence and thresholds (``MiningPolicy``) are documented in ``docs/accesslog.md`` (*Mined
templates*). In short: among A's accesses that no direct rule explains, the citizens who at that
moment had a relation with B (or with anything under B) must be many, seen by many of A's users,
over several weeks, a large share of A's otherwise unexplained citizens, and far more than chance
would give; and the pair must still pass when the one user who contributed most is left out, so
that one user alone never makes a template.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .core import DAY, Batch, Orgs, Result, csr_expand
from .explain import Rows, concurrent_relations

WEEK = 7 * DAY


@dataclass(frozen=True)
class MiningPolicy:
    """When "users of A look at patients of B" becomes an explanation template."""

    #: at least this many citizens ...
    min_patients: int = 10
    #: ... or this share of the citizens A looked at in all, if more (scales with A's volume)
    patients_share_of_a: float = 0.02
    #: at least this many of A's users ...
    min_users: int = 3
    #: ... or this share of A's users seen in the log, if more (scales with A's size)
    users_share_of_a: float = 0.1
    #: in at least this many different weeks (evidence over time, not one day's burst)
    min_weeks: int = 3
    #: share of A's otherwise unexplained citizens that were in a relation with B at the time
    min_share: float = 0.3
    #: ... when B is an ancestor of A (A serves its whole hospital: a cover team), this share
    min_share_ancestor: float = 0.6
    #: ... and at least this many times the share expected by chance: the chance that a citizen
    #: picked at random, at a random time of the log, was in a relation with B
    min_lift: float = 3.0
    #: two home-care units of one municipality (its districts stand in for each other: the
    #: structure makes the pair plausible): this many citizens suffice, when the other
    #: conditions hold (many users, many weeks, still after leaving the strongest user out)
    homecare_min_patients: int = 1


def homecare_siblings(orgs: Orgs, a: int, b: int) -> bool:
    """Both are home-care units under the same municipality (topmost ancestor below the
    region), and neither is that ancestor."""
    if not orgs.is_homecare.size or not orgs.top.size:
        return False
    return bool(
        orgs.is_homecare[a]
        and orgs.is_homecare[b]
        and int(orgs.top[a]) == int(orgs.top[b])
        and int(orgs.top[a]) not in (a, b)
    )


def passes(
    policy: MiningPolicy,
    orgs: Orgs,
    a: int,
    b: int,
    *,
    patients: int,
    users: int,
    others: int,
    weeks: int,
    share: float,
    lift: float,
    users_a: int,
    patients_a: int,
) -> bool:
    """Whether "A serves B" becomes a template (one decision for the numpy engine and the
    DuckDB/Spark analysis)."""
    need_pat = max(policy.min_patients, math.ceil(policy.patients_share_of_a * patients_a))
    if homecare_siblings(orgs, a, b):
        need_pat = policy.homecare_min_patients
    need_users = max(policy.min_users, math.ceil(policy.users_share_of_a * users_a))
    need_share = policy.min_share_ancestor if b in _ancestors(orgs, a) else policy.min_share
    return (
        patients >= need_pat
        and users >= need_users
        and others >= need_pat
        and weeks >= policy.min_weeks
        and share >= need_share
        and lift >= policy.min_lift
    )


@dataclass(frozen=True)
class Template:
    user_org: int
    relation_org: int
    patients: int
    users: int
    share: float
    weeks: int
    lift: float


def _count_distinct(pair: np.ndarray, other: np.ndarray, base: int) -> dict[int, int]:
    """Number of distinct ``other`` values per ``pair``."""
    if pair.size == 0:
        return {}
    u = np.unique(pair.astype(np.int64) * base + other.astype(np.int64))
    p, c = np.unique(u // base, return_counts=True)
    return dict(zip(p.tolist(), c.tolist(), strict=True))


def mine_templates(
    b: Batch,
    orgs: Orgs,
    rows: Rows,
    res: Result,
    policy: MiningPolicy = MiningPolicy(),
) -> list[Template]:
    """The (user org, relation org) pairs that pass the policy."""
    human = ~b.system & (b.org >= 0) & (b.actor >= 0)
    cand = np.flatnonzero((res.rule < 0) & human)
    if cand.size == 0:
        return []
    n_org = max(orgs.n, 1)
    n_pat = max(b.n_patients, 1)
    n_act = max(b.n_actors, 1)
    # A's size: the users and citizens it accessed at all
    h = np.flatnonzero(human)
    users_a = np.bincount(
        np.unique(b.org[h].astype(np.int64) * n_act + b.actor[h]) // n_act, minlength=n_org
    )
    pats_a = np.bincount(
        np.unique(b.org[h].astype(np.int64) * n_pat + b.pat[h]) // n_pat, minlength=n_org
    )
    # how many citizens each user org looks at without explanation
    a_org = b.org[cand].astype(np.int64)
    per_a = np.bincount(np.unique(a_org * n_pat + b.pat[cand]) // n_pat, minlength=n_org)
    # every relation of the citizen at the time, at its organisation and every ancestor of it
    # below the region (a template for the hospital serves all its wards)
    own, rel = concurrent_relations(b, rows, b.pat[cand], b.t[cand])
    if own.size == 0:
        return []
    bo = b.r_org[rel].astype(np.int64)
    up_own, up_org = _with_ancestors(orgs, own, bo)
    # one row per (entry, relation org), each entry counted once per org
    k = np.unique(up_own * n_org + up_org)
    e_idx = cand[k // n_org]
    b_org = k % n_org
    a = b.org[e_idx].astype(np.int64)
    keep = a != b_org
    e_idx, b_org, a = e_idx[keep], b_org[keep], a[keep]
    pair = a * n_org + b_org
    n_patients = _count_distinct(pair, b.pat[e_idx], n_pat)
    n_users = _count_distinct(pair, b.actor[e_idx], n_act)
    n_weeks = _count_distinct(pair, b.t[e_idx] // WEEK, 1 << 20)
    # leave the strongest user out: the citizens the other users saw
    pu = np.unique(
        (pair * n_act + b.actor[e_idx].astype(np.int64)) * n_pat + b.pat[e_idx].astype(np.int64)
    )
    pu_pair_user, pu_count = np.unique(pu // n_pat, return_counts=True)
    top: dict[int, tuple[int, int]] = {}  # pair -> (citizens, user)
    for pp_u, c in zip(pu_pair_user.tolist(), pu_count.tolist(), strict=True):
        pp, u = divmod(pp_u, n_act)
        if c > top.get(pp, (0, -1))[0]:
            top[pp] = (c, u)
    pu_pair, pu_user, pu_pat = pu // n_pat // n_act, (pu // n_pat) % n_act, pu % n_pat
    top_of = np.array([top[int(x)][1] for x in pu_pair.tolist()], dtype=np.int64)
    others = _count_distinct(pu_pair[pu_user != top_of], pu_pat[pu_user != top_of], n_pat)
    # chance: a random citizen at a random time of the log was in a relation with B
    base = _baseline(b, orgs, rows)
    out = []
    for pr, k_pat in n_patients.items():
        ao, bo_ = divmod(pr, n_org)
        nu = n_users.get(pr, 0)
        share = k_pat / max(int(per_a[ao]), 1)
        lift = share / max(base.get(bo_, 0.0), 1e-9)
        weeks = n_weeks.get(pr, 0)
        if passes(
            policy,
            orgs,
            ao,
            bo_,
            patients=k_pat,
            users=nu,
            others=others.get(pr, 0),
            weeks=weeks,
            share=share,
            lift=lift,
            users_a=int(users_a[ao]),
            patients_a=int(pats_a[ao]),
        ):
            out.append(Template(ao, bo_, k_pat, nu, share, weeks, min(lift, 1e6)))
    return _most_specific(orgs, out)


def _with_ancestors(orgs: Orgs, own: np.ndarray, org: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(owner, org) pairs extended with every ancestor of the org below the region."""
    owner, fam = csr_expand(orgs.fam_ptr, orgs.fam_idx, org)
    # the family holds ancestors and descendants: keep the ancestors (and the org itself)
    o = org[owner]
    is_anc = np.zeros(owner.size, dtype=bool)
    for i in np.unique(o).tolist():
        anc = set(_ancestors(orgs, i)) | {i}
        m = o == i
        is_anc[m] = np.isin(fam[m], list(anc))
    return own[owner[is_anc]], fam[is_anc].astype(np.int64)


def _ancestors(orgs: Orgs, i: int) -> list[int]:
    out = []
    fam = set(orgs.fam_idx[orgs.fam_ptr[i] : orgs.fam_ptr[i + 1]].tolist())
    p = int(orgs.parent[i])
    while p >= 0 and p in fam:
        out.append(p)
        p = int(orgs.parent[p])
    return out


def _baseline(b: Batch, orgs: Orgs, rows: Rows, size: int = 100_000) -> dict[int, float]:
    """Per organisation B: the share of random (citizen, time) points of the log's span at
    which the citizen had a relation with B or with something under it (the same sample for the
    same data: seeded)."""
    if b.n_patients == 0 or b.t.size == 0:
        return {}
    rng = np.random.default_rng(0)
    qp = rng.integers(0, b.n_patients, size)
    qt = rng.integers(int(b.t.min()), int(b.t.max()) + 1, size)
    own, rel = concurrent_relations(b, rows, qp, qt)
    if own.size == 0:
        return {}
    o2, org2 = _with_ancestors(orgs, own, b.r_org[rel].astype(np.int64))
    n = max(orgs.n, 1)
    k = np.unique(o2 * n + org2)
    orgs_hit, counts = np.unique(k % n, return_counts=True)
    return {int(o): c / size for o, c in zip(orgs_hit.tolist(), counts.tolist(), strict=True)}


def _most_specific(orgs: Orgs, found: list[Template]) -> list[Template]:
    """Keep a template for an ancestor only when no template of the same user organisation
    covers a department under it: the department is the more precise statement."""
    by_user: dict[int, set[int]] = {}
    for t in found:
        by_user.setdefault(t.user_org, set()).add(t.relation_org)
    out = []
    for t in found:
        under = set(
            orgs.desc_idx[
                orgs.desc_ptr[t.relation_org] : orgs.desc_ptr[t.relation_org + 1]
            ].tolist()
        )
        under.discard(t.relation_org)
        if under & by_user[t.user_org]:
            # a department under this one has its own template; keep the ancestor only if it is
            # needed for other departments (more citizens than the departments' templates)
            sub = [x for x in found if x.user_org == t.user_org and x.relation_org in under]
            if t.patients <= sum(x.patients for x in sub):
                continue
        out.append(t)
    return out
