"""Access log view: contract shape, conservation, protection, filters, drill-down, freshness."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import builders as b
from indsigt.accesslog import LogFilters, build_log, group_entries
from indsigt.accesslog.condense import Cell
from indsigt.accesslog.precompute import current_stamp, stored_stamp
from indsigt.accesslog.view import STATES
from indsigt.db import init_db, session_scope
from indsigt.errors import Invalid, NotFound
from indsigt.importing import import_files
from indsigt.protect.base import NoProtection, scrub
from test_accesslog_rules import AT, TUE, t

GROUP_KEYS = {
    "id",
    "summary",
    "organization",
    "actors",
    "count",
    "first",
    "last",
    "explained_by",
    "flags",
}
ENTRY_KEYS = {"id", "time", "actor", "organization", "group", "explained_by", "flags"}


class Hide:
    """A protection that hides some staff behind a job-title label."""

    def __init__(self, *staff: str) -> None:
        self.hidden = frozenset(staff)

    def person(self, staff_id: str | None, display: str | None) -> str | None:
        return "Sygeplejerske d5dffae" if staff_id in self.hidden else display

    def text(self, s: str) -> str:
        return s.replace("Mette Louise Holm", "Sygeplejerske d5dffae")


def _import(db_url: str, *paths: Path) -> None:
    # the import service: import, then the access log's refresh
    report = import_files(init_db(db_url), paths, alerts=False, record=False).report
    assert report.ok, report.problems


def _world_files(tmp: Path, world: dict[str, list[dict]], resources: list[dict]) -> list[Path]:
    return [
        b.write_ndjson(tmp / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"]),
        b.write_ndjson(tmp / "data.ndjson", resources),
    ]


def _mixed(n_ward: int = 30) -> list[dict]:
    """An admission with many accesses, some unexplained and flagged ones, and machines."""
    res: list[dict] = [
        b.episode("ep1", "p1", "o-kard", "2026-02-01", "2026-02-20"),
        b.encounter("en1", "p1", "o-kard", t("2026-02-02", "08:00"), t("2026-02-06"), ["r-holm"]),
    ]
    day = date(2026, 2, 2)
    for i in range(n_ward):
        d = day + timedelta(days=i % 5)
        res.append(
            b.audit(
                f"w{i}",
                "p1",
                t(d.isoformat(), f"{8 + i % 9:02d}:{i % 60:02d}"),
                role_id="r-holm" if i % 2 else "r-skov",
            )
        )
    res += [
        b.audit("snoop1", "p1", t(TUE, "22:15"), role_id="r-lund"),
        b.audit("snoop2", "p1", t(TUE, "22:20"), role_id="r-lund"),
        b.audit("odd", "p1", t("2026-03-03"), role_id="r-berg"),
        b.audit("btg", "p1", t("2026-03-04"), role_id="r-berg", purpose="BTG"),
        b.audit("fmk", "p1", t(TUE, "02:00"), external=("FMK", "FMK-integration"), machine=True),
    ]
    return res


def test_contract_shape_and_conservation(db_url, tmp_path, world):
    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    with session_scope(db_url) as s:
        doc = build_log(s, "p1", AT, NoProtection(), entries=True)
    assert doc["total"] == 35 == len(doc["entries"])
    assert sum(g["count"] for g in doc["groups"]) == doc["total"]
    for g in doc["groups"]:
        assert set(g) >= GROUP_KEYS
        assert g["state"] in ("explained", "unexplained", "flagged", "system")
    for e in doc["entries"]:
        assert set(e) >= ENTRY_KEYS
    assert len({e["id"] for e in doc["entries"]}) == 35
    per_group: dict[str, int] = {}
    for e in doc["entries"]:
        per_group[e["group"]] = per_group.get(e["group"], 0) + 1
    assert per_group == {g["id"]: g["count"] for g in doc["groups"]}
    states = [g["state"] for g in doc["groups"]]
    assert states[0] == "flagged" and states[-1] == "system"
    assert states.index("explained") > max(
        i for i, s in enumerate(states) if s in ("flagged", "unexplained")
    )
    # the lone 'odd' access is neutral; the evening pair is one line for one user on one day
    snoop = next(
        g
        for g in doc["groups"]
        if g["id"] == next(e["group"] for e in doc["entries"] if e["id"] == "snoop1")
    )
    assert snoop["count"] == 2 and "after_hours" in snoop["flags"]
    assert snoop["summary"].startswith("Psykolog Per Lund-Sørensen (Retspsykiatrisk afdeling")
    assert "den 10.02.2026" in snoop["summary"] and "2 gange" in snoop["summary"]
    json.dumps(doc)  # serialisable


@pytest.mark.parametrize(
    "filters",
    [
        None,
        LogFilters(since=date(2026, 2, 4), until=date(2026, 2, 10)),
        LogFilters(since=date(2026, 3, 3)),
        LogFilters(until=date(2026, 2, 3), organization="o-hosp"),
    ],
    ids=["all", "period", "from", "until-org"],
)
def test_precomputed_and_computed_views_agree(db_url, tmp_path, world, filters):
    """The stored cells (per day, so a period is read from them too) give what computing from the
    raw entries gives, timeline included."""
    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    with session_scope(db_url) as s:
        conn = s.connection()
        assert stored_stamp(conn) == current_stamp(conn)
        fast = build_log(s, "p1", AT, NoProtection(), filters=filters, timeline=True)
        live = build_log(s, "p1", AT, NoProtection(), filters=filters, entries=True, timeline=True)
    live.pop("entries")
    assert fast == live
    assert fast["total"] > 0


def test_a_fresh_import_is_reflected_even_without_the_precomputation(
    db_url, tmp_path, world, monkeypatch
):
    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    import indsigt.importing as importing

    monkeypatch.setattr(importing, "refresh_log", lambda engine, report: None)
    more = b.write_ndjson(
        tmp_path / "more.ndjson", [b.audit("new1", "p1", t("2026-03-10"), role_id="r-lund")]
    )
    _import(db_url, more)
    with session_scope(db_url) as s:
        conn = s.connection()
        assert stored_stamp(conn) != current_stamp(conn)
        doc = build_log(s, "p1", AT, NoProtection())
    assert doc["total"] == 36
    # the next refresh brings the precomputation up to date
    from indsigt.accesslog import refresh

    monkeypatch.undo()
    assert not refresh(init_db(db_url)).skipped
    with session_scope(db_url) as s:
        assert build_log(s, "p1", AT, NoProtection()) == doc


def test_view_time_before_the_last_entry(db_url, tmp_path, world):
    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    with session_scope(db_url) as s:
        doc = build_log(s, "p1", datetime(2026, 3, 1), NoProtection(), entries=True)
    ids = {e["id"] for e in doc["entries"]}
    assert "odd" not in ids and "snoop1" in ids
    assert doc["total"] == 33


def test_actor_names_only_through_protection(db_url, tmp_path, world):
    res = [*_mixed(), b.audit("holm-snoop", "p1", t("2026-04-15", "23:00"), role_id="r-holm")]
    _import(db_url, *_world_files(tmp_path, world, res))
    protection = Hide("s-holm")
    with session_scope(db_url) as s:
        doc = build_log(s, "p1", AT, protection, entries=True)
        fast = build_log(s, "p1", AT, protection)
    dumped = json.dumps(scrub(doc, protection), ensure_ascii=False)
    raw = json.dumps(doc, ensure_ascii=False)
    for form in ("Mette", "Holm"):
        assert form not in raw, form  # not even before the scrub
        assert form not in dumped
    assert "Sygeplejerske d5dffae" in raw
    g = next(g for g in doc["groups"] if "Sygeplejerske d5dffae" in g["summary"])
    assert not g["summary"].startswith("Sygeplejerske Sygeplejerske")
    assert "Holm" not in json.dumps(fast, ensure_ascii=False)


def test_filters(db_url, tmp_path, world):
    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    with session_scope(db_url) as s:
        full = build_log(s, "p1", AT, NoProtection())
        march = build_log(s, "p1", AT, NoProtection(), filters=LogFilters(since=date(2026, 3, 1)))
        feb10 = build_log(
            s,
            "p1",
            AT,
            NoProtection(),
            filters=LogFilters(since=date(2026, 2, 10), until=date(2026, 2, 10)),
        )
        kard = build_log(s, "p1", AT, NoProtection(), filters=LogFilters(organization="o-hosp"))
        ah = build_log(s, "p1", AT, NoProtection(), filters=LogFilters(flag="after_hours"))
        expl = build_log(
            s, "p1", AT, NoProtection(), entries=True, filters=LogFilters(state="explained")
        )
    assert march["total"] == 2
    assert feb10["total"] == 3  # the evening pair and the FMK integration
    assert kard["total"] == 32  # everything under the hospital: the ward and the psychologist
    assert ah["groups"] and all("after_hours" in g["flags"] for g in ah["groups"])
    assert {g["state"] for g in expl["groups"]} == {"explained"}
    assert len(expl["entries"]) == expl["total"] == 30
    assert full["total"] == 35
    # same group id with and without a filter
    assert {g["id"] for g in expl["groups"]} <= {g["id"] for g in full["groups"]}
    with pytest.raises(Invalid):
        LogFilters(flag="nosy")
    with pytest.raises(Invalid):
        LogFilters(state="odd")


@pytest.mark.parametrize(
    "filters",
    [
        None,
        LogFilters(state="explained"),
        LogFilters(flag="after_hours"),
        LogFilters(organization="o-hosp"),
        LogFilters(since=date(2026, 2, 4), until=date(2026, 2, 10)),
    ],
    ids=["all", "state", "flag", "org", "period"],
)
def test_timeline_counts_every_shown_entry_on_its_local_day(db_url, tmp_path, world, filters):
    """The chart's per-day counts (from cells) equal counting the entries one by one."""
    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    with session_scope(db_url) as s:
        doc = build_log(s, "p1", AT, NoProtection(), filters=filters, timeline=True)
        full = build_log(s, "p1", AT, NoProtection(), filters=filters, entries=True)
    state = {g["id"]: g["state"] for g in full["groups"]}
    expected: dict[str, dict[str, int]] = {}
    for e in full["entries"]:
        day = expected.setdefault(e["time"][:10], dict.fromkeys(STATES, 0))
        day[state[e["group"]]] += 1
    assert doc["timeline"] == [{"day": d, **c} for d, c in sorted(expected.items())]
    assert sum(sum(d[k] for k in STATES) for d in doc["timeline"]) == doc["total"]
    assert doc["total"] > 0


