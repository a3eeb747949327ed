"""Red-team probes for indsigt name hiding (rt42): THE SETTINGS WHERE STAFF ARE THREATENED, which
is why the protection exists - a women's crisis shelter (kvindekrisecenter), a homeless shelter
(herberg), municipal child protection (Børne- og Ungeforvaltningen: underretninger, anbringelse),
a family house (Familiehuset, overvåget samvær), the police/social cooperation (SSP, PSP),
probation (Kriminalforsorgen) and the arresthus, a forensic psychiatry outpatient clinic, the
emergency department at night, the psychiatric emergency room, job centre sanctions, a housing
eviction, substance-abuse treatment, threats and stalking of staff written into the notes
themselves (quoted threats, SMS screenshots, voicemails, graffiti, nicknames, the staff's
children, cars and streets), and the staff's own incident reports, risk assessments, safety plans
and "alene-kontakt forbudt" instructions - and the over-hiding traps of the same settings: the
same words used as words, the same letters used as abbreviations, the citizen and his family with
clear cues, non-hidden colleagues, unlisted police officers and lawyers, places and firms.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name, initials, user name or e-mail local part)
         -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person - police
         officer, lawyer, judge, foster mother, friend -, a word, an abbreviation, a place, a
         street, a firm, an institution) -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word next to a hidden name (kontaktperson, socialrådgiver,
         rådgiver, socialpædagog, socialpæd., SSP-konsulent, PSP-koordinator, tilsynsførende,
         overlæge, familiebehandler, misbrugsbehandler, sagsbehandler, boligsocial medarbejder,
         Dr.), a genitive -s glued to a hidden name, the suffix of a nickname built on a hidden
         name part (Storm-en, Hammer-en, Max-i, Helle-mus, Rose-n), the domain of a hidden
         person's e-mail address, a phone number written next to a hidden name, and the private
         details of a hidden person quoted in a threat: her car's make and number plate, her
         street
  Unmarked letters and digits are must-stay as well. Literal square or curly brackets, "<" and
  "«" cannot appear in a probe: they are the markup (so no "<3" in the SMS texts).

Rules I apply when marking (the same for every setting):
  1. A name part owned only by hidden staff (Vinter, Aske, Agger, Ole, Sten, Max, Due, Gry,
     Sand) that the text uses as a person's name is gone - capitalised, lower case or in capitals,
     bare or with the other part, family-first ("Falk, Bjørn"), abbreviated ("Ida V.", "aske
     a."), in any position and in any shape: a quoted threat, an SMS screenshot, a voicemail
     transcript, graffiti, a note on a slip of paper, a safety plan, a list of who may not be
     alone with the patient, a rota cell, a signature, English text.
  2. Registered initials, user names and e-mail local parts of a hidden person are gone where
     they stand for the person: after sign./v//af/"Udført af:"/"Referent:"/"Ansvarlig:", after or
     before a time in a staff note ("IV 03.15:", "kl 02 (spl. PN)"), in a rota or table cell, in
     a log line's user field, in "LK og MD går aldrig alene". The same letters used as what they
     also are stay: HR = hr. (herr) and the HR department, SL = Socialpædagogernes Landsforbund,
     TV = tv, tv. (til venstre in an address), TV 2, IV = i.v., IV-adgang, PN = p.n.
     (PN-medicin), AA = Anonyme Alkoholikere, OK = ok, BF = bf (boyfriend), MD = md. (måned).
  3. A part shared with a non-hidden colleague (Storm, Rose, Helle, Ida, Lund, Vang, Pia, Kamp,
     Falk, Hammer, Bjørn) is gone when the hidden person's other part, initials or own registered
     role settles it ("socialrådgiver Kamp", "spl. Pia", "overlæge Hammer", "socialpæd. Lund",
     "tilsynsførende Bjørn"); it stays when the colleague's role or other part settles it
     ("teamleder Kamp", "overlæge Pia", "spl. Hammer", "pedel Storm", "portør Bjørn",
     "forstander Rose", "psykolog Helle", "sekretær Lund", "klubleder Vang", "fængselsbetjent
     Falk"); bare and unsettled it is debatable.
  4. A part shared with the citizen or a relative (Krog; Helle, Nord, Storm, Lykke, Ida, Tom) is
     gone when the hidden person's other part, role, or an act that only the staff member does in
     that text settles it (she decides the sanction, supervises the samvær, is "fra kommunen",
     "fra herberget", "fra akutten", is the one threatened for taking the children); it stays
     when the text says who the relative is (a kinship word: mor, far, farmor, farbror, bror,
     sønnen, datteren, ex'en, børnenes mor; an age; a courtesy title "hr. Krog", "fru Nord"; the
     full name; being the citizen of the note); bare and unsettled it is debatable.
  5. Words, places, streets, firms, institutions and abbreviations must stay even when spelt
     like a hidden name part or initials, also glued into compounds (hellere, Hellerup, roser,
     stormede, tomme, vinterherberg, nordpå, askebæger, krogen, lykkedes, ulykke, slåskamp,
     bjørnetjeneste, stenet, nyresten, hammer, max, duer, gryde, sandsynligvis, Falck, Vangede,
     Sandholm), also in a text that names the hidden person, also inside a quoted threat.
     Unlisted people whose names merely begin like a hidden part (Stormgaard, Falkenberg,
     Hammerich, Rosenkvist, Nordahl, Sandberg, Dueholm, Vangsgaard) stay, and so does an
     unlisted person who shares one part and is named in full with his role ("vagtchef Ole
     Bjerregaard").
  6. Nicknames: a hidden name part with a suffix, used for that person (Stormen, Hammeren,
     Maxi, Hellemus, "rosen" for Helle Rose) - the part is gone, the suffix don't care. A
     nickname holding no registered part ("Bamse", "sossen") and a misspelt name are
     debatable or plain words.
  7. The private details of a hidden person quoted in a threat: her children's or spouse's
     given names are debatable (the matcher cannot know them; hiding them is protective); her
     car's make, plate and her street are don't care; her family name inside "din datter Ella
     Vinter" is gone (it is hers).
  8. Lower-case fast notes get the same judgement as careful prose: "tom har talt med pt" is a
     name, "flasken var tom" is empty; "stormen har lagt sig, han er faldet til ro" is an idiom.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; no name part here is a name in names_rt39_probes.py or names_rt41_probes.py, the only
earlier sets I read). Hidden staff (12), with what the parts and initials also are:
    Helle Rose     kontaktperson, socialrådgiver, Kvindehuset Vest (kvindekrisecenter)
                   helle = a refuge, a traffic island (hellere, Hellerup, Hellebæk); rose = a
                   rose, to praise (roser, rosede); HR = hr. (herr), the HR department;
                   user hero; e-mail helle.rose@kvindehuset-vest.dk; Helle = the ex-partner
    Storm Lund     socialpædagog, Herberget Vestbyen   storm (stormede, stormvejr, "stormen har
                   lagt sig"); lund = grove, Lund (Sweden); SL = Socialpædagogernes
                   Landsforbund; user stlu; Storm = the citizen's son
    Tom Vang       SSP/PSP-konsulent, Esbjerg Kommune   tom = empty (tomme, tomt, tomhed);
                   vang = field (Vangede); TV = tv, tv. (til venstre), TV 2; user tova;
                   e-mail tom.vang@esbjerg.dk; Tom = the citizen's brother
    Ida Vinter     sygeplejerske, akutmodtagelsen (nat)   vinter = winter (vinterherberg,
                   vinterberedskab); IV = i.v., IV-adgang, roman four; user idvi;
                   Ida = the citizen's mother
    Pia Nord       sygeplejerske, psykiatrisk akutmodtagelse   nord = north (nordpå,
                   Nordjylland, Nordby); PN = p.n. (PN-medicin); user pino;
                   Nord = the ex-partner's family
    Aske Agger     misbrugsbehandler, Rusmiddelcentret   aske = ashes (askebæger); Agger = a
                   village in Thy; AA = Anonyme Alkoholikere; user asag
    Ole Krog       sagsbehandler, jobcentret (sanktioner)   krog = hook, corner (krogen); OK = ok;
                   user olkr; e-mail olkr@esbjerg.dk; Krog = the citizen's family
    Lykke Kamp     socialrådgiver, Børne- og Ungeforvaltningen   lykke = happiness (held og lykke,
                   lykkes, ulykke); kamp = fight (slåskamp, kampsport); LK;
                   e-mail lykke.kamp@esbjerg.dk; Lykke = the citizen's daughter
    Bjørn Falk     tilsynsførende, Kriminalforsorgen   bjørn = bear (bjørnetjeneste, Bjørnehulen);
                   falk = falcon, cf. Falck; BF = bf (boyfriend); user bjfa;
                   e-mail bjorn.falk@kriminalforsorgen.dk
    Sten Hammer    overlæge, Retspsykiatrisk Ambulatorium   sten = stone (stenet = high,
                   nyresten); hammer (and a weapon in the threats); SH; user stha
    Max Due        familiebehandler, Familiehuset   max = maximum (max 2 timer); due = dove,
                   duer ("det duer ikke"); MD = md. (måned); user madu
    Gry Sand       boligsocial medarbejder, Boligselskabet Vest (udsættelser)   gry = dawn
                   (gryde); sand = sand, true (sandt, sandsynligvis); GS;
                   e-mail gry.sand@boligvest.dk
  Non-hidden colleagues sharing parts: Storm Nielsen (pedel, herberget), Jette Rose (forstander,
    Kvindehuset Vest), Helle Bak (psykolog, Familiehuset), Ida Lund (lægesekretær,
    akutmodtagelsen; shares Ida with Ida Vinter and Lund with Storm Lund), Kim Vang (klubleder,
    ungdomsklubben), Pia Holt (overlæge, psykiatrisk akutmodtagelse), Rasmus Kamp (teamleder,
    Børne- og Ungeforvaltningen), Jonas Falk (fængselsbetjent, arresthuset), Marianne Hammer
    (sygeplejerske, retspsykiatrien), Bjørn Dahl (portør, akutmodtagelsen).
  Citizen: Dennis Krog (35; homeless spells, on probation, forensic psychiatric outpatient,
    substance abuse, job centre sanctions, an eviction; father of two children in care).
    Relatives: Helle Nord (ex-partner, 31, mother of the children, at the crisis shelter),
    Storm Krog (son, 8), Lykke Krog (daughter, 5), Ida Krog (mother, 61), Tom Krog (brother, 38).
  Unlisted (must simply stay): politiassistent Jesper Mørch, politiassistent Mikkel Stormgaard,
    betjent Nordahl, vicepolitiinspektør Lone Sandberg, advokat Camilla Westh, bistandsadvokat
    Søren Falkenberg, advokat Maja Rosenkvist, dommer Bodil Kjærsgaard, fogedfuldmægtig Nikolaj
    Bech, vagtlæge Ahmadi, gadeplansmedarbejder Kasper Hammerich, plejemor Susanne Dueholm,
    lærer Frederik Vangsgaard, vagtchef Ole Bjerregaard, advokat Sten Lykkeberg, politiassistent
    Ida Kjeldsen, tolk Hassan Ali, jobkonsulent Rikke, Patrick (the ex's new partner), Kenneth
    (a friend); the staff's own children and spouses quoted in threats (Alfred, Freja, Otto,
    Ella, Birgitte) are debatable by rule 7.

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or the
changelog (rt42). Harness (parse, scoring, printing, -v): probe_harness.py.

Run:  .venv/bin/python bench/independent/names_rt42_probes.py [-v]

Markup fixes after the first run (listed with reasons in helpers/rt42/fixes.txt; no text changed,
no probe added or dropped, no {}/[]/<> changed): five role words that the «...» line above lists as
don't care next to a hidden name had been left unmarked - "Sagsbehandler: {Lykke Kamp}",
"Ansvarlig rådgiver: {LK}", "Tilsynsførende: {Falk}", "Sagsbehandler: {Ole Krog}" (each failed as
OVERHIDE(unmarked) in the first run) and "{Storm Lund} (kontaktperson)" (passed; fixed for
consistency only); now «...».

held-out, first run on 6b11391 (pinned worktree): 44 leaks / 38 over-hides (537 probes: 238 lk,
225 ow, 74 mx; 0 crashes; debatable 15 hidden / 8 kept). After the five markup fixes: 44 leaks /
34 over-hides. Run as INDSIGT_PURE_PYTHON=1 PYTHONPATH=/tmp/heldout/src.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # helle = refuge (hellere, Hellerup); rose = rose / to praise; HR = hr., HR-afdelingen
    Person(
        "s1",
        "Helle",
        "Rose",
        initials=("HR",),
        usernames=("hero",),
        emails=("helle.rose@kvindehuset-vest.dk",),
        titles=("kontaktperson", "socialrådgiver"),
    ),
    # storm (stormede); lund = grove, Lund; SL = Socialpædagogernes Landsforbund
    Person(
        "s2",
        "Storm",
        "Lund",
        initials=("SL",),
        usernames=("stlu",),
        titles=("socialpædagog", "pædagog"),
    ),
    # tom = empty; vang = field (Vangede); TV = tv, tv. (til venstre)
    Person(
        "s3",
        "Tom",
        "Vang",
        initials=("TV",),
        usernames=("tova",),
        emails=("tom.vang@esbjerg.dk",),
        titles=("SSP-konsulent", "PSP-koordinator", "konsulent"),
    ),
    # vinter = winter (vinterherberg); IV = i.v.
    Person("s4", "Ida", "Vinter", initials=("IV",), usernames=("idvi",), titles=("sygeplejerske",)),
    # nord = north (nordpå); PN = p.n.
    Person("s5", "Pia", "Nord", initials=("PN",), usernames=("pino",), titles=("sygeplejerske",)),
    # aske = ashes (askebæger); Agger (Thy); AA = Anonyme Alkoholikere
    Person(
        "s6",
        "Aske",
        "Agger",
        initials=("AA",),
        usernames=("asag",),
        titles=("misbrugsbehandler", "behandler"),
    ),
    # krog = hook, corner; OK = ok; Krog = the citizen's family
    Person(
        "s7",
        "Ole",
        "Krog",
        initials=("OK",),
        usernames=("olkr",),
        emails=("olkr@esbjerg.dk",),
        titles=("sagsbehandler",),
    ),
    # lykke = happiness (lykkes, ulykke); kamp = fight; Lykke = the citizen's daughter
    Person(
        "s8",
        "Lykke",
        "Kamp",
        initials=("LK",),
        emails=("lykke.kamp@esbjerg.dk",),
        titles=("socialrådgiver", "rådgiver"),
    ),
    # bjørn = bear; falk = falcon (cf. Falck); BF = bf (boyfriend)
    Person(
        "s9",
        "Bjørn",
        "Falk",
        initials=("BF",),
        usernames=("bjfa",),
        emails=("bjorn.falk@kriminalforsorgen.dk",),
        titles=("tilsynsførende",),
    ),
    # sten = stone (stenet, nyresten); hammer
    Person(
        "s10",
        "Sten",
        "Hammer",
        initials=("SH",),
        usernames=("stha",),
        emails=("sten.hammer@rsyd.dk",),
        titles=("overlæge", "læge"),
    ),
    # max = maximum; due = dove (duer); MD = md. (måned)
    Person(
        "s11",
        "Max",
        "Due",
        initials=("MD",),
        usernames=("madu",),
        titles=("familiebehandler",),
    ),
    # gry = dawn (gryde); sand = sand, true (sandt, sandsynligvis)
    Person(
        "s12",
        "Gry",
        "Sand",
        initials=("GS",),
        emails=("gry.sand@boligvest.dk",),
        titles=("boligsocial medarbejder", "boligrådgiver"),
    ),
]
OTHERS = [
    ("Storm", "Nielsen"),  # pedel, herberget - shares given with hidden Storm Lund
    ("Jette", "Rose"),  # forstander, Kvindehuset Vest - shares family with hidden Helle Rose
    ("Helle", "Bak"),  # psykolog, Familiehuset - shares given with hidden Helle Rose
    ("Ida", "Lund"),  # lægesekretær, akutmodtagelsen - shares Ida (Ida Vinter), Lund (Storm Lund)
    ("Kim", "Vang"),  # klubleder, ungdomsklubben - shares family with hidden Tom Vang
    ("Pia", "Holt"),  # overlæge, psyk. akutmodtagelse - shares given with hidden Pia Nord
    ("Rasmus", "Kamp"),  # teamleder, BUF - shares family with hidden Lykke Kamp
    ("Jonas", "Falk"),  # fængselsbetjent, arresthuset - shares family with hidden Bjørn Falk
    ("Marianne", "Hammer"),  # sygeplejerske, retspsykiatrien - shares family with Sten Hammer
    ("Bjørn", "Dahl"),  # portør, akutmodtagelsen - shares given with hidden Bjørn Falk
]
CITIZEN = [("Dennis", "Krog")]  # shares family with hidden Ole Krog
RELATIVES = [
    ("Helle", "Nord"),  # ex-partner, 31 - shares given with Helle Rose, family with Pia Nord
    ("Storm", "Krog"),  # son, 8 - shares given with hidden Storm Lund
    ("Lykke", "Krog"),  # daughter, 5 - shares given with hidden Lykke Kamp
    ("Ida", "Krog"),  # mother, 61 - shares given with hidden Ida Vinter
    ("Tom", "Krog"),  # brother, 38 - shares given with hidden Tom Vang
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. women's crisis shelter
addall(
    "lk_krisecenter",
    [
        "Kvindehuset Vest ringer kl 21.40: {Helle Rose} oplyser at [Dennis] har stået ved lågen i 20 min og råbt.",
        "«kontaktperson» {helle} har fået sms fra ukendt nr kl 23.12",
        "Samtale med [Helle Nord] (mor) og «kontaktperson» {Helle Rose} på krisecentret.",
        "{HR} 23.10: mor og børn sover. Far har ringet 6 gange til fastnettet.",
        "tlf fra krisecentret v/ {Helle R.}: ønsker møde ang. samvær",
        "sms til «kontaktperson» {helle} (screenshot i sagen): 'du skal give mig mine børn tilbage ellers skal du se hvad der sker'",
        "far omtaler «kontaktperson» {helle} som '{Helle}«mus»' og 'sossen fra krisecentret'",
        "Krisecentret v/ {Helle Rose} oplyser at far har fundet {Helle}«s» profil på facebook og sendt venneanmodning.",
        "Til stede: [Helle Nord], bisidder {Helle Rose} (krisecentret), politiassistent [Jesper Mørch].",
        "far ved lågen: 'hvor er {helle rose}, hende den lyshårede fra krisecentret?'",
        "Mail fra {helle.rose}«@kvindehuset-vest.dk» 04.11: far har lagt sedler i postkassen.",
        "«Kontaktperson»: {Helle Rose}, Kvindehuset Vest, «tlf. 7512 4400»",
        "ifølge {Helle Rose} er [mor] bange for at gå ud med børnene",
        "kl 02.15 ringer far igen til krisecentret, {HR} lægger på.",
        "'{helle rose} din so, jeg finder dig' - citat fra voicemail, afspillet for politiet",
        "{helle rose} har anmeldt trusler til politiet, j.nr. 3700-80412-00123-24",
        "Krisecentret har flyttet mor og børn. «Kontaktperson» {Helle} fortsætter som kontakt via tlf.",
        "log: {hero} åbnede sag 14.03 08:12",
        "{HELLE ROSE} - KUN TELEFONISK KONTAKT MED FAR",
        "far siger at han har set «kontaktperson» {helle}«s» bil, 'den røde «Kia»', og at han ved hvornår hun har fri",
        "far til krisecentrets personale om kontaktpersonen: 'sig til {rose}«n» at hun skal passe på'",
        "Aftalt m. {Helle Rose} (krisecentret): overlevering af børnene foregår på politistationen.",
        "Krisecentret, notat ({hero}): mor har fået skærmet adresse.",
        "«socialrådgiver» {Rose} og forstander [Jette Rose] har holdt møde med politiet om sikkerheden.",
    ],
)

# ----------------------------------------------------------------- 2. homeless shelter, herberg
addall(
    "lk_herberg",
    [
        "Herberget Vestbyen, nat til tirs: [Dennis] ankommer kl 01.20 beruset. {Storm Lund} viser ham vær. 12.",
        "{storm lund} har talt med pt om at aflevere kniven i depotet.",
        "pt truer socialpædagogen: 'jeg smadrer dig, {storm}, når du har fri'",
        "«Socialpædagog» {Storm Lund} («kontaktperson») - handleplan gennemgået med pt.",
        "{SL} 03.40: råb fra vær. 12, pt vil ikke slukke musikken.",
        "«socialpæd.» {storm} og nattevagten tilkaldte politi kl 04.10",
        "efter episoden ønsker {Storm L.} ikke at være alene med pt.",
        "pt kalder socialpædagogen '{Storm}«en»' og siger at han 'nok skal blæse væk'",
        "Overlevering dag-aften ({stlu}): pt har fået udbetalt, forventer uro.",
        "aftale m. «socialpæd.» {lund}: pt må ikke være på fællesarealet efter kl 22",
        "«Socialpædagog» {Storm} har hjulpet pt med at søge plads på [vinterherberget].",
        "pt har ventet ved {Storm Lund}«s» cykel efter vagtskifte og fulgt efter ham til banegården.",
        "Hændelse 14.2: pt kastede en stol efter {Storm Lund}. Ingen skader. Politi orienteret.",
        "Husorden brudt 3. gang - karantæne 14 dage, besluttet af leder og «socialpædagog» {storm}",
        "pt om socialpædagogen: '{storm} er den eneste her der ikke er et svin'",
        "ring til {Storm Lund} hvis pt dukker op igen (tlf. i vagtmappen)",
        "Deltagere: pt, {Storm Lund} (herberget), «PSP-koordinator» {Tom Vang}, betjent [Nordahl]",
        "Vagtplan herberget: man {Storm Lund} / tirs pedel [Storm Nielsen] / ons {SL}",
    ],
)

# ----------------------------------------------------------------- 3. child protection, BUF
addall(
    "lk_child",
    [
        "Underretning modtaget 12.01 fra skolen vedr. [Storm] (8). «Sagsbehandler»: {Lykke Kamp}.",
        "«rådgiver» {Lykke Kamp} har haft samtale med far om anbringelsen.",
        "far råber i telefonen til rådgiveren: 'du har stjålet mine børn, {lykke}, det skal du betale for'",
        "{Lykke K.} fra kommunen deltager ikke i mødet pga trusler - teamleder [Rasmus Kamp] overtager.",
        "Anbringelse uden samtykke jf. § 58 indstillet af {Lykke Kamp} til børn og unge-udvalget",
        "{LK} 15.10: far har ringet 11 gange, samtale afbrudt pga truende adfærd.",
        "sagen overdraget fra «socialrådgiver» {Kamp} til anden rådgiver af hensyn til rådgiverens sikkerhed",
        "far har fundet «socialrådgiver» {lykke kamp}«s» adresse på nettet og kørt forbi huset",
        "samvær overvåget af {Max Due} (Familiehuset) og «socialrådgiver» {Lykke Kamp}",
        "sms fra far 22.12 kl 23.41 til «rådgiver» {Lykke Kamp}: 'jeg ved godt at din søn går på Bakkeskolen'",
        "Børnefaglig undersøgelse § 50 v/ {lykke kamp}, afsluttet 3.3.",
        "Mail fra {lykke.kamp}«@esbjerg.dk» til advokat [Camilla Westh]: ang. aktindsigt",
        "Til stede: far [Dennis Krog], advokat [Camilla Westh], «socialrådgiver» {Lykke Kamp}, teamleder [Rasmus Kamp].",
        "{lykke} fra kommunen har været på uanmeldt hjemmebesøg hos far",
        "Ansvarlig «rådgiver»: {LK} / Leder: [Rasmus Kamp]",
        "{Lykke Kamp} har besluttet at samvær sker overvåget, max 2 timer hver 14. dag.",
        "Anbringelsesgrundlag: se notat af {Kamp, Lykke} 14.03.",
        "børnene anbragt i plejefamilie 18.3. «socialrådgiver» {Lykke} og «familiebehandler» {Max} fulgte dem.",
        "far til «rådgiver» {Lykke Kamp}: 'du skal ikke tro du kan gemme dig bag skranken'",
        "Partshøring sendt af {Lykke Kamp}, «socialrådgiver», Børne- og Ungeforvaltningen",
    ],
)

# ----------------------------------------------------------------- 4. family house, supervised contact
addall(
    "lk_familyhouse",
    [
        "Familiehuset: samvær far-børn 2 t, overvåget af {Max Due}.",
        "{max} afbrød samværet kl 15.20, da far hviskede til [Storm] at de skulle stikke af.",
        "far til familiebehandleren: 'du er en død mand, {max}'",
        "{MD} 10.03: far mødt påvirket, samvær aflyst.",
        "«familiebehandler» {Max} og psykolog [Helle Bak] har lavet observation af samspil.",
        "{Max Due} anbefaler at samvær fortsat er overvåget i 6 mdr.",
        "far har stillet sig ved {Max}«s» bil på p-pladsen og fotograferet nummerpladen «CX 41 207»",
        "{madu} 09:14 oprettet observationsnotat",
        "{Due} og [Helle Bak] holder opfølgningsmøde 2.4.",
        "'{Max}«i» er sød' siger [Lykke] (5) om familiebehandleren",
        "far: '{max due}, jeg ved du har en datter på 4'",
        "Underskrevet: {Max Due}, «familiebehandler», Familiehuset Esbjerg",
        "aftale: [Storm] ringer til {max} i Familiehuset hvis far dukker op ved skolen",
        "{max} har ringet til politiet kl 15.25 (døgnvagten)",
    ],
)

# ----------------------------------------------------------------- 5. SSP / PSP, police-social cooperation
addall(
    "lk_ssp_psp",
    [
        "PSP-møde 14.5: politi, psykiatri og kommune (v/ {Tom Vang}) drøftede [Dennis Krog].",
        "{tom vang} har talt med politiets forebyggelsesafdeling om pt.",
        "SSP 2004: «SSP-konsulent» {Tom} har haft samtale med [Dennis] (15 år) og mor [Ida Krog].",
        "{TV} 19.30: møde i klubben aflyst, pt truede med at 'tage {tom vang} med sig'",
        "{tova}: referat uploadet",
        "«PSP-koordinator»: {Tom Vang}, «tlf. 2911 3040»",
        "pt sagde til «SSP-konsulent» {tom}: 'du skal ikke tro du er sikker bare fordi du arbejder sammen med snuten'",
        "Referent: {TV}",
        "mail fra {tom.vang}«@esbjerg.dk»: nyt PSP-møde 3/6",
        "«PSP-koordinator» {tom} og betjent [Mørch] kørte ud til pt kl 20",
        "pt har malet '{TOM VANG} = STIKKER' på muren ved klubben",
        "aftale: {Tom Vang} deltager kun i møder med politi til stede",
        "«SSP-konsulent» {Vang} og klubleder [Kim Vang] er ikke i familie.",
    ],
)

# ----------------------------------------------------------------- 6. probation, Kriminalforsorgen
addall(
    "lk_probation",
    [
        "Kriminalforsorgen, tilsyn: samtale med {Bjørn Falk} 10.30, pt mødte til tiden.",
        "«tilsynsførende» {bjørn} har indberettet vilkårsovertrædelse.",
        "pt til «tilsynsførende» {Bjørn Falk} ved udgangen: 'jeg ved hvor du parkerer'",
        "{BF} 02.11: pt udeblevet fra tilsyn 2. gang.",
        "«Tilsynsførende»: {Falk}",
        "mail fra {bjorn.falk}«@kriminalforsorgen.dk»: ny tid til tilsyn 9/12",
        "pt har spurgt receptionen om {Bjørn Falk}«s» adresse og om han har børn",
        "Risikovurdering udfyldt af {Bjørn Falk} og «overlæge» {Sten Hammer}",
        "{bjfa} har oprettet sag om vilkårsovertrædelse",
        "pt kalder sin tilsynsførende '{Bjørn}«en»'",
        "Fængselsbetjent [Jonas Falk] fulgte pt til samtalen med {Bjørn Falk}.",
        "{Falk, Bjørn} - «tilsynsførende» - Kriminalforsorgen Sydvestjylland",
        "aftalt m. «tilsynsførende» {bjørn}: ansøgning om fodlænke udsat",
        "pt fortæller at han har set {Bjørn Falk} i Bilka med sine børn",
        "Arresthuset: pt spurgte [Jonas Falk] om {Bjørn Falk} 'har en kone'",
    ],
)

# ----------------------------------------------------------------- 7. forensic psychiatry outpatients
addall(
    "lk_forensic",
    [
        "Retspsykiatrisk Ambulatorium, kontrol v/ «overlæge» {Sten Hammer}: psykotisk, paranoid over for personalet.",
        "{sten} har vurderet at dom til behandling kan fortsætte ambulant.",
        "pt siger at «overlæge» {sten} 'skal have en kugle'",
        "«overlæge» {Hammer} har ordineret depotinjektion hver 14. dag.",
        "{SH} 11.20: pt mødt, depotinj. givet af spl. [Marianne Hammer]",
        "pt har googlet {Sten Hammer} og fundet hans adresse i Tjæreborg",
        "{stha}: epikrise sendt til egen læge",
        "Behandlingsplan: {Hammer, Sten}, «overlæge», Retspsyk. Amb.",
        "{Sten Hammer} har anbefalet at pt ikke mødes alene med kvindelige behandlere.",
        "brev fra pt til «overlæge» {Hammer}: 'jeg ved at din kone hedder <Birgitte>'",
        "samtale med {sten h.} aflyst, pt for urolig - psykiatrisk akutmodtagelse kontaktet",
        "Sign.: {Sten Hammer}, «overlæge»",
        "pt har spurgt spl. [Marianne] om «overlæge» {Sten} stadig bor i Tjæreborg",
        "mail til {sten.hammer}«@rsyd.dk» fra Kriminalforsorgen ang. vilkår",
    ],
)

# ----------------------------------------------------------------- 8. emergency department at night
addall(
    "lk_ed_night",
    [
        "Akutmodtagelsen kl 02.40: pt ankommer med politi, beruset, flænge over ve. øjenbryn. Modtaget af {Ida Vinter}.",
        "pt spyttede efter spl. {ida} under suturering.",
        "pt til sygeplejersken: 'jeg venter på dig når du har fri, {ida}, jeg har tid'",
        "{IV} 03.15: pt urolig, vagt tilkaldt.",
        "Spl.: {Ida V.} / Læge: [Ahmadi] (vagtlæge)",
        "{Vinter} har udfyldt hændelsesrapport (vold mod personale).",
        "pt fik fat i navneskiltet og læste det højt: '{Ida Vinter}, det husker jeg'",
        "portør [Bjørn Dahl] og {Ida Vinter} holdt pt, mens der blev givet 5 mg Stesolid",
        "Ansvarlig spl. nat: {idvi}",
        "{ida vinter} er efterfølgende sendt hjem, tilbud om debriefing",
        "pt ringer til akutten kl 05 og spørger efter 'den søde sygeplejerske {ida}, hende med fletningen'",
        "Triage: orange, v/ {IV}",
        "tlf. til pt's mor [Ida Krog] v/ {Ida Vinter} kl 04.10",
        "udskrevet kl 06.30 af vagtlæge [Ahmadi], spl. {ida} fulgte pt til døren",
        "lægesekretær [Ida Lund] har sendt papirerne; {Ida Vinter} har kvitteret.",
    ],
)

# ----------------------------------------------------------------- 9. psychiatric emergency room
addall(
    "lk_psych_er",
    [
        "Psykiatrisk akutmodtagelse 23.50: pt selvhenvendt, råbende. Spl. {Pia Nord} forsøger deeskalering.",
        "spl. {pia} har givet Zyprexa 10 mg p.n. kl 00.20",
        "pt til spl. {pia}: 'du ligner en der bor alene'",
        "{PN} 01.20: pt skærmet, rolig.",
        "vurderet af overlæge [Pia Holt] kl 00.30; {Pia Nord} til stede",
        "{nord} (spl.) har ringet til politiet kl 00.05",
        "pt har truet spl. {Pia} med at 'finde hende i Nordby'",
        "{pino} 02:40 notat låst",
        "Tvangsprotokol: fastholdelse 00.12-00.25, udført af {Pia Nord} og portør [Bjørn Dahl]",
        "pt siger han har fulgt spl. {pia} hjem én gang: 'hun cykler over broen'",
        "{Pia N.} ønsker ikke kontakt med pt fremover.",
        "{pia nord} - kontaktperson under indlæggelsen, ikke ved ambulant opfølgning",
    ],
)

# ----------------------------------------------------------------- 10. job centre sanctions
addall(
    "lk_jobcentre",
    [
        "Jobcentret: sanktion - 3 dages fradrag for udeblivelse, afgørelse v/ {Ole Krog}.",
        "{ole} har partshørt borger om sanktionen.",
        "'{ole}, din lille lort, du tager mine penge' - borger i telefonen 10.42",
        "sign. {OK}",
        "«Sagsbehandler»: {Ole Krog} («tlf. 7616 2020»)",
        "«Sagsbehandler» {Krog} har ringet til [Dennis Krog] - de er ikke i familie.",
        "{olkr} har sendt partshøring i e-Boks 12.02",
        "mail fra {olkr}«@esbjerg.dk»: ny samtale 4/3 kl 10",
        "{ole krog} har besluttet at samtaler fremover foregår med to medarbejdere til stede",
        "borger har spurgt i receptionen om {Ole} er på arbejde og hvornår han går hjem",
        "Udført af: {OK} / Godkendt af: teamleder",
        "{Ole K.} har sendt sagen til Ankestyrelsen.",
        "{ole} og jobkonsulent [Rikke]: rundbordssamtale 4/3",
        "'{OLE KROG} ER EN DØD MAND' - skrevet på en seddel i receptionen",
    ],
)

# ----------------------------------------------------------------- 11. housing eviction
addall(
    "lk_eviction",
    [
        "Boligselskabet Vest: udsættelse berammet 12.3 kl 9, fogeden og {Gry Sand} møder op.",
        "{gry} har forsøgt kontakt om restancen 3 gange.",
        "lejer til {gry}: 'kommer du med fogeden, så kommer jeg med noget andet'",
        "{GS} 14.02: låsesmed bestilt",
        "«Boligsocial medarbejder» {Gry Sand}, Boligselskabet Vest, «tlf. 7613 9900»",
        "{Sand} har tilbudt afdragsordning, som lejer afviste.",
        "mail fra {gry.sand}«@boligvest.dk»: lejer har betalt 4.000 kr",
        "{gry} bad om politiledsagelse efter truslen i opgangen",
        "lejer har råbt '{gry} din heks' fra altanen",
        "{Gry S.} og advokat [Camilla Westh] havde telefonmøde.",
        "fogedforretning 12.3: mødt: lejer, fogedfuldmægtig [Nikolaj Bech], {Gry Sand}",
        "{gry sand} har set lejer stå ved hendes bil på p-pladsen ved kontoret",
    ],
)

# ----------------------------------------------------------------- 12. substance-abuse treatment
addall(
    "lk_substance",
    [
        "Rusmiddelcentret: samtale med {Aske Agger}, pt ønsker abstinensbehandling.",
        "{aske} har udleveret metadon 90 mg under overvågning.",
        "pt: 'hvis {aske} ikke giver mig min dosis i dag, så ved jeg hvad jeg gør'",
        "«Misbrugsbehandler» {Aske} - urinprøve neg. for opioider, pos. for THC.",
        "{AA} 09.10: pt mødt, ikke påvirket.",
        "{Agger} anbefaler døgnbehandling.",
        "{asag} afsluttede udleveringsnotat 09:32",
        "pt har lagt et billede af {Aske Agger} på facebook med teksten 'husk ham'",
        "pt får kun udleveret medicin, når {Aske Agger} og en kollega er til stede",
        "ifølge {aske a.} var pt stenet ved fremmøde",
        "Behandlingsplan udarbejdet af {Aske Agger}, «misbrugsbehandler», og pt",
        "pt truede {aske} i venteværelset: 'du skal ikke være her når jeg kommer igen'",
    ],
)

# ----------------------------------------------------------------- 13. threats, stalking, SMS, nicknames
addall(
    "lk_threats",
    [
        "SMS (screenshot vedlagt) 23:14 til «kontaktperson» {helle}: 'fin rød bil du har. ses 😊'",
        "sms til «rådgiver» {Lykke Kamp}: 'jeg ved hvor du bor. «Birkevej» er en fin vej'",
        "pt til socialpædagogen: '{storm} du skal passe på din søn <Alfred>, han går jo i 2.b'",
        "pt: 'I kan ikke gemme {ida vinter} for mig, jeg har set hende i Netto'",
        "Facebook-besked til {Tom Vang}«s» private profil: 'stikker'",
        "pt viser et billede af {Max Due}«s» hus på sin telefon og siger 'pænt hus'",
        "'{MAX DUE} JEG FINDER DIG' - sms 02:11",
        "voicemail til jobcentret: 'det er [Dennis]... {ole}... du ved godt hvad du har gjort'",
        "pt har skrevet {bjørn falk}«s» nummerplade «AK 12 345» ned på en seddel",
        "'{Sten Hammer} din psykopat, det er dig der er syg'",
        "'hvad tror du din mand siger, {gry}, når han finder ud af det' - lejer til boligsocial medarbejder",
        "pt venter udenfor hver dag kl 15.30 når {Helle Rose} går fra arbejde",
        "'{pia nord} {pia nord} ring til mig' - 14 sms'er fra ukendt nr.",
        "pt har i venteværelset sagt højt: 'jeg skal nok få fat i {aske}'",
        "'sig til {lykke kamp} at hun skal hente sine unger tidligt i dag'",
        "trussel mod {Storm Lund} anmeldt af herberget 14.2",
        "pt: 'jeg kender {tom vang}«s» kone, hun arbejder i Føtex'",
        "SMS 02:03 'sov godt {helle r}' - afsender pt's nummer",
        "'{ida} fra akutten skal have sig en lærestreg' - pt om sygeplejersken",
        "citat: '{Gry Sand} og hendes hund går tur kl 6 hver morgen ved stranden'",
        "'{Hammer}«en» får sin straf' - sagt om overlægen ved udgangen",
        "pt til familiebehandleren: 'din lille pige <Freja> er så sød på billederne, {max}'",
        "'{pia nord} - jeg har fundet dig på linkedin'",
        "pt har spurgt andre beboere om {storm}«s» efternavn og hvor socialpædagogen bor",
        "'{Bjørn Falk}, Fanø, «sort Volvo»' - skrevet på bagsiden af tilsynsbrevet",
        "pt råber ved lågen til krisecentret: '{helle rose} {helle rose} hvor er mine børn'",
        "pt nævner navnene på «rådgiver» {Lykke Kamp}«s» børn: '<Otto> og <Ella>'",
        "'din røde cykel står der stadig, {ida}' - sms til sygeplejersken fra akutten",
        "'jeg ved at din datter hedder <Ella> {Vinter}' - pt til sygeplejersken",
        "pt til sin tilsynsførende: 'pas på, {bjørn}, jeg kender folk'",
    ],
)

# ----------------------------------------------------------------- 14. incident reports, risk, safety plans
addall(
    "lk_incident",
    [
        "Hændelsesrapport 14.02: Vold mod personale. Involveret: {Storm Lund}. Anmeldt til HR og arbejdsmiljørepræsentant.",
        "Arbejdsskade anmeldt for {Ida Vinter} (bid i underarm). Debriefing v/ psykolog.",
        "Sikkerhedsplan: pt må ikke være alene med {Pia Nord}, {Aske Agger} eller kvindelige ansatte.",
        "Alene-kontakt forbudt: {Helle Rose}, {Lykke Kamp}, {Max Due}",
        "Risikovurdering (HCR-20) v/ {Sten Hammer}: høj risiko for vold mod navngivne behandlere ({aske}, {bjørn falk})",
        "Trusselsvurdering: pt har nævnt {Gry Sand} ved navn 4 gange på en uge.",
        "Medarbejder {Tom Vang} ønsker at politianmelde truslen.",
        "Beskyttelse: {Helle Rose}«s» navn, adresse og bil må ikke fremgå af dokumenter til far.",
        "Brøset-score 3 kl 02 (spl. {PN}): forebyggende tiltag iværksat.",
        "Vidner: {Storm L.}, pedel [Storm Nielsen]",
        "Hændelse rapporteret af: {OK} | Dato: 03.03 | Type: trussel",
        "Debriefing afholdt med {Bjørn Falk}, {Aske Agger} og teamleder.",
        "Adressebeskyttelse søgt for {Gry Sand} og {Ida Vinter} via HR.",
        "Sikkerhedsplan, punkt 4: ved fremmøde ringes til {Max Due} eller psykolog [Helle Bak]",
        "Politianmeldelse, forurettet: {Lykke Kamp}, «socialrådgiver»",
        "{LK} og {MD} går aldrig alene til bilen efter møder med far.",
        "Rapport v/ {Ida V.}: pt greb fat i hendes halskæde.",
        "Voldsforebyggende plan revideret af {Sten Hammer} og spl. [Marianne Hammer].",
        "Alene-kontakt forbudt med pt: {ole krog}, {lykke kamp}, {helle rose} - altid to medarbejdere",
        "Arbejdsmiljø: {Tom Vang} og {Bjørn Falk} tilbydes psykolog efter episoden",
        "Påtaleopgivelse? Nej - {Helle Rose} fastholder anmeldelsen.",
        "Efter truslen skifter «socialrådgiver» {Lykke} arbejdssted midlertidigt (aftalt m. HR).",
        "Risiko: pt har tidligere opsøgt {Gry Sand}«s» private adresse. Dørtelefon installeret.",
        "Polititilhold udstedt til pt i forhold til {Helle Rose} og {Pia Nord}.",
        "Risk assessment: staff member {Sten Hammer} was threatened by the patient on 3 March.",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 15. the name parts used as words
addall(
    "ow_words",
    [
        "Krisecentret er et [helle] for kvinder, siger mor.",
        "Han vil [hellere] bo på gaden end på herberget.",
        "Han fik en [rose] af sin datter til fødselsdagen.",
        "Vi [roser] ham for at møde til tiden.",
        "pædagogen [rosede] sønnen for hans tegning",
        "Der var [storm] i nat, mange kom ind fra kulden.",
        "Han [stormede] ud af mødet kl 10.20.",
        "[Stormvejr] - herberget åbner ekstra senge.",
        "[Stormen] har lagt sig, han er faldet til ro.",
        "Sov udendørs i en [lund] bag Bilka.",
        "Flasken var [tom], han bad om mere.",
        "Lejligheden stod [tom] ved udsættelsen.",
        "Han har [tomme] lommer og intet ID.",
        "Køleskabet er [tomt].",
        "Han føler en [tomhed] efter anbringelsen.",
        "[Tom] for penge d. 20. hver måned.",
        "Kommunens [vinterberedskab] er aktiveret, -8 grader.",
        "Til [vinter] vil han søge ind på [vinterherberget].",
        "Han har ikke [vintertøj].",
        "[Vinteren] var hård, han sov i en opgang.",
        "Han vil flytte [nordpå] til sin bror.",
        "Han kommer fra [Nord]jylland, siger han.",
        "Rygning kun på terrassen, [askebæger] ved døren.",
        "[Aske] fra cigaretter på gulvet i værelset.",
        "Han har hængt jakken på en [krog] i gangen.",
        "Han sad i en [krog] af venteværelset og græd.",
        "[Krogen] på døren er knækket.",
        "Held og [lykke] med lejligheden!",
        "Det [lykkedes] ikke at få kontakt til lejeren.",
        "[Trafikulykke] 2015 med hovedtraume.",
        "Det [lykkes] ham at holde sig ædru i 3 uger.",
        "Han var involveret i en [slåskamp] på Torvet.",
        "[Kampen] mod alkoholen er hård, siger han.",
        "Han træner [kampsport] 3 gange om ugen.",
        "Det var en [bjørnetjeneste] at låne ham penge.",
        "Datteren sover med en [bjørn] af plys hver nat.",
        "Han fik en [sten] i hovedet under tumulten.",
        "Han var [stenet] ved mødet, pupiller store.",
        "Kendt med [nyresten].",
        "Han truede med en [hammer] i opgangen.",
        "Politiet fandt en [hammer] og en kniv i bilen.",
        "[Max] 2 genstande om dagen er aftalen.",
        "Paracetamol [max] 4 g i døgnet.",
        "Samvær [max] 2 timer, overvåget.",
        "Det [duer] ikke at ringe om natten, har vi sagt.",
        "En [due] var fløjet ind i opgangen.",
        "Han lavede mad i en [gryde] på værelset - ikke tilladt.",
        "Det er [sandt], siger han, at han ikke har drukket.",
        "[Sandsynligvis] påvirket af kokain.",
        "Han har [sand] i skoene efter en nat på stranden.",
        "Han så en [falk] på taget, siger han, og blev urolig.",
        "Han bor alene i en [tom] lejlighed uden møbler.",
        "Det er en [sand] fornøjelse at se ham ædru, siger mor.",
        "Han har [roset] personalet for at lytte.",
        "De [tomme] flasker står i [krogen] ved døren.",
        "han [stormede] ind og smækkede døren",
        "flasken [tom] - ingen abstinenser",
        "det [lykkedes] at få ham til at sætte sig",
        "[held og lykke] - skrev han på kortet til børnene",
        "tør ikke gå ud om [vinter]en, siger han",
    ],
)

# ----------------------------------------------------------------- 16. the initials used as abbreviations
addall(
    "ow_abbrev",
    [
        "Arbejdsskade anmeldt til [HR] 14.02.",
        "[HR]-afdelingen er orienteret om truslen.",
        "Vi har skrevet til [hr.] Bjerre i boligselskabet.",
        "Tillidsrepræsentant fra [SL] deltog i debriefingen.",
        "[SL]-kredsen tilbyder juridisk bistand.",
        "Han ser [tv] hele natten på fællesarealet.",
        "Adresse: Kirkegade 12, 3. [tv.]",
        "[TV 2] har ringet ang. sagen.",
        "[TV]'et i værelset er fjernet.",
        "Stengade 4, st. [tv]",
        "[IV]-adgang anlagt i ve. albuebøjning.",
        "Givet paracetamol 1 g [i.v.]",
        "[iv] væske 1 l NaCl over 4 t",
        "Psykiatrisk afsnit [IV], Esbjerg",
        "Zyprexa 10 mg [p.n.]",
        "[PN]-medicin givet kl 02: Truxal 50 mg",
        "[pn]: max 3 gange i døgnet",
        "Han går til [AA]-møder 2 gange om ugen.",
        "Sponsor fra [AA] har ringet.",
        "[AA] og [NA] tilbydes som supplement.",
        "[OK], aftalt.",
        "Pt siger [ok] til at blive til i morgen.",
        "[Ok] - vi ses mandag.",
        "'[ok] jeg kommer' - sms fra pt",
        "Hendes [bf] har været voldelig, siger hun.",
        "[BF] = boyfriend, skriver hun i sms'en.",
        "Tilsyn 1 gang pr. [md.]",
        "Sanktion i 3 [mdr.]",
        "Samvær hver [md]",
        "[SSP]-samarbejdet er orienteret.",
        "[PSP]-møde flyttet til torsdag.",
        "[BUF] har modtaget underretningen.",
        "[KiF] Sydvestjylland - tilsyn ophører 2025.",
        "[SARA]-vurdering udført.",
        "[HCR-20] gennemført, moderat risiko.",
    ],
)

# ----------------------------------------------------------------- 17. the citizen and his family
addall(
    "ow_family",
    [
        "[Dennis Krog] (35) mødte op med sin bror [Tom].",
        "Sønnen [Storm] (8) er anbragt i plejefamilie.",
        "Datteren [Lykke] (5) går i børnehave i Vestbyen.",
        "Mor [Ida Krog] (61) deltog i samtalen.",
        "Ex-samlever [Helle Nord] bor på krisecenter med børnene.",
        "Børnenes mor, [Helle], ønsker ikke samvær med far.",
        "[Storm] og [Lykke] savner deres far.",
        "Broren [Tom Krog] har lånt ham penge.",
        "Far til [Storm] (8) og [Lykke] (5).",
        "[Krog], [Dennis], 120489-xxxx",
        "Farmor [Ida] passer børnene om fredagen.",
        "Farbror [Tom] henter [Storm] efter skole.",
        "[Lykke Krog], f. 2019, og [Storm Krog], f. 2016",
        "Sms fra ex'en [Helle]: 'du må ikke komme her mere [Dennis]'",
        "[Storm] (8 år) fortæller at far råbte af mor.",
        "[Lykke] på 5 år sover dårligt.",
        "Hans mor, [Ida Krog], er hans eneste netværk.",
        "[Tom] (bror) kører ham til tilsyn.",
        "Han ringede til sin mor [Ida] fra arresten.",
        "[Dennis] og [Helle Nord] var samlevende 2014-2023.",
        "Pårørende: [Ida Krog] (mor), [Tom Krog] (bror)",
        "Hej det er [Dennis], kan I sige til [Storm] at far elsker ham",
        "Mvh [Dennis Krog]",
        "[Storm]s fødselsdag er på lørdag - far ønsker at give en gave.",
        "[Lykke]s børnehave har underrettet.",
        "Familien [Krog]: far [Dennis], farmor [Ida], farbror [Tom].",
        "[Tom Krog] (38) er tidligere straffet for vold.",
        "[Ida Krog] ringer hver dag for at høre til sin søn.",
        "[Storm] og lillesøster [Lykke] er anbragt sammen.",
        "Børnene, [Storm] og [Lykke], har samvær med far hver 14. dag.",
        "[Helle Nord] (31) har fået skærmet adresse.",
        "Samvær: far, [Storm] (8), [Lykke] (5). Mor ([Helle]) ikke til stede.",
        "Pt. [Dennis Krog] indlagt 23.50 via politiet.",
        "[Storm Krog], 2.b, Vestbyskolen",
        "[Tom] (bror): 'han er ikke farlig, han er bare ked af det'",
        "lillebror [Storm] græd da far gik",
        "mor til børnene ([Helle Nord]) er flyttet til anden by",
        "far ([Dennis]) og farmor ([Ida]) til stede ved samværet",
        "[Lykke] (5 år) tegnede en tegning til far",
        "[Dennis] siger at [Tom] (storebror) er den eneste der hjælper ham",
    ],
)

# ----------------------------------------------------------------- 18. non-hidden colleagues
addall(
    "ow_colleagues",
    [
        "Pedel [Storm Nielsen] har skiftet låsen på vær. 12.",
        "pedel [Storm] har fjernet graffitien",
        "Forstander [Jette Rose] har skrevet til kommunen.",
        "forstander [Rose] udtaler sig ikke til pressen",
        "Psykolog [Helle Bak] har set [Storm] (8) 4 gange.",
        "psykolog [Helle] har testet [Lykke] (5)",
        "Lægesekretær [Ida Lund] har sendt epikrisen.",
        "sekretær [Lund] booker ny tid",
        "Klubleder [Kim Vang] kender [Dennis] fra ungdomsklubben.",
        "klubleder [Vang] ringede kl 19",
        "Overlæge [Pia Holt] vurderede pt kl 00.30.",
        "overlæge [Pia] har ordineret Zyprexa",
        "Teamleder [Rasmus Kamp] har overtaget sagen.",
        "teamleder [Kamp] svarer på klagen",
        "Fængselsbetjent [Jonas Falk] fulgte pt til retten.",
        "fængselsbetjent [Falk] har visiteret pt",
        "Spl. [Marianne Hammer] gav depotinjektion.",
        "spl. [Hammer] har målt BT og puls",
        "Portør [Bjørn Dahl] hjalp med fastholdelsen.",
        "portør [Bjørn] kørte pt til røntgen",
        "[Storm Nielsen] og [Jette Rose] deltog i personalemødet.",
        "[Ida Lund] (sekretær) og [Pia Holt] (overlæge)",
        "[Kim Vang], klubleder, Ungdomsklubben Vest",
        "[Rasmus Kamp], teamleder, Børne- og Ungeforvaltningen",
        "[Jonas Falk], fængselsbetjent, Arresthuset i Esbjerg",
        "[Marianne Hammer], sygeplejerske, Retspsykiatrisk Ambulatorium",
        "[Bjørn Dahl] (portør) og vagtlæge [Ahmadi]",
        "Spørg pedel [Storm N.] om nøglen.",
        "[Helle Bak], psykolog, Familiehuset",
        "[Pia H.] (overlæge) har skrevet journalnotat.",
    ],
)

# ----------------------------------------------------------------- 19. unlisted people: police, lawyers, others
addall(
    "ow_unlisted",
    [
        "Politiassistent [Jesper Mørch] kom kl 02.15.",
        "Advokat [Camilla Westh] repræsenterer far.",
        "Bistandsadvokat [Søren Falkenberg] for mor.",
        "Politiassistent [Mikkel Stormgaard] har optaget rapport.",
        "Dommer [Bodil Kjærsgaard] afsagde kendelse.",
        "Fogedfuldmægtig [Nikolaj Bech] ledte forretningen.",
        "Vagtlæge [Ahmadi] tilså pt kl 03.",
        "Gadeplansmedarbejder [Kasper Hammerich] kender ham fra Torvet.",
        "Advokat [Maja Rosenkvist] har anmodet om aktindsigt.",
        "Betjent [Nordahl] og betjent [Mørch] kørte ham hjem.",
        "Vicepolitiinspektør [Lone Sandberg] har godkendt tilholdet.",
        "[Patrick], mors nye kæreste, var til stede.",
        "Kammerat [Kenneth] har givet ham husly.",
        "Jobkonsulent [Rikke] tog over efter mødet.",
        "Plejemor [Susanne Dueholm] har ringet om [Lykke] (5).",
        "Klasselærer [Frederik Vangsgaard] har underrettet.",
        "Tolk [Hassan Ali] deltog på telefon.",
        "Vagtchef [Ole Bjerregaard] (politiet) har ringet tilbage.",
        "Forsvarer, advokat [Sten Lykkeberg], var med i retten.",
        "Politiassistent [Ida Kjeldsen] afhørte ham.",
    ],
)

# ----------------------------------------------------------------- 20. places, streets, firms, institutions
addall(
    "ow_places",
    [
        "Bor på [Rosenvænget] 14, 2. [tv].",
        "Han er vokset op i [Hellerup].",
        "Sov på en bænk i [Hellebæk] i sommer.",
        "Hun har fået en bolig i [Nordby] på Fanø.",
        "Har været på [Sandholm] i 2 uger.",
        "[Falck] kørte ham til Sydvestjysk Sygehus.",
        "Sommerhus i [Agger] lånt af en kammerat.",
        "Han har boet i [Lund] i Sverige.",
        "Adresse: [Stormgade] 7, 1. th.",
        "Kaffe på [Café Duen] med gadeplansmedarbejderen.",
        "Han er opvokset i [Hammerum] ved Herning.",
        "Kursus på [Krogerup] Højskole afbrudt.",
        "[Lykke] (5) går i børnehaven [Bjørnehulen].",
        "Købte øl i Netto på [Kampmannsgade].",
        "Bor nu på botilbuddet [Stenhuset].",
        "Han har arbejdet hos [Lykke Rengøring ApS].",
        "Han tager toget fra [Nordhavn] station.",
        "Bor i [Vangede] hos en kammerat.",
        "[Vinterherberget] i Kirkegade har plads.",
        "Indsat i [Vestre Fængsel] 2018.",
        "Han kommer fra [Nordjylland].",
        "Ansat på [Sandbjerg] Gods som gartner.",
        "Mødested: [Duevej] 3, opgang B.",
        "[Storms Pakhus] i Odense - han arbejdede der i 2019.",
        "Løsladt fra [Statsfængslet i Nr. Snede].",
    ],
)

# ----------------------------------------------------------------- 21. courtesy titles with the family's names
addall(
    "ow_titles",
    [
        "[Hr. Krog] mødte op kl 10.",
        "[hr. Krog] har fået partshøring i e-Boks.",
        "[Fru Krog] (mor) ringede i formiddags.",
        "[Fru Nord] har skærmet adresse.",
        "Kære [hr. Krog]",
        "[Familien Krog] har fået ny sagsbehandler.",
        "[fru Nord] og [hr. Krog] må ikke mødes uden politi.",
        "[Mr Krog] was brought in by police at 02.40.",
        "[Hr. Dennis Krog]",
        "[Fam. Krog] - hjemmebesøg aflyst.",
        "[Hr. og fru Krog] (forældre til pt) ringede.",
        "[Brødrene Krog] er begge kendt af politiet.",
        "[Fru Nord]s advokat har skrevet.",
        "[Mrs Nord] is staying at the shelter with the children.",
        "Til [hr. Krog], Stengade 4, st. [tv]",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Tom} fra PSP fandt lejligheden [tom].",
        "«kontaktperson» {helle} siger krisecentret skal være et [helle] for mor",
        "«socialrådgiver» {Lykke} ønskede far held og [lykke].",
        "Det [lykkedes] {Lykke Kamp} at få far til at sætte sig.",
        "pt truede «overlæge» {Sten} med en [sten]",
        "[Hammer] fundet i tasken; «overlæge» {Hammer} orienteret.",
        "{max} siger [max] 2 timers samvær",
        "{Due} fodrede [duerne] med børnene",
        "[Sandsynligvis] er det [sandt], siger {Gry Sand}.",
        "{aske} tømte [askebægeret] på terrassen",
        "«sagsbehandler» {Krog} hængte jakken på [krogen]",
        "pt [stormede] ud, «socialpædagog» {storm} fulgte efter",
        "{Vinter} har bestilt plads på [vinterherberget].",
        "{nord} (spl.) siger han vil flytte [nordpå]",
        "«rådgiver» {Kamp} [roser] far for [kampen] mod misbruget",
        "«tilsynsførende» {bjørn} så [Lykke] (5) sove med en [bjørn] af plys",
        "{gry} satte en [gryde] kaffe over til lejeren",
        "[IV]-adgang lagt af {IV}",
        "Zyprexa [p.n.] givet af {PN}",
        "[AA]-møde formidlet af {AA}",
        "[OK] - sign. {OK}",
        "[HR] orienteret af {HR}",
        "Ny adresse: Havnegade 3, 2. [tv.] (noteret af {TV})",
        "samvær 1 gang pr. [md.], aftalt af {MD}",
        "[Falck] hentede pt, «tilsynsførende» {Falk} orienteret",
        "{Helle Rose} fik en [rose] af [Lykke] (5)",
        "[Storm] i nat - {Storm Lund} alene på vagt på herberget",
    ],
)

addall(
    "mx_people",
    [
        "[Storm] (8) og «socialpædagog» {Storm} har aldrig mødt hinanden.",
        "[Lykke] (5) og «socialrådgiver» {Lykke} tegnede sammen.",
        "farmor [Ida] og spl. {Ida} talte sammen kl 03",
        "broren [Tom] og «PSP-koordinator» {Tom} var begge til mødet",
        "ex'en [Helle] og «kontaktperson» {Helle} kom sammen til retten",
        "[Helle Nord] og {Pia Nord} er ikke i familie.",
        "[Dennis Krog] og «sagsbehandler» {Ole Krog} er ikke i familie.",
        "forstander [Jette Rose] og {Helle Rose} fra krisecentret",
        "pedel [Storm Nielsen] og {Storm Lund}",
        "psykolog [Helle Bak] og «familiebehandler» {Max Due}",
        "[Ida Lund] (sekretær) og {Ida Vinter} (spl.)",
        "klubleder [Kim Vang] og {Tom Vang}",
        "overlæge [Pia Holt] og spl. {Pia Nord}",
        "teamleder [Rasmus Kamp] og {Lykke Kamp}",
        "fængselsbetjent [Jonas Falk] og {Bjørn Falk}",
        "spl. [Marianne Hammer] og «overlæge» {Sten Hammer}",
        "portør [Bjørn Dahl] og «tilsynsførende» {Bjørn}",
        "[hr. Krog] ringede til «sagsbehandler» {Krog} 4 gange",
        "<Helle> har ringet.",
        "<Lykke> var glad i dag.",
        "<Storm> kommer kl 15.",
        "<Ida> har været her.",
        "<Tom> ringer i morgen.",
        "<Pia> har vagt i nat.",
        "<Kamp> svarer på mailen.",
        "<Vang> var med til mødet.",
        "<Falk> har ferie.",
        "<Hammer> tager den.",
        "<Lund> har nøglen.",
        "<Nord> er syg i dag.",
        "<Rose> har skrevet.",
        "<Bjørn> hjælper til.",
        "<Krog> var her kl 10.",
        "pt kalder «tilsynsførende» {Bjørn Falk} for '<Bamse>'",
        "pt kalder «kontaktperson» {Helle Rose} '<Hele>' i sms'erne",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering herberget nat:\n- [Dennis] vær. 12 (kontakt: «socialpæd.» {storm})\n- [storm] i nat, 4 ekstra senge\n- [tv] slukket kl 01",
        "Netværksmøde 12.3.\nDeltagere: far [Dennis Krog], farmor [Ida Krog], «socialrådgiver» {Lykke Kamp}, «familiebehandler» {Max Due}, psykolog [Helle Bak], advokat [Camilla Westh].\nReferent: {LK}",
        "Akutmodtagelsen 02.40\nModtaget af spl. {ida}. [IV]-adgang ve. arm.\nPt: 'jeg ved hvor du bor, {ida}'\nMor [Ida Krog] ringet op kl 04.",
        "Psyk. akut 23.50: pt truende. Spl. {Pia Nord} + overlæge [Pia Holt]. Zyprexa 10 mg [p.n.] kl 00.20 ({PN}). Pt [stenet].",
        "Jobcentret: sanktion 1 [md.] ({OK}). Borger: '[ok], men {ole} skal passe på'. [Hr. Krog] forlod mødet.",
        "Krisecentret: [Helle Nord] og børnene [Storm] (8) og [Lykke] (5) er i sikkerhed. «Kontaktperson» {Helle Rose} ({HR}). Far har stået ved lågen - anmeldt, kopi til [HR].",
        "Tilsyn, Kriminalforsorgen\n{Bjørn Falk}: pt mødt, [stenet], afviser [AA].\nNy tid 9/12. Fængselsbetjent [Jonas Falk] informeret.",
        "Rusmiddelcentret\nMetadon 90 mg udleveret af {aske} kl 09.10 ([max]-dosis nået).\nPt: 'hvis {aske agger} ikke øger, så går det galt'\n[Askebæger] fjernet fra venteværelset.",
        "Udsættelse 12.3 kl 9:\nMødt: fogedfuldmægtig [Nikolaj Bech], {Gry Sand}, låsesmed.\nLejligheden [tom]. [Sandsynligvis] flyttet til broren [Tom Krog].",
        "SSP-notat 2004:\n{tom vang} har talt med [Dennis] (15) efter [slåskamp] ved klubben.\nKlubleder [Kim Vang] og mor [Ida Krog] til stede.",
        "Retspsyk. amb.: «overlæge» {Sten Hammer}. Pt siger om overlægen: '{Hammer}«en» skal have en [sten] i hovedet'. Spl. [Marianne Hammer] til stede. Sikkerhedsplan opdateret.",
        "Familiehuset, samvær: far, [Storm] (8), [Lykke] (5). Overvåget af {Max}. [Max] 2 timer. Far til {max}: 'det her [duer] ikke'.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
