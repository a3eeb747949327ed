"""A note whose content indsigt cannot read (a PDF, only an ``attachment.url``) tells the citizen
so instead of showing an empty note (issue 11 point 3), through the real command line."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import builders as b
from indsigt.views.journal import UNREADABLE
from test_cli import run

AT = "2026-06-01T12:00:00+02:00"


def test_an_unreadable_note_says_so(db_url: str, tmp_path: Path, world) -> None:
    pdf = b.document("n-pdf", "p1", "r-skov", "2026-01-05T10:00:00+01:00", "x")
    pdf["content"] = [
        {
            "attachment": {
                "contentType": "application/pdf",
                "data": base64.b64encode(b"%PDF-1.4 Mette Holm").decode(),
            }
        }
    ]
    url = b.document("n-url", "p1", "r-skov", "2026-01-06T10:00:00+01:00", "x")
    url["content"] = [{"attachment": {"contentType": "text/plain", "url": "https://x/notat/1"}}]
    plain = b.document("n-txt", "p1", "r-skov", "2026-01-07T10:00:00+01:00", "Set af Mette Holm.")
    data = b.write_ndjson(
        tmp_path / "d.ndjson",
        [*world["orgs"], *world["staff"], *world["patients"], pdf, url, plain],
    )
    assert run(db_url, "init").returncode == 0
    r = run(db_url, "import", str(data))
    assert r.returncode == 0, r.stderr
    order = {
        "kind": "patient",
        "patient": "p1",
        "staff": ["s-holm"],
        "from": "2026-01-01",
        "until": None,
    }
    r = run(db_url, "orders", "add", "-", stdin=json.dumps({**order, "reason": "threats"}))
    assert r.returncode == 0, r.stderr
    r = run(db_url, "journal", "p1", "--json", "--at", AT)
    assert r.returncode == 0, r.stderr
    texts = {d["id"]: d["text"] for d in json.loads(r.stdout)["documents"]}
    assert texts["n-pdf"] == UNREADABLE and texts["n-url"] == UNREADABLE
    assert texts["n-txt"].startswith("Set af ") and "Holm" not in texts["n-txt"]
    assert "https://x" not in r.stdout and "PDF-1.4" not in r.stdout
