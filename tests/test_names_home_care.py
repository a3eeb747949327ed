"""Home-care notes: names that are words, and initials, in lower case (issue 11, stop 30).

Home-care and nursing-home notes are typed fast, in lower case: "kl 8 bo gav morgenmedicin",
"ssa jn har givet medicin", "overlevering til per", "deltagere: mj, bh, sd". A red-team set of
499 such notes (``bench/independent/names_rt31_probes.py``) found 122 leaks; these tests keep the
classes it found closed, and the words they look like open:

* a name that is also a function word ("per", "bo", "hans") where a name is certain (after a
  title, "talt med", "overlevering til", a list) is the name before a verb, "om", "at", "kl",
  "i morgen" or a comma, and stays a word before a noun ("talt med hans kone");
* a list goes on after "og" and a comma in every position where a name is certain
  ("nattevagt: lund og holm"), and a list's word may have two words before its colon ("på vagt
  i dag: ...");
* a name that is a word, in lower case, is a name as the subject of a verb ("holm har bestilt
  bleer", "kl 14 per: pt klar"), not after an article, a possessive, a preposition or "at", and
  not before a copula, a verb of place or a preposition ("en sten har", "sten er påvist", "sten
  ligger i nyren", "kirkegård ved kirken");
* initials in lower case that are no word ("jn", "hbs", "uø") are initials where a person is
  named; initials that are words ("bh" is a bra, "mj") only where a name is certain; clinical
  abbreviations ("bs", "pl") never outside a signature.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names.lexicon import _NOT_BEFORE_SUBJECT, _PERSON_VERBS
from names_shown import out

HIDDEN = [
    Person("s1", "Mette Louise", "Jensen", titles=("ssa",)),
    Person("s2", "Bo", "Holm", titles=("ssh",)),
    Person("s3", "Per", "Lund", titles=("sygeplejerske",)),
    Person("s4", "Sten", "Dam", titles=("ssa",)),
    Person("s5", "Ulla", "Østergaard", titles=("ssh",)),
    Person("s6", "Bente", "Storm", titles=("ssh",)),
    Person("s7", "Jens", "Nielsen", titles=("ssa",)),
    Person("s8", "Hanne", "Bach-Sørensen", titles=("ssa",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=[("Karen", "Mikkelsen")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ssh bo gav bad kl 10", "[X] gav bad kl 10"),
        ("spl per har tilset såret", "[X] har tilset såret"),
        ("hjpl per kl 7 pt sov", "[X] kl 7 pt sov"),
        ("talt med bo om pt's vægttab", "talt med [X] om pt's vægttab"),
        ("talt med per ang pt's smerter", "talt med [X] ang pt's smerter"),
        ("aftalt med bo at pt får bad i morgen", "aftalt med [X] at pt får bad i morgen"),
        ("overlevering til per", "overlevering til [X]"),
        ("giver videre til bo i morgen", "giver videre til [X] i morgen"),
        ("fast vagt: bo", "fast vagt: [X]"),
        ("overlevering fra sten til nattevagten", "overlevering fra [X] til nattevagten"),
        ("deltagere: bo, per og sten", "deltagere: [X], [X] og [X]"),
        ("nattevagt: lund og holm", "nattevagt: [X] og [X]"),
        ("nattevagt: lund, holm", "nattevagt: [X], [X]"),
        ("på vagt i dag: sten, bente, mette", "på vagt i dag: [X], [X], [X]"),
        ("vagtplan weekend: per, bo, ulla", "vagtplan weekend: [X], [X], [X]"),
        ("spurgt lund om dosis af pamol", "spurgt [X] om dosis af pamol"),
        ("pt spurgte efter bo", "pt spurgte efter [X]"),
    ],
)
def test_a_function_word_name_where_a_name_is_certain(m: NameMatcher, text: str, expected: str):
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "talt med hans kone",
        "talt med per telefon",
        "læge per telefon i morgen",
        "deltagere i mødet: pt og hustru",
        "1 tablet per dag",
        "pt spurgt om smerter",
        "spurgt ind til sten",
    ],
)
def test_a_function_word_before_a_noun_stays(m: NameMatcher, text: str):
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kl 8 bo gav morgenmedicin, pt rolig", "kl 8 [X] gav morgenmedicin, pt rolig"),
        ("bo har skiftet forbinding på ve ben", "[X] har skiftet forbinding på ve ben"),
        ("holm har bestilt nye bleer", "[X] har bestilt nye bleer"),
        ("storm gav insulin kl 17", "[X] gav insulin kl 17"),
        ("dam tager hjemmebesøg i morgen", "[X] tager hjemmebesøg i morgen"),
        ("pt siger bo var her i går", "pt siger [X] var her i går"),
        ("kl 14 per: pt klar til udskrivning", "kl 14 [X]: pt klar til udskrivning"),
        ("pt urolig. sten ringede til lægen", "pt urolig. [X] ringede til lægen"),
        ("bo og sten har fastholdt pt", "[X] og [X] har fastholdt pt"),
        ("i dag kom bo og hjalp pt op", "i dag kom [X] og hjalp pt op"),
        ("kl 3 fandt per pt på gulvet", "kl 3 fandt [X] pt på gulvet"),
        ("holm visiterede stuen kl 14", "[X] visiterede stuen kl 14"),
        ("i går havde bo vagt", "i går havde [X] vagt"),
    ],
)
def test_a_word_name_as_the_subject_of_a_verb(m: NameMatcher, text: str, expected: str):
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "en sten har sat sig i urinlederen",
        "sten er påvist ved ct",
        "sten ligger i nyren",
        "pt ønsker at bo hjemme",
        "at bo alene har været svært",
        "nyre-sten har givet smerter",
        "bo: alene i lejlighed",  # a field of a form, not a diary line's writer
        "storm i nat, pt urolig",
        "der er en dam i haven",
        "man har ringet",
        "det har regnet",
        "holm ved kysten",
        # what a thing does, not a person
        "sten har sat sig fast i urinlederen iflg ct",
        "dam har frosset til",
        "storm gjorde pt urolig",
        "holm har ingen bro",
        "i nat gik storm over landet",
        "skriv til pt@bo.dk",
        "ring til lægen",
        "sten var på størrelse med en ært",
        "pris per h. 200 kr",
        "Per l. mælk",
    ],
)
def test_a_word_name_that_is_no_subject_stays(m: NameMatcher, text: str):
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("udført af bo og sten", "udført af [X] og [X]"),
        ("ssh bo og ssa sten gav bad", "[X] og [X] gav bad"),
        ("tilstede: bo, sten; afbud: per", "tilstede: [X], [X]; afbud: [X]"),
        ("bente s på dagvagt", "[X] på dagvagt"),
        ("hanne b-s har ringet", "[X] har ringet"),
        ("jens n i morgen", "[X] i morgen"),
        ("mette i dag", "[X] i dag"),  # "i" is a word, not Mette's initial
        ("Per l. tilså pt", "[X] tilså pt"),
        ("per l. har givet medicin", "[X] har givet medicin"),
        ("bo h tilså pt", "[X] tilså pt"),
        ("@bo kan du bestille medicin?", "@[X] kan du bestille medicin?"),
        ("ring tilbage til storm på 2345 6789", "ring tilbage til [X] på 2345 6789"),
        ("ny diktat fra per: pt kan udskrives", "ny diktat fra [X]: pt kan udskrives"),
        ("bo var hos pt kl 8", "[X] var hos pt kl 8"),
        ("om morgenen gav sten medicin", "om morgenen gav [X] medicin"),
        ("personale involveret: mj, jn", "personale involveret: [X], [X]"),
    ],
)
def test_names_together_and_their_initials(m: NameMatcher, text: str, expected: str):
    assert out(m, text) == expected


def test_the_same_name_twice_is_two_labels_and_a_name_in_two_parts_one():
    m = NameMatcher.build([Person("s-meho", "Mette", "Holm")])
    assert out(m, "datter ringede til mette, mette har ringet igen") == (
        "datter ringede til [X], [X] har ringet igen"
    )
    assert out(m, "Holm, Mette ringede") == "[X] ringede"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("uø og jn på vagt", "[X] og [X] på vagt"),
        ("ssa jn har givet medicin", "[X] har givet medicin"),
        ("tilset kl 14 af jn", "tilset kl 14 af [X]"),
        ("medicin givet kl 8. jn", "medicin givet kl 8. [X]"),
        ("aftalt med jn at pt får bad onsdag", "aftalt med [X] at pt får bad onsdag"),
        ("kl 7 jn: pt sovet godt", "kl 7 [X]: pt sovet godt"),
        ("kl 9 pt i bad (uø)", "kl 9 pt i bad ([X])"),
        ("hbs har ringet til læge", "[X] har ringet til læge"),
        ("udført: hbs", "udført: [X]"),
        # initials that are words, where a name is certain
        ("ssa mj har givet medicin", "[X] har givet medicin"),
        ("aftalt med mj at pt får bad onsdag", "aftalt med [X] at pt får bad onsdag"),
        ("deltagere: mj, bh, sd", "deltagere: [X], [X], [X]"),
        ("tilset kl 14 af mj", "tilset kl 14 af [X]"),
        ("medicin givet kl 8. bh", "medicin givet kl 8. [X]"),
        ("kl 7 mj: pt sovet godt", "kl 7 [X]: pt sovet godt"),
    ],
)
def test_initials_in_lower_case(m: NameMatcher, text: str, expected: str):
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hjælp med bh og strømper",  # the bra
        "hjælp til at tage bh",
        "pt har fået ny bh.",
        "medicin givet kl 8. bs",  # a clinical abbreviation is a name only in a signature
        "bs 7,2 før morgenmad",  # blood sugar
        "målt bs kl 8",
        "pl 12 mm",
        "se www.jn-shop.dk",
        "jn-nummer 12",
    ],
)
def test_lower_case_initials_that_stay(m: NameMatcher, text: str):
    assert out(m, text) == text


_NAMES = st.sampled_from(["bo", "per", "sten", "holm", "lund", "dam", "storm"])
_VERBS = st.sampled_from(sorted(_PERSON_VERBS))


@settings(max_examples=300, deadline=None)
@given(name=_NAMES, verb=_VERBS, before=st.sampled_from(sorted(_NOT_BEFORE_SUBJECT)))
def test_after_an_article_or_a_preposition_a_word_name_stays(m, name, verb, before):
    text = f"pt urolig, {before} {name} {verb} noget"
    assert all(text[s.start : s.end] != name for s in m.find(text)), text


@settings(max_examples=300, deadline=None)
@given(name=_NAMES, verb=_VERBS, hour=st.integers(0, 23))
def test_after_a_time_a_word_name_before_a_verb_is_hidden(m, name, verb, hour):
    text = f"kl {hour} {name} {verb} pt"
    assert name not in out(m, text).split(), text


def test_what_the_names_bench_caught_stays():
    """Over-hiding that ``bench/names_bench.py`` (5,000 people) found in a first version: a
    title in lower case next to initials, a frequent word that is someone's initials after a
    name, the patient after "RING TIL" and the sentence after it."""
    m = NameMatcher.build(
        [
            Person("a", "Sofie", "Sand", initials=("SSA",)),
            Person("b", "Sonja", "Olsen Mark", initials=("SOM",)),
            Person("c", "Mads", "Bo Olsen", initials=("MBO",)),
            Person("d", "Hans", "Mose"),
            Person("e", "Ida", "Bach-Hjort", titles=("læge",)),
        ]
    )
    assert out(m, "Dikteret af MBO/ssa") == "Dikteret af [X]/ssa"
    assert out(m, "Pt. tilset af dr. Ida Bach-Hjort, som vurderer, at") == (
        "Pt. tilset af [X], som vurderer, at"
    )
    text = "BESKED FRA AFDELINGEN: RING TIL PT. Hans datter er orienteret. Mosen bag huset."
    assert out(m, text) == text


def test_a_lower_case_care_note_end_to_end_through_the_cli(db_url, tmp_path, world):
    """The same rules through the real ``indsigt`` command: import, orders, the citizen's
    journal as JSON."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    import builders as b
    from indsigt.db import init_db
    from indsigt.ingest.importer import Importer

    note = (
        "kl 8 holm gav morgenmedicin, pt rolig.\n"
        "talt med per om smerterne, per telefon i morgen.\n"
        "kl 14 mlh: pt sov. en sten har sat sig fast iflg ct."
    )
    data = b.write_ndjson(
        tmp_path / "data.ndjson",
        world["orgs"]
        + world["staff"]
        + world["patients"]
        + [b.document("d1", "p1", "r-holm", "2026-01-11T10:00:00+01:00", note)],
    )
    assert Importer(init_db(db_url), progress=False).run([data]).ok
    orders = [
        {"kind": "patient", "patient": "p1", "staff": ["s-holm"], "from": "2026-01-01",
         "until": "2026-07-01", "reason": "violence"},
        {"kind": "organization", "organization": "o-rets", "from": "2026-01-01",
         "until": None, "reason": "high-risk department"},
    ]  # fmt: skip
    indsigt = str(Path(sys.executable).parent / "indsigt")
    env = {**os.environ, "INDSIGT_DB": db_url}
    run = subprocess.run(
        [indsigt, "--db", db_url, "orders", "add", "-", "--json"],
        input=json.dumps(orders), capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert json.loads(run.stdout)["ids"]
    shown = subprocess.run(
        [indsigt, "--db", db_url, "journal", "p1", "--at", "2026-02-01T12:00:00+01:00", "--json"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    [doc] = [d for d in json.loads(shown.stdout)["documents"] if d["id"] == "d1"]
    words = doc["text"].replace(",", " ").replace(".", " ").replace(":", " ").split()
    assert "holm" not in words and "mlh" not in words, doc["text"]
    assert "talt med per om" not in doc["text"], doc["text"]
    for kept in ("morgenmedicin", "pt rolig", "per telefon i morgen", "en sten har sat sig fast"):
        assert kept in doc["text"], (kept, doc["text"])
