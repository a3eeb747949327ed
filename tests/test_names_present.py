"""A name part shared by a hidden person and a colleague who worked where the note was written
(issue 11, item 5: over-hiding is a leak too). ``names.present.Present`` is the per-document
filter; ``protect.presence.Presence`` reads who worked where from the role history; the journal
passes each note's organisation and date (``protect.base.Written``).

Every rule is tested both ways: the colleague's part stays where all the conditions hold, and the
hidden person's part is hidden as soon as one of them fails (fail toward hiding)."""

from __future__ import annotations

from pathlib import Path

import pytest

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names.present import Present
from indsigt.protect.orders import add_orders
from indsigt.protect.replace import replace
from indsigt.timeutil import parse_at
from indsigt.views import journal_view

# hidden: Henrik Storm (a doctor elsewhere); visible: Hanne Storm, who works where the note is
HEST = Person("s-hest", "Henrik", "Storm", initials=("HS",), titles=("Overlæge",))
HAST = ("Hanne", "Storm")


@pytest.fixture(scope="module")
def m() -> NameMatcher:
    return NameMatcher.build([HEST], others=[HAST])


def view(m: NameMatcher, text: str, absent=("s-hest",), parts=("hanne", "storm")) -> str:
    spans = m.find(text)
    spans = Present(frozenset(parts), frozenset(absent), m._titles).filter(text, spans)
    return replace(text, spans, lambda k: "[X]")


@pytest.mark.parametrize(
    "text",
    [
        "Talt med Storm, som ringer tilbage i eftermiddag.",
        "Blodprøver taget af Storm.\n/hjsp. storm",
        "Tilset af læge Storm kl. 11.",
        "Mvh\nStorm",
        "Storms vurdering følges.",
        "Overlevering til dagvagt (Storm og Bo).",
    ],
)
def test_a_colleagues_part_stays_where_she_worked(m, text):
    assert m.find(text), text  # hidden without the context
    assert view(m, text) == text


@pytest.mark.parametrize(
    "text, left",
    [
        ("Henrik Storm ringede.", "[X] ringede."),  # the whole name is the hidden person's
        ("Talt med H. Storm i dag.", "Talt med [X] i dag."),  # an initial before the part
        ("Talt med Storm (HS) i dag.", "Talt med [X] i dag."),  # initials after it
        # the part may refer back to the hidden person named in the same note
        ("Henrik Storm ringede. Storm ringer igen.", "[X] ringede. [X] ringer igen."),
        ("Svar fra HS. Storm ringer igen.", "Svar fra [X]. [X] ringer igen."),
    ],
)
def test_the_hidden_person_stays_hidden_next_to_the_rule(m, text, left):
    assert view(m, text) == left


def test_each_condition_is_needed(m):
    text = "Talt med Storm, som ringer tilbage."
    hidden = "Talt med [X], som ringer tilbage."
    # the hidden person may have been there (or nothing is known about where they worked)
    assert view(m, text, absent=()) == hidden
    # no colleague with the part was there
    assert view(m, text, parts=("hanne",)) == hidden
    # another hidden Storm who may have been there: every candidate must be absent
    two = NameMatcher.build([HEST, Person("s-pest", "Peter", "Storm")], others=[HAST])
    assert view(two, text) == hidden
    assert view(two, text, absent=("s-hest", "s-pest")) == text


@pytest.mark.parametrize(
    "text",
    [
        "Talt med Storm fra kardiologien, som ringer tilbage.",
        "Talt med Storm, fra retspsyk., om planen.",
        "Aftale med Storm hos egen læge.",
        "Tilset af læge Storm ved skadestuen.",
        "Samtale med Storm på telefon fra Skejby.",
    ],
)
def test_a_part_that_points_elsewhere_is_hidden(m, text):
    """A mention followed by "fra", "hos", "ved" or "på" says the person is from another place:
    not the colleague who was there (fail toward hiding)."""
    assert "Storm" not in view(m, text)


