"""The privacy officer's overview (auditor role): the users and organisations with the most
unexplained or flagged accesses, the weeks, and the accesses behind every number. Every call is
recorded in the audit trail (``indsigt.analytics.overview``)."""

from __future__ import annotations

from fastapi import Query

from ..analytics import overview as ov
from ..auth import AuditorUser, DbSession
from .common import json_response, router

api = router("/api/auditor/overview", "revisor")

_DAY = "dd.mm.åååå eller åååå-mm-dd"


def _filters(
    since: str | None,
    until: str | None,
    actor: str | None = None,
    organization: str | None = None,
    week: str | None = None,
    state: str | None = None,
    flag: str | None = None,
) -> ov.Filters:
    return ov.Filters(
        since=ov.parse_day(since, "since"),
        until=ov.parse_day(until, "until"),
        actor=actor or None,
        organization=organization,
        week=ov.parse_day(week, "week"),
        state=state or None,
        flag=flag or None,
    )


@api.get("", summary="Brugere og organisationer med flest uforklarede eller markerede opslag")
def overview(
    s: DbSession,
    user: AuditorUser,
    since: str | None = Query(None, max_length=10, description=_DAY),
    until: str | None = Query(None, max_length=10, description=_DAY),
    limit: int = Query(20, ge=1, le=200),
) -> object:
    return json_response(ov.overview(s, user.id, _filters(since, until), limit=limit))


@api.get("/cells", summary="Borger-dagene bag et tal i overblikket")
def cells(
    s: DbSession,
    user: AuditorUser,
    actor: str | None = Query(
        None, max_length=260, description="s:<medarbejder-id> eller u:<bruger>"
    ),
    organization: str | None = Query(None, max_length=128),
    week: str | None = Query(None, max_length=10, description="en dag i ugen: " + _DAY),
    state: str | None = Query(
        None, max_length=20, description="unexplained, flagged, explained_flagged"
    ),
    flag: str | None = Query(None, max_length=20),
    since: str | None = Query(None, max_length=10, description=_DAY),
    until: str | None = Query(None, max_length=10, description=_DAY),
    limit: int = Query(200, ge=1, le=2000),
) -> object:
    f = _filters(since, until, actor, organization, week, state, flag)
    return json_response(ov.cells(s, user.id, f, limit=limit))


@api.get("/entries", summary="Opslagene bag én brugers uforklarede eller markerede opslag en dag")
def entries(
    s: DbSession,
    user: AuditorUser,
    patient: str = Query(..., min_length=1, max_length=128),
    actor: str = Query(..., min_length=3, max_length=260),
    day: str = Query(..., max_length=10, description=_DAY),
    organization: str | None = Query(None, max_length=128),
) -> object:
    d = ov.parse_day(day, "day")
    assert d is not None
    return json_response(ov.entries(s, user.id, patient, actor, d, organization))
