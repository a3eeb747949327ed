"""Protection orders: validation, timing, kinds, organisation trees, proxies, audit trail, CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import builders as b
from indsigt.cli import app
from indsigt.db import init_db, session_scope
from indsigt.errors import Invalid, NotFound
from indsigt.ingest.importer import Importer
from indsigt.protect.orders import (
    add_orders,
    extend_order,
    list_orders,
    orders_in_force,
    revoke_order,
)
from indsigt.protect.policy import hidden_staff
from indsigt.proxies import add_proxies
from indsigt.store import AuditTrail, ProtectionOrder
from indsigt.timeutil import local_midnight, parse_at

SECOND = timedelta(seconds=1)


@pytest.fixture
def loaded(db_url: str, tmp_path: Path, world) -> str:
    path = b.write_ndjson(tmp_path / "w.ndjson", world["orgs"] + world["staff"] + world["patients"])
    report = Importer(init_db(db_url), progress=False).run([path])
    assert report.ok, report.problems
    return db_url


def _add(url: str, data, actor: str = "leder") -> list[str]:
    with session_scope(url) as s:
        return add_orders(s, data, actor=actor)


def _hidden(url: str, subject: str, at: str, viewer: str | None = None) -> set[str]:
    with session_scope(url) as s:
        return set(hidden_staff(s, subject, viewer or subject, parse_at(at)))


def _order(**kw) -> dict:
    base = {
        "kind": "patient",
        "patient": "p1",
        "staff": ["s-holm"],
        "from": "2026-01-01",
        "until": "2026-07-01",
        "reason": "violence",
        "mode": "pseudonym",
        "decided_by": "Afd.leder",
    }
    return {**base, **kw}


# -- add and validation -------------------------------------------------------------------------


def test_add_one_and_list(loaded):
    [oid] = _add(loaded, _order(id="o1", note="slog ud efter personalet"))
    assert oid == "o1"
    with session_scope(loaded) as s:
        [row] = list_orders(s)
        trail = s.scalars(select(AuditTrail).where(AuditTrail.action == "order.add")).all()
    assert row["id"] == "o1" and row["staff"] == ["s-holm"] and row["patient"] == "p1"
    assert (row["from"], row["until"], row["keep_title"]) == ("2026-01-01", "2026-07-01", True)
    assert [(t.actor, t.target, t.reason) for t in trail] == [
        ("leder", "o1", "violence: slog ud efter personalet")
    ]
    assert trail[0].details["staff"] == ["s-holm"]


def test_add_list_generates_ids(loaded):
    ids = _add(
        loaded,
        [
            _order(),
            {
                "kind": "organization",
                "organization": "o-rets",
                "from": "2026-01-01",
                "until": None,
                "reason": "high-risk department",
                "mode": "blur",
            },
            {"kind": "staff", "staff": "s-berg", "from": "2026-01-01", "reason": "threats"},
        ],
    )
    assert len(ids) == 3 and len(set(ids)) == 3
    with session_scope(loaded) as s:
        kinds = {o.kind: o for o in s.scalars(select(ProtectionOrder))}
    assert kinds["organization"].valid_until is None  # open-ended
    assert kinds["staff"].valid_until == date(2026, 4, 1)  # 90 days
    assert kinds["staff"].staff_ids == ["s-berg"]


def test_default_90_days_only_without_an_until_key(loaded):
    """Contract section 2: no ``until`` key = 90 days for the patient and staff kinds."""
    without = {k: v for k, v in _order(id="a").items() if k != "until"}
    _add(loaded, without)
    _add(
        loaded,
        {
            "id": "c",
            "kind": "staff",
            "staff": "s-skov",
            "from": "2026-02-10",
            "reason": "harassment",
        },
    )
    _add(loaded, {"id": "d", "kind": "organization", "organization": "o-rets", "reason": "other"})
    with session_scope(loaded) as s:
        until = {o.id: o.valid_until for o in s.scalars(select(ProtectionOrder))}
    assert until == {
        "a": date(2026, 1, 1) + timedelta(days=90),
        "c": date(2026, 2, 10) + timedelta(days=90),
        "d": None,  # an organisation order without until stands until revoked
    }


@pytest.mark.parametrize(
    "order",
    [
        _order(id="n", until=None),
        {
            "id": "n",
            "kind": "staff",
            "staff": "s-holm",
            "from": "2026-01-01",
            "until": None,
            "reason": "threats",
        },
        {
            "id": "n",
            "kind": "organization",
            "organization": "o-kard",
            "from": "2026-01-01",
            "until": None,
            "reason": "high-risk department",
        },
    ],
    ids=["patient", "staff", "organization"],
)
def test_explicit_null_until_is_open_ended_for_every_kind(loaded, order):
    """``"until": null`` means open-ended: the order still hides after three months, and after
    years (it was once read as a 90-day order and exposed a whole department)."""
    _add(loaded, order)
    with session_scope(loaded) as s:
        assert s.get(ProtectionOrder, "n").valid_until is None
        [row] = list_orders(s)
    assert row["until"] is None and row["days_left"] is None and row["expiring"] is False
    for at in ("2026-04-01", "2026-04-02", "2029-12-31"):
        assert "s-holm" in _hidden(loaded, "p1", at), at


def test_null_until_through_cli_json_stays_null(loaded):
    order = {
        "id": "psyk",
        "kind": "staff",
        "staff": "s-lund",
        "from": "2026-01-01",
        "until": None,
        "reason": "threats",
        "mode": "blur",
    }
    res = CliRunner().invoke(app, ["orders", "add", "-", "--db", loaded], input=json.dumps(order))
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(
        app, ["orders", "list", "--db", loaded, "--json", "--at", "2026-06-01T12:00:00+02:00"]
    )
    [row] = json.loads(res.stdout)["orders"]
    assert row["until"] is None and row["in_force"] is True


def test_default_days_setting(loaded, monkeypatch):
    from indsigt.config import get_settings

    monkeypatch.setenv("INDSIGT_ORDER_DEFAULT_DAYS", "30")
    get_settings.cache_clear()
    _add(loaded, {k: v for k, v in _order(id="a").items() if k != "until"})
    with session_scope(loaded) as s:
        assert s.get(ProtectionOrder, "a").valid_until == date(2026, 1, 31)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"patient": "p-x"}, "borgeren 'p-x' findes ikke"),
        ({"staff": ["s-holm", "s-x"]}, "sundhedspersonen 's-x' findes ikke"),
        ({"staff": None, "organization": "o-x"}, "organisationen 'o-x' findes ikke"),
        ({"until": "2025-12-01"}, "until (2025-12-01) skal ligge efter from (2026-01-01)"),
        ({"until": "2026-01-01"}, "skal ligge efter from"),
        ({"mode": "hide"}, "mode 'hide' er ukendt; brug pseudonym eller blur"),
        ({"kind": "everyone"}, "kind 'everyone' er ukendt"),
        ({"reason": "dislike"}, "reason 'dislike' er ukendt"),
        ({"reason": None}, "reason mangler"),
        ({"from": "1/1/2026"}, "from: '1/1/2026' er ikke en dato (ÅÅÅÅ-MM-DD)"),
        ({"untill": "2026-05-01"}, "ukendt felt 'untill'"),
        ({"organization": "o-kard"}, "enten staff eller organization"),
        ({"keep_title": "nej"}, "keep_title skal være true eller false"),
    ],
)
def test_validation_messages(loaded, change, message):
    data = {k: v for k, v in {**_order(), **change}.items() if v is not None or k == "until"}
    with pytest.raises(Invalid) as exc:
        _add(loaded, data)
    assert message in exc.value.message
    assert exc.value.exit_code == 2


def test_all_or_nothing_and_every_problem_reported(loaded):
    with pytest.raises(Invalid) as exc:
        _add(loaded, [_order(id="ok"), _order(patient="p-x"), _order(mode="x", reason="y")])
    msg = exc.value.message
    assert "ordre 2: patient: borgeren 'p-x' findes ikke" in msg
    assert "ordre 3: mode 'x' er ukendt" in msg and "ordre 3: reason 'y' er ukendt" in msg
    with session_scope(loaded) as s:
        assert s.scalars(select(ProtectionOrder)).all() == []
        assert s.scalars(select(AuditTrail)).all() == []


def test_duplicate_ids(loaded):
    _add(loaded, _order(id="o1"))
    with pytest.raises(Invalid, match="ordren 'o1' findes allerede"):
        _add(loaded, _order(id="o1"))
    with pytest.raises(Invalid, match="'o2' er brugt mere end én gang"):
        _add(loaded, [_order(id="o2"), _order(id="o2")])


def test_kind_specific_fields(loaded):
    with pytest.raises(Invalid, match="organization mangler"):
        _add(loaded, {"kind": "organization", "reason": "high-risk department"})
    with pytest.raises(Invalid, match="patient hører ikke til en ordre af typen organization"):
        _add(
            loaded,
            {
                "kind": "organization",
                "organization": "o-rets",
                "patient": "p1",
                "reason": "high-risk department",
            },
        )
    with pytest.raises(Invalid, match="staff skal være et Practitioner-id"):
        _add(loaded, {"kind": "staff", "reason": "threats"})
    with pytest.raises(Invalid, match="skal være et JSON-objekt"):
        _add(loaded, ["nej"])


# -- timing -------------------------------------------------------------------------------------


def test_in_force_from_local_midnight_until_local_midnight(loaded):
    _add(loaded, _order(**{"from": "2026-03-29", "until": "2026-10-25"}))  # both DST change days
    start, end = local_midnight(date(2026, 3, 29)), local_midnight(date(2026, 10, 25))
    assert start.isoformat() == "2026-03-28T23:00:00"  # 00:00 CET = 23:00 UTC the day before
    assert end.isoformat() == "2026-10-24T22:00:00"  # 00:00 CEST
    with session_scope(loaded) as s:
        assert orders_in_force(s, start - SECOND, toward={"p1"}) == []
        assert len(orders_in_force(s, start, toward={"p1"})) == 1
        assert len(orders_in_force(s, end - SECOND, toward={"p1"})) == 1
        assert orders_in_force(s, end, toward={"p1"}) == []
    assert _hidden(loaded, "p1", "2026-03-28T23:59:59+01:00") == set()
    assert _hidden(loaded, "p1", "2026-03-29T00:00:00+01:00") == {"s-holm"}
    assert _hidden(loaded, "p1", "2026-10-24T23:59:59+02:00") == {"s-holm"}
    assert _hidden(loaded, "p1", "2026-10-25T00:00:00+02:00") == set()


def test_revoked_before_t(loaded):
    [oid] = _add(loaded, _order())
    revoked_at = parse_at("2026-03-01T12:00:00+01:00")
    with session_scope(loaded) as s:
        row = revoke_order(s, oid, "Borgeren er flyttet", actor="leder", at=revoked_at)
    assert row["revoke_reason"] == "Borgeren er flyttet"
    assert _hidden(loaded, "p1", "2026-03-01T11:59:59+01:00") == {"s-holm"}  # views of the past
    assert _hidden(loaded, "p1", "2026-03-01T12:00:00+01:00") == set()
    with session_scope(loaded) as s:
        with pytest.raises(Invalid, match="allerede tilbagekaldt"):
            revoke_order(s, oid, "igen", actor="leder")
        with pytest.raises(Invalid, match="kan ikke forlænges"):
            extend_order(s, oid, "2026-12-01", "forlæng", actor="leder")
        trail = s.scalars(select(AuditTrail).where(AuditTrail.action == "order.revoke")).one()
    assert (trail.actor, trail.target, trail.reason) == ("leder", oid, "Borgeren er flyttet")


def test_extend(loaded):
    [oid] = _add(loaded, {k: v for k, v in _order().items() if k != "until"})  # 2026-04-01
    assert _hidden(loaded, "p1", "2026-04-01") == set()
    with session_scope(loaded) as s:
        row = extend_order(s, oid, "2026-06-30", "Fortsatte trusler", actor="leder")
    assert row["until"] == "2026-06-30"
    assert _hidden(loaded, "p1", "2026-04-01") == {"s-holm"}
    assert _hidden(loaded, "p1", "2026-06-29T23:59:59+02:00") == {"s-holm"}
    assert _hidden(loaded, "p1", "2026-06-30") == set()
    with session_scope(loaded) as s:
        with pytest.raises(Invalid, match="skal ligge efter ordrens nuværende slutdato"):
            extend_order(s, oid, "2026-05-01", "kortere", actor="leder")
        with pytest.raises(Invalid, match="en begrundelse er påkrævet"):
            extend_order(s, oid, "2026-12-01", "  ", actor="leder")
        with pytest.raises(NotFound):
            extend_order(s, "nope", "2026-12-01", "x", actor="leder")
        trail = s.scalars(select(AuditTrail).where(AuditTrail.action == "order.extend")).one()
    assert trail.reason == "Fortsatte trusler"
    assert trail.details == {"until_before": "2026-04-01", "until": "2026-06-30"}


def test_expiring_within_14_days(loaded):
    _add(
        loaded,
        [
            _order(id="soon", until="2026-03-15"),
            _order(id="later", until="2026-03-16"),
            _order(id="open", until=None),
            _order(id="gone", until="2026-02-20"),
        ],
    )
    at = parse_at("2026-03-01T12:00:00+01:00")
    with session_scope(loaded) as s:
        rows = {r["id"]: r for r in list_orders(s, at=at)}
        only = [r["id"] for r in list_orders(s, at=at, expiring_only=True)]
    assert only == ["soon"]
    assert (rows["soon"]["expiring"], rows["soon"]["days_left"]) == (True, 14)
    assert (rows["later"]["expiring"], rows["later"]["days_left"]) == (False, 15)
    assert (rows["open"]["expiring"], rows["open"]["days_left"]) == (False, None)
    assert rows["gone"]["expiring"] is False and rows["gone"]["in_force"] is False
    # the same through the CLI: --expiring, the JSON field, and a marker in the text listing
    runner = CliRunner()
    base = ["orders", "list", "--db", loaded, "--at", "2026-03-01T12:00:00+01:00"]
    res = runner.invoke(app, [*base, "--expiring", "--json"])
    assert [r["id"] for r in json.loads(res.stdout)["orders"]] == ["soon"]
    res = runner.invoke(app, base)
    lines = {
        line.split(": ")[0] if not line.startswith("UDLØBER") else "soon": line
        for line in res.stdout.splitlines()
    }
    assert lines["soon"].startswith("UDLØBER 2026-03-15 (om 14 dage): soon:")
    assert not lines["later"].startswith("UDLØBER")


def test_extend_in_one_step_by_days(loaded):
    _add(loaded, [_order(id="a", until="2026-03-15"), _order(id="b", until="2026-01-20")])
    at = parse_at("2026-03-01T12:00:00+01:00")
    with session_scope(loaded) as s:
        from indsigt.protect.orders import extend_order_days

        row = extend_order_days(s, "a", 90, "Fortsatte trusler", actor="leder", at=at)
        assert row["until"] == "2026-06-13"  # 90 days from the present end
        row = extend_order_days(s, "b", 90, "Genoptaget", actor="leder", at=at)
        assert row["until"] == "2026-05-30"  # ended already: 90 days from today
        with pytest.raises(Invalid, match="begrundelse er påkrævet"):
            extend_order_days(s, "a", 90, "", actor="leder", at=at)
        with pytest.raises(Invalid, match="mellem 1 og 3650"):
            extend_order_days(s, "a", 0, "x", actor="leder", at=at)
        trail = s.scalars(
            select(AuditTrail).where(AuditTrail.action == "order.extend", AuditTrail.target == "a")
        ).one()
    assert trail.reason == "Fortsatte trusler"
    assert trail.details == {"until_before": "2026-03-15", "until": "2026-06-13", "days": 90}
    runner = CliRunner()
    res = runner.invoke(
        app, ["orders", "extend", "a", "--days", "30", "--reason", "igen", "--db", loaded, "--json"]
    )
    assert res.exit_code == 0, res.output
    from indsigt.protect.orders import local_today

    expected = max(date(2026, 6, 13), local_today()) + timedelta(days=30)  # the CLI's today
    assert json.loads(res.stdout)["until"] == expected.isoformat()
    res = runner.invoke(
        app,
        ["orders", "extend", "a", "--open-ended", "--reason", "varig", "--db", loaded, "--json"],
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["until"] is None
    assert "s-holm" in _hidden(loaded, "p1", "2031-01-01")
    res = runner.invoke(app, ["orders", "extend", "b", "--reason", "x", "--db", loaded])
    assert res.exit_code == 2 and "præcis én af" in res.stderr
    res = runner.invoke(
        app,
        [
            "orders",
            "extend",
            "b",
            "--days",
            "5",
            "--until",
            "2027-01-01",
            "--reason",
            "x",
            "--db",
            loaded,
        ],
    )
    assert res.exit_code == 2


def test_open_ended_cannot_be_extended(loaded):
    [oid] = _add(
        loaded, {"kind": "organization", "organization": "o-rets", "reason": "high-risk department"}
    )
    with session_scope(loaded) as s, pytest.raises(Invalid, match="ingen slutdato"):
        extend_order(s, oid, "2030-01-01", "x", actor="leder")


# -- kinds and coverage -------------------------------------------------------------------------


def test_patient_kind_hides_only_toward_that_citizen(loaded):
    _add(loaded, _order(staff=["s-holm", "s-skov"]))
    assert _hidden(loaded, "p1", "2026-02-01") == {"s-holm", "s-skov"}
    assert _hidden(loaded, "p2", "2026-02-01") == set()


def test_patient_kind_by_organization_covers_sub_organisations(loaded):
    _add(loaded, _order(staff=None, organization="o-hosp"))
    assert _hidden(loaded, "p1", "2026-02-01") == {"s-holm", "s-skov", "s-lund"}
    _add(loaded, _order(staff=None, organization="o-reg", patient="p2"))
    assert _hidden(loaded, "p2", "2026-02-01") == {"s-holm", "s-skov", "s-lund"}
    _add(loaded, _order(staff=None, organization="o-kom", patient="p4"))
    assert _hidden(loaded, "p4", "2026-02-01") == {"s-berg"}


def test_organization_kind_hides_from_everyone(loaded):
    _add(
        loaded,
        {
            "kind": "organization",
            "organization": "o-rets",
            "from": "2026-01-01",
            "until": None,
            "reason": "high-risk department",
            "mode": "pseudonym",
        },
    )
    for p in ("p1", "p2", "p4"):
        assert _hidden(loaded, p, "2030-01-01") == {"s-lund"}


def test_staff_kind_hides_from_everyone(loaded):
    _add(loaded, {"kind": "staff", "staff": "s-skov", "from": "2026-01-01", "reason": "threats"})
    for p in ("p1", "p2", "p4"):
        assert _hidden(loaded, p, "2026-02-01") == {"s-skov"}


def test_nobody_is_hidden_from_themselves(loaded):
    # s-holm is the same person as citizen p3 (same CPR number)
    _add(loaded, {"kind": "staff", "staff": "s-holm", "from": "2026-01-01", "reason": "threats"})
    assert _hidden(loaded, "p1", "2026-02-01") == {"s-holm"}
    assert _hidden(loaded, "p3", "2026-02-01") == set()


def test_staff_without_cpr_is_matched_by_name_and_address(loaded):
    """A staff record without a CPR number is the citizen's own when name and address agree."""
    from sqlalchemy import update

    from indsigt.store import Patient, Staff

    with session_scope(loaded) as s:
        p3 = s.get(Patient, "p3")
        s.execute(
            update(Staff)
            .where(Staff.id == "s-holm")
            .values(cpr=None, given=p3.given, family=p3.family, address_key=p3.address_key)
        )
        assert p3.address_key  # the world gives the citizen an address
    _add(loaded, {"kind": "staff", "staff": "s-holm", "from": "2026-01-01", "reason": "threats"})
    assert _hidden(loaded, "p3", "2026-02-01") == set()
    assert _hidden(loaded, "p1", "2026-02-01") == {"s-holm"}
    with session_scope(loaded) as s:  # another address: not the same person
        s.execute(update(Staff).where(Staff.id == "s-holm").values(address_key="andet sted"))
    assert _hidden(loaded, "p3", "2026-02-01") == {"s-holm"}


