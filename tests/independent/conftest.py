"""The independent evaluation's goals that the product does not meet yet.

``open_goals.txt`` lists, one node id per line, the independent tests that fail on today's code
(issues 11 and 12 are open for exactly these). They run in every suite as strict expected
failures: a listed test that starts to pass fails the run until it is taken off the list (so the
list only shrinks), and every test not listed must pass (a regression fails the run). The
property test draws new examples on each run, so its entry is not strict. The numbers behind the
goals are in ``bench/independent/*_findings.md``; ``INDSIGT_OPEN_GOALS=fail`` runs the listed
tests as ordinary tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

_LIST = Path(__file__).with_name("open_goals.txt")
#: tests whose examples are drawn anew each run: an expected failure that may pass by chance
_NOT_STRICT = ("test_properties.py::",)


def _open_goals() -> set[str]:
    lines = _LIST.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("INDSIGT_OPEN_GOALS") == "fail":
        return
    goals = _open_goals()
    for item in items:
        if item.nodeid in goals:
            strict = not any(s in item.nodeid for s in _NOT_STRICT)
            item.add_marker(
                pytest.mark.xfail(
                    reason="open goal of issue 11/12 (tests/independent/open_goals.txt)",
                    strict=strict,
                )
            )