def test_a_note_that_names_a_hidden_persons_place_keeps_the_part_hidden(m):
    text = "Talt med Storm. Kardiologisk afd. ringer tilbage."
    spans = m.find(text)

    def away(t: str, cands: tuple[str, ...]) -> bool:
        assert cands == ("s-hest",)
        return "Kardiologisk" in t

    here = Present(frozenset({"hanne", "storm"}), frozenset({"s-hest"}), m._titles, away=away)
    assert "Storm" not in replace(text, here.filter(text, spans), lambda k: "[X]")
    calm = "Talt med Storm. Ringer tilbage."
    assert here.filter(calm, m.find(calm)) == []


def signed(m: NameMatcher, text: str, own=("storm", "lauridsen")) -> str:
    spans = Present(frozenset(), frozenset(), m._titles, frozenset(own)).filter(text, m.find(text))
    return replace(text, spans, lambda k: "[X]")


@pytest.mark.parametrize(
    "text",
    [
        "Kan du kigge på medicinlisten?\n\nMvh\nStorm\n",
        "Aftalt plan.\n/læge storm\n",
        "Aftalt plan.\nHilsen Storm 12.03.2026\n",
        "Vurdering: EKG.\nSign.: Storm",
    ],
)
def test_the_authors_own_sign_off_stays(m, text):
    """The note's closing sign-off is its author's: a part of the (visible) author's name there
    stays, even where a hidden namesake may have worked."""
    assert m.find(text), text
    assert signed(m, text) == text
    assert signed(m, text, own=()) != text  # not the author's name: hidden


@pytest.mark.parametrize(
    "text, left",
    [
        ("Mvh\nStorm\nPS: ring i morgen.", "Mvh\n[X]\nPS: ring i morgen."),  # not the end
        ("Storm ringer i morgen.\nMvh Bo", "[X] ringer i morgen.\nMvh Bo"),  # not a sign-off
        ("Fra: Henrik Storm\nSvar følger.\nMvh\nStorm", "Fra: [X]\nSvar følger.\nMvh\n[X]"),
        ("Aftalt plan.\nMvh H. Storm", "Aftalt plan.\nMvh [X]"),  # an initial: not one part
    ],
)
def test_a_sign_off_that_may_be_the_hidden_persons_is_hidden(m, text, left):
    assert signed(m, text) == left


# -- through the store and the journal view -------------------------------------------------------

AT = parse_at("2026-06-01T12:00:00+02:00")


def _period(role: dict, start: str | None = None, end: str | None = None) -> dict:
    role["period"] = {k: v for k, v in (("start", start), ("end", end)) if v}
    return role


@pytest.fixture
def storm(db_url: str, tmp_path: Path, world) -> str:
    """Henrik Storm (hidden toward p1) is an overlæge in o-kard; Hanne Storm a home nurse in
    o-hjem since 2026-03-01; Eva Storm, visible, in o-rtg (o-kard's sister department)."""
    staff = [
        b.practitioner("s-hest", "Henrik", "Storm"),
        b.role("r-hest", "s-hest", "o-kard", "Overlæge"),
        b.practitioner("s-hast", "Hanne", "Storm"),
        _period(b.role("r-hast", "s-hast", "o-hjem", "Hjemmesygeplejerske"), "2026-03-01"),
        b.practitioner("s-evst", "Eva", "Storm"),
        b.role("r-evst", "s-evst", "o-rtg", "Radiograf"),
    ]
    text = "Talt med Storm, som ringer tilbage i eftermiddag.\n/hjsp. storm"
    docs = [
        # in the home care, where Hanne Storm worked then: hers
        b.document("h1", "p1", "r-hast", "2026-04-02T10:00:00+02:00", text, custodian="o-hjem"),
        # in the home care before she began there: either could be meant
        b.document("h0", "p1", "r-berg", "2026-02-02T10:00:00+01:00", text, custodian="o-hjem"),
        # in the radiology, a sister of the hidden person's department: either
        b.document("x1", "p1", "r-evst", "2026-04-03T10:00:00+02:00", text, custodian="o-rtg"),
        # in the hidden person's own department: his
        b.document("k1", "p1", "r-holm", "2026-04-04T10:00:00+02:00", text, custodian="o-kard"),
        # in the home care, but the note names him in full: the part may be his
        b.document(
            "h2",
            "p1",
            "r-hast",
            "2026-04-05T10:00:00+02:00",
            "Overlæge Henrik Storm har ordineret AB. Talt med Storm om planen.",
            custodian="o-hjem",
        ),
    ]
    path = b.write_ndjson(
        tmp_path / "w.ndjson", world["orgs"] + world["staff"] + world["patients"] + staff + docs
    )
    assert Importer(init_db(db_url), progress=False).run([path]).ok
    with session_scope(db_url) as s:
        add_orders(
            s,
            [
                {
                    "kind": "patient",
                    "patient": "p1",
                    "staff": ["s-hest"],
                    "from": "2026-01-01",
                    "until": None,
                    "reason": "threats",
                }
            ],
            actor="leder",
        )
    return db_url


