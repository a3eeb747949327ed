"""Benchmark: the shared pregnancy record. Targets (issue 16): the woman's overview of a pregnancy
with 20 visits and 300 elements under 100 ms warm; a professional's write under 50 ms.

    .venv/bin/python bench/pregnancy_bench.py [--db URL] [--visits 20] [--elements 300]
                                              [--others 300] [--runs 30]

Builds a fresh store (SQLite in a temporary folder unless ``--db``): a roster imported as FHIR
NDJSON, the woman's pregnancy written through the services (``--visits`` visits carrying the
measurements, the rest model elements, ``--elements`` in all), and ``--others`` other women's
pregnancies (a visit with ten measurements each) so the queries run against more than one
record. Then, each timed in a fresh session per run like a request (the median and the 95th
percentile of ``--runs`` runs after warm-up runs; wall time, and the process's CPU time):

- reads: ``reading.load`` (the store alone, the baseline of the view), ``view.pregnancy_view``
  (the woman's overview: authorise, load, programme, series, protection), the same with a
  protection order in force hiding her midwife, the web page ``/graviditet`` (HTML and three
  SVG charts) and ``/api/me/pregnancy`` through the ASGI app, and a professional's
  ``services.open_record`` (which writes its access-log entry);
- writes, each a committed transaction: the baseline of one bare ``access_entry`` insert,
  ``services.add_element`` (a measurement: lock, authorise, element, version, access-log entry),
  ``services.correct_element`` (If-Match), ``services.record_visit`` with 15 measurements, and
  ``POST /api/pregnancies/{id}/elements`` through the ASGI app.

Prints a table and writes ``bench/out/pregnancy.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "pregnancy.json"
SCT = "urn:oid:1.2.208.184.100.1"
MEASURE = (
    ("systolisk-blodtryk", 118),
    ("diastolisk-blodtryk", 74),
    ("vaegt", 70.5),
    ("symfyse-fundus", 280),
    ("protein", {"low": 0, "high": 0.3}),
    ("glucose", {"low": 0, "high": 0}),
    ("hjertelyd", "Hørt, regelmæssig"),
    ("fosterpraesentation", "Hovedstilling"),
    ("oedem-beskrivelse", "Intet"),
    ("ketoner", 0),
    ("leucocytter", 0),
    ("nitrit", "Negativ"),
    ("erytrocytter", 0),
    ("fosteraktivitet", "Normal"),
    ("fostervand", "Normal mængde"),
)
MODEL = (
    (
        "alkohol",
        {"components": {"alkoholindtag-under-graviditet": False, "genstande-pr-uge-før": 2}},
    ),
    ("tobak", {"components": {"rygning-før-graviditet": False}}),
    ("kost", {"components": {"bemærkninger-vedr-kost": "Spiser varieret"}}),
    ("motion", {"components": {"bemærkninger-vedr-motion": "Cykler til arbejde"}}),
    (
        "psykisk-sygdom",
        {"components": {"behandling-modtaget": False, "oplysninger-psykisk": "Ingen"}},
    ),
    (
        "resume",
        {"components": {"resume-indslag": "Ukompliceret forløb. Samtale om fødslen og amning."}},
    ),
)


def _roster(n_women: int) -> list[dict]:
    org = lambda oid, name, sor, kind, part=None: {  # noqa: E731
        "resourceType": "Organization",
        "id": oid,
        "name": name,
        "identifier": [{"system": "urn:oid:1.2.208.176.1.1", "value": sor}],
        "type": [{"text": kind}],
        **({"partOf": {"reference": f"Organization/{part}"}} if part else {}),
    }
    res = [
        org("o-hosp", "Bench Sygehus", "910", "hospital"),
        org("o-foede", "Fødeafdelingen, Bench Sygehus", "911", "department", "o-hosp"),
        org("o-jmc", "Jordemodercentret", "912", "department", "o-foede"),
        org("o-gp", "Lægerne i Bench", "913", "gp"),
    ]
    for sid, given, family, role, o, title in (
        ("s-jm", "Birgitte", "Kjærsgaard", "r-jm", "o-jmc", "Jordemoder"),
        ("s-gp", "Lars", "Bager", "r-gp", "o-gp", "Praktiserende læge"),
        ("s-ob", "Henrik", "Lindqvist", "r-ob", "o-foede", "Overlæge"),
    ):
        res.append(
            {
                "resourceType": "Practitioner",
                "id": sid,
                "name": [{"family": family, "given": [given]}],
            }
        )
        res.append(
            {
                "resourceType": "PractitionerRole",
                "id": role,
                "practitioner": {"reference": f"Practitioner/{sid}"},
                "organization": {"reference": f"Organization/{o}"},
                "code": [{"text": title}],
            }
        )
    for i in range(n_women + 1):
        res.append(
            {
                "resourceType": "Patient",
                "id": f"w{i}",
                "identifier": [
                    {
                        "system": "urn:oid:1.2.208.176.1.2",
                        "value": f"{61 + i % 28:02d}0{1 + i % 9}9{i % 10}{i:04d}"[:10],
                    }
                ],
                "name": [{"family": "Benchsen", "given": [f"Kvinde{i}"]}],
            }
        )
    return res


def _time(fn: Callable[[], object], runs: int, warm: int = 3) -> dict[str, float]:
    for _ in range(warm):
        fn()
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    wall.sort()
    cpu.sort()
    p95 = wall[min(len(wall) - 1, int(0.95 * len(wall)))]
    return {
        "median_ms": round(statistics.median(wall), 2),
        "p95_ms": round(p95, 2),
        "cpu_median_ms": round(statistics.median(cpu), 2),
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=None, help="SQLAlchemy URL (default: SQLite in a temp folder)")
    ap.add_argument("--visits", type=int, default=20)
    ap.add_argument("--elements", type=int, default=300)
    ap.add_argument("--others", type=int, default=300)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    from scratch import scratch_dir

    tmp = scratch_dir("indsigt-preg-bench-")
    url = args.db or f"sqlite:///{tmp / 'bench.db'}"
    os.environ["INDSIGT_DB"] = url
    os.environ.setdefault("INDSIGT_KEY_FILE", str(tmp / "bench.key"))
    os.environ["INDSIGT_DEV_LOGIN"] = "true"
    os.environ["INDSIGT_LOG_LEVEL"] = "WARNING"
    from fastapi.testclient import TestClient

    from indsigt.app import create_app
    from indsigt.auth import auth_settings
    from indsigt.config import get_settings
    from indsigt.db import init_db, session_scope
    from indsigt.ingest.importer import Importer
    from indsigt.pregnancy import reading, services
    from indsigt.pregnancy.access import professional
    from indsigt.protect.orders import add_orders
    from indsigt.store import AccessEntry
    from indsigt.store.pregnancy import Pregnancy
    from indsigt.timeutil import TZ, utcnow
    from indsigt.views import pregnancy as view

    get_settings.cache_clear()
    auth_settings.cache_clear()
    roster = tmp / "roster.ndjson"
    roster.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _roster(args.others))
    )
    t0 = time.perf_counter()
    report = Importer(init_db(url), progress=False).run([roster])
    assert report.ok, report.problems
    today = date.today()
    due = today + timedelta(days=70)
    with session_scope(url) as s:
        gp, jm = (professional(s, r) for r in ("r-gp", "r-jm"))
    per_visit = min(len(MEASURE), max(1, (args.elements - len(MODEL) * 2) // max(1, args.visits)))
    with session_scope(url) as s:
        pid = services.create_pregnancy(
            s,
            gp,
            "w0",
            {
                "due_date": due.isoformat(),
                "due_basis": "ultrasound",
                "gravida": 1,
                "para": 0,
                "birthplace": "o-foede",
            },
        )["id"]
        services.add_team_member(s, gp, pid, "o-jmc", "midwife")
    written = 0
    for v in range(args.visits):
        week = 6 + v * 34 // max(1, args.visits)
        day = due - timedelta(days=280 - week * 7)
        when = f"{day.isoformat()}T10:00:00+01:00"
        items = [
            {
                "kind": k,
                "value": val
                if not isinstance(val, int | float) or k != "symfyse-fundus"
                else 10 * week,
            }
            for k, val in MEASURE[:per_visit]
        ]
        with session_scope(url) as s:
            services.record_visit(s, jm if v % 2 else gp, pid, start=when, elements=items)
        written += len(items)
    n = 0
    while written < args.elements:
        k, val = MODEL[n % len(MODEL)]
        with session_scope(url) as s:
            services.add_element(s, gp, pid, k, val)
        written += 1
        n += 1
    for i in range(1, args.others + 1):
        with session_scope(url) as s:
            other = services.create_pregnancy(
                s, gp, f"w{i}", {"due_date": (today + timedelta(days=i % 200)).isoformat()}
            )["id"]
            services.record_visit(
                s,
                gp,
                other,
                start=f"{today.isoformat()}T09:00:00+01:00",
                elements=[{"kind": k, "value": v} for k, v in MEASURE[:10]],
            )
    build_s = time.perf_counter() - t0
    with session_scope(url) as s:
        preg = s.get(Pregnancy, pid)
        rec = reading.load(
            s.connection(),
            preg,
            [
                "forloeb",
                "maalinger",
                "anamnese",
                "diagnoser",
                "livsstil",
                "psykisk",
                "social",
                "rusmidler",
                "partner",
                "oensker",
                "egne_noter",
            ],
        )
    shape = {
        "visits": len([v for v in rec.visits if v.kind == "encounter"]),
        "elements": len(rec.elements),
    }
    print(
        f"store built in {build_s:.1f} s: {shape['visits']} visits, {shape['elements']} elements, {args.others} other pregnancies ({url.split(':')[0]})"
    )

    results: dict[str, dict[str, float]] = {}

    def fresh(fn: Callable) -> Callable[[], object]:  # type: ignore[type-arg]
        def run() -> object:
            with session_scope(url) as s:
                return fn(s)

        return run

    sections = [
        "forloeb",
        "maalinger",
        "anamnese",
        "diagnoser",
        "livsstil",
        "psykisk",
        "social",
        "rusmidler",
        "partner",
        "oensker",
        "egne_noter",
    ]
    results["read: store only (reading.load, baseline)"] = _time(
        fresh(lambda s: reading.load(s.connection(), s.get(Pregnancy, pid), sections)), args.runs
    )
    results["read: overview (view.pregnancy_view)"] = _time(
        fresh(lambda s: view.pregnancy_view(s, "w0", "w0")), args.runs
    )
    app = create_app()
    client = TestClient(app)
    token = client.get("/api/auth/session").json()["csrf_token"]
    r = client.post(
        "/api/dev-login/sign-in", json={"persona": "patient:w0"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 200, r.text
    results["read: GET /api/me/pregnancy"] = _time(
        lambda: client.get("/api/me/pregnancy").raise_for_status(), args.runs
    )
    results["read: GET /graviditet (HTML, 3 SVG charts)"] = _time(
        lambda: client.get("/graviditet").raise_for_status(), args.runs
    )
    results["read: professional opens the record (+ log entry)"] = _time(
        fresh(lambda s: services.open_record(s, jm, pid)), args.runs
    )
    with session_scope(url) as s:
        add_orders(
            s,
            {
                "kind": "patient",
                "patient": "w0",
                "staff": ["s-jm"],
                "from": today.isoformat(),
                "reason": "threats",
                "mode": "pseudonym",
            },
            actor="bench",
        )
    results["read: overview, midwife hidden by an order"] = _time(
        fresh(lambda s: view.pregnancy_view(s, "w0", "w0")), args.runs
    )
    check = view.pregnancy_view
    with session_scope(url) as s:
        doc = check(s, "w0", "w0")
        assert "Kjærsgaard" not in json.dumps(doc, ensure_ascii=False)

    counter = iter(range(10**9))

    def bare(s) -> None:  # type: ignore[no-untyped-def]
        s.add(
            AccessEntry(
                id=f"bench-{next(counter)}",
                patient_id="w0",
                time=utcnow(),
                action="R",
                source="bench",
            )
        )

    results["write: one bare row (baseline)"] = _time(fresh(bare), args.runs)
    results["write: add a measurement (services.add_element)"] = _time(
        fresh(lambda s: services.add_element(s, jm, pid, "vaegt", 71)), args.runs
    )
    with session_scope(url) as s:
        eid = services.add_element(s, jm, pid, "vaegt", 71)["id"]
    version = [1]

    def correct(s) -> None:  # type: ignore[no-untyped-def]
        services.correct_element(s, jm, pid, eid, version[0], 71 + version[0] % 5 / 10, "Rettet")
        version[0] += 1

    results["write: correct it (If-Match)"] = _time(fresh(correct), args.runs)
    start = f"{today.isoformat()}T11:00:00+01:00"
    visit = [{"kind": k, "value": v} for k, v in MEASURE]
    results["write: a visit with 15 measurements"] = _time(
        fresh(lambda s: services.record_visit(s, jm, pid, start=start, elements=visit)), args.runs
    )
    pro = TestClient(app)
    token = pro.get("/api/auth/session").json()["csrf_token"]
    r = pro.post(
        "/api/dev-login/sign-in", json={"persona": "role:r-jm"}, headers={"X-CSRF-Token": token}
    )
    assert r.status_code == 200, r.text
    pro.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    results["write: POST /api/pregnancies/{id}/elements"] = _time(
        lambda: pro.post(
            f"/api/pregnancies/{pid}/elements", json={"kind": "vaegt", "value": 72}
        ).raise_for_status(),
        args.runs,
    )

    width = max(len(k) for k in results)
    print(f"{'':{width}}  median    p95   (CPU median)")
    for k, v in results.items():
        print(
            f"{k:{width}}  {v['median_ms']:6.1f} {v['p95_ms']:6.1f}  ({v['cpu_median_ms']:.1f}) ms"
        )
    overview = results["read: overview (view.pregnancy_view)"]["median_ms"]
    write = results["write: add a measurement (services.add_element)"]["median_ms"]
    print(
        f"targets: overview {overview:.1f} ms < 100 ms: {'ja' if overview < 100 else 'NEJ'}; write {write:.1f} ms < 50 ms: {'ja' if write < 50 else 'NEJ'}"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "shape": shape,
                "others": args.others,
                "db": url.split(":")[0],
                "machine": {
                    "python": sys.version.split()[0],
                    "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                    "load": os.getloadavg(),
                },
                "results": results,
                "targets": {"overview_ms": 100, "write_ms": 50},
                "tz": str(TZ),
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    print(f"skrevet: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
