"""Organisations that log entries name before master data does.

MinLog is national: ``orgUsingID`` may name any SOR code, and MinLog's own name formats
(``YNUMBER:``/``YDERNUMMER:``, ``PNUMBER:``, ``SKSCODE:``/``SHAK:``, ``CVRNUMBER:``,
``COMMUNALNUMBER:``); an AuditEvent may give the user's organisation by SOR identifier only. Such
an entry is stored with a *provisional* organisation (``organization.provisional``) whose id is
the code as given (``SOR:123456``) and whose name shows the code until master data names it.
When an Organization with a matching identifier arrives, the entries move to it and the
provisional row goes (:func:`resolve_provisional`).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from .common import MUNICIPALITY_SYSTEM, SOR_SYSTEM

#: MinLog name format -> (Danish label, identifier systems that carry such codes)
FORMATS: dict[str, tuple[str, re.Pattern[str]]] = {
    "SOR": ("SOR-kode", re.compile(re.escape(SOR_SYSTEM) + r"$|sor", re.IGNORECASE)),
    "YNUMBER": ("Ydernummer", re.compile(r"yder|1\.2\.208\.176\.1\.4$", re.IGNORECASE)),
    "PNUMBER": ("P-nummer", re.compile(r"p-?nummer|pnumber|produktionsenhed", re.IGNORECASE)),
    "SKSCODE": ("SKS-kode", re.compile(r"sks|shak|1\.2\.208\.176\.2\.4$", re.IGNORECASE)),
    "CVRNUMBER": ("CVR-nummer", re.compile(r"cvr", re.IGNORECASE)),
    "COMMUNALNUMBER": (
        "Kommunenummer",
        re.compile(re.escape(MUNICIPALITY_SYSTEM) + r"|kommune|communal|municipal", re.IGNORECASE),
    ),
}
ALIASES = {"YDERNUMMER": "YNUMBER", "SHAK": "SKSCODE", "MEDCOM:SOR": "SOR"}
_CODE = re.compile(r"^([A-Za-z_]{2,32}):(.+)$")


def parse_code(value: str) -> tuple[str, str] | None:
    """``SOR:123`` -> (``SOR``, ``123``); ``ydernummer:0123`` -> (``YNUMBER``, ``0123``)."""
    m = _CODE.match(value.strip())
    if not m:
        return None
    prefix = m.group(1).upper()
    return ALIASES.get(prefix, prefix), m.group(2).strip()


def provisional_id(prefix: str, code: str) -> str:
    return f"{prefix}:{code}"


def provisional_name(prefix: str, code: str, display: str | None = None) -> str:
    """What the citizen sees until master data names the organisation."""
    if display:
        return display
    label = FORMATS.get(prefix, (prefix, None))[0]
    return f"{label} {code}"


def prefix_of(system: str | None) -> str | None:
    """The MinLog name format an identifier system carries, if any."""
    if not system:
        return None
    if system == SOR_SYSTEM:
        return "SOR"
    for prefix, (_, pattern) in FORMATS.items():
        if prefix != "SOR" and pattern.search(system):
            return prefix
    return None


def resolve_provisional(conn: Connection, mapping: dict[str, str]) -> int:
    """Record that provisional organisations are the real ones ({provisional id: real id}):
    ``organization.alias_of``. Log entries are never changed (they are immutable and hashed,
    issue 17): they keep the organisation as given and readers map it with
    :func:`resolve_org_ids`. Their citizens are marked for the refresh. Returns the number of
    entries that now show the real organisation."""
    moved = 0
    for prov, real in sorted(mapping.items()):
        if prov == real:
            continue
        params = {"prov": prov, "real": real}
        conn.execute(
            text(
                "INSERT INTO accesslog_dirty (patient_id, mark) "
                "SELECT DISTINCT patient_id, 0 FROM access_entry WHERE organization_id = :prov "
                "ORDER BY patient_id "
                "ON CONFLICT (patient_id) DO UPDATE SET mark = accesslog_dirty.mark + 1"
            ),
            params,
        )
        moved += conn.execute(
            text("SELECT count(*) FROM access_entry WHERE organization_id = :prov"), params
        ).scalar_one()
        conn.execute(
            text("UPDATE organization SET alias_of = :real WHERE id = :prov AND provisional = :t"),
            {**params, "t": True},
        )
    return moved


def resolve_org_ids(conn: Connection | Session) -> dict[str, str]:
    """{provisional organisation id: the real organisation it turned out to be}: what readers
    of ``access_entry.organization_id`` map through (the entries keep the id as given)."""
    rows = conn.execute(
        text("SELECT id, alias_of FROM organization WHERE alias_of IS NOT NULL")
    ).all()
    return {prov: real for prov, real in rows}
