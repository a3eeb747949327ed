"""Issue 15.4: alerts go through an outbox; an import never waits for an e-mail server.

Reproduced: e-mails were sent synchronously inside the import with a 15 s timeout each; with an
SMTP server that does not answer, a 3-line import took 45 s and blocked a concurrent sign-in for
42 s. Now the import writes the alerts into ``mail_outbox`` in its own transaction and a
background sender (a thread started by ``indsigt serve``) delivers them with retries and backoff;
and nothing is sent to an address before its owner confirmed it (double opt-in, a Danish e-mail
with a link).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from indsigt.db import session_scope
from indsigt.store.cases import AlertMessage
from indsigt.timeutil import utcnow
from test_alerts import Sink, _mail, _new_accesses, _upload, smtp  # noqa: F401
from test_api_support import api, iso, sign_in  # noqa: F401

LINK = re.compile(r"(http://\S+/underretninger/bekraeft\?kode=[\w-]+)")


class Blackhole:
    """An SMTP server that accepts connections and never says a word."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.held: list[socket.socket] = []
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            self.held.append(conn)

    def close(self) -> None:
        self._stop = True
        self.thread.join(timeout=2)
        for c in self.held:
            c.close()
        self.sock.close()


@pytest.fixture
def blackhole(monkeypatch) -> Iterator[Blackhole]:
    bh = Blackhole()
    yield bh
    bh.close()


