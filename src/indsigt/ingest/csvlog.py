"""MinLog CSV access logs -> ``access_entry`` rows (contract section 1.2)."""

from __future__ import annotations

from collections.abc import Iterator

from ..timeutil import parse_instant
from .common import PURPOSES, Known
from .fhir import Unresolved

COLUMNS = (
    "regKode",
    "cprNrBorger",
    "bruger",
    "ansvarlig",
    "orgUsingID",
    "systemName",
    "handling",
    "sessionId",
    "tidspunkt",
    "brugerNavn",
    "formaal",
)
REQUIRED = ("regKode", "cprNrBorger", "bruger", "tidspunkt")


class CsvHeader:
    """Column positions of one file's header; columns may come in any order."""

    def __init__(self, header: list[str]) -> None:
        names = [h.strip().lstrip("\ufeff") for h in header]
        missing = [c for c in REQUIRED if c not in names]
        if missing:
            raise ValueError("kolonne mangler i overskriften: " + ", ".join(missing))
        unknown = [n for n in names if n not in COLUMNS]
        if unknown:
            raise ValueError("ukendt kolonne i overskriften: " + ", ".join(unknown))
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError("kolonne står to gange i overskriften: " + ", ".join(sorted(dupes)))
        self.width = len(names)
        self.pos = {c: names.index(c) if c in names else None for c in COLUMNS}


def map_csv_row(
    row: list[str], header: CsvHeader, known: Known, system_users: frozenset[str] = frozenset()
) -> tuple:
    """One CSV row -> an ``access_entry`` row tuple (``fhir.ENTRY_COLUMNS`` order)."""
    if len(row) != header.width:
        raise ValueError(f"rækken har {len(row)} felter, overskriften {header.width}")
    p = header.pos

    def get(col: str) -> str | None:
        i = p[col]
        if i is None:
            return None
        v = row[i].strip()
        return v or None

    for col in REQUIRED:
        if not get(col):
            raise ValueError(f"feltet {col} er tomt")
    reg, citizen, user = get("regKode"), get("cprNrBorger"), get("bruger")
    assert reg and citizen and user
    try:
        when = parse_instant(get("tidspunkt") or "")
    except ValueError:
        raise ValueError(
            f"tidspunkt {get('tidspunkt')!r} er ikke ISO 8601 med tidszone (fx 2026-03-01T10:15:00+01:00)"
        ) from None
    patient = known.resolve_patient(citizen)
    if patient is None:
        raise Unresolved("Patient", citizen)
    purpose = get("formaal")
    if purpose is not None:
        purpose = purpose.upper()
        if purpose not in PURPOSES:
            raise ValueError(f"formaal {purpose!r} skal være TREAT, ETREAT eller BTG")
    org_value = get("orgUsingID")
    org = None
    if org_value:
        org = known.resolve_org(org_value)
        if org is None:
            raise Unresolved("Organization", org_value)
    staff = known.resolve_staff(user)
    behalf_value = get("ansvarlig")
    behalf = known.resolve_staff(behalf_value) if behalf_value else None
    return (
        reg,
        patient,
        when,
        None,
        purpose,
        user,
        staff,
        None,
        get("brugerNavn"),
        behalf,
        behalf_value if behalf is None else None,
        org,
        get("systemName"),
        get("handling"),
        None,
        get("sessionId"),
        user in system_users,
        "csv",
    )


def decode_lines(raw: Iterator[bytes], counter: list[int]) -> Iterator[str]:
    """Bytes lines -> str lines, counting bytes read (for the progress bar)."""
    for i, line in enumerate(raw):
        counter[0] += len(line)
        text = line.decode("utf-8")
        if i == 0:
            text = text.lstrip("\ufeff")
        yield text
