"""A dense synthetic store in which every explanation rule and every flag fires, written straight
into the store's tables (the shapes the importer writes), for the analytics equality tests.

It is built to provoke the engine's corners, not to be realistic: relations without a start or an
end, an end before the start, relations at unknown organisations, the same relation window twice
(ties), open episodes kept alive by writes and home-care visits, notes with and without a
custodian, referrals to and from the user's organisation, general practices, service departments
by name and on the operator's list, a department that routinely serves another (a mined
template), work on behalf of a doctor (in and outside their organisation, an unknown responsible
person), citizens as users, machines (marked, listed in the settings, named like one), users
outside the roster and logged by CPR number, a provisional organisation, the logging system as
organisation, emergency overrides, lookups at night and at weekends, staff who are citizens, who
share a family name or an address with a citizen, registered relatives, common family names and
shared addresses (more than 2,000 citizens, so that the store's own figures count).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Engine, insert

from indsigt.store import (
    AccessEntry,
    Document,
    ImportedFile,
    Organization,
    Patient,
    Relation,
    RelationStaff,
    Staff,
    StaffRole,
)
from indsigt.store.accesslog import AccesslogService
from indsigt.store.models import RelatedPerson

START = datetime(2026, 1, 5)
DAYS = 120
SYSTEM_USER = "batchjob-fmk"  # listed in INDSIGT_SYSTEM_USERS by the tests

FAMILIES = [
    "Jensen", "Nielsen", "Hansen", "Holm", "Lund-Sørensen", "Kvistgaard", "Skov", "Berg",
    "de Vries", "Østergaard", "Aagaard", "Bæk", "Mølgaard", "Frost", "Winther",
]  # fmt: skip
GIVEN = ["Anna", "Bent", "Carl", "Dorte", "Eva", "Finn", "Gitte", "Hans", "Ida", "Jens"]
STREETS = ["Skovvej", "Bakkevej", "Strandvej", "Kirkegade", "Møllevej"]


def _orgs() -> list[dict[str, Any]]:
    o = [
        ("reg", "Region Tæt", "region", None),
        ("hosp", "Tætby Sygehus", "hospital", "reg"),
        ("kard", "Kardiologisk afdeling", "department", "hosp"),
        ("kard-amb", "Kardiologisk ambulatorium", "department", "kard"),
        ("med", "Medicinsk afdeling", "department", "hosp"),
        ("akut", "Akutmodtagelsen", "department", "hosp"),
        ("rtg", "Radiologisk afdeling", "department", "hosp"),
        ("lab", "Klinisk Biokemisk Afdeling", "department", "hosp"),
        ("nat", "Natholdet", "department", "hosp"),  # serves med (a mined template)
        ("psyk", "Psykiatrien", "hospital", "reg"),
        ("psyk-a", "Retspsykiatrisk afdeling", "department", "psyk"),
        ("kom", "Tætby Kommune", "municipality", None),
        ("hjem", "Hjemmeplejen Tætby", "homecare", "kom"),
        ("gp1", "Lægerne i Tætby", "almen praksis", None),
        ("gp2", "Lægehuset Vest", "gp", None),
        ("sys", "Sundhedsplatformen", "system", None),
        ("apo", "Sygehusapoteket", "department", "hosp"),
        ("SOR:999", "SOR:999", None, None),  # provisional, turns out to be kard
    ]
    rows = [
        {
            "id": i,
            "sor": None,
            "name": n,
            "type": t,
            "part_of": p,
            "municipality_code": None,
            "provisional": i.startswith("SOR:"),
            "alias_of": "kard" if i.startswith("SOR:") else None,
        }
        for i, n, t, p in o
    ]
    return rows


def build(engine: Engine, citizens: int = 2100, seed: int = 7) -> dict[str, Any]:
    """Write the store; returns a few ids the tests look for."""
    rng = np.random.default_rng(seed)
    t0 = START.replace(tzinfo=UTC)

    def when(day: float, hour: float = 10.0) -> datetime:
        return (t0 + timedelta(days=float(day), hours=float(hour))).replace(tzinfo=None)

    orgs = _orgs()
    depts = [
        "kard",
        "kard-amb",
        "med",
        "akut",
        "rtg",
        "lab",
        "nat",
        "psyk-a",
        "hjem",
        "gp1",
        "gp2",
        "apo",
    ]
    # -- staff
    staff: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    staff_of: dict[str, list[str]] = {}
    k = 0
    for d in depts:
        for _ in range(6 if d != "nat" else 8):
            sid = f"s{k:03d}"
            fam = FAMILIES[int(rng.integers(len(FAMILIES)))]
            street = STREETS[int(rng.integers(len(STREETS)))]
            addr = f"{street} {int(rng.integers(1, 40))} 9000" if rng.random() < 0.7 else None
            staff.append(
                {
                    "id": sid,
                    "given": GIVEN[int(rng.integers(len(GIVEN)))],
                    "family": fam,
                    "prefix": None,
                    "cpr": f"01018{k:05d}" if rng.random() < 0.5 else None,
                    "auth_id": None,
                    "username": f"u{k}",
                    "email": None,
                    "address": addr,
                    "address_key": addr.lower() if addr else None,
                }
            )
            title = "Overlæge" if k % 3 == 0 else ("Sygeplejerske" if k % 3 == 1 else "")
            roles.append({"id": f"r{k:03d}", "staff_id": sid, "organization_id": d, "title": title})
            if k % 7 == 0:  # a second role elsewhere
                other = depts[(depts.index(d) + 1) % len(depts)]
                roles.append(
                    {"id": f"r{k:03d}b", "staff_id": sid, "organization_id": other, "title": "Læge"}
                )
            staff_of.setdefault(d, []).append(sid)
            k += 1
    # a role in the provisional organisation's real one, one in an unknown organisation
    roles.append({"id": "rx1", "staff_id": "s000", "organization_id": "SOR:999", "title": "Læge"})
    roles.append({"id": "rx2", "staff_id": "s001", "organization_id": "ukendt", "title": None})
    # -- citizens (some are staff: same CPR, or the same name and address without CPR)
    patients: list[dict[str, Any]] = []
    related: list[dict[str, Any]] = []
    for i in range(citizens):
        pid = f"p{i:05d}"
        fam = FAMILIES[int(rng.integers(len(FAMILIES)))] if i % 5 else "Kvist" + str(i % 40)
        given = GIVEN[int(rng.integers(len(GIVEN)))]
        addr = f"{STREETS[int(rng.integers(len(STREETS)))]} {int(rng.integers(1, 40))} 9000"
        if i % 200 == 0:  # a care home: many citizens at one address
            addr = "Plejehjemmet Solgården 1 9000"
        cpr = f"{(i % 28) + 1:02d}0160{i:04d}"
        if i < 12:  # citizens who are staff
            s = staff[i * 5]
            if s["cpr"]:
                cpr = s["cpr"]
            else:
                fam, given, addr = s["family"], s["given"], s["address"] or addr
        patients.append(
            {
                "id": pid,
                "cpr": cpr,
                "given": given,
                "family": fam,
                "address": addr,
                "address_key": addr.lower(),
                "municipality_code": None,
            }
        )
        if i % 50 == 3:  # a registered relative who is a staff member
            s = staff[int(rng.integers(len(staff)))]
            related.append(
                {
                    "id": f"{pid}#contact-1",
                    "patient_id": pid,
                    "given": s["given"],
                    "family": s["family"],
                    "relationship": "søn",
                    "address_key": None,
                    "source": "Patient.contact",
                }
            )
    # -- relations
    rels: list[dict[str, Any]] = []
    rstaff: list[dict[str, Any]] = []
    docs: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    n_rel = 0

    def rel(
        kind: str,
        pid: str,
        org: str | None,
        s: datetime | None,
        e: datetime | None,
        other: str | None = None,
        who: list[str] = (),
    ) -> str:  # type: ignore[assignment]
        nonlocal n_rel
        rid = f"{kind[:3]}{n_rel:06d}"
        n_rel += 1
        rels.append(
            {
                "kind": kind,
                "id": rid,
                "patient_id": pid,
                "organization_id": org,
                "other_organization_id": other,
                "start": s,
                "end": e,
                "status": None,
                "text": None,
            }
        )
        for sid in who:
            rstaff.append(
                {
                    "kind": kind,
                    "relation_id": rid,
                    "ref": f"Practitioner/{sid}",
                    "staff_id": sid,
                    "role_id": None,
                    "organization_id": org,
                }
            )
        return rid

    n_e = 0

    def access(pid: str, t: datetime, user: str | None, org: str | None, **kw: Any) -> None:
        nonlocal n_e
        row = {
            "id": f"e{n_e:07d}",
            "patient_id": pid,
            "time": t,
            "action": kw.get("action", "R"),
            "purpose": kw.get("purpose", "TREAT"),
            "user_ref": kw.get("ref", f"Practitioner/{user}" if user else None),
            "user_staff_id": user,
            "user_role_id": None,
            "user_display": kw.get("display"),
            "on_behalf_staff_id": kw.get("behalf"),
            "on_behalf_display": kw.get("behalf_display"),
            "organization_id": org,
            "system_name": "EPJ",
            "what": None,
            "data_ref": None,
            "session_id": None,
            "is_system": kw.get("system", False),
            "source": "fhir",
        }
        entries.append(row)
        n_e += 1

    def pick(d: str) -> str:
        xs = staff_of[d]
        return xs[int(rng.integers(len(xs)))]

    med_patients = []
    for i, p in enumerate(patients):
        pid = p["id"]
        d0 = float(rng.integers(0, DAYS - 20))
        dept = ["kard", "med", "akut", "psyk-a", "kard-amb"][i % 5]
        kind = i % 11
        if kind == 0:  # an open episode, kept alive (or not) by writes
            rel("episode", pid, dept, when(d0, 0), None)
        elif kind == 1:  # home care, open, visits
            rel("episode", pid, "hjem", when(d0, 0), None)
            for v in range(int(rng.integers(3, 12))):
                access(pid, when(d0 + v * 9, 8), pick("hjem"), "hjem")
        elif kind == 2:  # an encounter with participants
            rel("encounter", pid, dept, when(d0, 9), when(d0 + 2, 12), who=[pick(dept)])
        elif kind == 3:  # appointment with a user; the same window twice (a tie)
            u = pick(dept)
            rel("appointment", pid, dept, when(d0, 13), when(d0, 14), who=[u])
            rel("appointment", pid, dept, when(d0, 13), when(d0, 14), who=[u])
        elif kind == 4:  # a referral from the GP to radiology, no end
            rel("referral", pid, "rtg", when(d0, 0), None, other="gp1")
        elif kind == 5:  # the citizen's own GP
            rel("encounter", pid, "gp2", when(d0, 9), when(d0, 9.3))
        elif kind == 6:  # corners: no start, end before start, unknown organisation
            rel("episode", pid, dept, None, when(d0, 0))
            rel("encounter", pid, dept, when(d0 + 3, 0), when(d0, 0))
            rel("episode", pid, "findes-ikke", when(d0, 0), when(d0 + 30, 0))
            rel("encounter", pid, dept, None, None)
        elif kind == 7:  # an episode in med: the night team serves it (template)
            rel("episode", pid, "med", when(d0, 0), when(d0 + 10, 0))
            med_patients.append((pid, d0))
        elif kind == 8:  # an open encounter
            rel("encounter", pid, dept, when(d0, 10), None)
        elif kind == 9:  # a closed episode and an encounter at the parent hospital
            rel("episode", pid, dept, when(d0, 0), when(d0 + 20, 0))
            rel("encounter", pid, "hosp", when(d0 + 1, 8), when(d0 + 1, 9))
        else:  # two episodes with the same window at two departments of one family
            rel("episode", pid, "kard", when(d0, 0), when(d0 + 5, 0))
            rel("episode", pid, "kard-amb", when(d0, 0), when(d0 + 5, 0))
        # notes, some with a custodian
        if i % 4 == 0:
            author = pick(dept)
            docs.append(
                {
                    "id": f"d{i:05d}",
                    "patient_id": pid,
                    "date": when(d0 + 1, 11),
                    "title": "Notat",
                    "author_ref": f"Practitioner/{author}",
                    "author_staff_id": author,
                    "author_role_id": None,
                    "author_display": None,
                    "organization_id": dept if i % 8 == 0 else None,
                    "content_type": "text/plain",
                    "text": "",
                }
            )
        # accesses around the relation, by its department and others
        for _ in range(int(rng.integers(4, 16))):
            d = float(d0 + rng.integers(-3, 40))
            hour = float(rng.choice([3.0, 9.5, 10.0, 13.0, 19.5, 23.0]))
            org = dept if rng.random() < 0.6 else depts[int(rng.integers(len(depts)))]
            user = pick(org if org in staff_of else "kard")
            extra: dict[str, Any] = {}
            r = rng.random()
            if r < 0.05:
                extra["purpose"] = "BTG"
            elif r < 0.12:
                extra["action"] = "U"
            if rng.random() < 0.1:
                org = None if rng.random() < 0.5 else "sys"
            access(pid, when(d, hour), user, org, **extra)
    # the night team looks at med's patients during their episodes, over many weeks
    nat = staff_of["nat"]
    for j, (pid, d0) in enumerate(med_patients):
        access(pid, when(d0 + 2, 2), nat[j % len(nat)], "nat")
    # the night team's unrelated lookups (so that med's share is measured against something)
    for j in range(30):
        access(patients[(j * 7 + 1) % citizens]["id"], when(j * 3, 1), nat[j % len(nat)], "nat")
    # on behalf: a secretary of kard working at the emergency ward for a doctor of kard:
    # explained by the doctor's own encounter (at med) or by the doctor's department's episode;
    # a secretary of psyk-a (not of the doctor's organisation); an unknown responsible person
    doctor = staff_of["kard"][0]
    sec_in, sec_out = staff_of["kard"][1], staff_of["psyk-a"][1]
    for j in range(40):
        pid = patients[(2000 - j) % citizens]["id"]
        d0 = float(j * 2)
        rel("encounter", pid, "med", when(d0, 8), when(d0 + 1, 8), who=[doctor])
        rel("episode", pid, "kard", when(d0 + 10, 0), when(d0 + 13, 0))
        access(pid, when(d0, 9), sec_in, "akut", behalf=doctor)
        access(pid, when(d0 + 11, 9), sec_in, "akut", behalf=doctor)
        access(pid, when(d0, 10), sec_out, "psyk-a", behalf=doctor)
        access(pid, when(d0 + 1.5, 10), sec_in, "akut", behalf=staff_of["med"][0])
        access(pid, when(d0, 11), sec_in, None, behalf_display="Hans Skov")
    # citizens and proxies as users, machines, users outside the roster, CPR as user
    for j in range(60):
        pid = patients[(j * 13) % citizens]["id"]
        t = when(float(j), 12)
        other = patients[(j * 13 + 1) % citizens]["id"]
        access(pid, t, None, None, ref=f"Patient/{pid}")
        access(pid, t, None, None, ref=f"Patient/{other}")
        access(pid, t, None, "sys", ref="svc-integration", display="FMK integration")
        access(pid, t, None, "kard", ref=SYSTEM_USER)
        access(pid, t, None, "kard", ref="vikar-7", display="Vikar Jensen")
        access(pid, t, None, "kard", ref="cpr:0101801234")
        access(pid, t, None, "SOR:999", ref="x-9", display="Lise Holm")
        access(pid, t, None, "kard", ref=None, display="Pia Kvist3")
        access(pid, t, pick("med"), "kard", system=True)
        access(pid, t, pick("kard"), "SOR:999")
        access(pid, t, pick("kard"), "gammel-afdeling")
    # a high-volume day: one user, many citizens without relation
    hv = staff_of["psyk-a"][2]
    for j in range(40):
        access(patients[(j * 41 + 5) % citizens]["id"], when(60, 14 + j / 60), hv, "psyk-a")
    services = [
        {
            "user_org": "apo",
            "relation_org": "kard",
            "note": "medicin",
            "added_by": "t",
            "added_at": None,
        }
    ]
    now = datetime(2026, 6, 1)
    with engine.begin() as conn:
        conn.execute(insert(Organization), orgs)
        conn.execute(insert(Staff), staff)
        conn.execute(insert(StaffRole), roles)
        conn.execute(insert(Patient), patients)
        conn.execute(insert(RelatedPerson), related)
        conn.execute(insert(Relation), rels)
        conn.execute(insert(RelationStaff), rstaff)
        conn.execute(insert(Document), docs)
        conn.execute(insert(AccesslogService), services)
        for i in range(0, len(entries), 20_000):
            conn.execute(insert(AccessEntry), entries[i : i + 20_000])
        conn.execute(
            insert(ImportedFile),
            [{"at": now, "name": "dense", "records": len(entries), "new": len(entries)}],
        )
    return {"entries": len(entries), "patients": len(patients), "doctor": doctor}
