"""No lost update: a save names the version it read and is refused if the row moved on,
saying who changed what since; on SQLite and PostgreSQL alike."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from datetime import date

import pytest
from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry
from fwgdesk.domain.enums import Role, Stage
from fwgdesk.domain.errors import ConflictError, StorageError
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.wording import english
from fwgdesk.services import people, reviews
from fwgdesk.services.reviews import ReviewDetails

ISO3 = "PER"


def a_person(database: Database) -> people.FocalPointRecord:
    data = FocalPointInput(Role.GOVERNMENTAL_EXPERT, "Rosa Quispe", designated_on=date(2022, 1, 3))
    return people.add_focal_point(database, ISO3, data)


def test_the_second_of_two_saves_of_a_person_is_refused(any_database: Database) -> None:
    read_here = a_person(any_database)
    read_there = people.list_focal_points(any_database, ISO3)[0]
    people.update_focal_point(
        any_database,
        read_there.id,
        replace(read_there.as_input(), phone="+51 1 111 1111"),
        read_there.version,
    )
    with pytest.raises(ConflictError) as refused:
        people.update_focal_point(
            any_database,
            read_here.id,
            replace(read_here.as_input(), institution="Ministerio del Interior"),
            read_here.version,
        )
    said = english(refused.value)
    assert "Rosa Quispe (Peru) was changed by someone else" in said, said
    assert "phone: — → +51 1 111 1111" in said, f"the change is not listed: {said}"
    assert refused.value.current == read_here.version + 1, "the version now is not given"
    (now,) = people.list_focal_points(any_database, ISO3)
    assert (now.phone, now.institution) == ("+51 1 111 1111", None), "a change was lost"


def test_the_second_of_two_saves_of_a_review_is_refused(any_database: Database) -> None:
    created = reviews.create_review(any_database, ISO3, 1, 2)
    reviews.update_review(
        any_database, created.id, ReviewDetails(saq_progress=0.25), created.version
    )
    with pytest.raises(ConflictError):
        reviews.update_review(
            any_database, created.id, ReviewDetails(working_languages=("es",)), created.version
        )
    with pytest.raises(ConflictError):
        reviews.change_stage(
            any_database,
            created.id,
            Stage.PRELIMINARY_CONSULTATION,
            date(2023, 1, 1),
            expected_version=created.version,
        )
    (review,) = reviews.list_reviews(any_database, ISO3)
    assert (review.saq_progress, review.working_languages) == (0.25, ()), "a change was lost"
    assert review.stage is Stage.NOT_STARTED, "a refused stage change was written"


def test_saving_over_it_with_the_version_now_is_allowed(any_database: Database) -> None:
    read = a_person(any_database)
    people.update_focal_point(
        any_database, read.id, replace(read.as_input(), phone="+51 1 2"), read.version
    )
    with pytest.raises(ConflictError) as refused:
        people.update_focal_point(
            any_database, read.id, replace(read.as_input(), title="Dra."), read.version
        )
    assert refused.value.current is not None
    people.update_focal_point(
        any_database, read.id, replace(read.as_input(), title="Dra."), refused.value.current
    )
    (now,) = people.list_focal_points(any_database, ISO3)
    assert now.title == "Dra.", "the save over the other change was not made"


@dataclass
class Tally:
    saved: list[tuple[int, str]] = field(default_factory=list)  # (version, phone)
    refused: int = 0
    lock = threading.Lock()


def _writer(url: str, person_id: int, number: int, until: float, tally: Tally) -> None:
    database = Database(url)
    try:
        count = 0
        while time.monotonic() < until:
            (read,) = [p for p in people.list_focal_points(database, ISO3) if p.id == person_id]
            count += 1
            phone = f"+51 {number} {count:06d}"
            try:
                saved = people.update_focal_point(
                    database, person_id, replace(read.as_input(), phone=phone), read.version
                )
            except (ConflictError, StorageError):  # refused, and said so: nothing written
                with tally.lock:
                    tally.refused += 1
                continue
            with tally.lock:
                tally.saved.append((saved.version, phone))
    finally:
        database.dispose()


@pytest.mark.parametrize("seconds", [10])
@pytest.mark.postgresql
def test_eight_writers_lose_nothing_on_a_shared_database(
    any_database: Database, seconds: int
) -> None:
    if any_database.dialect != "postgresql":
        pytest.skip("the shared database: PostgreSQL")
    person = a_person(any_database)
    tally = Tally()
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_writer, args=(any_database.url, person.id, n, until, tally))
        for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (final,) = people.list_focal_points(any_database, ISO3)
    versions = sorted(version for version, _phone in tally.saved)
    print(f"\n8 writers x {seconds} s: {len(versions)} saved, {tally.refused} refused")
    assert versions == list(range(person.version + 1, final.version + 1)), (
        "two saves were made from the same version, or a save is missing"
    )
    with any_database.session() as session:
        trail = dict(
            session.execute(
                select(AuditEntry.row_version, AuditEntry.new_value).where(
                    AuditEntry.row_key == person.external_id, AuditEntry.field == "phone"
                )
            ).all()
        )
    lost = [(v, phone) for v, phone in tally.saved if trail.get(v) != f'"{phone}"']
    assert lost == [], f"{len(lost)} committed changes are not in the audit trail"
    assert final.phone == max(tally.saved)[1], "the last committed change is not the value"
