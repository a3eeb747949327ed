"""A small synthetic world for the pregnancy record's tests: the care places of a pregnancy, the
professionals, the woman, her violent partner, her mother (a proxy) and a stranger; FHIR
resources of a pregnancy written by hand (not by indsigt's generator) in the GM model's codes.

Holds no tests itself; the pregnancy test modules import from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.timeutil import local_today, utcnow  # noqa: F401 - the tests read w.utcnow

SCT = "urn:oid:1.2.208.184.100.1"
EXT = "urn:indsigt:fhir:pregnancy"
EPISODE_EXT = "http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare"

ORGS = [
    b.org("o-reg", "Region Testjylland", sor="100", type_="region"),
    b.org("o-hosp", "Testby Sygehus", sor="110", part_of="o-reg", type_="hospital"),
    b.org("o-foede", "Fødeafdelingen, Testby Sygehus", sor="111", part_of="o-hosp"),
    b.org("o-jmc", "Jordemodercenter Testby", sor="112", part_of="o-foede"),
    b.org("o-ul", "Ultralydsklinikken, Testby Sygehus", sor="113", part_of="o-hosp"),
    b.org("o-kard", "Kardiologisk afdeling", sor="114", part_of="o-hosp"),
    b.org("o-gp", "Lægerne i Vestergade", sor="300", type_="gp"),
    b.org("o-gp2", "Lægehuset ved Åen", sor="301", type_="gp"),
    b.org("o-kom", "Testby Kommune", sor="200", type_="municipality"),
    b.org("o-sp", "Sundhedsplejen, Testby Kommune", sor="210", part_of="o-kom"),
]
STAFF = [
    b.practitioner(
        "s-gp", "Lars", "Bager", username="lba", auth="GP001", email="lars.bager@laeger.dk"
    ),
    b.practitioner("s-gp2", "Nina", "Vestergaard", username="nve", auth="GP002"),
    b.practitioner(
        "s-jm",
        "Birgitte",
        "Kjærsgaard",
        username="RM\\bkj",
        auth="JM001",
        email="birgitte.kjaersgaard@rm.dk",
    ),
    b.practitioner("s-jm2", "Sofie", "Thorsen", username="sth", auth="JM002"),
    b.practitioner("s-ul", "Jonas", "Falkenberg", username="jfa", auth="UL001"),
    b.practitioner("s-ob", "Henrik", "Lindqvist", username="hli", auth="OB001"),
    b.practitioner("s-sp", "Tove", "Rosendahl", username="tro", auth="SP001"),
    b.practitioner("s-kard", "Eva", "Brandt", username="ebr", auth="KA001"),
    b.role("r-gp", "s-gp", "o-gp", "Praktiserende læge"),
    b.role("r-gp2", "s-gp2", "o-gp2", "Praktiserende læge"),
    b.role("r-jm", "s-jm", "o-jmc", "Jordemoder"),
    b.role("r-jm2", "s-jm2", "o-jmc", "Jordemoder"),
    b.role("r-ul", "s-ul", "o-ul", "Sonograf"),
    b.role("r-ob", "s-ob", "o-foede", "Overlæge"),
    b.role("r-sp", "s-sp", "o-sp", "Sundhedsplejerske"),
    b.role("r-kard", "s-kard", "o-kard", "Sygeplejerske"),
]
PATIENTS = [
    b.patient("p-anna", "Anna", "Lund", cpr="6512851234", address=("Bakkevej 2", "8000", "Aarhus")),
    b.patient("p-bo", "Bo", "Krag", cpr="6703802222", address=("Bakkevej 2", "8000", "Aarhus")),
    b.patient("p-else", "Else", "Lund", cpr="4509603333"),
    b.patient("p-carl", "Carl", "Nielsen", cpr="6202704444"),
]
#: persona -> PractitionerRole (professionals) or Patient id (citizens)
ROLES = {
    "gp": "r-gp",
    "midwife": "r-jm",
    "sonographer": "r-ul",
    "birthplace": "r-ob",
    "health_visitor": "r-sp",
    "other_gp": "r-gp2",
    "unrelated": "r-kard",
}


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def episode(
    eid: str,
    patient: str,
    org: str,
    start: date,
    *,
    due: date,
    gravida: int = 1,
    para: int = 0,
    birthplace: str | None = "o-foede",
    end: date | None = None,
) -> dict[str, Any]:
    ext = [
        {"url": f"{EXT}:due-date", "valueDate": due.isoformat()},
        {"url": f"{EXT}:due-date-basis", "valueCode": "ultrasound"},
        {"url": f"{EXT}:gravida", "valueInteger": gravida},
        {"url": f"{EXT}:para", "valueInteger": para},
    ]
    if birthplace:
        ext.append(
            {
                "url": f"{EXT}:planned-birthplace",
                "valueReference": {"reference": f"Organization/{birthplace}"},
            }
        )
    e = {
        "resourceType": "EpisodeOfCare",
        "id": eid,
        "extension": ext,
        "identifier": [{"system": "urn:oid:1.2.208.176.7.4.1", "value": eid}],
        "status": "finished" if end else "active",
        "type": [
            {
                "coding": [{"system": "http://snomed.info/sct", "code": "77386006"}],
                "text": "Graviditet",
            }
        ],
        "patient": {"reference": f"Patient/{patient}"},
        "managingOrganization": {"reference": f"Organization/{org}"},
        "period": {"start": start.isoformat()} | ({"end": end.isoformat()} if end else {}),
    }
    return e


def visit(
    vid: str, patient: str, org: str, role: str, start: datetime, episode_id: str
) -> dict[str, Any]:
    v = b.encounter(vid, patient, org, iso(start), iso(start + timedelta(minutes=30)), [role])
    v["class"] = {
        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
        "code": "AMB",
        "display": "konsultation",
    }
    v["type"] = [{"text": "Svangrekonsultation"}]
    v["episodeOfCare"] = [{"reference": f"EpisodeOfCare/{episode_id}"}]
    return v


def measurement(
    oid: str,
    patient: str,
    code: str,
    value: dict[str, Any],
    when: datetime,
    *,
    role: str | None = None,
    encounter: str | None = None,
    episode_id: str | None = None,
) -> dict[str, Any]:
    o: dict[str, Any] = {
        "resourceType": "Observation",
        "id": oid,
        "status": "final",
        "code": {"coding": [{"system": SCT, "code": code}]},
        "subject": {"reference": f"Patient/{patient}"},
        "effectiveDateTime": iso(when),
        **value,
    }
    if role:
        o["performer"] = [{"reference": f"PractitionerRole/{role}"}]
    if encounter:
        o["encounter"] = {"reference": f"Encounter/{encounter}"}
    if episode_id:
        o["extension"] = [
            {"url": EPISODE_EXT, "valueReference": {"reference": f"EpisodeOfCare/{episode_id}"}}
        ]
    return o


def qty(v: float, unit: str) -> dict[str, Any]:
    return {"valueQuantity": {"value": v, "unit": unit}}


def model_element(
    oid: str,
    patient: str,
    code: str,
    components: list[tuple[str, dict[str, Any]]],
    when: datetime,
    *,
    role: str,
    episode_id: str,
) -> dict[str, Any]:
    o = measurement(oid, patient, code, {}, when, role=role, episode_id=episode_id)
    o["component"] = [
        {"code": {"coding": [{"system": SCT, "code": c}]}, **v} for c, v in components
    ]
    return o


def pregnancy_resources(today: date | None = None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Anna's pregnancy at about week 30: the GP's first visit, the scans, midwife visits with
    measurements, her psychosocial history (sensitive sections), partner information."""
    today = today or local_today()
    due = today + timedelta(days=70)  # week 30+0 today
    start = due - timedelta(days=280)

    def at(week: int, hour: int = 10) -> datetime:
        d = due - timedelta(days=280 - week * 7)
        return datetime(d.year, d.month, d.day, hour)

    res: list[dict[str, Any]] = [episode("preg-anna", "p-anna", "o-gp", start, due=due)]
    res.append(visit("enc-gp1", "p-anna", "o-gp", "r-gp", at(8), "preg-anna"))
    res.append(visit("enc-ul1", "p-anna", "o-ul", "r-ul", at(12), "preg-anna"))
    res.append(visit("enc-jm1", "p-anna", "o-jmc", "r-jm", at(25), "preg-anna"))
    res.append(visit("enc-jm2", "p-anna", "o-jmc", "r-jm", at(29), "preg-anna"))
    home = b.appointment("apt-sp1", "p-anna", "r-sp", iso(at(34)), iso(at(34) + timedelta(hours=1)))
    home["supportingInformation"] = [{"reference": "EpisodeOfCare/preg-anna"}]
    home["description"] = "Graviditetsbesøg ved sundhedsplejersken"
    res.append(home)
    res.append(
        measurement(
            "obs-ul-termin",
            "p-anna",
            "738070007",
            {"valueDateTime": due.isoformat()},
            at(12),
            role="r-ul",
            encounter="enc-ul1",
        )
    )
    res.append(
        measurement(
            "obs-cervix",
            "p-anna",
            "248918004",
            qty(38, "mm"),
            at(12),
            role="r-ul",
            encounter="enc-ul1",
        )
    )
    for vid, week, sys_, dia, sfh, kg in (
        ("enc-gp1", 8, 112, 70, None, 64.0),
        ("enc-jm1", 25, 118, 74, 245, 70.5),
        ("enc-jm2", 29, 121, 76, 290, 72.0),
    ):
        role = "r-gp" if vid == "enc-gp1" else "r-jm"
        res.append(
            measurement(
                f"obs-sys-{vid}",
                "p-anna",
                "271649006",
                qty(sys_, "mmHg"),
                at(week),
                role=role,
                encounter=vid,
            )
        )
        res.append(
            measurement(
                f"obs-dia-{vid}",
                "p-anna",
                "271650006",
                qty(dia, "mmHg"),
                at(week),
                role=role,
                encounter=vid,
            )
        )
        res.append(
            measurement(
                f"obs-kg-{vid}",
                "p-anna",
                "27113001",
                qty(kg, "kg"),
                at(week),
                role=role,
                encounter=vid,
            )
        )
        if sfh:  # one of them in cm: converted to the model's mm
            value = qty(sfh / 10, "cm") if vid == "enc-jm2" else qty(sfh, "mm")
            res.append(
                measurement(
                    f"obs-sfh-{vid}",
                    "p-anna",
                    "364253002",
                    value,
                    at(week),
                    role=role,
                    encounter=vid,
                )
            )
    res.append(
        measurement(
            "obs-protein",
            "p-anna",
            "638011000005106",
            {
                "extension": [
                    {
                        "url": "http://sundhedsdatastyrelsen.dk/StructureDefinition/GMQuantityInterval",
                        "extension": [
                            {"url": "low", "valueQuantity": {"value": 0, "unit": "g/L"}},
                            {"url": "high", "valueQuantity": {"value": 0.3, "unit": "g/L"}},
                        ],
                    }
                ]
            },
            at(29),
            role="r-jm",
            encounter="enc-jm2",
        )
    )
    # sensitive sections, written by the GP
    res.append(
        model_element(
            "obs-psyk",
            "p-anna",
            "161464003",
            [
                ("443938003", {"valueBoolean": True}),
                (
                    "247571009",
                    {"valueString": "Angst efter tidligere fødsel; behandlet af psykolog."},
                ),
            ],
            at(8),
            role="r-gp",
            episode_id="preg-anna",
        )
    )
    res.append(
        model_element(
            "obs-social",
            "p-anna",
            "699089001",
            [("405200007", {"valueString": "Vold i parforholdet; kontakt til krisecenter."})],
            at(8),
            role="r-gp",
            episode_id="preg-anna",
        )
    )
    res.append(
        model_element(
            "obs-partner",
            "p-anna",
            "648091000005104",
            [
                ("648041000005106", {"valueBoolean": True}),
                ("398005008", {"valueString": "Partneren drikker meget og er truende."}),
            ],
            at(8),
            role="r-gp",
            episode_id="preg-anna",
        )
    )
    res.append(
        model_element(
            "obs-alkohol",
            "p-anna",
            "363905002",
            [("427013000", {"valueBoolean": False})],
            at(8),
            role="r-gp",
            episode_id="preg-anna",
        )
    )
    res.append(
        {
            "resourceType": "Condition",
            "id": "cond-angst",
            "clinicalStatus": {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                        "code": "active",
                    }
                ]
            },
            "code": {
                "coding": [
                    {
                        "system": "http://hl7.org/fhir/sid/icd-10",
                        "code": "F41.1",
                        "display": "Generaliseret angst",
                    }
                ]
            },
            "subject": {"reference": "Patient/p-anna"},
            "recordedDate": iso(at(8)),
            "asserter": {"reference": "PractitionerRole/r-gp"},
            "extension": [
                {"url": EPISODE_EXT, "valueReference": {"reference": "EpisodeOfCare/preg-anna"}}
            ],
        }
    )
    res.append(
        {
            "resourceType": "QuestionnaireResponse",
            "id": "qr-anna",
            "questionnaire": "urn:indsigt:questionnaire:foedselsoensker",
            "status": "completed",
            "subject": {"reference": "Patient/p-anna"},
            "author": {"reference": "Patient/p-anna"},
            "authored": iso(at(28)),
            "extension": [
                {"url": EPISODE_EXT, "valueReference": {"reference": "EpisodeOfCare/preg-anna"}}
            ],
            "item": [
                {
                    "linkId": "ledsager",
                    "text": "Hvem vil du gerne have med?",
                    "answer": [{"valueString": "Min mor Else"}],
                }
            ],
        }
    )
    return res, {"due": due, "start": start, "at": at}


