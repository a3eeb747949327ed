"""Registers the pregnancy record's FHIR resource types with the importer (the registry's plugin
``indsigt.pregnancy.ingest``): Observation, Condition and QuestionnaireResponse, and the pregnancy
rows of EpisodeOfCare, Encounter and Appointment (their existing mapping, wrapped). The mapping
is :mod:`indsigt.pregnancy.fhir_import`; its tables are written by its own writers (versions,
not upserts)."""

from __future__ import annotations

from dataclasses import replace

from ..ingest.fhir import validate_master
from ..ingest.registry import ResourceType, handler, register_resource_type
from . import fhir_import as f


def _register() -> None:
    base = {
        name: h.map
        for name in ("EpisodeOfCare", "Encounter", "Appointment")
        if (h := handler(name))
    }
    wrapped = f.mappers(base)
    for name, table in (
        ("EpisodeOfCare", "preg_pregnancy"),
        ("Encounter", "preg_visit"),
        ("Appointment", "preg_visit"),
    ):
        h = handler(name)
        assert h is not None, name
        register_resource_type(
            replace(h, map=wrapped[name], writers={**h.writers, table: f.WRITERS[table]})
        )
    last = max(h.rank for name in base if (h := handler(name)))
    for n, name in enumerate(f.RESOURCE_TYPES):
        register_resource_type(
            ResourceType(
                name=name,
                map=wrapped[name],
                validate=validate_master,
                rank=max(last, 9) + 1 + n,
                writers={"preg_element": f.WRITERS["preg_element"]},
            )
        )


_register()
