"""The independent names corpus: a seeded, deterministic generator of FHIR R4 NDJSON per the
contract, protection orders of every kind and mode, powers of attorney, and the ground truth.

    world = build(seed=7, anchor=date.today(), filler_citizens=12)
    world.write(folder)          # NDJSON files, orders.json, proxies.json, truth.json

Ground truth: for every view (citizen, viewer, time) the staff hidden in it (computed here from
contract section 2, independently of the product), and for every note every mention span of a
person (staff, the citizen, relatives, other citizens) with the strings that identify them.
"""

from __future__ import annotations

import base64
import json
import random
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from . import people as P
from .forms import initials4
from .notes import DOCTORS, NURSES, ORG_KIND, SECRETARIES, SERVICE, TEMPLATES, Note, Writer

TZ = ZoneInfo("Europe/Copenhagen")
INF = 10**9


# --- orders, proxies, views ------------------------------------------------------------------


def orders_spec() -> list[dict[str, Any]]:
    """Every kind and mode; day offsets in ``from``/``until`` (turned into dates at build)."""
    return [
        {
            "id": "ix-ord-rets",
            "kind": "organization",
            "organization": P.FORENSIC,
            "from": -400,
            "until": None,
            "mode": "pseudonym",
            "reason": "high-risk department",
            "decided_by": "Ledelsen, Psykiatrien i Region Syddanmark",
            "_class": "org_until_null",
        },
        {
            "id": "ix-ord-storm",
            "kind": "staff",
            "staff": "ix-s-hest",
            "from": -250,
            "until": None,
            "mode": "pseudonym",
            "reason": "harassment",
            "decided_by": "Afdelingsledelsen FAM",
            "_class": "staff_until_null",
        },
        {
            "id": "ix-ord-ask",
            "kind": "staff",
            "staff": "ix-s-maas",
            "from": -120,
            "mode": "blur",
            "reason": "threats",
            "decided_by": "Radiologisk Afdeling",
            "_class": "staff_no_until_90",
        },
        {
            "id": "ix-ord-nev",
            "kind": "patient",
            "patient": "ix-p-nev",
            "staff": ["ix-s-anho", "ix-s-tara", "ix-s-doth"],
            "from": -200,
            "until": None,
            "mode": "pseudonym",
            "reason": "violence",
            "decided_by": "Afdelingsledelsen, afd. B",
            "note": "Slag mod personale ved indlæggelse",
            "_class": "patient_until_null",
        },
        {
            "id": "ix-ord-klm",
            "kind": "patient",
            "patient": "ix-p-klm",
            "organization": "ix-ouh-m",
            "from": -130,
            "mode": "blur",
            "reason": "threats",
            "decided_by": "Afdelingsledelsen, M",
            "_class": "patient_org_no_until_90",
        },
        {
            "id": "ix-ord-imb",
            "kind": "patient",
            "patient": "ix-p-imb",
            "staff": ["ix-s-dokj", "ix-s-llbr", "ix-s-boly"],
            "from": -90,
            "until": 90,
            "mode": "pseudonym",
            "keep_title": False,
            "reason": "harassment",
            "decided_by": "Leder, Hjemmeplejen Svendborg Nord",
            "_class": "patient_no_title",
        },
        {
            "id": "ix-ord-imb-rev",
            "kind": "patient",
            "patient": "ix-p-imb",
            "staff": ["ix-s-kiso"],
            "from": -180,
            "until": None,
            "mode": "pseudonym",
            "reason": "threats",
            "decided_by": "Leder, Hjemmeplejen Svendborg Nord",
            "_class": "patient_revoked",
            "_revoke": True,
        },
        {
            "id": "ix-ord-jsh",
            "kind": "patient",
            "patient": "ix-p-jsh",
            "staff": ["ix-s-peva", "ix-s-soki"],
            "from": -30,
            "mode": "pseudonym",
            "reason": "threats",
            "decided_by": "Ringe Lægecenter",
            "_class": "patient_no_until_90",
        },
        {
            "id": "ix-ord-jsh-old",
            "kind": "patient",
            "patient": "ix-p-jsh",
            "staff": ["ix-s-ibdu"],
            "from": -300,
            "until": -200,
            "mode": "pseudonym",
            "reason": "other",
            "decided_by": "Ringe Lægecenter",
            "_class": "patient_expired",
        },
        {
            "id": "ix-ord-loa",
            "kind": "patient",
            "patient": "ix-p-loa",
            "staff": ["ix-s-bsja"],
            "from": -100,
            "until": None,
            "mode": "pseudonym",
            "reason": "harassment",
            "decided_by": "Afdelingsledelsen, M",
            "_class": "proxy_own_order",
        },
        {
            "id": "ix-ord-sag",
            "kind": "patient",
            "patient": "ix-p-sag",
            "organization": "ix-fmk",
            "from": -200,
            "until": 200,
            "mode": "pseudonym",
            "reason": "threats",
            "decided_by": "Faaborg-Midtfyn Kommune, Sundhed og Ældre",
            "_class": "patient_org_subtree",
        },
    ]


