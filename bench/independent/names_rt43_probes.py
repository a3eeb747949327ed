"""Red-team probes for indsigt name hiding (rt43): LOWER-CASE, TELEGRAPHIC notes of the coronary
care unit, ICU flow sheets (intensiv), a stroke unit, an orthopaedic ward, the eye clinic, ENT,
skin and sexual health (hud og køn), a fertility clinic, a vaccination clinic, municipal
practical home help and the night car route (køreliste), assistive devices and housing
adaptation (hjælpemidler, boligindretning), a municipal day centre (daghjem), school psychology
(PPR) and the municipal child dental service - and over-hiding traps that use the same words as
words in the same telegraphic style (first on a line, subject of a verb a thing does, object,
after a preposition, in compounds).

My own standard for the markup (written before anything was run):
  {...}  must be gone (a hidden staff member's name part, initials, user name or e-mail local
         part standing for that person) -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, a word,
         an abbreviation, a lab value, a place, a street, a drug, a firm) -> any span over it =
         OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word next to a hidden name (spl., fys, ortoptist, psykolog,
         tandplejer, ergoterapeut, overlæge, læge, ssh, vaccinationssygeplejerske ...), a
         genitive -s glued to a hidden name, the domain of a hidden person's e-mail, a phone
         number written next to a hidden name
  Unmarked letters and digits are must-stay as well. Literal square or curly brackets, "<" and
  "«" cannot appear in a probe: they are the markup.

Rules I apply when marking (the same in every genre):
  1. A name part owned only by hidden staff (Storm, Tang, Vinter, Lam, Ben, Sol, Siv, Mandel,
     Lykke, Hvid, Bo, Vind, Pil, Orla, Krog, Lave, Glad, Hage) that the text uses as a person's
     name is gone - lower case or capitalised, bare or with the other part, family-first
     ("lam, sten"), abbreviated ("ida v.", "lærke l."), as subject or object of any verb, after
     any preposition (til, fra, med, hos, af, for, ved, v/), in a list or a rota column, as the
     first or the last word of a line, in a handover ("x -> dagvagt"), a signature, a log line.
  2. Registered initials, user names and e-mail local parts are gone where they stand for the
     person: after sign. or "/", before a time or date in a staff slot ("AF 10.05:"), in a list
     or a rota, in a log line. The same letters used as the abbreviation or word they also are
     stay: ST-elevation/STEMI/st.p./st. tv., IV/i.v./NYHA IV/IVF, BH (brystholder), SR
     (sinusrytme), LH (the hormone), BV (bakteriel vaginose), AF (atrieflimren) and "af", PR
     (per rectum) and "pr.", OK/ok, GH (growth hormone).
  3. A part shared with a non-hidden colleague (Holm, Ravn, Rask, Lærke, Sten) is gone when the
     hidden person's other part, initials or registered title (or its usual short form: spl.,
     fys, ergo, ssh, or a compound or inflection of it, "ppr-psykologen") settles it; it stays
     when the colleague's other part or own role settles it ("spl holm", "øjenlæge ravn",
     "visitator rask", "tale-hørekonsulent lærke", "portør sten"); bare and unsettled it is
     debatable. A staff-like action without a title does not settle it.
  4. A part shared with the citizen or a relative (Lang, Frost, Ask, Ida, Gro) is gone when the
     hidden person's title, other part, initials or a staff slot settles it; it stays when the
     text says who the relative is (a kinship word, an age "(8)", a courtesy title "fru
     frost", the relative's full name, "pt: frost, bent"); bare and unsettled it is debatable.
  5. Words, weekdays, places, streets, drugs, firms and abbreviations stay even when spelt like a
     hidden name part or initials, also glued into compounds (stormvejr, benbrud, lamhed,
     solskoldet, mandelbetændelse, hagesmæk, gribetang, raskmeldt, lykkedes), also lower case
     and first on a line, also as the subject of a verb a thing does ("frost sprængte rør",
     "ben hæver"), also in a text that names the hidden person.
  6. Unlisted people stay, also when their names contain a hidden part (Preben Hvidt, Yvonne
     Lammert, Torben Krogh, Birthe Stormgaard).
  7. Lower-case fast notes get the same judgement as careful prose: "lam har set pt" is a
     person, "ve arm lam" is paralysis; "ben har trænet med pt" is a person, "ben hævet" a leg.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; none of these names is in names_rt36_probes.py or names_rt39_probes.py):
  Hidden staff (14), with what the parts and initials also are:
    Storm Tang    spl., hjerteafd./CCU    storm (weather; "elektrisk storm", storme = rush);
                                          tang = seaweed, tongs/forceps (gribetang);
                                          ST = ST-segment, STEMI, st.p., st. tv.
    Ida Vinter    intensivsygeplejerske   vinter = winter; IV = intravenous, NYHA IV, IVF;
                                          Ida = the citizen's daughter
    Sten Lam      overlæge, apopleksi     sten = stone (nyresten, stenhård); lam = paralysed,
                                          lamb (lamhed, lammelse); Sten = a porter; SL
    Ben Holm      fysioterapeut, ortopæd  ben = leg, bone (benbrud); holm = islet (Bornholm);
                                          Holm = a nurse; BH = brystholder
    Sol Ravn      ortoptist, øjenklinik   sol = sun (solbriller, solgte); ravn = raven;
                                          Ravn = an ophthalmologist; SR = sinusrytme
    Siv Mandel    læge, øre-næse-hals     siv = reed, sive = seep (siver); mandel = almond,
                                          tonsil (mandler, mandelbetændelse); SM
    Lykke Hvid    spl., fertilitetsklinik lykke = happiness, luck (lykkes, lykkedes); hvid =
                                          white (hvidt sekret); LH = luteinising hormone
    Bo Vind       spl., hud og køn        bo = to live somewhere; vind = wind (vindue);
                                          BV = bakteriel vaginose
    Ask Frost     spl., vaccinationsklinik  ask = ash tree (askebæger); frost; AF =
                                          atrieflimren and "af"; Ask = the son, Frost = the
                                          citizen's parents
    Pil Rask      ssh/hjemmehjælper, praktisk hjælp and night route  pil = willow, arrow
                                          (piller); rask = healthy, quick (raskmeldt);
                                          Rask = a visitator; PR = per rectum, pr.
    Orla Krog     ergoterapeut, hjælpemidler/boligindretning  krog = hook, corner; OK = ok
    Lave Glad     aktivitetsmedarbejder, daghjem  lave = to make, low (lave værdier);
                                          glad = happy; LG
    Lærke Lang    psykolog, PPR           lærke = lark, larch (lærketræ); lang = long
                                          (langsom); Lærke = a speech consultant; Lang = the
                                          citizen's family; LL
    Gro Hage      tandplejer, kommunal tandpleje  gro = grow (gror); hage = chin (hagesmæk);
                                          Gro = the citizen's mother; GH = growth hormone
  Non-hidden colleagues sharing parts: Dorte Holm (spl., ortopæd), Anne Ravn (øjenlæge), Pia
    Rask (visitator), Lærke Jessen (tale-hørekonsulent, PPR), Sten Bach (portør, neurologi).
  Citizen: Maja Lang (36, fertility treatment, eczema, sexual health). Relatives: Jakob Lang
    (partner), Ask Lang (son, 8; PPR, ENT, dental, vaccination), Ida Lang (daughter, 4; dental,
    vaccination), Bent Frost (father, 77; CCU, ICU, stroke, day centre, night route), Gro Frost
    (mother, 75; hip fracture, cataract, home help, assistive devices, night route).
  Unlisted (must simply stay): Preben Hvidt (nabo), Yvonne Lammert (klasselærer), Torben Krogh
    (taxachauffør), Birthe Stormgaard (frisør).

Written by a red-team helper (rt43) that had not seen the matcher's rules, word lists, tests,
docs or changelog, as a held-out measure; the standard above was written before the first run.
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (by rule 4 above; no probe reworded, added or dropped; also in
helpers/rt43/fixes.txt): ow_family "fra: maja lang emne: idas tænder" - the bare "ida" (shared
with hidden Ida Vinter) had no kinship word, age or full name, so [ida]s -> <ida>«s»
(debatable, genitive -s don't-care); ow_family "hej det er maja igen, ask har ondt i øret" -
the bare "ask" likewise [ask] -> <ask> (kept in the first run; totals unchanged).

545 probes: 257 leak (lk_*), 235 over-hide (ow_*), 53 mixed (mx_*).
held-out, first run on 6b11391 (pinned worktree): 101 leaks / 18 over-hides (545 probes, 426
ok, 10 debatable all hidden); after the two markup fixes: 101 leaks / 17 over-hides (427 ok).

Run:  .venv/bin/python bench/independent/names_rt43_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # storm; tang = seaweed / tongs; ST = ST-segment, st.p., st. tv.
    Person(
        "s1",
        "Storm",
        "Tang",
        initials=("ST",),
        usernames=("stta",),
        emails=("storm.tang@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # vinter = winter; IV = intravenøs, NYHA IV; Ida = the citizen's daughter
    Person(
        "s2",
        "Ida",
        "Vinter",
        initials=("IV",),
        usernames=("idvi",),
        titles=("intensivsygeplejerske", "sygeplejerske"),
    ),
    # sten = stone; lam = paralysed / lamb; Sten = porter Sten Bach
    Person(
        "s3",
        "Sten",
        "Lam",
        initials=("SL",),
        emails=("sten.lam@rm.dk",),
        titles=("overlæge", "læge"),
    ),
    # ben = leg / bone; holm = islet; Holm = nurse Dorte Holm; BH = brystholder
    Person("s4", "Ben", "Holm", initials=("BH",), usernames=("beho",), titles=("fysioterapeut",)),
    # sol = sun; ravn = raven; Ravn = ophthalmologist Anne Ravn; SR = sinusrytme
    Person("s5", "Sol", "Ravn", initials=("SR",), titles=("ortoptist",)),
    # siv = reed (sive = seep); mandel = almond, tonsil
    Person(
        "s6",
        "Siv",
        "Mandel",
        initials=("SM",),
        emails=("siv.mandel@rm.dk",),
        titles=("læge",),
    ),
    # lykke = happiness / luck; hvid = white; LH = luteiniserende hormon
    Person("s7", "Lykke", "Hvid", initials=("LH",), usernames=("lyhv",), titles=("sygeplejerske",)),
    # bo = to live (somewhere); vind = wind; BV = bakteriel vaginose
    Person(
        "s8",
        "Bo",
        "Vind",
        initials=("BV",),
        emails=("bo.vind@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # ask = ash tree; frost; AF = atrieflimren / "af"; Ask = son, Frost = citizen's parents
    Person(
        "s9",
        "Ask",
        "Frost",
        initials=("AF",),
        usernames=("asfr",),
        emails=("ask.frost@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # pil = willow / arrow; rask = healthy; Rask = visitator Pia Rask; PR = per rectum, pr.
    Person(
        "s10", "Pil", "Rask", initials=("PR",), usernames=("pira",), titles=("ssh", "hjemmehjælper")
    ),
    # krog = hook / corner; OK = ok
    Person(
        "s11",
        "Orla",
        "Krog",
        initials=("OK",),
        emails=("orla.krog@aarhus.dk",),
        titles=("ergoterapeut",),
    ),
    # lave = to make / low; glad = happy
    Person(
        "s12",
        "Lave",
        "Glad",
        initials=("LG",),
        emails=("lave.glad@aarhus.dk",),
        titles=("aktivitetsmedarbejder",),
    ),
    # lærke = lark; lang = long; Lærke = Lærke Jessen; Lang = the citizen's family
    Person(
        "s13",
        "Lærke",
        "Lang",
        initials=("LL",),
        emails=("laerke.lang@aarhus.dk",),
        titles=("psykolog",),
    ),
    # gro = grow; hage = chin; Gro = the citizen's mother; GH = growth hormone
    Person("s14", "Gro", "Hage", initials=("GH",), usernames=("groh",), titles=("tandplejer",)),
]
OTHERS = [
    ("Dorte", "Holm"),  # spl., ortopæd - shares family with hidden Ben Holm
    ("Anne", "Ravn"),  # øjenlæge - shares family with hidden Sol Ravn
    ("Pia", "Rask"),  # visitator - shares family with hidden Pil Rask
    ("Lærke", "Jessen"),  # tale-hørekonsulent, PPR - shares given with hidden Lærke Lang
    ("Sten", "Bach"),  # portør, neurologi - shares given with hidden Sten Lam
]
CITIZEN = [("Maja", "Lang")]  # shares family with hidden Lærke Lang
RELATIVES = [
    ("Jakob", "Lang"),  # partner
    ("Ask", "Lang"),  # son, 8 - shares given with hidden Ask Frost
    ("Ida", "Lang"),  # daughter, 4 - shares given with hidden Ida Vinter
    ("Bent", "Frost"),  # father, 77 - shares family with hidden Ask Frost
    ("Gro", "Frost"),  # mother, 75 - shares given with hidden Gro Hage, family with Ask Frost
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. coronary care unit
addall(
    "lk_ccu",
    [
        "{storm} har taget ekg kl 02.10, uændret ift i går",
        "nitro 0,4 mg sublingualt v/ {storm}, smerter aftaget fra 6 til 2",
        "pt ringede kl 03, {tang} kom ind og satte 2 l ilt på",
        "overlevering {storm} -> dagvagt: troponin stigende, obs nye smerter",
        "aftalt m {tang} at pt må gå på toilet med følge",
        "{storm tang} har lagt ny venflon hø albuebøjning",
        "telemetrialarm kl 04.20, {storm} tilkaldt - artefakt",
        "pt spørger efter {storm} fra i nat",
        "datter [maja] har talt med {tang} om ICD",
        "{ST} 23.15 pt sover, sat 96 % på atm luft",
        "sign. {ST}",
        "log: {stta} 03:12 åbnede medicinmodul",
        "{tang} bad pt blive liggende 4 t efter KAG",
        "heparindrop justeret af {storm} efter APTT kl 06",
        "{storm} og vagthavende aftalte at pausere betablokker",
        "besked fra {storm}: ring til datter hvis han bliver dårligere",
        "mail fra {storm.tang}«@rm.dk» vedr. hjerterehabilitering",
        "{storm} vækkede pt kl 6 til blodprøver",
        "pt fulgtes med {tang} til ekko kl 10",
        "{tang}, {storm} «spl» hjerteafd. B2",
        "stuegang: læge + {storm}, pt kan flyttes til sengeafsnit",
        "pt stoler mere på {tang} end på lægerne",
    ],
)

# ----------------------------------------------------------------- 2. ICU flow sheet
addall(
    "lk_icu",
    [
        "kl 03 har {vinter} suget pt, sparsomt sekret",
        "{vinter} vendte pt kl 02 og 04, huden hel",
        "propofol reduceret af {vinter} efter aftale m anæstesi",
        "datter ringede kl 23, {vinter} informerede om natten",
        "flowark 22-06: {vinter}",
        "{IV} 01.00 RASS -2, pupiller ens og reagerer",
        "obs fra {vinter}: diurese faldende, 20 ml/t",
        "a-kanyle skyllet og kalibreret af {vinter}",
        "pt vågnede kl 05 og fik øje på {vinter}",
        "{ida vinter} har skrevet i dagbogen til pt",
        "ekstuberet 10.40 - {vinter} assisterede",
        "{vinter} tilkaldte anæstesilæge pga sat 86",
        "dagbog: i nat sad {vinter} hos dig og holdt dig i hånden",
        "nattevagt {ida v.}",
        "overlev. nat ({vinter}) -> dag: noradrenalin 0,08",
        "«spl.» {ida vinter} og datter [maja] har talt om besøgstider",
        "log: {idvi} 04:12 væskeskema",
        "{vinter} har skiftet cvk-forbinding, indstikssted pænt",
        "spørg {vinter} om kaliumdrop før hun går",
        "{vinter}, {ida} «intensivsygeplejerske»",
    ],
)

# ----------------------------------------------------------------- 3. stroke unit
addall(
    "lk_neuro",
    [
        "{lam} har set pt kl 10, NIHSS 6",
        "trombolyse startet 14.32 efter ordination fra {lam}",
        "pt kunne ikke løfte ve arm da {lam} undersøgte ham",
        "stuegang v/ {lam}: fortsætter ASA + clopidogrel",
        "{lam} ringede til datter og forklarede skanningen",
        "ct vurderet af {lam}, ingen blødning",
        "spørg {lam} om pt må få mad",
        "synkescreening bestået, {lam} orienteret",
        "{lam}, {sten} - «overlæge» apopleksiafsnit",
        "{sten lam} har ordineret MR i morgen",
        "{SL}: kan overflyttes til neurorehab",
        "pt kalder {lam} 'den flinke doktor'",
        "epikrise dikteret af {lam} 11/5",
        "ved forværring kontakt {lam} el. bagvagt",
        "{lam} drøftede prognose med pt og hustru",
        "samtale aflyst, {lam} akut kaldt til trombolyse",
        "mail til {sten.lam}«@rm.dk» ang. ambulant kontrol",
        "«overlæge» {sten} har ordineret statin",
        "hustru vil gerne takke {lam}",
    ],
)

# ----------------------------------------------------------------- 4. orthopaedic ward
addall(
    "lk_ortho",
    [
        "{ben} har mobiliseret pt til stol kl 10",
        "gangtræning m rollator v/ {ben}, 15 m",
        "pt afslog at træne med {ben} i dag pga smerter",
        "efter træning med {ben} ondt i hoften, pn givet",
        "{ben} og ergo har vurderet behov for toiletforhøjer",
        "{BH} 13.00 trappetræning, gik fint",
        "«fys» {holm} har instrueret i hofteøvelser",
        "træningsprogram fra {ben} ligger i skuffen",
        "pt spurgte om {ben} kommer i morgen",
        "{ben} tog pt med i træningskøkkenet",
        "aftalt m {ben}: gangstativ til hjemmet",
        "udskrivelse drøftet m {ben} og spl [dorte holm]",
        "log {beho} 10:55 genoptræningsplan",
        "{ben} har lært pt at gå på trapper med krykker",
        "genoptræningsplan udarbejdet af {ben holm}, «fysioterapeut»",
        "{ben} skrev at pt skal øve sig i at rejse sig fra stol",
        "pt græd da {ben} gik",
        "mor har fået nyt mod efter snak med {ben}",
    ],
)

# ----------------------------------------------------------------- 5. eye clinic
addall(
    "lk_eye",
    [
        "{sol} har målt visus: hø 0,3 ve 0,8",
        "dryppet m mydriacyl kl 9.10 af {sol}",
        "{sol} målte øjentryk 24/19 og viste pt videre til læge",
        "pt ventede 40 min på {sol}",
        "{sol ravn} har lavet synsfelt, defekt nasalt",
        "«ortoptist» {ravn} har testet skelen",
        "efter {sol} havde dryppet blev pt svimmel",
        "{SR} 10.20: visus uden korrektion 0,2",
        "spørg {sol} om pt skal have nye brilleglas",
        "pt fik øjenklap på af {sol}",
        "info om stæroperation givet af {sol}",
        "{sol} og øjenlæge [anne ravn] har vurderet pt",
        "kontrol om 4 uger hos {sol}",
        "{sol} har ringet og flyttet tiden til fredag",
        "{ravn}, {sol} «ortoptist»",
        "mor kunne ikke læse tavlen, {sol} skiftede til E-tavle",
    ],
)

# ----------------------------------------------------------------- 6. ENT
addall(
    "lk_ent",
    [
        "{siv} har undersøgt ørerne: væske bag trommehinden bilat",
        "{mandel} anbefaler dræn",
        "henvist til {mandel} af egen læge",
        "audiometri sendt til {siv}",
        "{siv} skyllede ve øregang, meget ørevoks",
        "forældre har talt med {siv mandel} om operation",
        "{SM} 9.40: trommehinder rolige",
        "op-tid bekræftet af {mandel}«s» sekretær",
        "{siv} fjernede en perle fra næsen",
        "sønnen [ask] græd, da {siv} så i øret",
        "mail til {siv.mandel}«@rm.dk» ang. ny tid",
        "{mandel} ringer med svar på allergitest",
        "efter samtale med {siv} vil far vente med operation",
        "«læge» {mandel} har ordineret næsespray",
        "vagt: {siv} / bagvagt ØNH",
        "far synes {mandel} var lidt hurtig",
    ],
)

# ----------------------------------------------------------------- 7. skin and sexual health
addall(
    "lk_hudkoen",
    [
        "{bo} har taget podning fra cervix",
        "svar på klamydia ringet ud af {bo}",
        "{vind} har vist pt hvordan cremen smøres tyndt",
        "pt foretrækker at tale med {bo}",
        "{bo vind} har givet lysbehandling nr 12",
        "lysbehandling aflyst, {bo} syg",
        "{BV} 14.10: hiv-test taget efter samtale",
        "pt skal ringe til {bo} om 1 uge for svar",
        "{vind} fotograferede modermærket til teledermatologi",
        "recept udstedt efter {bo}«s» vurdering",
        "{bo} og pt gennemgik smitteopsporing",
        "besked til {bo}: pt ønsker ny tid",
        "{vind}, {bo} «spl» hud og køn",
        "mail fra {bo.vind}«@rm.dk»: svar negativt",
        "pt kom for sent, {bo} nåede alligevel at pode",
        "pt var flov, men {bo} beroligede hende",
    ],
)

# ----------------------------------------------------------------- 8. fertility clinic
addall(
    "lk_fertility",
    [
        "{lykke} har scannet: 3 follikler hø, 2 ve",
        "ægudtagning kl 8.30, {lykke} assisterede",
        "{hvid} har lært pt at stikke gonal-f",
        "pt ringede til {lykke} pga blødning",
        "insemination udført af {lykke hvid} kl 10.15",
        "{LH} 14.03: opstart stimulation",
        "graviditetstest positiv - ringet ud af {lykke}",
        "parret har haft samtale med {lykke} om nedfrysning",
        "partner [jakob] afleverede sædprøve til {hvid}",
        "oplægning af 1 blastocyst v/ {lykke} og læge",
        "{lykke} ringer fredag med svar",
        "log: {lyhv} 11:40 behandlingsskema",
        "pt og {lykke} har aftalt pause hen over jul",
        "tusind tak {lykke} for al jeres tålmodighed mvh [maja]",
        "{hvid}, {lykke} «spl.» fertilitetsklinikken",
        "spørgsmål om medicin: ring til {lykke} ml 8 og 9",
        "pt var ked af det, {lykke} tog sig god tid",
    ],
)

# ----------------------------------------------------------------- 9. vaccination clinic
addall(
    "lk_vacc",
    [
        "vaccineret af «spl» {ask frost} kl 9.40, ve overarm",
        "{AF} 10.05: MFR 2 givet",
        "sign. {AF}",
        "hepatitis A givet, batch 4411 /{AF}",
        "{ask frost} har registreret vaccinen i DDV",
        "«spl» {ask} har informeret om bivirkninger",
        "rejsevaccination: samtale med {ask frost}",
        "«spl» {frost} observerede pt 15 min efter, ua",
        "mail fra {ask.frost}«@rm.dk»: husk 2. dosis om 4 uger",
        "log {asfr} 09:12 vaccinationsmodul",
        "{frost}, {ask} «spl» vaccinationsklinikken",
        "«vaccinationssygeplejerske» {ask} ringer ved restordre",
        "di-te-ki-pol givet af «spl» {ask frost}, [ida] (4) græd lidt",
        "sønnen [ask] (8) vaccineret af {AF}",
        "hpv dosis 2 ved «spl» {frost}",
        "gul feber: {ask frost} har udfyldt det gule kort",
    ],
)

# ----------------------------------------------------------------- 10. practical home help and the night route
addall(
    "lk_homehelp",
    [
        "{pil} har gjort rent i stue og køkken, skiftet sengetøj",
        "rengøring udført af {pil}, badeværelse ikke nået",
        "borger ville ikke lukke {pil} ind i dag",
        "{pil} fandt borger på gulvet kl 10 og ringede 112",
        "borger spørger om {pil} kan komme onsdag i stedet",
        "{pil rask} har taget tøj ud af maskinen og hængt op",
        "{PR} 9.30-10.30 rengøring",
        "datter [maja] har ringet og rost {pil}",
        "nøgleboks: {pil} har fået ny kode",
        "varer leveret, {pil} satte dem i køleskabet",
        "«ssh» {rask} har vasket op og tømt skraldespand",
        "køreliste nat: 23.10 [bent frost] ({pil})",
        "{pil} vendte borger kl 02 og skiftede ble",
        "nattevagt {pil}: borger sov ved alle besøg",
        "{pil} ringede til spl kl 03 pga temp 38,9",
        "bil 4: {pil} / bil 5: vikar",
        "{pil} kunne ikke komme ind kl 01, nøglen passede ikke",
        "nødkald 02.40, {pil} kørte ud",
    ],
)

# ----------------------------------------------------------------- 11. assistive devices, housing adaptation
addall(
    "lk_devices",
    [
        "{orla} har været på hjemmebesøg og målt badeværelset",
        "{krog} har bevilget badebænk og toiletstol",
        "ansøgning om ombygning af bad sendt af {krog}",
        "rampe ved hoveddør: {orla} har bestilt opmåling",
        "borger har ringet til {orla} om rollatoren",
        "{orla krog} har afprøvet ny kørestol med borger",
        "{OK} 11/3: bevilling af plejeseng",
        "sign. {OK}",
        "dørtrin fjernes, aftalt mellem {krog} og vicevært",
        "loftlift afprøvet, {orla} instruerede hjemmeplejen",
        "{orla} afventer svar fra boligforeningen",
        "mail fra {orla.krog}«@aarhus.dk»: greb monteres uge 12",
        "depotet ringede til {orla} om afhentning af kørestol",
        "datter er uenig med {krog} om behovet for trappelift",
        "{krog}, {orla} «ergoterapeut», hjælpemidler og boligindretning",
        "borger forstod ikke {krog}«s» brev",
    ],
)

# ----------------------------------------------------------------- 12. day centre
addall(
    "lk_daycentre",
    [
        "{lave} har hentet borger ved bussen kl 9",
        "borger sad hele formiddagen sammen med {lave}",
        "{glad} har ringet til datter ang. kørsel",
        "{lave} spillede kort med borger efter frokost",
        "borger har fast plads ved {lave}«s» bord",
        "{lave} oplyser at borger spiste godt",
        "{lave glad} deltager i netværksmøde",
        "{LG} tirs: borger træt, sov efter middag",
        "borger blev urolig, {lave} gik en tur med ham",
        "afbud gives til {lave}",
        "{glad} har lagt billeder fra udflugten på intra",
        "{lave} gav borger hans middagsmedicin kl 12",
        "borger savnede {lave}, der havde ferie",
        "{lave} bemærkede at borger hostede ved måltidet",
        "aftalt med {lave}: borger kommer man + tors",
        "hustru sendte en kage til {glad}",
    ],
)

# ----------------------------------------------------------------- 13. school psychology (PPR)
addall(
    "lk_ppr",
    [
        "«psykolog» {lærke lang} har testet [ask] (8) med WISC-V",
        "ppr-udtalelse skrevet af {lærke lang}, «psykolog»",
        "«psykolog» {lærke} observerede sønnen [ask] i klassen",
        "«psykolog» {lang} deltog i mødet på skolen",
        "{LL} 10/4: observation i 2.b",
        "sign. {LL}",
        "{lang}, {lærke} «psykolog» ppr",
        "mail fra {laerke.lang}«@aarhus.dk» til forældrene",
        "klasselærer [yvonne lammert] og «psykolog» {lærke lang} har aftalt ny observation",
        "{lærke l.} «psykolog» ringer torsdag",
        "netværksmøde: forældre, lærer, «psykolog» {lærke lang}",
        "«psykolog» {lærke} har sendt spørgeskema til forældrene",
        "{lærke lang} mener at [ask] (8) har brug for en fast voksen",
        "efter samtalen med {lærke lang} var mor lettet",
        "far vil ikke tale med «ppr-psykologen» {lærke} igen",
        "sønnen [ask] tegnede for {lærke lang}",
    ],
)

# ----------------------------------------------------------------- 14. municipal child dental service
addall(
    "lk_dental",
    [
        "{hage} har fluorlakeret alle tænder",
        "[ida] (4) ville ikke åbne munden for {hage}",
        "{hage} har lagt fissurforsegling på 6'erne",
        "«tandplejer» {gro} har vist mor tandbørsteteknik",
        "{gro hage} har taget rtg af 6'erne",
        "{GH} 8.30 undersøgelse, ingen huller",
        "indkaldelse sendt af {hage}",
        "barnet fik et klistermærke af {hage}",
        "{hage} har henvist til tandregulering",
        "næste besøg hos {hage} om 12 mdr",
        "{hage} og tandlægen har set rtg sammen",
        "far ringede og aflyste tiden hos {hage}",
        "{hage}, {gro} «tandplejer» den kommunale tandpleje",
        "{hage} roste [ask] (8) for god børstning",
        "log: {groh} 13:02 journal",
        "[ida] (4) græd, {hage} stoppede undersøgelsen",
    ],
)

# ----------------------------------------------------------------- 15. handovers, lists, line starts and ends
addall(
    "lk_lists",
    [
        "overlevering nat:\nstue 3 - {tang}\nstue 4 - {tang}\nstue 5 - vikar",
        "09.00 {lam}\n10.00 {siv}\n11.00 {sol}",
        "bil 2: {pil}\n23.00 [bent frost]\n00.30 [gro frost]",
        "telefonliste: {lykke} «2211», {bo} «2212», {vinter} «2213»",
        "ansvarlig i dag\n{storm}",
        "mødedeltagere: {orla}, {pil}, visitator [pia rask], datter [maja lang]",
        "kaldeliste: {vinter}, {lam}, {tang}",
        "opgaver:\n1) {ben} gangtræning\n2) ergo ADL\n3) spl sårpleje",
        "ferie juli: {bo}, {sol}, {hage}",
        "sidste besøg kl 05.40\nbesked videre til {pil}",
        "{krog}\n{lave}\n{hvid}",
        "til: {lam}, {storm}, {vinter}\nemne: pt overflyttes",
        "vikar for\n{glad}",
        "ring til\n{storm}\nhvis troponin stiger",
        "morgenmøde: {ben} fri, {sol} syg, {lave} kursus",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 16. weather and nature words
addall(
    "ow_nature",
    [
        "[storm] i nat, 3 besøg aflyst",
        "[storm] har væltet hegnet, borger utryg",
        "[stormvejr] - køreliste forsinket 40 min",
        "elektrisk [storm] kl 03, 6 stød fra ICD",
        "thyreotoksisk [storm] udelukket",
        "pga [stormen] kom bil 3 sent ud",
        "borger bange for [storm] og torden",
        "[vinteren] har været hård, borger går ikke ud",
        "[vinterdæk] monteret på bil 3",
        "om [vinteren] vil borger ikke i bad",
        "[vinter] og mørke gør ham trist",
        "[frost] i nat, glat på stierne, bil 2 i grøften",
        "[frost] har sprængt vandrør i kælderen",
        "[frostskader] på to fingre efter nat udendørs",
        "fryseren: [frost] på alle hylder, skal afrimes",
        "mod [frost]: vanter og hue på",
        "[sol] generer øjnene efter dryp, [solbriller] anbefalet",
        "[sol] og varme i dag - husk væske",
        "undgå [sol] 2 uger efter behandlingen",
        "[solskoldet] på skuldre og næse",
        "sad i [solen] på terrassen med kaffe",
        "[sol] fra vest om eftermiddagen, gardin trukket for",
        "[vind] og regn, borger blev våd på vej til bussen",
        "[vinden] tog døren, borger faldt",
        "meget [vind] i maven efter bønner",
        "sår [siver] let, skiftet x2",
        "drænet [siver] serøst, 20 ml",
        "[siv] ved søen - daghjemmet gik tur derned",
        "[askebæger] tømt, borger ryger inde",
        "[ask] og birk i haven, pollen generer",
        "[ravne] på taget larmer, borger kan ikke sove",
        "en [ravn] sad på altanen, borger blev bange",
        "[lærken] synger, sagde borger",
        "[lærketræer] langs stien",
        "gåtur ud til [holmen] ved søen",
        "[tang] på stranden, borger gled i den våde [tang]",
    ],
)

# ----------------------------------------------------------------- 17. tools and things
addall(
    "ow_things",
    [
        "[tang] brugt ved ekstraktion af 55",
        "[gribetang] udleveret til at samle ting op fra gulvet",
        "[krog] på badeværelsesdøren til håndklæde",
        "[krogen] i loftet til lift skal efterses",
        "borger sidder i [krogen] af sofaen hele dagen",
        "[pil] op = stigende, [pil] ned = faldende",
        "[piletræet] skygger for vinduet",
        "[lammekød] til middag, borger spiste lidt",
        "[mandelmælk] i stedet for komælk pga allergi",
        "[hagesmæk] på under måltid",
        "[sten] i skoen gav vabel på hæl",
        "[stenhård] mave, ingen afføring i 4 døgn",
        "sushi med [tang] til frokost på daghjemmet",
        "[vinduet] står åbent om natten, borger fryser",
        "[strømpekrog] afprøvet, borger kan selv",
    ],
)

# ----------------------------------------------------------------- 18. body and clinical words
addall(
    "ow_body",
    [
        "[ben] hævet, [ben] lagt op kl 22",
        "[benbrud] hø crus, gips",
        "ve [ben] koldt og blegt - læge tilkaldt",
        "[ben] ømme efter gåtur",
        "[benet] må ikke belastes i 6 uger",
        "[skinnebenssår] skiftet, let [sivende]",
        "[ben] og fødder vasket, creme på",
        "[lam] i ve arm og [ben] siden kl 7",
        "ve side [lam], kan ikke gribe om koppen",
        "[lamhed] i ve ansigtshalvdel",
        "[lam] fra livet og ned efter faldet",
        "[lammelsen] er aftaget lidt",
        "[sten] i ve nyre, 6 mm",
        "[galdesten], henvist til kirurg",
        "[mandelbetændelse], penicillin 10 dage",
        "store [mandler] bilat, belægninger",
        "[mandlerne] fjernet i 2019",
        "[hagen] slået op ved fald, 2 cm flænge",
        "eksem på [hage] og kinder",
        "[hvid] belægning på tungen",
        "[hvid] udflåd, ingen lugt",
        "[hvide] blodlegemer 14,2",
        "[hvide] pletter på ryggen efter [sol]",
        "[hvidt] sekret suget fra tuben",
        "huden [hvid] og kold på tæerne",
        "[krogede] fingre pga gigt, kan ikke knappe",
        "[tangen] sidder fast i vævet, læge tilkaldt",
        "[lam] hø hånd efter operationen, neurolog kontaktet",
        "[benene] bandageret til knæ",
    ],
)

# ----------------------------------------------------------------- 19. adjectives and verbs
addall(
    "ow_adjverb",
    [
        "[glad] i dag, sang med ved formiddagskaffen",
        "borger [glad] for besøget",
        "[glad] for at komme hjem",
        "ikke [glad] for rengøringen, støv under sengen",
        "hustru [glad] og lettet efter samtalen",
        "[lave] mad kan borger ikke selv",
        "vi skal [lave] en plan for bad",
        "[lave] natriumværdier, 128",
        "[lave] kaffe sammen med borgerne",
        "hjælp til at [lave] morgenmad",
        "[lave] BT-værdier om morgenen, 95/55",
        "det [lykkedes] at tage blodprøve i 2. forsøg",
        "held og [lykke] med operationen",
        "det [lykkes] ikke at få kontakt til borger",
        "[lykkelig] for barnebarnet",
        "[rask] og rørig, ellers [rask]",
        "[raskmeldt] fra 1/4",
        "[rask] efter 3 dage, tilbage i skole",
        "[rask] gang med rollator",
        "[lang] tid på toilettet",
        "[lang] nat, borger vågen fra kl 2",
        "[langsom] bedring",
        "[langt] til bussen, visiteret til kørsel",
        "[bo] hjemme så længe som muligt",
        "kan ikke [bo] alene mere",
        "ønsker at [bo] sammen med sin mand",
        "skal [bo] hos datter i 2 uger efter udskrivelse",
        "såret [gror] pænt, skorpe faldet af",
        "skal have ro til at [gro] sammen",
        "tanden [gror] skævt frem",
        "[stormer] rundt på gangen om natten",
        "[stormede] ud af stuen og smækkede døren",
        "[solgte] huset i 2022, bor nu i lejlighed",
        "[piller] lagt op i dosisæske",
        "[hvidt] brød til morgenmad",
        "[lavede] kaffe til alle",
    ],
)

# ----------------------------------------------------------------- 20. the word first on the line, a thing as subject, after a preposition
addall(
    "ow_position",
    [
        "[sol] skinner direkte på sengen, borger sveder",
        "[vind] rusker i vinduet, borger kan ikke sove",
        "[frost] sprængte rør i nat, vand på gulvet",
        "[storm] væltede skraldespanden, affald i indkørslen",
        "[ben] hæver mod aften, kompression på",
        "[hage] bløder stadig lidt, plaster på",
        "[sten] gik spontant med urinen i nat",
        "[krog] sidder løst i væggen, vicevært ringet op",
        "[tang] lå i instrumentbakken, steriliseret",
        "[mandler] fylder hele svælget",
        "[pil] på skemaet viser nedad",
        "[siv] vokser helt op til terrassen",
        "[lykke] er at kunne gå selv, siger borger",
        "pt faldt over en [sten] i haven",
        "hjælp med [ben]: strømper på",
        "beskyttelse mod [sol] og [vind]",
        "skygge for [sol]: markise bevilget",
        "borger ser ud på [stormen] fra stolen",
        "kører selv trods [frost] og sne",
        "[glad] og smilende ved ankomst",
        "[lang] ventetid på ortopæd",
        "[bo] alene er svært efter faldet",
        "[lam] arm ve side, ingen sensibilitet",
    ],
)

# ----------------------------------------------------------------- 21. initials that are abbreviations or words
addall(
    "ow_abbrev",
    [
        "[ST]-elevation i II, III, aVF",
        "[STEMI] - akut KAG",
        "[ST]-depression V4-V6 under belastning",
        "[st.p.]: vågen, klar, orienteret",
        "bor fyrrevej 8, [st. tv.]",
        "[IV] antibiotika x 3 dagl",
        "[iv] adgang hø hånd",
        "[NYHA IV], EF 25 %",
        "tryksår grad [IV] på sacrum",
        "[IVF] 1. forsøg, 8 æg udtaget",
        "[BH] købt efter operation, str 80C",
        "[BH] af før mammografi",
        "[SR] 68, normal QRS",
        "skiftet fra [AF] til [SR] efter DC",
        "[AF] med hurtig ventrikelrespons, puls 140",
        "kendt [AF], i AK-behandling",
        "[af] og til svimmel",
        "hentet [af] datter kl 15",
        "[LH] 8,1 FSH 6,2",
        "positiv [LH]-test dag 13",
        "[BV] behandlet med metronidazol",
        "[BV]-test positiv, klamydia negativ",
        "1 tabl [pr.] dag",
        "supp paracetamol 500 mg [PR] kl 02",
        "[pr.] uge: 1 t rengøring",
        "[ok] nat, sov",
        "BT [ok], puls [ok]",
        "[OK] til udskrivelse fra læge",
        "[GH]-mangel udredes hos børnelæge",
    ],
)

# ----------------------------------------------------------------- 22. the citizen and her family
addall(
    "ow_family",
    [
        "[maja lang] ringede ang. sin far",
        "søn [ask] (8) henvist til ppr",
        "datter [ida] (4) til tandpleje",
        "far [bent frost] indlagt på hjerteafd",
        "mor [gro frost] faldet i hjemmet",
        "[gro] (75) bor alene efter [bent]s indlæggelse",
        "hustru [gro] sad hos ham hele dagen",
        "[lang], [maja] - 1. forsøg",
        "familien [lang]: mor, far, [ask] og [ida]",
        "fru [frost] har ringet",
        "hr. [frost] er kommet til daghjemmet",
        "pt: [frost, bent], 070247-xxxx",
        "[ask] og lillesøster [ida] til tandlæge sammen",
        "mormor [gro] henter [ida] om fredagen",
        "partner [jakob lang] med til scanning",
        "morfar [bent] har fået ny hjerteklap",
        "[ask] (8) glad for skolen igen",
        "datter [maja] kommer hver dag kl 16",
        "[maja lang], datter, tlf 2233 4455",
        "hej det er [maja] igen, <ask> har ondt i øret",
        "fra: [maja lang] emne: <ida>«s» tænder",
        "[frost], [gro] - hoftefraktur ve",
        "[gro frost] og [bent frost] bor sammen på sølvvej 4",
        "ægteparret [frost] ønsker at blive i huset",
        "[bent] (77) og [gro] (75)",
        "mor [gro] sover dårligt efter far kom på plejehjem",
        "[ask] fortæller at morfar [bent] er syg",
        "[jakob] og [maja] kom sammen til samtalen",
    ],
)

# ----------------------------------------------------------------- 23. non-hidden colleagues
addall(
    "ow_colleagues",
    [
        "spl [dorte holm] har skiftet forbinding",
        "[holm] (spl) har givet smertestillende kl 22",
        "spl [holm] og portør [sten] kørte pt til rtg",
        "øjenlæge [ravn] har ordineret dråber",
        "[anne ravn] (øjenlæge) har set pt",
        "visitator [pia rask] har bevilget rengøring hver 14. dag",
        "visitator [rask] ringer til datter",
        "tale-hørekonsulent [lærke jessen] har testet sproget",
        "[lærke jessen] og klasselærer [yvonne lammert] har holdt møde",
        "portør [sten] hentede pt kl 8",
        "[sten bach] kørte pt til ct",
        "tale-hørekonsulent [lærke] kommer igen i maj",
        "[pia] (visitator) har ændret bevillingen",
        "øjenlæge [anne] har målt trykket",
        "aften: spl [dorte]",
    ],
)

# ----------------------------------------------------------------- 24. places, streets, drugs, firms, unlisted people
addall(
    "ow_places",
    [
        "bor [holmevej] 3, 1. th",
        "ferie på [bornholm] - rejsevaccination ikke nødvendig",
        "flyttet fra [langå] til aarhus",
        "[hvidovre] hospital har sendt epikrise",
        "sommerhus i [solrød] strand",
        "daghjemmet [lærkehøj] - åbent man-fre",
        "plejecentret [solgården] har ledig plads",
        "[lamisil] creme 2 x dagl i 4 uger",
        "[lamotrigin] 100 mg x 2",
        "[pilocarpin] dråber 2 % x 4",
        "[solaraze] gel på aktiniske keratoser",
        "[benepali] hver uge s.c.",
        "[glad fonden] arrangerer udflugten",
        "taxa fra dantaxi, chauffør [torben krogh]",
        "nabo [preben hvidt] har nøgle",
        "klasselærer [yvonne lammert] har skrevet til forældrene",
        "frisør [birthe stormgaard] kommer hver 3. uge",
        "bor i [stenløse]",
        "[ravnsborggade] 12, 2. tv",
        "sommerhus på [langeland]",
        "medlem af [vinterbadeklubben]",
        "[hvidløg] mod forkølelse, siger borger",
        "[frostfri] opbevaring af vaccinen",
        "[mandelgaves] konditori leverer kage til daghjemmet",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{ben} har trænet med pt, hø [ben] må belastes fuldt",
        "{lam} undersøgte pt: ve arm [lam], [ben] ok",
        "{sol} har dryppet, pt generes af [sollys]",
        "{storm} var på arbejde trods [stormen] i nat",
        "{siv} så i halsen: store [mandler], rødme",
        "{mandel} anbefaler [mandeloperation]",
        "{hvid} så [hvidt] udflåd ved scanningen",
        "{lykke} ønskede held og [lykke] før oplægningen",
        "{glad} siger borger har været [glad] hele dagen",
        "{lave} hjalp borger med at [lave] kaffe",
        "{pil} fandt en [pille] på gulvet under sengen",
        "{krog} har monteret en [krog] til stokken ved sengen",
        "{hage} så et hul i 55, [hagen] slået ved fald i sidste uge",
        "{tang} gav nitro, elektrisk [storm] ophørt efter amiodaron",
        "{vinter}: første [frost] i nat, hustru kom sent pga glat vej",
        "[ST]-elevation set på ekg af {ST} kl 02",
        "[BV] påvist, svar ringet ud af {BV}",
        "[LH]-stigning dag 12 ({LH})",
        "[AF] konverteret til [SR] kl 04 /{ST}",
        "supp paracetamol [PR] givet kl 02 /{PR}",
        "bevilling [ok] - sign. {OK}",
        "{IV} 03.00: [iv] kalium startet",
        "{AF} 10.05: pt bliver [af] og til svimmel ved stik",
    ],
)

addall(
    "mx_people",
    [
        "spl [dorte holm] og «fys» {ben holm} gik med pt",
        "øjenlæge [anne ravn] og «ortoptist» {sol ravn}",
        "visitator [pia rask] har bevilget, {pil rask} udfører",
        "«psykolog» {lærke lang} og tale-hørekonsulent [lærke jessen]",
        "portør [sten] hentede, «overlæge» {sten lam} ventede ved ct",
        "mor [maja lang] og «psykolog» {lærke lang} er ikke i familie",
        "«spl» {ask frost} vaccinerede sønnen [ask] (8)",
        "mormor [gro frost] og «tandplejer» {gro hage}",
        "morfar [bent frost] og «spl» {ask frost} er ikke i familie",
        "[ida] (4) tegnede til morfar, {ida vinter} hængte tegningen op",
        "<holm> har været inde hos pt",
        "<ravn> har set pt",
        "<rask> kommer kl 10",
        "<lærke> ringer i morgen",
        "<sten> kommer kl 14",
        "<ask> har ringet",
        "<frost> har været her",
        "<gro> ringede i formiddags",
        "<ida> har været inde",
        "<lang> deltog i mødet",
    ],
)

addall(
    "mx_notes",
    [
        "overlevering ccu 07.00:\n- stue 2: [bent frost], [ST]-elevation regredieret\n"
        "- nitro x1 v/ {storm}\n- datter [maja] kommer kl 10",
        "flowark intensiv 22-06 ({vinter})\n02: vendt, [hvidt] sekret\n"
        "04: [frost] på ruden, hustru ringede\n06: [ok]",
        "apopleksi: {lam} tilså pt, ve side [lam], [ben] svage. portør [sten] kørte til mr",
        "ortopæd: {ben} + spl [dorte holm]: pt gik 20 m, [ben] hævet, [lang] tid om det",
        "køreliste nat bil 3 ({pil})\n23.10 [gro frost] - vendt\n01.30 [bent frost] - [glad], sov"
        "\n04.00 [storm] - besøg udsat",
        "daghjem: {lave} og borger [lavede] kaffe; mor [gro] [glad] for dagen",
        "ppr: «psykolog» {lærke lang} observerede [ask] (8); [glad] i frikvarteret, [lang] tid om"
        " opgaverne. tale-hørekonsulent [lærke jessen] testede sprog",
        "tandpleje: [ida] (4) hos {hage}: [hagen] slået, ingen tandskade. mormor [gro] med",
        "vaccination: [ida] (4) og [ask] (8) vaccineret af «spl» {ask frost}; [af] og til uro,"
        " [ok] efter 15 min",
        "hud og køn: {bo} tog podning; [BV] påvist, recept sendt. pt kan [bo] hjemme og arbejde",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
