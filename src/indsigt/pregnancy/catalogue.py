"""What a pregnancy record holds: every kind of element, its code, its section and its document.

The codes and element names are those of the public FHIR model for Graviditetsmappen, the
Danish digital pregnancy record (``trifork/gm-fhir-ig``, FSH profiles under ``input/fsh/``):

- the *model elements* (``GM…Obs`` profiles: an Observation whose ``code`` is the element and
  whose ``component`` s are its fields, e.g. ``GMTerminsberegningObs`` with ``naegeles-termin``),
  as of the IG's commit 623f7ea (2025-10-03);
- the *measurements* (``GM…MeasurementObs`` profiles: one Observation, one value), as the IG
  defined them up to commit 1d78309 (2025-06-03), which replaced them by the generic
  ``GMBaseObservation``/``GMIntervalObservation``/``GMFetusMeasurementObservation`` but kept the
  codes in use;
- the three document kinds (``PRF`` Svangerskabsjournal, ``PSCR`` Vandrejournal, ``PMR``
  Målinger; ``GMPRFComposition`` etc.) and which model element belongs to which.

The Danish labels, the sections (for who may see what, :mod:`indsigt.pregnancy.access`) and the
value checks are indsigt's own. Kinds that the IG does not define are marked ``profile=None``:
the pregnancy header (an EpisodeOfCare), a diagnosis (Condition), birth wishes
(QuestionnaireResponse), the woman's own notes, and any other coded Observation an import links
to a pregnancy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..errors import Invalid

#: the SNOMED CT code system as the GM IG writes it (alias ``$sct``); the international URI too
SCT = "urn:oid:1.2.208.184.100.1"
SCT_SYSTEMS = (SCT, "http://snomed.info/sct")
#: the GM IG's qualifier codes (a second coding that tells apart elements sharing a SNOMED code)
QUALIFIER_SYSTEM = "GM-qualifiers"
#: the official pregnancy identifier (``GMGraditetsforloebReference``)
PREGNANCY_ID_SYSTEM = "1.2.208.176.7.4.1"
#: the document type code system of the GM compositions
DOC_TYPE_SYSTEM = SCT

DOCS: dict[str, str] = {"PRF": "Svangerskabsjournal", "PSCR": "Vandrejournal", "PMR": "Målinger"}

#: sections, in the order the pages show them; the sensitive ones are read by a documented few
SECTIONS: dict[str, str] = {
    "forloeb": "Graviditetsforløb",
    "maalinger": "Målinger",
    "anamnese": "Tidligere graviditeter og helbred",
    "diagnoser": "Diagnoser",
    "livsstil": "Livsstil, arbejde og uddannelse",
    "psykisk": "Psykisk sygdom",
    "social": "Social sårbarhed og samlet vurdering",
    "rusmidler": "Rusmidler",
    "partner": "Partner og medforælder",
    "oensker": "Fødselsønsker",
    "egne_noter": "Egne noter",
}
SENSITIVE = frozenset({"psykisk", "social", "rusmidler", "partner"})

VALUE_TYPES = ("bool", "int", "str", "date", "datetime", "quantity", "coded", "interval")


#: Danish labels where the IG's element name does not read as one
COMPONENT_LABELS: dict[str, str] = {
    "bmi": "BMI",
    "højde": "Højde (cm)",
    "vægt-graviditets-begyndelse": "Vægt ved graviditetens begyndelse (kg)",
    "ønskes1trimesterscanning": "Ønsker 1. trimester-scanning",
    "ønskes2trimesterscanning": "Ønsker misdannelsesscanning",
    "sidste-mens1dag": "Sidste menstruations 1. dag",
    "naegeles-termin": "Termin efter Naegeles regel",
    "dage-cyklus": "Cykluslængde (dage)",
    "terminsberegning-sikkerhed": "Terminen er sikker",
    "forbrug2år-før-graviditet": "Forbrug i de 2 år før graviditeten",
    "antal-gange-med5+genstande": "Antal gange med 5+ genstande",
    "tweak-points": "TWEAK-point",
    "gestitationsalder": "Gestationsalder",
    "cpr": "CPR-nummer",
    "e-cigaret": "E-cigaret",
}


@dataclass(frozen=True)
class C:
    """A component of a model element: the IG's element name, SNOMED code and value type."""

    name: str
    code: str
    type: str
    qualifier: str | None = None

    @property
    def label(self) -> str:
        if self.name in COMPONENT_LABELS:
            return COMPONENT_LABELS[self.name]
        text = self.name.replace("/", " / ").replace("-", " ").replace("  ", " ")
        return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Kind:
    """One kind of element."""

    key: str
    code: str | None
    label: str
    profile: str | None
    doc: str
    section: str
    qualifier: str | None = None
    components: tuple[C, ...] = ()
    #: a measurement's single value type (None for a model element with components)
    value: str | None = None
    unit: str | None = None
    ucode: str | None = None
    #: plausible range of a numeric measurement (outside: refused, a typing error)
    range: tuple[float, float] | None = None
    fetus: bool = False
    #: the FHIR resource type it is exchanged as
    resource: str = "Observation"
    #: Organization references the element carries (IG extension name -> Danish label)
    refs: tuple[tuple[str, str], ...] = ()
    writers: frozenset[str] = field(default_factory=frozenset)

    @property
    def measurement(self) -> bool:
        return self.value is not None and self.doc == "PMR"


def M(
    key: str,
    code: str | None,
    label: str,
    profile: str,
    doc: str,
    section: str,
    *,
    qualifier: str | None = None,
    components: tuple[C, ...] = (),
    refs: tuple[tuple[str, str], ...] = (),
) -> Kind:
    return Kind(key, code, label, profile, doc, section, qualifier, components, refs=refs)