def _point_smtp(monkeypatch, port: int, timeout: str = "1") -> None:
    monkeypatch.setenv("INDSIGT_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("INDSIGT_SMTP_PORT", str(port))
    monkeypatch.setenv("INDSIGT_SMTP_TIMEOUT_SECONDS", timeout)
    from indsigt.config import get_settings

    get_settings.cache_clear()


def _send(url: str, **kw) -> int:  # type: ignore[no-untyped-def]
    from indsigt.outbox import send_due

    return send_due(url, **kw)


def _confirm(api, sink: Sink, client: TestClient) -> None:  # noqa: F811
    """Follow the link of the confirmation e-mail in a browser (not signed in)."""
    _send(api.url)
    link = LINK.search(_mail(sink.messages[-1]).get_content())
    assert link, _mail(sink.messages[-1]).get_content()
    browser = TestClient(api.app)
    page = browser.get(link.group(1).replace("http://127.0.0.1:8000", ""))
    assert page.status_code == 200 and "Bekræft" in page.text
    form = dict(re.findall(r'name="(csrf_token|kode)" value="([^"]+)"', page.text))
    r = browser.post("/underretninger/bekraeft", data=form, follow_redirects=False)
    assert r.status_code in (200, 303), r.text[:300]


def test_nothing_is_sent_to_an_address_before_it_is_confirmed(api, smtp):  # noqa: F811
    anna = api.client("citizen")
    r = anna.put("/api/me/alerts", json={"email": "anna@example.org"})
    assert r.status_code == 200
    assert r.json()["confirmed"] is False
    assert _send(api.url) == 1
    [raw] = smtp.messages
    msg = _mail(raw)
    body = msg.get_content()
    assert msg["To"] == "anna@example.org"
    assert msg["Subject"] == "Bekræft din e-mailadresse til indsigt"
    assert "Hej," in body and "bekræft" in body.lower() and LINK.search(body)
    assert "Anna" not in body and "6512401234" not in body
    # new accesses before the confirmation: no alert is even queued
    assert _upload(api, _new_accesses()).json()["alerts"] == 0
    _send(api.url)
    assert len(smtp.messages) == 1
    # a wrong code changes nothing
    browser = TestClient(api.app)
    page = browser.get("/underretninger/bekraeft?kode=forkert")
    form = dict(re.findall(r'name="(csrf_token|kode)" value="([^"]+)"', page.text))
    r = browser.post("/underretninger/bekraeft", data=form, follow_redirects=False)
    assert r.status_code in (404, 422)
    assert anna.get("/api/me/alerts").json()["confirmed"] is False
    _confirm(api, smtp, anna)
    assert anna.get("/api/me/alerts").json()["confirmed"] is True
    # what happened before the confirmation alerts now, once
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    from builders import audit

    more = [audit("late1", "p1", iso(now - timedelta(hours=3)), role_id="r-berg",
                  org_id="o-hjem", purpose="BTG")]  # fmt: skip
    assert _upload(api, more, name="sen.ndjson").json()["alerts"] == 1
    _send(api.url)
    assert _mail(smtp.messages[-1])["Subject"].startswith("Nyt i din adgangslog")
    # a changed address needs confirming again
    anna.put("/api/me/alerts", json={"email": "anna.ny@example.org"})
    assert anna.get("/api/me/alerts").json()["confirmed"] is False


def test_an_import_does_not_wait_for_an_smtp_server_that_does_not_answer(
    api,  # noqa: F811
    smtp,  # noqa: F811
    blackhole,
    monkeypatch,
):
    anna = api.client("citizen")
    anna.put("/api/me/alerts", json={"email": "anna@example.org"})
    _confirm(api, smtp, anna)
    sink_port = int(os.environ["INDSIGT_SMTP_PORT"])
    _point_smtp(monkeypatch, blackhole.port)
    # a sign-in on another thread while the import runs
    signed_in: dict[str, float] = {}

    def sign_in_meanwhile() -> None:
        t0 = time.perf_counter()
        c = TestClient(api.app)
        sign_in(c, "patient:p2")
        signed_in["s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    other = threading.Thread(target=sign_in_meanwhile)
    other.start()
    r = _upload(api, _new_accesses())
    took = time.perf_counter() - t0
    other.join(timeout=60)
    assert r.status_code == 200 and r.json()["alerts"] == 1
    # the import never touched the network: the silent server saw no connection at all
    assert blackhole.accepted == 0
    assert took < 10 and signed_in["s"] < 10, (took, signed_in)
    with session_scope(api.url) as s:
        [m] = [x for x in s.scalars(select(AlertMessage)) if "adgangslog" in x.subject]
        assert m.status == "queued"
    # the sender tries, times out after INDSIGT_SMTP_TIMEOUT_SECONDS, and backs off
    from indsigt.store.security import MailOutbox

    assert _send(api.url) == 0
    assert blackhole.accepted == 1
    with session_scope(api.url) as s:
        row = s.scalars(select(MailOutbox).where(MailOutbox.kind == "alert")).one()
        assert row.status == "queued" and row.attempts == 1 and row.last_error
        first_retry = row.next_attempt_at - utcnow()
        assert timedelta(seconds=10) < first_retry < timedelta(minutes=5)
    assert _send(api.url) == 0 and blackhole.accepted == 1  # not due yet: not tried again
    # later the attempt after that waits longer (exponential backoff)
    assert _send(api.url, now=utcnow() + first_retry + timedelta(seconds=1)) == 0
    with session_scope(api.url) as s:
        row = s.scalars(select(MailOutbox).where(MailOutbox.kind == "alert")).one()
        assert row.attempts == 2
        assert row.next_attempt_at - utcnow() > first_retry * 1.5
    # the server answers again: delivered, and the citizen's record says so
    _point_smtp(monkeypatch, sink_port)
    assert _send(api.url, now=utcnow() + timedelta(hours=2)) == 1
    assert _mail(smtp.messages[-1])["Subject"].startswith("Nyt i din adgangslog")
    sent = anna.get("/api/me/alerts").json()["sent"]
    assert [x["status"] for x in sent] == ["sent"]


def test_the_sender_gives_up_after_its_attempts_and_says_so(api, smtp, blackhole, monkeypatch):  # noqa: F811
    from indsigt.config import get_settings
    from indsigt.store.security import MailOutbox

    anna = api.client("citizen")
    anna.put("/api/me/alerts", json={"email": "anna@example.org"})
    _confirm(api, smtp, anna)
    _point_smtp(monkeypatch, blackhole.port, timeout="0.2")
    _upload(api, _new_accesses())
    at = utcnow()
    for _ in range(get_settings().outbox_max_attempts):
        at += timedelta(days=1)
        _send(api.url, now=at)
    with session_scope(api.url) as s:
        row = s.scalars(select(MailOutbox).where(MailOutbox.kind == "alert")).one()
        assert row.status == "failed" and row.attempts == get_settings().outbox_max_attempts
    assert [x["status"] for x in anna.get("/api/me/alerts").json()["sent"]] == ["failed"]


@pytest.mark.slow
def test_serve_starts_the_sender(db_url, tmp_path, world, smtp, monkeypatch):  # noqa: F811
    """``indsigt serve`` delivers the outbox by itself (a thread of the supervisor process)."""
    from test_api_support import load
    from test_serve import serve

    load(db_url, tmp_path / "world.ndjson", world)
    monkeypatch.setenv("INDSIGT_OUTBOX_POLL_SECONDS", "0.5")
    with (
        serve(db_url, tmp_path, workers=2) as server,
        httpx.Client(base_url=server.url, timeout=30) as c,
    ):
        token = c.post("/api/dev-login/token", json={"persona": "patient:p1"}).json()["id_token"]
        h = {"Authorization": f"Bearer {token}"}
        assert (
            c.put("/api/me/alerts", json={"email": "anna@example.org"}, headers=h).status_code
            == 200
        )
        deadline = time.monotonic() + 30
        while not smtp.messages and time.monotonic() < deadline:
            time.sleep(0.2)
        assert smtp.messages, "the confirmation e-mail was not sent by the server"
        assert "Bekræft" in _mail(smtp.messages[0])["Subject"]
