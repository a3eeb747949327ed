"""A pregnancy as FHIR R4 documents: one ``Bundle`` of type ``document`` per document kind of the
GM model (``PRF`` Svangerskabsjournal, ``PSCR`` Vandrejournal, ``PMR`` Målinger), each opened by a
``Composition`` in the style of ``GMDocumentComposition`` (type code, the pregnancy's official
identifier in the ``GMGraditetsforloebReference`` extension, one section), followed by its
elements (Observations with the GM codes and components; Conditions; the birth wishes as a
QuestionnaireResponse; the pregnancy itself as an EpisodeOfCare in the Vandrejournal) and one
``Provenance`` per element version shown: who (PractitionerRole, Practitioner), for which
organisation, when, created or corrected and why.

Validated with ``fhir.resources`` (its R4B models, the R4 line indsigt reads with) by
:func:`validate`; the tests run every document through it.

For a citizen (``citizen=True``) the staff appear as the view shows them: ``person(staff_id,
name)`` is the label of a hidden person, and no Practitioner carries an identifier or indsigt's
staff id (their ids are numbered per document), so nothing in the document links a label to a
person. The CPR number is never written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..config import get_settings
from ..errors import Invalid
from ..store import Patient
from ..store.pregnancy import Pregnancy
from ..timeutil import iso_local
from . import reading
from .access import PROFESSIONS
from .catalogue import (
    DOC_TYPE_SYSTEM,
    DOCS,
    KINDS,
    PREGNANCY_ID_SYSTEM,
    QUALIFIER_SYSTEM,
    SCT,
    WISHES_QUESTIONNAIRE,
    Kind,
)
from .records import header_id

IG = "http://sundhedsdatastyrelsen.dk/StructureDefinition"
EXT_PREGNANCY_REF = f"{IG}/GMGraditetsforloebReference"
EXT_INTERVAL = f"{IG}/GMQuantityInterval"
#: indsigt's own extensions on the EpisodeOfCare (the IG has no pregnancy resource)
EXT = "urn:indsigt:fhir:pregnancy"
EXT_DUE = f"{EXT}:due-date"
EXT_BASIS = f"{EXT}:due-date-basis"
EXT_GRAVIDA = f"{EXT}:gravida"
EXT_PARA = f"{EXT}:para"
EXT_BIRTHPLACE = f"{EXT}:planned-birthplace"
EXT_EPISODE = "http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare"
PREGNANCY_TYPE = {"system": "http://snomed.info/sct", "code": "77386006", "display": "Pregnancy"}
PROVENANCE_ACTIVITY = "http://terminology.hl7.org/CodeSystem/v3-DataOperation"
PROVENANCE_AGENT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
_NS = uuid.UUID("0d6d8c8e-4b1f-4c53-9a39-6e7f3b2f1a10")


def _base() -> str:
    return get_settings().base_url.rstrip("/") + "/fhir"


def _t(dt: datetime | None) -> str | None:
    return iso_local(dt)


def _coding(k: Kind) -> list[dict[str, Any]]:
    out = []
    if k.qualifier:
        out.append({"system": QUALIFIER_SYSTEM, "code": k.qualifier})
    if k.code:
        out.append({"system": SCT, "code": k.code, "display": k.label})
    return out


def _component_code(c: Any) -> dict[str, Any]:
    coding = [{"system": SCT, "code": c.code}]
    if c.qualifier:
        coding.insert(0, {"system": QUALIFIER_SYSTEM, "code": c.qualifier})
    return {"coding": coding, "text": c.label}


def _cc(v: dict[str, Any]) -> dict[str, Any]:
    cc: dict[str, Any] = {}
    if v.get("code"):
        coding = {"system": v.get("system") or SCT, "code": v["code"]}
        if v.get("display"):
            coding["display"] = v["display"]
        cc["coding"] = [coding]
    if v.get("text") or (not v.get("code") and v.get("display")):
        cc["text"] = v.get("text") or v.get("display")
    return cc


def _value(t: str, v: Any, k: Kind | None = None) -> dict[str, Any]:
    """``value[x]`` of one value of type ``t``."""
    if t == "bool":
        return {"valueBoolean": bool(v)}
    if t == "int":
        return {"valueInteger": int(v)}
    if t == "str":
        return {"valueString": str(v)}
    if t in ("date", "datetime"):
        return {"valueDateTime": str(v)[:10]}
    if t == "coded":
        return {"valueCodeableConcept": _cc(v)}
    if t == "quantity":
        q = {"value": v["value"], "unit": v.get("unit") or ""}
        if k is not None and k.ucode:
            q |= {"system": SCT, "code": k.ucode}
        return {"valueQuantity": {key: val for key, val in q.items() if val != ""}}
    return {"valueString": str(v)}


def _interval_ext(v: dict[str, Any]) -> dict[str, Any]:
    parts = []
    for side in ("low", "high"):
        if v.get(side) is not None:
            parts.append(
                {"url": side, "valueQuantity": {"value": v[side], "unit": v.get("unit") or ""}}
            )
    return {"url": EXT_INTERVAL, "extension": parts}


class _People:
    """The Practitioners, PractitionerRoles and Organizations a document refers to."""

    def __init__(
        self,
        conn: Any,
        person: Callable[[str | None, str | None], str | None] | None,
        citizen: bool,
    ) -> None:
        self.conn = conn
        self.person = person
        self.citizen = citizen
        self.staff: dict[str, str] = {}  # staff id -> document id
        self.roles: dict[str, str] = {}
        self.orgs: set[str] = set()
        self._resources: list[dict[str, Any]] = []
        self._want: list[tuple[str | None, str | None, str | None, str | None, str | None]] = []

    def role_ref(
        self,
        staff: str | None,
        role: str | None,
        org: str | None,
        prof: str | None,
        display: str | None,
    ) -> tuple[str | None, str | None]:
        """(PractitionerRole reference, Organization reference) for an author."""
        if org:
            self.orgs.add(org)
        if not staff and not role:
            return None, f"Organization/{org}" if org else None
        key = role or f"staff:{staff}"
        if key not in self.roles:
            self.roles[key] = (
                f"r{len(self.roles) + 1}" if self.citizen else (role or f"staff-{staff}")
            )
            self._want.append((key, staff, org, prof, display))
        return f"PractitionerRole/{self.roles[key]}", f"Organization/{org}" if org else None

    def resources(self) -> list[dict[str, Any]]:
        names = reading.names(self.conn, {w[1] for w in self._want if w[1]})
        titles = reading.titles(
            self.conn, {w[0] for w in self._want if w[0] and not w[0].startswith("staff:")}
        )
        out: list[dict[str, Any]] = []
        for key, staff, org, prof, display in self._want:
            real = names.get(staff or "") or display or ""
            shown = self.person(staff, real) if self.person else real
            if staff and staff not in self.staff:
                self.staff[staff] = f"p{len(self.staff) + 1}" if self.citizen else staff
                out.append(
                    {
                        "resourceType": "Practitioner",
                        "id": self.staff[staff],
                        "name": [{"text": shown or "Sundhedsperson"}],
                    }
                )
            role: dict[str, Any] = {"resourceType": "PractitionerRole", "id": self.roles[key]}
            if staff:
                role["practitioner"] = {"reference": f"Practitioner/{self.staff[staff]}"}
            if org:
                role["organization"] = {"reference": f"Organization/{org}"}
            text = PROFESSIONS.get(prof or "") or titles.get(key) or ""
            if text:
                role["code"] = [{"text": text}]
            out.append(role)
        orgs = reading.org_names(self.conn, self.orgs)
        for oid in sorted(self.orgs):
            out.append({"resourceType": "Organization", "id": oid, "name": orgs.get(oid, oid)})
        return out


def bundle(
    session: Session,
    preg: Pregnancy,
    doc_kind: str,
    sections: list[str],
    at: datetime,
    *,
    person: Callable[[str | None, str | None], str | None] | None = None,
    citizen: bool = False,
) -> dict[str, Any]:
    """The FHIR document ``doc_kind`` of ``preg`` with the elements of ``sections``."""
    if doc_kind not in DOCS:
        raise Invalid(f"dokumenttype: brug {', '.join(DOCS)}")
    conn = session.connection()
    rec = reading.load(conn, preg, sections)
    people = _People(conn, person, citizen)
    base = _base()
    patient = session.get(Patient, preg.patient_id)
    entries: list[dict[str, Any]] = []
    provenances: list[dict[str, Any]] = []

    def provenance(
        target: str,
        version: int,
        e_author: reading.Author,
        recorded: datetime,
        status: str,
        reason: str | None,
    ) -> None:
        agent: dict[str, Any] = {
            "type": {"coding": [{"system": PROVENANCE_AGENT, "code": "author"}]},
        }
        if e_author.kind == "citizen":
            agent["who"] = {"reference": f"Patient/{preg.patient_id}"}
        else:
            role_ref, org_ref = people.role_ref(
                e_author.staff_id,
                e_author.role_id,
                e_author.org_id,
                e_author.profession,
                e_author.display,
            )
            agent["who"] = {"reference": role_ref or org_ref or f"Patient/{preg.patient_id}"}
            if role_ref and org_ref:
                agent["onBehalfOf"] = {"reference": org_ref}
        p: dict[str, Any] = {
            "resourceType": "Provenance",
            "id": str(uuid.uuid5(_NS, f"{target}/{version}")),
            "target": [{"reference": f"{target}/_history/{version}"}],
            "recorded": _t(recorded),
            "activity": {
                "coding": [
                    {"system": PROVENANCE_ACTIVITY, "code": "CREATE" if version == 1 else "UPDATE"}
                ]
            },
            "agent": [agent],
        }
        if reason:
            p["reason"] = [{"text": reason}]
        if status == "entered-in-error":
            p["activity"]["text"] = "Trukket tilbage"
        provenances.append(p)

    # the pregnancy itself (every document refers to it; the Vandrejournal carries its history)
    entries.append(_episode(preg, rec.header))
    if doc_kind == "PSCR" and rec.header_version:
        hv = reading.history(conn, header_id(preg.id))[-1]
        provenance(
            f"EpisodeOfCare/{preg.id}",
            rec.header_version,
            reading.Author(
                hv["author_kind"],
                hv["author_staff_id"],
                hv["author_role_id"],
                hv["author_org_id"],
                hv["author_profession"],
                hv["author_patient_id"],
                hv["author_display"],
            ),
            hv["recorded_at"],
            hv["status"],
            hv["reason"],
        )
    for e in rec.elements:
        if e.doc != doc_kind:
            continue
        k = KINDS.get(e.kind)
        if k is None:
            continue
        res = _resource(preg, k, e)
        entries.append(res)
        provenance(
            f"{res['resourceType']}/{e.id}", e.version, e.author, e.recorded, e.status, e.reason
        )
    # the visits the measurements were taken at
    used = {e.visit_id for e in rec.elements if e.doc == doc_kind and e.visit_id}
    for v in rec.visits:
        if v.kind == "encounter" and v.id in used:
            entries.append(_encounter(preg, v, people))
    for ref in _references(entries):
        if ref.startswith("Organization/"):
            people.orgs.add(ref.split("/", 1)[1])
    authors = {(e.author.org_id) for e in rec.elements if e.author.org_id}
    author_org = preg.organization_id or (sorted(authors)[0] if authors else None)
    if author_org:
        people.orgs.add(author_org)
    if rec.header.get("birthplace") and doc_kind == "PSCR":
        people.orgs.add(rec.header["birthplace"])
    refs = [{"reference": f"{r['resourceType']}/{r['id']}"} for r in entries]
    composition: dict[str, Any] = {
        "resourceType": "Composition",
        "id": str(uuid.uuid5(_NS, f"{preg.id}/{doc_kind}/{at.isoformat()}")),
        "extension": [
            {
                "url": EXT_PREGNANCY_REF,
                "valueIdentifier": {"system": PREGNANCY_ID_SYSTEM, "value": preg.id},
            }
        ],
        "status": "final",
        "type": {
            "coding": [{"system": DOC_TYPE_SYSTEM, "code": doc_kind, "display": DOCS[doc_kind]}]
        },
        "subject": {"reference": f"Patient/{preg.patient_id}"},
        "date": _t(at),
        "author": [{"reference": f"Organization/{author_org}"}]
        if author_org
        else [{"display": "indsigt"}],
        "title": DOCS[doc_kind],
        "section": [{"entry": refs}] if refs else [{"emptyReason": {"text": "Ingen oplysninger"}}],
    }
    pat = {
        "resourceType": "Patient",
        "id": preg.patient_id,
        "name": [{"family": patient.family, "given": patient.given.split()}]
        if patient and (patient.given or patient.family)
        else [],
    }
    resources = [composition, pat, *entries, *people.resources(), *provenances]
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid5(_NS, f"{preg.id}/{doc_kind}/{at.isoformat()}/bundle")),
        "identifier": {
            "system": "urn:ietf:rfc:3986",
            "value": f"urn:uuid:{uuid.uuid5(_NS, composition['id'])}",
        },
        "type": "document",
        "timestamp": _t(at),
        "entry": [
            {"fullUrl": f"{base}/{r['resourceType']}/{r['id']}", "resource": r} for r in resources
        ],
    }


def _encounter(preg: Pregnancy, v: reading.Visit, people: _People) -> dict[str, Any]:
    enc: dict[str, Any] = {
        "resourceType": "Encounter",
        "id": v.id,
        "status": "finished" if (v.status or "finished") == "finished" else "in-progress",
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "AMB",
            "display": "ambulant",
        },
        "subject": {"reference": f"Patient/{preg.patient_id}"},
        "episodeOfCare": [{"reference": f"EpisodeOfCare/{preg.id}"}],
    }
    if v.title:
        enc["type"] = [{"text": v.title}]
    period = {k: _t(t) for k, t in (("start", v.start), ("end", v.end)) if t}
    if period:
        enc["period"] = period
    if v.organization_id:
        people.orgs.add(v.organization_id)
        enc["serviceProvider"] = {"reference": f"Organization/{v.organization_id}"}
    parts = []
    for staff, role in v.staff:
        ref, _ = people.role_ref(staff, role, v.organization_id, v.profession, None)
        if ref:
            parts.append({"individual": {"reference": ref}})
    if parts:
        enc["participant"] = parts
    return enc


def _episode(preg: Pregnancy, header: dict[str, Any]) -> dict[str, Any]:
    ext: list[dict[str, Any]] = []
    if header.get("due_date"):
        ext.append({"url": EXT_DUE, "valueDate": header["due_date"]})
    if header.get("due_basis"):
        ext.append({"url": EXT_BASIS, "valueCode": header["due_basis"]})
    if header.get("gravida") is not None:
        ext.append({"url": EXT_GRAVIDA, "valueInteger": header["gravida"]})
    if header.get("para") is not None:
        ext.append({"url": EXT_PARA, "valueInteger": header["para"]})
    if header.get("birthplace"):
        ext.append(
            {
                "url": EXT_BIRTHPLACE,
                "valueReference": {"reference": f"Organization/{header['birthplace']}"},
            }
        )
    ep: dict[str, Any] = {
        "resourceType": "EpisodeOfCare",
        "id": preg.id,
        "identifier": [{"system": f"urn:oid:{PREGNANCY_ID_SYSTEM}", "value": preg.id}],
        "status": header.get("status") or "active",
        "type": [{"coding": [PREGNANCY_TYPE], "text": "Graviditet"}],
        "patient": {"reference": f"Patient/{preg.patient_id}"},
    }
    if ext:
        ep["extension"] = ext
    if preg.organization_id:
        ep["managingOrganization"] = {"reference": f"Organization/{preg.organization_id}"}
    period = {k: v for k, v in (("start", header.get("start")), ("end", header.get("end"))) if v}
    if period:
        ep["period"] = period
    return ep


_OBS_STATUS = {"final": "final", "amended": "amended", "entered-in-error": "entered-in-error"}


def _resource(preg: Pregnancy, k: Kind, e: reading.Element) -> dict[str, Any]:
    meta = {"versionId": str(e.version), "lastUpdated": _t(e.recorded)}
    if k.resource == "Condition":
        c: dict[str, Any] = {
            "resourceType": "Condition",
            "id": e.id,
            "meta": meta,
            "clinicalStatus": {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                        "code": e.value.get("clinicalStatus") or "active",
                    }
                ]
            },
            "code": _cc(e.value.get("code") or {}),
            "subject": {"reference": f"Patient/{preg.patient_id}"},
            "extension": [
                {"url": EXT_EPISODE, "valueReference": {"reference": f"EpisodeOfCare/{preg.id}"}}
            ],
        }
        if e.status == "entered-in-error":
            c["verificationStatus"] = {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                        "code": "entered-in-error",
                    }
                ]
            }
        if e.value.get("onset"):
            c["onsetDateTime"] = e.value["onset"]
        if e.value.get("note"):
            c["note"] = [{"text": e.value["note"]}]
        return c
    if k.resource == "QuestionnaireResponse":
        return {
            "resourceType": "QuestionnaireResponse",
            "id": e.id,
            "meta": meta,
            "questionnaire": WISHES_QUESTIONNAIRE,
            "status": "entered-in-error"
            if e.status == "entered-in-error"
            else ("amended" if e.version > 1 else "completed"),
            "subject": {"reference": f"Patient/{preg.patient_id}"},
            "authored": _t(e.recorded),
            "author": {"reference": f"Patient/{preg.patient_id}"},
            "extension": [
                {"url": EXT_EPISODE, "valueReference": {"reference": f"EpisodeOfCare/{preg.id}"}}
            ],
            "item": [
                {
                    "linkId": i["linkId"],
                    "text": i.get("text"),
                    "answer": [{"valueString": i["answer"]}],
                }
                for i in e.value.get("items") or []
            ],
        }
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": e.id,
        "meta": meta,
        "extension": [
            {"url": EXT_EPISODE, "valueReference": {"reference": f"EpisodeOfCare/{preg.id}"}}
        ],
        "status": _OBS_STATUS.get(e.status, "final"),
        "code": {"coding": _coding(k)} if k.code else _cc(e.value.get("code") or {}),
        "subject": {"reference": f"Patient/{preg.patient_id}"},
        "effectiveDateTime": _t(e.effective or e.recorded),
    }
    if e.visit_id:
        obs["encounter"] = {"reference": f"Encounter/{e.visit_id}"}
    if e.fetus:
        obs["focus"] = [{"display": f"Foster {e.fetus}"}]
    if k.value == "interval":
        obs["extension"].append(_interval_ext(e.value.get("value") or {}))
    elif k.value is not None:
        obs |= _value(k.value, e.value.get("value"), k)
    elif k.key == "andet":
        v = e.value.get("value")
        if isinstance(v, dict) and "value" in v:
            obs["valueQuantity"] = {
                key: v[key] for key in ("value", "unit", "system", "code") if v.get(key) is not None
            }
        elif isinstance(v, bool):
            obs["valueBoolean"] = v
        elif isinstance(v, int):
            obs["valueInteger"] = v
        elif v is not None:
            obs["valueString"] = str(v)
    else:
        comps = {c.name: c for c in k.components}
        obs["component"] = [
            {"code": _component_code(comps[name]), **_value(comps[name].type, v)}
            for name, v in (e.value.get("components") or {}).items()
            if name in comps
        ]
        if not obs["component"]:
            del obs["component"]
        for name, target in (e.value.get("refs") or {}).items():
            obs["extension"].append(
                {
                    "url": f"{IG}/{name}ModelElementReference",
                    "valueReference": {"reference": f"Organization/{target}"},
                }
            )
        if e.value.get("text"):
            obs["note"] = [{"text": e.value["text"]}]
    if e.value.get("note") and "note" not in obs:
        obs["note"] = [{"text": e.value["note"]}]
    return obs


def validate(doc: dict[str, Any]) -> None:
    """Validate a document Bundle and every resource in it with fhir.resources. ValueError."""
    import importlib

    from pydantic import ValidationError

    def model(rtype: str) -> Any:
        return getattr(importlib.import_module(f"fhir.resources.R4B.{rtype.lower()}"), rtype)

    try:
        model("Bundle").model_validate(doc)
        for entry in doc.get("entry") or []:
            r = entry["resource"]
            model(r["resourceType"]).model_validate(r)
    except ValidationError as exc:
        raise ValueError(str(exc)) from None
    if (
        doc.get("type") != "document"
        or doc["entry"][0]["resource"]["resourceType"] != "Composition"
    ):
        raise ValueError("ikke et FHIR-dokument: type document med Composition først")
    present = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in doc["entry"]}
    for ref in _references(doc):
        if "/_history/" in ref:
            ref = ref.split("/_history/")[0]
        if ref not in present:
            raise ValueError(f"henvisningen {ref} peger uden for dokumentet")


def _references(value: Any) -> list[str]:
    out = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                out.extend(_references(v))
    elif isinstance(value, list):
        for v in value:
            out.extend(_references(v))
    return out
