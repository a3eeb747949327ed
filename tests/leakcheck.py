"""A reusable, independent leak detector for staff names in citizen-facing output.

Use it on anything that leaves indsigt toward a citizen or a proxy (JSON, HTML, CSV, PDF text,
e-mail)::

    from leakcheck import assert_no_leak
    assert_no_leak(stdout, hidden_people)           # raises AssertionError listing every leak

``hidden_people`` may hold ``indsigt.protect.names.Person`` objects, ``Staff`` rows, FHIR
Practitioner resources (``tests/builders.practitioner``), plain dicts with ``given``/``family``/
``emails``/``usernames``, or full names as strings ("Mette Louise Holm").

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
class _Forms:
    who: str
    parts: tuple[tuple[str, bool], ...]  # (normalised part, common word?)
    initials: tuple[str, ...]
    emails: tuple[str, ...]
    usernames: tuple[str, ...]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
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


def _person_fields(p: Any) -> tuple[str, str, list[str], list[str], list[str]]:
    """(given, family, emails, usernames, initials) of any accepted person form."""
    if isinstance(p, str):
        words = p.split()
        return " ".join(words[:-1]), words[-1] if words else "", [], [], []
    if isinstance(p, Mapping):
        if p.get("resourceType") == "Practitioner":
            name = (p.get("name") or [{}])[0]
            users = [
                i["value"]
                for i in p.get("identifier", [])
                if "1.2.208.176.1.2" not in i.get("system", "")
            ]
            mails = [t["value"] for t in p.get("telecom", []) if t.get("system") == "email"]
            return " ".join(name.get("given", [])), name.get("family", ""), mails, users, []
        return (
            p.get("given", ""),
            p.get("family", ""),
            list(p.get("emails", ()) or ()) + ([p["email"]] if p.get("email") else []),
            list(p.get("usernames", ()) or ())
            + [p[k] for k in ("username", "auth_id") if p.get(k)],
            list(p.get("initials", ()) or ()),
        )
    emails = list(getattr(p, "emails", ()) or ())
    if getattr(p, "email", None):
        emails.append(p.email)
    users = list(getattr(p, "usernames", ()) or ())
    users += [getattr(p, k) for k in ("username", "auth_id") if getattr(p, k, None)]
    return p.given or "", p.family or "", emails, users, list(getattr(p, "initials", ()) or ())


def forms_of(person: Any) -> _Forms:
    """The forms of a person's name that must never leak."""
    given, family, emails, users, initials = _person_fields(person)
    g, f = _split(given), _split(family)
    parts = [*g, *f]
    if len(f) > 1:
        parts.append("".join(f))
    parts += [x.translate(_STRIPPED) for x in parts if x.translate(_STRIPPED) != x]
    norm_parts = tuple(
        dict.fromkeys((_norm(x), _common(x)) for x in parts if len(x) >= 2 and x[0].isalpha())
    )
    gi = [x[0].upper() for x in g if x[:1].isalpha()]
    fi = [x[0].upper() for x in f if x[:1].isalpha()]
    inits = set(initials)
    if gi and fi:
        inits |= {"".join(gi + fi), "".join(gi) + fi[-1], gi[0] + "".join(fi), gi[0] + fi[-1]}
    return _Forms(
        who=f"{given} {family}".strip(),
        parts=norm_parts,
        initials=tuple(sorted(_norm(i) for i in inits if len(i) >= 2)),
        emails=tuple(_norm(e).lower() for e in emails if e),
        usernames=tuple(dict.fromkeys(_norm(u) for u in users if u)),
    )


def _views(text: str) -> Iterator[tuple[str, str]]:
    """The text as it is, and decoded in every way a reader (or a browser) would decode it."""
    yield "tekst", text
    unescaped = html.unescape(text)
    if unescaped != text:
        yield "HTML-afkodet", unescaped
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


