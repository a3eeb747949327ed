"""Red-team probes for indsigt name hiding: forwarded e-mails and letters, chat exports, tables
and forms, name orders and abbreviations, speech-to-text, possessives and compounds, non-Danish
names, spelling variants, municipal case work, school/PPR and child protection, English notes.

Markup inside each probe text:
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (e.g. a title that may be absorbed into the label, a genitive -s)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked).
Literal square brackets, < and « cannot appear in a probe (they are markup): chat time stamps
are written "14:02" or "(14:02)", e-mail addresses in headers "(x@y.dk)", checkboxes ☐/☒.

Classes:  lk_*  leak probes (genres rt30-rt32 did not cover)
          ow_*  over-hiding traps (name parts as words, the citizen's family, clinical
                abbreviations that look like initials, place and street names)
          mx_*  the word/relative use and the staff use in the same text

Roster (new, not rt32's): every hidden person has a name part that is a Danish word or shares a
part with a colleague, the citizen or a relative. The citizen is a mother, Inge Lise Fisker, whose
son Birk (9) has a school/PPR/child-protection case; her own family name is a hidden ssh's.

Written by a red-team helper that had not seen the matcher's rules or word lists (rt33, 07.12).
Harness (parse, scoring, printing, -v): probe_harness.py, shared with names_rt31/32_probes.py.

Run:  .venv/bin/python bench/independent/names_rt33_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # birk = birch (pollen allergy), hjort = deer; BH = bh (bra); shares Birk with the son
    Person(
        "s1",
        "Birk",
        "Hjort",
        initials=("BH",),
        emails=("birk.hjort@aarhus.dk",),
        usernames=("bihj",),
        titles=("sundhedsplejerske",),
    ),
    # bo = live, fisker = fisherman / fishes; Fisker = the citizen's own family name
    Person("s2", "Bo", "Fisker", initials=("BF",), usernames=("bofi",), titles=("ssh",)),
    # kim = germ; vinter = winter; Kim = the citizen's brother
    Person(
        "s3",
        "Kim",
        "Vinter",
        initials=("KV",),
        emails=("kivi@aarhus.dk",),
        titles=("socialrådgiver",),
    ),
    # mark = field; bonde = farmer / chess pawn; MB = Mb. (morbus); Mark = the son's father
    Person("s4", "Mark", "Bonde", initials=("MB",), titles=("fysioterapeut",)),
    # sol = sun, ravn = raven; SR = sinusrytme; Ravn = the son's father's family name
    Person("s5", "Sol", "Ravn", initials=("SR",), titles=("pædagog",)),
    # Arabic name with particle-like prefix; al = "all" in Danish
    Person(
        "s6",
        "Mohammed",
        "Al-Sayed",
        initials=("MAS",),
        usernames=("moal",),
        emails=("mohammed.al-sayed@rsyd.dk",),
        titles=("overlæge",),
    ),
    # Vietnamese name, double given name, often written family-first
    Person("s7", "Thi Lan", "Nguyen", initials=("TLN",), titles=("ssa",)),
    # Polish diacritics
    Person(
        "s8",
        "Józef",
        "Wiśniewski",
        initials=("JW",),
        emails=("jozef.wisniewski@rsyd.dk",),
        titles=("reservelæge",),
    ),
    # Turkish ş and dotless ı
    Person(
        "s9",
        "Ayşe",
        "Yılmaz",
        initials=("AY",),
        emails=("ayse.yilmaz@aarhus.dk",),
        titles=("psykolog",),
    ),
    # Dutch particle; "der" is the commonest Danish word
    Person("s10", "Hanne", "van der Berg", initials=("HVDB",), titles=("lægesekretær",)),
    # bjørn = bear, krog = hook; ø
    Person(
        "s11", "Bjørn", "Krog", initials=("BK",), usernames=("bjkr",), titles=("sygeplejerske",)
    ),
    # double given name with å, usual name "Kalle"; skytte = marksman
    Person(
        "s12",
        "Karl Åge",
        "Skytte",
        initials=("KÅS",),
        emails=("kask@silkeborg.dk",),
        titles=("sagsbehandler",),
        aliases=(("Kalle", "Skytte"),),
    ),
    # lærke = lark, hvid = white; LH = luteinising hormone; Hvid = the citizen's mother
    Person("s13", "Lærke", "Hvid", initials=("LH",), usernames=("lhvi",), titles=("ssa",)),
]
OTHERS = [
    ("Jonas", "Hjort"),  # skolelæge - shares family with hidden Birk Hjort
    ("Bo", "Kragh"),  # ssh - shares given with hidden Bo Fisker
    ("Kim", "Larsen"),  # socialrådgiver - shares given with hidden Kim Vinter
    ("Susanne", "Bonde"),  # ergoterapeut - shares family with hidden Mark Bonde
    ("Mohammed", "Hassan"),  # læge - shares given with hidden Mohammed Al-Sayed
    ("Thi Hoa", "Nguyen"),  # ssa - shares family and "Thi" with hidden Thi Lan Nguyen
    ("Peter", "Krog"),  # portør - shares family with hidden Bjørn Krog
]
CITIZEN = [("Inge Lise", "Fisker")]  # shares family with hidden Bo Fisker
RELATIVES = [
    ("Birk", "Fisker"),  # søn, 9 år   - shares given with hidden Birk Hjort
    ("Mark", "Ravn"),  # sønnens far - given with hidden Mark Bonde, family with hidden Sol Ravn
    ("Kirsten", "Hvid"),  # mor/mormor - shares family with hidden Lærke Hvid
    ("Kim", "Fisker"),  # bror/morbror - shares given with hidden Kim Vinter
]
# Not on any list, must simply stay: [Pia Holst] (klasselærer).

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES
# ----------------------------------------------------------------------------- lk_mail
# forwarded e-mails and letters: header lines, quoted replies, sign-offs and signature blocks
addall(
    "lk_mail",
    [
        "Fra: {Birk Hjort}\nSendt: 4. december 2024 09:12\nTil: [Inge Lise Fisker]\n"
        "Emne: Sundhedsplejen - ny tid til [Birk]",
        (
            "Fra: {Hjort, Birk}\nTil: {Vinter, Kim}; [Larsen, Kim]\nCc: {Yılmaz, Ayşe}\n"
            "Emne: SV: Bekymring vedr. [Birk]",
            "Outlook 'Efternavn, Fornavn' form; Kim Larsen is a non-hidden colleague",
        ),
        "-----Oprindelig meddelelse-----\nFra: {Kim Vinter} ({kivi}«@aarhus.dk»)\n"
        "Sendt: 2. december 2024 15:40\nTil: Familieafdelingen\nEmne: Indkaldelse til netværksmøde",
        "---------- Videresendt meddelelse ----------\nFra: {Mohammed Al-Sayed}\n"
        "Dato: 28. nov. 2024 kl. 11.02\nEmne: Svar på henvisning",
        "Den 3. dec. 2024 kl. 10.14 skrev {Józef Wiśniewski} ({jozef.wisniewski}«@rsyd.dk»):\n"
        "> Pt kan udskrives i morgen efter stuegang.",
        "Den tirs. 3. dec. 2024 kl. 08:02 skrev {Hjort, Birk}:\n> Jeg kommer på hjemmebesøg fredag.",
        "Fra: {Lærke Hvid} på vegne af Hjemmeplejen Nord\nSendt: 1. december 2024 07:55",
        "Sendt af: {Bo Fisker}, Hjemmeplejen Vest, gruppe 3",
        "Afsender: «lægesekretær» {Hanne van der Berg}, Medicinsk Ambulatorium",
        "Med venlig hilsen\n\n{Kim Vinter}\n«Socialrådgiver»\nBørn og Familie, Aarhus Kommune\n"
        "Direkte tlf.: «4185 7720»",
        "Venlig hilsen\n{Ayşe Yılmaz}\n«Autoriseret psykolog», PPR Syd\nMobil: «2013 4466»",
        "Vh\n{Bo}\nHjemmeplejen Vest, gruppe 3",
        "Vh {Bjørn} («natsygeplejerske»)",
        (
            "Hilsen {Thi Lan}\nssa, Plejecenter [Solgården]",
            "Solgården: a place name containing 'sol'",
        ),
        "Mvh. {Mark Bonde}, «fysioterapeut»\nTræningsenheden, Horsens Kommune",
        "Til: «Overlæge» {Mohammed Al-Sayed}\nFra: [Inge Lise Fisker]\nEmne: Spørgsmål om min medicin",
        "Kære {Józef}\nTak for samtalen i går. Jeg har talt med min bror [Kim] om det.\n"
        "Hilsen [Inge Lise]",
        (
            "Kære {Kim}\nJeg kan ikke komme til mødet d. 12/12. Kan [Kim] (min bror) komme i "
            "stedet?\nVh [Inge Lise Fisker]",
            "the citizen writes to hidden socialrådgiver Kim and names her brother Kim",
        ),
        "Emne: VS: Referat fra møde med {Kalle Skytte}",
        "Emne: SV: SV: {Skytte} - opfølgning på ressourceforløb",
        (
            "Cc: {Al-Sayed M.}; {Wiśniewski J.}; [Hjort J.]",
            "Hjort J. = Jonas Hjort, the non-hidden skolelæge",
        ),
        "Fra: Sundhedsplejen Aarhus Vest\nPå vegne af: {Birk Hjort}",
        "Svar til: {bihj}«@aarhus.dk»\nEmne: Vejning og måling",
        "Dokumentet er underskrevet elektronisk af {Karl Åge Skytte}, «sagsbehandler», "
        "Jobcenter Silkeborg",
        "Med venlig hilsen\np.v.a. {Hanne v.d. Berg}\n«lægesekretær»",
        "Kopi til: egen læge, {Ayşe Yılmaz} (PPR), skolens leder",
        (
            "Fra: {Nguyen Thi Lan}\nTil: Visitationen\nEmne: Øget behov hos borger",
            "Vietnamese family-first order",
        ),
        "---------- Forwarded message ---------\nFrom: {Józef Wiśniewski}\n"
        "Date: Tue, 3 Dec 2024 at 14:20\nSubject: Discharge summary",
        "Besked sendt via Digital Post fra [Inge Lise Fisker] til {Kim Vinter}",
        "Læst af {Bjørn Krog} 04.12.2024 kl. 13.05",
        "Modtager: {Lærke Hvid}, ssa (Hjemmeplejen Nord)",
        (
            "Brev til [Inge Lise Fisker], [Hjortevej] 12, 8260 Viby J\n"
            "«Sagsbehandler»: {Karl Åge Skytte}",
            "Hjortevej is the citizen's street",
        ),
        "Venlige hilsner\n{Mohammed Al-Sayed}\n«Overlæge», ph.d.\nKardiologisk Afdeling",
        "Hilsen {Kalle}\n(Jobcenter Silkeborg, Ydelsesteamet)",
        "Mvh\n{BIRK HJORT}\n«SUNDHEDSPLEJERSKE»",
    ],
)

# ----------------------------------------------------------------------------- lk_chat
# Teams / EPJ-message / SMS-portal exports: time stamps, "X skrev:", quotes, @mentions, system lines
addall(
    "lk_chat",
    [
        "14:02 {Birk Hjort}: har vejet [Birk], 28,4 kg",
        "(14:05) [Inge Lise Fisker]: tak, hvornår er næste gang?\n(14:07) {Birk Hjort}: d. 17/12",
        "{Hjort, Birk} (Sundhedsplejen) skrev:\n> Kan vi flytte mødet til torsdag?\n"
        "Ja, det passer fint. /{Kim}",
        "{Vinter, Kim} skrev kl. 09:14:\n> [Birk] har været fraværende 11 dage i november.",
        "> {Bo}: pt var faldet ved ankomst\nok tak, jeg ringer til egen læge /{Lærke}",
        "Besked fra {Al-Sayed, Mohammed} («Overlæge»): Ring til pt ang. prøvesvar",
        "Teams-chat 03.12\n{Mark Bonde} 10:31\nkan du tage træningen i dag?\n{Bjørn Krog} 10:33\nja",
        "@{Kim Vinter} kan du deltage i netværksmødet?",
        "@{Lærke} @{Thi Lan} husk at tjekke kørelisterne",
        "EPJ-besked til: {Krog, Bjørn} / fra: {Wiśniewski, Józef}\nPt må mobiliseres frit",
        "{Bjørn K.} reagerede med 👍",
        "Tilføjet til chatten: {Ayşe Yılmaz}, {Kim Vinter}, [Kim Larsen]",
        "{Birk Hjort} har forladt samtalen",
        "Opkald med {Józef Wiśniewski} sluttede efter 4 min.",
        "Ubesvaret opkald fra {Hanne van der Berg} kl. 11:48",
        "{Sol} 16:45: [Birk] hentet af far [Mark], alt vel",
        (
            "{Ravn, Sol} («Pædagog», Bostedet [Lærkely]): beboer urolig i aften",
            "Lærkely: place name containing 'lærke'",
        ),
        "svar til {Kalle}: ja, jobcentret har modtaget lægeattesten",
        "Hej {Kalle} 👋 borger har ringet og er ked af afslaget",
        "{Fisker, Bo} 07:12 - kommer 20 min senere pga. glat føre",
        "{Lan} 07:40: pt åbner ikke døren, ringer til datter",
        "Redigeret af {Hvid, Lærke} 05.12 kl. 22:10",
        "Besked oprettet af {bjkr} 05.12 kl. 02:14",
        "Tråd: Medicin til borger - {Yilmaz A}, {Vinter K}, [Larsen K]",
        "{Birk} skrev: 'Husk vaccinationskort til [Birks] undersøgelse'",
        "> > {Mohammed}: afvent CT\n> OK, bestilt /{Hanne}",
        "{Józef} («læge») 11:20: ok til udskrivelse",
        "Citat fra {Wisniewski}: 'pt er stabil, kan overflyttes'",
        "{Al-Sayed} er nu tilgængelig",
        "{Thi Lan Nguyen} ændrede emnet til 'Borger på [Hjortevej]'",
        "Chat med {Lærke Hvid} og {Bo Fisker} (Hjemmeplejen Nord)",
        "{moal} 08:10: stuegang udsat til kl. 10",
    ],
)

# ----------------------------------------------------------------------------- lk_table
# tables and forms pasted as text: pipes, tabs, semicolons, dotted leaders, checkboxes
addall(
    "lk_table",
    [
        "Ansvarlig | {Birk Hjort}\nDato | 04.12.2024",
        "Udført af:\t{B. Hjort}",
        "Opgave\tAnsvarlig\tFrist\nHjemmebesøg\t{Hjort}\t10.12\nSkoleudtalelse\t{Yılmaz}\t15.12",
        "☒ Samtykke indhentet af {Kim Vinter}",
        "☐ Lægeerklæring rekvireret (ansv.: {Skytte})",
        "| Dato | Tid | Medarbejder | Ydelse |\n| 05.12 | 07:30 | {Lærke Hvid} | Personlig pleje |",
        "Kontaktperson: {Bo Fisker}\nStedfortræder: {Lærke Hvid}",
        "Primær behandler: {Yılmaz, A.}   Supervisor: [Larsen, K.]",
        "Mødedeltagere: {Kim Vinter} («socialrådgiver»), {Ayşe Yılmaz} (PPR), "
        "[Inge Lise Fisker] (mor), [Mark Ravn] (far)",
        "Navn: [Birk Fisker]   Klasse: 3.b   «Sundhedsplejerske»: {Birk Hjort}",
        "Ordinerende «læge»: {MAS}\nDispenseret af: {TLN}\nKontrolleret af: {BK}",
        "Tidspunkt;Medarbejder;Handling\n08:00;{bofi};Morgenmedicin\n12:00;{lhvi};Frokostmedicin",
        "Behandler........: {Mark Bonde}\nHenvist af.......: egen læge",
        "Visiteret af: {K. Vinter}     Godkendt af: [K. Larsen]",
        "Signeret: {JW} 03.12.24 14:11",
        "Navn                 Funktion\n{Birk Hjort}           «Sundhedsplejerske»\n"
        "[Jonas Hjort]          Skolelæge",
        "Tovholder\t{Skytte, Karl Åge}\nDeltager\t[Inge Lise Fisker]",
        (
            "Vagtplan uge 49: man {Bo}/{Lærke}, tirs {Thi Lan}/[Bo K.]",
            "Bo K. = Bo Kragh, the non-hidden ssh",
        ),
        "Sårpleje udført ☑   Sign.: {LH}",
        "Underskrift (behandler): {M. Al-Sayed}",
        "Kontaktoplysninger\n«Sagsbehandler»: {Karl Åge Skytte}\nTlf.: «8713 4455»\n"
        "E-mail: {kask}«@silkeborg.dk»",
        "Rolle | Navn | Telefon\n«Psykolog» | {Ayşe Yılmaz} | «2013 4466»\n"
        "Klasselærer | [Pia Holst] | 8612 1100",
        "Forløbsansvarlig: {Krog B.}",
        "Oprettet af: {HVDB}   Ændret af: {HVDB}",
        "«Fys.»: {MB}   Ergo: [Susanne Bonde]",
        "Planlagt besøg\tMedarbejder\n07:15\t{Fisker B}\n09:30\t{Nguyen T L}",
        "Dokumenteret af\t{Sol Ravn}, «pædagog»\nSet af forælder\t[Mark Ravn]",
        "Indberetter: {Bjørn Krog}\nHændelsestype: Fald\nAlvorlighed: Mild",
        "Kørsel: {Lan} 07-15, {Bo} 15-23",
        "Initialer: {B.H.}/{K.V.}",
        "☒ Forældre informeret (v/{Hjort})   ☐ Skole informeret",
        "Medarbejder          Timer\n{Fisker, Bo}          7,5\n[Kragh, Bo]          7,5",
    ],
)

# ----------------------------------------------------------------------------- lk_order
# name orders and abbreviations: "Hjort, Birk", "Hjort B.", "B. Hjort", "B.H.", titles
addall(
    "lk_order",
    [
        "Samtale v. {Hjort, Birk} 03.12",
        "Pt set af {Hjort B.} i sundhedsplejen",
        "{B. Hjort} har vejet og målt [Birk]",
        "Journalnotat v/{B.H.}",
        "«Dr.» {Al-Sayed} har ordineret Eliquis 5 mg x 2",
        "Aftalt med «sygepl.» {Krog}",
        "{Krog} (spl.) har tilset såret",
        ("{Krog Bjørn}, vagthavende spl., tilkaldt", "reversed order without comma"),
        "«Reservelæge» {Wiśniewski J.} har gennemgået medicinen",
        "Set af {J. Wiśniewski}, «rl.»",
        "«Ovl.» {M. Al-Sayed} konfereret",
        "Konf. m. {Al-Sayed}, «ovl.»",
        "{Fisker B.} (ssh) gav morgenmedicin",
        "{Vinter K.}, Børn og Familie, deltog",
        "«Socialrådg.» {K. Vinter} deltog i mødet",
        "{K.V.} har sendt underretningen videre",
        "{Bonde, M.} («fys.») - genoptræning 2 x ugtl.",
        "{M.B.} «fys» har lavet nyt træningsprogram",
        "«Fysioterapeut» {Bonde} vurderer gangfunktion",
        "{Ravn S.}, «pæd.», har skrevet i kontaktbogen",
        "{S. Ravn} har skrevet i kontaktbogen",
        "{Yılmaz A.}, «cand.psych.»",
        "«Psyk.» {Yılmaz} har testet [Birk] (WISC-V)",
        "{Hvid L.} ssa",
        "{L.H.} ssa: pt ok, sover",
        "{van der Berg, H.}, «lægesekr.»",
        "«Lægesekr.» {H. v. d. Berg}",
        "{Skytte, K.Å.}",
        "{K.Å. Skytte}, Jobcenter Silkeborg",
        "Sagsbeh.: {KÅS}",
        "{Nguyen T.L.}, ssa",
        ("{Hjort Birk} («sundhedspl.»)", "reversed order"),
        "{Vinter Kim} ringede kl. 10",
        "Tilset af {Krog, B.}, spl.",
        "Vagthavende: {Al-Sayed, M.} / {Wiśniewski, J.}",
    ],
)

# ----------------------------------------------------------------------------- lk_stt
# speech-to-text dictation: no punctuation or spoken punctuation, lower case, mis-heard names
addall(
    "lk_stt",
    [
        "patienten er set sammen med «overlæge» {mohammed al sayed} som vurderer at der er tale "
        "om pneumoni",
        "konfereret med «doktor» {al sayed} komma der ordineres piperacillin punktum",
        (
            "«reservelæge» {josef visnjevski} punktum ny linje objektivt",
            "Wiśniewski as heard by the recogniser",
        ),
        "sygeplejerske {bjørn krog} har taget blodprøver punktum",
        ("jeg har talt med {kim winter} fra kommunen", "Vinter heard as Winter"),
        ("«fysioterapeut» {mark bonne} har set patienten", "Bonde is pronounced 'bonne'"),
        ("«psykolog» {aysha yilmaz} har testet drengen", "Ayşe heard as Aysha"),
        ("der har været kontakt til «sundhedsplejerske» {birk hjorth}", "Hjorth spelling"),
        ("«pædagog» {sol raun} oplyser at beboeren har sovet", "Ravn is pronounced 'raun'"),
        (
            "«social og sundhedsassistent» {lærke vid} har givet medicinen",
            "Hvid heard as 'vid' (the h is silent)",
        ),
        ("«lægesekretær» {hanne van den berg} booker ny tid", "van der heard as van den"),
        "ifølge {bo fisker} komma der er social og sundhedshjælper er patienten faldet to gange",
        "ssa {thi lan nguyen} komma har givet insulin klokken otte",
        "samtalen foregik med deltagelse af {kalle skytte} fra jobcentret og borgerens bror [kim]",
        (
            "der er aftalt ny tid hos {birk} «sundhedsplejersken» i uge enogfyrre",
            "Birk = staff here",
        ),
        ("undersøgt af {al said} punktum", "Al-Sayed heard as 'al said'"),
        "diktat slut {mohammed al-sayed} «overlæge»",
        "patienten ønsker ikke at tale med {bjørn} igen punktum",
        "patienten er tilset af vagthavende «læge» {józef} og {hanne} har booket tid",
        ("sygeplejerske {bjørn krogh} har skiftet forbinding", "Krogh spelling"),
        "ifølge «fysioterapeut» {mark} går det fremad med gangen",
        "dikteret af {al-sayed} skrevet af {hvdb}",
        ("der er lavet aftale med {kim vinther} om møde", "Vinther spelling"),
        "samtale med «psykolog» {yılmaz} og mor [inge lise] om [birks] trivsel",
        "jeg har i dag haft telefonkonsultation med {bo} fra hjemmeplejen han fortæller at "
        "patienten ikke spiser",
        ("«overlæge» {mohamed alsayed} har godkendt planen", "one m, one word"),
        "i samråd med {skytte} besluttes det at sagen sendes i rehabiliteringsteam",
        ("«fysioterapeut» {marc bonde} har udleveret rollator", "Marc for Mark"),
        ("ssa {lerke hvid} ny linje patienten har haft en god nat", "æ typed as e"),
        "{vinter} siger at mor har været samarbejdsvillig punktum",
        "ny linje underskrevet {birk hjort} «sundhedsplejerske» aarhus kommune",
    ],
)

# ----------------------------------------------------------------------------- lk_possess
# genitives and compounds, quotes, parentheses, names split at line breaks
addall(
    "lk_possess",
    [
        "{Hjort}«s» vurdering er, at [Birk] trives",
        "Jf. {Hjort}«'s» notat fra 12/11",
        "{Bo}«'s» besøg kl. 8 blev aflyst",
        "{Bo}«s» kollega overtog ruten",
        ("{Hjort}-<samtalen> flyttes til januar", "compound: the tail is debatable"),
        "{Krog}«s» og {Hvid}«s» vagter byttes",
        "{Al-Sayed}«s» ordination af 2.12 er fulgt",
        "{Wiśniewski}«s» notat beskriver ingen komplikationer",
        ("{Yılmaz}«'» testrapport er vedlagt", "genitive of a name in -z: apostrophe"),
        "{Yilmaz}«'s» rapport er modtaget",
        "{van der Berg}«s» kalender er fuld",
        "{Skytte}«s» afgørelse af 2.12 er påklaget",
        "{Kalle}«s» forslag er en virksomhedspraktik",
        "Ifølge {Mark}«s» træningsplan skal pt gå 2 x 10 min dgl.",
        "(jf. {Vinter})",
        "(se notat af {Hjort})",
        "'{Bjørn} sagde, at jeg skulle vente', fortæller pt",
        "Beboer siger: '{Sol} er min bedste ven her'",
        "Pt omtaler {Mohammed Al-Sayed} som 'den søde læge'",
        (
            "Samtalen blev afholdt af «socialrådgiver» {Kim}\n{Vinter} og mor [Inge Lise]",
            "name split by a hard line break",
        ),
        "{Hjort}/{Vinter}-<mødet> er aflyst",
        ("Pt træner efter {Bonde}-<programmet>", "compound: the tail is debatable"),
        "Pt har fået ny tid ({Krog})",
        "Pt spørger hele tiden efter „{Lærke}“",
        "{Thi Lan}«s» besøg kl. 9 gik fint",
        "{Nguyen}«s» vurdering: pt mere forvirret",
        "{Józef}«s» plan er udskrivelse fredag",
        "{Ayşe}«s» notat om [Birk] er sendt til skolen",
        "Efter {Berg}«s» opringning er tiden flyttet",
        "ssh {Fisker}«s» tur blev lagt om",
        "«Socialrådgiver» {Kim}«s» underretning af 1/12 er vedlagt",
        "Sagen er overdraget fra {Skytte} til [Kim Larsen]",
        "Pt: 'Det var {Birk Hjort}, der lovede det'",
        "Pt kalder {Bjørn} for 'bamsen'",
        ("Aftalt med {Mark}-\n{Bonde} at fortsætte", "hard hyphenation at a line end"),
    ],
)

# ----------------------------------------------------------------------------- lk_foreign
# non-Danish names: one part only, particles, transliterations, missing diacritics
addall(
    "lk_foreign",
    [
        "Pt set af {Al-Sayed} på stuegang",
        "{Al Sayed} ordinerede furosemid 40 mg",
        "{Alsayed} har set røntgenbillederne",
        "Konfereret med {al-Sayed}",
        ("{El-Sayed} har godkendt udskrivelsen", "el/al confusion"),
        ("Ring til {Mohammed} ang. prøvesvar", "another Mohammed (Hassan) works here"),
        "{Mohammad Al-Sayed} har set pt",
        "{Muhammed Al-Sayed} har ordineret AK-behandling",
        "«Ovl.» {M. Al Sayed}",
        ("[Mohammed Hassan] har set pt i FAM", "non-hidden colleague"),
        ("{Nguyen} har givet insulin", "Thi Hoa Nguyen (non-hidden) shares the family name"),
        "{Thi Lan} har givet insulin kl. 17",
        "{Lan} har givet insulin kl. 17",
        "{Nguyen Thi Lan} har haft pt i bad",
        ("[Thi Hoa Nguyen] og {Thi Lan} var på besøg", "two Vietnamese colleagues"),
        "{Lan Nguyen} ringede fra bilen",
        "{Józef Wiśniewski} har set pt",
        "{Jozef Wisniewski} har set pt",
        "{Josef Wisniewski} har set pt",
        "{Wisniewski} har set pt",
        "{Wiśniewski} har set pt",
        ("{Wisnieswki} har set pt", "typo"),
        "Ring til {Józef} ang. prøvesvar",
        "{Jozef} har tilset pt kl. 02",
        "{Ayşe Yılmaz} har testet [Birk]",
        "{Ayse Yilmaz} har testet [Birk]",
        "{Yilmaz} har testet [Birk]",
        "{Ayşe} har testet [Birk]",
        "{Ayse} har testet [Birk]",
        "{Hanne van der Berg} har booket ny tid",
        "{Berg} har booket ny tid",
        "{van der Berg} har booket ny tid",
        "{Van der Berg} har sendt indkaldelsen",
        "{vd Berg} har sendt indkaldelsen",
        "{Vanderberg} har sendt indkaldelsen",
        "{Hanne Berg} har sendt indkaldelsen",
        "{Hanne v. Berg} har sendt indkaldelsen",
        ("[Der] er ringet til {Berg} ang. tiden", "Der is the Danish word, must stay"),
        ("{van den Berg} ringer tilbage", "van den for van der"),
        "{Yılmaz} og {Wiśniewski} var til konferencen",
    ],
)

# ----------------------------------------------------------------------------- lk_translit
# æ/ø/å as ae/oe/aa (and the reverse), capitals, spaced letters, typos, odd spaces
addall(
    "lk_translit",
    [
        "{Bjoern Krog} har tilset såret",
        "{Bjorn Krog} har tilset såret",
        "{Laerke Hvid} har givet medicin",
        "{Lerke Hvid} har givet medicin",
        "{Karl Aage Skytte} har truffet afgørelse",
        "{Karl Age Skytte} har truffet afgørelse",
        "{Karl-Åge Skytte} har truffet afgørelse",
        "{Karl Åge} har truffet afgørelse",
        "AFGØRELSE TRUFFET AF {KARL ÅGE SKYTTE}",
        "{BIRK HJORT}, «SUNDHEDSPLEJERSKE»",
        "NOTAT VED {KIM VINTER}",
        "UDFØRT AF: {BO FISKER}",
        ("{B I R K   H J O R T}\n«S U N D H E D S P L E J E R S K E»", "letter-spaced PDF header"),
        "Referent: {H J O R T}",
        ("{Hjrot} har vejet [Birk]", "transposed letters"),
        ("{Hjorth} har vejet [Birk]", "common variant spelling"),
        ("ssh {Fikser} gav medicin", "transposed letters"),
        ("{Vniter} deltog i mødet", "transposed letters"),
        ("«fys.» {Bodne} har trænet med pt", "transposed letters"),
        ("{Ravnn} har skrevet i kontaktbogen", "doubled letter"),
        ("spl. {Krgo} har tilset pt", "transposed letters"),
        ("{Al-Syed} har godkendt", "dropped letter"),
        ("{Yilmas} har testet [Birk]", "z heard as s"),
        ("{Wisniewsky} har set pt", "-sky ending"),
        ("{Nguyễn Thị Lan} har haft pt i bad", "full Vietnamese diacritics"),
        "{Nguyen Thi Lan} har haft pt i bad",
        "{BJØRN KROG} HAR IKKE DOKUMENTERET!",
        "{BJOERN KROG} - SYGEPLEJERSKE",
        ("{Hvid Lærke} ssa", "reversed"),
        "{AL-SAYED}: SE PT I DAG",
        "{WIŚNIEWSKI} / {AL-SAYED}",
        "KONTAKT {VAN DER BERG} FOR NY TID",
        ("{Kim  Vinter} deltog", "double space"),
        ("{Kim\u00a0Vinter} deltog", "non-breaking space from Word"),
        ("{Hj\u00adort} har vejet [Birk]", "soft hyphen inside the name"),
        ("{Mohammed\u00a0Al\u2011Sayed} har set pt", "nbsp and non-breaking hyphen"),
    ],
)

# ----------------------------------------------------------------------------- lk_casework
# municipal case work: visitation, handleplan, afgørelser, netværksmøder, jobcenter
addall(
    "lk_casework",
    [
        "Visitationen v/ {Lærke Hvid} har bevilget personlig pleje 2 x dgl. jf. SEL § 83",
        "Afgørelse truffet af {Karl Åge Skytte}, Jobcentret",
        "Handleplan (§ 140) udarbejdet af {Kim Vinter} i samarbejde med [Inge Lise]",
        "Netværksmøde 28.11. Deltagere: {Kim Vinter}, {Ayşe Yılmaz}, [Inge Lise Fisker], "
        "klasselærer [Pia Holst]",
        "Sagen er fordelt til {Kalle Skytte}",
        "Børnefaglig undersøgelse (§ 50) v/ {Vinter}",
        "Underretning modtaget 14.11 fra «sundhedsplejerske» {Birk Hjort}",
        "«Underretter»: {Hjort} (sundhedsplejen)",
        "Partshøring sendt til [Inge Lise Fisker] af {K. Vinter}",
        "Bevillingsskrivelse - underskrevet {Karl Åge Skytte}, «sagsbehandler»",
        "Rehabiliteringsteamet: {Skytte} (jobcenter), {Mark Bonde} (sundhed), "
        "[Kim Larsen] (ungeenheden)",
        "Ny rådgiver pr. 1/1: [Kim Larsen] (tidl. {Kim Vinter})",
        "Borger ønsker ikke længere {Kalle} som sagsbehandler",
        "Klage over {Skytte} er videresendt til Ankestyrelsen",
        "«Visitator» {LH} vurderer funktionsniveau 3 i personlig hygiejne",
        "Funktionsvurdering (FSIII) udført af {Lærke} og {Mark}",
        "Samtykke til indhentning af oplysninger er givet til {Kim Vinter}",
        "Aftale: {Vinter} ringer til [Mark Ravn] om samvær",
        (
            "«Socialrådgiver» {Vinter} og far [Ravn] har talt sammen",
            "far Ravn = the son's father, not hidden Sol Ravn",
        ),
        (
            "{Kim} («rådgiver») og [Kim] (morbror) var begge med til mødet",
            "same given name, the roles tell them apart",
        ),
        "«Sagsbehandler» {KÅS} har sendt sagen i rehabiliteringsteam",
        "Netværksmøde: «mødeleder» {Kim Vinter}, «referent» {Hanne van der Berg}",
        "Opfølgning på handleplan v/ {Kim V.}",
        "Klagevejledning: Kontakt {Karl Åge Skytte} på tlf. «8713 4455»",
        "Afgørelsen er truffet af {Skytte, Karl Åge} på vegne af Silkeborg Kommune",
        "«Sagsbehandler»: {Skytte}. Sagsnr.: 27.12.06-G01-2024",
        "Revisitation ved {Lærke H.} 02.12: uændret behov",
        "Borger mødte op i Borgerservice og bad om at tale med {Kalle}",
        "Hjemmebesøg 03.12 ved {Kim Vinter} og [Kim Larsen] (bisidder for rådgiver)",
        "Ansøgning om merudgifter (§ 41) behandlet af {Vinter}; bevilget",
        "Ressourceforløb: koordinerende «sagsbehandler» {Kalle Skytte}, mentor [Pia Holst]",
        "Referat godkendt af {Kim Vinter} og [Inge Lise Fisker] 05.12",
    ],
)

# ----------------------------------------------------------------------------- lk_school
# school, PPR and child-protection notes about the son Birk
addall(
    "lk_school",
    [
        "PPR-udtalelse v. {Ayşe Yılmaz}, «psykolog»",
        "[Birk] er testet af {Ayşe} d. 20.11",
        (
            "«Sundhedsplejerske» {Birk} har målt og vejet [Birk]",
            "the nurse and the boy share the given name",
        ),
        "«Skolesundhedsplejerske» {Birk Hjort} og klasselærer [Pia Holst] har observeret [Birk] i "
        "frikvarteret",
        "«Pædagog» {Sol} fra SFO'en fortæller, at [Birk] ofte sidder alene",
        "{Sol Ravn} (SFO) og far [Mark Ravn] har aftalt afhentning kl. 15",
        "Underretning fra SFO v/ {Ravn}",
        ("[Birk] taler meget om {Sol}", "the boy talks about his pædagog"),
        "Mor [Inge Lise] oplyser, at [Birk] er glad for {Sol} og {Ayşe}",
        "Elevplan: Støtte 4 lektioner ugtl. Kontakt: {Yılmaz} (PPR)",
        "Forældresamtale 2.12 med mor [Inge Lise Fisker] og morbror [Kim Fisker]; fra kommunen "
        "{Kim Vinter}",
        "Børnesamtale gennemført af {Vinter} på skolen",
        "[Birk] fortæller {Kim}, at han savner sin far",
        "{Birk Hjort} anbefaler, at [Birk] henvises til børnelæge",
        "Trivselsmåling 3.b: gennemført af [Pia Holst], drøftet med {Ayşe}",
        "Sundhedsplejen ({Hjort}) har ikke kunnet træffe mor",
        "Kopi af underretningen sendt til {Yilmaz}, PPR",
        ("Børnehaven [Ravnebakken]: {Sol} har været [Birks] primære voksen", "place with 'ravn'"),
        "Skolelæge [Jonas Hjort] og «sundhedsplejerske» {Birk Hjort} deltog",
        "{Ayşe Yılmaz} har observeret [Birk] i klassen 3 gange",
        "Forældrene ([Inge Lise] og [Mark]) var uenige; {Kim} mæglede",
        "Anbringelse uden for hjemmet (frivillig) - sagsansvarlig {Kim Vinter}",
        "Plejefamilien er orienteret af {Vinter}",
        "Underretning fra skolelæge [Jonas Hjort] modtaget af {Kim Vinter}",
        "Samvær med far [Mark Ravn] overvåges af {Sol Ravn}",
        "[Birk] har tegnet en tegning til {Sol}",
        "{Yılmaz}: [Birk] har brug for forudsigelighed og faste voksne",
        "Vægt/højde målt af {BH}: 28,4 kg / 134 cm",
    ],
)

# ----------------------------------------------------------------------------- lk_english
# English-language notes by foreign staff
addall(
    "lk_english",
    [
        "Seen by «Dr.» {Al-Sayed} on ward rounds. Plan: CT thorax.",
        "Discussed with {Józef}, registrar on call.",
        "Patient reviewed by {Wisniewski}; no signs of infection.",
        "Handover from {Bjørn} («night nurse»): pt slept well.",
        ("Per {Hjort}«'s» note, the child's weight is on the 50th centile.", "Per = English"),
        "Spoke with the social worker, {Kim Vinter}, who will visit the family.",
        "{Ayşe Yılmaz} («psychologist») assessed [Birk]; WISC-V within normal range.",
        "«Physio» ({Mark}) mobilised pt with walker.",
        ("«Dr» {Mohammed} agrees with discharge.", "Mohammed Hassan also works here"),
        "«Nurse» {Lærke} gave paracetamol 1 g at 14:00.",
        "Bed 4 - reviewed w/ {JW}. Mobilise as tolerated.",
        "Call from {Hanne} («secretary»): appointment moved to 12/12.",
        "Please ask {Berg} to book a follow-up.",
        "As discussed with {Birk Hjort}, the health visitor, mum is struggling.",
        "I examined the patient together with my colleague {Thi Lan Nguyen}.",
        "{Krog} reports wound edges red; swab sent.",
        "{Sol} from the group home called: resident calm.",
        "Kind regards,\n{Józef Wiśniewski}\n«Junior doctor», Medical Dept.",
        "Best,\n{Ayşe}",
        "cc «Dr.» {Al-Sayed}",
        "Signed: {M. Al-Sayed}, «consultant»",
        "Reported by {B. Krog}, «RN»",
        "Thanks {Kalle}! /{Józef}",
        "Ward round: {Al-Sayed}, {Wisniewski}, {Krog}; pt comfortable.",
        "Mum ([Inge Lise]) and {Birk Hjort} agreed on a home visit.",
        "{Mark Bonde} (PT): gait improving, stairs with one rail.",
    ],
)

# ============================================================================= OVER-HIDING TRAPS
# ----------------------------------------------------------------------------- ow_words
# the hidden people's name parts as ordinary Danish (and English) words
addall(
    "ow_words",
    [
        "Pt er tidl. [fisker] og har arbejdet på havet i 40 år",
        "Far var [fisker] i Thyborøn",
        "Pt [fisker] gerne ved åen, når vejret tillader det",
        "Pt fortæller om sin tid som [bonde] på Fyn",
        "Pt er opvokset på en [bondegård]",
        "Pt spiller skak med medbeboer; mistede en [bonde] tidligt",
        "I [vinter] har pt haft 3 lungebetændelser",
        "Sidste [vinter] faldt pt på isen",
        "[Vinteren] har været hård for pt",
        "[Hvid] belægning på tungen, podet for svamp",
        "Leukocytter (de [hvide] blodlegemer) 12,3",
        "Pt fik et glas [hvidvin] til middagen",
        "Sårbunden er [hvid] og fugtig",
        "Pt går med [hvid] stok",
        "Pt har [solskoldet] ryggen",
        "Pt sad i [solen] på altanen",
        "[Sol] og varme gør pt godt",
        "Pt [soler] sig på terrassen",
        "Der hang en løs [krog] fra loftet; fjernet pga. faldrisiko",
        "Jakken hænger på [krogen] ved døren",
        "Pt går [kroget] og har ondt i lænden",
        "Pt så en [ravn] på altanen og blev bange",
        "[Ravnene] larmer tidligt om morgenen",
        "Pt har set [hjorte] i skoven bag huset",
        "Kørte ind i en [hjort] på motorvejen, bilen totalskadet",
        "Allergi: [birk] og græs",
        "Pollensæson for [birk] er startet; pt har øget næsestøj",
        "Pt går tur på [marken] bag plejehjemmet",
        "[Mark] og skov omkring huset; pt vil gerne bo der",
        "Pt vil gerne [bo] hjemme så længe som muligt",
        "[Boforholdene] er i orden",
        "Pt hørte [lærken] synge og blev glad",
        "Glad som en [lærke] i dag",
        "Pt har en [bjørn] (bamse) med hjemmefra",
        "Pt har været [skytte] i den lokale forening i 30 år",
        "[Al] medicin er givet som ordineret",
        "[Der] er ringet til egen læge",
        "Please [mark] the wound margins with a pen",
        ("Sagen er vurderet [per] telefon", "per = by (not on the roster)"),
        ("[Kimcellesvulst] i testis, opereret 2019", "kim- = germ cell"),
    ],
)

# ----------------------------------------------------------------------------- ow_family
# the citizen's own name and her relatives' names, which share parts with hidden staff
addall(
    "ow_family",
    [
        "[Inge Lise Fisker] ringede kl. 10 og aflyste",
        "Fru [Fisker] er træt i dag",
        "Sønnen [Birk] (9 år) var hjemme fra skole",
        "[Birk Fisker], 3.b, har haft 14 fraværsdage",
        "[Birk] har det svært i skolen",
        "Far [Mark Ravn] henter [Birk] i weekenden",
        "[Mark] (far) kommer til mødet",
        "Far ([Ravn]) har ikke svaret på partshøringen",
        "Mormor [Kirsten Hvid] hjælper med afhentning",
        "[Kirsten] har [Birk] om onsdagen",
        "Mormor ([Hvid]) har haft [Birk] i weekenden",
        "Morbror [Kim Fisker] deltager som netværksperson",
        "[Kim] (morbror) har tilbudt aflastning hver anden weekend",
        "[Inge Lise] og [Kim] er søskende",
        "[Birks] far [Mark] bor i Odense",
        "Mor: [Inge Lise Fisker], far: [Mark Ravn]",
        "[Fisker], [Inge Lise]",
        "[Birk] og mor [Inge Lise] var til sundhedsplejen",
        "Borger ([Fisker]) vil gerne tale med sin bror [Kim]",
        "[Kirsten Hvid] ringede bekymret kl. 21",
        "[Mark Ravn] og [Inge Lise Fisker] har fælles forældremyndighed",
        "[Ravn] ønsker samvær hver 2. weekend",
        "[Birk] har fødselsdag d. 12/12",
        "[BIRK FISKER] - ELEVPLAN 2024/25",
        "[Birk's] cykel er stjålet",
        "[Inge-Lise] har fået nyt job",
        "[Kims] kone har også tilbudt at hjælpe",
        "[Marks] nye kæreste henter [Birk] om fredagen",
        "Fru [Fiskers] mor, [Kirsten], er 71 år",
        "[Birk] er bange for mørke og sover hos mor",
        "[Mark] ringede og var vred over afgørelsen",
        "Mor ([Inge Lise]) og mormor ([Kirsten]) var med",
        "Mailen er sendt til [inge.lise.fisker]@gmail.com",
        "[BIRK] SKAL HENTES KL. 14 AF [MORMOR]",
        "Morbror [Kim] kører [Birk] til fodbold",
    ],
)

# ----------------------------------------------------------------------------- ow_abbr
# clinical abbreviations that look like the hidden staff's initials (BH, SR, MB, LH, MAS ...)
addall(
    "ow_abbr",
    [
        "EKG: [SR] 68, normal akse",
        "Rytme: [SR] med enkelte VES",
        "Pt i [SR] efter DC-konvertering",
        "ekg viser [sr] 72",
        "Har fået ny [bh] efter mastektomi, proteseindlæg bestilt",
        "[BH]-størrelse 85C, ny protese",
        "Hjælp til at tage [bh] på om morgenen",
        "[Hb] 7,2 - transfunderet 1 portion SAG-M",
        "[HB] faldet fra 8,1 til 7,4",
        "[hb] 6,8 kontrol i morgen",
        "[LH] og FSH taget som led i udredning",
        "[LH]-stigning set i cyklus dag 13",
        "[Mb]. Parkinson, diagnosticeret 2019",
        "[MB] Crohn i remission",
        "[Mb]. Bechterew - følges i reumatologisk ambulatorium",
        "Mistanke om [MAS] (makrofagaktiveringssyndrom)",
        "Billedet er 4 [MB] og kan ikke vedhæftes",
        "Tegretol [SR] 200 mg x 2",
        "Pt er i [SR], frekvens 80",
        "Telemetri: [sr] 60-70 hele natten",
        "Hjælp til [bh] og støttestrømper",
        "[Hb] 8,4 (ref. 7,3-9,5)",
        "[Mb]. Alzheimer, moderat",
        "Østradiol og [LH] normale",
    ],
)

# ----------------------------------------------------------------------------- ow_places
# place and street names that contain the name parts
addall(
    "ow_places",
    [
        "Pt bor i [Birkerød]",
        "Indlagt på [Hvidovre] Hospital",
        "Overflyttet fra [Amager og Hvidovre Hospital]",
        "Ferie i [Hvide Sande] i uge 29",
        "Adresse: [Hjortevej] 12, 8260 Viby J",
        "Pt bor på [Lærkevej] 4, 1. th",
        "Plejecenter [Solgården], afsnit 2",
        "Pt flytter til datter i [Solrød Strand]",
        "Pt bor i [Ravnsborggade] 7",
        "Skolen ligger på [Birkevej]",
        "[Hjortshøj] Skole, 3.b",
        "Ophold på [Krogerup] Højskole 2019",
        "Bostedet [Lærkely] har ledig plads",
        "[Fiskergade] 3, 6700 Esbjerg",
        "Aflastning på [Bondegården] i uge 8",
        "[Markvej] 17, 8600 Silkeborg",
        "Opvokset i [Vintersbølle] ved Vordingborg",
        "[Skyttegade] 5, 2200 København N",
        "Plejecenter [Birkebo]",
        "Bus 4A mod [Hvidovre]",
        "Børnehaven [Ravnebakken]",
        "Pt bor i [Hjortekær]",
        "Indlagt på [Krogstrup] Sygehus som barn",
        "Ferie i [Bergen] med datteren",
        "Plejehjemmet [Solbakken]",
        "[Ravnkilde] Skole",
        "bor i [birkerød] sammen med sin søn",
        "[HVIDOVRE HOSPITAL], AKUTMODTAGELSEN",
        "Pt går til gymnastik i [Skyttehuset]",
        "Kørt til [Bjørnegården] af portør",
    ],
)

# ============================================================================= MIXED
# ----------------------------------------------------------------------------- mx_word_name
addall(
    "mx_word_name",
    [
        "Ssh {Fisker} mødte pt, der er tidl. [fisker]",
        "{Hvid} så [hvid] belægning på tungen",
        "{Lærke} hørte [lærken] synge sammen med pt",
        "{Vinter} besøgte familien i [vinterferien]",
        "{Sol} tog børnene med ud i [solen]",
        "{Mark} gik tur med pt på [marken]",
        "{Bonde} trænede med pt, der er tidl. [bonde]",
        "{Krog} hængte pt's jakke på [krogen]",
        "{Ravn} og børnene så en [ravn] på legepladsen",
        "{Bjørn} fandt pt's [bjørn] under sengen",
        "{Skytte}, der selv er [skytte], talte om jagt med pt",
        "{Al-Sayed} har gennemgået [al] medicin",
        "{van der Berg} ringede; [der] er ny tid d. 12/12",
        "{Bo}: pt vil gerne [bo] hjemme",
        "{Hjort} så en [hjort] i haven",
        "{Sol Ravn}: [Birk] legede i [solen] hele eftermiddagen",
        "{BH} har hjulpet pt med [bh]",
        "EKG: [SR] 72. Ordineret af {MAS}",
        "[Hb] 7,1 - {JW} orienteret",
        "[LH] og FSH taget af {LH}",
        "Overflyttet fra [Hvidovre]; modtaget af {Lærke Hvid}",
        "{Hjort} på hjemmebesøg på [Hjortevej] 12",
        "{Krog} ringede fra [Krogerup]",
        "[Lærkevej]: {Lærke} har ordnet pt's medicin",
        "I [vinter] overtog {Kim Vinter} sagen",
        "Please [mark] the site. {Mark} will review tomorrow.",
        "{Fisker} kørte pt til havnen, hvor pt var [fisker] i 30 år",
        "Plejecenter [Solgården]: {Sol} på besøg med børnehaven",
    ],
)

# ----------------------------------------------------------------------------- mx_people
# a relative / the citizen / a non-hidden colleague and a hidden person in one text
addall(
    "mx_people",
    [
        "«Sundhedsplejerske» {Birk Hjort} har vejet [Birk]",
        "[Birk] er allergisk over for [birk]; «sundhedsplejerske» {Birk Hjort} har henvist",
        "[Mark Ravn] mødte {Mark Bonde} i træningscentret",
        "[Kirsten Hvid] og {Lærke Hvid} talte om medicinen",
        "Borger [Inge Lise Fisker] blev hjulpet i bad af ssh {Bo Fisker}",
        "{Mohammed Al-Sayed} og [Mohammed Hassan] gik stuegang",
        "{Thi Lan} og [Thi Hoa] gav pt bad",
        "{Nguyen Thi Lan} og [Nguyen Thi Hoa] har begge vagt",
        "[Bo Kragh] og {Bo Fisker} kom sammen kl. 8",
        "[Kim Larsen] overtager efter {Kim Vinter}",
        "[Peter Krog] (portør) hentede pt; {Bjørn Krog} gav medicin",
        "[Susanne Bonde] (ergo) og {Mark Bonde} («fys») har lavet fælles plan",
        "Skolelæge [Jonas Hjort] og {Birk Hjort} har talt sammen",
        "Far [Ravn] og «pædagog» {Ravn} har aftalt afhentning",
        "Mormor [Hvid] og ssa {Hvid} har aftalt nøgleboks",
        "Morbror [Kim] ringede til {Kim Vinter}",
        "Fru [Fisker] spurgte efter ssh {Fisker}",
        "[Birk] spurgte, om {Birk} også hed [Birk]",
        "{Birk} har givet [Birk] sin vaccination",
        "[Mark] (far) og {Mark} («fys.») talte om [Birks] motorik",
        "{Kim} og [Kim Larsen] deltog fra kommunen",
        "{Sol Ravn} og [Mark Ravn] er ikke i familie",
        "[Inge Lise] takkede {Bo} og [Bo Kragh] for hjælpen",
        "{Lærke Hvid} hjalp mormor [Kirsten Hvid] med lægetiden",
        "{Ayşe} og [Pia Holst] har holdt møde om [Birk]",
        "{Hanne van der Berg} har sendt brev til [Inge Lise Fisker]",
        "{Józef Wiśniewski} og [Mohammed Hassan] har konfereret",
        "[Kim Fisker] (morbror) og {Kalle Skytte} (jobcenter) deltog",
    ],
)


# ----------------------------------------------------------------------------- runner
def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
