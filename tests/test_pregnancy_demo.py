"""The demo's pregnancies: three synthetic women (normal; pre-eclampsia signs; a midwife hidden
from a violent partner who has no power of attorney), the *gravid* and midwife personas in the
demo sign-in, all imported through the ordinary importer."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from indsigt.db import session_scope
from indsigt.timeutil import local_today
from leakcheck import assert_no_leak


@pytest.fixture
def demo(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("INDSIGT_DEV_LOGIN", "true")
    from indsigt.auth import auth_settings
    from indsigt.config import get_settings
    from indsigt.demo.setup import build_demo

    get_settings.cache_clear()
    auth_settings.cache_clear()
    # the demo dates its visits from today in Copenhagen, as the views do (a fixed date made the
    # booked control at the birthplace a past one once the real date passed it)
    build_demo(db_url, citizens=20, seed=3, today=local_today())
    return db_url


def _client(persona: str) -> TestClient:
    from indsigt.app import create_app

    c = TestClient(create_app())
    token = c.get("/api/auth/session").json()["csrf_token"]
    r = c.post("/api/dev-login/sign-in", json={"persona": persona}, headers={"X-CSRF-Token": token})
    assert r.status_code == 200, r.text
    c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return c


def test_demo_pregnancies_personas_and_the_hidden_midwife(demo) -> None:
    from indsigt import auth
    from indsigt.demo.setup import demo_scenario
    from indsigt.protect.policy import protection_for_view
    from indsigt.timeutil import utcnow
    from indsigt.views import pregnancy as view

    with session_scope(demo) as s:
        sc = demo_scenario(s)
        assert sc["gravid"] == "gm-p-sofie"
        personas = {p.id: p for p in auth.personas(s)}
        assert personas["patient:gm-p-sofie"].kind == "citizen"
        assert personas["role:gm-r-jm1"].kind == "professional"
        assert "Jordemoder" in personas["role:gm-r-jm1"].description
        # the midwife of Maria is hidden from Kasper, not from Maria
        assert "gm-s-jm2" in protection_for_view(s, "gm-p-kasper", "gm-p-kasper", utcnow()).hidden
        assert "gm-s-jm2" not in protection_for_view(s, "gm-p-maria", "gm-p-maria", utcnow()).hidden
        sofie = view.pregnancy_view(s, "gm-p-sofie", at=utcnow())
        assert sofie["series"]["sfh"] and not any(r["outside"] for r in sofie["series"]["sfh"])
        amalie = view.pregnancy_view(s, "gm-p-amalie")
        assert [r["high"] for r in amalie["series"]["bp"]][-2:] == [True, True]
        assert amalie["planned"], "a control at the birthplace is booked"
    login = TestClient(__import__("indsigt.app", fromlist=["x"]).create_app()).get("/log-ind").text
    assert "Fagpersoner i graviditetsforløb" in login and "Gravid: Min graviditet" in login
    kasper = _client("patient:gm-p-kasper")
    assert kasper.get("/api/citizens/gm-p-maria/pregnancy").status_code == 403
    assert 'href="/graviditet"' not in kasper.get("/").text
    maria = _client("patient:gm-p-maria")
    assert "Camilla Friis" in maria.get("/graviditet").text
    midwife = _client("role:gm-r-jm1")
    page = midwife.get("/fagperson").text
    assert "Sofie Nørgaard Mikkelsen" in page and "Amalie Kjeldsen" in page
    amalie = midwife.get("/api/pregnancies/gm-preg-amalie").json()
    assert any("præeklampsi" in a for a in amalie["attention"]), amalie["attention"]
    assert midwife.get("/api/pregnancies/gm-preg-sofie").json()["attention"] == []
    assert "tegn på præeklampsi" in midwife.get("/fagperson/graviditet/gm-preg-amalie").text
    # Kasper's own pages never show the hidden midwife
    for path in ("/", "/journal", "/log", "/api/me/journal", "/api/me/log?entries=true"):
        r = kasper.get(path)
        assert r.status_code == 200
        assert_no_leak(r.text, ["Camilla Friis"])
