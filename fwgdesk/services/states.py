"""States: the reference list with names, regional groups and Protocol status."""

from __future__ import annotations

from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import State
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.records import StateRecord
from fwgdesk.services import codes


def state_record(state: State) -> StateRecord:
    return StateRecord(
        iso3=state.iso3,
        names={lang: getattr(state, f"name_{lang}") for lang in UN_LANGUAGES},
        regional_group=state.regional_group.value,
        protocol_status=state.protocol_status.value,
        protocol_status_date=state.protocol_status_date,
        protocol_status_source=state.protocol_status_source,
    )


def list_states(database: Database) -> list[StateRecord]:
    with database.session() as session:
        return [state_record(s) for s in session.scalars(select(State).order_by(State.iso3))]


def get_state(database: Database, iso3: str) -> StateRecord:
    with database.session() as session:
        state = session.get(State, iso3)
        if state is None:
            raise UsageError(codes.UNKNOWN_STATE, iso3=iso3)
        return state_record(state)
