"""Build a fresh demo database from generated synthetic data."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from ..timeutil import local_today

if TYPE_CHECKING:
    from ..ingest.importer import ImportReport

DEMO_DAYS = 120


def build_demo(url: str, *, citizens: int = 300, seed: int = 1, today: date | None = None) -> str:
    """Wipe (SQLite) or reuse the demo database, generate data, import it, add orders and proxies.

    The data covers the last ``DEMO_DAYS`` days up to ``today``, so the demo's protection orders
    (which the generator dates relative to the start) are in force when the demo is opened.
    """
    from ..db import get_engine, init_db
    from ..protect.keys import ensure_keys
    from .generate import generate

    u = make_url(url)
    if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(u.database + suffix).unlink(missing_ok=True)
        get_engine.cache_clear()
    init_db(url)
    ensure_keys(url)
    with tempfile.TemporaryDirectory(prefix="indsigt-demo-") as tmp:
        out = Path(tmp)
        start = (today or local_today()) - timedelta(days=DEMO_DAYS)
        generate(out, citizens=citizens, seed=seed, start=start, days=DEMO_DAYS)
        load_generated(url, out)
        add_upcoming_appointments(url, out, today or local_today())
    return f"Demodatabasen er klar: {u.render_as_string(hide_password=True)}"


#: upcoming appointments start this many days after the demo's last day or later, beyond the
#: 14 days before an appointment in which it explains accesses: they change nothing in the log
UPCOMING_FROM_DAYS = 16


def add_upcoming_appointments(url: str, out: Path, today: date) -> int:
    """A few upcoming appointments for the demo's citizen personas (the generated data ends
    today), with the people they met before, so the appointments page has a future. Imported
    like any FHIR Appointment. Returns how many."""
    import datetime as dt

    from sqlalchemy import select

    from ..db import get_engine, session_scope
    from ..ingest.importer import Importer
    from ..store import Relation, RelationStaff
    from ..timeutil import TZ
    from .personas import demo_guide

    texts = ("Kontrol", "Opfølgende samtale", "Blodprøvetagning", "Konsultation")
    resources = []
    with session_scope(url) as s:
        patients = [t["patient"] for t in demo_guide(s)["tries"]]
        for n, pid in enumerate(patients):
            role = s.execute(
                select(RelationStaff.role_id)
                .join(
                    Relation,
                    (Relation.kind == RelationStaff.kind)
                    & (Relation.id == RelationStaff.relation_id),
                )
                .where(Relation.patient_id == pid, RelationStaff.role_id.is_not(None))
                .order_by(Relation.start.desc())
                .limit(1)
            ).scalar()
            if role is None:
                continue
            for k in range(2):
                day = today + dt.timedelta(days=UPCOMING_FROM_DAYS + 9 * k + n % 5)
                start = dt.datetime.combine(day, dt.time(9 + (n + k) % 5, 30), tzinfo=TZ)
                resources.append(
                    {
                        "resourceType": "Appointment",
                        "id": f"demo-upcoming-{pid}-{k}",
                        "status": "booked",
                        "description": texts[(n + k) % len(texts)],
                        "start": start.isoformat(),
                        "end": (start + dt.timedelta(minutes=30)).isoformat(),
                        "participant": [
                            {"actor": {"reference": f"Patient/{pid}"}, "status": "accepted"},
                            {
                                "actor": {"reference": f"PractitionerRole/{role}"},
                                "status": "accepted",
                            },
                        ],
                    }
                )
    if not resources:
        return 0
    path = out / "upcoming.ndjson"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in resources))
    report = Importer(get_engine(url), progress=False).run([path])
    if not report.ok:
        raise RuntimeError("upcoming appointments did not import: " + str(report.problems[:5]))
    return len(resources)


def load_generated(url: str, out: Path, *, progress: bool = False) -> ImportReport:
    """Import a generated data set from ``out`` and add its orders, proxies and personas."""
    from ..db import get_engine, session_scope
    from ..importing import import_files
    from ..proxies import add_proxies

    files = sorted(out.glob("*.ndjson")) + sorted(out.glob("*.csv"))
    files = [f for f in files if f.name not in ("mentions.ndjson", "ground_truth.csv")]
    report = import_files(
        get_engine(url), files, actor="demo", progress=progress, alerts=False, record=False
    ).report
    if not report.ok:
        raise RuntimeError(
            "generated data did not import:\n" + "\n".join(map(str, report.problems[:20]))
        )

    def read(name: str, default: str) -> str:
        return (out / name).read_text() if (out / name).exists() else default

    orders = json.loads(read("orders.json", "[]"))
    proxies = json.loads(read("proxies.json", "[]"))
    scenario = read("scenario.json", "{}")
    from ..pregnancy.demo import add_demo_pregnancies  # the pregnancy record's demo (issue 16)

    scenario = add_demo_pregnancies(url, out, scenario)
    with session_scope(url) as s:
        if orders:
            from ..protect.orders import add_orders

            add_orders(s, orders, actor="demo")
        if proxies:
            add_proxies(s, proxies, actor="demo")
        _store_scenario(s, scenario)
        _add_staff_users(s, json.loads(scenario))
    return report


def _add_staff_users(session, scenario: dict) -> None:  # type: ignore[no-untyped-def]
    """The demo's administrator and auditor personas get their roles in indsigt."""
    from ..store import Staff, StaffRole
    from ..users import add_user

    for role in ("admin", "auditor"):
        sid = scenario.get(role)
        staff = session.get(Staff, sid) if sid else None
        if staff is None:
            continue
        job = session.get(StaffRole, scenario.get(f"{role}_role") or "")
        add_user(
            session,
            sid,
            staff.name,
            role,
            actor="demo",
            organization=job.organization_id if job else None,
        )


def _store_scenario(session, scenario: str) -> None:  # type: ignore[no-untyped-def]
    from ..audit import record

    record(session, "demo", "demo.scenario", None, None, json.loads(scenario))


def demo_scenario(session) -> dict:  # type: ignore[no-untyped-def]
    """The personas of the demo (stored when the demo database was built)."""
    from sqlalchemy import select

    from ..store import AuditTrail

    row = session.scalars(
        select(AuditTrail)
        .where(AuditTrail.action == "demo.scenario")
        .order_by(AuditTrail.id.desc())
    ).first()
    return dict(row.details or {}) if row else {}
