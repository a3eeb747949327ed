"""Hand-written attack cases for every class of issue 11, run through the CLI and the HTTP API.

Each case is one note. Markup in a case's text:

* ``[[text]]`` or ``[[pid:text]]`` — a mention of a hidden person (default ``blk``); text before a
  ``|`` inside it is a neutral title (``[[spl. |holm]]``): the product may fold it into the label;
* ``{{text}}`` or ``{{class:text}}`` — words that must stay (relatives, the citizen, colleagues,
  clinical abbreviations, ordinary words);
* ``((text))`` — markup (HTML tags, RTF control words): neither a name nor a word to keep.

The attack world is small and separate from the corpus: one lung ward whose staff are hidden from
every citizen ("until": null), a medical ward whose staff are not, one citizen (Hans Skov) with
relatives whose names collide with hidden staff, and an order toward him alone.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from .corpus import TZ
from .drive import Cli, Http, html_text
from .fold import fold
from .score import Tally, ideal, leakcheck_excess, score_text

CPR = "urn:oid:1.2.208.176.1.2"
AD = "https://ad.rsyd.dk/samaccountname"
AUTH = "https://autregweb.sst.dk/autorisations-id"


# --- the attack world --------------------------------------------------------------------------


@dataclass
class P:
    key: str
    given: str
    family: str
    title: str
    org: str
    users: tuple[str, ...] = ()
    auth: str | None = None
    emails: tuple[str, ...] = ()
    other_names: tuple[tuple[str, str, str], ...] = ()  # (use, given, family)
    cpr: str | None = None
    address: tuple[str, str, str] | None = None
    initials: tuple[str, ...] = ()  # the initials the person signs with (for the detector)

    @property
    def id(self) -> str:
        return f"ia-s-{self.key}"

    @property
    def role(self) -> str:
        return f"ia-r-{self.key}"


L2 = "ia-l2"  # hidden from everyone
M1 = "ia-m1"  # not hidden
GP = "ia-gp"  # a clinic named after a hidden doctor
HIDDEN = [
    P(
        "blk",
        "Birgitte Lund",
        "Kjærgaard",
        "Sygeplejerske",
        L2,
        ("RSYD\\blkj",),
        "3KQ7Z",
        ("birgitte.kjaergaard@rsyd.dk",),
        (("maiden", "Birgitte Lund", "Steffensen"), ("nickname", "Gitte", "Kjærgaard")),
        initials=("BLKJ",),
    ),
    P(
        "soho",
        "Søren",
        "Holm",
        "Overlæge",
        L2,
        ("RSYD\\sho",),
        "7PL2M",
        ("soeren.holm@rsyd.dk",),
        cpr="0402715517",
        initials=("SH",),
    ),
    P(
        "avj",
        "Åse",
        "Vang-Jørgensen",
        "Fysioterapeut",
        L2,
        ("avj",),
        None,
        ("aase.vang-joergensen@rsyd.dk",),
    ),
    P("kibo", "Kim", "Bo", "Social- og sundhedsassistent", L2, ("RSYD\\kibo",)),
    P("tast", "Tage", "Sten", "Overlæge", L2, ("RSYD\\tast",), "9XC3V"),
    P("okr", "Oskar", "Kragh", "Læge", L2, ("RSYD\\okr",)),
    P("cth", "Camilla", "Thorsen", "Sygeplejerske", L2, ("RSYD\\cth",)),
    P("bto", "Bente", "Tofte", "Sygeplejerske", L2, ("RSYD\\bto",)),
    P("crp", "Claus Rømer", "Poulsen", "Afdelingslæge", L2, ("RSYD\\crp",)),
    P("ekg", "Erik Kaj", "Gundersen", "Læge", L2, ("RSYD\\ekg",)),
    P("kol", "Karin Ohlsen", "Lind", "Sygeplejerske", L2, ("kol",)),
    P("ive", "Inge", "Vestergaard", "Sygeplejerske", L2, ("RSYD\\iv",)),
    P("pol", "Preben", "Olsen", "Læge", L2, ("RSYD\\po",)),
    P("hbr", "Helene", "Bruun", "Sygeplejerske", L2, ("RSYD\\hb",)),
    P("dra", "Ditte", "Ravn", "Læge", L2, ("RSYD\\dr",)),
    P("leo", "Leo", "Dam", "Sygeplejerske", L2, ("leo",)),
    P("sol", "Solveig", "Ask", "Sygeplejerske", L2, ("sol",)),
    P(
        "josk",
        "Jonna",
        "Skov",
        "Sygeplejerske",
        L2,
        ("RSYD\\josk",),
        cpr="1108794422",
        address=("Lindevej 9", "7100", "Vejle"),
    ),
    P("hvg", "Henrik", "Vig", "Praktiserende læge", GP, ("hvig",), "2ZZ4K"),
]
ORDER_PATIENT_ONLY = P(
    "mlh", "Marie Louise", "Hald", "Klinisk diætist", M1, ("RSYD\\mlha",), initials=("MLHA",)
)
VISIBLE = [
    P("laho", "Lars", "Holm", "Reservelæge", M1, ("RSYD\\laho",)),
    P("anbk", "Anne", "Kjærgaard", "Sygeplejerske", M1, ("RSYD\\anbk",)),
    P("sost", "Søren", "Storm", "Overlæge", M1, ("RSYD\\sost",)),
    P("ssa", "Sanne Sørensen", "Andersen", "Lægesekretær", M1, ("RSYD\\ssa",)),
]
ALL = [*HIDDEN, ORDER_PATIENT_ONLY, *VISIBLE]
BY_KEY = {p.key: p for p in ALL}

CITIZEN = "ia-p-hs"  # Hans Skov
CLEAN = "ia-p-eg"  # Ellen Gram: notes without any hidden person


def resources(anchor: date) -> list[dict[str, Any]]:
    orgs = [
        {"resourceType": "Organization", "id": "ia-reg", "name": "Region Syddanmark"},
        {
            "resourceType": "Organization",
            "id": "ia-sl",
            "name": "Sygehus Lillebælt, Vejle",
            "partOf": {"reference": "Organization/ia-reg"},
        },
        {
            "resourceType": "Organization",
            "id": L2,
            "name": "Lungemedicinsk Afsnit L2",
            "partOf": {"reference": "Organization/ia-sl"},
        },
        {
            "resourceType": "Organization",
            "id": M1,
            "name": "Medicinsk Afsnit M1",
            "partOf": {"reference": "Organization/ia-sl"},
        },
        {"resourceType": "Organization", "id": GP, "name": "Lægeklinikken v/ Henrik Vig"},
        {"resourceType": "Organization", "id": "ia-sys", "name": "EPJ Syd"},
    ]
    out: list[dict[str, Any]] = list(orgs)
    for p in ALL:
        names = [{"use": "official", "family": p.family, "given": p.given.split()}]
        names += [{"use": u, "family": f, "given": g.split()} for u, g, f in p.other_names]
        ids = [{"system": AD, "value": u} for u in p.users]
        if p.auth:
            ids.append({"system": AUTH, "value": p.auth})
        if p.cpr:
            ids.append({"system": CPR, "value": p.cpr})
        pr: dict[str, Any] = {"resourceType": "Practitioner", "id": p.id, "name": names}
        if ids:
            pr["identifier"] = ids
        if p.emails:
            pr["telecom"] = [{"system": "email", "value": e} for e in p.emails]
        if p.address:
            pr["address"] = [
                {"line": [p.address[0]], "postalCode": p.address[1], "city": p.address[2]}
            ]
        out.append(pr)
        out.append(
            {
                "resourceType": "PractitionerRole",
                "id": p.role,
                "practitioner": {"reference": f"Practitioner/{p.id}"},
                "organization": {"reference": f"Organization/{p.org}"},
                "code": [{"text": p.title}],
                "period": {"start": (anchor - timedelta(days=2000)).isoformat()},
            }
        )
    out += [
        {
            "resourceType": "Patient",
            "id": CITIZEN,
            "identifier": [{"system": CPR, "value": "1503524411"}],
            "name": [{"family": "Skov", "given": ["Hans"]}],
            "address": [{"line": ["Lindevej 9"], "postalCode": "7100", "city": "Vejle"}],
            "contact": [
                {"relationship": [{"text": "søn"}], "name": {"family": "Skov", "given": ["Søren"]}}
            ],
        },
        {
            "resourceType": "Patient",
            "id": "ia-p-mn",
            "identifier": [{"system": CPR, "value": "2210884312"}],
            "name": [{"family": "Nowak", "given": ["Maryam"]}],
        },
        {
            "resourceType": "Patient",
            "id": CLEAN,
            "identifier": [{"system": CPR, "value": "0707474218"}],
            "name": [{"family": "Gram", "given": ["Ellen"]}],
        },
        # a citizen who is the hidden overlæge Søren Holm (same CPR), Hans's proxy
        {
            "resourceType": "Patient",
            "id": "ia-p-sh",
            "identifier": [{"system": CPR, "value": "0402715517"}],
            "name": [{"family": "Holm", "given": ["Søren"]}],
        },
    ]
    start = (anchor - timedelta(days=400)).isoformat()
    for pid, org in ((CITIZEN, L2), (CITIZEN, M1), (CITIZEN, GP), (CLEAN, L2)):
        out.append(
            {
                "resourceType": "EpisodeOfCare",
                "id": f"ia-ep-{pid}-{org}",
                "status": "active",
                "patient": {"reference": f"Patient/{pid}"},
                "managingOrganization": {"reference": f"Organization/{org}"},
                "period": {"start": start},
            }
        )
    return out


RELATED = [
    {
        "resourceType": "RelatedPerson",
        "id": "ia-rp-1",
        "patient": {"reference": f"Patient/{CITIZEN}"},
        "relationship": [
            {
                "coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "WIFE"}
                ],
                "text": "hustru",
            }
        ],
        "name": [{"family": "Kjærgaard", "given": ["Birgitte"]}],
    },
]


# --- the cases ---------------------------------------------------------------------------------


@dataclass
class Case:
    cls: str
    text: str  # with markup
    patient: str = CITIZEN
    author: str = "ssa"
    content_type: str = "text/plain; charset=utf-8"
    title: str = "Journalnotat"
    encode: str = "base64"  # or "url" (attachment.url only) / "pdf"
    custodian: str = M1


C = Case
CASES: list[Case] = [
    # -- every name a person has had, every identifier --------------------------------------
    C("alias_maiden", "Aftalt med [[spl. |Steffensen]] i går (tidl. navn)."),
    C("alias_maiden", "Tlf. fra [[Birgitte Steffensen]], L2."),
    C("alias_nickname", "Tlf. fra [[Gitte]] på L2 ang. ilttilskud."),
    C("alias_nickname", "Overlevering fra [[Gitte Kjærgaard]] til nattevagten."),
    C("alias_username_domain", "Ordination ændret af bruger [[RSYD\\blkj]] kl. 14.10."),
    C("alias_username_domain", "Logget ind som [[RSYD\\BLKJ]]."),
    C("alias_username_bare", "Ændret af [[blkj]] (se log)."),
    C("alias_username_bare", "Medicin givet af [[sho]], kontrolleret af {{ssa}}."),
    C("alias_email", "Kopi sendt til [[birgitte.kjaergaard@rsyd.dk]]."),
    C("alias_email", "Mail: [[Birgitte.Kjaergaard@RSYD.DK]]"),
    C("alias_email", "Svar fra <[[soeren.holm@rsyd.dk]]>: ok."),
    C("alias_auth_id", "Recept udstedt på autorisations-id [[3KQ7Z]]."),
    C("initials_learned_username", "Skrevet af [[BLKJ]]."),
    C("initials_learned_username", "Dikt. [[BLKJ]]/{{ssa}} 12.03."),
    C("initials_learned_signoff", "Kostplan lagt af [[mlh:MLHA]], følges op om 14 dage."),
    C("initials_learned_signoff", "Aftalt med [[mlh:MLHA]]/{{ssa}}."),
    C("initials", "Sygeplejerske [[Birgitte Lund Kjærgaard]] ([[BLK]]) har tilset pt."),
    C("initials", "/[[BLK]]"),
    C("initials", "/[[blk]]"),
    C("initials", "Sign.: [[B.L.K.]]"),
    C("initials", "Sign.: [[b.l.k.]]"),
    C("initials", "Dikt. [[BLK]]/{{ssa}} 12.03.2026"),
    C("initials", "Dikt.: [[sh]]/{{ssa}}"),
    C("initials", "Vurderet af [[mlh:ML-H]] i dag."),
    C("initials", "Set af [[mlh:m.l.h.]] på stuegang."),
    C("initials", "Notat ved [[mlh:MLH]], kontrolleret af [[SH]]."),
    C("initials", "Ordineret af [[SH]] ({{ssa}})."),
    # -- canonicalisation tricks -------------------------------------------------------------
    C("nfkc_ligature", "Tidligere [[spl. |Steﬀensen]] (ligatur)."),
    C("nfkc_fullwidth", "Tilset af [[ovl. |Ｈｏｌｍ]]."),
    C("nfkc_math", "Tilset af [[ovl. |𝐇𝐨𝐥𝐦]]."),
    C("nfd", "Fysioterapi v. [[A\u030ase Vang-Jørgensen]]."),
    C("nfd", "Fysioterapi v. [[fys. |Vang-Jo\u0338rgensen]]."),
    C("zero_width", "Tilset af [[spl. |Kjær\u200bgaard]]."),
    C("zero_width", "Tilset af [[spl. |Kjær\u200cgaard]]."),
    C("zero_width", "Tilset af [[spl. |Kjær\u200dgaard]]."),
    C("zero_width", "Tilset af [[spl. |Kjær\u2060gaard]]."),
    C("zero_width", "Tilset af [[spl. |Kjær\ufeffgaard]]."),
    C("zero_width", "Tilset af [[Sø\u200bren Ho\u200blm]]."),
    C("soft_hyphen", "Tilset af [[spl. |Kjær\u00adgaard]]."),
    C("soft_hyphen", "Tilset af [[Bir\u00adgitte Kjær\u00adgaard]]."),
    C("bidi", "Tilset af [[spl. |Kjær\u200egaard]]."),
    C("bidi", "Tilset af [[\u2067Søren Holm\u2069]]."),
    C("bidi", "Tilset af [[\u202aHolm\u202c]]."),
    C("bidi_reversed", "Tilset af [[\u202edraagræjK\u202c]]."),
    C("variation_selector", "Tilset af [[spl. |Kjær\ufe0fgaard]]."),
    C("variation_selector", "Tilset af [[Holm\ufe0e]]."),
    C("tag_chars", "Tilset af [[spl. |Kjær\U000e0067gaard]]."),
    C("tag_chars", "Tilset af [[Ho\U000e006clm]]."),
    C("cyrillic", "Tilset af [[spl. |Kjærgааrd]]."),
    C("cyrillic", "Tilset af [[Ѕøren Holm]]."),
    C("cyrillic", "Tilset af [[ovl. |Hоlm]]."),
    C("cyrillic", "Tilset af [[spl. |Kјærgaard]]."),
    C("greek", "Tilset af [[ovl. |Ηolm]]."),
    C("greek", "Tilset af [[spl. |Kjærgααrd]]."),
    C("dotless_i", "Tilset af [[Bırgitte Kjærgaard]]."),
    C("dotless_i", "Tilset af [[spl. |Bırgıtte]]."),
    C("percent", "Link: https://intra.rsyd.dk/ansat?navn=[[Kj%C3%A6rgaard]]"),
    C("percent", "Kopi til [[birgitte.kjaergaard%40rsyd.dk]]"),
    C("percent", "Se [[S%C3%B8ren%20Holm]]"),
    C("html_entity", "Tilset af [[spl. |Kj&aelig;rgaard]]."),
    C("html_entity", "Tilset af [[spl. |Kj&#230;rgaard]]."),
    C("html_entity", "Tilset af [[spl. |Kj&#xE6;rgaard]]."),
    C("html_entity", "Tilset af [[S&oslash;ren Holm]]."),
    C("digits_glued", "Stuegang [[Holm2]] kl. 9."),
    C("digits_glued", "Vagt: [[2Holm]]"),
    C("digits_glued", "Vagtplan: [[Kjærgaard1]], {{Andersen2}}"),
    C("run_together", "Tak til [[BirgitteKjærgaard]] for hjælpen."),
    C("run_together", "[[#BirgitteKjærgaard]] #L2"),
    C("run_together", "Hilsen [[SørenHolm]]"),
    C("run_together", "cc [[@soerenholm]]"),
    C("run_together", "Mappe: [[søren_holm]]/notater"),
    C("run_together", "Fil fra [[Søren.Holm]]"),
    C("line_break", "Tilset af [[Birgitte\nKjærgaard]] i aftes."),
    C("line_break", "Tilset af [[Søren\r\nHolm]] i aftes."),
    C("line_break", "Tilset af [[Birgitte Lund\nKjærgaard]]."),
    C("hyphen_break", "Tilset af [[spl. |Kjær-\ngaard]] i aftes."),
    C("hyphen_break", "Tilset af [[spl. |Kjær\u00ad\ngaard]] i aftes."),
    C("hyphen_break", "Tilset af [[spl. |Kjær- gaard]] i aftes."),
    C("case", "Tilset af [[SPL. |KJÆRGAARD]]."),
    C("case", "Tilset af [[spl. |kjærgaard]]."),
    C("case", "SÅR TILSET AF [[BIRGITTE LUND KJÆRGAARD]]."),
    C("transliteration", "Tilset af [[spl. |Kjaergaard]]."),
    C("transliteration", "Tilset af [[Soeren Holm]]."),
    C("transliteration", "Fysioterapi v. [[Aase Vang-Joergensen]]."),
    C("transliteration", "Fysioterapi v. [[Vang-Jorgensen]]."),
    # -- certain positions: any case, one typo ----------------------------------------------
    C("certain_lower", "Talt med [[søren holm]]."),
    C("certain_lower", "talt med [[holm]] om planen."),
    C("certain_lower", "/[[spl. |kjærgaard]]"),
    C("certain_lower", "Mvh [[holm]]"),
    C("certain_lower", "mvh [[søren]]"),
    C("certain_lower", "Referent: [[birgitte kjærgaard]]"),
    C(
        "certain_lower",
        "Deltagere: [[ovl. |holm]], [[spl. |kjærgaard]], {{ssa}}, pt. og {{relative:hustru}}.",
    ),
    C("certain_lower", "Plan v. [[holm]]."),
    C("certain_lower", "Dikt.: [[holm]]/{{ssa}}"),
    C("certain_lower", "Sign.: [[kjærgaard]]"),
    C("certain_lower", "/[[holm]]"),
    C("certain_lower", "Hilsen [[gitte]]"),
    C("certain_typo", "Tilset af [[spl. |Kjærgård]]."),
    C("certain_typo", "Tilset af [[spl. |Kjergaard]]."),
    C("certain_typo", "Tilset af [[ovl. |Hollm]]."),
    C("certain_typo", "Talt med [[Sørn Holm]]."),
    C("certain_typo", "Referent: [[Birgite Kjærgaard]]"),
    C("certain_typo", "Mvh [[Brigitte]]"),
    C("certain_typo", "Tilset af [[Overlæge |Holn]]."),
    C("certain_typo", "Talt med [[spl. |Kjærgaaard]]."),
    C("genitive", "[[Holms]] ordination følges."),
    C("genitive", "Ifølge [[Kjærgaards]] notat."),
    C("genitive", "[[Søren Holms]] plan."),
    C("genitive", "[[Vang-Jørgensens]] træningsprogram."),
    C("genitive", "[[BLK's]] vurdering."),
    C("genitive", "[[Holm's]] vurdering."),
    C("hyphen_part", "Træning med [[fys. |Vang]] i dag."),
    C("hyphen_part", "Træning med [[fys. |Jørgensen]] i dag."),
    C("hyphen_part", "Træning med [[Åse Vang]] i dag."),
    C("title_given", "Tilset af [[spl. |Birgitte]]."),
    C("title_given", "Konfereret med [[ovl. |Søren]]."),
    C("family_first", "Ansvarlig: [[Kjærgaard, Birgitte]]."),
    C("family_first", "Ansvarlig: [[Holm, S.]]"),
    C("family_first", "Ansvarlig: [[Kjærgaard B.]]"),
    C("initial_and_name", "Ansvarlig: [[B. Kjærgaard]]."),
    C("initial_and_name", "Ansvarlig: [[S. Holm]]."),
    C("short_family", "Tilset af [[SSA |Bo]] i aftes."),
    C("short_family", "Tilset af [[Kim Bo]]."),
    # -- nothing left next to a label --------------------------------------------------------
    C("leftover", "Tilset af [[Birgitte L. Kjærgaard]]."),
    C("leftover", "Tilset af [[M.L. |mlh:Hald]]."),
    C("leftover", "Tilset af [[mlh:ML Hald]]."),
    C("leftover", "Tilset af [[mlh:Hald ML]]."),
    C("leftover", "Tilset af [[mlh:Marie L. Hald]]."),
    # -- over-hiding: what must stay ------------------------------------------------------------
    C("keep_relative", "Pt.s hustru {{relative:Birgitte Kjærgaard}} deltog i samtalen."),
    C("keep_relative", "Hustruen {{relative:Birgitte}} ringede."),
    C(
        "keep_relative",
        "Sønnen {{relative:Søren}} kom på besøg, {{relative:Søren Skov}} bor i Fredericia.",
    ),
    C("keep_citizen", "{{citizen:Hans Skov}} er orienteret. {{citizen:Hans}} ønsker at tage hjem."),
    C("keep_citizen", "Vedr. {{citizen:Hans Skov}}, Lindevej 9."),
    C(
        "keep_colleague",
        "Visiteret af {{colleague:Lars Holm}}, {{colleague:Anne Kjærgaard}} og {{colleague:Søren Storm}}.",
    ),
    C("keep_colleague", "Konfereret med ovl. {{colleague:Storm}} og rl. {{colleague:Lars Holm}}."),
    C("keep_other_patient", "{{other_patient:Maryam Nowak}} deler stue med pt."),
    C("keep_abbrev", "{{abbrev:BT}} 120/80."),
    C("keep_abbrev", "{{abbrev:CRP}} 45, faldende."),
    C("keep_abbrev", "{{abbrev:EKG}}: sinusrytme."),
    C("keep_abbrev", "Kendt med {{abbrev:KOL}}, GOLD C."),
    C("keep_abbrev", "{{abbrev:CT}} thorax bestilt."),
    C("keep_abbrev", "AB {{abbrev:IV}}, senere {{abbrev:PO}}."),
    C("keep_abbrev", "{{abbrev:HB}} 7,9."),
    C("keep_abbrev", "{{abbrev:OK}} til udskrivelse."),
    C("keep_abbrev", "Ser {{abbrev:DR}} om aftenen."),
    C("keep_word", "{{word:Sten}} i nyren."),
    C("keep_word", "Skal {{word:tage}} blodprøver. {{word:Tage}} hensyn til kosten."),
    C("keep_word", "Ønsker at {{word:bo}} hjemme. {{word:Bo}} alene er ikke muligt."),
    C("keep_word", "Sidder i {{word:sol}} og vind."),
    C("keep_word", "Ude på {{word:holmen}} ved havnen."),
    C("keep_word", "Paracetamol 1 g x 4 {{word:per}} os."),
    C("keep_word", "{{word:Hans}} hustru ringede; {{word:hans}} søn også."),
    C(
        "keep_clean",
        "{{clean:BT 120/80. CRP 45. Sten i nyren. KOL kendt. Tage prøver. Bo hjemme.}}",
        patient=CLEAN,
    ),
    C("keep_clean", "{{clean:EKG: SR. CT thorax. IV og PO. HB 8. OK. DR. Per os.}}", patient=CLEAN),
    # -- markup and content types -------------------------------------------------------------
    C("html", "((<p>))Tilset af [[spl. |Kjærgaard]].((</p>))", content_type="text/html"),
    C(
        "html",
        "((<p>))Tilset af [[spl. |Kjær((<span>))gaard((</span>))]].((</p>))",
        content_type="text/html; charset=utf-8",
    ),
    C("html", "((<div>))Tilset af [[spl. |Kj&aelig;rgaard]]((</div>))", content_type="text/html"),
    C(
        "html",
        "((<p>))Tilset af ((<b>))[[Søren]]((</b>)) ((<i>))[[Holm]]((</i>))((</p>))",
        content_type="TEXT/HTML",
    ),
    C(
        "rtf",
        "(({\\rtf1\\ansi\\deff0 ))Tilset af [[Birgitte Kjærgaard]]((\\par}))",
        content_type="text/rtf",
    ),
    C(
        "rtf",
        "(({\\rtf1\\ansi ))Tilset af [[ovl. |S((\\'f8))ren Holm]]((\\par}))",
        content_type="application/rtf",
    ),
    C(
        "markdown",
        "Tilset af **[[Birgitte Kjærgaard]]** og _[[Søren Holm]]_.",
        content_type="text/markdown",
    ),
    C(
        "xml",
        "((<note><author>))[[Søren Holm]]((</author><text>))Tilset.((</text></note>))",
        content_type="application/xml",
    ),
    C("xml", "((<note><![CDATA[))Tilset af [[Søren Holm]]((]]></note>))", content_type="text/xml"),
    C(
        "content_type_case",
        "Tilset af [[spl. |Kjærgaard]].",
        content_type="TEXT/PLAIN; CHARSET=UTF-8",
    ),
    C("unreadable_url", "", encode="url", title="Scannet dokument"),
    C(
        "unreadable_pdf",
        "",
        encode="pdf",
        content_type="application/pdf",
        title="Udskrivningsbrev (PDF)",
    ),
    # -- author fields, titles, organisations -----------------------------------------------
    C("author_field", "Sårpleje udført.", author="blk"),
    C("author_field", "Diætplan lagt. /[[mlh:MLHA]]", author="mlh"),
    C("author_field", "Kostregistrering gennemgået. /[[mlh:MLHA]]", author="mlh"),
    C("author_field", "Vægt 71,2 kg. /[[mlh:MLHA]]", author="mlh"),
    C("title_field", "Notat uden navne.", title="Telefonnotat, talt med Søren Holm"),
    C("org_name", "Kontrol hos egen læge.", author="hvg", custodian=GP),
]

_MARK = re.compile(r"\[\[(.*?)\]\]|\{\{(.*?)\}\}|\(\((.*?)\)\)", re.S)


def parse(text: str) -> tuple[str, list[dict[str, Any]]]:
    """The plain text of a case and its spans."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    at = 0
    for m in _MARK.finditer(text):
        lit = text[at : m.start()]
        out.append(lit)
        pos += len(lit)
        at = m.end()
        if m.group(1) is not None:
            inner = m.group(1)
            who = ""
            if re.match(r"^[a-z]+:", inner):
                who, inner = inner.split(":", 1)
            neutral = ""
            if "|" in inner:
                neutral, inner = inner.split("|", 1)
                if re.match(r"^[a-z]+:", inner):
                    who, inner = inner.split(":", 1)
            # nested markup inside a hidden span (HTML in the middle of a name)
            plain, inner_spans = parse(inner)
            s = neutral + plain
            who = who or _whose(plain)
            spans.append(
                {
                    "kind": "staff",
                    "person": BY_KEY[who].id,
                    "start": pos,
                    "name_start": pos + len(neutral),
                    "end": pos + len(s),
                    "form": "",
                    "ident": (),
                    "seq": None,
                    "strict": True,
                }
            )
            for sp in inner_spans:
                sp["start"] += pos + len(neutral)
                sp["end"] += pos + len(neutral)
                sp["name_start"] += pos + len(neutral)
                spans.append(sp)
            out.append(s)
            pos += len(s)
        elif m.group(2) is not None:
            inner = m.group(2)
            cls = "keep"
            if re.match(r"^[a-z_]+:", inner):
                cls, inner = inner.split(":", 1)
            spans.append(
                {
                    "kind": f"keep:{cls}",
                    "person": "",
                    "start": pos,
                    "name_start": pos,
                    "end": pos + len(inner),
                    "form": cls,
                    "ident": (),
                }
            )
            out.append(inner)
            pos += len(inner)
        else:
            inner = m.group(3)
            spans.append(
                {
                    "kind": "markup",
                    "person": "",
                    "start": pos,
                    "name_start": pos,
                    "end": pos + len(inner),
                    "form": "markup",
                    "ident": (),
                }
            )
            out.append(inner)
            pos += len(inner)
    out.append(text[at:])
    return "".join(out), spans


