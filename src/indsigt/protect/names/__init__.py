"""Staff-name forms and the matcher that finds them in text.

This package is the *find* half of "find, then replace" (``protect/replace.py`` is the other
half).  :meth:`NameMatcher.find` returns :class:`Span` objects that say which person was found,
in which form and by which rule (in Danish, for auditors); it never changes text.

Modules: ``canon`` (the canonical text: decoding, Unicode normalisation, invisible characters,
confusables, and the map back), ``fold`` (the folded copy the automata read), ``lexicon`` (word
frequencies, titles, signature markers, clinical abbreviations), ``forms`` (:class:`Person`,
:class:`Span`, name parts, spellings, initials), ``context`` (what stands around a hit),
``matcher`` (:class:`NameMatcher`: building the automata, finding, ``dumps``/``loads``), ``tables``
(the staff columns, labels and rota lines of tables pasted into a note), ``keep``
(:class:`KeepNames`: names that must stay in one view), ``store`` (:class:`MatcherStore`: built
matchers on disk), ``cache`` (:func:`matcher_for`).  Import from the package.

How it works
------------
* **Canonical text first** (``canon.py``): HTML entities and %-escapes are decoded (also twice
  encoded), letters are composed (NFC) and compatibility forms replaced (NFKC: ligatures,
  full-width, mathematical letters), invisible and format characters (zero-width, soft hyphen,
  bidi controls, variation selectors, tag characters) removed, a soft hyphen at a line break
  joins the word, and letters outside Latin-1 that Unicode TR39 (ICU's ``SpoofChecker``, PyICU)
  says look like a Latin-1 letter are folded to it (Cyrillic ``о``, Greek ``Ο``, ``ı``).  Spans
  found in the canonical text are mapped back: they cover, in the original, everything that made
  up the name, so replacing them leaves nothing of it.
* **Automata, not loops over people.**  Every form of every person (their name and every alias,
  :attr:`Person.aliases`) is folded and added, padded with a space on both sides, to an
  Aho-Corasick automaton (``pyahocorasick``, integer values): each given-name part and
  family-name part, their genitives (``holms``, ``skov's``), the joined spelling of hyphenated and
  double family names, pairs of neighbouring parts (``mette holm``) and the same pairs written as
  one word (``metteholm``, ``#MetteHolm``), every given name with every family name the person
  has had, every æ/ae, ø/oe, å/aa spelling and an ASCII spelling (Søren → Soren), e-mail
  addresses, user names, signature markers (``mvh``, ``sign``, "talt med", "Referent:", ...) and
  titles.  The text is folded the same way, so only whole words match, in one pass, and the cost
  of a search does not grow with the number of people (see ``bench/names_bench.py``).
* **Folding** (:func:`fold`): lower case, ``ä→æ``, ``ö→ø``, other accents dropped; every
  character that is not a letter or a digit becomes a space; a hyphenated line break is joined
  ("Holm-\\nJensen"; the text is also read unjoined, for "Holm-\\nog ...").
* **Two copies of the text.**  The lower-case copy is searched for every form that is not an
  ordinary word.  A form that *is* an ordinary word (see below) is searched for only in a copy
  that keeps capitals, as "Skov" and "SKOV", so "skov" in running text costs nothing.
* **Ambiguous forms.**  A one-word form is *ambiguous* when it is a common Danish token:
  ``zipf_frequency(form, "da") >= ZIPF_AMBIGUOUS`` (3.0) — hans 6.1, per 4.9, bo 5.1, skov 4.7,
  holm 4.3, sten 4.8, and common names (jensen 5.0, mette 4.7).  wordfreq folds case, so a
  frequent *name* reads as a word; the frequent tokens that are names only ("mette", "jensen",
  "østergaard": capitalised in the Danish spelling dictionary and not a word of it in lower case,
  ``lexicon.name_words``, made by ``scripts/make-name-words.py``) are also hidden in lower case
  anywhere ("i dag kom mette").  Otherwise an ambiguous form is hidden only where it is used as
  a name:

  1. next to another part of the same person's name, in any case ("Hans Skov", "hans skov";
     parts may be separated by space, line break, hyphen, comma, ``.``/``_`` or initials);
  2. in an e-mail address or user name (``skov@rn.dk``, ``RN\\skov``, ``holm_m``), after ``/``,
     glued to digits (``Holm2``, ``holm2``);
  3. where a name is certain (below), in any case;
  4. as an apostrophe genitive ("Hans'", "Skov's");
  5. capitalised, not at the start of a sentence (a line that goes on from a line of running
     text is not a start: "Aftalt med Lars\\nHolm");
  6. in CAPITALS among lower-case words, or in CAPITALS text after til/fra/med/....

  **Sentence starts** and CAPITALS text say nothing by their capitals, so the next word decides:
  a name when it ends the line or is followed by ``, : ; ( ) / & -``, by a capitalised word (not
  a lone initial: "Storm P."), by the finite verb that follows a subject in a Danish main clause
  (``har``, ``tilså``, ``vurderer`` ... or a word ending in ``-ede``/``-et``/``-es``), a title,
  or ``og``/``eller`` before another capitalised word ("Rask og Skov har").  Prepositions and
  adverbs say nothing: "Sten i nyren", "Sand i urinen", "Skov og mark" stay.  A genitive of a
  name that is not a very common word (Zipf < ``ZIPF_WORD``) is a name at a sentence start too.
* **Certain positions.**  After a title or its abbreviation ("spl.", "sygepl.", "e.l.",
  "lægesekr."; up to three words), in a sign-off ("Mvh", "Med venlig hilsen", "Sign.:",
  "Dikt.:", "skrevet af", "kontrolleret af" ...: to the end of the line, or the next line), after
  "Referent:", "Deltagere:", "Cc:" ... (to the end of the line), after "talt med", "aftalt med",
  "v.", "ifølge", "Hej", "Kære", "Fast vagt:" (up to three words) and after ``/``, a name part of a hidden
  person is hidden in any case ("spl. holm", "mvh holm", "talt med jørgensen") and with **one
  typo** (insertion, deletion, substitution or two letters swapped; a symmetric-delete index) in
  names of four letters or more ("Hollm", "jørgnsen"), if the typo is not a word.  A position
  ends with its sentence.  A name that is also a function word in lower case ("hans", "per",
  "bo") is a name there only at the end of a sign-off line, before another part of the name,
  before a verb, "om", "at", "kl", "i morgen", a comma, or "og" and another name or title
  ("talt med per om smerterne", "ssh bo gav bad", "udført af bo og sten"; "talt med hans kone"
  stays), or where it ends a sign-off's sentence ("Ændret af leo. /po").  A list goes on after
  "og" and a comma wherever a name is certain ("nattevagt: lund og holm"), and a list's word may
  have up to two words before its colon ("På vagt i dag: ...").
  Once a name is found there, a word of *another* person does not continue it ("/dam Sten i
  nyren"), and a capitalised word right after another person's name or signature is read as at a
  sentence start ("Mvh Asks Sten i nyren").  A list ("Referent:", "Deltagere:") that has gone on
  past an ordinary word takes no clinical abbreviation or word as initials any more ("Referent:
  Åse Kendt med KOL").  A capitalised word next to a found part that is one typo away
  from another part of the same person joins it ("Mete Holm", "Per Vag").
* **Initials** — the person's own (:attr:`Person.initials`, also ones learned from sign-offs) and
  derived ones (MLHJ, MLH, MH, ... and four-letter MEHO, MLHO) — are found in any case and shape
  (``/MLH``, ``m.l.h.``, ``ML-H``, ``M. L. H.``) where a signature stands: after ``/``, a
  sign-off, a title, ``v.``; before ``/`` in a dictation mark ("MLH/ssa", "Dikt. mlh/ssa", and
  the secretary after it); after a domain (``RN\\mlh``); in parentheses after the person's name
  ("Mette Holm (MLH)"); alone on a line.  Initials someone has used also where they stand out in
  CAPITALS ("MLH tilså pt.", "Pt. tilset (MLH)."); a user name that is the person's derived
  initials ("RN\\mlh" for Mette Louise Holm) says that they use them.  Other derived ones only
  after "med", "m.", "af", "fra", "til", "jf.", "iflg." ... ("aftalt med MH"), after a field's
  label ("Ref.: HS"), as the subject of a verb ("HS ordinerede"), before a title ("HS, spl."),
  or joined by "og", "+", "&" or "," to initials read as a person ("HS og MH"; through an
  abbreviation between two: "HS, AMK og PLS"), last on a line ("Stuegang HS"), opening a diary
  line ("KS: pt. rolig.", "12/3 KS: ...", "Bad (KS): ok."; not "HS: hidradenitis
  suppurativa", where the next words spell them out), in the genitive ("GL's", "KS'").  A clinical abbreviation (BT, CRP,
  EKG, KOL, CT, IV, PO, HB, OK, DR, PL, ...: :data:`~.lexicon.CLINICAL_ABBREVIATIONS`) or a
  common word is replaced only where a signature stands.  User names: with a domain, with
  digits or punctuation anywhere; a bare one that is a word or a clinical abbreviation ("kol",
  "sol", "crp") only in a signature, after ``/``, after a domain, after "Bruger:" and "Kopi
  til" (what follows can only be a user name or a recipient); a short one in CAPITALS only as
  initials (as used initials when it is the person's).
* **Nothing left next to a label.**  A title joins the span ("overlæge Hans Skov" is one label),
  and so do initials before the name that are the person's ("M. L. Holm", "ML Holm", and of a
  hyphenated given name "M-L Holm", "M.-L. Holm", "A-M Kjærgård"), a trailing initial
  ("Mette L."), the rest of a hyphenated name ("Mette Holm-Berg") and initials in
  parentheses after it.  Role words in front of a title are not part of it ("vagthavende",
  "kontaktperson": "besluttet af vagthavende Overlæge 1a2b3c4").
* **A title can say it is someone else.**  A single name part that a non-hidden colleague shares,
  after a title that names a profession none of the hidden namesakes has (:func:`~.lexicon.profession`:
  "læge Lund" when the hidden Lund is a psychologist, "SSH Skov" when the hidden Skov is a nurse),
  is the colleague's and is left.
* **Shared forms**: when several people share a form (two "Mette"s) ``Span.person`` is one of
  them and ``Span.candidates`` lists all; a neighbouring family name narrows them.  Initials in
  parentheses that are none of the hidden namesakes' say it is someone else ("Bo (BJ)").
* **Non-hidden colleagues** (``others`` of :meth:`NameMatcher.build` / :func:`matcher_for`):
  two neighbouring parts of a colleague's name ("Lars Holm") are looked for too, and a *single*
  part of a hidden person inside one is left, unless both words are parts of one hidden person's
  name (loosely: Søren = Soeren = Soren; the **same full name** is hidden), the hit is more than
  one part, the name goes on tightly with another part of the hidden person ("Lars Holm, Mette"),
  or the words are separated by anything but spaces or a hyphen.  The same rules hold for the
  **names that must stay in one view** (the citizen, relatives, other patients:
  :meth:`NameMatcher.keep`, applied per view to the shared matcher's spans, see ``keep.py``).
* **Persistence**: :meth:`NameMatcher.dumps` / :meth:`~NameMatcher.loads` (a tenth of a second
  for 20,000 people; each key's data is read when a text first needs it); ``store.py`` keeps them
  signed next to the key file, by a digest of the people.

Known limits
------------
* Over-hiding that is left (safety first): a single name part shared by a hidden person and a
  visible colleague or relative ("læge Lund", "Maria" alone, "Mvh Tage") is hidden; so is a
  colleague's name over a line break ("Lars\\nHolm"), family name first ("Holm, Lars"), with an
  initial or a title and one part; a relative or the citizen with the same full name as a hidden
  person; a noun at a sentence start followed by a verb ("Sten blev fjernet" when Sten is a
  hidden given name).  The citizen's own given name alone stays (``own``), except after "ved",
  "hos", "fra" ..., in a signature or after a title.
* A typo that makes a word ("Skov" -> "sov") is the word; typos are looked for only where a name
  is certain or next to another part of the same name.
* A name that is also a common word, written alone in lower case outside a certain position
  ("ring til holm", "kirkegård"), is the ordinary word, except as the subject of what a person
  does (``lexicon._PERSON_VERBS``; an auxiliary with a person's participle or infinitive):
  "kl 8 bo gav morgenmedicin", "holm har bestilt bleer", "bo og sten har fastholdt pt", "per
  var her", after a time and the verb ("i dag kom bo og hjalp"), a diary line's writer after a
  time ("kl 14 per: pt klar") and a chat mention ("@bo kan du ...").  Not after an article, a
  possessive, a preposition or "at" ("en sten har", "at bo har"), nor before what a thing does
  ("sten har sat sig fast", "storm gjorde pt urolig", "sten ligger i nyren").  The verbs are
  listed, and about a hundred more made in every form (``lexicon._conjugated``).  A word that is
  a name is also a person where speech addresses it ("'jeg smadrer dig, storm, når du har
  fri'"), a greeting ends with it ("sov godt helle r"), a nickname is made of it ("kalder hende
  'Stormen'"), in a column of names, a table's staff column, a rota's shifts, after whom one
  talks to or stands in for (at the next line's start too), in parentheses where a round's
  line ends ("flowark 22-06 (vinter)"), before what is done to a person ("lam orienteret").
  A frequent name that
  is no word ("ring til mette", "jensen ringede") is hidden in any case (``lexicon.name_words``),
  and so is a name written with aa/oe/ae whose å/ø/æ spelling is a word ("kirkegaard",
  "soeren": a word of today is written with the letter).
* Two dotted capitals with spaces ("M. H.") count as initials only in a signature position, before
  a verb or after "med" ("M. H. ringede", "aftalt med M. H."; not "m. h. t."); a
  run of more than six dotted capitals is read in pieces of at most six (linear time).
* Initials that are also a clinical abbreviation (AMK, AK, PS, IV) are a person only in a
  signature, after "tilset af", "ordineret af" ..., between two initials read as a person, in a
  table's staff column, after a chart's "Godkendt:"; initials someone uses (``Person.initials``)
  also after whom one talked to ("talt med ML", "ifølge CO") and first on a diary line before a
  time and lower-case words ("IV 03.15: pt urolig"); "ord. AK" is the abbreviation (AK is a
  treatment).  Initials in lower case
  that are no word ("jn", "hbs", "uø") are read where a person is named: after a title, "af",
  "med", a field's colon, as a diary line's writer, alone in parentheses, before a verb, next to
  other initials, last on a line after a sentence.  Initials in lower case that are a word ("bh"
  is a bra, "mj") are read only where a name is certain, last on a line after a sentence or "af",
  and as a diary line's writer after a time ("kl 7 mj:"); clinical abbreviations ("bs", "pl")
  only in a signature.  A family initial in lower case after a given name goes with it ("bente
  s på dagvagt"; not "i", "å", "ø", which are words).  Mixed case ("MLHo"), nicknames nobody
  gave (``Person.aliases``: "Hasse", "Pelle"), a name spaced out ("H o l m"), and a typo of a
  name at a sentence start ("Holmm ringede") are not read.  (A hyphen inside a line, "Kjær-gård", is read: the word without
  its hyphen is looked up as one.)
* Letters confusable with a Latin-1 letter are folded only from outside Latin-1 (Cyrillic,
  Greek, IPA ...); look-alikes inside ASCII (``0``/``O``, ``1``/``l``, "rn"/"m") are not, so that
  ordinary text is never changed.
"""

from __future__ import annotations

# first, before any module of the search: compiled or source (see _native.py)
from . import _native  # noqa: F401
from . import matcher as _matcher
from .cache import MATCHER_CACHE_SIZE, matcher_by_digest, matcher_for
from .cache import _cached_matcher as _cached_matcher
from .fold import fold
from .forms import Person, Span, derive_initials
from .keep import RELATION_WORDS, KeepNames
from .lexicon import TITLES, ZIPF_AMBIGUOUS, ZIPF_WORD, zipf
from .matcher import NameMatcher
from .store import MatcherStore

# True when the search runs compiled (mypyc, setup.py); the same code runs as Python otherwise
COMPILED: bool = not str(_matcher.__file__).endswith(".py")

__all__ = [
    "COMPILED",
    "MATCHER_CACHE_SIZE",
    "RELATION_WORDS",
    "TITLES",
    "ZIPF_AMBIGUOUS",
    "ZIPF_WORD",
    "KeepNames",
    "MatcherStore",
    "NameMatcher",
    "Person",
    "Span",
    "derive_initials",
    "fold",
    "matcher_by_digest",
    "matcher_for",
    "zipf",
]
