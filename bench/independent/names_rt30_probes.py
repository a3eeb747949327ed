"""Red-team probes for indsigt.protect.names: lower-case name words and hyphens inside names.

Written by a red-team helper that had not seen the matcher's rules (stop 29, 06.12); 776 probes.

Run:  .venv/bin/python bench/independent/names_rt30_probes.py [-v] [--class NAME] [--json out.json]

Each probe is a record:
  cls        class name (see CLASSES)
  text       the note text
  gone       substrings (names) that must NOT be visible after replacement (leak if they are)
  stay       substrings that MUST still be visible (over-hide if they are not)
  persons    hidden staff (keys into ROSTER), default DEFAULT_HIDDEN
  others     non-hidden colleagues, (given, family) pairs
  own        the citizen's own names, (given, family) pairs
  keepn      other names that must stay (relatives), (given, family) pairs
  note       why
  debatable  True when the expectation itself can be argued
  known      True when the docstring's "Known limits" describes this exact failure

Checks:
  gone: case-insensitive, letter-bounded (a name glued to digits still counts), an optional
        genitive (s, 's, ', ´s, ’s) after it is allowed.
  stay: case-sensitive, letter-bounded; the number of occurrences must not drop.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.replace import replace

# --------------------------------------------------------------------------- roster
ROSTER = {
    "MJ": Person("s1", "Mette Louise", "Jensen"),
    "PH": Person("s2", "Per", "Holm"),
    "JO": Person("s3", "Jens", "Østergaard"),
    "MK": Person("s4", "Malene", "Kjærgård"),
    "KA": Person("s5", "Kirsten", "Aagaard"),
    "BS": Person("s6", "Birgitte", "Sørensen"),
    "LN": Person("s7", "Lone", "Nielsen"),
    "SS": Person("s8", "Søren", "Skov"),
    "HH": Person("s9", "Hanne", "Hansen"),
    "RL": Person("s10", "René", "Lind"),
    "BO": Person("s11", "Bo", "Storm"),
    "TD": Person("s12", "Tage", "Dam"),
    "AP": Person("s13", "Anne-Mette", "Pedersen"),
    "GH": Person("s14", "Gitte", "Holm-Jensen"),
    "AB": Person("s15", "André", "Bach"),
    "JL": Person("s16", "Jan", "Lassen"),
    "MX": Person("s17", "Max", "Friis"),
    "BH": Person("s18", "Bent", "Koch"),
    "LV": Person("s19", "Lene", "Viborg"),
    "KK": Person("s20", "Kaj", "Kolding"),
    "JJ": Person("s21", "Jørgen", "Kjær"),
    "PM": Person("s22", "Pia", "Madsen"),
    "EL": Person("s23", "Ellen", "Lund"),
    "MD": Person("s24", "Mads", "Winther"),
    "LL": Person("s25", "Leo", "Nørgaard"),
    "AG": Person("s26", "Agnes", "Bruun"),
    "MG": Person("s27", "Magnus", "Dahl"),
    "TI": Person("s28", "Tim", "Berg"),
    "LI": Person("s29", "Lis", "Holst"),
    "IB": Person("s30", "Ib", "Riis"),
    "HA": Person("s31", "Hans", "Andersen"),
    "KL": Person("s32", "Karen", "Louise"),  # family name that is a given name elsewhere
    "DA": Person("s33", "Dorthe", "Kirkegaard"),
    "SB": Person("s34", "Susanne", "Bech"),
    "SR": Person("s35", "Sten", "Rask"),
    "AM": Person("s36", "Aage", "Munk"),
    "KF": Person("s37", "Kåre", "Friis"),
}
DEFAULT_HIDDEN = ("MJ", "PH", "JO", "MK", "KA", "BS", "LN", "SS", "HH", "BO", "TD", "AP", "GH")
DEFAULT_OTHERS = (("Lars", "Holm"),)


@dataclass
class Probe:
    cls: str
    text: str
    gone: tuple = ()
    stay: tuple = ()
    persons: tuple = DEFAULT_HIDDEN
    others: tuple = DEFAULT_OTHERS
    own: tuple = ()
    keepn: tuple = ()
    note: str = ""
    debatable: bool = False
    known: bool = False


PROBES: list[Probe] = []


def P(cls, text, gone=(), stay=(), **kw):
    if isinstance(gone, str):
        gone = (gone,)
    if isinstance(stay, str):
        stay = (stay,)
    PROBES.append(Probe(cls, text, tuple(gone), tuple(stay), **kw))


# =========================================================================== LEAK classes
# ---- 1. lc_position: a lower-case name word (name_words.txt) in many sentence positions
POS_TEMPLATES = [
    "{n} ringede kl. 14 og spurgte til medicinen.",
    "i dag kom {n} forbi og lagde ny plan.",
    "pt. ønsker at tale med {n} igen i morgen.",
    "ring til {n} i morgen ang. bevilling.",
    "aftale: {n} kommer tirsdag kl 10.",
    "pt. er tilset af {n} kl. 22.",
    "{n}: pt. sov godt hele natten.",
    "- {n} giver medicin kl 20",
    "pt. spørger efter {n}, hun var sød ved ham.",
    "pt. spørger efter {n}. hun var sød ved ham.",
    'pt siger "{n} har lovet mig det"',
    "ok fra {n}!",
    "skal vi spørge {n}?",
    "pt. og {n} gik en tur i haven.",
    "{n} og jeg gik tur med pt. efter frokost.",
    "overlevering fra {n} til nattevagten.",
    "pt. græd da {n} gik hjem.",
    "(ifølge pårørende har {n} lovet nyt hjælpemiddel)",
    "pt. vil gerne have {n} som kontaktperson.",
    "kontaktperson: {n}",
    "vagt i dag {n}",
    "bad ved {n} kl. 9.30, huden hel.",
    "pt. var urolig; {n} sad hos ham.",
    "pt. vred på {n} pga. ventetid",
    "hjemmeplejen ({n}) kommer 2 x dagligt",
    "sårskift v/ {n} - pæn granulation",
    "BT 140/90. {n} kontakter læge.",
    "efter samtale med {n} er pt. tryg.",
    "pt. fik besøg af datter. {n} orienteret.",
    "medicin givet\n{n}",
]
LC_NAMES = [
    "mette",
    "jensen",
    "louise",
    "østergaard",
    "kirsten",
    "aagaard",
    "birgitte",
    "sørensen",
    "lone",
    "nielsen",
    "hanne",
    "hansen",
    "pedersen",
]
for i, t in enumerate(POS_TEMPLATES):
    for j in range(2):
        n = LC_NAMES[(i * 2 + j) % len(LC_NAMES)]
        P("lc_position", t.format(n=n), gone=n)

# ---- 2. lc_styles: realistic note styles, all lower case
P(
    "lc_styles",
    "kl 7.30 morgenpleje. mette hjalp med bad, pt træt. kl 12 frokost spist 1/2 portion.",
    "mette",
)
P("lc_styles", "nat: pt sov fra 23-05. tilset af lone 2 gange. ingen smerter.", "lone")
P("lc_styles", "aftensvagt: jensen har givet pn morfin 5 mg kl 21.15", "jensen")
P(
    "lc_styles",
    "sms til borger: hej, det er kirsten fra hjemmeplejen. vi kommer kl 8 i morgen :)",
    "kirsten",
)
P("lc_styles", "sms fra borger: hej birgitte vil du ringe til mig tak", "birgitte")
P("lc_styles", "sms: hanne kommer lidt senere pga trafik", "hanne")
P(
    "lc_styles",
    "referat af netværksmøde 12/3. deltagere: borger, datter, sagsbehandler nielsen, hjemmesygeplejerske sørensen.",
    ("nielsen", "sørensen"),
)
P(
    "lc_styles",
    "tilstede: borger, mette, lone og kirsten fra team syd",
    ("mette", "lone", "kirsten"),
)
P(
    "lc_styles",
    "opgaver:\n- mette: bestille hjælpemidler\n- hanne: ringe til egen læge\n- lone: følge op",
    ("mette", "hanne", "lone"),
)
P(
    "lc_styles",
    "vagtplan uge 12: man mette, tirs lone, ons kirsten, tors hanne, fre birgitte",
    ("mette", "lone", "kirsten", "hanne", "birgitte"),
)
P("lc_styles", "socialrådgiver aagaard har bevilget §83 hjælp fra 1/4.", "aagaard")
P("lc_styles", "borger fortæller at østergaard fra kommunen har lovet ny rollator.", "østergaard")
P("lc_styles", "borger ønsker ikke at have besøg af pedersen igen, føler sig overset.", "pedersen")
P("lc_styles", "datter klager over at sørensen ikke har ringet tilbage.", "sørensen")
P("lc_styles", "note: hansen var forbi med ny medicinæske", "hansen")
P("lc_styles", "jeg (mette) har talt med datteren i telefon", "mette")
P("lc_styles", "stuegang: pt. set sammen m. jensen. plan: fortsæt ab.", "jensen")
P("lc_styles", "pt. klager over smerter i ve. knæ, louise har givet is-pose", "louise")
P("lc_styles", "pårørende ringet op af nielsen, informeret om fald", "nielsen")
P("lc_styles", "primærsygeplejerske: lone\nsekundær: birgitte", ("lone", "birgitte"))
P("lc_styles", "kl. 03 klokket, kirsten gik ind, pt. havde kastet op", "kirsten")
P("lc_styles", "morgenmøde: mette fremlagde sagen, alle enige", "mette")
P("lc_styles", "beslutning: hanne tager kontakt til egen læge mht. blodprøver", "hanne")
P("lc_styles", "CAVE penicillin. tilset af birgitte, BT 120/80, P 72, T 37,2", "birgitte")
P("lc_styles", "hej mette, kan du ringe til fru X når du har tid? mvh team nord", "mette")
P("lc_styles", "tak til kirsten for hjælpen i går!!", "kirsten")
P("lc_styles", "besked til aftenvagten: jensen har lovet at komme igen kl 20", "jensen")
P("lc_styles", "ALLE SKAL HUSKE AT mette HAR NØGLEN", "mette")
P("lc_styles", "pt meget glad for lone og spørger om hun kommer i morgen", "lone")
P(
    "lc_styles",
    "dagbog: formiddag rolig. middag: besøg af søn. eftermiddag: mette hjalp med gåtur.",
    "mette",
)
P("lc_styles", "pt. ringer på klokken hele tiden og råber på hanne", "hanne")
P("lc_styles", "fysioterapeut hansen: gangfunktion bedret, kan gå 20 m m. rollator", "hansen")
P(
    "lc_styles",
    "i samråd med sørensen og nielsen aftales det at pt. udskrives fredag",
    ("sørensen", "nielsen"),
)
P(
    "lc_styles",
    "hjemmebesøg 14.3. (kirsten + birgitte). hjemmet rodet, køleskab tomt.",
    ("kirsten", "birgitte"),
)
P("lc_styles", 'pt: "hvor er mette? hun plejer at komme"', "mette")
P("lc_styles", "pt. vil kun vaskes af kvindeligt personale (helst louise)", "louise")
P("lc_styles", "ref.: jensen", "jensen")
P("lc_styles", "pt ønsker at klage over nielsen's opførsel", "nielsen")
P("lc_styles", "fremmødte: pedersen (sagsbeh.), aagaard (hjemmepl.)", ("pedersen", "aagaard"))
P("lc_styles", "ringede til afdelingen, fik fat i mette som ville give besked videre", "mette")

# ---- 3. lc_genitive: genitive forms and apostrophes
for g, base in [
    ("mettes", "mette"),
    ("jensens", "jensen"),
    ("mette's", "mette"),
    ("jensen's", "jensen"),
    ("mette´s", "mette"),
    ("jensen’s", "jensen"),
    ("mette'", "mette"),
    ("kirstens", "kirsten"),
    ("østergaards", "østergaard"),
    ("aagaards", "aagaard"),
    ("sørensens", "sørensen"),
    ("lones", "lone"),
    ("hannes", "hanne"),
    ("birgittes", "birgitte"),
    ("louises", "louise"),
    ("nielsens", "nielsen"),
    ("kirsten`s", "kirsten"),
    ("hansen's", "hansen"),
    ("pedersens", "pedersen"),
    ("sørensen´s", "sørensen"),
]:
    P("lc_genitive", f"pt. har glemt {g} telefonnummer", base)
P("lc_genitive", "ifølge mettes notat var pt. urolig", "mette")
P("lc_genitive", "jensens vurdering: ingen tegn på infektion", "jensen")
P("lc_genitive", "kirstens og lones vagt blev byttet", ("kirsten", "lone"))
P("lc_genitive", "det var 'mette' der sagde det", "mette")
P("lc_genitive", "pt kalder hende bare 'søde hanne'", "hanne")
P("lc_genitive", "mette louises aftale flyttes", ("mette", "louise"))
P("lc_genitive", "pt spurgte efter hanne´s nummer", "hanne")
P("lc_genitive", "ø-gaards? nej, østergaard's kollega ringede", "østergaard")

# ---- 4. lc_digits_punct: digits, punctuation, brackets, line breaks, symbols
for t, g in [
    ("vagt: mette2 + lone", ("mette", "lone")),
    ("bruger jensen1 har ændret notatet", "jensen"),
    ("kl.14mette ringede", "mette"),
    ("mette14 har vagt", "mette"),
    ("2xmette i dag", "mette"),
    ("mette/jensen ringede", ("mette", "jensen")),
    ("mette.jensen@rn.dk", ("mette", "jensen")),
    ("mette_jensen har rettet", ("mette", "jensen")),
    ("(mette)", "mette"),
    ("[lone]", "lone"),
    ("{kirsten}", "kirsten"),
    ("<hanne>", "hanne"),
    ("pt. spurgte: mette?", "mette"),
    ("...mette...", "mette"),
    ("mette!!!", "mette"),
    ("#mette", "mette"),
    ("@jensen se venligst", "jensen"),
    ("*mette* har aftalt det", "mette"),
    ("_lone_ tager den", "lone"),
    ("«kirsten» kommer", "kirsten"),
    ("„hanne“ ringede", "hanne"),
    ("pt. ville tale med\nmette", "mette"),
    ("pt. ville tale med mette\nhun kom kl. 13", "mette"),
    ("mette\r\nringede kl. 9", "mette"),
    ("\tmette\ttilså pt.", "mette"),
    ("besked:mette", "mette"),
    ("besked;jensen", "jensen"),
    ("1)mette 2)lone", ("mette", "lone")),
    ("a) jensen b) nielsen", ("jensen", "nielsen")),
    ("mette:)", "mette"),
    ("tak mette<3", "mette"),
    ("tak mette 👍", "mette"),
    ("👩‍⚕️mette kommer", "mette"),
    ("mette+lone+kirsten", ("mette", "lone", "kirsten")),
    ("mette&lone", ("mette", "lone")),
    ("mette,lone,kirsten", ("mette", "lone", "kirsten")),
    ("10:30 mette", "mette"),
    ("10:30mette", "mette"),
    ("mette(dag) lone(aften)", ("mette", "lone")),
    ("mette=dag", "mette"),
    ("~mette", "mette"),
    ("mette…", "mette"),
    ("ring 12345678 (hanne)", "hanne"),
    ("hanne 12345678", "hanne"),
    ("sørensen:12345678", "sørensen"),
    ("mette °dag", "mette"),
    ("pt.mette", "mette"),
    ("mette.", "mette"),
    ("mette\u00a0jensen ringede", ("mette", "jensen")),
    ("mette\u2003ringede", "mette"),
]:
    P("lc_digits_punct", t, g)

# ---- 5. lc_letters: æøå, aa/ae/oe spellings, ASCII spellings, capitals inside lower-case text
for t, g, kw in [
    ("østergaard ringede", "østergaard", {}),
    ("oestergaard ringede", "oestergaard", {}),
    ("ostergaard ringede", "ostergaard", {}),
    ("östergaard ringede", "östergaard", {}),
    ("østergård ringede", "østergård", {}),
    ("oestergård ringede", "oestergård", {}),
    ("østergaard's kollega", "østergaard", {}),
    ("i dag kom ØSTERGAARD forbi", "ØSTERGAARD", {}),
    ("i dag kom Østergaard forbi", "Østergaard", {}),
    ("sørensen ringede", "sørensen", {}),
    ("soerensen ringede", "soerensen", {}),
    ("sorensen ringede", "sorensen", {}),
    ("sörensen ringede", "sörensen", {}),
    ("SØRENSEN ringede i går", "SØRENSEN", {}),
    ("pt. bad om at tale med SORENSEN", "SORENSEN", {}),
    ("kjærgård ringede", "kjærgård", {}),
    ("kjærgaard ringede", "kjærgaard", {}),
    ("kjaergaard ringede", "kjaergaard", {}),
    ("kjaergård ringede", "kjaergård", {}),
    (
        "kjargard ringede",
        "kjargard",
        {"debatable": True, "note": "æ->a, å->a: not a listed spelling"},
    ),
    ("kjargaard ringede", "kjargaard", {"debatable": True}),
    ("kjærgard ringede", "kjærgard", {"debatable": True, "note": "å->a ASCII"}),
    ("aagaard ringede", "aagaard", {}),
    ("ågård ringede", "ågård", {}),
    ("ågaard ringede", "ågaard", {}),
    ("aagård ringede", "aagård", {}),
    ("agaard ringede", "agaard", {"debatable": True, "note": "aa->a single letter"}),
    ("agard ringede", "agard", {"debatable": True, "note": "å->a ASCII"}),
    ("i dag kom østergaard og kjærgård", ("østergaard", "kjærgård"), {}),
    ("jørgen ringede", "jørgen", {"persons": ("JJ",)}),
    ("joergen ringede", "joergen", {"persons": ("JJ",)}),
    ("jorgen ringede", "jorgen", {"persons": ("JJ",)}),
    ("jörgen ringede", "jörgen", {"persons": ("JJ",)}),
    ("kjær ringede i går", "kjær", {"persons": ("JJ",)}),
    ("kjaer ringede i går", "kjaer", {"persons": ("JJ",)}),
    ("pt. spørger efter kjær", "kjær", {"persons": ("JJ",)}),
    ("pt. spørger efter kjaer", "kjaer", {"persons": ("JJ",)}),
    (
        "søren ringede",
        "søren",
        {"debatable": True, "known": True, "note": "søren is a word ('for søren')"},
    ),
    ("soeren ringede", "soeren", {"note": "ASCII/oe spelling of Søren is not a word"}),
    ("soren ringede", "soren", {"note": "ASCII spelling of Søren is not a word"}),
    ("i dag kom MeTTe", "MeTTe", {}),
    ("i dag kom METTE", "METTE", {}),
    ("I DAG KOM METTE OG LONE", ("METTE", "LONE"), {}),
    ("jensen-nielsen ringede", ("jensen", "nielsen"), {}),
    ("birgitte sørensen ringede", ("birgitte", "sørensen"), {}),
    ("birgitte soerensen ringede", ("birgitte", "soerensen"), {}),
    ("birgitte sorensen ringede", ("birgitte", "sorensen"), {}),
    ("kirsten aagaard ringede", ("kirsten", "aagaard"), {}),
    ("kirsten ågård ringede", ("kirsten", "ågård"), {}),
    ("dorthe kirkegaard ringede", ("dorthe", "kirkegaard"), {"persons": ("DA",)}),
    ("kirkegaard ringede", "kirkegaard", {"persons": ("DA",)}),
    (
        "dorte ringede",
        "dorte",
        {"persons": ("DA",), "debatable": True, "note": "spelling variant of Dorthe"},
    ),
]:
    P("lc_letters", t, g, **kw)

# ---- 6. lc_fullname: given+family, double names, family alone
for t, g in [
    ("mette louise jensen ringede", ("mette", "louise", "jensen")),
    ("mette jensen ringede", ("mette", "jensen")),
    ("louise jensen ringede", ("louise", "jensen")),
    ("mette louise ringede", ("mette", "louise")),
    ("mette-louise ringede", ("mette", "louise")),
    ("mette-louise jensen ringede", ("mette", "louise", "jensen")),
    ("mettelouise ringede", ("mettelouise",)),
    ("mette l. jensen ringede", ("mette", "jensen")),
    ("m. l. jensen ringede", ("jensen",)),
    ("jensen, mette ringede", ("mette", "jensen")),
    ("jensen mette ringede", ("mette", "jensen")),
    ("mettejensen har lukket journalen", ("mettejensen",)),
    ("i dag kom jensen", ("jensen",)),
    ("samtale med jensen", ("jensen",)),
    ("per holm ringede", ("per", "holm")),
    ("i dag kom per holm", ("per", "holm")),
    ("søren skov ringede", ("søren", "skov")),
    ("soren skov ringede", ("soren", "skov")),
    ("bo storm ringede", ("bo", "storm")),
    ("tage dam ringede", ("tage", "dam")),
    ("i dag kom tage dam forbi", ("tage", "dam")),
    ("anne-mette pedersen ringede", ("anne", "mette", "pedersen")),
    ("anne-mette ringede", ("anne", "mette")),
    ("annemette ringede", ("annemette",)),
    ("anne mette ringede", ("anne", "mette")),
    ("anne-mette p. ringede", ("anne", "mette")),
    ("i dag kom pedersen", ("pedersen",)),
    ("gitte holm-jensen ringede", ("gitte", "holm", "jensen")),
    ("gitte holm jensen ringede", ("gitte", "holm", "jensen")),
    ("holm-jensen ringede", ("holm", "jensen")),
    ("holmjensen ringede", ("holmjensen",)),
    ("i dag kom holm-jensen forbi", ("holm", "jensen")),
    ("gitte h-j ringede", ("gitte",)),
    ("kirsten a. ringede", ("kirsten",)),
    ("lone n. ringede", ("lone",)),
    ("jens østergaard ringede", ("jens", "østergaard")),
    ("jens ø. ringede", ("jens",)),
    ("malene kjærgård ringede", ("malene", "kjærgård")),
    ("malene k. ringede", ("malene",)),
    ("hanne hansen ringede", ("hanne", "hansen")),
    ("hanne h ringede", ("hanne",)),
    ("lone nielsen og birgitte sørensen var med", ("lone", "nielsen", "birgitte", "sørensen")),
    ("per h. ringede", ("per",)),
    ("søren s. ringede", ("søren",)),
    ("bo s ringede", ("bo",)),
    ("tage d. ringede", ("tage",)),
]:
    P("lc_fullname", t, g)

# ---- 7. hyphen: hyphen inside a name (new rule) in many positions
for t, g, kw in [
    ("Kjær-gård ringede", ("Kjær", "gård"), {}),
    ("kjær-gård ringede", ("kjær", "gård"), {}),
    ("i dag kom Kjær-gård forbi", ("Kjær", "gård"), {}),
    ("i dag kom kjær-gård forbi", ("kjær", "gård"), {}),
    ("Øster-gaard ringede", ("Øster", "gaard"), {}),
    ("øster-gaard ringede", ("øster", "gaard"), {}),
    ("i dag kom øster-gaard", ("øster", "gaard"), {}),
    ("Oester-gaard ringede", ("Oester", "gaard"), {}),
    ("Kjaer-gaard ringede", ("Kjaer", "gaard"), {}),
    ("Kjær-gaard ringede", ("Kjær", "gaard"), {}),
    ("Kjær-Gård ringede", ("Kjær", "Gård"), {}),
    ("KJÆR-GÅRD ringede", ("KJÆR", "GÅRD"), {}),
    ("Jen-sen ringede", ("Jen", "sen"), {}),
    ("jen-sen ringede", ("jen", "sen"), {}),
    ("Sø-rensen ringede", ("Sø", "rensen"), {}),
    ("Niel-sen ringede", ("Niel", "sen"), {}),
    ("Met-te ringede", ("Met", "te"), {}),
    ("Aa-gaard ringede", ("Aa", "gaard"), {}),
    ("Kir-sten ringede", ("Kir", "sten"), {}),
    ("Bir-gitte ringede", ("Bir", "gitte"), {}),
    ("Han-sen ringede", ("Han", "sen"), {}),
    ("Peder-sen ringede", ("Peder", "sen"), {}),
    ("Kjær–gård ringede", ("Kjær", "gård"), {"note": "en dash"}),
    ("Kjær\u2011gård ringede", ("Kjær", "gård"), {"note": "non-breaking hyphen U+2011"}),
    ("Kjær\u2010gård ringede", ("Kjær", "gård"), {"note": "Unicode hyphen U+2010"}),
    ("Kjær\u2212gård ringede", ("Kjær", "gård"), {"note": "minus sign U+2212", "debatable": True}),
    (
        "Kjær- gård ringede",
        ("Kjær", "gård"),
        {"note": "hyphen + space (dictation)", "debatable": True},
    ),
    ("Kjær -gård ringede", ("Kjær", "gård"), {"debatable": True}),
    ("Kjær--gård ringede", ("Kjær", "gård"), {"debatable": True}),
    ("Kjær-gårds vurdering", ("Kjær", "gård"), {}),
    ("Kjær-gård's vurdering", ("Kjær", "gård"), {}),
    ("(Kjær-gård)", ("Kjær", "gård"), {}),
    ("/kjær-gård", ("kjær", "gård"), {}),
    ("Mvh Kjær-gård", ("Kjær", "gård"), {}),
    ("spl. kjær-gård", ("kjær", "gård"), {}),
    ("Malene Kjær-gård ringede", ("Malene", "Kjær", "gård"), {}),
    ("malene kjær-gård ringede", ("malene", "kjær", "gård"), {}),
    ("Kjær-gård, Malene ringede", ("Malene", "Kjær", "gård"), {}),
    ("Kjær-gård2 har lukket", ("Kjær", "gård"), {}),
    ("Kjær-\ngård ringede", ("Kjær", "gård"), {}),
    ("Pt. tilset af Kjær-\ngård i dag.", ("Kjær", "gård"), {}),
    ("kjær-\ngård ringede", ("kjær", "gård"), {}),
    ("Øster-\ngaard ringede", ("Øster", "gaard"), {}),
    ("i dag kom øster-\ngaard", ("øster", "gaard"), {}),
    ("Jen-\nsen ringede", ("Jen", "sen"), {}),
    ("Jen-\r\nsen ringede", ("Jen", "sen"), {}),
    ("Jen- \nsen ringede", ("Jen", "sen"), {"debatable": True}),
    ("Jen-\n    sen ringede", ("Jen", "sen"), {}),
    ("Sø-\nrensen ringede", ("Sø", "rensen"), {}),
    ("Mette-\nLouise ringede", ("Mette", "Louise"), {}),
    ("Mette Louise Jen-\nsen ringede", ("Mette", "Louise", "Jen", "sen"), {}),
    ("Holm-\nJensen ringede", ("Holm", "Jensen"), {}),
    ("Gitte Holm-\nJensen ringede", ("Gitte", "Holm", "Jensen"), {}),
    ("Mette-Louise ringede", ("Mette", "Louise"), {}),
    ("mette-louise ringede", ("mette", "louise"), {}),
    ("Mette-Louise Jensen ringede", ("Mette", "Louise", "Jensen"), {}),
    ("Mette-Jensen ringede", ("Mette", "Jensen"), {}),
    ("mette-jensen ringede", ("mette", "jensen"), {}),
    ("Anne-Mette ringede", ("Anne", "Mette"), {}),
    ("Anne-\nMette ringede", ("Anne", "Mette"), {}),
    ("AnneMette ringede", ("AnneMette",), {}),
    ("Anne - Mette ringede", ("Anne", "Mette"), {}),
    ("Holm-Jensen ringede", ("Holm", "Jensen"), {}),
    ("holm-jensen ringede", ("holm", "jensen"), {}),
    ("Hol-m-Jensen ringede", ("Jensen",), {"debatable": True}),
    ("Holm-Jen-sen ringede", ("Holm", "Jen", "sen"), {}),
    ("Jensen-Holm ringede", ("Jensen", "Holm"), {"note": "parts of Holm-Jensen in reverse"}),
    # hyphen used as a separator between names / name and word (sloppy notes)
    ("vagt: mette-lone", ("mette", "lone"), {}),
    ("mette-kirsten har vagt", ("mette", "kirsten"), {}),
    ("Mette-Kirsten har vagt", ("Mette", "Kirsten"), {}),
    ("jensen-nielsen har vagt", ("jensen", "nielsen"), {}),
    ("Mette-vagten er slut", ("Mette",), {}),
    ("mette-vagten er slut", ("mette",), {}),
    ("kirsten-holdet kommer kl. 8", ("kirsten",), {}),
    ("Kirsten-holdet kommer kl. 8", ("Kirsten",), {}),
    ("mette-j ringede", ("mette",), {}),
    ("Mette-J ringede", ("Mette",), {}),
    ("dagvagt-mette ringede", ("mette",), {}),
    ("nat-lone har givet pn", ("lone",), {}),
    ("kl 7-15 mette", ("mette",), {}),
    ("kl 7-15mette", ("mette",), {}),
    ("7-mette", ("mette",), {}),
    ("spl-mette har givet medicin", ("mette",), {}),
    ("sosu-hanne har badet pt", ("hanne",), {}),
    ("pt.-mette samtale", ("mette",), {}),
    ("mette- og lonevagt", ("mette",), {"debatable": True}),
    ("mette-\nlone har vagt", ("mette", "lone"), {}),
    ("jensen-\nnielsen har vagt", ("jensen", "nielsen"), {}),
    ("Ring til Jensen-\nog hun kommer", ("Jensen",), {}),
    ("-mette", ("mette",), {}),
    ("mette-", ("mette",), {}),
    ("Mvh Mette-", ("Mette",), {}),
    (
        "Skov-Jensen ringede",
        ("Skov", "Jensen"),
        {"note": "Skov (hidden Søren Skov) + Jensen (hidden)"},
    ),
    ("Per-Holm ringede", ("Per", "Holm"), {}),
    ("Søren-Skov ringede", ("Søren", "Skov"), {}),
    ("Bo-Storm ringede", ("Bo", "Storm"), {}),
    ("Sø-ren Skov ringede", ("Sø", "ren", "Skov"), {}),
    ("Hol-m ringede", ("Hol",), {"debatable": True, "note": "'holm' is a word-name"}),
    ("Mvh Hol-m", ("Hol",), {}),
    ("Mvh Sk-ov", ("Sk", "ov"), {}),
    ("spl. sk-ov", ("sk", "ov"), {}),
    ("/st-orm", ("st", "orm"), {}),
]:
    P("hyphen", t, g, **kw)

# ---- 8. word_names: names that are Danish words; hidden when capitalised / in certain positions
for t, g, kw in [
    ("Pt. tilset af Holm.", "Holm", {}),
    ("Holm ringede kl. 14.", "Holm", {}),
    ("Skov har ordineret morfin.", "Skov", {}),
    ("Aftalt med Skov at pt. udskrives.", "Skov", {}),
    ("talt med skov", "skov", {}),
    ("talt med holm om pt.", "holm", {}),
    ("aftalt med storm", "storm", {}),
    ("spl. holm har givet medicin", "holm", {}),
    ("sygepl. skov tilså pt.", "skov", {}),
    ("mvh per", "per", {}),
    ("mvh holm", "holm", {}),
    ("Mvh\nper holm", ("per", "holm"), {}),
    ("/holm", "holm", {}),
    ("/per", "per", {}),
    ("/skov 12.3.", "skov", {}),
    ("ifølge skov er pt. klar til udskrivelse", "skov", {}),
    ("Hej per, kan du ringe?", "per", {}),
    ("Kære bo, tak for sidst", "bo", {}),
    ("Referent: dam", "dam", {}),
    ("Deltagere: per, bo, tage", ("per", "bo", "tage"), {}),
    ("Deltagere: holm, skov, storm, dam", ("holm", "skov", "storm", "dam"), {}),
    ("Sign.: tage dam", ("tage", "dam"), {}),
    ("skrevet af storm", "storm", {}),
    ("Holm's vurdering følges", "Holm", {}),
    ("Skovs vurdering følges", "Skov", {}),
    ("pt. vil tale med Holm igen", "Holm", {}),
    ("pt. vil tale med Skov igen", "Skov", {}),
    ("Tage har givet medicin", "Tage", {}),
    ("Bo har badet pt", "Bo", {}),
    ("Per har ringet til datter", "Per", {}),
    ("Dam tilså pt.", "Dam", {}),
    ("STORM TILSÅ PT.", "STORM", {}),
    ("pt. tilset af STORM", "STORM", {}),
    ("holm ringede", "holm", {"known": True, "note": "documented limit: word-name in lower case"}),
    ("i dag kom skov", "skov", {"known": True}),
    ("per har ringet til datter", "per", {"known": True}),
    ("pt. bad om at tale med storm", "storm", {"known": True}),
    ("v. holm", "holm", {}),
    ("ordineret af skov", "skov", {}),
    ("kontrolleret af dam", "dam", {}),
    ("Talt med Per\nHolm", ("Per", "Holm"), {}),
    ("Aftalt med spl.\nHolm", "Holm", {}),
    ("vagthavende: holm", "holm", {"debatable": True}),
    ("Fast vagt: tage", "tage", {}),
    ("kontaktperson: skov", "skov", {"debatable": True, "note": "label not listed as certain"}),
    ("Hol m ringede", "Hol", {"debatable": True}),
    ("Mvh Hollm", "Hollm", {}),
    ("talt med skvo", "skvo", {"debatable": True}),
    ("talt m. skov", "skov", {"debatable": True, "note": "'m.' short for med"}),
    ("tlf. m. holm", "holm", {"debatable": True}),
]:
    P("word_names", t, g, **kw)

# ---- 9. list_gap: frequent given names (Zipf >= 3) that are NOT Danish words but are not in
#         name_words.txt, so lower-case hiding (new rule) does not reach them
for t, g, pers, kw in [
    ("jens ringede", "jens", ("JO",), {}),
    ("i dag kom jens forbi", "jens", ("JO",), {}),
    ("pt. spørger efter jens", "jens", ("JO",), {}),
    ("malene ringede", "malene", ("MK",), {}),
    ("i dag kom malene forbi", "malene", ("MK",), {}),
    ("pt. spørger efter malene", "malene", ("MK",), {}),
    ("pia ringede", "pia", ("PM",), {}),
    ("i dag kom pia forbi", "pia", ("PM",), {}),
    ("ellen ringede", "ellen", ("EL",), {}),
    ("i dag kom ellen forbi", "ellen", ("EL",), {}),
    ("mads ringede", "mads", ("MD",), {"debatable": True, "note": "'mads' rare genitive of mad"}),
    ("i dag kom mads forbi", "mads", ("MD",), {"debatable": True}),
    ("leo ringede", "leo", ("LL",), {}),
    ("i dag kom leo forbi", "leo", ("LL",), {}),
    ("agnes ringede", "agnes", ("AG",), {}),
    ("magnus ringede", "magnus", ("MG",), {}),
    ("tim ringede", "tim", ("TI",), {}),
    ("lis ringede", "lis", ("LI",), {}),
    ("ib ringede", "ib", ("IB",), {}),
    ("i dag kom ib forbi", "ib", ("IB",), {}),
    ("nørgaard ringede", "nørgaard", ("LL",), {}),
    ("winther ringede", "winther", ("MD",), {}),
    ("bruun ringede", "bruun", ("AG",), {}),
    ("dahl ringede", "dahl", ("MG",), {}),
    ("riis ringede", "riis", ("IB",), {"debatable": True}),
    ("holst ringede", "holst", ("LI",), {}),
    ("madsen ringede", "madsen", ("PM",), {}),
    ("bech ringede", "bech", ("SB",), {}),
    ("susanne ringede", "susanne", ("SB",), {}),
    ("jens' vurdering følges", "jens", ("JO",), {}),
    ("malenes vurdering følges", "malene", ("MK",), {}),
    ("pias vurdering følges", "pia", ("PM",), {}),
]:
    P("list_gap", t, g, persons=pers, **kw)


# ---- 9b. cap_start: a name-only word (name_words.txt) capitalised at a sentence start, followed by
#          a word that is not a finite verb. Lower case "mette i dag" is hidden; is "Mette i dag"?
for t, g in [
    ("Mette i dag: pt. rolig.", "Mette"),
    ("Mette i nat. Pt. sov godt.", "Mette"),
    ("Jensen i morgen.", "Jensen"),
    ("Nielsen i dag.", "Nielsen"),
    ("Hanne med pt. til røntgen.", "Hanne"),
    ("Kirsten på kursus, vikar i dag.", "Kirsten"),
    ("Lone også med til samtalen.", "Lone"),
    ("Birgitte ikke på arbejde i dag.", "Birgitte"),
    ("Louise syg, Hanne tager hendes borgere.", "Louise"),
    ("Sørensen fra hjemmeplejen kom kl. 8.", "Sørensen"),
    ("Østergaard hjemme syg.", "Østergaard"),
    ("Aagaard på ferie uge 28.", "Aagaard"),
    ("Pedersen ny kontaktperson.", "Pedersen"),
    ("Hansen til stede ved samtalen.", "Hansen"),
    ("Mette + Lone på aftenvagt.", "Mette"),
    ("Kirsten kl. 14: pt. uændret.", "Kirsten"),
    ("God dag. Mette her, jeg kommer kl. 10.", "Mette"),
    ("Pt. sov. Mette hos pt. kl. 3.", "Mette"),
    ("Hej. Jensen her fra hjemmeplejen.", "Jensen"),
    ("Nielsen ikke kontaktbar, prøver igen.", "Nielsen"),
    ("Mette samt Lone deltog.", "Mette"),
    ("Kirsten evt. i morgen.", "Kirsten"),
    ("Hanne tlf. 12345678", "Hanne"),
    ("Birgitte 12.3.: pt. græder.", "Birgitte"),
    ("Mette\ti dag", "Mette"),
    ("Pt. rolig.\nKirsten på kursus i morgen.", "Kirsten"),
    ("Pt. sov\nMette i dag", "Mette"),
    ("Aftalt med\nMette i dag", "Mette"),
]:
    P("cap_start", t, g)

# ---- 9c. caps_mixed: name-only words in CAPITALS text and in mixed case
for t, g, kw in [
    ("I DAG KOM METTE OG LONE", ("METTE", "LONE"), {}),
    ("KIRSTEN OG LONE KOM KL 8", ("KIRSTEN", "LONE"), {}),
    ("METTE OG JEG GIK TUR MED PT", ("METTE",), {}),
    ("PT VIL KUN HAVE BESØG AF METTE ELLER LONE", ("METTE", "LONE"), {}),
    ("OBS JENSEN I MORGEN", ("JENSEN",), {}),
    ("NIELSEN PÅ FERIE - SPØRG HANSEN", ("NIELSEN", "HANSEN"), {}),
    ("BIRGITTE SYG I DAG", ("BIRGITTE",), {}),
    ("METTE I DAG, LONE I MORGEN", ("METTE", "LONE"), {}),
    ("KONTAKTPERSON: METTE JENSEN", ("METTE", "JENSEN"), {}),
    ("HUSK AT METTE HAR NØGLEN", ("METTE",), {}),
    ("i dag kom MeTTe", ("MeTTe",), {"note": "caps-lock slip"}),
    ("i dag kom MEtte", ("MEtte",), {"note": "shift held too long"}),
    ("JEnsen ringede", ("JEnsen",), {}),
    ("i dag kom mETTE", ("mETTE",), {"note": "caps lock inverted"}),
    ("pt. ringede til kIRSTEN", ("kIRSTEN",), {}),
    ("SøRENSEN ringede", ("SøRENSEN",), {}),
]:
    P("caps_mixed", t, g, **kw)
P(
    "caps_mixed",
    "HUSK AT METTE HAR NØGLEN",
    stay=("HUSK", "AT", "HAR"),
    note="function word swallowed as initials?",
)
P(
    "caps_mixed",
    "AFTALT MED METTE",
    stay=("AFTALT", "MED"),
    note="function word swallowed as initials?",
)
P(
    "caps_mixed",
    "MØDE MED JENSEN OG NIELSEN",
    stay=("MED", "OG"),
    note="function word swallowed as initials?",
)

# ---- 9d. aa_word: name_words whose å/ø/æ spelling is a Danish word (aa=å equivalence)
for t, g, pers, kw in [
    ("kirkegaard ringede", "kirkegaard", ("DA",), {}),
    ("i dag kom kirkegaard", "kirkegaard", ("DA",), {}),
    ("pt. spørger efter kirkegaard", "kirkegaard", ("DA",), {}),
    ("kirkegaards vurdering følges", "kirkegaard", ("DA",), {}),
    ("Kirkegaard i dag.", "Kirkegaard", ("DA",), {}),
    ("aage ringede", "aage", ("AM",), {}),
    ("i dag kom aage", "aage", ("AM",), {}),
    ("pt. spørger efter aage", "aage", ("AM",), {}),
    ("kaare ringede", "kaare", ("KF",), {}),
    ("i dag kom kåre", "kåre", ("KF",), {}),
    ("soeren ringede", "soeren", ("SS",), {}),
    ("i dag kom soeren", "soeren", ("SS",), {}),
    ("jens-\nsoeren", "soeren", ("SS",), {"debatable": True}),
]:
    P("aa_word", t, g, persons=pers, **kw)
P("aa_word", "pt. vil begraves på kirkegården", stay="kirkegården", persons=("DA",))
P(
    "aa_word",
    "tur til kirkegaarden med datter",
    stay="kirkegaarden",
    persons=("DA",),
    debatable=True,
    note="old aa spelling of the word",
)

# ---- 9e. hyphen_lc: hyphen inside a lower-case name-only word (interaction of the two changes)
for t, g, kw in [
    ("øster-gaard ringede", ("øster", "gaard"), {}),
    ("jen-sen ringede", ("jen", "sen"), {}),
    ("met-te ringede", ("met", "te"), {}),
    ("sø-rensen ringede", ("sø", "rensen"), {}),
    ("niel-sen ringede", ("niel", "sen"), {}),
    ("kir-sten ringede", ("kir", "sten"), {}),
    ("han-sen ringede", ("han", "sen"), {}),
    ("peder-sen ringede", ("peder", "sen"), {}),
    ("bir-gitte ringede", ("bir", "gitte"), {}),
    ("aa-gaard ringede", ("aa", "gaard"), {}),
    ("i dag kom jen-\nsen", ("jen", "sen"), {}),
    ("i dag kom øster-\ngaard", ("øster", "gaard"), {}),
    ("pt. spørger efter øster-gaard", ("øster", "gaard"), {}),
    ("øster-gaards vurdering", ("øster", "gaard"), {}),
    ("jens øster-gaard ringede", ("jens", "øster", "gaard"), {}),
    ("hanne han-sen ringede", ("hanne", "han", "sen"), {}),
    ("birgitte sø-rensen ringede", ("birgitte", "sø", "rensen"), {}),
    ("per hol-m ringede", ("per", "hol"), {"debatable": True}),
    ("malene kjær-gård ringede", ("malene", "kjær", "gård"), {}),
    ("Jens Øster-gaard ringede", ("Jens", "Øster", "gaard"), {}),
    ("Øster-gaard2 har lukket", ("Øster", "gaard"), {}),
    ("kjær-gård1", ("kjær", "gård"), {}),
    ("Øster-gaard/Jensen", ("Øster", "gaard", "Jensen"), {}),
]:
    P("hyphen_lc", t, g, **kw)

# =========================================================================== OVER-HIDING classes
# ---- 10. oh_own: the citizen's own names (own=) written in lower case
OWN_HANNE = (("Hanne", "Madsen"),)
for t, s, kw in [
    ("hanne fortæller at hun har sovet dårligt", "hanne", {}),
    ("hanne madsen ringede selv", ("hanne", "madsen"), {}),
    ("borger hanne madsen er tilfreds", ("hanne", "madsen"), {}),
    ("hanne ønsker ikke besøg i weekenden", "hanne", {}),
    ("i dag var hanne i godt humør", "hanne", {}),
    ("hannes datter har ringet", "hanne", {}),
    ("hanne's datter har ringet", "hanne", {}),
    ("Hanne fortæller at hun har sovet dårligt", "Hanne", {}),
    ("HANNE MADSEN CPR 010101-XXXX", ("HANNE", "MADSEN"), {}),
    ("hanne-madsen", ("hanne", "madsen"), {"debatable": True}),
    ("samtale med hanne om kost", "hanne", {}),
    (
        "hjemmebesøg hos hanne",
        "hanne",
        {"debatable": True, "known": True, "note": "documented: 'hos' makes it hidden"},
    ),
]:
    P("oh_own", t, stay=s, own=OWN_HANNE, persons=("HH",), **kw)
OWN_METTE = (("Mette", "Olsen"),)
for t, s, kw in [
    ("mette fortæller om smerter i ryggen", "mette", {}),
    ("mette olsen er mødt til samtale", ("mette", "olsen"), {}),
    ("mettes mand er død i januar", "mette", {}),
    ("i dag var mette ked af det", "mette", {}),
    ("mette-olsen", ("mette",), {"debatable": True}),
    (
        "mette ønsker at tale med jensen",
        "mette",
        {"note": "jensen (staff) must go, mette (own) stays"},
    ),
]:
    P("oh_own", t, stay=s, own=OWN_METTE, persons=("MJ",), **kw)
P(
    "oh_own",
    "mette ønsker at tale med jensen",
    gone="jensen",
    own=OWN_METTE,
    persons=("MJ",),
    note="companion: jensen must go",
)
OWN_KIRSTEN = (("Kirsten", "Østergaard"),)  # citizen shares family name with hidden Jens Østergaard
for t, s, kw in [
    ("kirsten østergaard ringede", ("kirsten", "østergaard"), {}),
    ("borger kirsten østergaard", ("kirsten", "østergaard"), {}),
    ("kirsten ostergaard ringede", ("kirsten", "ostergaard"), {}),
    ("kirsten oestergaard ringede", ("kirsten", "oestergaard"), {}),
    ("kirsten øster-gaard ringede", ("kirsten",), {}),
    (
        "fru østergaard fortæller",
        "østergaard",
        {"debatable": True, "note": "single shared family part"},
    ),
    ("østergaard fortæller at hun har ondt", "østergaard", {"debatable": True, "known": True}),
]:
    P("oh_own", t, stay=s, own=OWN_KIRSTEN, persons=("JO",), **kw)

# ---- 11. oh_keep: relatives via keep(names=...)
for t, s, keepn, pers, kw in [
    ("datter kirsten madsen ringede", ("kirsten", "madsen"), (("Kirsten", "Madsen"),), ("KA",), {}),
    (
        "datteren kirsten madsen er bekymret",
        ("kirsten", "madsen"),
        (("Kirsten", "Madsen"),),
        ("KA",),
        {},
    ),
    (
        "kirsten madsen (datter) ringede",
        ("kirsten", "madsen"),
        (("Kirsten", "Madsen"),),
        ("KA",),
        {},
    ),
    (
        "datter kirsten ringede",
        "kirsten",
        (("Kirsten", "Madsen"),),
        ("KA",),
        {"debatable": True, "known": True},
    ),
    ("søn jens ringede", "jens", (("Jens", "Berg"),), ("JO",), {"debatable": True}),
    ("søn jens berg ringede", ("jens", "berg"), (("Jens", "Berg"),), ("JO",), {}),
    (
        "ægtefælle lone nielsen deltog",
        ("lone", "nielsen"),
        (("Lone", "Nielsen"),),
        ("LN",),
        {"debatable": True, "known": True, "note": "same full name as hidden person"},
    ),
    ("hustru birgitte olsen deltog", ("birgitte", "olsen"), (("Birgitte", "Olsen"),), ("BS",), {}),
    (
        "birgitte olsen og pt. kom sammen",
        ("birgitte", "olsen"),
        (("Birgitte", "Olsen"),),
        ("BS",),
        {},
    ),
    ("svigersøn søren skov ringede", ("søren", "skov"), (("Søren", "Skov"),), ("PH",), {}),
    ("barnebarn mette hansen kommer", ("mette", "hansen"), (("Mette", "Hansen"),), ("MJ",), {}),
    (
        "barnebarn mette hansen kommer",
        ("mette", "hansen"),
        (("Mette", "Hansen"),),
        ("MJ", "HH"),
        {},
    ),
    ("nabo louise berg har nøgle", ("louise", "berg"), (("Louise", "Berg"),), ("MJ",), {}),
    ("mor hanne nielsen ringede", ("hanne", "nielsen"), (("Hanne", "Nielsen"),), ("HH", "LN"), {}),
    ("Mor Hanne Nielsen ringede", ("Hanne", "Nielsen"), (("Hanne", "Nielsen"),), ("HH", "LN"), {}),
    (
        "mor hanne-nielsen ringede",
        ("hanne", "nielsen"),
        (("Hanne", "Nielsen"),),
        ("HH", "LN"),
        {"debatable": True},
    ),
    ("far jens østergaard ringede", ("jens", "østergaard"), (("Jens", "Østergaard"),), ("KA",), {}),
    ("far jens ostergaard ringede", ("jens", "ostergaard"), (("Jens", "Østergaard"),), ("KA",), {}),
    ("far jens øster-gaard ringede", ("jens",), (("Jens", "Østergaard"),), ("KA",), {}),
    ("bror per holm ringede", ("per", "holm"), (("Per", "Holm"),), ("SS",), {}),
    ("bror bo skov ringede", ("bo", "skov"), (("Bo", "Skov"),), ("BO", "SS"), {}),
    (
        "datter anne-mette olsen ringede",
        ("anne", "mette", "olsen"),
        (("Anne-Mette", "Olsen"),),
        ("AP",),
        {},
    ),
    (
        "datter anne mette olsen ringede",
        ("anne", "mette", "olsen"),
        (("Anne-Mette", "Olsen"),),
        ("AP",),
        {},
    ),
    (
        "søster kirsten aagaard-berg ringede",
        ("kirsten",),
        (("Kirsten", "Aagaard-Berg"),),
        ("KA",),
        {"debatable": True},
    ),
]:
    P("oh_keep", t, stay=s, keepn=keepn, persons=pers, **kw)

# ---- 12. oh_others: non-hidden colleague (others=) written in lower case
for t, s, others, pers, kw in [
    ("anne jensen ringede", ("anne", "jensen"), (("Anne", "Jensen"),), ("MJ",), {}),
    ("i dag kom anne jensen forbi", ("anne", "jensen"), (("Anne", "Jensen"),), ("MJ",), {}),
    ("anne jensens vurdering", ("anne",), (("Anne", "Jensen"),), ("MJ",), {}),
    ("Anne Jensen ringede", ("Anne", "Jensen"), (("Anne", "Jensen"),), ("MJ",), {}),
    ("mette hansen ringede", ("mette", "hansen"), (("Mette", "Hansen"),), ("MJ",), {}),
    ("i dag kom mette hansen", ("mette", "hansen"), (("Mette", "Hansen"),), ("MJ",), {}),
    (
        "mette-hansen ringede",
        ("mette", "hansen"),
        (("Mette", "Hansen"),),
        ("MJ",),
        {"debatable": True},
    ),
    ("kirsten olsen ringede", ("kirsten", "olsen"), (("Kirsten", "Olsen"),), ("KA",), {}),
    ("spl. kirsten olsen ringede", ("kirsten", "olsen"), (("Kirsten", "Olsen"),), ("KA",), {}),
    ("lars holm ringede", ("lars", "holm"), (("Lars", "Holm"),), ("PH",), {}),
    ("Lars Holm ringede", ("Lars", "Holm"), (("Lars", "Holm"),), ("PH",), {}),
    ("talt med lars holm", ("lars", "holm"), (("Lars", "Holm"),), ("PH",), {}),
    ("mvh lars holm", ("lars", "holm"), (("Lars", "Holm"),), ("PH",), {}),
    ("lone berg ringede", ("lone", "berg"), (("Lone", "Berg"),), ("LN",), {}),
    ("lone bergs vurdering følges", ("lone",), (("Lone", "Berg"),), ("LN",), {}),
    ("hanne sørensen ringede", ("hanne", "sørensen"), (("Hanne", "Sørensen"),), ("HH", "BS"), {}),
    (
        "jens østergaard-berg ringede",
        ("jens",),
        (("Jens", "Østergaard-Berg"),),
        ("JO",),
        {"debatable": True},
    ),
    ("birgitte hansen og birgitte sørensen", ("hansen",), (("Birgitte", "Hansen"),), ("BS",), {}),
    ("birgitte hansen og birgitte sørensen", (), (("Birgitte", "Hansen"),), ("BS",), {}),
    ("ole jensen ringede", ("ole", "jensen"), (("Ole", "Jensen"),), ("MJ",), {}),
    (
        "susanne nielsen (fysioterapeut) ringede",
        ("susanne", "nielsen"),
        (("Susanne", "Nielsen"),),
        ("LN",),
        {},
    ),
]:
    if t == "birgitte hansen og birgitte sørensen" and not s:
        P(
            "oh_others",
            t,
            gone="sørensen",
            others=others,
            persons=pers,
            note="companion: hidden Sørensen goes",
        )
        continue
    P("oh_others", t, stay=s, others=others, persons=pers, **kw)

# ---- 13. oh_words: Danish words / abbreviations that look like names
for t, s, pers, kw in [
    ("Kontrol 3. jan. 2025", "jan", ("JL",), {"note": "month abbreviation vs hidden Jan"}),
    ("næste kontrol d. 15 jan", "jan", ("JL",), {}),
    ("ambulant kontrol jan/feb", "jan", ("JL",), {}),
    ("Paracetamol 1 g x 4, max 4 g/døgn", "max", ("MX",), {"note": "max vs hidden Max"}),
    ("må max gå 50 m uden hvil", "max", ("MX",), {}),
    ("morfin 5 mg pn, max 6 doser", "max", ("MX",), {}),
    ("HR max 180", "max", ("MX",), {}),
    ("rene hænder før sårskift", "rene", ("RL",), {}),
    ("det var rene ord for pengene", "rene", ("RL",), {}),
    ("Rene sår heler hurtigere.", "Rene", ("RL",), {"note": "'sår' can be read as a verb"}),
    ("Rene forbindinger lagt.", "Rene", ("RL",), {}),
    ("Rene ringede", (), ("RL",), {}),
    ("andre patienter klager også", "andre", ("AB",), {}),
    ("Andre har også oplevet det.", "Andre", ("AB",), {"note": "'Andre' = others + finite verb"}),
    ("Andre mener at pt. bør flyttes.", "Andre", ("AB",), {}),
    ("Andre tiltag er forsøgt.", "Andre", ("AB",), {}),
    ("for søren da!", "søren", ("SS",), {}),
    ("For søren, hvor er den?", "søren", ("SS",), {}),
    ("Per os 2 tabl. x 3", "Per", ("PH",), {}),
    ("Per døgn gives 2 g.", "Per", ("PH",), {}),
    ("2 tabl. per os", "per", ("PH",), {}),
    ("Sten i nyren påvist ved CT.", "Sten", ("SR",), {}),
    ("Bo hjemme med hjælp.", "Bo", ("BO",), {}),
    ("bo hjemme med hjælp", "bo", ("BO",), {}),
    ("Tage hensyn til pt.s ønsker.", "Tage", ("TD",), {}),
    ("skal tage medicin kl. 8", "tage", ("TD",), {}),
    ("Dam i haven, pt. faldt i", "Dam", ("TD",), {"debatable": True}),
    ("Storm og regn, hjemmeplejen forsinket.", "Storm", ("BO",), {}),
    (
        "Storm har forsinket hjemmeplejen.",
        "Storm",
        ("BO",),
        {"debatable": True, "known": True, "note": "noun at start + verb: documented over-hide"},
    ),
    ("Skov og mark gåtur", "Skov", ("SS",), {}),
    ("pt. gik tur i skoven", "skoven", ("SS",), {}),
    ("pt. holder af at gå i skov", "skov", ("SS",), {}),
    ("Hans kone ringede.", "Hans", ("HA",), {}),
    ("hans kone ringede", "hans", ("HA",), {}),
    ("talt med hans kone", "hans", ("HA",), {}),
    ("Lind og blød mave", "Lind", ("RL",), {}),
    (
        "Lene sig op ad væggen",
        "Lene",
        ("LV",),
        {"debatable": True, "note": "'lene' is a misspelling of 'læne'"},
    ),
    ("pt. skal lene sig frem", "lene", ("LV",), {"debatable": True}),
    ("kær hilsen fra datter", "kær", ("JJ",), {}),
    ("kjære mor", "kjære", ("JJ",), {"note": "old spelling of kære"}),
    ("mætte pt. med flydende kost", "mætte", ("MJ",), {}),
    ("pt. var mæt og mætte", "mætte", ("MJ",), {}),
    ("lønne overgang", "lønne", ("LN",), {}),
    ("lune pt. med tæppe", "lune", ("LN",), {}),
    ("Gitter på sengen", "Gitter", ("GH",), {}),
    ("hane i køkkenet drypper", "hane", ("HH",), {}),
    ("skal i seng kl. 22, talt med hane om det", "hane", ("HH",), {"debatable": True}),
    (
        "Hansens sygdom (spedalskhed) udelukket",
        "Hansens",
        ("HH",),
        {"debatable": True, "note": "eponym"},
    ),
    (
        "hansens sygdom udelukket",
        "hansens",
        ("HH",),
        {"debatable": True, "note": "eponym in lower case"},
    ),
    ("Mb. Addison udelukket", "Addison", (), {"persons": ("HH",)}),
    ("1,5 mia. kr. i underskud", "mia", (), {"persons": ("HH",)}),
    ("ingen kvalme, ingen opkast", "ingen", ("HH",), {}),
    ("kort ophold på aflastning", "kort", ("HH",), {}),
    ("pt. fik ris til middag", "ris", ("IB",), {}),
    ("glædelig jul", "jul", ("IB",), {}),
    ("Jens Bangs Stenhus", ("Stenhus",), ("SS",), {}),
]:
    if not s:
        P(
            "oh_words",
            t,
            gone="Rene" if "Rene" in t else (),
            persons=pers or kw.pop("persons"),
            note="companion (must be hidden)",
            **{k: v for k, v in kw.items() if k != "persons"},
        )
        continue
    if not pers:
        pers = kw.pop("persons")
    P("oh_words", t, stay=s, persons=pers, **kw)

# ---- 14. oh_english: English text (patient quotes, research, app text)
for t, s, pers, kw in [
    ("pt. siger: 'I feel like a lone wolf'", "lone", ("LN",), {"debatable": True}),
    ("he is a lone survivor", "lone", ("LN",), {"debatable": True}),
    ("knee bent 90 degrees", "bent", ("BH",), {"debatable": True}),
    ("arm was bent", "bent", ("BH",), {"debatable": True}),
    ("max heart rate 180", "max", ("MX",), {}),
    ("pt. bruger app'en 'Max Health'", "Max", ("MX",), {"debatable": True}),
    ("Hansen's disease ruled out", "Hansen", ("HH",), {"debatable": True}),
    ("Jensen's inequality", "Jensen", ("MJ",), {"debatable": True}),
    ("the pt said she felt better", "she", ("MJ",), {}),
    ("please call back", "call", ("MJ",), {}),
    ("I don't know", "don", ("MJ",), {}),
    ("Lone Pine Road", "Lone", ("LN",), {"debatable": True}),
    ("a mere stone", "mere", ("MJ",), {}),
    ("Louise Hay affirmations", "Hay", ("MJ",), {}),
]:
    P("oh_english", t, stay=s, persons=pers, **kw)

# ---- 15. oh_places: place names / institutions that are also hidden surnames or words
for t, s, pers, kw in [
    (
        "indlagt på viborg sygehus",
        "viborg",
        ("LV",),
        {"debatable": True, "note": "place written in lower case"},
    ),
    (
        "Indlagt på Viborg Sygehus",
        "Viborg",
        ("LV",),
        {"debatable": True, "note": "capitalised place = hidden surname"},
    ),
    ("overflyttet til Regionshospitalet Viborg", "Viborg", ("LV",), {"debatable": True}),
    ("bor i kolding", "kolding", ("KK",), {"debatable": True}),
    ("flyttet fra Kolding til Vejle", "Kolding", ("KK",), {"debatable": True}),
    ("Skov- og Naturstyrelsen har skrevet", "Skov", ("SS",), {}),
    ("brev fra Skov- og Naturstyrelsen", "Skov", ("SS",), {}),
    ("Bo- og Behandlingscenter Nord har ringet", "Bo", ("BO",), {}),
    ("pt. bor på Bo- og Behandlingscenter Nord", "Bo", ("BO",), {}),
    ("Sct. Hans Hospital har ringet", "Hans", ("HA",), {"debatable": True}),
    ("indlagt på sct. hans", "hans", ("HA",), {"debatable": True}),
    ("H.C. Andersens Boulevard 12", "Andersens", ("HA",), {"debatable": True}),
    ("bor på h.c. andersens boulevard", "andersens", ("HA",), {"debatable": True}),
    ("Plejecenter Skovbrynet", "Skovbrynet", ("SS",), {}),
    ("Plejecenter Holmegården", "Holmegården", ("PH",), {}),
    ("Jensens Bøfhus", "Jensens", ("MJ",), {"debatable": True}),
    ("pt. spiste på jensens bøfhus", "jensens", ("MJ",), {"debatable": True}),
    ("Dronning Louises Bro", "Louises", ("MJ",), {"debatable": True}),
    ("Aagaard Kirke", "Aagaard", ("KA",), {"debatable": True}),
    ("Nielsens Plads 3", "Nielsens", ("LN",), {"debatable": True}),
    ("bor på lind allé", "lind", ("RL",), {}),
    ("bor på Lind Allé 4", "Lind", ("RL",), {"debatable": True}),
    ("bor i Holme", "Holme", ("PH",), {}),
    ("Kirkegaards Allé", "Kirkegaards", ("DA",), {"debatable": True}),
    ("besøgte kirkegården", "kirkegården", ("DA",), {}),
    ("Kirkegården er pyntet", "Kirkegården", ("DA",), {}),
    ("pt. vil begraves på kirkegård i Vejle", "kirkegård", ("DA",), {}),
    ("Kirkegård i morgen med datter", "Kirkegård", ("DA",), {}),
]:
    P("oh_places", t, stay=s, persons=pers, **kw)

# ---- 16. oh_hyphen: hyphenated ordinary compounds (new hyphen rule)
for t, s, pers, kw in [
    ("MR-scanning viser diskusprolaps", "MR-scanning", DEFAULT_HIDDEN, {}),
    ("hjerte-lunge-redning påbegyndt", "hjerte-lunge", DEFAULT_HIDDEN, {}),
    ("Skov-bund var våd, pt. faldt", "Skov-bund", ("SS",), {}),
    ("pt. faldt på skov-bunden", "skov-bunden", ("SS",), {}),
    ("Skov-tur med pt. i eftermiddag", "Skov-tur", ("SS",), {}),
    ("Sten-analyse viste calciumoxalat", "Sten-analyse", ("SR",), {}),
    ("Storm-vejr, pt. urolig", "Storm-vejr", ("BO",), {}),
    ("Bo-tilbuddet har ringet", "Bo-tilbuddet", ("BO",), {}),
    ("pt. bor på bo-tilbud", "bo-tilbud", ("BO",), {}),
    ("Bo-støtte bevilget", "Bo-støtte", ("BO",), {}),
    ("Per-oral behandling", "Per-oral", ("PH",), {}),
    ("Dam-bad i bassinet", "Dam-bad", ("TD",), {"debatable": True}),
    ("Holm-gang med datter om økonomi", "Holm-gang", ("PH",), {}),
    ("Sand-sække på fødderne", "Sand-sække", ("PH",), {}),
    ("Lind-træ udenfor vinduet", "Lind-træ", ("RL",), {}),
    ("ADL-træning: pt. klarer selv bad", "ADL-træning", DEFAULT_HIDDEN, {}),
    ("KOL-patient med exacerbation", "KOL-patient", DEFAULT_HIDDEN, {}),
    ("A-vitamin og D-vitamin", "A-vitamin", DEFAULT_HIDDEN, {}),
    ("EKG-forandringer: ST-elevation", "ST-elevation", DEFAULT_HIDDEN, {}),
    ("pt. har type-2-diabetes", "type-2-diabetes", DEFAULT_HIDDEN, {}),
    ("sår-pleje udført", "sår-pleje", DEFAULT_HIDDEN, {}),
    (
        "Hans-Christian (søn) ringede",
        ("Hans-Christian",),
        ("HA",),
        {"debatable": True, "note": "relative with hyphen given name"},
    ),
    (
        "Hans-Christian (søn) ringede",
        ("Hans-Christian",),
        ("HA",),
        {"keepn": (("Hans-Christian", "Olsen"),)},
    ),
    (
        "Mette-Marie (datter) ringede",
        ("Mette-Marie",),
        ("MJ",),
        {"keepn": (("Mette-Marie", "Olsen"),)},
    ),
    (
        "mette-marie (datter) ringede",
        ("mette-marie",),
        ("MJ",),
        {"keepn": (("Mette-Marie", "Olsen"),)},
    ),
    (
        "datter Mette-Marie Olsen ringede",
        ("Mette-Marie",),
        ("MJ",),
        {"keepn": (("Mette-Marie", "Olsen"),)},
    ),
    ("Kirke-gård besøg med datter", "Kirke-gård", ("DA",), {}),
    ("kirke-gården", "kirke-gården", ("DA",), {}),
    ("Øster-gade 12", "Øster-gade", ("JO",), {}),
    ("Vester-gaard skole", "Vester-gaard", ("JO",), {}),
    ("Dansk-svensk grænse", "Dansk-svensk", DEFAULT_HIDDEN, {}),
    ("rød-grøn farveblind", "rød-grøn", DEFAULT_HIDDEN, {}),
    ("Ny-gaard skole", "Ny-gaard", ("JO",), {}),
    ("Sten-knuser behandling", "Sten-knuser", ("SR",), {}),
    ("Rask-melding modtaget", "Rask-melding", ("SR",), {}),
    ("Sten- og grusfang", "Sten", ("SR",), {}),
    ("Lund-patienterne er udskrevet", "Lund-patienterne", ("EL",), {}),
    ("Ravn-sort hår", "Ravn-sort", ("PH",), {}),
    ("tage-hensyn", "tage-hensyn", ("TD",), {}),
    (
        "Mette-Line (pt.s barnebarn) på besøg",
        ("Mette-Line",),
        ("MJ",),
        {"debatable": True, "note": "unknown relative with hidden part"},
    ),
    (
        "Jensen-sagen: borger klager",
        ("Jensen-sagen",),
        ("MJ",),
        {"debatable": True, "note": "could be about the staff member"},
    ),
]:
    if "persons" in kw:
        pers = kw.pop("persons")
    P("oh_hyphen", t, stay=s, persons=pers, **kw)

# ---- 17. oh_lc_words: lower-case running text with words that share letters with names
OH_LC = [
    "pt. har fået mere smerte i dag",
    "pt. har det bedre i dag, ingen kvalme",
    "pt. spiser mere og drikker mere",
    "pt. skal gå i bad i morgen",
    "hun sagde at det var godt",
    "der er lagt ny plan",
    "sonde lagt kl. 10",
    "sen aftensmad pga. undersøgelse",
    "lone ulve er farlige",  # last: lone? not a Danish word
    "mett og træt",
    "hansker på",
    "kirke i morgen",
    "sten-hård mave",
    "holmgang",
    "ring til hjemmeplejen",
    "nattevagt: ingen bemærkninger",
    "ved sengen",
    "pt. har hjemme-hjælp",
    "borger bor alene i lejlighed på 3. sal",
    "fik bad, hår vasket og negle klippet",
    "pt. hører dårligt på ve. øre",
]
for t in OH_LC:
    deb = "lone ulve" in t
    # stay: the whole text (every word) must remain
    P(
        "oh_lc_words",
        t,
        stay=tuple(w for w in re.findall(r"[^\W\d_]+", t) if len(w) > 2),
        debatable=deb,
        note="'lone' is not Danish; only realistic as a typo for 'lune'" if deb else "",
    )


# =========================================================================== runner
def _word_re(s, ci):
    flags = re.IGNORECASE if ci else 0
    return re.compile(r"(?<![^\W\d_])" + re.escape(s) + r"(?:s|'s|'|´s|’s)?(?![^\W\d_])", flags)


def _stay_re(s):
    return re.compile(r"(?<![^\W\d_])" + re.escape(s) + r"(?![^\W\d_])")


_MATCHERS: dict = {}


def matcher(persons, others):
    key = (persons, others)
    if key not in _MATCHERS:
        _MATCHERS[key] = NameMatcher.build([ROSTER[p] for p in persons], others=list(others))
    return _MATCHERS[key]


@dataclass
class Result:
    probe: Probe
    out: str
    leaks: list = field(default_factory=list)
    over: list = field(default_factory=list)
    error: str = ""
    spans: list = field(default_factory=list)


def run_probe(p: Probe) -> Result:
    try:
        m = matcher(p.persons, p.others)
        spans = m.find(p.text)
        if p.own or p.keepn:
            spans = m.keep(tuple(p.keepn), own=list(p.own)).filter(p.text, spans)
        out = replace(p.text, spans, lambda key: "[X]")
    except Exception as e:  # pragma: no cover
        return Result(p, "", error=f"{type(e).__name__}: {e}")
    r = Result(p, out, spans=[(s.text, s.rule) for s in spans])
    for g in p.gone:
        if _word_re(g, True).search(out):
            r.leaks.append(g)
    for s in p.stay:
        if len(_stay_re(s).findall(out)) < len(_stay_re(s).findall(p.text)):
            r.over.append(s)
    return r


CLASS_ORDER = [
    "lc_position",
    "lc_styles",
    "lc_genitive",
    "lc_digits_punct",
    "lc_letters",
    "lc_fullname",
    "hyphen",
    "hyphen_lc",
    "word_names",
    "list_gap",
    "cap_start",
    "caps_mixed",
    "aa_word",
    "oh_own",
    "oh_keep",
    "oh_others",
    "oh_words",
    "oh_english",
    "oh_places",
    "oh_hyphen",
    "oh_lc_words",
]


def main(argv):
    verbose = "-v" in argv
    only = argv[argv.index("--class") + 1] if "--class" in argv else None
    jpath = argv[argv.index("--json") + 1] if "--json" in argv else None
    results = [run_probe(p) for p in PROBES if not only or p.cls == only]
    by = defaultdict(list)
    for r in results:
        by[r.probe.cls].append(r)
    tot = Counter()
    print(
        f"{'class':18} {'probes':>6} {'leaks':>6} {'over':>6} {'err':>4} {'fail':>5} {'deb/known fails':>16}"
    )
    for c in CLASS_ORDER:
        rs = by.get(c, [])
        if not rs:
            continue
        lk = sum(1 for r in rs if r.leaks)
        ov = sum(1 for r in rs if r.over)
        er = sum(1 for r in rs if r.error)
        fl = sum(1 for r in rs if r.leaks or r.over or r.error)
        dk = sum(
            1 for r in rs if (r.leaks or r.over or r.error) and (r.probe.debatable or r.probe.known)
        )
        tot.update(probes=len(rs), leaks=lk, over=ov, err=er, fail=fl, dk=dk)
        print(f"{c:18} {len(rs):6} {lk:6} {ov:6} {er:4} {fl:5} {dk:16}")
    print(
        f"{'TOTAL':18} {tot['probes']:6} {tot['leaks']:6} {tot['over']:6} {tot['err']:4} {tot['fail']:5} {tot['dk']:16}"
    )
    print()
    for c in CLASS_ORDER:
        fails = [r for r in by.get(c, []) if r.leaks or r.over or r.error]
        if not fails:
            continue
        print(f"=== {c}: {len(fails)} failing")
        for r in fails:
            p = r.probe
            tag = []
            if r.leaks:
                tag.append("LEAK " + ",".join(r.leaks))
            if r.over:
                tag.append("OVER " + ",".join(r.over))
            if r.error:
                tag.append("ERROR " + r.error)
            if p.debatable:
                tag.append("debatable")
            if p.known:
                tag.append("known-limit")
            print(
                f"  [{'; '.join(tag)}] persons={','.join(p.persons) if p.persons != DEFAULT_HIDDEN else 'DEFAULT'}"
                + (f" own={p.own}" if p.own else "")
                + (f" keep={p.keepn}" if p.keepn else "")
                + (f" others={p.others}" if p.others != DEFAULT_OTHERS else "")
            )
            print(f"     in : {p.text!r}")
            print(f"     out: {r.out!r}")
            if verbose:
                print(f"     spans: {r.spans}")
            if p.note:
                print(f"     note: {p.note}")
    if jpath:
        with open(jpath, "w") as f:
            json.dump(
                [
                    dict(
                        cls=r.probe.cls,
                        text=r.probe.text,
                        out=r.out,
                        leaks=r.leaks,
                        over=r.over,
                        error=r.error,
                        debatable=r.probe.debatable,
                        known=r.probe.known,
                        persons=r.probe.persons,
                        own=r.probe.own,
                        keep=r.probe.keepn,
                        others=r.probe.others,
                        note=r.probe.note,
                        spans=r.spans,
                        gone=r.probe.gone,
                        stay=r.probe.stay,
                    )
                    for r in results
                ],
                f,
                ensure_ascii=False,
                indent=1,
            )


if __name__ == "__main__":
    main(sys.argv[1:])