def _whose(text: str) -> str:
    """The hidden person a mention without an explicit key is about (the most matching words)."""
    from .fold import tokens

    keys = {k for *_, k in tokens(text)}
    best, score = "blk", 0
    for p in [*HIDDEN, ORDER_PATIENT_ONLY]:
        ident = idents_of(p)
        n = sum(1 for k in keys if any(k == i or (len(i) >= 4 and i in k) for i in ident))
        if n > score:
            best, score = p.key, n
    return best


def idents_of(p: P) -> tuple[str, ...]:
    names = [(p.given, p.family)] + [(g, f) for _, g, f in p.other_names]
    out: list[str] = []
    for g, f in names:
        for part in (*g.split(), f, *f.replace("-", " ").split()):
            out += [part, *part.split("-")]
        gi = "".join(x[0] for x in g.replace("-", " ").split())
        fi = "".join(x[0] for x in f.replace("-", " ").split())
        out += [gi + fi, g.split()[0][0] + fi]
    out += [u.split("\\")[-1] for u in p.users] + list(p.initials)
    out += [e.split("@")[0] for e in p.emails]
    if p.auth:
        out.append(p.auth)
    # the same names without æ/ø/å, as e-mail addresses and foreign keyboards write them
    extra = []
    for x in out:
        t = x.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("Æ", "Ae")
        t = t.replace("Ø", "Oe").replace("Å", "Aa")
        extra.append(t)
        extra.append(x.replace("ø", "o").replace("Ø", "O"))
    return tuple(dict.fromkeys(fold(x) for x in [*out, *extra] if len(x) >= 2))


