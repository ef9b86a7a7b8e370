"""Check database: the application's own rules, repaired in one transaction after a backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fwgdesk.cli.main import main
from fwgdesk.db.backup import backups_dir_for
from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry
from fwgdesk.db.rotation import backups
from fwgdesk.domain.enums import Origin, Stage
from fwgdesk.paths import DataPaths
from fwgdesk.services import people, reviews
from fwgdesk.services.consistency import check_consistency
from tests.test_desk_services import PERSON


def break_rules(database: Database) -> None:
    review = reviews.create_review(database, "KEN", 1, 1)
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2023, 1, 5))
    people.add_focal_point(database, "PER", PERSON)
    people.add_focal_point(database, "PER", PERSON)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE reviews SET stage = 'written_feedback', suspended_reason = 'x',"
                " saq_progress = 1.5"
            )
        )
        connection.execute(
            text(
                "INSERT INTO review_reviewers (review_id, state_iso3, position)"
                " VALUES (:review, 'KEN', 0)"
            ),
            {"review": review.id},
        )


def test_rules_are_repaired_once_and_a_second_run_finds_nothing(database: Database) -> None:
    break_rules(database)
    calls: list[str] = []
    report = check_consistency(database, lambda: calls.append("backup"))
    assert calls == ["backup"]
    assert dict(report.repaired) == {
        "review stage differs from its latest stage change": 1,
        "suspended reason on a review that is not suspended": 1,
        "a State reviewing itself": 1,
        "self-assessment progress outside 0-100%": 1,
    }
    assert dict(report.reported) == {"a State with more than one active focal point": 1}
    (review,) = reviews.list_reviews(database, "KEN")
    assert (review.stage, review.stage_since) == (Stage.PRELIMINARY_CONSULTATION, date(2023, 1, 5))
    assert review.reviewing_states == () and review.saq_progress == 1.0
    with database.session() as session:
        origins = set(
            session.scalars(select(AuditEntry.origin).where(AuditEntry.row_key == "KEN/1/1"))
        )
    assert Origin.REPAIR in origins
    again = check_consistency(database, lambda: calls.append("backup"))
    assert not again.repaired and calls == ["backup"]


def test_a_clean_database_needs_no_backup(database: Database) -> None:
    report = check_consistency(database, lambda: pytest.fail("no backup needed"))
    assert report.clean


def test_db_check_on_the_command_line(
    database: Database, data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    break_rules(database)
    database.dispose()
    assert main(["db", "check", "--data-dir", str(data_paths.root)]) == 1
    out = capsys.readouterr().out
    assert "database integrity: ok" in out and "repaired: a State reviewing itself: 1" in out
    assert "to look at: a State with more than one active focal point: 1" in out
    assert any(
        b.reason == "pre-repair" for b in backups(backups_dir_for(Path(data_paths.database)))
    )
