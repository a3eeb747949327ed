"""Benchmark: indsigt's staff-name matcher vs Microsoft Presidio (deny list), side by side.

    .venv/bin/python bench/names_bench.py [--people 500 5000] [--mb 2] [--profile typisk|tæt]

Builds a synthetic corpus of Danish clinical-note-like text with ground truth (every inserted
name mention, in every form the contract lists, plus plenty of ordinary words that look like
names), then runs on the same corpus and the same people:

* **indsigt**: ``NameMatcher.build`` once, then ``protect_text`` (find + replace) per note;
* **Presidio** in its fastest fair configuration: ``NoOpNlpEngine`` (no spaCy model), one
  ``PatternRecognizer`` with a deny list of the same name strings (full names, given and
  family names and their parts, initials, e-mail addresses and user names), sorted longest
  first, case-insensitive (Presidio's default flags), and ``AnonymizerEngine`` with the
  ``replace`` operator, per note.

Reported per system and size: build time, throughput (MB of UTF-8 text per CPU second of this
process, find + replace; wall-clock MB/s is in the JSON), recall (mentions fully hidden / all
mentions, and the share of mention characters hidden), precision (replaced spans that overlap
a mention / all replaced spans), leaks (mentions with any name character left visible) and the
share of non-name words left unchanged.  A title in front of a name ("overlæge Holm") is an
optional part of the mention: hiding it is not counted against either system.  Writes
``bench/out/names.json``.

``--automata`` also times the matcher's two Aho-Corasick scans of every note (the folded text
and its copy with capitals, every match, overlapping) with pyahocorasick, which the matcher
uses, and with ahocorasick-rs (Rust, the ``[bench]`` extra) on the same keys, and checks that
both report the same matches in the same order.

indsigt runs in a child process of its own (this script with ``--in-process``, which makes the
same corpus and runs indsigt and nothing else), never in this process, which runs Presidio (and
so has it and spaCy loaded) and scores nothing of indsigt's.  ``--baseline REF`` (e.g. ``main``)
also runs indsigt of another commit (``git archive REF src``) the same way, in a child process of
its own before this code's, and prints its throughput and its ratio to the same Presidio run next
to this code's: figures of one run on a shared machine compare, and the two codes are measured
alike.  That baseline runs uncompiled unless ``--baseline-compiled`` builds its compiled modules
too (its ``setup.py``, about a minute), so that a compiled checkout is compared with compiled
code.  See ``bench/README.md`` (section "Name matcher").

The synthetic data is generated here; no real personal data is used.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the code measured: this checkout's, or another commit's for --baseline (see main)
sys.path.insert(0, os.environ.get("INDSIGT_BENCH_SRC") or str(ROOT / "src"))

from indsigt.protect.names import NameMatcher, Person  # noqa: E402
from indsigt.protect.replace import protect_text  # noqa: E402

# --------------------------------------------------------------------------------------------
# Synthetic people
# --------------------------------------------------------------------------------------------

GIVEN_F = [
    "Mette",
    "Louise",
    "Anne",
    "Karen",
    "Maria",
    "Åse",
    "Lone",
    "Dorte",
    "Kirsten",
    "Ulla",
    "Helle",
    "Tina",
    "Pia",
    "Lene",
    "Rikke",
    "Trine",
    "Hanne",
    "Sara",
    "Laura",
    "Emma",
    "Freja",
    "Ida",
    "Eva",
    "Birthe",
    "Grethe",
    "Inge",
    "Sofie",
    "Camilla",
    "Signe",
    "Astrid",
    "Anne-Mette",
    "Marie",
    "Lykke",
    "Bodil",
    "Jytte",
    "Gitte",
    "Malene",
    "Stine",
    "Mia",
    "Nanna",
    "Søs",
    "Bente",
    "Lis",
    "Ellen",
    "Gry",
]
GIVEN_M = [
    "Hans",
    "Per",
    "Bo",
    "Søren",
    "Lars",
    "Peter",
    "Jens",
    "Mikkel",
    "Poul",
    "Ole",
    "Ib",
    "Bent",
    "Finn",
    "Jonas",
    "Kim",
    "Emil",
    "Gustav",
    "Kaj",
    "Knud",
    "Rune",
    "Uffe",
    "Aske",
    "Mads",
    "Carl",
    "Erik",
    "Tom",
    "Jan",
    "Dan",
    "Hans-Peter",
    "Bjørn",
    "Jørgen",
    "Niels",
    "Thomas",
    "Rasmus",
    "Frederik",
    "Mathias",
    "Aage",
    "Storm",
    "Asger",
    "Torben",
    "Preben",
    "Klaus",
    "Jesper",
    "Morten",
]
FAMILY = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Holm",
    "Skov",
    "Lund",
    "Dam",
    "Rask",
    "Frost",
    "Storm",
    "Sand",
    "Bak",
    "Kjær",
    "Bach",
    "Vang",
    "Mose",
    "Kjærgaard",
    "Østergaard",
    "Friis",
    "Bruun",
    "Dahl",
    "Bech",
    "Winther",
    "Nygaard",
    "Damgaard",
    "Nørgaard",
    "Berg",
    "Bjerg",
    "Due",
    "Ravn",
    "Krog",
    "Hjort",
    "Falk",
    "Steen",
    "Aagaard",
    "Bækgaard",
    "Søndergaard",
    "Kirkegaard",
    "Lauridsen",
    "Iversen",
    "Frederiksen",
    "Mikkelsen",
    "Knudsen",
    "Schmidt",
    "Mølgaard",
    "Brandt",
    "Koch",
    "Bang",
    "Lykke",
    "Vestergaard",
    "Kjeldsen",
    "Overgaard",
    "Holst",
    "Munk",
    "Juhl",
]
TITLES = [
    ("overlæge", "Overlæge"),
    ("læge", "Læge"),
    ("reservelæge", "Reservelæge"),
    ("sygeplejerske", "Sygeplejerske"),
    ("spl.", "Sygeplejerske"),
    ("ssa.", "Social- og sundhedsassistent"),
    ("fysioterapeut", "Fysioterapeut"),
    ("ergoterapeut", "Ergoterapeut"),
    ("lægesekretær", "Lægesekretær"),
    ("jordemoder", "Jordemoder"),
    ("psykolog", "Psykolog"),
    ("radiograf", "Radiograf"),
    ("dr.", "Overlæge"),
]
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def make_people(n: int, seed: int = 7) -> list[Person]:
    """``n`` synthetic Danish staff members (ambiguous names, hyphens, æøå included)."""
    rnd = random.Random(seed)
    people: list[Person] = []
    seen_ini: dict[str, int] = {}
    for i in range(n):
        given = rnd.choice(GIVEN_F + GIVEN_M)
        if rnd.random() < 0.25:
            given += " " + rnd.choice(GIVEN_F + GIVEN_M)
        family = rnd.choice(FAMILY)
        r = rnd.random()
        if r < 0.12:
            family += "-" + rnd.choice(FAMILY)
        elif r < 0.2:
            family += " " + rnd.choice(FAMILY)
        # given initials + last family initial, made unique with a digit/letter like real rosters
        ini = "".join(x[0] for x in re.split(r"[\s-]+", given)) + re.split(r"[\s-]+", family)[-1][0]
        k = seen_ini.get(ini, 0)
        seen_ini[ini] = k + 1
        if k:
            ini = f"{ini}{k}" if len(ini) >= 4 else ini + chr(ord("A") + k % 26)
        local = f"{given.split()[0]}.{family.split()[-1].split('-')[-1]}".lower().translate(_ASCII)
        title = rnd.choice(TITLES)[1]
        people.append(
            Person(
                key=f"staff{i:05d}",
                given=given,
                family=family,
                initials=(ini,),
                emails=(f"{ini.lower()}@rn.dk", f"{local}{i}@region.dk"),
                usernames=(f"RN\\{ini.lower()}",),
                titles=(title,),
            )
        )
    return people


def presidio_strings(people: list[Person]) -> list[str]:
    """The same name information as literal strings, longest first."""
    out: set[str] = set()
    for p in people:
        givens = p.given.split()
        out.add(f"{p.given} {p.family}")
        out.add(f"{givens[0]} {p.family}")
        out.update(givens)
        out.add(p.family)
        out.update(x for x in re.split(r"[\s-]+", p.family) if x)
        out.update(x for g in givens for x in g.split("-"))
        out.update(p.initials)
        out.update(p.emails)
        out.update(p.usernames)
    return sorted((s for s in out if len(s) >= 2), key=lambda s: (-len(s), s))


# --------------------------------------------------------------------------------------------
# Synthetic notes with ground truth
# --------------------------------------------------------------------------------------------


@dataclass
class Mention:
    start: int
    end: int
    person: str
    form: str
    opt_start: int  # start including an optional title in front
    required: bool = True  # False: hiding it is right, leaving it is not a leak


@dataclass
class Note:
    text: str
    mentions: list[Mention] = field(default_factory=list)


ORDINARY = [
    "Hans datter er orienteret om forløbet.",
    "Hans kone ringer i eftermiddag.",
    "Vi har talt med hans mor og hans søster.",
    "Han er rask igen og kan udskrives.",
    "Huden er rask og uden tegn på infektion.",
    "Der gives 1 g paracetamol 4 gange per døgn.",
    "Per os 500 mg x 3.",
    "Pt. ønsker at bo hjemme så længe som muligt.",
    "Hun vil gerne bo hos sin datter i en periode.",
    "Pt. har gået en tur i skoven og er træt.",
    "Der er lidt sand i urinen.",
    "Pt. klager over frost i fingrene om morgenen.",
    "Pt. boede tidligere ved en dam på Fyn.",
    "Der var storm og frost i weekenden, og pt. faldt på isen.",
    "Pt. har haft held og lykke med genoptræningen.",
    "Pt. bor på en lille holm i fjorden og kommer med færgen.",
    "Hun har hele sit liv arbejdet på en mark.",
    "Blodtryk 130/85, puls 72, temp. 37,2.",
    "Hb 8,2 mmol/l, CRP 12 mg/l, leukocytter 9,1.",
    "Patienten blev undersøgt på sengeafsnittet uden bemærkninger.",
    "Der er bestilt MR-scanning og røntgen af thorax.",
    "Pt. er tom for medicin, ny recept sendt til apoteket.",
    "Obs. for tegn på delir i nattetimerne.",
    "Sårskift dagligt, såret er pænt og tørt.",
    "Smerterne er aftaget efter smertebehandling.",
    "Pårørende er informeret om planen.",
    "Næste kontrol om tre måneder i ambulatoriet.",
    "Pt. har en kjær gammel hund, som naboen passer.",
    "Han fik en due i hånden af barnebarnet.",
    "Mosen bag huset er oversvømmet, og skoven er lukket.",
    "Pt. ser frem til at komme hjem til sin have.",
    "Ingen kvalme, ingen opkastning, normal afføring.",
    "Medicinen tages med et glas vand.",
    "Vægt 72 kg, højde 168 cm.",
    "Han fortæller, at han sover dårligt om natten.",
]
HEADINGS = ["Subjektivt:", "Objektivt:", "Vurdering:", "Plan:", "Journalnotat", "Status:"]


def _title_for(rnd: random.Random, p: Person) -> str:
    """A title as written in a note: the person's own (lower case) or another one."""
    own = [t.lower() for t in p.titles]
    return rnd.choice([*own, *(t for t, _ in TITLES)])


class NoteBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.mentions: list[Mention] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def mention(
        self, s: str, person: Person, form: str, title: str = "", required: bool = True
    ) -> None:
        opt = self.pos
        if title:
            self.add(title + " ")
        start = self.pos
        self.add(s)
        self.mentions.append(Mention(start, self.pos, person.key, form, opt, required))

    def note(self) -> Note:
        return Note("".join(self.parts), self.mentions)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def name_sentence(rnd: random.Random, b: NoteBuilder, p: Person) -> None:
    """One sentence mentioning ``p`` in a random form."""
    givens = p.given.split()
    g = givens[0]
    fam = p.family
    fam_part = rnd.choice(re.split(r"[\s-]+", fam))
    full = f"{g} {fam}"
    kind = rnd.randrange(17)
    if kind == 0:
        b.add("Pt. tilset af ")
        b.mention(full, p, "full", title=_title_for(rnd, p))
        b.add(", som vurderer, at der ikke er behov for yderligere udredning. ")
    elif kind == 1:
        b.add("Aftalt med ")
        b.mention(g, p, "given")
        b.add(" fra dagholdet, at blodprøverne tages i morgen. ")
    elif kind == 2:
        b.mention(fam_part, p, "family")
        b.add(rnd.choice([" har talt med pt. og pårørende om planen. ", " tilså pt. i dag. "]))
    elif kind == 3:
        b.add("Medicinen er gennemgået sammen med ")
        b.mention(fam_part, p, "title+name", title=_title_for(rnd, p))
        b.add(". ")
    elif kind == 4:
        b.add("Ifølge ")
        gen = fam_part + ("'" if fam_part[-1] in "sxz" else "s")
        b.mention(gen, p, "genitive")
        b.add(" notat fra i går er smerterne aftaget. ")
    elif kind == 5:
        gen = g + ("'" if g[-1] in "sxz" else "s")
        b.mention(gen, p, "genitive")
        b.add(" vurdering er, at pt. kan udskrives. ")
    elif kind == 6:
        b.add("Spørgsmål kan rettes til ")
        b.mention(rnd.choice(p.emails), p, "email")
        b.add(" eller på telefon 7011 2233. ")
    elif kind == 7:
        b.add("Ordination foretaget af bruger ")
        b.mention(rnd.choice(p.usernames), p, "username")
        b.add(". ")
    elif kind == 8:
        b.add("Ved stuegang deltog ")
        b.mention(f"{p.given} {fam}", p, "full")
        b.add(" og ")
        q = p
        b.mention(q.family.split()[0].split("-")[0], q, "title+name", title="spl.")
        b.add(". ")
    elif kind == 9:
        b.add("BESKED FRA ")
        b.mention(full.upper(), p, "caps")
        b.add(": RING TIL PT. ")
    elif kind == 10:
        b.add("Notat skrevet af ")
        b.mention(f"{g}\n{fam}", p, "linebreak")
        b.add(" efter samtale med pt. ")
    elif kind == 11 and "-" in fam:
        a, c = fam.split("-", 1)
        b.add("Samtale ved ")
        b.mention(f"{a}-\n{c}", p, "linebreak")
        b.add(" om udskrivelse. ")
    elif kind == 12:
        b.add("Samtale med ")
        b.mention(full.translate(_ASCII), p, "ascii")
        b.add(" om udskrivelse. ")
    elif kind == 13:
        b.add("Kontakt ")
        b.mention(full, p, "full")
        b.add(" ved spørgsmål. ")
    elif kind == 14:
        b.add("Pt. spurgte efter ")
        b.mention(g, p, "given")
        b.add(" og vil gerne tale med ")
        b.mention(fam_part, p, "family")
        b.add(" igen. ")
    elif kind == 15:
        b.add("Tlf. fra ")
        b.mention(f"{fam}, {g}", p, "reversed")
        b.add(" kl. 10. ")
    else:
        # initials mid-sentence are not a signature: hiding them is right but not required
        b.add("Aftalt med ")
        b.mention(p.initials[0], p, "initials", required=False)
        b.add(" at tage kontakt. ")


