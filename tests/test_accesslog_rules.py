"""Access log: each explanation rule and each flag, with a positive and a negative case."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import builders as b
from indsigt.accesslog import build_log
from indsigt.db import init_db, session_scope
from indsigt.importing import import_files
from indsigt.protect.base import NoProtection

AT = datetime(2026, 12, 31)
TUE = "2026-02-10"  # a Tuesday in winter time (+01:00)


def t(day: str, hm: str = "10:00") -> str:
    return f"{day}T{hm}:00+01:00"


def run_log(
    db_url: str,
    tmp: Path,
    world: dict[str, list[dict]],
    resources: list[dict],
    *,
    csv_rows: list[dict[str, str]] | None = None,
    extra: list[dict] = (),  # type: ignore[assignment]
    subject: str = "p1",
    system_users: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> dict[str, Any]:
    """Import the world and ``resources`` (relations + audit events), return the log with entries."""
    if system_users is not None:
        assert monkeypatch is not None
        from indsigt.config import get_settings

        monkeypatch.setenv("INDSIGT_SYSTEM_USERS", system_users)
        get_settings.cache_clear()
    files = [
        b.write_ndjson(
            tmp / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"] + list(extra)
        ),
        b.write_ndjson(tmp / "data.ndjson", resources),
    ]
    if csv_rows:
        files.append(b.write_csv(tmp / "log.csv", csv_rows))
    # the import service: import, then the access log's refresh (mined templates, peers)
    report = import_files(init_db(db_url), files, alerts=False, record=False).report
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        return build_log(s, subject, AT, NoProtection(), entries=True)


def entry(doc: dict[str, Any], eid: str) -> dict[str, Any]:
    return next(e for e in doc["entries"] if e["id"] == eid)


def rule(doc: dict[str, Any], eid: str) -> str | None:
    e = entry(doc, eid)
    return e["explained_by"]["rule"] if e["explained_by"] else None


# --- explanations --------------------------------------------------------------------------


def test_episode_in_own_organisation_with_grace(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-05", "2026-02-01"),
            b.audit("in", "p1", t(TUE), role_id="r-holm"),  # 9 days after the end: grace
            b.audit("late", "p1", t("2026-04-01"), role_id="r-holm"),  # 2 months after
            b.audit("other", "p1", t(TUE), role_id="r-berg"),  # home care: no relation
        ],
    )
    e = entry(doc, "in")
    assert e["explained_by"]["kind"] == "episode" and e["explained_by"]["id"] == "ep1"
    assert e["state"] == "explained" and e["flags"] == []
    assert "behandlingsforløb" in e["explained_by"]["text"]
    assert entry(doc, "late")["explained_by"] is None
    assert entry(doc, "late")["flags"] == ["no_relation"]
    assert entry(doc, "other")["explained_by"] is None


def test_grace_period_follows_the_setting(db_url, tmp_path, world, monkeypatch):
    from indsigt.config import get_settings

    monkeypatch.setenv("INDSIGT_EPISODE_GRACE_DAYS", "5")
    get_settings.cache_clear()
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-05", "2026-02-01"),
            b.audit("in", "p1", t("2026-02-04"), role_id="r-holm"),
            b.audit("out", "p1", t(TUE), role_id="r-holm"),
        ],
    )
    assert rule(doc, "in") == "episode"
    assert rule(doc, "out") is None


def test_parent_and_child_organisations_but_not_siblings(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "p1", "o-hosp", "2026-01-05"),  # the hospital (parent of o-kard)
            b.episode("ep2", "p4", "o-kard", "2026-01-05"),  # the department, p4
            b.audit("child", "p1", t(TUE), role_id="r-holm"),  # user in a child department
            b.audit("sib", "p4", t(TUE), role_id="r-lund"),  # sibling department of o-kard
        ],
        extra=[],
    )
    assert rule(doc, "child") == "episode"
    with session_scope(db_url) as s:
        doc4 = build_log(s, "p4", AT, NoProtection(), entries=True)
    assert rule(doc4, "sib") is None


def test_encounter_with_the_user_or_the_department(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.encounter("en1", "p1", "o-kard", t(TUE, "08:00"), t(TUE, "12:00"), ["r-skov"]),
            b.encounter(
                "en2", "p1", "o-rtg", t("2026-03-02"), t("2026-03-02", "11:00"), ["r-holm"]
            ),
            b.audit("user", "p1", t("2026-03-03"), role_id="r-holm"),  # participant, next day
            b.audit("dept", "p1", t(TUE, "11:00"), role_id="r-holm"),  # same department
            b.audit("after", "p1", t("2026-02-13", "11:30"), role_id="r-holm"),  # Friday
            b.audit("later", "p1", t("2026-02-16", "09:00"), role_id="r-holm"),  # Monday
            b.audit("before", "p1", t(TUE, "05:00"), role_id="r-holm"),  # 3 hours before
            b.audit("far", "p1", t("2026-02-20"), role_id="r-holm"),  # 10 days after
            # an encounter ending on a Friday reaches into Wednesday (three working days)
            b.encounter("en3", "p4", "o-kard", t("2026-03-06", "08:00"), t("2026-03-06", "16:00")),
            b.audit("wed", "p4", t("2026-03-11", "12:00"), role_id="r-holm"),
            b.audit("thu", "p4", t("2026-03-12", "12:00"), role_id="r-holm"),
        ],
    )
    assert rule(doc, "user") == "enc_staff"
    assert entry(doc, "user")["explained_by"]["id"] == "en2"
    assert rule(doc, "dept") == "enc_org"
    # an encounter explains its own period, from 2 hours before to three working days after
    assert rule(doc, "after") == "enc_org"
    assert rule(doc, "later") is None
    assert rule(doc, "before") is None
    assert rule(doc, "far") is None
    with session_scope(db_url) as s:
        d4 = build_log(s, "p4", AT, NoProtection(), entries=True)
    assert rule(d4, "wed") == "enc_org"
    assert rule(d4, "thu") is None


def test_appointment_with_the_user_and_preparation_before(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.appointment(
                "ap1", "p1", "r-skov", t("2026-03-02", "09:00"), t("2026-03-02", "09:30")
            ),
            b.audit("prep", "p1", t("2026-02-24"), role_id="r-skov"),  # a week before
            b.audit("sec", "p1", t("2026-02-27"), role_id="r-holm"),  # same department
            b.audit("early", "p1", t("2026-01-10"), role_id="r-skov"),  # 7 weeks before
        ],
    )
    assert rule(doc, "prep") == "apt_staff"
    assert entry(doc, "prep")["explained_by"]["kind"] == "appointment"
    assert rule(doc, "sec") == "apt_org"
    assert rule(doc, "early") is None


def test_referral_to_and_from_the_users_organisation(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.referral("rf1", "p1", "r-skov", "o-rtg", "2026-02-09"),  # kard -> radiology
            b.role("r-rad", "s-berg", "o-rtg", "Radiograf"),
            b.audit("to", "p1", t(TUE), role_id="r-rad"),  # the performer
            b.audit("from", "p1", t("2026-03-10"), role_id="r-holm"),  # the requester's dept
            b.audit("none", "p1", t(TUE), role_id="r-lund"),  # neither
        ],
    )
    assert rule(doc, "to") == "referral"
    assert rule(doc, "from") == "referral"
    assert "henvist" in entry(doc, "to")["explained_by"]["text"]
    assert rule(doc, "none") is None


def test_note_written_by_the_user(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.document("d1", "p1", "r-lund", t("2026-02-09"), "Samtale.", custodian="o-rets"),
            b.audit("author", "p1", t(TUE), role_id="r-lund"),
            b.audit("colleague", "p1", t(TUE), role_id="r-skov"),
        ],
    )
    assert rule(doc, "author") == "doc_author"
    assert entry(doc, "author")["explained_by"] == {
        "kind": "document",
        "id": "d1",
        "text": entry(doc, "author")["explained_by"]["text"],
        "rule": "doc_author",
    }
    assert rule(doc, "colleague") is None


def test_home_care_episode_reads_as_home_care(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("hc1", "p1", "o-hjem", "2025-06-01", text="Hjemmepleje"),
            b.audit("visit", "p1", t(TUE, "07:30"), role_id="r-berg"),
            b.audit("other", "p1", t(TUE, "07:30"), role_id="r-lund"),
        ],
    )
    assert rule(doc, "visit") == "homecare"
    assert entry(doc, "visit")["explained_by"]["kind"] == "episode"
    assert "hjemmepleje" in entry(doc, "visit")["explained_by"]["text"]
    g = next(g for g in doc["groups"] if g["state"] == "explained")
    assert g["summary"].endswith("under dit hjemmeplejeforløb")
    assert rule(doc, "other") is None


def test_own_general_practice(db_url, tmp_path, world):
    extra = [
        b.org("o-gp", "Lægerne i Søndergade", sor="300", type_="gp"),
        b.role("r-gp", "s-skov", "o-gp", "Praktiserende læge"),
        b.role("r-gp2", "s-berg", "o-gp", "Lægesekretær"),
    ]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.encounter("gpv", "p1", "o-gp", t("2026-01-05"), t("2026-01-05", "10:15"), ["r-gp"]),
            b.audit("gp", "p1", t("2026-06-10"), role_id="r-gp2"),  # months later
        ],
        extra=extra,
    )
    assert rule(doc, "gp") == "gp"
    with session_scope(db_url) as s:
        doc4 = build_log(s, "p4", AT, NoProtection(), entries=True)
    assert doc4["total"] == 0


def test_service_department_by_type_serves_its_region_and_the_practices(db_url, tmp_path, world):
    """Radiology reads the images of the region's patients (no referral in the data) and of
    those the general practices send: a service department by its name serves every relation of
    its region and of the practices, from the relation's start to 30 days after its end."""
    extra = [
        b.practitioner("s-rad", "Rie", "Graf"),
        b.role("r-rad", "s-rad", "o-rtg", "Radiograf"),
        b.org("o-h2", "Andet Sygehus", sor="120", part_of="o-reg", type_="hospital"),
        b.org("o-h2-med", "Medicinsk afdeling", sor="121", part_of="o-h2"),
        b.org("o-reg2", "Region Andetsteds", sor="500", type_="region"),
        b.org("o-h3", "Fjernt Sygehus", sor="510", part_of="o-reg2", type_="hospital"),
        b.org("o-gp", "Lægerne i Byen", sor="300", type_="gp"),
        b.patient("pz", "Zeta", "Zander"),
        b.patient("pg", "Gert", "Gunnersen"),
        b.patient("pf", "Frida", "Fjern"),
    ]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-05", "2026-03-01"),
            b.audit("img", "p1", t(TUE), role_id="r-rad"),  # during the cardiology episode
            b.audit("report", "p1", t("2026-03-25"), role_id="r-rad"),  # 24 days after its end
            b.audit("late", "p1", t("2026-06-01"), role_id="r-rad"),  # long after
            b.audit("none", "pz", t(TUE), role_id="r-rad"),  # a citizen without a relation
            b.audit("psy", "p1", t(TUE), role_id="r-lund"),  # psychiatry is no service dept
            b.episode("ep2", "p4", "o-h2-med", "2026-01-05", "2026-03-01"),
            b.audit("other", "p4", t(TUE), role_id="r-rad"),  # another hospital of the region
            b.encounter("gpv", "pg", "o-gp", t(TUE, "08:00"), t(TUE, "08:15")),
            b.audit("gp", "pg", t("2026-02-11"), role_id="r-rad"),  # the GP sent the patient
            b.episode("ep3", "pf", "o-h3", "2026-01-05", "2026-03-01"),
            b.audit("far", "pf", t(TUE), role_id="r-rad"),  # another region
        ],
        extra=extra,
    )
    assert rule(doc, "img") == "service"
    assert "arbejder for andre afdelinger" in entry(doc, "img")["explained_by"]["text"]
    assert rule(doc, "report") == "service"
    assert rule(doc, "late") is None
    assert rule(doc, "psy") is None
    with session_scope(db_url) as s:
        got = {
            p: build_log(s, p, AT, NoProtection(), entries=True) for p in ("pz", "p4", "pg", "pf")
        }
    assert rule(got["pz"], "none") is None
    assert rule(got["p4"], "other") == "service"
    assert rule(got["pg"], "gp") == "service"
    assert rule(got["pf"], "far") is None


def test_a_cover_unit_serves_its_municipality(db_url, tmp_path, world):
    """The municipality's night team reads the home-care citizens of every district."""
    extra = [
        b.org("o-nat", "Natteplejen Testby", sor="211", part_of="o-kom", type_="homecare"),
        b.practitioner("s-nat", "Nina", "Nat"),
        b.role("r-nat", "s-nat", "o-nat", "Sygeplejerske"),
    ]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("hc1", "p1", "o-hjem", "2025-06-01", text="Hjemmepleje"),
            b.audit("night", "p1", t(TUE, "02:00"), role_id="r-nat"),
            b.audit("ward", "p4", t(TUE, "02:00"), role_id="r-nat"),  # no home care there
        ],
        extra=extra,
    )
    assert rule(doc, "night") == "service"
    with session_scope(db_url) as s:
        d4 = build_log(s, "p4", AT, NoProtection(), entries=True)
    assert rule(d4, "ward") is None


def _cover_world(weeks: int, users: int, patients: int) -> tuple[list[dict], list[dict]]:
    """Medicine's doctors (``users`` of them) cover cardiology at night: they read cardiology's
    admitted patients over ``weeks`` weeks; 40 other citizens are seen by their GP only."""
    extra = [b.org("o-med", "Medicinsk afdeling", sor="114", part_of="o-hosp")]
    extra += [b.org("o-gp", "Lægerne i Byen", sor="300", type_="gp")]
    for i in range(users):
        extra += [
            b.practitioner(f"s-med{i}", "Vagt", f"Læge{i}"),
            b.role(f"r-med{i}", f"s-med{i}", "o-med", "Reservelæge"),
        ]
    extra += [b.practitioner("s-gp", "Ib", "Almen"), b.role("r-gp", "s-gp", "o-gp", "Læge")]
    res: list[dict] = []
    for k in range(patients):
        pid = f"px{k}"
        extra.append(b.patient(pid, "Pat", f"Ient{k}"))
        week = k % weeks
        day = f"2026-02-{2 + week * 7:02d}" if week < 4 else f"2026-03-{week * 7 - 26:02d}"
        res.append(b.episode(f"epx{k}", pid, "o-kard", day, "2026-04-30"))
        res.append(b.audit(f"rx{k}", pid, t(day, "23:00"), role_id=f"r-med{k % users}"))
    for k in range(40):
        pid = f"pq{k}"
        extra.append(b.patient(pid, "Other", f"Person{k}"))
        res.append(b.encounter(f"gq{k}", pid, "o-gp", t("2026-05-04"), t("2026-05-04", "10:15")))
        res.append(b.audit(f"gq{k}", pid, t("2026-05-04"), role_id="r-gp"))
    # a psychologist of forensic psychiatry looks at 12 cardiology patients: one user
    res += [b.audit(f"lx{k}", f"px{k}", t("2026-02-11"), role_id="r-lund") for k in range(12)]
    return extra, res


