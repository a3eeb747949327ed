"""The independent detector (``tests/leakcheck.py``) must be stricter than the product: on every
attack case, the unprotected text is reported, and the same text with the hidden mentions blanked
holds nothing the blanking did not already leave. No product code runs here."""

from __future__ import annotations

import pytest

from independent.names import attacks
from independent.names.score import ideal
from leakcheck import find_leaks

CASES = [c for c in attacks.CASES if "[[" in c.text]


def _persons(case: attacks.Case) -> list[dict]:
    return [
        attacks.for_leakcheck(p) for p in attacks.ALL if p.id in attacks.hidden_for(case.patient)
    ]


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}-{c.cls}" for i, c in enumerate(CASES)])
def test_detector_reports_every_unprotected_mention(case: attacks.Case) -> None:
    text, spans = attacks.parse(case.text)
    staff = [s for s in spans if s["kind"] == "staff"]
    found = find_leaks(text, _persons(case), unique=False)
    perfect = find_leaks(
        ideal(text, staff, attacks.hidden_for(case.patient)), _persons(case), unique=False
    )
    assert len(found) > len(perfect), f"{case.cls}: nothing found in {text!r}"
