"""What professionals and the woman do with a pregnancy record: the service functions the HTTP
API, the web pages and the CLI share (adapters stay thin over these).

Every professional read and write is authorised (:func:`access.authorize_professional`: care
team, two-year window, role × section matrix) and leaves one entry in indsigt's own access log
(``records.log_access``) in the same transaction as what it reads or writes. A write is one
transaction: the element (or visit with its measurements), its version with provenance, the
access-log entry; killed halfway, none of it is stored.

Documents returned to professionals carry real names (they are not citizen views). What the
woman and her proxies see comes from :mod:`indsigt.views.pregnancy`, through protection.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Forbidden, Invalid, NotFound
from ..store import Organization, Patient, Relation
from ..store.pregnancy import Pregnancy, PregnancyElement, PregnancyTeam, PregnancyVisit
from ..timeutil import iso_local, local_midnight, parse_instant, utcnow
from . import access, reading, records
from .access import PROFESSIONS, Professional
from .catalogue import (
    DOCS,
    HEADER,
    KINDS,
    OWN_NOTE,
    SECTIONS,
    WISHES,
    Kind,
    display_value,
    kind,
    normalize,
)
from .records import PreconditionRequired, Stale

__all__ = [
    "PreconditionRequired",
    "Stale",
    "add_element",
    "add_team_member",
    "correct_element",
    "create_pregnancy",
    "element_history",
    "export_document",
    "open_record",
    "parse_etag",
    "record_visit",
    "update_header",
    "worklist",
    "write_own_note",
    "write_wishes",
]


# --- small helpers -----------------------------------------------------------------------------


def parse_etag(value: str | None) -> int | None:
    """``W/"3"``, ``"3"`` or ``3`` -> 3; None when absent. Invalid when not a version."""
    if value is None or not value.strip():
        return None
    v = value.strip()
    if v.startswith("W/"):
        v = v[2:]
    v = v.strip('"')
    if not v.isdigit():
        raise Invalid('If-Match skal være elementets version, fx W/"3".')
    return int(v)


def etag(version: int) -> str:
    return f'W/"{version}"'


def _when(value: Any, what: str) -> datetime:
    """An ISO time (with offset) or a date (local midnight) -> naive UTC."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return local_midnight(value)
    s = str(value or "").strip()
    try:
        return local_midnight(date.fromisoformat(s)) if len(s) == 10 else parse_instant(s)
    except ValueError:
        raise Invalid(f"{what}: skal være et tidspunkt med tidszone eller en dato") from None


def _version_row(
    prof: Professional | None,
    *,
    value: dict[str, Any],
    effective: datetime | None,
    at: datetime,
    status: str = "final",
    reason: str | None = None,
    patient: str | None = None,
) -> dict[str, Any]:
    return {
        "value": value,
        "effective": effective,
        "status": status,
        "recorded_at": at,
        "author_kind": "staff" if prof else "citizen",
        "author_staff_id": prof.staff_id if prof else None,
        "author_role_id": prof.role_id if prof else None,
        "author_org_id": prof.organization_id if prof else None,
        "author_profession": prof.profession if prof else None,
        "author_patient_id": patient,
        "author_display": prof.name if prof else None,
        "reason": reason,
        "source": "indsigt",
        "source_ref": None,
        "digest": None,
    }


def _log(
    session: Session, prof: Professional, preg: Pregnancy, action: str, what: str, at: datetime
) -> None:
    records.log_access(
        session.connection(),
        patient_id=preg.patient_id,
        pregnancy_id=preg.id,
        action=action,
        what=what,
        at=at,
        role_id=prof.role_id,
        staff_id=prof.staff_id,
        organization_id=prof.organization_id,
        display=prof.name,
    )


def _lock(session: Session, pregnancy_id: str) -> Pregnancy:
    """Take the pregnancy's write lock before anything else is read for a write."""
    if not records.lock_pregnancy(session.connection(), pregnancy_id):
        raise NotFound("Graviditetsforløbet findes ikke.")
    preg = session.get(Pregnancy, pregnancy_id, populate_existing=True)
    assert preg is not None
    return preg


# --- creating a pregnancy --------------------------------------------------------------------