def P(
    key: str,
    code: str,
    label: str,
    profile: str,
    value: str,
    unit: str | None = None,
    ucode: str | None = None,
    *,
    rng: tuple[float, float] | None = None,
    fetus: bool = False,
) -> Kind:
    """A measurement (document ``PMR``, section ``maalinger``)."""
    return Kind(
        key,
        code,
        label,
        profile,
        "PMR",
        "maalinger",
        value=value,
        unit=unit,
        ucode=ucode,
        range=rng,
        fetus=fetus,
    )


# --- the measurements (GM…MeasurementObs, IG up to 1d78309) -----------------------------------
MEASUREMENTS: tuple[Kind, ...] = (
    P("systolisk-blodtryk", "271649006", "Blodtryk, systolisk", "GMSystoliskBlodtrykMeasurementObs", "quantity", "mmHg", "259018001", rng=(40, 300)),
    P("diastolisk-blodtryk", "271650006", "Blodtryk, diastolisk", "GMDiastoliskBlodtrykMeasurementObs", "quantity", "mmHg", "259018001", rng=(20, 200)),
    P("vaegt", "27113001", "Vægt", "GMVaegtMeasurementObs", "quantity", "kg", "258683005", rng=(25, 350)),
    P("hoejde", "248333004", "Højde", "GMHoejdeMeasurementObs", "quantity", "cm", "258672001", rng=(100, 230)),
    P("bmi", "60621009", "BMI", "GMBmiMeasurementObs", "quantity", "kg/m2", "258896009", rng=(10, 90)),
    P("symfyse-fundus", "364253002", "Symfyse-fundus-mål", "GMSymfyseFundusMeasurementObs", "quantity", "mm", "258673006", rng=(50, 600)),
    P("gestationsalder", "598151000005105", "Gestationsalder", "GMGestationsalderMeasurementObs", "quantity", "døgn", "258703001", rng=(0, 320)),
    P("glucose", "251396006", "Glukose i urinen", "GMGlucoseMeasurementObs", "interval", "mmol/L", "258813002"),
    P("ketoner", "638021000005100", "Ketoner i urinen", "GMKetonerMeasurementObs", "interval", "mmol/L", "258813002"),
    P("leucocytter", "638001000005108", "Leukocytter i urinen", "GMLeucocytterMeasurementObs", "interval", "10^6/l", "277289004"),
    P("erytrocytter", "648131000005102", "Erytrocytter i urinen", "GMErytrocytterMeasurementObs", "interval", "10^6/l", "277289004"),
    P("protein", "638011000005106", "Protein i urinen", "GMProteinMeasurementObs", "interval", "g/L", "258794004"),
    P("nitrit", "638041000005105", "Nitrit i urinen", "GMNitritMeasurementObs", "coded"),
    P("oedem-beskrivelse", "423484008", "Ødem", "GMOedemBeskrivelseMeasurementObs", "str"),
    P("oedemlokalisation", "17481000202102", "Ødem, lokalisation", "GMOedemlokalisationMeasurementObs", "str"),
    P("hjertelyd", "271660002", "Fosterets hjertelyd", "GMHjertelydMeasurementObs", "coded", fetus=True),
    P("fosteraktivitet", "249040004", "Fosteraktivitet", "GMFosteraktivitetMeasurementObs", "coded", fetus=True),
    P("fosterpraesentation", "271692001", "Fosterpræsentation", "GMFosterpraesentationMeasurementObs", "coded", fetus=True),
    P("fosterskoen", "627961000005109", "Skønnet fostervægt", "GMFosterskoenMeasurementObs", "quantity", "g", "258682000", rng=(50, 7000), fetus=True),
    P("fostervand", "88299004", "Fostervand", "GMFostervandMeasurementObs", "coded", fetus=True),
    P("fosterantal", "246435002", "Antal fostre", "GMFosterantalMeasurementObs", "int", rng=(1, 8)),
    P("cervixlaengde", "248918004", "Cervixlængde", "GMCervixlaengdeMeasurementObs", "quantity", "mm", "258673006", rng=(0, 80)),
    P("choriositet", "364348009", "Choriositet", "GMChoriositetMeasurementObs", "str"),
    P("placentaplacering", "628001000005106", "Placentaplacering", "GMPlacentaplaceringMeasurementObs", "str", fetus=True),
    P("kromosom-afvigelser", "628011000005109", "Sandsynlighed for kromosomafvigelse", "GMKromosomAfvigelserMeasurementObs", "coded", fetus=True),
    P("ul-bestemt-termin", "738070007", "Termin bestemt ved ultralyd", "GMUlBestemtTerminMeasurementObs", "date"),
    P("ul-fosterpraesentation", "627981000005101", "Fosterpræsentation ved ultralyd", "GMUlFosterpraesentationMeasurementObs", "coded", fetus=True),
    P("ul-bestemt-vaegt", "627991000005103", "Fostervægt ved ultralyd", "GMUlbestemtVaegtMeasurementObs", "quantity", "g", "258682000", rng=(20, 7000), fetus=True),
    P("vaegtafvigelse", "248353000", "Fostrets vægtafvigelse", "GMVaegtafvigelseMeasurementObs", "quantity", "procentenhed", "415067009", rng=(-80, 120), fetus=True),
)  # fmt: skip