def signature(rnd: random.Random, b: NoteBuilder, p: Person) -> None:
    ini = p.initials[0]
    kind = rnd.randrange(6)
    if kind == 0:
        b.add("\nMvh ")
        b.mention(ini, p, "initials")
    elif kind == 1:
        b.add("\n/")
        b.mention(ini.lower(), p, "initials")
    elif kind == 2:
        b.add("\nSign.: ")
        b.mention(ini, p, "initials")
    elif kind == 3:
        b.add("\n")
        b.mention(ini, p, "initials")
    elif kind == 4:
        b.add("\nDikteret af ")
        b.mention(ini, p, "initials")
        b.add("/ssa")
    else:
        b.add("\nv. ")
        b.mention(ini, p, "initials")
    b.add("\n")


#: corpus profiles: (sentences per note, share of sentences that mention a name)
PROFILES = {
    # a journal note of ~0.5-1.5 kB with a few name mentions and a signature
    "typisk": ((8, 20), 0.15),
    # stress: short notes, every third sentence names someone
    "tæt": ((6, 14), 0.30),
}


def make_corpus(
    people: list[Person], mb: float, seed: int = 11, profile: str = "typisk"
) -> list[Note]:
    """Notes (with ground truth) until ``mb`` MB of UTF-8 text."""
    (lo, hi), share = PROFILES[profile]
    rnd = random.Random(seed)
    notes: list[Note] = []
    size = 0
    target = int(mb * 1_000_000)
    while size < target:
        b = NoteBuilder()
        cast = rnd.sample(people, k=min(len(people), rnd.randint(1, 3)))
        b.add(rnd.choice(HEADINGS) + "\n")
        for _ in range(rnd.randint(lo, hi)):
            if rnd.random() < share:
                name_sentence(rnd, b, rnd.choice(cast))
            else:
                b.add(rnd.choice(ORDINARY) + " ")
            if rnd.random() < 0.15:
                b.add("\n" + rnd.choice(HEADINGS) + "\n")
        if rnd.random() < 0.8:
            signature(rnd, b, cast[0])
        note = b.note()
        notes.append(note)
        size += len(note.text.encode("utf-8"))
    return notes


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")


