"""The whole-store computation of the access log in Ibis: one definition for DuckDB and Spark.

It computes what :func:`indsigt.accesslog.precompute.refresh` computes with numpy: each entry's
explanation, flags and class, the mined templates, the cells, the user-days with unexplained
lookups and the peer figures, and equals it row for row (``tests/test_analytics.py``). Every
rule and threshold is the engine's (``docs/accesslog.md``); the constants come from
:mod:`indsigt.accesslog` itself (``Windows``, ``MiningPolicy``, the flag registry).

How the rules become relational operations (``docs/analytics.md``):

- *explaining is interval stabbing*: each rule's relations become index rows ``(key, lo, hi)``
  (key = citizen and user, or citizen and organisation, the organisation expanded to its
  family); an entry joins the rows of its key that cover its time. Instead of trying the rules
  one after the other, every candidate of every rule is ranked, and the best one per entry wins:
  the rule first (the engine's order), then — like the engine's interval index — the row
  reaching furthest, then the latest start, then the store's order;
- *open relations* get windows from their activity, merged per relation with a running maximum
  (a window function), as the engine merges them;
- *mined templates*: counts of distinct citizens, users and weeks per (user organisation,
  relation organisation), from the accesses the first pass leaves unexplained; the thresholds
  are applied to those few rows in Python with the engine's own policy;
- *flags* are joins of the distinct (citizen, user) pairs with the people's codes, the
  coworker pairs and the encounters (after hours);
- *cells* are one group-by.
"""

from __future__ import annotations

import decimal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir
import pyarrow as pa
from ibis import _

from ..accesslog import core
from ..accesslog import flags as F
from ..accesslog.core import DAY, HOUR, MAXT, Windows
from ..accesslog.mining import WEEK, MiningPolicy, Template, _most_specific, passes
from ..accesslog.people import SHARED_ADDRESS_MIN
from . import dims

#: the explanation rules in the order they are tried (the engine's ``explain``); the index + 1
#: is the rank (lower wins). ``on_behalf`` ranks the responsible person's rules below it.
ORDER = (
    core.R_ENC_STAFF,
    core.R_APT_STAFF,
    core.R_DOC,
    core.R_ENC_ORG,
    core.R_APT_ORG,
    core.R_EPISODE,
    core.R_REFERRAL,
    core.R_GP,
    core.R_ON_BEHALF,
    core.R_SERVICE,
    core.R_COVER,
    core.R_TEMPLATE,
)
PRIO = {r: i + 1 for i, r in enumerate(ORDER)}
#: the position of a referral's copy for its other organisation (after every first copy, as in
#: the engine's index)
OTHER_COPY = 1 << 40
KIND = {k: i for i, k in enumerate(core.KINDS)}

ENTRY_COLUMNS = ("seq", "pat", "t", "actor", "org", "behalf", "emergency", "write", "system")


@dataclass
class Tables:
    """The export's tables as Ibis expressions on one backend."""

    entries: ir.Table
    actors: ir.Table
    actor_tokens: ir.Table
    patients: ir.Table
    patient_tokens: ir.Table
    tokens: ir.Table
    relations: ir.Table
    relation_staff: ir.Table
    documents: ir.Table
    roles: ir.Table
    related: ir.Table
    organizations: ir.Table
    services: ir.Table


@dataclass
class Output:
    """What the analysis produces: the cells (``precompute.CELL_COLS``), the peer figures and
    per citizen the number of entries and the last time, as expressions on the backend (to be
    fetched or written where they are needed); the mined templates; the phases' times."""

    cells: ir.Table
    peers: ir.Table
    patients: ir.Table
    templates: list[dict[str, Any]]
    entries: int
    timings: dict[str, float] = field(default_factory=dict)
    #: CPU seconds of this process per phase (DuckDB's threads included; not Spark's JVM)
    cpu: dict[str, float] = field(default_factory=dict)
    #: the cells with integer codes (``CODE_COLS``, cached); ``cells`` is their strings
    codes: ir.Table | None = None
    #: the small tables that turn the codes into the strings (``Analysis.code_dims``)
    dims: dict[str, ir.Table] = field(default_factory=dict)


@ibis.udf.agg.builtin
def bit_or(x: int) -> int:  # type: ignore[empty-body]
    """The bitwise OR of a column (SQL ``bit_or``, on DuckDB and Spark alike)."""


#: what the ranking keeps of the winning candidate
BEST = dt.Struct({"rank": "int64", "payload": "int64", "doc": "boolean"})
KEY = dt.Decimal(38, 0)
#: bits of the ranking key (a DECIMAL(38, 0) holds any 126-bit number)
KEY_BITS = 126
T_BITS = (MAXT).bit_length()  # window ends are clipped to [0, MAXT]
#: the largest rank a candidate can have: a rule's priority times 16, plus (on behalf of
#: someone) the responsible person's rule's priority; any set of candidate passes fits
RANK_MAX = (max(PRIO.values()) + 1) * 16


def _arg_max(name: str) -> Callable[..., ir.Value]:
    """The SQL aggregate ``name(value, key)``: the value of the row with the largest key
    (``arg_max`` in DuckDB, ``max_by`` in Spark SQL)."""

    def fn(x, k):  # type: ignore[no-untyped-def]
        ...

    fn.__name__ = name
    fn.__annotations__ = {"x": BEST, "k": KEY, "return": BEST}
    return ibis.udf.agg.builtin(fn)


ARG_MAX = {"duckdb": _arg_max("arg_max"), "pyspark": _arg_max("max_by")}


def clip(x: ir.IntegerValue) -> ir.IntegerValue:
    return ibis.greatest(ibis.least(x, MAXT), 0)


def i64(x: Any) -> ir.IntegerValue:
    return ibis.literal(x, type="int64") if isinstance(x, int) else x.cast("int64")


