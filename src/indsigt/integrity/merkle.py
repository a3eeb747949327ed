"""Merkle tree hashing and proofs exactly as RFC 9162 (Certificate Transparency 2.0), section 2.1.

Pure functions, no storage: the tree is read through a ``subtree(start, size)`` callable that returns
the hash of a *complete* aligned subtree (``size`` a power of two, ``start`` a multiple of it), so a
store can keep only some levels and compute the rest (see :mod:`indsigt.integrity.log`).

- leaf hash ``SHA-256(0x00 || leaf)``, node hash ``SHA-256(0x01 || left || right)``;
- the hash of ``D[n]`` splits at the largest power of two ``k < n`` (RFC 9162 2.1.1);
- inclusion proofs ``PATH(m, D[n])`` (2.1.3.1) and their verification (2.1.3.2);
- consistency proofs ``PROOF(m, D[n])`` (2.1.4.1) and their verification (2.1.4.2).

The verification functions are what a citizen's or a witness's software runs; they are tested
against the transparency-dev/merkle test vectors (``tests/vectors/``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

SubtreeFn = Callable[[int, int], bytes]


def leaf_hash(leaf: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def split_point(n: int) -> int:
    """The largest power of two smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def hash_level(hashes: Sequence[bytes]) -> bytes:
    """The root of a complete subtree given its leaf (or lower-level) hashes, len a power of 2."""
    level = list(hashes)
    sha = hashlib.sha256
    while len(level) > 1:
        level = [sha(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level), 2)]
    return level[0]


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH over a list of leaf hashes (reference implementation, O(n))."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = split_point(n)
    return node_hash(root_of(leaf_hashes[:k]), root_of(leaf_hashes[k:]))


def range_hash(subtree: SubtreeFn, start: int, end: int) -> bytes:
    """MTH(D[start:end]) from complete subtrees (``start`` aligned as RFC 9162's recursion gives)."""
    n = end - start
    if n == 0:
        return EMPTY_ROOT
    if n & (n - 1) == 0 and start % n == 0:
        return subtree(start, n)
    k = split_point(n)
    return node_hash(range_hash(subtree, start, start + k), range_hash(subtree, start + k, end))


def needed_subtrees(start: int, end: int, out: set[tuple[int, int]] | None = None) -> set:
    """The complete subtrees ``(start, size)`` that :func:`range_hash` reads for a range."""
    out = set() if out is None else out
    n = end - start
    if n == 0:
        return out
    if n & (n - 1) == 0 and start % n == 0:
        out.add((start, n))
        return out
    k = split_point(n)
    needed_subtrees(start, start + k, out)
    needed_subtrees(start + k, end, out)
    return out


def inclusion_ranges(m: int, n: int) -> list[tuple[int, int]]:
    """The ranges whose hashes make up ``PATH(m, D[n])``, leaf-side first."""
    if not 0 <= m < n:
        raise ValueError(f"leaf {m} is not in a tree of size {n}")
    path: list[tuple[int, int]] = []
    start, end = 0, n
    while end - start > 1:
        k = split_point(end - start)
        if m < start + k:
            path.append((start + k, end))
            end = start + k
        else:
            path.append((start, start + k))
            start = start + k
    path.reverse()
    return path


def consistency_ranges(m: int, n: int) -> list[tuple[int, int]]:
    """The ranges whose hashes make up ``PROOF(m, D[n])`` (RFC 9162 2.1.4.1), in proof order."""
    if not 0 < m <= n:
        raise ValueError(f"no consistency proof from size {m} to size {n}")
    if m == n:
        return []

    def sub(m: int, start: int, end: int, b: bool) -> list[tuple[int, int]]:
        n = end - start
        if m == n:
            return [] if b else [(start, end)]
        k = split_point(n)
        if m <= k:
            return [*sub(m, start, start + k, b), (start + k, end)]
        return [*sub(m - k, start + k, end, False), (start, start + k)]

    return sub(m, 0, n, True)


# -- verification (what a citizen's software does) ---------------------------------------------


class ProofError(ValueError):
    """A proof that does not verify."""


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> None:
    """RFC 9162 2.1.3.2: raise :class:`ProofError` unless ``leaf`` (a leaf *hash*) is at ``index``
    in the tree of ``size`` with ``root``."""
    if index >= size or index < 0:
        raise ProofError("indekset ligger uden for træet")
    if len(leaf) != HASH_SIZE or len(root) != HASH_SIZE:
        raise ProofError("hashværdien af posten eller roden har forkert længde")
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        if len(p) != HASH_SIZE:
            raise ProofError("et led i beviset har forkert længde")
        if sn == 0:
            raise ProofError("beviset er for langt")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("beviset er for kort")
    if r != root:
        raise ProofError("roden passer ikke")


def verify_consistency(
    size1: int, size2: int, root1: bytes, root2: bytes, proof: Sequence[bytes]
) -> None:
    """RFC 9162 2.1.4.2: raise :class:`ProofError` unless the tree of ``size2`` with ``root2``
    extends the tree of ``size1`` with ``root1``."""
    if size1 < 0 or size2 < 0 or size1 > size2:
        raise ProofError("størrelserne passer ikke sammen")
    if size1 == 0:
        raise ProofError("et bevis fra et tomt træ siger intet")
    if size1 == size2:
        if proof:
            raise ProofError("beviset skal være tomt for ens størrelser")
        if root1 != root2:
            raise ProofError("rødderne er forskellige")
        return
    if len(root1) != HASH_SIZE or len(root2) != HASH_SIZE:
        raise ProofError("en rod har forkert længde")
    if not proof or any(len(p) != HASH_SIZE for p in proof):
        raise ProofError("beviset er tomt eller har forkert længde")
    path = list(proof)
    if size1 & (size1 - 1) == 0:  # size1 is a power of two: prepend root1
        path.insert(0, root1)
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("beviset er for langt")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("beviset er for kort")
    if fr != root1:
        raise ProofError("den første rod passer ikke")
    if sr != root2:
        raise ProofError("den anden rod passer ikke")


__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "ProofError",
    "consistency_ranges",
    "hash_level",
    "inclusion_ranges",
    "leaf_hash",
    "needed_subtrees",
    "node_hash",
    "range_hash",
    "root_of",
    "split_point",
    "verify_consistency",
    "verify_inclusion",
]
