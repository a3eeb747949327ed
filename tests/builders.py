"""Small builders of FHIR R4 resources and MinLog CSV rows; tests make their own data."""

from __future__ import annotations

import base64
import csv
import io
import json
from pathlib import Path
from typing import Any

from indsigt.ingest.csvlog import COLUMNS

CPR = "urn:oid:1.2.208.176.1.2"
SOR = "urn:oid:1.2.208.176.1.1"


def org(
    oid: str,
    name: str,
    *,
    sor: str | None = None,
    part_of: str | None = None,
    type_: str = "department",
) -> dict:
    o: dict[str, Any] = {
        "resourceType": "Organization",
        "id": oid,
        "name": name,
        "type": [{"text": type_}],
    }
    if sor:
        o["identifier"] = [{"system": SOR, "value": sor}]
    if part_of:
        o["partOf"] = {"reference": f"Organization/{part_of}"}
    return o


def practitioner(
    sid: str,
    given: str,
    family: str,
    *,
    cpr: str | None = None,
    username: str | None = None,
    auth: str | None = None,
    email: str | None = None,
    address: tuple[str, str, str] | None = None,
) -> dict:
    p: dict[str, Any] = {
        "resourceType": "Practitioner",
        "id": sid,
        "name": [{"family": family, "given": given.split()}],
    }
    ids = []
    if cpr:
        ids.append({"system": CPR, "value": cpr})
    if auth:
        ids.append({"system": "https://autregweb.sst.dk", "value": auth})
    if username:
        ids.append({"system": "urn:indsigt:username", "value": username})
    if ids:
        p["identifier"] = ids
    if email:
        p["telecom"] = [{"system": "email", "value": email}]
    if address:
        p["address"] = [{"line": [address[0]], "postalCode": address[1], "city": address[2]}]
    return p


def role(rid: str, staff: str, organization: str, title: str) -> dict:
    return {
        "resourceType": "PractitionerRole",
        "id": rid,
        "practitioner": {"reference": f"Practitioner/{staff}"},
        "organization": {"reference": f"Organization/{organization}"},
        "code": [{"text": title}],
    }


def patient(
    pid: str,
    given: str,
    family: str,
    *,
    cpr: str | None = None,
    address: tuple[str, str, str] | None = None,
) -> dict:
    p: dict[str, Any] = {
        "resourceType": "Patient",
        "id": pid,
        "name": [{"family": family, "given": given.split()}],
    }
    if cpr:
        p["identifier"] = [{"system": CPR, "value": cpr}]
    if address:
        p["address"] = [{"line": [address[0]], "postalCode": address[1], "city": address[2]}]
    return p


def episode(
    eid: str,
    patient_id: str,
    organization: str,
    start: str,
    end: str | None = None,
    text: str = "Forløb",
) -> dict:
    period = {"start": start} | ({"end": end} if end else {})
    return {
        "resourceType": "EpisodeOfCare",
        "id": eid,
        "status": "active" if end is None else "finished",
        "patient": {"reference": f"Patient/{patient_id}"},
        "managingOrganization": {"reference": f"Organization/{organization}"},
        "period": period,
        "type": [{"text": text}],
    }


def encounter(
    eid: str, patient_id: str, organization: str, start: str, end: str, roles: list[str] = ()
) -> dict:  # type: ignore[assignment]
    return {
        "resourceType": "Encounter",
        "id": eid,
        "status": "finished",
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "IMP",
            "display": "indlæggelse",
        },
        "subject": {"reference": f"Patient/{patient_id}"},
        "serviceProvider": {"reference": f"Organization/{organization}"},
        "participant": [{"individual": {"reference": f"PractitionerRole/{r}"}} for r in roles],
        "period": {"start": start, "end": end},
    }


def appointment(aid: str, patient_id: str, role_id: str, start: str, end: str) -> dict:
    return {
        "resourceType": "Appointment",
        "id": aid,
        "status": "booked",
        "start": start,
        "end": end,
        "participant": [
            {"actor": {"reference": f"Patient/{patient_id}"}, "status": "accepted"},
            {"actor": {"reference": f"PractitionerRole/{role_id}"}, "status": "accepted"},
        ],
    }


