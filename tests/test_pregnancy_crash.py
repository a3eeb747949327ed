"""Persistence of the pregnancy record (the board's concern with GMv2): a real ``indsigt serve``
killed with SIGKILL while professionals write, on SQLite and PostgreSQL. Every write is all or
nothing — a visit with every one of its measurements, their versions and its access-log entry,
or none of it — every write that was answered 2xx survived, version chains have no gaps, and a
new server continues where the old one stopped."""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text

import test_serve as ts
from indsigt.db import get_engine, session_scope
from indsigt.store import AccessEntry, Relation
from indsigt.store.pregnancy import PregnancyElement, PregnancyElementVersion, PregnancyVisit
from pregnancy_world import load_world

P = "/api/pregnancies/preg-anna"
MEASUREMENTS = 40
KILLS = int(os.environ.get("INDSIGT_CRASH_KILLS", "4"))


def _visit_body(n: int) -> dict:
    kinds = ("systolisk-blodtryk", "diastolisk-blodtryk", "vaegt", "symfyse-fundus")
    values = (120, 80, 70, 280)
    return {
        "start": "2026-12-01T10:00:00+01:00",
        "title": f"crash-{n}",
        "elements": [
            {"kind": kinds[i % 4], "value": values[i % 4] + (i // 4)} for i in range(MEASUREMENTS)
        ],
    }


def _check(url: str, acknowledged: set[str]) -> dict[str, int]:
    """The invariants after a kill; returns counts."""
    with session_scope(url) as s:
        visits = s.execute(
            select(PregnancyVisit.id, Relation.text)
            .join(
                Relation,
                (Relation.kind == PregnancyVisit.kind) & (Relation.id == PregnancyVisit.id),
            )
            .where(PregnancyVisit.source == "indsigt", Relation.text.like("crash-%"))
        ).all()
        orphans = s.scalar(
            select(func.count())
            .select_from(PregnancyVisit)
            .where(~PregnancyVisit.id.in_(select(Relation.id)))
        )
        assert orphans == 0, "a visit without its relation row"
        for vid, _title in visits:
            n = s.scalar(
                select(func.count())
                .select_from(PregnancyElement)
                .where(PregnancyElement.visit_id == vid)
            )
            assert n == MEASUREMENTS, f"visit {vid}: {n} of {MEASUREMENTS} measurements"
        stored = {vid for vid, _ in visits}
        assert acknowledged <= stored, f"answered 201 but lost: {sorted(acknowledged - stored)[:3]}"
        # one access-log entry per visit, no more, no less
        logged = s.scalar(
            select(func.count())
            .select_from(AccessEntry)
            .where(
                AccessEntry.what
                == f"Graviditetsjournal: konsultation med {MEASUREMENTS} målinger registreret"
            )
        )
        assert logged == len(visits), (logged, len(visits))
        # version chains without gaps, the current version the newest
        rows = s.execute(
            select(
                PregnancyElement.id,
                PregnancyElement.version,
                func.count(),
                func.max(PregnancyElementVersion.version),
            )
            .join(
                PregnancyElementVersion, PregnancyElementVersion.element_id == PregnancyElement.id
            )
            .group_by(PregnancyElement.id, PregnancyElement.version)
        ).all()
        for eid, current, n, top in rows:
            assert current == n == top, (eid, current, n, top)
        no_versions = s.scalar(
            select(func.count())
            .select_from(PregnancyElement)
            .where(~PregnancyElement.id.in_(select(PregnancyElementVersion.element_id)))
        )
        assert no_versions == 0
    from indsigt.integrity.log import verify

    with session_scope(url) as s:  # every entry with its leaf, or neither
        report = verify(s)
        assert report.ok, report.as_dict()
    if url.startswith("sqlite"):
        with get_engine(url).connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    return {"visits": len(visits)}


@pytest.mark.slow
def test_server_killed_mid_write_leaves_all_or_nothing(db_url: str, tmp_path: Path) -> None:
    load_world(db_url, tmp_path)
    rng = random.Random(int(os.environ.get("INDSIGT_CRASH_SEED", "0")) or None)
    acknowledged: set[str] = set()
    in_flight_failures = 0
    corrections_ok = 0
    counter = iter(range(1_000_000))
    outcomes = []
    for kill in range(KILLS + 1):
        last = kill == KILLS
        with ts.serve(db_url, tmp_path, workers=2) as server:
            with httpx.Client(base_url=server.url, timeout=60) as c:
                midwife = ts._token(c, "role:r-jm")
                gp = ts._token(c, "role:r-gp")
            stop = threading.Event()
            failures: list[Exception] = []

            def writer(
                headers: dict[str, str], stop: threading.Event = stop, failures: list = failures
            ) -> None:
                nonlocal corrections_ok
                with httpx.Client(base_url=server.url, timeout=60) as wc:
                    while not stop.is_set():
                        n = next(counter)
                        try:
                            if n % 5 == 4:  # now and then a correction of a shared element
                                cur = wc.get(f"{P}/elements/obs-sys-enc-jm1", headers=headers)
                                r = wc.put(
                                    f"{P}/elements/obs-sys-enc-jm1",
                                    json={"value": 100 + n % 50, "reason": f"runde {n}"},
                                    headers={**headers, "If-Match": cur.headers["ETag"]},
                                )
                                assert r.status_code in (200, 412), r.text
                                corrections_ok += r.status_code == 200
                                continue
                            r = wc.post(f"{P}/visits", json=_visit_body(n), headers=headers)
                            assert r.status_code == 201, r.text
                            acknowledged.add(r.json()["id"])
                        except httpx.TransportError as exc:
                            failures.append(exc)
                            time.sleep(0.05)

            threads = [threading.Thread(target=writer, args=(h,)) for h in (midwife, gp, midwife)]
            for t in threads:
                t.start()
            time.sleep(rng.uniform(1.0, 3.0) if not last else 2.0)
            if not last:
                os.killpg(server.proc.pid, signal.SIGKILL)  # the whole server, mid-write
                server.proc.wait(timeout=30)
            stop.set()
            for t in threads:
                t.join(timeout=120)
            in_flight_failures += len(failures)
        counts = _check(db_url, acknowledged)
        outcomes.append((kill, counts["visits"], len(failures)))
    assert in_flight_failures > 0, "no write was in flight at a kill"
    assert len(acknowledged) > KILLS and corrections_ok > 0, outcomes
    print(f"kills (round, visits stored, requests cut off): {outcomes}")
