"""Words the matcher knows: word frequencies, titles, signature markers, verbs after a name."""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

import msgpack

from .fold import fold

#: A form whose wordfreq Zipf frequency in Danish is at least this is "ambiguous" (see module doc).
ZIPF_AMBIGUOUS = 3.0
#: A genitive form this common is an ordinary word of its own ("hans"); rarer genitives of a
#: name at a sentence start ("Sørens vurdering") are taken as the name.
ZIPF_WORD = 5.0


@lru_cache(maxsize=1)
def _freq_table() -> dict[str, float]:
    """Word -> Zipf frequency of wordfreq's Danish word list (:func:`_read_freq_table`)."""
    return _read_freq_table("da")


@lru_cache(maxsize=3)
def _read_freq_table(lang: str, small: bool = False) -> dict[str, float]:
    """Word -> Zipf frequency of wordfreq's word list for ``lang`` (its small list where
    ``small``), read from its data file.

    The same numbers as ``wordfreq.get_frequency_dict("da")`` (tests/test_names_lexicon.py),
    without importing ``wordfreq``: its import (langcodes, its tokenizers' regexes) took about
    150 ms of a new process's first view, the table itself 30 ms. The file is wordfreq's
    "cBpack": gzipped msgpack, a header, then one list of words per centibel of frequency (list
    ``i`` holds the words of frequency ``10 ** (-i / 100)``), so the Zipf frequency of a word in
    list ``i`` is ``9 - i / 100``. wordfreq's "best" list is its large one where there is one.
    """
    spec = importlib.util.find_spec("wordfreq")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        raise RuntimeError("wordfreq's word lists are not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    lists = (data / f"large_{lang}.msgpack.gz", data / f"small_{lang}.msgpack.gz")
    path = next((p for p in lists[small:] if p.exists()), None)
    if path is None:  # pragma: no cover - a dependency
        raise RuntimeError(f"wordfreq has no word list for {lang!r} in {data}")
    with gzip.open(path, "rb") as f:
        pack = msgpack.unpack(f, raw=False)
    header = pack[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise RuntimeError(f"{path.name}: not a word list this code can read ({header!r})")
    table: dict[str, float] = {}
    for index, bucket in enumerate(pack[1:]):
        value = round(9 - index / 100, 2)
        for word in bucket:
            table[word] = value
    return table


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency of ``word`` in Danish, as ``wordfreq.zipf_frequency(word, "da")``.

    Looked up directly in wordfreq's frequency table (the same number for a single
    lower-case word, but fast enough to run for every form of 20,000 people).
    """
    return _freq_table().get(word.lower(), 0.0)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Frequent tokens that are names only, never words ("mette", "jensen", "østergaard"):
    ``name_words.txt``, made by ``scripts/make-name-words.py`` from the Danish spelling
    dictionary (capitalised there, not accepted in lower case) and wordfreq. wordfreq folds
    case, so its frequency of a common name is that of a word; these are not ambiguous."""
    path = Path(__file__).with_name("name_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


# --------------------------------------------------------------------------------------------
# Vocabulary used for context decisions
# --------------------------------------------------------------------------------------------


def _words(s: str) -> list[str]:
    return s.split()


#: Titles that may stand before a name (folded, without trailing "."); a person's own titles
#: are added at build time.
TITLES: frozenset[str] = frozenset(
    " ".join(fold(t).split())
    for t in _words("""
    overlæge læge reservelæge afdelingslæge speciallæge kbu-læge introduktionslæge
    hoveduddannelseslæge uddannelseslæge cheflæge klinikchef professor prof lektor ovl rl rdl
    sygeplejerske spl afdelingssygeplejerske afd.spl oversygeplejerske specialsygeplejerske
    sundhedsplejerske hjemmesygeplejerske anæstesisygeplejerske operationssygeplejerske
    intensivsygeplejerske sygeplejestuderende spl.stud lægestuderende stud.med
    sundhedsassistent sundhedshjælper sosu-assistent sosu-hjælper sosu ssa ssh
    jordemoder jordemor fysioterapeut fys ergoterapeut sekretær lægesekretær sekr
    radiograf bioanalytiker laborant psykolog neuropsykolog psykiater psykoterapeut
    dr dr.med doktor cand cand.med cand.psych cand.scient cand.cur tandlæge tandplejer
    diætist socialrådgiver pædagog portør terapeut misbrugsbehandler
    kontaktperson koordinator visitator hjemmehjælper afdelingsleder teamleder hr fru frk
    sygepl sygeplej hjsp hjspl hjemmespl hjemmesygepl hjemmesyg afdl afdlæge lægesekr lægesek sekr
    stud.med
    sosuass sosuhj sundhedsass ass hjpl hjemmeplejer plejer plejemedarbejder fysioterapeut fysio ergo ergoter
    jordemor jdm psyk psykolog diætist socialrådg overlæge1 bagvagt forvagt mellemvagt
    terapeut pædagog miljøterapeut kontaktspl primærspl mt e.l. hjælper assistent
    socialpædagog socialpæd soc.pæd familiebehandler familieterapeut familiekonsulent
    støttekontaktperson fængselsbetjent fængselsfunktionær misbrugskonsulent
    gadeplansmedarbejder
    obstetriker obst gynækolog gyn pædiater neonatolog anæstesilæge anæst narkoselæge kirurg
    radiolog børnelæge
    sonograf farmaceut farmakonom talepædagog logopæd konsulent jobkonsulent
    virksomhedskonsulent tandklinikassistent klinikassistent fodterapeut
    kiropraktor optiker audiolog psykomotoriker
    """)
)

_TITLE_WORDS: frozenset[str] = frozenset(t.replace(" ", "") for t in TITLES)

#: Professions a title belongs to, by a piece of the folded title without dots and spaces (the
#: first piece found decides, so "lægesekr" is a secretary, "afdlæge" a doctor). A title that
#: says a profession none of the hidden namesakes has says it is someone else (see
#: ``NameMatcher._finish``); a title not listed here says nothing.
_PROFESSIONS: tuple[tuple[str, str], ...] = (
    ("tandplejer", "dental hygienist"),
    ("visitator", "visitator"),
    ("sagsbehandl", "social worker"),  # (most are socialrådgivere: the same profession)
    ("leder", "leader"),  # teamleder, afdelingsleder
    ("sekr", "secretary"),
    ("sek", "secretary"),
    ("jordemo", "midwife"),
    ("jdm", "midwife"),
    ("sygepl", "nurse"),
    ("spl", "nurse"),
    ("hjsp", "nurse"),
    ("sundhedsplej", "nurse"),
    ("klinikass", "dental assistant"),  # tandklinikassistent
    ("assistent", "care"),
    ("hjælper", "care"),
    ("sosu", "care"),
    ("ssa", "care"),
    ("ssh", "care"),
    ("sundhedsass", "care"),
    ("psykolog", "psychologist"),
    ("candpsych", "psychologist"),
    ("psykiater", "doctor"),
    ("obst", "doctor"),
    ("gyn", "doctor"),
    ("pædiat", "doctor"),
    ("neonatolog", "doctor"),
    ("anæst", "doctor"),
    ("narkose", "doctor"),
    ("kirurg", "doctor"),
    ("radiolog", "doctor"),
    ("tandlæge", "dentist"),
    ("læge", "doctor"),
    ("ovl", "doctor"),
    ("rdl", "doctor"),  # reservelæge
    ("fys", "physio"),
    ("ergo", "occupational"),
    ("miljøterapeut", "milieu"),
    ("diætist", "dietitian"),
    ("radiograf", "radiographer"),
    ("bioanalytiker", "lab"),
    ("laborant", "lab"),
    ("socialrådg", "social worker"),
    ("portør", "porter"),
    ("farmaceut", "pharmacist"),
    ("farmakonom", "pharmaconomist"),
    ("sonograf", "sonographer"),
    ("talepæd", "speech therapist"),
    ("logopæd", "speech therapist"),
    ("pædagog", "pedagogue"),
    ("fodterapeut", "podiatrist"),
    ("kiropraktor", "chiropractor"),
    ("optiker", "optician"),
    ("audiolog", "audiologist"),
    ("konsulent", "consultant"),  # jobkonsulent, virksomhedskonsulent (a lægekonsulent: doctor)
)
#: whole folded titles (no dots, no spaces) of a doctor that hold no piece above
_DOCTOR_TITLES = frozenset({"rl", "el", "dr", "drmed", "doktor", "afdl", "candmed", "kbu"})


def profession(title: str) -> str | None:
    """The profession a title names ("Overlæge", "ovl.", "Afd.læge" -> doctor; "SSH",
    "hjælper" -> care; "lægesekr." -> secretary), or None when the title does not say."""
    t = fold(title).replace(" ", "").replace(".", "")
    if t in _DOCTOR_TITLES:
        return "doctor"
    for piece, name in _PROFESSIONS:
        if piece in t:
            return name
    return None


#: Words that in CAPITALS text show that the next word is a name ("RING TIL SKOV").
_NAME_PRECEDERS: frozenset[str] = frozenset(
    _words("til fra med hos ved kontakt kontakte ring ringe ringet spørg spørge af v og")
)

#: Words that may stand between two title words ("ledende overlæge", "dr. med.").
_TITLE_MODIFIERS: frozenset[str] = frozenset(
    fold(t).replace(" ", "")
    for t in _words("ledende 1 klinisk vagthavende yngre konst konstitueret afd")
)

#: Title abbreviations that are written with a full stop.
_ABBR_TITLES: frozenset[str] = frozenset(
    _words("""spl ssa ssh dr ovl rl fys sekr prof cand stud hr frk afd sosu ergo med sygepl
    sygeplej hjsp hjspl afdl lægesekr lægesek sosuass sundhedsass ass fysio ergoter jdm psyk
    socialrådg mt rdl socialpæd obst gyn anæst""")
)

#: Medical eponyms: names of operations, scores, signs, diseases, instruments and incisions
#: ("Hartmanns operation", "Nissen-fundoplikation", "Kocher-snit", "Wells score"). A hidden
#: namesake's name part is the eponym only where it stands as one
#: (``matcher._an_eponym``); the list keeps the ordinary names that are no eponym out of it.
EPONYMS: frozenset[str] = frozenset(
    _words("""Achilles Addison Allis Alvarado Alzheimer Apgar Asperger Babcock Babinski Baker
    Bankart Barlow Barrett Barthel Barton Bassini Basedow Bechterew Behçet Bell Billroth Bishop
    Blumberg Boerhaave Bouchard Braden Breslow Broca Brudzinski Burkitt Caprini Centor Charcot
    Charlson Cheyne Chopart Chvostek Colles Conn Coombs Cormack Courvoisier Creutzfeldt Crohn
    Cushing Denis DiGeorge Dix Doppler Down Dukes Dupuytren Eisenmenger Epley Ewing Fallot
    Finkelstein Foley Fontaine Forrest Frykman Galeazzi Garden Geneva Giemsa Glasgow Gleason
    Graves Guillain Hallpike Hardinge Hartmann Hashimoto Heberden Heimlich Hickman Hirschsprung
    Hodgkin Hoffa Holter Horner Huntington Ilizarov Ishihara Judet Kaposi Kawasaki Kernig Killip
    Klinefelter Kocher Korsakoff Kussmaul Küntscher Lachman Langenbeck Lasègue Lewy Lhermitte
    Lichtenstein Lisfranc Lynch Mallampati Mallory Mantoux Marfan Mayo McBurney McKeown Meckel
    Ménière Metzenbaum Mikulicz Monteggia Morton Murphy Naegele Neelsen Nissen Norton Osgood
    Osler Padua Paget Pancoast Papanicolaou Parkinson Patau Perthes Pfannenstiel Phalen Pott
    Prader Pugh Quincke Rankin Ranson Raynaud Rinne Romberg Rovsing Rutherford Salter Scheuermann
    Schirmer Schlatter Schmorl Seldinger Sellick Shouldice Sjögren Snellen Stoppa Sturge Swan
    Takayasu Tanner Tinel Tourette Trendelenburg Trousseau Valsalva Villalta Virchow Volkmann
    Waterlow Weber Wegener Wells Wernicke Whipple Willi Wilms Wolff Zenker Ziehl Zollinger""")
)
#: eponyms of a score, before its value ("Modificeret Wells 2", "Glasgow 14", "Apgar 9")
SCORE_EPONYMS: frozenset[str] = frozenset(
    _words("""Alvarado Apgar Barthel Bishop Braden Breslow Caprini Centor Charlson Forrest
    Geneva Glasgow Gleason Killip Mallampati Norton Padua Rankin Ranson Tanner Villalta Waterlow
    Wells""")
)

#: Signature markers that also make an ambiguous *name* token a name ("Mvh Skov").
_NAME_SIG_MARKERS: frozenset[str] = frozenset(
    fold(t).replace(" ", "")
    for t in _words("""mvh hilsen hilsner kh vh sign signeret signatur dikt dikteret diktat
    kontrasigneret kontrasign""")
)

#: The finite verbs that follow a subject in a Danish main clause (and an English one), after
#: a sentence-initial ambiguous token: "Holm ringede", "Krog reports"
_FINITE_VERBS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""
    har havde er var blev bliver vil ville skal skulle kan kunne må måtte bør burde får fik
    gør gjorde går gik kommer kom ser så tager tog giver gav siger sagde mener mente synes
    syntes finder fandt ringer ringede tilser tilså vurderer vurderede undersøger undersøgte
    ordinerer ordinerede seponerer seponerede anbefaler anbefalede aftaler aftalte
    informerer informerede orienterer orienterede konfererer konfererede taler talte
    skriver skrev noterer noterede dikterer dikterede sender sendte henviser henviste
    bestiller bestilte udskriver udskrev overtager overtog deltager deltog svarer svarede
    spørger spurgte fortæller fortalte oplyser oplyste bekræfter bekræftede beder bad
    ønsker ønskede foreslår foreslog instruerer instruerede observerer observerede
    forklarer forklarede lægger lagde sætter satte starter startede stopper stoppede
    står stod skønner skønnede hører hørte kontakter kontaktede opererer opererede
    assisterer assisterede tjekker tjekkede måler målte hjælper hjalp besøger besøgte
    følger fulgte planlægger planlagde journalfører journalførte modtager modtog
    afventer afventede påbegynder påbegyndte afslutter afsluttede gennemgår gennemgik
    vejleder vejledte møder mødte tror troede husker huskede bemærker bemærkede
    anlægger anlagde administrerer administrerede skifter skiftede giver ved vidste
    tilkalder tilkaldte tilkaldes kaldes sidder sad ligger lå tjekker vil
    viser viste læser læste kører kørte køber købte spiser spiste sover sov drikker drak
    laver lavede henter hentede bringer bragte rejser rejste kigger kiggede snakker snakkede
    forlader forlod åbner åbnede lukker lukkede hjalp passer passede trøster trøstede
    ringer skriver tæller talte vasker vaskede bader badede klæder klædte smører smurte
    tilbyder tilbød forstår forstod indkalder indkaldte bevilger bevilgede afholder afholdt
    holder holdt vender vendte arrangerer arrangerede indstiller indstillede visiterer visiterede
    sørger sørgede støtter støttede udarbejder udarbejdede koordinerer koordinerede behandler
    behandlede træner trænede ledsager ledsagede afklarer afklarede undersøger tager tog
    underviser underviste motiverer motiverede guider guidede screener screenede
    overvejer overvejede formidler formidlede indhenter indhentede kalder kaldte
    bor boede forsøger forsøgte prøvede fremlagde fremlægger supplerede supplerer
    fraråder frarådede glemte glemmer bevilgede bevilger
    hænger hængte vejer vejede tester testede godkender godkendte udleverer udleverede
    reports reported calls called will would says said wrote writes noted notes visited
    reviewed reviews assessed assesses examined examines checked checks phoned spoke saw sees
    confirmed confirms asked asks is was noticed handed cancelled explained explains did
    agreed gave gives helped helps
    """)
)
#: Words that after a sentence-initial ambiguous token show it is a name: a finite verb or a
#: title.  Prepositions and adverbs do not ("Sten i nyren", "Sand i urinen"); "og"/"eller" only
#: before another capitalised word ("Rask og Skov").
_NAME_FOLLOWERS: frozenset[str] = _FINITE_VERBS | _TITLE_WORDS

#: Abbreviations with a full stop after which comes who did it, not a new sentence: a
#: medication list's "(ord. Skov 10/3)", "Sårpleje (udf. Holm 12/3)", "Sep. Holm."
_PERSON_ABBREVIATIONS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""
    ord ordin sep seponeret ændr adm admin disp kontr kontrasign ansv udf rekv henv ref jf jvf
    iflg konf dikt sign tilk godk skr ctr
    """)
)