# --- the model elements (GM…Obs, IG 623f7ea) ------------------------------------------------
MODEL: tuple[Kind, ...] = (
    M('alkohol', '363905002', 'Alkohol', 'GMAlkoholObs', 'PSCR', 'livsstil',
      components=(C('alkoholindtag-før-graviditet', '568171000005100', 'bool'), C('alkoholindtag-under-graviditet', '427013000', 'bool'), C('antal-gange-med5+genstande', '228326007', 'int'), C('genstande-pr-uge-før', '228958009', 'int', qualifier='genstandePrUgeFør'), C('genstande-pr-uge-under', '228958009', 'int', qualifier='genstandePrUgeUnder'), C('tweak-points', '568251000005102', 'int'),)),
    M('andet-nikotinprodukt', '1187057000', 'Andet nikotinprodukt', 'GMAndetNikotinproduktObs', 'PSCR', 'livsstil',
      components=(C('nikotinposer', '598111000005109', 'bool'), C('vandpibe', '722495000', 'bool', qualifier='vandpibe'), C('vandpibeforbrug', '722495000', 'coded', qualifier='vandpibeforbrug'), C('nikotinposer-antal/dag', '258950000', 'int', qualifier='nikotinposerAntalPrDag'), C('tyggetobak', '81911001', 'bool'), C('tyggetobak-antal/dag', '258950000', 'int', qualifier='tyggetobakAntalPrDag'), C('nikotintyggegummi', '598101000005106', 'bool'), C('e-cigaret', '722498003', 'bool'), C('e-cigaret-milliliter/dag', '258860005', 'int', qualifier='e-cigaretMilliliterPrDag'), C('andetnikotinprodukt/røgfri-tobak', '398005008', 'str'), C('nikotintyggegummi-antal/dag', '258950000', 'int', qualifier='nikotintyggegummiAntalPrDag'),)),
    M('arbejdsmiljoepaavirkning', '598021000005104', 'Arbejdsmiljøpåvirkning', 'GMArbejdsmiljoepaavirkningObs', 'PRF', 'livsstil',
      components=(C('arbejdstidspunkt', '648031000005103', 'coded'), C('den-gravides-arbejde', '184104002', 'str'), C('timer-pr-uge', '229791003', 'int'), C('partners-arbejde', '1252646008', 'str'), C('art-af-påvirkning', '398005008', 'str'), C('dato-start-af-påvirkningsperiode', '398201009', 'datetime'), C('dato-ende-af-påvirkningsperiode', '397898000', 'datetime'), C('henvist-til-arbejdsmedicinsk-klinik', '306152009', 'bool'),)),
    M('barn', '224117009', 'Barn (tidligere fødsel)', 'GMBarnObs', 'PRF', 'anamnese',
      components=(C('barnets-nuværende-tilstand', '617951000005104', 'str'), C('bars-komplikation', '249222005', 'str'), C('død-efter-fødsel', '598121000005103', 'bool'), C('fødselsudfald', '364587008', 'coded'), C('fødselsvægt', '364589006', 'quantity'), C('køn', '263495000', 'coded'),)),
    M('bemaerkninger-vacc', '129019007', 'Bemærkninger om vacciner', 'GMBemaerkningerVaccObs', 'PRF', 'anamnese', qualifier='bemaerkningerVaccObs',
      components=(C('bemærkninger-fravalg-af-vacciner', '429684009', 'str'),)),
    M('erhvervsmaessig-tilknytning', '364703007', 'Erhvervsmæssig tilknytning', 'GMErhvervsmaessigTilknytningObs', 'PSCR', 'livsstil',
      components=(C('anden-ervh-tilknytning', '398005008', 'str'), C('erhvervsmæssig-tilknytning', '224362002', 'coded'),)),
    M('familiehistorie-arvelige-sygdomme', '416471007', 'Arvelige sygdomme i familien', 'GMFamiliehistorieArveligeSygdommeObs', 'PRF', 'anamnese',
      components=(C('bemærkninger-genetisk/medfødt-sygdom/tilstand', '648001000005109', 'str'), C('familie-med-arvelig-sygdom/tilstand', '429962007', 'coded'), C('bemærkninger-medfødte-misdannelser', '617971000005107', 'str'), C('familie-med-medfødte-misdannelser', '597941000005106', 'coded'), C('indikation-for-henvisning-til-udredning/screening', '617991000005108', 'bool'),)),
    M('fertilitetsbehandling', '55767001', 'Fertilitetsbehandling', 'GMFertilitetsbehandlingObs', 'PRF', 'anamnese',
      components=(C('fertilitetsbehandling', '773261007', 'bool'), C('fertilitetsbehandlingstype', '63487001', 'coded'), C('bemærkninger', '398005008', 'str'), C('langvarigt-uhonoreret-graviditetsønske', '169589005', 'bool'),)),
    M('foedested', '169812000', 'Fødested', 'GMFoedestedObs', 'PSCR', 'forloeb', refs=(('PlanlagtFoedested', 'Planlagt fødested'), ('OensketFoedested', 'Ønsket fødested')),
      components=(C('ønskes-hjemmefødsel', '2903011000005107', 'bool'),)),
    M('foedselsforloebstraek', '364328002', 'Fødselsforløbstræk', 'GMFoedselsforloebstraekObs', 'PSCR', 'forloeb',
      components=(C('fødselsforløbstræk', '364328002', 'coded'),)),
    M('fravaersmelding-sygemelding', '224362002', 'Fraværsmelding og sygemelding', 'GMFravaersmeldingSygemeldingObs', 'PRF', 'livsstil',
      components=(C('andre-bemærkninger', '398005008', 'str'), C('fraværsmeldt', '224399002', 'coded'), C('sygemelding', '224459001', 'bool'),)),
    M('fysiske-data', '248326004', 'Fysiske data', 'GMFysiskeDataObs', 'PRF', 'forloeb',
      components=(C('højde', '248333004', 'int'), C('vægt-graviditets-begyndelse', '1162389000', 'int'), C('bmi', '60621009', 'quantity'),)),
    M('gravides-allergi', '1300212001', 'Allergi', 'GMGravidesAllergiObs', 'PRF', 'anamnese',
      components=(C('den-gravide-er-allergisk-overfor', '246075003', 'str'), C('den-gravide-har-allergi', '781474001', 'bool'),)),
    M('graviditetsforloebstraek', '364320009', 'Graviditetsforløbstræk', 'GMGraviditetsforloebstraekObs', 'PSCR', 'forloeb',
      components=(C('graviditetsforløbstræk', '364320009', 'coded'),)),
    M('graviditetsuge-med5-genstande', '598141000005108', 'Graviditetsuge med 5+ genstande', 'GMGraviditetsugeMed5GenstandeObs', 'PSCR', 'livsstil',
      components=(C('graviditetsuge', '598141000005108', 'int'),)),
    M('haemoglobinopati-i-familien', '64501000119109', 'Hæmoglobinopati i familien', 'GMHaemoglobinopatiIFamilienObs', 'PRF', 'anamnese',
      components=(C('anlægsbærer', '647991000005101', 'coded'),)),
    M('haemoglobinopatiscreening', '395059005', 'Hæmoglobinopatiscreening', 'GMHaemoglobinopatiscreeningObs', 'PRF', 'anamnese',
      components=(C('aktualitet', '364713004', 'coded'), C('resultat-type', '364711002', 'coded'),)),
    M('jordemodercenter', '550631000005103', 'Jordemodercenter', 'GMJordemodercenterObs', 'PSCR', 'forloeb', refs=(('TilknyttetJordemodercenter', 'Tilknyttet jordemodercenter'), ('OensketJordemodercenter', 'Ønsket jordemodercenter')),
      components=(C('konsultationsform', '129430004', 'coded'), C('ønskes-fødselsforberedende-undervisning', '386235000', 'bool'), C('ønsket-jordemoder', '648071000005100', 'str'), C('ønsket-ugedag-for-konsultationer', '307144000', 'coded'),)),
    M('juridisk-medforaelder', '9306000', 'Juridisk medforælder', 'GMJuridiskMedforaelderObs', 'PRF', 'partner',
      components=(C('cpr', '567901000005107', 'str'), C('navn', '703503000', 'str'),)),
    M('konsangvinitet', '842009', 'Konsangvinitet', 'GMKonsangvinitetObs', 'PRF', 'anamnese',
      components=(C('konsangvinitet', '842009', 'bool'),)),
    M('kost', '364393001', 'Kost', 'GMKostObs', 'PSCR', 'livsstil',
      components=(C('bemærkninger-vedr-kost', '364393001', 'str'),)),
    M('medicin-og-naturlaegemidler', '129019007', 'Medicin og naturlægemidler', 'GMMedicinOgNaturlaegemidlerObs', 'PRF', 'anamnese', qualifier='medicinOgNaturlaegemidlerObs',
      components=(C('medicin-og-naturlægemidler', '129019007', 'str'),)),
    M('motion', '256235009', 'Motion', 'GMMotionObs', 'PSCR', 'livsstil',
      components=(C('bemærkninger-vedr-motion', '256235009', 'str'),)),
    M('nikotin', '647981000005104', 'Nikotin', 'GMNikotinObs', 'PSCR', 'livsstil',
      components=(C('andet-nikotinforbrug-før-graviditet', '598091000005102', 'bool'), C('bruger-nikotinprodukt-under-graviditet', '598221000005106', 'coded'), C('dato-ophør-andet-nikotinprodukt', '598261000005102', 'datetime'),)),
    M('oplysninger-om-partner', '648091000005104', 'Oplysninger om partner', 'GMOplysningerOmPartnerObs', 'PSCR', 'partner',
      components=(C('alkohol-misbrug', '648041000005106', 'bool'), C('andre-oplysninger', '398005008', 'str'), C('erhvervsmæssig-tilknytning', '1252646008', 'coded'), C('rusmiddel-misbrug', '608031000005108', 'bool'), C('sociale-udfordringer', '608041000005100', 'bool'), C('udfordringer-mentalt-helbred', '608011000005104', 'bool'), C('udfordringer-fysisk-helbred', '608001000005102', 'bool'),)),
    M('partner', '262043009', 'Partner', 'GMPartnerObs', 'PSCR', 'partner',
      components=(C('navn', '703503000', 'str'), C('partner-relation', '224083004', 'coded'),)),
    M('praenatal-risikovurdering', '568011000005108', 'Ønske om prænatal risikovurdering', 'GMPraenatalRisikovurderingsoenskesObs', 'PRF', 'forloeb',
      components=(C('ønske-om-risikovurdering', '568011000005108', 'bool'),)),
    M('praenatal-ultralyd', '304602002', 'Ønske om prænatal ultralyd', 'GMPraenatalUltralydObs', 'PRF', 'forloeb',
      components=(C('ønskes1trimesterscanning', '567961000005108', 'bool'), C('ønskes2trimesterscanning', '567981000005100', 'bool'),)),
    M('psykisk-sygdom-af-relevans', '74732009', 'Psykisk sygdom af relevans', 'GMPsykiskSygdomAfRelevansObs', 'PRF', 'psykisk',
      components=(C('psykisk-sygdom-af-relevans', '74732009', 'bool'),)),
    M('psykisk-sygdom', '161464003', 'Psykisk sygdom', 'GMPsykiskSygdomObs', 'PRF', 'psykisk',
      components=(C('behandling-modtaget', '443938003', 'bool'), C('oplysninger-psykisk', '247571009', 'str'),)),
    M('resume', '371534008', 'Resumé', 'GMResumeObs', 'PSCR', 'forloeb',
      components=(C('resume-indslag', '371534008', 'str'),)),
    M('rusmiddeltype', '373063009', 'Rusmiddeltype', 'GMRusmiddeltypeObs', 'PSCR', 'rusmidler',
      components=(C('type-rusmiddel/lægemiddel', '373063009', 'coded'),)),
    M('rusmidler', '363908000', 'Rusmidler', 'GMRusmidlerObs', 'PSCR', 'rusmidler',
      components=(C('forbrug2år-før-graviditet', '361055000', 'bool'),)),
    M('samlet-vurdering', '278844005', 'Samlet vurdering', 'GMSamletVurderingObs', 'PSCR', 'social',
      components=(C('behov-for-henvisning-til-obstetrisk-vurdering', '306133003', 'bool'), C('behov-for-henvisning-til-social-og-sundhedsforvaltningen', '306238000', 'bool'), C('bemærkninger-flerfoldsgraviditet', '648101000005108', 'str'), C('flerfoldsgraviditet', '16356006', 'bool'), C('vurdering-udfra-anamnese-undersøgelser-og-psykosociale-forhold', '243814003', 'str'), C('årsag-til-behov-for-henvisning-social-og-sundhedsforvaltning', '432678004', 'str', qualifier='behovForHenvisningTilSocialOgSundhedsforvaltningen'), C('årsag-til-behov-for-obstetrisk-henvisning', '432678004', 'str', qualifier='behovForHenvisningTilObstetriskVurdering'), C('omsorgsniveau', '710824005', 'coded'),)),
    M('screeningsplanlaegning', '313199003', 'Screeningsplanlægning', 'GMScreeningsplanlaegningObs', 'PRF', 'forloeb',
      components=(C('screeningstype', '243787009', 'coded'), C('status', '243876005', 'coded'),)),
    M('social-saarbarhed-af-relevans', '365448001', 'Social sårbarhed af relevans', 'GMSocialSaarbarhedAfRelevansObs', 'PRF', 'social',
      components=(C('social-sårbarhed-af-relevans', '365448001', 'bool'),)),
    M('social-saarbarhed', '699089001', 'Social sårbarhed', 'GMSocialSaarbarhedObs', 'PRF', 'social',
      components=(C('supplerende-oplysninger-om-overgreb/opvækst', '405200007', 'str'),)),
    M('sociale-forhold', '302160007', 'Sociale forhold', 'GMSocialeForholdObs', 'PRF', 'social',
      components=(C('bemærkning-familiesammensætning-husstand', '224085006', 'str'), C('boligforhold', '224130005', 'coded'),)),
    M('somatisk-sygdom', '64572001', 'Somatisk sygdom', 'GMSomatiskSygdomObs', 'PRF', 'anamnese',
      components=(C('andre-oplysninger-somatiske-sygdomme', '398005008', 'str'), C('somatisk-sygdom', '64572001', 'bool'),)),
    M('sprog', '363915008', 'Sprog og tolkning', 'GMSprogObs', 'PRF', 'forloeb',
      components=(C('behov-for-tolkebistand', '315594003', 'bool'), C('supplerende-oplysninger', '398005008', 'str'), C('oprindelsesland', '276205001', 'coded'), C('tolkesprog', '439736001', 'coded'),)),
    M('sundhedsplejen', '554021000005101', 'Sundhedsplejen', 'GMSundhedsplejenObs', 'PSCR', 'forloeb', refs=(('Sundhedsplejen', 'Sundhedsplejen'),)),
    M('terminsberegning', '161714006', 'Terminsberegning', 'GMTerminsberegningObs', 'PSCR', 'forloeb',
      components=(C('sidste-mens1dag', '161713000', 'datetime'), C('dage-cyklus', '364310004', 'str'), C('naegeles-termin', '289206005', 'datetime'), C('terminsberegning-sikkerhed', '567941000005109', 'bool'), C('bemærkning', '398005008', 'str'),)),
    M('tidligere-abort', '713651007', 'Tidligere abort', 'GMTidligereAbortObs', 'PRF', 'anamnese',
      components=(C('aborttype', '597931000005103', 'coded'), C('årstal', '277267003', 'int'), C('graviditetsuge', '598141000005108', 'int'),)),
    M('tidligere-foedsel', '364319003', 'Tidligere fødsel', 'GMTidligereFoedselObs', 'PRF', 'anamnese',
      components=(C('oplysninger-barselskomp', '249197004', 'str'), C('årstal', '277267003', 'int'), C('gestitationsalder', '598151000005105', 'int'), C('fødested', '169812000', 'str'), C('fødselsoplevelse', '598271000005107', 'coded'), C('bemærkninger-graviditetsforløb', '398005008', 'str', qualifier='bemærkningerGraviditetsforløb'), C('bemærkning-fødselsforløb', '398005008', 'str', qualifier='bemærkningFødselsforløb'), C('ukompliceret-barselsforløb', '597961000005105', 'bool'),)),
    M('tidligere-foedsler', '248983002', 'Tidligere fødsler', 'GMTidligereFoedslerObs', 'PRF', 'anamnese'),
    M('tidligere-operation-af-relevans', '161615003', 'Tidligere operation af relevans', 'GMTidligereOperationAfRelevansObs', 'PRF', 'anamnese',
      components=(C('operationer-suppl-oplysinger', '398005008', 'str'), C('tidligere-operation-af-relevans', '161615003', 'bool'),)),
    M('tobak', '229819007', 'Tobak', 'GMTobakObs', 'PSCR', 'livsstil',
      components=(C('henvist-tobaks-og-nikotinstop', '315232003', 'coded'), C('passiv-rygning-i-hjemmet', '228524006', 'bool'), C('passiv-rygning-påarbejdspladsen', '228523000', 'bool'), C('rygning-før-graviditet', '449345000', 'bool'), C('rygning-under-graviditet', '598171000005102', 'coded'), C('dato-rygeophør', '160625004', 'datetime'),)),
    M('type-paavirkning', '598021000005104', 'Type af arbejdsmiljøpåvirkning', 'GMTypePaavirkningObs', 'PRF', 'livsstil',
      components=(C('type-af-arbejdsmiljøpåvirkning', '598021000005104', 'coded'),)),
    M('uddannelsesniveau', '224285004', 'Uddannelsesniveau', 'GMUddannelsesniveauObs', 'PSCR', 'livsstil',
      components=(C('andet-uddannelsesniveau', '398005008', 'str'), C('uddannelsesniveau', '105421008', 'coded'),)),
    M('ydelse', '228163007', 'Ydelse', 'GMYdelseObs', 'PSCR', 'forloeb',
      components=(C('ydelsestype', '228163007', 'coded'),)),
    M('allergisk-disposition', '2903021000005101', 'Allergisk disposition', 'GMAllergiskDispositionObs', 'PRF', 'anamnese',
      components=(C('barn-disponeret', '609328004', 'coded'),)),
)  # fmt: skip