def for_leakcheck(p: P) -> dict[str, Any]:
    return {
        "given": p.given,
        "family": p.family,
        "names": [(g, f) for _, g, f in p.other_names],
        "emails": list(p.emails),
        "usernames": [*p.users, *([p.auth] if p.auth else [])],
        "initials": list(p.initials),
    }


# --- running -----------------------------------------------------------------------------------


@dataclass
class Check:
    cls: str
    ok: bool
    detail: str


@dataclass
class AttackResult:
    tally: Tally
    by_channel: dict[str, Tally]
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        t = self.tally
        return (
            t.total_leaks == 0
            and sum(t.leakcheck.values()) == 0
            and t.kept_pct() >= 99.5
            and all(c.ok for c in self.checks)
        )

    def report(self) -> str:
        t = self.tally
        lines = [
            f"\n== attack cases: {len(CASES)} cases, {t.views} views; {t.total_leaks} of "
            f"{t.total_mentions} hidden mentions leaked; leakcheck {sum(t.leakcheck.values())}; "
            f"{t.kept_pct():.2f} % of words kept",
            f"{'class':34} {'mentions':>9} {'leaked':>7} {'words':>6} {'kept %':>7}",
        ]
        classes = sorted(
            {k.split(":", 1)[1] for k in t.mentions if k.startswith("form:")}
            | {k.split(":", 2)[-1] for k in t.words if k.startswith("word:keep:")}
        )
        for c in classes:
            m, lk = t.mentions[f"form:{c}"], t.leaks[f"form:{c}"]
            w = t.words[f"word:keep:{c}"]
            kp = 100.0 * t.kept[f"word:keep:{c}"] / w if w else float("nan")
            lines.append(f"{c:34} {m:>9} {lk:>7} {w:>6} {kp:>7.1f}")
        w = t.words["word:other"]
        lines.append(
            f"{'(other words)':34} {'':>9} {'':>7} {w:>6} {t.kept_pct('word:other'):>7.1f}"
        )
        if self.checks:
            lines.append("\nchecks (oracles, side doors, content types)")
            for c in self.checks:
                lines.append(f"  [{'ok' if c.ok else 'FAIL'}] {c.cls}: {c.detail}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.tally.as_dict(),
            "by_channel": {k: v.as_dict() for k, v in self.by_channel.items()},
            "checks": [c.__dict__ for c in self.checks],
        }


