"""Red-team cases, one class per row, from running the independent corpus (tests/independent,
written without reading the matcher) through the matcher: every leak and every over-hiding found
there became a class here, with a case of our own wording."""

from __future__ import annotations

import re

import pytest

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.replace import protect_text, replace
from names_shown import out

HIDDEN = [
    Person("sofie", "Sofie", "Aagaard", usernames=("RSYD\\soaa",)),
    Person("vang", "Per", "Vang"),
    Person("carl", "Carl", "Høj"),
    Person("mesk", "Mette", "Skov", initials=("MESK",)),
    Person("al", "Anne", "Lund", initials=("AL",)),
    Person("svk", "Svend", "Kirk", initials=("SVK",)),
    Person("ld", "Lise", "Dahl"),
    Person("kol", "Karen", "Olsen", initials=("KOL",)),
    Person("leo", "Leo", "Gram"),
    Person("storm", "Helle", "Storm", usernames=("hano",)),
    Person("crp", "Conny", "Rasmussen", usernames=("crp",)),
    Person("bo", "Bo", "Skjold"),
    Person("kirsten", "Kirsten", "Bak"),
    Person("birgitte", "Birgitte", "Høj"),
    Person("hanne", "Hanne", "Skov"),
]
COLLEAGUES = [("Maja", "Johansen"), ("Bo", "Jensen")]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=COLLEAGUES)


@pytest.mark.parametrize(
    "cls, text, expect",
    [
        ("greeting", "Emne: Vedr. pt.\n\nHej Sofie\n\nKan du kigge på listen?", "Hej [X]\n"),
        ("greeting", "Kære Carl\nTak for sidst.", "Kære [X]\n"),
        # "e.l." (egen læge) says who the doctor is to the citizen: it stays next to the label
        ("abbreviated title", "Talt med e.l. vang om smerter.", "Talt med e.l. [X] om"),
        ("abbreviated title", "Udgang med ledsagelse af mt. Carl i dag.", "af [X] i dag"),
        ("abbreviated title", "Mvh hjsp. høj", "Mvh [X]"),
        ("dictation mark", "Dikt. MESK/al 19.04.2026", "Dikt. [X]/[X] 19"),
        ("initials in parentheses", "Ordination ændret af SVK (SVK).", "ændret af [X]."),
        ("initials in parentheses", "Ordination ændret af Skovs (MESK).", "ændret af [X]'s."),
        ("initials after 'fra'", "Mobiliseret med hjælp fra LD i dag.", "fra [X] i dag"),
        ("who did it", "Dispenseret kl. 22, kontrolleret af KOL.", "kontrolleret af [X]."),
        ("on duty", "Fast vagt: Leo.\nRolig nat.", "Fast vagt: [X]."),
        ("typo next to a name", "Aftalt med SSH Brigitte Høj, at såret skiftes.", "med [X], at"),
        ("typo next to a name", "Tlf. fra Hane Skov, hjemmeplejen.", "fra [X], hjem"),
        ("typo next to a name", "Talt med Per Vag, som ringer.", "med [X], som"),
    ],
)
def test_hidden(m, cls, text, expect):
    assert expect in out(m, text), (cls, out(m, text))


@pytest.mark.parametrize(
    "cls, text",
    [
        ("a cartoonist, not an initial", "Storm P.-tegninger på væggen."),
        ("an initial over a line break", "Hjertemedicinsk Afdeling B.\nSvært at sove."),
        ("a user name glued to digits is another user", "Cc: hano4@svendborg.dk"),
        ("initials in parentheses are not a typo", "Aftenvagt: Inge overtaget fra os (MAJO)."),
        ("a clinical abbreviation that is a user name", "Hb 6,8, CRP 112, EKG normal."),
        ("general practitioner", "OK fra patienten til at kontakte PL."),
        ("the initials say it is someone else", "Aftenvagt: Inge overtaget fra Bo (BJ)."),
    ],
)
def test_kept(m, cls, text):
    assert m.find(text) == [], (cls, m.find(text))


def test_the_citizens_own_given_name_alone_is_the_citizen(m):
    own = [("Sofie", "Hansen")]
    assert out(m, "Sofie spørger til bror Mikkel.", own) == "Sofie spørger til bror Mikkel."
    assert out(m, "Nattevagt. Sofie klager over smerter.", own).startswith("Nattevagt. Sofie")
    # where staff are named, or a name is certain, it is the hidden person
    assert out(m, "Kontrol, evt. ved Sofie ved ferie.", own) == "Kontrol, evt. ved [X] ved ferie."
    assert out(m, "Pt. set.\nMvh Sofie", own) == "Pt. set.\nMvh [X]"
    assert out(m, "Set af spl. Sofie i dag.", own) == "Set af [X] i dag."
    assert out(m, "Sofie Aagaard tilså pt.", own) == "[X] tilså pt."


