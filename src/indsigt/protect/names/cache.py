"""Built matchers, shared: :func:`matcher_for` keeps them by the content of their people."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..cache import LRU
from .forms import Person, _loose, _name_parts, _other_names
from .matcher import NameMatcher
from .store import MatcherStore, digest

#: How many matchers :func:`matcher_for` keeps (a matcher for 20,000 people takes ~130 MB).
MATCHER_CACHE_SIZE = 16


#: stored matchers by their digest (:func:`~.store.digest`), shared by :func:`matcher_for` and
#: :func:`matcher_by_digest` so that a matcher is in memory once (emptied by ``clear_caches``)
_by_digest = LRU(MATCHER_CACHE_SIZE)


def _remember(key: str, matcher: NameMatcher) -> NameMatcher:
    with _by_digest.lock:
        found = _by_digest.data.setdefault(key, matcher)
        _by_digest.data.move_to_end(key)
        while len(_by_digest.data) > _by_digest.size:
            _by_digest.data.popitem(last=False)
    return found  # type: ignore[no-any-return]


def _known(key: str) -> NameMatcher | None:
    with _by_digest.lock:
        found = _by_digest.data.get(key)
        if found is not None:
            _by_digest.data.move_to_end(key)
        return found  # type: ignore[no-any-return]


@lru_cache(maxsize=MATCHER_CACHE_SIZE)
def _cached_matcher(
    persons: frozenset[Person],
    others: frozenset[tuple[str, str]] = frozenset(),
    store: MatcherStore | None = None,
) -> NameMatcher:
    if store is None:
        return NameMatcher.build(persons, others)
    key = digest(persons, others)
    found = _known(key) or store.get(key)
    if found is None:
        found = NameMatcher.build(persons, others)
        store.put(key, found)
    found.digest = key
    return _remember(key, found)


def matcher_by_digest(key: str, store: MatcherStore) -> NameMatcher | None:
    """The matcher with digest ``key`` (:attr:`NameMatcher.digest`), from memory or the store,
    or None when it is in neither (then the caller reads the people and uses
    :func:`matcher_for`)."""
    found = _known(key)
    if found is None:
        found = store.get(key)
        if found is None:
            return None
        found.digest = key
    return _remember(key, found)


@lru_cache(maxsize=MATCHER_CACHE_SIZE)
def _loose_parts(persons: frozenset[Person]) -> frozenset[str]:
    return frozenset(
        _loose(x)
        for p in persons
        for given, family in p.names()
        for x in (*_name_parts(given), *_name_parts(family))
    )


def matcher_for(
    persons: Iterable[Person],
    others: Iterable[Person | tuple[str, str]] = (),
    store: MatcherStore | None = None,
) -> NameMatcher:
    """A matcher for these people, cached (LRU) by the frozenset of persons (and others).

    ``others`` are the staff members who are not hidden (:class:`Person` objects or
    ``(given, family)`` pairs), e.g. everyone else in the store: only those who share a name
    part with ``persons`` are kept (and make the cache key), so passing all of them is fine.
    See :meth:`NameMatcher.build`.  The same people in any order give the same matcher
    object; building one for 20,000 people takes a few seconds.  With a ``store`` (a directory
    of built matchers, :class:`~.store.MatcherStore`) a matcher built before, in this process or
    another, is loaded instead (a tenth of a second for 20,000 people).
    """
    people = frozenset(persons)
    parts = _loose_parts(people) if others else frozenset()
    near = _near_parts(people) if others else frozenset()
    relevant = frozenset(
        (given, family)
        for given, family in _other_names(others)
        if any(
            _loose(x) in parts or _near(_loose(x), near)
            for x in (*_name_parts(given), *_name_parts(family))
        )
    )
    return _cached_matcher(people, relevant, store)


def _one_off(word: str) -> set[str]:
    """``word`` and ``word`` with one letter left out."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


@lru_cache(maxsize=MATCHER_CACHE_SIZE)
def _near_parts(persons: frozenset[Person]) -> frozenset[str]:
    """The people's name parts of four letters or more (those the typo rule reads a word as)
    with one letter left out each way: a colleague's name part one typo away from one of them
    shares a string with this set."""
    return frozenset(w for x in _loose_parts(persons) if len(x) >= 4 for w in _one_off(x))


def _near(word: str, near: frozenset[str]) -> bool:
    """Is ``word`` (three letters or more) one typo away from a name part of ``near``? Then the
    colleague who has it is kept as a name that stays: the typo rule never reads a colleague's
    own name part as a hidden person's ("Sanne Sand" is not a typo of a hidden Anne)."""
    return len(word) >= 3 and not near.isdisjoint(_one_off(word))


def clear() -> None:
    """Forget every matcher this process holds (tests, benchmarks: "a new process")."""
    _cached_matcher.cache_clear()
    _loose_parts.cache_clear()
    _near_parts.cache_clear()
    _by_digest.clear()
