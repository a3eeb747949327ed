"""Shared pieces of the readers: problems, known ids, small normalisers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
SOR_SYSTEM = "urn:oid:1.2.208.176.1.1"
MUNICIPALITY_SYSTEM = "urn:dk:kommunekode"
USERNAME_SYSTEMS = ("urn:indsigt:username",)
SYSTEM_AGENT_CODES = {
    "110150",
    "110153",
    "110152",
}  # DICOM: Application, Source Role ID, Destination
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


@dataclass
class Known:
    """The ids the store (and the files imported so far) know, for resolving references.

    A file's own ids go into a child ``Known`` that is merged into the parent only when the
    file is committed, so a failed file leaves no trace.
    """

    orgs: set[str] = field(default_factory=set)
    sor: dict[str, str] = field(default_factory=dict)
    staff: set[str] = field(default_factory=set)
    staff_by_alias: dict[str, str] = field(
        default_factory=dict
    )  # auth id / username / cpr -> staff id
    roles: dict[str, tuple[str | None, str | None]] = field(
        default_factory=dict
    )  # role -> (staff, org)
    patients: set[str] = field(default_factory=set)
    patient_by_cpr: dict[str, str] = field(default_factory=dict)
    parent: Known | None = None

    def child(self) -> Known:
        return Known(parent=self)

    def merge_into_parent(self) -> None:
        p = self.parent
        assert p is not None
        p.orgs |= self.orgs
        p.sor.update(self.sor)
        p.staff |= self.staff
        p.staff_by_alias.update(self.staff_by_alias)
        p.roles.update(self.roles)
        p.patients |= self.patients
        p.patient_by_cpr.update(self.patient_by_cpr)

    # lookups through the chain -------------------------------------------------------------
    def has_org(self, oid: str) -> bool:
        return oid in self.orgs or (self.parent is not None and self.parent.has_org(oid))

    def org_by_sor(self, code: str) -> str | None:
        return self.sor.get(code) or (self.parent.org_by_sor(code) if self.parent else None)

    def has_staff(self, sid: str) -> bool:
        return sid in self.staff or (self.parent is not None and self.parent.has_staff(sid))

    def staff_alias(self, alias: str) -> str | None:
        return self.staff_by_alias.get(alias) or (
            self.parent.staff_alias(alias) if self.parent else None
        )

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

    def resolve_patient(self, value: str) -> str | None:
        """A CPR number or a Patient id -> Patient id."""
        v = value.replace("-", "") if _CPR_RE.match(value) else value
        return self.patient_cpr(v) or (value if self.has_patient(value) else None)

    def resolve_staff(self, value: str) -> str | None:
        """A Practitioner id, authorisation id, user name or CPR number -> staff id."""
        if self.has_staff(value):
            return value
        alias = self.staff_alias(value) or self.staff_alias(value.lower())
        if alias:
            return alias
        if _CPR_RE.match(value):
            return self.staff_alias(value.replace("-", ""))
        return None

    def resolve_org(self, value: str) -> str | None:
        """``SOR:<code>`` or an Organization id -> Organization id."""
        if value.startswith("SOR:"):
            return self.org_by_sor(value[4:].strip())
        if value.startswith("Organization/"):
            value = value.split("/", 1)[1]
        return value if self.has_org(value) else None


_CPR_RE = re.compile(r"^\d{6}-?\d{4}$")


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