#: Everyday abbreviations with a full stop that do not end a sentence: "tilkaldes evt. Storm",
#: "f.eks. Lind", "bl.a. Grethe og moderen"
_NON_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    _words("evt f.eks fx bl.a bla dvs inkl hhv ca mht m.h.t vedr ang iht pga p.g.a evt.")
)

#: Who else after "og" shows the word before is a person: "Holm og jeg aftalte", "Dam og
#: moderen gennemgik handleplanen"
_WITH_WORDS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""
    jeg vi pt patienten undertegnede moderen faderen mor far datteren sønnen hustruen manden
    konen ægtefællen søsteren broderen bror forældrene pårørende barnet børnene plejefamilien
    kollega kollegaen lægen sygeplejersken
    """)
)

#: Words for a shift: a last line "Mette aften", "Holm nattevagt" signs the note
_SHIFT_WORDS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""
    dag aften nat dagvagt aftenvagt nattevagt dagvagten aftenvagten nattevagten vagt dv av nv
    """)
)

#: Past participles that do not end in "-et" (those are read by their ending): the telegraphic
#: style of a note, "Mette tilkaldt.", "Hans bedt om at komme." A word ending in "-dt" is read as
#: one too ("tilkaldt", "sendt", "mødt"): no Danish noun a possessive "Hans" could precede ends so.
_PARTICIPLES: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""
    sagt lagt fulgt valgt bragt søgt spurgt tilsagt aflagt indlagt genindlagt udlagt anbragt
    overlagt planlagt tilrettelagt fremlagt bortlagt aftalt talt fortalt betalt delt fordelt
    hørt kørt lært rørt ført overført indført gennemført udført tilført henført
    tænkt brugt købt tabt glemt dømt nævnt kendt tjent ment tømt drømt
    set givet gået kommet fået taget
    """)
)
#: After a name that is also a function word ("per", "bo", "hans"), in a position where a name
#: is certain, words that a preposition, a possessive or an infinitive is never followed by:
#: "talt med per om smerterne", "overlevering til bo kl 15", "med bo fra hjemmeplejen" ("talt
#: med per telefon" stays)
_AFTER_A_NAME: frozenset[str] = frozenset(
    fold(w) for w in _words("om ang angående vedr vedrørende at kl fra")
)
#: Function words that are names before a verb ("per har", "bo gav", "dag har målt kørestolen
#: op"): a preposition, a possessive or an infinitive is never followed by a finite verb ("man
#: har", "det har" are; what a day does too is no person's: ``matcher._WHAT_A_DAY_DOES``)
_NAME_BEFORE_VERB: frozenset[str] = frozenset(_words("per bo hans sol dag"))
#: Words before a noun, an infinitive, an object or a predicate: a word after them is not a
#: subject ("en sten har", "at bo har", "min holm", "næste dag kom pt", "pt er rask mener lægen")
_NOT_BEFORE_SUBJECT: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""en et den det de denne dette disse min mit mine din dit dine sin sit sine
    hans hendes dens dets vores jeres deres at af i på med til fra for om under over ved mod
    ny nye nyt stor store stort lille små gammel gamle gammelt hver hvert ingen intet noget nogen
    nogle flere mange alle begge to tre fire fem seks syv otte ni ti en-to et par
    næste sidste første anden andet andre samme hele god gode lang lange kort travl rolig
    er var blev bliver virker virkede forblev""")
)
#: What a person does in a care note, as a finite verb after its subject: "kl 8 bo gav
#: morgenmedicin", "holm bestilte bleer". Not what a thing does ("sten har sat sig fast",
#: "dam har frosset til", "storm gjorde pt urolig", "sten ligger i nyren"): a name that is a
#: word is a name before these only.
_PERSON_VERBS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""
    gav giver kom kommer tog tager hjalp hjælper ringede ringer tilså tilser sagde siger
    spurgte spørger skiftede skifter vaskede vasker badede bader bestilte bestiller talte taler
    aftalte aftaler vurderede vurderer ordinerede ordinerer målte måler skrev skriver sendte
    sender kørte kører mødte møder overtog overtager låste låser tjekkede tjekker kontaktede
    kontakter informerede informerer orienterede orienterer dikterede dikterer noterede noterer
    observerede observerer undersøgte undersøger fandt finder hentede henter dispenserede
    dispenserer administrerede administrerer tilkaldte tilkalder besøgte besøger assisterede
    assisterer smurte smører trøstede trøster snakkede snakker fulgte følger gik går
    visiterede visiterer opdagede opdager foreslog foreslår lavede laver ankom ankommer
    fastholdt fastholder førte fører deltog deltager bookede booker ledsagede ledsager
    beroligede beroliger støttede støtter instruerede instruerer vejledte vejleder
    motiverede motiverer skærmede skærmer fik holdt holder lagde lægger fjernede fjerner
    gemte gemmer hængte vejede testede godkendte udleverede gennemgik råbte råber lovede lover
    stjal glemte glemmer bevilgede bevilger bor boede forsøger forsøgte prøvede
    kalder kaldte
    fremlagde fremlægger supplerede supplerer ønsker ønskede fraråder frarådede
    explained wrote did gave helped called checked visited saw
    """)
)


def _conjugated(spec: str) -> tuple[frozenset[str], frozenset[str]]:
    """The finite forms (present, past) and the infinitives and participles of the verbs in
    ``spec``: ``inf:1`` a weak verb of the first group ("anbefale": anbefaler, anbefalede,
    anbefalet), ``inf:2`` of the second ("låne": låner, lånte, lånt), ``inf=present,past,
    participle`` any other ("vælge=vælger,valgte,valgt"); an empty present (``inf:1-`` or
    ``=,past,participle``) where the present is a noun too ("behandler", "scanner", "roser")."""
    finite: set[str] = set()
    other: set[str] = set()
    for item in _words(spec):
        if "=" in item:
            inf, _, forms = item.partition("=")
            present, past, participle = forms.split(",")
        else:
            inf, _, group = item.partition(":")
            stem = inf[:-1] if inf.endswith("e") else inf
            present = "" if group.endswith("-") else inf + "r"
            past, participle = (
                (stem + "ede", stem + "et") if group[:1] == "1" else (stem + "te", stem + "t")
            )
        finite.update(fold(w) for w in (present, past) if w)
        other.update(fold(w) for w in (inf, participle) if w)
    return frozenset(finite), frozenset(other)


#: More of what a person does, conjugated (:func:`_conjugated`): read only where a word that is
#: a name may be the subject (:func:`indsigt.protect.names.matcher._person_verb_at`: "fred
#: anbefaler aflastning", "fred har lånt mor en GPS-tracker"). Verbs a thing, the weather or a
#: number does too are not here ("viser", "stiger", "skinner", "vendte", "gjorde"), nor a
#: present tense that is also a noun ("behandler", "scanner", "printer", "roser", "vælger")
_MORE_PERSON_FINITE, _MORE_PERSON_AFTER_AUXILIARY = _conjugated("""
    anbefale:1 dokumentere:1 koordinere:1 korrigere:1 justere:1 seponere:1 pausere:1
    diskutere:1 konferere:1 rapportere:1 evaluere:1 revurdere:1 forklare:1 lytte:1 arbejde:1
    vinke:1 smile:1 grine:1 bytte:1 parkere:1 cykle:1- maile:1 chatte:1 printe:1- scanne:1-
    faxe:1 kigge:1 advare:1 takke:1 huske:1 opfordre:1 anmode:1 besvare:1 aflevere:1 ordne:1
    rydde:1 barbere:1 børste:1- mobilisere:1 forflytte:1 lejre:1 træne:1- guide:1- opmuntre:1
    alarmere:1 forhandle:1- indberette:1 underrette:1 drøfte:1 organisere:1 supervisere:1
    demonstrere:1 kontrollere:1 screene:1 skanne:1- auskultere:1 palpere:1 diagnosticere:1
    behandle:1- operere:1 bedøve:1 intubere:1 ekstubere:1 suturere:1 gipse:1 rense:1- signere:1
    kvittere:1 attestere:1 erklære:1 afhente:1 nægte:1 beslutte:1 acceptere:1 injicere:1
    dosere:1 kramme:1 afløse:2 hilse:2 undskylde:2 henvise:2 indkalde:2 rose:2- overtale:2
    anmelde:2- melde:2- sygemelde:2 raskmelde:2 journalføre:2 ansøge:2- søge:2 afvise:2
    tænke:2 aflyse:2 låne:2 købe:2- klæde:2- skælde:2
    vælge=,valgte,valgt indlægge=indlægger,indlagde,indlagt modtage=,modtog,modtaget
    bringe=bringer,bragte,bragt fortælle=fortæller,fortalte,fortalt sy=syr,syede,syet
    tilbyde=tilbyder,tilbød,tilbudt udskrive=udskriver,udskrev,udskrevet
    forstå=forstår,forstod,forstået afholde=afholder,afholdt,afholdt rede=reder,redte,redt
    indhente:1 bemærke:1 udarbejde:1 udfylde:2 tømme=,tømte,tømt forsøge=,,forsøgt
    afbryde=,afbrød,afbrudt suge:1 fluorlakere:1 lære=,lærte,lært fotografere:1 skylle:1
    oplyse:2 montere:1 pode:1 dryppe:1 kalibrere:1 takke:1
    mene=mener,mente,ment synes=synes,syntes,syntes tro=tror,troede,troet vide=,vidste,vidst
    godkende:2 udlevere:1 gennemgå=gennemgår,gennemgik,gennemgået teste:1 tilpasse:1
    bage=,bagte,bagt øge:1 nedsætte=nedsætter,nedsatte,nedsat konstatere:1
    anlægge=anlægger,anlagde,anlagt snyde=snyder,snød,snydt
    recommend=recommends,recommended,recommended prescribe=prescribes,prescribed,prescribed
    discharge=discharges,discharged,discharged inform=informs,informed,informed
    tell=tells,told,told suggest=suggests,suggested,suggested perform=performs,performed,performed
    document=documents,documented,documented arrange=arranges,arranged,arranged
    contact=contacts,contacted,contacted
