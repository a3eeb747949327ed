"""Time helpers: everything is stored as naive UTC; citizens see Europe/Copenhagen."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Copenhagen")


def parse_instant(value: str) -> datetime:
    """Parse an ISO 8601 time with offset into naive UTC. Raises ValueError without an offset."""
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError(f"tidspunkt uden tidszone: {value!r}")
    return dt.astimezone(UTC).replace(tzinfo=None)


def parse_fhir_datetime(value: str) -> datetime:
    """Parse a FHIR date or dateTime (YYYY, YYYY-MM, YYYY-MM-DD or full) into naive UTC.

    Partial dates and dates without a time are read as local midnight in Europe/Copenhagen.
    """
    if len(value) == 4:
        value += "-01-01"
    elif len(value) == 7:
        value += "-01"
    if len(value) == 10:
        return local_midnight(date.fromisoformat(value))
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(UTC).replace(tzinfo=None)


def local_midnight(d: date) -> datetime:
    """The UTC instant (naive) at which the local (Copenhagen) day ``d`` begins."""
    return datetime.combine(d, time(0), tzinfo=TZ).astimezone(UTC).replace(tzinfo=None)


def to_local(dt: datetime) -> datetime:
    """Naive UTC -> aware Europe/Copenhagen."""
    return dt.replace(tzinfo=UTC).astimezone(TZ)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def local_today() -> date:
    """Today in Copenhagen (not the machine's time zone: a server runs in UTC)."""
    return datetime.now(TZ).date()


def parse_at(value: str | None) -> datetime:
    """The view time given by ``--at`` (ISO with offset; a bare date = local midnight), default now."""
    if not value:
        return utcnow()
    if len(value) == 10:
        return local_midnight(date.fromisoformat(value))
    return parse_instant(value)


def fmt_date(dt: datetime | date | None) -> str:
    """dd.mm.yyyy in Copenhagen time."""
    if dt is None:
        return ""
    if isinstance(dt, datetime):
        dt = to_local(dt).date()
    return dt.strftime("%d.%m.%Y")


def fmt_datetime(dt: datetime | None) -> str:
    """dd.mm.yyyy kl. HH:MM in Copenhagen time."""
    if dt is None:
        return ""
    return to_local(dt).strftime("%d.%m.%Y kl. %H:%M")


def iso_local(dt: datetime | None) -> str | None:
    """ISO 8601 with the Copenhagen offset, for JSON output."""
    if dt is None:
        return None
    return to_local(dt).isoformat()


def days(n: int) -> timedelta:
    return timedelta(days=n)
