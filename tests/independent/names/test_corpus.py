"""The independent corpus through the real CLI and the HTTP API (issue 11, "How it is checked").

A small seed: the key citizens (every order kind and mode, moved and renamed staff, relatives who
share names with hidden staff) and two random ones, viewed at the times that matter. Goals: zero
leaked mentions, nothing more found by the strict detector than a perfect output would show, and at
least 99.5 % of the other words kept. Run ``bench/independent/names_eval.py`` for the full tables.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from independent.names import corpus, drive
from independent.names.corpus import TZ
from independent.shared import once, run_on_database

pytestmark = pytest.mark.independent

#: the views of the small run (citizen, viewer, day); the API views come on top
VIEWS = {
    ("ix-p-nev", "ix-p-nev", -50),  # "until": null toward one citizen, 150 days in
    ("ix-p-klm", "ix-p-klm", -100),  # a department toward one citizen, blur, no until
    ("ix-p-klm", "ix-p-klm", -20),  # ... expired after 90 days: nobody hidden
    ("ix-p-imb", "ix-p-imb", 1),  # keep_title false; an order revoked today
    ("ix-p-jsh", "ix-p-jsh", -10),  # no until (90 days), an expired order
    ("ix-p-sag", "ix-p-sag", -300),  # the forensic department, 100 days after "from"
    ("ix-p-sag", "ix-p-loa", 1),  # a proxy with an order of her own
    ("ix-p-lem", "ix-p-lem", 1),  # a hidden nurse who is also a patient
}
API = {("ix-p-nev", "ix-p-nev"), ("ix-p-sag", "ix-p-loa")}
#: the views whose access log is read too
LOGS = {("ix-p-nev", "ix-p-nev", -50), ("ix-p-sag", "ix-p-loa", 1), ("ix-p-imb", "ix-p-imb", 1)}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> drive.Result:
    world = corpus.build(seed=3, anchor=date.today(), filler_citizens=1)

    def select(v: corpus.View) -> bool:
        if v.channel == "api":
            return (v.patient, v.viewer) in API
        return (v.patient, v.viewer, v.day) in VIEWS or not corpus_key(world, v.patient)

    def log(v: corpus.View) -> bool:
        return (v.patient, v.viewer, v.day) in LOGS

    return once(
        tmp_path_factory,
        "names-corpus",
        lambda work: run_on_database(
            work, lambda url: drive.run(world, work, select=select, logs=log, db_url=url)
        ),
    )


def corpus_key(world: corpus.World, patient: str) -> bool:
    return world.citizen_by_id[patient].key


def _show(examples: dict[str, list[str]]) -> str:
    return "\n".join(f"{k}:\n    " + "\n    ".join(v) for k, v in sorted(examples.items()))


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a = corpus.build(seed=5, anchor=date(2026, 6, 1), filler_citizens=3)
    b = corpus.build(seed=5, anchor=date(2026, 6, 1), filler_citizens=3)
    a.write(tmp_path / "a")
    b.write(tmp_path / "b")
    for name in ("documents.ndjson", "staff_v1.ndjson", "orders.json", "truth.json", "log.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    c = corpus.build(seed=6, anchor=date(2026, 6, 1), filler_citizens=3)
    assert [n.text for n in c.notes] != [n.text for n in a.notes]


def test_truth_follows_the_contract() -> None:
    """The ground truth's order semantics, checked by hand against contract section 2."""
    w = corpus.build(seed=1, anchor=date(2026, 6, 1), filler_citizens=0)
    revoked = datetime(2026, 6, 1, 9, 0, tzinfo=TZ)

    def hidden(p: str, v: str, day: int) -> set[str]:
        return set(w.hidden(p, v, w.at(day), revoked))

    # "until": null is open-ended, also long after 90 days
    assert {"ix-s-anho", "ix-s-tara", "ix-s-doth"} <= hidden("ix-p-nev", "ix-p-nev", -50)
    # no "until": 90 days (from -130: in force at -100, not at -20)
    assert "ix-s-bsja" in hidden("ix-p-klm", "ix-p-klm", -100)  # ouh-m covers the nurse
    assert "ix-s-lodh" in hidden("ix-p-klm", "ix-p-klm", -100)  # moved into ouh-m at -500
    assert "ix-s-bsja" not in hidden("ix-p-klm", "ix-p-klm", -20)
    # revoked today: in force before, not after
    assert "ix-s-kiso" in hidden("ix-p-imb", "ix-p-imb", -60)
    assert "ix-s-kiso" not in hidden("ix-p-imb", "ix-p-imb", 1)
    # expired order: hidden inside its period only
    assert "ix-s-ibdu" in hidden("ix-p-jsh", "ix-p-jsh", -250)
    assert "ix-s-ibdu" not in hidden("ix-p-jsh", "ix-p-jsh", -150)
    # the forensic order covers everyone who ever belonged, moved out before or after, moved in
    forensic = hidden("ix-p-rst", "ix-p-rst", -300)
    assert {"ix-s-lodh", "ix-s-jybr", "ix-s-raba", "ix-s-mafr", "ix-s-caho"} <= forensic
    # a proxy's own order counts in the principal's view; not in the principal's own view
    assert "ix-s-bsja" in hidden("ix-p-sag", "ix-p-loa", 1)
    assert "ix-s-bsja" not in hidden("ix-p-sag", "ix-p-sag", 1)
    # nobody is hidden from themselves
    assert "ix-s-lemk" in hidden("ix-p-nev", "ix-p-nev", 1)
    assert "ix-s-lemk" not in hidden("ix-p-lem", "ix-p-lem", 1)


def test_every_view_was_scored(result: drive.Result) -> None:
    t = result.total
    assert not t.problems, t.problems
    assert t.views >= len(VIEWS) + len(API)
    assert t.total_mentions > 300  # hidden mentions in the small run


def test_zero_leaked_mentions(result: drive.Result) -> None:
    t = result.total
    assert t.total_leaks == 0, (
        f"{t.total_leaks} of {t.total_mentions} hidden mentions leaked\n"
        + _show({k: v for k, v in t.leak_examples.items() if k.startswith("form:")})
    )


def test_strict_detector_finds_nothing_beyond_a_perfect_output(result: drive.Result) -> None:
    t = result.total
    n = sum(t.leakcheck.values())
    assert n == 0, f"{n} findings of tests/leakcheck.py\n" + _show(dict(t.leakcheck_examples))


def test_at_least_99_5_percent_of_other_words_kept(result: drive.Result) -> None:
    t = result.total
    lost = {k: v for k, v in t.lost_examples.items()}
    assert t.kept_pct() >= 99.5, f"{t.kept_pct():.2f} % kept\n" + _show(lost)


def test_every_file_of_the_contract_imports(result: drive.Result) -> None:
    assert not result.import_problems, json.dumps(result.import_problems, ensure_ascii=False)
