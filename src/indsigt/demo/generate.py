"""Synthetic Danish health data: organisations, staff, citizens, treatment relations, notes
and access logs, with ground truth for the evaluation harnesses.

Everything is made up. CPR numbers use the substitute-CPR convention (day of month + 60), so
none of them can be a real person's. The generator streams: it keeps the organisations, the
staff roster and one citizen at a time in memory, never the log, and writes plain dicts with
``orjson`` in the hot path. The same seed and parameters give byte-identical files.

Files written to ``out_dir`` (see ``generate``):

- ``organizations.ndjson``, ``staff.ndjson``, ``patients.ndjson``, ``relations.ndjson``,
  ``documents.ndjson``, ``audit.ndjson``: FHIR R4 NDJSON (contract 1.1 and 1.2)
- ``log.csv``: MinLog CSV (contract 1.2); every log entry is in exactly one of the two
- ``ground_truth.csv``: ``entry_id,patient,label,relation`` for every log entry
- ``mentions.ndjson``: ``{"document", "start", "end", "staff_id", "form"}`` name spans in the
  decoded document texts (Python string offsets)
- ``orders.json``, ``proxies.json``: protection orders and powers of attorney (sections 2, 3)
- ``scenario.json``: the demo personas with a Danish description of each
"""

from __future__ import annotations

import argparse
import base64
import math
import sys
import time
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from random import Random
from typing import Any

import orjson

from indsigt.demo import names_data as nd
from indsigt.demo.notes import NOTE_TITLES, render_note
from indsigt.ingest.csvlog import COLUMNS as CSV_LOG_COLUMNS
from indsigt.timeutil import TZ

__all__ = ["CSV_COLUMNS", "DEFAULT_PARAMS", "GROUND_TRUTH_COLUMNS", "LABELS", "generate", "main"]

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

SOR_SYSTEM = "urn:oid:1.2.208.176.1.1"
CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
KOMMUNEKODE_SYSTEM = "urn:dk:kommunekode"
AUTH_SYSTEM = "https://autregweb.sst.dk"
USERNAME_SYSTEM = "urn:indsigt:username"
DCM = "http://dicom.nema.org/resources/ontology/DCM"
ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

CSV_COLUMNS = list(CSV_LOG_COLUMNS)  # the contract's MinLog columns, as the importer reads them
GROUND_TRUTH_COLUMNS = ["entry_id", "patient", "label", "relation"]
LABELS = (
    "legit_episode",
    "legit_encounter",
    "legit_appointment",
    "legit_referral",
    "legit_document",
    "legit_homecare",
    "legit_service_dept",
    "system",
    "misuse_relative",
    "misuse_coworker",
    "misuse_curiosity",
    "misuse_self",
    "misuse_override",
)

# ground-truth labels used in the flows
_ENC = "legit_encounter"
_APT = "legit_appointment"
_REF = "legit_referral"
_EPI = "legit_episode"
_HC = "legit_homecare"
_SVC = "legit_service_dept"
_SYS = "system"

DEFAULT_PARAMS: dict[str, Any] = {
    "regions": 2,  # 1 = Region Nordjylland only, 2 = also Region Syddanmark
    "gp_visits": 2.2,  # mean GP contacts per citizen per 180 days (grows with age)
    "hospital_share": 0.4,  # chance of a hospital course per 180 days (grows with age)
    "homecare_visits": 2.8,  # mean home-care visits a day for a home-care citizen
    "homecare_team": (20, 40),  # home-care staff seen by one citizen
    "ward_accesses": (8, 18),  # accesses per admission day
    "csv_municipality_share": 0.5,  # municipalities whose care system logs as MinLog CSV
    "gp_csv_share": 0.7,  # GP clinics whose system logs as MinLog CSV
    "external_share": 0.03,  # accesses by temps who are not in the staff roster
    "etreat_share": 0.08,  # emergency purpose on accesses in the emergency department
    "legit_btg_share": 0.01,  # legitimate break-glass in the emergency department
    "high_volume_users": 2,  # snoopers who look up many unrelated citizens on one day
    "high_volume_citizens": (30, 90),
    "staff_cpr_share": 0.3,  # staff whose Practitioner carries their CPR number
    "staff_patient_cap": 0.12,  # at most this share of the citizens are staff
    "relative_share": 0.08,  # staff with a relative (same surname and address) as citizen
    "misuse_mix": {
        "relative": 0.2,
        "coworker": 0.2,
        "self": 0.1,
        "curiosity": 0.35,
        "override": 0.15,
    },
}

_TYPE = {"system": DCM, "code": "110110", "display": "Patient Record"}
_APP_TYPE = {"coding": [{"system": DCM, "code": "110150", "display": "Application"}]}
_PURPOSE = {
    code: [{"coding": [{"system": ACT_REASON, "code": code, "display": disp}]}]
    for code, disp in (
        ("TREAT", "treatment"),
        ("ETREAT", "emergency treatment"),
        ("BTG", "break the glass"),
    )
}
_CAT_ENTITY = {cat: {"description": cat} for _, cat in nd.HANDLING}
_DUMPS = orjson.dumps
_NL = orjson.OPT_APPEND_NEWLINE
_DAY = 86400
_HOUR = 3600


def _hours(text: str) -> list[float]:
    weights = [float(x) for x in text.split()]
    assert len(weights) == 24
    return weights


# Hourly weights (00-23) for the time of day of accesses.
_PROFILES: dict[str, list[float]] = {
    "office": _hours("0 0 0 0 0 0 0.1 1 6 8 8 7 5 7 7 5 2 1 0.4 0.2 0.1 0 0 0"),
    "gp": _hours("0 0 0 0 0 0 0 0.5 6 8 8 7 4 7 6 3 0.5 0 0 0 0 0 0 0"),
    "ward": _hours("1.2 0.8 0.6 0.5 0.5 0.8 2 5 7 7 7 6 5 6 6 5 4 3 3 3 3 2.5 2.5 1.5"),
    "acute": _hours("1.5 1.2 1 1 1 1.2 1.5 2.5 3 3 3.5 4 4 4 4 4 4 4.5 4 4 3.5 3 2.5 2"),
    "batch": _hours("0 3 5 5 3 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"),
    "integration": _hours("1 1 1 1 1 1 2 4 8 9 9 8 6 8 8 6 4 3 2 2 2 1 1 1"),
    "snoop": _hours("0.3 0.2 0.1 0.1 0.1 0.1 0.3 1 3 3 3 3 4 3 3 3 3 3 3 3 3 2 1 0.6"),
}
# Home-care visit windows (minute of day from, to) in order of priority; the first two
# are the visits where medicine is given.
_VISIT_SLOTS = [(420, 600), (1080, 1290), (690, 780), (870, 990), (1320, 1410), (60, 240)]
_WARD_CATS = ["Journalnotat", "Medicinkort", "Laboratoriesvar", "Overblik", "Billeddiagnostik"]
_WARD_CUM = list(accumulate([0.45, 0.2, 0.15, 0.15, 0.05]))
_SNOOP_CATS = ("Journalnotat", "Medicinkort", "Laboratoriesvar", "Overblik", "Stamdata")


# --------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Sys:
    """A logging system: where an entry goes (AuditEvent or MinLog CSV) and how it looks."""

    name: str
    observer: _Org
    csv: bool
    form: int = 0  # MinLog "bruger": 0 Practitioner id, 1 authorisation id, 2 user name, 3 CPR
    orgform: int = 0  # MinLog "orgUsingID": 0 Organization id, 1 "SOR:<code>"
    source: dict[str, Any] = field(default_factory=dict)
    csv_name: str = ""


@dataclass(slots=True, eq=False)
class _Org:
    id: str
    name: str
    kind: str
    sor: str
    parent: _Org | None
    region: str
    city: str = ""
    postal: str = ""
    alias: str = ""
    kommunekode: str = ""
    dept: str = ""
    hospital: _Org | None = None
    roles: list[_Actor] = field(default_factory=list)
    externals: list[_Actor] = field(default_factory=list)
    depts: dict[str, _Org] = field(default_factory=dict)
    system: _Sys | None = None


@dataclass(slots=True, eq=False)
class _Muni:
    name: str
    code: str
    region: str
    hospital_key: str
    weight: float
    postals: list[tuple[str, str]]
    org: _Org | None = None
    hospital: _Org | None = None
    units: list[_Org] = field(default_factory=list)
    clinics: list[_Org] = field(default_factory=list)
    system: _Sys | None = None
    integration: _Actor | None = None


@dataclass(slots=True, eq=False)
class _Staff:
    id: str
    sex: str
    given: list[str]
    family: str
    title: str
    birth: date
    line: str
    postal: str
    city: str
    prefix: str = ""
    initials: str = ""
    username: str = ""
    auth: str = ""
    email: str = ""
    cpr: str = ""
    tag: str = ""
    roles: list[_Actor] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class _Actor:
    """Who an entry is logged for: a PractitionerRole, a temp, or a system."""

    id: str
    kind: str  # "role" | "ext" | "sys"
    org: _Org
    title: str
    staff: _Staff | None
    agent: list[dict[str, Any]]
    brugers: tuple[str, ...]  # MinLog "bruger" in the four forms of _Sys.form (CSV-quoted)
    display: str  # MinLog "brugerNavn" (CSV-quoted), empty for staff in the roster
    org_using: tuple[str, str]  # MinLog "orgUsingID" in the two forms of _Sys.orgform
    note: _NoteStaff | None = None  # cached view for render_note


@dataclass(slots=True, eq=False)
class _Citizen:
    idx: int
    id: str
    cpr: str
    sex: str
    given: list[str]
    family: str
    birth: date
    line: str
    postal: str
    city: str
    muni: _Muni
    gp: _Org
    heavy: bool
    link: tuple[str, _Staff] | None
    age: int = 0
    ent0: dict[str, Any] = field(default_factory=dict)
    ent1: list[dict[str, Any]] = field(default_factory=list)
    related: set[str] = field(default_factory=set)
    stays: list[tuple[int, int]] = field(default_factory=list)  # admissions (from, to)

    def __post_init__(self) -> None:
        self.ent0 = {"what": {"reference": f"Patient/{self.id}"}}
        self.ent1 = [self.ent0]


class _NoteStaff:
    """The view of a staff member that ``notes.render_note`` needs."""

    __slots__ = ("email", "family", "given", "id", "initials", "title", "username")

    def __init__(self, actor: _Actor) -> None:
        st = actor.staff
        assert st is not None
        self.id = st.id
        self.given = st.given
        self.family = st.family
        self.title = actor.title
        self.initials = st.initials
        self.username = st.username
        self.email = st.email

    @staticmethod
    def of(actor: _Actor) -> _NoteStaff:
        if actor.note is None:
            actor.note = _NoteStaff(actor)
        return actor.note


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff(num: str) -> str:
    """Verhoeff check digit, as used by SNOMED CT-style SOR identifiers."""
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ö": "oe", "ü": "ue", "é": "e"})
_FOLD1 = str.maketrans({"Æ": "A", "Ø": "O", "Å": "A", "Ö": "O", "Ü": "U", "É": "E"})


def _ascii(s: str) -> str:
    return s.lower().translate(_FOLD)


