"""Shared fixtures of the HTTP API tests: a small synthetic world with a protection order, a power
of attorney, app users, and signed-in clients for every role (through the development issuer).

Holds no tests itself; the API test modules import from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.timeutil import utcnow

#: (role in the matrix) -> dev-login persona; "proxy" is Carl (p4), who holds Anna's (p1) fuldmagt
PERSONAS = {
    "citizen": "patient:p1",
    "proxy": "patient:p4",
    "other": "patient:p2",
    "admin": "user:adm1",
    "auditor": "user:rev1",
}
HIDDEN = ("s-holm",)


def iso(dt) -> str:  # type: ignore[no-untyped-def]
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def resources(world: dict[str, list[dict]]) -> list[dict]:
    """The world plus relations, notes and log entries dated relative to now."""
    now = utcnow()

    def d(days: int, h: int = 10) -> str:
        return iso(now.replace(hour=h, minute=0, second=0, microsecond=0) - timedelta(days=days))

    extra = [
        b.episode("ep1", "p1", "o-kard", d(40), None, "Hjertekursus"),
        b.encounter("en1", "p1", "o-kard", d(20, 8), d(20, 16), ["r-holm", "r-skov"]),
        b.document(
            "doc1",
            "p1",
            "r-holm",
            d(20, 11),
            "Patienten er set af sygeplejerske Mette Holm. Hans Skov tilses i morgen. /MLH",
            "Sygeplejenotat",
            custodian="o-kard",
        ),
        b.document("doc2", "p1", "r-skov", d(19, 9), "Ekg normalt. Holms notat læst.", "Lægenotat"),
        b.document("doc3", "p2", "r-skov", d(15), "Bent har det godt.", "Lægenotat"),
        b.audit("a1", "p1", d(20, 11), role_id="r-holm", org_id="o-kard"),
        b.audit("a2", "p1", d(20, 12), role_id="r-skov", org_id="o-kard"),
        b.audit("a3", "p1", d(10, 23), role_id="r-lund", org_id="o-rets"),
        b.audit("a4", "p1", d(5, 14), role_id="r-berg", org_id="o-hjem", purpose="BTG"),
        b.audit("a5", "p2", d(3, 9), role_id="r-holm", org_id="o-kard"),
        b.audit("a6", "p4", d(3, 9), role_id="r-skov", org_id="o-kard"),
    ]
    return world["orgs"] + world["staff"] + world["patients"] + extra


def load(url: str, path: Path, world: dict[str, list[dict]]) -> None:
    from indsigt.integrity.log import sign_head
    from indsigt.protect.orders import add_orders
    from indsigt.proxies import add_proxies
    from indsigt.users import add_user

    report = Importer(init_db(url), progress=False).run([b.write_ndjson(path, resources(world))])
    assert report.ok, report.problems
    today = utcnow().date()
    with session_scope(url) as s:
        sign_head(s)  # as the import service does after every import
        add_orders(
            s,
            {
                "id": "ord1",
                "kind": "patient",
                "patient": "p1",
                "staff": list(HIDDEN),
                "from": (today - timedelta(days=30)).isoformat(),
                "until": (today + timedelta(days=60)).isoformat(),
                "reason": "threats",
                "mode": "pseudonym",
                "decided_by": "Afdelingsledelsen",
            },
            actor="test",
        )
        add_proxies(
            s,
            {
                "id": "fm1",
                "principal": "p1",
                "proxy": "p4",
                "scope": ["journal", "log"],
                "from": (today - timedelta(days=10)).isoformat(),
            },
            actor="test",
        )
        add_user(s, "adm1", "Admin Adam", "admin", actor="test")
        add_user(s, "rev1", "Revisor Rita", "auditor", actor="test")


@dataclass
class Api:
    url: str
    app: Any
    world: dict[str, list[dict]]
    clients: dict[str, TestClient] = field(default_factory=dict)

    def client(self, role: str) -> TestClient:
        """A TestClient signed in as ``role`` (``anonymous`` = not signed in)."""
        if role not in self.clients:
            c = TestClient(self.app)
            if role != "anonymous":
                sign_in(c, PERSONAS[role])
            self.clients[role] = c
        return self.clients[role]

    def hidden_people(self) -> list[dict]:
        return [p for p in self.world["staff"] if p.get("id") in HIDDEN]


def csrf(client: TestClient) -> str:
    r = client.get("/api/auth/session")
    assert r.status_code == 200, r.text
    return r.json()["csrf_token"]


def sign_in(client: TestClient, persona: str) -> dict:
    token = csrf(client)
    r = client.post(
        "/api/dev-login/sign-in", json={"persona": persona}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return r.json()


@pytest.fixture
def api(db_url: str, tmp_path: Path, world, monkeypatch: pytest.MonkeyPatch) -> Iterator[Api]:
    monkeypatch.setenv("INDSIGT_DEV_LOGIN", "true")
    from indsigt.auth import auth_settings
    from indsigt.config import get_settings

    get_settings.cache_clear()
    auth_settings.cache_clear()
    load(db_url, tmp_path / "world.ndjson", world)
    from indsigt.app import create_app

    a = Api(db_url, create_app(), world)
    yield a
    for c in a.clients.values():
        c.close()


class LeakGuard:
    """Scans every response a client receives with ``leakcheck.assert_no_leak``."""

    def __init__(self, client: TestClient, persons: list[dict]) -> None:
        self.persons = persons
        self.paused = False
        self.scanned: list[str] = []
        client.event_hooks["response"].append(self._hook)

    def _hook(self, response) -> None:  # type: ignore[no-untyped-def]
        from leakcheck import assert_no_leak

        response.read()
        ctype = response.headers.get("content-type", "")
        if self.paused or not ("json" in ctype or ctype.startswith("text/")):
            return
        if response.request.url.path.startswith("/api/dev-login/"):
            return  # the development issuer's persona list is a tool, not a citizen's view
        assert_no_leak(response.text, self.persons)
        self.scanned.append(f"{response.request.method} {response.request.url.path}")


def guard(api: Api, role: str) -> LeakGuard:
    """Every response to ``role`` (a citizen or proxy of Anna) is scanned for the hidden nurse."""
    return LeakGuard(api.client(role), api.hidden_people())
