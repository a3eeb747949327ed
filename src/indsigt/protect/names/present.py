"""Names of the colleagues who were there: a name part shared by a hidden and a visible person.

"Talt med Storm", "Blodprøver taget af Mette", "/e.l. storm": one name part that a hidden person
and a visible colleague share. The text alone cannot say who is meant, so the matcher hides it
(fail toward hiding). The document can: a note written in an organisation at a time names the
people who work there. :class:`Present` is a per-document post-filter over the matcher's spans
(like :class:`~.keep.KeepNames`) that leaves such a part when **all** of this holds:

* the document's context is known (its organisation and date; the caller computes who was there
  from the role history: :mod:`indsigt.protect.presence`);
* the mention is **one name part** alone, or one name part after a title ("spl. Mogensen",
  "/e.l. storm"), written as the part ends (a genitive "s" allowed): no initials, no full name,
  no e-mail or user name, nothing in parentheses after it;
* a colleague who is *not* hidden in this view worked in the document's organisation at the
  document's date and has that name part (``parts``);
* **every** hidden person the mention may stand for (:attr:`Span.candidates`) is ``absent``:
  known to have worked somewhere, and never (at any time, in any role of the history) in the
  document's organisation, its sub-organisations or its sister organisations;
* no other mention in the same text can stand for one of those hidden people (a full name, the
  initials, the e-mail: then the part may refer back to it, "Henrik Storm ... Storm ringer"), and
  the part does not go on, tightly, with another span of the same people;
* the mention does not point elsewhere: no "fra", "hos", "ved" or "på" right after it ("Talt med
  Storm fra retspsyk."), and the text names none of the places where one of those hidden people
  has worked ("... Storm. Retspsykiatrien ringer tilbage": ``away``, the caller's test of the
  places' distinctive words).

Two more rules read the note's author (not hidden): a part of the author's own name in the note's
closing sign-off ("Mvh\nStorm") is the author's; so are initials the author signs with (learned or
derived, "/hb") there, when every hidden person they may stand for is ``absent`` as above. Both
only when no other mention in the note may stand for those hidden people.

Anything else stays hidden. The context comes from the stored document (organisation, date),
never from words a citizen writes, so the rule is no oracle: it runs on text the citizen cannot
choose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass

from .context import _title_before
from .fold import _fold_word
from .forms import Span, _loose
from .keep import _continued

__all__ = ["Present"]

#: the name part at the end of a span: letters, then an optional genitive ("Storms", "Friis'")
_LAST_PART_RE = re.compile(r"([^\W\d_]+)(['’´`ʼ‘‛]s?)?\Z")
_FORMS = frozenset({"given", "family", "genitive", "title+name"})
#: what may stand before a sign-off's name on its line: nothing, "/", "Mvh", "Hilsen", ...
_SIGN_OFF_RE = re.compile(
    r"[ \t\xa0]*(?:/|(?i:mvh\.?|vh\.?|hilsen|venlig hilsen|med venlig hilsen|kh\.?"
    r"|sign\.?:?|signeret:?|signatur:?)[ \t\xa0,]*)?"
    r"[ \t\xa0]*"
)
#: a word right after a mention that says the person is from another place
_ELSEWHERE_RE = re.compile(r"[ \t\xa0,]*(?i:fra|hos|ved|på)\b")


@dataclass(frozen=True)
class Present:
    """A post-filter for one document's spans (see module doc)."""

    #: name parts (loosely folded, :func:`~.forms._loose`) of the visible colleagues who worked
    #: in the document's organisation at its date
    parts: frozenset[str]
    #: person keys of hidden people who certainly were never there (see module doc; any
    #: container: the caller may look them up lazily)
    absent: Container[str]
    #: folded title words (the matcher's)
    titles: frozenset[str]
    #: name parts (loosely folded) of the note's author, when the author is not hidden: a part
    #: of the author's name in the note's closing sign-off is the author's (see :meth:`_signed`)
    own: frozenset[str] = frozenset()
    #: ``away(text, candidates)``: does ``text`` name a place where one of the hidden
    #: ``candidates`` has worked (then no colleague rule for them in it)? None: nothing known
    away: Callable[[str, tuple[str, ...]], bool] | None = None
    #: the initials (capitals) the note's author signs with, when the author is not hidden: the
    #: author's initials in the closing sign-off are the author's when every hidden person they
    #: may stand for was never there (see :meth:`_signed_initials`)
    own_initials: frozenset[str] = frozenset()

    def filter(self, text: str, spans: list[Span]) -> list[Span]:
        """``spans`` (sorted, disjoint, of ``text``) without the parts that are a colleague's."""
        here = bool(self.parts) and bool(self.absent)
        if not spans or not (here or self.own):
            return spans
        leave = [
            (here and self._colleague(text, sp))
            or (bool(self.own) and self._signed(text, sp))
            or (here and bool(self.own_initials) and self._signed_initials(text, sp))
            for sp in spans
        ]
        if not any(leave):
            return spans
        # who the other mentions may stand for: a part that may refer back to one stays hidden
        named: set[str] = set()
        for sp, lv in zip(spans, leave, strict=True):
            if not lv:
                named.update(sp.candidates or (sp.person,))
        out: list[Span] = []
        for i, (sp, lv) in enumerate(zip(spans, leave, strict=True)):
            if (
                lv
                and named.isdisjoint(sp.candidates or (sp.person,))
                and not _continued(text, spans, i, sp.start, sp.end)
            ):
                continue
            out.append(sp)
        return out

    def _colleague(self, text: str, sp: Span) -> bool:
        """Is ``sp`` one name part (perhaps after a title) of a colleague who was there, was
        every hidden person it may stand for never there, and does nothing point elsewhere?"""
        cands = sp.candidates or (sp.person,)
        if not all(c in self.absent for c in cands):
            return False
        if not self._one_part(sp, self.parts):
            return False
        if _ELSEWHERE_RE.match(text, sp.end) is not None:
            return False
        return self.away is None or not self.away(text, tuple(cands))

    def _signed(self, text: str, sp: Span) -> bool:
        """Is ``sp`` a part of the (visible) author's name in the note's closing sign-off: alone
        on the note's last line with letters, or after "/", "Mvh", "Hilsen" there ("Mvh\nStorm",
        "/e.l. storm")? A note's closing sign-off is its author's."""
        if any(c.isalpha() for c in text[sp.end :]):
            return False
        line = text[text.rfind("\n", 0, sp.start) + 1 : sp.start]
        if _SIGN_OFF_RE.fullmatch(line) is None:
            return False
        return self._one_part(sp, self.own)

    def _signed_initials(self, text: str, sp: Span) -> bool:
        """Are ``sp`` initials the (visible) author signs with, in the note's closing sign-off
        ("/hb", "Mvh HB" on the last line), and was every hidden person they may stand for never
        in the note's organisation? (A hidden person's derived or learned initials that are also
        the author's: "HB" of a hidden Hans-Henrik Bøgh in a home-care note signed by Hanne.)"""
        if sp.form != "initials" or any(c.isalpha() for c in text[sp.end :]):
            return False
        line = text[text.rfind("\n", 0, sp.start) + 1 : sp.start]
        if _SIGN_OFF_RE.fullmatch(line) is None:
            return False
        letters = "".join(c for c in sp.text if c.isalpha()).upper()
        if letters not in self.own_initials:
            return False
        return all(c in self.absent for c in sp.candidates or (sp.person,))

    def _one_part(self, sp: Span, parts: frozenset[str]) -> bool:
        """Is ``sp`` one name part that is in ``parts``, alone or after a title?"""
        if sp.form not in _FORMS:
            return False
        if sp.form != "title+name" and not sp.part:
            return False
        m = _LAST_PART_RE.search(sp.text)
        if m is None:
            return False
        word = m.group(1)
        key = _loose(word)
        if key not in parts and (
            m.group(2) or not (word[-1:] in "sS" and _loose(word[:-1]) in parts)
        ):
            return False  # not a colleague's part, nor its genitive ("Storms")
        k = m.start(1)
        if k == 0:
            return sp.form != "title+name"
        if sp.form != "title+name" or not sp.text[:k].strip():
            return False
        # everything before the part is the title ("spl. ", "/e.l. ", "social- og ... ")
        lead = len(sp.text[:k]) - len(sp.text[:k].lstrip(" \t\xa0/"))
        title = _title_before(sp.text, k, self.titles, modifiers=True)
        return title is not None and title[0] <= lead


