"""Names that must stay in one view: the citizen, their relatives, other patients.

Over-hiding is a leak too: a label where the text named the citizen's wife tells the reader that
someone of that name is hidden.  A matcher is built once per order coverage and shared by every
citizen's view (one matcher for an order for everyone), so the names that must stay for *one*
view cannot go into it.  Instead each view gets a small :class:`KeepNames` (from
:meth:`NameMatcher.keep`, cached per matcher) that is applied to the shared matcher's spans as a
post-filter, with the same safety rules as the non-hidden colleagues of the matcher itself:

* its keys are two neighbouring parts of a name that must stay ("anne holm", "holm anne" is not
  one), in every spelling and with a genitive, of which at least one is a hidden person's name
  part, and a relation word with a given name ("hustru anne", "datter mette");
* a span is left out only when it is **one name part** of a hidden person (or its genitive,
  :attr:`Span.part`), lies inside such a key's occurrence, and the name does not go on, tightly,
  with another span of the same hidden person outside it ("Anne Holm, Mette" may be "Holm,
  Mette");
* a pair of which both words are parts of one hidden person's name, in either order and loosely
  compared (Søren = Soren), is never a key: a citizen or relative with the **same full name** as a
  hidden person ("Mette Holm" and "Mette Holm") does not unhide the hidden person's name, nor
  does "Louise Holm" when Mette Louise Holm is hidden; except right after a relation word: "Pt.s
  hustru Birgitte Kjærgaard", "Pårørende (Dorte)", "Naboen Ruth Storm" is the relative,
  **registered or not** (a staff member is never called the patient's wife, and hiding it would
  tell the citizen that a hidden person has their wife's name), when the name is on one line,
  does not go on with the hidden person's name ("Holm, Mette") and stands where no name is
  certain (no title, no signature); the same for one name part followed by what it is, a
  relation word or a pet ("Han har Per og Bo som naboer", "Per, som er hendes søn", "Lykke er
  hendes hunds navn"), and for a genitive before a street word ("Friis' gang", "Holms Allé": a
  place named after someone);
* the two words must stand on one line, separated only by spaces or a hyphen (not a comma, a
  line break, a slash), as for colleagues;
* a family name of the citizen or a relative after a courtesy title or a word for the family
  ("fru Tang", "hr. Tang", "fam. Tang", "Mrs Tang": :data:`COURTESY_TITLES`) is the family's,
  and so is one name part described by an age or as whose relative someone is ("Lev (9)",
  "Rosa (10 dage)", "Oskar (Rosas far)"): staff are named neither way;
* the citizen's **own** first given name alone (``own``: "Sofie spørger til ...", in the record
  of Sofie Lykke Andersen; not her second given name, by which she is not called, unless the
  text says it is hers: "Pt. kaldes Lykke", "Lykke (pt.)") stays, except where a name is certain
  (a sign-off, after a title, "talt med": :attr:`Span.certain`), after "ved", "hos", "fra", "af"
  ... (where staff are named), or when it goes on with a hidden person's other part; so does a
  relative's given name alone that is only a hidden person's family name ("Storm er født",
  the baby, when the obstetrician Bo Storm is hidden).

So "Pt.s hustru Anne Holm" and "datter Mette" stay when the citizen's wife is Anne Holm and their
daughter Mette, while "Holm" alone, "spl. Holm" and "Mette Holm" (a hidden nurse) are hidden.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

import ahocorasick

from .canon import canonicalise
from .context import _APOSTROPHES, _NEAR, _NEG_BAD_RE, _TIGHT_GAP_RE, _prev_word
from .fold import _fold_with_map, _fold_word
from .forms import Person, Span, _loose, _name_parts, _other_names, _spelling_variants
from .lexicon import _INITIALS_PRECEDERS

if TYPE_CHECKING:
    from .matcher import NameMatcher

__all__ = ["RELATION_WORDS", "KeepNames"]

#: Words for a relative or a contact before a given name ("datter Mette", "hustru Anne"). Not
#: a role that staff take too: "bisidder Helle Rose (krisecentret)", a guardian ("værge")
RELATION_WORDS: tuple[str, ...] = tuple(
    [
        "datter",
        "datteren",
        "søn",
        "sønnen",
        "hustru",
        "hustruen",
        "kone",
        "konen",
        "mand",
        "manden",
        "ægtefælle",
        "ægtefællen",
        "samlever",
        "samleveren",
        "kæreste",
        "kæresten",
        "mor",
        "moderen",
        "moren",
        "far",
        "faderen",
        "faren",
        "forælder",
        "søster",
        "søsteren",
        "bror",
        "broderen",
        "broren",
        "barnebarn",
        "barnebarnet",
        "svigersøn",
        "svigerdatter",
        "svigermor",
        "svigerfar",
        "nevø",
        "niece",
        "fætter",
        "kusine",
        "onkel",
        "moster",
        "faster",
        "morbror",
        "farbror",
        "tante",
        "veninde",
        "veninden",
        "ven",
        "vennen",
        "nabo",
        "naboen",
        "pårørendesamtale",
        "pårørendesamtalen",
        "pårørende",
        "plejemor",
        "plejefar",
        "stedmor",
        "stedfar",
        "mormor",
        "morfar",
        "farmor",
        "farfar",
        "oldebarn",
        # a brother or sister by age, a half, step or bonus relative, a former partner
        # ("lillebror Tom", "storesøsteren Asta", "bonusmor Vibe", "ekskæresten Stig")
        *(
            prefix + word
            for prefix in ("lille", "store", "halv", "bonus", "pap")
            for word in ("bror", "broren", "søster", "søsteren", "mor", "moren", "far", "faren")
        ),
        *(
            "eks" + word
            for word in ("kæreste", "kæresten", "mand", "manden", "kone", "konen", "samlever")
        ),
        "barnefar",
        "barnefaren",
        "barnemor",
        "barnemoren",
        "tvillingebror",
        "tvillingesøster",
        "fætteren",
        "kusinen",
        "oldemor",
        "oldefar",
        # a child's friends and siblings ("klassekammerat Ali", "Ali (klassekammerat)")
        "klassekammerat",
        "klassekammeraten",
        "kammerat",
        "kammeraten",
        "søskende",
        # another patient, resident or inmate is no member of staff either ("medpatient Ahmed
        # Hassan", "medbeboer Ruth", "medindsat Tom")
        "medpatient",
        "medpatienten",
        "medbeboer",
        "medbeboeren",
        "medindsat",
        "medindsatte",
        # the family by its name ("Familien Hammer ønsker netværksmøde")
        "familien",
        # a newborn, by the hospital's name for it before it has one ("Dreng Jensen overflyttet
        # til neonatal", "Baby Jensen har fået K-vitamin"; not "lille": "den lille mai er sød"
        # may be a nurse)
        "baby",
        "babyen",
        "dreng",
        "drengen",
        "pige",
        "pigen",
        "nyfødte",
        # what the citizen or a relative is called ("Pt. kaldes Lykke af familien")
        "kaldes",
        # the children in a list of the family ("Familie: mand Jens, børn Sofie og Thomas")
        "børn",
        "børnene",
        # in an English note ("the patient's brother Frank")
        *[
            "brother",
            "sister",
            "mother",
            "father",
            "son",
            "daughter",
            "wife",
            "husband",
            "partner",
            "girlfriend",
            "boyfriend",
            "grandmother",
            "grandfather",
        ],
        # a pet is never a member of staff either ("hunden Lykke", "hendes kat Bo")
        "hund",
        "hunden",
        "kat",
        "katten",
    ]
)

#: Courtesy titles and words for a family before a family name that is the citizen's or a
#: relative's ("fru Tang", "hr. Tang", "fam. Tang", "Mr and Mrs Tang"): staff are not named so
COURTESY_TITLES: tuple[str, ...] = (
    "fru",
    "hr",
    "herr",
    "frk",
    "fam",
    "familien",
    "ægteparret",
    "mr",
    "mrs",
    "ms",
    "miss",
)

#: a courtesy title abbreviated before the name: "hr. Tang", "fam. Tang", "Mrs. Tang"
_COURTESY_DOT_RE = re.compile(r"(?i:hr|herr|frk|fam|mr|mrs|ms)\.[ \t\xa0]+[^\W\d_]+")

#: The plural of a relation word, after "som" ("Han har Per og Bo som naboer").
RELATION_PLURALS: tuple[str, ...] = (
    "døtre",
    "døtrene",
    "sønner",
    "sønnerne",
    "børn",
    "børnene",
    "børnebørn",
    "børnebørnene",
    "forældre",
    "forældrene",
    "søskende",
    "søstre",
    "brødre",
    "naboer",
    "naboerne",
    "venner",
    "vennerne",
    "veninder",
    "veninderne",
    "pårørende",
    "hunde",
    "katte",
)


class KeepNames:
    """A post-filter that keeps the names of one view (see module doc)."""

    __slots__ = ("_addressed", "_auto", "_full", "_kin", "_own", "_own_all", "names")

    def __init__(
        self,
        names: frozenset[tuple[str, str]],
        auto: ahocorasick.Automaton | None,
        own: frozenset[str] = frozenset(),
        full: ahocorasick.Automaton | None = None,
        own_all: frozenset[str] = frozenset(),
        kin: frozenset[str] = frozenset(),
        addressed: frozenset[tuple[str, str]] = frozenset(),
    ):
        self.names = names
        #: (given, family) name parts, loosely folded, of the people whose names stay and who are
        #: not a hidden person of the same name: their e-mail addresses stay ("ditte.fisker@...")
        self._addressed = addressed
        self._auto = auto
        self._own = own  # the citizen's own first given names, loosely folded
        self._own_all = own_all | own  # ... and every given name (kept where the text says so)
        self._kin = kin  # the first given names of the people whose names stay, loosely folded
        self._full = full  # a relation word + a full name that is also a hidden person's

    @classmethod
    def build(
        cls,
        names: Iterable[Person | tuple[str, str]],
        matcher: NameMatcher,
        own: Iterable[tuple[str, str]] = (),
    ) -> KeepNames:
        """The filter of ``names`` against the hidden people of ``matcher``; ``own`` are the
        citizen's own names (also kept as names), whose first given name alone stays too (the
        name a citizen is called by: "Sofie", not her second name "Lykke", which alone is the
        hidden midwife Lykke Vang's in "I dag har Lykke målt SF-mål")."""
        own_names = frozenset(_other_names(own))
        all_names = frozenset(_other_names(names)) | own_names
        own_given = _first_given_names(own_names)
        own_all = frozenset(_loose(x) for g, _ in own_names for x in _name_parts(g) if len(x) >= 2)
        kin = _first_given_names(_other_names(names))
        hidden_parts = matcher._hidden_parts
        hidden_pairs = matcher._hidden_pairs
        keys: set[str] = set()
        comma_keys: set[str] = set()  # a list by family name with a comma: "Fisker, Inge Lise"
        full: set[str] = set()
        for given, family in all_names:
            g = [x for x in _name_parts(given) if len(x) >= 2]
            f = [x for x in _name_parts(family) if len(x) >= 2]
            if g and f and any(f"{_loose(a)} {_loose(b)}" in hidden_pairs for a in g for b in f):
                # the same name as a hidden person: only a relation word right before it says
                # it is the relative ("Pt.s hustru Birgitte Kjærgaard"), the whole name as given
                for v in _spelling_variants(" ".join((*g, *f))):
                    for rel in RELATION_WORDS:
                        full.update(
                            (f"{rel} {v}", f"{rel} {v} s")
                            if v[-1:] in "sxz"
                            else (f"{rel} {v}", f"{rel} {v}s", f"{rel} {v} s")
                        )
            pairs = [(a, b) for a in g for b in f]
            reversed_pairs = {(b, a) for a in g for b in f}
            pairs += reversed_pairs  # a list by family name: "Fisker Inge Lise"
            pairs += list(itertools.pairwise(g)) + list(itertools.pairwise(f))
            for a, b in pairs:
                la, lb = _loose(a), _loose(b)
                if la not in hidden_parts and lb not in hidden_parts:
                    continue  # nothing of it can be hidden
                if f"{la} {lb}" in hidden_pairs or f"{lb} {la}" in hidden_pairs:
                    continue  # two parts of one hidden person's name: it is hidden
                for v in _spelling_variants(f"{a} {b}"):
                    keys.update((v, v + " s") if v[-1:] in "sxz" else (v, v + "s", v + " s"))
                    if (a, b) in reversed_pairs:
                        # the comma is read as a space: "tang, erna" is "tang  erna"
                        comma_keys.add(v.replace(" ", "  ", 1))
            for a in g:
                if _loose(a) not in hidden_parts:
                    continue
                for rel in RELATION_WORDS:
                    for v in _spelling_variants(a):
                        keys.update((f"{rel} {v}", f"{rel} {v}s", f"{rel} {v} s"))
            for b in f:
                if _loose(b) not in hidden_parts:
                    continue
                # the family name after a courtesy title or "fam.": "fru Tang", "hr. Tang",
                # "fam. Tang", "Mrs Tang" (the citizen and their family, not staff)
                for title in COURTESY_TITLES:
                    for v in _spelling_variants(b):
                        for gap in (" ", "  "):  # (a full stop is folded to a space: "hr. tang")
                            keys.update(
                                (f"{title}{gap}{v}", f"{title}{gap}{v}s", f"{title}{gap}{v} s")
                            )
        addressed = frozenset(
            (la, lb)
            for given, family in all_names
            for la in map(_loose, _name_parts(given))
            for lb in map(_loose, _name_parts(family))
            if len(la) >= 2 and len(lb) >= 2 and f"{la} {lb}" not in hidden_pairs
        )
        return cls(
            all_names,
            _automaton(keys, comma_keys),
            own_given,
            _automaton(full),
            own_all,
            kin,
            addressed,
        )

    def _their_address(self, address: str) -> bool:
        """Is the e-mail address the given and family name of someone whose name stays
        ("ditte.fisker@gmail.com", the daughter Ditte Fisker; the hidden dietitian Ditte Mørk's
        given name alone does not make it hers)?"""
        pieces = _address_pieces(address)
        return len(pieces) >= 2 and any(a in pieces and b in pieces for a, b in self._addressed)

    def filter(self, text: str, spans: list[Span]) -> list[Span]:
        """``spans`` (of ``text``, from the matcher this filter was built for) without the
        single name parts that stand inside a name that must stay."""
        if not spans:
            return spans
        if self._addressed and any(sp.form == "email" for sp in spans):
            spans = [sp for sp in spans if sp.form != "email" or not self._their_address(sp.text)]
        spans = self._relatives(text, spans)
        if not any(sp.part or _courtesy_titled(sp) for sp in spans):
            return spans
        if self._own or self._kin:
            spans = self._own_given(text, spans)
        if self._auto is None:
            return spans
        comma_negs: set[tuple[int, int]] = set()
        negs = _occurrences(self._auto, text, comma_negs)
        if not negs:
            return spans
        negs.sort()
        starts = [s for s, _ in negs]
        longest = max(e - s for s, e in negs)
        out: list[Span] = []
        kept: set[int] = set()  # the spans this filter leaves out: names that stay
        for i, sp in enumerate(spans):
            if sp.part or _courtesy_titled(sp):
                # the key occurrences that contain the span (bisect: linear in the text); one
                # without a comma first ("Erna Tang, Ib Tang": "Tang" is Erna's, not "Tang, Ib")
                j = bisect_right(starts, sp.start) - 1
                inside: list[tuple[int, int]] = []
                by_comma: list[tuple[int, int]] = []
                while j >= 0 and starts[j] >= sp.end - longest:
                    s, e = negs[j]
                    if e >= sp.end:
                        (by_comma if (s, e) in comma_negs else inside).append((s, e))
                    j -= 1
                inside = inside or by_comma
                if inside and not any(_continued(text, spans, i, s, e, kept) for s, e in inside):
                    kept.add(i)
                    continue
            out.append(sp)
        return out

    def _relatives(self, text: str, spans: list[Span]) -> list[Span]:
        """A name span that is exactly a relative's whole name right after a relation word
        ("Pt.s hustru Birgitte Kjærgaard", when the citizen's wife and a hidden nurse share the
        name) is the relative, unless the name goes on with the hidden person."""
        occ = _occurrences(self._full, text) if self._full is not None else []
        out: list[Span] = []
        for i, sp in enumerate(spans):
            if (
                sp.form not in ("email", "username", "initials")
                and (
                    any(
                        s < sp.start and e == sp.end and _name_starts(text, s, sp.start)
                        for s, e in occ
                    )
                    or (
                        not sp.certain
                        and _ONE_LINE_NAME_RE.fullmatch(sp.text) is not None
                        and (
                            _after_relation_word(text, sp.start)
                            # after the name: only one name part ("Per og Bo som naboer")
                            or (sp.part and _before_relation_word(text, sp.end))
                            or (
                                sp.part
                                and sp.genitive
                                and _PLACE_AFTER_RE.match(text, sp.end) is not None
                            )
                        )
                    )
                )
                and not _continued(text, spans, i, sp.start, sp.end)
            ):
                continue
            out.append(sp)
        return out

    def _own_given(self, text: str, spans: list[Span]) -> list[Span]:
        """The citizen's own given name alone ("Sofie spørger til ...") is the citizen, in their
        own record, unless it stands where a name is certain (a signature, after a title: then
        :attr:`Span.part` is false) or goes on with a hidden person's other part. So is a
        relative's given name alone where it is only a hidden person's family name ("Storm er
        født 14.03", the baby, when the obstetrician Bo Storm is hidden: a family is called by
        its given names, and a label there would tell the parents that a hidden person is
        called Storm); a hidden person's given name stays hidden ("Maja" alone, the daughter's
        and a hidden nurse's). A greeting heading a message is certain of a name, and in the
        citizen's own record it greets the citizen: "Hej Sofie" stays, "Mvh Sofie" alone does
        not; it does in a message that greets or addresses a hidden person ("Hej Dorthe ... Mvh
        Sofie": her own sign-off)."""
        out: list[Span] = []
        for i, sp in enumerate(spans):
            if (
                sp.part
                and not sp.certain
                and sp.form == "family"
                and _loose(sp.text) in self._kin
                and _fold_word(_prev_word(text, sp.start)[0].rstrip(".:,"))
                not in _INITIALS_PRECEDERS
                and not _continued(text, spans, i, sp.start, sp.end)
            ):
                continue
            if (
                sp.part
                and sp.certain
                and sp.form == "given"
                and _loose(sp.text) in self._own
                and (
                    # greeted in a message of her own record: "Hej Sofie", "Kære Sofie"
                    _GREETING_BEFORE_RE.search(text, max(0, sp.start - 16), sp.start) is not None
                    # her own sign-off to someone she greeted: "Hej Dorthe ... Mvh Sofie"
                    or (
                        _SIGNED_BEFORE_RE.search(text, max(0, sp.start - 24), sp.start) is not None
                        and _END_OF_LINE_RE.match(text, sp.end) is not None
                        and _writes_to_another(text, spans[:i], self._own)
                    )
                )
                and not _continued(text, spans, i, sp.start, sp.end)
            ):
                continue
            if sp.part and not sp.certain and sp.form in ("given", "genitive"):
                word = sp.text
                if sp.genitive:
                    word = word.rstrip(_APOSTROPHES)
                    word = (
                        word[:-1] if word[-1:] in "sS" and _loose(word) not in self._own else word
                    )
                prev = _fold_word(_prev_word(text, sp.start)[0].rstrip(".:,"))
                loose = _loose(word)
                if (
                    (
                        loose in self._own
                        # another given name of hers where the text says it is hers: "Lykke
                        # (pt.) og jordemoder Lykke"
                        or (
                            loose in self._own_all
                            and _SAID_TO_BE_THE_PATIENT_RE.match(text, sp.end)
                        )
                    )
                    and prev not in _INITIALS_PRECEDERS  # "ved Kirsten", "hos Kirsten": staff
                    and not _continued(text, spans, i, sp.start, sp.end)
                ):
                    continue
            out.append(sp)
        return out


