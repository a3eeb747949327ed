"""Red-team probes for indsigt name hiding (rt39): paediatrics and child protection (BUP,
underretninger), a dialysis unit, oncology, palliative care and hospice, GP e-consultations and the
citizen's own messages to the GP, home nursing with wound care, rehabilitation after stroke,
dementia care, the school health nurse, a maternity ward and postnatal home visits, and a job
centre's health reports - and the over-hiding traps of the same genres.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name, initials, user name or e-mail local part)
         -> a letter inside not covered by a span = LEAK
  [...]  must stay (citizen, relative, non-hidden colleague, unlisted person, a word, an
         abbreviation, a lab value, a place, a street, a drug, a firm) -> any span over it =
         OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word next to a hidden name (jordemoder, sundhedsplejerske,
         overlæge, dr., fys., socialrådgiver, sagsbehandler, demenskoordinator), a genitive -s
         glued to a hidden name, the domain of a hidden person's e-mail, a phone number written
         next to a hidden name
  Unmarked letters and digits are must-stay as well. Literal square or curly brackets, "<" and
  "«" cannot appear in a probe: they are the markup.

Rules I apply when marking (the same for every genre):
  1. A name part owned only by hidden staff (Hien, Kam, Stork, Ørn, Tal, Fred, Sen, Ditte, Adel)
     that the text uses as a person's name is gone - capitalised or lower case, bare or with the
     other part, family-first ("Do, Hien", "Stork, Vilma"), abbreviated ("Kam L.", "v. stork"),
     in any position: subject, object, after a preposition, v/, sign., in a list, a table cell,
     a signature, a handover, reported speech, an address ("Hej Tal"), English text.
  2. Registered initials, user names and e-mail local parts of a hidden person are gone where
     they stand for the person: after sign./v//af, after or before a time in a staff slot, in a
     column of a rota or a table, in "Referent:", "Ansvarlig:", a log line. The same letters used
     as the abbreviation or word they also are (HD = haemodialysis, KL/kl. = klokken, RS-virus,
     MS, TB, FB = Facebook, IG = Instagram, lø. = lørdag, "at", "vist") stay.
  3. A part shared with a non-hidden colleague (Do, Kraft, Lo, Skjold, Iris, Brand, Mira, Tan,
     Vold) is gone when the hidden person's other part, initials or own registered role settles
     it ("socialrådgiver Vold", "sundhedsplejerske Iris", "overlæge Mira"); it stays when the
     colleague's role settles it ("ssh Lo", "psykolog Mira", "jobkonsulent Tan"); bare and
     unsettled it is debatable.
  4. A part shared with the citizen or a relative (Gran, Bille, Rosa, Lev, Svend, Vilma) is gone
     when the hidden person's role, other part or a staff action by a staff title settles it
     ("fys. Lev", "jordemoder Vilma", "demenskoordinator Bille"); it stays when the text says who
     the relative is (a kinship word, an age, "far"/"mor"/"morfar", a courtesy title "fru Gran",
     "hr. Bille", the relative's full name, being the patient of the note); bare and unsettled
     it is debatable.
  5. Words, months, weekdays, places, streets, drugs, firms and abbreviations must stay even when
     spelt like a hidden name part or initials, also glued into compounds (brandsår, storkebid,
     skjoldbruskkirtel, Levemir, Fredericia), also in a text that names the hidden person.
  6. Lower-case fast notes get the same judgement as careful prose: "kam har skiftet
     forbinding" is a name; "redt med en kam" is a comb.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; no name here is in names_rt30..rt37_probes.py or helpers/rt38):
  Hidden staff (12), with what the parts and initials also are:
    Hien Do        dialysesygeplejerske   do = toilet; HD = haemodialysis
    Svend Kraft    praktiserende læge     svend = journeyman; kraft = strength (kraftnedsættelse);
                                          SK = s.k./subkutant
    Kam Lo         hjemmesygeplejerske    kam = comb, crest (Cantonese name); lo = laughed; KL = kl.
    Rosa Skjold    børnesygeplejerske     rosa = pink; skjold = shield, skjoldbruskkirtel;
                                          RS = RS-virus
    Vilma Stork    jordemoder             stork, storkebid (naevus); VS = vs.; user name "vist"
    Iris Gran      sundhedsplejerske      iris (eye); gran = spruce; Gran = the citizen's family;
                                          IG = Instagram
    Lev Ørn        fysioterapeut          lev = live (lev vel); ørn = eagle; LØ = lø. (lørdag);
                                          Lev = the citizen's son
    Tal Brand      palliativ sygeplejerske  tal = number / speak!; brand = fire, brandsår; TB
    Fred Bille     demenskoordinator      fred = peace; bille = beetle; Bille = the citizen's
                                          parents' family; FB = Facebook
    Mira Sen       overlæge, BUP          sen = late (sent, senere, senfølger); MS = sclerosis
    Ditte Vold     socialrådgiver         vold = violence; DV
    Adel Tan       sagsbehandler, jobcenter  adel = nobility; tan (English); AT = "at"
  Non-hidden colleagues sharing parts: Thu Do (bioanalytiker), Troels Kraft (overlæge,
    neurologi), Jenny Lo (ssh), Malou Skjold (pædagog, børneafd.), Iris Kolbe (jordemoder),
    Nadia Brand (lægesekretær, onkologi), Mira Juel (psykolog, BUP), Emma Tan (jobkonsulent),
    Sofie Vold (fysioterapeut).
  Citizen: Stine Gran (38). Relatives: Oskar Gran (husband), Lev Gran (son, 9, BUP), Rosa Gran
    (daughter, newborn), Svend Bille (father, 74, dialysis, stroke), Vilma Bille (mother, 72,
    dementia, hospice).
  Unlisted (must simply stay): Karin Brandt (klasselærer), Sandra Dohn (pædagog), Jonna
    Lykkegaard (nabo).

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or the
changelog (rt39, 07.12, stop 33), as the held-out measure of that whole stop: the code before it
(460bc7e) 63 leaks / 86 over-hides, the stop's code up to f780c83 52 / 69 (the set was not seen
before that run). Harness (parse, scoring, printing, -v): probe_harness.py.

Run:  .venv/bin/python bench/independent/names_rt39_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # do = toilet (på do); HD = hæmodialyse
    Person(
        "s1",
        "Hien",
        "Do",
        initials=("HD",),
        usernames=("hido",),
        emails=("hien.do@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # svend = journeyman; kraft = strength (nedsat kraft); SK = s.k.
    Person(
        "s2",
        "Svend",
        "Kraft",
        initials=("SK",),
        usernames=("svkr",),
        emails=("svkr@dadlnet.dk",),
        titles=("læge",),
    ),
    # kam = comb / crest; lo = laughed; KL = kl. (klokken), KL (Kommunernes Landsforening)
    Person("s3", "Kam", "Lo", initials=("KL",), usernames=("kalo",), titles=("sygeplejerske",)),
    # rosa = pink; skjold = shield; RS = RS-virus; Rosa = the citizen's newborn daughter
    Person(
        "s4", "Rosa", "Skjold", initials=("RS",), usernames=("rosk",), titles=("sygeplejerske",)
    ),
    # stork; VS = vs.; user name "vist" = apparently; Vilma = the citizen's mother
    Person(
        "s5",
        "Vilma",
        "Stork",
        initials=("VS",),
        usernames=("vist",),
        emails=("vilma.stork@rm.dk",),
        titles=("jordemoder",),
    ),
    # iris (eye); gran = spruce; Gran = the citizen's family; IG = Instagram
    Person(
        "s6",
        "Iris",
        "Gran",
        initials=("IG",),
        emails=("irgr@horsens.dk",),
        titles=("sundhedsplejerske",),
    ),
    # lev = live (imperative); ørn = eagle; LØ = lø. (lørdag); Lev = the citizen's son
    Person("s7", "Lev", "Ørn", initials=("LØ",), usernames=("leor",), titles=("fysioterapeut",)),
    # tal = number / speak; brand = fire (brandsår); TB = tuberkulose
    Person(
        "s8",
        "Tal",
        "Brand",
        initials=("TB",),
        usernames=("tabr",),
        emails=("tal.brand@rn.dk",),
        titles=("sygeplejerske",),
    ),
    # fred = peace; bille = beetle; Bille = the citizen's parents; FB = Facebook
    Person(
        "s9",
        "Fred",
        "Bille",
        initials=("FB",),
        emails=("fred.bille@horsens.dk",),
        titles=("demenskoordinator",),
    ),
    # sen = late; MS = multipel sklerose
    Person("s10", "Mira", "Sen", initials=("MS",), usernames=("mise",), titles=("overlæge",)),
    # vold = violence; DV
    Person(
        "s11",
        "Ditte",
        "Vold",
        initials=("DV",),
        emails=("d.vold@horsens.dk",),
        titles=("socialrådgiver",),
    ),
    # adel = nobility; tan (English); AT = "at"
    Person(
        "s12",
        "Adel",
        "Tan",
        initials=("AT",),
        usernames=("adta",),
        emails=("adel.tan@horsens.dk",),
        titles=("sagsbehandler",),
    ),
]
OTHERS = [
    ("Thu", "Do"),  # bioanalytiker, dialyse - shares family with hidden Hien Do
    ("Troels", "Kraft"),  # overlæge, neurologi - shares family with hidden Svend Kraft
    ("Jenny", "Lo"),  # ssh - shares family with hidden Kam Lo
    ("Malou", "Skjold"),  # pædagog, børneafd. - shares family with hidden Rosa Skjold
    ("Iris", "Kolbe"),  # jordemoder - shares given with hidden Iris Gran
    ("Nadia", "Brand"),  # lægesekretær - shares family with hidden Tal Brand
    ("Mira", "Juel"),  # psykolog, BUP - shares given with hidden Mira Sen
    ("Emma", "Tan"),  # jobkonsulent - shares family with hidden Adel Tan
    ("Sofie", "Vold"),  # fysioterapeut - shares family with hidden Ditte Vold
]
CITIZEN = [("Stine", "Gran")]  # shares family with hidden Iris Gran
RELATIVES = [
    ("Oskar", "Gran"),  # husband
    ("Lev", "Gran"),  # son, 9 - shares given with hidden Lev Ørn
    ("Rosa", "Gran"),  # daughter, newborn - shares given with hidden Rosa Skjold
    ("Svend", "Bille"),  # father - shares given with Svend Kraft, family with Fred Bille
    ("Vilma", "Bille"),  # mother - shares given with Vilma Stork, family with Fred Bille
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. dialysis unit
addall(
    "lk_dialysis",
    [
        "Dialyse tirsdag: opstart kl. 07.40 v/ {Hien Do}. Kanylering af AV-fistel uden problemer.",
        "kanyleret af {hien}, 2 forsøg. fistel suser fint, thrill palperes.",
        "{hien do} har aftalt med pt at vægten tages før og efter hver dialyse.",
        "Ansvarlig sygeplejerske: {Hien Do}",
        "kl 11.15 {hien}: BT 92/50, pt bleg og klam. UF stoppet, 200 ml NaCl givet.",
        "tørvægt justeret til 71,5 kg efter samtale mellem nefrolog og {hien}",
        "overlevering {HD} -> aften: fistel ok, K 5,8 - ring til nefrolog hvis stigende.",
        "sign. {HD} 14.02",
        "{Do}, {Hien} - «primærsygeplejerske» for [Svend Bille]",
        "{hien} har ringet til datteren [Stine] ang. liggende transport.",
        "Pt spørger efter {hien}: 'hun er den eneste der kan stikke mig'.",
        "mail fra {hien.do}«@rm.dk»: ny tid til UL af fistlen 3/4 kl 10.",
        "{Hien D.} har undervist pt i væskeregnskab og saltfattig kost.",
        "Dialyse afsluttet 12.10. Blødning fra nålested stoppede efter 15 min kompression v/ {hien}.",
        "tirs: {hien} / tors: {hien} / lør: vikar",
        "Pt ønsker hjemmedialyse - {Hien Do} tager det op på teamkonferencen.",
        "Ved spørgsmål kontakt {Hien Do}, Dialyseafsnittet, «tlf. 7845 2210».",
        "log: {hido} åbnede dialyseskema 07:32",
        "{HIEN DO} - DIALYSE - UGE 9",
        "pt fortæller at {hien} har sagt, at han ikke må spise bananer.",
        "Hb 6,1 - {hien} har givet Aranesp 40 mikrogram s.c. efter ordination.",
        "Vi aftalte, {hien} og jeg, at pt. vejes på den samme vægt hver gang.",
        "Obs feber 38,4 under dialysen. bloddyrkning taget af {hien}, svar følger.",
        "Tusind tak for i dag {Hien}! Hilsen [Svend Bille]",
        "{hien} fik ikke fat i nefrologen, prøver igen i morgen tidlig",
        "kanyle 15G x 2 (v/{hien}), blodflow 300",
    ],
)

# ----------------------------------------------------------------- 2. paediatrics, BUP, child protection
addall(
    "lk_child",
    [
        "Indlagt med RS-virus. Sugning og saturationsmåling hver 2. time v/ {Rosa Skjold}.",
        "«sygeplejerske» {Rosa S.} har vejet barnet: 4,210 kg.",
        "nattevagt: {rosa skjold}",
        "{RS} 22.40: barnet sover, sat 95 % uden ilt.",
        "Mor spørger om {Rosa Skjold} har vagt i nat igen.",
        "udskrevet af {rosa skjold} - forældre instrueret i saltvandsdråber og sugning.",
        "{Rosa Skjold} har lagt venflon i ve. hånd, 2. forsøg. Far [Oskar] holdt.",
        "obs dehydrering - spl {rosa s.} har talt med vagthavende læge kl 02",
        "{Mira Sen}, «overlæge», Børne- og Ungdomspsykiatrien",
        "Til stede ved samtalen: [Lev] (9 år), far [Oskar Gran], «overlæge» {Mira Sen}.",
        "{sen} vurderer at der ikke er tegn på psykose.",
        "samtale med {sen} flyttet til fredag kl 13",
        "«Dr.» {Sen} har ordineret melatonin 3 mg til natten.",
        "kl. 14 {mira sen}: samtale med forældrene om ADHD-udredning.",
        "{mira sen} mener at [Lev] skal have en fast voksen i skolen",
        "Ifølge {Sen}«s» notat fra 2.2. er der ikke indikation for medicin.",
        "BUP-visitation 11.3: {MS}",
        "{ditte vold} har modtaget underretning fra skolen d. 4.3.",
        "Underretning modtaget 04.03. «Sagsbehandler»: {Ditte Vold}. Vurdering inden 24 timer: ikke akut.",
        "{ditte} ringede til mor [Stine] kl 10.20 og aftalte hjemmebesøg.",
        "{ditte} og «overlæge» {sen} holdt netværksmøde på skolen",
        "Referat: {DV}",
        "«Socialrådgiver» {Vold} deltager ikke - afbud pga. sygdom.",
        "{ditte} har bedt om en børnefaglig undersøgelse efter § 50.",
        "Hilsen {Ditte}, Familieafdelingen, Horsens Kommune",
        "pkt 3: {ditte} orienterede om forløbet siden sidste møde.",
        "[Lev] vil ikke tale med {ditte} uden at far er til stede.",
        "Sagen er overdraget fra {Ditte Vold} til ny rådgiver pr. 1.5.",
        "{ditte v.} «tlf. 4188 0091»",
        "Mødeindkaldelse sendt af {d.vold}«@horsens.dk»",
        "afbud fra {ditte} pga kursus, nyt møde 18/3",
        "Underretning fra sundhedsplejen (v/ «sundhedsplejerske» {Iris Gran}) om mors trivsel.",
        "{ditte} spurgte [Lev] om han er bange derhjemme. Han rystede på hovedet.",
        "[Lev] tegnede sin familie og viste tegningen til {mira sen}.",
        "mor oplyser at {sen} ikke har ringet tilbage som lovet",
        "«Overlæge» {Mira} har ringet til [Karin Brandt] (klasselærer).",
        "{sen}/{ditte}: fælles samtale med forældre uge 12",
    ],
)

# ----------------------------------------------------------------- 3. oncology, palliation, hospice
addall(
    "lk_onco",
    [
        "Palliativt team: «kontaktsygeplejerske» {Tal Brand}.",
        "{tal} kommer på hjemmebesøg torsdag kl 13.",
        "{tal brand} har justeret morfinpumpen til 2 mg/t.",
        "Samtale om behandlingsniveau med datter [Stine] v/ {Tal Brand} og overlæge.",
        "Hospice Limfjord: indskrevet 12.6., «primærsygeplejerske» {Tal}.",
        "{TB} kl 03: pt. rolig, mundpleje givet, vendt.",
        "aftale m. {tal}: ring dag eller nat hvis [Vilma] får smerter",
        "{tal} har lagt sc-nål i ve. overarm",
        "I dag har {Tal} været her i to timer, hun hjalp mor med badet.",
        "Vi er så taknemmelige for {Tal Brand} og alle på hospice. Kh [Stine] og [Oskar]",
        "Kemo serie 4 udsat, besked givet til pt af {tal b.}",
        "Døden indtrådt kl. 04.20. Til stede: datter [Stine Gran] og «sygeplejerske» {Tal Brand}.",
        "{tal} sad hos [Vilma] det meste af natten.",
        "{Tal}: 'du må gerne ringe, også midt om natten'.",
        "besøg hos [Vilma Bille] 14.00-15.30 ({Tal Brand}, «palliativ» sygeplejerske)",
        "efter samtale med {tal} ønsker familien ikke genoplivning.",
        "smerter VAS 7, efter ekstra dosis (v/ {tal}) VAS 3",
        "log: {tabr} printede medicinliste 16:05",
        "Fra: {Tal Brand} ({tal.brand}«@rn.dk»)",
        "{Brand}, {Tal} - palliativt team Nord",
        "mor spurgte efter {tal} hele formiddagen",
        "pårørendesamtale: {tal} + læge + datter. Se notat.",
        "vagt: nat {tal}, dag vikar, aften {tal}",
        "Tak for alt {tal} - du har været en klippe for os. [Stine]",
        "{tal} har bestilt plejeseng og trykaflastende madras.",
    ],
)

# ----------------------------------------------------------------- 4. GP e-consultations
addall(
    "lk_gp",
    [
        "Kære {Svend Kraft}. Jeg har stadig ondt i halsen efter penicillinen. Mvh [Stine Gran]",
        "svar fra {svend kraft}: du kan godt tage ibuprofen sammen med kåvepenin",
        "{SK}/e-kons 10.3: recept fornyet på Metformin 500 mg",
        "e-konsultation besvaret af {sk} 08:12",
        "«Dr.» {Svend Kraft}«s» vikar svarer på e-konsultationer i uge 7.",
        "hej {svend kraft} tak for svar. skal jeg så bestille tid?",
        "vh {Svend Kraft}, «praktiserende læge»",
        "Lægehuset v/ {Svend Kraft}, Søndergade 12, 8700 Horsens",
        "{svend k.} ringer dig op i morgen mellem 8 og 9",
        "Din læge, {Svend Kraft}, har sendt dig en besked.",
        "Hej «dr.» {Svend Kraft}. Min søn [Lev] har haft feber i 3 dage, skal vi komme?",
        "Til: {svkr}«@dadlnet.dk» Emne: vaccination",
        "jeg har snakket med {svend kraft} om det, og han sagde jeg skulle skrive herind.",
        "besked fra «læge» {svend kraft}: blodprøverne er fine, ingen grund til bekymring",
        "tid hos {kraft, svend} ons 14.20 (15 min)",
        "E-kons. modtaget 07.55, besvaret 11.40 ({SK})",
        "{SVEND KRAFT} - «SPECIALLÆGE» I ALMEN MEDICIN",
        "spørgsmål til «dr.» {svend kraft}: må jeg amme når jeg tager Kåvepenin?",
        "henv. til gynækolog sendt af {svend kraft} 2/5",
        "Dear «Dr» {Svend Kraft}, my mother-in-law is visiting from Vietnam - can she see you? [Oskar Gran]",
        "recept bestilt via app, godkendt af {sk} 14:03",
        "{svend kraft} har bedt mig tage en ny blodprøve om 3 måneder",
        "Venlig hilsen\n{Svend Kraft}\n«Læge»",
        "ring til {svend kraft} hvis hovedpinen bliver værre",
    ],
)

# ----------------------------------------------------------------- 5. home nursing, wound care
addall(
    "lk_homenurse",
    [
        "sårpleje v/ {kam}: sår på ve. crus 4x3 cm, fibrinbelægning, skiftet til Aquacel Ag.",
        "{kam lo} har taget foto af såret til sårjournalen.",
        "{KL} 09.10 sårskift, let lugt, ingen feber",
        "kl 9.10 {KL}: sårskift, sår uændret",
        "Sårlæge kontaktet af {Kam Lo}, «hjemmesygeplejerske».",
        "{kam} og [jenny] på dobbeltbesøg kl 8",
        "{Lo}, {Kam} - «hjemmesygeplejerske» distrikt Syd",
        "næste skift fre. - {kam}",
        "{kam} siger såret ser bedre ud, kanterne er lyserøde",
        "besked til {kam}: borger ønsker besøg efter kl 10",
        "kompression lagt af {kam l.}, 2-lags, ankeltryk ok",
        "«hjemmesygepl.» {kam lo} 12/3",
        "sår målt af {kam}: 3,5 x 2,5 cm (var 4 x 3)",
        "dokumenteret af {kalo} 10:41",
        "vagtplan: man {kam}, tir {kam}, ons vikar, tor {kam}",
        "[Svend Bille] ringer og spørger om {kam} kommer i dag",
        "KAD skiftet af {kam}, ch 14, 10 ml sterilt vand i ballon",
        "insulin 12 IE s.c. givet v/ {kam}, BS 11,4",
        "Pt. er glad for {Kam} - 'han har varme hænder'.",
        "{Kam Lo} har bestilt trykaflastende hælsko.",
        "handover 15.00 {kam} -> aften: obs blødning fra sår på hæl",
        "Sårbeskrivelse udført af: {Kam Lo}",
        "aftalt m {kam} at datter [Stine] er til stede ved næste skift",
        "Kære {Kam}, tak for hjælpen med fars ben. Hilsen [Stine]",
    ],
)

# ----------------------------------------------------------------- 6. rehabilitation after stroke
addall(
    "lk_rehab",
    [
        "Genoptræning efter apopleksi: gangtræning med rollator v/ {Lev Ørn}.",
        "{ørn} har testet balancen: Bergs 38/56.",
        "{lev ørn} «fys.» 10.15-11.00",
        "{LØ} 13.00 træning i varmtvandsbassin",
        "træningsplan udarbejdet af {ørn}, «fysioterapeut».",
        "[Svend Bille] træner med {ørn} 3 x ugentligt.",
        "{ørn} og [sofie] har lavet ny plan for trappetræning",
        "«fys.» {Lev} har vist hustru [Vilma] forflytning seng-kørestol.",
        "{Ørn}«s» vurdering: kan gå 50 m indendørs uden hjælp.",
        "[Svend] siger at {ørn} er 'hård men god'.",
        "{lev} («fys») tester 6 min gangtest i morgen",
        "morgenmøde: {ørn} har ferie, [sofie vold] overtager",
        "Genoptræningscenter Horsens, {Lev Ørn}",
        "{ørn}: 'vi tager trappen i dag, [Svend]'",
        "Pt. træner selv i weekenden efter program fra {ørn}.",
        "{Ørn, Lev} - «fysioterapeut» - neuroteam",
        "log: {leor} 11:02 træningsnotat",
        "ergo + {ørn} har afprøvet ny kørestol",
        "Far er så glad for {Lev Ørn}, han går meget bedre nu. [Stine]",
        "ved spørgsmål om træningen, ring til {ørn} på centret",
    ],
)

# ----------------------------------------------------------------- 7. dementia care
addall(
    "lk_dementia",
    [
        "{fred} har besøgt [Vilma] og [Svend] i hjemmet, MMSE 19/30.",
        "«Demenskoordinator» {Fred Bille} deltog i mødet.",
        "{fred} anbefaler aflastningsplads i 2 uger",
        "{FB} 11.30 - tlf. med datter [Stine]",
        "kontakt: {fred bille}, «demenskoordinator», «tlf. 2276 5410»",
        "[Vilma] spørger hele tiden efter 'den søde mand {Fred}'.",
        "{fred} har lavet aftale med daghjemmet Solsikken",
        "pårørendegruppe tors kl 17 v/ {fred}",
        "Referent: {Fred B.}",
        "{Bille}, {Fred} - «demenskoordinator»",
        "Kh {fred}",
        "I dag var {Fred} forbi, men mor kunne ikke huske ham.",
        "«demenskoordinator» {bille} har søgt om plejebolig",
        "{fred} har lånt mor en GPS-tracker",
        "besøg aflyst - {fred} syg",
        "Skrevet af: {fred.bille}«@horsens.dk»",
        "Hej {Fred}. Mor gik ud i nat igen og politiet fandt hende. Kan du ringe? [Stine]",
        "{fred} og [Stine] aftalte at [Svend] skal have aflastning",
        "netværksmøde: {Fred Bille}, hjemmeplejen, [Stine Gran]",
        "{fred} siger det er normalt at mor bliver mere urolig om aftenen",
    ],
)

# ----------------------------------------------------------------- 8. school health nurse
addall(
    "lk_school",
    [
        "Indskolingsundersøgelse 0. kl. v/ «sundhedsplejerske» {Iris Gran}",
        "[Lev] vejet og målt af «sundhedsplejerske» {Iris}: 132 cm / 29 kg.",
        "{IG} - samtale om søvn og skærm",
        "«sundhedspl.» {iris gran} har henvist til egen læge pga. skæv ryg",
        "åben konsultation tirs 8-9 hos {iris gran}",
        "«sundhedspl.» {iris} har talt med [Karin Brandt] (klasselærer).",
        "[Lev] har været til samtale hos {iris gran} tre gange.",
        "Skolesundhedsplejen, {Iris Gran}, «tlf. 7629 1100»",
        "{gran}, {iris} («sundhedsplejerske») - 3.B",
        "Til: {irgr}«@horsens.dk» Fra: [Stine Gran] Emne: [Lev] og maven",
        "[Lev] fortæller at «sundhedsplejersken» {iris} har lovet at tale med læreren.",
        "underskrevet: {Iris Gran}, «sundhedsplejerske»",
        "«sundhedsplejerske» {Gran} har målt syn: 1,0/1,0",
        "Forældrene ønsker ikke samtale med {Iris Gran} uden skolens psykolog.",
        "hej {iris gran} [Lev] siger han stadig er ked af det i frikvartererne. mvh [Stine]",
        "trivselssamtale 3.B v/ {iris gran} og [Karin Brandt]",
        "hørescreening: {IG} 10.3, ua.",
        "«sundhedspl.» {iris gran} har henvist til BUP",
        "[Lev] blev sendt op til {iris gran} efter frikvarteret",
        "{iris g.} har ferie uge 7",
    ],
)

# ----------------------------------------------------------------- 9. maternity ward, postnatal
addall(
    "lk_maternity",
    [
        "Fødsel kl. 03.12, pige 3450 g. «Jordemoder»: {Vilma Stork}.",
        "{stork} har sutureret 2. grads bristning.",
        "{VS} 04.00: mor og barn hud mod hud, barnet søger brystet.",
        "«Jordemoder» {Stork} og [Iris Kolbe] til stede ved fødslen.",
        "{stork} har undersøgt barnet: Apgar 9/10/10.",
        "Vil gerne takke {Vilma Stork} for en helt fantastisk fødsel!! [Stine]",
        "«jordemoder» {vilma} har vist mor ammestillinger",
        "{stork}«s» vagt sluttede kl 7, overlevering til [Iris Kolbe].",
        "PKU taget af {stork} 48 t pp",
        "vandet gået kl 22, {v. stork} tilkaldt",
        "fødselsbeskrivelse udfyldt af {stork, vilma}",
        "{stork}: CTG normalt, veer hvert 3. min",
        "epidural lagt kl 01.30, {stork} til stede",
        "{vilma stork} har aftalt ambulant barselsforløb",
        "Jordemoderkonsultation uge 32 hos {Vilma Stork}: SF-mål 30 cm, hjertelyd 140.",
        "log: {vist} 03:15 fødselsjournal",
        "mail fra {vilma.stork}«@rm.dk»: svar på urindyrkning",
        "Hjemmebesøg dag 4 v/ «sundhedsplejerske» {Iris Gran}: [Rosa] tager godt på.",
        "«sundhedsplejerske» {iris gran} har vejet [Rosa]: 3480 g",
        "{IG} 5. døgn: mor træt, amning går bedre",
        "{stork} sagde at jeg skulle ringe hvis blødningen blev kraftigere",
        "Tak til «jordemoder» {Vilma} og alle på fødegangen. [Stine] og [Oskar]",
        "overflyttet til barsel kl 08, overlevering fra {stork} til dagvagt",
        "{stork} og «overlæge» vurderer at fødslen skal sættes i gang",
    ],
)

# ----------------------------------------------------------------- 10. job centre health reports
addall(
    "lk_jobcentre",
    [
        "Sygedagpengeopfølgning: samtale med «sagsbehandler» {Adel Tan} d. 14.8.",
        "{adel} har indhentet LÆ 265 fra egen læge.",
        "statusattest bestilt af {adel tan}",
        "{adel tan} vurderer at borger kan starte delvis raskmelding 10 t/uge",
        "Aftalt med {Adel}: jeg sender lægeerklæringen inden fredag. [Stine]",
        "sign. {AT}",
        "«Sagsbehandler»: {AT} / Jobkonsulent: [Emma Tan]",
        "{adel} har talt med arbejdsgiver om skånehensyn",
        "ifølge {adel} skal jeg møde på jobcentret igen om 4 uger.",
        "Journalnotat 18.9. ({Tan, Adel}): rehabiliteringsteam udsat",
        "kontaktperson i jobcentret: {Adel Tan}, «tlf. 7262 1188»",
        "{adel} ringer igen uge 40",
        "Oprettet af: {adta} 18-09-2024 10:14",
        "{adel tan} har bedt egen læge om en vurdering af arbejdsevnen.",
        "hej {adel} jeg kan ikke komme til mødet, min far er indlagt. Mvh [Stine Gran]",
        "«Sagsbehandler»: {Adel Tan} («sagsbehandler», Sygedagpenge)",
        "mail til {adel.tan}«@horsens.dk» om delvis raskmelding",
        "samtale flyttet - {adel} på kursus",
        "{adel} og [emma tan] afholdt rundbordssamtale med arbejdsgiver",
        "«Sagsbehandler» {Tan} indstiller til forlængelse af sygedagpenge.",
    ],
)

# ----------------------------------------------------------------- 11. forms, tables, logs, English
addall(
    "lk_forms",
    [
        "Initialer | Navn | Rolle\n{HD} | {Hien Do} | «dialysesygepl.»\n{KL} | {Kam Lo} | «hjemmesygepl.»",
        "Discharge summary written by «nurse» {Rosa Skjold}; reviewed by «Dr» {Mira Sen}.",
        "Thanks to {Tal} and everybody at the hospice.",
        "As {Adel Tan} explained, the benefit stops after 22 weeks.",
        "cc: {fred.bille}«@horsens.dk», {d.vold}«@horsens.dk»",
        "Deltagere: {Ditte Vold} ({DV}), {Mira Sen} ({MS}), [Stine Gran], [Oskar Gran]",
        "09.00 {hien do}\n10.30 {kam lo}\n13.00 {lev ørn}",
        "Ansvarlige: {HD}, {KL}, {LØ}, {TB}",
        "AUDIT: user={tabr} action=view patient=[Vilma Bille]",
        "user {mise} printed letter 14:22",
        "Besøgsliste: 8.00 [Svend Bille] ({kam}), 9.30 [Vilma Bille] ({fred})",
        "vagt: D {kam} / A {hien} / N {tal}",
        "Signeret elektronisk af {Vilma Stork}, «jordemoder», 04.03.2024 04:55",
        "The «midwife» ({Vilma Stork}) said the baby was fine.",
        "{ditte vold} - {mira sen} - {iris gran}",
        "Ref.: {FB}",
        "Kontaktpersoner:\n- {Tal Brand} (palliation)\n- {Fred Bille} (demens)\n- {Adel Tan} (jobcenter)",
        "«Nurse» {Hien} will call you tomorrow.",
        "Notat ved {rosk} 02.05 03:10",
        "Ansvarlig: {Svend Kraft}",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 12. the same words used as words
addall(
    "ow_words",
    [
        "Pt. bor alene og har svært ved at nå ud på [do] om natten.",
        "[Do] og bad er renoveret, der er plads til rollator.",
        "hjælp til toiletbesøg: følges på [do] kl 22 og kl 02",
        "Har mistet [kraft] i højre arm og hånd.",
        "nedsat [kraft] 3/5 i ve. ben, [kraft]en i armen uændret",
        "Pt. har ikke [kraft]er til at gå på trappen i dag.",
        "Lus fundet, behandlet og redt igennem med [tættekam].",
        "Mor redte [Lev]s hår med en [kam] før skolebilledet.",
        "Pt. [lo] og fortalte om barnebarnet - god stemning.",
        "Hun [lo] højt, da hun så hunden.",
        "[rosa] udslæt på kinderne, ingen feber",
        "Barnet har [rosa] og varm hud, kapillærrespons under 2 sek.",
        "Huden er [skjold]et på benene - tegn på dårligt kredsløb.",
        "TSH 8,2 - [skjoldbruskkirtlen] er lidt for lidt aktiv. Levaxin opstartes.",
        "UL af [skjoldbruskkirtel] bestilt.",
        "Lille [storkebid] i nakken, harmløst, forsvinder af sig selv.",
        "[Lev] spurgte om det var [storken] der kom med [Rosa].",
        "[Iris] og pupiller reagerer normalt på lys bilateralt.",
        "Blå [iris], ingen rødt reflekssvigt.",
        "Udslæt efter at have båret [gran] ind til juletræet.",
        "Juletræ ([nordmannsgran]) står i stuen - obs allergi.",
        "[Lev] vel, mor - vi ses på søndag.",
        "Hun vil gerne [lev]e så længe hun kan være hjemme.",
        "Vi så [ørne]n over fjorden på turen.",
        "[Tal] med lægen om smerterne, hvis det ikke bliver bedre.",
        "Har [tal]t med datter om aflastning.",
        "Blodtrykket ligger fint, [tal]lene er stabile.",
        "Mine [tal] fra blodprøven er fine siger apoteket. [Stine]",
        "Hun kan ikke længere huske [tal] over 10.",
        "[Brand]alarm gik kl 03, ingen [brand] - røg fra brødrister.",
        "[Brand]sår 2. grad på ve. hånd, 3x2 cm, Mepilex lagt.",
        "Pt. har været [brand]mand i 30 år.",
        "Pt. sov ind i [fred] kl 04.20 med familien omkring sig.",
        "Hun ønsker at blive lagt i [fred], ingen besøg i dag.",
        "Han var [fred]elig og afslappet hele aftenen.",
        "[Bille]r i køkkenskabet, viceværten kontaktet.",
        "[Lev] fandt en [bille] på legepladsen og var meget stolt.",
        "[Sen] aftensmad kl 20, pt. spiste halvdelen.",
        "Vi kom for [sen]t til dialysen pga. taxaen.",
        "Information om [sen]følger efter kemo udleveret.",
        "Ring [sen]est fredag kl 12.",
        "Mistanke om [vold] i hjemmet, underretning sendt.",
        "[Lev] har været udsat for [vold] fra en ældre elev.",
        "Pt. har [vold]somme smerter i ryggen.",
        "Hun talte om sin [adel]ige farmor.",
        "He got a [tan] on holiday, skin normal.",
        "[Tal] langsomt og tydeligt, hun hører dårligt.",
        "Kom [sen]ere på eftermiddagen.",
        "[Ditto] for i går: spiser lidt, drikker godt.",
        "[Frederik] og [Sandra Dohn] fra børnehaven kommer på besøg.",
        "[Fredeligt] forløb natten igennem.",
        "Ingen [brand]fare ved ilt i hjemmet, når der ikke ryges.",
        "[Tal]erør bestilt til pt med nedsat hørelse.",
        "Hun [lever] alene og klarer sig selv.",
        "Pt. fortæller at [sønnen] har [kraft]ige mavesmerter.",
        "Vi [lo] meget af [Lev]s vittigheder.",
        "Giv [do]sis 2 kl 14.",
        "Sagen er sendt til [gran]skning i Ankestyrelsen.",
        "[Rosa]farvet udflåd dag 5 efter fødslen, normalt.",
        "Har plantet [storkenæb] i haven sammen med [Lev].",
    ],
)

# ----------------------------------------------------------------- 13. clinical abbreviations, lab values
addall(
    "ow_abbrev",
    [
        "[BT] 142/88, puls 76, [SAT] 97 %",
        "[HD] mandag-onsdag-fredag kl 8-12",
        "[HD]-kateter i ve. v. jugularis, forbinding tør",
        "Overgang fra [HD] til [PD] drøftet med nefrolog.",
        "[RS]-test positiv, isolation på stue 4",
        "Søskende [RS]-negativ.",
        "Mor har [MS] og kan ikke løfte barnet.",
        "[MS]-attak udelukket, MR normal.",
        "[TB]-test (quantiferon) negativ før biologisk behandling.",
        "[KL] anbefaler at kommunerne bruger VUM 2.0.",
        "Jf. [KL]s vejledning om sygedagpengeopfølgning.",
        "[kl] 07.30 morgenmedicin givet",
        "[Kl.] 14.00 besøg af datter.",
        "Datter har oprettet en [FB]-gruppe for familien.",
        "Han skriver på [FB] til sine venner om natten.",
        "[Lev] bruger 4 timer om dagen på [IG] og TikTok.",
        "[IgG] 4,2 - lav, kontrol om 3 mdr.",
        "Besøg [lø.] 14.9 kl 10-12.",
        "[LØ] 9-12: åbent hus på genoptræningen",
        "Metformin [vs.] Sitagliptin drøftet.",
        "Insulin Lantus 14 IE [s.k.] kl 22",
        "Mounjaro 5 mg [s.c.] 1 x ugentligt",
        "HUSK [AT] BESTILLE NY TID",
        "Pt. har glemt [at] tage morgenmedicinen.",
        "[LH] 12, FSH 9 - normale værdier.",
        "[DVT] udelukket ved UL, [D-dimer] normal.",
        "[GFR] 12, kreatinin 480, kalium 5,9",
        "[CRP] 84, leukocytter 13,1",
        "[KAD] ch 14 anlagt, 400 ml klar urin",
        "[VAS] 6 i hvile, 8 ved bevægelse",
        "[MMSE] 19/30, [ACE] 61/100",
        "[ADL]-test: selvhjulpen i spisning",
        "[AT]-III normal, INR 1,1",
        "[HbA1c] 58 mmol/mol",
        "[PKU] og hørescreening udført.",
        "insulin 8 IE [SK] kl 7, BS 9,2",
        "[KL]-aftalen og [LO]-overenskomsten gælder for fleksjob.",
    ],
)

# ----------------------------------------------------------------- 14. the citizen and her family
addall(
    "ow_family",
    [
        "[Stine Gran] ringede kl 9 ang. sin far.",
        "[Rosa] (10 dage) ammes 8-10 gange i døgnet.",
        "Datteren [Rosa] er let gul, bilirubin målt.",
        "Sønnen [Lev] (9 år) er henvist til BUP.",
        "[Lev] (9) har svært ved at falde i søvn.",
        "Far [Svend Bille] er i dialyse 3 x ugentligt.",
        "Mor [Vilma Bille] har Alzheimers demens.",
        "[Oskar] passer [Rosa], mens [Stine] er til samtale.",
        "Mor [Vilma] spørger efter far [Svend] hele tiden.",
        "Til [Stine Gran], vedr. din far [Svend Bille]",
        "Pt.: [Bille, Svend], 110350-xxxx",
        "Pt.: [Bille, Vilma], 230752-xxxx",
        "Familien [Gran]: far [Oskar], mor [Stine], [Lev] (9), [Rosa] (nyfødt)",
        "Morfar [Svend] og mormor [Vilma] kommer på besøg søndag.",
        "[Lev] og lillesøster [Rosa]",
        "[Svend Bille] træner gang med rollator, [Vilma Bille] er med.",
        "Mvh [Stine Gran]",
        "Hilsen [Oskar] ([Rosa]s far)",
        "[Rosa Gran], f. 02.03.2024, 3450 g",
        "[Lev Gran], 3.B, Stensballeskolen",
        "Hej, det er [Stine] igen. [Lev] har kastet op i nat. Skal han blive hjemme?",
        "Vi har aftalt at [Oskar] henter [Lev] om onsdagen.",
        "[Svend] (far) siger han får for lidt at spise på dialysen.",
        "[Vilma] (72 år) er indlagt på hospice.",
        "mor ([Vilma Bille]) sov uroligt, far ([Svend Bille]) var træt",
        "[Stine]s mor [Vilma] døde stille i nat.",
        "[Lev] skriver: 'jeg vil ikke i skole. [Lev]'",
        "Barnets navn: [Rosa Gran]. Mors navn: [Stine Gran]. Fars navn: [Oskar Gran].",
        "Fra: [Stine Gran] Til: Lægehuset Emne: [Rosa] har udslæt",
        "[Gran], [Stine] - sygemeldt siden 01.06.",
        "Pårørende: [Stine Gran] (datter), [Oskar Gran] (svigersøn)",
        "[Lev] og hans far [Oskar] var med til mødet.",
        "[Svend Bille] og hustru [Vilma Bille] bor Granvej 4.",
        "min datter [Rosa] græder meget om aftenen, er det normalt?",
        "[Lev] fortæller at morfar [Svend] er syg.",
    ],
)

# ----------------------------------------------------------------- 15. non-hidden colleagues
addall(
    "ow_colleagues",
    [
        "[Thu Do] (bioanalytiker) har taget blodprøver før dialysen.",
        "bioanalytiker [Do] tog kalium igen kl 10",
        "[Troels Kraft], overlæge, Neurologisk Afdeling",
        "Epikrise fra overlæge [Kraft], neurologi.",
        "[Jenny Lo] ssh morgenbesøg kl 7.15",
        "ssh [Lo] har hjulpet med bad",
        "Pædagog [Malou Skjold] legede med [Lev] i legestuen.",
        "pædagog [skjold] har lavet aktivitetsplan",
        "Jordemoder [Iris Kolbe] overtog kl 07.",
        "[Iris Kolbe] (jordemoder) har suturert.",
        "Lægesekretær [Nadia Brand] har booket ny tid.",
        "sekretær [brand] sender indkaldelse",
        "Psykolog [Mira Juel] har haft første samtale med [Lev].",
        "psykolog [Mira] testede med WISC-V",
        "Jobkonsulent [Emma Tan] har fundet en virksomhedspraktik.",
        "jobkonsulent [tan] ringer til arbejdsgiveren",
        "Fys. [Sofie Vold] har trænet trappe med [Svend].",
        "fysioterapeut [Vold] (ambulant) overtager fra uge 20",
        "[Troels Kraft] har sendt henvisning til genoptræning.",
        "[jenny lo] ssa 15.00-23.00",
        "[Malou Skjold] og [Sofie Vold] holder fri fredag.",
        "[Emma Tan] og [Nadia Brand] var med på telefonmødet.",
        "[Mira Juel] (psykolog) og [Thu Do] (bioanalytiker) underviser sammen.",
        "Afd. læge [Troels Kraft] tilså pt kl 10.",
        "bioanalytiker [Thu] kommer kl 7",
    ],
)

# ----------------------------------------------------------------- 16. places, streets, drugs, firms, unlisted people
addall(
    "ow_places",
    [
        "Flyttet fra [Brande] til [Horsens] i 2019.",
        "Indlagt på [Fredericia] Sygehus, overflyttes til Vejle.",
        "Ferie på [Gran Canaria] i 2 uger - dialyse bestilt dernede.",
        "Bor på [Ørnevej] 17, 2. th.",
        "Ny adresse: [Storkevej] 3, 8700 [Horsens]",
        "[Fredensborg] Apotek leverer medicinen.",
        "[Granvej] 4, [Stensballe]",
        "[Levemir] 10 IE om aftenen.",
        "[Levaxin] 50 mikrogram dagligt.",
        "Opstart af [Levodopa] er drøftet.",
        "[Senokot] 2 tabl. ved behov for afføring.",
        "[Dolol] seponeret pga. svimmelhed.",
        "[Tanakan]? Pt. tager naturmedicin - se liste.",
        "[Kamillete] mod uro om aftenen.",
        "[Iriserende] lysglimt for øjnene - henvist til øjenlæge.",
        "[Brandt]s Klædefabrik - udstilling med skolen.",
        "Klasselærer [Karin Brandt] har skrevet til forældrene.",
        "Nabo [Jonna Lykkegaard] har nøgle.",
        "Pædagog [Sandra Dohn] fra SFO'en deltog.",
        "[Falck] henter kl 06.45 til dialyse.",
        "[LO-skolen] i Helsingør - kursus afbrudt.",
        "[Tanzania]-rejse: malariaprofylakse anbefalet.",
        "Bor på [Skjoldhøjkollegiet] i Aarhus.",
        "Flytter til [Storkøbenhavn] til sommer.",
        "[Hospice Limfjord] og [Hospice Sydfyn] har ventelister.",
    ],
)

# ----------------------------------------------------------------- 17. courtesy titles with the family's name
addall(
    "ow_titles",
    [
        "[Fru Gran] ringede og spurgte efter resultaterne.",
        "[Hr. Bille] er kommet til dialyse i kørestol.",
        "[Fru Bille] sov det meste af dagen.",
        "Kære [fru Gran], tak for din besked.",
        "[Hr. og fru Bille] bor i eget hjem med hjemmepleje.",
        "[Mrs Gran] asked about the vaccine.",
        "[familien Gran] har fået tildelt ny sundhedsplejerske.",
        "[Hr. Gran] var med til samtalen.",
        "[ægteparret Bille] ønsker at blive boende sammen.",
        "[Mr Bille] is on haemodialysis three times a week.",
        "Til [familien Bille]",
        "[Enkefru Bille]? Nej - [hr. Bille] lever.",
        "[Fam. Gran] - hjemmebesøg aftalt.",
        "[Fru Gran] og [hr. Gran] deltog begge.",
        "[Fru Stine Gran] har sendt sygemelding.",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "[Tal] med {Tal} om smertepumpen i morgen.",
        "{Fred} sagde: 'lad hende være i [fred] i aften'.",
        "[Brand]sår på hånden - {Tal Brand} har lagt Mepilex.",
        "{Hien} hjalp pt ud på [do] efter dialysen.",
        "{kam} redte hans hår med en [kam] efter badet.",
        "{stork} bemærkede et lille [storkebid] i nakken.",
        "«sundhedsplejerske» {Iris Gran}: [iris] normal, ingen rødt reflekssvigt.",
        "«Dr.» {Sen} kom for [sen]t til mødet.",
        "[Vold] i hjemmet? {Ditte Vold} undersøger sagen.",
        "{Adel Tan} skrev at jeg skal huske [at] sende papirerne.",
        "sign. {AT} - husk [at] ringe til [Stine]",
        "[kl] 10 {KL}: sårskift på ve. crus",
        "[HD] kl 8-12 v/ {HD}",
        "[RS]-virus; «sygeplejerske» {RS} har taget [sat] kl 02",
        "Datter lagde billeder på [FB]; {FB} orienteret om det.",
        "{ørn} så en [ørn] på gåturen med pt.",
        "{lev ørn}: '[lev] livet, men tag trappen langsomt'",
        "[Kraft] 4/5 i ve. arm ifølge {Svend Kraft}.",
        "{kam lo} og pt. [lo] af episoden med katten.",
        "[rosa] udslæt - {Rosa Skjold} har ringet til lægen.",
        "{Rosa Skjold} har taget blodprøve til [skjoldbruskkirtel]-tal (TSH).",
        "{Fred Bille} fandt en [bille] i mors seng.",
        "[lø.] kl 10 træning v/ {LØ}",
        "[sen] aften: {sen} ringede kl 21.30",
        "{Tal}: de nye [tal] er bedre.",
        "[Tal] tydeligt til pt., siger {Tal Brand} - hun hører dårligt på ve. øre.",
        "{IG} har set [Lev]s opslag på [IG].",
        "[MS] udelukket af «overlæge» {MS}.",
        "[TB]-test neg. (sign. {TB})",
        "log {vist} 03:15 - notat: har [vist] mor badning af [Rosa]",
        "[Adel]en i familien betyder meget for hende, fortalte hun til {Adel Tan}.",
        "CTG før [vs.] efter vendingen vurderet af {VS}.",
        "{Svend Kraft} roser [kraft]en i armen.",
        "{tal} har [tal]t med [Stine] om [fred]elig død.",
        "Hun sov i [fred] - {fred} blev hos [Vilma] til kl 22.",
    ],
)

addall(
    "mx_people",
    [
        "[Thu Do] tog blodprøver, {Hien Do} kanylerede.",
        "[Troels Kraft] (neuro) har sendt epikrise til egen «læge» {Svend Kraft}.",
        "[Jenny Lo] og {Kam Lo} på dobbeltbesøg.",
        "[Malou Skjold] (pædagog) og {Rosa Skjold} (spl.) holdt øje med [Lev].",
        "[Iris Kolbe] og {Vilma Stork} vekslede ved fødslen.",
        "[Nadia Brand] booker tid hos {Tal Brand}.",
        "[Mira Juel] (psykolog) og {Mira Sen} («overlæge») så [Lev] sammen.",
        "[Emma Tan] og {Adel Tan} holdt møde med arbejdsgiver.",
        "[Sofie Vold] (fys) og {Ditte Vold} («socialrådgiver») er ikke i familie.",
        "Hej {Svend Kraft}, min far [Svend Bille] har fået ny medicin - passer den med min?",
        "[Stine Gran] og «sundhedsplejerske» {Iris Gran} er ikke i familie.",
        "[fru Bille] og {Fred Bille} er ikke i familie.",
        "{Fred Bille} besøgte [hr. og fru Bille] kl 10.",
        "[Rosa] (3 dage) blev vejet af spl. {Rosa Skjold}.",
        "Sønnen [Lev] (9) så på, mens «fys.» {Lev} trænede med morfar.",
        "«Jordemoder» {Vilma} og mormor [Vilma] holdt [Rosa] på skift.",
        "«sundhedspl.» {Gran} hos familien [Gran]: [Rosa] 3620 g.",
        "«demenskoordinator» {Bille} talte med [Vilma Bille] og [Svend Bille].",
        "[Svend] (far) har talt med «dr.» {Svend Kraft} om dialysen.",
        "ssh [Lo] og «hjemmesygepl.» {Kam} skiftede forbinding.",
        "psykolog [Mira] og «overlæge» {Mira} deltog begge.",
        "jobkonsulent [Tan] og «sagsbehandler» {Tan}",
        "fys. [Sofie] og {Lev Ørn} trænede med [Svend].",
        "[Iris Kolbe] (jordemoder) ringede til «sundhedsplejerske» {Iris Gran}.",
        "{Mira Sen} har talt med [Karin Brandt] om [Lev].",
        "<Lev> har været her i dag.",
        "<Rosa> har haft en god nat.",
        "Hej <Iris>, tak for i går!",
        "<Mira> ringer i morgen.",
        "<Do> kommer kl 7.",
        "<Kraft> har sendt svar.",
        "<Svend> ringede og spurgte efter dig.",
        "<Vilma> var her i dag.",
        "Spørg <Tan> om papirerne.",
        "<Vold> har ferie uge 30.",
        "<brand> sender indkaldelse",
        "<skjold> har vagt i weekenden",
        "<lo> kommer kl 15",
        "<Gran> har været på besøg.",
        "<Bille> ringede i formiddags.",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering dialyse:\n- [BT] faldt til 90/50 kl 10 ({hien})\n- far [Svend Bille] træt, sov\n- [HD] igen fredag",
        "Netværksmøde 12.3.\nDeltagere: mor [Stine Gran], far [Oskar Gran], «socialrådgiver» {Ditte Vold}, «overlæge» {Mira Sen}, psykolog [Mira Juel], klasselærer [Karin Brandt].\nReferent: {DV}",
        "Kære {Adel}\nJeg er stadig sygemeldt. Min «læge» {Svend Kraft} har skrevet en ny attest. [Lev] er også syg.\nMvh [Stine]",
        "[kl] 03.12 pige født, [Rosa]. «Jordemoder» {Vilma Stork}. Far [Oskar] klippede navlestreng.",
        "Hospice: [Vilma Bille] sov ind i [fred] kl 04.20. Til stede: datter [Stine], {Tal Brand}. [Tal] med bedemand i morgen.",
        "Sårpleje ({kam}): [brand]sår på hånd heler, ny [salve] ordineret af egen «læge» {Svend Kraft}.",
        "Genoptræning: [Svend Bille] gik 50 m med {ørn}. Hustru [Vilma] så på. [Kraft] i ve. ben bedre.",
        "Demens: {fred} har lavet aftale om aflastning for [Vilma]. Datter [Stine] tager [fri] fra jobcentrets aktivitet - {Adel} orienteret.",
        "Skolesundhed: [Lev] (9 år) hos {Iris Gran}. Skærmtid 4 t på [IG]. Henvist til BUP ({Mira Sen}).",
        "BUP: {sen} + psykolog [mira juel] - [Lev] testet. [Sen]ere samtale med forældre.",
        "Jobcenter: {AT} har modtaget LÆ 265 fra {SK}. Husk [at] indkalde til rundbordssamtale.",
        "E-konsultation: 'Hej {Svend Kraft}, [Rosa] er 3 uger og har [rosa] pletter på maven, skal vi komme? [Stine]'",
        "Underretning: [vold] mellem ældre elever; [Lev] slået. {ditte} har talt med [Karin Brandt].",
        "Barsel: {stork} har undersøgt [Rosa]; lille [storkebid]. {Iris Gran} kommer på besøg dag 4.",
        "Børneafd.: [RS]-virus hos [Rosa]. Spl. {rosa skjold} og pædagog [Malou Skjold] hjalp [Lev] i legestuen.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
