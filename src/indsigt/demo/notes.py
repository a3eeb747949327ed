"""Synthetic Danish clinical note texts with ground-truth staff-name mentions.

``render_note`` builds a short note from sentence templates. Staff are mentioned in the
forms a name matcher has to cope with (full name, title + name, given or family name alone,
genitive, signature initials, e-mail address, user name, ALL CAPS, a name broken over a line,
one part of a double or hyphenated family name). Ordinary Danish words that look like names
("Hans datter", "en tur i skoven", "føler sig rask", "frost", "per dag", "bo hjemme") are mixed
in and are *not* mentions, so precision can be measured as well as recall.

Spans are Python string offsets (Unicode code points) into the returned text and cover the
name part only: in "overlæge Hans Skov" the span is "Hans Skov", in "/MLH" it is "MLH".

Objects passed in are duck-typed:

- patient: ``given`` (list of str), ``family`` (str), ``sex`` ("male" | "female")
- staff (author and others): ``id`` (Practitioner id), ``given`` (list of str), ``family``,
  ``title`` (Danish role title), ``initials``, ``username``, ``email``
"""

from __future__ import annotations

import re
from bisect import bisect
from collections.abc import Callable
from random import Random
from typing import Any

from indsigt.demo.names_data import TITLE_PREFIXES

__all__ = ["MENTION_FORMS", "NOTE_TITLES", "render_note"]

MENTION_FORMS: tuple[str, ...] = (
    "full",
    "title_name",
    "title_given",
    "given",
    "family",
    "family_part",
    "genitive",
    "initials",
    "email",
    "username",
    "caps",
    "linebreak",
)

NOTE_TITLES: dict[str, str] = {
    "homecare": "Hjemmeplejenotat",
    "homecare_nurse": "Sygeplejenotat",
    "gp": "Konsultationsnotat",
    "akut": "Akutnotat",
    "admission": "Indlæggelsesnotat",
    "ward_doctor": "Stuegangsnotat",
    "ward_nurse": "Sygeplejenotat",
    "discharge": "Epikrise",
    "outpatient": "Ambulant notat",
    "birth": "Jordemodernotat",
    "physio": "Genoptræningsnotat",
    "radiology": "Røntgenbeskrivelse",
    "psych": "Samtalenotat",
    "psych_threat": "Journalnotat",
    "forensic": "Retspsykiatrisk journalnotat",
}

# ---------------------------------------------------------------------------------------
# Sentence templates. Placeholders: {P} patient's given name, {pron}/{Pron} han|hun,
# {poss} hans|hendes, {clock} a time "08.15", {title}/{Title} the author's title,
# {A:form} the author, {O:form} one colleague (the same one within a sentence).
# Forms: see MENTION_FORMS, plus "ref" (a random referring form), "gen" (genitive),
# "Title_name" (title + name with a capital letter).
# ---------------------------------------------------------------------------------------

