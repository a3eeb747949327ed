"""MinLog CSV access logs -> ``access_entry`` rows (contract section 1.2)."""

from __future__ import annotations

from collections.abc import Iterator

from ..timeutil import parse_instant
from .common import AMBIGUOUS, PURPOSES, Known, as_given, is_cpr
from .references import Unresolved

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
        canonical = {c.lower(): c for c in COLUMNS}
        raw = [h.strip().lstrip("\ufeff") for h in header]
        # column names match in any letter case (MinLog's own exports say orgUsingId)
        names = [canonical.get(h.lower(), h) for h in raw]
        missing = [c for c in REQUIRED if c not in names]
        if missing:
            raise ValueError("kolonne mangler i overskriften: " + ", ".join(missing))
        unknown = [n for n in names if n not in COLUMNS]
        if unknown:
            raise ValueError(
                "ukendt kolonne i overskriften: "
                + ", ".join(unknown)
                + "; kendte kolonner: "
                + ", ".join(COLUMNS)
            )
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError("kolonne står to gange i overskriften: " + ", ".join(sorted(dupes)))
        self.width = len(names)
        self.pos = {c: names.index(c) if c in names else None for c in COLUMNS}


class CsvMapper:
    """Maps the rows of one CSV file. Resolved citizens, users and organisations are memoised per
    file: a log names the same few hundred people thousands of times."""

    def __init__(
        self, header: CsvHeader, known: Known, system_users: frozenset[str] = frozenset()
    ) -> None:
        self.header = header
        self.known = known
        self.system_users = system_users
        self._patients: dict[str, str | None] = {}
        self._staff: dict[str, str | None] = {}
        self._orgs: dict[str, str | None] = {}
        #: rows whose user was an ambiguous bare user name (reported as warnings)
        self.ambiguous = 0
        self.ambiguous_now: str | None = None
        p = header.pos
        self._required = [(c, p[c]) for c in REQUIRED]
        self._opt = [
            p[c]
            for c in (
                "ansvarlig",
                "orgUsingID",
                "systemName",
                "handling",
                "sessionId",
                "brugerNavn",
                "formaal",
            )
        ]

    def _staff_of(self, value: str) -> str | None:
        """The staff id of a user, None if unknown; a bare user name that several staff members
        have (``lch`` for ``RSYD\\lch`` and ``RN\\lch``) is nobody's, never one of theirs."""
        try:
            r = self._staff[value]
        except KeyError:
            r = self._staff[value] = self.known.resolve_staff(value)
        if r == AMBIGUOUS:
            self.ambiguous += 1
            self.ambiguous_now = (
                f"brugeren {value!r} kan være flere medarbejdere (samme brugernavn i flere "
                "domæner); posten vises som en ukendt bruger i organisationen"
            )
            return None
        return r

    def map(self, row: list[str]) -> tuple:
        """One CSV row -> an ``access_entry`` row tuple (``fhir.ENTRY_COLUMNS`` order)."""
        if len(row) != self.header.width:
            raise ValueError(f"rækken har {len(row)} felter, overskriften {self.header.width}")
        req = []
        for col, i in self._required:
            v = row[i].strip()
            if not v:
                raise ValueError(f"feltet {col} er tomt")
            req.append(v)
        reg, citizen, user, when_text = req
        behalf_value, org_value, system, what, session_id, display, purpose = (
            (row[i].strip() or None) if i is not None else None for i in self._opt
        )
        try:
            when = parse_instant(when_text)
        except ValueError:
            raise ValueError(
                f"tidspunkt {when_text!r} er ikke ISO 8601 med tidszone (fx 2026-03-01T10:15:00+01:00)"
            ) from None
        try:
            patient = self._patients[citizen]
        except KeyError:
            patient = self._patients[citizen] = self.known.resolve_patient(citizen)
        if patient is None:
            raise Unresolved("Patient", citizen)
        if purpose is not None:
            purpose = purpose.upper()
            if purpose not in PURPOSES:
                raise ValueError(f"formaal {purpose!r} skal være TREAT, ETREAT eller BTG")
        org = None
        if org_value:
            try:
                org = self._orgs[org_value]
            except KeyError:  # an unknown organisation is kept as given (provisional)
                org = self._orgs[org_value] = self.known.resolve_org(org_value)
        behalf = self._staff_of(behalf_value) if behalf_value else None
        if display is not None and is_cpr(display):
            display = None  # a CPR number is never a display name
        return (
            reg,
            patient,
            when,
            None,
            purpose,
            as_given(user),
            self._staff_of(user),
            None,
            display,
            behalf,
            as_given(behalf_value) if behalf is None and behalf_value else None,
            org,
            system,
            what,
            None,
            session_id,
            user in self.system_users,
            "csv",
        )


def decode_lines(raw: Iterator[bytes], counter: list[int], *, bom: bool = True) -> Iterator[str]:
    """Bytes lines -> str lines, counting bytes read (for the progress bar); ``bom``: the first
    line begins the file (a byte order mark there is dropped)."""
    for i, line in enumerate(raw):
        counter[0] += len(line)
        text = line.decode("utf-8")
        if i == 0 and bom:
            text = text.lstrip("\ufeff")
        yield text
