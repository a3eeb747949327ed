"""A second, independent access-log generator (issue 12): six months of a Central Denmark Region
hospital, two municipalities and three general practices, in both formats (FHIR AuditEvent, IHE
BALP style, and MinLog CSV per contract 1.2), with the master data and the ground truth of every
entry (legitimate or misuse, and its kind).

Written without reading the project's access-log engine or its generator: its own organisations,
names, volumes, shift patterns and service structure.

    world = build(seed=11, citizens=300, anchor=date.today())
    world.write(folder)    # *.ndjson, log.csv, truth.json

Kinds (``truth[entry id] = (legitimate?, kind)``), legitimate:
``ward`` (an admission), ``outpatient`` (appointments), ``gp`` (the practice the citizen is listed
with), ``homecare`` (municipal home care, ``homecare_evening`` after 18:00), ``emergency``
(acute contact), ``emergency_override`` (værdispring during an acute contact), ``referral``
(the receiving department reads before the first appointment), ``service_radiology``,
``service_biochemistry``, ``service_pathology``, ``service_pharmacy``, ``night_cover`` (on-call
doctors of another ward at night and weekends), ``on_behalf_csv`` / ``on_behalf_agent`` /
``on_behalf_extension`` (a medical secretary for a doctor), ``common_surname`` (a Jensen treating a
Jensen); misuse: ``curiosity``, ``curiosity_after_hours``, ``relative_rare_surname``,
``relative_address``, ``relative_registered``, ``relative_in_own_ward``, ``coworker``,
``self_lookup``, ``relation_ended``, ``relation_not_begun``, ``high_volume``,
``override_without_contact``, ``forged_on_behalf_other_org``, ``forged_on_behalf_no_relation``.
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Copenhagen")
SOR = "urn:oid:1.2.208.176.1.1"
CPR = "urn:oid:1.2.208.176.1.2"
AUTH = "https://autregweb.sst.dk/autorisations-id"
AD = "https://ad.rm.dk/brugernavn"
KOMMUNE_AD = "urn:dk:kommune:aarhus:initialer"
DCM = "http://dicom.nema.org/resources/ontology/DCM"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
PART = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
ON_BEHALF = "http://hl7.org/fhir/StructureDefinition/auditevent-OnBehalfOf"

LEGIT = {
    "ward", "outpatient", "gp", "homecare", "homecare_evening", "emergency", "emergency_override",
    "referral", "service_radiology", "service_biochemistry", "service_pathology",
    "service_pharmacy", "night_cover", "on_behalf_csv", "on_behalf_agent", "on_behalf_extension",
    "common_surname", "homecare_night_team", "homecare_substitute", "municipal_visitation", "rehab",
}  # fmt: skip
MISUSE = {
    "curiosity", "curiosity_after_hours", "relative_rare_surname", "relative_address",
    "relative_registered", "relative_in_own_ward", "coworker", "self_lookup", "relation_ended",
    "relation_not_begun", "high_volume", "override_without_contact",
    "forged_on_behalf_other_org", "forged_on_behalf_no_relation",
}  # fmt: skip


# --- organisations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    type: str
    part_of: str | None = None
    sor: str | None = None
    kommune: str | None = None
    kind: str = ""  # ward | emergency | outpatient | radiology | biochemistry | pathology | pharmacy | homecare | homenursing | gp | secretariat | system


ORGS = (
    Org("ax-rm", "Region Midtjylland", "region", sor="7030001000001"),
    Org("ax-auh", "Aarhus Universitetshospital", "hospital", "ax-rm", "7030101000001"),
    Org(
        "ax-auh-hjerte",
        "Hjertesygdomme, sengeafsnit",
        "department",
        "ax-auh",
        "7030101000110",
        kind="ward",
    ),
    Org(
        "ax-auh-lunge",
        "Lungesygdomme, sengeafsnit",
        "department",
        "ax-auh",
        "7030101000120",
        kind="ward",
    ),
    Org(
        "ax-auh-ortho",
        "Ortopædkirurgi, ambulatorium",
        "department",
        "ax-auh",
        "7030101000130",
        kind="outpatient",
    ),
    Org(
        "ax-auh-akut",
        "Akutafdelingen, AUH",
        "department",
        "ax-auh",
        "7030101000140",
        kind="emergency",
    ),
    Org("ax-auh-rtg", "Radiologi, AUH", "department", "ax-auh", "7030101000150", kind="radiology"),
    Org(
        "ax-auh-kba",
        "Blodprøver og Biokemi, AUH",
        "department",
        "ax-auh",
        "7030101000160",
        kind="biochemistry",
    ),
    Org("ax-auh-pato", "Patologi, AUH", "department", "ax-auh", "7030101000170", kind="pathology"),
    Org("ax-rhr", "Regionshospitalet Randers", "hospital", "ax-rm", "7030201000001"),
    Org(
        "ax-rhr-med",
        "Medicinsk afdeling, Randers",
        "department",
        "ax-rhr",
        "7030201000110",
        kind="ward",
    ),
    Org(
        "ax-rhr-akut",
        "Akutafdelingen, Randers",
        "department",
        "ax-rhr",
        "7030201000140",
        kind="emergency",
    ),
    Org(
        "ax-rhr-rtg",
        "Røntgen og Skanning, Randers",
        "department",
        "ax-rhr",
        "7030201000150",
        kind="radiology",
    ),
    Org(
        "ax-apo",
        "Region Midtjyllands Sygehusapotek",
        "pharmacy",
        "ax-rm",
        "7030301000001",
        kind="pharmacy",
    ),
    Org("ax-aak", "Aarhus Kommune", "municipality", kommune="0751"),
    Org("ax-aak-vest", "Hjemmeplejen Aarhus Vest", "homecare", "ax-aak", kind="homecare"),
    Org("ax-aak-syd", "Hjemmeplejen Aarhus Syd", "homecare", "ax-aak", kind="homecare"),
    Org("ax-aak-spl", "Sygeplejen Aarhus, område Syd", "homecare", "ax-aak", kind="homenursing"),
    Org("ax-aak-nat", "Natteplejen Aarhus", "homecare", "ax-aak", kind="homecare"),
    Org(
        "ax-aak-visit",
        "Visitationen, Sundhed og Omsorg",
        "municipality",
        "ax-aak",
        kind="visitation",
    ),
    Org("ax-aak-trn", "Træning og Rehabilitering Aarhus", "homecare", "ax-aak", kind="rehab"),
    Org("ax-rak", "Randers Kommune", "municipality", kommune="0730"),
    Org("ax-rak-hjp", "Hjemmeplejen Randers Nord", "homecare", "ax-rak", kind="homecare"),
    Org("ax-gp-frb", "Lægehuset Frederiksbjerg", "gp", sor="7039901000021", kind="gp"),
    Org("ax-gp-viby", "Lægerne Viby Torv", "gp", sor="7039901000022", kind="gp"),
    Org("ax-gp-rnd", "Lægeklinikken Randers Midt", "gp", sor="7039901000023", kind="gp"),
    Org("ax-sys-epj", "MidtEPJ", "system", kind="system"),
    Org("ax-sys-cura", "Cura", "system", kind="system"),
    Org("ax-sys-xmo", "XMO", "system", kind="system"),
)
ORG = {o.id: o for o in ORGS}
WARDS = ("ax-auh-hjerte", "ax-auh-lunge", "ax-rhr-med")
HOMECARE = ("ax-aak-vest", "ax-aak-syd", "ax-rak-hjp")
GPS = ("ax-gp-frb", "ax-gp-viby", "ax-gp-rnd")

#: staff per organisation: (count, titles)
STAFFING: dict[str, tuple[int, tuple[str, ...]]] = {
    "ax-auh-hjerte": (
        26,
        (
            "Overlæge",
            "Afdelingslæge",
            "Reservelæge",
            "Sygeplejerske",
            "Sygeplejerske",
            "Sygeplejerske",
            "Social- og sundhedsassistent",
            "Lægesekretær",
        ),
    ),
    "ax-auh-lunge": (
        22,
        (
            "Overlæge",
            "Reservelæge",
            "Sygeplejerske",
            "Sygeplejerske",
            "Social- og sundhedsassistent",
            "Lægesekretær",
        ),
    ),
    "ax-rhr-med": (
        20,
        ("Overlæge", "Reservelæge", "Sygeplejerske", "Sygeplejerske", "Lægesekretær"),
    ),
    "ax-auh-ortho": (12, ("Overlæge", "Afdelingslæge", "Sygeplejerske", "Lægesekretær")),
    "ax-auh-akut": (18, ("Overlæge", "Reservelæge", "Sygeplejerske", "Sygeplejerske")),
    "ax-rhr-akut": (10, ("Reservelæge", "Sygeplejerske")),
    "ax-auh-rtg": (10, ("Radiograf", "Radiograf", "Overlæge")),
    "ax-rhr-rtg": (5, ("Radiograf", "Overlæge")),
    "ax-auh-kba": (9, ("Bioanalytiker",)),
    "ax-auh-pato": (5, ("Overlæge", "Bioanalytiker")),
    "ax-apo": (6, ("Farmaceut", "Farmakonom")),
    "ax-aak-vest": (
        30,
        (
            "Social- og sundhedshjælper",
            "Social- og sundhedshjælper",
            "Social- og sundhedsassistent",
        ),
    ),
    "ax-aak-syd": (
        28,
        (
            "Social- og sundhedshjælper",
            "Social- og sundhedshjælper",
            "Social- og sundhedsassistent",
        ),
    ),
    "ax-aak-spl": (10, ("Sygeplejerske",)),
    "ax-rak-hjp": (
        20,
        ("Social- og sundhedshjælper", "Social- og sundhedsassistent", "Sygeplejerske"),
    ),
    "ax-aak-nat": (8, ("Social- og sundhedsassistent", "Sygeplejerske")),
    "ax-aak-visit": (5, ("Visitator",)),
    "ax-aak-trn": (6, ("Fysioterapeut", "Ergoterapeut")),
    "ax-gp-frb": (5, ("Praktiserende læge", "Praktiserende læge", "Sygeplejerske", "Lægesekretær")),
    "ax-gp-viby": (4, ("Praktiserende læge", "Sygeplejerske", "Lægesekretær")),
    "ax-gp-rnd": (4, ("Praktiserende læge", "Praktiserende læge", "Sygeplejerske")),
}
DOCTORS = {"Overlæge", "Afdelingslæge", "Reservelæge", "Praktiserende læge"}

GIVEN = [
    "Anders",
    "Anne",
    "Asger",
    "Astrid",
    "Birthe",
    "Bjarne",
    "Camilla",
    "Christina",
    "Dorthe",
    "Ejner",
    "Ellen",
    "Emil",
    "Erik",
    "Frida",
    "Gudrun",
    "Gunver",
    "Hanne",
    "Helga",
    "Henning",
    "Ida",
    "Inger",
    "Jakob",
    "Janni",
    "Jens",
    "Jeppe",
    "Johanne",
    "Jonas",
    "Karen",
    "Karl",
    "Kirsten",
    "Knud",
    "Lars",
    "Laura",
    "Lene",
    "Lise",
    "Lotte",
    "Magnus",
    "Malene",
    "Marianne",
    "Martin",
    "Mette",
    "Mikkel",
    "Nanna",
    "Niels",
    "Nikolaj",
    "Oliver",
    "Ove",
    "Pernille",
    "Peter",
    "Poul",
    "Rasmus",
    "Rikke",
    "Rune",
    "Sara",
    "Signe",
    "Simon",
    "Sofie",
    "Stine",
    "Susanne",
    "Svend",
    "Thomas",
    "Tine",
    "Troels",
    "Ulrik",
    "Vibeke",
    "Viggo",
    "Yvonne",
]
COMMON = (
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Madsen",
    "Kristensen",
    "Olesen",
    "Thomsen",
    "Poulsen",
)
MIDDLE = (
    "Kjeldgaard",
    "Bundgaard",
    "Kirkegaard",
    "Søndergaard",
    "Mikkelsen",
    "Lauritsen",
    "Toft",
    "Dalsgaard",
    "Fisker",
    "Bisgaard",
    "Bruun",
    "Riis",
    "Krogh",
    "Vinther",
    "Dam",
    "Bach",
    "Lund",
    "Holst",
    "Mortensen",
    "Eriksen",
    "Kjær",
    "Nygaard",
    "Skovgaard",
    "Laustsen",
    "Brandt",
    "Husted",
    "Ahmed",
    "Yildiz",
    "Nguyen",
    "Olsen",
)
RARE = (
    "Quist",
    "Fogh",
    "Hvass",
    "Thybo",
    "Ebbesen",
    "Bøgelund",
    "Lindgaard",
    "Gregersen",
    "Vad",
    "Smedegaard",
    "Trærup",
    "Ulsøe",
    "Hjortshøj",
    "Bækgaard",
    "Kloster",
    "Mørup",
)
#: rare surnames for the relatives (each used by one family only)
RARE_PARTS = (
    (
        "Hjort",
        "Bøge",
        "Ege",
        "Tjørne",
        "Rav",
        "Vester",
        "Øster",
        "Nørre",
        "Sønder",
        "Mølle",
        "Kilde",
        "Lyng",
        "Hede",
        "Birke",
        "Elle",
    ),
    ("lund", "høj", "bæk", "holt", "strup", "bjerg", "dal", "sø", "mose", "skov"),
)
STREETS = (
    "Frederiks Allé",
    "Viby Torv",
    "Jyllands Allé",
    "Skanderborgvej",
    "Silkeborgvej",
    "Randersvej",
    "Tordenskjoldsgade",
    "Søndergade",
    "Vestergade",
    "Grenåvej",
    "Ydre Ringvej",
    "Marselis Boulevard",
    "Kongevejen",
    "Østervold",
    "Jernbanegade",
    "Lyseng Allé",
)
TOWNS = (
    ("8000", "Aarhus C"),
    ("8260", "Viby J"),
    ("8210", "Aarhus V"),
    ("8900", "Randers C"),
    ("8920", "Randers NV"),
    ("8270", "Højbjerg"),
)


# --- people ------------------------------------------------------------------------------------


@dataclass
class Staff:
    id: str
    given: str
    family: str
    org: str
    title: str
    role: str
    auth: str | None
    username: str
    cpr: str
    address: tuple[str, str, str]
    shift: str  # day | evening | night | office
    csv_user_form: str  # how MinLog CSV names this user: id | auth | username | cpr


@dataclass
class Citizen:
    id: str
    given: str
    family: str
    cpr: str
    address: tuple[str, str, str]
    profile: str  # heavy_homecare | homecare | inpatient | outpatient | gp_only
    gp: str
    homecare: str | None = None
    related: list[tuple[str, str, str]] = field(
        default_factory=list
    )  # (given, family, relationship)


@dataclass
class Entry:
    id: str
    patient: str
    user: Staff | None
    when: datetime
    legit: bool
    kind: str
    fmt: str  # audit | csv
    purpose: str = "TREAT"
    responsible: Staff | None = None
    on_behalf_form: str = ""  # csv | agent | extension
    external: tuple[str, str] | None = (
        None  # (identifier, display) when the user is not in the roster
    )


@dataclass
class World:
    seed: int
    anchor: date
    staff: list[Staff]
    citizens: list[Citizen]
    resources: list[dict[str, Any]]
    entries: list[Entry]

    @property
    def start(self) -> date:
        return self.anchor - timedelta(days=182)

    def truth(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "anchor": self.anchor.isoformat(),
            "entries": {
                e.id: {"patient": e.patient, "legit": e.legit, "kind": e.kind} for e in self.entries
            },
            "heavy": [c.id for c in self.citizens if c.profile == "heavy_homecare"],
        }

    def write(self, folder: Path) -> dict[str, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        by_type: dict[str, list[dict[str, Any]]] = {}
        for r in self.resources:
            by_type.setdefault(_file_of(r["resourceType"]), []).append(r)
        files: dict[str, Path] = {}
        for name in ("organizations", "staff", "patients", "related", "relations"):
            p = folder / f"{name}.ndjson"
            p.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in by_type.get(name, [])),
                "utf-8",
            )
            files[name] = p
        audit = [self._audit(e) for e in self.entries if e.fmt == "audit"]
        p = folder / "audit.ndjson"
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in audit), "utf-8")
        files["audit"] = p
        p = folder / "minlog.csv"
        p.write_text(self._csv([e for e in self.entries if e.fmt == "csv"]), "utf-8")
        files["csv"] = p
        p = folder / "truth.json"
        p.write_text(json.dumps(self.truth(), ensure_ascii=False), "utf-8")
        files["truth"] = p
        return files

    def _audit(self, e: Entry) -> dict[str, Any]:
        system = (
            "Cura"
            if e.user and ORG[e.user.org].kind in ("homecare", "homenursing")
            else ("XMO" if e.user and ORG[e.user.org].kind == "gp" else "MidtEPJ")
        )
        observer = {"MidtEPJ": "ax-sys-epj", "Cura": "ax-sys-cura", "XMO": "ax-sys-xmo"}[system]
        agents: list[dict[str, Any]] = []
        human = {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/extra-security-role-type",
                    "code": "humanuser",
                    "display": "human user",
                }
            ]
        }
        n = int(e.id.rsplit("-", 1)[-1], 16)
        if e.user is None:
            assert e.external
            agents.append(
                {
                    "type": human,
                    "who": {"identifier": {"value": e.external[0]}, "display": e.external[1]},
                    "requestor": True,
                }
            )
        elif n % 5 == 0:  # Practitioner with an Organization agent
            agents.append(
                {
                    "type": human,
                    "who": {"reference": f"Practitioner/{e.user.id}"},
                    "requestor": True,
                }
            )
            agents.append({"who": {"reference": f"Organization/{e.user.org}"}, "requestor": False})
        else:
            agents.append(
                {
                    "type": human,
                    "who": {"reference": f"PractitionerRole/{e.user.role}"},
                    "requestor": True,
                }
            )
        if e.responsible is not None:
            if e.on_behalf_form == "extension":
                agents[0]["extension"] = [
                    {
                        "url": ON_BEHALF,
                        "valueReference": {"reference": f"PractitionerRole/{e.responsible.role}"},
                    }
                ]
            else:
                agents.append(
                    {
                        "who": {"reference": f"PractitionerRole/{e.responsible.role}"},
                        "requestor": False,
                        "type": {
                            "coding": [
                                {"system": PART, "code": "RESP", "display": "responsible party"}
                            ],
                            "text": "på vegne af",
                        },
                    }
                )
        if n % 2 == 0:  # BALP: the client application and the server as agents of their own
            agents.append(
                {
                    "type": {
                        "coding": [{"system": DCM, "code": "110153", "display": "Source Role ID"}]
                    },
                    "who": {
                        "identifier": {"system": "urn:dk:rm:klient", "value": f"{system}-klient"},
                        "display": f"{system} klient",
                    },
                    "requestor": False,
                    "network": {"address": f"10.42.{n % 200}.{n % 250 + 1}", "type": "2"},
                }
            )
            agents.append(
                {
                    "type": {
                        "coding": [
                            {"system": DCM, "code": "110152", "display": "Destination Role ID"}
                        ]
                    },
                    "who": {
                        "identifier": {"system": "urn:dk:rm:server", "value": f"{system}-fhir"},
                        "display": f"{system} FHIR-server",
                    },
                    "requestor": False,
                }
            )
        ev: dict[str, Any] = {
            "resourceType": "AuditEvent",
            "id": e.id,
            "type": {"system": DCM, "code": "110110", "display": "Patient Record"},
            "subtype": [{"system": "http://hl7.org/fhir/restful-interaction", "code": "read"}],
            "action": "R",
            "recorded": e.when.isoformat(),
            "outcome": "0",
            "agent": agents,
            "source": {
                "observer": {"reference": f"Organization/{observer}", "display": system},
                "type": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/security-source-type",
                        "code": "4",
                    }
                ],
            },
            "entity": [
                {
                    "what": {"reference": f"Patient/{e.patient}"},
                    "type": {
                        "system": "http://terminology.hl7.org/CodeSystem/audit-entity-type",
                        "code": "1",
                    },
                    "role": {
                        "system": "http://terminology.hl7.org/CodeSystem/object-role",
                        "code": "1",
                    },
                }
            ],
            "purposeOfEvent": [{"coding": [{"system": ACT, "code": e.purpose}]}],
        }
        return ev

    def _csv(self, entries: list[Entry]) -> str:
        cols = [
            "regKode",
            "cprNrBorger",
            "bruger",
            "ansvarlig",
            "orgUsingID",
            "systemName",
            "handling",
            "sessionId",
            "tidspunkt",
            "brugerNavn",
            "formaal",
        ]
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        cit = {c.id: c for c in self.citizens}
        for e in entries:
            u = e.user
            assert u is not None
            org = ORG[u.org]
            system = (
                "Cura"
                if org.kind in ("homecare", "homenursing")
                else ("XMO" if org.kind == "gp" else "MidtEPJ")
            )
            row = {
                "regKode": e.id,
                "cprNrBorger": cit[e.patient].cpr if int(e.id[-1], 16) % 4 else e.patient,
                "bruger": _user_ref(u),
                "ansvarlig": _user_ref(e.responsible, "auth") if e.responsible else "",
                "orgUsingID": f"SOR:{org.sor}" if org.sor and int(e.id[-1], 16) % 2 else u.org,
                "systemName": system,
                "handling": _handling(org.kind),
                "sessionId": f"{u.id[-4:]}-{e.when:%j%H}",
                "tidspunkt": e.when.isoformat(),
                "brugerNavn": "",
                "formaal": e.purpose,
            }
            w.writerow(row)
        return buf.getvalue()


def _user_ref(u: Staff, form: str | None = None) -> str:
    f = form or u.csv_user_form
    if f == "auth" and u.auth:
        return u.auth
    if f == "username":
        return u.username
    if f == "cpr":
        return u.cpr
    return u.id


def _handling(kind: str) -> str:
    return {
        "homecare": "Dokumentation af besøg",
        "homenursing": "Opslag i medicinliste",
        "gp": "Opslag i journal",
    }.get(kind, "Læst journal")


def _file_of(rt: str) -> str:
    return {
        "Organization": "organizations",
        "Practitioner": "staff",
        "PractitionerRole": "staff",
        "Patient": "patients",
        "RelatedPerson": "related",
    }.get(rt, "relations")


# --- building ----------------------------------------------------------------------------------


class _Builder:
    def __init__(self, seed: int, citizens: int, anchor: date, heavy: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.anchor = anchor
        self.start = anchor - timedelta(days=182)
        self.n_citizens = citizens
        self.n_heavy = heavy
        self.staff: list[Staff] = []
        self.by_org: dict[str, list[Staff]] = {}
        self.citizens: list[Citizen] = []
        self.resources: list[dict[str, Any]] = []
        self.entries: list[Entry] = []
        self.cprs: set[str] = set()
        self.relations: dict[
            str, list[tuple[str, date, date | None]]
        ] = {}  # patient -> (org, from, to)
        self._eid = 0
        self.touched: set[str] = set()  # staff whose name or address a misuse case set
        self.rare_used: set[str] = set()

    def rare_surname(self) -> str:
        names = {c.family for c in self.citizens} | {s.family for s in self.staff}
        for _ in range(1000):
            x = self.rng.choice(RARE_PARTS[0]) + self.rng.choice(RARE_PARTS[1])
            if x not in names and x not in self.rare_used:
                self.rare_used.add(x)
                return x
        raise RuntimeError("no rare surname left")

    # -- helpers
    def cpr(self, born: date | None = None) -> str:
        while True:
            b = born or date(
                self.rng.randrange(1925, 2005), self.rng.randrange(1, 13), self.rng.randrange(1, 29)
            )
            c = f"{b:%d%m%y}{self.rng.randrange(1000, 9999)}"
            if c not in self.cprs:
                self.cprs.add(c)
                return c

    def address(self) -> tuple[str, str, str]:
        town = self.rng.choice(TOWNS)
        return (f"{self.rng.choice(STREETS)} {self.rng.randrange(1, 160)}", town[0], town[1])

    def family(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.rng.choice(COMMON)
        if r < 0.95:
            return self.rng.choice(MIDDLE)
        return self.rng.choice(RARE)

    def day(self, d: int) -> date:
        return self.start + timedelta(days=d)

    def at(self, d: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(d, time(hour % 24, minute), TZ)

    def eid(self, fmt: str) -> str:
        self._eid += 1
        return f"ax-{'ae' if fmt == 'audit' else 'ml'}-{self.seed}-{self._eid:07x}"

    def add(
        self,
        patient: str,
        user: Staff | None,
        when: datetime,
        legit: bool,
        kind: str,
        *,
        fmt: str | None = None,
        purpose: str = "TREAT",
        responsible: Staff | None = None,
        on_behalf_form: str = "",
        external: tuple[str, str] | None = None,
    ) -> Entry:
        if fmt is None:
            k = ORG[user.org].kind if user else "ward"
            fmt = "csv" if k in ("homecare", "homenursing", "gp", "pharmacy") else "audit"
            if k not in ("homecare", "homenursing", "gp") and self.rng.random() < 0.15:
                fmt = "csv"
        e = Entry(
            self.eid(fmt),
            patient,
            user,
            when,
            legit,
            kind,
            fmt,
            purpose,
            responsible,
            on_behalf_form,
            external,
        )
        self.entries.append(e)
        return e

    def shift_time(self, d: date, shift: str) -> datetime:
        r = self.rng
        if shift == "day":
            h, m = r.randrange(7, 15), r.randrange(60)
        elif shift == "evening":
            h, m = r.randrange(15, 23), r.randrange(60)
        elif shift == "night":
            h, m = r.choice([23, 0, 1, 2, 3, 4, 5, 6]), r.randrange(60)
        else:
            h, m = r.randrange(8, 16), r.randrange(60)
        return self.at(d, h, m)

    def on_shift(self, org: str, d: date, hour: int) -> list[Staff]:
        shift = "day" if 7 <= hour < 15 else "evening" if 15 <= hour < 23 else "night"
        pool = [
            s
            for s in self.by_org[org]
            if s.shift == shift or (shift == "day" and s.shift == "office")
        ]
        return pool or self.by_org[org]

    # -- master data
    def make_orgs(self) -> None:
        for o in ORGS:
            r: dict[str, Any] = {
                "resourceType": "Organization",
                "id": o.id,
                "name": o.name,
                "active": True,
                "type": [{"text": o.type}],
            }
            ids = []
            if o.sor:
                ids.append({"system": SOR, "value": o.sor})
            if o.kommune:
                ids.append({"system": "urn:dk:kommunekode", "value": o.kommune})
            if ids:
                r["identifier"] = ids
            if o.part_of:
                r["partOf"] = {"reference": f"Organization/{o.part_of}"}
            self.resources.append(r)

    def make_staff(self) -> None:
        n = 0
        for org, (count, titles) in STAFFING.items():
            for i in range(count):
                n += 1
                title = titles[i % len(titles)]
                kind = ORG[org].kind
                if kind in ("ward", "emergency", "biochemistry", "homecare"):
                    shift = ("day", "day", "evening", "night")[i % 4]
                elif kind == "homenursing":
                    shift = ("day", "day", "evening")[i % 3]
                elif org == "ax-aak-nat":
                    shift = "night"
                else:
                    shift = "office"
                if title == "Lægesekretær":
                    shift = "office"
                given = self.rng.choice(GIVEN)
                fam = self.family()
                sid = f"ax-s-{n:04d}"
                ini = (
                    (given[:2] + fam[:2])
                    .lower()
                    .replace("æ", "ae")
                    .replace("ø", "oe")
                    .replace("å", "aa")
                )
                username = (
                    f"RM\\{ini}{n % 100:02d}"
                    if ORG[org].type in ("department", "pharmacy")
                    else f"{ini}{n % 100:02d}"
                )
                s = Staff(
                    sid,
                    given,
                    fam,
                    org,
                    title,
                    f"ax-r-{n:04d}",
                    f"{self.rng.randrange(10)}{self.rng.choice('BCDFGHJKLMNPQRSTVWXZ')}{self.rng.randrange(100):02d}{self.rng.choice('BCDFGHJKLMNPQRSTVWXZ')}"
                    if title not in ("Social- og sundhedshjælper", "Farmakonom", "Lægesekretær")
                    else None,
                    username,
                    self.cpr(),
                    self.address(),
                    shift,
                    self.rng.choice(["id", "auth", "username", "username", "cpr"]),
                )
                if s.auth is None and s.csv_user_form == "auth":
                    s.csv_user_form = "username"
                self.staff.append(s)
                self.by_org.setdefault(org, []).append(s)
        for s in self.staff:
            pr: dict[str, Any] = {
                "resourceType": "Practitioner",
                "id": s.id,
                "active": True,
                "name": [{"use": "official", "family": s.family, "given": [s.given]}],
                "identifier": [
                    {"system": AD if "\\" in s.username else KOMMUNE_AD, "value": s.username},
                    {"system": CPR, "value": s.cpr},
                ],
                "address": [
                    {"line": [s.address[0]], "postalCode": s.address[1], "city": s.address[2]}
                ],
            }
            if s.auth:
                pr["identifier"].append({"system": AUTH, "value": s.auth})
            self.resources.append(pr)
            self.resources.append(
                {
                    "resourceType": "PractitionerRole",
                    "id": s.role,
                    "active": True,
                    "practitioner": {"reference": f"Practitioner/{s.id}"},
                    "organization": {"reference": f"Organization/{s.org}"},
                    "code": [{"text": s.title}],
                    "period": {
                        "start": (
                            self.start - timedelta(days=self.rng.randrange(200, 4000))
                        ).isoformat()
                    },
                }
            )

    def make_citizens(self) -> None:
        r = self.rng
        for i in range(self.n_citizens):
            if i < self.n_heavy:
                profile = "heavy_homecare"
            else:
                profile = r.choices(
                    ["homecare", "inpatient", "outpatient", "gp_only"], [0.2, 0.35, 0.25, 0.2]
                )[0]
            fam = self.family()
            c = Citizen(
                f"ax-p-{i:05d}",
                r.choice(GIVEN),
                fam,
                self.cpr(),
                self.address(),
                profile,
                r.choice(GPS),
            )
            if profile in ("heavy_homecare", "homecare"):
                c.homecare = r.choice(HOMECARE)
                if c.homecare == "ax-rak-hjp":
                    c.gp = "ax-gp-rnd"
            if r.random() < 0.4:
                c.related.append((r.choice(GIVEN), fam, r.choice(["ægtefælle", "datter", "søn"])))
            self.citizens.append(c)

    def patient_resources(self) -> None:
        for c in self.citizens:
            p: dict[str, Any] = {
                "resourceType": "Patient",
                "id": c.id,
                "identifier": [{"system": CPR, "value": c.cpr}],
                "name": [{"use": "official", "family": c.family, "given": [c.given]}],
                "address": [
                    {"line": [c.address[0]], "postalCode": c.address[1], "city": c.address[2]}
                ],
            }
            self.resources.append(p)
            for j, (g, f, rel) in enumerate(c.related):
                self.resources.append(
                    {
                        "resourceType": "RelatedPerson",
                        "id": f"{c.id}-rp{j}",
                        "active": True,
                        "patient": {"reference": f"Patient/{c.id}"},
                        "relationship": [{"text": rel}],
                        "name": [{"family": f, "given": [g]}],
                    }
                )

    def relation(
        self, c: Citizen, org: str, a: date, b: date | None, rid: str, res: dict[str, Any]
    ) -> None:
        self.relations.setdefault(c.id, []).append((org, a, b))
        self.resources.append(res)

    # -- the treatment a citizen gets, and its accesses
    def treat(self, c: Citizen) -> None:
        r = self.rng
        start = self.start - timedelta(days=r.randrange(30, 900))
        # the practice the citizen is listed with
        self.relation(
            c,
            c.gp,
            start,
            None,
            f"ax-ep-{c.id}-gp",
            {
                "resourceType": "EpisodeOfCare",
                "id": f"ax-ep-{c.id}-gp",
                "status": "active",
                "patient": {"reference": f"Patient/{c.id}"},
                "managingOrganization": {"reference": f"Organization/{c.gp}"},
                "period": {"start": start.isoformat()},
                "type": [{"text": "Tilmeldt almen praksis"}],
            },
        )
        visits = r.randrange(1, 5) if c.profile != "heavy_homecare" else r.randrange(4, 9)
        for _ in range(visits):
            d = self.day(r.randrange(0, 180))
            if d.weekday() >= 5:
                d -= timedelta(days=2)
            gp_staff = self.by_org[c.gp]
            s = r.choice(gp_staff)
            t = self.at(d, r.randrange(8, 16), r.randrange(60))
            self.resources.append(
                {
                    "resourceType": "Encounter",
                    "id": f"ax-enc-{c.id}-gp-{d:%m%d}-{len(self.resources)}",
                    "status": "finished",
                    "class": {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                        "code": "AMB",
                    },
                    "subject": {"reference": f"Patient/{c.id}"},
                    "serviceProvider": {"reference": f"Organization/{c.gp}"},
                    "participant": [{"individual": {"reference": f"PractitionerRole/{s.role}"}}],
                    "period": {
                        "start": t.isoformat(),
                        "end": (t + timedelta(minutes=15)).isoformat(),
                    },
                }
            )
            for k in range(r.randrange(1, 4)):
                self.add(c.id, s, t + timedelta(minutes=k * 4), True, "gp")
            if r.random() < 0.5:  # blood tests the practice ordered
                kba = r.choice(self.by_org["ax-auh-kba"])
                self.add(
                    c.id,
                    kba,
                    self.at(d + timedelta(days=1), r.randrange(7, 14), r.randrange(60)),
                    True,
                    "service_biochemistry",
                )
        if c.profile in ("heavy_homecare", "homecare"):
            self.homecare(c)
        if c.profile == "inpatient" or (c.profile == "heavy_homecare" and r.random() < 0.5):
            self.admission(c)
        if c.profile == "outpatient":
            self.outpatient(c)

    def homecare(self, c: Citizen) -> None:
        r = self.rng
        org = c.homecare
        assert org
        start = self.start - timedelta(days=r.randrange(60, 700))
        self.relation(
            c,
            org,
            start,
            None,
            f"ax-ep-{c.id}-hc",
            {
                "resourceType": "EpisodeOfCare",
                "id": f"ax-ep-{c.id}-hc",
                "status": "active",
                "patient": {"reference": f"Patient/{c.id}"},
                "managingOrganization": {"reference": f"Organization/{org}"},
                "period": {"start": start.isoformat()},
                "type": [{"text": "Personlig pleje og praktisk hjælp"}],
            },
        )
        heavy = c.profile == "heavy_homecare"
        if heavy:
            nurse_org = "ax-aak-spl" if org != "ax-rak-hjp" else "ax-rak-hjp"
            self.relation(
                c,
                nurse_org,
                start,
                None,
                f"ax-ep-{c.id}-spl",
                {
                    "resourceType": "EpisodeOfCare",
                    "id": f"ax-ep-{c.id}-spl",
                    "status": "active",
                    "patient": {"reference": f"Patient/{c.id}"},
                    "managingOrganization": {"reference": f"Organization/{nurse_org}"},
                    "period": {"start": start.isoformat()},
                    "type": [{"text": "Sygepleje i hjemmet"}],
                },
            )
        # a steady team: 6-10 regular helpers per shift, some substitutes
        team = r.sample(self.by_org[org], min(len(self.by_org[org]), 14 if heavy else 8))
        visits = (
            [(7, "day"), (12, "day"), (17, "evening"), (21, "evening")] if heavy else [(8, "day")]
        )
        sibling = {"ax-aak-vest": "ax-aak-syd", "ax-aak-syd": "ax-aak-vest"}.get(org)
        aarhus = org in ("ax-aak-vest", "ax-aak-syd")
        for d in range(0, 182):
            day = self.day(d)
            if not heavy and r.random() < 0.6:
                continue
            for hour, shift in visits:
                pool = [s for s in team if s.shift == shift] or team
                s = r.choice(pool)
                kind = "homecare_evening" if hour >= 18 else "homecare"
                if sibling and r.random() < 0.05:  # a substitute from the neighbouring district
                    s = r.choice(
                        [x for x in self.by_org[sibling] if x.shift == shift]
                        or self.by_org[sibling]
                    )
                    kind = "homecare_substitute"
                t = self.at(day, hour, r.randrange(0, 50))
                n = r.randrange(7, 12) if heavy else r.randrange(2, 5)
                for k in range(n):
                    self.add(
                        c.id, s, t + timedelta(minutes=2 * k, seconds=r.randrange(60)), True, kind
                    )
            if heavy and day.weekday() in (1, 4):
                # the home nurse twice a week
                nurse_org = "ax-aak-spl" if org != "ax-rak-hjp" else "ax-rak-hjp"
                nurses = [
                    s for s in self.by_org[nurse_org] if s.title == "Sygeplejerske"
                ] or self.by_org[nurse_org]
                s = r.choice(nurses[:4])
                t = self.at(day, r.randrange(9, 14), r.randrange(60))
                for k in range(r.randrange(5, 10)):
                    self.add(c.id, s, t + timedelta(minutes=k), True, "homecare")
            if heavy and aarhus:
                # the municipality's night team (its own unit) looks in once a night
                s = r.choice(self.by_org["ax-aak-nat"])
                t = self.at(day, r.choice([23, 1, 3, 5]), r.randrange(60))
                for k in range(r.randrange(2, 5)):
                    self.add(c.id, s, t + timedelta(minutes=k), True, "homecare_night_team")
                if d % 30 == 3:  # the visitation reviews the granted help every month
                    v = r.choice(self.by_org["ax-aak-visit"])
                    t = self.at(day, r.randrange(9, 15), r.randrange(60))
                    for k in range(r.randrange(2, 6)):
                        self.add(c.id, v, t + timedelta(minutes=k), True, "municipal_visitation")
        if heavy and aarhus:
            # a rehabilitation course of its own (with its own episode)
            a = self.day(r.randrange(20, 120))
            b = a + timedelta(days=42)
            self.relation(
                c,
                "ax-aak-trn",
                a,
                b,
                f"ax-ep-{c.id}-trn",
                {
                    "resourceType": "EpisodeOfCare",
                    "id": f"ax-ep-{c.id}-trn",
                    "status": "finished",
                    "patient": {"reference": f"Patient/{c.id}"},
                    "managingOrganization": {"reference": "Organization/ax-aak-trn"},
                    "period": {"start": a.isoformat(), "end": b.isoformat()},
                    "type": [{"text": "Rehabiliteringsforløb efter § 83a"}],
                },
            )
            therapist = r.choice(self.by_org["ax-aak-trn"])
            for w in range(6):
                for dd in (0, 3):
                    t = self.at(a + timedelta(days=7 * w + dd), r.randrange(9, 15), r.randrange(60))
                    for k in range(r.randrange(2, 5)):
                        self.add(c.id, therapist, t + timedelta(minutes=k), True, "rehab")

    def admission(self, c: Citizen) -> None:
        r = self.rng
        ward = (
            r.choice(WARDS)
            if c.profile != "heavy_homecare"
            else "ax-rhr-med"
            if c.homecare == "ax-rak-hjp"
            else "ax-auh-lunge"
        )
        akut = "ax-rhr-akut" if ward == "ax-rhr-med" else "ax-auh-akut"
        rtg = "ax-rhr-rtg" if ward == "ax-rhr-med" else "ax-auh-rtg"
        a = self.day(r.randrange(10, 150))
        los = r.randrange(2, 9)
        b = a + timedelta(days=los)
        arrive = self.at(a, r.randrange(0, 24), r.randrange(60))
        # the acute contact
        enc_akut = f"ax-enc-{c.id}-akut-{a:%m%d}"
        akut_end = arrive + timedelta(hours=r.randrange(3, 7))
        self.relation(
            c,
            akut,
            a,
            a,
            enc_akut,
            {
                "resourceType": "Encounter",
                "id": enc_akut,
                "status": "finished",
                "class": {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "code": "EMER",
                },
                "subject": {"reference": f"Patient/{c.id}"},
                "serviceProvider": {"reference": f"Organization/{akut}"},
                "period": {"start": arrive.isoformat(), "end": akut_end.isoformat()},
            },
        )
        for k in range(r.randrange(6, 14)):
            t = arrive + timedelta(minutes=10 + 15 * k)
            s = r.choice(self.on_shift(akut, a, t.hour))
            override = k == 0 and r.random() < 0.3
            self.add(
                c.id,
                s,
                t,
                True,
                "emergency_override" if override else "emergency",
                purpose=r.choice(["BTG", "ETREAT"]) if override else "TREAT",
            )
        # the admission
        enc = f"ax-enc-{c.id}-{ward}-{a:%m%d}"
        adm_start = akut_end
        adm_end = self.at(b, r.randrange(10, 15))
        self.relation(
            c,
            ward,
            a,
            b,
            enc,
            {
                "resourceType": "Encounter",
                "id": enc,
                "status": "finished",
                "class": {
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "code": "IMP",
                },
                "subject": {"reference": f"Patient/{c.id}"},
                "serviceProvider": {"reference": f"Organization/{ward}"},
                "period": {"start": adm_start.isoformat(), "end": adm_end.isoformat()},
            },
        )
        t = adm_start
        while t < adm_end:
            s = r.choice(self.on_shift(ward, t.date(), t.hour))
            if s.title != "Lægesekretær":
                self.add(c.id, s, t, True, "ward")
            t += timedelta(minutes=r.randrange(25, 110))
        # on-call doctors of another ward at night and weekends
        other = [w for w in WARDS if w != ward and (w == "ax-rhr-med") == (ward == "ax-rhr-med")]
        if other:
            night_docs = [s for s in self.by_org[other[0]] if s.title in DOCTORS]
            if not night_docs:
                night_docs = self.by_org[other[0]]
            for _ in range(r.randrange(1, 4)):
                d = a + timedelta(days=r.randrange(0, los))
                t = self.at(d, r.choice([22, 23, 0, 1, 2, 3]), r.randrange(60))
                if adm_start <= t < adm_end:
                    self.add(c.id, r.choice(night_docs), t, True, "night_cover")
        # service departments: radiology, biochemistry, pathology, pharmacy
        for k in range(r.randrange(1, 3)):
            d = a + timedelta(days=min(k, los - 1))
            s = r.choice(
                [x for x in self.by_org[rtg] if x.title == "Radiograf"] or self.by_org[rtg]
            )
            t = self.at(d, r.randrange(8, 15), r.randrange(60))
            if r.random() < 0.4:
                sr = f"ax-sr-{c.id}-{rtg}-{d:%m%d}-{k}"
                self.resources.append(
                    {
                        "resourceType": "ServiceRequest",
                        "id": sr,
                        "status": "completed",
                        "intent": "order",
                        "subject": {"reference": f"Patient/{c.id}"},
                        "requester": {
                            "reference": f"PractitionerRole/{r.choice([x for x in self.by_org[ward] if x.title in DOCTORS]).role}"
                        },
                        "performer": [{"reference": f"Organization/{rtg}"}],
                        "authoredOn": (t - timedelta(hours=2)).isoformat(),
                        "occurrencePeriod": {
                            "start": (t - timedelta(hours=2)).isoformat(),
                            "end": (t + timedelta(days=2)).isoformat(),
                        },
                        "code": {"text": "Røntgen af thorax"},
                    }
                )
            for j in range(r.randrange(1, 3)):
                self.add(c.id, s, t + timedelta(minutes=j), True, "service_radiology")
            radiologists = [x for x in self.by_org[rtg] if x.title == "Overlæge"]
            if radiologists:
                self.add(
                    c.id,
                    r.choice(radiologists),
                    t + timedelta(hours=r.randrange(1, 20)),
                    True,
                    "service_radiology",
                )
        for d in range(los):
            if r.random() < 0.7:
                s = r.choice(self.by_org["ax-auh-kba"])
                self.add(
                    c.id,
                    s,
                    self.shift_time(
                        a + timedelta(days=d), s.shift if s.shift != "office" else "day"
                    ),
                    True,
                    "service_biochemistry",
                )
        if r.random() < 0.25:
            s = r.choice(self.by_org["ax-auh-pato"])
            self.add(
                c.id,
                s,
                self.at(b + timedelta(days=r.randrange(2, 6)), r.randrange(8, 15), r.randrange(60)),
                True,
                "service_pathology",
            )
        if r.random() < 0.6:
            s = r.choice(self.by_org["ax-apo"])
            self.add(
                c.id,
                s,
                self.at(a + timedelta(days=1), r.randrange(8, 15), r.randrange(60)),
                True,
                "service_pharmacy",
            )
        # discharge letter: the doctor dictates, a secretary of the ward types it for him
        docs = [x for x in self.by_org[ward] if x.title in DOCTORS]
        secs = [x for x in self.by_org[ward] if x.title == "Lægesekretær"]
        if docs and secs:
            doc = r.choice(docs)
            self.add(c.id, doc, self.at(b, r.randrange(9, 14), r.randrange(60)), True, "ward")
            for _ in range(r.randrange(1, 4)):
                d = b + timedelta(days=r.randrange(0, 4))
                if d.weekday() >= 5:
                    d += timedelta(days=7 - d.weekday())
                form = r.choice(["csv", "agent", "extension"])
                self.add(
                    c.id,
                    r.choice(secs),
                    self.at(d, r.randrange(8, 15), r.randrange(60)),
                    True,
                    f"on_behalf_{form}",
                    fmt="csv" if form == "csv" else "audit",
                    responsible=doc,
                    on_behalf_form=form,
                )

    def outpatient(self, c: Citizen) -> None:
        r = self.rng
        org = "ax-auh-ortho"
        first = self.day(r.randrange(30, 170))
        if first.weekday() >= 5:
            first -= timedelta(days=2)
        gp_doc = r.choice([s for s in self.by_org[c.gp] if s.title in DOCTORS])
        authored = first - timedelta(days=r.randrange(14, 40))
        sr = f"ax-sr-{c.id}-ortho"
        self.resources.append(
            {
                "resourceType": "ServiceRequest",
                "id": sr,
                "status": "active",
                "intent": "order",
                "subject": {"reference": f"Patient/{c.id}"},
                "requester": {"reference": f"PractitionerRole/{gp_doc.role}"},
                "performer": [{"reference": f"Organization/{org}"}],
                "authoredOn": self.at(authored, 11).isoformat(),
                "occurrencePeriod": {
                    "start": authored.isoformat(),
                    "end": (first + timedelta(days=120)).isoformat(),
                },
                "code": {"text": "Henvisning: knæsmerter, vurdering for artroskopi"},
            }
        )
        self.relations.setdefault(c.id, []).append((org, authored, None))
        docs = [s for s in self.by_org[org] if s.title in DOCTORS]
        triage = r.choice(docs)
        td = authored + timedelta(days=r.randrange(2, 8))
        if td.weekday() >= 5:
            td += timedelta(days=7 - td.weekday())
        self.add(c.id, triage, self.at(td, r.randrange(8, 15), r.randrange(60)), True, "referral")
        for k in range(r.randrange(1, 4)):
            d = first + timedelta(days=28 * k)
            if d.weekday() >= 5:
                d += timedelta(days=7 - d.weekday())
            doc = r.choice(docs)
            t = self.at(d, r.randrange(8, 15), r.choice([0, 15, 30, 45]))
            aid = f"ax-apt-{c.id}-{k}"
            self.resources.append(
                {
                    "resourceType": "Appointment",
                    "id": aid,
                    "status": "fulfilled",
                    "start": t.isoformat(),
                    "end": (t + timedelta(minutes=20)).isoformat(),
                    "participant": [
                        {"actor": {"reference": f"Patient/{c.id}"}, "status": "accepted"},
                        {
                            "actor": {"reference": f"PractitionerRole/{doc.role}"},
                            "status": "accepted",
                        },
                        {"actor": {"reference": f"Organization/{org}"}, "status": "accepted"},
                    ],
                }
            )
            self.add(c.id, doc, t - timedelta(minutes=r.randrange(5, 60)), True, "outpatient")
            self.add(c.id, doc, t + timedelta(minutes=r.randrange(5, 25)), True, "outpatient")
            nurse = r.choice([s for s in self.by_org[org] if s.title == "Sygeplejerske"])
            self.add(c.id, nurse, t - timedelta(minutes=r.randrange(60, 180)), True, "outpatient")
            if k == 0:
                s = r.choice(self.by_org["ax-auh-rtg"])
                self.add(
                    c.id, s, t - timedelta(minutes=r.randrange(60, 120)), True, "service_radiology"
                )
            secs = [s for s in self.by_org[org] if s.title == "Lægesekretær"]
            if secs:
                sd = d + timedelta(days=1 if d.weekday() < 4 else 3)
                form = r.choice(["csv", "agent", "extension"])
                self.add(
                    c.id,
                    r.choice(secs),
                    self.at(sd, r.randrange(8, 15), r.randrange(60)),
                    True,
                    f"on_behalf_{form}",
                    fmt="csv" if form == "csv" else "audit",
                    responsible=doc,
                    on_behalf_form=form,
                )

    # -- misuse ---------------------------------------------------------------------------------
    def related_orgs(self, c: Citizen) -> set[str]:
        return {o for o, *_ in self.relations.get(c.id, [])}

    def unrelated_staff(self, c: Citizen, *, kinds: tuple[str, ...] | None = None) -> list[Staff]:
        """Staff with no relation to ``c``: not of an organisation that treats or treated them, not
        of a ward when the citizen was admitted anywhere (on-call doctors cover the other wards),
        no shared surname or address, not touched by another case."""
        rel = self.related_orgs(c)
        admitted = bool(rel & set(WARDS))
        # the municipality's own units stand in for each other (substitutes, night team)
        aarhus_care = c.homecare in ("ax-aak-vest", "ax-aak-syd")
        return [
            s
            for s in self.staff
            if s.org not in rel
            and (kinds is None or ORG[s.org].kind in kinds)
            and not (admitted and s.org in WARDS)
            and not (aarhus_care and ORG[s.org].part_of == "ax-aak")
            and s.family != c.family
            and s.address != c.address
            and s.cpr != c.cpr
            and s.id not in self.touched
            and s.title != "Lægesekretær"
        ]

    def misuse(self) -> None:
        r = self.rng
        cits = [c for c in self.citizens if c.profile != "heavy_homecare"]
        n = max(1, len(cits) // 10)
        treating = ("ward", "emergency", "outpatient", "homecare", "homenursing", "gp")
        # curiosity: someone without a relation looks, during the working day and after hours
        for c in r.sample(cits, min(len(cits), n * 2)):
            s = r.choice(self.unrelated_staff(c, kinds=treating))
            d = self.day(r.randrange(0, 180))
            after = r.random() < 0.35
            t = self.at(
                d, r.choice([19, 21, 22, 23, 2]) if after else r.randrange(8, 15), r.randrange(60)
            )
            for k in range(r.randrange(1, 4)):
                self.add(
                    c.id,
                    s,
                    t + timedelta(minutes=k),
                    False,
                    "curiosity_after_hours" if after else "curiosity",
                )
        # relatives: a rare shared surname, the same address, a registered relative
        for c in r.sample(cits, min(len(cits), n)):
            s = r.choice(self.unrelated_staff(c, kinds=treating))
            self.touched.add(s.id)
            rare = self.rare_surname()
            c.family = rare
            s.family = rare
            self._rename(c)
            self._rename_staff(s)
            self.add(
                c.id,
                s,
                self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                False,
                "relative_rare_surname",
            )
        for c in r.sample(cits, min(len(cits), n)):
            s = r.choice(self.unrelated_staff(c, kinds=treating))
            self.touched.add(s.id)
            s.address = c.address
            self._rename_staff(s)
            self.add(
                c.id,
                s,
                self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                False,
                "relative_address",
            )
        for c in r.sample(cits, min(len(cits), n)):
            s = r.choice(self.unrelated_staff(c, kinds=treating))
            self.touched.add(s.id)
            j = len(c.related)
            c.related.append((s.given, s.family, "datter"))
            self.resources.append(
                {
                    "resourceType": "RelatedPerson",
                    "id": f"{c.id}-rp{j}",
                    "active": True,
                    "patient": {"reference": f"Patient/{c.id}"},
                    "relationship": [{"text": "datter"}],
                    "name": [{"family": s.family, "given": [s.given]}],
                }
            )
            self.add(
                c.id,
                s,
                self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                False,
                "relative_registered",
            )
        # a relative admitted to the user's own ward: explained by the admission, but misuse
        admitted = [
            (c, o, a, b)
            for c in cits
            for (o, a, b) in self.relations.get(c.id, [])
            if o in WARDS and b is not None
        ]
        for c, o, a, b in r.sample(admitted, min(len(admitted), max(1, n // 2))):
            cands = [
                x for x in self.by_org[o] if x.title != "Lægesekretær" and x.id not in self.touched
            ]
            if not cands:
                continue
            s = r.choice(cands)
            self.touched.add(s.id)
            s.family = c.family
            s.address = c.address
            self._rename_staff(s)
            for e in self.entries:  # her own reads of the relative during the stay are misuse too
                if e.patient == c.id and e.user is s:
                    e.legit, e.kind = False, "relative_in_own_ward"
            t = self.at(
                a + timedelta(days=max(0, (b - a).days // 2)), r.randrange(8, 15), r.randrange(60)
            )
            for k in range(r.randrange(2, 5)):
                self.add(c.id, s, t + timedelta(minutes=3 * k), False, "relative_in_own_ward")
        # coworkers: a citizen who works somewhere, looked up by a colleague
        for s_patient in r.sample(self.staff, min(len(self.staff), max(1, n // 2))):
            c = self._citizen_for_staff(s_patient)
            colleagues = [
                x for x in self.by_org[s_patient.org] if x is not s_patient and x.family != c.family
            ]
            s = r.choice(colleagues)
            self.add(
                c.id,
                s,
                self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                False,
                "coworker",
            )
        # self look-ups
        for s in r.sample(self.staff, min(len(self.staff), max(1, n // 2))):
            c = self._citizen_for_staff(s)
            self.add(
                c.id,
                s,
                self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                False,
                "self_lookup",
            )
        # just after a relation ended (beyond any grace), and before it began
        ended = [
            (c, o, b)
            for c in cits
            for (o, a, b) in self.relations.get(c.id, [])
            if o in WARDS and b is not None and (self.anchor - b).days > 80
        ]
        for c, o, b in r.sample(ended, min(len(ended), n)):
            s = r.choice(self.by_org[o])
            self.add(
                c.id,
                s,
                self.at(
                    b + timedelta(days=r.randrange(60, 75)), r.randrange(8, 15), r.randrange(60)
                ),
                False,
                "relation_ended",
            )
        begins = [
            (c, o, a)
            for c in cits
            for (o, a, b) in self.relations.get(c.id, [])
            if o in WARDS and (a - self.start).days > 60
        ]
        for c, o, a in r.sample(begins, min(len(begins), n)):
            s = r.choice(self.by_org[o])
            self.add(
                c.id,
                s,
                self.at(
                    a - timedelta(days=r.randrange(30, 55)), r.randrange(8, 15), r.randrange(60)
                ),
                False,
                "relation_not_begun",
            )
        # one user looks up many citizens without a relation in one day
        snoop = r.choice([s for s in self.staff if ORG[s.org].kind == "ward"])
        d = self.day(r.randrange(20, 170))
        victims = [
            c
            for c in cits
            if not self.related_orgs(c) & set(WARDS)
            and c.family != snoop.family
            and c.address != snoop.address
        ]
        for i, c in enumerate(r.sample(victims, min(len(victims), 40))):
            self.add(c.id, snoop, self.at(d, 9 + i // 8, (i * 7) % 60), False, "high_volume")
        # an emergency override without an acute contact
        for c in r.sample(cits, min(len(cits), max(1, n // 2))):
            s = r.choice(self.unrelated_staff(c, kinds=("ward", "outpatient")))
            self.add(
                c.id,
                s,
                self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                False,
                "override_without_contact",
                purpose="BTG",
                fmt="audit",
            )
        # forged on-behalf: a secretary names a doctor of another organisation, or one without relation
        secs = [s for s in self.staff if s.title == "Lægesekretær"]
        docs = [s for s in self.staff if s.title in DOCTORS]
        for c in r.sample(cits, min(len(cits), max(1, n // 2))):
            rel = self.related_orgs(c)
            sec = r.choice([s for s in secs if s.org not in rel] or secs)
            doc = r.choice([d for d in docs if d.org in rel and d.org != sec.org] or docs)
            form = r.choice(["csv", "agent"])
            if sec.org not in rel and doc.org != sec.org:
                self.add(
                    c.id,
                    sec,
                    self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                    False,
                    "forged_on_behalf_other_org",
                    fmt="csv" if form == "csv" else "audit",
                    responsible=doc,
                    on_behalf_form=form,
                )
        for c in r.sample(cits, min(len(cits), max(1, n // 2))):
            rel = self.related_orgs(c)
            cands = [s for s in secs if s.org not in rel]
            if not cands:
                continue
            sec = r.choice(cands)
            same = [d for d in docs if d.org == sec.org]
            if not same:
                continue
            form = r.choice(["csv", "agent"])
            self.add(
                c.id,
                sec,
                self.at(self.day(r.randrange(0, 180)), r.randrange(8, 15), r.randrange(60)),
                False,
                "forged_on_behalf_no_relation",
                fmt="csv" if form == "csv" else "audit",
                responsible=r.choice(same),
                on_behalf_form=form,
            )
        # legitimate: a Jensen treating a Jensen (a common surname is no evidence)
        for c in [c for c in self.citizens if c.family in COMMON and c.homecare][: max(2, n)]:
            same = [s for s in self.by_org[c.homecare] if s.family == c.family]
            free = [
                s
                for s in self.by_org[c.homecare]
                if s.id not in self.touched and s.address != c.address
            ]
            s = same[0] if same else r.choice(free)
            if not same:
                s.family = c.family
                self.touched.add(s.id)
                self._rename_staff(s)
            d = self.day(r.randrange(0, 180))
            for k in range(r.randrange(2, 5)):
                self.add(c.id, s, self.at(d, 10, 5 * k), True, "common_surname")

    def _citizen_for_staff(self, s: Staff) -> Citizen:
        for c in self.citizens:
            if c.cpr == s.cpr:
                return c
        c = Citizen(
            f"ax-p-s{s.id[5:]}",
            s.given,
            s.family,
            s.cpr,
            s.address,
            "staff",
            r_gp := self.rng.choice(GPS),
        )
        _ = r_gp
        self.citizens.append(c)
        self.resources.append(
            {
                "resourceType": "Patient",
                "id": c.id,
                "identifier": [{"system": CPR, "value": c.cpr}],
                "name": [{"use": "official", "family": c.family, "given": [c.given]}],
                "address": [
                    {"line": [c.address[0]], "postalCode": c.address[1], "city": c.address[2]}
                ],
            }
        )
        return c

    def _rename(self, c: Citizen) -> None:
        for res in self.resources:
            if res.get("resourceType") == "Patient" and res["id"] == c.id:
                res["name"][0]["family"] = c.family

    def _rename_staff(self, s: Staff) -> None:
        for res in self.resources:
            if res.get("resourceType") == "Practitioner" and res["id"] == s.id:
                res["name"][0]["family"] = s.family
                res["address"] = [
                    {"line": [s.address[0]], "postalCode": s.address[1], "city": s.address[2]}
                ]


def build(
    seed: int = 11, citizens: int = 300, anchor: date | None = None, heavy: int | None = None
) -> World:
    """Six months of logs for ``citizens`` citizens ending the day before ``anchor``."""
    anchor = anchor or date.today()
    b = _Builder(seed, citizens, anchor, heavy if heavy is not None else max(1, citizens // 40))
    b.make_orgs()
    b.make_staff()
    b.make_citizens()
    b.patient_resources()
    for c in list(b.citizens):
        b.treat(c)
    b.misuse()
    # staff-as-citizens (coworker, self look-up) exist as patients; their own treatment is not generated
    end = datetime.combine(anchor, time(0), TZ)
    b.entries = [e for e in b.entries if e.when < end]
    b.entries.sort(key=lambda e: (e.when, e.id))
    return World(seed, anchor, b.staff, b.citizens, b.resources, b.entries)