_HOME_OPEN = [
    "Besøg kl. {clock}. {P} var oppe ved ankomst og havde selv fået tøj på.",
    "Morgenbesøg. Hjælp til personlig hygiejne og påklædning.",
    "Aftenbesøg. Hjælp til aftensmad og til at komme i seng.",
    "Besøg med hjælp til bad. Huden på ryggen er let rødmet og smurt med fugtighedscreme.",
    "Frokostbesøg. Smørrebrød anrettet, {P} spiste det hele.",
]
_HOME_NURSE_OPEN = [
    "Sygeplejebesøg kl. {clock}. Sårskift på venstre underben; såret er rent og i bedring.",
    "Sygeplejebesøg. Dosisdispensering for de næste to uger er lagt op efter medicinkortet.",
    "Måling af blodsukker: 9,4 mmol/l. Insulin givet efter ordination.",
    "Opfølgning på tryksår på hælen. Aflastning med hælkile fortsætter.",
]
_HOME_BODY = [
    "Medicin givet fra dosisæsken efter medicinkortet. Ingen bemærkninger.",
    "{Pron} fortæller, at {pron} har sovet dårligt og har ondt i venstre knæ.",
    "Spist havregrød og drukket kaffe. Væskeskemaet er udfyldt.",
    "Køleskabet er tjekket; der mangler mælk og rugbrød. Indkøb er bestilt.",
    "Kompressionsstrømper taget på. Benene er mindre hævede end i går.",
    "Nødkaldet er testet og virker.",
    "Virker mere træt end sædvanligt, men er klar i replikken.",
    "Hjulpet med at skifte sengetøj. Vasketøj er sat over.",
    "Ingen tegn på urinvejsinfektion.",
    "Rollatoren stod i entréen og er flyttet ind i stuen, så den er inden for rækkevidde.",
]
_HOME_OTHERS = [
    "Aftalt med {O:title_given}, at sygeplejen ser på såret i morgen.",
    "Jf. {O:gen} notat fra i går er såret på underbenet i bedring.",
    "Overdraget mundtligt til {O:given}, som har aftenvagten.",
    "{O:full} har bestilt nye inkontinensbind.",
    "Telefonisk kontakt med {O:ref} om blodsukkeret.",
    "Ved spørgsmål kontakt {O:email}.",
    "Opgaven er lagt over til {O:username} i planlægningen.",
    "Besøget blev delt med {O:linebreak}, da der var brug for to til forflytning.",
    "Kontaktperson: {O:caps}.",
    "Spørg {O:family}, hvis nøgleboksen driller.",
    "Forflytning gennemgået med {O:title_name} fra træningen.",
]
_HOME_DECOY = [
    "Gik en tur i skoven med hjælperen, ca. 20 minutter.",
    "Der var frost i nat, og fortovet var glat, så {pron} blev inde.",
    "Drikker ca. 1,5 liter per dag.",
    "Ønsker at bo hjemme så længe som muligt.",
    "Der er varslet storm i aften; vi ringer, hvis besøget bliver forsinket.",
    "Sad ude i solen på terrassen efter frokost.",
    "Hører gerne Bach i radioen om formiddagen.",
    "Kigger på ænderne i den lille dam bag huset.",
    "Har fået sand i skoene efter en tur ved stranden.",
    "Føler sig rask og glad i dag.",
    "Der sad en ravn på altanen, som {pron} fodrede.",
    "Sagde, at det var en lykke, at vejret holdt.",
    "Huset ligger ved en lund af bøgetræer.",
    "Det er en sand fornøjelse at komme her, siger {pron}.",
    "Der er høj musik fra naboen om aftenen.",
    "Vil gerne bo i huset, til {pron} ikke kan mere.",
]
_MALE_DECOY = [
    "Hans datter kommer på besøg i weekenden.",
    "Hans hustru ringede og spurgte til medicinen.",
    "Hans nevø har hentet posten.",
    "Sønnen siger, at hans far spiser for lidt.",
]
_GP_OPEN = [
    "Kons. kl. {clock}. Kommer pga. hoste og feber gennem fire dage.",
    "Kontrol af blodtryk og blodprøver. BT i dag 138/84.",
    "Henvender sig med smerter i lænden efter havearbejde.",
    "Årskontrol for type 2-diabetes. HbA1c 52.",
    "Telefonkonsultation: spørger til bivirkninger ved ny medicin.",
]
_GP_BODY = [
    "St.p.: Ingen fokale fund ved stetoskopi af lungerne. CRP 12.",
    "Vi aftaler at se tiden an og tale sammen igen om en uge ved manglende bedring.",
    "Recept på amoxicillin 500 mg x 3 i 7 dage er sendt til apoteket.",
    "Henvises til fysioterapi. Sygemeldt i 14 dage.",
    "Medicinkortet er gennemgået og afstemt.",
]
_GP_OTHERS = [
    "Blodprøver tages af {O:title_given} i morgen kl. 8.",
    "Svar på prøverne ses af {O:ref}.",
    "Jf. {O:gen} notat ved sidste konsultation er blodtrykket faldet.",
    "Tidsbestilling via {O:email}.",
    "Kontrol hos {O:full} om tre måneder.",
]
_GP_DECOY = [
    "Paracetamol 1 g x 4 per dag ved behov.",
    "Har været på skovtur med børnebørnene og fik et flåtbid.",
    "Cykler 10 km per dag.",
    "Føler sig i øvrigt rask.",
    "Har haft høj feber i to døgn.",
    "Ønsker at bo hjemme og ikke komme på plejehjem.",
]
_HOSP_OPEN = {
    "akut": [
        "Ankommer med ambulance kl. {clock} med brystsmerter siden i morges.",
        "Visiteret som orange. Faldet i hjemmet, kan ikke støtte på højre ben.",
        "Indbragt med åndenød og feber. SAT 89 % uden ilt.",
    ],
    "admission": [
        "Indlægges med forværring af KOL og høj feber.",
        "Indlægges til observation for NSTEMI.",
        "Indlægges med hoftenær fraktur efter fald i hjemmet.",
        "Indlægges med dehydrering og konfusion.",
    ],
    "ward_doctor": [
        "Stuegang. Pt. har sovet godt og er smertedækket.",
        "Stuegang: Fortsat let febril, temp. 38,1.",
        "Stuegang. Mobiliseret til stol, spiser og drikker.",
    ],
    "ward_nurse": [
        "Nattevagt: Pt. har sovet det meste af natten og er tilset hver anden time.",
        "Dagvagt: Hjulpet med bad ved håndvask. Spist halvdelen af frokosten.",
        "Aftenvagt: Pt. urolig i aftentimerne, beroliget og fik en kop te.",
    ],
    "discharge": [
        "Indlagt med pneumoni, behandlet med i.v. antibiotika med god effekt.",
        "Indlagt med atrieflimren, konverteret medicinsk.",
        "Opereret for collum femoris-fraktur; ukompliceret forløb.",
    ],
    "outpatient": [
        "Ambulant kontrol. Pt. har det godt og har ingen brystsmerter.",
        "Ambulant kontrol seks uger efter operationen. Såret er pænt helet.",
        "Første ambulante besøg efter henvisning fra egen læge.",
    ],
    "birth": [
        "Graviditetsbesøg i uge 32. Fosterbevægelser normale, SF-mål følger kurven.",
        "Fødsel: spontan vaginal fødsel kl. {clock}, levende barn, Apgar 10/10.",
    ],
    "physio": [
        "Genoptræning: går 40 meter med rollator, trappetræning er påbegyndt.",
        "Fysioterapi: øvelser for skulderens bevægelighed er gennemgået.",
    ],
    "radiology": [
        "Rtg. af thorax: Ingen infiltrater, normal hjertestørrelse.",
        "CT af cerebrum: Ingen blødning eller infarkt.",
        "Rtg. af højre hofte: Dislokeret collum femoris-fraktur.",
    ],
    "psych": [
        "Samtale kl. {clock}. Pt. beskriver nedtrykthed og søvnbesvær gennem to måneder.",
        "Opfølgende samtale. Stemningslejet er lettere, pt. sover bedre.",
        "Samtale om mestringsstrategier ved angst.",
    ],
    "psych_threat": [
        "Pt. blev under samtalen vred og fremsatte trusler mod personalet.",
        "Truende adfærd i venteværelset; pt. råbte og slog i bordet.",
    ],
    "forensic": [
        "Retspsykiatrisk observation. Pt. er rolig i afsnittet og deltager i aktiviteter.",
        "Dom til behandling. Medicin taget under observation.",
    ],
}
_HOSP_BODY = [
    "Objektivt: BT 142/86, puls 88, temp. 37,4. Stetoskopi af hjerte og lunger u.a.",
    "Plan: EKG, blodprøver og troponin x 2.",
    "Smerter VAS 3 i hvile, 6 ved bevægelse.",
    "Pårørende er orienteret telefonisk.",
    "Blodprøver: Hb 7,9, CRP 45, kreatinin 88.",
    "Ordineret væske i.v. 1 l over 8 timer.",
]
_HOSP_OTHERS = [
    "Konfereret med {O:title_name}, som er enig i planen.",
    "Set af {O:title_name} ved stuegang.",
    "Følger {O:gen} plan fra i går.",
    "Plan lagt sammen med {O:linebreak} efter stuegangen.",
    "Aftalt med {O:given}, at der tages nye blodprøver i morgen tidlig.",
    "{O:family} tager over i aftenvagten.",
    "Kontaktperson i afsnittet: {O:caps}.",
    "Spørgsmål kan rettes til {O:email} eller {O:username}.",
    "Røntgensvar gennemgået med {O:ref}.",
    "Opfølgning ved {O:full} om fire uger.",
    "Se i øvrigt {O:gen} notat.",
    "Drøftet med {O:title_given} fra dagvagten.",
    "Overdraget til {O:ref} ved vagtskifte.",
    "Medicingennemgang udført sammen med {O:title_name}.",
]
_PSYCH_BODY = [
    "Pt. fremtræder velsoigneret, men anspændt.",
    "Ingen psykotiske symptomer og ingen selvmordstanker.",
    "Sover 5-6 timer per nat.",
    "Tager sin medicin som aftalt.",
    "Vi talte om tidlige tegn på forværring og om, hvad pt. selv kan gøre.",
    "Pt. har lavet en ugeplan og fulgt den det meste af tiden.",
    "Der er aftalt en ny samtale om to uger.",
]
_FORENSIC_BODY = [
    *_PSYCH_BODY,
    "Udgang med ledsager i to timer forløb roligt.",
    "Pt. har deltaget i morgenmødet i afsnittet.",
    "Ingen konflikter med medpatienter i dag.",
]
_PSYCH_OTHERS = [
    "Drøftet i teamet med {O:title_name}.",
    "Konfereret med {O:title_name} om medicinen.",
    "Følger {O:gen} behandlingsplan.",
    "{O:full} deltog i samtalen.",
    "Næste samtale er hos {O:title_given}.",
    "Samtalen blev ført sammen med {O:linebreak}, som kender pt. fra tidligere.",
    "Spørgsmål kan rettes til {O:email}.",
    "Kontaktperson: {O:caps}.",
    "{O:family} orienteres om aftalen.",
    "Sagen er lagt over til {O:username} i afsnittets opgaveliste.",
]
_PSYCH_DECOY = [
    "Går en tur i skoven hver dag, hvilket hjælper.",
    "Ønsker at bo hjemme og ikke at blive indlagt.",
    "Drikker 2-3 kopper kaffe per dag.",
    "Lytter til Bach for at falde til ro.",
    "Føler sig ikke rask endnu, men bedre end sidst.",
]
_BIRTH_BODY = [
    "Blodtryk 118/74, ingen ødemer.",
    "Fosterets hjertelyd 140/min.",
    "Har talt om fødselsforberedelse og amning.",
    "Partneren deltog i besøget.",
]
_RADIOLOGY_BODY = [
    "Sammenlignet med forudgående undersøgelse: uændret.",
    "Ingen akutte forandringer.",
    "Anbefaler kontrol om tre måneder.",
]
_HOSP_DECOY = [
    "Paracetamol 1 g x 4 per os.",
    "Tbl. furosemid 40 mg x 1 per dag.",
    "Hvide blodlegemer let forhøjede (leukocytter 11,2).",
    "Pt. ønsker at bo hjemme efter udskrivelsen; hjemmeplejen er orienteret.",
    "Pt. føler sig rask og vil gerne hjem.",
    "Har haft høj feber det seneste døgn.",
    "Pt. gik en tur i parken ved skoven med sin pårørende.",
    "Der var frost på ruderne i morges, og pt. frøs.",
    "Lytter til Bach for at falde til ro.",
]
_THREAT_OTHERS = [
    "Pt. nævnte {O:full} ved navn og sagde, at han ved, hvor vedkommende bor.",
    "Episoden er drøftet med {O:title_name}; der er lavet en sikkerhedsplan.",
    "Truslerne var rettet mod {O:gen} kollega i afsnittet.",
]
_SIG_COMMON = [
    "/{A:initials}",
    "Sign.: {A:initials}",
    "v. {A:initials}",
    "{A:full}, {title}",
    "{A:Title_name}",
    "{A:caps}",
    "Oprettet af {A:username}",
    "Kontakt: {A:email}",
]
_SIG_HOSP = [*_SIG_COMMON, "Dikteret af {A:title_name}"]
_SIG_HOME = [*_SIG_COMMON, "Mvh. {A:given}", "Hilsen {A:given}"]

