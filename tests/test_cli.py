"""The command line end to end, through a real subprocess (contract section 3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import builders as b

INDSIGT = [sys.executable, "-m", "indsigt"]


def run(db_url: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INDSIGT_DB": db_url}
    return subprocess.run(
        [*INDSIGT, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def loaded(db_url: str, tmp_path: Path, world) -> str:
    roster = b.write_ndjson(
        tmp_path / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    data = b.write_ndjson(
        tmp_path / "data.ndjson",
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-10", "2026-02-01"),
            b.document(
                "d2",
                "p1",
                "r-skov",
                "2026-01-12T10:00:00+01:00",
                "Udskrevet. /HS",
                title="Epikrise",
            ),
            b.document(
                "d1", "p1", "r-holm", "2026-01-11T10:00:00+01:00", "Set af spl. Mette Holm."
            ),
            b.audit("a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm"),
            b.audit("a2", "p1", "2026-01-11T11:00:00+01:00", role_id="r-skov"),
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
                "tidspunkt": "2026-02-01T08:00:00+01:00",
            },
        ],
    )
    assert run(db_url, "init").returncode == 0
    r = run(db_url, "import", str(roster), str(data), str(log))
    assert r.returncode == 0, r.stderr
    return db_url


def test_init_is_idempotent(db_url: str) -> None:
    for _ in range(2):
        r = run(db_url, "init")
        assert r.returncode == 0, r.stderr


def test_import_reports_file_line_and_exit_2(db_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ndjson"
    bad.write_text(
        '{"resourceType": "Patient", "id": "p1"}\n\n{"resourceType": "Foo", "id": "x"}\n'
    )
    r = run(db_url, "import", str(bad))
    assert r.returncode == 2
    assert f"{bad}:3: ukendt ressourcetype 'Foo'" in r.stderr
    r = run(db_url, "journal", "p1", "--json")
    assert r.returncode != 0  # nothing of the file was stored


def test_import_json_output(db_url: str, tmp_path: Path, world) -> None:
    roster = b.write_ndjson(
        tmp_path / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    r = run(db_url, "import", "--json", str(roster))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["problems"] == []
    assert doc["files"][0]["records"] == len(world["orgs"] + world["staff"] + world["patients"])


def test_journal_json_contract(loaded: str) -> None:
    r = run(loaded, "journal", "p1", "--json", "--at", "2026-06-01T12:00:00+02:00")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["patient"] == "p1" and doc["viewer"] == "p1"
    assert [d["id"] for d in doc["documents"]] == ["d1", "d2"]  # sorted by date
    d1 = doc["documents"][0]
    assert set(d1) >= {"id", "date", "title", "author", "organization", "text"}
    assert d1["date"] == "2026-01-11T10:00:00+01:00"
    assert d1["organization"] == "Kardiologisk afdeling"


def test_journal_at_hides_later_notes(loaded: str) -> None:
    r = run(loaded, "journal", "p1", "--json", "--at", "2026-01-11T12:00:00+01:00")
    assert [d["id"] for d in json.loads(r.stdout)["documents"]] == ["d1"]


def test_log_json_contract(loaded: str) -> None:
    r = run(loaded, "log", "p1", "--entries", "--json", "--at", "2026-06-01T12:00:00+02:00")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["patient"] == "p1" and doc["total"] == 3
    assert sum(g["count"] for g in doc["groups"]) == 3
    assert sorted(e["id"] for e in doc["entries"]) == ["a1", "a2", "c1"]
    gids = {g["id"] for g in doc["groups"]}
    for g in doc["groups"]:
        assert set(g) >= {
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
    for e in doc["entries"]:
        assert set(e) >= {"id", "time", "actor", "organization", "group", "explained_by", "flags"}
        assert e["group"] in gids


def test_other_citizen_is_refused_with_status_3(loaded: str) -> None:
    for cmd in ("journal", "log"):
        r = run(loaded, cmd, "p1", "--viewer", "p2", "--json")
        assert r.returncode == 3
        assert r.stdout == ""
        assert "adgang" in r.stderr


def test_proxy_sees_principal_within_scope(loaded: str) -> None:
    grant = {
        "principal": "p1",
        "proxy": "p2",
        "scope": ["journal"],
        "from": "2026-01-01",
        "until": "2027-01-01",
    }
    r = run(loaded, "proxies", "add", "-", "--json", stdin=json.dumps(grant))
    assert r.returncode == 0, r.stderr
    r = run(
        loaded, "journal", "p1", "--viewer", "p2", "--json", "--at", "2026-06-01T12:00:00+02:00"
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["viewer"] == "p2"
    r = run(loaded, "log", "p1", "--viewer", "p2", "--json", "--at", "2026-06-01T12:00:00+02:00")
    assert r.returncode == 3  # the log is not in the scope
    r = run(
        loaded, "journal", "p1", "--viewer", "p2", "--json", "--at", "2027-02-01T12:00:00+01:00"
    )
    assert r.returncode == 3  # expired


def test_proxy_validation(loaded: str) -> None:
    r = run(loaded, "proxies", "add", "-", stdin=json.dumps({"principal": "p1", "proxy": "nobody"}))
    assert r.returncode == 2
    assert "proxy: borgeren 'nobody' findes ikke" in r.stderr


def test_keys_rotate_keeps_versions_and_never_prints_a_key(db_url: str, tmp_path: Path) -> None:
    assert run(db_url, "init").returncode == 0
    key_file = Path(os.environ["INDSIGT_KEY_FILE"])
    first = json.loads(key_file.read_text())
    r = run(db_url, "keys", "rotate")
    assert r.returncode == 0, r.stderr
    after = json.loads(key_file.read_text())
    assert after["current"] == 2 and after["keys"]["1"] == first["keys"]["1"]
    assert after["keys"]["2"] not in r.stdout + r.stderr
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"


def test_log_says_how_far_back_it_goes(loaded: str) -> None:
    r = run(loaded, "log", "p1", "--json", "--at", "2026-06-01T12:00:00+02:00")
    assert (
        json.loads(r.stdout)["log_from"] == "2026-01-11"
    )  # the earliest entry; nothing removed yet
