"""Red-team probes for indsigt name hiding: Danish home-care / nursing-home phone notes.

Markup inside each probe text:
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (e.g. a title that may be absorbed into the label)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked).

Written by a red-team helper that had not seen the matcher's rules (stop 29, 06.12); 499 probes.

Run:  .venv/bin/python bench/independent/names_rt31_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person("s1", "Mette Louise", "Jensen", titles=("ssa",)),  # non-word given + family
    Person("s2", "Bo", "Holm", titles=("ssh",)),  # both words
    Person("s3", "Per", "Lund", titles=("sygeplejerske",)),  # both words, PL = clinical abbr.
    Person("s4", "Sten", "Dam", titles=("ssa",)),  # both words
    Person("s5", "Ulla", "Østergaard", titles=("ssh",)),  # non-word, ø/aa spelling
    Person("s6", "Bente", "Storm", titles=("ssh",)),  # BS = blodsukker
    Person("s7", "Jens", "Nielsen", titles=("ssa",)),  # non-word
    Person("s8", "Hanne", "Bach-Sørensen", titles=("ssa",)),  # hyphenated, ø
]
OTHERS = [("Lars", "Holm"), ("Anne", "Lund"), ("Karen", "Mikkelsen"), ("Mette", "Kristensen")]
CITIZEN = [("Erik", "Andersen")]
RELATIVES = [
    ("Bente", "Andersen"),  # hustru  - shares given with hidden Bente Storm
    ("Hanne", "Vestergaard"),  # datter  - shares given with hidden Hanne Bach-Sørensen
    ("Per", "Andersen"),
]  # søn     - shares given with hidden Per Lund

GIVEN = {
    "s1": "mette",
    "s2": "bo",
    "s3": "per",
    "s4": "sten",
    "s5": "ulla",
    "s6": "bente",
    "s7": "jens",
    "s8": "hanne",
}
FAMILY = {
    "s1": "jensen",
    "s2": "holm",
    "s3": "lund",
    "s4": "dam",
    "s5": "østergaard",
    "s6": "storm",
    "s7": "nielsen",
    "s8": "bach-sørensen",
}
INITS = {
    "s1": "mj",
    "s2": "bh",
    "s3": "pl",
    "s4": "sd",
    "s5": "uø",
    "s6": "bs",
    "s7": "jn",
    "s8": "hbs",
}
WORDISH = {"s2", "s3", "s4"}  # given names that are Danish words (bo, per, sten)
WORD_FAMILY = {"s2", "s3", "s4", "s6"}  # holm, lund, dam, storm
GEN = {
    "mette": "mettes",
    "bo": "bos",
    "per": "pers",
    "sten": "stens",
    "ulla": "ullas",
    "bente": "bentes",
    "jens": "jens'",
    "hanne": "hannes",
}

P = Probes()  # (class, text, note)
add = P.add


# ----------------------------------------------------------------------------- 1 lower-case staff names (non-word names)
T_LC = [
    "kl 8 {%s} gav morgenmedicin, pt rolig",
    "pt i bad med {%s} kl 9.30 gik fint",
    "{%s} har skiftet forbinding på ve ben",
    "ringede efter {%s} da pt var faldet på badeværelset",
]
for k in ("s1", "s5", "s6", "s7", "s8"):
    for t in T_LC:
        add("lc_staff", t % GIVEN[k])
for t in [
    "{jensen} har bestilt nye bleer",
    "spurgt {nielsen} om dosis af pamol",
    "{østergaard} tager hjemmebesøg i morgen",
    "pt var vred på {mette jensen} i formiddags",
    "{ulla østergaard} og {jens nielsen} har haft pt i bad",
    "{hanne bach-sørensen} har talt m egen læge",
    "{bente storm} gav insulin kl 17",
    "kl 11 tilset af {jens} pt havde ondt i maven",
    "pt spurgte efter {ulla} hele formiddagen",
    "aftale m {hanne} om sårpleje tirsdag",
    "{mette} ok med at pt bliver i sengen i dag",
    "pt vil kun i bad hvis det er {jens}",
    "hjpl {mette} kom kl 7.45 pt stadig sovende",
    "dagvagt {bente} har ringet til apoteket",
    "{nielsen} ringede fra kontoret ang nøgleboks",
    "husk at give {jensen} besked om faldet",
    "{mette} og {jens} var der begge kl 8",
    "pt har givet {ulla} en æske chokolade",
    "{hanne} og {jens} hjalp pt op med lift",
    "sen aftenvagt {jens nielsen}: pt urolig, ringede 3 gange",
]:
    add("lc_staff", t)

# ----------------------------------------------------------------------------- 2 word-names in lower case
T_WORD = [
    "kl 8 {%s} gav morgenmedicin, pt rolig",
    "{%s} har skiftet forbinding på ve ben",
    "i dag kom {%s} og hjalp med støttestrømper",
    "ssh {%s} gav bad kl 10",
    "talt med {%s} om pt's vægttab",
]
for k in sorted(WORDISH):
    for t in T_WORD:
        add("word_lc", t % GIVEN[k])
for t in [
    "{holm} har bestilt nye bleer",
    "spurgt {lund} om dosis af pamol",
    "{dam} tager hjemmebesøg i morgen",
    "{storm} gav insulin kl 17",
    "{bo holm} og {per lund} hentede pt i stuen",
    "{sten dam} har målt bt 135/80",
    "pt vil gerne have {bo} igen i morgen",
    "hjpl {per} kl 7 pt sov",
    "aftenvagt {sten} har givet sovemedicin",
    "overlæge? nej, det var {per} der ringede",
    "bad v {bo} kl 9",
    "{bo} og {sten} har haft pt i bad",
    "pt siger {per} var sød ved ham",
    "ssa {dam} har givet insulin",
    "ssh {storm} har ringet til datter",
    # ordinary words that must stay
    "pt ønsker at [bo] hjemme så længe som muligt",
    "væske 1,5 l [per] døgn",
    "pt har [sten] i nyren, ondt ve side",
    "det var [storm] i nat og pt sov uroligt",
    "gåtur i [lund]en bag plejehjemmet",
    "pt sad ved [dam]men i haven",
    "pt har boet på [holm]en i 40 år",
    "pillerne gives [per] os",
    "skal [bo] i egen bolig efter genoptræning",
    "pt fik 2 stk [per] dag",
    "[sten] fjernet på sygehuset i sidste uge",
    "pt ønsker ikke at [bo] på plejehjem",
    "[storm] og regn, pt blev inde",
    "pt fortalte om [dam] og [holm] fra barndommen på fyn",
    "[per] aftale kommer fys tirsdag",
]:
    add("word_lc", t)

# ----------------------------------------------------------------------------- 3 relatives sharing a given name
for t in [
    # relative clearly indicated -> must stay
    "hustru [bente] var på besøg kl 14",
    "datter [hanne] ringede og spurgte til pt",
    "søn [per] kommer lørdag med indkøb",
    "hans hustru [bente] ønsker opringning",
    "pt's datter [hanne] er kontaktperson",
    "hendes datter [hanne] har nøgle",  # wording sloppy: 'hendes' about the hustru
    "talt med datter [hanne] i telefonen",
    "aftalt med søn [per] at han køber ind",
    "[bente] (hustru) har vasket tøj",
    "[hanne] datter ringer igen i morgen",
    "ringede til [per] sønnen ang nøgle",
    "sønnen [per] og datteren [hanne] var her",
    "hustru [bente andersen] ønsker samtale",
    "datter [hanne vestergaard] har fuldmagt",
    "[per andersen] (søn) hentede medicin",
    "besøg af hustru [bente] og datter [hanne]",
    "[bentes] (hustru) kaffe stod på bordet",
    "datter [hannes] telefonnr er opdateret",
    "sønnen [pers] bil holdt i indkørslen",
    "pt savner [bente], hustruen er indlagt",
    "hustruen [bente] sov i stolen da vi kom",
    "pårørende: [bente] (hustru), [hanne] (datter)",
    "ring til [hanne] (datter) hvis pt falder",
    "[per] søn er orienteret om faldet",
    "ægtefælle [bente] hjælper med strømper",
    "pt og hustru [bente] spiste frokost sammen",
    # staff clearly indicated -> must go
    "ssh {bente} har givet bad, hustru [bente] var hjemme",
    "{bente} fra aftenvagten gav medicin",
    "ssa {hanne} har skiftet kateterpose",
    "spl {per} har tilset såret",
    "{per} (spl) kommer tirsdag",
    "overlevering til {hanne}",
    "hjpl {bente} kl 7.30 pt stadig i seng",
    "aftenvagt {hanne} ringede til datter [hanne]",
    "{bente} ringede til hustru [bente] ang bleer",
    "datter [hanne] har talt med ssa {hanne}",
    "søn [per] var utilfreds med at {per} (spl) ikke kom",
    "{hanne bach-sørensen} ringede til datter [hanne]",
    "{bente storm} tog imod hustru [bente] ved døren",
    "{per lund} tilså pt, søn [per] var til stede",
    "tilset af {hanne} kl 15",
    "/{bente}",
    "mvh {hanne}",
    "medicin givet af {bente} kl 8",
    # leak traps: relation word not about the name
    "pt ringede til datter, {hanne} fik snakket med ham",
    "datter ringede, {bente} tog telefonen",
    "søn ikke hjemme, {per} låste sig ind med nøgleboks",
    "hustru havde glemt nøgle, {bente} åbnede",
    "info til datter givet af {hanne}",
    "datter skal ringe til {hanne} ssa i morgen",
    "besked til søn: {per} kommer tirsdag",
    "hustru og {bente} har aftalt bad onsdag",
    # a hidden staff member's FULL name after a relation word (the real relatives are
    # Bente Andersen / Hanne Vestergaard / Per Andersen, per the keep list)
    "hustru ringede, {bente storm} tog den",
    "orienteret hustru {bente storm} om faldet",
    "talt med søn {per lund} ang medicin",
    "datter {mette jensen} ringede",
    "nabo {mette jensen} har nøgle",
    "ringet til datter {hanne bach-sørensen} tager over",
    "hustru sov, {bente} gav bad",
    "datter ringede {mette} tog den",
    # truly ambiguous -> debatable
    "sagde til datter <mette> kommer kl 15",
    "orienteret datter <hanne> ssa kommer kl 15",
    "<bente> ringede kl 16",
    "<hanne> kommer i morgen",
    "<per> har været her",
    "pt glad for besøg af <hanne>",
    "<bente> har vasket pt's hår",
    "<hanne> ringer tilbage",
    "husk at ringe til <bente>",
]:
    add("relative_shared", t)

# ----------------------------------------------------------------------------- 4 initials in lower case
T_INI = [
    "bad givet /{%s}",
    "ssa {%s} har givet medicin",
    "tilset kl 14 af {%s}",
    "medicin givet kl 8. {%s}",
    "aftalt med {%s} at pt får bad onsdag",
]
for k in STAFF:
    for t in T_INI:
        # the title in the 2nd template may go with the initials
        add("initials_lc", t.replace("ssa ", "«ssa» ") % INITS[k.key])
for t in [
    "ssa {mj}",
    "kl 22 pt lagt i seng /{mj}",
    "pt faldet, ingen skader. {sd}/{bh}",
    "{mj}/ssa",
    "set af {jn} og {uø} kl 13",
    "{hbs} har ringet til læge",
    "{bh} tilså pt kl 10",
    "dosering ok iflg {pl}",
    "-{jn}",
    "mvh {bs}",
    "sign. {mj}",
    "kl 7 {mj}: pt sovet godt",
    "{sd}: bt 140/85, puls 72",
    "kl 9 pt i bad ({uø})",
    # ordinary abbreviations that must stay
    "[bs] 7,2 før morgenmad",
    "[bs] målt til 12,4 givet 4 ie insulin",
    "husk [bs] før frokost",
    "[bs] lavt kl 16, pt fik juice",
    "[pl] skiftet på hælen",
    "[bh] hængt til tørre",
    "pt [mj] smerter",
    "[bt] 130/80 [p] 76",
    "[hs] behandlet af egen læge",
    "ny [bs] måler udleveret",
]:
    add("initials_lc", t)

# ----------------------------------------------------------------------------- 5 shift handovers
T_HO = [
    "overlevering til {%s}",
    "overleveret til aftenvagt {%s} kl 15",
    "vagtskifte kl 23 {%s} overtager",
    "giver videre til {%s} i morgen",
]
for k in STAFF:
    for t in T_HO:
        add("handover", t % GIVEN[k.key])
for t in [
    "overlevering fra {mette} til {jens}: pt sovet dårligt",
    "overlevering fra {sten} til {bo}",
    "overl til {ulla}",
    "overlevering t {per}",
    "mundtlig overlevering til {hanne} og {bente}",
    "overleveret til {jensen} på kontoret",
    "overlevering til {bo holm} kl 15 pt ok",
    "videregivet til dagvagt {sten}",
    "overleveret til aftenvagten v {ulla}",
    "overlevering til [lars holm]",
    "overlevering til [karen]",
    "overlevering til [anne lund] kl 15",
    "overleveret til hustru [bente] ved vagtskifte",
    "overlevering til nattevagt, {mette} har ringet til læge",
    "overlevering til {storm}",
]:
    add("handover", t)

# ----------------------------------------------------------------------------- 6 lists
for t in [
    "deltagere: {mette}, {jens} og {ulla}",
    "deltagere: {bo}, {per} og {sten}",
    "deltagere: {bente} {hanne} {jens}",
    "tilstede: {mette} {ulla} + datter [hanne]",
    "til stede: {bo}, {per}, hustru [bente] og pt",
    "mødt: {jens}/{hanne}",
    "på vagt i dag: {sten}, {bente}, {mette}",
    "personale: {ulla} og {bo}",
    "deltog: {per} {sten} {bo}",
    "deltagere: {mette jensen}, {bo holm}, [lars holm]",
    "deltagere: ssa {mette}, ssh {bo}, spl {per}",
    "møde m {jens}, {ulla}, [karen] og [anne]",
    "tilstede ved samtalen: pt, søn [per], {per} spl",
    "tilstede ved samtalen: pt, datter [hanne], {hanne} ssa",
    "deltagere: {mj}, {bh}, {sd}",
    "deltagere: {storm}, {lund} og {dam}",
    "på holdet i dag {bente}, {ulla}, {jens}",
    "deltagere\n{mette}\n{jens}\n{ulla}",
    "deltagere: {mette}, {jens} og {ulla}. pt ønsker ikke genoplivning",
    "tilstede: [karen], [lars] og {hanne}",
    "deltagere: {bente}, [bente] (hustru), {hanne}",
    "til mødet: {jens} og {sten} + fys",
    "vagtplan weekend: {per}, {bo}, {ulla}",
    "mødt ind: {hanne}, {mette} og {bo}",
    "deltagere: {ulla østergaard}, {hanne bach-sørensen}",
]:
    add("lists", t)

# ----------------------------------------------------------------------------- 7 genitive
T_GEN = [
    "{%s} nøgle ligger på kontoret",
    "pt spurgte efter {%s} telefonnr",
]
for k in STAFF:
    for t in T_GEN:
        add("genitive", t % GEN[GIVEN[k.key]])
for t in [
    "{jensens} vagt er byttet",
    "{holms} kalender",
    "{lunds} vurdering af såret",
    "{dams} notat fra i går",
    "{østergaards} mobil",
    "{storms} kørsel",
    "{nielsens} aftale",
    "{bach-sørensens} notat",
    "{mette jensens} vagt",
    "{ulla's} nøgle",
    "{per's} notat",
    "{bo's} taske",
    "{jens's} briller glemt hos pt",
    "{sten's} bil",
    "[stens] størrelse 5 mm iflg røntgen",
    "[storms] hærgen i nat",
    "datter [hannes] mand ringede",
    "hustru [bentes] medicin ligger også i skabet",
    "[lars holms] vurdering",
    "[eriks] rollator",
    "pga [stens] placering ondt",
    "efter [storms] hærgen i nat",
    "[dams] vand er grønt",
    "[holms] træer",
]:
    add("genitive", t)

# ----------------------------------------------------------------------------- 8 all-caps shouting
T_CAPS = [
    "HUSK AT {%s} SKAL HAVE NØGLEN TILBAGE",
    "{%s} HAR IKKE DOKUMENTERET MEDICIN!!",
]
for k in STAFF:
    for t in T_CAPS:
        add("caps", t % GIVEN[k.key].upper())
for t in [
    "{JENSEN} SKAL RINGES OP",
    "{HOLM} HAR NØGLEN",
    "PT VIL IKKE HAVE {LUND} IGEN",
    "{METTE JENSEN} HAR GLEMT AT GIVE INSULIN!!!",
    "{BO HOLM} SKAL TALE MED DATTER",
    "OBS OBS {BENTE} HAR BYTTET VAGT MED {ULLA}",
    "pt meget urolig, ring til {BENTE} NU",
    "husk {ØSTERGAARD} kommer kl 10",
    "[STORM] I NAT, PT URO",
    "[STEN] I NYREN, SMERTER",
    "[PER] DAG 2 L VÆSKE",
    "PT ØNSKER AT [BO] HJEMME",
    "[BS] 22,1 RING TIL LÆGE",
    "HUSTRU [BENTE] ER INDLAGT",
    "DATTER [HANNE] SKAL RINGES OP",
    "HUSK [BS] KL 16",
    "[DAM] I HAVEN SKAL TØMMES",
    "OBS [STORM]VARSEL, KØR FORSIGTIGT",
]:
    add("caps", t)

# ----------------------------------------------------------------------------- 9 hyphens inside names
for t in [
    "{mette-louise} gav medicin",
    "{mette louise} har vagt",
    "{ml} har givet bad",
    "{m-l} har givet bad",
    "{mette-louise jensen} tilså pt",
    "{bach-sørensen} har ringet",
    "{hanne bach-sørensen} kom kl 8",
    "{bach sørensen} ringede",
    "{bachsørensen} ringede",
    "{hanne bach}-{sørensen} kom kl 8",
    "{øster-gaard} ringede",
    "{niel-sen} har vagt",
    "{jen-sen} har vagt",
    "{mette}-{jensen} var her",
    "{ulla}-{østergaard} gav bad",
    "{bach-\nsørensen} har været her",
    "{øster-\ngaard} har været her",
    "pt spurgte efter {hanne-b}",
    "{jens}-vagten er byttet",
    "{mette}-aftalen om bad holder",
    "{bente}-dagen gik fint",
    "snak m {bo}-{holm} om kørsel",
    "{sten}-{dam} har vagt",
    "[sten]-fjernelse planlagt uge 12",
    "[holm]-vej 12 er pt's adresse",
    "[storm]-skader på taget",
    "[dam]-vej",
    "[lars holm]-{bente} samarbejde om pt",
    "{bente}-{storm} har ringet",
]:
    add("hyphen", t)

# ----------------------------------------------------------------------------- 10 ASCII spellings
for t in [
    "{oestergaard} har vagt",
    "{ostergaard} har vagt",
    "{østergård} har vagt",
    "{oestergård} ringede",
    "{ulla oestergaard} kom kl 7",
    "{ulla ostergaard} kom kl 7",
    "{Ulla Oestergaard} kom kl 7",
    "{soerensen} har ringet",
    "{sorensen} har ringet",
    "{hanne bach-soerensen} tilså pt",
    "{hanne bach-sorensen} tilså pt",
    "{bach-soerensen} ringede",
    "{bach-sorensen} ringede",
    "{HANNE BACH-SOERENSEN} SKAL RINGES OP",
    "{OESTERGAARD} HAR NØGLEN",
    "{oestergaards} bil",
    "talt med {oestergaard}",
    "overlevering til {ulla oe}",
    "/{uoe}",
    "/{uo}",
    "{ULLA ØSTERGÅRD}",
    "{østergaard}",
    "{oestergaard}\n",
    "mvh {ulla oestergaard}",
    "ssh {ostergaard} gav bad",
    "aftalt m {soerensen} ang sår",
    "[soendag] bad, [moede] m datter".replace("[soendag]", "[søndag]").replace("[moede]", "[møde]"),
    "pt gik i [skoven] ved [soeen]",
]:
    add("ascii", t)

# ----------------------------------------------------------------------------- 11 colleagues, citizen, residents, ordinary notes
for t in [
    "[lars holm] tog over kl 15",
    "[anne lund] har bestilt hjælpemidler",
    "[karen mikkelsen] ringede fra visitationen",
    "[mette kristensen] gav bad",
    "[karen] ssh har været her",
    "[lars] kom kl 8",
    "[anne] ringede",
    "<mette> kristensen? nej <mette> fra dagvagt",
    "<mette> k gav bad",
    "[erik] ville ikke i bad i dag",
    "[erik andersen] faldet i stuen",
    "[andersen] sov hele formiddagen",
    "hr [andersen] spiste godt",
    "[erik] og hustru [bente] spiste sammen",
    "[eriks] humør er bedre",
    "beboer [gudrun] på stue 4 råbte om natten",
    "medbeboer [ejnar] besøgte pt",
    "pt sad ved bord m [gudrun] og [ejnar]",
    "nabo [jytte] har nøgle",
    "<jens> fra nabohuset kom forbi",
    "nabo <jens> hjalp med at få pt op",
    "beboer <ulla> på stue 3 var urolig",
    "medbeboer <jens> spiste ved pt's bord",
    "pt rolig, spiste morgenmad, bs 6,8, ingen smerter",
    "pt fik bad og ren ble. huden ok. ingen rødme",
    "pt ønsker at se fjernsyn, hjalp m fjernbetjening",
    "kl 8 morgenmedicin givet, pt tog den selv",
    "hjpl aflyst pga sygdom hos personale",
    "dagvagt: pt rolig. aftenvagt: pt urolig",
    "ssa tilså sår, skiftet forbinding",
    "datter informeret om faldet",
    "søn vil ringe i morgen",
    "hustru ønsker aflastning",
    "pt ønsker at bo hjemme og ikke på plejehjem",
    "pt spiser 3 måltider per dag",
    "der blev lagt sten på graven",
    "storm og regn i dag",
    "vi gik ned til dammen og holmen",
    "pt har nyresten",
    "lunde kage til kaffen",
    "varm mælk per aften",
    "pt vil have sin egen seng",
    "[lars holm] og {bo} gav bad",
    "[lars holm] og {bo holm} gav bad",
    "[anne lund] og {per lund} hentede pt",
    "[holm, lars] tilså pt",
    "[lars]\n[holm] tilså pt",
    "[mette kristensen] og {mette jensen} har vagt",
]:
    add("others_ordinary", t)

# ----------------------------------------------------------------------------- 12 sign-offs / mixed realistic notes
for t in [
    "pt rolig i nat sov fra 23-6 /{sten}",
    "bad givet, hud ok. mvh {bo}",
    "morgenmedicin givet, bs 7,1 -{hanne}",
    "hilsen {per}",
    "sign {ulla}",
    "skrevet af {bente} kl 22",
    "talt med {per} ang pt's smerter, ring igen fre",
    "aftalt med {bo} at pt får bad i morgen",
    "ifølge {sten} har pt ikke spist",
    "hej {mette} kan du ringe til datter [hanne]? mvh {jens}",
    "kære {ulla} husk nøglen /{bente}",
    "fast vagt: {bo}",
    "pt urolig, ring til {sten} på 12345678",
    "kl 6 {bo} her, pt vådt sengetøj, skiftet",
    "kl 14 {per}: pt klar til udskrivning",
    "dagvagt {jens} + elev",
    "{mette} og elev {bo} har været her",
    "pt siger {bo} var her i går, ikke rigtigt iflg kalender",
    "{per} gav pt bad. pt ønsker at [bo] hjemme",
    "{sten} tog pt med til lægen, [sten] i nyren bekræftet",
    "pt spurgte om {storm} kommer i dag",
    "pt ringede nødkald, {dam} kom kl 3",
    "nattevagt: {lund} og {holm}",
    "{jensen}/{nielsen} på dagvagt",
    "fra {bo}: husk at bestille ble",
    "til {per}: pt mangler pamol",
    "{bo}: pt har ondt",
    "{sten}, ring til mig",
    "{per} ring til datter",
    "ring til {hanne} ssa eller datter [hanne] hvis problemer",
]:
    add("signoff_mixed", t)


# ----------------------------------------------------------------------------- runner
def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