# --- indsigt's own kinds (no GM profile) ---------------------------------------------------
HEADER = Kind(
    "graviditet", "77386006", "Graviditet", None, "PSCR", "forloeb", resource="EpisodeOfCare"
)
DIAGNOSIS = Kind("diagnose", None, "Diagnose", None, "PRF", "diagnoser", resource="Condition")
WISHES = Kind(
    "foedselsoensker",
    None,
    "Fødselsønsker",
    None,
    "PSCR",
    "oensker",
    resource="QuestionnaireResponse",
)
OWN_NOTE = Kind("egen-note", None, "Egen note", None, "own", "egne_noter", resource="none")
OTHER = Kind("andet", None, "Anden observation", None, "PMR", "diagnoser")  # fmt: skip

KINDS: dict[str, Kind] = {
    k.key: k for k in (*MEASUREMENTS, *MODEL, HEADER, DIAGNOSIS, WISHES, OWN_NOTE, OTHER)
}

#: (SNOMED code, qualifier code or None) -> kinds with that code (a few codes are shared)
_BY_CODE: dict[str, list[Kind]] = {}
for _k in (*MEASUREMENTS, *MODEL):
    if _k.code:
        _BY_CODE.setdefault(_k.code, []).append(_k)

#: the questions of the birth wishes (QuestionnaireResponse ``item.linkId`` -> Danish text)
WISH_QUESTIONS: dict[str, str] = {
    "foedested": "Hvor vil du gerne føde?",
    "ledsager": "Hvem vil du gerne have med til fødslen?",
    "smertelindring": "Hvad tænker du om smertelindring?",
    "stillinger": "Stillinger, bad, bevægelse under fødslen",
    "efter-foedslen": "Ønsker for tiden lige efter fødslen (hud mod hud, amning, navlesnor)",
    "bekymringer": "Er der noget, du er bekymret for?",
    "andet": "Andet",
}
WISHES_QUESTIONNAIRE = "urn:indsigt:questionnaire:foedselsoensker"

