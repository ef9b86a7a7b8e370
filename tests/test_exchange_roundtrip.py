"""Export → import into a fresh database → export again gives identical content."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fwgdesk.db.backup import copy_database
from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import AssistanceTopic, Gender, LinkStatus, Role, Stage
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.exchange.apply import Resolution
from fwgdesk.exchange.coerce import typed_update
from fwgdesk.exchange.containers import read_update, write_update
from fwgdesk.exchange.export import build_export
from fwgdesk.paths import DataPaths
from fwgdesk.services import links, people, reviews
from fwgdesk.services.imports import apply_import, prepare_import
from fwgdesk.services.startup import open_database

ISSUED = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
TARGETS = {"json": "egy.json", "xlsx": "egy.xlsx", "csv": "egy-csv.zip", "csv-folder": "egy-csv"}


def fill(database: Database) -> None:
    people.add_focal_point(
        database,
        "EGY",
        FocalPointInput(
            Role.FOCAL_POINT,
            "أحمد الشريف",
            Gender.MALE,
            title="=SUM(A1)",
            institution="وزارة العدل",
            email="a.sharif@justice.example",
            phone="+20 2 555",
            languages=("ar", "en"),
            designated_on=date(2021, 4, 1),
        ),
    )
    people.add_focal_point(
        database,
        "EGY",
        FocalPointInput(
            Role.OBSERVER,
            "Ирина Соколова",
            Gender.FEMALE,
            institution="@МИД",
            languages=("ru",),
            designated_on=date(2020, 1, 10),
            ended_on=date(2021, 3, 1),
        ),
    )
    review = reviews.create_review(database, "EGY", 1, 1)
    reviews.change_stage(
        database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2022, 2, 1), "首次"
    )
    reviews.update_review(
        database,
        review.id,
        reviews.ReviewDetails(
            reviewing_states=("JOR", "CHN"),
            working_languages=("ar", "en"),
            language_agreement=True,
            saq_progress=0.55,
        ),
    )
    reviews.add_assistance(database, "EGY", AssistanceTopic.REVMOD, date(2022, 6, 1), "-tab\tnote")
    links.link(database, "EGY", ["WG9-R4", "WG9-R5", "CS-DP6"], on=date(2023, 1, 1))
    links.update_link(database, "EGY", "WG9-R4", LinkStatus.IN_PROGRESS, "已完成 — 第 12 号")


@pytest.fixture
def second_database(tmp_path: Path, template_database: Path) -> Iterator[Database]:
    paths = DataPaths(tmp_path / "second")
    copy_database(template_database, paths.database)
    opened = open_database(paths)
    yield opened.database
    opened.database.dispose()


def export(database: Database, path: Path, container: str) -> None:
    update = build_export(database, ["EGY"], "Egypt desk", ISSUED, include_contacts=True)
    write_update(update, path, container)


def content(path: Path) -> dict:
    problems: list = []
    update = typed_update(read_update(path), problems)
    assert update is not None, problems
    return {table: [r.values for r in rows] for table, rows in update.tables.items()}


@pytest.mark.parametrize("kind", sorted(TARGETS))
def test_round_trip(
    kind: str, database: Database, second_database: Database, tmp_path: Path, data_paths: DataPaths
) -> None:
    container = kind.split("-")[0]
    fill(database)
    first, second = tmp_path / ("1-" + TARGETS[kind]), tmp_path / ("2-" + TARGETS[kind])
    export(database, first, container)
    plan = prepare_import(second_database, first, data_paths.root)
    result = apply_import(second_database, plan, Resolution(), confirmed=True)
    assert result.batch_id is not None
    export(second_database, second, container)
    assert content(first) == content(second)
    if container == "json":
        assert first.read_bytes() == second.read_bytes()
    egy = content(first)
    sharif = next(p for p in egy["focal_points"] if p["name"] == "أحمد الشريف")
    assert sharif["title"] == "=SUM(A1)"  # kept as text, never a formula
    assert {
        "states",
        "focal_points",
        "reviews",
        "stage_events",
        "assistance_requests",
        "recommendation_links",
    } <= set(egy)


def test_exports_leave_out_contacts_unless_asked(database: Database, tmp_path: Path) -> None:
    fill(database)
    without = build_export(database, ["EGY"], "Egypt desk", ISSUED)
    assert all(
        "email" not in r.values and "phone" not in r.values for r in without.rows("focal_points")
    )
    with_contacts = build_export(database, ["EGY"], "Egypt desk", ISSUED, include_contacts=True)
    assert any(r.values.get("email") for r in with_contacts.rows("focal_points"))
