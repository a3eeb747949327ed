"""Who may see and write what in a pregnancy record.

Readers and writers
    - **the woman** reads every section of her own record, for as long as it exists, and writes
      her birth wishes and her own notes;
    - **her proxies** (a power of attorney in force with the ``pregnancy`` scope, contract section
      3) read what she reads except the sensitive sections and her own notes, and write nothing.
      A partner is a citizen like any other: without her power of attorney he sees nothing;
    - **professionals** read and write only with a treatment relation to the pregnancy: their
      organisation (the one they signed in for) is on the pregnancy's care team, or lies under an
      organisation that is. The relation ends two years after the pregnancy ends (:func:`window_end`);
      within it, the role × section matrix below decides.

The role × section matrix (``MATRIX``; ``r`` read, ``rw`` read and write, blank: not shown)

=================  =====  =====  ==  =======  ===========  ==========  ==============
section            woman  proxy  gp  midwife  sonographer  birthplace  health_visitor
=================  =====  =====  ==  =======  ===========  ==========  ==============
forloeb            r      r      rw  rw       r            rw          r
maalinger          r      r      rw  rw       rw           rw          r
anamnese           r      r      rw  rw       r            rw          r
diagnoser          r      r      rw  rw       r            rw
livsstil           r      r      rw  rw                    rw          r
psykisk            r             rw  rw                    r           r
social             r             rw  rw                    r           rw
rusmidler          r             rw  rw                    r           r
partner            r             rw  rw                    r           r
oensker            rw     r      r   r                     r
egne_noter         rw
=================  =====  =====  ==  =======  ===========  ==========  ==============

Why: the GP and the midwife carry the pregnancy and write everything; the birthplace needs the
whole picture but documents its own findings, not the psychosocial history taken earlier; the
scan unit (sonographer) needs the dating, measurements, previous births and diagnoses, and
nothing psychosocial; the municipal health visitor (sundhedsplejerske) follows the family into
the time after the birth and works with social vulnerability (writes it) but not with diagnoses.
The sensitive sections (mental illness, social vulnerability, substance use, partner
information) are never shown to a proxy: a partner could be the reason they were written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Forbidden, NotFound
from ..store import Organization, Patient, Staff, StaffRole
from ..store.pregnancy import Pregnancy, PregnancyTeam
from ..timeutil import local_midnight
from .catalogue import SECTIONS

PROFESSIONS: dict[str, str] = {
    "gp": "Praktiserende læge",
    "midwife": "Jordemoder",
    "sonographer": "Sonograf",
    "birthplace": "Fødested",
    "health_visitor": "Sundhedsplejerske",
}
ROLES = ("woman", "proxy", *PROFESSIONS)

_R, _RW = "r", "rw"
#: section -> role -> access (see the module documentation)
MATRIX: dict[str, dict[str, str]] = {
    "forloeb": dict(woman=_R, proxy=_R, gp=_RW, midwife=_RW, sonographer=_R, birthplace=_RW, health_visitor=_R),
    "maalinger": dict(woman=_R, proxy=_R, gp=_RW, midwife=_RW, sonographer=_RW, birthplace=_RW, health_visitor=_R),
    "anamnese": dict(woman=_R, proxy=_R, gp=_RW, midwife=_RW, sonographer=_R, birthplace=_RW, health_visitor=_R),
    "diagnoser": dict(woman=_R, proxy=_R, gp=_RW, midwife=_RW, sonographer=_R, birthplace=_RW),
    "livsstil": dict(woman=_R, proxy=_R, gp=_RW, midwife=_RW, birthplace=_RW, health_visitor=_R),
    "psykisk": dict(woman=_R, gp=_RW, midwife=_RW, birthplace=_R, health_visitor=_R),
    "social": dict(woman=_R, gp=_RW, midwife=_RW, birthplace=_R, health_visitor=_RW),
    "rusmidler": dict(woman=_R, gp=_RW, midwife=_RW, birthplace=_R, health_visitor=_R),
    "partner": dict(woman=_R, gp=_RW, midwife=_RW, birthplace=_R, health_visitor=_R),
    "oensker": dict(woman=_RW, proxy=_R, gp=_R, midwife=_R, birthplace=_R),
    "egne_noter": dict(woman=_RW),
}  # fmt: skip
assert set(MATRIX) == set(SECTIONS)

#: professionals keep access this long after the pregnancy ends (the woman keeps hers)
WINDOW_YEARS = 2
#: a pregnancy with no recorded end counts as ended this long after its due date
ASSUMED_END_AFTER_DUE = timedelta(days=42)


def may(role: str, section: str, *, write: bool = False) -> bool:
    """Whether ``role`` may read (or write) ``section`` (the matrix above)."""
    right = MATRIX.get(section, {}).get(role, "")
    return "w" in right if write else bool(right)


def readable(role: str) -> list[str]:
    return [s for s in SECTIONS if may(role, s)]


def writable(role: str) -> list[str]:
    return [s for s in SECTIONS if may(role, s, write=True)]


# --- professionals -------------------------------------------------------------------------


def profession_of(title: str | None, org_type: str | None, org_name: str | None) -> str | None:
    """The pregnancy profession of a PractitionerRole, from its job title and organisation.

    Title first (a midwife is a midwife wherever she works), then the kind of place: a general
    practice (type ``gp`` / *almen praksis*), a scan unit, a birth ward. None: not a profession
    of the pregnancy programme (a radiographer, a home-care assistant, ...).
    """
    t = (title or "").casefold()
    kind = (org_type or "").casefold()
    name = (org_name or "").casefold()
    if "sundhedsplejerske" in t:
        return "health_visitor"
    if "jordemoder" in t:
        return "midwife"
    if "sonograf" in t:
        return "sonographer"
    if kind in ("gp", "almen praksis") or "praktiserende" in t or "almen medicin" in t:
        return "gp"
    if any(w in name for w in ("ultralyd", "føtalmedicin", "scanning")):
        return "sonographer"
    if kind in ("birthplace", "fødested") or any(w in name for w in ("føde", "obstetri")):
        return "birthplace"
    if kind in ("sundhedspleje",) or "sundhedspleje" in name:
        return "health_visitor"
    return None


@dataclass(frozen=True)
class Professional:
    """A health professional signed in for one job (a PractitionerRole) in one organisation."""

    role_id: str
    staff_id: str
    organization_id: str
    profession: str
    name: str
    title: str
    organization_name: str

    @property
    def actor(self) -> str:
        return f"PractitionerRole/{self.role_id}"

    @property
    def profession_label(self) -> str:
        return PROFESSIONS[self.profession]


def professional(session: Session, role_id: str) -> Professional:
    """The professional signed in with PractitionerRole ``role_id``; Forbidden if the job is no
    profession of the pregnancy programme (or does not exist)."""
    row = session.execute(
        select(StaffRole, Staff, Organization)
        .join(Staff, Staff.id == StaffRole.staff_id)
        .join(Organization, Organization.id == StaffRole.organization_id)
        .where(StaffRole.id == role_id)
    ).first()
    if row is None:
        raise Forbidden("Din rolle findes ikke i indsigt.")
    role, staff, org = row
    prof = profession_of(role.title, org.type, org.name)
    if prof is None:
        raise Forbidden("Din rolle giver ikke adgang til graviditetsjournaler.")
    return Professional(
        role.id, staff.id, org.id, prof, staff.name, role.title or "", org.name or org.id
    )


def ancestors(session: Session, org_id: str) -> list[str]:
    """``org_id`` and every organisation above it (``partOf``), nearest first."""
    out, seen = [], set()
    cur: str | None = org_id
    while cur and cur not in seen and len(out) < 20:
        out.append(cur)
        seen.add(cur)
        cur = session.scalar(select(Organization.part_of).where(Organization.id == cur))
    return out


# --- the window ------------------------------------------------------------------------------


def add_years(d: datetime, years: int) -> datetime:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def ended_at(preg: Pregnancy) -> datetime | None:
    """When the pregnancy ended (its period end), or its due date + 6 weeks when that has passed
    without an end being recorded; None while it is going on."""
    if preg.end is not None:
        return preg.end
    if preg.due_date is not None:
        return local_midnight(preg.due_date + ASSUMED_END_AFTER_DUE)
    return None


def window_end(preg: Pregnancy) -> datetime | None:
    """The moment professionals' access ends: two years after the pregnancy ended."""
    end = ended_at(preg)
    return add_years(end, WINDOW_YEARS) if end is not None else None


