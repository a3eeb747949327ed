"""A strict schema for FHIR R4 AuditEvent, fast enough for millions of log entries.

``fhir.resources`` validates about 11,000 AuditEvents per second on this machine, which caps an
import far below the 50,000 entries/s target. This schema covers every element of the R4
AuditEvent resource (and of the datatypes it uses) with the R4 cardinalities and primitive
formats; unknown elements are rejected, like ``fhir.resources`` does. Elements indsigt never reads
(``meta``, ``text``, ``contained``, ``extension``) are checked for shape only. A differential test
(``tests/test_audit_schema.py``) keeps it in step with ``fhir.resources.R4B``.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import msgspec

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
FhirId = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9\-\.]{1,64}\Z")]
#: FHIR R4 ``code`` (msgspec checks a ``pattern`` with ``re.search``)
CODE_PATTERN = r"^[^\s]+(\s[^\s]+)*\Z"
Code = Annotated[str, msgspec.Meta(pattern=CODE_PATTERN)]
Instant = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])"
        r"T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))\Z"
    ),
]
DateTime = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])"
        r"(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?\Z"
    ),
]

_STRICT = {"forbid_unknown_fields": True, "omit_defaults": True, "kw_only": True, "gc": False}


class Element(msgspec.Struct, **_STRICT):
    id: str | None = None
    extension: list[dict[str, Any]] | None = None


class PrimitiveExt(msgspec.Struct, **_STRICT):
    """The ``_element`` companion of a primitive (FHIR JSON 2.6.2.1): its id and extensions,
    e.g. ``"_recorded": {"extension": [...]}``."""

    id: str | None = None
    extension: list[dict[str, Any]] | None = None


class Coding(Element, **_STRICT):
    system: NonEmpty | None = None
    version: NonEmpty | None = None
    code: Code | None = None
    display: NonEmpty | None = None
    userSelected: bool | None = None
    system_ext: PrimitiveExt | None = msgspec.field(default=None, name="_system")
    version_ext: PrimitiveExt | None = msgspec.field(default=None, name="_version")
    code_ext: PrimitiveExt | None = msgspec.field(default=None, name="_code")
    display_ext: PrimitiveExt | None = msgspec.field(default=None, name="_display")
    userSelected_ext: PrimitiveExt | None = msgspec.field(default=None, name="_userSelected")


class CodeableConcept(Element, **_STRICT):
    coding: list[Coding] | None = None
    text: NonEmpty | None = None
    text_ext: PrimitiveExt | None = msgspec.field(default=None, name="_text")


class Period(Element, **_STRICT):
    start: DateTime | None = None
    end: DateTime | None = None
    start_ext: PrimitiveExt | None = msgspec.field(default=None, name="_start")
    end_ext: PrimitiveExt | None = msgspec.field(default=None, name="_end")


class Identifier(Element, **_STRICT):
    use: Literal["usual", "official", "temp", "secondary", "old"] | None = None
    type: CodeableConcept | None = None
    system: NonEmpty | None = None
    value: NonEmpty | None = None
    period: Period | None = None
    assigner: dict[str, Any] | None = None
    use_ext: PrimitiveExt | None = msgspec.field(default=None, name="_use")
    system_ext: PrimitiveExt | None = msgspec.field(default=None, name="_system")
    value_ext: PrimitiveExt | None = msgspec.field(default=None, name="_value")


class Reference(Element, **_STRICT):
    reference: NonEmpty | None = None
    type: NonEmpty | None = None
    identifier: Identifier | None = None
    display: NonEmpty | None = None
    reference_ext: PrimitiveExt | None = msgspec.field(default=None, name="_reference")
    type_ext: PrimitiveExt | None = msgspec.field(default=None, name="_type")
    display_ext: PrimitiveExt | None = msgspec.field(default=None, name="_display")


class Network(Element, **_STRICT):
    modifierExtension: list[dict[str, Any]] | None = None
    address: NonEmpty | None = None
    type: Literal["1", "2", "3", "4", "5"] | None = None
    address_ext: PrimitiveExt | None = msgspec.field(default=None, name="_address")
    type_ext: PrimitiveExt | None = msgspec.field(default=None, name="_type")


class Agent(Element, **_STRICT):
    requestor: bool  # 1..1
    modifierExtension: list[dict[str, Any]] | None = None
    type: CodeableConcept | None = None
    role: list[CodeableConcept] | None = None
    who: Reference | None = None
    altId: NonEmpty | None = None
    name: NonEmpty | None = None
    location: Reference | None = None
    policy: list[NonEmpty] | None = None
    media: Coding | None = None
    network: Network | None = None
    purposeOfUse: list[CodeableConcept] | None = None
    requestor_ext: PrimitiveExt | None = msgspec.field(default=None, name="_requestor")
    altId_ext: PrimitiveExt | None = msgspec.field(default=None, name="_altId")
    name_ext: PrimitiveExt | None = msgspec.field(default=None, name="_name")
    policy_ext: list[PrimitiveExt | None] | None = msgspec.field(default=None, name="_policy")


class Source(Element, **_STRICT):
    observer: Reference  # 1..1
    modifierExtension: list[dict[str, Any]] | None = None
    site: NonEmpty | None = None
    type: list[Coding] | None = None
    site_ext: PrimitiveExt | None = msgspec.field(default=None, name="_site")


class Detail(Element, **_STRICT):
    type: NonEmpty  # 1..1
    modifierExtension: list[dict[str, Any]] | None = None
    valueString: NonEmpty | None = None
    valueBase64Binary: NonEmpty | None = None
    type_ext: PrimitiveExt | None = msgspec.field(default=None, name="_type")
    valueString_ext: PrimitiveExt | None = msgspec.field(default=None, name="_valueString")
    valueBase64Binary_ext: PrimitiveExt | None = msgspec.field(
        default=None, name="_valueBase64Binary"
    )


class Entity(Element, **_STRICT):
    modifierExtension: list[dict[str, Any]] | None = None
    what: Reference | None = None
    type: Coding | None = None
    role: Coding | None = None
    lifecycle: Coding | None = None
    securityLabel: list[Coding] | None = None
    name: NonEmpty | None = None
    description: NonEmpty | None = None
    query: NonEmpty | None = None
    detail: list[Detail] | None = None
    name_ext: PrimitiveExt | None = msgspec.field(default=None, name="_name")
    description_ext: PrimitiveExt | None = msgspec.field(default=None, name="_description")
    query_ext: PrimitiveExt | None = msgspec.field(default=None, name="_query")


class AuditEvent(msgspec.Struct, **_STRICT):
    resourceType: Literal["AuditEvent"]
    type: Coding  # 1..1
    recorded: Instant  # 1..1
    agent: Annotated[list[Agent], msgspec.Meta(min_length=1)]  # 1..*
    source: Source  # 1..1
    id: FhirId | None = None
    meta: dict[str, Any] | None = None
    implicitRules: NonEmpty | None = None
    language: Code | None = None
    text: dict[str, Any] | None = None
    contained: list[dict[str, Any]] | None = None
    extension: list[dict[str, Any]] | None = None
    modifierExtension: list[dict[str, Any]] | None = None
    subtype: list[Coding] | None = None
    action: Literal["C", "R", "U", "D", "E"] | None = None
    period: Period | None = None
    outcome: Literal["0", "4", "8", "12"] | None = None
    outcomeDesc: NonEmpty | None = None
    purposeOfEvent: list[CodeableConcept] | None = None
    entity: list[Entity] | None = None
    id_ext: PrimitiveExt | None = msgspec.field(default=None, name="_id")
    implicitRules_ext: PrimitiveExt | None = msgspec.field(default=None, name="_implicitRules")
    language_ext: PrimitiveExt | None = msgspec.field(default=None, name="_language")
    action_ext: PrimitiveExt | None = msgspec.field(default=None, name="_action")
    recorded_ext: PrimitiveExt | None = msgspec.field(default=None, name="_recorded")
    outcome_ext: PrimitiveExt | None = msgspec.field(default=None, name="_outcome")
    outcomeDesc_ext: PrimitiveExt | None = msgspec.field(default=None, name="_outcomeDesc")


# -- the same schema, decoded faster ----------------------------------------------------------
#
# An event has about eleven codes, and msgspec calls ``re`` for each (a quarter of the decoding of
# a real-shaped event). The classes below are the schema above with one change: ``Coding.code`` is
# checked by ``__post_init__`` against the same pattern with the same ``re.search``, and a code once
# found valid is remembered (a log file has few distinct codes). They accept exactly what the
# schema accepts and decode it to the same values (the classes are subclasses, with the same
# fields in the same order). Whatever they reject is decoded again with the schema itself, so
# an error is the schema's, word for word (:func:`decode`).

_code_search = re.compile(CODE_PATTERN).search
#: codes found valid (bounded: a hostile file with millions of distinct codes is merely slower)
_valid_codes: set[str] = set()
_VALID_CODES_MAX = 4096


class _Coding(Coding, **_STRICT):
    code: str | None = None

    def __post_init__(self) -> None:
        code = self.code
        if code is not None and code not in _valid_codes:
            if _code_search(code) is None:
                raise ValueError("code")  # never shown: the schema's own error is
            if len(_valid_codes) < _VALID_CODES_MAX:
                _valid_codes.add(code)


class _CodeableConcept(CodeableConcept, **_STRICT):
    coding: list[_Coding] | None = None


class _Identifier(Identifier, **_STRICT):
    type: _CodeableConcept | None = None


class _Reference(Reference, **_STRICT):
    identifier: _Identifier | None = None


class _Agent(Agent, **_STRICT):
    type: _CodeableConcept | None = None
    role: list[_CodeableConcept] | None = None
    who: _Reference | None = None
    location: _Reference | None = None
    media: _Coding | None = None
    purposeOfUse: list[_CodeableConcept] | None = None


class _Source(Source, **_STRICT):
    observer: _Reference  # 1..1
    type: list[_Coding] | None = None


class _Entity(Entity, **_STRICT):
    what: _Reference | None = None
    type: _Coding | None = None
    role: _Coding | None = None
    lifecycle: _Coding | None = None
    securityLabel: list[_Coding] | None = None


class _AuditEvent(AuditEvent, **_STRICT):
    type: _Coding  # 1..1
    agent: Annotated[list[_Agent], msgspec.Meta(min_length=1)]  # 1..*
    source: _Source  # 1..1
    subtype: list[_Coding] | None = None
    purposeOfEvent: list[_CodeableConcept] | None = None
    entity: list[_Entity] | None = None


# -- agents and source decoded once, not once per event ----------------------------------------
#
# A log repeats the same agents and source (the same user at the same system) thousands of
# times, and in a long event (IHE BALP, MinLog2: 2 kB) they are a third of the decoding.
# ``_SplitAuditEvent`` is ``_AuditEvent`` with ``agent`` and ``source`` left as their raw JSON
# (checked to be JSON, not yet to be FHIR); each distinct raw pair is then decoded with the types
# ``_AuditEvent`` gives them, once per process while remembered, and the decoded values are
# shared by the events that repeat it (nothing modifies a decoded event). Decoding those bytes
# alone with those types accepts and returns what decoding them inside the event does. A JSON
# object may repeat a key, and the schema checks every occurrence while a raw field keeps only
# the last: so the split is taken only when the line holds ``"agent"`` and ``"source"`` once each
# and no ``\u`` escape (which could spell either key another way). Whatever the split rejects is
# decoded again with the schema itself, as above. ``tests/test_audit_schema_split.py`` compares
# the two on the public examples and on hypothesis-made variants.


class SharedAgents(list):  # type: ignore[type-arg]  # list[_Agent]
    """An event's decoded agents, shared with the events that repeat them. ``key`` is the raw
    JSON (agent, source) they and the event's source were decoded from: equal keys, equal
    values (the mapping remembers who an event names by it, ``AuditMapper.map``)."""

    __slots__ = ("key",)
    key: tuple[bytes, bytes]


class _SplitAuditEvent(_AuditEvent, **_STRICT):
    agent: msgspec.Raw  # type: ignore[assignment]  # 1..*: decoded by _decode_agents
    source: msgspec.Raw  # type: ignore[assignment]  # 1..1: decoded by _decode_source


_decoder = msgspec.json.Decoder(AuditEvent)
_strict_decode = _decoder.decode
_fast_decode = msgspec.json.Decoder(_AuditEvent).decode
_split_decode = msgspec.json.Decoder(_SplitAuditEvent).decode
_decode_agents = msgspec.json.Decoder(
    Annotated[list[_Agent], msgspec.Meta(min_length=1)]  # as _AuditEvent.agent
).decode
_decode_source = msgspec.json.Decoder(_Source).decode
#: raw (agent, source) -> their decoded values (bounded in entries; large parts not kept)
_shared: dict[tuple[bytes, bytes], tuple[SharedAgents, _Source]] = {}
_SHARED_MAX = 2048
_SHARED_MAX_BYTES = 8192
#: shorter events (the generator's: one agent, a reference each) decode faster whole than the
#: guard against repeated keys costs (callgrind: 0.6 kB events 42.8k -> 47.4k instructions
#: split, 2.2 kB real-shaped ones 112.7k -> 89.6k, each with the mapping's key)
_SPLIT_MIN_BYTES = 1024
_converter_pattern = re.compile(r"\$\.?")


def decode(line: bytes, escaped: bool | None = None) -> AuditEvent:
    """Decode and validate one AuditEvent (JSON): exactly what the schema's own decoder
    (``msgspec.json.Decoder(AuditEvent)``) returns or raises, in less time. ``escaped``: whether
    the line holds a ``\\u`` escape (``has_escape(line, b"\\\\u")``), when the caller knows."""
    try:
        if (
            len(line) > _SPLIT_MIN_BYTES
            and line.count(b'"agent"') == 1
            and line.count(b'"source"') == 1
            and not (has_escape(line, b"\\u") if escaped is None else escaped)
        ):
            return _split(line)
        return _fast_decode(line)
    except msgspec.DecodeError:
        return _strict_decode(line)


def has_escape(line: bytes, escape: bytes) -> bool:
    """``escape in line`` for an ``escape`` that begins with a backslash (``\\u``, ``\\u0000``):
    the same answer, found faster where a line has few backslashes (``find`` of one byte is
    ``memchr``; ``in`` of several bytes looks at every byte several times)."""
    find = line.find
    i = find(b"\\")
    n = 0
    while i >= 0:
        if line.startswith(escape, i):
            return True
        n += 1
        if n > 16:
            return escape in line
        i = find(b"\\", i + 1)
    return False


def _split(line: bytes) -> AuditEvent:
    """``_fast_decode(line)`` with the agents and the source decoded once per distinct raw JSON
    (raises ``msgspec.DecodeError`` where that would; which error does not matter, see decode)."""
    ev = _split_decode(line)
    key = (bytes(ev.agent), bytes(ev.source))
    parts = _shared.get(key)
    if parts is None:
        agents = SharedAgents(_decode_agents(key[0]))
        agents.key = key
        parts = (agents, _decode_source(key[1]))
        if len(key[0]) + len(key[1]) <= _SHARED_MAX_BYTES:
            if len(_shared) >= _SHARED_MAX:
                _shared.clear()
            _shared[key] = parts
    ev.agent, ev.source = parts  # type: ignore[assignment]
    return ev


def decode_audit_event(line: bytes) -> AuditEvent:
    """Decode and validate one NDJSON line. Raises ``ValueError`` with a readable message."""
    try:
        return decode(line)
    except msgspec.ValidationError as exc:
        raise ValueError(_readable(str(exc))) from None
    except msgspec.DecodeError as exc:
        raise ValueError(f"ugyldig JSON: {exc}") from None


def validate_audit_event(obj: dict[str, Any]) -> AuditEvent:
    try:
        return msgspec.convert(obj, AuditEvent)
    except msgspec.ValidationError as exc:
        raise ValueError(_readable(str(exc))) from None


def _readable(msg: str) -> str:
    # msgspec says e.g. "Object missing required field `source`" or "... - at `$.agent[0].who`"
    return "AuditEvent: " + msg.replace(" - at `$", " (ved `AuditEvent")
