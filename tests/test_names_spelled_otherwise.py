"""A name spelled as another language or a hurried hand writes it (issue 11, stop 34).

The held-out set ``bench/independent/names_rt40_probes.py`` (name structures and spellings)
found the hidden person's other part left beside a found one: "Guel [X]" (Gül), "Tareq [X]"
(Tariq), "[X] Damm" (van Dam), "[X] Bøgh" (Bøg), "[X] Mc Donald", "[X] ONeill", "Tareq ibn
[X]". Beside a part of the person's name, a word is now compared with the person's other parts
as it sounds (ü/ue/y, q/k, aa/å/a, doubled letters), within one edit for a short part and two
for a long one, past a particle ("ibn", "Bin", "de"); a family name with a prefix is found
written the other ways ("Mac Leod", "ONeill"). A common first name before the family name is
someone else's ("Maja Skov", a daughter, beside a hidden Maj-Britt Skov-Lund), and "McDonald"
(a word of its own, the chain) is no spelling of a hidden MacDonald by itself.
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person
from names_shown import out

HIDDEN = [
    Person("s1", "Gül", "Aydın", titles=("bioanalytiker",)),
    Person("s2", "Tariq", "bin Khalid", titles=("overlæge",)),
    Person("s3", "Femke", "van Dam", titles=("radiograf",)),
    Person("s4", "Karl Emil", "Bøg", titles=("paramediciner",)),
    Person("s5", "Finn", "O'Neill", titles=("anæstesilæge",)),
    Person("s6", "Fiona", "MacLeod", titles=("misbrugsbehandler",)),
    Person("s7", "Thi Lan", "Nguyen", titles=("sygeplejerske",)),
    Person("s8", "Maj-Britt", "Skov-Lund", titles=("sygeplejerske",)),
    Person("s9", "Joana", "de Sá", titles=("anæstesisygeplejerske",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guel Aydin 07.45: veneblodprøve besværlig", "[X] 07.45: veneblodprøve besværlig"),
        ("bioanalytiker Gyl Aydin tog prøven kl 8.", "[X] tog prøven kl 8."),
        ("Tareq ibn Khalid, overlæge", "[X], overlæge"),
        ("Dr. Tarik Bin Kalid har beskrevet CT.", "[X] har beskrevet CT."),
        ("Femke van Damm har givet kontrast.", "[X] har givet kontrast."),
        ("Karl Emil Bøgh har skrevet PPJ.", "[X] har skrevet PPJ."),
        ("Tilan Nguyen har målt temperatur", "[X] har målt temperatur"),
        ("Joana de Saa ringede til afdelingen", "[X] ringede til afdelingen"),
        # a family name with a prefix, written another way
        ("anæstesilæge Finn ONeill har tilset pt.", "[X] har tilset pt."),
        ("ONeill har tilset pt", "[X] har tilset pt"),
        ("Fiona Mc Leod 14.3.: urinprøve neg.", "[X] 14.3.: urinprøve neg."),
        ("McLeod har talt med pt om GHB", "[X] har talt med pt om GHB"),
    ],
)
def test_spelled_otherwise_beside_the_name(m: NameMatcher, text: str, expected: str) -> None:
    assert out(m, text) == expected


@pytest.mark.parametrize(
    ("text", "stays"),
    [
        ("Maja Skov Dam har sendt en besked via e-Boks.", "Maja"),
        ("Anne Aydemir er ny kollega.", "Aydemir"),
        ("Finn Olsen har vagt.", "Olsen"),
    ],
)
def test_another_persons_name_beside_it_stays(m: NameMatcher, text: str, stays: str) -> None:
    # someone else's name part beside a hidden one is not taken for a spelling of it
    assert stays in out(m, text)


def test_the_chain_is_no_spelling_of_a_name() -> None:
    m = NameMatcher.build([Person("s1", "Fiona", "MacDonald")])
    assert out(m, "Spiser på McDonald's 3-4 gange om ugen.") == (
        "Spiser på McDonald's 3-4 gange om ugen."
    )
    assert out(m, "Fiona Mc Donald har udleveret Antabus.") == "[X] har udleveret Antabus."