# -- from the independent attack cases (bench/independent/names_eval.py, 2026-12-04) ----------

ATTACKED = [
    Person("bk", "Birgitte Lund", "Kjærgaard"),
    Person("sh", "Søren", "Holm"),
    Person("mlh", "Marie Louise", "Hald"),
]


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Tilset af \u202edraagræjK\u202c.", "draagræjK"),  # shown reversed by a bidi override
        ("Mvh Brigitte", "Brigitte"),  # a typo that is a rare name, in a sign-off
        ("Tilset af spl. Kjær- gaard i aftes.", "gaard"),  # broken by hand, hyphen and space
        ("Søren HolmTilset.", "Holm"),  # run together with the next word (markup removed)
        ("Ordineret af SH (ssa).", "SH"),  # derived initials after "af" that are a short word
        # family name first, with the given-name initials (2026-12-05)
        ("Ansvarlig: Kjærgaard B.", "Kjærgaard"),
        ("Ansvarlig: Holm, S.", "S."),
        ("Holm, S. har ringet.", "S."),
        ("Kjærgaard B. har ringet.", "B."),
        ("Tilset af Hald ML.", "ML"),
        ("Tilset af M.L. Hald.", "Hald"),
        ("Ifølge M.L. Hald er pt. bedre.", "Hald"),
        ("Tilset af M. L. Hald.", "Hald"),
        # the genitive of derived initials
        ("BLK's vurdering.", "BLK"),
    ],
)
def test_attack_classes(text, gone):
    mm = NameMatcher.build(ATTACKED)
    out = replace(text, mm.find(text), lambda k: "[X]")
    assert gone not in out and "[X]" in out, out


@pytest.mark.parametrize(
    "text, stays",
    [
        ("Storm P.-tegninger på væggen.", "Storm P.-tegninger"),  # an initial before a hyphen
        ("Kjærgaard K. er en anden.", "Kjærgaard K."),  # not her initial: nothing says it's her
        ("Ordineret af Hald ML 20 mg", "ML 20 mg"),  # a clinical abbreviation before a number
        ("Status: god. M.L. er ikke initialer her.", "M.L. er ikke"),
        ("KOL's forløb er langt.", "KOL's forløb"),  # a clinical abbreviation's genitive
    ],
)
def test_attack_classes_kept(text, stays):
    mm = NameMatcher.build(ATTACKED)
    assert stays in replace(text, mm.find(text), lambda k: "[X]")


@pytest.mark.parametrize("frame", ["{} vurdering.", "Ifølge spl. {} notat.", "Jf. {} plan"])
def test_a_genitive_reads_the_same_however_it_was_written(frame):
    """The "'s" after a label is the label's own Danish genitive ("Sygeplejerske 3f2a's"), the
    same for every spelling of the original (Holms, Holm's, Holm’s, HOLM'S, derived initials'
    genitive): nothing of the original's spelling is left (issue 11 attack class "genitive")."""
    mm = NameMatcher.build(ATTACKED)
    label = "Sygeplejerske 3f2a"
    spellings = ["Holms", "Holm's", "Holm’s", "Holm´s", "Holm`s", "HOLM'S", "Holmʼs", "Holm′s"]
    outs = {s: protect_text(frame.format(s), mm, lambda k: label) for s in spellings}
    assert len(set(outs.values())) == 1, outs
    assert "Holm" not in next(iter(outs.values()))


# -- from the independent corpus and property tests on 2026-12-05 -----------------------------

CORPUS = [
    Person("hp", "Hanne", "Poulsen"),
    Person("hhb", "Hans-Henrik", "Bøgh"),
    Person("ct", "Charlotte", "Tange", usernames=("RSYD\\ct",)),
    Person("bsj", "Bjørn Sten", "Jakobsen"),
    Person("lo", "Lone", "Olsen", usernames=("RSYD\\leo",)),
]


