"""The matcher caches never serve a stale matcher.

A view's matcher is cached in the process (rosters by roster token, matchers by content) and in
the store next to the key file (built matchers by a digest of their people, and a note "the
roster read from these rows had matcher M", see ``protect/roster.py``). Every test here changes
something a matcher is made from - an order, an import that renames someone, an alias or a
learned initial written straight into the tables - and checks the next view, in the same process
and in a new one (every in-process cache emptied, the store kept), hides the change at once. A
store that cannot be read, or holds files it did not sign, is never trusted.
"""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest
from sqlalchemy import insert, update

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.protect.cache import clear_caches
from indsigt.protect.names import NameMatcher, Person
from indsigt.protect.names import cache as names_cache
from indsigt.protect.orders import add_orders, revoke_order
from indsigt.protect.policy import protection_for_view
from indsigt.protect.roster import matcher_store, roster_source
from indsigt.store import Staff, StaffAlias, StaffMembership, StaffName, StaffRole
from indsigt.timeutil import parse_at
from indsigt.views import journal_view

AT = parse_at("2026-02-01T12:00:00+01:00")
NOTE = (
    "Pt. set af spl. Mette Holm. Aftalt med overlæge Hans Skov og Karen Berg.\n"
    "Ring til hsq@rn.dk ved spørgsmål.\n/QXZ"
)


@pytest.fixture
def loaded(db_url: str, tmp_path: Path, world) -> str:
    doc = b.document("d1", "p1", "r-holm", "2026-01-11T10:00:00+01:00", NOTE, custodian="o-kard")
    path = b.write_ndjson(
        tmp_path / "w.ndjson", world["orgs"] + world["staff"] + world["patients"] + [doc]
    )
    report = Importer(init_db(db_url), progress=False).run([path])
    assert report.ok, report.problems
    return db_url


def _order(url: str, *staff: str) -> list[str]:
    with session_scope(url) as s:
        return add_orders(
            s,
            {
                "kind": "patient",
                "patient": "p1",
                "staff": list(staff),
                "from": "2026-01-01",
                "until": "2026-07-01",
                "reason": "threats",
            },
            actor="leder",
        )


def _text(url: str) -> str:
    with session_scope(url) as s:
        return str(journal_view(s, "p1", "p1", AT)["documents"][0]["text"])


def _new_process() -> None:
    """What a restarted server or another worker has: nothing in memory, the store on disk."""
    clear_caches()
    names_cache.clear()


def _both(url: str) -> tuple[str, str]:
    """The note as the citizen sees it now in this process, and in a new one."""
    here = _text(url)
    _new_process()
    return here, _text(url)


def _stored(url: str) -> list[Path]:
    with session_scope(url) as s:
        store = matcher_store(s)
    assert store is not None
    return sorted(store.directory.glob("*.bin"))


def test_a_new_order_and_a_revoked_one_show_at_once(loaded):
    _order(loaded, "s-holm")
    for seen in _both(loaded):
        assert "Holm" not in seen and "Hans Skov" in seen
    assert any(p.name.startswith("note-") for p in _stored(loaded))
    [skov] = _order(loaded, "s-skov")
    for seen in _both(loaded):
        assert "Holm" not in seen and "Skov" not in seen and "Karen Berg" in seen
    with session_scope(loaded) as s:
        revoke_order(s, skov, "ophævet", actor="leder", at=parse_at("2026-01-15T00:00:00+01:00"))
    for seen in _both(loaded):
        assert "Holm" not in seen and "Hans Skov" in seen


def test_a_rename_by_import_is_hidden_at_once(loaded, tmp_path):
    _order(loaded, "s-skov")
    _both(loaded)  # both caches filled
    renamed = b.practitioner("s-skov", "Hans", "Skovgaard", username="hsk", auth="CD456")
    note = b.document(
        "d2", "p1", "r-skov", "2026-01-12T10:00:00+01:00", "Tilset af Hans Skovgaard."
    )
    report = Importer(init_db(loaded), progress=False).run(
        [b.write_ndjson(tmp_path / "renamed.ndjson", [renamed, note])]
    )
    assert report.ok, report.problems
    for _ in range(2):
        with session_scope(loaded) as s:
            docs = journal_view(s, "p1", "p1", AT)["documents"]
        text = json.dumps(docs, ensure_ascii=False)
        assert "Skovgaard" not in text and "Hans Skov " not in text
        _new_process()


def test_an_alias_or_a_learned_initial_written_directly_shows_at_once(loaded):
    _order(loaded, "s-holm")
    here, new = _both(loaded)
    assert "hsq@rn.dk" in here and "/QXZ" in new  # nobody's yet
    with session_scope(loaded) as s:
        s.execute(
            insert(StaffAlias),
            [
                {"staff_id": "s-holm", "kind": "email", "value": "hsq@rn.dk", "system": ""},
                {"staff_id": "s-holm", "kind": "initials", "value": "QXZ", "system": "learned"},
            ],
        )
    for seen in _both(loaded):
        assert "hsq@rn.dk" not in seen and "QXZ" not in seen


