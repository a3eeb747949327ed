"""Hand-written attack cases for every class of issue 11, through the CLI and the HTTP API.

One test per class, so a failure names the class; the details (what came back) are in the
assertion message. ``bench/independent/names_eval.py --attacks-only`` prints the whole table.
"""

from __future__ import annotations

import pytest

from independent.names import attacks
from independent.shared import once, run_on_database

pytestmark = pytest.mark.independent

HIDE_CLASSES = sorted({c.cls for c in attacks.CASES if "[[" in c.text or c.cls == "author_field"})
KEEP_CLASSES = sorted(
    {
        m.split(":", 1)[0]
        for c in attacks.CASES
        for m in attacks.re.findall(r"\{\{([a-z_]+:)", c.text)
    }
)
CHECKS = [
    "related_person_import",
    "content_types_import",
    "source_id_warning",
    "markup_never_shown",
    "says_unreadable",
    "note_not_empty",
    "every_note_shown",
    "keep_title_false",
    "keep_title_false_groups",
    "staff_cpr_never_shown",
    "unknown_user_shown_as_unknown",
    "relationship_flag_of_hidden_user",
    "group_ids_keyed",
    "fail_closed_key",
    "oracle_own_report_verbatim",
    "oracle_own_report_verbatim_web",
    "oracle_own_name_request_verbatim",
    "staff_text_to_citizen_protected",
    "oracle_search",
    "web_page_leaks",
]


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> attacks.AttackResult:
    return once(
        tmp_path_factory,
        "names-attacks",
        lambda work: run_on_database(work, lambda url: attacks.run_all(work, db_url=url)),
    )


@pytest.mark.parametrize("cls", HIDE_CLASSES)
def test_no_leak(result: attacks.AttackResult, cls: str) -> None:
    t = result.tally
    leaks = t.leaks[f"form:{cls}"] + t.leaks[f"leakcheck:{cls}"]
    assert t.mentions[f"form:{cls}"] > 0 or cls == "org_name"
    examples = t.leak_examples.get(f"form:{cls}", []) + [
        e for v in t.leakcheck_examples.values() for e in v if f"({cls})" in e
    ]
    assert leaks == 0, f"{cls}: {leaks} leaks\n  " + "\n  ".join(examples[:6])


@pytest.mark.parametrize("cls", [c.rstrip(":") for c in KEEP_CLASSES])
def test_kept(result: attacks.AttackResult, cls: str) -> None:
    t = result.tally
    k = f"word:keep:{cls}"
    assert t.words[k] > 0
    pct = 100.0 * t.kept[k] / t.words[k]
    assert pct >= 99.5, f"{cls}: {pct:.1f} % kept\n  " + "\n  ".join(t.lost_examples.get(k, [])[:6])


def test_other_words_kept(result: attacks.AttackResult) -> None:
    t = result.tally
    assert t.kept_pct("word:other") >= 99.5, "\n".join(t.lost_examples.get("word:other", []))


@pytest.mark.parametrize("name", CHECKS)
def test_check(result: attacks.AttackResult, name: str) -> None:
    mine = [c for c in result.checks if c.cls == name or c.cls.startswith(name + ":")]
    assert mine, f"check {name} did not run"
    bad = [c for c in mine if not c.ok]
    assert not bad, "\n".join(f"{c.cls}: {c.detail}" for c in bad)
