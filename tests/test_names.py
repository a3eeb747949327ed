"""Unit tests for the staff-name matcher (indsigt.protect.names) and replacement (replace)."""

from __future__ import annotations

import random

import pytest

from cputime import cpu_time
from indsigt.protect.names import (
    NameMatcher,
    Person,
    Span,
    derive_initials,
    fold,
    matcher_for,
    zipf,
)
from indsigt.protect.replace import genitive_label, protect_text, replace

METTE = Person(
    key="s-mette",
    given="Mette Louise",
    family="Holm-Jensen",
    initials=("MLH",),
    emails=("mlh@rn.dk", "mette.holm@rn.dk"),
    usernames=("RN\\mlh",),
    titles=("Sygeplejerske",),
)
HANS = Person(key="s-hans", given="Hans", family="Skov", titles=("Overlæge",))
PER = Person(key="s-per", given="Per", family="Lund Sørensen")
AASE = Person(key="s-aase", given="Åse", family="Kjærgaard")
BO = Person(key="s-bo", given="Bo", family="Østergård")
ANNE = Person(key="s-anne", given="Anne", family="Rask")
METTE2 = Person(key="s-mette2", given="Mette", family="Dam")
PEOPLE = [METTE, HANS, PER, AASE, BO, ANNE]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(PEOPLE)


def found(m: NameMatcher, text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.person, s.form) for s in m.find(text)]


def hidden(m: NameMatcher, text: str) -> str:
    return protect_text(text, m, lambda k: f"<{k}>")


def assert_spans_ok(text: str, spans: list[Span]) -> None:
    last = 0
    for sp in spans:
        assert 0 <= sp.start < sp.end <= len(text)
        assert sp.start >= last, "sorted and non-overlapping"
        assert text[sp.start : sp.end] == sp.text
        assert sp.person == sp.candidates[0]
        assert sp.rule
        last = sp.end


# -- full names, parts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expect",
    [
        ("Tilset af Mette Louise Holm-Jensen i dag.", "Mette Louise Holm-Jensen"),
        ("Tilset af Mette Holm-Jensen i dag.", "Mette Holm-Jensen"),
        ("Tilset af Mette Holm i dag.", "Mette Holm"),
        ("Tilset af Louise Holm-Jensen i dag.", "Louise Holm-Jensen"),
        ("Tilset af Mette L. Holm-Jensen i dag.", "Mette L. Holm-Jensen"),
        ("Tilset af M. Holm-Jensen i dag.", "M. Holm-Jensen"),
        ("Tilset af Holm-Jensen, Mette i dag.", "Holm-Jensen, Mette"),
        ("Tilset af Per Lund Sørensen i dag.", "Per Lund Sørensen"),
        ("Tilset af Per Sørensen i dag.", "Per Sørensen"),
    ],
)
def test_full_name_is_one_span(m, text, expect):
    spans = m.find(text)
    assert [s.text for s in spans] == [expect]
    assert spans[0].form == "full"
    assert_spans_ok(text, spans)


@pytest.mark.parametrize(
    "text, part, person, form",
    [
        ("Aftalt med Mette i morgen.", "Mette", "s-mette", "given"),
        ("Aftalt med Louise i morgen.", "Louise", "s-mette", "given"),
        ("Aftalt med Holm-Jensen i morgen.", "Holm-Jensen", "s-mette", "full"),
        ("Aftalt med Holm i morgen.", "Holm", "s-mette", "family"),
        ("Aftalt med Jensen i morgen.", "Jensen", "s-mette", "family"),
        ("Aftalt med Lund Sørensen i morgen.", "Lund Sørensen", "s-per", "full"),
        ("Aftalt med Lund i morgen.", "Lund", "s-per", "family"),
        ("Aftalt med Sørensen i morgen.", "Sørensen", "s-per", "family"),
        ("Aftalt med Skov i morgen.", "Skov", "s-hans", "family"),
        ("Aftalt med Hans i morgen.", "Hans", "s-hans", "given"),
        ("Aftalt med Rask i morgen.", "Rask", "s-anne", "family"),
    ],
)
def test_single_parts(m, text, part, person, form):
    assert found(m, text) == [(part, person, form)]


def test_rule_says_why(m):
    (sp,) = m.find("Ring til Skov i morgen.")
    assert "efternavn 'Skov'" in sp.rule
    assert "almindeligt ord brugt som navn" in sp.rule


