"""Staff-name forms and the matcher that finds them in text.

This package is the *find* half of "find, then replace" (``protect/replace.py`` is the other
half).  :meth:`NameMatcher.find` returns :class:`Span` objects that say which person was found,
in which form and by which rule (in Danish, for auditors); it never changes text.

Modules: ``fold`` (the folded copy of a text and the map back to it), ``lexicon`` (word
frequencies, titles, signature markers), ``forms`` (:class:`Person`, :class:`Span`, name parts,
spellings, initials), ``context`` (what stands around a hit), ``matcher`` (:class:`NameMatcher`:
building the automata and finding), ``cache`` (:func:`matcher_for`).  Import from the package.

How it works
------------
* **Automata, not loops over people.**  Every form of every person is folded and added,
  padded with a space on both sides, to an Aho-Corasick automaton (``pyahocorasick``): each
  given-name part and family-name part, their genitives (``holms``, ``skov's``), the joined
  spelling of hyphenated and double family names, pairs of neighbouring parts
  (``mette holm``), every æ/ae, ø/oe, å/aa spelling and an ASCII spelling (Søren → Soren),
  e-mail addresses, user names, signature markers (``mvh``, ``sign``, ...) and titles.  The
  text is folded the same way, so only whole words match, in one pass, and the cost of a
  search does not grow with the number of people (see ``bench/names_bench.py``).
* **Folding** (:func:`fold`): lower case, ``ä→æ``, ``ö→ø``, other accents dropped; every
  character that is not a letter or a digit becomes a space (hyphens, apostrophes, ``@``,
  ``.``, ``\\`` and line breaks are word boundaries); soft hyphens, zero-width characters and
  combining marks are removed, and a hyphenated line break is joined ("Holm-\\nJensen"; the text
  is also read unjoined, for "Holm-\\nog ...").  An offset map leads back to the original, so
  spans always point into the original text.
* **Two copies of the text.**  The lower-case copy is searched for every form that is not an
  ordinary word.  A form that *is* an ordinary word (see below) is searched for only in a copy
  that keeps capitals, as "Skov" and "SKOV", so "skov" in running text costs nothing.
* **Ambiguous forms.**  A one-word form is *ambiguous* when it is a common Danish token:
  ``zipf_frequency(form, "da") >= ZIPF_AMBIGUOUS`` (3.0: at least once per million words of
  running Danish text).  Every ordinary word in the brief is above it — hans 6.1, per 4.9,
  bo 5.1, skov 4.7, holm 4.3, lund 4.4, dam 4.2, rask 4.3, frost 4.1, storm 4.3, sand 4.6,
  bak 4.0, kjær 3.8, bach 3.7, vang 3.5, mose 3.8 — and so are common names (wordfreq counts
  them too: jensen 5.0, mette 4.7), which only matters in the weak positions below.  The
  numbers come from wordfreq's frequency table at build time (:func:`zipf`).
  An ambiguous form is hidden only where it is used as a name:

  1. next to another part of the same person's name, in any case ("Hans Skov", "hans skov",
     "Mette holm"; parts may be separated by space, line break, hyphen, comma, ``.``/``_``
     or initials such as "L.");
  2. in an e-mail address or user name (``skov@rn.dk``, ``RN\\skov``, ``holm_m``), after ``/``;
  3. after a signature marker ("Mvh Skov", "Sign.: Skov");
  4. after a title, capitalised ("overlæge Skov", "Dr. Rask"; the title joins the span);
  5. as an apostrophe genitive ("Hans'", "Skov's": the ordinary words never take one);
  6. capitalised, not at the start of a sentence or line ("ring til Skov");
  7. in CAPITALS among lower-case words ("ring til SKOV"), or in CAPITALS text after
     til/fra/med/hos/kontakt/ring/... ("RING TIL SKOV").

  **Sentence starts** (after ``. ! ? : ;``, a bullet or at a line start; also after "pt.")
  and CAPITALS text say nothing by their capitals, so the next word decides (the documented
  choice for "Skov ..." at a sentence start): the token is a name when it ends the line or is
  followed by ``, : ; ( ) / & -``, by a capitalised word, or by a word that follows a
  subject — a verb (``har``, ``tilså``, ``vurderer`` ... or any word ending in ``-ede``,
  ``-et``, ``-es``: "Skov informeret"), a preposition, ``og``/``eller``, an adverb or a
  title.  Otherwise it is the ordinary word: "Hans datter", "Per døgn", "Per os".  A genitive
  of a name that is not itself a very common word (Zipf < ``ZIPF_WORD``) is a name at a
  sentence start too ("Sørens vurdering").  This errs on the side of hiding: "Skov og mark",
  "Sand i urinen" at a sentence start are hidden when Skov/Sand is a protected name.
  A lower-case ambiguous word with none of the evidence 1–2 is the ordinary word ("han er
  rask igen", "per dag", "bo hjemme") — so is a common name written alone in lower case
  ("ring til mette"): a documented limitation.
* **Initials** (explicit ones and the derived MLHJ, MLH, MH, ...) are found in CAPITALS
  where they stand out from the words around them ("aftalt med MLH", "/MLH", not
  "MR-scanning" and not inside CAPITALS text), written with full stops ("M.L.H.", also with
  spaces: "M. L. H.", "M.L. H.", "M. LH"; two letters with spaces, "M. H.", only in a
  signature position, so that "F. eks.", "I. V." and "P. O." stay), and in any
  case where they are used as a signature: after ``/``, ``Sign.``, ``sign.``, ``Mvh``,
  ``Hilsen``, ``Dikt.``, ``Init.``, "skrevet af", ``v.``/``ved``/``af``/a title (capitals
  only), before ``/`` ("MLH/ssa"), after a domain (``RN\\mlh``), before ``@`` or alone on a
  line.  User names and e-mail local parts of 3+ characters are found anywhere (unless they
  are common words, then as names), two-character ones like initials.
* **Titles** are inside the span: "overlæge Hans Skov" is one span with form ``title+name``,
  so that replacement gives one label ("Overlæge d5dffae"), not "overlæge Overlæge d5dffae".
  A leading initial ("M. Holm", "M.L. Holm") joins the span too.
* **Genitives**: ``Holms``, ``Holm's``, ``Hans'`` are found with form ``genitive`` (or another
  form with ``Span.genitive`` set when a genitive ends a longer name); the replacement step
  keeps the genitive readable.
* **Shared forms**: when several people share a form (two "Mette"s) the span is still found;
  ``Span.person`` is one of them and ``Span.candidates`` lists all; a neighbouring family name
  narrows the candidates ("Mette Dam").
* **Non-hidden colleagues** (negative matching): the matcher may be given the names of staff
  who are *not* hidden (``others`` of :meth:`NameMatcher.build` / :func:`matcher_for`; the
  protection layer passes every staff member outside the order, and only those who share a
  name part with a hidden person are kept).  Two neighbouring parts of such a colleague's
  name ("lars holm", "lars holms", "holm jensen", in every spelling and case) are looked for
  too, and a *single* name part of a hidden person inside one is left: with Mette Holm
  hidden and Lars Holm not, "Lars Holm" stays, "Mette Holm", "Holm" and "Holms" are hidden.
  Safety first, the name is hidden all the same when

  - both words are parts of one hidden person's name, in either order and loosely compared
    (Søren = Soeren = Soren): a hidden and a non-hidden person with the **same full name**
    ("Mette Holm" twice) are both hidden, and so is "Louise Holm" when Mette Louise Holm is
    hidden;
  - the hit is more than one part (a phrase such as "Holm Jensen", a joined double name, an
    e-mail address or user name of a hidden person);
  - the name goes on, tightly, with another part of the same hidden person ("Lars Holm,
    Mette" may be "Holm, Mette"; "Mette Dam-Holm");
  - the two words are separated by anything but spaces or a hyphen — a line break, a comma,
    a slash — or by "." or "_" outside an e-mail address ("Mette.\nDam ...").

Known limits
------------
* Over-hiding that is left: a non-hidden colleague's name written with a line break between
  the parts ("Lars\nHolm"), family name first ("Holm, Lars"), with an initial ("L. Holm"),
  a title and one part ("overlæge Holm"), one part alone ("Holm tilså pt.") or in their own
  e-mail address with digits ("lars.holm2@rn.dk") is hidden when Holm is a hidden person's
  name part: those forms do not tell the two apart.  A colleague's e-mail address and user
  name are not used as negative forms.
* Two dotted capitals with spaces ("M. H.") count as initials only in a signature position,
  three or more anywhere.  A run of more than six dotted capitals in a row is read in pieces
  of at most six (that keeps the work linear), and initials across two pieces are missed
  ("X. Y. Z. W. M. L. H."; no one signs like that).
* Dotted initials directly before a name ("M.L. Hansen") are taken as initials of someone
  whose initials they are even when Hansen is not hidden (errs on the side of hiding).
* A common name written alone in lower case ("ring til mette") is the ordinary word (see
  *Ambiguous forms* above).
"""

from __future__ import annotations

from .cache import MATCHER_CACHE_SIZE, matcher_for
from .cache import _cached_matcher as _cached_matcher
from .fold import fold
from .forms import Person, Span, derive_initials
from .lexicon import TITLES, ZIPF_AMBIGUOUS, ZIPF_WORD, zipf
from .matcher import NameMatcher

__all__ = [
    "MATCHER_CACHE_SIZE",
    "TITLES",
    "ZIPF_AMBIGUOUS",
    "ZIPF_WORD",
    "NameMatcher",
    "Person",
    "Span",
    "derive_initials",
    "fold",
    "matcher_for",
    "zipf",
]
