"""The notes' findings stored across processes (``protect.findings``) never change a view.

A view with findings stored (at import, when an order is added, or by an earlier view) must be
byte for byte the view without them (``INDSIGT_FINDINGS_STORE=0``, the search of every note as
before), on generated data and on the independent corpus, for the citizen and for a proxy. And
a stored finding that does not belong (another matcher, other code, another citizen, another
text, a damaged or foreign file) is never used: the note is searched again.
"""

from __future__ import annotations

import json
import random
from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import update

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.importing import import_files
from indsigt.ingest.importer import Importer
from indsigt.protect import findings as findings_mod
from indsigt.protect.cache import clear_caches
from indsigt.protect.findings import findings_store, precompute_findings
from indsigt.protect.names import NameMatcher
from indsigt.protect.names import cache as names_cache
from indsigt.protect.names import store as names_store
from indsigt.protect.orders import add_orders
from indsigt.proxies import add_proxies
from indsigt.store import Staff
from indsigt.timeutil import parse_at
from indsigt.views import journal_view

AT = parse_at("2026-02-01T12:00:00+01:00")


def _new_process() -> None:
    clear_caches()
    names_cache.clear()


class Searches:
    """Counts the notes the matcher really searches (``NameMatcher.find`` on a note's text;
    the short strings of a view, titles, names and organisations, are searched in memory)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        real = NameMatcher.find

        def counted(matcher: NameMatcher, text: str):  # type: ignore[no-untyped-def]
            self.texts.append(text)
            return real(matcher, text)

        monkeypatch.setattr(NameMatcher, "find", counted)

    def take(self) -> int:
        from indsigt.config import get_settings
        from indsigt.store import Document

        with session_scope(get_settings().db) as s:
            notes = {t for (t,) in s.query(Document.text)}
        n = sum(1 for t in self.texts if t in notes)
        self.texts = []
        return n


def _view(url: str, subject: str, viewer: str, at=AT) -> str:  # type: ignore[no-untyped-def]
    with session_scope(url) as s:
        return json.dumps(journal_view(s, subject, viewer, at), ensure_ascii=False)


def _without_store(monkeypatch: pytest.MonkeyPatch, url: str, views) -> list[str]:  # type: ignore[no-untyped-def]
    """The views as before stored findings: every note searched, nothing read or written."""
    monkeypatch.setenv("INDSIGT_FINDINGS_STORE", "0")
    _new_process()
    out = [_view(url, *v) for v in views]
    monkeypatch.delenv("INDSIGT_FINDINGS_STORE")
    _new_process()
    return out


def _files(url: str) -> list[Path]:
    with session_scope(url) as s:
        store = findings_store(s)
    assert store is not None
    return sorted(store.directory.rglob("*.bin"))


# -- generated data -------------------------------------------------------------------------------

GIVEN = ["Mette", "Hans", "Karen", "Per", "Lone", "Søren", "Anne", "Jens", "Ida", "Bo", "Lars"]
FAMILY = ["Holm", "Skov", "Berg", "Lund", "Dam", "Kjær", "Bach", "Rask", "Møller", "Jensen"]
DEPTS = ["o-kard", "o-rtg", "o-rets", "o-hjem"]


@pytest.fixture
def generated(db_url: str, tmp_path: Path, world) -> str:
    """The small world plus 60 random staff members and 40 notes for p1 naming them in many
    forms (full name, family name alone, genitive, after a title, initials, e-mail), the
    citizen's own name and a relative's."""
    rnd = random.Random(11)
    staff, people = [], []
    for i in range(60):
        given, family = rnd.choice(GIVEN), rnd.choice(FAMILY)
        staff.append(
            b.practitioner(f"g{i}", given, family, username=f"gu{i:02d}", email=f"gu{i:02d}@rn.dk")
        )
        staff.append(
            b.role(f"rg{i}", f"g{i}", DEPTS[i % 4], rnd.choice(["Overlæge", "Sygeplejerske"]))
        )
        people.append((given, family, f"rg{i}", f"gu{i:02d}"))
    related = {
        "resourceType": "RelatedPerson",
        "id": "rel1",
        "patient": {"reference": "Patient/p1"},
        "relationship": [{"text": "datter"}],
        "name": [{"given": ["Lone"], "family": "Holm"}],
    }
    notes = []
    for n in range(40):
        g, f, role, user = rnd.choice(people)
        o = rnd.choice(people)
        text = rnd.choice(
            [
                f"Set af overlæge {g} {f}. Aftalt med {o[1]}; {o[1]}s vurdering følger.",
                f"Pt.s datter Lone Holm ringede. Anna Jensen har det godt. /{g[0]}{f[0]}",
                f"{o[0]} {o[1]} og {g} tilså pt. Kontakt {user}@rn.dk. Holm kommer i morgen.",
                f"Ingen navne her, kun skov og berg og en lund ved dammen. {f}",
            ]
        )
        day = 1 + n % 28
        notes.append(b.document(f"gd{n}", "p1", role, f"2026-01-{day:02d}T10:00:00+01:00", text))
    path = b.write_ndjson(
        tmp_path / "gen.ndjson",
        world["orgs"] + world["staff"] + world["patients"] + staff + [related] + notes,
    )
    report = Importer(init_db(db_url), progress=False).run([path])
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        add_proxies(s, {"principal": "p1", "proxy": "p4", "from": "2026-01-01"}, actor="t")
    return db_url


ORDERS = [
    {  # for everyone: a department
        "kind": "organization",
        "organization": "o-kard",
        "from": "2026-01-01",
        "until": "2027-06-01",
        "reason": "high-risk department",
    },
    {  # toward p1
        "kind": "patient",
        "patient": "p1",
        "organization": "o-rtg",
        "from": "2026-01-01",
        "until": "2027-06-01",
        "reason": "violence",
    },
    {  # toward the proxy p4
        "kind": "patient",
        "patient": "p4",
        "staff": ["g3", "g7", "s-berg"],
        "from": "2026-01-01",
        "until": "2027-06-01",
        "reason": "threats",
        "mode": "blur",
    },
]

VIEWS = [
    ("p1", "p1", AT),
    ("p1", "p4", AT),
    ("p1", "p1", parse_at("2026-01-15T12:00:00+01:00")),
    ("p1", "p4", parse_at("2026-01-09T12:00:00+01:00")),
]


def _distinct_notes(url: str, subject: str = "p1") -> int:
    from indsigt.store import Document

    with session_scope(url) as s:
        return len({t for (t,) in s.query(Document.text).filter(Document.patient_id == subject)})


def test_stored_findings_give_the_same_views_on_generated_data(generated, monkeypatch):
    notes = _distinct_notes(generated)
    searches = Searches(monkeypatch)
    with session_scope(generated) as s:
        add_orders(s, ORDERS, actor="leder")  # p1's notes searched with p1's two matchers
    assert searches.take() == 2 * notes
    before = _without_store(monkeypatch, generated, VIEWS)
    assert searches.take() >= 2 * notes  # searched again: nothing read or stored
    assert "Sygeplejerske" in before[0] or "Overlæge" in before[0]  # someone is hidden
    for _ in range(2):  # a new process that finds them stored: no note searched again
        _new_process()
        assert _view(generated, *VIEWS[0]) == before[0]
        assert searches.take() == 0
    _new_process()
    assert [_view(generated, *v) for v in VIEWS] == before
    # the proxy's own order gives a matcher nobody searched with: searched once, then stored
    assert searches.take() == notes
    _new_process()
    assert [_view(generated, *v) for v in VIEWS] == before
    assert searches.take() == 0
    # a precompute with nothing new searches nothing
    _new_process()
    with session_scope(generated) as s:
        report = precompute_findings(s, at=AT)
    assert report.subjects == 1 and report.notes == 40 and report.searched == 0
    assert searches.take() == 0


# -- stored when it matters -----------------------------------------------------------------------


def test_an_order_and_an_import_store_the_notes_findings(generated, monkeypatch, tmp_path):
    assert not _files(generated)
    with session_scope(generated) as s:
        add_orders(s, ORDERS[1], actor="leder")
    assert len(_files(generated)) == 1  # searched when the order was added
    searches = Searches(monkeypatch)
    _new_process()
    _view(generated, "p1", "p1")
    assert searches.take() == 0
    # an import that renames a hidden person (a new matcher) searches the notes again at once
    renamed = b.practitioner("g1", "Hans", "Skovgaard-Nielsen", username="gu01")
    note = b.document("gd-new", "p1", "rg1", "2026-01-30T10:00:00+01:00", "Hans Skovgaard-Nielsen.")
    outcome = import_files(
        generated, [b.write_ndjson(tmp_path / "renamed.ndjson", [renamed, note])], record=False
    )
    assert outcome.ok
    assert searches.take() > 0
    _new_process()
    seen = _view(generated, "p1", "p1")
    assert searches.take() == 0 and "Skovgaard" not in seen


# -- never a finding that does not belong -------------------------------------------------------


@pytest.fixture
def stored(generated, monkeypatch) -> tuple[str, list[str]]:
    with session_scope(generated) as s:
        add_orders(s, ORDERS[:2], actor="leder")
    before = _without_store(monkeypatch, generated, VIEWS[:2])
    with session_scope(generated) as s:
        precompute_findings(s, at=AT)
    assert _files(generated)
    return generated, before


def test_a_damaged_or_foreign_file_is_not_read(stored, monkeypatch):
    url, before = stored
    searches = Searches(monkeypatch)
    for path in _files(url):
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        path.write_bytes(bytes(data))
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before
    assert searches.take() > 0  # searched again, and stored again
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before
    assert searches.take() == 0
    # signed with another key (another installation): not ours, removed
    with session_scope(url) as s:
        store = findings_store(s)
    assert store is not None
    other = type(store)(store.directory, b"another key" * 3)
    version = _files(url)[0].parent.name
    assert other.get(version, "p1") == {}
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before
    assert searches.take() > 0


def test_another_citizens_findings_are_not_taken(stored, monkeypatch):
    """A file copied to another citizen's name does not verify (the citizen is signed)."""
    url, before = stored
    with session_scope(url) as s:
        store = findings_store(s)
        p1 = store._path(_files(url)[0].parent.name, "p1")
        p4 = store._path(p1.parent.name, "p4")
    p4.write_bytes(p1.read_bytes())
    assert store.get(p1.parent.name, "p4") == {} and not p4.exists()
    # and a text's findings never stand for another text: the spans must fit the text
    found = store.get(p1.parent.name, "p1")
    key, rows = next((k, r) for k, r in found.items() if r)
    assert names_store.decode_spans("Ingen navne her.", rows) is None
    shifted = tuple((r[0] + 1, r[1] + 1, *r[2:]) for r in rows)
    store.put(p1.parent.name, "p1", {**found, key: shifted})
    searches = Searches(monkeypatch)
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before
    assert searches.take() >= 1  # the one that did not fit was searched again