# -- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "overlæge",
        "Overlæge",
        "læge",
        "reservelæge",
        "sygeplejerske",
        "spl.",
        "ssa.",
        "ssh.",
        "jordemoder",
        "fysioterapeut",
        "ergoterapeut",
        "sekretær",
        "lægesekretær",
        "radiograf",
        "bioanalytiker",
        "psykolog",
        "dr.",
        "Dr.",
        "cand.psych.",
        "ledende overlæge",
        "social- og sundhedsassistent",
    ],
)
def test_title_is_inside_the_span(m, title):
    text = f"Pt. blev tilset af {title} Skov i dag."
    spans = m.find(text)
    assert [(s.text, s.person, s.form) for s in spans] == [
        (f"{title} Skov", "s-hans", "title+name")
    ]
    assert f"efter titel '{title}'" in spans[0].rule


def test_title_at_sentence_start_makes_ambiguous_word_a_name(m):
    assert found(m, "Dr. Rask vurderer, at pt. kan udskrives.") == [
        ("Dr. Rask", "s-anne", "title+name")
    ]
    assert found(m, "Spl. Rask giver medicin.") == [("Spl. Rask", "s-anne", "title+name")]


def test_title_and_full_name_become_one_label(m):
    text = "Vurderet af overlæge Hans Skov."
    assert found(m, text) == [("overlæge Hans Skov", "s-hans", "title+name")]
    assert hidden(m, text) == "Vurderet af <s-hans>."


def test_full_stop_after_a_title_word_ends_the_sentence(m):
    # "... egen læge. Rask ..." - "læge." ends the sentence, it is not a title before "Rask"
    text = "Pt. henvises til egen læge. Rask har tilset pt."
    assert found(m, text) == [("Rask", "s-anne", "family")]


# -- genitives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expect, person",
    [
        ("Ifølge Holms notat er pt. bedre.", "Holms", "s-mette"),
        ("Ifølge Lunds notat er pt. bedre.", "Lunds", "s-per"),
        ("Ifølge Hans' notat er pt. bedre.", "Hans'", "s-hans"),
        ("Ifølge Skov's notat er pt. bedre.", "Skov's", "s-hans"),
        ("Ifølge Skovs notat er pt. bedre.", "Skovs", "s-hans"),
        ("Ifølge Mettes notat er pt. bedre.", "Mettes", "s-mette"),
        ("Ifølge Holm-Jensens notat er pt. bedre.", "Holm-Jensens", "s-mette"),
        ("Hans' vurdering deles af teamet.", "Hans'", "s-hans"),
        ("Mettes vurdering deles af teamet.", "Mettes", "s-mette"),
    ],
)
def test_genitive(m, text, expect, person):
    spans = m.find(text)
    assert [(s.text, s.person) for s in spans] == [(expect, person)]
    assert spans[0].genitive


def test_genitive_of_full_name_and_replacement(m):
    text = "Ifølge Mette Holms notat."
    (sp,) = m.find(text)
    assert sp.text == "Mette Holms" and sp.genitive
    out = protect_text(text, m, lambda k: "Sygeplejerske d5dffae")
    assert out == "Ifølge Sygeplejerske d5dffae's notat."
    out = protect_text(text, m, lambda k: "Sundhedsperson")
    assert out == "Ifølge Sundhedspersons notat."


def test_genitive_label():
    assert genitive_label("Sygeplejerske d5dffae") == "Sygeplejerske d5dffae's"
    assert genitive_label("Sundhedsperson") == "Sundhedspersons"
    assert genitive_label("Jens") == "Jens'"
    assert genitive_label("Læge SPL") == "Læge SPL's"


# -- initials as a signature -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Pt. set.\n/MLH", "MLH"),
        ("Pt. set. /mlh", "mlh"),
        ("Pt. set.\nSign.: MLH", "MLH"),
        ("Pt. set. sign. MLH", "MLH"),
        ("Pt. set. v. MLH", "MLH"),
        ("Pt. set.\nMvh MLH", "MLH"),
        ("Pt. set.\nMvh\nMLH", "MLH"),
        ("Pt. set.\nmvh mlh", "mlh"),
        ("Pt. set.\nMed venlig hilsen\nMLH", "MLH"),
        ("Pt. set.\nDikteret af MLH/ssa", "MLH"),
        ("Pt. set.\nMLH", "MLH"),
        ("Pt. set.\nmlh\n", "mlh"),
        ("Pt. set.\nMH", "MH"),
        ("Aftalt med MLH at pt. kommer igen.", "MLH"),
        ("Aftalt med M.L.H. at pt. kommer igen.", "M.L.H."),
    ],
)
def test_initials(m, text, initials):
    spans = m.find(text)
    assert [s.text for s in spans] == [initials]
    assert spans[0].person == "s-mette"
    # "mlh" is also her user name; in capitals it is reported as initials
    assert spans[0].form in (("initials",) if initials.isupper() else ("initials", "username"))
    assert_spans_ok(text, spans)


