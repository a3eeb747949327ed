"""The synthetic data generator: determinism, FHIR validity, referential integrity, log
ground truth, name-mention spans and the substitute-CPR convention."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from indsigt.demo.generate import CSV_COLUMNS, LABELS, generate, main

CITIZENS = 60
FILES = (
    "organizations.ndjson",
    "staff.ndjson",
    "patients.ndjson",
    "relations.ndjson",
    "documents.ndjson",
    "mentions.ndjson",
    "audit.ndjson",
    "log.csv",
    "ground_truth.csv",
    "orders.json",
    "proxies.json",
    "scenario.json",
)
CPR = "urn:oid:1.2.208.176.1.2"
TZ = ZoneInfo("Europe/Copenhagen")
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$")


def _digest(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in FILES}


def _ndjson(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Data:
    """One generated data set, loaded."""

    def __init__(self, folder: Path, summary: dict[str, Any]) -> None:
        self.folder = folder
        self.summary = summary
        self.resources: dict[str, list[dict[str, Any]]] = {}
        for name in FILES:
            if name.endswith(".ndjson") and name != "mentions.ndjson":
                for obj in _ndjson(folder / name):
                    self.resources.setdefault(obj["resourceType"], []).append(obj)
        self.by_ref = {f"{rt}/{o['id']}": o for rt, objs in self.resources.items() for o in objs}
        self.mentions = _ndjson(folder / "mentions.ndjson")
        with (folder / "log.csv").open(encoding="utf-8", newline="") as f:
            self.csv_header = next(csv.reader(f))
        with (folder / "log.csv").open(encoding="utf-8", newline="") as f:
            self.csv_rows = list(csv.DictReader(f))
        with (folder / "ground_truth.csv").open(encoding="utf-8", newline="") as f:
            self.truth = list(csv.DictReader(f))
        self.orders = json.loads((folder / "orders.json").read_text(encoding="utf-8"))
        self.proxies = json.loads((folder / "proxies.json").read_text(encoding="utf-8"))
        self.scenario = json.loads((folder / "scenario.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Data:
    folder = tmp_path_factory.mktemp("gen-a")
    return Data(folder, generate(folder, CITIZENS, seed=7))


def test_same_seed_gives_identical_files_and_another_seed_does_not(
    data: Data, tmp_path: Path
) -> None:
    again = generate(tmp_path / "again", CITIZENS, seed=7)
    assert again == data.summary
    assert _digest(tmp_path / "again") == _digest(data.folder)
    generate(tmp_path / "other", CITIZENS, seed=8)
    other = _digest(tmp_path / "other")
    assert other["audit.ndjson"] != _digest(data.folder)["audit.ndjson"]
    assert other["patients.ndjson"] != _digest(data.folder)["patients.ndjson"]


def test_samples_of_every_resource_type_validate_as_fhir_r4b(data: Data) -> None:
    from fhir.resources.R4B import get_fhir_model_class

    expected = {
        "Organization",
        "Practitioner",
        "PractitionerRole",
        "Patient",
        "EpisodeOfCare",
        "Encounter",
        "Appointment",
        "ServiceRequest",
        "DocumentReference",
        "AuditEvent",
    }
    assert expected <= set(data.resources)
    for rt, objs in data.resources.items():
        model = get_fhir_model_class(rt)
        step = max(1, len(objs) // 25)
        for obj in objs[::step]:
            model.model_validate(obj)


def _references(obj: Any) -> list[str]:
    out: list[str] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                out.extend(_references(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(_references(v))
    return out


def test_every_reference_points_to_a_generated_resource(data: Data) -> None:
    missing = [
        ref
        for objs in data.resources.values()
        for obj in objs
        for ref in _references(obj)
        if ref not in data.by_ref
    ]
    assert missing == []
    for row in data.truth:
        assert f"Patient/{row['patient']}" in data.by_ref
        if row["relation"]:
            assert row["relation"] in data.by_ref, row
    for m in data.mentions:
        assert f"DocumentReference/{m['document']}" in data.by_ref
        assert f"Practitioner/{m['staff_id']}" in data.by_ref
    for order in data.orders:
        if order["kind"] == "patient":
            assert f"Patient/{order['patient']}" in data.by_ref
            assert all(f"Practitioner/{s}" in data.by_ref for s in order["staff"])
        else:
            assert f"Organization/{order['organization']}" in data.by_ref
    for proxy in data.proxies:
        assert f"Patient/{proxy['principal']}" in data.by_ref
        assert f"Patient/{proxy['proxy']}" in data.by_ref


def test_csv_has_the_contract_header_and_valid_rows(data: Data) -> None:
    assert data.csv_header == CSV_COLUMNS
    assert data.csv_rows, "some entries must come as MinLog CSV"
    cprs = {
        i["value"] for p in data.resources["Patient"] for i in p["identifier"] if i["system"] == CPR
    }
    for row in data.csv_rows:
        assert row["regKode"] and row["bruger"] and row["cprNrBorger"] in cprs
        assert ISO.match(row["tidspunkt"]), row
        assert row["formaal"] in ("TREAT", "ETREAT", "BTG")
        org = row["orgUsingID"]
        assert org.startswith("SOR:") or f"Organization/{org}" in data.by_ref


def test_every_log_entry_is_in_the_ground_truth_exactly_once(data: Data) -> None:
    cpr_to_patient = {
        i["value"]: p["id"]
        for p in data.resources["Patient"]
        for i in p["identifier"]
        if i["system"] == CPR
    }
    entries = {ae["id"]: _patient_of(ae) for ae in data.resources["AuditEvent"]}
    for row in data.csv_rows:
        assert row["regKode"] not in entries
        entries[row["regKode"]] = cpr_to_patient[row["cprNrBorger"]]
    ids = [row["entry_id"] for row in data.truth]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(entries)
    assert len(entries) == data.summary["log_entries"]
    for row in data.truth:
        assert row["label"] in LABELS
        assert entries[row["entry_id"]] == row["patient"]
    labels = Counter(row["label"] for row in data.truth)
    for label in ("misuse_relative", "misuse_coworker", "misuse_self", "misuse_curiosity"):
        assert labels[label] > 0, label
    assert labels["legit_homecare"] > 1000


def _patient_of(ae: dict[str, Any]) -> str:
    refs = [e["what"]["reference"] for e in ae["entity"] if "what" in e]
    patients = [r.split("/", 1)[1] for r in refs if r.startswith("Patient/")]
    assert len(patients) == 1, ae
    return patients[0]


def test_audit_events_follow_the_contract(data: Data) -> None:
    purposes = Counter()
    for ae in data.resources["AuditEvent"]:
        assert ISO.match(ae["recorded"]), ae["recorded"]
        local = datetime.fromisoformat(ae["recorded"])
        assert local.utcoffset() == local.astimezone(TZ).utcoffset()
        assert ae["type"]["code"] == "110110"
        requestors = [a for a in ae["agent"] if a["requestor"]]
        assert len(requestors) == 1
        who = requestors[0]["who"]
        if "reference" in who:
            assert who["reference"].startswith("PractitionerRole/")
        else:
            assert who["identifier"]["value"] and who["display"]
            is_system = "type" in requestors[0]
            assert is_system or any(
                a["who"].get("reference", "").startswith("Organization/") for a in ae["agent"]
            )
        assert ae["source"]["observer"]["display"]
        purposes[ae["purposeOfEvent"][0]["coding"][0]["code"]] += 1
    assert purposes["TREAT"] and purposes["ETREAT"] and purposes["BTG"]


def _forms(staff: dict[str, Any]) -> set[str]:
    name = staff["name"][0]
    given, family = name["given"], name["family"]
    parts = family.replace("-", " ").split()
    ids = {i["system"]: i["value"] for i in staff["identifier"]}
    username = ids["urn:indsigt:username"]
    forms = {
        " ".join([*given, family]),
        f"{given[0]} {family}",
        given[0],
        family,
        *parts,
        f"{given[0]} {family}".upper(),
        f"{given[0]}\n{family}",
        staff["telecom"][0]["value"],
        username,
        username.split("\\")[-1].upper().rstrip("0123456789"),
    }
    for base in (family, given[0]):
        forms.add(base + ("'" if base[-1] in "sxz" else "s"))
    return forms


def test_mention_spans_point_at_the_staff_members_names(data: Data) -> None:
    texts = {
        d["id"]: base64.b64decode(d["content"][0]["attachment"]["data"]).decode("utf-8")
        for d in data.resources["DocumentReference"]
    }
    staff = {s["id"]: s for s in data.resources["Practitioner"]}
    seen_forms = Counter()
    for m in data.mentions:
        text = texts[m["document"]]
        assert 0 <= m["start"] < m["end"] <= len(text)
        found = text[m["start"] : m["end"]]
        assert found in _forms(staff[m["staff_id"]]), (found, m)
        seen_forms[m["form"]] += 1
    for form in ("full", "title_name", "given", "family", "genitive", "initials", "email"):
        assert seen_forms[form] > 0, form
    assert seen_forms["username"] + seen_forms["caps"] + seen_forms["linebreak"] > 0
    everything = "\n".join(texts.values())
    assert "per dag" in everything or "per os" in everything
    assert re.search(r"\b(skoven|frost|rask|bo hjemme)\b", everything)


def test_cpr_numbers_are_substitute_numbers(data: Data) -> None:
    cprs = [
        i["value"]
        for rt in ("Patient", "Practitioner")
        for obj in data.resources[rt]
        for i in obj["identifier"]
        if i["system"] == CPR
    ]
    assert cprs
    for cpr in cprs:
        assert re.fullmatch(r"\d{10}", cpr)
        assert 61 <= int(cpr[:2]) <= 91
        assert 1 <= int(cpr[2:4]) <= 12
    patients = [i["value"] for p in data.resources["Patient"] for i in p["identifier"]]
    assert len(patients) == len(set(patients)) == CITIZENS
    assert all(not p["id"].isdigit() for p in data.resources["Patient"])


def test_staff_and_relatives_appear_as_citizens(data: Data) -> None:
    patient_cprs = {
        i["value"] for p in data.resources["Patient"] for i in p["identifier"] if i["system"] == CPR
    }
    staff_cprs = {
        i["value"]
        for s in data.resources["Practitioner"]
        for i in s["identifier"]
        if i["system"] == CPR
    }
    assert patient_cprs & staff_cprs, "some staff members must also be patients"

    def key(obj: dict[str, Any]) -> tuple[str, str, str]:
        a = obj["address"][0]
        return obj["name"][0]["family"], a["line"][0], a["postalCode"]

    staff_homes = {key(s) for s in data.resources["Practitioner"]}
    relatives = [
        p
        for p in data.resources["Patient"]
        if key(p) in staff_homes and not ({i["value"] for i in p["identifier"]} & staff_cprs)
    ]
    assert relatives, "some citizens must live with a staff member of the same surname"


def test_scenario_orders_and_proxies(data: Data) -> None:
    sc = data.scenario
    for key in ("heavy_homecare_citizen", "protected_citizen", "admin", "auditor", "proxy"):
        assert key in sc
        assert key in sc["descriptions"] or key == "proxy"
    assert sc["proxy"] == {
        "principal": data.proxies[0]["principal"],
        "proxy": data.proxies[0]["proxy"],
    }
    assert f"Practitioner/{sc['admin']}" in data.by_ref
    assert f"Practitioner/{sc['auditor']}" in data.by_ref
    kinds = {o["kind"]: o for o in data.orders}
    patient_order = kinds["patient"]
    assert patient_order["patient"] == sc["protected_citizen"]
    assert 2 <= len(patient_order["staff"]) <= 3
    # the hidden staff wrote notes about the protected citizen
    authors = {
        data.by_ref[d["author"][0]["reference"]]["practitioner"]["reference"].split("/")[1]
        for d in data.resources["DocumentReference"]
        if d["subject"]["reference"] == f"Patient/{sc['protected_citizen']}"
    }
    assert set(patient_order["staff"]) <= authors
    forensic = data.by_ref[f"Organization/{kinds['organization']['organization']}"]
    assert forensic["name"] == "Retspsykiatrisk afdeling"
    for order in data.orders:
        assert order["reason"] and order["mode"] in ("pseudonym", "blur") and order["decided_by"]
    heavy = sc["heavy_homecare_citizen"]
    heavy_rows = [r for r in data.truth if r["patient"] == heavy]
    assert len(heavy_rows) > 1000
    homecare_roles = {
        a["agent"][0]["who"].get("reference")
        for a in data.resources["AuditEvent"]
        if _patient_of(a) == heavy and a["source"]["observer"]["display"] in ("Cura", "FMK")
    }
    assert len(homecare_roles) >= 15


def test_organisations_have_identifiers_types_and_hierarchy(data: Data) -> None:
    orgs = data.resources["Organization"]
    kinds = Counter(o["type"][0]["text"] for o in orgs)
    for kind in ("region", "hospital", "department", "municipality", "homecare", "gp", "system"):
        assert kinds[kind] > 0, kind
    for o in orgs:
        assert any(i["system"] == "urn:oid:1.2.208.176.1.1" for i in o["identifier"])
        kind = o["type"][0]["text"]
        parent = data.by_ref.get(o.get("partOf", {}).get("reference", ""))
        if kind == "department":
            assert parent is not None and parent["type"][0]["text"] == "hospital"
        if kind == "hospital":
            assert parent is not None and parent["type"][0]["text"] == "region"
        if kind == "homecare":
            assert parent is not None and parent["type"][0]["text"] == "municipality"
        if kind == "municipality":
            codes = [i["value"] for i in o["identifier"] if i["system"] == "urn:dk:kommunekode"]
            assert len(codes) == 1 and re.fullmatch(r"\d{4}", codes[0])


def test_parameters_change_the_mix(tmp_path: Path) -> None:
    summary = generate(tmp_path / "a", 30, seed=3, misuse_share=0.0, heavy_share=0.0, regions=1)
    assert not any(v for k, v in summary["labels"].items() if k.startswith("misuse_"))
    names = {o["name"] for o in _ndjson(tmp_path / "a" / "organizations.ndjson")}
    assert "Region Nordjylland" in names and "Region Syddanmark" not in names
    with pytest.raises(TypeError):
        generate(tmp_path / "b", 30, no_such_parameter=1)


def test_misuse_share_is_roughly_the_requested_share(tmp_path: Path) -> None:
    summary = generate(tmp_path, 400, seed=5, misuse_share=0.02)
    misuse = sum(v for k, v in summary["labels"].items() if k.startswith("misuse_"))
    assert 0.01 < misuse / summary["log_entries"] < 0.04


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--citizens", "20", "--seed", "2"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["citizens"] == 20
    assert (tmp_path / "audit.ndjson").stat().st_size > 0


def test_legit_entries_are_explained_and_misuse_is_not(data: Data) -> None:
    """A legit entry's user works where its relation is; a snoop has no relation at all."""
    role_org = {r["id"]: r["organization"]["reference"] for r in data.resources["PractitionerRole"]}
    sor = {
        "SOR:" + i["value"]: f"Organization/{o['id']}"
        for o in data.resources["Organization"]
        for i in o["identifier"]
        if i["system"] == "urn:oid:1.2.208.176.1.1"
    }

    def orgs_of(ref: str) -> set[str]:
        o = data.by_ref[ref]
        rt = o["resourceType"]
        if rt == "EpisodeOfCare":
            return {o["managingOrganization"]["reference"]}
        if rt == "Encounter":
            return {o["serviceProvider"]["reference"]}
        if rt == "DocumentReference":
            return {o["custodian"]["reference"]}
        if rt == "ServiceRequest":
            requester = role_org[o["requester"]["reference"].split("/")[1]]
            return {p["reference"] for p in o["performer"]} | {requester}
        actors = [p["actor"]["reference"] for p in o["participant"]]
        return {
            role_org[a.split("/")[1]] if a.startswith("PractitionerRole/") else a
            for a in actors
            if not a.startswith("Patient/")
        }

    related: dict[str, set[str]] = {}
    for rt in ("EpisodeOfCare", "Encounter", "Appointment", "ServiceRequest", "DocumentReference"):
        for o in data.resources[rt]:
            if rt == "Appointment":
                subject = next(
                    p["actor"]["reference"]
                    for p in o["participant"]
                    if p["actor"]["reference"].startswith("Patient/")
                )
            else:
                subject = (o.get("patient") or o.get("subject"))["reference"]
            related.setdefault(subject, set()).update(orgs_of(f"{rt}/{o['id']}"))

    user_org: dict[str, str] = {}
    for ae in data.resources["AuditEvent"]:
        who = ae["agent"][0]["who"]
        if "reference" in who:
            user_org[ae["id"]] = role_org[who["reference"].split("/")[1]]
        elif len(ae["agent"]) > 1:
            user_org[ae["id"]] = ae["agent"][1]["who"]["reference"]
        else:
            user_org[ae["id"]] = ae["source"]["observer"]["reference"]
    for row in data.csv_rows:
        org = row["orgUsingID"]
        user_org[row["regKode"]] = sor.get(org, f"Organization/{org}")

    for row in data.truth:
        org, label = user_org[row["entry_id"]], row["label"]
        if label.startswith("legit_"):
            assert org in orgs_of(row["relation"]), row
        elif label.startswith("misuse_") and label != "misuse_self":
            assert org not in related.get(f"Patient/{row['patient']}", set()), row


def test_summary_counts_match_the_files(data: Data, tmp_path: Path) -> None:
    for name, count in data.summary["files"].items():
        with (data.folder / name).open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))[1:] if name.endswith(".csv") else f.read().splitlines()
        assert len(rows) == count, name
    assert sum(data.summary["labels"].values()) == data.summary["log_entries"]
    calls: list[int] = []
    generate(tmp_path, 20, seed=1, progress=calls.append)
    assert calls == sorted(calls) and calls[-1] == 20