_KINDS: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    # kind: (openers, bodies, sentences naming colleagues, decoys, signatures)
    "homecare": (_HOME_OPEN, _HOME_BODY, _HOME_OTHERS, _HOME_DECOY, _SIG_HOME),
    "homecare_nurse": (_HOME_NURSE_OPEN, _HOME_BODY, _HOME_OTHERS, _HOME_DECOY, _SIG_HOME),
    "gp": (_GP_OPEN, _GP_BODY, _GP_OTHERS, _GP_DECOY, _SIG_COMMON),
}
for _k, _open in _HOSP_OPEN.items():
    _KINDS[_k] = (_open, _HOSP_BODY, _HOSP_OTHERS, _HOSP_DECOY, _SIG_HOSP)
_KINDS["psych"] = (_HOSP_OPEN["psych"], _PSYCH_BODY, _PSYCH_OTHERS, _PSYCH_DECOY, _SIG_HOSP)
_KINDS["psych_threat"] = (
    _HOSP_OPEN["psych_threat"],
    _PSYCH_BODY,
    _PSYCH_OTHERS + _THREAT_OTHERS,
    _PSYCH_DECOY,
    _SIG_HOSP,
)
_KINDS["forensic"] = (
    _HOSP_OPEN["forensic"],
    _FORENSIC_BODY,
    _PSYCH_OTHERS,
    _PSYCH_DECOY,
    _SIG_HOSP,
)
_KINDS["birth"] = (_HOSP_OPEN["birth"], _BIRTH_BODY, _HOSP_OTHERS, _HOSP_DECOY, _SIG_HOSP)
_KINDS["radiology"] = (_HOSP_OPEN["radiology"], _RADIOLOGY_BODY, _HOSP_OTHERS, [], _SIG_HOSP)

_PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(?::([A-Za-z_]+))?\}")

Token = tuple[str, str]  # ("lit", text) | (placeholder, form)


def _compile(template: str) -> list[Token]:
    out: list[Token] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        if m.start() > pos:
            out.append(("lit", template[pos : m.start()]))
        out.append((m.group(1), m.group(2) or ""))
        pos = m.end()
    if pos < len(template):
        out.append(("lit", template[pos:]))
    return out


_COMPILED: dict[str, tuple[list[list[Token]], ...]] = {
    k: tuple([_compile(t) for t in group] for group in v) for k, v in _KINDS.items()
}
_MALE_DECOY_C = [_compile(t) for t in _MALE_DECOY]
# Only the colleague sentences may name a colleague ({O:...}).
assert not any(
    tok[0] == "O"
    for groups in _COMPILED.values()
    for group in (groups[0], groups[1], groups[3], groups[4])
    for tokens in group
    for tok in tokens
)

_MINUTES = ["00", "05", "10", "15", "20", "30", "40", "45", "50"]
_REF_FORMS = ("full", "title_name", "title_given", "given", "family", "caps", "linebreak")
_REF_CUM = (3.0, 7.0, 9.0, 11.0, 12.5, 13.0, 13.5)


def _genitive(name: str) -> str:
    return name + "'" if name[-1] in "sxzSXZ" else name + "s"