def test_derived_initials():
    assert derive_initials("Mette Louise", "Holm-Jensen")[:2] == ("MLHJ", "MLJ")
    assert set(derive_initials("Mette Louise", "Holm-Jensen")) >= {"MLH", "MH", "MJ", "MLHJ"}
    assert derive_initials("Mette", "Holm") == ("MH",)


@pytest.mark.parametrize(
    "text",
    [
        "Der er bestilt MR-scanning.",  # initials "MR" of someone: a compound is not a signature
        "Hb 8,2 mmol/l og CRP 12 mg/dl.",  # "dl" after a unit slash
        "Hilsen fra datteren, som er glad.",  # initials "FRA" would be a common word
        "BESKED FRA AFDELINGEN: RING TIL MR OG FRA.",  # CAPITALS text: no initials
        "Ok.\nNej\n",
    ],
)
def test_initials_negative(text):
    people = [
        Person("a", "Mads", "Rasmussen", initials=("MR",)),
        Person("b", "Dorte", "Lindberg", initials=("DL",)),
        Person("c", "Frida", "Rahbek Andersen", initials=("FRA",)),
        Person("d", "Niels", "Ejby", initials=("NEJ",)),
    ]
    mm = NameMatcher.build(people)
    assert mm.find(text) == []


# -- e-mail addresses and user names ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expect, form",
    [
        ("Skriv til mlh@rn.dk i dag.", "mlh@rn.dk", "email"),
        ("Skriv til MLH@RN.DK i dag.", "MLH@RN.DK", "email"),
        ("Skriv til mette.holm@rn.dk i dag.", "mette.holm@rn.dk", "email"),
        ("Logget ind som RN\\mlh i dag.", "RN\\mlh", "username"),
        ("Logget ind som REGIONH\\mlh i dag.", "REGIONH\\mlh", "username"),
        ("Logget ind som mlh i dag.", "mlh", "username"),
        ("Afsender: mette.holm (intern).", "mette.holm", "email"),
        ("Skriv til skov@regionh.dk i dag.", "skov@regionh.dk", "email"),
        ("Skriv til hans.skov@regionh.dk i dag.", "hans.skov@regionh.dk", "email"),
    ],
)
def test_email_and_username(m, text, expect, form):
    spans = m.find(text)
    assert [(s.text, s.form) for s in spans] == [(expect, form)]
    assert spans[0].person in ("s-mette", "s-hans")


# -- capitals, line breaks, spellings --------------------------------------------------------


def test_all_caps(m):
    assert found(m, "BESKED FRA METTE HOLM-JENSEN: RING.") == [
        ("METTE HOLM-JENSEN", "s-mette", "full")
    ]
    assert found(m, "Ring til SKOV i morgen.") == [("SKOV", "s-hans", "family")]
    assert found(m, "RING TIL SKOV") == [("SKOV", "s-hans", "family")]
    assert found(m, "HANS DATTER ER HER OG SIGER, AT HAN ER RASK.") == []


@pytest.mark.parametrize(
    "text, expect",
    [
        ("Skrevet af Mette\nHolm efter samtale.", "Mette\nHolm"),
        ("Skrevet af Mette\r\nHolm efter samtale.", "Mette\r\nHolm"),
        ("Skrevet af Mette   Holm efter samtale.", "Mette   Holm"),
        ("Skrevet af Holm-\nJensen efter samtale.", "Holm-\nJensen"),
        ("Skrevet af Kjær-\ngaard efter samtale.", "Kjær-\ngaard"),
        ("Skrevet af Holm\u00adJensen efter samtale.", "Holm\u00adJensen"),
    ],
)
def test_line_breaks_and_soft_hyphens(m, text, expect):
    assert [s.text for s in m.find(text)] == [expect]


@pytest.mark.parametrize(
    "text, expect, person",
    [
        ("Samtale med Åse Kjærgaard.", "Åse Kjærgaard", "s-aase"),
        ("Samtale med Aase Kjaergaard.", "Aase Kjaergaard", "s-aase"),
        ("Samtale med Åse Kjærgård.", "Åse Kjærgård", "s-aase"),
        ("Samtale med Ase Kjargard.", "Ase Kjargard", "s-aase"),  # one typo after "med"
        # two typos beside the other part: still her (stop 34, tests/test_names_spelled_otherwise.py)
        ("Samtale med Ase Kjargart.", "Ase Kjargart", "s-aase"),
        ("Samtale med Kjargart.", None, None),  # two typos alone: not a spelling of it
        ("Samtale med Bo Østergård.", "Bo Østergård", "s-bo"),
        ("Samtale med Bo Oestergaard.", "Bo Oestergaard", "s-bo"),
        ("Samtale med Bo Østergaard.", "Bo Østergaard", "s-bo"),
        ("Samtale med Bo Ostergard.", "Bo Ostergard", "s-bo"),
        ("Samtale med Per Lund Sörensen.", "Per Lund Sörensen", "s-per"),
        ("Samtale med Per Lund Sorensen.", "Per Lund Sorensen", "s-per"),
    ],
)
def test_danish_spellings(m, text, expect, person):
    spans = m.find(text)
    if expect is None:
        assert all(s.person != "s-aase" or s.text == "Ase" for s in spans)
        return
    assert [(s.text, s.person) for s in spans] == [(expect, person)]