HEADER_FIELDS = ("start", "end", "status", "due_date", "due_basis", "gravida", "para", "birthplace")
DUE_BASES: dict[str, str] = {
    "lmp": "sidste menstruations 1. dag (Naegeles regel)",
    "ultrasound": "ultralydsscanning",
    "ivf": "fertilitetsbehandling",
    "unknown": "ukendt",
}
STATUSES: dict[str, str] = {
    "planned": "planlagt",
    "active": "i gang",
    "finished": "afsluttet",
    "cancelled": "afbrudt",
}
VERSION_STATUSES = ("final", "amended", "entered-in-error")


def kind(key: str) -> Kind:
    k = KINDS.get(key)
    if k is None:
        raise Invalid(f"ukendt elementtype {key!r}")
    return k


def kind_for_code(
    code: str, qualifier: str | None = None, component_codes: set[str] | None = None
) -> Kind | None:
    """The kind an Observation code means (a qualifier or the components decide shared codes)."""
    found = _BY_CODE.get(code) or []
    if len(found) <= 1:
        return found[0] if found else None
    if qualifier:
        for k in found:
            if k.qualifier == qualifier:
                return k
    if component_codes:
        return max(found, key=lambda k: len(component_codes & {c.code for c in k.components}))
    return next((k for k in found if k.qualifier is None), found[0])