def _family_parts(family: str) -> list[str]:
    return family.replace("-", " ").split()


def _prefix(rnd: Callable[[], float], title: str) -> str:
    options = TITLE_PREFIXES.get(title) or [title.lower()]
    return options[int(rnd() * len(options))]


def _mention(rng: Random, staff: Any, form: str) -> tuple[str, str, str]:
    """Return (text before the name, the name, form name)."""
    given = staff.given
    rnd = rng.random
    if form == "ref":
        form = _REF_FORMS[bisect(_REF_CUM, rnd() * _REF_CUM[-1])]
        if (" " in staff.family or "-" in staff.family) and rnd() < 0.25:
            form = "family_part"
    if form == "full":
        names = given if len(given) > 1 and rnd() < 0.4 else given[:1]
        return "", " ".join([*names, staff.family]), "full"
    if form in ("title_name", "Title_name"):
        pre = staff.title if form == "Title_name" else _prefix(rnd, staff.title)
        return pre + " ", f"{given[0]} {staff.family}", "title_name"
    if form == "title_given":
        return _prefix(rnd, staff.title) + " ", given[0], "title_given"
    if form == "given":
        return "", given[0], "given"
    if form == "family":
        return "", staff.family, "family"
    if form == "family_part":
        parts = _family_parts(staff.family)
        return "", parts[int(rnd() * len(parts))], "family_part"
    if form == "gen":
        r = rnd()
        if r < 0.6:
            return "", _genitive(staff.family), "genitive"
        if r < 0.85:
            return "", _genitive(given[0]), "genitive"
        return _prefix(rnd, staff.title) + " ", _genitive(staff.family), "genitive"
    if form == "caps":
        return "", f"{given[0]} {staff.family}".upper(), "caps"
    if form == "linebreak":
        return "", f"{given[0]}\n{staff.family}", "linebreak"
    if form == "initials":
        return "", staff.initials, "initials"
    if form == "email":
        return "", staff.email, "email"
    if form == "username":
        return "", staff.username, "username"
    raise ValueError(f"unknown mention form {form!r}")


