"""Shared fixtures of the web-page tests (no tests here): a small synthetic world with a hospital
in a region, a municipality with home care, a protection order toward Anna (p1), a power of
attorney from Anna to Carl (p4), app users, and clients signed in through the log-in page."""

from __future__ import annotations

import re
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

PERSONAS = {
    "anna": "patient:p1",  # the citizen with a protection order (Mette Holm hidden)
    "bent": "patient:p2",
    "mette": "patient:p3",
    "carl": "patient:p4",  # Anna's proxy
    "admin": "user:adm1",
    "auditor": "user:rev1",
}
HIDDEN = "s-holm"
MUNI = "urn:dk:kommunekode"


def iso(dt: Any) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _org(
    oid: str,
    name: str,
    *,
    part_of: str | None = None,
    kommune: str | None = None,
    type_: str = "department",
) -> dict[str, Any]:
    o = b.org(oid, name, part_of=part_of, type_=type_)
    if kommune:
        o["identifier"] = [{"system": MUNI, "value": kommune}]
    return o


def resources(world: dict[str, list[dict]]) -> list[dict]:
    """The world (with a real region and municipality) plus notes and log entries near today."""
    now = utcnow()

    def d(days: int, h: int = 10) -> str:
        return iso(now.replace(hour=h, minute=0, second=0, microsecond=0) - timedelta(days=days))

    orgs = [
        _org("o-reg", "Region Nordjylland", type_="region"),
        _org("o-hosp", "Aalborg Universitetshospital", part_of="o-reg", type_="hospital"),
        _org("o-kard", "Kardiologisk afdeling", part_of="o-hosp"),
        _org("o-rtg", "Radiologisk afdeling", part_of="o-hosp"),
        _org("o-rets", "Retspsykiatrisk afdeling", part_of="o-hosp"),
        _org("o-kom", "Aalborg Kommune", kommune="0851", type_="municipality"),
        _org("o-hjem", "Hjemmeplejen Aalborg Øst", part_of="o-kom", type_="homecare"),
        _org("o-sys", "Sundhedsplatformen", type_="system"),
    ]
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
        b.document(
            "doc2",
            "p1",
            "r-skov",
            d(19, 9),
            "Ekg normalt. Holms notat læst.",
            "Lægenotat",
            custodian="o-kard",
        ),
        b.document(
            "doc3",
            "p2",
            "r-skov",
            d(15),
            "Bent har det godt. Hilsen Hans Skov",
            "Lægenotat",
            custodian="o-kard",
        ),
        b.audit("a1", "p1", d(20, 11), role_id="r-holm", org_id="o-kard"),
        b.audit("a2", "p1", d(20, 12), role_id="r-skov", org_id="o-kard"),
        b.audit("a3", "p1", d(10, 23), role_id="r-lund", org_id="o-rets"),
        b.audit("a4", "p1", d(5, 14), role_id="r-berg", org_id="o-hjem", purpose="BTG"),
        b.audit("a5", "p2", d(3, 9), role_id="r-holm", org_id="o-kard"),
        b.audit("a6", "p4", d(3, 9), role_id="r-skov", org_id="o-kard"),
        b.audit("a7", "p2", d(2, 9), role_id="r-skov", org_id="o-kard"),
    ]
    # many notes for Bent, for pagination
    extra += [
        b.document(
            f"bn{i:03d}",
            "p2",
            "r-skov",
            d(100 + i),
            f"Kontrol nr. {i}. Alt vel.",
            "Kontrolnotat",
            custodian="o-kard",
        )
        for i in range(45)
    ]
    return orgs + world["staff"] + world["patients"] + extra


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
                "staff": [HIDDEN],
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


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf(c: TestClient, path: str = "/log-ind") -> str:
    r = c.get(path)
    m = CSRF_RE.search(r.text)
    assert m, f"no CSRF token on {path}"
    return m.group(1)


def sign_in(c: TestClient, persona: str) -> None:
    token = csrf(c)
    r = c.post("/log-ind", data={"csrf_token": token, "persona": persona}, follow_redirects=False)
    assert r.status_code == 303, r.text[:500]


def post(c: TestClient, path: str, data: dict[str, Any], *, page: str | None = None) -> Any:
    """POST a form with the CSRF token of the current session."""
    token = csrf(c, page or "/")
    return c.post(path, data={"csrf_token": token, **data}, follow_redirects=False)


@dataclass
class Web:
    url: str
    app: Any
    clients: dict[str, TestClient] = field(default_factory=dict)

    def client(self, who: str) -> TestClient:
        if who not in self.clients:
            c = TestClient(self.app)
            if who != "anonymous":
                sign_in(c, PERSONAS[who])
            self.clients[who] = c
        return self.clients[who]


@pytest.fixture
def web(db_url: str, tmp_path: Path, world, monkeypatch: pytest.MonkeyPatch) -> Iterator[Web]:
    monkeypatch.setenv("INDSIGT_DEV_LOGIN", "true")
    from indsigt import auth
    from indsigt.config import get_settings

    get_settings.cache_clear()
    auth.auth_settings.cache_clear()
    load(db_url, tmp_path / "world.ndjson", world)
    from indsigt.app import create_app

    yield Web(db_url, create_app())
    get_settings.cache_clear()