def load_world(url: str, tmp: Path, today: date | None = None) -> dict[str, Any]:
    """Import the world and Anna's pregnancy; Else holds Anna's power of attorney for pregnancy."""
    from indsigt.proxies import add_proxies

    preg, info = pregnancy_resources(today)
    files = [
        b.write_ndjson(tmp / "roster.ndjson", ORGS + STAFF + PATIENTS),
        b.write_ndjson(tmp / "pregnancy.ndjson", preg),
    ]
    report = Importer(init_db(url), progress=False).run(files)
    assert report.ok, [str(p) for p in report.problems]
    with session_scope(url) as s:
        add_proxies(
            s,
            {
                "id": "fm-else",
                "principal": "p-anna",
                "proxy": "p-else",
                "scope": ["pregnancy"],
                "from": (local_today() - timedelta(days=30)).isoformat(),
            },
            actor="test",
        )
    return info


def professional(url: str, who: str):  # type: ignore[no-untyped-def]
    from indsigt.pregnancy.access import professional as prof

    with session_scope(url) as s:
        return prof(s, ROLES[who])


# --- fixtures ----------------------------------------------------------------------------------

PERSONAS = {
    "woman": "patient:p-anna",
    "proxy": "patient:p-else",
    "partner": "patient:p-bo",
    "stranger": "patient:p-carl",
    **{k: f"role:{v}" for k, v in ROLES.items()},
    "admin": "user:adm1",
}


