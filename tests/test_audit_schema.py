"""The fast AuditEvent schema must be as strict as fhir.resources (R4B): a differential test."""

from __future__ import annotations

import copy
import json

import msgspec
import pytest
from fhir.resources.R4B.auditevent import AuditEvent as FhirAuditEvent
from pydantic import ValidationError

import builders as b
from indsigt.ingest.audit_schema import decode_audit_event

VALID = b.audit(
    "a1", "p1", "2026-01-11T10:00:00+01:00", role_id="r-holm", org_id="o-kard", what="Journalnotat"
)


def _fhir_accepts(obj: dict) -> bool:
    try:
        FhirAuditEvent.model_validate(obj)
        return True
    except (ValidationError, ValueError):
        return False


def _ours_accepts(obj: dict) -> bool:
    try:
        decode_audit_event(json.dumps(obj).encode())
        return True
    except ValueError:
        return False


def _mutate(path: str, value: object) -> dict:
    obj = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    cur: object = obj
    for p in parents:
        cur = cur[int(p)] if isinstance(cur, list) else cur[p]  # type: ignore[index]
    if value is _DELETE:
        del cur[int(last) if isinstance(cur, list) else last]  # type: ignore[arg-type]
    else:
        cur[int(last) if isinstance(cur, list) else last] = value  # type: ignore[index]
    return obj


_DELETE = object()

VALID_VARIANTS = [
    VALID,
    _mutate("recorded", "2026-01-11T09:00:00Z"),
    _mutate("recorded", "2026-01-11T10:00:00.123+01:00"),
    _mutate("action", "E"),
    _mutate("outcome", "4"),
    _mutate("meta", {"versionId": "1"}),
    _mutate("agent.0.name", "Mette Holm"),
    _mutate("agent.0.altId", "mlh"),
    _mutate("agent.0.network", {"address": "10.0.0.1", "type": "2"}),
    _mutate("entity.1.detail", [{"type": "felt", "valueString": "x"}]),
    _mutate("period", {"start": "2026-01-11", "end": "2026-01-12"}),
    _mutate("subtype", [{"system": "http://hl7.org/fhir/restful-interaction", "code": "read"}]),
    _mutate("purposeOfEvent", _DELETE),
    _mutate("entity", _DELETE),
]

INVALID_VARIANTS = [
    _mutate("recorded", "2026-01-11T10:00:00"),  # an instant needs a zone
    _mutate("recorded", "11-01-2026"),
    _mutate("recorded", _DELETE),
    _mutate("type", _DELETE),
    _mutate("source", _DELETE),
    _mutate("source.observer", _DELETE),
    _mutate("agent", _DELETE),
    _mutate("agent.0.requestor", _DELETE),
    _mutate("unknownElement", 1),
    _mutate("agent.0.unknown", 1),
    _mutate("entity.0.what", "Patient/p1"),
    _mutate("agent.0.who.display", ""),
    _mutate("type", [{"code": "110110"}]),
    _mutate("id", "has space"),
    _mutate("entity.1.detail", [{"valueString": "x"}]),
]


@pytest.mark.parametrize("obj", VALID_VARIANTS)
def test_both_accept(obj: dict) -> None:
    assert _fhir_accepts(obj), "fhir.resources rejects a variant the test believes valid"
    assert _ours_accepts(obj)


@pytest.mark.parametrize("obj", INVALID_VARIANTS)
def test_both_reject(obj: dict) -> None:
    assert not _fhir_accepts(obj), "fhir.resources accepts a variant the test believes invalid"
    assert not _ours_accepts(obj)


#: Invalid R4 that fhir.resources lets through (it checks neither required value-set bindings, nor the
#: 1..* cardinality of ``agent``, nor strict booleans). The fast schema rejects these too: stricter.
STRICTER_THAN_FHIR_RESOURCES = [
    _mutate("agent", []),
    _mutate("agent.0.requestor", "yes"),
    _mutate("action", "X"),  # required binding: C R U D E
    _mutate("outcome", "1"),  # required binding: 0 4 8 12
]


@pytest.mark.parametrize("obj", STRICTER_THAN_FHIR_RESOURCES)
def test_ours_is_stricter(obj: dict) -> None:
    assert not _ours_accepts(obj)


