"""A reusable, independent leak detector for staff names in citizen-facing output.

Use it on anything that leaves indsigt toward a citizen or a proxy (JSON, HTML, CSV, PDF text,
e-mail)::

    from leakcheck import assert_no_leak
    assert_no_leak(stdout, hidden_people)           # raises AssertionError listing every leak

``hidden_people`` may hold ``indsigt.protect.names.Person`` objects, ``Staff`` rows, FHIR
Practitioner resources (``tests/builders.practitioner``), plain dicts with ``given``/``family``/
``emails``/``usernames``/``initials``/``names``, or full names as strings ("Mette Louise Holm").

Every alias of a person is a name to look for: every ``HumanName`` of a Practitioner (official,
usual, nickname, maiden, old), the ``names`` list of a dict (``[{"given": .., "family": ..}]``
or ``[(given, family)]``) and a Person's ``aliases``; user names with and without their domain
(``RSYD\\lch`` and ``lch``); learned initials (``initials``) next to the ones derived from
every name.

The detector deliberately does **not** use indsigt's own matcher (``protect/names.py``): a test
that checked the matcher with itself would prove nothing. It is simpler and stricter:

* the text is also read decoded: HTML entities, %-escapes, JSON strings (``\\u00f8``), e-mail
  (MIME headers, quoted-printable and base64 bodies), soft hyphens and zero-width characters
  removed, hyphenated line breaks joined; æ/ø/å are compared as ae/oe/aa (and a name is also looked for with them
  stripped: Sørensen → Sorensen) and accents are dropped;
* every given-name and family-name part (also the joined spelling of a hyphenated family name),
  with or without a genitive ``s``/``'s``/``'``, is a leak when it is capitalised or in capitals,
  when it is part of an e-mail address/user name, or in any case when it is not a common Danish
  word (wordfreq Zipf < 3) — so the pronoun "hans" and the noun "skov" in lower case pass, while
  "Skov", "SKOV", "Holms" and "sørensen" do not;
* two parts of one person's name next to each other, in any case ("hans skov", "lund-sørensen");
* initials (MLH, MH, M.L.H.) in capitals anywhere, and in any case next to ``/`` or ``\\``;
* e-mail addresses and user names / authorisation ids (also the part after a ``DOMAIN\\``).

A capitalised ordinary word at a sentence start ("Hans datter ringede") is reported too; pass such
phrases in ``allow`` when a test really wants them to stay.
"""

from __future__ import annotations

import email
import email.policy
import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

__all__ = ["Leak", "assert_no_leak", "find_leaks", "forms_of"]

_COMMON_ZIPF = 3.0
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# variation selectors, tag characters and the other invisible characters (besides category Cf)
_INVISIBLE_RE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
# look-alike letters a reader takes for Latin ones (Cyrillic, Greek, dotless i)
_CONFUSABLE = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "к": "k",
        "м": "m", "н": "h", "т": "t", "в": "b", "А": "A", "В": "B", "Е": "E", "К": "K",
        "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I",
        "Ј": "J", "Ѕ": "S", "ο": "o", "α": "a", "ν": "v", "ρ": "p", "κ": "k", "ι": "i",
        "τ": "t", "υ": "u", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I",
        "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        "ı": "i", "ȷ": "j", "ℓ": "l",
    }
)  # fmt: skip
# positions where a name is certain: after a title or label, in a sign-off (written the way
# _norm writes the text: æ, ø, å as ae, oe, aa)
_CUES = (
    r"(?:/|\\|\bmvh\.?|\bhilsen|\bv\.|\bved|\btalt med|\bringet til|\btlf\.? (?:til|fra)|"
    r"\breferent:?|\bdeltagere:?|\bdikt\.?:?|\bsign\.?:?|\bspl\.|\bovl\.|\bafdl\.|\brl\.|"
    r"\bsekr\.|\bfys\.|\bdr\.|\blæge|\boverlæge|\bsygeplejerske|\bssa|\bssh|\bpsykolog|"
    r"\bmiljøterapeut|\bafdelingslæge|\breservelæge|\bhjemmesygeplejerske|\bvisitator|"
    r"\bkontaktperson|\b(?:til)?set af|\bvurderet af|\bskrevet af|\budført af|\bordineret af|"
    r"\baftalt med|\bkonfereret med|\bsosu-ass\.|\bfra:|\btil:|\bcc:)"
)
_CUES = _CUES.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
_DANISH = str.maketrans(
    {
        "æ": "ae",
        "Æ": "Ae",
        "ø": "oe",
        "Ø": "Oe",
        "å": "aa",
        "Å": "Aa",
        "ä": "ae",
        "Ä": "Ae",
        "ö": "oe",
        "Ö": "Oe",
    }
)
_STRIPPED = str.maketrans({"æ": "a", "Æ": "A", "ø": "o", "Ø": "O", "å": "a", "Å": "A"})
_APOS = "'’´`ʼ"
_NOT_ALNUM_BEFORE = r"(?<![^\W_])"
_NOT_ALNUM_AFTER = r"(?![^\W_])"
# a name glued to digits ("Holm2", "2Holm") is still the name: only letters bound a name
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"