class PregWorld:
    def __init__(self, url: str, app: Any, info: dict[str, Any]) -> None:
        self.url, self.app, self.info = url, app, info
        self.clients: dict[str, Any] = {}

    def client(self, who: str) -> Any:
        from fastapi.testclient import TestClient

        if who not in self.clients:
            c = TestClient(self.app)
            if who != "anonymous":
                token = c.get("/api/auth/session").json()["csrf_token"]
                r = c.post(
                    "/api/dev-login/sign-in",
                    json={"persona": PERSONAS[who]},
                    headers={"X-CSRF-Token": token},
                )
                assert r.status_code == 200, r.text
                c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
            self.clients[who] = c
        return self.clients[who]

    def close(self) -> None:
        for c in self.clients.values():
            c.close()


@pytest.fixture
def preg(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PregWorld]:
    """Anna's pregnancy imported, Else her proxy for pregnancy, an admin; an app and clients."""
    monkeypatch.setenv("INDSIGT_DEV_LOGIN", "true")
    from indsigt.auth import auth_settings
    from indsigt.config import get_settings
    from indsigt.users import add_user

    get_settings.cache_clear()
    auth_settings.cache_clear()
    info = load_world(db_url, tmp_path)
    with session_scope(db_url) as s:
        add_user(s, "adm1", "Admin Adam", "admin", actor="test")
    from indsigt.app import create_app

    w = PregWorld(db_url, create_app(), info)
    yield w
    w.close()