def test_timeline_of_a_whole_log_comes_from_the_cells_and_agrees(
    db_url, tmp_path, world, monkeypatch
):
    """Without filters and system accesses the timeline needs no entry computed; it equals the
    count of the entries one by one (and the computed path)."""
    from indsigt.accesslog import view as V

    data = [r for r in _mixed() if r.get("id") != "fmk"]  # no system access
    _import(db_url, *_world_files(tmp_path, world, data))
    with session_scope(db_url) as s:
        full = build_log(s, "p1", AT, NoProtection(), entries=True, timeline=True)
        real_live = V._live

        def no_live(*a, **k):
            raise AssertionError("the timeline of a whole log must not compute entries")

        monkeypatch.setattr(V, "_live", no_live)
        fast = build_log(s, "p1", AT, NoProtection(), timeline=True)
        monkeypatch.setattr(V, "_live", real_live)
    state = {g["id"]: g["state"] for g in full["groups"]}
    expected: dict[str, dict[str, int]] = {}
    for e in full["entries"]:
        day = expected.setdefault(e["time"][:10], dict.fromkeys(STATES, 0))
        day[state[e["group"]]] += 1
    assert fast["timeline"] == full["timeline"]
    assert fast["timeline"] == [{"day": d, **c} for d, c in sorted(expected.items())]
    assert {k for d in fast["timeline"] for k in STATES if d[k]} >= {"explained", "flagged"}