def score(notes: list[Note], spans_per_note: list[list[tuple[int, int]]]) -> dict[str, float]:
    mentions = leaks = 0
    m_chars = m_hidden = 0
    replaced = correct = 0
    words = words_kept = 0
    leak_examples: list[str] = []
    fp_examples: list[str] = []
    for note, spans in zip(notes, spans_per_note, strict=True):
        covered = bytearray(len(note.text))
        for s, e in spans:
            covered[s:e] = b"\x01" * (e - s)
        in_mention = bytearray(len(note.text))
        for m in note.mentions:
            in_mention[m.opt_start : m.end] = b"\x01" * (m.end - m.opt_start)
            if not m.required:
                continue
            mentions += 1
            chars = [i for i in range(m.start, m.end) if note.text[i].isalnum()]
            hidden = sum(covered[i] for i in chars)
            m_chars += len(chars)
            m_hidden += hidden
            if hidden < len(chars):
                leaks += 1
                if len(leak_examples) < 8:
                    lo = max(0, m.opt_start - 30)
                    leak_examples.append(f"[{m.form}] ...{note.text[lo : m.end + 30]!r}")
        for s, e in spans:
            replaced += 1
            if any(in_mention[s:e]):
                correct += 1
            elif len(fp_examples) < 8:
                lo = max(0, s - 30)
                fp_examples.append(f"{note.text[s:e]!r} in ...{note.text[lo : e + 30]!r}")
        for w in _WORD_RE.finditer(note.text):
            if any(in_mention[w.start() : w.end()]):
                continue
            words += 1
            if not any(covered[w.start() : w.end()]):
                words_kept += 1
    return {
        "mentions": mentions,
        "recall_mentions": (mentions - leaks) / mentions if mentions else 1.0,
        "recall_chars": m_hidden / m_chars if m_chars else 1.0,
        "leaks": leaks,
        "replaced_spans": replaced,
        "precision": correct / replaced if replaced else 1.0,
        "non_name_words": words,
        "non_name_words_unchanged": words_kept / words if words else 1.0,
        "leak_examples": leak_examples,
        "false_positive_examples": fp_examples,
    }


