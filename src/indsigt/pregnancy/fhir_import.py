"""FHIR R4 NDJSON -> the pregnancy record: the mapping the importer registers (contract 1.1:
Observation, Condition, QuestionnaireResponse; and EpisodeOfCare, Encounter, Appointment where
they belong to a pregnancy).

- **EpisodeOfCare** of type pregnancy (a ``type`` coding ``77386006`` or a text with
  *graviditet*/*svangerskab*/*pregnancy*, or an identifier in the GM pregnancy system
  ``1.2.208.176.7.4.1``): still a treatment relation as before, and also a pregnancy. Its period,
  status and indsigt's extensions (due date and basis, gravida, para, planned birthplace; see
  :mod:`indsigt.pregnancy.export`) are a version of the pregnancy's header element; the managing
  organisation (and the care manager's) joins the care team.
- **Encounter** with ``episodeOfCare`` -> a pregnancy, **Appointment** with
  ``supportingInformation`` -> a pregnancy: a visit / planned visit of it; its organisation joins
  the care team.
- **Observation** with a GM code (:mod:`indsigt.pregnancy.catalogue`; SNOMED CT as
  ``urn:oid:1.2.208.184.100.1`` or ``http://snomed.info/sct``, GM qualifier codes for shared
  codes) -> an element; components by their codes. **Condition** -> a diagnosis (ICD-10 / SKS
  chapter F goes to the section *psykisk*, F1x to *rusmidler*). **QuestionnaireResponse** of the
  birth-wishes questionnaire (or written by the woman) -> her birth wishes.

Which pregnancy an element belongs to: the ``workflow-episodeOfCare`` extension or ``focus``
(``EpisodeOfCare/x``), else its ``encounter``'s pregnancy, else the woman's pregnancy that was
going on at ``effective`` (Observations only). Without a pregnancy it is not about one and is
skipped, counted in the import's summary (a bulk export's lab values, diagnoses, questionnaires);
a link to a pregnancy that does not exist is an error (``FILE:LINE``).

Versions: an imported resource is a version of the element with its id. The same content again
(SHA-256 of the resource without ``meta``) adds nothing; changed content adds a new version
(provenance: the performer, ``source`` fhir) and never overwrites a correction made in indsigt
silently — both stay in the history.

The importer calls :func:`mappers` for the mapping and :data:`WRITERS` to store the rows, after
its own upserts, in the file's transaction (all or nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..errors import Invalid
from ..ingest.common import Known
from ..ingest.references import Resolver, Unresolved
from ..timeutil import local_midnight, parse_fhir_datetime, to_local, utcnow
from .catalogue import (
    DIAGNOSIS,
    HEADER,
    OTHER,
    PREGNANCY_ID_SYSTEM,
    QUALIFIER_SYSTEM,
    SCT_SYSTEMS,
    WISHES,
    WISHES_QUESTIONNAIRE,
    Kind,
    kind_for_code,
    normalize,
)

RESOURCE_TYPES = ("Observation", "Condition", "QuestionnaireResponse")
EXT_EPISODE = "http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare"
EXT_BASE = "urn:indsigt:fhir:pregnancy"
EXT_INTERVAL = "GMQuantityInterval"
_PREGNANCY_WORDS = ("gravid", "svangerskab", "pregnan")
_EOC_STATUS = {
    "planned": "planned",
    "waitlist": "planned",
    "active": "active",
    "onhold": "active",
    "finished": "finished",
    "cancelled": "cancelled",
    "entered-in-error": "cancelled",
}
_UNIT_FACTORS = {("cm", "mm"): 10.0, ("mm", "cm"): 0.1, ("g", "kg"): 0.001, ("kg", "g"): 1000.0}


@dataclass
class Rows:
    """The rows one resource maps to (the importer's ``Mapped`` shape)."""

    table: str
    row: dict[str, Any]
    extra: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    refs: list[tuple[str, str]] = field(default_factory=list)


def _unresolved(rtype: str, rid: str) -> Exception:
    return Unresolved(rtype, rid)


# --- small readers --------------------------------------------------------------------------


def _codings(cc: Any) -> list[dict[str, Any]]:
    if isinstance(cc, list):
        return [c for x in cc for c in _codings(x)]
    return list((cc or {}).get("coding") or [])


def _text_of(cc: Any) -> str:
    if isinstance(cc, list):
        return " ".join(_text_of(x) for x in cc)
    cc = cc or {}
    return " ".join(
        [cc.get("text") or "", *(c.get("display") or "" for c in cc.get("coding") or [])]
    )


def is_pregnancy(e: dict[str, Any]) -> bool:
    """Whether an EpisodeOfCare is a pregnancy."""
    if any(c.get("code") == HEADER.code for c in _codings(e.get("type"))):
        return True
    if any(w in _text_of(e.get("type")).casefold() for w in _PREGNANCY_WORDS):
        return True
    return any(
        (i.get("system") or "").removeprefix("urn:oid:") == PREGNANCY_ID_SYSTEM
        for i in e.get("identifier") or []
    )


def _ref(rv: Resolver, value: Any, *types: str) -> tuple[str, str] | None:
    """What a Reference points to (literal, conditional, identifier, urn:uuid: the importer's
    resolver); :class:`Unresolved` when it names something not known (yet)."""
    return rv.resolve(value, *types)


def _day(value: str | None) -> str | None:
    """A FHIR date/dateTime -> the local calendar date (ISO)."""
    if not value:
        return None
    return to_local(parse_fhir_datetime(value)).date().isoformat()


def _author(ref: tuple[str, str] | None, known: Known) -> dict[str, Any]:
    """Who performed/authored, from a reference (checked against the known ids)."""
    if ref is None:
        return {"author_kind": "system"}
    rtype, rid = ref
    if rtype == "PractitionerRole":
        r = known.role(rid)
        if r is None:
            raise _unresolved(*ref)
        return {
            "author_kind": "staff",
            "author_role_id": rid,
            "author_staff_id": r[0],
            "author_org_id": r[1],
        }
    if rtype == "Practitioner":
        if not known.has_staff(rid):
            raise _unresolved(*ref)
        return {"author_kind": "staff", "author_staff_id": rid}
    if rtype == "Organization":
        if not known.has_org(rid):
            raise _unresolved(*ref)
        return {"author_kind": "system", "author_org_id": rid}
    if rtype == "Patient":
        if not known.has_patient(rid):
            raise _unresolved(*ref)
        return {"author_kind": "citizen", "author_patient_id": rid}
    return {"author_kind": "system"}


def _episode_link(obj: dict[str, Any], rv: Resolver) -> str | None:
    for ext in obj.get("extension") or []:
        if ext.get("url") == EXT_EPISODE:
            r = _ref(rv, ext.get("valueReference"), "EpisodeOfCare")
            if r:
                return r[1]
    for f in obj.get("focus") or []:
        r = _ref(rv, f, "EpisodeOfCare")
        if r:
            return r[1]
    return None


# --- the wrappers of the existing mappers ----------------------------------------------------


def _wrap_episode(base: Callable[[dict, Any], Any]) -> Callable[[dict, Any], Any]:
    def map_episode(e: dict, rv: Resolver) -> Any:
        mapped = base(e, rv)
        if not is_pregnancy(e):
            return mapped
        period = e.get("period") or {}
        ext = {x.get("url", "").removeprefix(EXT_BASE + ":"): x for x in e.get("extension") or []}
        value: dict[str, Any] = {
            "start": _day(period.get("start")),
            "end": _day(period.get("end")),
            "status": _EOC_STATUS.get(e.get("status") or "", "active"),
        }
        if "due-date" in ext:
            value["due_date"] = ext["due-date"].get("valueDate") or _day(
                ext["due-date"].get("valueDateTime")
            )
        if "due-date-basis" in ext:
            value["due_basis"] = ext["due-date-basis"].get("valueCode")
        for name in ("gravida", "para"):
            if name in ext:
                value[name] = ext[name].get("valueInteger")
        if "planned-birthplace" in ext:
            r = _ref(rv, ext["planned-birthplace"].get("valueReference"), "Organization")
            if r:
                value["birthplace"] = r[1]
                mapped.refs.append(r)
        try:
            value = normalize(HEADER, {k: v for k, v in value.items() if v is not None})
        except Invalid as exc:
            raise ValueError(f"EpisodeOfCare (graviditet): {exc.message}") from None
        from .records import digest

        manager = _ref(rv, e.get("careManager"), "PractitionerRole", "Practitioner")
        author = _author(manager, rv.known) if manager else {"author_kind": "system"}
        mapped.extra.append(
            (
                "preg_pregnancy",
                {
                    "id": e["id"],
                    "patient_id": mapped.row["patient_id"],
                    "organization_id": mapped.row["organization_id"],
                    "value": value,
                    "digest": digest(e),
                    "author": author,
                    "source_ref": f"EpisodeOfCare/{e['id']}",
                },
            )
        )
        return mapped

    return map_episode


def _wrap_visit(
    base: Callable[[dict, Any], Any], kind: str, link: str
) -> Callable[[dict, Any], Any]:
    def map_visit(v: dict, rv: Resolver) -> Any:
        mapped = base(v, rv)
        episodes = [r[1] for x in v.get(link) or [] if (r := _ref(rv, x, "EpisodeOfCare"))]
        if episodes:
            mapped.extra.append(
                (
                    "preg_visit",
                    {
                        "kind": kind,
                        "id": v["id"],
                        "episodes": episodes,
                        "patient_id": mapped.row["patient_id"],
                        "organization_id": mapped.row["organization_id"],
                        "start": mapped.row["start"],
                        "roles": [
                            x[1]["role_id"]
                            for x in mapped.extra
                            if x[0] == "relation_staff" and x[1].get("role_id")
                        ],
                    },
                )
            )
        return mapped

    return map_visit


def mappers(
    base: dict[str, Callable[[dict, Any], Any]],
) -> dict[str, Callable[[dict, Any], Any]]:
    """The importer's mappers for the new resource types, and its EpisodeOfCare, Encounter and
    Appointment mappers wrapped to add the pregnancy rows."""
    return {
        "EpisodeOfCare": _wrap_episode(base["EpisodeOfCare"]),
        "Encounter": _wrap_visit(base["Encounter"], "encounter", "episodeOfCare"),
        "Appointment": _wrap_visit(base["Appointment"], "appointment", "supportingInformation"),
        "Observation": map_observation,
        "Condition": map_condition,
        "QuestionnaireResponse": map_questionnaire_response,
    }


# --- Observation, Condition, QuestionnaireResponse ------------------------------------------------


def _sct(codings: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """(SNOMED code, GM qualifier) of a code."""
    code = next(
        (c.get("code") for c in codings if c.get("system") in SCT_SYSTEMS and c.get("code")), None
    )
    if code is None:  # no system given: take a bare code
        code = next((c.get("code") for c in codings if not c.get("system") and c.get("code")), None)
    qualifier = next((c.get("code") for c in codings if c.get("system") == QUALIFIER_SYSTEM), None)
    return code, qualifier


def _cc_value(cc: dict[str, Any]) -> dict[str, Any]:
    c = next(iter(cc.get("coding") or []), {})
    out = {
        k: v
        for k, v in (
            ("system", c.get("system")),
            ("code", c.get("code")),
            ("display", c.get("display")),
            ("text", cc.get("text")),
        )
        if v
    }
    return out or {"text": "(ukendt)"}


def _quantity(q: dict[str, Any], k: Kind) -> dict[str, Any]:
    if q.get("value") is None:
        raise ValueError(f"{k.label}: valueQuantity.value mangler")
    unit = q.get("unit") or q.get("code")
    v = q["value"]
    if k.unit and unit and unit != k.unit:
        factor = _UNIT_FACTORS.get((unit, k.unit))
        if factor is None:
            raise ValueError(f"{k.label}: enheden {unit!r} kendes ikke; brug {k.unit}")
        v = round(v * factor, 3)
    return {"value": v, "unit": k.unit}


def _obs_value(obj: dict[str, Any], t: str, k: Kind) -> Any:
    if t == "quantity":
        if "valueQuantity" not in obj:
            raise ValueError(f"{k.label}: valueQuantity mangler")
        return _quantity(obj["valueQuantity"], k)
    if t == "interval":
        for ext in obj.get("extension") or []:
            if (ext.get("url") or "").endswith(EXT_INTERVAL):
                parts = {
                    x.get("url"): (x.get("valueQuantity") or {}).get("value")
                    for x in ext.get("extension") or []
                }
                return {"low": parts.get("low"), "high": parts.get("high"), "unit": k.unit}
        if "valueRange" in obj:
            r = obj["valueRange"]
            return {
                "low": (r.get("low") or {}).get("value"),
                "high": (r.get("high") or {}).get("value"),
                "unit": k.unit,
            }
        if "valueQuantity" in obj:
            return _quantity(obj["valueQuantity"], k)["value"]
        raise ValueError(f"{k.label}: intervallet (GMQuantityInterval, valueRange) mangler")
    return _value_of(obj, t, k.label)


def _value_of(obj: dict[str, Any], t: str, what: str) -> Any:
    """A component's or an Observation's value[x] as the catalogue stores type ``t``."""
    if t == "bool":
        return obj.get("valueBoolean")
    if t == "int":
        return obj.get("valueInteger")
    if t == "str":
        return obj.get("valueString")
    if t in ("date", "datetime"):
        v = obj.get("valueDateTime") or obj.get("valueDate")
        return _day(v) if v else None
    if t == "coded":
        cc = obj.get("valueCodeableConcept")
        return _cc_value(cc) if cc else (obj.get("valueString") or None)
    if t == "quantity":
        q = obj.get("valueQuantity") or {}
        return {"value": q.get("value"), "unit": q.get("unit")} if q else None
    raise ValueError(f"{what}: ukendt værditype")


def _element_rows(
    obj: dict[str, Any],
    rv: Resolver,
    k: Kind | None,
    value: dict[str, Any] | None,
    *,
    subject: tuple[str, str] | None,
    effective: str | None,
    status: str,
    performer: tuple[str, str] | None,
    section: str | None = None,
) -> Rows:
    from .records import digest

    if subject is None:
        raise ValueError(f"{obj['resourceType']}: subject skal henvise til en Patient")
    refs: list[tuple[str, str]] = [subject]
    if performer:
        refs.append(performer)
    encounter = _ref(rv, obj.get("encounter"), "Encounter")
    row = {
        "id": obj["id"],
        "rtype": obj["resourceType"],
        "kind": k.key if k else None,
        "section": section or (k.section if k else None),
        "doc": k.doc if k else None,
        "patient_id": subject[1],
        "value": value,
        "effective": parse_fhir_datetime(effective) if effective else None,
        "status": status,
        "episode": _episode_link(obj, rv),
        "encounter": encounter[1] if encounter else None,
        "fetus": _fetus(obj, rv) if k and k.fetus else None,
        "author": _author(performer, rv.known),
        "digest": digest(obj),
    }
    return Rows("preg_element", row, refs=refs)


def _fetus(obj: dict[str, Any], rv: Resolver) -> str | None:
    for f in obj.get("focus") or []:
        try:
            r = _ref(rv, f, "RelatedPerson")
        except (Unresolved, ValueError):
            r = None
        if r:
            return r[1][:64]
        if f.get("identifier", {}).get("value"):
            return str(f["identifier"]["value"])[:64]
    return None


def _status(s: str | None) -> str:
    if s in ("amended", "corrected"):
        return "amended"
    if s == "entered-in-error":
        return "entered-in-error"
    return "final"


def map_observation(o: dict[str, Any], rv: Resolver) -> Rows:
    codings = _codings(o.get("code"))
    code, qualifier = _sct(codings)
    comp_codes = {
        c for comp in o.get("component") or [] for c in [_sct(_codings(comp.get("code")))[0]] if c
    }
    k = kind_for_code(code, qualifier, comp_codes) if code else None
    subject = _ref(rv, o.get("subject"), "Patient")
    performer = next((r for p in o.get("performer") or [] if (r := _ref(rv, p))), None)
    effective = (
        o.get("effectiveDateTime")
        or (o.get("effectivePeriod") or {}).get("start")
        or o.get("effectiveInstant")
        or o.get("issued")
    )
    if k is None:  # not a GM element: kept only when linked to a pregnancy explicitly
        value: dict[str, Any] = {"code": _cc_value(o.get("code") or {})}
        for t, key in (
            ("quantity", "valueQuantity"),
            ("str", "valueString"),
            ("bool", "valueBoolean"),
            ("int", "valueInteger"),
            ("coded", "valueCodeableConcept"),
        ):
            if key in o:
                value["value"] = _value_of(o, t, "Observation")
                break
        return _element_rows(
            o,
            rv,
            OTHER if _episode_link(o, rv) or o.get("encounter") else None,
            value,
            subject=subject,
            effective=effective,
            status=_status(o.get("status")),
            performer=performer,
        )
    if k.value is not None:
        raw: dict[str, Any] = {"value": _obs_value(o, k.value, k)}
        if raw["value"] is None:
            raise ValueError(f"{k.label}: value[x] mangler eller har en forkert type")
    else:
        comps = {(c.code, c.qualifier): c for c in k.components}
        values: dict[str, Any] = {}
        for comp in o.get("component") or []:
            ccode, cq = _sct(_codings(comp.get("code")))
            c = (
                comps.get((ccode, cq))
                or comps.get((ccode, None))
                or next((x for (xc, _), x in comps.items() if xc == ccode), None)
            )
            if c is None:
                raise ValueError(
                    f"{k.label}: komponenten med koden {ccode!r} findes ikke i GM-modellen"
                )
            values[c.name] = _value_of(comp, c.type, f"{k.label}.{c.name}")
        raw = {"components": {n: v for n, v in values.items() if v is not None}}
        refs = {}
        for ext in o.get("extension") or []:
            url = ext.get("url") or ""
            if url.endswith("ModelElementReference"):
                r = _ref(rv, ext.get("valueReference"), "Organization")
                name = url.rsplit("/", 1)[-1].removesuffix("ModelElementReference")
                if r and name in dict(k.refs):
                    refs[name] = r[1]
        if refs:
            raw["refs"] = refs
        if o.get("note"):
            raw["text"] = " ".join(n.get("text") or "" for n in o["note"]).strip() or None
    try:
        value = normalize(k, raw)
    except Invalid as exc:  # a Danish message, reported FILE:LINE
        raise ValueError(exc.message) from None
    return _element_rows(
        o,
        rv,
        k,
        value,
        subject=subject,
        effective=effective,
        status=_status(o.get("status")),
        performer=performer,
    )


def _condition_section(codings: list[dict[str, Any]]) -> str:
    """Chapter F (mental and behavioural disorders) of ICD-10 / SKS -> psykisk; F1x -> rusmidler."""
    for c in codings:
        system, code = (c.get("system") or "").lower(), (c.get("code") or "").upper()
        if "icd-10" in system or "icd10" in system:
            pass
        elif system in ("urn:oid:1.2.208.176.2.4", "sks") and code.startswith("D"):
            code = code[1:]
        else:
            continue
        if code.startswith("F1"):
            return "rusmidler"
        if code.startswith("F"):
            return "psykisk"
    return DIAGNOSIS.section


def map_condition(c: dict[str, Any], rv: Resolver) -> Rows:
    codings = _codings(c.get("code"))
    raw: dict[str, Any] = {"code": _cc_value(c.get("code") or {})}
    status = next((x.get("code") for x in _codings(c.get("clinicalStatus"))), None)
    if status:
        raw["clinicalStatus"] = status
    onset = c.get("onsetDateTime") or (c.get("onsetPeriod") or {}).get("start")
    if onset:
        raw["onset"] = _day(onset)
    if c.get("note"):
        raw["note"] = " ".join(n.get("text") or "" for n in c["note"]).strip() or None
    try:
        value = normalize(DIAGNOSIS, raw)
    except Invalid as exc:
        raise ValueError(exc.message) from None
    verification = next((x.get("code") for x in _codings(c.get("verificationStatus"))), None)
    return _element_rows(
        c,
        rv,
        DIAGNOSIS,
        value,
        subject=_ref(rv, c.get("subject"), "Patient"),
        effective=c.get("recordedDate") or onset,
        status="entered-in-error" if verification == "entered-in-error" else "final",
        performer=_ref(rv, c.get("asserter")) or _ref(rv, c.get("recorder")),
        section=_condition_section(codings),
    )


def _answer(a: dict[str, Any]) -> str | None:
    for key, v in a.items():
        if key.startswith("value") and v is not None:
            if isinstance(v, dict):
                return v.get("display") or v.get("text") or v.get("code") or str(v.get("value", ""))
            return str(v)
    return None


def map_questionnaire_response(q: dict[str, Any], rv: Resolver) -> Rows:
    subject = _ref(rv, q.get("subject"), "Patient")
    author = _ref(rv, q.get("author"))
    ours = q.get("questionnaire") == WISHES_QUESTIONNAIRE or (
        author is not None and author == subject
    )
    items = [
        {
            "linkId": i.get("linkId"),
            "text": i.get("text"),
            "answer": _answer((i.get("answer") or [{}])[0]),
        }
        for i in q.get("item") or []
    ]
    value = None
    if ours:
        try:
            value = normalize(WISHES, {"items": items})
        except Exception as exc:
            raise ValueError(getattr(exc, "message", str(exc))) from None
    return _element_rows(
        q,
        rv,
        WISHES if ours else None,
        value,
        subject=subject,
        effective=q.get("authored"),
        status="entered-in-error"
        if q.get("status") == "entered-in-error"
        else ("amended" if q.get("status") == "amended" else "final"),
        performer=author,
    )


# --- the writers (in the file's transaction, after the importer's own tables) -------------------


def write_pregnancies(conn: Any, items: list[tuple[int, dict[str, Any]]], sink: Any) -> None:
    from sqlalchemy import select

    from ..store.pregnancy import Pregnancy
    from . import records

    now = utcnow()
    for line, row in items:
        pid = row["id"]
        existing = conn.execute(select(Pregnancy.patient_id).where(Pregnancy.id == pid)).first()
        if existing is not None and existing[0] != row["patient_id"]:
            sink.problem(line, f"graviditetsforløbet {pid!r} hører til en anden borger")
            continue
        if existing is None:
            conn.execute(
                Pregnancy.__table__.insert().values(
                    id=pid,
                    patient_id=row["patient_id"],
                    organization_id=row["organization_id"],
                    created_at=now,
                    source="fhir",
                )
            )
        records.lock_pregnancy(conn, pid)
        value = _add_version(conn, pid, records.header_id(pid), HEADER, row, line, sink, merge=True)
        if value is None:
            value = records.header_value_of(conn, pid) or {}
        for org in {row["organization_id"], row["author"].get("author_org_id")} - {None}:
            records.add_team(
                conn, pid, org, profession=None, since=now, added_by="import", source="fhir"
            )
        records.apply_header(conn, pid, value)


def _add_version(
    conn: Any,
    pregnancy_id: str,
    element_id: str,
    k: Kind,
    row: dict[str, Any],
    line: int,
    sink: Any,
    *,
    merge: bool = False,
    element: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """Write an imported version unless the same content is already a version. Returns the
    value written (None when nothing was)."""
    from sqlalchemy import select

    from ..store.pregnancy import PregnancyElementVersion
    from . import records

    seen = conn.execute(
        select(PregnancyElementVersion.version).where(
            PregnancyElementVersion.element_id == element_id,
            PregnancyElementVersion.digest == row["digest"],
        )
    ).first()
    if seen is not None:
        return None
    author = dict(row["author"])
    if author.get("author_role_id") and not author.get("author_profession"):
        author["author_profession"] = _profession(conn, author["author_role_id"])
    for _ in range(5):
        current = records.current_version(conn, element_id)
        value = row["value"]
        if merge and current is not None:
            value = {**(records.header_value_of(conn, pregnancy_id) or {}), **value}
        version = {
            "value": value,
            "effective": row.get("effective"),
            "status": row.get("status") or ("final" if current is None else "amended"),
            "recorded_at": utcnow(),
            "author_kind": author.get("author_kind", "system"),
            "author_staff_id": author.get("author_staff_id"),
            "author_role_id": author.get("author_role_id"),
            "author_org_id": author.get("author_org_id"),
            "author_profession": author.get("author_profession"),
            "author_patient_id": author.get("author_patient_id"),
            "author_display": None,
            "reason": None if current is None else "Ændret i kildesystemet (indlæst igen)",
            "source": "fhir",
            "source_ref": row.get("source_ref")
            or f"{row.get('rtype', 'EpisodeOfCare')}/{row['id']}",
            "digest": row["digest"],
        }
        if current is not None:
            latest = conn.execute(
                select(PregnancyElementVersion.value, PregnancyElementVersion.status).where(
                    PregnancyElementVersion.element_id == element_id,
                    PregnancyElementVersion.version == current,
                )
            ).first()
            same_status = latest is not None and (latest[1] == "entered-in-error") == (
                version["status"] == "entered-in-error"
            )
            if latest is not None and _same(latest[0], value) and same_status:
                return None  # the same content in another wrapping (e.g. our own export)
            if version["status"] == "final":
                version["status"] = "amended"
        new = element or {
            "id": element_id,
            "pregnancy_id": pregnancy_id,
            "kind": k.key,
            "section": k.section,
            "doc": k.doc,
            "visit_id": None,
            "fetus": None,
            "created_at": utcnow(),
        }
        try:
            records.write_version(
                conn, new if current is None else None, element_id, current, version
            )
            return value
        except records.Stale:
            continue  # a professional wrote meanwhile (PostgreSQL): read again
    sink.problem(line, f"elementet {element_id!r} ændres samtidig af andre; prøv igen")
    return None


def _same(a: Any, b: Any) -> bool:
    import orjson

    if isinstance(a, str):
        a = orjson.loads(a)
    return orjson.dumps(a, option=orjson.OPT_SORT_KEYS) == orjson.dumps(
        b, option=orjson.OPT_SORT_KEYS
    )


def _profession(conn: Any, role_id: str) -> str | None:
    from sqlalchemy import select

    from ..store import Organization, StaffRole
    from .access import profession_of

    row = conn.execute(
        select(StaffRole.title, Organization.type, Organization.name)
        .join(Organization, Organization.id == StaffRole.organization_id, isouter=True)
        .where(StaffRole.id == role_id)
    ).first()
    return profession_of(*row) if row else None


def write_visits(conn: Any, items: list[tuple[int, dict[str, Any]]], sink: Any) -> None:
    from sqlalchemy import select

    from ..store.pregnancy import Pregnancy, PregnancyVisit
    from . import records

    for _line, row in items:
        found = conn.execute(
            select(Pregnancy.id, Pregnancy.patient_id).where(Pregnancy.id.in_(row["episodes"]))
        ).first()
        if found is None or found[1] != row["patient_id"]:
            continue  # an episode of another kind: not a pregnancy visit
        pid = found[0]
        profession = next((p for r in row["roles"] if (p := _profession(conn, r))), None)
        records.upsert(
            conn,
            PregnancyVisit.__table__,
            [
                {
                    "kind": row["kind"],
                    "id": row["id"],
                    "pregnancy_id": pid,
                    "profession": profession,
                    "source": "fhir",
                }
            ],
        )
        if row["organization_id"]:
            records.add_team(
                conn,
                pid,
                row["organization_id"],
                profession=profession,
                since=row["start"] or utcnow(),
                added_by="import",
                source="fhir",
            )


def write_elements(conn: Any, items: list[tuple[int, dict[str, Any]]], sink: Any) -> None:
    from sqlalchemy import select

    from ..store.pregnancy import Pregnancy, PregnancyElement, PregnancyVisit
    from . import records
    from .access import ended_at

    for line, row in items:
        pid = None
        if row["episode"]:
            found = conn.execute(
                select(Pregnancy.id, Pregnancy.patient_id).where(Pregnancy.id == row["episode"])
            ).first()
            if found is None:
                sink.problem(
                    line,
                    f"henvisningen EpisodeOfCare/{row['episode']} peger ikke på et graviditetsforløb",
                    dangling=True,
                )
                continue
            pid = found[0]
        elif row["encounter"]:
            pid = conn.scalar(
                select(PregnancyVisit.pregnancy_id).where(
                    PregnancyVisit.kind == "encounter", PregnancyVisit.id == row["encounter"]
                )
            )
        if pid is None and row["kind"] not in (None, "andet") and row["rtype"] == "Observation":
            # a GM-coded Observation of a woman who was pregnant then belongs to that pregnancy;
            # a Condition or a QuestionnaireResponse only when it says so (a diagnosis made
            # elsewhere does not move into the pregnancy record by its date)
            pid = _pregnancy_at(conn, row["patient_id"], row["effective"], ended_at)
        if row["kind"] is None or pid is None:
            sink.skip(row["rtype"])  # not about a pregnancy: counted like an unused type
            continue
        preg_patient = conn.scalar(select(Pregnancy.patient_id).where(Pregnancy.id == pid))
        if preg_patient != row["patient_id"]:
            sink.problem(
                line, f"{row['rtype']}/{row['id']}: graviditetsforløbet hører til en anden borger"
            )
            continue
        other = conn.scalar(
            select(PregnancyElement.pregnancy_id).where(PregnancyElement.id == row["id"])
        )
        if other is not None and other != pid:
            sink.problem(
                line, f"{row['rtype']}/{row['id']} hører allerede til et andet graviditetsforløb"
            )
            continue
        records.lock_pregnancy(conn, pid)
        from .catalogue import KINDS

        k = KINDS[row["kind"]]
        visit = row["encounter"] if row["encounter"] else None
        if (
            visit is not None
            and conn.scalar(
                select(PregnancyVisit.pregnancy_id).where(
                    PregnancyVisit.kind == "encounter", PregnancyVisit.id == visit
                )
            )
            != pid
        ):
            visit = None
        element = {
            "id": row["id"],
            "pregnancy_id": pid,
            "kind": k.key,
            "section": row["section"] or k.section,
            "doc": k.doc,
            "visit_id": visit,
            "fetus": row["fetus"],
            "created_at": utcnow(),
        }
        _add_version(conn, pid, row["id"], k, row, line, sink, element=element)


def _pregnancy_at(conn: Any, patient_id: str, t: datetime | None, ended_at: Any) -> str | None:
    """The woman's pregnancy going on at ``t`` (the newest one started before it)."""
    from sqlalchemy import select

    from ..store.pregnancy import Pregnancy

    pregs = conn.execute(
        select(Pregnancy.__table__).where(Pregnancy.patient_id == patient_id)
    ).all()
    best = None
    for r in pregs:
        p = Pregnancy(**r._mapping)
        start = p.start or (local_midnight(p.due_date) - _days(300) if p.due_date else p.created_at)
        end = ended_at(p)
        if t is None:
            if p.end is None and (best is None or start > best[0]):
                best = (start, p.id)
            continue
        going_on = start - _days(7) <= t and (end is None or t <= end + _days(90))
        if going_on and (best is None or start > best[0]):
            best = (start, p.id)
    return best[1] if best else None


def _days(n: int) -> Any:
    from datetime import timedelta

    return timedelta(days=n)


#: the importer stores these tables with these functions, in this order (headers first)
WRITERS: dict[str, Callable[[Any, list[tuple[int, dict[str, Any]]], Any], None]] = {
    "preg_pregnancy": write_pregnancies,
    "preg_visit": write_visits,
    "preg_element": write_elements,
}
