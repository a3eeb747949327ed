"""The fast AuditEvent schema must be as strict as fhir.resources (R4B): a differential test."""

from __future__ import annotations

import copy
import json

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
