"""Check database: what breaks the rules is found and shown first; repairs keep the newer
information and are made, after a backup, only when asked."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fwgdesk.db.engine import Database
from fwgdesk.db.integrity import check_integrity
from fwgdesk.db.models import AuditEntry
from fwgdesk.db.rotation import backups
from fwgdesk.domain.enums import AssistanceTopic, AuditAction, Origin, Role, Stage
from fwgdesk.domain.rules import RuleId
from fwgdesk.domain.wording import english
from fwgdesk.paths import DataPaths
from fwgdesk.services import links, people, reviews
from fwgdesk.services.backups import backups_folder
from fwgdesk.services.checking import check_database, repair_database
from fwgdesk.services.consistency import REQUEST_IN_FUTURE, SUBMITTED_IN_FUTURE, find_problems
from fwgdesk.services.repairs import apply_repairs
from tests.support.cli import run, where
from tests.test_desk_services import PERSON

TODAY = date(2024, 6, 30)


def sql(database: Database, statement: str, **params: object) -> None:
    """Write behind the application's back, as an older version or another program did."""
    with database.engine.begin() as connection:
        connection.execute(text(statement), params)


def person(
    database: Database, iso3: str, on: date | None, role: Role = Role.GOVERNMENTAL_EXPERT
) -> int:
    """A person, made a focal point behind the rules' back when *role* says so."""
    added = people.add_focal_point(
        database, iso3, replace(PERSON, role=Role.OBSERVER, designated_on=on)
    )
    sql(
        database,
        "UPDATE focal_points SET role = :role WHERE id = :id",
        role=role.value,
        id=added.id,
    )
    return added.id


def broken_review(database: Database) -> int:
    """KEN's review: at written feedback since 2023-02-01 with only its first stage change
    recorded, a reason for a suspension, progress 150 %, and reviewing itself."""
    review = reviews.create_review(database, "KEN", 1, 1)
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2023, 1, 5))
    sql(
        database,
        "UPDATE reviews SET stage = 'written_feedback', stage_since = '2023-02-01',"
        " suspended_reason = 'x', saq_progress = 1.5 WHERE id = :id",
        id=review.id,
    )
    sql(
        database,
        "INSERT INTO review_reviewers (review_id, state_iso3, position) VALUES (:id, 'KEN', 0)",
        id=review.id,
    )
    return review.id


def rules_found(database: Database) -> dict[str, RuleId | None]:
    return {f.key: f.rule for f in find_problems(database, TODAY).findings}


def test_checking_finds_every_broken_rule_and_changes_nothing(database: Database) -> None:
    broken_review(database)
    person(database, "PER", date(2020, 1, 1), Role.FOCAL_POINT)
    person(database, "PER", date(2023, 5, 1), Role.FOCAL_POINT)
    before = reviews.list_reviews(database, "KEN")
    found = rules_found(database)
    assert found == {
        "stage:KEN/1/1": RuleId.STAGE_IS_LATEST_CHANGE,
        "reason:KEN/1/1": RuleId.REASON_ONLY_WHEN_SUSPENDED,
        "self:KEN/1/1": RuleId.NO_SELF_REVIEW,
        "progress:KEN/1/1": RuleId.PROGRESS_IS_A_SHARE,
        "focal_points:PER": RuleId.ONE_ACTIVE_FOCAL_POINT,
    }, f"findings: {found}"
    assert reviews.list_reviews(database, "KEN") == before, "checking changed the review"


def test_a_stage_newer_than_its_history_gets_the_missing_change_recorded(
    database: Database,
) -> None:
    broken_review(database)
    (finding,) = [f for f in find_problems(database, TODAY).findings if f.key == "stage:KEN/1/1"]
    assert finding.repair is not None, "the stage finding has no repair"
    assert english(finding.repair) == (
        "record the missing stage change to written_feedback on 2023-02-01"
    ), "the repair shown is not the one made"
    report = apply_repairs(database, [finding.key], today=TODAY)
    assert dict(report.repaired) == {RuleId.STAGE_IS_LATEST_CHANGE: 1}, f"report: {report}"
    (review,) = reviews.list_reviews(database, "KEN")
    assert (review.stage, review.stage_since) == (Stage.WRITTEN_FEEDBACK, date(2023, 2, 1)), (
        "the repair put back an older stage"
    )
    assert [(e.stage, e.on) for e in review.events][-1] == (
        Stage.WRITTEN_FEEDBACK,
        date(2023, 2, 1),
    ), "the stage change was not recorded"
    assert "stage:KEN/1/1" not in rules_found(database), "a second check finds it again"


