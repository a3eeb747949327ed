"""The audit trail as people read it: names and links, Danish action names and reasons, never a
raw code; and the auditor deciding a name request sees the order behind it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from test_web_support import Web, post, web  # noqa: F401

SRC = Path(__file__).resolve().parents[1] / "src" / "indsigt"


def _recorded_actions() -> set[str]:
    """Every action code passed to ``audit.record`` in the source."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "record"
                and len(node.args) >= 3
                and isinstance(node.args[2], ast.Constant)
                and isinstance(node.args[2].value, str)
            ):
                found.add(node.args[2].value)
    return found


def test_every_recorded_action_has_a_danish_name() -> None:
    from indsigt.retention import ACTION
    from indsigt.web.render import ACTIONS

    actions = _recorded_actions() | {ACTION}
    assert len(actions) >= 20
    missing = sorted(a for a in actions if a not in ACTIONS)
    assert not missing, missing


def test_the_trail_shows_names_links_and_danish(web: Web) -> None:  # noqa: F811
    admin = web.client("admin")
    anna = web.client("anna")
    gid = re.search(r'href="/log/gruppe/([^"?]+)', anna.get("/log").text).group(1)
    r = post(anna, "/anmeld", {"gruppe": gid, "tekst": "Hvem?"}, page="/log")
    case = r.headers["location"].split("/sager/")[1].split("?")[0]
    page = admin.get("/admin/revisionsspor").text
    main = page.split("<main", 1)[1]
    assert "Anna Jensen (borger)" in main  # who, by name
    assert f'href="/admin/sager/{case}"' in main  # what, as a link
    assert 'href="/admin/ordrer/ord1"' in main
    assert "Anmeldelse modtaget" in main and "Ordre oprettet" in main
    assert "Trusler" in main or "threats" not in main
    for code in ("case.file", "order.add", "login.dev", ">threats<", ">p1<"):
        assert code not in main, code


def test_the_auditor_sees_the_order_reason_and_note_behind_a_request(web: Web) -> None:  # noqa: F811
    anna = web.client("anna")
    label = re.search(r"Sygeplejerske [0-9a-f]{7}", anna.get("/journal").text).group(0)
    r = post(anna, "/navne/ny", {"etiket": label, "tekst": "Jeg vil vide det."}, page="/journal")
    assert r.status_code == 303
    from indsigt.db import session_scope
    from indsigt.store import ProtectionOrder

    with session_scope(web.url) as s:
        s.get(ProtectionOrder, "ord1").note = "Truede personalet 12.12."
    page = web.client("auditor").get("/admin/navne").text
    main = page.split("<main", 1)[1]
    assert 'href="/admin/ordrer/ord1"' in main
    assert "Trusler" in main and "Truede personalet 12.12." in main
    assert "Jeg vil vide det." in main