@pytest.mark.parametrize(
    "text, gone",
    [
        # initials of another hidden person in parentheses keep the name hidden (fail closed)
        ("Aftenvagt: Mette overtaget fra Hanne (HB).", "Hanne"),
        ("Aftenvagt: Mette overtaget fra Hanne (HB).", "HB"),
        ("Hanne (HB) ringede i går.", "HB"),
        # a word-like user name in a sign-off that ends its sentence
        ("Ændret af leo. /po", "leo"),
        ("Skrevet af leo, spl.", "leo"),
        # one typo after a telephone call to someone
        ("Svar ringet til Jakosen kl. 09.10.", "Jakosen"),
        ("Ringede til jakobsen om svaret.", "jakobsen"),
        # a clinical abbreviation that is someone's user name, where a person stands
        ("Set af CT.", "CT"),
        ("Dikt. CT/ssa", "CT"),
    ],
)
def test_corpus_classes(text, gone):
    mm = NameMatcher.build(CORPUS)
    out = replace(text, mm.find(text), lambda k: "[X]")
    assert not re.search(rf"(?<!\w){re.escape(gone)}(?!\w)", out) and "[X]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Påvist sten i nyren ved CT.",  # the examination, not Charlotte Tange (user name ct)
        "Undersøgt ved CT og UL i går.",
        "Set af leo i zoo.",  # not a sign-off
        "Ringet til egen læge.",
        "Har ringet til hans datter.",
        "Overtaget fra Bo (BJ).",  # initials nobody hidden has: someone else
    ],
)
def test_corpus_classes_kept(text):
    mm = NameMatcher.build(CORPUS)
    assert replace(text, mm.find(text), lambda k: "[X]") == text


def test_an_abbreviation_dot_does_not_end_a_signoff():
    """'kl.' (klokken) after a name in a sign-off is not a user name ending its sentence."""
    mm = NameMatcher.build([*CORPUS, Person("kl", "Karin", "Lund", usernames=("RSYD\\kl",))])
    text = "Medicin dispenseret af sygeplejerske Kjær kl. 10.00, kontrolleret af GRS."
    assert "kl. 10.00" in replace(text, mm.find(text), lambda k: "[X]")
    text = "Ændret af kl. Pt. sover."
    assert "kl" not in replace(text, mm.find(text), lambda k: "[X]").split("Pt.")[0]


# -- found by the lead's own red-team probe (06.12): Danish habits the corpora lacked ----------

#: a nurse with two given names and an initials user name (regions issue such user names), a
#: person with a hyphenated given name, one with an initials e-mail address, and (below)
#: non-hidden colleagues who share a surname or a name part
PROBED = [
    Person("mlh", "Mette Louise", "Holm", usernames=("RN\\mlh",)),
    Person("amk", "Anne-Mette", "Kjærgård"),
    Person("pks", "Poul Kristian", "Sand", usernames=("pks",)),
    Person("bkl", "Bente", "Klit", emails=("bkl@rsyd.dk",)),
]


@pytest.fixture(scope="module")
def probed() -> NameMatcher:
    return NameMatcher.build(PROBED, others=[("Lars", "Holm"), ("Maja", "Kjær")])


