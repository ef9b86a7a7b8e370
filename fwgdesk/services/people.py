"""Focal points and other designated people of a State: add, edit, end, list.

A State has one active focal point at a time. Designating another (adding one, or making
someone the focal point again) while one is active needs the date on which the
predecessor's designation ends: without it the service refuses with
:class:`PredecessorActiveError`, which names the predecessor, and the window asks. Saves
name the version they read (``expected_version``) and are refused if the row changed
since (see ``fwgdesk.services.versions``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fwgdesk.db.engine import Database
from fwgdesk.db.models import FocalPoint, State
from fwgdesk.domain import codes as domain_codes
from fwgdesk.domain.enums import Role
from fwgdesk.domain.errors import RuleError, UsageError, ValidationError
from fwgdesk.domain.messages import Message, message
from fwgdesk.domain.people import FocalPointInput, FocalPointRecord
from fwgdesk.services import codes
from fwgdesk.services.naming import state_named
from fwgdesk.services.versions import check_version, removed


class PredecessorActiveError(RuleError):
    """Another focal point of the State is active: say when that designation ends."""

    def __init__(self, predecessor: FocalPointRecord) -> None:
        self.predecessor = predecessor
        super().__init__(
            codes.PREDECESSOR_ACTIVE,
            name=predecessor.name,
            iso3=predecessor.state_iso3,
            since=predecessor.designated_on,
        )


def record(person: FocalPoint) -> FocalPointRecord:
    return FocalPointRecord(
        id=person.id,
        external_id=person.external_id,
        state_iso3=person.state_iso3,
        role=person.role,
        name=person.name,
        gender=person.gender,
        title=person.title,
        institution=person.institution,
        email=person.email,
        phone=person.phone,
        languages=tuple(person.languages or ()),
        designated_on=person.designated_on,
        ended_on=person.ended_on,
        version=person.version,
    )


def described(session: Session, person: FocalPoint) -> Message:
    """A person as a refusal names them: their name and State."""
    state = state_named(session, person.state_iso3)
    return message(codes.WHAT_FOCAL_POINT, name=person.name, state=state)


def _apply(person: FocalPoint, data: FocalPointInput) -> None:
    person.role = data.role
    person.name = data.name
    person.gender = data.gender
    person.title = data.title
    person.institution = data.institution
    person.email = data.email
    person.phone = data.phone
    person.languages = list(data.languages)
    person.designated_on = data.designated_on
    person.ended_on = data.ended_on


def list_focal_points(database: Database, iso3: str) -> list[FocalPointRecord]:
    """Everyone a State designated: the active first, then by role and designation."""
    with database.session() as session:
        people = session.scalars(select(FocalPoint).where(FocalPoint.state_iso3 == iso3))
        records = [record(p) for p in people]
    return sorted(
        records,
        key=lambda r: (not r.active, r.role.value, r.designated_on or date.min, r.name),
    )


def active_focal_point(
    session: Session, iso3: str, other_than: int | None = None
) -> FocalPoint | None:
    query = select(FocalPoint).where(
        FocalPoint.state_iso3 == iso3,
        FocalPoint.role == Role.FOCAL_POINT,
        FocalPoint.ended_on.is_(None),
    )
    if other_than is not None:
        query = query.where(FocalPoint.id != other_than)
    return session.scalars(query.order_by(FocalPoint.id)).first()


@dataclass(frozen=True)
class Designation:
    """A person as saved, and the predecessor whose designation that ended (if any)."""

    person: FocalPointRecord
    predecessor: FocalPointRecord | None = None


def _succeed(
    session: Session,
    iso3: str,
    data: FocalPointInput,
    person_id: int | None,
    end_predecessor_on: date | None,
) -> FocalPoint | None:
    """When *data* makes someone the active focal point of *iso3*, end the predecessor's
    designation on *end_predecessor_on* (and return the predecessor), or refuse naming
    the predecessor."""
    if data.role is not Role.FOCAL_POINT or data.ended_on is not None:
        return None
    predecessor = active_focal_point(session, iso3, other_than=person_id)
    if predecessor is None:
        return None
    if end_predecessor_on is None:
        raise PredecessorActiveError(record(predecessor))
    if predecessor.designated_on and end_predecessor_on < predecessor.designated_on:
        raise ValidationError({"end_predecessor_on": message(domain_codes.ENDS_BEFORE_DESIGNATION)})
    predecessor.ended_on = end_predecessor_on
    return predecessor


def designate(
    database: Database,
    iso3: str,
    data: FocalPointInput,
    external_id: str | None = None,
    end_predecessor_on: date | None = None,
) -> Designation:
    """Designate a person; an active focal point's predecessor ends on *end_predecessor_on*."""
    clean = data.cleaned()
    with database.session() as session:
        if session.get(State, iso3) is None:
            raise UsageError(codes.UNKNOWN_STATE, iso3=iso3)
        predecessor = _succeed(session, iso3, clean, None, end_predecessor_on)
        person = FocalPoint(external_id=external_id or f"local-{uuid.uuid4().hex}")
        person.state_iso3 = iso3
        _apply(person, clean)
        session.add(person)
        session.flush()
        return Designation(record(person), record(predecessor) if predecessor else None)


