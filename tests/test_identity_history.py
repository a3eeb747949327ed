"""The staff identity history (``staff_name``, ``staff_alias``, ``staff_membership``) and the
citizens' relatives (``related_person``): every name, identifier, telecom and role ever imported is
kept; a re-import adds and never forgets. User names count only with their domain."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select, text

import builders as b
from indsigt import migrations
from indsigt.db import get_engine, init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.store import (
    AccessEntry,
    RelatedPerson,
    Staff,
    StaffAlias,
    StaffMembership,
    StaffName,
)
from indsigt.timeutil import parse_fhir_datetime as day

AUTREG = "https://autregweb.sst.dk"


def _import(url: str, *paths: Path):
    return Importer(init_db(url), progress=False).run(paths)


def _nurse(**over) -> dict:
    """A nurse with several names (any order), identifiers of several systems and telecoms."""
    p = {
        "resourceType": "Practitioner",
        "id": "s-mlh",
        "identifier": [
            {"system": b.CPR, "value": "061080-1234"},
            {"system": "urn:indsigt:username", "value": "RSYD\\mlh"},
            {"system": "urn:oid:1.2.208.176.1.99.12", "value": "ANS-40312"},
        ],
        "name": [
            {"use": "nickname", "given": ["Mie"]},
            {"use": "official", "family": "Holm", "given": ["Mette", "Louise"], "prefix": ["spl."]},
            {"use": "maiden", "family": "Sørensen", "given": ["Mette", "Louise"]},
        ],
        "telecom": [
            {"system": "email", "value": "mette.holm@rsyd.dk"},
            {"system": "phone", "value": "+45 2222 3333"},
        ],
        "qualification": [
            {
                "code": {"text": "Sygeplejerske"},
                "identifier": [{"system": AUTREG, "value": "CBDJ6"}],
            }
        ],
    }
    p.update(over)
    return p


def _org(oid: str, sor: str) -> dict:
    return b.org(oid, f"Afdeling {oid}", sor=sor)


def _role(rid: str, org: str, start: str, end: str | None = None) -> dict:
    r = b.role(rid, "s-mlh", org, "Sygeplejerske")
    r["period"] = {"start": start} | ({"end": end} if end else {})
    return r


def _names(url: str) -> set[tuple]:
    with session_scope(url) as s:
        return {
            (n.given, n.family, n.prefix, n.use)
            for n in s.scalars(select(StaffName).where(StaffName.staff_id == "s-mlh"))
        }


def _aliases(url: str) -> set[tuple]:
    with session_scope(url) as s:
        return {
            (a.kind, a.value, a.system)
            for a in s.scalars(select(StaffAlias).where(StaffAlias.staff_id == "s-mlh"))
        }


def test_every_name_identifier_and_telecom_is_stored(db_url, tmp_path):
    f = b.write_ndjson(tmp_path / "staff.ndjson", [_nurse()])
    assert _import(db_url, f).ok
    assert _names(db_url) == {
        ("Mie", "", "", "nickname"),
        ("Mette Louise", "Holm", "spl.", "official"),
        ("Mette Louise", "Sørensen", "", "maiden"),
    }
    assert _aliases(db_url) == {
        ("cpr", "0610801234", b.CPR),
        ("username", "RSYD\\mlh", "urn:indsigt:username"),
        ("identifier", "ANS-40312", "urn:oid:1.2.208.176.1.99.12"),
        ("auth_id", "CBDJ6", AUTREG),
        ("email", "mette.holm@rsyd.dk", "email"),
        ("phone", "+45 2222 3333", "phone"),
    }
    with session_scope(db_url) as s:
        staff = s.get(Staff, "s-mlh")
        # the current values: the official name, not the nickname listed first
        assert (staff.given, staff.family, staff.prefix) == ("Mette Louise", "Holm", "spl.")
        assert (staff.cpr, staff.username, staff.auth_id, staff.email) == (
            "0610801234",
            "RSYD\\mlh",
            "CBDJ6",
            "mette.holm@rsyd.dk",
        )


def test_a_reimport_that_renames_adds_and_never_forgets(db_url, tmp_path):
    assert _import(db_url, b.write_ndjson(tmp_path / "a.ndjson", [_nurse()])).ok
    renamed = _nurse(
        name=[{"use": "official", "family": "Holm-Winther", "given": ["Mette"]}],
        identifier=[{"system": "urn:indsigt:username", "value": "RSYD\\mhw"}],
        telecom=[{"system": "email", "value": "mette.winther@rsyd.dk"}],
    )
    assert _import(db_url, b.write_ndjson(tmp_path / "b.ndjson", [renamed])).ok
    names = _names(db_url)
    assert ("Mette", "Holm-Winther", "", "official") in names
    assert ("Mette Louise", "Holm", "spl.", "official") in names  # the old name stays
    assert ("Mette Louise", "Sørensen", "", "maiden") in names
    aliases = _aliases(db_url)
    assert {("username", "RSYD\\mlh", "urn:indsigt:username"), ("cpr", "0610801234", b.CPR)} <= (
        aliases
    )
    assert ("username", "RSYD\\mhw", "urn:indsigt:username") in aliases
    assert ("email", "mette.holm@rsyd.dk", "email") in aliases
    with session_scope(db_url) as s:
        staff = s.get(Staff, "s-mlh")
        assert (staff.family, staff.username) == ("Holm-Winther", "RSYD\\mhw")
    # the old user name still names her in a log written before the rename
    log = b.write_csv(
        tmp_path / "log.csv",
        [
            {
                "regKode": "c1",
                "cprNrBorger": "p1",
                "bruger": "RSYD\\mlh",
                "tidspunkt": "2026-01-05T10:00:00+01:00",
            }
        ],
    )
    pat = b.write_ndjson(tmp_path / "p.ndjson", [b.patient("p1", "Anna", "Jensen")])
    assert _import(db_url, pat, log).ok
    with session_scope(db_url) as s:
        assert s.get(AccessEntry, "c1").user_staff_id == "s-mlh"


def test_role_history_keeps_every_organisation_with_its_period(db_url, tmp_path):
    orgs = [_org("o-a", "301"), _org("o-b", "302")]
    first = b.write_ndjson(
        tmp_path / "a.ndjson", [*orgs, _nurse(), _role("r1", "o-a", "2024-01-01", "2025-06-30")]
    )
    assert _import(db_url, first).ok
    moved = b.write_ndjson(tmp_path / "b.ndjson", [_role("r1", "o-b", "2025-07-01")])
    assert _import(db_url, moved).ok
    again = b.write_ndjson(tmp_path / "c.ndjson", [_role("r1", "o-b", "2025-07-01", "2026-01-31")])
    assert _import(db_url, again).ok
    with session_scope(db_url) as s:
        rows = {
            m.organization_id: m
            for m in s.scalars(select(StaffMembership).where(StaffMembership.role_id == "r1"))
        }
        assert set(rows) == {"o-a", "o-b"}
        a, bb = rows["o-a"], rows["o-b"]
        assert (a.start, a.end) == (day("2024-01-01"), day("2025-06-30"))
        assert a.staff_id == bb.staff_id == "s-mlh" and a.title == "Sygeplejerske"
        # the latest import's period; the first sighting is kept, the last one moves on
        assert (bb.start, bb.end) == (day("2025-07-01"), day("2026-01-31"))
        assert bb.first_seen <= bb.last_seen
        # the current role says where she is now
        role = s.execute(text("SELECT organization_id FROM staff_role WHERE id = 'r1'")).scalar()
        assert role == "o-b"


def test_related_persons_and_patient_contacts(db_url, tmp_path):
    patient = b.patient("p1", "Anna", "Jensen", cpr="6512401234")
    patient["contact"] = [
        {
            "relationship": [{"text": "datter"}],
            "name": {"family": "Holm", "given": ["Mette"]},
            "address": {"line": ["Bakkevej 2"], "postalCode": "9000", "city": "Aalborg"},
        },
        {"relationship": [{"coding": [{"code": "N", "display": "nabo"}]}], "name": {"text": "Bo"}},
    ]
    rel = {
        "resourceType": "RelatedPerson",
        "id": "rp1",
        "patient": {"reference": "Patient/p1"},
        "relationship": [{"coding": [{"code": "HUSB", "display": "ægtefælle"}]}],
        "name": [{"family": "Jensen", "given": ["Ole", "Bjørn"]}],
        "address": [{"line": ["Bakkevej 2"], "postalCode": "9000"}],
    }
    f = b.write_ndjson(tmp_path / "p.ndjson", [patient, rel])
    report = _import(db_url, f)
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        rows = {
            r.id: (r.patient_id, r.given, r.family, r.relationship, r.source, r.address_key)
            for r in s.scalars(select(RelatedPerson))
        }
    assert rows == {
        "p1#contact-1": ("p1", "Mette", "Holm", "datter", "Patient.contact", "bakkevej 2 9000"),
        "p1#contact-2": ("p1", "", "Bo", "nabo", "Patient.contact", None),
        "rp1": ("p1", "Ole Bjørn", "Jensen", "ægtefælle", "RelatedPerson", "bakkevej 2 9000"),
    }


def test_a_related_person_of_an_unknown_patient_is_an_error(db_url, tmp_path):
    rel = {"resourceType": "RelatedPerson", "id": "rp1", "patient": {"reference": "Patient/nn"}}
    f = b.write_ndjson(tmp_path / "r.ndjson", [rel])
    report = _import(db_url, f)
    assert [str(p) for p in report.problems] == [
        f"{f}:1: henvisningen Patient/nn peger på noget, der ikke findes"
    ]


def _user(url: str, entry: str) -> str | None:
    with session_scope(url) as s:
        return s.get(AccessEntry, entry).user_staff_id


def test_user_names_count_only_with_their_domain(db_url, tmp_path):
    """``RSYD\\lch`` and ``RN\\lch`` are two people; a bare ``lch`` is neither of them."""
    staff = [
        b.practitioner("s-rsyd", "Lise", "Christensen", username="RSYD\\lch"),
        b.practitioner("s-rn", "Lars", "Christiansen", username="RN\\lch"),
        b.practitioner("s-uniq", "Karen", "Berg", username="RSYD\\kab"),
        b.patient("p1", "Anna", "Jensen"),
    ]
    rows = [
        ("c1", "RSYD\\lch"),
        ("c2", "rn\\LCH"),
        ("c3", "lch"),
        ("c4", "kab"),
        ("c5", "XX\\kab"),
    ]
    log = b.write_csv(
        tmp_path / "log.csv",
        [
            {"regKode": r, "cprNrBorger": "p1", "bruger": u, "tidspunkt": "2026-01-05T10:00:00Z"}
            for r, u in rows
        ],
    )
    report = _import(db_url, b.write_ndjson(tmp_path / "s.ndjson", staff), log)
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        assert s.scalar(select(Staff.username).where(Staff.id == "s-rn")) == "RN\\lch"
    assert _user(db_url, "c1") == "s-rsyd"
    assert _user(db_url, "c2") == "s-rn"  # user names compare case-insensitively
    assert _user(db_url, "c3") is None  # ambiguous: nobody's, never the wrong person's
    assert _user(db_url, "c4") == "s-uniq"  # a bare name that only one person has
    assert _user(db_url, "c5") is None  # another domain's kab is someone else


def test_the_same_user_name_in_two_systems_is_two_people(db_url, tmp_path):
    """A domain may come as the identifier's system instead of a prefix."""
    a = b.practitioner("s-a", "Lise", "Christensen")
    a["identifier"] = [{"system": "urn:rsyd:ad:username", "value": "lch"}]
    c = b.practitioner("s-b", "Lars", "Christiansen")
    c["identifier"] = [{"system": "urn:rn:ad:username", "value": "lch"}]
    audit = [
        b.audit("a1", "p1", "2026-01-05T10:00:00Z", external=("lch", "L. Christensen")),
        b.audit("a2", "p1", "2026-01-05T10:00:00Z", external=("lch", "L. Christiansen")),
    ]
    audit[1]["agent"][0]["who"]["identifier"]["system"] = "urn:rn:ad:username"
    sys_org = b.org("o-sys", "Sundhedsplatformen", sor="900")
    f = b.write_ndjson(tmp_path / "s.ndjson", [sys_org, a, c, b.patient("p1", "Anna", "Jensen")])
    report = _import(db_url, f, b.write_ndjson(tmp_path / "a.ndjson", audit))
    assert report.ok, report.problems
    assert _user(db_url, "a1") is None  # no system given: ambiguous
    assert _user(db_url, "a2") == "s-b"