def documents(
    anchor: date,
) -> tuple[list[dict[str, Any]], dict[str, tuple[Case, str, list[dict[str, Any]]]]]:
    docs: list[dict[str, Any]] = []
    truth: dict[str, tuple[Case, str, list[dict[str, Any]]]] = {}
    for i, case in enumerate(CASES):
        text, spans = parse(case.text)
        for sp in spans:
            if sp["kind"] == "staff":
                sp["form"] = case.cls
                sp["ident"] = idents_of(BY_KEY[_key(sp["person"])])
                if case.cls == "bidi_reversed":
                    sp["ident"] = (*sp["ident"], fold("draagræjK"))
        did = f"ia-doc-{i:03d}"
        when = datetime.combine(anchor - timedelta(days=5, minutes=i), time(10, 0), TZ) - timedelta(
            minutes=i
        )
        att: dict[str, Any] = {"contentType": case.content_type}
        if case.encode == "base64":
            att["data"] = base64.b64encode(text.encode("utf-8")).decode("ascii")
        elif case.encode == "url":
            att = {"contentType": "application/pdf", "url": "https://dokumenter.rsyd.dk/d/48213"}
        elif case.encode == "pdf":
            att["data"] = base64.b64encode(_tiny_pdf()).decode("ascii")
        docs.append(
            {
                "resourceType": "DocumentReference",
                "id": did,
                "status": "current",
                "type": {"text": case.title},
                "subject": {"reference": f"Patient/{case.patient}"},
                "date": when.isoformat(),
                "author": [{"reference": f"PractitionerRole/{BY_KEY[case.author].role}"}],
                "custodian": {"reference": f"Organization/{case.custodian}"},
                "content": [{"attachment": att}],
            }
        )
        truth[did] = (case, text, spans)
    return docs, truth