def test_fold():
    assert fold("Kjærgaard") == "kjærgaard"
    assert fold("Sörensen") == "sørensen"
    assert fold("Holm-Jensen's") == "holm jensen s"
    assert fold("René") == "rene"


# -- ordinary words stay ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hans datter er orienteret.",
        "Vi har talt med hans mor og hans søster.",
        "Pt. har gået en tur i skoven.",
        "Han er rask igen.",
        "Huden er rask og uden tegn på infektion.",
        "Der gives 1 g paracetamol 4 gange per dag.",
        "Per os 500 mg x 3.",
        "Per døgn gives 2 liter.",
        "Pt. ønsker at bo hjemme.",
        "Der er sand i urinen og frost i fingrene.",
        "Pt. bor på en lille holm i fjorden.",
        "Pt. boede ved en dam og en lund.",
        "Hans egen læge er orienteret.",
        "Stockholm og Holmegaard er steder.",
        "Lundeborg og Skovlunde ligger langt væk.",
        "Holmen er oversvømmet.",
    ],
)
def test_ordinary_words_stay(m, text):
    assert m.find(text) == []
    assert hidden(m, text) == text


def test_word_boundaries_respect_the_persons_own_name():
    mm = NameMatcher.build([Person("x", "Lis", "Holmegaard"), Person("y", "Ib", "Stockholm")])
    assert found(mm, "Talt med Holmegaard og Stockholm.") == [
        ("Holmegaard", "x", "family"),
        ("Stockholm", "y", "family"),
    ]
    assert found(mm, "Talt med Holm.") == []


# -- sentence starts (the documented decision) -----------------------------------------------


@pytest.mark.parametrize(
    "text, expect",
    [
        ("Skov har ringet til pt.", "Skov"),
        ("Skov tilså pt. i dag.", "Skov"),
        ("Skov informeret om svar.", "Skov"),
        ("Skov, overlæge, er orienteret.", "Skov"),
        ("Skov: pt. har det godt.", "Skov"),
        ("Rask og Skov har tilset pt.", "Rask"),
        ("Pt. er set. Skov vurderer, at pt. kan udskrives.", "Skov"),
        ("Samtale med pt. Skov ringede senere.", "Skov"),
    ],
)
def test_ambiguous_name_at_sentence_start_is_hidden_before_a_verb(m, text, expect):
    assert expect in [s.text for s in m.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hans datter ringede i går.",
        "Hans kone er pårørende.",
        "Per os 500 mg.",
        "Samtale med pt. Hans kone var med.",
        "Skov og mark er tæt på boligen.",  # "og" + a word in lower case: the ordinary word
        "Sand i urinen.",  # a preposition says nothing
        "Per døgn gives 2 liter.",
    ],
)
def test_ambiguous_word_at_sentence_start(m, text):
    assert m.find(text) == []


def test_lower_case_common_name_next_to_another_part(m):
    assert found(m, "ring til mette holm i dag") == [("mette holm", "s-mette", "full")]
    assert found(m, "ring til hans skov i dag") == [("hans skov", "s-hans", "full")]
    assert found(m, "ring til Mette holm i dag") == [("Mette holm", "s-mette", "full")]
    assert found(m, "tlf. fra åse kjærgaard") == [("åse kjærgaard", "s-aase", "full")]


# -- shared forms ------------------------------------------------------------------------------


def test_two_people_share_a_given_name():
    mm = NameMatcher.build([METTE, METTE2])
    (sp,) = mm.find("Aftalt med Mette i morgen.")
    assert sp.text == "Mette"
    assert set(sp.candidates) == {"s-mette", "s-mette2"}
    assert sp.person == sp.candidates[0]
    (sp,) = mm.find("Aftalt med Mette Dam i morgen.")
    assert sp.text == "Mette Dam" and sp.person == "s-mette2" and sp.candidates == ("s-mette2",)
    (sp,) = mm.find("Aftalt med Mette Holm i morgen.")
    assert sp.person == "s-mette" and sp.candidates == ("s-mette",)


