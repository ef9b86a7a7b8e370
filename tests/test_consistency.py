"""Check database: the application's own rules, repaired in one transaction after a backup."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fwgdesk.cli.main import main
from fwgdesk.db.backup import backups_dir_for
from fwgdesk.db.engine import Database
from fwgdesk.db.integrity import check_integrity
from fwgdesk.db.models import AuditEntry
from fwgdesk.db.rotation import backups
from fwgdesk.domain.enums import AssistanceTopic, AuditAction, Origin, Stage
from fwgdesk.paths import DataPaths
from fwgdesk.services import consistency, links, people, reviews
from fwgdesk.services.consistency import check_consistency
from fwgdesk.services.maintenance import check_database
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
        "a State with more than one active focal point": 1,
    }
    assert dict(report.reported) == {}
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
    reviews.add_assistance(database, "KEN", AssistanceTopic.OTHER, date.today() + timedelta(days=9))
    database.dispose()
    assert main(["db", "check", "--data-dir", str(data_paths.root)]) == 1
    out = capsys.readouterr().out
    assert "to look at: an assistance request dated in the future: 1" in out
    assert "database integrity: ok" in out and "repaired: a State reviewing itself: 1" in out
    assert "repaired: a State with more than one active focal point: 1" in out
    assert any(
        b.reason == "pre-repair" for b in backups(backups_dir_for(Path(data_paths.database)))
    )


def designate(database: Database, iso3: str, on: date | None) -> int:
    return people.add_focal_point(database, iso3, replace(PERSON, designated_on=on)).id


def test_the_newest_of_several_active_focal_points_stays(database: Database) -> None:
    first = designate(database, "PER", date(2020, 1, 1))
    newest = designate(database, "PER", date(2023, 5, 1))
    unknown = designate(database, "PER", None)
    later_added = [designate(database, "CHL", None), designate(database, "CHL", None)]
    wrong_end = designate(database, "NPL", date(2022, 3, 1))
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE focal_points SET ended_on = '2021-01-01' WHERE id = :id"),
            {"id": wrong_end},
        )
    report = check_consistency(database, today=date(2024, 6, 30))
    assert dict(report.repaired) == {
        consistency.SEVERAL_FOCAL_POINTS: 2,
        consistency.ENDED_BEFORE_BEGUN: 1,
    }
    ended = {p.id: p.ended_on for p in people.list_focal_points(database, "PER")}
    assert ended == {first: date(2023, 5, 1), newest: None, unknown: date(2023, 5, 1)}
    ended = {p.id: p.ended_on for p in people.list_focal_points(database, "CHL")}
    assert ended == {later_added[0]: date(2024, 6, 30), later_added[1]: None}
    (person,) = people.list_focal_points(database, "NPL")
    assert person.ended_on == person.designated_on == date(2022, 3, 1)
    assert check_consistency(database, today=date(2024, 6, 30)).clean


def insert_orphan_links(database_file: Path) -> None:
    """Links to a missing recommendation and a missing State, written with foreign keys off."""
    connection = sqlite3.connect(database_file)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        recommendation = connection.execute("SELECT min(id) FROM recommendations").fetchone()[0]
        rows = [("KEN", 999999), ("XXX", recommendation)]
        connection.executemany(
            "INSERT INTO recommendation_links (state_iso3, recommendation_id, status, version,"
            " created_at, updated_at) VALUES (?, ?, 'not_assessed', 1, '2024-01-01 00:00:00',"
            " '2024-01-01 00:00:00')",
            rows,
        )
        connection.commit()
    finally:
        connection.close()


def test_links_left_without_their_recommendation_or_state_are_deleted(
    database: Database,
) -> None:
    assert database.path is not None
    links.link(database, "KEN", ["WG9-R7"])
    insert_orphan_links(database.path)
    found = check_integrity(database.engine)
    assert found.foreign_keys == 2 and found.file_sound and not found.ok
    result = check_database(database)
    assert result.rules is not None
    assert dict(result.rules.repaired) == {consistency.ORPHAN_LINK: 2}
    assert result.problems == () and result.backup is not None and result.backup.exists()
    assert [link.code for link in links.list_links(database, "KEN")] == ["WG9-R7"]
    with database.session() as session:
        deleted = session.scalars(
            select(AuditEntry.origin).where(
                AuditEntry.table_name == "recommendation_links",
                AuditEntry.action == AuditAction.DELETE,
            )
        ).all()
    assert deleted == [Origin.REPAIR, Origin.REPAIR]
    assert check_database(database).clean


def test_dates_in_the_future_are_reported_and_left_alone(database: Database) -> None:
    today = date(2024, 6, 30)
    reviews.add_assistance(database, "KEN", AssistanceTopic.REVMOD, date(2024, 7, 1))
    reviews.add_assistance(database, "KEN", AssistanceTopic.OTHER, today)
    reviews.create_review(database, "KEN", 1, 1)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE reviews SET saq_submitted_on = '2025-01-01'"))
    report = check_consistency(database, lambda: pytest.fail("nothing to repair"), today)
    assert not report.repaired
    assert dict(report.reported) == {
        consistency.REQUEST_IN_FUTURE: 1,
        consistency.SUBMITTED_IN_FUTURE: 1,
    }
    (review,) = reviews.list_reviews(database, "KEN")
    assert review.saq_submitted_on == date(2025, 1, 1)


def test_a_damaged_file_stops_the_check_before_the_rules(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fwgdesk.db.integrity import IntegrityReport
    from fwgdesk.services import maintenance

    monkeypatch.setattr(
        maintenance, "check_integrity", lambda *_a, **_k: IntegrityReport(["integrity: bad page"])
    )
    monkeypatch.setattr(maintenance, "check_consistency", lambda *_a: pytest.fail("no rules"))
    result = check_database(database)
    assert result.rules is None and result.problems == ("integrity: bad page",)
    assert not result.clean
