"""The one parser of the access log's filters, for the web pages and the HTTP API alike.

People type dates as dd.mm.åååå (Danish) or åååå-mm-dd (ISO); an organisation is an id (with
everything under it) and must exist; flag and state are codes. Every problem is a Danish
:class:`~indsigt.errors.Invalid` (HTTP 422). The result carries the native filters of the access
log (:class:`indsigt.accesslog.view.LogFilters`) and what the pages need to show and repeat them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..accesslog.view import STATES as STATE_CODES
from ..accesslog.view import LogFilters
from ..errors import Invalid

#: the states of a group, in Danish (a filter's choices)
STATES = {
    "unexplained": "Uden forklaring",
    "flagged": "Markeret",
    "explained": "Forklaret",
    "system": "Systemer",
}
assert set(STATES) == set(STATE_CODES)

_DK_DATE = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$")


def parse_day(value: str | date | None) -> date | None:
    """A date typed by a person: dd.mm.åååå (Danish) or åååå-mm-dd (ISO); empty is None."""
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    if not text:
        return None
    try:
        m = _DK_DATE.match(text)
        d = (
            date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if m
            else date.fromisoformat(text)
        )
    except ValueError:
        raise Invalid(
            f"»{text[:40]}« er ikke en dato. Skriv datoen som dd.mm.åååå, fx 01.03.2026."
        ) from None
    if not 1900 <= d.year <= 9000:
        raise Invalid("Datoen ligger uden for det mulige interval (1900–9000).")
    return d


def dk_day(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def org_displays(session: Session) -> dict[str, str]:
    """Organisation id -> the name the log shows for it (organisation master data only)."""
    from ..accesslog.source import build_orgs
    from ..store import Organization

    rows = session.execute(
        select(
            Organization.id, Organization.name, Organization.type, Organization.part_of
        ).order_by(Organization.id)
    ).all()
    orgs = build_orgs(rows)
    return dict(zip(orgs.ids, orgs.display, strict=True))


@dataclass(frozen=True)
class LogQuery:
    """What a person asked the log for: period (local days, both inclusive), organisation (an
    id, with everything under it), flag and state."""

    since: date | None = None
    until: date | None = None
    organization: str | None = None
    flag: str | None = None
    state: str | None = None
    #: the organisation's name as the log shows it
    org_label: str | None = None

    @property
    def active(self) -> bool:
        return any((self.since, self.until, self.organization, self.flag, self.state))

    @property
    def filters(self) -> LogFilters | None:
        """The access log's own filters (None when nothing is asked for)."""
        if not self.active:
            return None
        return LogFilters(
            since=self.since,
            until=self.until,
            organization=self.organization,
            flag=self.flag,
            state=self.state,
        )

    def query(self) -> dict[str, str]:
        """The filters as the web pages' query string (``fra``, ``til``, ``org``, ``flag``, ``vis``)."""
        return {
            k: v
            for k, v in {
                "fra": dk_day(self.since),
                "til": dk_day(self.until),
                "org": self.organization or "",
                "flag": self.flag or "",
                "vis": self.state or "",
            }.items()
            if v
        }

    def describe(self, flag_name: Callable[[str], str] = str) -> str:
        """The filters in a few Danish words: "01.03.2026–31.03.2026, Kardiologisk afdeling"."""
        parts = []
        if self.since and self.until:
            parts.append(f"{self.since:%d.%m.%Y}–{self.until:%d.%m.%Y}")
        elif self.since:
            parts.append(f"fra {self.since:%d.%m.%Y}")
        elif self.until:
            parts.append(f"til {self.until:%d.%m.%Y}")
        if self.organization:
            parts.append(self.org_label or self.organization)
        if self.flag:
            parts.append(flag_name(self.flag))
        if self.state:
            parts.append(STATES[self.state])
        return ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "organization": self.organization,
            "flag": self.flag,
            "state": self.state,
        }


def parse_log_query(
    session: Session | None,
    *,
    since: str | date | None = None,
    until: str | date | None = None,
    organization: str | None = None,
    flag: str | None = None,
    state: str | None = None,
) -> LogQuery:
    """Check and read the log's filters as typed or sent. Raises Invalid (Danish) on a bad
    date, an unknown organisation, flag or state, or a period that ends before it begins."""
    first, last = parse_day(since), parse_day(until)
    org = (organization or "").strip() or None
    q = LogQuery(first, last, org, (flag or "").strip() or None, (state or "").strip() or None)
    if q.state is not None and q.state not in STATES:
        raise Invalid("Ukendt visning; brug " + ", ".join(STATES) + ".")
    if first and last and last < first:
        raise Invalid("Slutdatoen ligger før startdatoen.")
    q.filters  # noqa: B018  (the access log checks the flag code itself)
    if org is not None and session is not None:
        label = org_displays(session).get(org)
        if label is None:
            raise Invalid("Ukendt sted.")
        q = LogQuery(q.since, q.until, q.organization, q.flag, q.state, label)
    return q