# --------------------------------------------------------------------------------------------
# Systems
# --------------------------------------------------------------------------------------------


def run_indsigt(people: list[Person], notes: list[Note]) -> dict[str, object]:
    t0 = time.perf_counter()
    matcher = NameMatcher.build(people)
    build_s = time.perf_counter() - t0
    label = {p.key: f"{p.titles[0]} {abs(hash(p.key)) % 16**7:07x}" for p in people}
    label_for = label.__getitem__
    texts = [n.text for n in notes]
    w0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        protect_text(t, matcher, label_for)
    run_s, cpu_s = time.perf_counter() - w0, time.process_time() - c0
    spans = [[(s.start, s.end) for s in matcher.find(t)] for t in texts]
    return {"build_s": build_s, "run_s": run_s, "cpu_s": cpu_s, "spans": spans}


def run_presidio(people: list[Person], notes: list[Note]) -> dict[str, object]:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("presidio-anonymizer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig

    t0 = time.perf_counter()
    recognizer = PatternRecognizer(
        supported_entity="STAFF",
        deny_list=presidio_strings(people),
        supported_language="da",
    )
    registry = RecognizerRegistry(supported_languages=["da"])
    registry.add_recognizer(recognizer)
    nlp = NoOpNlpEngine(models=[{"lang_code": "da", "model_name": "noop"}])
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["da"])
    anonymizer = AnonymizerEngine()
    operators = {"STAFF": OperatorConfig("replace", {"new_value": "<PERSONALE>"})}
    # compile the deny-list regex outside the timed loop
    analyzer.analyze(text="opvarmning", language="da", entities=["STAFF"])
    build_s = time.perf_counter() - t0
    spans: list[list[tuple[int, int]]] = []
    w0, c0 = time.perf_counter(), time.process_time()
    for n in notes:
        results = analyzer.analyze(text=n.text, language="da", entities=["STAFF"])
        anonymizer.anonymize(text=n.text, analyzer_results=results, operators=operators)
        spans.append([(r.start, r.end) for r in results])
    run_s, cpu_s = time.perf_counter() - w0, time.process_time() - c0
    return {"build_s": build_s, "run_s": run_s, "cpu_s": cpu_s, "spans": spans}


