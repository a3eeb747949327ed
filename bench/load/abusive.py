"""The abusive citizen of the load test (issue 15.5): one account with tens of thousands of
unexplained log entries, and a client that asks for its most expensive pages again and again.

``write_files(dir, entries)`` writes the account (NDJSON: an organisation, ``staff`` practitioners
with roles there, the citizen, and ``entries`` AuditEvents by random staff over 180 days with no
treatment relation, so every entry needs the citizen's attention) with ids of their own
(``abuse-*``) so they sit beside any other data set. ``hammer(...)`` runs ``concurrency`` loops,
each signed in as that citizen, requesting the CSV export, the PDF export, the API log with
entries and the log page, back to back, until told to stop (then it hangs up on the requests
still running); the answers are counted by status.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import statistics
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

PATIENT = "abuse-p"
#: synthetic (day 63 is no day of any month): no real person has it
CPR = "6312990001"
ORG = "abuse-o"
SOR = "urn:oid:1.2.208.176.1.1"
CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
HEAVY_PATHS = (
    "/log/eksport.csv",
    "/log/eksport.pdf",
    "/api/me/log?entries=true",
    "/log",
)
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def write_files(folder: Path, entries: int, *, staff: int = 1500, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    roster = folder / "abuse-roster.ndjson"
    with roster.open("w", encoding="utf-8") as f:

        def put(r: dict) -> None:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

        put(
            {
                "resourceType": "Organization",
                "id": ORG,
                "name": "Misbrugsafdelingen (syntetisk)",
                "identifier": [{"system": SOR, "value": "999999"}],
            }
        )
        for i in range(staff):
            put(
                {
                    "resourceType": "Practitioner",
                    "id": f"abuse-s{i}",
                    "name": [{"family": f"Testesen{i}", "given": ["Syntetisk"]}],
                }
            )
            put(
                {
                    "resourceType": "PractitionerRole",
                    "id": f"abuse-r{i}",
                    "practitioner": {"reference": f"Practitioner/abuse-s{i}"},
                    "organization": {"reference": f"Organization/{ORG}"},
                    "code": [{"text": "Sygeplejerske"}],
                }
            )
        put(
            {
                "resourceType": "Patient",
                "id": PATIENT,
                "name": [{"family": "Overbelastning", "given": ["Ida"]}],
                "identifier": [{"system": CPR_SYSTEM, "value": CPR}],
            }
        )
    log = folder / "abuse-audit.ndjson"
    start = datetime.now(UTC) - timedelta(days=185)
    with log.open("w", encoding="utf-8") as f:
        for i in range(entries):
            t = start + timedelta(seconds=rng.randrange(180 * 86400))
            f.write(
                json.dumps(
                    {
                        "resourceType": "AuditEvent",
                        "id": f"abuse-a{i}",
                        "type": {
                            "system": "http://dicom.nema.org/resources/ontology/DCM",
                            "code": "110110",
                        },
                        "action": "R",
                        "recorded": t.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                        "outcome": "0",
                        "agent": [
                            {
                                "who": {
                                    "reference": f"PractitionerRole/abuse-r{rng.randrange(staff)}"
                                },
                                "requestor": True,
                            }
                        ],
                        "source": {"observer": {"reference": f"Organization/{ORG}"}},
                        "entity": [{"what": {"reference": f"Patient/{PATIENT}"}}],
                        "purposeOfEvent": [
                            {
                                "coding": [
                                    {
                                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                                        "code": "TREAT",
                                    }
                                ]
                            }
                        ],
                    }
                )
                + "\n"
            )
    return [roster, log]


async def _loop(
    base: str, stop: asyncio.Event, counts: Counter[str], k: int, took: dict[str, list[float]]
) -> None:
    async with aiohttp.ClientSession(
        base_url=base,
        cookie_jar=aiohttp.CookieJar(unsafe=True),
        timeout=aiohttp.ClientTimeout(total=900),
        headers={"X-Forwarded-For": "203.0.113.66"},  # one address (TEST-NET-3)
    ) as c:
        async with c.get("/log-ind") as r:
            m = CSRF_RE.search(await r.text())
        assert m, "no sign-in form"
        async with c.post(
            "/log-ind",
            data={"persona": f"patient:{PATIENT}", "csrf_token": m.group(1)},
            allow_redirects=False,
        ) as r:
            await r.read()
        i = k
        while not stop.is_set():
            path = HEAVY_PATHS[i % len(HEAVY_PATHS)]
            i += 1
            t0 = time.perf_counter()
            try:
                async with c.get(path, headers={"Accept": "text/html"}) as r:
                    await r.read()
                    counts[f"{r.status}"] += 1
                    if r.status == 200:
                        took.setdefault(path, []).append(time.perf_counter() - t0)
                    if r.status == 429:  # told to wait: a polite abuser; an impolite one is
                        await asyncio.sleep(0.2)  # refused just as fast
            except (aiohttp.ClientError, TimeoutError) as exc:
                counts[type(exc).__name__] += 1


async def hammer(base: str, stop: asyncio.Event, concurrency: int) -> dict[str, object]:
    """``concurrency`` loops of expensive requests by the abusive citizen, until ``stop``: the
    answers by status, the seconds, and per path the answers 200 with their median time."""
    counts: Counter[str] = Counter()
    took: dict[str, list[float]] = {}
    t0 = time.perf_counter()
    loops = [asyncio.create_task(_loop(base, stop, counts, k, took)) for k in range(concurrency)]
    await stop.wait()
    for task in loops:  # hang up on what is still running (the server sees the client go)
        task.cancel()
    await asyncio.gather(*loops, return_exceptions=True)
    return {
        **counts,
        "seconds": int(time.perf_counter() - t0),
        "ok": {p: f"{len(xs)} x, median {statistics.median(xs):.1f} s" for p, xs in took.items()},
    }