@pytest.mark.parametrize(
    "text, gone",
    [
        # the initials of a double given name written with a hyphen before the surname: left
        # next to the label they said the given names' initials
        ("Spl. M-L Holm gav medicin.", "M-L"),
        ("Ringede til M-L Holm.", "M-L"),
        ("Samtale med A-M Kjærgård.", "A-M"),
        ("A-M Kjærgård deltog.", "A-M"),
        ("Spl. M.-L. Holm gav medicin.", "M.-L."),
        ("Tilset af M-L. Holm.", "M-L."),  # the full stop ends an initial, not a sentence
        ("Tilset af M-L. Holm.", "Holm"),
        ("Samtale med A\u2010M Kjærgård.", "A\u2010M"),  # a typographic hyphen
        # a user name that is the person's initials shows that the person signs with them:
        # hidden wherever they stand out in CAPITALS, as initials the person has used
        ("Pt. tilset (MLH).", "MLH"),
        ("Medicin givet kl. 22 (MLH)", "MLH"),
        ("MLH tilså pt. i nat.", "MLH"),
        ("Sygeplejersken (MLH) gav medicin.", "MLH"),
        ("Pt. tilset. PKS", "PKS"),
        ("PKS har talt med pt.", "PKS"),
        ("Pt. tilset (BKL).", "BKL"),  # an e-mail address's local part says the same
        # a given name and the initial of the family name at the start of a sentence: the
        # initial made the given name look like something else ("Mette ringede." was hidden)
        ("Mette H. ringede.", "Mette"),
        ("Pt. urolig i nat. Mette H. ringede til vagthavende.", "Mette"),
        ("Poul S. ordinerede.", "Poul"),
        ("Mette H.\nSygeplejerske", "Mette"),  # alone on its line: a sign-off
        # two initials after a name: the second is not left next to the label
        ("Holm, Mette L. B.", "B."),
        ("Anne-Mette K. J. deltog.", "J."),
        # "m." is "med", not the end of a sentence: the name after it is mid-sentence
        ("Aftalt m. Holm.", "Holm"),
        ("Aftalt m. Sand i går.", "Sand"),
        # (07.12) a given name before a participle that does not end in "-et": the telegraphic
        # style of a note
        ("Pt. urolig i nat. Mette tilkaldt.", "Mette"),
        ("Mette sagt besked.", "Mette"),
        ("Mette bedt om at komme.", "Mette"),
        ("Mette spurgt, om pt. må spise.", "Mette"),
        # the initials of the other names after a given name, with a hyphen or without spaces
        ("Mette L.-H. ringede.", "L.-H."),
        ("Mette L.-H. ringede.", "Mette"),
        ("Mette L-H ringede.", "L-H"),
        ("Mette L.H. ringede.", "Mette"),
        ("Mette L. ringede.", "Mette"),
        # two initials with full stops and a space, in capitals, as the subject or after a word
        # that precedes a person (elsewhere only in a signature position)
        ("M. H. ringede.", "M. H."),
        ("Pt. urolig. M. H. tilkaldt.", "M. H."),
        ("Aftalt med M. H. i dag.", "M. H."),
        # a single initial after a title: the initial of a hidden person's family name
        ("Ovl. H. ordinerede.", "H."),
        ("Ovl. H. (Mette) ordinerede.", "H."),
        ("Spl. S. gav medicin.", "S."),
        ("Sygeplejerske H. gav medicin.", "H."),
    ],
)
def test_probed_classes(probed, text, gone):
    shown = out(probed, text)
    assert gone not in shown and "[X]" in shown, shown


@pytest.mark.parametrize(
    "text",
    [
        "Henvist til CT-MR i morgen.",  # capitals joined by a hyphen, no name after them
        "Lars Holm og A-M fra køkkenet.",  # a non-hidden colleague; "A-M" names nobody hidden
        "Pt. fik MLH-skema udleveret.",  # in a word with a hyphen: not initials
        "PKS-BEHANDLING PÅBEGYNDT",  # CAPITALS text: nothing stands out
        "Poul S. Hansen er pt.s nabo.",  # a name goes on after the initial: the whole decides
        "Storm P.-tegninger på væggen.",  # an initial glued to a word is no initial
        "M. H. t. medicinen: uændret.",  # "med hensyn til"
        "m. h. t. smerter: ingen.",
        "Set af egen læge. S. følger op.",  # the full stop ends the sentence
        "Spl. S. Hansen gav medicin.",  # a name goes on after the initial: the whole decides
    ],
)
def test_probed_classes_kept(probed, text):
    shown = out(probed, text)
    assert "[X]" not in shown, shown


def test_initials_as_a_subject_after_a_label_or_joined_by_plus_and_an_undotted_initial():
    """(07.12) 'HS ordinerede', 'Ref.: HS', 'Mette+Hans', 'Hans S ordinerede' were left."""
    mm = NameMatcher.build([Person("hs", "Hans", "Skov"), Person("mh", "Mette", "Holm")])
    assert out(mm, "HS ordinerede 5 mg.") == "[X] ordinerede 5 mg."
    for label in ("Ref: ", "Ref.: ", "Ansv.: ", "Udf.: ", "Kopi: ", "Udført: ", "Beh: "):
        assert out(mm, f"{label}HS") == f"{label}[X]"
    assert out(mm, "Mette+Hans tilså pt.") == "[X]+[X] tilså pt."
    # initials joined to initials that are read as a person, and after "m.", "jf.", "iflg."
    assert out(mm, "HS og MH tilså pt.") == "[X] og [X] tilså pt."
    assert out(mm, "MH og HS tilså pt.") == "[X] og [X] tilså pt."
    for before in ("Aftalt m. ", "Jf. ", "Iflg. ", "Klage over "):
        assert out(mm, f"{before}HS") == f"{before}[X]"
    assert out(mm, "KOL og MH") == "KOL og MH"  # nothing shows a person
    assert out(mm, "Hans S ordinerede.") == "[X] ordinerede."
    assert out(mm, "Mette H ringede.") == "[X] ringede."
    # clinical abbreviations after a label, a letter that is none of the person's initials
    for text in ("Diagnose: KOL", "Status: OK", "BT: 120/80", "Hans A ringede."):
        assert "A ringede" in out(mm, text) or out(mm, text) == text