def test_a_history_newer_than_the_stage_moves_the_review_to_it(database: Database) -> None:
    review = reviews.create_review(database, "KEN", 1, 1)
    reviews.change_stage(database, review.id, Stage.SELF_ASSESSMENT, date(2023, 3, 1))
    sql(
        database,
        "UPDATE reviews SET stage = 'preliminary_consultation', stage_since = '2023-01-01'",
    )
    apply_repairs(database, ["stage:KEN/1/1"], today=TODAY)
    (repaired,) = reviews.list_reviews(database, "KEN")
    assert (repaired.stage, repaired.stage_since) == (Stage.SELF_ASSESSMENT, date(2023, 3, 1)), (
        "the newer stage change was not taken"
    )


def test_all_repairs_in_one_go_then_nothing_is_left(database: Database) -> None:
    broken_review(database)
    person(database, "PER", date(2020, 1, 1), Role.FOCAL_POINT)
    person(database, "PER", date(2023, 5, 1), Role.FOCAL_POINT)
    report = apply_repairs(database, list(rules_found(database)), today=TODAY)
    assert sum(report.repaired.values()) == 5, f"repaired: {report.repaired}"
    (review,) = reviews.list_reviews(database, "KEN")
    assert review.suspended_reason is None, "the reason stayed"
    assert review.reviewing_states == (), "the State still reviews itself"
    assert review.saq_progress == 1.0, "the progress was not brought within 0-1"
    assert rules_found(database) == {}, "a second check still finds something"
    with database.session() as session:
        origins = set(
            session.scalars(select(AuditEntry.origin).where(AuditEntry.row_key == "KEN/1/1"))
        )
    assert Origin.REPAIR in origins, "the repairs are not in the audit trail as repairs"


def test_the_user_chooses_which_focal_point_stays_active(database: Database) -> None:
    first = person(database, "PER", date(2020, 1, 1), Role.FOCAL_POINT)
    newest = person(database, "PER", date(2023, 5, 1), Role.FOCAL_POINT)
    (finding,) = find_problems(database, TODAY).findings
    keys = {choice.key for choice in finding.choices}
    chosen = next(p.external_id for p in people.list_focal_points(database, "PER") if p.id == first)
    assert chosen in keys, "the choices do not name the people"
    assert finding.default != chosen, "the default is not the most recent designation"
    apply_repairs(database, [finding.key], keep={finding.key: chosen}, today=TODAY)
    ended = {p.id: p.ended_on for p in people.list_focal_points(database, "PER")}
    assert ended == {first: None, newest: date(2023, 5, 1)}, f"designations: {ended}"


def test_by_default_the_newest_stays_and_an_undated_one_ends_today(database: Database) -> None:
    first = person(database, "PER", date(2020, 1, 1), Role.FOCAL_POINT)
    newest = person(database, "PER", date(2023, 5, 1), Role.FOCAL_POINT)
    older = [person(database, "CHL", None, Role.FOCAL_POINT) for _ in range(2)]
    wrong_end = person(database, "NPL", date(2022, 3, 1))
    sql(database, "UPDATE focal_points SET ended_on = '2021-01-01' WHERE id = :id", id=wrong_end)
    apply_repairs(database, list(rules_found(database)), today=TODAY)
    ended = {p.id: p.ended_on for p in people.list_focal_points(database, "PER")}
    assert ended == {first: date(2023, 5, 1), newest: None}, f"PER: {ended}"
    ended = {p.id: p.ended_on for p in people.list_focal_points(database, "CHL")}
    assert ended == {older[0]: TODAY, older[1]: None}, f"CHL: {ended}"
    (npl,) = people.list_focal_points(database, "NPL")
    assert npl.ended_on == npl.designated_on == date(2022, 3, 1), "the end did not move"


