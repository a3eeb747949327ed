from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import builders as b
from pgschema import _drop_pg_schema, schema_name


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh database per test: SQLite in tmp_path, or a fresh schema on INDSIGT_TEST_PG."""
    pg = os.environ.get("INDSIGT_TEST_PG")
    if pg:
        from sqlalchemy import create_engine, text

        # unique per test and per xdist worker; the connections of the test carry the schema
        # name as application_name so the teardown can end them before dropping the schema
        schema = schema_name("t_")
        eng = create_engine(pg)
        with eng.begin() as c:
            c.execute(text(f"CREATE SCHEMA {schema}"))
        sep = "&" if "?" in pg else "?"
        url = f"{pg}{sep}options=-csearch_path%3D{schema}&application_name={schema}"
    else:
        url = f"sqlite:///{tmp_path / 'indsigt.db'}"
    monkeypatch.setenv("INDSIGT_DB", url)
    monkeypatch.setenv("INDSIGT_KEY_FILE", str(tmp_path / "indsigt.key"))
    from indsigt.config import get_settings

    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()
    if pg:
        _drop_pg_schema(eng, url, schema)


@pytest.fixture
def world() -> dict[str, list[dict]]:
    """A small synthetic world: a region with a hospital, departments, staff, citizens."""
    orgs = [
        b.org("o-reg", "Region Testjylland", sor="100", type_="region"),
        b.org("o-hosp", "Testby Sygehus", sor="110", part_of="o-reg", type_="hospital"),
        b.org("o-kard", "Kardiologisk afdeling", sor="111", part_of="o-hosp"),
        b.org("o-rtg", "Radiologisk afdeling", sor="112", part_of="o-hosp"),
        b.org("o-rets", "Retspsykiatrisk afdeling", sor="113", part_of="o-hosp"),
        b.org("o-kom", "Testby Kommune", sor="200", type_="municipality"),
        b.org("o-hjem", "Hjemmeplejen Testby Øst", sor="210", part_of="o-kom", type_="homecare"),
        b.org("o-sys", "Sundhedsplatformen", sor="900", type_="system"),
    ]
    staff = [
        b.practitioner(
            "s-holm",
            "Mette Louise",
            "Holm",
            username="RN\\mlh",
            auth="AB123",
            email="mette.holm@rn.dk",
            cpr="6101801234",
            address=("Skovvej 1", "9000", "Aalborg"),
        ),
        b.practitioner(
            "s-skov", "Hans", "Skov", username="hsk", auth="CD456", email="hans.skov@rn.dk"
        ),
        b.practitioner("s-lund", "Per", "Lund-Sørensen", username="pls", auth="EF789"),
        b.practitioner("s-berg", "Karen", "Berg", username="kab", auth="GH012"),
        b.role("r-holm", "s-holm", "o-kard", "Sygeplejerske"),
        b.role("r-skov", "s-skov", "o-kard", "Overlæge"),
        b.role("r-lund", "s-lund", "o-rets", "Psykolog"),
        b.role("r-berg", "s-berg", "o-hjem", "Social- og sundhedshjælper"),
    ]
    patients = [
        b.patient(
            "p1", "Anna", "Jensen", cpr="6512401234", address=("Bakkevej 2", "9000", "Aalborg")
        ),
        b.patient("p2", "Bent", "Holm", cpr="7003551111", address=("Skovvej 1", "9000", "Aalborg")),
        b.patient(
            "p3", "Mette Louise", "Holm", cpr="6101801234", address=("Skovvej 1", "9000", "Aalborg")
        ),
        b.patient("p4", "Carl", "Nielsen", cpr="6202702222"),
    ]
    return {"orgs": orgs, "staff": staff, "patients": patients}
