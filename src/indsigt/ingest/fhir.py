"""FHIR R4 resources -> rows of the store.

Every resource except AuditEvent is validated with ``fhir.resources`` (R4B models); AuditEvents
with the strict schema of :mod:`indsigt.ingest.audit_schema`, because a log import must move tens of
thousands of entries per second. Mapping never guesses: what a resource does not say stays empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..timeutil import parse_fhir_datetime, utcnow
from .common import (
    CPR_SYSTEM,
    MUNICIPALITY_SYSTEM,
    SOR_SYSTEM,
    Known,
    address_key,
)
from .identity import all_names, current_name, staff_aliases
from .notes import note_text
from .orgs import prefix_of, provisional_id
from .references import Resolver, Unresolved

MASTER_TYPES = (
    "Organization",
    "Practitioner",
    "PractitionerRole",
    "Patient",
    "RelatedPerson",
    "EpisodeOfCare",
    "Encounter",
    "Appointment",
    "ServiceRequest",
    "DocumentReference",
)
ACCEPTED_TYPES = (*MASTER_TYPES, "AuditEvent")


def _model(rtype: str) -> Any:
    import importlib

    return getattr(importlib.import_module(f"fhir.resources.R4B.{rtype.lower()}"), rtype)


_MODELS: dict[str, Any] = {}


def validate_master(obj: dict[str, Any]) -> None:
    """Validate a master resource: with the strict msgspec schema derived from fhir.resources
    (R4B) (:mod:`indsigt.ingest.master_schema`, about six times as fast), equally strict.
    Raises ValueError."""
    from .master_schema import validate

    validate(obj)


def validate_with_fhir_resources(obj: dict[str, Any]) -> None:
    """Validate a resource with fhir.resources (R4B) itself (the reference the fast schemas are
    tested against, and the validator of types without one). Raises ValueError."""
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


def identifiers(obj: dict) -> list[tuple[str, str]]:
    """(system, value) of every identifier of a resource (``""`` for no system)."""
    out = []
    idents = obj.get("identifier") or []
    if isinstance(idents, dict):  # 0..1 in some resource types
        idents = [idents]
    for i in idents:
        if isinstance(i, dict) and isinstance(i.get("value"), str) and i["value"].strip():
            out.append((i.get("system") or "", i["value"].strip()))
    return out


def _literal(value: Any, rtype: str) -> str | None:
    ref = value.get("reference") if isinstance(value, dict) else None
    if isinstance(ref, str) and ref.startswith(rtype + "/") and "?" not in ref:
        return ref.split("/")[1] or None
    return None


def register(obj: dict, known: Known) -> None:
    """Record what this resource makes resolvable, before its rows are written."""
    rtype, rid = obj["resourceType"], obj.get("id")
    if not rid:
        return
    for system, value in identifiers(obj):
        known.add_identifier(rtype, rid, system, value)
    if rtype == "Organization":
        known.orgs.add(rid)
        sor = _ident(obj, SOR_SYSTEM)
        if sor:
            known.sor[sor] = rid
        for system, value in identifiers(obj):
            prefix = prefix_of(system)
            if prefix is None:
                continue
            known.org_codes[(prefix, value)] = rid
            prov = provisional_id(prefix, value)
            if prov != rid and known.is_provisional(prov):
                known.resolves[prov] = rid
    elif rtype == "Practitioner":
        known.staff.add(rid)
        for kind, value, system in staff_aliases(obj):
            known.add_staff_alias(rid, kind, value, system)
    elif rtype == "PractitionerRole":
        # literal references now; conditional ones are resolved when the role is mapped
        staff = _literal(obj.get("practitioner"), "Practitioner")
        org = _literal(obj.get("organization"), "Organization")
        known.roles[rid] = (staff, org)
    elif rtype == "Patient":
        known.patients.add(rid)
        cpr = _ident(obj, CPR_SYSTEM)
        if cpr:
            known.patient_by_cpr[cpr.replace("-", "")] = rid
    else:
        known.ids.setdefault(rtype, set()).add(rid)


def map_master(obj: dict, rv: Resolver) -> Mapped:
    """Map a validated non-log resource. References are returned for checking."""
    rtype = obj["resourceType"]
    return _MAPPERS[rtype](obj, rv)


def _ref(rv: Resolver, value: Any, *types: str) -> tuple[str, str] | None:
    """What a Reference points to among ``types`` (literal, conditional, identifier, urn:uuid);
    raises :class:`Unresolved` when it names something not known (yet)."""
    return rv.resolve(value, *types)


def _map_org(o: dict, rv: Resolver) -> Mapped:
    parent = _ref(rv, o.get("partOf"), "Organization")
    mapped = Mapped(
        "organization",
        {
            "id": o["id"],
            "sor": _ident(o, SOR_SYSTEM),
            "name": o.get("name") or o["id"],
            "type": _text(o.get("type")),
            "part_of": parent[1] if parent else None,
            "municipality_code": _ident(o, MUNICIPALITY_SYSTEM),
            "provisional": False,
        },
        extra=_identifier_rows("Organization", o),
        refs=[parent] if parent else [],
    )
    return mapped


def _identifier_rows(rtype: str, obj: dict) -> list[tuple[str, dict[str, Any]]]:
    return [
        (
            "resource_identifier",
            {"resource_type": rtype, "system": system, "value": value, "resource_id": obj["id"]},
        )
        for system, value in identifiers(obj)
    ]


def _map_practitioner(p: dict, rv: Resolver) -> Mapped:
    given, family, prefix = current_name(p)
    aliases = staff_aliases(p)

    def first(*kinds: str) -> str | None:
        return next((v for k in kinds for kind, v, _ in aliases if kind == k), None)

    address, akey = _address(p)
    sid = p["id"]
    extra: list[tuple[str, dict[str, Any]]] = [
        ("staff_name", {"staff_id": sid, "given": g, "family": f, "prefix": x, "use": use})
        for g, f, x, use in all_names(p)
    ]
    extra += [
        ("staff_alias", {"staff_id": sid, "kind": kind, "value": value, "system": system})
        for kind, value, system in aliases
    ]
    extra += _identifier_rows("Practitioner", p)
    return Mapped(
        "staff",
        {
            "id": sid,
            "given": given,
            "family": family,
            "prefix": prefix,
            "cpr": first("cpr"),
            "auth_id": first("auth_id", "identifier"),
            "username": first("username"),
            "email": first("email"),
            "address": address,
            "address_key": akey,
        },
        extra=extra,
    )


def _map_role(r: dict, rv: Resolver) -> Mapped:
    staff = _ref(rv, r.get("practitioner"), "Practitioner")
    org = _ref(rv, r.get("organization"), "Organization")
    rv.known.roles[r["id"]] = (staff[1] if staff else None, org[1] if org else None)
    return Mapped(
        "staff_role",
        {
            "id": r["id"],
            "staff_id": staff[1] if staff else None,
            "organization_id": org[1] if org else None,
            "title": _text(r.get("code")),
        },
        extra=_membership(r, staff, org) + _identifier_rows("PractitionerRole", r),
        refs=[x for x in (staff, org) if x],
    )


def _membership(
    r: dict, staff: tuple[str, str] | None, org: tuple[str, str] | None
) -> list[tuple[str, dict[str, Any]]]:
    """The role in the role history (``staff_membership``), with its ``period``."""
    if staff is None or org is None:
        return []
    start, end = _period(r.get("period"))
    now = utcnow()
    return [
        (
            "staff_membership",
            {
                "role_id": r["id"],
                "staff_id": staff[1],
                "organization_id": org[1],
                "title": _text(r.get("code")),
                "start": start,
                "end": end,
                "first_seen": now,
                "last_seen": now,
            },
        )
    ]


def _map_patient(p: dict, rv: Resolver) -> Mapped:
    given, family, _ = current_name(p)
    address, akey = _address(p)
    cpr = _ident(p, CPR_SYSTEM)
    extra = _identifier_rows("Patient", p)
    for n, c in enumerate(p.get("contact") or [], 1):
        g, f, _ = current_name({"name": [c.get("name") or {}]})
        a = c.get("address")
        _, ckey = _address({"address": [a]} if a else {})
        extra.append(
            (
                "related_person",
                {
                    "id": f"{p['id']}#contact-{n}",
                    "patient_id": p["id"],
                    "given": g,
                    "family": f,
                    "relationship": _text(c.get("relationship")),
                    "address_key": ckey,
                    "source": "Patient.contact",
                },
            )
        )
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
        extra=extra,
    )


def _map_related_person(r: dict, rv: Resolver) -> Mapped:
    patient = _ref(rv, r.get("patient"), "Patient")
    if patient is None:
        raise ValueError("RelatedPerson: patient skal henvise til en Patient")
    given, family, _ = current_name(r)
    _, akey = _address(r)
    return Mapped(
        "related_person",
        {
            "id": r["id"],
            "patient_id": patient[1],
            "given": given,
            "family": family,
            "relationship": _text(r.get("relationship")),
            "address_key": akey,
            "source": "RelatedPerson",
        },
        refs=[patient],
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
    rv: Resolver,
) -> Mapped:
    if patient is None:
        raise ValueError(f"{kind}: ingen patient (subject/patient mangler)")
    extra = [("relation_staff", _party(kind, rid, p, rv.known)) for p in parties]
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


def _map_episode(e: dict, rv: Resolver) -> Mapped:
    patient = _ref(rv, e.get("patient"), "Patient")
    org = _ref(rv, e.get("managingOrganization"), "Organization")
    parties = [x for x in [_ref(rv, e.get("careManager"), "Practitioner", "PractitionerRole")] if x]
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
        rv,
    )


def _map_encounter(e: dict, rv: Resolver) -> Mapped:
    patient = _ref(rv, e.get("subject"), "Patient")
    org = _ref(rv, e.get("serviceProvider"), "Organization")
    parties = [
        r
        for p in e.get("participant") or []
        if (r := _ref(rv, p.get("individual"), "Practitioner", "PractitionerRole"))
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
        rv,
    )


def _map_appointment(a: dict, rv: Resolver) -> Mapped:
    patient = org = None
    parties: list[tuple[str, str]] = []
    for p in a.get("participant") or []:
        r = _ref(rv, p.get("actor"))
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
        rv,
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


def _map_referral(s: dict, rv: Resolver) -> Mapped:
    patient = _ref(rv, s.get("subject"), "Patient")
    requester = _ref(rv, s.get("requester"), "Organization", "PractitionerRole", "Practitioner")
    performers = [r for p in s.get("performer") or [] if (r := _ref(rv, p))]
    performer_org = next((o for p in performers if (o := _org_of(p, rv.known))), None)
    requester_org = _org_of(requester, rv.known)
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
        rv,
    )


def _map_document(d: dict, rv: Resolver) -> Mapped:
    patient = _ref(rv, d.get("subject"), "Patient")
    if patient is None:
        raise ValueError("DocumentReference: subject skal henvise til en Patient")
    author_ref = author_staff = author_role = author_org = None
    author_display = None
    refs: list[tuple[str, str]] = [patient]
    for a in d.get("author") or []:
        r = _ref(rv, a, "Practitioner", "PractitionerRole")
        if r:
            author_ref = f"{r[0]}/{r[1]}"
            refs.append(r)
            if r[0] == "PractitionerRole":
                role = rv.known.role(r[1])
                if role is None:
                    raise Unresolved(*r)
                author_role, (author_staff, author_org) = r[1], role
            else:
                author_staff = r[1]
            author_display = a.get("display")
            break
        if a.get("display") and not author_display:
            author_display = a["display"]
    custodian = _ref(rv, d.get("custodian"), "Organization")
    if custodian:
        refs.append(custodian)
    note = note_text(d.get("content"))
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
            "content_type": note.content_type,
            "text": note.text,
            "unreadable": note.unreadable,
        },
        refs=refs,
    )


_MAPPERS: dict[str, Callable[[dict, Resolver], Mapped]] = {
    "Organization": _map_org,
    "Practitioner": _map_practitioner,
    "PractitionerRole": _map_role,
    "Patient": _map_patient,
    "RelatedPerson": _map_related_person,
    "EpisodeOfCare": _map_episode,
    "Encounter": _map_encounter,
    "Appointment": _map_appointment,
    "ServiceRequest": _map_referral,
    "DocumentReference": _map_document,
}


# --- registration -----------------------------------------------------------------------


def _register_builtin() -> None:
    from ..store import models as m
    from .registry import ResourceType, register_resource_type

    ident = {"resource_identifier": m.ResourceIdentifier.__table__}
    tables: dict[str, dict] = {
        "Organization": {"organization": m.Organization.__table__, **ident},
        "Practitioner": {
            "staff": m.Staff.__table__,
            "staff_name": m.StaffName.__table__,
            "staff_alias": m.StaffAlias.__table__,
            **ident,
        },
        "PractitionerRole": {
            "staff_role": m.StaffRole.__table__,
            "staff_membership": m.StaffMembership.__table__,
            **ident,
        },
        "Patient": {
            "patient": m.Patient.__table__,
            "related_person": m.RelatedPerson.__table__,
            **ident,
        },
        "RelatedPerson": {"related_person": m.RelatedPerson.__table__},
    }
    relation = {"relation": m.Relation.__table__, "relation_staff": m.RelationStaff.__table__}
    for rank, name in enumerate(MASTER_TYPES):
        register_resource_type(
            ResourceType(
                name=name,
                map=_MAPPERS[name],
                validate=validate_master,
                register=register,
                rank=rank,
                tables=tables.get(name)
                or (
                    {"document": m.Document.__table__} if name == "DocumentReference" else relation
                ),
                keep_on_update={"staff_membership": {"first_seen"}},
            )
        )


_register_builtin()

# the AuditEvent mapping lives in .audit; these names stay importable from here
from .audit import ENTRY_COLUMNS  # noqa: E402,F401