# --------------------------------------------------------------------------------------------


def compare_automata(people: list[Person], notes: list[Note]) -> dict[str, object]:
    """CPU seconds of the matcher's automaton scans over ``notes`` with pyahocorasick and with
    ahocorasick-rs (same keys, every overlapping match), and whether the matches agree."""
    import ahocorasick_rs

    from indsigt.protect.names.fold import _fold_with_map

    matcher = NameMatcher.build(people)
    folded = [_fold_with_map(n.text, marks=True) for n in notes]
    out: dict[str, object] = {"people": len(people), "same_matches": True}
    for name, auto, texts in (
        ("lower", matcher._auto, [f.text for f in folded]),
        ("capitals", matcher._auto_cap, [f.capt for f in folded]),
    ):
        words, values = zip(*auto.items(), strict=True) if len(auto) else ((), ())
        t0 = time.process_time()
        rs = ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MATCHKIND_STANDARD)
        out[f"{name}_rs_build_s"] = round(time.process_time() - t0, 4)
        c0 = time.process_time()
        py_hits = [list(auto.iter(t)) for t in texts]
        out[f"{name}_pyahocorasick_s"] = round(time.process_time() - c0, 4)
        c0 = time.process_time()
        rs_hits = [rs.find_matches_as_indexes(t, overlapping=True) for t in texts]
        out[f"{name}_ahocorasick_rs_s"] = round(time.process_time() - c0, 4)
        out[f"{name}_matches"] = sum(map(len, py_hits))
        for a, b in zip(py_hits, rs_hits, strict=True):
            if a != [(end - 1, values[i]) for i, _, end in b]:
                out["same_matches"] = False
    return out


