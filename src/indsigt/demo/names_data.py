"""Static data for the synthetic demo generator: names, places, organisations, roles.

Everything here is either public reference data (municipality codes, region and hospital
names, common Danish street names) or common given/family names with rough frequencies.
No real person is described: people are assembled at random by ``generate.py``.
"""

from __future__ import annotations


def _weighted(text: str) -> list[tuple[str, float]]:
    """Parse ``"Name:weight, Name:weight"`` into ``[(name, weight), ...]``."""
    out = []
    for item in text.replace("\n", " ").split(","):
        if item.strip():
            name, weight = item.rsplit(":", 1)
            out.append((name.strip(), float(weight)))
    return out


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

# (name, weight). Includes names that are also ordinary Danish words (Hans = "his",
# Per = "per", Bo = "live", Storm, Sol, Rask) so name matchers can be tested.
GIVEN_MALE: list[tuple[str, float]] = _weighted("""
Peter:5, Jens:5, Lars:5, Michael:4.5, Henrik:4.5, Thomas:4, Søren:4, Jan:3.5, Niels:3.5,
Anders:3.5, Christian:3.5, Martin:3.5, Jesper:3, Morten:3, Mads:3, Rasmus:3, Hans:3, Per:2.5,
Bo:2, Kim:2, Jørgen:2.5, Ole:2.5, Poul:2, Erik:2.5, Frederik:2, Mikkel:2, Kasper:2,
Mathias:2, Jakob:2, Torben:1.5, Carsten:1.5, Steen:1.5, Flemming:1.5, Kristian:1.5, Emil:1.5,
Jonas:1.5, Anton:1, Oliver:1, William:1, Lucas:1, Magnus:1, Simon:1, Nikolaj:1, Brian:1,
Rune:1, Allan:1, Kenneth:1, Claus:1.2, Bent:1.2, Finn:1, Knud:1, Svend:1, Aksel:0.5,
Viggo:0.5, Asger:0.5, Troels:0.6, Ulrik:0.6, Esben:0.6, Birk:0.3, Malthe:0.5, Villads:0.4,
Storm:0.3, Rask:0.2, Åge:0.4, Øjvind:0.2
""")
GIVEN_FEMALE: list[tuple[str, float]] = _weighted("""
Anne:5, Kirsten:5, Mette:5, Hanne:4.5, Helle:4, Susanne:4, Lene:3.5, Maria:3.5, Marianne:3.5,
Lone:3, Camilla:3, Pia:3, Louise:3, Charlotte:3, Inge:2.5, Bente:2.5, Tina:2.5, Gitte:2.5,
Karen:2.5, Jette:2.5, Birgitte:2.5, Rikke:2, Dorthe:2, Lise:2, Anna:2, Emma:2, Ida:1.5,
Sofie:1.5, Julie:1.5, Laura:1.5, Freja:1, Signe:1.5, Katrine:1.5, Line:1.5, Malene:1.5,
Sanne:1.5, Trine:1.5, Ulla:1.5, Else:1.2, Grethe:1.2, Birthe:1.2, Ingrid:1, Åse:0.6, Ellen:1,
Karin:1, Astrid:0.8, Ditte:0.8, Nanna:0.8, Maja:0.8, Cecilie:0.8, Mathilde:0.8, Agnes:0.5,
Sol:0.3, Iben:0.6, Stine:1, Vibeke:1, Tove:0.8, Ruth:0.6, Eva:0.8, Dagmar:0.4
""")
GIVEN_MALE_OTHER: list[tuple[str, float]] = _weighted("""
Mohammad:2, Ali:1.5, Ahmed:1, Mustafa:1, Hassan:1, Omar:1, Piotr:1, Tomasz:0.8, Minh:0.6,
Arben:0.5
""")
GIVEN_FEMALE_OTHER: list[tuple[str, float]] = _weighted("""
Fatima:2, Aisha:1, Zeynep:1, Maryam:1, Agnieszka:0.8, Leyla:1, Huong:0.6, Anna:0.8, Sara:1,
Yasmin:1
""")
MIDDLE_MALE: list[str] = [
    "Christian",
    "Peter",
    "Bo",
    "Erik",
    "Emil",
    "Valdemar",
    "Johan",
    "Kristian",
    "Aage",
]
MIDDLE_FEMALE: list[str] = [
    "Louise",
    "Marie",
    "Katrine",
    "Sofie",
    "Kristine",
    "Margrethe",
    "Elisabeth",
    "Helene",
]

