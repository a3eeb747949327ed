"""Red-team probes for indsigt name hiding (rt51): a GENERALISATION TEST - "one ordinary week of
one citizen's records". Hanne Lind (56) reads, on sundhed.dk and in her municipality's and her
pharmacy's portals, what was written about her in one week of May 2025, drawn evenly and without
a theme from every genre she can read: a medical admission (atrial fibrillation, start of
anticoagulation), the surgical/orthopaedic follow-up of a knee replacement three weeks earlier,
psychiatric outpatient visits and the discharge summary of an earlier psychiatric admission,
outpatient letters, GP notes and e-consultations, home care and home nursing (wound care), the
municipality's case work and decisions (aids, sick-pay follow-up), rehabilitation (physio,
occupational therapy), pharmacy and prescriptions, lab and imaging results, the dentist, the
access log, appointment letters, secure messages and staff chat pasted into a note - each written
as that genre really is written (careful prose, fast lower-case shorthand, forms, lists,
signatures, dictation marks, log lines, English lines), with the over-hiding traps of the same
records.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone: a hidden staff member's name part (given, family, part of a hyphenated
         name), registered initials, user name or e-mail local part, used for that person.
         A letter inside not covered by a span = LEAK.
  [...]  must stay: the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, a clinical abbreviation, a place, a street, a drug, a firm, a product.
         Any span over it = OVER-HIDE.
  <...>  debatable: the outcome is recorded, never a failure.
  «...»  don't care: a title or role word standing next to a hidden name (overlæge, læge, egen
         læge, praktiserende læge, dr., reservelæge, sygeplejerske, spl., kontaktsygeplejerske,
         hjemmesygeplejerske, ssa, fysioterapeut, fys., ergoterapeut, ergo, tandlæge, radiolog,
         psykiater, farmaceut, sagsbehandler, MD, RN), a genitive -s glued to a hidden name, the
         domain of a hidden person's e-mail address.
  Unmarked letters and digits are must-stay too (labels such as "Behandler:", "Sign.:", "v/",
  "Fra:", ward names, dates, times, log fields). The characters "[", "{", "<" and "«" cannot
  appear literally: they are the markup.

Rules I apply when marking (the same in every genre):
  R1  A name part owned only by hidden staff (Vang, Anne-Mette, Due, Vibeke, Anna, Kjær, Malene,
      Winther, Ravn, Yasmin, Munch, Christian, Tang, Ea, Pernille, Thy) that the text uses for
      the person is gone: capitalised, lower case or upper case, bare or with the other part,
      family-first ("Hjort, Storm"), abbreviated ("Lykke V.", "Storm H."), spelt without the
      hyphen ("Anne Mette", "Winther Skov"), transliterated (Kjaer), in any position (subject,
      object, after a preposition, v/, af, sign., in a list, rota, table cell, signature,
      log line, greeting, English sentence).
  R2  Registered initials, user names and e-mail local parts are gone where they stand for the
      person (after sign./v//af/Udført af/Behandler:, in a dictation mark "AK/hk", a rota, a
      log or audit line, a chat prompt, next to a time in a staff slot), in any case. The same
      letters used as the clinical abbreviation or word they also are stay: BT (blodtryk), AK
      (antikoagulation), MR/MRSA, CT, PT/pt. (patient, protrombintid), LV (venstre ventrikel),
      AMD (makuladegeneration), el- (el-kørestol), KOL.
  R3  A part shared with a non-hidden colleague (Lykke - Lykke Andersen lægesekretær; Hjort -
      Jonas Hjort portør; Rask - Mette Rask bioanalytiker; Bo - Bo Kristiansen teamleder; Bach -
      Karen Bach diætist; Skov - Thomas Skov visitator; Holm - Nanna Holm sygeplejerske; Toft -
      Jakob Toft tandplejer) is gone when the hidden person's other part, initials or own title
      settles it ("spl. Lykke", "overlæge Hjort", "dr. Rask", "ssa Bo", "fys. Bach",
      "sagsbehandler Skov", "ergo Holm", "overlæge Toft"); it stays when the colleague's full
      name, initials or role settles it ("portør Hjort", "bioanalytiker Rask", "teamleder Bo",
      "diætist Bach", "visitator Skov", "tandplejer Toft"). Bare and unsettled: debatable.
  R4  A part shared with the citizen or a relative (Lind, Sten, Lykke, Mads, Storm, Birgitte) is
      gone when the hidden person's title, other part or initials settle it ("farmaceut Lind",
      "tandlæge Sten", "overlæge Storm", "egen læge Mads", "kontaktsygeplejerske Birgitte");
      it stays when the text says who the family member is (kinship word, age, courtesy title
      "fru Lind"/"hr. Lind", the relative's full name, being the patient/borger of the note, the
      sender's signature of her own message). Bare and unsettled: debatable. The genre alone
      (e.g. "Hej Mads" opening an e-consultation to the GP) does not settle it: debatable.
  R5  A part shared with an unlisted person (Kirsten Hjort, neighbour; Ole Vang, employer; Poul
      Due, neighbour; Anna Sørensen, friend; Edvard Munch, J.S. Bach, Storm P., Lykke Li) stays
      when that person's full name, role or kinship is written.
  R6  Words, places, streets, drugs, products, firms and abbreviations stay even when spelt like a
      hidden name part, initials or user name, also capitalised at the start of a sentence, in
      upper case, glued into compounds or inflected (rask/raskmeldt/Raskmelding, duer, lykkedes,
      held og lykke, bo/bor/bopæl, ravn, tandsten/nyresten, tang/gribetang/Tangkrogen,
      lindrer, Thy, skoven/Risskov/Skovvangsvej, stormvejr, Hjortshøj, Holme/Stockholm,
      bachelor, Bach-blomster, Yasmin (p-pille), Christiansbjerg, English "due"), and also in a
      text that names the hidden person.
  R7  Lower-case fast notes get the same judgement as careful prose.
  R8  A firm or clinic named after a hidden person ("Tandklinikken Munch") is debatable.

Classes:  lk_*  leak probes (genre)   ow_*  over-hiding traps   mx_*  both in one line
          db_*  bare unsettled shared parts (debatable only)

Roster (fresh; chosen without reading any other rt file's roster):
  Hidden staff (14), with what the parts and initials also are:
    Lykke Vang            sygeplejerske, Medicinsk afd. M3, AUH   lykke = happiness (held og
                          LV (LV-funktion), lyva, lykke.vang@rm.dk lykke, lykkedes); Lykke =
                                                                  daughter + lægesekretær
    Storm Hjort           overlæge, ortopædkirurgi                storm (stormvejr, Storm P.);
                          STH, sthj, storm.hjort@rm.dk            hjort = deer (Hjortshøj);
                                                                  Storm = mother's/sister's
                                                                  family; Hjort = portør
    Mads Rask             praktiserende læge (GP)                 rask = healthy (raskmeldt);
                          MR (MR-scanning, MRSA), mara,           Mads = son; Rask =
                          mads.rask@dadlnet.dk                    bioanalytiker
    Anne-Mette Due        hjemmesygeplejerske, Aarhus Kommune     due = dove / "duer" (works),
                          AMD (makuladegeneration), amdu,         English "due"
                          amdu@aarhus.dk
    Vibeke Bach           fysioterapeut, Genoptræning Nord        Bach (composer, Bach-blomster,
                          VB, viba, viba@aarhus.dk                bachelor); Bach = diætist
    Anna Kjær             overlæge, psykiatri (ambulatorium)      AK = antikoagulation;
                          AK, ankj, anna.kjaer@rm.dk              Anna = unlisted friend
    Malene Winther-Skov   sagsbehandler, Hjælpemidler             skov = forest (Risskov,
                          MWS, mawi, mws@aarhus.dk                Skovvangsvej); Skov = visitator
    Bo Ravn               social- og sundhedsassistent,           bo = live (bor, bopæl);
                          hjemmeplejen                            ravn = raven; Bo = teamleder
                          BR, bora
    Yasmin Holm           ergoterapeut, Genoptræning Nord         Yasmin = a contraceptive pill;
                          YH, yaho                                holm (Holme, Stockholm);
                                                                  Holm = sygeplejerske K2
    Sten Munch            tandlæge                                sten = stone (tandsten,
                          SM, smun, sm@munchtand.dk               nyresten); Sten = husband;
                                                                  Edvard Munch (unlisted)
    Christian Toft        overlæge, radiologi                     CT = CT-scanning;
                          CT, chto                                Christiansbjerg; Toft =
                                                                  tandplejer
    Birgitte Tang         kontaktsygeplejerske, ortop. amb.       BT = blodtryk; tang = pliers /
                          BT, bita, birgitte.tang@rm.dk           seaweed (gribetang,
                                                                  Tangkrogen); Birgitte = sister
    Ea Lind               farmaceut, Trøjborg Apotek              Lind = the citizen's family;
                          EL (el-kørestol), eali                  lindrer, Lindevej
    Pernille Thy          sygeplejerske, psykiatrisk amb.         PT = patient/protrombintid;
                          PT, peth                                Thy = region
  Non-hidden colleagues (8): Lykke Andersen (lægesekretær M3, LA), Jonas Hjort (portør, JH),
    Mette Rask (bioanalytiker, MER), Bo Kristiansen (teamleder hjemmeplejen, BK), Karen Bach
    (klinisk diætist, KB), Thomas Skov (visitator, TS), Nanna Holm (sygeplejerske K2, NH), Jakob
    Toft (tandplejer, JT).
  Citizen: Hanne Lind (56), Skovvangsvej 12, 8200 Aarhus N.
  Relatives (5): Sten Lind (husband), Lykke Lind (daughter, 24), Mads Lind (son, 19), Ingrid
    Storm (mother, 84, KOL, nursing home), Birgitte Storm (sister).
  Unlisted (must simply stay): Kirsten Hjort (nabo), Ole Vang (butikschef, employer), Poul Due
    (nabo), Anna Sørensen (veninde), Rune Sørensen (jobcenter), Jens Friis (reservelæge).

Written by a red-team helper (rt51) that had not seen the matcher's rules, word lists, tests,
docs or changelog, nor any other rt probe file beyond the format lines of rt44; the markup above
was fixed before the first run and is not changed after it except for markup errors by this
standard (listed below).

Run:  .venv/bin/python bench/independent/names_rt51_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above; nothing else changed):
2 probes had a title standing next to a hidden name left unmarked, which the standard makes
don't-care - "Afgørelse om hjælpemidler. «Sagsbehandler»: {Malene Winther-Skov}." (lk_kommune)
and "«Tandlæge»: {Sten Munch}. [Tandsten] fjernet. ..." (mx_notater).

575 probes (283 lk_* leak, 177 ow_* over-hide traps, 99 mx_*, 16 db_*; 382 contain {...}, 282
contain [...]). First run on b8ae22b (pinned worktree): 22 leaks / 35 over-hides (518 ok).
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        key="lv",
        given="Lykke",
        family="Vang",
        initials=("LV",),
        emails=("lykke.vang@rm.dk",),
        usernames=("lyva",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="sth",
        given="Storm",
        family="Hjort",
        initials=("STH",),
        emails=("storm.hjort@rm.dk",),
        usernames=("sthj",),
        titles=("overlæge",),
    ),
    Person(
        key="mr",
        given="Mads",
        family="Rask",
        initials=("MR",),
        emails=("mads.rask@dadlnet.dk",),
        usernames=("mara",),
        titles=("praktiserende læge", "læge"),
    ),
    Person(
        key="amd",
        given="Anne-Mette",
        family="Due",
        initials=("AMD",),
        emails=("amdu@aarhus.dk",),
        usernames=("amdu",),
        titles=("hjemmesygeplejerske", "sygeplejerske"),
    ),
    Person(
        key="vb",
        given="Vibeke",
        family="Bach",
        initials=("VB",),
        emails=("viba@aarhus.dk",),
        usernames=("viba",),
        titles=("fysioterapeut",),
    ),
    Person(
        key="ak",
        given="Anna",
        family="Kjær",
        initials=("AK",),
        emails=("anna.kjaer@rm.dk",),
        usernames=("ankj",),
        titles=("overlæge", "psykiater"),
    ),
    Person(
        key="mws",
        given="Malene",
        family="Winther-Skov",
        initials=("MWS",),
        emails=("mws@aarhus.dk",),
        usernames=("mawi",),
        titles=("sagsbehandler",),
    ),
    Person(
        key="br",
        given="Bo",
        family="Ravn",
        initials=("BR",),
        usernames=("bora",),
        titles=("social- og sundhedsassistent", "ssa"),
    ),
    Person(
        key="yh",
        given="Yasmin",
        family="Holm",
        initials=("YH",),
        usernames=("yaho",),
        titles=("ergoterapeut",),
    ),
    Person(
        key="sm",
        given="Sten",
        family="Munch",
        initials=("SM",),
        emails=("sm@munchtand.dk",),
        usernames=("smun",),
        titles=("tandlæge",),
    ),
    Person(
        key="ct",
        given="Christian",
        family="Toft",
        initials=("CT",),
        usernames=("chto",),
        titles=("overlæge", "radiolog"),
    ),
    Person(
        key="bt",
        given="Birgitte",
        family="Tang",
        initials=("BT",),
        emails=("birgitte.tang@rm.dk",),
        usernames=("bita",),
        titles=("kontaktsygeplejerske", "sygeplejerske"),
    ),
    Person(
        key="el",
        given="Ea",
        family="Lind",
        initials=("EL",),
        usernames=("eali",),
        titles=("farmaceut",),
    ),
    Person(
        key="pt",
        given="Pernille",
        family="Thy",
        initials=("PT",),
        usernames=("peth",),
        titles=("sygeplejerske",),
    ),
]

OTHERS = [
    Person(
        key="o-la", given="Lykke", family="Andersen", initials=("LA",), titles=("lægesekretær",)
    ),
    Person(key="o-jh", given="Jonas", family="Hjort", initials=("JH",), titles=("portør",)),
    Person(key="o-mer", given="Mette", family="Rask", initials=("MER",), titles=("bioanalytiker",)),
    Person(key="o-bk", given="Bo", family="Kristiansen", initials=("BK",), titles=("teamleder",)),
    Person(key="o-kb", given="Karen", family="Bach", initials=("KB",), titles=("klinisk diætist",)),
    Person(key="o-ts", given="Thomas", family="Skov", initials=("TS",), titles=("visitator",)),
    Person(key="o-nh", given="Nanna", family="Holm", initials=("NH",), titles=("sygeplejerske",)),
    Person(key="o-jt", given="Jakob", family="Toft", initials=("JT",), titles=("tandplejer",)),
]

CITIZEN = [("Hanne", "Lind")]

RELATIVES = [
    ("Sten", "Lind"),
    ("Lykke", "Lind"),
    ("Mads", "Lind"),
    ("Ingrid", "Storm"),
    ("Birgitte", "Storm"),
]

P = Probes()
addall = P.addall

# ============================================================================= LEAK PROBES
addall(
    "lk_medicin",
    [
        "Modtaget i FAM kl 13.40 af «sygeplejerske» {Lykke Vang}, overflyttet til M3 kl 16.10.",
        "{LV}: pt. har spist aftensmad, klager over trykken i brystet, vagthavende læge orienteret.",
        "kl 22.15 {lv}: sover, tele viser AFLI 96-110, ingen smerter",
        "Nattevagt - {lyva}: urolig kl 03, fik Oxapax 7,5 mg efter ordination.",
        "Dokumenteret af {Vang, Lykke}, «sygeplejerske», M3, 13.05.2025 07:02",
        "Pt. ønsker at tale med {Lykke Vang} igen inden udskrivelsen.",
        "overlevering fra {lykke vang} til dagvagten: rolig nat, ingen kvalme",
        "Datter informeret telefonisk af «spl.» {Vang} kl 18.",
        "Spørgsmål om medicinen kan rettes til «sygeplejerske» {Lykke V.} på M3.",
        "Sign.: {LV} / M3",
        "{Lykke Vang}«s» notat fra i nat: ingen nye klager, diurese ok.",
        "Pt. fortæller at {Vang} har forklaret hvordan blodfortyndende medicin virker.",
        "«Kontaktsygeplejerske»: {Lykke Vang}",
        "Kopi af epikrise sendt af {lykke.vang}«@rm.dk» efter pt.s ønske.",
        "Telemetri-alarm kl 04.10 kvitteret af {LV}.",
        "Vægt 78,4 kg, vejet af «spl.» {lykke} kl 06.",
        "Medicin givet kl 08: Eliquis 5 mg, Selo-Zok 50 mg - {LV}",
        "Udskrivelsessamtale ved {Lykke Vang}: medicinliste gennemgået, pt. har forstået planen.",
        "{VANG, LYKKE} - «SYGEPLEJERSKE» - M3",
        "EWS 2 kl 14 ({lyva}), 1 kl 20 ({lyva}).",
        "Pt. vil gerne have at «sygeplejerske» {Lykke} er med til stuegangen i morgen.",
        "Vitale værdier målt af {Vang}: puls 88, saturation 97 %, temp 36,9.",
        "Plan for natten, aftalt med {Lykke V.}: tele fortsætter, væskeskema.",
        "Nursing note ({Lykke Vang}, «RN»): patient anxious about the new medication.",
        "Hjemmeplejen er varslet om udskrivelse fredag - {LV} har ringet.",
        "Ansvarlig for udskrivelsen: {Lykke Vang}, M3.",
        "07.02 {lyva} - blodprøver bestilt til i morgen kl 7.",
        "Sygeplejen v/ {Lykke Vang} har udleveret pjecen om atrieflimren.",
    ],
)

addall(
    "lk_kirurgi",
    [
        "Operatør: {Storm Hjort}, «overlæge». Assistent: reservelæge Jens Friis.",
        "Knæalloplastik hø. knæ udført 22.04.2025 af «overlæge» {Hjort}.",
        "Efter operationen har {Storm Hjort} talt med pt. og ægtefælle om forløbet.",
        "{STH}: såret ser pænt ud, agraffer fjernes dag 12-14 hos egen læge.",
        "Journalnotat v/ {sthj} 29.04.2025",
        "«Dr.» {Hjort}«s» vurdering: ingen tegn på dyb infektion.",
        "Kontrol i ortopædkirurgisk ambulatorium hos {Storm H.} om 6 uger.",
        "Pt. ringer om hævelse - talt med {Birgitte Tang}, «kontaktsygeplejerske».",
        "{BT}: telefonkonsultation, pt. har let varme omkring såret, tid i morgen kl 9.",
        "Sårkontrol ved «spl.» {Tang}: let rødme, ingen sekretion.",
        "{bita} 06.05: podning taget fra såret, svar følger.",
        "Kontaktperson i ambulatoriet: {Birgitte Tang}, hverdage 8-10.",
        "«Sygeplejerske» {Birgitte} har booket dig til sårkontrol.",
        "Skriv til {birgitte.tang}«@rm.dk» hvis såret bliver mere rødt.",
        "Operationsbeskrivelse dikteret af {STH}, skrevet 23.04.",
        "{Hjort, Storm} («overlæge», Ortopædkirurgi)",
        "Pt. vil gerne tale med «overlægen» {Storm Hjort} om smerterne om natten.",
        "{storm hjort} ser pt. igen til kontrol om 6 uger",
        "«Overlæge» {Storm} har set røntgenbilledet og er tilfreds.",
        "Reviewed by {Storm Hjort}, «MD», Department of Orthopaedics.",
        "Samtykke til operation indhentet af {STH} 01.04.2025.",
        "Tidligere vurdering ({sthj}, 29.04): fortsat aflastning med krykker.",
        "{Tang} har givet pt. nye forbindinger med hjem.",
        "Udført af: {BT} - suturfjernelse, sår lukket.",
        "sårkontrol v/ {birgitte} («kontaktspl.»): pænt, ingen pus",
        "Spørg {Birgitte T.} om ny tid til røntgen.",
        "Opfølgning ved {Storm Hjort}: fleksion 100 grader, ekstension 0.",
        "{HJORT, STORM} («OVERLÆGE»)",
    ],
)

addall(
    "lk_psykiatri",
    [
        "Samtale i psykiatrisk ambulatorium v/ «overlæge» {Anna Kjær} og «sygeplejerske» {Pernille Thy}.",
        "{AK}: pt. fortsat let nedtrykt, sover bedre på Mirtazapin.",
        "Dikt. {AK}/hk 14.05.2025",
        "Næste samtale hos {Pernille} torsdag kl 10.",
        "{PT}: telefonkontakt, pt. har det bedre, ingen selvmordstanker.",
        "{peth} har talt med pt. om søvnhygiejne og faste sengetider.",
        "{Anna} og {Pernille} har lagt en plan for nedtrapning af Mirtazapin.",
        "{anna kjær} ser pt. igen om 4 uger",
        "«Psykiater» {Kjær} anbefaler fortsat behandling i mindst 6 måneder.",
        "Seen by «Dr.» {Anna Kjaer} in the outpatient clinic; plan discussed with the patient.",
        "Epikrise, indlæggelse P2 10.-24.02.2025. Behandlingsansvarlig «overlæge» {Anna Kjær}. Kontaktperson {Pernille Thy}.",
        "{Thy, Pernille} («sygeplejerske», Psykiatrisk Ambulatorium)",
        "Pt. fortæller at {Pernille Thy}«s» råd om gåture har hjulpet.",
        "Skriv evt. til {anna.kjaer}«@rm.dk» via sikker post.",
        "Pt. udtrykker tillid til {Kjær} og ønsker at fortsætte forløbet.",
        "{ankj} 12.05 - recept fornyet: Mirtazapin 30 mg 1 x dagligt.",
        "«Sygeplejerske» {Pernille T.} er på kursus, samtalen flyttes til uge 21.",
        "Pt. vil helst ikke skifte fra {Anna} til en ny læge.",
        "Behandler: {Anna Kjær}",
        "Sign. {PT} 15.05",
        "{pernille thy} ringer til pt. mandag formiddag",
        "Vurdering ({AK}): moderat depressiv episode i bedring.",
        "Deltagere: pt., ægtefælle, {Anna Kjær} («overlæge»), {Pernille Thy} («spl.»).",
        "Skemaet HAM-D er udfyldt af {PT}: 12 point (sidst 19).",
        "Spørgsmål til medicinen kan stilles til «overlæge» {Kjær} ved næste samtale.",
        "Efter samtalen med {Pernille} gik pt. en tur i parken.",
        "«Dr.» {Kjær}«s» notat: ingen psykotiske symptomer.",
    ],
)

addall(
    "lk_egen_laege",
    [
        "E-konsultation besvaret af {Mads Rask}: Du kan godt tage Panodil sammen med Eliquis.",
        "«Egen læge»: {Mads Rask}, Lægehuset Trøjborg.",
        "Kons. v/ {MR}: agraffer fjernet, såret pænt.",
        "{mara} 12.05: telefonkonsultation, pt. har hjertebanken, henvist akut til FAM.",
        "«Dr.» {Rask} har forlænget sygemeldingen med 2 uger.",
        "Lægeattest LÆ 265 udfyldt af {Mads Rask}.",
        "{Rask, Mads} - «praktiserende læge»",
        "Svar fra {mads.rask}«@dadlnet.dk»: blodprøverne er fine.",
        "Pt. har talt med «egen læge» {Mads} om at trappe ned i Mirtazapin.",
        "{MR}/sek: recept på Eliquis fornyet til 3 måneder.",
        "«Læge» {Rask} har set billedet af såret og anbefaler kontrol hos hjemmesygeplejen.",
        "{Mads R.} ringer tilbage i morgen formiddag.",
        "Journal, Lægehuset Trøjborg, 14.05 - {MR}: BT 138/84, puls 72 regelmæssig.",
        "Henvisning sendt af «praktiserende læge» {Mads Rask} til Ortopædkirurgisk Ambulatorium.",
        "Sign. {MR}",
        "«Lægen» ({Mads Rask}) mener at pt. kan starte gradvist på arbejde.",
        "Henvisende «læge»: {Rask, Mads}, ydernr. 012345",
        "{mads rask} har ringet til pt. om svar på podning",
        "«Dr.» {Mads Rask}«s» vurdering: pt. er endnu ikke klar til fuld tid.",
        "Vagtlægen har sendt notat til {Mads Rask}.",
        "Forløbsplan for atrieflimren lagt af {MR} og pt.",
        "Attesten er underskrevet af «læge» {Mads Rask} 12.05.2025.",
        "Recept udstedt af: {RASK MADS}, Lægehuset Trøjborg",
        "Pt. er tilfreds med opfølgningen hos «dr.» {Rask}.",
    ],
)

addall(
    "lk_hjemmepleje",
    [
        "Besøg kl 7.30 - {Bo Ravn}: hjælp til bad og påklædning, pt. i godt humør.",
        "«ssa» {bo} har hjulpet med støttestrømper",
        "{BR} 13.05: pt. har spist morgenmad, medicin givet fra doseringsæske.",
        "{bora} - aftenbesøg, pt. sidder i stolen, ingen smerter",
        "{Ravn} har observeret hævelse omkring hø. knæ og kontaktet hjemmesygeplejen.",
        "Hjemmesygepleje, {Anne-Mette Due}: sårskift hø. knæ, let rødme, ikke væskende.",
        "{AMD}: podning sendt, egen læge orienteret.",
        "{amdu} 14.05: Mepilex Border skiftet, sår 2 x 0,5 cm.",
        "«Hjemmesygeplejerske» {Due} kommer igen fredag.",
        "{anne-mette} har sat ugens medicin op i doseringsæske",
        "{Anne Mette Due} har ringet til egen læge om såret.",
        "Kontakt: {Anne-Mette Due}, «hjemmesygeplejerske», Distrikt Nord, {amdu}«@aarhus.dk»",
        "{Due, Anne-Mette} - sygeplejefaglig udredning afsluttet",
        "{Anne-Mette}«s» vurdering: pt. kan selv tage medicinen fra næste uge.",
        "Aftalt med {Bo Ravn} og {Anne-Mette} at pt. får hjælp til bad 2 x ugentligt.",
        "«ssa» {Bo R.} har købt ind for pt.",
        "Ugeplan: man {BR}, tir {BR}, ons {AMD} (sår), tor {BR}, fre {AMD}",
        "{Ravn}«s» notat: pt. virker træt i dag, drikker for lidt.",
        "{ANNE-METTE DUE} / Hjemmesygeplejen Nord",
        "Sign. {amdu}",
        "Pt. spurgte efter {Bo Ravn}, som hun er glad for.",
        "«Social- og sundhedsassistent» {Bo Ravn} har målt blodsukker: 6,2.",
        "Besøgsnotat 16.05, 19.45 ({bora}): lagt i seng, nødkald afprøvet.",
        "{Due} har instrueret pt. i at holde øje med rødme og feber.",
        "«Ssa» {Bo} bemærker at pt. har glemt aftenmedicinen to gange.",
        "Ansvarlig sygeplejerske: {Anne-Mette Due}",
        "Aflyst besøg (pt. hos tandlæge) - {BR} informeret.",
    ],
)

addall(
    "lk_kommune",
    [
        "Afgørelse om hjælpemidler. «Sagsbehandler»: {Malene Winther-Skov}.",
        "Med venlig hilsen\n{Malene Winther-Skov}\n«Sagsbehandler», Hjælpemidler og Boligindretning",
        "Din sag behandles af {MWS}, Sundhed og Omsorg.",
        "{mawi} 12.05: ansøgning om badebænk modtaget.",
        "«Sagsbehandler» {Skov} har bevilget toiletforhøjer efter servicelovens § 112.",
        "Kontakt {Malene} på tlf. 8940 2000, hverdage 10-12.",
        "Journalnotat v/ {Winther-Skov}: borger ønsker ikke hjælp til rengøring.",
        "Skriv til {mws}«@aarhus.dk» hvis du har spørgsmål til afgørelsen.",
        "{Winther Skov, Malene} - notat om telefonsamtale",
        "Bevilget af {Malene W.-S.} 13.05.2025.",
        "{M.W.S.} har talt med borger om ledsageordning.",
        "Ring til {Winther} i Hjælpemiddelteamet om levering.",
        "Klagevejledning: Klagen sendes til {Malene Winther-Skov}, som genvurderer sagen.",
        "«Sagsbehandler» {malene} har bestilt ergoterapeutisk vurdering.",
        "Notat ({MWS}, 14.05): borger har selv købt gribetang.",
        "Afgørelsen er truffet af {Malene Winther-Skov} på baggrund af ergoterapeutens vurdering.",
        "Partshøring sendt af {mawi} 09.05, svarfrist 23.05.",
        "Hej {Malene}, tak for hjælpen med badebænken.",
        "{Malene Winther-Skov}«s» afgørelse af 13.05.2025",
        "Udarbejdet af: {MWS}",
        "Hjælpemiddelteamet v/ {Malene W. Skov}",
    ],
)

addall(
    "lk_genoptraening",
    [
        "Genoptræning: {Vibeke Bach}, «fysioterapeut». Fleksion hø. knæ 95 grader.",
        "{VB}: øvelser gennemgået, pt. træner 2 x dagligt hjemme.",
        "{viba} 13.05 - holdtræning, pt. deltog hele timen.",
        "«Fys.» {Bach} anbefaler stavgang 3 x ugentligt.",
        "Hos {Vibeke} på tirsdag kl 9.",
        "«Ergoterapeut» {Yasmin Holm} har afprøvet badebænk i hjemmet.",
        "{YH}: pt. klarer selv påklædning af underkrop med strømpepåtager.",
        "{yaho} 14.05: hjemmebesøg, løse tæpper fjernet i stuen.",
        "«Ergo» {Holm} har søgt om toiletforhøjer.",
        "{Yasmin} kommer igen om 14 dage.",
        "{Bach, Vibeke} («fysioterapeut»), Genoptræning Nord",
        "{Vibeke}«s» program: 3 x 10 knæbøjninger, 2 x dagligt.",
        "Træningsdagbogen er sendt til {vibeke bach}",
        "Plan lagt af {Vibeke Bach} og {Yasmin Holm} i fællesskab.",
        "Genoptræningsplan modtaget - tildelt {VB} («fys») og {YH} («ergo»).",
        "Test: 30 s rejse-sætte-sig 9 gange (målt af {Vibeke Bach}).",
        "«Fysioterapeut» {Vibeke} har givet pt. en elastik med hjem.",
        "Sign. {viba} / Genoptræning Nord",
        "«Ergoterapeut» {Holm}«s» vurdering: behov for badebænk og greb ved toilet.",
        "{YASMIN HOLM}, «ERGOTERAPEUT»",
        "Afbud til {Vibeke Bach}: pt. er indlagt på M3.",
        "{Yasmin H.} har vist pt. hvordan hun kommer ind og ud af bilen.",
        "Pt. vil gerne fortsætte hos {Vibeke} efter forløbet.",
        "Holdtræning v/ {VB}, 6 deltagere.",
    ],
)

addall(
    "lk_apotek",
    [
        "Rådgivning ved «farmaceut» {Ea Lind}: Eliquis tages morgen og aften med 12 timers mellemrum.",
        "Ekspederet af {EL}, Trøjborg Apotek, 14.05.2025",
        "{eali}: receptfornyelse, udleveret 1 pk. Eliquis 5 mg 168 stk.",
        "Medicinsamtale med {Ea} på apoteket, 20 min.",
        "Spørgsmål? Ring til «farmaceut» {Lind} på apoteket.",
        "Kontrolleret: {EL}",
        "Recept fra {Mads Rask}, ekspederet af {Ea Lind}.",
        "{Lind, Ea} («farmaceut»)",
        "Apoteket: {Ea L.} har ringet til pt. om manglende vare.",
        "Tjek af interaktioner udført af {eali} 14.05 kl 11.03",
        "Din medicin er klar til afhentning. Venlig hilsen {Ea Lind}, Trøjborg Apotek",
        "«Farmaceut» {Ea Lind} har noteret: pt. bruger også johannesurt - frarådet.",
        "Receptkvittering: udskrevet af {MR}, udleveret af {EL}",
        "Ordination fra {Anna Kjær}: Mirtazapin 30 mg, 1 tablet til natten.",
        "FMK: seneste ændring foretaget af {Mads Rask} 13.05.2025",
    ],
)

addall(
    "lk_lab_billede",
    [
        "CT-thorax beskrevet af {Christian Toft}, «overlæge», Radiologisk Afdeling.",
        "Beskrivende «radiolog»: {CT}",
        "{chto} 13.05 10:42 - svar godkendt",
        "«Overlæge» {Toft} konkluderer: ingen lungeemboli.",
        "Røntgen hø. knæ: protesen sidder godt. / {Christian Toft}",
        "Svaret er vurderet af {Mads Rask}: normalt.",
        "Podningssvar fra sår: Staph. aureus. Ringet til {AMD} af mikrobiologisk afdeling.",
        "{Christian Toft}«s» beskrivelse: let pleuraeffusion hø.",
        "Ekkokardiografi bestilt af vagthavende; svar sendt til {Mads Rask}.",
        "Beskrevet: {Toft, Christian} 13.05.2025 11:20",
        "Svar kommenteret af {AK}: lithium-niveau ikke relevant, pt. får ikke lithium.",
        "Blodprøvesvar set og godkendt af {MR} 14.05.",
        "Billeder eftervist ved «overlæge» {Christian Toft} på konferencen.",
        "Røntgenbeskrivelse dikteret af {CT}/rs",
        "Kontakt «radiolog» {Christian} ved spørgsmål til beskrivelsen.",
    ],
)

addall(
    "lk_tandlaege",
    [
        "Behandler: {Sten Munch}, «tandlæge»",
        "{SM}: fyldning 36 mesialt, lokalbedøvelse 1 ampul.",
        "«Tandlæge» {Munch} anbefaler kontrol om 12 måneder.",
        "{smun} 15.05 - journal opdateret",
        "Hej [Hanne], husk din tid hos {Sten Munch} fredag kl 8.15.",
        "«Tandlægen» {Sten} har lavet rodbehandling på 46.",
        "{Munch, Sten} - «tandlæge»",
        "Afbud: {Sten M.} er syg i dag, ny tid sendes.",
        "Spørgsmål kan sendes til {sm}«@munchtand.dk».",
        "Pt. fortæller «tandlæge» {Sten Munch} at hun nu tager blodfortyndende.",
        "Sign. {SM}",
        "Udført af: {Sten Munch}, 15.05.2025",
        "{Munch}«s» plan: krone på 46 efter sommerferien.",
    ],
)

addall(
    "lk_log",
    [
        "13.05.2025 08:14 | {Lykke Vang} | «Sygeplejerske» | Medicinsk afd. M3 | Læst journal",
        "2025-05-13T08:14:55 user={lyva} action=READ record=journal",
        "14.05.2025 10:02 {sthj} ({Storm Hjort}) åbnede dit journalnotat",
        "12.05.2025 16:40 - {Mads Rask} («praktiserende læge») har set din medicinliste (FMK)",
        "13.05.2025 09:30 {HJORT STORM} «OVERLÆGE» ORTOPÆDKIRURGI VIS",
        "15.05 11:02 {ankj} - opslag i Sundhedsjournalen",
        "{Anne-Mette Due} (Aarhus Kommune) har set dine laboratoriesvar 14.05.2025 12:31.",
        "{mawi} Aarhus Kommune 12.05.2025 09:15 Opslag i FMK",
        "{Ea Lind}, Trøjborg Apotek, har set din receptoversigt 14.05.2025.",
        "Opslag: 13.05.2025 11:47 {Toft Christian} Radiologisk Afdeling",
        "Bruger: {bita}; Tidspunkt: 06.05.2025 08:03; Handling: Læs",
        "{PERNILLE THY} PSYKIATRISK AMB 15.05.2025 13:12",
        "Adgang 13.05 {viba} (Genoptræning Nord) - genoptræningsplan",
        "Hvem har set dine data: {Yasmin Holm}, Sundhed og Omsorg, 14.05.2025",
        "{sm}«@munchtand.dk» - opslag i Sundhedsjournalen 15.05.",
        "{peth} 15.05.2025 13:12 PSYK AMB AUH Vis notat",
        "Opslag foretaget af {Bo Ravn} (Hjemmeplejen Nord) 13.05.2025 07:12",
        "logon {LYVA} 13-05-2025 22:03 M3",
        "13.05.2025;10:42;{chto};RIS;Læs",
        "Set af {Birgitte Tang} («Kontaktsygeplejerske») 06.05.2025 kl. 08.03",
        "14.05.2025 12:30 {AMDU} laboratoriesvar",
        "{Kjær, Anna} | Psykiatrien | 15.05.2025 | Journal",
        "Bruger {eali} (Trøjborg Apotek) har slået din medicin op",
        "Logget ind som {smun} - Tandklinik - 15.05.2025 07:58",
        "{mara} Lægehuset Trøjborg 14.05.2025 08:01 Journal læst",
        "Adgang givet af {mws} til Hjælpemiddeldepotet, 13.05.2025",
    ],
)

addall(
    "lk_breve",
    [
        "Du har en tid hos «kontaktsygeplejerske» {Birgitte Tang} 20.05.2025 kl. 10.30, Ortopædkirurgisk Ambulatorium, indgang J.",
        "Indkaldelse: Samtale med {Anna Kjær}, «overlæge», Psykiatrisk Ambulatorium, Palle Juul-Jensens Boulevard 175.",
        "Sikker besked fra {Pernille Thy}: Hej [Hanne], vi flytter din samtale til torsdag.",
        "Besked til {Malene Winther-Skov}: Tak for afgørelsen. Venlig hilsen [Hanne Lind]",
        "Kære [Hanne Lind]\nDu er indkaldt til kontrol hos «overlæge» {Storm Hjort} 03.06.2025 kl. 13.00.",
        "Fra: {Mads Rask}\nTil: [Hanne Lind]\nEmne: Svar på blodprøver",
        "Svar på din besked fra {Vibeke}: Ja, du må gerne cykle på motionscykel.",
        "Din tid hos {Yasmin Holm} er flyttet til onsdag 21.05 kl. 13.",
        "Afsender: {Lykke Vang}, Medicinsk afd. M3",
        "Venlig hilsen\n{Anne-Mette Due}\n«Hjemmesygeplejerske»",
        "Med venlig hilsen\n«Tandlæge» {Sten Munch}",
        "Besked fra {ankj}: Husk at tage Mirtazapin til natten.",
        "Hej {Vibeke Bach}, jeg er blevet indlagt og kan ikke komme tirsdag. [Hanne]",
        "Påmindelse: Kontrol hos {Storm Hjort} - husk at medbringe din medicinliste.",
        "Din henvisning er modtaget. Du vil blive kontaktet af {Pernille Thy}.",
        "Hilsen {Birgitte}, «kontaktsygeplejerske»",
        "Mvh {Mads Rask}",
        "Svar fra {Christian Toft} er sendt til din egen læge.",
        "Brev fra Aarhus Kommune, «sagsbehandler» {Malene Winther-Skov}, om levering af badebænk.",
        "Re: smerter i knæet - {Storm Hjort} har læst din besked og ringer i morgen.",
    ],
)

addall(
    "lk_chat",
    [
        "chat 09:12 {lyva}: kan nogen tage stue 4? / {sthj}: kommer kl 14",
        "(chat) {Anne-Mette}: husk podning. {Bo Ravn}: ok, lagt i køleskabet.",
        "Teams 14.05 {VB} -> {YH}: kan du tage badebænken med i morgen?",
        "sms fra {yasmin}: kommer 10 min senere",
        "chat: {ankj}: kan du ringe til pt? / {peth}: ja, efter frokost",
        "chat m. {BT}: såret ser fint ud på billedet",
        "{viba} skrev i chatten: pt. aflyser pga. indlæggelse",
        "Kopieret fra Teams: {Storm Hjort}: ok at hun får Eliquis, ingen blødning fra såret.",
        "{mara} (chat til M3): pt. har haft hjertebanken i 3 dage",
        "chat {eali} -> {mara}: Eliquis 5 mg restordre, ok med 2 x 2,5 mg?",
        "{Pernille} 13:04: pt. ringede og var ked af det, {Anna} ringer tilbage",
        "chat fra {bita}: kan {sthj} se såret i morgen?",
        "{Ravn}: hun er faldet på badeværelset, ingen skade - {Due} er orienteret",
        "Teams-chat kopieret ind: {mws}: er badebænken leveret? / {yaho}: ja, i går",
        "{lyva} @ {sthj}: pt spørger om hun må støtte fuldt på benet",
    ],
)

# ============================================================================= OVER-HIDE TRAPS
addall(
    "ow_borger_paar",
    [
        "Pt. [Hanne Lind], 56 år, indlagt med hjertebanken.",
        "[Hanne] er ked af at være indlagt igen.",
        "Ægtefælle [Sten Lind] er kontaktperson.",
        "Datter [Lykke Lind] (24) er med til samtalen.",
        "Søn [Mads] (19) kører mor hjem.",
        "Mor [Ingrid Storm] (84) bor på plejehjem; pt. besøger hende dagligt.",
        "Søster [Birgitte Storm] hjælper med indkøb.",
        "Pt. bor med sin mand [Sten] i lejlighed på 2. sal.",
        "[Sten] (ægtefælle) ringede kl 19 og spurgte til sin kone.",
        "Datteren [Lykke] har overnattet hos pt.",
        "Hr. [Lind] henter pt. kl 14.",
        "Fru [Lind] var ikke hjemme ved besøget kl 10.",
        "[Lind], [Hanne] - CPR 120369-xxxx",
        "Pårørende: [Sten Lind] (ægtefælle), [Lykke Lind] (datter), [Mads Lind] (søn).",
        "[Birgitte] (søster) var med hos tandlægen.",
        "Pt.s mor, fru [Storm], er indlagt med KOL-eksacerbation.",
        "[hanne lind] - udeblevet fra holdtræning",
        "[Ingrids] plejehjem ligger i Risskov.",
        "Sønnen [Mads Lind] er selv i behandling for astma.",
        "[Lykke] (datter) læser til sygeplejerske.",
        "Mand: [Sten], datter: [Lykke], søn: [Mads].",
        "[Sten Lind] har fuldmagt til at se journalen.",
        "[Birgitte Storm], søster, er nærmeste pårørende nr. 2.",
        "[Hanne Lind] og [Sten Lind], Skovvangsvej 12, 2. tv, 8200 Aarhus N",
        "E-mail: [hanne.lind@yahoo.dk]",
        "Borger: [Hanne Lind]. Afgørelse om badebænk.",
        "Kære [Hanne]\nTak for din besked.",
        "Mvh [Hanne Lind]",
        "[LIND, HANNE] 120369-xxxx",
        "Ægtefællen [Sten] er tømrer og har selv monteret greb ved toilettet.",
        "[Mads] (søn, 19) har hjulpet mor med indkøb i denne uge.",
        "Mor [Ingrid] har KOL og får hjemmeilt.",
        "Datter [Lykke] ringede til afdelingen kl 20 og spurgte til mor.",
        "[Hanne]s mand [Sten] var med til samtalen.",
        "Pt. ([Hanne Lind]) ønsker at [Sten] informeres.",
        "Fru [Hanne Lind] - tid til tandrensning.",
        "Pt. fortæller at hendes søster [Birgitte] også har haft atrieflimren.",
        "[Lykke Lind] (datter) har spurgt om hun må være med til næste samtale.",
        "Pårørendesamtale med [Sten] og [Lykke] - de er bekymrede for pt.",
        "[Mads] (søn) passer hunden mens mor er indlagt.",
    ],
)

addall(
    "ow_kolleger",
    [
        "Blodprøver taget af bioanalytiker [Mette Rask].",
        "Portør [Jonas Hjort] kørte pt. til røntgen kl 10.",
        "Lægesekretær [Lykke Andersen] har sendt epikrisen.",
        "Teamleder [Bo Kristiansen] har ændret besøgstiderne.",
        "Kostvejledning v/ klinisk diætist [Karen Bach].",
        "Visitator [Thomas Skov] har revurderet hjælpen.",
        "Sygeplejerske [Nanna Holm] fjernede drænet på K2.",
        "Tandplejer [Jakob Toft] har vist mellemrumsbørster.",
        "portør [hjort] henter pt. kl 10",
        "diætist [Bach]: pt. skal have mere protein",
        "visitator [Skov] ringer til borger om ny vurdering",
        "teamleder [Bo] deltager i mødet",
        "bioanalytiker [Rask] tog prøven kl 7.30.",
        "tandplejer [Toft]: god mundhygiejne, lidt blødning ved 36",
        "lægesekretær [Lykke] har booket tid til ekko",
        "[MER] 13.05 07:30 blodprøver taget",
        "[BK]: ny køreliste fra mandag",
        "[KB] diætist - kostregistrering i 3 dage",
        "[TS] visitation: bad 2 x ugentligt",
        "[NH] K2: pt. udskrevet til eget hjem",
        "[JT] tandpleje: depuration udført",
        "[JH] portør - pt. afleveret kl 10.12",
        "Adgangslog: [Mette Rask], Klinisk Biokemi, 13.05.2025 07:33",
        "[Lykke Andersen] (lægesekretær) har skrevet diktatet.",
        "[Thomas Skov] og [Bo Kristiansen] har holdt møde om pt.s plan.",
        "[Karen Bach] anbefaler proteindrik 2 x dagligt.",
        "[Nanna Holm] (spl.) har lært pt. at give Fragmin.",
        "[Jakob Toft], tandplejer, Tandklinikken",
        "[Jonas Hjort] (portør) har hentet pt. på stue 4.",
        "Diætist [Karen Bach]s kostplan er sendt til hjemmeplejen.",
    ],
)

addall(
    "ow_ord",
    [
        "Pt. føler sig [rask] og vil gerne hjem.",
        "[Raskmelding] forventes 1.6.",
        "Pt. er ikke [rask] nok til at starte i jobbet endnu.",
        "[Rask] og frisk efter operationen, siger pt.",
        "Delvis [raskmeldt] fra 26.05 (15 timer om ugen).",
        "Det [duer] ikke med de nye støttestrømper - de strammer.",
        "Pt. fodrer [duer] på altanen - obs. hygiejne omkring såret.",
        "Admission [due] to new-onset atrial fibrillation.",
        "Pt. vil gerne [bo] hjemme så længe som muligt.",
        "[Bopæl]: Skovvangsvej 12, 8200 Aarhus N.",
        "Pt. [bor] alene i dagtimerne, da ægtefællen arbejder.",
        "Pt. har mareridt om en sort [ravn].",
        "[Tandsten] fjernet supra- og subgingivalt.",
        "Pt. har tidligere haft [nyresten] (2019).",
        "[Sten] i galdeblæren er ikke påvist ved UL.",
        "Ekstraktion af 48 med [tang] efter løsning med elevator.",
        "Borger har selv købt en [gribetang].",
        "Panodil [lindrer] smerterne i knæet.",
        "Held og [lykke] med træningen!",
        "Det [lykkedes] at anlægge venflon i 2. forsøg.",
        "Pt. er [lykkelig] for at være hjemme igen.",
        "Gåtur i [skoven] 30 min dagligt.",
        "[Stormvejr] - hjemmeplejen forsinket 40 min.",
        "Pt. var ude at gå i [stormen] og faldt næsten.",
        "Så to [hjorte] på gåturen, fortæller pt. glad.",
        "Datteren læser [bachelor] i sygepleje.",
        "[Holmen] i søen kan ses fra pt.s altan.",
        "Pt. ser frem til at komme ud at [bo] i sommerhuset.",
        "[Tang] og fisk spiser pt. for jodens skyld.",
        "Pt. er [rask] for covid - test negativ.",
        "[Due] date for review: 20.05.2025",
        "[Storm] og regn hele natten.",
        "Pt. [lindrer] kløen med køleelementer.",
        "Bevilling: [boligændring] ikke aktuelt.",
        "Pt. kan godt selv [bo] alene med den nuværende hjælp.",
        "Ingen [tandsten], god mundhygiejne.",
        "Knæet er [rask] nok til cykling på motionscykel.",
        "[Lykken] for pt. er at være sammen med børnebørnene, siger hun.",
        "[Duerne] på altanen er fjernet.",
        "Pt. har [storm] i hovedet og kan ikke sove, siger hun.",
        "Pt. er [ravnsort] i håret efter farvning - ingen reaktion på huden.",
        "En [lind] regn i dag, pt. gik alligevel sin tur.",
        "[Skovtur] med familien i weekenden gik fint.",
        "Det [duer] fint med rollatoren indendørs.",
    ],
)

addall(
    "ow_steder_firmaer_stoffer",
    [
        "Pt. bor på [Skovvangsvej] i Aarhus N.",
        "Mor bor på plejehjem i [Risskov].",
        "Pt. er født i [Thy] og flyttede til Aarhus som 20-årig.",
        "Ferie i [Thy] med familien i uge 28.",
        "Pt. arbejder i Netto i [Hjortshøj].",
        "Genoptræning flyttes til centret i [Holme].",
        "Gåtur ved [Tangkrogen] med ægtefællen.",
        "Pt. bor tæt på [Christiansbjerg] og går til lægen.",
        "Pt. skal på ferie i [Stockholm] i juli.",
        "Tidligere p-piller: [Yasmin] (stoppet 2010).",
        "Pt. tager [Bach]-blomster mod nervøsitet - ingen interaktion med Eliquis.",
        "Pt. bruger [Bach Rescue Remedy] før tandlægebesøg.",
        "Flexkørsel ved [Due Transport ApS].",
        "Naboen [Kirsten Hjort] har nøgle til lejligheden.",
        "Butikschef [Ole Vang] (arbejdsgiver) har ringet om sygemeldingen.",
        "Naboen [Poul Due] handler ind for pt. om onsdagen.",
        "Veninde [Anna Sørensen] kører pt. til genoptræning.",
        "Plakat med [Edvard Munch]s Skrik hænger i venteværelset.",
        "Pt. hører [J.S. Bach] for at falde til ro.",
        "[Storm P.]-tegning på køleskabet får pt. til at smile.",
        "Pt. lytter til [Lykke Li] under træningen.",
        "Kontakt i jobcentret: [Rune Sørensen].",
        "Datteren bor på [Lindevej] i Viby.",
        "Pt. har været på højskole i [Rask Mølle].",
        "Sommerhus ved [Dueodde] på Bornholm.",
        "Pt. er medlem af [Riis Skov]s vinterbadere.",
        "Hjælpemiddel leveret fra [Hjælpemiddeldepotet], Aarhus Kommune.",
        "Regionshospitalet [Horsens] har sendt journal.",
        "[Kjærslund] Plejecenter har plads til mor fra juni.",
        "Pt. går til svømning i [Holme] Svømmehal.",
        "Pt. har købt strømpepåtager i [Matas].",
        "Mor er skrevet op til plejecentret [Christiansminde].",
        "Pt. er vokset op på [Vangsgade] i Viborg.",
        "Datteren arbejder på [Toftegården]s børnehave.",
        "[Ravnsborg] Apotek har ikke varen på lager.",
    ],
)

addall(
    "ow_forkortelser",
    [
        "[BT] 142/88, puls 76.",
        "[bt] 130/80 i hvile",
        "Opstartet [AK]-behandling med Eliquis.",
        "[MR]-scanning af hø. knæ bestilt.",
        "[CT]-thorax uden kontrast: ingen infiltrater.",
        "[Pt.] har sovet godt.",
        "[PT]-INR 1,1 (før start af AK-behandling).",
        "[LV]-funktion normal, EF 60 %.",
        "Aldersrelateret makuladegeneration ([AMD]), følges hos øjenlæge.",
        "Ansøgning om [el]-kørestol afslået.",
        "[KOL] hos mor, ikke hos pt.",
        "[MRSA]-podning negativ.",
        "[LVEF] 55 %.",
        "[BT]-måling 2 x dagligt i 1 uge.",
        "Henvist til [AK]-klinikken.",
        "[CT]-vejledt punktur ikke indiceret.",
        "[MR] af knæ ikke nødvendig efter røntgen.",
        "[PT] kommer selv til kontrol.",
        "[EL]-cykel frarådes de første 3 måneder.",
        "[BT] faldet efter Selo-Zok.",
        "pt. har ondt, [bt] høj, læge tilkaldt",
        "[CT] og [MR] er ikke bestilt endnu.",
        "Ekko: [LV] normal størrelse, ingen klapfejl.",
        "[KOL]-sygeplejersken kommer hos mor om tirsdagen.",
        "[AK]-behandling: Eliquis 5 mg x 2, ingen [INR]-kontrol nødvendig.",
        "Obs. [AMD] - pt. kan ikke læse småt på pakningen.",
        "[PT.] ØNSKER SAMTALE MED PÅRØRENDE",
        "[B.T.] i morges 150/90",
    ],
)

# ============================================================================= MIXED PROBES
addall(
    "mx_ord_og_navne",
    [
        "{Mads Rask}: pt. er [rask] nok til at starte på nedsat tid.",
        "[Raskmelding] drøftet med «egen læge» {Rask}.",
        "{Anne-Mette Due}: det [duer] ikke med plastret, skiftet til Mepilex.",
        "{Due}: pt. fodrer [duer] på altanen - frarådet pga. såret.",
        "«ssa» {Bo Ravn}: pt. vil gerne [bo] hjemme, trods faldet.",
        "{bo ravn}: borger [bor] alene i dagtimerne",
        "«Tandlæge» {Sten Munch}: [tandsten] fjernet, ingen caries.",
        "{SM}: [sten] i spytkirtel mistænkt - henvist.",
        "{Yasmin H.} har bestilt [gribetang].",
        "Ekstraktion med [tang] v/ {Sten Munch}.",
        "«Farmaceut» {Ea Lind}: Panodil [lindrer] bedre end Ipren, når man får Eliquis.",
        "{Lykke Vang}: det [lykkedes] at tage blodprøven i 3. forsøg.",
        "Held og [lykke] fra os alle - {Lykke Vang} og resten af M3.",
        "«Overlæge» {Storm Hjort}: pt. må ikke gå ud i [stormvejr] med krykker.",
        "{Vibeke Bach}: gåtur i [skoven] med stave 3 x ugentligt.",
        "{Pernille Thy}: pt. ønsker sig en sommerferie i [Thy].",
        "{Vibeke Bach} har [bachelor] i fysioterapi fra 2004.",
        "{Yasmin Holm}: borger har tidl. brugt p-pillen [Yasmin].",
        "{Christian Toft}: [CT] thorax uden lungeemboli.",
        "[CT]-scanning beskrevet af {CT}.",
        "[BT] 140/85 målt af {BT}.",
        "{BT}: [BT] 128/76, sår tørt.",
        "[AK]-behandling startet - {AK} orienteret pga. Mirtazapin.",
        "{MR} henviser til [MR]-scanning af hø. knæ.",
        "{PT}: [pt.] sover, ingen uro.",
        "{EL}: [el]-kørestol er ikke apotekets område.",
        "{LV}: [LV]-funktion normal ifølge ekko.",
        "{AMD}: pt. har [AMD] og ser dårligt - medicinæske med stor skrift.",
        "{Christian Toft} har beskrevet røntgen fra [Christiansbjerg] Lægehus.",
        "{Storm Hjort}: såret tåler ikke [storm] og regn - brug plaster.",
        "{Ravn}: pt. har set en [ravn] på altanen og blev bange.",
        "{Malene Winther-Skov}: borger bor på [Skovvangsvej] - ingen elevator.",
        "{Munch}: plakat med [Edvard Munch]s Skrik i venteværelset skræmmer pt.",
        "{Anna Kjær}: pt. tager [Bach]-blomster - ingen interaktion med Mirtazapin.",
        "{Birgitte Tang}: pt. spiser [tang]-chips, ok ved Eliquis.",
        "{bita}: pt. går tur ved [Tangkrogen] dagligt.",
        "«Overlæge» {Hjort}: pt. bor i [Hjortshøj] og kører selv.",
        "«Ergo» {Holm}: pt. går til svømning i [Holme]",
        "{Due Anne-Mette}: kørsel med [Due Transport ApS] fredag.",
        "{MR} har undersøgt for [MRSA]: negativ.",
        "Sign. {BT} - [BT] 132/80, puls 68",
        "{lyva}: [BT] 150/90 kl 22, vagthavende orienteret",
        "{Vibeke}: cykling er [rask] motion for knæet, siger hun.",
        "{Due}: lægen siger hun er [rask] nok til at køre bil.",
        "«Overlæge» {Storm Hjort} har talt med mor [Ingrid Storm] i telefonen.",
    ],
)

addall(
    "mx_personer",
    [
        "[Jonas Hjort] (portør) kørte pt. til «overlæge» {Storm Hjort}.",
        "[Lykke Andersen] (sekretær) har booket tid hos «spl.» {Lykke Vang}.",
        "Bioanalytiker [Mette Rask] tog prøven, «dr.» {Mads Rask} fik svaret.",
        "Teamleder [Bo Kristiansen] og «ssa» {Bo Ravn} har lagt ny plan.",
        "Diætist [Karen Bach] og «fysioterapeut» {Vibeke Bach} er ikke i familie.",
        "Visitator [Thomas Skov] har sendt sagen til «sagsbehandler» {Malene Winther-Skov}.",
        "Sygeplejerske [Nanna Holm] (K2) og «ergoterapeut» {Yasmin Holm} holdt udskrivelsesmøde.",
        "Tandplejer [Jakob Toft] har samme efternavn som «overlæge» {Christian Toft}.",
        "«Tandlæge» {Sten Munch} har talt med ægtefællen [Sten Lind].",
        "«Farmaceut» {Ea Lind} har rådgivet [Hanne Lind] om Eliquis.",
        "«Sygeplejerske» {Lykke Vang} har talt med datter [Lykke Lind].",
        "«Dr.» {Mads Rask} har talt med sønnen [Mads] om mors medicin.",
        "«Overlæge» {Storm} har ringet til mor, fru [Storm].",
        "«Kontaktsygeplejerske» {Birgitte Tang} og søster [Birgitte Storm] aftalte transport.",
        "Naboen [Kirsten Hjort] ringede til «overlæge» {Hjort}«s» sekretær.",
        "Butikschef [Ole Vang] har fået attest fra «egen læge» {Mads Rask}.",
        "Naboen [Poul Due] og «hjemmesygeplejerske» {Anne-Mette Due} er ikke i familie.",
        "Veninde [Anna Sørensen] var med til samtalen hos «overlæge» {Anna Kjær}.",
        "portør [Hjort] og «overlæge» {Hjort} mødtes på gangen",
        "bioanalytiker [Rask] og «dr.» {Rask} har talt om prøven",
        "teamleder [Bo] og «ssa» {Bo} har byttet vagt",
        "diætist [Bach] og «fys.» {Bach} holdt fælles møde",
        "visitator [Skov] og «sagsbehandler» {Skov} har begge set sagen",
        "sygeplejerske [Holm] og «ergoterapeut» {Holm} deltog",
        "tandplejer [Toft] og «overlæge» {Toft} - forskellige personer",
        "sekretær [Lykke] og «spl.» {Lykke} har ringet til pt.",
        "«tandlæge» {Sten} ringede, mens mand [Sten] var på arbejde",
        "«farmaceut» {Lind} talte med fru [Lind] ved skranken",
        "datter [Lykke] og «sygeplejerske» {Lykke} talte sammen på gangen",
        "søn [Mads] (19) og «egen læge» {Mads} var begge i telefonen",
        "søster [Birgitte] og «kontaktspl.» {Birgitte} aftalte en tid",
        "Mor [Ingrid Storm] spurgte, om «overlæge» {Storm} var i familie med hende.",
        "[Hanne Lind] har klaget over ventetiden på apoteket; {eali} har svaret.",
        "Deltagere: [Hanne Lind], [Sten Lind], {Anna Kjær} («overlæge»), {Pernille Thy} («spl.»), [Lykke Andersen] (referent).",
        "[Thomas Skov] (visitator), {Malene Winther-Skov} («sagsbehandler»), {Yasmin Holm} («ergo») - møde i hjemmet.",
        "Udskrivelseskonference: {Lykke Vang}, [Nanna Holm], {Bo Ravn}, [Bo Kristiansen], pt. og datter [Lykke].",
        "Referent: [LA]. Til stede: {AK}, {PT}, pt.",
        "Dikt. {AK}/[LA]",
    ],
)

addall(
    "mx_notater",
    [
        "Overlevering M3, nat:\n- [BT] 118/70 kl 02 ({lyva})\n- ægtefælle [Sten Lind] ringede kl 23\n- [AK]-behandling startet, Eliquis kl 20 ({LV})",
        "Netværksmøde 14.05.\nDeltagere: [Hanne Lind], datter [Lykke Lind], «overlæge» {Anna Kjær}, «sygeplejerske» {Pernille Thy}, visitator [Thomas Skov].\nReferent: {PT}",
        "Kære {Malene}\nJeg har stadig brug for badebænken. Min mand [Sten] kan ikke løfte mig. «Ergoterapeut» {Yasmin} har set badeværelset.\nMvh [Hanne]",
        "Hjemmepleje: [Hanne] sad i stolen ved vinduet med {bo ravn}. Benet hævede - {anne-mette} kontaktet.",
        "Genoptræning: [Hanne] gik 200 m med {vibeke}; datter [Lykke] var med og heppede.",
        "E-konsultation: 'Hej <Mads>, jeg har fået hjertebanken igen og er bange. Hilsen [Hanne Lind]'",
        "Svar: 'Kære [Hanne]. Kom i konsultationen i dag kl 14. Mvh {Mads Rask}'",
        "«Tandlæge»: {Sten Munch}. [Tandsten] fjernet. Pt. tager Eliquis - blødning standset med kompres. Ægtefælle [Sten] ventede i venteværelset.",
        "Apotek: [Hanne Lind] hentede Eliquis; datter [Lykke] spurgte til bivirkninger. Rådgivning v/ {Ea Lind}.",
        "Radiologi: [CT]-thorax 13.05. Beskrevet af {Christian Toft}. [BT] ikke relevant. Kopi til {Mads Rask}.",
        "Kommunen: {MWS} har bevilget badebænk. [Raskmelding] ikke aktuelt endnu. Mor [Ingrid Storm] er ikke part i sagen.",
        "Ortopædkirurgi: {sthj} - [MR] ikke nødvendig. Sår ok ifølge {bita}. Portør [Jonas Hjort] hentede pt.",
        "Psykiatri: {ankj} har talt med sønnen [Mads] om mors depression. [Mads] spurgte, om mor bliver [rask].",
        "Hjemmesygepleje 15.05, {amdu}:\n- sår: let rødme\n- medicin: Eliquis, Selo-Zok, Mirtazapin\n- pårørende: [Sten Lind] til stede\n- [Duerne] på altanen er væk",
        "Medicinsk afd.: Mor [Ingrid Storm] og søster [Birgitte Storm] på besøg. «Overlæge» {Storm Hjort} (ortopæd) ringede om knæet. {Lykke} («spl.») har informeret.",
        "Adgangslog 13.05:\n08:14 {lyva} M3\n09:30 {sthj} Ortopædkirurgi\n11:47 {chto} Radiologi\n12:02 [Mette Rask] Klinisk Biokemi\n16:40 {mara} Lægehuset Trøjborg",
    ],
)

# ============================================================================= DEBATABLE ONLY
addall(
    "db_delte",
    [
        "<Lykke> ringer i eftermiddag.",
        "<Storm> har set pt. i dag.",
        "Spørg <Hjort> om tiden.",
        "<Mads> har svaret på beskeden.",
        "<Rask> har ringet.",
        "<Bach> kommer torsdag.",
        "<Skov> har sendt et brev.",
        "<Bo> har været her i morges.",
        "<Holm> har bestilt hjælpemidlet.",
        "<Sten> har ringet.",
        "<Toft> har set billederne.",
        "<Birgitte> kommer kl 10.",
        "Ring til <Lind>.",
        "Hej <Lykke>, tak for i går!",
        "Tid til tandrensning i <Tandklinikken Munch>, fredag kl 8.",
        "chat: {amdu}> <bo> kan du tjekke knæet i aften? {bora}> jep",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