def test_findings_follow_the_matcher_the_code_and_the_libraries(stored, monkeypatch):
    url, before = stored
    searches = Searches(monkeypatch)
    _new_process()
    _view(url, "p1", "p1")
    assert searches.take() == 0
    # other protection code: another key, searched again
    monkeypatch.setattr(names_store, "code_version", lambda: b"other code")
    _new_process()
    assert _view(url, "p1", "p1") == before[0]
    assert searches.take() > 0
    monkeypatch.undo()
    searches = Searches(monkeypatch)
    # other library versions (word frequencies, the automaton, Unicode): searched again
    monkeypatch.setattr(names_store, "_LIBRARIES", b"wordfreq=9")
    _new_process()
    assert _view(url, "p1", "p1") == before[0]
    assert searches.take() > 0
    monkeypatch.setattr(names_store, "_LIBRARIES", names_store._library_versions())
    # a name changed in place (a new matcher in a new process): searched again, the new name hidden
    with session_scope(url) as s:
        s.execute(update(Staff).where(Staff.id == "g1").values(given="Xenia"))
    _new_process()
    seen = _view(url, "p1", "p1")
    assert searches.take() > 0 and "Xenia" not in seen


def test_a_store_that_cannot_be_written_still_gives_the_view(stored, monkeypatch):
    url, before = stored
    folder = _files(url)[0].parent.parent
    for path in folder.rglob("*.bin"):
        path.unlink()
    for sub in folder.iterdir():
        sub.rmdir()
    folder.rmdir()
    folder.write_text("not a directory")
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before
    assert findings_mod.Findings is not None


