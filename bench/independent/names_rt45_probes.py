"""Red-team probes for indsigt name hiding (rt45): the LETTERS and DOCUMENTS a citizen reads on
sundhed.dk - discharge summaries (epikriser), referrals (henvisninger), outpatient letters typed
by secretaries, radiology and pathology reports ("Beskrevet af", "Svar afgivet af", "Godkendt
af"), laboratory comments, dictated notes with dictation marks ("dikt./sekr.", "AK/ne", "/ne"),
medication reconciliation, e-mails forwarded into the record ("Fra:", "Sendt:", "Til:", "Cc:"),
messages in the sundhed.dk inbox (korrespondancemeddelelser), MinLog-like audit text ("Opslag
foretaget af ... (Rolle)"), forensic psychiatry notes that quote threats verbatim, notes in
English by foreign doctors, Norwegian/Swedish spellings, OCR errors (rn/m, l/I, 0/O, 1/l),
names broken across lines, ALL-CAPS headers, Unicode tricks (NFD accents, NBSP, zero-width
characters, soft/non-breaking hyphens, full-width letters, a homoglyph), names inside URLs and
e-mail addresses, possessives (-s, -'s, -') and lower-case fast shorthand - and the over-hiding
traps of the same documents.

The citizen is Kasper Due (41): forensic psychiatric patient (dom til behandling, afsnit R2)
with an atrial fibrillation (AK-behandling, kardiologisk amb.), a pneumonia admission (medicinsk
M1, lithium toxicity), an appendectomy and an inguinal hernia (kirurgisk afd.), a wrist fracture
(ortopædkirurgi), CT/MR/X-ray, a lung nodule biopsy and an appendix specimen (patologi).

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name part, registered initials, user name or e-mail
         local part, used for that person) -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, an abbreviation, a place, a street, a drug, a firm) -> any span over it
         = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing next to a hidden name (overlæge, reservelæge,
         rl., læge, Dr/dr., MD, sygeplejerske(n), kontaktsygeplejerske, psykolog, bioanalytiker,
         lægesekretær, sekretær, and the Norwegian/Swedish/English ones: overlege, sykepleier,
         sjuksköterska, underläkare, överläkare, consultant), a role in brackets in an audit line
         "(Reservelæge)", a genitive -s/-'s/-' glued to a hidden name, the domain of a hidden
         person's e-mail or the host of a URL that carries a hidden name, a domain prefix before a
         user name ("RM\\"), a phone number written next to a hidden name.
  Unmarked letters and digits are must-stay as well, including the frames of the documents:
  "Beskrevet af:", "Svar afgivet af:", "Godkendt af", "Fra:", "Til:", "Cc:", "Sendt:", "Emne:",
  "Med venlig hilsen", "p.p.", "Dikt./sekr.", "Opslag foretaget af", "KBA", "R2", "https".
  Literal "[", "{", "<" and "«" cannot appear in a probe: they are the markup (so e-mail headers
  here put addresses in round brackets).

Rules I apply when marking (the same in every genre):
  1. A name part owned only by hidden staff (René, Mikael, Ostrup, Oksana, Kovalenko, Elif,
     Yıldız, Aputsiaq, Lynge, Hodan, Pernille, Dam, Mose, Warsame; see 3-5 for the shared ones)
     that the text uses for a person is gone - capitalised, lower case or ALL CAPS, bare or with
     the other part, family-first, abbreviated ("O. Kovalenko", "Bjørn D."), in any position.
  2. Registered initials, user names and e-mail local parts are gone where they stand for the
     person: dictation marks ("AK/ne", "/ne", "/mr" - also lower case), after sign./af/v/,
     "Beskrevet:", "Prøvetager:", in audit lines, in URLs ("?user=inmo"). The same letters used as
     the word or abbreviation they also are stay: AK-behandling / AK-klinikken, MR(-scanning), i.m.
     / IM, OK / ok, PEP-fløjte / PEP-behandling, ALK-negativ, English "BD" (twice daily), Mr.
  3. A part shared with a non-hidden colleague (Anders - Anders Holt; Krog - Lise Krog; Maja - Maja
     Thomsen; Bjørn - Bjørn Hansen; Due - Lotte Due; Ingrid - Ingrid Sørensen; Eng - Susanne Eng;
     Sommer - Kim Sommer; Ravn - Per Ravn; Kleist - Niels Kleist) is gone when the hidden person's
     other part, initials, own title/role or an act only the hidden person's role does
     (operating, ordering drugs, dictating a surgical letter, booking as the secretary) settles
     it; it stays when the colleague's full name or role settles it; bare and unsettled it is
     debatable.
  4. A part shared with the citizen or a relative (Due - Kasper, Ingrid and Oskar Due; Krog -
     Hanna and Bjørn Krog; Bjørn - Bjørn Krog; Ingrid - Ingrid Due; Nanna - Nanna Lund) is gone
     when a title, the other part, initials or the document's frame (a signature of a clinic
     message, "Til:" line) settles it; it stays when a kinship word, age, courtesy title (hr./fru,
     Mr) or the relative's full name says who it is; bare and unsettled it is debatable.
  5. A part shared with an unlisted person (Fatima Warsame, bostedspædagog; Jens Mose, forsvarer;
     Kirsten Dam, politiassistent; near misses Lars Krogh, Ole Ravnkilde, Sofie Engberg, Poul Dahm,
     Henrik Sommerfeldt) stays where that person's full name or role is written.
  6. Words, places, streets and abbreviations stay even when spelt like a hidden name part or
     initials, also capitalised at the start of a sentence, also in compounds (krogplade,
     Ravnsborg, Dueodde, Mosevej, Engesvang, sommerferien, Isbjørnene), also English "due",
     "van", and also in a text that names the hidden person.
  7. Misspellings that a reader still reads as the person are gone when the text places them as
     that person: OCR one-character errors (0strup, KIeist, Sornrner, lngrid, Kr0g, Darn) in a
     signature/"af" slot or next to the right other part; Swedish "Björn" next to "Dam"; ASCII
     "Rene", "Yildiz"; Cyrillic-o homoglyph in "Oksana". A whole name in Cyrillic script is
     debatable. Letters split by zero-width characters, soft hyphens, NBSP, line breaks or a
     hyphenation across lines are gone (the reader sees the name).
  8. Lower-case fast notes get the same judgement as careful prose: "talt m dam ang INR" is a
     name, "gik en tur til dammen" a pond; "ravn ordinerer" a name, "en ravn i træet" a bird.
  9. Threats quoted verbatim hide the name inside the quote, also nicknames built on a name part
     ("Sommer-kællingen").

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/relative use + staff use

Roster (new; none of these persons is in any other rt file that I read):
  Hidden staff (12), with what the parts and initials also are:
    Anders Krog            overlæge, kirurgisk afd.     krog = hook (krogplade, krogen); Anders
                                                        = Anders And; AK = AK-behandling;
                                                        user ankr; anders.krog@rm.dk
    Maja Ravn              reservelæge, retspsyk. R2    ravn = raven; MR = MR-scanning, Mr;
                                                        user mara; maja.ravn@rm.dk
    Bjørn Dam              sygeplejerske, kardiologisk  bjørn = bear; dam = pond / the game;
                           amb. (AK-klinikken)          BD = bis die; user bjda; bjda@rm.dk
    René Due               reservelæge, medicinsk M1    due = dove, English "due"; Due = the
                                                        citizen; RD; user redu; rene.due@rm.dk
    Ingrid Mose            bioanalytiker, KBA           mose = bog, mose/moset kost; IM = i.m.;
                                                        user inmo; ingrid.mose@rm.dk
    Nanna Eng              lægesekretær, kirurgisk amb. eng = meadow, eng. = engelsk; NE;
                                                        user naen; nanna.eng@rm.dk
    Pernille Kjær-Sommer   kontaktsygeplejerske, R2     hyphenated; sommer = summer; PKS and
                                                        registered PEP (PEP-fløjte); user peks;
                                                        pernille.kjaer-sommer@rm.dk
    Mikael van Ostrup      overlæge, radiologi          particle "van" (English van); MVO;
                                                        user mvos; mvo@rm.dk
    Oksana Kovalenko       læge i introduktionsstilling, Ukrainian; OK = okay; user okov;
                           ortopædkirurgi               oksana.kovalenko@rm.dk
    Elif Yıldız            psykolog, R2                 Turkish dotless ı; EY; user elyi;
                                                        elif.yildiz@rm.dk
    Aputsiaq Lynge-Kleist  overlæge, patologi           Greenlandic, hyphenated; Lynge = town;
                                                        ALK = ALK-translokation; user aply;
                                                        alk@rm.dk
    Hodan Warsame          sygeplejerske, R2            Somali; HW; user howa;
                                                        hodan.warsame@rm.dk
  Non-hidden colleagues sharing parts: Anders Holt (overlæge, kardiologi), Lise Krog
    (fysioterapeut), Maja Thomsen (lægesekretær, R2), Bjørn Hansen (sygeplejerske, kardiologi),
    Lotte Due (lægesekretær, M1), Ingrid Sørensen (overlæge, M1), Susanne Eng (sygeplejerske,
    kirurgisk amb.), Kim Sommer (socialrådgiver, R2), Per Ravn (radiograf), Niels Kleist
    (overlæge, radiologi).
  Citizen: Kasper Due (41). Relatives: Ingrid Due (mother, 68), Hanna Krog (sister), Bjørn Krog
    (brother-in-law), Oskar Due (son, 12), Nanna Lund (ex-partner, Oskar's mother).
  Unlisted (not given to the matcher; must simply stay): Lars Krogh (egen læge), Fatima Warsame
    (bostedspædagog), Jens Mose (forsvarer), Kirsten Dam (politiassistent), Ole Ravnkilde
    (bostedsmedarbejder), Sofie Engberg (kæreste), Poul Dahm (psykiater), Henrik Sommerfeldt
    (dommer).

Written by a red-team helper (rt45) that had not seen the matcher's rules, word lists, tests,
docs or changelog, nor the other probe files except the format parts of names_rt44_probes.py
(its docstring and mixed classes, for the markup standard) and probe_harness.py; the markup above
was fixed before the first run and is not changed after it except for markup errors by this
standard (listed below).

Run:  cd bench/independent && INDSIGT_PURE_PYTHON=1 PYTHONPATH=<src> python names_rt45_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above; also in
helpers/rt45/fixes.txt): 4 probes had a title word standing next to a hidden name unmarked, which
the standard makes don't-care - "Ansvarlig «læge»: «reservelæge» {René Due}", "Henvisende «læge»:
{Maja Ravn}", "«Sekretær»: {NE} / Dikt.: {AK}" and "«LÆGE»: {KOVALENKO}". Not changed: "Dikt./sekr.:
{AK}/{ne}" ("Dikt./sekr." is a must-stay frame by the standard; its over-hide stands). Nothing else
was changed (5 contrived probes were deleted before the first run, none after it).

538 probes (321 leak, 144 over-hide traps, 73 mixed), 14 debatable regions. held-out, first run on
232952d (pinned worktree): 15 leaks / 28 over-hides (42 failing probes); after the 4 markup fixes:
15 leaks / 24 over-hides (38 failing probes; one probe both leaks and over-hides); debatable 12
hidden / 2 kept.
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        "ak",
        "Anders",
        "Krog",
        initials=("AK",),
        emails=("anders.krog@rm.dk",),
        usernames=("ankr",),
        titles=("overlæge",),
    ),
    Person(
        "mr",
        "Maja",
        "Ravn",
        initials=("MR",),
        emails=("maja.ravn@rm.dk",),
        usernames=("mara",),
        titles=("reservelæge",),
    ),
    Person(
        "bd",
        "Bjørn",
        "Dam",
        initials=("BD",),
        emails=("bjda@rm.dk",),
        usernames=("bjda",),
        titles=("sygeplejerske",),
    ),
    Person(
        "rd",
        "René",
        "Due",
        initials=("RD",),
        emails=("rene.due@rm.dk",),
        usernames=("redu",),
        titles=("reservelæge",),
    ),
    Person(
        "im",
        "Ingrid",
        "Mose",
        initials=("IM",),
        emails=("ingrid.mose@rm.dk",),
        usernames=("inmo",),
        titles=("bioanalytiker",),
    ),
    Person(
        "ne",
        "Nanna",
        "Eng",
        initials=("NE",),
        emails=("nanna.eng@rm.dk",),
        usernames=("naen",),
        titles=("lægesekretær",),
    ),
    Person(
        "pks",
        "Pernille",
        "Kjær-Sommer",
        initials=("PKS", "PEP"),
        emails=("pernille.kjaer-sommer@rm.dk",),
        usernames=("peks",),
        titles=("kontaktsygeplejerske", "sygeplejerske"),
    ),
    Person(
        "mvo",
        "Mikael",
        "van Ostrup",
        initials=("MVO",),
        emails=("mvo@rm.dk",),
        usernames=("mvos",),
        titles=("overlæge",),
    ),
    Person(
        "ok",
        "Oksana",
        "Kovalenko",
        initials=("OK",),
        emails=("oksana.kovalenko@rm.dk",),
        usernames=("okov",),
        titles=("læge",),
    ),
    Person(
        "ey",
        "Elif",
        "Yıldız",
        initials=("EY",),
        emails=("elif.yildiz@rm.dk",),
        usernames=("elyi",),
        titles=("psykolog",),
    ),
    Person(
        "alk",
        "Aputsiaq",
        "Lynge-Kleist",
        initials=("ALK",),
        emails=("alk@rm.dk",),
        usernames=("aply",),
        titles=("overlæge",),
    ),
    Person(
        "hw",
        "Hodan",
        "Warsame",
        initials=("HW",),
        emails=("hodan.warsame@rm.dk",),
        usernames=("howa",),
        titles=("sygeplejerske",),
    ),
]

OTHERS = [
    ("Anders", "Holt"),
    ("Lise", "Krog"),
    ("Maja", "Thomsen"),
    ("Bjørn", "Hansen"),
    ("Lotte", "Due"),
    ("Ingrid", "Sørensen"),
    ("Susanne", "Eng"),
    ("Kim", "Sommer"),
    ("Per", "Ravn"),
    ("Niels", "Kleist"),
]

RELATIVES = [
    ("Ingrid", "Due"),
    ("Hanna", "Krog"),
    ("Bjørn", "Krog"),
    ("Oskar", "Due"),
    ("Nanna", "Lund"),
]

CITIZEN = [("Kasper", "Due")]

P = Probes()
addall = P.addall


# ============================================================================= LEAK PROBES
addall(
    "lk_epikrise",
    [
        "EPIKRISE\nMedicinsk afdeling M1, Regionshospitalet Viborg\nIndlagt 03.02-09.02 med venstresidig pneumoni.\nAnsvarlig «læge»: «reservelæge» {René Due}",
        "Pt. er udskrevet til bostedet. Epikrisen er skrevet af {René Due} og sendt til egen læge [Lars Krogh].",
        "Under indlæggelsen blev pt. tilset af «overlæge» {Anders Krog} fra kirurgisk afd., som ikke fandt tegn på akut abdomen.",
        "Konklusion: Let lithiumforgiftning. Lithium pauseret. Drøftet med {Maja Ravn}, retspsykiatrisk afsnit R2, der genoptager behandlingen.",
        "Forløb: Pt. blev modtaget af «sygeplejerske» {Bjørn Dam} i kardiologisk amb. med hurtig atrieflimren.",
        "Epikrise til egen læge. Kontrol ved {RD} om 6 uger i medicinsk amb.",
        "Udskrevet 12.03. /{René Due}, «rl.»",
        "Epikrise - Kirurgisk afd.\nOperation: Laparoskopisk appendektomi 04.05 (operatør: {Anders Krog}).\nPostoperativt ukompliceret.",
        "Pt. er informeret om det histologiske svar af «overlæge» {Krog} og accepterer kontrol.",
        "Epikrisen er sendt til kommunen. Ved spørgsmål kontakt «sekretær» {Nanna Eng}, tlf. «7845 2210».",
        "Videre plan: Fortsat [AK]-behandling med Eliquis. Kontrol hos {Bjørn Dam}, kardiologisk amb., om 3 mdr.",
        "Sammenfatning ved udskrivelse (forfatter: {René Due}; godkendt af overlæge [Ingrid Sørensen]).",
        "Udskrivningssamtale ført af {Hodan Warsame} og {Elif Yıldız}; pt. var rolig og samarbejdende.",
        "Epikrise (retspsykiatri): Pt. er overflyttet til R3. Under opholdet på R2 har pt. truet personalet, især {Hodan Warsame} og {Pernille Kjær-Sommer}.",
        "Medicinen ved udskrivelsen er gennemgået med pt. af {René Due} og farmaceut.",
        "Røntgen af ve. håndled (beskrevet af {Mikael van Ostrup}): distal radiusfraktur uden dislokation.",
        "Pt. blev gipset i skadestuen af {Oksana Kovalenko} og fik tid i gipsklinikken.",
        "Kontrol: Telefonkonsultation med «reservelæge» {Due} om 2 uger.",
        "Epikrisen er godkendt elektronisk af «reservelæge» {René Due} 09.02 kl. 14.32.",
        "Histologi fra appendix: se svar fra «overlæge» {Lynge-Kleist}, Patologisk Afdeling.",
        "Resumé: 41-årig mand, [Kasper Due], indlagt med pneumoni. Behandlet med Tazocin.\n{RD}/{ne}",
        "Diagnoser: DJ189 Pneumoni UNS.\nAnsvarlig: {Rene Due}",
    ],
)

addall(
    "lk_henvisning",
    [
        "HENVISNING\nTil: Kirurgisk Ambulatorium, Regionshospitalet Viborg\nFra: Læge [Lars Krogh], Lægehuset Vestergade\nAtt.: «overlæge» {Anders Krog}",
        "Henvisningsårsag: Lyskebrok hø. Pt. har tidligere været opereret af {Anders Krog} og ønsker samme kirurg.",
        "Henvisning til [MR-scanning] af cerebrum. Henvisende «læge»: {Maja Ravn}, R2.",
        "Henvist fra retspsykiatrien v/ {Maja Ravn} til kardiologisk udredning pga. QTc 480 ms.",
        "Henvisningen er visiteret af «overlæge» {Krog} 11.04: ses i amb. inden 4 uger.",
        "Visitation: {AK} - prioritet B, forundersøgelse.",
        "Henvisning modtaget og registreret af {Nanna Eng}; indkaldelse sendt i e-Boks.",
        "Til Patologisk Afdeling: Biopsi fra hø. lunge, bedes besvaret af {Aputsiaq Lynge-Kleist} (tidligere prøve 2023).",
        "Henvisende afsnit: R2, kontaktperson {Pernille Kjær-Sommer}, tlf. «7847 3300».",
        "Ønsket: Ekkokardiografi. Henvist af {René Due}. Kopi til {Bjørn Dam}, [AK-klinikken].",
        "Henvisning til fysioterapi efter radiusfraktur (underskrevet {Oksana Kovalenko}, «læge i introduktionsstilling»).",
        "Henvisning til psykologisk udredning hos {Elif Yıldız}, «psykolog» R2.",
        "Genhenvisning: Pt. udeblev. Efter aftale med {Hodan Warsame} gives ny tid.",
        "Henvisningsdiagnose: DF209 Skizofreni UNS. Henvist af {MR}, modtaget af {PEP}.",
        "Henvisning til CT thorax: røgeranamnese, vægttab. Henvisende: {ankr}.",
    ],
)

addall(
    "lk_ambbrev",
    [
        "Kære Kasper Due\n\nDu indkaldes hermed til samtale i Kirurgisk Ambulatorium tirsdag den 14.05 kl. 10.30 hos «overlæge» {Anders Krog}.\n\nMed venlig hilsen\n{Nanna Eng}\n«Lægesekretær»",
        "Med venlig hilsen\n\n{Anders Krog}\n«Overlæge, dr.med.»\nKirurgisk Afdeling",
        "Med venlig hilsen\np.p. {Anders Krog}\n{Nanna Eng}",
        "Venlig hilsen\n{Bjørn Dam}, «sygeplejerske»\n[AK-klinikken], Kardiologisk Ambulatorium",
        "Kære Kasper\nVi har i dag talt om din medicin, og du fortsætter med Eliquis.\nVenlig hilsen {René}",
        "Kære Kasper. Tak for i dag. Husk blodprøve inden næste kontrol. Mvh {Bjørn D.}",
        "Brevet er skrevet på vegne af «overlæge» {Anders Krog} af «lægesekretær» {Nanna Eng}.",
        "Ambulatoriebrev\nKontakt: {Pernille Kjær-Sommer}, «kontaktsygeplejerske», R2\nDirekte nummer: «7847 3312»",
        "Hvis du har spørgsmål, er du velkommen til at ringe til mig, {Pernille}, på hverdage kl. 8-9.",
        "Du har en aftale med «psykolog» {Elif Yıldız} den 3. juni kl. 13.",
        "Med venlig hilsen\n\n{Oksana Kovalenko}\n«Læge»\nOrtopædkirurgisk Ambulatorium",
        "Vi beklager aflysningen. «Overlæge» {Krog} er desværre syg, og du får en ny tid med posten.",
        "Kopi af brevet er sendt til: Egen læge, {Maja Ravn} (R2), forsvarer [Jens Mose].",
        "«Sekretær»: {NE} / Dikt.: {AK}",
        "Med venlig hilsen\nKardiologisk Ambulatorium\nv/ {Bjørn Dam} og [Bjørn Hansen]",
        "Med venlig hilsen\n{Hodan Warsame}\n«Sygeplejerske», Retspsykiatrisk afsnit R2",
        "Mvh. {René Due} («rl.»), på vegne af overlæge [Ingrid Sørensen]",
        "Med venlig hilsen / Best regards\n{Oksana Kovalenko}, «MD»",
        "Venlig hilsen {Ingrid Mose}, «bioanalytiker», Blodprøvetagningen",
        "Din tid hos {Mikael van Ostrup} til ultralydsvejledt biopsi er flyttet til 22.05 kl. 8.15.",
    ],
)

addall(
    "lk_radiologi",
    [
        "CT thorax med kontrast\nBeskrevet af: {Mikael van Ostrup}, «overlæge»\nGodkendt: 14.03.2024 11:02",
        "Beskrevet af «overlæge» {Mikael van Ostrup}. Foreløbigt svar givet telefonisk til {René Due}.",
        "MR cerebrum: Ingen tegn på tumor eller blødning. /{MVO}",
        "Beskrivelse: {mvos} 12.03 14:20; godkendt: {mvos} 12.03 15:01",
        "RØNTGEN AF VENSTRE HÅNDLED\nSvar: Distal radiusfraktur uden dislokation.\nBeskrevet af: {van Ostrup}",
        "Radiolog: {M. van Ostrup}",
        "Dobbeltbeskrevet: {MvO}",
        "Konference 15.03: Billederne gennemgået af {Mikael van Ostrup} og {Anders Krog}; konklusion: konservativ behandling.",
        "Beskrevet af: {van Ostrup, Mikael}",
        "UL abdomen. Udført og beskrevet af {Mikael van Ostrup}. Henvisende: {Krog}.",
        "Tillæg 16.03: Efter fornyet gennemsyn ({van Ostrup}) ses en lille fissur i os scaphoideum.",
        "Svaret er ringet til afdelingen og modtaget af {Bjørn Dam} kl. 16.40.",
        "Undersøgelsen er udført af radiograf [Per Ravn] og beskrevet af {Mikael van Ostrup}.",
        "Godkendt af: {MIKAEL VAN OSTRUP}",
        "Ekkokardiografi: Normal EF. Udført af {BD}, superviseret af overlæge [Anders Holt].",
        "Beskrevet af {Mikael van Ostrup} (RAD), diktat {mvo}",
        "Sammenlignet med CT fra 2022 (beskrevet af [Niels Kleist]): uændret 8 mm nodulus. /{Mikael van Ostrup}",
        "Kliniske oplysninger fra {Anders Krog}: 'Vægttab, rygning, ?malignitet'.",
    ],
)

addall(
    "lk_patologi",
    [
        "PATOLOGIBESVARELSE\nMateriale: Appendix\nDiagnose: Akut flegmonøs appendicitis\nSvar afgivet af: {Aputsiaq Lynge-Kleist}, «overlæge»",
        "Svar afgivet af «overlæge» {Aputsiaq Lynge-Kleist} 21.05.2024.",
        "Mikroskopi: Granulomatøs inflammation uden nekrose. Ingen malignitet. [ALK] og PD-L1 ikke udført. /{ALK}",
        "Besvaret: {aply} 21.05 09:14",
        "Makroskopi ved {A. Lynge-Kleist}: Appendix 6,5 cm, serosa belagt.",
        "Præparatet er vist ved konference; {Lynge-Kleist} og [Niels Kleist] (radiologi) er enige.",
        "Svar afgivet af: {Lynge-Kleist, Aputsiaq}",
        "Revideret svar: Fejl i sideangivelse rettet af {Aputsiaq} 22.05.",
        "Patolog: {Aputsiaq Lynge Kleist}",
        "Udskæring: bioanalytiker [Katrine Holm]; mikroskopi: {ALK}",
        "SVAR AFGIVET AF: {APUTSIAQ LYNGE-KLEIST}",
        "Hudbiopsi (ryg): Benignt compound-nævus, fjernet i sin helhed. Svar afgivet af {Lynge-Kleist}.",
    ],
)

addall(
    "lk_lab",
    [
        "Kommentar fra laboratoriet: Prøven er hæmolyseret, ny prøve ønskes. /{IM}",
        "Lithium 1,6 mmol/l - kritisk værdi ringet til afd. kl. 10.12 af {Ingrid Mose}, modtaget af {René Due}.",
        "Prøvetager: {inmo}",
        "INR 3,8. Svar ringet til [AK-klinikken] ({Bjørn Dam}) af {Ingrid Mose}.",
        "Bemærkning: Prøven ankom uden etiket og er kasseret efter aftale med {Ingrid Mose}.",
        "Kommentar: For lidt materiale. Kontakt «bioanalytiker» {Mose} ved spørgsmål.",
        "Blodprøvetagning: Svært ved at finde kar, 2 forsøg ({IM}), derefter taget af kollega.",
        "Kvittering: Prøve modtaget 08:14 ({inmo}), analyseret 08:52.",
        "Kritisk værdi: K+ 6,4. Telefoneret til {Maja Ravn} (vagthavende) kl. 23.10 af {IM}.",
        "Lab.kommentar: Lipæmisk.\n{Ingrid Mose}, KBA",
        "Analyse udført på ABL ({IM}). pCO2 5,1 kPa.",
        "Ny prøve taget på afdelingen af {Hodan Warsame} kl. 06.30.",
    ],
)

addall(
    "lk_diktat",
    [
        "Dikt./sekr.: {AK}/{ne}",
        "{AK}/{ne} 14.05.2024",
        "Dikteret af {Anders Krog}, skrevet af {Nanna Eng}.",
        "Diktat: {ak}/{ne}, ikke gennemlæst.",
        "Ambulant notat: Lyskebrok hø. Plan: Operation inden for 3 mdr. /{ne}",
        "(Dikteret, ikke korrekturlæst) {RD}/[LD]",
        "Notat dikteret 03.04 af {MVO}, skrevet 04.04 af [LD].",
        "Dikt. {Lynge-Kleist}/sekr.",
        "Ref.: {ok}/{ne}",
        "Journalnotat, ortopædkirurgisk amb.\nGips skiftet, god stilling.\n{OK}/{NE}",
        "Indtalt af {René Due} 08.02, transskriberet 09.02.",
        "Skrevet af {NE} efter diktat fra {AK}.",
        "Pt. er fortsat paranoid, planen fastholdes. /{mr}",
        "Sekr.: {naen}  Dikt.: {ankr}",
        "{MR}/[mt]",
        "Dikteret af {A. Krog}, «overlæge».",
        "Afskrevet efter diktat ({Krog}). Ikke gennemlæst af lægen.",
        "Sygeplejenotat indtalt af {PKS}.",
    ],
)

addall(
    "lk_medicin",
    [
        "Medicinafstemning foretaget af {Hodan Warsame}, «sygeplejerske», 03.02 kl. 14.",
        "FMK gennemgået og afstemt ({RD} 03.02).",
        "Eliquis 5 mg x 2 - ordineret af {René Due}; dosis drøftet med {BD}.",
        "Seponeret: Lithium (seponeret af {Maja Ravn} pga. forgiftning).",
        "Medicinliste godkendt af {MR}, dispenseret af {HW}.",
        "Ændring: Leponex pauseret, se notat fra «reservelæge» {Ravn}.",
        "Dosisdispensering: {howa} 08:00, {peks} 12:00, {howa} 20:00",
        "Risperidon depot 50 mg [i.m.] hver 14. dag - givet af {Pernille Kjær-Sommer}.",
        "Medicinafstemning: Pt. oplyser at han ikke tager Marevan mere - bekræftet af {Bjørn Dam} i [AK-klinikken].",
        "Ordination: Clopixol 10 mg p.n. max x 3 ({MR}) - ved voldsom uro.",
        "Afstemt med FMK ved udskrivelse: {René Due}, «reservelæge», og {Hodan Warsame}, «sygeplejerske».",
        "PN-medicin givet kl. 22.15 af {HW}, effekt efter 30 min.",
    ],
)

addall(
    "lk_email",
    [
        "Fra: {Anders Krog}\nSendt: 12. marts 2024 09:14\nTil: {Nanna Eng}\nEmne: Kasper Due - ny tid\n\nHej {Nanna}, vil du give ham en tid i næste uge? Mvh {Anders}",
        "Fra: {anders.krog}@«rm.dk»\nTil: {nanna.eng}@«rm.dk»\nCc: [anders.holt]@rm.dk",
        "Videresendt mail indsat i journalen:\n-----Oprindelig meddelelse-----\nFra: {Maja Ravn} (RM)\nSendt: 2. april 2024 15:02\nTil: Kriminalforsorgen\nEmne: Udgang",
        "Fra: {Pernille Kjær-Sommer}\nSendt: 5. april 2024\nTil: {Elif Yıldız}; {Maja Ravn}\nCc: [Kim Sommer]\nEmne: Trusler\n\nKasper har igen truet {Hodan}.",
        "Mailen fra {pernille.kjaer-sommer}@«rm.dk» er indsat i journalen efter aftale med ledelsen.",
        "> Fra: {Oksana Kovalenko}\n> Sendt: 10. maj 2024\n> Emne: Follow-up\n> Dear colleagues, the cast can be removed on 20/06.",
        "Cc: {Bjørn Dam} ({bjda}@«rm.dk»)",
        "Sendt fra min iPhone\n\n{Anders Krog}\n«Overlæge»",
        "Svar fra {René Due} pr. mail 12.02: 'Enig, fortsæt Tazocin.'",
        "Til: {elif.yildiz}@«rm.dk»\nEmne: HCR-20",
        "Fra: {Maja Ravn} på vegne af R2 Retspsykiatri",
        "From: {Kovalenko, Oksana}\nTo: {Krog, Anders}\nSubject: RE: Kasper Due wrist",
        "Afsender: {hodan.warsame}@«rm.dk»\nModtager: Midt- og Vestjyllands Politi",
        "Fra: sikkerpost-retspsyk@rm.dk på vegne af {Pernille Kjær-Sommer}",
        "-----Original Message-----\nFrom: {Aputsiaq Lynge-Kleist}\nSent: 21 May 2024\nTo: {Anders Krog}\nSubject: appendix",
        "E-mail fra {ingrid.mose}@«rm.dk» vedr. manglende prøvesvar er videresendt til afdelingen.",
        "Fra: {Elif Yıldız}\nTil: {Maja Ravn}\nEmne: SV: risikovurdering\n\nJeg er enig i HCR-20-vurderingen. /{Elif}",
        "Fra: {Nanna Eng} (Kirurgi, Regionshospitalet Viborg)\nSendt: 13. marts 2024 10:02\nTil: Kasper Due\nEmne: Indkaldelse",
    ],
)

addall(
    "lk_korrespondance",
    [
        "Korrespondancemeddelelse\nFra: Kirurgisk Ambulatorium ({Nanna Eng})\nTil: Kasper Due\nEmne: Din tid er flyttet",
        "Besked fra Kardiologisk Ambulatorium: Hej Kasper, dine blodprøver er fine. Hilsen {Bjørn Dam} fra [AK-klinikken]",
        "Svar på din besked: Du skal fortsætte med Eliquis. Venlig hilsen {René Due}, «læge»",
        "Meddelelse sendt af: {redu} (M1) - Læst af borger: 12.02 19:14",
        "Hej Kasper. Jeg har talt med «overlæge» {Krog}, og du kan godt få en tidligere tid. Mvh {Nanna}",
        "Din meddelelse er besvaret af {Hodan Warsame}.",
        "Fra: R2 Retspsykiatri, {Pernille Kjær-Sommer}\nEmne: Udgang weekend\nKære Kasper, udgangen er godkendt af {Maja Ravn}.",
        "Borgerens spørgsmål: 'Hvorfor må jeg ikke tale med {Hodan} mere?'",
        "Borger skriver: 'Jeg vil have en anden psykolog end {Elif}.'",
        "Besked modtaget af {elyi} 14.04 08:02, besvaret 14.04 10:30.",
        "Kære Kasper Due. Vi har modtaget din klage over {Maja Ravn}. Klagen behandles af ledelsen.",
        "Du bedes møde fastende. Spørgsmål: ring til {Nanna Eng} på «7845 2210».",
        "Hej Kasper, jeg er på ferie uge 29-31, skriv til min kollega [Maja Thomsen]. Mvh {Pernille}",
        "Læst: Ja. Besvaret af: {Oksana Kovalenko} («Læge»)",
        "Hej Kasper\nGipsen kan fjernes 20.06. Ring hvis fingrene bliver kolde.\n/{Oksana}",
    ],
)

addall(
    "lk_minlog",
    [
        "Opslag foretaget af {Maja Ravn} («Reservelæge», Retspsykiatrisk afsnit R2) 12.04.2024 kl. 14:02 - formål: behandling",
        "12.04.2024 14:02 | {Maja Ravn} | «Reservelæge» | R2 | Journal læst",
        r"Bruger: «RM\»{mara} (Retspsykiatri R2) - opslag i journal 12.04 14:02",
        "Adgang til journal: {ankr} (Kirurgi) 02.05 08:12; {naen} (Kirurgi) 02.05 08:40",
        "Opslag foretaget af {Elif Yıldız} («Psykolog») i forbindelse med behandling.",
        "OPSLAG FORETAGET AF {ELIF YILDIZ} («PSYKOLOG»)",
        "Tidspunkt: 03.02 22:11 Bruger: {René Due} Rolle: «Læge» Handling: Åbnet medicinmodul",
        "Opslag foretaget af {Hodan Warsame} («Sygeplejerske») 14.04.2024 kl. 03:12 - samtykke: ikke påkrævet",
        "{Ingrid Mose} («Bioanalytiker») har set laboratoriesvar 12.03.",
        "Opslag foretaget af {Kovalenko, Oksana} («Læge») - Ortopædkirurgi",
        "Opslag: {mvos} (RAD) 14.03 11:01 - billeder åbnet",
        "Opslag foretaget af {Aputsiaq Lynge-Kleist} («Overlæge»), Patologi",
        "Log: {bjda} læste EKG 10.01 09:33",
        "Opslag foretaget af {Pernille Kjær-Sommer} («Sygeplejerske») på vegne af {Maja Ravn}",
        "Opslag foretaget af {Nanna Eng} («Lægesekretær») 13.03.2024 kl. 10:01 - formål: administration",
    ],
)

addall(
    "lk_retspsyk",
    [
        "Pt. råbte: 'Jeg ved hvor du bor, {Hodan}!' og slog i døren.",
        "Pt. sagde ordret: 'Jeg skal nok finde dig, {Ravn}, du skal ikke tro du er sikker.'",
        "Trussel (ordret): 'Du er død, {Maja Ravn}. Jeg har set din bil.'",
        "Pt. har skrevet '{RAVN} SKAL DØ' på væggen på stuen.",
        "Pt. siger at {Pernille} 'kommer til at fortryde det'.",
        "Ved samtalen truede pt. {Elif Yıldız}: 'Jeg ved hvilken skole dine børn går på, {Elif}.'",
        "Pt. har på Facebook skrevet: '«Sygeplejersken» {Hodan Warsame} på R2 er en heks' - slettet efter politiets henvendelse.",
        "Pt. kalder {Hodan} 'tørklædekællingen' og siger han vil 'ordne hende'.",
        "Pt. spurgte flere gange efter {Pernille Kjær-Sommer}«s» adresse.",
        "Politianmeldelse foretaget af {Maja Ravn} vedr. trusler mod {Hodan Warsame}.",
        "Pt. er bæltefikseret kl. 02.14, besluttet af {MR}, gennemført af {HW}, {PEP} og to portører.",
        "Risikovurdering (HCR-20) udført af {Elif Yıldız} og {Maja Ravn}: høj risiko for vold mod personale.",
        "Pt.: 'Sig til den tyrkiske psykolog, {Yıldız}, at hun skal passe på.'",
        "Pt. mumler '{hodan}, {hodan}, {hodan}' og smiler.",
        "Pt. har tegnet et kort over personaleparkeringen og skrevet '{Pernille}«s» bil'.",
        "Pt. oplyser at han 'har googlet {Kjær-Sommer}' og kender hendes mand.",
        "Trussel mod personale (ordret): 'Jeg venter på dig udenfor, {Warsame}.'",
        "Efter episoden har {Hodan Warsame} ønsket ikke at være kontaktperson for pt. mere.",
        "Pt. sagde: 'Hvis {Ravn} forlænger min dom, så...' og lavede en skærende bevægelse over halsen.",
        "Pt. spurgte hvor {Elif} bor, og om hun har børn.",
        "Citat fra pt.: 'I kan ikke skjule {Hodan} for mig, jeg kan læse det hele på sundhed.dk.'",
        "Pt. kalder {Pernille} for '{Sommer}-kællingen' og siger hun skal 'få en lang vinter'.",
    ],
)

addall(
    "lk_english",
    [
        "Seen in the fracture clinic by «Dr» {Oksana Kovalenko}. Plan: cast for 6 weeks.",
        "Discussed with my «consultant», «Dr» {Krog}, who agrees with conservative treatment.",
        "Patient reviewed by {OK} (junior doctor, orthopaedics).",
        "X-ray reported by {Mikael van Ostrup}: undisplaced distal radius fracture.",
        "I have spoken to {Anders Krog} and {Bjørn Dam} about the anticoagulation.",
        "Plan per {Kovalenko}: follow-up in 2 weeks.",
        "Nurse {Hodan} reports the patient was threatening overnight.",
        "Handover: bed 4, seen by {Rene Due} this morning, for discharge.",
        "Signed: {O. Kovalenko}, «MD»",
        "As «Dr» {Due} wrote in the discharge letter, the INR was stable.",
        "Psychology assessment by {Elif Yildiz}, see separate note.",
        "Kind regards,\n{Oksana}",
        "Patient asked for {Oksana} again today.",
        "Ortho note ({okov}): wrist swollen, cast split.",
        "{Kovalenko}«'s» plan was not followed as the patient declined.",
    ],
)

addall(
    "lk_nordisk",
    [
        "Pasienten ble vurdert av «overlege» {Anders Krog} i poliklinikken.",
        "«Sjuksköterska» {Björn Dam} har kontrollerat INR.",
        "Epikris skriven av {René Due}, «underläkare».",
        "Notat fra Sykehuset Innlandet: Pasienten ble overført, kontaktperson «psykolog» {Elif Yıldız}.",
        "Sjukhusets patolog {Aputsiaq Lynge-Kleist} har bedömt preparatet.",
        "Röntgenutlåtande: {Mikael van Ostrup}, «överläkare»",
        "Med vennlig hilsen\n{Pernille Kjær-Sommer}\n«sykepleier»",
        "Med vänliga hälsningar\n{Ingrid Mose}\n«biomedicinsk analytiker»",
        "Pasienten har truet «sykepleier» {Hodan Warsame} flere ganger.",
        "Samtal med {Kjær-Sommer} («kontaktsjuksköterska») om permission.",
    ],
)

addall(
    "lk_ocr",
    [
        "Beskrevet af: {Mikael van 0strup}, «overlæge»",
        "Svar afgivet af {Aputsiaq Lynge-KIeist}",
        "Med venlig hilsen\n{Anders Kr0g}\n«Overlæge»",
        "Kontakt: {Pernille Kjær-Sornrner}",
        "Prøvetager: {lngrid Mose}",
        "Dikteret af {Ander5 Krog}",
        "{0ksana Kovalenko}, «læge»",
        "«Sygeplejerske» {Hodan Warsarne}",
        "«Psykolog» {EIif Yildiz}",
        "Scannet epikrise (OCR): «reservelæge» {Rene Due}, rned. afd. M1",
        "Udført af {Bjørn Darn}, «sygeplejerske»",
        "Beskrevet af {Mikae1 van Ostrup}",
    ],
)

addall(
    "lk_linjeskift",
    [
        "Med venlig hilsen\n\n{Anders}\n{Krog}\n«Overlæge»",
        "Beskrevet af: {Mikael van}\n{Ostrup}, «overlæge»",
        "«Kontaktsygeplejerske» {Pernille Kjær-}\n{Sommer} er på ferie uge 30.",
        "Pt. blev tilset af {Oksana Kovalen-}\n{ko} i skadestuen.",
        "Svar afgivet af {Aputsiaq}\n{Lynge-Kleist}",
        "Samtale med «psykolog» {Elif}\n{Yıldız} den 12.04.",
        "Dikteret af {René}\r\n{Due}",
        "Sygeplejerske: {Hodan}\n    {Warsame}",
        "Udført af {Bjørn}\t{Dam}",
        "Prøve taget af {Ingrid}\n{Mose}, KBA",
        "Godkendt af {Lynge-}\n{Kleist}",
    ],
)

addall(
    "lk_caps",
    [
        "EPIKRISE VED «RESERVELÆGE» {RENÉ DUE}",
        "PATOLOG: {LYNGE-KLEIST}",
        "KONTAKTPERSON: {PERNILLE KJÆR-SOMMER}",
        "BESKREVET AF {MIKAEL VAN OSTRUP}, «OVERLÆGE»",
        "AFSENDER: {ANDERS KROG}, KIRURGISK AFDELING",
        "ANSVARLIG SYGEPLEJERSKE: {HODAN WARSAME}",
        "{ELIF YILDIZ} - PSYKOLOGISK UNDERSØGELSE",
        "INR-KONTROL ({BJØRN DAM})",
        "PRØVETAGER {INGRID MOSE}",
        "«LÆGE»: {KOVALENKO}",
        "OBS! TRUSLER MOD {RAVN} OG {WARSAME}",
    ],
)

addall(
    "lk_unicode",
    [
        "Beskrevet af {Mikael\u00a0van\u00a0Ostrup}",
        "Dikteret af {Anders Kr\u200bog}",
        "Epikrise ved {Rene\u0301 Due}",
        "Kontakt: {Pernille Kjær\u2011Sommer}",
        "Kontakt: {Pernille Kjær\u2013Sommer}",
        "Svar afgivet af {Aputsiaq Lynge\u00adKleist}",
        "Sygeplejerske {Ｈｏｄａｎ\u3000Ｗａｒｓａｍｅ}",
        "«Læge» {ＫＯＶＡＬＥＮＫＯ}",
        "«Psykolog» {Elif\u202fYıldız}",
        "Udført af {Bjø\u200brn Dam}",
        "Med venlig hilsen {Nanna\u2060Eng}",
        "Godkendt af {Mikael van Ostrup}\u200e",
        "«Læge» {\u041eksana Kovalenko}",
        "Underskrift: <\u041e\u043a\u0441\u0430\u043d\u0430 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e>",
        "Skrevet af {Ingrid\u3000Mose}",
        "Hilsen {Rene\u0301}",
    ],
)

addall(
    "lk_url",
    [
        "Se profil: https://«intra.rm.dk»/personale/{anders-krog}",
        "mailto:{pernille.kjaer-sommer}@«rm.dk»",
        "Link til svar: https://«sp.rm.dk»/lab?user={inmo}&id=44821",
        "Kontakt: {nanna.eng}@«rm.dk» eller tlf. «7845 2210»",
        "Skriv til {hodan.warsame}@«rm.dk» hvis pt. udebliver.",
        "Teams-møde arrangeret af {oksana.kovalenko}@«rm.dk»",
        "Billeder: https://«pacs.rm.dk»/viewer?radiolog={MVO}&study=CT123",
        "Sendt via {bjda}@«rm.dk»",
        "Svar sendt til {ELIF.YILDIZ}@«RM.DK»",
        "Link: www.«rm.dk»/om-os/medarbejdere/{maja-ravn}",
        "Kopi: {rene.due}@«rm.dk»",
        "E-mail: {alk}@«rm.dk»",
    ],
)

addall(
    "lk_genitiv",
    [
        "{Krog}«s» vurdering: operation inden for 3 mdr.",
        "{Anders Krog}«'s» notat fra 12.03 er vedlagt.",
        "Ifølge {Kovalenko}«s» plan skal gipsen af om 6 uger.",
        "{Yıldız}«'» rapport er vedlagt.",
        "Pt. vil ikke tale med {Hodan}«s» kollega.",
        "{Warsame}«s» bil blev ridset på parkeringspladsen.",
        "{Mikael van Ostrup}«s» beskrivelse af 12.03.",
        "{Lynge-Kleist}«s» svar er modtaget.",
        "{Pernille Kjær-Sommer}«s» vagtplan er ændret.",
        "Efter «reservelæge» {Due}«s» vurdering kan pt. udskrives.",
        "{Ravn}«s» ordination fra i nat fastholdes.",
        "{Elif}«s» testning viser normalt begavelsesniveau.",
    ],
)

addall(
    "lk_shorthand",
    [
        "{krog} ringede kl 14.10 - op i morgen",
        "talt m {dam} ang INR 3,1",
        "pt spurgte efter {krog} igen, vil tale m kirurgen om brokket",
        "{due} har set pt - ok til udskr i morgen",
        "{ravn} ordinerer clopixol pn",
        "{mose} tog blodprøver kl 7, svær adgang",
        "{eng} har sendt indkaldelse til pt",
        "{pernille} tilbage mandag",
        "{hodan} ønsker ikke at have pt mere efter trusler",
        "aftalt m {elif}: test tirsdag",
        "{oksana} gipsede ve håndled",
        "{van ostrup}: ingen fraktur",
        "pt spurgte efter {yildiz} 3 gange i nat",
        "{warsame} fri i dag, pt roligere",
        "{bjørn d.} ringer pt op ang eliquis",
        "talt m {ak} - fortsat konservativ",
        "set af {ok} (ortop) kl 14",
        "pt vil have anden læge end {ravn}",
        "{kjær-sommer} kontaktet, kommer kl 10",
        "{lynge-kleist} ringede m svar: benignt",
        "{rené} har ordineret tazocin",
        "{nanna} booker ny tid i amb",
        "talt m {mikael v. o.} om CT",
    ],
)


# ============================================================================= OVER-HIDING TRAPS
addall(
    "ow_ord",
    [
        "Klavikelfrakturen blev fikseret med en [krogplade].",
        "Pt. sad sammenkrøbet i en [krog] af stuen.",
        "Lillefingeren står [kroget] efter faldet.",
        "Pt. hængte jakken på [krogen] og gik.",
        "[Krogen] på døren er fjernet af sikkerhedshensyn (ophængningsrisiko).",
        "Pt. fortæller om en [ravn], der sidder i træet og 'sender beskeder'.",
        "[Ravnene] taler til ham om natten, siger pt.",
        "Pt. har tatoveret en [ravn] på halsen.",
        "Pt. fodrer [duerne] i gården hver dag.",
        "Pt. beskriver sig selv som 'en [due] i et bur'.",
        "Pt. gik en tur til [dammen] med ledsager.",
        "Pt. spiller [dam] med en medpatient om aftenen.",
        "Pt. får [moset] kost efter kæbeskaden.",
        "Pt. blev fundet af politiet ved [mosen] bag bostedet.",
        "[Mos] og frikadeller til aften - pt. spiste det hele.",
        "Pt. har gået på [engen] bag afdelingen.",
        "Sprog: dansk, [eng.] - tolk ikke nødvendig.",
        "Pt. ønsker udgang i [sommerferien].",
        "[Sommeren] har været god, siger pt.",
        "Pt. tåler ikke varmen om [sommeren] pga. Leponex.",
        "Pt. siger han 'sov som en [bjørn]' i nat.",
        "Pt. er medlem af vinterbadeklubben [Isbjørnene].",
        "Søn [Oskar] fik en [bjørn] med fra hospitalsklovnen.",
        "Pt. har et billede af [Van Gogh] over sengen.",
        "Pt. læser [Anders And] på stuen.",
        "[Anders And]-blade er bestilt til afsnittet.",
        "Pt. samler på [ravnefjer].",
        "[Duen] sidder stadig i vindueskarmen, siger pt., 'den holder øje'.",
        "[Damer] og herrer deler fællesrum på R2.",
        "Pt. spiller [dam], skak og kort.",
        "[Mosekonen] brygger, sagde pt. om tågen.",
        "[Sommertid]: medicintider flyttet en time.",
        "[Engelsk] tolk ikke nødvendig.",
        "Pt. kørte ind i en [dam] med knallerten som 14-årig.",
        "Pt. har [isbjørn]-bamse fra sin søn.",
        "Pt. var på [bjørnejagt] i Sverige i 2019.",
        "Pt. ville hellere bo i en [mose] end på bostedet.",
    ],
)

addall(
    "ow_forkortelser",
    [
        "[AK]-behandling med Eliquis fortsættes uændret.",
        "Pt. er i [AK]-behandling (DOAK).",
        "[AK-klinikken] kontrollerer INR hver 4. uge.",
        "[MR]-scanning af cerebrum er bestilt.",
        "[MR] cerebrum: normale forhold.",
        "Svar på [MR] foreligger endnu ikke.",
        "[MR-scanning] aflyst - pt. har metalsplinter i øjet.",
        "Clopixol depot 200 mg [i.m.] hver 2. uge.",
        "Haldol 5 mg [IM] givet kl. 02.10.",
        "[OK] til udgang med ledsager.",
        "Pt. siger det er [ok].",
        "Status: [OK].",
        "Blodtryk [OK], puls 72.",
        "[PEP]-fløjte 3 x 10 min dagligt.",
        "[PEP]-behandling startet efter nålestik på skadestuen.",
        "[ALK]-translokation ikke påvist.",
        "[ALK] negativ, PD-L1 under 1 %.",
        "Noradrenalin ([NE]) ikke nødvendigt.",
        "Apixaban 5 mg [BD] (English discharge letter).",
        "Puls [OK], [MR] planlagt, [AK] pauseret 48 t før operationen.",
        "[Ok], siger pt., og går ind på stuen.",
        "Pt. siger '[OK] [OK] [OK]' og går.",
    ],
)

addall(
    "ow_personer",
    [
        "[Kasper Due], 41 år, indlagt med pneumoni.",
        "Hr. [Due] er informeret om planen.",
        "[Kasper] siger han har det bedre i dag.",
        "Mor [Ingrid Due] (68) er pårørende.",
        "Moderen, [Ingrid], ringede kl. 19 og spurgte til sønnen.",
        "Søster [Hanna Krog] er kontaktperson.",
        "Svoger [Bjørn Krog] henter pt. ved udskrivelsen.",
        "[Bjørn] (svoger) har kørt pt. til kontrol.",
        "Søn [Oskar Due] (12) besøger faren søndag.",
        "[Oskar] har lavet en tegning til far.",
        "Barnets mor, [Nanna Lund], ønsker ikke at [Oskar] besøger pt. på R2.",
        "[Nanna] (eks-samlever) har kontaktet afdelingen.",
        "Fru [Krog] (søster) ringede i aftes.",
        "Familien [Krog] har inviteret pt. til jul.",
        "Pt.'s mor, fru [Due], har nøgle til lejligheden.",
        "[Anders Holt], overlæge, kardiologi, har set EKG.",
        "Fysioterapeut [Lise Krog] har instrueret i øvelser.",
        "Lægesekretær [Maja Thomsen] har sendt indkaldelsen.",
        "Sygeplejerske [Bjørn Hansen] har taget EKG.",
        "Lægesekretær [Lotte Due] har booket tid.",
        "Overlæge [Ingrid Sørensen] har godkendt epikrisen.",
        "Sygeplejerske [Susanne Eng] har fjernet drænet.",
        "Socialrådgiver [Kim Sommer] har talt med kriminalforsorgen.",
        "Radiograf [Per Ravn] tog billederne.",
        "Overlæge [Niels Kleist], radiologi, har eftersét CT.",
        "Egen læge: [Lars Krogh], Lægehuset Vestergade.",
        "[Fatima Warsame] fra bostedet følger pt. til kontrol.",
        "Forsvarer [Jens Mose] har fået kopi af den retspsykiatriske erklæring.",
        "Politiassistent [Kirsten Dam] hentede pt.",
        "Bostedsmedarbejder [Ole Ravnkilde] følger pt. til kontrol.",
        "Kæresten [Sofie Engberg] kommer på besøg lørdag.",
        "Retten i Viborg v/ dommer [Henrik Sommerfeldt].",
        "Tidligere behandlet af [Poul Dahm], privatpraktiserende psykiater.",
        "Pt. siger hans søster [Hanna] 'har forrådt ham'.",
        "Pt. truer sin svoger [Bjørn Krog] i telefonen.",
        "Pt. siger at politiassistent [Kirsten Dam] 'skal få betalt'.",
        "Pt. råbte: 'Jeg ved hvor du bor!' til personalet.",
        "[Mr Due] was informed about the fracture.",
        "The patient's mother, [Ingrid], was present.",
        "[Ingrid Due] og [Oskar Due] på besøg.",
        "[Kasper Due] (pt.) og [Lotte Due] (sekretær) er ikke i familie.",
    ],
)

addall(
    "ow_steder",
    [
        "Pt. bor på [Krogsgade] 4, 2. th.",
        "Bostedet [Ravnsborg] i Viborg.",
        "Pt. er født i [Ravnkilde].",
        "Tur til [Dueodde] på Bornholm med bostedet.",
        "Pt. bor på [Duevej] 12, Frederiksberg.",
        "Pt. har boet i [Mosede] i 10 år.",
        "Adresse: [Mosevej] 3, 8800 Viborg.",
        "Pt. arbejdede tidligere på [Engesvang] Savværk.",
        "Pt. bor i [Sommersted].",
        "Pt. løber om [Damhussøen].",
        "Pt. er vokset op på [Bjørnsholm] ved Løgstør.",
        "Pt. boede tidligere i [Lynge] ved Allerød.",
        "Forældrene bor på [Kjærvej] 7.",
        "Pt. har været anbragt på [Engbo] som barn.",
        "Bostedet [Ravnebakken] har ledig plads.",
        "Aktivitetscentret [Krogen] om torsdagen.",
    ],
)

addall(
    "ow_breve",
    [
        "Med venlig hilsen\n\n[Ingrid Sørensen]\nOverlæge",
        "Med venlig hilsen\np.p. [Anders Holt]\n[Lotte Due]",
        "Dikt./sekr.: [AH]/[ld]",
        "Fra: [Kim Sommer]\nSendt: 4. april 2024\nTil: Kriminalforsorgen\nEmne: Prøveløsladelse",
        "Beskrevet af: [Niels Kleist], overlæge",
        "Opslag foretaget af [Maja Thomsen] (Lægesekretær)",
        "Opslag foretaget af [Lise Krog] (Fysioterapeut)",
        "Prøvetager: [Susanne Eng]",
        "Kære [Kasper]\n\nVi har modtaget dit brev og vender tilbage.",
        "Kopi til: Egen læge [Lars Krogh]; forsvarer [Jens Mose].",
        "Modtager: [Kasper Due], [Mosevej] 3, 8800 Viborg",
        "Godkendt af: [Anders Holt]",
        "Korrespondance fra [Kasper Due]: 'Hvornår får jeg svar på [MR]-scanningen?'",
        "Svar: Du kan ringe til [AK-klinikken] på hverdage kl. 8-10.",
        "Cc: [kim.sommer]@rm.dk",
        "Indtalt af [Bjørn Hansen], sygeplejerske.",
        "Med venlig hilsen\nKirurgisk Ambulatorium",
        "Svar afgivet af: [Niels Kleist]\nGodkendt: 21.05.2024",
        "Fra: [Kasper Due]\nTil: R2\nEmne: Udgang\n\nKan jeg få udgang i weekenden? Mvh [Kasper]",
        "Opslag foretaget af [Kasper Due] (Borger) 12.04.2024 kl. 21:14",
    ],
)

addall(
    "ow_engelsk",
    [
        "[Due] to aggression, the patient was secluded.",
        "Follow-up [due] in 6 weeks.",
        "Cast removal [due] 20/06.",
        "Patient says he is [OK].",
        "The police [van] brought him in.",
        "[MR] scan of the wrist is not needed.",
        "Apixaban 5 mg [BD], continue.",
        "Patient was [due] for his depot injection yesterday.",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_ord",
    [
        "{Anders Krog} fjernede [krogpladen] fra klavikel i dag.",
        "«Overlæge» {Krog} fjernede [krogen] (hook plate) i dag.",
        "Pt. fortæller {Maja Ravn} om [ravnen] i træet.",
        "{Ravn} noterer at pt. taler om [ravne] og sorte fugle.",
        "{Bjørn Dam} spurgte om pt. havde været ved [dammen].",
        "{Dam}: [AK]-behandling fortsætter.",
        "[Due] to high INR, «Dr» {Due} paused apixaban.",
        "Haldol 5 mg [i.m.] givet; blodprøve taget af {IM}.",
        "{Nanna Eng} har sendt brevet på [eng.] og dansk.",
        "{Pernille Kjær-Sommer} planlægger [sommerudgang] med pt.",
        "[Sommeren] er hård for pt., siger {Kjær-Sommer}.",
        "[PEP]-fløjte instrueret af {PEP}.",
        "[ALK]-negativ. Svar afgivet af {ALK}.",
        "[OK] til udskrivelse, siger {OK}.",
        "Pt. siger [ok] til {Oksana}«s» plan.",
        "[MR]-scanning ordineret af {MR}.",
        "[AK]-behandling genoptaget af {AK} efter operationen.",
        "Apixaban 5 mg [BD] (per {BD}).",
        "Pt. læser [Anders And]; {Anders Krog} kigger ind kl. 15.",
        "Pt. bor på [Mosevej]; blodprøve taget af {Ingrid Mose}.",
        "{Elif Yıldız} og pt. talte om [engen] bag afsnittet.",
        "Pt. fodrer [duerne]; {Due} («rl.») har givet lov.",
        "{Hodan} fandt pt. ved [mosen] kl. 22.",
        "Pt. drømmer om en [bjørn]; {Bjørn Dam} har talt med ham om drømmen.",
    ],
)

addall(
    "mx_personer",
    [
        "Mor [Ingrid Due] var med, da «bioanalytiker» {Ingrid Mose} tog blodprøven.",
        "[Bjørn Krog] (svoger) og {Bjørn Dam} («sygeplejerske») talte om medicinen.",
        "Sygeplejerske [Bjørn Hansen] og {Bjørn Dam} tog EKG sammen.",
        "Svoger [Bjørn] ringede; {Bjørn D.} ringer tilbage.",
        "Søster [Hanna Krog] spurgte {Anders Krog}, om de er i familie.",
        "«Overlæge» {Krog} og søster [Hanna Krog] talte sammen.",
        "Fysioterapeut [Lise Krog] og «overlæge» {Anders Krog} ved stuegang.",
        "[Anders Holt] og {Anders Krog} er enige om planen.",
        "[Maja Thomsen] sendte brevet, {Maja Ravn} skrev det.",
        "Pt. [Kasper Due] og «reservelæge» {René Due} er ikke i familie.",
        "[Lotte Due] (sekretær) har booket tid hos {René Due}.",
        "Hr. [Due] tilses af «reservelæge» {Due} i morgen.",
        "Overlæge [Ingrid Sørensen] og «bioanalytiker» {Ingrid Mose} drøftede prøvesvaret.",
        "Sygeplejerske [Susanne Eng] og «lægesekretær» {Nanna Eng} planlægger operationen.",
        "Socialrådgiver [Kim Sommer] og {Pernille Kjær-Sommer} deltog i netværksmødet.",
        "Radiograf [Per Ravn] og «reservelæge» {Maja Ravn} fulgte pt. til CT.",
        "[Niels Kleist] (radiologi) og {Aputsiaq Lynge-Kleist} (patologi) på MDT-konference.",
        "[Fatima Warsame] fra bostedet og «sygeplejerske» {Hodan Warsame} er ikke i familie.",
        "Forsvarer [Jens Mose] har spurgt ind til prøvesvaret; {IM} har bekræftet analysen.",
        "Politiassistent [Kirsten Dam] hentede pt. efter samtalen med {Bjørn Dam}.",
        "Egen læge [Lars Krogh] og «overlæge» {Anders Krog} har talt sammen.",
        "Eks-samlever [Nanna Lund] ringede; «lægesekretær» {Nanna Eng} noterede beskeden.",
        "Søn [Oskar Due] og mor [Ingrid Due] var på besøg; {Hodan Warsame} var til stede.",
        "Opslag foretaget af [Maja Thomsen] (Lægesekretær) og {Maja Ravn} («Reservelæge»)",
        "<Krog> har ringet.",
        "<Bjørn> kommer kl. 14.",
        "<Maja> har skrevet til dig.",
        "<Ingrid> har ringet.",
        "<Due> er informeret.",
        "<Nanna> ringede i formiddags.",
        "<Anders> er på vej.",
        "<Ravn> har ferie.",
        "<Eng> har sendt papirerne.",
        "<Sommer> ringer tilbage.",
        "<Kleist> har set billederne.",
        "Hej <Maja>\nTak for snakken i går. /[Kim]",
        "<ok> enig i plan",
    ],
)

addall(
    "mx_dokumenter",
    [
        "EPIKRISE\nMedicinsk afdeling M1\nPt.: [Kasper Due], 41 år\nIndlagt: 03.02.2024  Udskrevet: 09.02.2024\n\nForløb: Indlagt med pneumoni og let lithiumforgiftning (lithium 1,6, ringet af {Ingrid Mose}). Behandlet med Tazocin. Lithium pauseret efter aftale med {Maja Ravn}, R2.\n[AK]-behandling med Eliquis fortsat. Mor [Ingrid Due] orienteret.\n\nMed venlig hilsen\n{René Due}, «reservelæge»\n{RD}/[LD]",
        "CT THORAX MED KONTRAST\nKlinisk info: Vægttab, rygning ({Anders Krog})\nBeskrivelse: 8 mm nodulus i hø. overlap, uændret siden 2022 (beskrevet af [Niels Kleist]).\nKonklusion: Benign. Ingen opfølgning.\nBeskrevet af: {Mikael van Ostrup}, «overlæge»\nGodkendt: {mvos} 14.03.2024 11:02",
        "Fra: {Pernille Kjær-Sommer}\nSendt: 5. april 2024 14:12\nTil: {Maja Ravn}; {Elif Yıldız}\nCc: [Kim Sommer]; {hodan.warsame}@«rm.dk»\nEmne: SV: Trusler i nat\n\nHej {Maja}\nKasper sagde i nat: 'Jeg ved hvor du bor, {Hodan}.' Politiet er kontaktet. Søster [Hanna Krog] er orienteret.\nMvh {Pernille}",
        "Retspsykiatrisk afsnit R2, aftenvagt\nPt. urolig, råbte '{Ravn} skal dø' og sparkede døren. PN Clopixol 10 mg givet kl. 21.40 ({HW}). Tilset af {MR} kl. 22. Søn [Oskar] ringede kl. 19 - ikke stillet igennem efter aftale med barnets mor [Nanna Lund].",
        "MinLog-udtræk\n12.04 14:02 {Maja Ravn} («Reservelæge») R2\n12.04 14:10 [Maja Thomsen] (Lægesekretær) R2\n13.04 03:12 {Hodan Warsame} («Sygeplejerske») R2\n13.04 09:00 [Kim Sommer] (Socialrådgiver) R2\n14.04 08:02 {elyi} («Psykolog») R2",
        "Korrespondance\nFra: [Kasper Due]\nTil: Kardiologisk Ambulatorium\n'Skal jeg stoppe Eliquis før operationen? Mvh [Kasper]'\n\nSvar: Hej Kasper. Ja, pausér 2 dage før. Det er aftalt med «overlæge» {Anders Krog}. Venlig hilsen {Bjørn Dam}, [AK-klinikken]",
        "Medicinafstemning 03.02\nEliquis 5 mg x 2 - fortsat ({RD})\nLithium 400 mg x 2 - pauseret ({RD}, aftalt m {MR})\nClopixol depot 200 mg [i.m.] hver 2. uge - sidst givet 28.01 af {PEP}\nAfstemt af: {Hodan Warsame}, «sygeplejerske»",
        "Fracture clinic note\nSeen by {Oksana Kovalenko} with [Fatima Warsame] from the care home. X-ray ({van Ostrup}): undisplaced fracture. Plan: cast 6 weeks, follow-up [due] 20/06. Apixaban 5 mg [BD] continued.\n{OK}/{ne}",
        "PATOLOGIBESVARELSE\nMateriale: Nålebiopsi, hø. lunge\nMikroskopi: Granulomatøs inflammation. Ingen malignitet. [ALK] og PD-L1 ikke relevant.\nSvar afgivet af: {Aputsiaq Lynge-Kleist}\nCc: {Anders Krog}, [Niels Kleist]",
        "Kære [Kasper Due]\n\nDu indkaldes til operation for lyskebrok 12.06 kl. 7.30. Husk at pausere Eliquis (se brev fra [AK-klinikken]). Du kan tage [Oskar] med til forsamtalen.\n\nMed venlig hilsen\np.p. {Anders Krog}\n{Nanna Eng}, «lægesekretær»",
        "Netværksmøde R2 15.04\nDeltagere: pt. [Kasper Due], mor [Ingrid Due], forsvarer [Jens Mose], socialrådgiver [Kim Sommer], «reservelæge» {Maja Ravn}, «kontaktsygeplejerske» {Pernille Kjær-Sommer}, «psykolog» {Elif Yıldız}.\nReferent: {PKS}",
        "dagvagt R2: {hodan} + {pernille} på pt. pt spurgte efter {elif} og [Oskar]. [Bjørn Krog] (svoger) ringede - vil hente pt til udgang lørdag. talt m {ravn}, ok.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