def test_a_name_changed_in_place_is_hidden_by_a_new_process(loaded):
    """An UPDATE that changes no row count leaves the roster token as it was (the running
    process re-reads the roster after the next import); a new process reads the rows and
    never takes the stored matcher of the old name."""
    _order(loaded, "s-berg")
    _both(loaded)
    with session_scope(loaded) as s:
        before = roster_source(s, frozenset({"s-berg"}), [])
        s.execute(update(Staff).where(Staff.id == "s-holm").values(family="Holmgaard"))
        assert roster_source(s, frozenset({"s-berg"}), []) == before  # not her roster
        s.execute(update(Staff).where(Staff.id == "s-berg").values(given="Karin"))
        assert roster_source(s, frozenset({"s-berg"}), []) != before
    _new_process()
    with session_scope(loaded) as s:
        seen = journal_view(s, "p1", "p1", AT)["documents"][0]["text"]
        prot = protection_for_view(s, "p1", "p1", AT)
        assert prot.text("Karin Berg ringede.") != "Karin Berg ringede."
    assert "Berg" not in seen


@pytest.mark.parametrize(
    ("model", "row"),
    [
        (Staff, None),
        (StaffRole, {"id": "r-x", "staff_id": "s-holm", "organization_id": "o-kard", "title": "X"}),
        (
            StaffMembership,
            {
                "role_id": "r-y",
                "staff_id": "s-holm",
                "organization_id": "o-rtg",
                "title": "Radiograf",
                "first_seen": AT,
                "last_seen": AT,
            },
        ),
        (StaffName, {"staff_id": "s-holm", "given": "Mette", "family": "Dam", "prefix": ""}),
        (StaffAlias, {"staff_id": "s-holm", "kind": "username", "value": "md", "system": ""}),
    ],
)
@pytest.mark.parametrize("whole_tables", [False, True], ids=["by-id", "whole-tables"])
def test_the_roster_source_follows_every_table_it_is_read_from(
    loaded, model, row, whole_tables, monkeypatch
):
    if whole_tables:  # a big order reads the staff tables whole and keeps its people's rows
        monkeypatch.setattr("indsigt.protect.people._CHUNK", 1)
    ids = frozenset({"s-holm", "s-skov"})
    with session_scope(loaded) as s:
        before = roster_source(s, ids, [("Lars", "Holm")])
        assert roster_source(s, ids, [("Lars", "Holm")]) == before
        assert roster_source(s, ids, [("Lars", "Holmen")]) != before  # the others count too
        if row is None:
            s.execute(update(Staff).where(Staff.id == "s-skov").values(email="ny@rn.dk"))
        else:
            s.execute(insert(model), [row])
        assert roster_source(s, ids, [("Lars", "Holm")]) != before


def test_the_roster_source_hashes_values_not_objects():
    from datetime import datetime

    from indsigt.protect.roster import _canonical

    a = [("s-1", "Mette", "Holm", None, 1)]
    one = "".join(["Ho", "lm"])
    # equal values, one object twice or two objects (marshal's newer formats tell them apart)
    assert _canonical([(one, one)]) == _canonical([("Holm", "".join(["Ho", "lm"]))])
    assert _canonical(a) != _canonical([("s-1", "Mette", "Holm", "", 1)])
    assert _canonical(a) != _canonical([("s-1", "Mette", "Holm", None, 2)])
    when = [("s-1", datetime(2025, 1, 1, 12))]  # a driver's datetime: marshal cannot write it
    assert _canonical(when) == _canonical([("s-1", datetime(2025, 1, 1, 12))])
    assert _canonical(when) != _canonical([("s-1", datetime(2025, 1, 1, 13))])


def test_a_store_that_cannot_be_read_or_was_not_signed_is_not_trusted(loaded):
    _order(loaded, "s-holm", "s-skov")
    _both(loaded)
    files = _stored(loaded)
    assert {p.name.split("-")[0] for p in files} == {"matcher", "note"}
    for path in files:  # damaged: never read, removed, built again
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        path.write_bytes(bytes(data))
    _new_process()
    seen = _text(loaded)
    assert "Holm" not in seen and "Skov" not in seen
    with session_scope(loaded) as s:
        store = matcher_store(s)
    assert store is not None
    for path in _stored(loaded):  # what is there now was written again, and signed
        kind, key = path.name.removesuffix(".bin").split("-", 1)
        assert store._read(key, kind) is not None
    # the store directory is a file: nothing can be read or written, the view is still right
    folder = files[0].parent
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    folder.write_text("not a directory")
    _new_process()
    seen = _text(loaded)
    assert "Holm" not in seen and "Skov" not in seen


def test_a_note_from_another_key_is_ignored(loaded):
    _order(loaded, "s-holm")
    _both(loaded)
    with session_scope(loaded) as s:
        store = matcher_store(s)
    assert store is not None
    [note] = [p for p in _stored(loaded) if p.name.startswith("note-")]
    key = note.name.removeprefix("note-").removesuffix(".bin")
    other = type(store)(store.directory, b"another key" * 3)
    assert other.get_note(key) is None and not note.exists()  # not ours: removed