def test_mined_template_for_a_cover_team(db_url, tmp_path, world):
    """Many doctors of medicine read cardiology's patients at night over several weeks: a
    template; the lone psychologist who does the same never makes one."""
    extra, res = _cover_world(weeks=4, users=4, patients=14)
    doc = run_log(db_url, tmp_path, world, res, extra=extra, subject="px0")
    assert rule(doc, "rx0") == "template"
    assert "Kardiologisk afdeling" in entry(doc, "rx0")["explained_by"]["text"]
    assert rule(doc, "lx0") is None
    with session_scope(db_url) as s:
        from sqlalchemy import text

        tpl = s.execute(
            text("SELECT user_org, relation_org, users, weeks FROM accesslog_template")
        ).all()
    assert [(a, r) for a, r, _, _ in tpl] == [("o-med", "o-kard")]
    assert tpl[0][2] == 4 and tpl[0][3] == 4


@pytest.mark.parametrize(
    ("weeks", "users"),
    [(1, 4), (4, 2)],  # one night's burst; two users only
)
def test_no_template_without_evidence_over_time_and_users(db_url, tmp_path, world, weeks, users):
    extra, res = _cover_world(weeks=weeks, users=users, patients=14)
    doc = run_log(db_url, tmp_path, world, res, extra=extra, subject="px0")
    assert rule(doc, "rx0") is None
    with session_scope(db_url) as s:
        from sqlalchemy import text

        assert s.execute(text("SELECT COUNT(*) FROM accesslog_template")).scalar() == 0


