"""Import of FHIR NDJSON and MinLog CSV: valid, invalid, duplicate, atomic, references."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer, import_order
from indsigt.store import AccessEntry, Document, Patient, Relation, Staff, StaffRole


def _count(url: str, model) -> int:
    with session_scope(url) as s:
        return s.scalar(select(func.count()).select_from(model))


def _import(url: str, *paths: Path):
    return Importer(init_db(url), progress=False).run(paths)


def _roster(tmp: Path, world) -> Path:
    return b.write_ndjson(tmp / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"])


def test_roster_and_relations_import(db_url, tmp_path, world):
    roster = _roster(tmp_path, world)
    rel = b.write_ndjson(
        tmp_path / "rel.ndjson",
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-10", "2026-02-01"),
            b.encounter(
                "en1",
                "p1",
                "o-kard",
                "2026-01-10T08:00:00+01:00",
                "2026-01-12T10:00:00+01:00",
                ["r-holm"],
            ),
            b.appointment(
                "ap1", "p1", "r-skov", "2026-03-01T09:00:00+01:00", "2026-03-01T09:30:00+01:00"
            ),
            b.referral("rf1", "p1", "r-skov", "o-rtg", "2026-01-11"),
            b.document(
                "d1",
                "p1",
                "r-holm",
                "2026-01-11T10:00:00+01:00",
                "Pt. set af spl. Mette Holm.",
                custodian="o-kard",
            ),
        ],
    )
    report = _import(db_url, roster, rel)
    assert report.ok, report.problems
    assert _count(db_url, Patient) == 4
    assert _count(db_url, Staff) == 4
    assert _count(db_url, StaffRole) == 4
    assert _count(db_url, Relation) == 4
    with session_scope(db_url) as s:
        d = s.get(Document, "d1")
        assert d.text == "Pt. set af spl. Mette Holm."
        assert d.author_staff_id == "s-holm" and d.organization_id == "o-kard"
        ap = s.get(Relation, ("appointment", "ap1"))
        assert ap.organization_id == "o-kard"  # from the practitioner role
        rf = s.get(Relation, ("referral", "rf1"))
        assert (rf.organization_id, rf.other_organization_id) == ("o-rtg", "o-kard")


def test_audit_events_and_csv(db_url, tmp_path, world):
    roster = _roster(tmp_path, world)
    audit = b.write_ndjson(
        tmp_path / "audit.ndjson",
        [
            b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm"),
            b.audit(
                "a2",
                "p1",
                "2026-01-11T23:00:00+01:00",
                external=("ext-9", "Vikar Jonas Berg"),
                org_id="o-kard",
                purpose="BTG",
            ),
            b.audit(
                "a3",
                "p1",
                "2026-01-12T02:00:00Z",
                external=("FMK", "FMK-integration"),
                machine=True,
            ),
        ],
    )
    log = b.write_csv(
        tmp_path / "log.csv",
        [
            {
                "regKode": "c1",
                "cprNrBorger": "6512401234",
                "bruger": "kab",
                "orgUsingID": "SOR:210",
                "systemName": "Cura",
                "handling": "Opslag på medicinkort",
                "tidspunkt": "2026-02-01T08:00:00+01:00",
                "formaal": "TREAT",
            },
            {
                "regKode": "c2",
                "cprNrBorger": "p1",
                "bruger": "AB123",
                "orgUsingID": "o-kard",
                "tidspunkt": "2026-02-01T09:00:00+01:00",
            },
            {
                "regKode": "c3",
                "cprNrBorger": "651240-1234",
                "bruger": "0101011234",
                "brugerNavn": "Ukendt Bruger",
                "tidspunkt": "2026-02-01T09:00:00+01:00",
                "formaal": "etreat",
            },
        ],
    )
    report = _import(db_url, roster, audit, log)
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        a1, a2, a3 = (s.get(AccessEntry, i) for i in ("a1", "a2", "a3"))
        assert (a1.user_staff_id, a1.organization_id, a1.purpose) == ("s-holm", "o-kard", "TREAT")
        assert (a2.user_display, a2.organization_id, a2.purpose) == (
            "Vikar Jonas Berg",
            "o-kard",
            "BTG",
        )
        assert a3.is_system and a3.organization_id == "o-sys"
        c1, c2, c3 = (s.get(AccessEntry, i) for i in ("c1", "c2", "c3"))
        assert (c1.patient_id, c1.user_staff_id, c1.organization_id) == ("p1", "s-berg", "o-hjem")
        assert (c2.user_staff_id, c2.organization_id) == ("s-holm", "o-kard")
        assert (
            c3.user_staff_id is None
            and c3.user_display == "Ukendt Bruger"
            and c3.purpose == "ETREAT"
        )
        assert a1.time.isoformat() == "2026-01-11T09:00:00"  # stored as UTC


def test_reimport_stores_nothing_twice(db_url, tmp_path, world):
    roster = _roster(tmp_path, world)
    audit = b.write_ndjson(
        tmp_path / "audit.ndjson",
        [b.audit(f"a{i}", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm") for i in range(50)],
    )
    assert _import(db_url, roster, audit).ok
    report = _import(db_url, roster, audit)
    assert report.ok
    assert _count(db_url, AccessEntry) == 50
    assert _count(db_url, Patient) == 4
    assert [f.new for f in report.files if f.file.endswith("audit.ndjson")] == [0]


def test_same_id_other_content_is_an_error(db_url, tmp_path, world):
    roster = _roster(tmp_path, world)
    first = b.write_ndjson(
        tmp_path / "a.ndjson", [b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm")]
    )
    second = b.write_ndjson(
        tmp_path / "b.ndjson", [b.audit("a1", "p2", "2026-01-11T10:00:00+01:00", role_id="r-holm")]
    )
    assert _import(db_url, roster, first).ok
    report = _import(db_url, second)
    assert [str(p) for p in report.problems] == [
        f"{second}:1: post-id 'a1' findes allerede med et andet indhold"
    ]


def test_invalid_file_is_atomic_and_names_file_and_line(db_url, tmp_path, world):
    roster = _roster(tmp_path, world)
    assert _import(db_url, roster).ok
    bad_event = b.audit("a2", "p1", "2026-01-11T10:00:00", role_id="r-holm")  # no offset
    lines = [
        b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm"),
        bad_event,
        {"resourceType": "MedicationUsage", "id": "m1"},  # FHIR R5, not R4
        b.audit("a3", "p-unknown", "2026-01-11T10:00:00+01:00", role_id="r-holm"),
    ]
    path = b.write_ndjson(tmp_path / "bad.ndjson", lines)
    with path.open("a") as f:
        f.write("\n{not json\n")
    report = _import(db_url, path)
    msgs = [str(p) for p in report.problems]
    assert msgs[0].startswith(f"{path}:2: AuditEvent er ikke gyldig FHIR R4")
    assert msgs[1].startswith(
        f"{path}:3: ukendt ressourcetype 'MedicationUsage': det er ikke en FHIR R4-ressourcetype"
    )
    assert msgs[2].startswith(f"{path}:6: ugyldig JSON")
    assert msgs[3] == f"{path}:4: henvisningen Patient/p-unknown peger på noget, der ikke findes"
    assert _count(db_url, AccessEntry) == 0  # a1 was valid but the file is atomic


def test_invalid_master_resource_is_reported(db_url, tmp_path):
    path = b.write_ndjson(
        tmp_path / "p.ndjson",
        [
            {"resourceType": "Patient", "id": "p1", "birthDate": "31-12-1990"},
        ],
    )
    report = _import(db_url, path)
    assert len(report.problems) == 1
    assert str(report.problems[0]).startswith(
        f"{path}:1: Patient er ikke gyldig FHIR R4: birthDate"
    )
    assert _count(db_url, Patient) == 0


def test_references_may_point_into_a_later_file(db_url, tmp_path, world):
    roster = _roster(tmp_path, world)
    audit = b.write_ndjson(
        tmp_path / "audit.ndjson",
        [b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm")],
    )
    report = _import(db_url, audit, roster)  # log first
    assert report.ok, report.problems
    assert _count(db_url, AccessEntry) == 1


def test_files_are_imported_master_data_first(db_url, tmp_path, world, monkeypatch):
    """Given log first, the roster is still imported first, so the log is read only once."""
    roster = _roster(tmp_path, world)
    audit = b.write_ndjson(
        tmp_path / "a-audit.ndjson",
        [b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm")],
    )
    log = b.write_csv(tmp_path / "0-log.csv", [])
    assert import_order([log, audit, roster]) == [roster, audit, log]
    calls: list[str] = []
    real = Importer.import_file

    def spy(self, path, known, *, name=None):  # type: ignore[no-untyped-def]
        calls.append(Path(path).name)
        return real(self, path, known, name=name)

    monkeypatch.setattr(Importer, "import_file", spy)
    report = _import(db_url, audit, roster)
    assert report.ok, report.problems
    assert calls == ["roster.ndjson", "a-audit.ndjson"]


def test_forward_reference_inside_one_file(db_url, tmp_path, world):
    resources = [
        b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm"),
        *world["staff"][::-1],
        *world["patients"],
        *world["orgs"],
    ]
    path = b.write_ndjson(tmp_path / "mixed.ndjson", resources)
    report = _import(db_url, path)
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        assert s.get(AccessEntry, "a1").user_staff_id == "s-holm"


def test_dangling_reference_is_reported(db_url, tmp_path, world):
    path = b.write_ndjson(tmp_path / "r.ndjson", [b.role("r-x", "s-nobody", "o-nowhere", "Læge")])
    report = _import(db_url, path)
    assert [str(p) for p in report.problems] == [
        f"{path}:1: henvisningen Practitioner/s-nobody, Organization/o-nowhere peger på noget, der ikke findes"
    ]


def test_csv_errors(db_url, tmp_path, world):
    assert _import(db_url, _roster(tmp_path, world)).ok
    path = b.write_csv(
        tmp_path / "log.csv",
        [
            {
                "regKode": "c1",
                "cprNrBorger": "p1",
                "bruger": "kab",
                "tidspunkt": "2026-02-01T08:00:00+01:00",
            },
            {
                "regKode": "c2",
                "cprNrBorger": "p1",
                "bruger": "kab",
                "tidspunkt": "01-02-2026 08:00",
            },
            {
                "regKode": "c3",
                "cprNrBorger": "9999999999",
                "bruger": "kab",
                "tidspunkt": "2026-02-01T08:00:00+01:00",
            },
            {
                "regKode": "c1",
                "cprNrBorger": "p1",
                "bruger": "kab",
                "tidspunkt": "2026-02-01T08:00:00+01:00",
            },
            {
                "regKode": "c5",
                "cprNrBorger": "p1",
                "bruger": "",
                "tidspunkt": "2026-02-01T08:00:00+01:00",
                "formaal": "X",
            },
        ],
    )
    report = _import(db_url, path)
    assert [str(p) for p in report.problems] == [
        f"{path}:3: tidspunkt '01-02-2026 08:00' er ikke ISO 8601 med tidszone (fx 2026-03-01T10:15:00+01:00)",
        f"{path}:4: borgeren '9999999999' findes ikke",
        f"{path}:5: post-id 'c1' står også på linje 2",
        f"{path}:6: feltet bruger er tomt",
    ]
    assert _count(db_url, AccessEntry) == 0


def test_csv_header_required(db_url, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("regKode,cprNrBorger,tidspunkt\nc1,p1,2026-02-01T08:00:00+01:00\n")
    report = _import(db_url, path)
    assert [str(p) for p in report.problems] == [
        f"{path}:1: kolonne mangler i overskriften: bruger"
    ]


def test_csv_columns_in_any_order_and_bom(db_url, tmp_path, world):
    assert _import(db_url, _roster(tmp_path, world)).ok
    path = tmp_path / "log.csv"
    path.write_bytes(
        "\ufefftidspunkt,bruger,cprNrBorger,regKode\n2026-02-01T08:00:00+01:00,kab,p1,c1\n".encode()
    )
    report = _import(db_url, path)
    assert report.ok, report.problems
    assert _count(db_url, AccessEntry) == 1


def test_nul_character_is_reported_not_stored(db_url, tmp_path, world):
    patient = b.patient("p9", "Anna\u0000", "Jensen")
    path = b.write_ndjson(tmp_path / "nul.ndjson", [*world["orgs"], patient])
    report = _import(db_url, path)
    n = len(world["orgs"]) + 1
    assert [str(p) for p in report.problems] == [
        f"{path}:{n}: linjen indeholder et NUL-tegn (\\u0000), som ikke kan gemmes"
    ]
    assert _count(db_url, Patient) == 0


def test_null_given_name_is_not_a_crash(db_url, tmp_path):
    # fhir.resources lets a null given name through (a fuzzer found it); it must map cleanly
    p = b.patient("p9", "Anna", "Jensen")
    p["name"][0]["given"] = [None, "Anna"]
    path = b.write_ndjson(tmp_path / "p.ndjson", [p])
    report = _import(db_url, path)
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        assert s.get(Patient, "p9").given == "Anna"
