"""The services behind the State page: people, reviews, links, suggestions, history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import AssistanceStatus, AssistanceTopic, Gender, LinkStatus, Role, Stage
from fwgdesk.domain.errors import UsageError, ValidationError
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.reviews import add_months, next_stage
from fwgdesk.services import history, links, people, reviews
from fwgdesk.services.catalogue import list_items
from fwgdesk.services.summaries import list_state_summaries

PERSON = FocalPointInput(
    role=Role.FOCAL_POINT,
    name="  Nadia Benali ",
    gender=Gender.FEMALE,
    email="n.benali@justice.example",
    phone="+213 21 00 00 00",
    languages=("ar", "fr"),
    designated_on=date(2023, 2, 1),
)


def test_people_are_added_validated_and_ended_not_deleted(database: Database) -> None:
    added = people.add_focal_point(database, "DZA", PERSON)
    assert added.name == "Nadia Benali" and added.active
    with pytest.raises(ValidationError) as problems:
        people.add_focal_point(
            database,
            "DZA",
            FocalPointInput(
                role=Role.OBSERVER,
                name=" ",
                email="not-an-address",
                phone="call me",
                designated_on=date(2024, 1, 2),
                ended_on=date(2023, 1, 1),
            ),
        )
    assert set(problems.value.problems) == {"name", "email", "phone", "ended_on"}
    with pytest.raises(ValidationError, match="before the designation"):
        people.end_focal_point(database, added.id, date(2020, 1, 1))
    ended = people.end_focal_point(database, added.id, date(2024, 6, 30))
    assert not ended.active
    assert [p.name for p in people.list_focal_points(database, "DZA")] == ["Nadia Benali"]


def test_a_review_moves_through_its_stages_and_back(database: Database) -> None:
    review = reviews.create_review(database, "KEN", 2, 1)
    assert (
        review.stage is Stage.NOT_STARTED
        and next_stage(review.stage) is Stage.PRELIMINARY_CONSULTATION
    )
    first = reviews.change_stage(
        database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2023, 3, 1)
    )
    second = reviews.change_stage(
        database, review.id, Stage.SELF_ASSESSMENT, date(2023, 5, 2), "SAQ sent"
    )
    with pytest.raises(ValidationError, match="before the last stage change"):
        reviews.change_stage(database, review.id, Stage.WRITTEN_FEEDBACK, date(2023, 1, 1))
    (current,) = reviews.list_reviews(database, "KEN")
    assert current.stage is Stage.SELF_ASSESSMENT and current.stage_since == date(2023, 5, 2)
    assert [(e.stage, e.on) for e in current.events] == [
        (Stage.PRELIMINARY_CONSULTATION, date(2023, 3, 1)),
        (Stage.SELF_ASSESSMENT, date(2023, 5, 2)),
    ]
    reverted = reviews.revert_stage_change(database, second)
    assert reverted.stage is Stage.PRELIMINARY_CONSULTATION, "not back at the earlier stage"
    assert len(reverted.events) == 1, "the stage change taken back is still in the history"
    first = replace(first, version=reverted.version)
    back = reviews.revert_stage_change(database, first)
    assert (back.stage, back.stage_since, back.events) == (Stage.NOT_STARTED, None, ()), (
        "taking back the first change leaves a review not started, with no date"
    )


def test_review_details_are_validated(database: Database) -> None:
    review = reviews.create_review(database, "KEN", 2, 1)
    with pytest.raises(ValidationError) as problems:
        reviews.update_review(
            database,
            review.id,
            reviews.ReviewDetails(reviewing_states=("KEN", "XXX"), saq_progress=1.5),
        )
    assert set(problems.value.problems) == {"reviewing_states", "saq_progress"}
    saved = reviews.update_review(
        database,
        review.id,
        reviews.ReviewDetails(
            reviewing_states=("UGA", "PER"),
            working_languages=("en", "es"),
            language_agreement=True,
            saq_progress=0.4,
        ),
    )
    assert saved.reviewing_states == ("UGA", "PER") and saved.working_languages == ("en", "es")
    with pytest.raises(ValidationError, match="already has a review"):
        reviews.create_review(database, "KEN", 2, 1)


def test_due_dates_and_overdue_flags(database: Database) -> None:
    review = reviews.create_review(database, "GHA", 1, 1)
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2023, 1, 10))
    (summary,) = [
        s for s in list_state_summaries(database, today=date(2023, 1, 20)) if s.iso3 == "GHA"
    ]
    assert summary.overdue == ()  # two weeks not yet over
    (summary,) = [
        s for s in list_state_summaries(database, today=date(2023, 1, 25)) if s.iso3 == "GHA"
    ]
    assert summary.overdue == ("focal_point",) and not summary.has_focal_point
    people.add_focal_point(database, "GHA", PERSON)
    (summary,) = [
        s for s in list_state_summaries(database, today=date(2023, 8, 1)) if s.iso3 == "GHA"
    ]
    assert summary.overdue == ("self_assessment",) and summary.has_focal_point
    assert summary.review_groups == (1,) and summary.stages == ("preliminary_consultation",)
    (record,) = reviews.list_reviews(database, "GHA")
    dues = {d.what: d.due_on for d in record.due_dates(None)}
    assert dues == {"focal_point": date(2023, 1, 24), "self_assessment": date(2023, 7, 10)}
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)


def test_links_bulk_by_theme_unlink_and_restore(database: Database) -> None:
    ammunition = [i.code for i in list_items(database, theme="ammunition")]
    created = links.link(database, "MEX", ammunition, on=date(2024, 1, 1))
    assert created == ammunition
    assert links.link(database, "MEX", ammunition[:3]) == []  # already linked
    updated = links.update_link(database, "MEX", ammunition[0], LinkStatus.IN_PROGRESS, " 进行中 ")
    assert (updated.status, updated.note) == ("in_progress", "进行中")
    removed = links.unlink(database, "MEX", ammunition[:2])
    assert {r.code for r in removed} == set(ammunition[:2])
    links.restore_links(database, removed)
    restored = {r.code: r for r in links.list_links(database, "MEX")}
    assert len(restored) == len(ammunition) and restored[ammunition[0]].note == "进行中"
    with pytest.raises(UsageError, match="unknown catalogue codes: NOPE"):
        links.link(database, "MEX", ["NOPE"])


def test_suggested_links_follow_the_addressee_and_protocol_status(database: Database) -> None:
    party = {i.code for i in links.suggested_links(database, "DEU")}  # a party (2022)
    unknown = {i.code for i in links.suggested_links(database, "AFG")}  # not recorded
    assert unknown < party
    assert all("all_states" in i.addressees for i in links.suggested_links(database, "AFG"))
    assert not any(code.startswith("WG9-R18") for code in party)  # addressed to the Secretariat
    first, second = sorted(party)[:2]
    links.link(database, "DEU", [first])
    links.dismiss_suggestions(database, "DEU", [second])
    left = {i.code for i in links.suggested_links(database, "DEU")}
    assert first not in left and second not in left
    links.undismiss_suggestions(database, "DEU", [second])
    assert second in {i.code for i in links.suggested_links(database, "DEU")}


def test_history_shows_each_change_with_its_origin(database: Database) -> None:
    added = people.add_focal_point(database, "FJI", PERSON)
    people.end_focal_point(database, added.id, date(2024, 2, 1))
    request = reviews.add_assistance(database, "FJI", AssistanceTopic.REVMOD, date(2024, 1, 5))
    reviews.set_assistance_status(database, request.id, AssistanceStatus.CLOSED)
    trail = history.state_history(database, "FJI")
    fields = [(e.table_name, e.action, e.field) for e in trail]
    assert ("focal_points", "update", "ended_on") in fields
    assert ("assistance_requests", "update", "status") in fields
    assert all(e.origin == "local_edit" for e in trail if e.table_name != "states")