def _indsigt_in_child(
    args: argparse.Namespace, tmp: Path, src: Path | None = None
) -> dict[int, dict[str, object]]:
    """indsigt on the same corpora in a child process of its own: this script with
    ``--in-process``, importing ``src`` (None: the code this process imports, this checkout's
    ``src`` or INDSIGT_BENCH_SRC); its row per number of people. This code and a baseline are
    measured alike, each in a process that has loaded nothing else (not Presidio, not spaCy)."""
    out = tmp / "names.json"
    cmd = [sys.executable, __file__, "--in-process", "--people", *map(str, args.people)]
    cmd += ["--mb", str(args.mb), "--profile", args.profile, "--out", str(out)]
    env = dict(os.environ)
    if src is not None:
        env["INDSIGT_BENCH_SRC"] = str(src)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"indsigt's child process failed ({' '.join(cmd)})")
    rows = json.loads(out.read_text())["results"]
    return {int(r["people"]): r for r in rows if r["system"] == "indsigt"}


def _baseline_run(args: argparse.Namespace) -> dict[int, dict[str, object]]:
    """indsigt of commit ``args.baseline`` on the same corpora, in a child process of its own
    that imports the other commit's ``src``: its row per number of people."""
    from baseline import checkout_src
    from scratch import scratch_dir

    tmp = scratch_dir("indsigt-names-base-")
    src, _ = checkout_src(args.baseline, tmp, compiled=args.baseline_compiled)
    return _indsigt_in_child(args, tmp, src)


def _row(name: str, n_people: int, notes: list[Note], out: dict[str, object]) -> dict[str, object]:
    """A system's result row: sizes, times, throughput and the scores of its spans."""
    size = sum(len(n.text.encode("utf-8")) for n in notes)
    sc = score(notes, out["spans"])  # type: ignore[arg-type]
    return {
        "system": name,
        "people": n_people,
        "notes": len(notes),
        "mb": round(size / 1e6, 3),
        "build_s": round(float(out["build_s"]), 3),  # type: ignore[arg-type]
        "run_s": round(float(out["run_s"]), 3),  # type: ignore[arg-type]
        "cpu_s": round(float(out["cpu_s"]), 3),  # type: ignore[arg-type]
        "mb_per_s_wall": round(size / 1e6 / float(out["run_s"]), 3),  # type: ignore[arg-type]
        # throughput on CPU time of the process that ran it: robust when the machine is shared
        "mb_per_s": round(size / 1e6 / float(out["cpu_s"]), 3),  # type: ignore[arg-type]
        **{k: (round(v, 5) if isinstance(v, float) else v) for k, v in sc.items()},
    }