def test_upgrade_fills_the_history_from_the_current_roster(db_url):
    """Migration 0005 starts the history with what the store held before it."""
    engine = get_engine(db_url)
    with engine.connect() as conn:
        command.upgrade(migrations.alembic_config(conn), "0003")
        conn.commit()
        conn.execute(
            text(
                "INSERT INTO staff (id, given, family, prefix, cpr, auth_id, username, email) "
                "VALUES ('s1', 'Mette', 'Holm', NULL, '0610801234', 'AB1', 'RN\\mlh', 'm@x.dk')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO staff_role (id, staff_id, organization_id, title) "
                "VALUES ('r1', 's1', 'o1', 'Sygeplejerske')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO access_entry (id, patient_id, time, user_ref, is_system, source) "
                "VALUES ('e1', 'p1', '2026-01-01 10:00:00', '010101-1234', false, 'csv')"
            )
        )
        conn.commit()
    init_db(db_url)
    with session_scope(db_url) as s:
        assert {(n.given, n.family, n.prefix) for n in s.scalars(select(StaffName))} == {
            ("Mette", "Holm", "")
        }
        assert {(a.kind, a.value) for a in s.scalars(select(StaffAlias))} == {
            ("cpr", "0610801234"),
            ("auth_id", "AB1"),
            ("username", "RN\\mlh"),
            ("email", "m@x.dk"),
        }
        m = s.scalars(select(StaffMembership)).one()
        assert (m.role_id, m.staff_id, m.organization_id, m.start) == ("r1", "s1", "o1", None)
        assert s.get(AccessEntry, "e1").user_ref == "cpr:0101011234"