# -- spans and replacement ---------------------------------------------------------------------


def test_spans_are_sorted_and_point_into_the_original(m):
    text = (
        "Journalnotat\nTilset af overlæge Hans Skov og spl. Rask. Hans datter var med.\n"
        "Skriv til mlh@rn.dk. Holm-\nJensens vurdering følges.\nMvh\nMLH\n"
    )
    spans = m.find(text)
    assert_spans_ok(text, spans)
    assert [s.text for s in spans] == [
        "overlæge Hans Skov",
        "spl. Rask",
        "mlh@rn.dk",
        "Holm-\nJensens",
        "MLH",
    ]


def test_replace_no_spans_is_identity():
    assert replace("Hans datter", [], lambda k: "X") == "Hans datter"


def test_replace_merges_neighbouring_spans_of_one_person():
    text = "overlæge Hans Skov kom"
    spans = [
        Span(0, 8, "p", "title", "titel", "overlæge"),
        Span(9, 13, "p", "given", "fornavn", "Hans"),
        Span(14, 18, "p", "family", "efternavn", "Skov"),
    ]
    assert replace(text, spans, lambda k: "L") == "L kom"
    # different people next to each other stay two labels
    spans[2] = Span(14, 18, "q", "family", "efternavn", "Skov")
    assert replace(text, spans, lambda k: k.upper()) == "P Q kom"


def test_replace_overlapping_spans_hide_both():
    text = "abc Mette Holm def"
    spans = [Span(4, 9, "p", "given", "", "Mette"), Span(6, 14, "q", "family", "", "tte Holm")]
    assert replace(text, spans, lambda k: "L") == "abc L def"


def test_replace_calls_label_for_once_per_person(m):
    calls: list[str] = []

    def label_for(k: str) -> str:
        calls.append(k)
        return "Sundhedsperson"

    out = protect_text("Skov og Mette. Senere Skov igen.", m, label_for)
    assert out == "Sundhedsperson og Sundhedsperson. Senere Sundhedsperson igen."
    assert sorted(calls) == ["s-hans", "s-mette"]


def test_protect_text_end_to_end(m):
    text = (
        "Pt. tilset af overlæge Hans Skov. Hans datter var med. Aftalt med Mette, at "
        "Holm-Jensens plan følges. Han er rask igen og vil bo hjemme.\n/mlh"
    )
    out = protect_text(text, m, lambda k: {"s-hans": "Overlæge a1", "s-mette": "Spl. b2"}[k])
    assert out == (
        "Pt. tilset af Overlæge a1. Hans datter var med. Aftalt med Spl. b2, at "
        "Spl. b2's plan følges. Han er rask igen og vil bo hjemme.\n/Spl. b2"
    )


# -- building, caching, wordfreq ---------------------------------------------------------------


def test_person_accepts_lists_and_stays_hashable():
    p = Person("k", "A", "B", initials=["AB"], emails=["a@b.dk"])  # type: ignore[arg-type]
    assert p.initials == ("AB",) and p.emails == ("a@b.dk",)
    assert hash(p)


def test_matcher_for_is_cached_by_the_set_of_people():
    a = matcher_for([METTE, HANS])
    assert matcher_for([HANS, METTE]) is a
    assert matcher_for(p for p in [METTE, HANS]) is a
    assert matcher_for([METTE]) is not a


def test_empty_matcher_and_empty_text(m):
    assert NameMatcher.build([]).find("Mette Holm") == []
    assert m.find("") == []


@pytest.mark.parametrize("word", ["hans", "skov", "jensen", "kjærgaard", "xyzzy", "per"])
def test_zipf_is_wordfreq_zipf(word):
    from wordfreq import zipf_frequency

    assert zipf(word) == zipf_frequency(word, "da")


_GIVEN = [
    "Mette",
    "Hans",
    "Per",
    "Bo",
    "Anne",
    "Søren",
    "Lars",
    "Åse",
    "Jens",
    "Ole",
    "Ib",
    "Kim",
    "Lykke",
    "Storm",
    "Anne-Mette",
]
_FAMILY = [
    "Jensen",
    "Holm",
    "Skov",
    "Lund",
    "Dam",
    "Rask",
    "Frost",
    "Sand",
    "Kjær",
    "Bach",
    "Vang",
    "Mose",
    "Kjærgaard",
    "Østergård",
]


