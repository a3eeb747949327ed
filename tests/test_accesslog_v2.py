"""Access log v2 (issue 12 and the log parts of issues 11, 13, 14): work on behalf of someone
else, open relations that go stale, the log's order, what was accessed, ``attention`` for hidden
users, opaque group ids, no job titles or CPR numbers where they must not show."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import builders as b
from indsigt.accesslog import build_log, group_entries
from indsigt.db import init_db, session_scope
from indsigt.importing import import_files
from indsigt.protect.base import NoProtection
from indsigt.protect.orders import add_orders
from indsigt.views import log_group_view, log_view

AT = datetime(2026, 12, 31)
TUE = "2026-02-10"


def t(day: str, hm: str = "10:00") -> str:
    return f"{day}T{hm}:00+01:00"


def load(
    db_url: str,
    tmp: Path,
    world: dict[str, list[dict]],
    resources: list[dict],
    *,
    extra: list[dict] = (),  # type: ignore[assignment]
    csv_rows: list[dict[str, str]] | None = None,
) -> None:
    files = [
        b.write_ndjson(
            tmp / "roster.ndjson", world["orgs"] + world["staff"] + world["patients"] + list(extra)
        ),
        b.write_ndjson(tmp / "data.ndjson", resources),
    ]
    if csv_rows:
        files.append(b.write_csv(tmp / "log.csv", csv_rows))
    # the import service: import, then the access log's refresh
    report = import_files(init_db(db_url), files, alerts=False, record=False).report
    assert report.ok, report.problems


def log(db_url: str, subject: str = "p1", **kw: Any) -> dict[str, Any]:
    with session_scope(db_url) as s:
        return build_log(s, subject, AT, NoProtection(), entries=True, **kw)


def entry(doc: dict[str, Any], eid: str) -> dict[str, Any]:
    return next(e for e in doc["entries"] if e["id"] == eid)


def group_of(doc: dict[str, Any], eid: str) -> dict[str, Any]:
    gid = entry(doc, eid)["group"]
    return next(g for g in doc["groups"] if g["id"] == gid)


def row(reg: str, citizen: str, user: str, when: str, **kw: str) -> dict[str, str]:
    return {
        "regKode": reg,
        "cprNrBorger": citizen,
        "bruger": user,
        "tidspunkt": when,
        "systemName": "EPJ",
        **kw,
    }


def _order(db_url: str, patient: str, *staff: str, **kw: Any) -> None:
    with session_scope(db_url) as s:
        add_orders(
            s,
            [
                {
                    "kind": "patient",
                    "patient": patient,
                    "staff": list(staff),
                    "from": "2026-01-01",
                    "until": "2027-06-01",
                    "reason": "threats",
                    **kw,
                }
            ],
            actor="leder",
        )


# --- relationship flags: a registered relative ----------------------------------------------


@pytest.mark.parametrize("source", ["RelatedPerson", "contact"])
def test_a_registered_relative_counts_however_common_the_name(db_url, tmp_path, world, source):
    """Ole Jensen, a nurse, reads his mother's record on his own ward: Jensen is common, but he
    is her registered relative (RelatedPerson or Patient.contact)."""
    mother = b.patient("pM", "Eva", "Jensen", cpr="0404040404")
    son = {"family": "Jensen", "given": ["Ole"]}
    if source == "contact":
        mother["contact"] = [{"relationship": [{"text": "søn"}], "name": son}]
        related: list[dict] = []
    else:
        related = [
            {
                "resourceType": "RelatedPerson",
                "id": "rp1",
                "patient": {"reference": "Patient/pM"},
                "relationship": [{"text": "søn"}],
                "name": [son],
            }
        ]
    extra = [
        b.practitioner("s-ole", "Ole", "Jensen"),
        b.role("r-ole", "s-ole", "o-kard", "Sygeplejerske"),
        b.practitioner("s-ib", "Ib", "Jensen"),
        b.role("r-ib", "s-ib", "o-kard", "Sygeplejerske"),
        mother,
        *related,
    ]
    load(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "pM", "o-kard", "2026-01-05"),
            b.audit("son", "pM", t(TUE), role_id="r-ole"),
            b.audit("other", "pM", t(TUE), role_id="r-ib"),
        ],
        extra=extra,
    )
    doc = log(db_url, "pM")
    assert entry(doc, "son")["flags"] == ["same_surname"]
    assert entry(doc, "son")["explained_by"]["id"] == "ep1"
    assert entry(doc, "other")["flags"] == []


# --- work on behalf of someone else --------------------------------------------------------

SECRETARY = [
    b.practitioner("s-sec", "Sanne", "Skriver", username="ssk"),
    b.role("r-sec", "s-sec", "o-kard", "Lægesekretær"),
    # the doctor also sees patients in the outpatient clinic of another hospital
    b.org("o-amb", "Hjerteambulatoriet", sor="121", part_of="o-reg", type_="hospital"),
    b.role("r-skov-amb", "s-skov", "o-amb", "Overlæge"),
]


def _behalf_world(db_url: str, tmp_path: Path, world: dict[str, list[dict]]) -> None:
    load(
        db_url,
        tmp_path,
        world,
        [
            # Hans Skov saw p1 in the clinic; no relation of p1 with cardiology
            b.encounter(
                "amb1",
                "p1",
                "o-amb",
                t("2026-02-09", "09:00"),
                t("2026-02-09", "09:30"),
                ["r-skov-amb"],
            ),
        ],
        extra=SECRETARY,
        csv_rows=[
            # the secretary types the dictation of the visit for the doctor
            row("typed", "p1", "ssk", t("2026-02-09", "14:00"), ansvarlig="CD456"),
            # the same without saying for whom: nothing explains it
            row("own", "p1", "ssk", t("2026-02-09", "14:05")),
            # a psychologist of another department types the doctor's name
            row("outside", "p1", "pls", t("2026-02-09", "14:10"), ansvarlig="CD456"),
            # the doctor has no relation with p4 either
            row("norel", "p4", "ssk", t("2026-02-09", "14:20"), ansvarlig="CD456"),
            # someone nobody knows
            row("unknown", "p1", "ssk", t("2026-02-09", "14:30"), ansvarlig="Dr. Ukendt Person"),
        ],
    )


def test_on_behalf_work_is_explained_by_the_responsible_persons_relation(db_url, tmp_path, world):
    _behalf_world(db_url, tmp_path, world)
    doc = log(db_url)
    typed = entry(doc, "typed")
    assert typed["explained_by"]["rule"] == "on_behalf"
    assert typed["explained_by"]["id"] == "amb1"
    assert "for overlæge Hans Skov" in typed["explained_by"]["text"]
    assert typed["flags"] == [] and typed["state"] == "explained"
    assert typed["on_behalf_of"] == "overlæge Hans Skov"
    assert entry(doc, "own")["flags"] == ["no_relation"]
    out = entry(doc, "outside")
    assert out["explained_by"] is None and "no_relation" in out["flags"]
    unknown = entry(doc, "unknown")
    assert unknown["explained_by"] is None and unknown["flags"] == ["no_relation"]
    assert "på vegne af Dr. Ukendt Person" in group_of(doc, "unknown")["summary"]
    d4 = log(db_url, "p4")
    g = group_of(d4, "norel")
    assert entry(d4, "norel")["flags"] == ["no_relation"]
    assert "på vegne af overlæge Hans Skov" in g["summary"]
    assert "heller ikke for overlæge Hans Skov" in g["summary"]


def test_the_responsible_person_is_protected_like_any_name(db_url, tmp_path, world):
    _behalf_world(db_url, tmp_path, world)
    _order(db_url, "p1", "s-skov")
    with session_scope(db_url) as s:
        doc = log_view(s, "p1", "p1", AT, entries=True)
    blob = repr(doc)
    assert "Skov" not in blob and "CD456" not in blob, re.findall(r".{80}Skov.{40}", blob)
    typed = entry(doc, "typed")
    assert re.search(r"for Overlæge [0-9a-f]{7}", typed["explained_by"]["text"])


def _behalf_event(aid: str, style: str) -> dict:
    """An AuditEvent by the secretary for the doctor: a second agent (``requestor: false``,
    role "responsible") or BALP's ``onBehalfOf`` extension on the user's agent."""
    ev = b.audit(aid, "p1", t("2026-02-09", "15:00"), role_id="r-sec")
    doctor = {"reference": "PractitionerRole/r-skov"}
    if style == "agent":
        ev["agent"].append(
            {
                "who": doctor,
                "requestor": False,
                "role": [
                    {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                "code": "RESP",
                                "display": "responsible party",
                            }
                        ]
                    }
                ],
            }
        )
    else:
        ev["agent"][0]["extension"] = [
            {
                "url": "https://profiles.ihe.net/ITI/BALP/StructureDefinition/ihe-otherId",
                "valueReference": {"display": "ignored"},
            },
            {
                "url": "http://hl7.org/fhir/StructureDefinition/auditevent-OnBehalfOf",
                "valueReference": doctor,
            },
        ]
    return ev


@pytest.mark.parametrize("style", ["agent", "extension"])
def test_on_behalf_via_auditevent(db_url, tmp_path, world, style):
    load(
        db_url,
        tmp_path,
        world,
        [
            b.encounter(
                "amb1",
                "p1",
                "o-amb",
                t("2026-02-09", "09:00"),
                t("2026-02-09", "09:30"),
                ["r-skov-amb"],
            ),
            _behalf_event("ae", style),
        ],
        extra=SECRETARY,
    )
    e = entry(log(db_url), "ae")
    assert e["explained_by"]["rule"] == "on_behalf"
    assert e["on_behalf_of"] == "overlæge Hans Skov"


# --- windows: open relations that show no activity ----------------------------------------


def test_open_episode_without_activity_stops_explaining(db_url, tmp_path, world):
    """An episode left open after the last contact: lookups four months later are not explained
    by it; while notes, contacts or changes keep coming, it stays alive."""
    load(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "p1", "o-kard", "2026-01-05"),  # no end recorded
            b.encounter("en1", "p1", "o-kard", t("2026-01-05"), t("2026-01-12")),
            b.audit("during", "p1", t("2026-01-08"), role_id="r-holm"),
            b.audit("month", "p1", t("2026-02-20"), role_id="r-holm"),  # 6 weeks after
            b.audit("stale", "p1", t("2026-06-01"), role_id="r-skov"),  # 4.5 months after
            # p2: the same episode, kept alive by notes
            b.episode("ep2", "p2", "o-kard", "2026-01-05"),
            b.document("d1", "p2", "r-holm", t("2026-03-20"), "Status.", custodian="o-kard"),
            b.document("d2", "p2", "r-holm", t("2026-05-15"), "Status.", custodian="o-kard"),
            b.audit("alive", "p2", t("2026-06-01"), role_id="r-skov"),
        ],
    )
    doc = log(db_url)
    assert entry(doc, "during")["explained_by"] is not None
    assert entry(doc, "month")["explained_by"]["id"] == "ep1"
    assert entry(doc, "stale")["explained_by"] is None
    assert entry(doc, "stale")["flags"] == ["no_relation"]
    d2 = log(db_url, "p2")
    assert entry(d2, "alive")["explained_by"]["id"] == "ep2"


def test_a_period_view_agrees_with_the_whole_log_on_stale_episodes(db_url, tmp_path, world):
    """The view of one period reads the activity before it too: same answer either way."""
    from indsigt.accesslog import LogFilters

    res = [b.episode("ep1", "p1", "o-kard", "2026-01-05")]
    res += [
        b.audit(f"w{i}", "p1", t(f"2026-{m:02d}-15"), role_id="r-holm")
        for i, m in enumerate((1, 2, 3, 4, 5))
    ]
    load(db_url, tmp_path, world, res)
    with session_scope(db_url) as s:
        s.execute(text("UPDATE access_entry SET action = 'U'"))
    full = {e["id"]: e["explained_by"] for e in log(db_url)["entries"]}
    from datetime import date

    part = log(db_url, filters=LogFilters(since=date(2026, 5, 1), until=date(2026, 5, 31)))
    assert {e["id"] for e in part["entries"]} == {"w4"}
    assert entry(part, "w4")["explained_by"] == full["w4"] is not None


# --- the log's order -----------------------------------------------------------------------


def test_unexplained_access_is_above_an_explained_emergency_override(db_url, tmp_path, world):
    load(
        db_url,
        tmp_path,
        world,
        [
            b.encounter("akut", "p1", "o-kard", t("2026-03-01", "02:00"), t("2026-03-01", "09:00")),
            # the override during the citizen's own acute contact, the most recent entry
            b.audit("btg", "p1", t("2026-03-01", "03:00"), role_id="r-skov", purpose="BTG"),
            # an older access nothing explains
            b.audit("odd", "p1", t("2026-02-02"), role_id="r-lund"),
            b.audit("fine", "p1", t("2026-03-01", "04:00"), role_id="r-holm"),
        ],
    )
    doc = log(db_url)
    first = doc["groups"][0]
    assert first["id"] == entry(doc, "odd")["group"]
    btg = group_of(doc, "btg")
    assert btg["state"] == "flagged" and btg["explained_by"] is not None
    assert doc["groups"].index(btg) == 1
    assert doc["groups"][-1]["id"] == entry(doc, "fine")["group"]


def test_web_sections_keep_the_views_order(db_url, tmp_path, world):
    from indsigt.web.logdata import sections

    groups = [
        {"id": "a", "state": "unexplained", "flags": ["no_relation"], "count": 1, "last": "1"},
        {"id": "b", "state": "flagged", "flags": ["break_glass"], "count": 1, "last": "2"},
    ]
    assert [g["id"] for g in sections({"groups": groups}).attention] == ["a", "b"]


# --- what was accessed ---------------------------------------------------------------------


def test_entries_say_what_was_accessed(db_url, tmp_path, world):
    load(
        db_url,
        tmp_path,
        world,
        [b.audit("a", "p1", t(TUE), role_id="r-holm", what="Medicinkort")],
        csv_rows=[row("c", "p1", "kab", t(TUE), handling="Opslag på medicinkort")],
    )
    doc = log(db_url)
    assert entry(doc, "a")["what"] == "Medicinkort"
    assert entry(doc, "a")["category"] == "Notat"  # entity DocumentReference/x
    assert entry(doc, "c")["what"] == "Opslag på medicinkort"
    with session_scope(db_url) as s:
        from indsigt.web.export import log_csv

        csv_text = log_csv(log_view(s, "p1", "p1", AT, entries=True))
    assert "Opslag på medicinkort" in csv_text and "Medicinkort" in csv_text


# --- unknown users, CPR numbers, job titles -------------------------------------------------


def test_a_staff_cpr_number_is_never_shown(db_url, tmp_path, world):
    """MinLog ``bruger`` may be a CPR number not in the roster, with no display name."""
    load(
        db_url,
        tmp_path,
        world,
        [],
        csv_rows=[
            row("c1", "p1", "0707071234", t(TUE), orgUsingID="o-kard"),
            row("c2", "p1", "0808-081234", t(TUE), orgUsingID="o-kard", brugerNavn="0808081234"),
            row("c3", "p1", "ssk", t(TUE), orgUsingID="o-kard", ansvarlig="0909091234"),
        ],
        extra=SECRETARY,
    )
    with session_scope(db_url) as s:
        doc = log_view(s, "p1", "p1", AT, entries=True)
        gid = entry(doc, "c1")["group"]
        one = log_group_view(s, "p1", "p1", gid, AT)
    blob = repr(doc) + repr(one)
    assert "0707071234" not in blob and "080808" not in blob and "0808-08" not in blob
    assert "090909" not in blob and "cpr:" not in blob
    assert "på vegne af en ukendt medarbejder" in group_of(doc, "c3")["summary"]
    assert entry(doc, "c1")["actor"] == "Ukendt medarbejder"
    summary = group_of(doc, "c1")["summary"]
    assert summary.startswith("Ukendt medarbejder (Kardiologisk afdeling")


def test_no_job_title_for_hidden_people(db_url, tmp_path, world):
    load(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "p1", "o-rets", "2026-01-05"),
            b.audit("a", "p1", t(TUE), role_id="r-lund"),
            b.audit("b", "p1", t("2026-02-11"), role_id="r-lund"),
        ],
    )
    _order(db_url, "p1", "s-lund", keep_title=False)
    with session_scope(db_url) as s:
        doc = log_view(s, "p1", "p1", AT, entries=True)
    blob = repr(doc)
    assert "sykolog" not in blob, re.findall(r".{80}sykolog.{40}", blob)
    g = group_of(doc, "a")
    assert g["roles"] == [{"title": "Sundhedsperson", "count": 1}]


# --- attention: relationship flags about a hidden user --------------------------------------


def test_attention_replaces_relationship_flags_of_a_hidden_user(db_url, tmp_path, world):
    """Mette Holm lives with p2 and reads p2's record on her ward: p2 sees that an access is
    sent for review, not that the user lives with them; the privacy officer gets the detail."""
    load(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep2", "p2", "o-kard", "2026-01-05"),
            b.audit("ward", "p2", t(TUE), role_id="r-holm"),
            b.audit("other", "p2", t("2026-02-12"), role_id="r-holm", purpose="BTG"),
        ],
    )
    with session_scope(db_url) as s:
        plain = log_view(s, "p2", "p2", AT, entries=True)
    assert "same_address" in entry(plain, "ward")["flags"]
    _order(db_url, "p2", "s-holm")
    with session_scope(db_url) as s:
        doc = log_view(s, "p2", "p2", AT, entries=True)
        gid = entry(doc, "ward")["group"]
        one = log_group_view(s, "p2", "p2", gid, AT)
    e = entry(doc, "ward")
    assert e["flags"] == ["attention"]
    assert e["explained_by"] is not None
    g = group_of(doc, "ward")
    assert "attention" in g["flags"] and "same_address" not in g["flags"]
    assert "adresse" not in g["summary"] and "adresse" not in " ".join(g["reasons"])
    assert "gennemgang" in g["summary"]
    assert one["group"]["flags"] == g["flags"]
    assert all("same_address" not in x["flags"] for x in one["entries"])
    blob = repr(doc)
    assert "same_address" not in blob and "Holm" not in blob
    # filtering by the hidden relation's code finds nothing; by attention, the group
    from indsigt.accesslog import LogFilters

    with session_scope(db_url) as s:
        by_attention = log_view(s, "p2", "p2", AT, filters=LogFilters(flag="attention"))
        by_address = log_view(s, "p2", "p2", AT, filters=LogFilters(flag="same_address"))
    assert [x["id"] for x in by_attention["groups"]] == [g["id"]]
    assert by_address["groups"] == []


def test_review_queue_for_the_privacy_officer(db_url, tmp_path, world):
    from indsigt.accesslog import review
    from indsigt.errors import Forbidden
    from indsigt.users import add_user

    load(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep2", "p2", "o-kard", "2026-01-05"),
            b.audit("ward", "p2", t(TUE), role_id="r-holm"),
            b.audit("plain", "p1", t(TUE), role_id="r-lund"),
        ],
    )
    _order(db_url, "p2", "s-holm")
    with session_scope(db_url) as s:
        add_user(s, "rev", "Revisor", "auditor", actor="t")
        add_user(s, "adm", "Admin", "admin", actor="t")
    with session_scope(db_url) as s:
        with pytest.raises(Forbidden):
            review.queue(s, "adm")
        q = review.queue(s, "rev")
    assert q["count"] == 1
    item = q["items"][0]
    assert item["patient"] == "p2" and item["flags"] == ["same_address"]
    assert item["user"]["name"] == "Mette Louise Holm"
    assert item["explained"] is True and item["hidden_from_citizen"] is True
    assert item["citizen_sees"] == ["attention"]
    assert any("Samme adresse" in f for f in item["facts"])
    with session_scope(db_url) as s:
        done = review.decide(s, "rev", item["id"], status="afsluttet", note="Talt med lederen.")
        assert done["status"] == "afsluttet"
    # a refresh keeps the decision
    from indsigt.accesslog import refresh

    with session_scope(db_url) as s:
        refresh(s.connection(), force=True)
    with session_scope(db_url) as s:
        again = review.queue(s, "rev")["items"][0]
        trail = (
            s.execute(
                text("SELECT action FROM audit_trail WHERE action LIKE 'review.%' ORDER BY id")
            )
            .scalars()
            .all()
        )
    assert again["status"] == "afsluttet" and again["note"] == "Talt med lederen."
    assert trail == ["review.view", "review.decide", "review.view"]


# --- opaque group ids ----------------------------------------------------------------------


def test_group_ids_are_keyed_with_the_server_secret(db_url, tmp_path, world, monkeypatch):
    import hashlib

    from indsigt.accesslog import condense

    load(db_url, tmp_path, world, [b.audit("a", "p1", t(TUE), role_id="r-lund")])
    gid = entry(log(db_url), "a")["group"]
    # the old, unkeyed recipe can be computed offline from a staff id: it must not match
    day = (datetime(2026, 2, 10) - datetime(1970, 1, 1)).days
    key = ("unexplained", "o-rets", "s:s-lund", day)
    raw = "\x1f".join(["p1", *map(str, key)]).encode()
    unkeyed = "g" + hashlib.blake2b(raw, digest_size=6, person=b"indsigt-log").hexdigest()
    assert gid != unkeyed
    assert gid == condense.group_id("p1", key, _secret(db_url))
    assert gid != condense.group_id("p1", key, condense.group_secret(b"\0" * 32))
    # stable between requests
    assert entry(log(db_url), "a")["group"] == gid


def _secret(db_url: str) -> bytes:
    from indsigt.accesslog import condense
    from indsigt.protect.keys import keys_for

    current, keys = keys_for(db_url)
    return condense.group_secret(keys[current])


def test_drill_down_of_every_group_matches(db_url, tmp_path, world):
    _behalf_world(db_url, tmp_path, world)
    doc = log(db_url)
    with session_scope(db_url) as s:
        for g in doc["groups"]:
            got = group_entries(s, "p1", AT, NoProtection(), g["id"])
            assert {e["id"] for e in got["entries"]} == {
                e["id"] for e in doc["entries"] if e["group"] == g["id"]
            }


# --- a citizen as the user -----------------------------------------------------------------


def _citizen_event(aid: str, who: str, when: str) -> dict:
    ev = b.audit(aid, "p1", when, role_id="r-holm")
    ev["agent"] = [{"who": {"reference": f"Patient/{who}"}, "requestor": True}]
    return ev


def test_the_citizen_and_a_proxy_as_the_user_are_no_alarm(db_url, tmp_path, world):
    """BALP patient self-access: the citizen (or a proxy) read the record in a portal. That is
    neither explained by a treatment relation nor "we cannot explain this": it is their own."""
    load(
        db_url,
        tmp_path,
        world,
        [
            _citizen_event("self", "p1", t(TUE, "21:00")),
            _citizen_event("proxy", "p4", t("2026-02-11", "22:00")),
            b.audit("staff", "p1", t(TUE), role_id="r-lund"),
        ],
    )
    doc = log(db_url)
    me, proxy = entry(doc, "self"), entry(doc, "proxy")
    assert me["flags"] == [] and me["state"] == "explained"
    assert me["actor"] == "Dig selv"
    assert me["explained_by"]["text"] == "Du har selv set dine oplysninger."
    assert proxy["actor"] == "En anden borger (fx med fuldmagt)" and proxy["flags"] == []
    g = group_of(doc, "self")
    assert g["id"] == proxy["group"] and g["count"] == 2
    assert g["summary"].startswith("Dig selv og en anden borger (fx med fuldmagt) så dine")
    assert "Patient/" not in repr(doc)
    assert entry(doc, "staff")["flags"] == ["no_relation"]
    assert doc["groups"][0]["id"] == entry(doc, "staff")["group"]


def test_templates_are_mined_when_the_log_arrives_in_log_only_imports(db_url, tmp_path, world):
    """Master data first, the log after (as in production): the first log-only import mines the
    templates (a full run), a small one after it is incremental and keeps them."""
    import json as _json

    from test_accesslog_rules import _cover_world

    extra, res = _cover_world(weeks=4, users=4, patients=14)
    audits = [r for r in res if r["resourceType"] == "AuditEvent"]
    master = [r for r in res if r["resourceType"] != "AuditEvent"]
    load(db_url, tmp_path, world, master, extra=extra)
    logs = b.write_ndjson(tmp_path / "log1.ndjson", audits)
    assert import_files(init_db(db_url), [logs], alerts=False, record=False).report.ok

    def state() -> tuple[str, int]:
        with session_scope(db_url) as s:
            rep = _json.loads(
                s.execute(text("SELECT value FROM accesslog_state WHERE key = 'report'")).scalar()
            )
            n = s.execute(text("SELECT COUNT(*) FROM accesslog_template")).scalar()
        return rep["mode"], n

    assert state() == ("full", 1)
    assert entry(log(db_url, "px0"), "rx0")["explained_by"]["rule"] == "template"
    more = b.write_ndjson(tmp_path / "log2.ndjson", [b.audit("x1", "p1", t(TUE), role_id="r-lund")])
    assert import_files(init_db(db_url), [more], alerts=False, record=False).report.ok
    assert state() == ("incremental", 1)


def test_a_surname_the_store_shares_is_no_news_on_an_explained_access(db_url, tmp_path, world):
    """A name three people of the store carry says nothing about a family: only the national
    list and the store's own figures decide (a registered relative would still count)."""
    extra = [
        b.practitioner("s-bj", "Ulla", "Bjerregaard"),
        b.role("r-bj", "s-bj", "o-kard", "Sygeplejerske"),
        b.patient("pB", "Bo", "Bjerregaard", cpr="0606060606"),
        b.patient("pC", "Carl", "Bjerregaard", cpr="0707070707"),
    ]
    load(
        db_url,
        tmp_path,
        world,
        [
            b.episode("ep1", "pB", "o-kard", "2026-01-05"),
            b.audit("a", "pB", t(TUE), role_id="r-bj"),
            b.audit("b", "pC", t(TUE), role_id="r-bj"),  # no relation: flagged as ever
        ],
        extra=extra,
    )
    assert entry(log(db_url, "pB"), "a")["flags"] == []
    assert entry(log(db_url, "pC"), "b")["flags"] == ["no_relation", "same_surname"]
