"""Red-team probes for indsigt name hiding (rt50): MACHINE-FORMATTED AND SYSTEM-GENERATED TEXT.

What one citizen (Lise Marie Sommer, 58: atrial fibrillation, a fall with a hip X-ray, a short
surgical stay, blood tests, home nursing and rehabilitation afterwards; her mother in municipal
care) reads when Danish health IT hands her raw or half-rendered system text: HL7 v2 segments
with caret names, CDA/XML remnants (shown HTML-escaped), DICOM tags, FHIR display strings and
JSON fragments, sorted ALL-CAPS printouts, file names, paths and URLs, CSV/TSV export rows,
key=value audit and MinLog lines, LDAP/X.509 distinguished names, e-mail headers, e-Boks and
booking system messages, label and barcode printouts, truncated fields, glued initials and
timestamps, odd dots, underscores and CamelCase - and the over-hiding traps of the same text
(codes, segment ids, units, data types, streets, places, drugs, firms, ordinary words in caps,
the citizen's and relatives' own names in the same formats, non-hidden colleagues).

My own standard for the markup (written before anything else in this file, and before any run):
  {...}  must be gone: a hidden staff member's name part (given, middle, family), registered
         initials, user name or e-mail local part, used for that person -> a letter inside not
         covered by a span = LEAK. This holds in ANY machine form: upper or lower case, caret
         separated (HOLM^METTE^L), family first with or without comma (HOLM METTE, Holm, M.L.),
         abbreviated to an initial (Holm M., M. L. Holm, M . L . Holm), glued with dots,
         underscores, hyphens, plus signs or %20 (mette.holm, holm_mette, mette-lykke-holm,
         Thomas+Ravn), CamelCase or run together (MetteHolm, mholm, METTELYKKEHOLM), in a file
         name, a path, a URL, a JSON value, an XML element or attribute, a DN (CN=...), a
         quoted CSV field, a truncated field (Mette Ho..., Holm, Met, Kjær-Han), transliterated
         (Kjaer-Hansen, Kirkegård for Kirkegaard), HTML-entity or URL/QP-encoded (Kj&aelig;r,
         Kj%C3%A6r, Kj=C3=A6r). When a name form is one glued token (mholm, holm_mette, the
         local part of an e-mail) every letter of the name form must be covered.
  [...]  must stay (the citizen, a relative, a non-hidden colleague, an unlisted person, an
         ordinary word, a code, a segment id, a data type, a unit, an abbreviation, a place, a
         street, a department, a drug, a firm) -> any span over it = OVER-HIDE
  <...>  debatable: the outcome is recorded, never a failure (a bare part shared by a hidden
         person and a kept person with nothing in the text to settle it; a practice or web
         address named after a hidden GP)
  «...»  don't care: a title or role word or role code standing next to a hidden name
         (overlæge, OL, læge, dr., DR, reservelæge, RL, sygeplejerske, SPL, bioanalytiker,
         farmaceut, fysioterapeut, fys, ergoterapeut, ergo, diætist, hjemmesygeplejerske,
         anæstesilæge, praktiserende læge, visitator, sagsbehandler, radiolog), a genitive -s
         glued to a hidden name, the domain or host after the "@" of a hidden person's e-mail
         or login (rsyd.dk, odense.dk, OUH, RSYD.LOCAL) and the Windows domain before a hidden
         user name (rsyd\\, ODENSE\\), a phone number
         next to a hidden name, a hidden person's numeric staff id or RID in the same field
         (HL7 XCN id, X.509 RID), and digits glued without a separator to hidden initials
         (MLH1403).
  Unmarked letters and digits are must-stay as well: labels and keys ("Behandler:", "Fra:",
  "Cc:", "user=", "display", "CN=", "OU=", "Sendt af:", "Godkendt af"), segment ids, field
  values, tag names (given, family, name, lt, gt), timestamps and dates with a separator, file
  extensions, host names, the domain of a kept person's e-mail.
  Literal "[", "{", "<" and "«" cannot appear in a probe (they are the markup), so XML is
  written as it appears once HTML-escaped (&lt;given&gt;) and JSON as the key/value fragments
  without braces or brackets, as they show up inside a rendered field.

Rules I apply when marking (the same in every format):
  1. A name part owned only by hidden staff is gone wherever the text uses it for a person,
     bare or with other parts, in every form listed above.
  2. Registered initials / user names / e-mail local parts are gone where they stand for the
     person (a signer, author, operator, user, owner, approver field, a dictation mark MLH/lb,
     a label line, a log line). The same letters used as a code, unit, data type, word or firm
     stay: KB (kilobyte), km, ja/JA, AD (Active Directory, HL7 ROL action code), AS
     (aortastenose, A/S), BD (Venflon firm), ED (HL7 data type), PV1 and PV-flow, SF-36,
     RS-virus, TR (tillidsrepræsentant), lb (pound), NF1, "rask" (well), "maki" (sushi).
  3. A part shared with a non-hidden colleague (Holm - Jens Holm portør; Skov - Henrik Skov
     fysioterapeut; Ravn - Anne Ravn bioanalytiker; Anne; Bro - Mia Bro lægesekretær i
     radiologi; Ali - Ali Hassan sygeplejerske; Nanna - Nanna Lind ssa; Peter - Peter Jessen
     overlæge; Mette - Mette Juhl lægesekretær hos egen læge) is gone when the hidden person's
     other part, initial, title or the system field settles it (HOLM^METTE, Skov R., dr. Holm,
     Dikteret af: Holm); it stays when the colleague's other part, initial or role settles it
     (HOLM^JENS, Skov H., Holm (portør)); bare and unsettled it is debatable.
  4. A part shared with the citizen or a relative (Sommer - the citizen and her husband; Due -
     Karen Due, her mother; Eva - Eva Sommer, daughter; Jonas - Jonas Sommer, son) is gone when
     the hidden person's other part, initial, title or field settles it (SOMMER^ANNE, A.
     Sommer, Validator: Sommer A, Eva (ergo)); it stays in the patient / next-of-kin /
     recipient fields and with the relative's other part or kinship; bare and unsettled it is
     debatable.
  5. An unlisted person (Niels Fisker, the neighbour; Kirsten Vang, a doctor at AUH; Roald Dahl;
     Søren Kierkegaard; tandlæge Rasmussen) stays when the full name or role is written.
  6. Words, places, streets, departments, drugs and firms stay even when spelt like a hidden
     name part, initials or user name, also in capitals, also glued into compounds or file
     names (Lykkesholm, Broager, Agerskov, Dueholm, Holmegaarden, raskmelding, kirkegården,
     Madopar, Marcain, Brintoverilte), and also in a text that names the hidden person.

Classes:  lk_*  leak probes      ow_*  over-hiding traps      mx_*  staff + kept names/words

Roster (new; chosen by me; none of the other probe files was read except rt44 lines 1-140 and
760-893 for the format):
  Hidden staff (16), with what the parts, initials and user names also are:
    Mette Lykke Holm    overlæge, Hjertemedicinsk afd. B, OUH    MLH, mlho, mette.lykke.holm@;
                        lykke = happiness; holm = islet (Bornholm, Holmegaard); Mette (Mette
                        Juhl), Holm (Jens Holm)
    Rasmus Skov         reservelæge, Akutmodtagelsen              RS (RS-virus), rask (= well,
                        raskmelding); skov = forest (Skovvej, Agerskov); Skov (Henrik Skov)
    Birgitte Due        bioanalytiker, KBA                        BD (BD Venflon), bidu; due =
                        dove, English "due"; Due = the mother Karen Due
    Kasper Brink        overlæge, Radiologisk afd.                KB (kilobyte), kabr; brink
                        (Brinken), brint
    Sanne Fisker        sygeplejerske, Medicinsk afd. M1          SF (SF-36), sfis; fisker =
                        fisherman (Fiskergade, erhverv); Niels Fisker = unlisted neighbour
    Thomas Ravn         praktiserende læge                        TR (tillidsrepræsentant),
                        thra; ravn = raven (Ravnsborggade, Ravnholt); Ravn (Anne Ravn)
    Karin Mark          hjemmesygeplejerske, Odense Kommune       KM (km), kama; mark = field,
                        "Mark as read", Markvej
    Jonas Ager          fysioterapeut, Genoptræning, kommunen     JA (ja), joag; ager
                        (Agerskov, Broager); Jonas = the son
    Lone Bro            lægesekretær, Hjertemedicinsk afd. B      LB (lb), lobr; bro = bridge,
                        dental bridge (Broager, Brovst); Bro (Mia Bro)
    Ali Demir           sygeplejerske, Kirurgisk afd. A           AD (Active Directory, ROL
                        action code), alde; Ali (Ali Hassan)
    Nanna Flod          klinisk diætist                           NF (NF1), nflo; flod = river
                        (Flodhest); Nanna (Nanna Lind)
    Peter Vang          overlæge, Anæstesiologisk afd.            PV (PV1, PV-flow), pvan;
                        vang (Vangen, Vangede); Peter (Peter Jessen); Kirsten Vang unlisted
    Eva Dahl            ergoterapeut / visitator, kommunen        ED (HL7 data type ED), evda;
                        Dahl (Roald Dahl, Dahlia); Eva = the daughter
    Mads Kirkegaard     sygeplejerske, Ortopædkirurgisk afd. O    MK, maki (sushi); kirkegård =
                        cemetery; Søren Kierkegaard; mad/Madopar/madservice
    Anne Sommer         overlæge, KBA (validates lab results)     AS (aortastenose, A/S), anso;
                        sommer = summer; Sommer = the citizen and husband; Anne (Anne Ravn)
    Ida Kjær-Hansen     farmaceut, Sygehusapoteket (FMK)          IKH, idkh; ida.kjaer-hansen@
  Non-hidden colleagues: Jens Holm (portør, JH), Henrik Skov (fysioterapeut, HS), Anne Ravn
    (bioanalytiker, AR), Mia Bro (lægesekretær, Radiologi, MB), Ali Hassan (sygeplejerske,
    Akutmodtagelsen, AH), Nanna Lind (ssa, hjemmeplejen, NL), Peter Jessen (overlæge,
    Ortopædkirurgi, PJ), Mette Juhl (lægesekretær, Lægehuset Strandvejen, MJ).
  Citizen: Lise Marie Sommer. Relatives: Ole Sommer (husband), Eva Sommer (daughter, holds a
    power of attorney), Jonas Sommer (son), Karen Due (mother, 84).

Written by a red-team helper (rt50) that had not seen the matcher's rules, word lists, tests,
docs or changelog, nor the other rt probe files beyond the format lines named above; the markup
above was fixed before the first run and is not changed after it except for malformed probes
(listed below, if any).

Run:  INDSIGT_PURE_PYTHON=1 .venv/bin/python bench/independent/names_rt50_probes.py [-v]
Harness (parse, scoring, printing, -v): probe_harness.py.

Fixes after the first run: none (no probe was malformed, none crashed; no second run).

683 probes (385 leak lk_*, 220 over-hide ow_*, 78 mixed mx_* incl. 18 mostly debatable), 17
debatable regions. held-out, first run on 8f40690 (pinned worktree, INDSIGT_PURE_PYTHON=1):
TOTAL 683 / ok 582 / 60 leaks / 42 over-hides / debatable 16 hidden, 1 kept
(helpers/rt50_first_run.txt).
"""

