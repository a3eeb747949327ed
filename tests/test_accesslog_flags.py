"""The flag registry (``indsigt.accesslog.flags``): one record per code, used everywhere."""

from __future__ import annotations

import os
import re
from pathlib import Path

from indsigt.accesslog import engine as E
from indsigt.accesslog import flags as F

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "accesslog.md"


def _contract() -> Path | None:
    """The external contract: ``INDSIGT_CONTRACT``, else ``shared/design/CONTRACT.md`` next to
    the checkout or one of its parents (``../shared/design/CONTRACT.md``)."""
    env = os.environ.get("INDSIGT_CONTRACT")
    if env:
        return Path(env)
    for parent in ROOT.parents:
        p = parent / "shared" / "design" / "CONTRACT.md"
        if p.exists():
            return p
    return None


def _table_codes(text: str, heading: str) -> list[str]:
    """The codes in the first column of the markdown table that follows ``heading``."""
    start = text.index(heading)
    codes = []
    for line in text[start:].splitlines()[1:]:
        m = re.match(r"^\|\s*`([a-z_]+)`\s*\|", line)
        if m:
            codes.append(m.group(1))
        elif codes and not line.startswith("|"):
            break
    return codes


def test_bits_are_distinct_single_bits_and_codes_unique():
    bits = [f.bit for f in F.FLAGS]
    assert len(set(bits)) == len(bits)
    assert all(b > 0 and b & (b - 1) == 0 for b in bits)
    assert len({f.code for f in F.FLAGS}) == len(F.FLAGS)
    assert F.codes_of(sum(bits)) == list(F.CODES)


def test_every_record_is_complete_danish():
    for f in F.FLAGS:
        assert f.name and f.reason and f.alert, f.code
        assert f.reason.endswith("."), f.code
        if f.code != "no_relation":
            assert f.phrase, f.code


def test_the_engine_uses_the_registry_bits():
    engine_bits = {
        "no_relation": E.FLAG_NO_RELATION,
        "same_surname": E.FLAG_SAME_SURNAME,
        "same_address": E.FLAG_SAME_ADDRESS,
        "coworker": E.FLAG_COWORKER,
        "self_lookup": E.FLAG_SELF,
        "break_glass": E.FLAG_BREAK_GLASS,
        "after_hours": E.FLAG_AFTER_HOURS,
        "high_volume": E.FLAG_HIGH_VOLUME,
    }
    for code, bit in engine_bits.items():
        assert F.BY_CODE[code].bit == bit, code


def test_every_code_is_documented_in_docs_and_in_the_contract():
    """docs/accesslog.md documents every code; so does the contract's table, checked wherever
    the contract is next to the checkout (this machine's worktrees, ``INDSIGT_CONTRACT``)."""
    text = DOCS.read_text(encoding="utf-8")
    documented = _table_codes(text, "| flag | when |")
    assert sorted(documented) == sorted(F.CODES)
    path = _contract()
    if path is not None:
        contract = _table_codes(path.read_text(encoding="utf-8"), "| flag | meaning |")
        assert sorted(contract) == sorted(F.CODES)


def test_after_hours_says_what_the_engine_checks():
    """The engine looks for an encounter of the citizen with any organisation: the text says
    "sundhedsvæsenet", never "stedet" (the place that looked)."""
    r = F.reason("after_hours")
    assert "sundhedsvæsenet" in r and "stedet" not in r
    from indsigt.web.render import FLAGS, flag_reason

    assert flag_reason("after_hours") == r and FLAGS["after_hours"][1] == r


#: the Danish texts of the registry must not appear anywhere else in the source
def test_no_copies_of_flag_texts_outside_the_registry():
    texts = {t for f in F.FLAGS for t in (f.reason, f.alert, f.phrase) if len(t) > 20}
    offenders = []
    for path in (ROOT / "src" / "indsigt").rglob("*"):
        if path.suffix not in (".py", ".html", ".txt") or path.name == "flags.py":
            continue
        content = path.read_text(encoding="utf-8")
        offenders += [(path.name, t) for t in texts if t in content]
        # a dict keyed by flag codes is a copy of the registry
        if re.search(r'"(after_hours|same_surname|high_volume)"\s*:', content):
            offenders.append((path.name, "dict keyed by flag codes"))
    assert offenders == []


def test_alert_email_uses_the_registry():
    from indsigt import alerts

    assert not hasattr(alerts, "FLAG_TEXT")