def test_derived_initials_that_are_rare_words_sign_a_line_or_stand_before_a_title():
    """(07.12) 'HS' (zipf 3.2 in wordfreq) counted as a word, so a sign-off line 'HS',
    '- HS', 'HS 12.03', '12.03 HS', 'HS, spl.' and 'HS (spl.)' were left."""
    mm = NameMatcher.build([Person("hs", "Hans", "Skov")])
    for line in ("HS", "- HS", "HS 12.03", "12.03 HS", "HS 12.03.2026", "HS, spl.", "HS (spl.)"):
        shown = out(mm, f"Pt. sover.\n{line}")
        assert "HS" not in shown and "[X]" in shown, shown
    assert out(mm, "HS, overlæge, ringede.") == "[X], overlæge, ringede."
    for line in ("OK", "PS", "TV", "BT 12.03", "Nej 12.03", "CT, læge"):
        assert out(mm, f"Pt. sover.\n{line}") == f"Pt. sover.\n{line}"


def test_an_address_of_initials_and_family_name_and_given_initials_in_parentheses():
    """(07.12) 'mholm@rn.dk' (an address nobody gave us, in the region's usual shape) and
    'Holm (ML)' (the given names' initials) were left."""
    mm = NameMatcher.build([Person("mlh", "Mette Louise", "Holm"), Person("hs", "Hans", "Skov")])
    assert out(mm, "Skriv til mholm@rn.dk i morgen.") == "Skriv til [X] i morgen."
    assert out(mm, "mlholm@rn.dk") == "[X]"
    assert out(mm, "hskov@rn.dk") == "[X]"
    for text in ("post@rn.dk", "kholm@rn.dk", "ahansen@rn.dk"):
        assert out(mm, text) == text
    assert out(mm, "Holm (ML) ringede.") == "[X] ringede."
    assert out(mm, "Holm (M.L.) ringede.") == "[X] ringede."
    assert out(mm, "Holm (KOL) ringede.") == "[X] (KOL) ringede."


def test_a_participle_shows_a_name_but_not_a_noun_or_an_adverb_in_dt():
    """'Hans tilkaldt' is Hans; 'Hans vægt', 'Hans lidt ...' and 'Hans godt ...' are his."""
    mm = NameMatcher.build([Person("hs", "Hans", "Skov")])
    assert out(mm, "Hans tilkaldt i nat.") == "[X] tilkaldt i nat."
    assert out(mm, "Hans sendt hjem.") == "[X] sendt hjem."
    for text in (
        "Hans vægt er stabil.",
        "Hans vagt slutter kl. 15.",
        "Hans lidt forhøjede BT.",
        "Hans godt humør smitter.",
        "Hans kendte rytme.",
    ):
        assert out(mm, text) == text


def test_capitals_before_a_name_join_it_only_when_they_are_the_persons_initials(probed):
    # "Holm" alone is hidden (the colleague Lars Holm shares it: fail closed); "EKG-BT" is not
    # the hidden Holm's initials and stays, as "ML" and "M-L" join the label
    assert out(probed, "EKG-BT Holm") == "EKG-BT [X]"
    assert out(probed, "Spl. ML Holm") == "[X]"
    assert out(probed, "Spl. M-L Holm") == "[X]"


def test_a_role_word_and_its_colon_stay_before_the_label(probed):
    # the label began at the colon: "Kontaktperson[label]"
    assert out(probed, "Kontaktperson: Mette Holm") == "Kontaktperson: [X]"
    assert out(probed, "Kontaktperson: Mette (spl.)") == "Kontaktperson: [X] (spl.)"


def test_rdl_is_the_title_reservelaege():
    mm = NameMatcher.build([Person("s", "Søren", "Skov", titles=("Reservelæge",))])
    assert out(mm, "Rdl. Skov ordinerede.") == "[X] ordinerede."
    assert out(mm, "1. rdl. Skov ordinerede.") == "[X] ordinerede."  # "1." (første) too


# -- the third probe (rt28, 06.12): a second red team wrote 3,219 probes against the compiled
# matcher; these are the classes closed from its report -----------------------------------

