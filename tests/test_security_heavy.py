"""Issue 15.5: one citizen cannot slow down everyone.

Reproduced with a citizen of 50,000 unexplained entries: ``/api/me/log`` took 12.5 s and returned
39 MB, the PDF export 491 s, and ten parallel CSV exports from one account made another user's
``/api/me`` answer 503 after 30 s. Now the API pages the groups as well as the entries (only the
page is rendered and protected), the CSV is streamed, the PDF is bounded (and says so), and a user
has at most ``INDSIGT_EXPENSIVE_PER_USER`` expensive requests running at once across all workers
(429 with ``Retry-After`` above). The latency of other users under such a client is measured by
``bench/load/loadtest.py run --abusive`` (docs/performance.md, "Load test").
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
HEAVY = "p0000000"
N = 3000


@dataclass
class Heavy:
    url: str
    app: object
    bearer: dict[str, str]
    other: dict[str, str]


def _build(url: str, tmp: Path, n: int = N) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import synth
    from indsigt.accesslog import after_import
    from indsigt.db import init_db
    from indsigt.ingest.importer import Importer

    w = synth.World(orgs=10, staff=1500, patients=1)
    roster = synth.write_roster(tmp / "roster.ndjson", w)
    others = synth.write_roster(tmp / "others.ndjson", synth.World(orgs=1, staff=1, patients=3))
    start = datetime.now(UTC) - timedelta(days=200)
    log = synth.write_audit(tmp / "audit.ndjson", w, n, start=start, span_days=190)
    engine = init_db(url)
    report = Importer(engine, progress=False).run([roster, log])
    assert report.ok, report.problems[:3]
    # a second citizen, with an ordinary log
    report = Importer(engine, progress=False).run([others])
    assert report.ok, report.problems[:3]
    after_import(engine)


@pytest.fixture
def heavy(db_url, tmp_path, monkeypatch) -> Iterator[Heavy]:
    monkeypatch.setenv("INDSIGT_DEV_LOGIN", "true")
    # these tests count renders and protections in this process: the heavy lane (a process of
    # its own for large logs) has its tests in test_security_lane.py
    monkeypatch.setenv("INDSIGT_HEAVY_LANE", "false")
    from indsigt.config import get_settings

    get_settings.cache_clear()
    _build(db_url, tmp_path)
    from indsigt.app import create_app

    app = create_app()
    c = TestClient(app)

    def bearer(persona: str) -> dict[str, str]:
        r = c.post("/api/dev-login/token", json={"persona": persona})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['id_token']}"}

    yield Heavy(db_url, app, bearer(f"patient:{HEAVY}"), bearer("patient:p0000001"))


def _renders(monkeypatch) -> list[int]:
    from indsigt.accesslog import view

    count = [0]
    original = view.render

    def counting(*a, **kw):  # type: ignore[no-untyped-def]
        count[0] += 1
        return original(*a, **kw)

    monkeypatch.setattr(view, "render", counting)
    return count


def test_the_api_pages_the_groups_and_renders_only_the_page(heavy, monkeypatch):
    c = TestClient(heavy.app)
    rendered = _renders(monkeypatch)
    r = c.get("/api/me/log", headers=heavy.bearer)
    assert r.status_code == 200
    doc = r.json()
    all_groups = doc["groups_matching"]
    assert all_groups > 1000  # the citizen really has that many groups
    assert len(doc["groups"]) == 500 and rendered[0] <= 500
    assert len(r.content) < 1_000_000, len(r.content)
    # the pages together are the whole log, each group once
    seen: list[str] = []
    counted = 0
    for offset in range(0, all_groups, 2000):
        page = c.get(
            "/api/me/log",
            headers=heavy.bearer,
            params={"groups_offset": offset, "groups_limit": 2000},
        ).json()
        seen += [g["id"] for g in page["groups"]]
        counted += sum(g["count"] for g in page["groups"])
        assert page["total"] == doc["total"]
    assert len(seen) == len(set(seen)) == all_groups and counted == doc["total"] == N


def test_entries_are_paged_before_they_are_protected(heavy, monkeypatch):
    from indsigt.views import exit as views_exit

    scrubbed: list[int] = []
    original = views_exit.scrub

    def spy(doc, protection):  # type: ignore[no-untyped-def]
        scrubbed.append(len(doc.get("entries") or []))
        return original(doc, protection)

    monkeypatch.setattr(views_exit, "scrub", spy)
    c = TestClient(heavy.app)
    r = c.get(
        "/api/me/log",
        headers=heavy.bearer,
        params={"entries": "true", "limit": 100, "offset": 50, "groups_limit": 10},
    )
    assert r.status_code == 200
    doc = r.json()
    assert len(doc["entries"]) == 100 and doc["entries_matching"] == N
    assert scrubbed and max(scrubbed) <= 100


def test_the_csv_export_is_streamed_and_complete(heavy):
    c = TestClient(heavy.app)
    token = c.post("/api/dev-login/token", json={"persona": f"patient:{HEAVY}"})
    assert token.status_code == 200
    # the web session of the citizen
    page = c.get("/log-ind")
    import re

    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    c.post("/log-ind", data={"persona": f"patient:{HEAVY}", "csrf_token": csrf})
    cookie = "; ".join(f"{k}={v}" for k, v in c.cookies.items())
    chunks: list[int] = []

    import asyncio

    async def run() -> bytes:
        body = b""
        asked = False

        async def receive():  # type: ignore[no-untyped-def]
            nonlocal asked
            if asked:  # a client that sent its request just waits for the answer
                await asyncio.sleep(3600)
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):  # type: ignore[no-untyped-def]
            nonlocal body
            if message["type"] == "http.response.start":
                assert message["status"] == 200
                headers = dict(message["headers"])
                assert b"content-length" not in headers  # streamed, not one big string
            elif message["type"] == "http.response.body" and message.get("body"):
                chunks.append(len(message["body"]))
                body += message["body"]

        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": "/log/eksport.csv",
            "raw_path": b"/log/eksport.csv",
            "query_string": b"",
            "root_path": "",
            "headers": [(b"host", b"testserver"), (b"cookie", cookie.encode())],
            "client": ("127.0.0.1", 50000),
            "server": ("testserver", 80),
            "state": {},
        }
        await heavy.app(scope, receive, send)  # type: ignore[operator]
        return body

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        body = pool.submit(asyncio.run, run()).result()
    rows = body.decode("utf-8-sig").split("\r\n")
    assert len(chunks) > 2, chunks
    assert len([r for r in rows if r]) == N + 1  # every entry, once, and the header
    assert max(chunks) < len(body) / 2


def test_the_pdf_is_bounded_and_says_what_it_leaves_out(heavy, monkeypatch):
    monkeypatch.setenv("INDSIGT_PDF_MAX_GROUPS", "40")
    monkeypatch.setenv("INDSIGT_PDF_MAX_ENTRIES", "150")
    from indsigt.config import get_settings

    get_settings.cache_clear()
    c = TestClient(heavy.app)
    import re

    csrf = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/log-ind").text).group(1)
    c.post(
        "/log-ind",
        data={"persona": f"patient:{HEAVY}", "csrf_token": csrf},
        follow_redirects=False,
    )
    rendered = _renders(monkeypatch)
    r = c.get("/log/eksport.pdf")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    pages = r.content.count(b"/Type /Page\n") + r.content.count(b"/Type /Page ")
    pages = pages or len(re.findall(rb"/Type\s*/Page[^s]", r.content))
    assert 0 < pages <= 15, pages
    assert rendered[0] <= 40
    from indsigt.web.pages import _pdf_bound_note

    note = _pdf_bound_note(
        {
            "groups": [{}] * 40,
            "entries": [{}] * 150,
            "groups_matching": 5000,
            "entries_matching": N,
        }
    )
    assert "150 af 3.000 opslag" in note and "CSV" in note
    assert _pdf_bound_note({"groups": [{}], "entries": [{}]}) == ""


def test_a_user_has_only_a_few_expensive_requests_at_once(heavy, monkeypatch):
    from indsigt import expensive
    from indsigt.config import get_settings
    from indsigt.expensive import acquire, release

    # the slots are asked for on every request (a worker otherwise believes "all taken" for a
    # second: test_security_lane.py)
    monkeypatch.setattr(expensive, "REFUSED_SECONDS", 0.0)

    k = get_settings().expensive_per_user
    held = [acquire(f"u:{HEAVY}", k, f"test-{i}") for i in range(k)]
    assert held == list(range(k))
    assert acquire(f"u:{HEAVY}", k, "one-more") is None
    c = TestClient(heavy.app)
    import re

    csrf = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/log-ind").text).group(1)
    c.post("/log-ind", data={"persona": f"patient:{HEAVY}", "csrf_token": csrf})
    for path in ("/log/eksport.csv", "/log", "/", "/api/me/log"):
        r = c.get(path, headers={"accept": "text/html"})
        assert r.status_code == 429, (path, r.status_code)
        assert r.headers["retry-after"] == "5" and "prøv igen" in r.text.lower()
    # bearer tokens of the same citizen count as the same user
    assert TestClient(heavy.app).get("/api/me/log", headers=heavy.bearer).status_code == 429
    # other users are not affected, and cheap pages of the same user neither
    assert TestClient(heavy.app).get("/api/me/log", headers=heavy.other).status_code == 200
    assert c.get("/api/me").status_code == 200
    for i, slot in enumerate(held):
        release(f"u:{HEAVY}", slot, f"test-{i}")
    assert c.get("/log/eksport.csv").status_code == 200
    # a worker of this host that died holding slots does not hold them any more
    import subprocess

    from indsigt.expensive import HOST

    gone = subprocess.Popen(["true"])
    gone.wait()
    from indsigt.db import session_scope
    from indsigt.store.security import BusyLease
    from indsigt.timeutil import utcnow

    with session_scope(heavy.url) as s:
        for i in range(k):  # as a killed worker leaves them: held for another 10 minutes
            s.add(
                BusyLease(
                    key=f"u:{HEAVY}",
                    slot=i,
                    holder=f"{HOST}:{gone.pid}:x{i}",
                    until=utcnow() + timedelta(minutes=10),
                )
            )
    assert c.get("/log/eksport.csv").status_code == 200


@pytest.mark.slow
def test_ten_parallel_exports_do_not_shut_out_another_user(db_url, tmp_path, monkeypatch):
    """The reproduction on a served app: 10 parallel CSV exports of one account while another
    citizen keeps asking for ``/api/me``: the exports beyond the user's share are refused at once,
    and the other citizen is never refused (it got 503 after 30 s before)."""
    from test_serve import serve

    _build(db_url, tmp_path)
    with serve(db_url, tmp_path, workers=2) as server:
        with httpx.Client(base_url=server.url, timeout=120) as c:
            tok = c.post("/api/dev-login/token", json={"persona": f"patient:{HEAVY}"})
            heavy_h = {"Authorization": f"Bearer {tok.json()['id_token']}"}
            tok = c.post("/api/dev-login/token", json={"persona": "patient:p0000001"})
            other_h = {"Authorization": f"Bearer {tok.json()['id_token']}"}
        results: list[int] = []
        other: list[int] = []
        stop = threading.Event()

        def export() -> None:
            with httpx.Client(base_url=server.url, timeout=300) as ec:
                results.append(ec.get("/api/me/log?entries=true", headers=heavy_h).status_code)

        def keep_asking() -> None:
            with httpx.Client(base_url=server.url, timeout=60) as oc:
                while not stop.is_set():
                    other.append(oc.get("/api/me", headers=other_h).status_code)

        asker = threading.Thread(target=keep_asking)
        asker.start()
        threads = [threading.Thread(target=export) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        stop.set()
        asker.join(timeout=60)
        from indsigt.config import get_settings

        k = get_settings().expensive_per_user
        assert results.count(429) >= 10 - k, results
        assert set(results) <= {200, 429}
        assert other and set(other) == {200}, sorted(set(other))
