"""Flagging accesses: facts about the user and the citizen, and about the access itself.

Every rule and threshold is documented in ``docs/accesslog.md`` (*Flags*); the codes, bits and
texts live in :mod:`.flags`.
"""

from __future__ import annotations

import numpy as np

from .core import (
    C_EXPLAINED,
    C_EXPLAINED_FLAGGED,
    C_FLAGGED,
    C_SYSTEM,
    C_UNEXPLAINED,
    FLAG_AFTER_HOURS,
    FLAG_BREAK_GLASS,
    FLAG_COWORKER,
    FLAG_NO_RELATION,
    FLAG_SAME_ADDRESS,
    FLAG_SAME_SURNAME,
    FLAG_SELF,
    K_ENCOUNTER,
    Batch,
    IntervalIndex,
    Orgs,
    Windows,
    csr_expand,
    off_hours,
)


def _shared_tokens(b: Batch, pat: np.ndarray, actor: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per (citizen, actor) pair: whether their family names share a part, and whether they
    share a part that is not a common family name."""
    any_ = np.zeros(pat.size, dtype=bool)
    rare = np.zeros(pat.size, dtype=bool)
    if pat.size == 0 or b.p_tok.size == 0 or b.a_tok.size == 0:
        return any_, rare
    ntok = int(max(b.p_tok.max(), b.a_tok.max())) + 1
    owner, ptok = csr_expand(b.p_tok_ptr, b.p_tok, np.arange(b.n_patients, dtype=np.int64))
    pkeys = np.unique(owner.astype(np.int64) * ntok + ptok)
    own, atok = csr_expand(b.a_tok_ptr, b.a_tok, actor.astype(np.int64))
    keys = pat[own].astype(np.int64) * ntok + atok
    pos = np.minimum(np.searchsorted(pkeys, keys), max(pkeys.size - 1, 0))
    hit = pkeys[pos] == keys if pkeys.size else np.zeros(keys.size, dtype=bool)
    common = np.zeros(atok.size, dtype=bool)
    tc = b.tok_common
    inside = atok < tc.size
    common[inside] = tc[atok[inside]]
    np.logical_or.at(any_, own[hit], True)
    np.logical_or.at(rare, own[hit & ~common], True)
    return any_, rare


def _pairs_in(keys: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Whether each of ``keys`` is in the sorted ``table``."""
    if table.size == 0 or keys.size == 0:
        return np.zeros(keys.size, dtype=bool)
    pos = np.minimum(np.searchsorted(table, keys), table.size - 1)
    return table[pos] == keys


def flag(b: Batch, orgs: Orgs, w: Windows, rule: np.ndarray) -> np.ndarray:
    """Flag bits per entry (high_volume is added at view time from the user-day table;
    ``attention`` replaces the relationship flags at view time when the user is hidden)."""
    n = b.t.size
    flags = np.zeros(n, dtype=np.int32)
    human = ~b.system
    explained = rule >= 0
    known = b.actor >= 0
    a = np.maximum(b.actor, 0)
    p = b.pat
    na = max(b.n_actors, 1)
    a_cpr, p_cpr = b.a_cpr[a], b.p_cpr[p]
    a_person, p_person = b.a_person[a], b.p_person[p]
    self_ = known & (
        ((a_cpr >= 0) & (a_cpr == p_cpr))
        | (((a_cpr < 0) | (p_cpr < 0)) & (a_person >= 0) & (a_person == p_person))
    )
    a_addr = b.a_addr[a]
    same_addr = known & (a_addr >= 0) & (a_addr == b.p_addr[p]) & ~self_
    shared = np.zeros(n, dtype=bool)
    if b.addr_shared.size:
        inside = (a_addr >= 0) & (a_addr < b.addr_shared.size)
        shared[inside] = b.addr_shared[a_addr[inside]]
    # family names, per distinct (citizen, actor) pair
    pair = p.astype(np.int64) * na + a
    upair, inv = np.unique(pair, return_inverse=True)
    any_tok, rare_tok = _shared_tokens(b, (upair // na).astype(np.int64), upair % na)
    related = _pairs_in(upair, np.unique(b.rp_pat.astype(np.int64) * na + b.rp_actor))
    same_name = known & any_tok[inv] & ~self_
    strong_name = known & (rare_tok[inv] | (related[inv] & any_tok[inv])) & ~self_
    strong_addr = same_addr & (~shared | related[inv])
    # the citizen works in the user's organisation (or a parent/child of it)
    coworker = np.zeros(n, dtype=bool)
    if b.cw_pat.size:
        owner, fam = csr_expand(orgs.fam_ptr, orgs.fam_idx, b.cw_org.astype(np.int64))
        cw = np.unique(b.cw_pat[owner].astype(np.int64) * orgs.n + fam)
        okey = p.astype(np.int64) * orgs.n + b.org
        coworker = (b.org >= 0) & _pairs_in(okey, cw) & ~self_
    # outside 07-18 on weekdays, with no encounter of the citizen (anywhere) then
    odd = off_hours(b.t)
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
    expl = human & explained
    flags |= np.where(human & self_, FLAG_SELF, 0).astype(np.int32)
    flags |= np.where(human & b.emergency, FLAG_BREAK_GLASS, 0).astype(np.int32)
    flags |= np.where(unexpl, FLAG_NO_RELATION, 0).astype(np.int32)
    flags |= np.where((unexpl & same_name) | (expl & strong_name), FLAG_SAME_SURNAME, 0).astype(
        np.int32
    )
    flags |= np.where((unexpl & same_addr) | (expl & strong_addr), FLAG_SAME_ADDRESS, 0).astype(
        np.int32
    )
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