def generated_people(n: int, seed: int = 3) -> list[Person]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        given = " ".join(rnd.sample(_GIVEN, rnd.choice((1, 1, 2))))
        family = rnd.choice(_FAMILY)
        if rnd.random() < 0.2:
            family += rnd.choice(("-", " ")) + rnd.choice(_FAMILY)
        family += f"{i:05d}"[:0]  # names repeat, as in a real roster
        out.append(
            Person(
                f"p{i}",
                given,
                family,
                emails=(f"u{i}@rn.dk", f"{given.split()[0].lower()}.{i}@region.dk"),
                usernames=(f"RN\\u{i}",),
                titles=(rnd.choice(("Sygeplejerske", "Overlæge", "Læge")),),
            )
        )
    return out


def test_build_20000_people_quickly():
    people = generated_people(20_000)
    with cpu_time() as t:  # this thread's CPU time: the test machine may be busy with other suites
        mm = NameMatcher.build(people)
    assert t.seconds < 10, f"build took {t.seconds:.1f} s"
    (sp,) = mm.find("Skriv til u19999@rn.dk.")
    assert sp.person == "p19999"


# -- more forms ----------------------------------------------------------------------------------


def test_hyphenated_line_break_is_also_read_as_two_words():
    mm = NameMatcher.build([Person("a", "Mette", "Holm"), Person("b", "Per", "Holm-Jensen")])
    assert found(mm, "Talt med Holm-\nog pårørende.") == [("Holm", "a", "family")]
    assert found(mm, "Holm-\nJensen tilså pt.") == [("Holm-\nJensen", "b", "family")]


def test_user_names_anywhere_and_in_addresses():
    mm = NameMatcher.build([Person("a", "Mette", "Holm", usernames=("mtho",))])
    assert found(mm, "ændret af mtho kl. 10") == [("mtho", "a", "username")]
    assert found(mm, "Bruger: MTHO") == [("MTHO", "a", "username")]
    # the initial beside the name in a user name is the person's too (stop 37)
    assert [s.text for s in mm.find("bruger holm_m loggede ind")] == ["holm_m"]


def test_initials_stand_out_but_not_in_capitals_text():
    mm = NameMatcher.build([Person("a", "Mette Louise", "Holm", initials=("MLH",))])
    assert found(mm, "Aftalt med MLH, at pt. ringer.") == [("MLH", "a", "initials")]
    assert found(mm, "Aftalt med MH, at pt. ringer.") == [("MH", "a", "initials")]
    assert found(mm, "VIGTIGT: MH OG MLH ER IKKE ORIENTERET") == []
    assert found(mm, "Sendt til MLH-gruppen.") == []


def test_lower_case_name_of_several_parts(m):
    assert found(m, "tlf. fra mette louise holm-jensen") == [
        ("mette louise holm-jensen", "s-mette", "full")
    ]
    assert found(m, "tlf. fra per lund sørensen") == [("per lund sørensen", "s-per", "full")]


def test_non_latin_text_and_punctuation(m):
    text = "Tilset af Mette Holm – hun sagde: “Skov’s plan” er god. Łukasz Åse 😀 Skov."
    spans = m.find(text)
    assert_spans_ok(text, spans)
    assert [s.text for s in spans] == ["Mette Holm", "Skov’s", "Åse", "Skov"]


def test_replace_keeps_line_breaks_between_two_mentions(m):
    text = "Tilset af Skov\n\nSkov vurderer, at pt. kan udskrives."
    assert (
        protect_text(text, m, lambda k: "L") == "Tilset af L\n\nL vurderer, at pt. kan udskrives."
    )


# -- initials with full stops and spaces -------------------------------------------------------


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Aftalt med M. L. H. at pt. kommer igen.", "M. L. H."),
        ("Aftalt med M. L. H at pt. kommer igen.", "M. L. H"),
        ("Aftalt med M.L. H. at pt. kommer igen.", "M.L. H."),
        ("Aftalt med M. L.H. at pt. kommer igen.", "M. L.H."),
        ("Aftalt med M.  L.  H. at pt. kommer igen.", "M.  L.  H."),
        ("Aftalt med M. LH at pt. kommer igen.", "M. LH"),
        ("Pt. set.\nSign.: M. L. H.", "M. L. H."),
        ("Pt. set.\n/M. L. H.", "M. L. H."),
        ("Pt. set.\nM. L. H.\n", "M. L. H."),
        ("Pt. set.\nMvh M. LH", "M. LH"),
        ("Pt. set.\nMvh M.LH", "M.LH"),
        ("Pt. set. (M. L. H.)", "M. L. H."),
        ("Pt. set.\nM. L. H. J.", "M. L. H. J."),
        # two letters only where a signature stands
        ("Pt. set.\nM. H.", "M. H."),
        ("Pt. set.\nSign.: M. H.", "M. H."),
        ("Pt. set. / M. H.", "M. H."),
        ("Pt. set. v. M. H.", "M. H."),
    ],
)
def test_spaced_dotted_initials(m, text, initials):
    spans = m.find(text)
    assert [s.text for s in spans] == [initials]
    assert spans[0].person == "s-mette" and spans[0].form == "initials"
    assert "med punktummer" in spans[0].rule or "efter" in spans[0].rule
    assert_spans_ok(text, spans)
    assert initials not in hidden(m, text)


