"""``indsigt accesslog``: the operator's service relations, the auditor's overview and the review
queue, through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import builders as b

INDSIGT = [sys.executable, "-m", "indsigt"]
TUE = "2026-02-10"


def run(db_url: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INDSIGT_DB": db_url}
    return subprocess.run(
        [*INDSIGT, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


def _load(db_url: str, tmp_path: Path, world) -> None:  # type: ignore[no-untyped-def]
    extra = [
        b.org("o-nat", "Mobilteamet", sor="115", part_of="o-hosp"),
        b.practitioner("s-nat", "Nina", "Nattevagt"),
        b.role("r-nat", "s-nat", "o-nat", "Sygeplejerske"),
    ]
    files = [
        b.write_ndjson(
            tmp_path / "roster.ndjson",
            world["orgs"] + world["staff"] + world["patients"] + extra,
        ),
        b.write_ndjson(
            tmp_path / "data.ndjson",
            [
                b.episode("ep1", "p1", "o-kard", "2026-01-05"),
                b.episode("ep2", "p2", "o-kard", "2026-01-05"),
                b.audit("night", "p1", f"{TUE}T02:00:00+01:00", role_id="r-nat"),
                b.audit("ward", "p2", f"{TUE}T10:00:00+01:00", role_id="r-holm"),
            ],
        ),
    ]
    r = run(db_url, "import", "--no-progress", *map(str, files))
    assert r.returncode == 0, r.stderr


def _entry(db_url: str, patient: str, eid: str) -> dict:
    r = run(db_url, "log", patient, "--entries", "--json", "--at", "2026-12-31T00:00:00+01:00")
    assert r.returncode == 0, r.stderr
    return next(e for e in json.loads(r.stdout)["entries"] if e["id"] == eid)


def test_operator_service_relations(db_url, tmp_path, world):
    _load(db_url, tmp_path, world)
    assert _entry(db_url, "p1", "night")["explained_by"] is None
    bad = run(db_url, "accesslog", "services", "import", "-", stdin='[{"user_org": "o-nope"}]')
    assert bad.returncode == 2
    assert "#1: user_org 'o-nope' findes ikke" in bad.stderr
    assert "#1: relation_org" in bad.stderr
    spec = [{"user_org": "o-nat", "relation_org": "SOR:110", "note": "Nattehold for sygehuset"}]
    r = run(db_url, "accesslog", "services", "import", "-", "--json", stdin=json.dumps(spec))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["services"] == [{"user_org": "o-nat", "relation_org": "o-hosp"}]
    e = _entry(db_url, "p1", "night")
    assert e["explained_by"]["rule"] == "service" and e["flags"] == []
    listed = json.loads(run(db_url, "accesslog", "services", "list", "--json").stdout)
    assert listed["services"][0]["note"] == "Nattehold for sygehuset"
    r = run(db_url, "accesslog", "services", "remove", "o-nat", "o-hosp")
    assert r.returncode == 0, r.stderr
    assert _entry(db_url, "p1", "night")["explained_by"] is None


def test_auditor_overview_and_review_queue(db_url, tmp_path, world):
    _load(db_url, tmp_path, world)
    assert run(db_url, "users", "add", "rev", "--role", "auditor").returncode == 0
    r = run(db_url, "accesslog", "templates", "--auditor", "rev", "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    # radiology is a service department by its name: it serves its region
    assert {"user_org": "o-rtg", "relation_org": "o-reg"}.items() <= doc["by_type"][0].items()
    assert doc["mined"] == [] and doc["operator"] == []
    # the hospital's clinical departments cover each other on call (radiology serves by type)
    assert [(g["group"], [d["org"] for d in g["departments"]]) for g in doc["on_call"]] == [
        ("o-hosp", ["o-kard", "o-nat", "o-rets"])
    ]
    text_out = run(db_url, "accesslog", "templates", "--auditor", "rev").stdout
    assert "vagt: Kardiologisk afdeling, Mobilteamet, Retspsykiatrisk afdeling (Testby" in text_out
    refused = run(db_url, "accesslog", "templates", "--auditor", "nobody")
    assert refused.returncode == 3
    r = run(db_url, "accesslog", "review", "list", "--auditor", "rev", "--json")
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)["items"]
    assert [(i["patient"], i["flags"]) for i in items] == [("p2", ["same_address"])]
    r = run(
        db_url,
        "accesslog",
        "review",
        "decide",
        str(items[0]["id"]),
        "--auditor",
        "rev",
        "--status",
        "under_behandling",
    )
    assert r.returncode == 0, r.stderr
    r = run(db_url, "accesslog", "review", "list", "--auditor", "rev", "--status", "ny", "--json")
    assert json.loads(r.stdout)["items"] == []
