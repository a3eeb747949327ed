"""Red-team probes for indsigt name hiding (rt36): emergency-department triage, ambulance
handovers, midwife/pregnancy records, physiotherapy and rehab plans, pharmacy dispensing logs,
psychiatric ward shift reports, school-nurse notes, dental notes, the prison health service,
1813 telephone-consultation transcripts and messages from the citizen's app - and the
over-hiding traps (clinical shorthand, lab values, ordinary words, the citizen's family,
non-hidden colleagues) of the same genres.

Markup inside each probe text (the harness's):
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (a title or role word next to a hidden name, "dr."/"Dr", a genitive -s, the
         domain of a hidden person's e-mail address, a department name glued to a signature)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked).
Literal square/curly brackets, < and « cannot appear in a probe (they are markup).

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new, not used in rt30-rt35). Every hidden person has a name part that is an ordinary
Danish or English word, and most registered initials are a word or a clinical abbreviation:
  Kit Lys      spl., akutmodtagelsen   KL = kl. (klokken); kit = putty / English kit; lys = light,
                                       pale, candle (lysreaktion, lys urin)
  Even Due     læge, akutmodtagelsen   ED = emergency department / erektil dysfunktion;
                                       even, due = English words; due = dove
  Tom Bang     spl., fængselssundhed   TB = tuberkulose; tom = empty; bang = English bang
  Sejr Mørk    læge, fængselssundhed   SM; sejr = victory; mørk = dark (mørk urin)
  Gry Ahmed    jordemoder              GA = gestationsalder; gry = to dawn
  Stig Rytter  fysioterapeut           SR = sinusrytme; stig = climb! / path; rytter = rider
  Bonnie Dose  farmaceut               BD = bis die (English prescriptions); dose = English dose
  Elna Ro      spl., psykiatrien       ER = er (is) / emergency room; ro = calm, rest, to row
  Birgit Sommer ssa, psykiatrien       BS = blodsukker; sommer = summer
  Asta Bro     tandlæge                AB = antibiotika; bro = bridge / dental bridge
  Jo Kold      spl., 1813              JK; jo = yes / "you know" particle; kold = cold;
                                       Kold = the citizen's family name
  Vibe Høj     sundhedsplejerske       VH; vibe = lapwing / English vibe; høj = tall, high, loud
  Rolf Hammer  ambulancebehandler      RH = Rhesus (Rh-neg.); hammer = hammer
Non-hidden colleagues sharing parts: Rasmus Lys (læge, akut), Tom Iversen (fængselsbetjent),
Gry Thygesen (jordemoder), Anja Ro (ssa, psyk.), Niels Sommer
(overlæge, psyk.), Asta Villadsen (tandplejer).
The citizen Nanna Kold (24, pregnant, earlier psychiatric admission and a prison sentence,
knee injury) shares "Kold" with hidden Jo Kold; her mother Vibe Kold shares "Vibe" with Vibe
Høj, her younger brother Tom Kold shares "Tom" with Tom Bang (and "Kold" with Jo Kold), her
boyfriend and the child's father Stig Juhl shares "Stig" with Stig Rytter, her grandmother
Asta Kold shares "Asta" with Asta Bro. Unlisted people (must simply stay): Henrik Bundgaard
(egen læge), Dennis Mortensen (ambulance partner), Ulrik Kristoffersen (kriminalforsorgen),
Yasmin (friend).

My own standard for the markup (written before the first run; fixes after the run follow it):
  * a name part owned only by hidden staff and used as a name must be gone: as subject (also
    after an adverbial, Danish verb-second "i dag kom Sejr"), object ("spørg Due", "ring til
    Kit"), after a preposition, in reported speech with and without "at", in lists, tables,
    handovers, signatures and greetings ("Hej Gry"), in any case (bare lower case, UPPER CASE),
    given-first, family-first ("Due, Even", "DUE EVEN"), abbreviated ("E. Due", "Even D.");
  * registered initials in a staff position (sign., v/, "/KL" after a note or time, a
    sign-off line, Ansvarlig:, a staff list or table column, "init.") must be gone, upper or
    lower case; the same letters as a word or clinical abbreviation must stay;
  * a one-edit typo or OCR/dictation error (dropped, doubled, swapped or wrong letter,
    ø/å folded to o/oe/aa, a stray hyphen or space) of a name part of 4 or more letters used as
    a name must be gone; the same for parts of 2-3 letters is debatable;
  * a bare part shared with a non-hidden colleague is debatable, unless the hidden person's
    other name part, initials or registered title settles it ("ssa Sommer" gone); the
    colleague's other part settles it the other way ("Niels Sommer" stays); a title the matcher
    was never told (the colleague's "overlæge Sommer") leaves it debatable;
  * a bare part shared with the citizen or a relative is debatable unless the text itself says
    who is meant: a relative's role word ("lillebror Tom", "mor Vibe", "kæresten Stig") or the
    relative's full name -> stays; a staff title, staff action or signature -> gone;
  * e-mail local parts and user names carrying a hidden name must be gone; the domain is
    don't-care; unregistered derived initials are debatable;
  * a title or role word directly next to a hidden name, "dr." and a genitive -s are don't-care;
  * words, clinical abbreviations, lab values, units, months, weekdays, place, street, firm and
    medicine names must stay, also when spelt exactly like a hidden name part or initials, and
    also in a text that names the hidden person.

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or the
changelog (rt36, 07.12, stop 33), as a held-out measure: the code before that stop (460bc7e) 27
leaks / 23 over-hides; with the stop's first rules, written before the set was seen, 26 / 23.
The stop's later rules were then fitted to it (20 / 6, then 19 / 6).

Markup fixes after the first run (by the standard above; no probe dropped or reworded):
33 title/role words directly before a hidden name ("læge", "Læge:", "jordemoder", "fys.",
"farmaceut", "sundhedsplejerske", "tandlæge", ...) that I had left unmarked became don't-care;
four typos of 2-3 letter parts that I had marked must-go became debatable as the standard says
("Kit Lyss" -> {Kit} <Lyss>, "Asta Broo", "Asta Bo", "Joe Kold" -> <Joe> {Kold}).
Harness (parse, scoring, printing, -v): probe_harness.py.

Run:  .venv/bin/python bench/independent/names_rt36_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        "s1",
        "Kit",
        "Lys",
        initials=("KL",),
        usernames=("kily",),
        emails=("kit.lys@rsyd.dk",),
        titles=("sygeplejerske",),
    ),
    Person("s2", "Even", "Due", initials=("ED",), emails=("even.due@rsyd.dk",), titles=("læge",)),
    Person("s3", "Tom", "Bang", initials=("TB",), usernames=("toba",), titles=("sygeplejerske",)),
    Person(
        "s4",
        "Sejr",
        "Mørk",
        initials=("SM",),
        emails=("semo@kriminalforsorgen.dk",),
        titles=("læge",),
    ),
    Person(
        "s5",
        "Gry",
        "Ahmed",
        initials=("GA",),
        emails=("gry.ahmed@rsyd.dk",),
        titles=("jordemoder",),
    ),
    Person("s6", "Stig", "Rytter", initials=("SR",), titles=("fysioterapeut",)),
    Person("s7", "Bonnie", "Dose", initials=("BD",), usernames=("bodo",), titles=("farmaceut",)),
    Person("s8", "Elna", "Ro", initials=("ER",), titles=("sygeplejerske",)),
    Person("s9", "Birgit", "Sommer", initials=("BS",), usernames=("biso",), titles=("ssa",)),
    Person("s10", "Asta", "Bro", initials=("AB",), titles=("tandlæge",)),
    Person(
        "s11",
        "Jo",
        "Kold",
        initials=("JK",),
        emails=("jo.kold@1813.dk",),
        titles=("sygeplejerske",),
    ),
    Person("s12", "Vibe", "Høj", initials=("VH",), titles=("sundhedsplejerske",)),
    Person("s13", "Rolf", "Hammer", initials=("RH",), titles=("ambulancebehandler",)),
]
OTHERS = [
    ("Rasmus", "Lys"),  # læge, akut - shares family with Kit Lys
    ("Tom", "Iversen"),  # fængselsbetjent - shares given with Tom Bang
    ("Gry", "Thygesen"),  # jordemoder - shares given with Gry Ahmed
    ("Anja", "Ro"),  # ssa psyk. - shares family with Elna Ro
    ("Niels", "Sommer"),  # overlæge psyk. - shares family with Birgit Sommer
    ("Asta", "Villadsen"),  # tandplejer - shares given with Asta Bro
]
CITIZEN = [("Nanna", "Kold")]  # shares family with hidden Jo Kold
RELATIVES = [
    ("Vibe", "Kold"),  # mor - shares given with Vibe Høj
    ("Tom", "Kold"),  # lillebror, 16 - shares given with Tom Bang
    ("Stig", "Juhl"),  # kæreste, barnefar - shares given with Stig Rytter
    ("Asta", "Kold"),  # farmor - shares given with Asta Bro
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall

# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. emergency department
addall(
    "lk_ed",
    [
        "triage kl 14.02 v/ {kit lys}: orange. BT 98/60, puls 118, SAT 94%.",
        "Triageret af {Kit Lys} «(spl.)» – gul, forventet ventetid ca 2 t.",
        "pt set af {even due} kl 15.10, ordineret rtg af ve ankel.",
        "i nat kl 03 modtog {Due} pt fra ambulancen, GCS 14.",
        "efter samtale med pt besluttede {Even} at indlægge til obs.",
        "{Kit} har taget blodprøver inkl. hcg, afventer svar.",
        "«dr.» {Due} vurderer: distorsion, ingen fraktur. kan gå hjem med krykker.",
        "Ansvarlig «læge:» {Even Due}   Ansvarlig spl.: {Kit Lys}",
        "ring til {kit} ved ændring i GCS eller opkast",
        "spørg {due} om pt må spise før rtg",
        "pt fortæller at {Even} sagde hun bare skulle vente på røntgen",
        "{Kit} siger pt er gået uden at sige farvel kl 17.40",
        "overlevering kl 23: {kit} → nattevagt. pt sover, obs kvalme.",
        "pt utilfreds, vil klage over {Even Due} – klagevejledning udleveret.",
        "ED-«læge:» {E. Due}",
        "Seen in the ED by «Dr» {Due}, discharged with analgesics.",
        "«Læge:» {Due, Even}",
        "«LÆGE:» {DUE EVEN}   SPL: {LYS KIT}",
        "Journal ført af: {KL}",
        "kl. 14.20 /{KL}",
        "vurd. {ED}: obs commotio, vækkes hver 2. time",
        "SAT 92% på 2 l ilt – {kit} har tilkaldt {even}",
        "nu kom {Kit} ind og sagde at {Due} var på vej",
        "i morges tilså {Even} pt igen, bedre.",
        "derefter ringede {Kit Lys} til pt's mor.",
        "modtaget af «spl.» {Kit L.} og «læge» {Even D.}",
        "traumekald kl 02.15: til stede {Due}, {Kit}, portør, rtg-ass.",
        "sutur x4 lagt af {Even}, fjernes om 10 dage hos egen læge",
        "hvis pt får det værre skal hun kontakte {kit} eller vagthavende",
        "pt har talt med {Due} om graviditeten, han mener ikke at faldet har skadet fosteret",
        "{Kit Lys} / Akutmodtagelsen OUH, lokal 2231",
        "besked fra {even}: pt kan udskrives når hun har spist",
        "vagthavende (kl 16-24): {Even Due}",
        "hjemsendt efter aftale med {due} og pt selv",
        "{kit}: 'du skal ikke gå før du har fået svar på blodprøverne'",
        "{Due}«s» vurdering: ingen mistanke om fraktur",
    ],
)

# ----------------------------------------------------------------- 2. ambulance handover
addall(
    "lk_ambulance",
    [
        "Ambulance 3-12, behandler {Rolf Hammer}. Fundet liggende i opgang, vågen.",
        "overdragelse v/ {rolf}: faldet på is, smerter ve knæ, fået 10 mg morfin iv",
        "{Hammer} oplyser at pt har drukket 4-5 øl",
        "præhospital journal signeret {RH}",
        "ISBAR fra {Hammer}: S: fald, B: gravid uge 20, A: stabil, R: obs fosterlyd",
        "da {rolf hammer} ankom var pt vågen og orienteret",
        "ambulancen ({Hammer}/[Mortensen]) afleverede pt kl 21.05",
        "besætning: {R. Hammer}, [D. Mortensen]",
        "i bilen fik {Rolf} anlagt PVK ve albuebøjning",
        "pt fortalte {rolf} at hun havde taget sin medicin",
        "Behandler: {HAMMER ROLF}  Chauffør: [MORTENSEN DENNIS]",
        "overgivet til akutmodtagelsen af {Rolf H.} kl 21.07",
        "kontakt {hammer} via AMK hvis der er spørgsmål",
        "ifølge {Hammer} var lejligheden kold og rodet",
        "afhentet kl 20.31 / {RH}",
        "{Rolf} og [Dennis] bar pt ned på båre",
        "præhospitalt: {rolf hammer}, ambulancebehandler, station Vejle",
        "{Hammer} mente at pt var påvirket, men hun nægtede",
        "Udkald kl 20.14 – {Rolf} tog sig af pt, [Dennis] kørte",
        "efterfølgende ringede {Rolf Hammer} og spurgte til pt",
    ],
)

# ----------------------------------------------------------------- 3. midwife, pregnancy
addall(
    "lk_midwife",
    [
        "1. jordemoderkonsultation v/ {Gry Ahmed}. GA 12+3, ukompliceret.",
        "«jordemoder» {gry}: SF-mål 24 cm, fosterlyd 140, god fosterbevægelse",
        "{Ahmed} har bestilt GBS-podning",
        "i dag så <Gry> pt sammen med kæresten [Stig]",
        "«Jordemoder:» {Gry Ahmed}   Læge: -",
        "næste kons. hos {gry ahmed} uge 29",
        "pt har selv ringet til {Ahmed} pga nedsatte fosterbevægelser",
        "{G. Ahmed}, jordemoder, Jordemødrenes konsultation Kolding",
        "aftalt med <gry> at pt kommer til CTG i morgen",
        "«jdm.» {Ahmed}: BT 128/84, urin: ingen protein",
        "pt fortæller at {Gry A.} har sagt at hun kan føde i vand",
        "{Ahmed} siger at hun vil drøfte fødselsangst med psykiatrien",
        "Fødselsplan udarbejdet med {Gry Ahmed} og [Stig Juhl]",
        "/{GA}",
        "kons. v/ {GA}: GA 32+4, BT 132/86, ødem +",
        "Hej <Gry>, jeg har haft lidt blødning i nat, skal jeg komme ind? mvh [Nanna]",
        "{gry.ahmed}«@rsyd.dk» – svarer inden for 3 hverdage",
        "fødselsforberedelse holdt af <Gry> og [Gry Thygesen] (hold B)",
        "efter at have talt med {Ahmed} er pt mere tryg ved fødslen",
        "besked til {ahmed}: svar på OGTT normalt",
        "{Ahmed, Gry} – jordemoder",
        "«jordemoder» {G.A.} har henvist til fødselsangst-samtale",
        "ved spørgsmål kontakt {Gry Ahmed} tlf. 7636 1122",
        "tidl. fødsel: nej. {Ahmed} noterer at pt ryger 5 cig/dag",
        "overlevering fra {gry ahmed}: pt i aktiv fødsel, 5 cm, veer hvert 3. min",
    ],
)

# ----------------------------------------------------------------- 4. physiotherapy, rehab
addall(
    "lk_physio",
    [
        "genoptræningsplan udarbejdet af {Stig Rytter}, fysioterapeut.",
        "træning 2x/uge hos {Rytter} – fokus på knæ, balance",
        "«fys.» {Rytter} vurderer at pt kan støtte fuldt på benet",
        "{stig rytter}: ROM knæ flex 110, ext -5. smerter VAS 3",
        "i dag trænede {Rytter} trappegang med pt",
        "aftalt med {Rytter} at øvelser laves dagligt hjemme",
        "«Fysioterapeut:» {S. Rytter}",
        "/{SR}",
        "Behandler: {SR}   Dato: 12.02",
        "pt aflyser – skriver til {Rytter} at hun har det skidt",
        "ifølge {Rytter} er der ikke brug for flere behandlinger",
        "{Rytter}«s» vurdering: selvtræning",
        "holdtræning v/ {Stig R.} og [Mikkel], tirsdage 10-11",
        "efter 6 uger med {Rytter} går pt uden krykker",
        "spørg {Rytter} om pt må cykle",
        "Genoptræningsenheden, Vejle – {RYTTER, STIG}",
        "øvelsesprogram fra {Stig Rytter} vedlagt (8 øvelser)",
        "pt siger {Rytter} presser hende for hårdt",
        "ring til {Rytter} hvis hævelsen tiltager",
        "plan: 1) styrke 2) balance 3) gang.  ansv.: {Rytter}",
    ],
)

# ----------------------------------------------------------------- 5. pharmacy dispensing
addall(
    "lk_pharmacy",
    [
        "udleveret 1 pk Sertralin 50 mg, 98 stk – ekspederet af {Bonnie Dose}",
        "«farmaceut» {Dose} har kontrolleret recepten",
        "Ekspedient: {BD}   Kontrol: {BD}",
        "{bonnie} har ringet til lægen ang. dosis",
        "receptkontrol {bonnie dose} 14:32",
        "bruger {bodo} – udlevering registreret",
        "Kontrolleret af: {DOSE, BONNIE}",
        "spørg {Bonnie} om der er restordre på Folsyre",
        "pt henvendt sig til {Dose} om bivirkninger",
        "i dag fik {Bonnie} et opkald fra pt's kæreste",
        "{B. Dose} har foretaget medicinsamtale (graviditet)",
        "pt oplyser at {Bonnie} har sagt at hun skal stoppe med ibuprofen",
        "Udleveret af: {Bonnie Dose}, farmaceut, Kolding Apotek",
        "/{bd}",
        "ekspeditionslog: 09:14 {BD} 09:20 {BD} 09:41 [Yasmin] afhentet på vegne af pt",
        "Dosisdispensering godkendt af {Dose}",
        "Apoteket – {Bonnie} – tlf 7550 2020",
        "{Bonnie Dose}«s» notat: pt gravid, ingen NSAID",
        "bemærk fra {dose}: interaktion mellem sertralin og tramadol drøftet med lægen",
        "ekspederet af {Bonnie D.} kl 16.05",
    ],
)

# ----------------------------------------------------------------- 6. psychiatric ward
addall(
    "lk_psych",
    [
        "dagvagt: pt har opholdt sig på stuen. samtale med {Elna} kl 11, grådlabil.",
        "aftenvagt {birgit sommer}: pt urolig efter besøg, fik PN kl 20.",
        "skærmning 1:1 v/ {Birgit} kl 22-24, herefter {Elna Ro}",
        "kontaktperson: {Elna Ro}, spl.   stedfortræder: {Birgit Sommer}, ssa",
        "pt ønsker ikke at tale med {elna} i dag",
        "i dag havde {Elna} en god samtale med pt om graviditeten",
        "pt spørger efter {Birgit} hele aftenen",
        "ved behov kontakt {Elna} lok. 4410",
        "nattevagt: pt sov fra kl 01. tilset hvert 15. min af {Birgit}.",
        "rapport ved {ER}: rolig dag, spiste frokost i fællesstuen",
        "/{ER}",
        "sign. {BS}",
        "Dokumenteret af: {biso}",
        "ssa {Sommer} har fulgt pt i haven",
        "pt siger at {Elna} har lovet hende udgang i weekenden",
        "pt siger {Birgit} er den eneste hun stoler på",
        "efter frokost gik {Birgit} og pt en tur rundt om søen",
        "behandlingsplan gennemgået med {Elna} og pt",
        "{Elna R.}, spl. – afsnit P3",
        "Vagtskema lør: D: {Elna}, [Anja] – A: {Birgit}, [Tom I.]",
        "tvang: fastholdelse kl 21.40 (3 min). udført af {Birgit S.} og {E. Ro}.",
        "pt har givet {elna} lov til at ringe til mor",
        "overlevering {ER} → {BS}: obs selvskade, ingen skarpe genstande på stuen",
        "pt har skrevet brev til {Birgit}, ligger i kontoret",
        "{birgit} giver besked til lægen om at pt ikke vil tage medicinen",
        "Kl. 19.30 {BS}: pt i seng. kl. 21 {BS}: sover",
        "efter samtalen med {Elna Ro} vil pt gerne i dagbehandling",
        "aftenrapport: {elna ro}. pt har været i telefon med kæresten i 1 time.",
        "pt har klaget til {Birgit} over larm fra stue 4",
        "udskrivningssamtale: pt, mor, {Elna} og overlæge [Niels Sommer]",
    ],
)

# ----------------------------------------------------------------- 7. school nurse
addall(
    "lk_school",
    [
        "indskolingsundersøgelse v/ «sundhedsplejerske» {Vibe Høj}: højde 121 cm, vægt 23 kg",
        "{Høj} har talt med [Nanna] om trivsel i klassen",
        "8. kl.: samtale med {Høj} om rygning og alkohol. [Nanna] åben.",
        "sundhedspl. {vibe høj}: syn ok, hørelse ok",
        "{Høj} har aftalt med klasselæreren at følge op efter jul",
        "[Nanna] kom selv til {Høj} i frikvarteret, ondt i maven",
        "«Sundhedsplejerske:» {V. Høj}",
        "Med venlig hilsen\n{Vibe Høj}\nSundhedsplejerske, Bakkeskolen",
        "/{VH}",
        "til stede: [Nanna], mor og {Høj}",
        "forældre kontaktet af {Høj} ang. fravær",
        "mor fortæller at {Høj} har ringet to gange",
        "i dag kom {Høj} ind i klassen og underviste i seksualundervisning",
        "{HØJ, VIBE}  Skolesundhedsplejen",
        "aftale: [Nanna] må komme til {Høj} hver tirsdag i 2. frikvarter",
        "tak for i dag hilsen {vibe} - sundhedsplejersken",
        "har du spørgsmål så skriv til {Vibe Høj} på Aula",
        "{Høj}«s» notat: undervægtig, BMI 16,8 – henvist til egen læge",
        "[Nanna] fortalte {Høj} at hun ikke spiser morgenmad",
        "samtale ved {Vibe H.} om selvskade – ingen aktuelle tanker",
    ],
)

# ----------------------------------------------------------------- 8. dental
addall(
    "lk_dental",
    [
        "us. v/ {Asta Bro}: caries 36 distalt, tandsten UK front",
        "«tandlæge» {Bro} har fjernet tandsten",
        "{bro}: 46 rodbehandlet, ny kontrol om 3 mdr",
        "Behandler: {AB}   Assistent: [AV]",
        "/{AB}",
        "pt ringede til {Bro} pga smerter fra 36",
        "i dag borede {Bro} og lagde midlertidig fyldning",
        "pt fortæller at {Bro} sagde at røntgen ikke er farligt i graviditeten",
        "«Tandlæge» {A. Bro}, Tandklinikken Kolding",
        "{BRO ASTA} – tandlæge",
        "henvist af {Asta Bro} til kæbekirurg",
        "aftale hos {bro} flyttet til 14/3 kl 9",
        "{Bro} og [Asta V.] har givet instruktion i tandbørstning",
        "kontrol: {Asta B.} – ingen ny caries",
        "spørg {Bro} om bedøvelse under graviditet",
        "mvh {Asta Bro}",
    ],
)

# ----------------------------------------------------------------- 9. prison health service
addall(
    "lk_prison",
    [
        "indsættelsessamtale v/ spl. {Tom Bang}: ryger, ingen kendt sygdom, screenet for TB",
        "{Bang} har udleveret medicin kl 8 og kl 20",
        "«læge» {Sejr Mørk} ser pt på mandag",
        "{Mørk} har ordineret sertralin 50 mg x 1",
        "i dag tilså {Sejr} pt i cellen",
        "pt beder om at tale med {Sejr Mørk}",
        "henvendt sig til {bang} om tandpine",
        "Sygeafdelingen – {T. Bang}, sygeplejerske",
        "/{TB}",
        "«Læge:» {SM}   Spl.: {TB}",
        "ordination ved {SM}: paracetamol 1 g x 4 pn",
        "bruger {toba} har registreret udlevering",
        "pt siger at {Mørk} ikke tager hende alvorligt",
        "fængselsbetjent [Tom I.] hentede pt til {Bang}",
        "{Sejr} og {Bang} var begge med ved konsultationen",
        "efter konsultation ringede {Mørk} til psykiatrien",
        "pt har fortalt {Tom Bang} at hun er gravid",
        "{MØRK, SEJR} – læge, Statsfængslet",
        "kontakt {semo}«@kriminalforsorgen.dk» ang. løsladelse",
        "ugentlig visitation: {Bang}/{Mørk}",
        "ifølge {Bang} har pt ikke taget sin medicin i 3 dage",
        "pt vil klage over {Sejr Mørk} til Styrelsen for Patientklager",
        "i morgen kommer {Mørk} kl 10",
        "visiteret af «spl.» {Bang}: ikke akut",
    ],
)

# ----------------------------------------------------------------- 10. 1813 telephone consultation
addall(
    "lk_phone",
    [
        "1813: samtale v/ {Jo Kold}, spl. pt 24 år gravid uge 20, faldet på cykel.",
        "{Jo}: hvor har du ondt?\npt: i knæet og lidt i maven\n{Jo}: har du mærket liv i dag?",
        "telefonnotat {jo kold}: henvist til akutmodtagelsen OUH",
        "Visiteret af: {JK}",
        "/{JK}",
        "pt oplyser til {Jo} at hun har taget 2 panodil",
        "{jo} ringer tilbage om 15 min",
        "sygeplejerske {Jo} har drøftet med lægen",
        "Samtale: {Jo K.} → læge",
        "{KOLD JO} – sygeplejerske 1813",
        "{jo.kold}«@1813.dk»",
        "pt fortæller at {Jo} sagde hun bare skulle komme ind",
        "lydfil: '... hej det er {Jo} fra 1813, du har ringet ...'",
        "derefter talte {Jo} med kæresten",
        "tilbagekald ved {Jo Kold} kl 22.40: pt har det bedre",
        "{Jo} har bestilt taxa til pt",
    ],
)

# ----------------------------------------------------------------- 11. app messages (beskeder)
addall(
    "lk_app",
    [
        "Besked fra [Nanna Kold] til {Gry Ahmed}: Hej, kan vi flytte tiden på torsdag?",
        "Svar: Hej [Nanna]. Ja, det kan vi godt. Mvh {Gry Ahmed}, jordemoder",
        "Hej {Ahmed}! jeg har fået kvalme igen, er det normalt? hilsen [Nanna]",
        "Til: {Stig Rytter}\nEmne: øvelser\nHej <Stig>, jeg kan ikke lave øvelse 4.",
        "Hej [Nanna]\nDu skal bare lave 1-3 i denne uge.\nVenlig hilsen {Stig Rytter}",
        "Kære {Elna}, tak fordi du hjalp mig da jeg var indlagt. Knus [Nanna]",
        "Hej [Nanna], tak for din besked. Jeg er glad for at høre det går godt. Hilsen {Elna}",
        "Hej {Birgit}, må jeg ringe til afdelingen i aften?",
        "Svar fra {Bonnie Dose}, Kolding Apotek: din medicin er klar til afhentning.",
        "Fra: {Asta Bro}\nTil: [Nanna Kold]\nHusk tid mandag kl 9.",
        "Hej {Bro} jeg har stadig ondt i tanden efter du borede",
        "Besked fra {Sejr Mørk}: Svar på blodprøver er normale.",
        "Hej {Even}, du sagde jeg skulle skrive hvis det blev værre",
        "Tak til {Kit} og {Even} for god behandling i går 👍",
        "hej {rolf}, ville bare sige tak for turen i ambulancen haha",
        "{Høj} skrev til min mor at jeg skulle komme op på kontoret",
        "Afsender: {Jo Kold} (1813)\nVi har registreret din henvendelse.",
        "Hej {Rytter} kan jeg få en tid på fredag i stedet?",
    ],
)

# ----------------------------------------------------------------- 12. typos, OCR, dictation
addall(
    "lk_typo",
    [
        "pt set af {Evn Due} kl 15",
        "triage v/ {Kit} <Lyss>",
        "overdragelse fra {Rolf Hamer}",
        "genoptræning hos {Ryter}",
        "genoptræning hos {Rytetr}",
        "«fys.» {Stig Rytte} – ROM knæ 100",
        "ekspederet af {Bonie Dose}",
        "ekspederet af {Bonnie Dosé}",
        "samtale med {Birgitt} om søvn",
        "aftenvagt {Brigit Sommer}",
        "aftenvagt {Birgit Somer}",
        "kontaktperson {Ellna}",
        "«læge» {Sejr Mork}",
        "«læge» {Sejr Moerk}",
        "«læge» {SEJR MORK}",
        "«sundhedsplejerske» {Vibe Hoej}",
        "«sundhedsplejerske» {Vibe Hoj}",
        "«jordemoder» {Gry Ahmad}",
        "«jordemoder» {Gry Ahmet}",
        "{Ahmeed} har bestilt CTG",
        "«tandlæge» {Asta} <Broo>",
        ("«tandlæge» {Asta} <Bo>", "one-edit typo of a 3-letter part"),
        ("1813 v/ <Joe> {Kold}", "Jo -> Joe"),
        "spl. {Tom Bamg}",
        "spl. {Tom Banng}",
        "«læge» {Eve Due}",
        "{Sejr Mø-\nrk} har ordineret",
        "«jordemoder» {Gry Ah-\nmed}",
        "«fysioterapeut» {Ryt-\nter}",
        ("<R y t t e r>, fysioterapeut", "spaced letters: several edits"),
        "{Bonn1e Dose}, farmaceut",
        "{Hamrner}, ambulancebehandler",
        "{Birgit S0mmer}, ssa",
        "dikteret: samtale med {elna ro} om udgang punktum ny linje",
        "diktat: {birgit sommer} komma ssa komma har fulgt pt",
        "{EvenDue} (ED-læge)",
        "{Kit.Lys}",
        "{Sejr  Mørk}",
        "«spl.»{Tom Bang}",
        "{rolf.hammer} har skrevet",
    ],
)

# ----------------------------------------------------------------- 13. initials in sign-offs, lists
addall(
    "lk_initials",
    [
        "Medicin givet kl 8: {BS}\nkl 12: {BS}\nkl 17: {ER}\nkl 22: {ER}",
        "Dato   Init.\n03.04  {SR}\n05.04  {SR}\n10.04  [MR]",
        "udført: {TB}, kontrolleret: {SM}",
        "ansvarlig: {GA}",
        "init. {VH}",
        "/{kl}",
        "rtg bestilt /{ED}",
        "taget af {RH} kl 20.40",
        "sign. {AB} 12/3",
        "Ekspederet: {BD}   Kontrol: {BD}",
        "BT 120/80 {ER}",
        "tlf.notat /{JK}",
        "{ER}/{BS}/[AR]",
        "Vagt: {TB} + [TI]",
        "09.14 {SM}  10.02 {SM}",
        "{ER} 14.3.24",
        "—{BS}",
        "mvh {ER}",
        "Hilsen {VH}",
        "obs temp. aftalt med læge /{er}",
        "kl 03 tilset. sover. /{bs}",
        "Triage: {KL} / «Læge:» {ED}",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 14. words spelt like name parts
addall(
    "ow_words",
    [
        # lys, kit, even, due
        "pupiller: [lys]reaktion normal, reagerer prompte på [lys] bilat.",
        "urin [lys] og klar, ingen blod",
        "pt bor alene, tænder stearin[lys] om aftenen",
        "huden bleg, [lyserød] udslæt på truncus",
        "pt [lyst] til at komme hjem, ønsker udskrivelse",
        "Det er [lyst] ude, pt går tur med kæresten",
        "sårkant [lys]-rød, ingen pus",
        "hjemmetest: [kit] til graviditetstest brugt, positiv",
        "suturkit og forbindings-[kit] udleveret",
        "IV [kit] klargjort på stuen",
        "pt is stable, [even] though BT is low",
        "pt [due] for review in 4 hours",
        "[due] date 14/7 (termin)",
        "[Due] to pain pt could not walk",
        "[Even] so, we recommend admission",
        # tom, bang, sejr, mørk
        "blæren [tom] efter vandladning, residualurin 20 ml",
        "pt [tom] for medicin siden fredag",
        "[tom] mave ved indlæggelse, fastende fra kl 24",
        "pakningen er [tom], ny recept sendt",
        "pt hørte et [bang] og faldt",
        "pt siger 'det var bare [bang], så lå jeg der'",
        "pt er [bange] for fødslen",
        "pt følte det som en [sejr] at komme ud af sengen",
        "[mørk] urin, drikker for lidt",
        "[mørke] rande under øjnene",
        "pt bange for [mørket], vil have lys tændt om natten",
        "[Mørk] afføring x2 – obs blødning",
        # gry, stig, rytter
        "da det begyndte at [gry] sov pt endelig",
        "[stig] op på trappetrinnet 10 gange",
        "[Stig] langsomt op og ned ad trappen med støtte",
        "gangdistance [steg] fra 50 m til 200 m",
        "[rytter]stilling ved fødsel afprøvet",
        "pt har været [rytter] som barn, rideskole",
        # dose, bonnie
        "[dose] reduced to 25 mg because of nausea",
        "[dosis] øget til 100 mg",
        "one [dose] given in ED",
        "[Dose]ringsæsken udleveret",
        # ro, sommer, birgit, elna
        "pt fik [ro] på sig efter PN",
        "behov for [ro] og skærmning",
        "pt kunne ikke finde [ro] i nat",
        "pt vil gerne [ro] i kajak når hun kommer hjem",
        "[Ro] på afsnittet efter kl 22",
        "i [sommer] var pt indlagt 3 uger",
        "[sommer]ferie: pt holder pause i behandlingen",
        "[Sommer]tid – medicintider rykkes en time",
        # bro, asta
        "ny [bro] 14-16, cementeret",
        "[bro]en i overkæben sidder løst",
        "pt cyklede over [broen] da hun faldt",
        "Lillebælts[broen]",
        # jo, kold
        "pt siger '[jo] jeg har taget den'",
        "det er [jo] en kendt bivirkning",
        "[Jo], det gør ondt her",
        "hænderne [kolde], kapillærrespons 3 sek",
        "[kold]sved, bleg, puls 120",
        "pt fryser, huden [kold] og klam",
        "[kold] pakning på knæet 20 min x 3",
        # vibe, høj
        "[høj] feber 39,8",
        "BT [højt] 160/100",
        "pt [høj], 178 cm",
        "pt taler [højt] og hurtigt",
        "pt føler sig [høj] efter hash",
        "good [vibe] på afsnittet i dag, pt med til fællesspisning",
        "[vibe]n på stuen er bedre efter samtalen",
        # hammer, rolf
        "refleksundersøgelse med [hammer]: patella +/+",
        "pt slog sig på tommelfingeren med en [hammer]",
        # ahmed - another person
        "medpatient [Ahmed Hassan] var også i fællesstuen",
        # greetings without staff
        "Hej! Det er [jo] mig igen 😊 hilsen [Nanna]",
        "[Sejr]s-stemning på holdet efter 6 uger",
    ],
)

# ----------------------------------------------------------------- 15. abbreviations, lab values
addall(
    "ow_abbrev",
    [
        "ankomst [kl] 14.02, triage [kl.] 14.10",
        "[KL] 03.00: pt vågen, smerter",
        "[Kl.] 8 morgenmedicin",
        "fastende fra [kl] 24",
        "pt set i [ED] kl 21, discharged",
        "henvist fra [ED] til ortopædkirurgisk afd.",
        "pt oplyser [ED] (erektil dysfunktion) hos kæresten – ikke relevant",
        "Quantiferon neg., ingen [TB]-mistanke",
        "[TB]-screening ved indsættelse: neg.",
        "rtg thorax: ingen tegn på [TB]",
        "[GA] 32+4, fosterlyd 140",
        "[GA] ved fødsel 39+2",
        "ved [GA] 20 misdannelsesscanning normal",
        "EKG: [SR] 78, normal akse",
        "[SR], ingen ST-forandringer",
        "rytme: [SR] → AFLI kl 03 → [SR]",
        "Amoxicillin 500 mg [BD] x 7 days",
        "Rx: metformin 500 mg [bd]",
        "pt [er] gravid i uge 20",
        "Det [er] aftalt at pt kommer igen",
        "[ER] visit yesterday, discharged",
        "henvist til [ER]",
        "[BS] 5,8 fastende",
        "[BS] 11,2 – 2 t efter OGTT",
        "[bs] målt x4 dgl. pga gestationel diabetes",
        "[AB] iv påbegyndt kl 22",
        "[AB]-behandling stoppet efter 5 dage",
        "pt i [AB]-kur for tandbyld",
        "penicillin [AB] – allergi? nej",
        "Blodtype 0 [Rh] neg., anti-D givet",
        "[RH]-negativ, anti-D profylakse uge 29",
        "[Rh]D neg. – mor [Rh] pos.",
        "[sm.] ve knæ, VAS 6",
        "[Sm] i maven, ingen blødning",
        "haha [jk] 😂 men tak for hjælpen",
        "ok tak [vh] [Nanna]",
        "[Vh] [Nanna Kold]",
        "[VH] = venstre hånd: fraktur af 5. metacarp",
        "Sertralin 50 mg 1 tbl. [kl] 8",
        "BT 118/72, puls 88, [BS] 6,1, temp 37,2",
        "ECG: [SR], HR 90; pt sent to [ER]",
    ],
)

# ----------------------------------------------------------------- 16. the citizen and family
addall(
    "ow_family",
    [
        "pt [Nanna Kold], 24 år, gravid uge 20",
        "[Kold, Nanna] – cpr 010100-xxxx",
        "pårørende: mor [Vibe Kold], tlf 2233 4455",
        "mor [Vibe] deltog i samtalen",
        "moderen ([Vibe]) er bekymret for [Nanna]",
        "lillebror [Tom] (16) bor hjemme hos mor",
        "[Tom Kold] (bror) hentede pt",
        "pt ringede til sin lillebror [Tom]",
        "kæresten [Stig Juhl] er barnefar",
        "kæresten [Stig] var med til scanning",
        "pt og [Stig] skal flytte sammen i maj",
        "farmor [Asta Kold] har tilbudt at passe barnet",
        "farmor [Asta] er syg, pt bekymret",
        "[Nanna] bor hos mor [Vibe Kold] og bror [Tom]",
        "familie: mor [Vibe Kold], bror [Tom Kold], farmor [Asta Kold], kæreste [Stig Juhl]",
        "[Nanna] siger at [Stig] har været sød under hele forløbet",
        "[Nanna Kold] og [Stig Juhl] – parsamtale",
        "Hej mor [Vibe], jeg bliver indlagt igen i nat. [Nanna]",
        "mor ([Vibe Kold]) ringede 3 gange i aftes",
        "[Kold]-familien kendt af kommunen siden 2012",
        "[Nanna] savner sin bror [Tom] og mor",
        "[Stig] (kæreste) ønsker ikke at deltage",
        "far til barnet: [Stig Juhl], 26 år",
        "[Tom], pt's lillebror, kom på besøg i fængslet",
        "egen læge [Henrik Bundgaard] orienteret",
        "kriminalforsorgen: [Ulrik Kristoffersen] deltager i netværksmøde",
        "veninden [Yasmin] må hente medicin",
        "ambulancepartner [Dennis Mortensen] kørte",
    ],
)

# ----------------------------------------------------------------- 17. non-hidden colleagues
addall(
    "ow_colleagues",
    [
        "læge [Rasmus Lys] har set pt kl 10",
        "vagthavende: [Rasmus Lys]",
        "[R. Lys], læge",
        "[Tom Iversen] (fængselsbetjent) fulgte pt til konsultation",
        "betjent [Tom I.] til stede",
        "jordemoder [Gry Thygesen] har overtaget",
        "[Thygesen] har vejet barnet",
        "ssa [Anja Ro] har været med til samtale",
        "[Anja] gav PN kl 21",
        "overlæge [Niels Sommer] har gennemgået medicinen",
        "[Niels] ordinerer quetiapin 25 mg",
        "[N. Sommer], overlæge",
        "tandplejer [Asta Villadsen] har givet fluorlak",
        "[Villadsen] har taget bitewings",
        "[Rasmus] og [Anja] var på vagt",
        ("<overlæge Sommer> har set pt", "colleague's title not told to the matcher"),
        ("<Lys> har ordineret morfin", "bare part shared by Kit Lys and Rasmus Lys"),
        ("<Ro> har givet PN", "bare part shared by Elna Ro and Anja Ro"),
        ("<Sommer> ringede fra afsnittet", "bare part shared"),
        ("<Gry> har målt SF-mål", "bare part shared with Gry Thygesen"),
        ("<Asta> har givet fluor", "bare part shared with Asta Villadsen and farmor"),
        ("<Tom> hentede pt i cellen", "bare part shared with Tom Iversen and bror"),
    ],
)

# ----------------------------------------------------------------- 18. genre texts without hidden staff
addall(
    "ow_genre",
    [
        "Triage: gul. BT 132/84, puls 96, RF 18, SAT 98%, temp 37,9. [GCS] 15. [kl] 14.05.",
        "ISBAR: S: gravid, faldet på cykel. B: uge 20, ingen kendt sygdom. A: stabil. R: obs.",
        "Ankomst akutmodtagelsen [kl] 21.07 med ambulance fra Kolding.",
        "CTG normalt, fosterbevægelser +, [GA] 33+1, [Rh] pos.",
        "Fysioterapi: ROM knæ 0-120, gang uden hjælpemidler, [stig] op på kassen 3x10.",
        "Udleveret: Sertralin 50 mg, 1 tbl. dgl., 30 stk. Ekspedition 14:02.",
        "Psyk. P3 dagrapport: [ro] på afsnittet, pt i fællesstue, [BS] 6,0.",
        "Skolesundhed 8. [kl.]: højde 164 cm, vægt 49 kg, BMI 18,2.",
        "Tandstatus: caries 36, 46 rodbeh., [bro] 14-16, tandsten UK.",
        "Fængsel: [TB]-screening neg., urinprøve for stoffer neg., ryger 10 cig/dag.",
        "1813: pt ringer [kl] 21.55, gravid uge 20, smerter i knæ, ikke blødning. Henvist til AMK.",
        "Besked: Hej, jeg har det bedre nu. Tak for hjælpen! [Nanna]",
        "[Sommer]huset i Blåvand – pt på ferie uge 28-29, pauser træning",
        "Henvist til [MR]-scanning af knæ",
        "Plan: [kold] pakning, aflastning, [ro] til knæet i 2 dage.",
        "Obs [mørk] urin, væskeskema startes.",
        "[Høj]re knæ hævet, [høj]residig smerte",
        "[Tom]t for Folsyre – restordre, ca. 3 dage",
        "Pt vil gerne have [lys]et slukket og døren lukket.",
        "Hun siger: 'jeg har [jo] sagt at jeg ikke vil have medicin'",
    ],
)


# ============================================================================= MIXED
addall(
    "mx_words",
    [
        "{Kit} har tjekket pupiller: [lys]reaktion normal. [kl] 14.20 /{KL}",
        "[kl] 03 tilså {Even Due} pt: obs commotio, [ED]-obs til [kl] 09",
        "{Due} ser pt igen [kl] 8 – pt [due] for review",
        "{Even}: [even] with a normal CT we keep her overnight",
        "{Kit Lys} har givet [kit] til graviditetstest, positiv",
        "{Rolf Hammer}: refleksundersøgelse med [hammer] normal",
        "{Hammer} anlagde PVK – [kold] og bleg ved ankomst",
        "{Bang} siger: blæren er [tom] nu",
        "{Tom Bang} har screenet for [TB] – neg. /{TB}",
        "[TB]-prøve taget af {TB}",
        "pt hørte et [bang] i cellen og kaldte på {Bang}",
        "{Mørk} bemærker [mørk] urin og ordinerer væske",
        "{Sejr} kaldte det en [sejr] at pt har taget sin medicin 14 dage i træk",
        "{Gry Ahmed}: [GA] 32+4, [Rh] neg.",
        "{GA}: [GA] 36+0, hovedstilling",
        "{Ahmed} kommer [kl] 10, inden det begynder at [gry]",
        "{Rytter}: [stig] op på trappen 10x, balance bedre",
        "EKG [SR]. fys. /{SR}",
        "{Bonnie Dose}: [dose] halveret, [dosis] 25 mg",
        "{Dose}: amoxicillin 500 mg [BD] (x 2) – sign. {BD}",
        "pt [er] urolig, {Elna} giver PN. /{ER}",
        "{ER}: pt [er] rolig, [ro] på stuen efter kl 22",
        "{Elna Ro} har talt med pt om at få [ro] på",
        "{Birgit Sommer}: [BS] 7,2 – pt holdt [sommer]ferie hjemme",
        "[BS] 5,4 /{BS}",
        "{Asta Bro}: ny [bro] 14-16 cementeret",
        "{Bro} har givet [AB] pga tandbyld. /{AB}",
        "{Jo Kold}: pt siger '[jo], jeg har ondt' – henvist",
        "{Jo}: er du [kold] om fødderne? pt: [jo]",
        "{Vibe Høj} har målt [høj]de: 158 cm",
        "{Kit}: pt [lyst] til at gå hjem, [kl] 16 udskrevet",
        "{Sejr Mørk} ordinerer [AB]; [TB]-test neg.; /{SM}",
        "[ER] in English means emergency room – pt seen there by {Even Due}",
        "Tak {Rolf}! det var et ordentligt [bang] da jeg faldt haha",
        "pt har [lys]t til at ringe til {Jo} igen",
        "{Kold} fra 1813 er ikke i familie med pt",
        "{Birgit} ringede [kl] 21 – pt [er] [kold] og bleg, [BS] 3,1",
        "i [sommer] var ssa {Sommer} på ferie, så pt havde vikar",
        "{Due} og {Kit}«s» vurdering: ikke fraktur",
    ],
)

addall(
    "mx_people",
    [
        "{Stig Rytter} har ringet til kæresten [Stig]",
        "{Rytter} og kæresten [Stig Juhl] har aftalt cykeltræning",
        "{Birgit} og ssa [Anja Ro] var i fællesstuen, [ro] på afsnittet",
        "{Elna} og overlæge [Niels Sommer] gennemgik medicinen",
        "{Bro} og farmor [Asta] talte om tandlægeskræk",
        "tandplejer [Asta Villadsen] og «tandlæge» {Bro}: fluor + kontrol",
        "{Jo} fra 1813 talte med pt [Nanna Kold] og mor [Vibe Kold]",
        "{Høj}: [Nanna] er [høj] for alderen, mor [Vibe] tilfreds",
        "{Vibe Høj} og mor [Vibe Kold] holdt møde om fravær",
        "«sundhedsplejerske» {Vibe} ringede til mor [Vibe]",
        "{Tom Bang} og fængselsbetjent [Tom Iversen] fulgte pt",
        "lillebror [Tom] besøgte pt – {Bang} var til stede",
        "{Gry Ahmed} og [Gry Thygesen] delte vagten",
        "læge [Rasmus Lys] og spl. {Kit Lys} modtog pt",
        "Hej {Elna} 😊 tak for [ro]en i går. vh [Nanna]",
        "Hej {Høj}, jeg har det [jo] fint nu. [vh] [Nanna]",
        "mor [Vibe Kold] takker {Vibe Høj} for hjælpen",
        "[Nanna Kold] har klaget over {Jo Kold} – ingen familierelation",
        "farmor [Asta Kold] og «tandlæge» {Asta Bro} har talt sammen",
        "kæresten [Stig] og «fys.» {Stig Rytter} mødtes til træningen",
        "[Tom]t for sertralin – {Bonnie} har bestilt",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
