"""Real-shaped access logs for the import benchmark: public examples replicated with new ids.

The events are the public examples in ``tests/interop/`` (nobody on the project wrote them):

- AuditEvent (NDJSON): IHE BALP's examples (``balp/balp.ndjson``: a RESTful query by a user
  identified by display only, reads by a user given by identifier with a ``110153`` type code, a
  privacy disclosure to the patient himself, and a query without a patient) and the MinLog2-style
  event (``minlog2/auditevent.ndjson``: the user by CPR identifier, the organisation by SOR
  identifier in a second agent, the citizen by CPR in a Consent entity, no ``id``). Extensions
  real feeds carry are added as they come: ``_recorded`` (a primitive extension) on every other
  event and the BALP ``onBehalfOf`` extension on every fifth.
- MinLog CSV: the rows of the NSI MinLog reference implementation (``nsi-minlog/logentries.csv``,
  header ``orgUsingId`` as MinLog writes it, every organisation name format, users by user name
  and by CPR number, on-behalf users).

Replicated to ``n`` entries: each copy gets a new id (``<example id>-<n>``; the MinLog2 event has
none and gets one from its content, so its time makes it new; BALP's X-Request-Id entity gets a
new request id), a time, and one of a pool of 40 users (so the log is not one person's), in
bursts as real logs come: one user of one system opens the record 5-40 times within minutes,
the bursts spread over half a year, mostly in working hours. Every copy is about the same
citizen (``ex-patient``, whose CPR number the MinLog2 event and the CSV
give): the heavy citizen whose log view the benchmark times. Events about no citizen (the BALP
query without a patient) are kept in the mix and counted as skipped by the import, as real feeds
do.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INTEROP = ROOT / "tests" / "interop"
CPR = "2512489996"  # the MinLog2 example's citizen (a test CPR number)
PATIENT = "ex-patient"  # BALP's patient
START = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
USERS = 40
ON_BEHALF = "https://profiles.ihe.net/ITI/BALP/StructureDefinition/onBehalfOf"


def roster_lines() -> list[dict]:
    """The master data the examples need: BALP's patient (with the MinLog2 citizen's CPR
    number, so both formats are about one citizen), the MinLog2 user and organisation."""
    patient = json.loads((INTEROP / "balp" / "balp.ndjson").read_text().splitlines()[0])
    assert patient["resourceType"] == "Patient"
    patient["identifier"] = [{"system": "urn:oid:1.2.208.176.1.2", "value": CPR}]
    minlog2 = [
        json.loads(x)
        for f in ("roster.ndjson", "organization.ndjson")
        for x in (INTEROP / "minlog2" / f).read_text().splitlines()
        if x.strip()
    ]
    return [patient, *(r for r in minlog2 if r["resourceType"] != "Patient")]


def _templates() -> list[dict]:
    events = [
        json.loads(x)
        for f in ("balp/balp.ndjson", "minlog2/auditevent.ndjson")
        for x in (INTEROP / f).read_text().splitlines()
        if x.strip()
    ]
    return [e for e in events if e["resourceType"] == "AuditEvent"]


def _bursts(rng: random.Random, n: int, templates: int) -> Iterator[tuple[int, int, datetime]]:
    """(template, user, time) of ``n`` accesses. Accesses come in bursts, as in real logs: one
    user of one system opens the record 5-40 times within minutes (a shift's work); the
    bursts spread over about 180 days, mostly 07-17 on weekdays."""
    made = 0
    bursts = max(1, n // 22)
    step = timedelta(days=180) / bursts
    t0 = START
    k = 0
    while made < n:
        start = t0 + step * k + timedelta(seconds=rng.randrange(max(1, int(step.total_seconds()))))
        if rng.random() < 0.9 and not 7 <= start.hour < 17:
            start = start.replace(hour=7 + rng.randrange(10))
        if start.weekday() >= 5 and rng.random() < 0.8:
            start -= timedelta(days=start.weekday() - 4)
        template, user = k % templates, rng.randrange(USERS)
        t = start
        for _ in range(min(5 + rng.randrange(36), n - made)):
            yield template, user, t
            t += timedelta(seconds=10 + rng.randrange(110))
            made += 1
        k += 1


def _instant(t: datetime, i: int) -> str:
    """With the copy's number as microseconds: no two copies share a time (nor a content id)."""
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{i % 1_000_000:06d}+00:00"


def _user(ev: dict, k: int) -> None:
    """Make the requestor one of a pool of users, in the form the example gives its user."""
    for a in ev["agent"]:
        if not a.get("requestor"):
            continue
        who = a.get("who") or {}
        ident = who.get("identifier")
        if ident and ident.get("system") == "urn:oid:1.2.208.176.1.2":
            return  # the MinLog2 user is in the roster by CPR: keep them
        if ident is not None:
            ident["value"] = f"{ident.get('value', 'user')}{k:02d}"
        if who.get("display"):
            who["display"] = f"{who['display']} {k:02d}"
        return


def audit_lines(n: int, seed: int = 14) -> Iterator[bytes]:
    """``n`` AuditEvent NDJSON lines, in bursts through the examples."""
    rng = random.Random(seed)
    templates = _templates()
    for i, (k, user, t) in enumerate(_bursts(rng, n, len(templates))):
        ev = copy.deepcopy(templates[k])
        if "id" in ev:
            ev["id"] = f"{ev['id']}-{i}"
        ev["recorded"] = _instant(t, i)
        if i % 2:
            ev["_recorded"] = {
                "extension": [{"url": "http://example.org/precision", "valueCode": "ms"}]
            }
        _user(ev, user)
        for e in ev.get("entity", []):  # what real feeds vary per access: the request's id
            ident = (e.get("what") or {}).get("identifier")
            if ident and (e.get("type") or {}).get("code") == "XrequestId":
                ident["value"] = f"{ident['value'][:-8]}{i:08x}"
        if i % 5 == 0:
            req = next(a for a in ev["agent"] if a.get("requestor"))
            req["extension"] = [
                {
                    "url": ON_BEHALF,
                    "valueReference": {
                        "identifier": {"value": f"resp{user % 7:02d}"},
                        "display": f"Ansvarlig {user % 7:02d}",
                    },
                }
            ]
        yield json.dumps(ev, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def csv_rows(n: int, seed: int = 15) -> Iterator[list[str]]:
    """``n`` MinLog CSV rows (after the header), in bursts through the NSI examples."""
    rng = random.Random(seed)
    with (INTEROP / "nsi-minlog" / "logentries.csv").open(newline="") as f:
        rows = list(csv.reader(f))
    header, templates = rows[0], rows[1:]
    col = {c.lower(): i for i, c in enumerate(header)}
    yield header
    for i, (k, user, t) in enumerate(_bursts(rng, n, len(templates))):
        row = list(templates[k])
        row[col["regkode"]] = f"{row[col['regkode']]}-{i}"
        row[col["cprnrborger"]] = CPR
        row[col["tidspunkt"]] = t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        if not row[col["bruger"]].isdigit():  # user names vary; CPR-number users stay as given
            row[col["bruger"]] = f"{row[col['bruger']]}-{user:02d}"
        yield row


def make(out: Path, n: int) -> dict[str, Path]:
    """Write ``roster.ndjson``, ``audit.ndjson`` (n events) and ``log.csv`` (n rows) to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    roster = out / "roster.ndjson"
    roster.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in roster_lines()))
    audit = out / "audit.ndjson"
    with audit.open("wb") as f:
        buf = []
        for line in audit_lines(n):
            buf.append(line)
            if len(buf) >= 10_000:
                f.write(b"".join(buf))
                buf.clear()
        f.write(b"".join(buf))
    log = out / "log.csv"
    with log.open("w", encoding="utf-8", newline="") as f:
        s = io.StringIO()
        w = csv.writer(s, lineterminator="\n")
        for i, row in enumerate(csv_rows(n)):
            w.writerow(row)
            if i % 10_000 == 0:
                f.write(s.getvalue())
                s.seek(0)
                s.truncate()
        f.write(s.getvalue())
    return {"roster": roster, "ndjson": audit, "csv": log}


if __name__ == "__main__":
    import sys

    print(make(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100_000))
