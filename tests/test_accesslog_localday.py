"""The one-time local day (used per group when a view is rendered) equals the vectorised one."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from indsigt.accesslog import engine as E


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=-(10**9), max_value=E.MAXT + 10**6))
def test_local_day_equals_local_days(t: int) -> None:
    t = max(0, min(t, E.MAXT))
    assert E.local_day(t) == int(E.local_days(np.array([t], dtype=np.int64))[0])


def test_local_day_around_the_summer_time_changes() -> None:
    # 29.03.2026 02:00 local (01:00 UTC) and 25.10.2026 03:00 local (01:00 UTC)
    for change in (1774746000, 1792890000):
        for dt in range(-7200, 7201, 60):
            t = change + dt
            assert E.local_day(t) == int(E.local_days(np.array([t], dtype=np.int64))[0])


def _iso_by_zoneinfo(t: int) -> str:
    from datetime import UTC, datetime

    from indsigt.timeutil import TZ

    return datetime.fromtimestamp(t, UTC).astimezone(TZ).isoformat()


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=-(2 * 10**9), max_value=E.MAXT + 10**6))
def test_iso_epoch_equals_zoneinfo(t: int) -> None:
    # the view's ISO times come from the offset table; before 1970 and after it, from zoneinfo
    from indsigt.accesslog.condense import iso_epoch

    assert iso_epoch(t) == _iso_by_zoneinfo(t)


def test_iso_epoch_around_the_summer_time_changes() -> None:
    from indsigt.accesslog.condense import iso_epoch

    for change in (1774746000, 1792890000):  # 29.03.2026 and 25.10.2026, 01:00 UTC
        for dt in range(-7200, 7201, 60):
            assert iso_epoch(change + dt) == _iso_by_zoneinfo(change + dt)
    assert iso_epoch(1774746000) == "2026-03-29T03:00:00+02:00"
    assert iso_epoch(1774745999) == "2026-03-29T01:59:59+01:00"
