"""Shared pieces of the readers: problems, known ids, small normalisers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
SOR_SYSTEM = "urn:oid:1.2.208.176.1.1"
MUNICIPALITY_SYSTEM = "urn:dk:kommunekode"
USERNAME_SYSTEMS = ("urn:indsigt:username",)
#: DICOM agent types that say the agent is software: Application, Application Launcher. (The
#: transfer roles 110152 Destination and 110153 Source Role ID say nothing about it: BALP gives
#: them to people too.)
SYSTEM_AGENT_CODES = frozenset({"110150", "110151"})
EMERGENCY_PURPOSES = {"ETREAT", "BTG"}
PURPOSES = {"TREAT", "ETREAT", "BTG"}

MAX_PROBLEMS = 200


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ImportFailed(Exception):
    def __init__(self, problems: list[Problem], *, dangling_only: bool = False) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems
        self.dangling_only = dangling_only


#: a staff alias that more than one staff member has (a bare user name ``lch`` of ``RSYD\\lch``
#: and ``RN\\lch``): resolves to nobody, never to one of them
AMBIGUOUS = "\x00ambiguous"


def _put(table: dict[str, str], key: str, value: str) -> None:
    """Map ``key`` to ``value``; a key that two different values claim becomes ambiguous."""
    old = table.get(key)
    table[key] = value if old is None or old == value else AMBIGUOUS


def bare_username(value: str) -> str:
    """``RSYD\\lch`` -> ``lch``, ``lch@rsyd.dk`` -> ``lch``; lower case."""
    v = value.rsplit("\\", 1)[-1]
    return v.split("@", 1)[0].lower()


@dataclass
class Known:
    """The ids the store (and the files imported so far) know, for resolving references.

    A file's own ids go into a child ``Known`` that is merged into the parent only when the
    file is committed, so a failed file leaves no trace.

    Staff aliases are keyed so that a user name counts only with its domain: ``v:<value>`` (an
    identifier's value as given, any system), ``s:<system>|<value>``, ``u:<user name, lower
    case>``, ``b:<bare user name>`` (without domain). A key that two staff members share maps to
    :data:`AMBIGUOUS`.
    """

    orgs: set[str] = field(default_factory=set)
    #: organisations made for log entries before master data named them (provisional id -> name)
    provisional: dict[str, str] = field(default_factory=dict)
    #: provisional organisations this file makes: id -> (SOR code or None, name)
    created: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    sor: dict[str, str] = field(default_factory=dict)
    #: (MinLog name format, code) -> Organization id, from the organisations' identifiers
    org_codes: dict[tuple[str, str], str] = field(default_factory=dict)
    #: provisional organisations this file's Organizations name: provisional id -> real id
    resolves: dict[str, str] = field(default_factory=dict)
    staff: set[str] = field(default_factory=set)
    staff_by_alias: dict[str, str] = field(default_factory=dict)
    roles: dict[str, tuple[str | None, str | None]] = field(
        default_factory=dict
    )  # role -> (staff, org)
    patients: set[str] = field(default_factory=set)
    patient_by_cpr: dict[str, str] = field(default_factory=dict)
    #: (resource type, system, value) -> resource id (or AMBIGUOUS); ``system`` "" = any system
    identifiers: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: ids of other resource types this import has seen (for ``urn:uuid:`` references)
    ids: dict[str, set[str]] = field(default_factory=dict)
    parent: Known | None = None

    def child(self) -> Known:
        return Known(parent=self)

    def merge_into_parent(self) -> None:
        p = self.parent
        assert p is not None
        p.orgs |= self.orgs
        p.provisional.update(self.provisional)
        p.provisional.update({oid: name for oid, (_, name) in self.created.items()})
        for oid in self.orgs:
            p.provisional.pop(oid, None)
        p.sor.update(self.sor)
        p.org_codes.update(self.org_codes)
        p.staff |= self.staff
        for k, v in self.staff_by_alias.items():
            if v == AMBIGUOUS:
                p.staff_by_alias[k] = v
            else:
                _put(p.staff_by_alias, k, v)
        p.roles.update(self.roles)
        p.patients |= self.patients
        p.patient_by_cpr.update(self.patient_by_cpr)
        for k, v in self.identifiers.items():
            if v == AMBIGUOUS:
                p.identifiers[k] = v
            else:
                _put_id(p.identifiers, k, v)
        for t, ids in self.ids.items():
            p.ids.setdefault(t, set()).update(ids)

    # registration ------------------------------------------------------------------------
    def add_staff_alias(self, staff_id: str, kind: str, value: str, system: str = "") -> None:
        """Make ``value`` resolve to ``staff_id`` in log entries (every alias ever imported)."""
        if kind in ("phone", "initials") or not value:
            return
        if kind == "cpr":
            value = value.replace("-", "")
        _put(self.staff_by_alias, "v:" + value, staff_id)
        if system:
            _put(self.staff_by_alias, f"s:{system}|{value}", staff_id)
        if kind in ("username", "email"):
            _put(self.staff_by_alias, "u:" + value.lower(), staff_id)
            _put(self.staff_by_alias, "b:" + bare_username(value), staff_id)

    def add_identifier(self, rtype: str, rid: str, system: str | None, value: str) -> None:
        _put_id(self.identifiers, (rtype, system or "", value), rid)
        if system:
            _put_id(self.identifiers, (rtype, "", value), rid)

    # lookups through the chain -------------------------------------------------------------
    def has_org(self, oid: str) -> bool:
        return oid in self.orgs or (self.parent is not None and self.parent.has_org(oid))

    def is_provisional(self, oid: str) -> bool:
        if oid in self.orgs:
            return False
        return (
            oid in self.provisional
            or oid in self.created
            or (self.parent is not None and self.parent.is_provisional(oid))
        )

    def org_by_sor(self, code: str) -> str | None:
        return self.sor.get(code) or (self.parent.org_by_sor(code) if self.parent else None)

    def org_by_code(self, prefix: str, code: str) -> str | None:
        if prefix == "SOR":
            return self.org_by_sor(code)
        return self.org_codes.get((prefix, code)) or (
            self.parent.org_by_code(prefix, code) if self.parent else None
        )

    def provisional_org(self, oid: str, name: str, sor: str | None = None) -> str:
        """A provisional organisation ``oid`` (made in this file unless it exists)."""
        if not self.is_provisional(oid) and not self.has_org(oid):
            self.created[oid] = (sor, name[:300])
        return oid

    def has_staff(self, sid: str) -> bool:
        return sid in self.staff or (self.parent is not None and self.parent.has_staff(sid))

    def staff_alias(self, key: str) -> str | None:
        v = self.staff_by_alias.get(key)
        if v is not None:
            if v != AMBIGUOUS and self.parent is not None:
                other = self.parent.staff_alias(key)
                if other is not None and other != v:
                    return AMBIGUOUS
            return v
        return self.parent.staff_alias(key) if self.parent else None

    def role(self, rid: str) -> tuple[str | None, str | None] | None:
        r = self.roles.get(rid)
        if r is None and self.parent is not None:
            return self.parent.role(rid)
        return r

    def has_patient(self, pid: str) -> bool:
        return pid in self.patients or (self.parent is not None and self.parent.has_patient(pid))

    def patient_cpr(self, cpr: str) -> str | None:
        return self.patient_by_cpr.get(cpr) or (
            self.parent.patient_cpr(cpr) if self.parent else None
        )

    def identifier(self, rtype: str, system: str, value: str) -> str | None:
        """The id of the ``rtype`` resource with this identifier, :data:`AMBIGUOUS`, or None."""
        key = (rtype, system, value)
        v = self.identifiers.get(key)
        if v is not None:
            if v != AMBIGUOUS and self.parent is not None:
                other = self.parent.identifier(*key)
                if other is not None and other != v:
                    return AMBIGUOUS
            return v
        return self.parent.identifier(*key) if self.parent else None

    def has_id(self, rtype: str, rid: str) -> bool:
        """Whether a resource ``rtype/rid`` is known (any type this import has seen)."""
        if rtype == "Organization":
            return self.has_org(rid)
        if rtype == "Practitioner":
            return self.has_staff(rid)
        if rtype == "PractitionerRole":
            return self.role(rid) is not None
        if rtype == "Patient":
            return self.has_patient(rid)
        return rid in self.ids.get(rtype, ()) or (
            self.parent is not None and self.parent.has_id(rtype, rid)
        )

    def resolve_patient(self, value: str) -> str | None:
        """A CPR number or a Patient id -> Patient id."""
        v = value.replace("-", "") if _CPR_RE.match(value) else value
        return self.patient_cpr(v) or (value if self.has_patient(value) else None)

    def resolve_staff(self, value: str, system: str | None = None) -> str | None:
        """A Practitioner id, authorisation id, user name or CPR number -> staff id, None when
        nobody has it, :data:`AMBIGUOUS` when more than one staff member has it (a bare user
        name that two domains use). A user name with a domain matches only that domain."""
        if system:
            hit = self.staff_alias(f"s:{system}|{value}")
            if hit is not None:
                return hit
        if self.has_staff(value):
            return value
        if _CPR_RE.match(value):
            return self.staff_alias("v:" + value.replace("-", ""))
        hit = self.staff_alias("v:" + value) or self.staff_alias("u:" + value.lower())
        if hit is not None:
            return hit
        if "\\" not in value and "@" not in value:
            return self.staff_alias("b:" + value.lower())
        return None

    def resolve_org(self, value: str, display: str | None = None) -> str:
        """``SOR:<code>`` (or another MinLog name format, ``YNUMBER:<code>`` ...), a bare SOR
        code or an Organization id -> Organization id. An organisation master data does not
        know (yet) is made provisional: the entry keeps it as given."""
        from .orgs import parse_code, provisional_id, provisional_name

        value = value.strip()
        if value.startswith("Organization/"):
            value = value.split("/", 1)[1]
        if self.has_org(value):
            return value
        code = parse_code(value)
        if code is None and value.isdigit():
            code = ("SOR", value)
        if code is not None:
            real = self.org_by_code(*code)
            if real is not None:
                return real
            sor = code[1] if code[0] == "SOR" else None
            return self.provisional_org(
                provisional_id(*code), provisional_name(*code, display), sor
            )
        return self.provisional_org(value, display or value)


def _put_id(table: dict[tuple[str, str, str], str], key: tuple[str, str, str], v: str) -> None:
    old = table.get(key)
    table[key] = v if old is None or old == v else AMBIGUOUS


_CPR_RE = re.compile(r"^\d{6}-?\d{4}$")

#: how a person given by CPR number is stored in ``user_ref`` / ``on_behalf_display``: never a
#: display name; the view shows an unknown staff member of the organisation instead
CPR_REF_PREFIX = "cpr:"


def is_cpr(value: str | None) -> bool:
    return bool(value) and _CPR_RE.match(value.strip()) is not None  # type: ignore[union-attr]


def as_given(value: str) -> str:
    """A user as logged, for ``user_ref``: a CPR number becomes ``cpr:<10 digits>``."""
    return CPR_REF_PREFIX + value.strip().replace("-", "") if is_cpr(value) else value


def split_ref(ref: str | None) -> tuple[str, str] | None:
    """``"Patient/p1"`` -> ``("Patient", "p1")``; absolute URLs keep their last two parts."""
    if not ref or "/" not in ref:
        return None
    parts = ref.rstrip("/").split("/")
    if len(parts) >= 4 and parts[-2] == "_history":
        parts = parts[:-2]
    return parts[-2], parts[-1]


def address_key(line: str | None, postal: str | None) -> str | None:
    """A normalised address for comparing where people live (case, spaces, accents folded)."""
    if not line:
        return None
    s = unicodedata.normalize("NFKC", f"{line} {postal or ''}").casefold()
    s = re.sub(r"[.,]", " ", s)
    return re.sub(r"\s+", " ", s).strip() or None
