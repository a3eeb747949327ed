"""The plain forms of matcher code that was made faster (tests/names_fastpath_cases.py swaps them
in and compares): the code as it was at 7ffa719, before the nspeed3 round, with the rules added
since (07.12: initials joined by a hyphen after a name, given initials in parentheses, a bare
initial of the person's other names), so that only the speed-ups differ.

``plain_finish`` tested every rule's condition in full (a slice for the full stop before a name,
the title looked up even where the text has no title, ...), ``plain_certain_starts`` found the
end of each line with a closure, ``plain_new_span`` filled a span's fields from a keyword
dictionary, and hits were sorted with a Python key function (``plain_sort_hits``).
"""

from __future__ import annotations

from indsigt.protect.names import matcher as M
from indsigt.protect.names.context import (
    _APOSTROPHES,
    _HYPHEN_AFTER_RE,
    _HYPHEN_BEFORE_RE,
    _PAREN_SIG_RE,
    _TRAILING_INITIAL_RE,
    _email_around,
    _sig_norm,
    _without_role_words,
)
from indsigt.protect.names.fold import _fold_word
from indsigt.protect.names.forms import Span
from indsigt.protect.names.lexicon import _ABBR_TITLES, _LIST, _NEXT, _STRONG


def plain_sort_hits(hits: list[M._Hit]) -> None:
    hits.sort(key=M._hit_order)


def plain_new_span(
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
        part=part,
        certain=certain,
    )
    return sp