# --- flags ---------------------------------------------------------------------------------


def _flags(doc: dict[str, Any], eid: str) -> list[str]:
    return entry(doc, eid)["flags"]


def test_same_surname_hyphens_danish_letters_and_case(db_url, tmp_path, world):
    extra = [
        b.patient("pS", "Eva", "SOERENSEN"),
        b.patient("pH", "Ole", "holm-nielsen"),
        b.patient("pN", "Ib", "Sørensby"),
    ]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.audit("lund", "pS", t(TUE), role_id="r-lund"),  # Lund-Sørensen vs SOERENSEN
            b.audit("holm", "pH", t(TUE), role_id="r-holm"),  # Holm vs holm-nielsen
            b.audit("no", "pN", t(TUE), role_id="r-lund"),  # Sørensby: a different name
        ],
        extra=extra,
        subject="pS",
    )
    assert "same_surname" in _flags(doc, "lund")
    assert entry(doc, "lund")["state"] == "flagged"
    with session_scope(db_url) as s:
        dh = build_log(s, "pH", AT, NoProtection(), entries=True)
        dn = build_log(s, "pN", AT, NoProtection(), entries=True)
    assert "same_surname" in _flags(dh, "holm")
    assert _flags(dn, "no") == ["no_relation"]
    assert entry(dn, "no")["state"] == "unexplained"