""")
#: ... and what only a person "has" ("ørn har ferie", "kok har fri i morgen")
_MORE_PERSON_AFTER_AUXILIARY |= frozenset(
    _words("ferie fri orlov barsel afspadsering kursus weekendvagt dagvagt aftenvagt nattevagt")
)

#: Adverbs after "og" that begin a second verb of the same subject, not a second subject: "er
#: kold og ikke forstår hende", "kom og så gik hun"
_ADVERBS: frozenset[str] = frozenset(
    _words("""ikke aldrig også så nu derefter bagefter altid gerne kun bare heller da dog lige
    vist nok jo snart straks senere igen tit ofte sjældent atter endnu stadig not then also""")
)
#: Auxiliaries before a person's participle or infinitive: "sten har skiftet forbinding", "bo
#: vil ringe i morgen" (not "sten har sat sig fast", "storm kan vælte træer")
_AUXILIARIES: frozenset[str] = frozenset(
    fold(w) for w in _words("har havde vil ville skal skulle kan kunne må måtte bør burde")
)
#: What a person has done or will do, after an auxiliary
_PERSON_AFTER_AUXILIARY: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""
    givet ringet tilset skiftet vasket badet bestilt talt aftalt vurderet ordineret målt lagt
    skrevet sendt kørt mødt overtaget låst tjekket kontaktet informeret orienteret dikteret
    noteret observeret undersøgt fulgt hentet dispenseret administreret tilkaldt besøgt
    assisteret hjulpet smurt trøstet snakket haft været set sagt spurgt taget visiteret
    opdaget foreslået lavet fastholdt ført ledsaget beroliget støttet instrueret vejledt vagt
    samtale hængt vejet testet godkendt udleveret gennemgået gemt fjernet stjålet slået råbt
    lovet truet husket glemt bevilget afslået fundet underskrevet tændt slukket
    give ringe tilse skifte vaske bade bestille tale aftale vurdere ordinere måle skrive sende
    køre møde overtage låse tjekke kontakte informere orientere diktere notere observere
    undersøge følge hente dispensere administrere tilkalde besøge assistere hjælpe smøre trøste
    snakke komme tage se sige spørge
    """)
)
#: Verbs of saying and complaining before "at" and a clause (not an infinitive): "pt siger at
#: lind er ond", "borger klager over at løve var hårdhændet"
_SAYING_VERBS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""siger sagde sagt mener mente fortæller fortalte oplyser oplyste tror
    troede synes syntes påstår påstod klager klagede beretter berettede ønsker ønskede husk
    husker huskede""")
)
#: What the patient says a staff member did to them, after a verb of saying ("pt siger at rask
#: slog hende"); elsewhere what a thing does too ("storm slog ruden i stykker", "storm truer
#: med at vælte træer")
_ABUSE_VERBS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("slog slår sparkede sparker skubbede skubber kradsede kradser truede truer")
)
#: Laboratory analyses of three letters or fewer (a chemical symbol or an abbreviation): before
#: a value they are no name ("Li 0,7", "Na 134", "TG 2,4"; "Bo 7,5" in a time sheet is Bo)
_ANALYTES: frozenset[str] = frozenset(
    _words("na k li ca mg cl p fe zn cu tg hb pt inr bs ldl hdl gfr lpk tpk ph be ck alb crp tsh")
)
#: Abbreviations after which who signed follows, even initials that are an abbreviation:
#: "Dikt. AS/skr. ML", "Ctr. ML", "Ansv. BT"
_SIGNING_ABBREVIATIONS: frozenset[str] = frozenset(
    fold(w) for w in _words("skr dikt sign ctr kontr kontrasign ansv udf godk ref")
)
#: Where a person is at work, after "på" (each also after "hjemme"): "Hjort på hjemmebesøg",
#: "Holm på nattevagt", "bo på vagt i aften" (context.ON_DUTY_RE, matcher._MOTION_RE)
_AT_WORK_WORDS: tuple[str, ...] = tuple(
    _words("besøg vagt dagvagt aftenvagt nattevagt ferie kursus kursusdag arbejde")
)
#: Units, written together with a number: "12.50MG", "12.30KR" are no initials
_UNITS: frozenset[str] = frozenset(_words("mg ml kg mm cm dl mmol ie iu ul min kr sek"))
#: Whom a patient asks or tells, before "om", "at": "pt bad bo om at ringe", "spurgte per om"
_ASKING_VERBS: frozenset[str] = frozenset(
    fold(w) for w in _words("bad beder bede spurgte spørger spørge fortalte fortæller")
)
#: Verbs that reach a person, before the person ("spørg fjord om nøglen") or before "til" or
#: "med" and the person ("ring til will", "skriv til løve", "tal med rask")
_CONTACT_VERBS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""spørg ring skriv sms kontakt tal snak ringede skrev talte snakkede
    kontaktede spurgte spørge ringe skrive kontakte tale snakke tilkald tilkalde tilkaldte
    tilkaldt takke takket takkede rost roste rykker rykket rykkede""")
)
#: Time words before a verb and its subject that also begin other sentences: the subject is a
#: person only before a verb that only a person does ("i morgen tager løve blodsukker"; not "i
#: morgen kommer frost")
_LATER_TIME_WORDS: frozenset[str] = frozenset(
    fold(w) for w in _words("morgen mandag tirsdag onsdag torsdag fredag lørdag søndag weekenden")
)
#: Answers and exclamations that begin a sentence before a comma ("Jo, det gør ondt her", "Nå,
#: så er vi færdige"): a word there, not a name addressed
_INTERJECTIONS: frozenset[str] = frozenset(
    fold(w) for w in _words("jo ja nej nå næ tja jamen okay ok tak hej hov øh fint godt altså")
)
#: After whom a patient asks or tells (:data:`_ASKING_VERBS`): "bad bo om", "fortalte per at"
_ASKED_ABOUT: frozenset[str] = frozenset(("om", "at"))
#: Fields of a form or a care plan, first on a line before a colon ("bo: alene", "ro: god",
#: "mad: spist halvdelen"): a word there, not who writes (a hidden "Bo" or "Ro" stays)
_FIELD_LABELS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""bo ro sol mad søvn smerte smerter hud puls bt vægt temp plan mål status
    obs vurdering aftale aftaler handling note bemærkning bemærkninger info emne sag medicin
    ernæring udskillelse mobilitet aktivitet psyke psykisk socialt hjælpemidler bolig økonomi
    familie netværk diagnose diagnoser allergi allergier kost væske vand urin afføring sår
    hygiejne bad tøj humør adfærd kontakt samtale besøg tid dato sted type årsag formål
    resultat fund konklusion baggrund anamnese objektivt subjektivt lys luft varme kulde
    sengetid morgen middag aften nat dag vagt ja nej ok svar spørgsmål tema kilde kilder
    reference henvisning årsag""")
)
#: An imperative after a name that begins a message: "sten, ring til mig", "per ring til datter"
_IMPERATIVES: frozenset[str] = frozenset(
    fold(w) for w in _words("ring husk kig tjek giv bestil send skriv hent spørg kontakt")
)
#: Before a noun: the word after these is no name before a title ("min sten ssa")
_ARTICLES_AND_POSSESSIVES: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""en et den det de min mit mine din dit dine sin sit sine hans hendes
    deres vores jeres denne dette disse""")
)
#: A time at the start of a sentence, before its verb and subject: "i dag kom bo og hjalp",
#: "kl 3 fandt per pt på gulvet"
_TIME_WORDS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""dag går nat morges aftes aften eftermiddag formiddag middags nu senere
    derefter bagefter efterfølgende herefter morgenen aftenen natten eftermiddagen formiddagen
    vagtskiftet eftermiddags formiddags""")
)
#: adverbs that begin a sentence before the verb and its subject: "heldigvis kunne lind ..."
_SENTENCE_ADVERBS: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""heldigvis desværre endelig pludselig samtidig igen også først så
    derfor alligevel måske""")
)
#: Particles before a family name ("van der Berg", "Al-Sayed", "de la Cruz"): words, not a
#: name, where they stand alone ("Der er ringet", "et al.")
_NAME_PARTICLES: frozenset[str] = frozenset(
    _words("van von der den de di da du del della la le al el bin ibn ben ter ten af zu dos das do")
)
#: What a thing, not a person, is said to give after "gav", "giver": "is gav god effekt", "pn
#: gav lindring" (initials and name words before "gav" are then no person)
_GIVEN_BY_A_THING: frozenset[str] = frozenset(
    fold(w)
    for w in _words("""god godt gode effekt lindring ro smerter smerte ubehag kvalme bedring
    udslag anledning problemer bivirkninger svie kløe søvn""")
)
#: What a thing, not a person, does after initials that are an abbreviation or a word ("BT
#: kom ned", "BS gik op", "tb fik"): not read as a person's doing there
_NOT_AN_INITIALS_VERB: frozenset[str] = frozenset(
    fold(w) for w in _words("kom kommer gik går fik får været haft måler målte")
)
#: who a verb is done to, as its object, in a note: the patient and the people around them
_PERSON_OBJECTS = frozenset(
    fold(w)
    for w in _words("""pt pts patienten patientens borger borgeren borgerens beboer beboeren beboerens
    hende ham barnet barnets drengen pigen mor far moren faren datteren sønnen""")
)
#: what a thing does to a person too, in the past tense and as a participle ("sten generede pt")
_WHAT_A_THING_DOES_TO_ONE = frozenset(
    fold(w)
    for w in _words("""gjorde gjort generede generet plagede plaget irriterede irriteret
    blændede blændet ramte ramt trykkede trykket klemte klemt gnavede gnavet belastede belastet
    påvirkede påvirket hindrede hindret forstyrrede forstyrret skræmte skræmt bekymrede
    bekymret trættede trættet smertede smertet kildede kildet skadede skadet væltede væltet
    forskrækkede forskrækket ødelagde ødelagt glædede glædet frustrerede frustreret stressede
    stresset udmattede udmattet svækkede svækket kvalte kvalt brændte brændt sved stak stukket
    lammede lammet""")
)
#: what the patient does with a thing, the thing put first ("dam spillede pt med medbeboer",
#: "sol savnede pt"): the patient is the subject there, not the object
_A_THING_PUT_FIRST = frozenset(
    fold(w)
    for w in _words("""spillede spillet spiste spist købte købt læste læst tegnede tegnet
    malede malet hørte hørt strikkede strikket bagte bagt lavede lavet savnede savnet ønskede
    ønsket valgte valgt brugte brugt elskede elsket hadede hadet nævnte nævnt glemte glemt
    huskede husket kendte kendt prøvede prøvet smagte smagt mærkede mærket følte følt
    nægtede nægtet foretrak afviste afvist accepterede accepteret tålte tålt ville
    kunne skulle måtte tabte tabt beholdt mistede mistet fandt fundet""")
)
#: past tenses of strong verbs that a person does to a person: "tang bad pt blive liggende"
_STRONG_PAST_ON_A_PERSON = frozenset(fold(w) for w in _words("bad lod bar bød"))
#: Danish given names and their short forms, folded loosely (a person hidden as Johannes may be
#: written "Jens" or "Hans"): a given name before a hidden person's family name that is one of
#: theirs is not another person's ("Jens Mose" for Johannes Mose stays hidden)
SHORT_FORMS: dict[str, frozenset[str]] = {
    long: frozenset(shorts.split())
    for long, shorts in (
        ("johannes", "jens hans johan jan hannes"),
        ("johan", "jens hans jan"),
        ("margrethe", "mette grete merete maren magga"),
        ("margit", "mette grete"),
        ("elisabeth", "lise lis else elsebeth lisbeth betty lisa liz"),
        ("nikolaj", "kaj niels claus klaus nick"),
        ("nikolaus", "niels claus klaus"),
        ("katrine", "trine karen kate katja"),
        ("katarina", "trine karen kate katja karin"),
        ("kathrine", "trine karen kate katja"),
        ("catharina", "trine karen kate katja karin"),
        ("benedikte", "bente bettina"),
        ("benedicte", "bente bettina"),
        ("kristine", "stine kirsten kirstine tina"),
        ("christine", "stine kirsten kirstine tina"),
        ("kristina", "stine kirsten tina"),
        ("christina", "stine kirsten tina"),
        ("kristian", "kris christer"),
        ("christian", "kris chris christer"),
        ("andreas", "anders"),
        ("jakob", "jeppe jacob"),
        ("mikael", "mikkel mike"),
        ("michael", "mikkel mike"),
        ("peter", "per peder"),
        ("birgitte", "gitte birte britt"),
        ("agnete", "nete"),
        ("annelise", "anne lise"),
        ("cecilie", "cille"),
        ("frederik", "frede frits"),
        ("henrik", "henning"),
        ("bettina", "tina"),
        ("william", "bill will"),
        ("robert", "bob"),
        ("thomas", "tom"),
        ("alexander", "alex"),
        ("alexandra", "alex sandra"),
        ("susanne", "sanne susan"),
        ("josefine", "fie"),
        ("sofie", "fie"),
        ("emilie", "millie"),
        ("mathilde", "tilde"),
        ("rasmus", "rasse"),
        ("jørgen", "jørn"),
    )
}
#: adjectives that are also names ("Glad", "Flink", "Rask"): alone where a noun stands, after a
#: preposition or as a clause's subject, they are a person ("tur med rask", "glad skulle have
#: været med"), never the adjective
_ADJECTIVE_NAMES = frozenset(
    f(w)
    for f in (str, fold)  # as written in lower case, and folded
    for w in _words("""glad flink rask frisk stærk mørk kold lang hvid sort brun grøn ung vild
    høj lind kjær kær blid sød from fast fin bred klog kvik ren tryg stille brav munter sikker
    rolig smuk vis hurtig stolt varm mild lys dyb""")
)
#: what is done to a person, before the person as its object ("pt kaldte rask en løgner", "har
#: slået rask i armen"; not "takkede glad for hjælpen": how one thanked)
_DONE_TO_A_PERSON = frozenset(
    fold(w)
    for w in _words("""kaldte kalder kaldt slog slår slået sparkede sparker sparket bed bider bidt
    set ser ramte ramt skubbede skubbet truede truer truet mødte møder mødt krammede krammet
    savner savnede""")
)
#: prepositions after which an adjective alone is a person ("vred på flink", "lånt af flink";
#: not "for": "for glad" is too glad)
_PREPOSITIONS_BEFORE_A_PERSON = frozenset(
    fold(w)
    for w in _words("""med m på af til fra hos efter ved om mod uden end overfor blandt mellem
    sammen""")
)
#: Words ending in "-dt" that are not participles: "Hans lidt forhøjede BT", "Hans godt ..."
_NOT_PARTICIPLES: frozenset[str] = frozenset(
    fold(w) for w in _words("godt rødt sødt dødt bredt fladt hårdt blødt vådt lidt midt tidt vidt")
)