def _live_matchers() -> set[int]:
    return {id(o) for o in gc.get_objects() if type(o) is NameMatcher}


def test_a_dropped_matcher_is_freed_at_once():
    """No reference cycle: a matcher nobody holds is freed by reference counting, not left for
    a full garbage collection that would walk all of it first."""
    people = [Person("s1", "Mette", "Holm", initials=("MH",)), Person("s2", "Hans", "Skov")]
    was = gc.isenabled()
    gc.disable()
    try:
        makers = (
            lambda: NameMatcher.build(people),
            lambda: NameMatcher.loads(NameMatcher.build(people).dumps()),
        )
        for make in makers:
            before = _live_matchers()  # (other tests' cached matchers)
            matcher = make()
            matcher.find("Mette Holm og MH talte med Hans Skov. /MH")
            matcher.keep([("Lars", "Holm")])
            ident = id(matcher)
            assert _live_matchers() - before == {ident}
            del matcher
            # (a compiled NameMatcher takes no weak reference: the collector's list of objects)
            assert _live_matchers() - before == set()
    finally:
        if was:
            gc.enable()


def test_the_store_is_keyed_by_the_protection_code(tmp_path, monkeypatch):
    """A stored matcher is found again only by the same code: a rule changed without a new
    ``_FORMAT`` does not read old matchers."""
    import shutil

    import indsigt.protect.names.store as store_module

    people = [Person("s1", "Mette", "Holm")]
    key = store_module.digest(people)
    root = Path(store_module.__file__).resolve().parent.parent
    copy = tmp_path / "protect"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert store_module._hash_code(copy) == store_module.code_version()
    (copy / "names" / "keep.py").write_text(
        (copy / "names" / "keep.py").read_text() + "# a changed rule\n"
    )
    changed = store_module._hash_code(copy)
    assert changed != store_module.code_version()
    monkeypatch.setattr(store_module, "_CODE", changed)
    assert store_module.digest(people) != key


def test_few_collections_pauses_the_collector_and_gives_it_back():
    """Nested and from two threads: paused inside, enabled again by the last one out, the
    thresholds untouched (a serving process tunes them)."""
    import threading

    from indsigt.protect.cache import few_collections

    thresholds = gc.get_threshold()
    inside, go_on = threading.Event(), threading.Event()

    def other() -> None:
        with few_collections():
            inside.set()
            go_on.wait(10)

    assert gc.isenabled()
    with few_collections():
        assert not gc.isenabled()
        t = threading.Thread(target=other)
        t.start()
        assert inside.wait(10)
        with few_collections():
            assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread is still inside
    go_on.set()
    t.join(10)
    assert gc.isenabled() and gc.get_threshold() == thresholds
    with pytest.raises(RuntimeError), few_collections():
        raise RuntimeError("a failed view")
    assert gc.isenabled()


class _Node:  # a tracked object that can be told apart in the collector's lists
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def _generation_of(obj: object) -> int | None:
    return next((g for g in range(3) if any(o is obj for o in gc.get_objects(g))), None)


def test_what_a_big_view_made_goes_to_the_oldest_generation_unscanned():
    """A young collection after a big view walked every object it had made (70-90 ms of a new
    process's first view): many objects made while the collector was paused go straight to the
    oldest generation; garbage among them is still collected, by the next full collection."""
    from indsigt.protect.cache import PROMOTE_AT, few_collections

    gc.collect()
    with few_collections():
        kept = [(i, str(i)) for i in range(PROMOTE_AT + 1_000)]
        cycle = _Node()
    assert _generation_of(kept) == 2 and _generation_of(kept[5]) == 2
    assert gc.get_freeze_count() == 0
    assert _generation_of(cycle) == 2
    probe = weakref.ref(cycle)
    del cycle
    gc.collect(1)  # a young collection does not look there
    assert probe() is not None
    gc.collect()
    assert probe() is None  # garbage is still found, by a full collection
    # a few objects: left to the young collections as before
    with few_collections():
        small = [(i, str(i)) for i in range(100)]
    assert _generation_of(small) == 0


def test_a_frozen_heap_is_left_frozen():
    """A serving process freezes what it holds after its warm-up (``settle_heap``); a big view
    must not hand that back to the collector."""
    from indsigt.protect.cache import PROMOTE_AT, few_collections

    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with few_collections():
            made = [(i, str(i)) for i in range(PROMOTE_AT + 1_000)]
        # neither thawed (0) nor frozen again with what the view made (PROMOTE_AT more); a few
        # frozen objects may die meanwhile (another thread's, a finalizer's): CI once saw
        # 4,524,419 -> 4,524,415
        after = gc.get_freeze_count()
        assert frozen - 1_000 <= after <= frozen + PROMOTE_AT // 2
        assert _generation_of(made) in (0, 1)
    finally:
        gc.unfreeze()
