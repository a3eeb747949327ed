"""The demo's personas as its sign-in page presents them (only with a demo database).

Each citizen persona comes with the synthetic CPR number the demo gave it, because some flows
ask for one (giving a power of attorney to someone, an administrator protecting staff from a
citizen). Nowhere else in indsigt is a CPR number shown; this list exists only when the database
holds a demo scenario (``indsigt demo``) and the development sign-in is on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

#: scenario key -> (where the Patient id is, what the persona shows, in Danish)
CITIZENS: tuple[tuple[str, str, str], ...] = (
    ("heavy_homecare_citizen", "", "En lang hjemmeplejelog gjort overskuelig"),
    ("protected_citizen", "", "En borger med beskyttelsesordre (skjulte navne)"),
    ("proxy", "proxy", "En pårørende med fuldmagt"),
    ("coworker_victim", "patient", "Slået op af en kollega"),
    ("relative_victim", "patient", "Slået op af en med samme efternavn"),
    ("override_victim", "", "Slået op med værdispring"),
    ("second_proxy", "proxy", "Fuldmagt kun til journalen"),
    ("self_lookup", "patient", "En læge, der har slået sig selv op"),
    ("gravid", "", "Gravid: Min graviditet"),  # the pregnancy record (issue 16)
)


def format_cpr(cpr: str | None) -> str:
    return f"{cpr[:6]}-{cpr[6:]}" if cpr and len(cpr) == 10 else ""


def demo_guide(session: Session) -> dict[str, Any]:
    """``{"tries": [...], "admin_desc", "auditor_desc"}``: the scenario's citizen personas
    (persona id, name, what, description, synthetic CPR number) in scenario order; empty when
    the database is not a demo database."""
    from ..store import Patient
    from .setup import demo_scenario

    scenario = demo_scenario(session)
    desc = scenario.get("descriptions") or {}
    wanted: list[tuple[str, str, str]] = []
    for key, field, what in CITIZENS:
        value = scenario.get(key)
        pid = (value or {}).get(field) if field else value
        if isinstance(pid, str) and pid:
            wanted.append((key, pid, what))
    people = {
        p.id: p
        for p in session.scalars(select(Patient).where(Patient.id.in_([w[1] for w in wanted])))
    }
    tries = [
        {
            "persona": f"patient:{pid}",
            "patient": pid,
            "name": people[pid].name,
            "what": what,
            "desc": desc.get(key, ""),
            "cpr": format_cpr(people[pid].cpr),
        }
        for key, pid, what in wanted
        if pid in people
    ]
    return {"tries": tries, "admin_desc": desc.get("admin"), "auditor_desc": desc.get("auditor")}
