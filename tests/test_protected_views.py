"""Protected journal and log views (the one exit): every form of a hidden name is gone, labels
are right, proxies see the subject's labels, and protection follows the orders in time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import builders as b
from indsigt.db import init_db, session_scope
from indsigt.ingest.importer import Importer
from indsigt.protect.base import NoProtection
from indsigt.protect.orders import add_orders, revoke_order
from indsigt.protect.policy import OrderProtection, protection_for_view
from indsigt.proxies import add_proxies
from indsigt.timeutil import parse_at
from indsigt.views import journal_view, log_view
from leakcheck import assert_no_leak, find_leaks

AT = parse_at("2026-02-01T12:00:00+01:00")

NOTES = [
    (
        "d1",
        "r-holm",
        "2026-01-11T10:00:00+01:00",
        "Pt. set af spl. Mette Holm kl. 10. Holms vurdering: hans datter er med.\n/MLH",
    ),
    (
        "d2",
        "r-skov",
        "2026-01-12T09:00:00+01:00",
        "Overlæge Hans Skov tilså pt. Aftalt med Skov og Mette L. Holm at pt. går en tur i skov.\n"
        "Spørgsmål til hans.skov@rn.dk eller RN\\mlh.\nMvh HS",
    ),
    ("d3", "r-berg", "2026-01-13T09:00:00+01:00", "Hjemmebesøg. Karen Berg hjalp med bad."),
    (
        "d4",
        "r-lund",
        "2026-01-14T09:00:00+01:00",
        "Samtale med psykolog Per Lund-Sørensen. Lund-Sørensens vurdering følger. /pls",
    ),
]


@pytest.fixture
def loaded(db_url: str, tmp_path: Path, world) -> str:
    docs = [
        b.document(did, "p1", role, when, text, custodian="o-kard")
        for did, role, when, text in NOTES
    ]
    logs = [
        b.audit("a1", "p1", "2026-01-11T10:05:00+01:00", role_id="r-holm"),
        b.audit("a2", "p1", "2026-01-12T09:05:00+01:00", role_id="r-skov"),
        b.audit("a3", "p1", "2026-01-13T09:05:00+01:00", role_id="r-berg"),
        b.audit("a4", "p1", "2026-01-14T09:05:00+01:00", role_id="r-lund"),
        b.audit(
            "a5",
            "p1",
            "2026-01-15T23:05:00+01:00",
            external=("ext-9", "Vikar Jonas Vang"),
            org_id="o-kard",
        ),
    ]
    path = b.write_ndjson(
        tmp_path / "w.ndjson", world["orgs"] + world["staff"] + world["patients"] + docs + logs
    )
    report = Importer(init_db(db_url), progress=False).run([path])
    assert report.ok, report.problems
    with session_scope(db_url) as s:
        add_proxies(s, {"principal": "p1", "proxy": "p4", "from": "2026-01-01"}, actor="t")
    return db_url


@pytest.fixture
def staff(world) -> dict[str, dict]:
    return {r["id"]: r for r in world["staff"] if r["resourceType"] == "Practitioner"}


def _add(url: str, *orders: dict) -> list[str]:
    with session_scope(url) as s:
        return add_orders(s, list(orders), actor="leder")


def _toward(patient: str, *staff: str, **kw) -> dict:
    return {
        "kind": "patient",
        "patient": patient,
        "staff": list(staff),
        "from": "2026-01-01",
        "until": "2026-07-01",
        "reason": "threats",
        **kw,
    }


def _journal(url: str, subject: str = "p1", viewer: str | None = None, at=AT) -> dict:
    with session_scope(url) as s:
        return journal_view(s, subject, viewer, at)


def _log(url: str, subject: str = "p1", viewer: str | None = None, at=AT) -> dict:
    with session_scope(url) as s:
        return log_view(s, subject, viewer, at, entries=True)


def _dump(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False)


def test_nothing_hidden_without_orders(loaded, staff):
    doc = _journal(loaded)
    assert doc["documents"][0]["author"] == "Mette Louise Holm"
    assert find_leaks(_dump(doc), [staff["s-holm"]])  # the detector does see the names


def test_journal_hides_every_form(loaded, staff):
    _add(loaded, _toward("p1", "s-holm", "s-skov"))
    doc = _journal(loaded)
    text = _dump(doc)
    assert_no_leak(text, [staff["s-holm"], staff["s-skov"]])
    d1, d2, d3, d4 = doc["documents"]
    holm, skov = d1["author"], d2["author"]
    assert holm.startswith("Sygeplejerske ") and skov.startswith("Overlæge ")
    assert d1["text"].startswith(
        f"Pt. set af {holm} kl. 10. {holm}'s vurdering: hans datter er med."
    )
    assert "går en tur i skov" in d2["text"]  # the ordinary word stays
    assert d3["author"] == "Karen Berg" and "Karen Berg hjalp" in d3["text"]  # not hidden
    assert "Per Lund-Sørensen" in d4["text"]
    # the log: hidden actors are labels, the same as in the journal
    log = _log(loaded)
    assert_no_leak(_dump(log), [staff["s-holm"], staff["s-skov"]])
    actors = {e["id"]: e["actor"] for e in log["entries"]}
    assert (actors["a1"], actors["a2"]) == (holm, skov)
    assert actors["a3"] == "Karen Berg"
    assert actors["a5"] == "Vikar Jonas Vang"  # not in the roster: not staff, left alone


def test_organization_order_hides_department_from_everyone(loaded, staff):
    _add(
        loaded,
        {
            "kind": "organization",
            "organization": "o-rets",
            "from": "2026-01-01",
            "until": None,
            "reason": "high-risk department",
        },
    )
    doc = _journal(loaded)
    assert_no_leak(_dump(doc), [staff["s-lund"]])
    assert doc["documents"][3]["author"].startswith("Psykolog ")
    assert "Mette Holm" in doc["documents"][0]["text"]


def test_proxy_sees_subjects_labels_and_own_orders_apply(loaded, staff):
    _add(loaded, _toward("p1", "s-holm"), _toward("p4", "s-berg"))
    own = _journal(loaded)
    by_proxy = _journal(loaded, viewer="p4")
    assert by_proxy["viewer"] == "p4"
    assert by_proxy["documents"][0] == own["documents"][0]  # same label for s-holm
    # the order toward the proxy hides s-berg in the proxy's view of P, not in P's own view
    assert own["documents"][2]["author"] == "Karen Berg"
    assert by_proxy["documents"][2]["author"].startswith("Social- og sundhedshjælper ")
    assert_no_leak(_dump(by_proxy), [staff["s-holm"], staff["s-berg"]])
    assert_no_leak(_dump(_log(loaded, viewer="p4")), [staff["s-holm"], staff["s-berg"]])


def test_protection_follows_time(loaded, staff):
    [oid] = _add(loaded, _toward("p1", "s-holm", **{"from": "2026-01-20"}))
    assert find_leaks(_dump(_journal(loaded, at=parse_at("2026-01-19"))), [staff["s-holm"]])
    assert_no_leak(_dump(_journal(loaded, at=parse_at("2026-01-20"))), [staff["s-holm"]])
    assert_no_leak(_dump(_journal(loaded)), [staff["s-holm"]])
    with session_scope(loaded) as s:
        revoke_order(s, oid, "ophævet", actor="leder", at=parse_at("2026-01-25"))
    assert _journal(loaded)["documents"][0]["author"] == "Mette Louise Holm"
    assert_no_leak(_dump(_journal(loaded, at=parse_at("2026-01-24"))), [staff["s-holm"]])


def test_blur_and_keep_title(loaded, staff):
    _add(loaded, _toward("p1", "s-holm", mode="blur"), _toward("p1", "s-skov", keep_title=False))
    doc = _journal(loaded)
    assert_no_leak(_dump(doc), [staff["s-holm"], staff["s-skov"]])
    d1, d2 = doc["documents"][:2]
    assert d1["author"] == "Sundhedsperson"
    assert "Sundhedsperson" in d1["text"] and "Sygeplejerske" not in _dump(d1)
    assert d2["author"].startswith("Sundhedsperson ")
    assert "Overlæge" not in d2["text"] and "Overlæge" not in d2["author"]


def test_blur_and_keep_title_show_no_title_in_the_log_groups(loaded):
    """``keep_title: false`` and blur show no job title anywhere: not in ``groups[].roles``,
    not in the actors, not in any text of the log (issue 11 point 6)."""
    _add(loaded, _toward("p1", "s-holm", mode="blur"), _toward("p1", "s-skov", keep_title=False))
    doc = _log(loaded)
    roles = [r["title"] for g in doc["groups"] for r in g.get("roles") or []]
    assert roles and "Sygeplejerske" not in roles and "Overlæge" not in roles, roles
    dump = _dump(doc)
    assert "Sygeplejerske" not in dump and "Overlæge" not in dump


def test_protection_object(loaded):
    with session_scope(loaded) as s:
        assert isinstance(protection_for_view(s, "p1", "p1", AT), NoProtection)
    _add(loaded, _toward("p1", "s-holm"))
    with session_scope(loaded) as s:
        p1 = protection_for_view(s, "p1", "p1", AT)
        p2 = protection_for_view(s, "p1", "p1", AT)
        assert isinstance(p1, OrderProtection) and p1.hidden == frozenset({"s-holm"})
        assert p1.rosters[0] is p2.rosters[0]  # the matcher is cached per set of people
        spans = p1.spans("Mette Holm ringede.")
        assert [(sp.person, sp.text) for sp in spans] == [("s-holm", "Mette Holm")]
        assert p1.person("s-skov", "Hans Skov") == "Hans Skov"
        assert p1.person(None, None) is None
        assert p1.text("") == ""


def test_one_matcher_per_order_shared_between_citizens(loaded):
    _add(
        loaded,
        {
            "kind": "organization",
            "organization": "o-hosp",
            "reason": "high-risk department",
            "from": "2026-01-01",
        },
        _toward("p1", "s-berg"),
    )
    with session_scope(loaded) as s:
        p1 = protection_for_view(s, "p1", "p1", AT)
        p2 = protection_for_view(s, "p2", "p2", AT)
    assert p1.hidden == {"s-holm", "s-skov", "s-lund", "s-berg"}
    assert p2.hidden == {"s-holm", "s-skov", "s-lund"}
    assert len(p1.rosters) == 2 and len(p2.rosters) == 1
    assert p2.rosters[0] in p1.rosters  # the order for everyone: one matcher for all citizens


def test_nobody_is_hidden_from_themselves(loaded, tmp_path, staff):
    note = b.document(
        "d9",
        "p3",
        "r-skov",
        "2026-01-20T09:00:00+01:00",
        "Overlæge Skov talte med Mette Louise Holm om hendes knæ.",
    )
    report = Importer(init_db(loaded), progress=False).run(
        [b.write_ndjson(tmp_path / "d9.ndjson", [note])]
    )
    assert report.ok, report.problems
    _add(
        loaded,
        {"kind": "staff", "staff": "s-holm", "reason": "threats", "from": "2026-01-01"},
        {"kind": "staff", "staff": "s-skov", "reason": "threats", "from": "2026-01-01"},
    )
    own = _journal(loaded, "p3")  # p3 is s-holm (same CPR number)
    [d9] = own["documents"]
    assert d9["text"].endswith("talte med Mette Louise Holm om hendes knæ.")
    assert_no_leak(_dump(own), [staff["s-skov"]])
    assert_no_leak(_dump(_journal(loaded)), [staff["s-holm"], staff["s-skov"]])


def test_matcher_survives_imports_that_change_nobody(loaded, tmp_path, world):
    _add(loaded, _toward("p1", "s-holm", "s-skov"))
    with session_scope(loaded) as s:
        before = protection_for_view(s, "p1", "p1", AT)
        before.text("Mette Holm ringede.")
    more_log = [b.audit("a9", "p1", "2026-01-20T10:05:00+01:00", role_id="r-berg")]
    report = Importer(init_db(loaded), progress=False).run(
        [b.write_ndjson(tmp_path / "log2.ndjson", more_log)]
    )
    assert report.ok, report.problems
    with session_scope(loaded) as s:
        after = protection_for_view(s, "p1", "p1", AT)
    assert after.rosters[0] is not before.rosters[0]  # read again after the import ...
    assert after.rosters[0].matcher is before.rosters[0].matcher  # ... but not built again
    assert "Mette Holm ringede." in after.rosters[0].spans
    renamed = b.practitioner("s-skov", "Hans", "Skovgaard", username="hsk", auth="CD456")
    report = Importer(init_db(loaded), progress=False).run(
        [b.write_ndjson(tmp_path / "renamed.ndjson", [renamed])]
    )
    assert report.ok, report.problems
    with session_scope(loaded) as s:
        renamed_view = protection_for_view(s, "p1", "p1", AT)
        assert renamed_view.rosters[0].matcher is not before.rosters[0].matcher
        assert renamed_view.text("Hans Skovgaard ringede.").endswith(" ringede.")
        assert "Skovgaard" not in renamed_view.text("Hans Skovgaard ringede.")


def test_colleague_with_a_hidden_persons_family_name_keeps_it(loaded, tmp_path, staff):
    """Negative matching: only Mette Holm is hidden, so "Lars Holm" stays; her names do not."""
    lars = b.practitioner("s-lars", "Lars", "Holm", username="lho")
    note = b.document(
        "d9",
        "p1",
        "r-lars",
        "2026-01-20T09:00:00+01:00",
        "Lars Holm og Mette Holm tilså pt. Holms vurdering følges. Aftalt med M. L. H. i dag.\n"
        "Mvh Lars Holm",
    )
    report = Importer(init_db(loaded), progress=False).run(
        [
            b.write_ndjson(
                tmp_path / "d9.ndjson", [lars, b.role("r-lars", "s-lars", "o-kard", "Læge"), note]
            )
        ]
    )
    assert report.ok, report.problems
    _add(loaded, _toward("p1", "s-holm"))
    doc = _journal(loaded)
    d9 = next(d for d in doc["documents"] if d["author"] == "Lars Holm")
    holm = next(d["author"] for d in doc["documents"] if d["author"].startswith("Sygeplejerske"))
    assert d9["text"] == (
        f"Lars Holm og {holm} tilså pt. {holm}'s vurdering følges. Aftalt med {holm} i dag.\n"
        "Mvh Lars Holm"
    )
    assert_no_leak(_dump(doc), [staff["s-holm"]], allow=["Lars Holm"])
    # a namesake of the hidden person is hidden too (safety first)
    mette = b.practitioner("s-mette2", "Mette", "Holm")
    report = Importer(init_db(loaded), progress=False).run(
        [b.write_ndjson(tmp_path / "mette2.ndjson", [mette])]
    )
    assert report.ok, report.problems
    with session_scope(loaded) as s:
        view = protection_for_view(s, "p1", "p1", AT)
        assert view.text("Mette Holm og Lars Holm ringede.") == f"{holm} og Lars Holm ringede."


def test_warm_caches(loaded):
    from indsigt.protect.policy import clear_caches, warm_caches

    _add(loaded, _toward("p1", "s-holm"), _toward("p2", "s-holm"), _toward("p4", "s-skov"))
    clear_caches()
    with session_scope(loaded) as s:
        assert warm_caches(s, AT) == 2  # two distinct coverages
        assert warm_caches(s, parse_at("2027-01-01")) == 0


def test_a_relative_with_a_hidden_persons_name_stays_after_a_relation_word(db_url, tmp_path, world):
    """Anna's brother is called Hans Skov, like the hidden overlæge: after "bror" the name is the
    brother's and stays (a label there would tell Anna that a hidden person is called Hans Skov);
    anywhere else the name is hidden."""
    brother = {
        "resourceType": "RelatedPerson",
        "id": "rp-bror",
        "patient": {"reference": "Patient/p1"},
        "relationship": [{"text": "bror"}],
        "name": [{"family": "Skov", "given": ["Hans"]}],
    }
    texts = {
        "r1": "Pt.s bror Hans Skov ringede og spurgte til planen.",
        "r2": "Hans Skov tilså pt. på stuegang.",
        "r3": "Overlæge Skov har ordineret blodprøver.",
        "r4": "Talt med broderen Hans Skov, der henter pt.",
    }
    docs = [
        b.document(did, "p1", "r-holm", f"2026-01-1{i}T10:00:00+01:00", text)
        for i, (did, text) in enumerate(texts.items())
    ]
    path = b.write_ndjson(
        tmp_path / "w.ndjson",
        world["orgs"] + world["staff"] + world["patients"] + [brother, *docs],
    )
    assert Importer(init_db(db_url), progress=False).run([path]).ok
    _add(db_url, _toward("p1", "s-skov"))
    out = {d["id"]: d["text"] for d in _journal(db_url)["documents"]}
    assert out["r1"] == texts["r1"] and out["r4"] == texts["r4"]
    assert "Skov" not in out["r2"] and "Hans" not in out["r2"]
    assert "Skov" not in out["r3"]
