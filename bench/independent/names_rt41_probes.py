"""Red-team probes for indsigt name hiding (rt41): the TEXT SHAPES a Danish health or municipal
record holds besides prose - tables with "|" or tab separators, rota and vagtplan grids,
medication administration lists (FMK, "givet af"), laboratory and radiology reports ("Besvaret
af", "Godkendt af"), referral letters (henvisning) with header fields, epikriser and discharge
letters, e-mails pasted with their headers (Fra:/Til:/Cc:/Sendt:), SMS threads, meeting minutes
(Deltagere/Afbud/Referent), key-value lines and bullet lists, reported speech in quotes,
parentheses and slashes ("(EF/PS)", "jf. tlf. m. ML"), log lines with timestamps and user names,
URLs and file names holding a user name, @mentions and hashtags, and Danish/English clinical
shorthand - and the over-hiding traps of the same shapes: the same words, abbreviations, units,
places, drugs, firms, column headers and field labels used as what they are.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name, initials, user name or e-mail local part)
         -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, a word,
         an abbreviation, a unit, a lab value, a column header or field label, a place, a street,
         a drug, a firm, a generic mailbox, a path segment) -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word next to a hidden name, also when it is a field label
         or a table cell of the hidden person's row (overlæge, reservelæge, radiograf, radiolog,
         farmaceut, sagsbehandler, ergoterapeut, diabetessygeplejerske, egen læge, Dr., OT,
         "Radiograf:", "Sagsbehandler:"), a genitive -s glued to a hidden name, the domain of a
         hidden person's e-mail address, a phone number written next to a hidden name
  Unmarked letters and digits are must-stay as well. Literal square or curly brackets, "<" and
  "«" cannot appear in a probe: they are the markup (e-mail addresses are written in
  parentheses, quotes with ').

Rules I apply when marking (the same for every text shape):
  1. A name part owned only by hidden staff (Hans, Tang, Post, Dag, Ring, Fjeld, Mark, Ravn, Pil)
     that the text uses as a person's name is gone - capitalised or lower case, bare or with the
     other part, family-first ("Bro, Hans"), abbreviated ("P. Skov", "Bo T."), in any position
     and in any shape: a table cell, a rota cell, a header field (Fra:/Til:/Cc:), a "Givet af" or
     "Besvaret af" slot, a bullet, a key-value line, a quote, a parenthesis, an @mention, a
     signature, English text.
  2. Registered initials, user names and e-mail local parts of a hidden person are gone where
     they stand for the person: after sign./v//af/"Givet af:"/"Godkendt:"/"Referent:", in a
     staff column of a table or rota (also lower case: "givet: 08 bt"), in a slash or parenthesis
     of staff ("(EF/PS)", "/LP"), in a log line's user field, in a path or file name as a user
     ("users/pesk/", "notat_mali_2026.docx"), after @. The same letters used as what they also
     are stay: PS = post scriptum, Hb/HB = haemoglobin, BT = blodtryk, LP = lumbalpunktur,
     DM = diabetes mellitus, MR = MR-scanning, SR = sinusrytme, AF = atrieflimren and "af",
     EF = ejection fraction, ml = milliliter, Rh/RH = Rhesus and Rigshospitalet, PT/pt. =
     patient, PT-INR, PT/OT = physio/occupational therapy in English shorthand.
  3. A part shared with a non-hidden colleague (Per, Skov, Bro, Liv, Munk, Maj, Rask, Frost,
     Hvid) is gone when the hidden person's other part, initials, e-mail in the same header, or
     own registered role settles it ("reservelæge Per", "radiograf Maj", "farmaceut Frost",
     "overlæge Hvid"); it stays when the colleague's role or other part settles it ("fys. Per",
     "overlæge Munk" - Jens Munk is the overlæge, Dag Munk the diabetes nurse, "ssa Hvid");
     bare and unsettled it is debatable.
  4. A part shared with the citizen or a relative (Lind, Bo, Sol, Ask, Else, Toft) is gone when
     the hidden person's other part, role, a staff slot of the text shape (Givet af, a rota
     cell, the Referent of a staff meeting, the addressee of a header that names the hidden
     person) or a staff word ("Bo fra hjemmeplejen", "(jobcentret)") settles it; it stays when
     the text says who the relative is (a kinship word, an age, a courtesy title, the full name,
     being the citizen of the note, the header that names the relative); bare and unsettled
     it is debatable.
  5. Words, months, abbreviations, units, lab values, column headers, field labels, places,
     streets, drugs, firms and generic mailboxes must stay even when spelt like a hidden name
     part or initials, also glued into compounds (pilleæske, Ringer-acetat, raskmelding,
     Digital Post, livstestamente, dagligt, Hvidovre), also in a text that names the hidden
     person, also inside a URL or a file name.
  6. Lower-case fast notes get the same judgement as careful prose: "ring til afd." is a verb,
     "ring til maj ring" is a person.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; no name part here is used as a name in names_rt37_probes.py or names_rt39_probes.py,
the only earlier sets I read). Hidden staff (12), with what the parts and initials also are:
    Per Skov       reservelæge, kardiologi     per = per (per os, per dag, per mail); skov =
                                               forest; PS = post scriptum; user pesk
    Hans Bro       overlæge, radiologi         hans = his; bro = bridge (tandbro, Broen);
                                               HB = Hb, haemoglobin; user habr
    Bo Tang        ssa, hjemmeplejen           bo = to live (bo alene, bor, botilbud); tang =
                                               seaweed, pliers; BT = blodtryk; user bota;
                                               Bo = the citizen's husband
    Liv Post       sygeplejerske, afsnit K3    liv = life, belly (livet, livstestamente); post =
                                               mail (Digital Post, postnummer, postoperativ);
                                               LP = lumbalpunktur; e-mail liv.post@rm.dk
    Dag Munk       diabetessygeplejerske       dag = day (Dag 1, dagligt, the rota header "Dag");
                                               munk = monk; DM = diabetes mellitus; user damu
    Maj Ring       radiograf, MR               maj = May; ring = ring / call! (ring til);
                                               MR = MR-scanning; user mari (Mariager, Mari-)
    Sol Rask       sagsbehandler, jobcenter    sol = sun; rask = healthy (raskmelding); SR =
                                               sinusrytme; e-mail sol.rask@vejle.dk;
                                               Sol = the citizen's granddaughter
    Ask Frost      klinisk farmaceut           ask = ash tree / English "ask"; frost; AF =
                                               atrieflimren and "af"; user asfr;
                                               Ask = the citizen's son
    Else Fjeld     overlæge, kardiologi        else (English); fjeld = mountain; EF = ejection
                                               fraction; e-mail elfj@rm.dk;
                                               Else = the citizen's sister
    Mark Lind      praktiserende læge          mark = field / markere; lind = linden, lindring;
                                               ML = milliliter; user mali (Mali);
                                               e-mail mark.lind@dadlnet.dk; Lind = the citizen
    Ravn Hvid      overlæge, klinisk biokemi   ravn = raven; hvid = white (hvide blodlegemer,
                                               Hvidovre); RH = Rh (Rhesus), RH (Rigshospitalet);
                                               user rahv
    Pil Toft       ergoterapeut, genoptræning  pil = arrow / willow (piller, pilleæske); toft =
                                               plot; PT = pt., PT-INR; user pito;
                                               e-mail pil.toft@vejle.dk; Toft = the sister
  Non-hidden colleagues sharing parts: Per Lauritsen (fysioterapeut), Anne Skov (ssh,
    hjemmeplejen), Lise Bro (lægesekretær, kardiologi), Liv Holst (psykolog), Jens Munk (overlæge,
    endokrinologi), Maj Nørgaard (sygeplejerske, akutmodtagelsen), Lars Rask (bioanalytiker),
    Tina Frost (diætist), Ruth Hvid (ssa, afsnit K3, nattevagt; her initials RH are also Ravn
    Hvid's: debatable in a staff slot).
  Citizen: Kirsten Lind (61; atrial fibrillation, heart failure, type 2 diabetes, on sickness
    benefit). Relatives: Bo Lind (husband, 64), Ask Lind (son, 38), Sol Lind (granddaughter,
    14), Else Toft (sister, 66).
  Unlisted (must simply stay): Gitte Mogensen (nabo), Karsten Holm (radiograf), Karen Dybdahl
    (jobkonsulent), Britt (lægesekretær), Sørensen (vagtlæge), Thomsen (overlæge), Ahmed Yilmaz
    (taxa).

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or the
changelog (rt41). Harness (parse, scoring, printing, -v): probe_harness.py.

Run:  .venv/bin/python bench/independent/names_rt41_probes.py [-v]

held-out, first run on main at fed7925: 38 leaks / 58 over-hides (0 crashes; 544 probes:
262 lk, 220 ow, 62 mx). Markup fixes after that run, by rule 4 above and listed with reasons in
helpers/rt41/fixes.txt: six bare relative-shared parts (Bo, Sol) that had been marked must-stay
without a settling cue became debatable (one of them had passed); no text changed, no probe
dropped. With those fixes: 38 leaks / 53 over-hides. Caveat: the run used the working tree at
fed7925, and another engineer was editing src/indsigt/protect/names/ (uncommitted) at the same
time - the files changed 23 s after the first run; a rerun 45 s after it, on the edited tree,
differed from the first run only in the six re-marked probes.

The lead checked afterwards (stop 34): with the markup fixed, fed7925 itself (a clean worktree,
pure Python) and fed7925 with those edits score the same, 38 leaks / 53 over-hides; so that is
the held-out figure of fed7925. The fixes made after this set was seen are in CHANGELOG.md.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # per = per (per os); skov = forest; PS = post scriptum
    Person(
        "s1",
        "Per",
        "Skov",
        initials=("PS",),
        usernames=("pesk",),
        titles=("reservelæge", "læge"),
    ),
    # hans = his; bro = bridge; HB = Hb (haemoglobin)
    Person(
        "s2",
        "Hans",
        "Bro",
        initials=("HB",),
        usernames=("habr",),
        titles=("overlæge", "radiolog"),
    ),
    # bo = to live; tang = seaweed / pliers; BT = blodtryk; Bo = the citizen's husband
    Person("s3", "Bo", "Tang", initials=("BT",), usernames=("bota",), titles=("ssa",)),
    # liv = life; post = mail; LP = lumbalpunktur
    Person(
        "s4",
        "Liv",
        "Post",
        initials=("LP",),
        emails=("liv.post@rm.dk",),
        titles=("sygeplejerske",),
    ),
    # dag = day; munk = monk; DM = diabetes mellitus
    Person(
        "s5",
        "Dag",
        "Munk",
        initials=("DM",),
        usernames=("damu",),
        titles=("diabetessygeplejerske", "sygeplejerske"),
    ),
    # maj = May; ring = ring / call; MR = MR-scanning
    Person("s6", "Maj", "Ring", initials=("MR",), usernames=("mari",), titles=("radiograf",)),
    # sol = sun; rask = healthy; SR = sinusrytme; Sol = the citizen's granddaughter
    Person(
        "s7",
        "Sol",
        "Rask",
        initials=("SR",),
        emails=("sol.rask@vejle.dk",),
        titles=("sagsbehandler",),
    ),
    # ask = ash tree / English ask; frost; AF = atrieflimren, "af"; Ask = the citizen's son
    Person("s8", "Ask", "Frost", initials=("AF",), usernames=("asfr",), titles=("farmaceut",)),
    # else (English); fjeld = mountain; EF = ejection fraction; Else = the citizen's sister
    Person(
        "s9",
        "Else",
        "Fjeld",
        initials=("EF",),
        emails=("elfj@rm.dk",),
        titles=("overlæge",),
    ),
    # mark = field; lind = linden, lindring; ML = milliliter; Lind = the citizen's family
    Person(
        "s10",
        "Mark",
        "Lind",
        initials=("ML",),
        usernames=("mali",),
        emails=("mark.lind@dadlnet.dk",),
        titles=("læge",),
    ),
    # ravn = raven; hvid = white; RH = Rh, Rigshospitalet
    Person("s11", "Ravn", "Hvid", initials=("RH",), usernames=("rahv",), titles=("overlæge",)),
    # pil = arrow, willow (piller); toft = plot; PT = pt.; Toft = the citizen's sister
    Person(
        "s12",
        "Pil",
        "Toft",
        initials=("PT",),
        usernames=("pito",),
        emails=("pil.toft@vejle.dk",),
        titles=("ergoterapeut",),
    ),
]
OTHERS = [
    ("Per", "Lauritsen"),  # fysioterapeut - shares given with hidden Per Skov
    ("Anne", "Skov"),  # ssh, hjemmeplejen - shares family with hidden Per Skov
    ("Lise", "Bro"),  # lægesekretær, kardiologi - shares family with hidden Hans Bro
    ("Liv", "Holst"),  # psykolog - shares given with hidden Liv Post
    ("Jens", "Munk"),  # overlæge, endokrinologi - shares family with hidden Dag Munk
    ("Maj", "Nørgaard"),  # sygeplejerske, akutmodtagelsen - shares given with hidden Maj Ring
    ("Lars", "Rask"),  # bioanalytiker - shares family with hidden Sol Rask
    ("Tina", "Frost"),  # diætist - shares family with hidden Ask Frost
    ("Ruth", "Hvid"),  # ssa, K3 nat - shares family and initials RH with hidden Ravn Hvid
]
CITIZEN = [("Kirsten", "Lind")]  # shares family with hidden Mark Lind
RELATIVES = [
    ("Bo", "Lind"),  # husband, 64 - shares given with hidden Bo Tang
    ("Ask", "Lind"),  # son, 38 - shares given with hidden Ask Frost
    ("Sol", "Lind"),  # granddaughter, 14 - shares given with hidden Sol Rask
    ("Else", "Toft"),  # sister, 66 - shares given with Else Fjeld, family with Pil Toft
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. tables with | and tabs
addall(
    "lk_tables",
    [
        "Navn | Initialer | Funktion\n{Per Skov} | {PS} | «reservelæge»\n[Anne Skov] | [AS] | ssh",
        "Tid | Opgave | Udført af\n08.00 | [BT] + puls | {Bo Tang}\n12.00 | insulin 8 IE | {BT}",
        "Dato\tPrøve\tSvar\tGodkendt\n03.05\t[Hb]\t7,1\t{RH}\n03.05\t[CRP]\t45\t{RH}",
        "| Ansvarlig | Opgave |\n| {Liv Post} | medicinafstemning |\n| {Ask Frost} | medicingennemgang |",
        "Kontaktperson\t{Sol Rask}\nTelefon\t«7681 2233»\nMail\t{sol.rask}«@vejle.dk»",
        "Kl. | Medarbejder | Hvad\n07.30 | {bo} | morgenhjælp\n12.00 | {bo} | frokost\n17.00 | [Anne] | aftensmad",
        "ID | Undersøgelse | Radiolog\n4471 | CT thorax | {Hans Bro}\n4472 | [MR] cerebrum | {HB}",
        "Medicin\tDosis\tKl.\tGivet af\nEliquis\t5 mg\t08\t{LP}\nFurix\t40 mg\t08\t{LP}",
        "Ugedag | Træning | Terapeut\nman | ADL-træning | {Pil Toft}\nons | gang | [Per Lauritsen]",
        "Initialer: {DM} | Navn: {Dag Munk} | Afd.: Endokrinologisk ambulatorium",
        "Måling | Værdi | Sign.\n[BS] | 11,2 | {dm}\n[HbA1c] | 61 | {dm}",
        "[Pt.]: [Kirsten Lind] | CPR: 150363-xxxx | «Egen læge»: {Mark Lind}",
        "Ekkokardiografi\tBeskrevet af\t{Else Fjeld}\n[EF]\t35 %",
        "Sagsbehandler | Jobkonsulent | Læge\n{Sol Rask} | [Karen Dybdahl] | {Mark Lind}",
        "Behandler:\t{Ravn Hvid}, «overlæge»\nAfdeling:\tKlinisk Biokemi",
        "| Ordineret af | Dispenseret af | Kontrolleret af |\n| {PS} | {BT} | {AF} |",
        "{Frost}, {Ask}\t«farmaceut»\tmedicingennemgang 04.05",
        "Besøg\tStart\tSlut\tMedarbejder\nmorgen\t07:10\t07:45\t{bota}\naften\t19:00\t19:20\t{bota}",
        "| Dato | Ergoterapeut | Fokus |\n| 12.05 | {Toft} | påklædning |\n| 19.05 | {Toft} | køkkentræning |",
        "Navn\t\tTlf.\n{Maj Ring}\t\t«7845 1190»\n[Maj Nørgaard]\t\t7845 1102",
        "Undersøgelse: [MR] cerebrum | «Radiograf»: {MR} | Status: afsluttet",
        "Prøvetagning\tAnalyse\tResultat\tBesvaret\n07:55\t[Hb]\t6,8\t{rahv}",
        "| Tidspunkt | Hændelse | Initialer |\n| 02.10 | [AF] med hurtig ventrikelrespons | {LP} |",
    ],
)

# ----------------------------------------------------------------- 2. rota and vagtplan grids
addall(
    "lk_rota",
    [
        "Sygeplejersker K3, uge 19\tMan\tTirs\tOns\tTors\nDag\t{Liv}\t{Liv}\t[Maj N.]\t{Liv}",
        "Vagtplan hjemmeplejen, rute 4\nMan: {Bo Tang}\nTirs: {Bo Tang}\nOns: [Anne Skov]\nTors: {BT}",
        "D: {Liv Post} / A: [Maj Nørgaard] / N: [Ruth Hvid]",
        "Dag | Aften | Nat\n{LP} | [Maj Nørgaard] | [Ruth]",
        "Vagtskema uge 20 (hjemmeplejen):\nman 7-15 {bo}\ntir 7-15 {bo}\nons fri\ntor 15-23 {bo}",
        "Rådighedsvagt radiologi: {Hans Bro} (man-ons), overlæge [Thomsen] (tors-søn)",
        "«Forvagt»: {PS} | «Bagvagt»: {EF} | Koordinerende spl.: {LP}",
        "MR-vagt lørdag: {Maj Ring}, søndag: {Ring}",
        "07.00-15.00 {Liv Post}, [Maj Nørgaard]\n15.00-23.00 {Liv Post}\n23.00-07.00 [Ruth Hvid]",
        "Ruteplan 12.05\nRute 1: {Bo Tang} (bil 14)\nRute 2: [Anne Skov] (cykel)",
        "Dagvagt: {Liv Post}\nAftenvagt: [Maj Nørgaard]\nNattevagt: [Ruth Hvid]",
        "Ergoterapi, tirsdag\t{pil}\tADL-vurdering hos [Kirsten Lind]",
        "Tilkald ved sygdom: {Toft, Pil} → [Per Lauritsen]",
        "Ergoterapi uge 22 | man {PT} | tir {PT} | ons - | tor {PT}",
        "Radiografer MR, uge 19:\n- {Maj R.}\n- [Karsten Holm]\n- {Maj Ring} (bagvagt)",
        "Fraværsliste: {Ask Frost} (kursus), [Tina Frost] (ferie)",
        "Dag\t\tSagsbehandler\t\tTlf\nMandag\t\t{Sol Rask}\t\t«7681 2233»",
        "Telefontid: {Mark Lind} 8-9, lægesekretær [Britt] 9-12",
        "Aftenrunde 17:00-22:30: {BT}. Nat: [Anne Skov].",
        "Vagthavende «kardiolog» i nat: {Else Fjeld}, «tlf. 2233»",
        "Plan for weekenden:\nlø: {Dag Munk} (telefon)\nsø: [Jens Munk]",
        "Uge | Radiolog | Radiograf\n19 | {HB} | {MR}\n20 | [Thomsen] | [Karsten Holm]",
        "Hjemmeplejen, morgen\n{bota} rute 4\n[anne] rute 5",
    ],
)

# ----------------------------------------------------------------- 3. medication administration, FMK
addall(
    "lk_medadmin",
    [
        "Medicinadministration 04.05\n08:00 Eliquis 5 mg - givet af {LP}\n08:00 Furix 40 mg - givet af {LP}",
        "Givet af: {Liv Post} kl. 20.00",
        "Ordination: Metoprolol 50 mg x 2 p.o. Ordineret af: {Per Skov}, «reservelæge».",
        "FMK opdateret af {Ask Frost} («farmaceut»)",
        "Medicingennemgang v/ {AF}: Eliquis-dosis passer til nyrefunktionen.",
        "PN: Paracetamol 1 g kl 14, givet af {bo}, effekt efter 1 t",
        "Dosisdispensering: ændring godkendt af {mali} i FMK 09:12",
        "Insulin NovoRapid 6 IE s.c. 12:00 ({DM})",
        "Insulinskema justeret af {Dag Munk}, «diabetessygeplejerske»: Lantus 18 → 20 IE.",
        "Seponeret: Digoxin (jf. {AF}, interaktion med Amiodaron).",
        "kl 22 Zopiclon 7,5 mg givet af {LP}, pt sov kl 23",
        "Medicin dispenseret i doseringsæske af {Bo Tang} for uge 20.",
        "Kontrolleret af: {BT} / dobbeltkontrol: [Anne Skov]",
        "Tablet Furix 40 mg: ikke givet (pt. sov) - {liv p.}",
        "[Ringer]-acetat 1000 [ml] i.v. over 8 t, opsat af {Liv Post} kl 14",
        "Morfin 2,5 mg s.c. PN givet 03:15 /{LP}",
        "Eliquis 5 mg x 2 (indikation: [AF]) - gennemgået af {AF} 03.05",
        "Pt. selvadministrerer inhalator; instrueret af {Liv}, sygeplejerske.",
        "Ændring i FMK: Furix 40 → 80 mg. Ordineret: {PS}. Effektueret: {LP}.",
        "Vanlig medicin ifølge FMK (hentet af {asfr} 07:41)",
        "givet: 08 {bt} 12 {bt} 17 {bt} 22 [Anne]",
        "[Pilleæske] fyldt af {Bo}, ssa, kl 10",
        "Præparat\tDosis\tGivet\tAf\nFurix\t40 mg\t08:02\t{LP}\nEliquis\t5 mg\t08:02\t{LP}",
        "Lantus 20 IE s.c. kl 22 - givet af ssa {Bo}, [BS] 8,4",
    ],
)

# ----------------------------------------------------------------- 4. laboratory and radiology reports
addall(
    "lk_labrad",
    [
        "Røntgen thorax 03.05.2026\nKonklusion: Let stase, ingen infiltrater.\nBesvaret af: {Hans Bro}, «overlæge»",
        "Godkendt af: {Ravn Hvid} («overlæge», Klinisk Biokemi)",
        "Svar: [Hb] 6,9 mmol/l (7,3-9,5). Godkendt: {RH} 04.05 09:12",
        "MR cerebrum: ingen tegn på blødning. Udført af «radiograf» {Maj Ring}. Beskrevet af {Hans Bro}.",
        "Ekkokardiografi 05.05: [EF] ca. 35 %, let dilateret venstre ventrikel. Ved: {Else Fjeld}.",
        "CT cerebrum. Beskrivende «læge»: {HB}. Konklusion: ingen akut patologi.",
        "Supplerende beskrivelse ved {hans bro}: fund foreneligt med lille lakunært infarkt.",
        "Prøven er hæmolyseret. Ny prøve anbefales. /{rahv}",
        "Radiologisk svar: se beskrivelse. Ansvarlig: {Bro, Hans}.",
        "Holter-monitorering: paroksystisk [AF], max 142/min. Vurderet af {EF}.",
        "Foreløbigt svar (dikteret, ikke godkendt) - {HB}",
        "MR-protokol valgt af {Maj Ring} i samråd med «radiolog» {Hans Bro}.",
        "Laboratoriesvar kommenteret af {Ravn}: INR-stigningen kan skyldes interaktion.",
        "Kontrastmiddel registreret af bruger {mari} 10:32: Visipaque 80 [ml]",
        "EKG: [SR] 72/min, normal akse. Tolket af {Per Skov}.",
        "Ekko-beskrivelse - dikteret: {EF} / skrevet: [LB]",
        "Blodtype: A [Rh] neg. Forligelighedsprøve godkendt af {Ravn Hvid}.",
        "Urindyrkning: >10^5 E. coli. Telefoneret til «egen læge» {Mark Lind} af {RH}.",
        "Tilbagemelding fra {Hvid} («overlæge», KBA): prøven er analyseret igen.",
        "Undersøgelsen afbrudt pga. klaustrofobi, jf. «radiograf» {Ring}.",
        "Second opinion requested by «Dr.» {Bro}.",
        "Svar afgivet af: {Hans Bro} | Afdeling: Radiologi | Dato: 06.05.2026",
        "Analyse\tResultat\tGodkendt af\nKalium\t4,1\t{Ravn Hvid}\nNatrium\t138\t{Ravn Hvid}",
        "Røntgensvar, kopi til henvisende «læge» {P. Skov}",
    ],
)

# ----------------------------------------------------------------- 5. referrals, epikriser, letters
addall(
    "lk_letters",
    [
        "HENVISNING\nFra: {Mark Lind}, «praktiserende læge», Lægehuset Torvet\nTil: Kardiologisk Ambulatorium\nVedr.: [Kirsten Lind], 150363-xxxx",
        "Henvisende «læge»: {Mark Lind}\nYdernummer: 012345",
        "Epikrise\nIndlagt 02.05-07.05 med nyopdaget [AF] og hjertesvigt.\nDikteret af: {Per Skov}, «reservelæge»",
        "Med venlig hilsen\n{Per Skov}\n«Reservelæge», Kardiologisk Afdeling",
        "Kopi til: «egen læge» {Mark Lind}, hjemmeplejen.",
        "Spørgsmål kan rettes til sygeplejerske {Liv Post} på afsnit K3.",
        "Epikrisen er godkendt af «overlæge» {Else Fjeld} 08.05.",
        "Sagsbehandlet af: {Sol Rask}\nJournalnr.: 27.12.08-2026",
        "Brev fra Jobcentret\nKære [Kirsten Lind]\nDu er indkaldt til samtale 20.05 kl 10 hos {Sol Rask}.\nVenlig hilsen\n{Sol Rask}, «sagsbehandler»",
        "Henvisningsårsag: forværret dyspnø. Henvisning udarbejdet af {ML} 28.04.",
        "Svar på henvisning: pt. tilbydes ekko 05.05. /{Else Fjeld}",
        "Genoptræningsplan udarbejdet af {PS}, modtaget i kommunen af {Pil Toft}.",
        "Til: {Pil Toft}, Genoptræningen\nFra: Afsnit K3\nEmne: GOP for [Kirsten Lind]",
        "Udskrevet til eget hjem. Hjemmeplejen (kontakt: {Bo Tang}) er orienteret.",
        "Epikrise sendt til: {Mark Lind} («egen læge»), Vejle Kommune",
        "Ansvarlig for udskrivelsen: {P. Skov}",
        "Lægeerklæring (LÆ 265) - udfyldt af: {ML}, modtaget: {SR}",
        "Brev fra «diabetessygeplejerske» {Dag Munk}: [HbA1c] 61, insulindosis øges.",
        "Indkaldelse: Diabetesambulatoriet, {Dag Munk}, tirsdag 19.05 kl 09.30",
        "Henvisning til ergoterapi sendt af {Per Skov} - att. {Pil Toft}",
        "Kære «kollega» {Mark Lind}\nTak for henvisningen af [Kirsten Lind]. Vi har set hende i dag.\nMvh {Else Fjeld}",
        "Brevet er skrevet på vegne af {Hans Bro} af lægesekretær [Lise Bro].",
        "Afsender: Kardiologisk Afdeling v/ {Per Skov}\nModtager: [Kirsten Lind], [Skovvej] 12, 7100 Vejle",
    ],
)

# ----------------------------------------------------------------- 6. pasted e-mails with headers
addall(
    "lk_email",
    [
        "Fra: {Liv Post} ({liv.post}«@rm.dk»)\nSendt: 6. [maj] 2026 14:02\nTil: Hjemmeplejen Vejle\nEmne: udskrivelse [Kirsten Lind]",
        "Til: {sol.rask}«@vejle.dk»\nCc: [Ask Lind]\nEmne: sygemelding",
        "From: {Else Fjeld}\nSent: Wednesday, 6 May 2026 09:13\nTo: {Per Skov}\nSubject: ekko [Kirsten Lind]",
        "Cc: {elfj}«@rm.dk»; {mark.lind}«@dadlnet.dk»",
        "-----Oprindelig meddelelse-----\nFra: {Sol Rask}\nSendt: 4. maj 2026 10:31\nTil: [post]@laegehuset-torvet.dk",
        "Videresendt af {Pil Toft} ({pil.toft}«@vejle.dk»)",
        "Til: {liv.post}«@rm.dk»\nHej {Liv}\nKan du sende medicinlisten for [Kirsten Lind]?\nMvh [Anne Skov]",
        "> Den 5. maj 2026 skrev {Else Fjeld}:\n> ekko viser [EF] 35 %, start ACE-hæmmer",
        "Afsender: {sol.rask}«@vejle.dk» (sikker mail)",
        "Modtagere: {Per Skov}; {Else Fjeld}; [Lise Bro]",
        "Fra: [Kirsten Lind]\nTil: {Sol Rask}\nEmne: SV: samtale 20.5\nHej {Sol}, jeg kan desværre ikke komme.",
        "Sendt fra min iPhone\n\n{Dag Munk}\n«Diabetessygeplejerske»",
        "Emne: VS: [Hb] 6,9 - {Ravn Hvid} ringer tilbage",
        "Fra: Sekretariatet, Radiologi\nPå vegne af: {Hans Bro}\nTil: {Per Skov}",
        "Hej alle\n{Maj Ring} er syg i dag; MR-tiderne flyttes.\nHilsen [Karsten Holm]",
        "Mvh\n{Ask Frost}\n«Klinisk farmaceut», Sygehusapoteket\n«Tlf. 7842 0000»",
        "Til: {Mark Lind}\nFra: {Liv Post}\nVedr.: [Kirsten Lind], udskrives fredag",
        "{mark.lind}«@dadlnet.dk» skrev: 'hun må gerne starte Furix igen'",
        "Svar til: {elfj}«@rm.dk»",
        "Til: [Bo Lind]\nFra: {Pil Toft}\nHej [Bo], jeg kommer med badebænken torsdag.",
        "Automatisk svar: {Else Fjeld} er på ferie til 18. maj. Kontakt [Jens Munk].",
        "Fra: {Dag Munk}\nTil: [Jens Munk]\nEmne: insulinpumpe til [Kirsten Lind]?",
        "From: {Ravn Hvid}\nTo: [Lars Rask]\nSubject: re-run INR, sample haemolysed",
    ],
)

# ----------------------------------------------------------------- 7. SMS threads
addall(
    "lk_sms",
    [
        "SMS 07:42 fra {Bo Tang}: kommer 15 min senere, bilen starter ikke",
        "SMS-tråd med hjemmeplejen (ssa {Bo Tang})\n[Kirsten] 08:10: ok tak\n{Bo} 08:11: super, ses",
        "SMS til borger sendt af {LP}: Husk fastende blodprøve i morgen.",
        "sms fra {maj ring}: din MR-tid er flyttet til kl 13",
        "Besked fra {Sol} (jobcentret): ring venligst tilbage",
        "SMS-påmindelse: Tid hos {Dag Munk} 19.05 kl 09.30. Svar NEJ for at aflyse.",
        "sms 21:03 {bt}: [Kirsten] faldet, ingen skade, ægtefælle [Bo] hjalp hende op",
        "Tekst til {pil}: kan du tage hjælpemidlerne med på torsdag?",
        "Sendt til «2233 4455» ({Else Fjeld}): ekko-svar klar",
        "sms-tråd med «farmaceut» {Ask Frost}:\n{Ask}: har pt. fået Digoxin i dag?\n[Anne]: nej\n{Ask}: godt, den er seponeret",
        "kl 6.58 sms fra {Liv Post}: nattevagten siger [Kirsten] har sovet godt",
        "SMS (fra {Toft}, «ergoterapeut»): hjælpemidler leveret",
        "Afsender: {DM} | Modtager: [Kirsten Lind] | Tekst: Husk at måle blodsukker før morgenmad.",
        "{pil toft} skrev kl 16: Badebænk monteret, ægtefællen [Bo] instrueret.",
        "sms 14:20 {Hans Bro} → afd.: CT-svar klar",
        "Beskedtråd i MinSundhed: {Per Skov} skrev 10:14: 'Du kan godt tage Furix om aftenen.'",
        "Tak for sms, {Dag}. Jeg tager 20 enheder fra i aften. Kh [Kirsten]",
        "SMS til hjemmeplejens telefon: {Bo T.} er syg i dag, [Anne] tager ruten",
        "sms fra {mark}: ring til klinikken i morgen kl 8",
        "{Ravn}: kalium 6,4 - ring til vagthavende nu",
    ],
)

# ----------------------------------------------------------------- 8. meeting minutes
addall(
    "lk_minutes",
    [
        "Referat af tværfagligt møde 07.05\nDeltagere: {Per Skov}, {Liv Post}, {Ask Frost}, [Liv Holst]\nAfbud: {Else Fjeld}\nReferent: {LP}",
        "Deltagere: {PS}, {LP}, {AF}, [LH]",
        "Afbud: {Hans Bro} (rådighedsvagt)",
        "Referent: {Sol Rask}",
        "Mødedeltagere:\n- [Kirsten Lind] (borger)\n- [Bo Lind] (ægtefælle)\n- {Sol Rask} («sagsbehandler»)\n- {Mark Lind} («egen læge», telefonisk)",
        "Rundbordssamtale. Til stede: borger, {SR}, arbejdsgiver. Referent: {SR}.",
        "Pkt. 2: {Ask Frost} gennemgik medicinlisten.",
        "Beslutninger:\n1. {Per Skov} bestiller ekko.\n2. {Liv Post} kontakter hjemmeplejen.",
        "Opgave | Ansvarlig | Frist\nHjælpemidler | {Pil Toft} | 14.05\nMedicinæske | {Bo Tang} | 10.05",
        "Næste møde: 21.05. Mødeleder: {Else Fjeld}.",
        "Fraværende: {Dag Munk}, [Jens Munk]",
        "Til stede: [Kirsten], søn [Ask Lind], {Pil Toft} («ergoterapeut»), {Bo Tang} (ssa)",
        "Teammøde hjemmeplejen 06.05 - referent: {bo}",
        "Punkt 4, eventuelt: {Maj Ring} orienterede om den nye MR-scanner.",
        "Deltagere: {Else F.}, {Per S.}, [Maj N.]",
        "Konferencenotat: drøftet med {Hans Bro} (radiologi) og {Else Fjeld} (kardiologi).",
        "Dagsorden:\n1. Velkomst ({Dag Munk})\n2. Insulinpumper ([Jens Munk])",
        "Ergoterapeutisk konference. Referent: {PT}",
        "Netværksmøde: [Ask Lind] (søn) deltog telefonisk. {Sol Rask} refererer.",
        "Deltagere\tFunktion\n{Ravn Hvid}\t«overlæge»\n[Lars Rask]\tbioanalytiker",
    ],
)

# ----------------------------------------------------------------- 9. key-value lines, bullets
addall(
    "lk_keyvalue",
    [
        "«Kontaktsygeplejerske»: {Liv Post}",
        "Ansvarlig «læge»: {Per Skov}",
        "«Egen læge»: {Mark Lind}, Lægehuset Torvet, «tlf. 7572 1000»",
        "«Sagsbehandler»: {Sol Rask}",
        "«Farmaceut»: {AF}",
        "Kontaktperson hjemmepleje: {Bo Tang} (ssa)",
        "- Ekko: {Else Fjeld}\n- MR: {Maj Ring}\n- Rtg: {Hans Bro}",
        "• «Ergoterapeut»: {Pil Toft}\n• Fysioterapeut: [Per Lauritsen]",
        "Oprettet af: {Liv Post}\nRedigeret af: {Per Skov}\nSenest ændret: 06.05.2026",
        "Dikteret: {PS} / Skrevet: [LB] / Godkendt: {EF}",
        "Udfyldt af: {Dag Munk} ({DM})",
        "Tovholder = {Pil Toft}",
        "behandler: {hans bro}; status: endelig",
        "kontakt -> {sol rask}, jobcentret",
        "Ansvarlig: {Ravn Hvid}; Analyse: [INR]; Metode: koagulometri",
        "Navn: {Maj Ring}\nStilling: «Radiograf»\nLokal: 2311",
        "Forfatter: {Ask Frost}; Version: 2; Status: godkendt",
        "Henvist af: {ML} | Visiteret af: {EF} | Prioritet: B",
        "* Tovholder: {Per Skov}\n* «Kontaktspl.»: {Liv Post}\n* Pårørende: [Bo Lind] (ægtefælle)",
        "«Diabetessygeplejerske»...: {Dag Munk}\nDiætist.............: [Tina Frost]",
    ],
)

# ----------------------------------------------------------------- 10. quotes, parentheses, slashes
addall(
    "lk_quote_paren",
    [
        "Pt. fortæller at {Bo Tang} har sagt: 'du skal ringe, hvis du falder'.",
        "'«Sygeplejersken» {Liv} sagde, at jeg måtte gå hjem i morgen', fortæller pt.",
        "Aftalt (jf. tlf. m. {Mark Lind}) at Furix øges.",
        "jf. tlf. m. {ML}: pausér Eliquis 2 døgn",
        "Ekko viser nedsat pumpefunktion ({EF}/{PS}).",
        "Plan drøftet med «bagvagten» ({Else Fjeld}).",
        "Medicin gennemgået (v/ {Ask F.})",
        "(sign. {BT})",
        "Pt. siger: '«radiografen» {Maj} var så sød i scanneren'",
        "{Per Skov}/{Liv Post}/[Liv Holst]: samtale med pt. og ægtefælle",
        "'Ring til {Dag}, hvis blodsukkeret er over 20', står der på sedlen.",
        "(obs. {Sol Rask}«s» bemærkning om skånehensyn)",
        "Som {Ravn Hvid} skriver: 'prøven bør gentages fastende'.",
        "Pt. har forstået {Pil}«s» instruktion i brug af badebænk.",
        "Obs ({AF}): Digoxin-koncentration skal måles.",
        "Ægtefælle [Bo] fortæller, at '{Bo} fra hjemmeplejen' var der kl 8.",
        "Aftale (tlf. m. {Else F.} 10:45): start Entresto.",
        "Drøftet m. {PS} - ok til udskrivelse",
        "Pt. spørger, om 'ham {Mark}' («egen læge») har fået svaret.",
        "«Farmaceut» {Ask}«s» vurdering: ingen interaktion.",
        "Notat (ved {Liv Post}, kl. 02.30): pt. urolig, [AF] på monitor.",
        "[Kirsten]: 'jeg har talt med {Sol} fra jobcentret, hun siger det er ok'",
    ],
)

# ----------------------------------------------------------------- 11. logs, URLs, file names, mentions
addall(
    "lk_logs_urls",
    [
        "2026-05-06 14:02:11 user={damu} action=open doc=insulinskema",
        "Fil: //fil01/kardio/users/{pesk}/epikrise_[lind]_0605.docx",
        "Vedhæftet: notat_{mali}_2026.docx",
        "https://intra.rm.dk/users/{rahv}/kvalitet/INR-rapport.pdf",
        "Link: https://sp.vejle.dk/sites/hjemmepleje/{bota}/ruteplan.xlsx",
        "@{asfr} kan du se på medicinlisten i seng 12?",
        "@{Liv Post} husk udskrivelsessamtale kl 14",
        "Teams-chat:\n{Else Fjeld} 09:14: ekko klar\n{Per Skov} 09:15: tak",
        "Stort tak til @{Maj Ring} for ekstravagten #mrteam #travldag",
        "AUDIT 2026-05-07T08:12:55 bruger={rahv} handling=godkend prøve=[Hb]",
        "login: {pito} | enhed: genoptræning | 12:01",
        "Journal låst af {mari} (MR-afsnit) 10:41",
        "Log: ændret af {pesk} → {asfr} → {pesk}",
        "C:/Users/{habr}/Desktop/CT_svar_[Lind].txt",
        "Kilde: FMK, hentet 07:41 af {asfr}",
        "08:15:02 INFO dokument signeret af {Liv Post} (id 88123)",
        "mail-log: til={sol.rask}«@vejle.dk» status=leveret",
        "Skannet dokument: henvisning_{mark_lind}_280426.pdf",
        "Opgave tildelt @{bota}: medicinæske uge 20",
        "Journalopslag 06.05 23:12 af {elfj} (kardiologi)",
        "ÆNDRINGSLOG | 06.05 10:02 | {LP} | vitalparametre | [BT] 128/74",
        "Opdateret af {Ravn Hvid} via LABKA 07:58",
        "https://teams.microsoft.com/l/chat/0/0?users={pil.toft}«@vejle.dk»",
        "#tak til {Dag Munk} for undervisningen #diabetesskole",
    ],
)

# ----------------------------------------------------------------- 12. mixed Danish/English shorthand
addall(
    "lk_english",
    [
        "Discharge letter written by «Dr» {Per Skov}; echo by «Dr» {Else Fjeld}.",
        "Pt seen by {Mark Lind} («GP») - referred for echo.",
        "CT reported by {Hans Bro}: no acute findings.",
        "Thanks {Liv P.} for the handover!",
        "MR done by «radiographer» {Maj Ring}, pt anxious, completed.",
        "Med review by {AF}: stop digoxin, [AF] rate-controlled.",
        "[Per] {Per Skov}, pt ok for discharge.",
        "[Ask] {Ask Frost} re interactions.",
        "{Dag Munk} will call pt re insulin pump.",
        "Handover from {LP} to night nurse: stable, [SR].",
        "Lab comment by {Ravn Hvid}: sample haemolysed.",
        "«Case manager» {Sol Rask} requested a medical report.",
        "«OT» {Pil Toft} assessed ADL: independent with aids.",
        "«Home carer» {Bo Tang} reports pt fell at 21:00.",
        "[Per] discussion w/ {Else} (cardiology): start Entresto.",
        "f/u w/ {ML} in 2/52, echo booked by {EF}",
    ],
)


# ============================================================================= OVER-HIDING TRAPS

# ----------------------------------------------------------------- 13. the same words used as words
addall(
    "ow_words",
    [
        "Furix 40 mg [per] os dagligt.",
        "[Per] telefon aftalt ny tid med ægtefællen.",
        "Svar sendes [per] mail og i e-Boks.",
        "Ægtefællen har taget [hans] egen medicin med.",
        "[Hans] blodtryk er fint, men [hans] vægt er steget 2 kg.",
        "Pt. ønsker at [bo] hjemme så længe som muligt.",
        "De [bor] i rækkehus uden trapper.",
        "Ansøgning om [botilbud] er ikke aktuel.",
        "Samtale om [livsforlængende] behandling og [livstestamente].",
        "Hun har ondt i [livet] og har kastet op.",
        "Ingen [livstruende] arytmier på telemetri.",
        "Brevet er sendt som [Digital Post].",
        "[Postoperativt] forløb ukompliceret.",
        "Indkaldelse sendt med [post] til ægtefællen.",
        "[Dag] 3 efter indlæggelsen: mobiliseret til stol.",
        "Furix 40 mg 1 gang [dagligt].",
        "Pt. har læst en bog om en [munk] i Tibet og vil gerne tale om meditation.",
        "Kontrol 15. [maj] kl 10.",
        "Pt. spiser [majs] og ris, ingen synkebesvær.",
        "[Ring] til afdelingen ved brystsmerter.",
        "[Ringen] sidder for stramt på den hævede finger og er skåret over.",
        "Pt. [ringer] selv 1813 ved forværring.",
        "Undgå direkte [sol] pga. Amiodaron.",
        "Hun føler sig [rask] og vil gerne arbejde.",
        "[Asken] spredes over havet efter hendes ønske.",
        "Stokken er lavet af [ask].",
        "[Frost] i vejret - hjemmeplejen kommer senere pga. glatte veje.",
        "Take it with food, or [else] it upsets the stomach.",
        "Har været på [fjeldvandring] i Norge, mærkede åndenød.",
        "Arbejder som landmand, var i [marken] hele dagen.",
        "Pt. bedt om at [markere] smerten på skalaen.",
        "[Lindrende] behandling drøftet med familien.",
        "God [lindring] af Morfin 5 mg.",
        "[Hvide] blodlegemer 13,1 (forhøjet).",
        "En [ravn] sad på altanen, pt. blev forskrækket.",
        "[Pil] op ved [CRP] i laboratoriesvaret.",
        "Tager selv sine [piller] fra [pilleæsken].",
        "Har spist [tang] og sushi - jodindhold?",
        "Splinten blev fjernet med en [tang].",
        "Går tur i [skoven] hver dag med hunden.",
        "Har fået lavet en [bro] hos tandlægen.",
        "[Broen] over Vejle Fjord var lukket, forsinket til dialyse.",
    ],
)

# ----------------------------------------------------------------- 14. abbreviations, units, lab values
addall(
    "ow_abbrev",
    [
        "[PS]: Husk at tage [pillerne] med til næste kontrol.",
        "[P.S.] Jeg har glemt at skrive mit telefonnummer.",
        "[Hb] 6,9, MCV 82",
        "[HB] 6,9 mmol/l",
        "[BT] 132/81, puls 74",
        "[BT]-måling hjemme x 2 dagligt",
        "[LP] udført, klar spinalvæske.",
        "[DM] type 2, velreguleret.",
        "[DM2] - tabletbehandlet.",
        "[MR]-scanning af hjernen 12.05.",
        "[MR] cerebrum: normal.",
        "[MRSA]-podning negativ.",
        "EKG: [SR], frekvens 68.",
        "Konverteret til [SR] efter DC-stød.",
        "Nyopdaget [AF], CHA2DS2-VASc 3.",
        "[AF] med hurtig ventrikelrespons, Metoprolol i.v. givet.",
        "[Af] og til svimmel om morgenen.",
        "Besvaret [af]: Radiologisk Afdeling",
        "[EF] 35 %, let nedsat.",
        "[EF]-måling gentages om 3 mdr.",
        "Furix 40 mg i 100 [ml] NaCl.",
        "Drikker 1500 [ml] i døgnet.",
        "Infusion: 125 [ml]/t",
        "Blodtype 0 [Rh] neg.",
        "Overflyttet fra [RH] (Rigshospitalet).",
        "[pt.] sover, [BT] ikke målt.",
        "[Pt] ønsker ikke genoplivning.",
        "[PT-INR] 2,4",
        "[PSA] 3,1",
        "Hører [DR] P1 om morgenen.",
        "Plan: [PT] 2 x ugentligt og [OT] 1 x ugentligt.",
        "Genoptræning efter [LP]: ingen hovedpine.",
    ],
)

# ----------------------------------------------------------------- 15. column headers and field labels
addall(
    "ow_labels",
    [
        "Vagt | [Dag] | Aften | Nat\nman | [Anne Skov] | vikar | [Ruth Hvid]",
        "[Dag]\tTid\tOpgave\nman\t8.00\tbad\nons\t8.00\tbad",
        "[Post] | Beløb | Bevilget\nRollator | 2.100 | ja\nBadebænk | 650 | ja",
        "[Markér] med X, hvis borger ønsker kopi.",
        "Dato: 06.05.2026\n[Dag]: onsdag\nUge: 19",
        "[Ring] tilbage: ja\nTelefon: 2233 4455",
        "[Postnummer]: 7100 Vejle",
        "Felt | Værdi\n[Hb] | 6,9\n[BT] | 132/81\n[AF] | ja",
        "[Livsstilsfaktorer]: rygning nej, alkohol 7 genstande/uge",
        "[Besvaret af]: Radiologisk Afdeling, Vejle",
        "[Godkendt af]: -",
        "[Givet af]: (mangler)",
        "Fra: Hjemmeplejen Vejle Midt\nTil: Afsnit K3\nEmne: medicinliste",
        "Deltagere: [Kirsten Lind], [Bo Lind], [Anne Skov]\nAfbud: ingen\nReferent: [Anne Skov]",
        "[Dag] 1 | [Dag] 2 | [Dag] 3\n140/82 | 132/80 | 128/74",
        "[Maj] | Juni | Juli\n2 | 4 | 1",
        "Dosis [per] dag | Dosis [per] uge\n2 | 14",
        "Borgerens ønsker for [hans]/hendes hverdag:",
        "Status: [Raskmeldt] 01.06.",
        "Vedr.: [Kirsten Lind] | [Pt.]-nr.: 88213",
        "Sendt: 6. [maj] 2026 09:13",
        "Cc: Hjemmeplejen; Til: Afsnit K3",
        "[Hvide] felter udfyldes af borger.",
        "[Bopæl]: Vejlevej 12",
        "Signatur: ______ Dato: ______",
        "[Dag]/[nat]-rytme: vendt",
        "[Pil] | Betydning\n↑ | over reference\n↓ | under reference",
        "Præparat | Dosis | [Givet af] | Kl.\nFurix | 40 mg | [Ruth Hvid] | 22",
        "[Ring] op: 1813 | [Sol]/skygge: skygge anbefales",
        "[Mark] | Afgrøde\n1 | byg\n2 | hvede",
    ],
)

# ----------------------------------------------------------------- 16. the citizen and her family
addall(
    "ow_family",
    [
        "Pårørende: [Bo Lind] (ægtefælle), [Ask Lind] (søn)",
        "Ægtefælle [Bo] hjælper med medicinen.",
        "Sønnen [Ask] ringede kl 10 og spurgte til mor.",
        "Barnebarnet [Sol] (14) bor hos dem i weekenderne.",
        "Søster [Else Toft] har nøgle.",
        "[Else] (søster, 66) kører hende til kontrol.",
        "Pt.: [Lind, Kirsten]",
        "Fra: [Kirsten Lind]\nTil: Afsnit K3\nEmne: min mands medicin",
        "SMS fra [Ask] (søn): mor er meget forpustet, skal vi ringe 1813?",
        "[Bo Lind] 08:12: hun har sovet uroligt\nHjemmeplejen 08:20: tak, vi kommer kl 9",
        "Pårørende | Relation | Tlf.\n[Bo Lind] | ægtefælle | 2211 3344\n[Ask Lind] | søn | 4455 6677",
        "[Hr. Lind] er med til samtalen.",
        "[Fru Lind] er træt i dag.",
        "[Familien Lind] ønsker ikke besøg i weekenden.",
        "Hilsen [Kirsten] og <Bo>",
        "[Ask Lind] (søn) har fuldmagt.",
        "Deltagere: [Kirsten Lind], ægtefælle [Bo Lind], søster [Else Toft]",
        "[Kirsten] siger: '<Bo> har lavet mad til mig hver dag'.",
        "[Bo] (64) har selv KOL og kan ikke løfte hende.",
        "[Sol Lind], 14 år, ønsker at være med til samtalen.",
        "[Else Toft] og [Kirsten Lind] er søstre.",
        "Cc: [Ask Lind] (efter aftale med borger)",
        "Familiens sms, vist af pt.: '[Ask], ring lige til mor i aften. Kh [Bo]'",
        "Borger: [Kirsten Lind] | Ægtefælle: [Bo Lind] | Søn: [Ask Lind]",
        "Underskrift: [K. Lind]",
        "[Lind], [Kirsten] 150363-xxxx",
        "[kirsten] ringede selv, <bo> var med i telefonen",
        "Farfar [Bo] og <Sol> har bagt boller.",
        "Fra: [Ask Lind] ([ask.lind]@gmail.com)\nEmne: mors medicin",
        "mor ([Kirsten Lind]) og far ([Bo Lind]) - skrevet af sønnen",
    ],
)

# ----------------------------------------------------------------- 17. non-hidden colleagues
addall(
    "ow_colleagues",
    [
        "Fys. [Per Lauritsen] har trænet trappe med pt.",
        "fysioterapeut [Per] testede gangdistance: 120 m",
        "[Anne Skov] (ssh) morgenbesøg 07:30",
        "ssh [Skov] har hjulpet med bad",
        "Lægesekretær [Lise Bro] har booket tid.",
        "sekretær [Bro] sender indkaldelsen",
        "Psykolog [Liv Holst]: samtale om angst efter indlæggelsen.",
        "psykolog [Liv] har haft første samtale.",
        "Overlæge [Jens Munk], Endokrinologisk Ambulatorium",
        "overlæge [Munk] har ordineret insulinpumpe.",
        "Spl. [Maj Nørgaard] modtog pt. i akutmodtagelsen.",
        "akutspl. [Maj N.] har taget EKG",
        "Bioanalytiker [Lars Rask] tog blodprøver 07:10.",
        "bioanalytiker [Rask] kom kl 7",
        "Diætist [Tina Frost] har lagt kostplan: 1,5 l væske.",
        "diætist [Frost] anbefaler saltreduceret kost",
        "[Ruth Hvid] (ssa, nat) har set til pt. kl 02.",
        "ssa [Hvid] nattevagt",
        "Fra: [Lise Bro]\nTil: [Tina Frost]\nEmne: kostplan",
        "Deltagere: [Jens Munk], [Tina Frost], [Liv Holst]",
        "Dag | Aften | Nat\n[Anne Skov] | [Maj Nørgaard] | [Ruth Hvid]",
        "Referent: [Lise Bro]",
        "Givet af: [Ruth Hvid]",
        "[lars rask] 07:10 blodprøver taget",
        "@[Tina Frost] kan du se på kostplanen?",
        "Besvaret af: [Jens Munk], overlæge",
        "Radiograf [Karsten Holm] har scannet pt.",
    ],
)

# ----------------------------------------------------------------- 18. places, streets, drugs, firms, unlisted people
addall(
    "ow_places",
    [
        "Indlagt på [Hvidovre] Hospital i 2019.",
        "Flyttet fra [Ringkøbing] til Vejle.",
        "[Ringsted] Apotek leverer dosisdispenseret medicin.",
        "Bor på [Skovvej] 12, 7100 Vejle.",
        "Daghjem på [Solgården] mandag og onsdag.",
        "Sommerhus i [Askov].",
        "[Toftlund] Lægehus har sendt journalen.",
        "[Lindholm] Hospice har venteliste.",
        "Genoptræning i [Munkebo].",
        "Var til koncert i [Tangkrogen], Aarhus.",
        "Ferie ved [Mariager] Fjord.",
        "Kom fra [Mali] i 2015, tolkebehov.",
        "[Pilegården] Plejecenter har en ledig aflastningsplads.",
        "[Ringer]-acetat 1000 ml i.v. over 8 timer.",
        "[Hansaplast] på vabel ve. hæl.",
        "[Livial] 2,5 mg dagligt.",
        "[PostNord] har leveret hjælpemidlerne.",
        "[Hvidløgskapsler] tages som naturmedicin.",
        "[Solaraze] gel på aktinisk keratose.",
        "Naboen [Gitte Mogensen] har nøgle.",
        "Taxa ([Ahmed Yilmaz]) henter kl 9.",
        "Vagtlæge [Sørensen] tilså pt. kl 23.",
        "Født i [Ravnkilde], opvokset i Aalborg.",
        "[Dagkirurgisk] Afsnit, Vejle Sygehus.",
        "[Bo-tilbud] [Lindegården] er drøftet.",
        "Firmaet [Bro & Tang ApS] har leveret trappeliften.",
        "[Munk Rengøring] gør rent hver 14. dag.",
        "[Hvid Tandklinik], Vejle",
        "Jobkonsulent [Karen Dybdahl] har fundet en praktikplads.",
    ],
)

# ----------------------------------------------------------------- 19. mailboxes, URLs, files, hashtags, logs of others
addall(
    "ow_structure",
    [
        "Sendt til [post]@laegehuset-torvet.dk",
        "Skriv til [kardiologi.vejle]@rsyd.dk",
        "Se https://www.sundhed.dk/borger/min-side/ for svar.",
        "Vejledning: https://www.vejle.dk/[hjaelpemidler]/[badebaenk].pdf",
        "Fil: //fil01/kardio/[skabeloner]/[epikrise_standard].docx",
        "login: [ansk] | enhed: hjemmepleje",
        "user=[lara] action=view",
        "Ny pjece om væskeindtag #[hjertesvigt] #[dag1]",
        "Husk solcreme #[sol] #[sommer]",
        "@[Anne Skov] tager du nøglen?",
        "@[Lise Bro] book ekko-tid",
        "Vedhæftet: [Ringer_acetat_instruks].pdf",
        "Fil: medicinliste_[Kirsten]_[Lind].pdf",
        "Download: [postoperativ]_[vejledning].pdf",
        "Se https://www.hjerteforeningen.dk/[liv-med-hjertesvigt]/",
        "Mail: [hjemmepleje.midt]@vejle.dk",
        "Digital Post sendt til [Kirsten Lind] 07.05 kl 09:12",
        "2026-05-06 14:02:11 user=[ruhv] action=open doc=plejeplan",
        "Teams-chat:\n[Maj Nørgaard] 09:14: pt modtaget\n[Jens Munk] 09:20: ok",
        "SMS 07:42 fra hjemmeplejen: kommer 15 min senere",
        "Emne: [SV]: [VS]: medicinliste",
        "Sendt: tirsdag 5. [maj] 2026 kl. 10.31",
        "Vedr.: ekko | Prioritet: høj | Status: besvaret",
        "Rekvisitionsnr. [MR]-26-0912",
        "Henvist til [AF]-klinikken, [Dag] 2",
        "Kilde: [FMK] 07:41",
        "Log: 10:02 | system | automatisk afslutning",
        "https://www.rm.dk/[mr-forberedelse]",
        "Billede: IMG_[maj]_2026_[ringfinger].jpg",
        "#[rask] #[frost] #[dag]",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "[Per] aftale med {Per Skov} gives Furix 40 mg [per] os.",
        "{Hans Bro} har beskrevet CT; [hans] konklusion: ingen blødning.",
        "{Bo Tang} hjalp [Kirsten], der ønsker at [bo] hjemme.",
        "{Liv Post} talte med pt. om [livstestamente].",
        "[MR]-scanning udført af {MR}.",
        "[Ring] til {Maj Ring}, hvis pt. ikke kan ligge stille.",
        "{Sol Rask}: borger føler sig [rask] nok til 15 t/uge.",
        "[AF]: Eliquis gennemgået af {AF}.",
        "[EF] 35 % ifølge {EF}.",
        "Furix 80 mg i 100 [ml] - {ML} ordinerede telefonisk.",
        "[Pt.] ADL-testet af {PT}.",
        "{Pil Toft} udsætter træningen: [pil] op ved [CRP].",
        "[BT] 128/74 målt af {BT}.",
        "[LP] planlagt; {LP} har informeret pt.",
        "[DM] type 2 - {DM} har undervist i blodsukkermåling.",
        "Pt. i [SR]; {SR} (jobcentret) er informeret om indlæggelsen.",
        "[PS]: {PS} ringer i morgen.",
        "[Frost] og glat føre - «farmaceut» {Frost} kommer ikke i dag.",
        "[Hvide] blodlegemer 14 - {Ravn Hvid} anbefaler ny prøve.",
        "ssa {Bo} kom kl 8; ægtefællen [Bo] var ude at handle.",
        "{Dag Munk} ringer i [dag] eller i morgen.",
        "Besvaret [af] {AF}",
        "{Else Fjeld}: '[EF] is low, [else] fine'",
        "Givet [af]: {LP} | [LP]: ikke indiceret",
    ],
)

addall(
    "mx_people",
    [
        "[Per Lauritsen] (fys.) og {Per Skov} («reservelæge») talte sammen.",
        "Sekretær [Lise Bro] skrev for «overlæge» {Hans Bro}.",
        "Psykolog [Liv Holst] og sygeplejerske {Liv Post}",
        "Overlæge [Jens Munk] og «diabetessygeplejerske» {Dag Munk}",
        "[Maj Nørgaard] (akut) og «radiograf» {Maj Ring}",
        "Diætist [Tina Frost] og «farmaceut» {Ask Frost}",
        "ssa [Ruth Hvid] (nat) og «overlæge» {Ravn Hvid}",
        "Ægtefælle [Bo Lind] og ssa {Bo Tang}",
        "Barnebarn [Sol] (14) og «sagsbehandler» {Sol}",
        "Søn [Ask Lind] og «farmaceut» {Ask Frost}",
        "Søster [Else Toft] og «overlæge» {Else Fjeld}",
        "[Kirsten Lind] og «egen læge» {Mark Lind} er ikke i familie.",
        "«radiograf» {Maj} og akutspl. [Maj]",
        "<Per> ringer i morgen.",
        "<Liv> har skrevet notatet.",
        "<Munk> har svaret.",
        "<Maj> er på vagt.",
        "<Hvid> har godkendt.",
        "<Bo> kommer kl 8.",
        "<Sol> har ringet.",
        "<Ask> har sendt en sms.",
        "<Else> var her i dag.",
        "<Lind> har ringet.",
        "Nat: <RH>",
    ],
)

addall(
    "mx_notes",
    [
        "EPIKRISE\nPt.: [Kirsten Lind], 150363-xxxx\nIndlagt: 02.05 - 07.05\nDiagnoser: [AF], hjertesvigt ([EF] 35 %), [DM] type 2\nEkko: {Else Fjeld}\nDikteret af: {Per Skov}\nKopi: «egen læge» {Mark Lind}",
        "Fra: {Liv Post} ({liv.post}«@rm.dk»)\nTil: [post]@laegehuset-torvet.dk\nCc: [Ask Lind]\nSendt: 7. [maj] 2026\nEmne: udskrivelse\n\nKære {Mark Lind}\n[Kirsten Lind] udskrives i dag. [Hb] 6,9, [BT] 118/70, i [SR].\nMvh {Liv}",
        "Vagtplan K3 uge 19\nDag | Aften | Nat\n{LP} | [Maj Nørgaard] | [Ruth Hvid]\n{LP} | vikar | <RH>",
        "Medicinadministration 06.05\nKl | Præparat | Dosis | Givet af\n08 | Eliquis | 5 mg | {LP}\n08 | [Ringer]-acetat | 1000 [ml] | {LP}\n20 | Eliquis | 5 mg | [Ruth Hvid]",
        "Referat, udskrivelseskonference 06.05\nDeltagere: [Kirsten Lind], [Bo Lind] (ægtefælle), {Liv Post}, {Pil Toft}, {Bo Tang} (hjemmeplejen)\nAfbud: {Sol Rask}\nReferent: {PT}\n1. <Bo> ønsker hjælp til bad.\n2. {Pil} leverer badebænk.\n3. {Bo T.} starter [BT]-måling x 1 dagligt.",
        "SMS-tråd (hjemmeplejens telefon):\n07:42 {Bo Tang}: kommer kl 8.15\n07:43 [Kirsten]: ok, <Bo> er hjemme\n08:40 {Bo Tang}: [BT] 142/88, medicin givet",
        "RADIOLOGISK SVAR\nUndersøgelse: [MR] cerebrum\n«Radiograf»: {MR}\nBeskrevet af: {Hans Bro}\nKonklusion: lille ældre infarkt; ingen blødning.\nKopi: {Per Skov}",
        "LABORATORIESVAR\nAnalyse\tResultat\tRef.\n[Hb]\t6,9\t7,3-9,5\n[INR]\t2,4\t\nKommentar: hæmolyse, ny prøve anbefales. /{Ravn Hvid}",
        "Jobcenter Vejle - journalnotat\n«Sagsbehandler»: {Sol Rask}\nBorger: [Kirsten Lind]\nLÆ 265 modtaget fra {Mark Lind}.\nBorger føler sig ikke [rask]. Plan: delvis [raskmelding] fra 01.07.\n/{SR}",
        "Teams:\n@{asfr} kan du se på Digoxin?\n{Ask Frost} 10:02: seponér, [AF] er frekvenskontrolleret.\n[Maj Nørgaard] 10:05: ok, [ringer] til {Per Skov}",
        "Log:\n2026-05-06 10:02 {pesk} åbnede journal\n2026-05-06 10:04 [lara] åbnede laboratoriesvar\n2026-05-06 10:10 {rahv} godkendte [Hb]",
        "Henvisning til ergoterapi\nFra: {Per Skov}\nTil: {Pil Toft}, Vejle Genoptræning\nBorger: [Kirsten Lind], [Skovvej] 12\nPårørende: [Bo Lind] (ægtefælle), [Else Toft] (søster)",
        "Diabetesambulatoriet\n[Dag] 1: {Dag Munk} - undervisning i [BS]-måling\n[Dag] 2: [Jens Munk] - insulinstart\n[HbA1c] 61 / [DM] 2",
        "Til: {Sol Rask}\nFra: [Ask Lind]\nEmne: min mor\nHej {Sol}\nMor er indlagt igen. Min datter [Sol] (14) passer hunden.\nMvh [Ask]",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
