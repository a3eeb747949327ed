"""The independent corpus's world: organisations, staff and citizens of Southern Denmark.

Written for the independent evaluation of staff-name protection (issue 11) by someone who has not
read the matcher's code. Nothing here comes from the project's own demo generator: other regions,
other organisations, other names, other user-name and initials conventions.

All people are synthetic. Times are offsets in days relative to an anchor date ``A`` (the day the
corpus is built for), so that views through the HTTP API (which always show *now*) see the same
orders in force as the CLI views at fixed ``--at`` times.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SOR = "urn:oid:1.2.208.176.1.1"
CPR = "urn:oid:1.2.208.176.1.2"
KOMMUNEKODE = "urn:dk:kommunekode"
AD_REGION = "https://ad.rsyd.dk/samaccountname"
AD_KOMMUNE = "urn:dk:kommune:ad-brugernavn"
AUTH = "https://autregweb.sst.dk/autorisations-id"
LOCAL_USER = "urn:dk:laegepraksis:xmo-bruger"


# --- organisations ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    type: str
    part_of: str | None = None
    sor: str | None = None
    kommune: str | None = None


ORGS: tuple[Org, ...] = (
    Org("ix-rsd", "Region Syddanmark", "region", sor="6620001000001"),
    Org("ix-ouh", "Odense Universitetshospital", "hospital", "ix-rsd", "6620201000001"),
    Org("ix-ouh-b", "Hjertemedicinsk Afdeling B", "department", "ix-ouh", "6620201000101"),
    Org("ix-ouh-m", "Medicinsk Afdeling M", "department", "ix-ouh", "6620201000102"),
    Org("ix-ouh-fam", "Fælles Akutmodtagelse", "department", "ix-ouh", "6620201000103"),
    Org("ix-ouh-kba", "Klinisk Biokemisk Afdeling", "department", "ix-ouh", "6620201000104"),
    Org("ix-ouh-rad", "Radiologisk Afdeling", "department", "ix-ouh", "6620201000105"),
    Org("ix-shs", "Sygehus Sønderjylland", "hospital", "ix-rsd", "6620301000001"),
    Org("ix-shs-med", "Medicinsk Afdeling, Aabenraa", "department", "ix-shs", "6620301000101"),
    Org("ix-psyk", "Psykiatrien i Region Syddanmark", "hospital", "ix-rsd", "6620401000001"),
    Org("ix-rets", "Retspsykiatrisk Afdeling Middelfart", "department", "ix-psyk", "6620401000201"),
    Org(
        "ix-rets-r1", "Afsnit R1, lukket retspsykiatrisk afsnit", "ward", "ix-rets", "6620401000211"
    ),
    Org(
        "ix-rets-r3", "Afsnit R3, åbent retspsykiatrisk afsnit", "ward", "ix-rets", "6620401000213"
    ),
    Org("ix-rets-amb", "Retspsykiatrisk Ambulatorium Odense", "ward", "ix-rets", "6620401000219"),
    Org("ix-svb", "Svendborg Kommune", "municipality", kommune="0479"),
    Org("ix-svb-hjp", "Hjemmeplejen Svendborg Nord", "homecare", "ix-svb"),
    Org("ix-svb-hss", "Hjemmesygeplejen Svendborg", "homecare", "ix-svb"),
    Org("ix-fmk", "Faaborg-Midtfyn Kommune", "municipality", kommune="0430"),
    Org("ix-fmk-hjp", "Hjemmeplejen Ringe", "homecare", "ix-fmk"),
    Org("ix-fmk-akut", "Akutteamet Faaborg-Midtfyn", "homecare", "ix-fmk"),
    Org("ix-gp-troense", "Lægehuset Troense", "gp", sor="6620991000011"),
    Org("ix-gp-ringe", "Ringe Lægecenter", "gp", sor="6620991000012"),
    Org("ix-gp-aab", "Lægeklinikken Nørreport, Aabenraa", "gp", sor="6620991000013"),
    Org("ix-sys-region", "EPJ Syd", "system"),
    Org("ix-sys-kommune", "Omsorgsjournal Nexus", "system"),
)
ORG = {o.id: o for o in ORGS}
FORENSIC = "ix-rets"
FORENSIC_UNITS = ("ix-rets", "ix-rets-r1", "ix-rets-r3", "ix-rets-amb")


def subtree(org_id: str) -> set[str]:
    out = {org_id}
    changed = True
    while changed:
        changed = False
        for o in ORGS:
            if o.part_of in out and o.id not in out:
                out.add(o.id)
                changed = True
    return out


# --- titles ----------------------------------------------------------------------------------

#: role text -> (lower-case title in prose, abbreviations used in notes)
TITLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Overlæge": ("overlæge", ("ovl.", "overlæge")),
    "Afdelingslæge": ("afdelingslæge", ("afdl.", "afd.læge")),
    "Reservelæge": ("reservelæge", ("rl.", "læge")),
    "Læge": ("læge", ("læge", "dr.")),
    "Sygeplejerske": ("sygeplejerske", ("spl.", "sygepl.")),
    "Afdelingssygeplejerske": ("afdelingssygeplejerske", ("afd.spl.", "afdelingsspl.")),
    "Social- og sundhedsassistent": ("social- og sundhedsassistent", ("SSA", "sosu-ass.")),
    "Social- og sundhedshjælper": ("social- og sundhedshjælper", ("SSH", "hjælper")),
    "Psykolog": ("psykolog", ("psykolog", "cand.psych.")),
    "Lægesekretær": ("lægesekretær", ("sekr.", "lægesekr.")),
    "Fysioterapeut": ("fysioterapeut", ("fys.", "fysioterapeut")),
    "Miljøterapeut": ("miljøterapeut", ("miljøterapeut", "mt.")),
    "Praktiserende læge": ("praktiserende læge", ("egen læge", "e.l.")),
    "Hjemmesygeplejerske": ("hjemmesygeplejerske", ("hjsp.", "sygeplejerske")),
    "Visitator": ("visitator", ("visitator",)),
    "Radiograf": ("radiograf", ("radiograf",)),
    "Bioanalytiker": ("bioanalytiker", ("bioanalytiker",)),
}


# --- people ----------------------------------------------------------------------------------


@dataclass
class Name:
    given: tuple[str, ...]
    family: str
    use: str = "official"
    since: int | None = None  # day offset from which notes use this name (None = always)
    until: int | None = None  # day offset until which notes use it

    @property
    def first_last(self) -> str:
        return f"{self.given[0]} {self.family}"

    @property
    def full(self) -> str:
        return " ".join((*self.given, self.family))


@dataclass
class Role:
    id: str
    org: str
    title: str
    start: int | None = None  # day offset (None = no start in the period)
    end: int | None = None
    in_period: bool = True  # write the period into the PractitionerRole


@dataclass
class Staff:
    id: str
    names: list[Name]
    roles: list[Role]
    usernames: list[tuple[str, str]] = field(default_factory=list)  # (system, value)
    auth: str | None = None
    emails: list[str] = field(default_factory=list)
    cpr: str | None = None
    address: tuple[str, str, str] | None = None
    sig: str | None = None  # the initials the person signs with
    sig_learned: bool = False  # the sign-off initials are not derivable from any roster name
    tags: set[str] = field(default_factory=set)
    # the re-import (staff_v2.ndjson): names and roles as a later export has them
    v2_names: list[Name] | None = None
    v2_roles: list[Role] | None = None
    v2_emails: list[str] | None = None

    @property
    def name(self) -> Name:
        return self.names[0]

    def all_names(self) -> list[Name]:
        out = list(self.names)
        for n in self.v2_names or ():
            if all((n.given, n.family) != (m.given, m.family) for m in out):
                out.append(n)
        return out

    def all_roles(self) -> list[Role]:
        out = list(self.roles)
        for r in self.v2_roles or ():
            if all((r.id, r.org) != (q.id, q.org) for q in out):
                out.append(r)
        return out

    def all_emails(self) -> list[str]:
        return list(dict.fromkeys([*self.emails, *(self.v2_emails or ())]))

    def name_at(self, day: int) -> Name:
        """The name the person had on ``day`` (names with a since/until window)."""
        cands = [n for n in self.all_names() if n.use != "nickname"]
        for n in cands:
            if (n.since is None or n.since <= day) and (n.until is None or day < n.until):
                return n
        return cands[0] if cands else self.names[0]

    def old_names_at(self, day: int) -> list[Name]:
        """Names the person no longer had on ``day`` (colleagues keep using them)."""
        return [n for n in self.all_names() if n.until is not None and n.until <= day]

    def role_at(self, day: int) -> Role:
        for r in self.all_roles():
            if (r.start is None or r.start <= day) and (r.end is None or day < r.end):
                return r
        return self.all_roles()[-1]

    def orgs_ever(self) -> set[str]:
        return {r.org for r in self.all_roles()}

    @property
    def title(self) -> str:
        return self.roles[-1].title


def _n(given: str, family: str, use: str = "official", **kw: int | None) -> Name:
    return Name(tuple(given.split()), family, use, **kw)  # type: ignore[arg-type]


def _region_user(u: str) -> list[tuple[str, str]]:
    return [(AD_REGION, "RSYD\\" + u)]


# Key staff: hand-made, each with something the matcher must get right. Tags say what.
KEY_STAFF: tuple[Staff, ...] = (
    # --- the forensic department (organisation order for everyone, "until": null) ---
    Staff(
        "ix-s-ebho",
        [_n("Ebbe", "Holm")],
        [Role("ix-r-ebho", "ix-rets-r1", "Overlæge", -2000)],
        _region_user("ebho"),
        "0D4KP",
        ["ebbe.holm@rsyd.dk"],
        sig="EJH",
        sig_learned=True,
        tags={"forensic", "learned_initials", "word_name"},
    ),
    Staff(
        "ix-s-bosk",
        [_n("Bo", "Skov")],
        [Role("ix-r-bosk", "ix-rets-r1", "Sygeplejerske", -1500)],
        [(AD_REGION, "bosk")],
        "5RT2Q",
        ["bo.skov@rsyd.dk"],
        sig="BOSK",
        tags={"forensic", "word_name", "username_bare"},
    ),
    Staff(
        "ix-s-svkj",
        [_n("Sten Vang", "Kjær")],
        [Role("ix-r-svkj", "ix-rets-r3", "Psykolog", -1200)],
        _region_user("svk"),
        None,
        ["svk@rsyd.dk"],
        sig="SVK",
        tags={"forensic", "word_name", "initials_email"},
    ),
    Staff(
        "ix-s-pest",
        [_n("Per", "Storm")],
        [Role("ix-r-pest", "ix-rets-r1", "Social- og sundhedsassistent", -900)],
        _region_user("pest"),
        "8KL4M",
        [],
        sig="PEST",
        tags={"forensic", "word_name"},
    ),
    Staff(
        "ix-s-kslm",
        [_n("Katrine Sol", "Lund-Madsen"), _n("Trine", "Lund-Madsen", "nickname")],
        [Role("ix-r-kslm", "ix-rets-r1", "Afdelingssygeplejerske", -3000)],
        _region_user("kslm"),
        "2HW9X",
        ["kslm@rsyd.dk"],
        sig="KSLM",
        tags={"forensic", "hyphenated", "nickname", "word_name"},
    ),
    Staff(
        "ix-s-gira",
        [
            _n("Gitte", "Ravn", since=-700),
            _n("Gitte", "Pedersen", "maiden", until=-700),
        ],
        [Role("ix-r-gira", "ix-rets-r3", "Sygeplejerske", -2500)],
        _region_user("gira"),
        "6MN3T",
        ["gitte.ravn@rsyd.dk", "gitte.pedersen@rsyd.dk"],
        sig="GIRA",
        tags={"forensic", "maiden_name"},
    ),
    Staff(
        "ix-s-hhbo",
        [_n("Hans-Henrik", "Bøgh")],
        [Role("ix-r-hhbo", "ix-rets-amb", "Overlæge", -4000)],
        _region_user("hhb"),
        "7PQ2R",
        ["hans-henrik.boegh@rsyd.dk"],
        sig="HHB",
        tags={"forensic", "hyphenated_given", "word_name"},
    ),
    Staff(
        "ix-s-legr",
        [_n("Leo", "Gram")],
        [Role("ix-r-legr", "ix-rets-amb", "Sygeplejerske", -800)],
        [(AD_REGION, "leo")],
        "3CV8B",
        ["leo.gram@rsyd.dk"],
        sig="LEO",
        tags={"forensic", "word_name", "username_word"},
    ),
    Staff(
        "ix-s-kolu",
        [_n("Kirsten Ottesen", "Lund")],
        [Role("ix-r-kolu", "ix-rets-r3", "Psykolog", -1600)],
        [(AD_REGION, "kol")],
        None,
        ["kol@rsyd.dk"],
        sig="KOL",
        tags={"forensic", "abbrev_initials", "username_word"},
    ),
    Staff(
        "ix-s-bith",
        [_n("Birthe", "Thomsen")],
        [Role("ix-r-bith", "ix-rets-r1", "Social- og sundhedsassistent", -1000)],
        _region_user("bith"),
        None,
        [],
        sig="BITH",
        tags={"forensic", "abbrev_initials"},
    ),
    Staff(
        "ix-s-crpe",
        [_n("Carl Rune", "Pedersen")],
        [Role("ix-r-crpe", "ix-rets-r3", "Miljøterapeut", -1100)],
        _region_user("crp"),
        None,
        [],
        sig="CRP",
        tags={"forensic", "abbrev_initials"},
    ),
    Staff(
        "ix-s-ekgr",
        [_n("Eva Kirstine", "Gram")],
        [Role("ix-r-ekgr", "ix-rets-amb", "Lægesekretær", -2200)],
        _region_user("ekg"),
        None,
        [],
        sig="ekg",
        tags={"forensic", "abbrev_initials", "secretary"},
    ),
    Staff(
        "ix-s-chta",
        [_n("Charlotte", "Tange")],
        [Role("ix-r-chta", "ix-rets-r1", "Læge", -400)],
        _region_user("ct"),
        "4ZX7N",
        [],
        sig="CT",
        tags={"forensic", "abbrev_initials"},
    ),
    Staff(
        "ix-s-olkj",
        [_n("Ole", "Kjeldsen")],
        [Role("ix-r-olkj", "ix-rets-r3", "Miljøterapeut", -1300)],
        _region_user("olkj"),
        None,
        [],
        sig="OK",
        tags={"forensic", "abbrev_initials"},
    ),
    Staff(
        "ix-s-iviv",
        [_n("Ida", "Vinther")],
        [Role("ix-r-iviv", "ix-rets-amb", "Sygeplejerske", -600)],
        _region_user("iv"),
        None,
        [],
        sig="IV",
        tags={"forensic", "abbrev_initials"},
    ),
    Staff(
        "ix-s-lemk",
        [_n("Lene", "Mark")],
        [Role("ix-r-lemk", "ix-rets-r3", "Sygeplejerske", -2000)],
        _region_user("lemk"),
        "9DF5G",
        [],
        cpr="1207814432",
        address=("Kongevej 14", "5500", "Middelfart"),
        sig="LEMA",
        tags={"forensic", "self_patient", "word_name"},
    ),
    # moved out of the forensic department *before* the order began
    Staff(
        "ix-s-lodh",
        [_n("Lone", "Dahl")],
        [
            Role("ix-r-lodh-1", "ix-rets-r1", "Sygeplejerske", -1800, -500),
            Role("ix-r-lodh-2", "ix-ouh-m", "Sygeplejerske", -500),
        ],
        _region_user("lodh"),
        "1QA6S",
        ["lone.dahl@rsyd.dk"],
        sig="LD",
        tags={"forensic", "moved_out_before"},
    ),
    # moved out *after* the order began
    Staff(
        "ix-s-jybr",
        [_n("Jytte", "Bruun")],
        [
            Role("ix-r-jybr-1", "ix-rets-r3", "Sygeplejerske", -1400, -120),
            Role("ix-r-jybr-2", "ix-fmk-akut", "Sygeplejerske", -120),
        ],
        _region_user("jybr"),
        "2WS7D",
        ["jybr@rsyd.dk"],
        sig="JMB",
        sig_learned=True,
        tags={"forensic", "moved_out_after", "learned_initials"},
    ),
    # moved in after the order began (from the emergency department)
    Staff(
        "ix-s-raba",
        [_n("Rasmus", "Bak")],
        [
            Role("ix-r-raba-1", "ix-ouh-fam", "Reservelæge", -1100, -420),
            Role("ix-r-raba-2", "ix-rets-r3", "Afdelingslæge", -420),
        ],
        _region_user("raba"),
        "5EG8H",
        [],
        sig="RABA",
        tags={"forensic", "moved_in", "word_name"},
    ),
    # a re-import moved the role elsewhere (same role id, another organisation, no periods)
    Staff(
        "ix-s-mafr",
        [_n("Maja", "Friis")],
        [Role("ix-r-mafr", "ix-rets-r1", "Social- og sundhedsassistent", None, None, False)],
        _region_user("mafr"),
        None,
        ["maja.friis@rsyd.dk"],
        sig="MAFR",
        tags={"forensic", "reimport_moved"},
        v2_roles=[
            Role("ix-r-mafr", "ix-shs-med", "Social- og sundhedsassistent", None, None, False)
        ],
    ),
    # renamed at a re-import (married), both names must be hidden
    Staff(
        "ix-s-caho",
        [_n("Camilla", "Høj", until=-200)],
        [Role("ix-r-caho", "ix-rets-amb", "Psykolog", -1700)],
        _region_user("caho"),
        None,
        ["camilla.hoej@rsyd.dk"],
        sig="CAHO",
        tags={"forensic", "renamed_reimport", "word_name"},
        v2_names=[_n("Camilla Høj", "Thygesen", since=-200)],
        v2_emails=["camilla.thygesen@rsyd.dk"],
    ),
    # --- staff-kind orders (hidden from every citizen) ---
    Staff(
        "ix-s-hest",
        [_n("Helle", "Storm")],
        [Role("ix-r-hest", "ix-ouh-fam", "Overlæge", -3000)],
        _region_user("hest"),
        "0AB3C",
        ["helle.storm@rsyd.dk"],
        sig="HST",
        tags={"staff_order", "word_name"},
    ),
    Staff(
        "ix-s-maas",
        [_n("Mads", "Ask")],
        [Role("ix-r-maas", "ix-ouh-rad", "Radiograf", -900)],
        _region_user("maas"),
        None,
        ["mads.ask@rsyd.dk"],
        sig="MAAS",
        tags={"staff_order_90", "word_name"},
    ),
    # --- orders toward one citizen ---
    Staff(
        "ix-s-anho",
        [_n("Anne", "Holm")],
        [Role("ix-r-anho", "ix-ouh-b", "Sygeplejerske", -2600)],
        _region_user("anho"),
        "6GH2J",
        ["anne.holm@rsyd.dk"],
        sig="ANHO",
        tags={"c1", "word_name"},
    ),
    Staff(
        "ix-s-tara",
        [_n("Tage", "Rask")],
        [Role("ix-r-tara", "ix-ouh-b", "Overlæge", -5000)],
        _region_user("tar"),
        "3JK9L",
        ["tage.rask@rsyd.dk"],
        sig="TR",
        tags={"c1", "word_name"},
    ),
    Staff(
        "ix-s-doth",
        [_n("Dorthe", "Rasmussen")],
        [Role("ix-r-doth", "ix-ouh-b", "Afdelingslæge", -1900)],
        _region_user("dora"),
        "8UV4W",
        [],
        sig="DR",
        tags={"c1", "abbrev_initials"},
    ),
    Staff(
        "ix-s-bsja",
        [_n("Bjørn Sten", "Jakobsen")],
        [Role("ix-r-bsja", "ix-ouh-m", "Sygeplejerske", -1300)],
        _region_user("bsj"),
        "4TY6U",
        ["bsj@rsyd.dk"],
        sig="BSJ",
        tags={"c7", "word_name"},
    ),
    Staff(
        "ix-s-dokj",
        [_n("Dorte", "Kjærgaard")],
        [Role("ix-r-dokj", "ix-svb-hjp", "Social- og sundhedshjælper", -800)],
        [(AD_KOMMUNE, "SVBK\\dkj")],
        None,
        ["dokj@svendborg.dk"],
        sig="DKJ",
        tags={"c3"},
    ),
    Staff(
        "ix-s-llbr",
        [_n("Lise-Lotte", "Brink")],
        [Role("ix-r-llbr", "ix-svb-hjp", "Social- og sundhedsassistent", -1500)],
        [(AD_KOMMUNE, "SVBK\\llb")],
        None,
        ["llb@svendborg.dk"],
        sig="LLB",
        tags={"c3", "hyphenated_given", "word_name"},
    ),
    Staff(
        "ix-s-boly",
        [_n("Bo", "Lykke")],
        [Role("ix-r-boly", "ix-svb-hss", "Hjemmesygeplejerske", -2100)],
        [(AD_KOMMUNE, "SVBK\\boly")],
        "7BN1M",
        ["bo.lykke@svendborg.dk"],
        sig="BL",
        tags={"c3", "word_name"},
    ),
    Staff(
        "ix-s-kiso",
        [_n("Kim", "Sommer")],
        [Role("ix-r-kiso", "ix-svb-hjp", "Social- og sundhedshjælper", -600)],
        [(AD_KOMMUNE, "SVBK\\kiso")],
        None,
        [],
        sig="KS",
        tags={"c3_revoked", "word_name"},
    ),
    Staff(
        "ix-s-peva",
        [_n("Per", "Vang")],
        [Role("ix-r-peva", "ix-gp-ringe", "Praktiserende læge", -7000)],
        [(LOCAL_USER, "pv")],
        "5HJ8K",
        ["per.vang@dadlnet.dk"],
        sig="PV",
        tags={"c4", "word_name"},
    ),
    Staff(
        "ix-s-soki",
        [_n("Sol", "Kirk"), _n("Solveig", "Kirk", "usual")],
        [Role("ix-r-soki", "ix-gp-ringe", "Sygeplejerske", -1200)],
        [(LOCAL_USER, "sol")],
        None,
        [],
        sig="SK",
        tags={"c4", "word_name", "username_word", "nickname"},
    ),
    Staff(
        "ix-s-ibdu",
        [_n("Ib", "Due")],
        [Role("ix-r-ibdu", "ix-gp-ringe", "Praktiserende læge", -9000)],
        [(LOCAL_USER, "ibd")],
        "1XC4V",
        [],
        sig="ID",
        tags={"c4_expired", "word_name"},
    ),
    Staff(
        "ix-s-pila",
        [_n("Pia", "Lauridsen")],
        [Role("ix-r-pila", "ix-fmk-akut", "Sygeplejerske", -700)],
        [(AD_KOMMUNE, "FMK\\pila")],
        None,
        ["pila@fmk.dk"],
        sig="PL",
        tags={"c5_org", "abbrev_initials"},
    ),
    Staff(
        "ix-s-hapo",
        [_n("Hanne", "Poulsen")],
        [Role("ix-r-hapo", "ix-fmk-hjp", "Social- og sundhedsassistent", -1000)],
        [(AD_KOMMUNE, "FMK\\hapo")],
        None,
        ["hapo@fmk.dk"],
        sig="HB",
        sig_learned=True,
        tags={"c5_org", "abbrev_initials", "learned_initials"},
    ),
)

#: Non-hidden colleagues whose names collide with hidden people's names (negative evidence).
COLLIDING_STAFF: tuple[Staff, ...] = (
    Staff(
        "ix-s-laho",
        [_n("Lars", "Holm")],
        [Role("ix-r-laho", "ix-ouh-b", "Reservelæge", -700)],
        _region_user("laho"),
        sig="LAHO",
        tags={"collides"},
    ),
    Staff(
        "ix-s-mesk",
        [_n("Mette", "Skov")],
        [Role("ix-r-mesk", "ix-ouh-m", "Overlæge", -3000)],
        _region_user("mesk"),
        sig="MESK",
        tags={"collides"},
    ),
    Staff(
        "ix-s-tani",
        [_n("Tage", "Nielsen")],
        [Role("ix-r-tani", "ix-ouh-b", "Sygeplejerske", -1000)],
        _region_user("tani"),
        sig="TN",
        tags={"collides"},
    ),
    Staff(
        "ix-s-kara",
        [_n("Karen", "Rask")],
        [Role("ix-r-kara", "ix-ouh-fam", "Sygeplejerske", -900)],
        _region_user("kara"),
        sig="KR",
        tags={"collides"},
    ),
    Staff(
        "ix-s-anlu",
        [_n("Anne", "Lund")],
        [Role("ix-r-anlu", "ix-ouh-m", "Lægesekretær", -2000)],
        _region_user("anlu"),
        sig="al",
        tags={"collides", "secretary"},
    ),
    Staff(
        "ix-s-boje",
        [_n("Bo", "Jensen")],
        [Role("ix-r-boje", "ix-svb-hss", "Hjemmesygeplejerske", -1500)],
        [(AD_KOMMUNE, "SVBK\\boje")],
        sig="BJ",
        tags={"collides"},
    ),
    Staff(
        "ix-s-stmo",
        [_n("Sten", "Mortensen")],
        [Role("ix-r-stmo", "ix-ouh-kba", "Bioanalytiker", -800)],
        _region_user("stmo"),
        sig="STMO",
        tags={"collides"},
    ),
    Staff(
        "ix-s-heva",
        [_n("Henrik", "Vang")],
        [Role("ix-r-heva", "ix-gp-troense", "Praktiserende læge", -6000)],
        [(LOCAL_USER, "hv")],
        "2QW3E",
        ["henrik.vang@dadlnet.dk"],
        sig="HV",
        tags={"collides"},
    ),
    Staff(
        "ix-s-kisk",
        [_n("Kirsten", "Skov")],
        [Role("ix-r-kisk", "ix-fmk-hjp", "Social- og sundhedshjælper", -400)],
        [(AD_KOMMUNE, "FMK\\kisk")],
        sig="KISK",
        tags={"collides"},
    ),
    Staff(
        "ix-s-lomo",
        [_n("Louise", "Storm Hansen")],
        [Role("ix-r-lomo", "ix-ouh-m", "Lægesekretær", -1100)],
        _region_user("losh"),
        sig="lsh",
        tags={"collides", "secretary"},
    ),
    Staff(
        "ix-s-sasa",
        [_n("Sanne", "Sand")],
        [Role("ix-r-sasa", "ix-ouh-b", "Lægesekretær", -1900)],
        _region_user("sasa"),
        sig="ssa",
        tags={"collides", "secretary"},
    ),
    Staff(
        "ix-s-mibr",
        [_n("Mikael", "Brandt")],
        [Role("ix-r-mibr", "ix-shs-med", "Overlæge", -2500)],
        _region_user("mibr"),
        "6TR5E",
        sig="MIB",
        tags={"collides"},
    ),
    Staff(
        "ix-s-ulhv",
        [_n("Ulla", "Hvid")],
        [Role("ix-r-ulhv", "ix-gp-aab", "Praktiserende læge", -5500)],
        [(LOCAL_USER, "uh")],
        "7YU6I",
        sig="UH",
        tags={"collides"},
    ),
    Staff(
        "ix-s-jejo",
        [_n("Jens Ole", "Bang")],
        [Role("ix-r-jejo", "ix-gp-troense", "Praktiserende læge", -8000)],
        [(LOCAL_USER, "job")],
        "8IO7P",
        sig="JOB",
        tags={"collides"},
    ),
)


# --- citizens ----------------------------------------------------------------------------------


@dataclass
class Relative:
    id: str
    given: str
    family: str
    relationship: str  # Danish word as used in notes ("hustru", "datter", ...)
    code: str  # v3-RoleCode
    as_contact: bool = False  # Patient.contact instead of RelatedPerson
    tags: set[str] = field(default_factory=set)


@dataclass
class Citizen:
    id: str
    given: str
    family: str
    cpr: str
    address: tuple[str, str, str]
    sex: str  # "m" / "f"
    orgs: tuple[str, ...]  # where the citizen is treated
    relatives: list[Relative] = field(default_factory=list)
    neighbours: tuple[str, ...] = ()  # other citizens mentioned in the notes (ids)
    featured: tuple[str, ...] = ()  # staff ids mentioned often in this citizen's notes
    notes: int = 12
    key: bool = True

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


KEY_CITIZENS: tuple[Citizen, ...] = (
    Citizen(
        "ix-p-nev",
        "Niels Erik",
        "Vestergaard",
        "0304521867",
        ("Ryttervej 7", "5210", "Odense NV"),
        "m",
        ("ix-ouh-b", "ix-ouh-fam", "ix-ouh-kba", "ix-ouh-rad", "ix-gp-troense"),
        [
            Relative("ix-rp-nev-1", "Birgit", "Vestergaard", "hustru", "WIFE"),
            Relative(
                "ix-rp-nev-2",
                "Tage",
                "Vestergaard",
                "søn",
                "SON",
                as_contact=True,
                tags={"shares_given_with_hidden"},
            ),
            Relative(
                "ix-rp-nev-3",
                "Anne",
                "Holm",
                "svigerdatter",
                "DAUINLAW",
                tags={"same_name_as_hidden"},
            ),
        ],
        featured=(
            "ix-s-anho",
            "ix-s-tara",
            "ix-s-doth",
            "ix-s-hest",
            "ix-s-laho",
            "ix-s-tani",
            "ix-s-sasa",
        ),
        notes=26,
    ),
    Citizen(
        "ix-p-klm",
        "Kasper Lykke",
        "Mortensen",
        "1911874023",
        ("Hjallesevej 102, 3. th.", "5230", "Odense M"),
        "m",
        ("ix-ouh-m", "ix-ouh-fam", "ix-ouh-kba", "ix-gp-troense"),
        [
            Relative("ix-rp-klm-1", "Hanne", "Mortensen", "mor", "MTH", as_contact=True),
            Relative(
                "ix-rp-klm-2",
                "Mette",
                "Skov",
                "samlever",
                "DOMPART",
                tags={"same_name_as_colleague"},
            ),
        ],
        featured=("ix-s-bsja", "ix-s-mesk", "ix-s-lodh", "ix-s-anlu", "ix-s-lomo"),
        notes=18,
    ),
    Citizen(
        "ix-p-imb",
        "Inger Marie",
        "Bang",
        "2708343310",
        ("Vestergade 31", "5700", "Svendborg"),
        "f",
        ("ix-svb-hjp", "ix-svb-hss", "ix-gp-troense", "ix-ouh-m"),
        [
            Relative("ix-rp-imb-1", "Poul", "Bang", "ægtefælle", "HUSB", as_contact=True),
            Relative(
                "ix-rp-imb-2",
                "Dorte",
                "Brink",
                "datter",
                "DAU",
                tags={"shares_given_with_hidden", "shares_family_with_hidden"},
            ),
        ],
        neighbours=("ix-p-rst",),
        featured=("ix-s-dokj", "ix-s-llbr", "ix-s-boly", "ix-s-kiso", "ix-s-boje", "ix-s-heva"),
        notes=30,
    ),
    Citizen(
        "ix-p-jsh",
        "Jørgen Stig",
        "Hvid",
        "0612491179",
        ("Algade 4", "5750", "Ringe"),
        "m",
        ("ix-gp-ringe", "ix-shs-med", "ix-fmk-hjp"),
        [
            Relative(
                "ix-rp-jsh-1",
                "Kirsten",
                "Vang",
                "hustru",
                "WIFE",
                tags={"shares_family_with_hidden"},
            )
        ],
        featured=("ix-s-peva", "ix-s-soki", "ix-s-ibdu", "ix-s-mibr", "ix-s-heva", "ix-s-kisk"),
        notes=20,
    ),
    Citizen(
        "ix-p-sag",
        "Sofie",
        "Aagaard",
        "2302994418",
        ("Sdr. Boulevard 88, 1. tv.", "5000", "Odense C"),
        "f",
        ("ix-rets-r1", "ix-rets-r3", "ix-rets-amb", "ix-ouh-fam", "ix-fmk-akut", "ix-fmk-hjp"),
        [
            Relative(
                "ix-rp-sag-1",
                "Lone",
                "Aagaard",
                "mor",
                "MTH",
                tags={"shares_given_with_hidden", "is_patient"},
            ),
            Relative(
                "ix-rp-sag-2",
                "Mikkel Dahl",
                "Aagaard",
                "bror",
                "BRO",
                as_contact=True,
                tags={"shares_family_with_hidden"},
            ),
        ],
        featured=(
            "ix-s-ebho",
            "ix-s-bosk",
            "ix-s-svkj",
            "ix-s-pest",
            "ix-s-kslm",
            "ix-s-gira",
            "ix-s-hhbo",
            "ix-s-legr",
            "ix-s-kolu",
            "ix-s-crpe",
            "ix-s-ekgr",
            "ix-s-raba",
            "ix-s-mafr",
            "ix-s-caho",
            "ix-s-jybr",
            "ix-s-pila",
            "ix-s-hapo",
            "ix-s-hest",
        ),
        notes=40,
    ),
    Citizen(
        "ix-p-loa",
        "Lone",
        "Aagaard",
        "1505684127",
        ("Sdr. Boulevard 88, 1. tv.", "5000", "Odense C"),
        "f",
        ("ix-ouh-m", "ix-gp-troense"),
        [],
        featured=("ix-s-bsja", "ix-s-lodh", "ix-s-mesk"),
        notes=8,
    ),
    Citizen(
        "ix-p-lem",
        "Lene",
        "Mark",
        "1207814432",
        ("Kongevej 14", "5500", "Middelfart"),
        "f",
        ("ix-ouh-b", "ix-ouh-kba"),
        [],
        featured=("ix-s-laho", "ix-s-tani"),
        notes=6,
    ),
    Citizen(
        "ix-p-rst",
        "Ruth",
        "Storm",
        "0101334506",
        ("Vestergade 33", "5700", "Svendborg"),
        "f",
        ("ix-svb-hjp", "ix-svb-hss"),
        [],
        neighbours=("ix-p-imb",),
        featured=("ix-s-dokj", "ix-s-boje"),
        notes=8,
    ),
)
CITIZEN = {c.id: c for c in KEY_CITIZENS}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- filler vocabularies (for the random part of the roster and the random citizens) ------------

GIVEN_F = _words(
    "Anne Mette Hanne Lone Karen Kirsten Susanne Birgitte Dorte Helle Tina Pia Bente Inge Jytte "
    "Lise Marianne Camilla Louise Sofie Ida Freja Maja Emma Signe Julie Mathilde Nanna Rikke Trine "
    "Maria Gitte Tove Ulla Vibeke Ane Liv Sol Lykke Alma Vera Ruth Grethe Aase Solveig Ellen"
)
GIVEN_M = _words(
    "Bo Per Hans Jens Niels Søren Lars Peter Michael Henrik Thomas Jesper Morten Anders Rasmus "
    "Mads Kasper Jonas Mikkel Frederik Christian Martin Jan Ole Erik Kim Tage Sten Leo Storm Ask "
    "Kaj Ib Carl Gunnar Poul Bent Finn Torben Jørgen Knud Svend Aksel Vagn Bjørn Esben Asger Troels"
)
FAMILY = _words(
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
    "Knudsen Jakobsen Mikkelsen Frederiksen Henriksen Laursen Lund Holm Schmidt Eriksen Clausen "
    "Simonsen Svendsen Andreasen Iversen Østergaard Jeppesen Vestergaard Nissen Lauridsen Kjær "
    "Jepsen Mogensen Skov Dam Carlsen Bach Berg Friis Dahl Bang Skytte Gram Storm Vang Ravn Rask "
    "Høj Brink Due Krog Lykke Bak Sommer Vinter Kirk Bech Kruse Munk Hvid Lind Frost Mark Riis "
    "Bøgh Aagaard Kjærgaard Thygesen Overgaard Damgaard Søgaard Nørgaard Nowak Hussain Yilmaz "
    "Nguyen Kowalski Rahimi Ali"
)
STREETS = _words(
    "Skovvej Strandvejen Kirkestræde Møllevej Engvej Bakkegårdsvej Nørregade Søndergade "
    "Åbyvej Fynsvej Rugårdsvej Lindevej Tværgade Klintevej Havnegade Præstegårdsvej"
)
TOWNS = (
    ("5000", "Odense C"),
    ("5220", "Odense SØ"),
    ("5700", "Svendborg"),
    ("5750", "Ringe"),
    ("5600", "Faaborg"),
    ("6200", "Aabenraa"),
    ("5500", "Middelfart"),
    ("5260", "Odense S"),
)

#: How many filler staff each organisation gets (the key staff come on top).
FILLER_STAFF: dict[str, tuple[int, tuple[str, ...]]] = {
    "ix-ouh-b": (8, ("Overlæge", "Reservelæge", "Sygeplejerske", "Sygeplejerske", "Lægesekretær")),
    "ix-ouh-m": (
        8,
        (
            "Overlæge",
            "Afdelingslæge",
            "Sygeplejerske",
            "Social- og sundhedsassistent",
            "Lægesekretær",
        ),
    ),
    "ix-ouh-fam": (6, ("Reservelæge", "Læge", "Sygeplejerske", "Sygeplejerske")),
    "ix-ouh-kba": (3, ("Bioanalytiker",)),
    "ix-ouh-rad": (3, ("Radiograf", "Overlæge")),
    "ix-shs-med": (5, ("Overlæge", "Sygeplejerske", "Lægesekretær")),
    "ix-rets-r1": (4, ("Sygeplejerske", "Miljøterapeut", "Social- og sundhedsassistent")),
    "ix-rets-r3": (3, ("Sygeplejerske", "Miljøterapeut")),
    "ix-rets-amb": (2, ("Sygeplejerske", "Lægesekretær")),
    "ix-svb-hjp": (8, ("Social- og sundhedshjælper", "Social- og sundhedsassistent")),
    "ix-svb-hss": (4, ("Hjemmesygeplejerske",)),
    "ix-fmk-hjp": (5, ("Social- og sundhedshjælper", "Social- og sundhedsassistent")),
    "ix-fmk-akut": (3, ("Sygeplejerske",)),
    "ix-gp-troense": (2, ("Praktiserende læge", "Sygeplejerske")),
    "ix-gp-ringe": (2, ("Sygeplejerske",)),
    "ix-gp-aab": (2, ("Praktiserende læge", "Sygeplejerske")),
}
