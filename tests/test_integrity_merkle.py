"""RFC 9162 Merkle math: known answers from transparency-dev/merkle, and proofs checked both ways."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indsigt.integrity import merkle as m

VECTORS = Path(__file__).parent / "vectors" / "transparency-dev-merkle"

# transparency-dev/merkle testonly.LeafInputs() and RootHashes() (Apache-2.0)
LEAVES = [
    bytes.fromhex(h)
    for h in ("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
]  # fmt: skip
ROOTS = [
    m.EMPTY_ROOT.hex(),
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def _b(v: str | None) -> bytes:
    return base64.b64decode(v) if v else b""


def _cases(kind: str) -> list:
    files = sorted((VECTORS / kind).rglob("*.json"))
    assert len(files) > 80, "the test vectors are missing"
    return [pytest.param(json.loads(f.read_text()), id=str(f.relative_to(VECTORS))) for f in files]


def test_roots_of_the_reference_leaves() -> None:
    hashes = [m.leaf_hash(x) for x in LEAVES]
    for size, want in enumerate(ROOTS):
        assert m.root_of(hashes[:size]).hex() == want


@pytest.mark.parametrize("case", _cases("inclusion"))
def test_inclusion_vectors(case: dict) -> None:
    args = (
        _b(case["leafHash"]),
        case["leafIdx"],
        case["treeSize"],
        [_b(p) for p in case["proof"] or []],
        _b(case["root"]),
    )
    if case["wantErr"]:
        with pytest.raises(m.ProofError):
            m.verify_inclusion(*args)
    else:
        m.verify_inclusion(*args)


@pytest.mark.parametrize("case", _cases("consistency"))
def test_consistency_vectors(case: dict) -> None:
    args = (
        case["size1"],
        case["size2"],
        _b(case["root1"]),
        _b(case["root2"]),
        [_b(p) for p in case["proof"] or []],
    )
    if case["wantErr"]:
        with pytest.raises(m.ProofError):
            m.verify_consistency(*args)
    else:
        m.verify_consistency(*args)


def _tree(n: int) -> tuple[list[bytes], m.SubtreeFn]:
    hashes = [m.leaf_hash(i.to_bytes(4, "big")) for i in range(n)]

    def subtree(start: int, size: int) -> bytes:
        assert size & (size - 1) == 0 and start % size == 0, "not a complete subtree"
        return m.hash_level(hashes[start : start + size])

    return hashes, subtree


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 300).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n - 1))))
def test_generated_inclusion_proofs_verify(nm: tuple[int, int]) -> None:
    n, i = nm
    hashes, subtree = _tree(n)
    root = m.range_hash(subtree, 0, n)
    assert root == m.root_of(hashes)
    proof = [m.range_hash(subtree, a, b) for a, b in m.inclusion_ranges(i, n)]
    m.verify_inclusion(hashes[i], i, n, proof, root)
    if n > 1:  # another leaf, or the proof of another index, must not verify
        with pytest.raises(m.ProofError):
            m.verify_inclusion(hashes[(i + 1) % n], i, n, proof, root)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 300).flatmap(lambda n: st.tuples(st.integers(1, n), st.just(n))))
def test_generated_consistency_proofs_verify(mn: tuple[int, int]) -> None:
    size1, size2 = mn
    hashes, subtree = _tree(size2)
    r1, r2 = m.root_of(hashes[:size1]), m.root_of(hashes)
    proof = [m.range_hash(subtree, a, b) for a, b in m.consistency_ranges(size1, size2)]
    m.verify_consistency(size1, size2, r1, r2, proof)
    if size1 < size2:
        other = m.root_of([*hashes[: size1 - 1], m.leaf_hash(b"tampered")])
        with pytest.raises(m.ProofError):
            m.verify_consistency(size1, size2, other, r2, proof)
