"""Red-team probes for indsigt name hiding (rt48): what physicians and surgeons write in a Danish
regional hospital, and what the citizen then reads on sundhed.dk - journal continuation notes
(journalnotat), ward rounds (stuegang), consultations from other specialties (tilsyn), MDT
conferences, operation notes, anaesthesia notes, cardiology (KAG, PCI, ekko), oncology (kemo,
stråleterapi), orthopaedics, outpatient notes, discharge summaries (epikrise), dictation marks,
telephone consultations, second opinions and referrals between hospitals, and notes written in
English by foreign doctors - in careful capitalised prose (most of it) and in terse physician
shorthand ("konf. m. bv ...", "d.d. set af ...", "/abc"), together with the over-hiding traps of
the same genre (clinical abbreviations, eponyms, drugs, devices, places, relatives, colleagues).

The citizen's year: a perforated sigmoid cancer operated acutely (Hartmann's operation) at
Regionshospitalet Viborg, adjuvant chemotherapy, an old reflux operation (Nissen fundoplication),
an NSTEMI treated with KAG/PCI, a COPD admission, and a fall with a wrist and a hip fracture.

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone (a hidden staff member's name part, registered initials, user name or e-mail
         local part, used for that person) -> a letter inside not covered by a span = LEAK
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, a clinical abbreviation, an eponym, a score, a drug, a device, a firm, a
         place, a street) -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure
  «...»  don't care: a title or role word standing next to a hidden name (overlæge, ovl.,
         reservelæge, rl., afdelingslæge, afd.læge, læge, dr., Dr, professor, bagvagt, bv,
         forvagt, fv, kardiologisk bagvagt, kardiolog, onkolog, kirurg, ortopædkirurg,
         anæstesilæge, anæstesiolog, lægesekretær, sekretær, instrumentsygeplejerske, instr.spl.,
         Consultant, registrar, speciallæge), a genitive -s glued to a hidden name, the domain of
         a hidden person's e-mail, the "RM\\" domain prefix of a hidden person's user name.
  Unmarked letters and digits are must-stay as well, including labels such as "Operatør:",
  "Assistent:", "Anæstesi:", "Deltagere:", "Konklusion:", "Ansvarlig:", "Dikt.", "v/", "ved",
  "sign.", "set af", "konf. m.". Literal "[", "{", "<" and "«" cannot appear in a probe: they
  are the markup (so "CRP under 5", not the sign). A role word followed by a colon is a label
  and must stay ("Instrumentsygeplejerske: ...", "Kirurg: ...", "Ansvarlig læge: ...",
  "Vagtlæge: ..."); the same word directly before or after a hidden name without a colon is a
  title (don't care), also role abbreviations in parentheses after hidden initials ("(bv)",
  "(op.)", "(ass.)", "(instr.)").

Rules I apply when marking (the same in every genre):
  1. A name part owned only by hidden staff (Hans-Henrik, Hartmann, Mirzaei, Oksana, Kovalenko,
     Chukwuemeka, Emeka, Okafor, Priya, Raghunathan, Wells, Kocher, Bech, Krog, Brink ... see the
     roster for which parts are shared) that the text uses for a person is gone - capitalised or
     lower case, bare or with the other part, family-first ("Okafor, Chukwuemeka"), abbreviated
     ("H.-H. Hartmann", "P. Raghunathan", "Kovalenko O."), with or without the hyphen of a
     double name, in any position: header, subject, object, after a preposition, v/, ved,
     sign., "set af", "konf. m.", "aftalt m.", in a list, a table cell, an op note slot, a
     dictation mark, reported speech, an address ("Kære Priya"), English text.
  2. Registered initials, user names and e-mail local parts are gone where they stand for the
     person: after sign./v//ved/af/ifølge/konf. m./aftalt m., in a dictation mark "Dikt. ABC/xy"
     (both halves), as the "/abc" signature at the end of a note, in parentheses after an action,
     in an op note, MDT or rota slot, as subject of a verb ("AMI har talt med ..."). The same
     letters used as the clinical abbreviation or word they also are stay: AMI (akut
     myokardieinfarkt), KOL (kronisk obstruktiv lungesygdom), pes (pes planus, pes anserinus).
  3. A part shared with a non-hidden colleague (Karen - Karen Dahl, sygeplejerske; Nissen - Ole
     Nissen, portør; Amir - Amir Hosseini, reservelæge, medicin; Brink - Mette Brink,
     lægesekretær; Per - Per Madsen, bioanalytiker; Nanna - Nanna Lund, sygeplejerske; Lise -
     Lise Andersen, lægesekretær; Krog - Anna Krog, diætist; Thomas - Thomas Bjerre,
     anæstesilæge) is gone when the hidden person's other part, initials or own title settles it
     ("overlæge Nissen", "kardiolog Amir", "instr.spl. Nanna"); it stays when the colleague's full
     name or own role settles it ("portør Nissen", "diætist Krog", "bioanalytiker Per"); bare and
     unsettled it is debatable.
  4. A part shared with the citizen or a relative (Skov - the citizen Lene Skov and her family;
     Sofie - the daughter; Thomas - the son; Karen and Holm - the sister Karen Holm; Max - the
     grandson) is gone when the hidden person's title, other part or initials settle it
     ("overlæge Skov", "reservelæge Max"); it stays when the text says who the relative is (a
     kinship word, an age, "fru Skov", "pt.", the relative's full name, being the patient of the
     note); bare and unsettled it is debatable.
  5. A part shared with an unlisted person (Søren Nissen, the GP; Jesper Holm, professor at
     Rigshospitalet; Kirsten Bech, hjemmesygeplejerske in the municipality) stays when that
     person's full name, role or place is written; the matcher is not told about them.
  6. Words, eponyms, scores, abbreviations, drugs, devices, firms, places and streets stay even
     when spelt like a hidden name part, initials or user name, at the start of a sentence, in
     a compound or with a genitive (Hartmanns operation, Nissen-fundoplikation, Kocher-snit,
     Wells score, Mb. Bechterew, skovtur, nervekrog, Bornholm, per os, max. dosis, en lise,
     julenissen, Amiodaron, Perindopril), also in a text that names the hidden person.
  7. Lower-case shorthand gets the same judgement as careful prose: "konf. m. bv mirzaei" is a
     name, "ingen tegn på ami" is an infarct; "aftalt m. ovl. skov" is a name, "gået tur i
     skoven" is a forest.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  word/eponym/relative use and
          staff use of the same letters in one text.

Roster (new for rt48; the other rt4x probe files were not read, except rt44's format excerpt):
  Hidden staff (12), with what the parts and initials also are:
    Hans-Henrik Hartmann   overlæge, kirurgi (kolorektal)     Hartmann = Hartmanns operation,
                                                              Hartmann (dressing firm); HHH;
                                                              user hhart; e-mail hanhar@
    Karen Nissen           overlæge, kirurgi (øvre GI)         Nissen = Nissen-fundoplikation,
                                                              nissen (the elf), Ole Nissen
                                                              (portør), Søren Nissen (GP); Karen
                                                              = the sister, Karen Dahl; KNI;
                                                              user ovl.kni
    Amir Mirzaei           afdelingslæge, kardiologi           AMI = akut myokardieinfarkt,
                                                              Amiodaron; Amir = Amir Hosseini;
                                                              e-mail amir.mirzaei@
    Oksana Kovalenko       reservelæge, medicin (M3)           KOL = COPD (not derived from the
                                                              usual order); user RM\\okov01
    Chukwuemeka Okafor     overlæge, anæstesi                  alias Emeka Okafor; EOK; user
                                                              eokaf
    Priya Raghunathan      afdelingslæge, onkologi             PRR; writes in English too; user
                                                              RM\\priy07; e-mail priyragh@
    Max Brink              reservelæge, ortopædkirurgi         max = maximum (max. dosis); Max =
                                                              the grandson (5); Brink = Mette
                                                              Brink (lægesekretær), Brinken
                                                              (street); MBR; user RM\\mbri12
    Thomas Wells           overlæge, akutafdelingen (British)  Wells score; English "wells";
                                                              Thomas = the son, Thomas Bjerre;
                                                              TWE; e-mail thowel@
    Sofie Kocher-Holm      overlæge, ortopædkirurgi            Kocher (Kocher-adgang, -snit,
                                                              -pincet, Kochers manøvre); holm,
                                                              Bornholm, Holm = the sister, Jesper
                                                              Holm; Sofie = the daughter; SKH
    Per Skov               overlæge, onkologi                  per = per os / per døgn, Perindopril;
                                                              Per = Per Madsen; skov = forest,
                                                              Skov = the citizen's family; PES
                                                              (pes planus); e-mail per.skov@
    Lise Bech              lægesekretær, kirurgi               lise = relief; Bech = Bechterew,
                                                              Kirsten Bech; Lise = Lise Andersen;
                                                              LBE (lower case "lbe" in dictation
                                                              marks); e-mail lisbec@
    Nanna Krog             instrumentsygeplejerske, OP         krog = hook (nervekrog); Krog = Anna
                                                              Krog (diætist); Nanna = Nanna Lund;
                                                              NAJ (not derived: maiden initials)
  Non-hidden colleagues (others): Karen Dahl (sygeplejerske, KDA), Ole Nissen (portør), Amir
    Hosseini (reservelæge, medicin, AHO), Mette Brink (lægesekretær, mbr is NOT hers: she is
    "meb"), Per Madsen (bioanalytiker), Nanna Lund (sygeplejerske), Lise Andersen (lægesekretær,
    "lan"), Anna Krog (diætist), Thomas Bjerre (anæstesilæge, TBJ).
  Citizen: Lene Skov (64). Relatives: Jens Skov (husband), Sofie Skov (daughter, 34), Thomas Skov
    (son, 38), Karen Holm (sister, 69), Max Skov (grandson, 5).
  Unlisted (must simply stay): Søren Nissen (egen læge, Viborg), Jesper Holm (professor,
    Rigshospitalet), Kirsten Bech (hjemmesygeplejerske, Viborg Kommune).

Written by a red-team helper (rt48) that had not seen the matcher's source, rules, word lists,
tests, docs or changelog, nor the other probe files (except rt44 lines 1-140 and 760-893 for the
format); the markup above was fixed before the first run and is not changed after it except for
markup errors by this standard (listed below).

Run:  INDSIGT_PURE_PYTHON=1 PYTHONPATH=src .venv/bin/python bench/independent/names_rt48_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Markup fixes after the first run (markup wrong by the standard above; nothing else changed):
  1. "«Operatør» {Hans-Henrik Hartmann}, «assistent» {Oksana Kovalenko}, ... «anæstesi» {Chukwuemeka
     Okafor}." - the role words stood directly before hidden names without a colon, which my
     label/title sentence makes don't care; they had been left unmarked (must stay). 1 probe.
  2. "Pt. har fortalt <Sofie> om diagnosen." - bare and unsettled (no kinship word, age or full
     name in the text), so debatable by rule 4; it had been marked must stay. 1 probe.
  Judgement notes (not changed): "spl. [Nanna]" stays by rule 3 because "sygeplejerske" is the
  colleague Nanna Lund's own role (a stricter reader could call it unsettled, since the hidden
  Nanna Krog is an instrumentsygeplejerske); "{tho wells}" is an abbreviated given name, gone by
  rule 1 although "tho" is not registered.

569 probes (289 leak, 170 over-hide traps, 110 mixed); 14 debatable before the fixes, 15 after.
held-out, first run on d408b89 (pinned worktree): 12 leaks / 60 over-hides (probes); after the 2
markup fixes: 12 leaks / 58 over-hides (probes).
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        "rt48-hhh",
        "Hans-Henrik",
        "Hartmann",
        initials=("HHH",),
        emails=("hanhar@rm.dk",),
        usernames=("hhart",),
        titles=("overlæge", "kirurg"),
    ),
    Person(
        "rt48-kni",
        "Karen",
        "Nissen",
        initials=("KNI",),
        usernames=("ovl.kni",),
        titles=("overlæge", "kirurg"),
    ),
    Person(
        "rt48-ami",
        "Amir",
        "Mirzaei",
        initials=("AMI",),
        emails=("amir.mirzaei@rm.dk",),
        titles=("afdelingslæge", "kardiolog"),
    ),
    Person(
        "rt48-kol",
        "Oksana",
        "Kovalenko",
        initials=("KOL",),
        usernames=("RM\\okov01",),
        titles=("reservelæge",),
    ),
    Person(
        "rt48-eok",
        "Chukwuemeka",
        "Okafor",
        initials=("EOK",),
        usernames=("eokaf",),
        titles=("overlæge", "anæstesilæge"),
        aliases=(("Emeka", "Okafor"),),
    ),
    Person(
        "rt48-prr",
        "Priya",
        "Raghunathan",
        initials=("PRR",),
        emails=("priyragh@rm.dk",),
        usernames=("RM\\priy07",),
        titles=("afdelingslæge", "onkolog"),
    ),
    Person(
        "rt48-mbr",
        "Max",
        "Brink",
        initials=("MBR",),
        usernames=("RM\\mbri12",),
        titles=("reservelæge",),
    ),
    Person(
        "rt48-twe",
        "Thomas",
        "Wells",
        initials=("TWE",),
        emails=("thowel@rm.dk",),
        titles=("overlæge", "consultant"),
    ),
    Person(
        "rt48-skh",
        "Sofie",
        "Kocher-Holm",
        initials=("SKH",),
        titles=("overlæge", "ortopædkirurg"),
    ),
    Person(
        "rt48-pes",
        "Per",
        "Skov",
        initials=("PES",),
        emails=("per.skov@rm.dk",),
        titles=("overlæge", "onkolog"),
    ),
    Person(
        "rt48-lbe",
        "Lise",
        "Bech",
        initials=("LBE",),
        emails=("lisbec@rm.dk",),
        titles=("lægesekretær", "sekretær"),
    ),
    Person(
        "rt48-naj",
        "Nanna",
        "Krog",
        initials=("NAJ",),
        titles=("instrumentsygeplejerske",),
    ),
]

OTHERS = [
    Person("rt48-o-kda", "Karen", "Dahl", initials=("KDA",), titles=("sygeplejerske",)),
    Person("rt48-o-oni", "Ole", "Nissen", titles=("portør",)),
    Person("rt48-o-aho", "Amir", "Hosseini", initials=("AHO",), titles=("reservelæge",)),
    Person("rt48-o-meb", "Mette", "Brink", initials=("MEB",), titles=("lægesekretær",)),
    Person("rt48-o-pma", "Per", "Madsen", titles=("bioanalytiker",)),
    Person("rt48-o-nlu", "Nanna", "Lund", titles=("sygeplejerske",)),
    Person("rt48-o-lan", "Lise", "Andersen", initials=("LAN",), titles=("lægesekretær",)),
    Person("rt48-o-akr", "Anna", "Krog", titles=("diætist",)),
    Person("rt48-o-tbj", "Thomas", "Bjerre", initials=("TBJ",), titles=("anæstesilæge",)),
]

RELATIVES = [
    ("Jens", "Skov"),
    ("Sofie", "Skov"),
    ("Thomas", "Skov"),
    ("Karen", "Holm"),
    ("Max", "Skov"),
]

CITIZEN = [("Lene", "Skov")]

P = Probes()
addall = P.addall

# PROBES_BELOW
# ============================================================================= LEAK PROBES
addall(
    "lk_header_fullname",
    [
        "Journalnotat ved «reservelæge» {Oksana Kovalenko}, Medicinsk afdeling M3.",
        "Journalnotat v/ «afdelingslæge» {Amir Mirzaei}, Hjertesygdomme, Regionshospitalet Viborg.",
        "Stuegang v/ «overlæge» {Hans-Henrik Hartmann}.",
        "Stuegang ved {Karen Nissen} og «reservelæge» {Max Brink}.",
        "Tilsyn ved «kardiologisk bagvagt» {Amir Mirzaei}.",
        "Amb. notat, Onkologisk Ambulatorium - «afdelingslæge» {Priya Raghunathan}.",
        "Tlf.konsultation ved «overlæge» {Per Skov} kl. 10.15.",
        "Anæstesinotat ved «overlæge» {Chukwuemeka Okafor}.",
        "Præoperativ vurdering ved «anæstesilæge» {Emeka Okafor}.",
        "Journalnotat ved «reservelæge» {Max Brink}, Ortopædkirurgisk afdeling.",
        "Stuegang v/ «ovl.» {Sofie Kocher-Holm}, sengeafsnit O2.",
        "Akutnotat ved «overlæge» {Thomas Wells}, Akutafdelingen.",
        "Epikrise ved «afdelingslæge» {Priya Raghunathan}.",
        "Udskrivningsnotat ved «reservelæge» {Oksana Kovalenko}.",
        "Indlæggelsesnotat ved {Oksana Kovalenko}, «forvagt».",
        "Ekkokardiografi ved «afdelingslæge» {Amir Mirzaei}.",
        "KAG-beskrivelse. Udført af {Amir Mirzaei}.",
        "Kemobehandling, første serie - ordineret af «overlæge» {Per Skov}.",
        "Amb. notat, Ortopædkirurgisk Ambulatorium ved {Sofie Kocher-Holm}.",
        "Stuegang ved «overlæge» {Karen Nissen}, «reservelæge» {Oksana Kovalenko} og spl. Karen Dahl.",
        "Journalnotat ved {Hans-Henrik Hartmann}, «overlæge», Kirurgisk afdeling.",
        "Tilsyn ved «anæstesiologisk bagvagt» {Chukwuemeka Okafor} på grund af faldende saturation.",
        "Ambulant kontrol ved «ortopædkirurg» {Sofie Kocher-Holm} 6 uger postoperativt.",
        "Telefonkonsultation ved «reservelæge» {Max Brink} kl. 13.40.",
        "Samtale ved «onkolog» {Priya Raghunathan} med pt. og ægtefælle.",
        "Journalnotat ved «overlæge» {Per Skov}: Status efter 3. serie.",
        "Supplerende notat ved «overlæge» {Hans-Henrik Hartmann} vedr. stomi.",
        "Stuegang ved «overlæge» {Thomas Wells} (Akutafdelingen).",
        "Tilsyn ved «ortopædkirurgisk bagvagt» {Max Brink}: ingen fraktur i hoften.",
        "Operationsbeskrivelse ved {Karen Nissen}.",
    ],
)

addall(
    "lk_family_prose",
    [
        "Pt. er set af {Hartmann}, som anbefaler akut operation.",
        "Efter konference med {Nissen} besluttes at afvente.",
        "{Mirzaei} har gennemgået EKG og finder ikke tegn på iskæmi.",
        "Aftalt med {Kovalenko}, at prednisolon trappes ud over 5 dage.",
        "{Okafor} har vurderet pt. til ASA-gruppe 3.",
        "Pt. er informeret af {Raghunathan} om bivirkninger.",
        "{Brink} har reponeret frakturen i lokalbedøvelse.",
        "Vurderet af {Wells} i akutmodtagelsen kl. 22.30.",
        "{Kocher-Holm} finder indikation for hemialloplastik.",
        "Røntgen er gennemgået med {Kocher-Holm} og viser god stilling.",
        "Pt. ønsker at tale med {Hartmann} igen inden udskrivelse.",
        "Ifølge {Nissen} kan pt. genoptage normal kost i morgen.",
        "Ekkoet er gennemset af {Mirzaei}: EF 45 %.",
        "Pt. og datter informeret af {Kovalenko} om planen.",
        "Spinalanalgesi anlagt af {Okafor} uden problemer.",
        "Svar på PET-CT er givet af {Raghunathan} i ambulatoriet.",
        "Gips kontrolleret af {Brink} - ingen tryksår.",
        "CT-thorax bestilt af {Wells} på mistanke om lungeemboli.",
        "Udskrivelse godkendt af {Hartmann}.",
        "Pt. har fået tid hos {Nissen} om 3 måneder.",
        "Planen er drøftet med {Mirzaei}, der er enig.",
        "Pt. var meget glad for samtalen med {Raghunathan}.",
        "Tak for henvisningen, pt. ses af {Kocher-Holm} i næste uge.",
        "Der er aftalt ny samtale hos {Okafor} før næste narkose.",
        "Som aftalt med {Kovalenko} seponeres Furix.",
        "Gennemgået af {Brink} og {Kocher-Holm} på morgenkonferencen.",
        "Svaret er givet til pt. telefonisk af {Hartmann}.",
        "Pt. er tilset af {Wells}, der ikke finder tegn på DVT.",
        "{Raghunathan} vil tage stilling til dosisreduktion.",
        "Hvis pt. får feber, skal {Nissen} kontaktes.",
    ],
)

addall(
    "lk_given_and_settled",
    [
        "{Oksana} har talt med pt. om inhalationsteknik.",
        "{Priya} har ringet pt. op med svar på scanningen.",
        "Kære {Priya}, tak for henvisningen af fru Skov.",
        "{Emeka} lagde epiduralkateter kl. 07.45.",
        "{Chukwuemeka} har tilset pt. på opvågningen.",
        "{Hans-Henrik} har lovet at ringe til ægtefællen.",
        "Spørg {Oksana} om hun har ordineret blodprøver.",
        "«Reservelæge» {Max} har skiftet gipsen.",
        "«Overlæge» {Per} har informeret om stråleterapi.",
        "«Kardiolog» {Amir} har set EKG og ønsker troponin x 2.",
        "«Overlæge» {Karen} har talt med pt. om stomien.",
        "«Instr.spl.» {Nanna} har talt kompresser og instrumenter.",
        "«Overlæge» {Sofie} opererede i går aftes.",
        "«Overlæge» {Thomas} fra akutafdelingen har overdraget pt.",
        "«Lægesekretær» {Lise} har sendt epikrisen til egen læge.",
        "Hej {Oksana} - kan du se pt. på stue 4 før konferencen?",
        "{Priya} and I agreed to postpone the next cycle.",
        "Tak til {Emeka} for hjælpen med intubationen.",
        "{Hans-Henrik} og {Karen} har drøftet pt. på konferencen.",
        "Pt. spørger efter {Oksana} fra i går.",
        "Besked til {Priya}: pt. ønsker at udskyde kemo en uge.",
        "{Chukwuemeka} (anæstesi) er orienteret.",
    ],
)

addall(
    "lk_initials",
    [
        "Dikt. {HHH}/{lbe}",
        "Dikt. {AMI}/{lbe} 14.03.",
        "Dikteret af {PES}, skrevet af {LBE}.",
        "Set og vurderet af {KNI}.",
        "Aftalt m. «ovl.» {SKH}: aflastning 6 uger.",
        "sign. {MBR}",
        "Ordineret af {KOL} kl. 08.15.",
        "Konf. m. {TWE}, der ønsker CT-angio.",
        "Blodtransfusion aftalt med {EOK}.",
        "Ansvarlig læge: {PRR}",
        "Pt. informeret ({PES}).",
        "Sår tilset, ser pænt ud. /{KNI}",
        "Status: stabil. Fortsætter plan. /{AMI}",
        "Obs. for delir, tilses igen i morgen. /{KOL}",
        "Svar givet tlf. v/ {PRR} 11.20.",
        "Rtg. gennemgået m. {SKH} og {MBR} - ingen behandlingskrævende fraktur.",
        "Anæstesi: {EOK}, spinal.",
        "Operatør: {HHH}. Assistent: {MBR}.",
        "Efter aftale med {AMI} gives Brilique 90 mg x 2.",
        "Pt. ses igen i amb. om 3 mdr. ({SKH})",
        "{KOL} har talt med datter i telefon.",
        "{AMI} har talt med ægtefælle efter KAG.",
        "Dikt. {SKH}/{lbe} - ikke gennemlæst.",
        "Dikteret {MBR} 22.05. Skrevet {lbe} 23.05.",
        "14.03 kl. 09.10 {HHH}: stuegang, pt. har haft flatus.",
        "Godkendt af {NAJ} («instr.») - optælling korrekt.",
        "Vagtlæge: {TWE} («bv»), {KOL} («fv»).",
        "ifølge {PRR} skal CEA tages før hver serie.",
        "Journalen er gennemgået af {HHH} og {KNI}.",
        "Set af {EOK} på opvågningen - udskrives til afsnit.",
        "Dikt. {PES}/{lbe}, godk. {PES}.",
        "Tilset v/ {TWE} 03.40: smerter velbehandlede.",
    ],
)

addall(
    "lk_shorthand_lower",
    [
        "konf. m. «bv» {mirzaei} - ingen akut KAG.",
        "d.d. set af {kovalenko}, fortsat iltkrævende.",
        "aftalt m. «ovl.» {hartmann}: kost fra i morgen.",
        "stuegang {nissen}: drænet fjernes.",
        "tilset af {okafor} kl 02, pt. ok.",
        "rtg ok iflg {brink}, mobilisering fri.",
        "{raghunathan} ringer pt. op m. PET-svar fre.",
        "konf m {wells} - CT-angio bestilt.",
        "op. aftalt m {kocher-holm} i morgen kl 8.",
        "«ovl.» {skov} info om kemo - pt. betænkningstid.",
        "kl 03 tilset {oksana}: sat 88 %, ilt øget.",
        "{priya} har ringet, pt. skal ikke møde fre.",
        "set af {hhh} kl 8 - pt. må spise.",
        "konf. m. {ami} - Heparin fortsættes.",
        "d.d. {kol}: inh. teknik gennemgået.",
        "aftalt m {pes} - dosis reduceres 20 %.",
        "{mbr} har skiftet gips, ingen tryk.",
        "obs. stomi - {kni} ser pt. i morgen.",
        "«bv» {okafor} tilkaldt, sat. 85 %.",
        "«afd.læge» {mirzaei} har set ekko: EF 40 %.",
        "{emeka} lagde CVK i højre v. jugularis.",
        "samtale m. pt. og mand - {priya} + spl.",
        "{hans-henrik} tager pt. m. på OP-program fre.",
        "ring til {kovalenko} hvis CRP stiger.",
        "stue 6: pt. set af {wells} og {brink}.",
        "«rl.» {max} har lagt ny gips kl. 14.",
        "«ovl.» {per} har talt m. pt. om stråler.",
        "«kardiolog» {amir} har set EKG, ok.",
        "{tho wells} ringer tilbage.",
        "{sofie k-h} vil se rtg. i morgen.",
    ],
)

addall(
    "lk_opnote",
    [
        "Operatør: {Hans-Henrik Hartmann}\nAssistent: {Max Brink}\nAnæstesi: {Chukwuemeka Okafor}\nInstrumentsygeplejerske: {Nanna Krog}",
        "Operatør: «ovl.» {Karen Nissen}. Assistent: «rl.» {Oksana Kovalenko}. Instr.spl.: {Nanna Krog}.",
        "Operatør: {Sofie Kocher-Holm}. Assistent: {Max Brink}. Anæstesi: {Emeka Okafor}.",
        "Operatør: {HHH}. Ass.: {MBR}. Anæstesi: {EOK}. Instr.: {NAJ}.",
        "Operationsbeskrivelse\nDiagnose: Perforeret sigmoideumcancer.\nOperation: Sigmoideumresektion med endestomi.\nOperatør: {Hartmann}\nAssistent: {Brink}",
        "«Instrumentsygeplejerske» {Nanna Krog} bekræfter korrekt optælling af kompresser.",
        "Optælling korrekt, kontrolleret af {Nanna} og Karen Dahl.",
        "Anæstesiform: generel anæstesi ved {Okafor}. Intubation ukompliceret.",
        "Indgrebet udført af {Kocher-Holm} assisteret af {Brink}.",
        "Operatør: «overlæge» {Sofie Kocher-Holm}\nIndgreb: Hemialloplastik, venstre hofte.",
        "Time-out gennemført ved {Okafor}, {Hartmann} og {Krog}.",
        "Operatører: {Hartmann}/{Nissen}. Anæstesi: Thomas Bjerre.",
        "Kirurg: {Karen Nissen}, anæstesilæge: Thomas Bjerre, instr.spl.: {Nanna Krog}.",
        "Pt. lejret i Lloyd-Davies-leje af {Hartmann} og {Brink}.",
        "Efter lukning af huden ved {Max Brink} lægges steril forbinding.",
        "«Operatør» {Hans-Henrik Hartmann}, «assistent» {Oksana Kovalenko}, «instrumentsygeplejerske» {Nanna Krog}, «anæstesi» {Chukwuemeka Okafor}.",
        "Anæstesi: {Okafor}/Bjerre. Spinal L3-L4 ved {Okafor}.",
        "Op.-hold: {SKH} («op.»), {MBR} («ass.»), {NAJ} («instr.»), {EOK} («anæst.»)",
        "Operationen blev udført af «overlæge» {Nissen} som laparoskopisk indgreb.",
        "Præparatet sendt til patologi af {Nanna Krog}.",
        "Instrumentsygeplejerske: {Krog, Nanna}",
        "Operatør: {Okafor, Chukwuemeka} (CVK-anlæggelse)",
        "Assistent: {Brink, Max}",
        "Operatør: {Kocher-Holm, Sofie}",
        "Anlæggelse af epiduralkateter ved {EOK}, Th8-9, ukompliceret.",
    ],
)

addall(
    "lk_mdt",
    [
        "MDT-konference, kolorektal cancer 12.03.\nDeltagere: {Hans-Henrik Hartmann} (kirurgi), {Priya Raghunathan} (onkologi), {Per Skov} (onkologi), radiolog, patolog.\nKonklusion: Adjuverende kemoterapi.\nAnsvarlig: {Raghunathan}",
        "MDT 12/3 - Deltagere: {HHH}, {PRR}, {PES}. Konklusion: CAPOX x 8. Ansvarlig: {PRR}.",
        "Deltagere: {Karen Nissen}, {Hans-Henrik Hartmann}, spl. Karen Dahl.",
        "Ansvarlig: «overlæge» {Per Skov}",
        "Ansvarlig læge: {Hartmann}. Næste MDT: 4 uger.",
        "Konklusion ({Nissen}/{Hartmann}): Stomien kan lægges tilbage efter 6 mdr.",
        "MDT-konference (hjerte): {Amir Mirzaei} fremlagde KAG. Konklusion: PCI af RCA.",
        "Konferencen fandt, på forslag af {Raghunathan}, ingen indikation for stråleterapi.",
        "Fremlagt af «reservelæge» {Oksana Kovalenko} på middagskonferencen.",
        "Referent: {LBE}",
        "Referent: {Lise Bech}, «lægesekretær»",
        "Deltagere: «ovl.» {Kocher-Holm}, «rl.» {Brink}, fys. Lone.\nKonklusion: Fuld belastning.",
        "Tumorboard 20.03. Present: {Raghunathan}, {Skov}, {Hartmann}. Decision: adjuvant chemotherapy.",
        "Konklusion efter MDT: {Per Skov} informerer pt. tirsdag.",
        "Ansvarlig for opfølgning: {AMI}",
        "Deltagere fra kirurgi: {Hartmann} og {Nissen}. Fra onkologi: {Raghunathan}.",
        "Fremlagt af {KOL}. Konklusion: fortsat konservativ behandling.",
        "MDT: {Per Skov} og {Priya Raghunathan} anbefaler 3 måneders behandling frem for 6.",
        "Konference 08.00 - {Wells} overdrager til {Kovalenko}.",
        "Ansvarlige: {SKH} og {MBR}.",
    ],
)

addall(
    "lk_user_email",
    [
        "Dokumenteret af «RM\\»{okov01} 14.03.2026 09:12.",
        "Bruger: «RM\\»{priy07} - notat låst.",
        "Ordination oprettet af «RM\\»{mbri12}.",
        "Rettet af {hhart} 15.03 kl. 10.02.",
        "Godkendt af {ovl.kni} (elektronisk signatur).",
        "Ordineret af {eokaf} kl. 07:30.",
        "Spørgsmål kan rettes til {amir.mirzaei}«@rm.dk».",
        "Kontakt: {priyragh}«@rm.dk», tlf. 7844 5500.",
        "Epikrise sendt fra {lisbec}«@rm.dk» til egen læge.",
        "Svar sendes til {per.skov}«@rm.dk».",
        "Mail fra {thowel}«@rm.dk» vedr. CT-svar.",
        "Henvisning oprettet af {hanhar}«@rm.dk».",
        "Log: {okov01} åbnede journalen kl. 11:04.",
        "Log: {priy07} 14.03 10:15 notat oprettet.",
        "Medicinændring: {mbri12} 16.03 kl 15.",
        "Log: {eokaf} - anæstesiskema afsluttet.",
        "Log: {hhart} underskrev operationsbeskrivelsen.",
        "Log: {ovl.kni} - journal åbnet.",
        "Fra: {amir.mirzaei}«@rm.dk»\nTil: egen læge\nEmne: KAG-svar",
        "cc: {priyragh}«@rm.dk», {per.skov}«@rm.dk»",
    ],
)

addall(
    "lk_english",
    [
        "Seen by «Dr» {Wells} in the ED at 22:30.",
        "{Thomas Wells}, «Consultant» in Emergency Medicine",
        "Discussed with «Dr» {Raghunathan}, who agrees with the plan.",
        "Patient reviewed by {Priya Raghunathan} (oncology) - fit for cycle 3.",
        "Case discussed with {Mirzaei} (cardiology) on the phone.",
        "Plan as per {Wells}: CT pulmonary angiogram, LMWH meanwhile.",
        "«Dr» {Okafor} will do the spinal tomorrow morning.",
        "Anaesthetic review by {Chukwuemeka Okafor}: ASA 3, fit for surgery.",
        "Signed: {T. Wells}, «Consultant»",
        "Many thanks, {Priya}",
        "Kind regards, {Thomas Wells}",
        "I have spoken to {Hartmann} and he is happy to see her.",
        "{Emeka} says the epidural is working well.",
        "Handover from {Wells} to {Kovalenko} at 08:00.",
        "Dear «Dr.» {Raghunathan},",
        "Patient was seen by the «orthopaedic registrar» {Max Brink}.",
        "{Kocher-Holm} reviewed the X-rays and recommends surgery.",
        "As discussed with {Per Skov}, oxaliplatin will be stopped.",
        "{Wells}' note from last night is attached.",
        "Referred by «Dr» {Wells} to the medical team.",
    ],
)

addall(
    "lk_hyphen_foreign",
    [
        "Pt. er set af {Kocher Holm} i ambulatoriet.",
        "«Ortopædkirurg» {S. Kocher-Holm} har vurderet røntgen.",
        "{H.-H. Hartmann} har opereret pt.",
        "Aftalt med {HH Hartmann}, at stomien bevares.",
        "{Hans Henrik Hartmann} har talt med ægtefællen.",
        "Tilset af {P. Raghunathan}.",
        "{Raghunathan, Priya} - Onkologisk Afdeling",
        "{Mirzaei, Amir}, «afdelingslæge»",
        "{Kovalenko O.}, «reservelæge», M3",
        "{O. Kovalenko} har ordineret Spiriva.",
        "{Okafor C.} - anæstesi",
        "{Chukwuemeka} <E.> {Okafor} har anlagt arteriekanyle.",
        "Pt. henvises til «dr.» {Mirzaei} på Hjertemedicinsk ambulatorium.",
        "Ortopædkirurgisk vurdering: {Kocher-Holm}.",
        "Stuegang {Kocher-Holm}/{Brink}.",
        "{KOCHER-HOLM}: pt. må støtte fuldt.",
        "{HARTMANN} - STOMI - SE NOTAT",
        "Pt. siger at «dr.» {Raghunathan} har sagt, at hun er rask nu.",
        "{Oksana Kovalenko}«s» notat fra i går er rettet.",
        "{A. Mirzaei} har lavet ekko.",
    ],
)

addall(
    "lk_referral_epikrise",
    [
        "Udskrevet ved «reservelæge» {Oksana Kovalenko} til eget hjem.",
        "Udskrevet ved {Hartmann} 5. postoperative dag.",
        "Epikrise: Pt. er indlagt med perforeret sigmoideumcancer og opereret akut af «overlæge» {Hans-Henrik Hartmann}.",
        "Pt. er henvist til professor [Jesper Holm] på Rigshospitalet af {Per Skov} mhp. second opinion.",
        "Henvist af «overlæge» {Sofie Kocher-Holm} til genoptræning i kommunen.",
        "Henvisning til Aarhus Universitetshospital, Skejby, ved {Amir Mirzaei}: ønsker vurdering mhp. CABG.",
        "Vi har modtaget henvisning fra {Priya Raghunathan}, Regionshospitalet Viborg.",
        "Tlf.konsultation ved {Per Skov}: pt. har det godt, ingen neuropati.",
        "Tlf.konsultation v/ «rl.» {Max Brink} - pt. har fortsat smerter i håndleddet.",
        "Telefonisk svar på biopsi givet af {Raghunathan} 14.04.",
        "Egen læge bedes følge op på BT. Med venlig hilsen {Oksana Kovalenko}, «reservelæge».",
        "Med venlig hilsen\n{Amir Mirzaei}\n«Afdelingslæge», Hjertesygdomme",
        "Mvh. {Hans-Henrik Hartmann}",
        "Venlig hilsen {Karen Nissen}, «overlæge», Kirurgisk Afdeling",
        "Second opinion fra Rigshospitalet modtaget og gennemgået af {Per Skov}.",
        "Rigshospitalet er enige med {Raghunathan} i behandlingsplanen.",
        "Pt. viderehenvist af {Mirzaei} til Skejby til ablation.",
        "Pt. ringede og talte med {Kovalenko} om sine inhalatorer.",
        "Besked fra egen læge [Søren Nissen] er givet videre til {Hartmann}.",
        "Pt. overflyttes fra Viborg til Skejby efter aftale mellem {Mirzaei} og bagvagten i Skejby.",
        "Epikrise sendt til egen læge [Søren Nissen], Viborg. Dikt. {KOL}/{lbe}.",
        "Udskrivningssamtale ved {Brink}: må belaste fuldt, kontrol om 6 uger.",
        "Svar på henvisning: Pt. indkaldes til {Kocher-Holm}«s» ambulatorium.",
        "Pt. ønsker at fortsætte behandlingen hos {Per Skov} frem for på Rigshospitalet.",
        "Second opinion: Tak for henvisningen fra «overlæge» {Per Skov}.",
    ],
)

addall(
    "lk_genitive_possessive",
    [
        "{Hartmann}«s» vurdering er, at stomien kan lukkes.",
        "Efter {Nissen}«s» ordination gives Nexium 40 mg.",
        "{Mirzaei}«s» ekko viste EF 40 %.",
        "I henhold til {Raghunathan}«s» plan gives 3. serie.",
        "Se {Kovalenko}«s» indlæggelsesnotat.",
        "{Okafor}«s» anæstesiskema er scannet.",
        "{Brink}«s» gipskontrol var normal.",
        "Pt. er på {Kocher-Holm}«s» operationsprogram mandag.",
        "{Per Skov}«s» patient - kontakt ham ved spørgsmål.",
        "I {Wells}«'» notat står, at pt. faldt på trappen.",
        "{Priya}«s» telefonnummer er givet til pt.",
        "Ifølge {Oksana}«s» notat var pt. konfus om natten.",
        "Se {AMI}«s» notat fra KAG.",
        "Se {HHH}«s» op.-beskrivelse.",
        "{Karen Nissen}«s» ambulatorium, torsdag kl. 10.",
    ],
)


# ============================================================================= OVER-HIDING TRAPS
addall(
    "ow_clinical_abbrev",
    [
        "Indlagt med [AMI], NSTEMI, troponin 850.",
        "Tidligere [AMI] i 2019, PCI af LAD.",
        "Ingen tegn på [ami] på EKG, troponin normal.",
        "[AMI] - akut myokardieinfarkt - er udelukket.",
        "Kendt med [KOL] i GOLD-stadie 3.",
        "[KOL]-eksacerbation, behandlet med prednisolon og antibiotika.",
        "Pt. har svær [KOL] og bruger 2 l ilt i hjemmet.",
        "Kendt med [kol], ryger 20 stk/dag.",
        "[KAG] 14.03: 1-karssygdom, [PCI] af RCA med 1 DES.",
        "Henvist til [KAG] på mistanke om stabil angina.",
        "[EKG]: sinusrytme, ingen ST-forandringer.",
        "[DM] type 2, [HT], hyperkolesterolæmi.",
        "[CT] af abdomen viser fri luft.",
        "[MR] af columna lumbalis uden nerverodskompression.",
        "[PET]-CT uden tegn på spredning.",
        "[ASA]-gruppe 3 pga. [KOL] og iskæmisk hjertesygdom.",
        "[NYHA] klasse II, [EF] 45 %.",
        "[TNM]: T3N1M0, stadie III.",
        "[UL] af abdomen: ingen galdesten.",
        "Skiftes til [AK]-behandling med Eliquis pga. [AF].",
        "[GFR] 48, dosis af capecitabin reduceres.",
        "[CRP] 212, leukocytter 16,4.",
        "Behandlet med [DAPT] i 12 mdr.",
        "[STEMI]-alarm afblæst, det var [NSTEMI].",
        "[HbA1c] 58, [DM] dårligt reguleret.",
        "Pt. er [KOL]-patient og skal have [KOL]-skole.",
        "[CAPOX] serie 3 givet.",
        "[LMWH] profylaktisk i 28 dage.",
        "[SAT] 91 % på 2 l ilt.",
        "[pes] planus bilat., indlægssåler anbefales.",
        "Smerter svarende til [pes] anserinus.",
        "Rektaleksploration ([PR]) normal.",
        "[INR] 2,4 i dag.",
        "[BMI] 31, [BT] 145/90.",
        "[TTE] viser normal klapfunktion.",
    ],
)

addall(
    "ow_eponyms",
    [
        "Tilstand efter [Hartmanns] operation 12.03.",
        "Der blev udført [Hartmanns] operation med endestomi.",
        "Status efter operation a.m. [Hartmann].",
        "Mhp. genoprettelse af tarmkontinuitet efter [Hartmann]-procedure.",
        "Tidligere laparoskopisk [Nissen]-fundoplikation for refluks.",
        "Fundoplicatio a.m. [Nissen] i 2015.",
        "Status post [Nissen] 2015, nu atter refluks.",
        "Adgang via [Kocher]-snit.",
        "[Kochers] manøvre udført, duodenum mobiliseret.",
        "Radiushovedet tilgås via [Kocher]-adgang.",
        "Karret afklemmes med [Kocher]-pincet.",
        "[Wells] score 4 - lungeemboli sandsynlig.",
        "[Wells]-kriterier for DVT: 1 point.",
        "Modificeret [Wells] 2, D-dimer taget.",
        "Kendt med Mb. [Bechterew] siden 30-årsalderen.",
        "Mb. [Parkinson], behandles med Madopar.",
        "Begyndende [Alzheimers] sygdom.",
        "Mb. [Crohn] udelukket ved koloskopi.",
        "[Hodgkin] lymfom i barndommen.",
        "[Babinski] negativ bilat.",
        "[Lasègue] positiv ved 40 grader på højre side.",
        "[Glasgow] Coma Scale 15.",
        "[Charlson] comorbiditetsindeks 5.",
        "[Gleason] score 7 hos ægtefællen.",
        "[Breslow] tykkelse 0,8 mm.",
        "[Dukes] C.",
        "[Whipple]-operation ikke aktuel.",
        "[Billroth] II-resektion i 1980.",
        "Lejret i [Trendelenburg]-leje.",
        "Nedre midtlinjesnit, ikke [Pfannenstiel].",
        "Barnebarnet havde [Apgar] 10/10.",
        "[Lloyd-Davies]-leje.",
        "[Seldinger]-teknik.",
        "[Hartmann]-pose lukket med stapler.",
        "[Wells'] score er ikke beregnet.",
        "Svarende til [Kocher]-punktet.",
        "[Nissen]-manchetten er intakt på gastroskopien.",
        "[Bechterews] sygdom giver stiv ryg.",
        "[Potts] fraktur hos ægtefællen i 2010.",
        "[Colles]' fraktur, venstre håndled.",
    ],
)

addall(
    "ow_words_drugs_devices",
    [
        "Paracetamol 1 g [per] os x 4.",
        "Væskeindtag [per] døgn 1,5 l.",
        "[Per] i dag er der ingen blødning.",
        "Morfin [max] 4 gange dagligt.",
        "[Max]. døgndosis paracetamol 3 g.",
        "Belastning [max] 10 kg i 6 uger.",
        "[Maxipime] 2 g x 2 i.v.",
        "Det var en stor [lise] for pt. at få svaret.",
        "Pt. går dagligt ture i [skoven] med hunden.",
        "Har været på [skovtur] med børnebørnene.",
        "Drænet er fjernet, [krogen] er taget ud.",
        "Nervus recurrens holdt til side med [nervekrog].",
        "Pt. bor på en [holm] i fjorden.",
        "[Skovbær] og nødder tåles.",
        "Pt. har strikket [nisser] til afdelingen.",
        "Forbinding: [Zetuvit] Plus ([Hartmann]).",
        "[Perindopril] 4 mg x 1 pausere.",
        "[Amiodaron] 200 mg x 1.",
        "[Amitriptylin] 10 mg til natten.",
        "[Kolestyramin] mod diarré.",
        "[Brilique] 90 mg x 2 i 12 mdr.",
        "[Krog] på gardinet er faldet ned - pt. uskadt.",
        "[Brinken] ved søen var glat, pt. faldt.",
        "Pt. var lige på [brinken] af at besvime.",
        "Huden incideres med [kniv].",
        "[Pes] er latin for fod.",
        "Her husband used to drill water [wells] in Africa.",
        "[Holmium]-laser til nyresten hos ægtefællen.",
        "[Persantin] tidligere.",
        "[Skovflåt]-bid for 3 uger siden, erythema migrans.",
    ],
)

addall(
    "ow_places_streets",
    [
        "Pt. bor på [Skovbakken] 12, [Viborg].",
        "Adresse: [Brinken] 4, 8800 [Viborg].",
        "Overflyttes til [Aarhus Universitetshospital], [Skejby].",
        "Henvist til [Rigshospitalet], afdeling for kolorektal kirurgi.",
        "Bor på [Bornholm] om sommeren.",
        "Pt. er fra [Holstebro] og har egen læge i [Skive].",
        "Kemo gives i [Gødstrup].",
        "Flytter til [Skovlunde] til datteren.",
        "Hjemmeplejen i [Viborg Kommune] er kontaktet.",
        "[Krogsgade] 7, 8800 [Viborg].",
        "Genoptræning på [Holmegårdsvej] i [Skive].",
        "[Regionshospitalet Silkeborg], rygkirurgi.",
        "Pt. har sommerhus i [Skovby].",
        "Overført fra [Hospitalsenhed Midt] til [Skejby].",
        "Ferie i [Lund] i Sverige.",
        "Kørt i ambulance fra [Kjellerup].",
        "[Nissens] Bageri leverer til kantinen.",
        "Pt. arbejdede på [Holmen] i København.",
        "Strålebehandling på [Aarhus Universitetshospital].",
        "[Skovhuset] plejecenter, [Viborg].",
    ],
)

addall(
    "ow_relatives_citizen",
    [
        "Pt. [Lene Skov], 64 år, indlægges akut.",
        "[Lene Skov] er velorienteret og samarbejdende.",
        "Ægtefælle [Jens Skov] er med til samtalen.",
        "Datter [Sofie Skov] ønsker at blive ringet op.",
        "Søn [Thomas Skov] er kontaktperson.",
        "Søsteren [Karen Holm] har samme sygdom.",
        "Barnebarnet [Max] (5 år) har været på besøg.",
        "[Fru Skov] har fået smertestillende.",
        "Pt. bor med sin mand [Jens] i eget hus.",
        "Datteren [Sofie] er sygeplejerske i Aarhus.",
        "Sønnen [Thomas] kommer i morgen.",
        "Søster [Karen] (69) har tyktarmskræft i familien.",
        "[Max] (barnebarn) er forkølet, pt. bør undgå ham.",
        "Samtale med pt. og [Jens Skov] om behandlingen.",
        "[Hr. Skov] ringede og spurgte til sin kone.",
        "Pårørende: [Thomas Skov] (søn), tlf. 2233 4455.",
        "Pårørende: [Sofie Skov], datter.",
        "[Lene] siger, at hun har det bedre.",
        "Pt. ([Skov]) er velbehandlet for smerter.",
        "Familie: mand [Jens], børn [Sofie] og [Thomas], barnebarn [Max].",
        "[Karen Holm] (søster) har givet pt. en bog.",
        "Pt. har fortalt <Sofie> om diagnosen.",
        "Fam. [Skov] ønsker at blive informeret samlet.",
        "[Thomas] (søn, 38) er bekymret.",
        "[Max] på 5 år skal ikke med til samtalen.",
    ],
)

addall(
    "ow_colleagues_unlisted",
    [
        "Portør [Ole Nissen] kører pt. til CT.",
        "Egen læge [Søren Nissen] er orienteret.",
        "Lægesekretær [Mette Brink] har booket tid.",
        "Bioanalytiker [Per Madsen] tog blodprøver kl. 7.",
        "Diætist [Anna Krog] har vurderet ernæringen.",
        "Spl. [Nanna Lund] har givet morfin kl. 22.",
        "Lægesekretær [Lise Andersen] har sendt indkaldelse.",
        "Anæstesilæge [Thomas Bjerre] har lagt blok.",
        "Spl. [Karen Dahl] har skiftet stomipose.",
        "Reservelæge [Amir Hosseini] har optaget journal.",
        "Professor [Jesper Holm], [Rigshospitalet], har givet second opinion.",
        "Hjemmesygeplejerske [Kirsten Bech] kommer dagligt.",
        "Dikt. [AHO]/[lan].",
        "Dikt. [TBJ]/[meb].",
        "sign. [KDA]",
        "portør [Nissen] kørte pt. til røntgen.",
        "diætist [Krog] anbefaler proteindrik.",
        "bioanalytiker [Per] kunne ikke få blod.",
        "spl. [Nanna] har givet pn-medicin.",
        "Egen læge, [Søren Nissen], Sct. Mathias Gade, [Viborg].",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_eponym_and_staff",
    [
        "{Hartmann} udførte [Hartmanns] operation med endestomi.",
        "[Hartmanns] operation ved «overlæge» {Hans-Henrik Hartmann} 12.03.",
        "Operatør: {Hartmann}. Indgreb: Operation a.m. [Hartmann].",
        "{HHH}: genoprettelse efter [Hartmann] planlægges om 6 mdr.",
        "Operatør: {Karen Nissen}. Indgreb: Laparoskopisk [Nissen]-fundoplikation.",
        "{Nissen} har set gastroskopien: [Nissen]-manchetten er løsnet.",
        "Pt. har fået lavet [Nissen] af {Nissen} i 2015.",
        "[Wells] score 4 - {Wells} har bestilt CT-angio.",
        "{Thomas Wells}: [Wells] score for DVT 2 point, UL bestilt.",
        "«Dr» {Wells} calculated a [Wells] score of 5.",
        "{Kocher-Holm} anvendte [Kocher]-adgang til albuen.",
        "[Kocher]-pincet brugt til hæmostase. Operatør: {Sofie Kocher-Holm}.",
        "«Instr.spl.» {Nanna Krog}: [Kocher]-pincetter talt, korrekt.",
        "[KOL]-eksacerbation. Ordineret af {KOL}: prednisolon 37,5 mg.",
        "Kendt [KOL]. Sign. {KOL}",
        "Pt. med [KOL], tilset af {Oksana Kovalenko} ({KOL}).",
        "[AMI] bekræftet. {AMI} har talt med ægtefælle.",
        "Tidligere [AMI]. Konf. m. {AMI}: fortsæt DAPT.",
        "Sign. {AMI} - dx: [AMI] (NSTEMI).",
        "[Amiodaron] seponeret af {Amir Mirzaei}.",
        "{PES}: [pes] planus bilat., ikke relevant for kemo.",
        "Mb. [Bechterew] kendt. Dikt. {HHH}/{lbe}.",
        "Kendt med Mb. [Bechterew]. Skrevet af «lægesekretær» {Lise Bech}.",
        "Hjemmesygeplejerske [Kirsten Bech] ringede; {Bech} har givet besked til {Hartmann}.",
        "[Lloyd-Davies]-leje ved {Hartmann}, [Trendelenburg] ved {Okafor}.",
        "[Glasgow] Coma Scale 14 iflg. {Wells}.",
        "[Lasègue] negativ, undersøgt af {Brink}.",
        "[Charlson] 6 - {Raghunathan} anbefaler dosisreduktion.",
        "{Okafor}: [ASA] 3, [Mallampati] 2.",
        "Status efter [Hartmann], kontrol hos {Nissen}.",
    ],
)

addall(
    "mx_word_and_staff",
    [
        "Paracetamol 1 g [per] os, ordineret af «overlæge» {Per Skov}.",
        "{Per Skov} anbefaler 2 l væske [per] døgn.",
        "{Per} har talt med pt. om at gå ture i [skoven].",
        "[Skovtur] aflyst - aftalt med «ovl.» {Skov}.",
        "[Max]. belastning 10 kg, jf. «rl.» {Max Brink}.",
        "«Reservelæge» {Max} anbefaler [max] 3 g paracetamol.",
        "{Brink}: pt. faldt på [brinken] ved søen.",
        "Det var en [lise] for pt. Dikt. {PES}/{lbe}",
        "[Nervekrog] anvendt. Instr.spl.: {Nanna Krog}.",
        "{Krog} har talt [krogene] efter indgrebet.",
        "Pt. har strikket [nisser] til {Karen Nissen} og afdelingen.",
        "«Overlæge» {Nissen} fik en [nissehue] af pt.",
        "{Kocher-Holm}: pt. bor på en [holm] og skal sejle til kontrol.",
        "Pt. har sommerhus på [Bornholm]; {Kocher-Holm} accepterer kontrol der.",
        "{Wells}: patient lives near the [wells] outside town.",
        "[Perindopril] pauseret af {Per Skov} pga. lavt BT.",
        "[Maxipime] ordineret af {Max Brink}.",
        "Zetuvit ([Hartmann]) lagt på såret af {Hartmann}.",
        "{Hartmann} har bestilt [Hartmann]-forbindinger til hjemmeplejen.",
        "[Skovbakken] 12: {Per Skov} kører selv forbi med recepten.",
        "Pt. bor på [Brinken] 4 - {Max Brink} ikke i familie.",
        "{Priya} wants the patient to take it once [per] day.",
        "{Emeka}: [max] 2 doses of ondansetron.",
        "[Per] dags dato er der ingen restsygdom, iflg. {Per Skov}.",
        "[Krogsgade] 7 - {Nanna Krog} har sendt brev.",
        "[Krog] på stomipladen knækket, {Hartmann} ordinerer ny.",
        "Pt. har [skovflåt]bid; {Kovalenko} ordinerer penicillin.",
        "{MBR}: [max] belastning 15 kg.",
        "{PES}: cap. 1000 mg [per] os x 2.",
        "{lbe}: [lise] at høre at svaret var godt, siger pt.",
    ],
)

addall(
    "mx_people_shared",
    [
        "Portør [Ole Nissen] kørte pt. til {Karen Nissen}«s» ambulatorium.",
        "Egen læge [Søren Nissen] har henvist til «overlæge» {Nissen}.",
        "[Søren Nissen] (egen læge) og {Karen Nissen} er ikke i familie.",
        "Spl. [Karen Dahl] og «overlæge» {Karen Nissen} har talt med pt.",
        "Søster [Karen Holm] talte med «overlæge» {Karen} efter operationen.",
        "Reservelæge [Amir Hosseini] konfererede med «kardiolog» {Amir Mirzaei}.",
        "Lægesekretær [Mette Brink] har booket tid hos {Max Brink}.",
        "Bioanalytiker [Per Madsen] har taget blod til {Per Skov}.",
        "Spl. [Nanna Lund] og «instr.spl.» {Nanna Krog} modtog pt. på OP.",
        "Dikt. {PES}/{lbe}, rettet af [Lise Andersen].",
        "Diætist [Anna Krog] og «instr.spl.» {Krog} er ikke i familie.",
        "Anæstesilæge [Thomas Bjerre] overtog fra {Thomas Wells}.",
        "Søn [Thomas Skov] talte med «overlæge» {Thomas Wells}.",
        "Datter [Sofie Skov] talte med «overlæge» {Sofie Kocher-Holm}.",
        "Barnebarnet [Max] (5) besøgte; «rl.» {Max} sagde det var fint.",
        "[Lene Skov] er informeret af «overlæge» {Per Skov}; de er ikke i familie.",
        "[Fru Skov] er informeret af «onkolog» {Skov}.",
        "Søsteren [Karen Holm] og {Kocher-Holm} har talt sammen.",
        "Professor [Jesper Holm], [Rigshospitalet], er enig med {Kocher-Holm}.",
        "Hjemmesygeplejerske [Kirsten Bech] har fået epikrisen fra {Lise Bech}.",
        "portør [Nissen] og «ovl.» {Nissen} på stuen.",
        "bioanalytiker [Per] og «ovl.» {Per} var begge på stuen.",
        "diætist [Krog] og «instr.spl.» {Krog}.",
        "spl. [Karen] og «ovl.» {Karen} har talt med pt.",
        "sekretær [Brink] og «rl.» {Brink}.",
        "<Karen> har ringet og spurgt til pt.",
        "<Thomas> kommer kl. 14.",
        "<Nissen> har ringet.",
        "<Amir> har set EKG.",
        "<Per> har været her.",
        "<Skov> ringer tilbage.",
        "<Sofie> har ringet.",
        "<Max> kommer i morgen.",
        "<Holm> har ringet.",
        "<Nanna> har talt kompresser.",
        "<Lise> har sendt brevet.",
        "<Krog> har ringet.",
        "<Brink> har ringet.",
    ],
)

addall(
    "mx_notes",
    [
        "Journalnotat ved «reservelæge» {Oksana Kovalenko}\n[KOL]-eksacerbation. [Sat] 88 %. Datter [Sofie Skov] orienteret. Konf. m. {AMI}: ingen [AMI].",
        "Operationsbeskrivelse\nOperatør: {Hans-Henrik Hartmann}\nAssistent: {Max Brink}\nAnæstesi: [Thomas Bjerre]\nInstrumentsygeplejerske: {Nanna Krog}\nIndgreb: [Hartmanns] operation. [Kocher]-pincetter og [nervekrog] talt.",
        "MDT-konference\nDeltagere: {Per Skov}, {Priya Raghunathan}, {Hans-Henrik Hartmann}\nKonklusion: [CAPOX] x 8, [PET]-CT efter 4 serier.\nAnsvarlig: {PES}\nPt. [Lene Skov] informeres af {Per Skov} [per] telefon.",
        "Tilsyn ved «kardiologisk bagvagt» {Amir Mirzaei}\nTidl. [AMI]. [EKG] uden ST-løft. [EF] 45 %. Ingen indikation for akut [KAG].\nDikt. {AMI}/{lbe}",
        "ED note - {Thomas Wells}, «Consultant»\n[Wells] score 1, D-dimer negative. Son [Thomas Skov] present. Discharged.",
        "Amb. notat ved «overlæge» {Sofie Kocher-Holm}\n[Colles]' fraktur. Søster [Karen Holm] med. [Max]. belastning 2 kg. Kontrol hos {Brink} om 2 uger.",
        "Epikrise\nUdskrevet ved {Kovalenko}. Egen læge [Søren Nissen] bedes følge [GFR]. Tidl. [Nissen]-fundoplikation v/ {Karen Nissen}.\nDikt. {KOL}/{lbe}",
        "Tlf.konsultation ved {Priya Raghunathan}\nPt. har [per] døgn 4-5 tynde afføringer. Mand [Jens] ringer hvis feber. [Max] 4 loperamid.",
        "Anæstesinotat ved {Chukwuemeka Okafor}\n[ASA] 3 ([KOL], [AMI] 2026). [NYHA] II. Spinal planlagt. [Trendelenburg] undgås.",
        "stuegang {hartmann}/{brink}: [stomi] fungerer. [per] os fra i dag. dtr. [sofie] info. /{hhh}",
        "konf. m. «bv» {mirzaei}: tidl. [ami], nu [af]. start [AK]. /{kol}",
        "Second opinion\n[Rigshospitalet] v/ professor [Jesper Holm] er enig med {Per Skov} og {Priya Raghunathan}. [TNM] T3N1M0.",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