def _key(staff_id: str) -> str:
    return staff_id.removeprefix("ia-s-")


def _tiny_pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
        b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


ORDERS = [
    {
        "id": "ia-ord-vig",
        "kind": "staff",
        "staff": "ia-s-hvg",
        "until": None,
        "mode": "pseudonym",
        "reason": "harassment",
        "decided_by": "Lægeklinikken",
    },
    {
        "id": "ia-ord-l2",
        "kind": "organization",
        "organization": L2,
        "until": None,
        "mode": "pseudonym",
        "reason": "high-risk department",
        "decided_by": "Ledelsen, Sygehus Lillebælt",
    },
    {
        "id": "ia-ord-hs",
        "kind": "patient",
        "patient": CITIZEN,
        "staff": [ORDER_PATIENT_ONLY.id],
        "until": None,
        "mode": "pseudonym",
        "keep_title": False,
        "reason": "threats",
        "decided_by": "Afsnitsledelsen M1",
    },
]


def hidden_for(patient: str) -> dict[str, str]:
    out = {p.id: "attack" for p in HIDDEN}
    if patient == CITIZEN:
        out[ORDER_PATIENT_ONLY.id] = "attack"
    return out


def _score_doc(
    d: dict[str, Any],
    truth: dict[str, Any],
    tally: Tally,
    label: str,
    persons: list[dict[str, Any]],
) -> None:
    case, text, spans = truth[d["id"]]
    hidden = hidden_for(case.patient)
    # markup is neutral; in strict spans every word left in place is a leak
    work = []
    for sp in spans:
        if sp["kind"] == "markup":
            continue
        work.append(sp)
    out = d.get("text") or ""
    score_text(
        _neutralise(text, spans),
        _neutralise_out(out),
        work,
        hidden,
        {},
        set(),
        tally,
        f"{label} {d['id']} ({case.cls})",
        (),
    )
    # the detector, beyond what a perfect output would show
    actual = (
        f"{d.get('title') or ''}\n{d.get('author') or ''}\n{d.get('organization') or ''}\n{out}"
    )
    author_hidden = BY_KEY[case.author].id in hidden
    perfect_author = "▮" if author_hidden else (d.get("author") or "")
    perfect_org = "▮" if case.cls == "org_name" else (d.get("organization") or "")
    perfect_title = "▮" if case.cls == "title_field" else case.title
    perfect = f"{perfect_title}\n{perfect_author}\n{perfect_org}\n{ideal(text, work, hidden)}"
    n = leakcheck_excess(actual, perfect, persons, tally, f"{label} {d['id']} ({case.cls})")
    if n:
        tally.mentions[f"form:{case.cls}"] += 0  # the class shows in the table
        tally.leaks[f"leakcheck:{case.cls}"] += n