def test_same_address(db_url, tmp_path, world):
    extra = [b.patient("pA", "Ib", "Andersen", address=("Skovvej 1", "9000", "Aalborg"))]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.audit("holm", "pA", t(TUE), role_id="r-holm"),  # Holm lives at Skovvej 1
            b.audit("skov", "pA", t(TUE), role_id="r-skov"),  # no address on record
        ],
        extra=extra,
        subject="pA",
    )
    assert "same_address" in _flags(doc, "holm")
    assert "same_address" not in _flags(doc, "skov")


def test_coworker_by_cpr_and_by_name_and_address(db_url, tmp_path, world):
    extra = [
        # the citizen p5 is staff member s-nurse (same CPR) in cardiology
        b.practitioner("s-nurse", "Lise", "Dahl", cpr="1212121212"),
        b.role("r-nurse", "s-nurse", "o-kard", "Sygeplejerske"),
        b.patient("p5", "Lise", "Dahl", cpr="1212121212"),
        # p6 is staff member s-porter by name and address (no CPR on the staff record)
        b.practitioner("s-porter", "Jens", "Bak", address=("Åvej 3", "8000", "Aarhus")),
        b.role("r-porter", "s-porter", "o-kard", "Portør"),
        b.patient("p6", "Jens", "Bak", cpr="0101010101", address=("Aavej 3", "8000", "Aarhus")),
    ]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.audit("mate", "p5", t(TUE), role_id="r-skov"),  # colleague in cardiology
            b.audit("stranger", "p5", t(TUE), role_id="r-berg"),  # home care: not a colleague
            b.audit("mate2", "p6", t(TUE), role_id="r-holm"),
        ],
        extra=extra,
        subject="p5",
    )
    assert "coworker" in _flags(doc, "mate")
    assert "coworker" not in _flags(doc, "stranger")
    assert "Du er ansat samme sted som brugeren." in entry(doc, "mate")["reasons"]
    with session_scope(db_url) as s:
        d6 = build_log(s, "p6", AT, NoProtection(), entries=True)
    assert "coworker" in _flags(d6, "mate2")


def test_self_lookup_by_cpr_and_by_name_and_address(db_url, tmp_path, world):
    extra = [
        b.practitioner(
            "s-twin",
            "Mette Louise",
            "Holm",
            cpr="0202020202",
            address=("Skovvej 1", "9000", "Aalborg"),
        ),
        b.role("r-twin", "s-twin", "o-hjem", "Sygeplejerske"),
        b.practitioner("s-nocpr", "Carl", "Nielsen", address=("Vej 9", "9000", "Aalborg")),
        b.role("r-nocpr", "s-nocpr", "o-rtg", "Radiograf"),
        b.patient("p7", "Carl", "Nielsen", cpr="0303030303", address=("Vej 9", "9000", "Aalborg")),
    ]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep3", "p3", "o-kard", "2026-01-05"),
            b.audit("self", "p3", t(TUE), role_id="r-holm"),  # Mette Holm (same CPR), explained
            b.audit("twin", "p3", t(TUE), role_id="r-twin"),  # same name + address, other CPR
            b.audit("nocpr", "p7", t(TUE), role_id="r-nocpr"),
        ],
        extra=extra,
        subject="p3",
    )
    e = entry(doc, "self")
    assert "self_lookup" in e["flags"] and e["explained_by"] is not None
    assert e["state"] == "flagged"  # a fact worth showing even during an admission
    assert "self_lookup" not in _flags(doc, "twin")
    with session_scope(db_url) as s:
        d7 = build_log(s, "p7", AT, NoProtection(), entries=True)
    assert "self_lookup" in _flags(d7, "nocpr")


