"""Red-team probes for indsigt name hiding (rt40): NAME STRUCTURES and SPELLING FORMS - double
given names and hyphenated family names, particles (van, von, la, de, Mac/Mc, O', bin, the
Faroese á), Arabic, Somali, Turkish, Vietnamese, Polish, Greenlandic and Faroese names with their
transliterations, the Danish letters written other ways, all caps, initials forms, user names and
e-mail local parts, typing and dictation errors and names split over a line break - in genres not
yet heavily covered: ambulance and prehospital records (PPJ), radiology and the laboratory,
surgery and the operating room, a surgical ward, substance-abuse treatment, a residential home for
disabled adults (bosted), speech therapy, occupational medicine, patient complaints and the
answers to them, and letters from the hospital to the citizen - and the over-hiding traps of the
same genres (the words, abbreviations, places, streets, drugs and firms the name parts also are).

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name in any spelling form, initials, user name or
         e-mail local part) -> a letter inside not covered by a span = LEAK
  [...]  must stay (citizen, relative, non-hidden colleague, unlisted person, a word, an
         abbreviation, a lab value, a place, a street, a drug, a firm) -> any span over it =
         OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word next to a hidden name (operationssygeplejerske,
         opr.spl., paramediciner, ambulancebehandler, radiograf, overlæge, dr., anæstesilæge,
         talepædagog, logopæd, misbrugsbehandler, bioanalytiker, chefsygeplejerske, kontaktperson,
         behandler), a genitive -s glued to a hidden name, the domain of a hidden person's e-mail,
         a phone number written next to a hidden name
  Unmarked letters and digits are must-stay as well. Literal square or curly brackets, "<" and
  "«" cannot appear in a probe: they are the markup.

Rules I apply when marking (the same for every genre):
  1. A name part owned only by hidden staff (Karl, Femke, Joana, Tariq, Hodan, Aden, Gül, Thi
     Lan, Dorota, Kamińska, Ujarak, Lynge, Turið, á Ryggi, Maj, Britt, MacDonald, O'Neill, Fiona,
     la Cour, de Sá, Bøg) that the text uses as a person's name is gone - capitalised, lower or
     upper case, bare or with the other part, family-first, abbreviated, in any position:
     subject, object, after a preposition, v/, sign., in a list, a table cell, a signature, a
     handover, reported speech, an address ("Hej Fiona"), a complaint, English text.
  2. A spelling form of a hidden person's name is that name and is gone: with or without the
     hyphen, joined or split (Maj-Britt / Maj Britt / Majbritt, Skov-Lund / Skov Lund / Skovlund),
     one half of a double given name or of a hyphenated family name used alone as the name (then
     a half shared with someone else falls under rules 6 and 7), all caps, all lower case, the
     Danish letters written other ways in either direction (æ/ae/e, ø/oe/o, å/aa/a, the Faroese
     á as a/å/aa, ð as d), diacritics dropped or added (ü as u/ue, ı as i, ń as n, á as a, the
     Vietnamese Nguyễn Thị), the transliteration variants of the same name (Tariq/Tarik/Tarek/
     Tareq, Khalid/Khaled, bin/Bin/ibn/b., Hodan/Xodan, Abdi/Cabdi, Aden/Aadan/Adan, the old
     Greenlandic Ujarâk and Ujaraq), Mac/Mc/Mac Donald, O'/O´/O’/O /no apostrophe, the Vietnamese
     order either way (Nguyen Thi Lan / Thi Lan Nguyen / Lan Nguyen), and the wrong gender form of
     a Polish family name (Kaminski) next to her given name.
  3. A particle attached to a hidden name (van, v., von, la, de, bin, ibn, b., á, a, å, Mac, Mc,
     O') is part of the name and is gone with it, lower or upper case, abbreviated, or trailing
     in a family-first form ("Dam, Femke van", "la Cour, Lærke"). A dropped particle leaves the
     rest to rules 1, 6 and 7.
  4. Typing and dictation errors (a letter doubled, dropped, swapped or changed; a
     speech-recognition split or merge such as "lakur", "fon Holsten", "Maj Brit"): gone where a
     careful human reader would still clearly recognise the hidden person, i.e. the mention
     carries another part, the registered initials or the registered title of the same person,
     or it is a bare variant of a part of 5 letters or more owned only by hidden staff in a
     clear staff slot. A bare variant of a part of 4 letters or fewer, or a variant that is
     itself another real name (Bøgh) without support, is debatable. A name split across a line
     break with a hyphen is gone.
  5. Registered initials, user names and e-mail local parts of a hidden person are gone where
     they stand for the person (after sign./v//af/ref., after or before a time in a staff slot,
     in a rota or a table column, in a log or audit line), in any case and with dots or hyphens
     (M-B.S-L., K.E.B., keb). The same letters used as the word or abbreviation they also are
     stay: GA (generel anæstesi), UL (ultralyd), LA (lokalanæstesi), DK and .dk (Danmark),
     FM/fm (radio, formiddag), LLC (a firm form), MB (megabyte), tar (= tager), lang (long). An
     unregistered partial initial form in a staff slot (MB, m.b., NTL) is debatable. An e-mail
     local part that spells the hidden person's name in another form is gone.
  6. A part shared with a non-hidden colleague (Lund, Emil, Finn, Khalid, Abdi, Nguyen,
     Holstein, Aydın, Lærke) is gone when the hidden person's other part, particle, initials or
     registered title settles it ("overlæge Khalid", "ssa Abdi", "bioanalytiker Aydin",
     "talepædagog Lærke", "anæstesilæge Finn", "opr.spl. Lund"); it stays when the colleague's
     other part or role settles it ("radiograf Khalid", "pædagog Abdi", "læge Aydin", "pædagog
     Lærke", "portør Finn", "overlæge Lund" (the surgeon), "sekretær Holstein"); bare and
     unsettled it is debatable.
  7. A part shared with the citizen or a relative (Skov, Dam, Emil, Sten, Lund) is gone when the
     hidden person's role, other part, particle or a staff action by a staff title settles it
     ("opr.spl. Skov", "radiograf Dam", "van Dam", "paramediciner Emil", "overlæge Sten"); it
     stays when the text says who the relative is (a kinship word, an age, a courtesy title "fru
     Skov", "hr. Dam", the relative's full name, being the patient of the note); bare and
     unsettled it is debatable.
  8. Unlisted people stay, also when they share a part with a hidden person and their other part
     or role settles it (advokat Jens la Cour, nabo Karina Bøgh, tolk Faisal Abdi, Finn Olesen).
  9. Words, months, places, streets, drugs, firms and abbreviations stay even when spelt exactly
     like a hidden name part or initials, also glued into compounds (maj, majs, skov, skovtur,
     Skovlund the village, lund, karl, bro, tandbro, bøg, bøgetræ, bog (ø written o), van, vand,
     dam, damp, lærke, Lærkevej, sten, galdesten, Holstein, holsteinere, Mac, McDonald's, Ronald
     McDonald Hus, O'Neill the clothing brand, de, så/sa, à, å, ryg, gul, gult, gulsot, lån/laan,
     LAN, Lantus, thi, Thisted, binyre, Aden the city, adenom, Aydın the city, Lynge, Lyngby,
     lyng, kur, Macrogol, Adenuric), also in a text that names the hidden person.
 10. Lower-case fast notes get the same judgement as careful prose: "gül har taget prøven" is a
     name; "urinen er gul" is a colour. "De så Joana de Sá" has a pronoun, a verb and a name.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; no name part here is a roster name of names_rt38_probes.py or names_rt39_probes.py):
  Hidden staff (15), with what the parts and initials also are:
    Maj-Britt Skov-Lund  operationssygeplejerske  maj = May, majs = maize; skov = forest, Skov =
                         the citizen's family; lund = grove, Lund (Sweden), Lund = the citizen's
                         mother and a surgeon; Skovlund = a village; MBSL (MB = megabyte)
    Karl Emil Bøg        paramediciner            karl = farmhand, karljohan; Emil = the
                         citizen's son and a colleague; bøg = beech (bøgetræ), written o it is
                         bog = book (bogstavtavle); Bøgh = another surname; KEB
    Femke van Dam        radiograf                van = a van, vand = water; dam = pond, damp,
                         Dam = the citizen's husband's family; FVD
    Lærke la Cour        talepædagog              lærke = lark, Lærkevej, Lærkely (the bosted);
                         Lærke = a colleague; la Cour sounds like kur (cure); LLC = a firm form,
                         LA = lokalanæstesi
    Sten von Holstein    overlæge, arbejdsmedicin sten = stone (galdesten, nyresten), Sten = the
                         citizen's brother; Holstein = the region, holsteinere = cattle,
                         Holsteinsgade; Holstein = a colleague; SVH
    Fiona MacDonald      misbrugsbehandler        Mac (computer), McDonald's, Ronald McDonald
                         Hus, Macrogol; FM = FM radio, fm = formiddag
    Finn O'Neill         anæstesilæge             Finn = a colleague and an unlisted friend,
                         finne = a Finn; O'Neill = a clothing brand; FON
    Joana de Sá          anæstesisygeplejerske    de = they / De; Sá without the accent is sa
                         (sa' = sagde) and with the Danish ring så; JDS
    Tariq bin Khalid     overlæge, radiolog       bin in binyre; Khalid = a colleague; TBK (TB)
    Hodan Abdi Aden      social- og sundhedsassistent, bostedet  Abdi = a colleague and an
                         unlisted interpreter; Aden = the city, adenom, Adenuric; HAA
    Gül Aydın            bioanalytiker            gül written gul = yellow (gul prop, gulsot);
                         Aydın = the Turkish city and a colleague; GA = generel anæstesi
    Thi Lan Nguyen       sygeplejerske, kirurgisk afsnit  thi = for (thi kendes for ret),
                         Thisted; lan = lån written without the ring, LAN, Lantus; Nguyen = a
                         colleague; TLN; user name "lang" = long
    Dorota Kamińska      sygeplejerske, dagkirurgi/opvågning  kamin = fireplace; DK = Danmark,
                         .dk; user name "doka"
    Ujarak Lynge         ambulancebehandler       ujarak = stone (Greenlandic); Lynge = a town,
                         lyng = heather, Lyngby; UL = ultralyd
    Turið á Ryggi        chefsygeplejerske, klagesager  á = å (river) and à (each); ryg = back;
                         TAR = tar (= tager)
  Non-hidden colleagues sharing parts: Peter Lund (overlæge, kirurgi), Emil Vang
    (ambulancebehandler), Finn Vestergaard (portør), Khalid Rahimi (radiograf), Abdi Farah
    (pædagog, bostedet), Minh Nguyen (sygeplejerske, kirurgisk afsnit), Lene Holstein
    (lægesekretær, arbejdsmedicin), Murat Aydın (læge, akutmodtagelsen), Lærke Nielsen (pædagog,
    bostedet).
  Citizen: Dorthe Skov (54; galdesten and surgery, hand eczema from epoxy at work). Relatives:
    Bo Dam (husband), Emil Skov Dam (son, 23, GHB/alcohol, ambulance, misbrugsbehandling), Maja
    Skov Dam (daughter, 17), Sten Skov (brother, 50, cerebral parese, lives at Bostedet Lærkely),
    Ruth Lund (mother, 81, hip fracture).
  Unlisted (must simply stay): Karina Bøgh (nabo), Jens la Cour (advokat), Ole Skovgaard
    (værkfører), Torben Ryg (arbejdsmiljørepræsentant), Finn Olesen (Emils ven), Faisal Abdi
    (tolk), Lan Pham (Ruths veninde), Thomas McLeod (jobkonsulent), Susanne O'Brien (bisidder),
    Jan de Vries (kirurg, second opinion), Birgitte Maj Andersen (egen læge).

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or the
changelog (rt40), as a held-out measure. Harness (parse, scoring, printing, -v):
probe_harness.py.

Run:  .venv/bin/python bench/independent/names_rt40_probes.py [-v]

held-out, first run on main at fed7925: 38 leaks / 79 over-hides (0 crashes; 527 probes, 412 ok;
debatable 7 hidden / 5 kept). The working tree then also held uncommitted edits to
src/indsigt/protect/names/lexicon.py and matcher.py made by another session, which that run
used. One markup fix afterwards (ow_words, a bare unsettled [Emil] made <Emil> by rule 7; see
helpers/rt40/fixes.txt): the same code then scores 38 leaks / 78 over-hides.

The lead checked afterwards (stop 34): with the markup fixed, fed7925 itself (a clean worktree,
pure Python) and fed7925 with those edits score the same, 38 leaks / 78 over-hides; so that is
the held-out figure of fed7925. The fixes made after this set was seen are in CHANGELOG.md.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # maj = May; skov = forest (Skov = the citizen); lund = grove (Lund = mother, surgeon)
    Person(
        "s1",
        "Maj-Britt",
        "Skov-Lund",
        initials=("MBSL",),
        usernames=("mbsl",),
        emails=("majbritt.skovlund@rm.dk",),
        titles=("operationssygeplejerske", "sygeplejerske"),
    ),
    # karl = farmhand; Emil = the son, a colleague; bøg = beech, bog = book
    Person(
        "s2",
        "Karl Emil",
        "Bøg",
        initials=("KEB",),
        usernames=("kebo",),
        emails=("karlemil.boeg@rm.dk",),
        titles=("paramediciner",),
    ),
    # van = a van; dam = pond (Dam = the husband's family)
    Person(
        "s3",
        "Femke",
        "van Dam",
        initials=("FVD",),
        usernames=("fevd",),
        emails=("femke.vandam@rm.dk",),
        titles=("radiograf",),
    ),
    # lærke = lark; LLC = a firm form
    Person(
        "s4",
        "Lærke",
        "la Cour",
        initials=("LLC",),
        usernames=("lalc",),
        emails=("laerke.lacour@viborg.dk",),
        titles=("talepædagog", "logopæd"),
    ),
    # sten = stone (Sten = the brother); Holstein = region, cattle
    Person(
        "s5",
        "Sten",
        "von Holstein",
        initials=("SVH",),
        usernames=("stvh",),
        emails=("sten.vonholstein@rm.dk",),
        titles=("overlæge", "læge"),
    ),
    # Mac, McDonald's; FM = radio, fm = formiddag
    Person(
        "s6",
        "Fiona",
        "MacDonald",
        initials=("FM",),
        usernames=("fima",),
        emails=("fiona.macdonald@aarhus.dk",),
        titles=("misbrugsbehandler",),
    ),
    # Finn (a colleague); O'Neill (a clothing brand)
    Person(
        "s7",
        "Finn",
        "O'Neill",
        initials=("FON",),
        usernames=("fone",),
        emails=("finn.oneill@rm.dk",),
        titles=("anæstesilæge", "læge"),
    ),
    # de = they; sá ~ så
    Person(
        "s8",
        "Joana",
        "de Sá",
        initials=("JDS",),
        usernames=("jods",),
        emails=("joana.desa@rm.dk",),
        titles=("anæstesisygeplejerske", "sygeplejerske"),
    ),
    # bin (binyre); Khalid = a colleague
    Person(
        "s9",
        "Tariq",
        "bin Khalid",
        initials=("TBK",),
        usernames=("tabk",),
        emails=("tariq.binkhalid@rm.dk",),
        titles=("overlæge", "radiolog"),
    ),
    # Somali: given + father's name + grandfather's name; Abdi = a colleague; Aden = the city
    Person(
        "s10",
        "Hodan",
        "Abdi Aden",
        initials=("HAA",),
        usernames=("hoab",),
        emails=("hodan.aden@viborg.dk",),
        titles=("ssa", "social- og sundhedsassistent"),
    ),
    # gül ~ gul = yellow; Aydın = the city, a colleague; GA = generel anæstesi
    Person(
        "s11",
        "Gül",
        "Aydın",
        initials=("GA",),
        usernames=("guay",),
        emails=("gul.aydin@rm.dk",),
        titles=("bioanalytiker",),
    ),
    # Nguyễn Thị Lan, stored plain; thi = for; lan ~ lån; user name "lang" = long
    Person(
        "s12",
        "Thi Lan",
        "Nguyen",
        initials=("TLN",),
        usernames=("lang",),
        emails=("thilan.nguyen@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # kamin = fireplace; DK = Danmark
    Person(
        "s13",
        "Dorota",
        "Kamińska",
        initials=("DK",),
        usernames=("doka",),
        emails=("dorota.kaminska@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # Greenlandic, stored in the new orthography; Lynge = a town; UL = ultralyd
    Person(
        "s14",
        "Ujarak",
        "Lynge",
        initials=("UL",),
        usernames=("ujly",),
        emails=("ujarak.lynge@rm.dk",),
        titles=("ambulancebehandler",),
    ),
    # Faroese; á ~ å; ryg = back; TAR ~ tar (tager)
    Person(
        "s15",
        "Turið",
        "á Ryggi",
        initials=("TAR",),
        usernames=("tury",),
        emails=("turid.aryggi@rm.dk",),
        titles=("chefsygeplejerske",),
    ),
]
OTHERS = [
    ("Peter", "Lund"),  # overlæge, kirurgi - shares Lund with Skov-Lund (and the mother)
    ("Emil", "Vang"),  # ambulancebehandler - shares Emil with Karl Emil Bøg (and the son)
    ("Finn", "Vestergaard"),  # portør - shares Finn with Finn O'Neill
    ("Khalid", "Rahimi"),  # radiograf - shares Khalid with Tariq bin Khalid
    ("Abdi", "Farah"),  # pædagog, bostedet - shares Abdi with Hodan Abdi Aden
    ("Minh", "Nguyen"),  # sygeplejerske, kirurgisk afsnit - shares Nguyen with Thi Lan Nguyen
    ("Lene", "Holstein"),  # lægesekretær, arbejdsmedicin - shares Holstein with von Holstein
    ("Murat", "Aydın"),  # læge, akutmodtagelsen - shares Aydın with Gül Aydın
    ("Lærke", "Nielsen"),  # pædagog, bostedet - shares Lærke with Lærke la Cour
]
CITIZEN = [("Dorthe", "Skov")]  # shares Skov with Maj-Britt Skov-Lund
RELATIVES = [
    ("Bo", "Dam"),  # husband - shares Dam with Femke van Dam
    ("Emil", "Skov Dam"),  # son, 23 - shares Emil with Karl Emil Bøg
    ("Maja", "Skov Dam"),  # daughter, 17 - Maja next to Maj
    ("Sten", "Skov"),  # brother, 50, bosted - shares Sten with Sten von Holstein
    ("Ruth", "Lund"),  # mother, 81 - shares Lund with Skov-Lund and Peter Lund
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. ambulance, prehospital (PPJ)
addall(
    "lk_ambulance",
    [
        "Ambulance 4-12 fremme kl. 02.14. «Behandler»: {Karl Emil Bøg}, «paramediciner». "
        "Makker: {Ujarak Lynge}.",
        "{Karl-Emil Bøg} har givet Naloxon 0,4 mg i.m., pt. vågner og er konfus.",
        "{KarlEmil} og {Ujarak} bar pt. ned ad trappen på båren.",
        "PPJ udfyldt af {Karl Emil Boeg}.",
        "«Behandler»: {KARL EMIL BØG} / {UJARAK LYNGE}",
        "{k.e. bøg} 02.31: SAT 84 % på luft, ilt 10 l på maske.",
        "{KEB} 02.40: GCS 9, pupiller små, resp 8/min.",
        "{Ujarâk Lynge} har anlagt iv-adgang i ve. albuebøjning.",
        "{ujaraq} kørte, {karl emil} sad bag i hos pt.",
        "Mor ([Dorthe Skov]) fulgte med i ambulancen, {Ujarak} talte med hende.",
        "Overlevering i akutmodtagelsen fra {Bøg} kl 02.58 til vagthavende læge.",
        "Pt. ([Emil Skov Dam], 23 år) fundet af kammerat; ifølge {Karl Emil} indtaget GHB og "
        "alkohol.",
        "{Bog}, {Karl Emil} - «paramediciner», Station Viborg",
        "Ambulancen ankom 02.14 ({Lynge}/{Bøg}).",
        "[Ruth Lund] (81) faldet i hjemmet, ve. ben forkortet og udadroteret. Smertestillet af "
        "{Ujarak Lynge} med fentanyl 50 mikrogram i.n.",
        "log: {kebo} 02:47 PPJ afsluttet",
        "mail fra {karlemil.boeg}«@rm.dk»: kopi af PPJ til egen læge",
        "Vagthold 3: {Karl Emil B.} + {U. Lynge}",
        "{karl} har kontaktet AMK-lægen kl 02.20 - fortsæt naloxon ved behov.",
        "{U. Lynge} og {K.E. Bøg}: pt. overdraget til traumeteam kl 03.05.",
        "Tak til {Karl-Emil} og hans makker for at redde min søn. [Dorthe]",
    ],
)

# ----------------------------------------------------------------- 2. radiology
addall(
    "lk_radiology",
    [
        "CT af abdomen udført af «radiograf» {Femke van Dam}.",
        "Beskrevet af «overlæge» {Tariq bin Khalid}: flere galdesten, let fortykket galdeblærevæg.",
        "{van Dam} har lagt iv-adgang til kontrast.",
        "{Van Dam} («radiograf») 10.40: pt. fik kvalme efter kontrast, observeret 30 min.",
        "«radiograf» {Femke vanDam}",
        "{Dam, Femke van} - MR-afsnittet",
        "Svar på MR skulder ved {Tariq Bin Khalid}: partiel supraspinatusruptur.",
        "«Dr.» {Khalid} har ringet svaret til egen læge.",
        "{tariq} har godkendt henvisningen til [UL] af lever.",
        "{Tareq ibn Khalid}, «overlæge», Radiologisk Afdeling",
        "{T. b. Khalid} 14.3.: ingen tegn på metastaser.",
        "{TBK} 09:12 beskrivelse godkendt",
        "{FVD} 10:02 scanning afsluttet, billeder sendt til PACS.",
        "{F. v. Dam} har lejret pt. og givet høreværn.",
        "Pt. ([Ruth Lund]) var urolig; {Femke} talte hende igennem scanningen.",
        "Røntgen ve. hofte: collum femoris fraktur. Set af {Bin Khalid} kl 03.40.",
        "«Overlæge» {Khaled} har beskrevet DEXA: T-score -3,1.",
        "log: {fevd} åbnede undersøgelse 10:41",
        "svar fra {tariq.binkhalid}«@rm.dk» vedr. røntgen af thorax",
        "Tilsyn: «radiolog» {Tariq b. Khalid} anbefaler kontrol-CT om 3 mdr.",
    ],
)

# ----------------------------------------------------------------- 3. the laboratory
addall(
    "lk_lab",
    [
        "Blodprøver taget kl 07.30 af {Gül Aydın}, «bioanalytiker».",
        "{Gul Aydin} har taget 4 glas: hæmatologi, væsketal, levertal, CRP.",
        "{Guel Aydin} 07.45: veneblodprøve besværlig, 2 forsøg.",
        "Prøvetager: {AYDIN G.} / glas mærket kl 07.52",
        "«Bioanalytiker» {Aydin} har kasseret prøven pga. hæmolyse.",
        "{GA} 08.10: ny prøve taget fra højre arm.",
        "kapillærprøve (HbA1c) v/ {gül}",
        "{Gül A.} har ringet til afdelingen: kalium 6,8 - kontrolleres.",
        "{Aydın, Gül} - Klinisk Biokemisk Afdeling",
        "log: {guay} 07:31 prøve registreret",
        "mail fra {gul.aydin}«@rm.dk»: ny prøve skal tages fastende",
        "Urinstix udført af {Gul}: leukocytter 2+, nitrit pos.",
        "{gül aydın}«s» vagt slutter kl 15, prøven tages af aftenholdet",
        "{Gül Aydın} ({GA}) - «bioanalytiker», Regionshospitalet Viborg",
        "Hjemmebesøg, blodprøve hos [Ruth Lund] v/ {Gül Aydın}: INR 2,8",
        "{G. Aydin} har ringet kritisk værdi: Hb 5,2.",
    ],
)

# ----------------------------------------------------------------- 4. the operating room
addall(
    "lk_or",
    [
        "Operation: laparoskopisk kolecystektomi. Kirurg: [Peter Lund]. "
        "«Instrumentsygeplejerske»: {Maj-Britt Skov-Lund}.",
        "Anæstesi: {Finn O'Neill} («anæstesilæge») / {Joana de Sá} («anæstesisygeplejerske»).",
        "{Maj Britt Skov Lund} har talt kompresser og instrumenter: korrekt.",
        "{Majbritt Skovlund} («opr.spl.») 10.42: optælling korrekt.",
        "{MBSL} 11.05 præparat sendt til patologi.",
        "{M-B.S-L.}: optælling ok",
        "Time-out gennemført af {Maj-Britt}: korrekt pt., korrekt side.",
        "{Britt} har lejret pt. med gelpuder under hælene.",
        "{Skov-Lund} og {Joana} har klargjort stuen.",
        "{Finn O´Neill} ordinerede ondansetron 4 mg iv.",
        "{Finn O’Neill}: ASA 2, ingen allergier.",
        "«Anæstesilæge» {Finn ONeill} har tilset pt. i opvågningen.",
        "{Joana de Sá} har lagt venflon og startet Ringer-acetat.",
        "{joana de sa} 09.12: BT 98/54, efedrin 5 mg iv.",
        "{de Sá} har overvåget pt. under indgrebet.",
        "{De Sá} («anæstesisygepl.») har overdraget til opvågningen kl 11.20.",
        "{Joana de Saa} ringede til afdelingen om fasteregler.",
        "{de Sá, Joana} - «anæstesisygeplejerske»",
        "{JDS} 09.05 induktion: propofol 150 mg, fentanyl 0,1 mg.",
        "«Opr.spl.» {Skov} har talt kompresser.",
        "{Maj} og [Peter Lund] drøftede lejring før indgrebet.",
        "Anæstesi ({Finn}, {Joana}): forløb ukompliceret.",
    ],
)

# ----------------------------------------------------------------- 5. recovery, day surgery, surgical ward
addall(
    "lk_ward",
    [
        "{Dorota Kamińska} har modtaget pt. i opvågningen kl 11.20.",
        "{Dorota Kaminska} 11.45: VAS 6, morfin 2,5 mg iv.",
        "{Kaminska} har fjernet drænet.",
        "{Dorota Kaminski} har vejledt pt. i at hoste og trække vejret dybt.",
        "{Dorota} har ringet til [Bo Dam] og sagt, at operationen er gået godt.",
        "{DK} 12.10: pt. udskrevet fra opvågning til sengeafsnit.",
        "{doka} 12:14 dokumenteret",
        "«Sygeplejerske» {Thi Lan Nguyen} har mobiliseret pt. til stol.",
        "{Nguyễn Thị Lan} 14.00: pt. har smerter VAS 7 ved hoste.",
        "{Nguyen Thi Lan} har givet Oxynorm 5 mg p.o.",
        "{Lan} har ringet til [Bo] og aftalt udskrivelse i morgen.",
        "{lan nguyen} har taget drænet ud kl 15.",
        "{TLN} 22.10: pt. sover, smerter VAS 2.",
        "log: {lang} 22:14 observation registreret",
        "{NGUYEN THI LAN}, «SYGEPLEJERSKE»",
        "[Dorthe] siger, at {Lan} ikke kom, da hun ringede på klokken i nat.",
        "{Thị Lan}«s» notat: pt. har ikke haft afføring siden operationen.",
    ],
)

# ----------------------------------------------------------------- 6. substance-abuse treatment
addall(
    "lk_addiction",
    [
        "Indskrivningssamtale på Misbrugscenteret v/ {Fiona MacDonald}, «misbrugsbehandler».",
        "{Fiona Macdonald} har lavet behandlingsplan med [Emil]: ambulant, 2 x ugentligt.",
        "{McDonald} har talt med [Emil] om GHB og kramper.",
        "{Fiona Mc Donald} 14.3.: urinprøve neg. for kokain, pos. for THC.",
        "{Mac Donald} har aftalt med [Emil], at han kommer til gruppeforløb.",
        "{MACDONALD}: pt. udeblev, sms sendt.",
        "{Fiona} ringede til [Emil] kl 10, ingen svar.",
        "{FM} 10.30: samtale om trang; [Emil] fortæller at han har været clean i 3 uger.",
        "Ref.: {FM}",
        "mail fra {fiona.macdonald}«@aarhus.dk»: ny tid til pårørendesamtale",
        "log: {fima} 09:03 notat oprettet",
        "Pårørendesamtale: mor [Dorthe Skov], far [Bo Dam], [Emil] og {Fiona MacDonald}.",
        "{MacDonald}«s» vurdering: moderat alkoholafhængighed, GHB i weekenderne.",
        "[Emil] vil gerne skifte behandler, fordi {Fiona} 'presser ham for meget'.",
        "Hej {Fiona} jeg kan ikke komme i dag, jeg er syg. [Emil]",
        "«Behandler»: {MacDonald, Fiona}",
    ],
)

# ----------------------------------------------------------------- 7. residential home (bosted)
addall(
    "lk_bosted",
    [
        "[Bostedet Lærkely], dagnotat: [Sten] har spist morgenmad med hjælp fra "
        "{Hodan Abdi Aden}, «social- og sundhedsassistent».",
        "{Hodan} har givet [Sten] hans medicin kl 8: Baclofen 10 mg, Movicol 1 brev.",
        "{Hodan Abdi} har hjulpet [Sten] i bad og smurt huden.",
        "ssa {Abdi} har målt BT: 128/80.",
        "«Kontaktperson»: {Xodan Cabdi Aadan}",
        "{Hodan Aden} har ringet til søster [Dorthe Skov] om [Sten]s tryksår.",
        "{HAA} 14.00: [Sten] urolig, ville ikke i kørestolen.",
        "{Aden} har vendt [Sten] hver 3. time i nat.",
        "Aftenvagt: {hodan}. Nattevagt: [Abdi Farah].",
        "{Abdi Aden}, {Hodan} - «kontaktperson»",
        "{Hodan A. Aden} har bestilt ny kørestolspude hos hjælpemiddelcentralen.",
        "log: {hoab} 21:40 medicin givet",
        "{HODAN ABDI ADEN} - SSA - [Bostedet Lærkely]",
        "mail fra {hodan.aden}«@viborg.dk»: ny tid hos tandlægen",
        "{hodan} og [Lærke Nielsen] har været i svømmehallen med [Sten].",
        "ssa {Cabdi} har givet PN Diazepam 5 mg rektalt kl 16.20.",
        "{Hodan Abdi-Aden} deltog i statusmødet med søster [Dorthe].",
    ],
)

# ----------------------------------------------------------------- 8. speech therapy
addall(
    "lk_speech",
    [
        "Talepædagogisk vurdering af [Sten Skov] v/ {Lærke la Cour}, «talepædagog».",
        "{Lærke La Cour} har afprøvet ASK: [Sten] bruger øjenstyring med 20 symboler.",
        "{Laerke Lacour} 10.3.: dysartri, forståelighed ca. 40 %.",
        "{la Cour} anbefaler fortykningsmiddel i drikke.",
        "«talepædagog» {Lærke} har lært personalet at bruge tegn til tale.",
        "{LLC} 11.00: synketræning, 15 min.",
        "{la Cour, Lærke} - «logopæd»",
        "{LaCour}«s» notat: [Sten] kan sige 'ja', 'nej' og '[Dorthe]'.",
        "{Lerke la Cour} har bestilt ny talemaskine.",
        "mail fra {laerke.lacour}«@viborg.dk»",
        "log: {lalc} 10:55 notat",
        "{LÆRKE LA COUR} - «TALEPÆDAGOG»",
        "«talepædagog» {Lærke lakur} har trænet mundmotorik.",
        "Ifølge {la cour} skal [Sten] sidde oprejst 30 min efter måltider.",
        "{la Cour} ({LLC}) og {Hodan} har lavet ny spiseplan.",
        "{Lacour} kommer igen tirsdag.",
    ],
)

# ----------------------------------------------------------------- 9. occupational medicine
addall(
    "lk_occmed",
    [
        "Arbejdsmedicinsk Klinik. Undersøgt af «overlæge» {Sten von Holstein}.",
        "{von Holstein} vurderer at håndeksemet er arbejdsbetinget (epoxy).",
        "{Sten v. Holstein} har anmeldt erhvervssygdom til AES.",
        "{Von Holstein}: lappetest positiv for epoxyharpiks.",
        "«Dr.» {Holstein} har talt med arbejdsgiveren om handsker.",
        "{Holstein, Sten von} - «overlæge», arbejdsmedicin",
        "{SvH} 12.4.: kontrol om 3 mdr.",
        "{SVH}/[Lene Holstein] - diktat skrevet 13.4.",
        "{STEN VON HOLSTEIN}, «OVERLÆGE», ARBEJDSMEDICINSK KLINIK",
        "mail fra {sten.vonholstein}«@rm.dk» om arbejdspladsbesøg",
        "log: {stvh} 09:14 journal åbnet",
        "Arbejdspladsbesøg hos [Vestjysk Lak A/S] v/ {Sten von Holstein} og "
        "arbejdsmiljørepræsentant [Torben Ryg].",
        "{Sten fon Holsten} har dikteret: eksponering for isocyanater i 12 år.",
        "[Dorthe] har spurgt {von Holstein}, om hun kan fortsætte i sit job.",
        "«Overlæge» {Sten} anbefaler, at pt. undgår epoxy helt.",
        "{vonHolstein} har ringet til egen læge.",
        "Ansvarlig «læge»: {Holstein S.}",
        "{von Holstien}: kontrol aflyst",
    ],
)

# ----------------------------------------------------------------- 10. complaints and answers
addall(
    "lk_complaint",
    [
        "Klage: [Dorthe Skov] klager over, at {Karl Emil Bøg} talte nedladende til hende i "
        "ambulancen.",
        "Svar på klage v/ «chefsygeplejerske» {Turið á Ryggi}.",
        "{Turid a Ryggi} har talt med de involverede medarbejdere.",
        "{Turid å Ryggi} beklager, at du ikke fik svar på dine opkald.",
        "Med venlig hilsen\n{Turið á Ryggi}\n«Chefsygeplejerske»",
        "{á Ryggi} har bedt {Lan Nguyen} om en redegørelse.",
        "{Á Ryggi}, {Turið} - Kirurgisk Afdeling",
        "{Ryggi} har kontaktet dig telefonisk den 12. maj.",
        "{TAR} 12.5.: klagesag oprettet",
        "log: {tury} 12:05 klage registreret",
        "mail fra {turid.aryggi}«@rm.dk»",
        "Jeg klager over «sygeplejerske» {Thi Lan}, som ikke kom, da jeg ringede på klokken. "
        "[Dorthe Skov]",
        "Klagen vedrører «anæstesilæge» {Finn O'Neill} og «sygeplejerske» {Dorota Kamińska}.",
        "Jeg vil klage over {Femke van Dam}, som sagde, at jeg var 'for tyk til scanneren'.",
        "Jeg hedder [Dorthe Skov] og vil klage over {Maj-Britt} fra operationsgangen.",
        "{Turið} har ringet til [Dorthe] og tilbudt et møde.",
        "Deltagere i mødet: [Dorthe Skov], [Bo Dam], {Turið á Ryggi} og overlæge [Peter Lund].",
        "{O'Neill} har i sin udtalelse oplyst, at bedøvelsen blev givet korrekt.",
        "I skriver at {Van Dam} havde travlt - det er ikke en undskyldning.",
        "Sagsbehandler: {Turið á Ryggi} ({TAR})",
    ],
)

# ----------------------------------------------------------------- 11. letters to the citizen
addall(
    "lk_letters",
    [
        "Kære [Dorthe Skov]\nDu er indkaldt til operation den 3. juni kl 07.30.\nMed venlig "
        "hilsen {Dorota Kamińska}, «sygeplejerske», Dagkirurgisk Afsnit",
        "Indkaldelse til MR-scanning. Har du spørgsmål, kontakt «radiograf» {Femke van Dam} på "
        "«tlf. 7844 1020».",
        "Svar på din CT-scanning: Der er ikke fundet tegn på kræft.\nVenlig hilsen "
        "{Tariq bin Khalid}, «overlæge»",
        "Kære [Dorthe]\nTak for samtalen. Som aftalt sender jeg kopi af erklæringen.\nHilsen "
        "{Sten von Holstein}",
        "Du har fået en ny tid hos «talepædagog» {Lærke la Cour} den 14. maj kl 10. "
        "Vedr.: [Sten Skov]",
        "Til [Emil Skov Dam]: Husk din tid hos {Fiona} på torsdag kl 9. Hilsen Misbrugscenteret",
        "Du skal møde fastende. Spørgsmål kan rettes til «bioanalytiker» {Gül Aydın}.",
        "Kopi af brevet er sendt til din egen læge.\nUnderskrevet: {Finn O'Neill}, «anæstesilæge»",
        "Afsender: {majbritt.skovlund}«@rm.dk»",
        "Med venlig hilsen\n{Turið á Ryggi}, «chefsygeplejerske»\nKopi: [Peter Lund], overlæge",
        "Dit svar kan ses på sundhed.dk. Ved spørgsmål ring til {Joana de Sá}.",
        "Hej [Dorthe], det var {Lan} fra K2, der ringede. Ring gerne tilbage.",
        "Indkaldelse: Forundersøgelse hos «anæstesilæge» {O'Neill} den 28. maj.",
        "Kære [Bo Dam]\nDin hustru [Dorthe Skov] har givet tilladelse til, at vi orienterer dig.\n"
        "Venlig hilsen {Dorota}",
        "Med venlig hilsen\n{Sten v. Holstein}\n«Overlæge, ph.d.»",
        "Vedr. din bror [Sten Skov]: {Hodan Abdi Aden} er hans nye kontaktperson fra 1. juni.",
        "Kære [Maja]\nDu er velkommen til at tage med din bror [Emil] til samtale hos "
        "{Fiona MacDonald}.",
        "Venlig hilsen\n{Femke van Dam}\n«Radiograf»\nRøntgen og Skanning",
    ],
)

# ----------------------------------------------------------------- 12. initials, user names, tables, English
addall(
    "lk_forms",
    [
        "Initialer | Navn\n{MBSL} | {Maj-Britt Skov-Lund}\n{JDS} | {Joana de Sá}\n{FON} | "
        "{Finn O'Neill}",
        "Ansvarlige: {KEB}, {FVD}, {LLC}, {SvH}",
        "cc: {fiona.macdonald}«@aarhus.dk», {laerke.lacour}«@viborg.dk»",
        "AUDIT user={lang} action=view patient=[Dorthe Skov]",
        "Staff: {Femke van Dam} (radiographer), {Tariq bin Khalid} (consultant radiologist)",
        "The «anaesthetist», «Dr» {O'Neill}, saw the patient before surgery.",
        "sign. {K.E.B.}",
        "sign. {keb}",
        "Ambulance 4-12: {UL}/{KEB}",
        "Ref.: {TAR}",
        "sign. {HAA} 21.40",
        "{TLN}/{DK} 22.00: pt. overflyttet til K2",
        "prøvetager: {GA}",
        "From: {Sten von Holstein} ({sten.vonholstein}«@rm.dk»)",
        "«Nurse» {Lan} said I could go home tomorrow.",
        "{M.B.S.L.} / {J.D.S.} / {F.O.N.}",
        "sign. {t.b.k.}",
        "09.00 {Femke van Dam}\n10.30 {Gül Aydın}\n13.00 {Lærke la Cour}",
    ],
)

# ----------------------------------------------------------------- 13. typing, dictation, line breaks
addall(
    "lk_spelling",
    [
        "{Maj-\nBritt Skov-Lund} har talt instrumenter.",
        "Kirurg [Peter Lund], «instr.spl.» {Maj-Britt Skov-\nLund}",
        "«spl.» {Kamiń-\nska} har givet morfin.",
        "«talepædagog» {Lærke la Co-\nur}",
        "{Fiona Mac-\nDonald} har lavet behandlingsplan.",
        "{Maj Brit} har talt kompresserne.",
        "«instrumentsygeplejerske» {maj brit skov lund}",
        "{Tilan Nguyen} har målt temperatur: 38,2.",
        "{Joanna de Sa} har lagt venflon.",
        "{Fiona Mcdonald} ringede om urinprøven.",
        "«bioanalytiker» {Gyl Aydin} tog prøven kl 8.",
        "{Femke van Damm} har givet kontrast.",
        "Beskrevet af {Tariq bin Kahlid}.",
        "{Ujarak Lyne} har lagt iv-adgang.",
        "{Karl Emil Bøgg} har givet naloxon.",
        "Henvist af {Sten von Hollstein}.",
        "{Turid á Rygi} har svaret på klagen.",
        "«Anæstesilæge» {O'Niell} har tilset pt.",
        "«anæstesilæge» {O'Neil} har præmedicineret.",
        "«talepædagog» {Lærke la Court} har trænet med [Sten].",
        "{Joana deSa} har overvåget pt.",
        "{Femke van der Dam} har lejret pt.",
        "{Finn O Neill} har ordineret kvalmestillende.",
        "«opr.spl.» {Maybritt Skovlund}",
        "{Ngyuen}, {Lan} - «sygeplejerske», Kirurgisk Afsnit K2",
        "{Fiona McDonnald} har udleveret Antabus.",
        "{Karl Emil Bøgh} har skrevet PPJ.",
        "{Hodaan} har fulgt [Sten] til tandlæge.",
        "{MacDonlad} har indkaldt til pårørendesamtale.",
        "«Dr.» {Tarik Bin Kalid} har beskrevet CT.",
        "{Sten von-Holstein} har skrevet erklæringen.",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 14. the same words used as words
addall(
    "ow_words",
    [
        "Operationen er planlagt til den 3. [maj] kl 07.30.",
        "[Maj] 2024: kontrol af galdevejene.",
        "Pt. er allergisk over for [majs] og nødder.",
        "Kartoffelsalat med [majonæse] aftenen før - kvalme og smerter.",
        "Pt. går tur i [skov]en hver dag med hunden.",
        "Flåtbid efter [skov]tur, erythema migrans på ve. lår.",
        "[Sten] gik en tur i [lund]en bag bostedet.",
        "Han arbejdede som [karl] på en gård i sin ungdom.",
        "Pt. har plukket og spist [karljohansvampe] - obs forgiftning.",
        "Ny [tandbro] i overkæben, ingen smerter.",
        "Faldt på [bro]en ved havnen, sår på knæet.",
        "Arbejdede med [bøg]etræ på savværket uden støvmaske.",
        "Læser en [bog] om angst hver aften.",
        "[Bogstavtavle] bruges til kommunikation med [Sten].",
        "Bor ved [dam]men i parken.",
        "Inhalation af [damp] fra kogende vand frarådes.",
        "Bostedet har købt en [van] med lift til kørestolen.",
        "Drikker for lidt [vand], urinen er mørk.",
        "[Lærken] synger - [Sten] peger ud af vinduet og griner.",
        "[Sten] i ve. nyre, 5 mm, ses på CT.",
        "[Galdesten] - planlagt til kikkertoperation.",
        "Pt. har ikke haft [nyresten] før.",
        "Arbejder med [holsteinere] i kostalden - mistanke om allergi.",
        "Skærmarbejde ved [Mac] 8 timer dagligt, ondt i nakken.",
        "Hun er [finne] og taler svensk, ikke dansk.",
        "[De] [så] ham ved busstoppestedet kl 23.",
        "Han [sa]: 'jeg vil hjem nu'.",
        "2 tabl. [à] 500 mg Panodil x 4 dagligt.",
        "Gik langs [åen] og faldt i mørket.",
        "Ondt i [ryggen] efter løft af spande med lak.",
        "[Ryg]smerter uden udstråling.",
        "Urinen er [gul] og klar.",
        "Hoste med [gult] slim i 5 dage.",
        "Slimhinderne er [gule] - obs ikterus.",
        "[Gulsot]? Bilirubin 18, normal.",
        "Blodprøve i glas med [gul] prop (serum).",
        "Har [lånt] en kørestol af kommunen.",
        "Kørestolen er på [laan] fra hjælpemiddeldepotet.",
        "Korestol paa [lan] fra kommunen - returneres efter 3 mdr.",
        "[LAN]-kablet til [Sten]s tablet er defekt.",
        "[Thi] kendes for ret: Klagen tages ikke til følge.",
        "Ved [binyre]barkinsufficiens gives hydrokortison.",
        "CT: [adenom] i ve. [binyre], 2 cm, benignt.",
        "Biopsi: intet [adenokarcinom].",
        "Tur på [lyng]heden med bostedet.",
        "Ønsker en [kur] mod rygning.",
        "Han [tar] sin medicin selv om morgenen.",
        "Vil [De] ringe til afdelingen i morgen?",
        "Vagten er [lang] og hård, siger <Emil>.",
        "Der er [lang] ventetid på MR-scanning.",
        "[Gul] stue er [Sten]s værelse.",
        "[Tynde] væsker giver fejlsynkning, [Sten] skal have fortykket drikke.",
    ],
)

# ----------------------------------------------------------------- 15. clinical abbreviations
addall(
    "ow_abbrev",
    [
        "Indgrebet udføres i [GA].",
        "[GA] vs. spinal drøftet med pt.",
        "Bedøvelse: [GA] + TAP-blok.",
        "Suturering af sår i [LA] (lidokain 1 %).",
        "[LA]-infiltration i portstederne.",
        "[UL] af abdomen: galdesten, ingen dilaterede galdeveje.",
        "[UL]-vejledt biopsi bestilt.",
        "Ny henvisning til [UL] af halsen.",
        "[Sten] hører [FM]-radio hele dagen.",
        "Kl 10 [fm]: besøg af søster [Dorthe].",
        "Pt. kommer i [fm] til blodprøve.",
        "Bopæl i [DK] siden 1998.",
        "Opholdt sig uden for [DK] i 3 uger.",
        "Svaret kan ses på [sundhed.dk].",
        "Læs mere på [www.borger.dk].",
        "Egenbetaling 500 [DKK].",
        "Firmaet er et amerikansk [LLC] med filial i Herning.",
        "Billederne fylder 300 [MB] og kan ikke sendes på mail.",
        "[TB]-test negativ før biologisk behandling.",
        "Gården er på 40 [ha].",
        "[GHB]-forgiftning, [naloxon] uden effekt.",
        "[FEV1] 78 %, [FVC] 92 %",
        "[ASA] 2",
        "[PPJ] udfyldt og sendt.",
        "[AMK]-lægen kontaktet kl 02.20.",
        "[GCS] 15, [ABC] stabil",
        "[CT] af [thorax] og abdomen",
        "[MR] af [LS]-columna",
        "[THC] positiv i urinen",
        "[DEXA]-scanning: osteoporose",
        "[ASK] (alternativ og supplerende kommunikation) afprøvet.",
        "[AES] har anerkendt eksemet som arbejdsskade.",
        "[Fonetisk] træning af lyden /s/ med [Sten].",
        "[Jod]kontrast givet iv, ingen reaktion.",
        "[KAD] anlagt, ch 14, 300 ml klar urin.",
        "[MB]-isoenzym normalt, troponin negativ.",
    ],
)

# ----------------------------------------------------------------- 16. the citizen and her family
addall(
    "ow_family",
    [
        "[Dorthe Skov] (54) indlagt med galdestensanfald.",
        "Ægtefælle [Bo Dam] er nærmeste pårørende.",
        "Sønnen [Emil] (23) er i misbrugsbehandling.",
        "[Emil Skov Dam], 23 år, fundet bevidstløs i lejligheden.",
        "Datter [Maja] (17) er med til samtalen.",
        "[Maja Skov Dam] har sendt en besked via e-Boks.",
        "Bror [Sten Skov] bor på [Bostedet Lærkely].",
        "[Sten] (50) har cerebral parese og dysartri.",
        "Mor [Ruth Lund] (81) er faldet og har brækket hoften.",
        "[Ruth] bor alene på [Skovvej] 3.",
        "Pt.: [Skov, Dorthe], 120370-xxxx",
        "Pt.: [Lund, Ruth], 050943-xxxx",
        "[Dam, Emil Skov] - Misbrugscenteret",
        "Pårørende: [Bo Dam] (ægtefælle), [Maja Skov Dam] (datter)",
        "[Emil] og [Maja] besøger mormor [Ruth] på søndag.",
        "[Sten] og søster [Dorthe] så fodbold sammen.",
        "Hilsen [Dorthe] og [Bo]",
        "[Bo] henter [Emil] efter behandlingen.",
        "Mvh [Emil Skov Dam]",
        "[Emil Dam] udeblev fra samtalen.",
        "[Emil Skov] har fået ny tid.",
        "[Sten Skov] (bror) og [Dorthe Skov] (søster) var til møde.",
        "Min søn [Emil] har fået ny behandler. Mvh [Dorthe]",
        "[Maja] (søster) ringede 112 kl 02.05.",
        "[Sten] siger 'hej' til [Dorthe] med sin taleapp.",
        "[Ruth Lund] og datteren [Dorthe Skov]",
        "[SKOV, DORTHE]",
        "[Bo Dam] og [Dorthe Skov] er gift.",
        "[Emil] fortæller at mor [Dorthe] græder meget.",
        "[Ruth] (mor, 81) er flyttet på plejehjem.",
        "Mormor [Ruth Lund] passer ikke længere [Sten].",
        "[Maja] har spurgt, om [Emil] må komme hjem til jul.",
    ],
)

# ----------------------------------------------------------------- 17. courtesy titles with the family's names
addall(
    "ow_titles",
    [
        "[Fru Skov] er velkommen til at ringe.",
        "[Hr. Dam] ringede og spurgte til sin kone.",
        "[Fru Lund] har fået smertestillende.",
        "Kære [fru Skov], tak for din henvendelse.",
        "[Familien Skov Dam] har været til pårørendesamtale.",
        "[Mrs Skov] asked about the results.",
        "[Mr Dam] waited outside the scanner room.",
        "[Hr. Skov] ([Sten]) er glad for sit nye værelse.",
        "[Fam. Dam] - ambulancen kørte med [Emil].",
        "[Enkefru Lund] bor alene.",
        "Til [familien Skov]",
        "[Fru Skov] og [hr. Dam] deltog begge.",
    ],
)

# ----------------------------------------------------------------- 18. non-hidden colleagues
addall(
    "ow_colleagues",
    [
        "Overlæge [Peter Lund] har opereret.",
        "Kirurg [Lund] har ringet til [Bo].",
        "Overlæge [Lund] har tilset pt. på stuegang.",
        "Ambulancebehandler [Emil Vang] kørte bilen.",
        "ambulancebehandler [Vang]: pt. stabil under transporten",
        "Portør [Finn Vestergaard] har hentet pt. på stuen.",
        "portør [Finn] kørte pt. til opvågningen.",
        "Radiograf [Khalid Rahimi] har taget røntgen af hoften.",
        "radiograf [Khalid] har lejret pt.",
        "Pædagog [Abdi Farah] har været på tur med [Sten].",
        "pædagog [Abdi] har vagt i weekenden.",
        "Sygeplejerske [Minh Nguyen] har givet morfin.",
        "[Minh] har målt BT kl 22.",
        "Lægesekretær [Lene Holstein] har booket tid.",
        "sekretær [Holstein] sender brevet.",
        "Læge [Murat Aydın] har tilset pt. i akutmodtagelsen.",
        "Akutlæge [Murat Aydin] ordinerede CT.",
        "læge [Aydin] har ordineret blodprøver.",
        "Pædagog [Lærke Nielsen] har lavet madplan med [Sten].",
        "pædagog [Lærke] har hjulpet [Sten] med at ringe hjem.",
        "[Peter Lund] og [Lene Holstein] deltog i mødet.",
        "[Emil Vang] og [Finn Vestergaard] bar pt. op.",
        "[Khalid Rahimi] (radiograf) og [Murat Aydin] (læge)",
        "[Minh Nguyen], sygeplejerske, K2",
        "[Abdi Farah] er [Sten]s primærpædagog.",
        "Nattevagt: [Nguyen, Minh]",
        "Operatør: [Lund, Peter]",
        "[Vang, Emil] - ambulancebehandler",
        "[Lærke N.] har vagt i aften.",
        "[Murat] fra akutmodtagelsen ringede.",
    ],
)

# ----------------------------------------------------------------- 19. places, streets, drugs, firms
addall(
    "ow_places",
    [
        "Bor på [Skovvej] 3, 7800 [Skive].",
        "Flyttet fra [Skovlunde] til Viborg.",
        "Opvokset i [Skovlund] i Vestjylland.",
        "Var indlagt i [Lund] i Sverige i 2019.",
        "Arbejdede på [Lundbeck] som laborant.",
        "Flyttet til [Kongens Lyngby].",
        "Født i [Lynge], Nordsjælland.",
        "[Lyngbyvej] 21, 2100 København Ø",
        "[Holsteinsgade] 12, København Ø",
        "Ferie i [Slesvig-Holsten] i uge 29.",
        "Pt.s far er født i [Aden], Yemen.",
        "Ferie i [Aydın] i Tyrkiet - mave-tarm-infektion.",
        "Familien bor i [Van] i Østtyrkiet.",
        "Gåtur ved [Damhussøen] med bostedet.",
        "Bor på [Dampfærgevej] 10.",
        "Weekendtur til [Amsterdam] i påsken.",
        "Overflyttet fra [Thisted] Sygehus.",
        "[Lantus] 20 IE til natten.",
        "Ferie på [Lanzarote] - faldt i poolen.",
        "[Bøgevej] 7, 8800 Viborg",
        "Født i [Bogense].",
        "Bor i [Stenløse].",
        "Spiser på [McDonald's] 3-4 gange om ugen.",
        "Familien kan bo i [Ronald McDonald Hus] ved Skejby.",
        "Har fået en [O'Neill]-jakke i julegave.",
        "Bruger [MacBook] med øjenstyring.",
        "[Macrogol] 1 brev dagligt mod forstoppelse.",
        "[Adenuric] 80 mg mod urinsyregigt.",
        "[Lærkevej] 12, 7800 Skive",
        "[Vestjysk Lak A/S], Herning - pakkeafdelingen",
        "Arbejdede 10 år i [Brovst].",
        "Opvokset i [Karlslunde].",
        "Ferie i [São Paulo] hos svogeren.",
        "[Skov & Lund Tømrer ApS] har bygget rampen.",
        "Bosted: [Lærkely], Skive Kommune",
        "Ferie i [Finland] i juli, ingen rejsesygdom.",
        "Kørt med [Dantaxi] til scanningen.",
        "[Bøg & Søn] savværk - arbejdsplads i 1990'erne.",
    ],
)

# ----------------------------------------------------------------- 20. unlisted people
addall(
    "ow_unlisted",
    [
        "Nabo [Karina Bøgh] fandt pt. i opgangen.",
        "Advokat [Jens la Cour] repræsenterer pt. i klagesagen.",
        "Værkfører [Ole Skovgaard] har bekræftet eksponeringen.",
        "Arbejdsmiljørepræsentant [Torben Ryg] deltog i mødet.",
        "Kammeraten [Finn Olesen] ringede 112.",
        "Tolk [Faisal Abdi] (somali) deltog pr. telefon.",
        "Veninden [Lan Pham] har nøgle til [Ruth]s lejlighed.",
        "Jobkonsulent [Thomas McLeod] har ringet.",
        "Bisidder [Susanne O'Brien] fra Patientforeningen deltog.",
        "Kirurg [Jan de Vries] har givet second opinion.",
        "Egen læge: [Birgitte Maj Andersen], Skive",
        "[Karina Bøgh] (nabo) har ringet til [Dorthe].",
        "Advokat [la Cour] har bedt om aktindsigt.",
        "[Finn Olesen] (ven) var med i ambulancen.",
        "Egen læge [Maj Andersen] har fornyet recepten.",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Gül} har taget blodprøve; serum i glas med [gul] prop.",
        "[Galdesten] bekræftet af {Tariq bin Khalid}.",
        "{Sten von Holstein}: [sten] i nyren er ikke arbejdsbetinget.",
        "[De] [så] {Joana de Sá} gå ind på stue 3.",
        "Klagen om Panodil 2 tabl. [à] 500 mg er besvaret af {Turið á Ryggi}.",
        "Operation 3. [maj] v/ {Maj-Britt Skov-Lund}.",
        "[UL] af abdomen bestilt; pt. kørt ind af {UL}/{KEB}.",
        "Bedøvelse i [GA] ved {Finn O'Neill}; blodprøver taget af {GA}.",
        "[FM]-radioen kørte, mens {FM} talte med [Emil].",
        "Svar på [sundhed.dk] - sign. {DK}",
        "{van Dam} bad pt. drikke en liter [vand] før scanningen.",
        "{Lærke la Cour}: [lærken] på fuglebrættet - [Sten] kan sige 'fugl'.",
        "{Ujarak Lynge}: pt. fundet på [lyng]heden ved [Lynge].",
        "[Holsteinere] i stalden - {von Holstein} mistænker allergi over for ko-epitel.",
        "[Thi] kendes for ret: «sygeplejerske» {Thi Lan Nguyen} har ikke handlet under normen.",
        "[Binyre]-CT beskrevet af {bin Khalid}.",
        "{Fiona MacDonald} og [Emil] mødtes på [McDonald's].",
        "log {lang} 22:14: pt. har [lang] vej til toilettet, bækkenstol sat ind.",
        "{Karl Emil} fandt [Emil] på gulvet; [bro]en var spærret, så de kørte udenom.",
        "[LA] i portstederne, {Joana de Sá} noterede tiden.",
        "{Turið} beklager og [tar] kontakt til dig igen i næste uge.",
        "{Femke van Dam} spurgte om metal: pt. har arbejdet på et [dam]brug.",
    ],
)

addall(
    "mx_people",
    [
        "[Peter Lund] opererede, {Maj-Britt Skov-Lund} instrumenterede.",
        "[Ruth Lund] (mor) og «opr.spl.» {Skov-Lund} er ikke i familie.",
        "[Dorthe Skov] og {Maj-Britt Skov} er ikke i familie.",
        "[Emil Vang] kørte, {Karl Emil} behandlede, [Emil] (pt.) var bevidstløs.",
        "«Paramediciner» {Emil} har givet [Emil] naloxon.",
        "[Bo Dam] og «radiograf» {Dam} er ikke i familie.",
        "[Finn Vestergaard] (portør) og {Finn O'Neill} kørte pt. til opvågningen.",
        "«Anæstesilæge» {Finn} og portør [Finn] flyttede pt. over på lejet.",
        "Radiograf [Khalid Rahimi] tog billederne, «overlæge» {Khalid} beskrev dem.",
        "[Abdi Farah] (pædagog) og {Hodan Abdi} («ssa»)",
        "[Minh Nguyen] og {Lan Nguyen} har begge vagt i nat.",
        "[Lærke Nielsen] (pædagog) og {Lærke la Cour} («talepædagog»)",
        "«Overlæge» {Sten} og [Sten]s søster [Dorthe] talte om hendes arbejde.",
        "Advokat [Jens la Cour] har bedt {Lærke la Cour} om en udtalelse.",
        "Nabo [Karina Bøgh] ringede 112; {Karl Emil Bøg} kom kl 02.14.",
        "[Lan Pham] (veninde) og {Lan} («sygeplejerske»)",
        "<Emil> har ringet.",
        "<Lund> har sendt svar.",
        "<Dam> har vagt i weekenden.",
        "<Sten> ringede i formiddags.",
        "<Khalid> kommer kl 10.",
        "<Abdi> har givet medicin.",
        "<Lærke> kommer i morgen.",
        "<m.b.> har talt op",
        "<Bøgh> har kørt pt. ind.",
        "<NTL> 22.00: pt. sover",
        "<MB> 10.40: optælling ok",
        "sign. <Lann>",
    ],
)

addall(
    "mx_notes",
    [
        "Ambulance 4-12:\n- fremme 02.14, [Emil Skov Dam] bevidstløs, GCS 6\n- naloxon v/ "
        "{Karl Emil Bøg}\n- mor [Dorthe] med i bilen\n- «behandler» {KEB} / «makker» {UL}",
        "OP-notat 3. [maj]:\nKirurg [Peter Lund]. «Instr.» {Maj-Britt Skov-Lund}. «Anæstesi» "
        "{Finn O'Neill}/{Joana de Sá}. [GA]. [LA] i portstederne. Opvågning: {Dorota Kamińska}.",
        "Radiologi: [UL] og CT af abdomen ({Femke van Dam}), beskrevet af {Tariq bin Khalid}: "
        "[galdesten]. Radiograf [Khalid Rahimi] lejrede.",
        "Misbrugscenteret: [Emil] til samtale hos {Fiona MacDonald} kl 10 [fm]. Far [Bo Dam] og "
        "søster [Maja] med. {FM} aftaler ny tid.",
        "Bostedet: [Sten] hos {Lærke la Cour} (ASK) og {Hodan Abdi Aden} (bad). Pædagog "
        "[Abdi Farah] og [Lærke Nielsen] på tur i [skov]en.",
        "Arbejdsmedicin: [Dorthe Skov] hos {Sten von Holstein}. Eksem pga. epoxy hos "
        "[Vestjysk Lak A/S]. Bror [Sten Skov] bor på [Lærkely]. Sekretær [Lene Holstein].",
        "Klage: [Dorthe] klager over {Lan} og {Karl Emil}. Svar fra {Turið á Ryggi} "
        "({turid.aryggi}«@rm.dk»). [Thi] kendes for ret: ingen kritik.",
        "Kære [Dorthe Skov]\nDit CT-svar ligger på [sundhed.dk]. [De] kan ringe til «radiograf» "
        "{van Dam} eller «overlæge» {bin Khalid}.\nVenlig hilsen {Turid a Ryggi}",
        "Vagtplan K2: D {TLN} / A [Minh Nguyen] / N {DK}\nlog: {lang} 07:02, {doka} 22:40",
        "PPJ: [Ruth Lund] (81), faldet på [Skovvej]. {Ujarak} og {Karl Emil Bøg} kørte. Smerter "
        "VAS 8. Fentanyl v/ {UL}. Røntgen: «radiograf» {Femke}, svar {TBK}.",
        "«Talepædagog» {Laerke Lacour} og ssa {Xodan Cabdi} har lavet [bogstavtavle] til [Sten].",
        "Klagesvar: {Finn O´Neill} og {Joana De Sá} har redegjort. [De] [så] pt. kl 09.05 og "
        "igen kl 11.20.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
