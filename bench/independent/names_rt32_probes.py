"""Red-team probes for indsigt name hiding: over-hiding traps, psychiatric/forensic notes,
use-of-force reports, SMS/e-mail, minutes, dictation marks, word-order and mixed sentences.

Markup inside each probe text:
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (e.g. a title that may be absorbed into the label)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked).

Classes:  ow_*  over-hiding traps (a hidden person's name part used as an ordinary word,
                abbreviations and lab/medication shorthand that look like initials)
          lk_*  leak probes in genres rt31 did not cover
          mx_*  the word use and the name use in the same sentence

Written by a red-team helper that had not seen the matcher's rules (rt32, 06.12); 520 probes.
Harness (parse, scoring, printing, -v): probe_harness.py, shared with names_rt31_probes.py.

Run:  .venv/bin/python bench/independent/names_rt32_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person("s1", "Mette Louise", "Jensen", titles=("ssa",)),  # non-word given + family; ML = ml
    Person("s2", "Bo", "Holm", titles=("ssh",)),  # both words (bo = live, holm = islet)
    Person("s3", "Per", "Lund", titles=("sygeplejerske",)),  # per = per, lund = grove, PL
    Person("s4", "Sten", "Dam", titles=("ssa",)),  # sten = stone, dam = pond / draughts
    Person("s5", "Ulla", "Østergaard", titles=("ssh",)),  # non-word, ø/aa spelling
    Person("s6", "Bente", "Storm", titles=("ssh",)),  # storm = storm, BS = blodsukker
    Person("s7", "Jens", "Nielsen", titles=("ssa",)),  # non-word
    Person("s8", "Hanne", "Bach-Sørensen", titles=("ssa",)),  # hyphenated, ø; HBs-antigen
    Person("s9", "Ida", "Skov", titles=("plejer",)),  # skov = forest; IS = is (ice)
    Person("s10", "Åse", "Bach", titles=("overlæge",)),  # å; bach = the composer
    Person("s11", "Tove", "Bæk", titles=("psykolog",)),  # bæk = brook, æ; TB = tablet/tuberkulose
]
OTHERS = [
    ("Lars", "Holm"),  # shares family with hidden Bo Holm
    ("Anne", "Lund"),  # shares family with hidden Per Lund
    ("Karen", "Mikkelsen"),
    ("Mette", "Kristensen"),  # shares given with hidden Mette Louise Jensen
    ("Ole", "Skov"),  # shares family with hidden Ida Skov
    ("Kim", "Bach"),  # shares family with hidden Åse Bach
]
CITIZEN = [("Erik", "Andersen")]
RELATIVES = [
    ("Bente", "Andersen"),  # hustru   - shares given with hidden Bente Storm
    ("Hanne", "Vestergaard"),  # datter   - shares given with hidden Hanne Bach-Sørensen
    ("Per", "Andersen"),  # søn      - shares given with hidden Per Lund
    ("Ida", "Andersen"),  # barnebarn - shares given with hidden Ida Skov
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= OVER-HIDING TRAPS
# ----------------------------------------------------------------------------- ow_verb_subj
# a word-name at the start of a clause, right before a verb (lower case and sentence case)
addall(
    "ow_verb_subj",
    [
        "[storm] har væltet hegnet i haven, pt bekymret",
        "[storm] har taget strømmen, pt sad i mørke kl 20",
        "[storm] ventes i nat, pt har fået lommelygte",
        "[storm] gjorde pt urolig hele aftenen",
        "[storm] rev tagrenden ned, søn [per] ringer til forsikring",
        "[holm] har ingen bro, pt kan ikke komme derud mere",
        "[holm] ligger lige ud for pt's sommerhus",
        "[lund] bag huset er fældet, pt ked af det",
        "[lund] står i blomst, pt nød udsigten fra altanen",
        "[dam] har frosset til, pt vil ud og skøjte",
        "[dam] er tømt for vand pga alger",
        "[dam] spillede pt med medbeboer hele eftermiddagen",
        "[skov] har pt gået tur i hver dag før indlæggelsen",
        "[skov] fældes bag afsnittet, larm hele dagen",
        "[bach] har pt lyttet til hele aftenen, virker beroliget",
        "[bach] beroliger pt bedre end tv",
        "[sten] i nyren gav smerter igen i nat",
        "[sten] har sat sig fast i urinlederen iflg ct",
        "[sten] er gået spontant, pt lettet",
        "[sten] blev fundet i sien kl 14",
        "[bo] hjemme har været svært for pt det sidste halve år",
        "[bo] alene kan pt ikke mere iflg datter [hanne]",
        "[bo] i egen bolig er pt's store ønske",
        "[per] dag har pt drukket 1 l",
        "[per] os gives pamol 1 g x 4",
        "[per] uge kommer fys 2 gange",
        "[is] har pt fået på knæet, hævelsen aftaget",
        "[is] gives på hævelsen 3 x dgl",
        "[bæk] bag haven er gået over sine bredder",
        "[bækken] ømt efter faldet, rtg bestilt",
        "[Storm] har væltet hegnet ud mod vejen",
        "[Sten] i galdeblæren giver smerter efter måltider",
        "[Per] dag drikker pt kun 3 kopper kaffe",
        "[Bo] hjemme er ikke længere en mulighed",
        "[Dam] spiller pt gerne om eftermiddagen",
        "[Skov] og strand savner pt meget",
        "[storm]en i nat har gjort pt angst",
        "[lund]en er pt's yndlingssted",
        "[sten]ene er sendt til analyse",
    ],
)

# ----------------------------------------------------------------------------- ow_after_time
addall(
    "ow_after_time",
    [
        "kl 8 [sten] i nyren gav smerter, pn givet",
        "kl 3 [storm] og lyn, pt vågnede og var angst",
        "kl 22 [storm] tiltog, pt ville ikke sove",
        "i nat [storm], pt sov uroligt",
        "i dag [per] telefon kontakt til egen læge",
        "plan: [bo] i eget hjem med hjemmepleje x 4",
        "kl 9 [per] os pamol 1 g",
        "kl 12 [is] på knæet i 20 min",
        "kl 15 [dam] med medbeboer [ejnar]",
        "kl 10.30 [skov]tur med pt og 2 medbeboere",
        "06.12 [storm] varslet, besøg flyttet",
        "mandag [storm], tirsdag regn, pt inde begge dage",
        "i aftes [bach] på radioen, pt sang med",
        "kl 20 [bach] i fællesstuen, pt faldt til ro",
        "kl 7 [sten] i urinen, gemt til lægen",
        "kl 23 [bs] 4,1 pt fik juice",
        "kl 16 [bs] 14,2 givet 4 ie",
        "kl 14 [tb] pamol 1 g givet",
        "kl 8 [per] sonde 200 ml",
        "kl 11 [bækkenbund]stræning med fys",
        "kl 13 [lund]en rundt med rollator 15 min",
        "fredag [dam]turnering i fællesstuen, pt vandt",
        "kl 2 [storm]en rev et vindue op på stuen",
        "dag 3: [sten] stadig ikke gået",
        "uge 49: [per] uge 2 besøg af fys",
        "kl 21.45 [is] på panden pga hovedpine",
        "i går [storm], i dag sol",
    ],
)

# ----------------------------------------------------------------------------- ow_prep_list
# after med/til/af/om/ved/pga, at the end of a line after 'af', in lists with 'og'
addall(
    "ow_prep_list",
    [
        "pt fik ondt i ryggen af [sten] i nyren",
        "pt lyttede til musik af [bach]",
        "på graven lagt blomster og [sten]",
        "muren i gården er bygget af [sten]",
        "pt kølet med [is]",
        "knæet behandlet med [is]",
        "hånden lagt i [is] og vand",
        "pt spiser [is] og drikker saft",
        "pt vil have [is] og kaffe",
        "kaffe og [is] til dessert",
        "tur til [skov] og strand med pårørende",
        "tur til [lund]en med rollator",
        "tur ud til [holm]en med søn [per]",
        "spil: kort, [dam] og ludo",
        "pt spillede [dam] med [ejnar]",
        "pt kan lide [bach], [mozart] og [gasolin]",
        "pt går tur med rollator til [dam]men",
        "udsigt til [skov] og [dam] fra stuen",
        "pt fortalte om [storm]en i 1999",
        "bekymret for [storm] og oversvømmelse",
        "3 x dgl [per] os",
        "2 l væske [per] døgn",
        "ca 500 ml [per] gang",
        "pamol 1 g [per] os x 4",
        "pt ønsker at [bo] hjemme",
        "pt vil gerne [bo] tæt på datter",
        "pt skal [bo] på aflastning i 14 dage",
        "svært ved at [bo] alene",
        "snak om at [bo] i plejebolig",
        "pt drømmer om at [bo] ved [skov]en",
        "smerter pga [sten]",
        "ondt ved [sten]",
        "urin sies for [sten]",
        "pt er bange for [storm]",
        "pt rystet efter [storm]",
        "lægen talte med pt om [sten]",
        "pt spurgte om [storm]",
        "gik tur i [skov] og mark",
        "pt sad ved en [bæk] på gåturen",
        "hus med [dam] og have",
        "sommerhus på [holm] i fjorden",
        "pt har ondt i [bækken]et",
        "pt taler om [storm] og regn hele tiden",
        "hjælp til at komme ud af [dam]men",
        "pt lavede tårn af [sten]",
    ],
)

# ----------------------------------------------------------------------------- ow_title_noun
# a title-like word used as a noun (or a role heading), then a word-name used as a word
addall(
    "ow_title_noun",
    [
        "behov for 1 ssa [per] vagt",
        "2 ssh [per] besøg ved bad",
        "hjpl [per] uge: 14 besøg",
        "kontakt til spl [per] telefon kl 10",
        "talt med sygeplejersken [per] telefon",
        "talt med sygeplejerske <per> telefon",
        "lægen [per] telefon ordinerede ab",
        "overlægen [per] mail: fortsæt behandling",
        "ssh'en fandt [sten] i pt's lommer",
        "dagvagt: [storm] i nat, tagplader løse",
        "nattevagt: [storm] og strømsvigt kl 3",
        "aftenvagt [per] telefon i weekenden, ingen fysisk besøg",
        "1 plejer [per] 3 patienter i nat",
        "normering: 1 ssa [per] 6 beboere",
        "psykolog [per] video hver tirsdag",
        "læge [per] telefon ordinerede pn",
        "overlæge: [sten] skal fjernes",
        "urolog: [sten] 6 mm, afventer",
        "ssa: [is] på knæet",
        "spl: [bs] 12,1",
        "læge: [tb] pamol 1 g x 4 pn",
        "plejer: [storm] i nat gjorde pt urolig",
        "musikterapeut spillede [bach] for pt",
        "vagtlæge [per] telefon kl 2",
        "vagtlæge: [sten] i nyren mistænkt",
        "elev: [dam] med pt i fællesstuen",
    ],
)

# ----------------------------------------------------------------------------- ow_lab_med
addall(
    "ow_lab_med",
    [
        "[bs] 7,2",
        "[bs] 7,2 før morgenmad, [bs] 9,8 efter frokost",
        "hb 7,1 crp 12 [bs] 8,4",
        "fentanyl [pl] 12 mikrog/t skiftet",
        "[pl] 12 mikrog sat på ve skulder",
        "[tb] pamol 1 g x 4",
        "[tb] furix 40 mg kl 8",
        "2 [tb] panodil givet",
        "1 [tb] x 3 dgl",
        "oxynorm 5 mg 1 [tb] pn",
        "[tb]-test negativ",
        "[tb] udelukket på rtg thorax",
        "[hbs]-ag negativ",
        "[hbs] ag neg, hcv neg, hiv neg",
        "anti-[hbs] positiv efter vaccination",
        "[is] 20 min x 3 dgl på ve knæ",
        "bs gns 7,1 [sd] 1,4 over ugen",
        "morfin 5 mg [per] os pn",
        "furix 40 mg [per] os x 1",
        "1 l nacl [per] 8 timer",
        "sonde 1500 ml [per] døgn",
        "væske 1,5 l [per] døgn, diurese 1,2 l",
        "[sten]analyse: calciumoxalat",
        "[sten] 4 mm i ve urinleder (ct)",
        "urin: [sten] ikke fundet i si",
        "ekg ok, bt 130/80, [bs] 6,2",
        "sat 94, p 88, t 37,2, [bs] 5,8",
        "egfr 45, kreat 120, [bs] 11",
        "[is]terninger mod mundtørhed",
        "haldol 1 mg [per] os pn ved uro",
        "zyprexa 5 mg [per] os til natten",
        "cipramil 20 mg 1 [tb] morgen",
        "lithium [tb] 400 mg, s-lithium 0,7",
        "depot: 1 inj [per] 14. dag",
        "lithium 0,8, [bs] 5,4",
        "[bs] før nat 5,1",
        "drukket 800 [ml] i dag",
        "[ml] væske indtaget: 1200",
        "ny [bh] købt af datter [hanne]",
        "[bh] ikke på, huden under bryst rød",
    ],
)

# ----------------------------------------------------------------------------- ow_abbr
# lower-case Danish abbreviations, some of which collide with staff initials
addall(
    "ow_abbr",
    [
        "[ift] smerter er pt bedre i dag",
        "talt m datter [ift] udskrivelse",
        "[ifm] bad faldt pt næsten",
        "[mht] medicin er pt selvhjulpen",
        "[pga] smerter ingen gåtur",
        "[evt] ring til læge hvis feber",
        "ingen ændringer [mht] kost",
        "[bh] på og tøj skiftet",
        "pt har mistet [sd]-kortet med billeder",
        "talt m <pl> ang blodprøver",
        "ringet til <pl>, tid i morgen kl 9",
        "[is] på og hvile",
        "[tb] x 2",
        "[bs] måler defekt, ny bestilt",
        "[bs]-stix taget kl 16",
        "[obs] [bs] kl 16",
        "[dvs] pt skal faste fra kl 24",
        "[bla] smerter og kvalme",
        "[ca] 500 ml",
        "[iflg] datter [hanne] har pt ikke spist",
        "[hhv] morgen og aften",
        "[tlf] til egen læge",
        "[ab] startet: selexid",
        "[uvi] mistanke, [ab] startet",
        "[kol] og [dm2], følges af egen læge",
        "[pn] givet kl 3",
        "[sms] sendt til datter",
        "[is] og varme skiftevis",
        "[ml] pr kg",
        "ring [evt] til [pl] i morgen",
        "[bs] [bt] [p] [t] alle ok",
        "skift [bh] [evt] i morgen",
        "[mht] [bs]: ingen ændring",
        "[tb] [is] [bs] [bh]",
        "[ift] [tb]-test: neg",
    ],
)

# ----------------------------------------------------------------------------- ow_psych_word
# psychiatric / forensic everyday sentences with the word use
addall(
    "ow_psych_word",
    [
        "pt kastede med [sten] i gården, ingen ramt",
        "pt truede med at kaste en [sten]",
        "pt råbte om [storm] og undergang",
        "pt fik lov at gå i [skov]en med følge",
        "udgang til [lund]en ledsaget 30 min",
        "pt vil have [is] i vandet",
        "pt stod ved [dam]men og ville ikke gå ind",
        "pt ønsker ikke at [bo] på bosted",
        "pt vil [bo] i egen lejlighed efter udskrivelse",
        "pt skal [bo] på bosted efter dom",
        "retspsyk: pt må ikke gå til [dam]men uden følge",
        "pt byggede tårn af [sten] i gården",
        "pt lyttede til [bach] i sine høretelefoner",
        "pt samler på [sten]",
        "[sten] fundet i pt's lomme, fjernet",
        "[per] aftale med pt: ryge kl 10 og 14",
        "[per] telefon orienteret datter [hanne]",
        "pt tror [storm]en er sendt efter ham",
        "skærmning [per] døgn vurderes dagligt",
    ],
)

# ============================================================================= LEAK PROBES
# ----------------------------------------------------------------------------- lk_psych
addall(
    "lk_psych",
    [
        "pt truede {per} med at slå ham ned kl 21",
        "pt spyttede efter {ulla} i dagligstuen",
        "pt kaldte {jens} en idiot og smækkede døren",
        "{sten} og {ida} var med pt på udgang",
        "udgang ledsaget af {bo}, forløb roligt",
        "pt ville kun tale med {tove}, «psykolog»",
        "samtale med {tove bæk} om selvmordstanker",
        "{åse bach} vurderer pt ikke psykotisk",
        "«overlæge» {bach} har ordineret zyprexa",
        "pt bad om at få {mette} som kontaktperson",
        "kontaktperson: {ida skov}",
        "kontaktperson {skov} er på ferie, {bæk} overtager",
        "pt skreg ad {bente} og smed tallerken",
        "{storm} fandt kniv i pt's skuffe",
        "{holm} visiterede stuen kl 14, intet fundet",
        "urinprøve for stoffer taget af {dam}",
        "pt har sagt til {lund} at han vil slå sig ihjel",
        "{ulla} og {hanne} skærmede pt fra medpt",
        "pt gik tur m {ida} i gården 20 min",
        "pt bad {bo} om at ringe til advokat",
        "{per} opdagede at pt havde gemt medicin i kinden",
        "observation hvert 15. min af {jens} i nat",
        "pt ligger i sengen, {bæk} har talt med pt 15 min",
        "pt siger {storm} er ond mod ham",
    ],
)

# ----------------------------------------------------------------------------- lk_magt
addall(
    "lk_magt",
    [
        "magtanvendelse kl 14.20: fastholdelse af pt, udført af {bo} og {sten}",
        "fastholdelse: {per} holdt ben, {sten} holdt arme, {åse} gav inj",
        "bæltefiksering kl 22.05 besluttet af «overlæge» {bach}",
        "deltagende personale: {holm}, {lund}, {dam}",
        "tilstede ved fiksering: {ida}, {tove}, {jens}",
        "tvangsmedicinering: haldol 5 mg im givet af {per} kl 22.10",
        "pt slog {ulla} i ansigtet, {ulla} sendt til skadestue",
        "pt bed {mette} i armen",
        "{sten} førte pt til skærmet afsnit med hjælp fra {bo}",
        "anmeldt til politi af {bente} kl 23",
        "arbejdsskade anmeldt: {jens} fik slag mod brystet",
        "efterfølgende samtale med pt ved {tove} og {ida}",
        "indberettet i magtregistrering af {hanne}",
        "personale involveret: {is}, {tb}, {sd}",
        "pt væltet om på gulvet, {storm} lagde sig over benene",
        "nødkald kl 3.12 {dam} og {holm} ankom",
        "fiksering ophævet kl 06 efter samtale med {lund}",
        "beslutning om skærmning: {åse bach}",
        "vidner: {bo holm}, {sten dam}",
        "ansvarlig for indberetning: {mette}",
    ],
)

# ----------------------------------------------------------------------------- lk_sms_mail
addall(
    "lk_sms_mail",
    [
        "hej {bo} kan du tage pt kl 15? /{sten}",
        "hej {per}, pt har ikke fået pn. mvh {ida}",
        "fra: {per lund}\ntil: {ulla østergaard}\nemne: pt i nat",
        "mail sendt til {bo.holm}«@rsyd.dk»",
        "sms fra {ida}: kommer 10 min senere",
        "sms til {tove}: pt ønsker samtale i dag",
        "ring tilbage til {storm} på 2345 6789",
        "cc: {lund}, {dam}",
        "re: pt i nat -- {skov} skrev: pt har ikke sovet",
        "@{bo} kan du bestille medicin?",
        "{sten} ok, jeg tager den. /{per}",
        "tak {hanne}!",
        "god weekend {bente} og {jens}",
        "«vh» {is}",
        "//{tb}",
        "sendt fra min iphone\n{åse}",
        "{bo}: ok",
        "{per}?? kan du ringe",
        "hvem har nøglen? {dam} eller {holm}?",
        "{ulla} ringer dig op kl 13",
    ],
)

# ----------------------------------------------------------------------------- lk_minutes
addall(
    "lk_minutes",
    [
        "«referent»: {hanne}",
        "«ordstyrer»: {per}, «referent»: {ida}",
        "tilstede: {bo}, {sten}, {ida}; afbud: {tove}",
        "afbud fra {storm} og {bæk}",
        "pkt 3: {storm} orienterede om ny medicinprocedure",
        "ad 2) {lund} undersøger pris på lift",
        "ansvarlig: {dam}, deadline uge 50",
        "næste møde: {holm} booker lokale",
        "{bo} foreslog at pt får fast kontaktperson",
        "beslutning: {skov} og {jens} laver plan",
        "opfølgning v {åse} uge 2",
        "til næste gang: {bente} tjekker vagtplan",
        "punkt 4 udsat da {per} var syg",
        "{mette} og {ulla} fremlagde sagen",
        "«ref». {tb}",
        "godkendt af {is} og {åb}",
        "«mødeleder» {bach}, «ref» {hbs}",
        "evt: {sten} spurgte til julefrokost",
    ],
)

# ----------------------------------------------------------------------------- lk_dictation
addall(
    "lk_dictation",
    [
        "dikteret af «overlæge» {åse bach} 06.12, skrevet af {bente}",
        "«dikt». {åb}/{tb}",
        "«diktat» v {bach} / «skr» {mj}",
        "/{åb}/{hbs}",
        "diktat ikke gennemlæst, {åse}",
        "dikteret: {bæk}. udskrevet: {jens}",
        "diktat fra {tove} kl 14",
        "skrevet efter diktat af {per lund}",
        "(«dikt» {sd})",
        "«dikt»/{is}",
        "{åse bach} dikt. 05.12 skr. 06.12 {mette}",
        "ny diktat fra {storm}: pt kan udskrives",
    ],
)

# ----------------------------------------------------------------------------- lk_line_start
addall(
    "lk_line_start",
    [
        "{sten} har givet pn kl 22",
        "{bo} ringer til læge i morgen",
        "{storm} tog blodprøver kl 8",
        "{bæk} vurderer pt ikke akut suicidal",
        "{skov} har lavet ny døgnrytmeplan",
        "{lund} fik pt i bad efter lang overtalelse",
        "{dam} har talt med pårørende",
        "{holm} skrev magtanvendelsen",
        "{per} var på stuen da pt faldt",
        "{bach} ordinerer ab",
        "{ida} har været i byen med pt",
        "{tove} har samtale m pt tirsdag",
        "{åse} ser pt til stuegang",
        "{is} har givet pn",
        "{tb} tager over",
        "{Sten} har givet pn kl 22",
        "{Storm} har ringet til vagtlæge",
        "{Per} gav morgenmedicin",
        "pt rolig.\n{bo} har givet medicin",
    ],
)

# ----------------------------------------------------------------------------- lk_inverted
addall(
    "lk_inverted",
    [
        "i dag kom {bo} og hjalp pt op",
        "på stuen var {per} da pt faldt",
        "kl 14 ringede {sten} til pt's søn",
        "i går havde {bo} vagt og pt var rolig",
        "efterfølgende talte {lund} med pt om hændelsen",
        "derefter gik {dam} ind til pt",
        "så kom {skov} og pt faldt til ro",
        "i nat var {storm} og {holm} på vagt",
        "om morgenen gav {sten} medicin",
        "ved vagtskiftet overtog {bæk}",
        "kl 3 fandt {per} pt på gulvet",
        "i gården var {ida} og pt i 20 min",
        "senere kom {åse} og vurderede pt",
        "i formiddags tilså {bach} pt",
        "til stuegang var {tove} med",
        "ved bad hjalp {bo} til",
        "i dag har {sten} og pt bagt kage",
    ],
)

# ----------------------------------------------------------------------------- lk_coord
addall(
    "lk_coord",
    [
        "{bo} og {sten} har fastholdt pt",
        "{per} og {bo} gik med til røntgen",
        "{storm} & {lund} på nattevagt",
        "{ida}/{tove} i samtalerummet med pt",
        "{sten}, {bo} og {per} deltog",
        "både {holm} og {dam} har set pt",
        "enten {bo} eller {per} ringer i morgen",
        "hverken {sten} eller {bo} kunne få pt op",
        "{skov} og {bæk} vurderede pt sammen",
        "pt accepterer kun {bo} og {sten}",
        "{is} og {tb} har vagt",
        "ssh {bo} og pt gik tur",
        "ssh {bo} og ssa {sten} gav bad",
    ],
)

# ----------------------------------------------------------------------------- lk_particle
# names before her / ind / ud / hjem / op / ned / over / hen
addall(
    "lk_particle",
    [
        "{bo} her kl 8, pt sov",
        "{per} ind til pt kl 22",
        "{sten} ud med pt i gården",
        "{bo} hjem kl 15, {per} overtog",
        "kl 22 {per} ind og tjekke pt",
        "{storm} over til afsnit 4 for at hente lift",
        "{dam} ned efter medicin",
        "{holm} op og kigge til pt kl 2",
        "{lund} hen til pt, pt urolig",
        "{skov} her hele dagen",
        "{ida} ind med mad",
        "{bach} her til stuegang kl 10",
    ],
)

# ----------------------------------------------------------------------------- lk_trail_inits
addall(
    "lk_trail_inits",
    [
        "{per l.} har givet medicin",
        "{bo h} tilså pt",
        "{sten d.} gav pn",
        "{ida s} ringede til pårørende",
        "overlevering til {tove b.}",
        "{åse b} ordinerer",
        "aftalt m {mette j} om bad",
        "{ulla ø.} har nøglen",
        "{bente s} på dagvagt",
        "{hanne b-s} har ringet",
        "{jens n} i morgen",
        "{per l} og {bo h} fastholdt pt",
        "{Per l.} tilså pt",
    ],
)

# ----------------------------------------------------------------------------- lk_initials_pos
addall(
    "lk_initials_pos",
    [
        "{bh} gav pn kl 22",
        "pn givet {sd}",
        "pt og {sd} gik tur i gården",
        "ansvarlig: {pl}",
        "fastholdelse ({is}, {tb})",
        "{is}/{tb}",
        "- {åb}",
        "kl 3 {tb} tilså pt",
        "{hbs} har ringet til vagtlæge",
        "skærmning besluttet af {åb}",
        "samtale {tb} + pt 30 min",
        "{uø} og {jn} på vagt",
        "pt bad om at tale med {bh}",
        "{sd}: pt urolig",
        "medicin dobbelttjekket {mj}/{bs}",
        "«ref» {uø}",
        "{pl} tager sig af pårørende",
        "udgang m {is} 14-15",
        "{jn} ringer tilbage",
        "tilset {bs} kl 6",
        "{IS} har givet pn",
    ],
)

# ============================================================================= MIXED
# ----------------------------------------------------------------------------- mx_word_name
# the word use and the name use close together
addall(
    "mx_word_name",
    [
        "{sten} fulgte pt til urolog pga [sten] i nyren",
        "{per} gav 2 [tb] [per] os kl 8",
        "{storm} kom sent pga [storm] på broen",
        "{bo} snakkede med pt om at [bo] hjemme",
        "{holm} gik tur med pt ud til [holm]en",
        "{lund} og pt gik en tur i [lund]en",
        "{dam} spillede [dam] med pt i 1 time",
        "{skov} tog pt med i [skov]en",
        "{bach} satte [bach] på for pt",
        "{bæk} fandt pt ved [bæk]ken bag afsnittet",
        "{ida} lagde [is] på pt's knæ",
        "{is} lagde [is] på pt's knæ",
        "[is] på knæet givet af {is}",
        "{tb} gav 1 [tb] pamol",
        "[bs] 12,4 målt af {bs}",
        "{bs}: [bs] 7,2",
        "{pl} skiftede fentanyl [pl] kl 8",
        "{hbs} tog blodprøve, [hbs]-ag neg",
        "{bo} og pt talte om hvor pt skal [bo]",
        "kl 8 {sten}: [sten] i urinen, gemt",
        "[storm] i nat, {storm} kom alligevel kl 7",
        "pt skal [bo] hjemme, aftalt med {bo}",
        "aftalt med {per} at pt drikker 1,5 l [per] døgn",
        "[per] telefon aftalt med {per} at pt kommer tirsdag",
        "{sten} fandt [sten] i pt's lomme",
        "pt kastede [sten] efter {sten}",
        "pt truede {storm} under [storm]en i nat",
        "{dam} og pt gik ned til [dam]men",
        "{skov} og {bæk} tog pt med på tur i [skov] og langs [bæk]ken",
        "{bach} lyttede til [bach] med pt",
        "{ml} gav 10 [ml] mikstur kl 8",
        "pt drak 200 [ml], {ml} noterede",
        "plan fra {bo}: [bo] hjemme med hjælp x 4",
        "talt med {per} [per] telefon kl 10: pt ok",
        "kl 14 {storm} ringede: [storm] har væltet træ over indkørslen",
        "pt fortalte {holm} om [holm]en hvor han voksede op",
        "{lund}: pt vil ud i [lund]en",
        "[dam] med [ejnar] kl 14, {dam} holdt øje",
        "{sten} og {bo}: pt har [sten] og vil gerne [bo] hjemme",
        "{is}: [is] 20 min på ve knæ",
        "[is] på knæet, {ida} tjekker kl 14",
        "{tove} og pt talte om [storm]en",
        "{åse} ordinerede [tb] furix 40 mg [per] os",
        "{åb}: [tb] pamol 1 g x 4 [per] os",
        "[per] os pamol, givet af {per}",
        "[bo] alene er svært, mener {bo}",
        "[storm] har væltet hegnet, {storm} har ringet til vicevært",
        "[sten] er gået, {sten} har gemt den",
        "[dam] har frosset til, {dam} fulgte pt ned at se",
        "[holm] har ingen bro siger pt til {holm}",
        "[lund] bag huset fældes, {lund} informerede pt",
        "[skov] har pt gået tur i med {skov}",
        "[bach] har pt lyttet til med {bach}",
        "[bæk] bag haven løb over, {bæk} fulgte pt ind",
        "i dag kom {bo} og talte om at [bo] i plejebolig",
        "[per] telefon i dag: {per} kommer i morgen",
        "på stuen var {per} og målte [bs] 8,2",
        "{bo} og {sten} fjernede [sten] fra pt's seng",
        "{per l.} gav 1 [tb] [per] os",
        "{bo h} lagde [is] på",
        "ssa {sten} har fundet [sten] i bleen",
        "hjpl {per} kl 7: væske 1 l [per] døgn",
        "nattevagt {storm}: [storm] hele natten, pt urolig",
        "overlevering til {dam}: pt har spillet [dam] hele dagen",
        "«referent» {bo}: pt ønsker at [bo] på bosted",
        "magtanvendelse: pt kastede [sten] mod {sten}, {bo} fastholdt",
        "{bæk} talte med pt om [storm]en, pt angst",
        "sms fra {skov}: tur i [skov]en aflyst pga [storm]",
        "«dikt». {åb}: [sten] 4 mm, [bs] 7,1, [tb] pamol",
        "mvh {per}, ps: husk 2 l [per] døgn",
        "{jens} gav [is] og saft",
        "[bh] skiftet af {bh}",
        "{bh} hjalp med [bh]",
        "{sd}: [sd]-kort med billeder fundet",
        "[tb]-test taget af {tb}",
        "{tb}: [tb] udelukket",
        "pt vil [bo] hos datter [hanne], {hanne} har ringet til hende",
        "søn [per] ringede [per] telefon til {per}",
        "hustru [bente] og {bente} målte [bs] sammen",
        "[lars holm] og {holm} gik ud til [holm]en",
        "[anne lund] og {per} gik i [lund]en",
        "[ole skov] og {skov} på tur i [skov]en",
        "[kim bach] og {åse bach} lyttede til [bach]",
        "{per} ind til pt: [per] os givet",
        "{sten} her: [sten] i urin",
        "{bo} ud med pt, pt vil ikke [bo] på afsnittet",
        "[storm] i nat. {storm} og {holm} ud og sikre vinduer",
        "{dam}/{lund}: [dam] frosset, tur i [lund]en i stedet",
        "kl 3 {sten} fandt [sten]en under sengen",
        "kl 3 [storm], {storm} tjekkede vinduer",
        "{bach} spillede [bach] på klaver i fællesstuen",
        "{is} + {tb}: pt fik [is] og 1 [tb] pamol",
        "{ida skov} tog pt med i [skov]",
        "{tove bæk} fandt pt ved [bæk]ken",
        "pt spurgte {per} om hun måtte få [is]",
        "{ulla}: [storm] i nat, {sten} kom ikke pga [storm]",
        "barnebarn [ida] var på besøg, {ida} gav hende [is]",
        "[per] dag 2 besøg af {per}",
        "{per} kommer 2 gange [per] dag",
        "{bo} kom kl 8, pt ønsker at [bo] hjemme",
    ],
)


# ----------------------------------------------------------------------------- runner
def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