# Family names with rough relative frequency. Includes ordinary words (Skov = forest,
# Holm = islet, Lund = grove, Dam = pond, Rask = healthy, Frost, Storm, Sand = true/sand,
# Høj = tall/high, Hvid = white, Lykke = happiness, Ravn = raven, Due = dove, Bonde = farmer).
FAMILY: list[tuple[str, float]] = _weighted("""
Nielsen:10, Jensen:10, Hansen:8.5, Pedersen:6.5, Andersen:6.5, Christensen:4.5, Larsen:4.5,
Sørensen:4, Rasmussen:3.5, Jørgensen:3.2, Petersen:3, Madsen:2.2, Kristensen:2.2, Olsen:2,
Thomsen:1.4, Christiansen:1.3, Poulsen:1.2, Johansen:1.2, Møller:1.2, Mortensen:1.1,
Knudsen:0.9, Jakobsen:0.9, Jacobsen:0.8, Mikkelsen:0.8, Olesen:0.8, Frederiksen:0.8,
Laursen:0.7, Henriksen:0.7, Lund:0.7, Schmidt:0.6, Eriksen:0.6, Holm:0.6, Kristiansen:0.6,
Clausen:0.6, Simonsen:0.5, Svendsen:0.5, Andreasen:0.5, Iversen:0.5, Jeppesen:0.5,
Mogensen:0.4, Jespersen:0.4, Nissen:0.4, Lauridsen:0.4, Frandsen:0.4, Østergaard:0.4,
Jepsen:0.4, Kjær:0.4, Carlsen:0.4, Vestergaard:0.4, Jessen:0.4, Nørgaard:0.4, Dahl:0.4,
Christoffersen:0.3, Skov:0.4, Søndergaard:0.3, Bertelsen:0.3, Bruun:0.3, Lassen:0.3,
Bach:0.3, Gregersen:0.3, Friis:0.3, Steffensen:0.3, Kjeldsen:0.3, Bech:0.3, Krogh:0.3,
Lauritsen:0.3, Danielsen:0.3, Mathiesen:0.3, Brandt:0.3, Winther:0.3, Toft:0.3, Ravn:0.25,
Dam:0.3, Holst:0.25, Lind:0.25, Berg:0.25, Schou:0.2, Overgaard:0.2, Kjærgaard:0.25,
Østergård:0.1, Storm:0.12, Frost:0.12, Sand:0.12, Rask:0.12, Bak:0.2, Bang:0.15, Høj:0.1,
Mølgaard:0.15, Vinther:0.15, Due:0.08, Lykke:0.08, Hvid:0.08, Bonde:0.1, Munk:0.15,
Koch:0.15, Krag:0.1, Aagaard:0.15, Ågård:0.05
""")
FAMILY_OTHER: list[tuple[str, float]] = _weighted("""
Ahmed:1.5, Hussein:1.2, Ali:1.2, Yilmaz:1, Nguyen:1, Kowalski:0.8, Nowak:0.8, Khan:1,
Hassan:0.8, Öztürk:0.6, Demir:0.6, Kaya:0.6
""")

# Danish relatives/neighbours named in notes. Not staff, never a mention span.
RELATIVE_WORDS: list[str] = [
    "datteren",
    "sønnen",
    "ægtefællen",
    "barnebarnet",
    "svigerdatteren",
    "naboen",
]

# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------

