"""Make ``src/indsigt/protect/names/name_words.txt``: frequent words that are only names.

The matcher looks for a name part that is also a common Danish word ("Holm", "Skov", "Per")
only with a capital letter: "holm" in lower case is an islet. wordfreq's frequencies cannot
tell a word from a name (it folds case), so every frequent *name* counted as a word too, and a
hidden "Mette Jensen" written "mette" or "jensen" in lower case was not looked for at all.

This script lists the tokens that are frequent (wordfreq Zipf >= ``ZIPF_AMBIGUOUS``) but are
names only: written with a capital first letter in the Danish spelling dictionary (folded as the
matcher folds them: "Krüger" is "kruger"), not a word of that dictionary in lower case (a
compound of two words, "han" + "sen", is no word here), and not an English word that stands in
Danish text ("best", "white", "street": accepted in lower case by the English dictionary and at
least ``ENGLISH_MARGIN`` more frequent in English than in Danish; the English dictionary also
takes "peter" and "lone" in lower case, whose Danish frequency is their own). It is run by hand
when the dictionaries or wordfreq change; the list is committed. It needs Debian's
``hunspell``, ``hunspell-tools`` (``unmunch``), ``hunspell-da`` and ``hunspell-en-us``:

    apt-get install hunspell hunspell-tools hunspell-da hunspell-en-us
    .venv/bin/python scripts/make-name-words.py

The Danish dictionary is Stavekontrolden's da_DK (© Foreningen for frit tilgængelige
sprogværktøjer, GPL-2.0 / LGPL-2.1 / MPL-1.1); the list derived from it is used under MPL-1.1
(see the header the script writes into the file).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "indsigt" / "protect" / "names" / "name_words.txt"
DICTS = Path("/usr/share/hunspell")
#: an English word this much more frequent (Zipf) in English than in Danish is English here
ENGLISH_MARGIN = 0.5

HEADER = """\
# Frequent words that are only names (wordfreq Zipf >= {zipf} in Danish, capitalised in the
# Danish spelling dictionary, not accepted by it in lower case, and not English words).
# Made by scripts/make-name-words.py; do not edit by hand.
# Derived from Stavekontrolden's Danish dictionary da_DK {version}
# (c) Foreningen for frit tilgaengelige sprogvaerktoejer, https://www.stavekontrolden.dk,
# used under the Mozilla Public License 1.1 (one of its three licences: GPL-2.0, LGPL-2.1,
# MPL-1.1); the source is the hunspell-da package of Debian.
"""


def _accepted(words: list[str], dictionary: str) -> set[str]:
    """The words hunspell accepts as spelled (``-G``), in the case given."""
    out = subprocess.run(
        ["hunspell", "-d", str(DICTS / dictionary), "-G"],
        input="\n".join(words) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def _danish_words(words: list[str]) -> set[str]:
    """The words the Danish dictionary knows as a word of their own (``-m``: an analysis with a
    stem, ``st:``, and without ``pa:``), not only as a compound of two ("hansen" is "han" +
    "sen", "sørensen" is "sø" + "rensen": names, whatever the compounding rules allow)."""
    out = subprocess.run(
        ["hunspell", "-d", str(DICTS / "da_DK"), "-m"],
        input="\n".join(words) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    blocks: list[list[str]] = []
    block: list[str] = []
    for line in out.split("\n")[:-1]:
        if line:
            block.append(line)
        else:
            blocks.append(block)
            block = []
    if len(blocks) != len(words):
        raise RuntimeError(f"hunspell -m gave {len(blocks)} answers for {len(words)} words")
    return {
        w
        for w, b in zip(words, blocks, strict=True)
        if any("st:" in a and "pa:" not in a for a in b)
    }


#: frequent given names the Danish dictionary also knows as a rare inflected form of a word
#: ("malene": the moths; "pia", "tim", "lis", "agnes", "ellen" ...: forms nobody writes in a
#: note), "jens" (a slang noun), and "ib", shorter than the forms read here. Not "leo" (the
#: lion) nor "magnus" ("adductor magnus"): their lemmas are words of notes.
NAMES_ALL_THE_SAME = (
    "agnes", "dan", "ellen", "helen", "ib", "jens", "karsten", "lis", "mads", "malene", "maren",
    "pia", "rolf", "søs", "tim", "vera",
)  # fmt: skip
#: abbreviations written in lower case in notes ("max 4 g/døgn", "3. jan.", "kr. 2 mio.")
ABBREVIATIONS = (
    "adr",
    "afd",
    "alm",
    "eur",
    "jan",
    "jun",
    "kbh",
    "maks",
    "mar",
    "max",
    "mio",
    "sek",
)


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from indsigt.protect.names.fold import fold
    from indsigt.protect.names.lexicon import ZIPF_AMBIGUOUS, zipf

    forms = subprocess.run(
        ["unmunch", str(DICTS / "da_DK.dic"), str(DICTS / "da_DK.aff")],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8", "replace")
    # as the matcher folds them ("Krüger" is looked up as "kruger", "René" as "rene")
    capitalised = {
        fold(w).strip() for w in forms.split() if w[:1].isupper() and w.isalpha() and len(w) >= 3
    }
    capitalised = {w for w in capitalised if w.isalpha()}
    frequent = sorted(t for w in capitalised for t in (w, w + "s") if zipf(t) >= ZIPF_AMBIGUOUS)
    import wordfreq

    danish = _danish_words(frequent)
    english = {
        t
        for t in _accepted(frequent, "en_US")
        if wordfreq.zipf_frequency(t, "en") >= zipf(t) + ENGLISH_MARGIN
    }
    names = [
        t
        for t in dict.fromkeys(frequent)
        if t not in danish and t not in english and t not in ABBREVIATIONS
    ]
    # an old spelling of a word of today ("en kjær gammel hund": "kær") is that word
    old = {t: t.replace("kj", "k") for t in names if "kj" in t}
    modern = _danish_words(sorted(set(old.values())))
    names = [t for t in names if old.get(t) not in modern]
    names = sorted({*names, *(t for t in NAMES_ALL_THE_SAME if zipf(t) >= ZIPF_AMBIGUOUS)})
    version = next(
        (
            line.split()[-1]
            for line in (DICTS / "da_DK.aff").read_text("utf-8").splitlines()
            if line.startswith("#Stavekontrolden version")
        ),
        "",
    )
    OUT.write_text(HEADER.format(zipf=ZIPF_AMBIGUOUS, version=version) + "\n".join(names) + "\n")
    print(f"{len(names)} names of {len(frequent)} frequent capitalised forms -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
