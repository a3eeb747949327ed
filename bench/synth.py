"""Fast synthetic data for benchmarks, load tests and crash tests (all data is made up).

Writes, streaming and in constant memory:

- ``roster.ndjson``: organisations, staff (Practitioner + PractitionerRole) and citizens (Patient)
- ``audit.ndjson``: ``n`` FHIR R4 AuditEvents (access-log entries)
- ``log.csv``: ``n`` MinLog CSV rows

The CPR numbers are synthetic (day 61-91 = "erstatningspersonnummer"-style, never a real date of
birth) so no real person can match. The demo generator (``indsigt.demo.generate``) makes richer
data; this one only needs to be fast and exact in its counts.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from indsigt.ingest.csvlog import COLUMNS

CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
SOR_SYSTEM = "urn:oid:1.2.208.176.1.1"
GIVEN = ["Anna", "Bent", "Carl", "Dorthe", "Emil", "Freja", "Gitte", "Hans", "Ida", "Jens"]
FAMILY = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Larsen", "Holm", "Skov", "Berg"]
TITLES = ["Sygeplejerske", "Overlæge", "Reservelæge", "Lægesekretær", "Fysioterapeut"]
CSV_HEADER = list(COLUMNS)


@dataclass(frozen=True)
class World:
    orgs: int
    staff: int
    patients: int

    def patient_id(self, i: int) -> str:
        return f"p{i:07d}"

    def cpr(self, i: int) -> str:
        # synthetic: day 61..88 never is a real day of birth
        return f"{61 + i % 28:02d}{1 + i // 28 % 12:02d}{i // 336:06d}"

    def org_id(self, i: int) -> str:
        return f"o{i:04d}"

    def staff_id(self, i: int) -> str:
        return f"s{i:06d}"

    def role_id(self, i: int) -> str:
        return f"r{i:06d}"

    def username(self, i: int) -> str:
        return f"u{i:06d}"


def world_for(entries: int) -> World:
    """A world of a size that fits ``entries`` log entries (about 20 entries per citizen)."""
    patients = max(50, min(500_000, entries // 20))
    return World(
        orgs=max(5, min(500, patients // 200)),
        staff=max(20, min(20_000, patients // 10)),
        patients=patients,
    )


def roster_lines(w: World) -> Iterator[dict]:
    yield {
        "resourceType": "Organization",
        "id": "o-root",
        "name": "Region Syntetisk",
        "identifier": [{"system": SOR_SYSTEM, "value": "9000"}],
    }
    for i in range(w.orgs):
        yield {
            "resourceType": "Organization",
            "id": w.org_id(i),
            "name": f"Afdeling {i}",
            "identifier": [{"system": SOR_SYSTEM, "value": str(10000 + i)}],
            "partOf": {"reference": "Organization/o-root"},
        }
    for i in range(w.staff):
        yield {
            "resourceType": "Practitioner",
            "id": w.staff_id(i),
            "name": [{"family": FAMILY[i % len(FAMILY)], "given": [GIVEN[i % len(GIVEN)]]}],
            "identifier": [
                {"system": "urn:indsigt:username", "value": w.username(i)},
                {"system": "https://autregweb.sst.dk", "value": f"A{i:06d}"},
            ],
        }
        yield {
            "resourceType": "PractitionerRole",
            "id": w.role_id(i),
            "practitioner": {"reference": f"Practitioner/{w.staff_id(i)}"},
            "organization": {"reference": f"Organization/{w.org_id(i % w.orgs)}"},
            "code": [{"text": TITLES[i % len(TITLES)]}],
        }
    for i in range(w.patients):
        yield {
            "resourceType": "Patient",
            "id": w.patient_id(i),
            "name": [
                {"family": FAMILY[(i * 7) % len(FAMILY)], "given": [GIVEN[(i * 3) % len(GIVEN)]]}
            ],
            "identifier": [{"system": CPR_SYSTEM, "value": w.cpr(i)}],
        }


def write_roster(path: Path, w: World) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in roster_lines(w):
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    return path


START = datetime(2024, 1, 1, tzinfo=UTC)
SPAN_S = 2 * 365 * 86400

_AUDIT = (
    '{{"resourceType":"AuditEvent","id":"{id}",'
    '"type":{{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110"}},'
    '"action":"R","recorded":"{t}","outcome":"0",'
    '"agent":[{{"who":{{"reference":"PractitionerRole/{role}"}},"requestor":true}}],'
    '"source":{{"observer":{{"reference":"Organization/o-root","display":"Sundhedsplatformen"}}}},'
    '"entity":[{{"what":{{"reference":"Patient/{patient}"}}}},'
    '{{"what":{{"reference":"DocumentReference/d{doc}"}},"description":"Journalnotat"}}],'
    '"purposeOfEvent":[{{"coding":[{{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"{purpose}"}}]}}]}}\n'
)


def _times(rng: random.Random, start: datetime = START, span_s: int = SPAN_S) -> Iterator[str]:
    base = start.timestamp()
    while True:
        t = datetime.fromtimestamp(base + rng.randrange(span_s), UTC)
        yield t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def write_audit(
    path: Path,
    w: World,
    n: int,
    *,
    seed: int = 1,
    prefix: str = "a",
    first: int = 0,
    start: datetime = START,
    span_days: int = 730,
) -> Path:
    """``n`` AuditEvents with ids ``{prefix}{first}`` ... (so files can overlap on purpose)."""
    rng = random.Random(seed)
    times = _times(rng, start, span_days * 86400)
    with path.open("w", encoding="utf-8") as f:
        buf: list[str] = []
        for i in range(first, first + n):
            buf.append(
                _AUDIT.format(
                    id=f"{prefix}{i}",
                    t=next(times),
                    role=w.role_id(rng.randrange(w.staff)),
                    patient=w.patient_id(rng.randrange(w.patients)),
                    doc=rng.randrange(1_000_000),
                    purpose="BTG" if rng.random() < 0.001 else "TREAT",
                )
            )
            if len(buf) >= 10_000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
    return path


def write_csv(
    path: Path,
    w: World,
    n: int,
    *,
    seed: int = 2,
    prefix: str = "c",
    first: int = 0,
    start: datetime = START,
    span_days: int = 730,
) -> Path:
    """``n`` MinLog CSV rows; the citizen is given by CPR number, the user by user name."""
    rng = random.Random(seed)
    times = _times(rng, start, span_days * 86400)
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(CSV_HEADER)
        rows: list[list[str]] = []
        for i in range(first, first + n):
            s = rng.randrange(w.staff)
            rows.append(
                [
                    f"{prefix}{i}",
                    w.cpr(rng.randrange(w.patients)),
                    w.username(s),
                    "",
                    f"SOR:{10000 + s % w.orgs}",
                    "Cura",
                    "Opslag på medicinkort",
                    f"sess{i // 50}",
                    next(times),
                    "",
                    "TREAT",
                ]
            )
            if len(rows) >= 10_000:
                out.writerows(rows)
                rows.clear()
        out.writerows(rows)
    return path


FILES = {"ndjson": "audit.ndjson", "csv": "log.csv"}


def make(
    out: Path,
    entries: int,
    *,
    seed: int = 1,
    kinds: tuple[str, ...] = ("ndjson", "csv"),
    world: World | None = None,
) -> dict[str, Path]:
    """Roster + ``entries`` AuditEvents and/or CSV rows in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    w = world or world_for(entries)
    files = {"roster": write_roster(out / "roster.ndjson", w)}
    if "ndjson" in kinds:
        files["ndjson"] = write_audit(out / FILES["ndjson"], w, entries, seed=seed)
    if "csv" in kinds:
        files["csv"] = write_csv(out / FILES["csv"], w, entries, seed=seed + 1)
    return files
