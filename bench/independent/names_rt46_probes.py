"""Red-team probes for indsigt name hiding (rt46): what one citizen reads on sundhed.dk from a
year of records in adult psychiatry (bed section P1 and the district psychiatry outpatient
clinic), addiction treatment (misbrugscenter: substitution treatment, daily dispensing, urine
screens), social psychiatry housing (botilbud "Kvisten", bostøtte after § 85) and disability
care (a spinal cord injury, wheelchair, lift, BPA helpers) - and above all the staff chat and
fast lower-case quick notes of these places, where a hidden staff member whose name is also an
everyday Danish word (rask, fugl, lind, hede, flink, glad, lyng, kvist, iris, dag) is written
bare in lower case in every position of the sentence, mirrored by over-hiding traps where the
same word is used as the ordinary word in the same kind of note.

My own standard for the markup (written before the first run):
  {...}  must be gone (a hidden staff member's name part, registered initials, user name or
         e-mail local part, used for that person) -> a letter inside not covered = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person or pet,
         an ordinary word, a compound, an abbreviation, a place, a street, a drug, a firm)
         -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing next to a hidden name (overlæge, læge,
         sygeplejerske, spl, ssa, pædagog, pæd., bostøttemedarbejder, socialrådgiver,
         ergoterapeut, ergo, BPA-hjælper, bpa, misbrugsbehandler), a genitive -s glued to a
         hidden name, the domain of a hidden person's e-mail or user name (@rm.dk, RM\\), a
         phone number written next to a hidden name.
  Unmarked letters and digits must stay as well (labels such as "Ansvarlig:", "Referent:",
  "sign.", "v/", "Log:", and every other word). "[", "{", "<", "«" cannot appear literally.

Rules I apply when marking:
  1. A name part owned only by hidden staff that the text uses for a person is gone -
     capitalised or lower case, bare or with the other part, family-first, abbreviated, in
     any position (subject before any verb form, after a fronted adverbial (V2 inversion),
     object, after a preposition, in a question, reported speech, list, rota, after a time,
     before/after a comma, coordinated with "pt" or another name, genitive, vocative, chat
     header, signature, log line). Lower-case fast notes are judged like careful prose: "fugl
     har givet pn" is a person, "fugl på altanen" a bird.
  2. Registered initials, user names and e-mail local parts are gone where they stand for the
     person (sign., /XX, after a time, in a rota, "Ansvarlig:", "Referent:", a log line), also
     written in lower case in a fast note ("pn kl 03 mf"). The same letters used as the word
     or abbreviation they also are stay: AF (atrieflimren) and "af", AK (-behandling), AN
     (anorexia nervosa), kr./kr (kroner), "sag"/"sagen", IL-6.
  3. A part shared with a non-hidden colleague (Kasper - Kasper Holt, læge P1; Mark - Mark
     Thomsen, sygeplejerske misbrugscentret; Frisk - Ole Frisk, afdelingsleder misbrugscentret;
     Sara - Sara Nielsen, BPA-hjælper; Maja - Maja Winther, pædagog Kvisten; Morten - Morten
     Bach, psykolog) is gone when the hidden person's other part, initials, title or
     workplace settles it ("ssa Maja", "læge Mark", "bostøttemedarbejder Frisk", "overlæge
     Morten", "Sara fra socialforvaltningen"); it stays when the colleague's full name or role
     settles it; bare and unsettled it is debatable.
  4. A part shared with the citizen or a relative (Sand - the citizen and his family; Maja -
     the daughter; Line - the daughter's mother) is gone when the hidden person's title,
     other part or initials settle it ("ergo Sand", "bostøttemedarbejder Line"); it stays when
     the text says who the relative is (kinship word, age, full name); bare and unsettled it
     is debatable.
  5. A part shared with an unlisted person or pet (Jonas - a fellow resident; Iris - the
     botilbud's cat; Lind - the neighbour Jørgen Lind; Kvist - a GP Peter Kvist; Anders -
     Anders And) stays when the unlisted person's full name, role or kinship is written.
  6. Words, places, streets, drugs, firms and abbreviations stay even when spelt like a
     hidden name part, initials or user name, capitalised at the start of a sentence, inside
     compounds (hedeture, kvistværelset, Lyngby, Lindevej, dagvagt, raskmeldt, Glad Fonden,
     botilbuddet Kvisten), and also in a text that names the hidden person.
  7. Misspellings and unregistered forms of a hidden name (Ahmed for Ahmad, Kowalski for
     Kowalska) are debatable. The registered alias Aga (Agnieszka) is gone.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use
  lk_lc_subj / lk_lc_inv / lk_lc_obj / lk_lc_pos / lk_chat are the lower-case quick notes
  (bare lower-case word-names); lk_prose, lk_initials, lk_foreign, lk_shared the rest.

Roster (new; invented for rt46; rt44's roster was only used as a format example):
  Hidden staff (12), with what the parts and initials also are:
    Kasper Rask        sygeplejerske, sengeafsnit P1      rask = healthy, brisk; KR = kr.;
                                                          Kasper = colleague Kasper Holt
    Maja Fugl          ssa, sengeafsnit P1                fugl = bird; MF; Maja = daughter,
                                                          colleague Maja Winther
    Morten Kvist       overlæge, distriktspsykiatrien     kvist = twig, kvistværelse,
                                                          botilbuddet Kvisten; MK; Morten =
                                                          psychologist Morten Bach
    Iris Lyng          sygeplejerske, distriktspsyk.      iris (eye, flower, the cat Iris);
                                                          lyng = heather, Lyngby; IL (IL-6)
    Jonas Lind         misbrugsbehandler, misbrugscentret lind = mild, linden, lindre,
                                                          Lindevej; JL; Jonas = fellow
                                                          resident; Lind = neighbour
    Mark Hede          læge, misbrugscentret              mark = field; hede = heath,
                                                          hedeture, hede kinder; MHE;
                                                          Mark = colleague Mark Thomsen
    Ahmad Nazari       sygeplejerske, misbrugscentret     foreign; AN = anorexia nervosa
    Anders Flink       pædagog, botilbuddet Kvisten       flink = kind; AF = atrieflimren, af
    Line Frisk         bostøttemedarbejder (§ 85)         frisk = fresh, well; line = rope;
                                                          LF; Frisk = Ole Frisk; Line = ex
    Sara Glad          socialrådgiver, handicap           glad = happy, Glad Fonden; SAG =
                                                          sag; Sara = colleague Sara Nielsen
    Agnieszka Kowalska BPA-hjælper                        foreign; alias Aga; AK =
                                                          AK-behandling
    Dag Sand           ergoterapeut, hjælpemidler         dag = day (i dag, dagvagt); sand =
                                                          sand, sandt; Sand = the citizen; DS
  Non-hidden colleagues: Kasper Holt (læge P1), Mark Thomsen (sygeplejerske, misbrugscentret),
    Ole Frisk (afdelingsleder, misbrugscentret), Sara Nielsen (BPA-hjælper), Maja Winther
    (pædagog, Kvisten), Morten Bach (psykolog, distriktspsykiatrien).
  Citizen: Rasmus Sand (38): schizophrenia, opioid dependence in substitution treatment,
    lived at botilbuddet Kvisten, spinal cord injury after a fall -> wheelchair, own flat with
    bostøtte and BPA. Relatives: Karin Sand (mother), Mikkel Sand (brother), Maja Sand
    (daughter, 7), Line Jakobsen (Maja's mother, ex-partner).
  Unlisted (must simply stay): Tommy Falk (fellow resident), Jonas (fellow resident), the cat
    Iris, Jørgen Lind (neighbour), Peter Kvist (GP), Bente Hjort (lawyer), Kim (friend).

Written by a red-team helper (rt46) that had not seen the matcher's source, rules, word lists,
tests, docs or changelog, nor other probe files except names_rt44_probes.py lines 1-140 and
760-893 (format and markup standard) and probe_harness.py.

Run:  cd bench/independent && INDSIGT_PURE_PYTHON=1 PYTHONPATH=<src> python names_rt46_probes.py [-v]

Markup fixes after the first run (markup wrong by the standard above, rule 4; also in
helpers/rt46/fixes.txt): 2 probes had the daughter's bare given name marked must-stay although
neither gives a kinship word, an age or a full name, which rule 4 makes debatable - "pt ringede
til <Maja> på hendes fødselsdag." and "[Mikkel] kører pt til samvær med <Maja>." (a looser
"family context" reading would keep them as over-hides). Nothing else was changed.

522 probes: 274 leak (lk_*; 170 of them lower-case quick notes with a bare word-name:
lk_lc_subj 40, lk_lc_inv 20, lk_lc_obj 33, lk_lc_pos 47, lk_chat 30; lk_prose 35,
lk_initials 38, lk_foreign 16, lk_shared 15), 172 over-hide traps (ow_lc_word 79,
ow_prose_word 38, ow_abbrev 20, ow_people 35), 76 mixed (mx_words 35, mx_people 29,
mx_notes 12); 12 debatable before the fixes, 14 after.
held-out, first run on c8177d4 (pinned worktree): 107 leaks / 15 over-hides (probes);
after the 2 markup fixes: 107 leaks / 13 over-hides; debatable 14 (all hidden).
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        "h1",
        "Kasper",
        "Rask",
        initials=("KR",),
        emails=("kasper.rask@rm.dk",),
        usernames=("kara",),
        titles=("sygeplejerske",),
    ),
    Person(
        "h2",
        "Maja",
        "Fugl",
        initials=("MF",),
        emails=("maja.fugl@rm.dk",),
        usernames=("mafu",),
        titles=("social- og sundhedsassistent",),
    ),
    Person(
        "h3",
        "Morten",
        "Kvist",
        initials=("MK",),
        emails=("morten.kvist@rm.dk",),
        usernames=("mokv",),
        titles=("overlæge",),
    ),
    Person(
        "h4",
        "Iris",
        "Lyng",
        initials=("IL",),
        emails=("iris.lyng@rm.dk",),
        usernames=("RM\\irly",),
        titles=("sygeplejerske",),
    ),
    Person(
        "h5",
        "Jonas",
        "Lind",
        initials=("JL",),
        emails=("jonas.lind@aarhus.dk",),
        usernames=("joli",),
        titles=("misbrugsbehandler",),
    ),
    Person(
        "h6",
        "Mark",
        "Hede",
        initials=("MHE",),
        emails=("mahe@aarhus.dk",),
        usernames=("mahe",),
        titles=("læge",),
    ),
    Person(
        "h7",
        "Ahmad",
        "Nazari",
        initials=("AN",),
        emails=("ahmad.nazari@aarhus.dk",),
        usernames=("ahna",),
        titles=("sygeplejerske",),
    ),
    Person(
        "h8",
        "Anders",
        "Flink",
        initials=("AF",),
        emails=("anders.flink@aarhus.dk",),
        usernames=("anfl",),
        titles=("pædagog",),
    ),
    Person(
        "h9",
        "Line",
        "Frisk",
        initials=("LF",),
        emails=("lifr@aarhus.dk",),
        usernames=("lifr",),
        titles=("bostøttemedarbejder",),
    ),
    Person(
        "h10",
        "Sara",
        "Glad",
        initials=("SAG",),
        emails=("sara.glad@aarhus.dk",),
        usernames=("sagl",),
        titles=("socialrådgiver",),
    ),
    Person(
        "h11",
        "Agnieszka",
        "Kowalska",
        initials=("AK",),
        emails=("agko@bpa-assist.dk",),
        usernames=("agko",),
        titles=("BPA-hjælper",),
        aliases=(("Aga", "Kowalska"),),
    ),
    Person(
        "h12",
        "Dag",
        "Sand",
        initials=("DS",),
        emails=("dag.sand@aarhus.dk",),
        usernames=("dasa",),
        titles=("ergoterapeut",),
    ),
]

OTHERS = [
    ("Kasper", "Holt"),  # læge P1
    ("Mark", "Thomsen"),  # sygeplejerske, misbrugscentret
    ("Ole", "Frisk"),  # afdelingsleder, misbrugscentret
    ("Sara", "Nielsen"),  # BPA-hjælper
    ("Maja", "Winther"),  # pædagog, Kvisten
    ("Morten", "Bach"),  # psykolog
]
CITIZEN = [("Rasmus", "Sand")]  # shares family with hidden Dag Sand
RELATIVES = [
    ("Karin", "Sand"),  # mother
    ("Mikkel", "Sand"),  # brother
    ("Maja", "Sand"),  # daughter, 7
    ("Line", "Jakobsen"),  # the daughter's mother
]

P = Probes()  # (class, text, note)

addall = P.addall

# ============================================================================= LEAK PROBES
# --- lower-case quick notes: bare word-name as subject before all kinds of verbs
addall(
    "lk_lc_subj",
    [
        "pt rolig hele aftenen. {fugl} har givet pn kl 22.",
        "{rask} tog BT og puls kl 07, ua.",
        "{lind} ringer til pt i morgen ang. ny tid.",
        "{hede} har øget metadon til 90 mg fra mandag.",
        "{flink} kørte med pt til tandlæge kl 13.",
        "{glad} har sendt sagen om BPA-timer videre til visitationen.",
        "{lyng} giver depotinjektion torsdag kl 10.",
        "{kvist} vil se pt i amb. uge 12.",
        "{iris} har talt med pt om søvn og døgnrytme.",
        "{fugl} sad hos pt 20 min, så faldt han til ro.",
        "{rask} må gerne tage pt med i gården i eftermiddag.",
        "{lind} har desværre ikke nået at ringe tilbage.",
        "{hede} kunne ikke se pt i dag, ny tid fredag.",
        "{glad} skulle have været med til mødet, men er syg.",
        "{lyng} havde ikke fået svar fra egen læge.",
        "{kvist} mener pt skal fortsætte clozapin.",
        "{fugl} hjalp pt i bad kl 9.",
        "{rask} fulgte pt til ECT kl 8.",
        "{lind} tager urinprøve på onsdag.",
        "{flink} bager boller med beboerne på torsdag.",
        "{hede} ordinerede suboxone 8 mg.",
        "{kvist} har ikke set pt siden marts.",
        "{rask} har lige været inde hos pt, han sover.",
        "{iris} skriver at pt ikke mødte op.",
        "{dag} har målt kørestolen op.",
        "{fugl} vil gerne have at pt spiser med i dagligstuen.",
        "{lind} siger pt har været clean i 3 uger.",
        "{glad} har nu også bevilget 10 timer ekstra.",
        "{lyng} burde nok ringe til pt's mor.",
        "{kvist} har i dag seponeret quetiapin.",
        "{fugl} ved ikke hvor pt har gemt pillerne.",
        "{rask} skal nok lige dobbelttjekke medicinen.",
        "{flink} gik ikke med ind, pt ville være alene.",
        "{hede} er bekymret for sidemisbrug af benzo.",
        "{lind} var meget tydelig omkring reglerne.",
        "{lyng} blev ringet op af pt 5 gange i går.",
        "{glad} bliver ny sagsbehandler fra 1/4.",
        "{rask} sov ikke i pausen, så {fugl} tog over.",
        "{iris} altid meget rolig over for pt, virker godt.",
        "{dag} tilpassede armlænene på kørestolen.",
    ],
)

# --- lower-case quick notes: fronted adverbial, name after the verb (V2), subordinate clauses
addall(
    "lk_lc_inv",
    [
        "i morgen kommer {lyng} kl 10.",
        "derfor ringede {lind} til pt's egen læge.",
        "i nat har {fugl} skærmet pt.",
        "kl 15 tager {rask} over.",
        "efter frokost gik {flink} med pt til købmanden.",
        "nu sidder {fugl} ved døren.",
        "i går havde {hede} samtale med pt om nedtrapning.",
        "på mandag skal {kvist} vurdere tvangen igen.",
        "heldigvis kunne {lind} finde en ny tid.",
        "senere vil {iris} ringe til mor.",
        "desværre har {glad} ikke fået svar fra kommunen.",
        "i eftermiddags var {rask} ude med pt.",
        "så snart {lyng} er tilbage, laver vi ny plan.",
        "hvis {hede} godkender det, kan dosis hentes lørdag.",
        "fordi {flink} var syg, blev turen aflyst.",
        "da {fugl} kom ind, lå pt på gulvet.",
        "når {lind} ringer, skal pt have telefonen.",
        "i weekenden har {dag} og pt afprøvet den nye lift.",
        "ved udleveringen opdagede {ahmad} at pt var påvirket.",
        "hver tirsdag kommer {aga} kl 7 og hjælper pt op.",
    ],
)

# --- lower-case quick notes: object, after a preposition
addall(
    "lk_lc_obj",
    [
        "pt gik tur med {fugl} i parken.",
        "ventede på {rask} i 20 min, så gik pt.",
        "pt spurgte efter {lind} flere gange.",
        "aftalt med {hede} at dosis fastholdes.",
        "talt med {kvist} om udskrivelse.",
        "pt vil kun tale med {lyng}.",
        "pt er vred på {flink} pga. lommepengene.",
        "ring til {glad} hvis BPA-timerne ikke rækker.",
        "pt kaldte {rask} en løgner.",
        "pt bad om at få {iris} som kontaktperson.",
        "pt sendte sms til {lind} kl 03.",
        "urinprøve taget sammen med {ahmad}: pos. for THC.",
        "pt har ringet efter {flink} 4 gange i nat.",
        "pt savner {lyng}, som er på ferie.",
        "overdraget til {kvist} mhp. vurdering.",
        "pt slog ud efter {fugl}, ingen skade sket.",
        "pt truede {rask} under fikseringen.",
        "pt beder om samtale med {hede} før næste udlevering.",
        "pt fik nye hjul til kørestolen af {dag}.",
        "besøg af {glad} og hjælpemiddelkonsulent.",
        "aftensmad lavet sammen med {flink}.",
        "pt fik sin morgenmedicin af {fugl} kl 8.",
        "pt følges med {lind} til egen læge.",
        "pt skal ringe til {lyng} inden fredag.",
        "pt har været ude at ryge med {rask}.",
        "tryghedssamtale med {iris} kl 19.",
        "hjulpet i seng af {aga}.",
        "pt vil ikke have at {ahmad} tager urinprøven.",
        "pt har skrevet et brev til {kvist}.",
        "vi venter stadig på {glad} ang. boligsagen.",
        "pt råbte ad {fugl} og smækkede døren.",
        "pt har lånt en oplader af {flink}.",
        "pt takkede {lyng} for hjælpen.",
    ],
)

# --- lower-case quick notes: questions, reported speech, lists, times, commas, coordination,
#     genitive, vocative, relative in the same sentence, title + name
addall(
    "lk_lc_pos",
    [
        "har {fugl} givet pn?",
        "hvem ringer til pt i morgen - {lind} eller mig?",
        "er {rask} på arbejde i weekenden?",
        "kan {flink} tage med i retten torsdag?",
        "hvornår kommer {lyng} igen?",
        "har nogen hørt fra {glad} om BPA-sagen?",
        "skal {hede} se pt før udlevering?",
        "pt siger at {fugl} har lovet ham en ekstra smøg.",
        "pt fortæller at {lind} har snydt med hans urinprøve.",
        "ifølge {hede} er dosis for høj.",
        "pt mener at {kvist} vil have ham tvangsindlagt.",
        "mor oplyser at {lyng} aldrig ringede tilbage.",
        "pt: '{rask} er den eneste der forstår mig'",
        "til stede: pt, {kvist}, {lyng}, mor",
        "vagt i aften: {fugl}, {rask}, elev",
        "deltagere: {glad}, {dag}, pt og bror [Mikkel]",
        "kl 14 {lind} ringet op, ingen svar",
        "22.30 {fugl}: pt urolig, pn givet",
        "07:15 {rask} - pt har sovet hele natten",
        "kl 10-11 {flink} på indkøb m. pt",
        "pt urolig, {fugl} tilkaldt.",
        "pt kom ikke til samtalen, {lind} har skrevet til ham.",
        "{lind} og pt aftalte ny tid.",
        "pt og {lind} gik en tur rundt om søen.",
        "{fugl} og {rask} skærmer pt i nat.",
        "mor og {lyng} har talt sammen i telefon.",
        "pt, {flink} og en medbeboer var i biografen.",
        "{lind}«s» vagt slutter kl 15.",
        "pt vil have {fugl}«s» telefonnummer.",
        "{hede}«s» ordination: metadon 80 mg dagl.",
        "se {rask}«s» notat fra i nat.",
        "pt ringede på {lyng}«s» arbejdstelefon.",
        "hej {lind}, pt har ringet 3 gange.",
        "{fugl} - husk pn-skemaet!",
        "tak {flink}, fint at du tog turen.",
        "god weekend {glad} :)",
        "mor [Karin] ringede, {lyng} tager den i morgen.",
        "datter [Maja] på besøg, {fugl} var med under samværet.",
        "bror [Mikkel] og {flink} hentede pt's ting i lejligheden.",
        "[Karin Sand] (mor) vil gerne tale med {kvist}.",
        "pt's mor har klaget over {rask}.",
        "pt + {fugl} i gården 30 min",
        "{rask}/{fugl} nattevagt",
        "ok fra {hede} til udlevering lørdag",
        "spl {rask} ringer i morgen",
        "ssa {fugl}: pt spist godt",
        "«pæd.» {flink} med til mødet",
    ],
)

# --- staff chat and quick messages
addall(
    "lk_chat",
    [
        "[Maja Winther] kl 21:14: hvem har nøglen til medicinskabet? {flink} havde den sidst",
        "{kvist}: kan I sige til pt at jeg kommer kl 14",
        "fra {lind}: pt udeblev igen, pause i udlevering?",
        "lige en hurtig: {hede} er syg, {ahmad} udleverer alene i dag",
        "{iris} er i amb. hele dagen, skriv til hende i teams",
        "ok! {rask} tager nattevagten fredag",
        "husk at {fugl} har fri tirsdag",
        "er der nogen der har set {flink}? pt venter på ham",
        "{glad} skriver: bevilling på vej, ring hvis spørgsmål",
        "{dag} kommer med ny sædepude på fredag",
        "har talt m. {lyng}, hun ringer til pt",
        "pt spørger konstant efter {fugl}",
        "vi mangler en til aftenvagten, {rask} kan ikke",
        "{aga} er syg i morgen, vikar fra bureauet",
        "{lind} på kursus hele ugen",
        "nogen der kan dække for {iris} kl 10?",
        "spørg lige {hede} om pt må få dosis med hjem",
        "{flink} har kagedag på fredag, alle er velkomne",
        "tjek lige med {kvist} før vi giver ekstra",
        "{fugl} har allerede skrevet notatet",
        "pt har slået {rask} i armen, arbejdsskade anmeldt",
        "{lyng} ringer efter mødet",
        "sms fra {glad}: jeg er forsinket 10 min",
        "husk {lind}«s» fødselsdag fredag",
        "{ahmad}: urinprøve taget, sendt til lab",
        "{agnieszka}: pt klager over ondt i skulderen ved forflytning",
        "{dag} siger liften skal serviceres",
        "{hede} og {lind} holder møde om pt kl 11",
        "til {kvist}: pt ønsker at tale med dig om medicinen",
        "fik lige besked fra {iris}: pt er indlagt igen",
    ],
)

# --- careful prose, capitalised
addall(
    "lk_prose",
    [
        "Samtale med «overlæge» {Morten Kvist} og kontaktperson {Iris Lyng}.",
        "Kontaktperson i distriktspsykiatrien: {Iris Lyng}, «sygeplejerske».",
        "{Kasper Rask} har været kontaktperson under indlæggelsen.",
        "Pt. blev ved indlæggelsen modtaget af {Maja Fugl} og {Kasper Rask}.",
        "Substitutionsbehandling v/ «læge» {Mark Hede}, Misbrugscenter Aarhus.",
        "Behandlingsplan udarbejdet af «misbrugsbehandler» {Jonas Lind} i samarbejde med borgeren.",
        "Urinprøve afgivet under observation af {Ahmad Nazari}.",
        "Borgeren modtager bostøtte efter § 85 ved {Line Frisk}.",
        "«Pædagog» {Anders Flink} er borgerens kontaktperson på bostedet.",
        "«Socialrådgiver» {Sara Glad} har bevilget BPA-ordning med 70 timer ugentligt.",
        "«Ergoterapeut» {Dag Sand} har afprøvet ny kørestol med borgeren.",
        "«BPA-hjælper» {Agnieszka Kowalska} har observeret tryksår på venstre balle.",
        "{Fugl} har givet PN-medicin kl. 22.15.",
        "{Rask} har været med pt. i gården.",
        "{Lind} har telefonisk kontakt med borgeren hver mandag.",
        "{Hede} vurderer, at borgeren er stabil på nuværende dosis.",
        "{Flink} ledsager borgeren til retsmødet.",
        "{Glad} har anmodet om en lægeerklæring.",
        "{Lyng} har givet depotinjektion i højre gluteus.",
        "{Kvist} har seponeret Quetiapin og påbegyndt Aripiprazol.",
        "Borgeren har telefonisk talt med {Hede} om nedtrapning.",
        "Borgeren ønsker ikke længere at have {Lind} som behandler.",
        "Der er aftalt opfølgende samtale med {Lyng} den 14.3.",
        "Ved samtalen deltog {Morten Kvist}, {Iris Lyng} og borgerens mor [Karin Sand].",
        "Notat skrevet af {Kasper Rask}, «sygeplejerske», sengeafsnit P1.",
        "Journalført af: {Maja Fugl}",
        "Ansvarlig behandler: {Jonas Lind}",
        "Med venlig hilsen\n{Sara Glad}\n«Socialrådgiver», Handicap og Psykiatri",
        "Kære [Rasmus]\nDu er indkaldt til samtale med {Mark Hede} den 3. april kl. 10.\nMvh {Jonas Lind}",
        "{Ahmad} har udleveret dagens dosis metadon (85 mg).",
        "{Iris} ringer til dig tirsdag.",
        "Ved udskrivelsen blev borgeren fulgt hjem af {Anders}.",
        "{Line Frisk} og borgeren har ryddet op i lejligheden.",
        "Hjælpemidler: {Dag Sand} har bestilt ny loftlift.",
        "{Mark Hede} («læge») har ordineret Metadon 90 mg dagligt.",
    ],
)

# --- initials, user names, e-mails, logs
addall(
    "lk_initials",
    [
        "Metadon 85 mg udleveret 09:12 /{AN}",
        "Pt. sov hele natten. sign. {KR}",
        "PN: Lorazepam 1 mg kl 22.15 - {MF}",
        "Depot givet i højre gluteus, {IL}",
        "Urinscreening: neg. for opioider, pos. for THC. {AN}",
        "Ansvarlig: {SAG}",
        "Dokumenteret af {JL} 14.03 kl 10.40",
        "Referent: {AF}",
        "Seponering af quetiapin aftalt. /{MK} «overlæge»",
        "Vagtplan uge 12: ma {KR}, ti {MF}, on {KR}/{MF}",
        "{DS}: kørestol tilpasset, ny sædepude bestilt",
        "Bostøttebesøg 1 t. ({LF})",
        "{MHE}: dosis uændret 90 mg",
        "{AK} - hjælp til bad og påklædning kl 7-9",
        "Log: oprettet af {kara} 12.03.2025 08:14",
        "Ændret af: {mafu}",
        "Bruger: «RM»\\{irly}",
        "Mail fra {jonas.lind}«@aarhus.dk»: pt har meldt afbud.",
        "Kopi til {sara.glad}«@aarhus.dk» og borger.",
        "Send svar til {lifr}«@aarhus.dk»",
        "Fra: {Mark Hede} ({mahe}«@aarhus.dk»)",
        "Telefonnotat v/ {AN}: pt ringer og melder afbud.",
        "pn 1 mg kl 03 {mf}",
        "urinprøve ok /{kr}",
        "{AF} og pt på indkøb i Føtex.",
        "Aftalt: {AF} følger op på lommepenge.",
        "Kontakt: {IL} tlf. «7847 1234»",
        "Udlevering: {AN} 08:05, {AN} 12:10 (PN-dosis afvist)",
        "Gennemgået med {MK} på konferencen.",
        "{SAG}: Bevilling af BPA fortsætter uændret.",
        "Kl 14 {JL} - samtale, pt påvirket",
        "Obs: {LF} har nøgle til lejligheden.",
        "Brugeraktivitet: {agko} oprettede registrering kl 07:02",
        "Henvendelse modtaget af {dasa}",
        "Opgave tildelt: {mokv}",
        "Sidst ændret 14.03 kl 10:02 af {ahna}",
        "Svar fra {iris.lyng}«@rm.dk»: ok, jeg ringer.",
        "Ordineret af {MHE}, udleveret af {AN}.",
    ],
)

# --- foreign names and their forms
addall(
    "lk_foreign",
    [
        "{Agnieszka} hjælper pt med morgenpleje hver dag kl 7-10.",
        "{Kowalska} har meldt sig syg, vikar kommer.",
        "{Aga} («bpa») kommer kl 16.",
        "BPA-vagt: {Agnieszka K}.",
        "{agnieszka} har hjulpet med kateterisation.",
        "{Ahmad Nazari} er fast sygeplejerske ved udleveringen.",
        "{Nazari} har taget urinprøve.",
        "{ahmad} og pt aftalte at pt kommer i morgen.",
        "{A. Nazari}, «sygeplejerske»",
        "pt er utryg ved {nazari}.",
        "{Nazari, Ahmad}",
        "{Kowalska, Agnieszka} (BPA)",
        "Hilsen {Aga}",
        "<Ahmed> har udleveret metadon.",
        "<Kowalski> ringede om vagtplanen.",
        "{Agnieszka Kowalska}«s» timeseddel mangler.",
    ],
)

# --- shared parts settled for the hidden person
addall(
    "lk_shared",
    [
        "«Sygeplejerske» {Kasper} har taget BT.",
        "ssa {Maja} har hjulpet pt med bad.",
        "«Læge» {Mark} har ordineret suboxone.",
        "«bostøttemedarbejder» {Line} kommer kl 10.",
        "«bostøttemedarbejder» {Frisk} var på besøg.",
        "«ergo» {Sand} har afprøvet kørestol.",
        "«overlæge» {Morten} har ringet.",
        "{Sara} fra socialforvaltningen har ringet.",
        "{Jonas} fra misbrugscentret ringede.",
        "{Iris} fra distriktspsykiatrien ringer i morgen.",
        "«socialrådgiver» {Glad} har bevilget nyt toilet/badestol.",
        "{M. Kvist}, «overlæge»",
        "{Hede}, «læge»: fortsæt uændret.",
        "{Kasper R.} har taget blodprøver.",
        "{Line F.} (bostøtte) kommer mandag.",
    ],
)

# ============================================================================= OVER-HIDE TRAPS
# --- lower-case quick notes, the same word used as the ordinary word
addall(
    "ow_lc_word",
    [
        # rask
        "pt var [rask] i dag, ingen klager.",
        "pt føler sig [rask] og vil udskrives.",
        "pt mener ikke han er syg, siger han er [rask].",
        "gik en [rask] tur rundt om søen med pt.",
        "pt [raskmeldt] fra jobcentret.",
        "pt ønsker at blive [rask] uden medicin.",
        "ikke [rask] nok til udgang endnu.",
        "[rask] og rørig, spiser godt.",
        "mor er blevet [rask] efter operationen.",
        "er pt [rask] nok til at komme til samtalen?",
        "pt ventede på [rask] afklaring fra kommunen.",
        # fugl
        "[fugl] på altanen, pt fodrer den med brød.",
        "pt siger en [fugl] har talt til ham i nat.",
        "pt hører [fugle] synge inde i hovedet.",
        "pt har tegnet en [fugl] i ergoterapien.",
        "pt vil være fri som en [fugl].",
        "pt har fået en [fugl] i bur på værelset - ok fra ledelsen.",
        "død [fugl] fundet i gården, pt meget påvirket.",
        "pt spurgte efter [fuglen] i haven.",
        "pt gik ud for at se på [fuglene].",
        "en [fugl] fløj ind gennem vinduet, pt forskrækket.",
        # lind
        "[lind] regn, pt ville ikke ud.",
        "en [lind] strøm af besøgende i dag.",
        "pt sad under [linden] i haven.",
        "smerter [lindret] af pn panodil.",
        "pt har brug for [lindring] ifht abstinenser.",
        "[lindrende] samtale, pt faldt til ro.",
        "pt bor på [Lindevej] 4, 2. th.",
        # hede
        "pt har [hedeture] efter quetiapin er øget.",
        "[hede] kinder og svedig, temp 38,1.",
        "[hede] diskussioner i dagligstuen i aften, pt trak sig.",
        "pt var ude på [heden] med bostedet.",
        "[hedebølge] - husk væske til pt, sveder meget på clozapin.",
        "pt klager over [hedeture] om natten.",
        # flink
        "pt [flink] og samarbejdende ved stuegang.",
        "pt er [flink] til at tage sin medicin.",
        "pt var [flink] ved medbeboer i dag.",
        "pt siger personalet er [flinke].",
        "pt har været [flink] hele dagen, ingen konflikter.",
        "er pt [flink] ved de andre beboere?",
        # glad
        "pt [glad] i dag, smiler og joker.",
        "pt er [glad] for sin nye lejlighed.",
        "pt ikke [glad] for ny dosis.",
        "[glad] og i godt humør efter besøg af datter.",
        "pt blev [glad] da han fik brevet.",
        "pt virker [gladere] efter dosisøgning.",
        "pt spurgte om vi var [glade] for ham.",
        "mor er [glad] for at pt er stabil.",
        "pt har set [Glad Teater] med bostedet.",
        # lyng
        "pt plukkede [lyng] på tur til Rebild.",
        "[lyng] i krukke ved indgangen, pt har plantet den.",
        "pt er hos mor i [Lyngby] i weekenden.",
        "gik tur i [lyngen] med pt.",
        # kvist
        "pt flytter op på [kvistværelset].",
        "pt har fået en [kvist] i øjet, skyllet.",
        "pt bor på [Kvisten], værelse 4.",
        "pt samler [kviste] i haven til bål.",
        # iris
        "[iris] ua. bilat., pupiller reagerer prompte.",
        "pt har fået [iris] til værelset af mor.",
        "katten [Iris] er forsvundet, pt ked af det.",
        "pt klapper [Iris] (bostedets kat) hver morgen.",
        # dag
        "pt urolig i [dag].",
        "[dag] 3 af nedtrapning, abstinenser moderate.",
        "pt har været ude hele [dagen].",
        "[dag]/nat-rytme vendt, sover til kl 14.",
        "metadon hver [dag] kl 9.",
        "[dagvagt] har talt med pt.",
        "pt sagde god [dag] til alle.",
        "næste [dag] ringede pt og undskyldte.",
        "pt spurgte hvilken [dag] det var.",
        "pt og personalet var på tur en hel [dag].",
        # mark, frisk, sand
        "pt gik ud over [marken] bag bostedet.",
        "[frisk] luft og gåtur, pt mere rolig.",
        "pt [frisk] og udhvilet i morges.",
        "såret ser [friskt] ud, skiftet.",
        "det er ikke [sandt], siger pt.",
        "[sand] i skoene efter tur til stranden.",
        "[sandsynligvis] abstinenser, obs.",
        "pt [frisk] på at komme med i svømmehallen.",
    ],
)

# --- careful prose: capitalised words at sentence start, compounds, places, firms
addall(
    "ow_prose_word",
    [
        "[Rask] og rørig, spiser og drikker.",
        "[Raskmelding] er sendt til jobcentret.",
        "[Raske] borgere kan ikke få bostøtte efter § 85.",
        "[Fugleinfluenza]: ingen kontakt med fjerkræ.",
        "[Fugle] i bur må ikke medbringes på afsnittet.",
        "[Fuglsang] Sø - udflugt med bostedet.",
        "[Lindring] af abstinenssymptomer med klordiazepoxid.",
        "[Lindegården] har ledig bolig fra 1. maj.",
        "[Linde]træet i gården er fældet.",
        "[Hedeture] er en kendt bivirkning ved metadon.",
        "[Hedensted] Kommune har overtaget sagen.",
        "[Hede] kinder, feber 38,4.",
        "[Flink] og venlig i kontakten, ingen tegn på psykose.",
        "[Flinke] naboer har hjulpet med indkøb.",
        "[Glad] og afslappet under samtalen.",
        "[Glad Fonden] har inviteret beboerne til koncert.",
        "[Gladsaxe] Kommune har sendt sagen videre.",
        "[Lyngby] Hovedgade 12, 2800 Kgs. [Lyngby].",
        "[Lyngen] blomstrer, og borgeren har været på tur til Rebild Bakker.",
        "[Kvisten] har ansat ny leder.",
        "Botilbuddet [Kvisten], Skovvej 8.",
        "[Kvistværelset] er ledigt fra 1. juni.",
        "[Iris] og pupiller ua.",
        "[Irisdiagnostik] ønskes af borgeren - ikke et tilbud i regionen.",
        "[Dagen] forløb roligt.",
        "[Dag] 1 efter indlæggelsen: sovet 6 timer.",
        "[Dagtilbuddet] [Hedelyngen] har plads om tirsdagen.",
        "[Dagcentret] har åbent fra 9 til 15.",
        "[Dagbehandling] i misbrugscentret tre gange om ugen.",
        "[Marken] bag huset er solgt.",
        "[Markedsdag] i byen, borgeren vil gerne med.",
        "[Frisk] frugt og grønt dagligt.",
        "[Frisk] luft gør godt, siger borgeren.",
        "[Sandgårdsvej] 14, st. tv.",
        "[Sandt] at sige har borgeren ikke fået medicin i tre dage.",
        "Borgeren er [frisk] og [rask] og ønsker udskrivelse.",
        "[Line] dance i dagcentret om torsdagen.",
        "[Mark]ering af parkeringspladsen til handicapbil er bestilt.",
    ],
)

# --- abbreviations and short words that are also initials
addall(
    "ow_abbrev",
    [
        "EKG: [AF] med frekvens 110, henvist til kardiolog.",
        "Kendt med [AF], i [AK]-behandling med Eliquis.",
        "Urinprøve afgivet [af] borgeren under observation.",
        "Henvist [af] egen læge.",
        "[AN] i ungdommen, nu normalvægtig.",
        "Tidligere indlagt med [AN] som 17-årig.",
        "INR 2,4 - [AK]-behandling uændret.",
        "[AK]-klinikken kontrollerer INR.",
        "Ny [sag] oprettet i handicapafdelingen.",
        "[Sagen] er sendt til Ankestyrelsen.",
        "Din [sag] om merudgifter er færdigbehandlet.",
        "450 [kr.] til tøj udbetalt.",
        "Huslejen er 4.200 [kr] om måneden.",
        "Lommepenge: 200 [kr]/uge",
        "[IL]-6 forhøjet, CRP 45.",
        "pt fik hjælp [af] [BPA] til bad.",
        "[af] og til hører pt stemmer.",
        "lånt 100 [kr] af medbeboer.",
        "[Sags]nummer 2025-0412.",
        "[DS]-certificeret loftlift installeret.",
    ],
)

# --- people who must stay: the citizen, relatives, colleagues, unlisted
addall(
    "ow_people",
    [
        "[Rasmus Sand] indlagt 12.3. via skadestuen.",
        "[Rasmus] har sovet godt.",
        "Borger: [Sand], [Rasmus]",
        "Datter [Maja] (7) på besøg i 2 timer.",
        "[Maja Sand] sover hos mor i weekenden.",
        "[Maja] (datter) har tegnet en tegning til far.",
        "[Line Jakobsen] (mor til [Maja]) har ringet.",
        "Ekskæresten [Line] vil ikke have samvær uden overvågning.",
        "Mor [Karin Sand] har ringet og spurgt til pt.",
        "[Karin] vil gerne med til netværksmødet.",
        "Bror [Mikkel Sand] hentede pt.",
        "[Kasper Holt] (læge) har set pt.",
        "læge [Kasper] tilset pt, ingen ændringer.",
        "Sygeplejerske [Mark Thomsen] udleverede metadon.",
        "Afdelingsleder [Ole Frisk] har svaret på klagen.",
        "BPA-hjælper [Sara Nielsen] har vagt i weekenden.",
        "Pædagog [Maja Winther] var med pt i byen.",
        "Psykolog [Morten Bach] har samtale med pt hver 14. dag.",
        "psykolog [Morten] har set pt.",
        "afdelingsleder [Frisk] har godkendt udlevering lørdag.",
        "Medbeboer [Tommy Falk] har lånt penge af pt.",
        "Medbeboer [Jonas] er flyttet til anden afdeling.",
        "Naboen [Jørgen Lind] har klaget over larm.",
        "Egen læge: [Peter Kvist], Lægehuset Vestergade.",
        "Advokat [Bente Hjort] deltager i retsmødet.",
        "Kammeraten [Kim] har været på besøg.",
        "pt ser [Anders And] om aftenen.",
        "pt og [Tommy] spillede kort.",
        "mor [Karin] og bror [Mikkel] på besøg.",
        "pt ringede til <Maja> på hendes fødselsdag.",
        "[Mikkel] kører pt til samvær med <Maja>.",
        "BPA-hjælper [Sara] kommer kl 16.",
        "pæd. [Maja] har været med på tur.",
        "Dr. [Peter Kvist] har fornyet recepten.",
        "Borgerens kat hedder [Iris].",
    ],
)

# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{rask} siger pt er [rask] nok til udgang.",
        "{fugl} og pt fodrede [fuglene] i gården.",
        "{lind} har aftalt [lindrende] medicin med {hede}.",
        "{hede}: [hedeture] skyldes nok metadon.",
        "{flink} synes pt har været [flink] i dag.",
        "{glad} er [glad] for at sagen er afsluttet.",
        "{lyng} og pt plukkede [lyng] på turen.",
        "{kvist} har set pt på [kvistværelset].",
        "{iris} har fodret katten [Iris].",
        "{dag} har i [dag] afprøvet ny kørestol med pt.",
        "[dag] 2: {rask} tog over fra {fugl} kl 15.",
        "pt [glad] efter samtalen med {lind}.",
        "pt [rask] i dag, {fugl} tager med ham ud.",
        "{fugl} så en [fugl] på altanen sammen med pt.",
        "{Rask}: pt er [rask] og vil hjem.",
        "[Glad Fonden] inviterer, {glad} har tilmeldt pt.",
        "[frisk] luft med {flink} i haven.",
        "{hede} har talt med pt om [hede] kinder efter clozapin.",
        "pt bor på [Kvisten]; {kvist} har hjemmebesøg der tirsdag.",
        "{lyng} kommer fra [Lyngby] hver dag.",
        "[Lindevej] 4: {lind} på hjemmebesøg, pt ikke hjemme.",
        "{AF} noterer: pt har fået konstateret [AF] og er henvist [af] egen læge.",
        "Udleveret [af] {AN}: 85 [mg], pt har tidligere haft [AN].",
        "{SAG}: din [sag] om BPA er afgjort.",
        "{KR}: pt har lånt 50 [kr] af medbeboer.",
        "{AK} hjalp med INR-måling, [AK]-behandling uændret.",
        "[iris] ua. - {lyng} har set øjnene efter pt klagede.",
        "[glad] og [flink] i dag, siger {flink}.",
        "{dag} og pt, [dag] 4 med ny stol.",
        "god [dag] {dag}!",
        "{fugl} ringer i morgen - pt vil gerne være [rask] til jul.",
        "pt siger {rask} er [flink], men {lind} er streng.",
        "{lind} og [lind] regn, tur aflyst.",
        "hej {hede}, pt har [hedeture] igen",
        "{flink}«s» tur til [heden] blev aflyst pga regn.",
    ],
)

addall(
    "mx_people",
    [
        "[Kasper Holt] og {Kasper Rask} gik stuegang sammen.",
        "ssa {Maja} og datter [Maja] (7) spillede ludo.",
        "[Maja Winther] (pæd.) og {Maja Fugl} (ssa) på tur med pt.",
        "Sygeplejerske [Mark Thomsen] og «læge» {Mark Hede} har drøftet dosis.",
        "[Ole Frisk] (afdelingsleder) og {Line Frisk} (bostøtte) deltog.",
        "{Dag Sand} og [Rasmus Sand] har afprøvet kørestolen.",
        "«ergo» {Sand} og [Rasmus] øvede forflytning.",
        "{Line Frisk} har talt med [Line Jakobsen] om samvær.",
        "[Karin Sand] (mor) og «ergoterapeut» {Dag Sand} er ikke i familie.",
        "[Sara Nielsen] og {Sara Glad} holdt møde om BPA-vagterne.",
        "Psykolog [Morten Bach] og «overlæge» {Morten Kvist} på konference.",
        "Medbeboer [Jonas] og {Jonas Lind} talte om reglerne.",
        "Naboen [Jørgen Lind] ringede til {lind}.",
        "Egen læge [Peter Kvist] har skrevet til «overlæge» {Kvist}.",
        "{Iris Lyng} har set katten [Iris] på altanen.",
        "[Maja] (7) og {fugl} tegnede sammen.",
        "bror [Mikkel] ringede til {rask} kl 21.",
        "{glad} har ringet til mor [Karin Sand].",
        "[Rasmus] siger at {hede} er [flink].",
        "<maja> har været på besøg.",
        "<Kasper> har ringet.",
        "<frisk> kommer kl 10.",
        "<mark> har ringet tilbage.",
        "<Sand> har ringet.",
        "<Line> ringede i går.",
        "<Morten> kommer i morgen.",
        "<Jonas> har fået ny lejlighed.",
        "<Iris> sidder i vindueskarmen.",
        "<Sara> har vagt i weekenden.",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering P1 nat:\n- pt sovet fra kl 01 ({rask})\n- pn kl 23 v/ {fugl}\n- pt [glad] ved morgenmad\n- mor [Karin Sand] ringer kl 10",
        "Netværksmøde 14.4.\nDeltagere: [Rasmus Sand], mor [Karin Sand], «overlæge» {Morten Kvist}, {Iris Lyng}, psykolog [Morten Bach], «misbrugsbehandler» {Jonas Lind}.\nReferent: {IL}",
        "Misbrugscentret, udlevering:\n08:05 metadon 85 mg ({AN})\nurinprøve: pos. THC, neg. opioider\n{hede} kontaktet - dosis uændret, [dag] 12 uden sidemisbrug",
        "Bostedet [Kvisten]: pt [flink] og [glad] i dag. {flink} og pt har bagt boller. Medbeboer [Tommy Falk] var med. Katten [Iris] har fået mad.",
        "Bostøtte: {line frisk} har hjulpet med post fra inkasso. Pt [frisk] og klar til at flytte. Ny adresse [Lindevej] 4.",
        "BPA: {aga} kl 7-15, [Sara Nielsen] kl 15-23. Pt fik hjælp til bad [af] {aga}. Tryksår obs - {dag} kontaktes ang. sædepude.",
        "Handicap, afgørelse:\nKære [Rasmus Sand]\nDin [sag] om BPA-ordning er afgjort. Du er bevilget 70 timer om ugen.\nMed venlig hilsen\n{Sara Glad}, «socialrådgiver»",
        "Distriktspsykiatri: {lyng} har givet depot. Pt fortæller at en [fugl] taler til ham. {kvist} orienteret, øger ikke dosis endnu. Datter [Maja] (7) på besøg lørdag.",
        "Sengeafsnit P1 kl 14: pt truende over for {rask}. {fugl} og [Kasper Holt] (læge) tilkaldt. pt [rask] fysisk, ingen skader.",
        "Chat 21:40\n{fugl}: er {rask} gået hjem?\n[Maja Winther]: ja, han gik kl 21\n{fugl}: ok, så tager jeg pt",
        "Teams, misbrugscentret:\n{lind}: pt kom ikke i [dag]\n{ahmad}: skal jeg ringe?\n{lind}: ja tak, ellers {hede}",
        "Ergoterapi: {Dag Sand} har i [dag] målt [Rasmus Sand] op til ny kørestol. Bror [Mikkel Sand] deltog.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