def plain_certain_starts(self: M.NameMatcher, ctx: M._Ctx) -> list[tuple[int, int, int, str]]:
    """Where a name is certain: (from, to, kind, rule) after titles, sign-offs, "Referent:",
    "talt med", "v." (see :meth:`_certain_hits`)."""
    text = ctx.text
    n = len(text)
    out: list[tuple[int, int, int, str]] = []

    def line_end(i: int) -> int:
        nl = text.find("\n", i)
        return n if nl < 0 else nl

    for e, s in ctx.title_ends.items():
        if (
            e < n
            and text[e] == "."
            and "." not in text[s:e]
            and (_fold_word(text[s:e]) not in _ABBR_TITLES)
        ):
            continue  # "... egen læge. Holm": the full stop ends the sentence
        out.append((e, min(line_end(e), e + 60), _NEXT, f"efter titel '{text[s:e]}'"))
    for e, s in ctx.strong_ends.items():
        if any(a <= s < b for a, b in ctx.labels):
            continue  # a table column's label ("| Udført af |") signs nothing
        end = line_end(e)
        if not text[e:end].strip(" \t\r.:,"):  # "Mvh\nMette Holm": the next line
            nxt = end + 1
            while nxt < n and text[nxt] in " \t\r\n":
                nxt += 1
            end = line_end(nxt)
        rule = f"i signatur efter '{' '.join(text[s:e].split())}'"
        out.append((e, min(end, e + 120), _STRONG, rule))
    i = text.find("/")
    while i >= 0:  # a signature after "/": "/mette hlm", not "og/eller", "mg/dl"
        if (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and text[i + 1].isalpha():
            out.append((i + 1, min(line_end(i), i + 60), _NEXT, "i signatur efter '/'"))
        i = text.find("/", i + 1)
    for s, e, kind in ctx.certain:
        if any(a <= s < b for a, b in ctx.labels):
            continue
        word = " ".join(text[s:e].split())
        if kind == _LIST:
            j = e
            while j < n and text[j] in " \t":
                j += 1
            if j >= n or text[j] != ":":
                continue  # "Referent: ...", not "deltagere i mødet"
            out.append((j + 1, min(line_end(j), j + 200), _LIST, f"efter '{word}:'"))
        else:
            if word.lower() == "v":
                if e >= n or text[e] != ".":
                    continue  # "v." only
            elif text[e : e + 1] == ".":
                if not word.lower().endswith(" m"):
                    continue  # "Nattevagt. Sofie klager ...": the sentence ended
                e += 1  # "aftalt m. kam"
            start, end = e, line_end(e)
            if end < n and end < e + 60 and not text[e:end].strip(" \t\r:"):
                start = end + 1  # the marker ends its line: "ring til\nstorm"
            out.append((start, min(line_end(start), start + 60), _NEXT, f"efter '{word}'"))
    return out


def plain_finish(self: M.NameMatcher, ctx: M._Ctx, h: M._Hit) -> Span | None:
    """Absorb a leading title / initials and a surrounding e-mail address; make the Span."""
    text = ctx.text
    s, e, form, rule = h.start, h.end, h.form, h.rule
    if h.merged:
        rule = f"{'fuldt navn' if h.has_given and h.has_family else 'navn'}: {rule}"
    if form not in ("email", "username", "initials") and "." in text[max(0, s - 3) : s]:
        m = M._initials_before(text, s)
        if m is not None:
            if self._a_colleagues_initial(h, text[s:e], m.group(1)[0], before=True):
                return None  # "R. Lys" for the colleague Rasmus Lys, not the hidden Kit Lys
            s = m.start(1)
            form, rule = "full", f"forbogstav + {rule}"
        else:
            a = M._given_abbreviation_before(self, text, s, h.persons)
            if a < s:  # "Gr. Lind", "Jørg. Ravn"
                s, form, rule = a, "full", f"forkortet fornavn + {rule}"
    elif form not in ("email", "username", "initials") and s > 2 and text[s - 1] in " \t\xa0":
        # initials without full stops before the name, if they are the person's: "ML Holm"
        m = M._caps_before(text, s)
        if (
            m is not None
            and self._initials_of(h.persons, M._HYPHENS_RE.sub("", m.group(1)))
            # not a word of CAPITALS text: "AFTALT MED METTE", "HUSK AT METTE"
            and M._fold_word(m.group(1)) not in M._FUNCTION_WORDS
            and not (
                M.zipf(m.group(1)) >= M.ZIPF_WORD
                # a single given initial in CAPITALS text is one: "PRØVETAGER: B DUE"
                and (len(m.group(1)) > 1 or m.group(1) in "IÅØO")
                and M._caps_context(text, m.start(1), m.end(1))
            )
        ):
            s = m.start(1)
            form, rule = "full", f"forbogstaver + {rule}"
        elif h.has_given and h.has_family:
            # the person's own registered id right before the whole name (stop 37)
            w = M._id_before(text, s)
            if w >= 0:
                sig = self._sigs.get(_sig_norm(text[w : s - 1]))
                if (
                    sig is not None
                    and sig.explicit
                    and sig.pset & h.persons
                    and M.zipf(text[w : s - 1]) < M.ZIPF_WORD
                    and M._fold_word(text[w : s - 1]) not in M._FUNCTION_WORDS
                ):
                    s = w
                    form, rule = "full", f"brugernavn eller initialer + {rule}"
    if (
        form not in ("email", "username")
        and e + 2 < len(text)
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
                e = m.end()  # "Mette L.", "Holm, Mette L.": nothing left next to the label
                form, rule = "full", f"{rule} + forbogstav"
    if form not in ("email", "username", "initials") and not h.genitive and e == h.end:
        after = self._initials_after(text, e, h.persons, found=True)
        if after is not None:  # "Holm, S.", "Hald ML": nothing left next to the label
            e = after
            form, rule = "full", f"{rule} + forbogstaver"
    if form not in ("email", "username", "initials") and not h.genitive and e == h.end:
        after = M._bare_initials_end(self, text, e, h.persons)
        if after > e:  # "Mette H ringede", "Per LS", "Hans Sk."
            e = after
            form, rule = "full", f"{rule} + forbogstav"
        else:  # in lower case: "bente s på dagvagt", "hanne b-s har ringet" (stop 30)
            tail = M._LOWER_INITIAL_TAIL_RE.match(text, e)
            if tail is not None:
                letters = (tail.group(1) + (tail.group(2) or "")).upper()
                if letters[0] not in "IÅØ" and any(
                    M._in_order(letters, self._firsts[i], 1) for i in h.persons
                ):
                    e = tail.end()
                    form, rule = "full", f"{rule} + forbogstav"
    if form not in ("email", "username", "initials"):
        # a hyphenated name that goes on ("Mette Holm-Berg", "Dam-Holm"): nothing of it is
        # left next to the label
        if e + 1 < len(text) and text[e] in "-\u2010\u2011":
            m = _HYPHEN_AFTER_RE.match(text, e)
            if m is not None:
                e = m.end()
                rule = f"{rule} + bindestreg og resten af navnet"
        if s > 1 and text[s - 1] in "-\u2010\u2011":
            m = _HYPHEN_BEFORE_RE.search(text, max(0, s - 40), s)
            if m is not None:
                s = m.start()
                rule = f"første del af navnet og bindestreg + {rule}"
        if s > 1 and text[s - 1] in " \t\xa0" and h.has_family and self._particled & h.persons:
            m = M._PARTICLES_BEFORE_RE.search(text, max(0, s - 24), s)
            if m is not None:
                s = m.start()
                rule = f"navnepartikel + {rule}"
                i = M._initials_before(text, s) if "." in text[max(0, s - 3) : s] else None
                if i is not None:  # "H. v. d. Berg"
                    s = i.start(1)
                    rule = f"forbogstav + {rule}"
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
            ts = _without_role_words(text, t[0], s)
            # "e.l." stays outside the label but still says a doctor: "e.l. Vang" is not a
            # hidden psychologist Vang
            title = " ".join(text[ts if ts < s else t[0] : s].split())
            if form in ("given", "family", "genitive") and self._titled_other(
                h, text[h.start : h.end], title
            ):
                return None
            if ts < s:
                s, form, rule = ts, "title+name", f"{rule} efter titel '{title}'"
        elif (
            form in ("given", "family")
            and e < len(text)
            and (m := M._TITLE_AFTER_COMMA_RE.match(text, e)) is not None
            and self._titled_other(h, text[h.start : h.end], m.group(1))
        ):
            return None  # a colleague by the title after the name (stop 37)
    n = len(text)
    if (
        e + 1 < n
        and text[e] in _APOSTROPHES
        and text[e + 1] in "sS"
        and (e + 2 >= n or not text[e + 2].isalnum())
    ):
        e += 2  # "IBS's": a genitive ending is not left next to the label
    elif form not in ("email", "username", "initials"):
        cut = M._CUT_SHORT_AFTER_RE.match(text, e)
        if cut is not None and self._begins_a_part(h.persons, cut.group(1), text[h.start : h.end]):
            e, form, rule = cut.end(1), "full", f"{rule} + afkortet navn"  # (stop 37)
    cands = h.cands
    if cands is None:
        keys = self._person_keys
        cands = tuple(keys[i] for i in sorted(h.persons))
    part = (
        form in ("given", "family", "genitive")
        and not h.strict
        and not h.merged
        and h.join is None
        and h.key is not None
        and not h.key.whole
    )
    certain = h.certain or bool(h.why) or form == "title+name"
    return plain_new_span(s, e, cands[0], form, rule, text[s:e], cands, h.genitive, part, certain)
