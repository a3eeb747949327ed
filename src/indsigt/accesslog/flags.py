"""The flag codes of the access log: one record per code, the only place their texts live.

The engine, the condenser, the view, the web pages, the exports (CSV, PDF) and the alert e-mails
all read the texts from here (``docs/accesslog.md`` documents when each flag is raised; a test
checks that every code is documented there and in the contract's table, and that the bits are
distinct).

Flags are facts with a reason the citizen can read, not accusations. Wording rules: every text
says what the engine checks, nothing more (``after_hours`` looks for a contact with any part of
the health service, not with the place that looked); ``attention`` says nothing about the person
or the relation (it stands in for a relationship flag about a person hidden from the viewer).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Flag:
    """One flag code."""

    #: the contract's code (``log --json`` ``flags``)
    code: str
    #: its bit in the engine's bitmask (``accesslog_cell.flags``)
    bit: int
    #: a short Danish name (a chip on the web page, a CSV/PDF column value)
    name: str
    #: the reason, one Danish sentence addressed to the citizen (``reasons`` in the JSON)
    reason: str
    #: the short phrase after "Bemærk:" in a line's summary ("" = not used there)
    phrase: str
    #: the text of an alert e-mail about an entry with this flag
    alert: str
    #: shown to citizens (every code of the contract is)
    citizen: bool = True
    #: a fact about the user and the citizen as people (surname, address, workplace): replaced by
    #: ``attention`` when the user is hidden from the viewer, and queued for the privacy officer
    relationship: bool = False
    #: may be raised on an access a treatment relation explains (else only on unexplained ones)
    on_explained: bool = False
    #: computed for each view (not stored in the cells)
    view_time: bool = False


FLAGS: tuple[Flag, ...] = (
    Flag(
        "no_relation",
        1,
        "Ingen forklaring",
        "Vi kan ikke se en behandlingsrelation (forløb, kontakt, aftale, henvisning eller notat), "
        "der forklarer opslaget.",
        "",
        "ingen kendt behandlingsrelation forklarer opslaget",
    ),
    Flag(
        "same_surname",
        2,
        "Samme efternavn",
        "Brugeren har samme efternavn som dig.",
        "samme efternavn som dig",
        "brugeren har samme efternavn som dig",
        relationship=True,
        on_explained=True,
    ),
    Flag(
        "same_address",
        4,
        "Samme adresse",
        "Brugeren bor på samme adresse som dig.",
        "bor på din adresse",
        "brugeren bor på din adresse",
        relationship=True,
        on_explained=True,
    ),
    Flag(
        "coworker",
        8,
        "Kollega",
        "Du er ansat samme sted som brugeren.",
        "du er ansat samme sted",
        "du er ansat samme sted som brugeren",
        relationship=True,
    ),
    Flag(
        "self_lookup",
        16,
        "Eget opslag",
        "Brugeren er dig selv: du har slået dig selv op med din adgang som ansat.",
        "opslag på sig selv",
        "brugeren slog sig selv op",
        on_explained=True,
    ),
    Flag(
        "break_glass",
        32,
        "Værdispring",
        "Der blev brugt værdispring (nødadgang til oplysninger).",
        "værdispring brugt",
        "der blev brugt værdispring (nødadgang)",
        on_explained=True,
    ),
    Flag(
        "after_hours",
        64,
        "Uden for arbejdstid",
        "Opslaget skete uden for almindelig arbejdstid (hverdage kl. 7–18), og der var ingen "
        "registreret kontakt mellem dig og sundhedsvæsenet (fx en indlæggelse eller et besøg) "
        "på det tidspunkt.",
        "uden for almindelig arbejdstid",
        "opslaget skete uden for almindelig arbejdstid, uden en registreret kontakt med "
        "sundhedsvæsenet på det tidspunkt",
    ),
    Flag(
        "high_volume",
        128,
        "Mange opslag",
        "Brugeren slog usædvanligt mange borgere op uden behandlingsrelation den dag.",
        "mange opslag på borgere uden relation den dag",
        "brugeren slog usædvanligt mange borgere op uden behandlingsrelation den dag",
        view_time=True,
    ),
    Flag(
        "attention",
        256,
        "Til gennemgang",
        "Opslaget er sendt til gennemgang hos den dataansvarliges privatlivsansvarlige, som "
        "undersøger det.",
        "sendt til gennemgang hos den privatlivsansvarlige",
        "et opslag er sendt til gennemgang hos den privatlivsansvarlige",
        on_explained=True,
        view_time=True,
    ),
)

#: code -> record
BY_CODE: dict[str, Flag] = {f.code: f for f in FLAGS}
#: every code, in bit order (the order of ``flags`` lists)
CODES: tuple[str, ...] = tuple(f.code for f in sorted(FLAGS, key=lambda f: f.bit))
#: the codes a citizen may see and filter by
CITIZEN_CODES: tuple[str, ...] = tuple(c for c in CODES if BY_CODE[c].citizen)

NO_RELATION = BY_CODE["no_relation"].bit
SAME_SURNAME = BY_CODE["same_surname"].bit
SAME_ADDRESS = BY_CODE["same_address"].bit
COWORKER = BY_CODE["coworker"].bit
SELF_LOOKUP = BY_CODE["self_lookup"].bit
BREAK_GLASS = BY_CODE["break_glass"].bit
AFTER_HOURS = BY_CODE["after_hours"].bit
HIGH_VOLUME = BY_CODE["high_volume"].bit
ATTENTION = BY_CODE["attention"].bit
#: the relationship flags (replaced by ``attention`` when the user is hidden)
RELATIONSHIP = sum(f.bit for f in FLAGS if f.relationship)


def codes_of(bits: int) -> list[str]:
    """The codes set in a bitmask, in bit order."""
    return [f.code for f in _IN_BIT_ORDER if bits & f.bit]


_IN_BIT_ORDER = tuple(sorted(FLAGS, key=lambda f: f.bit))


def get(code: str) -> Flag | None:
    return BY_CODE.get(code)


def name(code: str) -> str:
    """The short Danish name of a code (the code itself when unknown)."""
    f = BY_CODE.get(code)
    return f.name if f else code


def reason(code: str) -> str:
    f = BY_CODE.get(code)
    return f.reason if f else code


def reasons(codes: list[str]) -> list[str]:
    """One Danish reason per code."""
    return [reason(c) for c in codes]


def phrase(code: str) -> str:
    f = BY_CODE.get(code)
    return f.phrase if f else code


def alert_text(code: str) -> str:
    f = BY_CODE.get(code)
    return f.alert if f else code


__all__ = [
    "BY_CODE",
    "CITIZEN_CODES",
    "CODES",
    "FLAGS",
    "Flag",
    "alert_text",
    "codes_of",
    "get",
    "name",
    "phrase",
    "reason",
    "reasons",
]