PROXIES = [
    {
        "id": "ix-fm-1",
        "principal": "ix-p-sag",
        "proxy": "ix-p-loa",
        "scope": ["journal", "log"],
        "from": -365,
        "until": None,
    },
]

#: (citizen, viewer, day offset) of the CLI views; the API views are at *now* (day 0).
KEY_VIEWS: list[tuple[str, str, int]] = [
    ("ix-p-nev", "ix-p-nev", -150),
    ("ix-p-nev", "ix-p-nev", -50),
    ("ix-p-nev", "ix-p-nev", 1),
    ("ix-p-klm", "ix-p-klm", -100),
    ("ix-p-klm", "ix-p-klm", -20),
    ("ix-p-imb", "ix-p-imb", -150),
    ("ix-p-imb", "ix-p-imb", -60),
    ("ix-p-imb", "ix-p-imb", 1),
    ("ix-p-jsh", "ix-p-jsh", -250),
    ("ix-p-jsh", "ix-p-jsh", -150),
    ("ix-p-jsh", "ix-p-jsh", -10),
    ("ix-p-sag", "ix-p-sag", -300),
    ("ix-p-sag", "ix-p-sag", -60),
    ("ix-p-sag", "ix-p-loa", -300),
    ("ix-p-sag", "ix-p-loa", 1),
    ("ix-p-loa", "ix-p-loa", 1),
    ("ix-p-lem", "ix-p-lem", 1),
    ("ix-p-rst", "ix-p-rst", -60),
]
API_VIEWS: list[tuple[str, str]] = [
    ("ix-p-nev", "ix-p-nev"),
    ("ix-p-imb", "ix-p-imb"),
    ("ix-p-sag", "ix-p-sag"),
    ("ix-p-sag", "ix-p-loa"),
    ("ix-p-lem", "ix-p-lem"),
]


# --- the world -----------------------------------------------------------------------------


@dataclass
class View:
    patient: str
    viewer: str
    day: int | None  # None = now (HTTP API)
    channel: str  # cli | api | web | csv
    hidden: dict[str, str] = field(default_factory=dict)  # staff id -> class of the order