def test_break_glass(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.audit("btg", "p1", t(TUE), role_id="r-lund", purpose="BTG"),
            b.audit("etreat", "p1", t(TUE), role_id="r-lund", purpose="ETREAT"),
            b.audit("treat", "p1", t(TUE), role_id="r-lund", purpose="TREAT"),
        ],
    )
    assert "break_glass" in _flags(doc, "btg")
    assert "break_glass" in _flags(doc, "etreat")
    assert "break_glass" not in _flags(doc, "treat")
    assert "værdispring" in " ".join(entry(doc, "btg")["reasons"])


def test_after_hours_weekend_and_encounter_then(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.encounter("er", "p1", "o-rtg", t("2026-02-11", "22:00"), t("2026-02-12", "03:00")),
            b.audit("night", "p1", t(TUE, "23:10"), role_id="r-lund"),
            b.audit("early", "p1", t(TUE, "06:40"), role_id="r-lund"),
            b.audit("saturday", "p1", t("2026-02-14", "11:00"), role_id="r-lund"),
            b.audit("day", "p1", t(TUE, "10:00"), role_id="r-lund"),
            b.audit("evening", "p1", t(TUE, "17:59"), role_id="r-lund"),
            b.audit("during", "p1", t("2026-02-11", "23:30"), role_id="r-lund"),  # in the ER then
        ],
    )
    for eid in ("night", "early", "saturday"):
        assert "after_hours" in _flags(doc, eid), eid
    for eid in ("day", "evening", "during"):
        assert "after_hours" not in _flags(doc, eid), eid


def test_after_hours_uses_summer_time(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            # 16:30 UTC = 18:30 in Copenhagen in June: after hours; in January it is 17:30
            b.audit("summer", "p1", "2026-06-10T16:30:00Z", role_id="r-lund"),
            b.audit("winter", "p1", "2026-01-14T16:30:00Z", role_id="r-lund"),
        ],
    )
    assert "after_hours" in _flags(doc, "summer")
    assert "after_hours" not in _flags(doc, "winter")


def test_high_volume_against_own_usual_volume_and_peers(db_url, tmp_path, world):
    pats, res = [], []
    for k in range(15):
        pats.append(b.patient(f"pv{k}", "Pa", f"Tient{k}"))
        res.append(
            b.audit(f"hv{k}", f"pv{k}", t(TUE, f"{9 + k % 8:02d}:{k:02d}"), role_id="r-lund")
        )
    # usual days: one unexplained citizen a day
    for d in range(3, 9):
        res.append(b.audit(f"u{d}", "pv0", t(f"2026-03-0{d}"), role_id="r-lund"))
    # another user looks at 4 unrelated citizens on one day: not unusual
    res += [b.audit(f"lo{k}", f"pv{k}", t(TUE), role_id="r-berg") for k in range(4)]
    doc = run_log(db_url, tmp_path, world, res, extra=pats, subject="pv1")
    assert "high_volume" in _flags(doc, "hv1")
    assert "high_volume" not in _flags(doc, "lo1")
    with session_scope(db_url) as s:
        d0 = build_log(s, "pv0", AT, NoProtection(), entries=True)
    assert "high_volume" not in _flags(d0, "u3")


def test_no_relation_is_neutral_unexplained(db_url, tmp_path, world):
    doc = run_log(db_url, tmp_path, world, [b.audit("a", "p1", t(TUE), role_id="r-lund")])
    e = entry(doc, "a")
    assert e["flags"] == ["no_relation"] and e["state"] == "unexplained"
    g = next(g for g in doc["groups"] if g["id"] == e["group"])
    assert g["state"] == "unexplained"
    assert "Vi kan ikke se en behandlingsrelation" in g["summary"]