STREETS: list[str] = [
    "Vestergade",
    "Østergade",
    "Nørregade",
    "Søndergade",
    "Algade",
    "Bredgade",
    "Kirkegade",
    "Skolegade",
    "Torvet",
    "Jernbanegade",
    "Stationsvej",
    "Skolevej",
    "Kirkevej",
    "Møllevej",
    "Engvej",
    "Skovvej",
    "Birkevej",
    "Egevej",
    "Bøgevej",
    "Lindevej",
    "Ahornvej",
    "Rosenvej",
    "Violvej",
    "Syrenvej",
    "Kastanievej",
    "Granvej",
    "Fyrrevej",
    "Elmevej",
    "Askevej",
    "Hasselvej",
    "Tjørnevej",
    "Poppelvej",
    "Pilevej",
    "Mågevej",
    "Svalevej",
    "Lærkevej",
    "Solsortevej",
    "Vibevej",
    "Spurvevej",
    "Fasanvej",
    "Parkvej",
    "Strandvej",
    "Havnegade",
    "Bakkevej",
    "Højvangen",
    "Vænget",
    "Kløvervej",
    "Enghavevej",
    "Markvej",
    "Boulevarden",
    "Grønnegade",
    "Lupinvej",
    "Mosevej",
    "Søvej",
    "Åvej",
    "Fjordvej",
    "Skrænten",
    "Toften",
    "Agerhønevej",
    "Holmevej",
    "Lundvej",
]

# Regions: key -> (name, e-mail domain, user-name domain, EHR system name)
REGIONS: dict[str, tuple[str, str, str, str]] = {
    "RN": ("Region Nordjylland", "rn.dk", "RN", "Clinical Suite"),
    "RSYD": ("Region Syddanmark", "rsyd.dk", "RSYD", "COSMIC"),
}

# Hospitals: key -> (name, region key, city, university hospital)
HOSPITALS: dict[str, tuple[str, str, str, bool]] = {
    "AAUH": ("Aalborg Universitetshospital", "RN", "Aalborg", True),
    "RHN": ("Regionshospital Nordjylland", "RN", "Hjørring", False),
    "OUH": ("Odense Universitetshospital", "RSYD", "Odense", True),
    "SVS": ("Sydvestjysk Sygehus", "RSYD", "Esbjerg", False),
    "SLB": ("Sygehus Lillebælt", "RSYD", "Vejle", False),
    "SHS": ("Sygehus Sønderjylland", "RSYD", "Aabenraa", False),
}