def create_pregnancy(
    session: Session, prof: Professional, patient_id: str, header: dict[str, Any], at=None
) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Open a pregnancy record for a citizen (typically the GP at the first consultation). The
    creator's organisation is its first care-team member."""
    at = at or utcnow()
    if not access.may(prof.profession, "forloeb", write=True):
        raise Forbidden(f"Som {prof.profession_label.lower()} kan du ikke oprette et forløb.")
    if session.get(Patient, patient_id) is None:
        raise NotFound("Borgeren findes ikke.")
    value = normalize(HEADER, {**header, "start": header.get("start") or at.date().isoformat()})
    if value.get("birthplace") and session.get(Organization, value["birthplace"]) is None:
        raise Invalid(f"Graviditet.birthplace: organisationen {value['birthplace']!r} findes ikke")
    pid = records.new_id("preg")
    conn = session.connection()
    conn.execute(
        Pregnancy.__table__.insert().values(
            id=pid,
            patient_id=patient_id,
            organization_id=prof.organization_id,
            created_at=at,
            source="indsigt",
        )
    )
    records.lock_pregnancy(conn, pid)
    records.write_version(
        conn,
        _element_row(pid, HEADER, at, element_id=records.header_id(pid)),
        records.header_id(pid),
        None,
        _version_row(prof, value=value, effective=_when(value["start"], "start"), at=at),
    )
    records.add_team(
        conn,
        pid,
        prof.organization_id,
        profession=prof.profession,
        since=at,
        added_by=prof.actor,
        source="indsigt",
    )
    records.apply_header(conn, pid, value)
    preg = session.get(Pregnancy, pid, populate_existing=True)
    assert preg is not None
    _log(session, prof, preg, "C", "Graviditetsjournal: forløb oprettet", at)
    return {"id": pid, "etag": etag(1), "header": value}


def _element_row(
    pregnancy_id: str,
    k: Kind,
    at: datetime,
    *,
    element_id: str | None = None,
    visit_id: str | None = None,
    fetus: str | None = None,
) -> dict[str, Any]:
    return {
        "id": element_id or records.new_id(),
        "pregnancy_id": pregnancy_id,
        "kind": k.key,
        "section": k.section,
        "doc": k.doc,
        "visit_id": visit_id,
        "fetus": fetus,
        "created_at": at,
    }


# --- writing elements --------------------------------------------------------------------------


def _writable_kind(prof: Professional, key: str) -> Kind:
    k = kind(key)
    if k.key in (HEADER.key, WISHES.key, OWN_NOTE.key, "andet"):
        raise Invalid(f"{k.label} skrives ikke som element her.")
    if not access.may(prof.profession, k.section, write=True):
        raise Forbidden(
            f"Som {prof.profession_label.lower()} må du ikke skrive i afsnittet "
            f"{SECTIONS[k.section].lower()}."
        )
    return k


def _check_visit(session: Session, preg: Pregnancy, visit_id: str | None) -> None:
    if visit_id is None:
        return
    link = session.scalar(
        select(PregnancyVisit.pregnancy_id).where(
            PregnancyVisit.kind == "encounter", PregnancyVisit.id == visit_id
        )
    )
    if link != preg.id:
        raise Invalid(f"besøget {visit_id!r} hører ikke til dette forløb")


