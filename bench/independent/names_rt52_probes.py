"""Red-team probes for indsigt name hiding (rt52): a generalisation test - one month of an older
man's records in North Jutland, as he reads them on sundhed.dk and in the municipality's citizen
portal. The citizen is Erling Hede (74, Sindal): KOL, type 2-diabetes, a hearing aid, a fall at
home with a hip fracture this month (Akutmodtagelsen and Ortopædkirurgi, Aalborg UH), a medical
admission in Hjørring (KOL exacerbation), a rehabilitation stay, municipal home care and home
nursing, his GP, the pharmacy, the dentist, the municipality's case work (aids, a nursing-home
application for his wife) and the access log. Each genre is written the way it is written in
Denmark (careful prose, fast lower-case shorthand, forms, tables, lists, signatures and
sign-offs, dictation marks, log lines, SMS, e-mails, short fields, a few English lines), drawn
evenly, with no special trick theme, and with the over-hiding traps such records naturally hold.

My own standard for the markup (written before any probe and before any run):
  {...}  must be gone: a hidden staff member's name part, registered initials, user name or the
         local part of his/her e-mail, used for that person -> a letter inside not covered by a
         span = LEAK. A one-letter typo of a name part of 4+ letters standing after a title or
         next to the other part ("overlæge Torbn Ravn", "KOL-sygeplejerske Jonas Falck") is the
         person too and is gone.
  [...]  must stay: the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, an abbreviation, a unit, a place, a street, a drug, a firm -> any span
         over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing next to a hidden name (overlæge, læge, dr.,
         reservelæge, forvagt, sygeplejerske, spl., KOL-sygeplejerske, hjemmesygeplejerske,
         ssa, social- og sundhedsassistent, fysioterapeut, fys., ergoterapeut, visitator,
         sagsbehandler, klinisk diætist, diætist, tandlæge, farmaceut, praktiserende læge,
         "egen læge", nurse, physiotherapist, dentist ...), also when it is a label before a
         colon ("Hjemmesygeplejerske: Karen Hede"); a genitive -s glued to a hidden name; the
         domain of a hidden person's e-mail; a phone number written next to a hidden name.
  Unmarked letters and digits are must-stay as well, including labels such as "Ansvarlig:",
  "Kontaktperson:", "Udfyldt af:", "Fra:", "v/", "Sign.:", and everything in an over-hide
  trap that is not marked. Literal "[", "{", "<" and "«" cannot appear in a probe.

Rules I apply when marking (the same in every genre):
  R1. A name part owned only by hidden staff among the persons the matcher is told about
      (Karen, Hjort, Dag, Per, Kilde, Lyng, Sand, Tove, Bro, Falk, Ib, Mørk; Sindal, the town,
      see R6; Kim, see R3 for the initials KIM) that the text uses for a person is gone -
      capitalised, lower case or upper case, bare or with the other part, family-first ("Ravn,
      Torben", "Hjort Dag"), abbreviated ("Karen H.", "T. Ravn"), in any position: subject,
      object, after a preposition, v/, af, hos, sign., in a list, a rota, a table cell, a
      signature, a sign-off, a greeting ("Hej Karen"), a log line, reported speech, English text.
  R2. Registered initials, user names and e-mail local parts are gone where they stand for the
      person (after sign./v//af/Referent:, in parentheses after an action, before a colon that
      opens the person's note, in a dictation mark, a rota, a table, a log or audit line). The
      same letters used as the word or abbreviation they also are stay: TR (tricuspid
      regurgitation), KH/kh (kærlig hilsen), MS (multipel sklerose) and ms (milliseconds), DM
      (diabetes mellitus, Danmarksmesterskab), GL/gl. (gammel), OS/os (per os, "os" = us), IM/
      i.m. (intramuscular), JF/jf. (jævnfør), P-K (plasma potassium), "masten".
  R3. A part shared with a non-hidden colleague (Torben - Torben Hede, sygeplejerske, the son;
      Maja - Maja Thygesen, ergoterapeut; Gitte - Gitte Brix, teamleder; Ole - Ole Bach,
      portør; Ravn - Søren Ravn, bioanalytiker; Lis - Lis Kjeldsen, lægesekretær; Jonas - Jonas
      Friis, anæstesilæge; Mose - Kirsten Mose, lægesekretær, initials KIM; Dam - Henrik Dam,
      tandplejer) is gone when the hidden person's other part, initial, initials, own title or
      the sender line of his/her own message settles it ("fys. Maja", "ssa Lis", "overlæge
      Ravn", "Gitte L."); it stays when the colleague's full name, initial or role settles it
      ("ergo Maja", "sekretær Lis", "bioanalytiker Ravn", "Jonas F. (anæstesilæge)"), and the
      colleague's registered initials in a dictation or "skrevet af" slot ("TR/kim", "skrevet af
      KIM") are the colleague; bare and unsettled it is debatable.
  R4. A part shared with the citizen or a relative (Hede - Erling, Gudrun and Torben Hede;
      Torben - the son; Ditte - the daughter Ditte Fisker; Storm - the grandson Storm Fisker) is
      gone when the hidden person's title, other part or initials settle it ("hjemmesygeplejerske
      Hede", "diætist Ditte", "fys. Storm", "overlæge Torben"); it stays when the text says who
      the relative is (a kinship word, an age, a courtesy title "hr. Hede", "fru Hede", the
      relative's full name, the citizen's own address or CPR line, the family's own signature);
      bare and unsettled it is debatable.
  R5. A part shared with an unlisted person (Jørgen Sand, neighbour; Per Nørby, hunting friend;
      Karen Bech, the wife's sister; Ib Kragh, priest; "fru Dam", neighbour; a hairdresser Maja;
      Karen Blixen, Kim Larsen, Storm P.; Anna Kruse, a doctor not in the roster) stays when that
      person's full name, role or courtesy title is written.
  R6. Words, places, streets, drugs, firms and abbreviations stay even when spelt like a hidden
      name part, initials or user name, also capitalised at the start of a sentence, in upper
      case, glued into compounds (dagcenter, dagligt, Sandoz, sandsynligvis, hedeture, Ravnkilde,
      infektionskilde, Lyngbo, Vildmose, Limfjordsbroen, Ibuprofen, Lisinopril, Hjortdal,
      dambrug, KOL-dagbog), and also in a text that names the hidden person. Sindal is the town
      the citizen lives in and stays as a place ("9870 Sindal", "Sindal Apotek"). Falck (the
      ambulance firm) stays, although "Jonas Falck" after a title is a one-letter typo of the
      hidden nurse and is gone.
  R7. Lower-case fast notes get the same judgement as careful prose: "v/ dag: fortsæt
      prednisolon" is a name, "pt træt i dag" is a word; "aftalt m per" is a name, "2 l per min"
      a word.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative/colleague use
next to staff use      db_*  debatable only

Roster (all invented for rt52; no name of the rt44 lines I read is reused):
  Hidden staff (13), with what the parts and initials also are:
    Torben Ravn     overlæge, Ortopædkirurgi, Aalborg UH     Torben = the son (also a non-hidden
                                                             nurse at the same hospital); ravn =
                                                             raven, Ravnkilde; Ravn = Søren Ravn
                                                             (colleague); TR = tricuspid
                                                             regurgitation; user "tora"; e-mail
                                                             tora@rn.dk
    Karen Hede      hjemmesygeplejerske, Hjørring Kommune    Hede = the citizen's family; hede =
                                                             heath, hedeture, Hedegården; KH =
                                                             kærlig hilsen; user "kahe"; e-mail
                                                             kahe@hjoerring.dk; Karen Blixen,
                                                             Karen Bech (unlisted)
    Maja Storm      fysioterapeut, rehabilitering            Maja = Maja Thygesen (ergo); Storm =
                                                             the grandson; storm = gale; Storm P.;
                                                             MS = multipel sklerose, ms; user
                                                             "mast" (masten)
    Lis Dam         social- og sundhedsassistent, hjemmepl.  Lis = Lis Kjeldsen (GP secretary),
                                                             Lisinopril; dam = pond, the game
                                                             dam, dambrug; Dam = Henrik Dam
                                                             (tandplejer), "fru Dam"; LD; user
                                                             "lida"
    Dag Hjort       reservelæge, Medicinsk afd., Hjørring    dag = day (i dag, dag 3, dagligt,
                                                             dagcenter, Dagvagt); hjort = deer,
                                                             Hjortdal; DH; user "dahj"
    Ditte Mørk      klinisk diætist, Diabetesamb. Hjørring   Ditte = the daughter; mørk = dark;
                                                             DM = diabetes mellitus; user "dimo"
    Per Kilde       praktiserende læge, Lægehuset i Sindal   per = per (per os, per telefon, per
                                                             minut); kilde = source,
                                                             infektionskilde, Ravnkilde; Per
                                                             Nørby (unlisted); PK (P-K);
                                                             e-mail per.kilde@laegehuset-sindal.dk
    Gitte Lyng      visitator, Hjørring Kommune              Gitte = Gitte Brix (teamleder); lyng
                                                             = heather, Lyngbo, Lyngså; GL = gl.
                                                             (gammel), Gl. Skagensvej; user
                                                             "gily"; e-mail gily@hjoerring.dk
    Ole Sand        tandlæge, Tandlægerne i Sindal           Ole = Ole Bach (portør); sand =
                                                             true, sand, Sandoz, sandsynligvis;
                                                             Jørgen Sand (unlisted); OS = os, per
                                                             os; user "olsa"
    Tove Sindal     ergoterapeut, Hjørring Kommune           Sindal = the citizen's town; TS
    Kim Bro         farmaceut, Sindal Apotek                 bro = dental bridge,
                                                             Limfjordsbroen, Broen; Kim Larsen;
                                                             KIM = initials of Kirsten Mose; KB;
                                                             user "kibr"
    Jonas Falk      KOL-sygeplejerske, Lungeamb. Hjørring    Jonas = Jonas Friis (anæstesi);
                                                             Falck (ambulance firm); JF = jf.;
                                                             user "jofa"
    Ib Mose         sygeplejerske, Akutmodtagelsen, AUH      Ibuprofen, Ibumetin; mose = bog,
                                                             Lille Vildmose, Mosevej; Mose =
                                                             Kirsten Mose (secretary); Ib Kragh
                                                             (unlisted priest); IM = i.m.; user
                                                             "ibmo"
  Non-hidden colleagues (9): Torben Hede (sygeplejerske, Akutmodtagelsen AUH; the son; user
    "tohe"), Maja Thygesen (ergoterapeut, rehab), Gitte Brix (teamleder, hjemmeplejen), Ole Bach
    (portør, AUH), Søren Ravn (bioanalytiker, AUH; user "sora"), Lis Kjeldsen (lægesekretær,
    Lægehuset i Sindal), Jonas Friis (anæstesilæge, AUH; user "jofr"), Kirsten Mose
    (lægesekretær, Ortopædkirurgi; initials KIM), Henrik Dam (tandplejer, Tandlægerne i Sindal).
  Citizen: Erling Hede (74), Skovvej 12, 9870 Sindal. Relatives: Gudrun Hede (wife, 73,
    Alzheimer's dementia), Torben Hede (son, 48, nurse - also a colleague), Ditte Fisker
    (daughter, 45), Storm Fisker (grandson, 17).
  Unlisted (must simply stay): Jørgen Sand (neighbour), Per Nørby (hunting friend), Karen Bech
    (Gudrun's sister), Ib Kragh (priest), fru Dam (neighbour), frisør Maja, Anna Kruse
    (bagvagt), Karen Blixen, Kim Larsen, Storm P.

Written by a red-team helper (rt52) that had not seen the matcher's code, rules, word lists,
tests, docs or changelog, nor the other names_rt* probe files (only lines 1-140 and 760-893 of
names_rt44_probes.py, for the format); the markup above was fixed before the first run and is
not changed after it except for markup errors by this standard (listed below).

Run:  cd bench/independent && PYTHONPATH=../../src python names_rt52_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above):
  6 probes, all in the direction of my own rules; nothing else was changed (first run saved as
  helpers/rt52_first_run.txt, second as helpers/rt52_second_run.txt):
  - "Henvisende læge: {Per Kilde}": the title "læge" standing next to the hidden name was left
    unmarked; the standard makes it don't-care -> "Henvisende «læge»: {Per Kilde}".
  - "Vi ses på søndag. kh Ditte", "kh ditte", "{Tove} fra kommunen ... /Ditte" and Erling's
    message "... Ditte kommer i dag": the daughter's name stood bare with no kinship word, full
    name or other cue, which R4 makes debatable, not must-stay -> <Ditte>. (Where a kinship
    word such as "Far", "far", "din mor", "datteren" is in the text, Ditte stays must-stay.)
  - "Med venlig hilsen / KH / Ditte": KH in a signature slot right after "Med venlig hilsen" is
    not settled as "kærlig hilsen" (R2 makes initials after a sign-off the person), and Ditte is
    bare (R4) -> "/ <KH> / <Ditte>".

637 probes (289 leak probes lk_*, 253 over-hide traps ow_*, 70 mixed mx_*, 25 debatable-only
db_*; 30 probes carry debatable marks). held-out, first run on d9f5e91 (pinned worktree
/tmp/heldout52): 17 leaks / 66 over-hides (probes failing); after the 6 markup fixes: 17 leaks /
60 over-hides; debatable outcomes 29 hidden / 2 kept.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        key="h01",
        given="Torben",
        family="Ravn",
        initials=("TR",),
        usernames=("tora",),
        emails=("tora@rn.dk",),
        titles=("overlæge",),
    ),
    Person(
        key="h02",
        given="Karen",
        family="Hede",
        initials=("KH",),
        usernames=("kahe",),
        emails=("kahe@hjoerring.dk",),
        titles=("hjemmesygeplejerske",),
    ),
    Person(
        key="h03",
        given="Maja",
        family="Storm",
        initials=("MS",),
        usernames=("mast",),
        titles=("fysioterapeut",),
    ),
    Person(
        key="h04",
        given="Lis",
        family="Dam",
        initials=("LD",),
        usernames=("lida",),
        titles=("social- og sundhedsassistent",),
    ),
    Person(
        key="h05",
        given="Dag",
        family="Hjort",
        initials=("DH",),
        usernames=("dahj",),
        titles=("reservelæge",),
    ),
    Person(
        key="h06",
        given="Ditte",
        family="Mørk",
        initials=("DM",),
        usernames=("dimo",),
        titles=("klinisk diætist",),
    ),
    Person(
        key="h07",
        given="Per",
        family="Kilde",
        initials=("PK",),
        emails=("per.kilde@laegehuset-sindal.dk",),
        titles=("praktiserende læge",),
    ),
    Person(
        key="h08",
        given="Gitte",
        family="Lyng",
        initials=("GL",),
        usernames=("gily",),
        emails=("gily@hjoerring.dk",),
        titles=("visitator",),
    ),
    Person(
        key="h09",
        given="Ole",
        family="Sand",
        initials=("OS",),
        usernames=("olsa",),
        titles=("tandlæge",),
    ),
    Person(key="h10", given="Tove", family="Sindal", initials=("TS",), titles=("ergoterapeut",)),
    Person(
        key="h11",
        given="Kim",
        family="Bro",
        initials=("KB",),
        usernames=("kibr",),
        titles=("farmaceut",),
    ),
    Person(
        key="h12",
        given="Jonas",
        family="Falk",
        initials=("JF",),
        usernames=("jofa",),
        titles=("KOL-sygeplejerske",),
    ),
    Person(
        key="h13",
        given="Ib",
        family="Mose",
        initials=("IM",),
        usernames=("ibmo",),
        titles=("sygeplejerske",),
    ),
]

OTHERS = [
    Person(
        key="o01", given="Torben", family="Hede", usernames=("tohe",), titles=("sygeplejerske",)
    ),
    Person(key="o02", given="Maja", family="Thygesen", titles=("ergoterapeut",)),
    Person(key="o03", given="Gitte", family="Brix", titles=("teamleder",)),
    Person(key="o04", given="Ole", family="Bach", titles=("portør",)),
    Person(key="o05", given="Søren", family="Ravn", usernames=("sora",), titles=("bioanalytiker",)),
    Person(key="o06", given="Lis", family="Kjeldsen", titles=("lægesekretær",)),
    Person(key="o07", given="Jonas", family="Friis", usernames=("jofr",), titles=("anæstesilæge",)),
    Person(key="o08", given="Kirsten", family="Mose", initials=("KIM",), titles=("lægesekretær",)),
    Person(key="o09", given="Henrik", family="Dam", titles=("tandplejer",)),
]

RELATIVES = [("Gudrun", "Hede"), ("Torben", "Hede"), ("Ditte", "Fisker"), ("Storm", "Fisker")]
CITIZEN = [("Erling", "Hede")]

P = Probes()
addall = P.addall


# ============================================================================= LEAK PROBES
addall(
    "lk_hospital",
    [
        "Pt. modtaget i Akutmodtagelsen kl. 14.20 af «sygeplejerske» {Ib Mose} efter fald i hjemmet.",
        "Røntgen viser collum femoris-fraktur sin. Vurderet af «overlæge» {Torben Ravn}, der anbefaler operation i morgen.",
        "Operationen blev udført af {Torben Ravn} med [Jonas Friis] som anæstesilæge.",
        "Informeret samtykke indhentet af {Torben Ravn}. Patienten ønsker, at sønnen [Torben Hede] deltager i samtalen.",
        "Epikrise\nDu er en 74-årig mand med KOL og type 2-diabetes, indlagt efter fald i hjemmet. Du blev opereret med hemialloplastik den 12.03 af «overlæge» {Torben Ravn}. Du er mobiliseret med gangstativ.",
        "Journalnotat, Medicinsk afd., Hjørring\nStuegang v/ «reservelæge» {Dag Hjort}. Pt. dyspnøisk, SAT 88 % på 2 l ilt.",
        "Pt. er set af {Dag Hjort} i dag, som øger prednisolon til 37,5 mg.",
        "{Hjort} har talt med hustruen Gudrun i telefonen, men hun kunne ikke huske samtalen bagefter.",
        "Pt. er informeret af «læge» {Dag} om CT-svaret: ingen lungeemboli.",
        "«KOL-sygeplejerske» {Jonas Falk} har instrueret i inhalationsteknik med Spiriva Respimat.",
        "Udskrivelsessamtale holdt af {Jonas Falk} med pt. og datter Ditte Fisker.",
        "«Klinisk diætist» {Ditte Mørk} har lagt kostplan: 6 små måltider, proteindrik 2 x dagligt.",
        "Pt. henvises til Diabetesambulatoriet, hvor {Ditte Mørk} følger op på vægttab og HbA1c.",
        "Ordineret af {Torben Ravn}: Fragmin 5000 IE s.c. x 1 i 28 dage.",
        "Operationsbeskrivelse\nOperatør: {Torben Ravn}\nAnæstesi: [Jonas Friis]\nOperation: Hemialloplastik, venstre hofte",
        "Samtale med pårørende: søn [Torben] (sygeplejerske her på huset) og datter Ditte. Til stede: «overlæge» {Ravn} og «spl.» {Ib Mose}.",
        "{Ib Mose} har lagt PVK i venstre albuebøjning og givet 1 g paracetamol i.v.",
        "Triage orange. Vurderet af «sygeplejerske» {Mose} kl. 14.25.",
        "Telefonisk kontakt til egen «læge» {Per Kilde} ang. vanlig medicin.",
        "Epikrise sendt til {Per Kilde}, Lægehuset i Sindal.",
        "Du ses i Ortopædkirurgisk Ambulatorium om 6 uger hos {Torben Ravn} eller en af hans kolleger.",
        "Ved udskrivelsen er det aftalt med «hjemmesygeplejerske» {Karen Hede}, at hun kommer dagen efter hjemkomst.",
        "Henvist til genoptræning efter sundhedsloven § 140. Modtages af «fysioterapeut» {Maja Storm}.",
        "Paraklinik bestilt af {Dag Hjort}: A-gas, CRP, leukocytter, proBNP.",
        "Lungemedicinsk Ambulatorium, Hjørring\nKendt svær KOL, FEV1 38 % af forventet. Set af {Jonas Falk} og «læge» {Dag Hjort}.",
        "Røntgen af thorax: ingen infiltrater. Svaret er gennemgået med pt. af {Hjort}.",
        "Pt. har været på toilettet med hjælp fra {Ib} kl. 16.",
        "Indlæggelsesnotat: Anamnese optaget af {Dag Hjort}, «reservelæge», med hjælp fra sønnen [Torben Hede], da pt. er tunghør og høreapparatet ligger hjemme.",
        "Plan efter stuegang med {Torben Ravn}: mobilisering, smertedække, kontrolrøntgen.",
        "{Ravn} vurderer, at pt. må støtte fuldt på benet.",
        "Ankomst kl. 13.55 med Falck. Modtaget af {Ib Mose}, «spl.», og vagthavende læge.",
        "Pt. fik ved indlæggelsen Solu-Medrol 80 mg i.v., ordineret af «forvagt» {Dag Hjort}.",
        "Tilsyn fra ortopædkirurgisk afdeling ved {Torben Ravn}: ingen indikation for reoperation.",
        "Pt. overflyttet til Medicinsk afd., Hjørring. Overlevering givet af {Ib Mose} til afdelingens sygeplejerske.",
        "HbA1c 64 mmol/mol. Drøftet med {Ditte Mørk} og «læge» {Dag Hjort}.",
        "Ambulant kontrol 6 uger postoperativt\nSet af: {Torben Ravn}\nRøntgen: protesen sidder korrekt.",
    ],
)

addall(
    "lk_shorthand",
    [
        "kl 22 pt urolig, {ib} har givet 2,5 mg morfin iv",
        "stuegang v/ {dag}: fortsæt prednisolon, ktr a-gas i morgen",
        "{torben r} har set rtg - ok til fuld belastning",
        "tlf m {per kilde} ang insulin, øger metformin",
        "{karen} skiftet forb hø hofte, sår pænt",
        "ssa {lis} i bad m pt kl 8, pt træt",
        "genopt m {maja s}: gangstativ 40 m x 2",
        "ringet til {gitte l} ang plejebolig til hustru, ingen svar",
        "«kol-spl» {jonas}: inhalator virker ikke, ny bestilt",
        "{ditte m} har vejet pt: 71,2 kg (-3 kg)",
        "{tove s} har leveret toiletforhøjer + badebænk",
        "{ole s}: ext. 46, bro 33-35 ok",
        "{kim} fra apoteket ringet: dosisdispensering starter 18/3",
        "nat: {ib} og [torben h] på vagt i akut, pt sov fra kl 2",
        "{dahj} ord. furix 40 mg iv",
        "{tora}: kontrol-rtg ok",
        "bs 14,2 kl 17 - {karen h} informeret",
        "{hede}, «hjemmesygepl.», har bestilt blodprøver",
        "pt + hustru besøgt af {lis d} kl 19, [gudrun] forvirret",
        "«fys» {storm}: rejse-sætte-sig 8 x på 30 sek",
        "spl. {mose} har ringet til søn",
        "aftalt m {per} at pt ses i konsultation fre",
        "{gily}: bevilget rollator + badebænk",
        "{kahe} 14/3: lantus 18 IE givet, bs 9,8",
        "{lida} aflyst besøg kl 11, ny tid kl 13",
        "{jofa} tlf-kons: mere hoste, gult ekspektorat, egen læge kontaktet",
        "{ibmo} modt pt fra ambulance kl 13.55",
        "{mast} 2. træning: bedre balance, går uden støtte 10 m",
        "{dimo}: kostplan sendt t hjemmeplejen",
        "pt spørger efter «dr.» {ravn}",
        "obs faldrisiko!! {lis dam} + {karen} orienteret",
        "ktr bt 98/55 - {karen} har pauseret lisinopril",
        "hjemmebesøg {tove} + {gitte l}: dørtrin fjernes, greb v toilet",
        "ringet til {torben ravn}«s» sekretær ang kontroltid",
        "ssa {lis dam} fandt pt på gulvet 07.40, 112 ringet",
        "{dag h}: ilt ned til 1 l, sat-mål 88-92",
        "{ib m} har ringet til søn, som kommer",
        "{maja} («fys») siger pt skal øve trapper",
    ],
)

addall(
    "lk_homecare",
    [
        "Besøg kl. 07.30 v/ {Lis Dam}: Hjælp til bad og påklædning. Erling har god appetit.",
        "«Hjemmesygeplejerske» {Karen Hede} har doseret medicin for 14 dage.",
        "Sår på venstre hofte tilset af {Karen}: ingen tegn på infektion, agraffer fjernes dag 14.",
        "Aftalt med {Karen Hede}, at datteren hjælper med indkøb om fredagen.",
        "Indsatsmål: Erling skal selv kunne gå på toilettet om natten. Ansvarlig: {Karen Hede}.",
        "«Ssa» {Lis} har hjulpet Gudrun med at finde sine briller og givet Erling morgenmedicin.",
        "«Social- og sundhedsassistent» {Lis Dam} observerer, at Erling hoster mere og er mere forpustet.",
        "Dokumenteret af: {Lis Dam}, ssa, Hjemmeplejen Sindal Syd",
        "Besøget er aflyst, fordi {Karen} er syg. Ny tid i morgen kl. 9.",
        "«Hjemmesygeplejerske» {Hede} har målt blodsukker 11,4 og givet insulin.",
        "Observation: {Lis Dam} fandt Erling på gulvet i stuen kl. 07.40 og ringede 112.",
        "Han lå på gulvet, da «ssa» {Lis} kom. Hun dækkede ham til og tilkaldte ambulance.",
        "Medicinskemaet er ændret af {Karen Hede} efter besked fra egen «læge» {Per Kilde}.",
        "Insulin Lantus 18 IE kl. 21 – {KH}",
        "Telefon til datteren: {Karen Hede} fortæller, at far er faldet og er kørt til Aalborg.",
        "Aftenbesøg: {Karen Hede} har tilset Erling kl. 21.30, han sover uroligt.",
        "Hjælpemidler: {Tove Sindal} har afprøvet badebænk med Erling.",
        "«Ergoterapeut» {Tove} kommer tirsdag kl. 10 for at se på badeværelset.",
        "Boligindretning v/ «ergoterapeut» {Sindal}: dørtrin fjernes, greb ved toilet.",
        "Plan aftalt med {Karen Hede} og teamleder [Gitte Brix].",
        "{Lis Dam} har været på besøg tre gange i dag.",
        "Mandag: {Karen}. Tirsdag: {Karen}. Onsdag: vikar. Torsdag: {Karen}.",
        "Besked fra {Karen} til aftenvagten: obs blodsukker før sengetid.",
        "Der er givet Furix 40 mg af {Lis D.} kl. 8.",
        "Kompressionsstrømper på - {Lis Dam} har hjulpet. Erling klager over hævede ankler.",
        "Hjemmesygeplejen (v/ {Karen Hede}) har lagt kateter à demeure efter aftale med egen læge.",
        "Erling er glad for {Karen}, hun har god tid og forklarer tingene.",
    ],
)

addall(
    "lk_rehab",
    [
        "Genoptræningsplan udarbejdet af «fysioterapeut» {Maja Storm}, Rehabiliteringscenter Hjørring.",
        "Træning med {Maja Storm}: gangtræning med rollator 2 x 50 m.",
        "«Fys.» {Storm} vurderer, at Erling kan gå selvstændigt med stok om 2 uger.",
        "«Fysioterapeut» {Maja} har lavet et øvelsesprogram til hjemmet.",
        "Målsætning (aftalt med {Maja Storm}): at gå til postkassen uden hjælp.",
        "Status uge 2 v/ {MS}: gangdistance 120 m, Borg 13.",
        "{Storm}, «fysioterapeut», har testet 30 sek. rejse-sætte-sig: 6 gange.",
        "Kontaktperson under opholdet: {Maja Storm} («fys.»)",
        "Erlings datter har ringet og talt med {Maja Storm} om hjemtransport.",
        "{mast} har registreret faldrisiko: høj (Downton 4).",
        "Kommunens «ergoterapeut», {Tove Sindal}, deltog i udskrivningsmødet.",
        "Erling er motiveret og spørger hver morgen, om han skal træne med {Maja S.}",
        "Borg-skala og gangtest noteret af {M. Storm}.",
        "Træningen i dag er aflyst, da {Maja Storm} er syg.",
        "Fysioterapeutisk status ved udskrivelse\nUdarbejdet af: {Maja Storm}, «fysioterapeut»\nGang: rollator, 200 m",
        "Pt. har talt med {Maja Storm} om, at han er bange for at falde igen.",
        "Udskrivning fra rehab 28.03. Overlevering til hjemmeplejen v/ {Maja Storm}.",
    ],
)

addall(
    "lk_gp",
    [
        "Konsultation v/ {Per Kilde}: KOL-kontrol, spirometri FEV1 1,1 l.",
        "{Per Kilde} har fornyet recept på Spiriva og Ventoline.",
        "E-konsultation\nFra: Erling Hede\nTil: {Per Kilde}\nEmne: Blodsukker\n\nHej {Per}\nMit blodsukker er 15 om morgenen. Hvad skal jeg gøre?\nMvh Erling",
        "Svar: Øg Metformin til 1 g morgen og aften. Venlig hilsen {Per Kilde}, «praktiserende læge»",
        "Lægens notat ({PK}): BT 146/82, puls 88, SAT 92 % uden ilt.",
        "Recept fornyet ({PK}): Lisinopril 10 mg x 1.",
        "Sygebesøg hos Erling og Gudrun v/ {Per Kilde}: Gudrun ved ikke, hvilken dag det er.",
        "{Kilde} har henvist til øre-næse-halslæge pga. høreapparatet.",
        "«Dr.» {Kilde} siger, at Erling skal have influenza- og pneumokokvaccine.",
        "Telefonkonsultation med «læge» {Per Kilde}: vil se Erling 1 uge efter udskrivelsen.",
        "Lægehuset i Sindal\n«Praktiserende læge» {Per Kilde}\nSindalvej 4, 9870 Sindal",
        "Lægeerklæring til kommunen udfyldt af {Per Kilde} (plejebolig til hustru).",
        "Sendt fra {per.kilde}«@laegehuset-sindal.dk»",
        "Ring til {Per}, hvis feberen ikke er gået ned på fredag.",
        "Henvisning\nHenvisende «læge»: {Per Kilde}\nModtager: Ortopædkirurgisk Ambulatorium, Aalborg UH",
        "Diabeteskontrol hos {Per Kilde}: fødder undersøgt, ingen sår. HbA1c 64.",
        "{PK}: Prednisolonkur 37,5 mg x 1 i 5 dage, amoxicillin 750 mg x 3.",
        "Aftalt med {Per Kilde}, at Erling måler blodsukker 2 gange om ugen.",
        "Min «læge» {Per Kilde} mener, at jeg skal på rehabilitering.",
        "Hjemmesygeplejen har talt med {Kilde} om insulindosis.",
        "Tid hos {P. Kilde} mandag kl. 8.20.",
    ],
)

addall(
    "lk_pharm_dent",
    [
        "Sindal Apotek: «Farmaceut» {Kim Bro} har gennemgået medicinen med Erling.",
        "Medicingennemgang v/ {Kim Bro}: Ibuprofen frarådes pga. nedsat nyrefunktion.",
        "{Kim} fra apoteket ringer, når dosisposerne er klar.",
        "«Tandlæge» {Ole Sand}: underprotese tilpasset, trykmærke i venstre side.",
        "Behandler: {Ole Sand}, «tandlæge»",
        "«Tandlæge» {Sand} har lavet ny underprotese.",
        "{OS}: 36 ekstraheret, suturer fjernes om 1 uge.",
        "Omsorgstandpleje: «tandlæge» {Ole} vurderer, at Erling skal ses hver 3. måned.",
        "Apoteket v/ {Kim Bro}, «farmaceut»: Spiriva Respimat i restordre, udleveret alternativ.",
        "Bestilt af {KB}: dosisdispensering fra uge 12.",
        "Journal, Tandlægerne i Sindal\n22.03.2024 {OS}: Protesekontrol. Ingen sår.",
        "Erling har ringet til {Ole Sand} pga. ondt under protesen.",
        "Spørgsmål om medicinen? Kontakt {Kim Bro} på Sindal Apotek, tlf. «98 93 10 20».",
        "{Kim B.}: interaktion mellem prednisolon og insulin drøftet med pt.",
        "Tandlægeerklæring til kommunen udfyldt af {Ole Sand}.",
    ],
)

addall(
    "lk_casework",
    [
        "«Visitator» {Gitte Lyng} har bevilget personlig pleje morgen og aften.",
        "Afgørelse\nDu er bevilget en rollator efter servicelovens § 112.\nMed venlig hilsen\n{Gitte Lyng}\n«Visitator», Hjørring Kommune",
        "Sagsbehandler: {Gitte Lyng}, tlf. «72 33 33 33»",
        "Ansøgning om plejebolig til Gudrun Hede er modtaget. «Visitator» {Gitte Lyng} har ringet til Erling.",
        "Samtale med Erling og datter Ditte. {Gitte L.} har forklaret, hvordan visitationen foregår.",
        "{GL} 14.03.: Ansøgning om nødkald sendt til leverandør.",
        "Hjælpemiddel: toiletstol. Afprøvet af {Tove Sindal}, bevilget af {Gitte Lyng}.",
        "{Lyng} har sendt sagen til visitationsudvalget.",
        "Mail fra {gily}«@hjoerring.dk»: Vi har modtaget lægeerklæringen.",
        "Sagen er behandlet af {Gitte Lyng} og afsluttet 28.03.2024.",
        "Sagsforløb:\n03.03 Henvendelse fra datter (Ditte Fisker)\n05.03 Hjemmebesøg v/ {Gitte Lyng} og {Tove Sindal}\n12.03 Afgørelse sendt ({GL})",
        "Har du spørgsmål, kan du kontakte {Gitte Lyng} på tlf. «72 33 12 34» mellem kl. 9 og 12.",
        "Hjørring Kommune, Myndighed Ældre\nSagsbehandler: {Gitte Lyng}\nJ.nr. 27.12.04-G01-123-24",
        "Ergoterapeutisk vurdering ({TS}): behov for plejeseng og loftlift.",
        "Revisitation: {Gitte Lyng} vurderer, at hjælpen skal øges til 4 besøg dagligt.",
        "Partshøring sendt til Erling Hede af {Gitte Lyng}.",
        "«Visitator» {Lyng, Gitte} har talt med Ditte Fisker om ventelisten til plejebolig.",
        "Bevilling af hjælpemidler\nAnsøger: Erling Hede\nBehandlet af: {Tove Sindal}, «ergoterapeut»\nBevilget: badebænk, toiletforhøjer",
        "Klagen er videresendt af «sagsbehandler» {Gitte} til Ankestyrelsen.",
        "Nødkald installeret. Oplyst af {gily} til hjemmeplejen.",
        "Visitationsnotat v/ {GL}: Gudrun visiteres til midlertidig plads på Plejecenter Lyngbo.",
    ],
)

addall(
    "lk_forms",
    [
        "Ansvarlig «læge»: {Torben Ravn}\nAnsvarlig sygeplejerske: {Ib Mose}",
        "Behandler | Rolle | Dato\n{Torben Ravn} | Operatør | 12.03\n[Jonas Friis] | Anæstesi | 12.03",
        "Sign.: {TR}",
        "/{Ravn}, «overlæge»",
        "Dikteret af {DH}, skrevet af sekretær 14.03.2024",
        "Vagtplan Medicinsk afd. uge 11\nDagvagt: {Dag Hjort}\nBagvagt: [Anna Kruse]",
        "Kontaktpersoner\n«Hjemmesygeplejerske»: {Karen Hede}\nHjemmepleje: {Lis Dam}\nTeamleder: [Gitte Brix]\n«Visitator»: {Gitte Lyng}",
        "Underskrift: {Karen Hede}, «hjemmesygeplejerske», Hjørring Kommune",
        "Venlig hilsen\n{Jonas Falk}\n«KOL-sygeplejerske»\nLungemedicinsk Ambulatorium, Hjørring",
        "Med venlig hilsen\n{Ditte Mørk}\n«Klinisk diætist»",
        "Udfyldt af: {Tove Sindal}   Dato: 06.03.2024",
        "Navn: Erling Hede   CPR: 120350-xxxx\nKontaktperson: {Karen Hede}",
        "FALDRAPPORT\nBorger: Erling Hede\nFundet af: {Lis Dam}\nTidspunkt: 07.40\nTilkaldt: 112 og «hjemmesygeplejerske» {Karen Hede}",
        "Sidst redigeret af {KAHE} 14.03.2024 10:12",
        "Oprettet 12.03.2024 af {TORA}",
        "Ordination: Morfin 5 mg p.n., max x 4 – {DAHJ}",
        "MEDICINLISTE (opdateret af {PK} 15.03)\nMetformin 1 g x 2\nLisinopril 10 mg x 1\nSpiriva 2,5 mikrog 2 pust x 1\nPanodil 1 g x 4",
        "Henvisning fra: {Ravn, Torben}, «overlæge»",
        "Behandlende «læge»: {RAVN TORBEN}",
        "Ansvarlig: {Hjort, Dag} («reservelæge»)",
        "«Fys.»: {Storm, Maja}",
        "Udarbejdet af: {MØRK, DITTE}, «klinisk diætist»",
        "Tjekliste udskrivelse\n☑ Medicin afstemt ({IM})\n☑ Hjemmepleje orienteret ({IM})\n☐ Transport bestilt",
        "Notat godkendt: {Dag Hjort} 14.03.2024 15:20",
        "Tværfagligt møde 20.03\nDeltagere: {Karen Hede} («hjemmesygepl.»), {Lis Dam} (ssa), {Maja Storm} («fys.»)\nReferent: {KH}",
        "| Tid | Medarbejder |\n| 07.30 | {Lis Dam} |\n| 12.00 | {Lis Dam} |\n| 21.00 | {Karen Hede} |",
        "Kørselsliste Syd, tirsdag: 07.30 Hede, Skovvej 12 – {LD}",
    ],
)

addall(
    "lk_log",
    [
        "12.03.2024 14:22:05  {tora}  {Torben Ravn}  Ortopædkirurgi, Aalborg UH  Læst journal",
        "2024-03-12 13:58 | {ibmo} | {Ib Mose} | Akutmodtagelsen, Aalborg UH | Oprettet kontakt",
        "2024-03-14 09:03 | {dahj} | {Dag Hjort} | Medicinsk afd., Hjørring | Læst notat",
        "2024-03-15 10:41  {kahe}  {Karen Hede}  Hjemmesygeplejen Sindal  Opdateret medicinkort",
        "FMK-opslag 15.03.2024 11:02 af {Per Kilde} (Lægehuset i Sindal)",
        "FMK: Lægemiddel ændret af {Kim Bro}, Sindal Apotek, 15.03.2024",
        "Opslag i Fælles Medicinkort: {Ole Sand} (Tandlægerne i Sindal) 20.03.2024 09:12",
        "Log 2024-03-18 08:15 {gily} visning af sag 27.12.04",
        "Adgang 2024-03-19 09:00 bruger={jofa} navn={Jonas Falk} enhed=Lungeamb. Hjørring handling=læs",
        "17-03-2024 16:44:12 {mast} ({Maja Storm}) Genoptræningsplan oprettet",
        "20240313 0712 {IBMO} AKUT AAUH LÆS",
        "2024-03-20 11:11:11 {lida} {Lis Dam} Hjemmeplejen Syd opret besøgsnotat",
        "user {dimo} ({Ditte Mørk}) viewed record 2024-03-21 10:02",
        "Opslag foretaget af {Hjort Dag} ({DH}), Regionshospital Nordjylland",
        "Hvem har set dine data: {Karen Hede}, Hjørring Kommune – 5 opslag",
        "Sundhedsjournal-log 19.03: {Jonas Falk} (Lungeamb. Hjørring) – 1 opslag",
        "Login {tora}«@rn.dk» 12.03.2024 14:20 OK",
        "Dato        Bruger  Navn          Enhed\n14.03.2024  {dahj}    {Dag Hjort}     Med. afd. Hjørring\n14.03.2024  {kahe}    {Karen Hede}    Hjemmesygeplejen",
        "2024-03-22T09:31:07Z;{olsa};{Ole Sand};Tandlægerne i Sindal;READ",
        "2024-03-15 11:40;{kibr};{Kim Bro};Sindal Apotek;FMK-opslag",
        "Opslag: {TOVE SINDAL}, HJØRRING KOMMUNE, 06.03.2024",
        "Adgangslog, sundhed.dk\n13.03.2024 Aalborg Universitetshospital, {Ib Mose}, sygeplejerske\n13.03.2024 Aalborg Universitetshospital, {Torben Ravn}, «overlæge»",
        "Handling: Udskrift. Bruger: {gily}. Tidspunkt: 28.03.2024 14:02.",
        "{per.kilde} loggede ind på Sundhedsjournalen 15.03.2024 08:05",
    ],
)

addall(
    "lk_sms_mail",
    [
        "SMS fra Hjemmeplejen: {Lis D.} kommer ca. kl. 8.15 i morgen. Mvh Hjemmeplejen Sindal",
        "SMS: Hej Erling. Din tid hos «tandlæge» {Ole Sand} er flyttet til 22.03 kl. 9.30. Tandlægerne i Sindal",
        "Fra: {gily}«@hjoerring.dk»\nTil: [ditte.fisker@gmail.com]\nEmne: Plejebolig\n\nKære Ditte\nVi har fundet en plads til din mor på Plejecenter Lyngbo.\nMvh {Gitte}",
        "Mail fra {Gitte Lyng}: Kære Ditte, vi har modtaget ansøgningen om plejebolig til din mor.",
        "Besked via sundhed.dk til {Per Kilde}: Kan jeg få fornyet Ventoline? Hilsen Erling Hede",
        "Svar fra {Per}: Ja, recepten er fornyet. Hilsen {Per Kilde}",
        "Sendt 13.03.2024 08:12\nFra: {Jonas Falk}\nTil: Erling Hede\nHusk at tage inhalatoren med til kontrollen.",
        "Påmindelse: Tid hos «diætist» {Ditte Mørk} tirsdag 26.03 kl. 10.15, Diabetesambulatoriet Hjørring.",
        "SMS fra apoteket: Din medicin er klar. Spørgsmål? Ring til {Kim Bro}, Sindal Apotek.",
        "{Tove} fra kommunen ringer i morgen om badebænken. /<Ditte>",
        "Beskedtråd\nErling: Hvornår kommer ergoterapeuten?\n{Tove Sindal}: Jeg kommer torsdag kl. 10.",
        "Mail fra {kahe}«@hjoerring.dk» til Lægehuset: Blodsukker stigende, bedes vurderet.",
        "Hej {Karen}! Far har ondt i foden, kan du kigge på den i morgen? Hilsen Ditte",
        "SMS 14.03 kl. 17.02 fra {Ib Mose}: Din far er kommet op på afdelingen nu.",
        "Kære {Maja Storm}, tak for hjælpen med far. Hilsen Ditte og [Storm]",
        "Tak for besøget, {Karen}! Erling og Gudrun",
        "Besked fra {Dag Hjort}: Vi ændrer ikke ilten i weekenden.",
        "Fra: {tora}«@rn.dk»\nEmne: Kontrol\nKære Erling Hede, du indkaldes til kontrol 24.04 kl. 10.",
        "Mvh\n{Karen Hede}\n«Hjemmesygeplejerske», Hjørring Kommune\nTlf. «72 33 40 00»",
    ],
)

addall(
    "lk_english",
    [
        "Patient seen by orthopaedic surgeon {Torben Ravn}; hemiarthroplasty performed on 12 March.",
        "Discharge summary: follow-up with GP «Dr.» {Kilde} in two weeks.",
        "«Physiotherapist» {Maja Storm} reports improved gait.",
        "Dear «Dr.» {Ravn}, thank you for seeing Mr Hede.",
        "«Nurse» {Ib Mose} administered 1 g paracetamol IV.",
        "Please contact {Jonas Falk} («COPD nurse») for inhaler training.",
        "Seen by {D. Hjort}, «junior doctor», medical ward Hjørring.",
        "«Dietitian»: {Ditte Mørk}. Plan: high-protein diet.",
        "Reviewed by {TR} 13/03.",
        "«Home nurse» {Karen} visited at 8 am; blood sugar 9.2.",
        "Case handled by {Gitte Lyng}, Hjørring municipality.",
        "«Dentist» {Ole Sand} fitted a new lower denture.",
        "«Pharmacist» {Kim Bro} checked the interactions.",
    ],
)

addall(
    "lk_variants",
    [
        "«Overlæge» {Torbn Ravn} har set patienten.",
        "«Hjemmesygeplejerske» {Karne} kommer i morgen kl. 9.",
        "«Fysioterapeut» {Maja Strom} har lavet en plan.",
        "«Visitator» {Gite Lyng} har ringet.",
        "«Tandlæge» {Ole Samd} har fjernet tandsten.",
        "«Diætist» {Dite Mørk} har vejet Erling.",
        "«Ergoterapeut» {Tove Sindl} kommer torsdag.",
        "«KOL-sygeplejerske» {Jonas Falck} ringer i næste uge.",
        "«Reservelæge» {Dag Hjorth} har ordineret ilt.",
        "«Læge» {Per Kile} har fornyet recepten.",
        "«Sygeplejerske» {Ib Mosse} har givet morfin.",
        "Tak til {Karen H.} for hjælpen.",
        "{T. Ravn}, «overlæge», ortopædkirurgi",
        "{M. Storm} («fys.») har testet balancen.",
        "Bevilget af {G. Lyng}.",
        "Kostplan v/ {Ditte M.}",
        "Protese tilpasset af {O. Sand}.",
        "KOL-skole v/ {J. Falk}.",
        "{P. Kilde}, «praktiserende læge»",
        "Ordineret af {TORBEN RAVN}, «OVERLÆGE»",
        "{KAREN HEDE} – «HJEMMESYGEPLEJERSKE»",
        "«OVERLÆGE» {RAVN} VURDERER, AT PT. KAN UDSKRIVES.",
        "Kontakt: {Mose, Ib} (akutmodtagelsen)",
        "Visiteret af {Lyng, Gitte}",
        "{Sindal, Tove}, «ergoterapeut»",
        "{Falk Jonas}, «KOL-spl.»",
        "{gitte lyng} ringer i morgen",
        "{Ravn}«s» notat fra 12.03.",
        "{Karen Hede}«s» besøg er flyttet til kl. 10.",
        "Ifølge {Dag Hjort}«s» plan skal ilten trappes ned.",
        "{Per Kilde}«s» sekretær har ringet.",
    ],
)


# ============================================================================= OVER-HIDE TRAPS
addall(
    "ow_words",
    [
        "I dag har Erling gået 60 m med rollator.",
        "Dag 2 efter operationen: smerter VAS 4 i hvile.",
        "Erling er i dagcenter om onsdagen, mens Gudrun er i aflastning.",
        "Insulin gives hver dag kl. 8 og kl. 20.",
        "Dagen er gået roligt, ingen smerter.",
        "dag 3 postop - mobiliseret til stol x 2",
        "Prednisolon 37,5 mg dagligt i 5 dage.",
        "Dagkirurgisk forløb ikke muligt pga. KOL.",
        "DAG 1: Mobilisering med gangstativ.",
        "Metformin 500 mg per os x 2.",
        "Per telefon: datter orienteret om udskrivelsen.",
        "Ilt 2 liter per minut på næsekateter.",
        "Kontrol per 1. april 2024.",
        "Kontakt per mail til kommunen, ikke per brev.",
        "Det er sandt, at han ikke har taget sin medicin, siger datteren.",
        "Sandsynligvis KOL-exacerbation udløst af virus.",
        "Sandheden er, at han er ensom, siger datteren.",
        "Sand på gulvet ved hoveddøren - pt. har været ved stranden i Lønstrup.",
        "Pt. klager over hedeture og sved efter prednisolon.",
        "Hedebølgen sidste sommer gav væskemangel; obs væskeindtag.",
        "Pga. storm er hjemmeplejens aftenbesøg forsinket.",
        "Stormvejr i nat – ingen kørsel til Lønstrup.",
        "Pt.s søster bor i Ravnkilde.",
        "Han fodrer ravnene i haven, siger datteren.",
        "Infektionskilde: formentlig luftvejene.",
        "Kilde: Sundhedsstyrelsen, anbefalinger for KOL-rehabilitering.",
        "Mulig kilde til faldet: løst tæppe i entreen.",
        "Han har plukket lyng på heden til Gudruns mors grav.",
        "Tur i Lille Vildmose med datteren i weekenden.",
        "Sidste år faldt han ude ved mosen bag huset.",
        "Tandlægen foreslår en bro fra 34 til 36.",
        "Urinen er mørk og koncentreret – drik mere.",
        "Mørk afføring, obs blødning – egen læge kontaktet.",
        "Han falder især, når det er mørkt i gangen.",
        "Mørket kommer tidligt; natlampe opsat i soveværelset.",
        "Hentet af Falck kl. 07.55.",
        "Han har en dam i haven – obs faldrisiko.",
        "De spiller dam hver eftermiddag.",
        "Han har arbejdet på dambruget i 40 år.",
        "Lisinopril pauseret pga. lavt blodtryk.",
        "Ibuprofen frarådes pga. nyrefunktionen.",
        "Ibumetin 400 mg x 3 i 3 dage, derefter stop.",
        "Han gik ud for at hejse flaget og faldt ved masten.",
        "Han var på hjortejagt i efteråret.",
        "Insulin, dagsdosis: 30 IE.",
        "KOL-dagbog udleveret og gennemgået.",
        "Væske per døgn: 1,5 l.",
        "Det var en storm i et glas vand, siger Erling om uenigheden med hjemmeplejen.",
        "Gudrun siger god dag til alle på gangen.",
        "Hver anden dag skiftes forbindingen.",
    ],
)

addall(
    "ow_abbrev",
    [
        "Ekkokardiografi: normal LV-funktion, let TR, ingen klapstenose.",
        "Let TR og MR, EF 55 %.",
        "Tak for hjælpen. KH Erling og Gudrun",
        "Vi ses på søndag. kh <Ditte>",
        "KH fra os alle på Skovvej",
        "Erlings søster har MS og bor på plejehjem.",
        "EKG: sinusrytme, QTc 430 ms.",
        "DM type 2, diagnosticeret 2011, behandlet med Metformin.",
        "Diagnoser: KOL, DM2, hypertension, hørenedsættelse.",
        "Kendt med T2DM og KOL.",
        "Barnebarnet [Storm] har spillet DM i håndbold.",
        "Gudrun, 73 år gl., har demens.",
        "Adresse: Gl. Skagensvej 3, Hjørring",
        "GL. KIRKEVEJ 7, 9870 SINDAL",
        "Morfin 10 mg per os ved behov.",
        "Datteren spørger, om I vil ringe til os i stedet for til far.",
        "Vitamin B12 1 mg i.m. hver 3. måned.",
        "Injektion IM i venstre deltoideus.",
        "Influenzavaccine givet i.m. 14.10.",
        "jf. tidligere notat af 12.03.",
        "Jf. servicelovens § 83 er der bevilget personlig pleje.",
        "P-K 3,4 mmol/l, P-Na 134 mmol/l.",
        "Kaleorid 750 mg x 2 per os.",
        "Med venlig hilsen / <KH> / <Ditte>",
        "IM-injektion instrueret til datteren.",
        "Type 2 DM, COPD GOLD 3.",
        "Skrevet af KIM 13.03.2024",
        "Diktat modtaget, skrevet af KIM.",
    ],
)

addall(
    "ow_places_firms",
    [
        "Adresse: Skovvej 12, 9870 Sindal",
        "Hjemmeplejen Sindal Syd har overtaget besøgene.",
        "Sindal Apotek har leveret dosisposer.",
        "Lægehuset i Sindal holder lukket i uge 29.",
        "Han er født i Sindal og har boet der hele livet.",
        "Afhentning: Sindal Station kl. 9.10.",
        "Plejecenter Lyngbo har en ledig bolig fra 1. maj.",
        "Gudrun har været i aflastning på Hedegården i 14 dage.",
        "Sommerhus i Hjortdal – familien er der i påsken.",
        "Tidligere adresse: Mosevej 7, Hjørring.",
        "Parkering ved Kildeparken, indgang 4.",
        "Ambulancen kørte over Limfjordsbroen til Aalborg UH.",
        "Generisk Metformin fra Sandoz udleveret.",
        "Falck-ambulance bestilt til hjemtransport kl. 11.",
        "Han læser Storm P. for Gudrun om aftenen.",
        "Erling læser Karen Blixen højt for Gudrun.",
        "De ser Broen på DR om søndagen.",
        "Kim Larsen i radioen beroliger Gudrun.",
        "Regionshospital Nordjylland, Hjørring – Medicinsk afsnit M6",
        "Gudrun er tilmeldt Dagcentret i Lyngså om tirsdagen.",
        "Han kører selv til Ravnkilde for at besøge sin søster.",
        "SINDAL APOTEK – DOSISDISPENSERING",
        "Tandlægerne i Sindal, Jernbanegade 8",
        "Hjælpemiddeldepotet, Hjørring Kommune",
    ],
)

addall(
    "ow_relatives",
    [
        "[Erling Hede], 74 år, bor med sin hustru i eget hus i Sindal.",
        "Hr. [Hede] er faldet i hjemmet og har slået venstre hofte.",
        "[ERLING HEDE]  CPR 120350-xxxx",
        "[Hede, Erling] (74 år)",
        "Erlings høreapparat er i stykker og sendt til reparation.",
        "Hustru [Gudrun Hede] har Alzheimers demens.",
        "Gudrun kan ikke længere være alene hjemme.",
        "Fru [Hede] er i aflastning, mens hr. [Hede] er indlagt.",
        "Ansøgning om plejebolig: [Gudrun Hede], 73 år.",
        "Søn [Torben Hede] er sygeplejerske i Akutmodtagelsen og kender forløbet.",
        "[Torben] (søn) ønsker at blive ringet op efter operationen.",
        "Sønnen, [Torben], er kontaktperson for begge forældre.",
        "Pårørende: [Torben Hede] (søn), tlf. 21 45 67 89",
        "[Torben Hede] har ringet for at høre til sin far.",
        "Datter [Ditte Fisker] hjælper med indkøb og medicin.",
        "[Ditte] (datter) ringer hver aften kl. 19.",
        "Fru Fisker har fuldmagt til at tale med kommunen.",
        "Datteren [Ditte] har talt med hjemmeplejen om nøgleboks.",
        "Barnebarnet [Storm] (17) klipper græs for morfar.",
        "[Storm Fisker] (barnebarn) var med til samtalen.",
        "Morfar og barnebarnet [Storm] har været ude at fiske i Hirtshals.",
        "[Storm], barnebarn, har hentet medicinen på apoteket.",
        "Pårørende\nHustru: [Gudrun Hede]\nSøn: [Torben Hede]\nDatter: [Ditte Fisker]\nBarnebarn: [Storm Fisker]",
        "Genogram: Erling (74) gift med Gudrun (73); børn [Torben] (48) og [Ditte] (45); barnebarn [Storm] (17).",
        "Gudrun spørger hele tiden efter Erling.",
        "[Ditte] og [Torben] skiftes til at overnatte hos deres mor.",
        "Sønnen [Torben] har taget fri fra Akutmodtagelsen for at hjælpe sin mor.",
        "Erling ønsker, at hans børn [Ditte] og [Torben] får aktindsigt.",
        "Barnebarnet [Storm] har installeret en app, så morfar kan se sine blodsukre.",
        "mor (gudrun) forvirret i nat, sønnen [torben] overnattede",
        "Erling og [Gudrun Hede] har været gift i 51 år.",
        "sønnen [torben] ringede kl 20",
        "datter [ditte] kommer m aftensmad",
        "[storm] (barnebarn) ringet, kommer lør",
        "[HEDE, GUDRUN] – plejeboligansøgning",
        "Samtykke: Erling giver samtykke til, at [Torben Hede] og [Ditte Fisker] informeres.",
        "Erling fortæller stolt, at sønnen [Torben] er sygeplejerske og barnebarnet [Storm] vil være tømrer.",
        "Hustruen (Gudrun) blev kørt til plejecentret af datteren [Ditte].",
        "Til: [Erling Hede], Skovvej 12, 9870 Sindal",
        "Kære [Erling Hede]",
        "Mr [Erling Hede], 74, was admitted after a fall.",
        "Next of kin: son [Torben Hede] (nurse), daughter [Ditte Fisker].",
    ],
)

addall(
    "ow_colleagues",
    [
        "Anæstesi v/ [Jonas Friis]: spinalanæstesi.",
        "Anæstesilæge [Jonas] har tilset pt. præoperativt.",
        "Ergoterapeut [Maja Thygesen] har afprøvet kørestol.",
        "ergo [Maja]: ADL-træning i køkkenet",
        "Teamleder [Gitte Brix] har godkendt ekstra besøg.",
        "[Gitte] (teamleder) har ringet til datteren.",
        "Portør [Ole Bach] kørte pt. til røntgen.",
        "[Ole] (portør) hentede pt. på stuen kl. 10.",
        "Bioanalytiker [Søren Ravn] har taget blodprøver kl. 7.",
        "Blodprøver taget af bioanalytiker [Ravn].",
        "Lægesekretær [Lis Kjeldsen] har sendt indkaldelse.",
        "Sekretær [Lis]: tid bekræftet til mandag.",
        "Lægesekretær [Kirsten Mose] har booket ambulant kontrol.",
        "Sekretær [Mose] har sendt brev om kontrol.",
        "Tandplejer [Henrik Dam]: tandrensning, god mundhygiejne.",
        "Tandplejer [Dam] har instrueret i protesepleje.",
        "Sygeplejerske [Torben Hede] (søn) gjorde opmærksom på, at far hører dårligt.",
        "Spl. [Torben Hede], Akutmodtagelsen, er søn af patienten og deltager ikke i behandlingen.",
        "12.03.2024 15:10 | [jofr] | [Jonas Friis] | Anæstesi | Læst",
        "13.03.2024 07:05 | [sora] | [Søren Ravn] | Klinisk Biokemi | Prøvetagning",
        "Anæstesitilsyn ([Jonas Friis]): ASA 3 pga. KOL.",
        "Ergoterapeut [Maja] har lavet pudeplan.",
        "[Maja Thygesen] (ergo) og Erling har øvet påklædning.",
        "Teamleder [Gitte] har godkendt vikardækning.",
        "Transport til røntgen v/ portør [Ole Bach].",
        "[Lis Kjeldsen], lægesekretær, Lægehuset i Sindal",
        "[Kirsten Mose], lægesekretær, Ortopædkirurgisk Ambulatorium",
        "[Henrik Dam], tandplejer",
        "[Søren Ravn], bioanalytiker",
        "Hilsen [Lis], lægesekretær",
        "[Gitte Brix], teamleder, Hjemmeplejen Sindal Syd",
        "[Jonas F.] (anæstesilæge) har lagt spinal.",
        "[Maja T.] (ergo) har bestilt hjælpemidler.",
        "[Torben H.], spl. i Akutmodtagelsen, har hentet sin fars høreapparat.",
        "12.03.2024 14:30 | [tohe] | [Torben Hede] | Akutmodtagelsen | Læst",
    ],
)

addall(
    "ow_unlisted",
    [
        "Nabo [Jørgen Sand] har nøgle til huset.",
        "Naboen, [Jørgen Sand], fandt Erling i haven sidste år.",
        "Jagtkammerat [Per Nørby] kører Erling til kontrol.",
        "[Per] (jagtkammerat) har hentet ham på rehab.",
        "Gudruns søster [Karen Bech] bor i Hirtshals.",
        "Naboen fru [Dam] kommer med mad om søndagen.",
        "Præst [Ib Kragh] har besøgt Gudrun på plejecentret.",
        "Frisør [Maja] kommer hver 3. uge og klipper Gudrun.",
        "Bagvagt [Anna Kruse] er orienteret.",
        "Gudruns søster, [Karen], ringer hver søndag.",
    ],
)

addall(
    "ow_shorthand",
    [
        "pt træt i dag, sover meget",
        "bs 12 kl 8, insulin givet per protokol",
        "ilt 2 l per min, sat 90",
        "pt siger det er sandt at han har glemt medicin",
        "mørk urin, drikker dårligt",
        "hjemmehj 2 x dgl, storm i nat – forsinket",
        "dag 5 prednisolon, sidste dag i morgen",
        "obs hedeture? pt sveder om natten",
        "søn [torben h] ringet, kommer kl 17",
        "datter [ditte] har hentet medicin",
        "barnebarn [storm] hjælper m indkøb",
        "pt og gudrun spiller dam om eftermiddagen",
        "falck bestilt kl 9",
        "kørt over limfjordsbroen",
        "ibuprofen seponeret",
        "lisinopril pause",
        "dm2 – bs 14",
        "kh <ditte>",
        "jf aftale m datter",
        "b12 im givet",
        "kol-dagbog udfyldt",
        "sindal apotek ringet",
        "lyngbo har plads 1/5",
        "hr [hede] klager over smerter i hoften",
        "fru [hede] forvirret",
        "portør [ole bach] kører pt",
        "ergo [maja t]: adl i køkken",
        "teamleder [gitte b] orienteret",
        "sekr [lis k] har sendt tid",
        "bioanalytiker [søren r] tog blodprøver",
        "anæst [jonas friis]: spinal ok",
        "metformin 1 g po x 2, per os",
    ],
)

addall(
    "ow_english",
    [
        "Patient is a 74-year-old man; lives in Sindal with his wife.",
        "Per protocol, oxygen titrated to SpO2 88-92 %.",
        "Day 3 post-op: mobilised with walker.",
        "Please ask his son [Torben Hede], a nurse in the ED, about his hearing aid.",
        "Storm warning tonight; home care visits may be delayed.",
        "Dark urine, encouraged fluids.",
        "It is true that he forgot his insulin.",
        "Bridge 34-36 planned by the dental clinic.",
        "IM injection of vitamin B12 given.",
        "Mild TR on echo, no further action.",
    ],
)


addall(
    "ow_forms_logs",
    [
        "Udfyldt af: [Lis Kjeldsen]   Dato: 15.03.2024",
        "Sign.: [KIM]",
        "Borger: Erling Hede\nAdresse: Skovvej 12, 9870 Sindal\nEgen læge: Lægehuset i Sindal",
        "Pårørende kontaktet: søn [Torben Hede], tlf. 21 45 67 89",
        "Henvisningsdiagnose: DM2 med neuropati; KOL GOLD 3",
        "Dato | Bruger | Navn | Enhed\n13.03.2024 | [sora] | [Søren Ravn] | Klinisk Biokemi",
        "2024-03-12 14:05 | [jofr] | [Jonas Friis] | Anæstesi | Præoperativ vurdering",
        "Hvem har set dine data: [Gitte Brix], Hjørring Kommune – 2 opslag",
        "Opslag foretaget af [Kirsten Mose] (lægesekretær), Ortopædkirurgi",
        "Medarbejder: [Maja Thygesen], ergoterapeut",
        "Signatur: [Henrik Dam], tandplejer",
        "Log 2024-03-14: Sindal Apotek – FMK-opslag (dosisdispensering)",
        "Ordination: Prednisolon 37,5 mg dagligt x 5 dage, derefter stop",
        "Faldregistrering\nSted: stuen\nTid: 07.40\nSkade: hofte ve.\nÅrsag: snublede over tæppe i mørke",
        "Bevilget: nødkald, madservice, rengøring hver 2. uge",
        "Plejeplan\nMorgen: bad, påklædning, medicin\nAften: medicin, insulin, støttestrømper af",
        "Deltagere: Erling Hede, [Torben Hede] (søn), [Ditte Fisker] (datter), [Gitte Brix] (teamleder)",
        "Referent: [Kirsten Mose]",
        "Vagthavende: [Anna Kruse] (bagvagt)",
        "Kontakt: Sindal Apotek, tlf. 98 93 10 20",
        "Sidst redigeret af [tohe] 12.03.2024 14:31",
        "Kontaktperson i hjemmeplejen: teamleder [Gitte Brix]",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Dag Hjort} har set Erling i [dag]: fortsæt behandlingen.",
        "«Reservelæge» {Dag} skriver: [dag] 3 med prednisolon, bedring.",
        "{Per Kilde}: Metformin 1 g [per] [os] x 2.",
        "{Ole Sand}: det er [sandt], at protesen trykker.",
        "«Tandlæge» {Sand}: ny [bro] 34-36 planlægges.",
        "{Karen Hede}: Erling har [hedeture] efter prednisolon.",
        "{Maja Storm} aflyste træningen pga. [storm].",
        "{Gitte Lyng} har fundet plads på Plejecenter [Lyngbo].",
        "{Ib Mose}: [Ibuprofen] seponeret, Panodil i stedet.",
        "{Lis Dam} har ikke givet [Lisinopril] i [dag], BT 98/60.",
        "{Torben Ravn}: pt. kørt fra [Ravnkilde], hvor han besøgte sin søster.",
        "{Ditte Mørk}: [mørk] urin, drik mere.",
        "{DM}: [DM] type 2 – kostvejledning givet.",
        "[TR] på ekko; {TR} vurderer, at det ikke har betydning for operationen.",
        "{IM}: B12 1 mg [i.m.] givet i ve. deltoideus.",
        "[Jf.] aftale med «KOL-spl.» {JF} øges Spiriva.",
        "{GL}: plads bevilget, adresse [Gl. Skagensvej] 3.",
        "{Per}: kontrol [per] 1. april.",
        "{Jonas Falk} har bestilt [Falck] til hjemtransport.",
        "«Ergoterapeut» {Tove Sindal}, Hjørring Kommune, besøgte Erling i [Sindal].",
        "{Storm} («fys»): træning udendørs aflyst – [storm] og regn.",
        "«dr.» {Hjort}: [dag] 5 – ilt seponeret.",
        "{Kim Bro}: [Sandoz]-præparat udleveret i stedet for Glucophage.",
        "{Jonas Falk}: [KOL-dagbog] gennemgået, [dag] 7 uden anfald.",
        "«ssa» {Lis Dam} og Erling spillede [dam] efter frokost.",
        "{lis dam}: pt siger det er [sandt], han er faldet 2 gange",
        "{MS}: gangtest 6 min. Søsteren har [MS], oplyser Erling.",
        "{KH} 19.03: seddel på køleskabet fra datteren: „Far, husk at drikke. [KH] Ditte“",
    ],
)

addall(
    "mx_people",
    [
        "[Torben Hede] (søn, spl.) og «overlæge» {Torben Ravn} har talt om operationen.",
        "«Overlæge» {Torben} har talt med sønnen [Torben] i telefonen.",
        "[Søren Ravn] tog blodprøverne; {Torben Ravn} så svarene.",
        "Bioanalytiker [Ravn] og «overlæge» {Ravn} var begge på stuen.",
        "ergo [Maja] og «fys» {Maja} har haft fælles træning.",
        "[Maja Thygesen] (ergo) og {Maja Storm} («fys») på dobbeltbesøg.",
        "Teamleder [Gitte Brix] og «visitator» {Gitte Lyng} holdt møde med familien.",
        "Sekretær [Lis Kjeldsen] har sendt medicinlisten til «ssa» {Lis Dam}.",
        "Lægesekretær [Mose] og «spl.» {Mose} har begge ringet til sønnen.",
        "Uge 12: tandrensning hos [Henrik Dam], hjemmepleje v/ {Lis Dam} som vanligt.",
        "Anæstesilæge [Jonas Friis] og «KOL-sygeplejerske» {Jonas Falk} har vurderet lungefunktionen.",
        "{Karen Hede} har talt med [Gudrun Hede] og [Erling Hede] om plejebolig.",
        "«Hjemmesygeplejerske» {Hede} hjalp hr. [Hede] ud af sengen.",
        "«Fys.» {Storm} og barnebarnet [Storm] gik tur med Erling.",
        "«Diætist» {Ditte} og datter [Ditte] har lavet madplan sammen.",
        "[Ditte Fisker] (datter) har ringet til {Ditte Mørk}.",
        "[Storm Fisker] (17) var med, da {Maja Storm} lavede gangtest.",
        "Søn [Torben Hede] arbejder i samme afdeling som {Ib Mose}.",
        "[Erling] og [Gudrun] fik besøg af {Per Kilde}.",
        "[Karen Blixen]-bogen lå på bordet, da {Karen} kom.",
        "Nabo [Jørgen Sand] kørte Erling til {Ole Sand}.",
        "Erling blev kørt til {Per Kilde} af jagtkammerat [Per Nørby].",
        "Diktat: {TR}/[kim]",
        "Dato | Bruger | Navn | Enhed\n12.03.2024 | {tora} | {Torben Ravn} | Ortopædkirurgi\n12.03.2024 | [tohe] | [Torben Hede] | Akutmodtagelsen",
        "SMS: Hej {Karen}, far siger hans ben er hævet. Kan du kigge? [KH] Ditte",
        "Hej [Torben], din fars operation er flyttet til kl. 14. Hilsen {Torben R.}",
        "Lungefunktion drøftet: [Jonas F.] (anæstesilæge) og {Jonas F.} («KOL-sygeplejerske»).",
        "«Ssa» {Lis} og sekretær [Lis] har talt i telefon om medicinlisten.",
        "Tandplejer [Dam] har sendt besked til «ssa» {Dam} om protesepleje.",
        "«Sagsbehandler» {Gitte} og teamleder [Gitte] har begge været på hjemmebesøg.",
        "[Kirsten Mose] (sekretær) har booket tid; {Ib Mose} har ringet til sønnen.",
        "Ugeplan: man. røntgen AUH (portør [Ole] henter), ons. «tandlæge» {Ole} kl. 9.30.",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering nat, Akutmodtagelsen:\n- pt. faldet hjemme, hofte ve.\n- søn [Torben Hede] (spl. her) til stede\n- morfin 2,5 mg iv kl 02 ({ib})\n- op. i morgen v/ {Torben Ravn}",
        "Tværfagligt udskrivningsmøde, rehab 28.03\nDeltagere: Erling Hede, datter [Ditte Fisker], «fys.» {Maja Storm}, ergo [Maja Thygesen], «visitator» {Gitte Lyng}, «hjemmesygeplejerske» {Karen Hede}\nReferent: {MS}",
        "Kære {Per}\nJeg har fået ondt i hoften igen, og Gudrun er blevet mere forvirret. <Ditte> kommer i [dag].\nMvh Erling",
        "Hjemmepleje: Erling sad i solen med barnebarnet [Storm]. Fødderne hævede – {karen hede} kontaktet. Han vil gerne blive boende hjemme.",
        "Sundhedsjournal 14.03: {Dag Hjort} har ordineret prednisolon 37,5 mg [dagligt] i 5 [dage]. Søn [Torben] orienteret. [DM] type 2: obs blodsukker.",
        "Tandlægerne i Sindal\nTid hos {Ole Sand} 22.03 kl. 9.30 (protese). Tandrensning hos [Henrik Dam] kl. 10.00. [Bro] 34-36 planlægges.",
        "Apoteket: {Kim Bro} har sendt besked til {Per Kilde} om interaktion. [Ibuprofen] frarådes. Medicinen hentes af barnebarnet [Storm].",
        "Sagsnotat: Ansøgning om plejebolig for [Gudrun Hede]. Hjemmebesøg v/ {Gitte Lyng} og «ergoterapeut» {Tove Sindal}. [Torben Hede] (søn) og [Ditte Fisker] (datter) deltog. Plejecenter [Lyngbo] i [Sindal] ønskes.",
        "Log over opslag marts:\n12.03 {Torben Ravn} (Ortopædkirurgi)\n12.03 [Torben Hede] (Akutmodtagelsen)\n13.03 [Søren Ravn] (Klinisk Biokemi)\n14.03 {Dag Hjort} (Med. afd. Hjørring)",
        "E-mail\nFra: [ditte.fisker@gmail.com]\nTil: {gily}«@hjoerring.dk»\nHej {Gitte}\nMor har det dårligt i aflastningen. Kan I fremskynde pladsen?\n[KH] [Ditte]",
    ],
)


# ============================================================================= DEBATABLE
addall(
    "db_bare",
    [
        "<Torben> har ringet.",
        "<Hede> har ringet til afdelingen.",
        "<Storm> kommer i eftermiddag.",
        "<Maja> har lavet øvelser med Erling.",
        "<Gitte> ringer i morgen.",
        "<Ole> kommer kl. 10.",
        "<Ravn> har svaret.",
        "<Mose> har sendt brevet.",
        "<Lis> har ringet.",
        "<Jonas> har været inde.",
        "<Dam> har været her.",
        "<Ditte> ringede kl. 14.",
        "Spørg <Torben> om sagen.",
        "<Sand> ringede i formiddags.",
        "Tak for i dag! <KH>",
        "Vi ses i morgen. Hilsen <Torben>",
        "<Storm> har været på besøg.",
        "<Maja> kommer torsdag kl. 10.",
        "Besked til <Hede>: ring tilbage.",
        "<torben> ringet kl 21",
        "Aftalt med <Gitte>, at sagen genoptages.",
        "<Lis> har sendt medicinlisten.",
        "<Mose> ringer tilbage.",
        "<Jonas F.> ringer i morgen.",
        "Erling spørger efter <Maja>.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