# Signature markers, found by the automaton together with the names.  After a STRONG marker
# any initials count ("Mvh mlh"); after a COLON marker only with a colon ("Bruger: mlh");
# after a WEAK marker (a title, "v.", "ved", "af") only initials in CAPITALS ("v. MLH").
_STRONG, _COLON, _WEAK = 1, 2, 3
#: the labels of a user name ("Bruger: sol"): after the other COLON markers only initials in
#: CAPITALS ("Godkendt: RH", not "udført: bad")
_USER_LABELS: frozenset[str] = frozenset(_words("bruger brugernavn brugerid user login log"))
# Where a name is certain (any case, one typo): a list to the end of the line after LIST (with a
# colon: "Referent: ..."), up to three words after NEXT ("talt med ...", "v. ...").
_LIST, _NEXT = 4, 5
_MARKER_WORDS: dict[str, int] = {
    **dict.fromkeys(
        _words(
            """mvh m.v.h hilsen hilsner kh vh sign signeret signatur dikt dikteret diktat init
            initialer kontrasigneret kontrasign"""
        ),
        _STRONG,
    ),
    **dict.fromkeys(
        [
            "med venlig hilsen",
            "venlig hilsen",
            "skrevet af",
            "udført af",
            "journalført af",
            "godkendt af",
            "set af",
            "dikteret af",
            "signeret af",
            # who did it: "kontrolleret af KOL", "dispenseret af MLH"
            "kontrolleret af",
            "dispenseret af",
            "udleveret af",
            "givet af",
            "besluttet af",
            "anlagt af",
            "taget af",
            "oprettet af",
            "ændret af",
            "registreret af",
            "bestilt af",
            "seponeret af",
            "attesteret af",
            "udfyldt af",
            # who changed, sent or handled it, as a record or a letter says: "Svangrejournal
            # opdateret af mast", "booket af ligr", "Afgjort af: Tage Dam"
            "opdateret af",
            "rettet af",
            "redigeret af",
            "tilføjet af",
            "booket af",
            "aflyst af",
            "afsendt af",
            "behandlet af",
            "visiteret af",
            "afgjort af",
            "underskrevet af",
            "besvaret af",
            "modtaget af",
            "effektueret af",
            # the recipient of a copy is a person: "Kopi til crp" (a user name), also without ":"
            "kopi til",
        ],
        _STRONG,
    ),
    **dict.fromkeys(_USER_LABELS, _COLON),
    # who did it, as a field of a chart or a report: "Godkendt: RH 04.05", "Ordineret: PS."
    **dict.fromkeys(
        _words("""ordineret godkendt modtaget effektueret kontrolleret dispenseret udført
        besvaret vidimeret attesteret indtastet"""),
        _COLON,
    ),
    # a list of people follows, to the end of the line ("Deltagere: spl. holm, mette")
    **dict.fromkeys(
        [
            *_words("""referent deltagere deltager tilstede fremmødte afsender modtager
            modtagere behandler behandlere kontaktperson kontaktpersoner cc ansvarlig"""),
            "til stede",
            "ansvarlig læge",
            "ansvarlig sygeplejerske",
            # who was there, in a home-care or ward note ("Deltog: mette, jens", "Mødt ind: bo")
            *_words("deltog personale fremmødt vagtplan afbud ordstyrer mødeleder fraværende"),
            "mødt ind",
            # who helps today, in a home-care note ("hjælper i dag: sky", "Medarbejder: kok")
            *_words("hjælper hjælpere medarbejder medarbejdere"),
            # who is away, who is where, who to call: "ferie juli: bo, sol", "morgenmøde: ben
            # fri, sol syg", "telefonliste: lykke 2211", "bil 4: pil"
            *_words("ferie fravær morgenmøde telefonliste bil"),
            # who is on duty: "Vagtskifte 15:00: MR - LYV", "vagter: fugl, rask"
            *_words("vagter vagtskifte"),
            "på vagt",
            # the minutes' writer shortened, only right before the colon: "Ref.: PL", "Ref: bo"
            "ref",
        ],
        _LIST,
    ),
    # a name follows ("talt med jørgensen", "v. holm")
    **dict.fromkeys(
        [
            "talt med",
            "samtale med",
            "aftalt med",
            "konfereret med",
            "konf med",
            # the same shortened: "Konf. m. AMI: fortsæt DAPT", "aftalt m. bv"
            "konf m",
            "konfereret m",
            "aftalt m",
            # a threat or violence against someone, whom one gets hold of or tells: "trussel
            # mod sejr", "få fat i ward", "sig til alf at ...", "en nattevagt der hedder gry"
            "trussel mod",
            "trusler mod",
            "vold mod",
            "overfald på",
            "få fat i",
            "fik fat i",
            "sig til",
            "sagt til",
            "sagde til",
            # a report, a mail or a call to someone, thanks to someone: "rapport til trane kl
            # 7", "mail til borg om aktindsigt", "tlf til kold 11.20", "tak til alf"
            "rapport til",
            "mail til",
            "brev til",
            "tlf til",
            "tak til",
            # whom a complaint is about: "jeg klager også over tom", "klaget over mørk"
            "klager over",
            "klage over",
            "klaget over",
            "klagede over",
            # an English note's writer: "Notes by ward", "seen by sue"
            "notes by",
            "written by",
            "signed by",
            "reviewed by",
            "approved by",
            "checked by",
            "verified by",
            "reported by",
            "assessed by",
            "examined by",
            "seen by",
            "dictated by",
            "typed by",
            "transcribed by",
            # a call or a chat with someone: "tlf med kold", "chat m/ kold"
            "tlf med",
            "telefon med",
            "telefonsamtale med",
            "chat med",
            "chat m/",
            # the same with "med" cut short ("aftalt m kam at ...", "drøftet m. PS"), and an
            # appointment or training with someone: "træner med ørn 3 x ugentligt"
            *(f"{w} m" for w in ("aftalt", "aftale", "talt", "tlf", "samtale", "drøftet", "konf")),
            "aftale med",
            "træner med",
            "trænet med",
            "træning med",
            # whom one stands in for, passes a message or an excuse to: "vikar for\nglad",
            # "besked videre til pil", "afbud gives til lave"
            "vikar for",
            "afløser for",
            "i stedet for",
            "henvendelse til",
            # with whom one sat, agreed or disagreed: "sad sammen med lave", "aftalt mellem
            # krog og vicevært", "datter er uenig med krog"
            "sammen med",
            "aftalt mellem",
            "uenig med",
            "enig med",
            "besked til",
            "besked videre til",
            "videregivet til",
            "afbud til",
            "afbud gives til",
            "drøftet med",
            # who operated, in an operation list: "08.00 Kim Madsen - operatør IS"
            "operatør",
            "tilset af",
            "vurderet af",
            "henvist af",
            "ordineret af",
            # the source of what follows: "Ifølge tage er BT 130/85" ("ifølge hans notat" stays)
            "ifølge",
            # a telephone call to someone: "Svar ringet til Jakosen kl. 09.10"
            "ringet til",
            "ringede til",
            "ringer til",
            # who helped or visited, for whom: "hjælp af rask", "besøg fra sand", "skrevet af
            # lind på vegne af vang"
            "hjælp af",
            "hjælp fra",
            "besøg af",
            "besøg fra",
            "på vegne af",
            # where the person is, to whom one turns: "aftale hos bro flyttet", "genoptræning
            # hos Ryter", "henvendt sig til bang" (a word after "hos" has an article: "hos
            # lægen"; a profession is no hidden person's name part)
            "hos",
            "henvendt sig til",
            "henvender sig til",
            "henvendte sig til",
            "v",
            # a greeting in a letter or an e-mail: "Hej Sofie", "Kære Mette"
            "hej",
            "kære",
            "hejsa",
            "goddag",
            # a person on duty: "Fast vagt: Leo", "Bagvagt: holm"
            *_words("""vagt dagvagt aftenvagt nattevagt forvagt bagvagt mellemvagt tovholder
            ansvarshavende primærsygeplejerske primærperson"""),
            "fast vagt",
            # a shift handed over: "overlevering til bente", "overtaget af per", "afløst af sten"
            "overlevering til",
            "overleveret til",
            "overdraget til",
            "afleveret til",
            "videregivet til",
            "overlevering fra",
            "overleveret fra",
            # a call, a message, a dictation: "ring tilbage til storm på 2345 6789", "sms til
            # tove:", "diktat fra tove", "afbud fra storm og bæk"
            "ring til",
            "ring tilbage til",
            "ringe til",
            "ringe tilbage til",
            "sms til",
            "besked til",
            "diktat fra",
            "afbud fra",
            # someone asked: "spurgt lund om dosis", "pt spurgte efter bo"
            "spurgt",
            "spurgte efter",
            "spurgt efter",
            "spørger efter",
            # who went with the citizen, helped, was told or talked to: "udgang ledsaget af
            # bo", "med hjælp fra bo", "pt har sagt til lund at", "ville kun tale med tove"
            "ledsaget af",
            "fulgt af",
            "hjælp fra",
            "hjulpet af",
            "assisteret af",
            "besøg af",
            "sagt til",
            "sagde til",
            "siger til",
            "tale med",
            "talte med",
            "snakke med",
            "snakket med",
            "snakkede med",
            # whom the patient threatened, hit or abused: "pt truede per med at slå", "slog ud
            # efter sten", "spyttede på bo" (a person's name follows, not a thing's)
            "truede",
            "truer",
            "truet",
            "slog ud efter",
            "sparkede ud efter",
            "spyttede på",
            "råbte ad",
            "råbte til",
            "accepterer kun",
            # a meeting or a call with someone: "i samråd med skytte", "lavet aftale med kim"
            "samråd med",
            "aftale med",
            "møde med",
            "konsultation med",
            "telefonkonsultation med",
            "overgivet til",
            "giver videre til",
            "givet videre til",
            "videregivet til",
            "overtaget af",
            "afløst af",
            "afløses af",
            "primær sygeplejerske",
            "primær kontaktperson",
            "ansvarlig behandler",
        ],
        _NEXT,
    ),
}
#: Before initials in CAPITALS these also mark a signature ("v. MLH", "af MLH").
_WEAK_MARKERS = frozenset(_words("v ved af"))