def test_db_check_reports_and_repairs_only_when_asked(
    database: Database, data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    broken_review(database)
    reviews.add_assistance(database, "KEN", AssistanceTopic.OTHER, date(2999, 1, 1))
    database.dispose()
    common = where(database, data_paths)
    code, out, _err = run(capsys, "db", "check", *common)
    assert code == 1, out
    assert "found: the review KEN/1/1 [stage_is_latest_change]: record the missing stage" in out
    assert "to look at: an assistance request of KEN dated 2999-01-01" in out, out
    assert "nothing was changed" in out, out
    folder = backups_folder(database)
    assert folder is not None, "the database has no backups folder"
    assert not any(b.reason == "pre-repair" for b in backups(folder)), "a check backed up"
    code, out, _err = run(capsys, "db", "check", "--repair", *common)
    assert "repaired: 4" in out, out
    assert code == 1, "the date in the future is still to look at"
    assert any(b.reason == "pre-repair" for b in backups(folder)), "no backup before repairs"
    code, out, _err = run(capsys, "db", "check", *common)
    assert "found:" not in out, f"a repaired rule is found again: {out}"


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


@pytest.mark.file_only  # rows only a file written with its foreign keys off can hold
def test_links_left_without_their_recommendation_or_state_are_removed(
    database: Database,
) -> None:
    assert database.path is not None
    links.link(database, "KEN", ["WG9-R7"])
    insert_orphan_links(database.path)
    found = check_integrity(database.engine)
    assert found.foreign_keys == 2, "the broken links are not seen"
    result = check_database(database)
    assert result.rules is not None, "the rules did not run"
    keys = [f.key for f in result.rules.findings]
    assert len(keys) == 2, f"findings: {keys}"
    repaired = repair_database(database, keys)
    assert dict(repaired.report.repaired) == {RuleId.LINKS_POINT_TO_EXISTING_ROWS: 2}
    assert repaired.backup is not None and repaired.backup.exists(), "no backup before repairs"
    assert repaired.problems == (), f"SQLite still finds: {repaired.problems}"
    assert [link.code for link in links.list_links(database, "KEN")] == ["WG9-R7"]
    with database.session() as session:
        deleted = session.scalars(
            select(AuditEntry.origin).where(
                AuditEntry.table_name == "recommendation_links",
                AuditEntry.action == AuditAction.DELETE,
            )
        ).all()
    assert deleted == [Origin.REPAIR, Origin.REPAIR], f"deletions recorded as {deleted}"
    assert check_database(database).clean, "a second check is not clean"


def test_dates_in_the_future_are_reported_and_left_alone(database: Database) -> None:
    reviews.add_assistance(database, "KEN", AssistanceTopic.REVMOD, date(2024, 7, 1))
    reviews.add_assistance(database, "KEN", AssistanceTopic.OTHER, TODAY)
    reviews.create_review(database, "KEN", 1, 1)
    sql(database, "UPDATE reviews SET saq_submitted_on = '2025-01-01'")
    findings = find_problems(database, TODAY).findings
    assert sorted(f.reported or "" for f in findings) == [REQUEST_IN_FUTURE, SUBMITTED_IN_FUTURE]
    assert not any(f.repairable for f in findings), "a date in the future would be changed"


def test_a_damaged_file_stops_the_check_before_the_rules(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fwgdesk.db.integrity import IntegrityReport
    from fwgdesk.services import checking

    monkeypatch.setattr(
        checking, "check_integrity", lambda *_a, **_k: IntegrityReport(["integrity: bad page"])
    )
    monkeypatch.setattr(checking, "find_problems", lambda *_a: pytest.fail("no rules"))
    result = check_database(database)
    assert result.rules is None, "the rules ran on a damaged file"
    assert result.problems == ("integrity: bad page",), f"problems: {result.problems}"
    assert not result.clean, "a damaged file is called clean"
