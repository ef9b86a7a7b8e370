"""Whether a row being edited was changed meanwhile: nothing while it keeps the version the
form read, who changed what once it moved on, and a removal said as such; on SQLite and
PostgreSQL alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.wording import english
from fwgdesk.services import people, reviews
from fwgdesk.services.focal_review_queries import remove_review
from fwgdesk.services.meanwhile import person_edited_meanwhile, review_edited_meanwhile
from fwgdesk.services.reviews import ReviewDetails

ISO3 = "PER"


def test_an_unchanged_review_raises_no_flag(database: Database) -> None:
    review = reviews.create_review(database, ISO3, 1, 2)
    found = review_edited_meanwhile(database, ISO3, 1, 2, review.version)
    assert found is None, f"flagged while nobody wrote: {found}"


def test_a_review_changed_meanwhile_says_who_changed_what(database: Database) -> None:
    read = reviews.create_review(database, ISO3, 1, 2)
    reviews.update_review(database, read.id, ReviewDetails(saq_progress=0.25), read.version)
    found = review_edited_meanwhile(database, ISO3, 1, 2, read.version)
    assert found is not None, "a review changed meanwhile is not flagged"
    said = english(found)
    assert said.startswith("the review of Peru, group 1, cluster 2 was changed"), said
    assert "saq_progress: — → 0.25" in said, f"the change is not listed: {said}"


def test_a_review_removed_meanwhile_is_said_removed(database: Database) -> None:
    read = reviews.create_review(database, ISO3, 1, 2)
    remove_review(database, read.id, read.version)
    found = review_edited_meanwhile(database, ISO3, 1, 2, read.version)
    assert found is not None, "a removed review is not flagged"
    said = english(found)
    assert "was removed by someone else" in said, said
    assert "Peru" in said, f"the review's State is not named: {said}"


def test_a_person_changed_meanwhile_is_named_with_their_state(database: Database) -> None:
    data = FocalPointInput(Role.FOCAL_POINT, "Rosa Quispe", designated_on=date(2022, 1, 3))
    read = people.add_focal_point(database, ISO3, data)
    unchanged = person_edited_meanwhile(database, read.external_id, read.name, ISO3, read.version)
    assert unchanged is None, f"flagged while nobody wrote: {unchanged}"
    theirs = replace(read.as_input(), phone="+51 1 111 1111")
    people.update_focal_point(database, read.id, theirs, read.version)
    found = person_edited_meanwhile(database, read.external_id, read.name, ISO3, read.version)
    assert found is not None, "a person changed meanwhile is not flagged"
    said = english(found)
    assert said.startswith("Rosa Quispe (Peru) was changed"), said
    assert "phone: — → +51 1 111 1111" in said, f"the change is not listed: {said}"
