"""Danish wording of the access log: numbers, dates, plural forms, reasons, summaries.

Only organisation names, job titles and what ``ViewProtection.person`` returns are put into
these sentences; never a name read from the roster directly.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache

from . import flags as F

_EPOCH = date(1970, 1, 1)


def fmt_int(n: int) -> str:
    """1243 -> '1.243' (Danish thousands separator)."""
    return f"{n:,}".replace(",", ".")


def plural(n: int, singular: str, plural_form: str) -> str:
    """'1 gang', '2 gange', '1.243 gange'."""
    return f"{fmt_int(n)} {singular if n == 1 else plural_form}"


def day_date(day: int) -> date:
    """Local day number (days since 1970-01-01) -> date."""
    return _EPOCH + timedelta(days=int(day))


@lru_cache(maxsize=4096)  # a long log's groups share their days
def fmt_day(day: int) -> str:
    """Local day number -> 'dd.mm.yyyy'."""
    return day_date(day).strftime("%d.%m.%Y")


def day_number(d: date) -> int:
    return (d - _EPOCH).days


def period(first_day: int, last_day: int) -> str:
    """'den 03.01.2026' or 'fra 03.01.2026 til 30.05.2026'."""
    if first_day == last_day:
        return f"den {fmt_day(first_day)}"
    return f"fra {fmt_day(first_day)} til {fmt_day(last_day)}"


# --- names -------------------------------------------------------------------------------

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue"})
_SPLIT = re.compile(r"[\s\-]+")
_NON_ALPHA = re.compile(r"[^a-z]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "la", "le", "af", "du", "di", "da"})


@lru_cache(maxsize=1 << 16)  # names repeat: the same few thousand over a whole store
def fold(s: str) -> str:
    """Case, accents and the Danish letters folded: 'Sørensen' == 'SOERENSEN' == 'soerensen'.

    æ/ø/å become ae/oe/aa (the usual transliteration), other accents are dropped.
    """
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKC", s).casefold().translate(_FOLD)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def surname_parts(family: str | None) -> frozenset[str]:
    """The parts of a family name that make two people share it: 'Lund-Sørensen' ->
    {'lund', 'soerensen'}; particles such as 'von' and 'de' do not count."""
    if not family:
        return frozenset()
    parts = _SPLIT.split(fold(family))
    return frozenset(p for p in (_NON_ALPHA.sub("", x) for x in parts) if len(p) > 1) - (_PARTICLES)


def address_norm(key: str | None) -> str | None:
    """A stored ``address_key`` folded once more (æ/ø/å vs ae/oe/aa, punctuation, spaces)."""
    if not key:
        return None
    s = _NON_ALNUM.sub(" ", fold(key)).strip()
    return s or None


def person_key(
    given: str | None, family: str | None, address: str | None, *, addr: str | None = None
) -> str | None:
    """Given + family + address, folded: how a staff member without CPR is matched to a citizen.

    ``addr`` may pass ``address_norm(address)`` when already computed."""
    addr = addr if addr is not None else address_norm(address)
    if not addr or not (given or family):
        return None
    return f"{' '.join(fold(given or '').split())}|{' '.join(fold(family or '').split())}|{addr}"


# --- flags -------------------------------------------------------------------------------

#: the contract's flag codes (the texts live in :mod:`indsigt.accesslog.flags`)
FLAG_CODES = F.CODES


def reasons(flags: list[str]) -> list[str]:
    return F.reasons(flags)


# --- explanations ------------------------------------------------------------------------


def _encounter_noun(text: str | None) -> tuple[str, str]:
    """('din indlæggelse', 'indlæggelser') etc. from an encounter's type text."""
    t = fold(text or "")
    if "indlaeg" in t or t in ("imp", "inpatient"):
        return "din indlæggelse", "indlæggelser"
    if "akut" in t or "emer" in t or "skadestue" in t:
        return "din akutte kontakt", "akutte kontakter"
    if "konsultation" in t:
        return "din konsultation", "konsultationer"
    return "din kontakt", "kontakter"