def referral(
    rid: str, patient_id: str, requester_role: str, performer_org: str, authored: str
) -> dict:
    return {
        "resourceType": "ServiceRequest",
        "id": rid,
        "status": "active",
        "intent": "order",
        "subject": {"reference": f"Patient/{patient_id}"},
        "requester": {"reference": f"PractitionerRole/{requester_role}"},
        "performer": [{"reference": f"Organization/{performer_org}"}],
        "authoredOn": authored,
        "code": {"text": "Henvisning til røntgen"},
    }


def document(
    did: str,
    patient_id: str,
    role_id: str,
    date: str,
    text: str,
    title: str = "Sygeplejenotat",
    custodian: str | None = None,
) -> dict:
    d: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "id": did,
        "status": "current",
        "subject": {"reference": f"Patient/{patient_id}"},
        "date": date,
        "author": [{"reference": f"PractitionerRole/{role_id}"}],
        "type": {"text": title},
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "data": base64.b64encode(text.encode()).decode(),
                }
            }
        ],
    }
    if custodian:
        d["custodian"] = {"reference": f"Organization/{custodian}"}
    return d


def audit(
    aid: str,
    patient_id: str,
    recorded: str,
    *,
    role_id: str | None = None,
    staff_id: str | None = None,
    external: tuple[str, str] | None = None,
    org_id: str | None = None,
    observer: str = "o-sys",
    system: str = "Sundhedsplatformen",
    purpose: str = "TREAT",
    machine: bool = False,
    what: str | None = None,
) -> dict:
    if role_id:
        who: dict[str, Any] = {"reference": f"PractitionerRole/{role_id}"}
    elif staff_id:
        who = {"reference": f"Practitioner/{staff_id}"}
    else:
        assert external
        who = {"identifier": {"value": external[0]}, "display": external[1]}
    agent: dict[str, Any] = {"who": who, "requestor": True}
    if machine:
        agent["type"] = {
            "coding": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110150"}]
        }
    agents = [agent]
    if org_id:
        agents.append({"who": {"reference": f"Organization/{org_id}"}, "requestor": False})
    ev: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "id": aid,
        "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110"},
        "action": "R",
        "recorded": recorded,
        "outcome": "0",
        "agent": agents,
        "source": {"observer": {"reference": f"Organization/{observer}", "display": system}},
        "entity": [{"what": {"reference": f"Patient/{patient_id}"}}],
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
    if what:
        ev["entity"].append({"what": {"reference": "DocumentReference/x"}, "description": what})
    return ev


def write_ndjson(path: Path, resources: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in resources), encoding="utf-8"
    )
    return path


CSV_HEADER = list(COLUMNS)


def write_csv(path: Path, rows: list[dict[str, str]], header: list[str] = CSV_HEADER) -> Path:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def minimal_roster() -> list[dict]:
    """One department (SOR 301), one staff member with a user name, one citizen: enough for a
    MinLog row of :func:`minlog_rows` to resolve."""
    return [
        org("o1", "Kardiologi", sor="301"),
        practitioner("s1", "Mette", "Holm", username="RSYD\\mho"),
        patient("p1", "Anna", "Jensen", cpr="6512401234"),
    ]


def minlog_rows(path: Path, first: int, n: int) -> Path:
    """A MinLog CSV of ``n`` reads (``reg-FIRST`` ...) by the staff member of
    :func:`minimal_roster` in the citizen's record."""
    rows = [
        {
            "regKode": f"reg-{i}",
            "cprNrBorger": "6512401234",
            "bruger": "RSYD\\mho",
            "orgUsingID": "SOR:301",
            "systemName": "EPJ",
            "handling": "Læst journal",
            "tidspunkt": f"2026-03-01T10:{i % 60:02d}:00+01:00",
        }
        for i in range(first, first + n)
    ]
    return write_csv(path, rows, header=list(rows[0]))
