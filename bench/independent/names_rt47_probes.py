"""Red-team probes for indsigt name hiding (rt47): pregnancy, birth and the first year as one
citizen reads it on sundhed.dk and in the shared pregnancy record (Graviditetsjournal /
svangrejournal) - GP pregnancy consultations, midwife consultations, nuchal and anomaly scans, the
Familieambulatorium (substance use, social worker, underretning), the birth record (partogram
lines, CTG, epidural, vacuum, sectio and anaesthesia notes), the maternity ward, the neonatal
ward and the baby's notes, the health visitor's home visits and the GP's 5-week examination -
in the genre's own styles (careful prose, telegraphic partogram lines, dictation marks,
signatures, rotas, lists, SMS and e-mail), and the over-hiding traps of the same records.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name part, registered initials, user name or e-mail
         local part, used for that person) -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, an abbreviation, a place, a street, a hospital, a drug, a firm) -> any
         span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing next to a hidden name (jordemoder, jdm.,
         obst., obstetriker, overlæge, reservelæge, læge, egen læge, praktiserende læge, dr.,
         anæstesilæge, anæst., sundhedsplejerske, spl., sygeplejerske, neonatalsygeplejerske,
         socialrådgiver), the "jdm." prefix of a midwife's user name, the "RH\\" domain of a
         user name, a genitive -s glued to a hidden name, the domain of a hidden person's
         e-mail, a phone number written next to a hidden name.
  Unmarked letters and digits are must-stay as well, including labels such as "Ansvarlig:",
  "Operatør:", "Deltagere:", "Referent:", "Bagvagt", "v/", "Kh", "dikt.". Literal "[", "{", "<"
  and "«" cannot appear in a probe: they are the markup.

Rules I apply when marking (the same in every genre):
  1. A name part owned only by hidden staff (Vang*, Fryd, Eng, Ravn*, Mose*, Rask, Warsame,
     Nowak, Al-Khatib/Khatib, Omar*, Amina, Agnieszka/Aga, Thi Lan/Lan, Nguyen*, Anne*, Lykke*,
     Bo*, Storm*, Helle*, Kim*, Maj*, Dagny*, Tove*, Kristensen*, Jensen*; * = see 3-5) that the
     text uses for a person is gone - capitalised or lower case, bare or with the other part,
     family-first ("Nguyen Thi Lan", "Warsame, Amina"), abbreviated ("Lykke V.", "anne k",
     "O. Al-Khatib"), spelt without the hyphen ("Al Khatib", "Nowak Jensen"), in any position:
     subject, object, after a preposition, v/, sign., dikt., "/", in a list, a rota, a partogram
     line, a signature, reported speech, an address ("Hej Lykke"), English text.
  2. Registered initials, user names and e-mail local parts are gone where they stand for the
     person (after sign./v//af/dikt., before or after a time in a partogram line, in a rota, an
     operation team, a log line). The same letters used as the abbreviation they also are stay:
     BS (blodsukker), MR (MR-scanning), LV (left ventricle), AK (AK-behandling), HF (the HF
     exam), DR (the broadcaster), "eng." (English), "jdm." standing alone.
  3. A part shared with a non-hidden colleague (Helle - Helle Lund lægesekretær; Kristensen -
     Louise Kristensen lægesekretær; Vang - Peter Vang portør; Bo - Bo Hansen
     anæstesisygeplejerske; Ravn - Line Ravn sygeplejerske, neonatal; Maj - Maj Olsen
     SOSU-assistent; Kim - Kim Holt bioanalytiker) is gone when the hidden person's other part,
     initials or own title settles it ("jordemoder Helle", "dr. Kristensen", "overlæge Bo",
     "sundhedsplejerske Ravn"); it stays when the colleague's full name or role settles it
     ("sekretær Helle", "portør Vang", "bioanalytiker Kim"); bare and unsettled it is debatable.
  4. A part shared with the citizen or a relative (Lykke - the citizen's second given name;
     Storm - the baby; Dagny - the maternal grandmother; Tove - the paternal grandmother;
     Jensen - the partner, baby, sister, grandmother) is gone when the hidden person's title,
     other part or initials settle it; it stays when the text says who the relative is (a
     kinship word, an age, a courtesy title "hr. Jensen", the relative's full name, "pt.", or
     the baby being the patient of the note: fed, weighed, born, sleeping, discharged); bare and
     unsettled it is debatable.
  5. A part shared with an unlisted person (Linh Nguyen, room-mate on the maternity ward; Jette
     Mose, neighbour; Anne Olsen, mothers' group; Omar, the father's friend) stays when the
     unlisted person's full name, role or kinship is written; the matcher is not told about
     them. For the hidden person it is gone when a title or the other part settles it, and
     also when the bare part is used for the staff member in a staff slot or a clinical act
     (dikt., stuegang, "ser drengen") - the matcher is not told about the unlisted person.
  4a. Lykke is the citizen's second given name, by which the notes do not call her (except
     where the text says so: "Pt. kaldes Lykke", "Lykke (pt.)"); bare "Lykke" used for a
     person acting as staff (measuring, ringing, signing, suturing, on a rota, in a partogram
     slot, "Kh Lykke" in the midwife's SMS) is the midwife and gone. The baby's name Storm,
     the grandmothers' Dagny and Tove, and Jensen are always settled by a title or other
     part in the leak probes; bare ones are in mx_people as debatable.
  6. Words, places, streets, hospitals, drugs, firms and abbreviations stay even when spelt like
     a hidden name part, initials or user name, also at the start of a sentence (capitalised),
     also glued into compounds (Tillykke, lykkelig, lykkedes, lykkepiller, stormvejr, engelsk,
     raskmelding, ravnsort, Vangede, Hellerup, Mosede, Frydendal, Rask Mølle, Stormgade, Engvej,
     Nowak Rengøring ApS, Kristensen Byg ApS), and also in a text that names the hidden person.
  7. Lower-case fast notes get the same judgement as careful prose: "lykke har ringet" is a
     name, "held og lykke" a word; "obst. bo" is a name, "kan bo hjemme" a verb; "eng anlægger
     eda" is a name, "taler eng." a language.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new for rt47; none of these persons is taken from names_rt44_probes.py; the other rt4x
files were not read):
  Hidden staff (12), with what the parts and initials also are:
    Lykke Vang              jordemoder, jordemoderkonsultation    lykke = happiness (Tillykke,
                            + Familieambulatoriet                 held og lykke, lykkepiller);
                                                                  Lykke = the citizen's 2nd
                                                                  given name; Vang = Peter Vang
                                                                  portør, Vangede; LV (left
                                                                  ventricle), LYV; jdm.lyv
    Helle Fryd              jordemoder, fødegangen                fryd = joy (Frydendal); Helle
                                                                  = Helle Lund lægesekretær,
                                                                  Hellerup; HF (HF exam);
                                                                  jdm.hf
    Bo Storm                overlæge, obstetrik                   bo = live (bor, bolig); storm
                                                                  (stormvejr, Stormgade); Storm
                                                                  = the baby; Bo = Bo Hansen
                                                                  anæstesisygeplejerske; BS
                                                                  (blodsukker); user bost
    Kim Eng                 anæstesilæge                          eng = meadow, "eng." English,
                                                                  engelsk, Engvej; Kim = Kim
                                                                  Holt bioanalytiker; KE, KIE;
                                                                  user kien
    Dagny Ravn              sundhedsplejerske, Københavns Kommune ravn = raven (ravnsort,
                                                                  Ravnen); Dagny = maternal
                                                                  grandmother; Ravn = Line Ravn
                                                                  spl.; DRA (DR); user dara;
                                                                  e-mail dagra@kk.dk
    Tove Mose               sygeplejerske, neonatalafsnittet      mose = bog, to mash (Mosede);
                                                                  Tove = paternal grandmother;
                                                                  Mose = Jette Mose (unlisted);
                                                                  TOJ (not from the name);
                                                                  user tomo
    Maj Rask                jordemoder, barselsafsnittet          maj = May; rask = healthy
                                                                  (Rask Mølle); Maj = Maj Olsen
                                                                  SOSU; MR (MR-scanning);
                                                                  jdm.mr
    Amina Warsame           socialrådgiver, Familieambulatoriet   Somali; AMW; user amwa
    Agnieszka Nowak-Jensen  jordemoder, fødegangen                Polish, hyphenated; alias Aga;
                                                                  Jensen = the citizen's family;
                                                                  Nowak Rengøring ApS; ANJ;
                                                                  jdm.anj
    Thi Lan Nguyen          reservelæge, obstetrik/ultralyd       Vietnamese; alias Lan Nguyen;
                                                                  Nguyen = Linh Nguyen
                                                                  (unlisted); TLN; user thng
    Omar Al-Khatib          overlæge, neonatalafsnittet           Arabic, hyphenated; Omar = the
                                                                  father's friend (unlisted);
                                                                  OAK; user omal
    Anne Kristensen         praktiserende læge                    ordinary; Kristensen = Louise
                                                                  Kristensen sekretær; Kristensen
                                                                  Byg ApS; AK (AK-behandling);
                                                                  user ankr
  Non-hidden colleagues sharing parts: Helle Lund (lægesekretær, HL), Louise Kristensen
    (lægesekretær, lægehuset), Peter Vang (portør), Bo Hansen (anæstesisygeplejerske), Line Ravn
    (sygeplejerske, neonatal), Maj Olsen (SOSU-assistent, barsel), Kim Holt (bioanalytiker).
  Citizen: Sofie Lykke Andersen (29, 2nd birth). Relatives: Mads Jensen (partner), Storm Jensen
    (the baby, born 14.03), Ella Jensen (daughter, 3), Dagny Andersen (mother, mormor), Tove
    Jensen (partner's mother, farmor).
  Unlisted (must simply stay): Linh Nguyen (room-mate), Jette Mose (neighbour), Anne Olsen
    (mothers' group), Omar (the father's friend), Karin Holm (pædagog), Pernille Berg
    (psykiatrisk sygeplejerske), Rasmus Dal (familiebehandler), Hoa Tran (tolk).

Written by a red-team helper (rt47) that had not seen the matcher's rules, word lists, tests,
docs or changelog, nor the other rt4x probe files (only names_rt44_probes.py lines 1-140 and
760-893 for the format, and probe_harness.py); the markup above was fixed before the first run
and is not changed after it except for markup errors by this standard (listed below).

Run:  INDSIGT_PURE_PYTHON=1 PYTHONPATH=src .venv/bin/python bench/independent/names_rt47_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above, nothing else changed):
1 probe. "Farmor Tove Jensen har ringet og spurgt til [Storm]." had the baby's name marked
must-stay, but by rule 4 only a kinship word, an age, a courtesy title, the full name, "pt." or
the baby being the patient of the note (fed, weighed, born, sleeping, discharged) settles it;
"spurgt til" is none of these, so it is now debatable: "... spurgt til <Storm>.".
Notes on judging (no markup changed): "Assistent:" in an operation team and "Bagvagt" in a rota
are labels like "Operatør:" (must stay by the standard), so a span that swallows them is counted
as an over-hide (4 probes, each failing on nothing else); bare "Lykke" used for the midwife is
a leak by rule 4a (8 probes leak it, 7 of them on nothing else).

502 probes (262 leak, 161 over-hide traps, 79 mixed), 15 debatable regions.
Per class: lk_prose 42, lk_partogram 40, lk_signatures 32, lk_ids 32, lk_lowercase_words 31,
lk_shared_settled 26, lk_foreign_hyphen 27, lk_genitive 16, lk_lists_rotas 16, ow_words 40,
ow_abbrev 36, ow_family 30, ow_colleagues 20, ow_places_drugs 25, ow_unlisted 10, mx_words 29,
mx_people 36, mx_notes 14.
held-out, first run on e350130 (pinned worktree): 33 leaks / 32 over-hides (probes); after the 1
markup fix: 33 leaks / 31 over-hides (probes). Full output of the final run:
/work/helpers/rt47_first_run.txt.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        key="lykke.vang",
        given="Lykke",
        family="Vang",
        initials=("LV", "LYV"),
        emails=("lykke.vang@regionh.dk",),
        usernames=("jdm.lyv",),
        titles=("jordemoder",),
    ),
    Person(
        key="helle.fryd",
        given="Helle",
        family="Fryd",
        initials=("HF",),
        emails=("helle.fryd@regionh.dk",),
        usernames=("jdm.hf",),
        titles=("jordemoder",),
    ),
    Person(
        key="bo.storm",
        given="Bo",
        family="Storm",
        initials=("BS",),
        emails=("bo.storm@regionh.dk",),
        usernames=("bost",),
        titles=("overlæge",),
    ),
    Person(
        key="kim.eng",
        given="Kim",
        family="Eng",
        initials=("KE", "KIE"),
        emails=("kim.eng@regionh.dk",),
        usernames=("kien",),
        titles=("anæstesilæge",),
    ),
    Person(
        key="dagny.ravn",
        given="Dagny",
        family="Ravn",
        initials=("DRA",),
        emails=("dagra@kk.dk",),
        usernames=("dara",),
        titles=("sundhedsplejerske",),
    ),
    Person(
        key="tove.mose",
        given="Tove",
        family="Mose",
        initials=("TOJ",),
        emails=("tove.mose@regionh.dk",),
        usernames=("tomo",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="maj.rask",
        given="Maj",
        family="Rask",
        initials=("MR",),
        emails=("maj.rask@regionh.dk",),
        usernames=("jdm.mr",),
        titles=("jordemoder",),
    ),
    Person(
        key="amina.warsame",
        given="Amina",
        family="Warsame",
        initials=("AMW",),
        emails=("amina.warsame@regionh.dk",),
        usernames=("amwa",),
        titles=("socialrådgiver",),
    ),
    Person(
        key="agnieszka.nowak-jensen",
        given="Agnieszka",
        family="Nowak-Jensen",
        initials=("ANJ",),
        emails=("agnieszka.nowak-jensen@regionh.dk",),
        usernames=("jdm.anj",),
        titles=("jordemoder",),
        aliases=(("Aga", "Nowak-Jensen"),),
    ),
    Person(
        key="thi.lan.nguyen",
        given="Thi Lan",
        family="Nguyen",
        initials=("TLN",),
        emails=("thi.lan.nguyen@regionh.dk",),
        usernames=("thng",),
        titles=("reservelæge",),
        aliases=(("Lan", "Nguyen"),),
    ),
    Person(
        key="omar.al-khatib",
        given="Omar",
        family="Al-Khatib",
        initials=("OAK",),
        emails=("omar.al-khatib@regionh.dk",),
        usernames=("omal",),
        titles=("overlæge",),
    ),
    Person(
        key="anne.kristensen",
        given="Anne",
        family="Kristensen",
        initials=("AK",),
        emails=("anne.kristensen@dadlnet.dk",),
        usernames=("ankr",),
        titles=("praktiserende læge",),
    ),
]

OTHERS = [
    Person(
        key="helle.lund", given="Helle", family="Lund", initials=("HL",), titles=("lægesekretær",)
    ),
    Person(
        key="louise.kristensen",
        given="Louise",
        family="Kristensen",
        initials=("LK",),
        titles=("lægesekretær",),
    ),
    Person(key="peter.vang", given="Peter", family="Vang", titles=("portør",)),
    Person(key="bo.hansen", given="Bo", family="Hansen", titles=("anæstesisygeplejerske",)),
    Person(key="line.ravn", given="Line", family="Ravn", titles=("sygeplejerske",)),
    Person(key="maj.olsen", given="Maj", family="Olsen", titles=("social- og sundhedsassistent",)),
    Person(key="kim.holt", given="Kim", family="Holt", titles=("bioanalytiker",)),
]

RELATIVES = [
    ("Mads", "Jensen"),
    ("Storm", "Jensen"),
    ("Ella", "Jensen"),
    ("Dagny", "Andersen"),
    ("Tove", "Jensen"),
]

CITIZEN = [("Sofie Lykke", "Andersen")]

P = Probes()
addall = P.addall

# ============================================================================= LEAK PROBES
addall(
    "lk_prose",
    [
        "«Jordemoder» {Lykke Vang} har haft første konsultation med [Sofie] i uge 15+2.",
        "Nakkefoldsscanning foretaget af {Thi Lan Nguyen}, NT 1,6 mm, lav risiko ved dobbelttest.",
        "{Bo Storm} har gennemgået misdannelsesscanningen og fundet normale forhold.",
        "Samtale i Familieambulatoriet med «socialrådgiver» {Amina Warsame} om boligsituationen.",
        "Epiduralen blev anlagt kl. 04.10 af {Kim Eng} uden komplikationer.",
        "Drengen er overflyttet til neonatalafsnittet, hvor {Tove Mose} modtog ham.",
        "«Sundhedsplejerske» {Dagny Ravn} har været på etableringsbesøg på 5. dagen.",
        "Fødslen blev ledet af {Agnieszka Nowak-Jensen}, og moderkagen kom komplet kl. 07.42.",
        "«Overlæge» {Omar Al-Khatib} har set drengen på stuegang og vurderer ham stabil.",
        "Ved 5-ugers undersøgelsen fandt {Anne Kristensen} normale forhold hos mor og barn.",
        "{Maj Rask} har hjulpet med amningen på barselsgangen i nat.",
        "{Helle Fryd} har lagt en plan for de resterende jordemoderkonsultationer.",
        "I dag har {Lykke} målt SF-mål 31 cm, svarende til uge 32.",
        "Pt. er informeret af {Fryd} om muligheden for igangsættelse.",
        "Ifølge {Warsame} er der sendt underretning til kommunen.",
        "«Anæstesilæge» {Eng} har vurderet pt. forud for sectio.",
        "Det blev besluttet af {Al-Khatib} at starte CPAP.",
        "Næste konsultation hos {Helle Fryd} er aftalt til uge 29.",
        "{Dagny Ravn} kommer på hjemmebesøg igen, når [Storm] er 2 måneder.",
        "Ved ankomst til fødegangen blev pt. modtaget af {Agnieszka}.",
        "Henvist til Familieambulatoriet; første samtale hos {Amina} og {Lykke Vang} i uge 12.",
        "«Obstetriker» {Bo Storm} anbefaler igangsættelse ved 41+3.",
        "Jeg har i dag talt med {Omar} om resultatet af ultralyd af hjernen.",
        "Sectio blev foretaget af {Thi Lan Nguyen} med {Bo Storm} som assistent.",
        "Efter fødslen har {Maj Rask} tilset mor og barn to gange.",
        "{Kim Eng} blev tilkaldt pga. utilstrækkelig effekt af epiduralen.",
        "Som aftalt med {Anne Kristensen} måler pt. blodtryk hjemme to gange dagligt.",
        "Hjemmebesøg 8 uger: «sundhedsplejerske» {Ravn} har vejet [Storm], 5.120 g.",
        "Pt. fortæller, at {Lykke Vang} har været en stor støtte under graviditeten.",
        "Der er aftalt opfølgning hos «jordemoder» {Fryd} om 14 dage.",
        "Fødselsforløbet er gennemgået med parret af {Agnieszka Nowak-Jensen} dagen efter.",
        "{Omar Al-Khatib} har talt med far om behandling med antibiotika.",
        "Pga. forhøjet blodtryk har {Helle Fryd} henvist til obstetrisk ambulatorium.",
        "Udskrevet til hjemmet efter samtale med «jordemoder» {Maj}.",
        "Barnet blev set af {Tove Mose} og {Omar Al-Khatib} kl. 22 pga. gryntende vejrtrækning.",
        "Jeg, {Anne Kristensen}, har i dag undersøgt [Storm] til 5-ugers undersøgelse.",
        "Misdannelsesscanningen blev udført af {Thi Lan Nguyen} og viste normal anatomi.",
        "«Socialrådgiver» {Amina Warsame} deltager i netværksmødet d. 4. april.",
        "Efter samtalen har «sundhedsplejerske» {Dagny} sendt en henvisning til familiebehandling.",
        "Blødningen blev vurderet af {Rask} til ca. 300 ml.",
        "Pt. har fået lattergas, som {Helle Fryd} har instrueret i.",
        "Vi har i dag haft besøg af «jordemoder» {Vang} fra jordemoderkonsultationen.",
    ],
)

addall(
    "lk_partogram",
    [
        "14:32 «jdm.» {lv}: ctg normal, veer hvert 3. min",
        "kl 03 ctg normal /{lv}",
        "02:15 CVU 6 cm, caput -1, hinder står. {LYV}",
        "03:40 vandet afgået spontant, klart. {lykke}",
        "04:10 EDA anlagt v/ {kim eng}, BT 125/75",
        "04:30 god effekt af EDA, pt. hviler. «jdm» {anj}",
        "05:50 CVU 10 cm, presseveer. «obst.» {BS} orienteret",
        "06:12 CTG: variable decelerationer, «obst.» {storm} tilkaldt",
        "06:30 beslutning om vakuum, {bo storm}",
        "06:41 vakuum anlagt, 3 træk, dreng født 06:44. {BS}/{ANJ}",
        "06:50 apgar 9/10/10, pædiater {al-khatib} til stede",
        "07:05 placenta komplet, blødning 450 ml. {agnieszka}",
        "07:30 suturering af 2. grads bristning v/ {lykke}",
        "kl 22 ctg reaktivt, pt. går rundt. /{hf}",
        "kl 23.30 ve hvert 5. min, pt. i bad. {helle f}",
        "kl 01 pt. ønsker lattergas, givet. {Lykke V.}",
        "08:15 overlevering til dagvagt {anj} fra nattevagt {lyv}",
        "09:00 stuegang {omar}: CRP 8, fortsætter antibiotika",
        "10:20 «spl» {tove}: sondemad 25 ml x 8, tolereret",
        "11:00 {toj}: hud-mod-hud 2 timer med far",
        "13:45 BS 2,4 - tilbudt ekstra mad, {tomo}",
        "15:00 vægt 3.120 g (-6%), {maj rask}",
        "kl 17 {mr}: amning ok, ømme brystvorter, lanolin",
        "2/3 kl 10 hjemmebesøg v/ {dagny ravn}, vægt 3.450 g",
        "tlf. fra mor, {dra} ringer tilbage i morgen",
        "uge 28+1: bt 128/82, urin u.a., sf 27 cm. {ak}",
        "uge 32+4 hos {anne k}: bt 135/88, let ødem",
        "13/5 {helle fryd} - jdm.kons.: fosterlyd 140, hovedstilling",
        "GDM: BS-profil gennemgået af {bo storm}, start insulin",
        "nt 1,8 mm, crl 62 mm - {thi lan}",
        "ctg kl 19-20 ua, «dr.» {nguyen}",
        "kl 02 uro, pt. ønsker EDA, «anæst.» {kim} tilkaldt",
        "kl 02.20 EDA v/ {Eng}",
        "kl 2.45 {ke}: topdosis 10 ml",
        "07:10 sectio-beslutning «obst.» {storm}, «jdm.» {nowak}",
        "pt. overflyttet til barsel kl 10, modtaget af {maj r}",
        "dag 2: drengen gul, bilirubin 210, {omal} orienteret",
        "dag 3: lysbehandling start 14:00, {tove m}",
        "kl 04 blødning 800 ml, {fryd} tilkalder «obst.» {bo}",
        "05.10 pt. presser, «jdm.» {Vang} + «jdm.» {Nowak-Jensen} på stuen",
    ],
)

addall(
    "lk_signatures",
    [
        "Mvh\n{Lykke Vang}\n«Jordemoder», [Hvidovre] Hospital",
        "Med venlig hilsen\n{Helle Fryd}\n«Jordemoder»",
        "Vurderet ved CTG uge 41+2, ingen tegn på fosterpåvirkning. dikt. {BS}/[ab]",
        "Drengen kan udskrives til hjemmet. Dikt. {Omar Al-Khatib}/[hl]",
        "Diktat: {KE} / skr. [hl]",
        "Venlig hilsen\n{Dagny Ravn}\n«Sundhedsplejerske», Københavns Kommune\nTlf. «33 66 12 34»",
        "Hilsen {Dagny}, «sundhedsplejerske»",
        "/{Anne Kristensen}, «praktiserende læge»",
        "Sign.: {TLN}, «reservelæge»",
        "Notat godkendt af {Bo Storm}, «overlæge», 12.03.2024 14:12",
        "Elektronisk signeret: {Tove Mose}, «neonatalsygeplejerske»",
        "Skrevet af: {Amina Warsame} («socialrådgiver»)",
        "Du er velkommen til at ringe, hvis veerne tager til.\nKh {Lykke}",
        "Mange hilsner fra «jordemoder» {Maj Rask} og resten af barselsholdet",
        "Ansvarlig «jordemoder»: {Agnieszka Nowak-Jensen}",
        "Operatør: {Thi Lan Nguyen}. Assistent: {Bo Storm}. Anæstesi: {Kim Eng}.",
        "Dikteret af {Omar}, skrevet af [HL] 14.03.",
        "dikt. {TLN}/[hl] 15.03.",
        "Kontrol om 1 uge. - {Fryd}, «jdm.»",
        "Hilsen\n{Helle F.}\nJordemoderkonsultationen [Valby]",
        "Med venlig hilsen\n{Anne Kristensen}\nLægehuset i [Valby]",
        "Kopi til: «sundhedsplejerske» {Dagny Ravn}, «egen læge» {Anne Kristensen}",
        "Notat ved {Amina W.}",
        "Underskrevet: {O. Al-Khatib}, «overlæge», Neonatalafsnittet",
        "Ny kontrol om 1 uge /{lv}",
        "dikt. {ANJ}/[ab] 17.03.",
        "Mvh {Tove}, «spl.», Neonatal",
        "Venlig hilsen {Kim Eng}, «anæstesilæge»",
        "Med venlig hilsen / {Maj Rask}, barselsafsnittet",
        "Hilsen {Aga} fra fødegangen",
        "Journalført af «jordemoder» {Lykke Vang} kl. 16.20",
        "Best regards, {Thi Lan Nguyen}, MD",
    ],
)

addall(
    "lk_ids",
    [
        "Skriv til {lykke.vang}«@regionh.dk», hvis du har spørgsmål inden næste konsultation.",
        "Mail fra {helle.fryd}«@regionh.dk» modtaget 12/2.",
        "Log: «RH\\»{bost} åbnede journalen 03:12",
        "Ændret af {kien} 04:15: dosis bupivacain",
        "Bruger: {tomo} - vitalparametre registreret",
        "Journalnotat oprettet af {amwa}, 11.01.2024",
        "Ordineret af {omal}: Ampicillin 50 mg/kg x 2",
        "Svar på mail til {dagra}«@kk.dk» om næste hjemmebesøg.",
        "Kontakt: {amina.warsame}«@regionh.dk», tlf. «38 62 00 11»",
        "{LV} 15+2: første konsultation gennemført",
        "Udført af: {TLN}",
        "Tilset af {OAK} kl 09",
        "Beslutning {BS}: sectio",
        "Godkendt af {AK} i dag.",
        "Besked til {DRA} om ekstra hjemmebesøg",
        "Set af {TOJ} og {OAK}",
        "{MR}: barsel dag 2, mor og barn trives",
        "Ringet til {KIE} vedr. rygsmerter efter EDA",
        "Henvist af {ANJ}.",
        "{AMW} deltog i mødet",
        "Skift: {LYV} til {ANJ} kl 07:00",
        "Bruger «jdm.»{lyv} har rettet partogrammet",
        "Log 14.03 06:52 «jdm.»{anj} - fødselsjournal låst",
        "Oprettet af «jdm.»{hf} 22:10",
        "Sidst ændret: «RH\\»{thng} 15.03.2024",
        "Audit: {dara} læste sundhedsplejejournalen",
        "Kopi sendt til {omar.al-khatib}«@regionh.dk»",
        "Fra: {anne.kristensen}«@dadlnet.dk»",
        "Ordination godkendt af {ankr}",
        "Skriv til {kim.eng}«@regionh.dk» vedr. anæstesisamtale",
        "Besked fra «jdm.»{mr}: mor kan udskrives i morgen",
        "Epikrise sendt af {tove.mose}«@regionh.dk»",
    ],
)

addall(
    "lk_lowercase_words",
    [
        "talt med {lykke} om amning",
        "{lykke} har ringet, pt. må komme ind til ctg",
        "{fryd} siger ctg er fint",
        "ring til «obst.» {storm} hvis blødning over 500 ml",
        "«overlæge» {bo} har set ctg",
        "{eng} anlægger eda kl 4",
        "eda v/ {kim eng} - god effekt",
        "«sundhedspl.» {ravn} vejede barnet, 4.010 g",
        "«spl.» {mose} har skiftet sonde",
        "«jdm.» {maj} har hjulpet med amning kl 2",
        "{rask} tjekker blødning hver time",
        "«sundhedspl.» {dagny} kommer mandag kl 10 (hjemmebesøg)",
        "«jdm.» {helle} har taget ctg",
        "«neo-spl.» {tove} ringer kl 14",
        "ok fra «jdm.» {vang} til udskrivelse",
        "{anne k} har set blodprøverne",
        "{amina} har lavet underretning",
        "{omar} ser drengen kl 13",
        "{lan} har scannet, alt normalt",
        "{agnieszka}: sutur ok",
        "{lykke vang} har tjekket bt, 138/90",
        "{fryd} og {lykke} på nattevagt",
        "svangrekons. v/ {hf}: alt vel",
        "{bo storm}: igangsættes 41+3",
        "{eng} ringet pga. kløe efter eda",
        "{maj rask} har stuerne 4-8 i nat",
        "fik lattergas af {fryd} kl 22",
        "«sundhedspl.» {ravn} kommer igen om 4 uger",
        "spørg «spl.» {mose} om vægten",
        "{warsame} deltager i møde tirsdag",
        "{nowak-jensen} har lavet fødselsbeskrivelse",
    ],
)

addall(
    "lk_shared_settled",
    [
        "«Jordemoder» {Helle} har set pt. i dag.",
        "«Dr.» {Kristensen} har set blodprøverne.",
        "«Egen læge» {Kristensen} har henvist til obstetrisk ambulatorium.",
        "«Jdm.» {Vang} har tilset pt.",
        "{Lykke V.} har tilset pt. efter fødslen.",
        "«Overlæge» {Bo} har besluttet sectio.",
        "{Bo S.} har set CTG og vurderer det normalt.",
        "«Sundhedsplejerske» {Ravn} har været på besøg.",
        "{Dagny R.} vejede drengen.",
        "«Sundhedsplejerske» {Dagny} har været på besøg hos familien.",
        "«Jordemoder» {Maj} har udskrevet mor og barn.",
        "«Anæstesilæge» {Kim} har givet ekstra bolus.",
        "{Kim E.} har set pt. før sectio.",
        "«Spl.» {Tove} har givet sondemad.",
        "{Tove M.} har lært far at give sondemad.",
        "«Overlæge» {Storm} anbefaler igangsættelse.",
        "«Dr.» {Storm} ringer med svar på glukosebelastningen.",
        "«Jordemoder» {Jensen} har suturet bristningen.",
        "«Jordemoder» {Lykke} har ringet til [Sofie].",
        "«Reservelæge» {Nguyen} har scannet fosteret.",
        "«Neonatalsygeplejerske» {Mose} har vist mor sondemadning.",
        "«Jdm.» {Fryd} og «obst.» {Storm} var til stede ved fødslen.",
        "«Overlæge» {Bo Storm} har talt med far.",
        "«Læge» {Anne K.} har bestilt blodprøver.",
        "«Overlæge» {Omar} har talt med forældrene.",
        "«Jordemoder» {Helle F.} har ringet pt. op.",
    ],
)

addall(
    "lk_foreign_hyphen",
    [
        "{Agnieszka Nowak-Jensen} tog imod barnet kl. 06.44.",
        "{Nowak-Jensen} har suturet bristningen.",
        "{Nowak} har suturet og kontrolleret blødningen.",
        "«Jordemoder» {A. Nowak-Jensen} har skrevet fødselsbeskrivelsen.",
        "{Aga} har været inde og tjekke blødningen.",
        "Fødslen blev ledet af {Agnieszka Nowak Jensen}.",
        "{Omar Al-Khatib} har set barnet.",
        "{Al-Khatib} har ordineret antibiotika.",
        "«Dr.» {Khatib} har talt med mor.",
        "«Overlæge» {Omar Al Khatib} har været på stuegang.",
        "{al-khatib} stuegang kl 9",
        "{Amina Warsame} og {Lykke Vang} holdt første samtale i Familieambulatoriet.",
        "{Warsame} har kontaktet kommunen.",
        "«Socialrådgiver» {Amina} ringer i morgen.",
        "{Thi Lan Nguyen} har lavet nakkefoldsscanning.",
        "Scannet af {Nguyen Thi Lan}, «reservelæge».",
        "«Dr.» {Lan Nguyen} har lavet tilvækstscanning.",
        "{Thi Lan} har ringet med svar.",
        "«Læge» {T.L. Nguyen}",
        "Sign. {Nguyen, Thi Lan}",
        "{Warsame, Amina} («socialrådgiver»)",
        "{Al-Khatib, Omar}, «overlæge»",
        "{Nowak-Jensen, Agnieszka}, «jordemoder»",
        "{omar al-khatib}: drengen stabil",
        "Seen by «Dr.» {Al-Khatib} on the neonatal ward.",
        "The midwife {Agnieszka} explained the procedure in English.",
        "Tolk ikke nødvendig; {Thi Lan Nguyen} talte vietnamesisk med mor.",
    ],
)

addall(
    "lk_genitive",
    [
        "{Lykke Vang}«s» vurdering er, at fosteret ligger i hovedstilling.",
        "Efter {Bo Storm}«s» vurdering kan fødslen sættes i gang.",
        "{Fryd}«s» plan for de næste konsultationer er lagt i journalen.",
        "I {Dagny Ravn}«s» notat fra 8-ugers besøget står der, at mor er træt.",
        "{Al-Khatib}«s» ordination: Ampicillin og Gentamicin.",
        "{Warsame}«s» underretning er sendt til kommunen.",
        "{Anne Kristensen}«s» henvisning er modtaget.",
        "{Agnieszka}«s» fødselsbeskrivelse er godkendt.",
        "«Reservelæge» {Nguyen}«s» scanning viser normal tilvækst.",
        "{Eng}«s» epidural virkede kun i venstre side.",
        "Ifølge {Tove Mose}«s» optegnelser har drengen taget 40 ml.",
        "{Maj Rask}«s» vejledning i amning har hjulpet.",
        "jf. {lykke}«s» notat",
        "{Rask}«s» plan: udskrivelse i morgen",
        "«Overlæge» {Storm}«s» vurdering: afvent spontan fødsel.",
        "{Omar}«s» samtale med forældrene gik godt.",
    ],
)

addall(
    "lk_lists_rotas",
    [
        "Vagtplan fødegang lørdag:\nDag: {Lykke Vang}, {Agnieszka Nowak-Jensen}\nAften: {Helle Fryd}\nNat: {Maj Rask}",
        "Bagvagt obstetrik: {Bo Storm} (tlf. «1234»)",
        "Deltagere: pt., partner [Mads Jensen], «socialrådgiver» {Amina Warsame}, «jordemoder» {Lykke Vang}, «sundhedsplejerske» {Dagny Ravn}",
        "Team: {LYV}, {HF}, {ANJ}, {MR}",
        "Anæstesivagt: {Kim Eng} / anæstesisygeplejerske [Bo Hansen]",
        "Neonatal stue 3: {Tove Mose} (dag), [Line Ravn] (aften)",
        "Stuegang neo: {Omar Al-Khatib}, {Tove Mose}",
        "Jordemødre i weekenden:\n- {Lykke}\n- {Fryd}\n- {Rask}",
        "Kontaktpersoner: {Lykke Vang} («jdm»), {Amina Warsame} («socialrådgiver»)",
        "uge 10: {LYV} ma+ti, {HF} on, {ANJ} to+fr",
        "1. kons. {lykke} / 2. kons. {fryd} / 3. kons. {lykke}",
        "Operationshold: operatør {TLN}, assistent {BS}, anæstesi {KE}",
        "Sundhedsplejen, distrikt Valby: {Dagny Ravn}, [Karin Holm]",
        "Familieambulatoriet: {Amina Warsame}, {Lykke Vang}, [Pernille Berg] (psykiatrisk sygeplejerske)",
        "Vagtskifte 15:00: {MR} - {LYV}",
        "| 06:44 | dreng født | {ANJ} |\n| 06:50 | pædiater | {OAK} |",
    ],
)

# ============================================================================= OVER-HIDING TRAPS
addall(
    "ow_words",
    [
        "[Tillykke] med den lille dreng!",
        "Held og [lykke] med amningen.",
        "Parret er [lykkelige] for graviditeten.",
        "Det er [lykkedes] at få drengen til at tage brystet.",
        "[Lykkeligvis] ingen tegn på infektion.",
        "Mor beskriver fødslen som en stor [lykke].",
        "[Lykke] er ikke en selvfølge efter en svær fødsel, siger mor.",
        "[Lykkepiller] (SSRI) fortsættes i graviditeten.",
        "Pt. ønsker at [bo] hos sin mor de første uger.",
        "Familien [bor] i lejlighed på 2. sal uden elevator.",
        "Mor og far [bor] ikke sammen.",
        "[Bopæl]: Valby.",
        "Har fået tildelt [bolig] via kommunen.",
        "Kraftig [storm] i nat; far kom først kl 3.",
        "Graviditeten har været [stormfuld].",
        "[Stormvejr] - hjemmebesøget flyttes til torsdag.",
        "Mor er i [fryd] over den lille.",
        "Til stor [fryd] for storesøster kom barnet hjem i dag.",
        "Far gik tur med barnevognen på [engen].",
        "Mor taler kun lidt [eng.], tolk bestilt.",
        "Sprog: dansk og [eng].",
        "[Engelsktalende] far; information givet på [engelsk].",
        "Mor er [rask] og har ingen feber.",
        "[Raske] forældre, ingen arvelige sygdomme.",
        "Drengen er en [rask], velskabt dreng.",
        "[Raskmelding] forventes efter barslen.",
        "Fødslen gik [raskt] efter vandafgang.",
        "Termin: 14. [maj].",
        "Født 2. [maj] kl. 06.44.",
        "I [maj] starter mor på arbejde igen.",
        "Drengen har [ravnsort] hår og blå øjne.",
        "Mor har gået ture ved [mosen] hver dag.",
        "Vejledt i at [mose] banan og kartofler til skemad.",
        "[Brainstorm] på løsninger sammen med familien.",
        "[Ella] leger tagfat i haven og råber [helle].",
        "Mor føler sig [lykkelig], men træt.",
        "[Maj] og juni er planlagt som forældreorlov for far.",
        "Drengen [bor] hos mor, far har ham hver anden weekend.",
        "Tillykke! Vi ønsker jer god [lykke] fremover.",
        "Mor har haft en [rask] graviditet uden komplikationer.",
    ],
)

addall(
    "ow_abbrev",
    [
        "[BS] 5,8 fastende, 7,2 efter 2 timer.",
        "[BS]-profil normal.",
        "[HbA1c] 38 mmol/mol.",
        "[MR]-scanning af fosterets hjerne bestilt på [Rigshospitalet].",
        "[MR] af lænd uden fund.",
        "[LV]-funktion normal ved ekkokardiografi.",
        "[AK]-behandling med Fragmin pga. tidligere DVT.",
        "Mor har taget [HF] og er under uddannelse som pædagog.",
        "[HF]-eksamen 2015.",
        "Far arbejder i [DR] Byen.",
        "[GA] 32+4, [SF-mål] 31 cm.",
        "[UL]: fostervægt 1.850 g (-12%).",
        "[IUGR] mistænkt, kontrol om 1 uge.",
        "[PPROM] i uge 34+1, [GBS] negativ.",
        "[CTG] normalt, [FHF] 140.",
        "[Hb] 6,4 mmol/l, jernbehandling startet.",
        "[BT] 142/94, [U-stix] protein 1+.",
        "[NT] 1,6 mm, [CRL] 58 mm.",
        "[EDA] anlagt, [VAS] 2.",
        "[CVU] 4 cm, [caput] -2.",
        "[Apgar] 9/10/10.",
        "[pH] 7,21, [BE] -6 i navlearterie.",
        "[CPAP] 6 cm H2O, [FiO2] 0,25.",
        "[SGA] dreng, vægt 2.450 g.",
        "[GDM] kostbehandlet.",
        "[OGTT] uge 28: 7,8 mmol/l.",
        "[PKU] taget dag 3.",
        "[Di-Te-Ki-Pol-Hib] 1 givet ved 3-måneders undersøgelsen.",
        "Næste [jdm.]-konsultation i uge 29.",
        "[MR] 12.03: normal hjerne.",
        "[AK]-behandling pauseres ved fødslen.",
        "[BS] 2,1 hos barnet, ekstra mad givet.",
        "[UVI] behandlet med Selexid.",
        "[SSRI] fortsættes i graviditeten.",
        "[EPDS] 11 ved 8-ugers besøget.",
        "[LV] og [RV] normale, lille [PDA].",
    ],
)

addall(
    "ow_family",
    [
        "[Storm] er født 14.03.2024 kl. 06.44, vægt 3.540 g.",
        "[Storm] sutter godt ved brystet.",
        "[Storm Jensen], 5 uger, til børneundersøgelse.",
        "Lille [Storm] har gulsot, lysbehandling startet.",
        "Far [Mads Jensen] var med til fødslen.",
        "[Mads] klipper navlestrengen.",
        "Mormor [Dagny Andersen] hjælper den første uge.",
        "[Dagny] (mormor) passer [Ella] under fødslen.",
        "Farmor [Tove Jensen] har ringet og spurgt til <Storm>.",
        "[Tove] (farmor, 62) er ryger; rådgivet om røgfrit hjem.",
        "[Sofie Lykke Andersen], 29 år, 2.-gangsfødende.",
        "[Sofie] har det godt efter fødslen.",
        "[Ella] (3 år) er glad for sin lillebror [Storm].",
        "Storesøster [Ella Jensen] går i børnehave.",
        "[Fru Andersen] er mobiliseret efter sectio.",
        "[Hr. Jensen] er informeret om overflytningen.",
        "[Sofie Lykke] ønsker at amme.",
        "Pt. kaldes [Lykke] af familien.",
        "Mor, [Sofie Lykke Andersen], og far, [Mads Jensen], er ikke gift.",
        "[Storm] vejer 4.210 g ved 5-ugers undersøgelsen.",
        "[Storms] navlestump er faldet af.",
        "[Jensen], [Storm], født 14.03.2024",
        "Dreng [Jensen] overflyttet til neonatal.",
        "Baby [Jensen] har fået K-vitamin.",
        "[Dagny] (mormor) græd af [lykke].",
        "[Tove Jensen] og [Dagny Andersen] kommer på besøg søndag.",
        "[Mads] overnatter på barselsgangen.",
        "[Storm] og mor udskrives dag 3.",
        "Navngivning: [Storm Mads Jensen].",
        "[Storm] har sovet godt og taget brystet x 8.",
    ],
)

addall(
    "ow_colleagues",
    [
        "Lægesekretær [Helle Lund] har sendt indkaldelsen.",
        "Sekretær [Helle] booker tid til nakkefoldsscanning.",
        "[Louise Kristensen] (lægesekretær) har bestilt tid.",
        "Sekretær [Kristensen] ringer med tiden.",
        "Portør [Peter Vang] kørte pt. til operationsgangen.",
        "Portør [Vang] henter sengen kl 10.",
        "Anæstesisygeplejerske [Bo Hansen] har lagt venflon.",
        "Anæstesisygeplejerske [Bo] har givet Ondansetron.",
        "[Line Ravn], sygeplejerske, har givet sondemad kl 12.",
        "Spl. [Line Ravn] har vist far, hvordan man bader barnet.",
        "SOSU-assistent [Maj Olsen] har hjulpet mor i bad.",
        "SOSU [Maj] har hentet mad til mor.",
        "Bioanalytiker [Kim Holt] har taget hælprøve.",
        "Bioanalytiker [Kim] har taget PKU.",
        "Notat skrevet af lægesekretær [Helle Lund] på vegne af afdelingen.",
        "[Peter Vang] (portør) og [Bo Hansen] (anæstesisygeplejerske) hentede pt.",
        "Kontakt sekretær [Louise Kristensen] på tlf. 36 32 00 00.",
        "Sygeplejerske [Line Ravn] og SOSU [Maj Olsen] på aftenvagt.",
        "Skrevet af [HL] efter diktat.",
        "Sygeplejerske [Ravn] på neonatal har givet besked til forældrene.",
    ],
)

addall(
    "ow_places_drugs",
    [
        "Fødsel planlagt på [Hvidovre] Hospital.",
        "Overflyttet til [Rigshospitalet], neonatal.",
        "Hun fødte sit første barn på [Skejby].",
        "[Herlev] Hospital, Gynækologisk-obstetrisk afdeling.",
        "Familien bor på [Engvej] 12, 2500 Valby.",
        "Adresse: [Stormgade] 4, 1. th.",
        "Fødselsforberedelse i [Vangede] Kirkes sognehus.",
        "Mormor bor i [Mosede].",
        "Familien flytter til [Hellerup] til sommer.",
        "Børnehaven [Ravnen] har plads til [Ella].",
        "Sommerhus i [Frydendal].",
        "Farmor bor i [Rask Mølle].",
        "[Fragmin] 5000 IE x 1.",
        "[Labetalol] 100 mg x 3.",
        "[Oxytocin]-drop startet kl 08.",
        "[Misoprostol] 25 mikrog givet kl 10.",
        "[Bupivacain] og [sufentanil] i EDA.",
        "[Lanolin] til brystvorterne.",
        "[Ampicillin] og [Gentamicin] til drengen.",
        "[Sertralin] 50 mg fortsættes i graviditeten.",
        "[Metadon] 60 mg dagligt, ordineret af misbrugscentret.",
        "Mor arbejder hos [Nowak Rengøring ApS].",
        "Far er tømrer hos [Kristensen Byg ApS].",
        "Mødregruppe på [Valby] Bibliotek.",
        "[Engelsk] tolk ikke nødvendig.",
    ],
)

addall(
    "ow_unlisted",
    [
        "Medpatient [Linh Nguyen] har fået sin baby i nat.",
        "[Linh Nguyen] på stuen har besøg til kl 22.",
        "Nabo [Jette Mose] passer [Ella] under fødslen.",
        "[Jette Mose] (nabo) har nøgle til lejligheden.",
        "Pædagog [Karin Holm] i børnehaven har ringet.",
        "Psykiatrisk sygeplejerske [Pernille Berg] deltager.",
        "Kommunens familiebehandler [Rasmus Dal] har været på besøg.",
        "Tolk [Hoa Tran] deltog.",
        "[Anne Olsen] fra mødregruppen har også en dreng født i marts.",
        "Fars ven [Omar] kører dem hjem fra hospitalet.",
    ],
)

# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Lykke Vang}: [Tillykke] med drengen!",
        "«Jordemoder» {Lykke} ønskede held og [lykke] med amningen.",
        "{Bo Storm} kom trods [stormen] og lavede sectio.",
        "{Bo Storm} råder [Sofie] til at [bo] hos sin mor den sidste uge.",
        "«obst.» {bo} siger pt. kan [bo] hjemme til igangsættelse.",
        "{Fryd} konstaterer med [fryd], at CTG er normalt.",
        "{Maj Rask}: mor og barn [raske], udskrives 3. [maj].",
        "{Kim Eng} forklarede EDA på [engelsk] for far.",
        "Far taler [eng.], {Eng} gav information på [engelsk].",
        "{Dagny Ravn}: [Storm] har [ravnsort] hår og vejer 4.300 g.",
        "{Dagny Ravn} viste mor, hvordan hun kan [mose] kartofler.",
        "{BS}: [BS] 4,2 fastende, fortsæt kost.",
        "{MR}: [MR]-scanning af fosteret bestilt.",
        "[LV]-funktion normal, set af {OAK}.",
        "{AK}: ophør af [AK]-behandling 24 t før igangsættelse.",
        "{HF}: mor har [HF]-eksamen og er i gang med uddannelse.",
        "{Helle Fryd} har henvist til fødselsforberedelse i [Hellerup].",
        "{Nowak-Jensen} har talt med far, [Mads Jensen].",
        "{Omar Al-Khatib}: [Storm] er [rask] og kan udskrives.",
        "[Lykkepiller] drøftet med {Anne Kristensen}.",
        "Det er [lykkedes] {Maj Rask} at få drengen lagt til.",
        "[Tillykke] fra {Dagny Ravn}, «sundhedsplejerske».",
        "{lykke} ønsker [tillykke] til mor og far",
        "«obst.» {storm}: overflytning udsat pga. [stormvejr], helikopteren kan ikke flyve.",
        "{fryd}: mor [bor] alene, far [bor] i Aarhus.",
        "{Rask}: mor [rask] og afebril, dreng trives.",
        "[Maj] er terminsmåned; {Maj Rask} har lagt plan for barsel.",
        "{Tove Mose}: drengen ligger roligt, far ser [lykkelig] ud.",
        "{Lykke Vang} bor selv i [Vangede] og tilbyder hjemmebesøg.",
    ],
)

addall(
    "mx_people",
    [
        "«Jordemoder» {Helle Fryd} og lægesekretær [Helle Lund] har planlagt konsultationerne.",
        "Sekretær [Helle] har booket tid hos «jordemoder» {Helle}.",
        "[Louise Kristensen] har booket tid hos «egen læge» {Anne Kristensen}.",
        "Portør [Peter Vang] kørte pt. på stuen, hvor {Lykke Vang} ventede.",
        "Anæstesisygeplejerske [Bo Hansen] og «overlæge» {Bo Storm} var til stede ved sectio.",
        "Sygeplejerske [Line Ravn] har givet besked til «sundhedsplejerske» {Dagny Ravn}.",
        "SOSU [Maj Olsen] og «jordemoder» {Maj Rask} har hjulpet mor i bad.",
        "Bioanalytiker [Kim Holt] tog blodprøver; «anæstesilæge» {Kim Eng} lagde EDA.",
        "{Dagny Ravn} har mødt mormor [Dagny Andersen] på hjemmebesøget.",
        "«Sundhedsplejerske» {Dagny} og mormor [Dagny] talte om amning.",
        "«Spl.» {Tove} har vist farmor [Tove] at give sondemad.",
        "{Tove Mose} har talt med farmor [Tove Jensen].",
        "«Overlæge» {Storm} har set lille [Storm] på stuegang.",
        "{Bo Storm} forløste [Storm] med vakuum kl. 06.44.",
        "{Agnieszka Nowak-Jensen} har talt med far [Mads Jensen] og farmor [Tove Jensen].",
        "«Jordemoder» {Jensen} og [hr. Jensen] har talt sammen.",
        "[Sofie Lykke Andersen] og «jordemoder» {Lykke Vang} har aftalt hjemmebesøg.",
        "[Lykke] (pt.) og «jordemoder» {Lykke} griner af, at de hedder det samme.",
        "Medpatient [Linh Nguyen] og «reservelæge» {Nguyen} er ikke i familie.",
        "Nabo [Jette Mose] og «spl.» {Mose} er ikke i familie.",
        "[Anne Olsen] fra mødregruppen har samme læge, {Anne Kristensen}.",
        "Fars ven [Omar] hentede bilen; «overlæge» {Omar} talte med mor.",
        "<Helle> har ringet og flyttet tiden.",
        "<Kristensen> ringer tilbage.",
        "<Vang> kommer kl 10.",
        "<Bo> har været inde.",
        "<Ravn> har ringet.",
        "<Maj> har hjulpet mor i bad.",
        "<Kim> har været forbi.",
        "<Dagny> kommer i morgen.",
        "<Tove> har ringet.",
        "<Storm> har ringet.",
        "<Jensen> har ringet.",
        "<Lykke> har ringet.",
        "<Nguyen> har ringet.",
        "<Mose> har ringet.",
    ],
)

addall(
    "mx_notes",
    [
        "Partogram 14.03:\n02:15 CVU 6 cm ({lyv})\n04:10 [EDA] v/ {KE}, [BT] 125/75\n06:12 [CTG] variable dec., «obst.» {BS} tilkaldt\n06:44 dreng født, [Apgar] 9/10/10, far [Mads] klippede navlestrengen\n07:05 placenta komplet ({anj})",
        "Graviditetsjournal\n1. kons. egen læge ({AK}) uge 8+3: [BT] 118/72, [Hb] 7,8\n1. jdm.kons. uge 15+2 ({Lykke Vang})\n[NT] 1,6 mm ({TLN}), misdannelsesscanning uge 20 u.a. ({Thi Lan Nguyen})\n[OGTT] uge 28 normal",
        "Hej [Sofie]\nDu er velkommen til at komme ind til [CTG] i dag kl 14. Tag [Mads] med, hvis han har fri. Held og [lykke]!\nHilsen {Lykke}, «jordemoder»",
        "Netværksmøde Familieambulatoriet 12.01.\nDeltagere: pt. [Sofie Lykke Andersen], partner [Mads Jensen], «socialrådgiver» {Amina Warsame}, «jordemoder» {Lykke Vang}, psykiatrisk sygeplejerske [Pernille Berg], «sundhedsplejerske» {Dagny Ravn}.\nPt. i [Metadon]-behandling 60 mg. Underretning sendt af {AMW}.\nReferent: [Helle Lund]",
        "Neonatal dag 2: [Storm] [CPAP] 5 cm, [FiO2] 0,21. [BS] 3,1. Far [Mads] og farmor [Tove Jensen] på besøg. Stuegang {Omar Al-Khatib}, «spl.» {Tove Mose}.",
        "Barsel dag 1: Mor [rask], afebril. [Storm] ammet x 7, [BS] 2,9 - tilmadet. {Maj Rask} har vejledt. SOSU [Maj Olsen] hjalp i bad. [Tillykke] fra personalet.",
        "Hjemmebesøg 5 uger ({dagny ravn}): [Storm] 4.310 g, [ravnsort] hår, trives. Mormor [Dagny] var til stede. Mor [bor] alene med børnene på hverdage. [EPDS] 8.",
        "5-ugers us. ({AK}): Mor: [BT] 120/80, [Hb] 7,4. Barn: [Storm] 4.400 g, hofter u.a., rød refleks bilat. Næste: 3 mdr. vaccination hos {Anne Kristensen}. Sekretær [Louise Kristensen] booker.",
        "Operationsbeskrivelse - akut sectio (kat. 2)\nOperatør: {Thi Lan Nguyen}\nAssistent: {Bo Storm}\nAnæstesi: {Kim Eng}, anæstesisygeplejerske [Bo Hansen]\nIndikation: [CTG] patologisk, [GA] 39+2.\nDreng udtaget 06:44, [Apgar] 8/10/10.",
        "Anæstesi: [EDA] L3-L4 v/ {kie}, 10 ml [bupivacain] 0,1% + [sufentanil]. [VAS] 7 til 2. Kontrol {eng} kl 05.",
        "Fra: {helle.fryd}«@regionh.dk»\nTil: [Sofie Lykke Andersen]\nEmne: Din næste konsultation\n\nKære [Sofie]\nVi ses i uge 29. Held og [lykke] med de sidste uger.\nVenlig hilsen {Helle Fryd}",
        "Misdannelsesscanning uge 19+5, [Hvidovre]\nScannet af: {TLN}\nSupervisor: «overlæge» {Bo Storm}\nFund: normal anatomi, placenta på forvæg. [UL]-vægt 280 g. [MR] ikke indiceret.",
        "Underretning til [Københavns Kommune] vedr. ufødt barn. Sendt af «socialrådgiver» {Amina Warsame} efter samtale med «jordemoder» {Lykke Vang} og «egen læge» {Anne Kristensen}.",
        "Fødegang nat 13-14/3: {HF} stue 1-4, {ANJ} stue 5-8. Bagvagt {Bo Storm}. Portør [Peter Vang]. Anæstesi {Kim Eng}, spl. [Bo Hansen].",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
