"""Previewing, applying and undoing updates (the format's tables, without containers)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.wording import english
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.preview import compute_preview
from fwgdesk.exchange.problems import Location, UpdateRejectedError
from fwgdesk.exchange.schema import published_schema_path, render
from fwgdesk.exchange.undo import undo_last_import
from fwgdesk.exchange.validate import check_update
from fwgdesk.services import people
from fwgdesk.services.people import list_focal_points
from tests.support.dbdump import dump, full_dump

WHERE = Location("update.json", "focal_points", 2)


def row(table: str, /, **values: Any) -> UpdateRow:
    return UpdateRow(table, values, Location("update.json", table, 2))


def update(sequence: int = 1, **tables: list[UpdateRow]) -> Update:
    return Update("update.json", "json", "UNODC Secretariat", sequence, tables=tables)


def person(**extra: Any) -> UpdateRow:
    values = {
        "id": "unodc-fp-1",
        "state": "KEN",
        "role": "focal_point",
        "name": "Wanjiru Kamau",
        "gender": "female",
        "languages": ["en", "sw"],
        "designated_on": date(2022, 3, 1),
    }
    values.update(extra)
    return row("focal_points", **values)


SAMPLE = {
    "focal_points": [person()],
    "reviews": [
        row(
            "reviews",
            state="KEN",
            group=2,
            cluster=1,
            stage="self_assessment",
            stage_since=date(2022, 4, 1),
            reviewing_states=["UGA", "PER"],
            working_languages=["en"],
            language_agreement=True,
            saq_progress=0.5,
        )
    ],
    "stage_events": [
        row(
            "stage_events",
            state="KEN",
            group=2,
            cluster=1,
            stage="preliminary_consultation",
            on=date(2022, 1, 10),
            note="首次磋商",
        ),
        row(
            "stage_events",
            state="KEN",
            group=2,
            cluster=1,
            stage="self_assessment",
            on=date(2022, 4, 1),
        ),
    ],
    "assistance_requests": [
        row(
            "assistance_requests",
            id="ta-1",
            state="KEN",
            topic="revmod",
            requested_on=date(2022, 2, 2),
            status="open",
            note="RevMod",
        )
    ],
    "recommendation_links": [
        row(
            "recommendation_links",
            state="KEN",
            recommendation="WG9-R7",
            status="in_progress",
            note="marking law",
        ),
    ],
    "states": [
        row("states", iso3="KEN", protocol_status="party", protocol_status_date=date(2023, 1, 9))
    ],
}


def apply(database: Database, upd: Update, **kw: Any) -> int | None:
    batch, _ = apply_update(
        database, upd, Provenance(upd.name), kw.pop("resolution", Resolution()), **kw
    )
    return batch


def test_the_published_schema_is_generated_from_the_spec() -> None:
    assert published_schema_path().read_text(encoding="utf-8") == render()
    schema = json.loads(render())
    assert set(schema["properties"]) >= {"publisher", "sequence", "states", "deletions"}


def test_preview_then_apply_then_reapply_changes_nothing(database: Database) -> None:
    upd = update(**SAMPLE)
    with database.session() as session:
        assert check_update(upd, session) == []
        preview = compute_preview(session, upd)
    assert preview.counts()["focal_points"] == {"added": 1}
    assert preview.counts()["states"] == {"changed": 1}
    batch = apply(database, upd)
    assert batch is not None
    (kamau,) = list_focal_points(database, "KEN")
    assert (kamau.name, kamau.languages, kamau.gender) == (
        "Wanjiru Kamau",
        ("en", "sw"),
        Gender.FEMALE,
    )
    before = full_dump(database)
    assert apply(database, update(sequence=2, **SAMPLE)) is None  # nothing to change
    after = full_dump(database)
    after.pop("import_batches")
    before.pop("import_batches")
    assert after == before, "an update with nothing new changed the data"
    assert last_sequence_of(database) == 2, "the sequence of an update changing nothing is lost"


def last_sequence_of(database: Database) -> int | None:
    from fwgdesk.exchange.apply import last_sequence

    with database.session() as session:
        return last_sequence(session, "UNODC Secretariat")


def test_every_problem_is_reported_with_its_place(database: Database) -> None:
    upd = update(
        focal_points=[person(state="XXX", email="nope", ended_on=date(2020, 1, 1)), person()],
        recommendation_links=[row("recommendation_links", state="KEN", recommendation="WG8-R99")],
        deletions=[row("deletions", table="reviews", key={"state": "KEN"})],
    )
    with database.session() as session:
        problems = [english(p.as_message()) for p in check_update(upd, session)]
    assert any("unknown State code 'XXX'" in p and "column state" in p for p in problems)
    assert any("not an e-mail address" in p for p in problems)
    assert any("before the designation date" in p for p in problems)
    assert any("appears more than once" in p for p in problems)
    assert any("unknown catalogue code 'WG8-R99'" in p for p in problems)
    assert any("exactly the columns state, group, cluster" in p for p in problems)
    contradictory = update(
        focal_points=[person()],
        deletions=[row("deletions", table="focal_points", key={"id": "unodc-fp-1"})],
    )
    with database.session() as session:
        (problem,) = check_update(contradictory, session)
    assert "both writes and deletes" in english(problem.as_message())
    assert all(p.startswith("update.json") for p in problems)


def test_older_or_repeated_sequences_are_refused_unless_insisted(database: Database) -> None:
    apply(database, update(5, focal_points=[person()]))
    before = full_dump(database)
    with pytest.raises(UpdateRejectedError, match="not above the last one applied"):
        apply(database, update(5, focal_points=[person(name="Changed")]))
    assert full_dump(database) == before
    assert apply(database, update(4, focal_points=[person(name="Changed")]), insist=True)


def test_local_edits_are_conflicts_decided_per_field(database: Database) -> None:
    apply(database, update(1, focal_points=[person()]))
    (kamau,) = list_focal_points(database, "KEN")
    people.update_focal_point(
        database,
        kamau.id,
        FocalPointInput(
            Role.FOCAL_POINT,
            "Wanjiru Kamau-Otieno",
            Gender.FEMALE,
            languages=("en", "sw"),
            designated_on=date(2022, 3, 1),
        ),
    )
    incoming = update(2, focal_points=[person(name="W. Kamau", title="Director")])
    with database.session() as session:
        preview = compute_preview(session, incoming)
    conflicts = {(r.key_text, c.column) for r, c in preview.conflicts()}
    assert conflicts == {("unodc-fp-1", "name")}  # title was not edited locally
    before = full_dump(database)
    with pytest.raises(UpdateRejectedError, match="conflict with a local change"):
        apply(database, incoming)
    assert full_dump(database) == before
    apply(database, incoming, resolution=Resolution(default="local"))
    (kept,) = list_focal_points(database, "KEN")
    assert (kept.name, kept.title) == ("Wanjiru Kamau-Otieno", "Director")
    apply(
        database,
        update(3, focal_points=[person(name="W. Kamau")]),
        resolution=Resolution({("focal_points", "unodc-fp-1", "name"): "incoming"}),
    )
    assert list_focal_points(database, "KEN")[0].name == "W. Kamau"


def test_deletions_are_explicit(database: Database) -> None:
    apply(database, update(1, **SAMPLE))
    deletion = update(
        2,
        deletions=[
            row(
                "deletions",
                table="recommendation_links",
                key={"state": "KEN", "recommendation": "WG9-R7"},
            ),
            row("deletions", table="focal_points", key={"id": "nobody"}),
        ],
    )
    with database.session() as session:
        kinds = {r.key_text: r.kind for r in compute_preview(session, deletion).rows}
    assert kinds == {"KEN/WG9-R7": "deleted", "nobody": "absent"}
    apply(database, deletion)
    assert dump(database)["recommendation_links"] == []


def test_undo_restores_exactly_the_state_before(database: Database) -> None:
    apply(database, update(1, **SAMPLE))
    before = dump(database)
    changed = update(
        2,
        focal_points=[person(name="Другое имя", ended_on=date(2024, 1, 1))],
        reviews=[
            row(
                "reviews",
                state="KEN",
                group=2,
                cluster=1,
                stage="written_feedback",
                reviewing_states=["UGA", "TZA"],
            )
        ],
        deletions=[row("deletions", table="assistance_requests", key={"id": "ta-1"})],
    )
    apply(database, changed)
    assert dump(database) != before
    report = undo_last_import(database)
    assert report.kept_local == []
    assert dump(database) == before
    undo_last_import(database)  # the first import too
    assert dump(database)["focal_points"] == []


def test_undo_keeps_local_edits_made_after_the_import(database: Database) -> None:
    apply(database, update(1, focal_points=[person()]))
    apply(database, update(2, focal_points=[person(title="Director", phone="+254 20 000")]))
    (kamau,) = list_focal_points(database, "KEN")
    people.update_focal_point(
        database,
        kamau.id,
        FocalPointInput(
            Role.FOCAL_POINT,
            "Wanjiru Kamau",
            Gender.FEMALE,
            title="Deputy Director",
            phone="+254 20 000",
            languages=("en", "sw"),
            designated_on=date(2022, 3, 1),
        ),
    )
    report = undo_last_import(database)
    assert report.kept_local == ["focal_points unodc-fp-1 title"]
    (after,) = list_focal_points(database, "KEN")
    assert (after.title, after.phone) == ("Deputy Director", None)