# -- the independent corpus ---------------------------------------------------------------------


def test_stored_findings_give_the_same_views_on_the_independent_corpus(
    db_url, tmp_path, monkeypatch
):
    """The corpus written without reading the product (tests/independent), imported and
    ordered through the service functions; every journal view of its key citizens and
    proxies, with and without stored findings."""
    from independent.names.corpus import add_views, build

    world = build()
    files = world.write(tmp_path / "data")
    for group in (
        ["organizations", "staff_v1", "patients"],
        ["staff_v2"],
        ["related"],
        ["relations", "documents", "audit", "log"],
    ):
        outcome = import_files(db_url, [files[k] for k in group], record=False, alerts=False)
        assert outcome.report.ok, outcome.report.problems
    with session_scope(db_url) as s:
        add_orders(s, json.loads(files["orders"].read_text("utf-8")), actor="leder")
        add_proxies(s, json.loads(files["proxies"].read_text("utf-8")), actor="t")
    add_views(world, None, filler_views=4)
    views = sorted(
        {
            (v.patient, v.viewer, world.at(v.day) if v.day is not None else None)
            for v in world.views
        },
        key=str,
    )
    views = [(p, q, at.astimezone(UTC).replace(tzinfo=None) if at else None) for p, q, at in views]
    views = [(p, q, at) for p, q, at in views if at is not None]
    assert len(views) >= 5
    before = _without_store(monkeypatch, db_url, views)
    searches = Searches(monkeypatch)
    _new_process()
    with session_scope(db_url) as s:
        precompute_findings(s)
    searches.take()
    _new_process()
    assert [_view(db_url, *v) for v in views] == before
    searches.take()  # the views whose matchers were not searched with yet (proxies, other days)
    _new_process()
    assert [_view(db_url, *v) for v in views] == before
    assert searches.take() == 0