def team_orgs(session: Session, pregnancy_id: str) -> set[str]:
    return set(
        session.scalars(
            select(PregnancyTeam.organization_id).where(PregnancyTeam.pregnancy_id == pregnancy_id)
        )
    )


def get_pregnancy(session: Session, pregnancy_id: str) -> Pregnancy:
    preg = session.get(Pregnancy, pregnancy_id)
    if preg is None:
        raise NotFound("Graviditetsforløbet findes ikke.")
    return preg


def authorize_professional(
    session: Session,
    prof: Professional,
    preg: Pregnancy,
    at: datetime,
    *,
    section: str | None = None,
    write: bool = False,
) -> None:
    """Raise :class:`Forbidden` unless ``prof`` has a treatment relation to ``preg`` at ``at``
    (care team, two-year window) and, given a ``section``, the matrix lets them read/write it."""
    team = team_orgs(session, preg.id)
    if not team.intersection(ancestors(session, prof.organization_id)):
        raise Forbidden(
            "Du har ikke en behandlingsrelation til dette graviditetsforløb "
            "(din organisation er ikke med i forløbet)."
        )
    end = window_end(preg)
    if end is not None and at >= end:
        raise Forbidden(
            "Adgangen til graviditetsforløbet er ophørt: den slutter to år efter, "
            "at graviditeten er afsluttet."
        )
    if section is not None and not may(prof.profession, section, write=write):
        what = "skrive i" if write else "se"
        raise Forbidden(
            f"Som {PROFESSIONS[prof.profession].lower()} må du ikke {what} "
            f"afsnittet {SECTIONS[section].lower()}."
        )


def patient_exists(session: Session, patient_id: str) -> bool:
    return session.get(Patient, patient_id) is not None


def day(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d
