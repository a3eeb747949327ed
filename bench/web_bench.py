"""Server-side render time of the web pages for a citizen with a long log and a long journal.

Builds a synthetic database (one citizen with ``--entries`` access-log entries over two years,
mostly home care explained by an episode of care, and ``--notes`` record notes), then times the
pages in-process through FastAPI's TestClient (request to full HTML, no network):

    .venv/bin/python bench/web_bench.py                   # 50,000 entries, 1,000 notes
    .venv/bin/python bench/web_bench.py --entries 5000 --repeat 3

Targets: ``/log`` < 500 ms with 50,000 entries; ``/journal`` < 500 ms with 1,000 notes.
All data is made up.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CPR = "urn:oid:1.2.208.176.1.2"
MUNI = "urn:dk:kommunekode"
PID = "pb000001"
TITLES = ["Social- og sundhedshjælper", "Social- og sundhedsassistent", "Sygeplejerske"]
GIVEN = ["Anne", "Birgit", "Camilla", "Dorte", "Eva", "Frederik", "Gitte", "Henrik", "Ida", "Jonas"]
FAMILY = ["Andersen", "Bach", "Christensen", "Dahl", "Eriksen", "Frost", "Gade", "Holt", "Iversen"]


def _org(
    oid: str,
    name: str,
    part_of: str | None = None,
    kommune: str | None = None,
    type_: str = "department",
) -> dict[str, Any]:
    o: dict[str, Any] = {
        "resourceType": "Organization",
        "id": oid,
        "name": name,
        "type": [{"text": type_}],
    }
    if part_of:
        o["partOf"] = {"reference": f"Organization/{part_of}"}
    if kommune:
        o["identifier"] = [{"system": MUNI, "value": kommune}]
    return o


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def generate(out: Path, entries: int, notes: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    start = (now - timedelta(days=731)).replace(hour=0, minute=0, second=0)
    orgs = [
        _org("b-reg", "Region Nordjylland", type_="region"),
        _org("b-hosp", "Aalborg Universitetshospital", "b-reg", type_="hospital"),
        *[_org(f"b-dep{i}", f"Afdeling {i}", "b-hosp") for i in range(8)],
        _org("b-kom", "Aalborg Kommune", kommune="0851", type_="municipality"),
        *[
            _org(f"b-hj{i}", f"Hjemmeplejen Aalborg {d}", "b-kom", type_="homecare")
            for i, d in enumerate(("Øst", "Vest", "Syd"))
        ],
        _org("b-sys", "Sundhedsplatformen", type_="system"),
    ]
    staff: list[dict[str, Any]] = []
    roles: list[tuple[str, str]] = []  # (role id, org id)
    for i in range(80):
        sid, rid = f"bs{i:03d}", f"br{i:03d}"
        org = f"b-hj{i % 3}" if i < 45 else f"b-dep{i % 8}"
        staff.append(
            {
                "resourceType": "Practitioner",
                "id": sid,
                "name": [{"given": [GIVEN[i % 10]], "family": FAMILY[(i // 10) % 9]}],
            }
        )
        staff.append(
            {
                "resourceType": "PractitionerRole",
                "id": rid,
                "practitioner": {"reference": f"Practitioner/{sid}"},
                "organization": {"reference": f"Organization/{org}"},
                "code": [{"text": TITLES[i % 3] if i < 45 else "Sygeplejerske"}],
            }
        )
        roles.append((rid, org))
    patient = {
        "resourceType": "Patient",
        "id": PID,
        "identifier": [{"system": CPR, "value": "6101991234"}],
        "name": [{"given": ["Bodil"], "family": "Benchmark"}],
    }
    rel = [
        {
            "resourceType": "EpisodeOfCare",
            "id": f"bep{i}",
            "status": "active",
            "patient": {"reference": f"Patient/{PID}"},
            "managingOrganization": {"reference": f"Organization/b-hj{i}"},
            "period": {"start": _iso(start - timedelta(days=10))},
            "type": [{"text": "Hjemmepleje"}],
        }
        for i in range(3)
    ]
    for k in range(12):
        s = start + timedelta(days=60 * k + 5)  # the admissions of ``encounters`` below
        rel.append(
            {
                "resourceType": "Encounter",
                "id": f"ben{k}",
                "status": "finished",
                "class": {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "code": "IMP",
                    "display": "indlæggelse",
                },
                "subject": {"reference": f"Patient/{PID}"},
                "serviceProvider": {"reference": f"Organization/b-dep{k % 8}"},
                "period": {"start": _iso(s), "end": _iso(s + timedelta(days=4))},
            }
        )
    docs = []
    for n in range(notes):
        rid, org = roles[rng.randrange(45)]
        t = start + timedelta(seconds=rng.randrange(730 * 86400))
        text = (
            f"Besøg kl. {t:%H.%M}. Hjælp til personlig pleje og medicin. Borgeren har det godt, "
            "spiser og drikker. Ingen tegn på tryksår. Blodsukker målt og noteret. "
            "Aftalt opfølgning ved næste besøg. " * 2
        )
        docs.append(
            {
                "resourceType": "DocumentReference",
                "id": f"bdoc{n:05d}",
                "status": "current",
                "subject": {"reference": f"Patient/{PID}"},
                "date": _iso(t),
                "author": [{"reference": f"PractitionerRole/{rid}"}],
                "custodian": {"reference": f"Organization/{org}"},
                "type": {"text": "Hjemmeplejenotat"},
                "content": [
                    {
                        "attachment": {
                            "contentType": "text/plain; charset=utf-8",
                            "data": base64.b64encode(text.encode()).decode(),
                        }
                    }
                ],
            }
        )
    encounters = [(start + timedelta(days=60 * k + 5), f"b-dep{k % 8}") for k in range(12)]
    dept_roles: dict[str, list[str]] = {}
    for rid, org in roles[45:]:
        dept_roles.setdefault(org, []).append(rid)
    odd = set(rng.sample(range(entries), min(15, entries)))  # a few accesses nothing explains
    events = []
    for n in range(entries):
        purpose = "TREAT"
        if n in odd:  # a hospital nurse, a random day, no relation
            rid, org = roles[45 + rng.randrange(35)]
            t = start + timedelta(seconds=rng.randrange(730 * 86400))
            purpose = "BTG" if n % 5 == 0 else "TREAT"
        elif rng.random() < 0.8:  # home care, daily visits during the episode
            rid, org = roles[rng.randrange(45)]
            day = start + timedelta(days=rng.randrange(729))
            t = day.replace(hour=6 + rng.randrange(15), minute=rng.randrange(60))
        else:  # the hospital department during an admission
            s0, org = encounters[rng.randrange(len(encounters))]
            rid = rng.choice(dept_roles[org])
            t = s0 + timedelta(seconds=rng.randrange(4 * 86400))
        events.append(
            {
                "resourceType": "AuditEvent",
                "id": f"bae{n:07d}",
                "type": {
                    "system": "http://dicom.nema.org/resources/ontology/DCM",
                    "code": "110110",
                },
                "action": "R",
                "recorded": _iso(t),
                "outcome": "0",
                "agent": [
                    {"who": {"reference": f"PractitionerRole/{rid}"}, "requestor": True},
                    {"who": {"reference": f"Organization/{org}"}, "requestor": False},
                ],
                "source": {
                    "observer": {"reference": "Organization/b-sys", "display": "Sundhedsplatformen"}
                },
                "entity": [{"what": {"reference": f"Patient/{PID}"}}],
                "purposeOfEvent": [
                    {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                                "code": purpose,
                            }
                        ]
                    }
                ],
            }
        )
    files = []
    for name, rows in (
        ("roster.ndjson", [*orgs, *staff, patient]),
        ("relations.ndjson", rel),
        ("documents.ndjson", docs),
        ("audit.ndjson", events),
    ):
        p = out / name
        p.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        files.append(p)
    return files


def proposed_timeline() -> None:
    """Emulate the per-day ``timeline`` the web pages ask of the view layer.

    The pages draw their chart from ``log_view(...)["timeline"]`` when the view gives one, and
    otherwise have to ask for every entry. The access log can produce per-day counts cheaply (it
    precomputes per citizen); until it does, this wraps ``views.log_view`` and adds them with one
    aggregate query (days in CET; accesses that need attention placed on their group's day), so
    the figure shows the page's own cost on top of the condensed view.
    """
    import functools

    from sqlalchemy import text

    from indsigt import views
    from indsigt.web.logdata import needs_attention

    original = views.log_view

    @functools.wraps(original)
    def log_view(session, subject, viewer=None, at=None, *, entries=False, **kw):  # type: ignore[no-untyped-def]
        doc = original(session, subject, viewer, at, entries=entries, **kw)
        if "timeline" in doc:
            return doc
        rows = session.execute(
            text(
                "SELECT strftime('%Y-%m-%d', time, '+1 hour') AS d, count(*) FROM access_entry "
                "WHERE patient_id = :p GROUP BY d ORDER BY d"
            ),
            {"p": subject},
        ).all()
        per = {d: {"explained": n, "unexplained": 0, "flagged": 0, "system": 0} for d, n in rows}
        for g in doc.get("groups") or []:
            if needs_attention(g) and g.get("first"):
                day = per.get(str(g["first"])[:10])
                if day is not None:
                    moved = min(day["explained"], int(g.get("count") or 0))
                    day["explained"] -= moved
                    day["unexplained"] += moved
        doc["timeline"] = [{"day": d, **v} for d, v in per.items()]
        return doc

    views.log_view = log_view


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=50_000)
    ap.add_argument("--notes", type=int, default=1_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--proposed-timeline",
        action="store_true",
        help="add the per-day 'timeline' the web pages ask of accesslog.build_log (see "
        "proposed_timeline) instead of reading every entry for the chart",
    )
    args = ap.parse_args(argv)

    from scratch import scratch_dir

    tmp = scratch_dir("indsigt-webbench-")
    url = f"sqlite:///{tmp / 'bench.db'}"
    os.environ.update(
        INDSIGT_DB=url,
        INDSIGT_KEY_FILE=str(tmp / "bench.key"),
        INDSIGT_DEV_LOGIN="true",
        INDSIGT_LOG_LEVEL="WARNING",
    )
    from indsigt.config import get_settings

    get_settings.cache_clear()
    from indsigt.db import init_db
    from indsigt.ingest.importer import Importer
    from indsigt.protect.keys import ensure_keys

    t0 = time.perf_counter()
    files = generate(tmp, args.entries, args.notes)
    init_db(url)
    ensure_keys(url)
    report = Importer(init_db(url), progress=False).run(files)
    if not report.ok:
        print(report.problems[:10], file=sys.stderr)
        return 1
    setup_s = time.perf_counter() - t0

    if args.proposed_timeline:
        proposed_timeline()
    from fastapi.testclient import TestClient

    from indsigt.app import create_app

    client = TestClient(create_app())
    page = client.get("/log-ind").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    r = client.post(
        "/log-ind", data={"csrf_token": token, "persona": f"patient:{PID}"}, follow_redirects=False
    )
    assert r.status_code == 303, r.text[:300]

    log_page = client.get("/log").text
    group = re.search(r'href="(/log/gruppe/[^"?]+)', log_page)
    paths = [
        "/log",
        "/journal",
        "/journal?side=25",
        "/journal?q=tryks%C3%A5r",
        "/",
        "/kort",
        # these wait for the view layer's per-day counts / filters / drill-down (see README):
        "/log/tidslinje.svg",
        "/log?flag=break_glass",
        *([group.group(1)] if group else []),
    ]
    results: dict[str, dict[str, float]] = {}
    for path in paths:
        client.get(path)  # warm-up (caches, template compilation)
        times, cpu = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), time.process_time()
            resp = client.get(path)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            assert resp.status_code == 200, (path, resp.status_code, resp.text[:300])
        results[path] = {
            "median_ms": round(statistics.median(times), 1),
            # CPU time of this process (the server runs in it): steadier on a shared machine
            "cpu_median_ms": round(statistics.median(cpu), 1),
            "max_ms": round(max(times), 1),
            "bytes": len(resp.content),
        }
    # the view layer alone (what every page of the log starts from), for the split
    from indsigt.db import session_scope
    from indsigt.views import journal_view, log_view

    view_ms: dict[str, float] = {}
    for name, fn in (
        ("views.log_view", lambda s: log_view(s, PID)),
        ("views.journal_view", lambda s: journal_view(s, PID)),
    ):
        vt = []
        for _ in range(args.repeat):
            with session_scope(url) as s:
                t = time.perf_counter()
                fn(s)
                vt.append((time.perf_counter() - t) * 1000)
        view_ms[name] = round(statistics.median(vt), 1)
    figures = {
        "entries": args.entries,
        "notes": args.notes,
        "setup_s": round(setup_s, 1),
        "repeat": args.repeat,
        "pages": results,
        "views": view_ms,
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(
            f"{args.entries:,} log entries, {args.notes:,} notes (setup {setup_s:.1f} s); "
            f"median of {args.repeat} after one warm-up:"
        )
        for path, r in results.items():
            print(
                f"  {path:28s} {r['median_ms']:8.1f} ms  (CPU {r['cpu_median_ms']:.1f} ms, "
                f"max {r['max_ms']:.1f}, {r['bytes']:,} B)"
            )
        for name, ms in view_ms.items():
            print(f"  {name:28s} {ms:8.1f} ms  (the view alone, without the page)")
    ok = results["/log"]["median_ms"] < 500 and results["/journal"]["median_ms"] < 500
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
