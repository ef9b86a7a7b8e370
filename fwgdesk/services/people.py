"""Focal points and other designated people of a State: add, edit, end, list."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fwgdesk.db.engine import Database
from fwgdesk.db.models import FocalPoint, State
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.people import FocalPointInput, FocalPointRecord, ValidationError


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
    )


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


def add_focal_point(
    database: Database, iso3: str, data: FocalPointInput, external_id: str | None = None
) -> FocalPointRecord:
    clean = data.cleaned()
    with database.session() as session:
        if session.get(State, iso3) is None:
            raise UsageError(f"unknown State '{iso3}'")
        person = FocalPoint(external_id=external_id or f"local-{uuid.uuid4().hex}")
        person.state_iso3 = iso3
        _apply(person, clean)
        session.add(person)
        session.flush()
        return record(person)


def _get(session: Session, person_id: int) -> FocalPoint:
    person = session.get(FocalPoint, person_id)
    if person is None:
        raise UsageError(f"no focal point with id {person_id}")
    return person


def update_focal_point(
    database: Database, person_id: int, data: FocalPointInput
) -> FocalPointRecord:
    clean = data.cleaned()
    with database.session() as session:
        person = _get(session, person_id)
        _apply(person, clean)
        session.flush()
        return record(person)


def end_focal_point(database: Database, person_id: int, on: date) -> FocalPointRecord:
    """End a person's designation on *on* (the row stays, for the role's history)."""
    with database.session() as session:
        person = _get(session, person_id)
        if person.designated_on and on < person.designated_on:
            raise ValidationError({"ended_on": "the end date is before the designation date"})
        person.ended_on = on
        session.flush()
        return record(person)


def remove_focal_point(database: Database, person_id: int) -> None:
    """Delete a row outright: only to take back an addition (undo), never to end a person."""
    with database.session() as session:
        session.delete(_get(session, person_id))


def restore_focal_point(database: Database, saved: FocalPointRecord) -> FocalPointRecord:
    """Re-create a removed person with the same key (redo of an addition)."""
    return add_focal_point(database, saved.state_iso3, saved.as_input(), saved.external_id)