def find_leaks(text: str, persons: Iterable[Any], *, allow: Iterable[str] = ()) -> list[Leak]:
    """Every occurrence of a form of a hidden person's name in ``text`` (all decodings)."""
    forms = [forms_of(p) for p in persons]
    allowed = [_norm(a) for a in allow]
    leaks: list[Leak] = []
    for view, raw in _views(text):
        t = _norm(raw)
        for a in allowed:
            t = re.sub(re.escape(a), lambda m: " " * len(m.group()), t, flags=re.IGNORECASE)
        low = t.lower()
        for f in forms:
            for part, common in f.parts:
                pat = re.compile(
                    _NOT_ALNUM_BEFORE + re.escape(part) + rf"(?:s|[{_APOS}]s?)?" + _NOT_ALNUM_AFTER,
                    re.IGNORECASE,
                )
                for m in pat.finditer(t):
                    s, e = m.span()
                    if not common or t[s].isupper() or _in_address(t, s, e):
                        leaks.append(Leak(f.who, "navn", m.group(), _ctx(t, s, e), view))
            if len(f.parts) > 1:
                alt = "|".join(re.escape(p) for p, _ in sorted(f.parts, key=lambda x: -len(x[0])))
                pair = re.compile(
                    _NOT_ALNUM_BEFORE + rf"({alt})[\s\-._,]+({alt})" + _NOT_ALNUM_AFTER,
                    re.IGNORECASE,
                )
                for m in pair.finditer(t):
                    if m.group(1).lower() != m.group(2).lower():
                        leaks.append(Leak(f.who, "fulde navn", m.group(), _ctx(t, *m.span()), view))
            for ini in f.initials:
                dotted = r"\.?\s?".join(map(re.escape, ini)) + r"\.?"
                for pat, flags in (
                    (_NOT_ALNUM_BEFORE + dotted + _NOT_ALNUM_AFTER, 0),
                    (r"(?<=[/\\])" + re.escape(ini) + _NOT_ALNUM_AFTER, re.IGNORECASE),
                    (_NOT_ALNUM_BEFORE + re.escape(ini) + r"(?=/)", re.IGNORECASE),
                ):
                    for m in re.finditer(pat, t, flags):
                        if flags or m.group().replace(".", "").replace(" ", "").isupper():
                            leaks.append(
                                Leak(f.who, "initialer", m.group(), _ctx(t, *m.span()), view)
                            )
            for mail in f.emails:
                for m in re.finditer(re.escape(mail), low):
                    leaks.append(Leak(f.who, "e-mail", m.group(), _ctx(t, *m.span()), view))
            for user in f.usernames:
                last = re.split(r"[\\/]", user)[-1]
                pats = [re.escape(user)]
                if len(last) >= 3:
                    pats.append(_NOT_ALNUM_BEFORE + re.escape(last) + _NOT_ALNUM_AFTER)
                else:
                    pats.append(r"(?<=[/\\])" + re.escape(last) + _NOT_ALNUM_AFTER)
                for pat in pats:
                    for m in re.finditer(pat, t, re.IGNORECASE):
                        leaks.append(Leak(f.who, "brugernavn", m.group(), _ctx(t, *m.span()), view))
    unique: dict[tuple[str, str, str, str], Leak] = {}
    for leak in leaks:
        unique.setdefault((leak.person, leak.form, leak.found, leak.context), leak)
    return list(unique.values())


def assert_no_leak(text: str, persons: Iterable[Any], *, allow: Iterable[str] = ()) -> None:
    """Fail with every leak found (see :func:`find_leaks`)."""
    leaks = find_leaks(text, list(persons), allow=allow)
    if leaks:
        shown = "\n  ".join(map(str, leaks[:40]))
        more = f"\n  … og {len(leaks) - 40} til" if len(leaks) > 40 else ""
        raise AssertionError(f"{len(leaks)} navnelæk:\n  {shown}{more}")
