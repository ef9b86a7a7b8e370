"""A newer bundled catalogue updates the catalogue and never a user's own data."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry, ImportBatch, Recommendation, RecommendationLink, State
from fwgdesk.domain.enums import LinkStatus, Origin, ProtocolStatus
from fwgdesk.paths import resources_dir
from fwgdesk.services.bundled import read_bundle, sync_bundled_data


def newer_bundle(tmp_path: Path) -> Path:
    """A copy of the resources where WG9-R4's title and themes changed, and Peru's status."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir() / "catalogue", root / "catalogue")
    shutil.copytree(resources_dir() / "states", root / "states")
    wg9 = root / "catalogue" / "WG9.json"
    data = json.loads(wg9.read_text(encoding="utf-8"))
    item = next(i for i in data["items"] if i["code"] == "WG9-R4")
    item["title_en"] = "Revised title"
    item["themes"] = ["ammunition"]
    wg9.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    states = root / "states" / "states.json"
    data = json.loads(states.read_text(encoding="utf-8"))
    for state in data["states"]:
        if state["iso3"] in ("PER", "FRA"):
            state["protocol_status"] = "signatory"
    states.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return root


def link(database: Database, iso3: str, code: str, note: str) -> None:
    with database.session() as session:
        rec = session.scalars(select(Recommendation).where(Recommendation.code == code)).one()
        session.add(
            RecommendationLink(
                state_iso3=iso3,
                recommendation_id=rec.id,
                status=LinkStatus.IN_PROGRESS,
                note=note,
                updated_on=date(2025, 1, 2),
            )
        )


def test_an_unchanged_bundle_is_not_loaded_twice(database: Database) -> None:
    assert sync_bundled_data(database) is False


def test_a_newer_bundle_keeps_links_notes_and_local_statuses(
    database: Database, tmp_path: Path
) -> None:
    link(database, "PER", "WG9-R4", "Ley 30299 en revisión")
    with database.session() as session:  # a local edit of France's status
        france = session.get_one(State, "FRA")
        france.protocol_status = ProtocolStatus.PARTY
        france.protocol_status_source = "ratification instrument (local)"

    assert sync_bundled_data(database, read_bundle(newer_bundle(tmp_path))) is True

    with database.session() as session:
        rec = session.scalars(select(Recommendation).where(Recommendation.code == "WG9-R4")).one()
        assert rec.title_en == "Revised title" and rec.theme_codes == ["ammunition"]
        kept = session.scalars(select(RecommendationLink)).one()
        assert (kept.note, kept.status) == ("Ley 30299 en revisión", LinkStatus.IN_PROGRESS)
        assert session.get_one(State, "PER").protocol_status is ProtocolStatus.SIGNATORY
        assert session.get_one(State, "FRA").protocol_status is ProtocolStatus.PARTY
        batch = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).first()
        assert batch is not None and batch.origin is Origin.BUNDLED
        change = session.scalars(
            select(AuditEntry).where(AuditEntry.row_key == "WG9-R4", AuditEntry.field == "title_en")
        ).one()
        assert change.origin is Origin.BUNDLED and change.new_value == '"Revised title"'