@dataclass(frozen=True)
class Leak:
    person: str
    form: str
    found: str
    context: str
    view: str

    def __str__(self) -> str:
        return f"{self.person}: {self.form} {self.found!r} i {self.view}: …{self.context}…"


@dataclass(frozen=True)
class _Person:
    names: tuple[tuple[str, str], ...]  # (given, family), the first is the current name
    emails: tuple[str, ...]
    usernames: tuple[str, ...]
    initials: tuple[str, ...]


@dataclass(frozen=True)
class _Forms:
    who: str
    parts: tuple[tuple[str, bool], ...]  # (normalised part, common word?)
    initials: tuple[str, ...]
    emails: tuple[str, ...]
    usernames: tuple[str, ...]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = _INVISIBLE_RE.sub("", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = text.translate(_CONFUSABLE)
    text = re.sub(r"(?<=[^\W\d_])[-\u2010\u2011]\r?\n[ \t]*(?=[^\W\d_])", "", text)
    text = text.translate(_DANISH)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "da") >= _COMMON_ZIPF


def _split(name: str) -> list[str]:
    return [p.strip(".,;:'\"()") for p in re.split(r"[\s\-\u2010\u2011\u2013]+", name or "") if p]


def _name_pair(n: Any) -> tuple[str, str]:
    if isinstance(n, str):
        words = n.split()
        return " ".join(words[:-1]), words[-1] if words else ""
    if isinstance(n, Mapping):
        given = n.get("given", "")
        if isinstance(given, list | tuple):
            given = " ".join(given)
        return given or "", n.get("family", "") or ""
    if isinstance(n, list | tuple) and len(n) == 2:
        return str(n[0] or ""), str(n[1] or "")
    return getattr(n, "given", "") or "", getattr(n, "family", "") or ""


def _person_fields(p: Any) -> _Person:
    """Every name, e-mail, user name and initials of any accepted person form."""
    if isinstance(p, str):
        return _Person((_name_pair(p),), (), (), ())
    if isinstance(p, Mapping):
        if p.get("resourceType") == "Practitioner":
            names = tuple(_name_pair(n) for n in p.get("name") or [{}])
            users = tuple(
                i["value"]
                for i in p.get("identifier", [])
                if "1.2.208.176.1.2" not in i.get("system", "") and i.get("value")
            )
            mails = tuple(t["value"] for t in p.get("telecom", []) if t.get("system") == "email")
            return _Person(names, mails, users, tuple(p.get("initials", ()) or ()))
        names = [_name_pair(p)]
        names += [_name_pair(n) for n in p.get("names", ()) or ()]
        names += [_name_pair(n) for n in p.get("aliases", ()) or ()]
        return _Person(
            tuple(n for n in names if any(n)),
            tuple(list(p.get("emails", ()) or ()) + ([p["email"]] if p.get("email") else [])),
            tuple(
                list(p.get("usernames", ()) or ())
                + [p[k] for k in ("username", "auth_id") if p.get(k)]
            ),
            tuple(p.get("initials", ()) or ()),
        )
    emails = list(getattr(p, "emails", ()) or ())
    if getattr(p, "email", None):
        emails.append(p.email)
    users = list(getattr(p, "usernames", ()) or ())
    users += [getattr(p, k) for k in ("username", "auth_id") if getattr(p, k, None)]
    names = [(p.given or "", p.family or "")]
    names += [_name_pair(a) for a in getattr(p, "aliases", ()) or ()]
    return _Person(
        tuple(names), tuple(emails), tuple(users), tuple(getattr(p, "initials", ()) or ())
    )