def _tod_table(weights: list[float], size: int = 4096) -> list[int]:
    """Quantile table of minute-of-day for hourly weights."""
    cum = list(accumulate(weights[m // 60] for m in range(1440)))
    return [min(1439, bisect(cum, (i + 0.5) / size * cum[-1])) for i in range(size)]


def _poisson(rng: Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _picker(rng: Random, items: list[tuple[str, float]]) -> Callable[[], str]:
    names = [n for n, _ in items]
    cum = list(accumulate(w for _, w in items))
    rnd, total = rng.random, cum[-1]
    return lambda: names[bisect(cum, rnd() * total)]


def _q(value: str) -> str:
    """A CSV field, quoted when it has to be."""
    if any(ch in value for ch in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


_HANDLING_CSV = {k: _q(v) for k, v in nd.HANDLING.items()}


def _full(given: list[str], family: str) -> str:
    return " ".join([*given, family])


class _Writer:
    """Owns the streamed output files; writes each log entry to exactly one of
    audit.ndjson / log.csv and always to ground_truth.csv."""

    NDJSON = (
        "patients.ndjson",
        "relations.ndjson",
        "documents.ndjson",
        "mentions.ndjson",
        "audit.ndjson",
    )

    def __init__(self, out: Path, fmt: Callable[[int], str], end: int) -> None:
        buf = 1 << 20
        self.files = {name: open(out / name, "wb", buffering=buf) for name in self.NDJSON}  # noqa: SIM115
        self.csv_f = open(out / "log.csv", "w", encoding="utf-8", newline="", buffering=buf)  # noqa: SIM115
        self.gt_f = open(out / "ground_truth.csv", "w", encoding="utf-8", newline="", buffering=buf)  # noqa: SIM115
        self.csv_write = self.csv_f.write
        self.gt_write = self.gt_f.write
        self.csv_write(",".join(CSV_COLUMNS) + "\n")
        self.gt_write(",".join(GROUND_TRUTH_COLUMNS) + "\n")
        self.audit_write = self.files["audit.ndjson"].write
        self.fmt = fmt
        self.end = end
        self.n = 0
        self.n_csv = 0
        self.n_session = 0
        self.labels: dict[str, int] = dict.fromkeys(LABELS, 0)
        self.resources: dict[str, int] = {}

    def session(self) -> str:
        self.n_session += 1
        return f"S{self.n_session:08X}"

    def entry(
        self,
        actor: _Actor,
        system: _Sys,
        cit: _Citizen,
        t: int,
        action: str,
        cat: str,
        label: str,
        rel: str,
        doc: str | None = None,
        purpose: str = "TREAT",
        session: str | None = None,
        ansvarlig: _Actor | None = None,
    ) -> None:
        """One log entry at local second ``t`` of the period (dropped outside the period)."""
        if t < 0 or t >= self.end:
            return
        self.n += 1
        ts = self.fmt(t)
        if system.csv:
            eid = f"ml{self.n:09d}"
            form = system.form
            self.n_csv += 1
            if session is None:
                session = self.session()
            ansv = "" if ansvarlig is None else ansvarlig.brugers[form]
            # every field is CSV-safe: ids, or quoted by _q when the actor/system was made
            self.csv_write(
                f"{eid},{cit.cpr},{actor.brugers[form]},{ansv},{actor.org_using[system.orgform]},"
                f"{system.csv_name},{_HANDLING_CSV[action, cat]},{session},{ts},"
                f"{actor.display},{purpose}\n"
            )
        else:
            eid = f"ae{self.n:09d}"
            if doc is not None:
                what = {"reference": "DocumentReference/" + doc}
                ent = [cit.ent0, {"what": what, "description": cat}]
            elif cat:
                ent = [cit.ent0, _CAT_ENTITY[cat]]
            else:
                ent = cit.ent1
            obj = {
                "resourceType": "AuditEvent",
                "id": eid,
                "type": _TYPE,
                "action": action,
                "recorded": ts,
                "outcome": "0",
                "purposeOfEvent": _PURPOSE[purpose],
                "agent": actor.agent,
                "source": system.source,
                "entity": ent,
            }
            self.audit_write(_DUMPS(obj, option=_NL))
        self.gt_write(f"{eid},{cit.id},{label},{rel}\n")
        self.labels[label] += 1

    def resource(self, name: str, obj: dict[str, Any]) -> None:
        rt = obj["resourceType"]
        self.resources[rt] = self.resources.get(rt, 0) + 1
        self.files[name].write(_DUMPS(obj, option=_NL))

    def close(self) -> None:
        for f in self.files.values():
            f.close()
        self.csv_f.close()
        self.gt_f.close()


# --------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------

_PERSONAS = 8  # citizens 0..7 are the demo personas

# Named staff who make the demo and the name-matcher tests interesting. They work at
# Aalborg Universitetshospital or in the first home-care unit of Aalborg.
_PRESETS: dict[str, list[tuple[str, str, list[str], str, str]]] = {
    "psyk": [
        ("Overlæge", "male", ["Hans"], "Skov", "hidden1"),
        ("Psykolog", "female", ["Åse"], "Østergård", "hidden2"),
        ("Sygeplejerske", "male", ["Bo"], "Frost", "hidden3"),
    ],
    "kard": [
        ("Sygeplejerske", "female", ["Mette", "Louise"], "Holm", "coworker_victim"),
        ("Overlæge", "male", ["Per"], "Rask", "coworker_snooper"),
    ],
    "akut": [
        ("Læge", "male", ["Søren"], "Kjærgaard", "relative_snooper"),
        ("Sygeplejerske", "male", ["Jens"], "Sand", ""),
    ],
    "orto": [
        ("Læge", "female", ["Lise"], "Holm-Jensen", "self_lookup"),
        ("Sygeplejerske", "female", ["Gitte"], "Vestergaard", "curious"),
    ],
    "med": [
        ("Sygeplejerske", "female", ["Karen"], "Lund Sørensen", ""),
        ("Overlæge", "female", ["Anne"], "Storm", ""),
    ],
    "retspsyk": [("Sygeplejerske", "female", ["Hanne"], "Dahl", "")],
    "homecare": [
        ("Social- og sundhedsassistent", "female", ["Birthe"], "Dam", ""),
        ("Social- og sundhedshjælper", "female", ["Sol"], "Bak", ""),
        ("Sygeplejerske", "male", ["Storm"], "Bach", ""),
    ],
    "it": [
        ("Systemadministrator", "female", ["Rikke"], "Toft", "admin"),
        ("Logkontrollant", "male", ["Troels"], "Winther", "auditor"),
    ],
}
_FEMALE_SHARE = {
    "Sygeplejerske": 0.9,
    "Social- og sundhedsassistent": 0.85,
    "Social- og sundhedshjælper": 0.85,
    "Jordemoder": 0.98,
    "Lægesekretær": 0.95,
    "Bioanalytiker": 0.85,
    "Ergoterapeut": 0.85,
    "Fysioterapeut": 0.65,
    "Psykolog": 0.75,
    "Radiograf": 0.6,
    "Læge": 0.55,
    "Overlæge": 0.45,
    "Praktiserende læge": 0.5,
}
_WARD_KEYS = ("akut", "med", "kard", "orto", "psyk", "gyn")
_OUTPATIENT_TITLES = nd.DOCTORS | {"Psykolog", "Jordemoder", "Sygeplejerske"}


class _Generator:
    def __init__(
        self,
        out: Path,
        citizens: int,
        seed: int,
        start: date,
        days: int,
        heavy_share: float,
        misuse_share: float,
        params: dict[str, Any],
    ) -> None:
        self.out = out
        self.n_citizens = citizens
        self.seed = seed
        self.rng = rng = Random(seed)
        self.start = start
        self.days = days
        self.end = days * _DAY
        self.heavy_share = heavy_share
        self.misuse_share = misuse_share
        self.p = params
        self.scale_days = days / 180
        self._init_time()
        self.orgs: list[_Org] = []
        self.staff: list[_Staff] = []
        self.actors: list[_Actor] = []
        self.sor_seen: set[str] = set()
        self.cpr_seen: set[str] = set()
        self.auth_seen: set[str] = set()
        self.user_seen: set[str] = set()
        self.email_seen: set[str] = set()
        self.initials_seen: dict[str, set[str]] = {}
        self.tagged: dict[str, _Staff] = {}
        self.counters: dict[str, int] = {}
        self.n_ext = 0
        self.n_mentions = 0
        self.pick_male = _picker(rng, nd.GIVEN_MALE)
        self.pick_female = _picker(rng, nd.GIVEN_FEMALE)
        self.pick_male_o = _picker(rng, nd.GIVEN_MALE_OTHER)
        self.pick_female_o = _picker(rng, nd.GIVEN_FEMALE_OTHER)
        self.pick_family = _picker(rng, nd.FAMILY)
        self.pick_family_o = _picker(rng, nd.FAMILY_OTHER)
        self.persona_family: dict[int, str] = {}
        self.persona_addr: dict[int, tuple[str, str, str]] = {}
        self.threat_day = days // 2
        self.hidden_staff: list[str] = []

    # ---------------------------------------------------------------- time
    def _init_time(self) -> None:
        """Per-day date strings and UTC offsets; days with a DST change take a slow path."""
        self.daystr: list[str] = []
        self.offset: list[str | None] = []
        self.weekday: list[int] = []
        for d in range(self.days):
            day = self.start + timedelta(days=d)
            a = datetime(day.year, day.month, day.day, 0, 0, tzinfo=TZ).utcoffset()
            b = datetime(day.year, day.month, day.day, 23, 59, tzinfo=TZ).utcoffset()
            self.daystr.append(day.isoformat() + "T")
            self.weekday.append(day.weekday())
            if a is not None and a == b:
                m = int(a.total_seconds() // 60)
                self.offset.append(f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}:{abs(m) % 60:02d}")
            else:
                self.offset.append(None)
        self.hms = [
            f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)
        ]
        self.tables = {k: _tod_table(v) for k, v in _PROFILES.items()}

    def fmt(self, t: int) -> str:
        """ISO 8601 local time with offset for second ``t`` of the period."""
        d, s = divmod(t, _DAY)
        off = self.offset[d]
        if off is not None:
            return self.daystr[d] + self.hms[s] + off
        day = self.start + timedelta(days=d)
        local = datetime(day.year, day.month, day.day) + timedelta(seconds=s)
        return local.replace(tzinfo=TZ).astimezone(UTC).astimezone(TZ).isoformat()

    def fmt_any(self, t: int) -> str:
        """Like ``fmt``; a date alone for times outside the period."""
        if 0 <= t < self.end:
            return self.fmt(t)
        return (self.start + timedelta(days=t // _DAY)).isoformat()

    def tod(self, profile: str) -> int:
        rnd = self.rng.random
        return self.tables[profile][int(rnd() * 4096)] * 60 + int(rnd() * 60)

    def weekday_from(self, d: int) -> int:
        while 0 <= d < self.days and self.weekday[d] >= 5:
            d += 1
        return d

    def next_id(self, prefix: str) -> str:
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{prefix}{n:07d}"

    def _pick(self, seq: list[Any]) -> Any:
        return seq[int(self.rng.random() * len(seq))]

    # ---------------------------------------------------------------- people
    def _name(self, sex: str, other_share: float = 0.08) -> tuple[list[str], str]:
        rng = self.rng
        other = rng.random() < other_share
        if sex == "male":
            given = [self.pick_male_o() if other else self.pick_male()]
            if not other and rng.random() < 0.2:
                given.append(rng.choice(nd.MIDDLE_MALE))
        else:
            given = [self.pick_female_o() if other else self.pick_female()]
            if not other and rng.random() < 0.28:
                given.append(rng.choice(nd.MIDDLE_FEMALE))
        if len(given) > 1 and given[1] == given[0]:
            given.pop()
        if other:
            return given, self.pick_family_o()
        family = self.pick_family()
        r = rng.random()
        if r < 0.12:
            second = self.pick_family()
            if second != family:
                family = f"{family} {second}" if r < 0.08 else f"{family}-{second}"
        return given, family

    def _address(self, muni: _Muni) -> tuple[str, str, str]:
        rng = self.rng
        postal, city = rng.choice(muni.postals)
        line = f"{rng.choice(nd.STREETS)} {rng.randint(1, 140)}"
        if muni.weight > 50 and rng.random() < 0.35:
            line += f", {rng.randint(1, 5)}. {rng.choice(('tv.', 'th.', 'mf.'))}"
        return line, postal, city

    def _cpr(self, birth: date, sex: str) -> str:
        """A substitute CPR number: DD+60 MM YY and four digits (odd last digit = male)."""
        rng = self.rng
        while True:
            first = rng.randint(0, 3) if birth.year < 2000 else rng.randint(4, 9)
            last = rng.randrange(1, 10, 2) if sex == "male" else rng.randrange(0, 10, 2)
            dd, mm, yy = birth.day + 60, birth.month, birth.year % 100
            cpr = f"{dd:02d}{mm:02d}{yy:02d}{first}{rng.randint(0, 99):02d}{last}"
            if cpr not in self.cpr_seen:
                self.cpr_seen.add(cpr)
                return cpr

    def _birth(self, age: int) -> date:
        return date(self.start.year - age - 1, 1, 1) + timedelta(days=self.rng.randrange(365))

    # ---------------------------------------------------------------- organisations
    def _org(self, name: str, kind: str, parent: _Org | None, region: str, **kw: Any) -> _Org:
        while True:
            base = f"{self.rng.randrange(1_000_000, 9_999_999)}1000016"
            sor = base + _verhoeff(base)
            if sor not in self.sor_seen:
                self.sor_seen.add(sor)
                break
        oid = f"o{len(self.orgs) + 1:05d}"
        org = _Org(id=oid, name=name, kind=kind, sor=sor, parent=parent, region=region, **kw)
        self.orgs.append(org)
        return org

    @staticmethod
    def _system(name: str, observer: _Org, csv_: bool, form: int = 0, orgform: int = 0) -> _Sys:
        src = {"observer": {"reference": f"Organization/{observer.id}", "display": name}}
        return _Sys(name, observer, csv_, form, orgform, src, _q(name))

    @staticmethod
    def _sys_actor(ident: str, display: str, org: _Org) -> _Actor:
        who = {"identifier": {"value": ident}, "display": display}
        agent = [{"type": _APP_TYPE, "who": who, "requestor": True}]
        ids = (_q(ident),) * 4
        org_using = (org.id, f"SOR:{org.sor}")
        return _Actor("", "sys", org, "", None, agent, ids, _q(display), org_using)

    def build_world(self) -> None:
        rng, p, n = self.rng, self.p, self.n_citizens
        regions = list(nd.REGIONS)[: max(1, min(2, int(p["regions"])))]
        all_munis = [m for m in nd.MUNICIPALITIES if m[2] in regions]
        n_muni = min(len(all_munis), max(3, math.ceil(n / 400)))
        self.munis = [_Muni(*m) for m in all_munis[:n_muni]]
        total_w = sum(m.weight for m in self.munis)
        self.muni_cum = list(accumulate(m.weight for m in self.munis))
        self.postal_muni = {pc: m for m in self.munis for pc, _ in m.postals}

        # regions, their IT organisations and the national services
        self.region_it: dict[str, _Org] = {}
        region_org: dict[str, _Org] = {}
        self.ehr: dict[str, _Sys] = {}
        self.cpr_batch: dict[str, _Actor] = {}
        self.medcom: dict[str, _Actor] = {}
        lab_sys: dict[str, _Sys] = {}
        rad_sys: dict[str, _Sys] = {}
        for r in regions:
            rname, _, _, ehr = nd.REGIONS[r]
            reg = self._org(rname, "region", None, r)
            it = self._org(f"{rname}, IT og Digitalisering", "system", reg, r)
            region_org[r], self.region_it[r] = reg, it
            self.ehr[r] = self._system(ehr, it, False)
            lab_sys[r] = self._system("LABKA II", it, False)
            rad_sys[r] = self._system("RIS/PACS", it, False)
            key = r.lower()
            self.cpr_batch[r] = self._sys_actor(
                f"cpr-replikering-{key}", "CPR-replikering (batchjob)", it
            )
            self.medcom[r] = self._sys_actor(f"medcom-{key}", "MedCom-integration", it)
        sds = self._org("Sundhedsdatastyrelsen", "system", None, "")
        sdk = self._org("Sundhed.dk", "system", None, "")
        self.fmk = self._system("FMK", sds, False)
        self.sundhed_dk = self._system("Sundhed.dk", sdk, False)
        self.fmk_int = self._sys_actor("fmk-integration", "FMK-integration", sds)
        self.ejournal = self._sys_actor("ejournal-indeksering", "E-journal-indeksering", sdk)

        # hospitals with their departments
        self.hospitals: dict[str, _Org] = {}
        share: dict[str, float] = {}
        for m in self.munis:
            share[m.hospital_key] = share.get(m.hospital_key, 0) + m.weight / total_w
        for key, sh in share.items():
            hname, r, city, univ = nd.HOSPITALS[key]
            h = self._org(hname, "hospital", region_org[r], r, city=city)
            self.hospitals[key] = h
            for dkey, (dname, titles, base, minimum) in nd.DEPARTMENTS.items():
                if dkey == "retspsyk" and not univ:
                    continue
                alias = f"{dname}, {hname}"
                dept = self._org(
                    dname, "department", h, r, city=city, dept=dkey, hospital=h, alias=alias
                )
                h.depts[dkey] = dept
                dept.system = {"lab": lab_sys[r], "rad": rad_sys[r]}.get(dkey, self.ehr[r])
                size = max(minimum, round(base * n * sh / 12000))
                self._staff_for(dept, titles, size, _PRESETS.get(dkey, []) if key == "AAUH" else [])
                if dkey in _WARD_KEYS:
                    self._externals(dept, rng.randint(1, 2))
        for m in self.munis:
            m.hospital = self.hospitals[m.hospital_key]
        # forensic psychiatry: at the region's university hospital (or the other region's)
        self.forensic: dict[str, _Org] = {}
        for h in self.hospitals.values():
            if "retspsyk" in h.depts:
                self.forensic.setdefault(h.region, h.depts["retspsyk"])
        for r in regions:
            self.forensic.setdefault(r, next(iter(self.forensic.values())))

        # municipalities, their care systems and home-care units
        for i, m in enumerate(self.munis):
            postal, city = m.postals[0]
            mname = f"{m.name} Kommune"
            m.org = self._org(
                mname, "municipality", None, m.region, city=city, postal=postal, kommunekode=m.code
            )
            # the first municipality logs as AuditEvent, the second as MinLog CSV, then mixed
            use_csv = i == 1 or (i > 1 and rng.random() < p["csv_municipality_share"])
            sysname = nd.MUNICIPAL_SYSTEMS[1 if use_csv else 0]
            m.system = self._system(sysname, m.org, use_csv, rng.randrange(4), rng.randrange(2))
            ident = f"{sysname.lower()}-integration-{m.code}"
            m.integration = self._sys_actor(ident, f"{sysname}-integration", m.org)
            expected = n * self.heavy_share * m.weight / total_w
            n_units = max(2 if i == 0 else 1, round(expected / 40))
            for u in range(n_units):
                district = nd.HOMECARE_DISTRICTS[u] if u < 6 else f"Distrikt {u + 1}"
                name = (
                    f"Hjemmeplejen {m.name} {district}" if n_units > 1 else f"Hjemmeplejen {m.name}"
                )
                unit = self._org(name, "homecare", m.org, m.region, city=city, postal=postal)
                unit.system = m.system
                presets = _PRESETS["homecare"] if i == 0 and u == 0 else []
                self._staff_for(unit, nd.HOMECARE_ROLES, rng.randint(25, 45), presets, muni=m)
                self._externals(unit, rng.randint(2, 3))
                m.units.append(unit)

        # GP clinics: one per municipality at least, about one per 2,500 citizens
        counts = [1] * len(self.munis)
        for _ in range(max(len(self.munis), math.ceil(n / 2500)) - len(self.munis)):
            counts[bisect(self.muni_cum, rng.random() * self.muni_cum[-1])] += 1
        first_clinic = True
        for m, k in zip(self.munis, counts, strict=True):
            used: set[str] = set()
            while len(used) < k:
                name = rng.choice(nd.GP_CLINIC_PATTERNS).format(street=rng.choice(nd.STREETS))
                if name in used:
                    continue
                used.add(name)
                postal, city = rng.choice(m.postals)
                clinic = self._org(
                    name, "gp", None, m.region, city=city, postal=postal, alias=f"{name}, {city}"
                )
                use_csv = first_clinic or rng.random() < p["gp_csv_share"]
                first_clinic = False
                sysname = rng.choice(nd.GP_SYSTEMS)
                clinic.system = self._system(
                    sysname, clinic, use_csv, rng.randrange(4), rng.randrange(2)
                )
                plan = ["Praktiserende læge"] * rng.randint(1, 4)
                plan += ["Sygeplejerske"] * rng.randint(1, 2) + ["Lægesekretær"] * rng.randint(1, 2)
                for title in plan:
                    self._new_staff(clinic, title, None, m)
                m.clinics.append(clinic)

        # an administrator and an auditor in the first region
        self._staff_for(self.region_it[regions[0]], {}, 0, _PRESETS["it"])
        self._write_orgs_and_staff()

    def _externals(self, org: _Org, k: int) -> None:
        """Temps who are not in the roster; their organisation comes from a second agent."""
        for _ in range(k):
            self.n_ext += 1
            given, family = self._name("male" if self.rng.random() < 0.4 else "female")
            display = f"Vikar {given[0]} {family}"
            ident = f"ext-{100 + self.n_ext}"
            agent = [
                {"who": {"identifier": {"value": ident}, "display": display}, "requestor": True},
                {"who": {"reference": f"Organization/{org.id}"}, "requestor": False},
            ]
            ids = (_q(ident),) * 4
            org_using = (org.id, f"SOR:{org.sor}")
            actor = _Actor("", "ext", org, "Vikar", None, agent, ids, _q(display), org_using)
            org.externals.append(actor)

    def _staff_for(
        self,
        org: _Org,
        titles: dict[str, float],
        size: int,
        presets: list[tuple[str, str, list[str], str, str]],
        muni: _Muni | None = None,
    ) -> None:
        names = list(titles)
        plan = names[:size]
        if size > len(plan):
            plan += self.rng.choices(names, weights=list(titles.values()), k=size - len(plan))
        waiting = list(presets)
        for title in plan:
            preset = next((ps for ps in waiting if ps[0] == title), None)
            if preset is not None:
                waiting.remove(preset)
            self._new_staff(org, title, preset, muni)
        for ps in waiting:  # presets whose title the random plan left out
            self._new_staff(org, ps[0], ps, muni)

    def _domain(self, org: _Org, muni: _Muni | None) -> tuple[str, str, bool]:
        """(initials namespace, e-mail domain, whether user names carry a domain)."""
        if org.kind in ("department", "system") and org.region in nd.REGIONS:
            _, mail, dom, _ = nd.REGIONS[org.region]
            return dom, mail, True
        if muni is not None and org.kind == "homecare":
            return muni.code, _ascii(muni.name).replace("-", "") + ".dk", False
        return org.id, "dadlnet.dk", False

    def _new_staff(
        self,
        org: _Org,
        title: str,
        preset: tuple[str, str, list[str], str, str] | None,
        muni: _Muni | None,
    ) -> None:
        rng = self.rng
        if preset is not None:
            _, sex, given, family, tag = preset
            given = list(given)
        else:
            sex = "female" if rng.random() < _FEMALE_SHARE.get(title, 0.6) else "male"
            given, family = self._name(sex, 0.06)
            tag = ""
        birth = self._birth(rng.randint(38 if title == "Overlæge" else 24, 66))
        home = muni or self._muni_for_region(org.region)
        line, postal, city = self._address(home)
        sid = f"s{len(self.staff) + 1:05d}"
        st = _Staff(sid, sex, given, family, title, birth, line, postal, city, tag=tag)
        if title == "Overlæge" and rng.random() < 0.15:
            st.prefix = "dr.med."
        space, mail_domain, domain_user = self._domain(org, muni)
        st.initials = self._initials(given, family, space)
        user = st.initials.lower()
        if domain_user:
            user = f"{space}\\{user}"
        else:
            k = 1
            while user in self.user_seen:
                k += 1
                user = f"{st.initials.lower()}{k}"
        self.user_seen.add(user)
        st.username = user
        if title in nd.AUTHORISED:
            while not st.auth:
                auth = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(3))
                auth += f"{rng.randint(0, 99):02d}"
                if auth not in self.auth_seen:
                    self.auth_seen.add(auth)
                    st.auth = auth
        local = _ascii(given[0]) + "." + _ascii(family).replace(" ", ".")
        email, k = f"{local}@{mail_domain}", 1
        while email in self.email_seen:
            k += 1
            email = f"{local}{k}@{mail_domain}"
        self.email_seen.add(email)
        st.email = email
        wants_cpr = tag in ("coworker_victim", "self_lookup")
        if wants_cpr or (not tag and rng.random() < self.p["staff_cpr_share"]):
            st.cpr = self._cpr(birth, sex)
        if tag:
            self.tagged[tag] = st
        self.staff.append(st)
        rid = f"r{len(self.actors) + 1:05d}"
        agent = [{"who": {"reference": f"PractitionerRole/{rid}"}, "requestor": True}]
        user = _q(st.username)
        ids = (sid, _q(st.auth) if st.auth else user, user, st.cpr or user)
        actor = _Actor(rid, "role", org, title, st, agent, ids, "", (org.id, f"SOR:{org.sor}"))
        self.actors.append(actor)
        st.roles.append(actor)
        org.roles.append(actor)

    def _initials(self, given: list[str], family: str, space: str) -> str:
        """Signature initials, unique within a region, municipality or clinic."""
        seen = self.initials_seen.setdefault(space, set())
        g = [x.upper().translate(_FOLD1) for x in given]
        parts = [x.upper().translate(_FOLD1) for x in family.replace("-", " ").split()]
        f = parts[-1]
        first = g[0][0] + (g[1][0] if len(g) > 1 else "") + "".join(x[0] for x in parts)
        candidates = [
            first if len(first) >= 3 else g[0][0] + f[:2],
            g[0][0] + f[:2],
            g[0][:2] + f[0],
            g[0][0] + f[0] + f[-1],
            g[0][:2] + f[:2],
            g[0][0] + f[:3],
        ]
        for c in candidates:
            if len(c) >= 3 and c not in seen:
                seen.add(c)
                return c
        k = 2
        while f"{candidates[0]}{k}" in seen:
            k += 1
        seen.add(f"{candidates[0]}{k}")
        return f"{candidates[0]}{k}"

    def _muni_for_region(self, region: str) -> _Muni:
        return self.rng.choice([m for m in self.munis if m.region == region] or self.munis)

    def _write_orgs_and_staff(self) -> None:
        with open(self.out / "organizations.ndjson", "wb") as f:
            for o in self.orgs:
                ident = [{"system": SOR_SYSTEM, "value": o.sor}]
                if o.kommunekode:
                    ident.append({"system": KOMMUNEKODE_SYSTEM, "value": o.kommunekode})
                obj: dict[str, Any] = {
                    "resourceType": "Organization",
                    "id": o.id,
                    "identifier": ident,
                    "active": True,
                    "type": [{"text": o.kind}],
                    "name": o.name,
                }
                if o.alias:
                    obj["alias"] = [o.alias]
                if o.city:
                    addr = {"city": o.city, "postalCode": o.postal, "country": "DK"}
                    obj["address"] = [{k: v for k, v in addr.items() if v}]
                if o.parent is not None:
                    obj["partOf"] = {
                        "reference": f"Organization/{o.parent.id}",
                        "display": o.parent.name,
                    }
                f.write(_DUMPS(obj, option=_NL))
        with open(self.out / "staff.ndjson", "wb") as f:
            for st in self.staff:
                ident = [{"system": AUTH_SYSTEM, "value": st.auth}] if st.auth else []
                ident.append({"system": USERNAME_SYSTEM, "value": st.username})
                if st.cpr:
                    ident.append({"system": CPR_SYSTEM, "value": st.cpr})
                name: dict[str, Any] = {"use": "official", "family": st.family, "given": st.given}
                if st.prefix:
                    name["prefix"] = [st.prefix]
                home = {"use": "home", "line": [st.line], "postalCode": st.postal, "city": st.city}
                obj = {
                    "resourceType": "Practitioner",
                    "id": st.id,
                    "identifier": ident,
                    "active": True,
                    "name": [name],
                    "telecom": [{"system": "email", "value": st.email, "use": "work"}],
                    "address": [{**home, "country": "DK"}],
                    "gender": st.sex,
                    "birthDate": st.birth.isoformat(),
                }
                f.write(_DUMPS(obj, option=_NL))
                for a in st.roles:
                    role = {
                        "resourceType": "PractitionerRole",
                        "id": a.id,
                        "active": True,
                        "practitioner": {"reference": f"Practitioner/{st.id}"},
                        "organization": {"reference": f"Organization/{a.org.id}"},
                        "code": [{"text": a.title}],
                    }
                    f.write(_DUMPS(role, option=_NL))

    # ---------------------------------------------------------------- citizens
    def assign_links(self) -> None:
        """Decide which citizens (by index) are staff members or live with one."""
        rng, n = self.rng, self.n_citizens
        t = self.tagged
        self.links: dict[int, tuple[str, _Staff]] = {
            3: ("staff", t["coworker_victim"]),
            4: ("relative", t["relative_snooper"]),
            5: ("staff", t["self_lookup"]),
        }
        pool = [s for s in self.staff if not s.tag and s.roles[0].org.kind != "system"]
        with_cpr = [s for s in pool if s.cpr]
        without = [s for s in pool if not s.cpr]
        free = n - _PERSONAS
        cap = int(free * self.p["staff_patient_cap"])
        # staff who are patients: by CPR, and a few by name and address only
        chosen = rng.sample(with_cpr, min(len(with_cpr), cap))
        chosen += rng.sample(without, min(len(without) // 20, cap // 10 + 1))
        k_rel = min(int(len(pool) * self.p["relative_share"]), int(free * 0.05))
        relatives = rng.sample(pool, min(k_rel, len(pool)))
        kinds = [("staff", s) for s in chosen] + [("relative", s) for s in relatives]
        kinds = kinds[:free]
        for idx, link in zip(rng.sample(range(_PERSONAS, n), len(kinds)), kinds, strict=True):
            self.links[idx] = link

    def make_citizen(self, i: int) -> _Citizen:
        rng = self.rng
        link = self.links.get(i)
        heavy = False
        muni = self.munis[0] if i < _PERSONAS else self._pick_muni()
        if link is not None and link[0] == "staff":  # the staff member as a patient
            st = link[1]
            sex, given, family, birth = st.sex, list(st.given), st.family, st.birth
            line, postal, city = st.line, st.postal, st.city
            muni = self.postal_muni.get(postal, muni)
            cpr = st.cpr or self._cpr(birth, sex)
        elif link is not None:  # spouse or child living with a staff member
            st = link[1]
            family, line, postal, city = st.family, st.line, st.postal, st.city
            muni = self.postal_muni.get(postal, muni)
            spouse = rng.random() < 0.6 or i == 4
            if spouse:
                sex = "female" if st.sex == "male" else "male"
                age = max(20, self.start.year - st.birth.year + rng.randint(-6, 6))
            else:
                sex, age = rng.choice(("male", "female")), rng.randint(15, 24)
            given, _ = self._name(sex, 0.0)
            birth = self._birth(age)
            cpr = self._cpr(birth, sex)
        else:
            persona_age = {0: ("female", 87), 1: ("male", 34), 6: ("male", 81), 7: ("female", 78)}
            if i in persona_age:
                sex, age = persona_age[i]
                heavy = i == 0
            elif i == 2:
                sex, age = rng.choice(("male", "female")), 58
            else:
                heavy = rng.random() < self.heavy_share_adj
                sex = rng.choice(("male", "female"))
                age = rng.randint(67, 99) if heavy else self._age()
            given, family = self._name(sex)
            line, postal, city = self._address(muni)
            if i == 2:  # the adult child of persona 0
                family = self.persona_family[0]
            if i == 7:  # the spouse of persona 6
                family = self.persona_family[6]
                line, postal, city = self.persona_addr[6]
            birth = self._birth(age)
            cpr = self._cpr(birth, sex)
        cid, gp = f"p{i + 1:06d}", rng.choice(muni.clinics)
        c = _Citizen(
            i, cid, cpr, sex, given, family, birth, line, postal, city, muni, gp, heavy, link
        )
        c.age = self.start.year - birth.year - 1
        if i < _PERSONAS:
            self.persona_family[i] = family
            self.persona_addr[i] = (line, postal, city)
        return c

    def _age(self) -> int:
        r, randint = self.rng.random(), self.rng.randint
        if r < 0.2:
            return randint(0, 17)
        if r < 0.47:
            return randint(18, 39)
        if r < 0.79:
            return randint(40, 64)
        return randint(65, 79) if r < 0.94 else randint(80, 99)

    def _pick_muni(self) -> _Muni:
        return self.munis[bisect(self.muni_cum, self.rng.random() * self.muni_cum[-1])]

    def write_patient(self, c: _Citizen) -> None:
        addr = {
            "use": "home",
            "line": [c.line],
            "postalCode": c.postal,
            "city": c.city,
            "district": f"{c.muni.name} Kommune",
            "country": "DK",
            "extension": [{"url": KOMMUNEKODE_SYSTEM, "valueCode": c.muni.code}],
        }
        obj = {
            "resourceType": "Patient",
            "id": c.id,
            "identifier": [{"system": CPR_SYSTEM, "value": c.cpr}],
            "active": True,
            "name": [{"use": "official", "family": c.family, "given": c.given}],
            "gender": c.sex,
            "birthDate": c.birth.isoformat(),
            "address": [addr],
            "generalPractitioner": [{"reference": f"Organization/{c.gp.id}"}],
        }
        self.w.resource("patients.ndjson", obj)

    # ---------------------------------------------------------------- relations
    def _period(self, t0: int, t1: int | None) -> dict[str, str]:
        per = {"start": self.fmt_any(t0)}
        if t1 is not None and t1 < self.end:
            per["end"] = self.fmt_any(t1)
        return per

    def episode(self, c: _Citizen, org: _Org, t0: int, t1: int | None, text: str) -> str:
        eid = self.next_id("eoc")
        obj = {
            "resourceType": "EpisodeOfCare",
            "id": eid,
            "status": "active" if t1 is None or t1 >= self.end else "finished",
            "type": [{"text": text}],
            "patient": {"reference": f"Patient/{c.id}"},
            "managingOrganization": {"reference": f"Organization/{org.id}"},
            "period": self._period(t0, t1),
        }
        self.w.resource("relations.ndjson", obj)
        c.related.add(org.id)
        return f"EpisodeOfCare/{eid}"

    def encounter(
        self,
        c: _Citizen,
        org: _Org,
        team: list[_Actor],
        t0: int,
        t1: int,
        cls: str,
        text: str,
        eoc: str | None = None,
    ) -> str:
        eid = self.next_id("enc")
        obj: dict[str, Any] = {
            "resourceType": "Encounter",
            "id": eid,
            "status": "finished" if t1 < self.end else "in-progress",
            "class": {"system": ACT_CODE, "code": cls},
            "type": [{"text": text}],
            "subject": {"reference": f"Patient/{c.id}"},
            "participant": [
                {"individual": {"reference": f"PractitionerRole/{a.id}"}} for a in team
            ],
            "period": self._period(t0, t1),
            "serviceProvider": {"reference": f"Organization/{org.id}"},
        }
        if eoc is not None:
            obj["episodeOfCare"] = [{"reference": eoc}]
        self.w.resource("relations.ndjson", obj)
        c.related.add(org.id)
        return f"Encounter/{eid}"

    def appointment(
        self, c: _Citizen, actor: _Actor, t0: int, minutes: int, text: str, with_org: bool = False
    ) -> str:
        aid = self.next_id("apt")
        t1 = t0 + minutes * 60
        patient = {"reference": f"Patient/{c.id}", "display": _full(c.given[:1], c.family)}
        participants = [
            {"actor": patient, "status": "accepted"},
            {"actor": {"reference": f"PractitionerRole/{actor.id}"}, "status": "accepted"},
        ]
        if with_org:
            org = {"reference": f"Organization/{actor.org.id}"}
            participants.append({"actor": org, "status": "accepted"})
        obj = {
            "resourceType": "Appointment",
            "id": aid,
            "status": "fulfilled" if t1 < self.end - 7 * _DAY else "booked",
            "description": text,
            "start": self.fmt_any(t0),
            "end": self.fmt_any(min(t1, self.end - 1)),
            "participant": participants,
        }
        self.w.resource("relations.ndjson", obj)
        c.related.add(actor.org.id)
        return f"Appointment/{aid}"

    def referral(
        self,
        c: _Citizen,
        requester: _Actor,
        performer: _Org,
        t: int,
        occ0: int,
        occ1: int,
        text: str,
    ) -> str:
        sid = self.next_id("sr")
        obj = {
            "resourceType": "ServiceRequest",
            "id": sid,
            "status": "completed" if occ1 < self.end else "active",
            "intent": "order",
            "code": {"text": text},
            "subject": {"reference": f"Patient/{c.id}"},
            "authoredOn": self.fmt_any(t),
            "requester": {"reference": f"PractitionerRole/{requester.id}"},
            "performer": [{"reference": f"Organization/{performer.id}"}],
            "occurrencePeriod": self._period(occ0, occ1),
        }
        self.w.resource("relations.ndjson", obj)
        c.related.add(performer.id)
        c.related.add(requester.org.id)
        return f"ServiceRequest/{sid}"

    def document(
        self,
        c: _Citizen,
        t: int,
        author: _Actor,
        kind: str,
        others: list[_Actor],
        system: _Sys,
        encounter: str | None = None,
    ) -> str | None:
        """A DocumentReference with its name mentions, and the author's create entry."""
        if t < 0 or t >= self.end:
            return None
        did = self.next_id("doc")
        me = author.staff
        colleagues = [_NoteStaff.of(a) for a in others if a.staff is not None and a.staff is not me]
        text, spans = render_note(self.rng, c, _NoteStaff.of(author), colleagues, kind=kind)
        title = NOTE_TITLES.get(kind, "Journalnotat")
        ts = self.fmt(t)
        attachment = {
            "contentType": "text/plain",
            "language": "da",
            "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
            "title": title,
            "creation": ts,
        }
        obj: dict[str, Any] = {
            "resourceType": "DocumentReference",
            "id": did,
            "status": "current",
            "docStatus": "final",
            "type": {"text": title},
            "subject": {"reference": f"Patient/{c.id}"},
            "date": ts,
            "author": [{"reference": f"PractitionerRole/{author.id}"}],
            "custodian": {"reference": f"Organization/{author.org.id}"},
            "description": f"{title}, {author.org.name}",
            "content": [{"attachment": attachment}],
        }
        if encounter is not None:
            obj["context"] = {"encounter": [{"reference": encounter}]}
        self.w.resource("documents.ndjson", obj)
        write = self.w.files["mentions.ndjson"].write
        for sp in spans:
            write(_DUMPS({"document": did, **sp}, option=_NL))
        self.n_mentions += len(spans)
        c.related.add(author.org.id)
        cat = "Billeddiagnostik" if kind == "radiology" else "Journalnotat"
        rel = f"DocumentReference/{did}"
        self.w.entry(author, system, c, t, "C", cat, "legit_document", rel, doc=did)
        return did

    # ---------------------------------------------------------------- flows
    @staticmethod
    def _clinicians(org: _Org, titles: frozenset[str] | set[str] | None = None) -> list[_Actor]:
        if titles:
            sel = [a for a in org.roles if a.title in titles]
        else:
            sel = [a for a in org.roles if a.title != "Lægesekretær"]
        return sel or org.roles

    @staticmethod
    def _secretaries(org: _Org) -> list[_Actor]:
        return [a for a in org.roles if a.title == "Lægesekretær"] or org.roles

    def flow_gp(self, c: _Citizen, extra: float = 0.0) -> None:
        """Consultations at the citizen's GP clinic: booking, consultation, note, lab."""
        rng, w, e = self.rng, self.w, self.w.entry
        clinic = c.gp
        system = clinic.system
        assert system is not None
        doctors = self._clinicians(clinic, {"Praktiserende læge"})
        secs = [a for a in clinic.roles if a.title == "Lægesekretær"]
        nurses = [a for a in clinic.roles if a.title == "Sygeplejerske"]
        lam = (self.p["gp_visits"] * (0.5 + c.age / 70) + extra) * self.scale_days
        for _ in range(_poisson(rng, lam)):
            d = self.weekday_from(rng.randrange(self.days))
            if d >= self.days:
                continue
            t = d * _DAY + self.tod("gp")
            doctor = self._pick(doctors)
            apt = self.appointment(c, doctor, t, 15, "Konsultation hos egen læge")
            if secs and rng.random() < 0.7:
                tb = max(0, d - rng.randint(1, 7)) * _DAY + self.tod("gp")
                e(self._pick(secs), system, c, tb, "C", "Aftale", _APT, apt)
            enc = self.encounter(c, clinic, [doctor], t, t + 15 * 60, "AMB", "Konsultation")
            s = w.session()
            t_r = t + rng.randint(0, 120)
            e(doctor, system, c, t_r, "R", "Journalnotat", _ENC, enc, session=s)
            if rng.random() < 0.6:
                action = "R" if rng.random() < 0.6 else "U"
                t_m = t + rng.randint(120, 600)
                e(doctor, self.fmk, c, t_m, action, "Medicinkort", _ENC, enc, session=s)
            if rng.random() < 0.2:
                t_j = t + rng.randint(60, 800)
                e(doctor, self.sundhed_dk, c, t_j, "R", "E-journal", _ENC, enc, session=s)
            self.document(
                c, t + 15 * 60 + rng.randint(0, 600), doctor, "gp", nurses + secs, system, enc
            )
            if secs and rng.random() < 0.3:
                t_l = t + _DAY + rng.randint(0, 4) * _HOUR
                sec = self._pick(secs)
                e(sec, system, c, t_l, "R", "Laboratoriesvar", _ENC, enc, ansvarlig=doctor)
            if nurses and rng.random() < 0.25:
                dn = self.weekday_from(d + rng.randint(1, 6))
                if dn < self.days:
                    tn = dn * _DAY + self.tod("gp")
                    nurse = self._pick(nurses)
                    apt2 = self.appointment(c, nurse, tn, 10, "Blodprøvetagning")
                    e(nurse, system, c, tn, "R", "Journalnotat", _APT, apt2)

    def flow_homecare(self, c: _Citizen, intensity: float | None = None) -> None:
        """Home care: several visits a day by a team of 20-40 for the whole period."""
        rng, w, p = self.rng, self.w, self.p
        rnd, e, session = rng.random, w.entry, w.session
        unit = c.muni.units[0] if c.idx == 0 else self._pick(c.muni.units)
        system = unit.system
        assert system is not None
        lo, hi = p["homecare_team"]
        team = rng.sample(unit.roles, min(len(unit.roles), rng.randint(lo, hi)))
        helpers = [a for a in team if a.title.startswith("Social")] or team
        nurses = [a for a in team if a.title == "Sygeplejerske"]
        nurses = nurses or [a for a in unit.roles if a.title == "Sygeplejerske"] or team
        therapists = [a for a in team if a.title in ("Fysioterapeut", "Ergoterapeut")]
        weighted = helpers[:6] * 5 + helpers  # a few primary carers come most often
        n_w = len(weighted)
        externals = unit.externals
        ext_share = p["external_share"]
        rel = self.episode(c, unit, -rng.randint(30, 1500) * _DAY, None, "Hjemmepleje")
        fmk, integ = self.fmk, c.muni.integration
        assert integ is not None
        if intensity is None:
            intensity = p["homecare_visits"] * rng.uniform(0.5, 1.8)
        base = int(intensity)
        frac = intensity - base
        lab = _HC
        docs: list[str] = []
        away = {d for t0, t1 in c.stays for d in range(t0 // _DAY + 1, t1 // _DAY)}
        for d in range(self.days):
            if d in away:  # admitted: no visits
                continue
            day0 = d * _DAY
            for k in range(min(len(_VISIT_SLOTS), max(1, base + (rnd() < frac)))):
                a, b = _VISIT_SLOTS[k]
                t = day0 + (a + int(rnd() * (b - a))) * 60 + int(rnd() * 60)
                if externals and rnd() < ext_share:
                    actor = externals[int(rnd() * len(externals))]
                else:
                    actor = weighted[int(rnd() * n_w)]
                s = session()
                e(actor, system, c, t, "R", "Besøgsplan", lab, rel, None, "TREAT", s)
                if rnd() < 0.7:
                    t2 = t + 600 + int(rnd() * 1800)
                    act = "C" if rnd() < 0.8 else "U"
                    e(actor, system, c, t2, act, "Besøgsdokumentation", lab, rel, None, "TREAT", s)
                if k < 2 and rnd() < 0.35:
                    t3 = t + 120 + int(rnd() * 300)
                    e(actor, fmk, c, t3, "R", "Medicinkort", lab, rel, None, "TREAT", s)
            if d % 7 == 3 and rnd() < 0.9:  # the weekly nurse visit
                nurse = nurses[int(rnd() * len(nurses))]
                t = day0 + self.tod("office")
                s = session()
                doc = docs[-1] if docs else None
                e(nurse, system, c, t, "R", "Journalnotat", lab, rel, doc, "TREAT", s)
                act = "R" if rnd() < 0.7 else "U"
                e(nurse, fmk, c, t + 300, act, "Medicinkort", lab, rel, None, "TREAT", s)
                if d % 14 == 3:
                    did = self.document(c, t + 1800, nurse, "homecare_nurse", team[:6], system)
                    if did:
                        docs.append(did)
            if d % 7 == 5:  # a weekly note by one of the carers
                author = helpers[int(rnd() * len(helpers))]
                t = day0 + (600 + int(rnd() * 540)) * 60
                did = self.document(c, t, author, "homecare", team[:8], system)
                if did:
                    docs.append(did)
            if therapists and rnd() < 0.03:
                th = therapists[int(rnd() * len(therapists))]
                e(th, system, c, day0 + self.tod("office"), "R", "Journalnotat", lab, rel)
            if d % 7 == 0:
                e(integ, system, c, day0 + self.tod("batch"), "R", "Stamdata", _SYS, "")
            if d % 14 == 1:
                t = day0 + self.tod("integration")
                e(self.fmk_int, fmk, c, t, "R", "Medicinkort", _SYS, "")

    def _service(
        self, c: _Citizen, requester: _Actor, hosp: _Org, t0: int, t1: int, rad: bool
    ) -> None:
        """A lab or imaging order from ``requester`` and the service department's accesses."""
        rng, e = self.rng, self.w.entry
        dept = hosp.depts["rad" if rad else "lab"]
        system = dept.system
        assert system is not None
        if rad:
            text = rng.choice(
                ("Rtg. af thorax", "CT af cerebrum", "Rtg. af hofte", "UL af abdomen")
            )
        else:
            text = rng.choice(("Hæmatologi og CRP", "Troponin", "Væsketal og kreatinin", "INR"))
        sr = self.referral(c, requester, dept, t0, t0, t1, text)
        s = self.w.session()
        span = max(600, t1 - t0)
        lab = _SVC
        if rad:
            radiographer = self._pick(self._clinicians(dept, {"Radiograf"}))
            radiologist = self._pick(self._clinicians(dept, nd.DOCTORS))
            e(
                radiographer,
                system,
                c,
                t0 + rng.randint(300, span),
                "R",
                "Henvisning",
                lab,
                sr,
                session=s,
            )
            t_doc = t0 + rng.randint(1800, span + 4 * _HOUR)
            e(radiologist, system, c, t_doc - 600, "R", "Billeddiagnostik", lab, sr, session=s)
            self.document(c, t_doc, radiologist, "radiology", [], system)
            req_sys = requester.org.system or system
            t_read = t_doc + rng.randint(600, 3 * _HOUR)
            e(requester, req_sys, c, t_read, "R", "Billeddiagnostik", lab, sr)
        else:
            staff = self._clinicians(dept, {"Bioanalytiker"})
            for _ in range(rng.randint(1, 3)):
                act = "C" if rng.random() < 0.5 else "R"
                t = t0 + rng.randint(300, span)
                e(self._pick(staff), system, c, t, act, "Laboratoriesvar", lab, sr, session=s)

    def _ward_stay(
        self,
        c: _Citizen,
        ward: _Org,
        t_adm: int,
        los_days: int,
        eoc: str,
        kinds: tuple[str, str, str, str] = ("admission", "ward_nurse", "ward_doctor", "discharge"),
        team: list[_Actor] | None = None,
        per_day: tuple[int, int] | None = None,
    ) -> tuple[str, int]:
        """An admission: accesses around the clock, daily notes, discharge and FMK."""
        rng, w, p = self.rng, self.w, self.p
        rnd, e, session = rng.random, w.entry, w.session
        system = ward.system
        assert system is not None
        t_dis = max(t_adm + los_days * _DAY + rng.randint(-4, 6) * _HOUR, t_adm + 6 * _HOUR)
        clin = self._clinicians(ward)
        if team is None:
            team = rng.sample(clin, min(len(clin), rng.randint(3, 6)))
        doctors = [a for a in team if a.title in nd.DOCTORS] or self._clinicians(ward, nd.DOCTORS)
        nurses = [a for a in team if a.title not in nd.DOCTORS] or clin
        enc = self.encounter(c, ward, team, t_adm, t_dis, "IMP", "Indlæggelse", eoc)
        c.stays.append((t_adm, t_dis))
        adm_kind, nurse_kind, doc_kind, dis_kind = kinds
        docs: list[str] = []
        t_note = t_adm + rng.randint(1800, 3 * _HOUR)
        did = self.document(c, t_note, self._pick(doctors), adm_kind, team, system, enc)
        if did:
            docs.append(did)
        lo, hi = per_day or p["ward_accesses"]
        ext, ext_share, others = ward.externals, p["external_share"], ward.roles
        tbl = self.tables["ward"]
        lab = _ENC
        for d in range(t_adm // _DAY, min(t_dis, self.end - 1) // _DAY + 1):
            day0 = d * _DAY
            lo_t, hi_t = max(day0, t_adm), min(day0 + _DAY - 1, t_dis)
            if hi_t <= lo_t:
                continue
            for _ in range(rng.randint(lo, hi)):
                t = day0 + tbl[int(rnd() * 4096)] * 60 + int(rnd() * 60)
                if t < lo_t or t > hi_t:
                    t = lo_t + int(rnd() * (hi_t - lo_t))
                r = rnd()
                if ext and r < ext_share:
                    actor = ext[int(rnd() * len(ext))]
                elif r < 0.75:
                    actor = team[int(rnd() * len(team))]
                else:
                    actor = others[int(rnd() * len(others))]
                cat = _WARD_CATS[bisect(_WARD_CUM, rnd() * _WARD_CUM[-1])]
                doc = docs[int(rnd() * len(docs))] if cat == "Journalnotat" and docs else None
                act = (
                    "U" if (cat == "Journalnotat" or cat == "Medicinkort") and rnd() < 0.1 else "R"
                )
                e(actor, system, c, t, act, cat, lab, enc, doc, "TREAT", session())
            # a nursing note every day, a ward-round note every other weekday
            t_n = max(lo_t, day0 + self.tod("ward"))
            did = self.document(c, t_n, self._pick(nurses), nurse_kind, team, system, enc)
            if did:
                docs.append(did)
            if d < self.days and self.weekday[d] < 5 and d % 2 == 0:
                t_n = max(lo_t, day0 + rng.randint(9 * 60, 12 * 60) * 60)
                did = self.document(c, t_n, self._pick(doctors), doc_kind, team, system, enc)
                if did:
                    docs.append(did)
        if t_dis < self.end:
            doctor = self._pick(doctors)
            self.document(
                c, t_dis - rng.randint(600, 3 * _HOUR), doctor, dis_kind, team, system, enc
            )
            t_f = t_dis - rng.randint(300, 900)
            e(doctor, self.fmk, c, t_f, "U", "Medicinkort", lab, enc)
            e(
                self.fmk_int,
                self.fmk,
                c,
                t_dis + rng.randint(60, 600),
                "R",
                "Medicinkort",
                "system",
                "",
            )
            t_j = t_dis + rng.randint(_HOUR, 20 * _HOUR)
            e(self.ejournal, self.sundhed_dk, c, t_j, "R", "Journalnotat", _SYS, "")
        return enc, t_dis

    def flow_acute(self, c: _Citizen, ward_key: str, d0: int | None = None) -> None:
        """Emergency department, lab and imaging, admission to a ward, follow-up visit."""
        rng, w, p = self.rng, self.w, self.p
        hosp = c.muni.hospital
        assert hosp is not None
        akut, ward = hosp.depts["akut"], hosp.depts[ward_key]
        if d0 is None:
            d0 = rng.randrange(max(1, self.days - 1))
        t0 = d0 * _DAY + self.tod("acute")
        clin = self._clinicians(akut)
        team = rng.sample(clin, min(len(clin), rng.randint(2, 4)))
        doctors = [a for a in team if a.title in nd.DOCTORS] or self._clinicians(akut, nd.DOCTORS)
        t1 = t0 + rng.randint(2, 8) * _HOUR
        los = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 14))
        eoc = self.episode(c, ward, t0, t1 + (los + 30) * _DAY, f"Forløb på {ward.name}")
        enc_a = self.encounter(c, akut, team, t0, t1, "EMER", "Akut kontakt", eoc)
        system = akut.system
        assert system is not None
        cats = ("Journalnotat", "Medicinkort", "Laboratoriesvar", "Stamdata", "Overblik")
        for actor in team:
            s = w.session()
            for _ in range(rng.randint(1, 4)):
                r = rng.random()
                purpose = (
                    "BTG"
                    if r < p["legit_btg_share"]
                    else "ETREAT"
                    if r < p["etreat_share"]
                    else "TREAT"
                )
                t = t0 + rng.randint(0, t1 - t0)
                w.entry(actor, system, c, t, "R", rng.choice(cats), _ENC, enc_a, None, purpose, s)
        self.document(
            c, t0 + rng.randint(1800, 5400), self._pick(doctors), "akut", team, system, enc_a
        )
        self._service(c, self._pick(doctors), hosp, t0 + 600, t1, False)
        if rng.random() < 0.5:
            self._service(c, self._pick(doctors), hosp, t0 + 900, t1, True)
        enc_w, t_dis = self._ward_stay(c, ward, t1, los, eoc)
        ward_sys = ward.system
        assert ward_sys is not None
        if ward_key in ("med", "orto") and rng.random() < 0.5:
            th = self._pick(self._clinicians(ward, {"Fysioterapeut", "Ergoterapeut"}))
            tt = (t1 // _DAY + rng.randint(1, max(1, los))) * _DAY + self.tod("office")
            if tt < t_dis:
                w.entry(th, ward_sys, c, tt, "R", "Journalnotat", _ENC, enc_w)
                self.document(c, tt + 1800, th, "physio", [], ward_sys, enc_w)
        if t_dis < self.end and rng.random() < 0.55:
            d = self.weekday_from(t_dis // _DAY + rng.randint(14, 35))
            if d < self.days:
                doctor = self._pick(self._clinicians(ward, nd.DOCTORS))
                self._outpatient_visit(c, ward, doctor, d, "outpatient")

    def _outpatient_visit(
        self, c: _Citizen, dept: _Org, clinician: _Actor, d: int, kind: str
    ) -> int:
        rng, w, e = self.rng, self.w, self.w.entry
        system = dept.system
        assert system is not None
        t = d * _DAY + self.tod("office")
        text = f"Ambulant besøg, {dept.name}"
        apt = self.appointment(
            c, clinician, t, 45 if kind == "psych" else 30, text, rng.random() < 0.2
        )
        prev = self.weekday_from(max(0, d - 1))
        if prev <= d:
            t_p = prev * _DAY + self.tod("office")
            e(self._pick(self._secretaries(dept)), system, c, t_p, "R", "Aftale", _APT, apt)
        s = w.session()
        cats = ("Journalnotat", "Journalnotat", "Medicinkort", "Laboratoriesvar", "Overblik")
        for _ in range(rng.randint(2, 5)):
            t_a = t + rng.randint(-900, 2700)
            e(clinician, system, c, t_a, "R", rng.choice(cats), _APT, apt, session=s)
        others = rng.sample(dept.roles, min(2, len(dept.roles)))
        self.document(c, t + rng.randint(1800, 4 * _HOUR), clinician, kind, others, system)
        hosp = dept.hospital
        if hosp is not None and kind not in ("psych", "forensic") and rng.random() < 0.5:
            self._service(c, clinician, hosp, t - _HOUR, t + 3 * _HOUR, False)
        return t

    def flow_elective(
        self,
        c: _Citizen,
        dept_key: str,
        kind: str = "outpatient",
        sessions: tuple[int, int] = (1, 4),
        spacing: tuple[int, int] = (7, 30),
        clinicians: list[_Actor] | None = None,
        hosp: _Org | None = None,
        r_day: int | None = None,
    ) -> tuple[str, int]:
        """GP referral, visitation, an outpatient course with visits, work between visits."""
        rng, e = self.rng, self.w.entry
        hosp = hosp or c.muni.hospital
        assert hosp is not None
        dept = hosp.depts[dept_key]
        system, gp_sys = dept.system, c.gp.system
        assert system is not None and gp_sys is not None
        gp_doc = self._pick(self._clinicians(c.gp, {"Praktiserende læge"}))
        if r_day is None:
            r_day = rng.randrange(max(1, self.days - 20))
        r_day = self.weekday_from(r_day)
        t_r = r_day * _DAY + self.tod("gp")
        text = f"Henvisning til {dept.name.lower()}"
        sr = self.referral(c, gp_doc, dept, t_r, t_r + 7 * _DAY, t_r + 90 * _DAY, text)
        e(gp_doc, gp_sys, c, t_r, "C", "Henvisning", _REF, sr)
        region = dept.region
        t_m = t_r + rng.randint(60, 900)
        e(self.medcom[region], self.ehr[region], c, t_m, "R", "Henvisning", _SYS, "")
        visitators = self._secretaries(dept) + self._clinicians(dept, {"Overlæge"})
        for _ in range(rng.randint(1, 3)):
            t_v = self.weekday_from(r_day + rng.randint(1, 7)) * _DAY + self.tod("office")
            e(self._pick(visitators), system, c, t_v, "R", "Henvisning", _REF, sr)
        first = self.weekday_from(r_day + rng.randint(7, 40))
        visit_days = []
        d = first
        for _ in range(rng.randint(*sessions)):
            if d >= self.days:
                break
            visit_days.append(d)
            d = self.weekday_from(d + rng.randint(*spacing))
        last = visit_days[-1] if visit_days else first
        eoc = self.episode(c, dept, first * _DAY, (last + 14) * _DAY, f"Forløb på {dept.name}")
        pool = clinicians or self._clinicians(dept, _OUTPATIENT_TITLES)
        for d in visit_days:
            self._outpatient_visit(c, dept, self._pick(pool), d, kind)
        if visit_days:  # colleagues working on the course between visits
            for _ in range(rng.randint(1, 5)):
                de = self.weekday_from(rng.randint(first, min(self.days - 1, last + 10)))
                cat = rng.choice(("Journalnotat", "Laboratoriesvar", "Overblik"))
                t_e = de * _DAY + self.tod("office")
                e(self._pick(dept.roles), system, c, t_e, "R", cat, _EPI, eoc)
            if rng.random() < 0.4:  # the GP reads the hospital record on sundhed.dk
                t_g = self.weekday_from(last + rng.randint(2, 10)) * _DAY + self.tod("gp")
                e(gp_doc, self.sundhed_dk, c, t_g, "R", "E-journal", _REF, sr)
        return eoc, last

    def flow_birth(self, c: _Citizen) -> None:
        rng = self.rng
        hosp = c.muni.hospital
        assert hosp is not None
        dept = hosp.depts["gyn"]
        midwives = self._clinicians(dept, {"Jordemoder"})
        eoc, last = self.flow_elective(c, "gyn", "birth", (2, 4), (14, 28), midwives)
        d = last + rng.randint(7, 30)
        if d < self.days - 1:
            team = rng.sample(self._clinicians(dept), min(4, len(dept.roles)))
            t = d * _DAY + self.tod("acute")
            kinds = ("birth", "ward_nurse", "ward_doctor", "discharge")
            self._ward_stay(c, dept, t, rng.randint(1, 3), eoc, kinds, team)

    def flow_forensic(self, c: _Citizen, d0: int, days: int) -> None:
        ward = self.forensic[c.muni.region]
        eoc = self.episode(c, ward, d0 * _DAY, (d0 + days + 30) * _DAY, f"Forløb på {ward.name}")
        t = d0 * _DAY + self.tod("office")
        kinds = ("forensic", "forensic", "forensic", "discharge")
        self._ward_stay(c, ward, t, days, eoc, kinds, per_day=(3, 8))

    def flow_hospital(self, c: _Citizen) -> None:
        rng, age = self.rng, c.age
        options: list[tuple[str, float]] = [
            ("acute_med", 0.3 + age / 25),
            ("elective_orto", 1.5),
            ("acute_orto", 0.2 + (age > 65) * 1.0),
        ]
        if age >= 40:
            options += [("elective_kard", 1.5), ("acute_kard", 0.3 + (age > 60) * 0.8)]
        if 16 <= age <= 65:
            options.append(("psych", 1.0))
        if c.sex == "female" and 20 <= age <= 42:
            options.append(("birth", 2.5))
        if age >= 18:
            options.append(("forensic", 0.01))
        cum = list(accumulate(v for _, v in options))
        choice = options[bisect(cum, rng.random() * cum[-1])][0]
        if choice.startswith("acute_"):
            self.flow_acute(c, choice[6:])
        elif choice.startswith("elective_"):
            self.flow_elective(c, choice[9:])
        elif choice == "psych":
            self.flow_elective(c, "psyk", "psych", (3, 10), (7, 14))
        elif choice == "birth":
            self.flow_birth(c)
        else:
            self.flow_forensic(c, rng.randrange(max(1, self.days - 10)), rng.randint(14, 90))

    def flow_system(self, c: _Citizen) -> None:
        """Batch jobs and integrations that touch every citizen now and then."""
        rng, e = self.rng, self.w.entry
        region = c.muni.region
        for _ in range(_poisson(rng, 0.5 * self.scale_days)):
            t = rng.randrange(self.days) * _DAY + self.tod("batch")
            e(self.cpr_batch[region], self.ehr[region], c, t, "U", "Stamdata", _SYS, "")
        if rng.random() < 0.25:
            t = rng.randrange(self.days) * _DAY + self.tod("integration")
            e(self.fmk_int, self.fmk, c, t, "R", "Medicinkort", _SYS, "")

    def flow_protected(self, c: _Citizen) -> None:
        """Persona 1: psychiatric course, threats toward named staff, a forensic stay."""
        w = self.w
        hidden = [self.tagged[f"hidden{k}"].roles[0] for k in (1, 2, 3)]
        hosp = hidden[0].org.hospital
        assert hosp is not None
        dept = hosp.depts["psyk"]
        system = dept.system
        assert system is not None
        self.flow_elective(c, "psyk", "psych", (10, 14), (5, 9), hidden, hosp, r_day=3)
        d_threat = self.weekday_from(min(self.days - 40, max(20, int(self.days * 0.55))))
        if d_threat >= self.days:
            d_threat = self.days // 2
        t = d_threat * _DAY + 10 * _HOUR + 30 * 60
        apt = self.appointment(c, hidden[0], t, 45, f"Ambulant samtale, {dept.name}")
        w.entry(hidden[0], system, c, t + 600, "R", "Journalnotat", _APT, apt)
        self.document(c, t + 3600, hidden[0], "psych_threat", hidden[1:], system)
        self.document(c, t + 5400, hidden[1], "psych", [hidden[0], hidden[2]], system)
        self.threat_day = d_threat
        self.hidden_staff = [a.staff.id for a in hidden if a.staff is not None]
        fd = d_threat + 7
        if fd < self.days - 2:
            self.flow_forensic(c, fd, min(21, self.days - fd - 1))

    def flow_legit(self, c: _Citizen) -> None:
        i, rng = c.idx, self.rng
        if i == 0:
            self.flow_gp(c, extra=2.0)
            self.flow_acute(c, "med", d0=self.days // 3)
            self.flow_homecare(c, intensity=4.2)
        elif i == 1:
            self.flow_gp(c)
            self.flow_protected(c)
        elif i == 3:
            self.flow_gp(c)
            self.flow_elective(c, "orto", hosp=self.tagged["coworker_victim"].roles[0].org.hospital)
        elif i in (4, 6):
            self.flow_gp(c)
            self.flow_elective(c, "kard", hosp=self.hospitals.get("AAUH", c.muni.hospital))
        elif i < _PERSONAS:
            self.flow_gp(c)
        else:
            self.flow_gp(c, extra=2.0 if c.heavy else 0.0)
            share = self.p["hospital_share"] * (0.6 + c.age / 80) * self.scale_days
            if rng.random() < (max(share, 0.45) if c.heavy else share):
                self.flow_hospital(c)
                if rng.random() < 0.1:
                    self.flow_hospital(c)
            if c.heavy:  # after the hospital flows: home care pauses during admissions
                self.flow_homecare(c)
        self.flow_system(c)

    # ---------------------------------------------------------------- misuse
    def _unrelated_actor(self, c: _Citizen, hospital_only: bool = False) -> _Actor | None:
        """A staff member whose organisation has no relation to the citizen."""
        pool = self.hosp_actors if hospital_only else self.misuse_pool
        linked = c.link[1] if c.link is not None else None
        for _ in range(20):
            a = self._pick(pool)
            if a.org.id not in c.related and a.staff is not linked:
                return a
        return None

    def _snoop(
        self,
        actor: _Actor,
        c: _Citizen,
        k: int,
        label: str,
        purpose: str = "TREAT",
        day: int | None = None,
    ) -> int:
        rng, w = self.rng, self.w
        system = actor.org.system
        assert system is not None
        t = (rng.randrange(self.days) if day is None else day) * _DAY + self.tod("snoop")
        s = w.session()
        before = w.n
        for _ in range(k):
            w.entry(actor, system, c, t, "R", rng.choice(_SNOOP_CATS), label, "", None, purpose, s)
            t += rng.randint(20, 240)
        return w.n - before

    def flow_misuse(self, c: _Citizen, legit: int) -> None:
        """Inject snooping so that about ``misuse_share`` of all entries are misuse."""
        if self.misuse_share <= 0:
            return
        rng, budget, t = self.rng, self.budget, self.tagged
        add = legit * self.misuse_share / (1 - self.misuse_share)
        for key, share in self.p["misuse_mix"].items():
            budget[key] += add * share
        link, i = c.link, c.idx
        if i == 0:
            budget["curiosity"] -= self._snoop(t["curious"].roles[0], c, 2, "misuse_curiosity")
        elif i == 3:
            snooper = t["coworker_snooper"].roles[0]
            budget["coworker"] -= self._snoop(snooper, c, 3, "misuse_coworker", day=self.days // 2)
        elif i == 4:
            budget["relative"] -= self._snoop(
                t["relative_snooper"].roles[0], c, 3, "misuse_relative"
            )
        elif i == 5:
            budget["self"] -= self._snoop(t["self_lookup"].roles[0], c, 2, "misuse_self")
        elif i == 6:
            a = self._unrelated_actor(c, hospital_only=True)
            if a is not None:
                budget["override"] -= self._snoop(a, c, 2, "misuse_override", "BTG")
        elif link is not None:
            st = link[1]
            own = st.roles[0]
            if link[0] == "relative":
                if budget["relative"] >= 1 and rng.random() < 0.6 and own.org.id not in c.related:
                    k = min(max(1, int(budget["relative"])), rng.randint(1, 8))
                    budget["relative"] -= self._snoop(own, c, k, "misuse_relative")
            else:
                mates = [a for a in own.org.roles if a.staff is not st]
                if (
                    budget["coworker"] >= 1
                    and rng.random() < 0.5
                    and mates
                    and own.org.id not in c.related
                ):
                    k = min(max(1, int(budget["coworker"])), rng.randint(1, 6))
                    budget["coworker"] -= self._snoop(self._pick(mates), c, k, "misuse_coworker")
                if budget["self"] >= 1 and rng.random() < 0.4:
                    k = min(max(1, int(budget["self"])), rng.randint(1, 4))
                    budget["self"] -= self._snoop(own, c, k, "misuse_self")
        # the sparse kinds overflow into curiosity, so that the overall share holds
        for key in ("relative", "coworker", "self"):
            if budget[key] > 60:
                budget["curiosity"] += budget[key] - 60
                budget[key] = 60.0
        if i >= _PERSONAS:
            for user, day, prob in self.high_volume:
                if rng.random() < prob and user.org.id not in c.related:
                    k = rng.randint(1, 2)
                    budget["curiosity"] -= self._snoop(user, c, k, "misuse_curiosity", day=day)
        if budget["curiosity"] >= 3 and rng.random() < 0.3:
            a = self._unrelated_actor(c)
            if a is not None:
                k = rng.randint(1, 5)
                budget["curiosity"] -= self._snoop(a, c, k, "misuse_curiosity")
        if budget["override"] >= 2 and rng.random() < 0.3:
            a = self._unrelated_actor(c, hospital_only=True)
            if a is not None:
                k = rng.randint(1, 3)
                budget["override"] -= self._snoop(a, c, k, "misuse_override", "BTG")

    # ---------------------------------------------------------------- run
    def run(self, progress: Callable[[int], None] | None) -> dict[str, Any]:
        rng, n = self.rng, self.n_citizens
        self.build_world()
        self.assign_links()
        free = max(1, n - len(self.links) - _PERSONAS)
        self.heavy_share_adj = min(1.0, self.heavy_share * n / free)
        self.misuse_pool = [
            a for a in self.actors if a.org.kind in ("department", "homecare", "gp")
        ]
        self.hosp_actors = [
            a for a in self.actors if a.org.kind == "department" and a.org.dept in _WARD_KEYS[:5]
        ]
        self.budget: dict[str, float] = dict.fromkeys(
            ("relative", "coworker", "self", "curiosity", "override"), 0.0
        )
        self.high_volume: list[tuple[_Actor, int, float]] = []
        if self.misuse_share > 0:
            lo, hi = self.p["high_volume_citizens"]
            for _ in range(int(self.p["high_volume_users"])):
                user = self._pick(self.hosp_actors)
                prob = min(0.5, rng.randint(lo, hi) / max(1, n - _PERSONAS))
                self.high_volume.append((user, rng.randrange(self.days), prob))
        self.w = _Writer(self.out, self.fmt, self.end)
        personas: dict[int, _Citizen] = {}
        every = max(1, n // 200)
        try:
            for i in range(n):
                c = self.make_citizen(i)
                self.write_patient(c)
                before = self.w.n
                self.flow_legit(c)
                self.flow_misuse(c, self.w.n - before)
                if i < _PERSONAS:
                    personas[i] = c
                if progress is not None and ((i + 1) % every == 0 or i + 1 == n):
                    progress(i + 1)
        finally:
            self.w.close()
        return self._finish(personas)

    def _finish(self, personas: dict[int, _Citizen]) -> dict[str, Any]:
        out, start, t, w = self.out, self.start, self.tagged, self.w
        threat = start + timedelta(days=self.threat_day)
        psyk = t["hidden1"].roles[0].org
        hosp_name = psyk.hospital.name if psyk.hospital else ""
        forensic = self.forensic[psyk.region]
        forensic_hosp = forensic.hospital.name if forensic.hospital else forensic.name
        p = personas
        orders = [
            {
                "id": "order-demo-patient",
                "kind": "patient",
                "patient": p[1].id,
                "staff": self.hidden_staff,
                "from": threat.isoformat(),
                "until": (threat + timedelta(days=90)).isoformat(),
                "reason": "threats",
                "mode": "pseudonym",
                "decided_by": f"Ledende overlæge, {psyk.name}, {hosp_name}",
                "note": "Borgeren har fremsat trusler mod navngivne medarbejdere under en samtale.",
            },
            {
                "id": "order-demo-forensic",
                "kind": "organization",
                "organization": forensic.id,
                "from": (start - timedelta(days=365)).isoformat(),
                "until": None,
                "reason": "high-risk department",
                "mode": "blur",
                "decided_by": f"Direktionen, {forensic_hosp}",
                "note": "Medarbejdere i retspsykiatrien vises ikke med navn over for borgere.",
            },
        ]
        proxies = [
            {
                "principal": p[0].id,
                "proxy": p[2].id,
                "scope": ["journal", "log"],
                "from": (start - timedelta(days=60)).isoformat(),
                "until": None,
            },
            {
                "principal": p[6].id,
                "proxy": p[7].id,
                "scope": ["journal"],
                "from": start.isoformat(),
                "until": (start + timedelta(days=365)).isoformat(),
            },
        ]
        admin, auditor = t["admin"], t["auditor"]

        def name(k: int) -> str:
            return _full(p[k].given, p[k].family)

        descriptions = {
            "heavy_homecare_citizen": (
                f"{name(0)}, {p[0].age} år, {p[0].city}. Får hjemmepleje flere gange om dagen og "
                "har derfor tusindvis af opslag i loggen fra 20-40 medarbejdere. Var akut indlagt "
                "på medicinsk afdeling. Et enkelt nysgerrigt opslag gemmer sig i loggen."
            ),
            "protected_citizen": (
                f"{name(1)}, {p[1].age} år. Psykiatrisk forløb; har truet navngivne medarbejdere, "
                "som derfor vises med pseudonym, og har været indlagt på Retspsykiatrisk afdeling, "
                "hvis personale altid er skjult."
            ),
            "proxy": (
                f"{name(2)} har digital fuldmagt til sin forælder {name(0)}s journal og log og ser "
                "dem med de samme skjulte navne som forælderen."
            ),
            "second_proxy": (
                f"{name(7)} har fuldmagt til ægtefællen {name(6)}s journal (ikke loggen). "
                "Ægtefællen er slået op med værdispring af en medarbejder uden behandlingsrelation."
            ),
            "coworker_victim": (
                f"{name(3)} er sygeplejerske og er slået op af en kollega fra samme afdeling uden "
                "at være i behandling dér."
            ),
            "relative_victim": (
                f"{name(4)} bor sammen med en læge med samme efternavn, som har slået vedkommende "
                "op uden behandlingsrelation."
            ),
            "self_lookup": f"{name(5)} er læge og har slået sig selv op.",
            "admin": f"{_full(admin.given, admin.family)}, systemadministrator.",
            "auditor": (
                f"{_full(auditor.given, auditor.family)}, logkontrollant; må afsløre, hvem et "
                "pseudonym dækker over, med en begrundelse."
            ),
        }
        scenario = {
            "seed": self.seed,
            "start": start.isoformat(),
            "days": self.days,
            "heavy_homecare_citizen": p[0].id,
            "protected_citizen": p[1].id,
            "proxy": {"principal": p[0].id, "proxy": p[2].id},
            "second_proxy": {"principal": p[6].id, "proxy": p[7].id},
            "admin": admin.id,
            "admin_role": admin.roles[0].id,
            "auditor": auditor.id,
            "auditor_role": auditor.roles[0].id,
            "hidden_staff": self.hidden_staff,
            "forensic_department": forensic.id,
            "coworker_victim": {
                "patient": p[3].id,
                "staff": t["coworker_victim"].id,
                "snooper": t["coworker_snooper"].id,
            },
            "relative_victim": {"patient": p[4].id, "snooper": t["relative_snooper"].id},
            "self_lookup": {"patient": p[5].id, "staff": t["self_lookup"].id},
            "override_victim": p[6].id,
            "curious_staff": t["curious"].id,
            "high_volume_users": [u.staff.id for u, _, _ in self.high_volume if u.staff],
            "descriptions": descriptions,
        }
        for fname, obj in (
            ("orders.json", orders),
            ("proxies.json", proxies),
            ("scenario.json", scenario),
        ):
            (out / fname).write_bytes(orjson.dumps(obj, option=orjson.OPT_INDENT_2) + b"\n")
        n_roles = sum(len(s.roles) for s in self.staff)
        res = w.resources
        relations = ("EpisodeOfCare", "Encounter", "Appointment", "ServiceRequest")
        return {
            "seed": self.seed,
            "citizens": self.n_citizens,
            "start": start.isoformat(),
            "days": self.days,
            "files": {
                "organizations.ndjson": len(self.orgs),
                "staff.ndjson": len(self.staff) + n_roles,
                "patients.ndjson": res.get("Patient", 0),
                "relations.ndjson": sum(res.get(k, 0) for k in relations),
                "documents.ndjson": res.get("DocumentReference", 0),
                "mentions.ndjson": self.n_mentions,
                "audit.ndjson": w.n - w.n_csv,
                "log.csv": w.n_csv,
                "ground_truth.csv": w.n,
            },
            "resources": {
                "Organization": len(self.orgs),
                "Practitioner": len(self.staff),
                "PractitionerRole": n_roles,
                **res,
                "AuditEvent": w.n - w.n_csv,
            },
            "log_entries": w.n,
            "labels": dict(w.labels),
            "scenario": {k: v for k, v in scenario.items() if k != "descriptions"},
        }


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def generate(
    out_dir: Path,
    citizens: int,
    seed: int = 1,
    *,
    start: date = date(2026, 1, 1),
    days: int = 180,
    heavy_share: float = 0.05,
    misuse_share: float = 0.01,
    progress: Callable[[int], None] | None = None,
    **params: Any,
) -> dict[str, Any]:
    """Write a synthetic data set to ``out_dir`` and return a summary.

    ``citizens`` must be at least 10 (the first eight are the demo personas). With the
    default parameters about 100 log entries are written per citizen; ``heavy_share`` is the
    share of home-care citizens (thousands of entries each) and ``misuse_share`` the share
    of injected snooping entries. ``progress`` is called with the number of citizens done so
    far. Keyword ``params`` override ``DEFAULT_PARAMS`` (unknown names raise ``TypeError``).

    The summary has ``files`` (records per file), ``resources`` (per resource type),
    ``log_entries``, ``labels`` (entries per ground-truth label) and ``scenario``.
    """
    unknown = sorted(set(params) - set(DEFAULT_PARAMS))
    if unknown:
        raise TypeError(f"unknown generator parameter(s): {', '.join(unknown)}")
    if citizens < 10:
        raise ValueError("citizens must be at least 10")
    if days < 28:
        raise ValueError("days must be at least 28")
    if not (0 <= heavy_share <= 1 and 0 <= misuse_share < 0.5):
        raise ValueError("heavy_share must be in [0, 1] and misuse_share in [0, 0.5)")
    merged = {**DEFAULT_PARAMS, **params}
    if "misuse_mix" in params:
        mix = dict.fromkeys(DEFAULT_PARAMS["misuse_mix"], 0.0)
        merged["misuse_mix"] = {**mix, **params["misuse_mix"]}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    gen = _Generator(out, citizens, seed, start, days, heavy_share, misuse_share, merged)
    return gen.run(progress)


def main(argv: list[str] | None = None) -> int:
    """``python -m indsigt.demo.generate OUT --citizens N --seed S``."""
    ap = argparse.ArgumentParser(
        prog="python -m indsigt.demo.generate",
        description="Write synthetic Danish health data (FHIR NDJSON, MinLog CSV, ground truth).",
    )
    ap.add_argument("out", type=Path, help="output folder")
    ap.add_argument("--citizens", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=date.fromisoformat, default=date(2026, 1, 1))
    ap.add_argument("--days", type=int, default=180)
    ap.add_argument("--heavy-share", type=float, default=0.05)
    ap.add_argument("--misuse-share", type=float, default=0.01)
    ap.add_argument(
        "--param", action="append", default=[], metavar="NAME=JSON", help="override a parameter"
    )
    args = ap.parse_args(argv)
    params: dict[str, Any] = {}
    for item in args.param:
        key, _, value = item.partition("=")
        try:
            params[key] = orjson.loads(value)
        except orjson.JSONDecodeError:
            params[key] = value
    kwargs: dict[str, Any] = {
        "seed": args.seed,
        "start": args.start,
        "days": args.days,
        "heavy_share": args.heavy_share,
        "misuse_share": args.misuse_share,
        **params,
    }
    t0 = time.perf_counter()
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns) as bar:
            task = bar.add_task("Borgere", total=args.citizens)
            summary = generate(
                args.out, args.citizens, progress=lambda k: bar.update(task, completed=k), **kwargs
            )
    else:
        summary = generate(args.out, args.citizens, **kwargs)
    elapsed = time.perf_counter() - t0
    n = summary["log_entries"]
    print(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode())
    rate = n / max(elapsed, 1e-9)
    print(f"{n} log entries in {elapsed:.1f} s ({rate:,.0f} entries/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
