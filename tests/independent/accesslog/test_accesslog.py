"""The access log on logs from the independent generator (issue 12), through ``indsigt import``
and ``indsigt log P --entries --json``: explained ≥ 98 % of legitimate accesses, misuse caught
≥ 98 %, false alarms ≤ 1 % (``no_relation`` counts; ``break_glass`` on an explained emergency
override does not), heavy home-care citizens at least 100 entries per group, every entry once.

A small seed (24 citizens, one with about 7,000 home-care entries). The full run with the per-kind
table is ``bench/independent/accesslog_eval.py``.
"""

from __future__ import annotations

from datetime import date

import pytest

from independent.accesslog import evaluate, gen
from independent.shared import once, run_on_database

pytestmark = pytest.mark.independent

SEED, CITIZENS = 5, 24
KINDS = sorted({e.kind for e in gen.build(SEED, CITIZENS, date(2026, 3, 2)).entries})


@pytest.fixture(scope="module")
def score(tmp_path_factory: pytest.TempPathFactory) -> evaluate.Score:
    world = gen.build(SEED, CITIZENS, date.today())
    return once(
        tmp_path_factory,
        "accesslog",
        lambda work: run_on_database(work, lambda url: evaluate.evaluate(world, work, db_url=url)),
    )


def _why(score: evaluate.Score, kinds: set[str]) -> str:
    return "\n".join(f"{k}: {e}" for k in sorted(kinds) for e in score.examples.get(k, []))


def test_every_citizen_was_read(score: evaluate.Score) -> None:
    assert score.citizens >= CITIZENS
    assert not [p for p in score.problems if not p.startswith("RelatedPerson")], score.problems


def test_conservation_every_entry_exactly_once(score: evaluate.Score) -> None:
    assert not score.conservation, "\n".join(score.conservation[:20])


def test_explained_at_least_98_percent(score: evaluate.Score) -> None:
    pct = score.pct(score.explained, score.legit)
    assert pct >= 98.0, f"explained {pct:.2f} %\n" + _why(score, score.legit)


def test_false_alarms_at_most_1_percent(score: evaluate.Score) -> None:
    pct = score.pct(score.false_alarm, score.legit)
    assert pct <= 1.0, f"false alarms {pct:.2f} %\n" + _why(score, score.legit)


def test_misuse_caught_at_least_98_percent(score: evaluate.Score) -> None:
    pct = score.pct(score.caught, score.misuse)
    assert pct >= 98.0, f"caught {pct:.2f} %\n" + _why(score, score.misuse)


def test_heavy_citizens_at_least_100_entries_per_group(score: evaluate.Score) -> None:
    assert score.heavy, "no heavy home-care citizen in the run"
    for patient, entries, groups in score.heavy:
        assert entries >= 5000
        assert groups and entries / groups >= 100, (
            f"{patient}: {entries} entries in {groups} groups"
        )


@pytest.mark.parametrize("kind", KINDS)
def test_kind(score: evaluate.Score, kind: str) -> None:
    """Every kind on its own: a legitimate kind explained and not flagged, a misuse kind caught."""
    n = score.n[kind]
    assert n > 0, f"no entries of kind {kind} in this run"
    if kind in gen.LEGIT:
        ok = 100.0 * score.explained[kind] / n
        fa = 100.0 * score.false_alarm[kind] / n
        override = kind == "emergency_override"
        assert fa <= 1.0 and (override or ok >= 98.0), (
            f"{kind}: explained {ok:.1f} %, false alarms {fa:.1f} %, flags "
            f"{dict(score.flags[kind])}\n" + _why(score, {kind})
        )
    else:
        caught = 100.0 * score.caught[kind] / n
        assert caught >= 98.0, f"{kind}: caught {caught:.1f} %\n" + _why(score, {kind})