class Analysis:
    """One run of the analysis over an export's ``tables`` on an Ibis backend ``con``."""

    def __init__(
        self,
        con: Any,
        tables: Tables,
        meta: dict[str, Any],
        *,
        policy: MiningPolicy = MiningPolicy(),
        cache: Callable[[ir.Table], ir.Table] | None = None,
        mem: Callable[[str, pa.Table], ir.Table] | None = None,
    ) -> None:
        self.con = con
        self.t = tables
        self.meta = meta
        self.w = Windows.with_grace(int(meta["episode_grace_days"]))
        self.policy = policy
        self.od = dims.org_dims(
            con.to_pyarrow(tables.organizations), con.to_pyarrow(tables.services)
        )
        self.actor_dims = dims.actor_dims(
            con.to_pyarrow(tables.actors.select("actor", "key", "staff_id", "ref", "display")),
            frozenset(meta["system_users"]),
        )
        self._cache = cache or (lambda e: e.cache())
        self._mem = mem or (lambda name, tb: con.create_table(name, obj=tb, temp=True))
        self.timings: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._c0 = time.process_time()
        self._widths: tuple[int, int] | bool | None = False
        self._n = 0
        self._t0 = time.perf_counter()

    # -- helpers ---------------------------------------------------------------------------

    def mem(self, table: pa.Table) -> ir.Table:
        """A small Arrow table as a table on the backend (a temporary table or view)."""
        self._n += 1
        return self._mem(f"indsigt_dim_{id(self)}_{self._n}", table)

    def cache(self, e: ir.Table) -> ir.Table:
        return self._cache(e)

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.timings[name] = round(now - self._t0, 3)
        self._t0 = now
        c = time.process_time()
        self.cpu[name] = round(c - self._c0, 3)
        self._c0 = c

    def local_offset(self, t: ir.IntegerValue, tmin: int, tmax: int) -> ir.IntegerValue:
        """Copenhagen's UTC offset at ``t`` (seconds), from the engine's transition table."""
        table = dims.offsets(tmin, tmax)
        branches = [(t >= i64(when), i64(off)) for when, off in reversed(table[1:])]
        base = i64(table[0][1])
        return ibis.cases(*branches, else_=base) if branches else base

    def working_days_after(
        self, t: ir.IntegerValue, days: int, tmin: int, tmax: int
    ) -> ir.IntegerValue:
        """Until the end of the ``days``-th working day after ``t``
        (``explain.working_days_after``), by the local weekday of ``t``."""
        weekday = (((t + self.local_offset(t, tmin, tmax)) // DAY) + 3) % 7
        extra = {}
        for w0 in range(7):
            wd, n = w0, 0
            for _step in range(days):
                step = 3 if wd == 4 else (2 if wd == 5 else 1)
                n += step
                wd = (wd + step) % 7
            extra[w0] = n
        t2 = t + ibis.cases(*[(weekday == w0, i64(n * DAY)) for w0, n in extra.items()])
        return t2 - (t2 + self.local_offset(t2, tmin, tmax + 7 * DAY)) % DAY + (DAY - 1)

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> Output:
        t = self.t
        w = self.w
        e = t.entries.select(*ENTRY_COLUMNS)
        span = self.con.to_pyarrow(
            e.aggregate(tmin=e.t.min(), tmax=e.t.max(), n=e.count())
        ).to_pylist()[0]
        n_entries = int(span["n"] or 0)
        tmin, tmax = int(span["tmin"] or 0), int(span["tmax"] or 0)
        self.lap("span")
        types = self.mem(self.od.types)
        fam = self.mem(self.od.fam)
        anc = self.mem(self.od.anc)
        svc = self.mem(self.od.svc)
        acts = self.mem(self.actor_dims)

        # -- entries: the organisation of the access (else the user's first role's), machines
        roles = t.roles.filter(t.roles.actor.notnull() & t.roles.org.notnull())
        first_org = roles.group_by("actor").aggregate(first_org=roles.org.argmin(roles.seq))
        ty = types.select(org="org", org_system="is_system")
        ep = (
            e.left_join(ty, e.org == ty.org)
            .left_join(first_org, e.actor == first_org.actor)
            .left_join(acts, e.actor == acts.actor)
            .select(
                seq=e.seq,
                pat=e.pat,
                t=e.t,
                actor=e.actor,
                org=ibis.ifelse(
                    (e.org.isnull() | ty.org_system.fill_null(False))
                    & first_org.first_org.notnull(),
                    first_org.first_org,
                    e.org,
                ),
                behalf=e.behalf,
                emergency=e.emergency,
                write=e.write,
                system=e.system | acts.a_system.fill_null(False),
                citizen=acts.a_citizen.fill_null(False),
            )
        )
        ep = self.cache(ep)
        self.lap("entries")

        # -- relations and their windows (closed: by kind; open: by activity)
        r = t.relations
        r = r.filter(r.kind.isin(list(core.KINDS)) & r.pat.notnull()).select(
            "rel", "kind", "pat", "org", "other", "start", "end"
        )
        rspan = self.con.to_pyarrow(
            r.aggregate(
                lo=ibis.least(r.start.min(), r.end.min()),
                hi=ibis.greatest(r.start.max(), r.end.max()),
            )
        ).to_pylist()[0]
        rmin, rmax = int(rspan["lo"] or 0), int(rspan["hi"] or 0)
        s = r.start.coalesce(r.end)
        en = r.end.coalesce(s)
        is_ep, is_enc, is_apt, _ref = (r.kind == k for k in core.KINDS)
        lo = ibis.cases(
            (is_ep, s - w.episode_before),
            (is_enc, s - w.encounter_before),
            (is_apt, s - w.appointment_before),
            else_=s - w.referral_before,
        )
        hi = ibis.cases(
            (is_ep, en + w.episode_after),
            (is_enc, self.working_days_after(en, w.encounter_after_workdays, rmin, rmax)),
            (is_apt, en + w.appointment_after),
            else_=r.end.coalesce(s + w.referral_valid) + w.episode_after,
        )
        is_open = (is_ep | is_enc) & r.end.isnull() & s.notnull()
        closed = r.filter(~is_open & s.notnull()).select(rel=r.rel, lo=clip(lo), hi=clip(hi))
        opened = r.filter(is_open).select(
            rel=r.rel,
            pat=r.pat,
            org=r.org,
            start=r.start,
            floor=s - ibis.ifelse(is_ep, w.episode_before, w.encounter_before),
        )
        segments = self._activity(opened, r, ep, fam, types)
        rows = closed.union(segments)
        rows = rows.filter(rows.hi >= rows.lo)
        rrx = rows.join(r, rows.rel == r.rel).select(
            rel=rows.rel,
            lo=rows.lo,
            hi=rows.hi,
            kind=r.kind,
            pat=r.pat,
            org=r.org,
            other=r.other,
        )
        rrx = self.cache(rrx)
        self.lap("windows")

        # -- explanation, first pass (no templates)
        personal, by_org = self._indices(r, rrx, fam, svc, types)
        personal = self.cache(personal)
        by_org = self.cache(by_org)
        cover = self.cache(self._cover_rows(r, rrx, types))
        best1 = self._explain(ep, personal, by_org, fam, cover, types, tmin, tmax)
        x1 = ep.left_join(best1, ep.seq == best1.seq).select(
            *[ep[c] for c in ep.columns], best=best1.best
        )
        x1 = self.cache(x1)
        self.lap("explain")

        # -- mined templates and the second pass
        templates = self._mine(x1, rrx, anc, n_entries, tmin, tmax)
        self.lap("mining")
        if templates:
            pairs = [
                (self.od.orgs.ids[m.user_org], self.od.orgs.ids[m.relation_org]) for m in templates
            ]
            tpl = self.mem(dims.template_pairs(self.od.orgs, pairs))
            best2 = self._templates(x1, rrx, tpl)
            x = x1.left_join(best2, x1.seq == best2.seq).select(
                *[x1[c] for c in x1.columns if c != "best"],
                best=ibis.ifelse(x1.best.isnull(), best2.best, x1.best),
            )
        else:
            x = x1
        x = self._decode(x, types)
        x = self.cache(x)
        self.lap("templates")

        # -- flags, classes, cells
        codes = self.cache(self._cells(self._flags(x, r, fam, tmin, tmax), tmin, tmax))
        self.lap("flags+cells")
        # the strings are joined to the codes where they are read (the loader packs the
        # codes with each distinct string encoded once: ``load.pack_coded``)
        cells = self._strings(codes, types)
        per_pat = ep.group_by("pat").aggregate(entries=ep.count(), last=ep.t.max())
        pts = t.patients
        per_pat = per_pat.join(pts, per_pat.pat == pts.pat).select(
            patient_id=pts.id, entries=per_pat.entries, last=per_pat.last
        )
        unexplained = codes.filter(codes.cls.isin([core.C_UNEXPLAINED, core.C_FLAGGED]))
        return Output(
            cells=cells,
            codes=codes,
            dims=self.code_dims(types),
            peers=self._peers(self._strings(unexplained, types)),
            patients=per_pat,
            templates=[self._template_row(m) for m in templates],
            entries=n_entries,
            timings=self.timings,
            cpu=self.cpu,
        )

    # -- open relations ---------------------------------------------------------------------

    def _activity(
        self, opened: ir.Table, r: ir.Table, ep: ir.Table, fam: ir.Table, types: ir.Table
    ) -> ir.Table:
        """Windows of the open relations: merged ``[a - ahead, a + inactive]`` over their
        activity times ``a``, none before the relation's floor (``explain._activity_rows``)."""
        w = self.w
        ofam = opened.filter(opened.org.notnull())
        ofam = ofam.join(fam, ofam.org == fam.org).select(rel=ofam.rel, pat=ofam.pat, at=fam.fam)
        # activity at (citizen, organisation), as time spans [lo, hi] of events
        s = r.start.coalesce(r.end)
        a1 = r.filter(s.notnull() & r.org.notnull()).select(pat=r.pat, org=r.org, lo=s, hi=s)
        a2 = r.filter(r.end.notnull() & r.org.notnull()).select(
            pat=r.pat, org=r.org, lo=r.end, hi=r.end
        )
        d = self.t.documents
        a3 = d.filter(d.date.notnull() & d.org.notnull() & d.pat.notnull()).select(
            pat=d.pat, org=d.org, lo=d.date, hi=d.date
        )
        ty = types.select(org="org", homecare="is_homecare")
        ew = ep.left_join(ty, ep.org == ty.org).select(
            pat=ep.pat,
            org=ep.org,
            t=ep.t,
            day=ep.t // DAY,
            act=(ep.write | ty.homecare.fill_null(False)) & ~ep.system & ep.org.notnull(),
        )
        ew = ew.filter(ew.act)
        # events of one day merge anyway (a day is far shorter than the window): one span each
        a4 = ew.group_by(["pat", "org", "day"]).aggregate(lo=ew.t.min(), hi=ew.t.max()).drop("day")
        acts = a1.union(a2).union(a3).union(a4)
        there = acts.join(ofam, (acts.pat == ofam.pat) & (acts.org == ofam.at)).select(
            rel=ofam.rel, lo=acts.lo, hi=acts.hi
        )
        first = ep.group_by("pat").aggregate(first=ep.t.min())
        own = opened.select(rel=opened.rel, lo=opened.start, hi=opened.start).union(
            opened.join(first, opened.pat == first.pat).select(
                rel=opened.rel, lo=first.first, hi=first.first
            )
        )
        ev = there.union(own)
        ev = ev.select(rel=ev.rel, lo=ev.lo - w.activity_ahead, hi=ev.hi + w.inactive_after)
        # merge per relation: a new segment where an interval starts after every earlier one
        prev = ev.hi.max().over(
            ibis.window(group_by=ev.rel, order_by=[ev.lo, ev.hi], rows=(None, -1))
        )
        ev = ev.mutate(new=ibis.ifelse(prev.isnull() | (ev.lo > prev), 1, 0))
        ev = ev.mutate(
            seg=ev.new.sum().over(
                ibis.window(group_by=ev.rel, order_by=[ev.lo, ev.hi], rows=(None, 0))
            )
        )
        seg = ev.group_by(["rel", "seg"]).aggregate(lo=ev.lo.min(), hi=ev.hi.max())
        seg = seg.join(opened, seg.rel == opened.rel).select(
            rel=seg.rel, lo=ibis.greatest(seg.lo, opened.floor), hi=seg.hi
        )
        seg = seg.filter(seg.hi >= seg.lo)
        return seg.select(rel=seg.rel, lo=clip(seg.lo), hi=clip(seg.hi))

    # -- explanation ------------------------------------------------------------------------

    def _indices(
        self, r: ir.Table, rrx: ir.Table, fam: ir.Table, svc: ir.Table, types: ir.Table
    ) -> tuple[ir.Table, ir.Table]:
        """The index rows: ``personal`` keyed (citizen, user), ``by_org`` keyed (citizen,
        organisation), each with its rule's rank, the payload and its position in the engine's
        index (ties)."""
        w = self.w
        rs = self.t.relation_staff
        rs = rs.filter(rs.actor.notnull() & rs.rel.notnull())
        pr = rrx.filter(rrx.kind.isin(["encounter", "appointment"]))
        personal_rel = rs.join(pr, rs.rel == pr.rel).select(
            pat=pr.pat,
            who=rs.actor,
            lo=pr.lo,
            hi=pr.hi,
            prio=ibis.ifelse(
                pr.kind == "encounter", PRIO[core.R_ENC_STAFF], PRIO[core.R_APT_STAFF]
            ).cast("int64"),
            pos=rs.seq.cast("int64"),
            payload=pr.rel.cast("int64"),
            doc=ibis.literal(False),
        )
        d = self.t.documents
        d = d.filter(d.author.notnull() & d.date.notnull() & d.pat.notnull())
        personal_doc = d.select(
            pat=d.pat,
            who=d.author,
            lo=clip(d.date - w.document_before),
            hi=clip(d.date + w.document_after),
            prio=ibis.literal(PRIO[core.R_DOC], type="int64"),
            pos=d.doc.cast("int64"),
            payload=d.doc.cast("int64"),
            doc=ibis.literal(True),
        )
        personal = personal_rel.union(personal_doc)

        def org_rows(src: ir.Table, org_col: str, prio: int, pos_add: int = 0) -> ir.Table:
            x = src.filter(src[org_col].notnull())
            return x.join(fam, x[org_col] == fam.org).select(
                pat=x.pat,
                key=fam.fam,
                lo=x.lo,
                hi=x.hi,
                prio=ibis.literal(prio, type="int64"),
                pos=x.rel.cast("int64") + pos_add,
                payload=x.rel.cast("int64"),
            )

        parts = [
            org_rows(rrx.filter(rrx.kind == "encounter"), "org", PRIO[core.R_ENC_ORG]),
            org_rows(rrx.filter(rrx.kind == "appointment"), "org", PRIO[core.R_APT_ORG]),
            org_rows(rrx.filter(rrx.kind == "episode"), "org", PRIO[core.R_EPISODE]),
            org_rows(rrx.filter(rrx.kind == "referral"), "org", PRIO[core.R_REFERRAL]),
            org_rows(
                rrx.filter(rrx.kind == "referral"), "other", PRIO[core.R_REFERRAL], OTHER_COPY
            ),
        ]
        # the citizen's own general practice: any relation with it, a year on either side
        gp_org = types.filter(types.is_gp).select(gorg="org")
        rg = r.filter(r.org.notnull() & r.start.coalesce(r.end).notnull())
        gs = rg.start.coalesce(rg.end)
        ge = ibis.greatest(rg.end.coalesce(-1), gs)
        g = rg.join(gp_org, rg.org == gp_org.gorg).select(
            pat=rg.pat,
            key=rg.org,
            lo=clip(gs - w.gp_span),
            hi=clip(ge + w.gp_span),
            prio=ibis.literal(PRIO[core.R_GP], type="int64"),
            pos=rg.rel.cast("int64"),
            payload=rg.rel.cast("int64"),
        )
        parts.append(g)
        # service departments (by type and the operator's list) serve the relation's organisation
        served = rrx.filter(rrx.org.notnull() & (rrx.kind != "appointment"))
        served = served.join(svc, served.org == svc.rel_org).select(
            pat=served.pat,
            key=svc.user_org,
            lo=served.lo,
            hi=clip(served.hi + w.service_after),
            prio=ibis.literal(PRIO[core.R_SERVICE], type="int64"),
            pos=served.rel.cast("int64"),
            payload=served.rel.cast("int64"),
        )
        parts.append(served)
        by_org = parts[0]
        for p in parts[1:]:
            by_org = by_org.union(p)
        return personal, by_org

    def _cover_rows(self, r: ir.Table, rrx: ir.Table, types: ir.Table) -> ir.Table:
        """On call (``explain.cover_index``): the encounters at clinical hospital departments,
        keyed (citizen, on-call group), over the encounter itself (no slack)."""
        ty = types.filter(types.cover_group.notnull()).select(corg="org", grp="cover_group")
        enc = rrx.filter((rrx.kind == "encounter") & rrx.org.notnull())
        enc = enc.join(ty, enc.org == ty.corg)
        rr = r.select(crel="rel", cstart="start", cend="end")
        enc = enc.join(rr, enc.rel == rr.crel)
        lo = ibis.greatest(enc.lo, enc.cstart.coalesce(enc.cend))
        hi = ibis.ifelse(enc.cend.notnull(), ibis.least(enc.hi, enc.cend), enc.hi)
        return enc.select(
            pat=enc.pat,
            key=enc.grp.cast("int64"),
            lo=clip(lo),
            hi=clip(hi),
            prio=ibis.literal(PRIO[core.R_COVER], type="int64"),
            pos=enc.rel.cast("int64"),
            payload=enc.rel.cast("int64"),
            doc=ibis.literal(False),
        )

    def _explain(
        self,
        ep: ir.Table,
        personal: ir.Table,
        by_org: ir.Table,
        fam: ir.Table,
        cover: ir.Table,
        types: ir.Table,
        tmin: int,
        tmax: int,
    ) -> ir.Table:
        """Per entry that a rule explains: ``best``, a struct whose maximum is the winning
        candidate (rank, role position, reach, start, position, payload, is a note)."""
        h = ep.filter(~ep.system & ~ep.citizen)
        h = h.select(seq=h.seq, pat=h.pat, actor=h.actor, org=h.org, behalf=h.behalf, tc=clip(h.t))

        def cand(
            left: ir.Table,
            j: ir.Table,
            rank: ir.IntegerValue,
            rolepos: ir.IntegerValue,
            idx: ir.Table,
        ) -> ir.Table:
            return j.select(
                seq=left.seq,
                key=ibis.struct(
                    {
                        "rank": -rank,
                        "rolepos": -rolepos,
                        "hi": idx.hi,
                        "lo": idx.lo,
                        "pos": idx.pos,
                        "payload": idx.payload,
                        "doc": idx.doc,
                    }
                ),
            )

        zero = ibis.literal(0, type="int64")
        po = personal
        c1 = cand(
            h,
            h.join(po, (h.pat == po.pat) & (h.actor == po.who) & (po.lo <= h.tc) & (h.tc <= po.hi)),
            po.prio * 16,
            zero,
            po,
        )
        bo = by_org.mutate(doc=ibis.literal(False))
        c2 = cand(
            h,
            h.join(bo, (h.pat == bo.pat) & (h.org == bo.key) & (bo.lo <= h.tc) & (h.tc <= bo.hi)),
            bo.prio * 16,
            zero,
            bo,
        )
        # work on behalf of someone else: the responsible person's relation, when the user works
        # in the responsible person's organisation
        hb = h.filter(h.behalf.notnull())
        ok = self._works_for(hb, fam)
        hb = hb.semi_join(
            ok,
            [hb.actor == ok.wactor, hb.behalf == ok.wbehalf, hb.org.coalesce(-1) == ok.worg],
        )
        hb = self.cache(hb)
        cb1 = cand(
            hb,
            hb.join(
                po, (hb.pat == po.pat) & (hb.behalf == po.who) & (po.lo <= hb.tc) & (hb.tc <= po.hi)
            ),
            PRIO[core.R_ON_BEHALF] * 16 + po.prio,
            zero,
            po,
        )
        roles = self.t.roles
        br = roles.filter(roles.actor.notnull() & roles.org.notnull()).select(
            bactor=roles.actor, ro=roles.org, rolepos=roles.seq.cast("int64")
        )
        by_org_rules = [PRIO[core.R_ENC_ORG], PRIO[core.R_APT_ORG], PRIO[core.R_EPISODE]]
        bo2 = bo.filter(bo.prio.isin([*by_org_rules, PRIO[core.R_REFERRAL]]))
        hbr = hb.join(br, hb.behalf == br.bactor).select(
            seq=hb.seq, pat=hb.pat, tc=hb.tc, ro=br.ro, rolepos=br.rolepos
        )
        cb2 = cand(
            hbr,
            hbr.join(
                bo2,
                (hbr.pat == bo2.pat)
                & (hbr.ro == bo2.key)
                & (bo2.lo <= hbr.tc)
                & (hbr.tc <= bo2.hi),
            ),
            PRIO[core.R_ON_BEHALF] * 16 + bo2.prio,
            hbr.rolepos,
            bo2,
        )
        # on call: at night and on weekends, an encounter in progress at a sister department
        local = h.tc + self.local_offset(h.tc, tmin, tmax)
        hour = (local % DAY) // HOUR
        weekday = ((local // DAY) + 3) % 7
        odd = (hour < 7) | (hour >= 18) | (weekday >= 5)
        gt = types.select(gorg="org", ggrp="cover_group")
        hg = h.filter(odd & h.org.notnull())
        hg = hg.join(gt, hg.org == gt.gorg).select(
            seq=hg.seq, pat=hg.pat, tc=hg.tc, grp=gt.ggrp.cast("int64")
        )
        hg = hg.filter(hg.grp.notnull())
        c3 = cand(
            hg,
            hg.join(
                cover,
                (hg.pat == cover.pat)
                & (hg.grp == cover.key)
                & (cover.lo <= hg.tc)
                & (hg.tc <= cover.hi),
            ),
            cover.prio * 16,
            zero,
            cover,
        )
        cands = c1.union(c2).union(cb1).union(cb2).union(c3)
        return self._best(cands)

    def _best(self, cands: ir.Table) -> ir.Table:
        """Per entry (``seq``) the winning candidate: the largest ``key`` (a struct compared
        field by field), as ``best`` = (rank, payload, doc). When the fields fit in 126 bits
        (:meth:`key_widths`), the struct is folded into one DECIMAL(38, 0) — each field
        shifted into its own bits, the descending ones complemented — and ``arg_max`` picks
        the row: a fixed-width comparison instead of a struct's (five times faster on DuckDB).
        Equal keys mean the same payload (the position identifies the row of the index).

        Any candidate pass may feed it (a new rule adds one more ``cand`` to the union) as long
        as its ``pos`` is one of the positions :meth:`key_widths` reads the range of: a
        relation (plus ``OTHER_COPY``), a note or a relation-staff row; its rank is below
        ``RANK_MAX`` by construction and its window clipped to ``[0, MAXT]``."""
        k = cands.key
        fn = ARG_MAX.get(self.con.name)
        widths = self.key_widths() if fn is not None else None
        if widths is None:
            c = cands.group_by("seq").aggregate(top=k.max())
            return c.select(
                seq=c.seq,
                best=ibis.struct(
                    {"rank": c.top["rank"], "payload": c.top["payload"], "doc": c.top["doc"]}
                ),
            )
        w_role, w_pos = widths
        # (name, value >= 0, bits), most significant first
        fields = [
            ("rank", RANK_MAX + k["rank"], RANK_MAX.bit_length()),  # k.rank = -rank
            ("rolepos", (1 << w_role) - 1 + k["rolepos"], w_role),  # k.rolepos = -rolepos
            ("hi", k["hi"], T_BITS),
            ("lo", k["lo"], T_BITS),
            (
                "pos",
                ibis.ifelse(
                    k["pos"] >= OTHER_COPY, k["pos"] - OTHER_COPY + (1 << (w_pos - 1)), k["pos"]
                ),
                w_pos,
            ),
        ]
        key = None
        shift = sum(f[2] for f in fields)
        for _name, v, b in fields:
            shift -= b
            part = v.cast("int64").cast(KEY)
            if shift:
                part = part * ibis.literal(decimal.Decimal(1 << shift), type=KEY)
            key = part if key is None else key + part
        best = ibis.struct({"rank": k["rank"], "payload": k["payload"], "doc": k["doc"]})
        return cands.group_by("seq").aggregate(best=fn(best, key))

    def key_widths(self) -> tuple[int, int] | None:
        """Bits of the role position and of the index position (with the referral's copy
        bit) in the ranking key, or None when the key would not fit (then the struct is
        compared). Read once from the export's small tables."""
        if self._widths is not False:
            return self._widths  # type: ignore[return-value]
        t = self.t

        def rng(name: str, col: ir.IntegerColumn) -> ir.Table:
            return col.as_table().aggregate(
                what=ibis.literal(name), lo=col.min().cast("int64"), hi=col.max().cast("int64")
            )

        q = (
            rng("role", t.roles.seq)
            .union(rng("pos", t.relation_staff.seq))
            .union(rng("pos", t.documents.doc))
            .union(rng("pos", t.relations.rel))
        )
        got = self.con.to_pyarrow(q).to_pylist()
        lows = [int(r["lo"]) for r in got if r["lo"] is not None]
        role_hi = max(
            (int(r["hi"]) for r in got if r["what"] == "role" and r["hi"] is not None), default=0
        )
        pos_hi = max(
            (int(r["hi"]) for r in got if r["what"] == "pos" and r["hi"] is not None), default=0
        )
        self._widths = None
        w_role = max(1, (role_hi + 1).bit_length())
        w_pos = max(1, (pos_hi + 1).bit_length()) + 1
        fits = RANK_MAX.bit_length() + w_role + 2 * T_BITS + w_pos <= KEY_BITS
        if all(v >= 0 for v in lows) and pos_hi < OTHER_COPY and fits:
            self._widths = (w_role, w_pos)
        return self._widths

    def _works_for(self, hb: ir.Table, fam: ir.Table) -> ir.Table:
        """The (user, responsible person, organisation) triples where the user works in the
        responsible person's organisation: the access's organisation, or one of the user's
        roles, is in the family of one of the responsible person's roles."""
        roles = self.t.roles
        rr = roles.filter(roles.actor.notnull() & roles.org.notnull())
        bfam = rr.join(fam, rr.org == fam.org).select(bactor=rr.actor, f=fam.fam).distinct()
        tri = hb.select(wactor=hb.actor, wbehalf=hb.behalf, worg=hb.org.coalesce(-1)).distinct()
        # the user's own organisations: the access's and their roles'
        mine_org = tri.filter(tri.worg >= 0).select("wactor", "wbehalf", "worg", o=tri.worg)
        own = rr.select(ractor=rr.actor, ro=rr.org)
        mine_roles = tri.join(own, tri.wactor == own.ractor).select(
            tri.wactor, tri.wbehalf, tri.worg, o=own.ro
        )
        mine = mine_org.union(mine_roles)
        ok = mine.join(bfam, (mine.wbehalf == bfam.bactor) & (mine.o == bfam.f))
        ok = ok.select(mine.wactor, mine.wbehalf, mine.worg).distinct()
        # the semi join needs these names
        return ok

    # -- mined templates --------------------------------------------------------------------

    def _concurrent(self, q: ir.Table, rrx: ir.Table, anc: ir.Table) -> ir.Table:
        """For query points (``pat``, ``t``): the organisations (and their ancestors below the
        region) of every relation of the citizen whose window covers the time (no
        appointments); one row per (query, organisation)."""
        cr = rrx.filter(rrx.org.notnull() & (rrx.kind != "appointment")).select(
            cpat="pat", rorg="org", clo="lo", chi="hi"
        )
        j = q.join(cr, (q.pat == cr.cpat) & (cr.clo <= q.t) & (q.t <= cr.chi))
        j = j.join(anc, j.rorg == anc.org)
        return j.select(*[j[c] for c in q.columns], b=anc.anc).distinct()

    def _mine(
        self, x1: ir.Table, rrx: ir.Table, anc: ir.Table, n_entries: int, tmin: int, tmax: int
    ) -> list[Template]:
        policy = self.policy
        hum = x1.filter(~x1.system & x1.org.notnull())
        size_a = hum.group_by("org").aggregate(users=hum.actor.nunique(), pats=hum.pat.nunique())
        cand = hum.filter(hum.best.isnull() & ~hum.citizen)
        per_a = cand.group_by("org").aggregate(per=cand.pat.nunique())
        q = cand.select(seq=cand.seq, pat=cand.pat, t=cand.t, a=cand.org, actor=cand.actor)
        conc = self._concurrent(q, rrx, anc)
        conc = conc.filter(conc.a != conc.b)
        conc = conc.mutate(week=conc.t // WEEK)
        conc = self.cache(conc)
        pairs = conc.group_by(["a", "b"]).aggregate(
            k_pat=conc.pat.nunique(), k_users=conc.actor.nunique(), weeks=conc.week.nunique()
        )
        # leave the strongest user out (the most citizens; a tie: the first user): the citizens
        # the other users saw
        pu = conc.group_by(["a", "b", "actor"]).aggregate(k=conc.pat.nunique())
        top = pu.group_by(["a", "b"]).aggregate(
            top=ibis.struct({"k": pu.k, "first": -pu.actor}).max()
        )
        top = top.select(ta="a", tb="b", tactor=-top.top["first"])
        rest = conc.join(top, (conc.a == top.ta) & (conc.b == top.tb)).filter(
            lambda x: x.actor != x.tactor
        )
        others = rest.group_by(["a", "b"]).aggregate(others=rest.pat.nunique())
        others = others.select(oa="a", ob="b", others="others")
        pairs = pairs.left_join(others, (pairs.a == others.oa) & (pairs.b == others.ob)).select(
            pairs, others=others.others.fill_null(0)
        )
        stats = self.con.to_pyarrow(pairs).to_pylist()
        if not stats:
            return []
        sizes = {r["org"]: (r["users"], r["pats"]) for r in self.con.to_pyarrow(size_a).to_pylist()}
        per = {r["org"]: r["per"] for r in self.con.to_pyarrow(per_a).to_pylist()}
        base = self._baseline(rrx, anc, tmin, tmax)
        orgs = self.od.orgs
        out = []
        for s in sorted(stats, key=lambda r: (r["a"], r["b"])):
            ao, bo, k_pat = int(s["a"]), int(s["b"]), int(s["k_pat"])
            users_a, pats_a = sizes.get(ao, (0, 0))
            nu = int(s["k_users"])
            share = k_pat / max(int(per.get(ao, 0)), 1)
            lift = share / max(base.get(bo, 0.0), 1e-9)
            weeks = int(s["weeks"])
            if passes(
                policy,
                orgs,
                ao,
                bo,
                patients=k_pat,
                users=nu,
                others=int(s["others"]),
                weeks=weeks,
                share=share,
                lift=lift,
                users_a=int(users_a),
                patients_a=int(pats_a),
            ):
                out.append(Template(ao, bo, k_pat, nu, share, weeks, min(lift, 1e6)))
        return _most_specific(orgs, out)

    def _baseline(self, rrx: ir.Table, anc: ir.Table, tmin: int, tmax: int) -> dict[int, float]:
        n_p = int(self.meta["patients_with_entries"])
        size = 100_000
        if n_p == 0:
            return {}
        q = self.mem(dims.baseline_sample(n_p, tmin, tmax, size))
        conc = self._concurrent(q, rrx, anc)
        got = conc.group_by("b").aggregate(n=conc.i.nunique())
        return {int(r["b"]): int(r["n"]) / size for r in self.con.to_pyarrow(got).to_pylist()}

    def _template_row(self, m: Template) -> dict[str, Any]:
        ids = self.od.orgs.ids
        return {
            "user_org": ids[m.user_org],
            "relation_org": ids[m.relation_org],
            "patients": m.patients,
            "users": m.users,
            "share": m.share,
            "weeks": m.weeks,
            "lift": m.lift,
        }

    def _templates(self, x1: ir.Table, rrx: ir.Table, tpl: ir.Table) -> ir.Table:
        """The template rule for the entries the first pass left unexplained."""
        u = x1.filter(x1.best.isnull() & ~x1.system & ~x1.citizen & x1.org.notnull())
        u = u.select(seq=u.seq, pat=u.pat, org=u.org, tc=clip(u.t))
        ti = rrx.filter(rrx.org.notnull() & (rrx.kind != "appointment"))
        ti = ti.join(tpl, ti.org == tpl.rel_org).select(
            tpat=ti.pat, key=tpl.user_org, lo=ti.lo, hi=ti.hi, rel=ti.rel
        )
        j = u.join(ti, (u.pat == ti.tpat) & (u.org == ti.key) & (ti.lo <= u.tc) & (u.tc <= ti.hi))
        c = j.select(
            seq=u.seq,
            key=ibis.struct(
                {
                    "rank": ibis.literal(-PRIO[core.R_TEMPLATE] * 16, type="int64"),
                    "rolepos": ibis.literal(0, type="int64"),
                    "hi": ti.hi,
                    "lo": ti.lo,
                    "pos": ti.rel.cast("int64"),
                    "payload": ti.rel.cast("int64"),
                    "doc": ibis.literal(False),
                }
            ),
        )
        return self._best(c)

    def _decode(self, x: ir.Table, types: ir.Table) -> ir.Table:
        """``best`` -> the rule code, the relation or note, and whether it is a note; the
        citizen's own accesses; an episode of a home-care unit is shown as home care."""
        rank = -x.best["rank"]
        prio = rank // 16
        rule = ibis.cases(
            *[(prio == p, r) for r, p in PRIO.items()],
            else_=ibis.null(),
        ).cast("int64")
        rule = ibis.ifelse(x.citizen & ~x.system, core.R_CITIZEN, rule)
        rule = ibis.ifelse(x.system, ibis.null(), rule)
        payload = ibis.ifelse(x.system | x.citizen, ibis.null(), x.best["payload"])
        doc = ibis.ifelse(x.system | x.citizen, False, x.best["doc"].fill_null(False))
        y = x.select(
            *[x[c] for c in x.columns if c != "best"],
            rule=rule,
            payload=payload.cast("int64"),
            doc=doc,
        )
        # home care: the episode's organisation is a home-care unit
        r = self.t.relations.select(hrel="rel", horg="org")
        ty = types.select(hc_org="org", homecare="is_homecare")
        hc = r.join(ty, r.horg == ty.hc_org).filter(ty.homecare).select("hrel")
        y2 = y.left_join(hc, (y.rule == core.R_EPISODE) & (y.payload == hc.hrel))
        return y2.select(
            *[y[c] for c in y.columns if c != "rule"],
            rule=ibis.ifelse(hc.hrel.notnull(), core.R_HOMECARE, y.rule),
        )

    # -- flags ------------------------------------------------------------------------------

    def _flags(self, x: ir.Table, r: ir.Table, fam: ir.Table, tmin: int, tmax: int) -> ir.Table:
        t = self.t
        hum = x.filter(~x.system & ~x.citizen)
        pairs = hum.select("pat", "actor").distinct()
        pairs = self.cache(pairs)
        p = t.patients.select(ppat="pat", p_cpr="cpr", p_addr="addr", p_person="person")
        a = t.actors.select(
            aactor="actor", a_cpr="cpr", a_addr="addr", a_person="person", a_name="name_key"
        )
        pa_ = pairs.left_join(p, pairs.pat == p.ppat).left_join(a, pairs.actor == a.aactor)
        same_cpr = (pa_.a_cpr == pa_.p_cpr).fill_null(False)
        same_person = (pa_.a_person == pa_.p_person).fill_null(False)
        self_ = same_cpr | ((pa_.a_cpr.isnull() | pa_.p_cpr.isnull()) & same_person)
        same_addr = (pa_.a_addr == pa_.p_addr).fill_null(False) & ~self_
        pf = pa_.select(
            pat=pairs.pat,
            actor=pairs.actor,
            self_=self_,
            same_addr=same_addr,
            a_addr=pa_.a_addr,
        )
        # shared addresses: a raw address key at least SHARED_ADDRESS_MIN citizens share
        pt = t.patients.filter(t.patients.in_table)
        big = (
            pt.filter(pt.addr_raw.notnull())
            .group_by("addr_raw")
            .aggregate(k=_.count())
            .filter(lambda g: g.k >= SHARED_ADDRESS_MIN)
        )
        shared = (
            pt.join(big, pt.addr_raw == big.addr_raw)
            .filter(pt.addr.notnull())
            .select(saddr=pt.addr)
            .distinct()
        )
        # common family names: decided by the engine's own figures of the store at the export
        toks = t.tokens.select(ctok="tok", common="common")
        at = t.actor_tokens.select(tactor="actor", atok="tok")
        ptk = t.patient_tokens.select(tpat="pat", ptok="tok")
        tj = pairs.join(at, pairs.actor == at.tactor).join(
            ptk, (pairs.pat == ptk.tpat) & (at.atok == ptk.ptok)
        )
        tj = tj.join(toks, tj.atok == toks.ctok)
        tj = tj.select(npat=tj.pat, nactor=tj.actor, common=tj.common)
        name = tj.group_by(["npat", "nactor"]).aggregate(rare=(~tj.common).cast("int8").max() > 0)
        name = name.mutate(anyt=ibis.literal(True))
        # registered relatives: staff with the name of a relative of the citizen
        rp = t.related.filter(t.related.pat.notnull())
        sa = t.actors.filter(t.actors.in_roster & t.actors.name_key.notnull())
        rel = (
            rp.join(sa, rp.name_key == sa.name_key).select(rpat=rp.pat, ractor=sa.actor).distinct()
        )
        f = pf.left_join(name, (pf.pat == name.npat) & (pf.actor == name.nactor)).select(
            pf, rare=name.rare.fill_null(False), anyt=name.anyt.fill_null(False)
        )
        f = f.left_join(rel, (f.pat == rel.rpat) & (f.actor == rel.ractor)).select(
            f, related=rel.ractor.notnull()
        )
        f = f.left_join(shared, f.a_addr == shared.saddr).select(f, shared=shared.saddr.notnull())
        pflags = f.select(
            fpat=f.pat,
            factor=f.actor,
            self_=f.self_,
            same_name=f.anyt & ~f.self_,
            strong_name=(f.rare | (f.related & f.anyt)) & ~f.self_,
            same_addr=f.same_addr,
            strong_addr=f.same_addr & (~f.shared | f.related),
        )
        pflags = self.cache(pflags)
        # coworkers: the citizen is staff (CPR, or without CPR name and address) in the
        # organisation (family) of the access
        ac = t.actors.filter(t.actors.in_roster)
        pc = t.patients.select(cpat="pat", ccpr="cpr", cperson="person")
        ac1 = ac.filter(ac.cpr.notnull())
        by_cpr = ac1.join(pc, ac1.cpr == pc.ccpr).select(cpat=pc.cpat, cactor=ac1.actor)
        ac2 = ac.filter(ac.cpr.isnull() & ac.person.notnull())
        by_person = ac2.join(pc, ac2.person == pc.cperson).select(cpat=pc.cpat, cactor=ac2.actor)
        cwp = by_cpr.union(by_person)
        roles = t.roles.filter(t.roles.actor.notnull() & t.roles.org.notnull())
        cw = (
            cwp.join(roles, cwp.cactor == roles.actor)
            .join(fam, roles.org == fam.org)
            .select(wpat=cwp.cpat, worg=fam.fam)
            .distinct()
        )
        # after hours, with no encounter of the citizen then (anywhere)
        enc = r.filter(r.kind == "encounter")
        es = enc.start.coalesce(enc.end).coalesce(-1)
        ee = enc.end.coalesce(es)
        enc = enc.select(
            epat=enc.pat, elo=es - self.w.encounter_then, ehi=ee + self.w.encounter_then
        )
        enc = enc.filter(enc.ehi >= enc.elo).select(
            epat="epat", elo=clip(enc.elo), ehi=clip(enc.ehi)
        )
        local = x.t + self.local_offset(x.t, tmin, tmax)
        hour = (local % DAY) // HOUR
        weekday = ((local // DAY) + 3) % 7
        odd = (hour < 7) | (hour >= 18) | (weekday >= 5)
        late = x.filter(odd & x.rule.isnull() & ~x.system).select(
            lseq=x.seq, lpat=x.pat, ltc=clip(x.t)
        )
        late = late.anti_join(
            enc, [late.lpat == enc.epat, enc.elo <= late.ltc, late.ltc <= enc.ehi]
        ).select(aseq="lseq")
        y = (
            x.left_join(pflags, (x.pat == pflags.fpat) & (x.actor == pflags.factor))
            .left_join(cw, (x.pat == cw.wpat) & (x.org == cw.worg))
            .left_join(late, x.seq == late.aseq)
        )
        human = ~x.system
        unexpl = human & x.rule.isnull()
        expl = human & x.rule.notnull()
        self_ = y.self_.fill_null(False)

        def bit(cond: ir.BooleanValue, b: int) -> ir.IntegerValue:
            return ibis.ifelse(cond, b, 0).cast("int64")

        flags = (
            bit(human & self_, F.SELF_LOOKUP)
            + bit(human & x.emergency, F.BREAK_GLASS)
            + bit(unexpl, F.NO_RELATION)
            + bit(
                (unexpl & y.same_name.fill_null(False)) | (expl & y.strong_name.fill_null(False)),
                F.SAME_SURNAME,
            )
            + bit(
                (unexpl & y.same_addr.fill_null(False)) | (expl & y.strong_addr.fill_null(False)),
                F.SAME_ADDRESS,
            )
            + bit(unexpl & y.wpat.notnull() & ~self_, F.COWORKER)
            + bit(unexpl & y.aseq.notnull(), F.AFTER_HOURS)
        )
        flags = ibis.ifelse(x.system | (x.rule == core.R_CITIZEN).fill_null(False), 0, flags)
        return y.select(*[x[c] for c in x.columns], flags=flags.cast("int64"))

    # -- cells ------------------------------------------------------------------------------

    def _cells(self, y: ir.Table, tmin: int, tmax: int) -> ir.Table:
        explained = y.rule.notnull()
        cls = ibis.cases(
            (y.system, core.C_SYSTEM),
            (explained & (y.flags == 0), core.C_EXPLAINED),
            (explained, core.C_EXPLAINED_FLAGGED),
            (y.flags == F.NO_RELATION, core.C_UNEXPLAINED),
            else_=core.C_FLAGGED,
        ).cast("int64")
        behalf = ibis.ifelse(
            ~y.system & ((y.rule == core.R_ON_BEHALF).fill_null(False) | y.rule.isnull()),
            y.behalf,
            ibis.null(),
        )
        local = y.t + self.local_offset(y.t, tmin, tmax)
        z = y.select(
            pat=y.pat,
            day=(local // DAY).cast("int64"),
            actor=y.actor,
            org=y.org,
            rule=y.rule,
            payload=y.payload,
            doc=y.doc,
            behalf=behalf.cast("int32"),
            cls=cls,
            flags=y.flags,
            t=y.t,
        )
        # ``citizen`` follows from the rule (the citizen's own accesses, and only they, have
        # R_CITIZEN), so it is no key of the group-by
        keys = ["pat", "day", "actor", "org", "rule", "payload", "doc", "behalf", "cls"]
        # the flags of a cell: the OR of its entries' (bit_or: DuckDB and Spark SQL both have it)
        c = z.group_by(keys).aggregate(
            n=z.count(), first=z.t.min(), last=z.t.max(), flags=bit_or(z.flags)
        )
        return c.select(
            *keys,
            citizen=(c.rule == core.R_CITIZEN).fill_null(False),
            flags=c.flags.cast("int64"),
            n=c.n,
            first=c.first,
            last=c.last,
        )

    def code_dims(self, types: ir.Table) -> dict[str, ir.Table]:
        """What ``_strings`` joins to the codes, as small tables keyed by code."""
        t = self.t
        return {
            "patients": t.patients.select("pat", "id"),
            "actors": t.actors.select("actor", "key", "staff_id", "display"),
            "orgs": types.select("org", "org_id"),
            "relations": t.relations.select("rel", "kind", "id"),
            "documents": t.documents.select("doc", "id"),
        }

    def _strings(self, c: ir.Table, types: ir.Table) -> ir.Table:
        """The cells as the store keeps them (``precompute.CELL_COLS``): ids and names."""
        t = self.t
        p = t.patients.select(spat="pat", patient_id="id")
        a = t.actors.select(sactor="actor", akey="key", astaff="staff_id", adisp="display")
        b = t.actors.select(bactor="actor", bkey="key")
        o = types.select(sorg="org", org_id="org_id")
        rel = t.relations.select(srel="rel", rkind="kind", rid="id")
        doc = t.documents.select(sdoc="doc", did="id")
        j = (
            c.join(p, c.pat == p.spat)
            .join(a, c.actor == a.sactor)
            .left_join(b, c.behalf == b.bactor)
            .left_join(o, c.org == o.sorg)
            .left_join(rel, (c.payload == rel.srel) & ~c.doc)
            .left_join(doc, (c.payload == doc.sdoc) & c.doc)
        )
        rule_name = ibis.cases(
            *[(c.rule == i, name) for i, name in enumerate(core.RULES)], else_=""
        )
        cls_name = ibis.cases(*[(c.cls == i, name) for i, name in enumerate(core.CLASSES)])
        relstr = ibis.cases(
            (c.citizen, "patient/" + j.akey.substr(10)),
            (c.doc & j.did.notnull(), "document/" + j.did),
            (j.rid.notnull(), j.rkind + "/" + j.rid),
            else_="",
        )
        return j.select(
            patient_id=j.patient_id,
            day=c.day,
            actor=j.akey,
            display=ibis.ifelse(j.astaff.isnull(), j.adisp, ibis.null()).cast("string"),
            org_id=j.org_id.fill_null(""),
            cls=cls_name,
            rule=rule_name,
            rel=relstr,
            flags=c.flags,
            n=c.n,
            first=c.first,
            last=c.last,
            behalf=j.bkey.fill_null(""),
        )

    # -- peers ------------------------------------------------------------------------------

    def _peers(self, cells: ir.Table) -> ir.Table:
        """Per job title: how many citizens a user looks up without a relation in a day, the
        median and p99 over user-days (``precompute._peers``, from the same user-days)."""
        c = cells.filter(cells.cls.isin(["u", "f"]))
        ud = c.select("patient_id", "actor", "day", "org_id").distinct()
        per_day = ud.group_by(["actor", "day"]).aggregate(
            org=ud.org_id.min(), k=ud.patient_id.nunique()
        )
        roles = self.t.roles.filter(self.t.roles.staff_id.notnull())
        ro = roles.mutate(oid=roles.organization_id.fill_null(""))
        per_org = ro.group_by(["staff_id", "oid"]).aggregate(
            title=ro.title.argmax(ro.seq), first=ro.seq.min()
        )
        per_org = per_org.mutate(title=per_org.title.fill_null(""))
        first = per_org.group_by("staff_id").aggregate(ftitle=per_org.title.argmin(per_org.first))
        staff_id = ibis.ifelse(
            per_day.actor.startswith("s:"), per_day.actor.substr(2), ibis.null()
        ).cast("string")
        pd = per_day.mutate(sid=staff_id)
        po = per_org.select(psid="staff_id", poid="oid", ptitle="title")
        j = pd.left_join(po, (pd.sid == po.psid) & (pd.org == po.poid)).left_join(
            first, pd.sid == first.staff_id
        )
        role = ibis.coalesce(j.ptitle.nullif(""), j.ftitle.nullif(""), ibis.literal(""))
        x = j.select(role=role, k=pd.k)
        w = ibis.window(group_by=x.role, order_by=x.k)
        x = x.mutate(i=ibis.row_number().over(w), n=x.count().over(ibis.window(group_by=x.role)))
        lo_i = (x.n - 1) // 2
        hi_i = x.n // 2
        p99_i = ((x.n - 1).cast("float64") * 0.99).floor().cast("int64")
        agg = x.group_by("role").aggregate(
            userdays=x.n.max(),
            lo=x.k.max(where=x.i == lo_i),
            hi=x.k.max(where=x.i == hi_i),
            p99=x.k.max(where=x.i == p99_i),
        )
        return agg.select(
            role=agg.role,
            userdays=agg.userdays,
            median=(agg.lo + agg.hi).cast("float64") / 2,
            p99=agg.p99.cast("float64"),
        )