# Municipalities in priority order (biggest first, the two regions interleaved):
# (name, 4-digit municipality code, region key, hospital key, population in thousands,
#  [(postal code, city), ...])
MUNICIPALITIES: list[tuple[str, str, str, str, int, list[tuple[str, str]]]] = [
    (
        "Aalborg",
        "0851",
        "RN",
        "AAUH",
        220,
        [
            ("9000", "Aalborg"),
            ("9200", "Aalborg SV"),
            ("9210", "Aalborg SØ"),
            ("9220", "Aalborg Øst"),
            ("9400", "Nørresundby"),
            ("9230", "Svenstrup J"),
        ],
    ),
    (
        "Odense",
        "0461",
        "RSYD",
        "OUH",
        207,
        [
            ("5000", "Odense C"),
            ("5200", "Odense V"),
            ("5210", "Odense NV"),
            ("5220", "Odense SØ"),
            ("5230", "Odense M"),
            ("5250", "Odense SV"),
            ("5260", "Odense S"),
            ("5270", "Odense N"),
        ],
    ),
    (
        "Esbjerg",
        "0561",
        "RSYD",
        "SVS",
        116,
        [
            ("6700", "Esbjerg"),
            ("6705", "Esbjerg Ø"),
            ("6710", "Esbjerg V"),
            ("6715", "Esbjerg N"),
            ("6731", "Tjæreborg"),
            ("6740", "Bramming"),
            ("6760", "Ribe"),
        ],
    ),
    (
        "Hjørring",
        "0860",
        "RN",
        "RHN",
        64,
        [("9800", "Hjørring"), ("9850", "Hirtshals"), ("9760", "Vrå")],
    ),
    ("Kolding", "0621", "RSYD", "SLB", 94, [("6000", "Kolding"), ("6070", "Christiansfeld")]),
    (
        "Vejle",
        "0630",
        "RSYD",
        "SLB",
        119,
        [("7100", "Vejle"), ("7120", "Vejle Øst"), ("7080", "Børkop"), ("7300", "Jelling")],
    ),
    (
        "Frederikshavn",
        "0813",
        "RN",
        "RHN",
        59,
        [("9900", "Frederikshavn"), ("9990", "Skagen"), ("9300", "Sæby")],
    ),
    (
        "Sønderborg",
        "0540",
        "RSYD",
        "SHS",
        74,
        [("6400", "Sønderborg"), ("6430", "Nordborg"), ("6300", "Gråsten")],
    ),
    ("Mariagerfjord", "0846", "RN", "AAUH", 42, [("9500", "Hobro"), ("9560", "Hadsund")]),
    ("Svendborg", "0479", "RSYD", "OUH", 59, [("5700", "Svendborg")]),
    ("Thisted", "0787", "RN", "AAUH", 43, [("7700", "Thisted"), ("7730", "Hanstholm")]),
    ("Aabenraa", "0580", "RSYD", "SHS", 59, [("6200", "Aabenraa"), ("6230", "Rødekro")]),
    (
        "Jammerbugt",
        "0849",
        "RN",
        "AAUH",
        38,
        [("9440", "Aabybro"), ("9490", "Pandrup"), ("9460", "Brovst")],
    ),
    ("Haderslev", "0510", "RSYD", "SHS", 56, [("6100", "Haderslev"), ("6500", "Vojens")]),
    ("Brønderslev", "0810", "RN", "RHN", 36, [("9700", "Brønderslev")]),
    ("Fredericia", "0607", "RSYD", "SLB", 52, [("7000", "Fredericia")]),
    ("Vesthimmerlands", "0820", "RN", "AAUH", 36, [("9600", "Aars"), ("9640", "Farsø")]),
    ("Faaborg-Midtfyn", "0430", "RSYD", "OUH", 52, [("5600", "Faaborg"), ("5750", "Ringe")]),
    ("Rebild", "0840", "RN", "AAUH", 30, [("9530", "Støvring"), ("9520", "Skørping")]),
    ("Varde", "0573", "RSYD", "SVS", 50, [("6800", "Varde"), ("6870", "Ølgod")]),
    ("Morsø", "0773", "RN", "AAUH", 20, [("7900", "Nykøbing M")]),
    ("Vejen", "0575", "RSYD", "SVS", 43, [("6600", "Vejen"), ("6630", "Rødding")]),
    ("Læsø", "0825", "RN", "RHN", 2, [("9940", "Læsø")]),
    ("Middelfart", "0410", "RSYD", "OUH", 39, [("5500", "Middelfart")]),
    ("Assens", "0420", "RSYD", "OUH", 41, [("5610", "Assens"), ("5620", "Glamsbjerg")]),
    ("Tønder", "0550", "RSYD", "SHS", 37, [("6270", "Tønder"), ("6280", "Højer")]),
    ("Nyborg", "0450", "RSYD", "OUH", 32, [("5800", "Nyborg")]),
    (
        "Nordfyns",
        "0480",
        "RSYD",
        "OUH",
        29,
        [("5400", "Bogense"), ("5471", "Søndersø"), ("5450", "Otterup")],
    ),
    ("Billund", "0530", "RSYD", "SVS", 27, [("7190", "Billund"), ("7200", "Grindsted")]),
    ("Kerteminde", "0440", "RSYD", "OUH", 24, [("5300", "Kerteminde"), ("5330", "Munkebo")]),
    ("Langeland", "0482", "RSYD", "OUH", 12, [("5900", "Rudkøbing")]),
    ("Ærø", "0492", "RSYD", "OUH", 6, [("5970", "Ærøskøbing"), ("5960", "Marstal")]),
    ("Fanø", "0563", "RSYD", "SVS", 3, [("6720", "Fanø")]),
]