def test_most_protective_order_decides(loaded):
    _add(
        loaded,
        [
            _order(id="a", staff=["s-holm", "s-skov"]),
            _order(id="b", staff=["s-skov"], keep_title=False),
            {
                "id": "c",
                "kind": "staff",
                "staff": "s-skov",
                "from": "2026-01-01",
                "reason": "threats",
                "mode": "blur",
            },
        ],
    )
    with session_scope(loaded) as s:
        hidden = hidden_staff(s, "p1", "p1", parse_at("2026-02-01"))
        assert {k: v.id for k, v in hidden.items()} == {"s-holm": "a", "s-skov": "c"}
        revoke_order(s, "c", "slut", actor="leder", at=parse_at("2026-02-15"))
        hidden = hidden_staff(s, "p1", "p1", parse_at("2026-03-01"))
        assert {k: v.id for k, v in hidden.items()} == {"s-holm": "a", "s-skov": "b"}


# -- proxies ------------------------------------------------------------------------------------


def test_proxy_views(loaded):
    with session_scope(loaded) as s:
        add_proxies(s, {"principal": "p1", "proxy": "p4", "from": "2026-01-01"}, actor="t")
    _add(
        loaded,
        [_order(id="to-p", staff=["s-holm"]), _order(id="to-q", patient="p4", staff=["s-skov"])],
    )
    # P's own view: the order toward P
    assert _hidden(loaded, "p1", "2026-02-01") == {"s-holm"}
    # Q's view of P: the order toward P and the order toward Q
    assert _hidden(loaded, "p1", "2026-02-01", viewer="p4") == {"s-holm", "s-skov"}
    # Q's own view: only the order toward Q
    assert _hidden(loaded, "p4", "2026-02-01") == {"s-skov"}


