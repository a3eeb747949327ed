"""Which FHIR resource types an import reads, and how: one record per type.

A type indsigt uses has a :class:`ResourceType` (validate, register what it makes resolvable,
map to rows of which tables, in which order). A valid FHIR R4 type without one (Location,
Medication, Observation before the pregnancy record reads it ...) is counted in the import
report and skipped (contract 1.3); anything else is an error.

New types register here, e.g. the pregnancy record's Observation, Condition and
QuestionnaireResponse: a module calls :func:`register_resource_type` with its record (its tables
are written like the others: upserted by primary key, in the transaction of the file), and is
listed in :data:`PLUGINS` or declared under the ``indsigt.resource_types`` entry-point group
(a callable that registers). ``tests/test_interop.py`` checks the registry is complete.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

#: the resource types of FHIR R4 (4.0.1), for telling "valid but unused" from "not FHIR R4"
R4_TYPES = frozenset(
    [
        "Account",
        "ActivityDefinition",
        "AdverseEvent",
        "AllergyIntolerance",
        "Appointment",
        "AppointmentResponse",
        "AuditEvent",
        "Basic",
        "Binary",
        "BiologicallyDerivedProduct",
        "BodyStructure",
        "Bundle",
        "CapabilityStatement",
        "CarePlan",
        "CareTeam",
        "CatalogEntry",
        "ChargeItem",
        "ChargeItemDefinition",
        "Claim",
        "ClaimResponse",
        "ClinicalImpression",
        "CodeSystem",
        "Communication",
        "CommunicationRequest",
        "CompartmentDefinition",
        "Composition",
        "ConceptMap",
        "Condition",
        "Consent",
        "Contract",
        "Coverage",
        "CoverageEligibilityRequest",
        "CoverageEligibilityResponse",
        "DetectedIssue",
        "Device",
        "DeviceDefinition",
        "DeviceMetric",
        "DeviceRequest",
        "DeviceUseStatement",
        "DiagnosticReport",
        "DocumentManifest",
        "DocumentReference",
        "EffectEvidenceSynthesis",
        "Encounter",
        "Endpoint",
        "EnrollmentRequest",
        "EnrollmentResponse",
        "EpisodeOfCare",
        "EventDefinition",
        "Evidence",
        "EvidenceVariable",
        "ExampleScenario",
        "ExplanationOfBenefit",
        "FamilyMemberHistory",
        "Flag",
        "Goal",
        "GraphDefinition",
        "Group",
        "GuidanceResponse",
        "HealthcareService",
        "ImagingStudy",
        "Immunization",
        "ImmunizationEvaluation",
        "ImmunizationRecommendation",
        "ImplementationGuide",
        "InsurancePlan",
        "Invoice",
        "Library",
        "Linkage",
        "List",
        "Location",
        "Measure",
        "MeasureReport",
        "Media",
        "Medication",
        "MedicationAdministration",
        "MedicationDispense",
        "MedicationKnowledge",
        "MedicationRequest",
        "MedicationStatement",
        "MedicinalProduct",
        "MedicinalProductAuthorization",
        "MedicinalProductContraindication",
        "MedicinalProductIndication",
        "MedicinalProductIngredient",
        "MedicinalProductInteraction",
        "MedicinalProductManufactured",
        "MedicinalProductPackaged",
        "MedicinalProductPharmaceutical",
        "MedicinalProductUndesirableEffect",
        "MessageDefinition",
        "MessageHeader",
        "MolecularSequence",
        "NamingSystem",
        "NutritionOrder",
        "Observation",
        "ObservationDefinition",
        "OperationDefinition",
        "OperationOutcome",
        "Organization",
        "OrganizationAffiliation",
        "Parameters",
        "Patient",
        "PaymentNotice",
        "PaymentReconciliation",
        "Person",
        "PlanDefinition",
        "Practitioner",
        "PractitionerRole",
        "Procedure",
        "Provenance",
        "Questionnaire",
        "QuestionnaireResponse",
        "RelatedPerson",
        "RequestGroup",
        "ResearchDefinition",
        "ResearchElementDefinition",
        "ResearchStudy",
        "ResearchSubject",
        "RiskAssessment",
        "RiskEvidenceSynthesis",
        "Schedule",
        "SearchParameter",
        "ServiceRequest",
        "Slot",
        "Specimen",
        "SpecimenDefinition",
        "StructureDefinition",
        "StructureMap",
        "Subscription",
        "Substance",
        "SubstanceNucleicAcid",
        "SubstancePolymer",
        "SubstanceProtein",
        "SubstanceReferenceInformation",
        "SubstanceSourceMaterial",
        "SubstanceSpecification",
        "SupplyDelivery",
        "SupplyRequest",
        "Task",
        "TerminologyCapabilities",
        "TestReport",
        "TestScript",
        "ValueSet",
        "VerificationResult",
        "VisionPrescription",
    ]
)

#: modules that register resource types when imported (optional: skipped if absent)
PLUGINS: tuple[str, ...] = ("indsigt.pregnancy.ingest",)
ENTRY_POINT_GROUP = "indsigt.resource_types"


@dataclass
class ResourceType:
    """How one FHIR resource type is imported.

    ``map(obj, resolver)`` returns an ``indsigt.ingest.fhir.Mapped`` (main row + extra rows, and
    the references to check); ``register(obj, known)`` records what the resource makes
    resolvable before any row is mapped; ``validate(obj)`` raises ``ValueError``. ``rank``
    orders files and the mapping inside a file (what others refer to comes first). ``tables``
    are the tables its rows go to (name -> Table), written in the order given.
    """

    name: str
    map: Callable[[dict[str, Any], Any], Any]
    validate: Callable[[dict[str, Any]], None]
    register: Callable[[dict[str, Any], Any], None] | None = None
    rank: int = 50
    tables: dict[str, Table] = field(default_factory=dict)
    #: columns an upsert leaves as they were, per table (first sightings in a history)
    keep_on_update: dict[str, set[str]] = field(default_factory=dict)
    #: tables written by their own function instead of an upsert, after the upserts, in the
    #: file's transaction: ``write(conn, [(line, row), ...], sink)`` (e.g. the pregnancy record's
    #: versioned elements); ``sink.problem(line, message, dangling=...)`` refuses the file,
    #: ``sink.skip(what)`` counts a record as skipped
    writers: dict[str, Callable[[Any, list[tuple[int, dict[str, Any]]], Any], None]] = field(
        default_factory=dict
    )


_TYPES: dict[str, ResourceType] = {}
_loaded = False


def register_resource_type(rt: ResourceType) -> None:
    """Make ``rt.name`` an imported type (a later registration replaces an earlier one)."""
    if rt.name not in R4_TYPES:
        raise ValueError(f"{rt.name} er ikke en FHIR R4-ressourcetype")
    _TYPES[rt.name] = rt


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from . import fhir  # noqa: F401  (registers the types of contract 1.1)

    for name in PLUGINS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        ep.load()()


def resource_types() -> dict[str, ResourceType]:
    """Every registered type by name."""
    _load()
    return _TYPES


def handler(rtype: str) -> ResourceType | None:
    _load()
    return _TYPES.get(rtype)


def tables() -> dict[str, Table]:
    """Every table a registered type writes, parents first."""
    out: dict[str, Table] = {}
    for rt in sorted(resource_types().values(), key=lambda r: r.rank):
        for name, t in rt.tables.items():
            out.setdefault(name, t)
    return out


def writers() -> dict[str, Callable[[Any, list[tuple[int, dict[str, Any]]], Any], None]]:
    """Every table written by its own function, in the order of the types that write it."""
    out: dict[str, Callable[[Any, list[tuple[int, dict[str, Any]]], Any], None]] = {}
    for rt in sorted(resource_types().values(), key=lambda r: r.rank):
        for name, fn in rt.writers.items():
            out.setdefault(name, fn)
    return out


def keep_on_update(table: str) -> set[str]:
    return set().union(*(rt.keep_on_update.get(table, set()) for rt in resource_types().values()))
