"""FHIR R4 AuditEvent (IHE BALP, MinLog2 style) -> an ``access_entry`` row.

Who is the citizen: the entity that identifies a Patient (``Patient/ID``, a conditional or
logical Patient reference, or an identifier with a CPR number whatever ``what.type`` says, as
MinLog2 does). An event with no such entity (login, logout, a query without a patient) is not
about a citizen: it is skipped and counted (:class:`NotAboutACitizen`).

Who is the user: the agent with ``requestor: true``. A person is a person whatever its type code
(a Practitioner/PractitionerRole reference, a user identifier, a display name); only a Device, an
agent typed as an application/process without any person in ``who``, or a user listed in
``INDSIGT_SYSTEM_USERS`` is a machine. A Patient (or RelatedPerson) as the user is stored as
``Patient/<id>``: the citizen's own access, or the proxy's. A user given by CPR number is stored
as ``cpr:<digits>`` (never a display name); one given by identifier and display and not in the
roster is kept as given (contract 1.2).

The user's organisation: the PractitionerRole's, else a second agent that is an Organization (by
reference or SOR/other identifier), else ``source.observer`` when it is one. An organisation
master data does not know is stored as given (provisional, :mod:`indsigt.ingest.orgs`).

On behalf of (issue 12): a second agent with ``requestor: false`` that is a person and whose role
or type says responsible / on behalf of, or an ``onBehalfOf`` extension on the user's agent,
fills ``on_behalf_staff_id`` / ``on_behalf_display``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import msgspec

from ..timeutil import parse_instant
from .audit_schema import Agent, AuditEvent, Entity, Reference, SharedAgents
from .common import (
    AMBIGUOUS,
    CPR_SYSTEM,
    EMERGENCY_PURPOSES,
    SOR_SYSTEM,
    SYSTEM_AGENT_CODES,
    Known,
    as_given,
    is_cpr,
)
from .references import Foreign, Resolver, Unresolved

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

PEOPLE = ("Practitioner", "PractitionerRole", "Patient", "RelatedPerson")
#: agent type / role codes that say the agent is a human user (BALP UserAgentTypes, DICOM, v3)
PERSON_CODES = frozenset(
    {
        "humanuser",
        "IRCP",
        "AGNT",
        "PAT",
        "AUT",
        "INF",
        "CST",
        "UserOauthAgent",
        "UserSamlAgent",
        "429577009",  # SNOMED CT: patient advocate
        "DELEGATEE",
        "LIC",
    }
)
#: role / type codes and words that make a second agent the person the user acted for
ON_BEHALF_CODES = frozenset({"RESP", "RESPRSN", "DELEGATOR", "ONBEHALF", "PPRF", "ATND"})
_ON_BEHALF_WORDS = re.compile(
    r"on.?behalf|responsible|ansvarlig|på vegne|paa vegne|delegator|supervisor", re.IGNORECASE
)
_QUERY_ENTITY_ROLES = frozenset({"24"})  # object-role: Query
_TECHNICAL_ENTITY_TYPES = frozenset({"XrequestId"})


#: how many distinct agents + sources (and citizen references) one file's memo holds
_MEMO = 50_000
_encode = msgspec.json.Encoder().encode


class NotAboutACitizen(Exception):
    """The event names no Patient: counted and skipped (login, logout, queries without one)."""


def _codes(*concepts: Any) -> list[tuple[str, str]]:
    """(code, display/text) of CodeableConcepts and Codings."""
    out: list[tuple[str, str]] = []
    for cc in concepts:
        if cc is None:
            continue
        if isinstance(cc, list):
            out += _codes(*cc)
            continue
        codings = getattr(cc, "coding", None)
        if codings is not None or hasattr(cc, "text"):
            for c in codings or []:
                out.append((c.code or "", c.display or ""))
            if getattr(cc, "text", None):
                out.append(("", cc.text))
        else:  # a Coding
            out.append((getattr(cc, "code", None) or "", getattr(cc, "display", None) or ""))
    return out


class AuditMapper:
    """Maps the AuditEvents of one file (``known`` is the file's, so provisional organisations
    it makes are stored with the file)."""

    def __init__(
        self,
        known: Known,
        system_users: frozenset[str] = frozenset(),
        resolver: Resolver | None = None,
    ) -> None:
        self.known = known
        self.system_users = system_users
        self.rv = resolver or Resolver(known)
        #: users given by a bare user name that several staff members have
        self.ambiguous = 0
        #: who an event names, by its agents and source (raw JSON or encoded, see map)
        self._who: dict[bytes | tuple[bytes, bytes], tuple] = {}
        self._patients: dict[tuple, str] = {}

    # -- helpers ---------------------------------------------------------------------------
    def _resolve(self, who: Reference | None, *types: str) -> tuple[str, str] | None:
        """A reference in a log entry: literal ones must resolve (the roster has them), a
        conditional or identifier-only one that resolves to nobody is kept as given (None)."""
        if who is None:
            return None
        value = {"reference": who.reference, "type": who.type}
        if who.identifier is not None:
            value["identifier"] = msgspec.to_builtins(who.identifier)
        literal = bool(
            who.reference
            and "/" in who.reference
            and "?" not in who.reference
            and not who.reference.startswith(("urn:", "http"))
        )
        try:
            return self.rv.resolve(value, *types)
        except Foreign:
            return None
        except Unresolved:
            if literal:
                raise
            return None
        except ValueError:  # e.g. an identifier two people share: kept as given
            if literal:
                raise
            return None

    def _is_person(self, agent: Agent) -> bool:
        who = agent.who
        if who is not None:
            if who.type in PEOPLE:
                return True
            ref = who.reference or ""
            if any(ref.startswith(t + "/") or ref.startswith(t + "?") for t in PEOPLE):
                return True
            if who.identifier is not None and who.identifier.system == CPR_SYSTEM:
                return True
        codes = {c for c, _ in _codes(agent.type, agent.role)}
        return bool(codes & PERSON_CODES)

    def _typed_machine(self, agent: Agent) -> bool:
        return bool({c for c, _ in _codes(agent.type, agent.role)} & SYSTEM_AGENT_CODES)

    def _is_machine(self, agent: Agent) -> bool:
        if self._is_person(agent):
            return False
        who = agent.who
        if who is not None and (
            (who.reference or "").startswith("Device/") or who.type == "Device"
        ):
            return True
        codes = {c for c, _ in _codes(agent.type, agent.role)}
        return bool(codes & SYSTEM_AGENT_CODES) or (
            who is not None and who.type in ("Device", "System")
        )

    def _org_agent(self, agent: Agent) -> str | None:
        """The organisation an agent (or ``source.observer``) names, if it names one."""
        return self._org_of(agent.who)

    def _org_of(self, who: Reference | None) -> str | None:
        if who is None:
            return None
        ref = who.reference or ""
        is_org = who.type == "Organization" or ref.startswith("Organization")
        ident = who.identifier
        if ident is not None and ident.value and ident.system == SOR_SYSTEM:
            return self.known.resolve_org(f"SOR:{ident.value.strip()}", _org_name(who))
        if not is_org:
            return None
        hit = None
        try:
            hit = self._resolve(who, "Organization")
        except Unresolved as exc:
            return self.known.resolve_org(exc.rid, who.display)
        if hit is not None:
            return (
                hit[1]
                if self.known.has_org(hit[1])
                else self.known.resolve_org(hit[1], who.display)
            )
        if ident is not None and ident.value:
            return self.known.resolve_org(ident.value.strip(), who.display)
        return None

    # -- the mapping -----------------------------------------------------------------------
    def map(self, ev: AuditEvent, raw: bytes | None = None) -> tuple:
        """An ``access_entry`` row tuple (``ENTRY_COLUMNS`` order). Raises
        :class:`NotAboutACitizen`, ``ValueError`` (content) or :class:`Unresolved`."""
        patient = self._patient(ev)
        eid = ev.id or _content_id(ev, raw)
        # who did it (user, organisation, on behalf, system): the agents and the source decide
        # it, and a log repeats them (the same user, the same system) thousands of times, so it
        # is worked out once per distinct agents + source (only successes are remembered; the
        # file's master data, which could change the answer, clears the memo: forget())
        # (agents decoded from the same raw JSON as others carry that JSON: no need to encode)
        agents = ev.agent
        key = agents.key if agents.__class__ is SharedAgents else _encode((agents, ev.source))
        who = self._who.get(key)
        if who is None:
            before = self.ambiguous
            who = self._who_of(ev)
            if len(self._who) >= _MEMO:
                self._who.clear()
            self._who[key] = who = (*who, self.ambiguous - before)
        else:
            self.ambiguous += who[-1]
        (
            user_ref,
            user_staff,
            user_role,
            user_display,
            org,
            is_system,
            behalf_staff,
            behalf_display,
            system_name,
            use_purposes,
            _,
        ) = who
        what, data_ref = self._what(ev)
        purposes = [c.code for cc in ev.purposeOfEvent or () for c in cc.coding or () if c.code]
        if use_purposes:
            purposes += use_purposes
        purpose = next((p for p in purposes if p in EMERGENCY_PURPOSES), None) or (
            "TREAT" if "TREAT" in purposes else (purposes[0] if purposes else None)
        )
        return (
            eid,
            patient,
            parse_instant(ev.recorded),
            ev.action,
            purpose,
            user_ref,
            user_staff,
            user_role,
            user_display,
            behalf_staff,
            behalf_display,
            org,
            system_name,
            what,
            data_ref,
            None,
            is_system,
            "fhir",
        )

    def forget(self) -> None:
        """Forget what was worked out: the known ids changed (master data in the same file)."""
        self._who.clear()
        self._patients.clear()

    def _who_of(self, ev: AuditEvent) -> tuple:
        requestor = next((a for a in ev.agent if a.requestor), None)
        if requestor is None:  # no agent says it asked: the first person, else the first agent
            requestor = next((a for a in ev.agent if self._is_person(a)), ev.agent[0])
        (user_ref, user_staff, user_role, user_display, org, is_system) = self._user(requestor)
        if org is None:
            for a in ev.agent:
                if a is not requestor and not self._is_person(a):
                    org = self._org_agent(a)
                    if org is not None:
                        break
        if org is None:
            org = self._org_of(ev.source.observer)
        behalf_staff, behalf_display = self._on_behalf(ev, requestor)
        if user_ref is not None and user_ref in self.system_users:
            is_system = True
        observer = ev.source.observer
        system_name = (
            observer.display
            or (
                observer.identifier.value
                if observer.identifier is not None and observer.identifier.system != SOR_SYSTEM
                else None
            )
            or ev.source.site
        )
        use_purposes = tuple(
            c.code for cc in requestor.purposeOfUse or () for c in cc.coding or () if c.code
        )
        return (
            user_ref,
            user_staff,
            user_role,
            user_display,
            org,
            is_system,
            behalf_staff,
            behalf_display,
            system_name,
            use_purposes,
        )

    def _patient(self, ev: AuditEvent) -> str:
        for e in ev.entity or ():
            what = e.what
            if what is None:
                continue
            ident = what.identifier
            key = (
                what.reference,
                what.type,
                ident.system if ident is not None else None,
                ident.value if ident is not None else None,
                e.role.code if e.role is not None else None,
            )
            pid = self._patients.get(key)
            if pid is None:
                pid = self._patient_of(e)
                if len(self._patients) >= _MEMO:
                    self._patients.clear()
                self._patients[key] = pid
            if pid:
                return pid
        raise NotAboutACitizen

    def _patient_of(self, e: Entity) -> str:
        """The citizen an entity identifies ("" when it identifies none)."""
        what = e.what
        assert what is not None
        ident = what.identifier
        if (
            ident is not None
            and ident.value
            and (ident.system == CPR_SYSTEM or (what.type == "Patient" and is_cpr(ident.value)))
        ):
            pid = self.known.patient_cpr(ident.value.strip().replace("-", ""))
            if pid is None:
                raise ValueError(
                    "AuditEvent: borgerens CPR-nummer (entity.what.identifier) findes ikke "
                    "blandt de importerede patienter"
                )
            return pid
        is_patient_role = e.role is not None and e.role.code == "1"
        ref = what.reference or ""
        if (
            ref.startswith(("Patient/", "Patient?"))
            or what.type == "Patient"
            or (is_patient_role and (ref or ident is not None))
            or ref.startswith("urn:")
        ):
            try:
                hit = self.rv.resolve(
                    {
                        "reference": what.reference,
                        "type": what.type,
                        "identifier": msgspec.to_builtins(ident) if ident else None,
                    },
                    "Patient",
                )
            except Foreign as exc:
                raise ValueError(f"AuditEvent: borgeren: {exc}") from None
            except Unresolved as exc:
                if ref.startswith("urn:") and not is_patient_role and what.type != "Patient":
                    return ""  # a urn that is not a known Patient: some other entity
                raise Unresolved("Patient", exc.rid, str(exc)) from None
            if hit is not None:
                if not self.known.has_patient(hit[1]):
                    raise Unresolved("Patient", hit[1])
                return hit[1]
        return ""

    def _user(
        self, agent: Agent
    ) -> tuple[str | None, str | None, str | None, str | None, str | None, bool]:
        """(user_ref, staff id, role id, display, organisation, is_system) of the user."""
        who = agent.who
        display = (who.display if who is not None else None) or agent.name
        if display is not None and is_cpr(display):
            display = None  # a CPR number is never a display name
        staff = role = org = None
        is_system = self._is_machine(agent)
        ref: str | None = None
        hit = None
        if who is not None and (who.reference or who.identifier is not None):
            hit = self._resolve(who, *PEOPLE, "Device", "Organization")
        if hit is not None:
            rtype, rid = hit
            ref = f"{rtype}/{rid}"
            if rtype == "PractitionerRole":
                r = self.known.role(rid)
                if r is None:
                    raise Unresolved(rtype, rid)
                role, (staff, org) = rid, r
                is_system = False
            elif rtype == "Practitioner":
                if not self.known.has_staff(rid):
                    raise Unresolved(rtype, rid)
                staff, is_system = rid, False
            elif rtype in ("Patient", "RelatedPerson"):
                if rtype == "Patient" and not self.known.has_patient(rid):
                    raise Unresolved(rtype, rid)
                is_system = False
            elif rtype == "Device":
                is_system = True
            elif rtype == "Organization":
                org, is_system = self.known.resolve_org(rid, display), True
            return ref, staff, role, display, org, is_system
        if who is not None and who.identifier is not None and who.identifier.value:
            value, system = who.identifier.value.strip(), who.identifier.system
            if who.type in ("Patient", "RelatedPerson"):
                pid = self.known.resolve_patient(value)
                if pid is not None:
                    return f"Patient/{pid}", None, None, display, None, False
            ref = as_given(value)
            found = self.known.resolve_staff(value, system)
            if found == AMBIGUOUS:
                self.ambiguous += 1
                found = None
            if found is not None:
                staff, is_system = found, False
            elif display and not self._typed_machine(agent):
                is_system = False  # a user outside the roster, given by identifier and name
            return ref, staff, None, display, None, is_system
        if who is not None and who.reference:  # another server's URL, or nothing we know
            return who.reference, None, None, display, None, is_system
        if display or agent.altId:  # an alternative user id may be a CPR number: never shown
            ref = as_given(agent.altId) if agent.altId else display
            return ref, None, None, display, None, is_system
        return None, None, None, None, None, is_system

    def _on_behalf(self, ev: AuditEvent, requestor: Agent) -> tuple[str | None, str | None]:
        for ext in requestor.extension or []:
            url = str(ext.get("url", ""))
            ref = ext.get("valueReference")
            if url.lower().endswith("onbehalfof") and isinstance(ref, dict):
                who = msgspec.convert(ref, Reference)
                return self._person(who)
        for a in ev.agent:
            if a is requestor or a.requestor or a.who is None:
                continue
            words = _codes(a.role, a.type)
            if not any(
                c in ON_BEHALF_CODES or _ON_BEHALF_WORDS.search(f"{c} {d}") for c, d in words
            ):
                continue
            if not self._is_person(a) and a.who.identifier is None and not a.who.display:
                continue
            return self._person(a.who, a.name)
        return None, None

    def _person(self, who: Reference, name: str | None = None) -> tuple[str | None, str | None]:
        """(staff id, display as given) of a person named in an agent."""
        display = who.display or name
        if display is not None and is_cpr(display):
            display = None
        hit = self._resolve(who, "PractitionerRole", "Practitioner")
        if hit is not None:
            if hit[0] == "PractitionerRole":
                r = self.known.role(hit[1])
                if r is None:
                    raise Unresolved(*hit)
                return r[0], None if r[0] else display
            if not self.known.has_staff(hit[1]):
                raise Unresolved(*hit)
            return hit[1], None
        if who.identifier is not None and who.identifier.value:
            found = self.known.resolve_staff(who.identifier.value.strip(), who.identifier.system)
            if found is not None and found != AMBIGUOUS:
                return found, None
            return None, display or as_given(who.identifier.value.strip())
        return None, display

    def _what(self, ev: AuditEvent) -> tuple[str | None, str | None]:
        data_ref = None
        what: list[str] = []
        for e in ev.entity or []:
            if e.role is not None and e.role.code in _QUERY_ENTITY_ROLES:
                continue
            if e.type is not None and e.type.code in _TECHNICAL_ENTITY_TYPES:
                continue
            ref = e.what.reference if e.what is not None else None
            if (
                (ref and ref.startswith(("Patient/", "Patient?")))
                or (e.role is not None and e.role.code == "1")
                or (
                    e.what is not None
                    and e.what.identifier is not None
                    and e.what.identifier.system == CPR_SYSTEM
                )
            ):
                # the citizen (or their record): what is said of it, never its type ("Person")
                label = e.description or e.name
                if label:
                    what.append(label)
                continue
            if ref and data_ref is None and "/" in ref:
                data_ref = ref
            label = e.description or e.name or (e.type.display if e.type else None)
            if label:
                what.append(label)
        return (", ".join(dict.fromkeys(what)) or None), data_ref


def _org_name(who: Reference) -> str | None:
    return who.display


def _content_id(ev: AuditEvent, raw: bytes | None) -> str:
    """An id for an event that has none (MinLog2 POSTs carry none): the hash of its content,
    so importing the same file twice stores it once."""
    data = raw.strip() if raw else msgspec.json.encode(ev)
    return "ae-" + hashlib.sha256(data).hexdigest()[:40]