def _texts(url: str) -> dict[str, str]:
    with session_scope(url) as s:
        return {d["id"]: d["text"] for d in journal_view(s, "p1", "p1", AT)["documents"]}


def test_the_journal_passes_where_the_note_was_written(storm):
    out = _texts(storm)
    assert out["h1"] == "Talt med Storm, som ringer tilbage i eftermiddag.\n/hjsp. storm"
    for did in ("h0", "x1", "k1"):
        # (the sign-off "hjsp. storm" names a profession the hidden overlæge never had: it stays
        # by the title rule, whatever the context)
        assert out[did].startswith("Talt med ") and "Storm" not in out[did], (did, out[did])
    assert "Storm" not in out["h2"], out["h2"]


def test_a_note_naming_the_hidden_persons_department_keeps_the_part_hidden(storm, tmp_path):
    # the home care's note names the hidden overlæge's department (a distinctive word of its
    # name, not shared with the home care's own organisations): "Storm" may be him
    texts = {
        "h3": "Talt med Storm. Kardiologien ringer tilbage om planen.",
        "h4": "Talt med Storm. Kardiologisk afd. ønsker nyt blodtryk.",
        "h5": "Talt med Storm. Hjemmeplejen ringer tilbage om planen.",  # its own name: stays
    }
    notes = [
        b.document(did, "p1", "r-hast", "2026-04-08T10:00:00+02:00", t, custodian="o-hjem")
        for did, t in texts.items()
    ]
    assert (
        Importer(init_db(storm), progress=False)
        .run([b.write_ndjson(tmp_path / "h3.ndjson", notes)])
        .ok
    )
    out = _texts(storm)
    assert "Storm" not in out["h3"], out["h3"]
    assert "Storm" not in out["h4"], out["h4"]
    assert out["h5"] == texts["h5"]


def test_the_authors_sign_off_stays_in_the_hidden_persons_department(storm, tmp_path):
    # Eva Storm (visible) writes in the radiology, a sister of the hidden overlæge's department:
    # "Storm" in the text may be his, her own sign-off is hers; but when the text also names a
    # Storm who may be him, the sign-off is hidden too (fail toward hiding)
    notes = [
        b.document(
            "x2",
            "p1",
            "r-evst",
            "2026-04-06T10:00:00+02:00",
            "Blodprøver taget.\nMvh\nStorm",
            custodian="o-rtg",
        ),
        b.document(
            "x3",
            "p1",
            "r-evst",
            "2026-04-07T10:00:00+02:00",
            "Talt med Storm om planen.\nMvh\nStorm",
            custodian="o-rtg",
        ),
    ]
    assert (
        Importer(init_db(storm), progress=False)
        .run([b.write_ndjson(tmp_path / "x2.ndjson", notes)])
        .ok
    )
    out = _texts(storm)
    assert out["x2"] == "Blodprøver taget.\nMvh\nStorm"
    assert "Storm" not in out["x3"], out["x3"]


def test_a_hidden_person_who_once_worked_there_is_not_absent(storm, tmp_path):
    # Henrik Storm had a role in the home care years ago: the part may be his there too
    old = _period(b.role("r-hest-old", "s-hest", "o-hjem", "Læge"), "2019-01-01", "2020-01-01")
    assert (
        Importer(init_db(storm), progress=False)
        .run([b.write_ndjson(tmp_path / "old.ndjson", [old])])
        .ok
    )
    assert "Storm" not in _texts(storm)["h1"]