RT28 = [
    Person("a", "Åse", "Aagaard Østergaard"),
    Person("b", "Per", "Lund-Sørensen"),
    Person("c", "Anne Mette", "Kjærgård"),
    Person("d", "Mette Louise", "Holm"),
    Person("e", "Hans", "Skov"),
]


@pytest.fixture(scope="module")
def rt28() -> NameMatcher:
    return NameMatcher.build(RT28, others=[("Lars", "Holm")])


@pytest.mark.parametrize(
    "text, expect",
    [
        # an abbreviation after which comes who did it is no sentence end (medication lists)
        ("Panodil 1 g x 4 (ord. Skov 10/3)", "Panodil 1 g x 4 (ord. [X] 10/3)"),
        ("Sårpleje (udf. Holm 12/3)", "Sårpleje (udf. [X] 12/3)"),
        ("Panodil sep. Holm.", "Panodil sep. [X]."),
        ("Ord. Skov 10/3: Panodil 1 g x 4", "Ord. [X] 10/3: Panodil 1 g x 4"),
        ("Panodil (iflg. Mette 10/3)", "Panodil (iflg. [X] 10/3)"),
        # a sentence-initial name cut off from its verb by "fra", marks, an emoji, a phone
        ("Holm fra afd. B har ringet.", "[X] fra afd. B har ringet."),
        ("Østergaard fra kommunen har ringet.", "[X] fra kommunen har ringet."),
        ("12.03: Per fra psykiatrien ringede.", "12.03: [X] fra psykiatrien ringede."),
        ("Holm!! ringede i går.", "[X]!! ringede i går."),
        ("Skov... ringede i går.", "[X]... ringede i går."),
        ("Skov\U0001f642 ringede i går.", "[X]\U0001f642 ringede i går."),
        ("Holm \U0001f44d ringede i går.", "[X] \U0001f44d ringede i går."),
        ("Holm tlf. 29451234 ringede.", "[X] tlf. 29451234 ringede."),
        ("Østergaard 29 45 12 34 ringede.", "[X] 29 45 12 34 ringede."),
        ("Mette ... kommer i morgen.", "[X] ... kommer i morgen."),
        # in quotes, brackets, markdown emphasis
        ("«Skov» ringede i går.", "«[X]» ringede i går."),
        ('"Holm" ringede i går.', '"[X]" ringede i går.'),
        ("[Hans] kommer i morgen.", "[[X]] kommer i morgen."),
        ("Pt. spørger efter **Mette**.", "Pt. spørger efter **[X]**."),
        ("Pt. spørger efter *Holm*.", "Pt. spørger efter *[X]*."),
        ("**Østergaard** ringede i går.", "**[X]** ringede i går."),
        # a last line of a name and a date, a time, a telephone number or a shift
        ("Pt. set.\nHolm 12/3-26", "Pt. set.\n[X] 12/3-26"),
        ("Pt. set.\nSkov 22:15", "Pt. set.\n[X] 22:15"),
        ("Pt. set.\nSkov kl. 22", "Pt. set.\n[X] kl. 22"),
        ("Pt. set.\nØstergaard tlf. 2945 1234", "Pt. set.\n[X] tlf. 2945 1234"),
        ("Pt. set.\nMette aften", "Pt. set.\n[X] aften"),
        ("Pt. set.\nPer 12.03", "Pt. set.\n[X] 12.03"),
        # with "og jeg", "og pt.", and verbs the list lacked
        ("Rolig dag. Holm og jeg aftalte ny tid.", "Rolig dag. [X] og jeg aftalte ny tid."),
        ("Rolig dag. Skov og pt. har aftalt ny tid.", "Rolig dag. [X] og pt. har aftalt ny tid."),
        ("Per tilbyder pt. samtaleforløb.", "[X] tilbyder pt. samtaleforløb."),
        ("HS viste pt. rundt.", "[X] viste pt. rundt."),
        # a genitive with the turned or reversed comma as its apostrophe
        ("Holm\u2018s vurdering: stabil.", "[X]'s vurdering: stabil."),
        ("Iflg. Skov\u201bs notat er pt. stabil.", "Iflg. [X]'s notat er pt. stabil."),
        # initials last on a line, joined, after what a person does; an initial before "-"
        ("Stuegang HS", "Stuegang [X]"),
        ("Stuegang HS.\nPt. har det godt.", "Stuegang [X].\nPt. har det godt."),
        ("HS+MLH", "[X]+[X]"),
        ("HS, AMK og PLS deltog.", "[X], [X] og [X] deltog."),
        ("Tilset af AMK kl. 14.", "Tilset af [X] kl. 14."),
        ("Ordineret af AMK.", "Ordineret af [X]."),
        ("H.-Skov ringede.", "[X] ringede."),
        # a given name with a family name hyphenated over a line; the rest of a double name
        ("Pt. tilset af Per Lund-\nSørensen kl. 14.", "Pt. tilset af [X] kl. 14."),
        ("Tilset af Mette Holm-\nBerg i dag", "Tilset af [X] i dag"),
        # the other names' initials without full stops, or their first letters and a full stop
        ("Per LS tilså pt.", "[X] tilså pt."),
        ("Hans Sk. ringede.", "[X] ringede."),
        # Å, Ø written without the letters in initials: ÅAØ as AAØ, AAO, ÅAOE
        ("Dikt. AAØ/ssa", "Dikt. [X]/ssa"),
        ("Tilset af AAØ kl. 14.", "Tilset af [X] kl. 14."),
        ("Tilset af AAO", "Tilset af [X]"),
        ("Givet af: aaø", "Givet af: [X]"),
        # initials after an abbreviation or a participle that says who did it
        ("Panodil 1 g x 4 (ord. HS 10/3)", "Panodil 1 g x 4 (ord. [X] 10/3)"),
        ("Panodil 1 g x 4 (Ordineret PLS 10/3)", "Panodil 1 g x 4 (Ordineret [X] 10/3)"),
        ("Panodil (ord.: PLS 10/3)", "Panodil (ord.: [X] 10/3)"),
        # "Per" and "Hans" (also words) signing a last line, before a telephone number and a
        # verb, before "sammen med"
        ("Pt. set.\nPer 12.03.2026 22:15", "Pt. set.\n[X] 12.03.2026 22:15"),
        ("Pt. set.\nPer kl. 22", "Pt. set.\n[X] kl. 22"),
        ("Pt. set.\nHans aften", "Pt. set.\n[X] aften"),
        ("Per tlf. 29451234 ringede i går.", "[X] tlf. 29451234 ringede i går."),
        ("Rolig dag. Per sammen med pt. i bad.", "Rolig dag. [X] sammen med pt. i bad."),
        # a Danish letter written as one ASCII letter, beside others kept: "Kjærgard"
        ("Sår skiftet af Kjærgard.", "Sår skiftet af [X]."),
        ("Sår skiftet af Kjærgârd.", "Sår skiftet af [X]."),
        ("Østergard ringede", "[X] ringede"),
        # initials of a hyphenated family name: "P.L.-S.", "PL-S"
        ("Tilset af P.L.-S. kl. 14.", "Tilset af [X] kl. 14."),
        ("PL-S har talt med pt.", "[X] har talt med pt."),
        ("Pt. tilset (PL-S).", "Pt. tilset ([X])."),
        # a name with four Danish letters in lower case: every spelling mix is kept
        ("åse aagaard østergaard kom", "[X] kom"),
        ("aagaard østergaard kom", "[X] kom"),
        # a role word ends its line: the line break stays outside the label
        ("Mette | Kontaktperson\nPer | Psykolog", "[X] | Kontaktperson\n[X] | Psykolog"),
    ],
)
def test_rt28_leaks_closed(rt28, text, expect):
    assert out(rt28, text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "Per 12.03 er dosis øget.",  # "per" is "as of"; no last line
        "Per fra 1. januar gives 5 mg.",
        "Hans aften var rolig.",
        "Hans 2 børn kom på besøg.",
        "Hans kone ringede.",
        "Skov og mark.",
        "* Skov og mark",
        "Kontrol af AK-behandling.",  # an abbreviation, no person did it
        "Pt. afventer svar af AMK",
        "KOL og MLH",  # a list of abbreviations, nothing shows a person
        "Overtaget fra Bo (BJ).",
        "KOL og AMK deltog.",
        "Pt.s BT 140/90.",
        "Hans BT 140/90.",  # "his blood pressure": a clinical abbreviation is no family name
        "Hans CRP er faldet.",
        "HS: hidradenitis suppurativa.",  # initials opening a line, spelled out after it
        "PLS: primær lateral sklerose udelukket.",
        "Henvist til MR-scanning.",
        "HS-skema udleveret.",
        "Seponeret PN.",  # an abbreviation after a participle: not initials
        "Sep. AK i går.",
        "Per 1.1.2026 er prisen 5 kr.",
        "Henvist til AA-møder.",  # "ÅA" is not written "AA": only initials of three letters
        "Pt. går til AA.",
    ],
)
def test_rt28_kept(rt28, text):
    assert out(rt28, text) == text