# -- FHIR ``code`` (R4: ``[^\s]+(\s[^\s]+)*``) -------------------------------------------------------
#
# The import decodes with ``audit_schema.decode``, which checks codes without a regex call per field
# (a code once found valid is remembered); whatever it rejects is decoded again by the schema's own
# decoder, so acceptance and every error message must equal the schema's.

#: places of a code: the event's type, a coding in a CodeableConcept, a role of an agent, an entity
CODE_PATHS = [
    "type.code",
    "purposeOfEvent.0.coding.0.code",
    "agent.0.role",
    "entity.0.type",
]
VALID_CODES = ["a", "110110", "a b", "a b c", "a\tb", "a\nb", "a\xa0b", "a\x0bb", "æ-ø/å"]
INVALID_CODES = [
    "",
    " ",
    " a",
    "a ",
    "a  b",
    "a\t\tb",
    "a \tb",
    "\ta",
    "a\t",
    "\na",
    "a\r",
    "a\xa0",
    # Python's ``$`` also matches before a final newline: the patterns end in ``\Z`` instead
    "a\n",
    "a b\n",
]


def _with_code(path: str, code: object) -> dict:
    if path == "agent.0.role":
        return _mutate(path, [{"coding": [{"code": code}]}])
    if path == "entity.0.type":
        return _mutate(path, {"system": "http://x", "code": code})
    return _mutate(path, code)


def _strict_outcome(line: bytes) -> tuple:
    from indsigt.ingest import audit_schema

    try:
        return "ok", msgspec.json.encode(audit_schema._strict_decode(line))
    except msgspec.DecodeError as exc:
        return type(exc).__name__, str(exc)


def _fast_outcome(line: bytes) -> tuple:
    from indsigt.ingest import audit_schema

    try:
        return "ok", msgspec.json.encode(audit_schema.decode(line))
    except msgspec.DecodeError as exc:
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("path", CODE_PATHS)
@pytest.mark.parametrize("code", VALID_CODES + INVALID_CODES)
def test_code_rule_as_fhir_resources(path: str, code: str) -> None:
    obj = _with_code(path, code)
    assert _fhir_accepts(obj) is (code in VALID_CODES)
    assert _ours_accepts(obj) is (code in VALID_CODES)


@pytest.mark.parametrize("path", CODE_PATHS)
@pytest.mark.parametrize("code", VALID_CODES + INVALID_CODES + [None, 5, "a\\b"])
def test_fast_decoding_is_the_schemas(path: str, code: object) -> None:
    from indsigt.ingest import audit_schema

    for ascii_only in (True, False):
        line = json.dumps(_with_code(path, code), ensure_ascii=ascii_only).encode()
        for cache in ("cold", "warm"):
            if cache == "cold":
                audit_schema._valid_codes.clear()
            assert _fast_outcome(line) == _strict_outcome(line)


def test_fast_decoding_reports_the_first_error_as_the_schema() -> None:
    # a bad code before another error: the schema names the code (msgspec stops at the first)
    obj = _with_code("type.code", "a  b")
    obj["type"]["display"] = ""
    line = json.dumps(obj).encode()
    outcome = _fast_outcome(line)
    assert outcome == _strict_outcome(line)
    assert outcome[0] == "ValidationError" and "`$.type.code`" in outcome[1]
    with pytest.raises(ValueError, match=r"matching regex .* \(ved `AuditEvent.type.code`"):
        decode_audit_event(line)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("recorded", "2026-03-02T08:35:00Z\n"),
        ("id", "abc\n"),
        ("type.code", "110110\n"),
    ],
)
def test_no_primitive_ends_in_a_newline(path: str, value: str) -> None:
    """A pattern anchored with ``$`` lets one final newline through (``re.search``); FHIR's
    regular expressions are whole-value, as fhir.resources checks them."""
    obj = _mutate(path, value)
    assert not _fhir_accepts(obj)
    assert not _ours_accepts(obj)


def test_fast_classes_are_the_schema() -> None:
    from indsigt.ingest import audit_schema as s

    classes = (s.Coding, s.CodeableConcept, s.Identifier, s.Reference, s.Agent, s.Source, s.Entity)
    for cls in (*classes, s.AuditEvent):
        fast = getattr(s, "_" + cls.__name__)
        assert issubclass(fast, cls)
        assert [
            (f.name, f.encode_name, f.required, f.default) for f in msgspec.structs.fields(fast)
        ] == [(f.name, f.encode_name, f.required, f.default) for f in msgspec.structs.fields(cls)]