def test_group_entries_drill_down(db_url, tmp_path, world):
    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    with session_scope(db_url) as s:
        doc = build_log(s, "p1", AT, NoProtection(), entries=True)
        for g in doc["groups"]:
            got = group_entries(s, "p1", AT, NoProtection(), g["id"])
            assert got["group"] == g
            assert got["total"] == g["count"] == len(got["entries"])
            assert {e["id"] for e in got["entries"]} == {
                e["id"] for e in doc["entries"] if e["group"] == g["id"]
            }
        with pytest.raises(NotFound):
            group_entries(s, "p1", AT, NoProtection(), "gnope")


def test_heavy_home_care_citizen_is_one_line(db_url, tmp_path, world):
    staff: list[dict] = []
    for i in range(38):
        staff += [
            b.practitioner(f"s-hc{i}", "Hanne", f"Hjælper{i}"),
            b.role(f"r-hc{i}", f"s-hc{i}", "o-hjem", "Social- og sundhedshjælper"),
        ]
    res = [b.episode("hc", "p1", "o-hjem", "2025-01-01", text="Hjemmepleje")]
    start = date(2026, 3, 1)
    for i in range(1243):
        d = start + timedelta(days=min(i // 13, 90))
        res.append(
            b.audit(
                f"h{i}",
                "p1",
                f"{d.isoformat()}T{7 + i % 12:02d}:{i % 60:02d}:00+02:00",
                role_id=f"r-hc{i % 38}",
            )
        )
    roster = b.write_ndjson(
        tmp_path / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"] + staff
    )
    _import(db_url, roster, b.write_ndjson(tmp_path / "hc.ndjson", res))
    with session_scope(db_url) as s:
        doc = build_log(s, "p1", AT, NoProtection())
    assert len(doc["groups"]) == 1
    assert doc["groups"][0]["summary"] == (
        "Hjemmeplejen Testby Øst så dine oplysninger 1.243 gange (38 medarbejdere) "
        "fra 01.03.2026 til 30.05.2026 under dit hjemmeplejeforløb"
    )
    assert doc["groups"][0]["roles"] == [{"title": "Social- og sundhedshjælper", "count": 38}]


def test_singular_forms(db_url, tmp_path, world):
    _import(
        db_url,
        *_world_files(
            tmp_path,
            world,
            [
                b.episode("ep1", "p1", "o-kard", "2026-02-01"),
                b.audit("one", "p1", t(TUE), role_id="r-holm"),
            ],
        ),
    )
    with session_scope(db_url) as s:
        doc = build_log(s, "p1", AT, NoProtection())
    assert doc["groups"][0]["summary"] == (
        "Kardiologisk afdeling, Testby Sygehus så dine oplysninger 1 gang (1 medarbejder) "
        "den 10.02.2026 under dit behandlingsforløb"
    )


def test_cli_log_entries_json(db_url, tmp_path, world):
    from typer.testing import CliRunner

    from indsigt.cli import app

    paths = _world_files(tmp_path, world, _mixed())
    runner = CliRunner()
    r = runner.invoke(app, ["--db", db_url, "import", "--no-progress", *map(str, paths)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app, ["--db", db_url, "log", "p1", "--entries", "--json", "--at", "2026-12-31"]
    )
    assert r.exit_code == 0, r.output
    doc: dict[str, Any] = json.loads(r.stdout)
    assert doc["patient"] == "p1" and doc["total"] == 35
    assert sum(g["count"] for g in doc["groups"]) == 35 == len(doc["entries"])


def test_empty_log(db_url, tmp_path, world):
    _import(db_url, *_world_files(tmp_path, world, []))
    with session_scope(db_url) as s:
        assert build_log(s, "p4", AT, NoProtection(), entries=True) == {
            "total": 0,
            "groups": [],
            "entries": [],
        }
        assert build_log(s, "p4", AT, NoProtection()) == {"total": 0, "groups": []}
        n = s.execute(text("SELECT COALESCE(SUM(n_cells), 0) FROM accesslog_patient")).scalar()
    assert n == 0


def test_cells_dataclass_roundtrip():
    c = Cell(1, "s:a", None, "o", "e", "episode", "episode/x", 0, 3, 10, 20)
    assert c.n == 3 and c.behalf == ""


def test_log_only_import_refreshes_incrementally_and_agrees_with_a_full_refresh(
    db_url, tmp_path, world
):
    from indsigt.accesslog import refresh

    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    logs = b.write_ndjson(
        tmp_path / "more.ndjson",
        [
            b.audit("n1", "p1", t("2026-02-03"), role_id="r-skov"),
            b.audit("n2", "p4", t("2026-02-03", "23:30"), role_id="r-lund"),
        ],
    )
    _import(db_url, logs)
    with session_scope(db_url) as s:
        state = json.loads(
            s.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
        )
        inc = {p: build_log(s, p, AT, NoProtection()) for p in ("p1", "p4")}
    if db_url.startswith("sqlite"):
        assert state["mode"] == "incremental" and state["patients"] == 2
    assert inc["p1"]["total"] == 36 and inc["p4"]["total"] == 1
    full = refresh(init_db(db_url), force=True)
    assert full.mode == "full"
    with session_scope(db_url) as s:
        assert {p: build_log(s, p, AT, NoProtection()) for p in ("p1", "p4")} == inc


def test_entries_removed_by_retention_are_not_shown(db_url, tmp_path, world):
    from indsigt.retention import apply_retention

    _import(db_url, *_world_files(tmp_path, world, _mixed()))
    with session_scope(db_url) as s:
        before = build_log(s, "p1", AT, NoProtection())
        removed = apply_retention(s, days=30, actor="test", now=datetime(2026, 3, 10))["removed"]
    assert removed > 0
    with session_scope(db_url) as s:
        after = build_log(s, "p1", AT, NoProtection())
        live = build_log(s, "p1", AT, NoProtection(), entries=True)
    assert after["total"] == before["total"] - removed == len(live["entries"])
    # the next import refreshes everything (not just the new entries)
    _import(
        db_url,
        b.write_ndjson(tmp_path / "x.ndjson", [b.audit("x1", "p4", t(TUE), role_id="r-lund")]),
    )
    with session_scope(db_url) as s:
        state = json.loads(
            s.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
        )
        assert state["mode"] == "full"
        assert build_log(s, "p1", AT, NoProtection()) == after