def _neutralise(text: str, spans: list[dict[str, Any]]) -> str:
    """Markup replaced by spaces of the same length (offsets stay), so tags are no words."""
    chars = list(text)
    for sp in spans:
        if sp["kind"] == "markup":
            for i in range(sp["start"], sp["end"]):
                chars[i] = " "
    return "".join(chars)


def _neutralise_out(text: str) -> str:
    """Markup the product failed to strip is reported by a check, not as lost words."""
    return re.sub(r"<[^<>]{1,60}>|\{\\rtf1[^ ]*|\\[a-z]+\d* ?|\\par\}?|\\'[0-9a-f]{2}", " ", text)


def run_all(workdir: Path, *, http: bool = True, db_url: str | None = None) -> AttackResult:
    workdir.mkdir(parents=True, exist_ok=True)
    anchor = date.today()
    cli = Cli(db_url or f"sqlite:///{workdir / 'indsigt.db'}", workdir / "indsigt.key")
    docs, truth = documents(anchor)
    data = workdir / "data"
    data.mkdir(exist_ok=True)

    def nd(name: str, rows: list[dict[str, Any]]) -> Path:
        p = data / name
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        return p

    checks: list[Check] = []
    r = cli.run("init")
    assert r.returncode == 0, r.stderr
    r = cli.run("import", str(nd("world.ndjson", resources(anchor))))
    assert r.returncode == 0, r.stderr
    r = cli.run("import", str(nd("related.ndjson", RELATED)))
    checks.append(
        Check(
            "related_person_import",
            r.returncode == 0,
            "RelatedPerson (contract 1.1) imported"
            if r.returncode == 0
            else r.stderr.strip()[:200],
        )
    )
    r = cli.run("import", str(nd("notes.ndjson", docs)))
    checks.append(
        Check(
            "content_types_import",
            r.returncode == 0,
            "every note imported (HTML, RTF, markdown, XML, URL, PDF)"
            if r.returncode == 0
            else r.stderr.strip()[:300],
        )
    )
    if r.returncode != 0:
        # import what the product takes, one by one, so the rest can still be measured
        for i, d in enumerate(docs):
            cli.run("import", str(nd(f"note-{i:03d}.ndjson", [d])))
    # a note whose source id holds a staff member's name: the import warns
    r = cli.run(
        "import",
        str(
            nd(
                "badid.ndjson",
                [
                    {
                        **docs[0],
                        "id": "notat-soeren.holm-1",
                        "content": [
                            {
                                "attachment": {
                                    "contentType": "text/plain",
                                    "data": base64.b64encode(b"Kontrol.").decode(),
                                }
                            }
                        ],
                    }
                ],
            )
        ),
    )
    warned = (
        re.search(r"soeren\.holm|navn|brugernavn|advarsel", (r.stdout + r.stderr), re.I) is not None
    )
    checks.append(
        Check(
            "source_id_warning",
            r.returncode == 0 and warned,
            f"import of id 'notat-soeren.holm-1' says: {(r.stdout + r.stderr).strip()[:160]!r}",
        )
    )
    logs = _log_entries(anchor)
    r = cli.run("import", str(nd("audit.ndjson", logs[0])), str(_csv(data / "log.csv", logs[1])))
    checks.append(Check("log_import", r.returncode == 0, r.stderr.strip()[:200] or "ok"))
    r = cli.run("orders", "add", "-", stdin=json.dumps(ORDERS, ensure_ascii=False))
    assert r.returncode == 0, r.stderr
    r = cli.run(
        "proxies",
        "add",
        "-",
        stdin=json.dumps(
            {
                "principal": CITIZEN,
                "proxy": "ia-p-sh",
                "scope": ["journal", "log"],
                "from": (anchor - timedelta(days=10)).isoformat(),
            }
        ),
    )
    checks.append(Check("proxy_add", r.returncode == 0, r.stderr.strip()[:200] or "ok"))
    _ = subprocess

    persons = {
        pid: [for_leakcheck(p) for p in ALL if p.id in hidden_for(pid)] for pid in (CITIZEN, CLEAN)
    }
    tallies: dict[str, Tally] = {}
    t = tallies.setdefault("cli", Tally())
    for pid in (CITIZEN, CLEAN):
        r = cli.run("journal", pid, "--json")
        if r.returncode != 0:
            t.problems.append(f"journal {pid}: {r.stderr.strip()[:200]}")
            continue
        doc = json.loads(r.stdout)
        t.views += 1
        for d in doc["documents"]:
            if d["id"] in truth:
                t.docs_shown += 1
                _score_doc(d, truth, t, "cli", persons[pid])
        t.docs_expected += sum(1 for c, *_ in truth.values() if c.patient == pid)
        checks += _doc_checks(doc, truth, "cli")
        if pid == CITIZEN:
            r = cli.run("log", pid, "--entries", "--json")
            if r.returncode == 0:
                checks += _log_checks(json.loads(r.stdout), "cli")
            else:
                checks.append(Check("log_view", False, r.stderr.strip()[:200]))
    checks += _fail_closed(cli, workdir)
    if http:
        _http(cli, truth, tallies, checks, persons)
    total = Tally()
    for tl in tallies.values():
        total.add(tl)
    return AttackResult(total, tallies, checks)


