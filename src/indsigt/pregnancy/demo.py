"""Synthetic pregnancies for the demo (all made up), written as FHIR NDJSON in the GM model's
codes and imported through the ordinary importer, so the demo also exercises the mapping:

1. **normal**: Sofie, about week 30, visits with the GP, the scans and the midwife, measurements
   that follow the reference curve, birth wishes; the demo's *gravid* persona;
2. **pre-eclampsia signs**: Amalie, about week 34, blood pressure rising over 140/90, protein in
   the urine, oedema, a control booked at the birthplace;
3. **a hidden midwife**: Maria, about week 22, whose partner Kasper (a citizen too) has threatened
   her midwife: a protection order hides the midwife from him. He has no power of attorney, so he
   sees nothing of Maria's pregnancy; Maria herself sees her midwife by name.

The care places hang under the generated world's own gynaecological-obstetric department,
hospital and municipality when the generated data has them. Dates are relative to the demo's
``today``. :func:`add_demo_pregnancies` is called by ``demo.setup.load_generated``.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import orjson

from ..timeutil import TZ, local_today

SCT = "urn:oid:1.2.208.184.100.1"
CPR = "urn:oid:1.2.208.176.1.2"
SOR = "urn:oid:1.2.208.176.1.1"
AUTH = "https://autregweb.sst.dk"
USERNAME = "urn:indsigt:username"
EXT = "urn:indsigt:fhir:pregnancy"
EPISODE_EXT = "http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare"
INTERVAL = "http://sundhedsdatastyrelsen.dk/StructureDefinition/GMQuantityInterval"


def _read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def _places(out: Path) -> dict[str, str | None]:
    """Where the new care places go in the generated world (None: stand alone)."""
    found: dict[str, str | None] = {"gyn": None, "hospital": None, "municipality": None}
    for o in _read(out / "organizations.ndjson"):
        name = o.get("name") or ""
        kind = ((o.get("type") or [{}])[0] or {}).get("text")
        if found["gyn"] is None and "Gynækologisk-obstetrisk" in name:
            found["gyn"] = o["id"]
            found["hospital"] = (o.get("partOf") or {}).get("reference", "/").split("/")[-1] or None
        if found["municipality"] is None and kind == "municipality":
            found["municipality"] = o["id"]
    return found


def _cprs(out: Path) -> set[str]:
    return {
        i["value"]
        for p in _read(out / "patients.ndjson")
        for i in p.get("identifier") or []
        if i.get("system") == CPR
    }


class _Builder:
    def __init__(self, today: date, places: dict[str, str | None], taken: set[str]) -> None:
        self.today = today
        self.places = places
        self.taken = taken
        self.res: list[dict[str, Any]] = []
        self.n = 0

    def cpr(self, born: date, serial: int) -> str:
        while True:  # substitute-CPR style (day + 60): never a real person's number
            value = f"{born.day + 60:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
            if value not in self.taken:
                self.taken.add(value)
                return value
            serial += 7

    def org(self, oid: str, name: str, sor: str, part_of: str | None, kind: str) -> str:
        o: dict[str, Any] = {
            "resourceType": "Organization",
            "id": oid,
            "identifier": [{"system": SOR, "value": sor}],
            "name": name,
            "type": [{"text": kind}],
        }
        if part_of:
            o["partOf"] = {"reference": f"Organization/{part_of}"}
        self.res.append(o)
        return oid

    def person(
        self,
        sid: str,
        given: str,
        family: str,
        user: str,
        auth: str,
        role: str,
        org: str,
        title: str,
    ) -> str:
        self.res.append(
            {
                "resourceType": "Practitioner",
                "id": sid,
                "identifier": [
                    {"system": AUTH, "value": auth},
                    {"system": USERNAME, "value": user},
                ],
                "name": [{"family": family, "given": given.split()}],
                "telecom": [{"system": "email", "value": f"{user}@demo-region.dk"}],
            }
        )
        self.res.append(
            {
                "resourceType": "PractitionerRole",
                "id": role,
                "practitioner": {"reference": f"Practitioner/{sid}"},
                "organization": {"reference": f"Organization/{org}"},
                "code": [{"text": title}],
            }
        )
        return role

    def patient(
        self, pid: str, given: str, family: str, born: date, serial: int, street: str
    ) -> str:
        self.res.append(
            {
                "resourceType": "Patient",
                "id": pid,
                "identifier": [{"system": CPR, "value": self.cpr(born, serial)}],
                "name": [{"family": family, "given": given.split()}],
                "gender": "female" if serial % 2 else "male",
                "address": [{"line": [street], "postalCode": "8900", "city": "Randers C"}],
            }
        )
        return pid

    def when(self, due: date, week: int, day: int = 0, hour: int = 10) -> str:
        d = due - timedelta(days=280 - week * 7 - day)
        return datetime.combine(d, time(hour, 0), tzinfo=TZ).astimezone(UTC).isoformat()

    def pregnancy(
        self, eid: str, patient: str, org: str, due: date, gravida: int, para: int, birthplace: str
    ) -> None:
        self.res.append(
            {
                "resourceType": "EpisodeOfCare",
                "id": eid,
                "extension": [
                    {"url": f"{EXT}:due-date", "valueDate": due.isoformat()},
                    {"url": f"{EXT}:due-date-basis", "valueCode": "ultrasound"},
                    {"url": f"{EXT}:gravida", "valueInteger": gravida},
                    {"url": f"{EXT}:para", "valueInteger": para},
                    {
                        "url": f"{EXT}:planned-birthplace",
                        "valueReference": {"reference": f"Organization/{birthplace}"},
                    },
                ],
                "identifier": [{"system": "urn:oid:1.2.208.176.7.4.1", "value": eid}],
                "status": "active",
                "type": [
                    {
                        "coding": [
                            {
                                "system": "http://snomed.info/sct",
                                "code": "77386006",
                                "display": "Pregnancy",
                            }
                        ],
                        "text": "Graviditet",
                    }
                ],
                "patient": {"reference": f"Patient/{patient}"},
                "managingOrganization": {"reference": f"Organization/{org}"},
                "period": {"start": (due - timedelta(days=280)).isoformat()},
            }
        )

    def visit(
        self,
        eid: str,
        patient: str,
        org: str,
        role: str,
        at: str,
        title: str,
        *,
        planned: bool = False,
    ) -> str:
        self.n += 1
        vid = f"{eid}-{'aftale' if planned else 'besoeg'}-{self.n}"
        start = datetime.fromisoformat(at)
        end = (start + timedelta(minutes=30)).isoformat()
        if planned:
            self.res.append(
                {
                    "resourceType": "Appointment",
                    "id": vid,
                    "status": "booked",
                    "description": title,
                    "start": at,
                    "end": end,
                    "supportingInformation": [{"reference": f"EpisodeOfCare/{eid}"}],
                    "participant": [
                        {"actor": {"reference": f"Patient/{patient}"}, "status": "accepted"},
                        {"actor": {"reference": f"PractitionerRole/{role}"}, "status": "accepted"},
                        {"actor": {"reference": f"Organization/{org}"}, "status": "accepted"},
                    ],
                }
            )
            return vid
        self.res.append(
            {
                "resourceType": "Encounter",
                "id": vid,
                "status": "finished",
                "class": {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "code": "AMB",
                    "display": "konsultation",
                },
                "type": [{"text": title}],
                "subject": {"reference": f"Patient/{patient}"},
                "episodeOfCare": [{"reference": f"EpisodeOfCare/{eid}"}],
                "serviceProvider": {"reference": f"Organization/{org}"},
                "participant": [{"individual": {"reference": f"PractitionerRole/{role}"}}],
                "period": {"start": at, "end": end},
            }
        )
        return vid

    def obs(
        self,
        eid: str,
        patient: str,
        role: str,
        at: str,
        code: str,
        value: dict[str, Any],
        visit: str | None = None,
        components: list[tuple[str, dict[str, Any]]] | None = None,
    ) -> None:
        self.n += 1
        o: dict[str, Any] = {
            "resourceType": "Observation",
            "id": f"{eid}-obs-{self.n}",
            "extension": [
                {"url": EPISODE_EXT, "valueReference": {"reference": f"EpisodeOfCare/{eid}"}}
            ],
            "status": "final",
            "code": {"coding": [{"system": SCT, "code": code}]},
            "subject": {"reference": f"Patient/{patient}"},
            "effectiveDateTime": at,
            "performer": [{"reference": f"PractitionerRole/{role}"}],
            **value,
        }
        if visit:
            o["encounter"] = {"reference": f"Encounter/{visit}"}
        if components:
            o["component"] = [
                {"code": {"coding": [{"system": SCT, "code": c}]}, **v} for c, v in components
            ]
        self.res.append(o)

    def checkup(
        self,
        eid: str,
        patient: str,
        org: str,
        role: str,
        due: date,
        week: int,
        title: str,
        bp: tuple[int, int],
        kg: float,
        sfh: int | None,
        protein: tuple[float, float] | None = None,
        oedema: str | None = None,
    ) -> None:
        at = self.when(due, week)
        v = self.visit(eid, patient, org, role, at, title)
        self.obs(
            eid,
            patient,
            role,
            at,
            "271649006",
            {"valueQuantity": {"value": bp[0], "unit": "mmHg"}},
            v,
        )
        self.obs(
            eid,
            patient,
            role,
            at,
            "271650006",
            {"valueQuantity": {"value": bp[1], "unit": "mmHg"}},
            v,
        )
        self.obs(
            eid, patient, role, at, "27113001", {"valueQuantity": {"value": kg, "unit": "kg"}}, v
        )
        if sfh:
            self.obs(
                eid,
                patient,
                role,
                at,
                "364253002",
                {"valueQuantity": {"value": sfh, "unit": "mm"}},
                v,
            )
        low, high = protein or (0.0, 0.0)
        self.obs(
            eid,
            patient,
            role,
            at,
            "638011000005106",
            {
                "extension": [
                    {
                        "url": INTERVAL,
                        "extension": [
                            {"url": "low", "valueQuantity": {"value": low, "unit": "g/L"}},
                            {"url": "high", "valueQuantity": {"value": high, "unit": "g/L"}},
                        ],
                    }
                ]
            },
            v,
        )
        if week >= 20:
            self.obs(
                eid,
                patient,
                role,
                at,
                "271660002",
                {"valueCodeableConcept": {"text": "Hørt, regelmæssig"}},
                v,
            )
        if oedema:
            self.obs(eid, patient, role, at, "423484008", {"valueString": oedema}, v)


def build(
    out: Path, today: date
) -> tuple[list[dict[str, Any]], dict[str, Any], list[dict[str, Any]]]:
    """The demo pregnancies' resources, scenario additions and protection orders."""
    places = _places(out)
    b = _Builder(today, places, _cprs(out))
    birth = places["gyn"] or b.org(
        "gm-foede", "Fødeafdelingen, Demo Sygehus", "880100", None, "department"
    )
    jmc = b.org("gm-jmc", "Jordemodercentret", "880101", birth, "department")
    scan = b.org(
        "gm-ul", "Ultralydsklinikken, Føtalmedicin", "880102", places["hospital"], "department"
    )
    gp = b.org("gm-gp", "Lægerne på Torvet", "880103", None, "gp")
    sp = b.org("gm-sp", "Sundhedsplejen", "880104", places["municipality"], "department")
    gp_r = b.person(
        "gm-s-gp", "Jens", "Holmgaard", "jho", "GM0101", "gm-r-gp", gp, "Praktiserende læge"
    )
    jm_r = b.person(
        "gm-s-jm1", "Louise", "Dalsgaard", "ldal", "GM0102", "gm-r-jm1", jmc, "Jordemoder"
    )
    jm2_r = b.person(
        "gm-s-jm2", "Camilla", "Friis", "cfri", "GM0103", "gm-r-jm2", jmc, "Jordemoder"
    )
    ul_r = b.person("gm-s-ul", "Rikke", "Bech", "rbec", "GM0104", "gm-r-ul", scan, "Sonograf")
    ob_r = b.person("gm-s-ob", "Thomas", "Ravnsbæk", "trav", "GM0105", "gm-r-ob", birth, "Overlæge")
    sp_r = b.person(
        "gm-s-sp", "Pernille", "Kragh", "pkra", "GM0106", "gm-r-sp", sp, "Sundhedsplejerske"
    )
    sofie = b.patient(
        "gm-p-sofie",
        "Sofie Nørgaard",
        "Mikkelsen",
        date(1995, 4, 12),
        1357,
        "Vestergade 14, 2. th.",
    )
    amalie = b.patient("gm-p-amalie", "Amalie", "Kjeldsen", date(1991, 9, 3), 2469, "Bøgevej 7")
    maria = b.patient("gm-p-maria", "Maria", "Østergaard", date(1998, 1, 25), 3571, "Ahornvej 3")
    kasper = b.patient("gm-p-kasper", "Kasper", "Brandt", date(1994, 6, 30), 4682, "Ahornvej 3")
    # 1. normal, week 30
    due = today + timedelta(days=70)
    e = "gm-preg-sofie"
    b.pregnancy(e, sofie, gp, due, 1, 0, birth)
    b.checkup(e, sofie, gp, gp_r, due, 8, "1. lægeundersøgelse", (112, 70), 64.0, None)
    at = b.when(due, 12)
    v = b.visit(e, sofie, scan, ul_r, at, "1. trimester-scanning")
    b.obs(e, sofie, ul_r, at, "738070007", {"valueDateTime": due.isoformat()}, v)
    b.obs(e, sofie, ul_r, at, "246435002", {"valueInteger": 1}, v)
    at = b.when(due, 19, 3)
    v = b.visit(e, sofie, scan, ul_r, at, "Misdannelsesscanning")
    b.obs(e, sofie, ul_r, at, "628001000005106", {"valueString": "Forvæg, fri af orificium"}, v)
    b.obs(e, sofie, ul_r, at, "627991000005103", {"valueQuantity": {"value": 310, "unit": "g"}}, v)
    b.checkup(e, sofie, gp, gp_r, due, 25, "2. lægeundersøgelse", (116, 72), 69.5, 246)
    b.checkup(e, sofie, jmc, jm_r, due, 29, "Jordemoderkonsultation", (118, 74), 71.0, 288)
    b.visit(e, sofie, jmc, jm_r, b.when(due, 35), "Jordemoderkonsultation", planned=True)
    b.visit(e, sofie, gp, gp_r, b.when(due, 32), "3. lægeundersøgelse", planned=True)
    b.obs(
        e,
        sofie,
        gp_r,
        b.when(due, 8),
        "363905002",
        {},
        None,
        [("568171000005100", {"valueBoolean": True}), ("427013000", {"valueBoolean": False})],
    )
    b.obs(
        e,
        sofie,
        gp_r,
        b.when(due, 8),
        "248326004",
        {},
        None,
        [
            ("248333004", {"valueInteger": 168}),
            ("1162389000", {"valueInteger": 63}),
            ("60621009", {"valueQuantity": {"value": 22.3, "unit": "kg/m2"}}),
        ],
    )
    b.obs(
        e,
        sofie,
        gp_r,
        b.when(due, 8),
        "304602002",
        {},
        None,
        [("567961000005108", {"valueBoolean": True}), ("567981000005100", {"valueBoolean": True})],
    )
    b.res.append(
        {
            "resourceType": "QuestionnaireResponse",
            "id": "gm-qr-sofie",
            "questionnaire": "urn:indsigt:questionnaire:foedselsoensker",
            "status": "completed",
            "subject": {"reference": f"Patient/{sofie}"},
            "author": {"reference": f"Patient/{sofie}"},
            "authored": b.when(due, 28),
            "extension": [
                {"url": EPISODE_EXT, "valueReference": {"reference": f"EpisodeOfCare/{e}"}}
            ],
            "item": [
                {"linkId": "ledsager", "answer": [{"valueString": "Min kæreste Mads"}]},
                {
                    "linkId": "smertelindring",
                    "answer": [{"valueString": "Jeg vil gerne prøve badekar og akupunktur først."}],
                },
                {
                    "linkId": "efter-foedslen",
                    "answer": [{"valueString": "Hud mod hud med det samme."}],
                },
            ],
        }
    )
    # 2. pre-eclampsia signs, week 34
    due2 = today + timedelta(days=42)
    e2 = "gm-preg-amalie"
    b.pregnancy(e2, amalie, gp, due2, 2, 1, birth)
    b.checkup(e2, amalie, gp, gp_r, due2, 9, "1. lægeundersøgelse", (118, 76), 71.0, None)
    b.checkup(e2, amalie, gp, gp_r, due2, 25, "2. lægeundersøgelse", (128, 82), 77.0, 244)
    b.checkup(
        e2, amalie, jmc, jm_r, due2, 29, "Jordemoderkonsultation", (136, 88), 79.5, 280, (0.0, 0.3)
    )
    b.checkup(
        e2,
        amalie,
        gp,
        gp_r,
        due2,
        32,
        "3. lægeundersøgelse",
        (146, 94),
        82.5,
        300,
        (0.3, 1.0),
        "Let ødem på underben",
    )
    b.checkup(
        e2,
        amalie,
        jmc,
        jm_r,
        due2,
        34,
        "Jordemoderkonsultation",
        (152, 98),
        84.0,
        312,
        (1.0, 3.0),
        "Ødem på ben og hænder, hovedpine",
    )
    b.visit(
        e2,
        amalie,
        birth,
        ob_r,
        b.when(due2, 34, 1, 9),
        "Kontrol i svangreambulatoriet (blodtryk og urin)",
        planned=True,
    )
    # 3. the hidden midwife, week 22
    due3 = today + timedelta(days=126)
    e3 = "gm-preg-maria"
    b.pregnancy(e3, maria, gp, due3, 1, 0, birth)
    b.checkup(e3, maria, gp, gp_r, due3, 7, "1. lægeundersøgelse", (110, 68), 58.0, None)
    b.checkup(e3, maria, jmc, jm2_r, due3, 21, "Jordemoderkonsultation", (112, 70), 62.0, 205)
    b.obs(
        e3,
        maria,
        gp_r,
        b.when(due3, 7),
        "699089001",
        {},
        None,
        [
            (
                "405200007",
                {
                    "valueString": "Partneren er voldelig; Maria har kontakt til krisecenter. Må ikke deltage i konsultationer."
                },
            )
        ],
    )
    b.obs(
        e3,
        maria,
        gp_r,
        b.when(due3, 7),
        "648091000005104",
        {},
        None,
        [
            ("608041000005100", {"valueBoolean": True}),
            ("398005008", {"valueString": "Partneren har truet jordemoderen telefonisk."}),
        ],
    )
    b.visit(e3, maria, jmc, jm2_r, b.when(due3, 24), "Jordemoderkonsultation", planned=True)
    b.visit(
        e3,
        maria,
        sp,
        sp_r,
        b.when(due3, 28),
        "Graviditetsbesøg ved sundhedsplejersken",
        planned=True,
    )
    order = {
        "kind": "patient",
        "patient": kasper,
        "staff": ["gm-s-jm2"],
        "from": (today - timedelta(days=30)).isoformat(),
        "until": (today + timedelta(days=180)).isoformat(),
        "reason": "violence",
        "mode": "pseudonym",
        "decided_by": "Afdelingsledelsen, Jordemodercentret",
        "note": "Trusler mod jordemoderen ved telefonopkald.",
    }
    scenario = {
        "gravid": sofie,
        "pregnancies": {
            "normal": sofie,
            "preeclampsia": amalie,
            "hidden_midwife": maria,
            "violent_partner": kasper,
        },
        "professionals": [
            {
                "role": jm_r,
                "description": "Jordemoder på Jordemodercentret: Sofies og Amalies jordemoder.",
            },
            {"role": gp_r, "description": "Praktiserende læge for alle tre gravide."},
            {
                "role": ul_r,
                "description": "Sonograf: ser målinger og forløb, ikke de følsomme afsnit.",
            },
        ],
        "descriptions": {
            "gravid": "Sofie, gravid i uge 30: Min graviditet med konsultationer, målinger og kurver, det næste i forløbet og fødselsønsker.",
            "preeclampsia": "Amalie, gravid i uge 34, med stigende blodtryk, protein i urinen og ødem (tegn på præeklampsi).",
            "hidden_midwife": "Maria, gravid i uge 22. Hendes jordemoder er skjult over for Marias voldelige partner Kasper, som ikke har fuldmagt.",
            "violent_partner": "Kasper er Marias partner og har truet hendes jordemoder; han kan ikke se Marias graviditet.",
        },
    }
    return b.res, scenario, [order]


def add_demo_pregnancies(url: str, out: Path, scenario_json: str, today: date | None = None) -> str:
    """Write the demo pregnancies next to the generated data, import them, add the order toward
    the violent partner, and return the scenario with the new personas."""
    from ..db import get_engine, session_scope
    from ..importing import import_files
    from ..protect.orders import add_orders

    scenario = json.loads(scenario_json or "{}")
    if today is None and scenario.get("start") and scenario.get("days"):
        today = date.fromisoformat(scenario["start"]) + timedelta(days=int(scenario["days"]))
    resources, extra, orders = build(out, today or local_today())
    path = out / "pregnancies.ndjson"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in resources))
    report = import_files(
        get_engine(url), [path], actor="demo", progress=False, alerts=False, record=False
    ).report
    if not report.ok:
        raise RuntimeError(
            "demo pregnancies did not import:\n" + "\n".join(map(str, report.problems[:20]))
        )
    with session_scope(url) as s:
        add_orders(s, orders, actor="demo")
    descriptions = {**(scenario.get("descriptions") or {}), **extra.pop("descriptions")}
    return json.dumps({**scenario, **extra, "descriptions": descriptions}, ensure_ascii=False)
