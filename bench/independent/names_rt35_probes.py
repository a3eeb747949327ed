"""Red-team probes for indsigt name hiding (rt35): home-care and nursing-home notes, psychiatry
incidents, minutes of network/child-protection meetings, letters and e-mails, OCR/PDF artefacts,
abbreviated names and initials - and the over-hiding traps (clinical shorthand, the citizen's
family, non-hidden colleagues) of the same genres.

Markup inside each probe text:
  {...}  must be gone (hidden staff mention)      -> not fully covered by spans = LEAK
  [...]  must stay (citizen, relative, colleague, word) -> any span over it = OVER-HIDE
  <...>  debatable: outcome recorded, never a failure
  «...»  don't care (a title or role word next to a hidden name, a genitive -s, the domain of a
         hidden person's e-mail address, the rest of a URL, a direct phone line, digits glued
         to initials)
Unmarked letters/digits are also must-stay: a span covering them = OVER-HIDE (unmarked).
Literal square/curly brackets, < and « cannot appear in a probe (they are markup).

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new, not rt30-rt34's). Every hidden person has a name part that is a Danish word or
looks like an abbreviation, and most initials are a word or a clinical abbreviation:
  Dag Mose (DM = diabetes mellitus; dag = day, mose = bog / to mash), Maj Ring (MR = MR-scanning;
  maj = May, ring = call), Pil Toft (PT = patient / prothrombin time; pil = arrow), Liv Stær
  (liv = life, stær = cataract), Anker Falk (AF = atrieflimren / "af"; Falck = ambulance firm),
  Orla Kamp (OK = okay; kamp = fight), Bror Eng (BE = base excess; bror = brother, eng = meadow,
  Eng = the citizen's family name), Tor Glad (TG = triglycerid; tor. = Thursday, glad = happy),
  Birte Ager-Dal (double family name; BAD = bad/bath), Na Li (Chinese, family name Li; Na =
  sodium, Li = lithium), Helle Brun (HB = haemoglobin; brun = brown), Søs Frisk (søs = sis,
  frisk = well/fresh), Ane Kvist (AK = antikoagulation; ane = to sense, "aner ikke").
Non-hidden colleagues share parts: Karina Mose, Jesper Falk (overlæge), Rikke Glad (ssa), Wei Li
(sygeplejerske), Kasper Kamp (pædagog), Helle Nørgaard (ssh), Pil Lauritsen (fysioterapeut).
The citizen Jytte Eng (46, bipolar on lithium, type 2 diabetes, home care) shares "Eng" with
hidden Bror Eng; her son Tor Eng (15, child-protection case) shares "Tor" with Tor Glad, her
daughter Liv Eng shares "Liv" with Liv Stær, her ex-husband Kenneth Brun shares "Brun" with
Helle Brun, her mother Maj Eng shares "Maj" with Maj Ring. Unlisted people (must simply stay):
Morten Rye (egen læge), Susanne Vad (klasselærer), Anne and Poul Dal (plejefamilie), Merete Fogh.

Written by a red-team helper that had not seen the matcher's rules, word lists, tests or the
changelog (rt35, 07.12), as a held-out measure of that day's rules: the code before them
(7fb0865) 47 leaks / 35 over-hides, the code with them (c3e40cd) 45 / 33.

My own standard for the markup (written before the run; fixes after the run follow it only):
  * a name part owned only by hidden staff, used as a name (subject, object, after a preposition,
    v/, sign., in a list, a table, a signature, a handover), must be gone - in any case, bare,
    family-first, abbreviated ("A. Falk", "Falk A"), and as registered initials in a staff
    position (sign., v/, Ref., Ansvarlig, after a time, in a visit list);
  * OCR/PDF damage of one kind per name (a line-break hyphen, one l/1, O/0, rn/m, i/l, B/8
    substitution, a stray space or dot, lost or transliterated diacritics, a ligature, spaced
    letters, glued parts, soft hyphen, zero-width or no-break space, wrong case) must be gone;
  * a bare part shared with a non-hidden colleague is debatable, unless the hidden person's own
    registered title or another name part/initial settles it ("reservelæge Falk", "O. Kamp"
    gone; "K. Kamp" stays; "overlæge Falk", "dr. Li", "ssa Glad" debatable);
  * a bare part shared with the citizen or a relative is debatable unless the context settles
    it: a relative's role word ("datteren Liv", "sønnen Tor", "(far)") -> stays; a staff role or
    staff action ("spl. Liv", "aftenvagten (Tor)", "Hilsen Liv / Distriktspsykiatrien") -> gone;
    (read after the run as: the text itself must say who the relative is - a role word, an age
    in a child conversation, school, calling the citizen "mor"; otherwise debatable)
  * the e-mail local part or URL slug carrying a hidden name must be gone, the domain and rest
    of the URL are don't-care; direct phone lines next to a hidden name are don't-care;
  * derived initials that were never registered (4-letter "ANFA", "SØFR") are debatable;
  * clinical abbreviations, lab values, words, months, weekdays, place, street, firm and
    medicine names must stay, also when they are spelt exactly like a hidden name part or
    initials, and in a text that also names the hidden person.

Written by a red-team helper that had not seen the matcher's rules, word lists or tests (rt35).
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (by the rule on shared parts above; no probe dropped): seven
bare "Tor"/"Liv" that I had marked must-stay without the text saying they are the son/daughter
became debatable (Pkt. 4 ..., ... følger Tor til fodbold x2, Hej Tor, ... henter Tor fredag,
... Liv og Tor er det eneste ..., OK: OK aften, Tor sov ...).

Run:  .venv/bin/python bench/independent/names_rt35_probes.py [-v]
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    # dag = day (i dag, dag 3, dagvagt); mose = bog, "mose" = to mash (moset kost); DM = diabetes
    Person(
        "s1",
        "Dag",
        "Mose",
        initials=("DM",),
        usernames=("damo",),
        emails=("dag.mose@aalborg.dk",),
        titles=("ssa",),
    ),
    # maj = May; ring = call / ring (ring til lægen, vielsesring, ringe = poor); MR = MR-scanning
    Person(
        "s2",
        "Maj",
        "Ring",
        initials=("MR",),
        usernames=("mari",),
        emails=("mari@aalborg.dk",),
        titles=("ssh",),
    ),
    # pil = arrow / willow; PT = pt. (patient), PT (prothrombin time), p.t. (for tiden)
    Person(
        "s3",
        "Pil",
        "Toft",
        initials=("PT",),
        emails=("pil.toft@aalborg.dk",),
        titles=("sygeplejerske",),
    ),
    # liv = life (livet, livstruende); stær = starling, grå stær = cataract
    Person("s4", "Liv", "Stær", initials=("LS",), usernames=("list",), titles=("sygeplejerske",)),
    # anker = anchor (Anker Heegaards Gade); falk = falcon, Falck = ambulance firm; AF = af / AFLI
    Person(
        "s5",
        "Anker",
        "Falk",
        initials=("AF",),
        emails=("anker.falk@rn.dk",),
        titles=("reservelæge",),
    ),
    # kamp = fight (kampen); OK = ok
    Person("s6", "Orla", "Kamp", initials=("OK",), titles=("pædagog",)),
    # bror = brother; eng = meadow, eng. = engelsk; Eng = the citizen's family; BE = base excess
    Person(
        "s7",
        "Bror",
        "Eng",
        initials=("BE",),
        emails=("bror.eng@aalborg.dk",),
        titles=("socialrådgiver",),
    ),
    # tor. = torsdag; glad = happy; TG = triglycerid; Tor = the citizen's son
    Person("s8", "Tor", "Glad", initials=("TG",), usernames=("togl",), titles=("ssa",)),
    # double family name: ager = field, dal = valley (dalende); BAD = bad (bath)
    Person(
        "s9",
        "Birte",
        "Ager-Dal",
        initials=("BAD",),
        emails=("birte.ager-dal@aalborg.dk",),
        titles=("ergoterapeut",),
    ),
    # Chinese name, family name Li, often written family-first "Li Na"; Na = sodium, Li = lithium
    Person("s10", "Na", "Li", initials=("NL",), emails=("na.li@rn.dk",), titles=("overlæge",)),
    # brun = brown; HB = Hb (haemoglobin); Brun = the citizen's ex-husband
    Person("s11", "Helle", "Brun", initials=("HB",), titles=("ssh",)),
    # søs = sis (lillesøs); frisk = well / fresh; SF = SF-36
    Person("s12", "Søs", "Frisk", initials=("SF",), titles=("plejer",)),
    # ane = to sense (aner ikke); kvist = twig / attic (kvisten); AK = antikoagulation
    Person(
        "s13",
        "Ane",
        "Kvist",
        initials=("AK",),
        emails=("ane.kvist@aalborg.dk",),
        titles=("familiebehandler",),
    ),
]
OTHERS = [
    ("Karina", "Mose"),  # ssh - shares family with hidden Dag Mose
    ("Jesper", "Falk"),  # overlæge - shares family with hidden Anker Falk
    ("Rikke", "Glad"),  # ssa - shares family with hidden Tor Glad
    ("Wei", "Li"),  # sygeplejerske - shares family with hidden Na Li
    ("Kasper", "Kamp"),  # pædagog - shares family with hidden Orla Kamp
    ("Helle", "Nørgaard"),  # ssh - shares given with hidden Helle Brun
    ("Pil", "Lauritsen"),  # fysioterapeut - shares given with hidden Pil Toft
]
CITIZEN = [("Jytte", "Eng")]  # shares family with hidden Bror Eng
RELATIVES = [
    ("Tor", "Eng"),  # søn, 15 år - shares given with hidden Tor Glad
    ("Liv", "Eng"),  # datter, 22 år - shares given with hidden Liv Stær
    ("Kenneth", "Brun"),  # ex-mand, Tors far - shares family with hidden Helle Brun
    ("Maj", "Eng"),  # mor, 75 år - shares given with hidden Maj Ring
]

P = Probes()  # (class, text, note)
add = P.add
addall = P.addall


# ============================================================================= LEAK PROBES

# ----------------------------------------------------------------- 1. home care, nursing home
addall(
    "lk_homecare",
    [
        "besøg kl 7 v/ {Dag}. morgenmedicin givet, bs 8,2.",
        "besøg kl 7 v/ {dag mose}, ssa. morgenmed. givet.",
        "kl 07.30 {maj} – hjælp til bad og påklædning. [jytte] i godt humør.",
        "aflyst – {maj ring} syg. besøg overtaget af spl. {pil}.",
        "aflyst – {Tor Glad} syg, ingen afløser. {Glad}«s» besøg fordelt på ruten.",
        "Besøgsliste man. 11/3:\n07.00 [Jytte Eng] – {Dag M.}\n09.30 [Jytte Eng] – {Helle B.}\n"
        "12.00 [Jytte Eng] – {Maj R.}",
        "overlevering til aften: {tor g} har skiftet forb. på ve. fod. obs sår, ring til spl. {pil} "
        "hvis det bløder.",
        "«sygepl.» {pil} har doseret medicin for 14 dage, se dosisdispenser.",
        "{dag} og {maj} på dobbeltbesøg kl 8 (lift).",
        "dobbeltbesøg: {DM}+{MR} kl 8.00",
        "kørelisten ændret: {birte ager-dal} kommer kl 13 ang. hjælpemidler.",
        "«ergo» {birte} har målt op til badebænk.",
        "{ager-dal} har bestilt toiletforhøjer, leveres uge 14.",
        "hjemmehjælp aflyst pga. sygdom hos ssa {mose}.",
        ("<mose> ringede fra bilen: kommer 20 min forsinket.", "Mose = Karina too"),
        "{dag mose}«s» bil punkteret, {tor glad} tager 9.30-besøget.",
        "tlf. fra {maj}: borger åbnede ikke. nøgle brugt. borger lå på gulvet, ikke slået. "
        "hjulpet op.",
        "fald kl 15.40 – fundet af {helle brun} ssh. ingen synlige skader. læge orienteret.",
        "sårpleje v/ {PT}: sår 2x3 cm, let sivende. næste skift tors.",
        "INR taget af {pil toft} kl 10, svar til egen læge.",
        "{Pil T.} har talt med datter [Liv] om medicinskift.",
        "hjemmeplejen gruppe nord: kontaktperson {Tor Glad}, stedfortræder {Maj Ring}.",
        "kontaktperson: {tor glad} (ssa)",
        "primær: {DM} / sekundær: {HB}",
        "ugeskema: man/ons/fre bad v/ {Helle B.}",
        ("borger ønsker ikke at <Tor> kommer mere – 'han er for hurtig'.", "Tor = son too"),
        "handover 15.00: ssa {mose} → {helle brun}: obs væskeindtag, skema på køleskab.",
        "{Helle Brun} har købt ind (Netto) – kvittering i mappen.",
        "rengøring hver 14. dag v/ {Maj}. næste gang 25/3.",
        "vagtplan uge 12: D: {Dag}, {Maj}, {Tor G.}; A: {Helle B.}, {Birte}",
        "plejehjem Solhaven, afd. B: {TG} har givet PN kl 22 (panodil 1 g).",
        "stuegang afd. B: til stede {Tor G}, {Helle B}, spl. {Pil Toft}.",
        "dag: {dag} / aften: {helle brun} / nat: vikar",
        "aftenvagten ({Tor}) fandt borger forvirret i entréen kl 21.",
        "obs! {Maj} har glemt at låse – nøglen sad i døren. leder orienteret.",
        "sms fra {Dag}: '[jytte] vil ikke op i dag, prøver igen kl 10'",
        "{D. Mose} 08:05-08:35 personlig pleje",
        "kvittering: ydelse 3.2 udført af {mose dag} kl 7.45",
        "tidsregistrering: {damo} 07:02 ind / 07:31 ud",
        "login {togl} – dokumenteret kl 21:14",
        "Udført af: {Maj Ring}, ssh    Dato: 14.03.2024",
        "Journalnotat skrevet af {Helle Brun} (ssh) for {Tor Glad} (ssa)",
        ("aftalt med <pil> at hun kommer hver tirsdag og doserer.", "Pil = Pil Lauritsen too"),
        "{toft} kommer i morgen formiddag og ser på såret.",
        "spl. {toft} vil gerne have at borger drikker 1,5 l.",
        "weekend: {Tor G} + vikar",
        "{Dag} var ikke mødt ind, så {Maj} tog morgenbesøget.",
        "«arbejdstlf.» {Maj Ring} «2145 3344»",
        "besøg aflyst, {birte a-d} syg",
        "nat: tilset kl 02 og 04 af ssa {Tor}. sov.",
        "<mose>/{ring} dobbeltbesøg aflyst – kun én kunne komme.",
        "ydelser udført: bad (v/{HB}), frokost (v/{DM}), medicin (v/{PT})",
        "hjælp til kompressionsstrømper morgen – {helle b.} viste ny ssh hvordan.",
        "tilsyn 22.15 {tor}: borger sov, ble skiftet.",
        "besked til {maj}: husk at bestille bleer til borger.",
    ],
)

# ----------------------------------------------------------------- 2. psychiatry
addall(
    "lk_psych",
    [
        "Kl. 14.20 blev pt. truende over for «plejer» {Søs Frisk} og slog ud efter hende.",
        "Pt. råbte: 'Jeg slår dig ihjel, {Søs}!'",
        "Pt. siger, at «spl.» {Liv} lyver om hende i journalen.",
        "Magtanvendelse: fastholdelse kl. 21.05-21.12. Deltagende personale: {Søs Frisk}, "
        "{Liv Stær}, {Anker Falk} (vagthavende læge).",
        "Beslutning om bæltefiksering truffet af «overlæge» {Na Li} kl. 02.10.",
        "Bæltefiksering ophørt kl. 06.30 efter vurdering ved {Li Na}, «overlæge».",
        "Skærmning ved {Søs} og {Orla} fra kl. 22 til 07.",
        "Pt. kaldte {Frisk} for 'en led heks' og spyttede.",
        "Pt. har rettet trusler mod «reservelæge» {Falk} og vil 'tage ham'.",
        "Pt. ønsker ikke at tale med {Liv Stær}; hun er 'en del af planen'.",
        "Pt. truede med at finde ud af, hvor {Søs Frisk} bor.",
        "Pt. spurgte gentagne gange efter «spl.» {Liv}«s» privatadresse.",
        "Skærmningsniveau 2. Kontaktperson i dag: {LS}.",
        "Tvangsprotokol: Ansvarlig «læge» {NL}. Udført af {SF}, {LS}.",
        "Pt. slog {Søs} i ansigtet med knytnæve. {Søs} anmelder forholdet til politiet.",
        "Pt. kastede kop efter «plejer» {Frisk}, ramte ikke.",
        "Pt. sagde til {Liv Stær}: 'Du ligner min datter.'",
        "Pt. oplyser, at «plejeren» {Orla} har 'kigget på hende i badet'. Klagen videregivet.",
        "Episode: pt. bed {SF} i underarmen; {SF} tilset af {AF}.",
        "Pt. fastholdt i seng af {Søs Frisk} og {Orla Kamp} (arme) og {Liv Stær} (ben).",
        "Udskrivningssamtale v/ {Na Li} og {Liv Stær}. Pt. ikke enig i udskrivelse.",
        "Pt. vil klage over {Anker Falk} og {Na Li} til Styrelsen for Patientklager.",
        ("Pt.: 'Den kinesiske «læge», <Li>, giver mig gift.'", "Li = Wei Li too"),
        "Pt. nægter at tage Lithium fra {Na}; tager det fra natten.",
        "Pt. kalder hende 'søster {Søs}' og griner.",
        "Aftenvagt {SF} + {OK}: rolig aften, pt. så tv.",
        "Pt. har skrevet et brev til {Liv Stær}, som er lagt i journalen.",
        "Pt. har tegnet {Frisk} med en kniv i ryggen. Tegningen er fjernet.",
        "Skærmning: {S. Frisk} 19-23, {L. Stær} 23-07.",
        "Pt. skubbede «plejer» {Liv} mod væggen i fællesstuen.",
        "UTH: Pt. faldt under fastholdelse. Involveret: {Søs Frisk} («plejer»), {Anker Falk} "
        "(«læge»).",
        "Pt. truer: 'Jeg ved hvor {Orla}«'s» unger går i skole.'",
        "Tvangsmedicinering (Cisordinol 10 mg i.m.) givet af {LS}, overværet af {SF} og {NL}.",
        "Pt. siger, hun hører {Søs Frisk}«s» stemme i væggene.",
        "Pt. kalder {Anker} 'kaptajnen' og gør honnør.",
        "Trusler om vold mod personalet ({Søs}, {Orla}) – politianmeldelse overvejes.",
        "Pt. vred over at {Stær} har læst hendes dagbog.",
        ("Pt. siger at <Kamp> er 'den eneste, der forstår mig'.", "Kamp = Kasper too"),
        "Pt. beder om at få {Søs} som kontaktperson igen.",
        "Under fiksering råbte pt.: '{Frisk}! {Frisk}! Slip mig!'",
        "Efter episoden talte {Liv S.} med pt. om hændelsen (eftersamtale).",
        ("<Vagtlæge Falk> tilkaldt kl. 03.15.", "Falk = Jesper too"),
        "Pt. kastede sin telefon mod sygeplejerske {Stær}.",
        "Kontaktpersoner: {Liv Stær} (primær), {Søs Frisk} (sekundær).",
        "Pt. siger: '{Orla} og {Søs} er kærester, det ved alle.'",
        "Pt. har på Facebook skrevet om {Søs Frisk} og lagt billede op af hende.",
        "Pt. vil kun tale med «overlæge» {Li} – ikke med reservelægen.",
        "Pt. råber efter {ankerfalk} og {søsfrisk} på gangen.",
        "Pt. angiver, at {Orla Kamp} tog hendes telefon under visitationen.",
        "Pt. græd og sagde, at {Liv} er den eneste, hun stoler på på P3.",
    ],
)

# ----------------------------------------------------------------- 3. minutes
addall(
    "lk_minutes",
    [
        "Netværksmøde 12.03.2024\nTil stede: [Jytte Eng], datter [Liv Eng], {Bror Eng} "
        "(«socialrådgiver»), {Pil Toft} (hjemmesygeplejen), {Liv Stær} (distriktspsykiatrien)\n"
        "Afbud: {Anker Falk}\nRef.: {Bror Eng}",
        "Til stede: {BE}, {AK}, {OK}, [Jytte Eng], [Tor Eng]",
        "Ref.: {AK}",
        "Referent: {Ane Kvist}",
        "Afbud: {Orla Kamp} (syg), [Kasper Kamp]",
        "Ansvarlig: {Bror} – frist 1/4",
        "Opgave | Ansvarlig | Frist\nSøge aflastning | {BE} | 1/4\nKontakt skole | {Ane} | 15/4\n"
        "Medicingennemgang | {Pil T.} | uge 15",
        "- {Bror} sender referat\n- {Ane} kontakter skolen\n- [Jytte] overvejer tilbuddet",
        "• [Tor Eng] (søn, 15 år) deltog de første 20 min.\n• {Orla} («pædagog», bostedet) "
        "fortalte om weekenden",
        "Børnefaglig undersøgelse § 50 – møde på skolen. Deltagere: [Tor Eng], mor [Jytte Eng], "
        "far [Kenneth Brun], klasselærer [Susanne Vad], {Ane Kvist} («familiebehandler»), "
        "{Bror Eng} («rådgiver»).",
        "Ref. {A. Kvist} 14.03.24",
        "Til stede: [Jytte], datteren [Liv], {Bror} («rådg.»), {Ane} («fam.beh.»)",
        "Næste møde: 23. april kl. 10 hos {Bror Eng}, Jobcentret.",
        "Mødeleder: {Bror E.}  Referent: {Ane K.}",
        "Pkt. 3: {Anker Falk}«s» notat om medicin gennemgået.",
        "Pkt. 4: <Tor> fortæller, at han er [glad] for {Orla}.",
        "Det blev aftalt, at {Orla Kamp} følger <Tor> til fodbold om tirsdagen.",
        "Afbud: [Kenneth Brun] (far), {Helle Brun} (hjemmeplejen)",
        "Til stede (Teams): {Na Li} («overlæge»), {Liv Stær} («spl.»)",
        "Handleplan – ansvarlige: 1) {BE} 2) {AK} 3) [Jytte] selv",
        "Ref: {AK}/{BE}",
        "Kopi: {Bror Eng}, {Ane Kvist}, sagen",
        "Teammøde hjemmeplejen 15/3: {Dag}, {Maj}, {Tor G.}, {Helle B.}, {Birte A-D}",
        "Drøftet: {Maj} oplever borger som mere trist. {Dag} enig.",
        "Evaluering: Familiebehandlingen ved {Ane Kvist} fortsætter 3 mdr.",
        "Beslutning: Sagen overgår fra {Bror Eng} til ny rådgiver pr. 1. juni.",
        "Børnesamtale med [Tor] (15) v/ {Bror}. [Tor] ønsker at bo hos far.",
        "Statusmøde\n\nDeltagere:\n- {Ane Kvist}\n- {Orla Kamp}\n- [Tor Eng]\n- [Jytte Eng]",
        "Orienteringspunkt ({Anker Falk}): ingen ændringer i medicinen.",
        "Opfølgning (ansvar: {Bror E.} og {Orla K.})",
        "{Ane} og {Orla} observerede samspillet mellem mor og søn.",
        "Fraværende: {Liv Stær} (ferie)",
        "Referatet godkendt af {Bror}, {Ane}, [Jytte] og [Kenneth].",
        "Ordstyrer: {Na Li}; referent: {Liv S.}",
        "Mødet sluttede 11.40. /{BE}",
        "Underskrifter: ______ {Bror Eng}   ______ [Jytte Eng]",
        "Deltagere: {Kvist}, {Kamp O.}, [Kasper Kamp], [Jytte Eng]",
        "Punkt 2 (v/ {Ane}): Mor og [Tor] har haft tre gode uger.",
        "Action: {ane} laver aftale med PPR; {bror} søger § 52.",
        "Til stede: {Eng B.} (Jobcenter), [Eng J.] (borger)",
        "Ansvarlig for opfølgning: {BAD} (hjælpemidler), {PT} (medicin), {MR} (praktisk hjælp)",
        "Mødet blev holdt hjemme hos [Jytte]. {Bror} og {Ane} deltog.",
        "Afbud fra {Ane Kvist} – punktet om samvær udsat.",
        "Ref.: {bror eng} 12/3-24",
        "Deltagere: {Søs Frisk}, {Orla Kamp} og [Kasper Kamp] fra bostedet",
    ],
)

# ----------------------------------------------------------------- 4. letters and e-mails
addall(
    "lk_letters",
    [
        "Med venlig hilsen\n\n{Bror Eng}\n«Socialrådgiver»\nJobcenter Aalborg\nTlf. «9931 2233»",
        "Med venlig hilsen\n{Ane Kvist}, «familiebehandler»",
        "Venlig hilsen\n{Pil Toft}\n«sygeplejerske», Hjemmesygeplejen Øst",
        "Mvh {Dag}",
        "Mvh. {Maj} / hjemmeplejen",
        "Kære [Jytte]\n\nTak for i dag. Vi ses igen tirsdag.\n\nHilsen {Liv}\n"
        "Distriktspsykiatrien Aalborg",
        "Du er velkommen til at kontakte mig på {dag.mose}«@aalborg.dk» eller tlf. «2123 4455».",
        "Skriv til {bror.eng}«@aalborg.dk», hvis du har spørgsmål.",
        "Fra: {Bror Eng} ({bror.eng}«@aalborg.dk»)\nTil: [Jytte Eng]\nEmne: Møde næste uge",
        "Til: [Jytte Eng]\nFra: {Ane Kvist}\nEmne: Samvær i påsken",
        "Se mere på «https://aalborg.dk/kontakt/»{ane-kvist}",
        "Book tid: «https://booking.rn.dk/»{anker.falk}«/kalender»",
        "Læs om din rådgiver på «www.aalborg.dk/medarbejdere/»{bror-eng}«.aspx»",
        "Din sag behandles af {Bror Eng}, «socialrådgiver», direkte tlf. «9931 2233».",
        "«Sagsbehandler»: {BE}  J.nr. 27.12.04-G01-12-24",
        "Vi har modtaget din klage over {Anker Falk}«s» behandling den 4. marts.",
        "Kære [Jytte Eng]\nDu har fået en ny tid hos «overlæge» {Na Li} den 3. april kl. 10.30.",
        "Indkaldelse til samtale med «overlæge» {Li}, Psykiatrisk Ambulatorium.",
        "Med venlig hilsen\n\n{Li Na}\n«Overlæge», ph.d.",
        "På vegne af {Bror Eng}\n\n[Merete Fogh], administrativ medarbejder",
        "Hilsen fra os alle – {Dag}, {Maj}, {Tor G.} og <Helle>",
        "Kære [Jytte]. Jeg er desværre syg i dag, så {Maj} kommer i stedet. «Kh» {Dag}",
        "E-mail: {pil.toft}«@aalborg.dk» | Tlf.: «2233 4455»",
        "Besvar venligst til {ane.kvist}«@aalborg.dk» senest fredag.",
        "Sendt fra min iPhone\n\n{Bror}",
        "Kontakt: «mailto:»{birte.ager-dal}«@aalborg.dk»",
        "Vi ses på torsdag.\n/{ak}",
        "Med venlig hilsen / Best regards\n{Na Li}, «MD», «PhD»\n«Chief Physician»",
        "Brevet er skrevet af {Anker Falk}, «reservelæge», og godkendt af «overlæge» {Na Li}.",
        "Svar på din henvendelse af 3. marts\n\nVi har talt med {Søs Frisk}, som beklager "
        "episoden.",
        "Afgørelsen er truffet af {Bror Eng} på vegne af Aalborg Kommune.",
        "Kontaktoplysninger: {Birte Ager-Dal}, «ergoterapeut», Hjælpemiddelcentret",
        "Hej [Jytte] 😊 Vi ses torsdag. Hilsen {Pil} («sygeplejersken»)",
        "Mvh\n{DM}\nHjemmeplejen Nord",
        "Vedr.: [Jytte Eng], cpr 010178-xxxx\nKontakt: {bror.eng}«@aalborg.dk»",
        "Kopi til: egen læge, {Pil Toft} (hjemmesygeplejen)",
        "Kære [Jytte]\n\nSom aftalt sender jeg ansøgningen.\n\nDe bedste hilsner\n{Ane}",
        "Med venlig hilsen\n\n{Helle Brun} | ssh | Hjemmeplejen Syd",
        "Hilsen {Orla} fra Bostedet Ankerhus",
        "Med venlig hilsen\n{Søs Frisk}\n«Plejer», Afsnit P3",
        "Venlig hilsen\n{S. Frisk}",
        "Thanks, see you Monday.\nBest, {Na}",
        "Hej <Tor>\nHusk vores aftale på onsdag kl. 15.\nHilsen {Orla}",
        "Ring endelig, hvis der er noget.\nVH {Tor} (hjemmeplejen)",
        "Kære [Jytte Eng]\n\nDin kontaktperson er fremover {Maj Ring}, ssh. Hun kan træffes på "
        "«2145 3344».",
        "Afsender: {na.li}«@rn.dk»",
        "Med venlig hilsen\n{BROR ENG}\n«SOCIALRÅDGIVER»",
    ],
)

# ----------------------------------------------------------------- 5. OCR / PDF artefacts
addall(
    "lk_ocr",
    [
        "Med venlig hilsen\n{Birte Ager-\nDal}",
        "Med venlig hilsen\n{Ane Kvi-\nst}, «familiebehandler»",
        "Fastholdt af {Søs Fri-\nsk} og {Liv Stær}.",
        "Besøg v/ {Dag Mo se}",
        "«Sagsbehandler»: {D a g  M o s e}",
        "UDFØRT AF: {DAG MOSE}",
        "udført af: {dAG mOSE}",
        "Hilsen {Pi1 Toft}",
        "Vurderet af {Anker Fa1k}, «reservelæge».",
        "Til stede: {0rla Kamp}",
        "Til stede: {Orla Karnp}",
        "Skærmning: {Ane Kviﬆ}",
        "Kontaktperson: {Liv ﬆær}",
        "Ref.: {Bror. Eng}",
        "Udført af {Maj R ing}",
        "Fastholdelse: {Søs Frlsk}",
        "«Sagsbehandler»:{BrorEng}",
        "«Sagsbehandler»:\n{Bror\nEng}",
        "«Sagsbehandler»: {B r o r  E n g}",
        "«Sagsbehandler»: {bror ENG}",
        "Vurderet af {Anker F alk}",
        "Vurderet af {Anker Fal\u00adk}",
        "Besøg v/ {Dag\u200bMose}",
        "Besøg v/ {Dag\u00a0Mose}",
        "«Plejer» {Sos Frisk} til stede.",
        "Spl. {Liv Staer} til stede.",
        "«Plejer» {Soes Frisk} til stede.",
        "«Ergoterapeut» {Birte Ager Dal}",
        "«Ergoterapeut» {Birte AgerDal}",
        "«Ergoterapeut» {Birte Ager–Dal}",
        "«Ergoterapeut» {Birte Ager‐Dal}",
        "Udført af {He1le Brun}",
        "Udført af {Helle 8run}",
        "Dokumenteret af {Tor G1ad}",
        "Vurderet af {An-\nker Falk}",
        "Navn | {Maj} | {Ring} | ssh",
        "Med venlig hilsen\n\n~{Bror Eng}~",
        "«Overlæge»: {NaLi}",
        "«Overlæge»: {Na  Li}",
        "«Familiebehandler» {Ane Kv1st}",
        "KONTAKTPERSON: {LIV STÆR}",
        "{TOFT, PIL} – hjemmesygeplejen",
        "«Plejer» {S0s Frisk}",
        "Besøg v/ {Dag Mose}.Morgenmedicin givet.",
        "udført af:{maj ring}«ssh»",
        ("Besøg v/ <Рil Тoft>", "Cyrillic homoglyphs from a PDF"),
    ],
)

# ----------------------------------------------------------------- 6. abbreviations, initials
addall(
    "lk_abbrev",
    [
        "Ordineret af {A. Falk}.",
        "Ordineret af {Falk A}.",
        "Ordineret af {Falk, A.}",
        "Ordineret af {A.F.}",
        "Ordineret af {AF} kl. 14.05.",
        "Skærmning: {S. Frisk}",
        "Skærmning: {Frisk S.}",
        "Skærmning: {S.F.}",
        "Kontaktperson: {L. Stær}",
        "Kontaktperson: {Stær L}",
        "Kontaktperson: {L.S.}",
        "Hjælpemidler: {B. Ager-Dal}",
        "Hjælpemidler: {B.A-D.}",
        "Hjælpemidler bestilt af {BAD}.",
        "Hjælpemidler bestilt af {B.A.D.}",
        "Vurderet af {N. Li}.",
        "Vurderet af {Li N.}",
        ("Sign. <ANFA>", "derived 4-letter initials, never registered"),
        ("Sign. <SØFR>", "derived initials with ø"),
        "{DM}«07:15»",
        "«07:15»{DM}",
        "kl 7/{DM}",
        "{DM}/0715 morgenbesøg",
        "0715-{DM}",
        "14/3-{MR}",
        "{MR}«14/3»",
        "v/{DM}",
        "Bad givet ({TG}).",
        "Medicin givet -{TG}",
        "medicin givet /{tg}",
        "sign. {mr}",
        "{HB}: bad + morgenmad",
        "Set af {PT} og {HB}.",
        "Besøg v/ {Mose D}",
        "Besøg v/ {D.M.}",
        "Besøg v/ {D.Mose}",
        "Rengøring v/ {Ring M.}",
        "Samtale v/ {Kvist A}",
        "Samtale v/ {A.K.}",
        "Samtale v/ {AK}",
        "Nattevagt: {Glad T}",
        "Nattevagt: {T.G.}",
        "Følges af {O. Kamp}.",
        "Tilset af {T. Glad}",
        "Udført af {H. Brun}",
        "Udført af {M. Ring}",
        "Kontaktperson {D Mose}",
        "Besøg v/ {Dag M}",
        "Signatur: {AF}/{NL}",
        "Ordineret af {AF}, kontrasigneret {NL}.",
        "«14:05»{AF} ordineret furix 40 mg",
        "{BE}-14/3",
        ("Kl. 22 sign. {OK}", "registered initials after sign."),
        ("aften gennemgået, sign <ok>", "ok/OK ambiguous in lower case"),
        "Morgenbesøg: {dm}. Middag: {mr}. Aften: {tg}.",
    ],
)

# ============================================================================= OVER-HIDE TRAPS

# ----------------------------------------------------------------- 7. clinical text and words
addall(
    "ow_clinical",
    [
        "Pt. i [dag] væsentligt bedre. [Dag] 3 efter operationen.",
        "[Dag] 1: mobiliseret til stol. [Dag] 2: gået 20 m med rollator.",
        "BT 128/74, puls 82, temp 37,2. BS 7,9. [Na] 134, K 4,1, [Li] 0,7.",
        "S-[Li] 0,82 mmol/l (terapeutisk). Fortsætter Lithium 600 mg x 1.",
        "P-[Na] 129 – let hyponatriæmi. Væskerestriktion 1,5 l.",
        "[NaCl] 0,9 % 1000 ml i.v. over 8 timer.",
        "[Hb] 6,8, MCV 82. Transfusion 2 portioner SAG-M.",
        "[HbA1c] 58 mmol/mol, [DM2] velreguleret.",
        "Type 2-[DM], KOL, [AF] – i [AK]-behandling med Eliquis.",
        "EKG: [AF] med ventrikelfrekvens 110. Startet Metoprolol.",
        "Paroxystisk [AF], CHA2DS2-VASc 4, [AK]-behandling indiceret.",
        "[TG] 2,4, LDL 3,1, HDL 0,9.",
        "Arteriepunktur: pH 7,31, pCO2 5,1, [BE] -4,2.",
        "[MR]-scanning af columna lumbalis bestilt.",
        "[MR] cerebrum: ingen tegn på infarkt.",
        "Ekko: let [MR], EF 50 %.",
        "[PT] 14 sek, INR 1,2.",
        "[Pt.] sover. [pt] vækkes kl 8.",
        "[p.t.] ingen smerter.",
        "[PT] har det fint i dag, spiser godt.",
        "[Grå stær] på venstre øje, [stæroperation] planlagt i maj.",
        "[Stær]opereret hø. øje 2019.",
        "Kost: [moset] kost, fortykkede drikke. Maden skal [moses].",
        "[Kartoffelmos] og fisk, spist 3/4.",
        "[Brun] afføring x 1, normal konsistens.",
        "Sår med [brunt] sekret og let lugt.",
        "Urin [mørkebrun], [ringe] diurese.",
        "[Ring] til egen læge, hvis temp over 38,5.",
        "[Ring] 112 ved brystsmerter.",
        "[Ringede] til vagtlæge kl. 19.",
        "[Vielsesringen] taget af pga. hævelse af fingre.",
        "[Glad] og veloplagt, spiste morgenmad.",
        "[Frisk] og rask, vil gerne i bad.",
        "[Frisk] luft på altanen 20 min.",
        "[Frisk] blødning fra såret, trykforbinding anlagt.",
        "[Bad] kl 9, derefter hvil.",
        "Ønsker [bad] hver fredag.",
        "Ydelse: [BAD] (bad i brusekabine), [MAD], [TØJ]",
        "Grøn [pil] i medicinskemaet = givet.",
        "[Piller] knust i yoghurt.",
        "[Livstruende]? Nej. [Livet] er svært lige nu, siger pt.",
        "Udtrykker [livstræthed], ingen konkrete planer.",
        "Pt. [aner] ikke, hvad dato det er.",
        "[OK] til udskrivelse.",
        "BT [ok]. Smerter [ok] dækket.",
        "Hjerte: [OK]. Lunger: [OK].",
        "[SF]-36: fysisk score 32.",
        "Taler kun [eng.], tolk bestilt.",
        "[Tor.] 14/3: BS 6,2",
        "Besøg man-[tor] kl 8-15:30.",
        "[Maj] 2024: [MR] af knæ.",
        "Kontrol 3. [maj] i [DM]-ambulatoriet.",
        "Fodterapeut: [DM]-fødder, sår på hæl.",
        "Pt. fortæller om [kampen] mod depressionen.",
        "[Falck] kørte pt. til skadestuen.",
        "[Falck]-redder fandt pt. på gulvet.",
        "[AF]-ablation 2021.",
        "Tendens: [dalende] Hb over 3 døgn.",
        "TSH 2,1, [Li] 0,9, krea 88, [Na] 140.",
        "ECT-serie: [Li] pauseret under ECT.",
        "Stemningsleje [glad] og [frisk], ingen psykotiske symptomer.",
        "Bor på [kvisten], trapper er en udfordring.",
        "[Ringorm] på venstre underarm.",
        "Kommer i [Dagcenter Ankerhus] tirsdag og torsdag.",
        "Bor på [Anker Heegaards Gade] 4, 2. tv.",
        "Genoptræning: [Ringvej] Syd 12, hold på [tors].",
        "Er som en [bror] for mig, siger hun om naboen.",
        "[Dag] og nat: forvirret, råber på [hjælp].",
    ],
)

# ----------------------------------------------------------------- 8. citizen, relatives, colleagues
addall(
    "ow_people",
    [
        "Besøg kl 7 v/ [Karina Mose].",
        "Besøg kl 7 v/ [Karina].",
        ("<Mose> var på besøg kl 8.", "Mose = hidden Dag and non-hidden Karina"),
        "Sign. [Rikke Glad], ssa",
        "[Jesper Falk], overlæge",
        "Overlæge [J. Falk]",
        "[Wei Li] har givet medicin kl 8.",
        "Spl. [Wei] har talt med [Liv Eng].",
        "[Kasper Kamp] (pædagog) følger <Tor> til fodbold.",
        "[Helle Nørgaard] ssh: bad givet.",
        "[Pil Lauritsen], fysioterapeut: træning 2 x ugl.",
        "[Jytte Eng] ringede. [Jytte] var ked af det.",
        "Datteren [Liv] kommer på besøg søndag.",
        "[Liv Eng] (datter) deltog i mødet.",
        "Sønnen [Tor] (15) bor hos sin far [Kenneth Brun].",
        "Mor [Maj Eng] (75) hjælper med indkøb.",
        "Moderen [Maj] er begyndende dement.",
        "[Tor Eng] mødte ikke op i skole i dag.",
        "[Tor] siger, han er glad for sin nye skole.",
        "Mor ([Jytte]) og søn ([Tor]) var til stede.",
        "Til stede: [Jytte Eng], [Kenneth Brun], [Tor Eng], [Liv Eng].",
        "Afbud: [Maj Eng] (mormor).",
        "Pårørende: datter [Liv Eng], tlf. 2020 3030; mor [Maj Eng].",
        "Hendes [bror] kommer fra Aarhus i weekenden.",
        ("<Bror> ringede kl 14 og spurgte til hende.", "her brother or hidden Bror Eng"),
        "[Fru Eng] var glad i dag.",
        "[Jytte Eng]s søn [Tor Eng] er 15 år.",
        "Ex-mand [Kenneth Brun] henter <Tor> fredag.",
        "[K. Brun] (far) har fælles forældremyndighed.",
        "[Liv] (datter) har fuldmagt til netbank.",
        "Borger: [Jytte Eng], 46 år.",
        "[Jytte] siger, at <Liv> og <Tor> er det eneste, der holder hende i live.",
        "Egen læge [Morten Rye] orienteret.",
        "Klasselærer [Susanne Vad] deltog.",
        "[Rikke] (ssa) har givet medicin.",
        "[Rikke G.] har lagt medicin op.",
        "[Karina M.] kl 7.",
        "[Kasper] (pædagog) tog med i svømmehallen.",
        "[Wei Li], spl.: insulin givet 8 IE.",
        "Sign. [W. Li]",
        "[Helle N.] har talt med datter [Liv].",
        "[Jesper] (overlæge) tilså pt.",
        "Mange hilsner\n[Liv] (datter)",
        "E-mail fra [Liv Eng] ([liv.eng@gmail.com])",
        "Sms fra [Tor]: 'mor sover ikke'",
        "[Maj Eng] er [Jytte]s mor.",
        "[Kenneth] og [Jytte] blev skilt i 2019.",
        "[Tor Eng] (15) er anbragt i familiepleje hos [Anne og Poul Dal].",
        "Plejefamilien [Dal] er orienteret om samværet.",
        "[Liv] fortæller, at mor har været glad i dag.",
        "Fra: [Liv Eng]\nTil: Hjemmeplejen Nord\nEmne: Min mors medicin",
        "Signeret af [Karina Mose], ssh",
        "[Wei] og [Rikke] på dobbeltbesøg.",
        "Kontaktperson: [Helle Nørgaard]",
        "[Pil L.] (fys.) har lavet træningsprogram.",
        "[Kasper K.] var med på tur.",
        "Overlæge [Jesper Falk] vurderer [Jytte] i morgen.",
    ],
)

# ============================================================================= MIXED

addall(
    "mx_mixed",
    [
        "Besøg i [dag] v/ {Dag}: borger [glad].",
        "{Dag} kom kl 7. [Dag] 3 efter udskrivelsen.",
        "[Ring] til {Maj Ring}, hvis borger ikke åbner.",
        "{Maj} har [ringet] til datter [Liv].",
        "1. [maj]: {Maj} på ferie til 14. [maj].",
        "[Maj] 2024 – {Maj R.} ny kontaktperson.",
        "{Tor G.} tager besøget [tor.] kl 10.",
        "{Tor Glad}: borger [glad] og [frisk] i [dag].",
        "{TG} tog blodprøve: [TG] 2,3 – sendt til egen læge.",
        "{AF} har startet [AK]-behandling pga. [AF].",
        "[Pt.] tilset af {PT}.",
        "{PT}: [pt.] sover, [PT]/INR 2,3.",
        "{Helle Brun}: [brun] afføring x 2.",
        "{HB} tog [Hb] kl 8: 7,1.",
        "{BAD} har hjulpet med [bad].",
        "Badebænk afprøvet med {Birte Ager-Dal}: [bad] forløb fint.",
        "«Overlæge» {Na Li}: S-[Li] 0,9, [Na] 138 – fortsæt Lithium.",
        "{Na} bestilte [Na] og K i morgen.",
        "{Søs Frisk} skriver: pt. [frisk] og [glad] i [dag].",
        "Pt. siger til {Søs}: 'du er som en [lillesøs] for mig'.",
        "{Liv Stær} talte med pt. om [livet] og om [stæroperationen].",
        "{Bror Eng}: [Jytte] taler meget om sin [bror].",
        "Mødet med {Bror} er flyttet; [Jytte]s [bror] deltager.",
        "{Orla Kamp}: [Tor] [kæmper] i skolen; [kampen] om lektier fylder.",
        "{OK}: [OK] aften, <Tor> sov kl 22.",
        "Sign. {OK} – alt [ok].",
        "{Ane Kvist}: mor [aner] ikke, hvor [Tor] er om natten.",
        "{DM}: BS 14,2, [DM2] dårligt reguleret.",
        "{MR} har fulgt borger til [MR]-scanning.",
        "{Dag Mose}: maden [moses], [dag] 2 med ny kost.",
        "Spl. {Pil} satte grøn [pil] ved medicinen i skemaet.",
        "{Anker Falk} og [Falck] ankom samtidig.",
        "[Karina Mose] og {Dag Mose} på dobbeltbesøg.",
        "[Rikke Glad] afløser {Tor Glad} fra kl 15.",
        "[Wei Li] og {Na Li} ved stuegang.",
        "[Kasper Kamp] overtager efter {Orla Kamp}.",
        "[Jesper Falk] (overlæge) superviserer {Anker Falk}.",
        "[Helle Nørgaard] og {Helle Brun} begge syge – vikar.",
        "[Pil Lauritsen] (fys) og {Pil Toft} (spl) på fælles besøg.",
        "Datter [Liv Eng] talte med {Liv Stær}.",
        "Sønnen [Tor] og {Tor Glad} spillede kort.",
        "[Kenneth Brun] ringede til {Helle Brun}.",
        "Mor [Maj Eng] og {Maj Ring} har talt sammen.",
        "[Jytte Eng] har klaget over {Bror Eng}.",
        "{Bror Eng} er ikke i familie med [Jytte Eng].",
        "{Ane Kvist} og plejefamilien [Dal] holdt møde.",
        "{Birte} og plejefar [Poul Dal] har talt om trappelift.",
        "[Dag] 1 i ny bolig: {Dag} og {Helle B.} hjalp med indflytning.",
        "[Ring] til sygeplejerske {Pil} ved [frisk] blødning.",
        "«Overlæge» {Li} og [Wei] ordinerede [Li]-kontrol om 5 [dage].",
        "[Eng.] tolk ikke nødvendig; «rådgiver» {Eng} taler med [Jytte] på dansk.",
        "{Søs Frisk}: [Jytte] beder om at se sin [søs].",
        "[Grå stær]-operation aflyst; {Stær} giver besked til datter [Liv].",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
