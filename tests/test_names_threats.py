"""Where staff are threatened: the notes of crisis shelters, child protection, probation, the
night's emergency room (issue 11, stop 34).

The held-out set ``bench/independent/names_rt42_probes.py`` (6b11391: 44 leaks) showed how such
notes name the staff a citizen threatens: in the citizen's own words, quoted, addressed by a
first name that is also a word ("'jeg smadrer dig, storm, når du har fri'"), by a nickname
made of the name ("'Stormen'"), by the role and the name; and a professional beside the
citizen ("bisidder Helle Rose (krisecentret)") was taken for a relative.
"""

from __future__ import annotations

import pytest

from indsigt.protect.names import NameMatcher, Person

HIDDEN = [
    Person("s1", "Helle", "Rose", initials=("HR",), titles=("socialrådgiver",)),
    Person("s2", "Storm", "Lund", titles=("socialpædagog",)),
    Person("s3", "Max", "Brink", titles=("familiebehandler",)),
    Person("s4", "Gry", "Holt", titles=("boligsocial medarbejder",)),
    Person("s5", "Bjørn", "Falk", titles=("tilsynsførende",)),
    Person("s6", "Lykke", "Kamp", titles=("rådgiver",)),
]


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build(HIDDEN)


def test_a_professional_beside_the_citizen_is_no_relative(m: NameMatcher) -> None:
    # "bisidder", "værge": roles that staff take too; the name after them stays hidden
    keep = m.keep([("Helle", "Nord")], own=[("Dennis", "Krog")])
    for text in (
        "Til stede: Helle Nord, bisidder Helle Rose (krisecentret).",
        "Værge Helle Rose deltog i mødet.",
    ):
        spans = keep.filter(text, m.find(text))
        assert any(text[s.start : s.end] == "Helle Rose" for s in spans), text
    # a relative's own name after a kinship word stays as before
    text = "Pt.s ekskæreste Helle Nord ringede."
    assert keep.filter(text, m.find(text)) == []
