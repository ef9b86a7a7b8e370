"""Naming rows in messages: a State by its names in every UN language, so that the edge
that shows the message gives its reader's."""

from __future__ import annotations

from sqlalchemy.orm import Session

from fwgdesk.db.models import State
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.wording import StateName


def state_named(session: Session, iso3: str) -> StateName:
    """*iso3* with the names the database holds for it (none: an unknown code)."""
    state = session.get(State, iso3)
    if state is None:
        return StateName(iso3)
    names = {lang: getattr(state, f"name_{lang}") for lang in UN_LANGUAGES}
    return StateName(iso3, {lang: name for lang, name in names.items() if name})
