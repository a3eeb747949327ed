"""The matcher: :class:`NameMatcher` builds the automata and finds the spans."""

from __future__ import annotations

import dataclasses
import itertools
import marshal
import operator
import pickle
import re
import threading
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import ahocorasick

from .canon import canonicalise
from .context import (
    _APOSTROPHES,
    _CAMEL_RE,
    _CAP_WORD_PAREN_RE,
    _CAPS_BEFORE_RE,
    _CAPS_JOINED_BEFORE_RE,
    _CERTAIN_TOKEN_RE,
    _DIARY_AFTER_RE,
    _DIARY_LEAD_RE,
    _DOTTED_RE,
    _DOTTED_TOKEN_RE,
    _DOTTED_WORD_RE,
    _EMAIL_RE,
    _GIVEN_ABBR_BEFORE_RE,
    _HYPHEN_AFTER_RE,
    _HYPHEN_BEFORE_RE,
    _HYPHEN_SPACE_RE,
    _INITIAL_TAIL_RE,
    _INITIALS_AFTER_RE,
    _INITIALS_BEFORE_RE,
    _JOINED_RE,
    _LETTER,
    _LINE_END_RE,
    _LINE_REST_RE,
    _LOCAL_SPLIT_RE,
    _LOCAL_TOKEN_RE,
    _NEAR,
    _NEG_BAD_RE,
    _PAREN_SIG_RE,
    _SENTENCE_GAP_RE,
    _SIG_LINE_RE,
    _SIG_TOKEN_RE,
    _SPACED_DOTTED_RE,
    _TIGHT_GAP_RE,
    _TITLE_AFTER_RE,
    _TITLE_INITIAL_RE,
    _TRAILING_INITIAL_RE,
    _UNDERSCORE_TOKEN_RE,
    _WORD_AFTER_RE,
    _WORD_BEFORE_RE,
    ON_DUTY_WORDS,
    _at_sentence_start,
    _caps_context,
    _email_around,
    _ends_before,
    _is_verb,
    _line_start,
    _next_word_decides,
    _prev_word,
    _sig_norm,
    _spelled_out_after,
    _title_before,
    _token_after_marker,
    _verb_after,
    _with_after,
    _without_role_words,
)
from .fold import _fold_with_map, _fold_word, fold
from .forms import (
    _FROM_DIGRAPH_RE,
    Person,
    Span,
    _digraph,
    _extra_initials,
    _loose,
    _name_parts,
    _norm_key,
    _other_names,
    _spelling_variants,
    derive_initials,
)
from .keep import KeepNames
from .lexicon import (
    _A_THING_PUT_FIRST,
    _ABBR_TITLES,
    _ABUSE_VERBS,
    _ADJECTIVE_NAMES,
    _ADVERBS,
    _AFTER_A_NAME,
    _ANALYTES,
    _ARTICLES_AND_POSSESSIVES,
    _ASKED_ABOUT,
    _ASKING_VERBS,
    _AUXILIARIES,
    _CONTACT_VERBS,
    _DONE_TO_A_PERSON,
    _FIELD_LABELS,
    _FINITE_VERBS,
    _FUNCTION_WORDS,
    _GIVEN_BY_A_THING,
    _IMPERATIVES,
    _INITIALS_PRECEDERS,
    _INTERJECTIONS,
    _LATER_TIME_WORDS,
    _LIST,
    _MARKER_WORDS,
    _MORE_PERSON_AFTER_AUXILIARY,
    _MORE_PERSON_FINITE,
    _NAME_BEFORE_VERB,
    _NAME_FOLLOWERS,
    _NAME_PARTICLES,
    _NAME_PRECEDERS,
    _NEXT,
    _NOT_AN_INITIALS_VERB,
    _NOT_BEFORE_SUBJECT,
    _NOT_PARTICIPLES,
    _PERSON_ABBREVIATIONS,
    _PERSON_AFTER_AUXILIARY,
    _PERSON_OBJECTS,
    _PERSON_VERBS,
    _PREPOSITIONS_BEFORE_A_PERSON,
    _SAYING_VERBS,
    _SENTENCE_ADVERBS,
    _SIGNING_ABBREVIATIONS,
    _STRONG,
    _STRONG_PAST_ON_A_PERSON,
    _TIME_WORDS,
    _TITLE_MODIFIERS,
    _TITLE_WORDS,
    _UNITS,
    _WEAK,
    _WEAK_MARKERS,
    _WHAT_A_THING_DOES_TO_ONE,
    CLINICAL_ABBREVIATIONS,
    EPONYMS,
    SCORE_EPONYMS,
    SHORT_FORMS,
    TITLES,
    ZIPF_AMBIGUOUS,
    ZIPF_WORD,
    _is_foreign_word,
    _is_word,
    _words,
    name_words,
    profession,
    zipf,
)
from .tables import STAFF_LABELS, WEEKDAYS
from .tables import read as read_tables


def _add_negatives(
    index: dict[str, _Key],
    others: Iterable[Person | tuple[str, str]],
    hidden_parts: set[str],
    hidden_pairs: set[str],
) -> None:
    """Add the names of non-hidden colleagues as *negative* keys (``_Key.neg``).

    A key is two neighbouring parts of one colleague's name ("lars holm", "lars peter",
    "holm jensen") of which at least one is a hidden person's name part, in every spelling,
    also with a genitive ("lars holms", "lars holm's").  Safety first: a pair of which both
    words are parts of one hidden person's name, in either order ("Lars Holm" hidden and
    "Lars Holm" not; "Louise Holm" for hidden "Mette Louise Holm"; "Holm Lars"), compared
    loosely (Søren = Soren), and a spelling that is any form of a hidden person (an e-mail
    address, ...) is not added: there the name is hidden.
    """
    seen: set[str] = set()
    for given, family in _other_names(others):
        g = [x for x in _name_parts(given) if len(x) >= 2]
        f = [x for x in _name_parts(family) if len(x) >= 2]
        pairs = [(a, b) for a in g for b in f]
        pairs += list(itertools.pairwise(g)) + list(itertools.pairwise(f))
        for a, b in pairs:
            la, lb = _loose(a), _loose(b)
            if la not in hidden_parts and lb not in hidden_parts:
                continue
            if f"{la} {lb}" in hidden_pairs:
                continue  # two parts of one hidden person's name: it is hidden
            variants = _spelling_variants(f"{a} {b}")
            if variants[0] in seen:
                continue
            seen.add(variants[0])
            forms = [
                form
                for v in variants
                for form in ((v, v + " s") if v[-1:] in ("s", "x", "z") else (v, v + "s", v + " s"))
            ]
            if a in g and b in f and f"{lb} {la}" not in hidden_pairs:
                # written family first with a comma: "Rask, Jakob", "LUND, METTE"
                forms += [v.replace(" ", "  ", 1) for v in _spelling_variants(f"{b} {a}")]
            for form in forms:
                key = index.get(form)
                if key is None:
                    key = index[form] = _Key(len(form) + 2)
                elif key.entries:
                    continue  # a form of a hidden person
                key.neg = True


_TITLE_EVIDENCE = "efter titel"
_NUMBER_AFTER_RE = re.compile(r"[ \t\xa0:]*\d")
#: the end of a sign-off's sentence after a word-like user name ("Ændret af leo. /po", "af leo,"),
#: not an abbreviation's dot ("af sygeplejerske Kjær kl. 10.00")
_SIGNOFF_END_RE = re.compile(r"[,;)]|\.(?:[ \t\xa0]*(?:[\r\n/]|$)|[ \t\xa0]+[A-ZÆØÅ])")
#: the format of :meth:`NameMatcher.dumps`; change it whenever the rules change what a built
#: matcher holds (a stored matcher of another format is built again)
_FORMAT = "names-2026-12-08.protect8"
_KEEP_CACHE_SIZE = 256  # KeepNames per matcher
_TYPO_MEMO_SIZE = 65536  # words remembered by NameMatcher._typo
#: how frequent a lower-case word next to a lower-case name part may be and still be read as a
#: typo of the person's other part ("winter" 3.8 and "krogh" 3.4 are; "dame" and "vid" are words)
_LOWER_TYPO_ZIPF = 4.0
_UNSEEN = object()

# Entry kinds in the automaton
_NAME, _STRICT = 0, 1


class _Key:
    """Everything the automaton knows about one folded key."""

    __slots__ = (
        "all_genitive",
        "ambiguous",
        "apos_gen",
        "by_person",
        "dotted",
        "dotted_id",
        "entries",
        "first_name",
        "has_name",
        "is_title",
        "marker",
        "name_only",
        "ncands",
        "neg",
        "npset",
        "only_user",
        "padded_len",
        "phrase",
        "sig",
        "sig_id",
        "strict",
        "whole",
        "zipf",
    )

    def __init__(self, padded_len: int) -> None:
        self.padded_len = padded_len
        self.by_person: dict[int, tuple[int, int, str, str, bool, bool]] | None = None
        # (kind, person index, form, rule text, may take apostrophe genitive, is genitive)
        self.entries: (
            list[tuple[int, int, str, str, bool, bool]]
            | tuple[tuple[int, int, str, str, bool, bool], ...]
        ) = []
        # exact lower-case spelling -> entry indexes (only e-mail addresses and user names)
        self.strict: tuple[tuple[str, int], ...] = ()
        self.ambiguous = False
        #: ambiguous only by its frequency as a name ("mette", "jensen"; lexicon.name_words):
        #: looked for in lower case too
        self.name_only = False
        self.apos_gen = False  # "skov s": matched only with an apostrophe ("Skov's")
        self.zipf = 0.0
        self.has_name = False
        self.marker = 0  # _STRONG / _COLON / _WEAK when the key is a signature marker
        self.is_title = False
        self.phrase = False  # two neighbouring parts of one name ("mette holm")
        self.sig: _Sig | None = None  # initials with this spelling (matched in CAPITALS)
        self.dotted: _Sig | None = None  # initials written "M.L.H." (folded "m l h")
        self.sig_id = self.dotted_id = -1  # their index in the matcher's table
        self.npset: frozenset[int] = frozenset()  # persons for whom it is a name part
        self.ncands: tuple[str, ...] = ()  # their keys, sorted
        self.all_genitive = False
        self.only_user = False  # every name entry is a user name / e-mail local part
        self.first_name: tuple[int, int, str, str, bool, bool] | None = None
        # a form that is more than one name part (a phrase, a joined double name, an address):
        # never left alone inside a non-hidden colleague's name
        self.whole = False
        # two neighbouring parts of a non-hidden colleague's name ("lars holm"): a single
        # part of a hidden person inside it is left (see NameMatcher.build, ``others``)
        self.neg = False

    def row(self) -> tuple:
        """The key as plain data (for :meth:`NameMatcher.dumps`)."""
        first = self.entries.index(self.first_name) if self.first_name is not None else -1
        return (
            self.padded_len, self.entries, self.strict, self.ambiguous, self.apos_gen,
            self.zipf, self.has_name, self.marker, self.is_title, self.phrase, self.sig_id,
            self.dotted_id, tuple(self.npset), self.ncands, self.all_genitive, self.only_user,
            first, self.whole, self.neg, self.name_only,
        )  # fmt: skip

    @classmethod
    def from_row(cls, row: tuple, sig_at: Callable[[int], _Sig]) -> _Key:
        key = cls(row[0])
        (
            _, key.entries, key.strict, key.ambiguous, key.apos_gen, key.zipf, key.has_name,
            key.marker, key.is_title, key.phrase, key.sig_id, key.dotted_id, npset, key.ncands,
            key.all_genitive, key.only_user, first, key.whole, key.neg, key.name_only,
        ) = row  # fmt: skip
        key.npset = frozenset(npset)
        key.first_name = key.entries[first] if first >= 0 else None
        key.sig = sig_at(key.sig_id) if key.sig_id >= 0 else None
        key.dotted = sig_at(key.dotted_id) if key.dotted_id >= 0 else None
        return key

    def entry_for(self, pidx: int) -> tuple[int, int, str, str, bool, bool]:
        """The first name entry of person ``pidx``."""
        entries = self.entries
        if len(entries) <= 8:
            for entry in entries:
                if entry[0] == _NAME and entry[1] == pidx:
                    return entry
            raise KeyError(pidx)
        by_person = self.by_person
        if by_person is None:  # a form many people share ("jensen"): index it once
            by_person = {}
            for entry in entries:
                if entry[0] == _NAME:
                    by_person.setdefault(entry[1], entry)
            self.by_person = by_person
        return by_person[pidx]


class _Sig:
    """Initials / short user name used only in signature positions."""

    __slots__ = ("cands", "clinical", "entries", "explicit", "only", "pset", "word")

    def __init__(self) -> None:
        self.entries: list[tuple[int, str, str]] = []  # (person index, form, rule text)
        self.pset: frozenset[int] = frozenset()
        self.cands: tuple[str, ...] = ()
        # the people who have used it (given initials, user names), not only derived from a name
        self.explicit: set[int] | frozenset[int] = set()
        # a common word or a clinical abbreviation ("OK", "BT", "kol"): only where a signature
        # stands (never when it stands out in CAPITALS, nor alone on a line if only derived)
        self.word = False
        self.clinical = False  # a clinical abbreviation: only where a signature stands
        self.only = -1  # only initials, no one's user name (1/0; -1: not yet asked)

    def row(self) -> tuple:
        return (
            tuple(self.entries), tuple(self.pset), self.cands, tuple(self.explicit), self.word,
            self.clinical,
        )  # fmt: skip

    @classmethod
    def from_row(cls, row: tuple) -> _Sig:
        sig = cls()
        entries, pset, sig.cands, explicit, sig.word, sig.clinical = row
        sig.entries = list(entries)
        sig.pset, sig.explicit = frozenset(pset), frozenset(explicit)
        return sig


class _Rows:
    """Rows kept as one block of ``marshal`` data each, read when first asked for."""

    __slots__ = ("blob", "offsets")

    def __init__(self, blob: bytes, offsets: array) -> None:
        self.blob, self.offsets = blob, offsets

    @classmethod
    def of(cls, rows: Iterable[tuple]) -> _Rows:
        parts = [marshal.dumps(r) for r in rows]
        offsets = array("Q", itertools.accumulate(map(len, parts), initial=0))
        return cls(b"".join(parts), offsets)

    def __getitem__(self, i: int) -> tuple:
        return marshal.loads(self.blob[self.offsets[i] : self.offsets[i + 1]])


class _Lazy:
    """Makes the object ``i`` of a loaded matcher from its row when it is first asked for.

    It holds no reference back to the matcher, so a matcher nobody uses any more is freed at
    once by reference counting: a matcher in a reference cycle waited for a full garbage
    collection, which then walked all of it (0.6 s for 20,000 people, in some later view)."""

    __slots__ = ("make", "objs", "rows")

    def __init__(self, objs: list, make: Callable[[tuple], Any]) -> None:
        self.objs, self.make = objs, make
        self.rows: _Rows | None = None

    def __call__(self, i: int) -> Any:
        assert self.rows is not None
        obj = self.objs[i] = self.make(self.rows[i])
        return obj


class _Table:
    """name -> object, by an index into a list shared with the automata; a loaded matcher makes
    each object from its row when it is first asked for."""

    __slots__ = ("index", "load", "objs")

    def __init__(self, index: dict[str, int], objs: list, load: Callable[[int], Any]) -> None:
        self.index, self.objs, self.load = index, objs, load

    def get(self, name: str, default: Any = None) -> Any:
        i = self.index.get(name)
        if i is None:
            return default
        return self.objs[i] or self.load(i)

    def at(self, i: int) -> Any:
        return self.objs[i] or self.load(i)

    def __bool__(self) -> bool:
        return bool(self.index)

    def __contains__(self, name: str) -> bool:
        return name in self.index


class _Ctx:
    """Per-call state of :meth:`NameMatcher.find` (a plain class: made once per text, where a
    dataclass's ``default_factory`` fields cost a call each)."""

    __slots__ = (
        "after_markers",
        "camel",
        "certain",
        "clauses",
        "joined",
        "labels",
        "negs",
        "shape",
        "sig_spans",
        "special_sig",
        "strong_ends",
        "text",
        "title_ends",
        "user_field",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.title_ends: dict[int, int] = {}  # title end -> start
        self.strong_ends: dict[int, int] = {}  # signature marker end -> start
        self.after_markers: list[tuple[int, int, str]] = []
        self.special_sig: list[tuple[int, int, str]] = []  # near / \\ @
        self.joined = False  # a hyphenated line break was joined
        self.negs: list[tuple[int, int]] = []  # non-hidden colleagues' names
        self.certain: list[tuple[int, int, int]] = []  # LIST / NEXT markers
        self.shape = b""  # _shape(text), made by the first automaton pass
        self.camel = -1  # b"lU" in shape: 1 / 0, -1 not yet asked (:func:`_camel`)
        self.clauses: list[tuple[int, int]] | None = None  # _clause_words, when first needed
        self.labels: list[tuple[int, int]] = []  # a table's first row of labels (tables.py)
        self.sig_spans: list[tuple[int, int]] = []  # initials found (2-3 letters, any case)
        self.user_field = False  # "bruger", "user" or "login" in the text, in any case


class _Hit:
    """A candidate name found in a text (a plain class: a dataclass's generated ``__init__``
    would run as Python even in the compiled build, once per candidate)."""

    __slots__ = (
        "cands",
        "certain",
        "end",
        "form",
        "genitive",
        "has_family",
        "has_given",
        "join",
        "key",
        "lower",
        "merged",
        "persons",
        "rule",
        "start",
        "strict",
        "title",
        "why",
    )

    def __init__(
        self,
        start: int,
        end: int,
        key: _Key | None,
        persons: frozenset[int],
        cands: tuple[str, ...] | None = None,
        strict: bool = False,
        form: str = "",
        rule: str = "",
        genitive: bool = False,
        has_given: bool = False,
        has_family: bool = False,
        merged: bool = False,
        join: _Hit | None = None,
        title: tuple[int, str] | bool | None = False,
        why: str = "",
        certain: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.persons = persons
        self.cands = cands  # sorted keys of ``persons`` when known
        self.strict = strict
        self.form = form
        self.rule = rule
        self.genitive = genitive
        self.has_given = has_given
        self.has_family = has_family
        self.merged = merged
        self.join = join  # an overlapping phrase joined to this one
        self.title = title  # cached _title_before (False: not computed)
        self.why = why  # found by a token rule that is evidence of itself ("Holm2")
        #: a frequent name that is no word, found in lower case ("mette"): a name as it stands
        self.lower = False
        self.certain = certain  # found where a name is certain (a signature, after a title)


# --------------------------------------------------------------------------------------------
# The matcher
# --------------------------------------------------------------------------------------------


class NameMatcher:
    """Finds every form of a fixed set of people's names in text.

    Build once with :meth:`build` (or get a cached one from :func:`matcher_for`), then call
    :meth:`find` on any number of texts.  ``find`` does not mutate the matcher, so one
    matcher can serve concurrent callers.
    """

    def __init__(self) -> None:
        self._persons: tuple[Person, ...] | None = ()
        self._person_rows: bytes = b""  # a loaded matcher makes Persons on demand (marshal)
        self._person_keys: tuple[str, ...] = ()
        # the automata map each key to an index in ``_keys``; a loaded matcher makes the _Key
        # objects from their rows when first needed (see :meth:`dumps`)
        self._keys: list[_Key | None] = []
        self._key_rows: _Rows | None = None
        self._sig_objs: list[_Sig | None] = []
        self._sig_rows: _Rows | None = None
        # (the loaders hold no reference to self: see _Lazy)
        self._sig_load = _Lazy(self._sig_objs, _Sig.from_row)
        self._sigs = _Table({}, self._sig_objs, self._sig_load)  # initials, short user names
        sig_at = self._sigs.at
        self._key_load = _Lazy(self._keys, lambda row: _Key.from_row(row, sig_at))
        self._lower_ambig = _Table({}, self._keys, self._key_load)  # ambiguous one-word forms
        self._words = _Table({}, self._keys, self._key_load)  # every one-word name form
        self._part_words: tuple[str, ...] = ()  # given and family name parts of 4+ letters
        #: those parts by how they sound (:func:`_phonetic`), made when first needed
        self._phonetic_index: dict[str, tuple[str, ...]] | None = None
        self._sound_memo: dict[str, tuple[_Key, ...]] = {}  # words asked about before
        self._typo_index: dict[str, tuple[str, ...]] | None = None  # built when first needed
        #: the people whose family name begins with a particle ("van der Berg")
        self._particled: frozenset[int] = frozenset()
        self._typo_blob = b""  # a loaded matcher's typo index (marshal), read when first needed
        # first letters of names -> persons (given names; and family names): _prefix_index
        self._prefixes: list[dict[str, set[int]] | None] = [None, None]
        self._typo_memo: dict[tuple[str, float, bool], tuple[_Key, ...]] = {}  # asked before
        self._hidden_parts: frozenset[str] = frozenset()  # loosely folded name parts
        self._hidden_pairs: frozenset[str] = frozenset()  # two parts of one person ("mette holm")
        self._keeps: OrderedDict[tuple[frozenset, frozenset], KeepNames] = OrderedDict()
        self._keeps_lock = threading.Lock()
        self._other_tokens: frozenset[str] = frozenset()  # name parts of non-hidden colleagues
        #: "part>profession" of the non-hidden colleagues ("lund>doctor"; "lund>?": not known)
        self._other_professions: frozenset[str] = frozenset()
        #: a non-hidden colleague's name part and the first letter of their other part, as an
        #: initial writes it: "lys<r" (R. Lys), "tom>i" (Tom I.)
        self._other_initialled: frozenset[str] = frozenset()
        #: non-hidden colleagues' registered initials, user names and e-mail local parts
        #: (folded), none of them any hidden person's: "kim" (KIM, a secretary), "tohe"
        self._other_ids: frozenset[str] = frozenset()
        self._id_sets: dict[str, frozenset[str]] | None = None  # see _ids_by_key
        self._auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)  # lower case, folded text
        self._auto_cap = ahocorasick.Automaton(ahocorasick.STORE_INTS)  # on the ``capt`` copy
        self._titles: frozenset[str] = _TITLE_WORDS  # folded, spaces removed
        self._sig_max = 0  # the longest signature token (initials, short user names)
        self._firsts: list[str] = []  # per person: first letters of their name parts ("MLH")
        self._gfirsts: list[str] = []  # per person: first letters of their given names ("ML")
        #: per capital letter: the people with a family name that begins with it (when asked)
        self._family_letters: dict[str, frozenset[int]] = {}
        self.digest: str | None = None  # the store's key of the matcher (names.cache), if any

    @property
    def persons(self) -> tuple[Person, ...]:
        """The people, sorted by key."""
        if self._persons is None:
            self._persons = tuple(
                Person(k, g, f, i, e, u, t, a)
                for k, g, f, i, e, u, t, a in marshal.loads(self._person_rows)
            )
        return self._persons

    def _load_key(self, i: int) -> _Key:
        return self._key_load(i)  # type: ignore[no-any-return]

    def _load_sig(self, i: int) -> _Sig:
        return self._sig_load(i)  # type: ignore[no-any-return]

    # ---- building -------------------------------------------------------------------------

    @classmethod
    def build(
        cls, persons: Iterable[Person], others: Iterable[Person | tuple[str, str]] = ()
    ) -> NameMatcher:
        """Build a matcher for ``persons`` (order does not matter; duplicates by key collapse).

        ``others`` are staff members who are *not* hidden (:class:`Person` objects or
        ``(given, family)`` pairs): a single name part of one of ``persons`` is not reported
        where it is part of the full name of one of them ("Lars Holm" when only Mette Holm is
        hidden), unless it is also a form of a hidden person's name (see the module doc,
        "Non-hidden colleagues").  Only the others who share a name part with ``persons``
        matter; the rest are ignored.
        """
        self = cls()
        uniq = {p.key: p for p in persons}
        self._persons = tuple(uniq[k] for k in sorted(uniq))
        self._person_keys = tuple(sorted(uniq))
        index: dict[str, _Key] = {}
        sigs: dict[str, _Sig] = {}
        titles = set(TITLES)  # folded, with spaces: keys of the automaton

        def add(
            folded: str,
            kind: int,
            pidx: int,
            form: str,
            rule: str,
            apos: bool = False,
            genitive: bool = False,
            strict: str | None = None,
            apos_gen: bool = False,
            phrase: bool = False,
            part: bool = False,
        ) -> None:
            if len(folded) < 2:
                return
            key = index.get(folded)
            if key is None:
                key = index[folded] = _Key(len(folded) + 2)
            if phrase:
                key.phrase = True
            if not part:
                key.whole = True
            if apos_gen:
                key.apos_gen = True
            if strict is not None:
                key.strict += ((strict, len(key.entries)),)
            entry = (kind, pidx, form, rule, apos, genitive)
            entries = key.entries
            assert isinstance(entries, list)
            entries.append(interned.setdefault(entry, entry))

        def add_sig(token: str, pidx: int, form: str, rule: str, derived: bool = False) -> None:
            folded = _fold_word(token).replace(".", "")
            if len(folded) >= 2:
                sig = sigs.get(folded)
                if sig is None:
                    sig = sigs[folded] = _Sig()
                sig.entries.append((pidx, form, rule))
                if not derived:
                    explicit = sig.explicit
                    assert isinstance(explicit, set)
                    explicit.add(pidx)

        def add_local(
            local: str, pidx: int, form: str, rule: str, initials: frozenset[str] = frozenset()
        ) -> None:
            """The local part of an e-mail address or a bare user name; ``initials``: the
            person's initials derived from their names (folded)."""
            if not local.isalnum():  # "mette.holm": punctuation makes it specific
                add(_norm_key(local), _STRICT, pidx, form, rule, strict=local.lower())
            elif (
                len(local) <= 2
                or (local.isalpha() and (_is_word(local) or _is_foreign_word(local)))
                or local.upper() in CLINICAL_ABBREVIATIONS
            ):
                # "mh", and user names that are words or clinical abbreviations ("kol", "sol",
                # "crp"): only in a signature position (after "/", a sign-off, a domain), so
                # that KOL the disease stays
                add_sig(local, pidx, form, rule)
            else:  # "mlh", "mlh2": anywhere, unless it is a common word (then as a name)
                add(_norm_key(local), _NAME, pidx, form, rule)
                if local.isalpha() and len(local) <= 4:
                    # written in CAPITALS it is read like initials ("PCI" is a procedure), and
                    # like derived initials: only in a signature or after "med", "af" ...;
                    # unless they are the person's initials ("mlh" for Mette Louise Holm): then
                    # the user name shows that the person signs with them, and they are hidden
                    # wherever they stand out ("Pt. tilset (MLH).", "MLH tilså pt.")
                    add_sig(local, pidx, form, rule, derived=_fold_word(local) not in initials)

        interned: dict[tuple[int, int, str, str, bool, bool], tuple[int, int, str, str, bool, bool]]
        hidden_parts: set[str] = set()  # loosely folded name parts of ``persons``
        hidden_pairs: set[str] = set()  # ... and their neighbouring pairs ("mette holm")
        firsts: list[str] = self._firsts  # first letters of every name part, per person
        self._particled = frozenset(
            pidx
            for pidx, p in enumerate(self.persons)
            if any(_has_particles(family) for _, family in p.names())
        )
        for pidx, p in enumerate(self.persons):
            interned = {}  # one tuple per distinct entry of this person (many spellings share it)
            for t in p.titles:
                titles.add(" ".join(fold(t).split()))
            names = p.names()
            all_given: list[str] = []
            all_family: list[str] = []
            my_initials: set[str] = set()  # derived from every name the person has had
            for n, (given, family) in enumerate(names):
                alias = " (andet navn)" if n else ""
                given_parts = _name_parts(given)
                family_parts = _name_parts(family)
                all_given += given_parts
                all_family += family_parts
                multi_family = len(family_parts) > 1
                parts = [(g, "given") for g in given_parts] + [(f, "family") for f in family_parts]
                for part, form in parts:
                    if (
                        form == "family"
                        and multi_family
                        and part is not family_parts[-1]
                        and part.lower() in _NAME_PARTICLES
                    ):
                        continue  # "der" of "van der Berg", "al" of "Al-Sayed": no name alone
                    rule = f"{'fornavn' if form == 'given' else 'efternavn'} '{part}'"
                    if form == "family" and multi_family:
                        rule += f" (del af '{family}')"
                    rule += alias
                    gen = f"genitiv af {rule}"
                    for v in (*_spelling_variants(part), *_prefix_variants(part)):
                        ends_s = v[-1:] in ("s", "x", "z")
                        add(v, _NAME, pidx, form, rule, apos=ends_s, part=True)
                        if not ends_s:
                            add(v + "s", _NAME, pidx, "genitive", gen, genitive=True, part=True)
                        add(
                            v + " s",
                            _NAME,
                            pidx,
                            "genitive",
                            gen,
                            genitive=True,
                            apos_gen=True,
                            part=True,
                        )
                # hyphenated names broken over a line: "Holm-\nJensen" folds to "holmjensen"
                joined = [c for c in f"{given} {family}".split() if "-" in c.strip("-")]
                if len(family.split()) > 1:
                    joined.append(family)  # "Lund Sørensen" written "LundSørensen"
                for chunk in joined:
                    form = "family" if chunk in family else "given"
                    rule = f"{'efternavn' if form == 'family' else 'fornavn'} '{chunk}'{alias}"
                    for v in _spelling_variants(re.sub(r"[\s-]+", "", chunk)):
                        add(v, _NAME, pidx, form, rule, apos=v[-1:] in ("s", "x", "z"))
                        add(v + "s", _NAME, pidx, "genitive", f"genitiv af {rule}", genitive=True)
                    if form == "family":  # "Per Lund-\nSørensen": the given name with it
                        whole = re.sub(r"[\s-]+", "", chunk)
                        for g in given_parts:
                            rule = f"fuldt navn '{g} {chunk}'{alias}"
                            for v in _spelling_variants(f"{g} {whole}"):
                                add(v, _NAME, pidx, "full", rule, phrase=True)
                # names in lower case ("mette holm", "mette louise holm", "holm-jensen"): a
                # common word alone is not matched in lower case, so neighbouring parts are
                # phrases (overlapping phrases of one person join: "mette louise" + "louise
                # holm"); written together ("MetteHolm", "#metteholm") they are one word
                pairs = [
                    (a, b, f"fornavne '{given}'{alias}") for a, b in itertools.pairwise(given_parts)
                ]
                pairs += [
                    (a, b, f"efternavn '{family}'{alias}")
                    for a, b in itertools.pairwise(family_parts)
                ]
                for a, b, rule in pairs:
                    for v in _spelling_variants(f"{a} {b}"):
                        add(v, _NAME, pidx, "full", rule, phrase=True)
                        add(v.replace(" ", ""), _NAME, pidx, "full", f"{rule} skrevet i ét ord")
                for ini in (*derive_initials(given, family), *_extra_initials(given, family)):
                    add_sig(ini, pidx, "initials", f"initialer '{ini}'", derived=True)
                    my_initials.add(_fold_word(ini).replace(".", ""))
            # every given name with every family name the person has had ("Mette Holm" for
            # Mette Louise Holm, "Mette Jensen" for a married name)
            for g in dict.fromkeys(all_given):
                for f in dict.fromkeys(all_family):
                    rule = f"fuldt navn '{g} {f}'"
                    for v in _spelling_variants(f"{g} {f}"):
                        add(v, _NAME, pidx, "full", rule, phrase=True)
                        add(v.replace(" ", ""), _NAME, pidx, "full", f"{rule} skrevet i ét ord")
            firsts.append("".join(x[0].upper() for x in (*all_given, *all_family) if x))
            self._gfirsts.append("".join(x[0].upper() for x in all_given if x))
            loose = [_loose(x) for x in (*all_given, *all_family)]
            hidden_parts.update(loose)
            # any two parts in any order ("Holm Lars" may be Lars Holm written family first)
            hidden_pairs.update(f"{x} {y}" for x in loose for y in loose if x != y)
            for ini in p.initials:
                add_sig(ini, pidx, "initials", f"initialer '{ini}'")
            initials = frozenset(my_initials)  # a user name or e-mail that is one: used initials
            for user in p.usernames:
                if "\\" in user:
                    add(
                        _norm_key(user),
                        _STRICT,
                        pidx,
                        "username",
                        "brugernavn",
                        strict=user.lower(),
                    )
                add_local(user.rsplit("\\", 1)[-1], pidx, "username", "brugernavn", initials)
            for email in p.emails:
                add(_norm_key(email), _STRICT, pidx, "email", "e-mailadresse", strict=email.lower())
                local = email.split("@", 1)[0]
                add_local(local, pidx, "email", "lokal del af e-mailadresse", initials)

        self._hidden_parts = frozenset(hidden_parts)
        self._hidden_pairs = frozenset(hidden_pairs)
        if others:
            others = list(others)
            _add_negatives(index, others, hidden_parts, hidden_pairs)
            self._other_tokens = frozenset(
                _fold_word(x)
                for g, f in _other_names(others)
                for x in (*_name_parts(g), *_name_parts(f))
            )
            self._other_professions = frozenset(_professions_of_others(others))
            self._other_initialled = frozenset(
                _fold_word(x) + mark + y[0].lower()
                for g, f in _other_names(others)
                for mark, parts, others_parts in (("<", _name_parts(f), _name_parts(g)),
                                                  (">", _name_parts(g), _name_parts(f)))
                for x in parts
                for y in others_parts
                if x and y
            )  # fmt: skip
            self._other_ids = frozenset(
                _ids_of(o for o in others if isinstance(o, Person))
                - _ids_of(self._persons, derived=True)
            )
        for tok, sig in sigs.items():
            key = index.get(tok)
            if key is None:
                key = index[tok] = _Key(len(tok) + 2)
            key.sig = sig
            if tok.isalpha():
                spaced = " ".join(tok)
                key = index.get(spaced)
                if key is None:
                    key = index[spaced] = _Key(len(spaced) + 2)
                key.dotted = sig
        for word, kind in [*_MARKER_WORDS.items(), *((t, -1) for t in titles)]:
            folded = " ".join(fold(word).split())
            is_title = kind == -1
            spellings = [folded]
            if is_title:
                kind = _WEAK
            elif " " in folded:  # and with a full stop after the first word: "Konf. m. AMI"
                spellings.append(folded.replace(" ", "  ", 1))
            for marker in spellings:
                key = index.get(marker)
                if key is None:
                    key = index[marker] = _Key(len(marker) + 2)
                if is_title:
                    key.is_title = True
                key.marker = min(key.marker or kind, kind)

        persons = self.persons
        auto = self._auto
        auto_cap = self._auto_cap
        keys = self._keys
        lower_ambig = self._lower_ambig.index
        words = self._words.index
        sig_ids: dict[int, int] = {}
        for tok, sig in sigs.items():
            sig.pset = frozenset(e[0] for e in sig.entries)
            sig.explicit = frozenset(sig.explicit)
            sig.clinical = tok.upper() in CLINICAL_ABBREVIATIONS
            sig.word = (
                sig.clinical
                or zipf(tok) >= ZIPF_AMBIGUOUS
                # a user name that is an English or German word: "seek", "dort"
                or (len(tok) >= 4 and _is_foreign_word(tok))
            )
            sig.cands = tuple(persons[i].key for i in sorted(sig.pset))
            sig_ids[id(sig)] = self._sigs.index[tok] = len(self._sig_objs)
            self._sig_objs.append(sig)
        # one frozenset / candidate tuple per person, shared by all of that person's keys
        single_set = [frozenset((i,)) for i in range(len(persons))]
        single_cands = [(p.key,) for p in persons]
        empty: frozenset[int] = frozenset()
        part_words: list[str] = []
        only_names = name_words()
        for folded, key in index.items():
            name_entries = [e for e in key.entries if e[0] == _NAME]
            key.entries = tuple(key.entries)
            key.has_name = bool(name_entries)
            if key.has_name and not key.apos_gen and " " not in folded:
                spelled = (folded, _FROM_DIGRAPH_RE.sub(_digraph, folded))
                key.zipf = max(zipf(spelled[0]), zipf(spelled[1]))
                key.ambiguous = key.zipf >= ZIPF_AMBIGUOUS
                # a frequent name that is no word ("mette", "jensen"): in lower case too
                key.name_only = key.ambiguous and (
                    all(f in only_names for f in spelled if zipf(f) >= ZIPF_AMBIGUOUS)
                    # written with aa/oe/ae, as a name is and a word of today is not
                    # ("kirkegaard", "soeren": the words are "kirkegård", "søren")
                    or (
                        spelled[1] != folded
                        and (folded in only_names or zipf(folded) < ZIPF_AMBIGUOUS)
                    )
                )
            pidxs = {e[1] for e in name_entries}
            if len(pidxs) == 1:
                (only,) = pidxs
                key.npset, key.ncands = single_set[only], single_cands[only]
            elif pidxs:
                key.npset = frozenset(pidxs)
                key.ncands = tuple(persons[i].key for i in sorted(pidxs))
            else:
                key.npset = empty
            key.all_genitive = key.apos_gen or all(e[5] for e in name_entries)
            key.first_name = name_entries[0] if name_entries else None
            key.only_user = bool(name_entries) and all(
                e[2] in ("username", "email") for e in name_entries
            )
            if key.sig is not None:
                key.sig_id = sig_ids[id(key.sig)]
            if key.dotted is not None:
                key.dotted_id = sig_ids[id(key.dotted)]
            i = len(keys)
            keys.append(key)
            # ambiguous names and initials are looked for with a capital first letter in a
            # second copy of the text; everything else in lower case
            # (a name that is no word is read in every case from the lower-case copy)
            word_like = key.ambiguous and not key.name_only
            if word_like:  # "Skov" and "SKOV"
                auto_cap.add_word(f" {folded[:1].upper()}{folded[1:]} ", i)
            if word_like or key.sig is not None:  # initials only in capitals
                auto_cap.add_word(f" {folded.upper()} ", i)
            if (
                key.marker
                or key.strict
                or key.neg
                or key.dotted is not None
                or (key.has_name and (not key.ambiguous or key.name_only))
                or _subject_key(key, folded)
                # initials that are no word, in lower case too ("ssa jn", "bad (uø)")
                or (key.sig is not None and not key.sig.word and len(folded) <= 4)
                # a registered user name that is a rare word, as a line's writer ("mara 12.05:")
                or (
                    key.sig is not None
                    and key.sig.explicit
                    and len(folded) >= 4
                    and zipf(folded) < 4.0
                    and any(form == "username" for _, form, _ in key.sig.entries)
                )
            ):
                auto.add_word(f" {folded} ", i)
            if key.ambiguous:
                lower_ambig[folded] = i
            if key.has_name and " " not in folded:
                words[folded] = i
                if (
                    len(folded) >= 4
                    and folded.isalpha()
                    and any(e[2] in ("given", "family") for e in name_entries)
                ):
                    part_words.append(folded)
        if len(auto):
            auto.make_automaton()
        if len(auto_cap):
            auto_cap.make_automaton()
        self._part_words = tuple(part_words)
        self._typo_index = _build_typo_index(part_words)  # a loaded matcher builds it on use
        self._sig_max = max((len(t) for t in sigs), default=0)
        self._titles = frozenset(t.replace(" ", "") for t in titles)
        return self

    # ---- persistence ----------------------------------------------------------------------

    def dumps(self) -> bytes:
        """The built matcher as bytes (:meth:`loads` makes it again, much faster than
        :meth:`build`: the automata hold integers, and each key's data is read only when a
        text first needs it).  Trusted data only: see ``names/store.py``."""
        # the people in a block of their own: a loaded matcher reads it only when asked for them
        persons = self._person_rows or marshal.dumps(
            tuple(
                (p.key, p.given, p.family, p.initials, p.emails, p.usernames, p.titles, p.aliases)
                for p in self.persons
            )
        )
        keys = self._key_rows or _Rows.of(k.row() for k in self._keys)  # type: ignore[union-attr]
        sigs = self._sig_rows or _Rows.of(s.row() for s in self._sig_objs)  # type: ignore[union-attr]
        head = marshal.dumps(
            (
                _FORMAT, self._person_keys, len(self._keys), len(self._sig_objs),
                self._sigs.index, self._lower_ambig.index, self._words.index, self._part_words,
                self._hidden_parts, self._hidden_pairs, self._other_tokens, self._titles,
                self._sig_max, tuple(self._firsts), tuple(self._gfirsts),
                tuple(sorted(self._particled)), self._other_initialled, self._other_ids,
                self._other_professions,
            )
        )  # fmt: skip
        typos = self._typo_blob or marshal.dumps(
            self._typo_index
            if self._typo_index is not None
            else _build_typo_index(self._part_words)
        )
        return pickle.dumps(
            (head, persons, keys.blob, keys.offsets.tobytes(), sigs.blob, sigs.offsets.tobytes(),
             self._auto, self._auto_cap, typos),
            protocol=5,
        )  # fmt: skip

    @classmethod
    def loads(cls, data: bytes | memoryview) -> NameMatcher:
        """A matcher from :meth:`dumps` (of the same version of this module)."""
        head, persons, kblob, koff, sblob, soff, auto, auto_cap, typos = pickle.loads(data)
        (
            fmt, person_keys, nkeys, nsigs, sig_index, ambig_index, word_index,
            part_words, hidden_parts, hidden_pairs, other_tokens, titles, sig_max, firsts,
            gfirsts, particled, other_initialled, other_ids, other_professions,
        ) = marshal.loads(head)  # fmt: skip
        if fmt != _FORMAT:
            raise ValueError(f"matcher format {fmt!r}, expected {_FORMAT!r}")
        self = cls()
        self._persons = None
        self._person_rows = persons
        self._typo_blob = typos
        self._person_keys = person_keys
        self._key_rows = self._key_load.rows = _Rows(kblob, array("Q", koff))
        self._sig_rows = self._sig_load.rows = _Rows(sblob, array("Q", soff))
        self._keys.extend([None] * nkeys)
        self._sig_objs.extend([None] * nsigs)
        self._sigs.index = sig_index
        self._lower_ambig.index = ambig_index
        self._words.index = word_index
        self._part_words = part_words
        self._hidden_parts, self._hidden_pairs = hidden_parts, hidden_pairs
        self._other_tokens, self._titles, self._sig_max = other_tokens, titles, sig_max
        self._firsts = list(firsts)
        self._gfirsts = list(gfirsts)
        self._particled = frozenset(particled)
        self._other_initialled = other_initialled
        self._other_ids = other_ids
        self._other_professions = other_professions
        self._auto, self._auto_cap = auto, auto_cap
        return self

    # ---- names that must stay in one view --------------------------------------------------

    def keep(
        self, names: Iterable[Person | tuple[str, str]], own: Iterable[tuple[str, str]] = ()
    ) -> KeepNames:
        """The :class:`KeepNames` of ``names`` (and the citizen's ``own`` names) for this
        matcher (cached: a view's names are usually the same on the next view)."""
        own = frozenset(own)
        key = (frozenset(_other_names(names)), own)
        with self._keeps_lock:
            found = self._keeps.get(key)
            if found is not None:
                self._keeps.move_to_end(key)
                return found
        found = KeepNames.build(key[0], self, own)
        with self._keeps_lock:
            self._keeps[key] = found
            while len(self._keeps) > _KEEP_CACHE_SIZE:
                self._keeps.popitem(last=False)
        return found

    # ---- finding --------------------------------------------------------------------------

    def find(self, text: str) -> list[Span]:
        """All name mentions in ``text``: sorted, non-overlapping, longest match wins.

        The text is read canonicalised (:mod:`.canon`: entities and escapes decoded, Unicode
        normalised, invisible characters removed, look-alike letters folded); the spans point
        into ``text`` itself and cover everything that made up the name there.
        """
        if not text or not self._person_keys:
            return []
        canon, cmap = canonicalise(text)
        spans = self._find(canon)
        if not spans or (cmap is None and canon is text):
            return spans
        if cmap is None:  # the same offsets ("HOLM^METTE" read "HOLM METTE"): the text as given
            return [
                _new_span(
                    sp.start,
                    sp.end,
                    sp.person,
                    sp.form,
                    sp.rule,
                    text[sp.start : sp.end],
                    sp.candidates,
                    sp.genitive,
                    sp.part,
                )
                for sp in spans
            ]
        out = []
        for sp in spans:
            s, e = cmap.span(sp.start, sp.end)
            out.append(
                _new_span(
                    s,
                    e,
                    sp.person,
                    sp.form,
                    sp.rule,
                    text[s:e],
                    sp.candidates,
                    sp.genitive,
                    sp.part,
                )
            )
        return _disjoint(out)

    def _find(self, text: str) -> list[Span]:
        """:meth:`find` on canonical text."""
        hits: list[_Hit] = []
        ctx = _Ctx(text)
        tables = None
        if "|" in text or "\t" in text or "agt" in text or _rota_hint(text):
            tables = read_tables(text)
            ctx.labels = tables.labels + self._label_rows(text, tables.headers)
        raw = self._automaton_hits(ctx)
        if ctx.joined:
            # the text has a hyphenated line break: "Holm-\nJensen" was read joined; read it
            # as two words as well ("... Holm-\nog pårørende"), the longer match wins
            raw += self._automaton_hits(ctx, join=False)
        if tables is not None and tables.staff:
            self._table_cells(ctx, tables.staff, raw)
        if "ald" in text or "mtal" in text:  # ("kald", "Kald", "omtal", "Omtal")
            self._nicknames(text, raw)
        if raw:
            hits = self._evaluate(ctx, _resolve_overlaps(raw))
            if ctx.negs:
                hits = _leave_others(text, hits, ctx.negs)
            if hits:
                hits = self._typo_neighbours(text, hits)
                hits = self._not_by_initials(text, hits)
            hits = self._merge(text, hits)
        if self._sigs:
            sig_hits = self._signature_hits(ctx)
            if sig_hits:
                hits = _add_non_overlapping(hits, sig_hits)
        tech = self._technical_hits(text, hits, ctx)
        if tech:
            hits = _widened(hits, tech)
        if "@" in text:
            mail_hits = self._email_name_hits(text)
            if mail_hits:
                hits = _add_non_overlapping(hits, mail_hits)
        if ctx.title_ends:
            initial_hits = self._title_initial_hits(ctx)
            before_title = self._name_before_title(ctx)
            if before_title and ctx.negs:
                # not a non-hidden colleague's name: "susanne nielsen (fysioterapeut)"
                before_title = _leave_others(text, before_title, ctx.negs)
            initial_hits += before_title
            if initial_hits:
                hits = _add_non_overlapping(hits, initial_hits)
        if hits and _COORDINATION_CHARS_RE.search(text) is not None:
            hits = self._coordinated(ctx, hits)
        spans = _disjoint([sp for h in hits if (sp := self._finish(ctx, h)) is not None])
        if spans:
            spans = [
                sp
                for sp in spans
                if not _a_lab_value_or_a_day(text, sp)
                and not _a_drug_or_a_month(text, sp)
                and not _a_place(text, sp)
                and not _a_day_number(text, sp)
                and not _an_eponym(text, sp)
                and not self._after_another_given_name(text, sp)
                and not self._before_another_family_name(text, sp)
                and not self._another_colleagues_id(text, sp)
            ]
            if ctx.title_ends:
                spans = [_titled_after(ctx, sp) for sp in spans]
            if "(" in text:
                spans = self._ids_beside_names(text, spans)
        if ctx.labels and spans:  # a table's first row of labels: "Dag | Aften | Nat"
            spans = _out_of_cells(text, spans, ctx.labels)
        return spans

    def _ids_beside_names(self, text: str, spans: list[Span]) -> list[Span]:
        """``spans`` with the user names and initials written right before or after the whole
        name of the person they are registered to, in parentheses: "16:44:12 mast (Maja
        Storm)", "Maja Storm (mast)" (a user name that is also a word, here certainly hers)."""
        added: list[Span] = []
        for sp in spans:
            if sp.form != "full":
                continue
            for m in (
                _ID_BEFORE_PARENS_RE.search(text, max(0, sp.start - 12), sp.start),
                _ID_IN_PARENS_AFTER_RE.match(text, sp.end),
            ):
                if m is None or not _overlaps_none(spans, m.start(1), m.end(1)):
                    continue
                if _fold_word(m.group(1)) in self._ids_by_key().get(sp.person, ()):
                    rule = f"brugernavn eller initialer ved det fulde navn '{sp.text}'"
                    added.append(
                        _new_span(m.start(1), m.end(1), sp.person, "username", rule,
                                  m.group(1), sp.candidates, False, False, True)
                    )  # fmt: skip
        return sorted(spans + added, key=lambda x: x.start) if added else spans

    def _ids_by_key(self) -> dict[str, frozenset[str]]:
        """Each person's registered initials, user names and e-mail local parts, folded."""
        ids = self._id_sets
        if ids is None:
            ids = self._id_sets = {p.key: frozenset(_ids_of([p])) for p in self.persons}
        return ids

    def _another_colleagues_id(self, text: str, sp: Span) -> bool:
        """Is the span, a hidden person's name part or a misspelling of one, written exactly as
        a non-hidden colleague's registered initials or user name: "Skrevet af KIM" (a
        secretary's initials, not the hidden Kim), "TR/kim", "redigeret af tohe" (a nurse's user
        name, not a misspelt Tove)? An exact name part only where its letters are written as
        initials are (upper case; lower case after the "/" of a dictation mark); never where a
        hidden person has the same initials or user name (:attr:`_other_ids` has none)."""
        if not self._other_ids or sp.form not in ("given", "family"):
            return False
        token = _fold_word(sp.text)
        if token not in self._other_ids:
            return False
        if _loose(sp.text) not in self._hidden_parts:
            return True  # a misspelling of a hidden name, or another form of it
        w = sp.text
        return (len(w) >= 2 and w.isupper()) or (
            w.islower() and sp.start > 0 and text[sp.start - 1] == "/"
        )

    def _after_another_given_name(self, text: str, sp: Span) -> bool:
        """Is the span a hidden person's family name after another person's given name, one
        nobody hidden has: "forsvarer Jens Mose", "Politiassistent Kirsten Dam", "Fatima
        Warsame fra bostedet", "egen læge Søren Nissen" (the hidden ones are Ingrid Mose, Bjørn
        Dam, Hodan Warsame, Karen Nissen)? Not where a name is certain but by a title before the
        whole name (a signature), not after a word ("Store Mose"), a title, a hidden
        person's name part, nor after a given name like the person's own ("Ingird Mose",
        "Inge Mose" for Ingrid: a typo, a short form)."""
        if sp.form != "family" or not sp.part or not sp.text[:1].isupper():
            return False
        s = sp.start
        j = s - 1
        if j < 2 or text[j] != " ":
            return False
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "-\u2010"):
            k -= 1
        tok = text[k:j]
        if k > 0 and (text[k - 1].isalnum() or text[k - 1] in "./@_\\'’"):
            return False
        parts = _NAME_HYPHENS_RE.split(tok)  # "Anne-Marie"
        if len(tok) < 3 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
            return False
        folded = _fold_word(tok)
        if folded in self._titles or folded in TITLES or folded in _TITLE_MODIFIERS:
            return False
        if any(_loose(part) in self._hidden_parts for part in parts):
            return False
        named = [_fold_word(p) in name_words() for p in parts]
        if any(zipf(p) >= ZIPF_AMBIGUOUS and not n for p, n in zip(parts, named, strict=True)):
            return False  # a word before it: "Store Mose", "Nye Dam"
        before, _, crossed = _prev_word(text, k)
        if sp.certain:
            # certain by a title before the whole name only: "egen læge Søren Nissen" is
            # another doctor than the hidden Karen Nissen (not "Mvh Søren Nissen", "/SN")
            folded_before = _fold_word(before.rstrip(".:,"))
            if crossed or (folded_before not in TITLES and folded_before not in self._titles):
                return False
        if (
            not crossed
            and before[:1].isupper()
            and _loose(before.strip(".,")) in self._hidden_parts
        ):
            return False  # the hidden person's name runs on through it: "Tage Nielsen Rask"
        if (crossed or not before or before[-1] in ".!?:;") and not all(named):
            return False  # capitalised as a sentence begins: "Aftaget Jensen patienten."
        lows = [_loose(p) for p in parts]
        indices = self._indices_of(sp)
        if indices is None:
            return False  # (not a person of this matcher: fail closed)
        for i in indices:
            for part in self._parts_of(i, given_only=True):
                own = _loose(part)
                if own and any(_may_be_short_for(own, low) for low in lows):
                    return False
        return True

    def _before_another_family_name(self, text: str, sp: Span) -> bool:
        """Is the span a hidden person's given name before another person's family name, one
        nobody hidden has: "Advokat Per Kristensen", "Tolk: Eva Jensen" (the hidden ones are Per
        Rask and Eva Due)? The mirror of :meth:`_after_another_given_name`. Not where a name is
        certain, not before a hidden person's name part or a word one typo from one ("Per
        Raks"), nor where a hidden name part follows ("Per Kristensen Rask")."""
        if sp.form != "given" or not sp.part or sp.certain:
            return False
        written = sp.text
        if not (written[:1].isupper() and written[1:].islower()):
            return False
        e = sp.end
        m = _NEXT_NAME_RE.match(text, e)
        if m is None:
            return False
        parts = _NAME_HYPHENS_RE.split(m.group(1))
        if not all(len(p) >= 3 and p[1:].islower() for p in parts):
            return False
        hidden = self._hidden_parts
        for p in parts:
            folded = _fold_word(p)
            if folded not in name_words() or _loose(p) in hidden:
                return False
        nxt = _NEXT_NAME_RE.match(text, m.end())
        if nxt is not None and _loose(nxt.group(1)) in hidden:
            return False
        # a typo of one of the person's own name parts ("Per Raks"): fail closed. The person's
        # few parts, one edit apart (the typo index of all hidden people costs a search a
        # word, paid at every first sight of a name beside a given name)
        lows = [_loose(p) for p in parts]
        indices = self._indices_of(sp)
        if indices is None:
            return False  # (not a person of this matcher: fail closed)
        for i in indices:
            for part in self._parts_of(i):
                own = _loose(part)
                if any(_one_edit(own, low) for low in lows):
                    return False
        return True

    def _indices_of(self, sp: Span) -> list[int] | None:
        """The indices (in :attr:`persons`) of everyone the span may stand for; None when one
        of them is no person of this matcher."""
        pkeys = self._person_keys  # sorted by key, as the persons are
        out: list[int] = []
        for key in set(sp.candidates or (sp.person,)):
            i = bisect_right(pkeys, key) - 1
            if i < 0 or pkeys[i] != key:
                return None
            out.append(i)
        return out

    def _parts_of(self, i: int, *, given_only: bool = False) -> list[str]:
        """The name parts of each name the person ``i`` has had, as the roster writes them
        ("Anne-Marie" is two); with ``given_only``, the given names' only."""
        return [
            part
            for given, family in self.persons[i].names()
            for part in _NAME_HYPHENS_RE.sub(
                " ", given if given_only else f"{given} {family}"
            ).split()
        ]

    def _nicknames(self, text: str, raw: list[_Hit]) -> None:
        """A nickname made of a hidden person's name, quoted after what someone is called:
        "pt kalder socialpædagogen 'Stormen'", "omtaler kontaktperson helle som 'Hellemus'",
        "kalder overlægen for 'Maxi'" (the name and at most four letters more)."""
        for m in _nickname_matches(text):
            gap = [
                _fold_word(w) for w in _SPEECH_WORD_RE.findall(m.group(0)[: m.start(1) - m.start()])
            ]
            if not any(
                w in _CALLED_PEOPLE or any(w.startswith(t) for t in self._titles if len(t) > 3)
                for w in gap[1:]
            ):
                continue  # what is called so is no member of staff: "kalder hunden 'Storm'"
            word = m.group(1)
            folded = _fold_word(word)
            for cut in range(len(folded), max(2, len(folded) - 5), -1):
                key = self._words.get(folded[:cut])
                if key is None or key.first_name is None or len(folded) - cut > 4:
                    continue
                hit = _lower_hit(key, m.start(1), m.end(1), "et øgenavn af navnet")
                hit.why = f"øgenavn '{word}'"
                raw.append(hit)
                break

    def _label_rows(
        self,
        text: str,
        headers: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]],
    ) -> list[tuple[int, int]]:
        """The cells of tables' first rows that are labels though a hidden person has the word
        as a name: a word (or a word and a number) in a row where another cell is a word that
        is nobody's name, nor a title or a role, and with no name under it in the next row
        ("Post | Beløb | Bevilget", "Pil | Betydning", "Maj | Juni | Juli"; not "Bo | Per |
        Anne", a rota's heads, nor "Mette | Kontaktperson" over "Per | Psykolog")."""
        out: list[tuple[int, int]] = []
        common = name_words()
        titles = self._titles
        for cells, below in headers:
            words = [_cell_word(text, s, e) for s, e in cells]
            plain = {
                w
                for w in words
                if w
                and w not in common
                and w not in titles
                and w not in STAFF_LABELS
                and self._words.get(w) is None
            }
            # numbered columns: "Dag 1 | Dag 2 | Dag 3"
            numbered = {w for w in words if w and words.count(w) > 1}
            for i, (cell, w) in enumerate(zip(cells, words, strict=True)):
                if not w:
                    continue
                under = _cell_word(text, *below[i]) if i < len(below) else ""
                if under and (under in common or self._words.get(under) is not None):
                    continue  # a name under it: a row of names
                key = self._words.get(w)
                if key is not None and (not key.ambiguous or w in common):
                    continue  # a name (not only a word) is a name, heading a column or not
                if (plain and (key is not None or w in titles)) or (
                    w in numbered and text[cell[1] - 1].isdigit()
                ):
                    out.append(cell)
        return out

    def _table_cells(self, ctx: _Ctx, cells: list[tuple[int, int, str]], raw: list[_Hit]) -> None:
        """The words and initials of hidden staff in a table's staff columns and a rota's lines
        (``cells``, :func:`~indsigt.protect.names.tables.staff_cells`): initials into the
        signature hits (in any case, an abbreviation too: "| BT |" under "Udført af"), a name
        that is a word into ``raw`` as certain ("| bo |" under "Medarbejder")."""
        text = ctx.text
        for s, e, label in cells:
            rule = f"i kolonnen '{' '.join(label.split())}'"
            for m in _CELL_TOKEN_RE.finditer(text, s, e):
                tok = m.group()
                if self._sigs.get(_sig_norm(tok)) is not None:
                    ctx.special_sig.append((m.start(), m.end(), rule))
                    continue
                key = self._words.get(_fold_word(tok))
                if key is not None and key.ambiguous:
                    raw.append(_Hit(m.start(), m.end(), key, key.npset, key.ncands, why=rule))

    def _coordinated(self, ctx: _Ctx, hits: list[_Hit]) -> list[_Hit]:
        """``hits`` and the words coordinated with them that are a hidden person's name or
        initials in lower case (or initials in CAPITALS): "sten og [Ida] var med pt", "[Ida] /
        tove", "enten bo eller [Per] ringer", "[Ida], tove, [Jens]", "dobbelttjekket [mj]/bs".
        A name beside a name is a name. Not across a comma into what goes on as a sentence
        ("givet af Ida, storm i nat"), not a function word before a noun ("Ida og hans kone"),
        not a non-hidden person's name, and a clinical abbreviation only beside "/"."""
        text = ctx.text
        taken: set[int] | None = None  # the offsets inside a hit or a non-hidden person's name
        todo = list(hits)
        new: list[_Hit] = []
        while todo:
            h = todo.pop()
            sides: list[tuple[int, int, str]] = []
            m = _COORD_AFTER_RE.match(text, h.end)
            if m is not None:
                sides.append((m.start(3), m.end(3), m.group(1) or m.group(2)))
            k = h.start
            while k > 0 and text[k - 1] in " \t\xa0":
                k -= 1
            m = None
            if k > 0 and (
                text[k - 1] in ",/&+" or text.endswith(("og", "eller", "samt"), 0, k)
            ):  # (a gap before the name: the search below only then)
                lo = h.start - 40 if h.start > 40 else 0
                m = _coord_before(text, lo, h.start)
            if m is not None:
                sides.append((m.start(1), m.end(1), "<" + (m.group(2) or m.group(3))))
            if text.startswith(" til ", h.end) and _FRA_BEFORE_RE.search(
                text, max(0, h.start - 6), h.start
            ):  # a handover: "overlevering fra Sten til bo"
                m = _TIL_WORD_RE.match(text, h.end)
                if m is not None:
                    sides.append((m.start(1), m.end(1), "til"))
            elif text.endswith(" til ", 0, h.start):  # "overlevering fra bo til Sten"
                m = _FRA_WORD_TIL_RE.search(text, max(0, h.start - 40), h.start)
                if m is not None:
                    sides.append((m.start(1), m.end(1), "<til"))
            for s, e, gap in sides:
                hit = self._coordinated_hit(text, s, e, gap, h.form == "initials")
                if hit is None:
                    continue
                if taken is None:  # (made when first needed: most texts never need it)
                    taken = set()
                    for a, b in ctx.negs:
                        taken.update(range(a, b))
                    for o in hits:
                        taken.update(range(o.start, o.end))
                if any(i in taken for i in range(s, e)):
                    continue
                new.append(hit)
                todo.append(hit)
                taken.update(range(s, e))
        return _add_non_overlapping(hits, new) if new else hits

    def _coordinated_hit(
        self, text: str, s: int, e: int, gap: str, by_initials: bool = False
    ) -> _Hit | None:
        """The word at ``s:e``, coordinated with a name by ``gap`` (",", "/", "og" ...; "<"
        first when the word stands before the name), as a hit if it is a name here; initials
        that are a clinical abbreviation only beside "/" or, in CAPITALS, beside other
        initials (``by_initials``: "Udført: LF, RV, ML")."""
        n = len(text)
        tok = text[s:e]
        if not (tok.islower() or (tok.isupper() and len(tok) <= 3)):
            return None  # a capitalised name is the automaton's; a capitalised word stays
        before = gap[:1] == "<"
        sep = gap.lstrip("<").strip()
        if (s > 0 and text[s - 1] in "-_.@\\'’") or (e < n and text[e] in "-_@'’"):
            return None  # a piece of a compound, an address, a genitive
        if _fold_word(tok) in self._titles:
            return None  # "MBO/ssa": a title
        if sep == ",":
            # a list, not a new clause: the word after a comma goes on as a list does
            # ("Ida, tove, Jens", "Ida, tove og Jens"); the word before one begins the line
            if before:
                if not _line_start(text, s) and _prev_word(text, s)[0][-1:] != ":":
                    return None
            elif _LIST_GOES_ON_RE.match(text, e) is None:
                return None
        if tok.islower():
            folded = _fold_word(tok)
            key = self._lower_ambig.get(folded)
            if key is not None and _subject_key(key, tok):
                if (
                    folded in _FUNCTION_WORDS
                    and sep != "til"  # a handover: "fra bo til Sten"
                    and not _function_word_named(text, e, _LIST)
                ):
                    return None  # "Ida og hans kone"
                return _lower_hit(key, s, e, "ved et andet navn")
        if not (2 <= len(tok) <= 3 and (tok.islower() or tok.isupper())):
            return None
        sig = self._sigs.get(_sig_norm(tok))
        if (
            sig is None
            or (sig.clinical and sep != "/" and not (by_initials and tok.isupper()))
            or not _initials_only(sig)
        ):
            return None
        if _fold_word(tok) in _FUNCTION_WORDS or zipf(tok) >= ZIPF_WORD:
            return None  # "og", "på", "at": no one's initials here
        _, form, rule = sig.entries[0]
        return _Hit(s, e, None, sig.pset, sig.cands, form=form, rule=f"{rule} ved et andet navn")

    def _automaton_hits(self, ctx: _Ctx, join: bool = True) -> list[_Hit]:
        """Name/e-mail candidates; records titles, markers and the tokens after markers."""
        text = ctx.text
        folded = _fold_with_map(text, marks=True, join=join)
        if join:
            ctx.joined = folded.joined
            ctx.user_field = (
                "bruger" in folded.text or "user" in folded.text or "login" in folded.text
            )
        orig = folded.orig if folded.f_anchor else None
        raw: list[_Hit] = []
        after_markers = ctx.after_markers
        caps_initials: list[tuple[int, int, _Sig]] = []
        lower_initials: list[tuple[int, int, _Sig]] = []
        user_words: list[tuple[int, int, _Sig]] = []  # registered user names that are words
        #: lower-case words that are a hidden person's name part, not read as names where they
        #: stand: names in a row of names are (:func:`_names_in_a_row`)
        unread: list[tuple[int, int, _Key]] = []
        n = len(text)
        keys = self._keys
        load = self._load_key
        if len(self._auto):
            for end, i in self._auto.iter(folded.text):
                key = keys[i] or load(i)
                if orig is None:
                    s = end - key.padded_len + 1
                    e = end - 1
                else:
                    s = orig(end - key.padded_len + 1)
                    e = orig(end - 2) + 1
                if key.neg and (
                    (bad := _NEG_BAD_RE.search(text, s, e)) is None
                    # family first with a comma: "Rask, Jakob" (the key has two spaces)
                    or (text[bad.start()] == "," and _NEG_BAD_RE.search(text, bad.end(), e) is None)
                ):
                    seg = text[s:e]
                    if ("." not in seg and "_" not in seg) or _email_around(text, s, e):
                        ctx.negs.append((s, e))
                if key.marker:
                    if key.is_title:
                        ctx.title_ends[e] = s
                    elif key.marker >= _LIST:
                        ctx.certain.append((s, e, key.marker))
                    else:
                        if key.marker == _STRONG:
                            ctx.strong_ends[e] = s
                        tok = _token_after_marker(text, s, e, key.marker)
                        if tok is not None:
                            after_markers.append(tok)
                if key.strict:
                    spelling = text[s:e].lower()
                    idxs = [i for sp, i in key.strict if sp == spelling]
                    if idxs:
                        persons = frozenset(key.entries[i][1] for i in idxs)
                        raw.append(_Hit(s, e, key, persons, strict=True))
                        continue
                if key.dotted is not None:
                    m = _DOTTED_RE.match(text, s)
                    if m is not None and m.end() >= e:
                        # the span is this person's initials and their dot, not the run after
                        # them ("M.L.H. M.L.H." is two mentions)
                        end = e + 1 if text[e : e + 1] == "." else e
                        after_markers.append((s, end, "med punktummer"))
                if key.sig is not None and not key.sig.word and e - s <= 4:
                    lower_initials.append((s, e, key.sig))  # CAPITALS come from the other copy
                elif key.sig is not None and key.sig.explicit and e - s >= 4:
                    user_words.append((s, e, key.sig))
                if not key.has_name:
                    continue
                lower = False
                if key.ambiguous:
                    # a frequent name that is no word: in lower or mixed case a name as it
                    # stands ("mette ringede", "MEtte"); capitalised and in CAPITALS as an
                    # ambiguous one ("Mette S. Larsen": the whole name decides)
                    if not key.name_only:
                        # a name that is a word, in lower case, as the subject of a verb:
                        # "kl 8 bo gav morgenmedicin", "holm har bestilt bleer"
                        if _subject_key(key, text[s:e]):
                            if _subject_before_verb(text, s, e) or _mention(text, s):
                                hit = _Hit(s, e, key, key.npset, key.ncands)
                                hit.lower = True
                                raw.append(hit)
                            else:
                                unread.append((s, e, key))
                        continue
                    written = text[s:e]
                    lower = not (written.istitle() or written.isupper())
                if key.apos_gen and not any(c in _APOSTROPHES for c in text[s:e]):
                    continue
                if key.only_user and key.padded_len <= 6 and text[s:e].isupper():
                    continue  # a short user name in CAPITALS: only as initials (signatures)
                hit = _Hit(s, e, key, key.npset, key.ncands)
                hit.lower = lower
                raw.append(hit)
        if len(self._auto_cap):
            for end, i in self._auto_cap.iter(folded.capt):
                key = keys[i] or load(i)
                if orig is None:
                    s = end - key.padded_len + 1
                    e = end - 1
                else:
                    s = orig(end - key.padded_len + 1)
                    e = orig(end - 2) + 1
                if key.sig is not None:
                    if text[s:e].isupper():
                        caps_initials.append((s, e, key.sig))
                    if join and 2 <= e - s <= 3:
                        ctx.sig_spans.append((s, e))
                if key.ambiguous and not key.name_only:
                    raw.append(_Hit(s, e, key, key.npset, key.ncands))
        if len(unread) > 1:
            _names_in_a_row(text, unread, raw)
            _names_in_a_column(text, unread, raw)
        # initials in CAPITALS: "v. MLH", "spl. MLH", "aftalt med MH", and initials someone has
        # used (not only derived from their name) anywhere they stand out from the words around
        # them ("MLH tilså pt."), but not in "MR-scanning" or in CAPITALS text.  Words and
        # clinical abbreviations ("OK", "BT", "CRP") only where a signature stands (elsewhere).
        for s, e, sig in caps_initials:
            if e + 1 < n and text[e] in "-\u2010" and text[e + 1].isalpha():
                # "MR-scanning" is no one's initials; "PL-S" for Per Lund-Sørensen is
                whole = self._sigs.get(_sig_norm(text[s:e] + text[e + 1]))
                if (
                    text[e + 1].isupper()
                    and (e + 2 >= n or not text[e + 2].isalnum())
                    and whole is not None
                    and whole.pset & sig.pset
                ):
                    e, sig = e + 2, whole
                else:
                    continue
            prev, pj, crossed = _prev_word(text, s)
            w = _fold_word(prev.rstrip(".:,"))
            if (
                w in _WEAK_MARKERS
                and (sig.explicit or not (sig.word or sig.clinical))
                and not (sig.clinical and w == "ved")  # "påvist ved CT": the examination
            ):
                # initials someone uses ("v. KL"), not derived ones that are words or clinical
                # abbreviations ("kontrol af BT"; a short word after "af" is read below)
                after_markers.append((s, e, f"efter '{prev}'"))
                continue
            if (
                w in _SIGNED_BY
                and sig.explicit
                and _initials_only(sig)
                and _SIGN_END_RE.match(text, e) is not None
            ):
                # registered initials signing what was approved, even an abbreviation's letters:
                # "Receptfornyelse: Ventoline. Godkendt MS.", "Signeret BT"
                after_markers.append((s, e, f"efter '{prev}'"))
                continue
            if (
                sig.explicit
                and _initials_only(sig)
                and _SIGN_END_RE.match(text, e) is not None
                and (
                    _WRITTEN_TO_BEFORE_RE.search(text, max(0, s - 20), s) is not None
                    or _SIGN_LABEL_BEFORE_RE.search(text, max(0, s - 24), s) is not None
                    # in CAPITALS after whom one worked with, ending the sentence: "gennemgået
                    # med SE." (not "målt BT."; an abbreviation is no one after "med")
                    or (
                        w in _INITIALS_PRECEDERS
                        and w not in ("af", "ved", "v", "over", "til", "fra", "hos")
                        and not sig.clinical
                        and not _caps_context(text, s, e)
                    )
                )
            ):
                # whom an answer or a message goes to, even initials that are an abbreviation:
                # "svar til BT.", "besked til MS"
                after_markers.append((s, e, f"efter '{prev}'"))
                continue
            if w == "af" and sig.clinical and _initials_only(sig) and zipf(text[s:e]) < ZIPF_WORD:
                # a person's initials that are also an abbreviation, after what a person does:
                # "Tilset af AMK", "Ordineret af AK" (not "kontrol af AK-behandling")
                done, _, _ = _prev_word(text, pj)
                if _is_verb(_fold_word(done.rstrip(".:,"))):
                    after_markers.append((s, e, f"efter '{done} {prev}'"))
                    continue
            t = _ends_before(text, s, ctx.title_ends)
            if t is not None:
                after_markers.append((s, e, f"efter titel '{text[t[0] : t[1]]}'"))
            elif not crossed and w in _SIGNING_ABBREVIATIONS and prev.endswith(".") and sig.pset:
                # who signed, even initials that are an abbreviation: "Dikt. AS/skr. ML", "Ctr. ML"
                after_markers.append((s, e, f"efter '{prev}'"))
            elif s > 0 and text[s - 1] == "(" and _who_in_parentheses(text, s, e, sig):
                # who did it, in parentheses after what was done: "afstemt (RD 03.02)",
                # "pauseret (RD, aftalt m MR)", "max x 3 (MR) - ved uro"
                after_markers.append((s, e, "med STORE bogstaver i parentes efter det udførte"))
            elif (
                _initials_only(sig)
                and _line_start(text, s)
                and (
                    (not sig.clinical and _TIME_THEN_WORDS_RE.match(text, e) is not None)
                    # initials someone uses that are also an abbreviation, before a time and
                    # what happened in lower case: "IV 03.15: pt urolig", "TB kl 03: pt. rolig"
                    # (not "BT 12.00: 140/80", "PN 01.20: Zyprexa 5 mg")
                    or (
                        sig.explicit
                        and (
                            _TIME_THEN_LOWER_RE.match(text, e) is not None
                            # or a date and a colon: "BT 24.5.: tilvækst normal"
                            or _DATE_COLON_LOWER_RE.match(text, e) is not None
                        )
                        and text[s:e].lower() != "kl"  # "KL 03.00: pt vågen": o'clock
                    )
                )
            ):
                # a diary line's writer before the time: "IS 22.15 sår skiftet", "AS 09:10
                # stuegang" (not "BT 12.00: 140/80", a measurement)
                after_markers.append((s, e, "med STORE bogstaver først i en linje"))
            elif (
                _initials_only(sig)
                and _A_TIME_BEFORE_RE.search(text, max(0, s - 12), s) is not None
                and (
                    _STAMP_END_RE.match(text, e) is not None
                    or (not sig.clinical and _WORDS_NEXT_RE.match(text, e) is not None)
                )
            ):
                # who did it at a time, as a log or a list writes it: "22.00 OG overtager fra
                # dagvagt", "8.00 AT, 12.00 AT", "runde 02.00 OG / 03.00 OG" (an abbreviation
                # only where no word follows: not "kl 8.00 PN givet")
                after_markers.append((s, e, "med STORE bogstaver efter et klokkeslæt"))
            elif (
                _initials_only(sig)
                and _TIME_AT_LINE_END_RE.match(text, e) is not None
                and (not sig.clinical or w in _SIGNED_BY)
                and not _caps_context(text, s, e)
            ):
                # who did it, before the time it was done, last on the line: "venflon TH
                # 06:10", "godkendt UD 14.03" (not "BT 14.03" alone: a value at a time)
                after_markers.append((s, e, "med STORE bogstaver før et klokkeslæt"))
            elif (
                sig.clinical
                and sig.explicit
                and _initials_only(sig)
                and _SPEAKS_AFTER_RE.match(text, e) is not None
                and not _caps_context(text, s, e)
            ):
                # initials someone has registered that are also an abbreviation, before what
                # only a person does: "KOL har talt med datter i telefon" (not "AMI har ført
                # til hjertesvigt", "KOL-eksacerbation")
                after_markers.append((s, e, "med STORE bogstaver før det, en person gør"))
            elif (
                sig.clinical
                and sig.explicit
                and _initials_only(sig)
                and (
                    _line_start(text, s)
                    or _WRITER_HEAD_BEFORE_RE.search(text, max(0, s - 24), s) is not None
                )
                and _WRITER_HEAD_AFTER_RE.match(text, e) is not None
            ):
                # registered initials that are also an abbreviation, heading a line or a
                # sentence with what a person did: "BT: telefonkonsultation, ...", "AK: pt.
                # fortsat let nedtrykt", "Overflyttes ikke. TS: pt. hentet", "tlf.konsultation
                # MS: pt vil gerne henvises"
                after_markers.append((s, e, "med STORE bogstaver først i en linje"))
            elif (
                sig.clinical
                and sig.explicit
                and _initials_only(sig)
                and s > 0
                and text[s - 1] == "("
                and text.startswith("):", e)
            ):
                # registered initials that are also an abbreviation, in parentheses before a
                # colon: "Konsultation (MS): astma forværret" (the visit's writer)
                after_markers.append((s, e, "med STORE bogstaver i parentes før kolon"))
            elif sig.explicit and (
                text[e : e + 4].lstrip(" \t\xa0").startswith("->")
                or text[max(0, s - 4) : s].rstrip(" \t\xa0").endswith("->")
            ):
                # who writes to whom in a chat: "Teams 14.05 VB -> YH: ..."
                after_markers.append((s, e, "med STORE bogstaver i en chat"))
            elif (
                sig.explicit
                and _initials_only(sig)
                and (lb := _LOGGED_BEFORE_RE.search(text, max(0, s - 16), s)) is not None
                and (la := _LOG_ACTION_AFTER_RE.match(text, e)) is not None
                # an abbreviation only where the line is a log's: seconds, cells, English
                and (not sig.clinical or lb.group(1) or "|" in lb.group() or la.group(1))
            ):
                # who looked, in an access log's line: "10:03:44 | BT | READ", "09:58 GL læst"
                after_markers.append((s, e, "med STORE bogstaver i en loglinje"))
            elif _caps_context(text, s, e) or sig.clinical:
                continue
            elif sig.explicit and not sig.word:
                after_markers.append((s, e, "med STORE bogstaver"))
            elif (
                (not sig.word or (_initials_only(sig) and zipf(text[s:e]) < ZIPF_WORD))
                and e + 1 < n
                and text[e] in _APOSTROPHES
                and (
                    (text[e + 1] == "s" and (e + 2 >= n or not text[e + 2].isalnum()))
                    or (text[e - 1] == "S" and not text[e + 1].isalnum())  # "KS' vurdering"
                )
            ):
                end = e + 2 if text[e + 1] == "s" else e + 1
                after_markers.append((s, end, "genitiv af initialer"))  # "BLK's vurdering"
            elif (
                _initials_only(sig)
                and (
                    zipf(text[s:e]) < ZIPF_WORD
                    # registered initials that are a word, not an abbreviation, heading a diary
                    # line with a colon: "OS: 36 ekstraheret", "22.03.2024 OS: Protesekontrol"
                    or (sig.explicit and not sig.clinical and text.startswith((":", "):"), e))
                )
                and (
                    (
                        _DIARY_AFTER_RE.match(text, e) is not None
                        and _DIARY_LEAD_RE.search(text, max(0, s - 24), s) is not None
                        and not _spelled_out_after(text, s, e)  # "HS: hidradenitis supp..."
                    )
                    or (s > 0 and text[s - 1] == "(" and text[e : e + 2] == "):")
                )
            ):
                # who wrote a diary line: "KS: pt. rolig.", "12/3 KS: ...", "Bad (KS): ok."
                after_markers.append((s, e, "med STORE bogstaver først i en linje"))
            elif (
                (
                    w in _INITIALS_PRECEDERS
                    or w in _PERSON_ABBREVIATIONS
                    or (prev[:1].isupper() and w.endswith("et") and _is_verb(w))  # "Ordineret HS"
                )
                and zipf(text[s:e]) < ZIPF_WORD
            ):
                after_markers.append((s, e, f"med STORE bogstaver efter '{prev}'"))
            elif prev.endswith(":") and _initials_only(sig) and zipf(text[s:e]) < ZIPF_WORD:
                # after a field's label: "Ref.: HS", "Udført: HS", "Ansv.: HS"
                after_markers.append((s, e, f"med STORE bogstaver efter '{prev}'"))
            elif (
                _initials_only(sig)
                and zipf(text[s:e]) < ZIPF_WORD
                and (m := _TITLE_AFTER_RE.match(text, e)) is not None
                and _fold_word(m.group(1)) in self._titles
            ):
                after_markers.append((s, e, f"med STORE bogstaver før titel '{m.group(1)}'"))
            elif (
                (_verb_after(text, e) or _with_after(text, e))
                and _initials_only(sig)
                and zipf(text[s:e]) < ZIPF_WORD
            ):
                after_markers.append(
                    (s, e, "med STORE bogstaver før et udsagnsord")
                )  # "HS ordinerede"
            elif (
                _initials_only(sig)
                and not crossed
                and _LINE_REST_RE.match(text, e) is not None
                and zipf(text[s:e]) < ZIPF_WORD
                and _CAP_WORD_PAREN_RE.search(text, max(0, s - 40), s) is None
                and not _after_clinical(text, s)
            ):
                # last on a line, as who did it: "Stuegang HS", "Samtale v/ HS.", "HS+MH"; not
                # someone else's initials after their name ("Overtaget fra Bo (BJ).") nor one
                # of a list of abbreviations ("KOL og MH")
                after_markers.append((s, e, "med STORE bogstaver sidst på linjen"))
        if lower_initials:
            self._lower_initials(ctx, lower_initials)
        if user_words:
            _user_writers(ctx, user_words)
        if join and self._sig_max:
            self._line_initials(ctx, raw)
            self._clause_initials(ctx)
            self._time_glued_initials(ctx)
        if len(caps_initials) > 1:
            _take_joined_initials(text, caps_initials, after_markers)
        if join:
            ctx.shape = _shape(text)
        if join and self._sig_max:
            self._spaced_initials(ctx)
            if b"UUl " in ctx.shape:
                self._glued_genitive_initials(ctx)
        self._special_contexts(ctx, raw)
        if join:
            self._token_rules(ctx, raw)
            self._certain_hits(ctx, raw)
        return raw

    def _lower_initials(self, ctx: _Ctx, found: list[tuple[int, int, _Sig]]) -> None:
        """Initials in lower case that are no word ("jn", "hbs", "uø"), where a person is
        named: after a title or "af", "med", "v" ("ssa jn", "tilset kl 14 af jn"), a diary
        line's writer ("kl 7 jn: sov godt"), alone in parentheses ("bad (uø)"), before a verb
        ("hbs har ringet til læge"), last on a line after a sentence ("medicin givet. jn")."""
        text = ctx.text
        n = len(text)
        lower = [(s, e) for s, e, _ in found if text[s:e].islower() and text[s:e].isalpha()]
        starts = {s for s, _ in lower}
        ends = {e for _, e in lower}
        for s, e in lower:
            if _fold_word(text[s:e]) in self._titles:
                continue  # "MBO/ssa": a title
            if (s > 0 and text[s - 1] in "@_.\\-") or (e < n and text[e] in "@_-"):
                continue  # a piece of an address, a user name or a compound
            prev, _, crossed = _prev_word(text, s)
            w = _fold_word(prev.rstrip(".:,"))
            t = _ends_before(text, s, ctx.title_ends)
            if t is not None:
                why = f"efter titel '{text[t[0] : t[1]]}'"
            elif not crossed and (
                w in _WEAK_MARKERS or w in _INITIALS_PRECEDERS or w in _PERSON_ABBREVIATIONS
            ):
                why = f"efter '{prev}'"
            elif not crossed and prev.endswith(":") and len(prev) > 1:
                why = f"efter '{prev}'"  # "Udført: jn"
            elif not crossed and _done_by_a_person(w):
                why = f"efter '{prev}'"  # who did it: "tilset jn kl 6", "pn givet jn"
            elif (
                _DIARY_AFTER_RE.match(text, e) is not None
                and _DIARY_LEAD_RE.search(text, max(0, s - 24), s) is not None
            ):
                why = "først i en linje"  # "kl 7 jn: sov godt" (a lead never ends with "(")
            elif s > 0 and text[s - 1] == "(" and text[e : e + 1] == ")":
                why = "i parentes"  # "bad (uø)"
            elif _verb_after(text, e):
                why = "før et udsagnsord"  # "hbs har ringet til læge"
            elif any(
                o in starts and _LIST_GAP_RE.fullmatch(text, e, o) is not None
                for o in range(e + 1, e + 6)
            ) or any(
                o in ends and _LIST_GAP_RE.fullmatch(text, o, s) is not None
                for o in range(s - 5, s)
            ):
                why = "ved andre initialer"  # "uø og jn på vagt", "jn/uø"
            elif (
                _LINE_REST_RE.match(text, e) is not None
                and (not prev or prev[-1] in ".!?)" or crossed)
                and not _after_clinical(text, s)
            ):
                why = "sidst på linjen"  # "Medicin givet kl 8. jn"
            else:
                continue
            ctx.after_markers.append((s, e, f"med små bogstaver {why}"))

    def _line_initials(self, ctx: _Ctx, raw: list[_Hit]) -> None:
        """Initials in lower case that are also a word ("mj", "bh", "sd"; not a clinical
        abbreviation) where a line starts or ends with who did it: last on a line after a
        sentence or after "af", "v", "ved" ("medicin givet kl 8. mj", "tilset kl 14 af mj"), and
        a diary line's writer after a time, also after another entry on the same line ("kl 7
        mj: pt sovet godt", "pumpe ok. kl 10.40 bf: nyt sæt"). A given name in lower case with
        the first letter of the person's family name, last on a line, as a partogram or a diary
        signs: "pt. i bad. helle f", "start 14:00, tove m"; with the family name cut short
        (:meth:`_short_family_hits`). And a registered user name in a log's user field, even
        one that is a word ("10:11 bruger bent (sundhedspleje)")."""
        text = ctx.text
        sigs = self._sigs
        self._short_family_hits(text, raw)
        for word in _USER_FIELD_WORDS if ctx.user_field else ():
            at = text.find(word)
            while at >= 0:
                m = _USER_FIELD_RE.match(text, at)
                at = text.find(word, at + 1)
                if m is None:
                    continue
                # a registered user name in a log's user field, even one that is a word (the
                # field first on the line, or after a time, a cell or a comma: not the verb,
                # "pt. bruger sol")
                before = text[_line_start_of(text, m.start()) : m.start()].rstrip(" \t\xa0")
                if before and before[-1] not in "0123456789|,;(:" and not m.group()[0].isupper():
                    continue
                sig = sigs.get(_fold_word(m.group(1)))
                if sig is not None and any(form == "username" for _, form, _ in sig.entries):
                    ctx.after_markers.append((m.start(1), m.end(1), "efter brugerfeltet"))
        for start, end in _line_spans(text):
            leads = [_DIARY_WRITER_RE.match(text, start, end)]
            for stop in (". ", "; "):
                # a diary entry after another on the same line: "pumpe ok. kl 10.40 bf: nyt sæt"
                at = text.find(stop, start, end)
                while at >= 0:
                    if text[at + 2 : at + 3] in _TIME_STARTS:  # "kl 10.40", "10.40"
                        leads.append(_DIARY_WRITER_RE.match(text, at + 2, end))
                    at = text.find(stop, at + 2, end)
            for lead in leads:
                if lead is None:
                    continue
                tok = lead.group(1)
                if _line_sig(sigs, tok):
                    ctx.after_markers.append(
                        (lead.start(1), lead.end(1), "med små bogstaver først i en linje")
                    )
                elif (
                    (tok.islower() or tok.isupper())
                    and sigs.get(_sig_norm(tok)) is not None
                    and _WORDS_NEXT_RE.match(text, lead.end()) is not None
                ):
                    # the writer after the time even where the initials are an abbreviation,
                    # when words follow, not a value: "07:30 bs: morgenmed givet", "kl 12 BS:
                    # frokost spist" (not "07:30 bs: 7,2")
                    ctx.after_markers.append((lead.start(1), lead.end(1), "skriver efter tiden"))
            lead = _GIVEN_INITIAL_LEAD_RE.match(text, start, end)
            if lead is not None:  # "tove s har leveret", "dag h: ilt ned til 1 l"
                a, b = lead.span(1)
                i, j = lead.span(2)
                self._given_initial_hit(
                    text, a, b, i, j, raw, "fornavn og forbogstav først i en linje"
                )
            j = end
            while j > start and text[j - 1] in " \t\xa0.\r":
                j -= 1
            i = j
            while i > start and text[i - 1].isalpha():
                i -= 1
            if j - i == 1 and i - 3 > start and text[i - 1] == " " and text[i].islower():
                self._given_and_initial(text, start, i, j, raw)
                continue
            # initials joined by "/" last on the line: "pt faldet. sd/bh" (each a hidden
            # person's, one at least a word: those that are none are found already)
            if not (2 <= j - i <= 3 and i > start) or sigs.get(text[i:j]) is None:
                continue  # (most lines: no hidden person's initials last)
            pairs = [(i, j)]
            while i - 1 > start and text[i - 1] == "/":
                b = i - 1
                a = b
                while a > start and text[a - 1].isalpha():
                    a -= 1
                if not 2 <= b - a <= 3 or not text[a:b].islower():
                    break
                pairs.append((a, b))
                i = a
            found = [sigs.get(text[a:b]) for a, b in pairs]
            if (
                text[i - 1] in " \t\xa0"
                and all(sig is not None for sig in found)
                and any(_line_sig(sigs, text[a:b]) for a, b in pairs)
                # "sd/bh"; not "crp/bs", "ml/bh": abbreviations
                and (len(pairs) == 1 or not any(sig is not None and sig.clinical for sig in found))
            ):
                prev, _, _ = _prev_word(text, i)
                folded_prev = _fold_word(prev.rstrip("."))
                if (
                    (prev and prev[-1] in ".!?")
                    or folded_prev in _WEAK_MARKERS
                    # who did it, after what was done or "skr.": "pn givet sd", "/skr. mj"
                    or _done_by_a_person(folded_prev)
                    or folded_prev in _PERSON_ABBREVIATIONS
                ):
                    for a, b in pairs:
                        ctx.after_markers.append((a, b, "med små bogstaver sidst på linjen"))
            elif len(pairs) == 1 and text[i - 1] in " \t\xa0" and found[0] is not None:
                # initials that are an abbreviation, after a signing one with its full stop:
                # "ref. tb", "dikt. bs" (a signature; "ref" alone is no signature)
                prev, _, _ = _prev_word(text, i)
                if prev.endswith(".") and _fold_word(prev[:-1]) in _SIGNING_ABBREVIATIONS:
                    ctx.after_markers.append((i, j, f"efter '{prev}'"))

    def _given_and_initial(self, text: str, start: int, i: int, j: int, raw: list[_Hit]) -> None:
        """A lower-case given name before the letter ``text[i:j]`` last on a line, after a
        sentence, a comma or a time: a hidden person's given name whose family name begins with
        that letter ("pt. i bad. helle f", "14:00, tove m"; not "vitamin d", "hepatitis b")."""
        b = i - 1
        a = b
        while a > start and text[a - 1].isalpha():
            a -= 1
        if b - a < 2 or not text[a:b].islower() or (a > start and text[a - 1] not in " \t,"):
            return
        prev, _, _ = _prev_word(text, a)
        if prev and prev[-1] not in ".,!?:)" and not _A_TIME_END_RE.search(prev):
            return  # "pt fik vitamin d": a word of the sentence before it
        self._given_initial_hit(text, a, b, i, j, raw, "fornavn og forbogstav sidst på linjen")

    def _short_family_hits(self, text: str, raw: list[_Hit]) -> None:
        """A lower-case given name with the family name cut short, where a writer's name ends:
        "bo f.:", "(liv b-s)", "set af dorthe ml kl 10.20", "mikael v. o." (the letters are
        the initials of a hidden namesake's later name parts; :func:`_given_initial_hit`).
        Found from the short letters' end (a full stop, a colon, a parenthesis, " kl"): one or
        two lower-case letters there, and a hidden person's name part one or two words before
        them; only then the whole pattern is tried (a scan of every word was a third of the
        search)."""
        words = self._words
        for stop in (".", ":", ")", " kl"):
            p = text.find(stop)
            while p >= 0:
                j = p - 1
                if j > 3 and text[j] in _LOWER_LETTERS:
                    if text[j - 1] in _LOWER_LETTERS:
                        j -= 1
                    if text[j - 1] in _SHORT_BEFORE:
                        # the given name is one of the two words before the letters' last
                        # one: "bo f.", "liv b-s", "mikael v. o."
                        q = p
                        for _ in range(2):
                            gap = text.rfind(" ", max(0, p - 40), q)
                            if gap <= 0:
                                break
                            k = text.rfind(" ", max(0, p - 40), gap) + 1
                            if text[k : k + 1] in ("(", "/", '"'):
                                k += 1
                            if k < gap and words.get(_fold_word(text[k:gap])) is not None:
                                m = _SHORT_FAMILY_RE.match(text, k)
                                if m is not None and m.end() >= p:
                                    a, b = m.span(1)
                                    i, e = m.span(2)
                                    self._given_initial_hit(
                                        text, a, b, i, e, raw, "fornavn og forkortet efternavn"
                                    )
                                    break
                            q = gap
                p = text.find(stop, p + 1)

    def _given_initial_hit(
        self, text: str, a: int, b: int, i: int, j: int, raw: list[_Hit], why: str
    ) -> None:
        """A hit on the lower-case given name ``text[a:b]`` and the letter ``text[i:j]`` when
        a hidden person has that given name and a later name part that begins with the letter,
        other than the letter of the first given name ("tove s" for Tove Sindal)."""
        key = self._words.get(_fold_word(text[a:b]))
        if key is None or key.only_user:
            return
        letters = "".join(c for c in text[i:j] if c.isalpha()).upper()
        firsts = self._firsts
        if len(letters) == 1:
            persons = frozenset(
                p for p in key.npset if letters in firsts[p][1:] and firsts[p][0] != letters
            )
        else:  # the initials of the later parts: "dorthe ml" for Dorthe Mose Lange
            persons = frozenset(p for p in key.npset if _in_order(letters, firsts[p], 1))
        if persons:
            end = j + 1 if text[j : j + 1] == "." else j
            raw.append(_Hit(a, end, key, persons, key.ncands, why=why))

    def _time_glued_initials(self, ctx: _Ctx) -> None:
        """Initials in CAPITALS written together with a time, as a time stamp's writer: "DM07:15
        pt vågen", "07:15DM", "14:05AF ordineret furix" (a hidden person's initials, also a
        clinical abbreviation; not "kl" so written, "KL07:15", nor a unit after a decimal
        number, "12.50MG")."""
        text = ctx.text
        n = len(text)
        # (a time with a capital letter right before or after it first: the pattern below
        # looks behind at every position of a text, four times the cost of finding the times)
        for t in _A_TIME_RE.finditer(text):
            a, b = t.start(), t.end()
            if (
                (a > 0 and text[a - 1] in _CAPITALS)
                or (a > 1 and text[a - 2] in _CAPITALS)
                or (b < n and text[b] in _CAPITALS)
            ):
                break
        else:
            return
        sigs = self._sigs
        for m in _TIME_GLUED_RE.finditer(text):
            before = m.group(1) is not None
            s, e = m.span(1) if before else m.span(4)
            folded = _fold_word(text[s:e])
            if (before and folded in ("kl", "ca")) or (
                # a value with decimals and its unit: "12.50MG"
                "." in (m.group(2) if before else m.group(3)) and folded in _UNITS
            ):
                continue
            sig = sigs.get(folded)
            if sig is None or not sig.pset:
                continue
            if (sig.clinical or folded in _ANALYTES) and _VALUE_NEXT_RE.match(
                text, m.end(2) if before else e
            ) is not None:
                continue  # a measurement at a time: "BT12:40 145/90", "12:40BT: 145/90"
            ctx.after_markers.append((s, e, "med STORE bogstaver skrevet sammen med et klokkeslæt"))

    def _glued_genitive_initials(self, ctx: _Ctx) -> None:
        """Initials in CAPITALS with the genitive -s glued on (no apostrophe), before what a
        person writes or decides: "Se HHHs op.-beskrivelse", "jf. PESs notat". Derived initials
        that are a word or a clinical abbreviation stay ("KOLs forløb" is no one's)."""
        text = ctx.text
        for m in _GLUED_GENITIVE_RE.finditer(text):
            sig = self._sigs.get(_sig_norm(m.group(1)))
            if sig is None or not sig.pset or not _initials_only(sig):
                continue
            if not sig.explicit and (sig.word or sig.clinical):
                continue
            ctx.after_markers.append((m.start(1), m.end(), "genitiv af initialer"))

    def _clause_initials(self, ctx: _Ctx) -> None:
        """Initials that are also a word or an abbreviation ("bh", "tb", "IS"), where a clause
        begins, as the subject of what a person does: "bh gav pn kl 22", "kl 3 tb tilså pt",
        "BH har givet pn", "pl tager sig af pårørende". Not what a thing does ("BT kom ned", "bh
        gav god effekt", "BS har været høj"), nor a frequent word ("og gav udtryk for"; "is", zipf
        5.05, stays even as a writer's initials here)."""
        text = ctx.text
        for s, e in _clause_words(ctx):
            if e - s > 3:
                continue
            tok = text[s:e]
            sig = self._initials_written_alike(tok)
            if sig is None or _fold_word(tok) in _FUNCTION_WORDS:
                continue
            # a frequent word in capitals in a text that is not in capitals is no word: "IS har
            # givet pn" (not "is"), "OK ringede til lægen"
            capitals = tok.isupper() and _word_after(text, e)[0] != ""
            if zipf(tok) >= ZIPF_WORD and not capitals:
                continue
            if _initials_verb_at(text, e):
                ctx.after_markers.append((s, e, "før et udsagnsord først i en sætning"))
        for s, e in itertools.chain(ctx.sig_spans, _lower_before_and(text)):
            # first in a clause, more initials joined after: "IS og AM", "ML, BT, IS" (the
            # initials the automaton found in capitals, and lower-case ones before " og "; not
            # a search of the whole text: that cost 6 % of the names bench's instructions)
            j = s
            while j > 0 and text[j - 1] in " \t\xa0":
                j -= 1
            if (j > 0 and text[j - 1] not in "\n.!?;:") or _INITIALS_JOINED_RE.match(
                text, e
            ) is None:
                continue
            tok = text[s:e]
            upper = tok.isupper()
            sig = self._initials_written_alike(tok)
            if sig is None or _fold_word(tok) in _FUNCTION_WORDS:
                continue
            if not upper and zipf(tok) >= ZIPF_WORD:
                continue
            run = self._initials_run(text, e, upper)
            if run:
                why = "flere initialer før det, de gør, først i en sætning"
                ctx.after_markers.append((s, e, why))
                ctx.after_markers.extend((a, b, why) for a, b in run)

    def _initials_written_alike(self, tok: str) -> _Sig | None:
        """The hidden people's initials that ``tok`` is, written all in lower case or all in
        capitals ("is", "IS"; not "Is"); None if it is no one's."""
        if not (tok.islower() or tok.isupper()):
            return None
        sig = self._sigs.get(_sig_norm(tok))
        return sig if sig is not None and _initials_only(sig) else None

    def _initials_run(self, text: str, e: int, upper: bool) -> list[tuple[int, int]]:
        """More initials joined to those ending at ``e`` ("IS og AM", "ML, BT, IS, PN", "LF/RV",
        "IS + TB"), written alike, each a hidden person's, before what people do ("deltog i
        konference", "på dobbeltbesøg", "har vagt"): where they are; [] otherwise. Vital signs
        joined alike do nothing a person does ("BT og HR målt kl 8", "BT og puls steg")."""
        run: list[tuple[int, int]] = []
        m = _INITIALS_JOINED_RE.match(text, e)
        while m is not None:
            a, b = m.span(1)
            tok = text[a:b]
            if upper != tok.isupper() or self._initials_written_alike(tok) is None:
                return []
            if not upper and (_fold_word(tok) in _FUNCTION_WORDS or zipf(tok) >= ZIPF_WORD):
                return []
            run.append((a, b))
            m = _INITIALS_JOINED_RE.match(text, b)
        if not run:
            return []
        end = run[-1][1]
        if _initials_verb_at(text, end) or _PEOPLE_DO_RE.match(text, end) is not None:
            return run
        word, _ = _word_after(text, end)
        return run if word in _MORE_PERSON_FINITE else []

    def _certain_starts(self, ctx: _Ctx) -> list[tuple[int, int, int, str]]:
        """Where a name is certain: (from, to, kind, rule) after titles, sign-offs, "Referent:",
        "talt med", "v." (see :meth:`_certain_hits`)."""
        text = ctx.text
        n = len(text)
        find = text.find
        out: list[tuple[int, int, int, str]] = []
        # (the end of the line at i, or i + k if that comes first: a line break searched for
        # in the k characters after i, ``min(end of line, i + k)``)
        for e, s in ctx.title_ends.items():
            if (
                e < n
                and text[e] == "."
                and "." not in text[s:e]
                and (_fold_word(text[s:e]) not in _ABBR_TITLES)
            ):
                continue  # "... egen læge. Holm": the full stop ends the sentence
            nl = find("\n", e, e + 60)
            limit = nl if nl >= 0 else min(n, e + 60)
            out.append((e, limit, _NEXT, f"efter titel '{text[s:e]}'"))
        for e, s in ctx.strong_ends.items():
            if ctx.labels and _in_cells(s, ctx.labels):
                continue  # a column's label, "| Udført af |", signs nothing
            nl = find("\n", e)
            end = n if nl < 0 else nl
            limit = e + 120
            if not text[e:end].strip(" \t\r.:,"):  # "Mvh\nMette Holm": the next line
                nxt = end + 1
                while nxt < n and text[nxt] in " \t\r\n":
                    nxt += 1
                nl = find("\n", nxt)
                end = n if nl < 0 else nl
                # who signed, one a line in a bulleted list: "Udført af:\n- DM\n- HB"
                last = _signer_list_end(text, nxt, end)
                if last > end:
                    end = limit = last
            rule = f"i signatur efter '{' '.join(text[s:e].split())}'"
            out.append((e, min(end, limit), _STRONG, rule))
        i = find("/")
        while i >= 0:  # a signature after "/": "/mette hlm", not "og/eller", "mg/dl"
            if (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and text[i + 1].isalpha():
                nl = find("\n", i, i + 60)
                limit = nl if nl >= 0 else min(n, i + 60)
                out.append((i + 1, limit, _NEXT, "i signatur efter '/'"))
            elif (
                i > 0
                and text[i - 1] in "vV"
                and (i == 1 or not text[i - 2].isalnum())
                and i + 1 < n
                and (text[i + 1] == " " or text[i + 1].isalpha())
            ):  # by someone: "besøg v/ kok kl 12", "stuegang v/smed"
                nl = find("\n", i, i + 60)
                limit = nl if nl >= 0 else min(n, i + 60)
                out.append((i + 1, limit, _NEXT, "efter 'v/'"))
            i = find("/", i + 1)
        for s, e, kind in ctx.certain:
            if ctx.labels and _in_cells(s, ctx.labels):
                continue
            word = " ".join(text[s:e].split())
            if kind == _LIST:
                if word.lower() == "ref":  # "Ref.: PL", not "ref. til notat: ..."
                    lead = _REF_LEAD_RE.match(text, e)
                else:
                    lead = _LIST_LEAD_RE.match(text, e)
                if lead is None or any(
                    _fold_word(w) in _NAME_FOLLOWERS for w in lead.group(1).split()
                ):
                    continue  # "Referent: ...", "På vagt i dag: ...", not "deltagere i mødet"
                j = lead.end() - 1
                nl = find("\n", j, j + 200)
                limit = nl if nl >= 0 else min(n, j + 200)
                out.append((j + 1, limit, _LIST, f"efter '{word}:'"))
            else:
                if word.lower() == "v":
                    if e >= n or text[e] != ".":
                        continue  # "v." only
                elif text[e : e + 1] == ".":
                    if not word.lower().endswith(" m"):
                        continue  # "Nattevagt. Sofie klager ...": the sentence ended
                    e += 1  # "med" cut short: "aftalt m. kam", "tlf m. ML"
                nl = find("\n", e, e + 60)
                start = e
                if nl >= 0 and not text[e:nl].strip(" \t\r:"):
                    # the marker ends its line, the name begins the next: "ring til\nstorm"
                    start = nl + 1
                    nl = find("\n", start, start + 60)
                limit = nl if nl >= 0 else min(n, start + 60)
                out.append((start, limit, _NEXT, f"efter '{word}'"))
        return out

    def _certain_hits(self, ctx: _Ctx, raw: list[_Hit]) -> None:
        """Names where a name is certain, in any letter case and with one typo in names of four
        letters or more: after a title ("spl. holm"), in a sign-off ("mvh holm", to the end of
        the line or on the next line), after "Referent:", "Deltagere:" ... (the rest of the line),
        after "talt med", "v." ... (up to three words).  A name that is also a function word in
        lower case ("talt med hans kone", "læge per telefon") is a name here only at the end of
        a sign-off line.  Initials in any case are signatures in a sign-off or a list."""
        starts = self._certain_starts(ctx)
        if not starts:
            return
        text = ctx.text
        words = self._words
        sigs = self._sigs
        found = {h.start: h.end for h in raw if not h.key or not h.key.ambiguous}
        whose = {h.start: h.persons for h in raw}
        ordinary: set[int] = set()  # tokens already read as no name (dense positions overlap)
        for pos, limit, kind, rule in starts:
            count = 0
            prev_end = pos
            prev_short = True
            prev_persons: frozenset[int] | None = None  # the name found last in this position
            prev_end_before = pos
            prose = False  # a list went on past an ordinary word: "Referent: Åse Kendt med KOL"
            for m in _CERTAIN_TOKEN_RE.finditer(text, pos, limit):
                s, e = m.span()
                if s < prev_end:
                    continue  # inside a name found already
                if not prev_short and _SENTENCE_GAP_RE.search(text, prev_end, s) is not None:
                    break  # the sentence ended: "spl. Olsen. Per os 500 mg"
                if kind == _NEXT and count and ":" in text[prev_end:s]:
                    break  # the name ended a heading: "hos læge Søborg: BT 112/68"
                hit_end = found.get(s)
                if hit_end is not None:  # a name found already: the name goes on
                    prev_end, prev_short = max(e, hit_end), False
                    prev_persons = whose.get(s)
                    count += 1
                    continue
                if s in ordinary:  # read as no name, signature or typo by a list or sign-off
                    prev_end, prev_short = e, e - s <= 2
                    if kind != _LIST:
                        break
                    prose = True
                    continue
                tok = m.group()
                folded = _fold_word(tok)
                if prev_persons is not None and tok in ("og", "samt"):
                    continue  # a list goes on: "nattevagt: lund og holm"
                if kind == _NEXT and folded in _NOT_A_PERSON_CALLED:
                    break  # "RING TIL PT. Hans datter ...": the patient, then a new sentence
                prev_end_before = prev_end
                prev_end = e
                prev_short = len(tok) <= 2 or folded in _ABBR_TITLES
                count += 1
                if kind == _NEXT and count > 3:
                    break
                key = words.get(folded)
                if key is not None:
                    if (
                        tok.islower()
                        and folded in _FUNCTION_WORDS
                        and (kind == _NEXT or _LINE_END_RE.match(text, e) is None)
                        and _SIGNOFF_END_RE.match(text, e) is None  # "Ændret af leo. /po"
                        and not self._name_goes_on(text, e, limit, key)
                        and not _function_word_named(text, e, kind)
                        and not self._name_and_name(text, e)
                        # an item of a list, the name and one word or number: "morgenmøde:
                        # ben fri, sol syg", "telefonliste: lykke 2211, bo 2212"
                        and not (kind == _LIST and _LIST_ITEM_REST_RE.match(text, e) is not None)
                    ):
                        break  # "talt med hans kone", not "spl. hans skov"
                    # an ordinary name is found by the automaton, unless a hyphen stands
                    # inside it ("spl. Kjær-gaard"): the automaton reads two words
                    if key.ambiguous or ("-" in tok and not key.only_user):
                        if (
                            kind != _LIST
                            and prev_persons
                            and not prev_persons & key.npset
                            and _LIST_GAP_RE.fullmatch(text, prev_end_before, s) is None
                        ):
                            break  # another person's word after a name: "/dam Sten i nyren"
                        raw.append(_Hit(s, e, key, key.npset, key.ncands, why=rule))
                        found[s] = e
                        whose[s] = prev_persons = key.npset
                    continue
                if folded in self._titles or folded in _TITLE_MODIFIERS:
                    continue  # "talt med spl. holm", "Dikteret af MBO/ssa"
                if (
                    kind != _NEXT
                    or (tok.isupper() and len(tok) <= 6)
                    # lower-case initials right after the marker: "aftalt med mj at ..."
                    or (tok.islower() and len(tok) <= 4 and count == 1 and zipf(tok) < ZIPF_WORD)
                ):
                    sig = sigs.get(_sig_norm(tok))
                    if (
                        sig is not None
                        and not (
                            (kind == _NEXT or prose)
                            and sig.clinical
                            # unless what follows is what a person does: "ssa bs har givet
                            # medicin", "aftalt med pl at pt får bad" (not "kontrol bs 7,2")
                            and not (kind == _NEXT and _clinical_named(text, e))
                            # or they are initials someone uses, in CAPITALS, after whom one
                            # talked to or asked: "tlf. m. ML: pausér", "ifølge CO" (not after
                            # a title: "spl. BT 120/80")
                            and not (
                                kind == _NEXT
                                and sig.explicit
                                and tok.isupper()
                                and not rule.startswith("efter titel")
                                and not prose
                            )
                            # or registered initials in lower case right after the marker,
                            # standing alone: "talt m ak - fortsat konservativ"
                            and not (
                                kind == _NEXT
                                and sig.explicit
                                and count == 1
                                and not rule.startswith("efter titel")
                                and _INITIALS_ALONE_RE.match(text, e) is not None
                            )
                        )
                        and not (prose and sig.word and not tok.isupper())
                        # a word in CAPITALS text: "RING TIL MR OG FRA"
                        and not (
                            kind == _NEXT
                            and sig.word
                            and tok.isupper()
                            and _caps_context(text, s, e)
                        )
                        and (
                            tok.isupper()
                            or not sig.word
                            or _LINE_END_RE.match(text, e) is not None
                            or text[e : e + 1] == "/"
                            # before a verb, "at", a comma: "ssa mj har givet medicin",
                            # "aftalt med mj at ...", "Deltagere: mj, bh"
                            or (tok.islower() and _function_word_named(text, e, kind))
                            # initials someone uses before a dash or a parenthesis: "talt
                            # m rd - fortsat", "set af ok (ortop) kl 14"
                            or (
                                tok.islower()
                                and sig.explicit
                                and count == 1
                                and folded != "kl"  # "set af bo kl 15.10": o'clock
                                and _INITIALS_ALONE_RE.match(text, e) is not None
                            )
                            # a sign-off that ends its sentence: "Ændret af leo. /po"
                            or (kind == _STRONG and _SIGNOFF_END_RE.match(text, e) is not None)
                        )
                    ):
                        ctx.after_markers.append((s, e, rule))
                        found[s] = e
                        whose[s] = prev_persons = sig.pset
                        continue
                # a typo of a name, not initials in parentheses ("(MAJO)" is not "Maja"), nor
                # a piece of an address or user name ("hano4@...")
                target = (
                    # in lower case a word that is only a name, as a capitalised one:
                    # "reservelæge josef" (Józef), "fysioterapeut marc" (Mark)
                    self._typo(
                        folded,
                        limit=4.0 if tok[:1].isupper() or folded in name_words() else 0.0,
                    )
                    if len(folded) >= 3
                    and not (tok.isupper() and text[s - 1 : s] == "(")  # "(MAJO)": initials
                    and not (e < len(text) and (text[e].isalnum() or text[e] in "@_"))
                    and not (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@_.\\"))
                    else None
                )
                if target is not None:
                    raw.append(
                        _Hit(
                            s,
                            e,
                            target,
                            target.npset,
                            target.ncands,
                            why=f"{rule}, med en stavefejl",
                        )
                    )
                    found[s] = e
                    continue
                if (len(tok) <= 3 and tok.isupper()) or (
                    text[e : e + 1] == "." and _DOTTED_WORD_RE.fullmatch(tok + ".") is not None
                ):
                    continue  # initials before the name: "tilset af M.L. Hald", "v. ML Hald"
                if kind != _NEXT:  # a NEXT scan does not look for initials
                    ordinary.add(s)
                if kind != _LIST:
                    break  # "Hilsen fra datteren": only a list goes on past other words
                prose = True

    def _not_by_initials(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """A given name followed by initials in parentheses that no hidden person has ("Bo (BJ)"
        when the hidden Bo is Bo Skov, BS, and nobody hidden is BJ): the text says who it is, and
        it is someone else.  Initials someone has used are passed as their initials, so a hidden
        person's own initials are never "someone else's"; initials of another hidden person
        ("Hanne (HB)", HB being Hans-Henrik Bøgh's and maybe Hanne's unlearned sign-off) keep
        the name hidden (fail closed)."""
        out: list[_Hit] = []
        for h in hits:
            if (
                h.key is not None
                and not h.strict
                and not h.merged
                and not h.certain
                and h.form == "given"
                and text[h.end : h.end + 2] in (" (", "\xa0(")
            ):
                m = _PAREN_SIG_RE.match(text, h.end)
                if m is not None:
                    letters = _sig_norm(m.group(1))
                    sig = self._sigs.get(letters)
                    if (
                        letters[:1] == _fold_word(text[h.start : h.start + 1])
                        and 2 <= len(letters) <= 5
                        and sig is None  # initials no hidden person has: someone else
                        and letters not in self._titles  # a title: "Sofie (spl.)", "(ssa)"
                    ):
                        continue
            out.append(h)
        return out

    def _part_next_to(self, text: str, s: int, e: int, persons: frozenset[int]) -> bool:
        """Is the word right after ``e`` or right before ``s`` (a space or a hyphen between)
        a part of the name of one of ``persons``?"""
        after = _WORD_AFTER_RE.match(text, e)
        if after is not None:
            nxt = self._words.get(_fold_word(after.group(1)))
            if nxt is not None and nxt.npset & persons:
                return True
        before = _word_before(text, max(0, s - 40), s)
        if before is not None:
            prv = self._words.get(_fold_word(before.group(1)))
            if prv is not None and prv.npset & persons:
                return True
        return False

    def _name_and_name(self, text: str, e: int) -> bool:
        """Does " og " and a name or a title follow ``e`` ("udført af bo og sten", "ssh bo og
        ssa sten")?"""
        m = _AND_WORD_RE.match(text, e)
        if m is None:
            return False
        folded = _fold_word(m.group(1))
        return folded in self._words or folded in self._titles

    def _name_goes_on(self, text: str, e: int, limit: int, key: _Key) -> bool:
        """Is the word after ``e`` another part of a name that ``key`` is a part of (exactly or
        with one typo)?"""
        m = _CERTAIN_TOKEN_RE.search(text, e, limit)
        if m is None or text[e : m.start()].strip(" \t\xa0-"):
            return False
        folded = _fold_word(m.group())
        nxt = self._words.get(folded) or self._typo(folded)
        return nxt is not None and nxt is not key and bool(nxt.npset & key.npset)

    def _typo_neighbours(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """A capitalised word next to a name part that is one typo away from another part of the
        same person's name joins it: "Mete Holm", "Mette Hollm". In lower case, next to a name
        part found in lower case, a word that is no common word does too ("talt med kim winter",
        "sygeplejerske bjørn krogh"; not "sten dame")."""
        extra: list[_Hit] = []
        for i, h in enumerate(hits):
            key = h.key
            if h.strict or key is None or not (h.has_given or h.has_family):
                continue
            lo = hits[i - 1].end if i else 0
            hi = hits[i + 1].start if i + 1 < len(hits) else len(text)
            for m in (
                _word_before(text, max(lo, h.start - 40), h.start),
                _WORD_AFTER_RE.match(text, h.end, min(hi, h.end + 40)),
            ):
                if m is None:
                    continue
                # past a particle to the part beyond it, the particle going with that part:
                # "Tareq ibn Khalid", "Tarik Bin Kalid"
                span: tuple[int, int] | None = None
                if _fold_word(m.group(1)) in _NAME_PARTICLES:
                    if m.end(1) <= h.start:
                        p = m.end(1)
                        m = _word_before(text, max(lo, m.start(1) - 40), m.start(1))
                        if m is not None:
                            span = (m.start(1), p)
                    else:
                        p = m.start(1)
                        m = _WORD_AFTER_RE.match(text, m.end(1), min(hi, m.end(1) + 40))
                        if m is not None:
                            span = (p, m.end(1))
                    if m is None or not m.group(1)[0].isupper():
                        continue
                written = m.group(1)
                if written[0].isupper():
                    if written.isupper():
                        continue
                    limit = 99.0
                elif written.islower() and text[h.start : h.end].islower():
                    limit = _LOWER_TYPO_ZIPF  # "kim winter", "bjørn krogh"; not "sten dame"
                else:
                    continue
                word = _fold_word(written)
                if word in _MARKER_WORDS or word in _NAME_PRECEDERS or word in _FUNCTION_WORDS:
                    continue  # what introduces a name is not part of it: "Hej Camilla" (Høj)
                # next to the hidden person's other part even a colleague's name part is the
                # typo ("Sanne Holm" for a hidden Anne Holm when Sanne Sand is not hidden)
                # (the part of this person's name, where several are one typo away: "Rune
                # Wang" is Rune Vang's, though "wang" is as near "Tang")
                other, common = _part_of(self._typos(word, limit=limit, colleagues=False), h)
                if other is None:
                    # as dictation spells it: "Hans Rasch" (Rask), "Amir Saeed" (Said), "Pil
                    # Nørregaard" (Nørgaard), "Kaj Ove" (Kai)
                    if limit < 99.0 and zipf(word) > limit:
                        continue
                    other, common = _part_of(self._sounds_like(word), h)
                    if (
                        other is None
                        and limit == 99.0
                        # (a common given name before the family name is another person's:
                        # "Maja Skov Dam", a daughter, beside a hidden Maj-Britt Skov-Lund)
                        and not (m.end(1) <= h.start and word in name_words())
                    ):
                        # spelled as another language writes it, beside the other part:
                        # "Guel Aydin" (Gül), "Tareq" (Tariq), "van Damm", "Karl Emil Bøgh"
                        other, common = self._near_own_part(word, h)
                    if other is None:
                        continue
                entry = other.entry_for(min(common))
                x = _Hit(*(span or m.span(1)), other, common, None)
                x.form, x.rule = entry[2], f"{entry[3]} (med en stavefejl, ved siden af navnet)"
                if other is key:  # (the same part's key: see _near_own_part)
                    x.form = "family" if entry[2] == "given" else "given"
                    x.rule = (
                        f"{'efternavn' if x.form == 'family' else 'fornavn'} stavet '{written}'"
                    )
                    x.rule += " (ved siden af navnet)"
                x.has_given = entry[2] == "given"
                x.has_family = entry[2] == "family"
                extra.append(x)
        if not extra:
            return hits
        return _add_non_overlapping(hits, extra)

    def _near_own_part(self, word: str, h: _Hit) -> tuple[_Key | None, frozenset[int]]:
        """Another part of the name of one of ``h``'s people (or its family name with the
        particle joined: "lakur" for la Cour) that the folded ``word`` beside ``h`` is, more
        loosely than a typo anywhere: as it sounds (:func:`_sound`), up to one edit in a part
        of three to five letters and two in a longer one ("Guel" Gül, "Gyl" Gül, "Tareq" Tariq,
        "Damm" Dam, "Bøgh" Bøg, "McDonnald" MacDonald). (None, empty) if none is."""
        w = _sound(word)
        if len(w) < 2 or zipf(word) >= ZIPF_WORD:
            return None, frozenset()
        for pidx in sorted(h.persons):
            for spelled, part in _own_parts(self.persons[pidx]):
                p = _sound(spelled)
                shortest = min(len(w), len(p))
                if w != p and (shortest < 3 or abs(len(w) - len(p)) > 2):
                    continue
                d = _edits(w, p, 2)
                if d == 0 or (d == 1 and shortest >= 3) or (d == 2 and shortest >= 6):
                    key = self._words.get(part)
                    if key is None and h.key is not None and h.key.first_name is not None:
                        # a part with no key of one word ("O'Neill" is "o neill"): the hit
                        # stands for the same person as ``h``
                        return h.key, frozenset((pidx,)) & h.persons
                    if key is not None and key is not h.key and key.first_name is not None:
                        common = key.npset & h.persons
                        if common:
                            return key, common
        return None, frozenset()

    def _sounds_like(self, folded: str) -> tuple[_Key, ...]:
        """The name parts (four letters or more) spelled as ``folded`` sounds
        (:func:`_phonetic`: "rasch" is "rask", "saeed" "said", "nørregaard" "nørgaard")."""
        memo = self._sound_memo
        seen = memo.get(folded)
        if seen is not None:
            return seen
        if len(memo) > _TYPO_MEMO_SIZE:
            memo.clear()
        found = memo[folded] = self._sounds_like_lookup(folded)
        return found

    def _sounds_like_lookup(self, folded: str) -> tuple[_Key, ...]:
        index = self._phonetic_index
        if index is None:
            built: dict[str, list[str]] = {}
            for w in self._part_words:
                built.setdefault(_phonetic(w), []).append(w)
            index = self._phonetic_index = {k: tuple(v) for k, v in built.items()}
        keys: list[_Key] = []
        for cand in index.get(_phonetic(folded), ()):
            if cand != folded:
                key = self._words.get(cand)
                if key is not None:
                    keys.append(key)
        return tuple(keys)

    def _typo(
        self, folded: str, capitalised: bool = False, limit: float = -1.0, colleagues: bool = True
    ) -> _Key | None:
        """The name part (four letters or more) that ``folded`` is one typo away from, if
        ``folded`` is not a word (a capitalised one may be a rare word or name: "Brigitte"; next
        to another part of the same name any word: "Per Vag", ``limit``), nor a name of a
        colleague who is not hidden (unless ``colleagues`` is false); the first in alphabetical
        order when there are several (:meth:`_typos` gives them all)."""
        found = self._typos(folded, capitalised, limit, colleagues)
        return found[0] if found else None

    def _typos(
        self, folded: str, capitalised: bool = False, limit: float = -1.0, colleagues: bool = True
    ) -> tuple[_Key, ...]:
        """Every name part :meth:`_typo` may find for ``folded``, in alphabetical order ("wang":
        "tang" and "vang")."""
        if limit < 0:
            limit = ZIPF_AMBIGUOUS if capitalised else 0.0
        memo = self._typo_memo
        seen = memo.get((folded, limit, colleagues), _UNSEEN)
        if seen is not _UNSEEN:
            return cast("tuple[_Key, ...]", seen)
        if len(memo) > _TYPO_MEMO_SIZE:
            memo.clear()
        found_keys = memo[(folded, limit, colleagues)] = self._typo_lookup(
            folded, limit, colleagues
        )
        return found_keys

    def _typo_lookup(self, folded: str, limit: float, colleagues: bool = True) -> tuple[_Key, ...]:
        if (
            not folded.isalpha()
            or zipf(folded) > limit
            or (colleagues and folded in self._other_tokens)
        ):
            return ()
        index = self._typo_index
        if index is None:
            index = self._typo_index = (
                marshal.loads(self._typo_blob)
                if self._typo_blob
                else _build_typo_index(self._part_words)
            )
        found: list[str] = []
        for d in (folded, *_deletions(folded)):
            for cand in index.get(d, ()):
                if cand not in found and _one_edit(folded, cand):
                    found.append(cand)
        found.sort()
        keys: list[_Key] = []
        for cand in found:
            key = self._words.get(cand)
            if key is not None:
                keys.append(key)
        return tuple(keys)

    def _ocr_rn(self, text: str, raw: list[_Hit]) -> None:
        """ "rn" that OCR read for "m": "Hamrner" (Hammer), "Karnp" (Kamp); a word that is no
        word as it stands and a hidden person's name part with "m" ("barn", "hjerne" stay)."""
        n = len(text)
        words = self._words
        i = text.find("rn")
        while i >= 0:
            s, e = i, i + 2
            while s > 0 and text[s - 1].isalpha():
                s -= 1
            while e < n and text[e].isalpha():
                e += 1
            written = text[s:e]
            folded = _fold_word(written)
            if (
                e - s >= 4
                and folded not in words
                and zipf(folded) < _OCR_WORD_ZIPF
                and (key := words.get(folded.replace("rn", "m"))) is not None
                and not key.only_user
                and not (written.islower() and key.ambiguous)
            ):
                raw.append(_Hit(s, e, key, key.npset, key.ncands, why="'rn' læst som 'm'"))
            i = text.find("rn", e)

    def _token_rules(self, ctx: _Ctx, raw: list[_Hit]) -> None:
        """Names the automaton cannot see as words: digits glued to a name ("Holm2", "2Holm";
        the whole token is the span) and a line break inside a name ("Hol\\nm")."""
        text = ctx.text
        n = len(text)
        words = self._words
        for i in _glued_letters(text):  # a letter next to a digit
            s = e = i
            while s > 0 and text[s - 1].isalpha():
                s -= 1
            while e < n and text[e].isalpha():
                e += 1
            letters = text[s:e]
            ts, te = s, e
            while ts > 0 and text[ts - 1].isalnum():
                ts -= 1
            while te < n and text[te].isalnum():
                te += 1
            found_ocr = False
            for ocr in _ocr_letters(text[ts:te]):
                # a digit read for a letter it looks like, as OCR does: "He1le", "Fa1k", "0rla",
                # "8run", "Kv1st" (not "B12", "H1N1", "2Holm")
                key = words.get(_fold_word(ocr))
                if key is not None and not key.only_user and not (ocr.islower() and key.ambiguous):
                    raw.append(_Hit(ts, te, key, key.npset, key.ncands, why="tal læst som bogstav"))
                    found_ocr = True
                    break
            if found_ocr:
                continue
            if len(letters) < 2:
                continue
            folded = _fold_word(letters)
            key = words.get(folded)
            if key is None or key.only_user or (letters.islower() and folded in _FUNCTION_WORDS):
                continue  # "per2" may be anything; "hano4" is another user than "hano"
            raw.append(
                _Hit(ts, te, key, key.npset, key.ncands, why="tal skrevet sammen med navnet")
            )
        if "rn" in text:
            self._ocr_rn(text, raw)
        for m in _hand_breaks(text):  # "Kjær- gaard": a word broken by hand
            s, e = m.start(), m.end()
            while s > 0 and text[s - 1].isalpha():
                s -= 1
            while e < n and text[e].isalpha():
                e += 1
            key = words.get(_fold_word(text[s : m.start()] + text[m.end() : e]))
            if key is not None:
                raw.append(_Hit(s, e, key, key.npset, key.ncands, why="orddeling"))
        if "-" in text or "\u2010" in text or "\u2011" in text or "\u2013" in text:
            done = -1
            for hy in _NAME_HYPHENS_RE.finditer(text):  # "Kjær-gaard": a hyphen inside a name
                j = hy.start()
                if j < done or j < 2 or not text[j - 1].isalpha():
                    continue  # (searched from the start of the word only where a letter is)
                w = j - 1
                while w > 0 and text[w - 1].isalpha():
                    w -= 1
                whole = _INNER_HYPHEN_RE.match(text, w)
                if whole is None:
                    continue
                done = whole.end()
                tok = whole.group()
                joined = _fold_word(_NAME_HYPHENS_RE.sub("", tok))
                key = words.get(joined) if len(joined) >= 4 else None  # not "e-mail" nor "a-b"
                if (
                    key is not None
                    # not a double name the automaton found ("Holm-Jensen")
                    and not any(h.start <= whole.start() and whole.end() <= h.end for h in raw)
                    and not key.only_user
                    # a word ("Kirke-gård" is a churchyard) only next to another part of the
                    # same person's name ("Sø-ren Skov")
                    and (
                        not key.ambiguous
                        or key.name_only
                        or self._part_next_to(text, whole.start(), done, key.npset)
                    )
                ):
                    raw.append(
                        _Hit(whole.start(), done, key, key.npset, key.ncands, why="orddeling")
                    )
        if len(self._lower_ambig.index):
            # a given name that is a word, in lower case, with the initial of the person's
            # family name: "søren s. ringede" for Søren Skov (not "søren s. Hansen": the whole
            # decides; not after a function word or a verb: "pris per h.", "tage d. 3/5")
            for dot in _SPACE_INITIAL_RE.finditer(text):
                j = dot.start()
                if j < 2 or not text[j - 1].islower():
                    continue
                w = j - 1
                while w > 0 and text[w - 1].isalpha():
                    w -= 1
                word = text[w:j]
                if (w > 0 and text[w - 1] in "._@\\/-") or not (
                    word.islower() or (word.istitle() and text[j + 1].islower())
                ):
                    continue  # "Per l. tilså pt" too, not "Storm P." (the whole name decides)
                folded_word = _fold_word(word)
                if (folded_word in _FUNCTION_WORDS or _is_verb(folded_word)) and not (
                    _person_verb_at(text, dot.end())
                ):
                    continue  # "pris per h.", "skal tage d. 3/5", "bo s. 12"; not "per l. gav"
                after = dot.end()
                while after < n and text[after] in " \t\xa0":
                    after += 1
                if after < n and (text[after].isupper() or text[after].isdigit()):
                    continue  # another name goes on, or a date: "tage d. 3/5"
                key = self._lower_ambig.get(folded_word)
                if key is None:
                    continue
                persons = frozenset(
                    i
                    for i in key.npset & self._family_letter(text[j + 1].upper())
                    if key.entry_for(i)[2] == "given"
                )
                if persons:
                    hit = _Hit(w, dot.end(), key, persons)
                    hit.lower = True
                    raw.append(hit)
        for m in _CAMEL_RE.finditer(text) if _camel(ctx) else ():  # "HolmTilset": run together
            key = words.get(_fold_word(m.group()))
            if key is not None and (not key.ambiguous or len(m.group()) > 3):
                raw.append(
                    _Hit(m.start(), m.end(), key, key.npset, key.ncands, why="skrevet sammen")
                )
        if _spaced_gate(text):
            # a name spelled out letter by letter, as in a PDF heading: "B I R K   H J O R T",
            # "Referent: H J O R T" (two spaces or more between the words)
            for run in _SPACED_LETTERS_RE.finditer(text):
                for spelled in _SPACED_WORD_RE.finditer(text, run.start(), run.end()):
                    letters = spelled.group().replace(" ", "")
                    key = words.get(_fold_word(letters))
                    if key is not None and (not key.ambiguous or len(letters) > 3):
                        raw.append(
                            _Hit(
                                spelled.start(),
                                spelled.end(),
                                key,
                                key.npset,
                                key.ncands,
                                why="spatieret",
                            )
                        )
        for s, e in _clause_words(ctx):
            # a capitalised word that is no word and no name, one typo from a hidden person's
            # name, as the subject of what a person does: "Hjrot har vejet barnet", "Ravnn har
            # skrevet i kontaktbogen", "Vniter deltog i mødet", "Al-Syed har godkendt"
            ts = text.find("-", s, e) + 1
            if ts and _fold_word(text[s : ts - 1]) not in _NAME_PARTICLES:
                continue  # "ex-sambo har"
            ts = ts or s  # a particle goes into the label
            if e - ts < 4 or not text[ts].isupper() or not text[ts + 1 : e].islower():
                continue
            folded = _fold_word(text[ts:e])
            if (
                words.get(folded) is None
                and zipf(folded) <= _SUBJECT_TYPO_ZIPF
                # no word, so any verb: "Hjrot har vejet barnet", "Yilmas testede"
                and (_person_verb_at(text, e) or _verb_after(text, e))
            ):
                target = self._typo(folded, limit=_SUBJECT_TYPO_ZIPF)
                if target is not None:
                    raw.append(
                        _Hit(s, e, target, target.npset, target.ncands, why=_SUBJECT_TYPO_WHY)
                    )
        # only where a letter, spaces and a line break are followed by spaces and a letter
        nl = text.find("\n") if _letters_around_breaks(text) else -1
        while nl >= 0:  # a line break between two letters: "Hol\nm"
            a = nl - 1 if nl and text[nl - 1] == "\r" else nl
            while a > 0 and text[a - 1] in " \t":
                a -= 1
            b = nl + 1
            while b < n and text[b] in " \t":
                b += 1
            if a > 0 and b < n and text[a - 1].isalpha() and text[b].isalpha():
                s, e = a, b
                while s > 0 and text[s - 1].isalpha():
                    s -= 1
                while e < n and text[e].isalpha():
                    e += 1
                key = words.get(_fold_word(text[s:a] + text[b:e]))
                if key is not None:
                    raw.append(_Hit(s, e, key, key.npset, key.ncands))
            nl = text.find("\n", nl + 1)

    def _spaced_initials(self, ctx: _Ctx) -> None:
        """Initials written with full stops and spaces: "M. L. H.", "M.L. H.", "M. LH".

        Found wherever "M.L.H." is found (three or more letters anywhere); two letters
        ("M. H.") only in a signature position (after a signature marker, a title, ``v.``,
        ``/``, or alone on a line), as "f. eks.", "d. 3." and "P. O." are not initials.
        In a run of more dotted capitals the longest initials of someone are taken, left to
        right.  The run is bounded (:data:`_SPACED_DOTTED_RE`), so the work per character is too.
        """
        text = ctx.text
        if b"U." not in ctx.shape:  # every match starts with a capital and a full stop
            return
        n = len(text)
        sigs = self._sigs
        longest = self._sig_max
        for m in _SPACED_DOTTED_RE.finditer(text):
            if m.end() < n and text[m.end()] in "-\u2010\u2011":
                continue  # "A. B-celler"
            toks = [
                (t.start(), t.end(), t.group(1).lower(), bool(t.group(2)))
                for t in _DOTTED_TOKEN_RE.finditer(text, m.start(), m.end())
            ]
            i, k = 0, len(toks)
            while i < k:
                take = None
                if toks[i][3] and len(toks[i][2]) == 1:  # starts with a dotted capital
                    letters = ""
                    for j in range(i, k):
                        letters += toks[j][2]
                        if len(letters) > longest:
                            break
                        if j > i and _fold_word(letters) in sigs:
                            take = j
                if take is None:
                    i += 1
                    continue
                s, e = toks[i][0], toks[take][1]
                if (
                    take - i > 1
                    or len(toks[take][2]) > 1
                    or self._sig_position(ctx, s, e)
                    or (text[toks[take][0]].isupper() and self._initials_stand_for(text, s, e))
                ):
                    ctx.after_markers.append((s, e, "med punktummer"))
                i = take + 1

    def _initials_stand_for(self, text: str, s: int, e: int) -> bool:
        """Do two initials in capitals ("M. H.") stand for a person by the words around them:
        a verb after them ("M. H. ringede", "M. H. tilkaldt") or a word before them that
        precedes a person ("aftalt med M. H.")? ("m. h. t." and "f. eks." are lower case;
        before a capitalised word, "med M. H. Hansen", the whole name decides.)"""
        j = e
        while j < len(text) and text[j] in " \t\xa0":
            j += 1
        if j < len(text) and text[j].isupper():
            return False
        if _verb_after(text, e):
            return True
        prev, _, _ = _prev_word(text, s)
        return _fold_word(prev.rstrip(".:,")) in _INITIALS_PRECEDERS

    def _sig_position(self, ctx: _Ctx, s: int, e: int) -> bool:
        """Is [s, e) where a signature stands (see :meth:`_spaced_initials`)?"""
        text = ctx.text
        if _ends_before(text, s, ctx.strong_ends) or _ends_before(text, s, ctx.title_ends):
            return True
        prev, _, _ = _prev_word(text, s)
        if _fold_word(prev.rstrip(".:,")) in _WEAK_MARKERS:
            return True
        j = s
        while j > 0 and text[j - 1] in " \t\xa0":
            j -= 1
        if j > 0 and text[j - 1] == "/":
            return True
        return (j == 0 or text[j - 1] in "\r\n") and _LINE_REST_RE.match(text, e) is not None

    def _special_contexts(self, ctx: _Ctx, raw: list[_Hit]) -> None:
        """Tokens next to ``/``, ``\\`` and ``@``: signature initials, user names, e-mails.

        Also adds lower-case ambiguous name tokens found there ("skov@rn.dk", "RN\\skov").
        """
        text = ctx.text
        n = len(text)
        found = ctx.special_sig
        lower_ambig = self._lower_ambig
        if "_" in text:  # "holm_m", "mette_holm": parts of a user name
            for m in _UNDERSCORE_TOKEN_RE.finditer(text):
                tok = m.group()
                key = lower_ambig.get(_fold_word(tok)) if tok[0].islower() else None
                if key is not None:
                    raw.append(_Hit(m.start(), m.end(), key, key.npset, key.ncands))
        for ch in ("/", "\\", "@"):
            i = text.find(ch)
            while i >= 0:
                j = i + 1
                if ch == "/" and j < n and text[j] == " ":
                    j += 1
                if ch != "@" and j < n and text[j].isalpha():  # token after "/" or "RN\\"
                    mt = _SIG_TOKEN_RE.match(text, j)
                    k = mt.end() if mt is not None else j
                    if "." in text[j:k] and k < n and text[k] == ".":
                        k += 1  # "/m.l.h."
                    tok = text[j:k]
                    if (
                        2 <= len(_sig_norm(tok)) <= 6
                        and (k >= n or (text[k] not in "-/\u2010" and not text[k].isalnum()))
                        and (ch == "\\" or tok.isupper() or i == 0 or not text[i - 1].isalnum())
                    ):
                        found.append((j, k, f"efter '{ch}'"))
                    if tok[:1].islower() and (ch == "\\" or i == 0 or not text[i - 1].isalnum()):
                        k = j
                        while k < n and text[k].isalnum():
                            k += 1
                        key = lower_ambig.get(_fold_word(text[j:k]))
                        if key is not None:
                            raw.append(_Hit(j, k, key, key.npset, key.ncands))
                b = text[i - 1] if i else ""
                if ch == "@" and b.isalnum():
                    # the local part: every token of it, and the whole as initials
                    j = i
                    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "._-"):
                        j -= 1
                    local = text[j:i]
                    if 2 <= len(local) <= 6 and local.isalnum() and local[0].isalpha():
                        found.append((j, i, "i e-mailadresse"))
                    for m in _LOCAL_TOKEN_RE.finditer(local):
                        key = lower_ambig.get(_fold_word(m.group()))
                        if key is not None and m.group()[0].islower():
                            raw.append(_Hit(j + m.start(), j + m.end(), key, key.npset, key.ncands))
                elif ch == "/" and (b.isalpha() or b == "."):  # "MLH/ssa", a dictation mark
                    j = i
                    while j > 0 and i - j < 10 and (text[j - 1].isalpha() or text[j - 1] in ".-"):
                        j -= 1
                    while j < i and not text[j].isalpha():
                        j += 1
                    tok = _sig_norm(text[j:i])
                    nxt = i + 1
                    while nxt < n and text[nxt].isalpha():
                        nxt += 1
                    if (
                        2 <= len(tok) <= 5
                        and (j == 0 or text[j - 1] not in "./")
                        and 2 <= nxt - i - 1 <= 4
                        and (nxt >= n or not text[nxt].isalnum())
                        and (
                            text[j:i].isupper()
                            or _line_start(text, j)
                            or _ends_before(text, j, ctx.strong_ends)
                        )
                    ):
                        found.append((j, i, "før '/'"))
                        sec = _fold_word(text[i + 1 : nxt])
                        if nxt - i - 1 >= 2 and sec not in self._titles:
                            # the secretary of a dictation mark ("MLH/al"), not a title ("/ssa")
                            found.append((i + 1, nxt, "efter '/' i et diktatmærke"))
                i = text.find(ch, i + 1)

    def _evaluate(self, ctx: _Ctx, hits: list[_Hit]) -> list[_Hit]:
        """Decide for each candidate whether it is used as a name; fill form and rule."""
        text = ctx.text
        n = len(text)
        out: list[_Hit] = []
        adjacent = _adjacency(text, hits)
        for i, h in enumerate(hits):
            key = h.key
            assert key is not None
            s, e = h.start, h.end
            if h.strict:
                spelling = text[s:e].lower()
                entry = next(key.entries[i] for sp, i in key.strict if sp == spelling)
                h.form, h.rule = entry[2], entry[3]
                out.append(h)
                continue
            shared = adjacent[i]
            if shared:
                h.persons, h.cands = shared, None
                entry = key.entry_for(min(shared))
            elif h.persons is not key.npset:  # narrowed by a joined phrase
                entry = key.entry_for(min(h.persons))
            else:
                first = key.first_name
                assert first is not None
                entry = first
            form, rule, apos, genitive = entry[2], entry[3], entry[4], entry[5]
            if h.join is not None and h.join.key is not None:
                joined = h.join.key.entry_for(min(h.persons))
                rule = f"{rule} + {joined[3]}"
                h.merged = True
                if joined[5]:  # "Anja Dal" + "Dal-Hansens": the whole name's genitive
                    form, genitive = "genitive", True
            apos_after = (
                apos
                and e < n
                and text[e] in _APOSTROPHES
                and not (s > 0 and text[s - 1] in _APOSTROPHES)
                # what is theirs follows: "Hans' bil" (not a quote's end: "'... død mand, max'")
                and e + 2 < n
                and text[e + 1] in " \t\xa0"
                and text[e + 2].isalpha()
            )
            if apos_after:  # "Hans'", "Niels'"
                e = h.end = e + 1
                form, genitive, rule = "genitive", True, f"genitiv af {rule}"
            if key.apos_gen:
                form, genitive = "genitive", True
            if key.ambiguous and not h.lower and not key.apos_gen and not apos_after and not shared:
                # right after another person's name ("Mvh Asks Sten i nyren"), capitals say
                # nothing: the next word decides, as at a sentence start
                last = out[-1] if out else None
                before = (
                    last.persons
                    if last is not None and 0 < s - last.end <= 2 and not text[last.end : s].strip()
                    else self._signature_before(ctx, s, h.persons)  # "Kopi til po Sten i nyren"
                )
                after_other = (
                    before is not None
                    and not before & h.persons
                    and text[e : e + 1] == " "
                    and text[e + 1 : e + 2].islower()  # "... Sten i nyren", not "... Sten."
                )
                evidence = h.why or self._name_evidence(ctx, h, after_other, form)
                if not evidence:
                    continue  # the ordinary word
                if h.why or evidence == _TITLE_EVIDENCE or evidence.startswith("i signatur"):
                    h.certain = True  # where a name is certain: never left for a kept name
                if evidence != _TITLE_EVIDENCE:  # _finish names the title itself
                    rule += f" (almindeligt ord brugt som navn: {evidence})"
            if key.sig is not None and form in ("email", "username") and text[s:e].isupper():
                form, rule = "initials", key.sig.entries[0][2]  # "MLH" is initials, not "mlh"
            h.form, h.rule, h.genitive = form, rule, genitive
            h.has_given = entry[2] in ("given", "full")
            h.has_family = entry[2] in ("family", "full")
            out.append(h)
        return out

    def _signature_before(
        self, ctx: _Ctx, s: int, persons: frozenset[int]
    ) -> frozenset[int] | None:
        """The people of the initials or user name found in a signature right before ``s``
        (one space between), if any; not initials that may begin the name of one of ``persons``
        ("B.S. Jakobsen", "ML Holm")."""
        for ss, se, _ in ctx.after_markers:
            if 0 < s - se <= 2 and not ctx.text[se:s].strip():
                tok = ctx.text[ss:se]
                if "." in tok or (
                    tok.isupper() and self._initials_of(persons, _sig_norm(tok).upper())
                ):
                    return None
                sig = self._sigs.get(_sig_norm(tok))
                if sig is not None:
                    return sig.pset
        return None

    def _name_evidence(self, ctx: _Ctx, h: _Hit, after_other: bool = False, form: str = "") -> str:
        """Why an ambiguous token is used as a name here ('' if it is the ordinary word);
        ``after_other``: right after another person's name (read as a sentence start); ``form``:
        what the token is of the person's name ("given": "Mette H." is a name)."""
        text = ctx.text
        s, e = h.start, h.end
        n = len(text)
        after = text[e] if e < n else ""
        before = text[s - 1] if s > 0 else ""
        if after in ("@", "\\") or before in ("@", "\\"):
            return "i e-mailadresse/brugernavn"
        if (after in ("_", ".") or before in ("_", ".")) and _email_around(text, s, e):
            return "i e-mailadresse"
        if after == "_" or before == "_":
            return "i brugernavn"
        if before == "/":
            return "i signatur efter '/'"
        tok = text[s:e]
        assert h.key is not None
        if tok[0].islower() or h.key.only_user:
            return ""  # a user name that is a common word ("Mvh", "til") needs an address
        ms = _ends_before(text, s, ctx.strong_ends)
        if ms is not None:
            return f"i signatur efter '{' '.join(text[ms[0] : ms[1]].split())}'"
        h.title = self._title_at(ctx, s)
        if h.title is not None:
            return _TITLE_EVIDENCE
        assert h.key is not None
        if len(tok) > 1 and tok.isupper():
            if not _caps_context(text, s, e):
                return "skrevet med STORE bogstaver"
            if h.key.all_genitive and h.key.zipf < ZIPF_WORD:
                return "genitiv"
            prev, _, _ = _prev_word(text, s)
            if _fold_word(prev.rstrip(".:,")) in _NAME_PRECEDERS:
                return f"STORE bogstaver efter '{prev}'"
            if h.key.name_only and _TRAILING_INITIAL_RE.match(text, e) is None:
                return "et navn, intet ord, med STORE bogstaver"  # "KIRSTEN OG LONE KOM"
            return _next_word_decides(text, e, caps=True)
        if self._initials_after(text, e, h.persons) is not None:
            return "efterfulgt af personens forbogstav"  # "Kjærgaard B.", "Holm, S."
        if form == "given" and self._family_initial_after(text, e, h.persons):
            return "efterfulgt af forbogstavet i personens efternavn"  # "Mette H. ringede"
        if not after_other and not _at_sentence_start(text, s):
            return "stort begyndelsesbogstav inde i sætningen"
        if (
            s > 2
            and text[s - 1] in " \t\xa0."
            and _given_abbreviation_before(self, text, s, h.persons) < s
        ):
            return "efter forkortet fornavn"  # "Gr. Lind", "Jørg. Ravn"
        if h.key.all_genitive and h.key.zipf < ZIPF_WORD:
            return "genitiv ved sætningsstart"  # "Sørens vurdering ..."
        if h.key.name_only and _TRAILING_INITIAL_RE.match(text, e) is None:
            # a name that is no word says what it is ("Mette i dag: rolig"); not where an initial
            # follows, as the whole name then decides ("Poul S. Hansen", "Kjærgaard K.")
            return "et navn, intet ord, ved sætningsstart"
        if (
            text[e : e + 1] == ":"
            and len(tok) >= 4
            and _line_start(text, s)
            and _fold_word(tok) in _FIELD_LABELS
        ):
            # a field of a form: "Kilde: journal fra ..." (not a short name: "Bo: pt vil gerne
            # bo hjemme" may be Bo writing)
            return ""
        if (
            text[e : e + 1] == ","
            and _fold_word(tok) in _INTERJECTIONS
            and not (
                (m := _IMPERATIVE_AFTER_RE.match(text, e)) is not None
                and _fold_word(m.group(1)) in _IMPERATIVES
            )
        ):
            return ""  # an answer or an exclamation: "Jo, det gør ondt her" (not "Jo, ring")
        return _next_word_decides(text, e, caps=False)

    def _merge(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """Merge neighbouring name parts of the same person into one span."""
        out: list[_Hit] = []
        for h in hits:
            if out:
                last = out[-1]
                mergeable = (
                    not last.strict
                    and not h.strict
                    and not last.genitive
                    and last.key is not h.key  # "Skov Skov" is two mentions
                    and h.start - last.end <= _NEAR
                    and _TIGHT_GAP_RE.fullmatch(text, last.end, h.start) is not None
                )
                if mergeable:
                    common = last.persons & h.persons
                    if common:
                        if common != last.persons:
                            last.persons, last.cands = common, None
                        last.end = h.end
                        last.has_given |= h.has_given
                        last.has_family |= h.has_family
                        last.genitive = h.genitive
                        last.form = "full"
                        last.merged = True
                        last.rule = f"{last.rule} + {h.rule}"
                        continue
            out.append(h)
        return out

    def _signature_hits(self, ctx: _Ctx) -> list[_Hit]:
        """Initials and short user names in signature positions (see module doc)."""
        text = ctx.text
        found: dict[tuple[int, int], str] = {}
        for s, e, rule in ctx.after_markers:
            found.setdefault((s, e), rule)
        for s, e, rule in ctx.special_sig:
            found.setdefault((s, e), rule)
        n = len(text)
        pos = 0
        while pos < n:  # short lines: initials alone on a line
            nl = text.find("\n", pos)
            end = n if nl < 0 else nl
            if end - pos <= 16:
                m = _sig_line(text[pos:end])
                if m is not None:
                    tok = m[2]
                    if tok.isupper() or zipf(_sig_norm(tok)) < ZIPF_AMBIGUOUS:  # not "Nej"
                        sig = self._sigs.get(_sig_norm(tok))
                        # derived initials that are a word or a clinical abbreviation ("OK",
                        # "BT") are not a signature alone on a line; initials someone uses are,
                        # and derived ones in CAPITALS that are no common word ("HS": zipf 3.2)
                        if sig is not None and (
                            sig.explicit
                            or not (sig.word or sig.clinical)
                            or (not sig.clinical and tok.isupper() and zipf(tok) < ZIPF_WORD)
                        ):
                            found.setdefault((pos + m[0], pos + m[1]), "alene på en linje")
            if nl < 0:
                break
            pos = nl + 1
        sigs = self._sigs
        out: list[_Hit] = []
        for (s, e), where in found.items():
            tok = text[s:e]
            cut = 0  # the genitive ending: "BLK's", "KS'"
            if len(tok) > 2 and tok[-1] == "s" and tok[-2] in _APOSTROPHES:
                cut = 2
            elif len(tok) > 2 and tok[-1] in _APOSTROPHES and tok[-2] == "S":
                cut = 1
            elif len(tok) > 2 and tok[-1] == "s" and tok[:-1].isupper() and tok not in sigs:
                cut = 1  # "HHHs op.-beskrivelse" (:meth:`_glued_genitive_initials`)
            genitive = cut > 0
            sig = sigs.get(_sig_norm(tok[:-cut] if cut else tok))
            if sig is None:
                continue
            if not genitive and e + 1 < n and text[e] in ".-\u2010":
                tail = _INITIAL_TAIL_RE.match(text, e)
                if tail is not None and any(tail.group(1) in self._firsts[i] for i in sig.pset):
                    e = tail.end()  # "P.L.-S.": nothing of the initials left next to the label
            _, form, rule = sig.entries[0]
            out.append(
                _Hit(
                    s,
                    e,
                    None,
                    sig.pset,
                    sig.cands,
                    form=form,
                    rule=f"{rule} {where}",
                    genitive=genitive,
                )
            )
        return out

    def _technical_hits(self, text: str, hits: list[_Hit], ctx: _Ctx) -> list[_Hit]:
        """A hidden person's name parts, initials and user names as pieces of a file name, a
        path or an id ("notat_mholm_2026-12-04.pdf", "henvisning_brink_k.pdf", "/arkiv/Holm_ML/",
        "20261204_mlh_ekg.tif", "Holm.Mette.L", "SkovR", "HolmML"): each piece is read as a word,
        as initials and a family name run together ("mholm", as in an e-mail address), as a
        name and the person's initials run together ("HolmML"), and a single letter beside a
        piece of the person's is the person's initial ("brink_k"). Initials alone count only in
        a file name or an id with an underscore ("20261204_mlh_ekg.tif"), not in a web address
        or an abbreviation ("sundhed.dk", "bl.a."), and a word that is also a name only there
        too. Pieces of one person side by side make one hit; the words around them stay
        ("notat", "pdf"). A token with another name in it is someone else's."""
        out: list[_Hit] = []
        for a, b in _technical_tokens(text, hits, ctx):
            token = text[a:b]
            underscore = "_" in token or _FILE_EXT_RE.search(token) is not None
            if not (
                underscore
                or token.count("/") >= 2
                or _CAMEL_TAIL_RE.fullmatch(token) is not None
                or _DOTTED_NAME_RE.fullmatch(token) is not None
            ):
                continue
            pieces = [
                (a + m.start(), a + m.end(), m.group()) for m in _TECH_PIECE_RE.finditer(token)
            ]
            found: list[tuple[int, int, frozenset[int], _Key | None]] = []
            foreign: list[tuple[int, int]] = []
            for s, e, piece in pieces:
                persons, key = self._piece_persons(piece, underscore)
                if persons:
                    found.append((s, e, persons, key))
                elif (
                    len(piece) >= 3
                    and _fold_word(piece) in name_words()
                    and _loose(piece) not in self._hidden_parts
                ):
                    foreign.append((s, e))  # another person's name: "lise.sommer"
            if foreign:
                # a name part beside another person's name is that person's ("lise.sommer");
                # initials, a user name or a name run together stay the hidden person's
                found = [
                    f
                    for f in found
                    if f[3] is None
                    or not any(0 <= f[0] - b <= 1 or 0 <= a - f[1] <= 1 for a, b in foreign)
                ]
            if not found:
                continue
            taken = {s for s, _, _, _ in found}
            # a word that is a name part of a person found in the token: "Holm.Mette.L"
            whose = frozenset().union(*(p for _, _, p, _ in found))
            for s, e, piece in pieces:
                word = self._words.get(_fold_word(piece)) if s not in taken else None
                if word is not None and not word.only_user and word.npset & whose:
                    found.append((s, e, word.npset & whose, word))
                    taken.add(s)
            # a single letter or initials beside a found piece: the person's ("brink_k")
            for s, e, piece in pieces:
                if s in taken or len(piece) > 3:
                    continue
                letters = piece.upper()
                near = [p for x, y, p, _ in found if 0 <= s - y <= 1 or 0 <= x - e <= 1]
                if any(all(c in self._firsts[i] for c in letters) for p in near for i in p):
                    found.append((s, e, frozenset(i for p in near for i in p), None))
            found.sort(key=lambda f: f[0])
            group = [found[0]]
            for f in found[1:]:
                if f[0] - group[-1][1] <= 1 and f[2] & group[-1][2]:
                    group.append(f)
                    continue
                out.append(self._technical_hit(group))
                group = [f]
            out.append(self._technical_hit(group))
        return out

    def _technical_hit(self, group: list[tuple[int, int, frozenset[int], _Key | None]]) -> _Hit:
        """One hit of neighbouring pieces of a file name or id; a name part alone is a name
        (the citizen's own name in "epikrise_lind_0605.docx" stays by the names kept)."""
        # (pieces joined because each shares a person with the one before, "MetteMLH.HØstergaard",
        # may share none all together: then every one of them, not a hit of no one)
        persons = frozenset.intersection(*(p for _, _, p, _ in group)) or frozenset.union(
            *(p for _, _, p, _ in group)
        )
        start, end = group[0][0], group[-1][1]
        key = group[0][3]
        if len(group) == 1 and key is not None:
            entry = key.entry_for(min(persons))
            return _Hit(
                start,
                end,
                key,
                persons,
                key.ncands,
                form=entry[2],
                rule=f"{entry[3]} i filnavn eller id",
            )
        return _Hit(start, end, None, persons, None, form="username", rule="i filnavn eller id")

    def _piece_persons(self, piece: str, underscore: bool) -> tuple[frozenset[int], _Key | None]:
        """The hidden people a piece of a file name or id is a name part ("holm"; a word that is
        a name only in a file name with an underscore), initials or a user name ("mlh", only
        there too) or a name run together with initials ("mholm", "HolmML", "SkovR") of; and
        the name part's key, if it is one."""
        folded = _fold_word(piece)
        if len(folded) < 2 or folded in _FUNCTION_WORDS:
            return frozenset(), None
        found: set[int] = set()
        key = self._words.get(folded) if len(folded) >= 3 else None
        if key is not None and not key.only_user and (underscore or key.name_only):
            found.update(key.npset)
        else:
            key = None
        if underscore:
            sig = self._sigs.get(_sig_norm(piece))
            if sig is not None and sig.pset and (sig.explicit or not (sig.word or sig.clinical)):
                found.update(sig.pset)
        found.update(self._initials_and_family(folded))
        for k in (1, 2, 3):
            if len(folded) - k < 3:
                break
            # a name and initials run together ("HolmML", "SkovR")
            tail = self._words.get(folded[:-k])
            if tail is not None and piece[-k:].isupper() and not piece[:-k].isupper():
                letters = folded[-k:].upper()
                for entry in tail.entries:
                    if entry[2] in ("family", "given") and all(
                        c in self._firsts[entry[1]] for c in letters
                    ):
                        found.add(entry[1])
        return frozenset(found), (key if found and key is not None else None)

    def _initials_and_family(self, folded: str) -> set[int]:
        """The people whose given-name initials (one to three) and family name run together
        are the folded word: "mholm", "mlholm" for Mette Louise Holm."""
        found: set[int] = set()
        for k in (1, 2, 3):
            if len(folded) - k < 3:
                break
            head = self._words.get(folded[k:])
            if head is not None:
                letters = folded[:k].upper()
                for entry in head.entries:
                    if entry[2] == "family" and _in_order(letters, self._gfirsts[entry[1]], 0):
                        found.add(entry[1])
        return found

    def _email_name_hits(self, text: str) -> list[_Hit]:
        """An e-mail address whose local part is a person's given-name initials and family
        name run together ("mholm@rn.dk", "mlholm@rn.dk" for Mette Louise Holm): the whole
        address is the person's, though it is none of the addresses the person is known by."""
        out: list[_Hit] = []
        for m in _emails(text):
            at = text.find("@", m.start(), m.end())
            persons: set[int] = set()
            for piece in _LOCAL_SPLIT_RE.split(text[m.start() : at]):
                persons.update(self._initials_and_family(_fold_word(piece)))
            if persons:
                out.append(
                    _Hit(
                        m.start(),
                        m.end(),
                        None,
                        frozenset(persons),
                        None,
                        form="email",
                        rule="e-mailadresse (forbogstaver og efternavn)",
                    )
                )
        return out

    def _family_letter(self, letter: str) -> frozenset[int]:
        """The people with a family name that begins with ``letter`` (a capital)."""
        found = self._family_letters.get(letter)
        if found is None:
            firsts, gfirsts = self._firsts, self._gfirsts
            found = frozenset(
                i for i in range(len(firsts)) if letter in firsts[i][len(gfirsts[i]) :]
            )
            self._family_letters[letter] = found
        return found

    def _title_initial_hits(self, ctx: _Ctx) -> list[_Hit]:
        """A single initial after a title ("Ovl. S. ordinerede", "Ovl. S. (Hans)"): the initial
        of a hidden person's family name stands for the person; left next to a label it would
        say it. Before a capitalised word ("Ovl. S. Hansen") the whole name decides."""
        text = ctx.text
        n = len(text)
        out: list[_Hit] = []
        for e, s in ctx.title_ends.items():
            if (
                e < n
                and text[e] == "."
                and "." not in text[s:e]
                and _fold_word(text[s:e]) not in _ABBR_TITLES
            ):
                continue  # "... egen læge. S. ..." : the full stop ends the sentence
            m = _TITLE_INITIAL_RE.match(text, e)
            if m is None:
                continue
            j = m.end()
            while j < n and text[j] in " \t\xa0":
                j += 1
            if j < n and text[j].isupper():
                continue
            persons = self._family_letter(m.group(1))
            if persons:
                out.append(
                    _Hit(
                        m.start(1),
                        m.end(),
                        None,
                        persons,
                        None,
                        form="initials",
                        rule=f"forbogstav i efternavn efter titel '{text[s:e]}'",
                    )
                )
        return out

    def _name_before_title(self, ctx: _Ctx) -> list[_Hit]:
        """A name part in lower case right before a title, which says who it is: "søn per, per
        spl", "per (spl) kommer tirsdag", "talt med sten ssa". Not after an article or a
        possessive ("min sten ssa"), not before a title that belongs to a capitalised name after
        it ("fra bo spl. Hansen"), not before a title of two letters ("hr", "dr") or one that is
        a verb ("af bo hjælper noget")."""
        text = ctx.text
        n = len(text)
        out: list[_Hit] = []
        for te, ts in ctx.title_ends.items():
            if te - ts <= 2 or not text[ts].islower() or _fold_word(text[ts:te]) in _FINITE_VERBS:
                continue  # (a title that is a verb: "af bo hjælper noget")
            j = ts
            if j > 0 and text[j - 1] == "(":
                if text[te : te + 1] != ")":
                    continue
                j -= 1
            k = j
            while k > 0 and text[k - 1] == " ":
                k -= 1
            comma = k > 0 and text[k - 1] == "," and text[j - 1 : j] != "("
            if comma:  # "hede, hjemmesygepl., har bestilt": the title ends the apposition
                k -= 1
                if _APPOSITION_END_RE.match(text, te) is None:
                    continue
            elif k == j or j - k > 2:
                continue
            i = k
            while i > 0 and text[i - 1].isalpha():
                i -= 1
            tok = text[i:k]
            if not tok or not tok.islower() or (i > 0 and text[i - 1] not in " \t\xa0,:;(\n"):
                continue
            key = self._lower_ambig.get(_fold_word(tok)) or self._words.get(_fold_word(tok))
            if key is None or key.only_user or not key.has_name or key.first_name is None:
                continue
            prev, _, crossed = _prev_word(text, i)
            if not crossed and _fold_word(prev) in _ARTICLES_AND_POSSESSIVES:
                continue
            a = te + 1 if text[te : te + 1] in ".)" else te
            while a < n and text[a] in " \t\xa0":
                a += 1
            if a < n and text[a].isupper():
                continue  # "fra bo spl. Hansen": the title is Hansen's
            out.append(_lower_hit(key, i, k, f"før titel '{text[ts:te]}'"))
        return out

    def _title_at(self, ctx: _Ctx, s: int) -> tuple[int, str] | None:
        """The title(s) right before offset ``s``: (start, text), or None."""
        if not ctx.title_ends:  # no title in the text (most texts)
            return None
        text = ctx.text
        found = _ends_before(text, s, ctx.title_ends)
        if found is None:
            return None
        ts, te = found
        if (
            te < len(text)
            and text[te] == "."
            and "." not in text[ts:te]
            and _fold_word(text[ts:te]) not in _ABBR_TITLES
        ):
            return None  # "... egen læge. Holm": the full stop ends a sentence
        more = _title_before(text, ts, self._titles, modifiers=True)
        if more is not None:
            ts = more[0]
        return ts, " ".join(text[ts:s].split())

    def _given_initials(self, persons: frozenset[int], letters: str) -> bool:
        """Are ``letters`` ("B", "ML") first letters of given names of one of ``persons``, in
        order?"""
        return any(_in_order(letters, self._gfirsts[i], 0) for i in persons)

    def _initials_after(
        self, text: str, e: int, persons: frozenset[int], found: bool = False
    ) -> int | None:
        """The end of the person's given-name initials right after a name ending at ``e``
        ("Holm, S.", "Kjærgaard B.", "Hald ML"), or None.  Capitals that are a clinical
        abbreviation count only after a name ``found`` already, and not before a number
        ("Skov BT 120/80")."""
        if e >= len(text) or text[e] not in ", \t\xa0" or not _capital_after_gap(text, e):
            return None
        m = _INITIALS_AFTER_RE.match(text, e)
        if m is None:
            return None
        spaced = m.group(3)
        if spaced is not None and len(spaced) > 1 and not spaced[1].isalpha():
            spaced = spaced[::2]  # "Nguyen T L"
        letters = spaced or (m.group(1) + (m.group(2) or ""))
        if (
            spaced is not None
            and letters in CLINICAL_ABBREVIATIONS
            and (not found or _NUMBER_AFTER_RE.match(text, m.end()) is not None)
        ):
            return None
        return m.end() if self._given_initials(persons, letters) else None

    def _family_initial_after(self, text: str, e: int, persons: frozenset[int]) -> bool:
        """Does an initial of one of ``persons``' family names follow a given name ending at
        ``e`` ("Mette H." for Mette Holm)? Another letter ("Mette K.") says nothing, and nor
        does an initial before another name ("Per S. Hansen": the whole name decides)."""
        n = len(text)
        if e + 2 >= n or text[e] not in " \t\xa0":
            return False
        m = _TRAILING_INITIAL_RE.match(text, e)
        if m is None:
            return False
        j = m.end()
        while j < n and text[j] in " \t\xa0":
            j += 1
        if j < n and text[j].isupper():
            return False
        letters = "".join(c for c in text[m.start() : m.end()] if c.isupper())
        if not persons.isdisjoint(self._family_letter(letters[:1])):
            return True
        # the initials of the person's other names, in order: "Mette L." and "Mette L.-H." for
        # Mette Louise Holm
        return any(_in_order(letters, self._firsts[i], 1) for i in persons)

    def _begins_a_part(self, persons: frozenset[int], fragment: str, found: str) -> bool:
        """Is ``fragment`` ("Sk", "MET") the beginning, not the whole, of a name part of one of
        ``persons``, another than the part ``found`` before it ("Holm Hol" is no name cut)?"""
        low = _fold_word(fragment)
        if _fold_word(found).startswith(low):
            return False
        for i in persons:
            for part in self._parts_of(i):
                whole = _fold_word(part)
                if len(low) < len(whole) and whole.startswith(low):
                    return True
        return False

    def _initials_of(self, persons: frozenset[int], letters: str) -> bool:
        """Are ``letters`` ("ML") first letters of name parts of one of ``persons``, in order, or
        do they begin with the first letter of the person's name ("ML Holm" for Mette Holm)?"""
        for i in persons:
            firsts = self._firsts[i]
            if firsts[:1] == letters[:1]:
                return True
            if _in_order(letters, firsts, 0):
                return True
        return False

    def _a_colleagues_initial(self, h: _Hit, word: str, letter: str, before: bool = False) -> bool:
        """Is the one name part ``word`` with the initial ``letter`` of the other part (before
        it: "R. Lys"; after it: "Tom I.", and a family name first: "Ravn A.", "HOLM J.") a
        non-hidden colleague's name, as no hidden person of the hit has that initial there and
        a colleague has? A hidden person's own initial, or one that is nobody's, keeps the hit
        (fail closed)."""
        if not self._other_initialled or h.has_given == h.has_family or h.key is None:
            return False
        w = _fold_word(word.rstrip(_APOSTROPHES))
        letter = letter.lower()
        # the letter is a given name's initial before a family name, or after it ("Ravn A.")
        of_given = before or h.has_family
        if w + ("<" if of_given else ">") + letter not in self._other_initialled:
            return False
        upper = letter.upper()
        for i in h.persons:
            given = self._gfirsts[i]
            there = given if of_given else self._firsts[i][len(given) :]
            if upper in there:
                return False
        return True

    def _titled_other(self, h: _Hit, word: str, title: str) -> bool:
        """Is a single name part ``word`` after ``title`` a non-hidden colleague's, by the title?
        Yes when a colleague outside the order has the part and the title's profession (or
        one not known), and the title names a profession that none of the hidden namesakes has
        ("læge Lund" when the hidden Lund is a psychologist, "SSH Skov" when the hidden Skov is
        a nurse; not "sagsbehandler Gitte" when the colleague Gitte is a team leader). A title that names no
        profession, a hidden namesake with no known profession, or a name of more than one
        part: no."""
        key = h.key
        if key is None or h.strict or h.merged or h.join is not None or key.whole:
            return False
        written = profession(title)
        if written is None:
            return False
        w = _fold_word(word.rstrip(_APOSTROPHES))
        # a colleague with the part and the title's profession (or one not known)
        known = self._other_professions
        if not any(f"{v}>{p}" in known for v in (w, w.rstrip("s")) for p in (written, "?")):
            return False
        persons = self.persons
        for i in h.persons:
            had = {profession(t) for t in persons[i].titles}
            if not had or None in had or written in had:
                return False
        return True

    def _finish(self, ctx: _Ctx, h: _Hit) -> Span | None:
        """Absorb a leading title / initials and a surrounding e-mail address; make the Span."""
        text = ctx.text
        n = len(text)
        s, e, form, rule = h.start, h.end, h.form, h.rule
        if h.merged:
            rule = f"{'fuldt navn' if h.has_given and h.has_family else 'navn'}: {rule}"
        # (the checks below test a character first and call the rule only where it can apply)
        named = form not in _ADDRESS_FORMS  # not an e-mail address, user name or initials
        if named and "." in text[s - 3 if s > 3 else 0 : s]:
            m = _initials_before(text, s)
            if m is not None:
                if self._a_colleagues_initial(h, text[s:e], m.group(1)[0], before=True):
                    return None  # "R. Lys" for the colleague Rasmus Lys, not the hidden Kit Lys
                s = m.start(1)
                form, rule = "full", f"forbogstav + {rule}"
            else:
                a = _given_abbreviation_before(self, text, s, h.persons)
                if a < s:  # "Gr. Lind", "Jørg. Ravn"
                    s, form, rule = a, "full", f"forkortet fornavn + {rule}"
        elif named and s > 2 and text[s - 1] in " \t\xa0":
            # initials without full stops before the name, if they are the person's: "ML Holm"
            m = _caps_before(text, s)
            if (
                m is not None
                and self._initials_of(h.persons, _HYPHENS_RE.sub("", m.group(1)))
                # not a word of CAPITALS text: "AFTALT MED METTE", "HUSK AT METTE"
                and _fold_word(m.group(1)) not in _FUNCTION_WORDS
                and not (
                    zipf(m.group(1)) >= ZIPF_WORD
                    # a single given initial in CAPITALS text is one: "PRØVETAGER: B DUE"
                    and (len(m.group(1)) > 1 or m.group(1) in "IÅØO")
                    and _caps_context(text, m.start(1), m.end(1))
                )
            ):
                s = m.start(1)
                form, rule = "full", f"forbogstaver + {rule}"
            elif h.has_given and h.has_family:
                # the person's own registered initials or user name right before the whole
                # name, as an HL7 field writes the id first: "ikh^Kjær-Hansen^Ida" (not a word:
                # "af Anker Falk", "ssa og Otto Gram")
                w = _id_before(text, s)
                if w >= 0:
                    sig = self._sigs.get(_sig_norm(text[w : s - 1]))
                    if (
                        sig is not None
                        and sig.explicit
                        and sig.pset & h.persons
                        and zipf(text[w : s - 1]) < ZIPF_WORD
                        and _fold_word(text[w : s - 1]) not in _FUNCTION_WORDS
                    ):
                        s = w
                        form, rule = "full", f"brugernavn eller initialer + {rule}"
        if (
            form != "email"
            and form != "username"
            and e + 2 < n
            and text[e] in " \t\xa0"
            and (text[e + 1] == "(" or text[e + 2] in ".-\u2010")
        ):
            m = _PAREN_SIG_RE.match(text, e)
            if m is not None:
                sig = self._sigs.get(_sig_norm(m.group(1)))
                letters = m.group(1).replace(".", "")
                if (sig is not None and (sig.pset & h.persons or sig.clinical or not sig.word)) or (
                    letters.isupper()
                    and (
                        self._given_initials(h.persons, letters)
                        or self._initials_of(h.persons, letters)
                    )
                ):
                    # "Mette Holm (MLH)", "SVK (SVK)"; initials a hidden person has, after a
                    # hidden name, are hidden with it whoever's they are ("Hanne (HB)")
                    e = m.end()
                    rule = f"{rule} + initialer i parentes"
            elif form != "initials" and not h.genitive:
                m = _TRAILING_INITIAL_RE.match(text, e)
                if m is not None:
                    if self._a_colleagues_initial(h, text[s:e], m.group(0).strip()[0]):
                        return None  # "Tom I." for the colleague Tom Iversen, not Tom Bang
                    e = m.end()  # "Mette L.", "Holm, Mette L.": nothing left next to the label
                    form, rule = "full", f"{rule} + forbogstav"
        named = form not in _ADDRESS_FORMS
        if (
            named
            and not h.genitive
            and e == h.end
            and e < n
            and text[e] in ", \t\xa0"
            and _capital_after_gap(text, e)
        ):
            after = self._initials_after(text, e, h.persons, found=True)
            if after is not None:  # "Holm, S.", "Hald ML": nothing left next to the label
                e = after
                form, rule = "full", f"{rule} + forbogstaver"
        if named and not h.genitive and e == h.end:
            # the person's initials without a full stop: "Mette H ringede", "Per LS", "Hans Sk."
            after = _bare_initials_end(self, text, e, h.persons)
            if after > e:
                e = after
                form, rule = "full", f"{rule} + forbogstav"
            else:
                # in lower case: "bente s på dagvagt", "hanne b-s har ringet", "hanne-b" (not
                # "mette i dag": "i", "å", "ø" are words)
                tail = _LOWER_INITIAL_TAIL_RE.match(text, e)
                if tail is not None:
                    letters = (tail.group(1) + (tail.group(2) or "")).upper()
                    if letters[0] not in "IÅØ" and any(
                        _in_order(letters, self._firsts[i], 1) for i in h.persons
                    ):
                        e = tail.end()
                        form, rule = "full", f"{rule} + forbogstav"
        if named:
            # a hyphenated name that goes on ("Mette Holm-Berg", "Dam-Holm"): nothing of it is
            # left next to the label
            if e + 1 < n and text[e] in "-\u2010\u2011":
                m = _HYPHEN_AFTER_RE.match(text, e)
                if m is not None:
                    e = m.end()
                    rule = f"{rule} + bindestreg og resten af navnet"
            elif (
                e < n
                and text[e] == "."
                and text[e - 2 : e - 1] in ("-", "\u2010", "\u2011")
                and text[e - 1].isupper()
            ):
                e += 1  # the rest shortened to its letter, read with the name: "Sand-N."
            if s > 1 and text[s - 1] in "-\u2010\u2011":
                m = _HYPHEN_BEFORE_RE.search(text, max(0, s - 40), s)
                if m is not None:
                    s = m.start()
                    rule = f"første del af navnet og bindestreg + {rule}"
            if (
                s > 1
                and text[s - 1] in " \t\xa0"
                and h.has_family
                and self._particled
                and not self._particled.isdisjoint(h.persons)
            ):
                m = _PARTICLES_BEFORE_RE.search(text, max(0, s - 24), s)
                if m is not None:
                    s = m.start()  # "van den Berg", "vd Berg", "H. v. d. Berg"
                    rule = f"navnepartikel + {rule}"
                    i = _initials_before(text, s) if "." in text[max(0, s - 3) : s] else None
                    if i is not None:  # "H. v. d. Berg"
                        s = i.start(1)
                        rule = f"forbogstav + {rule}"
        if form != "email" and ((e < n and text[e] in "@._") or (s > 0 and text[s - 1] in "@._")):
            around = _email_around(text, s, e)
            if around is not None:
                s, e = around
                form, rule = "email", f"e-mailadresse ({rule})"
        if s > 0 and text[s - 1] == "\\":
            j = s - 1
            while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "._-"):
                j -= 1
            if j < s - 1:
                s = j
                form, rule = "username", f"brugernavn med domæne ({rule})"
        if form != "email" and form != "username":
            title = h.title
            t = title if s == h.start and isinstance(title, tuple) else None
            if t is None and (s != h.start or title is False) and ctx.title_ends:
                t = self._title_at(ctx, s)  # (None where the text has no title)
            if t is not None:
                ts = _without_role_words(text, t[0], s)
                # "e.l." stays outside the label but still says a doctor: "e.l. Vang" is not a
                # hidden psychologist Vang
                title_text = " ".join(text[ts if ts < s else t[0] : s].split())
                if form in ("given", "family", "genitive") and self._titled_other(
                    h, text[h.start : h.end], title_text
                ):
                    return None
                if ts < s:
                    s, form, rule = ts, "title+name", f"{rule} efter titel '{title_text}'"
            elif (
                form in ("given", "family")
                and e < n
                and (text[e] in ",(" or (text[e] in " \t\xa0" and text[e + 1 : e + 2] == "("))
                and (m := _TITLE_AFTER_COMMA_RE.match(text, e)) is not None
                and self._titled_other(h, text[h.start : h.end], m.group(1))
            ):
                return None  # a colleague by the title after the name: "Holm, øjenlæge:"
        if (
            e + 1 < n
            and text[e] in _APOSTROPHES
            and text[e + 1] in "sS"
            and (e + 2 >= n or not text[e + 2].isalnum())
        ):
            e += 2  # "IBS's": a genitive ending is not left next to the label
        elif (
            form not in _ADDRESS_FORMS
            and e + 1 < n
            and (text[e + 1] in _CAPITALS or (text[e] == "," and text[e + 2 : e + 3] in _CAPITALS))
            and text[e] in ", \t\xa0"
        ):
            cut = _CUT_SHORT_AFTER_RE.match(text, e)
            if cut is not None and self._begins_a_part(
                h.persons, cut.group(1), text[h.start : h.end]
            ):
                # a field cut short in the person's other name part: "Rasmus Sk", "Holm, Met",
                # "Anne Somm..."
                e, form, rule = cut.end(1), "full", f"{rule} + afkortet navn"
        cands = h.cands
        if cands is None:
            keys = self._person_keys
            cands = tuple(keys[i] for i in sorted(h.persons))
        key = h.key
        part = (
            form in ("given", "family", "genitive")
            and not h.strict
            and not h.merged
            and h.join is None
            and key is not None
            and not key.whole
        )
        certain = h.certain or bool(h.why) or form == "title+name"
        return _new_span(s, e, cands[0], form, rule, text[s:e], cands, h.genitive, part, certain)


def _new_span(
    start: int,
    end: int,
    person: str,
    form: str,
    rule: str,
    text: str,
    candidates: tuple[str, ...],
    genitive: bool,
    part: bool = False,
    certain: bool = False,
) -> Span:
    """``Span(...)`` without the per-field ``object.__setattr__`` of a frozen dataclass."""
    sp = object.__new__(Span)
    d = sp.__dict__
    d["start"], d["end"], d["person"], d["form"], d["rule"] = start, end, person, form, rule
    d["text"], d["candidates"], d["genitive"], d["part"] = text, candidates, genitive, part
    d["certain"] = certain
    return sp


def _span_order(x: Span) -> tuple[int, int]:
    return (x.start, -x.end)


def _disjoint(spans: list[Span]) -> list[Span]:
    """Sorted spans without overlaps: overlapping spans (after a title or an e-mail address
    was absorbed) become one span covering both, reported for the longer one's person."""
    last_start = -1
    for sp in spans:
        if sp.start < last_start:
            spans.sort(key=_span_order)
            break
        last_start = sp.start
    out: list[Span] = []
    for sp in spans:
        if out and sp.start < out[-1].end:
            last = out[-1]
            if sp.end <= last.end:
                continue  # contained
            keep = last if (last.end - last.start) >= (sp.end - sp.start) else sp
            start, end = last.start, sp.end
            cands = tuple(sorted(set(last.candidates) | set(sp.candidates)))
            out[-1] = Span(
                start,
                end,
                keep.person,
                keep.form,
                f"{last.rule} + {sp.rule}",
                last.text[: sp.start - start] + sp.text,
                (keep.person, *(c for c in cands if c != keep.person)),
                sp.genitive,
            )
            continue
        out.append(sp)
    return out


def _hit_order(h: _Hit) -> tuple[int, int]:
    return (h.start, -h.end)


_BY_START = operator.attrgetter("start")
_BY_END = operator.attrgetter("end")


def _sort_hits(hits: list[_Hit]) -> None:
    """``hits.sort(key=_hit_order)`` with no Python call per hit: by end, longest first, then
    by start (both sorts are stable, so hits of the same span keep their order;
    ``tests/names_fastpath_cases.py``)."""
    if len(hits) > 1:
        hits.sort(key=_BY_END, reverse=True)
        hits.sort(key=_BY_START)


def _resolve_overlaps(raw: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, the longer one winning; overlapping phrases of one person join."""
    _sort_hits(raw)
    out: list[_Hit] = []
    for h in raw:
        while out and h.start < out[-1].end:
            last = out[-1]
            if (
                h.end > last.end
                and h.key is not None
                and last.key is not None
                and last.key.phrase
                # a phrase goes on, or a part begins inside it: "Anja Dal" + "Dal-Hansens"
                and (
                    h.key.phrase
                    or (
                        h.start > last.start
                        and not h.key.ambiguous
                        and not h.strict
                        and not last.strict
                        and not h.key.only_user
                    )
                )
                and last.persons & h.persons
            ):
                last.persons, last.cands = last.persons & h.persons, None
                last.end = h.end
                last.join = h  # rule text is made in _evaluate
                break
            if (h.end - h.start) > (last.end - last.start) or (
                h.why and not last.why and h.start == last.start and h.end == last.end
            ):
                out.pop()  # the longer one, or the same with evidence of its own ("v. Holm")
                continue
            break
        else:
            out.append(h)
    return out


_SPACE_RE = re.compile(r"\s")


def _technical_tokens(text: str, hits: list[_Hit], ctx: _Ctx) -> list[tuple[int, int]]:
    """Where a file name, a path or an id may stand: the tokens (letters, digits and ``._-/%+``)
    around an underscore, a file's extension, a second slash, a capital after a lower-case
    letter, or a name found with a full stop between it and a letter ("Holm.Mette.L"); each
    once, in order. The text's shape (:func:`_shape`) says whether a file's extension or a
    capital after a lower-case letter can be there at all (the searches for them are the
    cost)."""
    n = len(text)
    anchors: list[int] = []
    i = text.find("_")
    while i >= 0:
        anchors.append(i)
        i = text.find("_", i + 1)
    if "." in text:
        if _extension_shape(ctx.shape):
            anchors += [m.start() for m in _FILE_EXT_ANY_RE.finditer(text)]
        for h in hits:  # (a handful a text: the names found already)
            a, b = h.start, h.end
            if (b + 1 < n and text[b] == "." and text[b + 1].isalpha()) or (
                a > 1 and text[a - 1] == "." and text[a - 2].isalpha()
            ):
                anchors.append(a)
    i = text.find("/")
    while i >= 0:
        j = text.find("/", i + 1)
        if j < 0:
            break
        if j - i < 40 and _SPACE_RE.search(text, i, j) is None:
            anchors.append(i)
        i = j
    if _camel(ctx):
        anchors += [m.start() for m in _CAMEL_AT_RE.finditer(text)]
    if not anchors:
        return []
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for p in sorted(anchors):
        a = p
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] in _TECH_CHARS):
            a -= 1
        if a in seen:
            continue
        seen.add(a)
        b = p
        while b < n and (text[b].isalnum() or text[b] in _TECH_CHARS):
            b += 1
        while b > a and text[b - 1] in "._-":  # the sentence's full stop
            b -= 1
        out.append((a, b))
    return out


#: a name with capitals run on at the end ("SkovR", "HolmML")
_CAMEL_AT_RE = re.compile(r"(?<![^\W\d_])[A-ZÆØÅ][a-zæøå]{2,}[A-ZÆØÅ]{1,3}(?![^\W\d_])")


def _widened(hits: list[_Hit], wider: list[_Hit]) -> list[_Hit]:
    """``hits`` with each of ``wider`` in place of the hits inside it (a file name's hit holds
    the name found in it: "henvisning_brink_k.pdf"); one that overlaps a hit it does not hold
    is left out."""
    out = list(hits)
    for w in wider:
        if any(h.start <= w.start and w.end <= h.end for h in out):
            continue  # found already, as a whole: "mette.holm" as an address's local part
        inside = [h for h in out if w.start <= h.start and h.end <= w.end]
        if any(h.start < w.end and w.start < h.end for h in out if h not in inside):
            continue
        out = [h for h in out if h not in inside]
        out.append(w)
    _sort_hits(out)
    return out


def _add_non_overlapping(hits: list[_Hit], extra: list[_Hit]) -> list[_Hit]:
    """``hits`` (sorted, non-overlapping, they win) plus the ``extra`` hits that fit."""
    if not hits:
        return _resolve_overlaps(extra)
    starts = [h.start for h in hits]
    out = list(hits)
    for x in _resolve_overlaps(extra):
        i = bisect_right(starts, x.start)
        if i > 0 and hits[i - 1].end > x.start:
            continue
        if i < len(hits) and hits[i].start < x.end:
            continue
        out.append(x)
    _sort_hits(out)
    return out


def _leave_others(text: str, hits: list[_Hit], negs: list[tuple[int, int]]) -> list[_Hit]:
    """``hits`` without the single name parts that stand inside a non-hidden colleague's name.

    A hit is left out when it is one name part (or its genitive) of the hidden people, lies
    inside a negative span (:func:`_add_negatives`) and the name does not go on outside that
    span with another part of the same hidden person ("Lars Holm, Mette" may be "Holm,
    Mette"): then the text names the colleague, not the hidden person.
    """
    negs = sorted(set(negs))
    starts = [s for s, _ in negs]
    longest = max(e - s for s, e in negs)
    out: list[_Hit] = []
    for i, h in enumerate(hits):
        key = h.key
        if h.strict or key is None or key.whole or h.join is not None:
            out.append(h)
            continue
        j = bisect_right(starts, h.start) - 1
        inside = False
        continued = False
        while j >= 0 and starts[j] >= h.end - longest:
            ns, ne = negs[j]
            if ne >= h.end:
                inside = True
                if _continued(text, hits, i, ns, ne):
                    continued = True
                    break
            j -= 1
        if not inside or continued:
            out.append(h)
    return out


def _continued(text: str, hits: list[_Hit], i: int, ns: int, ne: int) -> bool:
    """Does a part of hit ``i``'s people stand tightly next to the span [ns, ne) outside it?

    A comma joins two parts of one name only right next to the part ("Lars Holm, Mette" may be
    "Holm, Mette"): where another word of the colleague's name stands between the hit and the
    comma ("Tage Nielsen, Tage Rask": the first "Tage" is Tage Nielsen's), it does not; nor
    after a whole name ("Tage Rask, Tage Nielsen")."""
    h = hits[i]
    k = i - 1
    while k >= 0 and hits[k].end > ns:
        k -= 1
    if k >= 0:
        o = hits[k]
        if (
            o.key is not h.key
            and o.persons & h.persons
            and ns - o.end <= _NEAR
            and _TIGHT_GAP_RE.fullmatch(text, o.end, ns) is not None
            and (_touches(text, ns, h.start) or "," not in text[o.end : ns])
            # a whole name before the comma does not go on: "Tage Rask, Tage Nielsen"
            and not ("," in text[o.end : ns] and o.has_given and o.has_family)
        ):
            return True
    k = i + 1
    while k < len(hits) and hits[k].start < ne:
        k += 1
    if k < len(hits):
        o = hits[k]
        if (
            o.key is not h.key
            and o.persons & h.persons
            and o.start - ne <= _NEAR
            and _TIGHT_GAP_RE.fullmatch(text, ne, o.start) is not None
            and (_touches(text, h.end, ne) or "," not in text[ne : o.start])
        ):
            return True
    return False


#: a diary line's writer after a time: "kl 7 mj: pt sovet godt" (group 1: the initials)
_DIARY_WRITER_RE = re.compile(
    r"[ \t\xa0]*(?:[Kk]l\.?[ \t\xa0]*)?\d{1,2}(?:[.:]\d{2})?[ \t\xa0]+([a-zæøåA-ZÆØÅ]{2,3})[ \t\xa0]?:"
)
#: words after a diary line's writer and colon, not a value: " morgenmed givet", " frokost"
_WORDS_NEXT_RE = re.compile(r"[ \t\xa0]+[^\W\d_]{3,}(?![^\W_]*[ \t\xa0]*\d)")


#: a value next: " 145/90", ": 7,1"
_VALUE_NEXT_RE = re.compile(r"[ \t\xa0]*:?[ \t\xa0]*\d")
#: initials written together with a time, before or after it: "DM07:15", "07:15DM", "14.05AF"
#: (group 1 and 2: the initials and the time after them; 3 and 4: the time and the initials
#: after it; not in a longer word or number: "12.07.15DM"; with a full stop only after two
#: digits, "7.30" may be a value)
#: a time right before initials: "22.00 ", "kl 02.15 ", "8.00 " (not a date "12.03.")
_A_TIME_BEFORE_RE = re.compile(
    r"(?:(?<![\d.:/])\d{1,2}[.:]\d{2}|(?<![^\W_])[Kk]l\.? ?\d{1,2})[ \t\xa0]+(?:[–-][ \t\xa0]+)?\Z"
)  # (and a dash: "PN givet 15.40 – AT")
#: who approved or checked it, before initials that are an abbreviation ("godkendt UD 14.03";
#: not "målt BS 14.03", "givet PN 14.03": a value, a medicine at a time)
_SIGNED_BY = frozenset(("godkendt", "signeret", "kontrolleret", "attesteret", "udført", "tilset"))
#: the end of a signature after initials: a full stop, a comma, a semicolon, the line's end
_SIGN_END_RE = re.compile(r"[ \t\xa0]*(?:[.,;]|\r?\n|$)")
#: a time after initials, and the end of the line: " 06:10", " 14.03."
_TIME_AT_LINE_END_RE = re.compile(r"[ \t\xa0]+\d{1,2}[.:]\d{2}[ \t\xa0.]*(?:\r?\n|$)")
#: what is written to someone, before their initials: "svar til ", "besked til "
_WRITTEN_TO_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?i:svar|svaret|besked|beskeden|kopi|brev|brevet|henvendelse)[ \t\xa0]+til[ \t\xa0]+\Z"
)
#: a field whose value is who signed or is responsible, before registered initials at the end
#: of the line: "Sagsbehandler: HR", "Unterschrift: SE", "Underskrift: BT"
_SIGN_LABEL_BEFORE_RE = re.compile(
    r"(?:^|(?<=\n))[ \t\xa0]*(?i:unterschrift|underskrift|signatur|signature|signed|sign"
    r"|sagsbehandler|ansvarlig|kontaktperson|behandler|udført af)\.?[ \t\xa0]*:[ \t\xa0]*\Z"
)
#: a log line's time before who looked ("10:03:44 | ", "09:58 "; group 1: the seconds)
_LOGGED_BEFORE_RE = re.compile(
    r"(?<![\d.:/])\d{1,2}[.:]\d{2}([.:]\d{2})?[ \t\xa0]*(?:\|[ \t\xa0]*)?\Z"
)
#: what a log line says someone did after who it was ("| READ", "læst"; group 1: English)
_LOG_ACTION_AFTER_RE = re.compile(
    r"[ \t\xa0]*(?:\|[ \t\xa0]*)?(?:(?i:(read|view(?:ed)?|update[ds]?|create[ds]?|print(?:ed)?"
    r"|access(?:ed)?))|læst|opslag|åbnet|ændret|oprettet|printet|udskrevet)(?![^\W_])"
)
#: what ends a time stamp's initials: a comma, a slash, a semicolon or the end of the line
_STAMP_END_RE = re.compile(r"[ \t\xa0]*(?:[,/;]|\r?\n|$)")
#: the minutes of a time and the digit before them ("7:15" of "07:15"): where to look first
_A_TIME_RE = re.compile(r"\d[:.]\d\d")
_TIME_GLUED_RE = re.compile(
    r"(?<![^\W_])(?<![\d][:./])"
    r"(?:([A-ZÆØÅ]{2,4})(?=((?:[01]\d|2[0-3])[:.][0-5]\d|\d:[0-5]\d)(?![^\W_]|[:.,/]\d))"
    r"|((?:[01]\d|2[0-3])[:.][0-5]\d|\d:[0-5]\d)([A-ZÆØÅ]{2,4})(?![^\W_]|-[^\W\d_]))"
)


#: a line of a bulleted list of who signed: a bullet (group 1) and initials or a name of up to
#: three words, with a title in parentheses ("- DM", "• Maj Ring (ssh)", "* mlh.")
_SIGNER_ITEM_RE = re.compile(
    r"[ \t\xa0]*([-–*•·▪])[ \t\xa0]+[^\W\d_][\w.\-]*(?:[ \t\xa0]+[^\W\d_][\w.\-]*){0,2}"
    r"[ \t\xa0]*(?:\([^()\n]{1,30}\))?[ \t\xa0.,;]*\r?"
)


def _signer_list_end(text: str, start: int, end: int) -> int:
    """Where a bulleted list of who signed ends that starts with the line [start, end) after a
    sign-off ("Udført af:\n- DM\n- HB\n- ML"): each line the same bullet and initials or a name
    (:data:`_SIGNER_ITEM_RE`), at most 12; ``end`` where the line is no such item."""
    m = _SIGNER_ITEM_RE.fullmatch(text, start, end)
    if m is None:
        return end
    bullet = m.group(1)
    n = len(text)
    items = 1
    while end < n and items < 12:
        nl = text.find("\n", end + 1)
        line_end = n if nl < 0 else nl
        m = _SIGNER_ITEM_RE.fullmatch(text, end + 1, line_end)
        if m is None or m.group(1) != bullet:
            break
        end = line_end
        items += 1
    return end


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each line of ``text``, without its line break (a text that ends
    with one has an empty last line)."""
    start = 0
    while True:
        nl = text.find("\n", start)
        if nl < 0:
            yield start, len(text)
            return
        yield start, nl
        start = nl + 1


def _user_writers(ctx: _Ctx, found: list[tuple[int, int, _Sig]]) -> None:
    """A registered user name of four letters or more that is also a word, in lower case, as a
    line's writer: first on the line or after its time, before a colon, a dash, a parenthesis,
    an arrow, a time or a capitalised word ("mara 12.05: telefonkonsultation", "bora -
    aftenbesøg", "16:40 mara Lægehuset Trøjborg", "mara (chat til M3): ..."); before or after
    a chat's arrow ("bora -> mara:"); alone in parentheses before a colon ("(bora):"); before
    what the record's writer has done ("mast har registreret faldrisiko"). Not a common word
    (zipf 4 or more) nor a clinical abbreviation."""
    text = ctx.text
    for s, e, sig in found:
        tok = text[s:e]
        if not (tok.isalpha() and tok.islower()) or sig.clinical or zipf(tok) >= 4.0:
            continue
        if not any(form == "username" for _, form, _ in sig.entries):
            continue
        line = _line_start_of(text, s)
        if (
            (
                _USER_LEAD_RE.fullmatch(text, line, s) is not None
                and _USER_AFTER_RE.match(text, e) is not None
            )
            or text[max(0, s - 4) : s].rstrip(" \t\xa0").endswith("->")
            or text[e : e + 4].lstrip(" \t\xa0").startswith("->")
            or (s > 0 and text[s - 1] == "(" and text.startswith("):", e))
        ):
            ctx.after_markers.append((s, e, "brugernavn som skriver"))


#: where a log's user field may begin (found with ``str.find`` before the pattern is tried)
_USER_FIELD_WORDS = ("bruger", "Bruger", "BRUGER", "user", "User", "USER", "login", "Login")
#: a log's user field and the user name after it: "bruger bent", "Brugernavn: seek", "user:
#: dort" (group 1: the user name)
_USER_FIELD_RE = re.compile(
    r"(?<![^\W_])(?i:bruger|brugernavn|brugerid|user|username|login)[ \t\xa0]*:?[ \t\xa0]+"
    r"([^\W_][\w.\-]{2,})"
)
#: what may stand before a line's writer: nothing, or a time and its date ("16:40 ", "kl 12 ",
#: "19.45, ", "2024-10-21 13:30 ", "15.01.2025 08:03 - ")
_USER_LEAD_RE = re.compile(
    r"[ \t\xa0]*(?:(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})[ \t\xa0T]+)?"  # a date
    r"(?:(?:[Kk]l\.?[ \t\xa0]*)?\d{1,2}(?:[.:]\d{2})?,?[ \t\xa0]+(?:[-–|][ \t\xa0]+)?)?"
)
#: what follows a line's writer: a colon, a dash, a parenthesis, an arrow, a time, a capital
_USER_AFTER_RE = re.compile(
    r"[ \t\xa0]*(?::|[-–][ \t\xa0]|\(|->|\d{1,2}[.:]\d{2})|[ \t\xa0]+[A-ZÆØÅ]"
    # what the record's writer has done: "mast har registreret faldrisiko"
    r"|[ \t\xa0]+har[ \t\xa0]+(?:registreret|dokumenteret|noteret|vurderet|observeret|oprettet"
    r"|opdateret|afsluttet|udført|bestilt|testet|trænet|givet|talt|ringet|skrevet)(?![^\W_])"
)


def _line_sig(sigs: _Table, tok: str) -> bool:
    """Is ``tok`` lower-case initials of a hidden person that are also a word, not a clinical
    abbreviation nor a very frequent word ("og", "på")?"""
    if not tok.islower():
        return False
    sig = sigs.get(tok)
    return sig is not None and sig.word and not sig.clinical and zipf(tok) < ZIPF_WORD


def _subject_key(key: _Key, tok: str) -> bool:
    """May ``tok``, a lower-case spelling of the ambiguous ``key``, be a name as the subject of
    a verb?  A name part that is a word, not a user name or a function word other than "per",
    "bo", "hans" ("man har", "det har" are words)."""
    return (
        key.has_name
        and not key.only_user
        and not key.all_genitive
        and len(tok) >= 2
        and tok.isalpha()
        and tok.islower()
        and (tok not in _FUNCTION_WORDS or tok in _NAME_BEFORE_VERB)
    )


def _subject_before_verb(text: str, s: int, e: int) -> bool:
    """Is the word at ``s:e`` a person, the subject of what a person does: "kl 8 bo gav
    medicin", "holm har bestilt bleer", "per var her", "bo h tilså pt", "bo og sten har haft pt
    i bad", "kl 14 per: pt klar", "i dag kom bo og hjalp" (after a time and the verb)?  Not after an article, a
    possessive, a preposition or "at" ("en sten har", "at bo har"), not before what a thing does
    ("sten har sat sig fast", "storm gjorde pt urolig"), nor inside a compound or a path
    ("nyre-sten har", "/sten")."""
    if text[s:e] == "dag" and _what_a_day_does(text, e):
        return False  # "dag gik roligt", "dag har været rolig" (but "dag har målt kørestolen op")
    j = s
    while j > 0 and text[j - 1] in " \t\xa0":
        j -= 1
    c = text[j - 1] if j > 0 else ""
    if (c == "," or c in _SPEECH_QUOTES) and _vocative(text, s, e, j):
        return True
    if c == "(" and j == s and text[e : e + 1] == ")" and _in_parentheses_named(text, s, e):
        return True
    if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-/._@\\'’"):
        return False
    prev, pj, crossed = _prev_word(text, s)
    folded_prev = _fold_word(prev.rstrip(".:,;"))
    if not crossed and (
        (folded_prev in _GREETINGS or folded_prev == "godt" or folded_prev in _WISHED)
        and _greeted(text, prev, pj, e)
    ):
        return True  # "'sov godt helle r'", "godnat storm"
    if folded_prev in _ROUND_WORDS and _ARROW_RE.match(text, e) is not None:
        return True  # a handover: "overlevering storm -> dagvagt"
    if (
        c in ".,"
        and _LINE_END_RE.match(text, e) is not None
        and text[s:e] not in _ADJECTIVE_NAMES  # "kl 8 pt vågen, glad"
        and _DIARY_LINE_RE.match(text, _line_start_of(text, s)) is not None
    ):
        return True  # who wrote a diary line, last: "03:40 vandet afgået, klart. lykke"
    if not crossed and prev.islower() and folded_prev in _VERBS_BEFORE_SUBJECT:
        # after a time and the verb, the subject: "i dag kom bo og hjalp", "kl 3 fandt per pt"
        before, bj, crossed_before = _prev_word(text, pj)
        folded_before = _fold_word(before)
        if (
            not crossed_before
            and (
                before[:1].isdigit()
                or folded_before in _TIME_WORDS
                # a sentence adverb first: "heldigvis kunne lind finde en ny tid" (not what a
                # thing or the weather does too: "desværre kom vinter tidligt")
                or (
                    folded_before in _SENTENCE_ADVERBS
                    and folded_prev not in _NOT_AN_INITIALS_VERB
                    and _clause_begins_before(text, bj)
                )
            )
            and (
                folded_prev in _PERSON_VERBS
                or _person_after_an_auxiliary(text, e)
                # an adjective where the subject stands: "desværre har glad ikke fået svar"
                or text[s:e] in _ADJECTIVE_NAMES
            )
        ):
            return True
        if not crossed_before and folded_before in _LATER_TIME_WORDS:
            if folded_prev in _PERSON_VERBS and folded_prev not in _NOT_AN_INITIALS_VERB:
                return True  # "i morgen tager løve blodsukker" (not "i morgen kommer frost")
            if folded_prev in _AUXILIARIES and _person_after_an_auxiliary(text, e):
                return True  # "på mandag skal kvist vurdere tvangen igen"
            if folded_prev in ("kommer", "kom") and _AT_AN_HOUR_RE.match(text, e) is not None:
                return True  # "i morgen kommer lyng kl 10" (not "i morgen kommer frost")
        if text.startswith(" og ", e) and _person_verb_at(text, e + 3):
            return True  # the subject of two verbs: "så kom sand og hjalp borger op"
    if (
        not crossed
        and prev.islower()
        and folded_prev in _AUXILIARIES
        and _participle_on_a_person(text, e)
    ):
        # after a time and the auxiliary, the subject: "kl 03 har vinter suget pt"
        before, _, crossed_before = _prev_word(text, pj)
        folded_before = _fold_word(before)
        if not crossed_before and (before[:1].isdigit() or folded_before in _TIME_WORDS):
            return True
    if not crossed and prev.islower() and folded_prev in ("var", "er", "sidder", "sad"):
        # where a person was, after a time: "i går var lind på stuen og hjalp med bad", "nu
        # sidder fugl ved døren"
        before, _, crossed_before = _prev_word(text, pj)
        if (
            not crossed_before
            and (_fold_word(before) in _TIME_WORDS or _fold_word(before) in _LATER_TIME_WORDS)
            and _WHERE_A_PERSON_IS_RE.match(text, e) is not None
        ):
            return True
    if not crossed and prev.islower() and _a_person_reached(text, folded_prev, pj, s, e):
        return True
    if not crossed and folded_prev in _GIVE and text.startswith(" besked", e):
        return True  # "husk at give fugl besked om tandlægetid"
    if (m := _AND_A_PERSON_RE.match(text, e)) is not None and (
        m.group(1) is not None or _fold_word(m.group(2)).replace(".", "") in _TITLE_WORDS
    ):
        # one of two people: "smed og overlæge Carsten Høj", "kold og visitator", "mørk og Gro
        # Nygaard nattevagt"
        return True
    if (
        not crossed
        and folded_prev == "fra"
        and _END_RE.match(text, e) is not None
        and _MESSAGE_START_RE.search(text, max(0, pj - 4), pj) is not None
    ):
        return True  # a message's sender, last: "👍 fra sand", "fra kok" alone on a line
    if _SIGN_OFF_DASH_RE.search(text, max(0, s - 12), s) is not None and _END_RE.match(text, e):
        return True  # a message's writer, last after a dash: "- kok", "ring til mig - rune"
    if (
        folded_prev != "for"  # "tak for mad": what one thanks for
        and (m := _THANKS_RE.match(text, _line_start_of(text, s))) is not None
        and _LINE_END_RE.match(text, e) is not None
        # one sentence: not "Tak for henvisningen. Vi har set hende i dag."
        and _SENTENCE_END_RE.search(text, m.end(), s) is None
    ):
        return True  # whom a message thanks, last on its line: "tak kok!", "tak for i dag sky :)"
    if _line_start(text, s):
        if _CHAT_TIME_RE.match(text, e) is not None:
            return True  # a chat's writer before the time: "fugl 09:12: datter kommer kl 14"
        if _ARROW_RE.match(text, e) is not None:
            return True  # a handover: "mørk -> fugl: hun har sovet godt"
    if text[e : e + 1] == ":" and _ARROW_BEFORE_RE.search(text, max(0, s - 8), s) is not None:
        return True  # ... and to whom: "mørk -> fugl:"
    if (
        prev.islower()
        and text[e : e + 1] == " "
        and (
            _line_start(text, pj)
            or _fold_word(_prev_word(text, pj)[0]) in ("hvorfor", "hvornår", "hvordan")
        )
    ):
        # a question about a person: "er rask på arbejde i morgen", "har fjord husket at ...",
        # "Hvorfor er hjelm ikke informeret om ...?"
        if folded_prev in ("er", "var") and _WHERE_A_PERSON_IS_RE.match(text, e) is not None:
            return True
        m = _ADVERBIALS_RE.match(text, e)
        k = e if m is None else m.end()
        if (folded_prev in _AUXILIARIES or folded_prev in ("er", "var", "blev")) and _word_in(
            text, k, _PERSON_AFTER_AUXILIARY - _A_THING_TOO
        ):
            return True
    if not crossed and folded_prev in ("kalder", "kaldte", "kaldt") and text.startswith(" for ", e):
        return True  # what someone calls a person: "pt kalder ben for 'spionen'"
    if (
        not crossed
        and folded_prev == "og"
        and _fold_word(_prev_word(text, pj)[0]) in _THE_PATIENT_SHORT
        and _PHRASE_END_RE.match(text, e) is not None
    ):
        return True  # the patient and a person: "ingen alene-kontakt mellem pt og tom."
    if (
        not crossed
        and folded_prev in ("gik", "går", "kom", "kommer")
        and _WITH_THE_PATIENT_AFTER_RE.match(text, e) is not None
    ):
        return True  # who went with the patient: "efter frokost gik flink med pt til købmanden"
    if not crossed and prev.islower() and folded_prev in ("gik", "går"):
        # ... and where the person went: "derefter gik dam ind til pt" (not "i nat gik storm
        # over landet")
        before, _, crossed_before = _prev_word(text, pj)
        if (
            not crossed_before
            and (before[:1].isdigit() or _fold_word(before) in _TIME_WORDS)
            and _MOTION_RE.match(text, e) is not None
        ):
            return True
    if (
        not crossed
        and _word_in(text, e, _ABUSE_VERBS)
        and (folded_prev in _SAYING_VERBS or (folded_prev == "at" and _said_before(text, pj)))
    ):
        return True  # what the patient says a person did: "pt siger at rask slog hende"
    if not crossed and folded_prev in _ASKING_VERBS and _word_in(text, e, _ASKED_ABOUT):
        return True  # whom the patient asked or told: "pt bad bo om at ringe til advokat"
    if text[e : e + 1] == ":":
        if not crossed and folded_prev in ("fra", "til"):
            # a message's sender or addressee: "fra bo: husk bleer", "sms fra skov: tur aflyst",
            # what someone said to a person: "lejer til gry: 'kommer du ...'"
            return (
                _line_start(text, pj)
                or _MESSAGE_BEFORE_RE.search(text, max(0, pj - 12), pj) is not None
                or _fold_word(_prev_word(text, pj)[0]) in _SPEAKERS
            )
        # a diary line's writer after a time: "kl 14 per: pt klar" (not "Bo: alene", a field)
        if _DIARY_LEAD_RE.search(text, max(0, s - 24), s) is not None and prev[:1].isdigit():
            return True
        # who writes or speaks, first on a line in lower case: "sky: bs 11,3 før aftensmad",
        # "kold: plejebolig bevilget", "mørk: 'hun ville ikke ...'" (not a field of a form:
        # "bo: alene", "ro: god", "sol: ingen")
        return (
            _line_start(text, s)
            and text[s:e].islower()
            and _fold_word(text[s:e]) not in _FIELD_LABELS
            and _SAYS_NEXT_RE.match(text, e + 1) is not None
        )
    clause_start = crossed or not prev or prev[-1] in ".,;:!?" or prev in ("-", "–")
    if text[s:e] in _ADJECTIVE_NAMES and _adjective_where_a_noun_stands(
        text, s, e, prev, pj, folded_prev, crossed, clause_start
    ):
        return True  # "pt er vred på flink pga. lommepengene", "rask må gerne tage pt med"
    if (
        not crossed
        and prev[-1:] not in ",;:"
        and folded_prev in _NOT_BEFORE_SUBJECT
        and not (folded_prev == "at" and _said_before(text, pj))
    ):
        return False  # (a new clause after "..., " : "dam har frosset til, dam fulgte pt")
    if _person_verb_at(text, e):
        return True
    if (clause_start or _line_start(text, s) or _after_a_time(text, s)) and _acts_on_a_person(
        text, e
    ):
        return True  # "storm vækkede pt kl 6", "vinter vendte pt", "vind har vist pt hvordan"
    if (
        (clause_start or _line_start(text, s))
        and (m := _IMPERATIVE_AFTER_RE.match(text, e)) is not None
        and _fold_word(m.group(1)) in _IMPERATIVES
    ):
        return True  # a message to the person: "sten, ring til mig", "per ring til datter"
    if _MOTION_RE.match(text, e) is not None and (clause_start or _after_a_time(text, s)):
        return True  # where a person went, in a note's short form: "per ind til pt kl 22"
    if (
        text.startswith(" fra ", e)
        and (m := _FROM_A_PLACE_OF_WORK_RE.match(text, e)) is not None
        and (clause_start or _line_start(text, s) or _person_verb_at(text, m.end()))
    ):
        return True  # "lykke fra kommunen har været på hjemmebesøg"
    if (
        text.startswith(" (", e)
        and (m := _TITLE_IN_PARENS_RE.match(text, e)) is not None
        and " ".join(fold(m.group(1)).split()) in TITLES
    ):
        return True  # "nord (spl.) har ringet til politiet"
    if _WITH_THE_PATIENT_RE.match(text, e) is not None and (
        clause_start or folded_prev in _VERBS_BEFORE_SUBJECT
    ):
        return True  # "sten og pt har bagt kage", "i dag har sten og pt bagt kage"
    if folded_prev in ("og", "samt") and not crossed:
        before, _, _ = _prev_word(text, pj)
        if _fold_word(before) in _THE_PATIENT and _person_verb_at(text, e):
            return True  # "pt og sten gik tur"
    if (
        e + 2 < len(text)
        and text[e] == " "
        and text[e + 1].islower()
        and text[e + 2] == " "
        and _person_verb_at(text, e + 2)
    ):
        return True  # with the family initial: "bo h tilså pt"
    if text[e + 1 : e + 2] in _INFORMED_FIRST:
        word, k = _word_after(text, e)
        if word in _INFORMED and _PHRASE_END_RE.match(text, k) is not None:
            return True  # who was called or told: "lam orienteret", "frost tilkaldt"
    # two subjects: "bo og sten har haft pt i bad", "bo og Lars gav bad", "storm og holm ud og
    # sikre vinduer"
    m = _AND_WORD_RE.match(text, e)
    return (
        m is not None
        and _fold_word(m.group(1)) not in _ADVERBS
        and (
            _person_verb_at(text, m.end())
            or (clause_start and _MOTION_RE.match(text, m.end()) is not None)
        )
    )


def _who_in_parentheses(text: str, s: int, e: int, sig: _Sig) -> bool:
    """Initials alone in parentheses after what was done, or with the date or time or more
    after a comma ("(RD)", "(RD 03.02)", "(RD, aftalt m MR)"): a person's registered initials,
    not the short form of the words before ("atrieflimren (AF)", "Region Midtjylland (RM)"),
    and an abbreviation ("(IM)", "(IV)": a route) only with a date or a time beside it."""
    if not (sig.explicit and _initials_only(sig)):
        return False
    m = _PAREN_REST_RE.match(text, e)
    if m is None:
        return False
    before = text[max(0, s - 60) : s - 1]
    # a date or a time beside them, inside the parenthesis or a visit's time before it
    # ("07.30-07.45 (AF)"), or a title right before it ("Jordemoder (MS)")
    if _measured_before(before[before.rfind("\n") + 1 :], text[s:e]):
        # the letters of the value measured earlier on the line, after it: "BS 11,8 kl 14.20
        # (BS)", "BT 102/64, v 29,8 (BT)" (a value is not named twice: who measured it)
        return True
    dated = (
        m.group(1) is not None
        or _VISIT_BEFORE_PAREN_RE.search(before) is not None
        or _fold_word(before.rsplit(None, 1)[-1] if before.strip() else "") in TITLES
    )
    if (sig.clinical or zipf(text[s:e]) >= ZIPF_WORD) and not dated:
        return False
    # (the words before, not past a parenthesis closed before them: "(AF) / 12.00-12.15 (AF)")
    return not _short_form_of(before[before.rfind(")") + 1 :], text[s:e])


def _measured_before(before: str, letters: str) -> bool:
    """Does ``before`` (a line up to a parenthesis) measure ``letters`` as a value, "BS 11,8"
    or "BT: 102/64", with a value after it (so that the letters in the parenthesis say who)?"""
    i = before.find(letters)
    while i >= 0:
        if (i == 0 or not before[i - 1].isalnum()) and _VALUE_NEXT_RE.match(
            before, i + len(letters)
        ):
            return before[i + len(letters) :].strip() != ""
        i = before.find(letters, i + 1)
    return False


#: a visit's time right before a parenthesis: "07.30-07.45 (AF)" (not "EKG kl 08.15 (AF)")
_VISIT_BEFORE_PAREN_RE = re.compile(
    r"(?<!\d)\d{1,2}[.:]\d{2}[ \t\xa0]*[-–][ \t\xa0]*\d{1,2}[.:]\d{2}[ \t\xa0]*\Z"
)


def _short_form_of(before: str, short: str) -> bool:
    """Is ``short`` ("AF") the short form of the words that end ``before`` ("atrieflimren ")?
    Its letters stand in order in the last words, the first at a word's start (Schwartz and
    Hearst's test for an abbreviation's definition)."""
    letters = short.lower()
    words = before.lower().split()[-(len(letters) + 2) :]
    tail = " ".join(words)
    k = len(tail)
    for ch in reversed(letters[1:]):
        k = tail.rfind(ch, 0, k)
        if k < 0:
            return False
    first = letters[0]
    while True:
        k = tail.rfind(first, 0, k)
        if k < 0:
            return False
        if k == 0 or not tail[k - 1].isalnum():
            return True


#: what follows initials in parentheses: the end, a date or a time, or a comma and more
_PAREN_REST_RE = re.compile(
    r"(?:[ \t\xa0]+(\d{1,2}[./:-]\d{1,2}(?:[./-]\d{2,4})?))?[ \t\xa0]*(?:\)|,[^()\n]{0,40}\))"
)


def _adjective_where_a_noun_stands(
    text: str,
    s: int,
    e: int,
    prev: str,
    pj: int,
    folded_prev: str,
    crossed: bool,
    clause_start: bool,
) -> bool:
    """Is the adjective at ``s:e`` (a hidden person's name: "glad", "flink", "rask") alone
    where only a noun or a name stands: after a preposition with nothing of a noun phrase after
    it ("vred på flink pga.", "tur med rask i parken", "lånt en oplader af flink."), or first in
    a clause before an auxiliary or a verb in the past ("rask må gerne tage pt med", "glad
    skulle have været med", "flink tilpassede stolen")?  Not the adjective: "for glad", "meldt
    rask", "med glad stemme", "glad har pt aldrig været", "glad og tilfreds"."""
    if not text[s:e].islower():
        return False
    if (
        _PATIENT_JOINED_BEFORE_RE.search(text, max(0, s - 16), s) is not None
        or _PATIENT_JOINED_AFTER_RE.match(text, e) is not None
        or (
            _PATIENT_COMMA_BEFORE_RE.search(text, max(0, s - 16), s) is not None
            and _ANOTHER_PERSON_AFTER_RE.match(text, e) is not None
        )
    ):
        return True  # one of the people with the patient: "pt, flink og en medbeboer"
    if not crossed and folded_prev in _PREPOSITIONS_BEFORE_A_PERSON:
        return _NOTHING_OF_A_NOUN_AFTER_RE.match(text, e) is not None
    if not crossed and folded_prev in _DONE_TO_A_PERSON and prev[-1:].isalpha():
        # the object of what is done to a person: "pt kaldte rask en løgner", "har slået rask
        # i armen", "har nogen set flink?" (not "så glad ud")
        return _OBJECT_ENDS_RE.match(text, e) is not None
    if (
        not crossed
        and prev.islower()
        and (folded_prev in _AUXILIARIES or folded_prev in _PERSON_VERBS)
        and _clause_begins_before(text, pj)
        and _person_after_an_auxiliary(text, e)
    ):
        # a question, the subject after the verb: "kan flink tage med i retten?" (not "har
        # rask hud")
        return True
    if not (clause_start or _line_start(text, s)):
        return False
    word, k = _word_after(text, e)
    if word in _AUXILIARIES:
        after, _ = _word_after(text, k)
        return after != "" and after not in _SUBJECTS_AFTER_A_VERB  # "glad har pt aldrig været"
    if word in _PERSON_VERBS or word in _MORE_PERSON_FINITE:
        return True
    return len(word) >= 5 and word.endswith("ede")


#: what may follow a person as an object: the end, a stop, where, what they were called
#: ("slået rask i armen", "kaldte rask en løgner"; not "set glad ud", "set glad og tilfreds")
_OBJECT_ENDS_RE = re.compile(
    r"[ \t\xa0]*(?:\Z|[.,;:!?)\n])|[ \t\xa0]+(?:i|en|et|på|kl|pga)(?![^\W_])"
)
#: what may follow a person named after a preposition: the end, a stop, or a word that begins
#: no noun phrase ("med rask i parken", "på flink pga.", "af dag kl 8")
_NOTHING_OF_A_NOUN_AFTER_RE = re.compile(
    r"[ \t\xa0]*(?:\Z|[.,;:!?)\n])"
    r"|[ \t\xa0]+(?:i|kl|pga|fordi|som|der|da|men|igen|nu|hele|og|om|ang|vedr)"
    r"(?![^\W_])"
)
#: the subject after a verb that begins a clause ("glad har pt aldrig været": the adjective put
#: first)
_SUBJECTS_AFTER_A_VERB = frozenset(
    ("pt", "han", "hun", "jeg", "vi", "de", "du", "man", "borger", "borgeren", "patienten", "det")
)


def _person_after_an_auxiliary(text: str, e: int) -> bool:
    """Does what a person has done or will do follow ``e``, past adverbials ("har ikke fået
    svar", "kunne finde")?"""
    return _word_past_adverbials(text, e)[0] in _ALL_PERSON_AFTER_AUXILIARY


def _clause_begins_before(text: str, j: int) -> bool:
    """Does a clause begin at the word that starts at ``j``?"""
    before, _, crossed = _prev_word(text, j)
    return crossed or not before or before[-1] in ".,;:!?"


def _acts_on_a_person(text: str, e: int) -> bool:
    """Does a verb in the past tense (by its ending: "vækkede", "vendte") or an auxiliary and
    a participle ("har vist", "har suget") follow ``e``, and then the patient or another person
    as its object ("pt", "borgeren", "hende")?  What does something to a person is a person,
    unless the verb is what a thing does to one too ("sten generede pt", "sol blændede hende",
    "storm gjorde pt urolig")."""
    word, k = _word_after(text, e)
    if word in _AUXILIARIES:
        return _participle_on_a_person(text, k)
    if word in _STRONG_PAST_ON_A_PERSON:  # "tang bad pt blive liggende"
        return _a_person_object_at(text, k)
    if len(word) < 5 or not (word.endswith("ede") or word.endswith("te")):
        return False
    if word in _WHAT_A_THING_DOES_TO_ONE or word in _A_THING_PUT_FIRST:
        return False
    return _a_person_object_at(text, k)


def _participle_on_a_person(text: str, e: int) -> bool:
    """A participle ("vist", "suget", "vendt") after ``e`` and then a person as its object?"""
    word, k = _word_after(text, e)
    if len(word) < 4 or not word.endswith("t") or word in _WHAT_A_THING_DOES_TO_ONE:
        return False
    if word in _A_THING_TOO or word in _NOT_PARTICIPLES or word in _A_THING_PUT_FIRST:
        return False
    return _a_person_object_at(text, k)


def _a_person_object_at(text: str, k: int) -> bool:
    """Does a person follow ``k`` (past one space) as an object: "pt", "pt.", "borgeren", "hende"?"""
    word, j = _word_after(text, k)
    if word not in _PERSON_OBJECTS:
        return False
    return j >= len(text) or not (text[j].isalnum() or text[j] in "-/")


#: what a thing may do too, after an auxiliary: "kan frost komme i nat" (a question about the
#: weather), "har sand været ..."
_A_THING_TOO = frozenset(
    _fold_word(w)
    for w in [
        "kom",
        "kommer",
        "komme",
        "gik",
        "går",
        "gå",
        "fik",
        "får",
        "få",
        "været",
        "være",
        "haft",
        "have",
        "taget",
        "tage",
        "set",
        "se",
        "lagt",
    ]
)


def _a_person_reached(text: str, folded_prev: str, pj: int, s: int, e: int) -> bool:
    """Is the word that ends at ``e``, after the folded word ``folded_prev`` that starts at
    ``pj`` (the word is ``text[s:e]``), a person by the preposition or verb before it? Where a
    person is ("afleveret hos vang": a word after "hos" has an article), who did it
    ("dobbelttjekket af rask", "tilset kl 19.45 af sand"), whom a message reaches ("spørg fjord
    om nøglen", "spørg lige hede om", "ring til will", "tal med løve", "tjek lige med kvist"),
    with whom ("tur med fugl"), whose yes ("ok fra hede"); the word ends a phrase there (not
    "hos sand og grus", "ring til frost-vagten")."""
    if folded_prev not in _REACHING_WORDS:  # (asked before the pattern is tried)
        return False
    if _PHRASE_END_RE.match(text, e) is None:
        return False
    if text.startswith(" for ", e) and text[s:e] in _ADJECTIVE_NAMES:
        return False  # how one thanks: "pt takkede glad for hjælpen" (not "takkede lyng for")
    if folded_prev == "hos":
        return True
    before, bj, crossed = _prev_word(text, pj)
    folded_before = _fold_word(before.rstrip(".:,"))
    if folded_prev == "lige":  # "spørg lige hede om pt må få dosis med hjem"
        return not crossed and folded_before in _CONTACT_VERBS
    if folded_before == "lige" and not crossed:  # "tjek lige med kvist før vi giver ekstra"
        before, bj, crossed = _prev_word(text, bj)
        folded_before = _fold_word(before.rstrip(".:,"))
    if folded_prev == "fra":  # whose yes: "ok fra hede til udlevering lørdag"
        return not crossed and folded_before in _CONSENT_WORDS
    if folded_prev in ("iflg", "ifølge"):  # whose word: "rtg ok iflg brink, mobilisering fri"
        return True
    if folded_prev == "af":
        if crossed:
            return False
        if folded_before in ("ud", "op", "ind", "over", "tilbage") and not crossed:
            # a particle between: "ringet ud af bo", "fulgt op af lam"
            before, bj, crossed = _prev_word(text, bj)
            folded_before = _fold_word(before.rstrip(".:,"))
            if crossed:
                return False
        if (
            _done_by_a_person(folded_before)
            or _compound_done_by_a_person(folded_before)
            or (  # "udarbejdet af ørn", "besvaret af fugl"
                folded_before in _MORE_PERSON_AFTER_AUXILIARY and not folded_before.endswith("e")
            )
        ):
            return True
        # a time between: "tilset kl 19.45 af sand og kl 23 af rune"
        return before[:1].isdigit() and _fold_word(_prev_word(text, bj)[0].rstrip(".")) == "kl"
    if folded_prev in _CONTACT_VERBS:
        return True
    if folded_prev in ("hedder", "hed"):
        # "den nattevagt der hedder gry" (not "Hunden hedder Lykke": a pet or a relative)
        return not crossed and folded_before in ("der", "som")
    if crossed:
        return False
    if folded_prev == "med":  # "tjek med kvist", "pt gik tur med fugl i parken"
        return (
            folded_before in _CONTACT_VERBS
            or folded_before in _WITH_A_PERSON
            # a talk or a meeting with someone: "tryghedssamtale med iris kl 19"
            or folded_before.endswith(("samtale", "møde"))
        )
    if folded_prev == "efter":  # whom one calls or asks for: "pt har ringet efter flink"
        return folded_before in _CALLING_FOR
    return folded_prev == "til" and folded_before in _CONTACT_VERBS


#: every word :func:`_a_person_reached` can say yes after
_REACHING_WORDS = (
    frozenset(
        ("hos", "af", "til", "med", "hedder", "hed", "lige", "fra", "efter", "iflg", "ifølge")
    )
    | _CONTACT_VERBS
)
#: before "efter" and a person: whom one calls or asks for ("har ringet efter flink 4 gange",
#: "spørger efter fugl")
_CALLING_FOR = frozenset(
    ("ringet", "ringede", "ringer", "ringe", "spørger", "spurgte", "spørge", "spurgt", "kaldte")
)
#: words before "med" and a person: "tjek med kvist før vi giver ekstra", "tur med fugl"
_WITH_A_PERSON = frozenset(
    ("tjek", "tjekke", "tjekket", "tjekker", "afklar", "afklare", "afklaret", "tur", "gåtur")
)
#: a yes from someone, before "fra": "ok fra hede til udlevering", "accept fra lind"
_CONSENT_WORDS = frozenset(("ok", "okay", "accept", "godkendelse", "tilladelse", "grønt lys"))
#: where a phrase ends after a word: the end, punctuation, or a word that begins what follows
#: ("hos vang i dag", "spørg fjord om nøglen", "ring til will hvis ...")
_PHRASE_END_RE = re.compile(
    r"[ \t\xa0]*(?:$|[\r\n.,;:!?)]|[ \t\xa0](?:og|eller|el|om|kl|i|på|til|for|hvis|når|da|fordi|efter"
    r"|igen|nu|senere|inden|før|ang|vedr|mht|angående|vedrørende|via|ved|d|pga)(?![^\W_]))"
)


def _compound_done_by_a_person(w: str) -> bool:
    """Does the folded word ``w`` end in the participle of what a person does, as a compound
    ("dobbelttjekket", "genordineret", "eftertjekket")?"""
    return any(_done_by_a_person(w[k:]) for k in range(2, len(w) - 5))


_GIVE = frozenset(("giv", "give", "giver", "gav", "givet"))
#: " og " and a capitalised full name or a title after a name word (group 1: the full name,
#: group 2: the word, a title or not)
_AND_A_PERSON_RE = re.compile(
    r" og (?:([A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+)|([^\W\d_][\w.]*))(?![^\W_])"
)
#: a dash before a message's last word, first on a line or after what ends a message: "- kok",
#: "ring til mig - rune", "tak - sky" (not "hud - kold": what something is)
_SIGN_OFF_DASH_RE = re.compile(
    r"(?:^|\n|(?<![^\W_])(?i:mig|dig|os|tak|ok|hilsen|vh|mvh)[ !.]*)[-–] \Z"
)
#: where a message begins: a line's start or an emoji before "fra"
_MESSAGE_START_RE = re.compile(
    r"(?:^|\n|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D])[ \t\xa0]*\Z"
)
#: nothing but white space, punctuation and emoji to the end of the text
_END_RE = re.compile(r"[\s.!?,:;)\]'\"\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]*\Z")
#: a line that thanks someone: "tak kok!", "tak for i dag sky :)", "mange tak, fugl"
_THANKS_RE = re.compile(r"[ \t\xa0]*(?:mange[ \t\xa0]+)?(?i:tak|tusind tak)(?![^\W_])")
#: a diary line's beginning, a time or a day: "03:40 ", "kl 23.30 ", "dag 3: ", "uge 28+1: "
_DIARY_LINE_RE = re.compile(
    r"[ \t\xa0]*(?:(?:[Kk]l\.?[ \t\xa0]*)?\d{1,2}[.:]\d{2}(?!\d)"
    r"|(?:[Dd]ag|[Uu]ge)[ \t\xa0]*\d{1,2}(?:\+\d)?[ \t\xa0]*:)"
)
#: what only a person does, after initials: "KOL har talt med datter", "AMI ringede kl 14"
_SPEAKS_AFTER_RE = re.compile(
    r"[ \t\xa0]+(?:(?:har|havde)[ \t\xa0]+(?:(?:også|lige|netop|i dag)[ \t\xa0]+)?"
    r"(?:talt|ringet|skrevet|tilset|aftalt|informeret|orienteret)"  # not alone: "HR orienteret"
    r"|ringede|talte|skrev|tilså|aftalte|informerede|orienterede|ringer|taler|skriver|tilser"
    r"|aftaler|informerer|orienterer)(?![^\W_])"
)
#: the end of a sentence before the next one: ". Vi", "! Det"
_SENTENCE_END_RE = re.compile(r"[.!?][ \t\xa0]+[A-ZÆØÅ]")


def _line_start_of(text: str, s: int) -> int:
    """Where the line that ``s`` is on begins."""
    return text.rfind("\n", 0, s) + 1


#: what follows a writer's or speaker's colon: words or a quotation, not a value ("sky: bs 11,3
#: før aftensmad", "mørk: 'hun ville ...'"; not "sand: 2 kg")
_SAYS_NEXT_RE = re.compile(r"[ \t\xa0]+(?:['\"“”‘’«»]|[^\W\d_]{2,}[ \t\xa0,]+[^\W_])")
#: a chat's time and colon after its writer: " 09:12:", " 9.05:"
_CHAT_TIME_RE = re.compile(r"[ \t\xa0]+\d{1,2}[:.]\d{2}:")
#: a handover from one to another: "mørk -> fugl:", "sky → kok"
_ARROW_RE = re.compile(r"[ \t\xa0]*(?:->|→|=>)[ \t\xa0]*[^\W\d_]+:?")
_ARROW_BEFORE_RE = re.compile(r"[^\W\d_][ \t\xa0]*(?:->|→|=>)[ \t\xa0]*\Z")


#: a verb after a time, before the subject ("i dag kom bo"; not "i nat gik storm over landet")
_VERBS_BEFORE_SUBJECT = (_PERSON_VERBS | _AUXILIARIES) - {"gik", "går"}
#: words after "ring til", "talt med" ... that are not the person called: the position ends
_NOT_A_PERSON_CALLED = frozenset({"pt", "patient", "patienten", "pårørende", "lægen", "egen"})
#: after "var", "er": where a person is or how ("per var her", "bo var hos pt", "sten var
#: inde", "per var på stuen", "da per var syg")
_WHERE_A_PERSON_IS_RE = re.compile(
    r" (?:her|hos|inde|syg|sygemeldt|fraværende|på (?:stuen|kontoret|afdelingen|vagt|arbejde)"
    r"|ved (?:døren|sengen|siden af)|(?:ude|sammen) med (?:pt|borgeren|patienten|beboeren)"
    r"|(?:for )?(?:ond|sød|sur|vred|flink|uvenlig|grov|hårdhændet|streng|uforskammet)"
    r"|(?:(?:meget|ikke|lidt|også|nu) )?(?:bekymret|bekymrede|enig|uenig|tydelig|utilfreds"
    r"|frustreret|opmærksom på|tilbage fra|tilbage(?=[ \t\xa0]*[,.;!?\r\n]|$)|på ferie"
    r"|på kursus)"
    r")(?![^\W_])"
)
#: where a person goes, after the person, in a note's short form (no verb): "bo her kl 8",
#: "per ind til pt", "sten ud med pt", "holm op og kigge til pt" (not "sten ud med urinen")
_MOTION_RE = re.compile(
    r" (?:på " + ON_DUTY_WORDS + r"|"
    r"hos [^\W\d_]|syg i dag|sygemeldt|til stede(?![^\W_])|på (?:barsel|orlov)(?![^\W_])"
    r"|syg(?=[ \t\xa0]*(?:[,.:;!\r\n]|$))|(?:her|ind|ud|hjem|op|ned|over|hen)"
    r"(?: (?:til (?:pt|patient|borger|beboer|afsnit|stue)|med (?:pt|patient|borger|beboer)"
    r"|og (?:tjekke|kigge|sikre|hente|se|give|hjælpe|ringe|tale|sige)"
    r"|kl\b|efter\b|hele\b|i (?:dag|nat|aften|morgen)\b)|[,.:;\r\n]|$))"
)
#: after a diary line's writer: a time and words ("IS 22.15 sår skiftet", "HR 12.00: frokost")
_TIME_THEN_LOWER_RE = re.compile(
    r"[ \t\xa0]+(?:[Kk]l\.?[ \t\xa0]*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2})(?![\d./]|:\d)"
    r"[ \t\xa0]*:?[ \t\xa0]+(?:[a-zæøå]{2,}|Pt\b)"
)  # (a time has its minutes or "kl": not "RF 24 målt", "TV 2 har ringet")
_DATE_COLON_LOWER_RE = re.compile(
    r"[ \t\xa0]+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?:[ \t\xa0]+[a-zæøå]{2,}"
)  # (a date, a colon and words: "BT 24.5.: tilvækst normal"; not "BT 24.5.: 120/80")
_TIME_THEN_WORDS_RE = re.compile(
    r"[ \t\xa0]+\d{1,2}(?:[.:]\d{2}|/\d{1,2})\.?:?[ \t\xa0]+[^\W\d_]{2,}"
)  # (or a date: "RK 12/3: samtale 45 min.", "GL 14.03.: Ansøgning sendt")
#: a laboratory value after a short name part or initials: " 0,7" (group 1: decimal), " 134"
#: (not a time, a date or a shift: "Bo 15-23", "Li 07.30", "Bo 12.03")
_VALUE_AFTER_RE = re.compile(r"[ \t\xa0]+(?:(\d+,\d+)|[1-9]\d{1,3})(?![\d:/\-–]|\.\d)")
#: an abbreviation and its value, in any text that has one ("K 4,1", "BT 128/74", "Na 134")
_VALUE_RE = re.compile(
    r"(?<![^\W_])[A-Za-z]{1,5}[ \t\xa0]+(?:\d+,\d+|[1-9]\d*(?:/\d+)?)(?![\d:\-–]|\.\d)"
)
#: a specimen before an analysis: "S-Li", "P-Na", "B-Hb", "fS-TG"
_SPECIMEN_RE = re.compile(r"(?:[a-z]?[SPBU]|Sp|Ery|Lkc)-")
_NOT_A_VALUE_FORMS = frozenset(("full", "email", "username", "title+name"))
_WEEKDAY_ABBREVIATIONS = frozenset(("man", "tirs", "ons", "tors", "fre", "lør", "søn"))

#: a message before "fra"/"til" and the person: "sms fra skov:", "besked til per:"
_MESSAGE_BEFORE_RE = re.compile(
    r"(?i:sms|besked|mail|e-mail|beskeden|svar|svaret|afgørelse|afgørelsen|brev|chat)[ \t\xa0]+\Z"
)
#: an imperative after a name at the start of a message, with or without a comma
_IMPERATIVE_AFTER_RE = re.compile(r",?[ \t\xa0]+([^\W\d_]+)(?![^\W_])")
#: "... og pt" and a word: the person and the patient did it ("sten og pt bagt kage")
_THE_PATIENT = frozenset(("pt", "patienten", "borgeren", "beboeren"))
#: ... and a citizen or resident named without the article ("kok og borger i brugsen")
_THE_PATIENT_SHORT = _THE_PATIENT | {"borger", "beboer"}
#: the patient (and a citizen or resident) as a pattern
_THE_PATIENT_WORDS = "(?:" + "|".join(sorted(_THE_PATIENT_SHORT, key=lambda w: (-len(w), w))) + ")"
_WITH_THE_PATIENT_RE = re.compile(r" og " + _THE_PATIENT_WORDS + r"(?![^\W_]|['’])")
#: ... "med pt" after a word: "gik flink med pt til købmanden"
_WITH_THE_PATIENT_AFTER_RE = re.compile(r" med " + _THE_PATIENT_WORDS + r"(?![^\W_]|['’])")
#: an hour after a word: "i morgen kommer lyng kl 10"
_AT_AN_HOUR_RE = re.compile(r" kl\.? ?\d")
#: the patient and a joining word before a word: "pt og ", "pt + " (a comma: below)
_PATIENT_JOINED_BEFORE_RE = re.compile(
    r"(?<![^\W_])" + _THE_PATIENT_WORDS + r"\.?(?:[ \t\xa0]*[+&]|[ \t\xa0]+og)[ \t\xa0]+\Z"
)
#: the patient and a comma before a word, another person after it: "pt, flink og en medbeboer"
#: (not "pt, glad og afslappet": what the patient is)
_PATIENT_COMMA_BEFORE_RE = re.compile(r"(?<![^\W_])" + _THE_PATIENT_WORDS + r"\.?,[ \t\xa0]+\Z")
_ANOTHER_PERSON_AFTER_RE = re.compile(
    r"[ \t\xa0]+og[ \t\xa0]+(?:en|et|to|tre|hans|hendes|sin|sit|sine|de|den)[ \t\xa0]"
)
#: a joining word and the patient after a word: " og pt", " + pt"
_PATIENT_JOINED_AFTER_RE = re.compile(
    r"[ \t\xa0]*(?:\+|&|[ \t\xa0]og)[ \t\xa0]+" + _THE_PATIENT_WORDS + r"(?![^\W_])"
)


#: a table cell that is one word, or a word and a number ("Dag 2")
_CELL_WORD_RE = re.compile(r"([^\W\d_]+)(?:[ \t]+\d{1,3})?")


def _cell_word(text: str, s: int, e: int) -> str:
    """The folded word of a cell that is one word (or a word and a number), else ""."""
    m = _CELL_WORD_RE.fullmatch(text, s, e)
    return _fold_word(m.group(1)) if m is not None else ""


def _out_of_cells(text: str, spans: list[Span], cells: list[tuple[int, int]]) -> list[Span]:
    """``spans`` without what lies in ``cells`` (labels): a span inside one goes, a span that
    begins in one and goes on past it ("Læge\nSol Rask": a label, then a name on the next row)
    keeps what comes after the cell."""
    out: list[Span] = []
    for sp in spans:
        cell = _cell_at(sp.start, cells)
        if cell is None:
            out.append(sp)
            continue
        k = cell[1]
        while k < sp.end and not text[k].isalnum():
            k += 1
        if k < sp.end:
            out.append(dataclasses.replace(sp, start=k, text=text[k : sp.end]))
    return out


def _cell_at(pos: int, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The one of ``cells`` ((start, end)) that ``pos`` is inside, if any."""
    return next(((s, e) for s, e in cells if s <= pos < e), None)


def _in_cells(pos: int, cells: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``cells``?"""
    return _cell_at(pos, cells) is not None


def _rota_hint(text: str) -> bool:
    """Does a line begin with a day and hours, a rota's line ("man 7-15 bo"; tables.read)? The
    hours' dash is found first (``str.find``): a pattern anchored at every line's start, or one
    that begins with a digit, is tried by ``re`` at every character of every text."""
    n = len(text)
    for dash in ("-", "–"):
        i = text.find(dash)
        while i >= 0:
            j, k = i - 1, i + 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            while k < n and text[k] in " \t":
                k += 1
            if (
                j >= 0
                and k < n
                and text[j].isdigit()
                and text[k].isdigit()
                and _DAY_FIRST_RE.match(text, text.rfind("\n", 0, i) + 1) is not None
            ):
                return True
            i = text.find(dash, i + 1)
    return False


_DAY_FIRST_RE = re.compile(r"[ \t]*(?i:" + WEEKDAYS + r")\.?[ \t]+\d")
#: a word or initials in a table's cell
_CELL_TOKEN_RE = re.compile(r"[^\W\d_][\w'’]*(?:\.(?:[^\W\d_]\.?)*)?")
#: " og ", "&", "+" and one word after it
_AND_WORD_RE = re.compile(r" (?:og|&|\+) ([^\W\d_]+)")


def _has_particles(family: str) -> bool:
    """Does the family name begin with a particle ("van der Berg", "Al-Sayed")?"""
    parts = _NAME_HYPHENS_RE.sub(" ", family).split()
    return len(parts) > 1 and parts[0].lower() in _NAME_PARTICLES


#: the first word where a clause begins, after a time there ("kl 3 tb tilså"): group 1
_CLAUSE_WORD = (
    r"[ \t\xa0]*+(?:[Kk]l\.?[ \t\xa0]*\d{1,2}(?:[.:]\d{2})?[ \t\xa0]+)?"
    r"((?:[^\W\d_]{2,3}-)?+[^\W\d_]{2,}+)"  # (a particle before a hyphen: "Al-Syed")
    # only before what a person does (the rules that read these words ask exactly)
    r"(?= (?:"
    + "|".join(sorted(_PERSON_VERBS | _AUXILIARIES, key=lambda w: (-len(w), w)))
    + r")(?![^\W_]))"
)
#: (the text's start apart: a pattern that begins with a set of characters is searched fast)
_CLAUSE_WORD_RE = re.compile(r"[\n.!?;:]" + _CLAUSE_WORD)
_CLAUSE_WORD_START_RE = re.compile(_CLAUSE_WORD)


def _clause_words(ctx: _Ctx) -> list[tuple[int, int]]:
    """The first word of each clause of the text (after a line break, . ! ? ; or :, and after a
    time there: "kl 3 tb tilså pt"), where what a person does follows; found once per text."""
    found = ctx.clauses
    if found is None:
        text = ctx.text
        first = _CLAUSE_WORD_START_RE.match(text)
        found = [(first.start(1), first.end(1))] if first is not None else []
        found += [(m.start(1), m.end(1)) for m in _CLAUSE_WORD_RE.finditer(text)]
        ctx.clauses = found
    return found


#: how frequent such a word may be and still be read as a typo ("Hjorth" 3.1 is a name)
_SUBJECT_TYPO_ZIPF = 3.5
_SUBJECT_TYPO_WHY = "før et udsagnsord, med en stavefejl"
#: particles (and their abbreviations) before the family name of a person who has them:
#: "van der Berg", "vd Berg", "H. v. d. Berg" (nothing of the name left beside the label)
_PARTICLES_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:(?i:van|von|der|den|de|del|della|la|le|da|di|du|al|el|bin|ibn|ter|ten|vd|v\.d\.|"
    r"v\.|d\.)[ \t\xa0]*)+\Z"
)
#: letters spelled out with one space between them, three or more (a PDF heading)
_SPACED_LETTERS_RE = re.compile(r"(?<![^\W_])[^\W\d_](?: {1,3}[^\W\d_]){2,}(?![^\W_])")
#: what every such run holds (a space first: the search skips ahead to spaces)
_SPACED_GATE_RE = re.compile(r" [^\W\d_] {1,3}[^\W\d_](?![^\W_])")
#: :data:`_SPACED_GATE_RE` with any character but a space for its letters: it matches wherever
#: that does, and far more cheaply (no letter looked up where a word follows a space)
_SPACED_PRE_RE = re.compile(r" [^ ] {1,3}[^ ](?![^\W_])")


def _spaced_gate(text: str) -> bool:
    """``_SPACED_GATE_RE.search(text) is not None``, tried only where :data:`_SPACED_PRE_RE`
    matches (``tests/names_fastpath_cases.py``)."""
    m = _SPACED_PRE_RE.search(text)
    while m is not None:
        if _SPACED_GATE_RE.match(text, m.start()) is not None:
            return True
        m = _SPACED_PRE_RE.search(text, m.start() + 1)
    return False


#: one word of such a run: its letters one space apart
_SPACED_WORD_RE = re.compile(r"[^\W\d_](?: [^\W\d_])+")
#: a text where two words may be coordinated: a comma, "/", "&", "+", "og", "eller", "samt",
#: and a handover's "fra ... til"
_COORDINATION_CHARS_RE = re.compile(r"[,/&+]| og | eller | samt | til ")
#: a handover: "fra" right before a name, and " til" and the word after it
_FRA_BEFORE_RE = re.compile(r"(?<![^\W_])fra[ \t\xa0]+\Z")
_TIL_WORD_RE = re.compile(r" til ([^\W\d_]+)(?![^\W_])")
_FRA_WORD_TIL_RE = re.compile(r"(?<![^\W_])fra[ \t\xa0]+([^\W\d_]+) til \Z")
#: right after a name, a word coordinated with it (group 1; group 2 or 3 the coordinator)
_COORD_GAP = r"(?:[ \t\xa0]*([,/&+])[ \t\xa0]*|[ \t\xa0]+(og|eller|samt)[ \t\xa0]+)"
_COORD_AFTER_RE = re.compile(_COORD_GAP + r"([^\W\d_]+)(?![^\W_])")
#: right before a name (the search ends there), a word coordinated with it (group 1; group 2
#: or 3 the coordinator)
_COORD_BEFORE_RE = re.compile(r"(?<![^\W_])([^\W\d_]+)" + _COORD_GAP + r"\Z")
#: after a word in a comma list: the list goes on or ends ("Ida, tove, Jens", "Ida, tove og
#: Jens deltog", "Ida, tove:")
_LIST_GOES_ON_RE = re.compile(r"[ \t\xa0]*(?:[,/&+:)\r\n]|og |samt |$)")


def _after_a_time(text: str, s: int) -> bool:
    """Does a time stand right before ``s``: "kl 22 per ind", "14.30 bo hjem"?"""
    prev, pj, crossed = _prev_word(text, s)
    if crossed or not prev[:1].isdigit():
        return False
    before, _, crossed_before = _prev_word(text, pj)
    return not crossed_before and (not before or _fold_word(before.rstrip(".")) == "kl")


def _mention(text: str, s: int) -> bool:
    """Is the word at ``s`` a mention in a chat or a message, "@bo kan du ...", not an e-mail
    address ("pt@bo.dk")?"""
    return s > 0 and text[s - 1] == "@" and (s < 2 or text[s - 2] in " \t\n(")


def _word_after(text: str, e: int) -> tuple[str, int]:
    """The lower-case word after ``e`` past one space, folded, and where it ends; ("", e) if
    none stands there."""
    n = len(text)
    if e >= n or text[e] != " ":
        return "", e
    j = k = e + 1
    while k < n and text[k].isalpha():
        k += 1
    if k == j or not text[j].islower():
        return "", e
    return _fold_word(text[j:k]), k


def _word_in(text: str, e: int, words: frozenset[str]) -> bool:
    """Is the lower-case word after ``e`` (past one space) one of ``words``?"""
    word, _ = _word_after(text, e)
    return word in words


#: initials joined to initials before: "IS og AM", "ML, BT", "LF/RV", "IS + TB" (group 1)
_INITIALS_JOINED_RE = re.compile(r"(?:[ \t]*[,+&/]|[ \t]+og[ \t])[ \t]*([^\W\d_]{2,3})(?![^\W_])")
#: what several people are or do together: "på dobbeltbesøg", "har vagt", "deltog", "var på vagt"
_PEOPLE_DO_RE = re.compile(
    r" (?:på (?:dobbeltbesøg|vagt|tur|hjemmebesøg|stuegang)|har (?:vagt|dobbeltbesøg)"
    r"|var på (?:vagt|besøg|stuen)|deltog|deltager)(?![^\W_])"
)


def _lower_before_and(text: str) -> list[tuple[int, int]]:
    """Two or three lower-case letters before " og " ("hr og am på dobbeltbesøg"): where."""
    out: list[tuple[int, int]] = []
    k = text.find(" og ")
    while k >= 0:
        a = k
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        if 2 <= k - a <= 3 and text[a:k].islower():
            out.append((a, k))
        k = text.find(" og ", k + 4)
    return out


def _what_a_day_does(text: str, e: int) -> bool:
    """Is the verb after ``e`` (past one space) what a day does too: "dag gik roligt", "dag
    har været rolig", "dag kom og gik" (not "dag kommer med ny sædepude")?"""
    word, k = _word_after(text, e)
    if word in ("kom", "kommer") and text.startswith(" med ", k):
        return False
    if word in _AUXILIARIES:
        word = _word_past_adverbials(text, k)[0]
    return word in _WHAT_A_DAY_DOES


#: what a day does, as a finite verb or after an auxiliary: not a person's deed (a hidden Dag)
_WHAT_A_DAY_DOES = frozenset(
    fold(w)
    for w in _words("""kom kommer gik går fik får tog tager var er blev bliver været haft gået
    kommet taget begyndte begynder startede starter sluttede slutter endte ender forløb forløber
    bød byder bragte bringer bragt blive være gå komme tage""")
)


def _person_verb_at(text: str, e: int) -> bool:
    """Does what a person does follow ``e`` (past one space): "gav", "har givet", "vil ringe",
    "var her"?"""
    word, k = _word_after(text, e)
    if word in _ADVERBS_BEFORE_A_VERB:  # "at sen ikke har ringet", "bo også gav bad"
        m = _ADVERBIALS_RE.match(text, e)
        if m is not None:
            word, k = _word_after(text, m.end())
    if not word:
        return False
    if word in _PERSON_VERBS or word in _MORE_PERSON_FINITE:
        return True
    if word == "bad" and text.startswith(" om ", k):  # "gry bad om politiledsagelse"
        return True
    if word == "ved":  # what a person knows: "fugl ved ikke hvor" (not "fugl ved foderbrættet")
        return _word_after(text, k)[0] in _KNOWS_WHAT
    if word in _WHERE_VERBS:  # "per var her", "tal sad hos Vilma" (not "sten er påvist")
        if _WHERE_A_PERSON_IS_RE.match(text, k) is not None:
            return True
        if word in ("blev", "bliver"):  # what is done to a person: "lyng blev ringet op af pt"
            return _word_past_adverbials(text, k)[0] in _DONE_TO_A_PERSON_PASSIVE
        return False
    if word not in _AUXILIARIES:
        return False
    word, k = _word_past_adverbials(text, k)  # "rask har i dag målt bt", "bo har også ringet"
    if word == "have" and (
        text.startswith(" at ", k) or _word_after(text, k)[0] in _PERSON_OBJECTS
    ):
        # what a person wants done: "fugl vil gerne have at pt spiser med", "kvist vil have
        # ham tvangsindlagt"
        return True
    if word == "fået" and _word_after(text, k)[0] in ("svar", "besked"):
        return True  # "lyng havde ikke fået svar fra egen læge" (not "sten har fået plads")
    # (reflexive: what a thing does, "frost har lagt sig på ruderne", "sten har sat sig fast")
    return word in _ALL_PERSON_AFTER_AUXILIARY and not text.startswith(" sig", k)


def _word_past_adverbials(text: str, k: int) -> tuple[str, int]:
    """:func:`_word_after` past the adverbials after ``k`` ("har i dag målt", "har ikke
    fået")."""
    m = _ADVERBIALS_RE.match(text, k)
    return _word_after(text, k if m is None else m.end())


#: what a person has done or will do after an auxiliary, listed and conjugated
_ALL_PERSON_AFTER_AUXILIARY = _PERSON_AFTER_AUXILIARY | _MORE_PERSON_AFTER_AUXILIARY
#: the first words of :data:`_ADVERBIALS_RE`, asked before it is tried
_ADVERBS_BEFORE_A_VERB = frozenset(
    (
        "lige",
        "også",
        "allerede",
        "netop",
        "nu",
        "desværre",
        "heldigvis",
        "ikke",
        "igen",
        "aldrig",
        "altid",
        "stadig",
        "snart",
    )
)  # ("i dag", "kl 14" between a subject and its verb are rare, and "i" follows many a word)
#: being somewhere, before where a person is (:data:`_WHERE_A_PERSON_IS_RE`)
_WHERE_VERBS = frozenset(("var", "er", "sad", "sidder", "blev", "bliver"))
#: adverbials between an auxiliary and the participle or infinitive: "har i dag målt", "vil i
#: morgen ringe", "har også ringet", "har kl 14 givet", "har ikke givet"
_ADVERBIALS_RE = re.compile(
    r"(?: (?:i (?:dag|går|morgen|morges|aften|aftes|nat|formiddag|formiddags|eftermiddag"
    r"|eftermiddags)|lige|også|allerede|netop|nu|desværre|heldigvis|ikke|igen|nok|gerne|altid"
    r"|aldrig|stadig|snart|kl\.? \d{1,2}(?:[.:]\d{2})?))+(?= )"
)
#: what a person knows or not, after "ved": "fugl ved ikke hvor pt har gemt pillerne"
_KNOWS_WHAT = frozenset(
    ("ikke", "godt", "hvor", "hvad", "hvem", "hvornår", "hvordan", "hvorfor", "besked")
)
#: what is done to a person, after "blev" ("lyng blev ringet op af pt 5 gange", "rask blev
#: truet"); not what is done to a thing too ("slået", "kaldt": "græs blev slået")
_DONE_TO_A_PERSON_PASSIVE = frozenset(
    fold(w)
    for w in _words("""ringet kontaktet truet spurgt informeret orienteret tilkaldt overfaldet
    chikaneret bedt forulempet spyttet sparket krænket""")
)


def _initials_verb_at(text: str, e: int) -> bool:
    """Does what a person does follow initials ending at ``e``: "gav pn", "tilså", "har givet",
    "tager sig af"?  Not what a thing does too ("kom ned", "fik", "har været", "gav god
    effekt")."""
    word, k = _word_after(text, e)
    if not word or word in _NOT_AN_INITIALS_VERB:
        return False
    if word in ("gav", "giver"):
        return not _word_in(text, k, _GIVEN_BY_A_THING)
    if word in _PERSON_VERBS:
        return True
    if word in _AUXILIARIES:
        after, _ = _word_after(text, k)
        return after in _PERSON_AFTER_AUXILIARY and after not in _NOT_AN_INITIALS_VERB
    return False


#: 2-3 letters where a clause begins (line start, after . ! ? ; : or a time "kl 3"): group 1

#: from a list's word to its colon, up to two words between: "På vagt i dag:", "Vagtplan weekend:"
_LIST_LEAD_RE = re.compile(r"((?:[ \t\xa0]+(?:[^\W\d_]+|\d{1,2})){0,2})[ \t\xa0]*:")
#: initials with a glued genitive -s before what a person writes or decides ("Se HHHs
#: op.-beskrivelse", "PESs notat")
_GLUED_GENITIVE_RE = re.compile(
    r"(?<![^\W_])([A-ZÆØÅ]{2,4})s(?=[ \t\xa0]+(?i:op\.?[ -]?beskrivelse|operationsbeskrivelse"
    r"|(?:journal)?notat|beskrivelse|vurdering|ordination|epikrise|konklusion|beslutning"
    r"|henvisning|tilsyn|svar|plan|aftale|mail|besked|diktat|status|anbefaling)(?![^\W_]))"
)


def _id_before(text: str, s: int) -> int:
    """Where a word of two to six letters (initials, a user name) begins that stands right
    before the name at ``s``, one space between, after a field's start ("ikh Kjær-Hansen",
    "|BD Due"); -1 if none."""
    j = s - 1
    if j < 2 or text[j] not in " \t\xa0":
        return -1
    k = j
    while k > 0 and text[k - 1].isalpha() and j - k < 7:
        k -= 1
    if not 2 <= j - k <= 6 or (k > 0 and text[k - 1] not in " \t\n\r|(,;:"):
        return -1
    return k


#: a character of a file name, a path or an id ("notat_mholm_2026-12-04.pdf", "/arkiv/Holm_ML/")
_TECH_CHARS = frozenset("._-/%+")
#: where such a token may be: a file's extension
_FILE_EXTENSIONS = r"pdf|docx?|tiff?|jpe?g|png|txt|xml|sig|rtf|msg|csv|xlsx?|dcm"
_FILE_EXT_ANY_RE = re.compile(r"\.(?i:" + _FILE_EXTENSIONS + r")(?![^\W_])")
#: its pieces: letters, split at separators, digits and a capital after lower case ("SkovR")
_TECH_PIECE_RE = re.compile(r"[A-ZÆØÅ]+(?![a-zæøå])|[A-ZÆØÅ]?[a-zæøå]+")
_FILE_EXT_RE = re.compile(r"\.(?i:" + _FILE_EXTENSIONS + r")\Z")
#: a name with its initials run together: "SkovR", "HolmML", "KasperB"
_CAMEL_TAIL_RE = re.compile(r"\A[A-ZÆØÅ][a-zæøå]{2,}[A-ZÆØÅ]{1,3}\Z")
#: parts joined by full stops, no spaces: "Holm.Mette.L", "holm.m"
_DOTTED_NAME_RE = re.compile(r"[^\W\d_]{2,}(?:\.[^\W\d_]+)+")
#: a name part cut short at the end of a field: "Rasmus Sk", "Holm, Met", "Anne Somm..."
_CUT_SHORT_AFTER_RE = re.compile(
    r"(?:,[ \t\xa0]?|[ \t\xa0])([A-ZÆØÅ][^\W\d_]*)(?=\.\.\.|…|[ \t\xa0]*(?:\r?\n|\||$))"
)
#: a title right after a name, after a comma or in parentheses, ending the item: "Holm,
#: øjenlæge:", "Lund (sekretær)"
_TITLE_AFTER_COMMA_RE = re.compile(
    r"(?:,[ \t\xa0]*|[ \t\xa0]?\()([^\W\d_]+\.?)(?![^\W\d_])"
    # ... ending the name's item, not the next item's title: "Deltagere: Holm, SSA Storm"
    r"(?=[ \t\xa0]*(?:[:,;)\r\n|]|$))"
)
#: the rest of a list's item after a name: one word or number, then the item's end (not what
#: a preposition governs: "Deltagere: per telefon, ...")
_LIST_ITEM_REST_RE = re.compile(
    r"[ \t\xa0]+(?!(?:telefon|tlf|mail|e-mail|post|brev|sms|døgn|dag|uge|måned|gang|stk)\b)"
    r"(?:[^\W\d_]+|\d[\d \t\xa0]*\d|\d)[ \t\xa0]*(?:[,;]|\r?\n|$)"
)
#: the capitalised word right after a name part ("Per Kristensen", "Eva Dal-Jensen")
_NEXT_NAME_RE = re.compile(r"[ \xa0]([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?)(?![\w\-])")
#: before a writer's initials heading a sentence: a sentence's end, or the kind of contact
#: ("Overflyttes ikke. ", "tlf.konsultation ", "Konsultation ")
_WRITER_HEAD_BEFORE_RE = re.compile(
    r"(?:[.!?][ \t\xa0]+|(?<![^\W_])(?i:tlf\.?[ \t\xa0]*konsultation|telefonkonsultation"
    r"|konsultation|e-konsultation|tlf\.?|telefon|notat|samtale)[ \t\xa0]+)\Z"
)
#: what follows a line's writer (registered initials that are an abbreviation) and the colon:
#: what a person did, or the patient ("BT: telefonkonsultation", "AK: pt. fortsat")
_WRITER_HEAD_AFTER_RE = re.compile(
    r"[ \t\xa0]*:[ \t\xa0]+(?:pt\.?|patienten|borger(?:en)?|telefon\w*|tlf\.?|samtale\w*"
    r"|besøg\w*|kontakt\w*|e-konsultation\w*|stuegang|tilset)(?![^\W_])"
)
#: a time at the end of a word ("14:00,", "kl.23.30")
_A_TIME_END_RE = re.compile(r"\d[.:]\d\d[,.]?\Z")
#: what follows registered initials that stand alone after a marker: a dash between spaces, a
#: parenthesis, a date or a time ("talt m ak - fortsat", "set af ok (ortop)", "opdateret af
#: mast 18.01.2027"), not "ak-behandling"
_INITIALS_ALONE_RE = re.compile(
    r"[ \t\xa0]+(?:[-–][ \t\xa0]|\(|\d{1,2}[.:/]\d{1,2}(?!\d)|kl\.?[ \t\xa0]*\d)"
)
#: "Ref.:" / "Ref:" (the minutes' writer): the colon right after the word
_REF_LEAD_RE = re.compile(r"()\.?[ \t\xa0]*:")
#: between two names of a list: "nattevagt: lund og holm", "lund, holm", "lund/holm", and the
#: next line's bullet in a bulleted list ("Udført af:\n- sd\n- bo": :func:`_signer_list_end`)
_LIST_GAP_RE = re.compile(
    r"[ \t\xa0]*(?:[,/+&]|og|samt)[ \t\xa0]*|[ \t\xa0.,;)]*\r?\n[ \t\xa0]*[-–*•·▪][ \t\xa0]+"
)


def _function_word_named(text: str, e: int, kind: int) -> bool:
    """Is a function word that is a name, ending at ``e`` in a position where a name is
    certain, used as the name?  Yes before a verb, "om", "at", "kl" or a comma ("talt med per
    om smerterne", "ssh bo gav bad", "overlevering til per", "deltagere: bo, per og sten"), and
    in a list before "og"; not before a noun ("talt med hans kone", "læge per telefon")."""
    n = len(text)
    j = e
    while j < n and text[j] in " \t\xa0":
        j += 1
    if j >= n or text[j] in "\r\n,:;)":
        return True
    if kind == _LIST and text[j] in "/+&":
        return True
    k = j
    while k < n and text[k].isalpha():
        k += 1
    if k == j or not text[j].islower():
        return False
    word = _fold_word(text[j:k])
    if word in _NAME_FOLLOWERS or word in _AFTER_A_NAME or word == "med":
        return True  # (... "med": "pt truede per med at slå", "talt med bo med datteren")
    if word == "i" and _WHEN_RE.match(text, k) is not None:
        return True  # "giver videre til bo i morgen"
    return kind == _LIST and word in ("og", "samt", "eller")


def _part_of(cands: tuple[_Key, ...], h: _Hit) -> tuple[_Key | None, frozenset[int]]:
    """The first of ``cands`` that is another part of the name of one of ``h``'s people, and
    those people; (None, empty) if none is."""
    for cand in cands:
        if cand is not h.key and cand.first_name is not None:
            common = cand.npset & h.persons
            if common:
                return cand, common
    return None, frozenset()


def _lower_hit(key: _Key, s: int, e: int, why: str) -> _Hit:
    """A hit on a lower-case word that is a hidden person's name part, read as the name because
    of ``why`` (what stands beside it)."""
    entry = key.first_name
    assert entry is not None
    hit = _Hit(s, e, key, key.npset, key.ncands)
    hit.form = entry[2]
    hit.rule = f"{entry[3]} (almindeligt ord brugt som navn: {why})"
    hit.has_given = entry[2] in ("given", "full")
    hit.has_family = entry[2] in ("family", "full")
    hit.lower = True
    return hit


def _names_in_a_row(text: str, unread: list[tuple[int, int, _Key]], raw: list[_Hit]) -> None:
    """Lower-case words that are hidden people's name parts, read as names where they stand in
    a row of names: joined by "/" ("besøg løve/frost kl 10", "lind/vang") or three and more
    side by side, with commas or "og" ("vagtskifte lind vang sand", "til stede ved mødet fjord
    rask nørgaard", "konference (sejr, kilde, ben)", "ben og alf og gry – aftenvagt"; a name
    found already counts in the row). Words do not come in such rows: two words that are names
    ("sand og grus", "rask og frisk") stay, and three that are all hidden names are no phrase."""
    names = sorted([(h.start, h.end) for h in raw] + [(s, e) for s, e, _ in unread])
    keyed = {s: key for s, _, key in unread}
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    slashed: set[int] = set()
    for s, e in names:
        if row and s >= row[-1][1]:
            gap = text[row[-1][1] : s]
            if gap == "/" or gap == " / ":
                slashed.add(s)
                slashed.add(row[-1][0])
                row.append((s, e))
                continue
            if gap == " " or gap == ", " or gap == " og ":
                row.append((s, e))
                continue
        if row:
            rows.append(row)
        row = [(s, e)]
    if row:
        rows.append(row)
    for row in rows:
        whole = len(row) >= 3
        for s, e in row:
            if s in keyed and (whole or s in slashed):
                key = keyed[s]
                raw.append(_lower_hit(key, s, e, "i en række af navne"))


def _names_in_a_column(text: str, unread: list[tuple[int, int, _Key]], raw: list[_Hit]) -> None:
    """Lower-case words that are hidden people's name parts, each last on its line after at
    most a time, a room or a car ("09.00 lam", "stue 3 - tang", "bil 2: pil") or alone, on two
    lines or more one after the other: a column of names ("krog", "lave", "hvid" under each
    other; a rota, a route). Two such words under each other are no list of words."""
    column: list[tuple[int, int, _Key]] = []
    last_end = -1  # where the line of the column's last word ends
    n = len(text)
    for s, e, key in unread:
        k = e
        while k < n and text[k] in " \t\r.,":
            k += 1
        if k < n and text[k] != "\n":
            continue  # not last on its line (asked first: most words are not)
        start = _line_start_of(text, s)
        if _COLUMN_LEAD_RE.fullmatch(text, start, s) is None:
            continue
        if column and start != last_end + 1:
            _column_hits(column, raw)
            column = []
        column.append((s, e, key))
        last_end = k
    _column_hits(column, raw)


def _column_hits(column: list[tuple[int, int, _Key]], raw: list[_Hit]) -> None:
    if len(column) >= 2:
        for s, e, key in column:
            raw.append(_lower_hit(key, s, e, "i en kolonne af navne"))


#: what may stand before a name in a column of names: a time, a room, a car, a bullet
_COLUMN_LEAD_RE = re.compile(
    r"[ \t\xa0]*(?:[-–*•][ \t\xa0]*)?(?:(?:\d{1,2}[.:]\d{2}|(?:stue|bil|rute|vær)\.? ?\d{1,3}"
    r"|(?i:" + WEEKDAYS + r")\.?)"  # a rota's day: "man fugl\ntirs mørk"
    r"[ \t\xa0]*[-–:]?[ \t\xa0]*)?"
)


def _said_before(text: str, at: int) -> bool:
    """Does a verb of saying or complaining stand before the "at" that begins at ``at``, so
    that a clause follows, not an infinitive ("pt siger at lind er ond", "klager over at løve
    var hårdhændet"; not "pt ønsker at bo hjemme")?"""
    word, j, crossed = _prev_word(text, at)
    folded = _fold_word(word)
    if not crossed and folded in ("over", "ikke"):  # "klager over at", "ønsker ikke at"
        word, _, crossed = _prev_word(text, j)
        folded = _fold_word(word)
    return not crossed and folded in _SAYING_VERBS


#: :data:`SHORT_FORMS` folded loosely, as the names it is asked about
_SHORT_FORMS = {_loose(k): frozenset(map(_loose, v)) for k, v in SHORT_FORMS.items()}


def _may_be_short_for(own: str, other: str) -> bool:
    """May ``other`` be written for the given name ``own`` (both folded loosely): a typo, a
    short form ("jens" for "johannes", "tina" for "bettina", "inge" for "ingrid")?"""
    limit = 2 if min(len(own), len(other)) >= 6 else 1  # a typo ("Ingird"; "Anne" is no "René")
    return (
        # a short form is shorter or longer, never as long ("Søren" is no "Karen"; "Kim" may be
        # written "Kimberly"): "Inge" for Ingrid, "Tina" for Bettina, "Gitte" for Birgitte
        (len(other) != len(own) and (own[:3] == other[:3] or own[-3:] == other[-3:]))
        or _edits(own, other, limit) <= limit
        or other in _SHORT_FORMS.get(own, ())
        or own in _SHORT_FORMS.get(other, ())
    )


def _an_eponym(text: str, sp: Span) -> bool:
    """Is the span, one capitalised name part of a hidden namesake, a medical eponym where it
    stands: joined to a word ("Nissen-fundoplikation", "Kocher-snit"), before what is named after
    someone ("Hartmanns operation", "Kochers manøvre", "Wells' score"), after "a.m." or "status
    post" ("operation a.m. Hartmann"), or a score before its value ("Modificeret Wells 2")?
    Never where a name is certain (after a title, in a signature)."""
    if sp.certain or not sp.part or not sp.text[:1].isupper():
        return False
    word = sp.text.rstrip(_APOSTROPHES)
    if word not in EPONYMS:
        if not sp.genitive or word[-1:] != "s" or word[:-1] not in EPONYMS:
            return False
        word = word[:-1]
    e = sp.end
    if e + 1 < len(text) and text[e] in "-\u2010" and text[e + 1].islower():
        return True
    if _EPONYM_AFTER_RE.match(text, e) is not None:
        return True
    if word in SCORE_EPONYMS and _SCORE_AFTER_RE.match(text, e) is not None:
        return True
    return _EPONYM_BEFORE_RE.search(text, max(0, sp.start - 16), sp.start) is not None


#: what is named after someone, after the name: "Hartmanns operation", "Wells score"
_EPONYM_AFTER_RE = re.compile(
    r"['’]?s?[ \t\xa0]+(?:operation|procedure|score|kriterie|manøvre|sygdom|syndrom|tegn|test"
    r"|fraktur|klassifikation|skala|snit|pincet|refleks|stadie|stadium|indeks|index|lejring"
    r"|leje|kateter|nål|sutur|resektion|fundoplikation|plastik|metode|prøve|cyste|divertikel"
    r"|lymfom|sarkom|tumor|parese|pose)"
)
#: a score's value after its name: "Wells 2", "Glasgow 14", "Apgar 9/10"
_SCORE_AFTER_RE = re.compile(r"['’]?s?[ \t\xa0]*(?::[ \t\xa0]*)?\d")
#: before an eponym: "a.m. Hartmann", "ad modum Whipple", "status post Nissen", "s.p. Nissen"
_EPONYM_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:a\.[ \t\xa0]?m\.|ad modum|status post|status efter|st\.[ \t\xa0]?p\."
    r"|s\.[ \t\xa0]?p\."
    r"|modificeret|modified)[ \t\xa0]+\Z",
    re.IGNORECASE,
)


#: a lower-case given name and the family name cut short, before a colon, a parenthesis, a
#: comma or a time, where a writer's name ends: "bo f.:", "(liv b-s)", "dorthe ml kl 10.20", and
#: two letters with full stops anywhere: "mikael v. o." (group 1: the given name; 2: the
#: letters; not "per h. er 200 kr", "bo s. 12")
_SHORT_FAMILY_RE = re.compile(
    r"(?<![^\W_])([a-zæøå]{2,})[ \t\xa0]([a-zæøå]\.[ \t\xa0]?[a-zæøå]\.(?![^\W_])"  # "v. o."
    r"|(?:[a-zæøå](?:\.|[-\u2010][a-zæøå]\.?)|[a-zæøå]{2})(?=[ \t\xa0]*[:),]|[ \t\xa0]+kl[ .]))"
)
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzæøå")
_SHORT_BEFORE = frozenset(" \t\xa0-.\u2010")
_TIME_STARTS = frozenset("0123456789kK")
#: a lower-case given name and one letter heading a line, before a colon or what a person did:
#: "tove s har leveret toiletforhøjer", "dag h: ilt ned til 1 l" (not "vitamin d 20 µg")
_GIVEN_INITIAL_LEAD_RE = re.compile(
    r"[ \t\xa0]*([a-zæøå]{2,})[ \t\xa0]([a-zæøå])\.?(?=[ \t\xa0]*:[ \t\xa0]|[ \t\xa0]+(?:har|er|var"
    r"|kommer|kom|skriver|skrev|ringede|ringer|giver|gav|siger|sagde|vil|skal|kan|tager|tog"
    r"|kigger|kiggede|ser|så|taler|talte|laver|lavede|hjælper|hjalp|følger|fulgte)(?![^\W_]))"
)


#: a user name or initials right before a whole name in parentheses: "mast (" (group 1)
_ID_BEFORE_PARENS_RE = re.compile(r"(?<![^\W_])([^\W\d_]{2,8})[ \t\xa0]*\([ \t\xa0]*\Z")
#: ... or in parentheses right after it: " (mast)" (group 1)
_ID_IN_PARENS_AFTER_RE = re.compile(r"[ \t\xa0]*\([ \t\xa0]*([^\W\d_]{2,8})[ \t\xa0]*\)")


def _overlaps_none(spans: list[Span], s: int, e: int) -> bool:
    return all(sp.end <= s or sp.start >= e for sp in spans)


def _titled_after(ctx: _Ctx, sp: Span) -> Span:
    """The span, certain when a title stands right after it in apposition: "Storm,
    fysioterapeut, har testet", "Storm (fys): træning" (the title says who it is, so a
    relative's name of the same letters does not keep it)."""
    if sp.certain or not sp.part:
        return sp
    text = ctx.text
    m = _TITLE_APPOSITION_RE.match(text, sp.end)
    if m is None:
        return sp
    a = m.end()
    te = next((e for e, s in ctx.title_ends.items() if s == a), None)
    if te is None:
        return sp
    in_parens = m.group().rstrip(" \t\xa0").endswith("(")
    ok = (_PARENS_END_RE if in_parens else _APPOSITION_END_RE).match(text, te) is not None
    return dataclasses.replace(sp, certain=True) if ok else sp


#: between a name and a title in apposition: ", " or " ("
_TITLE_APPOSITION_RE = re.compile(r",[ \t\xa0]*|[ \t\xa0]*\([ \t\xa0]*")
#: the end of a title in parentheses: "(fys)", "(spl.)"
_PARENS_END_RE = re.compile(r"\.?[ \t\xa0]*\)")
#: the end of a title in apposition: "fysioterapeut,", "hjemmesygepl.,", "ssa:"
_APPOSITION_END_RE = re.compile(r"\.?[ \t\xa0]*[,:;)]")


def _professions_of_others(others: Iterable[Person | tuple[str, str]]) -> Iterable[str]:
    """For each name part of each non-hidden colleague and each profession their titles name,
    "part>profession" ("lund>doctor"); "part>?" where no title of theirs names one."""
    for o in others:
        titles = o.titles if isinstance(o, Person) else ()
        had = {p for t in titles if (p := profession(t)) is not None} or {"?"}
        for g, f in _other_names([o]):
            for x in (*_name_parts(g), *_name_parts(f)):
                for p in had:
                    yield f"{_fold_word(x)}>{p}"


def _a_day_number(text: str, sp: Span) -> bool:
    """Is the span the word "dag" before a day's number: "dag 3 med prednisolon", "DAG 1:
    Mobilisering", "Dag 2: bedre" (not before a date: "Dag 14.03: ...", Dag's entry)?"""
    return (
        sp.end - sp.start == 3
        and sp.text.lower() == "dag"
        and _DAY_NUMBER_AFTER_RE.match(text, sp.end) is not None
    )


#: a day's number after "dag": " 3", " 12:" (not a date or a time: " 14.03", " 3/4", " 8.30")
_DAY_NUMBER_AFTER_RE = re.compile(r"[ \t\xa0]+\d{1,3}(?![\d./:\-]\d|\d)")


def _ids_of(persons: Iterable[Person], *, derived: bool = False) -> set[str]:
    """The registered initials, user names (without a domain) and e-mail local parts of
    ``persons``, folded; with ``derived``, the initials derived from each of their names too."""
    out: set[str] = set()
    for p in persons:
        ids = [*p.initials, *(u.rsplit("\\", 1)[-1] for u in p.usernames)]
        ids += [e.split("@", 1)[0] for e in p.emails]
        if derived:
            ids += [i for g, f in p.names() for i in derive_initials(g, f)]
        out.update(_fold_word(i.replace(".", "")) for i in ids if i)
    return out


def _a_place(text: str, sp: Span) -> bool:
    """Is the span, one name part, a place instead: before a word for a place ("Gram Slot",
    "Sindal Apotek", "Hjemmeplejen Sindal Syd", in the same letter case: "SINDAL APOTEK",
    "sindal apotek"), after a postcode in an address ("Skovvej 12, 9870 Sindal"), after where
    someone is born, from or lives ("født i Gram", "bor i Kolding") or after a place of care
    ("Lægehuset i Sindal", "Hjemmesygeplejen i Sindal"; not "Hjemmeplejen Mette", who works
    there)? So is a street, a square or a firm ("Søborg Hovedgade", "H.C. Ørsteds Vej", "Sankt
    Hans Torv", "LEO Pharma"), a public service ("Digital Post", "Danske Bank") and the second
    word of a place after where one is ("på Amager Strand"). Where a name is certain, only a word for a place after it says so
    ("ændret af Kim Bro, Sindal Apotek"), not a direction."""
    if sp.form == "full":
        # a street named after a whole name in the genitive: "H.C. Ørsteds Vej"
        m = _PLACE_AFTER_RE.match(text, sp.end)
        return (
            m is not None
            and sp.text.endswith("s")
            and m.group(1) in _STREET_WORDS
            and not sp.certain
        )
    if sp.form not in ("family", "given"):
        return False  # (a genitive before a street: the view's filter, KeepNames)
    if sp.form == "given" and not sp.certain and _STREET_AFTER_GIVEN_RE.match(text, sp.end):
        return True  # "Hans Tavsens Gade", "Niels Juels Gade"
    if sp.end < len(text) and (m := _PLACE_AFTER_RE.match(text, sp.end)) is not None:
        word, name = m.group(1), sp.text
        if sp.certain and word.lower() in _DIRECTIONS:
            return False  # "Sign.: Sindal Syd" may be a team's member
        if word.lower() in _FIRM_WORDS or (
            (name.isupper() and word.isupper())
            or (name.islower() and word.islower())
            or (name[:1].isupper() and not name.isupper() and word.istitle())
        ):
            return True
    if _A_SERVICE_BEFORE_RE.search(text, max(0, sp.start - 12), sp.start) is not None or (
        _A_SERVICE_AFTER_RE.match(text, sp.end) is not None
    ):
        return True  # a public service or a firm: "Digital Post", "Post Danmark", "Danske Bank"
    if (
        sp.form == "family"
        and not sp.certain
        and sp.text.lower() in _PLACE_WORD_NAMES
        and _PLACE_NAMED_BEFORE_RE.search(text, max(0, sp.start - 30), sp.start) is not None
    ):
        return True  # the second word of a place: "løb på Amager Strand", "langs Køge Havn"
    if sp.start < 5 or sp.certain:
        return False  # (a word for a place after it says so even where a name is certain:
        # "ændret af Kim Bro, Sindal Apotek")
    window = max(0, sp.start - 40)
    if _POSTCODE_BEFORE_RE.search(text, window, sp.start) is not None:
        return True
    if not sp.text[:1].isupper():
        return False
    if _PLACE_BEFORE_RE.search(text, window, sp.start) is not None:
        return True
    # where something is, last in its clause: "bor med sin hustru i eget hus i Sindal.",
    # "besøgte Erling i Sindal." (not before a word: "Patienten i Mette patienten" is a name
    # in a text that makes no sense, and such a text fails closed)
    return (
        text.endswith(" i ", 0, sp.start)
        and text[sp.start - 4 : sp.start - 3].isalpha()
        and (sp.end == len(text) or text[sp.end] in ".,;!?\n")
    )


_DIRECTIONS = frozenset(("syd", "nord", "øst", "vest", "midt"))
#: the first word of a public service or a firm named by a family name: "Digital Post",
#: "Danske Bank", "Røde Kors" (and the second: "Post Danmark")
_A_SERVICE_BEFORE_RE = re.compile(r"(?<![^\W_])(?:Digital|Danske|Røde)[ \t\xa0]+\Z")
_A_SERVICE_AFTER_RE = re.compile(r"[ \t\xa0]+Danmark(?![^\W_])")
#: family names that are the second word of many places ("Amager Strand", "Køge Havn")
_PLACE_WORD_NAMES = frozenset(
    ("strand", "havn", "bakke", "bakker", "skov", "mose", "dal", "bjerg", "sø", "park", "hede")
)
#: where one is, then the first word of a place: "på Amager ", "langs Køge " (not "ved": "samtale
#: ved Anne Strand" is a person)
_PLACE_NAMED_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:på|langs|nær|i)[ \t\xa0]+[A-ZÆØÅ][a-zæøå]+[ \t\xa0]+\Z"
)
_FIRM_WORDS = frozenset(("pharma", "a/s", "aps", "i/s", "holding"))
_STREET_WORDS = frozenset(
    ("Vej", "Gade", "Allé", "Alle", "Boulevard", "Torv", "Plads", "Stræde", "Park", "Have")
)
#: a given name, then someone's family name in the genitive and a street: " Tavsens Gade"
_STREET_AFTER_GIVEN_RE = re.compile(
    r"[ \t\xa0]+[A-ZÆØÅ][a-zæøåé\-]+s[ \t\xa0]+(?:"
    + "|".join(sorted(_STREET_WORDS))
    + r")(?![^\W_])"
)
#: a word for a place after a name ("Gram Slot", "Hammer Bakker", "Sindal Apotek", "Sindal
#: Syd"; not a name: "Holm", "Skov")
_PLACE_AFTER_RE = re.compile(
    r"[ \t\xa0]((?i:Slot|Bakker|Strand|Havn|Kirke|Station|Plads|Bugt|Centret|Centeret|Hospital"
    r"|Sygehus|Skole|Kaserne|Fængsel|Arresthus|Statsfængsel|Kommune|Gods|Herregård|Apotek"
    r"|Lægehus|Lægecenter|Sundhedshus|Tandklinik|Plejecenter|Plejehjem|Bibliotek|Rådhus"
    r"|Borgerservice|Lufthavn|Politi|Hallen|Idrætscenter|Bymidte|Syd|Nord|Øst|Vest|Midt"
    # a street, a square, a beach, a park ("Søborg Hovedgade", "H.C. Ørsteds Vej")
    r"|Vej|Gade|Allé|Alle|Boulevard|Torv|Langgade|Hovedgade|Stræde|Søbad|Park|Parken|Have"
    # a firm ("LEO Pharma", "Due Transport ApS")
    r"|Pharma|A/S|ApS|I/S|Holding))"
    r"(?![^\W_])"
)
#: where someone is born, from or lives, or a place of care, before a place: "født i Gram",
#: "er fra Gram", "Lægehuset i Sindal", "Tandlægerne i Sindal", "Hjemmeplejen i Sindal"
_PLACE_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:født i|født på|er fra|var fra|kommer fra|opvokset i|bor i|boede i|bosat i"
    r"|flyttet til|flyttede til|born in|lives in|lived in|(?i:sankt|skt\.|sct\.)"
    r"|(?i:lægehuset|lægerne|lægeklinikken|tandlægerne|tandklinikken|tandplejen|apoteket"
    r"|sygehuset|hospitalet|plejecentret|plejecenteret|plejehjemmet|jobcentret|jobcenteret"
    r"|sundhedshuset|sundhedscentret|genoptræningen|aktivitetscentret|dagcentret|hjemmeplejen"
    r"|hjemmesygeplejen|sygeplejeklinikken|borgerservice|skolen|kommune) i)[ \t\xa0]+\Z"
)
#: a Danish postcode in an address before a town: "Skovvej 12, 9870 Sindal", "DK-9870 Sindal"
_POSTCODE_BEFORE_RE = re.compile(r"(?:,|^|DK-)[ \t\xa0]*[1-9]\d{3}[ \t\xa0]+\Z", re.MULTILINE)


def _a_lab_value_or_a_day(text: str, sp: Span) -> bool:
    """Is the span, a short name part or initials, a laboratory value or a weekday instead:
    "Li 0,7", "S-Li 0,82", "P-Na 129", "TG 2,4", "PT/INR 2,3", "Na 134" among other values, or
    "tors." (Thursday; "Tors vurdering" is Tor's)? Never in a position where a name is certain."""
    if sp.end - sp.start > 7 or sp.certain or sp.form in _NOT_A_VALUE_FORMS:
        return False  # (most spans: a name longer than "fS-Li" or "tors")
    core = sp.text
    specimen = _SPECIMEN_RE.match(core)
    if specimen is not None:
        core = core[specimen.end() :]
    if sp.form == "genitive":
        return core in _WEEKDAY_ABBREVIATIONS  # lower case only: "tors", not "Tors"
    if (
        not 1 <= len(core) <= 3
        or not core.isalpha()
        or (core.lower() not in _ANALYTES and core.upper() not in CLINICAL_ABBREVIATIONS)
    ):
        return False  # ("Bo 7,5" in a time sheet is Bo)
    if specimen is not None or text.startswith("/INR", sp.end):
        return True
    m = _VALUE_AFTER_RE.match(text, sp.end)
    if m is None:
        return False
    if m.group(1) is not None:
        return True  # a decimal value: "Li 0,7", "TG 2,4"
    # a whole number: a value only among other values of the same line ("Na 134, K 4,1")
    start = _line_start_of(text, sp.start)
    end = text.find("\n", sp.end)
    line = text[start : end if end >= 0 else len(text)]
    return len(_VALUE_RE.findall(line)) >= 2


def _a_drug_or_a_month(text: str, sp: Span) -> bool:
    """Is the span, one name part, a drug before its dose ("Yasmin 0,03 mg/3 mg", "Gram 2 mg";
    not where a name is certain) or a month between a day and a year ("14 Jan 2027", "3. Mar.
    2026")? No person's name stands there."""
    if sp.form not in ("given", "family") or not sp.part:
        return False
    if not sp.certain and (
        _DOSE_AFTER_RE.match(text, sp.end) is not None
        or _DRUG_ACTION_AFTER_RE.match(text, sp.end) is not None
        or _DRUG_KIND_BEFORE_RE.search(text, max(0, sp.start - 24), sp.start) is not None
    ):
        return True
    return (  # a date even where a name is certain: "Tid hos Maj 4 maj 2027"
        sp.text.lower() in _MONTHS
        and _DAY_BEFORE_RE.search(text, max(0, sp.start - 5), sp.start) is not None
        and _YEAR_AFTER_RE.match(text, sp.end) is not None
    )


#: a dose right after a word: "Yasmin 0,03 mg/3 mg", "Gram 2 mg", "Lyrica 75 mikrog"
_DOSE_AFTER_RE = re.compile(
    r"[ \t\xa0]+\d+(?:[,.]\d+)?[ \t\xa0]*(?:mg|g|mikrog|µg|mcg|ml|mmol|ie|IE|E)"
    r"(?:/\d+(?:[,.]\d+)?[ \t\xa0]*(?:mg|g|mikrog|µg|mcg|ml))?(?![^\W\d_])"
)
#: what is done to a drug, after it: "Yasmin seponeret", "Yasmin (stoppet)"
_DRUG_ACTION_AFTER_RE = re.compile(
    r"[ \t\xa0]*\(?[ \t\xa0]*(?:seponeret|pauseret|udtrappet|optrappet|stoppet\))(?![^\W_])"
)
#: a kind of drug before its name: "p-piller: Yasmin", "p-piller (Yasmin)", "seponeret: Yasmin"
_DRUG_KIND_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?i:p-piller|p-pille|præparat|præparatet|seponeret|pauseret)"
    r"[ \t\xa0]*[:(][ \t\xa0]*\Z"
)
#: month abbreviations that are also given names ("Jan", "Mar"; "Maj" is a whole month)
_MONTHS = frozenset(("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov"))
_DAY_BEFORE_RE = re.compile(r"(?<!\d)\d{1,2}\.?[ \t\xa0]+\Z")
_YEAR_AFTER_RE = re.compile(r"\.?[ \t\xa0]+\d{4}(?!\d)")


def _done_by_a_person(w: str) -> bool:
    """Is the folded word ``w`` a participle of what a person does ("givet", "tilset", "målt"),
    after which initials say who did it ("pn givet jn")? Not an infinitive ("at tage bh")."""
    return len(w) > 3 and w in _PERSON_AFTER_AUXILIARY and not w.endswith("e")


def _clinical_named(text: str, e: int) -> bool:
    """Are initials that are a clinical abbreviation, ending at ``e`` where a name is certain,
    used as a person's: before what a person does ("ssa bs har givet medicin"; not "kom ned")
    or before "at", "om" ("aftalt med bs at pt får bad")?"""
    if _initials_verb_at(text, e):
        return True
    word, _ = _word_after(text, e)
    return word in ("at", "om")


#: "i dag", "i morgen" ... after "i"
_WHEN_RE = re.compile(r" (?:dag|morgen|går|aften|nat|eftermiddag|formiddag)\b")


def _touches(text: str, a: int, b: int) -> bool:
    """Does no word stand between ``a`` and ``b`` (only a genitive ending or punctuation)?"""
    gap = text[a:b]
    return not any(c.isalpha() for c in gap) or gap.strip(_APOSTROPHES).lower() in ("", "s")


def _adjacency(text: str, hits: list[_Hit]) -> list[frozenset[int]]:
    """For each hit, the people it shares with a tightly adjacent name-part hit."""
    empty: frozenset[int] = frozenset()
    res: list[frozenset[int]] = [empty] * len(hits)
    for i in range(1, len(hits)):
        a, b = hits[i - 1], hits[i]
        if a.strict or b.strict or a.key is None or b.key is None or a.key.all_genitive:
            continue  # a genitive ends a name
        if a.key is b.key:
            continue  # the same word twice is not two parts of a name
        if b.start - a.end > _NEAR or _TIGHT_GAP_RE.fullmatch(text, a.end, b.start) is None:
            continue
        # the hits' people, not their keys': a phrase joined to another ("Hans-Peter Kjeldsen")
        # was narrowed to the people of both, and must not be widened again here
        common = a.persons & b.persons
        if common:
            res[i - 1] = res[i - 1] | common
            res[i] = res[i] | common
    return res


#: a lower-case letter right before a capital: every match of :data:`_CAMEL_RE` has one, so a
#: text without it is not searched for words run together (the capital is the regex's first
#: character, so the search skips ahead to capitals)
_LOWER_UPPER_RE = re.compile("[A-ZÆØÅ](?<=[a-zæøå][A-ZÆØÅ])")
#: a digit next to a letter of :data:`_GLUED_RE` (every match has one; the digit first, so that
#: the search skips ahead to digits)
_DIGIT_BY_LETTER_RE = re.compile(f"[0-9](?:(?<=[{_LETTER}][0-9])|(?=[{_LETTER}]))")
_LETTERS = frozenset(chr(c) for c in (*range(65, 91), *range(97, 123), *range(0xC0, 0x100)))
_LETTERS -= {"\xd7", "\xf7"}  # the Latin-1 letters of _GLUED_RE (not "×", "÷")


#: a word with a hyphen inside ("Kjær-gaard"), not next to a digit or other letters
_INNER_HYPHEN_RE = re.compile(
    r"(?<![^\W\d_]|[-\u2010\u2011\u2013])[^\W\d_]+(?:[-\u2010\u2011\u2013][^\W\d_]+)+"
    r"(?![^\W\d_]|[-\u2010\u2011\u2013])"
)  # (digits may follow: "Kjær-gård2")
#: a single letter and a full stop after a space, as an initial ("per h.")
#: one or two initials in lower case after a name: " s", " s.", " b-s", "-b" (group 1 and 2)
_LOWER_INITIAL_TAIL_RE = re.compile(
    r"(?:[ \t\xa0]|[-\u2010])([a-zæøå])(?:\.|[-\u2010]([a-zæøå])\.?)?(?![^\W_]|[-\u2010])"
)
_SPACE_INITIAL_RE = re.compile(r"[ \xa0][^\W\d_]\.(?![^\W\d_]|[ \xa0]?[^\W\d_]\.)")
_NAME_HYPHENS_RE = re.compile(r"[-\u2010\u2011\u2013]")  # inside a name: "Kjær–gård"


def _hand_breaks(text: str) -> Iterable[re.Match[str]]:
    """``_HYPHEN_SPACE_RE.finditer(text)``; a text without a hyphen before a space or tab, a
    soft hyphen or U+2010 (most texts) has no match and is not searched."""
    if (
        ("-" in text and ("- " in text or "-\t" in text))  # (one-character search first)
        or "\u2010" in text
        or "\u00ad" in text
    ):
        return _HYPHEN_SPACE_RE.finditer(text)
    return ()


def _camel(ctx: _Ctx) -> bool:
    """Has the text a lower-case letter right before a capital ("lU" in its shape), asked once
    a text (a two-byte search of a byte that stands almost everywhere is not cheap)?"""
    if ctx.camel < 0:
        ctx.camel = 1 if b"lU" in ctx.shape else 0
    return ctx.camel == 1


_LETTER_BYTES = frozenset(b"lU")


def _extension_shape(shape: bytes) -> bool:
    """Has the shape a full stop before three letters, where a file's extension may stand
    (".pdf", ".DOCX")? One look at each full stop."""
    letters = _LETTER_BYTES
    n = len(shape) - 3
    i = shape.find(b".")
    while 0 <= i < n:
        if shape[i + 1] in letters and shape[i + 2] in letters and shape[i + 3] in letters:
            return True
        i = shape.find(b".", i + 1)
    return False


def _run_together(text: str, shape: bytes | None = None) -> Iterable[re.Match[str]]:
    """``_CAMEL_RE.finditer(text)``; a text without a lower-case letter right before a capital
    (most texts) has no match and is not searched (``shape``: :func:`_shape` of ``text``, which
    has "lU" exactly where :data:`_LOWER_UPPER_RE` matches)."""
    if shape is None:
        shape = _shape(text)
    if b"lU" in shape:
        return _CAMEL_RE.finditer(text)
    return ()


def _shape_table() -> bytes:
    out = bytearray(b" " * 256)
    for c in range(256):
        if chr(c) in _LOWER_LETTERS:
            out[c] = ord("l")
        elif chr(c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ":
            out[c] = ord("U")
        elif chr(c) == ".":
            out[c] = ord(".")
    return bytes(out)


_SHAPE_TABLE = _shape_table()


def _shape(text: str) -> bytes:
    """One byte per character of ``text``: "l" for [a-zæøå], "U" for [A-ZÆØÅ], "." for itself,
    a space for anything else (every character outside Latin-1 too). One C pass; the rules that
    start with such characters ("U." for dotted initials, "lU" for words run together) look for
    their shape in it with a plain substring search, and are not run where it is missing."""
    return text.encode("latin-1", "replace").translate(_SHAPE_TABLE)


_SIG_LINES: dict[str, tuple[int, int, str] | None] = {}  # short lines asked about before


def _sig_line(line: str) -> tuple[int, int, str] | None:
    """``_SIG_LINE_RE.fullmatch(line)``'s group 1 as (start, end, text), remembered per line (a
    note's short lines are mostly the same few headings and sign-offs: "Plan:", "Mvh")."""
    found = _SIG_LINES.get(line, _UNSEEN)
    if found is _UNSEEN:
        m = _SIG_LINE_RE.fullmatch(line)
        found = None if m is None else (m.start(1), m.end(1), m.group(1))
        if len(_SIG_LINES) >= 4096:
            _SIG_LINES.clear()
        _SIG_LINES[line] = found
    return cast("tuple[int, int, str] | None", found)


def _initials_before(text: str, s: int) -> re.Match[str] | None:
    """``_INITIALS_BEFORE_RE.search(text, max(0, s - 16), s)`` ("M. Holm"), searched only when
    the text before ``s`` ends as the pattern must: a capital and a full stop, and at most one
    space or tab ("pt. Holm" does not)."""
    j = s - 1 if s > 0 and text[s - 1] in " \t\xa0" else s
    if j < 2 or text[j - 1] != "." or text[j - 2] not in _CAPITALS:
        return None
    return _INITIALS_BEFORE_RE.search(text, max(0, s - 16), s)


def _breaks_table() -> bytes:
    out = bytearray(b"." * 256)
    for c in range(256):
        if chr(c).isalpha() or chr(c) == "?":  # "?": every character outside Latin-1 too
            out[c] = ord("a")
    out[10] = 10
    return bytes(out)


_BREAKS_TABLE = _breaks_table()


def _letters_around_breaks(text: str) -> bool:
    """Is there a line break with a letter before and after it (``str.isalpha``; spaces, tabs and
    carriage returns between are left out of the comparison, so this may say yes where the loop
    in :meth:`NameMatcher._token_rules` finds nothing, never no where it finds something)?"""
    if "\n" not in text:
        return False
    cls = text.encode("latin-1", "replace").translate(_BREAKS_TABLE, b" \t\r")
    return b"a\na" in cls


def _capital_after_gap(text: str, e: int) -> bool:
    """Does a capital follow the comma, spaces or tabs at ``e``? (Every match of
    :data:`_INITIALS_AFTER_RE` at ``e`` goes on so; most names are followed by a lower-case word.)"""
    n = len(text)
    k = e + 1
    while k < n and text[k] in " \t\xa0":
        k += 1
    return k < n and text[k] in _CAPITALS


def _caps_before(text: str, s: int) -> re.Match[str] | None:
    """``_CAPS_BEFORE_RE.search(text, max(0, s - 8), s)`` ("ML Holm", "M-L Holm"), searched only
    when a capital stands right before the spaces that end there (most names follow a lower-case
    word)."""
    lo = max(0, s - 8)
    before = text[lo:s].rstrip(" \t\xa0")
    if not before or before[-1] not in _CAPITALS:
        return None
    return _CAPS_BEFORE_RE.search(text, lo, s)


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")  # [A-ZÆØÅ]
_HYPHENS_RE = re.compile("[-\u2010\u2011]")


def _given_abbreviation_before(m: NameMatcher, text: str, s: int, persons: frozenset[int]) -> int:
    """Where an abbreviated given name of one of ``persons`` before ``s`` begins ("Gr. Lind",
    "Jørg. Ravn" for Grethe Lind, Jørgen Bæk Ravn); ``s`` if there is none."""
    a = _GIVEN_ABBR_BEFORE_RE.search(text, max(0, s - 8), s)
    if a is None:
        return s
    short = _fold_word(a.group(1))
    if short in m._words:
        return s  # a whole name part ("Holm. Hans datter ..."), not an abbreviated one
    who = _prefix_index(m, family=False).get(short)
    return a.start(1) if who is not None and not who.isdisjoint(persons) else s


def _prefix_index(m: NameMatcher, family: bool) -> dict[str, set[int]]:
    """The first two to four letters of every given name (``family``: and every family name)
    -> the persons who have it, made when first needed."""
    slot = 1 if family else 0
    index = m._prefixes[slot]
    if index is None:
        index = m._prefixes[slot] = {}
        for i, p in enumerate(m.persons):
            for given, fam in p.names():
                for g in (*_name_parts(given), *(_name_parts(fam) if family else ())):
                    folded = _fold_word(g)
                    for k in (2, 3, 4):
                        if len(folded) > k:
                            index.setdefault(folded[:k], set()).add(i)
    return index


def _bare_initials_end(m: NameMatcher, text: str, e: int, persons: frozenset[int]) -> int:
    """Where initials of ``persons``' other names after a name ending at ``e`` end, written
    without full stops ("Mette H ringede", "Hans S", "Per LS tilså pt.") or as the first
    letters of a name and a full stop ("Hans Sk. ringede"); ``e`` if there are none."""
    n = len(text)
    if e + 1 >= n or text[e] not in " \t\xa0" or not text[e + 1].isupper():
        return e
    k = e + 1
    while k < n and k - e <= 3 and text[k].isupper():
        k += 1
    if k - e == 2 and k + 1 < n and text[k].islower():  # "Sk.", "Skr."
        j = k
        while j < n and j - k < 2 and text[j].islower():
            j += 1
        if j < n and text[j] == "." and (j + 1 >= n or not text[j + 1].isalnum()):
            who = _prefix_index(m, family=True).get(_fold_word(text[e + 1 : j]))
            if who is not None and not who.isdisjoint(persons):
                return j + 1
        return e
    if k < n and (text[k].isalnum() or text[k] in "-\u2010."):
        return e
    letters = text[e + 1 : k]
    if len(letters) > 1 and letters in CLINICAL_ABBREVIATIONS:
        return e
    return k if any(_in_order(letters, m._firsts[i], 1) for i in persons) else e


def _in_order(letters: str, firsts: str, start: int) -> bool:
    """Are ``letters`` found in ``firsts`` from ``start`` on, in order ("LH" in "MLH" from 1)?"""
    pos = start
    for c in letters:
        pos = firsts.find(c, pos) + 1
        if not pos:
            return False
    return True


def _take_joined_initials(
    text: str,
    caps_initials: list[tuple[int, int, _Sig]],
    after_markers: list[tuple[int, int, str]],
) -> None:
    """Initials joined to initials taken as a person ("HS og MH tilså pt.", "HS+MH", "HS, MH"):
    in a run of joined initials with one taken, every other is taken too; one that is also a
    clinical abbreviation only between two taken ("HS, AMK og PLS deltog", not "KOL og MH")."""
    taken = {(s, e) for s, e, _ in after_markers}
    items = sorted(caps_initials, key=lambda t: t[0])
    runs: list[list[tuple[int, int, _Sig]]] = [[items[0]]]
    for it in items[1:]:
        last = runs[-1][-1]
        if last[1] <= it[0] and _JOINED_RE.fullmatch(text, last[1], it[0]) is not None:
            runs[-1].append(it)
        else:
            runs.append([it])
    for run in runs:
        if len(run) < 2 or not any((s, e) in taken for s, e, _ in run):
            continue
        for s, e, sig in run:
            if (s, e) not in taken and not sig.clinical:
                after_markers.append((s, e, "med STORE bogstaver ved andre initialer"))
                taken.add((s, e))
        for k in range(1, len(run) - 1):
            s, e, sig = run[k]
            if (
                (s, e) not in taken
                and (run[k - 1][0], run[k - 1][1]) in taken
                and (run[k + 1][0], run[k + 1][1]) in taken
            ):
                after_markers.append((s, e, "med STORE bogstaver mellem andre initialer"))
                taken.add((s, e))


def _after_clinical(text: str, s: int) -> bool:
    """Is a clinical abbreviation joined to what starts at ``s`` ("KOL og MH", "EKG+MH")?"""
    m = _CAPS_JOINED_BEFORE_RE.search(text, max(0, s - 24), s)
    return m is not None and m.group(1) in CLINICAL_ABBREVIATIONS


def _initials_only(sig: _Sig) -> bool:
    """Is ``sig`` only initials, no one's user name? (A user name that is a word, "leo",
    "KOL", is hidden only in a signature, after "/" or a domain: "LEO er kendt" stays.)"""
    only = sig.only
    if only < 0:  # asked once: thousands of staff may share derived initials ("HS")
        only = sig.only = int(all(form == "initials" for _, form, _ in sig.entries))
    return only == 1


_ADDRESS_FORMS = frozenset(("email", "username", "initials"))


_GLUE_TABLE = bytes(
    ord("a") if chr(c) in _LETTERS else ord("0") if chr(c) in "0123456789" else 32
    for c in range(256)
)


def _word_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_WORD_BEFORE_RE.search(text, lo, hi)`` (the word of three letters or more right before
    the spaces or hyphens that end at ``hi``), found from ``hi`` backwards: the pattern is tied
    to ``hi``, so its one possible match starts where that word starts (and no letter or digit
    stands before it); only that start is tried (``tests/names_fastpath_cases.py``)."""
    j = hi
    while j > lo and text[j - 1] in " \t\xa0-":
        j -= 1
    if j == hi:
        return None
    p = j
    while p > lo and text[p - 1].isalnum() and not text[p - 1].isdecimal():  # [^\W\d_]
        p -= 1
    if j - p < 3 or (p > 0 and text[p - 1].isalnum()):
        return None
    return _WORD_BEFORE_RE.match(text, p, hi)


def _coord_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_COORD_BEFORE_RE.search(text, lo, hi)`` (a word and a comma, "/", "og" ... that end at
    ``hi``), found from ``hi`` backwards, as :func:`_word_before` is: the pattern is tied to
    ``hi``, so its one possible match starts where the word before the last comma, "/", "og" ...
    starts (and no letter or digit stands before it); only that start is tried
    (``tests/names_fastpath_cases.py``)."""
    j = hi
    while j > lo and text[j - 1] in " \t\xa0":
        j -= 1
    if j == lo:
        return None
    if text[j - 1] in ",/&+":
        w = j - 1
    else:
        w = -1
        if j < hi:
            for word in ("og", "eller", "samt"):
                if text.endswith(word, lo, j):
                    w = j - len(word)
                    break
        if w <= lo or text[w - 1] not in " \t\xa0":
            return None
    while w > lo and text[w - 1] in " \t\xa0":
        w -= 1
    p = w
    while p > lo and text[p - 1].isalnum() and not text[p - 1].isdecimal():  # [^\W\d_]
        p -= 1
    if p == w:
        return None
    return _COORD_BEFORE_RE.match(text, p, hi)


def _glued_letters(text: str) -> list[int]:
    """The letter of each match of :data:`_GLUED_RE` (a letter next to a digit) in
    ``_GLUED_RE.finditer(text)``, in order, found from the runs of digits (rare in text) instead
    of trying the pattern at every character: only a run's first digit may follow a letter and
    only its last may precede one (both found as b"a0" and b"0a" in the text's letters and digits
    as bytes). The same matches, overlaps skipped as ``finditer`` does ("a1b" is one match,
    "a1"; ``tests/names_fastpath_cases.py``)."""
    out: list[int] = []
    # most texts: numbers, but none glued (the letters and digits of the text as "a" and "0":
    # one C pass and two substring searches, where _DIGIT_BY_LETTER_RE.search tried every digit)
    glue = text.encode("latin-1", "replace").translate(_GLUE_TABLE)
    if b"a0" not in glue and b"0a" not in glue:
        return out
    # the runs of digits with a letter before (b"a0" at i: the run starts at i + 1) or after
    # them (b"0a" at j: the run ends at j + 1), by their first and last digits: in the order
    # finditer meets them (a run's start before its end)
    ends: list[int] = []  # 2 * digit + 0 for a start, + 1 for an end
    i = glue.find(b"a0")
    while i >= 0:
        ends.append(2 * (i + 1))
        i = glue.find(b"a0", i + 2)
    j = glue.find(b"0a")
    while j >= 0:
        ends.append(2 * j + 1)
        j = glue.find(b"0a", j + 2)
    ends.sort()
    pos = 0  # where finditer would go on
    for k in ends:
        d = k >> 1
        if not k & 1:
            if d > pos:  # "m2": the match starts at the letter
                out.append(d - 1)
                pos = d + 1
        elif d >= pos:  # "2m"
            out.append(d + 1)
            pos = d + 2
    return out


def _emails(text: str) -> list[re.Match[str]]:
    """``list(_EMAIL_RE.finditer(text))``, tried only where an "@" stands (the pattern's local
    part, tried at every character, backtracked over each word of a text). "@" is none of
    ``[\\w.%+\\-]`` (``isalnum()`` or "_.%+-"), so a match holds the first "@" after its start,
    and finditer's next match, if any, starts where the run of those characters before the next
    "@" starts (not before where the last match ended); if none starts there, none starts before
    that "@". The same matches (``tests/names_fastpath_cases.py``)."""
    out: list[re.Match[str]] = []
    pos = 0  # where finditer would go on
    a = text.find("@")
    while a >= 0:
        k = a
        while k > pos and (text[k - 1].isalnum() or text[k - 1] in "_.%+-"):
            k -= 1
        m = _EMAIL_RE.match(text, k) if k < a else None
        if m is not None:
            out.append(m)
            pos = m.end()
            a = text.find("@", pos)
        else:
            a = text.find("@", a + 1)
    return out


#: digits that OCR reads for letters they look like ("1" for "l" or "i")
_OCR_DIGITS = {"0": ("o",), "1": ("l", "i"), "5": ("s",), "8": ("b",)}
#: a word OCR may have written with such digits: a capital or a digit first, then lower-case
#: letters with one or two of the digits among them ("He1le", "Fa1k", "0rla", "8run", "Pi1")
_OCR_WORD_RE = re.compile(r"[A-ZÆØÅ0158][a-zæøå0158]{2,}")


#: a word this frequent is a word as it stands, not a name OCR misread ("barn", "jern", "tarm")
_OCR_WORD_ZIPF = 2.0


def _ocr_letters(token: str) -> list[str]:
    """The words ``token`` may be with the digits OCR reads for letters made letters ("He1le":
    "Helle", "Heile"; "0rla": "Orla"; "Kv1st": "Kvlst", "Kvist"), or none when it is no such
    word: no digit, more than two, fewer than two letters, or not lower case after its first
    character ("B12" and "H1N1" stay)."""
    if _OCR_WORD_RE.fullmatch(token) is None:
        return []
    digits = sum(c.isdigit() for c in token)
    if not 1 <= digits <= 2 or len(token) - digits < 2:
        return []
    words = [""]
    for c in token:
        words = [w + x for w in words for x in _OCR_DIGITS.get(c, (c,))]
    return [w[0].upper() + w[1:] if token[0].isdigit() else w for w in words]


#: spellings that sound alike, as dictation and foreign names write them (applied in order)
_SOUNDS = (
    ("sch", "sk"),
    ("ch", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("hv", "v"),
    ("ee", "i"),
    ("aa", "å"),
    ("ae", "æ"),
    ("oe", "ø"),
    ("w", "v"),
    ("c", "k"),
    ("y", "i"),
    ("aj", "ai"),
    ("ej", "ei"),
)


def _phonetic(word: str) -> str:
    """A folded name part as it sounds: the spellings of :data:`_SOUNDS` made one, and a letter
    written twice made one ("Nørregaard" and "Nørgaard", "Rasch" and "Rask", "Saeed" and
    "Said", "Wang" and "Vang")."""
    for a, b in _SOUNDS:
        if a in word:
            word = word.replace(a, b)
    out: list[str] = []
    for c in word:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _prefix_variants(part: str) -> tuple[str, ...]:
    """The other ways a name part with a prefix is written: "MacLeod" as "McLeod", "Mac Leod",
    "Mc Leod" ("MacDonald" not as "McDonald", a word of its own); "O'Neill" (folded "o neill")
    as "ONeill"."""
    folded = _norm_key(part)
    out: list[str] = []
    for a, b in (("mac", "mc"), ("mc", "mac")):
        if folded.startswith(a) and len(folded) > len(a) + 2 and " " not in folded:
            rest = folded[len(a) :]
            out += [f"{a} {rest}", f"{b} {rest}"]
            if zipf(b + rest) < ZIPF_AMBIGUOUS:  # not a word of its own: "McDonald's" (the
                out.append(b + rest)  # chain) would tell the reader whose name was hidden
    if len(folded) > 4 and folded[1] == " " and folded[0] in "od":  # O'Neill, D'Angelo
        out.append(folded.replace(" ", "", 1))
    return tuple(out)


#: a quoted word after what someone is called: "kalder X 'Stormen'", "omtaler X som 'Hellemus'"
_NICKNAME_RE = re.compile(
    r"(?i:kalder|kaldte|kaldes|kaldt|omtaler|omtalte|omtales)(?![^\W_])[^\n'\"«“‘]{0,50}?"
    r"['\"«“‘]([^\W\d_]{3,20})['\"»”’]"
)


def _nickname_matches(text: str) -> list[re.Match[str]]:
    """:data:`_NICKNAME_RE` where it matches, tried only where its verb begins (found with
    ``str.find``: the pattern would be tried at every character of every text)."""
    out: list[re.Match[str]] = []
    for stem in ("kald", "Kald", "omtal", "Omtal"):
        i = text.find(stem)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                m = _NICKNAME_RE.match(text, i)
                if m is not None:
                    out.append(m)
            i = text.find(stem, i + 1)
    out.sort(key=lambda m: m.start())
    return out


#: who is called a nickname, besides a title ("socialpædagogen"): "kalder hende 'Stormen'"
_CALLED_PEOPLE = frozenset(
    _words("""hende ham personalet medarbejderen medarbejderne lægen lægerne sygeplejersken
    plejen kontaktpersonen rådgiveren behandleren overlægen""")
)
#: where staff work, after a person: "lykke fra kommunen", "bjørn fra kriminalforsorgen"
_FROM_A_PLACE_OF_WORK_RE = re.compile(
    r" fra (?:kommunen|jobcent(?:ret|eret)|krisecent(?:ret|eret)|herberget|forvaltningen"
    r"|familieafdelingen|børne- og ungeafdelingen|hjemmeplejen|hjemmesygeplejen|afdelingen"
    r"|kriminalforsorgen|fængslet|arresthuset|bostedet|botilbuddet|psykiatrien|distriktspsykiatrien"
    r"|socialforvaltningen|ydelseskontoret|boligselskabet|sygehuset|hospitalet|lægehuset"
    r"|klinikken|regionen|misbrugscent(?:ret|eret)|familiehuset|ppr|apoteket|tandklinikken"
    r"|tandlægen|genoptræningen|plejecent(?:ret|eret)|plejehjemmet|visitationen)(?![^\W_])"
)
#: a title in parentheses after a name: "nord (spl.)", "lund (socialpædagog)"
_TITLE_IN_PARENS_RE = re.compile(r"[ \t\xa0]*\(([^\W\d_][\w.\- ]{0,30}?)\.?\)")
#: who speaks to a person before "til X:" ("lejer til gry: ...")
_SPEAKERS = _THE_PATIENT_SHORT | frozenset(
    _words("""patient lejer lejeren far faderen mor moderen klient klienten forælder mand
    manden kone konen ægtefælle""")
)
#: the words of speech to someone: "jeg smadrer dig, storm", "pas på, bjørn"
_SPOKEN_TO = frozenset(("du", "dig", "din", "dit", "dine", "jer", "you", "your"))
_SPEECH_QUOTES = "'\"«»“”‘’„"


def _vocative(text: str, s: int, e: int, j: int) -> bool:
    """Is the word at ``s:e`` a person spoken to, in the citizen's words as a note quotes them:
    set off by commas (or a comma and the quote's end) in speech to someone ("'jeg smadrer
    dig, storm, når du har fri'", "'du er en død mand, max'", "'pas på, bjørn, jeg kender
    folk'"), or first in the quote before "du", "din" ("'storm du skal passe på'", "'gry din
    heks'")? Not one of a list ("regn, storm, sne"). ``j``: where the spaces before ``s``
    begin."""
    n = len(text)
    before = text[j - 1] if j > 0 else ""
    if before in _SPEECH_QUOTES and j == s:
        word, _ = _word_after(text, e)
        return word in _SPOKEN_TO
    if before != ",":
        return False
    k = e
    while k < n and text[k] in " \t\xa0":
        k += 1
    after = text[k] if k < n else ""
    if not (after in ",.!?" or after in _SPEECH_QUOTES) or after == "":
        return False
    # one of a list: a comma before the word before, or a word and a comma or "og" after
    _, q, _ = _prev_word(text, j - 1)
    while q > 0 and text[q - 1] in " \t\xa0":
        q -= 1
    if q > 0 and text[q - 1] == ",":
        return False
    if after == "," and _ANOTHER_ITEM_RE.match(text, k + 1) is not None:
        return False
    # the speech around it, on its line and within 100 characters
    start = max(_line_start_of(text, s), s - 100)
    end = text.find("\n", e, e + 100)
    line = text[start : min(n, e + 100) if end < 0 else end]
    quoted = any(q in line for q in _SPEECH_QUOTES)
    return quoted or any(_fold_word(w) in _SPOKEN_TO for w in _SPEECH_WORD_RE.findall(line))


def _in_parentheses_named(text: str, s: int, e: int) -> bool:
    """Is the word at ``s:e``, alone in parentheses, who did it after a time ("BT 118/70 kl 02
    (ben)") or whose shift or round it is, where a line that begins with a round or a shift ends
    ("flowark 22-06 (vinter)", "overlev. nat (pil) -> dag")?"""
    if _A_TIME_BEFORE_RE.search(text, max(0, s - 14), s - 1) is not None:
        return True
    return (
        _HEADER_END_RE.match(text, e + 1) is not None
        and _fold_word(_first_word_of_line(text, s)) in _ROUND_WORDS
    )


def _first_word_of_line(text: str, s: int) -> str:
    """The first word of the line that ``s`` is on."""
    m = _SPEECH_WORD_RE.search(text, _line_start_of(text, s), s)
    return m.group() if m is not None else ""


#: what begins a line that names whose shift or round it is, in parentheses or before an arrow
_ROUND_WORDS = frozenset(
    _words("""overlevering overlev overlev. flowark køreliste kørseliste rute rapport
    vagtrapport handover nat dag aften nattevagt dagvagt aftenvagt""")
)
#: after such a name in parentheses: the line's end, an arrow or a colon
_HEADER_END_RE = re.compile(r"[ \t\xa0]*(?:$|\r?\n|:|-+>|→)")
#: what is done to a person, after the name in a note's short form: "storm tilkaldt"
_INFORMED = frozenset(
    _words("""tilkaldt tilkaldes orienteret orienteres informeret informeres kontaktet
    kontaktes underrettet underrettes adviseret adviseres ringet""")
)
_INFORMED_FIRST = frozenset(w[0] for w in _INFORMED)  # (asked before the word is read)


def _greeted(text: str, prev: str, pj: int, e: int) -> bool:
    """Is the word that ends at ``e``, after the word ``prev`` (on its line, starting at ``pj``),
    the person a greeting is to, last in its phrase (an initial may follow): "'sov godt helle
    r'", "godnat storm", "hej gry!"?"""
    folded = _fold_word(prev)
    if folded in _WISHED or folded == "godt":
        # what one wishes a person: "god weekend glad :)", "sov godt helle"
        before = _fold_word(_prev_word(text, pj)[0])
        if not (before == "sov" if folded == "godt" else before in ("god", "godt", "rigtig")):
            return False
    elif folded not in _GREETINGS:
        return False
    return _GREETED_END_RE.match(text, e) is not None


#: greetings and thanks before the person they are to: "hej gry!", "tak flink, fint at du ..."
_GREETINGS = frozenset(("godnat", "hej", "hejsa", "farvel", "godmorgen", "bye", "hi", "tak"))
#: what one wishes a person after "god": "god weekend glad", "god vagt sky!"
_WISHED = frozenset(("weekend", "vagt", "aften", "tur", "ferie", "jul", "bedring", "dag"))
#: the end of a greeting's phrase, an initial before it: "helle r'", "gry!"
_GREETED_END_RE = re.compile(r"(?:[ \t\xa0]+[a-zæøå]\.?)?[ \t\xa0]*(?:$|[\r\n.,;:!?)'\"»”’])")


#: a list goes on after a comma: a word and another comma, or "og"
_ANOTHER_ITEM_RE = re.compile(r"[ \t\xa0]*[^\W\d_]+[ \t\xa0]*(?:,|og\b|&)")
_SPEECH_WORD_RE = re.compile(r"[^\W\d_]+")


#: what :func:`_sound` writes as one more: letters other languages write for the same sound
_MORE_SOUNDS = (("ue", "u"), ("q", "k"), ("ı", "i"), ("'", ""), ("’", ""))


def _sound(word: str) -> str:
    """A folded name part as it sounds, a little more loosely than :func:`_phonetic` (for a
    word beside the person's other name part only): "guel" and "gul", "tareq" and "tarik"."""
    for a, b in _MORE_SOUNDS:
        if a in word:
            word = word.replace(a, b)
    return _phonetic(word).replace("å", "a")  # ("Saa" for Sá)


def _own_parts(person: Person) -> list[tuple[str, str]]:
    """Each folded name part of ``person`` (every name) as (how it is spelled, the part whose
    key stands for it): the parts, and a family name with its particle joined ("lacour": "cour";
    "macdonald" is one part already)."""
    out: list[tuple[str, str]] = []
    for given, family in person.names():
        for name in (given, family):
            for x in _name_parts(name):
                tokens = fold(x).split()  # "O'Neill": "o neill", whose key is "neill"
                if tokens:
                    out.append((_fold_word(x), tokens[-1]))
        parts = [_fold_word(x) for x in _name_parts(family)]
        if len(parts) > 1 and parts[0] in _NAME_PARTICLES and parts[-1]:
            out.append(("".join(parts), parts[-1]))
        parts = [_fold_word(x) for x in _name_parts(given)]
        if len(parts) > 1 and parts[-1]:  # "Thi Lan" written "Tilan", "Maj-Britt" "Majbrit"
            out.append(("".join(parts), parts[-1]))
    return out


def _edits(a: str, b: str, most: int) -> int:
    """The edit distance of ``a`` and ``b`` (insert, delete, substitute), or ``most + 1`` when
    it is more than ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > most:
            return most + 1
        prev = cur
    return prev[-1] if prev[-1] <= most else most + 1


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _build_typo_index(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Every given or family name part of four letters or more, by itself and by each of its
    one-letter deletions (a symmetric-delete index: one lookup per deletion of a token)."""
    index: dict[str, list[str]] = {}
    for w in words:
        for d in (w, *_deletions(w)):
            index.setdefault(d, []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` at most one edit apart (insert, delete, substitute, swap two
    neighbours)?"""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la < lb:
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i:]
