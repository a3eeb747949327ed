"""Access log condensing: a partition for arbitrary logs; Danish wording."""

from __future__ import annotations

from collections import Counter
from datetime import date

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indsigt.accesslog import engine as E
from indsigt.accesslog.condense import Cell, build_groups, group_id, group_key, rank
from indsigt.accesslog.source import build_orgs
from indsigt.accesslog.text import (
    day_number,
    fmt_day,
    fmt_int,
    fold,
    group_reason,
    period,
    plural,
    surname_parts,
)

# --- Danish --------------------------------------------------------------------------------


def test_numbers_and_plural_forms():
    assert fmt_int(1243) == "1.243"
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_int(999) == "999"
    assert plural(1, "gang", "gange") == "1 gang"
    assert plural(2, "gang", "gange") == "2 gange"
    assert plural(0, "gang", "gange") == "0 gange"
    assert plural(1243, "gang", "gange") == "1.243 gange"
    assert plural(1, "medarbejder", "medarbejdere") == "1 medarbejder"
    assert plural(38, "medarbejder", "medarbejdere") == "38 medarbejdere"


def test_dates_are_dd_mm_yyyy():
    d = day_number(date(2026, 3, 1))
    assert fmt_day(d) == "01.03.2026"
    assert period(d, d) == "den 01.03.2026"
    assert period(d, day_number(date(2026, 5, 30))) == "fra 01.03.2026 til 30.05.2026"


def test_group_reasons():
    assert group_reason("homecare", "episode", "Hjemmepleje") == "under dit hjemmeplejeforløb"
    assert group_reason("enc_org", "encounter", "Indlæggelse") == (
        "i forbindelse med din indlæggelse"
    )
    assert group_reason("episode", "episode", None, 1) == (
        "under dit behandlingsforløb og 1 anden behandlingsrelation"
    )
    assert group_reason("episode", "episode", None, 3).endswith("3 andre behandlingsrelationer")


def test_name_folding():
    assert fold("Sørensen") == fold("SOERENSEN") == "soerensen"
    assert fold("Åberg") == "aaberg"
    assert surname_parts("Lund-Sørensen") == {"lund", "soerensen"}
    assert surname_parts("von Holstein") == {"holstein"}
    assert surname_parts("") == frozenset()


def test_copenhagen_offsets_match_zoneinfo():
    from datetime import UTC, datetime

    from indsigt.timeutil import TZ

    ts = np.arange(
        int(datetime(2025, 1, 1, tzinfo=UTC).timestamp()),
        int(datetime(2027, 1, 1, tzinfo=UTC).timestamp()),
        1800,
        dtype=np.int64,
    )
    got = E.local_offsets(ts)
    want = [
        int(datetime.fromtimestamp(int(x), UTC).astimezone(TZ).utcoffset().total_seconds())
        for x in ts[::7]
    ]
    assert got[::7].tolist() == want


SECRET = b"k" * 32

# --- partition ------------------------------------------------------------------------------


@st.composite
def a_cell(draw: st.DrawFn) -> Cell:
    """A cell as the engine makes them: flags agree with the class."""
    cls = draw(st.sampled_from(list(E.CLASSES)))
    other = draw(st.integers(1, 127)) & ~E.FLAG_NO_RELATION
    flags = {
        "s": 0,
        "e": 0,
        "x": other or E.FLAG_BREAK_GLASS,
        "u": E.FLAG_NO_RELATION,
        "f": E.FLAG_NO_RELATION | (other or E.FLAG_AFTER_HOURS),
    }[cls]
    explained = cls in "ex"
    first = draw(st.integers(1_700_000_000, 1_700_000_100))
    return Cell(
        day=draw(st.integers(20_000, 20_010)),
        actor=draw(st.sampled_from(["s:a", "s:b", "u:x", "u:FMK"])),
        display=None,
        org=draw(st.sampled_from(["", "o1", "o2"])),
        cls=cls,
        rule="episode" if explained else "",
        rel=draw(st.sampled_from(["episode/e1", "encounter/n1"])) if explained else "",
        flags=flags,
        n=draw(st.integers(1, 50)),
        first=first,
        last=first + draw(st.integers(0, 100)),
    )


cells_st = st.lists(a_cell(), max_size=60)


