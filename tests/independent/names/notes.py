"""Danish note templates of the independent corpus and the engine that fills them.

A template is Danish text with placeholders:

* ``{ROLE:FORM}`` a staff member: ROLE is ``au`` (the author), ``dr``/``dr2`` (doctors of the
  organisation), ``ns``/``ns2`` (nurses, assistants, therapists), ``sec`` (a secretary), ``x``/``y``
  (anyone there), ``fx`` (someone of the forensic department), ``ext`` (someone of another place
  that treats the citizen), ``gp`` (a general practitioner), ``hc`` (home care); FORM is a form of
  :mod:`forms` or a group: ``ref`` (running text), ``cert`` (a certain position: after a label or
  a title), ``sig`` (the author's own sign-off), ``gen`` (genitive), ``mail``, ``user``, ``ini``;
* ``{pt:g|full|fl|t|gen}`` the citizen, ``{rel:rg|rf|g|f}`` a relative (with the relationship
  word for ``rg``/``rf``), ``{nb:f|g}`` another citizen (a neighbour);
* ``{d}`` the date, ``{kl}`` a time, ``{fill}`` a sentence of ordinary clinical prose (which is
  full of words that are also names: *sten*, *hans*, *per*, *rask*, *høj*, *gram*, KOL, BT, CRP);
* ``<<a|b|c>>`` one of the alternatives.

A line whose placeholder cannot be filled (no relative, no neighbour) is left out.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import forms as F
from .fold import fold
from .people import ORG, Citizen, Staff

ORG_KIND = {
    "ix-ouh-b": "ward",
    "ix-ouh-m": "ward",
    "ix-shs-med": "ward",
    "ix-ouh-fam": "fam",
    "ix-ouh-kba": "service",
    "ix-ouh-rad": "service",
    "ix-rets-r1": "forensic",
    "ix-rets-r3": "forensic",
    "ix-rets-amb": "forensic",
    "ix-svb-hjp": "homecare",
    "ix-svb-hss": "homecare",
    "ix-fmk-hjp": "homecare",
    "ix-fmk-akut": "homecare",
    "ix-gp-troense": "gp",
    "ix-gp-ringe": "gp",
    "ix-gp-aab": "gp",
}
DOCTORS = {"Overlæge", "Afdelingslæge", "Reservelæge", "Læge", "Praktiserende læge"}
NURSES = {
    "Sygeplejerske",
    "Afdelingssygeplejerske",
    "Hjemmesygeplejerske",
    "Social- og sundhedsassistent",
    "Social- og sundhedshjælper",
    "Miljøterapeut",
    "Fysioterapeut",
    "Visitator",
}
SECRETARIES = {"Lægesekretær"}
SERVICE = {"Bioanalytiker", "Radiograf"}


@dataclass(frozen=True)
class Template:
    key: str
    kinds: tuple[str, ...]
    author: str  # dr | ns | any | sec | svc | psy
    title: str
    body: str


T = Template
TEMPLATES: tuple[Template, ...] = (
    # ---------------------------------------------------------------- hospital wards
    T(
        "stuegang",
        ("ward",),
        "dr",
        "<<Stuegangsnotat|Lægenotat|Journalnotat, læge>>",
        "Stuegang {d} v. {au:cert}.\n"
        "S: {pt:g} har haft en <<rolig|urolig|god>> nat<<, men klager over let åndenød| og spørger til udskrivelse|>>.\n"
        "O: BT 138/82, P 76, T 37,4, SAT 95 % på 2 l ilt. <<Let knitren basalt bilat.|St.p. ua.|Ødemer på underbenene.>>\n"
        "Parakliniske: CRP 48 (fra 112), Hb 7,9, EKG uændret. {fill}\n"
        "A: Bedring under AB IV.\n"
        "P: Overgang til PO AB i morgen. Plan konfereret med {dr:cert}.\n"
        "{au:sig}",
    ),
    T(
        "sygepleje",
        ("ward",),
        "ns",
        "<<Sygeplejenotat|Sygeplejenotat, aftenvagt|Plejenotat>>",
        "<<Aftenvagt|Nattevagt|Dagvagt>>. {pt:g} klager over smerter VAS <<4|6|7>>, fået paracetamol 1 g PO {kl}.\n"
        "Mobiliseret til stol med hjælp fra {ns2:ref}. {fill}\n"
        "{rel:rg} på besøg, informeret om planen af {dr:ref}.\n"
        "/{au:sig_title_lower}",
    ),
    T(
        "sygepleje2",
        ("ward",),
        "ns",
        "Sygeplejenotat",
        "Har sovet det meste af natten. Tilset {kl} af {ns2:abbr_family}, der fandt pt. <<vågen|sovende|urolig>>.\n"
        "{fill} {fill}\nOverlevering til dagvagt ({ns:given} og {x:given}).\n{au:sig}",
    ),
    T(
        "epikrise",
        ("ward",),
        "dr",
        "<<Epikrise|Udskrivningsbrev>>",
        "Epikrise\n\nKære {gp:title_first_last}\n\nDin patient {pt:full} er udskrevet {d} fra {org}.\n"
        "Indlagt med <<KOL-eksacerbation|pneumoni|nyopdaget atrieflimren|NSTEMI|hjertesvigt>>. {fill}\n"
        "Behandlet med AB IV, skiftet til PO dag 3. CRP faldende fra 180 til 24.\n"
        "Kontrol i ambulatoriet om 6 uger ved {dr2:title_family}. {fill}\n\n"
        "Med venlig hilsen\n\n{au:first_last}\n{au:title}\n\nDikt. {au:dikt}/{sec:initials_lower_sig} {d}",
    ),
    T(
        "telefon",
        ("ward", "gp", "homecare"),
        "any",
        "<<Telefonnotat|Tlf.-notat|Telefonkonsultation>>",
        "Tlf. fra {rel:rf}, der spørger til <<udskrivelsen|medicinen|svarene>>.\n"
        "Talt med {dr:cert}, som ringer tilbage i eftermiddag. {fill}\n"
        "<<Talt med|Tlf. til|Ringet til>> {ext:cert} ang. overflytning.\n"
        "{au:sig}",
    ),
    T(
        "konference",
        ("ward", "forensic"),
        "sec",
        "<<Tværfaglig konference|Behandlingskonference|Udskrivningskonference>>",
        "Tværfaglig konference {d}\n\nDeltagere: {dr:cert}, {ns:cert}, {x:cert}, {pt:g} og {rel:rg}.\n"
        "Referent: {au:cert}\n\n"
        "1. Status: {fill}\n2. Plan: {fill} Udskrivning planlægges <<til fredag|i næste uge|når BT er stabilt>>.\n"
        "3. Opfølgning: {dr2:abbr_family} kontakter egen læge.\n",
    ),
    T(
        "mail",
        ("ward", "forensic", "homecare"),
        "any",
        "<<Korrespondance|Kopi af e-mail|Intern korrespondance>>",
        "Fra: {au:first_last} <{au:email}>\nSendt: {d} {kl}\nTil: {x:email}\nCc: {y:email}\n"
        "Emne: Vedr. {pt:fl}\n\nHej {x:given}\n\n"
        "Kan du kigge på medicinlisten inden konferencen? {fill}\n\n"
        "Mvh\n{au:given}\n",
    ),
    T(
        "medicin",
        ("ward", "forensic"),
        "ns",
        "Medicinnotat",
        "Medicin dispenseret af {au:title_family} {kl}, kontrolleret af {x:ini}.\n"
        "Kendt med KOL og DM2. {fill}\nOrdination ændret af {dr:ref} ({dr:initials_paren}).\n{au:sig}",
    ),
    T(
        "fys",
        ("ward",),
        "ns",
        "Fysioterapinotat",
        "Gangtræning med rollator, 2 x 40 m. {fill}\nAftalt med {ns2:ref}, at {pt:g} går til måltider.\n"
        "Fys. {au:first_last}",
    ),
    T(
        "tilsyn",
        ("ward", "fam"),
        "dr",
        "Tilsynsnotat",
        "Tilsyn på anmodning fra {ext:abbr_first_last}, {org}.\n{fill} {fill}\n"
        "Vurdering: <<Ingen akut indikation for intervention.|Bør have CT thorax.|Anbefaler EKG og troponin x 2.>>\n"
        "Sign.: {au:initials_sig}",
    ),
    # ---------------------------------------------------------------- emergency department
    T(
        "fam",
        ("fam",),
        "dr",
        "<<Akutnotat|Modtagenotat FAM|Journal, akutmodtagelse>>",
        "Modtaget i FAM {kl}. Triage <<orange|gul|rød>>.\nVurderet af {au:cert}. Bagvagt orienteret ({dr2:abbr_family}).\n"
        "{fill}\nCT cerebrum uden blødning. BT 164/92, P 102, T 38,6.\n"
        "Pt. oplyser, at <<sønnen|datteren|naboen|ægtefællen>> har kørt ham/hende ind. {fill}\n"
        "Set sammen med {ns:ref}. Overflyttes til sengeafsnit.\n{au:sig}",
    ),
    T(
        "fam_nurse",
        ("fam",),
        "ns",
        "Sygeplejenotat, akutmodtagelse",
        "Ankommet med ambulance {kl}. {fill}\nIV-adgang anlagt af {ns2:title_given}. Blodprøver taget af {x:given}.\n"
        "{au:sig}",
    ),
    # ---------------------------------------------------------------- service departments
    T(
        "rtg",
        ("service",),
        "svc",
        "<<Røntgensvar|Beskrivelse, CT|Svar: billeddiagnostik>>",
        "CT thorax med kontrast.\n<<Ingen lungeemboli.|Infiltrat i ve. underlap.|Lille pleuraeffusion bilat.>>\n"
        "Beskrevet af {dr:title_first_last}. Undersøgelsen udført af {au:first_last}.\n{fill}",
    ),
    T(
        "kba",
        ("service",),
        "svc",
        "Laboratoriesvar",
        "Hb 6,8 mmol/l, CRP 112, leukocytter 14,2. {fill}\nSvar ringet til {ext:cert} {kl} af {au:sig_name}.",
    ),
    # ---------------------------------------------------------------- forensic psychiatry
    T(
        "behandlingsplan",
        ("forensic",),
        "dr",
        "<<Behandlingsplan|Revideret behandlingsplan|Udskrivningsplan>>",
        "Behandlingsplan, retspsykiatrisk afsnit\n\nDeltagere: {au:cert}, {x:cert}, {fx:cert}, kontaktperson {ns:first_last}.\n"
        "Dom til behandling. {fill}\n"
        "Mål: stabil medicinering, <<udgang med ledsager|ustøttet udgang|træning i at bo i egen bolig>>.\n"
        "Risikovurdering (HCR-20) foretaget af {fx:abbr_first_last} og {x:given}.\n"
        "Næste revision: om 3 mdr.\nDikt.: {au:dikt}/{sec:initials_lower_sig}",
    ),
    T(
        "miljoe",
        ("forensic",),
        "ns",
        "<<Miljøterapeutisk notat|Plejenotat, døgn|Observationsnotat>>",
        "<<Dagvagt|Aftenvagt|Nattevagt>>. Patienten har været <<rolig|anspændt|verbalt truende over for personalet>>.\n"
        "Udgang med ledsagelse af {x:title_given}. {fill}\n"
        "Samtale med kontaktperson {ns2:given}. {pt:g} spørger til {rel:rg}.\n"
        "{au:sig}",
    ),
    T(
        "tvang",
        ("forensic",),
        "dr",
        "Tvangsprotokol, notat",
        "Bæltefiksering {kl} besluttet af vagthavende læge {au:cert}.\n"
        "Til stede: {ns:first_last}, {x:first_last}, {y:first_last}.\nFast vagt: {fx:given}.\n"
        "{fill}\nOphørt efter 2 t 15 min. Patientrådgiver underrettet.\n/{au:initials_sig}",
    ),
    T(
        "psyk_samtale",
        ("forensic",),
        "psy",
        "Psykologsamtale",
        "Samtale nr. <<3|4|7|12>>. {fill} {fill}\nTemaer: vrede, netværk, relation til {rel:rg}.\n"
        "Supervision hos {fx:abbr_first_last}.\n{au:sig}",
    ),
    T(
        "amb",
        ("forensic",),
        "dr",
        "Ambulant kontrol, retspsykiatri",
        "Fremmødt til kontrol. Ledsaget af {rel:rg}.\n{fill}\nDepotinjektion givet af {ns:title_family} i ve. glut.\n"
        "Næste tid hos {au:title_family} om 4 uger, evt. ved {dr2:given} ved ferie.\n{au:sig}",
    ),
    T(
        "rets_tlf",
        ("forensic",),
        "ns",
        "Telefonnotat",
        "Tlf. fra {ext:cert}, hjemmeplejen, der ønsker opdatering.\nTalt med {dr:cert} inden.\n{fill}\n{au:sig}",
    ),
    # ---------------------------------------------------------------- municipal home care
    T(
        "besoeg",
        ("homecare",),
        "ns",
        "<<Besøgsnotat|Hjemmepleje, besøg|Dokumentation, besøg>>",
        "Besøg {kl} v. {au:title_given}. Borger sad i stuen<< og havde spist morgenmad| i nattøj|>>.\n"
        "Morgenmedicin givet jf. FMK. {fill}\n{rel:rg} var til stede.\n/{au:initials_lower_sig}",
    ),
    T(
        "hjemmesyg",
        ("homecare",),
        "ns",
        "<<Sygeplejenotat|Hjemmesygepleje|Sårpleje>>",
        "Sårskift på ve. underben. Såret er <<mindre|uændret|lidt rødt i kanten>>. {fill}\n"
        "Aftalt med {hc:cert}, at forbinding skiftes hver 2. dag.\n"
        "Kontakt til e.l. {gp:first_last} ang. <<antibiotika|smertebehandling|blodprøver>>. {fill}\n{au:sig}",
    ),
    T(
        "overlevering",
        ("homecare",),
        "ns",
        "Vagtoverlevering",
        "Aftenvagt: {au:given} overtaget fra {hc:given} ({hc:ini}).\n{fill} {fill}\n"
        "Naboen {nb:f} har ringet og spurgt til {pt:g}.\n"
        "Nattevagten ({x:first_last}) kommer {kl}.",
    ),
    T(
        "statusmoede",
        ("homecare",),
        "any",
        "Statusmøde i hjemmet",
        "Statusmøde i hjemmet {d}.\nDeltagere: borger, {rel:rf}, {x:cert}, {hc:cert}.\n"
        "Referent: {au:cert}\n\n{fill} {fill}\nNy visitation: hjælp til bad 2 x ugentligt.\n",
    ),
    T(
        "akutteam",
        ("homecare",),
        "ns",
        "Akutteam, besøg",
        "Akutteamet tilkaldt af {hc:abbr_first_last} {kl}. BT 92/54, P 118, T 39,2, SAT 89 %.\n"
        "{fill}\nTalt med vagtlæge. Indlægges i FAM. Pårørende ({rel:g}) orienteret.\n"
        "Mvh {au:cert}",
    ),
    T("nexus_kort", ("homecare",), "ns", "Observation", "{fill} {fill}\n/{au:sig_title_lower}"),
    # ---------------------------------------------------------------- general practice
    T(
        "konsultation",
        ("gp",),
        "dr",
        "<<Konsultation|Kons.|Årskontrol>>",
        "Kons. {pt:g} kommer <<med sin hustru|alene|med datteren>>. {fill}\nBT 152/94, vægt 88,4 kg. {fill}\n"
        "Ord.: <<amlodipin 5 mg|metformin 500 mg x 2|pausere NSAID>>. Kontrol om 3 mdr. hos {x:given}.\n"
        "/{au:initials_lower_sig}",
    ),
    T(
        "henvisning",
        ("gp",),
        "dr",
        "Henvisning",
        "Henvisning til {org2}.\nVedr. {pt:full}.\n{fill}\nPt. er tidligere set af {ext:title_first_last}.\n"
        "Mvh {au:title_first_last}, {org}",
    ),
    T(
        "gp_korr",
        ("gp",),
        "any",
        "Korrespondance fra hjemmeplejen",
        'Korrespondance fra {hc:first_last}, {org2}:\n"{fill} Kan lægen se på hendes medicin?"\n'
        "Svar: Ja, kommer forbi torsdag. {au:sig}",
    ),
    T(
        "gp_lab",
        ("gp",),
        "ns",
        "Laboratorie",
        "Blodprøver taget: Hb, CRP, kreatinin, HbA1c. {fill}\nSvar til {dr:given} i morgen.\n{au:sig}",
    ),
)

# Ordinary clinical prose, full of words that are also names (they must all stay).
FILLERS: tuple[str, ...] = (
    "Hans hustru ringede i går og spurgte til hans søvn.",
    "Ønsker at bo hjemme så længe som muligt.",
    "Paracetamol 1 g x 4 per os.",
    "Spiser to gange per døgn.",
    "Påvist sten i nyren ved CT.",
    "Sten i galdeblæren, ikke behandlingskrævende.",
    "Har taget 500 gram på siden sidst.",
    "Er rask og frisk i dag.",
    "Rask igen efter infektionen.",
    "Går tur i skoven hver dag.",
    "Høj feber om natten, T 39,1.",
    "Der var storm i nat, og borger havde ikke sovet.",
    "Sidder gerne i sol på terrassen.",
    "Skal tage blodprøver i morgen.",
    "Held og lykke med flytningen.",
    "Ønsker ikke livsforlængende behandling.",
    "Kontrol i maj.",
    "Har ondt i ryggen efter fald på trappen ved kajen.",
    "Ønsker at have sin datter med til samtalen.",
    "Mark og have passes af sønnen.",
    "Kendt med KOL GOLD C.",
    "KOL-eksacerbation, fået inhalation.",
    "BT 142/86, P 88, CRP 23, Hb 8,1, EKG: SR.",
    "Fået AB IV, skiftet til PO.",
    "CT thorax bestilt.",
    "OK fra patienten til at kontakte PL.",
    "Ser DR hver aften.",
    "Hvid belægning på tungen, tyder på svamp.",
    "Bor i hus ved skov og strand.",
    "Er lidt bange for at falde.",
    "Lang tid siden sidste indlæggelse.",
    "Frost i fingrene, kolde ekstremiteter.",
    "Ask og birk giver allergi om foråret.",
    "Kaj og havn er hans gamle arbejdsplads.",
    "Dal og bakker gør det svært at gå tur.",
    "Drikker en kande kaffe om dagen.",
    "Sengen er hævet, risiko for fald.",
    "Ravnene larmer om morgenen, sover dårligt.",
    "Holmen ved havnen er hans yndlingssted.",
    "Vejrer i sol og vind.",
    "Bruger stok ude, rollator inde.",
    "Ingen tegn på DVT.",
    "MR af columna lumbalis bestilt.",
    "Hb 7,2, får 1 portion SAG.",
    "Væske IV 1 l NaCl over 8 timer.",
    "Per os væske 1,5 l/døgn.",
    "Han har Per og Bo som naboer, de kigger ind dagligt.",
    "Lykke er hendes hunds navn.",
    "Svært at tage tøj på selv.",
    "Liv og glade dage på afsnittet i dag.",
    "Vang og mark ligger bag huset.",
    "Sommer og vinter: samme gåtur.",
    "Storm P.-tegninger på væggen.",
    "Bang for at være alene om natten.",
    "Friis' gang er den sidste på venstre hånd.",
)

_PH = re.compile(r"\{([a-z0-9]+)(?::([a-z_0-9]+))?\}")
_CHOICE = re.compile(r"<<([^<>]*)>>")


@dataclass
class Span:
    """A stretch of a note's text the scorer looks at."""

    start: int
    end: int
    name_start: int  # before it: a neutral title
    kind: str  # staff | citizen | relative | other_patient
    person: str
    form: str
    ident: tuple[str, ...] = ()
    seq: str | None = None
    tags: tuple[str, ...] = ()