def test_stored_positions_of_the_names_that_stay_that_do_not_fit_are_not_used(stored, monkeypatch):
    """What the names that stay leave is stored as positions in the note's spans: positions
    outside the spans, out of order or not numbers are filtered again (same view)."""
    url, before = stored
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before  # the proxy's names stored too
    with session_scope(url) as s:
        store = findings_store(s)
    assert store is not None
    bad = [(99,), (1, 0), ("0",), [0], None]
    for path in _files(url):
        version = path.parent.name
        found = store.get(version, "p1")
        kept = [k for k in found if isinstance(k, tuple)]
        assert kept  # the citizen's own names (precompute) and the proxy's (first view)
        store.put(version, "p1", {**found, **{k: bad[i % len(bad)] for i, k in enumerate(kept)}})
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before  # and stored right again
    from indsigt.protect.names import KeepNames

    filtered = []
    real = KeepNames.filter
    monkeypatch.setattr(KeepNames, "filter", lambda k, t, sp: filtered.append(t) or real(k, t, sp))
    _new_process()
    assert [_view(url, *v) for v in VIEWS[:2]] == before
    from indsigt.store import Document

    with session_scope(url) as s:
        notes = {t for (t,) in s.query(Document.text)}
    assert filtered and not notes & set(filtered)  # only the short strings of the view


def test_the_precompute_stops_at_its_budget_and_the_rest_is_searched_at_the_view(
    generated, monkeypatch
):
    """``INDSIGT_PRECOMPUTE_NOTES``: an import or an order into a large store reads at most that
    many notes ahead; the citizens left over are counted and searched at their first view, with
    the same result."""
    with session_scope(generated) as s:
        add_orders(s, ORDERS[:2], actor="leder")
    before = _without_store(monkeypatch, generated, VIEWS[:1])
    for path in _files(generated):
        path.unlink()
    _new_process()
    with session_scope(generated) as s:
        nothing = precompute_findings(s, at=AT, budget=0)
    assert nothing.notes == nothing.searched == 0 and nothing.left == 1
    assert not _files(generated)
    searches = Searches(monkeypatch)
    _new_process()
    assert _view(generated, *VIEWS[0]) == before[0]
    assert searches.take() > 0  # searched at the view, and stored then
    _new_process()
    with session_scope(generated) as s:
        report = precompute_findings(s, at=AT, budget=1)
    assert report.subjects == 1 and report.searched == 0 and report.left == 0


def test_shared_findings_are_equal_and_share_equal_values():
    """``_shared`` makes equal strings and candidates one object (``marshal`` then writes a
    reference) without changing a value; a row of another shape is stored as it is."""
    import marshal

    from indsigt.protect.names import NameMatcher, Person
    from indsigt.protect.names.store import _shared, decode_spans, encode_spans

    m = NameMatcher.build([Person("s1", "Mette", "Holm"), Person("s2", "Hans", "Holm")])
    texts = [f"Notat {i}: Mette Holm tilså pt., aftalt med Holm." for i in range(20)]
    found = {str(i).encode(): encode_spans(m.find(t)) for i, t in enumerate(texts)}
    found[b"odd"] = ((1, 2),)  # not a row of this code
    found[b"none"] = ()
    shared = _shared(found)
    assert shared == found
    assert marshal.loads(marshal.dumps(shared)) == found
    assert len(marshal.dumps(shared)) < len(marshal.dumps(found))
    texts_of = [row[5] for rows in shared.values() if rows and len(rows[0]) == 10 for row in rows]
    assert len({id(t) for t in texts_of}) == len(set(texts_of))  # one object per equal text
    for i, t in enumerate(texts):
        assert decode_spans(t, shared[str(i).encode()]) == m.find(t)
