"""Score the product's condensed access log against the independent generator's ground truth,
through the real CLI: ``indsigt import`` then ``indsigt log P --entries --json`` per citizen.

Definitions (issue 12, exactly):

* **explained** — a legitimate entry with ``explained_by`` not null and no flag;
* **caught** — a misuse entry that carries any flag code (``no_relation`` counts);
* **false alarm** — a legitimate entry that carries any flag code (``no_relation`` included),
  except ``break_glass`` on an emergency override that a relation explains;
* **heavy** — entries per group for the heavy home-care citizens (goal at least 100);
* **conservation** — every entry of the citizen exactly once, and ``total`` equal to their number.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .gen import World

GOALS = {"explained": 98.0, "caught": 98.0, "false_alarm": 1.0, "heavy_ratio": 100.0}


@dataclass
class Score:
    n: Counter = field(default_factory=Counter)  # entries per kind
    explained: Counter = field(default_factory=Counter)
    false_alarm: Counter = field(default_factory=Counter)
    caught: Counter = field(default_factory=Counter)
    flags: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    heavy: list[tuple[str, int, int]] = field(default_factory=list)  # (patient, entries, groups)
    conservation: list[str] = field(default_factory=list)  # problems
    problems: list[str] = field(default_factory=list)
    citizens: int = 0
    legit_kinds: set[str] = field(default_factory=set)

    def pct(self, counter: Counter, kinds: set[str] | None = None) -> float:
        ks = kinds if kinds is not None else set(self.n)
        total = sum(self.n[k] for k in ks)
        return 100.0 * sum(counter[k] for k in ks) / total if total else 100.0

    @property
    def legit(self) -> set[str]:
        return {k for k in self.n if k in self.legit_kinds}

    @property
    def misuse(self) -> set[str]:
        return {k for k in self.n if k not in self.legit_kinds}

    def summary(self) -> dict[str, Any]:
        ratios = [e / g for _, e, g in self.heavy if g]
        return {
            "citizens": self.citizens,
            "entries": sum(self.n.values()),
            "explained_pct": round(self.pct(self.explained, self.legit), 2),
            "false_alarm_pct": round(self.pct(self.false_alarm, self.legit), 2),
            "caught_pct": round(self.pct(self.caught, self.misuse), 2),
            "heavy": [
                {"patient": p, "entries": e, "groups": g, "ratio": round(e / g, 1) if g else None}
                for p, e, g in self.heavy
            ],
            "heavy_min_ratio": round(min(ratios), 1) if ratios else None,
            "conservation_problems": len(self.conservation),
            "by_kind": {
                k: {
                    "entries": self.n[k],
                    "legitimate": k in self.legit_kinds,
                    **(
                        {
                            "explained_pct": round(100.0 * self.explained[k] / self.n[k], 2),
                            "false_alarm_pct": round(100.0 * self.false_alarm[k] / self.n[k], 2),
                        }
                        if k in self.legit_kinds
                        else {"caught_pct": round(100.0 * self.caught[k] / self.n[k], 2)}
                    ),
                    "flags": dict(self.flags[k].most_common()),
                }
                for k in sorted(self.n)
            },
            "examples": {k: v[:3] for k, v in sorted(self.examples.items())},
            "problems": self.problems[:30],
            "conservation": self.conservation[:30],
        }

    def table(self) -> str:
        s = self.summary()
        lines = [
            f"{s['citizens']} citizens, {s['entries']} entries: explained {s['explained_pct']} % "
            f"(goal ≥ 98), false alarms {s['false_alarm_pct']} % (goal ≤ 1), misuse caught "
            f"{s['caught_pct']} % (goal ≥ 98), heavy citizens min {s['heavy_min_ratio']} entries "
            f"per group (goal ≥ 100), conservation problems {s['conservation_problems']}",
            f"\n{'kind':30} {'entries':>8} {'explained':>10} {'false al.':>10} {'caught':>8}  flags",
        ]
        for k, v in s["by_kind"].items():
            if v["legitimate"]:
                lines.append(
                    f"{k:30} {v['entries']:>8} {v['explained_pct']:>9.1f}% {v['false_alarm_pct']:>9.1f}% "
                    f"{'':>8}  {_flags(v['flags'])}"
                )
        lines.append("")
        for k, v in s["by_kind"].items():
            if not v["legitimate"]:
                lines.append(
                    f"{k:30} {v['entries']:>8} {'':>10} {'':>10} {v['caught_pct']:>7.1f}%  {_flags(v['flags'])}"
                )
        for p, e, g in self.heavy:
            lines.append(
                f"heavy {p}: {e} entries in {g} groups = {e / g if g else 0:.0f} per group"
            )
        return "\n".join(lines)


def _flags(c: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in list(c.items())[:5])


def cli(db: str, key: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, INDSIGT_DB=db, INDSIGT_KEY_FILE=str(key))
    env.setdefault("INDSIGT_LOG_LEVEL", "WARNING")
    return subprocess.run(
        [sys.executable, "-m", "indsigt", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )


def load(world: World, workdir: Path, db_url: str | None = None) -> tuple[str, Path, list[str]]:
    files = world.write(workdir / "data")
    db = db_url or f"sqlite:///{workdir / 'indsigt.db'}"
    key = workdir / "indsigt.key"
    problems = []
    r = cli(db, key, "init")
    assert r.returncode == 0, r.stderr
    r = cli(
        db, key, "import", str(files["organizations"]), str(files["staff"]), str(files["patients"])
    )
    assert r.returncode == 0, r.stderr
    r = cli(db, key, "import", str(files["related"]))
    if r.returncode != 0:
        problems.append(f"RelatedPerson: {r.stderr.strip()[:300]}")
    r = cli(db, key, "import", str(files["relations"]))
    assert r.returncode == 0, r.stderr[:2000]
    r = cli(db, key, "import", str(files["audit"]), str(files["csv"]))
    assert r.returncode == 0, r.stderr[:2000]
    return db, key, problems


def evaluate(
    world: World, workdir: Path, *, citizens: list[str] | None = None, db_url: str | None = None
) -> Score:
    """Load the world through the CLI and score every citizen's log (or the ones given)."""
    from .gen import LEGIT

    db, key, problems = load(world, workdir, db_url)
    truth = {e.id: e for e in world.entries}
    by_patient: dict[str, list[str]] = defaultdict(list)
    for e in world.entries:
        by_patient[e.patient].append(e.id)
    heavy = {c.id for c in world.citizens if c.profile == "heavy_homecare"}
    score = Score(problems=problems, legit_kinds=set(LEGIT))
    for pid in citizens if citizens is not None else sorted(by_patient):
        r = cli(db, key, "log", pid, "--entries", "--json")
        if r.returncode != 0:
            score.problems.append(f"log {pid}: status {r.returncode}: {r.stderr.strip()[:200]}")
            continue
        doc = json.loads(r.stdout)
        score.citizens += 1
        seen = Counter(e["id"] for e in doc.get("entries") or [])
        want = set(by_patient[pid])
        dup = [i for i, n in seen.items() if n > 1]
        missing = want - set(seen)
        extra = set(seen) - want
        if dup or missing or extra or doc.get("total") != len(want):
            score.conservation.append(
                f"{pid}: total {doc.get('total')} of {len(want)}; {len(missing)} missing, {len(extra)} "
                f"extra, {len(dup)} twice"
            )
        group_count = sum(int(g.get("count") or 0) for g in doc.get("groups") or [])
        if group_count != len(want):
            score.conservation.append(
                f"{pid}: the groups count {group_count} entries, not {len(want)}"
            )
        if pid in heavy:
            score.heavy.append((pid, len(want), len(doc.get("groups") or [])))
        for e in doc.get("entries") or []:
            t = truth.get(e["id"])
            if t is None:
                continue
            flags = list(e.get("flags") or [])
            score.n[t.kind] += 1
            for f in flags:
                score.flags[t.kind][f] += 1
            if not flags:
                score.flags[t.kind]["(none)"] += 1
            explained = e.get("explained_by") is not None
            if t.legit:
                if explained and not flags:
                    score.explained[t.kind] += 1
                override_ok = (
                    t.purpose in ("BTG", "ETREAT") and explained and set(flags) <= {"break_glass"}
                )
                if flags and not override_ok:
                    score.false_alarm[t.kind] += 1
                    _ex(
                        score,
                        t.kind,
                        f"{e['id']} {t.when:%d.%m %H:%M} {t.user.title if t.user else ''} "
                        f"({t.user.org if t.user else ''}): flags {flags}, explained_by "
                        f"{(e.get('explained_by') or {}).get('kind')}",
                    )
                elif not explained and not flags:
                    _ex(score, t.kind, f"{e['id']}: neither explained nor flagged")
            else:
                if flags:
                    score.caught[t.kind] += 1
                else:
                    _ex(
                        score,
                        t.kind,
                        f"{e['id']} {t.when:%d.%m %H:%M} {t.user.title if t.user else ''} "
                        f"({t.user.org if t.user else ''}): not flagged, explained_by "
                        f"{(e.get('explained_by') or {}).get('kind')} "
                        f"{((e.get('explained_by') or {}).get('text') or '')[:90]!r}",
                    )
    return score


def _ex(score: Score, kind: str, text: str) -> None:
    if len(score.examples[kind]) < 3:
        score.examples[kind].append(text)
