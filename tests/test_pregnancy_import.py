"""Importing a pregnancy as FHIR R4 NDJSON (contract 1.1): EpisodeOfCare of type pregnancy,
visits, GM-coded Observations, a Condition, a QuestionnaireResponse — written by hand in the GM
model's codes (tests/pregnancy_world.py), not by indsigt's own generator or exporter."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

import builders as b
import pregnancy_world as w
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.store import AccessEntry, Relation
from indsigt.store.pregnancy import (
    Pregnancy,
    PregnancyElement,
    PregnancyElementVersion,
    PregnancyTeam,
    PregnancyVisit,
)


@pytest.fixture
def world(db_url: str, tmp_path: Path) -> dict:
    return w.load_world(db_url, tmp_path)


def _import(url: str, path: Path, resources: list[dict]):  # type: ignore[no-untyped-def]
    return Importer(init_db(url), progress=False).run([b.write_ndjson(path, resources)])


def _versions(url: str) -> int:
    with session_scope(url) as s:
        return s.scalar(select(func.count()).select_from(PregnancyElementVersion))


def test_pregnancy_header_team_visits_and_elements(db_url, world) -> None:
    with session_scope(db_url) as s:
        p = s.get(Pregnancy, "preg-anna")
        assert p.patient_id == "p-anna" and p.due_date == world["due"]
        assert (p.gravida, p.para, p.due_basis, p.birthplace_id) == (1, 0, "ultrasound", "o-foede")
        team = set(s.scalars(select(PregnancyTeam.organization_id)))
        # managing org, the visits' orgs, the planned birthplace, the booked home visit's org
        assert team == {"o-gp", "o-ul", "o-jmc", "o-foede", "o-sp"}
        visits = {(v.kind, v.id) for v in s.scalars(select(PregnancyVisit))}
        assert ("appointment", "apt-sp1") in visits and ("encounter", "enc-jm2") in visits
        els = {e.id: e for e in s.scalars(select(PregnancyElement))}
        assert els["obs-sfh-enc-jm2"].kind == "symfyse-fundus"
        assert els["obs-sfh-enc-jm2"].visit_id == "enc-jm2"
        v = s.get(PregnancyElementVersion, ("obs-sfh-enc-jm2", 1))
        assert v.value == {"value": {"value": 290.0, "unit": "mm"}}  # 29 cm converted to mm
        assert (v.author_staff_id, v.author_role_id, v.author_org_id) == ("s-jm", "r-jm", "o-jmc")
        assert v.author_profession == "midwife" and v.source == "fhir"
        assert els["cond-angst"].section == "psykisk"  # ICD-10 chapter F
        assert els["obs-partner"].section == "partner"
        assert els["qr-anna"].kind == "foedselsoensker"
        assert s.get(PregnancyElementVersion, ("qr-anna", 1)).author_kind == "citizen"
        # each team organisation has a treatment relation (the access log explains by it)
        rel = {
            r.organization_id
            for r in s.scalars(select(Relation).where(Relation.text == "Graviditetsforløb"))
        }
        assert rel == team


def test_reimport_is_idempotent_and_a_change_is_a_new_version(db_url, world, tmp_path) -> None:
    before = _versions(db_url)
    preg, _ = w.pregnancy_resources()
    report = _import(db_url, tmp_path / "again.ndjson", preg)
    assert report.ok, report.problems
    assert _versions(db_url) == before  # the same content: nothing new
    changed = [r for r in preg if r["id"] == "obs-sys-enc-jm2"]
    changed[0]["valueQuantity"]["value"] = 131
    changed[0]["status"] = "corrected"
    assert _import(db_url, tmp_path / "changed.ndjson", changed).ok
    with session_scope(db_url) as s:
        el = s.get(PregnancyElement, "obs-sys-enc-jm2")
        assert el.version == 2
        old, new = (s.get(PregnancyElementVersion, ("obs-sys-enc-jm2", n)) for n in (1, 2))
        assert old.value["value"]["value"] == 121 and new.value["value"]["value"] == 131
        assert new.status == "amended" and new.reason and new.source == "fhir"


def test_a_bad_line_stores_nothing_of_the_file_and_names_file_and_line(
    db_url, world, tmp_path
) -> None:
    before = _versions(db_url)
    at = w.iso(w.utcnow())
    good = w.measurement(
        "obs-new",
        "p-anna",
        "27113001",
        w.qty(73, "kg"),
        w.utcnow(),
        role="r-jm",
        episode_id="preg-anna",
    )
    bad_unit = w.measurement(
        "obs-bad1",
        "p-anna",
        "271649006",
        w.qty(120, "kPa"),
        w.utcnow(),
        role="r-jm",
        episode_id="preg-anna",
    )
    bad_comp = w.model_element(
        "obs-bad2",
        "p-anna",
        "363905002",
        [("999999", {"valueBoolean": True})],
        w.utcnow(),
        role="r-jm",
        episode_id="preg-anna",
    )
    out_of_range = w.measurement(
        "obs-bad3",
        "p-anna",
        "271649006",
        w.qty(1200, "mmHg"),
        w.utcnow(),
        role="r-jm",
        episode_id="preg-anna",
    )
    dangling = w.measurement(
        "obs-bad4", "p-anna", "27113001", w.qty(70, "kg"), w.utcnow(), episode_id="preg-nope"
    )
    report = _import(
        db_url, tmp_path / "bad.ndjson", [good, bad_unit, bad_comp, out_of_range, dangling]
    )
    assert not report.ok
    msgs = [str(p) for p in report.problems]
    assert any(":2:" in m and "kPa" in m for m in msgs), msgs
    assert any(":3:" in m and "999999" in m for m in msgs), msgs
    assert any(":4:" in m and "uden for det mulige" in m for m in msgs), msgs
    assert _versions(db_url) == before  # nothing of the file
    with session_scope(db_url) as s:
        assert s.get(PregnancyElement, "obs-new") is None
    # a link to a pregnancy that does not exist: found when the rows are written, same rule
    report = _import(db_url, tmp_path / "dangling.ndjson", [good, dangling])
    msgs = [str(p) for p in report.problems]
    assert len(msgs) == 1 and ":2:" in msgs[0] and "EpisodeOfCare/preg-nope" in msgs[0], msgs
    assert _versions(db_url) == before
    assert at


def test_elements_about_no_pregnancy_are_skipped_and_counted(db_url, world, tmp_path) -> None:
    """A bulk export holds vital signs, lab values and diagnoses of people who are not pregnant
    (as the Synthea export in tests/interop does): counted and skipped, never an error."""
    long_ago = w.utcnow() - timedelta(days=2000)
    weight = w.measurement("obs-old", "p-anna", "27113001", w.qty(60, "kg"), long_ago)
    hba1c = {
        "resourceType": "Observation",
        "id": "lab-1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}]},
        "subject": {"reference": "Patient/p-carl"},
        "valueQuantity": {"value": 41, "unit": "mmol/mol"},
    }
    asthma = {
        "resourceType": "Condition",
        "id": "cond-astma",
        "code": {
            "coding": [
                {"system": "http://snomed.info/sct", "code": "195967001", "display": "Astma"}
            ]
        },
        "subject": {"reference": "Patient/p-anna"},
        "recordedDate": w.iso(w.utcnow()),
    }
    report = _import(db_url, tmp_path / "bulk.ndjson", [weight, hba1c, asthma])
    assert report.ok, report.problems
    skipped = report.files[0].skipped
    assert skipped == {"Observation": 2, "Condition": 1}, skipped
    with session_scope(db_url) as s:
        for eid in ("obs-old", "lab-1", "cond-astma"):
            assert s.get(PregnancyElement, eid) is None  # a diagnosis does not move in by its date


def test_element_found_by_time_when_it_names_no_pregnancy(db_url, world, tmp_path) -> None:
    obs = w.measurement("obs-bytime", "p-anna", "27113001", w.qty(74, "kg"), w.utcnow())
    assert _import(db_url, tmp_path / "t.ndjson", [obs]).ok
    with session_scope(db_url) as s:
        assert s.get(PregnancyElement, "obs-bytime").pregnancy_id == "preg-anna"


def test_pregnancy_of_another_woman_is_refused(db_url, world, tmp_path) -> None:
    obs = w.measurement(
        "obs-x", "p-carl", "27113001", w.qty(74, "kg"), w.utcnow(), episode_id="preg-anna"
    )
    report = _import(db_url, tmp_path / "x.ndjson", [obs])
    assert not report.ok and "anden borger" in str(report.problems[0])


def test_import_writes_no_access_log_entries(db_url, world) -> None:
    """An import is data arriving, not a professional reading: no entry of indsigt's own log."""
    with session_scope(db_url) as s:
        assert s.scalar(select(func.count()).select_from(AccessEntry)) == 0