def writable_kinds() -> list[Kind]:
    """The kinds a professional writes (the header and the woman's own kinds apart)."""
    return [
        k
        for k in KINDS.values()
        if k.key not in ("graviditet", "foedselsoensker", "egen-note", "andet")
    ]


# --- values --------------------------------------------------------------------------------

MAX_TEXT = 4000


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"{what}: skal være en tekst")
    if len(value) > MAX_TEXT:
        raise Invalid(f"{what}: højst {MAX_TEXT} tegn")
    if "\x00" in value:
        raise Invalid(f"{what}: indeholder et NUL-tegn")
    return value.strip()


def _number(value: Any, what: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise Invalid(f"{what}: skal være et tal")
    if isinstance(value, str):
        try:
            value = float(value.replace(",", ".").strip())
        except ValueError:
            raise Invalid(f"{what}: skal være et tal") from None
    if not math.isfinite(value):
        raise Invalid(f"{what}: skal være et tal")
    return int(value) if float(value).is_integer() else round(float(value), 3)


def _int(value: Any, what: str) -> int:
    n = _number(value, what)
    if not isinstance(n, int):
        raise Invalid(f"{what}: skal være et heltal")
    return n


def _bool(value: Any, what: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("ja", "true", "1", "nej", "false", "0"):
        return value.lower() in ("ja", "true", "1")
    raise Invalid(f"{what}: skal være ja eller nej (true/false)")


def _date(value: Any, what: str) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise Invalid(f"{what}: skal være en dato (ÅÅÅÅ-MM-DD)") from None


def _coded(value: Any, what: str) -> dict[str, str]:
    """A coded value: ``{"code", "display", "system"}`` or just a text."""
    if isinstance(value, str):
        return {"text": _text(value, what)}
    if not isinstance(value, dict):
        raise Invalid(f"{what}: skal være en kode eller en tekst")
    out: dict[str, str] = {}
    for key in ("system", "code", "display", "text"):
        v = value.get(key)
        if v not in (None, ""):
            out[key] = _text(v, f"{what}.{key}")[:300]
    if not (out.get("code") or out.get("text") or out.get("display")):
        raise Invalid(f"{what}: kode eller tekst mangler")
    return out


def _quantity(value: Any, what: str, unit: str | None, rng: tuple[float, float] | None) -> dict:
    given = None
    if isinstance(value, dict):
        given = value.get("unit") or None
        if unit is not None and given not in (None, unit):
            raise Invalid(f"{what}: enheden skal være {unit}")
        value = value.get("value")
    n = _number(value, what)
    if rng is not None and not rng[0] <= n <= rng[1]:
        raise Invalid(f"{what}: {n} {unit or ''} er uden for det mulige ({rng[0]:g}–{rng[1]:g})")
    unit = unit or (str(given)[:40] if given else None)  # a component's own unit (no fixed one)
    return {"value": n, "unit": unit} if unit else {"value": n}


def _interval(value: Any, what: str, unit: str | None) -> dict:
    if not isinstance(value, dict):
        n = _number(value, what)
        return {"low": n, "high": n, "unit": unit}
    if value.get("unit") not in (None, "", unit):
        raise Invalid(f"{what}: enheden skal være {unit}")
    low = _number(value["low"], f"{what}.low") if value.get("low") is not None else None
    high = _number(value["high"], f"{what}.high") if value.get("high") is not None else None
    if low is None and high is None:
        raise Invalid(f"{what}: low eller high skal angives")
    if low is not None and high is not None and low > high:
        raise Invalid(f"{what}: low er større end high")
    return {"low": low, "high": high, "unit": unit}


def check_type(t: str, value: Any, what: str, *, unit: str | None = None, rng: Any = None) -> Any:
    """One value of type ``t`` (see :data:`VALUE_TYPES`), normalised; :class:`Invalid` if wrong."""
    if t == "bool":
        return _bool(value, what)
    if t == "int":
        n = _int(value, what)
        if rng is not None and not rng[0] <= n <= rng[1]:
            raise Invalid(f"{what}: {n} er uden for det mulige ({rng[0]:g}–{rng[1]:g})")
        return n
    if t == "str":
        return _text(value, what)
    if t in ("date", "datetime"):
        return _date(value, what)
    if t == "coded":
        return _coded(value, what)
    if t == "quantity":
        return _quantity(value, what, unit, rng)
    if t == "interval":
        return _interval(value, what, unit)
    raise Invalid(f"{what}: ukendt værditype {t}")


def normalize(k: Kind, value: Any) -> dict[str, Any]:
    """The stored form of an element's value, checked. Raises :class:`Invalid` (Danish)."""
    bare = k.value is not None and (
        "value" not in value or (k.value == "quantity" and "unit" in value)
        if isinstance(value, dict)
        else True
    )
    if not isinstance(value, dict) or bare:
        if k.value is None:
            raise Invalid(f"{k.label}: værdien skal være et JSON-objekt")
        value = {"value": value}  # a bare measurement: the number, text or interval itself
    if k is HEADER:
        return _header(value)
    if k is WISHES:
        return _wishes(value)
    if k is OWN_NOTE:
        return {"text": _text(value.get("text"), "Egen note")}
    if k is DIAGNOSIS or k is OTHER:
        out: dict[str, Any] = {"code": _coded(value.get("code"), f"{k.label}.code")}
        if k is DIAGNOSIS:
            status = value.get("clinicalStatus") or "active"
            if status not in (
                "active",
                "recurrence",
                "relapse",
                "inactive",
                "remission",
                "resolved",
            ):
                raise Invalid(f"Diagnose.clinicalStatus: {status!r} er ukendt")
            out["clinicalStatus"] = status
            if value.get("onset"):
                out["onset"] = _date(value["onset"], "Diagnose.onset")
        elif value.get("value") is not None:
            v = value["value"]
            out["value"] = v if isinstance(v, bool | int | float | str | dict) else str(v)
        if value.get("note"):
            out["note"] = _text(value["note"], f"{k.label}.note")
        return out
    if k.value is not None:
        if "value" not in value:
            raise Invalid(f"{k.label}: value mangler")
        return {"value": check_type(k.value, value["value"], k.label, unit=k.unit, rng=k.range)}
    comps = value.get("components") or {}
    if not isinstance(comps, dict):
        raise Invalid(f"{k.label}: components skal være et JSON-objekt")
    known = {c.name: c for c in k.components}
    out = {"components": {}}
    for name, v in comps.items():
        c = known.get(name)
        if c is None:
            names = ", ".join(known) or "ingen"
            raise Invalid(f"{k.label}: ukendt felt {name!r} (felter: {names})")
        if v is None or v == "":
            continue
        out["components"][name] = check_type(c.type, v, f"{k.label}.{name}")
    refs = value.get("refs") or {}
    allowed = dict(k.refs)
    for name, v in refs.items():
        if name not in allowed:
            raise Invalid(f"{k.label}: ukendt henvisning {name!r}")
        if v:
            out.setdefault("refs", {})[name] = _text(v, f"{k.label}.{name}")[:128]
    if value.get("text"):
        out["text"] = _text(value["text"], f"{k.label}.text")
    if not out["components"] and not out.get("refs") and not out.get("text"):
        raise Invalid(f"{k.label}: mindst ét felt skal udfyldes")
    return out


def _header(value: dict[str, Any]) -> dict[str, Any]:
    unknown = set(value) - set(HEADER_FIELDS)
    if unknown:
        raise Invalid(
            f"Graviditet: ukendte felter {sorted(unknown)}; brug {', '.join(HEADER_FIELDS)}"
        )
    out: dict[str, Any] = {}
    for name in ("start", "end", "due_date"):
        if value.get(name):
            out[name] = _date(value[name], f"Graviditet.{name}")
    for name in ("gravida", "para"):
        if value.get(name) is not None and value.get(name) != "":
            n = _int(value[name], f"Graviditet.{name}")
            if not 0 <= n <= 30:
                raise Invalid(f"Graviditet.{name}: {n} er uden for det mulige (0–30)")
            out[name] = n
    if (
        out.get("gravida") is not None
        and out.get("para") is not None
        and out["para"] >= out["gravida"]
    ):
        raise Invalid("Graviditet: para skal være mindre end gravida (denne graviditet tæller med)")
    basis = value.get("due_basis")
    if basis:
        if basis not in DUE_BASES:
            raise Invalid(f"Graviditet.due_basis: brug {', '.join(DUE_BASES)}")
        out["due_basis"] = basis
    status = value.get("status") or "active"
    if status not in STATUSES:
        raise Invalid(f"Graviditet.status: brug {', '.join(STATUSES)}")
    out["status"] = status
    if value.get("birthplace"):
        out["birthplace"] = _text(value["birthplace"], "Graviditet.birthplace")[:128]
    if out.get("start") and out.get("end") and out["end"] < out["start"]:
        raise Invalid("Graviditet: end ligger før start")
    return out


def _wishes(value: dict[str, Any]) -> dict[str, Any]:
    items = value.get("items")
    if not isinstance(items, list) or not items:
        raise Invalid("Fødselsønsker: items skal være en liste med mindst ét svar")
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise Invalid(f"Fødselsønsker: svar {n} skal være et JSON-objekt")
        link = str(item.get("linkId") or "").strip()[:100]
        if not link:
            raise Invalid(f"Fødselsønsker: svar {n} mangler linkId")
        answer = item.get("answer")
        if answer in (None, ""):
            continue
        out.append(
            {
                "linkId": link,
                "text": str(item.get("text") or WISH_QUESTIONS.get(link) or link)[:300],
                "answer": _text(answer, f"Fødselsønsker.{link}"),
            }
        )
    if not out:
        raise Invalid("Fødselsønsker: mindst ét svar skal udfyldes")
    return {"items": out}


def display_value(k: Kind, value: dict[str, Any]) -> str:
    """A short Danish text of a value (for pages and the woman's overview)."""
    if k.value is not None and "value" in value:
        return _display_one(k.value, value["value"])
    if k is DIAGNOSIS or k is OTHER:
        code = value.get("code") or {}
        return str(code.get("display") or code.get("text") or code.get("code") or "")
    if k is WISHES:
        return "; ".join(f"{i['text']}: {i['answer']}" for i in value.get("items") or [])
    if k is OWN_NOTE:
        return str(value.get("text") or "")
    if k is HEADER:
        parts = []
        if value.get("due_date"):
            parts.append(f"termin {_dk_date(value['due_date'])}")
        if value.get("gravida") is not None:
            parts.append(f"gravida {value['gravida']}, para {value.get('para', 0)}")
        return ", ".join(parts)
    known = {c.name: c for c in k.components}
    parts = [
        f"{known[n].label if n in known else n}: {_display_one(known[n].type if n in known else 'str', v)}"
        for n, v in (value.get("components") or {}).items()
    ]
    if value.get("text"):
        parts.append(str(value["text"]))
    return "; ".join(parts)


def _dk_date(iso: str) -> str:
    d = date.fromisoformat(iso[:10])
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _dk_num(n: Any) -> str:
    if isinstance(n, float) and not n.is_integer():
        return f"{n:.1f}".replace(".", ",")
    return str(int(n)) if isinstance(n, int | float) else str(n)


def _display_one(t: str, v: Any) -> str:
    if t == "bool":
        return "ja" if v else "nej"
    if t in ("date", "datetime"):
        return _dk_date(str(v))
    if t == "quantity" and isinstance(v, dict):
        return f"{_dk_num(v.get('value'))} {v.get('unit') or ''}".strip()
    if t == "interval" and isinstance(v, dict):
        lo, hi, unit = v.get("low"), v.get("high"), v.get("unit") or ""
        if lo is not None and lo == hi:
            return f"{_dk_num(lo)} {unit}".strip()
        span = f"{_dk_num(lo) if lo is not None else ''}–{_dk_num(hi) if hi is not None else ''}"
        return f"{span} {unit}".strip()
    if t == "coded" and isinstance(v, dict):
        return str(v.get("display") or v.get("text") or v.get("code") or "")
    return str(v)