def _doc_checks(doc: dict[str, Any], truth: dict[str, Any], label: str) -> list[Check]:
    out = []
    shown = {d["id"]: d for d in doc["documents"]}
    for did, (case, _text, _spans) in truth.items():
        if case.patient != doc.get("patient"):
            continue
        d = shown.get(did)
        if case.cls in ("html", "rtf", "xml", "markdown"):
            txt = (d or {}).get("text") or ""
            raw = re.search(r"<[a-z/!][^<>]{0,40}>|\{\\rtf|\\par\b|\\'[0-9a-f]{2}|\*\*", txt)
            out.append(
                Check(
                    f"markup_never_shown:{case.cls}",
                    d is not None and raw is None,
                    f"{label} {did}: {txt[:80]!r}" if d else f"{label} {did}: not shown",
                )
            )
        if case.text and not case.cls.startswith("unreadable"):
            txt = ((d or {}).get("text") or "").strip()
            out.append(
                Check(
                    f"note_not_empty:{case.cls}",
                    bool(txt),
                    f"{label} {did} ({case.content_type}): " + ("shown" if txt else "shown empty"),
                )
            )
        if case.cls.startswith("unreadable"):
            txt = ((d or {}).get("text") or "").strip()
            out.append(
                Check(
                    f"says_unreadable:{case.cls}",
                    d is not None and len(txt) > 0,
                    f"{label} {did}: {txt[:80]!r}" if d else f"{label} {did}: not shown",
                )
            )
    missing = [
        did
        for did, (c, *_) in truth.items()
        if c.patient == doc.get("patient") and did not in shown
    ]
    out.append(
        Check(
            "every_note_shown",
            not missing,
            f"{label}: missing {missing[:8]}" if missing else f"{label}: all",
        )
    )
    # keep_title false: the label of the dietitian says nothing of her job, anywhere
    text = json.dumps(doc, ensure_ascii=False)
    if doc.get("patient") == CITIZEN:
        bad = "diætist" in text.lower()
        out.append(
            Check(
                "keep_title_false", not bad, f"{label}: job title {'shown' if bad else 'not shown'}"
            )
        )
    return out


def _log_entries(anchor: date) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    def when(d: int, h: int = 10) -> str:
        return datetime.combine(anchor - timedelta(days=d), time(h, 0), TZ).isoformat()

    def ev(eid: str, who: dict[str, Any], d: int, org: str = L2) -> dict[str, Any]:
        return {
            "resourceType": "AuditEvent",
            "id": eid,
            "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110"},
            "action": "R",
            "recorded": when(d),
            "outcome": "0",
            "agent": [
                {"who": who, "requestor": True},
                {"who": {"reference": f"Organization/{org}"}, "requestor": False},
            ],
            "source": {"observer": {"reference": "Organization/ia-sys", "display": "EPJ Syd"}},
            "entity": [{"what": {"reference": f"Patient/{CITIZEN}"}}],
            "purposeOfEvent": [
                {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                            "code": "TREAT",
                        }
                    ]
                }
            ],
        }

    events = [
        ev("ia-ae-1", {"reference": "PractitionerRole/ia-r-blk"}, 3),
        ev("ia-ae-2", {"reference": "PractitionerRole/ia-r-soho"}, 4),
        # Jonna Skov: hidden, same surname and same address as Hans Skov
        ev("ia-ae-3", {"reference": "PractitionerRole/ia-r-josk"}, 5),
        # an external user whose display name is a hidden person's name
        ev("ia-ae-4", {"identifier": {"value": "ext-4711"}, "display": "Birgitte Kjærgaard"}, 6),
        ev("ia-ae-5", {"reference": "PractitionerRole/ia-r-mlh"}, 2, M1),
    ]
    rows = [
        {
            "regKode": "ia-ml-1",
            "cprNrBorger": "1503524411",
            "bruger": "RSYD\\blkj",
            "orgUsingID": L2,
            "systemName": "EPJ Syd",
            "handling": "Opslag på medicinkort",
            "tidspunkt": when(7),
        },
        # the user is a CPR number (a staff member's): never shown
        {
            "regKode": "ia-ml-2",
            "cprNrBorger": "1503524411",
            "bruger": "1108794422",
            "orgUsingID": L2,
            "systemName": "EPJ Syd",
            "handling": "Læst journalnotat",
            "tidspunkt": when(8),
        },
        # an unknown user with a hidden person's name as display name
        {
            "regKode": "ia-ml-3",
            "cprNrBorger": "1503524411",
            "bruger": "xq77",
            "orgUsingID": L2,
            "systemName": "EPJ Syd",
            "handling": "Læst journalnotat",
            "tidspunkt": when(9),
            "brugerNavn": "Søren Holm",
        },
        # a secretary typing for the hidden overlæge: the responsible person is a name too
        {
            "regKode": "ia-ml-4",
            "cprNrBorger": "1503524411",
            "bruger": "RSYD\\ssa",
            "ansvarlig": "7PL2M",
            "orgUsingID": M1,
            "systemName": "EPJ Syd",
            "handling": "Diktat skrevet",
            "tidspunkt": when(9, 14),
        },
        # an unknown user whose bruger is an unknown CPR number
        {
            "regKode": "ia-ml-5",
            "cprNrBorger": "1503524411",
            "bruger": "0101901234",
            "orgUsingID": L2,
            "systemName": "EPJ Syd",
            "handling": "Læst journalnotat",
            "tidspunkt": when(10),
        },
    ]
    return events, rows


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    from .corpus import _csv as write

    return write(path, rows)


def _log_checks(doc: dict[str, Any], label: str) -> list[Check]:
    out = []
    text = json.dumps(doc, ensure_ascii=False)
    for cpr in ("1108794422", "0101901234", "0402715517"):
        out.append(
            Check(
                "staff_cpr_never_shown",
                cpr not in text,
                f"{label}: CPR {cpr[:6]}-xxxx {'shown' if cpr in text else 'not shown'}",
            )
        )
    entries = {e["id"]: e for e in doc.get("entries") or []}
    e3 = entries.get("ia-ae-3")
    if e3 is not None:
        bad = set(e3.get("flags") or []) & {"same_surname", "same_address", "coworker"}
        out.append(
            Check(
                "relationship_flag_of_hidden_user",
                not bad and "attention" in (e3.get("flags") or []),
                f"{label}: flags of the hidden namesake's access: {e3.get('flags')}",
            )
        )
    e5 = entries.get("ia-ml-5")
    if e5 is not None:
        out.append(
            Check(
                "unknown_user_shown_as_unknown",
                "0101901234" not in json.dumps(e5),
                f"{label}: actor {e5.get('actor')!r}, organisation {e5.get('organization')!r}",
            )
        )
    roles = [
        r.get("title")
        for g in doc.get("groups") or []
        for r in g.get("roles") or []
        if isinstance(r, dict)
    ]
    out.append(
        Check(
            "keep_title_false_groups",
            "Klinisk diætist" not in roles and "diætist" not in text.lower(),
            f"{label}: group roles {sorted(set(filter(None, roles)))}",
        )
    )
    # group ids must not be an unkeyed hash of an id
    import hashlib

    ids = [p.id for p in ALL] + [p.role for p in ALL]
    hashes = {
        hashlib.new(h, x.encode()).hexdigest() for h in ("md5", "sha1", "sha256") for x in ids
    }
    hashes |= {
        hashlib.new(h, f"{CITIZEN}:{x}".encode()).hexdigest()
        for h in ("md5", "sha1", "sha256")
        for x in ids
    }
    guessable = [
        g["id"]
        for g in doc.get("groups") or []
        if any(hx.startswith(str(g["id"]).lstrip("g")[:10]) for hx in hashes)
        and len(str(g["id"])) > 6
    ]
    out.append(
        Check(
            "group_ids_keyed",
            not guessable,
            f"{label}: {len(guessable)} group ids are plain hashes of ids",
        )
    )
    return out