#: a greeting heading a message or a line, before the name greeted ("Hej ", "Kære ", "Hi ")
_GREETINGS = "hej|kære|hi|hello|dear|goddag|godmorgen"
_GREETING_BEFORE_RE = re.compile(r"(?:^|(?<=\n))[ \t\xa0]*(?i:" + _GREETINGS + r")[ \t\xa0]+\Z")


#: a sign-off before the name that signs ("Mvh ", "Hilsen\n", "/")
_SIGNED_BEFORE_RE = re.compile(
    r"(?:(?<![^\W_])(?i:mvh|vh|kh|hilsen|hilsner|regards)[ \t\xa0,.!]*\r?\n?[ \t\xa0]*|/)\Z"
)
_END_OF_LINE_RE = re.compile(r"[ \t\xa0.!]*(?:\r?\n|$)")
#: who a message is written to, before their name: a greeting heading a line, "Til:", "Besked
#: til", "Att.:"
_ADDRESSEE_BEFORE_RE = re.compile(
    r"(?:(?:^|(?<=\n))[ \t\xa0]*(?i:" + _GREETINGS + r"|til:|att\.?:)"
    r"|(?i:besked|brev|spørgsmål|svar)[ \t\xa0]+til:?)[ \t\xa0]+\Z"
)


def _writes_to_another(text: str, before: list[Span], own: frozenset[str]) -> bool:
    """Does the message greet or address a hidden person before its sign-off ("Hej Dorthe",
    "Til: Mark Søborg", "Besked til Yasmin Haddad:")? Then a sign-off with the citizen's own
    given name is the citizen's own ("... Mvh Sofie"), not the person she wrote to."""
    return any(
        _loose(sp.text.split()[0]) not in own
        and _ADDRESSEE_BEFORE_RE.search(text, max(0, sp.start - 16), sp.start) is not None
        for sp in before
    )