#: Clinical abbreviations (and other capitals that are not initials): initials derived from a
#: name never replace them outside a signature ("BT 120/80", "CRP 45", "KOL-patient").
CLINICAL_ABBREVIATIONS: frozenset[str] = frozenset(
    _words("""
    BT CRP EKG KOL CT IV PO HB OK DR MR UL AK PN SC IM TT HR RR SAT GCS BMI AB EEG EMG EPJ FMK
    INR ALAT ASAT LDH TSH PSA KAD DVT LE AMI STEMI NSTEMI AKS ICD PCI CABG KAG TEE TTE UVI
    MRSA ESBL VRE NIV CPAP SVT AF VT VF GFR EGFR NA KA CA MG FE HGB MCV LPK TPK SR EPO OP OR
    ITA AMA PT VAS NRS ADL TOBS EWS DNR HLR ABC ABCDE ISBAR SBAR RCT BS BG HBA CO PEF FEV FVC
    SPO TOKS CPR SKS ATC EPA ECT ADHD OCD PTSD KRAM SOS IVF HIV HPV CMV EBV RS RSV GI PEG
    NG SOP KL PR PN SK AP PA LA ED IC ICU AMK FAM TCI UVB KRU ALS MS PD AD TIA NSAID ACE ARB
    SSRI SNRI TCA MAO INH IU IE MIO ML MMOL DL KG CM MM OBS NB JF MHT EVT EFT BLS PL EL VVS PS
    TB GA RH CTG SF HC BPD FL AC NT PP IUGR SGA LGA APGAR VE FHR TVS
    TV IT PC SMS DSB LVEF RV
    """)
)

