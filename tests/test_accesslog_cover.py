"""Access log (issue 12): how a municipality's home care and a hospital's on-call doctors cover
for each other, and the end of "three working days" after an encounter. Each rule with the cases
it must still flag, and the DuckDB analysis equal to the numpy engine on them."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text as sql

import builders as b
from indsigt.accesslog import build_log, core, explain
from indsigt.accesslog import text as T
from indsigt.accesslog.mining import homecare_siblings
from indsigt.accesslog.orgs import build_orgs
from indsigt.db import session_scope
from indsigt.protect.base import NoProtection
from test_accesslog_rules import AT, entry, rule, run_log, t

WED = "2026-02-11"  # a Wednesday (+01:00)
SAT = "2026-02-14"


def _flags(doc: dict[str, Any], eid: str) -> list[str]:
    return entry(doc, eid)["flags"]


def _homecare_world(users: int = 3) -> list[dict]:
    """Testby Kommune has a second home-care district (Vest, ``users`` helpers) and Nabokommune
    has its own; 20 other citizens are seen by cardiology only (so that home care at Øst is not
    what a citizen has by chance)."""
    out = [
        b.org("o-hjv", "Hjemmeplejen Testby Vest", sor="211", part_of="o-kom", type_="homecare"),
        b.org("o-nabo", "Nabokommune", sor="300", type_="municipality"),
        b.org("o-nhj", "Hjemmeplejen Nabokommune", sor="310", part_of="o-nabo", type_="homecare"),
        b.practitioner("s-nabo", "Nils", "Nabosen"),
        b.role("r-nabo", "s-nabo", "o-nhj", "Social- og sundhedshjælper"),
    ]
    for i in range(users):
        out += [
            b.practitioner(f"s-vest{i}", "Vibeke", f"Vestergård{i}"),
            b.role(f"r-vest{i}", f"s-vest{i}", "o-hjv", "Social- og sundhedshjælper"),
        ]
    out += [b.patient(f"pf{k}", "Fyld", f"Borger{k}") for k in range(20)]
    return out


def _homecare_log(users: int = 3) -> list[dict]:
    """Øst's home care of p1 (January to March); Vest's helpers stand in on a Tuesday morning in
    each of four weeks, taking turns; the other citizens' cardiology contacts."""
    res = [b.episode("hc1", "p1", "o-hjem", "2026-01-05", "2026-03-30", text="Hjemmepleje")]
    for w in range(4):
        day = f"2026-02-{3 + 7 * w:02d}"
        res.append(b.audit(f"sub{w}", "p1", t(day, "08:10"), role_id=f"r-vest{w % users}"))
    for k in range(20):
        day = f"2026-0{1 + k % 6}-{10 + k % 15:02d}"
        res.append(b.encounter(f"fe{k}", f"pf{k}", "o-kard", t(day), t(day, "12:00")))
        res.append(b.audit(f"fa{k}", f"pf{k}", t(day, "11:00"), role_id="r-skov"))
    return res


def test_home_care_districts_of_one_municipality_stand_in_for_each_other(db_url, tmp_path, world):
    """Vest's helpers read a citizen who receives home care from Øst (same municipality) in
    several weeks: a mined template even with one citizen (the structure makes the pair
    plausible), told as home care. The neighbouring municipality's helper, a citizen without
    home care, and a read long after the home care ended are still flagged."""
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            *_homecare_log(),
            b.audit("sub-eve", "p1", t(SAT, "19:30"), role_id="r-vest0"),
            b.audit("nabo", "p1", t(WED, "08:10"), role_id="r-nabo"),
            b.audit("late", "p1", t("2026-06-01"), role_id="r-vest1"),
            b.audit("nohc", "p4", t(WED, "08:10"), role_id="r-vest2"),
        ],
        extra=_homecare_world(),
    )
    for eid in ("sub0", "sub3", "sub-eve"):
        assert rule(doc, eid) == "template" and _flags(doc, eid) == [], eid
    text = entry(doc, "sub0")["explained_by"]["text"]
    assert "hjemmepleje fra Hjemmeplejen Testby Øst" in text
    assert "dækker for hinanden" in text
    g = next(
        g
        for g in doc["groups"]
        if "Vest" in (g.get("organization") or "") and g["state"] == "explained"
    )
    assert "under dit hjemmeplejeforløb" in g["summary"]
    assert rule(doc, "nabo") is None and "no_relation" in _flags(doc, "nabo")
    assert rule(doc, "late") is None and "no_relation" in _flags(doc, "late")
    with session_scope(db_url) as s:
        d4 = build_log(s, "p4", AT, NoProtection(), entries=True)
        tpl = s.execute(
            sql("SELECT user_org, relation_org, patients, users FROM accesslog_template")
        )
        assert [tuple(r) for r in tpl] == [("o-hjv", "o-hjem", 1, 3)]
    assert rule(d4, "nohc") is None and "no_relation" in _flags(d4, "nohc")


