"""The leak detector itself, and end to end through the real ``indsigt`` command in a subprocess:
orders in, every citizen-facing output scanned for every form of every hidden name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.proxies import add_proxies
from indsigt.users import add_user
from leakcheck import assert_no_leak, find_leaks

INDSIGT = str(Path(sys.executable).parent / "indsigt")

HOLM = b.practitioner(
    "s-holm", "Mette Louise", "Holm", username="RN\\mlh", auth="AB123", email="mette.holm@rn.dk"
)
SKOV = b.practitioner(
    "s-skov", "Hans", "Skov", username="hsk", auth="CD456", email="hans.skov@rn.dk"
)
LUND = b.practitioner("s-lund", "Per", "Lund-Sørensen", username="pls", auth="EF789")
PEOPLE = [HOLM, SKOV, LUND]


# -- the detector -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Set af Mette.",
        "Holms vurdering",
        "Skov's vurdering",
        "Hans' bil",
        "ring til SKOV",
        "/mlh",
        "MLH/ssa",
        "Mvh M.L.H.",
        "Mvh M. L. H.",
        "Aftalt med M.L. H. i dag",
        "skriv til mette.holm@rn.dk",
        "RN\\mlh",
        "bruger ab123",
        "lund-sørensen",
        "LUND-SØRENSEN",
        "Lundsørensen",
        "Lund-\nSørensen",
        "hans skov",
        "Ho\u00adlm",
        "Soerensen",
        "Sorensen",
        '{"a": "Hol\\u006d"}',
        "<p>Ho&shy;lm og Lund-S&oslash;rensen</p>",
        "https://x/?q=Lund-S%C3%B8rensen",
    ],
)
def test_detector_finds(text):
    with pytest.raises(AssertionError, match="navnelæk"):
        assert_no_leak(text, PEOPLE)


@pytest.mark.parametrize(
    "text",
    [
        "hans datter kom med",
        "en tur i skov og mark",
        "pt. spiser 2 gange per dag",
        "Sygeplejerske d5dffae's vurdering",
        "Kardiologisk afdeling, Testby Sygehus",
        "Sundhedsperson",
    ],
)
def test_detector_passes_ordinary_text(text):
    assert_no_leak(text, PEOPLE)


def test_detector_accepts_names_and_objects():
    from indsigt.protect.names import Person

    person = Person(key="x", given="Karen", family="Berg", emails=("kab@rn.dk",))
    assert find_leaks("Karen Berg", ["Karen Berg"])
    assert find_leaks("skriv til kab@rn.dk", [person])
    assert find_leaks("Berg", [{"given": "Karen", "family": "Berg"}])
    assert_no_leak("Hans datter ringede", [SKOV], allow=["Hans datter"])


def test_detector_reads_email():
    msg = EmailMessage()
    msg["Subject"] = "Nyt fra Lund-Sørensen"
    msg["To"] = "borger@example.dk"
    msg.set_content("Din journal er opdateret af Mette Holm.", charset="utf-8", cte="base64")
    raw = msg.as_string()
    assert "Holm" not in raw  # the body is base64
    leaks = find_leaks(raw, PEOPLE)
    assert {leak.found for leak in leaks} >= {"Mette", "Holm", "Lund"}
    assert ("e-mail (afkodet)", "Holm") in {(leak.view, leak.found) for leak in leaks}


# -- end to end through the command line --------------------------------------------------------


def _run_all(db: str, *calls: tuple[tuple[str, ...], str | None, int]) -> list[tuple[str, str]]:
    """Run ``indsigt`` commands concurrently (as a busy server would see them); check statuses."""
    procs = [
        (
            args,
            status,
            stdin,
            subprocess.Popen(
                [INDSIGT, "--db", db, *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "INDSIGT_DB": db},
            ),
        )
        for args, stdin, status in calls
    ]
    out = []
    for args, status, stdin, proc in procs:
        stdout, stderr = proc.communicate(stdin, timeout=120)
        assert proc.returncode == status, (args, proc.returncode, stdout[-2000:], stderr[-2000:])
        out.append((stdout, stderr))
    return out


def test_cli_end_to_end_no_leaks(db_url, tmp_path, world):
    notes = [
        b.document(
            "d1",
            "p1",
            "r-holm",
            "2026-01-11T10:00:00+01:00",
            "Pt. set af spl. Mette Holm. Holms vurdering: hans datter er med. Aftalt med "
            "M. L. H. og M.L. H. i dag.\n/MLH\nSign.: M. H.",
        ),
        b.document(
            "d2",
            "p1",
            "r-skov",
            "2026-01-12T09:00:00+01:00",
            "Overlæge Skov tilså pt. Kontakt: hans.skov@rn.dk, RN\\mlh.\nMvh HS",
            title="Notat ved Hans Skov",
        ),
        b.document(
            "d3",
            "p1",
            "r-lund",
            "2026-01-13T09:00:00+01:00",
            "Samtale med psykolog Per Lund-Sørensen. Lund-Sørensens vurdering følger. /pls",
        ),
        b.document("d4", "p1", "r-berg", "2026-01-14T09:00:00+01:00", "Karen Berg hjalp med bad."),
        b.audit("a1", "p1", "2026-01-11T10:05:00+01:00", role_id="r-holm"),
        b.audit("a2", "p1", "2026-01-12T09:05:00+01:00", role_id="r-skov"),
        b.audit("a3", "p1", "2026-01-13T09:05:00+01:00", role_id="r-lund"),
    ]
    data = b.write_ndjson(
        tmp_path / "data.ndjson", world["orgs"] + world["staff"] + world["patients"] + notes
    )
    orders = [
        {
            "id": "o1",
            "kind": "patient",
            "patient": "p1",
            "staff": ["s-holm"],
            "from": "2026-01-01",
            "until": "2026-07-01",
            "reason": "violence",
            "mode": "pseudonym",
            "decided_by": "Afd.leder",
        },
        {
            "id": "o2",
            "kind": "patient",
            "patient": "p4",
            "staff": ["s-skov"],
            "from": "2026-01-01",
            "reason": "threats",
            "mode": "pseudonym",
            "keep_title": False,
        },
        {
            "id": "o3",
            "kind": "organization",
            "organization": "o-rets",
            "from": "2026-01-01",
            "until": None,
            "reason": "high-risk department",
            "mode": "blur",
        },
    ]
    report = Importer(init_db(db_url), progress=False).run([data])
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        add_proxies(s, {"principal": "p1", "proxy": "p4", "from": "2026-01-01"}, actor="t")
        add_user(s, "rev1", "Revisor Rita", "auditor", actor="t")
    [(ids, _)] = _run_all(db_url, (("orders", "add", "-", "--json"), json.dumps(orders), 0))
    assert json.loads(ids) == {"ids": ["o1", "o2", "o3"]}

    at = "2026-02-01T12:00:00+01:00"
    all3 = [HOLM, SKOV, LUND]
    calls = {
        "journal p1": (("journal", "p1", "--at", at, "--json"), 0, [HOLM, LUND]),
        "journal p1 by p4": (("journal", "p1", "--viewer", "p4", "--at", at, "--json"), 0, all3),
        "journal p1 by p4 (text)": (("journal", "p1", "--viewer", "p4", "--at", at), 0, all3),
        "log p1 by p4": (
            ("log", "p1", "--viewer", "p4", "--at", at, "--entries", "--json"),
            0,
            all3,
        ),
        "journal p1 by p2 (refused)": (("journal", "p1", "--viewer", "p2", "--json"), 3, all3),
    }
    results = _run_all(db_url, *((args, None, status) for args, status, _ in calls.values()))
    outputs = {
        name: (stdout + stderr, hidden)
        for (name, (_, _, hidden)), (stdout, stderr) in zip(calls.items(), results, strict=True)
    }
    assert results[-1][0] == ""  # refused: nothing of the data printed
    key = json.loads(Path(os.environ["INDSIGT_KEY_FILE"]).read_text())["keys"]["1"]
    for name, (out, hidden) in outputs.items():
        try:
            assert_no_leak(out, hidden)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from None
        assert key not in out, name

    own, proxy = json.loads(results[0][0]), json.loads(results[1][0])
    assert own["documents"][0] == proxy["documents"][0]  # Q sees P's labels
    label = own["documents"][0]["author"]
    assert label.startswith("Sygeplejerske ")
    assert own["documents"][1]["author"] == "Hans Skov"  # hidden toward p4 only
    assert proxy["documents"][1]["author"].startswith("Sundhedsperson ")  # keep_title false
    assert proxy["documents"][1]["title"] == f"Notat ved {proxy['documents'][1]['author']}"
    assert own["documents"][2]["author"] == "Sundhedsperson"  # blur
    assert own["documents"][3]["author"] == "Karen Berg"

    # the auditor may reveal; a citizen may not (exit 3, nothing of the name in the output)
    (rev, rev_err), (no, no_err) = _run_all(
        db_url,
        (("reveal", "p1", label, "--auditor", "rev1", "--reason", "Sag 1", "--json"), None, 0),
        (("reveal", "p1", label, "--auditor", "p1", "--reason", "x", "--json"), None, 3),
    )
    assert json.loads(rev)["staff"]["id"] == "s-holm"
    assert key not in rev + rev_err
    assert no == ""
    assert_no_leak(no + no_err, [HOLM])