def test_episode_that_is_not_a_pregnancy_stays_a_plain_relation(db_url, world, tmp_path) -> None:
    ep = b.episode("ep-kard", "p-carl", "o-kard", "2026-01-01", None, "Hjerteforløb")
    assert _import(db_url, tmp_path / "ep.ndjson", [ep]).ok
    with session_scope(db_url) as s:
        assert s.get(Pregnancy, "ep-kard") is None
        assert s.get(Relation, ("episode", "ep-kard")) is not None


def test_the_pregnancy_export_imports_back_identically(db_url, world, tmp_path) -> None:
    """Round trip: the FHIR documents indsigt exports are valid input for another indsigt."""
    from indsigt.pregnancy import services

    p = w.professional(db_url, "gp")
    with session_scope(db_url) as s:
        docs = [services.export_document(s, p, "preg-anna", k) for k in ("PSCR", "PRF", "PMR")]
    resources = []
    seen = set()
    for d in docs:
        for e in d["entry"]:
            r = e["resource"]
            if (
                r["resourceType"] in ("Observation", "Condition", "QuestionnaireResponse")
                and r["id"] not in seen
            ):
                seen.add(r["id"])
                resources.append({k: v for k, v in r.items() if k != "meta"})
    assert len(resources) > 15
    before = _versions(db_url)
    report = _import(db_url, tmp_path / "back.ndjson", resources)
    assert report.ok, report.problems
    assert _versions(db_url) == before  # the same values come back: no new versions