def test_system_accesses_are_their_own_group(db_url, tmp_path, world, monkeypatch):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.audit("m1", "p1", t(TUE), external=("FMK", "FMK-integration"), machine=True),
            b.audit(
                "m2", "p1", t(TUE, "03:00"), external=("cpr-rep", "CPR-replikering (batchjob)")
            ),
            b.audit("m3", "p1", t(TUE), external=("svc-42", "Dataudtræk")),  # named in settings
            b.audit("human", "p1", t(TUE), external=("ext-1", "Vikar Jonas Berg"), org_id="o-kard"),
        ],
        system_users="svc-42",
        monkeypatch=monkeypatch,
    )
    for eid in ("m1", "m2", "m3"):
        assert entry(doc, eid)["state"] == "system" and entry(doc, eid)["flags"] == []
    assert entry(doc, "human")["state"] != "system"
    sys_groups = [g for g in doc["groups"] if g["system"]]
    assert len(sys_groups) == 1 and sys_groups[0]["count"] == 3
    assert sys_groups[0]["summary"].startswith("Systemer og integrationer (ikke personer)")
    assert doc["groups"][-1]["system"]  # machines last


def test_relationship_flags_on_explained_accesses_where_the_evidence_is_strong(
    db_url, tmp_path, world
):
    """A nurse who reads a relative admitted to her own ward (same address) is explained by the
    ward's episode and flagged; a Jensen reading a Jensen is not news."""
    extra = [
        b.practitioner("s-jens", "Ole", "Jensen"),
        b.role("r-jens", "s-jens", "o-kard", "Sygeplejerske"),
        b.practitioner("s-rare", "Ulla", "Kvistgaard-Bech"),
        b.role("r-rare", "s-rare", "o-kard", "Sygeplejerske"),
        b.patient("pR", "Eik", "Kvistgaard", cpr="0505050505"),
    ]
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-05"),  # p1 is Anna Jensen
            b.episode("ep2", "p2", "o-kard", "2026-01-05"),  # p2 lives with Mette Holm
            b.episode("ep3", "pR", "o-kard", "2026-01-05"),
            b.audit("ward", "p2", t(TUE, "23:00"), role_id="r-holm"),
            b.audit("jensen", "p1", t(TUE), role_id="r-jens"),
            b.audit("rare", "pR", t(TUE), role_id="r-rare"),
        ],
        extra=extra,
        subject="p2",
    )
    e = entry(doc, "ward")
    assert e["explained_by"]["id"] == "ep2"
    assert e["flags"] == ["same_address"] and e["state"] == "flagged"
    g = next(g for g in doc["groups"] if g["id"] == e["group"])
    assert "Bemærk: bor på din adresse" in g["summary"]
    assert "behandlingsforløb" in g["summary"]
    with session_scope(db_url) as s:
        d1 = build_log(s, "p1", AT, NoProtection(), entries=True)
        dr = build_log(s, "pR", AT, NoProtection(), entries=True)
    assert entry(d1, "jensen")["flags"] == [] and entry(d1, "jensen")["state"] == "explained"
    assert entry(dr, "rare")["flags"] == ["same_surname"]
    assert entry(dr, "rare")["explained_by"]["id"] == "ep3"


def test_csv_entries_are_explained_too(db_url, tmp_path, world):
    doc = run_log(
        db_url,
        tmp_path,
        world,
        [b.episode("hc1", "p1", "o-hjem", "2025-06-01", text="Hjemmepleje")],
        csv_rows=[
            {
                "regKode": "c1",
                "cprNrBorger": "6512401234",
                "bruger": "kab",
                "orgUsingID": "SOR:210",
                "systemName": "Cura",
                "tidspunkt": t(TUE),
                "formaal": "TREAT",
            },
            {
                "regKode": "c2",
                "cprNrBorger": "p1",
                "bruger": "nexus-integration-851",
                "brugerNavn": "Nexus-integration",
                "orgUsingID": "o-kom",
                "tidspunkt": t(TUE),
            },
        ],
    )
    assert rule(doc, "c1") == "homecare"
    assert entry(doc, "c2")["state"] == "system"