def test_spaced_dotted_initials_in_a_run_and_with_a_title(m):
    assert [s.text for s in m.find("Set af M. L. H. M. L. H. i dag.")] == ["M. L. H.", "M. L. H."]
    assert [s.text for s in m.find("Set af X. M. L. H. i dag.")] == ["M. L. H."]
    (sp,) = m.find("Set af spl. M. L. H. i dag.")
    assert sp.text == "spl. M. L. H." and sp.form == "title+name"
    (sp,) = m.find("Set af M. L. Holm-Jensen i dag.")  # initials + name: one span, the name
    assert sp.text == "M. L. Holm-Jensen" and sp.form == "full"


@pytest.mark.parametrize(
    "text",
    [
        "Gives f. eks. i. v. eller p. o. efter aftale.",
        "F. eks. gives I. V. eller P. O. efter aftale.",  # two capitals are not a signature here
        "Kontrol d. 3. maj kl. 10, ca. 5 mg. E. coli i urinen.",
        "Der er fundet type A. B-celler er normale.",
        "Pt. har fået vitamin B. C-vitamin pauseres.",
        "Se M. L. Hansen i morgen.",  # initials of a name that is not hidden
        "Se bilag A. Bilag B. følger.",
        "Samtalen med M. H. Hansen er aftalt.",
    ],
)
def test_spaced_dotted_initials_negative(text):
    people = [
        Person("a", "Frida", "Eriksen", initials=("FE",)),
        Person("b", "Ida", "Vang", initials=("IV",)),
        Person("c", "Poul", "Olsen", initials=("PO",)),
        Person("d", "Dorte", "Madsen", initials=("DM", "KL", "CA", "EC", "AB", "BC")),
        Person("e", "Mads", "Lund", initials=("ML",)),
        Person("f", "Mette", "Holm", initials=("MH",)),
    ]
    mm = NameMatcher.build(people)
    assert mm.find(text) == []


def test_spaced_dotted_initials_in_protect_text(m):
    text = "Aftalt med M. L. H. at pt. kommer igen.\nSign.: M. H."
    assert hidden(m, text) == "Aftalt med <s-mette> at pt. kommer igen.\nSign.: <s-mette>"


# -- non-hidden colleagues (negative matching) -------------------------------------------------

HOLM = Person("s-holm", "Mette", "Holm", titles=("Sygeplejerske",))
COLLEAGUES = [("Lars", "Holm"), ("Søren", "Holm-Jensen"), ("Mette", "Dam"), ("Karen", "Berg")]


@pytest.fixture(scope="module")
def mh() -> NameMatcher:
    return NameMatcher.build([HOLM], others=COLLEAGUES)


@pytest.mark.parametrize(
    "text",
    [
        "Aftalt med Lars Holm i dag.",
        "Lars Holms vurdering er, at pt. kan udskrives.",
        "Lars Holm's vurdering følges.",
        "BESKED FRA LARS HOLM: RING.",
        "Tilset af overlæge Lars Holm og spl. Karen Berg.",
        "Skriv til lars.holm@rn.dk i dag.",
        "Samtale med Søren Holm-Jensen og Soeren Holm-Jensen.",
        "Holm-Jensen har ringet.",
        "Mette Dam ringede i går.",
    ],
)
def test_non_hidden_colleague_sharing_a_name_part_is_left(mh, text):
    assert mh.find(text) == []
    assert hidden(mh, text) == text


def test_non_hidden_colleague_and_the_hidden_person_in_one_text(mh):
    text = "Lars Holm og Mette Holm tilså pt. Holm ringer i morgen. Mvh Lars Holm"
    assert [s.text for s in mh.find(text)] == ["Mette Holm", "Holm"]
    assert hidden(mh, text) == (
        "Lars Holm og <s-holm> tilså pt. <s-holm> ringer i morgen. Mvh Lars Holm"
    )
    # without the roster of the others, another given name before the family name says that
    # it is someone else (stop 35; before, "Lars <s-holm>" was over-hidden)
    assert hidden(NameMatcher.build([HOLM]), text) == (
        "Lars Holm og <s-holm> tilså pt. <s-holm> ringer i morgen. Mvh Lars Holm"
    )


