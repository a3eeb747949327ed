"""Red-team probes for indsigt name hiding (rt37): home-care phone notes, nursing-home shift
reports, district-psychiatry contact notes, general-practice SOAP lines, medical-ward nursing
notes, discharge letters (epikriser), municipal case-worker notes, staff chat pasted into the
record and dictated notes with speech-recognition errors - and the over-hiding traps (the same
words used as words, the citizen's family, non-hidden colleagues, clinical abbreviations, lab
values, place and street names) of the same genres. Mostly Danish, some English.

Markup inside each probe text:
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (a title or role word next to a hidden name, a genitive -s glued to a
         hidden name, the domain of a hidden person's e-mail address, digits glued to initials)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked).
Literal square/curly brackets, < and « cannot appear in a probe (they are markup).

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; no name part is used as a name in names_rt30..rt35). Hidden staff - most have a part
that is an ordinary Danish word, and most initials are a word or a clinical abbreviation:
  Rose Fugl, ssa, plejehjem (rose = to praise / a rose; fugl = bird; RF = respirationsfrekvens)
  Birgit Sky, ssa, hjemmepleje (sky = cloud / shy / to shun / meat juice; BS = blodsukker)
  Gro Kok, ssh, hjemmepleje (gro = to grow/heal; kok = cook; GK)
  Asta Brink, sygeplejerske, distriktspsykiatri (brink = edge; AB = antibiotika)
  Ebbe Kold, socialrådgiver / sagsbehandler (ebbe = to ebb; kold = cold; EK)
  Vera Fisk, sygeplejerske, medicinsk afd. (fisk = fish; VF = ventrikelflimren)
  Knud Smed, reservelæge, medicinsk afd. (smed = smith / threw (smide); KS)
  Uffe Due, praktiserende læge (due = dove, duer = is any good; UD = ud "out")
  Alf Vind, fysioterapeut (alf = elf; vind = wind / flatus / win!; AV = av "ouch", AV-blok)
  Vibe Mørk, ssh, plejehjem nattevagt (vibe = lapwing / a vibe; mørk = dark; VM)
  Trine Høj, sygeplejerske, medicinsk afd. (høj = high / tall / loud / hill; TH = th. til højre)
  Signe Kirk, sygeplejerske, hjemmesygepleje (kirk- ; SK = subkutant "s.c."/"sk")
Non-hidden colleagues sharing parts (OTHERS): Rose Thorsen (sygeplejerske, plejehjem), Camilla
Brink (psykolog), Henrik Due (læge, same practice), Carsten Høj (overlæge), Gro Nygaard (ssa).
Citizen: Inger Vind (79; KOL, type 2-diabetes, depression; home care, then admitted with
pneumonia, then nursing home) - shares "Vind" with hidden Alf Vind. Relatives: husband Knud
Vind (shares Knud), son Ebbe Vind (shares Ebbe), daughter Trine Fisk (shares Trine and Fisk),
grandchild Vibe Fisk (19; shares Vibe and Fisk). Unlisted people (must simply stay): neighbour
Jørgen, hospital porter Mads, Dr. Nielsen (vagtlæge).

My own standard for the markup (written before the first run; fixes after the run follow it):
  * a name part owned only by hidden staff (Fugl, Sky, Kok, Kold, Smed, Mørk, Kirk, Birgit,
    Asta, Vera, Uffe, Alf, Signe), used as a name - subject, object, after a preposition, v/,
    sign., after a time, vocative, in a list, table, handover, signature, reported speech, a
    question or an imperative ("ring til kok") - must be gone, in any case (lower case too),
    bare or with the other part, family-first, abbreviated ("B. Sky", "Sky B");
  * registered initials in a staff position (sign., /bs, - ud, v/, after a time, in a visit
    list or a column headed by staff, "aftalt m/ AB") must be gone, in either case;
    the same letters anywhere else (lab value, abbreviation, word) must stay;
  * a part shared with a non-hidden colleague (Rose, Brink, Due, Høj, Gro) used bare is
    debatable - unless the other part or its initial settles it ("Rose F." / "Rose Fugl" gone,
    "Rose T." stays) or a title/role that only the hidden person has is written next to it
    ("ssa Rose", "ssh Gro", "spl. Høj" gone: Rose Thorsen is sygeplejerske, Gro Nygaard ssa,
    Carsten Høj overlæge); the colleague's own title with the bare part is debatable;
  * a part shared with the citizen or a relative (Vind, Knud, Ebbe, Trine, Fisk, Vibe) used
    bare is debatable unless the text itself says who: a relative's role word ("sønnen Ebbe",
    "datter Trine", "barnebarn Vibe", "(ægtefælle)") -> stays; a staff role or staff action
    written with it ("fys Alf Vind", "spl Trine sign.", "reservelæge Knud") -> gone;
  * a speech-recognition or typing variant of a hidden name (Brinck, Koldt, Smedt, Fiske,
    Birgitte, Mörk) is gone when the other part is also there or the variant is not itself a
    Danish word; a bare variant that is a Danish word ("koldt") is debatable;
  * usernames in log lines and the local part of an e-mail address of hidden staff are gone;
  * words, months, clinical abbreviations, lab values, places, streets, firms, medicines and the
    full names of the citizen, relatives and non-hidden colleagues must stay - also when spelt
    exactly like a hidden name part or initials, and in a text that also names the hidden person.

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or the
changelog (rt37, 07.12, stop 33), as a held-out measure: the code before that stop (460bc7e) 91
leaks / 20 over-hides; with the rules of the stop written before the set was seen, 83 / 17. The
stop's later rules were then fitted to it (59 / 17).
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (by the title rule above; no probe dropped or reworded): three
role words written next to a hidden name had been left unmarked and became don't-care
("Ansvarlig læge: Knud Smed", "egen læge Uffe Due", "fysioterapeut alf vind komma ...").

Run:  .venv/bin/python bench/independent/names_rt37_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person("s1", "Rose", "Fugl", initials=("RF",), usernames=("rofu",), titles=("ssa",)),
    Person(
        "s2",
        "Birgit",
        "Sky",
        initials=("BS",),
        usernames=("bisk",),
        emails=("birgit.sky@vejle.dk",),
        titles=("ssa",),
    ),
    Person("s3", "Gro", "Kok", initials=("GK",), usernames=("grko",), titles=("ssh",)),
    Person(
        "s4",
        "Asta",
        "Brink",
        initials=("AB",),
        emails=("asta.brink@rsyd.dk",),
        titles=("sygeplejerske",),
    ),
    Person(
        "s5",
        "Ebbe",
        "Kold",
        initials=("EK",),
        emails=("ebko@vejle.dk",),
        titles=("socialrådgiver", "sagsbehandler"),
    ),
    Person("s6", "Vera", "Fisk", initials=("VF",), usernames=("vefi",), titles=("sygeplejerske",)),
    Person("s7", "Knud", "Smed", initials=("KS",), titles=("reservelæge",)),
    Person(
        "s8", "Uffe", "Due", initials=("UD",), emails=("uffe.due@praksis.dk",), titles=("læge",)
    ),
    Person("s9", "Alf", "Vind", initials=("AV",), titles=("fysioterapeut",)),
    Person("s10", "Vibe", "Mørk", initials=("VM",), titles=("ssh",)),
    Person("s11", "Trine", "Høj", initials=("TH",), titles=("sygeplejerske",)),
    Person(
        "s12", "Signe", "Kirk", initials=("SK",), usernames=("siki",), titles=("sygeplejerske",)
    ),
]
OTHERS = [
    ("Rose", "Thorsen"),  # sygeplejerske, plejehjem - shares given with hidden Rose Fugl
    ("Camilla", "Brink"),  # psykolog - shares family with hidden Asta Brink
    ("Henrik", "Due"),  # læge, same practice - shares family with hidden Uffe Due
    ("Carsten", "Høj"),  # overlæge - shares family with hidden Trine Høj
    ("Gro", "Nygaard"),  # ssa - shares given with hidden Gro Kok
]
CITIZEN = [("Inger", "Vind")]  # shares family with hidden Alf Vind
RELATIVES = [
    ("Knud", "Vind"),  # ægtefælle - shares given with hidden Knud Smed
    ("Ebbe", "Vind"),  # søn - shares given with hidden Ebbe Kold
    ("Trine", "Fisk"),  # datter - shares given with Trine Høj, family with Vera Fisk
    ("Vibe", "Fisk"),  # barnebarn, 19 - shares given with Vibe Mørk, family with Vera Fisk
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall

# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. home care, phone notes
addall(
    "lk_homecare",
    [
        "kl 7.15 {sky} hos [inger]. morgenmed givet, bs 9,1. ok",
        "{sky} har givet morgenmedicin og hjulpet m/ støttestrømper",
        "besøg v/ {kok} kl 12, frokost varmet, spiste halvdelen",
        "aftenbesøg {birgit} - [inger] træt, lagt tidligt i seng",
        "{kok} og {sky} dobbeltbesøg pga lift",
        "ring til {sky} hvis [inger] ikke åbner døren",
        "spørg {kok} om nøglen til nøgleboksen er lavet",
        "pt siger at {sky} var sur i går",
        "pt siger {kok} glemte at give hende insulin",
        "[inger] vil ikke have {birgit} igen, synes hun er for hårdhændet",
        "er {sky} på vagt i morgen? [inger] spørger efter hende",
        "bad udført af {kok}.",
        "medicin dispenseret af {signe} fra sygeplejen, næste dosering om 14 dg",
        "{kirk} skiftet forbinding på li ben, sår pænt",
        "sårpleje v/ {signe kirk} tirsdag + fredag",
        "«ssa» {birgit sky} og «ssh» {gro kok} har aftalt at deles om weekenden",
        "{Sky} ringede til [Trine Fisk] om manglende bleer",
        "Ifølge {Kok} har pt ikke spist siden i går",
        "tlf fra {birgit}: kommer 20 min senere pga bilen",
        "overdraget til {sky} kl 15",
        "nøgle afleveret til {kok} kl 13.40",
        "{sky}/{kok} - ny plan for bad: tirsdag",
        "ok fra {kirk} at springe insulinen over i aften da bs 4,2",
        "hjælp til toilet. {kok} obs rødme på sacrum",
        "[inger] græd da {birgit} gik, vil gerne have mere tid",
        "{sky} fandt pt på gulvet kl 21.05, ingen synlige skader, ringet 1813",
        "pt ønsker kun kvindelig hjælper, gerne {sky} eller {kok}",
        "husk at {kirk} kommer torsdag til blodprøve",
        "lagt besked til {Signe} i sygeplejen om hævede ben",
        "mvh {birgit}",
        "/{sky}",
        "- {kok}",
        "tak for i dag {sky} :)",
        "{sky}: bs 11,3 før aftensmad, insulin givet jf plan",
        "{kok} kan ikke komme torsdag, [gro nygaard] tager besøget",
        "morgen {sky}, middag {kok}, aften {birgit}",
        "{Kirk} fra sygeplejen vil have besked hvis bs over 15",
        "fik {sky}«s» nummer. ring hvis der er noget",
        "nøgleboks kode givet til {sky} og {kirk}",
        "[inger] spørger hvorfor {kok} ikke kommer mere",
        "i morgen kommer {birgit} i stedet for {kok}",
        "hjælper i dag: {sky}",
    ],
)

# ----------------------------------------------------------------- 2. nursing home, shifts
addall(
    "lk_nursinghome",
    [
        "dagvagt: {fugl}, [rose thorsen], elev. aftenvagt: {mørk}",
        "nattevagt {mørk}: [inger] urolig kl 02-04, fik pn",
        "{mørk} har været rundt kl 3, alle sov",
        "{fugl} har talt med datter om besøgstider",
        "pt afviser hjælp fra {fugl}, vil kun have [rose thorsen]",
        "overlevering fra {mørk} til {fugl} kl 7",
        "{Fugl} gav morgenmedicin 7.45",
        "{fugl} har vasket hår og klippet negle",
        "spørg {mørk} i aften om [inger] sov i stolen igen",
        "beboer har klaget over {mørk}: 'hun tænder lyset midt om natten'",
        "aftalt m/ {Rose Fugl} at vægt tages hver mandag",
        "«ssa» {Rose} gav pn kl 19",
        "{Rose F.} har skrevet ind i medicinskemaet",
        "vagtplan uge 12:\nman {fugl}\ntirs {mørk}\nons {fugl}",
        "ansvarlig kontaktperson: {fugl}",
        "kontaktperson {fugl} sygemeldt, [rose thorsen] overtager",
        "{vibe mørk} og {rose fugl} holdt samtale med pårørende",
        "hilsen {fugl} og resten af dagholdet",
        "[inger] kalder {fugl} for 'den søde'",
        "{mørk} siger at [inger] råbte på sin mand hele natten",
        "Beboer spurgte efter {Mørk}.",
        "er {fugl} her i weekenden?",
        "husk at give {fugl} besked om tandlægetid",
        "{Vibe M.} nattevagt - ingen bemærkninger",
        "ssh {vibe} fandt beboer våd kl 4 og skiftede",
        "{fugl} har bestilt ny kørestol via hjælpemiddelcentralen",
        "fald kl 18.20, tilset af {fugl}, ingen skade. pårørende orienteret af {fugl}",
        "Kontakt: {Fugl}, plejehjemmet",
        "tirsdag: [inger] til frisør m/ {fugl}",
        "{mørk}: 'hun ville ikke have natbleen på'",
        "datter ønsker at tale med {fugl} eller {mørk}",
        "beboer fortæller at {mørk} sang for hende i nat",
    ],
)

# ----------------------------------------------------------------- 3. district psychiatry
addall(
    "lk_psych",
    [
        "kontakt v/ {asta}. pt mødt til tiden, virker mindre nedtrykt",
        "samtale m/ {asta} 45 min. hjemmebesøg.",
        "pt har aflyst tid hos {asta} to gange",
        "{asta} vurderer ingen aktuel suicidalrisiko",
        "pt fortæller at hun ikke stoler på {asta}",
        "pt: 'jeg vil ikke snakke med {asta} mere, hun forstår ingenting'",
        "tlf-konsultation {asta brink}, spl",
        "{Asta Brink} har drøftet medicin med overlæge",
        "aftalt at {asta} ringer fredag",
        "næste samtale: {asta}, 14/3 kl 10",
        "kontaktperson: {Brink A.}",
        "«sygeplejerske» {A. Brink} har udfyldt HAM-D, score 14",
        "Ring til {Asta} hvis forværring",
        "Hun siger at {asta} lovede at hun kunne få mere sovemedicin",
        "datter ringer og spørger efter {asta}",
        "hvor er {asta}? pt venter i venteværelset",
        "depotinjektion givet af {asta}",
        "{asta} og [camilla brink] deltog i netværksmødet",
        "sign. {AB}",
        "konference: {AB}, overlæge, psykolog [camilla brink]",
        "/{asta}",
        "{asta} har sendt recept-anmodning til egen læge",
        "pt ønsker skift af kontaktperson fra {asta} til en mand",
        "spl. {Brink} fulgte pt til skadestuen",
        "ny tid hos {asta} torsdag, pt har fået sms",
        "pt har skrevet brev til {asta}",
    ],
)

# ----------------------------------------------------------------- 4. general practice, SOAP
addall(
    "lk_gp",
    [
        "S: kommer m/ hoste 1 uge. O: temp 38,2, krepitation basalt. A: pneumoni. P: penicillin. /{ud}",
        "konsultation {uffe}: BT 148/86, fortsætter uændret",
        "{uffe} har ringet til pt med svar",
        "pt ønsker ikke at se {uffe}, vil have kvindelig læge",
        "pt klager over at {uffe} ikke lyttede",
        "Henvist af {Uffe Due}",
        "tlf {uffe} -> pt: blodprøver fine",
        "aftalt m/ {uffe} at pt kommer til kontrol om 3 mdr",
        "ref {UD}",
        "sign. {ud}",
        "{UD}: forlænget recept på metformin",
        "e-konsultation besvaret af {uffe}",
        "spørg {uffe} om pt skal have influenzavaccine",
        "pt vil gerne tale med {uffe} i telefonen",
        "{Due U}, «læge»",
        "{U. Due}: henvist til lungefunktion",
        "besked til {uffe}: pt har ringet 2 gange",
        "set af {uffe} og sygeplejersken",
        "attest udfyldt af {uffe}",
        "kontrol BS og BT hos {uffe} om 1 uge",
        "«læge» {uffe} finder ikke indikation for røntgen",
        "Mvh {Uffe}",
    ],
)

# ----------------------------------------------------------------- 5. medical ward
addall(
    "lk_ward",
    [
        "stuegang v/ {smed}: fortsat iv antibiotika",
        "{smed} ordinerer blodprøver i morgen",
        "{smed} har talt med datter i telefonen",
        "tilkaldt {smed} kl 23 pga faldende sat",
        "aftalt med {smed} at pt kan spise",
        "{vera} har pt i dag",
        "{vera}: pt mobiliseret til stol x2",
        "pt siger at {vera} var uvenlig i nat",
        "{Vera Fisk}, spl, stue 4",
        "«spl» {vera} har målt tobs kl 6, score 3",
        "ring til {smed} hvis tobs over 5",
        "orienteret {Knud Smed}",
        "«reservelæge» {knud} ordinerer furix",
        "{K. Smed}: seponerer metformin pga CRP",
        "dagvagt {vera}, aftenvagt {trine høj}",
        "«ssp» {trine h.} tager blodprøver",
        "{Høj, Trine} spl",
        "set af {smed} og overlæge [carsten høj] på stuegang",
        "spl. {høj} ringet til datter kl 14",
        "{fisk} har sat ny venflon",
        "venflon anlagt af {vera} kl 09",
        "Ansvarlig spl: {Vera}",
        "hvem har pt i aften? {vera}",
        "{alf} har gået med pt på gangen 20 m",
        "«fys» {alf}: mobiliseret med rollator",
        "{Alf Vind}, «fysioterapeut», har vurderet gangfunktion",
        "afventer vurdering fra «fys.» {alf}",
        "pt vil ikke gå med {alf}, for træt",
    ],
)

# ----------------------------------------------------------------- 6. discharge letters
addall(
    "lk_epikrise",
    [
        "Epikrise\nPt udskrives til plejehjem. Ansvarlig «læge»: {Knud Smed}, «reservelæge».",
        "Dikteret af {KS}, godkendt af overlæge [Carsten Høj].",
        "Udskrivning aftalt med pt og datter. Spl. {Vera Fisk} har informeret plejehjemmet.",
        "Med venlig hilsen\n{Knud Smed}\n«Reservelæge», Medicinsk afdeling",
        "Kontaktperson under indlæggelsen: sygeplejerske {Trine Høj}.",
        "Yderligere oplysninger kan fås ved henvendelse til {smed} på afdelingen.",
        "Opfølgning ved egen «læge» {Uffe Due}.",
        "{Smed}/<Fisk>",
        "Dict. {ks}/lb",
        "Epikrise sendt til {uffe} og plejehjemmet.",
        "«Fysioterapeut» {Alf} anbefaler genoptræning efter SUL §140.",
        "Genoptræningsplan udarbejdet af {AV}.",
    ],
)

# ----------------------------------------------------------------- 7. municipal case worker
addall(
    "lk_casework",
    [
        "«sagsbehandler»: {kold}",
        "{kold} har bevilget 2 t. praktisk hjælp",
        "{ebbe kold} har været på hjemmebesøg sammen med [trine fisk]",
        "afgørelse sendt af {kold} d. 4/2",
        "[inger] har klaget over {kold}«s» afgørelse",
        "borger ønsker ny sagsbehandler, ikke {kold}",
        "{kold} vurderer at borger er berettiget til plejebolig",
        "rykker {kold} for svar på ansøgning",
        "kontakt {ebbe kold}, visitationen, tlf 76 81 00 00",
        "tlf med {kold} - afventer lægeerklæring",
        "{EK} har opdateret funktionsvurderingen",
        "«Sagsbehandler» {Kold} deltog i udskrivningskonference",
        "Sendt til {ebko@}«vejle.dk»",
        "borger spørger om {kold} har fået papirerne",
        "{kold}: plejebolig bevilget, tilbud sendes",
        "Med venlig hilsen {Ebbe Kold}, «socialrådgiver»",
    ],
)

# ----------------------------------------------------------------- 8. staff chat in the record
addall(
    "lk_chat",
    [
        "[14:02] {sky}: hun har ikke fået sin insulin\n[14:03] {kok}: jeg tager den",
        "{kok} skrev: kan du tage [inger] kl 17?",
        "besked fra {birgit}: 'nøglen virker ikke'",
        "{fugl} 09:12: datter kommer kl 14",
        "{mørk} -> {fugl}: hun har sovet godt",
        "hej {fugl}, kan du ringe til apoteket?",
        "tak {kok}!",
        "{asta}: ok, jeg ringer til hende",
        "@{sky} har du set hendes bs i dag?",
        "fra: {vera} til: {smed} - pt har 39,1",
        "svar fra {smed}: giv pcm 1g og tag dyrkning",
        "{uffe} (tlf-notat): ok til at øge dosis",
        "chat m/ {kold}: afgørelse på vej",
        "{signe}: kan du tjekke hendes fødder i dag?\n{sky}: ja",
        "{Kok}: HUN ER FALDET!!",
        "ok {sky} jeg har det",
        "spørger lige {kirk}",
        "{kold} skriver at mødet er flyttet til tirsdag",
        "vi mangler en til aften - {mørk}?",
        "kan {alf} komme forbi i morgen og se på rollatoren",
    ],
)

# ----------------------------------------------------------------- 9. dictated, speech recognition
addall(
    "lk_dictation",
    [
        "patienten er set af {knud smedt} «reservelæge» punktum",
        "kontakt sygeplejerske {asta brinck} komma distriktspsykiatrien",
        "samtale med {asta brink} ny linje",
        "jeg har talt med {uffe due} om blodprøverne punktum",
        "«sagsbehandler» {ebbe koldt} har bevilget hjælp",
        "{vera fiske} sygeplejerske har givet besked",
        "oplysninger fra {birgitte sky} hjemmeplejen",
        "{Rose Fugl} «social og sundhedsassistent» oplyser at borger er faldet",
        "besøg ved {alf vinn} «fysioterapeut»",
        "dikteret af {smed} komma godkendt af {smed}",
        "pårørende har talt med {trine høj} sygeplejerske",
        "nattevagt {vibe mørck} fandt borger på gulvet",
        "plan aftalt med {signe kirk} ny linje",
        "oplyst af {gro kok} «social og sundhedshjælper»",
        "ifølge {asta} komma patienten",
        "{uffe} anbefaler punktum",
    ],
)

# ----------------------------------------------------------------- 10. initials, sign-offs
addall(
    "lk_initials",
    [
        "kl 08.10 {BS} bad + morgenmad",
        "07:30 {bs}: morgenmed givet",
        "sign. {RF}",
        "14.20 /{rf}",
        "Medicin givet 8.00 {GK}",
        "{VM} 02.30 tilset, sover",
        "Ref.: {EK}",
        "notat v/ {AB} 12/3",
        "kl 21 {vf} pn pcm 1g",
        "dikt. {KS}",
        "godkendt {UD} 14.03",
        "genoptræning {AV} 3x/uge",
        "venflon {TH} 06:10",
        "insulin 8 IE sc kl 17 {SK}",
        "/{sk}",
        "ansvarlig: {TH}",
        "Dokumenteret af: {BS}",
        "besøg\t{GK}\t12:00",
        "- {rf}",
        "mvh {ud}",
        "{EK}/{ek}",
        "aftalt m/ {AB}",
        "kl 16.00 {GK}: madpakke til i morgen",
        "kvittering {VF}",
    ],
)

# ----------------------------------------------------------------- 11. logs, usernames, mail
addall(
    "lk_logs",
    [
        "2024-03-12 08:14 bruger {rofu} åbnede journal",
        "opdateret af {bisk} 12.03.2024",
        "login: {grko}",
        "ændret af: {vefi} (medicinsk afd.)",
        "bruger={siki} handling=læs",
        "mail fra {birgit.sky}@«vejle.dk» vedr. nøgleboks",
        "cc: {uffe.due}@«praksis.dk»",
        "svar til {asta.brink}@«rsyd.dk»",
    ],
)

# ----------------------------------------------------------------- 12. English
addall(
    "lk_english",
    [
        "Seen by «Dr» {Smed} on the ward round, plan unchanged.",
        "Patient says {Vera} was rude to her last night.",
        "Please call {Asta} if she gets worse.",
        "Handover from {Fugl} to night staff: all settled.",
        "Discharge summary written by {K. Smed}, approved by [Carsten Høj].",
        "GP {Uffe Due} informed.",
        "ask {sky} about the key box",
        "{kok} did the shower today",
    ],
)

# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 13. the name words as words
addall(
    "ow_words",
    [
        "pt har fået en [fugl] (undulat) af barnebarnet, snakker meget om den",
        "der sad en død [fugl] på altanen, pt ked af det",
        "[Fugl] og fisk er ikke noget hun spiser",
        "kartofler, sovs og [sky] - spiste det hele",
        "pt er [sky] over for nye hjælpere, præsenter dig",
        "[Sky] for stærkt lys efter øjendråber",
        "hun vil [sky] alle aktiviteter i dag",
        "pt har været [kok] på en færge i 30 år",
        "plejehjemmets [kok] laver diabetesvenlig kost",
        "fødder [kolde], huden [kold] og marmoreret",
        "[kold] og klam ved ankomst, bs 2,9 - ringet 112",
        "[Kold] mad i køleskabet til aften",
        "drikker kun [kold] kaffe",
        "pt [smed] tabletterne i skraldespanden",
        "[Smed] tallerkenen på gulvet da hun blev vred",
        "hendes far var [smed] i Vejle",
        "[mørk] urin, drikker for lidt",
        "[Mørk], tjæreagtig afføring - obs melæna, ringet til lægen",
        "det er [mørk]t i stuen, pt vil have lyset tændt",
        "pt vil gerne [rose] personalet for god pleje",
        "[Rose] i vindueskarmen skal vandes",
        "datter tog en [rose] med",
        "såret skal have ro til at [gro]",
        "neglen vil ikke [gro] ud igen",
        "det [due]r ikke med den nye rollator",
        "en [due] har bygget rede på altanen",
        "meget [vind] i maven, fået [mylicon]",
        "kraftig [vind] i dag, pt vil ikke ud",
        "[høj] feber siden i går, temp 39,4",
        "[Høj] puls 118, RR 24",
        "pt er [høj] og tynd, BMI 18",
        "hun hører [høj] musik om natten",
        "[fisk] til middag, spiste godt",
        "allergi: [fisk] og skaldyr",
        "[Fisk] på fredag: laks m. kartofler",
        "fik [fiskeolie] og D-vitamin",
        "[alf]-tegneserien ligger på bordet",
        "god [vibe] på afdelingen i dag",
        "knude i venstre bryst, henvist",
        "[kirk]egården ved [Vejle] [kirke] - pt vil besøge sin mors grav",
        "<Signe> er et navn pt har givet sin kat",
        "smerterne [ebbe]r ud efter pcm",
        "som [ebbe] og flod, hun er frisk om morgenen og træt om aftenen",
        "the [sky] is blue - pt taler engelsk med datteren",
        "on the [brink] of tears, patient says she feels alone",
        "[due] to pain she stayed in bed",
        "high fever, [dark] urine",
    ],
)

# ----------------------------------------------------------------- 14. abbreviations, lab values
addall(
    "ow_abbrev",
    [
        "[BS] 12,4 kl 8, insulin givet",
        "[bs] før frokost 6,1",
        "målt [BS]: 3,8 - fået juice",
        "[AB]-behandling i 7 dage",
        "fortsat [ab] iv, skiftes til po i morgen",
        "start [AB] pga UVI",
        "[RF] 22, sat 91%",
        "[rf] 18",
        "TOBS: [RF] 24, puls 104, BT 102/60",
        "[VF] på monitor, hjertestop-kald",
        "tidl. [VF] 2019, ICD",
        "[AV]-blok grad 1",
        "[av] [av] siger pt når hun rejses",
        "smerter i [th]. side",
        "[TH] skulder opereret 2018",
        "[th] ben hævet, ve ben normalt",
        "insulin 10 IE [sk]",
        "[s.c.] og [sk] injektion",
        "pt skal [ud] at gå hver dag",
        "hun kom [ud] af sengen alene",
        "[UD] AF SENGEN 3 GANGE I NAT",
        "tømt [ud] af kateterpose, 300 ml",
        "ser [VM] i håndbold med ægtefællen",
        "[GK]-test? nej - [GFR] 42",
        "[KS] = kontrolskema, udfyldt",
        "[EK] ordineret? nej EKG ordineret",
        "[Hb] 6,8, [CRP] 145, [BS] 9",
        "p-[BS] 14 mmol/l",
        "BT 160/95, [BS] 11",
        "målinger: [RF] 20, [BS] 7, BT målt på [TH] arm",
        "[bs]-måling x4 dgl",
        "[AV]-fistel ve arm - intet BT på den arm",
    ],
)

# ----------------------------------------------------------------- 15. citizen and relatives
addall(
    "ow_family",
    [
        "[Inger Vind], 79 år, KOL og DM2",
        "[inger] i godt humør i dag",
        "fru [Vind] ønsker at blive kaldt [Inger]",
        "ægtefælle [Knud Vind] har demens, bor på plejehjem",
        "[Knud] (ægtefælle) ringer dagligt",
        "pt savner sin mand [Knud]",
        "sønnen [Ebbe] kommer på søndag",
        "[Ebbe Vind] (søn) er kontaktperson",
        "søn [ebbe] har nøgle",
        "datteren [Trine] har ringet",
        "[Trine Fisk] (datter), tlf 20 30 40 50",
        "datter [trine] vil have besked ved fald",
        "barnebarn [Vibe] har været på besøg",
        "[Vibe Fisk] (barnebarn) hjælper med indkøb",
        "barnebarnet [vibe] er 19 og læser til sygeplejerske",
        "børnene [Trine] og [Ebbe] deles om at handle",
        "[Knud] og [Inger] har været gift i 55 år",
        "pårørende: [Trine Fisk], [Ebbe Vind]",
        "[Vind], [Inger], cpr 120345-XXXX",
        "[Inger Vind] og datter [Trine Fisk] til samtale",
        "pt ringede til [Ebbe] (søn) kl 22",
        "datter [Trine Fisk] klager over hjemmeplejen",
        "pt siger at hendes mand [knud] aldrig besøger hende, han har demens",
        "familien [Fisk] kommer til jul",
        "[Vibe] (barnebarn) har spurgt om hun må være med til samtalen",
    ],
)

# ----------------------------------------------------------------- 16. non-hidden colleagues
addall(
    "ow_colleague",
    [
        "sygeplejerske [Rose Thorsen] har dispenseret medicin",
        "[Rose T.] har dagvagt",
        "[rose thorsen] ringer til lægen",
        "psykolog [Camilla Brink] har holdt samtale",
        "[camilla brink] deltager i netværksmødet",
        "samtale v/ [Camilla] (psykolog)",
        "[Henrik Due] har set pt i praksis",
        "læge [Henrik Due] forlænger recepten",
        "[H. Due] ref.",
        "overlæge [Carsten Høj] på stuegang",
        "[Carsten] har godkendt epikrisen",
        "[C. Høj] overlæge",
        "[Gro Nygaard] har morgenvagt",
        "[gro n.] tager aftenbesøg",
        "«ssa» [Gro Nygaard] og [Rose Thorsen] holdt møde",
        "overlæge <Høj> ordinerer CT",
        "psykolog <Brink> ringer tilbage",
        "sygeplejerske <Rose> har dagvagt",
        "<gro> fra hjemmeplejen siger hun ikke spiser",
        "[Henrik] (læge) er på ferie uge 8",
    ],
)

# ----------------------------------------------------------------- 17. places, streets, firms
addall(
    "ow_places",
    [
        "flytter til plejecentret [Fuglebakken] 1/4",
        "adresse: [Fuglevej] 12, 7100 [Vejle]",
        "datter bor i [Kokkedal]",
        "barnebarn går på [Kold College] i Odense",
        "[Smedegade] 4, 2. th",
        "sommerhus i [Mørkøv]",
        "bor på [Kirkevej] 3",
        "søn bor i [Vindinge] ved Roskilde",
        "[Højvangen] 22",
        "datter flyttet til [Høje-Taastrup]",
        "[Brinkvej] 8, [Vejle Ø]",
        "kørsel til [Duevej] 6",
        "tidligere ansat på [Skyttehuset] værtshus",
        "indlagt på [Vejle Sygehus], [Medicinsk afdeling]",
        "[Rosenvænget] 14",
        "handler i [Fisketorvet]",
        "[Sky Shop] levering kl 10",
    ],
)

# ----------------------------------------------------------------- 18. genre texts with no staff
addall(
    "ow_genre",
    [
        "kl 7 bad, [bs] 8,1, morgenmed givet. [kold] om fødderne, fået sokker på. ok",
        "nattevagt: sov kl 23-6, [mørk] urin i ble, obs væske",
        "S: [høj] feber. O: temp 39,1, [RF] 26. A: pneumoni? P: røntgen + [AB]",
        "pt [smed] med tingene og råbte, beroliget efter 10 min",
        "spiste [fisk] og kartofler, drak 2 glas vand",
        "[Vind] i maven og ondt, [ud] på toilet x3",
        "pt ser [VM] og er glad, snakker om sin [fugl]",
        "hjemmebesøg: lejligheden [kold], varmen slukket, [Inger] i tynd natkjole",
        "Epikrise: Indlagt med pneumoni, behandlet med [AB]. [BS] velreguleret. [AV]-blok grad 1 uændret.",
        "kontakt: pt har en [mørk] periode, tanker om døden men ingen planer",
        "pt ønsker at takke og [rose] hjemmeplejen",
        "obs [th] fod - sår på 5. tå, skal [gro]",
        "[Sky] over for mænd, ønsker kvindelig hjælper",
        "[kok] i 30 år, interesseret i madlavningen i afdelingen",
        "[VF]? nej, SR på EKG",
    ],
)

# ============================================================================= MIXED

# ----------------------------------------------------------------- 19. word use + staff use
addall(
    "mx_homecare",
    [
        "{sky} målte [bs] 13,2 kl 8, givet 6 IE",
        "[BS] 4,1 - {sky} gav juice og ventede 15 min",
        "kl 12 {BS}: [BS] 7,9, frokost spist",
        "{kok} varmede [fisk] til frokost",
        "{kok} siger pt var [kold] og bleg",
        "pt [smed] kaffekoppen efter {sky}",
        "{birgit} fandt en [due] i stuen, vinduet stod åbent",
        "[mørk] urin igen, {kok} har ringet til sygeplejen",
        "{sky} og pt så [VM] sammen",
        "{kirk}: såret skal have tid til at [gro], skift 2x ugl",
        "{signe} obs [th] hæl - trykaflastning",
        "pt [sky]r {sky}, vil ikke lukke hende ind",
        "pt vil gerne [rose] {sky} for hjælpen i går",
        "datter [Trine Fisk] ringede til {kok} om [kold] lejlighed",
        "sønnen [Ebbe] hentede nøglen hos {birgit}",
        "{kok} og [gro nygaard] skiftes til aften, [Gro N.] fredag",
        "[inger] [kold] og træt, {sky} har tændt varmen",
        "[Sky] over for nye: {sky} følger den nye hjælper ind",
        "{sky} ringer til [Knud Vind]s plejehjem for at høre om besøg",
        "[kok] i sin tid, [inger] fortæller {kok} om opskrifter",
        "{birgit sky} - [bs] 15,8 - givet insulin - obs [mørk] urin",
        "kl 21 {bs} [bs] 10,2",
        "[ud] af sengen m/ hjælp fra {kok}",
        "{Kok} gik [ud] kl 12.30",
    ],
)
addall(
    "mx_nursinghome",
    [
        "{fugl} har givet [fugl]en vand",
        "nattevagt {mørk}: [mørk] afføring x1, obs",
        "{mørk} siger det var [mørk]t og pt var bange",
        "{Rose Fugl} vil [rose] pt for at spise",
        "[RF] 24 målt af {RF}",
        "{fugl} ringede til datter [Trine] (datter) om [høj] feber",
        "barnebarn [Vibe Fisk] hilste på nattevagt {vibe mørk}",
        "{fugl} og [rose thorsen] har talt om [rose]n fra datteren",
        "{fugl} fandt beboer [kold] og klam, [BS] 2,8",
        "[Høj] feber, {fugl} har ringet til [Henrik Due]",
        "{mørk} og [Gro Nygaard] nattevagt, [ud] af sengen x3",
        "[fisk] til aften, {fugl} hjalp med at skære",
        "[Kold] aften, {Fugl} lagde ekstra dyne",
        "hjemmet [Fuglebakken]: kontaktperson {fugl}",
        "beboer savner sin mand [Knud], {fugl} har ringet til hans afdeling",
        "«ssh» {vibe} fandt beboer på gulvet, barnebarn [vibe] (barnebarn) orienteret",
    ],
)
addall(
    "mx_psych",
    [
        "{asta}: pt beskriver en [mørk] periode, mere [sky] over for andre",
        "pt siger {asta} er [kold] og ikke forstår hende",
        "samtale {asta} + psykolog [Camilla Brink]: pt på [brink]en af at opgive",
        "{asta} har givet [AB]-kur videre til egen læge",
        "pt [smed] medicinen ud, {asta} informeret",
        "sign. {AB}. [AB] fortsat",
        "pt vil [rose] {asta} for samtalerne",
        "{Asta B.} og [Camilla B.] samtale med [Inger] og datter [Trine]",
        "pt tror at {asta} og [ebbe] (søn) taler sammen bag hendes ryg",
        "{asta} obs: [høj] puls, ryster",
        "[Sky]er kontakt. {asta} forsøgt 3 gange",
        "pt: 'det [due]r ikke med {asta}'",
    ],
)
addall(
    "mx_gp",
    [
        "S: [høj] feber. O: [RF] 24. A: pneumoni. P: [AB]. /{ud}",
        "{uffe}: [BS] 11, øger metformin",
        "{uffe} og [Henrik Due] enige om henvisning",
        "{Uffe Due} - pt har haft [mørk] afføring, henvist til gastro",
        "pt ville [ud] til {uffe}, men kunne ikke komme [ud] af sengen",
        "{UD}: [VF] udelukket, EKG viser SR",
        "datter [Trine Fisk] ringer til {uffe} om [AB]",
        "[Due] til travlhed svarer {uffe} først i morgen",
        "tlf fra [Inger Vind]: vil tale med {uffe}, ikke [Henrik]",
        "{uffe}: [th] knæ artrose, henv fys",
        "pt klager: {uffe} var [kold] og afvisende",
    ],
)
addall(
    "mx_ward",
    [
        "{smed}: [BS] 18 - insulin-drop, [AB] iv",
        "{vera} har givet [fisk]eolie og pcm",
        "pt [smed] venflonen ud, {vera} har lagt ny",
        "{smed} og overlæge [Carsten Høj]: [VF] på tele, flyttes til CCU",
        "{trine høj}: [høj] feber kl 4, bloddyrkning taget",
        "{alf}: gangtræning, pt [kold] om hænderne, BT [høj]",
        "[AV]-blok på EKG, {smed} informeret",
        "datter [Trine] (datter) og spl. {Trine} har talt om udskrivelse",
        "<fisk> ringede til datter [Trine Fisk]",
        "[Fisk] til middag, spl {vera} hjalp",
        "spl {vera}: [RF] 28, sat 88%, ringet til {smed}",
        "[TH] arm hævet, {TH} har målt omkreds",
        "{Vera Fisk} og [Vibe Fisk] (barnebarn) talte om besøgstider",
        "{alf vind} og pt [Inger Vind] gik på trappen",
        "pt siger det [due]r ikke med {smed}, vil tale med [Carsten Høj]",
        "{smed} har ordineret [AB], [vind] i maven, lactulose",
    ],
)
addall(
    "mx_casework",
    [
        "{kold}: lejligheden [kold] og fugtig, søger plejebolig",
        "[Kold] lejlighed - {ebbe kold} har set den",
        "{kold} har talt med sønnen [Ebbe] om plejebolig",
        "borger, [Inger Vind], klager over {kold}",
        "{kold} og visitator - [Ebbe Vind] (søn) deltog",
        "{EK}: bevilling af [fugl]ebad? nej - badestol",
        "[Ebbe] (søn) og {Ebbe Kold} («sagsbehandler») har aftalt møde",
        "afgørelse fra {kold}: plejebolig på [Fuglebakken]",
    ],
)
addall(
    "mx_dictation",
    [
        "patienten har [høj] feber punktum set af {knud smed} punktum",
        "{asta brink} komma patienten virker [mørk] i stemningslejet",
        "[fisk] og kartofler til middag punktum {vera fisk} har hjulpet",
        "«fysioterapeut» {alf vind} komma borger [Inger Vind] gik [ud]",
        "{uffe due} anbefaler [AB] i ti dage",
    ],
)
addall(
    "mx_english",
    [
        "{Vera} says the patient had [dark] stools and a [high] fever",
        "Patient is [shy]; {Sky} will visit with the new carer",
        "[Due] to [high] [BS] {Smed} started insulin",
        "daughter [Trine Fisk] called {Asta}",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
