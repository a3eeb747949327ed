"""The tamper-evident log through the real command line: import signs a head, verify is clean,
a proof checks offline against the pinned key, and tampering in the database is found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import builders as b
from test_cli import run


@pytest.fixture
def imported(db_url: str, tmp_path: Path, world) -> str:
    roster = b.write_ndjson(
        tmp_path / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    log = b.write_ndjson(
        tmp_path / "audit.ndjson",
        [
            b.audit(f"a{i}", "p1", f"2026-02-{1 + i % 27:02d}T10:00:00+01:00", role_id="r-holm")
            for i in range(300)
        ],
    )
    csv = b.write_csv(
        tmp_path / "log.csv",
        [
            {
                "regKode": f"c{i}",
                "cprNrBorger": "p1",
                "bruger": "s-skov",
                "orgUsingID": "SOR:111",
                "systemName": "EPJ Nord",
                "handling": "Opslag",
                "tidspunkt": f"2026-03-0{1 + i % 5}T09:00:00+01:00",
            }
            for i in range(40)
        ],
    )
    assert run(db_url, "import", str(roster)).returncode == 0
    for f in (log, csv):
        r = run(db_url, "import", str(f))
        assert r.returncode == 0, r.stderr
    return db_url


def test_import_signs_and_verify_is_clean(imported: str, tmp_path: Path) -> None:
    r = run(imported, "verify", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    doc = json.loads(r.stdout)
    assert doc["ok"] and doc["tree_size"] == 340 and doc["heads"] == 2
    assert doc["unsigned_leaves"] == 0
    head = json.loads(run(imported, "log-head", "--json").stdout)
    assert head["size"] == 340 and head["checkpoint"].split("\n")[1] == "340"
    proof = run(imported, "proof", "c7")
    assert proof.returncode == 0, proof.stderr
    f = tmp_path / "proof.json"
    f.write_text(proof.stdout)
    ok = run(imported, "check-proof", str(f), "--key", head["verifier_key"])
    assert ok.returncode == 0 and "Gyldigt" in ok.stdout, ok.stderr
    cons = run(imported, "consistency", "300")
    g = tmp_path / "cons.json"
    g.write_text(cons.stdout)
    assert run(imported, "check-proof", str(g), "--key", head["verifier_key"]).returncode == 0
    # a proof altered after the fact does not check
    doc = json.loads(proof.stdout)
    doc["leaf"]["time"] = "2026-03-02T08:00:00Z"
    f.write_text(json.dumps(doc))
    bad = run(imported, "check-proof", str(f), "--key", head["verifier_key"])
    assert bad.returncode == 6 and "UGYLDIGT" in bad.stderr


def test_reimport_adds_no_leaves(imported: str, tmp_path: Path) -> None:
    assert run(imported, "import", str(tmp_path / "log.csv")).returncode == 0
    assert json.loads(run(imported, "verify", "--json").stdout)["tree_size"] == 340


def test_tampering_in_the_database_is_found(imported: str) -> None:
    eng = create_engine(imported)
    with eng.begin() as c:
        c.execute(text("UPDATE access_entry SET organization_id = 'o-rtg' WHERE id = 'a5'"))
        c.execute(text("DELETE FROM access_entry WHERE id = 'c3'"))
    eng.dispose()
    r = run(imported, "verify", "--json")
    assert r.returncode == 6
    doc = json.loads(r.stdout)
    assert doc["changed"] == ["a5"] and doc["removed"] == ["c3"]
    text_out = run(imported, "verify")
    assert "ændret i databasen: a5" in text_out.stderr
    assert "Loggen er IKKE uændret." in text_out.stdout


def test_completeness_declared_and_reported(imported: str, tmp_path: Path) -> None:
    f = tmp_path / "decl.csv"
    f.write_text("system,day,count\nEPJ Nord,2026-03-01,8\nEPJ Nord,2026-03-02,9\n")
    r = run(imported, "completeness", "declare", str(f), "--actor", "drift")
    assert r.returncode == 0, r.stderr
    doc = json.loads(run(imported, "completeness", "report", "--json").stdout)
    epj = next(s for s in doc["systems"] if s["system"] == "EPJ Nord")
    assert epj["received"] == 40 and epj["declared"] == 17
    assert epj["mismatches"] == [
        {"day": "2026-03-02", "declared": 9, "received": 8, "missing": 1, "extra": 0}
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("system,day,count\nEPJ Nord,2026-13-01,8\n")
    r = run(imported, "completeness", "declare", str(bad))
    assert r.returncode == 2 and f"{bad}:2: day '2026-13-01'" in r.stderr