def explanation_text(
    rule: str,
    kind: str,
    rel_text: str | None,
    rel_org: str | None,
    start: str | None,
    end: str | None,
    other_org: str | None = None,
    behalf: str | None = None,
) -> str:
    """One Danish sentence naming the treatment relation behind an access.

    ``start``/``end`` are dd.mm.yyyy or None; organisation names are display names; ``behalf``
    is the responsible person of on-behalf work as the viewer may see them ("overlæge Hans Skov"
    or a label).
    """
    if rule == "on_behalf" and behalf:
        inner = explanation_text(
            "enc_staff" if kind == "encounter" else kind,
            kind,
            rel_text,
            rel_org,
            start,
            end,
            other_org,
        )
        if kind == "document":
            inner = f"{behalf[0].upper()}{behalf[1:]} har skrevet et notat om dig{_span(start, end, kind)}."
        return f"Opslaget blev gjort for {behalf}. {inner}"
    where = f" på {rel_org}" if rel_org else ""
    span = _span(start, end, kind)
    if rule == "homecare":
        return f"Du modtager hjemmepleje fra {rel_org or 'kommunen'} (forløbet{span})."
    if rule == "homecare_shared":
        return (
            f"Du modtager hjemmepleje fra {rel_org or 'kommunen'} (forløbet{span}). "
            "Kommunens hjemmepleje dækker for hinanden på tværs af områderne (afløsere, "
            "aften, nat og weekend)."
        )
    if rule == "gp":
        return f"{rel_org or 'Lægepraksis'} er din egen læge."
    if rule == "template":
        return (
            f"Afdelingen undersøger og behandler jævnligt patienter fra {rel_org or 'en anden afdeling'}, "
            f"og du var i et forløb der{span}."
        )
    if rule == "cover":
        noun = _encounter_noun(rel_text)[0]
        return (
            "Hospitalets afdelinger har vagt for hinanden om aftenen, om natten og i "
            f"weekenden, og opslaget skete under {noun}{where}{span}."
        )
    if rule == "service":
        return (
            "Afdelingen arbejder for andre afdelinger og deres patienter (fx røntgen, "
            f"laboratorium, apotek eller nattevagt), og du var i et forløb{where}{span}."
        )
    if kind == "episode":
        return f"Du var i et behandlingsforløb{where}{span}."
    if kind == "encounter":
        noun, _ = _encounter_noun(rel_text)
        return f"{noun[0].upper()}{noun[1:]}{where}{span}."
    if kind == "appointment":
        return f"Du havde en aftale{where}{span}."
    if kind == "referral":
        frm = f" fra {other_org}" if other_org else ""
        return f"Du blev henvist{frm} til {rel_org or 'en anden afdeling'}{span}."
    if kind == "document":
        return f"Brugeren har selv skrevet et notat om dig{span}."
    return "En behandlingsrelation forklarer opslaget."


def _span(start: str | None, end: str | None, kind: str) -> str:
    if start and end and start != end:
        return f" fra {start} til {end}"
    if start and (end or kind not in ("episode", "encounter")):
        return f" den {start}"
    if start:
        return f" fra {start}"  # still going on
    return ""


def group_reason(rule: str, kind: str, rel_text: str | None, others: int = 0) -> str:
    """The tail of an explained group's summary: 'under dit hjemmeplejeforløb'."""
    if rule in ("homecare", "homecare_shared"):
        base = "under dit hjemmeplejeforløb"
    elif rule == "gp":
        base = "som din egen læge"
    elif rule in ("template", "service"):
        base = "som led i en anden afdelings behandling af dig"
    elif rule == "cover":
        base = f"som vagt for en anden afdeling under {_encounter_noun(rel_text)[0]}"
    elif rule == "doc_author" or kind == "document":
        base = "i forbindelse med notater, de selv har skrevet om dig"
    elif kind == "episode":
        base = "under dit behandlingsforløb"
    elif kind == "encounter":
        base = f"i forbindelse med {_encounter_noun(rel_text)[0]}"
    elif kind == "appointment":
        base = "i forbindelse med din aftale"
    elif kind == "referral":
        base = "i forbindelse med en henvisning"
    else:
        base = "i forbindelse med din behandling"
    if others > 0:
        base += f" og {plural(others, 'anden behandlingsrelation', 'andre behandlingsrelationer')}"
    return base
