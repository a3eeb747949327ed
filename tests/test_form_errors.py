"""A refusal names the parameter it is about (``Invalid.field``), set by the service; the web
forms put the message next to that field and the API says it, whatever the message's wording."""

from __future__ import annotations

import pytest

from indsigt import alerts, appointments, cases, namerequests, proxies
from indsigt.db import session_scope
from indsigt.errors import Invalid
from indsigt.protect import orders as orders_mod
from indsigt.web.render import form_error
from test_api_support import api  # noqa: F401
from test_web_support import Web, post, web  # noqa: F401


def _field(call) -> str | None:  # type: ignore[no-untyped-def]
    with pytest.raises(Invalid) as err:
        call()
    return err.value.field


def test_services_name_the_refused_parameter(web: Web):  # noqa: F811
    with session_scope(web.url) as s:
        assert _field(lambda: alerts.subscribe(s, "p1", email="nope", kinds=None)) == "email"
        assert _field(lambda: alerts.subscribe(s, "p1", email="a@b.dk", kinds=[])) == "kinds"
        assert _field(lambda: alerts.subscribe(s, "p1", email="a@b.dk", kinds=["x"])) == "kinds"
        assert (
            _field(lambda: appointments.set_reminders(s, "p1", email="x", days_before=2)) == "email"
        )
        assert (
            _field(lambda: appointments.set_reminders(s, "p1", email="a@b.dk", days_before=99))
            == "days_before"
        )
        give = proxies.grant
        assert _field(lambda: give(s, "p1", cpr="12", name="Carl", scope=["log"])) == "cpr"
        assert _field(lambda: give(s, "p1", cpr="6202702222", name="", scope=["log"])) == "name"
        assert _field(lambda: give(s, "p1", cpr="6202702222", name="Carl Nielsen", scope=[])) == (
            "scope"
        )
        assert _field(lambda: give(s, "p1", cpr="6512401234", name="Anna Jensen", scope=[])) == (
            "cpr"
        )  # oneself
        assert (
            _field(lambda: namerequests.decide(s, "x", auditor="rev1", grant=True, reason=" "))
            == "reason"
        )
        assert _field(lambda: cases._text(" ", "Teksten", param="text", required=True)) == "text"
        order_id = orders_mod.list_orders(s)[0]["id"]
        assert _field(lambda: orders_mod.revoke_order(s, order_id, " ", actor="adm1")) == "reason"
        assert (
            _field(lambda: orders_mod.extend_order_days(s, order_id, 0, "r", actor="adm1"))
            == "days"
        )


def test_the_form_places_the_message_by_the_field_not_by_its_words():
    exc = Invalid("Noget helt andet end før.", field="email")
    assert form_error(exc, {"email": "email", "kinds": "typer"}, "typer") == {
        "email": "Noget helt andet end før."
    }
    whole = Invalid("Om hele formularen.")
    assert form_error(whole, {"email": "email"}, "typer") == {"typer": "Om hele formularen."}


def test_web_form_shows_the_error_at_the_field_the_service_named(web: Web, monkeypatch):  # noqa: F811
    """Reworded refusals land at the same field: the adapter reads ``field``, not the text."""

    def refuse(*a, **k):  # type: ignore[no-untyped-def]
        raise Invalid("Omformuleret besked uden nøgleord.", field="email")

    monkeypatch.setattr(alerts, "subscribe", refuse)
    anna = web.client("anna")
    r = post(
        anna, "/underretninger", {"email": "x", "typer": "unexplained"}, page="/underretninger"
    )
    assert r.status_code == 422 and 'id="email-err"' in r.text and 'id="typer-err"' not in r.text


def test_api_refusal_names_the_field(api):  # noqa: F811
    anna = api.client("citizen")
    r = anna.put("/api/me/alerts", json={"email": "anna@example.org", "kinds": []})
    assert r.status_code == 422
    assert r.json()["field"] == "kinds" and "advarsel" in r.json()["detail"]