def _first_given_names(names: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The parts of each first given name of ``names``, loosely folded: the name a person is
    called by ("Sofie" of "Sofie Lykke", "anne" and "marie" of "Anne-Marie Sofie")."""
    return frozenset(
        _loose(x)
        for g, _ in names
        for x in _name_parts(g.split()[0] if g.split() else g)
        if len(x) >= 2
    )


#: the patient, in parentheses after a name: "Lykke (pt.)", "Sofie (patienten)"
_SAID_TO_BE_THE_PATIENT_RE = re.compile(r"[ \t\xa0]*\((?:pt|patient|patienten|borger|borgeren)\b")


def _address_pieces(address: str) -> set[str]:
    return {_loose(p) for p in _ADDRESS_SPLIT_RE.split(address.split("@", 1)[0]) if len(p) >= 2}


_ADDRESS_SPLIT_RE = re.compile(r"[._\-+]+")


def _courtesy_titled(sp: Span) -> bool:
    """Is the span a courtesy title and one name part ("fru Tang", "hr. Tang")? The matcher
    takes the title with the name; the name may be the citizen's family's (:data:`COURTESY_TITLES`)."""
    if sp.form != "title+name":
        return False
    words = sp.text.split()
    return len(words) == 2 and _fold_word(words[0].rstrip(".")) in COURTESY_TITLES


def _continued(
    text: str,
    spans: list[Span],
    i: int,
    ns: int,
    ne: int,
    kept: frozenset[int] | set[int] = frozenset(),
) -> bool:
    """Does a span of the same hidden people stand tightly next to [ns, ne), outside it?
    (``spans`` are sorted and disjoint: only the nearest one on each side can.) A span before
    it that this filter has ``kept`` as a name that stays does not go on with it ("Erna Tang,
    Ib Tang": Erna's "Tang" does not make "Tang, Ib" a hidden person's)."""
    sp = spans[i]
    people = set(sp.candidates)
    k = i - 1
    while k >= 0 and spans[k].end > ns:
        k -= 1
    if k >= 0 and k not in kept:
        o = spans[k]
        if (
            people & set(o.candidates)
            and ns - o.end <= _NEAR
            and _TIGHT_GAP_RE.fullmatch(text, o.end, ns)
        ):
            return True
    k = i + 1
    while k < len(spans) and spans[k].start < ne:
        k += 1
    if k < len(spans):
        o = spans[k]
        if (
            people & set(o.candidates)
            and o.start - ne <= _NEAR
            and _TIGHT_GAP_RE.fullmatch(text, ne, o.start)
        ):
            return True
    return False


def _automaton(
    keys: set[str], comma_keys: set[str] | frozenset[str] = frozenset()
) -> ahocorasick.Automaton | None:
    """The keys, padded with spaces, each with (its padded length, whether one comma may stand
    between its words: :func:`_occurrences`)."""
    if not keys and not comma_keys:
        return None
    auto = ahocorasick.Automaton()
    for k in keys:
        auto.add_word(f" {k} ", (len(k) + 2, False))
    for k in comma_keys:
        auto.add_word(f" {k} ", (len(k) + 2, True))
    auto.make_automaton()
    return auto


def _occurrences(
    auto: ahocorasick.Automaton, text: str, comma: set[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Where the keys of ``auto`` stand in ``text`` (offsets of the original), on one line and
    separated only by spaces or a hyphen, or by one comma for a key that allows it (those are
    added to ``comma`` too)."""
    canon, cmap = canonicalise(text)
    folded = _fold_with_map(canon, marks=True)
    orig = folded.orig if folded.f_anchor else None
    out: list[tuple[int, int]] = []
    for end, (padded, by_comma) in auto.iter(folded.text):
        if orig is None:
            s, e = end - padded + 1, end - 1
        else:
            s, e = orig(end - padded + 1), orig(end - 2) + 1
        bad = _NEG_BAD_RE.search(canon, s, e)
        if by_comma and bad is not None and canon[bad.start()] == ",":
            bad = _NEG_BAD_RE.search(canon, bad.end(), e)  # "Tang, Erna": one comma
        elif by_comma:
            continue  # (the comma key of a pair that has no comma here: the plain key reads it)
        if bad is not None or (
            "." in canon[s:e] and _COURTESY_DOT_RE.fullmatch(canon, s, e) is None
        ):
            continue  # a line break, a comma, a slash between the words (not "hr. Tang")
        if cmap is not None:
            s, e = cmap.span(s, e)
        out.append((s, e))
        if by_comma and comma is not None:
            comma.add((s, e))
    return out


_RELATION_SET = frozenset(RELATION_WORDS)  # (all in lower case)
_RELATION_ALTERNATIVES = "|".join(sorted(RELATION_WORDS, key=len, reverse=True))
_RELATION_BEFORE_RE = re.compile(
    r"(?:(?<![^\W_])(?i:" + _RELATION_ALTERNATIVES + r")"
    r"(?:[ \t\xa0]+(?i:hedder|hed))?"  # "Hunden hedder Lykke"
    # "hustru Birgitte", "Pårørende (Dorte)", "Naboen Ruth Storm" (the name's first part kept),
    # "Pårørendesamtale med Sten"
    r"(?:[ \t\xa0]+(?i:med[ \t\xa0]+)?|[ \t\xa0]*\([ \t\xa0]*)"
    # the relative in apposition, the relation word capitalised or after a genitive: "Sønnen,
    # Torben, er kontaktperson", "Gudruns søster, Karen, ringer" (not a list: "pt, datter, Holm")
    r"|(?:(?<![^\W_])(?=[A-ZÆØÅ])|(?<=s[ \t\xa0]))(?i:" + _RELATION_ALTERNATIVES + r"),[ \t\xa0]+"
    # a form's field, first on its line or after another field: "Mand: Sten, datter: Lykke"
    # (not "besked til søn: per kommer")
    r"|(?:(?<=[\n,;])|(?<=[\n,;][ \t\xa0])|(?<![\s\S]))(?i:" + _RELATION_ALTERNATIVES + r")"
    r"[ \t\xa0]*:[ \t\xa0]*)"
    r"(?:[A-ZÆØÅ][^\W\d_]+[ \t\xa0]+){0,2}\Z"
)


_SP = r"[ \t\xa0]"
_NAME_WORD = r"[A-ZÆØÅ][^\W\d_]+(?:[\-'’][^\W\d_]+)*"
_POSSESSIVE = r"(?:hans|hendes|deres|sin|sit|sine|pt\.?s|pt's|patientens|borgerens)"
_RELATION_AFTER_RE = re.compile(
    # more names in the same list: "Per og Bo som naboer", "Per, Bo og Ib som naboer"
    rf"(?:(?:{_SP}*,{_SP}*|{_SP}+(?i:og|samt|eller){_SP}+){_NAME_WORD}(?:{_SP}+{_NAME_WORD})?){{0,4}}"
    # "... som naboer", "..., som er hendes nabo", "... er hendes hunds navn"
    rf"{_SP}*,?{_SP}+(?i:som(?:{_SP}+(?:er|var))?{_SP}+(?:{_POSSESSIVE}{_SP}+)?"
    rf"|(?:er|var){_SP}+{_POSSESSIVE}{_SP}+"
    # the relation after a comma: "Tom, pt's lillebror, kom på besøg", "Vibe, hendes mor"
    rf"|(?<=,[ \t\xa0]){_POSSESSIVE}{_SP}+"
    # the relation in parentheses after the name: "Mark (far) kommer", "Kim (morbror)", with
    # an age: "Ask (søn, 15)", "Ida (datter 4 år)", with whose and what more: "Mark (min
    # kæreste)", "Mark (far til barnet)", "Mark (my boyfriend)"
    rf"|{_SP}*\({_SP}*(?:(?i:min|mit|hendes|hans|deres|pt\.?s|pt's|my|her|his"
    # whose, by a genitive: "Bo (mors kæreste)", "Ali (Malthes klassekammerat)"
    r"|[^\W\d_]{2,}s"
    rf"){_SP}+)?(?=(?i:"
    + "|".join(sorted(RELATION_WORDS, key=len, reverse=True))
    + rf")(?![^\W_])(?:{_SP}*,?{_SP}*\d{{1,3}}(?:{_SP}*(?:år|mdr|uger|dage))?{_SP}*"
    + rf"|{_SP}+(?i:til|of|to){_SP}+[^()\n]{{1,30}})?\)))"
    r"(?i:"
    + "|".join(sorted(RELATION_WORDS + RELATION_PLURALS, key=len, reverse=True))
    + r")s?(?![^\W_])"
)


#: a street or a place named after someone: a genitive name and one of these words ("Friis' gang
#: er den sidste på venstre hånd", "Holms Allé 4"); staff are not named so
_PLACE_AFTER_RE = re.compile(
    rf"{_SP}+(?i:gang|gade|vej|allé|alle|plads|stræde|torv|park|bro)(?![^\W_]|[\-\u2010\u2011])"
)


def _before_relation_word(text: str, e: int) -> bool:
    """Does a relation word follow the name ending at ``e`` on the same line, as what the name
    is ("Han har Per og Bo som naboer", "Lykke er hendes hunds navn", "Per, som er hendes
    nabo")?  Then the name is the relative (or the pet), as after a relation word. So does an
    age ("Lev (9 år)", "Rosa (10 dage)", "Vilma (72 år)": staff are not described by their age)
    and, after a genitive, whose relative someone is ("Rosas far", "Levs mor")."""
    if _AGE_AFTER_RE.match(text, e) is not None:
        return True
    if e > 0 and text[e - 1] in "sS" and _GENITIVE_RELATION_RE.match(text, e) is not None:
        return True
    return _RELATION_AFTER_RE.match(text, e, min(len(text), e + 160)) is not None


#: an age after a name, in parentheses: " (9 år)", " (9)", " (10 dage)", "(nyfødt)", or after a
#: comma: ", 13 år"
_AGE_AFTER_RE = re.compile(
    r"[ \t\xa0]*\([ \t\xa0]*(?:\d{1,3}(?:[ \t\xa0]*(?:år|årig|mdr|md|måneder|uger|dage|dg|døgn))?"
    r"|nyfødt|spæd)[ \t\xa0]*[),]"
    # and in apposition: "Ida, 13 år, er med"
    r"|,[ \t\xa0]*\d{1,3}[ \t\xa0]*(?:år|årig|mdr|måneder)(?![^\W_])"
)
#: a relation word after a genitive name: "Rosas far", "Levs mor"
_GENITIVE_RELATION_RE = re.compile(
    r"[ \t\xa0]+(?i:far|mor|bror|søster|søn|datter|forældre|morfar|mormor|farfar|farmor)(?![^\W_])"
)


#: a name written on one line, its parts separated by a space or a hyphen (not "Holm, Mette")
_ONE_LINE_NAME_RE = re.compile(r"[^\W\d_]+(?:[ \t\xa0\-][^\W\d_]+)*['’]?s?")


def _after_relation_word(text: str, s: int) -> bool:
    """Does a relation word stand right before ``s``, on the same line ("Pt.s hustru Birgitte
    Kjærgaard", "Sønnen Søren")?  Then the name is the relative, registered or not: a staff
    member is never called the patient's wife, and hiding the name would tell the reader that a
    hidden person has it.  Not where a name is certain (a title, a signature: ``Span.certain``).

    ``_RELATION_BEFORE_RE.search(text, max(0, s - 60), s) is not None``, tried only at the
    starts of the last four words before ``s`` (the search tried the ~135 relation words at
    every character after a space or a sign): the relation words are all letters, and where the
    pattern matches, the relation word is a whole word (no letter or digit before it; a space or
    "(" after it), followed by at most three more ("hedder" and two capitalised words) and a
    space or "(" right before ``s``. A word of Latin-1 letters is tried only if it is one of
    them in lower case (for those letters, what the case-insensitive pattern matches;
    ``tests/names_fastpath_cases.py``)."""
    if s == 0 or text[s - 1] not in " \t\xa0(":
        return False
    lo = max(0, s - 60)
    j = s
    for _ in range(4):
        while j > lo and not text[j - 1].isalnum():
            j -= 1
        if j == lo:
            return False
        k = j
        while j > lo and text[j - 1].isalnum():
            j -= 1
        word = text[j:k]
        if (word.lower() in _RELATION_SET or max(word) > "\xff") and _RELATION_BEFORE_RE.match(
            text, j, s
        ) is not None:
            return True
    return False


def _name_starts(text: str, s: int, name_start: int) -> bool:
    """Is ``text[s:name_start]`` one relation word and the space after it ("hustru ")?"""
    gap = text[s:name_start]
    return gap[:1].isalpha() and gap.rstrip().isalpha() and gap[len(gap.rstrip()) :].isspace()