def _print_row(row: dict[str, object]) -> None:
    print(
        f"{row['system']:9} {row['people']:>6} {row['mb']:>5.2f} {row['build_s']:>8.2f} "
        f"{row['mb_per_s']:>8.2f} {row['recall_mentions']:>7.2%} {row['recall_chars']:>7.2%} "
        f"{row['precision']:>7.2%} {row['leaks']:>6} {row['non_name_words_unchanged']:>10.2%}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--people", type=int, nargs="+", default=[500, 5000])
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB (UTF-8)")
    ap.add_argument(
        "--presidio-mb",
        type=float,
        default=None,
        help="run Presidio on the first MB of the corpus only (default: all of it)",
    )
    ap.add_argument("--profile", choices=sorted(PROFILES), default="typisk")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "names.json")
    ap.add_argument("--baseline", help="a git ref whose indsigt runs on the same corpus too")
    ap.add_argument(
        "--baseline-compiled",
        action="store_true",
        help="build the baseline's compiled modules too (its setup.py), as this code's are; "
        "without it the baseline runs uncompiled",
    )
    ap.add_argument(
        "--automata",
        action="store_true",
        help="also time the automaton scans with pyahocorasick and ahocorasick-rs",
    )
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="run indsigt in this process and nothing else (no Presidio, no baseline, no "
        "automata): what the child processes that measure indsigt run",
    )
    args = ap.parse_args(argv)
    if args.in_process:
        args.no_presidio, args.baseline, args.automata = True, None, False
    # each code in a child process of its own, the baseline first
    base = _baseline_run(args) if args.baseline else {}
    mine: dict[int, dict[str, object]] = {}
    if not args.in_process:
        with tempfile.TemporaryDirectory(prefix="indsigt-names-") as tmp:
            mine = _indsigt_in_child(args, Path(tmp))

    results: list[dict[str, object]] = []
    print(
        f"{'system':9} {'people':>6} {'MB':>5} {'build s':>8} {'MB/s':>8} {'recall':>7} "
        f"{'rec.chr':>7} {'prec.':>7} {'leaks':>6} {'words kept':>10}"
    )
    for n_people in args.people:
        people = make_people(n_people)
        notes = make_corpus(people, args.mb, profile=args.profile)
        systems = [("indsigt", run_indsigt, notes)] if args.in_process else []
        if not args.no_presidio:
            p_notes = notes
            if args.presidio_mb is not None:
                p_notes, acc = [], 0
                for n in notes:
                    if acc >= args.presidio_mb * 1_000_000:
                        break
                    p_notes.append(n)
                    acc += len(n.text.encode("utf-8"))
            systems.append(("presidio", run_presidio, p_notes))
        row_by_sys: dict[str, dict[str, object]] = {}
        if not args.in_process:
            row_by_sys["indsigt"] = mine[n_people]
            results.append(mine[n_people])
            _print_row(mine[n_people])
        for name, fn, sub in systems:
            row = _row(name, n_people, sub, fn(people, sub))
            row_by_sys[name] = row
            results.append(row)
            _print_row(row)
        if args.automata:
            ac = compare_automata(people, notes)
            results.append({"system": "automata", **ac})
            print(
                f"{'':9} {n_people:>6} automaton scans, CPU s: pyahocorasick "
                f"{float(ac['lower_pyahocorasick_s']) + float(ac['capitals_pyahocorasick_s']):.3f}"  # type: ignore[arg-type]
                f", ahocorasick-rs "
                f"{float(ac['lower_ahocorasick_rs_s']) + float(ac['capitals_ahocorasick_rs_s']):.3f}"  # type: ignore[arg-type]
                f" (same matches: {ac['same_matches']})"
            )
        if "presidio" in row_by_sys:
            ratio = float(row_by_sys["indsigt"]["mb_per_s"]) / float(  # type: ignore[arg-type]
                row_by_sys["presidio"]["mb_per_s"]  # type: ignore[arg-type]
            )
            print(f"{'':9} {n_people:>6} speed-up indsigt/presidio: {ratio:.0f}x")
            row_by_sys["indsigt"]["speedup_vs_presidio"] = round(ratio, 1)
            if n_people in base:
                b = base[n_people]
                b_ratio = float(b["mb_per_s"]) / float(row_by_sys["presidio"]["mb_per_s"])  # type: ignore[arg-type]
                print(
                    f"{'':9} {n_people:>6} baseline {args.baseline}: {b['mb_per_s']:.2f} MB/s, "
                    f"{b_ratio:.0f}x presidio (this code {row_by_sys['indsigt']['mb_per_s']:.2f} "
                    f"MB/s, {ratio:.0f}x; same corpus, same run)"
                )
                b["speedup_vs_presidio"] = round(b_ratio, 1)
                results.append({**b, "system": f"indsigt {args.baseline}"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results}, ensure_ascii=False, indent=2))
    for r in results:
        if r.get("leak_examples") or r.get("false_positive_examples"):
            print(f"\n{r['system']} @ {r['people']}:")
            for x in r["leak_examples"][:5]:  # type: ignore[index]
                print("  leak:", x)
            for x in r["false_positive_examples"][:5]:  # type: ignore[index]
                print("  false positive:", x)
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