import sys

from probe_harness import Probes, run

from indsigt.protect.names import Person

# ----------------------------------------------------------------------------- roster
STAFF = [
    Person(
        key="mlh",
        given="Mette Lykke",
        family="Holm",
        initials=("MLH",),
        emails=("mette.lykke.holm@rsyd.dk",),
        usernames=("mlho",),
        titles=("overlæge",),
    ),
    Person(
        key="rs",
        given="Rasmus",
        family="Skov",
        initials=("RS",),
        emails=("rasmus.skov@rsyd.dk",),
        usernames=("rask",),
        titles=("reservelæge",),
    ),
    Person(
        key="bd",
        given="Birgitte",
        family="Due",
        initials=("BD",),
        emails=("bidu@rsyd.dk",),
        usernames=("bidu",),
        titles=("bioanalytiker",),
    ),
    Person(
        key="kb",
        given="Kasper",
        family="Brink",
        initials=("KB",),
        emails=("kasper.brink@rsyd.dk",),
        usernames=("kabr",),
        titles=("overlæge",),
    ),
    Person(
        key="sf",
        given="Sanne",
        family="Fisker",
        initials=("SF",),
        emails=("sanne.fisker@rsyd.dk",),
        usernames=("sfis",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="tr",
        given="Thomas",
        family="Ravn",
        initials=("TR",),
        emails=("thomas.ravn@dadlnet.dk",),
        usernames=("thra",),
        titles=("praktiserende læge",),
    ),
    Person(
        key="km",
        given="Karin",
        family="Mark",
        initials=("KM",),
        emails=("karin.mark@odense.dk",),
        usernames=("kama",),
        titles=("hjemmesygeplejerske",),
    ),
    Person(
        key="ja",
        given="Jonas",
        family="Ager",
        initials=("JA",),
        emails=("jonas.ager@odense.dk",),
        usernames=("joag",),
        titles=("fysioterapeut",),
    ),
    Person(
        key="lb",
        given="Lone",
        family="Bro",
        initials=("LB",),
        emails=("lone.bro@rsyd.dk",),
        usernames=("lobr",),
        titles=("lægesekretær",),
    ),
    Person(
        key="ad",
        given="Ali",
        family="Demir",
        initials=("AD",),
        emails=("ali.demir@rsyd.dk",),
        usernames=("alde",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="nf",
        given="Nanna",
        family="Flod",
        initials=("NF",),
        emails=("nanna.flod@rsyd.dk",),
        usernames=("nflo",),
        titles=("klinisk diætist",),
    ),
    Person(
        key="pv",
        given="Peter",
        family="Vang",
        initials=("PV",),
        emails=("pvan@rsyd.dk",),
        usernames=("pvan",),
        titles=("overlæge",),
    ),
    Person(
        key="ed",
        given="Eva",
        family="Dahl",
        initials=("ED",),
        emails=("eva.dahl@odense.dk",),
        usernames=("evda",),
        titles=("ergoterapeut",),
    ),
    Person(
        key="mk",
        given="Mads",
        family="Kirkegaard",
        initials=("MK",),
        emails=("mads.kirkegaard@rsyd.dk",),
        usernames=("maki",),
        titles=("sygeplejerske",),
    ),
    Person(
        key="as",
        given="Anne",
        family="Sommer",
        initials=("AS",),
        emails=("anne.sommer@rsyd.dk",),
        usernames=("anso",),
        titles=("overlæge",),
    ),
    Person(
        key="ikh",
        given="Ida",
        family="Kjær-Hansen",
        initials=("IKH",),
        emails=("ida.kjaer-hansen@rsyd.dk",),
        usernames=("idkh",),
        titles=("farmaceut",),
    ),
]

OTHERS = [
    Person(key="jh", given="Jens", family="Holm", initials=("JH",), titles=("portør",)),
    Person(key="hs", given="Henrik", family="Skov", initials=("HS",), titles=("fysioterapeut",)),
    Person(key="ar", given="Anne", family="Ravn", initials=("AR",), titles=("bioanalytiker",)),
    Person(key="mb", given="Mia", family="Bro", initials=("MB",), titles=("lægesekretær",)),
    Person(key="ah", given="Ali", family="Hassan", initials=("AH",), titles=("sygeplejerske",)),
    Person(key="nl", given="Nanna", family="Lind", initials=("NL",), titles=("ssa",)),
    Person(key="pj", given="Peter", family="Jessen", initials=("PJ",), titles=("overlæge",)),
    Person(key="mj", given="Mette", family="Juhl", initials=("MJ",), titles=("lægesekretær",)),
]

CITIZEN = [("Lise Marie", "Sommer")]

RELATIVES = [
    ("Ole", "Sommer"),
    ("Eva", "Sommer"),
    ("Jonas", "Sommer"),
    ("Karen", "Due"),
]

P = Probes()
addall = P.addall


# ============================================================================= LEAK PROBES
addall(
    "lk_hl7",
    [
        "PV1|1|I|B2^12^1^OUH|||«0412345»^{HOLM}^{METTE}^{L}^^«DR»|||KAR",
        "PV1|1|I|B2^12^1^OUH|||«0412345»^{Holm}^{Mette}^{Lykke}^^«Dr»|||KAR",
        "OBR|1|A12345|2026120412^LAB|NPU01349^P-Kalium^NPU|||202612040815|||||||||«12345»^{Holm}^{Mette}",
        "ORC|NW|26-88731||||||202612041003|{bidu}^{Due}^{Birgitte}",
        "OBX|1|NM|NPU02902^Hæmoglobin^NPU||8.1|mmol/L|8.3-10.5|L|||F|||202612040900||{BD}^{Due}^{Birgitte}",
        "OBX|2|ST|RAD^Konklusion||Ingen fraktur||||||F|||||{KB}^{BRINK}^{KASPER}^^^«OVERLÆGE»",
        "PD1|||Lægehuset Strandvejen^^12345|«019283»^{Ravn}^{Thomas}^^^«Læge»",
        "EVN|A08|202612041403|||«rsyd»\\{mlho}",
        "PV1||E|AKUT^^^OUH|||«019876»^{SKOV}^{RASMUS}^^^«RL»",
        "OBR|1||RAD-778812|UXRC40^Røntgen af hofte^SKS|||202612051130|||||||||||||||||{KABR}^{BRINK}^{K}",
        "NTE|1||Prøve hæmolyseret, ny prøve bestilt af {BD} kl. 09.12",
        "NTE|2||Svar telefoneret til {Sanne Fisker}, M1, kl 10:05 af {bidu}",
        "TXA|1|NOTAT|TX|202612041403|{mlho}^{Holm}^{Mette Lykke}||||||||||AU",
        "PRD|RT|{Ravn}^{Thomas}^^^«Praktiserende læge»|Vestergade 4^^Odense C^^5000",
        "STF|{pvan}|{VANG}^{PETER}|«ANÆSTESILÆGE»",
        "AIP|1||{maki}^{Kirkegaard}^{Mads}|«SYG^Sygeplejerske»",
        "RXE|^^^20261204^^R|C07AB02^Metoprolol^ATC|50||mg|TAB|||||||||||||||{ikh}^{Kjær-Hansen}^{Ida}",
        "RXA|0|1|202612040800|202612040800|B01AF02^Eliquis^ATC|5|mg||||||||||||||||{SF}^{FISKER}^{SANNE}",
        "OBX|3|TX|||Vurderet sammen med «dr.» {Holm}",
        "OBR|4||EKG-2231|EKG^12-afl. EKG|||202612041000|||||||||{HOLM}^{M}^{L}",
        "OBX|1|FT|||Tilset af {Mette L. Holm}\\.br\\Plan: Eliquis 5 mg x 2\\.br\\{MLH}",
        "ZPR|{MLHO}|{HOLM METTE LYKKE}|B2",
        "ORC|SC|||CM||||202612051200|{kabr}|{kabr}|{kabr}",
        "OBR|2||||||||||||||||{Ravn T}",
        "OBX|1|CE|COVID^SARS-CoV-2 PCR||NEG^Negativ||||||F|||202612041130|OUH^KBA|{ANSO}",
        "OBX|5|ST|KOMM^Kommentar||Kontrolleret af {A. Sommer}, «overlæge»",
        "DG1|1||I48.9^Atrieflimren, uspecificeret^ICD10|||A|||||||||||{RASK}",
        "ORC|RE|||||||||||«998877»^{DEMIR}^{ALI}^^^^«SPL»",
        "MFE|MAD|{mlho}|202612010000|{mlho}^{Holm}^{Mette Lykke}",
        "OBX|1|TX|||Konf. m. vagthavende {PV} (anæstesi), accepteret",
        "OBX|2|TX|||tlf. til {K. Mark}, hjemmeplejen, kl. 15.10",
        "PV1|1|I|O3^4^2^OUH|||«552211»^{KIRKEGAARD}^{MADS}",
        "OBX|7|ST|||Aftalt med {Nanna Flod} at pt. får proteindrik",
        "SCH|||||||Kontrol|||||||||«77123»^{Holm}^{Mette}^{Lykke}",
        "OBX|1|ST|NPU03230^P-Natrium||139|mmol/L|137-145||||F|||||{AS}^{SOMMER}^{ANNE}",
        "EVN|A03|202612061030|||«ODENSE»\\{joag}^{Ager}^{Jonas}",
        "ORC|NW|||||||||{evda}^{Dahl}^{Eva}^^^«ERGO»",
        "PR1|1||KNFJ51^Osteosyntese^SKS||202612051030|||||||«44221»^{VANG}^{PETER}^^^^«ANÆ»",
        "OBX|4|TX|||Medicin gennemgået af {Ida Kjær-Hansen}, «farmaceut»",
        "NTE|1||Kommentar fra {sfis}: pt. fastende fra kl 24",
    ],
)

addall(
    "lk_cda_xml",
    [
        "&lt;assignedPerson&gt;&lt;name&gt;&lt;given&gt;{Mette}&lt;/given&gt;&lt;given&gt;{Lykke}&lt;/given&gt;&lt;family&gt;{Holm}&lt;/family&gt;&lt;/name&gt;&lt;/assignedPerson&gt;",
        "&lt;author&gt;&lt;name&gt;{Rasmus Skov}&lt;/name&gt;&lt;/author&gt;",
        "&lt;legalAuthenticator&gt;&lt;family&gt;{Brink}&lt;/family&gt;&lt;given&gt;{Kasper}&lt;/given&gt;&lt;prefix&gt;«Overlæge»&lt;/prefix&gt;",
        'assignedAuthor id extension="{mlho}" root="1.2.208.176.1.2"',
        '&lt;performer typeCode="PRF"&gt;&lt;name&gt;{Sanne Fisker}&lt;/name&gt;&lt;/performer&gt;',
        'author/assignedPerson/name = "{HOLM}, {METTE LYKKE}"',
        "&amp;lt;given&amp;gt;{Birgitte}&amp;lt;/given&amp;gt;&amp;lt;family&amp;gt;{Due}&amp;lt;/family&amp;gt;",
        "&lt;text&gt;Samtale med {Nanna Flod} («diætist») om kost og vægt.&lt;/text&gt;",
        "&lt;signatureText&gt;{MLH}/{LB}&lt;/signatureText&gt;",
        "Forfatter{Mette Lykke Holm}Dato04-12-2026",
        "UdstederAfd. B, OUHUnderskrevet af{Kasper Brink}",
        '&lt;name use="L"&gt;&lt;given&gt;{Ida}&lt;/given&gt;&lt;family&gt;{Kjær-Hansen}&lt;/family&gt;&lt;/name&gt;',
        '&lt;participant typeCode="CON"&gt;&lt;name&gt;{Thomas Ravn}&lt;/name&gt;, «praktiserende læge»',
        '&lt;assignedEntity&gt;&lt;id extension="{pvan}"/&gt;&lt;name&gt;{Peter Vang}&lt;/name&gt;',
        "&lt;!-- redigeret af {sfis} 2026-12-04 --&gt;",
        '&lt;author&gt;{A Sommer}&lt;/author&gt;&lt;time value="20261204113000"/&gt;',
        "Dokumentet er underskrevet digitalt af {Holm}, {Mette Lykke} (CN={Mette Lykke Holm} + SERIALNUMBER=CVR:29190909-RID:«12345678»)",
        "Certifikat: CN={Kasper Brink} + SERIALNUMBER=CVR:29190909-RID:«93847562», O=Region Syddanmark, C=DK",
        "&lt;dc:creator&gt;{Lone Bro}&lt;/dc:creator&gt;",
        'w:ins w:id="3" w:author="{Lone Bro}" w:date="2026-12-04T10:12:00Z"',
        "&lt;cp:lastModifiedBy&gt;{lobr}&lt;/cp:lastModifiedBy&gt;",
        "&lt;responsibleParty&gt;&lt;name&gt;{Kirkegaard}, {Mads}&lt;/name&gt;",
        "&lt;given&gt;{Eva}&lt;/given&gt;&lt;family&gt;{Dahl}&lt;/family&gt;&lt;title&gt;«Ergoterapeut»&lt;/title&gt;",
        "&lt;authenticator&gt;{ALDE}&lt;/authenticator&gt;",
        "&lt;name&gt;{Ida Kj&amp;aelig;r-Hansen}&lt;/name&gt;",
        "&lt;name&gt;{Ida Kj&#230;r-Hansen}&lt;/name&gt;",
        "&lt;performer&gt;{Jonas Ager}&lt;/performer&gt;&lt;code&gt;«FYS»&lt;/code&gt;",
        "&lt;informant&gt;{Karin Mark}, hjemmesygeplejen&lt;/informant&gt;",
    ],
)

addall(
    "lk_dicom_fhir",
    [
        "(0008,0090) Referring Physician's Name: {RAVN}^{THOMAS}",
        "(0008,1050) Performing Physician's Name: {Brink}^{Kasper}",
        "(0008,1060) Name of Physician(s) Reading Study: {BRINK}^{KASPER}^^^«Overlæge»",
        "ReferringPhysicianName={Ravn}^{Thomas}",
        "PerformingPhysicianName = '{Brink}^{K}'",
        "StudyDescription: RØ HOFTE VE | ReadingPhysician: {BRINK}^{KASPER}",
        "(0040,0006) Scheduled Performing Physician's Name: {Vang}^{Peter}",
        "(0008,1048) Physician(s) of Record: {HOLM}^{METTE LYKKE}",
        '"display": "«Overlæge» {Mette Lykke Holm}"',
        "Practitioner/abc123 ({Holm}, {Mette Lykke})",
        '"reference": "Practitioner/8f2c-11", "display": "{Rasmus Skov}"',
        '"family": "{Brink}", "given": "{Kasper}"',
        '"performer": "display": "{Birgitte Due}"',
        "GET /fhir/Practitioner?family={Holm}&given={Mette}",
        '"author": "reference": "PractitionerRole/PR-{mlho}", "display": "{Holm}, {M}.{L}."',
        '"recorder": "display": "{Sanne Fisker} («sygeplejerske»)"',
        '"text": "«Læge» {R. Skov} har ordineret Furix 40 mg iv"',
        '"asserter": "display": "«Dr.» {Ravn}"',
        "Observation/lab-9912 performer: {Due B}, KBA",
        "Practitioner.identifier (SOR) 481231000016005, name.text = {Anne Sommer}",
        '"resourceType": "Practitioner", "id": "{mette-lykke-holm}"',
        "Encounter.participant: {VANG}, {PETER} (ATND)",
        "MedicationStatement.informationSource = {Ida Kjær-Hansen} («farmaceut»)",
        "Practitioner: {Kirkegaard}, {Mads} - Role: «Sygeplejerske» - Org: Ortopædkirurgisk afd. O",
        '"name": "{Nanna Flod}", "qualification": "«Klinisk diætist»"',
        '"requester": "display": "{Thomas Ravn}, Lægehuset Strandvejen"',
        '"practitioner": "Practitioner/{kama}", "display": "{Karin Mark}"',
        "CarePlan.author.display = '{Jonas Ager}'",
        '"validatedBy": "{A. Sommer} (KBA)"',
        "DiagnosticReport.resultsInterpreter: {Brink K}",
    ],
)

addall(
    "lk_caps_sorted",
    [
        "{HOLM METTE LYKKE}   KARDIOLOGI B2   «OVERLÆGE»",
        "Ansvarlig «læge»: {HOLM M.}",
        "Godkendt: {HOLM}, {M.L.}",
        "{SKOV RASMUS}  «RL»  AKUT",
        "Sorteret efter efternavn: {Ager J.}, {Bro L.}, {Brink K.}, {Dahl E.}, {Demir A.}",
        "{DUE BIRGITTE}        KBA-OUH      «BIOANALYTIKER»",
        "{FISKER S}  M1  DAG",
        "Behandler: {RAVN THOMAS}   Ydernr 012345",
        "{KIRKEGAARD MADS}   O3   AFTEN",
        "{KJÆR-HANSEN IDA}  «FARMACEUT»  SYGEHUSAPOTEKET",
        "{KJAER-HANSEN}, {IDA}",
        "Anæstesi: {VANG P}",
        "{DEMIR ALI}   A3   NAT",
        "{MARK KARIN}   HJEMMESYGEPLEJEN SYD",
        "{AGER JONAS}  «FYS»  GENOPTRÆNING",
        "{DAHL EVA}  «ERGO»  VISITATIONEN",
        "{FLOD NANNA}  «DIÆTIST»",
        "{SOMMER ANNE}  KBA  VALIDERING",
        "SIGN: {MLH} / {LB}",
        "KONTAKTPERSON: {KAMA}",
        "DIKTERET AF {HOLM}, SKREVET AF <BRO>",
        "NAVN: {HOLM} {METTE} {LYKKE}",
        "PRØVETAGER: {B DUE}",
        "HJÆLPEMIDDEL VURDERET AF {E. DAHL}",
        "UNDERSKRIVER: {M.L. HOLM}",
        "VAGTHAVENDE: {R SKOV}",
        "{BRINK}, {KASPER} - RØNTGENBESKRIVELSE",
        "BESKRIVER: {BRINK}",
        "MEDICINAFSTEMNING: {IKH}",
        "TRÆNING: {JONAS A.}",
    ],
)

addall(
    "lk_files_urls",
    [
        "notat_{mholm}_2026-12-04.pdf",
        "/scan/{holm_mette}/2026/ekg_0412.pdf",
        "\\\\fil01\\kard\\{mette.holm}\\diktat\\0412.dss",
        "https://intra.rsyd.dk/ansatte/{mette-lykke-holm}",
        "Vedhæftet: epikrise_{SkovR}_final.docx",
        "henvisning_{brink_k}.pdf",
        "{RasmusSkov}_notat.txt",
        "Fil: {KasperBrink}-beskrivelse-hofte.pdf",
        "C:\\Users\\{kabr}\\Desktop\\svar.docx",
        "/home/{sfis}/eksport/medicinliste.csv",
        "mailto:{sanne.fisker}@«rsyd.dk»",
        "https://teams.microsoft.com/l/chat/0/0?users={rasmus.skov}@«rsyd.dk»",
        "https://outlook.office.com/mail/deeplink/compose?to={anne.sommer}@«rsyd.dk»",
        "https://www.sundhed.dk/borger/behandler?navn={Thomas}+{Ravn}",
        "/search?q={holm}%20{mette}",
        "Scannet: 20261204_{mlh}_ekg.tif",
        "diktat-{MLH}-0412-1403.wav",
        "{ida_kjaer-hansen}_medicinafstemning.xlsx",
        "{idkh}_FMK_log_2026-12.csv",
        "/profiles/{kirkegaard.mads}/avatar.png",
        "Upload: {dahl_eva}_hjaelpemiddelvurdering.pdf",
        "\\\\kommune\\hjemmepleje\\{kama}\\besøg\\uge49.xlsx",
        "journalnotat({joag}).pdf",
        "{nflo}-kostplan-v2.pdf",
        "https://rsyd.dk/min-behandler/{peter-vang}",
        "Link: https://ouh.dk/personale/{pvan}",
        "screenshot_{alidemir}_2026-12-05.png",
        "{AnneSommer}_KBA_validering.pdf",
        "{mholm}.sig",
        "rapport-{brink}.pdf",
        "/arkiv/2026/12/{Holm_ML}/",
        "https://ouh.dk/api/staff/{Kj%C3%A6r-Hansen}",
        "{lone_bro}_breve_uge49.zip",
        "ftp://{bidu}@«lab01.rsyd.local»/out/",
        "https://www.odense.dk/hjemmepleje/kontakt/{karin-mark}",
    ],
)

addall(
    "lk_csv_json",
    [
        '"2026-12-04";"14:03";"Notat";"{Holm}, {Mette Lykke}";"Godkendt"',
        "2026-12-04,08:15,P-Kalium,4.1,mmol/L,{bidu},{Birgitte Due}",
        "Dato\tTid\tBehandler\n04-12-2026\t10:30\t{Skov}, {Rasmus}",
        '"{BRINK}","{KASPER}","RADIOLOGI","«Overlæge»"',
        "id;navn;rolle\n17;{Sanne Fisker};«Sygeplejerske»",
        "Kontakt,{Ravn T.},Lægehuset Strandvejen,66 12 34 56",
        '"{Mark}, {Karin}","«Hjemmesygeplejerske»","Syd"',
        "{ager};{jonas};«fys»;odense",
        '"user": "{alde}", "fullName": "{Ali Demir}", "action": "READ"',
        '"signedBy": "{MLH}", "signedAt": "2026-12-04T14:03:00+01:00"',
        '"createdBy": "{rasmus.skov}@«rsyd.dk»"',
        '"approver": "{Holm M}"',
        '"performer": "{Vang P.}", "procedure": "Spinal anæstesi"',
        '"owner": "{kama}", "visitType": "Sårpleje"',
        '"name": "{Eva Dahl}", "title": "«Ergoterapeut»"',
        '"kontakt": "{Nanna Flod} («klinisk diætist»)"',
        '"lastModifiedBy": "{maki}"',
        "ekspedition;{IKH};2026-12-04;Eliquis 5 mg",
        '"validator": "{ANSO}", "status": "final"',
        "2026-12-05|RØNTGEN|{BRINK K}|Ingen fraktur",
        '"{Holm}","{Mette}","{Lykke}"',
        "behandler_navn,behandler_initialer\n{Birgitte Due},{BD}",
        '"assignee":"{lobr}","status":"Afsendt"',
        "Tid;Handling;Medarbejder\n06:52;Besøg;{Karin Mark}\n07:30;Medicin;{Karin Mark}",
        '"sender": "{Thomas Ravn}", "subject": "Svar på blodprøver"',
        "04.12.2026\t14:03\t{MLHO}\tNotat\tGodkendt",
        '"author": "{M. L. Holm}"',
        '"operator":"{Kirkegaard M}","ward":"O3"',
        'navn="{Peter Vang}";rolle="«anæstesilæge»"',
        '"signer": "{Kjær-Hansen}, {Ida}"',
    ],
)

addall(
    "lk_auditlog",
    [
        "user=«rsyd»\\{mlho} action=read patient=0101681234",
        "2026-12-04T14:03:11Z user={mlho} ip=10.1.2.3 op=SIGN doc=EPI-88213",
        "(2026-12-04 14:03) «RSYD»\\{MLHO} åbnede journal",
        "bruger: {kabr} ({Kasper Brink}) - opslag i journal",
        "2026-12-05 11:32:04 INFO  Login ok: {sfis}@«OUH»",
        "uid={bidu},ou=KBA,dc=rsyd,dc=local",
        "CN={Holm Mette Lykke},OU=Kardiologi,OU=OUH,DC=rsyd,DC=dk",
        "Opslag foretaget af: {Rasmus Skov} ({rask}), Akutmodtagelsen, kl. 03:12",
        "MinLog: {Thomas Ravn}, Lægehuset Strandvejen, har set dine oplysninger 04.12.2026",
        "MinLog: {Holm}, {Mette Lykke} (OUH, Hjertemedicinsk afd. B) - Formål: Behandling",
        "event=PRINT user={lobr} doc=brev_ambulant.pdf printer=B2-PRN-03",
        "actor.name='{Ida Kjær-Hansen}' actor.id={idkh} system=FMK",
        "FMK-log: Recept fornyet af {IKH} (Sygehusapoteket)",
        "sessionId=9a8f user={ALDE} role=«SYGEPLEJERSKE» ward=A3",
        "who: {kama} what: besøg kvitteret when: 2026-12-06 08:42",
        "Ændret af {maki} 05.12.2026 22:14 (tidl. værdi: 2)",
        "auth: {PVAN} ok; 2FA ok",
        "Sidst opdateret: 06-12-2026 af {evda}",
        "user=«ODENSE»\\{joag} action=update obj=Genoptræningsplan",
        "log: {nflo} læste ernæringsscreening",
        "audit|2026-12-04|{anso}|validate|NPU03230",
        "operator: {Due Birgitte} ({bidu})",
        "Brugerid: {THRA} Navn: {Ravn}, {Thomas}",
        "login_name: {sfis}; display_name: {Fisker}, {Sanne}",
        "acc={kabr};acc_name={K. Brink};dept=RAD",
        "AD-bruger: «rsyd»\\{alde}",
        "Opslag: {MLHO}  (B2)  14:03  Journal  Læst",
        "14:03:11 {mlho} READ 14:03:40 {mlho} SIGN 14:05:02 {lobr} PRINT",
        "Adgang via Sundhedsjournalen: {Jonas Ager}, Odense Kommune, Genoptræning",
        "Samtykke registreret af {evda} 2026-12-07",
        "MinLog: {Kirkegaard}, {Mads} - Ortopædkirurgisk afd. O - 05.12.2026 22:14",
        "MinLog: {Anne Sommer}, Klinisk Biokemisk afd. - 04.12.2026",
        "MinLog: {Brink}, {Kasper} - Radiologisk afd. - 05.12.2026 12:00",
        "principal={pvan}@«RSYD.LOCAL» action=view",
        'user_id={nflo} user_name="{Flod}, {Nanna}" result=OK',
    ],
)

addall(
    "lk_email",
    [
        "From: {Mette Holm} &lt;{mette.holm}@«rsyd.dk»&gt;",
        "Fra: {Holm}, {Mette Lykke} &lt;{mette.lykke.holm}@«rsyd.dk»&gt;",
        "Sendt af: {Rasmus Skov} på vegne af Akutmodtagelsen",
        "Sendt: 4. december 2026 14:03\nFra: {Sanne Fisker}\nEmne: Din udskrivelse",
        "Reply-To: {sanne.fisker}@«rsyd.dk»",
        "Den 04-12-2026 kl. 14:03 skrev {Mette Lykke Holm} &lt;{mette.lykke.holm}@«rsyd.dk»&gt;:",
        "On Fri, Dec 4, 2026 at 2:03 PM {Holm}, {Mette} wrote:",
        "Besked fra {Thomas Ravn} via e-Boks: Dine blodprøver er fine.",
        "e-Boks afsender: Region Syddanmark v/ {Lone Bro}",
        "Med venlig hilsen\n\n{Karin Mark}\n«Hjemmesygeplejerske»\nOdense Kommune\nTlf. «65 51 12 34»",
        "Besvaret af: {AS} (KBA)",
        "X-Sender: {bidu}@«rsyd.dk»",
        "Bcc: {pvan}@«rsyd.dk»",
        "Sendt fra min iPhone - {Rasmus}",
        'To: "{Ager}, {Jonas}" {jonas.ager}@«odense.dk»',
        "Emne: SV: Genoptræning - {Jonas A.}",
        "Afsender: {Kirkegaard}, {Mads} (Ortopædkirurgisk afd. O)",
        "Videresendt af {Ida} (Sygehusapoteket)",
        "Autosvar fra {Anne Sommer}: Jeg er på ferie til 2. januar.",
        "Sendt af: {alde} på vegne af Kirurgisk afd. A",
        "From: =?utf-8?Q?{Ida_Kj=C3=A6r-Hansen}?= {idkh}@«rsyd.dk»",
        "Fra: {Eva Dahl} («Visitator»), Odense Kommune",
        "Cc: {lone.bro}@«rsyd.dk»; {mette.lykke.holm}@«rsyd.dk»",
        "Besked læst af {Nanna F.} 05.12.2026 09:10",
        "Sendt: 06.12.2026 Fra: {kabr} Til: B2 Emne: Hofte ok",
        "Svar fra «dr.» {Ravn}: Fortsæt Eliquis.",
        "Fra: {Brink}, {Kasper} (RAD) Sendt: 5. december 2026 12:00",
        "Besked oprettet af {PV} på vegne af Anæstesien",
    ],
)

addall(
    "lk_sysmsg",
    [
        "Notat godkendt af {MLHO} 04.12.2026 14:03",
        "Dokument låst af bruger {MLH}",
        "Dokumentet er i brug af {Sanne Fisker} (M1) og kan kun åbnes skrivebeskyttet.",
        "Ordination oprettet af {Rasmus Skov}, godkendt af {Mette Lykke Holm}",
        "Svar valideret af {Anne Sommer} (KBA) 04.12.2026 11:30",
        "Prøve taget af {BD} kl. 08:15",
        "Beskrivelse godkendt: {Brink}, {Kasper}, «overlæge»",
        "Medicinafstemning udført af {Ida Kjær-Hansen} («farmaceut») - afventer lægegodkendelse",
        "FMK: Medicinkortet er afstemt af {ikh} 05.12.2026",
        "Opgave tildelt: {Karin Mark} (Hjemmesygeplejen Syd)",
        "Besøg kvitteret af {KM} 06:52",
        "Træningsplan udarbejdet af {JA}, Genoptræning Odense",
        "Hjælpemiddel bevilget. «Visitator»: {Eva Dahl}",
        "Kostplan sendt til patient af {nflo}",
        "Anæstesijournal afsluttet af {PV} 05.12.2026 09:58",
        "Sygeplejeplan revideret (v3) - {MK}",
        "Vitale værdier registreret af {maki}: BT 132/78, P 84",
        "Brev dikteret af {MLH}, skrevet af {LB} 07.12.2026",
        "Venter på godkendelse fra {Holm}, {M}.",
        "Henvisning modtaget - visiteret af «Dr.» {Brink}",
        "Advarsel: {Demir}, {Ali} har ændret ordinationen efter godkendelse",
        "Notat oprettet 04.12.2026 14:03:11 af {MLHO} - sidst ændret 04.12.2026 14:09:40 af {LOBR}",
        "Sign. {SF}",
        "Tjekket ind af {Ali Demir} på stue 4",
        "Ansvarlig behandler ændret fra {Rasmus Skov} til {Mette Lykke Holm}",
        "Journal overført fra {Thomas Ravn} («praktiserende læge»)",
        "Påmindelse sendt automatisk på vegne af {Lone Bro}",
        "Booking: 12.01.2027 10:30 hos {Holm} {M} {L} (B2 amb.)",
        "Tid hos: {Mette Lykke Holm}, Hjertemedicinsk ambulatorium, indgang 6",
        "Kontrolsvar afsendt af systemet på vegne af {AS}",
        "Henvisning oprettet af {Ravn T} - modtaget af B2",
        "Træning aflyst af {joag}, årsag: borger syg",
        "Hjemmebesøg planlagt - medarbejder: {Karin M.}",
        "Tilsynsnotat: set af {Flod}",
        "Opdateret af: {kabr} (Radiologi)",
        "Epikrise sendt til egen læge ({Thomas Ravn}) via MedCom",
        "Opgaven er overdraget fra {Sanne F.} til {Ali D.}",
        "Du har fået en ny besked fra {Eva} («ergoterapeut»)",
        "Signeret elektronisk: {Kjær-Hansen}, {I.}",
        "Låst af: {Kirkegaard M} (O3) siden 22:14",
    ],
)

addall(
    "lk_labels",
    [
        "*26-88731*  [SOMMER], [LISE MARIE]  0101681234  Udtaget: 04.12 08:15 {BD}",
        "||||| 4711 ||||| RØR 2 EDTA  {bidu}  08:15",
        "ETIKET: Blodprøve | Tappet af: {B.Due} | Glas 3/5",
        "Armbånd: [Lise Marie Sommer] 010168-1234 | Afd. B2 | «Stuelæge»: {M. L. Holm}",
        "Label printet af {LOBR} 07.12.2026 10:44 (B2-LBL-01)",
        "Prøvemærkat: {BD}/0815/EDTA",
        "Rekv.: «dr.» {HOLM} B2 Prio: 2 Rør: Li-hep",
        "Medicinæske B2 stue 12 - dispenseret af {SF} - kontrolleret af {MK}",
        "Stregkode 5701234567890 - pakket af {ikh}",
        "Røntgen: {KB} | 2 proj. | DAP 0,12 Gy*cm2",
        "Rørpost afsendt 08:22 af {Birgitte Due} til KBA",
        "Kuvert: Att. {Mette Lykke Holm}, Hjertemedicinsk afd. B, OUH",
        "QR: https://ouh.dk/q/8812 | Udfyldt af {kama}",
        "Etiket dosisdispensering: [Lise Marie Sommer] | Godkendt: {IKH} | Odense Svane Apotek",
        "Pose nr. 3 - {Kirkegaard} - 05/12",
        "*{MLH}*1403*",
        "|||||{MLH}|||||",
        "Udleveret af {Nanna F.} - ernæringsdrik 2 stk",
        "Mærkat: Fastende fra kl. 24 - {PV}/anæst.",
        "Seddel på døren: Nøgleboks - kode kendt af {Karin Mark}",
        "Transportlabel: B2 til RØ | Bestilt af {Sanne Fisker}",
        "Kardex-etiket: Marevan skiftet til Eliquis ({MLH})",
    ],
)

addall(
    "lk_truncated",
    [
        "Behandler: {Mette Ho}...",
        "Ansvarlig: {Holm}, {Met}",
        "Ansvarlig: {Holm}, {Mette Lyk}",
        "Ordineret af: {Kjær-Han}…",
        "Godkendt af: {Rasmus Sk}",
        "{BRINK}, {KASP}",
        "Afsender: {Sanne Fisk}...",
        "Behandler: {Thomas Rav}",
        "Ansvarlig: {Kirkegaard}, {Ma}",
        "Prøvetager: {Birgitte D}",
        "«Farmaceut»: {Ida Kjær-H.}",
        "Beskrevet af: {Kasper B}",
        "Underskriver: {M. Lykke H}",
        "{HOLM METTE L}",
        "Fra: {Mette Lykke Ho}",
        "Valideret: {Anne Somm}...",
        "Medarbejder: {Karin Ma}...",
        "Anæstesi: {Peter Va}",
        "«Diætist»: {Nanna Fl}",
        "Kontaktperson: {Ali Dem}",
        "«Fysioterapeut»: {Jonas Ag}",
        "«Visitator»: {Eva Da}",
        "Navn: {Sanne Fiske}",
        "Beh.: {Holm M}",
        "Fra: {Rasmus S}...",
    ],
)

addall(
    "lk_glued",
    [
        "Godkendt: {M} . {L} . {Holm}",
        "Godkendt: {M.L.Holm}",
        "Sign: {MLH}«1403»",
        "04.12.2026/{MLH}",
        "kl.«1403»{MLH}",
        "Ansvarlig: {METTELYKKEHOLM}",
        "Ansvarlig: {Mette_Lykke_Holm}",
        "Ansvarlig: {MetteLykkeHolm}",
        "Bruger: {holm.m}",
        "Godkendt af {R.Skov} 04.12.",
        "Godkendt af {RSkov}",
        "Ændret af {skov_r}",
        "Beskrevet af {K.Brink}",
        "Beskriver: {KasperB}",
        "Modtaget af {S.Fisker}",
        "Login: {sfisker}",
        "Henvist af {T.Ravn}",
        "Besøg: {KarinMark}",
        "Træning: {J.Ager}",
        "Skrevet af: {LoneBro}",
        "Tjekket af {A.Demir}",
        "Kostplan: {N.Flod}",
        "Anæstesi: {P.Vang}",
        "Vurderet af {E.Dahl}",
        "Observeret af {M.Kirkegaard}",
        "Valideret af {A.Sommer}",
        "Afstemt af {I.Kjær-Hansen}",
        "Diktat: {MLH}/{lb}",
        "Anæstesi slut: {PV}-09:58",
        "Godkendt({MLHO})",
        "sign:{SF}",
        "(ref:{mlho})",
        "Ansvarlig: {HolmML}",
        "{MLH}_{LB}_0412",
        "Sign.:{BD}«08»:15",
        "Godkendt af {Holm.Mette.L}",
        "Henvisning fra «Dr.»{Ravn}",
        "Sign. {M.L.H.}",
        "{kabr}@05.12.2026",
        "Skrevet af {Lone\u00a0Bro}",
        "Observeret af {Kirke\u00adgaard}",
        "Ændret af {maki}#2231",
    ],
)


# ============================================================================= OVER-HIDE TRAPS
addall(
    "ow_codes",
    [
        "Diagnose: [DI48.9] Atrieflimren, uspecificeret",
        "ATC [C07AB02] Metoprolol 50 mg",
        "SKS [KNFJ51] Osteosyntese af lårbenshalsfraktur",
        "Henvisningsdiagnose [DS720] Fraktur af lårbenshals",
        "NPU02902 Hæmoglobin 8,1 mmol/[L] ([L])",
        "Filstørrelse: 245 [KB]",
        "Vedhæftet: ekg.pdf (312 [KB])",
        "Kørt 12 [km] til borgeren",
        "Kørsel: 8,4 [KM] (Odense C - Dalum)",
        "Samtykke givet: [JA]",
        "Ønsker genoplivning: [JA] / Nej",
        "[AD]-gruppe: OUH_B2_Læger",
        "Log ind med din [AD]-bruger",
        "Novo Nordisk [A/S]",
        "Ekko: let [AS], AVA 1,4 cm2, EF 55 %",
        "Kanyle: [BD] Venflon 18G, ve. albuebøj",
        "[SF-36] spørgeskema udfyldt 04.12.2026",
        "Samtale med [TR] på arbejdspladsen om skånejob",
        "[RS]-virus: negativ",
        "Vægt 154 [lb] (70 kg)",
        "Neurofibromatose type 1 ([NF1]) hos søster",
        "Doppler: [PV]-flow hepatopetalt",
        "EKG: [AV]-blok 1. grad, [PQ] 0,22 s",
        "[INR] 2,4 (mål 2,0-3,0)",
        "[ALAT] 34 U/[L], [LDH] 180 U/[L]",
        "[CRP] under 5 mg/[L]",
        "SOR: 481231000016005 (Hjertemedicinsk afd. B, OUH)",
        "EAN-nr. 5790000123456",
        "Ydernummer 012345",
        "Labkode [NPU03230] P-Natrium",
        "[ICD-10]: [I48.9], [Z95.0]",
        "[NYHA] klasse II",
        "[CHA2DS2-VASc] 3, [HAS-BLED] 1",
        "[DM] nej, [KOL] nej",
        "Status: [ED] modtaget (PDF, 1,2 [MB])",
        "[KB]-enhed: kilobyte",
        "[BMI] 27, [BT] 132/78",
        "[eGFR] 68 ml/min/1,73m2",
        "Rp. [Tbl.] [Eliquis] 5 mg 1 x 2",
        "Kode [ZZ0149] Ingen kontrast",
    ],
)

addall(
    "ow_hl7_structure",
    [
        "MSH|^~\\&|EPIC|OUH|MINLOG|SDS|202612041403||ADT^A08|MSG0001|P|2.5",
        "OBX|1|NM|NPU02902^Hæmoglobin^NPU||8.1|mmol/L|8.3-10.5|[L]|||F",
        "ROL|1|[AD]|AT^Attending",
        "PV1|1|I|B2^12^1^OUH||||||KAR",
        "OBX|1|[ED]|PDF^Brev^L||^application^pdf^Base64^JVBERi0xLjQK",
        "EVN|A08|202612041403",
        "ORC|SC|||CM",
        "TXA|1|NOTAT|TX|202612041403||||||||||[AU]",
        "RXE|^^^20261204^^R|C07AB02^Metoprolol^ATC|50||mg|TAB",
        "DG1|1||I48.9^Atrieflimren^ICD10|||[A]",
        "NTE|1||Prøve hæmolyseret, ny prøve bestilt",
        "AL1|1|[DA]|J01CE02^Penicillin V^ATC|[SV]",
        "MSH|^~\\&|LABKA|KBA-OUH|EPJ|OUH|202612040900||ORU^R01|LAB88213|P|2.3",
        "[PV1]-segmentet mangler i beskeden",
        "[PV2]|||^Indlæggelse",
        "OBR|1||RAD-778812|UXRC40^Røntgen af hofte^SKS",
        "[ZPR]|B2",
        "OBX|2|ST|KOMM^Kommentar||Prøve modtaget [ok]",
        "OBX|1|ST|||\\.br\\Patienten er [rask]\\.br\\",
        "ACK|[AA]|MSG0001",
    ],
)

addall(
    "ow_words_caps",
    [
        "PATIENTEN ER [RASK] OG UDSKRIVES",
        "Status: [Rask]",
        "[Raskmelding] sendt til arbejdsgiver",
        "Held og [lykke] med operationen!",
        "Pt. tager [lykkepiller] (sertralin)",
        "Gåture i [skoven] hver dag",
        "[Due] date: 2026-12-10",
        "Fodrer [duerne] i gården",
        "Erhverv: [Fisker], selvstændig",
        "Tatovering af en [ravn] på ve. skulder",
        "Knap: [Mark] as read",
        "Arbejder i [marken] om sommeren",
        "[MARKÉR] PRØVEN MED NAVN",
        "Tandlæge: [bro] i overkæben, ny [krone]",
        "Ferie ved [floden]",
        "[Flodhest]-tæppe i barnevognen",
        "Går tur på [kirkegården] hver søndag",
        "Ferie i [sommer]: Sverige",
        "[SOMMERTID] - husk at stille uret",
        "Kontrol til [sommer]",
        "[Kasperteater] med børnebørnene",
        "[EVALUERING] AF TRÆNING",
        "[Madservice]: 3 retter ugentligt",
        "[Mad] og drikke: spiser godt",
        "Medlem af [IDA] (Ingeniørforeningen)",
        "[Agerjord] og skov bag huset",
        "[Vangen] er oversvømmet",
        "Vil ikke [ned] [ad] trappen",
        "Op [ad] trappen med [rollator]",
        "Spiste [maki]-sushi til frokost",
        "[Ja], tak til kontrol",
        "Pt. siger [ja] til genoptræning",
        "[Alimentær] anæmi udelukket",
        "[Markering] af operationssted: ve. hofte",
        "[Skovtur] med dagcentret",
        "[Lone]ly Planet-guide på natbordet",
        "Besked: [Due] for review",
        "[Brint]overilte 3 % til sårrens",
        "[HOLME]N ER OVERSVØMMET",
        "Lyst til at [fiske] igen",
    ],
)

addall(
    "ow_places_streets",
    [
        "Adresse: [HOLMEVEJ] 12, 5000 [ODENSE C]",
        "PID|1||0101681234^^^CPR||[SOMMER]^[LISE]^[MARIE]||19680101|F|||[Skovvej] 3^^[Odense] C^^5000",
        "Bopæl: [Ravnsborggade] 8, 2200 [København N]",
        "[Fiskergade] 8, 5000 Odense",
        "[Brinken] 3, 5220 Odense SØ",
        "[Markvej] 14, [Agerskov]",
        "Sommerhus i [Broager]",
        "Udflugt til [Lykkesholm] Slot",
        "Bryllup på [Broholm]",
        "Plejecenter [Holmegaarden], afd. 2",
        "Født i [Holmstrup]",
        "Søster bor i [Ravnholt]",
        "Datteren bor i [Skovby]",
        "Kørt fra [Vangede] til Odense",
        "Ferie på [Bornholm]",
        "Besøg i [Stockholm]",
        "Arbejde i [Sommersted]",
        "Familie i [Brovst]",
        "[Dueholm] Kloster - udflugt med dagcentret",
        "Dagcenter [Ravnsborg]",
        "Afsnit [Skovbrynet], Psykiatrien",
        "Adresse: [KIRKEGÅRDSVEJ] 4",
        "[Agervej] 2, 5260 Odense S",
        "[Vangsvej] 11",
        "Afdeling [Flodbakken]",
        "Genoptræning i [Dalum]",
        "[Dahlsvej] 6, 5000 Odense",
        "Mødested: [Skovsøen] P-plads",
        "Lægehuset Strandvejen, [Strandvejen] 12",
        "Hjertemedicinsk afd. B, OUH, [Kløvervænget] 10",
    ],
)

addall(
    "ow_drugs_firms",
    [
        "[Marevan] seponeret 04.12.2026",
        "[Alimemazin] mikstur mod kløe",
        "[Marcain] spinal 2,5 ml",
        "[Madopar] 62,5 mg x 3 (mor)",
        "[Idarucizumab] ([Praxbind]) på afdelingen",
        "[Rasagilin] 1 mg",
        "[Brintoverilte] 3 %",
        "[Furix] 40 mg iv",
        "[Eliquis] 5 mg x 2",
        "[Metoprolol] 50 mg x 1",
        "[Vancomycin] iv",
        "[Fiskeolie] 1 kps dagligt",
        "[Sommerfugl]-kanyle 23G",
        "Leverandør: [Holmegaard] Medico ApS",
        "Hjælpemiddel fra [Brink Rehab A/S]",
        "Bandage: [Mepilex] Border",
        "[Dalacin] 300 mg x 3",
        "[Ravnsborg] Apotek",
        "Odense [Svane] Apotek",
        "[Lykke]-kaffe fra kantinen",
    ],
)

addall(
    "ow_people",
    [
        "PID|1||0101681234^^^CPR||[SOMMER]^[LISE]^[MARIE]||19680101|F",
        "NK1|1|[SOMMER]^[OLE]|SPO^Ægtefælle",
        "NK1|2|[DUE]^[KAREN]|MTH^Mor",
        "NK1|3|[SOMMER]^[EVA]|DAU^Datter",
        "NK1|4|[SOMMER]^[JONAS]|SON^Søn",
        "(0010,0010) Patient's Name: [SOMMER]^[LISE MARIE]",
        "Til: [Lise Marie Sommer] ([lise.sommer]@gmail.com)",
        "Portør: [HOLM J.]",
        "Transport: [Jens Holm] (portør) kl 10:12",
        "(0008,1070) Operators' Name: [BRO]^[MIA]",
        "Fra: [Mia Bro] &lt;[mia.bro]@rsyd.dk&gt;",
        "Udført af [Anne Ravn], bioanalytiker",
        "Ref. [Peter Jessen], overlæge, Ortopædkirurgi",
        "[Ali Hassan] ([AH]) triagerede kl 02:14",
        "Fys. [Henrik Skov] har trænet med pt.",
        "[Nanna Lind], ssa, hjemmeplejen",
        "Sekretær [Mette Juhl], Lægehuset Strandvejen",
        "[Karen Due] (mor) bor på Plejecenter [Holmegaarden]",
        "Pårørende: [Eva Sommer] (datter), tlf. 20 30 40 50",
        '"patient": "[Lise Marie Sommer]", "cpr": "010168-1234"',
        "[sommer_lise]_samtykke.pdf",
        "Kopi til: [Ole Sommer]",
        "[SOMMER LISE MARIE]  010168-1234  B2",
        "Patient: [Sommer], [Lise M.]",
        "Underskrevet af patienten: [L. M. Sommer]",
        "Nabo: [Niels Fisker], har nøgle",
        "Læser [Roald Dahl] for barnebarnet",
        "Citat af [Søren Kierkegaard] på væggen i venteværelset",
        "Second opinion: [Kirsten Vang], AUH",
        "Tandlæge [Rasmussen] har trukket en tand",
        "Fuldmagtshaver: [Eva Sommer] ([evasommer]@hotmail.com)",
        "Sidst ændret af: [Eva Sommer] (fuldmagt)",
        "Oprettet af: [Lise Marie Sommer] (borger)",
        "Bioanalytiker: [Ravn A.]",
        "Fysioterapeut: [Skov H.]",
        "ssa [Nanna L.] - morgenbesøg",
        "Portør [HOLM]^[JENS]",
        "[PJ] (ortopædkirurg) har set røntgen",
        "[MJ] lægesekretær: tid bestilt",
        "Pt. [Sommer] ønsker kopi af journalen",
    ],
)

addall(
    "ow_files_urls",
    [
        "[holmegaard]_brochure.pdf",
        "https://www.[skovby].dk/borgerservice",
        "[ravnsborg]-dagcenter-program.pdf",
        "epikrise_[sommer]_[lise].pdf",
        "/scan/[sommer_lise]/2026/",
        "[raskmelding]_2026-12-10.pdf",
        "[fiskeolie]_info.pdf",
        "kort_[broager].png",
        "[lykkepiller].html",
        "[evaluering]_traening.docx",
        "[madservice]_menu_uge49.pdf",
        "https://www.sundhed.dk/borger/min-side/",
        "C:\\Users\\Public\\Documents\\[kirkegaardsvej].txt",
        "https://www.ouh.dk/afdelinger/[hjertemedicinsk-afdeling-b]",
        "/export/2026/12/[KBA]_svar.csv",
        "video_[sommerferie]_2026.mp4",
        "https://[dueholm].dk",
        "[lise.sommer]@gmail.com",
        "[Ole.Sommer]@outlook.dk",
        "https://www.[fiskergade].dk",
    ],
)

addall(
    "ow_sysmsg",
    [
        "Dokument låst af bruger [SYSTEM]",
        "Notat godkendt automatisk 04.12.2026 14:03",
        "Låst af: batchjob [KBA_EXPORT]",
        "Besked sendt af dig 05.12.2026",
        "Opgave tildelt: [Hjemmesygeplejen Syd]",
        "Svar valideret automatisk (autovalidering)",
        "Medicinkortet er afstemt [ja]",
        "Du har fået en ny besked fra [Hjertemedicinsk afd. B]",
        "Bruger: [lise.sommer] logget ind med MitID",
        "Besøg kvitteret [ok] 06:52",
    ],
)


# ============================================================================= MIXED PROBES
addall(
    "mx_people",
    [
        "PV1|||||||«111»^{Holm}^{Mette}~«222»^[Jessen]^[Peter]",
        "PV1|1|I|B2^12^1^OUH|||«0412345»^{HOLM}^{METTE}^{L}|«019283»^{RAVN}^{THOMAS}||KAR",
        "PID|1||0101681234^^^CPR||[SOMMER]^[LISE]^[MARIE]\nOBX|1|NM|NPU03230^P-Natrium||139|mmol/L||||F|||||{SOMMER}^{ANNE}",
        "NK1|1|[DUE]^[KAREN]|MTH\nOBX|1|NM|NPU02902^Hæmoglobin||8.1|mmol/L||||F|||||{DUE}^{BIRGITTE}",
        "Cc: {Lone Bro}; [Mia Bro]",
        "Fra: {Nanna Flod} &lt;{nanna.flod}@«rsyd.dk»&gt;\nTil: [Lise Marie Sommer] &lt;[lise.sommer]@gmail.com&gt;",
        "Mødeindkaldelse - Organisator: {Peter Vang}; Deltagere: [Lise Marie Sommer], [Ole Sommer]",
        "Vagtliste uge 49: [HOLM J.] (portør), {HOLM M.L.} («OL»)",
        "Prøvetager: {Due B.} - Patient: [Sommer], [Lise Marie] - Mor: [Due], [Karen]",
        "Valideret af {Sommer A.}; patient [Sommer L.M.]",
        "Bioanalytiker [Ravn A.] tog prøven, {Ravn T.} (egen læge) modtog svaret",
        "[Skov H.] (fys) og {Skov R.} (akut)",
        "Sygeplejersker: [Ali Hassan] (akut), {Ali Demir} (A3)",
        "Hjemmepleje: [Nanna Lind] (ssa) / Kost: {Nanna Flod} («diætist»)",
        "Sekretær [Mette Juhl] har booket tid hos {Mette Lykke Holm}",
        "Operatør: [Bro]^[Mia] - Beskriver: {Brink}^{Kasper}",
        "Datter [Eva Sommer] deltog; visitator {Eva Dahl} bevilgede badebænk",
        "Søn [Jonas Sommer] hentede mor; træning v/ {Jonas Ager} fortsætter",
        "Ægtefælle [Ole Sommer] ringede til {Sanne Fisker} kl 19",
        "[Karen Due] (84) har fået besøg af {Karin Mark}",
        "MinLog: [Eva Sommer] (fuldmagt) har set journalen; {Thomas Ravn} har set journalen",
        '"patient": "[Sommer, Lise Marie]", "performer": "{Sommer, Anne}"',
        "Portør [Jens Holm] kørte pt. til EKG; svar vurderet af {Mette Holm}",
        "[PJ] og {PV} konfererede før operationen",
        "[Peter Jessen] opererede, {Peter Vang} gav spinal",
        "Nabo [Niels Fisker] fandt pt. - {Sanne Fisker} modtog hende på M1",
        "Second opinion [Kirsten Vang] (AUH); anæstesi {Vang P.} (OUH)",
        "[Lise Marie Sommer] - samtale med {Ida Kjær-Hansen} om [Marevan] og [Eliquis]",
        "(0010,0010) [SOMMER]^[LISE MARIE] (0008,0090) {RAVN}^{THOMAS}",
        "Kopi: [Ole Sommer]; [ole.sommer]@outlook.dk",
    ],
)

addall(
    "mx_words",
    [
        "DG1|1||I48.9^Atrieflimren^ICD10|||A\nOBX|1|ST|||Patienten er [rask]||||||F|||||{rask}^{Skov}^{Rasmus}",
        "Fil: [raskmelding].pdf, oprettet af {rask}",
        "Ekko: let [AS]; valideret af {AS}",
        "[BD] Venflon lagt af {BD} kl 08:10",
        "OBX|1|[ED]|PDF^Brev^L||^application^pdf|||||F|||||{ED}^{Dahl}^{Eva}",
        "[PV1]|1|I|B2|||«44221»^{VANG}^{PETER}",
        "Kørt 12 [km] - besøg v/ {KM}",
        "Samtykke: [JA] - indhentet af {JA}",
        "[AD]-bruger «rsyd»\\{alde} ({Ali Demir})",
        "Filstørrelse 245 [KB], beskrevet af {KB}",
        "Vægt 154 [lb]; brev skrevet af {LB}",
        "[SF-36] udleveret af {SF}",
        "Held og [lykke]! Hilsen {Mette Lykke Holm}",
        "Gåtur i [skoven] anbefalet af {Rasmus Skov}",
        "Tandlæge: [bro]; brev fra {Lone Bro}",
        "Erhverv: [fisker]; kontakt {Sanne Fisker}",
        "[Marken] er våd - {Karin Mark} kom ikke igennem",
        "[Sommerferie] - spørg {Anne Sommer} om svar",
        "Går på [kirkegården]; {Mads Kirkegaard} har fået besked",
        "[Madservice] bestilt af {Mads K.}",
        "[Floden] ved Dalum - {Nanna Flod} anbefalede gåture",
        "[Broager]: {Lone Bro} sendte brevet til gammel adresse",
        "Plejecenter [Holmegaarden] - {Holm}, {M.L.} har skrevet til plejecentret",
        "[Ravnsborggade] - {Thomas Ravn} har henvist",
        "OBX|1|NM|||8.1|mmol/[L]|||[L]|||F|||||{HOLM}^{METTE}^{L}",
        "[Markering] af ve. hofte v/ {Karin Mark}",
        "Spiste [maki]-sushi; sign. {maki}",
        "Op [ad] trappen med {AD}",
        "[Due] date 10-12; prøve taget af {Due B.}",
        "Dagcenter [Ravnsborg] - henvist af {T. Ravn}",
    ],
)

addall(
    "mx_debatable",
    [
        "Opslag: <Holm> 14:03",
        "Skrevet af: <Bro>",
        "Træning: <Skov>",
        "Henvisning sendt til <Peter>",
        "Kontakt: <Anne>",
        "Triage: <Ali>",
        "Kost: <Nanna>",
        "Besked til <Mette>",
        "Svar: <Ravn>",
        "Kopi til <Sommer>",
        "Prøve: <Due>",
        "Fra: <Eva>",
        "Til: <Jonas>",
        "Lægehuset <Ravn>, Vestergade 4",
        "https://www.lægerne<ravn>.dk",
        "{HOLM}^{M}",
        "<SOMMER>^^^",
        "Ansvarlig: [Holm J.]",
    ],
)


def main(verbose=False):
    run(STAFF, OTHERS, RELATIVES, CITIZEN, P, verbose=verbose)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
