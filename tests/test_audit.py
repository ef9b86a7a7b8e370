"""Every change to an editable row is in the audit trail; concurrent edits are caught."""

from __future__ import annotations

import gc
import json
from datetime import date

import pytest
from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AuditEntry, FocalPoint, ImportBatch, State
from fwgdesk.domain.enums import AuditAction, Gender, Origin, Role
from fwgdesk.domain.errors import ConflictError


def entries(database: Database, row_key: str) -> list[AuditEntry]:
    with database.session() as session:
        query = select(AuditEntry).where(AuditEntry.row_key == row_key).order_by(AuditEntry.id)
        return list(session.scalars(query))


def add_person(database: Database) -> None:
    with database.session() as session:
        session.add(
            FocalPoint(
                external_id="fp-1",
                state_iso3="FRA",
                role=Role.FOCAL_POINT,
                name="Amélie Dupont",
                gender=Gender.FEMALE,
                languages=["fr", "en"],
                designated_on=date(2022, 3, 1),
            )
        )


def test_insert_update_delete_are_recorded_with_old_and_new_values(database: Database) -> None:
    add_person(database)
    with database.session() as session:
        person = session.scalars(select(FocalPoint).where(FocalPoint.external_id == "fp-1")).one()
        person.email = "amelie@example.org"
        person.ended_on = date(2024, 1, 31)
    with database.session() as session:
        session.delete(session.scalars(select(FocalPoint)).one())

    trail = entries(database, "fp-1")
    assert [e.action for e in trail] == [
        AuditAction.INSERT,
        AuditAction.UPDATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
    ]
    inserted = json.loads(trail[0].new_value or "")
    assert inserted["name"] == "Amélie Dupont" and inserted["languages"] == ["fr", "en"]
    updates = {e.field: (e.old_value, e.new_value) for e in trail[1:3]}
    assert updates == {
        "email": (None, '"amelie@example.org"'),
        "ended_on": (None, '"2024-01-31"'),
    }
    assert all(e.state_iso3 == "FRA" and e.origin is Origin.LOCAL_EDIT for e in trail)
    assert all(e.at.tzinfo is not None for e in trail)


def test_the_origin_and_batch_of_a_change_are_recorded(database: Database) -> None:
    with database.session() as session:
        batch = ImportBatch(origin=Origin.IMPORT, file_name="update-42.json")
        session.add(batch)
        session.flush()
        batch_id = batch.id
    with database.session(origin=Origin.IMPORT, batch_id=batch_id) as session:
        session.get_one(State, "KEN").protocol_status_source = "update 42"
    (entry,) = [e for e in entries(database, "KEN") if e.field == "protocol_status_source"]
    assert entry.origin is Origin.IMPORT and entry.batch_id == batch_id


def test_an_unchanged_assignment_records_nothing(database: Database) -> None:
    before = len(entries(database, "PER"))
    with database.session() as session:
        state = session.get_one(State, "PER")
        state.name_en = str(state.name_en)
    assert len(entries(database, "PER")) == before


def test_a_concurrent_edit_is_refused_not_overwritten(database: Database) -> None:
    with database.session() as first_read:
        stale = first_read.get_one(State, "CHL")
    with database.session() as session:
        session.get_one(State, "CHL").name_en = "Chile (edited elsewhere)"
    with pytest.raises(ConflictError), database.session() as session:
        mine = session.merge(stale, load=False)
        mine.name_en = "Chile (mine)"
        session.flush()
    with database.session() as session:
        assert session.get_one(State, "CHL").name_en == "Chile (edited elsewhere)"


def test_every_reopened_database_records_its_changes(database: Database) -> None:
    """A reopened database (a restore does this) gets a new session factory, which may
    reuse the address of the one just freed while the cyclic collector has not run: its
    sessions must still write the trail."""
    url = database.url
    database.dispose()
    gc.disable()
    try:
        for number in range(5):
            reopened = Database(url)
            with reopened.session() as session:
                session.get_one(State, "FRA").protocol_status_source = f"note {number}"
            reopened.dispose()
            del reopened
    finally:
        gc.enable()
    fresh = Database(url)
    with fresh.session() as session:
        query = select(AuditEntry).where(
            AuditEntry.row_key == "FRA", AuditEntry.field == "protocol_status_source"
        )
        recorded = [json.loads(e.new_value or "null") for e in session.scalars(query)]
    fresh.dispose()
    assert recorded == [f"note {number}" for number in range(5)]
