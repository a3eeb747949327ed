"""Min graviditet: the pregnancy record as the woman (or her proxy) sees it, and her FHIR
documents (issue 16).

Like every view, through :func:`.exit.citizen_view`: authorised for the ``pregnancy`` scope (the
woman herself, or a proxy whose power of attorney covers it), built with every staff member put
through ``protection.person``, protected last. The woman's own words (her notes and birth
wishes) are :class:`.exit.Own`: shown to her as she wrote them, never run through the name
matcher for her (a name she typed turning into a label would tell her who is behind it); a proxy
gets them protected like everything else.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from ..errors import NotFound
from ..pregnancy import access, programme, reading
from ..pregnancy.access import PROFESSIONS
from ..pregnancy.catalogue import DOCS, DUE_BASES, KINDS, SECTIONS, STATUSES, WISH_QUESTIONS
from ..pregnancy.charts import sfh_centiles
from ..pregnancy.services import etag, find_pregnancies
from ..protect.base import ViewProtection
from ..timeutil import iso_local, to_local, utcnow
from .exit import Own, citizen_view

#: measurements of a visit in the catalogue's order (blood pressure first)
ORDER = {k: i for i, k in enumerate(KINDS)}
#: the woman's own words: not scrubbed when she herself looks (no oracle)
OWN_TEXT = "own_text"


def _choose(session: Session, subject: str, pregnancy_id: str | None) -> Any:
    pregs = find_pregnancies(session, subject)
    if pregnancy_id is not None:
        pregs = [p for p in pregs if p.id == pregnancy_id]
    if not pregs:
        raise NotFound("Der er ingen graviditetsjournal.")
    return pregs[0], find_pregnancies(session, subject)


def _ga(due: date | None, t: datetime | None) -> float | None:
    if due is None or t is None:
        return None
    return programme.gestational_days(due, to_local(t).date()) / 7


def _ga_label(due: date | None, t: datetime | None) -> str | None:
    if due is None or t is None:
        return None
    w, d = programme.week_and_days(due, to_local(t).date())
    return f"{w}+{d}"


def pregnancy_view(
    session: Session,
    subject: str,
    viewer: str | None = None,
    at: datetime | None = None,
    *,
    pregnancy_id: str | None = None,
) -> dict[str, Any]:
    """Min graviditet: where she is, what comes next, visits with what was measured, the
    measurement series for the charts, every section she (or the proxy) may read, her notes and
    birth wishes."""
    viewer = viewer or subject
    at = at or utcnow()
    role = "woman" if viewer == subject else "proxy"

    def build(protection: ViewProtection) -> dict[str, Any]:
        preg, all_pregs = _choose(session, subject, pregnancy_id)
        sections = access.readable(role)
        conn = session.connection()
        rec = reading.load(conn, preg, sections)
        staff_ids = {e.author.staff_id for e in rec.elements if e.author.staff_id}
        staff_ids |= {s for v in rec.visits for s, _ in v.staff if s}
        names = reading.names(conn, staff_ids)
        orgs = reading.org_names(
            conn,
            {v.organization_id for v in rec.visits if v.organization_id}
            | {o for o, _, _ in rec.team}
            | {e.author.org_id for e in rec.elements if e.author.org_id}
            | ({rec.header["birthplace"]} if rec.header.get("birthplace") else set()),
        )

        def who(staff_id: str | None, display: str | None = None) -> str | None:
            return protection.person(staff_id, names.get(staff_id or "") or display)

        today = to_local(at).date()
        due = preg.due_date
        header = rec.header
        doc: dict[str, Any] = {
            "patient": subject,
            "viewer": viewer,
            "role": role,
            "pregnancy": preg.id,
            "status": STATUSES.get(preg.status or "active", preg.status),
            "ended": preg.end is not None,
            "due_date": due.isoformat() if due else None,
            "due_basis_text": DUE_BASES.get(header.get("due_basis") or ""),
            "gravida": header.get("gravida"),
            "para": header.get("para"),
            "birthplace": orgs.get(header.get("birthplace") or ""),
            "start": iso_local(preg.start),
            "end": iso_local(preg.end),
            "others": [
                {"pregnancy": p.id, "due_date": p.due_date.isoformat() if p.due_date else None}
                for p in all_pregs
                if p.id != preg.id
            ],
            "team": [
                {"name": orgs.get(o, ""), "profession": PROFESSIONS.get(p or "", "")}
                for o, p, _ in rec.team
            ],
        }
        if due is not None and preg.end is None:
            w, d = programme.week_and_days(due, today)
            doc["gestation"] = {"week": w, "days": d, "days_to_due": (due - today).days}
            doc["gestation_text"] = programme.week_text(w, d)
        # visits: what happened, and what is planned
        by_visit: dict[str, list[dict[str, Any]]] = {}
        in_visits: set[str] = set()
        for e in sorted(rec.elements, key=lambda e: ORDER.get(e.kind, 999)):
            if e.visit_id and KINDS.get(e.kind) and KINDS[e.kind].measurement:
                in_visits.add(e.id)
                by_visit.setdefault(e.visit_id, []).append(
                    {
                        "label": e.label,
                        "value": e.display,
                        "withdrawn": e.status == "entered-in-error",
                    }
                )
        visits, planned = [], []
        for v in rec.visits:
            item = {
                "id": v.id,
                "start": iso_local(v.start),
                "title": v.title or "Konsultation",
                "organization": orgs.get(v.organization_id or "", ""),
                "who": [who(s) for s, _ in v.staff if s],
                "profession": PROFESSIONS.get(v.profession or "", ""),
                "week": _ga_label(due, v.start),
            }
            if v.kind == "appointment" and (v.status or "booked") not in (
                "cancelled",
                "noshow",
                "fulfilled",
            ):
                if v.start is None or to_local(v.start).date() >= today:
                    planned.append(item)
                continue
            if v.kind == "encounter":
                item["measurements"] = by_visit.get(v.id, [])
                visits.append(item)
        doc["visits"] = list(reversed(visits))
        doc["planned"] = planned
        if due is not None:
            steps = programme.plan(
                due,
                today,
                [
                    (v.profession, to_local(v.start).date())
                    for v in rec.visits
                    if v.kind == "encounter" and v.start
                ],
                [
                    (v.profession, to_local(v.start).date())
                    for v in rec.visits
                    if v.kind == "appointment" and v.start
                ],
            )
            doc["programme"] = [
                {
                    "key": s.step.key,
                    "title": s.step.title,
                    "text": s.step.text,
                    "profession": PROFESSIONS.get(s.step.profession, ""),
                    "weeks": f"{s.step.first_week}–{s.step.last_week}"
                    if s.step.first_week != s.step.last_week
                    else str(s.step.first_week),
                    "first": s.first.isoformat(),
                    "last": s.last.isoformat(),
                    "state": s.state,
                    "when": s.when.isoformat() if s.when else None,
                }
                for s in steps
            ]
            doc["programme_source"] = programme.SOURCE
        # the measurement series for the charts
        doc["series"] = _series(rec.elements, due)
        # the sections
        out_sections = []
        for key in sections:
            if key in ("egne_noter", "oensker"):
                continue
            items = [
                {
                    "id": e.id,
                    "label": e.label,
                    "text": e.display,
                    "effective": iso_local(e.effective),
                    "recorded": iso_local(e.recorded),
                    "author": _author(e.author, who, orgs),
                    "version": e.version,
                    "corrected": e.version > 1,
                    "withdrawn": e.status == "entered-in-error",
                    "document": DOCS.get(e.doc),
                }
                for e in reversed(rec.elements)
                if e.section == key and e.id not in in_visits  # a visit's measurements: shown there
            ]
            out_sections.append({"section": key, "title": SECTIONS[key], "elements": items})
        doc["sections"] = out_sections
        doc["not_shown"] = [SECTIONS[s] for s in SECTIONS if s not in sections]
        wishes = next((e for e in rec.elements if e.kind == "foedselsoensker"), None)
        doc["wishes"] = (
            {
                "id": wishes.id,
                "etag": etag(wishes.version),
                "version": wishes.version,
                "recorded": iso_local(wishes.recorded),
                "items": [
                    {
                        "linkId": i["linkId"],
                        "question": i.get("text") or WISH_QUESTIONS.get(i["linkId"], ""),
                        OWN_TEXT: Own(i["answer"], subject),
                    }
                    for i in wishes.value.get("items") or []
                ],
            }
            if wishes and "oensker" in sections
            else None
        )
        doc["wish_questions"] = [{"linkId": k, "question": q} for k, q in WISH_QUESTIONS.items()]
        if "egne_noter" in sections:
            doc["notes"] = [
                {
                    "id": e.id,
                    "recorded": iso_local(e.recorded),
                    OWN_TEXT: Own(e.value.get("text", ""), subject),
                }
                for e in reversed(rec.elements)
                if e.kind == "egen-note"
            ]
        return doc

    return citizen_view(session, subject, viewer, at, "pregnancy", build, wrapped=True)


def _author(a: reading.Author, who: Any, orgs: dict[str, str]) -> dict[str, Any]:
    if a.kind == "citizen":
        return {"name": "Dig selv", "profession": "", "organization": ""}
    return {
        "name": who(a.staff_id, a.display) or "",
        "profession": PROFESSIONS.get(a.profession or "", ""),
        "organization": orgs.get(a.org_id or "", ""),
    }


def _series(elements: list[reading.Element], due: date | None) -> dict[str, list[dict[str, Any]]]:
    """The measurements the charts draw: symphysis-fundus height (cm, with the reference centiles
    at that week), blood pressure (systolic/diastolic per visit) and weight."""
    out: dict[str, list[dict[str, Any]]] = {"sfh": [], "bp": [], "weight": []}
    bp: dict[tuple[str | None, str], dict[str, Any]] = {}
    for e in elements:
        if e.status == "entered-in-error" or e.kind not in (
            "symfyse-fundus",
            "systolisk-blodtryk",
            "diastolisk-blodtryk",
            "vaegt",
        ):
            continue
        ga = _ga(due, e.effective or e.recorded)
        label = _ga_label(due, e.effective or e.recorded)
        if ga is None:
            continue
        v = (e.value.get("value") or {}).get("value")
        if not isinstance(v, int | float):
            continue
        when = iso_local(e.effective or e.recorded)
        if e.kind == "symfyse-fundus":
            cm = v / 10
            c3, c50, c97 = sfh_centiles(ga) if 16 <= ga <= 40 else (None, None, None)
            out["sfh"].append(
                {
                    "when": when,
                    "week": label,
                    "ga": round(ga, 2),
                    "cm": round(cm, 1),
                    "p3": round(c3, 1) if c3 else None,
                    "p50": round(c50, 1) if c50 else None,
                    "p97": round(c97, 1) if c97 else None,
                    "outside": bool(c3 is not None and not c3 <= cm <= c97),
                }
            )
        elif e.kind == "vaegt":
            out["weight"].append({"when": when, "week": label, "ga": round(ga, 2), "kg": v})
        else:
            key = (e.visit_id, (when or "")[:16])
            row = bp.setdefault(key, {"when": when, "week": label, "ga": round(ga, 2)})
            row["sys" if e.kind.startswith("sys") else "dia"] = v
    for row in bp.values():
        row["high"] = bool((row.get("sys") or 0) >= 140 or (row.get("dia") or 0) >= 90)
        out["bp"].append(row)
    for series in out.values():
        series.sort(key=lambda r: r["ga"])
    return out


def pregnancy_documents_view(
    session: Session,
    subject: str,
    viewer: str | None,
    doc_kind: str,
    at: datetime | None = None,
    *,
    pregnancy_id: str | None = None,
) -> dict[str, Any]:
    """One of the pregnancy's FHIR documents (``PRF``, ``PSCR`` or ``PMR``) as the woman or her
    proxy may see it: only readable sections, staff as the view shows them (a hidden person is
    a Practitioner with the label as name and no identifier), every string scrubbed."""
    from ..pregnancy.export import bundle

    viewer = viewer or subject
    at = at or utcnow()
    role = "woman" if viewer == subject else "proxy"

    def build(protection: ViewProtection) -> dict[str, Any]:
        preg, _ = _choose(session, subject, pregnancy_id)
        return bundle(
            session,
            preg,
            doc_kind,
            access.readable(role),
            at,
            person=protection.person,
            citizen=True,
        )

    return citizen_view(session, subject, viewer, at, "pregnancy", build)
