"""Property tests: any form of a hidden person's name, with any character trick, in any position,
through the HTTP API (an administrator uploads the note, the citizen reads it), is hidden; the
words around it that must stay, stay. Strategies: ``strategies.py``."""

from __future__ import annotations

import base64
import json
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from independent.names import attacks, strategies
from independent.names.corpus import TZ
from independent.names.drive import Cli, Http
from independent.names.score import Tally, score_text
from independent.shared import database

pytestmark = pytest.mark.independent

EXAMPLES = int(os.environ.get("INDSIGT_INDEPENDENT_EXAMPLES", "12"))


class _Site:
    def __init__(self, root: Path) -> None:
        anchor = date.today()
        url, self._drop = database(root)
        self.cli = Cli(url, root / "indsigt.key")
        data = root / "world.ndjson"
        data.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in attacks.resources(anchor)),
            "utf-8",
        )
        for args in (("init",), ("import", str(data))):
            r = self.cli.run(*args)
            assert r.returncode == 0, r.stderr
        r = self.cli.run("orders", "add", "-", stdin=json.dumps(attacks.ORDERS, ensure_ascii=False))
        assert r.returncode == 0, r.stderr
        r = self.cli.run("users", "add", "ia-adm", "--role", "admin", "--name", "Drift")
        assert r.returncode == 0, r.stderr
        self.http = Http(self.cli).__enter__()
        self.admin = self.http.client("user:ia-adm")
        self.citizen = self.http.client(f"patient:{attacks.CITIZEN}")
        self.n = 0
        self.when = datetime.combine(anchor - timedelta(days=1), time(10), TZ).isoformat()

    def show(self, text: str) -> str:
        """Upload a note with ``text`` for the citizen; what the citizen's journal shows."""
        self.n += 1
        did = f"ia-prop-{self.n:04d}"
        doc = {
            "resourceType": "DocumentReference",
            "id": did,
            "status": "current",
            "type": {"text": "Journalnotat"},
            "subject": {"reference": f"Patient/{attacks.CITIZEN}"},
            "date": self.when,
            "author": [{"reference": "PractitionerRole/ia-r-ssa"}],
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain; charset=utf-8",
                        "data": base64.b64encode(text.encode()).decode(),
                    }
                }
            ],
        }
        body = (json.dumps(doc, ensure_ascii=False) + "\n").encode()
        r = self.admin.post(
            "/api/admin/import", files={"files": (f"{did}.ndjson", body, "application/x-ndjson")}
        )
        assert r.status_code == 200, r.text
        r = self.citizen.get("/api/me/journal")
        assert r.status_code == 200, r.text
        return next(d["text"] for d in r.json()["documents"] if d["id"] == did)

    def close(self) -> None:
        self.admin.close()
        self.citizen.close()
        self.http.__exit__(None, None, None)
        self._drop()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = _Site(Path(tmp_path_factory.mktemp("names-props")))
    yield s
    s.close()


def _score(marked: str, shown: str) -> Tally:
    text, spans = attacks.parse(marked)
    for sp in spans:
        if sp["kind"] == "staff":
            sp["form"] = "property"
            sp["ident"] = attacks.idents_of(attacks.BY_KEY[sp["person"].removeprefix("ia-s-")])
    t = Tally()
    score_text(
        text,
        shown,
        [s for s in spans if s["kind"] != "markup"],
        attacks.hidden_for(attacks.CITIZEN),
        {},
        set(),
        t,
        "property",
        (),
    )
    return t


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],  # each example is an upload: no shrinking
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(marked=strategies.note())
def test_hidden_in_every_form_and_every_trick(site, marked: str) -> None:  # type: ignore[no-untyped-def]
    text, _ = attacks.parse(marked)
    shown = site.show(text)
    t = _score(marked, shown)
    assert t.total_leaks == 0, f"{text!r}\n-> {shown!r}\n" + "\n".join(
        e for v in t.leak_examples.values() for e in v
    )
    lost = {k: v for k, v in t.lost_examples.items() if k.startswith("word:keep")}
    assert not lost, f"{text!r}\n-> {shown!r}\n{lost}"
