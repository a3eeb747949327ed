"""The split decoding of AuditEvents (agents and source decoded once per distinct raw JSON) must
accept, return and reject exactly what the schema's own decoder does: a differential test on the
public examples and on hypothesis-made variants (invalid agents, repeated keys, escaped keys)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indsigt.ingest import audit_schema as s

INTEROP = Path(__file__).parent / "interop"


def _examples() -> list[dict]:
    out = []
    for f in (INTEROP / "balp" / "balp.ndjson", INTEROP / "minlog2" / "auditevent.ndjson"):
        out += [json.loads(line) for line in f.read_text().splitlines() if '"AuditEvent"' in line]
    # long enough for the split (short events are decoded whole): a long description
    for ev in out:
        ev.setdefault("entity", []).append({"description": "x" * 1100})
    return out


EXAMPLES = _examples()


def _outcome(decode, line: bytes) -> tuple:
    try:
        ev = decode(line)
    except msgspec.DecodeError as exc:
        return type(exc).__name__, str(exc)
    return "ok", msgspec.json.encode(ev), msgspec.to_builtins(ev)


def _same(line: bytes) -> None:
    strict = _outcome(s._strict_decode, line)
    for cache in ("cold", "warm", "warm"):
        if cache == "cold":
            s._shared.clear()
            s._valid_codes.clear()
        assert _outcome(s.decode, line) == strict, (cache, line[:300])


def _line(obj: dict, *, ascii_only: bool = False) -> bytes:
    return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":")).encode()


def test_examples_take_the_split_and_equal_the_schema() -> None:
    for ev in EXAMPLES:
        line = _line(ev)
        assert len(line) > s._SPLIT_MIN_BYTES
        _same(line)
        assert type(s.decode(line).agent) is s.SharedAgents  # the split was taken


def test_shared_agents_carry_their_raw_json() -> None:
    a, b = (_line(ev) for ev in EXAMPLES[:2])
    ea, eb = s.decode(a), s.decode(b)
    assert ea.agent.key == (  # type: ignore[attr-defined]
        _line(EXAMPLES[0]["agent"]).replace(b", ", b","),
        _line(EXAMPLES[0]["source"]),
    )
    # equal keys, equal values: the same raw JSON gives the very same decoded objects
    again = s.decode(a)
    assert again.agent is ea.agent and again.source is ea.source
    assert (ea.agent.key == eb.agent.key) is (  # type: ignore[attr-defined]
        msgspec.json.encode((ea.agent, ea.source)) == msgspec.json.encode((eb.agent, eb.source))
        and _line(EXAMPLES[0]["agent"]) == _line(EXAMPLES[1]["agent"])
    )


#: what an agent list, an agent or a source may be replaced with (valid and invalid)
BAD_VALUES = [
    None,
    [],
    {},
    5,
    "x",
    [None],
    [{}],
    [{"requestor": "yes"}],
    [{"requestor": True, "who": {"display": ""}}],
    [{"requestor": True, "role": [{"coding": [{"code": "a  b"}]}]}],
    [{"requestor": True, "unknown": 1}],
    [{"requestor": True}],
    {"observer": {}},
    {"observer": {"display": "x"}, "type": [{"code": " a"}]},
    {"site": "x"},
]


@pytest.mark.parametrize("value", BAD_VALUES)
@pytest.mark.parametrize("where", ["agent", "source", "agent.0", "agent.0.who", "source.observer"])
def test_replaced_parts_equal_the_schema(where: str, value: object) -> None:
    for ev in EXAMPLES:
        obj = copy.deepcopy(ev)
        *parents, last = where.split(".")
        cur: object = obj
        for p in parents:
            cur = cur[int(p)] if isinstance(cur, list) else cur[p]  # type: ignore[index]
        if isinstance(cur, list):
            cur[int(last)] = value
        else:
            cur[last] = value  # type: ignore[index]
        _same(_line(obj))


def _with_key_twice(ev: dict, key: str, first: object, spelling: str) -> bytes:
    """The event's JSON with ``key`` written twice: ``first`` before the event's own value."""
    line = _line(ev)
    head = b'{"' + spelling.encode() + b'":' + json.dumps(first).encode() + b","
    assert line.startswith(b"{")
    return head + line[1:]


@pytest.mark.parametrize("key", ["agent", "source"])
@pytest.mark.parametrize("first", [5, [], None, [{"requestor": "no"}], {"observer": 1}, "ok"])
@pytest.mark.parametrize("spelling", ["plain", "escaped", "escaped-late"])
def test_repeated_keys_equal_the_schema(key: str, first: object, spelling: str) -> None:
    # the schema checks every occurrence of a repeated key; a raw field would keep the last only
    for ev in EXAMPLES:
        value = ev[key] if first == "ok" else first
        if spelling == "plain":
            line = _with_key_twice(ev, key, value, key)
        elif spelling == "escaped":  # "\u0061gent": the same key, spelled with an escape
            line = _with_key_twice(ev, key, value, "\\u00" + format(ord(key[0]), "x") + key[1:])
        else:  # the escaped spelling after the plain one
            line = (
                _line(ev)[:-1]
                + b',"'
                + key[:-1].encode()
                + b'\\u0074":'
                + json.dumps(value).encode()
                + b"}"
            )
            if key == "source":
                line = line.replace(b'"sourc\\u0074"', b'"sourc\\u0065"')
        _same(line)


@pytest.mark.parametrize("ascii_only", [True, False])
def test_whitespace_and_escapes_equal_the_schema(ascii_only: bool) -> None:
    for ev in EXAMPLES:
        obj = copy.deepcopy(ev)
        obj["agent"][0].setdefault("who", {})["display"] = 'Æble "Ø" \\ å\n'
        for text in (
            json.dumps(obj, ensure_ascii=ascii_only).encode(),
            json.dumps(obj, ensure_ascii=ascii_only, indent=1).encode().replace(b"\n", b" "),
            b"  " + _line(obj, ascii_only=ascii_only) + b"\n",
        ):
            _same(text)


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.sampled_from(["", "a", "a  b", "1", "x y"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "requestor",
                    "who",
                    "display",
                    "reference",
                    "code",
                    "coding",
                    "role",
                    "type",
                    "observer",
                    "site",
                    "extension",
                    "agent",
                    "source",
                    "x",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, len(EXAMPLES) - 1),
    st.sampled_from(
        ["agent", "source", "agent.0", "agent.0.who", "source.observer", "agent.0.role"]
    ),
    _json,
    st.booleans(),
)
def test_random_parts_equal_the_schema(i: int, where: str, value: object, twice: bool) -> None:
    obj = copy.deepcopy(EXAMPLES[i])
    *parents, last = where.split(".")
    cur: object = obj
    for p in parents:
        cur = cur[int(p)] if isinstance(cur, list) else cur[p]  # type: ignore[index]
    if twice and not parents:  # the key written twice: the random value first
        _same(_with_key_twice(obj, last, value, last))
        return
    if isinstance(cur, list):
        cur[int(last)] = value
    else:
        cur[last] = value  # type: ignore[index]
    _same(_line(obj))


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=60).map(lambda b: bytes(c for c in b if c < 128)), st.data())
def test_has_escape_is_in(noise: bytes, data: st.DataObject) -> None:
    parts = data.draw(
        st.lists(st.sampled_from([b"\\", b"u", b"0", b"\\u", b"\\u0000", b"a"]), max_size=40)
    )
    line = noise + b"".join(parts)
    for escape in (b"\\u", b"\\u0000"):
        assert s.has_escape(line, escape) is (escape in line)


def _stored(url: str) -> tuple:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as c:
        out = tuple(
            tuple(map(tuple, c.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2"))))
            for t in ("access_entry", "merkle_leaf", "source_day")
        )
    engine.dispose()
    return out


def test_an_import_stores_the_same_with_and_without_the_split(tmp_path, monkeypatch) -> None:
    """The mapping remembers who an event names by the raw JSON of its agents and source when
    they were split: the stored rows and leaves are those of the whole decoding."""
    from indsigt.db import init_db
    from indsigt.importing import import_files
    from indsigt.integrity.keys import integrity_key_path
    from indsigt.protect.keys import key_path

    balp = (INTEROP / "balp" / "balp.ndjson").read_text().splitlines()
    lines = [x for x in balp if '"AuditEvent"' not in x and x.strip()]  # the citizen
    n_balp = sum('"AuditEvent"' in x for x in balp)  # the first examples (the others: MinLog2)
    for i in range(40):
        for n, ev in enumerate(EXAMPLES[:n_balp]):
            ev = copy.deepcopy(ev)
            ev["id"] = f"e{i}-{n}"
            ev["recorded"] = f"2026-01-{1 + i % 28:02d}T10:00:00Z"
            if i % 2:
                ev["entity"][-1]["description"] = "kort"  # short: decoded whole
            ev["agent"][0].setdefault("who", {})["display"] = f"Bruger {i % 7}"
            line = json.dumps(ev, ensure_ascii=False, separators=(",", ":"))
            if i % 5 == 1:
                line = line.replace('"agent":', '"\\u0061gent":', 1)
            elif i % 5 == 2:
                line = line.replace(
                    '{"resourceType"', '{"agent":[{"requestor":true}],"resourceType"'
                )
            elif i % 5 == 3:
                line = line.replace(',"', ', "')
            lines.append(line)
    path = tmp_path / "log.ndjson"
    path.write_text("\n".join(lines) + "\n")
    stored = []
    urls = [f"sqlite:///{tmp_path / name}.db" for name in ("split", "whole")]
    for url, split_from in zip(urls, (s._SPLIT_MIN_BYTES, 10**9), strict=True):
        monkeypatch.setattr(s, "_SPLIT_MIN_BYTES", split_from)
        s._shared.clear()
        if stored:  # the first import's keys, so the same Merkle leaves
            for path_of in (key_path, integrity_key_path):
                if path_of(urls[0]).exists():
                    shutil.copy(path_of(urls[0]), path_of(url))
        out = import_files(init_db(url), [path], alerts=False, record=False)
        assert out.ok, out.report.problems
        stored.append((out.report.files[0].skipped, _stored(url)))
    assert stored[0][0] == stored[1][0]
    tables = ("access_entry", "merkle_leaf", "source_day")
    for table, a, b in zip(tables, stored[0][1], stored[1][1], strict=True):
        assert len(a) == len(b), table
        for x, y in zip(a, b, strict=True):
            assert x == y, (table, x, y)
    assert len(stored[0][1][0]) > 100
