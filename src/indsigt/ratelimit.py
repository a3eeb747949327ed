"""Rate limits shared by every worker process: counters in the database, no extra server.

A limit is ``N/seconds`` (``INDSIGT_RATE_*``): at most N requests of one kind by one user (or,
for sign-in attempts, from one address) in any ``seconds``. The count of the current fixed
window and the previous one weighed by how much of it still lies within ``seconds`` of now (a
sliding window, as nginx and Cloudflare approximate it) are compared with N; every attempt
counts, refused ones too, so hammering keeps one refused. Counting is one ``INSERT ... ON
CONFLICT DO UPDATE ... RETURNING`` in a transaction of its own, atomic on SQLite and PostgreSQL.

Over the limit: :class:`TooMany` (HTTP 429 with ``Retry-After`` and a Danish message).

The kinds: ``report`` (misuse reports), ``name_request`` (requests for the name behind a label),
``alerts`` (turning e-mail alerts on, off or changing them), ``sign_in`` (sign-in attempts, per
address; behind a reverse proxy the address comes from ``X-Forwarded-For`` as uvicorn trusts it,
see ``--forwarded-allow-ips``).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Request
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .auth import CurrentUser, DbSession
from .config import get_settings
from .errors import IndsigtError

#: kind -> (setting, what is counted, in Danish plural)
KINDS: dict[str, tuple[str, str]] = {
    "report": ("rate_reports", "anmeldelser"),
    "name_request": ("rate_name_requests", "anmodninger om navne"),
    "alerts": ("rate_alert_changes", "ændringer af underretninger"),
    "sign_in": ("rate_sign_in", "forsøg på at logge ind"),
}


class TooMany(IndsigtError):
    """Over a rate limit: HTTP 429 with ``Retry-After``."""

    exit_code = 5
    http_status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.headers = {"Retry-After": str(retry_after)}


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int

    @classmethod
    def parse(cls, spec: str) -> Limit:
        n, _, s = spec.partition("/")
        limit = cls(int(n), int(s))
        if limit.count < 1 or limit.seconds < 1:
            raise ValueError(f"a rate limit is N/seconds with N, seconds >= 1: {spec!r}")
        return limit


def limit_of(kind: str) -> Limit:
    return Limit.parse(str(getattr(get_settings(), KINDS[kind][0])))


def _wait_text(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} sekunder"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minutter" if minutes < 120 else f"{math.ceil(minutes / 60)} timer"


def _count(session: Session, key: str, window: int) -> tuple[int, int]:
    """Count one more in ``window`` (its own transaction); (this window, previous window)."""
    from .store.security import RateCounter

    engine = session.get_bind().engine
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(RateCounter).values(key=key, window=window, count=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=["key", "window"], set_={"count": RateCounter.count + 1}
    ).returning(RateCounter.count)
    with engine.begin() as conn:
        current = int(conn.execute(stmt).scalar_one())
        previous = conn.execute(
            select(RateCounter.count).where(
                RateCounter.key == key, RateCounter.window == window - 1
            )
        ).scalar()
    return current, int(previous or 0)


def hit(session: Session, kind: str, who: str, *, now: float | None = None) -> None:
    """Count one request of ``kind`` by ``who``; :class:`TooMany` when over the limit."""
    limit = limit_of(kind)
    now = time.time() if now is None else now
    window = int(now // limit.seconds)
    current, previous = _count(session, f"{kind}:{who}"[:200], window)
    into = (now % limit.seconds) / limit.seconds
    if previous * (1 - into) + current <= limit.count:
        return
    # when the weighted count falls to the limit again (or the next window begins)
    wait = limit.seconds - (now % limit.seconds)
    if current <= limit.count and previous:
        need = (previous * (1 - into) + current - limit.count) / previous
        wait = min(wait, need * limit.seconds)
    retry = max(1, math.ceil(wait))
    what = KINDS[kind][1]
    raise TooMany(
        f"Der er kommet for mange {what} på kort tid (højst {limit.count} på "
        f"{_wait_text(limit.seconds)}). Prøv igen om {_wait_text(retry)}.",
        retry,
    )


def purge(session: Session, *, now: float | None = None) -> int:
    """Delete counters of windows long past (the longest limit's window and one more)."""
    from .store.security import RateCounter

    now = time.time() if now is None else now
    removed = 0  # window numbers are per kind (its length), so each kind has its own cut-off
    for kind in KINDS:
        lim = limit_of(kind)
        oldest = int(now // lim.seconds) - 2
        res = session.execute(
            delete(RateCounter).where(
                RateCounter.key.like(f"{kind}:%"), RateCounter.window < oldest
            )
        )
        removed += int(res.rowcount or 0)  # type: ignore[attr-defined]
    return removed


# -- FastAPI dependencies -----------------------------------------------------------------------


def per_user(kind: str) -> Any:
    """Route dependency: count a request of ``kind`` by the signed-in user (401 first)."""

    def dependency(user: CurrentUser, session: DbSession) -> None:
        hit(session, kind, user.id)

    dependency.__name__ = f"rate_limit_{kind}"
    return Depends(dependency)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def per_address(kind: str = "sign_in") -> Any:
    """Route dependency: count a request of ``kind`` from the client's address."""

    def dependency(request: Request, session: DbSession) -> None:
        hit(session, kind, client_address(request))

    dependency.__name__ = f"rate_limit_{kind}_address"
    return Depends(dependency)