def _render(
    out: list[str],
    spans: list[dict[str, Any]],
    pos: int,
    tokens: list[Token],
    rng: Random,
    patient: Any,
    author: Any,
    other: Any,
    clock: str,
) -> int:
    female = patient.sex == "female"
    for kind, form in tokens:
        if kind == "lit":
            s = form
        elif kind == "A" or kind == "O":
            staff = author if kind == "A" else other
            pre, core, name = _mention(rng, staff, form)
            if pre:
                out.append(pre)
                pos += len(pre)
            out.append(core)
            spans.append({"start": pos, "end": pos + len(core), "staff_id": staff.id, "form": name})
            pos += len(core)
            continue
        elif kind == "P":
            s = patient.given[0]
        elif kind == "pron":
            s = "hun" if female else "han"
        elif kind == "Pron":
            s = "Hun" if female else "Han"
        elif kind == "poss":
            s = "hendes" if female else "hans"
        elif kind == "clock":
            s = clock
        elif kind == "title":
            s = author.title.lower()
        elif kind == "Title":
            s = author.title
        else:
            raise ValueError(f"unknown placeholder {kind!r}")
        out.append(s)
        pos += len(s)
    return pos


def render_note(
    rng: Random,
    patient: Any,
    author: Any,
    others: list[Any],
    *,
    kind: str = "ward_doctor",
) -> tuple[str, list[dict[str, Any]]]:
    """Render one note; return ``(text, spans)``.

    ``spans`` is a list of ``{"start", "end", "staff_id", "form"}`` with ``text[start:end]``
    being the part of the text that names the staff member ``staff_id`` (a Practitioner id).
    ``kind`` is one of ``NOTE_TITLES``; ``others`` are colleagues who may be named.
    """
    openers, bodies, with_others, decoys, sigs = _COMPILED.get(kind, _COMPILED["ward_doctor"])
    rnd = rng.random

    def pick(seq: list[Any]) -> Any:
        return seq[int(rnd() * len(seq))]

    clock = f"{8 + int(rnd() * 8):02d}.{pick(_MINUTES)}"
    # (sort key, tokens, colleague named in the sentence); no sentence twice in a note
    sentences: list[tuple[float, list[Token], Any]] = []
    used: list[list[Token]] = []

    def add(pool: list[list[Token]], other: Any) -> None:
        tokens = pick(pool)
        if all(t is not tokens for t in used):
            used.append(tokens)
            sentences.append((rnd(), tokens, other))

    for _ in range(1 + int(rnd() * 3)):
        add(bodies, None)
    if others:
        for _ in range(1 + (rnd() < 0.6) + (rnd() < 0.25)):
            add(with_others, pick(others))
        if kind == "psych_threat":
            add(with_others[-3:], pick(others))
    male = patient.sex == "male"
    for _ in range((rnd() < 0.7) + (rnd() < 0.3)):
        pool = _MALE_DECOY_C if male and rnd() < 0.35 else decoys
        if pool:
            add(pool, None)
    sentences.sort(key=_first)

    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = _render(out, spans, 0, pick(openers), rng, patient, author, None, clock)
    for _, tokens, other in sentences:
        sep = "\n" if rnd() < 0.2 else " "
        out.append(sep)
        pos = _render(out, spans, pos + 1, tokens, rng, patient, author, other, clock)
    out.append("\n")
    _render(out, spans, pos + 1, pick(sigs), rng, patient, author, None, clock)
    return "".join(out), spans


def _first(item: tuple[float, Any, Any]) -> float:
    return item[0]
