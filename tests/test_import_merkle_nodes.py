"""The Merkle subtrees an import stores (issue 14, speed): computed in a thread during the insert
from the leaf hashes the import staged, they must be the subtrees of the stored leaves, every
one of them, whatever the tree held before; the path that reads the leaves back stays for files
whose rows were not staged in line order or not all stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.importing import run_import
from indsigt.integrity import entrylog, merkle
from indsigt.integrity import log as tlog
from indsigt.integrity.log import LOW
from indsigt.store.integrity import MerkleLeaf, MerkleNode
from test_import_startup import _roster  # the roster the log rows below name


def _log(tmp_path: Path, name: str, first: int, n: int) -> Path:
    rows = [
        {
            "regKode": f"reg-{i}",
            "cprNrBorger": "6512401234",
            "bruger": "RSYD\\mho",
            "orgUsingID": "SOR:301",
            "systemName": "EPJ" if i % 3 else "MinLog",
            "handling": "Læst journal",
            "tidspunkt": f"2026-03-{1 + i % 28:02d}T10:{i % 60:02d}:00+01:00",
        }
        for i in range(first, first + n)
    ]
    return b.write_csv(tmp_path / name, rows, header=list(rows[0]))


def _check_tree(url: str) -> int:
    """Every complete subtree of level >= LOW is stored, and is the hash of its leaves."""
    with session_scope(url) as s:
        leaves = [bytes(h) for (h,) in s.execute(select(MerkleLeaf.hash).order_by(MerkleLeaf.idx))]
        nodes = {
            (lv, i): bytes(h)
            for lv, i, h in s.execute(select(MerkleNode.level, MerkleNode.idx, MerkleNode.hash))
        }
        assert tlog.verify(s).ok
    expected = {}
    level = LOW
    while len(leaves) >> level:
        for i in range(len(leaves) >> level):
            expected[(level, i)] = merkle.hash_level(leaves[i << level : (i + 1) << level])
        level += 1
    assert nodes == expected
    return len(leaves)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the append computed the subtrees from the stored leaves (the slow path)."""
    calls = {"read_back": 0}
    slow = entrylog._store_nodes

    def store_nodes(*a, **k):  # type: ignore[no-untyped-def]
        calls["read_back"] += 1
        return slow(*a, **k)

    monkeypatch.setattr(entrylog, "_store_nodes", store_nodes)
    return calls


def test_subtrees_computed_during_the_insert_are_those_of_the_stored_leaves(
    db_url: str, tmp_path: Path, counted: dict[str, int]
) -> None:
    init_db(db_url)
    _roster(db_url, tmp_path)
    size = 0
    # a first file, files that end inside a block and begin inside one, one that completes
    # several levels at once, and one smaller than a block
    for n, (first, count) in enumerate([(0, 300), (300, 211), (511, 1), (512, 1500), (2012, 37)]):
        out = run_import(db_url, [_log(tmp_path, f"log{n}.csv", first, count)], actor="test")
        assert out.ok and out.report.files[0].new == count
        size += count
        assert _check_tree(db_url) == size
    assert counted["read_back"] == 0  # every file in line order, every row new


def test_a_file_partly_imported_before_takes_the_read_back_path(
    db_url: str, tmp_path: Path, counted: dict[str, int]
) -> None:
    init_db(db_url)
    _roster(db_url, tmp_path)
    assert run_import(db_url, [_log(tmp_path, "a.csv", 0, 400)], actor="test").ok
    # the same 400 entries and 700 new ones: only the new are appended, not every staged row
    out = run_import(db_url, [_log(tmp_path, "b.csv", 0, 1100)], actor="test")
    assert out.ok and out.report.files[0].new == 700
    assert counted["read_back"] == 1
    assert _check_tree(db_url) == 1100


def test_leaves_staged_out_of_line_order_take_the_read_back_path(
    db_url: str, tmp_path: Path, counted: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """(The AuditEvents mapped again after a file's master data are staged after later lines.)"""
    from indsigt.ingest import importer

    init_db(db_url)
    _roster(db_url, tmp_path)
    monkeypatch.setattr(importer, "BATCH", 100)
    flush = importer.EntryWriter.flush

    def reversed_flush(self):  # type: ignore[no-untyped-def]
        self.rows.reverse()
        return flush(self)

    monkeypatch.setattr(importer.EntryWriter, "flush", reversed_flush)
    out = run_import(db_url, [_log(tmp_path, "a.csv", 0, 700)], actor="test")
    assert out.ok and out.report.files[0].new == 700
    assert counted["read_back"] == 1
    assert _check_tree(db_url) == 700


def _leaf_ids(url: str) -> list[str]:
    with session_scope(url) as s:
        return list(s.scalars(select(MerkleLeaf.entry_id).order_by(MerkleLeaf.idx)))


@pytest.mark.parametrize("gap", [False, True])
def test_leaves_are_appended_in_line_order_numbered_by_rowid_or_by_sorting(
    db_url: str, tmp_path: Path, counted: dict[str, int], monkeypatch: pytest.MonkeyPatch, gap: bool
) -> None:
    """A file staged in line order is appended in line order: on SQLite numbered by the stage's
    rowids when they are 1..N, else (``gap``: a rowid left unused) by sorting the lines."""
    from indsigt.ingest import importer

    init_db(db_url)
    _roster(db_url, tmp_path)
    monkeypatch.setattr(importer, "BATCH", 100)
    if gap:
        flush = importer.EntryWriter.flush

        def flush_after_a_gap(self):  # type: ignore[no-untyped-def]
            first = self.sqlite and not self.records and self.rows
            if first:
                self.conn.exec_driver_sql(
                    f"INSERT INTO temp.{self.STAGE} (rowid, line) VALUES (5, -1)"
                )
            flush(self)
            if first:
                self.conn.exec_driver_sql(f"DELETE FROM temp.{self.STAGE} WHERE rowid = 5")

        monkeypatch.setattr(importer.EntryWriter, "flush", flush_after_a_gap)
    statements: list[str] = []
    real_text = entrylog.text

    def spy(sql: str):  # type: ignore[no-untyped-def]
        statements.append(sql)
        return real_text(sql)

    monkeypatch.setattr(entrylog, "text", spy)
    first_ids = None
    for name, first, n in (("a.csv", 0, 250), ("b.csv", 250, 530)):
        out = run_import(db_url, [_log(tmp_path, name, first, n)], actor="test")
        assert out.ok and out.report.files[0].new == n
        if first_ids is None:
            first_ids = _leaf_ids(db_url)
    ids = _leaf_ids(db_url)
    assert ids[:250] == first_ids and len(ids) == 780
    assert [int(i.rsplit("-", 1)[-1]) for i in ids] == list(range(780)), ids[:5]
    assert counted["read_back"] == 0
    assert _check_tree(db_url) == 780
    appends = [q for q in statements if q.startswith("INSERT INTO merkle_leaf")]
    assert len(appends) == 2
    by_rowid = db_url.startswith("sqlite") and not gap
    assert all(("+ s.rowid - 1" in q) == by_rowid for q in appends), appends
