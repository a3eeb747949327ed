"""Red-team probes for indsigt name hiding (rt53), a third generalisation test: "half a year of a
young woman's records in Copenhagen". The citizen, Sofie Rosendahl (29), reads on sundhed.dk what
was written about her from March to August: adult psychiatry for an eating disorder and
depression (outpatient team, dietitian, a short admission on ward P7), a pregnancy that starts in
the period (GP, midwife, scans, the shared pregnancy record), asthma, a knee injury from football
(emergency department, physiotherapy), a job-centre sick-leave case, a pharmacy, a dentist, the
access log, and secure messages, SMS and e-mails with her GP and the psychiatric team. Each genre
in its own style: careful prose, fast lower-case shorthand, forms, tables, lists, signatures and
sign-offs, dictation marks "XX/yy", log lines, SMS, e-mails, short fields, pasted HTML-ish text,
some English lines; and the over-hiding traps such records contain.

My own standard for the markup (written before any probe, and before any run):
  {...}  must be gone (a hidden staff member's name part, registered initials, user name or e-mail
         local part, used for that person; also a one-letter typo or an unregistered spelling
         variant of a 4+ letter name part when a title or the other name part settles who is
         meant) -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, a clinical abbreviation, a place, a street, a drug, a firm, a pet)
         -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing next to a hidden name (overlæge, læge, dr.,
         MD, introlæge, sygeplejerske, kontaktsygeplejerske, spl., ssa, jordemoder, jordemor,
         jordemoderen, diætist, klinisk diætist, diætisten, fysioterapeut, fys., sagsbehandler,
         tandlæge, farmaceut, praktiserende læge, and English consultant, nurse, midwife,
         dietitian, case worker, physio), also as a form label ("Jordemoder: ...",
         "Læge: ..."); a genitive -s glued to a hidden name; the domain of a hidden person's
         e-mail; a phone number written next to a hidden name; an "&nbsp;" between two parts
         of a hidden name.
  Unmarked letters and digits are must-stay as well (labels such as "Ansvarlig:", "Deltagere:",
  "Referent:", "Kontaktperson:", "v/", "log:", "Behandler:", "Sonograf:" next to a non-hidden
  name). Literal "[", "{", "<" and "«" cannot appear in a probe: they are the markup (pasted
  HTML is therefore written with entities, &lt;br&gt;, &nbsp;, &oslash;).

Rules I apply when marking (the same in every genre):
  R1. A name part owned, in the roster, only by hidden staff (Yasmin/Yasmine, Nansen, Hans,
      Agnieszka/Agnes, Nowak, Søborg, Thea, Valby, Gammeltoft, Dorthe, Post, Ulla, Leo, Tang,
      Ørsted) that the text uses for a person is gone - capitalised, upper or lower case, bare
      or with the other part, family-first ("Søborg, Mark", "Valby Kasper"), abbreviated
      ("Yasmin H.", "H. Nansen", "sofie l"), in any position: subject, object, after a
      preposition, v/, sign., /XX, in a list, a table cell, a log line, a signature, a greeting
      ("Hej Dorthe"), an e-mail header, English text. Several of these are also words or places
      (hans, Post, Tang, Søborg, Valby, Ørsted, Leo); see R6.
  R2. Registered initials, user names and e-mail local parts are gone where they stand for the
      person (sign., a dictation mark "HAN/kl", "(AN)", "XX 12.3:", a log line, "Referent:", a
      table, "konfereret med BT"). The same letters used as the word or abbreviation they also
      are stay: han (he), AN (anorexia nervosa) and English "an", MS (multiple sclerosis) and
      ms (milliseconds), BT (blodtryk) and B.T. (the newspaper).
  R3. A part shared with a non-hidden colleague (Haddad - Omar Haddad, reservelæge; Ella - Ella
      Brix, sonograf; Lange - Kirsten Lange, lægesekretær; Strand - Jonas Strand,
      fysioterapeut; Ipsen - Niels Ipsen, praktiserende læge; Lykke - Lykke Dahl,
      virksomhedskonsulent; Bager - Pernille Bager, tandplejer; Kasper - Kasper Lind,
      psykolog; Max - Max Thomsen, portør; Birgitte - Birgitte Rosendahl, sygeplejerske, who is
      also the citizen's mother) is gone when the hidden person's other part, initials, own
      title or a header naming the hidden person settles it ("kontaktsygeplejerske Haddad",
      "jordemoder Ella", "farmaceut Ipsen", "ssa Max", "aftenvagt max", "overlæge Birgitte");
      it stays when the colleague's full name or role settles it ("reservelæge Haddad",
      "sonograf Ella", "sekretær Lange", "portør Max", "psykolog Kasper", "tandplejer Bager",
      "konsulent Lykke"); bare and unsettled it is debatable.
  R4. A part shared with the citizen or a relative (Sofie - the citizen and Sofie Lange; Mark -
      the partner Mark Lindqvist and the GP Mark Søborg; Kastrup - the friend Josefine Kastrup
      and the midwife Ella Kastrup; Birgitte - the mother and the obstetrician Birgitte Tang)
      is gone when the hidden person's title, other part, initials or a header naming the
      hidden person settles it ("Til: Mark Søborg ... Hej Mark", "Sofie fra dagvagten"); it
      stays when the text says who the relative is (a kinship word, an age, "pt.", the
      relative's full name, a plain family context such as living together, or the citizen
      being the patient of the note); bare and unsettled it is debatable.
  R5. A part shared with an unlisted person (medpatient Hans Jørgen, neighbour Hans, medpatient
      Yasmin (19), another patient Thea (22), Amira Haddad (patient), teammate Ola Nowak, coach
      Mark Holst, the dog Leo, colleague Max at the kindergarten, a former boss Dorthe Juhl,
      Agnes Obel (musician), a baby name Ella) stays when the unlisted person's full name, role,
      kinship or species is written; the matcher is not told about these persons.
  R6. Words, places, streets, drugs, firms and abbreviations stay even when spelt like a hidden
      name part, initials or user name, also at the start of a sentence, in upper case, and
      glued into compounds (Nansensgade, Gammeltoftsgade, Søborg Hovedgade, Valby Langgade,
      Kastrup Lufthavn, Amager Strand, Strandboulevarden, Sankt Hans Torv, Ørstedsparken,
      tangforløsning, ulykke, lykkepiller, markant, Danmark, Digital Post, postnatal, bageren,
      jasminris, Yasmin (p-pille), ellaOne, LEO Pharma, Maxi-Cosi), also in a text that names
      the hidden person.
  R7. Lower-case fast notes get the same judgement as careful prose: "aftenvagt max: ..." is a
      name, "max 20 min" a word; "sign {sofie l}" a name; "han kommer kl 15" the pronoun.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use
          db_*  debatable (bare shared parts, unsettled)

Roster (all invented for rt53; none of these persons is in the rt44 lines I read, and none of
Sindal, Storm, Hede, Ravn, Kilde, Lyng, Sand, Bro, Falk, Mose, Dam, Hjort, Mørk is a name here):
  Hidden staff (14), with what the parts and initials also are:
    Yasmin Haddad       kontaktsygeplejerske, psykiatrisk  Yasmin = p-pille; jasmin(ris);
                        ambulatorium (PCK)                  Arabic, alias Yasmine (registered),
                                                             Jasmin / Hadad (not registered);
                                                             Haddad = Omar Haddad (non-hidden);
                                                             YH; user yaha; e-mail
    Hans Nansen         overlæge, psykiatri (PCK, P7)       hans = his; Sankt Hans (Torv), Hans
                                                             Tavsens Gade; Nansensgade; HAN = han
                                                             (he); user hnan
    Agnieszka Nowak     klinisk diætist, spiseforstyrrelser Polish, alias Agnes (registered),
                                                             Agnieska / Novak (not registered);
                                                             AN = anorexia nervosa, English an
    Mark Søborg         praktiserende læge                  mark, markant, Danmark; Søborg (town,
                                                             Søborg Hovedgade); Mark = partner;
                                                             MS = multiple sclerosis, ms; e-mail
                                                             mark.soeborg@
    Ella Kastrup        jordemoder                          ellaOne; Kastrup (airport, Kastrupvej,
                                                             Kastrup Søbad); Ella = Ella Brix
                                                             (non-hidden); Kastrup = the friend;
                                                             EK; user elka; e-mail
    Birgitte Tang       overlæge, obstetrik/fostermedicin   tang (seaweed, tongs:
                                                             tangforløsning); Birgitte = mother;
                                                             BT = blodtryk, B.T.
    Thea Strand         sygeplejerske, akutmodtagelsen      strand (Amager Strand, Strandvejen,
                                                             Strandboulevarden); Strand = Jonas
                                                             Strand (non-hidden); TS; user thst
    Kasper Valby        læge (introlæge), akutmodtagelsen   Valby (district, Valby Langgade,
                                                             Valbyparken); Kasper = Kasper Lind
                                                             (non-hidden); KV; user kava
    Lykke Gammeltoft    fysioterapeut, Sundhedshus Nørrebro lykke (happiness, ulykke,
                                                             lykkepiller); Gammeltoftsgade; Lykke
                                                             = Lykke Dahl (non-hidden); LG; user
                                                             lyga
    Dorthe Post         sagsbehandler, Jobcenter København post (Digital Post, postnatal,
                                                             PostNord); DP; e-mail
    Ulla Bager          tandlæge                            bager (baker), bageren; Bager =
                                                             Pernille Bager (non-hidden); UB
    Leo Ipsen           farmaceut, Apoteket ved Sankt Hans  Leo (the dog), LEO Pharma; Ipsen =
                        Torv                                 Niels Ipsen (non-hidden), Ipsen
                                                             (firm)
    Sofie Lange         sygeplejerske, sengeafsnit P7       Sofie = the citizen; lange (long),
                                                             Langelinie; Lange = Kirsten Lange
                                                             (non-hidden); SL
    Max Ørsted          ssa, sengeafsnit P7                 max (maximum), Maxi-Cosi; Ørsted
                                                             (firm, Ørstedsparken, H.C. Ørsteds
                                                             Vej); Max = Max Thomsen (non-hidden);
                                                             MØ
  Non-hidden colleagues (10): Omar Haddad (reservelæge, akut; OH; user omha), Birgitte
    Rosendahl (sygeplejerske, Rigshospitalet; the mother), Ella Brix (sonograf; EB), Kirsten
    Lange (lægesekretær, PCK; dictation mark "kl", not registered), Jonas Strand
    (fysioterapeut, Bispebjerg), Niels Ipsen (praktiserende læge, the GP's partner; NI), Lykke
    Dahl (virksomhedskonsulent, jobcenter), Pernille Bager (tandplejer; PB), Kasper Lind
    (psykolog, PCK), Max Thomsen (portør, Bispebjerg).
  Citizen: Sofie Rosendahl (29), Gammeltoftsgade, København K. Relatives: Mark Lindqvist
    (partner, father of the baby), Birgitte Rosendahl (mother, nurse at Rigshospitalet, lives
    in Søborg), Oliver Rosendahl (younger brother, 24, lives in Valby), Josefine Kastrup (best
    friend, listed as contact person).
  Unlisted (must simply stay): see R5; also Anja Friis (leader at the kindergarten).

Written by a red-team helper (rt53) that had not seen the matcher's code, rules, word lists,
tests, docs or changelog, nor the other names_rt* probe files (only the harness and lines 1-140
and 760-893 of names_rt44_probes.py, as a format example); the markup above was fixed before
the first run and is not changed after it except for markup errors by this standard (listed
below).

Run:  INDSIGT_PURE_PYTHON=1 .venv/bin/python bench/independent/names_rt53_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above; 7 probes, nothing else
changed):
  1. "fys {lykke g} obs: ..." - the title "fys" next to the hidden name was left unmarked; the
     standard makes it don't-care: "«fys» {lykke g} obs: ...".
  2. "«overlæge»&nbsp;{Hans}«&nbsp;»{Nansen}" - the &nbsp; between the title and the name was
     left unmarked while the one between the two name parts was marked; it is the same space
     written as an entity, glue between a don't-care title and a gone name, so don't-care:
     "«overlæge»«&nbsp;»{Hans}«&nbsp;»{Nansen}".
  3. "Tandlæge: {UB} - erosioner ..." - the form label "Tandlæge:" next to the hidden dentist's
     initials was left unmarked; the standard makes such a label don't-care: "«Tandlæge»: {UB}".
  4-7. Four bare "Mark" marked must-stay although nothing in the text says who he is (no kinship
     word, age, full name or family context), which R4 makes debatable: "... giver samtykke
     til, at <Mark> må få oplysninger", "... spiste ikke frokost. <Mark> var sur.", "Skriv 3
     ting, du er glad for. [Sofie]: 1) <Mark> 2) hunden [Leo] ...", "[Sofie]: Dårligt. <Mark>
     er på arbejde i [Kastrup] hele weekenden." The other bare "Mark" that failed stay marked
     must-stay because R4's family context is in the text (living together, expecting their
     baby, choosing the baby's name, present at the birth, hearing her wheeze at night).
  Not changed: the citizen's own given name "Sofie" in greetings and signatures of messages
  between her and her care team ("Hej Sofie", "Kære Sofie", "Hilsen Sofie", "/Sofie") - she is
  the patient the message is to or from (R4), so must-stay; 15 of the over-hide failures (in
  both runs) are these.

632 probes: 286 leak probes (lk_*), 245 over-hide traps (ow_*), 87 mixed (mx_*), 14 debatable
(db_*). Held-out, first run on ca0f022 (pinned worktree, INDSIGT_PURE_PYTHON=1): 18 leaks / 87
over-hides (probes), debatable outcomes 13 hidden / 1 kept; after the 7 markup fixes: 18 leaks /
83 over-hides, debatable outcomes 17 hidden / 1 kept. Full outputs: helpers/rt53_first_run.txt
and helpers/rt53_second_run.txt.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        key="yh",
        given="Yasmin",
        family="Haddad",
        initials=("YH",),
        emails=("yasmin.haddad@regionh.dk",),
        usernames=("yaha",),
        titles=("sygeplejerske", "kontaktsygeplejerske"),
        aliases=(("Yasmine", "Haddad"),),
    ),
    Person(
        key="hn",
        given="Hans",
        family="Nansen",
        initials=("HAN",),
        usernames=("hnan",),
        titles=("overlæge", "læge"),
    ),
    Person(
        key="an",
        given="Agnieszka",
        family="Nowak",
        initials=("AN",),
        titles=("klinisk diætist", "diætist"),
        aliases=(("Agnes", "Nowak"),),
    ),
    Person(
        key="ms",
        given="Mark",
        family="Søborg",
        initials=("MS",),
        emails=("mark.soeborg@dadlnet.dk",),
        titles=("praktiserende læge", "læge"),
    ),
    Person(
        key="ek",
        given="Ella",
        family="Kastrup",
        initials=("EK",),
        emails=("ella.kastrup@regionh.dk",),
        usernames=("elka",),
        titles=("jordemoder",),
    ),
    Person(
        key="bt", given="Birgitte", family="Tang", initials=("BT",), titles=("overlæge", "læge")
    ),
    Person(
        key="ts",
        given="Thea",
        family="Strand",
        initials=("TS",),
        usernames=("thst",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="kv",
        given="Kasper",
        family="Valby",
        initials=("KV",),
        usernames=("kava",),
        titles=("læge", "introlæge"),
    ),
    Person(
        key="lg",
        given="Lykke",
        family="Gammeltoft",
        initials=("LG",),
        usernames=("lyga",),
        titles=("fysioterapeut",),
    ),
    Person(
        key="dp",
        given="Dorthe",
        family="Post",
        initials=("DP",),
        emails=("dorthe.post@kk.dk",),
        titles=("sagsbehandler",),
    ),
    Person(key="ub", given="Ulla", family="Bager", initials=("UB",), titles=("tandlæge",)),
    Person(key="li", given="Leo", family="Ipsen", titles=("farmaceut",)),
    Person(key="sl", given="Sofie", family="Lange", initials=("SL",), titles=("sygeplejerske",)),
    Person(
        key="mo",
        given="Max",
        family="Ørsted",
        initials=("MØ",),
        titles=("ssa", "social- og sundhedsassistent"),
    ),
]

OTHERS = [
    Person(
        key="oh",
        given="Omar",
        family="Haddad",
        initials=("OH",),
        usernames=("omha",),
        titles=("reservelæge",),
    ),
    Person(
        key="br", given="Birgitte", family="Rosendahl", initials=("BR",), titles=("sygeplejerske",)
    ),
    Person(key="eb", given="Ella", family="Brix", initials=("EB",), titles=("sonograf",)),
    Person(key="kl", given="Kirsten", family="Lange", titles=("lægesekretær", "sekretær")),
    Person(key="js", given="Jonas", family="Strand", titles=("fysioterapeut",)),
    Person(
        key="ni",
        given="Niels",
        family="Ipsen",
        initials=("NI",),
        titles=("praktiserende læge", "læge"),
    ),
    Person(key="ld", given="Lykke", family="Dahl", titles=("virksomhedskonsulent", "konsulent")),
    Person(key="pb", given="Pernille", family="Bager", initials=("PB",), titles=("tandplejer",)),
    Person(key="kli", given="Kasper", family="Lind", titles=("psykolog",)),
    Person(key="mt", given="Max", family="Thomsen", titles=("portør",)),
]

RELATIVES = [
    ("Mark", "Lindqvist"),
    ("Birgitte", "Rosendahl"),
    ("Oliver", "Rosendahl"),
    ("Josefine", "Kastrup"),
]
CITIZEN = [("Sofie", "Rosendahl")]

P = Probes()  # (class, text, note)
addall = P.addall


# ============================================================================= LEAK PROBES
addall(
    "lk_psych",
    [
        "Samtale i ambulatoriet med «kontaktsygeplejerske» {Yasmin Haddad}. [Sofie] fortæller, at hun kaster op 3-4 gange om ugen.",
        "Vurderet af «overlæge» {Hans Nansen}, der fortsætter [sertralin] 100 mg dgl.",
        "Pt. ses næste gang af {Nansen} 14.3. kl. 10.30.",
        "Opfølgning om 2 uger ved «kontaktsygeplejerske» {Haddad}.",
        "Henvist af egen «læge» {Mark Søborg} med spørgsmål om spiseforstyrrelse og depression.",
        "{Agnieszka Nowak} («klinisk diætist») har lagt en kostplan med 6 måltider om dagen.",
        "Kostplanen er gennemgået med {Agnes Nowak} og pt.; næste vejning om 14 dage.",
        "«Diætist» {Nowak} og pt. aftaler vejning hver 14. dag, med ryggen til vægten.",
        "Pt. har haft samtale med {Yasmine} om måltidsstruktur og kompensatorisk adfærd.",
        "Journalnotat v/ {Yasmin H.}, «kontaktsygeplejerske»",
        "Henvisningen er visiteret af {H. Nansen}, «overlæge», og pt. tilbydes forløb i teamet.",
        "Teamkonference 12.3.: {Nansen}, {Y. Haddad}, {Nowak} og psykolog [Kasper Lind] drøftede forløbet.",
        "Samtale med [Sofie] og kæresten [Mark] v/ {Yasmin Haddad} og {Hans Nansen}.",
        "Ved samtalen deltog pt., hendes mor [Birgitte Rosendahl] og «overlæge» {Nansen}.",
        "[Sofie] er tilknyttet {Yasmin} som kontaktperson i hele forløbet.",
        "Vægten er faldet fra 54,0 til 51,2 kg siden sidst, oplyser {Agnieszka}.",
        "Aftalt med {Nansen}: [sertralin] øges til 150 mg, [quetiapin] 25 mg til natten p.n.",
        "Kære {Mark Søborg}\nVi har i dag set din patient [Sofie Rosendahl] i ambulatoriet.",
        "Med venlig hilsen\n{Hans Nansen}\n«Overlæge», Psykiatrisk Center København",
        "Kopi til: egen «læge» {Mark Søborg}, Lægehuset Nørrebrogade",
        "{NANSEN}, {HANS} - «overlæge» - godkendt 15.03.2024 11:02",
        "Psykoedukation om spiseforstyrrelser v/ {Agnieszka Nowak} og {Yasmin Haddad}, 4 gange à 2 timer.",
        "Ny kontaktsygeplejerske fra 1.5.: {Sofie Lange} (overtager efter {Yasmin Haddad}).",
        "Pt. vil gerne have, at {Hans} («overlægen») taler med kæresten.",
        "Besked fra {Hans}: ring tilbage ang. medicinen.",
        "{Yasmin} har ringet og flyttet tiden til fredag.",
        "Ambulant samtale 45 min. Behandler: {Yasmin Haddad}. Næste tid: 2.4.",
    ],
)

addall(
    "lk_ward",
    [
        "dagvagt: pt sovet til kl 10, spist 3/4 morgenmad. sign {sofie l}",
        "aftenvagt {max}: pt urolig efter besøg, pn [quetiapin] 25 mg kl 21.15 m. god effekt",
        "nattevagt: tilset hver time, sovet fra 00.30. /{MØ}",
        "«ssa» {Max Ørsted} har fulgt pt. til måltid, spist hele portionen.",
        "{max ø} fulgt pt. på gåtur i [Ørstedsparken] 20 min.",
        "indlæggelsessamtale v/ «spl» {lange} og «læge» {nansen} kl 14",
        "obs-skema 18.3: kl 08 {SL}, kl 14 {MØ}, kl 22 {SL}",
        "Pt. ønsker at tale med {Sofie} fra dagvagten igen.",
        "tilsyn {nansen}: fortsat passive dødstanker uden planer, fortsætter frivillig indlæggelse",
        "{Max Ø.} og {Sofie L.} har lavet aftale om måltidsstøtte.",
        "Måltidsstøtte: «ssa» {Ørsted} sidder med ved alle hovedmåltider.",
        "kl 03: pt ringer på, grædende. Talt med {Max Ørsted} 20 min.",
        "[Sofie] spiser sammen med «ssa» {Max} i dagligstuen.",
        "Udskrivelsessamtale 22.3 v/ {Hans Nansen}, {Sofie Lange} og psykolog [Kasper Lind].",
        "Ansvarlig «læge»: {Hans Nansen}.\nDikteret: {HAN}/[kl] 22.03.2024",
        "Venlig hilsen\n{Hans Nansen}, «overlæge»\n{HAN}/[kl]",
        "pt vil ikke vejes i dag, accepterer vejning i morgen hos {max ørsted}.",
        "Besøg af mor [Birgitte] og bror [Oliver]; {sofie l.} til stede hele tiden.",
        "Medicin givet kl 08 af {Ørsted}, kontrolleret af {Sofie Lange}.",
        "Selvmordsrisikovurdering: lav. Vurderet af {S. Lange} og «læge» {H. Nansen}.",
        "nat: {MØ} har talt m. pt. om [quetiapin] - hun vil ikke have det mere.",
        "{MAX ØRSTED} («ssa») 19.03.2024 22:40",
        "Pt har lånt afdelingens telefon af {Max Ø.} for at ringe til veninden [Josefine].",
        "Fokusnotat (Ernæring): spist 2/3 af aftensmaden. Begrundelse: kvalme. Sign. {SL}",
        "Indlæggelsesnotat, P7\nModtaget af: {Sofie Lange}, «spl.»\n«Læge»: {Hans Nansen}",
        "16.3 aften: pt. har kastet op efter aftensmaden. {Ørsted} har talt med hende om det.",
        "obs for selvskade: ingen. {sl}",
        "Stuegang 19.3. ({HAN}): fortsat indlagt, [quetiapin] seponeres.",
    ],
)

addall(
    "lk_diet",
    [
        "Kostregistrering gennemgået med {AN}: for lidt kulhydrat om morgenen.",
        "Diætistnotat 13.3. ({AN}): BMI 17,6. Mål: +0,5 kg/uge.",
        "Sign. {AN}, «klinisk diætist»",
        "{Agnieszka} anbefaler proteindrik 2 x dgl., indtil vægten er stabil.",
        "Tid hos «diætist» {Agnieszka Nowak} flyttet pga. sygdom.",
        "Måltidsplan udarbejdet af {Nowak}, ambulatoriet for spiseforstyrrelser.",
        "Pt. har mistet kontakten til {Agnes} og ønsker en ny tid.",
        "Ernæringsscreening: NRS 4. «Diætist»: {A. Nowak}.",
        "«Diætisten» ({Agnieszka N.}) og pt. har lavet en liste over 'farlige' fødevarer.",
        "«Diætist» {Agnieska Nowak} har sendt kostplanen til egen læge.",
        "Kostvejledning i graviditeten: «klinisk diætist» {Agnieszka Novak}.",
        "Vægt uge 12: 50,4 kg - {AN}",
        "Vægtkurve kommenteret af {agnes n.}: stabil, fortsæt plan.",
        "Diætistsamtale (45 min) med {Agnieszka Nowak} og kæresten [Mark].",
    ],
)

addall(
    "lk_gp",
    [
        "Konsultation ({MS}): astma forværret efter forkølelse. [Pulmicort] øges til 400 mikrog x 2.",
        "{MS} 04.03: positiv graviditetstest, SM 21.1., termin 28.10.",
        "tlf.konsultation {MS}: pt vil gerne henvises til psykiatrien igen",
        "Ses af egen «læge» {Mark Søborg} ugen efter udskrivelsen.",
        "«Dr.» {Søborg} har fornyet recept på [Bricanyl] Turbohaler.",
        "1. graviditetsundersøgelse hos «læge» {Søborg}: [BT] 112/68, urin neg.",
        "Pt. er tilknyttet «læge» {Mark} (tidl. [Niels Ipsen]).",
        "Attest til jobcentret (LÆ 265) udfyldt af {Søborg} 2.4.",
        "{Søborg}, {Mark} («læge»)",
        "Spirometri 12.2.: FEV1 2,9 l (82 %), reversibilitet positiv. Vurderet af {MS}.",
        "{mark s} ringer pt op i morgen m. svar på blodprøver",
        "Receptfornyelse: [Ventoline] 0,1 mg/dosis. Godkendt {MS}.",
        "Lægehuset Nørrebrogade v/ {Mark Søborg} og [Niels Ipsen]",
        "Samtale om graviditet og medicin: {Søborg} anbefaler at fortsætte [sertralin].",
        "«Praktiserende læge» {MARK SØBORG}, Nørrebrogade 150, 2200 København N",
        "Svar fra «dr.» {Søbog}: blodprøverne er normale.",
        "e-kons besvaret af {MS} 11:02",
        "{Mark Søborg}«s» vurdering: astmaen er velbehandlet, fortsæt uændret.",
        "Tilbagemelding fra «læge» {Soeborg}: pt. kan ikke tåle [Ipren].",
        "Kontrol af astma hos sygeplejersken i lægehuset, derefter samtale med {MS}.",
        "Aftalt med {Mark S.}: ny tid om 4 uger, ring hvis det bliver værre.",
        "Ydernr. 012345 - {Søborg M} - konsultation 2.4.2024",
        "«Lægen» ({Mark Søborg}) har talt med pt. om at fortsætte [sertralin] under graviditeten.",
    ],
)

addall(
    "lk_msg",
    [
        "Til: {Mark Søborg}\nEmne: tid\n\nHej {Mark}\nJeg har fået det værre igen og kan ikke overskue at spise. Kan jeg få en tid?\nHilsen [Sofie]",
        "Kære [Sofie]\nDu kan komme torsdag kl. 8.15.\nVenlig hilsen {Mark Søborg}",
        "Svar fra lægen: Ja, du skal fortsætte med [Pulmicort]. /{MS}",
        "SMS fra Psykiatrien: Husk din tid hos {Yasmin Haddad} tirsdag 19.3. kl. 13.00.",
        "Hej [Sofie], det er {Yasmin} fra ambulatoriet. Vi rykker din tid til kl 14. Mvh {Yasmin}",
        "Besked til {Yasmin Haddad}: Jeg kan ikke komme i dag, jeg har kastet op hele natten. /[Sofie]",
        "Fra: {yasmin.haddad}@«regionh.dk»\nTil: [sofie.rosendahl]@gmail.com\nEmne: Tid i næste uge",
        "Du har en ny besked fra {Ella Kastrup}, «jordemoder».",
        "Hej [Sofie] Scanningen er bekræftet til 8.5. kl 10.20. Hilsen {Ella}, «jordemoder»",
        "Kære {Dorthe Post}\nJeg vedlægger min nye lægeattest.\nVenlig hilsen\n[Sofie Rosendahl]",
        "Mail fra {dorthe.post}@«kk.dk»: Mødet flyttes til 3.5. kl. 10.",
        "«Sagsbehandler»: {Dorthe Post}, tlf. «2477 1234»",
        "Til: «fysioterapeut» {Lykke Gammeltoft}\nHej {Lykke}, jeg må aflyse træning i morgen pga. kvalme. [Sofie]",
        "SMS: Din tid hos «tandlæge» {Ulla Bager} 12/4 kl 9:30. Svar NEJ for at aflyse.",
        "To: «midwife» {Ella Kastrup}\nHi {Ella}, can [Mark] (my boyfriend) come to the scan as well? Thanks, [Sofie]",
        "> Hej {Mark Søborg}, kan du forny min [Ventoline]?\nJa, den er fornyet. /{MS}",
        "E-konsultation besvaret af: {Søborg}, {Mark}",
        "Hej {Agnieszka}, jeg har skrevet kostdagbog i 5 dage. Er det ok at springe mellemmåltidet over? /[Sofie]",
        "Hej [Sofie], nej - mellemmåltiderne er vigtige. Mvh {Agnes}",
        "SMS fra Akutmodtagelsen: Du har tid til genbesøg 17.4. kl 10. Spørgsmål: ring til «sygeplejerske» {Thea Strand}.",
        "Hej [Sofie]\nHer er linket til øvelserne, vi talte om.\nVh {Lykke} («fys»)",
        "Fra: {Ella Kastrup}\nSendt: 15. maj 2024 10:02\nTil: [Sofie Rosendahl]\nEmne: SV: scanning",
        "Besked til pt. (sendt af {DP}): Husk møde i jobcentret 3.5. kl. 10.",
        "Hej {Dorthe}, jeg kan ikke komme på mandag, jeg skal til scanning. Mvh [Sofie]",
    ],
)

addall(
    "lk_preg",
    [
        "Jordemoderkonsultation 1 (uge 15+2) v/ {Ella Kastrup}: [BT] 110/70, SF-mål passer.",
        "{EK}: fosterlyd hørt, 150/min.",
        "Vandrejournal\n«Jordemoder»: {Ella Kastrup}\n«Læge»: {Mark Søborg}\nFødested: [Rigshospitalet]",
        "Næste konsultation hos «jordemoder» {Ella} uge 21.",
        "«Jordemoder» {Kastrup} har talt med pt. om fødselsangst.",
        "Samtale om [sertralin] i graviditeten: «jordemoder» {Kastrup} henviser til «overlæge» {Birgitte Tang}.",
        "Svangreomsorg på specialiseret niveau pga. psykisk sygdom. Ansvarlig: «overlæge» {B. Tang}.",
        "{BT} 24.5.: tilvækst normal, ingen indikation for yderligere scanning.",
        "«Jordemor» {Ella K.} har givet råd om kvalme: små måltider, ingefær.",
        "Fødselsforberedelse hold 3 med {Ella Kastrup}; [Mark] (far til barnet) deltager.",
        "Uge 24+0 | {EK} | vægt 58,1 | [BT] 108/66 | urin: a0 g0",
        "Konference 3.6.: {Tang} og «jordemoder» {Kastrup}, plan: fødsel på [Riget], ingen igangsættelse.",
        "«Jordemoderen» ({Ella}) har talt med pt. om amning og medicin.",
        "{elka} 14:20 Kons. uge 28: trivsel ok, sover dårligt.",
        "Henvisning til fostermedicinsk ambulatorium - {Birgitte Tang}, «overlæge»",
        "Plan ({Tang}): fortsæt [Sertralin] 100 mg; obs. barnet efter fødslen.",
        "{Kastrup}, {Ella} («jordemoder»)",
        "Tid hos «jordemoder» {Kastup} 12.6. kl. 9.",
        "Vandrejournal udfyldt af {EK}, gennemset af {BT}.",
        "«Overlæge» {Birgitte Tang} drøftede medicin under amning med pt. og kæresten [Mark Lindqvist].",
        "Delt graviditetsjournal - kommentar fra {ella kastrup}: 'fint forløb, ses uge 32'",
        "Konsultation aflyst af {Ella K.}, ny tid sendes.",
        "Fødselsplan (udarbejdet m. {EK}): ønsker epidural, [Mark] med ved fødslen.",
    ],
)

addall(
    "lk_scan",
    [
        "Nakkefoldsscanning 12+3 v/ sonograf [Ella Brix]. Vurderet af «overlæge» {Birgitte Tang}: lav risiko.",
        "Misdannelsesscanning uge 20: normale fund. Skannet af [Ella Brix], konfereret med {BT}.",
        "Tilvækstscanning uge 32: EFW 1950 g (+3 %). Svar v/ {B. Tang}.",
        "Scanningssvar godkendt: {Tang}, {Birgitte} («overlæge»)",
        "Ansvarlig «læge»: {Birgitte Tang} | Sonograf: [Ella Brix] | «Jordemoder»: {Ella Kastrup}",
        "UL: placenta på forvæg, fri af os internum. {BT}/[EB]",
        "Resultat fra «overlæge» {Birgitte}: alt ser fint ud.",
        "Fetal echocardiography: normal. Reported by {B. Tang}, «MD».",
        "CTG uge 41+1 normalt, set af {Tang}.",
        "Fostermedicin: {Birgitte Tang} anbefaler tilvækstscanning uge 32 og 36 pga. [SSRI].",
        "Scanning booket af {elka}, svar til {BT}.",
        "UL-svar (tilvækst 36+0) - konklusion ved {Birgitte Tang}: normal tilvækst, fortsat jordemoderkontrol.",
    ],
)

addall(
    "lk_akut",
    [
        "Akutmodtagelsen, Bispebjerg: vridtraume ve. knæ ved fodbold. Set af «læge» {Kasper Valby}.",
        "Triage v/ {Thea Strand}: grøn, VAS 6.",
        "spl {thea}: is på knæet, [Panodil] 1 g givet kl 19.40",
        "{Valby}: klinisk mistanke om menisklæsion, MR bestilt.",
        "RTG ve. knæ: ingen fraktur. Set af {Kasper V.}",
        "Lægenotat ({KV}): Lachman neg., skuffe neg., hydrops +.",
        "«spl.» {Strand} har lagt elastikbind og udleveret krykker.",
        "{thst} 19:32 Modtaget, triage grøn",
        "Gravid uge 12, derfor ingen NSAID - {Valby} har givet [Panodil] i stedet.",
        "Modtaget af «sygeplejerske» {Thea S.} kl. 19.20.",
        "{VALBY}, {KASPER} («læge») 14.04.2024 21:03",
        "Konfereret med bagvagt [Omar Haddad]; plan ifølge {Kasper Valby}: aflastning og MR.",
        "Sign.: {KV}, «læge»",
        "«Læge» {Valbt} har informeret om RICE.",
        "Pt. (29 år) med knæskade, gravid uge 12. Vurderet af {K. Valby} i samråd med [Omar Haddad].",
        "Sygeplejenotat: [Sofie] græder og er bange for barnet. {Thea Strand} har talt med hende.",
        "{thea strand} ringede til kæresten [Mark], der henter pt.",
        "Efter {Valby}«s» vurdering kan pt. støtte på benet med krykker.",
        "Ansvarlig: {Kasper Valby} («introlæge»)",
        "Genbesøg i skadestuen 3 dage efter, set af «læge» {Kasper} igen.",
        "{kava}: genbesøg aftalt 18.4. kl 10",
        "[Omar Haddad] (reservelæge) har suppleret {Valby}«s» journalnotat.",
        "Overflyttes ikke. {TS}: pt. hentet af kæresten kl 22.40.",
    ],
)

addall(
    "lk_physio",
    [
        "Genoptræningsplan modtaget. Første træning hos {Lykke Gammeltoft} 22.4.",
        "«Fys.» {Gammeltoft}: styrke quadriceps 4/5, fleksion 120°.",
        "{LG} 29.4: øvelser på måtte, ingen hop pga. graviditet.",
        "Træningsprogram godkendt af {lyga}",
        "«Fysioterapeut» {Lykke G.} har instrueret i hjemmeøvelser.",
        "Status til egen læge fra {Lykke Gammeltoft}, «fysioterapeut», Sundhedshus Nørrebro.",
        "Pt. har aflyst 2 gange; «fys.» {Lykke} har ringet og lagt ny plan.",
        "{Gammeltoft} vurderer, at pt. kan starte let løb om 10 uger.",
        "{GAMMELTOFT}, {LYKKE} - «Fysioterapeut»",
        "Vurdering ved «fysioterapeut» {Gammeltof}: god fremgang.",
        "Holdtræning (knæ) v/ [Jonas Strand] og {Lykke Gammeltoft}.",
        "Afslutningsnotat: 12 træningsgange, mål delvist nået. /{lyga}",
        "«fys» {lykke g} obs: pt meget tynd, spørger til spisning - pt fortæller om spiseforstyrrelse",
        "Pt. fortæller {Lykke Gammeltoft}, at hun spiller fodbold i B.93.",
        "Kommunikation til jobcentret: {Gammeltoft} anbefaler gradvis tilbagevenden.",
    ],
)

addall(
    "lk_job",
    [
        "Jobcenter København - Sygedagpenge\n«Sagsbehandler»: {Dorthe Post}",
        "Første opfølgningssamtale afholdt af {Dorthe Post} med borger [Sofie Rosendahl].",
        "{DP} 12.3.: LÆ 265 rekvireret fra egen «læge» {Mark Søborg}.",
        "Journalnotat ({Post}): borger er gravid og har fortsat depressive symptomer.",
        "Rundbordssamtale 24.4. Deltagere: borger, [Lykke Dahl] (virksomhedskonsulent), {Dorthe Post} («sagsbehandler»), leder [Anja Friis] (arbejdsgiver).",
        "«Sagsbehandler» {Post} har forlænget sygedagpengene efter § 27.",
        "Borger har talt med {Dorthe} i telefonen; aftalt møde 3.5.",
        "Sagsbehandlerskifte: {Dorthe Post} overtager sagen fra 1.4.",
        "Ansvarlig «sagsbehandler»: {POST}, {DORTHE}",
        "Brev sendt via Digital [Post] af {Dorthe Post}.",
        "{dorthe.post}@«kk.dk» har anmodet om statusattest fra psykiatrien.",
        "Notat: {D. Post} har orienteret om muligheden for delvis raskmelding.",
        "Aftalt med {Dorthe}: borger starter delvis raskmeldt 10 t/uge fra 1.6.",
        "Opfølgningsplan udarbejdet af «sagsbehandler» {Dorthe Post} og sendt til borgers e-Boks.",
        "Borger ønsker en anden sagsbehandler end {Post}; afslået.",
        "Mødet ledes af «sagsbehandler» {Dorhte Post}.",
        "Kontaktperson i jobcentret: {DORTHE POST}",
        "Partshøring sendt, frist 14 dage. {DP}",
        "Vurdering: {Post} vurderer, at borger er omfattet af forlængelsesreglerne.",
        "Referat\nDeltagere: [Sofie Rosendahl], {Dorthe Post}, [Lykke Dahl]\nReferent: {DP}",
        "{Post} har ringet til borger - intet svar, lagt besked.",
    ],
)

addall(
    "lk_pharm",
    [
        "Udleveret på Apoteket ved [Sankt Hans Torv]. «Farmaceut»: {Leo Ipsen}.",
        "Medicinsamtale v/ «farmaceut» {Leo Ipsen}: pt. tager [Ipren] mod knæsmerter - frarådet pga. graviditet.",
        "Receptkontrol: {Leo} har kontaktet egen læge om [Ipren].",
        "«Farmaceut» {Ipsen} har ringet til Lægehuset Nørrebrogade.",
        "Inhalationsteknik gennemgået af {Leo Ipsen} på apoteket.",
        "FMK: ændret af {Leo Ipsen} («farmaceut») 15.04.2024 kl. 11.02",
        "Apotekets bemærkning ({Ipsen}, {L}.): [Bricanyl] udleveret som nødudlevering.",
        "Recept fra {Mark Søborg} ekspederet af {Leo Ipsen}.",
        "«Farmaceut» {Leo I.} oplyser, at [Ventoline] er i restordre; erstattet med [Airomir].",
        "Spørgsmål om medicinen? Ring til «farmaceut» {Leo} på apoteket.",
        "Medicinsamtale gennemført af {LEO IPSEN}, Apoteket ved [Sankt Hans Torv]",
        "{Leo} har ringet fra apoteket om dosis af [sertralin].",
    ],
)

addall(
    "lk_dent",
    [
        "«Tandlæge» {Ulla Bager}: syreskader på fortænderne, formentlig pga. opkastninger.",
        "Undersøgt af {Ulla Bager}, Tandlægerne i Gothersgade.",
        "{UB}: fluorlak påført, ny tid om 3 mdr.",
        "Tandrensning v/ tandplejer [Pernille Bager]; undersøgelse v/ {Ulla Bager}.",
        "«Tandlæge» {Bager} anbefaler at skylle munden med vand efter opkast - ikke børste straks.",
        "Behandler: {BAGER}, {ULLA}",
        "{Ulla} har henvist til Tandlægeskolen for vurdering af erosioner.",
        "Journal 2.5.2024 ({UB}/[PB]): fyldninger 11 og 21.",
        "Hi {Ulla}, thanks for today - the numbness is gone now. [Sofie]",
        "Kontrol hos «tandlæge» {Baager} om 6 mdr.",
    ],
)

addall(
    "lk_log",
    [
        "12.03.2024 10:14 {Yasmin Haddad} (Psykiatrisk Center København) har set: Journalnotat",
        "2024-03-12 10:14:22 | {yaha} | {Haddad}, {Yasmin} | PCK Amb. | opslag i journal",
        "2024-04-14 19:32:05 | {thst} | {Strand}, {Thea} | Akutmodtagelsen BBH | opret triage",
        "Adgang: {Ella Kastrup}, Jordemoderkonsultationen, Rigshospitalet, 15.05.2024 kl. 09:58",
        "{elka}  RH-JMK  2024-05-15T09:58  READ  Vandrejournal",
        "{hnan}  PCK-P7  2024-03-11T15:20  WRITE  Indlæggelsesnotat",
        "Opslag i Fælles Medicinkort: {Leo Ipsen}, Apoteket ved [Sankt Hans Torv], 15.04.2024",
        "Opslag i FMK af {Søborg}, {Mark} (Lægehuset Nørrebrogade) 02.04.2024 08:11",
        "Medarbejder: {Dorthe Post} (Jobcenter København) - Sundhedsjournal - Læst - 24.04.2024",
        "{lyga} | Sundhedshus Nørrebro | 2024-04-22 14:02 | genoptræningsplan hentet",
        "{kava} 2024-04-14 21:40 læst: tidligere journal (psykiatri)",
        "Logning: {NOWAK}, {AGNIESZKA} - PCK - læst vægtkurve 13.03.2024",
        "2024-03-18 03:12 {MØ} dokumenterede observation (tilsyn)",
        "Din journal er set af {Birgitte Tang} (Rigshospitalet) d. 24.05.2024",
        "Bruger {yasmin.haddad}@«regionh.dk» loggede ind via SSO 09:01",
        "Hvem har set dine data? - {Hans Nansen}, «overlæge», Psykiatrisk Center København",
        "Adgangslog;{Valby Kasper};Akutmodtagelsen;14-04-2024 21:03;Læs",
        "log: {thst} -> triage, {kava} -> lægenotat, [omha] -> konference",
        "Sidst ændret af {GAMMELTOFT L} 29.04.2024",
        "2024-05-24 10:03:44 | {BT} | READ | Fostermedicinsk journal",
        "Ændret af: {AN} (13.03.2024 14:55) - Ernæringsplan",
        "15.03.2024 11:02 {HAN} godkendt epikrise",
        "24.04.2024 {dorthe.post}@«kk.dk» hentede: Statusattest",
        "2024-03-11 15:20 {hnan} («overlæge» {Hans Nansen}) oprettede indlæggelsesnotat",
    ],
)

addall(
    "lk_html_en",
    [
        "Underskrevet elektronisk af {Hans Nansen}&nbsp;(«overlæge»)",
        "«overlæge»«&nbsp;»{Hans}«&nbsp;»{Nansen}",
        "«Jordemoder»: {Ella Kastrup}&lt;br&gt;Næste tid: uge 28",
        "Behandler: {Mark} {S&oslash;borg}",
        "Seen by «Dr» {Søborg} today; asthma stable, continue inhalers.",
        "Patient reviewed by «Dr.» {Kasper Valby} (ED). Plan: MRI left knee.",
        "Discharge summary - «consultant» {Hans Nansen}; «nurse» {Sofie Lange}.",
        "«Midwife»: {Ella Kastrup} | «Consultant obstetrician»: {Birgitte Tang}",
        "«Dietitian» {Agnieszka Nowak} advises 3 meals and 3 snacks a day.",
        "«Case worker» {Dorthe Post} (Jobcenter Copenhagen) has requested a medical certificate.",
        "**Kontaktperson:** {Yasmin Haddad}",
        "Kontaktperson:\t{Yasmin Haddad}\tTlf.:\t«38 64 00 00»",
        "Henv. «læge»: {SØBORG} {MARK}, ydernr. 012345",
        "| Dato | Behandler |\n| 3.5. | {Ulla Bager} |\n| 2.8. | [Pernille Bager] |",
        "Booked [an] appointment with «dietitian» {Agnieszka Nowak} for next week.",
        "«Nurse» {Thea Strand} applied a compression bandage.",
        "«Physio»: {Lykke Gammeltoft} - progress good, [Sofie] is motivated.",
        "FW: SV: VS: Tid til samtale\n-----Original Message-----\nFrom: {yasmin.haddad}@«regionh.dk»",
    ],
)

addall(
    "lk_typo",
    [
        "«Overlæge» {Nansem} har godkendt planen.",
        "«Kontaktsygeplejerske» {Yasmin Hadad} ringer i morgen.",
        "«Sygeplejerske» {Jasmin Haddad} har haft samtale med pt.",
        "«ssa» {Ørsteed} har været med til frokost.",
        "«Sygeplejerske» {Thea Srand} gav [Panodil].",
        "«Fysioterapeut» {Lykke Gammeltoff} har sendt status.",
        "«Diætist» {Agnieszka Nowack} har opdateret kostplanen.",
        "«Farmaceut» {Leo Ipssen} har ringet.",
        "«Overlæge» {Birgite Tang} har godkendt scanningen.",
        "«Jordemoder» {Ela Kastrup} har lavet fødselsplan.",
        "«Læge» {Kaspar Valby} har skrevet epikrisen.",
        "«Overlæge» {Hans Nanssen} - epikrise",
    ],
)


# ============================================================================= OVER-HIDE TRAPS
addall(
    "ow_words",
    [
        "Hun er bange for, at [han] forlader hende, hvis hun tager på.",
        "[Hans] familie bor i Sverige; de har ikke mødt hende endnu.",
        "Pt. fortæller, at lægen i akutmodtagelsen sagde, at [han] ville ringe med MR-svaret.",
        "Det er [lykkedes] pt. at spise 6 måltider om dagen i 3 dage.",
        "Pt. har bagt boller på afdelingens [bagehold] onsdag.",
        "There is [an] increased risk of relapse after the birth.",
        "Hjemme-[BT] 126/80, ingen hovedpine.",
        "Hun har skrevet et [post] på Instagram om sin vægt.",
        "Pt. har tidligere arbejdet på [posthuset] i [Valby].",
        "Kæresten [Mark] er med. [Hans] mor har selv haft en spiseforstyrrelse.",
        "Pt. bor sammen med kæresten i [hans] lejlighed på Nørrebro.",
        "Bror [Oliver] er flyttet ind hos [hans] kæreste i [Valby].",
        "[Han] spiser ikke med om aftenen, siger hun om kæresten.",
        "Kæresten er støttende, [han] har taget fri fra arbejde.",
        "Det er [hans] første barn, og [han] glæder sig meget.",
        "Pt. siger, at [han] (kæresten) ikke kender til opkastningerne.",
        "Hun fejrede [Sankt Hans] med familien og spiste med uden at kaste op.",
        "[Hans] og hendes forældre mødes til jul, det er hun bange for.",
        "Kæresten fortæller, at [han] har været bange for at miste hende.",
        "Kæresten: [Han] er 31 år og arbejder i [Kastrup Lufthavn].",
        "Held og [lykke] med træningen!",
        "Pt. kom til skade ved en [ulykke] under fodbold.",
        "Pt. beskriver sig som [lykkelig] over graviditeten, men også bange.",
        "Skaden er anmeldt til hendes [ulykkesforsikring].",
        "Pt. kalder [sertralin] for sine '[lykkepiller]'.",
        "[Markant] vægttab på 6 kg på 2 måneder.",
        "Hævelsen er [markeret] med tusch.",
        "Hun faldt på [marken] under kampen og kunne ikke rejse sig.",
        "Cyklede rundt i [Danmark] sidste sommer med kæresten.",
        "Kæresten læser [markedsføring] på CBS.",
        "Brev sendt med Digital [Post].",
        "[Post partum]-plan lagt på konference.",
        "Tjek din [post] i e-Boks for indkaldelse.",
        "Teststrimler sendes med [PostNord].",
        "Ingen [posttraumatiske] symptomer efter faldet.",
        "Risiko for [postnatal] depression drøftet; opfølgning hos sundhedsplejersken.",
        "Hun går forbi [bageren] hver morgen og køber ingenting.",
        "Arbejdede tidligere som [bagerlærling].",
        "Aftalt [max] 1 times motion om dagen.",
        "[Max] dosis [quetiapin] 100 mg i døgnet.",
        "Puls [max] 168 ved løb.",
        "Har købt [Maxi-Cosi] autostol til barnet.",
        "Spiser kun [jasminris] og grøntsager.",
        "Hun har gået [lange] ture for at forbrænde.",
        "Pt. har i [lange] perioder spist under 800 kcal om dagen.",
        "[Lange] måltider er svære; hun rejser sig fra bordet.",
        "OBS: [LANGE] VENTETIDER I AKUTMODTAGELSEN I DAG",
        "[Tangforløsning] og akut kejsersnit gennemgået ved fødselsforberedelsen.",
        "Spiser [tangsalat] og sushi - obs. jod og rå fisk i graviditeten.",
        "Gåtur på [stranden] med kæresten i weekenden.",
        "[Strandtur] med kæresten søndag, spiste is.",
        "Hun føler sig [strandet] derhjemme uden arbejde.",
        "Please [mark] the urine sample with your CPR number.",
        "She has [an] appointment with the midwife on Monday.",
        "The [max] dose of [quetiapine] is 100 mg.",
        "Her boyfriend says [he] is worried; [his] mother had anorexia.",
        "Sygemeldt i [ni] uger.",
    ],
)

addall(
    "ow_places",
    [
        "Mormor boede på plejehjem i [Søborg].",
        "Praktik i en børnehave i [Valby] fra 1.6.",
        "Kæresten kører ud til [Kastrup] kl 05 hver morgen.",
        "Sommerhus i [Strandby] i juli - kan ikke deltage i holdtræning.",
        "Flytter måske til [Nansensgade] 40, 1366 København K, efter fødslen.",
        "Gåtur fra [Sankt Hans Torv] rundt om Søerne med kontaktpersonen.",
        "Jobcentret ligger ved [H.C. Andersens Boulevard].",
        "Hun er flyttet fra [Nansensgade] til [Gammeltoftsgade].",
        "Adresse: [Gammeltoftsgade] 8, 2. th., 1355 København K",
        "Mor bor i [Søborg] og har tilbudt, at pt. kan bo hos hende en periode.",
        "Lægehuset flytter til [Søborg Hovedgade] 120 pr. 1.9.",
        "Bror [Oliver] bor i [Valby] tæt på [Valby Langgade].",
        "Skadet under kamp i [Valbyparken] søndag.",
        "Veninden bor på [Kastrupvej] på Amager.",
        "Vinterbader ved [Kastrup Søbad] - frarådet pga. astma og graviditet.",
        "Pt. er pædagog i Børnehuset [Strandparken] på Amager.",
        "Løber langs [Amager Strand] hver morgen - 10 km.",
        "Cykler ad [Strandboulevarden] til arbejde hver dag.",
        "Gåtur ad [Strandvejen] til Hellerup med mor.",
        "Gåtur i [Ørstedsparken] med kontaktperson.",
        "Bor tæt ved [H.C. Ørsteds Vej].",
        "Gåtur ad [Langelinie] med veninden.",
        "Bror boede tidligere på [Lange-Müllers Gade] på Østerbro.",
        "Fysioterapien er flyttet til [Hans Knudsens Plads].",
        "Kæresten havde tidligere lejlighed i [Hans Tavsens Gade].",
        "Jordemodercentret ligger ved [Fridtjof Nansens Plads].",
        "Koncert på [Tangkrogen] i Aarhus i sommer - gik fint.",
        "Tog toget fra [Kastrup Station] til Malmø.",
        "Praksisadresse: [Søborg Torv] 3, 2860 [Søborg]",
        "Fodbold med B.93 på [Østerbro Stadion], træning tirsdag og torsdag.",
    ],
)

addall(
    "ow_drugs_firms",
    [
        "Tidl. p-piller: [Yasmin], stoppet jan. 2024 pga. graviditetsønske.",
        "[Yasmin] (drospirenon/ethinylestradiol) seponeret 1/2024.",
        "Brugte [ellaOne] én gang i 2022.",
        "Nødprævention ([ellaOne]) 2022 - ikke relevant nu.",
        "[Fucidin] creme ([LEO Pharma]) på skrammen på knæet.",
        "Broren arbejder hos [Ørsted] som ingeniør.",
        "Præparatet produceres af [Ipsen] og er i restordre.",
        "[Sertralin] 'Accord' 100 mg 1 x dgl.",
        "[Symbicort] 160/4,5 2 sug x 2 dgl.",
        "[Pulmicort] Turbohaler 200 mikrog 1 sug x 2",
        "Pt. har taget [Ipren] 400 mg x 3 - stoppet pga. graviditet.",
        "Cetirizin ([Zyrtec]) ved høfeber.",
        "Pt. har både [Ventoline] og [Bricanyl] - brug kun den ene.",
        "Hun drikker [jasminte] i stedet for aftensmad.",
        "Hun og kæresten har hunden [Leo] (labrador), som hun går [lange] ture med.",
        "Tilskud: [Folsyre] 400 mikrog dgl. fra uge 0-12.",
    ],
)

addall(
    "ow_abbrev",
    [
        "[BT] 112/68, puls 78.",
        "[BT]-måling hjemme 135/88 - obs. præeklampsi.",
        "Hun læser om slankekure i [B.T.] og på Instagram.",
        "Diagnose: [AN], restriktiv type, debut som 16-årig.",
        "Atypisk [AN] (DF50.1) og moderat depression (DF32.1).",
        "Tidligere [AN] - nu mere [BN]-lignende mønster med overspisning.",
        "[MS] i familien: nej. Epilepsi: nej.",
        "QTc 428 [ms] - ok til [quetiapin].",
        "EKG: PQ 160 [ms], QRS 90 [ms].",
        "Kriterierne for [AN] er ikke opfyldt (BMI 18,1).",
        "[AN]/[BN]/BED: screening med SCOFF positiv.",
        "Moster har [MS], mormor havde [KOL].",
        "[BT] kl 08: 118/74, kl 14: 121/76",
    ],
)

addall(
    "ow_lowercase",
    [
        "pt har gået [lange] ture hver dag, [max] 2 t",
        "[han] kommer kl 15 m. rent tøj (kæresten)",
        "obs [bt] 140/90 - ring til jordemoder",
        "kæresten siger at [hans] mor kommer i morgen",
        "[strandtur] i weekenden, gik fint",
        "[post] fra jobcentret ligger uåbnet derhjemme",
        "spiser [tang] og ris til frokost",
        "[markant] mindre opkast denne uge",
        "køber intet hos [bageren], undgår [bagervinduer]",
        "pt [lykkelig] for besøg af bror",
        "[han] er sød ved hende, siger mor",
        "kontrol [bt] 118/72, p 80",
        "dx: [an] + depression",
        "[leo] (hunden) er hos mor, mens pt er indlagt",
        "gåtur [amager strand] 5 km",
        "pt [ulykkelig] over at være indlagt",
        "vægt 51,0 kg, [max] 0,5 kg op/uge",
        "kæresten og [hans] søster på besøg",
        "spist 1/2 [bagel] og [jasminris]",
        "[post partum]: aftale m. sundhedsplejen",
    ],
)

addall(
    "ow_people",
    [
        "Bagvagt [Omar Haddad] har set pt. i akutmodtagelsen.",
        "Reservelæge [Haddad] har ordineret [Panodil] 1 g x 4.",
        "[OH]: konfereret, ok til udskrivelse.",
        "Sonograf [Ella Brix] har skannet: ét levende foster.",
        "[Ella Brix] (sonograf) 15.5.: CRL 62 mm.",
        "Scanning v/ sonograf [Ella].",
        "[EB]: fosteret ligger i hovedstilling.",
        "Diktat skrevet af lægesekretær [Kirsten Lange].",
        "Sekretær [Lange] har sendt indkaldelse til samtale.",
        "Fysioterapeut [Jonas Strand] så pt. i akutmodtagelsen og instruerede i krykker.",
        "Fys. [Strand] (akut-fys) har vurderet gangfunktionen.",
        "[Niels Ipsen] (læge) er ferieafløser i lægehuset.",
        "Læge [Ipsen] har fornyet [Pulmicort].",
        "[NI] 03.06: kighostevaccine givet.",
        "Virksomhedskonsulent [Lykke Dahl] har kontakt til arbejdsgiveren.",
        "Konsulent [Lykke] fra virksomhedsteamet deltager i mødet.",
        "Tandplejer [Pernille Bager]: tandsten fjernet.",
        "Tandplejer [Bager] anbefaler fluortandpasta 5000 ppm.",
        "[PB]: tandrensning, ny tid om 6 mdr.",
        "Psykolog [Kasper Lind]: 6 samtaler om kropsbillede.",
        "Psykolog [Kasper] har sendt status til teamet.",
        "Portør [Max Thomsen] kørte pt. til MR.",
        "Portør [Max] hentede pt. kl 10.",
        "Mor [Birgitte Rosendahl] er sygeplejerske på [Rigshospitalet].",
        "Sygeplejerske [Birgitte Rosendahl] har ringet fra en anden afdeling og spurgt til sin datter.",
        "Medpatient [Hans Jørgen] (68) har været truende på gangen; pt. er utryg.",
        "Medpatient [Yasmin] (19) og pt. er blevet veninder på afsnittet.",
        "Holdkammerat [Ola Nowak] tog hende med på skadestuen.",
        "Leder [Anja Friis] fra børnehaven har ringet til jobcentret.",
        "Naboen [Hans] (70) passer hunden, mens hun er indlagt.",
        "Træner [Mark Holst] fra B.93 ringede efter skaden.",
        "Din journal er set af [Birgitte Rosendahl] (Rigshospitalet) 24.05.2024",
        "2024-04-14 20:01:11 | [omha] | [Haddad], [Omar] | Akutmodtagelsen BBH | læst journal",
        "Psykolog: [Kasper Lind] | Sekretær: [Kirsten Lange] | Portør: [Max Thomsen]",
        "[Jonas Strand], fysioterapeut, Bispebjerg Hospital",
        "Henv. fra [Niels Ipsen], Lægehuset Nørrebrogade",
        "Ferieafløser: [Omar Haddad] ([OH])",
        "Fra: [Lykke Dahl], Jobcenter København\nEmne: virksomhedspraktik",
        "Konsulent [Lykke Dahl] har fundet en praktikplads i en anden børnehave.",
        "Medpatient [Amira Haddad] er flyttet til stue 4.",
        "En anden patient, [Thea] (22), har også en spiseforstyrrelse; pt. sammenligner sig med hende.",
        "Hendes tidligere chef, [Dorthe Juhl], har skrevet en udtalelse.",
        "Kollegaen [Max] fra børnehaven har overtaget hendes stue.",
        "Hun lytter til [Agnes Obel] for at falde i søvn.",
        "Pt.s tidligere psykolog, [Kasper Munch], har sendt journalen.",
        "Navn til barnet: måske [Ella] eller Alma.",
        "Gudmor [Lykke] (mors veninde) har tilbudt at hjælpe efter fødslen.",
        "[Omar Haddad], reservelæge, Akutmodtagelsen, Bispebjerg Hospital",
        "Skrevet af [kl] ([Kirsten Lange]) 22.03.2024",
    ],
)

addall(
    "ow_relatives",
    [
        "Kæresten [Mark] deltager i samtalen.",
        "[Mark Lindqvist] (kæreste, far til barnet), tlf. 2612 3456",
        "Pårørende: [Mark Lindqvist] (samlever), [Birgitte Rosendahl] (mor)",
        "Pt. og kæresten [Mark] har været sammen i 4 år.",
        "Kæresten [Mark] er bekymret og vil gerne tale med en læge.",
        "Mor [Birgitte] er selv sygeplejerske og har spurgt til journalen.",
        "Kontaktperson (pårørende): [Josefine Kastrup], veninde, tlf. 2233 4455",
        "Veninden [Josefine] kørte hende til akutmodtagelsen.",
        "[Josefine Kastrup] (veninde) ringede kl 23 og var bekymret.",
        "Bror [Oliver Rosendahl] (24) kommer på besøg i weekenden.",
        "[Sofie Rosendahl], cpr 120395-1234",
        "Pt. [Sofie] fortæller, at hun har haft det bedre.",
        "Pt. [Sofie Rosendahl] giver samtykke til, at <Mark> må få oplysninger.",
        "[Rosendahl], [Sofie] - ambulant besøg 14.3.",
        "Kære [Sofie]\nTak for din besked.",
        "Hej [Sofie], husk at medbringe urinprøve.",
        "Fru [Rosendahl] (mor) ringede og spurgte efter datteren.",
        "Familie: mor [Birgitte] (58), far død 2019, bror [Oliver] (24).",
        "[Birgitte Rosendahl] er sygeplejerske på samme hospital og kender mange af personalet.",
        "Hun bor med [Mark] i [Gammeltoftsgade].",
        "Far til barnet: [Mark Lindqvist], 31 år.",
        "Veninde [Josefine Kastrup] er kontaktperson, hvis pt. ikke kan kontaktes.",
        "[Mark] og [Sofie] venter deres første barn til oktober.",
        "Pårørendesamtale med mor [Birgitte] og kæreste [Mark] 20.3.",
        "Her boyfriend [Mark] joined the consultation.",
        "[Sofie] (pt.) og [Mark] (kæreste) var til scanning sammen.",
        "Mor [Birgitte Rosendahl], tlf. 4015 2020",
        "[Oliver] (bror) har hentet hendes tøj.",
        "[Josefine] (veninde) har været med til alle samtaler i jobcentret.",
        "Mor og datter ([Birgitte] og [Sofie]) har haft en konflikt om maden.",
        "Pt. ønsker ikke, at mor [Birgitte] får oplysninger, selvom hun arbejder på hospitalet.",
        "Kæresten [Mark] henter hende efter vagten i lufthavnen.",
        "Mor, [Birgitte], er sygeplejerske på afdeling 4131.",
        "[Oliver] (lillebror) bor i [Valby].",
        "[Josefine] (bedste veninde) har nøgle til lejligheden.",
        "Barnefar [Mark Lindqvist] er informeret.",
        "[Sofie] vejer 51,4 kg i dag.",
        "Mor: [Birgitte Rosendahl], [Søborg Hovedgade] 40, 2860 [Søborg]",
        "Samlever: [Mark Lindqvist], [Gammeltoftsgade] 8",
        "Nærmeste pårørende: [Josefine Kastrup] (veninde), [Kastrupvej] 101, 2300 København S",
        "[Rosendahl], [Birgitte] (mor) - tlf. 4015 2020",
        "Her boyfriend [Mark] is worried about her eating.",
        "[Sofie] og [Mark] har valgt navnet [Ella] til pigen.",
        "[SOFIE ROSENDAHL] - 120395-1234 - Gammeltoftsgade 8",
        "Kære [Mark]\nDu er registreret som far i graviditetsjournalen.",
    ],
)

addall(
    "ow_notes",
    [
        "Indkaldelse\nDu indkaldes til opfølgningssamtale i Jobcenter København, [H.C. Andersens Boulevard], 3. maj kl. 10.\nBrevet er sendt med Digital [Post].",
        "Kostplan\nMorgen: havregryn med mælk\nFormiddag: [bagel] med ost\nFrokost: rugbrød x 2\nEftermiddag: frugt\nAften: kylling, [jasminris], grønt\nSen aften: yoghurt",
        "Medicinliste 15.4.:\n[Sertralin] 100 mg 1 x 1\n[Pulmicort] 200 mikrog 1 x 2\n[Ventoline] pn\n[Folsyre] 400 mikrog 1 x 1\n(seponeret: [Yasmin], [Ipren])",
        "Anamnese: 29-årig pædagog fra Børnehuset [Strandparken]. Bor med kæresten [Mark] i [Gammeltoftsgade]. Mor [Birgitte] er sygeplejerske. [Han] er støttende.",
        "Dagbog (pt. skriver): 'Gik en lang tur på [Amager Strand] og spiste ikke frokost. <Mark> var sur. Jeg er ikke [lykkelig].'",
        "Skade: vrid i ve. knæ ved fodbold i [Valbyparken]. Tidl.: astma, [AN] (16-19 år). Gravid uge 12. [BT] 118/72.",
        "Fødselsanmeldelse: mor [Sofie Rosendahl], far [Mark Lindqvist]. Fødested: [Rigshospitalet].",
        "Tlf. fra mor [Birgitte Rosendahl]: bekymret, datteren spiser ikke. Mor bor i [Søborg], kan hente hende.",
        "Pakkeliste til fødslen: [Maxi-Cosi], tøj, snacks, [jasminte], opladere.",
        "Hej alle i teamet - jeg har fået det bedre og siger tak for [lange] samtaler og tålmodighed. Hilsen [Sofie]",
        "Jobcenter: Du kan læse brevet i Digital [Post] eller på borger.dk. Spørgsmål: ring 3366 3366.",
        "Pt. fortæller om [ulykke] i barndommen (trafik), ingen varige mén. Ønsker [lykkepiller] stoppet inden fødslen.",
        "Genoptræning: mødested [Hans Knudsens Plads] 30, 2. sal. Medbring træningstøj.",
        "Psykoedukation - hjemmeopgave: Skriv 3 ting, du er glad for. [Sofie]: 1) <Mark> 2) hunden [Leo] 3) fodbold",
        "Henvisning modtaget fra Lægehuset Nørrebrogade. Tid sendt med Digital [Post]. Adresse: [Nansensgade]-siden, indgang 2.",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_words",
    [
        "{Hans Nansen} har talt med kæresten; [han] er bekymret for [hans] egen rolle.",
        "«Overlæge» {Nansen}: kæresten må gerne deltage, [han] har fået information.",
        "{HAN}: pt. fortæller, at [han] (kæresten) har fundet opkast i toilettet.",
        "{Mark Søborg}: [markant] vægttab, henvises til psykiatrien.",
        "{MS}: [BT] 118/72, QTc 430 [ms].",
        "{AN}: vægt 49,8 kg; kriterier for [AN] ikke opfyldt pga. BMI over 17,5.",
        "«Diætist» {Agnieszka Nowak}: atypisk [AN], plan for vægtøgning.",
        "{BT}: [BT] 142/92 - præeklampsiprøver taget.",
        "«Overlæge» {Birgitte Tang}: [tangforløsning] kan blive aktuel, hvis udvidelsen går i stå.",
        "{Thea Strand} har talt med pt. om løbeturene på [Amager Strand].",
        "«spl.» {Strand} bemærker, at pt. kom direkte fra [stranden] i shorts.",
        "{Dorthe Post}: indkaldelse sendt med Digital [Post].",
        "{Post} har lagt brevet i din digitale [postkasse].",
        "{DP}: [post partum]-perioden vurderes ved næste opfølgning.",
        "{Lykke Gammeltoft}: held og [lykke] med kampen - men ikke før uge 20!",
        "«Fys.» {Lykke} noterer, at skaden skete ved en [ulykke] på kunstgræs.",
        "«Tandlæge» {Bager}: syreskader; pt. arbejdede tidl. som [bagerlærling].",
        "{Leo Ipsen}: [Fucidin] fra [LEO Pharma] må gerne bruges i graviditeten.",
        "{Leo} («farmaceut») har talt med pt.; hunden [Leo] var med på apoteket.",
        "«ssa» {Max Ørsted}: gåtur [max] 30 min i [Ørstedsparken].",
        "{max ø}: pt må [max] gå 20 min ad gangen",
        "{Yasmin Haddad}: pt. spiser kun [jasminris] og agurk.",
        "{Yasmin}: tidligere p-piller ([Yasmin]) stoppet - ingen sammenhæng med humøret.",
        "«Jordemoder» {Ella Kastrup}: [ellaOne] i 2022 har ingen betydning for graviditeten.",
        "{Valby} har aftalt, at broren henter pt.; [han] bor på [Valby Langgade].",
        "{Søborg} har talt med mor, som bor i [Søborg].",
        "«Overlæge» {Nansen} og pt. gik til en café i [Nansensgade] for at øve at spise ude.",
        "{Hans Nansen}: pt. fejrede [Sankt Hans] hjemme og spiste med.",
        "{Sofie Lange}: [Sofie] har spist hele portionen.",
        "{SL}: [lange] samtaler med pt. om kropsbillede i aften.",
        "{Gammeltoft}: pt. bor i [Gammeltoftsgade] - træning kan foregå i [Ørstedsparken].",
        "{Ulla}: syreskader som ved [AN]/[BN].",
        "{Agnes}: [max] 1 vejning om ugen.",
        "{Mark Søborg}: [Yasmin] seponeret, [folsyre] startet.",
        "«Læge» {Kasper Valby}: [ulykke] ved fodbold, vrid i ve. knæ.",
        "{MØ}: pt. har gået [lange] ture i [Ørstedsparken] trods aftale om [max] 20 min.",
        "{Ella Kastrup} spørger, om kæresten har fri fra [Kastrup Lufthavn] til fødslen.",
        "{Birgitte Tang}: pt. spiser [tang] og sushi - rå fisk frarådes.",
        "Seen by «Dr» {Søborg}: [BT] 120/80; [an] inhaler review is due.",
        "{Dorthe Post}: borger har ikke åbnet sin [post] i 3 uger.",
    ],
)

addall(
    "mx_people",
    [
        "[Omar Haddad] (reservelæge) og «kontaktsygeplejerske» {Yasmin Haddad} er ikke i familie.",
        "Reservelæge [Haddad] har talt med «kontaktsygeplejerske» {Haddad} fra psykiatrien.",
        "[Ella Brix] skannede, «jordemoder» {Ella Kastrup} var med.",
        "Sonograf [Ella] og «jordemoder» {Ella} gennemgik billederne sammen.",
        "[Kirsten Lange] har booket tid hos {Sofie Lange}.",
        "Sekretær [Lange] og «sygeplejerske» {Lange} deltog begge i mødet.",
        "[Jonas Strand] (fys) og {Thea Strand} («sygeplejerske») i akutmodtagelsen.",
        "«Farmaceut» {Ipsen} har ringet til læge [Ipsen] om recepten.",
        "[Niels Ipsen] har talt med «farmaceut» {Leo Ipsen} om [Ipren].",
        "[Lykke Dahl] (jobcenter) og «fysioterapeut» {Lykke Gammeltoft} har holdt fælles møde.",
        "Tandplejer [Bager] og «tandlæge» {Bager} samarbejder om behandlingen.",
        "Psykolog [Kasper Lind] har læst «læge» {Kasper Valby}«s» notat fra akutmodtagelsen.",
        "Portør [Max] og «ssa» {Max} fulgte pt. til scanning.",
        "Mor [Birgitte Rosendahl] og «overlæge» {Birgitte Tang} kender hinanden fra hospitalet.",
        "«Overlæge» {Birgitte} har talt med pt.s mor [Birgitte] om medicinen.",
        "Kæresten [Mark] og «læge» {Mark Søborg} har talt sammen i telefonen.",
        "[Mark] (kæreste) spørger, om {Mark Søborg} kan skrive attesten.",
        "Pt. [Sofie Rosendahl] og «sygeplejerske» {Sofie Lange} har samme fornavn.",
        "[Sofie] (pt.) og {Sofie} («spl.») har lavet en aftale om aftensmaden.",
        "Veninden [Josefine Kastrup] og «jordemoder» {Ella Kastrup} er ikke i familie.",
        "[Josefine] kørte pt. til konsultation hos «jordemoder» {Kastrup}.",
        "Medpatient [Hans Jørgen] og «overlæge» {Hans Nansen} havde en konflikt på gangen.",
        "Medpatient [Yasmin] (19) spurgte efter «kontaktsygeplejerske» {Yasmin}.",
        "Holdkammerat [Ola Nowak] og «diætist» {Agnieszka Nowak} er ikke i familie.",
        "Træner [Mark Holst] og egen «læge» {Mark Søborg} har begge anbefalet pause fra fodbold.",
        "[OH]/{YH}: fælles vurdering af selvmordsrisiko i akutmodtagelsen.",
        "Mor ([Birgitte], spl. på [Riget]) og bror [Oliver] var med; «jordemoder» {Ella Kastrup} noterede.",
        "[Lykke] (konsulent) og {Lykke} («fys») har begge skrevet til egen læge.",
        "[Kasper] (psykolog) har læst notatet fra «læge» {Kasper} i akutmodtagelsen.",
        "Anden patient [Thea] (22) og «sygeplejerske» {Thea Strand} - ingen relation.",
        "Hunden [Leo] må ikke komme med ind, siger «farmaceut» {Leo Ipsen}.",
        "[Pernille Bager] (tandplejer), {Ulla Bager} («tandlæge»): fælles plan for fluor.",
        "[Max Thomsen] (portør) afleverede pt. til {Max Ørsted} («ssa») på P7.",
    ],
)

addall(
    "mx_notes",
    [
        "Overlevering P7 nat:\n- pt sov fra 01 ({MØ})\n- kæreste [Mark] ringede kl 23\n- [lange] samtaler om maden i går v/ {Sofie Lange}\n- [max] 1 vejning/uge (aftalt m. {nansen})",
        "Netværksmøde 14.4.\nDeltagere: pt. [Sofie Rosendahl], kæreste [Mark Lindqvist], «overlæge» {Hans Nansen}, «kontaktsygeplejerske» {Yasmin Haddad}, psykolog [Kasper Lind], «sagsbehandler» {Dorthe Post}\nReferent: {YH}",
        "Kære {Dorthe}\nJeg er stadig sygemeldt. Min «læge» {Mark Søborg} har sendt en ny attest med Digital [Post]. [Mark] (min kæreste) kan komme med til mødet.\nMvh [Sofie]",
        "Akutmodtagelsen 14.4.\nTriage ({thst}): grøn\n«Læge»: {Kasper Valby}\nFysioterapeut: [Jonas Strand]\nBagvagt: [Omar Haddad]\n[Panodil] 1 g, ikke [Ipren] (gravid)",
        "Vandrejournal uge 28 ({EK}): [BT] 120/75, SF 28 cm. Mor [Birgitte] med. Samtale om [AN] og vægt - henvist til «diætist» {Agnieszka Nowak}.",
        "Jobcenter: {DP} har modtaget LÆ 265 fra {MS}. Husk at indkalde leder [Anja Friis] og konsulent [Lykke Dahl].",
        "E-konsultation: 'Hej {Mark Søborg}, min astma er værre, og [Mark] siger, jeg hvæser om natten. Kan jeg tage mere [Pulmicort]? [Sofie]'",
        "«Tandlæge»: {UB} - erosioner pga. opkast ([AN]/[BN]). Tandrensning v/ [Pernille Bager]. Næste tid om 6 mdr.",
        "Apoteket: {Leo Ipsen} har talt med pt. om [Yasmin] (stoppet), [sertralin] og [Ventoline]; [Ipren] frarådet. Recept fra [Niels Ipsen] (ferieafløser).",
        "Fysioterapi: {lyga} - [ulykke] 14.4., partiel ACL-læsion. Pt. løber ikke på [Amager Strand] før uge 20. Holdtræning m. [Jonas Strand].",
        "Udskrivelsesepikrise P7\nIndlagt 11.3.-22.3.\nKontaktperson: {Sofie Lange}\n«Læge»: {Hans Nansen}\nPårørende: [Birgitte Rosendahl] (mor, spl.), [Mark Lindqvist] (kæreste)\n{HAN}/[kl]",
        "Scanning 20+1: [Ella Brix] (sonograf). Konklusion {BT}: normal anatomi. [BT] 115/70. {Ella Kastrup} informeret.",
        "Log 24.05.2024:\n09:58 {elka} læst\n10:03 [Birgitte Rosendahl] læst\n10:05 {BT} læst",
        "SMS-tråd:\n{Yasmin}: Hej [Sofie], hvordan går det med maden?\n[Sofie]: Dårligt. <Mark> er på arbejde i [Kastrup] hele weekenden.\n{Yasmin}: Ring til akuttelefonen, hvis det bliver værre.",
    ],
)

addall(
    "db_bare",
    [
        "<Haddad> har ringet og bedt om at blive ringet op.",
        "<Ella> har booket tiden til næste uge.",
        "Spørg <Lange> om papirerne.",
        "<Strand> kommer kl. 14.",
        "<Ipsen> har ringet om recepten.",
        "<Lykke> har sendt en mail.",
        "<Bager> har ferie i uge 30.",
        "<Kasper> kigger på det i morgen.",
        "<Max> har ringet.",
        "<Birgitte> har været inde og se til hende.",
        "<Mark> har ringet og spurgt til svaret.",
        "<Kastrup> ringer tilbage i eftermiddag.",
        "<Sofie> har skrevet i dagbogen.",
        "Hej <Mark>, tak for sidst.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
