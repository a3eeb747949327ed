"""E-mail alerts: opt-in through the API (confirmed by the link in an e-mail), evaluated after an
upload, queued in the outbox and delivered by the sender to an SMTP sink (aiosmtpd on 127.0.0.1)
that the tests read; plain Danish, a link, no hidden name, no CPR. (The outbox itself, retries and
a silent SMTP server: tests/test_security_alerts.py.)"""

from __future__ import annotations

import email
import email.policy
import io
import json
import socket
from collections.abc import Iterator
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

import builders as b
from indsigt.alerts import alerts_after_import
from indsigt.db import session_scope
from indsigt.store.cases import AlertMessage
from indsigt.timeutil import utcnow
from leakcheck import assert_no_leak
from test_api_support import api, iso  # noqa: F401

CPRS = ("6512401234", "7003551111", "6101801234", "6202702222")


class Sink:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.original_content or envelope.content)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(monkeypatch) -> Iterator[Sink]:
    sink = Sink()
    port = _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("INDSIGT_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("INDSIGT_SMTP_PORT", str(port))
    monkeypatch.setenv("INDSIGT_SMTP_FROM", "indsigt@region.example.dk")
    from indsigt.config import get_settings

    get_settings.cache_clear()
    yield sink
    controller.stop()


def _upload(api, resources: list[dict], name: str = "nyt.ndjson"):  # noqa: F811
    data = io.BytesIO("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in resources).encode())
    return api.client("admin").post(
        "/api/admin/import", files={"files": (name, data, "application/x-ndjson")}
    )


def _new_accesses() -> list[dict]:
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    return [
        b.practitioner("s-new", "Ib", "Ny", username="ibn"),
        b.role("r-new", "s-new", "o-rtg", "Radiograf"),
        # a new organisation (Radiologisk afdeling), an emergency override, and a night-time
        # access by the nurse hidden from Anna
        b.audit(
            "n1", "p1", iso(now - timedelta(days=1, hours=-10)), role_id="r-new", org_id="o-rtg"
        ),
        b.audit(
            "n2",
            "p1",
            iso(now - timedelta(days=1)),
            role_id="r-berg",
            org_id="o-hjem",
            purpose="ETREAT",
        ),
        b.audit(
            "n3",
            "p1",
            iso(now.replace(hour=1) - timedelta(days=2)),
            role_id="r-holm",
            org_id="o-kard",
        ),
    ]


def _mail(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def _send(api) -> int:  # noqa: F811
    from indsigt.outbox import send_due

    return send_due(api.url)


def _code(api) -> str:  # noqa: F811
    """The code of the newest confirmation e-mail in the outbox (before it is sent)."""
    import re

    from indsigt.store.security import MailOutbox

    with session_scope(api.url) as s:
        row = s.scalars(
            select(MailOutbox).where(MailOutbox.kind == "confirm").order_by(MailOutbox.id.desc())
        ).first()
        return re.search(r"kode=([\w-]+)", row.body).group(1)


def _opt_in(api, kinds: list[str] | None = None) -> None:  # noqa: F811
    """Anna asks for alerts and confirms her address with the code of the e-mail."""
    anna = api.client("citizen")
    body: dict = {"email": "anna@example.org"}
    if kinds is not None:
        body["kinds"] = kinds
    r = anna.put("/api/me/alerts", json=body)
    assert r.status_code == 200 and r.json()["enabled"] is True, r.text
    code = _code(api)
    _send(api)
    r = anna.post("/api/alerts/confirm", json={"code": code})
    assert r.status_code == 200 and r.json() == {"confirmed": True}
    assert anna.get("/api/me/alerts").json()["confirmed"] is True


def test_alert_after_upload_is_plain_danish_without_names(api, smtp):  # noqa: F811
    anna = api.client("citizen")
    _opt_in(api)
    assert set(anna.get("/api/me/alerts").json()["kinds"]) == {
        "new_organization",
        "emergency",
        "flagged",
    }
    smtp.messages.clear()  # the confirmation e-mail
    # what was in the log when Anna opted in does not alert
    with session_scope(api.url) as s:
        assert alerts_after_import(s) == []
    assert _send(api) == 0 and smtp.messages == []
    r = _upload(api, _new_accesses())
    assert r.status_code == 200, r.text
    assert r.json()["alerts"] == 1
    assert _send(api) == 1
    assert len(smtp.messages) == 1
    raw = smtp.messages[0]
    msg = _mail(raw)
    body = msg.get_content()
    assert msg["To"] == "anna@example.org" and msg["From"] == "indsigt@region.example.dk"
    assert msg["Subject"].startswith("Nyt i din adgangslog")
    assert "Radiologisk afdeling" in body
    assert "værdispring" in body
    assert "http://127.0.0.1:8000/log" in body
    assert "Hej," in body and "Venlig hilsen" in body
    # the leak detector reads the raw message (headers, transfer encodings) and the decoded body
    text = raw.decode("utf-8", "replace")
    assert_no_leak(text, api.hidden_people())
    assert_no_leak(body, api.hidden_people())
    for name in ("Karen Berg", "Ib Ny", "Mette", "Holm"):
        assert name not in body  # an alert names no person at all
    assert not any(c in text or c in body for c in CPRS)
    # evaluated again: nothing new, nothing sent
    with session_scope(api.url) as s:
        assert alerts_after_import(s) == []
    assert _send(api) == 0 and len(smtp.messages) == 1
    sent = anna.get("/api/me/alerts").json()["sent"]
    assert [x["status"] for x in sent] == ["sent"]


def test_only_the_chosen_kinds_alert(api, smtp):  # noqa: F811
    _opt_in(api, ["new_organization"])
    smtp.messages.clear()
    now = utcnow().replace(minute=0, second=0, microsecond=0)
    # only an emergency override at a known organisation: no alert of the chosen kind
    r = _upload(
        api,
        [
            b.audit(
                "m1",
                "p1",
                iso(now - timedelta(hours=30)),
                role_id="r-berg",
                org_id="o-hjem",
                purpose="BTG",
            )
        ],
    )
    assert r.status_code == 200 and r.json()["alerts"] == 0
    assert _send(api) == 0 and smtp.messages == []
    # a new organisation: alert
    r = _upload(api, _new_accesses()[:3], name="rtg.ndjson")
    assert r.json()["alerts"] == 1 and _send(api) == 1 and len(smtp.messages) == 1
    assert "Radiologisk afdeling" in _mail(smtp.messages[0]).get_content()


def test_opt_out_and_validation(api, smtp):  # noqa: F811
    anna = api.client("citizen")
    assert anna.put("/api/me/alerts", json={"email": "ikke en adresse"}).status_code == 422
    assert anna.put("/api/me/alerts", json={"email": "a@b.dk", "kinds": []}).status_code == 422
    _opt_in(api)
    smtp.messages.clear()
    r = anna.delete("/api/me/alerts")
    assert r.status_code == 200 and r.json()["enabled"] is False
    assert _upload(api, _new_accesses()).json()["alerts"] == 0
    assert _send(api) == 0 and smtp.messages == []


def test_without_smtp_nothing_is_sent_and_nothing_breaks(api, monkeypatch):  # noqa: F811
    monkeypatch.delenv("INDSIGT_SMTP_HOST", raising=False)
    _opt_in(api)
    r = _upload(api, _new_accesses())
    assert r.status_code == 200 and r.json()["alerts"] == 1
    assert _send(api) == 0
    with session_scope(api.url) as s:
        [m] = s.scalars(select(AlertMessage)).all()
        assert m.status == "not_configured"


def test_smtp_down_is_recorded_not_fatal(api, monkeypatch):  # noqa: F811
    monkeypatch.setenv("INDSIGT_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("INDSIGT_SMTP_PORT", str(_free_port()))
    from indsigt.config import get_settings

    get_settings.cache_clear()
    _opt_in(api)
    r = _upload(api, _new_accesses())
    assert r.status_code == 200
    assert _send(api) == 0
    with session_scope(api.url) as s:
        [m] = s.scalars(select(AlertMessage)).all()
        # nobody listens on the port: kept for a retry, with the error recorded
        assert m.status == "queued"
        from indsigt.store.security import MailOutbox

        row = s.scalars(select(MailOutbox).where(MailOutbox.kind == "alert")).one()
        assert row.attempts == 1 and row.last_error