def test_a_hidden_person_without_any_known_role_is_not_absent(storm, tmp_path):
    # a second hidden Storm with no role anywhere: nobody can say he was not there
    extra = b.practitioner("s-ukst", "Ukendt", "Storm")
    assert (
        Importer(init_db(storm), progress=False)
        .run([b.write_ndjson(tmp_path / "u.ndjson", [extra])])
        .ok
    )
    with session_scope(storm) as s:
        add_orders(
            s,
            [
                {
                    "kind": "patient",
                    "patient": "p1",
                    "staff": ["s-ukst"],
                    "from": "2026-01-01",
                    "until": None,
                    "reason": "threats",
                }
            ],
            actor="leder",
        )
    assert "Storm" not in _texts(storm)["h1"]


# -- the author's initials in the closing sign-off -----------------------------------------------


def initialled(m: NameMatcher, text: str, own=("HS",), absent=("s-hest",)) -> str:
    spans = Present(
        frozenset({"hanne", "storm"}), frozenset(absent), m._titles, own_initials=frozenset(own)
    ).filter(text, m.find(text))
    return replace(text, spans, lambda k: "[X]")


@pytest.mark.parametrize(
    "text", ["Blodprøver taget.\n/HS", "Aftalt plan.\n/hs\n", "Ok.\nMvh HS", "Ok.\nSign.: HS"]
)
def test_the_authors_initials_in_the_sign_off_stay(m, text):
    """Initials the (visible) author signs with, in the note's closing sign-off, are the
    author's when every hidden person who has them was never where the note was written."""
    assert m.find(text), text  # hidden without the context
    assert initialled(m, text) == text


@pytest.mark.parametrize(
    "text, own, absent",
    [
        ("Blodprøver taget.\n/HS", (), ("s-hest",)),  # not the author's initials
        ("Blodprøver taget.\n/HS", ("HS",), ()),  # the hidden HS may have been there
        ("Blodprøver taget.\n/HS\nPS: ring i morgen.", ("HS",), ("s-hest",)),  # not the end
        ("Talt med HS i dag.\nMvh Bo", ("HS",), ("s-hest",)),  # not a sign-off
        ("Ok.\nDikt. HS/ssa", ("HS",), ("s-hest",)),  # who dictated: not the author's mark
        ("Svar fra Henrik Storm.\n/HS", ("HS",), ("s-hest",)),  # he is named in the note
        ("Svar fra HS.\n/HS", ("HS",), ("s-hest",)),  # the first HS may be his: both hidden
    ],
)
def test_initials_that_may_be_the_hidden_persons_are_hidden(m, text, own, absent):
    out = initialled(m, text, own, absent)
    assert "HS" not in out and "Storm" not in out, out


def test_the_authors_initials_through_the_journal(storm, tmp_path):
    # Hanne Storm (visible, o-hjem) and the hidden Henrik Storm both have the initials HS
    notes = [
        # hers: in the home care, signed at the end
        b.document(
            "i1", "p1", "r-hast", "2026-04-09T10:00:00+02:00", "Sår skiftet.\n/HS",
            custodian="o-hjem",
        ),
        # a note of the radiology (a sister of his department): his initials may be meant
        b.document(
            "i2", "p1", "r-hast", "2026-04-09T11:00:00+02:00", "Sår skiftet.\n/HS",
            custodian="o-rtg",
        ),
        # another author's note: not the author's initials
        b.document(
            "i3", "p1", "r-berg", "2026-04-09T12:00:00+02:00", "Sår skiftet.\n/HS",
            custodian="o-hjem",
        ),
        # the note names him: the sign-off may refer to him
        b.document(
            "i4", "p1", "r-hast", "2026-04-09T13:00:00+02:00",
            "Overlæge Henrik Storm ringede.\n/HS", custodian="o-hjem",
        ),
    ]  # fmt: skip
    assert (
        Importer(init_db(storm), progress=False)
        .run([b.write_ndjson(tmp_path / "i.ndjson", notes)])
        .ok
    )
    out = _texts(storm)
    assert out["i1"] == "Sår skiftet.\n/HS"
    for did in ("i2", "i3", "i4"):
        assert "HS" not in out[did] and "Storm" not in out[did], (did, out[did])