@pytest.mark.parametrize(
    "text, expect",
    [
        # the colleague's name goes on with the hidden person's other part: hide (safety first)
        ("Aftalt med Lars Holm, Mette i dag.", ["Holm, Mette"]),
        ("Aftalt med Mette Dam-Holm i dag.", ["Mette", "Dam-Holm"]),
        # a line break or a comma between the parts is not the colleague's name
        ("Aftalt med Lars\nHolm i dag.", ["Holm"]),
        ("Aftalt med Lars, Holm og Mette.", ["Holm", "Mette"]),
        ("Talt med Mette.\nDam er ikke relevant.", ["Mette"]),
        ("Afsender: Lars.Holm (intern).", ["Holm"]),
    ],
)
def test_colleague_name_is_left_only_when_it_is_clearly_the_colleague(mh, text, expect):
    assert [s.text for s in mh.find(text)] == expect


@pytest.mark.parametrize(
    "hidden_person, other, text",
    [
        (HOLM, ("Mette", "Holm"), "Aftalt med Mette Holm i dag."),  # the same full name
        (HOLM, ("METTE", "HOLM"), "Aftalt med Mette Holm i dag."),
        (HOLM, ("Holm", "Mette"), "Aftalt med Holm Mette i dag."),  # the parts in either order
        (Person("x", "Søren", "Holm"), ("Soren", "Holm"), "Aftalt med Søren Holm i dag."),
        (Person("x", "Soren", "Holm"), ("Søren", "Holm"), "Aftalt med Søren Holm i dag."),
        (Person("x", "Mette Louise", "Holm"), ("Louise", "Holm"), "Aftalt med Louise Holm."),
        (Person("x", "Lars", "Holm-Jensen"), ("Lars", "Holm"), "Aftalt med Lars Holm i dag."),
    ],
)
def test_same_name_as_a_hidden_person_is_hidden(hidden_person, other, text):
    mm = NameMatcher.build([hidden_person], others=[other])
    assert "Holm" in " ".join(s.text for s in mm.find(text))
    assert "Holm" not in hidden(mm, text)


def test_colleague_shares_parts_with_two_hidden_people():
    people = [Person("a", "Lars", "Jensen"), Person("b", "Mette", "Holm")]
    mm = NameMatcher.build(people, others=[("Lars", "Holm")])
    assert found(mm, "Aftalt med Lars Holm i dag.") == []
    assert found(mm, "Aftalt med Lars Jensen og Mette Holm.") == [
        ("Lars Jensen", "a", "full"),
        ("Mette Holm", "b", "full"),
    ]


def test_hidden_forms_are_still_found_with_colleagues(mh):
    for text, expect in [
        ("Pt. set af spl. Mette Holm kl. 10.", "spl. Mette Holm"),
        ("Holms vurdering følges.", "Holms"),
        ("Ring til HOLM i morgen.", "HOLM"),
        ("Notat skrevet af Mette\nHolm efter samtale.", "Mette\nHolm"),
        ("Tlf. fra Holm, Mette kl. 10.", "Holm, Mette"),
    ]:
        assert [s.text for s in mh.find(text)] == [expect], text


def test_matcher_for_keeps_only_colleagues_who_share_a_name_part():
    a = matcher_for([HOLM], others=[("Lars", "Holm"), ("Karen", "Berg")])
    assert matcher_for([HOLM], others=[Person("k", "Lars", "Holm")]) is a
    assert matcher_for([HOLM], others=[("Lars", "Holm"), ("Bent", "Skov")]) is a
    assert matcher_for([HOLM]) is not a
    assert matcher_for([HOLM], others=[("Karen", "Berg")]) is matcher_for([HOLM])
    assert found(a, "Aftalt med Lars Holm i dag.") == []


def test_joined_phrases_next_to_another_persons_name_do_not_crash():
    # "hans peter" + "peter kjeldsen" join (only a's), then "Christensen" (only b's) follows:
    # the joined hit must keep its own people (this raised KeyError)
    people = [
        Person("a", "Hans-Peter Thomas", "Poulsen Kjeldsen"),
        Person("b", "Hans-Peter", "Christensen"),
    ]
    mm = NameMatcher.build(people)
    text = "Kontakt Hans-Peter Kjeldsen Christensen ved spørgsmål."
    spans = mm.find(text)
    assert_spans_ok(text, spans)
    assert "".join(s.text for s in spans).replace(" ", "") == "Hans-PeterKjeldsenChristensen"
    assert hidden(mm, text).startswith("Kontakt <")
    assert "Christensen" not in hidden(mm, text) and "Kjeldsen" not in hidden(mm, text)
