"""Red-team probes for indsigt name hiding (rt54): one school year of a 9-year-old boy's records in
Sønderjylland, read on sundhed.dk by his mother as his proxy (fuldmagt). Malthe has type 1
diabetes (Børnediabetesambulatoriet, Sygehus Sønderjylland Aabenraa: paediatrician, diabetes nurse,
dietitian), is assessed for ADHD in Børne- og Ungdomspsykiatrien (psychiatrist, psychologist,
nurse), is seen by the school health nurse, by PPR (psychologist, speech therapist), by the
municipal dental service, by the family department (a § 50 assessment), at the emergency
department with a broken wrist (X-ray, cast), by the GP and the pharmacy; there is the access
log and there are secure messages, e-mails and SMS between the mother and the staff. The father
lives in Flensburg, so some text is German (and some English). Each genre is written in its own
style: careful prose, fast lower-case shorthand, forms and short fields, tables with "|",
lists and rotas, signatures and sign-offs, dictation marks "XX/yy", access-log lines, SMS,
e-mails with headers, pasted HTML-ish text with entities, English and German lines, one-letter
typos.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone: a hidden staff member's name part, registered initials, user name or
         e-mail local part, used for that person -> a letter inside not covered = LEAK
  [...]  must stay: the boy, a relative, a non-hidden colleague, an unlisted person (teacher,
         coach, classmate, pet), an ordinary Danish/German/English word, an abbreviation, a
         place, a street, a drug, a device, a firm -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing directly before or after a hidden name
         (overlæge, læge, egen læge, dr., Dr, reservelæge, diabetessygeplejerske, sygeplejerske,
         klinisk diætist, diætist, psykolog, psykiater, talepædagog, sundhedsplejerske,
         socialrådgiver, sagsbehandler, tandlæge, tandplejer, nurse, Frau, Herr, Frau Dr.,
         Diabetesberater, Psychologin), a genitive -s glued to a hidden name, the domain of a
         hidden person's e-mail, an HTML entity standing between two parts of a hidden name.
  Unmarked letters and digits are must-stay as well (labels such as "Behandler:", "Fra:",
  "v/", "Venlig hilsen", unit names, dates, values). Literal "[", "{", "<" and "«" cannot
  appear in a probe: pasted HTML is written with entities (&lt; &gt; &amp; &nbsp; &oslash;).

Rules I apply when marking (the same in every genre and language):
  R1  A name part owned only by hidden staff (Dorthe, Mose, Selma, Ekinci, Ilham, Bente, Hatice,
      Oksana, Kovalenko, Rutkowska, Hodan, Liv) is gone wherever the text uses it for that
      person: capitalised or lower case, bare or with the other part, family-first ("Fisker,
      Bo"), abbreviated ("bo f.", "Ewa R."), with a genitive, in any position (subject,
      object, after v/, sign., af, til, "talt med", "Hej ..."), in a list, a table cell, a
      log line, a signature, reported speech, English or German text.
  R2  Registered initials, user names and e-mail local parts are gone where they stand for the
      person: after sign./v//af/ifølge/"/", in a staff slot of a form or table, in a dictation
      mark "XX/yy" (the first part), in a log line, next to a time in a rota. The same letters
      used as the word or abbreviation they also are stay: BS (blodsukker), KH/kh (kulhydrat,
      "kærlig hilsen"), DM (diabetes mellitus, Danmarksmesterskab), BT (blodtryk), IQ, SE/se
      (the verb, SE-nr.), HR (heart rate, HR-afdeling), OK/ok, ER/er (Danish verb, German
      pronoun, English "ER"), HA/ha, MS (sclerosis), IS/is (ice cream), LB, and the user-name
      look-alikes "dort" (German), "lebe" (German), "seek" (English), "bent"/"Bent" (the verb /
      the coach's given name), "idas"/"Idas" (the sister's genitive).
  R3  A part shared with a non-hidden colleague (Bo, Fisker, Lange, Hjort, Karen, Storm, Ida,
      Maja, Schmidt, Kim, Ravn, Nissen, Qasim, Tønder, Leo, Ewa) is gone when the hidden
      person's other part, initials, own title or own unit written with it settles it
      ("diætist Karen", "Bo, Børnediabetes", "socialrådgiver Ravn"); it stays when the
      colleague's full name, title or unit settles it ("bioanalytiker Fisker", "Kim Ravn");
      bare and unsettled (also when only the described act hints at a profession) it is
      debatable.
  R4  A part shared with the boy's family (Ida - sister; Storm - brother; Bo Sommer - the
      mother's partner; Becker - father and paternal grandmother; Lorenzen - mother and
      grandfather; Hanne - grandmother) is gone when the hidden person's title, other part,
      initials or unit settle it; it stays when the text says who the relative is (a kinship
      word, an age, "Hr. Becker" for the father, the relative's full name); bare and unsettled
      it is debatable.
  R5  A part shared with an unlisted person (Anette Bonde, class teacher; Ali Hamdan and Lukas
      Schmidt, classmates; Bent Carstensen, football coach; Tom Jessen, SFO; the cat Leo) stays
      when that person's full name, role or kinship is written; the matcher is not told about
      these persons.
  R6  Once a text has named a hidden person in full (or by name part plus title), a later
      bare part of the same person in the same text is gone, unless another person sharing
      that part is also named in that text.
  R7  Words, places, streets, drugs, devices, firms and abbreviations stay even when spelt like
      a hidden name part, initials or user name: also capitalised at the start of a sentence,
      also inside compounds (sommerferien, fiskeri, Mosevej, Stormgade, Theodor-Storm-Straße,
      Nissenhaus, bondegård, livlig), also in German ("im Sommer", "lange", "er", "dort",
      "lebe"), and also in a text that names the hidden person.
  R8  Lower-case shorthand gets the same judgement as careful prose ("pumpen er tom" is a word;
      "bs 3,1" is blodsukker; "v/ bs" in a skadestue line after a time is the nurse).
  R9  A one-letter typo (missing, extra or changed letter) of a 4+ letter hidden name part is
      gone when a title or the other part settles who is meant ("overlæge Dorte Mose Lange",
      "diætist Karen Hjorth").
  R10 Double and hyphenated names: each part on its own is the person's name when used for
      her (Mose, Lange, Mose Lange; Bonde, Schmidt, Bonde-Schmidt), subject to R3-R5 for the
      shared parts (Lange, Schmidt, Bonde).

Classes:  lk_*  leak probes per genre   ow_*  over-hiding traps   mx_*  word/relative/colleague
use together with staff use   db_*  debatable (bare shared parts with nothing to settle them)

Roster (new; invented for this set):
  Hidden staff (15), with what the parts, initials and user names also are:
    Dorthe Mose Lange     overlæge, Børnediabetesambulatoriet       DM = diabetes mellitus /
                                                                     Danmarksmesterskab; mose =
                                                                     bog; lange = long (Anne
                                                                     Lange, colleague); user
                                                                     "dort" = German "there"
    Bo Fisker             diabetessygeplejerske, same clinic         bo = to live; fisker =
                                                                     fisherman (Lars Fisker,
                                                                     colleague); Bo = Bo Sommer
                                                                     (mother's partner), Bo
                                                                     Carstensen (colleague); BF
    Karen Hjort           klinisk diætist, same clinic              KH = kulhydrat, "kh" =
                                                                     kærlig hilsen; hjort = deer;
                                                                     Karen Lorenzen, Mette Hjort
                                                                     (colleagues)
    Selma Ekinci          overlæge, Børne- og Ungdomspsykiatrien     SE = se (verb), SE-nr.;
                                                                     user "seek"
    Ilham Qasim           psykolog, BUP                              IQ; Omar Qasim (colleague)
    Maja Sommer           sygeplejerske, BUP                         MS = sclerosis; sommer =
                                                                     summer; Maja Schmidt
                                                                     (colleague); Bo Sommer
                                                                     (mother's partner)
    Bente Tønder          sundhedsplejerske, Aabenraa Kommune        BT = blodtryk; Tønder = the
                                                                     town, tønder = barrels;
                                                                     Hanne Tønder (colleague);
                                                                     user "bent"
    Ida Storm             psykolog, PPR Aabenraa                     IS = is (ice cream); Ida =
                                                                     sister, Ida Lund
                                                                     (colleague); storm =
                                                                     weather, brother Storm,
                                                                     Nikolaj Storm (colleague);
                                                                     user "idas"
    Leo Becker            talepædagog, PPR                           LB; Becker = father; Leo
                                                                     Jürgensen (colleague), the
                                                                     cat Leo; user "lebe"
    Hatice Ravn           socialrådgiver, Familieafdelingen          HR = heart rate / HR dept.;
                                                                     ravn = raven; Kim Ravn
                                                                     (colleague)
    Oksana Kovalenko      tandlæge, Kommunal Tandpleje               OK = ok
    Hodan Ali             tandplejer, Kommunal Tandpleje             HA = ha; Ali = classmate
                                                                     Ali Hamdan (unlisted)
    Ewa Rutkowska         reservelæge, Akutmodtagelsen Aabenraa      ER = er (verb / German
                                                                     pronoun / English ER); Ewa
                                                                     Nowak (colleague)
    Liv Bonde-Schmidt     sygeplejerske, Akutmodtagelsen             BS = blodsukker; liv =
                                                                     life/waist; bonde = farmer,
                                                                     Anette Bonde (teacher);
                                                                     Schmidt = Maja Schmidt
                                                                     (colleague), Lukas Schmidt
                                                                     (classmate)
    Kim Nissen            praktiserende læge, Lægehuset Rødekro      KN; kim = germ; nissen =
                                                                     the elf; Kim Ravn, Peter
                                                                     Nissen (colleagues)
  Non-hidden colleagues (14): Lars Fisker (bioanalytiker, LF), Bo Carstensen (radiograf, BC),
    Anne Lange (lægesekretær, Børneambulatoriet, AL), Mette Hjort (klinikassistent,
    tandplejen, MH), Nikolaj Storm (gipstekniker, NS), Maja Schmidt (farmaceut, Rødekro Apotek,
    MAS), Kim Ravn (sekretær, Familieafdelingen, KR), Peter Nissen (leder, PPR, PN), Omar Qasim
    (læge, Lægehuset Rødekro, OQ), Ida Lund (sekretær, PPR, IL), Karen Lorenzen
    (sundhedsplejerske, KL), Hanne Tønder (lægesekretær, BUP, HT), Leo Jürgensen (overlæge,
    ortopædkirurgi, LJ), Ewa Nowak (sygeplejerske, Akutmodtagelsen, EN).
  The boy: Malthe Lorenzen Becker (9, 3.b, Rødekro Skole). Relatives: Karina Lorenzen (mother,
    proxy), Dirk Becker (father, Flensburg), Ida Lorenzen Becker (sister, 13), Storm Lorenzen
    Becker (brother, 5), Hanne Krog (mormor, Gråsten), Niels Lorenzen (morfar, Nordborg),
    Ursula Becker (farmor, Flensburg), Bo Sommer (mother's partner).
  Unlisted (must simply stay): Anette Bonde (klasselærer 3.b), Bent Carstensen (football
    coach, Rødekro IF U10), Ali Hamdan and Lukas Schmidt (classmates), Tom Jessen
    (SFO-pædagog), the cat Leo.

Written by a red-team helper (rt54) that had not seen the matcher's code, word lists, tests,
docs or changelog; the markup above was fixed before the first run and is changed after it only
where it broke this standard (listed below).

Run:  .venv/bin/python bench/independent/names_rt54_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above; nothing else changed):
  1. lk_mail "Fra: Akutmodtagelsen ... Behandlende læge: {Ewa Rutkowska}": the title "læge"
     directly before a hidden name is don't-care by my own list -> "Behandlende «læge»:".
  2. lk_initials "Tandundersøgelse: {OK}. Tandrens: {HA}.": after a procedure label, "OK" reads
     just as well as the outcome ("exam: OK"); that is no staff slot by R2, so the "OK" is
     unsettled -> "<OK>" (the "HA" stays gone).
  3. ow_family "Farmor [Ursula] sender dirndl-kjole til [Ida].": nothing in the text says who
     this Ida is (no kinship word, age or full name for her), so by R4 it is debatable ->
     "<Ida>".
  4. ow_unlisted "Fru [Bonde] har sendt ugeplanen.": no full name, role or kinship for the
     teacher is written, so by R5/R10 the shared "Bonde" is debatable, and the courtesy title
     "Fru" is the Danish twin of "Frau"/"Herr" in my don't-care list -> "«Fru» <Bonde>".
  5. (consistency, no effect on the outcome) lk_forms "Sagsbehandler: {Hatice Ravn}" and
     "Sagsbehandler: {HR}": "sagsbehandler" is in my don't-care list -> "«Sagsbehandler»:".

649 probes (400 with a {gone} span; 322 leak-genre, 223 over-hide traps, 82 mixed, 22 debatable
bare parts). First run: 27 leaks / 58 over-hides; after the markup fixes: 27 leaks / 55
over-hides (rt54_first_run.txt, rt54_second_run.txt).
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        "dml",
        "Dorthe",
        "Mose Lange",
        initials=("DM",),
        emails=("dorthe.mose.lange@rsyd.dk",),
        usernames=("dort",),
        titles=("overlæge",),
    ),
    Person(
        "bf",
        "Bo",
        "Fisker",
        initials=("BF",),
        emails=("bo.fisker@rsyd.dk",),
        usernames=("bofi",),
        titles=("diabetessygeplejerske",),
    ),
    Person(
        "kh",
        "Karen",
        "Hjort",
        initials=("KH",),
        emails=("karen.hjort@rsyd.dk",),
        usernames=("kahj",),
        titles=("klinisk diætist",),
    ),
    Person(
        "se",
        "Selma",
        "Ekinci",
        initials=("SE",),
        emails=("selma.ekinci@rsyd.dk",),
        usernames=("seek",),
        titles=("overlæge",),
    ),
    Person(
        "iq",
        "Ilham",
        "Qasim",
        initials=("IQ",),
        emails=("ilham.qasim@rsyd.dk",),
        usernames=("ilqa",),
        titles=("psykolog",),
    ),
    Person(
        "ms",
        "Maja",
        "Sommer",
        initials=("MS",),
        emails=("maja.sommer@rsyd.dk",),
        usernames=("maso",),
        titles=("sygeplejerske",),
    ),
    Person(
        "bt",
        "Bente",
        "Tønder",
        initials=("BT",),
        emails=("bente.toender@aabenraa.dk",),
        usernames=("bent",),
        titles=("sundhedsplejerske",),
    ),
    Person(
        "is",
        "Ida",
        "Storm",
        initials=("IS",),
        emails=("idas@aabenraa.dk",),
        usernames=("idas",),
        titles=("psykolog",),
    ),
    Person(
        "lb",
        "Leo",
        "Becker",
        initials=("LB",),
        emails=("lebe@aabenraa.dk",),
        usernames=("lebe",),
        titles=("talepædagog",),
    ),
    Person(
        "hr",
        "Hatice",
        "Ravn",
        initials=("HR",),
        emails=("hara@aabenraa.dk",),
        usernames=("hara",),
        titles=("socialrådgiver",),
    ),
    Person(
        "ok",
        "Oksana",
        "Kovalenko",
        initials=("OK",),
        emails=("okko@aabenraa.dk",),
        usernames=("okko",),
        titles=("tandlæge",),
    ),
    Person(
        "ha",
        "Hodan",
        "Ali",
        initials=("HA",),
        emails=("hoal@aabenraa.dk",),
        usernames=("hoal",),
        titles=("tandplejer",),
    ),
    Person(
        "er",
        "Ewa",
        "Rutkowska",
        initials=("ER",),
        emails=("ewa.rutkowska@rsyd.dk",),
        usernames=("ewru",),
        titles=("reservelæge",),
    ),
    Person(
        "bs",
        "Liv",
        "Bonde-Schmidt",
        initials=("BS",),
        emails=("liv.bonde-schmidt@rsyd.dk",),
        usernames=("libs",),
        titles=("sygeplejerske",),
    ),
    Person(
        "kn",
        "Kim",
        "Nissen",
        initials=("KN",),
        emails=("kim.nissen@dadlnet.dk",),
        usernames=("kini",),
        titles=("praktiserende læge",),
    ),
]

OTHERS = [
    Person("c_lf", "Lars", "Fisker", initials=("LF",), titles=("bioanalytiker",)),
    Person(
        "c_bc", "Bo", "Carstensen", initials=("BC",), usernames=("boca",), titles=("radiograf",)
    ),
    Person(
        "c_al", "Anne", "Lange", initials=("AL",), usernames=("anla",), titles=("lægesekretær",)
    ),
    Person("c_mh", "Mette", "Hjort", initials=("MH",), titles=("klinikassistent",)),
    Person("c_ns", "Nikolaj", "Storm", initials=("NS",), titles=("gipstekniker",)),
    Person("c_mas", "Maja", "Schmidt", initials=("MAS",), titles=("farmaceut",)),
    Person("c_kr", "Kim", "Ravn", initials=("KR",), usernames=("kira",), titles=("sekretær",)),
    Person("c_pn", "Peter", "Nissen", initials=("PN",), titles=("leder",)),
    Person("c_oq", "Omar", "Qasim", initials=("OQ",), titles=("læge",)),
    Person("c_il", "Ida", "Lund", initials=("IL",), titles=("sekretær",)),
    Person("c_kl", "Karen", "Lorenzen", initials=("KL",), titles=("sundhedsplejerske",)),
    Person("c_ht", "Hanne", "Tønder", initials=("HT",), titles=("lægesekretær",)),
    Person("c_lj", "Leo", "Jürgensen", initials=("LJ",), titles=("overlæge",)),
    Person("c_en", "Ewa", "Nowak", initials=("EN",), titles=("sygeplejerske",)),
]

CITIZEN = [("Malthe", "Lorenzen Becker")]
RELATIVES = [
    ("Karina", "Lorenzen"),  # mother, proxy reader
    ("Dirk", "Becker"),  # father, Flensburg
    ("Ida", "Lorenzen Becker"),  # sister, 13
    ("Storm", "Lorenzen Becker"),  # brother, 5
    ("Hanne", "Krog"),  # mormor, Gråsten
    ("Niels", "Lorenzen"),  # morfar, Nordborg
    ("Ursula", "Becker"),  # farmor, Flensburg
    ("Bo", "Sommer"),  # mother's partner
]

P = Probes()  # (class, text, note)
addall = P.addall


# ============================================================================= LEAK PROBES
addall(
    "lk_prose",
    [
        "Ambulant kontrol i Børnediabetesambulatoriet, Sygehus Sønderjylland Aabenraa. [Malthe] kommer med mor. Set af «overlæge» {Dorthe Mose Lange} og «diabetessygeplejerske» {Bo Fisker}.",
        "HbA1c er faldet fra 64 til 57 mmol/mol siden sidst. {Dorthe Mose Lange} er tilfreds med udviklingen og ændrer ikke pumpeindstillingerne.",
        "Mor oplyser, at [Malthe] har haft flere natlige hypoglykæmier. {Bo Fisker} har gennemgået CGM-data med mor og sænket basalraten kl. 02-05 med 10 %.",
        "Kostvejledning ved «klinisk diætist» {Karen Hjort}: gennemgang af kulhydrattælling ved skolemadpakke og SFO-eftermiddagsmad.",
        "[Malthe] fortæller selv {Dorthe} om fodboldtræningen og viser sin nye pumpeholder.",
        "Samtalen varetages af «diabetessygeplejerske» {Bo Fisker} sammen med mor; {Bo} har også gennemgået insulinpen som back-up ved pumpesvigt.",
        "Næste kontrol om 3 måneder hos {Mose Lange}.",
        "Telefonkonsultation: mor ringer om ketoner 1,2 ved feber. Rådgivet af «diabetessygeplejerske» {Fisker} om ekstra insulin og væske.",
        "Børne- og Ungdomspsykiatrien Aabenraa, ADHD-udredning. Første samtale med mor og [Malthe] ved «overlæge» {Selma Ekinci} og «sygeplejerske» {Maja Sommer}.",
        "{Ekinci} gennemgår henvisningen fra PPR og skolens beskrivelse af uro og koncentrationsbesvær i timerne.",
        "«Psykolog» {Ilham Qasim} har gennemført WISC-V over to sessioner; [Malthe] var træt efter 40 minutter og fik en pause med frugt og måling af blodsukker.",
        "Testresultaterne gennemgås ved tilbagemelding med «psykolog» {Qasim} i uge 47.",
        "{Maja Sommer} har udleveret ADHD-RS og SDQ til forældre og klasselærer; far i Flensborg får skemaet på tysk.",
        "{Selma Ekinci}«s» samlede vurdering er, at kriterierne for ADHD, kombineret type, er opfyldt.",
        "Mor har spurgt, om blodsukkersvingninger kan forklare uroen; {Selma Ekinci} har drøftet det med {Dorthe Mose Lange} fra børneafdelingen.",
        "PPR Aabenraa, pædagogisk-psykologisk vurdering. Observation i klassen ved «psykolog» {Ida Storm} den 3. oktober.",
        "«Talepædagog» {Leo Becker} har lavet sprogvurdering; ordforråd alderssvarende, let forsinket fonologisk opmærksomhed.",
        "Forældresamtale på skolen med «psykolog» {Storm}, klasselærer og mor.",
        "«Talepædagog» {Leo Becker} har mødt [Malthe] to gange. {Becker} anbefaler et forløb på 8 gange i læseklassen.",
        "Skolesundhedspleje, 3. klasse: «sundhedsplejerske» {Bente Tønder} har målt højde 134 cm og vægt 29,8 kg.",
        "«Sundhedsplejerske» {Tønder} deltager i netværksmødet på skolen den 20. november.",
        "Familieafdelingen, Aabenraa Kommune. Børnefaglig undersøgelse efter § 50 iværksat. Sagsbehandler: «socialrådgiver» {Hatice Ravn}.",
        "{Hatice Ravn} har haft samtale med [Malthe] alene på skolen; han fortæller, at han savner sin far og gerne vil spille fodbold i Flensburg.",
        "«Socialrådgiver» {Ravn} har indhentet udtalelser fra skole, PPR og Børneambulatoriet.",
        "{Hatice} vil holde møde med begge forældre; far deltager via Teams fra Flensburg.",
        "Den Kommunale Tandpleje, Aabenraa. Undersøgelse ved «tandlæge» {Oksana Kovalenko}: ingen caries, fissurforsegling af 6-årstænderne.",
        "Tandrensning og fluorlak ved «tandplejer» {Hodan Ali}.",
        "{Hodan} har vist [Malthe], hvordan han bruger tandtråd, og givet ham en timer med hjem.",
        "Akutmodtagelsen Aabenraa, 14.11. [Malthe] er faldet på en trampolin, smerter i venstre håndled. Undersøgt af «reservelæge» {Ewa Rutkowska}.",
        "Røntgen: distal radiusfraktur uden forskydning. {Rutkowska} har anlagt gipsskinne; kontrol i Ortopædkirurgisk Ambulatorium om 1 uge.",
        "«Sygeplejerske» {Liv Bonde-Schmidt} har målt blodsukker 11,8 ved ankomst og talt med mor om pumpen under røntgen.",
        "{Liv Bonde-Schmidt} har ringet til Børneambulatoriet og fået råd af {Bo Fisker} om at tage pumpen af under røntgen.",
        "Lægehuset Rødekro: «læge» {Kim Nissen} har set [Malthe] for ørebetændelse, penicillin i 7 dage.",
        "«Egen læge» {Nissen} har fornyet recept på insulin og sensorer.",
        "Før udskrivelsen har {Bonde-Schmidt} lavet en plan for blodsukkermåling, mens han har gips.",
        "{Ilham} bemærker, at [Malthe] arbejder bedre, når han får korte pauser og kan stå op.",
        "Tilbagemeldingen blev givet af {Selma} og {Ilham} til begge forældre; far var med på video.",
        "«Sundhedsplejersken», {Bente}, har aftalt at se [Malthe] igen efter jul.",
    ],
)

addall(
    "lk_short",
    [
        "tlf mor: nat-hypo 2,9 kl 03. 15 g druesukker. talt m. {bo fisker}, basal ned 10% kl 02-05.",
        "kontrol v/ {dorthe} og {bo f.}: hba1c 57, tir 68 %, ingen svære hypo. forts. uændret.",
        "«diætist» {karen h.}: kh-tælling ok, madpakke ca 45 g kh. mor vejer pasta 2 uger.",
        "bup 1. samtale: {selma} + {maja sommer}. mor + pt. ADHD-RS udleveret.",
        "wisc-v dag 1 v/ {ilham}. træt efter 40 min, bs 4,1 -- juice + pause. fortsætter tors.",
        "ppr: obs i klassen {ida storm} 3/10. uro ved overgange, god mundtligt.",
        "sprogvurd. {leo b.}: ordforråd ok, fonologi let forsinket.",
        "«sundhplj» {bente t}: h 134 / v 29,8. søvn dårlig efter weekender hos far.",
        "fam.afd: § 50 us. startet, «sagsbeh.» {hatice}. møde m. begge forældre 12/11 (far på teams).",
        "{hatice r.} tlf til skolen ang. fravær i okt.",
        "tandpl: {oksana} us., ingen caries. fissurforsegl. 6'ere.",
        "{hodan} tandrens + fluor. ny tid om 12 mdr.",
        "skadestue 14/11: fald fra trampolin, ve håndled. rtg: distal radiusfx u. forskydn. gips v/ {ewa r}.",
        "bs 11,8 ved ankomst ({liv b-s}). pumpe af under rtg, på igen kl 15.40.",
        "{liv} har ringet til børneamb. ang. pumpe under rtg.",
        "«egen læge» {kim n.}: otitis media ve., pc 7 dage.",
        "«dr.» {nissen} fornyer insulin + sensorer.",
        "{ekinci} ferie uge 42 - tilbagemelding flyttes til uge 44.",
        "{dorthe} og {selma} har talt sammen i tlf om bs vs. uro i timerne.",
        "{mose lange}: obs cøliaki-screening næste kontrol.",
        "pt. set af {dorthe ml} kl 10.20. vægt 29,8, højde 134.",
        "{fisker} («diabetessygepl.») har mailet pumpe-rapport til mor.",
        "aftalt m. {karen} («diætist»): fast morgenmad, 30 g kh.",
        "«psyk.» {qasim}: test afbrudt 2x pga lavt bs.",
        "{selma e} ordinerer ikke med. før skolen har prøvet tiltag.",
        "beh. {rutkowska}: gips 4 uger, kontrol ortopæd.",
        "tlf. {hatice} 9.40 - mor aflyser mødet pga syg lillebror.",
        "«talepæd.» {becker} har sendt øvelser hjem.",
        "{bente} «sundhpl.» + klasselærer: møde om madpakker 1/12.",
        "«ol.» {dorthe}: hypo-alarm hæves til 4,2 om natten.",
        "{bo} (børnediabetes) ringede 16.05, mor ikke hjemme, lagt besked.",
        "{ida s.} ppr: anbefaler støtte i dansk + pauser.",
        "{maja} («bup-sygepl.») har sendt ny tid til tilbagemelding.",
        "{ewa} («reservelæge», akut) har informeret mor om gips og kløe.",
    ],
)

addall(
    "lk_forms",
    [
        "Behandler: {Dorthe Mose Lange}\nAfdeling: Børnediabetesambulatoriet, Aabenraa\nKontakttype: Ambulant besøg",
        "Kontaktperson: {Bo Fisker}, «diabetessygeplejerske»\nTelefon: 7997 0000 (hverdage 8-9)",
        "Ansvarlig «diætist»: {Karen Hjort}\nNæste tid: 19.09.2024 kl. 14.15",
        "Ansvarlig «læge»: {Selma Ekinci}\nPrimær behandler: {Maja Sommer}\nHenvist af: {Kim Nissen}",
        "Testansvarlig: {Ilham Qasim}\nTest: WISC-V, Conners 3 (forældre og lærer)",
        "«Psykolog»: {Ida Storm}\n«Talepædagog»: {Leo Becker}\nSkole: Rødekro Skole, 3.b",
        "«Sagsbehandler»: {Hatice Ravn}\nParagraf: § 50, børnefaglig undersøgelse\nFrist: 4 måneder",
        "«Tandlæge»: {Oksana Kovalenko}\n«Tandplejer»: {Hodan Ali}\nKlinik: Tandplejen Rødekro",
        "Undersøgende «læge»: {Ewa Rutkowska}\nTriage: grøn\nBS ved ankomst: 11,8 mmol/l",
        "«Sygeplejerske»: {Liv Bonde-Schmidt}\nSmertescore: 4\nParacetamol givet: 500 mg",
        "«Sundhedsplejerske»: {Bente Tønder}\nHøjde: 134 cm\nVægt: 29,8 kg\nBT: 102/64",
        "Deltagere: mor [Karina Lorenzen], {Hatice Ravn}, {Ida Storm}, klasselærer [Anette Bonde]\nReferent: {Hatice Ravn}",
        "Navn: [Malthe Lorenzen Becker]\nCPR: 120615-xxxx\n«Læge»: {Kim Nissen}",
        "Behandler: {DM}\nDiagnose: DE10.9 Type 1-diabetes",
        "Kontaktperson: {BF}\nNæste kontakt: telefonisk 2 uger",
        "«Psykolog»: {IQ}\nTest: WISC-V",
        "«Sagsbehandler»: {HR}\nModtaget: underretning fra skolen 02.10",
        "«Tandlæge»: {OK}\nFund: ingen caries",
        "«Læge»: {ER}\nRøntgen: ja\nGips: dorsal gipsskinne",
        "«Sygepl.»: {BS}\nBS: 11,8",
        "«Sundhedsplejerske»: {BT}\nBT: 102/64",
        "Ansvarlig: {SE}\nSe også: notat fra PPR",
        "Henvisende: {Ida Storm}, PPR Aabenraa\nÅrsag: mistanke om ADHD",
        "Besvaret af: {Karen Hjort}\nSpørgsmål: Hvor mange KH i en kugle is?",
        "Kopi til: {Kim Nissen}, Lægehuset Rødekro; {Bente Tønder}, Sundhedsplejen",
    ],
)

addall(
    "lk_tables",
    [
        "Dato | Tid | Behandler | Ydelse\n12.09 | 10:00 | {Bo Fisker} | pumpeopstart\n19.09 | 14:15 | {Karen Hjort} | kostvejledning\n26.09 | 09:30 | [Lars Fisker] | blodprøver",
        "Uge | Kontakt | Hvem\n38 | 1. samtale | {Selma Ekinci}\n40 | WISC-V | {Ilham Qasim}\n42 | skoleobs | {Maja Sommer}",
        "Dato | BS | KH | Bolus | Sign\n03.10 | 6,2 | 45 | 3,8 | {BF}\n04.10 | 9,1 | 50 | 4,4 | {BF}",
        "Tid | Handling | Sign.\n14:20 | triage, BS 11,8 | {BS}\n14:45 | rtg. håndled | [BC]\n15:30 | gips | {ER}",
        "Fag | Navn | Telefon\n«Psykolog» | {Ida Storm} | 7376 0000\n«Talepædagog» | {Leo Becker} | 7376 0001\nSekretær | [Ida Lund] | 7376 0002",
        "| Dato | Behandler | Bemærkning |\n| 02.09 | {Bente Tønder} | indskoling, ok |\n| 11.11 | [Karen Lorenzen] | vaccination |",
        "Medlem | Rolle\n{Hatice Ravn} | «socialrådgiver»\n[Kim Ravn] | sekretær\n[Peter Nissen] | leder PPR",
        "Tand | Fund | Beh. | Sign\n16 | fissur | forsegl. | {OK}\n26 | fissur | forsegl. | {OK}\n36 | - | fluor | {HA}",
        "Kl. | Målt af | BS\n10:05 | {dort} | 7,4\n11:30 | {bofi} | 5,9",
        "Navn | Initialer | Stilling\n{Dorthe Mose Lange} | {DM} | «overlæge»\n[Anne Lange] | [AL] | lægesekretær",
        "Møde | Deltager | Fremmøde\n20.11 | {Bente Tønder} | ja\n20.11 | {Ida Storm} | ja\n20.11 | [Anette Bonde] | ja\n20.11 | [Dirk Becker] | Teams",
        "recept | dato | udsteder\nFiasp | 01.10 | {Kim Nissen}\nDexcom G7 | 01.10 | {Dorthe Mose Lange}\nMelatonin | 15.01 | {Selma Ekinci}",
        "ugedag | morgen | frokost | aften | ansv.\nman | 30 g | 45 g | 60 g | {KH}\ntirs | 30 g | 45 g | 55 g | {KH}",
        "Hypo-plan | Ansvarlig\nSkole | klasselærer [Anette Bonde]\nSFO | [Tom Jessen]\nFodbold | træner [Bent Carstensen]\nRådgivning | {Bo Fisker}",
        "dato|hvem|hvad\n14/11|{ewa r.}|rtg + gips\n21/11|[leo jürgensen]|kontrol, ok\n12/12|[nikolaj storm]|gips af",
        "Testdel | Indeks | Testet af\nVerbal forståelse | 102 | {IQ}\nArbejdshukommelse | 84 | {IQ}",
        "Telefontid | Navn\nman-fre 8-9 | {Bo Fisker}\nman-ons 12-13 | {Karen Hjort}",
        "| Sags-id | Sagsbehandler | Status |\n| 2024-4471 | {Hatice Ravn} | § 50 i gang |",
        "Vaccination | Dato | Givet af\nHPV | - | -\nMFR 2 | 2019 | [Karen Lorenzen]\nDi-Te-Ki-Pol | 2020 | {Bente Tønder}",
        "kontakt|bruger|tid\nopslag|{seek}|09:12\nopslag|{ilqa}|09:40\nopslag|{maso}|10:05",
    ],
)

addall(
    "lk_lists",
    [
        "Deltagere i netværksmødet 20.11:\n- mor [Karina Lorenzen]\n- far [Dirk Becker] (Teams)\n- {Hatice Ravn}, Familieafdelingen\n- {Ida Storm}, PPR\n- {Bente Tønder}, sundhedsplejen\n- [Anette Bonde], klasselærer",
        "Dit behandlerteam i Børnediabetes:\n* «Overlæge» {Dorthe Mose Lange}\n* «Diabetessygeplejerske» {Bo Fisker}\n* «Klinisk diætist» {Karen Hjort}\n* Lægesekretær [Anne Lange]",
        "Teamet i BUP:\n1. {Selma Ekinci}, «overlæge»\n2. {Ilham Qasim}, «psykolog»\n3. {Maja Sommer}, «sygeplejerske»\n4. [Hanne Tønder], sekretær",
        "Vagtliste akut 14.11 dag: {Ewa Rutkowska} («læge»), {Liv Bonde-Schmidt} («spl.»), [Ewa Nowak] (spl.), [Nikolaj Storm] (gips).",
        "Ferie:\n- {Bo} (Børnediabetes) uge 29-31\n- {Karen} («diætist») uge 30-32\n- {Dorthe} uge 28-30",
        "Kontaktpersoner for [Malthe]: {HR} (kommunen), {IS} (PPR), {BT} (sundhedspleje)",
        "Opgaver efter mødet:\n- {Ida Storm}: skriftlig PPV\n- {Leo Becker}: læseforløb\n- {Hatice Ravn}: samtale med far\n- mor: søge tabt arbejdsfortjeneste",
        "Tilmeldt forældrekursus i børnediabetes: [Karina Lorenzen], [Bo Sommer]. Undervisere: {Bo Fisker}, {Karen Hjort}.",
        "Underskrivere:\n{Dorthe Mose Lange}, «overlæge»\n{Selma Ekinci}, «overlæge»",
        "Kopimodtagere: «egen læge» {Kim Nissen}; PPR v/ {Ida Storm}; «sundhedsplejerske» {Bente Tønder}.",
        "Behandlere i år: {dorthe}, {bo}, {karen} (børnediabetes); {selma}, {ilham}, {maja} (bup); {ida}, {leo} (ppr)",
        "Telefonliste til skolen:\n• Børnediabetes: {Bo Fisker} 7997 0000\n• Mor: [Karina] 2222 0000\n• Far: [Dirk] +49 461 000000",
        "Rota tandpleje Rødekro uge 45: man {OK}, tirs {HA}, ons {OK}+{HA}, tors [MH].",
        "Til stede ved tilbagemelding: {Selma Ekinci}, {Ilham Qasim}, mor, far (video), [Malthe] (sidste 10 min).",
        "Netværk omkring [Malthe]: klasselærer [Anette Bonde], SFO-pædagog [Tom Jessen], træner [Bent Carstensen], «PPR-psykolog» {Ida Storm}, «sundhedsplejerske» {Bente Tønder}",
        "Sendt til: {Hatice Ravn}; {Ida Storm}; {Leo Becker}; [Peter Nissen]",
        "Personale i akutmodtagelsen, som har set dig: {Ewa Rutkowska}, {Liv Bonde-Schmidt}, [Bo Carstensen] (røntgen).",
        "Medvirkende: {Dorthe Mose Lange} - {Bo Fisker} - {Karen Hjort}",
    ],
)

addall(
    "lk_sign",
    [
        "Vi ses til kontrol i december.\n\nVenlig hilsen\n{Bo Fisker}\n«Diabetessygeplejerske», Børnediabetesambulatoriet",
        "Med venlig hilsen\n{Dorthe Mose Lange}\n«Overlæge», Børne- og Ungeafdelingen, Sygehus Sønderjylland",
        "Venlig hilsen {Selma Ekinci}, «overlæge», Børne- og Ungdomspsykiatrien Aabenraa",
        "Bedste hilsner\n{Ilham Qasim}\n«Psykolog», cand.psych.",
        "Mvh\n{Maja}\n«Sygeplejerske», BUP Aabenraa",
        "Med venlig hilsen\n{Ida Storm}\n«Psykolog», PPR Aabenraa Kommune",
        "Hilsen {Leo}, «talepædagog», PPR",
        "Venlig hilsen\n{Hatice Ravn}\n«Socialrådgiver», Familieafdelingen, Aabenraa Kommune\nTlf. 7376 0000",
        "Mvh {Hodan}, «tandplejer»",
        "Notat skrevet af «reservelæge» {Ewa Rutkowska}, Akutmodtagelsen.",
        "/{DM}",
        "sign. {BF}",
        "Mvh {KH}",
        "Notat v/ {SE} 14.10.2024",
        "-- {IQ}",
        "sign. {MS} 10:15",
        "/{BT} sundhedsplejen",
        "Mvh {IS}, PPR",
        "v/ {LB}",
        "sign. {HR} 02.10.24",
        "Hilsen {OK}",
        "/{HA}",
        "sign. {ER} 14.11 15:35",
        "Dok. af {BS} kl. 14:22",
        "Mvh {KN}",
        "Kh {Bente}",
        "Mange hilsner {Bo} fra Børnediabetes 😊",
        "Mvh. {Selma}",
        "Hilsen {Hatice} («socialrådgiver»)",
        "Med venlig hilsen / Mit freundlichen Grüßen\n{Dorthe Mose Lange}, «Oberärztin»",
    ],
)

addall(
    "lk_dict",
    [
        "Diktat indtalt 12.09.2024, skrevet 13.09.2024. {DM}/[al]",
        "{SE}/[ht]",
        "{DM}/[al] 03.10",
        "Epikrise: distal radiusfraktur, gips 4 uger. {ER}/[en]",
        "PPV afsluttet. {IS}/[il]",
        "Referat godkendt. {HR}/[kr]",
        "Dikt. {SE}/[ht] 15.10.24 - ej gennemlæst",
        "Svar på henvisning. {IQ}/[ht]",
        "{DM}/[AL] - kopi egen læge",
        "Notat dikteret af {Dorthe Mose Lange} ({DM}), skrevet af [Anne Lange] ([AL]).",
        "{LB}/[il] 21.11",
        "{ER}/[en] 14.11.2024 16:02",
        "Ambulant notat. Dikteret: {SE}. Skrevet: [HT].",
        "ref.: {HR}/[kr]",
        "{dm}/[al]",
    ],
)

addall(
    "lk_log",
    [
        "12.09.2024 14:32 | {Dorthe Mose Lange} | «Overlæge» | Børnediabetesambulatoriet, Aabenraa | Journalnotat læst",
        "12.09.2024 14:40 | {Bo Fisker} | «Diabetessygeplejerske» | Børnediabetesambulatoriet | Medicinoversigt ændret",
        "19.09.2024 14:15 | {Karen Hjort} | «Klinisk diætist» | Børne- og Ungeafdelingen | Notat oprettet",
        "2024-10-16 10:05:19 {maso} LÆS henvisning",
        "2024-10-03 11:02 {idas} PPR Aabenraa opslag i elevsag",
        "2024-10-21 13:30 {lebe} PPR Aabenraa opslag i elevsag",
        "DUBU 2024-10-02 08:57 {hara} Sag åbnet: underretning",
        "2024-11-14T14:21:07 {libs} Akutmodtagelsen LÆS",
        "2024-11-14T14:33:50 {ewru} Akutmodtagelsen ORDINER rtg",
        "2024-11-14T14:45:12 [boca] Røntgen Aabenraa BILLEDE OPRET",
        "Tandplejen 2024-09-24 {okko} journal åbnet; {hoal} journal åbnet",
        "2024-09-02 10:11 bruger {bent} (sundhedspleje) - åbnet: Skolesundhedsjournal",
        "2024-12-01 20:14 | [Karina Lorenzen] (fuldmagt for [Malthe]) | sundhed.dk | Journal læst",
        "Hvem: {Selma Ekinci}\nOrganisation: Region Syddanmark, BUP Aabenraa\nHvornår: 15.10.2024 08:51\nHvad: Opslag i Fælles Medicinkort",
        "Hvem: {Kim Nissen}\nOrganisation: Lægehuset Rødekro\nHvornår: 02.10.2024 11:20\nHvad: Opslag i laboratoriesvar",
        "15.01.2025 08:03 - {dort} - opslag - Børneambulatoriet",
        "15.01.2025 08:05 - {bofi} - opslag - Børneambulatoriet",
        "Opslag i dine data: {Hatice Ravn}, Aabenraa Kommune, 12.11.2024 kl. 10:44 (sagsbehandling)",
        "Opslag i dine data: [Omar Qasim], Lægehuset Rødekro, 05.01.2025 kl. 09:30 (recept)",
        "2024-11-14 15:40 {Ewa Rutkowska} ({ER}) AKUT - notat underskrevet",
        "2024-11-14 15:41 {Liv Bonde-Schmidt} ({BS}) AKUT - observation gemt",
        "FMK-log: 01.10.2024 - recept oprettet af {Kim Nissen} ({kini}) - Fiasp",
        "FMK-log: 05.10.2024 - recept ekspederet af [Maja Schmidt] (Rødekro Apotek)",
        "2025-02-03 12:00:01 | {maso} | BUP | læst: skoleudtalelse",
        "2024-10-12 | Familieafdelingen | {Hatice Ravn} | læst: PPR-udtalelse ({Ida Storm})",
        "Adgangslog: 09.10.2024 13:13 {kini} Lægehuset Rødekro - Dokumenter",
    ],
)

addall(
    "lk_sms",
    [
        "Hej Karina 😊 Husk Malthes tid hos «diætist» {Karen} tirsdag kl 14.15. Mvh {Bo}, Børnediabetes Aabenraa",
        "Påmindelse: [Malthe] har tid hos «tandlæge» {Oksana Kovalenko} 24.09 kl 08.30, Tandplejen Rødekro. Afbud: 7376 0000",
        "SMS fra Børne- og Ungdomspsykiatrien: Tid til tilbagemelding hos {Selma Ekinci} og {Ilham Qasim} 11.11 kl 13.00.",
        "Hej mor til [Malthe]. {Bente} («sundhedsplejerske») her - jeg har desværre fået forfald i morgen. Ny tid følger.",
        "Hej Karina. Jeg har lagt en besked i e-Boks om mødet den 20. Mvh {Hatice} («socialrådgiver»)",
        "Hej {Bo}, bs har ligget 15-18 hele dagen trods ekstra bolus. Skal vi skifte sæt? Kh Karina (svar til Børnediabetes)",
        "Kære Karina, {Ida} fra PPR. Kan vi flytte observationen til torsdag? Hilsen {Ida Storm}",
        "Akutmodtagelsen Aabenraa: Din søn [Malthe] er tilset af «reservelæge» {Ewa Rutkowska}. Kontrol i ortopædkirurgisk ambulatorium 21.11 kl 10.",
        "Tandplejen: Husk tandtråd hver aften 🦷 Hilsen {Hodan}, «tandplejer»",
        "Hej. Det er {Maja} fra BUP. Vi mangler stadig skemaet fra [Malthes] far. Kan du minde ham om det? Mvh {Maja Sommer}",
        "Hej Karina, vil du sende CGM-data før kontrollen? /{Bo F.}",
        "«Talepædagog» {Leo} her. Øvelserne ligger i tasken. Hilsen {Leo Becker}",
        "Dorthe Mose Lange er syg i dag - din tid 3.12 er aflyst.".replace(
            "Dorthe Mose Lange", "{Dorthe Mose Lange}"
        ),
        "Til: Børnediabetes Aabenraa\nok tak {bo} 👍 vi prøver det i nat. kh karina",
        "Husk: gips må ikke blive våd. Ring til Akutmodtagelsen ved kulde i fingrene. /{Liv}, «sygepl.»",
        "Hej Karina, {Karen} her (diætisten). Kuglen is på fødselsdagen er ca. 20 g KH. Kh {Karen}",
        "Hej {Hatice}. Far kan ikke komme d. 20, han arbejder i Kiel. Kan vi tage Teams? Karina",
        "hej {ilham}, malthe vil ikke med til test nr 2 i dag, han har ondt i maven. mvh karina",
        "Hej Karina. {Selma} har fornyet melatonin-recepten. Mvh [Hanne Tønder], sekretær BUP",
        "Tak for i dag! Husk at sende billederne af madpakken til «diætist» {Karen}. Mvh {Bo} fra børnediabetes",
        "{Oksana} («tandlægen») siger det er ok at Malthe spiser druesukker om natten, bare han skyller munden. /[Mette Hjort], klinikassistent",
        "Hej Karina, har du hørt fra {Hatice Ravn}? Jeg har ikke fået indkaldelsen. Mvh Dirk (far)",
    ],
)

addall(
    "lk_mail",
    [
        "Fra: {Bo Fisker} ({bo.fisker}@«rsyd.dk»)\nTil: Karina Lorenzen\nEmne: Malthes basalrate\n\nHej Karina\nJeg har sænket basalraten om natten. Ring hvis BS under 4.\nMvh {Bo}",
        "From: {Dorthe Mose Lange}\nSent: 3 December 2024 09:14\nTo: Dirk Becker\nSubject: Malthe - diabetes control\n\nDear Mr Becker, Malthe's HbA1c is 57 mmol/mol.",
        "Fra: {karen.hjort}@«rsyd.dk»\nEmne: SV: KH i SFO-mad\n\nHej Karina, jeg har regnet på SFO'ens menu. Mvh {Karen Hjort}",
        "Til: {selma.ekinci}@«rsyd.dk»\nCc: {maja.sommer}@«rsyd.dk»\nEmne: Skema fra far\n\nHej, her er skemaet udfyldt af [Dirk]. Mvh Karina",
        "Fra: {Hatice Ravn} ({hara}@«aabenraa.dk»)\nSendt: 4. november 2024 13:02\nEmne: Indkaldelse til netværksmøde",
        "Emne: Sprogøvelser\nFra: {lebe}@«aabenraa.dk»\n\nKære forældre\nHer er ugens øvelser. Hilsen {Leo Becker}, «talepædagog»",
        "Fra: {Ilham Qasim}\nTil: Karina Lorenzen; Dirk Becker\nEmne: Tilbagemelding på testning\n\nKære begge. Vedhæftet er rapporten. Venlig hilsen {Ilham}",
        "-----Oprindelig meddelelse-----\nFra: Karina Lorenzen\nTil: {Bente Tønder}\nEmne: Søvn\nHej {Bente}, Malthe sover stadig dårligt efter weekenderne hos far.",
        "Sikker post fra Lægehuset Rødekro\nAfsender: {Kim Nissen}\nEmne: Svar på blodprøver\n\nKære Karina. Blodprøverne er fine. Mvh {Kim}",
        "Fra: Akutmodtagelsen Aabenraa\nVedr.: [Malthe Lorenzen Becker]\nBehandlende «læge»: {Ewa Rutkowska}\nSygeplejerske: {Liv Bonde-Schmidt}",
        "Fra: {okko}@«aabenraa.dk»\nEmne: Tilladelse til fissurforsegling\nSvar venligst OK eller nej. /{Oksana}",
        "Fra: Karina Lorenzen\nTil: {Hodan Ali}\nEmne: Flyt tid\nHej {Hodan}, kan Malthe komme kl 8 i stedet?",
        "Emne: VS: Melatonin\nFra: {Selma Ekinci}\nTil: {Kim Nissen}\n\nKære {Kim}, BUP overtager ordinationen af melatonin. Hilsen {Selma}",
        "Til: {maja.sommer}@«rsyd.dk»\nHej {Maja}\nTak for mødet. Malthes far spørger, om skemaet også findes på tysk.\nMvh Karina\n\n-- \nSendt fra min iPhone",
        "Fra: {Bo Fisker}\nTil: Karina Lorenzen\nCc: {Dorthe Mose Lange}; [Anne Lange]\nEmne: Pumpe-rapport uge 40",
        "Fra: Karina Lorenzen\nTil: {Ida Storm}\nCc: [Anette Bonde]\nEmne: Observation i 3.b\n\nHej {Ida}, Anette siger torsdag passer fint.",
        "Afsender: {Hatice Ravn}, Familieafdelingen\nModtager: Dirk Becker, Flensburg\nEmne: Einladung / indkaldelse",
        "Fra: {dorthe.mose.lange}@«rsyd.dk»\nTil: {selma.ekinci}@«rsyd.dk»\nEmne: Malthe - BS og uro\n\nKære {Selma}, CGM viser ingen sammenhæng med uroen i timerne. Mvh {Dorthe}",
        "Fra: {ewa.rutkowska}@«rsyd.dk»\nTil: [Leo Jürgensen]\nEmne: Malthe L. B. - radiusfraktur, kontrol?",
        "Fra: {liv.bonde-schmidt}@«rsyd.dk»\nEmne: Pumpe og røntgen - tak for hjælpen, <Bo>!",
        "Fra: {idas}@«aabenraa.dk»\nEmne: Referat fra mødet 20.11",
        "Fra: {kim.nissen}@«dadlnet.dk»\nTil: {ida.storm}@«aabenraa.dk»\nEmne: Henvisning BUP",
    ],
)

addall(
    "lk_html",
    [
        "&lt;p&gt;Kære Karina&lt;/p&gt;&lt;p&gt;Malthes nye KH-ratio er 1:12.&lt;/p&gt;&lt;p&gt;Venlig hilsen&lt;br&gt;{Karen Hjort}&lt;br&gt;«Klinisk diætist»&lt;/p&gt;",
        "&lt;td&gt;{Bo Fisker}&lt;/td&gt;&lt;td&gt;«Diabetessygeplejerske»&lt;/td&gt;",
        "&lt;b&gt;Behandler:&lt;/b&gt; {Dorthe}«&amp;nbsp;»{Mose}«&amp;nbsp;»{Lange}",
        "{Dorthe}«&nbsp;»{Mose}«&nbsp;»{Lange}, «overlæge»",
        "&lt;p&gt;Mvh {Bente T&oslash;nder}, «sundhedsplejerske»&lt;/p&gt;",
        '&lt;div class="sign"&gt;{Selma Ekinci}&lt;/div&gt;',
        "«Sagsbehandler:&nbsp;»{Hatice Ravn}&lt;br/&gt;Familieafdelingen",
        "&lt;li&gt;{Ida Storm} (PPR)&lt;/li&gt;&lt;li&gt;{Leo Becker} (PPR)&lt;/li&gt;&lt;li&gt;[Peter Nissen] (leder)&lt;/li&gt;",
        "&lt;p&gt;Tilset af {Ewa Rutkowska} &amp;amp; {Liv Bonde-Schmidt}&lt;/p&gt;",
        '&lt;a href="mailto:{bo.fisker}@«rsyd.dk»"&gt;{Bo Fisker}&lt;/a&gt;',
        "&lt;span&gt;«Tandl&aelig;ge» {Oksana Kovalenko}&lt;/span&gt;",
        "&quot;Vi ses i uge 47&quot; - {Ilham Qasim}",
        "&lt;p&gt;Hej {Maja}&amp;nbsp;&lt;/p&gt;&lt;p&gt;Skemaet til BUP er sendt.&lt;/p&gt;",
        "Sign.: {Kim Nissen}&lt;br&gt;L&aelig;gehuset R&oslash;dekro",
        "&lt;tr&gt;&lt;td&gt;Sign.&lt;/td&gt;&lt;td&gt;{DM}&lt;/td&gt;&lt;/tr&gt;",
    ],
)

addall(
    "lk_en_de",
    [
        "Dear Mr Becker, Malthe was seen today by «Dr» {Dorthe Mose Lange} and «diabetes nurse» {Bo Fisker}.",
        "Malthe had a hypo at school (BS 2.8). {Bo} from the diabetes clinic called me back within 10 minutes.",
        "The «dietitian», {Karen Hjort}, recommends weighing carbohydrates for two weeks.",
        "Please contact «Dr» {Ekinci} if the sleep problems continue.",
        "Assessment by «psychologist» {Ilham Qasim}: WISC-V full-scale index not interpretable due to uneven profile.",
        "Sehr geehrter Herr Becker, Malthe ist heute von «Frau Dr.» {Ekinci} untersucht worden.",
        "Die Diabetesschwester hat gewechselt: Ihr Ansprechpartner ist jetzt «Herr» {Fisker} («Diabetesberater»).",
        "«Frau» {Dorthe Mose Lange} hat die Basalrate nachts gesenkt.",
        "«Psychologin» {Ida Storm} kommt am Donnerstag in die Klasse.",
        "Der Termin bei «Frau» {Hatice Ravn} (Jugendamt Aabenraa) ist am 20.11. um 14 Uhr.",
        "Die «Zahnärztin», {Oksana Kovalenko}, sagt: keine Karies.",
        "Gips am linken Handgelenk, angelegt von «Frau Dr.» {Rutkowska}.",
        "Liebe «Frau» {Tønder} («Gesundheitspflegerin»), Malthe schläft bei mir in Flensburg gut. Gruß, Dirk",
        "Hallo {Bo}, ich bin der Vater von Malthe (Diabetesambulanz Aabenraa). Können Sie mir die Pumpendaten schicken?",
        "Report sent to the father by {Selma Ekinci}, «consultant», Child and Adolescent Psychiatry.",
        "Note: The «speech therapist», {Leo Becker}, is not related to the father.",
        "Treated in the ER by «Dr» {Ewa Rutkowska};  «nurse» {Liv Bonde-Schmidt} checked blood glucose.",
        "Thanks {Karen}! He loved the pizza recipe. /Karina (to the dietitian)",
        "Vielen Dank, «Frau» {Hatice Ravn}, für das Gespräch.",
        "Der «Hausarzt», «Herr Dr.» {Nissen}, hat Penicillin verschrieben.",
        "Signed: {DM}, «consultant»",
        "Unterschrift: {SE}",
    ],
)

addall(
    "lk_typo",
    [
        "«Overlæge» {Dorte Mose Lange} har set [Malthe].",
        "«Diætist» {Karen Hjorth} har lavet kostplan.",
        "«Psykolog» {Ilham Qassim} tester i uge 40.",
        "«Tandlæge» {Oksana Kovalenco} har forseglet tænderne.",
        "«Reservelæge» {Ewa Rutkowski} har anlagt gips.",
        "«Socialrådgiver» {Hatice Raven} indkalder til møde.",
        "«Sundhedsplejerske» {Bente Tønner} målte højde og vægt.",
        "«Sygeplejerske» {Maja Somer} har sendt skemaerne.",
        "«Talepædagog» {Leo Bekker} har sendt øvelser.",
        "«Diabetessygeplejerske» {Bo Fiskr} har justeret basal.",
        "«Læge» {Kim Nisen} har fornyet recepten.",
        "«Overlæge» {Selma Ekinçi} har skrevet epikrise.",
        "«Psykolog» {Ida Strom} observerede i klassen.",
        "«Overlæge» {Dorthe Mose Lage} ordinerede sensorer.",
        "«Sygeplejerske» {Liv Bonde-Smidt} har målt BS.",
        "«Tandplejer» {Hodan Aly} har renset tænder.",
    ],
)

addall(
    "lk_initials",
    [
        "Pumpeindstillinger ændret af {BF} 03.10 kl 11.",
        "Insulin-kulhydrat-ratio ændret til 1:12 efter aftale med {KH}.",
        "ADHD-RS scoret af {MS}, gennemgået med {SE}.",
        "WISC-V administreret af {IQ} 08.10 og 10.10.",
        "Gips anlagt af {ER}, kontrolleret af {BS} kl 15.50.",
        "Ifølge {DM} kan [Malthe] godt deltage i lejrskole med pumpe.",
        "Underretning modtaget og vurderet af {HR} inden for 24 timer.",
        "Tandundersøgelse: <OK>. Tandrens: {HA}.",
        "PPV skrevet af {IS}, læsevurdering af {LB}.",
        "Recept fornyet af {KN}.",
        "kl 10.20 {dm}: pumpe ok. kl 10.40 {bf}: nyt sæt.",
        "14:22 {bs} BS 11,8 / 14:35 {er} tilset",
        "opfølgning v/ {kh} om 3 mdr",
        "aftalt m. {se}: ingen med. før jul",
        "tlf {hr} 10.44: far informeret",
        "Ansv.: {DM} / {BF} / {KH}",
        "{IS} og {LB} deltager fra PPR.",
        "Set af {OK} («tandlæge») og {HA} («tandplejer»).",
        "{ER}: rtg viser distal radiusfraktur.",
    ],
)

# ============================================================================= OVER-HIDE TRAPS
addall(
    "ow_words",
    [
        "[Malthe] vil gerne [bo] hos far i Flensborg i [sommerferien].",
        "Morfar var [fisker] i Nordborg i 40 år.",
        "Han tegnede en [hjort] og en [ravn] i billedkunst.",
        "[Stormen] i oktober aflyste fodboldtræningen.",
        "[Lange] skoledage gør ham træt om eftermiddagen.",
        "[Mosen] bag skolen er klassens naturprojekt i [sommer].",
        "[Pumpen] er [tom] for insulin - nyt reservoir sat i.",
        "Faste fra midnat: [tom] mave før narkosen.",
        "Han har haft mange overgange i sit [liv] det seneste år.",
        "Han er [livlig] og glad, men har svært ved at sidde stille.",
        "Julefest i SFO: [nissen] kom med risengrød og pebernødder.",
        "Han har fået en [krog] til skoletasken i klassen.",
        "Det lagde [kimen] til et godt samarbejde med skolen.",
        "Klassen besøgte en [bondegård] ved Kliplev.",
        "Mormor har sat [tønder] op til regnvand i haven.",
        "Det var en [storm] af følelser, da far kørte hjem.",
        "[Bo] du stadig på [Mosevej] 4, Rødekro?",
        "Han vil gerne [bo] i en [lund] ved søen, skriver han i sin stil.",
        "[Sommeren] var præget af mange hypoglykæmier pga. varme.",
        "Han fik en [hjortefilet] til jul og talte selv kulhydrater: 0 g.",
        "[Ravnene] på skolegården gør ham bange.",
        "Han har det bedst i [sommer]halvåret.",
        "[Ravnsbjerg] er skolens lejrskolested.",
        "Tåler ikke [livremmen] stramt - pumpen sidder på [livet].",
        "[Bo]- og opholdssted er ikke aktuelt.",
        "Drengen er i [storform] til fodbold.",
        "[Sommertid]: husk at stille pumpens ur.",
        "[Fiskefrikadeller] med remoulade: 20 g KH.",
        "Han har [liv] i kroppen og brug for at bevæge sig.",
        "Familien [bor] i Rødekro, far [bor] i Flensburg.",
        "Han kalder sin pumpe '[Nissen]', fordi den er rød.",
        "[Kims] leg i klassen: huske 20 ting.",
        "Tager [lang] tid om lektier, [tom] for energi efter skole.",
        "Han har [tømt] sin madkasse og er [tom] i maven kl 10.",
        "Vi har talt om [liv] og død, fordi oldefar døde.",
        "[Ravn] (fugl) tegnet i naturfag - se bilag.",
        "Hunden hedder [Storm] og er en labrador.",
        "[Lange] bukser dækker pumpen.",
    ],
)

addall(
    "ow_abbrev",
    [
        "[BS] 3,1 kl 03, druesukker givet, [BS] 5,8 efter 15 min.",
        "Diagnose: [DM] type 1 (DE10.9), debut 2021.",
        "Ingen anden [DM] i familien; morfar har type 2.",
        "Storesøster [Ida] skal til [DM] i svømning i Odense.",
        "[KH]-tælling: 45 g [KH] til frokost, 60 g til aften.",
        "Tak for hjælpen! [kh] Karina",
        "[Kh] mor",
        "[BT] 104/62, puls 88.",
        "[HR] 96 i hvile (Apple Watch viser [HR]).",
        "Mors arbejdsgiver har sendt papirerne fra [HR]-afdelingen.",
        "[IQ]-profil ujævn; samlet [IQ] ikke meningsfuld at angive.",
        "Rødekro Apotek, [SE]-nr. 12345678.",
        "[Se] vedhæftede skema.",
        "Mor skal [se] på CGM-kurven hver morgen.",
        "[OK] at han spiller fodbold med skinne? - ja.",
        "Alt [ok] ved tandundersøgelsen.",
        "[Er] gipsen for stram, skal han komme ind.",
        "Han [er] glad for sin lærer.",
        "Malthe [er] 9 år og går i 3.b.",
        "[Ha] en god weekend!",
        "[Ha] ha, han var stolt af sin tegning.",
        "Morfar har [MS] og bruger kørestol.",
        "Pumpen svarer efter 200 [ms].",
        "[Is] efter fodbold: ca. 20 g [KH] pr. kugle.",
        "Han må gerne få en [is] til fødselsdagen, bolus først.",
        "Dexcom-appen var sat til [lb] og mg/dL - ændret til kg og mmol/l.",
        "[DM]-ambulatoriet ringer ved forsinkelse.",
        "[IQ] 94 i verbal forståelse, se rapport.",
        "[HR]: 112 under fodbold (pulsur).",
        "[OK], vi ses fredag. Mvh Karina",
        "He had an [ER] visit in Flensburg last summer (concussion).",
        "[SE] NEDENFOR.",
        "[BS]-måling før og efter idræt anbefales.",
        "Aftale: [Se] Malthe igen om 3 mdr.",
        "Ordinationen [er] sendt til apoteket.",
        "[MS]-patienter i familien: morfar.",
        "[IS] og slik til fødselsdagen - husk bolus!",
        "Kost: [ha] altid druesukker med.",
    ],
)

addall(
    "ow_usernames",
    [
        "Ich [lebe] seit 2019 in Flensburg.",
        "Wir waren [dort] am Wochenende.",
        "Please [seek] medical attention if ketones are above 1.5.",
        "[Idas] skole ligger i Aabenraa.",
        "He says he [bent] his wrist backwards when he fell.",
        "Fodboldtræner [Bent] Carstensen kender til hypo-planen.".replace(
            "[Bent] Carstensen", "[Bent Carstensen]"
        ),
        "[Bent] fra fodbold har givet ham druesukker.",
        "[Idas] veninde har også diabetes.",
        "Er ist [dort] gut aufgehoben.",
        "Ich [lebe] allein, Malthe hat sein eigenes Zimmer.",
        "[Storesøster Idas] fødselsdag er 4.3.",
        "Seek help early: [seek] the nurse at school.".replace("Seek help", "[Seek] help"),
    ],
)

addall(
    "ow_places",
    [
        "Mormor bor i [Gråsten], morfar i [Nordborg] på [Als].",
        "Far bor i [Flensburg] og arbejder i [Padborg].",
        "Fodboldturnering i [Tønder] i weekenden.",
        "[Tønder] Festival - familien var af sted i august.",
        "Kørt fra [Kruså] til [Aabenraa] på 25 minutter.",
        "Han har været på lejrskole i [Haderslev].",
        "Børnediabetes holder sommerlejr ved [Sønderborg].",
        "Far bor på [Theodor-Storm-Straße] 12, 24943 [Flensburg].",
        "Udflugt til [Nissenhaus] i [Husum] med fars familie.",
        "Adresse: [Mosevej] 4, 6230 [Rødekro].",
        "Han går til svømning i [Sommerland Syd].",
        "Han har været med far på [Fischmarkt] i Hamborg.",
        "Klassetur til [Lange Linie] i København i maj.",
        "Skolen ligger på [Ravnsbjergvej].",
        "Far arbejder hos [Becker] Transport GmbH i [Harrislee].".replace(
            "[Becker] Transport GmbH", "[Becker Transport GmbH]"
        ),
        "Tandplejen har klinik på [Storm]gade i Aabenraa.".replace("[Storm]gade", "[Stormgade]"),
        "Ophold på [Hjortø] med spejderne.",
        "Lejrskole på [Bondegården Als].",
        "Mor arbejder i [Tønder] tre dage om ugen.",
        "Morfar har studeret i [Lund] i Sverige.",
        "[Gråsten] Slot - skoletur i maj.",
        "Ferie på [Rømø] og i [Tønder].",
        "Han er født på Sygehus Sønderjylland, [Sønderborg].",
        "Far kører via [Kruså]-grænsen.".replace("[Kruså]-grænsen", "[Kruså-grænsen]"),
        "Apoteket i [Rødekro] har ikke sensorer på lager; hentet i [Aabenraa].",
    ],
)

addall(
    "ow_family",
    [
        "Storesøster [Ida] (13) hjælper med at tælle kulhydrater.",
        "Lillebror [Storm] (5) har fået skoldkopper.",
        "Mors kæreste [Bo Sommer] henter [Malthe] tirsdag og torsdag.",
        "Far, [Dirk Becker], bor i Flensburg og har [Malthe] hver anden weekend.",
        "Mormor [Hanne Krog] i Gråsten passer drengene i efterårsferien.",
        "Morfar [Niels Lorenzen], Nordborg, har selv type 2-diabetes.",
        "Farmor [Ursula Becker] taler kun tysk med [Malthe].",
        "[Karina Lorenzen] (mor, fuldmagt).",
        "Hr. [Becker] har ringet fra Flensburg og spurgt til gipsen.",
        "[Bo] (mors kæreste) kan også give insulin.",
        "Søskende [Ida] og [Storm] var med til kontrollen.",
        "[Malthe] og lillebror [Storm] deler værelse.",
        "[Ida] (storesøster) har været bekymret for ham.",
        "Mor og [Bo] er flyttet sammen i sommer.",
        "[Hanne] (mormor) ringede om insulin til ferien.",
        "Far [Dirk] kommer til mødet via Teams.",
        "[Ursula] (farmor) har lært at give glukagon.",
        "[Malthe] bor hos mor; samvær med far [Dirk Becker] i Flensburg.",
        "Morfar [Niels] tager ham med ud at fiske.",
        "[Storm] (lillebror) var med på skadestuen.",
        "[Bo Sommer] deltog i forældrekurset.",
        "Herr [Becker] (Vater) wünscht Informationen auf Deutsch.",
        "Frau [Lorenzen] hat angerufen.",
        "[Ida Lorenzen Becker] (søster) har fået fri fra skolen.",
        "Lillebror [Storm] græd, da [Malthe] fik gips.",
        "Mor fortæller, at hendes kæreste [Bo] og [Malthe] har det godt sammen.",
        "Far ([Becker]) er enig i planen.",
        "[Ida], 13 år, er med som søskende i søskendegruppen.",
        "[Malthes] far bor i Tyskland.",
        "Farmor [Ursula] sender dirndl-kjole til <Ida>.",
    ],
)

addall(
    "ow_colleagues",
    [
        "Blodprøver taget af bioanalytiker [Lars Fisker].",
        "Røntgen v/ radiograf [Bo Carstensen].",
        "Tid booket af lægesekretær [Anne Lange].",
        "Klinikassistent [Mette Hjort] har ringet om ny tid.",
        "Gips skiftet af [Nikolaj Storm], gipstekniker.",
        "Farmaceut [Maja Schmidt], Rødekro Apotek, har vejledt om pennåle.",
        "[Kim Ravn], Familieafdelingen, sender mødeindkaldelsen.",
        "[Peter Nissen], leder af PPR, deltager i mødet.",
        "[Omar Qasim] (læge, Lægehuset Rødekro) har fornyet recepten.",
        "[Ida Lund], PPR-sekretær, har sendt rapporten.",
        "Sundhedsplejerske [Karen Lorenzen] fra Sønderborg Kommune har givet vaccinationen.",
        "Lægesekretær [Hanne Tønder], BUP, har sendt ny tid.",
        "Overlæge [Leo Jürgensen], ortopædkirurgi, har set røntgenbillederne.",
        "Sygeplejerske [Ewa Nowak] skiftede gipsen.",
        "Bioanalytiker [Fisker] tog blodprøven kl 8.",
        "Radiograf [Bo] tog to billeder af håndleddet.",
        "Gipstekniker [Storm] har fjernet gipsen.",
        "Farmaceut [Schmidt] har ringet om leveringstid.",
        "Sekretær [Kim] har sendt indkaldelsen.",
        "PPR-leder [Nissen] godkender forløbet.",
        "Sign. [AL] (sekretær)",
        "Booket af [HT].",
        "Ekspederet af [MAS], Rødekro Apotek.",
        "Skrevet af [KR], Familieafdelingen.",
        "Blodprøve v/ [LF] 08:10.",
        "Rtg. v/ [BC].",
        "Gips af: [NS] 12.12.",
        "log [boca] 14:45 rtg oprettet",
        "log [anla] 09:02 tid booket",
        "log [kira] 11:10 brev sendt",
    ],
)

addall(
    "ow_unlisted",
    [
        "Klasselærer [Anette Bonde] har udfyldt lærerskemaet.",
        "Fodboldtræner [Bent Carstensen] (Rødekro IF U10) kender hypo-planen.",
        "Klassekammerat [Ali Hamdan] har inviteret til fødselsdag.",
        "[Lukas Schmidt] fra klassen skubbede ham på trampolinen.",
        "SFO-pædagog [Tom Jessen] måler blodsukker før fodbold.",
        "Katten [Leo] sover i hans seng.",
        "[Ali] (klassekammerat) følger ham til sundhedsplejersken.",
        "Træner [Bent] har ringet til mor.",
        "Lærer [Bonde] siger, han er mere rolig efter jul.",
        "[Lukas] og [Ali] er hans bedste venner.",
        "[Tom] (SFO) har sørget for druesukker i tasken.",
        "«Fru» <Bonde> har sendt ugeplanen.",
        "[Anette] (klasselærer) deltager i netværksmødet.",
        "Han har fået en ny ven, [Ali Hamdan], som er fra Syrien.",
        "Klassekammeraten [Lukas Schmidt] har også brækket armen.",
        "[Leo] (katten) er hans trøst.",
        "Træneren, [Bent Carstensen], har lært at bruge glukagon.",
        "[Tom Jessen] (SFO) har skrevet i kontaktbogen.",
        "Skolens AKT-lærer [Birgit Meyer] har ugentlige samtaler med ham.",
        "Vennen [Noah Koch] har overnattet.",
    ],
)

addall(
    "ow_german",
    [
        "Malthe wohnt jedes zweite Wochenende bei seinem Vater in Flensburg. [Er] hat Diabetes Typ 1.",
        "[Er] ist sehr müde nach der Schule.",
        "Das dauert noch [lange].",
        "Im [Sommer] fahren wir an die Ostsee.",
        "Wir machen [Sommerferien] in Dänemark.",
        "Der [Sturm] hat das Spiel abgesagt.",
        "Sein Zucker war nachts niedrig, [er] hat Traubenzucker bekommen.",
        "[Er] spielt Fußball beim TSB Flensburg.",
        "Ich [lebe] mit meiner Partnerin in Flensburg.",
        "[Dort] gibt es einen Spielplatz.",
        "Oma [Ursula] backt Kuchen, [er] isst nur ein kleines Stück.",
        "Die [Bäckerei] um die Ecke hat zuckerfreie Brötchen.",
        "[Koch] kochen: Malthe will [Koch] werden.".replace("[Koch] kochen: ", ""),
        "Das ist [OK] für mich.",
        "Wie [lange] muss der Gips bleiben?",
        "[Er] hat seinen Gips selbst bemalt.",
        "Seine Schwester [Ida] und sein Bruder [Storm] waren auch da.",
        "[Sommer], Sonne, Strand - aber [er] muss oft messen.",
        "Vater: [Dirk Becker], Tel. +49 461 000000",
        "Wir wohnen in der [Theodor-Storm-Straße].",
    ],
)

addall(
    "ow_html",
    [
        "&lt;p&gt;Malthe har haft en god [sommer]ferie.&lt;/p&gt;".replace(
            "[sommer]ferie", "[sommerferie]"
        ),
        "&lt;td&gt;[BS]&lt;/td&gt;&lt;td&gt;7,4&lt;/td&gt;",
        "&lt;b&gt;[KH]:&lt;/b&gt; 45 g",
        "&lt;p&gt;Bor i [Gr&aring;sten]&lt;/p&gt;",
        "&lt;li&gt;[DM] type 1&lt;/li&gt;",
        "&lt;p&gt;[Ok] tak&lt;/p&gt;",
        "&lt;p&gt;Far: [Dirk Becker]&lt;/p&gt;",
        "&lt;p&gt;Lillebror [Storm] og storesøster [Ida]&lt;/p&gt;",
        "[T&oslash;nder] Festival",
        "&lt;p&gt;Pumpen [er] [tom].&lt;/p&gt;",
    ],
)

# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Bo Fisker}: [Malthe] vil gerne [bo] hos far i [sommerferien]; vi laver en plan for pumpen.",
        "{Maja Sommer}: skoleobservation udskudt til efter [sommerferien].",
        "«Psykolog» {Ida Storm}: [stormen] aflyste skoleobservationen.",
        "{KH}: 45 g [KH] i madpakken er passende.",
        "[BS] 11,8 ved ankomst. /{BS}",
        "[Se] nedenfor. {SE}",
        "[IQ] 94 (verbal forståelse), testet af {IQ}.",
        "[BT] 102/64, puls 84. /{BT}",
        "{DM}: [DM] type 1, velreguleret.",
        "Tandrens [ok]. [Ha]' det godt, [Malthe]! /{HA}",
        "[OK] fra mor til fissurforsegling. /{OK}",
        "[Er] gipsen for stram, så kom ind. /{ER}",
        "Skolebesøg {IS}: [Malthe] spiste [is] i frikvarteret og [BS] steg.",
        "{MS}: morfar har [MS], oplyser mor.",
        "{HR}: mors arbejdsgivers [HR]-afdeling har givet fri til mødet.",
        "{Karen Hjort}: [hjortekød] er kulhydratfrit.",
        "«Overlæge» {Dorthe Mose Lange}: [lange] skoledage giver højt [BS] om eftermiddagen.",
        "{Bo Fisker}: morfar er [fisker] og tager [Malthe] med ud - husk druesukker i båden.",
        "{Hatice Ravn} har tegnet en [ravn] sammen med [Malthe] under samtalen.",
        "«Læge» {Kim Nissen}: julefest med [nissen] - ekstra bolus til risalamanden.",
        "{Liv Bonde-Schmidt}: pumpen sidder i [livet], flyttet før røntgen.",
        "«Sundhedsplejerske» {Bente Tønder}: fodboldturnering i [Tønder] i weekenden.",
        "{Ewa Rutkowska}: [er] faldet på trampolin; [Er] der andre skader? nej.",
        "Pumpen [er] [tom], siger {Bo Fisker} - nyt reservoir.",
        "{Dorthe Mose Lange}: [Mosevej] 4 er korrekt adresse.",
        "{Selma Ekinci}: [se] også PPR-rapporten.",
        "{Oksana Kovalenko}: alt [OK] - ingen huller.",
        "{Hodan Ali}: [ha] tandtråd med på lejrskole.",
        "{Leo Becker}: [Malthe] læser om katten [Leo] i sin læsebog.",
        "{Ida Storm}: [Idas] (storesøster) hjælp med lektier er god.",
        "log {idas} 10:02 - notat: [Idas] deltagelse i søskendegruppe aftalt.",
        "{dort} 09:00 opslag. Far skriver: Wir waren [dort].",
        "Ich [lebe] in Flensburg. - log {lebe} 13:30 opslag elevsag",
        "{Maja Sommer} og [Malthe] talte om [sommer], sol og [is].",
        "«Diætist» {Karen}: [KH]-regnskabet stemmer. [kh] Karina",
    ],
)

addall(
    "mx_people",
    [
        "{Bo Fisker} og mors kæreste [Bo Sommer] har begge lært at skifte infusionssæt.",
        "«Psykolog» {Ida Storm} har mødt storesøster [Ida] og lillebror [Storm].",
        "[Lars Fisker] tog blodprøven, {Bo Fisker} gennemgik resultatet.",
        "{Karen Hjort} og [Mette Hjort] er ikke i familie.",
        "«Diætist» {Karen} og sundhedsplejerske [Karen Lorenzen] har talt sammen om skolemaden.",
        "[Nikolaj Storm] lagde gipsen; «psykolog» {Storm} ringede om skolen.",
        "{Kim Nissen} har sendt henvisning; [Kim Ravn] har registreret den.",
        "«Socialrådgiver» {Ravn} og sekretær [Ravn] har begge underskrevet.",
        "[Peter Nissen] (PPR) og «egen læge» {Nissen} deltog i mødet.",
        "[Omar Qasim] fornyede recepten; «psykolog» {Qasim} har testet.",
        "«Sundhedsplejerske» {Bente Tønder} og [Hanne Tønder] (BUP-sekretær) har koordineret tiderne.",
        "[Hanne Tønder] (sekretær) og [Hanne Krog] (mormor) talte i telefon.",
        "«Talepædagog» {Leo Becker} og far [Dirk Becker] talte tysk sammen.",
        "[Leo Jürgensen] (ortopæd) og «talepædagog» {Leo} kender ikke hinanden.",
        "[Ewa Nowak] og {Ewa Rutkowska} var på vagt sammen.",
        "[Maja Schmidt] (farmaceut) og {Maja Sommer} (BUP) har talt om melatonin.",
        "{Liv Bonde-Schmidt} og klassekammeraten [Lukas Schmidt] - ingen relation.",
        "Klasselærer [Anette Bonde] og «sygeplejerske» {Bonde-Schmidt} har talt om armen.",
        "«Tandplejer» {Hodan Ali} og klassekammeraten [Ali Hamdan] kender hinanden fra moskeen.",
        "{Hatice Ravn} har talt med mor [Karina Lorenzen] og [Bo Sommer].",
        "[Anne Lange] (sekretær) har booket tid hos «overlæge» {Lange}.",
        "Sekretær [Ida Lund] har sendt {Ida Storm}«s» rapport til skolen.",
        "[Bo Carstensen] tog røntgen; {Bo Fisker} rådgav om pumpen.",
        "Far [Dirk Becker], farmor [Ursula Becker] og «talepædagog» {Becker} holdt møde på tysk.",
        "«Sygeplejerske» {Sommer} ringede; [Bo Sommer] tog telefonen.",
        "[Bo] (mors kæreste) og «diabetessygeplejerske» {Bo} har talt i telefon.",
        "Lillebror [Storm] og «psykolog» {Storm} legede med Lego under mødet.",
        "Storesøster [Ida] og «psykolog» {Ida} talte om søskenderollen.",
        "{Kim} (egen læge) og [Kim] (sekretær, kommunen) har udvekslet papirer.".replace(
            "{Kim} (egen læge)", "{Kim} «(egen læge)»"
        ),
        "Farmaceut [Maja] og «sygeplejerske» {Maja} har begge svaret.",
        "Ortopæd [Leo] og talepædagog {Leo} var til samme møde.".replace(
            "talepædagog {Leo}", "«talepædagog» {Leo}"
        ),
        "«Reservelæge» {Ewa} og sygeplejerske [Ewa] (Nowak) var begge der.",
        "[Malthe] spurgte «diætist» {Karen Hjort}, om [Bo] (mors kæreste) må spise med.",
        "[Ali] (klassekammerat) og «tandplejer» {Ali} er ikke i familie.",
        "«Tandplejer» {Hodan Ali} og klinikassistent [Mette Hjort] renser tænder.",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering akut 14.11:\n- [BS] 11,8 kl 14.20 ({BS})\n- rtg v/ [Bo Carstensen]\n- gips v/ {ER}\n- mor + lillebror [Storm] venter",
        "Netværksmøde 20.11, Rødekro Skole.\nDeltagere: mor [Karina Lorenzen], far [Dirk Becker] (Teams), «socialrådgiver» {Hatice Ravn}, «psykolog» {Ida Storm}, «sundhedsplejerske» {Bente Tønder}, klasselærer [Anette Bonde].\nReferent: {HR}",
        "Kære {Bo}\nBS har været 15-18 i dag. Pumpen [er] ikke [tom], men sættet sidder i [livet] og er rødt. [Bo] (min kæreste) skiftede det.\nKh [Karina]".replace(
            "Kære {Bo}", "Kære {Bo} (Børnediabetes)"
        ),
        "Diætist: [Malthe] spiser [is] hver fredag hos morfar [Niels]. {Karen Hjort} har beregnet 20 g [KH] pr. kugle og aftalt bolus før.",
        "BUP: {Selma Ekinci} og {Ilham Qasim} har givet tilbagemelding. Far [Dirk] deltog fra Flensburg. [Er] ist einverstanden.",
        "PPR: {Ida Storm} har observeret [Malthe] i 3.b. Klasselærer [Anette Bonde] oplyser uro efter frikvarter. Storesøster [Ida] går i 7.b.",
        "Tandpleje: {OK} har undersøgt; [ok] tandstatus. {HA} har givet fluor. Klinikassistent [MH] har booket næste tid.",
        "Skolesundhed: [BT] 102/64, h 134, v 29,8 ({BT}). [Malthe] vil gerne spille i [DM]-turnering i futsal.",
        "Familieafdelingen: {Hatice Ravn} har talt med far [Dirk Becker] og farmor [Ursula Becker] i Flensburg. Sekretær [Kim Ravn] har sendt referat.",
        "Lægehuset: {Kim Nissen} ferie, [Omar Qasim] har fornyet insulin. Mor spørger om melatonin - venter på «psykolog» {Qasim}«s» rapport.",
        "Akut: [Malthe] faldet på trampolin hos [Lukas Schmidt]. Tilset af {Ewa Rutkowska}, sygeplejerske {Liv Bonde-Schmidt}. Farmaceut [Maja Schmidt] har udleveret Panodil Junior.",
        "Diabetes-kontrol: {DM}/{BF}. [HbA1c] 57. Mor ønsker at prøve [sommer]-basal.".replace(
            "[sommer]-basal", "[sommerbasal]"
        ),
    ],
)

# ============================================================================= DEBATABLE
addall(
    "db_bare",
    [
        "<Bo> ringer i morgen.",
        "<Ida> har været rigtig sød ved ham.",
        "<Storm> har ringet.",
        "<Karen> ringer tilbage.",
        "<Fisker> har taget blodprøven.",
        "<Lange> har sendt indkaldelsen.",
        "<Kim> har ringet.",
        "<Nissen> har fornyet recepten.",
        "<Qasim> har ringet til mor.",
        "<Leo> var med til mødet.",
        "<Maja> har ringet tilbage.",
        "<Ravn> sender referatet.",
        "<Schmidt> har ringet.",
        "<Becker> har ringet.",
        "<Sommer> har ringet.",
        "<maja s.> ringer fre.",
        "<Ali> har hjulpet ham i frikvarteret.",
        "<Bonde> har skrevet i forældreintra.",
        "kontrol v/ {dorthe} + <bo>: alt vel.",
        "Hej <Bo>, bs 15-18 i dag, skal vi skifte sæt? Karina",
        "<Lange> (sekretær?) har ringet om tiden.",
        "<Kim> og <Maja> har talt sammen.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