def may_leave(
    spans: list[Span], others: frozenset[str] | None = None, initials: frozenset[str] = frozenset()
) -> bool:
    """Can a :class:`Present` filter leave any of ``spans``: one name part (perhaps after a
    title) that is, when ``others`` is given, also a part of a colleague's name outside the
    matcher's people (``NameMatcher._other_tokens``, folded), or initials of ``initials`` (the
    author's)? Cheap: the caller reads the document context only when it can."""
    for sp in spans:
        if (
            initials
            and sp.form == "initials"
            and "".join(c for c in sp.text if c.isalpha()).upper() in initials
        ):
            return True
        if sp.form in _FORMS and (sp.part or sp.form == "title+name"):
            if others is None:
                return True
            m = _LAST_PART_RE.search(sp.text)
            if m is not None:
                w = _fold_word(m.group(1))
                if w in others or w[:-1] in others:
                    return True
    return False


def present_filter(
    parts: frozenset[str],
    absent: Container[str],
    titles: frozenset[str],
    own: frozenset[str] = frozenset(),
    away: Callable[[str, tuple[str, ...]], bool] | None = None,
    own_initials: frozenset[str] = frozenset(),
) -> Present | None:
    """A :class:`Present` filter, or None when it can leave nothing."""
    if (parts and absent) or own:
        return Present(parts, absent, titles, own, away, own_initials)
    return None