def test_one_helper_of_another_district_never_makes_home_care_shared(db_url, tmp_path, world):
    """The same four weeks of reads by one helper of Vest (the other users are not there): no
    template; every read is unexplained and flagged."""
    doc = run_log(db_url, tmp_path, world, _homecare_log(users=1), extra=_homecare_world(1))
    for w in range(4):
        assert rule(doc, f"sub{w}") is None and "no_relation" in _flags(doc, f"sub{w}")
    with session_scope(db_url) as s:
        assert s.execute(sql("SELECT COUNT(*) FROM accesslog_template")).scalar() == 0


def test_shared_home_care_keeps_the_relationship_flags(db_url, tmp_path, world):
    """A helper of another district who lives at the citizen's address is explained and still
    flagged (the relation does not hide a relative)."""
    extra = _homecare_world()
    extra[5] = b.practitioner(
        "s-vest0", "Vibeke", "Vestergård0", address=("Bakkevej 2", "9000", "Aalborg")
    )
    doc = run_log(db_url, tmp_path, world, _homecare_log(), extra=extra)
    assert rule(doc, "sub0") == "template"
    assert "same_address" in _flags(doc, "sub0")


def test_home_care_siblings_are_per_municipality():
    orgs = build_orgs(
        [
            ("kom", "Testby Kommune", "municipality", None),
            ("a", "Hjemmeplejen Øst", "homecare", "kom"),
            ("b", "Hjemmeplejen Vest", "homecare", "kom"),
            ("nabo", "Nabokommune", "municipality", None),
            ("c", "Hjemmeplejen Nabo", "homecare", "nabo"),
            ("solo", "Hjemmeplejen uden kommune", "homecare", None),
        ]
    )
    i = orgs.index
    assert homecare_siblings(orgs, i["a"], i["b"]) and homecare_siblings(orgs, i["b"], i["a"])
    assert not homecare_siblings(orgs, i["a"], i["c"])
    assert not homecare_siblings(orgs, i["a"], i["kom"])
    assert not homecare_siblings(orgs, i["solo"], i["a"])


# --- on call at night and on weekends -----------------------------------------------------


def _cover_world() -> list[dict]:
    """Medicine (a sister department of cardiology at Testby Sygehus) and a department of
    another hospital."""
    return [
        b.org("o-med", "Medicinsk afdeling", sor="114", part_of="o-hosp"),
        b.org("o-hosp2", "Andetby Sygehus", sor="120", part_of="o-reg", type_="hospital"),
        b.org("o-med2", "Medicinsk afdeling, Andetby", sor="121", part_of="o-hosp2"),
        b.practitioner("s-vagt", "Vagn", "Vagtsen"),
        b.role("r-vagt", "s-vagt", "o-med", "Reservelæge"),
        b.practitioner("s-andet", "Anders", "Andetsen"),
        b.role("r-andet", "s-andet", "o-med2", "Reservelæge"),
    ]


def test_on_call_cover_of_a_sister_department_at_night_and_weekends(db_url, tmp_path, world):
    """Medicine's doctor reads a patient admitted to cardiology at night or on a weekend:
    explained (rule ``cover``). In daytime, after the discharge, before the admission, or from
    another hospital, it stays unexplained and flagged."""
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.encounter("adm", "p1", "o-kard", t("2026-02-09", "14:00"), t("2026-02-16", "11:00")),
            b.audit("night", "p1", t(WED, "02:30"), role_id="r-vagt"),
            b.audit("evening", "p1", t(WED, "21:00"), role_id="r-vagt"),
            b.audit("weekend", "p1", t(SAT, "13:00"), role_id="r-vagt"),
            b.audit("day", "p1", t(WED, "10:00"), role_id="r-vagt"),
            b.audit("after", "p1", t("2026-02-16", "23:00"), role_id="r-vagt"),
            b.audit("before", "p1", t("2026-02-08", "23:00"), role_id="r-vagt"),
            b.audit("other-hosp", "p1", t(WED, "02:30"), role_id="r-andet"),
        ],
        extra=_cover_world(),
    )
    for eid in ("night", "evening", "weekend"):
        assert rule(doc, eid) == "cover", eid
        assert _flags(doc, eid) == [], eid
    assert "vagt for hinanden" in entry(doc, "night")["explained_by"]["text"]
    assert "Kardiologisk afdeling" in entry(doc, "night")["explained_by"]["text"]
    for eid in ("day", "after", "before", "other-hosp"):
        assert rule(doc, eid) is None, eid
        assert "no_relation" in _flags(doc, eid), eid
    assert "after_hours" in _flags(doc, "after")


