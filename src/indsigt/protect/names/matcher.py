"""The matcher: :class:`NameMatcher` builds the automata and finds the spans."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

import ahocorasick

from .canon import canonicalise
from .context import (
    _APOSTROPHES,
    _BROKEN_WORD_RE,
    _CAPS_BEFORE_RE,
    _DOTTED_RE,
    _DOTTED_TOKEN_RE,
    _GLUED_RE,
    _INITIALS_BEFORE_RE,
    _LINE_REST_RE,
    _LOCAL_TOKEN_RE,
    _NEAR,
    _NEG_BAD_RE,
    _PAREN_SIG_RE,
    _SIG_LINE_RE,
    _SIG_TOKEN_RE,
    _SPACED_DOTTED_RE,
    _TIGHT_GAP_RE,
    _TRAILING_INITIAL_RE,
    _UNDERSCORE_TOKEN_RE,
    _at_sentence_start,
    _caps_context,
    _email_around,
    _ends_before,
    _line_start,
    _next_word_decides,
    _prev_word,
    _sig_norm,
    _title_before,
    _token_after_marker,
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
from .lexicon import (
    _ABBR_TITLES,
    _FUNCTION_WORDS,
    _INITIALS_PRECEDERS,
    _MARKER_WORDS,
    _NAME_PRECEDERS,
    _STRONG,
    _TITLE_WORDS,
    _WEAK,
    _WEAK_MARKERS,
    CLINICAL_ABBREVIATIONS,
    TITLES,
    ZIPF_AMBIGUOUS,
    ZIPF_WORD,
    _is_word,
    zipf,
)


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
            for v in variants:
                forms = (v, v + " s") if v[-1:] in ("s", "x", "z") else (v, v + "s", v + " s")
                for form in forms:
                    key = index.get(form)
                    if key is None:
                        key = index[form] = _Key(len(form) + 2)
                    elif key.entries:
                        continue  # a form of a hidden person
                    key.neg = True


_TITLE_EVIDENCE = "efter titel"

# Entry kinds in the automaton
_NAME, _STRICT = 0, 1


class _Key:
    """Everything the automaton knows about one folded key."""

    __slots__ = (
        "all_genitive",
        "ambiguous",
        "apos_gen",
        "dotted",
        "entries",
        "first_name",
        "has_name",
        "is_title",
        "marker",
        "ncands",
        "neg",
        "npset",
        "only_user",
        "padded_len",
        "phrase",
        "sig",
        "strict",
        "whole",
        "zipf",
    )

    def __init__(self, padded_len: int) -> None:
        self.padded_len = padded_len
        # (kind, person index, form, rule text, may take apostrophe genitive, is genitive)
        self.entries: list[tuple[int, int, str, str, bool, bool]] = []
        # exact lower-case spelling -> entry indexes (only e-mail addresses and user names)
        self.strict: tuple[tuple[str, int], ...] = ()
        self.ambiguous = False
        self.apos_gen = False  # "skov s": matched only with an apostrophe ("Skov's")
        self.zipf = 0.0
        self.has_name = False
        self.marker = 0  # _STRONG / _COLON / _WEAK when the key is a signature marker
        self.is_title = False
        self.phrase = False  # two neighbouring parts of one name ("mette holm")
        self.sig: _Sig | None = None  # initials with this spelling (matched in CAPITALS)
        self.dotted: _Sig | None = None  # initials written "M.L.H." (folded "m l h")
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

    def entry_for(self, pidx: int) -> tuple[int, int, str, str, bool, bool]:
        """The first name entry of person ``pidx``."""
        for entry in self.entries:
            if entry[0] == _NAME and entry[1] == pidx:
                return entry
        raise KeyError(pidx)


class _Sig:
    """Initials / short user name used only in signature positions."""

    __slots__ = ("cands", "entries", "explicit", "pset", "word")

    def __init__(self) -> None:
        self.entries: list[tuple[int, str, str]] = []  # (person index, form, rule text)
        self.pset: frozenset[int] = frozenset()
        self.cands: tuple[str, ...] = ()
        # the people who have used it (given initials, user names), not only derived from a name
        self.explicit: set[int] | frozenset[int] = set()
        # a common word or a clinical abbreviation ("OK", "BT", "kol"): only where a signature
        # stands (never when it stands out in CAPITALS, nor alone on a line if only derived)
        self.word = False


@dataclass(slots=True)
class _Ctx:
    """Per-call state of :meth:`NameMatcher.find`."""

    text: str
    title_ends: dict[int, int] = field(default_factory=dict)  # title end -> start
    strong_ends: dict[int, int] = field(default_factory=dict)  # signature marker end -> start
    after_markers: list[tuple[int, int, str]] = field(default_factory=list)
    special_sig: list[tuple[int, int, str]] = field(default_factory=list)  # near / \\ @
    joined: bool = False  # a hyphenated line break was joined
    negs: list[tuple[int, int]] = field(default_factory=list)  # non-hidden colleagues' names


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    key: _Key | None
    persons: frozenset[int]
    cands: tuple[str, ...] | None = None  # sorted keys of ``persons`` when known
    strict: bool = False
    form: str = ""
    rule: str = ""
    genitive: bool = False
    has_given: bool = False
    has_family: bool = False
    merged: bool = False
    join: _Hit | None = None  # an overlapping phrase joined to this one
    title: tuple[int, str] | bool | None = False  # cached _title_before (False: not computed)
    why: str = ""  # found by a token rule that is evidence of itself ("Holm2")


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
        self.persons: tuple[Person, ...] = ()
        self._sigs: dict[str, _Sig] = {}
        self._lower_ambig: dict[str, _Key] = {}  # ambiguous tokens, for lower-case contexts
        self._words: dict[str, _Key] = {}  # every one-word name form (for token rules)
        self._auto = ahocorasick.Automaton()  # lower-case keys on the folded text
        self._auto_cap = ahocorasick.Automaton()  # capitalised keys on the ``capt`` copy
        self._titles: frozenset[str] = _TITLE_WORDS  # folded, spaces removed
        self._sig_max = 0  # the longest signature token (initials, short user names)
        self._firsts: list[str] = []  # per person: first letters of their name parts ("MLH")

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
        self.persons = tuple(uniq[k] for k in sorted(uniq))
        index: dict[str, _Key] = {}
        sigs = self._sigs
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
            key.entries.append(interned.setdefault(entry, entry))

        def add_sig(token: str, pidx: int, form: str, rule: str, derived: bool = False) -> None:
            folded = _fold_word(token).replace(".", "")
            if len(folded) >= 2:
                sig = sigs.get(folded)
                if sig is None:
                    sig = sigs[folded] = _Sig()
                sig.entries.append((pidx, form, rule))
                if not derived:
                    sig.explicit.add(pidx)

        def add_local(local: str, pidx: int, form: str, rule: str) -> None:
            """The local part of an e-mail address or a bare user name."""
            if not local.isalnum():  # "mette.holm": punctuation makes it specific
                add(_norm_key(local), _STRICT, pidx, form, rule, strict=local.lower())
            elif len(local) <= 2 or (local.isalpha() and _is_word(local)):
                # "mh", and user names that are words ("kol", "sol"): only in a signature
                # position (after "/", a sign-off, a domain), so that KOL the disease stays
                add_sig(local, pidx, form, rule)
            else:  # "mlh", "mlh2": anywhere, unless it is a common word (then as a name)
                add(_norm_key(local), _NAME, pidx, form, rule)

        interned: dict[tuple[int, int, str, str, bool, bool], tuple[int, int, str, str, bool, bool]]
        hidden_parts: set[str] = set()  # loosely folded name parts of ``persons``
        hidden_pairs: set[str] = set()  # ... and their neighbouring pairs ("mette holm")
        firsts: list[str] = self._firsts  # first letters of every name part, per person
        for pidx, p in enumerate(self.persons):
            interned = {}  # one tuple per distinct entry of this person (many spellings share it)
            for t in p.titles:
                titles.add(" ".join(fold(t).split()))
            names = p.names()
            all_given: list[str] = []
            all_family: list[str] = []
            for n, (given, family) in enumerate(names):
                alias = " (andet navn)" if n else ""
                given_parts = _name_parts(given)
                family_parts = _name_parts(family)
                all_given += given_parts
                all_family += family_parts
                multi_family = len(family_parts) > 1
                parts = [(g, "given") for g in given_parts] + [(f, "family") for f in family_parts]
                for part, form in parts:
                    rule = f"{'fornavn' if form == 'given' else 'efternavn'} '{part}'"
                    if form == "family" and multi_family:
                        rule += f" (del af '{family}')"
                    rule += alias
                    gen = f"genitiv af {rule}"
                    for v in _spelling_variants(part):
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
                for ini in derive_initials(given, family):
                    add_sig(ini, pidx, "initials", f"initialer '{ini}'", derived=True)
                for ini in _extra_initials(given, family):
                    add_sig(ini, pidx, "initials", f"initialer '{ini}'", derived=True)
            # every given name with every family name the person has had ("Mette Holm" for
            # Mette Louise Holm, "Mette Jensen" for a married name)
            for g in dict.fromkeys(all_given):
                for f in dict.fromkeys(all_family):
                    rule = f"fuldt navn '{g} {f}'"
                    for v in _spelling_variants(f"{g} {f}"):
                        add(v, _NAME, pidx, "full", rule, phrase=True)
                        add(v.replace(" ", ""), _NAME, pidx, "full", f"{rule} skrevet i ét ord")
            firsts.append("".join(x[0].upper() for x in (*all_given, *all_family) if x))
            loose = [_loose(x) for x in (*all_given, *all_family)]
            hidden_parts.update(loose)
            # any two parts in any order ("Holm Lars" may be Lars Holm written family first)
            hidden_pairs.update(f"{x} {y}" for x in loose for y in loose if x != y)
            for ini in p.initials:
                add_sig(ini, pidx, "initials", f"initialer '{ini}'")
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
                add_local(user.rsplit("\\", 1)[-1], pidx, "username", "brugernavn")
            for email in p.emails:
                add(_norm_key(email), _STRICT, pidx, "email", "e-mailadresse", strict=email.lower())
                add_local(email.split("@", 1)[0], pidx, "email", "lokal del af e-mailadresse")

        if others:
            _add_negatives(index, others, hidden_parts, hidden_pairs)
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
            key = index.get(folded)
            if key is None:
                key = index[folded] = _Key(len(folded) + 2)
            if kind == -1:
                key.is_title = True
                kind = _WEAK
            key.marker = min(key.marker or kind, kind)

        names = self.persons
        auto = self._auto
        lower_ambig = self._lower_ambig
        words = self._words
        # one frozenset / candidate tuple per person, shared by all of that person's keys
        single_set = [frozenset((i,)) for i in range(len(names))]
        single_cands = [(p.key,) for p in names]
        empty: frozenset[int] = frozenset()
        for folded, key in index.items():
            name_entries = [e for e in key.entries if e[0] == _NAME]
            key.entries = tuple(key.entries)  # type: ignore[assignment]
            key.has_name = bool(name_entries)
            if key.has_name and not key.apos_gen and " " not in folded:
                key.zipf = max(zipf(folded), zipf(_FROM_DIGRAPH_RE.sub(_digraph, folded)))
                key.ambiguous = key.zipf >= ZIPF_AMBIGUOUS
            pidxs = {e[1] for e in name_entries}
            if len(pidxs) == 1:
                (only,) = pidxs
                key.npset, key.ncands = single_set[only], single_cands[only]
            elif pidxs:
                key.npset = frozenset(pidxs)
                key.ncands = tuple(names[i].key for i in sorted(pidxs))
            else:
                key.npset = empty
            key.all_genitive = key.apos_gen or all(e[5] for e in name_entries)
            key.first_name = name_entries[0] if name_entries else None
            key.only_user = bool(name_entries) and all(
                e[2] in ("username", "email") for e in name_entries
            )
            # ambiguous names and initials are looked for with a capital first letter in a
            # second copy of the text; everything else in lower case
            if key.ambiguous:  # "Skov" and "SKOV"
                self._auto_cap.add_word(f" {folded[:1].upper()}{folded[1:]} ", key)
            if key.ambiguous or key.sig is not None:  # initials only in capitals
                self._auto_cap.add_word(f" {folded.upper()} ", key)
            if (
                key.marker
                or key.strict
                or key.neg
                or key.dotted is not None
                or (key.has_name and not key.ambiguous)
            ):
                auto.add_word(f" {folded} ", key)
            if key.ambiguous:
                lower_ambig[folded] = key
            if key.has_name and " " not in folded:
                words[folded] = key
        if len(auto):
            auto.make_automaton()
        if len(self._auto_cap):
            self._auto_cap.make_automaton()
        for tok, sig in sigs.items():
            sig.pset = frozenset(e[0] for e in sig.entries)
            sig.explicit = frozenset(sig.explicit)
            sig.word = zipf(tok) >= ZIPF_AMBIGUOUS or tok.upper() in CLINICAL_ABBREVIATIONS
            sig.cands = tuple(names[i].key for i in sorted(sig.pset))
        self._sig_max = max((len(t) for t in sigs), default=0)
        self._titles = frozenset(t.replace(" ", "") for t in titles)
        return self

    # ---- finding --------------------------------------------------------------------------

    def find(self, text: str) -> list[Span]:
        """All name mentions in ``text``: sorted, non-overlapping, longest match wins.

        The text is read canonicalised (:mod:`.canon`: entities and escapes decoded, Unicode
        normalised, invisible characters removed, look-alike letters folded); the spans point
        into ``text`` itself and cover everything that made up the name there.
        """
        if not text or not self.persons:
            return []
        canon, cmap = canonicalise(text)
        spans = self._find(canon)
        if cmap is None or not spans:
            return spans
        out = []
        for sp in spans:
            s, e = cmap.span(sp.start, sp.end)
            out.append(
                _new_span(s, e, sp.person, sp.form, sp.rule, text[s:e], sp.candidates, sp.genitive)
            )
        return _disjoint(out)

    def _find(self, text: str) -> list[Span]:
        """:meth:`find` on canonical text."""
        hits: list[_Hit] = []
        ctx = _Ctx(text)
        raw = self._automaton_hits(ctx)
        if ctx.joined:
            # the text has a hyphenated line break: "Holm-\nJensen" was read joined; read it
            # as two words as well ("... Holm-\nog pårørende"), the longer match wins
            raw += self._automaton_hits(ctx, join=False)
        if raw:
            hits = self._evaluate(ctx, _resolve_overlaps(raw))
            if ctx.negs:
                hits = _leave_others(text, hits, ctx.negs)
            hits = self._merge(text, hits)
        if self._sigs:
            sig_hits = self._signature_hits(ctx)
            if sig_hits:
                hits = _add_non_overlapping(hits, sig_hits)
        return _disjoint([self._finish(ctx, h) for h in hits])

    def _automaton_hits(self, ctx: _Ctx, join: bool = True) -> list[_Hit]:
        """Name/e-mail candidates; records titles, markers and the tokens after markers."""
        text = ctx.text
        folded = _fold_with_map(text, marks=True, join=join)
        if join:
            ctx.joined = folded.joined
        orig = folded.orig if folded.f_anchor else None
        raw: list[_Hit] = []
        after_markers = ctx.after_markers
        caps_initials: list[tuple[int, int, _Sig]] = []
        n = len(text)
        if len(self._auto):
            for end, key in self._auto.iter(folded.text):
                if orig is None:
                    s = end - key.padded_len + 1
                    e = end - 1
                else:
                    s = orig(end - key.padded_len + 1)
                    e = orig(end - 2) + 1
                if key.neg and _NEG_BAD_RE.search(text, s, e) is None:
                    seg = text[s:e]
                    if ("." not in seg and "_" not in seg) or _email_around(text, s, e):
                        ctx.negs.append((s, e))
                if key.marker:
                    if key.is_title:
                        ctx.title_ends[e] = s
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
                if not key.has_name or key.ambiguous:
                    continue
                if key.apos_gen and not any(c in _APOSTROPHES for c in text[s:e]):
                    continue
                raw.append(_Hit(s, e, key, key.npset, key.ncands))
        if len(self._auto_cap):
            for end, key in self._auto_cap.iter(folded.capt):
                if orig is None:
                    s = end - key.padded_len + 1
                    e = end - 1
                else:
                    s = orig(end - key.padded_len + 1)
                    e = orig(end - 2) + 1
                if key.sig is not None and text[s:e].isupper():
                    caps_initials.append((s, e, key.sig))
                if key.ambiguous:
                    raw.append(_Hit(s, e, key, key.npset, key.ncands))
        # initials in CAPITALS: "v. MLH", "spl. MLH", "aftalt med MH", and initials someone has
        # used (not only derived from their name) anywhere they stand out from the words around
        # them ("MLH tilså pt."), but not in "MR-scanning" or in CAPITALS text.  Words and
        # clinical abbreviations ("OK", "BT", "CRP") only where a signature stands (elsewhere).
        for s, e, sig in caps_initials:
            if e + 1 < n and text[e] in "-\u2010" and text[e + 1].isalpha():
                continue
            prev, _, _ = _prev_word(text, s)
            w = _fold_word(prev.rstrip(".:,"))
            if w in _WEAK_MARKERS:
                if sig.explicit or not sig.word:  # "v. MLH", not "kontrol af BT"
                    after_markers.append((s, e, f"efter '{prev}'"))
                continue
            t = _ends_before(text, s, ctx.title_ends)
            if t is not None:
                after_markers.append((s, e, f"efter titel '{text[t[0] : t[1]]}'"))
            elif _caps_context(text, s, e) or sig.word:
                continue
            elif sig.explicit:
                after_markers.append((s, e, "med STORE bogstaver"))
            elif w in _INITIALS_PRECEDERS:
                after_markers.append((s, e, f"med STORE bogstaver efter '{prev}'"))
        if join and self._sig_max:
            self._spaced_initials(ctx)
        self._special_contexts(ctx, raw)
        if join:
            self._token_rules(ctx, raw)
        return raw

    def _token_rules(self, ctx: _Ctx, raw: list[_Hit]) -> None:
        """Names the automaton cannot see as words: digits glued to a name ("Holm2", "2Holm";
        the whole token is the span) and a line break inside a name ("Hol\\nm")."""
        text = ctx.text
        words = self._words
        if any(c.isdigit() for c in text):
            for m in _GLUED_RE.finditer(text):
                letters = m.group(1) or m.group(2)
                folded = _fold_word(letters)
                key = words.get(folded)
                if key is None or (letters.islower() and folded in _FUNCTION_WORDS):
                    continue  # "per2" may be anything
                s, e = m.span()
                while s > 0 and text[s - 1].isalnum():
                    s -= 1
                while e < len(text) and text[e].isalnum():
                    e += 1
                raw.append(
                    _Hit(s, e, key, key.npset, key.ncands, why="tal skrevet sammen med navnet")
                )
        if "\n" in text:
            for m in _BROKEN_WORD_RE.finditer(text):
                s, e = m.span()
                key = words.get(_fold_word(m.group(1) + m.group(2)))
                if key is not None:
                    raw.append(_Hit(s, e, key, key.npset, key.ncands))

    def _spaced_initials(self, ctx: _Ctx) -> None:
        """Initials written with full stops and spaces: "M. L. H.", "M.L. H.", "M. LH".

        Found wherever "M.L.H." is found (three or more letters anywhere); two letters
        ("M. H.") only in a signature position (after a signature marker, a title, ``v.``,
        ``/``, or alone on a line), as "f. eks.", "d. 3." and "P. O." are not initials.
        In a run of more dotted capitals the longest initials of someone are taken, left to
        right.  The run is bounded (:data:`_SPACED_DOTTED_RE`), so the work per character is too.
        """
        text = ctx.text
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
                if take - i > 1 or len(toks[take][2]) > 1 or self._sig_position(ctx, s, e):
                    ctx.after_markers.append((s, e, "med punktummer"))
                i = take + 1

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
                    m = _SIG_TOKEN_RE.match(text, j)
                    k = m.end() if m is not None else j
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
                entry = key.first_name
                assert entry is not None
            form, rule, apos, genitive = entry[2], entry[3], entry[4], entry[5]
            if h.join is not None and h.join.key is not None:
                rule = f"{rule} + {h.join.key.entry_for(min(h.persons))[3]}"
                h.merged = True
            apos_after = (
                apos
                and e < n
                and text[e] in _APOSTROPHES
                and not (s > 0 and text[s - 1] in _APOSTROPHES)
                and (e + 1 >= n or not text[e + 1].isalpha())
            )
            if apos_after:  # "Hans'", "Niels'"
                e = h.end = e + 1
                form, genitive, rule = "genitive", True, f"genitiv af {rule}"
            if key.apos_gen:
                form, genitive = "genitive", True
            if key.ambiguous and not key.apos_gen and not apos_after and not shared:
                evidence = h.why or self._name_evidence(ctx, h)
                if not evidence:
                    continue  # the ordinary word
                if evidence != _TITLE_EVIDENCE:  # _finish names the title itself
                    rule += f" (almindeligt ord brugt som navn: {evidence})"
            if key.sig is not None and form in ("email", "username") and text[s:e].isupper():
                form, rule = "initials", key.sig.entries[0][2]  # "MLH" is initials, not "mlh"
            h.form, h.rule, h.genitive = form, rule, genitive
            h.has_given = entry[2] in ("given", "full")
            h.has_family = entry[2] in ("family", "full")
            out.append(h)
        return out

    def _name_evidence(self, ctx: _Ctx, h: _Hit) -> str:
        """Why an ambiguous token is used as a name here ('' if it is the ordinary word)."""
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
            return _next_word_decides(text, e, caps=True)
        if not _at_sentence_start(text, s):
            return "stort begyndelsesbogstav inde i sætningen"
        if h.key.all_genitive and h.key.zipf < ZIPF_WORD:
            return "genitiv ved sætningsstart"  # "Sørens vurdering ..."
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
                m = _SIG_LINE_RE.fullmatch(text, pos, end)
                if m is not None:
                    tok = m.group(1)
                    if tok.isupper() or zipf(_sig_norm(tok)) < ZIPF_AMBIGUOUS:  # not "Nej"
                        sig = self._sigs.get(_sig_norm(tok))
                        # derived initials that are a word or a clinical abbreviation ("OK",
                        # "BT") are not a signature alone on a line; initials someone uses are
                        if sig is not None and (sig.explicit or not sig.word):
                            found.setdefault(m.span(1), "alene på en linje")
            if nl < 0:
                break
            pos = nl + 1
        sigs = self._sigs
        out: list[_Hit] = []
        for (s, e), where in found.items():
            sig = sigs.get(_sig_norm(text[s:e]))
            if sig is None:
                continue
            _, form, rule = sig.entries[0]
            out.append(_Hit(s, e, None, sig.pset, sig.cands, form=form, rule=f"{rule} {where}"))
        return out

    def _title_at(self, ctx: _Ctx, s: int) -> tuple[int, str] | None:
        """The title(s) right before offset ``s``: (start, text), or None."""
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

    def _initials_of(self, persons: frozenset[int], letters: str) -> bool:
        """Are ``letters`` ("ML") first letters of name parts of one of ``persons``, in order?"""
        for i in persons:
            firsts = self._firsts[i]
            pos = 0
            for c in letters:
                pos = firsts.find(c, pos) + 1
                if not pos:
                    break
            else:
                return True
        return False

    def _finish(self, ctx: _Ctx, h: _Hit) -> Span:
        """Absorb a leading title / initials and a surrounding e-mail address; make the Span."""
        text = ctx.text
        s, e, form, rule = h.start, h.end, h.form, h.rule
        if h.merged:
            rule = f"{'fuldt navn' if h.has_given and h.has_family else 'navn'}: {rule}"
        if form not in ("email", "username", "initials") and "." in text[max(0, s - 3) : s]:
            m = _INITIALS_BEFORE_RE.search(text, max(0, s - 12), s)
            if m is not None:
                s = m.start(1)
                form, rule = "full", f"forbogstav + {rule}"
        elif form not in ("email", "username", "initials") and s > 2 and text[s - 1] in " \t\xa0":
            # initials without full stops before the name, if they are the person's: "ML Holm"
            m = _CAPS_BEFORE_RE.search(text, max(0, s - 6), s)
            if m is not None and self._initials_of(h.persons, m.group(1)):
                s = m.start(1)
                form, rule = "full", f"forbogstaver + {rule}"
        if form not in ("email", "username", "initials") and not h.genitive and e < len(text):
            m = _PAREN_SIG_RE.match(text, e)
            if m is not None:
                sig = self._sigs.get(_sig_norm(m.group(1)))
                if sig is not None and sig.pset & h.persons:
                    e = m.end()  # "Mette Holm (MLH)"
                    rule = f"{rule} + initialer i parentes"
            else:
                m = _TRAILING_INITIAL_RE.match(text, e)
                if m is not None:
                    e = m.end()  # "Mette L.", "Holm, Mette L.": nothing left next to the label
                    form, rule = "full", f"{rule} + forbogstav"
        if form != "email" and (
            (e < len(text) and text[e] in "@._") or (s > 0 and text[s - 1] in "@._")
        ):
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
        if form not in ("email", "username"):
            t = h.title if s == h.start and h.title is not False else None
            if t is None and (s != h.start or h.title is False):
                t = self._title_at(ctx, s)
            if t is not None:
                s, title = t
                form, rule = "title+name", f"{rule} efter titel '{title}'"
        cands = h.cands
        if cands is None:
            cands = tuple(self.persons[i].key for i in sorted(h.persons))
        return _new_span(s, e, cands[0], form, rule, text[s:e], cands, h.genitive)


def _new_span(
    start: int,
    end: int,
    person: str,
    form: str,
    rule: str,
    text: str,
    candidates: tuple[str, ...],
    genitive: bool,
) -> Span:
    """``Span(...)`` without the per-field ``object.__setattr__`` of a frozen dataclass."""
    sp = object.__new__(Span)
    sp.__dict__.update(
        start=start,
        end=end,
        person=person,
        form=form,
        rule=rule,
        text=text,
        candidates=candidates,
        genitive=genitive,
    )
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


def _resolve_overlaps(raw: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, the longer one winning; overlapping phrases of one person join."""
    raw.sort(key=_hit_order)
    out: list[_Hit] = []
    for h in raw:
        while out and h.start < out[-1].end:
            last = out[-1]
            if (
                h.end > last.end
                and h.key is not None
                and last.key is not None
                and h.key.phrase
                and last.key.phrase
                and last.persons & h.persons
            ):
                last.persons, last.cands = last.persons & h.persons, None
                last.end = h.end
                last.join = h  # rule text is made in _evaluate
                break
            if (h.end - h.start) > (last.end - last.start):
                out.pop()
                continue
            break
        else:
            out.append(h)
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
    out.sort(key=_hit_order)
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
    """Does a part of hit ``i``'s people stand tightly next to the span [ns, ne) outside it?"""
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
        ):
            return True
    return False


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