# -- the fourth probe (rt29, 06.12): social work, psychiatry, diaries, minutes; names that are
# words (Dam, Storm, Vang, Sand, Lind, Bo) ---------------------------------------------------

RT29 = [
    Person("bo", "Bo", "Dam", titles=("Socialrådgiver",)),
    Person("ks", "Kirsten", "Storm", titles=("Sygeplejerske",)),
    Person("il", "Ib", "Vang", titles=("Overlæge",)),
    Person("ls", "Lone Birgitte", "Sand-Nielsen"),
    Person("jø", "Jørgen", "Bæk Ravn", titles=("Psykolog",)),
    Person("gl", "Grethe", "Lind"),
]


@pytest.fixture(scope="module")
def rt29() -> NameMatcher:
    return NameMatcher.build(
        RT29, others=[("Bo", "Hansen"), ("Kirsten", "Dam"), ("Anders", "Storm")]
    )


@pytest.mark.parametrize(
    "text, expect",
    [
        # a field's label, the name and a full stop
        ("Sagsbehandler: Lind.", "Sagsbehandler: [X]."),
        ("Ansvar: Dam. Frist: 1/4.", "Ansvar: [X]. Frist: 1/4."),
        ("Rådgiver: Storm. Moderen er informeret.", "Rådgiver: [X]. Moderen er informeret."),
        # verbs of social work after a sentence-initial name
        ("Grethe bevilger hjemmehjælp.", "[X] bevilger hjemmehjælp."),
        ("Opfølgning: Dam indkalder til nyt møde.", "Opfølgning: [X] indkalder til nyt møde."),
        ("Jørgen visiterer til aflastning.", "[X] visiterer til aflastning."),
        # an everyday abbreviation is no sentence end
        (
            "Hvis pt. bliver urolig, tilkaldes evt. Kirsten.",
            "Hvis pt. bliver urolig, tilkaldes evt. [X].",
        ),
        ("Pt. ønsker ny kontaktperson, f.eks. Lind.", "Pt. ønsker ny kontaktperson, f.eks. [X]."),
        ("Til stede var bl.a. Grethe og moderen.", "Til stede var bl.a. [X] og moderen."),
        # an abbreviated given name before the family name
        ("Samtale med Gr. Lind i dag.", "Samtale med [X] i dag."),
        ("Tilset af Jørg. Ravn.", "Tilset af [X]."),
        # the writer's initials opening a diary line
        ("KS: pt. rolig.", "[X]: pt. rolig."),
        ("12/3 KS: pt. rolig.", "12/3 [X]: pt. rolig."),
        ("KS – pt. rolig i nat.", "[X] – pt. rolig i nat."),
        ("Bad (KS): ok.", "Bad ([X]): ok."),
        ("Kl. 14 KS: pt. rolig.", "Kl. 14 [X]: pt. rolig."),
        ("KS og moderen talte sammen.", "[X] og moderen talte sammen."),
        # a form's fill line after the name
        ("Underskrift: Lind ........ Dato: 12/3", "Underskrift: [X] ........ Dato: 12/3"),
        ("Navn: Lind ____ Dato: 12/3", "Navn: [X] ____ Dato: 12/3"),
        # a name with a relative after "og"
        ("Dam og moderen gennemgik handleplanen.", "[X] og moderen gennemgik handleplanen."),
        ("Kirsten og datteren talte sammen.", "[X] og datteren talte sammen."),
        # the genitive of initials
        ("GL's vurdering er vedlagt.", "[X]'s vurdering er vedlagt."),
        ("KS' vurdering er vedlagt.", "[X]'s vurdering er vedlagt."),
        # an initial next to the halves of a double family name
        ("Sagsbehandler: Sand-N.", "Sagsbehandler: [X]"),
        ("Sagsbehandler: S-Nielsen", "Sagsbehandler: [X]"),
    ],
)
def test_rt29_leaks_closed(rt29, text, expect):
    assert out(rt29, text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "Pt. vil bo hjemme.",
        "Pt. har sand i skoene.",
        "Stormvejr i nat; pt. urolig.",
        "Pt. bor på Lindevej.",
        "Status: uændret.",
        "Plan: kontrol.",
        "Ja.",
    ],
)
def test_rt29_kept(rt29, text):
    assert out(rt29, text) == text