@dataclass
class Note:
    id: str
    patient: str
    org: str
    author: str  # staff id
    role: str  # PractitionerRole id of the author
    day: int  # offset from the anchor
    minute: int  # minute of the day
    title: str
    text: str = ""
    spans: list[Span] = field(default_factory=list)
    genre: str = ""


class Writer:
    """Fills templates for one world (staff by organisation, citizens)."""

    def __init__(
        self, staff: list[Staff], citizens: dict[str, Citizen], rng: random.Random, anchor: date
    ):
        self.anchor = anchor
        self.staff = staff
        self.citizens = citizens
        self.rng = rng
        self.sign_style: dict[str, str] = {}
        for s in staff:
            r = random.Random(f"sig-{s.id}")
            if s.sig_learned:
                self.sign_style[s.id] = "initials_sig"
            else:
                self.sign_style[s.id] = r.choices(list(F.SIG_FORMS), list(F.SIG_FORMS.values()))[0]

    # -- people at a place and a time
    def members(self, org: str, day: int) -> list[Staff]:
        out = []
        for s in self.staff:
            for r in s.all_roles():
                if (
                    r.org == org
                    and (r.start is None or r.start <= day)
                    and (r.end is None or day < r.end)
                ):
                    out.append(s)
                    break
        return out

    def _choose(
        self, pool: list[Staff], featured: tuple[str, ...], avoid: set[str]
    ) -> Staff | None:
        cands = [s for s in pool if s.id not in avoid] or pool
        if not cands:
            return None
        w = [5.0 if s.id in featured else 1.0 for s in cands]
        return self.rng.choices(cands, w)[0]

    def _slot(self, slot: str, ctx: dict, note: Note, cit: Citizen) -> Staff | None:
        if slot in ctx:
            return ctx[slot]
        day, org = note.day, note.org
        here = self.members(org, day)
        used = {s.id for s in ctx.values() if isinstance(s, Staff)}
        feat = cit.featured
        if slot in ("dr", "dr2"):
            pool = [s for s in here if s.role_at(day).title in DOCTORS | {"Psykolog"}]
            if not pool:
                pool = [
                    s
                    for o in cit.orgs
                    for s in self.members(o, day)
                    if s.role_at(day).title in DOCTORS
                ]
        elif slot in ("ns", "ns2"):
            pool = [s for s in here if s.role_at(day).title in NURSES]
        elif slot == "sec":
            pool = [s for s in here if s.role_at(day).title in SECRETARIES]
            if not pool:
                pool = [s for s in self.staff if s.role_at(day).title in SECRETARIES]
        elif slot in ("x", "y"):
            pool = here
        elif slot == "fx":
            pool = [
                s for o in ("ix-rets-r1", "ix-rets-r3", "ix-rets-amb") for s in self.members(o, day)
            ]
        elif slot == "ext":
            pool = [s for o in cit.orgs if o != org for s in self.members(o, day)]
        elif slot == "gp":
            gps = [o for o in cit.orgs if ORG_KIND.get(o) == "gp"] or ["ix-gp-troense"]
            pool = [s for o in gps for s in self.members(o, day) if s.role_at(day).title in DOCTORS]
        elif slot == "hc":
            hcs = [o for o in cit.orgs if ORG_KIND.get(o) == "homecare"] or ["ix-svb-hjp"]
            pool = [s for o in hcs for s in self.members(o, day)]
        else:
            raise ValueError(slot)
        pick = self._choose(pool, feat, used)
        if pick is not None:
            ctx[slot] = pick
        return pick

    # -- filling
    def fill(self, tpl: Template, note: Note, cit: Citizen, author: Staff) -> None:
        rng = self.rng
        ctx: dict[str, object] = {"au": author}
        body = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl.body)
        title = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), tpl.title)
        note.title = title
        note.genre = tpl.key
        out: list[str] = []
        spans: list[Span] = []
        pos = 0
        for line in body.split("\n"):
            piece, pspans, ok = self._line(line, note, cit, ctx)
            if not ok:
                continue
            for sp in pspans:
                sp.start += pos
                sp.end += pos
                sp.name_start += pos
            out.append(piece)
            spans += pspans
            pos += len(piece) + 1
        note.text = "\n".join(out).rstrip("\n") + "\n"
        note.spans = spans

    def _line(self, line: str, note: Note, cit: Citizen, ctx: dict) -> tuple[str, list[Span], bool]:
        rng = self.rng
        buf: list[str] = []
        spans: list[Span] = []
        at = 0
        cur = 0
        for m in _PH.finditer(line):
            lit = line[at : m.start()]
            buf.append(lit)
            cur += len(lit)
            at = m.end()
            who, form = m.group(1), m.group(2)
            sentence_start = _sentence_start("".join(buf))
            if who == "d":
                s = (self.anchor + timedelta(days=note.day)).strftime("%d.%m.%Y")
            elif who == "kl":
                s = f"kl. {rng.randrange(6, 23):02d}.{rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}"
            elif who == "org":
                s = ORG[note.org].name
            elif who == "org2":
                s = ORG[rng.choice([o for o in cit.orgs if o != note.org] or [note.org])].name
            elif who == "fill":
                s = rng.choice(FILLERS)
            elif who == "pt":
                s, sp = self._citizen(cit, form or "g", sentence_start)
                sp.start, sp.end, sp.name_start = cur, cur + len(s), cur + (sp.name_start)
                spans.append(sp)
            elif who == "rel":
                if not cit.relatives:
                    return "", [], False
                rel = rng.choice(cit.relatives)
                s, sp = _relative(rel, form or "rg", sentence_start)
                sp.start, sp.end, sp.name_start = cur + sp.start, cur + sp.end, cur + sp.name_start
                spans.append(sp)
            elif who == "nb":
                if not cit.neighbours:
                    return "", [], False
                other = self.citizens[rng.choice(cit.neighbours)]
                s = other.name if form == "f" else other.given.split()[0]
                spans.append(
                    Span(
                        cur,
                        cur + len(s),
                        cur,
                        "other_patient",
                        other.id,
                        form or "f",
                        tuple(fold(x) for x in other.name.split()),
                    )
                )
            else:
                person = self._slot(who, ctx, note, cit)
                if person is None:
                    return "", [], False
                s, sp = self._staff(person, form or "ref", note, sentence_start)
                if sp is not None:
                    sp.start += cur
                    sp.end += cur
                    sp.name_start += cur
                    spans.append(sp)
            buf.append(s)
            cur += len(s)
        buf.append(line[at:])
        return "".join(buf), spans, True

    def _staff(
        self, person: Staff, form: str, note: Note, sentence_start: bool
    ) -> tuple[str, Span | None]:
        rng = self.rng
        day = note.day
        if form == "title":
            return person.role_at(day).title, None
        prefix = ""
        if form == "sig":
            form = self.sign_style[person.id]
            prefix = {
                "initials_sig": "/",
                "initials_lower_sig": "/",
                "sig_title_lower": "/",
                "sig_name": rng.choice(["Mvh ", "Hilsen ", "", "/"]),
                "initials_dotted": "",
            }[form]
        elif form == "ref":
            form = F.pick(rng, F.REF_FORMS, person, day)
        elif form == "cert":
            form = F.pick(rng, F.CERTAIN_FORMS, person, day)
        elif form == "gen":
            form = "genitive"
        elif form == "mail":
            form = "email"
        elif form == "user":
            form = rng.choice(["username", "username_domain"])
        elif form == "ini":
            form = rng.choice(["initials", "initials", "initials_derived", "initials_dotted"])
        elif form == "dikt":
            form = "initials"
        r = F.render(person, form, rng, day=day, sentence_start=sentence_start)
        tags = tuple(sorted(person.tags))
        n = len(prefix)
        sp = Span(
            n, n + len(r.text), n + r.name_start, "staff", person.id, r.form, r.ident, r.seq, tags
        )
        return prefix + r.text, sp

    def _citizen(self, cit: Citizen, form: str, sentence_start: bool) -> tuple[str, Span]:
        given = cit.given.split()[0]
        ident = tuple(fold(x) for x in (*cit.given.split(), cit.family))
        if form == "full":
            s = cit.name
        elif form == "fl":
            s = f"{given} {cit.family}"
        elif form == "t":
            t = "hr." if cit.sex == "m" else "fru"
            t = t.capitalize() if sentence_start else t
            s = f"{t} {cit.family}"
            return s, Span(0, len(s), len(t) + 1, "citizen", cit.id, "title_family", ident)
        elif form == "gen":
            s = given + ("'" if given.endswith("s") else "s")
        else:
            s = given
        return s, Span(0, len(s), 0, "citizen", cit.id, form, ident)


def _relative(rel, form: str, sentence_start: bool) -> tuple[str, Span]:  # type: ignore[no-untyped-def]
    given = rel.given.split()[0]
    name = {
        "rg": given,
        "rf": f"{rel.given} {rel.family}",
        "g": given,
        "f": f"{rel.given} {rel.family}",
    }[form]
    word = rel.relationship
    if form in ("rg", "rf"):
        lead = (word.capitalize() if sentence_start else word) + " "
        s = lead + name
        start = len(lead)
    else:
        s, start = name, 0
    ident = tuple(fold(x) for x in (*rel.given.split(), rel.family))
    return s, Span(
        start, len(s), start, "relative", rel.id, form, ident, None, tuple(sorted(rel.tags))
    )


def _sentence_start(before: str) -> bool:
    b = before.rstrip(" ")
    return not b or b.endswith((".", "!", "?", ":", "\n")) or b.endswith("\n")
