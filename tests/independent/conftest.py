"""The independent evaluation's goals that the product does not meet yet.

``open_goals.txt`` lists, one node id per line, the independent tests that fail on today's code
(issues 11 and 12 are open for exactly these). They run in every suite as expected failures, and
every test not listed must pass (a regression fails the run). The expected failures are not
strict: the independent worlds are anchored on today's date and some kinds have only a handful
of entries in the small CI run, so a borderline goal can pass one day and fail the next (an
XPASS is reported, and its line should then come off the list once it passes at scale, with
``bench/independent/*_eval.py``). ``INDSIGT_OPEN_GOALS=fail`` runs the listed tests as ordinary
tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_LIST = Path(__file__).with_name("open_goals.txt")


def _open_goals() -> set[str]:
    lines = _LIST.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("INDSIGT_OPEN_GOALS") == "fail":
        return
    goals = _open_goals()
    for item in items:
        if item.nodeid in goals:
            item.add_marker(
                pytest.mark.xfail(
                    reason="open goal of issue 11/12 (tests/independent/open_goals.txt)",
                    strict=False,
                )
            )