@given(cells=cells_st, hv_actors=st.sets(st.sampled_from(["s:a", "s:b", "u:x"])))
@settings(max_examples=200, deadline=None)
def test_condensing_is_a_partition(cells, hv_actors):
    hv = {(a, 20_005) for a in hv_actors}
    groups = build_groups("p1", cells, hv, SECRET)
    assert sum(g.n for g in groups) == sum(c.n for c in cells)
    assert len({g.id for g in groups}) == len(groups)
    # every cell is in exactly one group
    per_group = Counter(group_id("p1", group_key(c, hv), SECRET) for c in cells)
    assert per_group == Counter(
        {
            g.id: len([c for c in cells if group_id("p1", group_key(c, hv), SECRET) == g.id])
            for g in groups
        }
    )
    for g in groups:
        assert g.id == group_id("p1", g.key, SECRET)
        if g.state == "explained":
            assert g.flags == 0 and g.actor is None
        if g.state == "unexplained":
            assert g.flags == E.FLAG_NO_RELATION and not g.rels
        if g.state == "flagged":
            assert g.flags & ~E.FLAG_NO_RELATION
        if g.state == "system":
            assert g.key == ("system",) and g.flags == 0
    # what nothing explains comes first, then explained accesses with a flag, then the rest
    ranks = [rank(g.key) for g in groups]
    assert ranks == sorted(ranks)
    explained = [i for i, g in enumerate(groups) if g.rels or g.state == "system"]
    unexplained = [i for i, g in enumerate(groups) if not g.rels and g.state != "system"]
    assert not explained or not unexplained or max(unexplained) < min(explained)


def _random_batch(rng: np.random.Generator, n: int, n_pat: int, n_act: int, n_rel: int) -> E.Batch:
    z32 = np.zeros(0, dtype=np.int32)
    ptr = np.zeros(n_act + 1, dtype=np.int64)
    pptr = np.zeros(n_pat + 1, dtype=np.int64)
    return E.Batch(
        n_patients=n_pat,
        pat=rng.integers(0, n_pat, n).astype(np.int32),
        t=rng.integers(1_767_225_600, 1_767_225_600 + 90 * 86_400, n).astype(np.int64),
        actor=rng.integers(0, n_act, n).astype(np.int32),
        org=rng.integers(-1, 4, n).astype(np.int32),
        emergency=rng.random(n) < 0.05,
        system=rng.random(n) < 0.1,
        n_actors=n_act,
        a_cpr=rng.integers(-1, 3, n_act).astype(np.int32),
        a_addr=rng.integers(-1, 3, n_act).astype(np.int32),
        a_person=np.full(n_act, -1, dtype=np.int32),
        a_tok_ptr=ptr,
        a_tok=z32,
        p_cpr=rng.integers(-1, 3, n_pat).astype(np.int32),
        p_addr=rng.integers(-1, 3, n_pat).astype(np.int32),
        p_person=np.full(n_pat, -1, dtype=np.int32),
        p_tok_ptr=pptr,
        p_tok=z32,
        cw_pat=z32,
        cw_org=z32,
        r_pat=rng.integers(0, n_pat, n_rel).astype(np.int32),
        r_kind=rng.integers(0, 4, n_rel).astype(np.int8),
        r_org=rng.integers(-1, 4, n_rel).astype(np.int32),
        r_other=rng.integers(-1, 4, n_rel).astype(np.int32),
        r_start=rng.integers(1_767_225_600, 1_767_225_600 + 90 * 86_400, n_rel).astype(np.int64),
        r_end=np.full(n_rel, -1, dtype=np.int64),
        rs_rel=z32.astype(np.int64),
        rs_actor=z32,
        d_pat=z32,
        d_actor=z32,
        d_date=np.zeros(0, dtype=np.int64),
    )


@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(0, 400),
    n_pat=st.integers(1, 5),
    n_rel=st.integers(0, 20),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_engine_cells_partition_every_entry(seed, n, n_pat, n_rel):
    rng = np.random.default_rng(seed)
    orgs = build_orgs(
        [
            ("o0", "Region", "region", None),
            ("o1", "Sygehus", "hospital", "o0"),
            ("o2", "Afd A", "department", "o1"),
            ("o3", "Afd B", "department", "o1"),
        ]
    )
    b = _random_batch(rng, n, n_pat, 6, n_rel)
    res = E.run(b, orgs, E.Windows())
    c = E.cells(b, res)
    assert int(c.n.sum()) == n
    # explained entries carry a rule and no no_relation flag; unexplained ones the reverse
    human = ~b.system
    assert np.all((res.rule >= 0) | ~human | ((res.flags & E.FLAG_NO_RELATION) > 0))
    assert np.all((res.rule < 0) | ((res.flags & E.FLAG_NO_RELATION) == 0))
    assert np.all(res.flags[b.system] == 0)
    # cell keys are unique
    keys = set(
        zip(
            c.pat.tolist(),
            c.day.tolist(),
            c.actor.tolist(),
            c.org.tolist(),
            c.rule.tolist(),
            c.rel.tolist(),
            c.cls.tolist(),
            strict=True,
        )
    )
    assert len(keys) == c.n.size


def test_interval_index_matches_brute_force():
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 5, 200)
    s = rng.integers(0, 1000, 200)
    e = s + rng.integers(0, 100, 200)
    idx = E.IntervalIndex(keys, s, e, np.arange(200))
    qk = rng.integers(0, 6, 500)
    qt = rng.integers(0, 1100, 500)
    got = idx.query(qk, qt)
    for k, t_, g in zip(qk, qt, got, strict=True):
        cover = [i for i in range(200) if keys[i] == k and s[i] <= t_ <= e[i]]
        if cover:
            assert g in cover
            assert e[g] == max(e[i] for i in cover)
        else:
            assert g == -1