def add_element(
    session: Session,
    prof: Professional,
    pregnancy_id: str,
    kind_key: str,
    value: Any,
    *,
    effective: Any = None,
    visit_id: str | None = None,
    fetus: str | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Add a new element (version 1). Returns it with its ETag."""
    at = at or utcnow()
    preg = _lock(session, pregnancy_id)
    access.authorize_professional(session, prof, preg, at)  # the relation first, then the rest
    k = _writable_kind(prof, kind_key)
    access.authorize_professional(session, prof, preg, at, section=k.section, write=True)
    v = normalize(k, value)
    _check_visit(session, preg, visit_id)
    row = _element_row(preg.id, k, at, visit_id=visit_id, fetus=fetus if k.fetus else None)
    eff = _when(effective, "effective") if effective else at
    records.write_version(
        session.connection(),
        row,
        row["id"],
        None,
        _version_row(prof, value=v, effective=eff, at=at),
    )
    _log(session, prof, preg, "C", f"Graviditetsjournal: {k.label} registreret", at)
    return {"id": row["id"], "kind": k.key, "version": 1, "etag": etag(1), "value": v}


def correct_element(
    session: Session,
    prof: Professional,
    pregnancy_id: str,
    element_id: str,
    if_match: int | None,
    value: Any,
    reason: str,
    *,
    withdraw: bool = False,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Correct an element: a new version with a reason, never an overwrite. ``withdraw`` marks it
    entered in error (kept, shown as withdrawn). ``if_match`` is the version the writer saw:
    428 without it, 412 when someone wrote since."""
    at = at or utcnow()
    preg = _lock(session, pregnancy_id)
    access.authorize_professional(session, prof, preg, at)
    el = session.get(PregnancyElement, element_id, populate_existing=True)
    if el is None or el.pregnancy_id != preg.id:
        raise NotFound("Elementet findes ikke i dette forløb.")
    k = KINDS[el.kind]
    if k is HEADER:
        raise Invalid("Forløbets stamdata rettes med PUT på forløbet.")
    _writable_kind(prof, k.key)
    access.authorize_professional(session, prof, preg, at, section=k.section, write=True)
    if if_match is None:
        raise PreconditionRequired(
            'En rettelse skal sige, hvilken version den retter (If-Match: W/"<version>").'
        )
    if not (reason or "").strip():
        raise Invalid("En rettelse skal have en begrundelse.")
    if withdraw:
        old = reading.history(session.connection(), element_id)[-1]
        v, status, eff = dict(old["value"]), "entered-in-error", old["effective"]
    else:
        v, status = normalize(k, value), "amended"
        eff = reading.history(session.connection(), element_id)[-1]["effective"]
    n = records.write_version(
        session.connection(),
        None,
        element_id,
        if_match,
        _version_row(
            prof, value=v, effective=eff, at=at, status=status, reason=reason.strip()[:2000]
        ),
    )
    verb = "trukket tilbage" if withdraw else "rettet"
    _log(session, prof, preg, "U", f"Graviditetsjournal: {k.label} {verb}", at)
    return {
        "id": element_id,
        "kind": k.key,
        "version": n,
        "etag": etag(n),
        "value": v,
        "status": status,
    }


def update_header(
    session: Session,
    prof: Professional,
    pregnancy_id: str,
    if_match: int | None,
    changes: dict[str, Any],
    reason: str | None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Change the pregnancy's header (due date and basis, gravida/para, birthplace, end, status)
    as a new version of its header element (If-Match on the header's version)."""
    at = at or utcnow()
    preg = _lock(session, pregnancy_id)
    access.authorize_professional(session, prof, preg, at, section="forloeb", write=True)
    if if_match is None:
        raise PreconditionRequired(
            "En ændring skal sige, hvilken version af forløbet den bygger på (If-Match)."
        )
    conn = session.connection()
    current = records.header_value_of(conn, preg.id) or {}
    value = normalize(HEADER, {**current, **changes})
    if value.get("birthplace") and session.get(Organization, value["birthplace"]) is None:
        raise Invalid(f"Graviditet.birthplace: organisationen {value['birthplace']!r} findes ikke")
    if value.get("end") and value.get("status") in ("planned", "active"):
        value["status"] = "finished"
    hid = records.header_id(preg.id)
    n = records.write_version(
        conn,
        None
        if records.current_version(conn, hid)
        else _element_row(preg.id, HEADER, at, element_id=hid),
        hid,
        if_match if records.current_version(conn, hid) else None,
        _version_row(
            prof,
            value=value,
            effective=_when(value.get("start") or at, "start"),
            at=at,
            status="amended",
            reason=(reason or "").strip()[:2000] or None,
        ),
    )
    records.apply_header(conn, preg.id, value)
    _log(session, prof, preg, "U", "Graviditetsjournal: forløbets stamdata ændret", at)
    return {"id": preg.id, "version": n, "etag": etag(n), "header": value}


def record_visit(
    session: Session,
    prof: Professional,
    pregnancy_id: str,
    *,
    start: Any,
    end: Any = None,
    title: str | None = None,
    planned: bool = False,
    elements: list[dict[str, Any]] | None = None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Record a visit (an encounter) with what was measured at it, or book a planned visit (an
    appointment, ``planned``). All or nothing: one transaction."""
    at = at or utcnow()
    preg = _lock(session, pregnancy_id)
    access.authorize_professional(session, prof, preg, at)
    t0 = _when(start, "start")
    t1 = _when(end, "end") if end else None
    if t1 is not None and t1 < t0:
        raise Invalid("end ligger før start")
    items = []
    for n, item in enumerate(elements or [], 1):
        if planned:
            raise Invalid("En planlagt konsultation har endnu ingen målinger.")
        if not isinstance(item, dict) or "kind" not in item:
            raise Invalid(f"element {n}: kind mangler")
        k = _writable_kind(prof, str(item["kind"]))
        items.append((k, normalize(k, item.get("value")), item.get("fetus")))
    kind_ = "appointment" if planned else "encounter"
    vid = records.new_id("besoeg" if not planned else "aftale")
    default = "Planlagt konsultation" if planned else "Konsultation"
    label = (title or "").strip() or f"{default} ({PROFESSIONS[prof.profession].lower()})"
    conn = session.connection()
    records.add_visit(
        conn,
        kind=kind_,
        visit_id=vid,
        pregnancy_id=preg.id,
        patient_id=preg.patient_id,
        organization_id=prof.organization_id,
        start=t0,
        end=t1,
        status="booked" if planned else "finished",
        title=label,
        profession=prof.profession,
        role_id=prof.role_id,
        staff_id=prof.staff_id,
    )
    out = []
    for k, v, fetus in items:
        row = _element_row(
            preg.id, k, at, visit_id=vid, fetus=str(fetus)[:64] if k.fetus and fetus else None
        )
        records.write_version(
            conn, row, row["id"], None, _version_row(prof, value=v, effective=t0, at=at)
        )
        out.append({"id": row["id"], "kind": k.key, "version": 1, "etag": etag(1), "value": v})
    what = "planlagt konsultation" if planned else f"konsultation med {len(out)} målinger"
    _log(session, prof, preg, "C", f"Graviditetsjournal: {what} registreret", at)
    return {"id": vid, "kind": kind_, "start": iso_local(t0), "title": label, "elements": out}


def add_team_member(
    session: Session,
    prof: Professional,
    pregnancy_id: str,
    organization_id: str,
    profession: str | None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Bring another organisation into the pregnancy (a referral: the GP to the midwife centre,
    the scan unit, the birthplace, the health visitors). Only a team member may do it."""
    at = at or utcnow()
    if profession is not None and profession not in PROFESSIONS:
        raise Invalid(f"profession: brug {', '.join(PROFESSIONS)}")
    preg = _lock(session, pregnancy_id)
    access.authorize_professional(session, prof, preg, at)
    if session.get(Organization, organization_id) is None:
        raise Invalid(f"organisationen {organization_id!r} findes ikke")
    new = records.add_team(
        session.connection(),
        preg.id,
        organization_id,
        profession=profession,
        since=at,
        added_by=prof.actor,
        source="indsigt",
    )
    if new:
        _log(session, prof, preg, "U", "Graviditetsjournal: ny samarbejdspartner tilknyttet", at)
    return {"pregnancy": preg.id, "organization": organization_id, "added": new}


# --- reading (professionals) -------------------------------------------------------------------


def _author_doc(a: reading.Author, staff: dict[str, str], orgs: dict[str, str]) -> dict[str, Any]:
    if a.kind == "citizen":
        return {"kind": "citizen", "name": "Den gravide selv"}
    return {
        "kind": a.kind,
        "name": staff.get(a.staff_id or "") or a.display,
        "staff": a.staff_id,
        "role": a.role_id,
        "profession": PROFESSIONS.get(a.profession or ""),
        "organization": orgs.get(a.org_id or "") or a.org_id,
    }


def _header_doc(preg: Pregnancy, header: dict[str, Any], version: int | None) -> dict[str, Any]:
    return {
        "id": preg.id,
        "patient": preg.patient_id,
        **header,
        "version": version,
        "etag": etag(version) if version else None,
    }


def open_record(
    session: Session, prof: Professional, pregnancy_id: str, at: datetime | None = None
) -> dict[str, Any]:
    """A professional opens a pregnancy record: every section the matrix lets them read (the
    others are named in ``not_shown``), with versions and ETags. Logged as an access."""
    at = at or utcnow()
    preg = access.get_pregnancy(session, pregnancy_id)
    access.authorize_professional(session, prof, preg, at)
    sections = access.readable(prof.profession)
    conn = session.connection()
    rec = reading.load(conn, preg, sections)
    staff_ids = {e.author.staff_id for e in rec.elements} | {
        s for v in rec.visits for s, _ in v.staff
    }
    staff = reading.names(conn, {s for s in staff_ids if s})
    orgs = reading.org_names(
        conn,
        {e.author.org_id for e in rec.elements if e.author.org_id}
        | {v.organization_id for v in rec.visits if v.organization_id}
        | {o for o, _, _ in rec.team}
        | ({rec.header["birthplace"]} if rec.header.get("birthplace") else set()),
    )
    patient = session.get(Patient, preg.patient_id)
    doc = {
        "pregnancy": _header_doc(preg, rec.header, rec.header_version),
        "patient": {"id": preg.patient_id, "name": patient.name if patient else ""},
        "birthplace": orgs.get(rec.header.get("birthplace") or ""),
        "you": {"profession": prof.profession, "organization": prof.organization_id},
        "team": [
            {"organization": o, "name": orgs.get(o, o), "profession": PROFESSIONS.get(p or "")}
            for o, p, _ in rec.team
        ],
        "visits": [
            {
                "id": v.id,
                "kind": v.kind,
                "start": iso_local(v.start),
                "end": iso_local(v.end),
                "status": v.status,
                "title": v.title,
                "organization": orgs.get(v.organization_id or "") or v.organization_id,
                "staff": [staff.get(s or "", "") for s, _ in v.staff],
            }
            for v in rec.visits
        ],
        "elements": [
            {
                "id": e.id,
                "kind": e.kind,
                "label": e.label,
                "section": e.section,
                "doc": DOCS.get(e.doc),
                "visit": e.visit_id,
                "fetus": e.fetus,
                "version": e.version,
                "etag": etag(e.version),
                "status": e.status,
                "value": e.value,
                "text": e.display,
                "effective": iso_local(e.effective),
                "recorded": iso_local(e.recorded),
                "author": _author_doc(e.author, staff, orgs),
                "reason": e.reason,
            }
            for e in rec.elements
            if e.section != "egne_noter"
        ],
        "attention": attention(rec),
        "sections": {s: SECTIONS[s] for s in sections if s != "egne_noter"},
        "not_shown": [SECTIONS[s] for s in SECTIONS if s not in sections and s != "egne_noter"],
        "writable": [s for s in access.writable(prof.profession)],
    }
    what = (
        "Graviditetsjournal: opslag ("
        + ", ".join(SECTIONS[s].lower() for s in sections if s != "egne_noter")
        + ")"
    )
    _log(session, prof, preg, "R", what, at)
    return doc


def attention(rec: reading.Record) -> list[str]:
    """What a professional should notice at once (Danish): the newest blood pressure at or over
    140/90 mmHg, protein in the urine at or over 0.3 g/L — together the signs of pre-eclampsia
    (DSOG, *Hypertension og præeklampsi*, 2018) — and a symphysis-fundus height outside the
    INTERGROWTH-21st 3rd–97th centile. A reminder, not a diagnosis."""
    from .charts import sfh_centiles
    from .programme import gestational_days

    latest: dict[str, reading.Element] = {}
    for e in rec.elements:  # oldest first: the last one of a kind wins
        if e.status != "entered-in-error":
            latest[e.kind] = e

    def num(kind: str) -> float | None:
        e = latest.get(kind)
        v = (e.value.get("value") if e else None) or None
        if isinstance(v, dict):
            v = v.get("value", v.get("high"))
        return v if isinstance(v, int | float) else None

    out = []
    sys_, dia, protein = num("systolisk-blodtryk"), num("diastolisk-blodtryk"), num("protein")
    high_bp = (sys_ or 0) >= 140 or (dia or 0) >= 90
    if high_bp:
        out.append(f"Seneste blodtryk {sys_ or '–'}/{dia or '–'} mmHg er på eller over 140/90.")
    if protein is not None and protein >= 0.3:
        out.append(f"Protein i urinen ({protein:g} g/L).")
    if high_bp and protein is not None and protein >= 0.3:
        out.append("Forhøjet blodtryk og protein i urinen: tegn på præeklampsi.")
    sfh = latest.get("symfyse-fundus")
    due = rec.pregnancy.due_date
    if sfh is not None and due is not None and (sfh.effective or sfh.recorded):
        ga = gestational_days(due, (sfh.effective or sfh.recorded).date()) / 7
        cm = (num("symfyse-fundus") or 0) / 10
        if 16 <= ga <= 40:
            low, _, high = sfh_centiles(ga)
            if not low <= cm <= high:
                out.append(
                    f"Symfyse-fundus-mål {cm:.1f} cm er uden for referencekurven ({low:.1f}–{high:.1f} cm)."
                )
    return out


def element_history(
    session: Session,
    prof: Professional,
    pregnancy_id: str,
    element_id: str,
    at: datetime | None = None,
) -> dict[str, Any]:
    """Every version of an element with who, role, organisation, when and why. Logged."""
    at = at or utcnow()
    preg = access.get_pregnancy(session, pregnancy_id)
    el = session.get(PregnancyElement, element_id)
    if el is None or el.pregnancy_id != preg.id:
        raise NotFound("Elementet findes ikke i dette forløb.")
    access.authorize_professional(session, prof, preg, at, section=el.section)
    conn = session.connection()
    versions = reading.history(conn, element_id)
    staff = reading.names(conn, {v["author_staff_id"] for v in versions if v["author_staff_id"]})
    orgs = reading.org_names(conn, {v["author_org_id"] for v in versions if v["author_org_id"]})
    k = KINDS[el.kind]
    out = {
        "id": el.id,
        "kind": el.kind,
        "label": k.label,
        "section": el.section,
        "version": el.version,
        "etag": etag(el.version),
        "versions": [
            {
                "version": v["version"],
                "status": v["status"],
                "value": v["value"],
                "text": display_value(k, v["value"]),
                "effective": iso_local(v["effective"]),
                "recorded": iso_local(v["recorded_at"]),
                "author": _author_doc(
                    reading.Author(
                        v["author_kind"],
                        v["author_staff_id"],
                        v["author_role_id"],
                        v["author_org_id"],
                        v["author_profession"],
                        v["author_patient_id"],
                        v["author_display"],
                    ),
                    staff,
                    orgs,
                ),
                "reason": v["reason"],
                "source": v["source"],
                "source_ref": v["source_ref"],
            }
            for v in versions
        ],
    }
    _log(session, prof, preg, "R", f"Graviditetsjournal: historik for {k.label}", at)
    return out


def export_document(
    session: Session,
    prof: Professional,
    pregnancy_id: str,
    doc_kind: str,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The pregnancy as one FHIR document (``PRF``/``PSCR``/``PMR``) with the sections the
    professional may read, and a Provenance per element. Logged as an access."""
    from .export import bundle

    at = at or utcnow()
    if doc_kind not in DOCS:
        raise Invalid(f"dokumenttype: brug {', '.join(DOCS)}")
    preg = access.get_pregnancy(session, pregnancy_id)
    access.authorize_professional(session, prof, preg, at)
    sections = [s for s in access.readable(prof.profession) if s != "egne_noter"]
    doc = bundle(session, preg, doc_kind, sections, at)
    what = f"Graviditetsjournal: {DOCS[doc_kind]} hentet som FHIR-dokument"
    _log(session, prof, preg, "R", what, at)
    return doc


def worklist(
    session: Session, prof: Professional, at: datetime | None = None
) -> list[dict[str, Any]]:
    """The pregnancies of the professional's organisation (and those above it) within the window:
    name, due date, week. Listing them reads each one: one access-log entry per pregnancy."""
    from .programme import week_and_days

    at = at or utcnow()
    orgs = access.ancestors(session, prof.organization_id)
    rows = session.execute(
        select(Pregnancy, Patient)
        .join(PregnancyTeam, PregnancyTeam.pregnancy_id == Pregnancy.id)
        .join(Patient, Patient.id == Pregnancy.patient_id)
        .where(PregnancyTeam.organization_id.in_(orgs))
        .order_by(Pregnancy.due_date, Pregnancy.id)
    ).all()
    out, seen = [], set()
    today = at.date()
    for preg, patient in rows:
        if preg.id in seen:
            continue
        seen.add(preg.id)
        end = access.window_end(preg)
        if end is not None and at >= end:
            continue
        w = week_and_days(preg.due_date, today) if preg.due_date else None
        out.append(
            {
                "id": preg.id,
                "patient": patient.id,
                "name": patient.name,
                "due_date": preg.due_date.isoformat() if preg.due_date else None,
                "week": f"{w[0]}+{w[1]}" if w and preg.end is None else None,
                "status": preg.status,
            }
        )
        _log(session, prof, preg, "R", "Graviditetsjournal: arbejdsliste (navn og termin)", at)
    return out


def find_pregnancies(session: Session, patient_id: str) -> list[Pregnancy]:
    """A citizen's pregnancies, newest first."""
    return list(
        session.scalars(
            select(Pregnancy)
            .where(Pregnancy.patient_id == patient_id)
            .order_by(Pregnancy.start.desc(), Pregnancy.created_at.desc())
        )
    )


# --- the woman writes --------------------------------------------------------------------------


def _woman(session: Session, pregnancy_id: str, subject: str, viewer: str) -> Pregnancy:
    if viewer != subject:
        raise Forbidden("Kun den gravide selv kan skrive her.")
    preg = _lock(session, pregnancy_id)
    if preg.patient_id != subject:
        raise Forbidden("Du har ikke adgang til dette graviditetsforløb.")
    return preg


def write_own_note(
    session: Session, subject: str, viewer: str, pregnancy_id: str, text: str, at=None
) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The woman adds one of her own notes (only she reads them)."""
    at = at or utcnow()
    preg = _woman(session, pregnancy_id, subject, viewer)
    v = normalize(OWN_NOTE, {"text": text})
    row = _element_row(preg.id, OWN_NOTE, at)
    records.write_version(
        session.connection(),
        row,
        row["id"],
        None,
        _version_row(None, value=v, effective=at, at=at, patient=subject),
    )
    return {"id": row["id"], "version": 1, "etag": etag(1)}


def write_wishes(
    session: Session,
    subject: str,
    viewer: str,
    pregnancy_id: str,
    items: list[dict[str, Any]],
    if_match: int | None,
    at: datetime | None = None,
) -> dict[str, Any]:
    """The woman writes her birth wishes (one QuestionnaireResponse per pregnancy; a change is
    a new version: If-Match with the version she saw, 412 when it changed meanwhile)."""
    at = at or utcnow()
    preg = _woman(session, pregnancy_id, subject, viewer)
    v = normalize(WISHES, {"items": items})
    conn = session.connection()
    existing = session.scalar(
        select(PregnancyElement.id).where(
            PregnancyElement.pregnancy_id == preg.id, PregnancyElement.kind == WISHES.key
        )
    )
    if existing is None:
        row = _element_row(preg.id, WISHES, at)
        n = records.write_version(
            conn,
            row,
            row["id"],
            None,
            _version_row(None, value=v, effective=at, at=at, patient=subject),
        )
        return {"id": row["id"], "version": n, "etag": etag(n)}
    if if_match is None:
        raise PreconditionRequired("Ønskerne er ændret før; send den version, du så (If-Match).")
    n = records.write_version(
        conn,
        None,
        existing,
        if_match,
        _version_row(
            None,
            value=v,
            effective=at,
            at=at,
            status="amended",
            patient=subject,
            reason="Ændret af den gravide",
        ),
    )
    return {"id": existing, "version": n, "etag": etag(n)}


def relation_of(session: Session, kind_: str, rid: str) -> Relation | None:
    return session.get(Relation, (kind_, rid))