@dataclass
class World:
    seed: int
    anchor: date
    staff: list[P.Staff]
    citizens: list[P.Citizen]
    notes: list[Note]
    orders: list[dict[str, Any]]
    proxies: list[dict[str, Any]]
    audit: list[dict[str, Any]]
    csv_rows: list[dict[str, str]]
    relations: list[dict[str, Any]]
    views: list[View] = field(default_factory=list)

    # -- times
    def day_date(self, day: int) -> date:
        return self.anchor + timedelta(days=day)

    def at(self, day: int, hour: int = 12, minute: int = 0) -> datetime:
        return datetime.combine(self.day_date(day), time(hour, minute), TZ)

    def at_iso(self, day: int) -> str:
        return self.at(day).isoformat()

    # -- people
    @property
    def staff_by_id(self) -> dict[str, P.Staff]:
        return {s.id: s for s in self.staff}

    @property
    def citizen_by_id(self) -> dict[str, P.Citizen]:
        return {c.id: c for c in self.citizens}

    # -- truth
    def hidden(
        self, patient: str, viewer: str, when: datetime, revoked_at: datetime | None
    ) -> dict[str, str]:
        """Staff hidden in a view of ``patient`` by ``viewer`` at ``when`` (contract section 2),
        with the class of the order that hides them."""
        out: dict[str, str] = {}
        for o in self.orders:
            if not _in_force(o, when, self.anchor, revoked_at):
                continue
            if o["kind"] == "patient" and o["patient"] not in (patient, viewer):
                continue
            for sid in self._covered(o):
                out.setdefault(sid, o["_class"])
        viewer_cpr = self.citizen_by_id.get(viewer).cpr if viewer in self.citizen_by_id else None
        for s in self.staff:
            if s.cpr and s.cpr == viewer_cpr:
                out.pop(s.id, None)  # nobody is hidden from themselves
        return out

    def _covered(self, o: dict[str, Any]) -> list[str]:
        if o["kind"] == "staff":
            return [o["staff"]]
        if o.get("staff"):
            return list(o["staff"])
        orgs = P.subtree(o["organization"])
        return [s.id for s in self.staff if s.orgs_ever() & orgs]

    # -- output
    def write(self, folder: Path) -> dict[str, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        files = {
            "organizations": _ndjson(folder / "organizations.ndjson", self._orgs()),
            "staff_v1": _ndjson(folder / "staff_v1.ndjson", self._staff(v2=False)),
            "staff_v2": _ndjson(folder / "staff_v2.ndjson", self._staff(v2=True)),
            "patients": _ndjson(folder / "patients.ndjson", self._patients()),
            "related": _ndjson(folder / "related.ndjson", self._related()),
            "relations": _ndjson(folder / "relations.ndjson", self.relations),
            "documents": _ndjson(folder / "documents.ndjson", self._documents()),
            "audit": _ndjson(folder / "audit.ndjson", self.audit),
        }
        files["log"] = _csv(folder / "log.csv", self.csv_rows)
        orders = [self.order_json(o) for o in self.orders]
        (folder / "orders.json").write_text(
            json.dumps(orders, ensure_ascii=False, indent=1), "utf-8"
        )
        files["orders"] = folder / "orders.json"
        proxies = [self.proxy_json(p) for p in self.proxies]
        (folder / "proxies.json").write_text(
            json.dumps(proxies, ensure_ascii=False, indent=1), "utf-8"
        )
        files["proxies"] = folder / "proxies.json"
        (folder / "truth.json").write_text(json.dumps(self.truth(), ensure_ascii=False), "utf-8")
        files["truth"] = folder / "truth.json"
        return files

    def order_json(self, o: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in o.items() if not k.startswith("_")}
        out["from"] = self.day_date(o["from"]).isoformat()
        if "until" in o:
            out["until"] = None if o["until"] is None else self.day_date(o["until"]).isoformat()
        return out

    def proxy_json(self, p: dict[str, Any]) -> dict[str, Any]:
        out = dict(p)
        out["from"] = self.day_date(p["from"]).isoformat()
        if p.get("until") is not None:
            out["until"] = self.day_date(p["until"]).isoformat()
        else:
            out.pop("until", None)
        return out

    def truth(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "anchor": self.anchor.isoformat(),
            "notes": [
                {
                    "id": n.id,
                    "patient": n.patient,
                    "author": n.author,
                    "genre": n.genre,
                    "day": n.day,
                    "text": n.text,
                    "spans": [asdict(s) for s in n.spans],
                }
                for n in self.notes
            ],
            "views": [asdict(v) for v in self.views],
        }

    def _orgs(self) -> list[dict[str, Any]]:
        out = []
        for o in P.ORGS:
            r: dict[str, Any] = {
                "resourceType": "Organization",
                "id": o.id,
                "name": o.name,
                "active": True,
                "type": [{"text": o.type}],
            }
            ids = []
            if o.sor:
                ids.append({"system": P.SOR, "value": o.sor})
            if o.kommune:
                ids.append({"system": P.KOMMUNEKODE, "value": o.kommune})
            if ids:
                r["identifier"] = ids
            if o.part_of:
                r["partOf"] = {"reference": f"Organization/{o.part_of}"}
            out.append(r)
        return out

    def _staff(self, v2: bool) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for s in self.staff:
            if v2 and not (s.v2_names or s.v2_roles or s.v2_emails):
                continue
            names = (s.v2_names or s.names) if v2 else s.names
            emails = (s.v2_emails or s.emails) if v2 else s.emails
            roles = (s.v2_roles or s.roles) if v2 else s.roles
            pr: dict[str, Any] = {
                "resourceType": "Practitioner",
                "id": s.id,
                "active": True,
                "name": [_human(n) for n in names],
            }
            ids = [{"system": sys_, "value": v} for sys_, v in s.usernames]
            if s.auth:
                ids.append({"system": P.AUTH, "value": s.auth})
            if s.cpr:
                ids.append({"system": P.CPR, "value": s.cpr})
            if ids:
                pr["identifier"] = ids
            telecom = [{"system": "email", "value": e, "use": "work"} for e in emails]
            if telecom:
                pr["telecom"] = telecom
            if s.address:
                pr["address"] = [
                    {
                        "line": [s.address[0]],
                        "postalCode": s.address[1],
                        "city": s.address[2],
                        "country": "DK",
                    }
                ]
            out.append(pr)
            for r in roles:
                role: dict[str, Any] = {
                    "resourceType": "PractitionerRole",
                    "id": r.id,
                    "active": r.end is None,
                    "practitioner": {"reference": f"Practitioner/{s.id}"},
                    "organization": {"reference": f"Organization/{r.org}"},
                    "code": [{"text": r.title}],
                }
                if r.in_period and (r.start is not None or r.end is not None):
                    period = {}
                    if r.start is not None:
                        period["start"] = self.day_date(r.start).isoformat()
                    if r.end is not None:
                        period["end"] = self.day_date(r.end).isoformat()
                    role["period"] = period
                out.append(role)
        return out

    def _patients(self) -> list[dict[str, Any]]:
        out = []
        for c in self.citizens:
            p: dict[str, Any] = {
                "resourceType": "Patient",
                "id": c.id,
                "identifier": [{"system": P.CPR, "value": c.cpr}],
                "name": [{"use": "official", "family": c.family, "given": c.given.split()}],
                "gender": "male" if c.sex == "m" else "female",
                "address": [
                    {
                        "line": [c.address[0]],
                        "postalCode": c.address[1],
                        "city": c.address[2],
                        "country": "DK",
                    }
                ],
            }
            contacts = [r for r in c.relatives if r.as_contact]
            if contacts:
                p["contact"] = [
                    {
                        "relationship": [
                            {
                                "coding": [
                                    {
                                        "system": "http://terminology.hl7.org/CodeSystem/v2-0131",
                                        "code": "N",
                                    }
                                ],
                                "text": r.relationship,
                            }
                        ],
                        "name": {"family": r.family, "given": r.given.split()},
                    }
                    for r in contacts
                ]
            out.append(p)
        return out

    def _related(self) -> list[dict[str, Any]]:
        out = []
        for c in self.citizens:
            for r in c.relatives:
                if r.as_contact:
                    continue
                out.append(
                    {
                        "resourceType": "RelatedPerson",
                        "id": r.id,
                        "active": True,
                        "patient": {"reference": f"Patient/{c.id}"},
                        "relationship": [
                            {
                                "coding": [
                                    {
                                        "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                                        "code": r.code,
                                    }
                                ],
                                "text": r.relationship,
                            }
                        ],
                        "name": [{"family": r.family, "given": r.given.split()}],
                    }
                )
        return out

    def _documents(self) -> list[dict[str, Any]]:
        out = []
        for n in self.notes:
            when = self.at(n.day, n.minute // 60, n.minute % 60)
            out.append(
                {
                    "resourceType": "DocumentReference",
                    "id": n.id,
                    "status": "current",
                    "type": {"text": n.title},
                    "subject": {"reference": f"Patient/{n.patient}"},
                    "date": when.isoformat(),
                    "author": [{"reference": f"PractitionerRole/{n.role}"}],
                    "custodian": {"reference": f"Organization/{_custodian(n.org)}"},
                    "content": [
                        {
                            "attachment": {
                                "contentType": "text/plain; charset=utf-8",
                                "data": base64.b64encode(n.text.encode("utf-8")).decode("ascii"),
                            }
                        }
                    ],
                }
            )
        return out


def _custodian(org: str) -> str:
    return org


def _human(n: P.Name) -> dict[str, Any]:
    h: dict[str, Any] = {"use": n.use, "family": n.family, "given": list(n.given)}
    return h


def _in_force(o: dict[str, Any], when: datetime, anchor: date, revoked_at: datetime | None) -> bool:
    start = datetime.combine(anchor + timedelta(days=o["from"]), time(0), TZ)
    if "until" not in o:
        end = start + timedelta(days=90) if o["kind"] in ("patient", "staff") else None
    elif o["until"] is None:
        end = None
    else:
        end = datetime.combine(anchor + timedelta(days=o["until"]), time(0), TZ)
    if when < start or (end is not None and when >= end):
        return False
    return not (o.get("_revoke") and revoked_at is not None and when >= revoked_at)


def _ndjson(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


CSV_COLUMNS = [
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


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    import csv
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in CSV_COLUMNS})
    path.write_text(buf.getvalue(), "utf-8")
    return path


# --- building --------------------------------------------------------------------------------


def _filler_staff(rng: random.Random, taken: set[tuple[str, str]]) -> list[P.Staff]:
    out: list[P.Staff] = []
    n = 0
    for org, (count, titles) in P.FILLER_STAFF.items():
        for i in range(count):
            while True:
                female = rng.random() < 0.7
                given = rng.choice(P.GIVEN_F if female else P.GIVEN_M)
                if rng.random() < 0.15:
                    given += " " + rng.choice(P.GIVEN_F if female else P.GIVEN_M)
                family = rng.choice(P.FAMILY)
                if rng.random() < 0.08:
                    family = f"{family}-{rng.choice(P.FAMILY)}"
                if (given, family) not in taken and given.split()[0] != family:
                    taken.add((given, family))
                    break
            n += 1
            sid = f"ix-s-f{n:03d}"
            name = P._n(given, family)
            title = titles[i % len(titles)]
            ini = initials4(name).lower()
            kind = P.ORG[org].type if org in P.ORG else ""
            if org.startswith(("ix-svb",)):
                users = [(P.AD_KOMMUNE, f"SVBK\\{ini}{n % 10}")]
                mail = [f"{ini}{n % 10}@svendborg.dk"]
            elif org.startswith("ix-fmk"):
                users = [(P.AD_KOMMUNE, f"FMK\\{ini}")]
                mail = [f"{ini}@fmk.dk"]
            elif kind == "gp":
                users = [(P.LOCAL_USER, ini[:2] + str(n))]
                mail = []
            else:
                users = (
                    [(P.AD_REGION, f"RSYD\\{ini}")] if rng.random() < 0.7 else [(P.AD_REGION, ini)]
                )
                mail = [
                    f"{given.split()[0].lower()}.{family.lower()}@rsyd.dk".replace("æ", "ae")
                    .replace("ø", "oe")
                    .replace("å", "aa")
                ]
            start = -rng.randrange(600, 6000)
            s = P.Staff(
                sid,
                [name],
                [P.Role(f"ix-r-f{n:03d}", org, title, start)],
                users,
                rng.choice(
                    [
                        None,
                        f"{rng.randrange(10):d}{rng.choice('ABCDEFGHJK')}{rng.randrange(100):02d}{rng.choice('XYZQW')}",
                    ]
                ),
                mail,
                sig=initials4(name) if rng.random() < 0.5 else None,
                tags={"filler"},
            )
            out.append(s)
    return out


PROFILES = (
    ("ix-ouh-b", "ix-ouh-fam", "ix-ouh-kba", "ix-ouh-rad", "ix-gp-troense"),
    ("ix-ouh-m", "ix-ouh-kba", "ix-gp-ringe", "ix-fmk-hjp"),
    ("ix-svb-hjp", "ix-svb-hss", "ix-gp-troense", "ix-ouh-m"),
    ("ix-shs-med", "ix-gp-aab"),
    ("ix-rets-r3", "ix-rets-amb", "ix-ouh-fam", "ix-gp-troense"),
    ("ix-gp-ringe", "ix-fmk-akut", "ix-ouh-fam"),
)
REL_WORDS = (
    ("hustru", "WIFE"),
    ("ægtefælle", "HUSB"),
    ("datter", "DAU"),
    ("søn", "SON"),
    ("samlever", "DOMPART"),
    ("søster", "SIS"),
    ("nabo", "NBOR"),
)


def _filler_citizens(rng: random.Random, n: int) -> list[P.Citizen]:
    out = []
    for i in range(n):
        female = rng.random() < 0.55
        given = rng.choice(P.GIVEN_F if female else P.GIVEN_M)
        if rng.random() < 0.3:
            given += " " + rng.choice(P.GIVEN_F if female else P.GIVEN_M)
        family = rng.choice(P.FAMILY)
        cid = f"ix-p-f{i:04d}"
        rels = []
        for j in range(rng.choice([0, 1, 1, 2])):
            word, code = rng.choice(REL_WORDS)
            rf = rng.random() < 0.5
            rels.append(
                P.Relative(
                    f"{cid}-r{j}",
                    rng.choice(P.GIVEN_F + P.GIVEN_M),
                    family if word != "nabo" and rng.random() < 0.7 else rng.choice(P.FAMILY),
                    word,
                    code,
                    as_contact=rf,
                )
            )
        cpr = f"{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}{rng.randrange(30, 99):02d}{rng.randrange(1000, 9999)}"
        street = f"{rng.choice(P.STREETS)} {rng.randrange(1, 140)}"
        out.append(
            P.Citizen(
                cid,
                given,
                family,
                cpr,
                (street, *rng.choice(P.TOWNS)),
                "f" if female else "m",
                rng.choice(PROFILES),
                rels,
                notes=rng.randrange(5, 10),
                key=False,
            )
        )
    return out


def _author_pool(writer: Writer, org: str, day: int, kind: str) -> list[P.Staff]:
    here = writer.members(org, day)
    titles = {
        "dr": DOCTORS,
        "ns": NURSES,
        "sec": SECRETARIES,
        "svc": SERVICE | DOCTORS,
        "psy": {"Psykolog"},
        "any": None,
    }[kind]
    return [s for s in here if titles is None or s.role_at(day).title in titles]


def build(seed: int = 7, anchor: date | None = None, filler_citizens: int = 12) -> World:
    """The world for ``seed`` with notes dated relative to ``anchor`` (default: today)."""
    anchor = anchor or date.today()
    rng = random.Random(seed)
    staff = [*_copy(P.KEY_STAFF), *_copy(P.COLLIDING_STAFF)]
    taken = {(" ".join(n.given), n.family) for s in staff for n in s.all_names()}
    staff += _filler_staff(rng, taken)
    citizens = [*_copy(P.KEY_CITIZENS), *_filler_citizens(rng, filler_citizens)]
    cit_by_id = {c.id: c for c in citizens}
    writer = Writer(staff, cit_by_id, rng, anchor)
    notes: list[Note] = []

    def make(cit: P.Citizen, org: str, day: int, forced_author: P.Staff | None = None) -> None:
        kind = ORG_KIND[org]
        tpls = [t for t in TEMPLATES if kind in t.kinds]
        rng.shuffle(tpls)
        for tpl in tpls:
            pool = [forced_author] if forced_author else _author_pool(writer, org, day, tpl.author)
            if (
                forced_author
                and tpl.author not in ("any",)
                and forced_author not in _author_pool(writer, org, day, tpl.author)
            ):
                continue
            if not pool:
                continue
            w = [5.0 if s.id in cit.featured else 1.0 for s in pool]
            author = rng.choices(pool, w)[0]
            role = author.role_at(day)
            note = Note(
                f"ix-doc-{cit.id[5:]}-{len(notes):05d}",
                cit.id,
                org,
                author.id,
                role.id,
                day,
                rng.randrange(7 * 60, 22 * 60),
                "",
            )
            writer.fill(tpl, note, cit, author)
            notes.append(note)
            return

    for cit in citizens:
        for _ in range(cit.notes):
            day = -rng.randrange(1, 540)
            org = rng.choice(cit.orgs)
            make(cit, org, day)
    # people whose initials are learned from their sign-offs write a few notes of their own
    for s in staff:
        if not s.sig_learned:
            continue
        for _ in range(3):
            day = -rng.randrange(130, 540)
            role = s.role_at(day)
            cits = [c for c in citizens if role.org in c.orgs] or citizens
            make(rng.choice(cits), role.org, day, forced_author=s)

    relations = _relations(citizens, anchor)
    audit, rows = _logs(rng, staff, citizens, anchor)
    orders = orders_spec()
    world = World(
        seed,
        anchor,
        staff,
        citizens,
        notes,
        orders,
        [dict(p) for p in PROXIES],
        audit,
        rows,
        relations,
    )
    return world


def add_views(world: World, revoked_at: datetime | None, filler_views: int | None = None) -> None:
    """The views to score, with the truth of who is hidden in each."""
    world.views = []
    for patient, viewer, day in KEY_VIEWS:
        v = View(patient, viewer, day, "cli")
        v.hidden = world.hidden(patient, viewer, world.at(day), revoked_at)
        world.views.append(v)
    fillers = [c for c in world.citizens if not c.key]
    for i, c in enumerate(fillers[: filler_views if filler_views is not None else len(fillers)]):
        day = -300 if i % 3 == 0 else 1
        v = View(c.id, c.id, day, "cli")
        v.hidden = world.hidden(c.id, c.id, world.at(day), revoked_at)
        world.views.append(v)
    now = datetime.now(TZ)
    for patient, viewer in API_VIEWS:
        v = View(patient, viewer, None, "api")
        v.hidden = world.hidden(patient, viewer, now, revoked_at)
        world.views.append(v)


def _copy(items):  # type: ignore[no-untyped-def]
    import copy

    return [copy.deepcopy(x) for x in items]


def _relations(citizens: list[P.Citizen], anchor: date) -> list[dict[str, Any]]:
    out = []
    for c in citizens:
        for i, org in enumerate(c.orgs):
            start = anchor - timedelta(days=600)
            out.append(
                {
                    "resourceType": "EpisodeOfCare",
                    "id": f"ix-ep-{c.id[5:]}-{i}",
                    "status": "active",
                    "patient": {"reference": f"Patient/{c.id}"},
                    "managingOrganization": {"reference": f"Organization/{org}"},
                    "period": {"start": start.isoformat()},
                    "type": [{"text": "Forløb"}],
                }
            )
    return out


def _logs(
    rng: random.Random, staff: list[P.Staff], citizens: list[P.Citizen], anchor: date
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """A few access-log entries per citizen by the staff of their places (names in the log)."""
    by_org: dict[str, list[P.Staff]] = {}
    for s in staff:
        for r in s.all_roles():
            by_org.setdefault(r.org, []).append(s)
    events: list[dict[str, Any]] = []
    rows: list[dict[str, str]] = []
    sor = {o.id: o.sor for o in P.ORGS}
    for c in citizens:
        n = 12 if c.key else 4
        for k in range(n):
            org = rng.choice(c.orgs)
            feat = [s for s in by_org.get(org, []) if s.id in c.featured]
            pool = feat if feat and rng.random() < 0.6 else by_org.get(org, [])
            if not pool:
                continue
            s = rng.choice(pool)
            day = -rng.randrange(1, 400)
            when = datetime.combine(
                anchor + timedelta(days=day), time(rng.randrange(7, 17), rng.randrange(60)), TZ
            )
            role = s.role_at(day)
            system = "Omsorgsjournal Nexus" if ORG_KIND.get(org) == "homecare" else "EPJ Syd"
            if k % 3 == 2:
                user = s.usernames[0][1] if s.usernames else (s.auth or s.id)
                row = {
                    "regKode": f"ix-ml-{c.id[5:]}-{k}",
                    "cprNrBorger": c.cpr,
                    "bruger": user,
                    "orgUsingID": f"SOR:{sor[org]}" if sor.get(org) else org,
                    "systemName": system,
                    "handling": rng.choice(
                        ["Opslag på medicinkort", "Læst journalnotat", "Åbnet plejeplan"]
                    ),
                    "sessionId": f"s{rng.randrange(10**6)}",
                    "tidspunkt": when.isoformat(),
                    "formaal": "TREAT",
                }
                if role.title in SECRETARIES:
                    docs = [d for d in by_org.get(org, []) if d.role_at(day).title in DOCTORS]
                    if docs:
                        row["ansvarlig"] = rng.choice(docs).auth or rng.choice(docs).id
                rows.append(row)
                continue
            events.append(
                {
                    "resourceType": "AuditEvent",
                    "id": f"ix-ae-{c.id[5:]}-{k}",
                    "type": {
                        "system": "http://dicom.nema.org/resources/ontology/DCM",
                        "code": "110110",
                        "display": "Patient Record",
                    },
                    "action": "R",
                    "recorded": when.isoformat(),
                    "outcome": "0",
                    "agent": [
                        {"who": {"reference": f"PractitionerRole/{role.id}"}, "requestor": True},
                        {"who": {"reference": f"Organization/{org}"}, "requestor": False},
                    ],
                    "source": {
                        "observer": {
                            "reference": "Organization/ix-sys-region"
                            if system == "EPJ Syd"
                            else "Organization/ix-sys-kommune",
                            "display": system,
                        }
                    },
                    "entity": [{"what": {"reference": f"Patient/{c.id}"}}],
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
    return events, rows