# -- command line -------------------------------------------------------------------------------


def test_cli_orders(loaded, tmp_path):
    runner = CliRunner()
    f = tmp_path / "orders.json"
    o2 = {k: v for k, v in _order(id="o2", staff=["s-skov"]).items() if k != "until"}
    f.write_text(json.dumps([_order(id="o1"), o2]))
    res = runner.invoke(app, ["--db", loaded, "orders", "add", str(f), "--actor", "leder:kim"])
    assert res.exit_code == 0, res.output
    assert res.stdout.split() == ["o1", "o2"]
    res = runner.invoke(
        app,
        ["orders", "add", "-", "--db", loaded, "--json"],
        input=json.dumps({**_order(), "patient": "nobody"}),
    )
    assert res.exit_code == 2
    assert "fejl: patient: borgeren 'nobody' findes ikke" in res.stderr
    res = runner.invoke(
        app,
        [
            "orders",
            "extend",
            "o2",
            "--until",
            "2026-06-01",
            "--reason",
            "Fortsat chikane",
            "--db",
            loaded,
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["until"] == "2026-06-01"
    res = runner.invoke(app, ["orders", "revoke", "o1", "--reason", "Fejl", "--db", loaded])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["orders", "list", "--db", loaded, "--json", "--at", "2026-02-01"])
    rows = {r["id"]: r for r in json.loads(res.stdout)["orders"]}
    assert rows["o2"]["in_force"] is True and rows["o1"]["revoked"] is not None
    res = runner.invoke(app, ["orders", "list", "--db", loaded, "--in-force", "--json"])
    assert [r["id"] for r in json.loads(res.stdout)["orders"]] == []
    res = runner.invoke(app, ["orders", "revoke", "nope", "--reason", "x", "--db", loaded])
    assert res.exit_code == 4 and "ordren 'nope' findes ikke" in res.stderr
    res = runner.invoke(app, ["orders", "revoke", "o2", "--db", loaded])
    assert res.exit_code == 2  # --reason is mandatory
    with session_scope(loaded) as s:
        actions = {(t.action, t.target): t.actor for t in s.scalars(select(AuditTrail))}
    assert actions[("order.add", "o1")] == "leder:kim"
    assert actions[("order.extend", "o2")].startswith("cli")
    assert ("order.revoke", "o1") in actions


def test_from_defaults_to_today(loaded):
    from indsigt.protect.orders import local_today

    _add(loaded, {k: v for k, v in _order(id="a", **{"from": None}).items() if k != "until"})
    with session_scope(loaded) as s:
        order = s.get(ProtectionOrder, "a")
    assert order.valid_from == local_today()
    assert order.valid_until == local_today() + timedelta(days=90)


def test_the_in_force_rule_is_written_once():
    """``from <= t < until``, not revoked before ``t``: one SQL condition (orders.in_force_clause)
    that the views, ``orders list`` and the cache warmer all use; no second copy to drift."""
    import re

    import indsigt

    root = Path(indsigt.__file__).parent
    compare = re.compile(
        r"\b(valid_from|valid_until|revoked_at)\b\s*(<=|>=|<|>)|(<=|>=|<|>)\s*\w*\.?(valid_from|valid_until|revoked_at)\b"
    )
    places = []
    for path in [
        *root.joinpath("protect").glob("*.py"),
        *root.joinpath("views").glob("*.py"),
        root / "app.py",
    ]:
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if compare.search(line):
                places.append((path.name, n))
    assert {name for name, _ in places} == {"orders.py"}, places
    # in orders.py: the three comparisons of the rule, and the end of the notice period of
    # expiring_clause (which is in_force_clause and one more condition)
    source = (root / "protect" / "orders.py").read_text().splitlines()
    start = next(n for n, line in enumerate(source, 1) if line.startswith("def in_force_clause"))
    rule = [n for _, n in places if start < n < start + 15]
    assert len(rule) == 3
    assert [source[n - 1].strip() for _, n in places if n not in rule] == [
        "ProtectionOrder.valid_until <= last,"
    ]
