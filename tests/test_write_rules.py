"""The rules of ``fwgdesk.domain.rules`` kept by every write path (an edit, an import, a
conflict decision, undoing an import, the bundled data), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from fwgdesk.db.engine import Database
from fwgdesk.db.models import Review
from fwgdesk.domain.enums import Role, Stage
from fwgdesk.domain.errors import RuleError
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.rules import RULES, RuleId
from fwgdesk.domain.wording import english
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.preview import compute_preview
from fwgdesk.exchange.problems import Location, UpdateRejectedError
from fwgdesk.exchange.undo import undo_last_import
from fwgdesk.exchange.validate import check_update
from fwgdesk.services import people, reviews
from fwgdesk.services.bundled import read_bundle, sync_bundled_data
from fwgdesk.services.consistency import find_problems
from fwgdesk.services.people import PredecessorActiveError

AS_OF = date(2022, 6, 30)


def row(table: str, line: int = 2, /, **values: Any) -> UpdateRow:
    return UpdateRow(table, values, Location("update.json", table, line))


def update(sequence: int = 1, **tables: list[UpdateRow]) -> Update:
    return Update("update.json", "json", "UNODC Secretariat", sequence, as_of=AS_OF, tables=tables)


def problems(database: Database, incoming: Update) -> list[str]:
    with database.session() as session:
        return [english(p) for p in check_update(incoming, session)]


def apply(database: Database, incoming: Update, resolution: Resolution | None = None) -> int:
    decided = resolution or Resolution(default="incoming")  # the local rows were edits
    batch, _preview = apply_update(database, incoming, Provenance("update.json"), decided, True)
    assert batch is not None, "the update changed nothing"
    return batch


def ago_at_self_assessment(database: Database) -> int:
    review = reviews.create_review(database, "AGO", 1, 1)
    reviews.change_stage(database, review.id, Stage.SELF_ASSESSMENT, date(2021, 9, 1))
    return review.id


def the_review(database: Database) -> Any:
    (review,) = reviews.list_reviews(database, "AGO")
    return review


def stage_row(stage: str, since: date | None, line: int = 2) -> UpdateRow:
    values: dict[str, Any] = {"state": "AGO", "group": 1, "cluster": 1, "stage": stage}
    if since is not None:
        values["stage_since"] = since
    return row("reviews", line, **values)


def test_every_rule_is_written_down_once() -> None:
    assert [rule.id for rule in RULES] == list(RuleId), "a rule is missing from the list"
    assert len({rule.text for rule in RULES}) == len(RULES), "a rule is stated twice"


# --- a review's stage follows its history -----------------------------------------------


def test_an_import_that_changes_a_stage_records_the_change(any_database: Database) -> None:
    """AGO moves from self-assessment to written feedback in an update without a stage
    change row: the change is recorded, and Check database then finds nothing."""
    ago_at_self_assessment(any_database)
    incoming = update(reviews=[stage_row("written_feedback", date(2022, 6, 15))])
    assert problems(any_database, incoming) == [], "a sound update was refused"
    apply(any_database, incoming)
    review = the_review(any_database)
    assert (review.stage, review.stage_since) == (Stage.WRITTEN_FEEDBACK, date(2022, 6, 15))
    last = review.events[-1]
    assert (last.stage, last.on) == (Stage.WRITTEN_FEEDBACK, date(2022, 6, 15)), (
        "the stage change was not recorded"
    )
    assert last.note is not None and "UNODC Secretariat #1" in last.note, (
        f"the note does not name the update: {last.note!r}"
    )
    assert find_problems(any_database).clean, "Check database finds something"
    assert the_review(any_database).stage is Stage.WRITTEN_FEEDBACK, "the stage was reverted"


def test_a_stage_without_a_date_is_recorded_on_the_day_the_update_describes(
    any_database: Database,
) -> None:
    ago_at_self_assessment(any_database)
    apply(any_database, update(reviews=[stage_row("written_feedback", None)]))
    review = the_review(any_database)
    assert review.stage_since == AS_OF, "the stage has no date"
    assert (review.events[-1].stage, review.events[-1].on) == (Stage.WRITTEN_FEEDBACK, AS_OF)


def test_a_stage_dated_before_the_history_is_refused_at_preview(any_database: Database) -> None:
    ago_at_self_assessment(any_database)
    found = problems(
        any_database, update(reviews=[stage_row("written_feedback", date(2021, 1, 1))])
    )
    assert len(found) == 1, f"problems: {found}"
    assert "sheet reviews, line 2, column stage_since" in found[0], found[0]
    assert "self_assessment on 2021-09-01" in found[0], "the latest change is not named"


def test_stage_changes_that_contradict_their_review_are_refused(any_database: Database) -> None:
    ago_at_self_assessment(any_database)
    event = row(
        "stage_events", 5, state="AGO", group=1, cluster=1, stage="summary", on=date(2022, 3, 1)
    )
    found = problems(any_database, update(stage_events=[event]))
    assert len(found) == 1 and "sheet stage_events, line 5" in found[0], f"problems: {found}"


def test_taking_the_incoming_stage_in_a_conflict_records_it(any_database: Database) -> None:
    review_id = ago_at_self_assessment(any_database)
    reviews.change_stage(any_database, review_id, Stage.WRITTEN_FEEDBACK, date(2022, 2, 1))
    incoming = update(reviews=[stage_row("list_of_observations", date(2022, 6, 1))])
    with any_database.session() as session:
        preview = compute_preview(session, incoming)
    assert {c.column for _row, c in preview.conflicts()} >= {"stage"}, "no conflict on the stage"
    apply(any_database, incoming, Resolution(default="incoming"))
    review = the_review(any_database)
    assert (review.events[-1].stage, review.events[-1].on) == (
        Stage.LIST_OF_OBSERVATIONS,
        date(2022, 6, 1),
    ), "the change taken from the update was not recorded"
    assert find_problems(any_database).clean, "Check database finds something"


def test_keeping_the_local_stage_keeps_its_date_too(any_database: Database) -> None:
    review_id = ago_at_self_assessment(any_database)
    reviews.change_stage(any_database, review_id, Stage.WRITTEN_FEEDBACK, date(2022, 2, 1))
    incoming = update(reviews=[stage_row("list_of_observations", date(2022, 6, 1))])
    with any_database.session() as session:
        preview = compute_preview(session, incoming)
    (change_row,) = preview.rows
    choices = {("reviews", change_row.key_text, "stage"): "local"}
    apply_update(
        any_database, incoming, Provenance("u"), Resolution(choices, default="incoming"), True
    )
    review = the_review(any_database)
    assert (review.stage, review.stage_since) == (Stage.WRITTEN_FEEDBACK, date(2022, 2, 1)), (
        "the local stage was kept with the incoming date"
    )


def test_undoing_the_import_takes_its_stage_change_back(any_database: Database) -> None:
    ago_at_self_assessment(any_database)
    apply(any_database, update(reviews=[stage_row("written_feedback", date(2022, 6, 15))]))
    undo_last_import(any_database)
    review = the_review(any_database)
    assert (review.stage, review.stage_since) == (Stage.SELF_ASSESSMENT, date(2021, 9, 1))
    assert [e.stage for e in review.events][-1] is Stage.SELF_ASSESSMENT, "the change stayed"
    assert find_problems(any_database).clean, "Check database finds something"


def test_a_write_that_breaks_the_stage_rule_is_refused(any_database: Database) -> None:
    review_id = ago_at_self_assessment(any_database)
    with pytest.raises(RuleError) as refused, any_database.session() as session:
        session.get_one(Review, review_id).stage = Stage.SUMMARY
    assert refused.value.code.key == "rule.stage_not_latest", english(refused.value)
    assert the_review(any_database).stage is Stage.SELF_ASSESSMENT, "something was written"


def test_the_bundled_data_loads_beside_what_an_older_version_left(any_database: Database) -> None:
    ago_at_self_assessment(any_database)
    with any_database.engine.begin() as connection:  # an older version's leftover
        connection.execute(text("UPDATE reviews SET stage = 'summary'"))
    bundle = read_bundle()
    assert sync_bundled_data(any_database, replace(bundle, fingerprint="next")), "nothing synced"


# --- one active focal point a State --------------------------------------------------------


def designate(database: Database, iso3: str, name: str, on: date, **extra: Any) -> Any:
    data = FocalPointInput(Role.FOCAL_POINT, name, designated_on=on)
    return people.add_focal_point(database, iso3, data, **extra)


def active(database: Database, iso3: str) -> list[str]:
    return sorted(
        p.name for p in people.list_focal_points(database, iso3) if p.is_active_focal_point
    )


def test_a_second_focal_point_needs_the_end_of_the_first(any_database: Database) -> None:
    first = designate(any_database, "KEN", "Wanjiru Kamau", date(2020, 1, 1))
    with pytest.raises(PredecessorActiveError) as refused:
        designate(any_database, "KEN", "Otieno Ouma", date(2024, 2, 1))
    assert refused.value.predecessor.id == first.id, "the predecessor is not named"
    assert "Wanjiru Kamau" in english(refused.value), english(refused.value)
    designate(
        any_database, "KEN", "Otieno Ouma", date(2024, 2, 1), end_predecessor_on=date(2024, 2, 1)
    )
    assert active(any_database, "KEN") == ["Otieno Ouma"], "two are active, or none"
    (ended,) = [p for p in people.list_focal_points(any_database, "KEN") if p.id == first.id]
    assert ended.ended_on == date(2024, 2, 1), "the predecessor's designation did not end"


def test_an_update_that_leaves_two_active_is_refused_naming_both(any_database: Database) -> None:
    designate(any_database, "KEN", "Wanjiru Kamau", date(2020, 1, 1))
    incoming = row(
        "focal_points", 3, id="unodc-1", state="KEN", role="focal_point", name="Otieno Ouma"
    )
    found = problems(any_database, update(focal_points=[incoming]))
    assert len(found) == 1, f"problems: {found}"
    assert "Wanjiru Kamau" in found[0] and "Otieno Ouma" in found[0], found[0]
    assert "sheet focal_points, line 3" in found[0], found[0]


def test_an_update_that_also_ends_the_older_designation_applies(any_database: Database) -> None:
    older = designate(any_database, "KEN", "Wanjiru Kamau", date(2020, 1, 1))
    ending = row(
        "focal_points",
        2,
        id=older.external_id,
        state="KEN",
        role="focal_point",
        name="Wanjiru Kamau",
        ended_on=date(2024, 1, 31),
    )
    newer = row(
        "focal_points", 3, id="unodc-1", state="KEN", role="focal_point", name="Otieno Ouma"
    )
    incoming = update(focal_points=[ending, newer])
    assert problems(any_database, incoming) == [], "a sound update was refused"
    apply(any_database, incoming)
    assert active(any_database, "KEN") == ["Otieno Ouma"], "the designations did not change"
    undo_last_import(any_database)
    assert active(any_database, "KEN") == ["Wanjiru Kamau"], "undo did not restore them"


def test_keeping_a_local_designation_against_its_end_is_refused_whole(
    any_database: Database,
) -> None:
    older = designate(any_database, "KEN", "Wanjiru Kamau", date(2020, 1, 1))
    people.update_focal_point(
        any_database, older.id, replace(older.as_input(), phone="+254 20 000000")
    )
    edited = people.list_focal_points(any_database, "KEN")[0]
    ending = row(
        "focal_points",
        2,
        id=older.external_id,
        state="KEN",
        role="focal_point",
        name="Wanjiru Kamau",
        phone="+254 20 111111",
        ended_on=date(2024, 1, 31),
    )
    newer = row("focal_points", 3, id="unodc-1", state="KEN", role="focal_point", name="Otieno")
    keep_everything_local = Resolution(default="local")
    with pytest.raises(UpdateRejectedError):  # the local phone, and the local (no) end
        apply_update(
            any_database,
            update(focal_points=[ending, newer]),
            Provenance("u"),
            keep_everything_local,
            True,
        )
    assert people.list_focal_points(any_database, "KEN") == [edited], "something was written"


@pytest.mark.postgresql
def test_two_users_designating_at_once_leave_one_active(pg_template: Any) -> None:
    """Each checks, under a lock on the State, what the other committed."""
    with pg_template.copy() as url:
        first, second = Database(url), Database(url)
        try:
            outcomes: list[str] = []
            barrier = threading.Barrier(2)

            def add(database: Database, name: str) -> None:
                barrier.wait()
                try:
                    designate(database, "PER", name, date(2024, 1, 1))
                    outcomes.append("saved")
                except (RuleError, PredecessorActiveError):
                    outcomes.append("refused")
                except Exception as error:
                    outcomes.append(f"{type(error).__name__}: {error}")

            threads = [
                threading.Thread(target=add, args=(first, "Ana Quispe")),
                threading.Thread(target=add, args=(second, "Luis Mamani")),
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(outcomes) == ["refused", "saved"], f"outcomes: {outcomes}"
            assert len(active(first, "PER")) == 1, "two focal points are active"
        finally:
            first.dispose()
            second.dispose()