#: Words before initials derived from a name that show they stand for a person ("aftalt med MH").
_INITIALS_PRECEDERS: frozenset[str] = frozenset(
    _words("""til fra med hos ved v af kontakt kontakte kontaktet ring ringe ringet spørg spørge
    spurgt informeret orienteret konfereret aftalt talt sammen m jf iflg ifølge konf over""")
)


def _is_word(token: str) -> bool:
    """Is ``token`` a Danish word (in wordfreq's Danish list at all)?"""
    return zipf(token.lower()) > 0


def _is_foreign_word(token: str) -> bool:
    """Is ``token`` a common English or German word ("seek", "dort", "lebe"; Zipf 4.4 or more
    in wordfreq's small lists, read only when a user name needs it)? Records quote both
    languages, and a user name that is such a word is a name only where a user name stands."""
    t = token.lower()
    return any(_read_freq_table(lang, small=True).get(t, 0.0) >= 4.4 for lang in ("en", "de"))


#: Names that are also Danish function words ("hans" his, "per" per, "bo" live): in lower case
#: they are the word even where a name would be likely ("talt med hans kone", "læge per telefon")
_FUNCTION_WORDS: frozenset[str] = frozenset(
    _words("""hans per bo dag kan vil mod over under ved om for af til fra med som den det de
    en et man mand ser sol leo kol alle have gode""")
)
