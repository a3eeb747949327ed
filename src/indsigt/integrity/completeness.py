"""Completeness: does indsigt hold every log entry a source system says it sent?

A source system (the ``systemName`` of MinLog, ``source.observer.display`` of an AuditEvent)
may declare how many entries it sent per local day (Europe/Copenhagen). The importer counts what
arrives per source and day in the same transaction as the entries (``source_day.received``,
:func:`indsigt.integrity.log.append_entries`); a declaration fills ``source_day.declared``.

- Operators see every declared day whose count does not match (:func:`report`), with how many
  are missing (or how many more arrived than declared).
- A citizen's log says when a source is incomplete for a period inside the log's period
  (:func:`gaps`): a log with a hole must not look complete (a Danish fault once hid citizens' log
  entries for two years without anyone noticing).

Declarations come as JSON (``[{"system": "EPJ Syd", "day": "2026-03-01", "count": 12345}, ...]``
or one object) or CSV with the header ``system,day,count`` (any order and case); a file is
declared whole or not at all, and every problem is reported as ``FILE:LINE: ...``. A later
declaration of the same source and day replaces the earlier one (recorded in the audit trail).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import record
from ..errors import Invalid
from ..store.integrity import SourceDay
from ..timeutil import utcnow
from .log import _upsert

UNKNOWN_SYSTEM = "ukendt system"


@dataclass(frozen=True)
class Declaration:
    system: str
    day: date
    count: int


def _dk(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def parse_declarations(name: str, data: bytes) -> list[Declaration]:
    """Declarations from a JSON or CSV file; raises :class:`Invalid` listing ``FILE:LINE:``
    problems (nothing is declared when anything is wrong)."""
    text = data.decode("utf-8-sig", errors="strict")
    problems: list[str] = []
    out: list[Declaration] = []
    seen: dict[tuple[str, date], int] = {}

    def one(line: int, system: Any, day: Any, count: Any) -> None:
        errs = []
        if not isinstance(system, str) or not system.strip():
            errs.append("system mangler")
        try:
            d = date.fromisoformat(day) if isinstance(day, str) and len(day) == 10 else None
        except ValueError:
            d = None
        if d is None:
            errs.append(f"day {day!r} er ikke en dato (ÅÅÅÅ-MM-DD)")
        if isinstance(count, str) and count.strip().isdigit():
            count = int(count.strip())
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            errs.append(f"count {count!r} skal være et helt tal >= 0")
        if errs:
            problems.extend(f"{name}:{line}: {e}" for e in errs)
            return
        key = (system.strip(), d)
        if key in seen:
            problems.append(
                f"{name}:{line}: {key[0]} {d.isoformat()} er erklæret to gange (også linje {seen[key]})"
            )
            return
        seen[key] = line
        out.append(Declaration(key[0], d, count))

    stripped = text.lstrip()
    if stripped.startswith(("[", "{")):
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise Invalid(f"{name}:1: ikke gyldig JSON ({exc})") from None
        items = doc if isinstance(doc, list) else [doc]
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict):
                problems.append(f"{name}:{n}: skal være et JSON-objekt")
                continue
            unknown = sorted(set(item) - {"system", "day", "count"})
            if unknown:
                problems.append(f"{name}:{n}: ukendt felt {', '.join(unknown)}")
            one(n, item.get("system"), item.get("day"), item.get("count"))
    else:
        reader = csv.reader(io.StringIO(text))
        header = next(reader, None)
        cols = {h.strip().lower(): i for i, h in enumerate(header or [])}
        missing = [c for c in ("system", "day", "count") if c not in cols]
        if missing:
            raise Invalid(f"{name}:1: kolonnen {', '.join(missing)} mangler (system,day,count)")
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header or []):
                problems.append(f"{name}:{line}: {len(row)} felter, overskriften har {len(cols)}")
                continue
            one(line, row[cols["system"]], row[cols["day"]], row[cols["count"]])
    if problems:
        raise Invalid("\n".join(problems))
    if not out:
        raise Invalid(f"{name}: ingen erklæringer i filen")
    return out


def declare(session: Session, items: Iterable[Declaration], *, actor: str) -> int:
    """Store declarations (replacing earlier ones for the same source and day). Returns how
    many; recorded in the audit trail."""
    items = list(items)
    now = utcnow()
    stmt = _upsert(session, SourceDay.__table__)
    stmt = stmt.on_conflict_do_update(
        index_elements=["system", "day"],
        set_={
            "declared": stmt.excluded.declared,
            "declared_at": stmt.excluded.declared_at,
            "declared_by": stmt.excluded.declared_by,
        },
    )
    session.execute(
        stmt,
        [
            {
                "system": d.system,
                "day": d.day,
                "received": 0,
                "declared": d.count,
                "declared_at": now,
                "declared_by": actor[:200],
            }
            for d in items
        ],
    )
    days = sorted(d.day for d in items)
    record(
        session,
        actor,
        "completeness.declare",
        None,
        f"{len(items)} erklæringer",
        {
            "systems": sorted({d.system for d in items}),
            "from": days[0].isoformat(),
            "until": days[-1].isoformat(),
        },
    )
    return len(items)


def report(
    session: Session, *, since: date | None = None, until: date | None = None
) -> dict[str, Any]:
    """For operators: every source with its declared and received counts, and the days that
    do not match."""
    q = select(SourceDay).order_by(SourceDay.system, SourceDay.day)
    if since:
        q = q.where(SourceDay.day >= since)
    if until:
        q = q.where(SourceDay.day <= until)
    systems: dict[str, dict[str, Any]] = {}
    for row in session.scalars(q):
        name = row.system or UNKNOWN_SYSTEM
        s = systems.setdefault(
            name,
            {
                "system": name,
                "days": 0,
                "declared_days": 0,
                "received": 0,
                "declared": 0,
                "first": row.day.isoformat(),
                "last": row.day.isoformat(),
                "mismatches": [],
            },
        )
        s["days"] += 1
        s["received"] += row.received
        s["last"] = row.day.isoformat()
        if row.declared is None:
            continue
        s["declared_days"] += 1
        s["declared"] += row.declared
        if row.declared != row.received:
            s["mismatches"].append(
                {
                    "day": row.day.isoformat(),
                    "declared": row.declared,
                    "received": row.received,
                    "missing": max(0, row.declared - row.received),
                    "extra": max(0, row.received - row.declared),
                }
            )
    out = list(systems.values())
    for s in out:
        s["complete"] = not s["mismatches"]
        s["undeclared_days"] = s["days"] - s["declared_days"]
    return {"systems": out, "complete": all(s["complete"] for s in out)}


def gaps(session: Session, since: date, until: date) -> list[dict[str, Any]]:
    """Periods inside [since, until] in which a source delivered fewer entries than it declared,
    merged over consecutive days, each with a Danish sentence for the citizen's log."""
    rows = session.execute(
        select(SourceDay.system, SourceDay.day, SourceDay.declared, SourceDay.received)
        .where(
            SourceDay.day >= since,
            SourceDay.day <= until,
            SourceDay.declared.is_not(None),
            SourceDay.declared > SourceDay.received,
        )
        .order_by(SourceDay.system, SourceDay.day)
    ).all()
    merged: list[dict[str, Any]] = []
    for system, day, declared, received in rows:
        last = merged[-1] if merged else None
        if last and last["_system"] == system and last["_until"] + timedelta(days=1) == day:
            last["_until"] = day
            last["declared"] += declared
            last["received"] += received
            continue
        merged.append(
            {
                "_system": system,
                "_from": day,
                "_until": day,
                "declared": declared,
                "received": received,
            }
        )
    out = []
    for g in merged:
        name = g["_system"] or UNKNOWN_SYSTEM
        period = (
            f"den {_dk(g['_from'])}"
            if g["_from"] == g["_until"]
            else f"fra {_dk(g['_from'])} til {_dk(g['_until'])}"
        )
        missing = g["declared"] - g["received"]
        out.append(
            {
                "system": name,
                "from": g["_from"].isoformat(),
                "until": g["_until"].isoformat(),
                "declared": g["declared"],
                "received": g["received"],
                "text": (
                    f"Loggen kan være ufuldstændig {period}: {name} har meldt "
                    f"{_thousands(g['declared'])} opslag i alt, men indsigt har kun modtaget "
                    f"{_thousands(g['received'])} ({_thousands(missing)} mangler). Opslag fra den "
                    "periode kan derfor mangle i loggen."
                ),
            }
        )
    return out


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


__all__ = ["Declaration", "declare", "gaps", "parse_declarations", "report"]
