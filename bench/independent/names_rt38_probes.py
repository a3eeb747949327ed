"""Red-team probes for indsigt name hiding (rt38): forensic-psychiatry (retspsykiatri) ward notes
and risk assessments, incident reports (utilsigtede haendelser), the citizen's complaints and the
region's answer letters, threats and violence registrations, security-guard logs,
interpreter-assisted consultations, addiction-treatment notes, crisis-centre notes, night-shift
handovers, text messages between ward and municipality and e-Boks letters - and the over-hiding
traps (words, clinical abbreviations, lab values, drugs, places, streets, the citizen's family,
non-hidden colleagues) of the same genres.

Markup inside each probe text:
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (a title or role word next to a hidden name, a genitive -s, the domain of a
         hidden person's e-mail address, a direct phone line)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked).
Literal square/curly brackets, < and « cannot appear in a probe (they are markup).

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; no name part is a roster name of rt30-rt35). Most hidden people have a name part
that is a Danish or English word, and most initials are a word or an abbreviation:
  Tom Vind (TV = tv; tom = empty, vind = wind / win), Ben Hjelm (BH = bra; ben = leg, hjelm =
  helmet), Sejr Moerk (written with oe = the Danish o-slash letter in the code; SM = sclerosis
  multiplex; sejr = victory, moerk = dark), Alf Trane (AT = "at" / Arbejdstilsynet; alf = elf,
  trane = crane), Otto Gram (OG = "og"; gram = the unit, Gram = a town), Vibe Kold (VK; vibe =
  lapwing / English vibe, kold = cold, "kold tyrker"), Frank Busk (FB = Facebook; frank =
  candid, busk = bush), Rose Kilde (RK = Roede Kors; rose = to praise / a rose, kilde =
  source / spring), Sue Ward (SW; English sue, ward), Can Demir (CD = cd; English can,
  cannabis), Gry Hammer (GH; gry = dawn, hammer = hammer), Else Borg (EB; English else, borg =
  castle, next to borger = citizen).
Non-hidden colleagues share parts: Anders Moerk (psykolog), Camilla Gram (ssa), Can Oeztuerk
(overlaege), Else Dyhr (laegesekretaer), Rasmus Busk (misbrugskonsulent), Janne Vind
(sygeplejerske, somatik).
The citizen Dennis Hammer (31, forensic patient, sentenced to treatment, paranoid
schizophrenia, amphetamine/cannabis) shares "Hammer" with hidden Gry Hammer; his mother Leila
Hammer (Arabic-speaking, interpreter) and his brother Frank Hammer ("Frank" = Frank Busk), his
daughter Rose Hammer (6; "Rose" = Rose Kilde) and his ex-partner Vibe Jessen (Rose's mother;
"Vibe" = Vibe Kold). Unlisted people (must simply stay): Niels Broendum (advokat), Lotte Quist
(egen laege), Yousef Nasser (tolk), Vibeke Nystrup, Tommy, Benny, Alfred, Grethe Kildegaard.

My own standard for the markup (written before any run):
  * a name part owned only by hidden staff, used as a name (subject, object, after a
    preposition, v/, sign., in a list, a table, a signature, a handover, a threat in reported
    speech "han vil finde X", a vocative "hej X"), must be gone - in any case (lower-case bare
    word, capitalised, upper case), bare, family-first, abbreviated ("S. Moerk", "Trane A.");
  * registered initials in a staff position (sign., v/, ans., ref., /XX, after a time, in a
    list of staff, in a log line) must be gone; upper-case initials elsewhere that are a word
    or an abbreviation must stay; lower-case initials in a staff position are debatable;
  * usernames and the local part of an e-mail address must be gone; the domain is don't-care;
  * a transliteration (oe/o for the o-slash, ae for ae-ligature) or an upper-case spelling must
    be gone; another typo (dropped, doubled, swapped, changed letter) of a part of 5+ letters
    with another name part of the same person next to it must be gone; a typo of a part of 4
    letters or fewer is debatable;
  * a bare part shared with a non-hidden colleague is debatable, unless the text settles it:
    the hidden person's other part, initials or registered title ("overlaege Moerk",
    "socialraadgiver Busk", "vagt Gram") -> gone; the colleague's other part or initial
    ("A. Moerk", "Camilla Gram") -> stays; the colleague's unregistered title -> debatable;
    the same text naming the hidden person by another own part (or in
    full) and no one else with that part -> gone;
  * a bare part shared with the citizen or a relative is debatable unless the text settles
    it: a family role word or age ("bror Frank", "datteren Rose (6)") -> stays; a staff role
    or staff action ("udleveret af Vibe", "kriseterapeut Rose") -> gone;
  * words, clinical abbreviations, lab values, units, drug names, months, places, streets and
    firms must stay, also when they are spelt exactly like a hidden name part or initials,
    also capitalised at the start of a sentence or in an all-caps line, and also in a text
    that names the hidden person; longer words and names that contain a hidden part
    (Vibeden, benzo, cannabis, Tommy, Vordingborg, borger) must stay.

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or
changelog (rt38, 07.12, stop 33), as a held-out measure: the code before that stop (460bc7e) 75
leaks / 21 over-hides; with the rules of the stop up to 6ecbeaa, written before the set was
seen, 59 / 17. The stop's later rules were then fitted to it.
Harness (parse, scoring, printing, -v): probe_harness.py.

Run:  .venv/bin/python bench/independent/names_rt38_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # tom = empty (tom for medicin, stuen er tom); vind = wind, vinde = win; TV = tv
    Person(
        "s1",
        "Tom",
        "Vind",
        initials=("TV",),
        usernames=("tovi",),
        emails=("tom.vind@rm.dk",),
        titles=("plejer",),
    ),
    # ben = leg (venstre ben); hjelm = helmet (styrthjelm); BH = bra
    Person("s2", "Ben", "Hjelm", initials=("BH",), usernames=("behj",), titles=("sygeplejerske",)),
    # sejr = victory; moerk = dark (moerk urin, moerket); SM = sclerosis multiplex
    Person(
        "s3",
        "Sejr",
        "Mørk",
        initials=("SM",),
        usernames=("semo",),
        emails=("sejr.moerk@rm.dk",),
        titles=("overlæge",),
    ),
    # alf = elf; trane = crane (tranebaer); AT = at / Arbejdstilsynet
    Person("s4", "Alf", "Trane", initials=("AT",), usernames=("altr",), titles=("ssa",)),
    # gram = the unit, Gram = a town in Soenderjylland; OG = og
    Person("s5", "Otto", "Gram", initials=("OG",), usernames=("otgr",), titles=("vagt",)),
    # vibe = lapwing / vibe; kold = cold (kold tyrker); Vibe = the citizen's ex-partner
    Person(
        "s6",
        "Vibe",
        "Kold",
        initials=("VK",),
        emails=("vibe.kold@aarhus.dk",),
        titles=("misbrugsbehandler",),
    ),
    # frank = candid; busk = bush; FB = Facebook; Frank = the citizen's brother
    Person(
        "s7",
        "Frank",
        "Busk",
        initials=("FB",),
        emails=("frank.busk@aarhus.dk",),
        titles=("socialrådgiver",),
    ),
    # rose = to praise / a rose; kilde = source, spring; RK = Roede Kors; Rose = the daughter
    Person(
        "s8",
        "Rose",
        "Kilde",
        initials=("RK",),
        emails=("rose.kilde@rm.dk",),
        titles=("psykolog",),
    ),
    # English: sue, ward (the ward)
    Person("s9", "Sue", "Ward", initials=("SW",), usernames=("suwa",), titles=("sygeplejerske",)),
    # English can, cannabis; CD = cd
    Person("s10", "Can", "Demir", initials=("CD",), usernames=("cade",), titles=("reservelæge",)),
    # gry = dawn (det gryr); hammer = hammer; Hammer = the citizen's family
    Person("s11", "Gry", "Hammer", initials=("GH",), usernames=("gyha",), titles=("ssh",)),
    # English else; borg = castle, borger = citizen, -borg in place names
    Person(
        "s12",
        "Else",
        "Borg",
        initials=("EB",),
        emails=("else.borg@rm.dk",),
        titles=("fuldmægtig",),
    ),
]
OTHERS = [
    ("Anders", "Mørk"),  # psykolog - shares family with hidden Sejr Moerk
    ("Camilla", "Gram"),  # ssa - shares family with hidden Otto Gram
    ("Can", "Öztürk"),  # overlaege - shares given with hidden Can Demir
    ("Else", "Dyhr"),  # laegesekretaer - shares given with hidden Else Borg
    ("Rasmus", "Busk"),  # misbrugskonsulent - shares family with hidden Frank Busk
    ("Janne", "Vind"),  # sygeplejerske, somatik - shares family with hidden Tom Vind
]
CITIZEN = [("Dennis", "Hammer")]  # shares family with hidden Gry Hammer
RELATIVES = [
    ("Leila", "Hammer"),  # mor, arabisktalende
    ("Frank", "Hammer"),  # bror - shares given with hidden Frank Busk
    ("Rose", "Hammer"),  # datter, 6 aar - shares given with hidden Rose Kilde
    ("Vibe", "Jessen"),  # ex-kaereste, Roses mor - shares given with hidden Vibe Kold
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ------------------------------------------------------------- 1. forensic ward notes (R3)
addall(
    "lk_forensic",
    [
        "Afsnit R3, dagvagt: {Tom Vind} har haft kontaktsamtale med Dennis kl 10. Roligt forløb.",
        "kontaktperson i dag: {tom}. pt i god kontakt, spiser på stuen.",
        "{tom} og {ben} har fulgt pt i gårdtur 14-14.30, ingen bemærkninger.",
        "pt afviser medicin. {ben} forsøger igen kl 20.",
        "«Overlæge» {Sejr Mørk} har ved stuegang vurderet, at tvangsindlæggelsen fortsætter.",
        "stuegang v/ {sejr}: ingen ændringer i medicin, fortsat 1:1 om natten.",
        "ssa {alf} har givet PN kl 15.40 (Truxal 25 mg) efter aftale med vagthavende.",
        "{Trane} har talt med pt om udgang – ledsaget udgang 1 time godkendt.",
        "ledsaget udgang m/ {alf trane} og {otto} 13-14. retur til tiden, ingen bemærkn.",
        "pt bad om at tale med {gry} igen i morgen.",
        "Dennis spørger hele tiden efter {Hjelm}. Forklaret at {Hjelm} har fri til mandag.",
        "{hjelm} har målt BT og puls kl 8: 132/84, p 88.",
        "{Demir} har ordineret blodprøver: hæmatologi, levertal, lipider.",
        "«læge» {can demir} har tilset pt pga. hovedpine, ingen fund.",
        "Tilsyn v/ «reservelæge» {Demir} kl 22.10.",
        "pt ønsker ikke at {ben hjelm} deltager i næste behandlingsmøde.",
        "Behandlingsplanen er gennemgået med pt af {Sejr Mørk} og {Tom Vind}.",
        "Til stede: Dennis, {ben} (spl), {sejr} («ol»), advokat Niels Brøndum.",
        "tvangsmedicinering kl 11.05 – ansvarlig: {Mørk S.}. fastholdt af {tom}, {alf}, {otto}.",
        "kl 15: pt skærmet på stuen, {gry} sidder ved døren.",
        "Notat skrevet af {ben} på vegne af {sejr}.",
        "pt fortæller {Tom} om stemmer der siger, at han bliver overvåget.",
        "{Alf Trane}, ssa, har ansvaret for pt i aftenvagten.",
        "spurgt {otto} om at gå med på gårdtur",
        "pt har spist aftensmad med {alf} og to medpatienter i dagligstuen.",
        "{sejr} ønsker p-clozapin taget mandag før medicin.",
        "afd. møde: {tom} fremlagde Dennis' forløb, {sejr} supplerede.",
        "pt vil kun tale med {Ben}, ikke med os andre.",
        "Hvorfor er {hjelm} ikke informeret om udgangsforbuddet?",
        "husk at give {trane} besked om pt's tandlægetid tors. 9.30",
        "{Sue} har lavet aftale med fysioterapeut til pt.",
        "Ansvarlig sygeplejerske: {Ben Hjelm}",
    ],
)

# ------------------------------------------------------------- 2. risk assessments
addall(
    "lk_risk",
    [
        "Risikovurdering (HCR-20) udført af {Sejr Mørk} og «psykolog» {Rose Kilde} 12.03.",
        "BVC kl 7 / 15 / 23: 0 / 1 / 2 – scoret af {ben} / {tom} / {gry}.",
        "Vurdering: moderat risiko for vold mod personale, særligt mod {Tom Vind}, som pt har "
        "udpeget som 'fjende'.",
        "pt har inddraget {kilde} i sine forfølgelsesforestillinger – må ikke være alene med pt.",
        "{rose kilde} vurderer selvmordsrisikoen som lav, voldsrisikoen som moderat.",
        "PCL-R ikke gennemført – afventer {kilde}.",
        "Psykologisk undersøgelse v/ «cand.psych.» {Rose Kilde}: se bilag 3.",
        "Risikoniveau drøftet på konference ({sejr}, {kilde}, {ben}). Enighed om skærmning 1:1.",
        "Fremadrettet: ingen alene-kontakt mellem pt og {tom}.",
        "{Kilde}«s» konklusion: pt har ringe sygdomsindsigt.",
        "Opdateret risikoplan sendt til {Frank Busk} (kommunen) og {Vibe Kold} (rusmiddelcenter).",
        "{SM}/{RK} 14.03: samlet risiko moderat–høj.",
        "risiko ved udgang: lav. vurderet af {alf} og {gry} i fællesskab.",
    ],
)

# ------------------------------------------------------------- 3. incident reports (UTH)
addall(
    "lk_incident",
    [
        "UTH nr. 2024-1187. Forkert dosis PN givet. Rapporteret af: {Alf Trane}, ssa.",
        "Indberetter: {gry hammer}. Hændelsessted: afsnit R3, medicinrum.",
        "Beskrivelse: {ben} opdagede at dosisæsken var fyldt forkert og kontaktede "
        "vagthavende «læge» {demir}.",
        "Involverede: {Tom Vind} («plejer»), {Otto Gram} («vagt»).",
        "Handling: {sejr} har gennemgået hændelsen med personalegruppen.",
        "utilsigtet hændelse – fald i badet. fundet af {sue}. ingen skade.",
        "opfølgning v/ {alf} – ring til apoteket om batchnr.",
        "Sagsbehandler på UTH: {Else Borg}, Patientsikkerhed.",
        "hvem gav medicinen? {trane} siger det var nattevagten.",
        "Årsag (analyse v/ {Borg}): to patienter med samme efternavn på afsnittet.",
        "Læring: {Ben Hjelm} og {Alf Trane} laver ny tjekliste for dosering.",
        "UTH lukket 30.04 af «fuldmægtig» {else}.",
    ],
)

# ------------------------------------------------------------- 4. complaints and answer letters
addall(
    "lk_complaint",
    [
        "Klage over R3. Jeg vil klage over {Tom Vind}, som råbte af mig den 3. marts.",
        "jeg vil klage over den nattevagt der hedder {gry}, hun låste min dør uden grund",
        "{ben hjelm} har løjet i min journal og det vil jeg have rettet",
        "det var {otto} der holdt mig nede, ham vagten med skægget",
        "Kære Dennis Hammer\n\nRegion Midtjylland har modtaget din klage af 5. marts over "
        "{Sejr Mørk}«s» behandling.",
        "Din klage er behandlet af {Else Borg}, «fuldmægtig», Patientkontoret.",
        "Med venlig hilsen\n{Else Borg}\n«Fuldmægtig»\nKoncern Kvalitet",
        "Vi har forelagt klagen for «overlæge» {Mørk}, som har udtalt følgende:",
        "Vi har forelagt klagen for «overlæge» {Sejr Mørk}. {Mørk} oplyser, at "
        "tvangsmedicineringen skete efter psykiatrilovens regler.",
        "Spørgsmål til svaret kan rettes til {Else Borg} på tlf. «7841 2290». {Else} træffes "
        "man–tors.",
        "jeg forstår ikke hvorfor {trane} skrev at jeg var truende",
        "jeg har aldrig truet {alf}, det er løgn",
        "Du skriver, at {Ben Hjelm} ikke lyttede til dig. {Hjelm} har i sin udtalelse "
        "beklaget episoden.",
        "Jeg vil ikke have at {DEMIR} skal være min læge mere",
        "hvorfor må {sue} bestemme over mig??",
        "Kopi af svaret er sendt til {Sejr Mørk} og afdelingsledelsen.",
        "jeg klager også over {tom} fordi han tog min telefon",
    ],
)

# ------------------------------------------------------------- 5. threats and violence
addall(
    "lk_violence",
    [
        "Voldsregistrering: pt slog ud efter {Tom Vind} med knytnæve, ramte venstre skulder.",
        "Skadelidte: {tom vind}, «plejer». Vidne: {alf trane}.",
        "pt siger han vil finde {tom} når han kommer ud",
        "han siger han vil finde {ben} og 'gøre det færdigt'",
        "pt råber: 'jeg ved hvor {hjelm} bor'",
        "trussel mod {sejr}: 'du skal dø, {Mørk}'",
        "pt truede {gry} med en kop kaffe og kastede den mod væggen.",
        "pt spyttede efter {otto} under fastholdelsen.",
        "politianmeldelse drøftet med {sejr mørk}. {Tom} ønsker at anmelde.",
        "Arbejdsskade anmeldt for {ben} (bid i højre underarm).",
        "pt: 'sig til {alf} at han er en død mand'",
        "pt har skrevet {TOM VIND} på væggen med tusch.",
        "Trusler i dag rettet mod: {Trane}, {Hjelm}, <Gram>.",
        "han vil 'tage' {demir} – sagt to gange ved aftensmaden",
        "pt truer med at finde {rose kilde}«s» adresse på nettet",
        "pt spørger personalet hvor {vibe kold} bor",
        "{Gry} slået i ansigtet kl 21.15, tilset af vagthavende, ingen brud.",
        "pt: jeg skal nok få fat i {ward}, bare vent",
    ],
)

# ------------------------------------------------------------- 6. security / guard logs
addall(
    "lk_guardlog",
    [
        "Vagtlog 02.03\n22.00 {OG} overtager fra dagvagt\n22.15 runde, alt roligt",
        "23.40 alarm R3 – {otto} og {tom} til stede, pt fastholdt 4 min.",
        "01.10 <Gram> patruljerer P-plads, lys tændt i kælder.",
        "vagt: {otto gram}, afløser: vikar fra Securitas.",
        "kl 04 «vagt» {Gram} har kontrolleret yderdør B – låst.",
        "Sikkerhed: {Otto} har visiteret pt efter besøg – intet fundet.",
        "Visitation af stue 4 foretaget af {otto} og {tom}. Fundet: lighter, 2 tændstikker.",
        "05.45 {og}: nøgler afleveret",
        "runde 02.00 {OG} / 03.00 {OG} / 04.00 {OG}",
        "{otgr} logget ind på adgangskontrol 21:58",
        "Alarmkald fra R3 besvaret af {Otto Gram} og {Alf Trane} kl 16.20.",
        "vagtskifte: <gram> → dagvagten, ingen hændelser i nat",
    ],
)

# ------------------------------------------------------------- 7. interpreter-assisted
addall(
    "lk_interp",
    [
        "Samtale med mor [Leila Hammer] via tolk (arabisk). Til stede: {Rose Kilde}, {ben}.",
        "tolk bestilt af {alf} til mandag kl 10 (arabisk, fremmøde).",
        "Tolken oversætter: mor spørger om {sejr} er den læge der bestemmer.",
        "Consultation in English by {Sue Ward}. Patient prefers English for sensitive topics.",
        "{sue} explained the treatment plan; patient agreed to take the tablets.",
        "Notes by {ward}: patient calm, slept well.",
        "videotolk, {demir} gennemgik medicinen med mor.",
        "Dr. {Demir} asked the interpreter to repeat the question.",
        "Mor takker {Ben} for hjælpen (oversat af tolk).",
        "{Sue Ward}, «RN» – handover in English to agency nurse: no PN given today.",
        "tolk udeblev. {kilde} ringer til tolkebureauet.",
        "mor vil gerne tale med {hjelm} igen næste uge, med samme tolk",
    ],
)

# ------------------------------------------------------------- 8. addiction treatment
addall(
    "lk_addiction",
    [
        "Misbrugsbehandling: samtale med {Vibe Kold}, «misbrugsbehandler», Rusmiddelcenter Aarhus.",
        "{kold} har aftalt urinprøver 2 x ugentligt.",
        "motiverende samtale v/ {vibe kold}. pt vil trappe ned på hash.",
        "{Kold}: pt udeblev fra aftalen, sms sendt.",
        "Metadon udleveret af {vibe} kl 9.",
        "behandlingsplan underskrevet af pt og {kold}",
        "UA 12/3 (taget af {Kold}): positiv for THC, negativ for amfetamin.",
        "pt siger {vibe} er den eneste han stoler på i rusmiddelcentret",
        "ans. behandler: {VK}",
        "næste samtale: tirsdag 10.00 hos {Kold}, Rusmiddelcenter, 2. sal",
        "Udskrevet fra dagbehandling. Afsluttet af {Vibe Kold} i samråd med {Frank Busk}.",
    ],
)

# ------------------------------------------------------------- 9. crisis centre
addall(
    "lk_crisis",
    [
        "Krisecenter: samtale med {Rose Kilde} om anmeldelsen fra [Vibe Jessen].",
        "Kriseintervention v/ {kilde} 2 x 45 min.",
        "{Kilde} vurderer at pt ikke er akut selvmordstruet.",
        "«kriseterapeut» {rose} har ringet til pt kl 16, ingen svar",
        "aftalt at {rose kilde} følger op i morgen kl 9",
        "Krisepsykolog: {Kilde R.}",
        "samtalen afbrudt – {kilde} kaldt til akut sag",
    ],
)

# ------------------------------------------------------------- 10. night-shift handovers
addall(
    "lk_night",
    [
        "Nattevagt 23-07: {gry} og {tom}. pt sov fra kl 01.",
        "overlevering nat → dag: {gry hammer} → {alf}: pt vågen 3-4, fik PN.",
        "natten: {GH} tilsyn hver time (se skema).",
        "kl 03.20 {gh} – pt på toilet, tilbage i seng.",
        "nat: pt bankede på døren, {gry} talte ham ned.",
        "rapport til {trane} kl 7: stille nat",
        "{Gry H.} har lagt besked til {Sejr} om søvnmedicin.",
        "aftenvagt: {ben}, {alf} / nattevagt: {gry}, vikar",
        "overlevering fra {ben} til nat: pt urolig efter telefonsamtale med ex-kæreste",
        "kl 05 {Hammer G.}: pt stadig vågen, tilbudt te",
        "nat 14/3 {gyha}: ingen hændelser",
    ],
)

# ------------------------------------------------------------- 11. sms ward <-> municipality
addall(
    "lk_sms",
    [
        "sms fra R3 til kommunen: hej {frank}, dennis udskrives fredag, kan du komme til møde? "
        "mvh {ben}",
        "sms: hej {ben} – {frank} her, jeg kan kl 13. /{FB}",
        "SMS til «socialrådgiver» {Frank Busk}: mødet er flyttet til kl 14.",
        "sms fra «socialrådgiver» {busk}: bolig på plads fra 1/4",
        "sms til {frank busk} 09.12: pt ønsker ikke bostøtte",
        "Hej {Tom}. Har I fået papirerne fra os? Hilsen {Frank}, Socialforvaltningen",
        "{frank} skriver at botilbuddet har en plads, vil {sejr} tage stilling?",
        "Sendt sms til <frank>: ring til {tom} på afsnittet",
        "sms fra {FB} kl 16.40: jeg kommer ikke i dag",
    ],
)

# ------------------------------------------------------------- 12. e-Boks letters
addall(
    "lk_eboks",
    [
        "e-Boks: Indkaldelse til behandlingsmøde. Kontaktperson: {Tom Vind}, «plejer», "
        "tlf. «7846 1122».",
        "Brev sendt via e-Boks af {else borg} 14.03.",
        "Din sag behandles af {Else Borg}. Skriv til {else.borg}«@rm.dk».",
        "Kære Dennis\nDu er indkaldt til samtale hos «psykolog» {Rose Kilde} tirsdag kl 13.\n"
        "Venlig hilsen\n{Rose Kilde}",
        "Afsender: {Sejr Mørk}, «overlæge», Retspsykiatrisk Afdeling",
        "Brevet er underskrevet af {Frank Busk}, Socialforvaltningen.",
        "Med venlig hilsen / {Vibe Kold} / Rusmiddelcenter Aarhus",
        "Henvendelse vedr. brevet: {sejr.moerk}«@rm.dk»",
        "Kontakt {frank.busk}«@aarhus.dk» hvis du ikke kan komme.",
    ],
)

# ------------------------------------------------------------- 13. initials, usernames
addall(
    "lk_initials",
    [
        "sign. {TV}",
        "kl 14.20 {BH}: pt i bad, hjulpet med hårvask.",
        "PN givet 15.40 – {AT}",
        "kl 02.15 {OG} runde: alt roligt",
        "Ref.: {SM}",
        "ans.: {VK}",
        "mødet aftalt /{FB}",
        "{RK} 12/3: samtale 45 min.",
        "{SW} 08:10 obs respiration",
        "{CD} ord. Zyprexa 10 mg x 1",
        "{EB} – sagsbehandler",
        "{GH} 03.00 tilsyn",
        "sign. <tv>",
        "kl 9.15 <bh> – morgenmedicin givet",
        "dok. af {tovi} 14:32",
        "oprettet af {semo}, ændret af {behj}",
        "login: {altr}",
        "{suwa} 22:10",
        "bruger {cade} har ordineret",
        "Vagtplan uge 11: {TV} {BH} {AT} / nat: {GH}",
        "Medicin givet: 8.00 {AT}, 12.00 {AT}, 17.00 {BH}, 22.00 {GH}",
        "{TV}/{BH}: pt fastholdt kl 11.40",
        "kontaktpersoner: {TV} (primær), {AT} (sekundær)",
        "udført: {SW} · kontrolleret: {BH}",
    ],
)

# ------------------------------------------------------------- 14. typos, translit., caps
addall(
    "lk_typo",
    [
        "«Overlæge» {Sejr Mork} har ordineret blodprøver.",
        "samtale m. {sejr moerk} kl 11",
        "{SEJR MØRK}, OVERLÆGE",
        "«sygeplejerske» {Ben Hjelmm} har målt BT.",
        "{Rose Kidle} har lavet ny risikovurdering.",
        "{Gry Hamer} nattevagt",
        "{Franck Busk} (kommunen) deltog",
        "{Can Dmir} tilså pt.",
        "{Alf Tranne}, ssa",
        "{Tom} <Wind> og {Alf} har skærmet pt.",
        "<Benn> {Hjelm} har ringet til mor.",
        "«fuldmægtig» {Else} <Borgh> fra patientkontoret",
        "{Vibe} <Kolt> (misbrugsbehandler)",
        "{Otto} <Grahm> – vagt",
        "<Sejer Mørk> har talt med pt.",
        "{Ro-\nse Kilde} har samtaler med pt hver tirsdag.",
        "{Kil-\nde} har talt med pt om natten.",
        "{TOM} har vagt i weekenden",
        "{Hjelm B.}",
        "{Trane A.} (ssa)",
    ],
)


# ------------------------------------------------------------- 14b. fast lower-case notes
addall(
    "lk_quick",
    [
        "spørg {hjelm} om pt må ryge i gården",
        "ring til {kilde} inden kl 12!!",
        "pt vil ikke spise, {trane} prøver igen",
        "giv {demir} besked om BT",
        "har {sue} bestilt tolk?",
        "pt skældte ud på {otto} og gik ind på stuen",
        "aftalt med {sejr}: ingen udgang i weekenden",
        "{alf} og pt har ryddet stuen op",
        "pt sidder og venter på {tom}",
        "ok fra {sejr} til ledsaget udgang",
        "husk: {gry} har nøglen til skabet",
        "pt kalder {ben} for 'spionen'",
        "{trane} syg i dag, {hjelm} tager hans pt",
        "pt har givet {otto} et knus (!)",
        "ved ikke om {kold} har fået svar på UA",
        "pt sagde til {ward} at han ville hjem",
        "mail til {borg} om aktindsigt sendt",
        "{demir} + {sejr} stuegang 9.30",
        "pt vil have at {tom} er med til retsmødet",
        "tlf til {kold} 11.20 – ingen svar, prøver igen",
        "snak med {hjelm} om nattens episode før du går",
        "pt spurgte efter {gry} – hun har fri",
        "tak til {alf} for hjælpen i aften",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ------------------------------------------------------------- 15. the name parts as words
addall(
    "ow_words",
    [
        "Afdelingen er [tom] for Truxal – bestilt på apoteket.",
        "Stuen var [tom], pt fundet i gården.",
        "[Tom] mave ved blodprøvetagning kl 8.",
        "pt siger han føler sig [tom] indeni.",
        "pt har ondt i venstre [ben] efter faldet i går.",
        "[Ben] og arme uden mærker ved visitation.",
        "pt halter på højre [ben], røntgen bestilt.",
        "pt skal bære [hjelm] ved gårdtur pga. gentagne hovedstød.",
        "[Hjelm] påsat kl 14, pt accepterede.",
        "pt har fået ny [cykelhjelm] af sin bror.",
        "pt oplever det som en [sejr] at han har sovet hele natten.",
        "[Sejr]! pt har været røgfri i 3 døgn.",
        "det er [mørkt] på stuen, pt vil ikke have lyset tændt",
        "[Mørk] urin – opfordret til at drikke mere.",
        "pt er bange for [mørket] og sover med lys.",
        "pt taler om en [alf] der bor i ventilationen.",
        "pt har tegnet en [trane] og en ræv til sin datter.",
        "pt drikker [tranebær]saft for blærebetændelse.",
        "[Ottende] døgn uden fiksering.",
        "Fundet 5 [gram] hash i jakkelommen.",
        "Vægt 84,2 kg (+600 [gram] siden sidst).",
        "pt vil stoppe [kold] tyrker, frarådet.",
        "[Kold] og klam ved tilsyn kl 02, BT 100/60.",
        "pt: 'der er en dårlig [vibe] på afsnittet i dag'",
        "pt var meget [frank] om sit forbrug.",
        "pt gemte sig i en [busk] ved P-pladsen.",
        "[Busken] ved indgangen er klippet ned af sikkerhedshensyn.",
        "Vi vil gerne [rose] pt for hans indsats i dag.",
        "[Kilde]: journal fra Retspsykiatrien Risskov, udskrift af 2.2.",
        "pt drikker kun [kildevand] fra flaske.",
        "det [gryr] kl 5.30, pt vågnede ved [gry].",
        "pt truede med en [hammer] på værkstedet.",
        "[Hammeren] er låst inde i værkstedsskabet.",
        "[Borger] ønsker ikke besøg i dag.",
        "[Borgerservice] har sendt nyt sygesikringskort.",
        "pt har bygget en [borg] af legoklodser med datteren.",
        "Udsigt fra stuen: [vind] og regn, gårdtur aflyst.",
        "pt vil [vinde] sagen i Procesbevillingsnævnet.",
        "[Vinden] blæste døren op kl 3.",
        "pt [plejer] at sove til kl 7.",
        "Personalet [plejer] at give PN ved 2 på BVC.",
        "pt var [ottende] i køen til telefonen.",
        "Dennis [vandt] over medpatient i skak.",
        "pt oplever sin situation som [tom] og håbløs, men ikke suicidal.",
    ],
)

# ------------------------------------------------------------- 16. abbreviations, initials-shaped
addall(
    "ow_abbrev",
    [
        "pt ser [TV] i dagligstuen til kl 23.",
        "[tv]-stuen lukket pga. rengøring.",
        "[TV2] nyheder gør pt urolig, slukket.",
        "Anamnese: ingen [SM], ingen epilepsi, ingen hovedtraume.",
        "[AT] har varslet tilsyn efter voldsepisoderne på R3.",
        "Anmeldt til [AT] og politiet.",
        "ANMELDT TIL POLITIET [OG] [AT] – SE VOLDSREGISTRERING",
        "Vitale værdier: [BT] 142/91, puls 96, temp 37,1.",
        "pt har skrevet trusler på [FB] og Instagram.",
        "Tidligere kontakt til [Røde Kors] ([RK]) asylcenter som barn.",
        "Måtte ikke have [cd]-afspiller med ledning på stuen.",
        "Blodprøver: [Hb] 8,9, [CRP] 14, [ALAT] 62, [P-Clozapin] 0,42.",
        "[PN]: Truxal 25 mg max x 3 i døgnet.",
        "[GH]-mangel ikke udredt.",
        "kl 14 [og] kl 20 ugentlig samtale",
        "UA: [THC] pos., [AMF] neg., [BZD] neg.",
        "[BVC] 3 – PN tilbudt, afslået.",
        "[HCR-20] og [PCL-R] planlagt.",
        "[EKG] 12.03: QTc 452 ms.",
        "IT: ny [SW]-version på medicinvognens pc.",
        "[EB]-virus antistof neg.",
        "[VK]-regeringen nævnes ofte i pt's vrangforestillinger.",
        "[BH] og trøje fundet i pt's skab (tilhører medpatient).",
        "[CD4]-tal normalt.",
        "[AT] [OG] [SM] – pt gentager bogstaver højt på gangen.",
        "Bemærk: [tv] og [pc] må kun bruges til kl 23.",
    ],
)

# ------------------------------------------------------------- 17. the citizen's family
addall(
    "ow_family",
    [
        "Dennis har ringet til mor [Leila] og bror [Frank].",
        "Broderen [Frank Hammer] kom på besøg kl 15–16.",
        "[Frank] (bror) har lovet at hente rent tøj.",
        "Datteren [Rose] (6 år) må kun komme på besøg sammen med sin mor.",
        "[Vibe Jessen] har ringet: datteren [Rose] har fødselsdag lørdag.",
        "Familien [Hammer] ønsker netværksmøde.",
        "mor, [Leila Hammer], ønsker tolk ved alle samtaler",
        "pt har tegnet til datteren [Rose] – afleveres af broderen [Frank] på lørdag.",
        "ex-kæresten [Vibe] har fået polititilhold mod pt.",
        "Pt's bror [Frank] er også i misbrugsbehandling.",
        "Besøgsliste: [Leila Hammer] (mor), [Frank Hammer] (bror).",
        "pt savner sin datter [Rose Hammer] og græder.",
        "[Vibe Jessen] vil ikke oplyse sin adresse til afsnittet.",
        "Dennis Hammer og broderen [Frank] har skændtes i telefon.",
        "samvær med datteren [Rose] via Statsforvaltningen – overvåget.",
        "bror [frank] ringer hver aften kl 19",
        "[rose] (datter) har sendt et brev med tegninger",
        "pt siger ex-kæresten [vibe] har taget datteren [rose] fra ham",
        "Mor [Leila] spørger om Dennis får nok at spise.",
        "[Frank Hammer] og [Leila Hammer] deltog i netværksmødet.",
    ],
)

# ------------------------------------------------------------- 18. non-hidden colleagues
addall(
    "ow_colleague",
    [
        "[Anders Mørk], psykolog, har haft samtale med pt.",
        "Samtale v/ [A. Mørk] (psyk.)",
        "[Camilla Gram] ssa giver morgenmedicin kl 8.",
        "[Camilla] og [Janne] i aftenvagt.",
        "[Can Öztürk], overlæge, har bagvagten i nat.",
        "[Else Dyhr] lægesekretær har sendt epikrisen.",
        "[Rasmus Busk] (misbrugskonsulent) deltager i mødet.",
        "[Janne Vind], spl. fra somatikken, tilså såret.",
        "[Rasmus] fra rusmiddelcentret ringede ang. tider.",
        "Advokat [Niels Brøndum] ønsker aktindsigt.",
        "Egen læge [Lotte Quist] har fået epikrise.",
        "Tolk [Yousef Nasser] (arabisk) bestilt.",
        "[Vibeke Nystrup] fra kriminalforsorgen ringede.",
        "medpatient [Tommy] har lånt pt's oplader",
        "[Benny] fra bostedet kommer kl 14",
        "[Alfred] i køkkenet laver pt's glutenfri mad",
        "[Grethe Kildegaard], patientrådgiver, er informeret.",
        "[Ottosen] Transport henter pt kl 9.",
        "[Sejrsen] fra Kriminalforsorgen deltager i mødet.",
        "[Mørch], overlæge på Sct. Hans, har sendt journal.",
        "[C. Gram] ssa – PN givet 21.30",
        "[Dyhr E.] har skrevet brevet.",
        "Psykolog [Anders Mørk] og ssa [Camilla Gram] havde samtale med pt.",
        "Overlæge [Can Öztürk] har godkendt udgangen.",
        "sign. [Else Dyhr], lægesekretær",
    ],
)

# ------------------------------------------------------------- 19. places, streets, firms
addall(
    "ow_places",
    [
        "pt er født i [Gram] og flyttet til Aarhus som 12-årig.",
        "[Gram Slot] – pt var i praktik der i 2015.",
        "Bostedet ligger på [Tomsgårdsvej] i København NV.",
        "pt boede tidligere på [Sejrøgade] på Østerbro.",
        "Retsmøde i [Kolding] byret 14.04.",
        "Overflyttet fra [Sct. Hans] i Roskilde.",
        "pt har familie i [Benløse] ved Ringsted.",
        "Ny bolig: [Kildevej] 14, 2. th.",
        "Hash købt på [Borggade] ifølge pt.",
        "pt har boet på [Vindegade] i Odense.",
        "Udflugt til [Hammer Bakker] aflyst.",
        "pt er vokset op i [Mørke] ved Aarhus.",
        "Sommerhus på [Tranebjerg], Samsø (morens).",
        "Retspsykiatrisk afsnit, [Vordingborg].",
        "Kontoret på [Hammerichsgade] lukket.",
        "pt er anbragt i [Sønderborg] arresthus 2019.",
        "[Kolding] Kommune, Socialafdelingen",
        "Bopæl: [Strandvejen] 22, [Aarhus] C",
        "Kriminalforsorgen [Borgergade] 12",
    ],
)

# ------------------------------------------------------------- 20. drugs, lab, compounds
addall(
    "ow_drugs",
    [
        "Fast medicin: [Truxal] 25 mg x 3, [Leponex] 300 mg, [Cipralex] 10 mg.",
        "[Vibeden] 1 mg i.m. hver 3. måned (B12).",
        "pt har brugt [benzo] dagligt i 2 år.",
        "[Benzodiazepiner] udtrappes over 6 uger.",
        "[Cannabis] dagligt siden 14-årsalderen.",
        "[cannabis]-psykose 2019",
        "[Rosuvastatin] 10 mg x 1 fortsættes.",
        "[Alfuzosin] pausert pga. lavt BT.",
        "[Metadon] 60 mg dagligt, udleveres på rusmiddelcentret.",
        "[Antabus] 800 mg 2 x ugl. under overvågning.",
        "[Suboxone] opstartet 12.03.",
        "[Stesolid] 10 mg PN max x 2.",
        "[Abilify Maintena] depot 400 mg hver 4. uge.",
        "[Haldol] 5 mg i.m. ved tvang.",
        "pt ønsker [mørk] chokolade i kantinen",
        "[Hjertemagnyl] seponeret.",
        "[Zyprexa] 10 mg nocte.",
        "[P-Litium] 0,8 mmol/l, [P-Kreatinin] 88.",
        "[Tranexamsyre] givet efter tandudtrækning.",
        "[Grammatik] og stavning: pt deltager i undervisning på afsnittet.",
        "[tommelfingeren] er hævet efter slag mod døren.",
        "[Benet] er hævet og ømt, is påsat.",
    ],
)

# ------------------------------------------------------------- 21. English words
addall(
    "ow_english",
    [
        "Patient says he wants to [sue] the region.",
        "Back to the [ward] at 16.00, no incidents.",
        "[Can] you call his mother tomorrow?",
        "He [can] not sleep with the light off.",
        "Anything [else] he needs? No.",
        "He was very [frank] about the voices.",
        "He [rose] at 6 and showered.",
        "The [ward] was calm tonight.",
        "[Will] he be discharged on Friday?",
        "Patient was [cold] and shaking, withdrawal?",
        "Or [else] he threatens to leave.",
        "Patient asked for a [rose] for his daughter's birthday.",
    ],
)


# ============================================================================= MIXED

# ------------------------------------------------------------- 22. word and name in one text
addall(
    "mx_words",
    [
        "{Tom} fandt stuen [tom] kl 7 – pt var i badet.",
        "{tom}: medicinskabet er [tomt] for Truxal, bestilt.",
        "pt har ondt i [benet]. {Ben} har givet Panodil 1 g.",
        "{ben}: [ben] hævet, is på, ring til læge hvis værre",
        "{Hjelm} har påsat [hjelm] før gårdtur.",
        "{sejr} kalder det en [sejr] at pt tager medicinen frivilligt.",
        "{Sejr Mørk}: [mørk] urin og træthed – tjek levertal.",
        "{Gry} kom på arbejde ved [gry], pt sov.",
        "{Otto} fandt 5 [gram] hash i stue 4.",
        "{Kold} fraråder at pt stopper [kold] tyrker.",
        "{vibe kold}: god [vibe] i gruppen i dag",
        "{Frank Busk} var [frank]: botilbuddet siger nej.",
        "pt gemte sig i en [busk]. «socialrådgiver» {Busk} informeret.",
        "{Rose} ville [rose] pt for samtalen, men han gik.",
        "{Kilde}: [kilde] til oplysningerne er politirapporten.",
        "{alf}: pt taler igen om en [alf] i væggen.",
        "{Trane} hjalp pt med at tegne en [trane] til datteren.",
        "{sue} wrote that he wants to [sue] the hospital.",
        "{Ward} back on the [ward] at 19.00.",
        "{Can Demir}: patient [can] go on escorted leave.",
        "[Can] Dr. {Demir} see him before 16?",
        "{Else Borg}: Is there anything [else]? [Ellers] lukker vi sagen.",
        "{Borg} svarer på [borgerens] klage.",
        "{gry hammer}: pt truede med en [hammer] fra værkstedet.",
        "{otto}: pt slukkede [TV] kl 23 uden problemer.",
        "ssa {Alf Trane} ([AT]) har anmeldt episoden til [AT].",
        "kl 02 {OG}: runde [og] tilsyn, alt roligt.",
        "{TV} har set [TV] med pt til kl 22.",
        "{BH}: [BT] 128/80, p 76.",
        "{SM} har udelukket [SM] (MR normal).",
        "{FB}: pt har skrevet om personalet på [FB].",
        "{RK}: mor har kontakt til [Røde Kors].",
        "{CD}: [CD4] normalt, ingen HIV.",
        "{tom} siger rummet er [tomt] og [koldt]",
        "«plejer» {Vind} og pt gik tur i [vinden].",
        "«overlæge» {Mørk} ordinerede lys i [mørket].",
        "pt [plejer] at tale med {Tom} om aftenen.",
        "{Ben} målte [benets] omkreds: 38 cm.",
        "Fundet ved visitation: 2 [gram] hash, [lighter]. Visiteret af {Otto Gram}.",
        "{ben} [og] {alf} [og] {gry} – aftenvagt",
        "«vagt» {Gram} vejede posen: 12 [gram].",
        "{kilde} siger hun har det fra en sikker [kilde]",
        "pt ønsker at {Sejr} skal vide, at han har vundet en lille [sejr]",
        "{Else Borg}, is there anything [else] in the complaint?",
        "{Frank Busk} was [frank] with the patient about the rules.",
    ],
)

# ------------------------------------------------------------- 23. family and hidden staff
addall(
    "mx_family",
    [
        "Bror [Frank] og «socialrådgiver» {Frank Busk} deltog i netværksmødet.",
        "[Frank Hammer] (bror) ringede til {Frank Busk} ang. bolig.",
        "Datteren [Rose] (6) har tegnet til {Rose Kilde}.",
        "{Rose Kilde} har talt med [Vibe Jessen] om samvær med [Rose].",
        "{Vibe Kold} og ex-kæresten [Vibe] må ikke mødes på rusmiddelcentret.",
        "[Vibe Jessen] har klaget over {Vibe Kold}.",
        "{Gry Hammer} er ikke i familie med Dennis Hammer.",
        "Mor [Leila Hammer] og {Gry Hammer} talte sammen via tolk.",
        "{gry} hjalp mor [Leila] med at finde parkering.",
        "bror [frank] kom med cigaretter, {frank} fra kommunen kom med papirer",
        "Dennis og broderen [Frank] spillede kort. {Ben} var til stede.",
        "[Rose] (datter) fylder 7 – {rose} foreslår at pt skriver et kort.",
        "{Kilde} og [Rose] har haft legeterapi, mor [Vibe] ventede udenfor.",
        "[Leila] (mor) takker {Tom Vind} og {Ben Hjelm}.",
        "Familien [Hammer] og {Hammer} (nattevagt) – obs navneforveksling i dokumentationen.",
        "{Frank Busk}: [Frank Hammer] kan ikke være kontaktperson, da han selv er i behandling.",
        "pt truer [Vibe Jessen] og {Vibe Kold} på Facebook.",
        "Besøg: [Leila Hammer] (mor). Personale: {Alf Trane}, {Gry Hammer}.",
        "{Sue Ward} met the patient's brother [Frank] in the visiting room.",
        "{Demir} har informeret mor [Leila] om bivirkninger.",
        "{rose kilde} ringer til ex-kæresten [vibe] mht. [rose]s skolestart",
        "Dennis Hammer siger han vil finde {Gry Hammer}.",
        "<Frank> ringede kl 14, vil have svar på boligansøgning.",
        "<Vibe> ringede ang. urinprøven i morgen.",
        "<Rose> har tegnet et billede til pt.",
        "<Hammer> var på arbejde i nat.",
    ],
)

# ------------------------------------------------------------- 24. colleagues and hidden staff
addall(
    "mx_colleague",
    [
        "[Anders Mørk] (psykolog) og {Sejr Mørk} («overlæge») ved konferencen.",
        "[Camilla Gram] ssa og {Otto Gram} «vagt» fastholdt pt.",
        "[Can Öztürk] og {Can Demir} ved stuegang.",
        "[Else Dyhr] har skrevet brevet for {Else Borg}.",
        "[Rasmus Busk] (rusmiddelcenter) og {Frank Busk} (kommune) til møde.",
        "[Janne Vind] tilså såret; {Tom Vind} var med.",
        "«overlæge» {Mørk} og psykolog <Mørk> er uenige om udgang.",
        "«vagt» {Gram} og ssa <Gram> var på stuen.",
        "<Mørk> ringede om eftermiddagen.",
        "<Gram> har givet medicin kl 8.",
        "<Busk> har skrevet til pt.",
        "<Vind> har skiftet forbindingen.",
        "<Else> har sendt brevet.",
        "<Can> kommer kl 14 og tilser pt.",
        "[A. Mørk] og {S. Mørk} har skrevet udtalelsen sammen.",
        "[C. Gram] afløser {O. Gram} kl 22.",
        "{Tom} og [Janne] skiftede forbinding.",
        "[Camilla] og {otto} har visiteret stuen.",
        "[Rasmus] og {vibe kold} har haft fælles samtale med pt.",
        "{Sue} and [Camilla] did the evening round.",
        "[Else Dyhr] sekretær · {Else Borg} «fuldmægtig» · {Sejr Mørk} «overlæge»",
        "«socialrådgiver» {Busk} og misbrugskonsulent <Busk> holdt møde.",
        "Vagtplan: [Camilla Gram] D, {Tom Vind} D, {Gry Hammer} N, [Janne Vind] A",
        "{Vind} («plejer») og [Janne Vind] (spl) har haft ansvaret.",
        "[Lotte Quist] (egen læge) har talt med {Demir}.",
        "[Tommy] (medpatient) slog ud efter {Tom}.",
        "[Vibeke Nystrup] fra kriminalforsorgen og {Vibe Kold} fra rusmiddelcentret.",
        "[Benny] fra bostedet og {Ben Hjelm} fra R3.",
    ],
)

# ------------------------------------------------------------- 25. places, drugs, lab + hidden
addall(
    "mx_other",
    [
        "{Otto Gram} er fra [Gram], men bor i Aarhus.",
        "{Vibe Kold}: [Vibeden] givet i.m. kl 10.",
        "{Ben}: pt har taget [benzo] i weekenden, UA pos.",
        "{Can Demir}: [cannabis] dagligt ifølge pt.",
        "{Hjelm} kørte pt til retsmøde i [Kolding].",
        "{alf} har afleveret pt i [Benløse] hos mor.",
        "{Kilde} har kørt pt til ny bolig på [Kildevej].",
        "{Borg} fra patientkontoret, adresse [Borggade] 2.",
        "{sejr} har ordineret [Rosuvastatin] og [Truxal].",
        "{Trane}: [Tranexamsyre] givet efter tandudtrækning.",
        "{Tom Vind} har hjulpet pt med flytning til [Tomsgårdsvej].",
        "{Demir}: [P-Clozapin] 0,42, [Hb] 8,9.",
        "{gry}: [Hammer Bakker] udflugt aflyst, pt for urolig.",
        "{Sejr Mørk} overflyttede pt fra [Sct. Hans].",
        "{Sue Ward}, «RN», [Ward] 3.",
        "[Sejrøgade] var pt's adresse i 2018, oplyser {Frank Busk}.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
