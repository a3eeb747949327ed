"""Completeness: sources declare what they sent per day; gaps reach operators and the citizen."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select

from indsigt.db import init_db, session_scope
from indsigt.errors import Invalid
from indsigt.integrity import completeness as c
from indsigt.integrity import log as tlog
from indsigt.store import AccessEntry, AuditTrail
from test_integrity_log import _entry


@pytest.fixture
def url(db_url: str) -> str:
    init_db(db_url)
    rows = [_entry(i) for i in range(40)]  # 2 March 2026, half from "EPJ Syd", half "MinLog"
    with session_scope(db_url) as s:
        s.execute(insert(AccessEntry), rows)
        tlog.append_entries(s, rows)
    return db_url


def test_declarations_parse_from_json_and_csv_with_line_numbers() -> None:
    got = c.parse_declarations(
        "d.csv", "\ufeffDay,SYSTEM,count\n2026-03-02,EPJ Syd,25\n\n2026-03-03,EPJ Syd,0\n".encode()
    )
    assert got == [
        c.Declaration("EPJ Syd", date(2026, 3, 2), 25),
        c.Declaration("EPJ Syd", date(2026, 3, 3), 0),
    ]
    one = c.parse_declarations("d.json", b'{"system": "MinLog", "day": "2026-03-02", "count": 20}')
    assert one == [c.Declaration("MinLog", date(2026, 3, 2), 20)]
    with pytest.raises(Invalid) as err:
        c.parse_declarations(
            "d.json",
            b'[{"system": "A", "day": "2026-02-30", "count": 1},'
            b' {"system": "", "day": "2026-03-01", "count": -1, "x": 1},'
            b' {"system": "A", "day": "2026-03-01", "count": 2},'
            b' {"system": "A", "day": "2026-03-01", "count": 3}]',
        )
    lines = err.value.message.splitlines()
    assert lines[0].startswith("d.json:1: day '2026-02-30'")
    assert any(x.startswith("d.json:2: ukendt felt x") for x in lines)
    assert any(x.startswith("d.json:2: system mangler") for x in lines)
    assert any(x.startswith("d.json:2: count -1") for x in lines)
    assert any(x.startswith("d.json:4: A 2026-03-01 er erklæret to gange") for x in lines)
    with pytest.raises(Invalid, match=r"d\.csv:1: kolonnen count mangler"):
        c.parse_declarations("d.csv", b"system,day\nA,2026-03-01\n")


def test_report_and_citizen_gaps(url: str) -> None:
    with session_scope(url) as s:
        c.declare(
            s,
            c.parse_declarations(
                "d.csv",
                b"system,day,count\nEPJ Syd,2026-03-02,26\nMinLog,2026-03-02,20\n"
                b"EPJ Syd,2026-03-03,4\nEPJ Syd,2026-03-05,1\n",
            ),
            actor="operatør",
        )
    with session_scope(url) as s:
        rep = c.report(s)
        gaps = c.gaps(s, date(2026, 3, 1), date(2026, 3, 31))
        trail = s.scalars(
            select(AuditTrail).where(AuditTrail.action == "completeness.declare")
        ).all()
    by = {x["system"]: x for x in rep["systems"]}
    assert not rep["complete"]
    assert by["MinLog"]["complete"] and by["MinLog"]["received"] == 20
    assert [m["day"] for m in by["EPJ Syd"]["mismatches"]] == [
        "2026-03-02",
        "2026-03-03",
        "2026-03-05",
    ]
    assert by["EPJ Syd"]["mismatches"][0] == {
        "day": "2026-03-02", "declared": 26, "received": 20, "missing": 6, "extra": 0,
    }  # fmt: skip
    # consecutive days merge; a day apart stays apart; the text says the period and the numbers
    assert [(g["system"], g["from"], g["until"]) for g in gaps] == [
        ("EPJ Syd", "2026-03-02", "2026-03-03"),
        ("EPJ Syd", "2026-03-05", "2026-03-05"),
    ]
    assert gaps[0]["text"].startswith(
        "Loggen kan være ufuldstændig fra 02.03.2026 til 03.03.2026: EPJ Syd har meldt 30 opslag"
    )
    assert "(10 mangler)" in gaps[0]["text"] and "den 05.03.2026" in gaps[1]["text"]
    assert c.gaps(s, date(2026, 3, 4), date(2026, 3, 4)) == []
    assert len(trail) == 1 and trail[0].actor == "operatør"


def test_an_import_after_the_declaration_closes_the_gap(url: str) -> None:
    with session_scope(url) as s:
        c.declare(s, [c.Declaration("MinLog", date(2026, 3, 2), 21)], actor="op")
    with session_scope(url) as s:
        assert len(c.gaps(s, date(2026, 3, 2), date(2026, 3, 2))) == 1
        late = _entry(1001)  # another day and source: make it MinLog on 2 March
        late["system_name"], late["time"] = "MinLog", late["time"].replace(day=2)
        s.execute(insert(AccessEntry), [late])
        tlog.append_entries(s, [late])
    with session_scope(url) as s:
        assert c.gaps(s, date(2026, 3, 2), date(2026, 3, 2)) == []
