"""Red-team probes for indsigt name hiding (rt49): the SHORT FIELDS AND MESSAGES a citizen reads
outside the clinical notes - appointment reminders, SMS and booking confirmations, rebookings and
cancellations, secure messages (sundhed.dk, MinSundhed, e-Boks, Digital Post) with replies and
signatures, e-consultation answers from a GP clinic, the shared pregnancy record's short entries,
author/responsible fields, access-log display strings, a municipality's decision letters and
complaint guidance, answers from privacy officers to a complaint about an access, medication-card
and prescription lines, lab and test-result release messages, vaccination records, home-care
visit plans and calendar/rota lists - and the over-hiding traps of the same genres.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone: a hidden staff member's name part (given name, middle name, family name,
         either part of a double or hyphenated family name, the whole hyphenated name),
         registered initials, user name (the part after the domain backslash) or e-mail local
         part, used for that person -> a letter inside not covered by a span = LEAK
  [...]  must stay: the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, an abbreviation, a month, a unit, a place, a street, a drug, a clinic, a
         firm -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word written next to a hidden name (læge, overlæge,
         reservelæge, jordemoder, sygeplejerske, øjenlæge, fysioterapeut, sagsbehandler,
         visitator, bioanalytiker, lægesekretær, hjemmesygeplejerske, vaccinationssygeplejerske,
         praktiserende læge, Dr., RN, MD, case worker, fys.); a genitive -s glued to a hidden
         name; the domain of a hidden person's user name (RSYD\\, REGH\\) or e-mail
         (@rsyd.dk); a direct phone number written as the hidden person's own.
  Unmarked letters and digits are must-stay too: field labels ("Forfatter:", "Ansvarlig:",
  "Udført af:", "Godkendt af:", "Kontaktperson:", "Ansvarlig læge:", "Jordemoder:" - a label
  before a colon stays even if it is a title word), dates, times, clinic phone numbers,
  addresses, clinic and department names. Literal "[", "{", "<" and "«" cannot appear in a
  probe: they are the markup.

Rules I apply when marking (the same in every genre):
  1. A part owned only by hidden staff (Per, Rask for Per Rask - see 3; Maj, Tage, Lis, Gram,
     Ulla, Stær, Eva, Jan, Alma, Fjord, Lærke, Sand, Nørgaard, Anja, Dal-Hansen, Yasmin,
     Khalil, Hjort - see 5) used for that person is gone in every form: full, given only,
     family only, lower case, upper case, ASCII-folded (staer), abbreviated ("Mette L. Holm",
     "P. Rask", "Alma F."), family-first ("Holm, Mette Lykke", "RASK, PER"), with a genitive
     -s, in a signature, a field, a log line, a list, a reply quote, English text.
  2. Registered initials, user names and e-mail local parts are gone where they stand for the
     person (a field, sign., a slash signature, a log line, a rota, "ord."). The same letters
     used as the word or abbreviation they also are stay: AF (atrieflimren) and "af", th.
     (højre), is (ice), MS (sclerose), p.r./PR-interval, ur/uret, ADH/ADHD, ED (emergency
     department), IDA, "mast" in mastitis/mast cell.
  3. A part shared with a non-hidden colleague (Rask - Jakob Rask, GP in the same clinic; Holm
     - Søren Holm, private eye specialist; Mette - Mette Lund, secretary; Storm - Karina Storm,
     secretary at the midwife centre; Dam - Peter Dam, department head; Due - Louise Due, data
     protection officer; Ida - Ida Krogh, home-care helper; Lang - Henrik Lang, patient office)
     is gone when the hidden person's other part, initials, title, role or own workplace
     settles it ("sygeplejerske Mette", "jordemoder Storm", "sagsbehandler Dam", "overlæge
     Due", "fys. Lang"); it stays when the colleague's full name, title, role or workplace
     settles it ("sekretær Mette", "øjenlæge Holm", "afdelingsleder Dam", "Ida fra
     hjemmeplejen"); bare and unsettled it is debatable. "læge Rask"/"Dr. Rask" at Lægerne i
     Holmegade is unsettled (both GPs are Rask) -> debatable.
  4. A part shared with the citizen or a relative (Ring - the citizen Sara Ring Madsen; Dam -
     partner Mads Dam; Storm - son Storm Dam, 4; Kim - father Kim Madsen; Tove - sister Tove
     Madsen; Lykke - late mother Lykke Madsen) is gone when the hidden person's title, other
     part, initials, role or workplace settles it ("hjemmesygeplejerske Ring", "bioanalytiker
     Kim", "Kim, Klinisk Biokemi", "Mette Lykke"); it stays when the text says who the relative
     is (kinship word, age, full name, being the addressee or the sender, "din far"); bare and
     unsettled it is debatable.
  5. A part shared with an unlisted person (Per Kristensen, lawyer; Bente Hjort, neighbour;
     Jørgen Hansen, neighbour; Eva Jensen, interpreter) stays when that person's full name,
     role or kinship is written; the matcher is not told about that person.
  6. Words, units, months, places, streets, drugs, clinics and firms stay even when spelt like
     a hidden name part, initials or user name - also capitalised at the start of a sentence,
     also in compounds (stæroperation, langtidsblodsukker, tillykke, Bornholm, Fjordvej,
     Ringe, Gram Slot, Lisinopril, Ringer-acetat, Yasmin the contraceptive pill, Lægerne i
     Holmegade, Øjenklinikken Søren Holm, Lang & Due Rengøring ApS), and also in a text that
     names the hidden person. per (1 tablet per dag, "Per 01.01.2027"), rask (healthy), tage
     (to take), gram, ring (call), stær (cataract), due (English), jan./Jan (month), lang
     (long), maj (month), storm (weather), lykke (luck), sand/sandt, tang are words.
  7. Lower-case fast text and English text get the same judgement as careful Danish prose.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  staff use + word/relative use

Roster (new, decided before writing the probes):
  Hidden staff (15), with what the parts and initials also are:
    Mette Lykke Holm   sygeplejerske, Hjerteklinikken, Rigshospitalet; REGH\\mlho,
                       mlho@regionh.dk; MLH   (lykke = luck, Lykke = late mother; holm = islet,
                       Holmegade, Bornholm; Holm = Søren Holm; Mette = Mette Lund)
    Per Rask           praktiserende læge, Lægerne i Holmegade; per.rask@dadlnet.dk; PR
                       (per = per/as of; rask = healthy; PR-interval, p.r.; Rask = Jakob Rask)
    Maj Storm          jordemoder, Jordemodercentret Odense; RSYD\\mast; MS  (maj = May; storm;
                       Storm = son, Karina Storm; MS = sclerosis; mast)
    Tage Dam           sagsbehandler, Odense Kommune; tada@odense.dk; TD  (tage = to take; dam;
                       Dam = partner, Peter Dam)
    Lis Gram           overlæge, Endokrinologi OUH; RSYD\\ligr; LG  (gram; Gram-farvning; Gram
                       town; Lisinopril)
    Ulla Ring          hjemmesygeplejerske, Odense Kommune; ulri@odense.dk; UR  (ring = call,
                       finger ring; Ring = citizen's middle name; Ringe, Ringsted; ur = clock)
    Ida Stær           overlæge, Øjenafdelingen OUH; RSYD\\idst, ida.staer@rsyd.dk; IS  (stær =
                       cataract; is = ice; Ida = Ida Krogh)
    Kim Tang           bioanalytiker, Klinisk Biokemi OUH; RSYD\\kita; KT  (kim; tang =
                       seaweed; Kim = father)
    Eva Due            overlæge, Gynækologisk-obstetrisk afd. OUH; eva.due@rsyd.dk; ED  (due =
                       dove, English "due"; ED; Due = Louise Due)
    Jan Lang           fysioterapeut, Genoptræningen; jala; JL  (jan./Jan = January; lang =
                       long; Lang = Henrik Lang; Langeland)
    Alma Fjord         social- og sundhedshjælper, hjemmeplejen; alfj; AF  (fjord, Fjordvej;
                       AF = atrieflimren, af)
    Tove Hjort         lægesekretær, Klinisk Sekretariat OUH; RSYD\\tohj, tohj@rsyd.dk; TH
                       (th. = højre; hjort = deer, Hjortshøj; Tove = sister; Bente Hjort)
    Lærke Sand Nørgaard  vaccinationssygeplejerske; lsno; LSN  (lærke = lark; sand, sandt)
    Anja Dal-Hansen    visitator, Odense Kommune; adha@odense.dk; ADH  (Dalum; Hansen =
                       Jørgen Hansen; ADH hormone, ADHD)
    Yasmin Khalil      reservelæge, Akutmodtagelsen OUH; RSYD\\yakh; YK  (Yasmin = a pill)
  Non-hidden colleagues: Jakob Rask (praktiserende læge, Lægerne i Holmegade), Søren Holm
    (privatpraktiserende øjenlæge, Øjenklinikken Søren Holm), Mette Lund (lægesekretær,
    Hjerteklinikken; REGH\\melu), Karina Storm (sekretær, Jordemodercentret), Peter Dam
    (afdelingsleder, Myndighed Ældre), Louise Due (databeskyttelsesrådgiver, Region
    Syddanmark), Ida Krogh (social- og sundhedshjælper, hjemmeplejen), Henrik Lang
    (chefkonsulent, Patientkontoret).
  Citizen: Sara Ring Madsen (32), pregnant (term 04.06.2027), palpitations, gestational
    diabetes; holds a power of attorney (fuldmagt) for her father's records and municipal case.
  Relatives: Mads Dam (partner), Storm Dam (son, 4), Kim Madsen (father, 79; home care,
    cataract), Tove Madsen (sister), Lykke Madsen (mother, died 2024).
  Unlisted (must simply stay): Per Kristensen (advokat), Bente Hjort (nabo), Jørgen Hansen
    (nabo), Eva Jensen (tolk).

Written by a red-team helper (rt49) that had not seen the matcher's rules, word lists, tests,
docs or changelog, nor any other names_rt*_probes.py file beyond the format parts of rt44; the
markup above was fixed before the first run and is not changed after it except for markup
errors by this standard (listed below, if any).

Run:  .venv/bin/python bench/independent/names_rt49_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Size (counted before the first run): 604 probes - 326 lk_*, 193 ow_*, 85 mx_*; 399 probes
hold a {...} (leak probes), 193 hold only [...] (over-hide traps), 12 hold a <...>.

Markup fixes after the first run (markup wrong by the standard above): 1 probe. In
"Ugeskema Kim: Man/Ons/Fre 07.30 AF, ..." the father's given name Kim (shared with the hidden
Kim Tang) was marked must-stay, but the text gives no kinship, age or full name, so by rule 4
it is bare and unsettled -> now <Kim> (debatable). Nothing else was changed.
First run (pinned worktree, before the fix): TOTAL 604 probes, 548 ok, 11 leak, 45 over-hide,
debatable 12 hidden / 0 kept (helpers/rt49_first_run.txt).
Second run (after the fix): TOTAL 604, 549 ok, 11 leak, 44 over-hide, debatable 13 hidden / 0
kept (helpers/rt49_second_run.txt).
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        "h01",
        "Mette Lykke",
        "Holm",
        initials=("MLH",),
        emails=("mlho@regionh.dk",),
        usernames=("mlho",),
        titles=("sygeplejerske",),
    ),
    Person(
        "h02",
        "Per",
        "Rask",
        initials=("PR",),
        emails=("per.rask@dadlnet.dk",),
        titles=("praktiserende læge",),
    ),
    Person("h03", "Maj", "Storm", initials=("MS",), usernames=("mast",), titles=("jordemoder",)),
    Person(
        "h04",
        "Tage",
        "Dam",
        initials=("TD",),
        emails=("tada@odense.dk",),
        usernames=("tada",),
        titles=("sagsbehandler",),
    ),
    Person("h05", "Lis", "Gram", initials=("LG",), usernames=("ligr",), titles=("overlæge",)),
    Person(
        "h06",
        "Ulla",
        "Ring",
        initials=("UR",),
        emails=("ulri@odense.dk",),
        usernames=("ulri",),
        titles=("hjemmesygeplejerske",),
    ),
    Person(
        "h07",
        "Ida",
        "Stær",
        initials=("IS",),
        emails=("ida.staer@rsyd.dk",),
        usernames=("idst",),
        titles=("overlæge", "øjenlæge"),
    ),
    Person("h08", "Kim", "Tang", initials=("KT",), usernames=("kita",), titles=("bioanalytiker",)),
    Person(
        "h09",
        "Eva",
        "Due",
        initials=("ED",),
        emails=("eva.due@rsyd.dk",),
        usernames=("evdu",),
        titles=("overlæge",),
    ),
    Person("h10", "Jan", "Lang", initials=("JL",), usernames=("jala",), titles=("fysioterapeut",)),
    Person(
        "h11",
        "Alma",
        "Fjord",
        initials=("AF",),
        usernames=("alfj",),
        titles=("social- og sundhedshjælper",),
    ),
    Person(
        "h12",
        "Tove",
        "Hjort",
        initials=("TH",),
        emails=("tohj@rsyd.dk",),
        usernames=("tohj",),
        titles=("lægesekretær",),
    ),
    Person(
        "h13",
        "Lærke",
        "Sand Nørgaard",
        initials=("LSN",),
        usernames=("lsno",),
        titles=("vaccinationssygeplejerske",),
    ),
    Person(
        "h14",
        "Anja",
        "Dal-Hansen",
        initials=("ADH",),
        emails=("adha@odense.dk",),
        usernames=("adha",),
        titles=("visitator",),
    ),
    Person(
        "h15", "Yasmin", "Khalil", initials=("YK",), usernames=("yakh",), titles=("reservelæge",)
    ),
]

OTHERS = [
    Person("o01", "Jakob", "Rask", initials=("JR",), titles=("praktiserende læge",)),
    Person("o02", "Søren", "Holm", initials=("SH",), titles=("øjenlæge",)),
    Person("o03", "Mette", "Lund", initials=("ML",), usernames=("melu",), titles=("lægesekretær",)),
    Person("o04", "Karina", "Storm", initials=("KS",), titles=("sekretær",)),
    Person("o05", "Peter", "Dam", initials=("PD",), titles=("afdelingsleder",)),
    Person("o06", "Louise", "Due", initials=("LD",), titles=("databeskyttelsesrådgiver",)),
    Person(
        "o07",
        "Ida",
        "Krogh",
        initials=("IK",),
        usernames=("idkr",),
        titles=("social- og sundhedshjælper",),
    ),
    Person("o08", "Henrik", "Lang", initials=("HL",), titles=("chefkonsulent",)),
]

RELATIVES = [
    ("Mads", "Dam"),
    ("Storm", "Dam"),
    ("Kim", "Madsen"),
    ("Tove", "Madsen"),
    ("Lykke", "Madsen"),
]

CITIZEN = [("Sara", "Ring Madsen")]

P = Probes()
addall = P.addall


# ============================================================================= LEAK PROBES
addall(
    "lk_sms",
    [
        "Husk din tid hos {Per Rask} torsdag 10.12.2026 kl. 09.30. Lægerne i Holmegade, tlf. 66 12 34 56.",
        "Påmindelse: Du har tid hos «jordemoder» {Maj Storm} mandag 04.01.2027 kl. 10.15 i Jordemodercentret, Kløvervænget 10, Odense.",
        "Husk: tid hos «øjenlæge» {Ida Stær} 15.02.2027 kl. 08.00. Du må ikke selv køre bil hjem.",
        "OUH: Din tid hos {Lis Gram} 12.01.2027 kl. 13.40 er flyttet til 19.01.2027 kl. 11.00. Svar NEJ hvis tiden ikke passer.",
        "Din tid hos {Eva Due} til nakkefoldsscanning 22.01.2027 er aflyst pga. sygdom. Du får en ny tid i Digital Post.",
        "Påmindelse: blodprøve 03.03.2027 kl. 07.45. Mød fastende. Prøven tages af «bioanalytiker» {Kim Tang}, Klinisk Biokemi, indgang 20.",
        "Husk genoptræning hos {Jan Lang} tirsdag 08.12.2026 kl. 14.00 - husk indendørssko og træningstøj.",
        "Hej [Sara]. Husk vaccination mod influenza fredag 16.10.2026 kl. 12.20 hos {Lærke Sand Nørgaard}. Mvh Vaccinationsklinikken",
        "Tid bekræftet: 22.12.2026 kl. 09.00 hos {Per Rask}. Afbud senest 24 timer før på 66 12 34 56.",
        "{Per Rask}«s» konsultationer 23.12.2026 er aflyst pga. sygdom. Ring 66 12 34 56 for en ny tid.",
        "Tid hos {Maj} («jordemoder») 18.01.2027 kl. 9.40 - husk urinprøve i glasset.",
        "husk tid hos {maj storm} 01.02 kl 11 - jordemodercentret",
        "Påmindelse fra OUH: kontrol i Øjenambulatoriet hos «overlæge» {Stær} 15.02.2027 kl. 08.00, indgang 9.",
        "Ændret besøg: {Ulla Ring} kommer onsdag kl. 10 i stedet for tirsdag. Ring 63 75 00 00 hvis det ikke passer.",
        "Besøg fra hjemmesygeplejen 08.12.2026 kl. 11-12 ({ulla}). Ved afbud ring 63 75 00 00.",
        "Påmindelse: samtale med «sagsbehandler» {Tage Dam} 14.01.2027 kl. 10.00, Ørbækvej 100, lokale 2.14.",
        "Husk tid hos «læge» {Rask, Per} 10.12.2026 kl. 09.30.",
        "Booking bekræftet: Hjerteklinikken, sygeplejerskekonsultation ved {Mette L. Holm} 05.01.2027 kl. 08.30.",
        "Tid hos {Mette Lykke Holm}, Hjerteklinikken, Rigshospitalet, opgang 2, 2. sal. Afbud: 35 45 00 00.",
        "Kontrol af eventmonitor 05.01.2027 kl. 08.30 - {MLH}",
        "Sms fra jordemoderen: Hej [Sara], jeg er forsinket ca. 15 min. Mvh {Maj}",
        "Din tid til genoptræning er flyttet til 15.12.2026 kl. 13.00, da {Jan} er på kursus.",
        "Du har fået en ny tid: 19.01.2027 kl. 11.00 hos «overlæge» {Gram}, Endokrinologisk amb. M, indgang 88.",
        "Påmindelse: Husk at tage dine tabletter før undersøgelsen. Venlig hilsen {Lis} og sekretærerne",
        "Tid til vaccination: 16.10.2026 kl. 12.20, v/ {Lærke}.",
        "Påmindelse: Hjemmebesøg 09.12.2026 kl. 13.00 v/ «visitator» {Anja Dal-Hansen} vedr. ansøgning om rollator.",
        "Din tid hos {Anja} 09.12.2026 er aflyst. Du får en ny tid.",
        "Vi bekræfter din tid hos {Yasmin} i Akutklinikken 11.11.2026 kl. 14.15. Husk sundhedskort.",
        "Aflysning: Tiden hos {Ida Stær} 15.02.2027 er aflyst, da operationsstuen er lukket. Ny tid følger.",
        "Ring venligst til {Tove} i sekretariatet på 65 41 00 00 for at bekræfte din tid.",
        "SMS: Tid hos {per} mandag kl 8.15 - ring hvis du er forhindret",
        "Bekræftelse af flytning: din tid hos {P. Rask} er nu 04.01.2027 kl. 08.15.",
        "Påmindelse: Telefonkonsultation med «læge» {Per} i morgen mellem 8 og 9. Hav din medicinliste klar.",
        "Ny tid: 21.12.2026 kl. 10.00 hos «bioanalytiker» {Kim} i blodprøvetagningen (prøven var hæmolyseret).",
        "Tid hos «jordemoder» {Storm} flyttet fra 18.01 til 20.01 kl. 9.40.",
        "Aflyst: visitationsbesøg 09.12 ({Dal-Hansen}). Ny tid sendes i Digital Post.",
        "Hjemmesygeplejen: {Ulla} kommer i dag ca. kl. 11.30.",
        "Husk at medbringe din eventmonitor til «sygeplejerske» {Mette} på torsdag. Hilsen Hjerteklinikken",
        "OUH Akutklinik: Tid til kontrol hos «reservelæge» {Khalil} 18.11.2026 kl. 10.10.",
        "Din tid hos {LIS GRAM} er bekræftet.",
    ],
)

addall(
    "lk_msg",
    [
        "Besked fra Lægerne i Holmegade:\nKære [Sara]\nDine blodprøver er fine. Du behøver ikke gøre mere.\nMed venlig hilsen\n{Per Rask}",
        "Svar på din besked 03.12.2026:\nHej [Sara Ring Madsen]\nJeg har forlænget din recept. Mvh {Per}",
        "Fra: {Mette Lykke Holm} («sygeplejerske»), Hjerteklinikken\nTil: [Sara Ring Madsen]\nEmne: Svar vedr. hjertebanken",
        "Kære [Sara]\nTak for din besked. Din eventmonitor viser ingen farlige rytmeforstyrrelser.\nVenlig hilsen {Mette}, sygeplejerske, Hjerteklinikken",
        "Re: Spørgsmål om medicin\n> Skal jeg fortsætte med Metoprolol nu hvor jeg er gravid?\nJa, fortsæt indtil videre. Vi drøfter det ved næste kontrol. /{MLH}",
        "Sendt af: {mlho}«@regionh.dk» 04.12.2026 15:12",
        "Besvaret af {Mette L. Holm}, sygeplejerske, 04.12.2026",
        "Digital Post fra Odense Kommune\nEmne: Partshøring vedr. hjemmehjælp til [Kim Madsen]\nKontaktperson: {Tage Dam}, «sagsbehandler», tlf. 65 51 10 00",
        "Med venlig hilsen\n\n{Tage Dam}\n«Sagsbehandler»\nÆldre- og Handicapforvaltningen\nOdense Kommune",
        "Mvh {Tage}",
        "Hej [Sara]\nJeg har modtaget fuldmagten fra din far. Du kan skrive til mig her.\nVenlig hilsen {Tage Dam}",
        "Besked fra Jordemodercentret\nHej [Sara]\nDin glukosebelastning er fin. Vi ses 18.01.\nKh {Maj Storm}, «jordemoder»",
        "Svar fra {Maj}: Ja, du må gerne tage Panodil. Højst 4 g i døgnet.",
        "Hej {Maj}\nJeg har haft lidt blødning i dag. Skal jeg komme ind?\n[Sara]",
        "Hej {Ulla}\nFar siger at I ikke kom i går. Kan du ringe til mig?\nMvh [Sara] (datter til [Kim Madsen])",
        "Kære [Sara]\nVi beklager. {Ulla Ring} var syg, og afløseren fik ikke besked. Vi kommer i dag kl. 14.\nVenlig hilsen Hjemmesygeplejen Distrikt Syd",
        "Besked besvaret af {ulri} 07.12.2026 09:44",
        "e-Boks: Brev fra Odense Kommune - afsender {Anja Dal-Hansen}, «visitator»",
        "Spørgsmål vedr. bevillingen? Kontakt {Anja Dal-Hansen} på {adha}«@odense.dk».",
        "MinSundhed - Beskeder\nFra: OUH Endokrinologisk amb.\nBehandler: {Lis Gram}\nDato: 02.12.2026",
        "Kære [Sara]. Dit langtidsblodsukker er 38 mmol/mol. Fortsæt med kosten. Vh {Lis Gram}, «overlæge»",
        "Hej [Sara]\nDin blodprøve er nu sendt til analyse. Svar forventes om 3-5 hverdage.\nMvh {Kim}, Klinisk Biokemi",
        "Fra: «Lægesekretær» {Tove Hjort}\nEmne: Din anmodning om aktindsigt\nVi har modtaget din anmodning og svarer inden 7 arbejdsdage.",
        "Venlig hilsen\n{Tove H.}\n«Lægesekretær», Klinisk Sekretariat, OUH",
        "Svar: {Yasmin Khalil} har vurderet dine billeder. Det ligner en almindelig forstuvning. Mvh Akutklinikken",
        "Til [Sara]\nJeg har ringet dig op to gange uden svar. Ring til Akutmodtagelsen på 65 41 00 00 og spørg efter «reservelæge» {Khalil}.",
        "Hej [Sara], du kan godt komme til træning igen fra 04.01. Mvh {jan}",
        "Vedr. genoptræningsplan: {Jan Lang} har lagt din plan i MinSundhed. Spørgsmål: ring 63 75 20 00.",
        "Besked fra {Lærke Sand Nørgaard}: Husk at du skal have 2. stik om 4 uger.",
        "Svar fra vaccinationsklinikken ved {Nørgaard}: Ja, kighostevaccinen kan gives i uge 32.",
        "Kh. {Lærke S. Nørgaard}",
        "Underskrevet digitalt af {Eva Due}, «overlæge», 22.01.2027 11:04",
        "Besked fra «overlæge» {Due}: Scanningen viser en normal nakkefold. Risikoen er lav.",
        "Fra: {ida.staer}«@rsyd.dk»\nTil: [Sara Ring Madsen]\nEmne: Din fars operation",
        "Videresendt besked:\n---\nFra: {Eva Due}\nSendt: 22.01.2027\nTil: Jordemodercentret\nEmne: Scanning [Sara Ring Madsen]",
        "Svar fra {Yasmin}: Du skal ikke komme til kontrol, medmindre smerterne tiltager.",
        "Hej [Sara], jeg har talt med «overlæge» {Gram} om insulin. Vi starter i næste uge. Mvh {Maj}",
        "Med venlig hilsen / Best regards\n{Anja Dal-Hansen}\n«Visitator»\nOdense Kommune",
        "Tak for din besked. Jeg er på kursus til 14.12. Henvendelser om hjemmehjælp: ring 65 51 10 00. Mvh {Tage Dam} (autosvar)",
        "Besked fra sekretariatet på vegne af {Ida Stær}: Din fars operation er flyttet til 22.02.2027.",
    ],
)

addall(
    "lk_econs",
    [
        "E-konsultation besvaret af {Per Rask} 07.12.2026:\nDet lyder som en urinvejsinfektion. Aflever en urinprøve i morgen kl. 8-10.",
        "Svar på e-konsultation\nBehandler: «Læge» {Per Rask}\nLægerne i Holmegade",
        "Dit spørgsmål er besvaret af {P. Rask}.",
        "Svar («læge» {PR}): Du kan roligt tage Panodil. Kontakt os, hvis feberen varer mere end 3 dage.",
        "Hej [Sara], jeg har sendt en recept på Pivmecillinam til dit apotek. Mvh {Per}",
        "Hej {Per}\nTak for svaret. Skal jeg komme til kontrol?\nMvh [Sara]",
        "Re: Re: Hjertebanken\n{Per Rask} skrev 04.12.2026 08:12:\n> Jeg henviser dig til Hjerteklinikken.",
        "e-konsultation lukket af {Per Rask} («læge»)",
        "E-konsultation: besvaret af sekretæren på vegne af «læge» {Per Rask}.",
        "Lægerne i Holmegade - svar fra {Per R.}: Blodtrykket er fint.",
        "svar v/ {per rask}: ok at fortsætte med jerntabletter",
        "Besvaret: 07.12.2026 10:04 af {RASK, PER}",
        "Din henvisning er sendt af {Per Rask}, «praktiserende læge», ydernr. 012345.",
        "Svar fra din «læge» ({Per Rask}): Kvalmen er normal i 1. trimester. Spis små måltider.",
        "Hej [Sara]. {Per} er på ferie, men jeg har set dit spørgsmål. Mvh [Jakob Rask]",
        "Lægens svar:\nDu skal have taget en blodprøve. Bestil tid i laboratoriet.\n/{PR}",
        "Svaret er skrevet af {Per Rask} og sendt 07.12.2026 kl. 16.02.",
        "Spørgsmål: Må jeg flyve i uge 30?\nSvar: Ja, det er ok. Husk vandrette fødder. Hilsen {per}",
        "E-konsultation #48213 - behandlende læge: {Per Rask} - status: besvaret",
        "Kære [Sara] - jeg har aftalt med «overlæge» {Lis Gram}, at du får tid i Endokrinologisk amb. Hilsen {Per Rask}",
    ],
)

addall(
    "lk_preg",
    [
        "Jordemoder: {Maj Storm}",
        "Jordemoder: {Storm, Maj}",
        "Jordemoderkonsultation 18.01.2027 (uge 16+2) - {MS}: BT 112/70, urin u.a.",
        "Uge 24: Symfyse-fundus-mål 24 cm. Hjertelyd hørt. /{Maj}",
        "Planlagt fødested: OUH Odense. Jordemoder: {Maj Storm}. Fødselsforberedelse tilmeldt.",
        "Scanning uge 20 udført af {Eva Due}, «overlæge»: normale fund.",
        "Nakkefoldsscanning 22.01.2027 - scannet af {ED}",
        "Svangrejournal opdateret af {mast} 18.01.2027",
        "Konsultation hos «jordemoder» ({Maj Storm}) 01.02.2027 kl. 11.00: trives.",
        "Fødeplan drøftet med {maj}. [Sara] ønsker epidural ved behov.",
        "Glukosebelastning 12.03.2027: 2-timers-værdi 8,1 mmol/l. Henvist til «overlæge» {Lis Gram}.",
        "Jordemoderkonsultation uge 36: Hovedstilling. Næste tid: 18.05.2027 hos {Maj Storm}.",
        "Ansvarlig jordemoder: {Maj Storm} (Jordemodercentret Odense)",
        "Graviditetsundersøgelse hos egen læge: {Per Rask} 05.12.2026 (uge 8).",
        "1. graviditetsundersøgelse: {PR}. Næste: uge 25 hos egen læge.",
        "Kighostevaccination uge 32 givet af {Lærke Sand Nørgaard}.",
        "Tilvalgsscanning aflyst af {Eva}.",
        "Vandafgang 02.06.2027 kl. 03.00 - tilset af «jordemoder» {Storm}",
        "Noter fra «jordemoder» {Maj S.}: Anbefalet bækkenbundstræning.",
        "Kontakt ved spørgsmål: «Jordemoder» {Maj Storm}, tlf. «23 45 67 89» (hverdage 8-9)",
        "Misdannelsesscanning 19.03.2027: {Due}, «overlæge» - ingen misdannelser set.",
        "Uge 28: Anti-D givet af {maj storm}.",
        "Sectio drøftet med {Eva Due}: ikke indiceret.",
        "Graviditetsdiabetes - behandlingsansvarlig: {Gram, Lis}",
        "Svangrejournal: Fødselssamtale 20.04.2027 v/ {M. Storm}",
    ],
)

addall(
    "lk_fields",
    [
        "Forfatter: {Mette Lykke Holm}",
        "Forfatter: {Holm, Mette Lykke}",
        "Forfatter: {HOLM, METTE LYKKE}",
        "Ansvarlig: {Lis Gram}, «overlæge»",
        "Ansvarlig læge: {Gram}",
        "Udført af: {Kim Tang}, «bioanalytiker»",
        "Udført af: {kita}",
        "Godkendt af: {Eva Due} 22.01.2027 11:04",
        "Godkendt af: {Due, Eva}",
        "Kontaktperson: {Tage Dam}",
        "Kontaktperson: {Anja Dal-Hansen}, «visitator», tlf. 65 51 10 00",
        "Kontaktperson: {Dal-Hansen}",
        "Journalansvarlig: {Yasmin Khalil}",
        "Dikteret af: {YK} / skrevet af: {TH}",
        "Skrevet af: {Tove Hjort}, «lægesekretær»",
        "Signeret: {Ida Stær} 15.02.2027",
        "Behandler: {Jan Lang}",
        "Behandlingsansvarlig: {J. Lang}",
        "Udfyldt af: {Lærke Sand Nørgaard}",
        "Registreret af: {lsno}",
        "Oprettet af: «RSYD»\\{ligr} 02.12.2026 09:15",
        "Ændret af: «REGH»\\{mlho} 04.12.2026 15:12",
        "Sidst redigeret af {Ulla Ring} 07.12.2026",
        "Godkender: {Per Rask} (ydernr. 012345)",
        "Tovholder: {Maj Storm}",
        "Modtager: {Tage Dam}, Myndighed Ældre",
        "Henvisende læge: {Per Rask}, Lægerne i Holmegade",
        "Ansvarlig: {ULLA RING}",
        "Forfatter: {Fjord, Alma}",
        "Udført af: {AF} (ssh)",
        "Kontaktperson i hjemmeplejen: {Alma Fjord}",
        "Ansvarlig sygeplejerske: {Mette Lykke Holm}",
        "Operatør: {Ida Stær}",
        "Beskrevet af: {Yasmin} («akutlæge»)",
        "Afsender: {Anja Dal-Hansen} (Visitationen)",
    ],
)

addall(
    "lk_log",
    [
        "Opslag foretaget af {Tove Hjort} («lægesekretær»), OUH, 12.11.2026 14:02",
        "12.11.2026 14:02  «RSYD»\\{tohj}  Journalopslag  Klinisk Sekretariat",
        "Bruger: {tohj}«@rsyd.dk» - Formål: Administrativt",
        "{HJORT, TOVE} | Lægesekretær | 12.11.2026 14:02 | Læst journalnotat",
        "{Mette L. Holm} («sygeplejerske») - opslag i medicinkort 04.12.2026 15:10",
        "«REGH»\\{mlho} ({Mette L. Holm}) - 04.12.2026",
        "Opslag: {Holm, Mette Lykke} («REGH») 04.12.2026 kl. 15:10",
        "Adgang: {yakh} | Akutmodtagelsen OUH | 11.11.2026 14:20 | Patientoverblik",
        "Set af {Yasmin Khalil}, «reservelæge», 11.11.2026",
        "Hvem har set mine data: {Lis Gram} (OUH, Endokrinologi) 02.12.2026",
        "Hvem har set mine data: {ida staer} (OUH Øjenafd.) 15.02.2027",
        "Logget ind som {KITA} 03.03.2027 07:52 - prøvetagning",
        "FMK-opslag: {Per Rask} (Lægerne i Holmegade) 07.12.2026",
        "Opslag i Fælles Medicinkort foretaget af {P. Rask}",
        "Adgangslog: {adha} 09.12.2026 10:11 Omsorgsjournal",
        "{ulri} 07.12.2026 09:40 Ændret besøgsplan",
        "{alfj} 08.12.2026 07:31 Besøg registreret",
        "{Alma F.} (ssh) 08.12.2026 07:31",
        "Opslag: {EVA DUE} / OUH / 22.01.2027",
        "{jala} - Genoptræning - 08.12.2026 14:05 - Journalnotat",
        "{Lang, Jan} («fys.») - opslag 08.12.2026",
        "Brugernavn: {mast}, Navn: {Maj Storm}, Rolle: «Jordemoder»",
        "{lsno} | Vaccinationsklinikken | 16.10.2026 12:24 | Vaccination registreret",
        "{Lærke Sand Nørgaard} ({lsno}) - 16.10.2026",
        "Opslag foretaget af {Tage Dam} («sagsbehandler»)",
        "Log: {tada}«@odense.dk» åbnede sagen 02.12.2026",
        "Opslag foretaget af {T. Hjort}",
        "Opslag: {tove hjort} 12.11.2026",
        "Opslag foretaget af en medarbejder: {TH} (Sekretariatet)",
        "«RSYD»\\{idst}  15.02.2027 07:58  Øjenafdelingen  Operationsplanlægning",
        "Tidspunkt: 03.03.2027 07:52 | Bruger: {Kim Tang} («RSYD»\\{kita}) | Handling: Prøve registreret",
        "Opslag foretaget af {Khalil, Yasmin} (OUH)",
        "Sundhedsjournalen - log: {evdu} 22.01.2027 11:01 Svangrejournal",
    ],
)

addall(
    "lk_decision",
    [
        "Afgørelse om hjemmehjælp\nOdense Kommune har den 09.12.2026 truffet afgørelse om, at [Kim Madsen] bevilges hjælp til personlig pleje.\nSagsbehandler: {Tage Dam}",
        "Hvis du har spørgsmål til afgørelsen, er du velkommen til at kontakte mig på tlf. 65 51 10 00.\nMed venlig hilsen\n{Tage Dam}\n«sagsbehandler»",
        "Klagevejledning: Du kan klage over afgørelsen inden 4 uger. Klagen sendes til {Tage Dam}, Ældre- og Handicapforvaltningen, der genvurderer sagen.",
        "Afgørelsen er truffet af «visitator» {Anja Dal-Hansen} efter besøg i hjemmet 09.12.2026.",
        "Vi har lagt vægt på {Dal-Hansen}«s» vurdering af din fars funktionsevne.",
        "Vi har lagt vægt på {Anja}«s» vurdering ved hjemmebesøget.",
        "Med venlig hilsen\n{Anja Dal-Hansen}\n«Visitator», Myndighed Ældre",
        "Partshøring: Du har mulighed for at komme med bemærkninger til {Tage Dam} inden 23.12.2026.",
        "Sagsnr. 27.12.04-G01-123-26. Sagsbehandler: {TD}",
        "Afgørelse om genoptræning efter sundhedslovens § 140. Genoptræningen varetages af «fysioterapeut» {Jan Lang}.",
        "Afslag på ansøgning om rollator. Se begrundelsen nedenfor. Venlig hilsen {tage dam}",
        "Du kan kontakte din «sagsbehandler» {Tage} på tlf. 65 51 10 00 mandag-torsdag 9-12.",
        "Bevilling: hjemmesygepleje 2 gange ugentligt. Udføres af Hjemmesygeplejen Distrikt Syd (kontakt: {Ulla Ring}).",
        "Revurdering af hjælpen foretages af {Dam, Tage} senest 01.06.2027.",
        "Afgørelse om hjælpemidler - se bilag. Spørgsmål: {tada}«@odense.dk»",
        "Ansøgning om plejebolig: modtaget 01.12.2026. Sagen behandles af {Anja Dal-Hansen} og {Tage Dam}.",
        "Klagen skal sendes til Odense Kommune, att. {Tage Dam}, inden 4 uger efter, at du har modtaget afgørelsen.",
        "Oplysninger i sagen: Visitationsnotat af {ADH} 09.12.2026; lægeerklæring fra {Per Rask} 02.12.2026.",
        "Sagen er overdraget fra {Anja Dal-Hansen} til {Tage Dam} pr. 01.01.2027.",
        "Venlig hilsen\n{TAGE DAM}\nSAGSBEHANDLER",
    ],
)

addall(
    "lk_dpo",
    [
        "Svar på din henvendelse om adgang: Medarbejderen {Tove Hjort} havde et arbejdsbetinget behov.",
        "Vi har gennemgået loggen. Opslagene foretaget af «REGH»\\{mlho} 04.12.2026 var led i din behandling i Hjerteklinikken.",
        "Den pågældende sygeplejerske ({Mette Lykke Holm}) var din kontaktperson i perioden.",
        "Medarbejderen, du spørger om (brugernavn {yakh}), var vagthavende læge i Akutmodtagelsen.",
        "Opslaget foretaget af {Lis Gram} er vurderet som berettiget, da du var henvist til Endokrinologisk amb.",
        "Vi har talt med {Kim Tang}, som bekræfter, at opslaget skete ved en fejl. Medarbejderen er vejledt.",
        "Revisionen af adgangsloggen viste 3 opslag af {tohj}: 12.11.2026, 13.11.2026 og 20.11.2026.",
        "Vi kan ikke oplyse andet om {Hjort}, end at hun er ansat i Klinisk Sekretariat.",
        "Din klage over {Anja Dal-Hansen}«s» opslag i din fars journal er sendt videre til Odense Kommunes databeskyttelsesrådgiver.",
        "Konklusion: Opslaget 15.02.2027 kl. 07.58 ({Ida Stær}) skete som led i planlægningen af din fars operation.",
        "Stikprøvekontrol: {Eva Due} har haft adgang til svangrejournalen i forbindelse med scanningen 22.01.2027.",
        "Vi beklager, at {Tove}«s» opslag ikke fremgik tydeligt af loggen.",
        "Medarbejderen ({Alma Fjord}, hjemmeplejen) har åbnet medicinmodulet i forbindelse med besøget 08.12.2026 kl. 07.31.",
        "Opslaget er foretaget af din egen læge, {Per Rask}, i forbindelse med din henvisning.",
        "Vi har undersøgt opslagene fra brugeren «RSYD»\\{tohj} og fundet dem berettigede.",
    ],
)

addall(
    "lk_med",
    [
        "Metformin 500 mg, 1 tablet 2 gange dagligt. Ordineret af {Lis Gram} 12.03.2027.",
        "Insulin Levemir 6 IE til natten - ordineret af «overlæge» {Gram}, OUH.",
        "Seponeret af {Lis Gram} 02.06.2027 (efter fødslen).",
        "Seponeret af: {GRAM, LIS}",
        "Pivmecillinam 400 mg x 3 i 3 dage. Ordineret af {Per Rask}, Lægerne i Holmegade.",
        "Recept udstedt af {P. Rask} 07.12.2026 - Apoteket Vestergade.",
        "Ordineret af: {Rask, Per} (ydernr. 012345)",
        "Sertralin 50 mg - seponeret af {Per} 03.12.2026 (graviditet).",
        "Jern (Ferro Duretter) 100 mg dagligt - ord. {PR}",
        "Ibuprofen 400 mg ved behov - ordineret af {Yasmin Khalil}, Akutmodtagelsen.",
        "Dosisændring: Metoprolol øget til 100 mg. Ændret af {Khalil} 11.11.2026.",
        "Øjendråber: Maxidex 1 dråbe x 4 i højre øje i 4 uger. Ordineret af {Ida Stær}.",
        "Yellox øjendråber - seponeret af {idst} 15.03.2027",
        "Medicinen er dispenseret af {Ulla Ring} («hjemmesygeplejerske») 07.12.2026.",
        "Dosisdispensering ændret af {ulla ring}",
        "Givet af: {AF} kl. 08.05 (Panodil 1 g)",
        "Medicin givet 08.12.2026 kl. 07.40 af {Alma Fjord}.",
        "Tjekket af: {Alma}/{Ulla}",
        "FMK: Seneste ændring foretaget af {Yasmin Khalil} (OUH) 11.11.2026 14:31",
        "Ordineret fra {Lis Gram}«s» afdeling, Endokrinologisk amb. M",
        "Seponeret: Metformin (ordineret af {LG})",
        "Ordineret af {Eva Due}: Magnesia 500 mg ved behov.",
        "Recept fornyet af {Per Rask}«s» sekretær efter aftale med lægen.",
        "Ordination: Metoprolol 50 mg x 1 - ordinerende læge: {Per Rask} - startdato 04.12.2026",
        "Medicinkort afstemt af {Mette Lykke Holm} 04.12.2026.",
    ],
)

addall(
    "lk_lab",
    [
        "Prøvesvar frigivet 04.03.2027: HbA1c 38 mmol/mol. Frigivet af {Kim Tang}.",
        "Svar godkendt af {Lis Gram} - du kan nu se svaret på sundhed.dk.",
        "Dit prøvesvar er klar. Svaret er gennemgået af «læge» {Per Rask}: normalt.",
        "Prøvetager: {KT}   Tidspunkt: 03.03.2027 07:52",
        "Prøvetaget af: {kita} / Analyseret: Klinisk Biokemi OUH",
        "Urindyrkning: Ingen vækst. Svar sendt til {Per Rask}.",
        "Resultater frigives automatisk efter 7 dage, medmindre {Per} har gennemgået dem før.",
        "Svar kommenteret af {Eva Due}: Doubletest - lav risiko.",
        "Blodtype 0 RhD pos. Prøve taget af {Kim Tang} 05.12.2026.",
        "Kommentar fra {Mette L. Holm}: Eventmonitor viser sinusrytme.",
        "Svaret er set af {Khalil, Yasmin} 11.11.2026 15:02.",
        "Røntgen af ankel: Ingen fraktur. Gennemset af {Yasmin}.",
        "Prøvesvar (glukosebelastning) godkendt af {Gram}",
        "{Kim Tang} frigav svaret kl. 10.14.",
        "{Kim}, «bioanalytiker»: Prøven er hæmolyseret og skal tages om.",
    ],
)

addall(
    "lk_vacc",
    [
        "Vaccination: Influenza (Vaxigrip Tetra) 16.10.2026. Givet af: {Lærke Sand Nørgaard}.",
        "Covid-19 (Comirnaty) 16.10.2026 - vaccinatør: {Lærke S. Nørgaard}",
        "Kighoste (Boostrix) 10.04.2027, uge 32 - givet af {Nørgaard, Lærke Sand}",
        "Vaccinatør: {LSN}",
        "Vaccinationskort: Hepatitis B dosis 2 - {lsno} 20.11.2026",
        "Registreret i Det Danske Vaccinationsregister af {Lærke}",
        "Vaccination givet af «vaccinationssygeplejerske» {Sand Nørgaard}",
        "Vaccine: Pneumokok (Prevenar 20) 05.11.2026 - udført af {Per Rask}, Lægerne i Holmegade.",
        "Stivkrampe-booster givet i Akutmodtagelsen af {Yasmin Khalil} 11.11.2026.",
        "Vaccinatør: {SAND NØRGAARD, LÆRKE}",
        "Influenzavaccine 2026/27 - givet af {lærke sand nørgaard}",
        "Vaccination registreret af {Lærke Sand Nørgaard}, Vaccinationsklinikken Odense, batch AB1234.",
    ],
)

addall(
    "lk_visit",
    [
        "Besøg 07.30-07.45 ved {Alma Fjord}: morgenmedicin, støttestrømper.",
        "Besøg 07.30-07.45 ved {Alma}",
        "Mandag: 07.30-07.45 ({AF}) / 12.00-12.15 ({AF}) / 21.00-21.20 (aftenvagt)",
        "Hjemmesygepleje 11.00-11.30 v/ {Ulla Ring}: sårpleje på højre underben.",
        "Besøgsplan uge 50:\nMan 08.00 {Alma F.}\nTirs 08.00 {Alma F.}\nOns 11.00 «hjemmesygeplejerske» {Ulla}",
        "Tirsdag 07.30: {alma fjord} (bad)",
        "Besøg aflyst 09.12.2026 kl. 12.00 - {Alma} er syg, en anden medarbejder kommer.",
        "Din hjælper i dag: {Alma Fjord} (ssh) kl. 07.30",
        "Genoptræning i hjemmet torsdag 10.00-11.00 v/ «fysioterapeut» {Jan Lang}",
        "Forventet ankomst: 11.10 ({Ulla R.})",
        "Planlagt: Medicindosering hver mandag v/ {UR}",
        "Besøg ændret af {ulri}: fra 11.00 til 13.00",
        "Visitationsbesøg 09.12.2026 kl. 10.00 v/ {Anja Dal-Hansen}",
        "Hjælper: {Fjord, Alma} | Tid: 07.30-07.45 | Ydelse: Personlig pleje",
        "Besøg 21.00-21.20 ved {Alma}: aftenmedicin, hjælp i seng",
        "Besøg 11.00 ({Ulla Ring}) - obs blodsukker",
        "Fast hjælper: {Alma Fjord}. Afløser: se plan.",
        "Kl. 07.30 morgenbesøg ({ALMA FJORD}), kl. 12.00 frokost, kl. 17.30 aftensmad",
        "Besøg gennemført 08.12.2026 07.31-07.48 af {alfj}",
        "Træning i hjemmet: onsdag v/ {Jan}, fredag v/ {Jan}",
    ],
)

addall(
    "lk_rota",
    [
        "Dine kommende aftaler:\n18.01.2027 09.40 «Jordemoder» {Maj Storm}\n22.01.2027 08.20 Scanning {Eva Due}\n12.03.2027 08.00 Glukosebelastning",
        "Aftaler:\n- 05.01 08.30 Hjerteklinikken ({MLH})\n- 12.01 13.40 Endokrinologi ({LG})\n- 15.01 10.00 «Jordemoder» ({MS})",
        "Kalender: Tirsdag 08.12: Genoptræning 14.00 ({Jan Lang}) · Onsdag 09.12: Visitation 10.00 ({Anja Dal-Hansen})",
        "Hvem kommer i dag? 07.30 {Alma} - 11.00 {Ulla} - 21.00 aftenvagten",
        "Telefontid: {Per} 8-9 dagligt",
        "Ferielukket: {Per Rask} holder ferie uge 28-30.",
        "Uge 51: {Maj Storm} har ferie - du kan i stedet booke tid via sekretariatet.",
        "Kommende aftaler (3):\n• 10.12.2026 09.30 {Rask, Per}\n• 15.12.2026 13.00 {Lang, Jan}\n• 14.01.2027 10.00 {Dam, Tage}",
        "Vagthavende i dag: «reservelæge» {Yasmin Khalil}",
        "Man: {Per} | Tirs: {Per} | Ons: lukket | Tors: {Per}",
        "Jordemoder-konsultationer i januar: {MS} 04.01, 18.01; {MS} 01.02",
        "Operationsprogram 22.02.2027, stue 3: 08.00 [Kim Madsen] - operatør {IS}",
    ],
)

addall(
    "lk_english",
    [
        "Your message has been answered by {Per Rask}.",
        "Signed: {Mette L. Holm}, «RN», Cardiology Outpatient Clinic",
        "Hi [Sara], your scan is scheduled for 22 January 2027. Best regards, {Eva}",
        "Accessed by {tohj} on 12 Nov 2026 at 14:02 (purpose: administrative)",
        "Your prescription was renewed by «Dr.» {Per Rask}.",
        "Prescribed by {Lis Gram}, «MD»",
        "Vaccinated by {Lærke Sand Nørgaard} on 16 Oct 2026.",
        "Midwife: {Maj Storm}",
        "Contact person: {Tage Dam} («case worker»)",
        "Home visit 07:30-07:45 by {Alma Fjord}.",
        "Sample taken by {Kim Tang}, released 4 Mar 2027.",
        "Please contact {Ulla} if you have any questions.",
        "Physiotherapist: {Jan Lang}, Mon 14:00.",
        "Dear [Sara], {Ida Stær} will operate on your father's right eye on 22 Feb 2027.",
    ],
)


# ============================================================================= OVER-HIDE TRAPS
addall(
    "ow_words",
    [
        "Dosis: 1 tablet [per] dag.",
        "[Per] 01.01.2027 ændres telefontiden i Lægerne i Holmegade.",
        "Svar sendes [per] post eller i Digital Post.",
        "Vi kontakter dig [per] telefon i morgen.",
        "Egenbetaling 150 kr. [per] behandling.",
        "Du er [rask] meldt fra 14.12.2026.",
        "[Rask] melding er sendt til din arbejdsgiver.",
        "Barnet er [rask] og kan komme i børnehave igen.",
        "[Raskmelding] registreret 14.12.2026.",
        "Husk at [tage] dine tabletter med et glas vand.",
        "Du skal [tage] 2 tabletter morgen og aften.",
        "Skal jeg [tage] medicinen før undersøgelsen?",
        "Det kan [tage] op til 3 uger at få svar.",
        "Forventet fødselsvægt ca. 3500 [gram].",
        "Højst 4 [gram] paracetamol i døgnet.",
        "[Gramfarvning]: [Gram]-positive kokker i klynger.",
        "Spis 25-30 [gram] kostfibre dagligt.",
        "[Ring] til os på 65 41 00 00, hvis du får feber.",
        "[Ring] 1813 ved akut sygdom uden for lægens åbningstid.",
        "Tag [ringen] af før operationen.",
        "[Ring] venligst, hvis du er forhindret.",
        "Vi [ringer] dig op mellem 8 og 9.",
        "Du er henvist til operation for grå [stær] på højre øje.",
        "[Stær] på begge øjne, mest udtalt på højre.",
        "Efter [stæroperationen] må du ikke løfte tungt i en uge.",
        "Grøn [stær] (glaukom) er udelukket.",
        "Der er [lang] ventetid på operation.",
        "[Lang] ventetid - vi beklager.",
        "Vi havde en [lang] samtale om fødslen.",
        "[Langtidsblodsukker] (HbA1c): 38 mmol/mol.",
        "En forstuvning kan [tage] [lang] tid om at hele.",
        "Henvist pga. [AF] (atrieflimren) - EKG viser sinusrytme.",
        "Mistanke om paroksystisk [AF].",
        "Smerter i [th.] knæ efter faldet.",
        "Grå stær [th.] øje, operation planlagt.",
        "Læg [is] på anklen i 20 minutter ad gangen.",
        "Du må gerne spise [is] efter operationen.",
        "[MS]-attak er udelukket ved MR-scanning.",
        "Paracetamol 1 g [p.r.] (stikpille) ved feber.",
        "[PR]-interval 160 ms på EKG.",
        "Tag [uret] af før scanningen.",
        "[Sandsynligvis] en virusinfektion.",
        "Det er [sandt], at ventetiden er blevet længere.",
        "Held og [lykke] med fødslen!",
        "[Tillykke] med graviditeten!",
        "Besøget aflyses pga. [storm] - vi ringer i morgen.",
        "[Stormvarsel]: Hjemmeplejen kører kun nødvendige besøg.",
        "Termin: 30. [maj] 2027.",
        "[Maj] 2027: Fødselsforberedelse starter.",
        "[Tangtabletter] frarådes i graviditeten pga. jod.",
        "[ADHD]-udredning af [Storm] (4 år) er sat i bero.",
        "[ADH]-mangel er udelukket.",
        "[Mastitis] (brystbetændelse): kontakt jordemoderen eller egen læge.",
        "[IDA] (jernmangelanæmi) - fortsæt med jerntabletter.",
        "Svar forventes ca. 12. [jan.] 2027.",
        "Næste kontrol: [jan.] 2027.",
        "Det [lykkedes] ikke at tage blodprøven - ny tid er bestilt.",
        "Stuen hedder [Lærkereden] (barselsgangen, 3. sal).",
        "Vi så en [hjort] på gåturen, fortæller far.",
        "Prøven blev [udført] af laboratoriet.",
        "[Udført af] hjemmeplejen 08.12.2026.",
        "Går det over [af] sig selv? Nej, kontakt lægen.",
        "Besøget blev aflyst [af] hjemmeplejen.",
        "Insulin justeres [per] 3 dage efter blodsukkermålinger.",
        "Max. 10 [gram] sukker [per] 100 ml i drikkevarer.",
        "[Tage] medicinen samtidig med mad? Ja, det er bedst.",
        "Du er [rask] nok til at flyve.",
        "Svar: [Rask] - ingen tegn på infektion.",
        "[Jan.] 2027: Ny telefontid i Lægerne i Holmegade.",
    ],
)

addall(
    "ow_places",
    [
        "Lægerne i [Holmegade], [Holmegade] 4, 5000 Odense C.",
        "Adresse: [Fjordvej] 12, 5000 Odense C.",
        "Ferie på [Bornholm] 12.07-19.07.2027.",
        "[Kim Madsen], [Fjordvej] 12, st. th., 5000 Odense C",
        "Flyttet fra [Gram] i Sønderjylland.",
        "Udflugt til [Gram Slot] med dagcentret.",
        "Ring til [Ringe] Apotek, tlf. 62 62 10 10.",
        "Genoptræning på Sundhedscenter [Ringsted].",
        "Født på [Ringkøbing] Sygehus.",
        "Henvist til Øjenklinikken i [Dalum].",
        "Søster bor i [Hjortshøj] ved Aarhus.",
        "Søster bor på [Hjortevej] 3.",
        "Ferie på [Langeland] uge 29.",
        "Mødested: [Langelinie] 5, Odense.",
        "Kørsel til [Roskilde Fjord] aflyst.",
        "Tandlæge på [Stormgade] 12.",
        "Rehabiliteringscenter, [Damhusvej] 4.",
        "[Holmstrup] Lægehus har sendt journalen.",
        "Flyttet fra [Stockholm] i 2015.",
        "Familien bor på [Duevej] 22.",
        "Aflevering af prøve: [Rask Mølle] Lægehus.",
        "Ferie i [Sandvig] på Bornholm.",
        "Plejecenter [Lykkesholm] har ledig plads.",
        "Udflugt til [Tange Sø] med dagcentret.",
        "Bopæl: [Majvænget] 8, 5250 Odense SV",
    ],
)

addall(
    "ow_drugs",
    [
        "P-piller: [Yasmin] - pauseret under graviditeten.",
        "[Yasmin] 0,03 mg/3 mg, 1 tablet dagligt (seponeret 10.2026).",
        "[Lisinopril] 10 mg x 1 - seponeret pga. graviditet.",
        "[Perindopril] er skiftet til Labetalol.",
        "[Dalacin] creme 2 % mod bakteriel vaginose.",
        "[Ringer-acetat] 1000 ml i.v. over 2 timer.",
        "[Ringer-laktat] givet på fødegangen.",
        "[Sandimmun] Neoral 100 mg x 2.",
        "[Tanganil] 500 mg ved svimmelhed.",
        "[Evra] plaster - seponeret.",
        "[Holmium]-laser anvendt ved nyrestensbehandling.",
        "[Maxidex] øjendråber 1 dråbe x 4 i [th.] øje.",
        "[Idarucizumab] er modgift mod Pradaxa.",
        "Øjendråber mod [mast]celle-frigørelse: Lecrolyn.",
        "[Tagrisso] 80 mg x 1 (fars medicinliste).",
    ],
)

addall(
    "ow_clinics",
    [
        "[Lægerne i Holmegade] holder lukket 24.12.2026.",
        "Tid hos [Øjenklinikken Søren Holm] 04.02.2027 kl. 09.00.",
        "Henvisning sendt til [Øjenklinikken Holm], Vestergade 8.",
        "[Ringe Apotek] har din medicin klar.",
        "[Gram Apotek] har lukket for bestillinger.",
        "Rengøring udføres af [Lang & Due Rengøring ApS] hver anden uge.",
        "Hjælpemidler leveres af [Hjort Hjælpemidler ApS].",
        "Kørsel til scanning: [Dam Taxi], tlf. 66 11 22 33.",
        "[Lægehuset Dalum] har overtaget patienterne.",
        "[Storm Fysioterapi] tilbyder bækkenbundstræning.",
        "Tandpleje hos [Tandlægerne på Fjordvej].",
        "[Fjordklinikken] sender svar i Digital Post.",
        "Journalkopi rekvireret fra [Lægerne i Holmegade] 02.12.2026.",
        "[Holmegadens Apotek] har ringet: medicinen er klar.",
        "Vaccination i [Sandvejens Lægehus].",
    ],
)

addall(
    "ow_people",
    [
        "Patient: [Sara Ring Madsen]",
        "Kære [Sara]",
        "Mvh [Sara Ring Madsen]",
        "Fra: [Sara Ring Madsen]\nTil: Lægerne i Holmegade\nEmne: Recept",
        "[Madsen, Sara Ring]",
        "[RING MADSEN, SARA]",
        "Partner: [Mads Dam] (far til barnet), tlf. 22 33 44 55",
        "[Mads Dam] deltager i fødselsforberedelsen.",
        "[Mads] var med til scanningen.",
        "[Storm] (4 år) har været syg med feber.",
        "Søskende: [Storm Dam], 4 år.",
        "[Storm] glæder sig til at blive storebror.",
        "Datter [Sara] har fuldmagt til [Kim Madsen]s sager.",
        "Din far [Kim] har fået en ny hjælper.",
        "[Kim] (far, 79) er faldet i hjemmet.",
        "Søster [Tove Madsen] kommer på besøg i weekenden.",
        "[Tove] (søster) har nøgle til fars lejlighed.",
        "Mor [Lykke Madsen] døde i 2024.",
        "Disposition: [Lykke] (mor) havde type 2-diabetes.",
        "Cc: [Tove Madsen] (datter)",
        "[Jakob Rask], praktiserende læge, Lægerne i Holmegade",
        "Med venlig hilsen [Jakob Rask], læge",
        "Tid hos [Jakob Rask] 11.12.2026 kl. 10.00.",
        "[Rask, Jakob] - e-konsultation besvaret",
        "Lægesekretær [Mette Lund] har booket din tid.",
        "Venlig hilsen [Mette Lund], sekretær, Hjerteklinikken",
        "[Mette] i sekretariatet har sendt indkaldelsen.",
        "Sekretær [Karina Storm] har flyttet din tid.",
        "Med venlig hilsen\n[Karina Storm]\nSekretær, Jordemodercentret Odense",
        "Afdelingsleder [Peter Dam] har godkendt afgørelsen.",
        "Med venlig hilsen [Peter Dam], afdelingsleder, Myndighed Ældre",
        "Databeskyttelsesrådgiver [Louise Due] har modtaget din klage.",
        "Med venlig hilsen\n[Louise Due]\nDatabeskyttelsesrådgiver, Region Syddanmark",
        "[Ida Krogh] (ssh) kommer kl. 07.30.",
        "Besøg 07.30-07.45 ved [Ida Krogh].",
        "[Ida] fra hjemmeplejen kommer i morgen.",
        "Chefkonsulent [Henrik Lang], Patientkontoret, har behandlet din klage.",
        "Tid hos øjenlæge [Søren Holm] 04.02.2027.",
        "[Holm], øjenlæge: Synsstyrke 0,8 på højre øje.",
        "Nabo [Bente Hjort] har nøgle til lejligheden.",
        "Pårørende: [Jørgen Hansen] (nabo), tlf. 40 50 60 70",
        "Advokat [Per Kristensen] repræsenterer familien i klagesagen.",
        "Tolk: [Eva Jensen] (arabisk) - ikke nødvendig.",
        "Opslag foretaget af dig selv ([Sara Ring Madsen]) 01.12.2026",
        "Opslag foretaget af din fuldmagtshaver [Sara Ring Madsen]",
        "Opslag foretaget af [Mette Lund] (lægesekretær), Rigshospitalet",
        "REGH\\[melu] 04.12.2026 09:02 Booking",
        "[LUND, METTE] | Lægesekretær | 04.12.2026",
        "Opslag foretaget af [Jakob Rask] (Lægerne i Holmegade)",
        "[Louise Due] (DPO) har gennemgået loggen 20.11.2026.",
        "Forfatter: [Jakob Rask]",
        "Ansvarlig: [Peter Dam]",
        "Godkendt af: [Louise Due]",
        "Kontaktperson: [Ida Krogh]",
        "Udført af: [Mette Lund]",
        "Opslag foretaget af [Henrik Lang] (Patientkontoret)",
        "RSYD\\[idkr] 08.12.2026 12:01 Besøg registreret",
    ],
)

addall(
    "ow_english",
    [
        "Your next dose is [due] on 14 [Jan] 2027.",
        "Payment [due] within 30 days.",
        "[Due] date: 04.06.2027",
        "Please [ring] us on 65 41 00 00.",
        "[Storm] warning: home visits limited to urgent care.",
        "Take one tablet [per] day with food.",
        "[Mast] cell stabiliser eye drops (Lecrolyn).",
        "The [ED] was busy; the waiting time was 4 hours.",
        "Appointment: [Jan] 18, 2027, 9:40 am.",
        "[Sand] in the urine? No - crystals.",
        "Dear [Sara], your results are [due] next week.",
        "Your father [Kim] can now see his results.",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "Påmindelse: øjendrypning kl. 07.00 før operation for grå [stær] v/ {Ida Stær}.",
        "Kære [Sara]\nDin far [Kim] er opereret for grå [stær] på højre øje i dag. Det gik fint.\nVenlig hilsen {Ida Stær}",
        "{Stær}, «overlæge»: [stær] [th.] øje fjernet, ny linse isat.",
        "[Ring] til {Ulla Ring} på 63 75 00 00, hvis din far får feber.",
        "{Ulla}: Tag [ringen] af fars finger - den strammer.",
        "{Per Rask}: 1 tablet [per] dag i 10 dage.",
        "[Per] 01.01.2027 går {Per Rask} ned i tid.",
        "{Per}: Du er [rask] meldt fra mandag.",
        "{Tage Dam}: Husk at [tage] kvitteringen med til mødet.",
        "«Sagsbehandler» {Tage} siger, at det kan [tage] 4 uger.",
        "{Lis Gram}: Spis højst 50 [gram] kulhydrat til morgenmad.",
        "[Gram]-negative stave i urinen - {Gram} informeret.",
        "{Jan Lang}: Genoptræning [jan.] 2027, 2 gange ugentligt.",
        "{Jan}: Det bliver en [lang] proces.",
        "«Fysioterapeut» {Lang} forventer [langvarig] træning.",
        "{Maj Storm}: Termin 30. [maj] 2027.",
        "«Jordemoder» {Maj} aflyser pga. [storm]; ny tid sendes.",
        "{Alma Fjord} har bemærket [AF] på fars blodtryksapparat - ring til lægen.",
        "Udført [af] {AF} kl. 07.40.",
        "Målt [af] {Alma} kl. 07.35: BT 145/85.",
        "{Tove Hjort} har sendt papirerne til [Tove] (søster).",
        "«Overlæge» {Eva Due}: Your [due] date is 04.06.2027.",
        "{Eva}: [Due] date confirmed at the scan - 04.06.2027.",
        "«Overlæge» {Due} og databeskyttelsesrådgiver [Louise Due] er ikke i familie.",
        "{Mette Lykke Holm}: Held og [lykke] med fødslen!",
        "{Mette L. Holm}: [Tillykke] med graviditeten - husk kontrol i [jan.].",
        "{Lærke Sand Nørgaard}: Det er [sandt], at vaccinen er sikker i graviditeten.",
        "{Kim Tang}: [Tangtabletter] kan påvirke stofskifteprøven.",
        "Givet [is] på anklen af {Yasmin Khalil} i Akutmodtagelsen.",
        "Seen by «Dr» {Yasmin Khalil} in the [ED].",
        "{Anja Dal-Hansen}: hjælp til bad bevilget; borgeren bor på [Fjordvej] 12.",
        "Kørselsliste: 07.30 [Kim Madsen], [Fjordvej] 12 - {alfj}",
        "[Maxidex] ordineret af {Ida Stær} - 1 dråbe i [th.] øje x 4.",
        "[Yasmin] (p-piller) seponeret af {Per Rask}.",
        "{Yasmin Khalil} spurgte til [Yasmin]-p-piller: pauseret.",
        "Ordineret af {Lis Gram}: [Lisinopril] seponeret, Labetalol startet.",
        "[Ringer-acetat] 1 l ordineret af {Yasmin}.",
        "{maj storm}: [mastitis] - start Dicillin, ring ved feber.",
    ],
)

addall(
    "mx_people",
    [
        "Din tid 18.01 kl. 9.40 er aflyst, da {Maj Storm} er syg. Sekretær [Karina Storm] ringer til dig.",
        "Konsultationstider: {Per Rask} man-ons 8-15, [Jakob Rask] tors-fre 8-15",
        "Hej [Sara]. {Per} er på ferie; [Jakob] har overtaget dine prøvesvar.",
        "[Jakob Rask] og {Per Rask} er ikke i familie.",
        "Hjemmeplejen: {Alma} kommer i morgen kl. 07.30 i stedet for [Ida].",
        "Ugeskema <Kim>: Man/Ons/Fre 07.30 {AF}, Tirs/Tors 07.30 [Ida Krogh]",
        "Opslag foretaget af {Anja Dal-Hansen} (Odense Kommune) i [Kim Madsen]s journal",
        "Ved besøget deltog din datter [Sara Ring Madsen] og «visitator» {Anja Dal-Hansen}.",
        "Afgørelsen er godkendt af afdelingsleder [Peter Dam] og sendt af «sagsbehandler» {Tage Dam}.",
        "«Sagsbehandler» {Dam} har talt med [Mads Dam] (svigersøn) i telefonen.",
        "Kære [Sara Ring Madsen]\nDu har spurgt, hvorfor {Tove Hjort} har åbnet din journal 12.11.2026. Opslaget skete som led i udsendelse af et indkaldelsesbrev.\nMed venlig hilsen\n[Louise Due]\nDatabeskyttelsesrådgiver, Region Syddanmark",
        "Hej [Sara]\nJeg har videresendt din klage over opslaget foretaget af «visitator» {Dal-Hansen} til kommunens DPO.\nMvh [Louise Due]",
        "Svar fra Patientkontoret v/ [Henrik Lang]: Vi har undersøgt opslaget foretaget af {Jan Lang} («fysioterapeut»).",
        "[Henrik Lang] og «fys.» {Lang} er ikke i familie.",
        "Lægesekretær [Mette Lund] har booket tid hos «sygeplejerske» {Mette Lykke Holm}.",
        "«Sygeplejerske» {Mette} og sekretær [Mette] står begge i loggen 04.12.2026.",
        "{Holm, Mette Lykke} (Hjerteklinikken) og øjenlæge [Søren Holm] har set journalen.",
        "Influenzavaccine givet i hjemmet af {Ulla Ring} til [Kim Madsen].",
        "«Hjemmesygeplejerske» {Ring} har talt med datter [Sara Ring Madsen].",
        "{Ulla Ring} og [Sara Ring Madsen] er ikke i familie.",
        "«Bioanalytiker» {Kim} tog prøven på [Kim Madsen] kl. 07.50.",
        "{Kim Tang} har ringet til [Kim] (far) om en ny prøve.",
        "«Lægesekretær» {Tove} har sendt kopien til [Tove Madsen] (datter).",
        "{Tove Hjort} og nabo [Bente Hjort] er ikke i familie.",
        "«Jordemoder» {Storm} har talt med [Storm] (4 år) om den nye lillesøster.",
        "[Storm] (4) var med til konsultationen hos «jordemoder» {Maj Storm}.",
        "[Mads Dam] og «sagsbehandler» {Tage Dam} har aftalt hjemmebesøg 09.12.",
        "{Lærke Sand Nørgaard} vaccinerede både [Sara] og [Mads] 16.10.2026.",
        "Datter [Sara] har talt med {Ida Stær}; øjenlæge [Søren Holm] får kopi.",
        "[Ida Krogh] (ssh) og «overlæge» {Ida Stær} har begge set [Kim Madsen] i dag.",
        "«Visitator» {Anja Dal-Hansen} og nabo [Jørgen Hansen] deltog i mødet.",
        "«Visitator» {Hansen} har vurderet behovet; nabo [Jørgen Hansen] hjælper med indkøb.",
        "Advokat [Per Kristensen] har bedt om aktindsigt i {Per Rask}«s» lægeerklæring.",
        "Tolk [Eva Jensen] deltog i scanningen hos {Eva Due}.",
        "Mor [Lykke Madsen] havde samme sygdom, fortalte [Sara] til {Mette Lykke}.",
        "Tid hos <Storm> 18.01 kl. 9.40 - medbring urinprøve.",
        "Tid hos <Mette> 05.01 kl 8.30 (aflevering af eventmonitor)",
        "Spørg <Rask> om svaret.",
        "Din recept er fornyet af «Dr.» <Rask>.",
        "<Dam> ringer til dig i morgen.",
        "Hilsen <Due>",
        "<Ida> har været forbi.",
        "<Lang> har sendt svaret.",
        "<Holm> har set dit EKG.",
        "<Kim> har ringet.",
        "<Tove> har sendt et brev.",
        "<Lykke> er skrevet på kortet.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
