"""Built matchers on disk (protect/names/store.py) and NameMatcher.dumps/loads."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from indsigt.protect.names import MatcherStore, NameMatcher, Person, matcher_for
from indsigt.protect.names import cache as names_cache
from indsigt.protect.names.store import digest
from test_names_properties import documents

PEOPLE = [
    Person(
        "s-mette",
        "Mette Louise",
        "Holm-Jensen",
        initials=("MLHO",),
        emails=("mette.holm@rn.dk",),
        usernames=("RN\\mlh", "kol"),
        titles=("Sygeplejerske",),
        aliases=(("Mette", "Dam"),),
    ),
    Person("s-hans", "Hans", "Skov", titles=("Overlæge",)),
]
TEXTS = [
    "Tilset af spl. Mette Holm-Jensen. Hans datter er med. Skov ringer.\nMvh MLHO",
    "Aftalt med mette dam og overlæge skov. Skriv til mette.holm@rn.dk.\n/kol",
    "BT 120/80. Talt med Hollm. Ноlm &amp; S%C3%B8ren.",
]


def test_loads_dumps_gives_the_same_spans():
    m = NameMatcher.build(PEOPLE, others=[("Lars", "Holm")])
    m2 = NameMatcher.loads(m.dumps())
    for text in TEXTS:
        assert m2.find(text) == m.find(text)
    assert m2.persons == m.persons
    assert m2.keep([("Anne", "Skov")]).filter(TEXTS[0], m2.find(TEXTS[0])) == m.keep(
        [("Anne", "Skov")]
    ).filter(TEXTS[0], m.find(TEXTS[0]))
    # and again: a loaded matcher dumps the same data
    assert NameMatcher.loads(m2.dumps()).find(TEXTS[1]) == m.find(TEXTS[1])


def test_loads_refuses_another_format():
    data = NameMatcher.build(PEOPLE).dumps()
    import marshal
    import pickle

    head, *rest = pickle.loads(data)
    fields = list(marshal.loads(head))
    fields[0] = "names-old"
    bad = pickle.dumps((marshal.dumps(tuple(fields)), *rest))
    with pytest.raises(ValueError):
        NameMatcher.loads(bad)


@settings(
    max_examples=int(os.environ.get("NAMES_MAX_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(documents())
def test_a_loaded_matcher_finds_what_the_built_one_finds(doc):
    people, text, _ = doc
    m = NameMatcher.build(people)
    assert NameMatcher.loads(m.dumps()).find(text) == m.find(text)


def test_store_round_trip_signature_and_pruning(tmp_path):
    store = MatcherStore(tmp_path / "cache", b"k" * 32, keep=2)
    m = NameMatcher.build(PEOPLE)
    key = digest(PEOPLE)
    assert store.get(key) is None
    store.put(key, m)
    (path,) = (tmp_path / "cache").glob("matcher-*.bin")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert store.get(key).find(TEXTS[0]) == m.find(TEXTS[0])
    # another secret (another key file) does not read it, and a changed byte is never unpickled
    assert MatcherStore(tmp_path / "cache", b"x" * 32).get(key) is None
    assert not path.exists()  # removed
    store.put(key, m)
    data = bytearray(path.read_bytes())
    data[100] ^= 1
    path.write_bytes(bytes(data))
    assert store.get(key) is None and not path.exists()
    # at most ``keep`` files
    for i in range(4):
        store.put(f"{i:064x}", m)
    assert len(list((tmp_path / "cache").glob("matcher-*.bin"))) == 2


def test_digest_follows_the_content():
    assert digest(PEOPLE) == digest(list(reversed(PEOPLE)))
    assert digest(PEOPLE) != digest(PEOPLE[:1])
    assert digest(PEOPLE) != digest(PEOPLE, [("Lars", "Holm")])
    renamed = [Person("s-hans", "Hans", "Skov", titles=("Overlæge",), aliases=(("Hans", "Dal"),))]
    assert digest(PEOPLE[:1] + renamed) != digest(PEOPLE)


def test_matcher_for_loads_a_stored_matcher_instead_of_building(tmp_path, monkeypatch):
    store = MatcherStore(tmp_path / "cache", b"s" * 32)
    names_cache.clear()
    first = matcher_for(PEOPLE, store=store)
    names_cache.clear()  # a new process

    def no_build(*a, **k):
        raise AssertionError("built again")

    monkeypatch.setattr(NameMatcher, "build", no_build)
    second = matcher_for(PEOPLE, store=store)
    assert second is not first
    assert second.find(TEXTS[0]) == first.find(TEXTS[0])
    assert matcher_for(PEOPLE, store=store) is second  # and kept in memory