HOMECARE_DISTRICTS: list[str] = ["Øst", "Vest", "Nord", "Syd", "Midt", "Centrum"]

GP_CLINIC_PATTERNS: list[str] = [
    "Lægehuset {street}",
    "Lægerne i {street}",
    "Lægeklinikken {street}",
    "Lægerne {street}",
]
GP_SYSTEMS: list[str] = ["XMO", "WinPLC", "EG Clinea", "Novax"]

# --------------------------------------------------------------------------------------
# Roles and departments
# --------------------------------------------------------------------------------------

ROLE_TITLES: list[str] = [
    "Overlæge",
    "Læge",
    "Sygeplejerske",
    "Social- og sundhedsassistent",
    "Social- og sundhedshjælper",
    "Fysioterapeut",
    "Ergoterapeut",
    "Jordemoder",
    "Lægesekretær",
    "Radiograf",
    "Bioanalytiker",
    "Psykolog",
    "Praktiserende læge",
]
# Titles that carry a Danish health authorisation (autorisations-id).
AUTHORISED: frozenset[str] = frozenset(
    {
        "Overlæge",
        "Læge",
        "Sygeplejerske",
        "Social- og sundhedsassistent",
        "Fysioterapeut",
        "Ergoterapeut",
        "Jordemoder",
        "Radiograf",
        "Bioanalytiker",
        "Psykolog",
        "Praktiserende læge",
    }
)
DOCTORS: frozenset[str] = frozenset({"Overlæge", "Læge", "Praktiserende læge"})
CLINICIANS: frozenset[str] = frozenset(ROLE_TITLES) - {"Lægesekretær"}

# How a title is written in front of a name in a note ("overlæge Hans Skov", "spl. Mette").
TITLE_PREFIXES: dict[str, list[str]] = {
    "Overlæge": ["overlæge", "ovl.", "overlæge"],
    "Læge": ["læge", "reservelæge", "dr."],
    "Sygeplejerske": ["spl.", "sygeplejerske", "spl."],
    "Social- og sundhedsassistent": ["ssa", "SSA", "social- og sundhedsassistent"],
    "Social- og sundhedshjælper": ["ssh", "SSH", "hjælper"],
    "Fysioterapeut": ["fys.", "fysioterapeut"],
    "Ergoterapeut": ["ergoterapeut", "ergo."],
    "Jordemoder": ["jordemoder", "jdm."],
    "Lægesekretær": ["sekr.", "lægesekretær"],
    "Radiograf": ["radiograf"],
    "Bioanalytiker": ["bioanalytiker"],
    "Psykolog": ["psykolog", "cand.psych."],
    "Praktiserende læge": ["egen læge", "læge"],
    "Systemadministrator": ["systemadministrator"],
    "Logkontrollant": ["logkontrollant"],
}

