"""FHIR R4 resources -> rows of the store.

Every resource except AuditEvent is validated with ``fhir.resources`` (R4B models); AuditEvents
with the strict schema of :mod:`indsigt.ingest.audit_schema`, because a log import must move tens of
thousands of entries per second. Mapping never guesses: what a resource does not say stays empty.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..pregnancy import fhir_import as pregnancy_fhir  # the pregnancy record's mapping (issue 16)
from ..timeutil import parse_fhir_datetime, parse_instant
from .audit_schema import AuditEvent
from .common import (
    CPR_SYSTEM,
    EMERGENCY_PURPOSES,
    MUNICIPALITY_SYSTEM,
    SOR_SYSTEM,
    SYSTEM_AGENT_CODES,
    USERNAME_SYSTEMS,
    Known,
    address_key,
    split_ref,
)

MASTER_TYPES = (
    "Organization",
    "Practitioner",
    "PractitionerRole",
    "Patient",
    "EpisodeOfCare",
    "Encounter",
    "Appointment",
    "ServiceRequest",
    "DocumentReference",
    *pregnancy_fhir.RESOURCE_TYPES,  # Observation, Condition, QuestionnaireResponse (issue 16)
)
ACCEPTED_TYPES = (*MASTER_TYPES, "AuditEvent")


def _model(rtype: str) -> Any:
    import importlib

    return getattr(importlib.import_module(f"fhir.resources.R4B.{rtype.lower()}"), rtype)


_MODELS: dict[str, Any] = {}


def validate_master(obj: dict[str, Any]) -> None:
    """Validate a non-log resource with fhir.resources (R4B). Raises ValueError."""
    rtype = obj["resourceType"]
    model = _MODELS.get(rtype)
    if model is None:
        model = _MODELS[rtype] = _model(rtype)
    try:
        model.model_validate(obj)
    except ValidationError as exc:
        errs = exc.errors()
        first = errs[0]
        loc = ".".join(str(p) for p in first.get("loc", ()) if p != "__root__")
        more = f" (og {len(errs) - 1} fejl mere)" if len(errs) > 1 else ""
        raise ValueError(
            f"{rtype} er ikke gyldig FHIR R4: {loc}: {first.get('msg')}{more}"
        ) from None


# --- small readers --------------------------------------------------------------------------


def _text(cc: Any) -> str | None:
    """Text of a CodeableConcept (or a list of them): text, else first coding display/code."""
    if isinstance(cc, list):
        cc = cc[0] if cc else None
    if not cc:
        return None
    if cc.get("text"):
        return cc["text"]
    for c in cc.get("coding") or []:
        if c.get("display") or c.get("code"):
            return c.get("display") or c.get("code")
    return None


def _ident(obj: dict, system: str) -> str | None:
    for i in obj.get("identifier") or []:
        if i.get("system") == system and i.get("value"):
            return i["value"]
    return None


def _name(obj: dict) -> tuple[str, str, str | None]:
    names = obj.get("name") or []
    n = next(
        (x for x in names if x.get("use") in (None, "official", "usual")), names[0] if names else {}
    )
    given = " ".join(g for g in n.get("given") or [] if isinstance(g, str))
    family = n.get("family") or ""
    prefix = " ".join(p for p in n.get("prefix") or [] if isinstance(p, str)) or None
    if not given and not family and n.get("text"):
        parts = n["text"].split()
        given, family = " ".join(parts[:-1]), parts[-1]
    return given, family, prefix


def _address(obj: dict) -> tuple[str | None, str | None]:
    addrs = obj.get("address") or []
    if not addrs:
        return None, None
    a = addrs[0]
    line = ", ".join(a.get("line") or [])
    postal = a.get("postalCode")
    display = ", ".join(x for x in (line, " ".join(filter(None, (postal, a.get("city"))))) if x)
    return display or a.get("text"), address_key(line or a.get("text"), postal)


# --- the mapping ----------------------------------------------------------------------------


@dataclass
class Mapped:
    """Rows produced by one resource, and the references to check (type, id)."""

    table: str
    row: dict[str, Any]
    extra: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    refs: list[tuple[str, str]] = field(default_factory=list)


class Unresolved(Exception):
    """A reference that the known ids cannot resolve (yet)."""

    def __init__(self, rtype: str, rid: str) -> None:
        super().__init__(f"{rtype}/{rid}")
        self.rtype, self.rid = rtype, rid


def register(obj: dict, known: Known) -> None:
    """Record what this resource makes resolvable, before its rows are written."""
    rtype, rid = obj["resourceType"], obj.get("id")
    if not rid:
        return
    if rtype == "Organization":
        known.orgs.add(rid)
        sor = _ident(obj, SOR_SYSTEM)
        if sor:
            known.sor[sor] = rid
    elif rtype == "Practitioner":
        known.staff.add(rid)
        for i in obj.get("identifier") or []:
            v = i.get("value")
            if v:
                known.staff_by_alias[v] = rid
                if i.get("system") in USERNAME_SYSTEMS:
                    known.staff_by_alias[v.lower()] = rid
                    if "\\" in v:
                        known.staff_by_alias[v.split("\\", 1)[1].lower()] = rid
    elif rtype == "PractitionerRole":
        staff = split_ref((obj.get("practitioner") or {}).get("reference"))
        org = split_ref((obj.get("organization") or {}).get("reference"))
        known.roles[rid] = (staff[1] if staff else None, org[1] if org else None)
    elif rtype == "Patient":
        known.patients.add(rid)
        cpr = _ident(obj, CPR_SYSTEM)
        if cpr:
            known.patient_by_cpr[cpr.replace("-", "")] = rid


def map_master(obj: dict, known: Known) -> Mapped:
    """Map a validated non-log resource. References are returned for checking."""
    rtype = obj["resourceType"]
    return _MAPPERS[rtype](obj, known)


def _ref(value: dict | None, *types: str) -> tuple[str, str] | None:
    if not value:
        return None
    r = split_ref(value.get("reference"))
    if r and (not types or r[0] in types):
        return r
    return None


def _map_org(o: dict, known: Known) -> Mapped:
    parent = _ref(o.get("partOf"), "Organization")
    return Mapped(
        "organization",
        {
            "id": o["id"],
            "sor": _ident(o, SOR_SYSTEM),
            "name": o.get("name") or o["id"],
            "type": _text(o.get("type")),
            "part_of": parent[1] if parent else None,
            "municipality_code": _ident(o, MUNICIPALITY_SYSTEM),
        },
        refs=[parent] if parent else [],
    )


def _map_practitioner(p: dict, known: Known) -> Mapped:
    given, family, prefix = _name(p)
    email = next(
        (t.get("value") for t in p.get("telecom") or [] if t.get("system") == "email"), None
    )
    username = auth = None
    for i in p.get("identifier") or []:
        system, value = i.get("system"), i.get("value")
        if not value or system == CPR_SYSTEM:
            continue
        if system in USERNAME_SYSTEMS:
            username = username or value
        else:
            auth = auth or value
    address, akey = _address(p)
    cpr = _ident(p, CPR_SYSTEM)
    return Mapped(
        "staff",
        {
            "id": p["id"],
            "given": given,
            "family": family,
            "prefix": prefix,
            "cpr": cpr.replace("-", "") if cpr else None,
            "auth_id": auth,
            "username": username,
            "email": email,
            "address": address,
            "address_key": akey,
        },
    )


def _map_role(r: dict, known: Known) -> Mapped:
    staff = _ref(r.get("practitioner"), "Practitioner")
    org = _ref(r.get("organization"), "Organization")
    return Mapped(
        "staff_role",
        {
            "id": r["id"],
            "staff_id": staff[1] if staff else None,
            "organization_id": org[1] if org else None,
            "title": _text(r.get("code")),
        },
        refs=[x for x in (staff, org) if x],
    )


def _map_patient(p: dict, known: Known) -> Mapped:
    given, family, _ = _name(p)
    address, akey = _address(p)
    cpr = _ident(p, CPR_SYSTEM)
    return Mapped(
        "patient",
        {
            "id": p["id"],
            "cpr": cpr.replace("-", "") if cpr else None,
            "given": given,
            "family": family,
            "address": address,
            "address_key": akey,
        },
    )


def _period(p: dict | None) -> tuple[Any, Any]:
    if not p:
        return None, None
    s = parse_fhir_datetime(p["start"]) if p.get("start") else None
    e = parse_fhir_datetime(p["end"]) if p.get("end") else None
    return s, e


def _party(kind: str, rel_id: str, ref: tuple[str, str], known: Known) -> dict[str, Any]:
    staff = role = org = None
    if ref[0] == "PractitionerRole":
        role = ref[1]
        r = known.role(role)
        if r is None:
            raise Unresolved(*ref)
        staff, org = r
    else:
        staff = ref[1]
    return {
        "kind": kind,
        "relation_id": rel_id,
        "ref": f"{ref[0]}/{ref[1]}",
        "staff_id": staff,
        "role_id": role,
        "organization_id": org,
    }


def _relation(
    kind: str,
    rid: str,
    patient: tuple[str, str] | None,
    org: str | None,
    other_org: str | None,
    period: tuple[Any, Any],
    status: str | None,
    text: str | None,
    parties: list[tuple[str, str]],
    refs: list[tuple[str, str]],
    known: Known,
) -> Mapped:
    if patient is None:
        raise ValueError(f"{kind}: ingen patient (subject/patient mangler)")
    extra = [("relation_staff", _party(kind, rid, p, known)) for p in parties]
    if org is None:  # the department of the first staff member taking part
        org = next((e[1]["organization_id"] for e in extra if e[1]["organization_id"]), None)
    return Mapped(
        "relation",
        {
            "kind": kind,
            "id": rid,
            "patient_id": patient[1],
            "organization_id": org,
            "other_organization_id": other_org,
            "start": period[0],
            "end": period[1],
            "status": status,
            "text": text,
        },
        extra=extra,
        refs=[patient, *refs, *parties],
    )


def _map_episode(e: dict, known: Known) -> Mapped:
    patient = _ref(e.get("patient"), "Patient")
    org = _ref(e.get("managingOrganization"), "Organization")
    parties = [x for x in [_ref(e.get("careManager"), "Practitioner", "PractitionerRole")] if x]
    return _relation(
        "episode",
        e["id"],
        patient,
        org[1] if org else None,
        None,
        _period(e.get("period")),
        e.get("status"),
        _text(e.get("type")),
        parties,
        [org] if org else [],
        known,
    )


def _map_encounter(e: dict, known: Known) -> Mapped:
    patient = _ref(e.get("subject"), "Patient")
    org = _ref(e.get("serviceProvider"), "Organization")
    parties = [
        r
        for p in e.get("participant") or []
        if (r := _ref(p.get("individual"), "Practitioner", "PractitionerRole"))
    ]
    text = _text(e.get("type")) or (e.get("class") or {}).get("display")
    return _relation(
        "encounter",
        e["id"],
        patient,
        org[1] if org else None,
        None,
        _period(e.get("period")),
        e.get("status"),
        text,
        parties,
        [org] if org else [],
        known,
    )


def _map_appointment(a: dict, known: Known) -> Mapped:
    patient = org = None
    parties: list[tuple[str, str]] = []
    for p in a.get("participant") or []:
        r = _ref(p.get("actor"))
        if not r:
            continue
        if r[0] == "Patient":
            patient = patient or r
        elif r[0] == "Organization":
            org = org or r
        elif r[0] in ("Practitioner", "PractitionerRole"):
            parties.append(r)
    start = parse_fhir_datetime(a["start"]) if a.get("start") else None
    end = parse_fhir_datetime(a["end"]) if a.get("end") else None
    text = a.get("description") or _text(a.get("serviceType")) or _text(a.get("appointmentType"))
    return _relation(
        "appointment",
        a["id"],
        patient,
        org[1] if org else None,
        None,
        (start, end),
        a.get("status"),
        text,
        parties,
        [org] if org else [],
        known,
    )


def _org_of(ref: tuple[str, str] | None, known: Known) -> str | None:
    if not ref:
        return None
    if ref[0] == "Organization":
        return ref[1]
    if ref[0] == "PractitionerRole":
        r = known.role(ref[1])
        if r is None:
            raise Unresolved(*ref)
        return r[1]
    return None


def _map_referral(s: dict, known: Known) -> Mapped:
    patient = _ref(s.get("subject"), "Patient")
    requester = _ref(s.get("requester"), "Organization", "PractitionerRole", "Practitioner")
    performers = [r for p in s.get("performer") or [] if (r := _ref(p))]
    performer_org = next((o for p in performers if (o := _org_of(p, known))), None)
    requester_org = _org_of(requester, known)
    period = _period(s.get("occurrencePeriod"))
    if period[0] is None:
        authored = s.get("authoredOn") or s.get("occurrenceDateTime")
        period = (parse_fhir_datetime(authored) if authored else None, period[1])
    parties = [
        r for r in [requester, *performers] if r and r[0] in ("Practitioner", "PractitionerRole")
    ]
    org_refs = [r for r in [requester, *performers] if r and r[0] == "Organization"]
    return _relation(
        "referral",
        s["id"],
        patient,
        performer_org,
        requester_org,
        period,
        s.get("status"),
        _text(s.get("code")) or "Henvisning",
        parties,
        org_refs,
        known,
    )


def _map_document(d: dict, known: Known) -> Mapped:
    patient = _ref(d.get("subject"), "Patient")
    if patient is None:
        raise ValueError("DocumentReference: subject skal henvise til en Patient")
    author_ref = author_staff = author_role = author_org = None
    author_display = None
    refs: list[tuple[str, str]] = [patient]
    for a in d.get("author") or []:
        r = _ref(a)
        if r and r[0] in ("Practitioner", "PractitionerRole"):
            author_ref = f"{r[0]}/{r[1]}"
            refs.append(r)
            if r[0] == "PractitionerRole":
                role = known.role(r[1])
                if role is None:
                    raise Unresolved(*r)
                author_role, (author_staff, author_org) = r[1], role
            else:
                author_staff = r[1]
            author_display = a.get("display")
            break
        if a.get("display") and not author_display:
            author_display = a["display"]
    custodian = _ref(d.get("custodian"), "Organization")
    if custodian:
        refs.append(custodian)
    text_parts: list[str] = []
    content_type = None
    for c in d.get("content") or []:
        att = c.get("attachment") or {}
        content_type = content_type or att.get("contentType")
        if att.get("data") and (att.get("contentType") or "text/plain").startswith("text/"):
            try:
                text_parts.append(base64.b64decode(att["data"], validate=True).decode("utf-8"))
            except (binascii.Error, UnicodeDecodeError) as exc:
                raise ValueError(
                    f"DocumentReference: indholdet er ikke base64 UTF-8 tekst ({exc})"
                ) from None
    date_value = d.get("date") or (d.get("context") or {}).get("period", {}).get("start")
    return Mapped(
        "document",
        {
            "id": d["id"],
            "patient_id": patient[1],
            "date": parse_fhir_datetime(date_value) if date_value else None,
            "title": _text(d.get("type")) or d.get("description"),
            "author_ref": author_ref,
            "author_staff_id": author_staff,
            "author_role_id": author_role,
            "author_display": author_display,
            "organization_id": (custodian[1] if custodian else None) or author_org,
            "content_type": content_type,
            "text": "\n".join(text_parts),
        },
        refs=refs,
    )


_MAPPERS: dict[str, Callable[[dict, Known], Mapped]] = {
    "Organization": _map_org,
    "Practitioner": _map_practitioner,
    "PractitionerRole": _map_role,
    "Patient": _map_patient,
    "EpisodeOfCare": _map_episode,
    "Encounter": _map_encounter,
    "Appointment": _map_appointment,
    "ServiceRequest": _map_referral,
    "DocumentReference": _map_document,
}
# the pregnancy record (issue 16): its resource types, and pregnancy rows from episodes and visits
_MAPPERS.update(pregnancy_fhir.mappers(_MAPPERS))


# --- AuditEvent -----------------------------------------------------------------------------

ENTRY_COLUMNS = (
    "id",
    "patient_id",
    "time",
    "action",
    "purpose",
    "user_ref",
    "user_staff_id",
    "user_role_id",
    "user_display",
    "on_behalf_staff_id",
    "on_behalf_display",
    "organization_id",
    "system_name",
    "what",
    "data_ref",
    "session_id",
    "is_system",
    "source",
)


def map_audit_event(
    ev: AuditEvent, known: Known, system_users: frozenset[str] = frozenset()
) -> tuple:
    """Map a validated AuditEvent to an ``access_entry`` row tuple (``ENTRY_COLUMNS`` order).

    Raises ``ValueError`` for invalid content and :class:`Unresolved` for a reference not known yet.
    """
    if not ev.id:
        raise ValueError("AuditEvent uden id")
    requestor = next((a for a in ev.agent if a.requestor), None)
    if requestor is None:
        raise ValueError("AuditEvent: ingen agent med requestor=true (brugeren)")
    user_ref = user_staff = user_role = user_display = org = None
    who = requestor.who
    is_system = False
    if requestor.type and any(c.code in SYSTEM_AGENT_CODES for c in requestor.type.coding or []):
        is_system = True
    if who is not None and who.reference:
        r = split_ref(who.reference)
        if r is None:
            raise ValueError(f"AuditEvent: ugyldig reference {who.reference!r}")
        user_ref = f"{r[0]}/{r[1]}"
        if r[0] == "PractitionerRole":
            role = known.role(r[1])
            if role is None:
                raise Unresolved(*r)
            user_role = r[1]
            user_staff, org = role
        elif r[0] == "Practitioner":
            if not known.has_staff(r[1]):
                raise Unresolved(*r)
            user_staff = r[1]
        elif r[0] == "Device":
            is_system = True
        else:
            raise ValueError(
                f"AuditEvent: brugeren skal være Practitioner eller PractitionerRole, ikke {r[0]}"
            )
        user_display = who.display or requestor.name
    elif who is not None and who.identifier is not None and who.identifier.value:
        user_ref = who.identifier.value
        user_staff = known.resolve_staff(user_ref)
        user_display = who.display or requestor.name
    elif requestor.name or (who and who.display):
        user_display = requestor.name or who.display
        user_ref = requestor.altId or user_display
    else:
        raise ValueError("AuditEvent: brugeren (agent.who) mangler")
    if user_ref and user_ref in system_users:
        is_system = True
    if org is None:
        for a in ev.agent:
            if a is not requestor and a.who is not None:
                r = split_ref(a.who.reference)
                if r and r[0] == "Organization":
                    org = r[1]
                    break
    observer = split_ref(ev.source.observer.reference)
    if org is None and observer and observer[0] == "Organization":
        org = observer[1]
    if org is not None and not known.has_org(org):
        raise Unresolved("Organization", org)
    patient = data_ref = None
    what: list[str] = []
    for e in ev.entity or []:
        r = split_ref(e.what.reference) if e.what else None
        if r and r[0] == "Patient":
            if patient is None:
                patient = r[1]
            continue
        if (
            e.what
            and e.what.identifier
            and e.what.identifier.system == CPR_SYSTEM
            and patient is None
        ):
            patient = known.patient_cpr((e.what.identifier.value or "").replace("-", ""))
            if patient is None:
                raise ValueError("AuditEvent: patientens CPR-nummer er ukendt")
            continue
        if r and data_ref is None:
            data_ref = f"{r[0]}/{r[1]}"
        label = e.description or e.name or (e.type.display if e.type else None)
        if label:
            what.append(label)
    if patient is None:
        raise ValueError("AuditEvent: ingen entity med what = Patient/ID (borgeren)")
    if not known.has_patient(patient):
        raise Unresolved("Patient", patient)
    purposes = [
        c.code
        for cc in [*(ev.purposeOfEvent or []), *(requestor.purposeOfUse or [])]
        for c in cc.coding or []
        if c.code
    ]
    purpose = next((p for p in purposes if p in EMERGENCY_PURPOSES), None) or (
        "TREAT" if "TREAT" in purposes else (purposes[0] if purposes else None)
    )
    return (
        ev.id,
        patient,
        parse_instant(ev.recorded),
        ev.action,
        purpose,
        user_ref,
        user_staff,
        user_role,
        user_display,
        None,
        None,
        org,
        ev.source.observer.display or ev.source.site,
        ", ".join(what) or None,
        data_ref,
        None,
        is_system,
        "fhir",
    )