def forms_of(person: Any) -> _Forms:
    """The forms of a person's names (every alias) that must never leak."""
    fields = _person_fields(person)
    parts: list[str] = []
    inits = set(fields.initials)
    for given, family in fields.names:
        g, f = _split(given), _split(family)
        parts += [*g, *f]
        if len(f) > 1:
            parts.append("".join(f))
        gi = [x[0].upper() for x in g if x[:1].isalpha()]
        fi = [x[0].upper() for x in f if x[:1].isalpha()]
        if gi and fi:
            inits |= {"".join(gi + fi), "".join(gi) + fi[-1], gi[0] + "".join(fi), gi[0] + fi[-1]}
    parts += [x.translate(_STRIPPED) for x in parts if x.translate(_STRIPPED) != x]
    norm_parts = tuple(
        dict.fromkeys((_norm(x), _common(x)) for x in parts if len(x) >= 2 and x[0].isalpha())
    )
    users = list(fields.usernames)  # the part after a domain is looked for by find_leaks
    given0, family0 = fields.names[0] if fields.names else ("", "")
    return _Forms(
        who=f"{given0} {family0}".strip(),
        parts=norm_parts,
        initials=tuple(sorted({_norm(i) for i in inits if len(i) >= 2})),
        emails=tuple(_norm(e).lower() for e in fields.emails if e),
        usernames=tuple(dict.fromkeys(_norm(u) for u in users if u)),
    )


def _views(text: str) -> Iterator[tuple[str, str]]:
    """The text as it is, and decoded in every way a reader (or a browser) would decode it."""
    yield "tekst", text
    unescaped = html.unescape(text)
    if unescaped != text:
        yield "HTML-afkodet", unescaped
    if re.search(r"<[A-Za-z/!][^<>]{0,200}>", text):
        yield "uden markup", html.unescape(re.sub(r"<[A-Za-z/!][^<>]{0,200}>", "", text))
    if "\u202e" in text:  # right-to-left override: what the reader sees is reversed
        yield (
            "som vist (RLO)",
            re.sub("\u202e([^\u202c\n]*)\u202c?", lambda m: m.group(1)[::-1], text),
        )
    joined = re.sub(r"(?<=[^\W\d_])(?:-[ \t]+|\u00ad?\r?\n[ \t]*)(?=[^\W\d_])", "", text)
    if joined != text:
        yield "orddele samlet", joined
    unq = unquote(text)
    if unq != text:
        yield "URL-afkodet", unq
    try:
        doc = json.loads(text)
    except (ValueError, TypeError):
        doc = None
    if doc is not None:
        yield "JSON-strenge", "\n".join(_strings(doc))
    if re.match(r"^[\w-]+: ", text) and "\n\n" in text.replace("\r\n", "\n"):
        msg = email.message_from_string(text, policy=email.policy.default)
        chunks = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    chunks.append(part.get_content())
                except (LookupError, ValueError):  # pragma: no cover - broken charset
                    chunks.append(part.get_payload(decode=True).decode("utf-8", "replace"))
        yield "e-mail (afkodet)", "\n".join(chunks)


def _strings(doc: Any) -> Iterator[str]:
    if isinstance(doc, str):
        yield doc
    elif isinstance(doc, Mapping):
        for k, v in doc.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(doc, list | tuple):
        for v in doc:
            yield from _strings(v)