# Department kinds: key -> (name, {title: weight}, base size, minimum size)
DEPARTMENTS: dict[str, tuple[str, dict[str, float], int, int]] = {
    "akut": (
        "Akutmodtagelse",
        {
            "Overlæge": 2,
            "Læge": 5,
            "Sygeplejerske": 10,
            "Social- og sundhedsassistent": 2,
            "Lægesekretær": 2,
        },
        22,
        8,
    ),
    "med": (
        "Medicinsk afdeling",
        {
            "Overlæge": 2,
            "Læge": 4,
            "Sygeplejerske": 10,
            "Social- og sundhedsassistent": 3,
            "Lægesekretær": 2,
            "Fysioterapeut": 1,
            "Ergoterapeut": 1,
        },
        24,
        8,
    ),
    "kard": (
        "Kardiologisk afdeling",
        {"Overlæge": 3, "Læge": 4, "Sygeplejerske": 9, "Lægesekretær": 2, "Fysioterapeut": 1},
        20,
        7,
    ),
    "orto": (
        "Ortopædkirurgisk afdeling",
        {
            "Overlæge": 3,
            "Læge": 4,
            "Sygeplejerske": 8,
            "Lægesekretær": 2,
            "Fysioterapeut": 2,
            "Ergoterapeut": 1,
        },
        20,
        7,
    ),
    "gyn": (
        "Gynækologisk-obstetrisk afdeling",
        {"Overlæge": 2, "Læge": 3, "Jordemoder": 6, "Sygeplejerske": 4, "Lægesekretær": 1},
        14,
        6,
    ),
    "rad": (
        "Radiologisk afdeling",
        {"Overlæge": 3, "Læge": 1, "Radiograf": 8, "Lægesekretær": 2},
        12,
        5,
    ),
    "lab": (
        "Klinisk biokemisk afdeling",
        {"Bioanalytiker": 10, "Overlæge": 1, "Lægesekretær": 1},
        10,
        4,
    ),
    "psyk": (
        "Psykiatrisk afdeling",
        {
            "Overlæge": 2,
            "Læge": 3,
            "Sygeplejerske": 6,
            "Psykolog": 3,
            "Social- og sundhedsassistent": 3,
            "Ergoterapeut": 1,
            "Lægesekretær": 1,
        },
        18,
        7,
    ),
    "retspsyk": (
        "Retspsykiatrisk afdeling",
        {
            "Overlæge": 2,
            "Læge": 2,
            "Sygeplejerske": 6,
            "Social- og sundhedsassistent": 4,
            "Psykolog": 2,
            "Lægesekretær": 1,
        },
        12,
        6,
    ),
}
HOMECARE_ROLES: dict[str, float] = {
    "Social- og sundhedshjælper": 45,
    "Social- og sundhedsassistent": 35,
    "Sygeplejerske": 12,
    "Ergoterapeut": 4,
    "Fysioterapeut": 4,
}

# --------------------------------------------------------------------------------------
# Systems and access-log vocabulary
# --------------------------------------------------------------------------------------

MUNICIPAL_SYSTEMS: tuple[str, str] = ("Cura", "Nexus")  # (AuditEvent, MinLog CSV)

# (action, data category) -> MinLog "handling" text
HANDLING: dict[tuple[str, str], str] = {
    ("R", "Journalnotat"): "Læst journalnotat",
    ("C", "Journalnotat"): "Oprettet journalnotat",
    ("U", "Journalnotat"): "Rettet journalnotat",
    ("R", "Medicinkort"): "Opslag på medicinkort",
    ("U", "Medicinkort"): "Ændret medicinkort",
    ("R", "Laboratoriesvar"): "Set laboratoriesvar",
    ("C", "Laboratoriesvar"): "Registreret laboratoriesvar",
    ("R", "Billeddiagnostik"): "Set billeddiagnostisk beskrivelse",
    ("C", "Billeddiagnostik"): "Oprettet røntgenbeskrivelse",
    ("R", "Stamdata"): "Opslag på borgerens stamdata",
    ("R", "Besøgsplan"): "Opslag i besøgsplan",
    ("C", "Besøgsdokumentation"): "Dokumenteret besøg",
    ("U", "Besøgsdokumentation"): "Opdateret besøgsdokumentation",
    ("R", "Henvisning"): "Læst henvisning",
    ("C", "Henvisning"): "Oprettet henvisning",
    ("R", "Aftale"): "Opslag i aftaler",
    ("C", "Aftale"): "Booket aftale",
    ("R", "Overblik"): "Opslag på borgeroverblik",
    ("U", "Stamdata"): "Opdateret stamdata",
    ("R", "E-journal"): "Opslag i e-journal",
}