def test_cover_groups_are_clinical_hospital_departments():
    orgs = build_orgs(
        [
            ("reg", "Region", "region", None),
            ("h", "Sygehus", "hospital", "reg"),
            ("k", "Kardiologi", "department", "h"),
            ("m", "Medicin", "department", "h"),
            ("r", "Radiologisk afdeling", "department", "h"),
            ("kom", "Kommune", "municipality", None),
            ("hj", "Hjemmeplejen", "homecare", "kom"),
            ("v", "Visitationen", "department", "kom"),
            ("gp", "Lægehuset", "gp", None),
        ]
    )
    g = {oid: int(orgs.cover_group[i]) for i, oid in enumerate(orgs.ids)}
    h = orgs.index["h"]
    assert g["k"] == g["m"] == h
    assert g["r"] == -1  # a service department serves by its own rule
    assert g["h"] == g["hj"] == g["v"] == g["gp"] == g["kom"] == -1


def test_off_hours():
    import numpy as np

    ts = [t(WED, "06:59"), t(WED, "07:00"), t(WED, "17:59"), t(WED, "18:00"), t(SAT, "12:00")]
    from datetime import datetime

    sec = np.array([int(datetime.fromisoformat(x).timestamp()) for x in ts], dtype=np.int64)
    assert core.off_hours(sec).tolist() == [True, False, False, True, True]


# --- three working days end at the end of the day -------------------------------------------


def test_three_working_days_end_at_the_end_of_the_third_working_day(db_url, tmp_path, world):
    """A discharge letter typed in the afternoon of the third working day after a morning
    discharge is in time; the next morning is not."""
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.encounter("adm", "p1", "o-kard", t("2026-02-02", "08:00"), t("2026-02-09", "11:00")),
            b.audit("thu-pm", "p1", t("2026-02-12", "15:30"), role_id="r-holm"),
            b.audit("thu-late", "p1", t("2026-02-12", "23:30"), role_id="r-holm"),
            b.audit("fri", "p1", t("2026-02-13", "08:00"), role_id="r-holm"),
        ],
    )
    assert rule(doc, "thu-pm") == "enc_staff" or rule(doc, "thu-pm") == "enc_org"
    assert rule(doc, "thu-late") is not None
    assert rule(doc, "fri") is None


def test_working_days_after_is_the_end_of_a_local_day():
    from datetime import datetime

    import numpy as np

    mon = int(datetime.fromisoformat("2026-02-09T11:00:00+01:00").timestamp())
    fri = int(datetime.fromisoformat("2026-02-13T16:00:00+01:00").timestamp())
    summer_fri = int(datetime.fromisoformat("2026-06-12T16:00:00+02:00").timestamp())
    got = explain.working_days_after(np.array([mon, fri, summer_fri], dtype=np.int64), 3)
    assert [datetime.fromtimestamp(int(x), core.TZ).isoformat() for x in got] == [
        "2026-02-12T23:59:59+01:00",  # Monday -> Thursday 24:00
        "2026-02-18T23:59:59+01:00",  # Friday -> Wednesday 24:00
        "2026-06-17T23:59:59+02:00",
    ]


# --- the words ------------------------------------------------------------------------------


def test_the_sentences_of_the_new_rules():
    assert T.group_reason("homecare_shared", "episode", None) == "under dit hjemmeplejeforløb"
    assert T.group_reason("cover", "encounter", "indlæggelse") == (
        "som vagt for en anden afdeling under din indlæggelse"
    )
    s = T.explanation_text(
        "cover", "encounter", "indlæggelse", "Kardiologisk afdeling", "09.02.2026", "16.02.2026"
    )
    assert s == (
        "Hospitalets afdelinger har vagt for hinanden om aftenen, om natten og i weekenden, og "
        "opslaget skete under din indlæggelse på Kardiologisk afdeling fra 09.02.2026 til "
        "16.02.2026."
    )


# --- the DuckDB analysis follows ------------------------------------------------------------


def test_duckdb_equals_numpy_on_shared_home_care_and_on_call_cover(db_url, tmp_path, world):
    pytest.importorskip("duckdb")
    from indsigt.analytics import service
    from indsigt.db import init_db
    from test_analytics import assert_same, coverage, numpy_then

    run_log(
        db_url,
        tmp_path,
        world,
        [
            *_homecare_log(),
            b.audit("nabo", "p1", t(WED, "08:10"), role_id="r-nabo"),
            b.encounter("adm", "p4", "o-kard", t("2026-02-09", "14:00"), t("2026-02-16", "11:00")),
            b.encounter("adm2", "p4", "o-rets", t("2026-02-10", "14:00"), t("2026-02-12", "11:00")),
            b.audit("night", "p4", t(WED, "02:30"), role_id="r-vagt"),
            b.audit("day", "p4", t(WED, "10:00"), role_id="r-vagt"),
            b.audit("other-hosp", "p4", t(WED, "02:30"), role_id="r-andet"),
            b.audit("letter", "p4", t("2026-02-19", "15:00"), role_id="r-holm"),
        ],
        extra=_homecare_world() + _cover_world(),
    )
    engine = init_db(db_url)
    numpy, duck = numpy_then(
        engine, lambda: service.analyze(engine, engine_name="duckdb", parquet=None)
    )
    rules, _ = coverage(numpy)
    assert {"template", "cover", "enc_org"} <= rules, rules
    assert_same(numpy, duck, "duckdb")
