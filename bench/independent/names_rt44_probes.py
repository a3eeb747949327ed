"""Red-team probes for indsigt name hiding (rt44): a mixed, realistic sample of what one citizen
reads on sundhed.dk from one year of records across a region and a municipality - her mother's
medical admission (KOL), her own surgical admission (gallstones) and psychiatric admission
(postnatal depression), outpatient letters, GP notes and e-consultations, home nursing, a nursing
home, rehabilitation after a hip fracture, the job centre case worker's journal, and her baby's
health visitor notes - each in the genre's own style (careful prose, fast lower-case shorthand,
forms, lists, logs), and the over-hiding traps of the same records.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name part, registered initials, user name or e-mail
         local part, used for that person) -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, an abbreviation, a place, a street, a drug, a dressing, a firm) -> any
         span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing next to a hidden name (overlæge, reservelæge,
         læge, dr., sygeplejerske, kontaktsygeplejerske, hjemmesygeplejerske, ssa, social- og
         sundhedsassistent, ergo, ergoterapeut, fys., fysioterapeut, sagsbehandler,
         sundhedsplejerske, nurse), a genitive -s glued to a hidden name, the domain of a hidden
         person's e-mail, a phone number written next to a hidden name.
  Unmarked letters and digits are must-stay as well, including labels such as "Ansvarlig:",
  "Kontaktperson:", "Referent:", "Deltagere:", "v/", "log:". Literal "[", "{", "<" and "«"
  cannot appear in a probe: they are the markup.

Rules I apply when marking (the same in every genre):
  1. A name part owned only by hidden staff (Kjærgaard, Jesper, Mikkelsen, Camilla, Mohammed,
     Yilmaz, Pia, Vestergaard, Hvid, Ben; for Yilmaz and Jesper see also 5) that the text uses
     for a person is gone - capitalised or lower case, bare or with the other part, family-first ("Frost, Ben"),
     abbreviated ("Mette K.", "hanne v."), in any position: subject, object, after a
     preposition, v/, sign., "talt med", "aftalt med", in a list, a rota, a table cell, a
     signature, a handover, reported speech, an address ("Hej Pia"), English text.
  2. Registered initials, user names and e-mail local parts are gone where they stand for the
     person (after sign./v//af/ifølge, before or after a time in a staff slot, in a rota, a
     table, "Referent:", "Ansvarlige:", a log or audit line). The same letters used as the word
     or abbreviation they also are stay: CO/CO2/COPD, AV-blok and "av!", "bl.a.", English "my",
     HV (Hjemmeværnet), "have" (the verb), "bolus", "Pilates", "befriende".
  3. A part shared with a non-hidden colleague (Liv - Liv Mortensen ssh; Bjerg - Carsten Bjerg
     anæstesisygeplejerske; Mette - Mette Holm lægesekretær; Lauridsen - Lone Lauridsen
     jobkonsulent; Frost - Peter Frost portør; Bo - Bo Nielsen afdelingsleder; Overgaard - Signe
     Overgaard psykolog; Hanne - Hanne Bisgaard bioanalytiker; Vinter - Rikke Vinter
     lægesekretær) is gone when the hidden person's other part, initials or own title settles
     it ("overlæge Bjerg", "hjemmesygeplejerske Liv", "ssa Bo", "sagsbehandler Lauridsen"); it
     stays when the colleague's full name or role settles it ("ssh Liv", "portør Frost",
     "afdelingsleder Bo", "psykolog Overgaard"); bare and unsettled it is debatable.
  4. A part shared with the citizen or a relative (Bæk, Sten, Sol, Ask, Lund, Mette) is gone when
     the hidden person's title, other part or initials settle it ("hjemmesygeplejerske Bæk",
     "ergoterapeut Sol", "reservelæge Ask", "ssa Lund"); it stays when the text says who the
     relative is (a kinship word, an age, a courtesy title "fru Lund", "hr. Bæk", the
     relative's full name, being the patient of the note); bare and unsettled it is debatable.
  5. A part shared with an unlisted person (Aisha Yilmaz, dagplejer; Jesper, the neighbour's
     son) stays when the unlisted person's full name, role or kinship is written; the matcher is
     not told about that person. "Yilmaz" for the GP is gone when a title or the given name
     settles it.
  6. Words, places, streets, drugs, dressings, firms and abbreviations stay even when spelt like
     a hidden name part, initials or user name, also at the start of a sentence (capitalised),
     also glued into compounds (galdesten, bækkenbund, underben, Hvidovre, Solbjerg, Askina,
     mindelunden, Vestergaard Hjælpemidler ApS), and also in a text that names the hidden person.
  7. Lower-case fast notes get the same judgement as careful prose: "ben har målt BT" is a name,
     "ondt i ve. ben" is a leg; "bo har hjulpet i bad" is a name, "vil gerne bo hjemme" a verb.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; none of these persons is in names_rt39_probes.py; the other rt4x files were not read):
  Hidden staff (12), with what the parts and initials also are:
    Mette Kjærgaard     sygeplejerske, Medicinsk afd. M2    ordinary names; Mette = the
                                                             citizen's sister-in-law; MK
    Jesper Mikkelsen    fysioterapeut, genoptræning          ordinary names; JM
    Camilla Overgaard   sygeplejerske, psykiatri P3          ordinary; overgang (near miss);
                                                             CO = kulilte, CO2, COPD
    Mohammed Yilmaz     praktiserende læge                   ordinary; MY = English "my";
                                                             Yilmaz = unlisted dagplejer
    Pia Lauridsen       sagsbehandler, jobcenter             ordinary; PL; user "pila"
                                                             (Pilates)
    Hanne Vestergaard   sundhedsplejerske                    ordinary; Vestergaard Hjælpemidler
                                                             (firm); HV = Hjemmeværnet;
                                                             user "have" = to have
    Liv Bæk             hjemmesygeplejerske                  liv = life, waist, belly (livet,
                                                             livstruende); bæk = brook, bækken
                                                             = pelvis / bedpan; Bæk = the
                                                             citizen's family; LB = lb
    Sten Bjerg          overlæge, kirurgi                    sten = stone (galdesten, nyresten);
                                                             bjerg = mountain (Himmelbjerget,
                                                             Solbjerg); Sten = the husband; SB
    Bo Lund             social- og sundhedsassistent,        bo = live (bor, bolig); lund = grove
                        plejehjemmet Lindehuset              (mindelund), Lund (Sweden),
                                                             Lundbeck; Lund = the mother;
                                                             BL = bl.a.; user "bolu" (bolus)
    Sol Hvid            ergoterapeut, genoptræning           sol = sun (solcreme, Solgården,
                                                             Solian); hvid = white (hvide
                                                             blodlegemer, Hvidovre, Hvide Sande);
                                                             Sol = the baby daughter; SH
    Ask Vinter          reservelæge, psykiatri P3            ask = ash tree, aske, Askina,
                                                             English "ask"; vinter = winter
                                                             (vinterdepression); Ask = the son;
                                                             AV = "av!", AV-blok
    Ben Frost           sygeplejerske, kirurgi K3            ben = leg / bone (benene, underben,
                                                             benægte, benzodiazepin, Benylan);
                                                             frost (frostknuder, the film
                                                             "Frost", Frostholm); BF; user
                                                             "befr" (befriende)
  Non-hidden colleagues sharing parts: Liv Mortensen (ssh, hjemmeplejen), Carsten Bjerg
    (anæstesisygeplejerske), Mette Holm (lægesekretær, M2), Lone Lauridsen (jobkonsulent), Peter
    Frost (portør), Bo Nielsen (afdelingsleder, Lindehuset), Signe Overgaard (psykolog, P3),
    Hanne Bisgaard (bioanalytiker), Rikke Vinter (lægesekretær, P3).
  Citizen: Helle Bæk (44). Relatives: Sten Bæk (husband), Sol Bæk (daughter, born 12.01),
    Ask Bæk (son, 15), Inger Lund (mother, 79: KOL, hip fracture, home care, nursing home),
    Mette Bæk (sister-in-law).
  Unlisted (must simply stay): Aisha Yilmaz (dagplejer), Lene Frostholm (HR, employer), Karsten
    Hvidberg (nabo), Poul Andersen (another home-care client), Jens Vinther (klasselærer).

Written by a red-team helper (rt44) that had not seen the matcher's rules, word lists, tests,
docs or changelog, nor the other rt4x probe files; the markup above was fixed before the first
run and is not changed after it except for markup errors by this standard (listed below).

Run:  .venv/bin/python bench/independent/names_rt44_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above; also in
helpers/rt44/fixes.txt): 2 probes had the title "læge" standing next to a hidden name unmarked,
which the standard makes don't-care - "Din «læge» {Mohammed Yilmaz} har svaret ..." and "... med
egen «læge» {Mohammed Yilmaz} om øget dosis furosemid". Nothing else was changed. Note on rule 4:
I read "the text says who the relative is" as including a plain family context (a baby being
breastfed or looked after, a husband being phoned about the patient, relatives visiting); a
stricter reading (only the listed cues) would make 11 of the failing family over-hides debatable.

490 probes (229 leak, 183 over-hide traps, 78 mixed), 13 debatable. held-out, first run on
6159b17 (pinned worktree): 14 leaks / 43 over-hides; after the 2 markup fixes: 14 leaks / 41
over-hides.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # ordinary names; MK
    Person(
        "s1",
        "Mette",
        "Kjærgaard",
        initials=("MK",),
        usernames=("mekj",),
        emails=("mette.kjaergaard@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # ordinary names; JM
    Person(
        "s2",
        "Jesper",
        "Mikkelsen",
        initials=("JM",),
        usernames=("jemi",),
        titles=("fysioterapeut",),
    ),
    # ordinary names; CO = kulilte, CO2, COPD
    Person(
        "s3",
        "Camilla",
        "Overgaard",
        initials=("CO",),
        usernames=("caov",),
        emails=("caov@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # ordinary names; MY = English "my"
    Person(
        "s4",
        "Mohammed",
        "Yilmaz",
        initials=("MY",),
        usernames=("moyi",),
        emails=("m.yilmaz@dadlnet.dk",),
        titles=("læge",),
    ),
    # ordinary names; PL; user name inside "Pilates"
    Person(
        "s5",
        "Pia",
        "Lauridsen",
        initials=("PL",),
        usernames=("pila",),
        emails=("pia.lauridsen@silkeborg.dk",),
        titles=("sagsbehandler",),
    ),
    # ordinary names; HV = Hjemmeværnet; user name "have" = to have
    Person(
        "s6",
        "Hanne",
        "Vestergaard",
        initials=("HV",),
        usernames=("have",),
        emails=("hanne.vestergaard@silkeborg.dk",),
        titles=("sundhedsplejerske",),
    ),
    # liv = life / waist; bæk = brook (bækken = pelvis, bedpan); Bæk = the citizen's family
    Person(
        "s7",
        "Liv",
        "Bæk",
        initials=("LB",),
        usernames=("libk",),
        emails=("libk@silkeborg.dk",),
        titles=("sygeplejerske",),
    ),
    # sten = stone (galdesten); bjerg = mountain; Sten = the husband
    Person(
        "s8",
        "Sten",
        "Bjerg",
        initials=("SB",),
        usernames=("stbj",),
        emails=("sten.bjerg@rm.dk",),
        titles=("overlæge",),
    ),
    # bo = live (reside); lund = grove; Lund = the mother; BL = bl.a.; "bolu" in "bolus"
    Person("s9", "Bo", "Lund", initials=("BL",), usernames=("bolu",), titles=("ssa",)),
    # sol = sun; hvid = white; Sol = the baby daughter
    Person("s10", "Sol", "Hvid", initials=("SH",), usernames=("sohv",), titles=("ergoterapeut",)),
    # ask = ash tree / English ask; vinter = winter; Ask = the son; AV = av!, AV-blok
    Person(
        "s11",
        "Ask",
        "Vinter",
        initials=("AV",),
        usernames=("asvi",),
        emails=("ask.vinter@rm.dk",),
        titles=("læge",),
    ),
    # ben = leg; frost; BF; "befr" in "befriende"
    Person("s12", "Ben", "Frost", initials=("BF",), usernames=("befr",), titles=("sygeplejerske",)),
]
OTHERS = [
    ("Liv", "Mortensen"),  # ssh, hjemmeplejen - shares given with hidden Liv Bæk
    ("Carsten", "Bjerg"),  # anæstesisygeplejerske - shares family with hidden Sten Bjerg
    ("Mette", "Holm"),  # lægesekretær, M2 - shares given with hidden Mette Kjærgaard
    ("Lone", "Lauridsen"),  # jobkonsulent - shares family with hidden Pia Lauridsen
    ("Peter", "Frost"),  # portør - shares family with hidden Ben Frost
    ("Bo", "Nielsen"),  # afdelingsleder, Lindehuset - shares given with hidden Bo Lund
    ("Signe", "Overgaard"),  # psykolog, P3 - shares family with hidden Camilla Overgaard
    ("Hanne", "Bisgaard"),  # bioanalytiker - shares given with hidden Hanne Vestergaard
    ("Rikke", "Vinter"),  # lægesekretær, P3 - shares family with hidden Ask Vinter
]
CITIZEN = [("Helle", "Bæk")]  # shares family with hidden Liv Bæk
RELATIVES = [
    ("Sten", "Bæk"),  # husband - shares given with hidden Sten Bjerg
    ("Sol", "Bæk"),  # daughter, baby - shares given with hidden Sol Hvid
    ("Ask", "Bæk"),  # son, 15 - shares given with hidden Ask Vinter
    ("Inger", "Lund"),  # mother, 79 - shares family with hidden Bo Lund
    ("Mette", "Bæk"),  # sister-in-law - shares given with hidden Mette Kjærgaard
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. mother's medical admission
addall(
    "lk_medical",
    [
        "Indlagt med KOL i exacerbation. Modtaget på M2 af «sygeplejerske» {Mette Kjærgaard} kl. 14.20.",
        "«spl.» {mette} har givet 2,5 mg salbutamol på forstøver, sat 86 -> 91 %.",
        "Ilt 2 l/min, titreret af {Mette K.} efter A-gas.",
        "{MK} 22.10: pt. urolig, vil hjem til katten.",
        "aftenvagt {mette kjærgaard}: CRP 112, antibiotika iv fortsættes",
        "{Kjærgaard}, {Mette} - «kontaktsygeplejerske», Lungemedicinsk afsnit M2",
        "Datter [Helle Bæk] har talt med {mette kjærgaard} i telefonen kl. 19 og er orienteret.",
        "Pt. siger at {Mette Kjærgaard} er 'den eneste der har tid til at lytte'.",
        "{kjærgaard} har instrueret pt. i brug af Spiriva Respimat.",
        "overlevering nat -> dag ({MK}): sov 4 timer, sat 90 % på 1 l ilt",
        "Udskrivelsessamtale v/ {Mette Kjærgaard} med pt. og datter [Helle].",
        "Aftalt med {mette kjærgaard} at hjemmeplejen kontaktes inden udskrivelsen.",
        "{mette k} har bestilt iltkoncentrator til hjemmet",
        "Spørgsmål efter udskrivelsen: ring til {Mette Kjærgaard}, «tlf. 7841 5520»",
        "mail fra {mette.kjaergaard}«@rm.dk»: epikrise sendt til egen læge",
        "log: {mekj} åbnede medicinmodul 06:58",
        "Blodprøver taget af [Hanne Bisgaard] (bioanalytiker), svar set af {Kjærgaard}.",
        "pt. har spurgt efter {mette kjærgaard} flere gange i løbet af natten",
        "{Mette K.} og jeg har vendt pt. hver 2. time pga. rødme over sacrum.",
        "Indlæggelsessamtale: {MK}. Pt. bor alene, hjemmepleje 3 x dgl.",
        "sign. {Mette Kjærgaard} 03.02.2024 22:41",
        "{kjærgaard} har givet [Inger] lidt at spise, hun fik en halv rugbrødsmad",
        "kl 02 {mk}: hoste, gult ekspektorat, sputum sendt til dyrkning",
        "Tak til {Mette Kjærgaard} på M2 for god pleje af min mor. Venlig hilsen [Helle Bæk]",
        "Ansvarlig spl.: {Mette Kjærgaard}",
    ],
)

# ----------------------------------------------------------------- 2. own surgical admission
addall(
    "lk_surgical",
    [
        "Ambulant vurdering v/ «overlæge» {Sten Bjerg}: UL viser multiple galdesten, tilbydes lap. kolecystektomi.",
        "{Sten Bjerg} har informeret pt. om risiko for galdelækage og konvertering.",
        "Operatør: {Sten Bjerg}. Anæstesi: [Carsten Bjerg].",
        "op.beskrivelse dikteret af {SB}",
        "stuegang «overlæge» {sten bjerg}: sårene pæne, må spise let kost",
        "{sten bjerg} har set pt. på stuegang, udskrives i morgen",
        "«Overlæge» {Bjerg} har ordineret Pinex 1 g x 4 og Oxynorm ved behov.",
        "{ben} har målt BT 128/76, p 80, temp 37,4",
        "Pt. mobiliseret på gangen med {Ben Frost} kl. 16.",
        "{Ben Frost} har fjernet dræn, ca. 20 ml serøst.",
        "{BF} 23.00: smerter VAS 4, fået Oxynorm 5 mg",
        "nattevagt {ben frost}: sov det meste af natten",
        "{Frost}, {Ben} - «sygeplejerske», Kirurgisk sengeafsnit K3",
        "Pt. siger at {Ben} har været 'helt utrolig sød'.",
        "Udskrevet 14.5. Instrueret i sårpleje af {ben frost}. Suturer fjernes hos egen læge dag 10.",
        "aftalt med {ben}: ring til afdelingen hvis feber over 38,5",
        "Ægtefælle [Sten Bæk] har talt med {Sten Bjerg} efter operationen.",
        "Epikrise ved «overlæge» {Sten Bjerg}, Kirurgisk Afdeling, Regionshospitalet Silkeborg",
        "{stbj} godkendte op.beskrivelse 15:12",
        "mail fra {sten.bjerg}«@rm.dk»: histologi benign, ingen kontrol",
        "{ben} har lagt ny forbinding på navlesåret",
        "[Helle] spørger efter {ben frost} - hun vil gerne sige tak",
        "Peroperativt: {Sten Bjerg} ({SB}) konverterede ikke; galdeblæren fjernet via navleport.",
        "Kære {Sten Bjerg}, tak for en god operation. Jeg har det rigtig godt nu. Hilsen [Helle Bæk]",
        "Udskrivning: «sygeplejerske» {Ben F.} har gennemgået smertebehandlingen med pt.",
        "{ben} og portør [Peter Frost] har kørt pt. til CT kl. 21",
        "{befr} dokumenterede væskeskema 02:10",
        "Ved komplikationer: kontakt «overlæge» {Sten Bjerg} via afdelingens sekretær",
    ],
)

# ----------------------------------------------------------------- 3. own psychiatric admission
addall(
    "lk_psych",
    [
        "Indlæggelsessamtale v/ «reservelæge» {Ask Vinter}: svær depression efter fødsel, ingen aktuelle selvmordstanker.",
        "{ask vinter} har opstartet Sertralin 50 mg.",
        "{camilla} har haft støttende samtale med pt. kl. 15.",
        "Kontaktperson: {Camilla Overgaard}, «sygeplejerske».",
        "{CO} 02.30: pt. vågen, grædende, fået Quetiapin 25 mg pn.",
        "pt. har gået tur i haven med {camilla}",
        "«Læge» {Vinter} vurderer at pt. kan få udgang med ægtefælle.",
        "{Ask Vinter} og {Camilla} har holdt netværksmøde med [Sten Bæk].",
        "Pt. fortæller at {Camilla} har hjulpet hende med at skrive til sin chef.",
        "{Overgaard}, {Camilla} - «sygeplejerske» - Afsnit P3",
        "Konference: {AV} + {CO}: overgang til dagafsnit fra uge 23",
        "sign. {AV}",
        "Samtale med [Helle] og ægtefælle [Sten] v/ {Ask Vinter} og {Camilla Overgaard}.",
        "{ask vinter} har talt med sundhedsplejersken om mor-barn-kontakten.",
        "Udgang aftalt med {camilla}: hjemme lørdag kl 10-16.",
        "Pt. ønsker ikke at tale med {ask vinter} i dag, vil vente til i morgen.",
        "{camilla o.} har ringet til [Sten] og orienteret om døgnet.",
        "Hamilton 24 -> 14 (v/ {AV})",
        "Tak {Camilla} for alle samtalerne i haven. Jeg havde ikke klaret det uden dig. [Helle]",
        "{Ask Vinter}«s» vurdering: ikke længere indikation for døgnindlæggelse.",
        "log: {caov} 04:12 observationsskema",
        "Fra: {Ask Vinter} ({ask.vinter}«@rm.dk»)",
        "mail til {caov}«@rm.dk» ang. udskrivelsesdato",
        "pt. sov 6 timer i nat ifølge {CO}",
        "Observation hver 15. min til kl 08, derefter hver time (aftalt med {Ask Vinter}).",
        "{camilla} sad hos pt. mens hun ammede [Sol].",
        "Pt. skal til samtale hos {Vinter}, «læge», torsdag kl 10.",
        "udskrevet til ambulant opfølgning; «kontaktsygeplejerske» {Camilla Overgaard} ringer uge 1 og 3.",
    ],
)

# ----------------------------------------------------------------- 4. GP
addall(
    "lk_gp",
    [
        "Konsultation 12.01 v/ {Mohammed Yilmaz}: træthed, Hb 7,2, ferritin lav.",
        "{MY}: recept på Ferro Duretter, ny Hb om 6 uger.",
        "e-kons besvaret af {my} 07:45",
        "Hej {Mohammed}. Jeg har det stadig dårligt efter fødslen og sover ikke. Kan jeg få en tid? Mvh [Helle Bæk]",
        "«Dr.» {Yilmaz} har henvist til psykiatrisk akutmodtagelse.",
        "{mohammed yilmaz} har ringet pt. op ang. blodprøvesvar",
        "Lægehuset Balle v/ {Mohammed Yilmaz}",
        "henvisning sendt af {Mohammed Yilmaz} til kirurgisk afd. (galdesten)",
        "{yilmaz, mohammed} - ons 10.40 - 15 min",
        "vh {Mohammed Yilmaz}, «praktiserende læge»",
        "Din «læge» {Mohammed Yilmaz} har svaret på din e-konsultation.",
        "Svar fra {mohammed}: du må gerne tage Panodil mens du ammer.",
        "«dr.» {Yilmaz} siger jeg skal kontakte sundhedsplejersken.",
        "mail fra {m.yilmaz}«@dadlnet.dk»: recept fornyet",
        "EPDS 17 ved 8-ugers undersøgelsen, {MY}. Henvist.",
        "Børneundersøgelse 5 mdr. [Sol] v/ {Mohammed Yilmaz}: trives, vaccineret.",
        "{mohammed} vil gerne se [Sol] igen om 4 uger pga. eksem",
        "jeg har snakket med {Mohammed} om sygemeldingen og han sender attest til kommunen",
        "Statusattest til jobcentret udfyldt af {MY} 03.09",
        "log: {moyi} 10:02 LÆ 265",
        "Hi «Dr» {Yilmaz}, thank you for seeing my daughter today. [Helle]",
        "kontrol BT hos {mohammed yilmaz}: 132/84",
    ],
)

# ----------------------------------------------------------------- 5. home nursing (the mother)
addall(
    "lk_homecare",
    [
        "Hjemmesygepleje: {Liv Bæk} har doseret medicin for 14 dage.",
        "{liv bæk} har målt sat 89 % uden ilt, ringet til egen læge",
        "{LB} 09.30 medicin dosisdispenseret, inhalation gennemgået",
        "Aftalt med {liv bæk} at datter [Helle] bestiller ny iltflaske.",
        "«hjemmesygeplejerske» {Liv Bæk} har lagt KAD, ch 12.",
        "{Bæk}, {Liv} - «hjemmesygeplejerske», distrikt Nord",
        "besøg v/ «hjemmesygepl.» {liv}: borger træt, spist lidt",
        "[Inger] fortæller at {Liv Bæk} er 'en engel'.",
        "{liv b.} har bestilt plejeseng via hjælpemiddeldepotet",
        "tryksår kat. 2 på hæl - {liv b.} har lagt Mepilex Heel",
        "vagt: morgen {LB}, aften vikar",
        "Sårbeskrivelse v/ {Liv Bæk}: 2x1 cm, rent, let væskende.",
        "{liv bæk} og ssh [Liv Mortensen] på dobbeltbesøg kl 8",
        "Datter ringer og spørger om {Liv Bæk} kommer i dag.",
        "log: {libk} 11:40 medicinliste ajourført",
        "Besked til {Liv Bæk}: borger ønsker besøg efter kl 10.",
        "{Liv Bæk} har talt med egen «læge» {Mohammed Yilmaz} om øget dosis furosemid.",
        "medicin givet v/ {LB} kl 08.10",
        "Kære {Liv Bæk}, tak for al hjælpen med mor. Kh [Helle]",
        "«Sygeplejerske» {Bæk} har vurderet at borger har brug for nattevagt.",
    ],
)

# ----------------------------------------------------------------- 6. nursing home (the mother)
addall(
    "lk_nursinghome",
    [
        "Indflytning på Lindehuset 02.10. Kontaktperson: {Bo Lund}, «social- og sundhedsassistent».",
        "{bo lund} har hjulpet [Inger] i bad og klippet negle.",
        "{BL} 21.00: aftenmedicin givet, borger faldet til ro",
        "Indflytningssamtale med datter [Helle Bæk] v/ {Bo Lund} og afdelingsleder [Bo Nielsen].",
        "{bo lund} har lagt [Inger] i seng kl 19, hun var træt",
        "«ssa» {Lund} har målt BT 110/60 og givet ekstra væske.",
        "[Inger] spørger efter {Bo Lund} hver morgen.",
        "Aftalt med {bo lund}: datter ringer søndag kl 17",
        "{Lund}, {Bo} - «ssa» - Lindehuset, afsnit 2",
        "sign. {BL} 14.10",
        "«ssa» {bo} har fundet [Inger] på gulvet kl 03, ingen synlige skader, tilset af spl.",
        "Pårørendesamtale: {Bo Lund}, [Helle Bæk], [Sten Bæk].",
        "log: {bolu} 06:40 døgnrytmeplan opdateret",
        "{bo l.} har bestilt nye batterier til høreapparatet",
        "Kære {Bo Lund}, tusind tak fordi du altid har tid til mor. Hilsen [Helle]",
        "ssa {bo} har givet Movicol 1 brev",
        "nattevagt: {bo lund} / dagvagt: [Bo Nielsen]",
        "{Bo Lund} har været med [Inger] hos frisøren.",
        "ifølge «ssa» {bo} har [Inger] spist godt i dag",
        "Besøg af egen læge; {Bo Lund} deltog. Ny ordination: Citalopram 10 mg.",
    ],
)

# ----------------------------------------------------------------- 7. rehabilitation (the mother)
addall(
    "lk_rehab",
    [
        "Genoptræning efter hoftenær fraktur: gangtræning v/ {Jesper Mikkelsen}, «fysioterapeut».",
        "{jesper} har testet [Inger]: rejse-sætte-sig 4 gange på 30 sek.",
        "{JM} 10.00-10.45 træning i træningssalen",
        "{Sol Hvid} («ergoterapeut») har afprøvet badebænk og toiletforhøjer i hjemmet.",
        "«ergo» {sol} har lavet aftale med datter [Helle] om hjemmebesøg",
        "{SH} 13.00: ADL-vurdering, klarer selv påklædning af overkrop",
        "{Hvid}, {Sol} - «ergoterapeut», Genoptræningscenter Silkeborg",
        "Træningsplan udarbejdet af {Jesper Mikkelsen} og {Sol Hvid}.",
        "[Inger] siger at {jesper} er 'streng men sjov'.",
        "{mikkelsen} har øget belastningen på cyklen til 20 W",
        "«fys.» {Jesper} har instrueret i trappegang med én krykke.",
        "aftalt m. {sol hvid}: rollator leveres fredag",
        "Hjemmebesøg v/ «ergoterapeut» {Sol}: tæpper fjernet, dørtrin afhøvlet.",
        "log: {jemi} 11:05 træningsnotat",
        "log: {sohv} 14:20 hjælpemiddelansøgning",
        "{jesper m.} har ferie uge 42, [Inger] træner selv efter program",
        "Status: kan gå 100 m med rollator (målt af {JM}).",
        "Kære {Jesper} og {Sol Hvid}. Mor er så glad for træningen. Hilsen [Helle Bæk]",
        "{sol hvid} har søgt om kørestol til længere ture",
        "Ved spørgsmål: ring til {Jesper Mikkelsen} på «tlf. 8970 4410»",
        "[Inger] træner med {jesper} 2 x ugentligt; «ergo» {sol} kommer hjem til hende torsdag",
        "Afslutningsnotat ved {Jesper Mikkelsen}: målene nået, afsluttes til egen træning.",
    ],
)

# ----------------------------------------------------------------- 8. the case worker's journal
addall(
    "lk_caseworker",
    [
        "Opfølgningssamtale, sygedagpenge, v/ «sagsbehandler» {Pia Lauridsen} d. 12.08.",
        "{pia} har indhentet statusattest fra egen læge.",
        "{PL}: borger sygemeldt pga. depression, forventet varighed 3 mdr.",
        "Journalnotat ({Lauridsen, Pia}): samtale med arbejdsgiver om gradvis tilbagevenden.",
        "{pia lauridsen} vurderer at borger kan starte med 12 timer om ugen fra 1.10.",
        "Aftalt med {Pia}: jeg sender papirerne fra psykiatrien inden fredag. [Helle]",
        "borger har talt med {pia} i tlf., er bekymret for økonomien",
        "Kontaktperson: {Pia Lauridsen}, Jobcenter Silkeborg, «tlf. 8970 1234»",
        "{pia} har sendt brev om partshøring",
        "Rundbordssamtale: borger, arbejdsgiver [Lene Frostholm], «sagsbehandler» {Pia Lauridsen} og jobkonsulent [Lone Lauridsen].",
        "log: {pila} 10:14 oprettet opfølgningsplan",
        "mail fra {pia.lauridsen}«@silkeborg.dk»: indkaldelse til samtale 2.9.",
        "hej {pia} jeg kan ikke komme torsdag, min datter er syg. mvh [Helle Bæk]",
        "Ifølge {Pia Lauridsen} skal jeg møde igen om 8 uger.",
        "{pia l.} har ferie uge 30, [Lone Lauridsen] tager evt. henvendelser",
        "sign. {PL} 03.10.2024",
        "«Sagsbehandler» {Lauridsen} indstiller til forlængelse efter § 27.",
        "{pia} har bedt egen læge om LÆ 265 og fået svar",
        "samtale flyttet - {pia} syg",
        "Referent: {Pia L.}",
        "Borger og {pia} har aftalt delvis raskmelding fra uge 41.",
    ],
)

# ----------------------------------------------------------------- 9. the baby's health visitor
addall(
    "lk_healthvisitor",
    [
        "Barselsbesøg dag 5 v/ «sundhedsplejerske» {Hanne Vestergaard}: [Sol] 3620 g, ammes.",
        "{hanne vestergaard} har vejet [Sol]: 5120 g, følger kurven.",
        "{HV} 2-mdrs besøg: mor træt og ked af det, EPDS 15 - opfordret til at kontakte egen læge",
        "{hanne vestergaard} har talt med mor om søvn og gråd.",
        "Næste besøg aftalt med {Hanne Vestergaard} til 4 mdr.",
        "«Sundhedsplejerske» {Vestergaard} har henvist til egen læge pga. mors trivsel.",
        "[Helle] fortæller at {Hanne V.} er den eneste hun tør sige det til.",
        "log: {have} 10:30 besøgsnotat",
        "Mødregruppe startet v/ {Hanne Vestergaard}, 6 mødre.",
        "mail fra {hanne.vestergaard}«@silkeborg.dk»: tid til 8-mdrs besøg",
        "Hej {Hanne Vestergaard}, [Sol] har udslæt på kinderne, skal vi se lægen? Mvh [Helle]",
        "{Vestergaard}, {Hanne} («sundhedsplejerske») - distrikt Balle",
        "Underskrevet: {Hanne Vestergaard}, «sundhedsplejerske»",
        "{hanne v.} har ferie uge 29, vikar kommer",
        "Ifølge «sundhedsplejerske» {hanne} skal [Sol] have D-vitamin dagligt.",
        "{HV}: [Sol] kravler, siger 'da-da', god kontakt",
        "far [Sten] var hjemme ved besøget; {hanne vestergaard} talte med ham om mors depression",
        "{hanne vestergaard} har aftalt tæt opfølgning med psykiatrien.",
        "besøg aflyst af {HV} - syg",
        "Tak {Hanne Vestergaard} for at du så hvor dårligt jeg havde det. [Helle]",
        "«sundhedspl.» {vestergaard} og dagplejer [Aisha Yilmaz] har talt om [Sol]s søvn",
    ],
)

# ----------------------------------------------------------------- 10. forms, lists, logs, English
addall(
    "lk_forms",
    [
        "Deltagere: [Helle Bæk], [Sten Bæk], {Ask Vinter} ({AV}), {Camilla Overgaard} ({CO}), {Hanne Vestergaard}",
        "Initialer | Navn | Funktion\n{SB} | {Sten Bjerg} | «overlæge»\n{BF} | {Ben Frost} | «spl.»",
        "AUDIT user={asvi} action=read cpr=xxxxxx-xxxx",
        "08.00 {liv bæk}\n10.30 {jesper mikkelsen}\n13.00 {sol hvid}",
        "Ansvarlige: {MK}, {BF}, {CO}, {BL}",
        "cc: {pia.lauridsen}«@silkeborg.dk»; {m.yilmaz}«@dadlnet.dk»",
        "Discharge letter written by «Dr» {Ask Vinter}; «nurse» {Camilla Overgaard} will phone next week.",
        "«Nurse» {Ben} said the scars will fade.",
        "My mother was looked after by {Bo Lund} and he was lovely.",
        "Vagtplan uge 40: man {bo lund}, tir {BL}, ons [Bo Nielsen]",
        "Kontakter:\n- {Mette Kjærgaard} (M2)\n- {Sten Bjerg} (kirurgi)\n- {Pia Lauridsen} (jobcenter)",
        "Signeret elektronisk af {Mohammed Yilmaz}, «læge», 14.03.2024 09:12",
        "user {stbj} printed epikrise 15:40",
        "Ref.: {PL}",
        "{ben frost} - {mette kjærgaard} - {camilla overgaard}",
        "vagt D {ben} / A {ben} / N vikar",
        "As {Pia Lauridsen} explained, the payment continues until the review.",
        "Notat ved {befr} 14.05 22:10",
        "Ansvarlig: {Hanne Vestergaard}",
        "Besøgsliste: 8.00 [Inger Lund] ({LB}), 9.15 [Poul Andersen] ({LB})",
        "{JM}/{SH} 10-12 holdtræning",
        "Fra: {Camilla Overgaard} Til: [Helle Bæk] Emne: tid i ambulatoriet",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 11. the same words used as words
addall(
    "ow_words",
    [
        "Pt. [bor] alene i et stuehus uden for byen.",
        "Hun ønsker at [bo] hjemme så længe som muligt.",
        "Kan ikke længere [bo] i eget hjem - ansøgning om plejebolig sendt.",
        "Hun [boede] tidligere i Aarhus.",
        "[Boligstøtte] søgt via Udbetaling Danmark.",
        "Pt. har ondt i højre [ben] efter faldet.",
        "[Ben] og fødder hævede, ødem til knæ.",
        "Støttestrømper på begge [ben] hver morgen.",
        "Sår på ve. [underben], 3x2 cm.",
        "Brækkede [benet] i 2019.",
        "Pt. har [benægtet] at have taget ekstra tabletter.",
        "[Benzodiazepiner] undgås pga. faldrisiko.",
        "UL viser multiple [galdesten], ingen [sten] i galdegangen.",
        "[Sten] i galdegangen udelukket ved MRCP.",
        "Tidligere [nyresten] 2018, spontant afgået.",
        "Forstoppelse - [stenhård] afføring, Movicol øget.",
        "ERCP med anlæggelse af [stent].",
        "[Hvid] belægning på tungen - svamp? Mycostatin ordineret.",
        "[Hvide] blodlegemer 14,2, CRP 86.",
        "Huden er bleg, næsten [hvid], og kold.",
        "[Hvidløg] og ingefær - pt. tager naturmedicin.",
        "Pt. var dårlig hele [vinteren] med lungebetændelse.",
        "Forværring af depression hver [vinter] - overvej lysterapi.",
        "[Vinterdepression] kendt fra tidligere.",
        "[Frost] i nat - glat, pt. må ikke gå ud alene.",
        "Hun fryser og har [frostknuder] på fingrene.",
        "Familien har været på ferie i [bjergene] i Norge.",
        "Pt. har gået på [bjerge] hele [livet].",
        "[Livet] er svært lige nu, siger pt.",
        "Ingen [livstruende] tilstand.",
        "Har tænkt på at tage sit eget [liv], men har ingen planer.",
        "Samtale om [liv] og død med pt. og datter.",
        "Hun har et godt [liv] på plejehjemmet.",
        "Ny [livrem], de gamle bukser er for store.",
        "Det er svært at finde [livsmodet] igen, siger pt.",
        "[Solen] skinnede, vi gik en lang tur med barnevognen.",
        "[Solcreme] faktor 50 på baby, ikke i direkte [sol].",
        "Eksemet bedre efter [sol] og bad i havet.",
        "Datteren kom på besøg og sad i [solen] med mor.",
        "Urnen med [asken] sættes ned i [mindelunden] i maj.",
        "Mor ryger igen, [askebæger] på terrassen.",
        "Allergi over for birk og [ask].",
        "Please [ask] your GP for a new prescription.",
        "[Bækkenrøntgen]: ingen fraktur.",
        "Hjælp til [bækken] om natten.",
        "[Bækkenbundstræning] efter fødslen.",
        "[Bækkenløsning] i graviditeten, stadig smerter.",
        "Gåtur langs [bækken] i [lunden] bag plejehjemmet.",
        "[Overgang] til dagafsnit drøftet.",
        "Naboens søn [Mikkel] hjælper med indkøb.",
        "Hun [bor] på 2. sal uden elevator.",
        "Pt. har det [stengodt] i dag.",
        "[Lev] [livet] - siger plakaten på væggen.",
    ],
)

# ----------------------------------------------------------------- 12. abbreviations, initials, user names as words
addall(
    "ow_abbrev",
    [
        "[KOL] med [CO2]-retention, [pCO2] 7,8 kPa.",
        "[COPD] exacerbation, treated with prednisolone.",
        "[CO]-måling i udåndingsluft 2 ppm - ryger ikke.",
        "Kulilteforgiftning udelukket, [CO]-Hb normal.",
        "[AV]-blok 1. grad på EKG, ingen behandling.",
        "[Av], sagde hun, da jeg rørte ved hoften.",
        "Drøftet [bl.a.] medicin, kost og søvn.",
        "Hun har [bl.a.] svært ved trapper og bad.",
        "This is [my] mother's medication list.",
        "Thank you for [my] appointment yesterday.",
        "Han var tidligere i [HV] (Hjemmeværnet).",
        "Vægt 150 [lb] på det amerikanske skema = 68 kg.",
        "Pt. vil gerne [have] hjælp til bad.",
        "Vi skal [have] ny tid om 3 måneder.",
        "[Pilates] 2 x ugentligt i fitnesscentret.",
        "Insulin [bolus] 4 IE til aftensmaden.",
        "Det var [befriende] at græde, siger pt.",
        "[BT] 128/76, puls 80, [SAT] 95 %",
        "[EPDS] 17 - henvist til egen læge.",
        "[CRP] 112, leukocytter 13,1",
        "[ADL]-vurdering: selvhjulpen i spisning.",
        "[KAD] ch 12 anlagt, 300 ml klar urin",
        "[MRCP] og [ERCP] planlagt.",
        "[lap.] kolecystektomi 14.05.",
        "[PN]-medicin: Oxynorm 5 mg.",
        "[VAS] 4 i hvile, 7 ved bevægelse",
        "[LÆ] 265 modtaget fra egen læge.",
        "[HbA1c] 42 mmol/mol",
    ],
)

# ----------------------------------------------------------------- 13. the citizen and her family
addall(
    "ow_family",
    [
        "[Helle Bæk] ringede kl 9 ang. sin mor.",
        "Ægtefælle [Sten] var med til samtalen.",
        "Mand [Sten Bæk] passer [Sol], mens [Helle] er indlagt.",
        "[Sol] (5 mdr) trives, ammes 6 gange i døgnet.",
        "Datteren [Sol] er født 12.01.2024.",
        "Sønnen [Ask] (15) har det svært med mors indlæggelse.",
        "[Ask] (15 år) har fået en samtale med skolens AKT-lærer.",
        "Mor [Inger Lund] (79) bor på Lindehuset.",
        "Pt.: [Lund, Inger], 120345-xxxx",
        "Pt.: [Bæk, Helle], 030580-xxxx",
        "Familien [Bæk]: far [Sten], mor [Helle], [Ask] (15), [Sol] (8 mdr)",
        "Svigerinde [Mette Bæk] henter [Sol] hos dagplejeren om torsdagen.",
        "[Mette] (svigerinde) har passet [Sol] i weekenden.",
        "Mormor [Inger] kan ikke længere passe [Sol].",
        "Mvh [Helle Bæk]",
        "Hilsen [Sten] ([Sol]s far)",
        "[Sol Bæk], f. 12.01.2024, 3620 g",
        "[Ask Bæk], 9.C, Balleskolen",
        "Hej, det er [Helle] igen. [Sol] har feber 38,9 - skal vi komme?",
        "[Sten] og [Ask] var på besøg om eftermiddagen.",
        "[Sten] (ægtefælle) oplyser at pt. ikke har sovet i 3 døgn.",
        "Pårørende: [Sten Bæk] (ægtefælle), [Ask Bæk] (søn, 15)",
        "[Inger] (79 år) faldt på badeværelset.",
        "[Helle]s mor [Inger Lund] er flyttet på plejehjem.",
        "[Ask] skriver: 'mor kommer hjem på lørdag. [Ask]'",
        "Barnets navn: [Sol Bæk]. Mors navn: [Helle Bæk]. Fars navn: [Sten Bæk].",
        "Fra: [Helle Bæk] Til: Lægehuset Emne: [Sol] har udslæt",
        "[Bæk], [Helle] - sygemeldt fra 15.03.",
        "min søn [Ask] sover ikke om natten, er det normalt i hans alder?",
        "[Sten] har taget orlov, så [Helle] kan hvile.",
        "[Sol] og storebror [Ask]",
        "[Inger Lund] og datter [Helle Bæk] deltog i mødet.",
        "Mormor [Inger] vil gerne se [Sol] på søndag.",
        "Far ([Sten Bæk]) og søn ([Ask Bæk]) er pårørende.",
        "[Mette Bæk] (svigerinde) er kontaktperson, når [Sten] er på arbejde.",
    ],
)

# ----------------------------------------------------------------- 14. courtesy titles with the family's names
addall(
    "ow_titles",
    [
        "[Fru Lund] sov uroligt i nat.",
        "[Fru Bæk] ringede og spurgte efter svaret.",
        "[Hr. Bæk] var med til samtalen.",
        "Kære [fru Bæk], tak for din besked.",
        "[Mrs Lund] is settling in well at the care home.",
        "[familien Bæk] har fået tildelt sundhedsplejerske.",
        "[ægteparret Bæk] kom sammen til samtalen.",
        "Til [familien Bæk]",
        "[Fam. Bæk] - hjemmebesøg aftalt.",
        "[Fru Helle Bæk] har sendt sygemelding.",
        "[Mr Bæk] asked about visiting hours.",
        "[Enkefru Lund] ønsker enestue.",
    ],
)

# ----------------------------------------------------------------- 15. non-hidden colleagues
addall(
    "ow_colleagues",
    [
        "[Liv Mortensen] ssh morgenbesøg kl 7.15",
        "ssh [Liv] har hjulpet med bad og påklædning",
        "Anæstesisygeplejerske [Carsten Bjerg] lagde venflon.",
        "anæstesisygepl. [Bjerg] gav Ondansetron",
        "Lægesekretær [Mette Holm] har booket ny tid.",
        "sekretær [Mette] sender indkaldelse",
        "Jobkonsulent [Lone Lauridsen] har fundet en praktikplads.",
        "jobkonsulent [Lauridsen] ringer til arbejdsgiveren",
        "Portør [Peter Frost] kørte pt. til røntgen.",
        "portør [Frost] henter kl 10",
        "Afdelingsleder [Bo Nielsen] har indkaldt til pårørendemøde.",
        "afdelingsleder [Bo] deltog i mødet",
        "Psykolog [Signe Overgaard] har haft første samtale med pt.",
        "psykolog [Overgaard] testede med PHQ-9",
        "Bioanalytiker [Hanne Bisgaard] tog blodprøver kl 7.",
        "bioanalytiker [Hanne] kommer igen kl 10",
        "Lægesekretær [Rikke Vinter] har sendt epikrisen.",
        "sekretær [Vinter] har booket ambulant tid",
        "[Carsten Bjerg] og [Peter Frost] hjalp pt. over på lejet.",
        "[Liv Mortensen] og [Bo Nielsen] holder fri fredag.",
        "[Signe Overgaard] (psykolog) og [Rikke Vinter] (sekretær) deltog i konferencen.",
        "[Lone Lauridsen] og [Mette Holm] var med på telefonmødet.",
        "[bo nielsen] afdelingsleder 08-16",
        "[Hanne Bisgaard] (bioanalytiker) fik ikke blod første gang.",
        "ssh [liv mortensen] har givet morgenmedicin",
    ],
)

# ----------------------------------------------------------------- 16. places, streets, drugs, firms, unlisted people
addall(
    "ow_places",
    [
        "Indlagt på [Hvidovre] Hospital under ferien.",
        "Sommerhus ved [Hvide Sande].",
        "Bor på [Bjergvej] 12, 8600 Silkeborg.",
        "Ny adresse: [Lundvej] 7, 8600 Silkeborg",
        "Flyttet fra [Lund] i Sverige i 1970.",
        "[Lundbeck] har ændret pakningsstørrelsen.",
        "Flytter til plejehjemmet [Solgården] i november.",
        "Daghjemmet [Solsikken] om tirsdagen.",
        "Udflugt til [Himmelbjerget] med dagcentret.",
        "Børnehuset [Bækkelund] har ledig plads fra august.",
        "[Askina] Foam på hælen, skiftes hver 3. dag.",
        "[Solian] overvejet, men valgt Sertralin.",
        "[Benylan] mod hoste, 10 ml x 3.",
        "Rollator bestilt hos [Vestergaard Hjælpemidler ApS], levering fredag.",
        "Ægtefælle arbejder hos [Kjærgaard Auto].",
        "Pt. er medlem af [Vinterbadeklubben].",
        "[Sol] falder i søvn til musikken fra [Frost].",
        "Bor i [Solbjerg] syd for Aarhus.",
        "Født i [Hvidbjerg] på Thyholm.",
        "Søster bor i [Stenløse].",
        "Sommerferie på [Bornholm].",
        "Nabo [Karsten Hvidberg] har nøgle til lejligheden.",
        "Dagplejer [Aisha Yilmaz] har set udslættet.",
        "[Aisha Yilmaz] (dagplejer) er syg, [Sol] passes af [Mette Bæk].",
        "Arbejdsgiver: [Lene Frostholm], HR.",
        "Klasselærer [Jens Vinther] har skrevet til forældrene.",
        "Naboens søn [Jesper] (12) går tur med hunden.",
        "Regionshospitalet [Silkeborg], [Vestergade]-indgangen.",
        "[Mikkelsens] Bageri leverer brød til plejehjemmet.",
        "Borger [Poul Andersen] har samme hjemmesygeplejerske.",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Ben Frost} har lagt forbinding på ve. [ben].",
        "{ben frost} fjernede suturer; [benene] hævede lidt.",
        "{Sten Bjerg} har fjernet galdeblæren med [sten].",
        "«overlæge» {sten bjerg} viste pt. [stenene] i et glas.",
        "{liv bæk} har talt med [Inger] om [liv] og død.",
        "«ssa» {bo} siger [Inger] ikke vil [bo] her, hun vil hjem.",
        "{Sol Hvid} og [Inger] sad i [solen] og øvede at rejse sig.",
        "«Læge» {Vinter} og pt. taler om [vinterdepression].",
        "{Ben Frost}: obs [frost] i nat - pt. må ikke gå ud alene.",
        "[Bækkenrøntgen] bestilt af {Sten Bjerg}.",
        "{Liv Bæk} har givet [Inger] [bækken] kl 02.",
        "[CO]-måling 1 ppm; sign. {CO}",
        "[AV]-blok 1. grad, {AV} har set EKG.",
        "[Av]! sagde pt., da {ben} fjernede drænet.",
        "{BL} har drøftet [bl.a.] kost og væske med datter.",
        "log {have} 10:30 - notat: mor vil gerne [have] besøg hver uge.",
        "Insulin [bolus] 4 IE - dok. af {bolu}",
        "{Pia} foreslog [Pilates] som en del af planen.",
        "{Jesper} gik en tur til [bækken] med [Inger].",
        "Det var [befriende] at tale med {Camilla}, siger pt.",
        "{Camilla} bemærker at pt. taler om at tage sit eget [liv].",
        "{Ask Vinter}: [Ask] (søn, 15) må gerne besøge mor på afsnittet.",
        "«sundhedsplejerske» {Hanne}: [Sol] må ikke være i direkte [sol].",
        "Please [ask] «Dr» {Yilmaz} about [my] test results.",
        "{MY}: sår på [ben] heler, [hvid] belægning i munden behandlet.",
        "Pt. har det [stengodt] i dag, siger {Ben}.",
        "[Vinteren] har været hård for [Inger], siger {Bo Lund}.",
        "{Jesper Mikkelsen}: [benstyrken] er øget efter 6 ugers træning.",
        "{Camilla Overgaard}: [overgang] til dagafsnit fra mandag.",
        "[Hvide] blodlegemer 11,2 - {Mette Kjærgaard} har givet besked til lægen.",
    ],
)

addall(
    "mx_people",
    [
        "[Liv Mortensen] (ssh) og {Liv Bæk} («hjemmesygepl.») på dobbeltbesøg.",
        "[Carsten Bjerg] lagde venflon, {Sten Bjerg} opererede.",
        "[Mette Holm] booker tid hos {Mette Kjærgaard} i sygeplejeklinikken.",
        "[Lone Lauridsen] og {Pia Lauridsen} holdt møde med arbejdsgiver.",
        "Portør [Peter Frost] og {Ben Frost} kørte pt. til operation.",
        "Afdelingsleder [Bo Nielsen] og «ssa» {Bo Lund} deltog i pårørendemødet.",
        "Psykolog [Signe Overgaard] og «sygeplejerske» {Camilla Overgaard} er ikke i familie.",
        "[Hanne Bisgaard] tog blodprøven; «sundhedsplejerske» {Hanne Vestergaard} fik svaret.",
        "[Rikke Vinter] (sekretær) har booket tid hos {Ask Vinter}.",
        "{Sten Bjerg} talte med ægtefællen [Sten Bæk] efter operationen.",
        "«ergoterapeut» {Sol Hvid} spurgte til barnebarnet [Sol] (8 mdr).",
        "[Ask] (15) besøgte mor; «reservelæge» {Ask} var med i samtalen.",
        "«hjemmesygeplejerske» {Bæk} og datter [Helle Bæk] talte om medicinen.",
        "«ssa» {Lund} hjalp [fru Lund] med at spise.",
        "[Mette] (svigerinde) og «sygeplejerske» {Mette} talte sammen på gangen.",
        "Dagplejer [Aisha Yilmaz] og «læge» {Mohammed Yilmaz} er ikke i familie.",
        "{Pia Lauridsen} og [Lone Lauridsen] er ikke i familie, oplyser jobcentret.",
        "[Inger Lund] og {Bo Lund} har fødselsdag samme dag.",
        "{Liv Bæk} har ringet til [Helle Bæk]: mor er faldet.",
        "ssh [Liv] og «hjemmesygeplejerske» {Liv} skiftede forbinding sammen.",
        "anæstesisygepl. [Bjerg] og «overlæge» {Bjerg} på stuegang.",
        "sekretær [Vinter] og «reservelæge» {Vinter} deltog begge.",
        "portør [Frost] og «sygeplejerske» {Frost} hentede pt.",
        "<Liv> har været her i dag.",
        "<Bo> ringede og spurgte efter dig.",
        "<Sol> har haft en god nat.",
        "<Ask> kom forbi i eftermiddags.",
        "<Sten> har ringet.",
        "<Mette> har sendt papirerne.",
        "Spørg <Lauridsen> om sagen.",
        "<Overgaard> har ferie uge 30.",
        "<Bjerg> kommer kl 14.",
        "<Frost> har ringet.",
        "<Vinter> ringer i morgen.",
        "<Hanne> kommer kl 9.",
        "<Bæk> har ringet til afdelingen.",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering K3 nat:\n- [BT] 118/70 kl 02 ({ben})\n- ægtefælle [Sten Bæk] ringede kl 23\n- [sten] i galdeblæren, op i morgen v/ {Sten Bjerg}",
        "Netværksmøde P3 14.4.\nDeltagere: pt. [Helle Bæk], ægtefælle [Sten Bæk], «reservelæge» {Ask Vinter}, «kontaktsygeplejerske» {Camilla Overgaard}, psykolog [Signe Overgaard], «sundhedsplejerske» {Hanne Vestergaard}.\nReferent: {CO}",
        "Kære {Pia}\nJeg er stadig sygemeldt. Min «læge» {Mohammed Yilmaz} har skrevet en ny attest. [Sol] er også syg.\nMvh [Helle]",
        "Plejehjem: [Inger Lund] sad i [solen] på terrassen med {bo lund}. [Benene] hævede - {liv bæk} kontaktet.",
        "Genoptræning: [Inger] gik 100 m med {jesper}; barnebarnet [Sol] (8 mdr) var med og heppede.",
        "Sundhedspleje 4 mdr ({HV}): [Sol] 6,8 kg. Mor indlagt på P3, far [Sten] passer [Sol]. Talt med {Camilla Overgaard} ang. mor-barn-kontakt.",
        "Jobcenter: {PL} har modtaget [LÆ] 265 fra {MY}. Husk [bl.a.] at indkalde arbejdsgiver [Lene Frostholm].",
        "E-konsultation: 'Hej {Mohammed}, [Sol] er 3 mdr og har [hvide] pletter i munden, er det svamp? [Helle]'",
        "Kirurgisk amb.: {SB} - UL: [galdesten], ingen [sten] i choledochus. Op. bestilt. Anæstesi v/ [Carsten Bjerg].",
        "Medicinsk M2: [Inger Lund] indlagt med [KOL]. {Mette Kjærgaard} har talt med datter [Helle]. [pCO2] 7,2. Svigerinde [Mette Bæk] kommer i morgen.",
        "Hjemmepleje: [Inger] vil gerne [bo] hjemme. {liv bæk} og ssh [Liv Mortensen] har lavet plan. [Vinteren] kommer - obs [frost] og glat fortov.",
        "Psykiatri: {ask vinter} har talt med [Ask] (søn, 15) om mors sygdom. [Ask] spurgte om mor kommer hjem til jul.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