def _fail_closed(cli: Cli, workdir: Path) -> list[Check]:
    """With the pseudonym key unreadable the journal is refused, not shown with names."""
    bad = workdir / "no-key-here"
    bad.mkdir(exist_ok=True)
    broken = Cli(cli.db_url, bad)
    r = broken.run("journal", CITIZEN, "--json")
    leaked = "Birgitte Lund Kjærgaard" in r.stdout or "Søren Holm" in r.stdout
    return [
        Check(
            "fail_closed_key",
            not leaked,
            f"pseudonym key unreadable: status {r.returncode}, names in output: {leaked}",
        )
    ]


def _http(
    cli: Cli,
    truth: dict[str, Any],
    tallies: dict[str, Tally],
    checks: list[Check],
    persons: dict[str, list[dict[str, Any]]],
) -> None:
    t = tallies.setdefault("api", Tally())
    with Http(cli) as http:
        c = http.client(f"patient:{CITIZEN}")
        r = c.get("/api/me/journal")
        if r.status_code == 200:
            doc = r.json()
            t.views += 1
            for d in doc["documents"]:
                if d["id"] in truth:
                    t.docs_shown += 1
                    _score_doc(d, truth, t, "api", persons[CITIZEN])
            t.docs_expected += sum(1 for cs, *_ in truth.values() if cs.patient == CITIZEN)
            checks.extend(_doc_checks(doc, truth, "api"))
            visible = [
                " ".join(str(d.get(k) or "") for k in ("text", "title", "author", "organization"))
                for d in doc["documents"]
            ]
        else:
            t.problems.append(f"api journal {r.status_code}")
            visible = []
        r = c.get("/api/me/log", params={"entries": "true"})
        if r.status_code == 200:
            checks.extend(_log_checks(r.json(), "api"))
            leakcheck_excess(
                json.dumps(r.json(), ensure_ascii=False),
                "",
                persons[CITIZEN],
                t,
                "api log",
                allow=("Hans Skov",),
            )
        # the citizen's own words come back to them verbatim, never through the matcher
        words = "Jeg tror det var Søren Holm og Birgitte Kjærgaard, måske Maryam Nowak. /BLK"
        groups = (r.json().get("groups") or [{}]) if r.status_code == 200 else [{}]
        body = {"group": groups[0].get("id"), "text": words}
        rr = c.post(f"/api/citizens/{CITIZEN}/reports", json=body)
        if rr.status_code in (200, 201):
            rid = rr.json()["report"]["id"]
            back = c.get(f"/api/citizens/{CITIZEN}/reports/{rid}").json()["report"].get("text")
            checks.append(
                Check("oracle_own_report_verbatim", back == words, f"came back as {back!r}")
            )
            page = html_text(c.get("/sager").text)
            checks.append(
                Check(
                    "oracle_own_report_verbatim_web",
                    "Jeg tror det var Søren Holm" in page,
                    "the web case list shows the citizen's own words"
                    if "Jeg tror det var Søren Holm" in page
                    else "the citizen's own words are altered on /sager",
                )
            )
        else:
            checks.append(
                Check(
                    "oracle_own_report_verbatim",
                    False,
                    f"report not filed: {rr.status_code} {rr.text[:120]}",
                )
            )
        label = next(
            (d.get("author") for d in (r.json() if False else {}).get("documents", [])), None
        )
        _ = label
        jr = c.get("/api/me/journal").json()
        lab = next(
            (
                d["author"]
                for d in jr.get("documents", [])
                if d["id"] in truth
                and truth[d["id"]][0].cls == "author_field"
                and truth[d["id"]][0].author == "blk"
            ),
            None,
        )
        if lab:
            nr = c.post(
                f"/api/citizens/{CITIZEN}/name-requests",
                json={"label": lab, "text": "Er det Birgitte Kjærgaard? Hun hedder vist Gitte."},
            )
            if nr.status_code in (200, 201):
                back = nr.json()["request"]
                lst = c.get(f"/api/citizens/{CITIZEN}/name-requests").json()
                mine = [q for q in lst.get("requests", []) if q.get("id") == back.get("id")]
                txt = json.dumps(mine, ensure_ascii=False)
                verbatim = "Er det Birgitte Kjærgaard? Hun hedder vist Gitte." in txt
                altered = "Er det " in txt and not verbatim
                checks.append(
                    Check(
                        "oracle_own_name_request_verbatim",
                        not altered,
                        "verbatim"
                        if verbatim
                        else (
                            f"altered: {txt[:160]!r}" if altered else "the text is not shown back"
                        ),
                    )
                )
                # an auditor refuses and names the person: the citizen sees it protected
                cli.run("users", "add", "ia-rev", "--role", "auditor", "--name", "Revisor Rasmus")
                a = http.client("user:ia-rev")
                dr = a.post(
                    f"/api/auditor/name-requests/{back['id']}/decision",
                    json={"grant": False, "reason": "Navnet på Birgitte Kjærgaard udleveres ikke."},
                )
                lst = c.get(f"/api/citizens/{CITIZEN}/name-requests").json()
                # only what staff wrote: the citizen's own question comes back verbatim (above)
                txt = json.dumps(
                    [q.get("reason") for q in lst.get("requests", [])], ensure_ascii=False
                )
                checks.append(
                    Check(
                        "staff_text_to_citizen_protected",
                        dr.status_code == 200 and "Kjærgaard" not in txt,
                        f"decision {dr.status_code}; citizen sees: {txt[txt.find('reason') :][:120]!r}",
                    )
                )
                a.close()
            else:
                checks.append(
                    Check(
                        "oracle_own_name_request_verbatim",
                        False,
                        f"{nr.status_code} {nr.text[:120]}",
                    )
                )
        # the journal search runs on what the citizen sees
        for q in ("Kjærgaard", "Holm", "Steffensen", "blkj", "Gitte"):
            page = html_text(c.get("/journal", params={"q": q}).text)
            m = re.search(r"(\d+)\s+notat(?:er)?\s+passer", page)
            found = int(m.group(1)) if m else -1
            expect = sum(1 for v in visible if q.casefold() in v.casefold())
            checks.append(
                Check(
                    "oracle_search",
                    0 <= found <= expect,
                    f"search {q!r}: {found} notes found, {expect} show the word",
                )
            )
        # pages and exports, read as a browser shows them
        for path in ("/journal", "/log", "/log/eksport.csv", "/fuldmagter", "/"):
            rr = c.get(path)
            body = rr.content.decode("utf-8-sig") if path.endswith(".csv") else html_text(rr.text)
            ideal_page = (
                "\n".join(
                    ideal(text, spans, hidden_for(CITIZEN))
                    for cs, text, spans in truth.values()
                    if cs.patient == CITIZEN
                )
                if path == "/journal"
                else ""
            )
            n = leakcheck_excess(
                body, ideal_page, persons[CITIZEN], t, f"web {path}", allow=("Hans Skov",)
            )
            checks.append(
                Check(
                    f"web_page_leaks:{path}",
                    n == 0,
                    f"{n} leakcheck findings beyond a perfect page"
                    + (
                        f": {[e for ex in t.leakcheck_examples.values() for e in ex if e.startswith(f'web {path}:')]}"
                        if n
                        else ""
                    ),
                )
            )
        c.close()