def _ctx(text: str, s: int, e: int) -> str:
    return text[max(0, s - 30) : e + 30].replace("\n", "⏎")


def _in_address(text: str, s: int, e: int) -> bool:
    """Part of an e-mail address or user name: mette.holm@..., RN\\holm, holm_m."""
    after, before = text[e : e + 2], text[max(0, s - 2) : s]
    if after[:1] in ("@", "_") or (after[:1] == "." and after[1:2].isalnum()):
        return True
    return before[-1:] in ("@", "\\", "_") or (before[-1:] == "." and before[:1].isalnum())


_CUE_BEFORE = re.compile(_CUES + r"[ \t]*(?:[^\W\d_]+[ \t])?$")


def _certain(text: str, s: int) -> bool:
    """A name in a certain position: right after a title, a label or a slash (any case)."""
    return _CUE_BEFORE.search(text[max(0, s - 24) : s].lower()) is not None


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance exactly one (a typo), not zero."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=65536)
def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_CUE_RE = re.compile(_CUES)
_NEXT_WORDS = re.compile(r"[ \t]*((?:[^\W\d_]+[ \t]?){1,3})")


def find_leaks(
    text: str, persons: Iterable[Any], *, allow: Iterable[str] = (), unique: bool = True
) -> list[Leak]:
    """Every occurrence of a form of a hidden person's name in ``text`` (all decodings).

    With ``unique`` (the default) findings with the same person, form, text and context are
    reported once; without, every occurrence counts (for comparing two texts)."""
    forms = [forms_of(p) for p in persons]
    allowed = [_norm(a) for a in allow]
    leaks: list[Leak] = []
    for view, raw in _views(text):
        t = _norm(raw)
        for a in allowed:
            t = re.sub(re.escape(a), lambda m: " " * len(m.group()), t, flags=re.IGNORECASE)
        low = t.lower()
        # words in a certain position (after a title, a label, a slash), for the typo rule
        cue_words = []
        for c in _CUE_RE.finditer(low):
            m = _NEXT_WORDS.match(low, c.end())
            if m:
                cue_words += [
                    (m.start(1) + w.start(), w.group())
                    for w in re.finditer(r"[^\W\d_]{4,}", m.group(1))
                ]
        for f in forms:
            for part, common in f.parts:
                pat = _rx(
                    _NOT_LETTER_BEFORE
                    + re.escape(part)
                    + rf"(?:s|[{_APOS}]s?)?"
                    + _NOT_LETTER_AFTER,
                    re.IGNORECASE,
                )
                for m in pat.finditer(t):
                    s, e = m.span()
                    if (
                        not common
                        or t[s].isupper()
                        or _in_address(t, s, e)
                        or _certain(t, s)
                        or t[s - 1 : s].isdigit()
                        or t[e : e + 1].isdigit()
                    ):
                        leaks.append(Leak(f.who, "navn", m.group(), _ctx(t, s, e), view))
            # run together ("MetteHolm", "#metteholm")
            names = sorted({p.lower() for p, _ in f.parts if len(p) >= 2}, key=len, reverse=True)
            if len(names) > 1:
                alt = "|".join(map(re.escape, names))
                glued = _rx(
                    _NOT_LETTER_BEFORE + rf"({alt})({alt})" + _NOT_LETTER_AFTER, re.IGNORECASE
                )
                for m in glued.finditer(t):
                    if m.group(1).lower() != m.group(2).lower():
                        leaks.append(
                            Leak(f.who, "sammenskrevet", m.group(), _ctx(t, *m.span()), view)
                        )
            # one typo in a certain position ("spl. Hollm", "talt med Mete Holm")
            for s, w in cue_words:
                for p, _ in f.parts:
                    if len(p) >= 4 and _one_edit(w, p.lower()):
                        e = s + len(w)
                        leaks.append(Leak(f.who, "stavefejl", t[s:e], _ctx(t, s, e), view))
            if len(f.parts) > 1:
                alt = "|".join(re.escape(p) for p, _ in sorted(f.parts, key=lambda x: -len(x[0])))
                pair = _rx(
                    _NOT_ALNUM_BEFORE + rf"({alt})[\s\-._,]+({alt})" + _NOT_ALNUM_AFTER,
                    re.IGNORECASE,
                )
                for m in pair.finditer(t):
                    if m.group(1).lower() != m.group(2).lower():
                        leaks.append(Leak(f.who, "fulde navn", m.group(), _ctx(t, *m.span()), view))
            for ini in f.initials:
                dotted = r"\.?\s?".join(map(re.escape, ini)) + r"\.?"
                marked = r"[.\-]?\s?".join(map(re.escape, ini)) + r"\.?"
                loose = r"[.\-]?\s?".join(map(re.escape, ini)) + r"\.?"
                for pat, flags in (
                    (_NOT_ALNUM_BEFORE + dotted + _NOT_ALNUM_AFTER, 0),
                    (r"(?<=[/\\])" + re.escape(ini) + _NOT_ALNUM_AFTER, re.IGNORECASE),
                    (_NOT_ALNUM_BEFORE + re.escape(ini) + r"(?=/)", re.IGNORECASE),
                    # written with dots or hyphens (m.l.h., ML-H), any case
                    (_NOT_ALNUM_BEFORE + marked + _NOT_ALNUM_AFTER, re.IGNORECASE),
                ):
                    for m in _rx(pat, flags).finditer(t):
                        if (
                            pat.endswith(_NOT_ALNUM_AFTER)
                            and marked in pat
                            and not re.search(r"[^\W\d_][.\-]\s?[^\W\d_]", m.group())
                        ):
                            continue  # a dot or hyphen between letters: "kl." is no one
                        if flags or m.group().replace(".", "").replace(" ", "").isupper():
                            leaks.append(
                                Leak(f.who, "initialer", m.group(), _ctx(t, *m.span()), view)
                            )
                # in a certain position (Sign.: mlh, Dikt. MLH), any case and separators
                for c in _CUE_RE.finditer(low):
                    m = _rx(r"[ \t]*(" + loose + r")" + _NOT_ALNUM_AFTER, re.IGNORECASE).match(
                        t, c.end()
                    )
                    if m:
                        leaks.append(
                            Leak(f.who, "initialer", m.group(1), _ctx(t, *m.span(1)), view)
                        )
            for mail in f.emails:
                for m in _rx(re.escape(mail)).finditer(low):
                    leaks.append(Leak(f.who, "e-mail", m.group(), _ctx(t, *m.span()), view))
            for user in f.usernames:
                last = re.split(r"[\\/]", user)[-1]
                pats = [_NOT_ALNUM_BEFORE + re.escape(user) + _NOT_ALNUM_AFTER]
                if len(last) >= 3:
                    pats.append(_NOT_ALNUM_BEFORE + re.escape(last) + _NOT_ALNUM_AFTER)
                else:
                    pats.append(r"(?<=[/\\])" + re.escape(last) + _NOT_ALNUM_AFTER)
                for pat in pats:
                    for m in _rx(pat, re.IGNORECASE).finditer(t):
                        leaks.append(Leak(f.who, "brugernavn", m.group(), _ctx(t, *m.span()), view))
    if not unique:
        return leaks
    once: dict[tuple[str, str, str, str], Leak] = {}
    for leak in leaks:
        once.setdefault((leak.person, leak.form, leak.found, leak.context), leak)
    return list(once.values())


def assert_no_leak(text: str, persons: Iterable[Any], *, allow: Iterable[str] = ()) -> None:
    """Fail with every leak found (see :func:`find_leaks`)."""
    leaks = find_leaks(text, list(persons), allow=allow)
    if leaks:
        shown = "\n  ".join(map(str, leaks[:40]))
        more = f"\n  … og {len(leaks) - 40} til" if len(leaks) > 40 else ""
        raise AssertionError(f"{len(leaks)} navnelæk:\n  {shown}{more}")
