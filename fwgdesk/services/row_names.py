"""What the window needs to name the rows of the audit trail and of an import preview:
people, assistance requests and States, not their internal keys."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AssistanceRequest, FocalPoint, State
from fwgdesk.domain.enums import UN_LANGUAGES


@dataclass(frozen=True, slots=True)
class PersonName:
    name: str
    state_iso3: str
    role: str


@dataclass(frozen=True, slots=True)
class RequestName:
    state_iso3: str
    topic: str
    requested_on: date | None


@dataclass(frozen=True)
class RowNames:
    """States' names by language, and the people and requests asked for, by key."""

    states: dict[str, dict[str, str]] = field(default_factory=dict)
    people: dict[str, PersonName] = field(default_factory=dict)
    requests: dict[str, RequestName] = field(default_factory=dict)

    def state_name(self, iso3: str, language: str) -> str:
        """*iso3*'s name in *language* (English when unknown; the code when not a State)."""
        names = self.states.get(iso3)
        if not names:
            return iso3
        return names.get(language) or names.get("en") or iso3


def row_names(
    database: Database, people: Iterable[str] = (), requests: Iterable[str] = ()
) -> RowNames:
    """Every State's names, and the focal points and assistance requests of the keys
    (``external_id``) given; keys no longer in the database are left out."""
    people_keys, request_keys = set(people), set(requests)
    with database.session() as session:
        states = {
            state.iso3: {lang: getattr(state, f"name_{lang}") or "" for lang in UN_LANGUAGES}
            for state in session.scalars(select(State))
        }
        found_people = {
            person.external_id: PersonName(person.name, person.state_iso3, person.role.value)
            for person in session.scalars(
                select(FocalPoint).where(FocalPoint.external_id.in_(people_keys))
            )
        }
        found_requests = {
            request.external_id: RequestName(
                request.state_iso3, request.topic.value, request.requested_on
            )
            for request in session.scalars(
                select(AssistanceRequest).where(AssistanceRequest.external_id.in_(request_keys))
            )
        }
    return RowNames(states, found_people, found_requests)