def add_focal_point(
    database: Database,
    iso3: str,
    data: FocalPointInput,
    external_id: str | None = None,
    end_predecessor_on: date | None = None,
) -> FocalPointRecord:
    """:func:`designate`, for a caller that needs only the person."""
    return designate(database, iso3, data, external_id, end_predecessor_on).person


def _get(session: Session, person_id: int) -> FocalPoint:
    person = session.get(FocalPoint, person_id)
    if person is None:
        raise UsageError(codes.NO_FOCAL_POINT_ID, id=person_id)
    return person


def _get_versioned(session: Session, person_id: int, expected: int | None) -> FocalPoint:
    person = session.get(FocalPoint, person_id)
    if person is None:
        if expected is None:
            raise UsageError(codes.NO_FOCAL_POINT_ID, id=person_id)
        raise removed(message(codes.WHAT_PERSON_NUMBER, id=person_id))
    check_version(session, person, expected, described(session, person))
    return person


def change_designation(
    database: Database,
    person_id: int,
    data: FocalPointInput,
    expected_version: int | None = None,
    end_predecessor_on: date | None = None,
) -> Designation:
    """Save a person's details; when they make the person the active focal point, the
    predecessor's designation ends on *end_predecessor_on*."""
    clean = data.cleaned()
    with database.session() as session:
        person = _get_versioned(session, person_id, expected_version)
        predecessor = _succeed(session, person.state_iso3, clean, person.id, end_predecessor_on)
        _apply(person, clean)
        session.flush()
        return Designation(record(person), record(predecessor) if predecessor else None)


def update_focal_point(
    database: Database,
    person_id: int,
    data: FocalPointInput,
    expected_version: int | None = None,
    end_predecessor_on: date | None = None,
) -> FocalPointRecord:
    return change_designation(
        database, person_id, data, expected_version, end_predecessor_on
    ).person


def restore_designation(
    database: Database, saved: Designation, data: FocalPointInput
) -> Designation:
    """Undo a change of a person in one transaction: the person's details are *data*
    again and, when the change ended a predecessor's designation, that designation is
    active again. The versions of *saved* are checked; the result has the new ones."""
    with database.session() as session:
        person = _get_versioned(session, saved.person.id, saved.person.version)
        _apply(person, data)
        predecessor = _reopen(session, saved.predecessor)
        session.flush()
        return Designation(record(person), record(predecessor) if predecessor else None)


def _reopen(session: Session, saved: FocalPointRecord | None) -> FocalPoint | None:
    """The designation of *saved* (at its version) active again; None for no one."""
    if saved is None:
        return None
    found = _get_versioned(session, saved.id, saved.version)
    found.ended_on = None
    return found


def end_focal_point(
    database: Database, person_id: int, on: date, expected_version: int | None = None
) -> FocalPointRecord:
    """End a person's designation on *on* (the row stays, for the role's history)."""
    with database.session() as session:
        person = _get_versioned(session, person_id, expected_version)
        if person.designated_on and on < person.designated_on:
            raise ValidationError({"ended_on": message(domain_codes.ENDS_BEFORE_DESIGNATION)})
        person.ended_on = on
        session.flush()
        return record(person)


def reopen_focal_point(
    database: Database, person_id: int, expected_version: int | None = None
) -> FocalPointRecord:
    """Take back the end of a designation (undo of ending it)."""
    with database.session() as session:
        person = _get_versioned(session, person_id, expected_version)
        person.ended_on = None
        session.flush()
        return record(person)


def remove_focal_point(
    database: Database, person_id: int, expected_version: int | None = None
) -> None:
    """Delete a row outright: only to take back an addition (undo), never to end a person."""
    with database.session() as session:
        session.delete(_get_versioned(session, person_id, expected_version))


def take_back_designation(database: Database, saved: Designation) -> FocalPointRecord | None:
    """Undo an addition in one transaction: the person goes and, when the addition ended
    a predecessor's designation, that designation is active again (returned). Both
    records are as the addition left them: their versions are checked."""
    with database.session() as session:
        session.delete(_get_versioned(session, saved.person.id, saved.person.version))
        session.flush()
        predecessor = _reopen(session, saved.predecessor)
        session.flush()
        return record(predecessor) if predecessor else None


def restore_focal_point(database: Database, saved: FocalPointRecord) -> FocalPointRecord:
    """Re-create a removed person with the same key (redo of an addition)."""
    return add_focal_point(database, saved.state_iso3, saved.as_input(), saved.external_id)
