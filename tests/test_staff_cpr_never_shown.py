"""A MinLog ``bruger`` that is a CPR number nobody in the roster has is never shown: the entry is
kept and shown as an unknown user of its organisation (issue 11 point 6), with or without an
order, through the real command line, and any way the number is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import builders as b
from test_cli import run

AT = "2026-06-01T12:00:00+02:00"
CPRS = ["0101901234", "010190-1234", "cpr:0101901234", " 010190 1234 "]


@pytest.mark.parametrize("cpr", CPRS)
def test_a_cpr_display_is_never_a_name(cpr):
    from indsigt.protect.base import NoProtection, shown_display

    assert shown_display(cpr) is None
    assert NoProtection().person(None, cpr) is None


@pytest.mark.parametrize("name", ["Hans Skov", "hsk", "RSYD\\lch", "12345", "Afd. 0101901234"])
def test_other_displays_are_shown(name):
    from indsigt.protect.base import shown_display

    assert shown_display(name) == name


@pytest.mark.parametrize("with_order", [False, True])
def test_a_cpr_user_in_minlog_is_an_unknown_user_end_to_end(
    db_url: str, tmp_path: Path, world, with_order: bool
) -> None:
    data = b.write_ndjson(
        tmp_path / "world.ndjson", world["orgs"] + world["staff"] + world["patients"]
    )
    rows = [
        {
            "regKode": f"c{i}",
            "cprNrBorger": "6512401234",
            "bruger": bruger,
            "orgUsingID": "SOR:111",
            "tidspunkt": f"2026-02-0{i + 1}T08:00:00+01:00",
        }
        for i, bruger in enumerate(["0101901234", "020290-5678"])
    ]
    log = b.write_csv(tmp_path / "log.csv", rows)
    assert run(db_url, "init").returncode == 0
    r = run(db_url, "import", str(data), str(log))
    assert r.returncode == 0, r.stderr
    if with_order:
        order = {
            "kind": "organization",
            "organization": "o-rets",
            "from": "2026-01-01",
            "reason": "other",
        }
        r = run(db_url, "orders", "add", "-", "--json", stdin=json.dumps(order))
        assert r.returncode == 0, r.stderr
    for args in (("--entries", "--json"), ("--json",), ("--entries",), ()):
        r = run(db_url, "log", "p1", "--at", AT, *args)
        assert r.returncode == 0, r.stderr
        for digits in ("0101901234", "010190-1234", "0202905678", "020290-5678"):
            assert digits not in r.stdout, (args, r.stdout)
    doc = json.loads(run(db_url, "log", "p1", "--at", AT, "--entries", "--json").stdout)
    entries = {e["id"]: e for e in doc["entries"]}
    assert {"c0", "c1"} <= set(entries)  # nothing is dropped
    for e in ("c0", "c1"):  # an unknown user, with the organisation
        assert (entries[e]["actor"] or "Ukendt").lower().startswith("ukendt"), entries[e]
        assert entries[e]["organization"] == "Kardiologisk afdeling, Testby Sygehus"
    text = run(db_url, "log", "p1", "--at", AT, "--entries").stdout
    assert "ukendt" in text.lower(), text
