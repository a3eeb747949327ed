"""Dictation, English notes, chat exports and tables (issue 11, stop 32).

The red-team set ``bench/independent/names_rt33_probes.py`` (written without the matcher's rules
in view) still found these classes after stop 31; the tests keep them closed and the words they
look like open:

* a name in lower case after a title, one typo from a hidden person's name, where the written
  word is only a name ("reservelæge josef" for Józef, "fysioterapeut marc bonde" for Mark);
* a capitalised word that is no word, one typo from a hidden name, before any verb ("Hjrot har
  vejet", "Yilmas testede"), also behind a particle ("Al-Syed har godkendt");
* what a person does in a note that the word lists lacked: "hængte", "vejede", "har testet",
  "har udleveret"; and in an English note: "Krog reports", "Sol from the group home",
  "Mark will review";
* where a staff member is: "Hjort på hjemmebesøg", "bo på vagt i aften";
* a chat's writer before a time and a colon ("Sol 16:45: hentet af far");
* a family name with its given-name initials spaced, as a table writes it ("Nguyen T L");
* a name that is a function word before "fra" where a name is certain ("telefonkonsultation
  med bo fra hjemmeplejen").

And from ``names_rt31_probes.py`` and ``names_rt32_probes.py`` (lower-case care notes):

* initials after what a person did ("tilset jn kl 6", "pn givet sd"), after "skr." in a
  dictation mark, several joined by "/" last on a line ("pt faldet. sd/bh");
* initials that are a clinical abbreviation where a name is certain, before what a person does
  or "at" ("ssa pl har givet medicin", "aftalt med bs at pt får bad"; not "ssa, bs 7,2");
* a handover ("overlevering fra sten til bo"), a message's sender ("fra bo: husk ble", "sms fra
  skov: tur aflyst"), a message to a person ("sten, ring til mig");
* a person's name word after a comma that ends a clause ("dam har frosset til, dam fulgte pt"),
  and two people going somewhere ("storm og sten ud og sikre vinduer", "storm & sten på
  nattevagt");
* a name before a title that says who it is ("per (spl) kommer tirsdag", "søn Karl, per spl";
  not a non-hidden colleague's "peter krog (sygeplejerske)", not before the title of a
  capitalised name after it, "fra bo spl. Hansen");
* whom the patient asked or told ("pt bad bo om at ringe"), where a person was or how
  ("per var på stuen da pt faldt", "da per var syg"), where a person went after a time
  ("derefter gik dam ind til pt"; "i nat gik storm over landet" stays).

And from ``names_rt34_probes.py`` (a fourth set, written after the rules above, to measure them
on text they were not made for): what the patient says a staff member did ("pt siger at lind er
ond ved hende", "klager over at vang var for hårdhændet"; "pt ønsker at bo hjemme" is an
infinitive), a list of initials with one that is an abbreviation ("Udført: LF, RV, ML"), and
initials after a signing abbreviation ("Ctr. ML"); a part of a full name misheard as it
sounds ("Hans Rasch" for Rask, "Amir Saeed" for Said) or one typo away from this person's part
where another person's is as near ("Rune Wang": "wang" is one letter from Vang and from Tang);
what the patient says a staff member did to them ("pt siger at storm slog hende"; "storm slog
ruden i stykker" stays), a diary line's writer before the time ("IS 22.15 sår skiftet"; not
"BS 12.00: 7,2"), English verbs after a name ("Storm is off sick today"); the citizen's own
name listed by family name with a comma ("Borger: Tang, Erna") stays, a hidden person's ("Tang,
Bodil") does not. From ``names_rt35_probes.py`` (a held-out set, after these rules): a short name
part or initials that is a laboratory analysis before its value stays ("Li 0,7", "S-Li 0,82",
"Na 134, K 4,1", "TG 2,4"; a name before a shift or a time does not: "Li 15-23"), and "tors."
is Thursday, not Tor's; a digit OCR read for a letter it looks like ("He1le", "Fj0rd", "Kv1st";
not "B12", "H1N1", "Mg2").
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.replace import replace
from names_shown import out

HIDDEN = [
    Person("s1", "Józef", "Wiśniewski", titles=("reservelæge",)),
    Person("s2", "Mark", "Bonde", titles=("fysioterapeut",)),
    Person("s3", "Birk", "Hjort", titles=("sundhedsplejerske",)),
    Person("s4", "Ayşe", "Yılmaz", titles=("psykolog",)),
    Person("s5", "Mohammed", "Al-Sayed", titles=("overlæge",)),
    Person("s6", "Sol", "Ravn", titles=("pædagog",)),
    Person("s7", "Bjørn", "Krog", titles=("sygeplejerske",)),
    Person("s8", "Thi Lan", "Nguyen", titles=("ssa",)),
    Person("s9", "Bo", "Fisker", titles=("ssh",)),
    Person("s10", "Sten", "Dam", titles=("ssa",)),
    Person("s11", "Bente", "Storm", titles=("ssh",)),
    Person("s12", "Per", "Lund", titles=("sygeplejerske",)),
    Person("s13", "Sanne", "Dahl", titles=("ssa",)),  # SD
    Person("s14", "Jens", "Nielsen", titles=("ssa",)),  # JN
    Person("s15", "Ida", "Skov", titles=("plejer",)),
    Person("s16", "Mie", "Lind", titles=("ssa",)),  # ML: milliliter
    Person("s17", "Lykke", "Fjord", titles=("ssh",)),  # LF
    Person("s18", "Rune", "Vang", titles=("ssh",)),  # RV
    Person("s19", "Amir", "Said", titles=("læge",)),
    Person("s20", "Bodil", "Tang", titles=("ssh",)),
    Person("s21", "Hans", "Rask", titles=("ssa",)),
    Person("s22", "Na", "Li", titles=("overlæge",)),
    Person("s23", "Tor", "Glad", titles=("ssh",)),  # TG: triglycerid
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN, others=[("Thi Hoa", "Nguyen"), ("Peter", "Krog")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case typo of a name after a title, where the word is only a name
        ("reservelæge josef har skrevet epikrisen", "[X] har skrevet epikrisen"),
        ("fysioterapeut marc bonde har udleveret rollator", "[X] har udleveret rollator"),
        # a capitalised non-word one typo from a name, before any verb
        ("Hjrot har vejet barnet", "[X] har vejet barnet"),
        ("Yilmas testede drengen i dag", "[X] testede drengen i dag"),
        ("Al-Syed har godkendt ordinationen", "[X] har godkendt ordinationen"),
        # what a person does, in Danish and in English
        ("Krog hængte pt's jakke på krogen", "[X] hængte pt's jakke på krogen"),
        ("Krog reports wound edges red; swab sent.", "[X] reports wound edges red; swab sent."),
        ("Sol from the group home called: calm.", "[X] from the group home called: calm."),
        ("Please mark the site. Mark will review.", "Please mark the site. [X] will review."),
        # where a staff member is
        ("Hjort på hjemmebesøg på Hjortevej 12", "[X] på hjemmebesøg på Hjortevej 12"),
        ("pt urolig. bo på vagt i aften", "pt urolig. [X] på vagt i aften"),
        # a chat's writer
        ("Sol 16:45: hentet af far, alt vel", "[X] 16:45: hentet af far, alt vel"),
        # a table's family name and spaced initials
        (
            "Planlagt besøg\tMedarbejder\n09:30\tNguyen T L",
            "Planlagt besøg\tMedarbejder\n09:30\t[X]",
        ),
        # (initials that are not the person's stay beside the label)
        ("09:30\tNguyen K B", "09:30\t[X] K B"),
        # a function word that is a name, before "fra" where a name is certain
        (
            "telefonkonsultation med bo fra hjemmeplejen, pt spiser ikke",
            "telefonkonsultation med [X] fra hjemmeplejen, pt spiser ikke",
        ),
    ],
)
def test_hidden(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "på" and what is no work place
        "sten på 4 mm i venstre nyre",
        "Storm på vej ind over Jylland",
        "Krog på væggen er løs",
        # a word in English that is a verb only in Danish: "mark" stays, "Mark" decides
        "please mark the site",
        # a hyphen after what is no particle, and no hidden name after it
        "El-Niño har ramt høsten",
        "ex-sambo har ringet",
        # "fra" after a function word that is no name here: "bo" is to live
        "hun vil gerne bo fra næste måned i egen bolig",
        # a capitalised word with a colon after a time that is no chat ("Dag 3" is a day)
        "Dag 16:45: status",
    ],
)
def test_kept(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shift after "på" is where a person is at work, as "på vagt" is
        ("Storm på nattevagt i går, pt sov", "[X] på nattevagt i går, pt sov"),
        ("Sten på aftenvagt, pt urolig", "[X] på aftenvagt, pt urolig"),
        ("Hjort på dagvagt hele ugen", "[X] på dagvagt hele ugen"),
        # ... and what is no shift stays
        ("Sten på 4 mm i venstre nyre", "Sten på 4 mm i venstre nyre"),
        ("Sten på nattebordet", "Sten på nattebordet"),
        ("Storm på vej ind over Jylland", "Storm på vej ind over Jylland"),
    ],
)
def test_a_name_before_a_shift_after_pa(m: NameMatcher, text: str, expected: str) -> None:
    """context.ON_DUTY_RE and matcher._MOTION_RE share one list of where a person is at work
    (lexicon._AT_WORK_WORDS); the sentence-initial rule takes the shifts too."""
    assert out(m, text) == expected


def test_a_colleague_called_so_keeps_the_lower_case_typo() -> None:
    """A non-hidden colleague named Josef: "reservelæge josef" is the colleague."""
    m = NameMatcher.build(HIDDEN, others=[("Josef", "Madsen")])
    assert out(m, "reservelæge josef har skrevet") == "reservelæge josef har skrevet"
    # a word that is no name keeps the stricter rule after a title ("ssa dan" is no "Dam")
    assert out(m, "ssa dan har skrevet") == "ssa dan har skrevet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tilset jn kl 6", "tilset [X] kl 6"),
        ("pn givet sd", "pn givet [X]"),
        ("diktat v Storm / skr sd", "diktat v [X] / skr [X]"),
        ("pt faldet, ingen skader. sd/bh", "pt faldet, ingen skader. [X]/[X]"),
        ("ssa pl har givet medicin", "[X] har givet medicin"),
        ("aftalt med bs at pt får bad onsdag", "aftalt med [X] at pt får bad onsdag"),
        ("overlevering fra sten til bo", "overlevering fra [X] til [X]"),
        ("overlevering fra bo til Sten Dam", "overlevering fra [X] til [X]"),
        ("fra bo: husk at bestille ble", "fra [X]: husk at bestille ble"),
        ("sms fra skov: tur i skoven aflyst", "sms fra [X]: tur i skoven aflyst"),
        ("sten, ring til mig", "[X], ring til mig"),
        ("dam har frosset til, dam fulgte pt ned", "dam har frosset til, [X] fulgte pt ned"),
        (
            "storm i nat. storm og sten ud og sikre vinduer",
            "storm i nat. [X] og [X] ud og sikre vinduer",
        ),
        ("storm & sten på nattevagt", "[X] & [X] på nattevagt"),
        ("per (spl) kommer tirsdag", "[X] (spl) kommer tirsdag"),
        ("tilstede: pt, søn Karl, per spl", "tilstede: pt, søn Karl, [X] spl"),
        ("pt bad bo om at ringe til advokat", "pt bad [X] om at ringe til advokat"),
        ("punkt 4 udsat da per var syg", "punkt 4 udsat da [X] var syg"),
        ("per var på stuen da pt faldt", "[X] var på stuen da pt faldt"),
        ("derefter gik dam ind til pt", "derefter gik [X] ind til pt"),
    ],
)
def test_hidden_in_lower_case_notes(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hjælp til at tage bh",  # an infinitive, not what was done
        "kontrol af bs kl 8",
        "blodprøver: crp/bs",
        "ssa, bs 7,2",
        "Fund: sten, se billede",
        "sten og grus på vejen",
        "til info: pt ok",
        "sten er gået med urinen",
        "fra bo spl. Hansen",
        "peter krog (sygeplejerske) ringede",
        "i nat gik storm over landet",
        "pt bad om at få sten fjernet",
        "sten var på 4 mm",
        "pt urolig, af bo hjælper noget",  # a title that is a verb
    ],
)
def test_kept_in_lower_case_notes(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pt siger at lind er ond ved hende", "pt siger at [X] er ond ved hende"),
        (
            "borger mener at said har givet forkert medicin",
            "borger mener at [X] har givet forkert medicin",
        ),
        (
            "borger klager over at vang var for hårdhændet",
            "borger klager over at [X] var for hårdhændet",
        ),
        ("Udført: LF, RV, ML", "Udført: [X], [X], [X]"),
        ("Ctr. ML", "Ctr. [X]"),
    ],
)
def test_hidden_what_the_patient_says_and_lists(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pt ønsker at bo hjemme",
        "pt siger at sten er gået",
        "Blodprøver: CRP, BT, ML",
        "Ord. ML x 2",
        "pt siger at vand er godt",
    ],
)
def test_kept_what_the_patient_says_and_lists(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rune Wang har ringet til egen læge", "[X] har ringet til egen læge"),
        ("Hans Rasch har skiftet forbinding", "[X] har skiftet forbinding"),
        ("Amir Saeed har ordineret penicillin", "[X] har ordineret penicillin"),
    ],
)
def test_a_full_name_as_dictation_spells_it(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


def test_a_sound_alike_word_beside_no_name_stays(m: NameMatcher) -> None:
    """ "Wang" beside a name that is no hidden person's is no one's typo."""
    assert out(m, "Karen Wang ringede") == "Karen Wang ringede"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hun fortæller at storm råbte af hende", "hun fortæller at [X] råbte af hende"),
        ("pt siger at storm slog hende", "pt siger at [X] slog hende"),
        ("pt siger sten har stjålet hendes smykker", "pt siger [X] har stjålet hendes smykker"),
        (
            "borger ønsker ikke at rune kommer i hjemmet",
            "borger ønsker ikke at [X] kommer i hjemmet",
        ),
        ("IS 22.15 sår skiftet", "[X] 22.15 sår skiftet"),
        ("Storm is off sick today.", "[X] is off sick today."),
    ],
)
def test_hidden_reported_and_diary(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "storm slog ruden i stykker",
        "storm truer med at vælte træer",
        "pt ønsker ikke at bo på plejehjem",
        "BS 12.00: 7,2",
    ],
)
def test_kept_reported_and_diary(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Borger: Tang, Erna", "Borger: Tang, Erna"),
        ("BORGER: TANG, Erna", "BORGER: TANG, Erna"),
        ("Familie: Erna Tang, Ib Tang", "Familie: Erna Tang, Ib Tang"),
        ("Skrevet af Tang, Bodil", "Skrevet af [X]"),
        ("Tang, Ib og Tang, Erna", "Tang, Ib og Tang, Erna"),
    ],
)
def test_the_citizens_family_listed_with_a_comma(m: NameMatcher, text: str, expected: str) -> None:
    keep = m.keep([("Ib", "Tang")], own=[("Erna", "Tang")])
    shown = replace(text, keep.filter(text, m.find(text)), lambda _person: "[X]")
    assert shown == expected


@pytest.mark.parametrize(
    "text",
    [
        "BS 7,9. Na 134, K 4,1, Li 0,7.",
        "S-Li 0,82 mmol/l (terapeutisk)",
        "P-Na 129 – let hyponatriæmi",
        "TG 2,4, LDL 3,1, HDL 0,9.",
        "sår skiftet, næste skift tors.",
    ],
)
def test_a_laboratory_value_or_a_day_stays(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Li ringede kl 14", "[X] ringede kl 14"),
        ("Kørsel: Tor 07-15, Li 15-23", "Kørsel: [X] 07-15, [X] 15-23"),
        ("Timer: Ida 7,5, Bo 7,5", "Timer: [X] 7,5, [X] 7,5"),
    ],
)
def test_a_name_before_a_number_that_is_no_value(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vurderet af Lykke Fj0rd, ssh.", "Vurderet af [X], ssh."),
        ("Udført af Jens Nie1sen", "Udført af [X]"),
        ("Hilsen B0dil Tang", "Hilsen [X]"),
        ("Udført af Ida Sk0v", "Udført af [X]"),
    ],
)
def test_a_digit_read_for_a_letter(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize("text", ["B12-vitamin og H1N1", "Mg2 og Ca2", "lokale 1a og B8"])
def test_codes_with_digits_stay(m: NameMatcher, text: str) -> None:
    assert out(m, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time stamp's writer, the initials written together with the time
        ("SD07:15 pt vågen", "[X]07:15 pt vågen"),
        ("07:15SD", "07:15[X]"),
        ("14:05JN ordineret furix 40 mg", "14:05[X] ordineret furix 40 mg"),
        ("TG07.30 morgenbesøg", "[X]07.30 morgenbesøg"),  # also triglycerid
        ("Natten:\n03:10LF pt kaldt, vendt i sengen", "Natten:\n03:10[X] pt kaldt, vendt i sengen"),
        # ... not a value measured at that time, a unit after a decimal number, "kl"
        ("TG07:30 2,4", "TG07:30 2,4"),
        ("NaCl 12.50ML", "NaCl 12.50ML"),
        ("kl07:15 pt vågen", "kl07:15 pt vågen"),
        ("2.30SD", "2.30SD"),  # a one-digit hour with a full stop may be a value
        ("12.07.15SD", "12.07.15SD"),  # a longer number
    ],
)
def test_initials_written_together_with_a_time(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


def test_klokken_written_together_with_a_time_is_no_initials() -> None:
    """ "KL07:15" is "kl. 07:15", also where a hidden Karin Lund signs KL."""
    m = NameMatcher.build([Person("k1", "Karin", "Lund", initials=("KL",))])
    assert out(m, "KL07:15 pt vågen") == "KL07:15 pt vågen"
    assert out(m, "07:15KL") == "07:15[X]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who signed, one a line in a bulleted list after a sign-off: every item, also initials
        # that are an abbreviation (ML: milliliter) or a word, in lower case
        ("Signeret:\n- TG\n- ML", "Signeret:\n- [X]\n- [X]"),
        ("Udført af\n- TG\n- ML", "Udført af\n- [X]\n- [X]"),
        ("Udført af:\n- ml\n- sd", "Udført af:\n- [X]\n- [X]"),
        ("Udført af:\n• SD (ssa)\n• bo", "Udført af:\n• [X] (ssa)\n• [X]"),
        ("Signeret:\n* SD\n* ML\n\nPlan: 5 ml NaCl", "Signeret:\n* [X]\n* [X]\n\nPlan: 5 ml NaCl"),
        # ... not a line that is no item of the list: a sentence, a number, another bullet
        ("Signeret:\n- TG\n- 5 ML NaCl", "Signeret:\n- [X]\n- 5 ML NaCl"),
        ("Signeret:\n- TG\n- ML NaCl givet kl 8", "Signeret:\n- [X]\n- ML NaCl givet kl 8"),
        ("Signeret:\n- TG\n* ML", "Signeret:\n- [X]\n* ML"),
        ("Udført af:\n- SD\n- Tilsyn\n- Bad", "Udført af:\n- [X]\n- Tilsyn\n- Bad"),
        # ... nor a bulleted list that follows no sign-off
        ("Observationer:\n- ml\n- sd", "Observationer:\n- ml\n- sd"),
    ],
)
def test_a_bulleted_list_of_who_signed(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected
