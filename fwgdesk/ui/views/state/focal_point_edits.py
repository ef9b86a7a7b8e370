"""The Focal points tab's edits: each an undoable operation (``ui.undo``).

Designating a focal point while another is active asks for the day the predecessor's
designation ends, and the addition and that end are one edit (one undo step). A save that
meets someone else's change asks whether to reload or to save over it. Rows are found by
their stable key each time an edit runs: undoing an addition and redoing it gives the row
a new id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fwgdesk.domain.errors import ConflictError
from fwgdesk.domain.people import FocalPointInput, FocalPointRecord
from fwgdesk.services import people
from fwgdesk.services.focal_review_queries import focal_point_id
from fwgdesk.services.people import Designation, PredecessorActiveError
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.saving import Done, Failed, Save
from fwgdesk.ui.widgets.conflicts import AskConflict, ask_about_conflict, settle

AskEnd = Callable[[FocalPointRecord, date, Save[date]], object]
TABLE = "focal_points"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FocalPointsTab", text)


@dataclass
class FocalPointEdits:
    """*ask_end(predecessor, day, save)* asks when the predecessor's designation ends;
    *refresh* reloads the tab after a conflict the user resolved by reloading."""

    ctx: UiContext
    iso3: str
    parent: QWidget
    ask_end: AskEnd
    refresh: Callable[[], object]
    ask_conflict: AskConflict = ask_about_conflict

    # versions: what this window's last write left, so that undo and redo expect them

    def _noted(self, *people_saved: FocalPointRecord | None) -> None:
        for person in people_saved:
            if person is not None:
                self.ctx.history.versions.note(TABLE, person.external_id, person.version)

    def wrote(self, person: FocalPointRecord) -> bool:
        """Whether *person* as they are now is what this window's last write left."""
        return self.ctx.history.versions.wrote(TABLE, person.external_id, person.version)

    def _current(self, person: FocalPointRecord) -> FocalPointRecord:
        """*person* with the version to expect, and its id now (a redone addition gives
        the row a new one)."""
        version = self.ctx.history.versions.current(TABLE, person.external_id, person.version)
        found = focal_point_id(self.ctx.database, person.external_id)
        return replace(person, id=found, version=version)

    def _designation(self, saved: Designation) -> Designation:
        predecessor = saved.predecessor
        return Designation(
            self._current(saved.person), self._current(predecessor) if predecessor else None
        )

    # edits --------------------------------------------------------------------------------

    def add(
        self, data: FocalPointInput, done: Done, failed: Failed, ends_on: date | None = None
    ) -> None:
        database, iso3, key = self.ctx.database, self.iso3, f"local-{uuid.uuid4().hex}"

        def do(_undone: object) -> Designation:
            saved = people.designate(database, iso3, data, key, ends_on)
            self._noted(saved.person, saved.predecessor)
            return saved

        def undo(saved: Designation) -> None:
            reopened = people.take_back_designation(database, self._designation(saved))
            self.ctx.history.versions.forget(TABLE, saved.person.external_id)
            self._noted(reopened)

        def refused(error: BaseException) -> None:
            failed(error)
            if isinstance(error, PredecessorActiveError):
                self._ask_end(error, data, lambda day, d, f: self.add(data, _both(d, done), f, day))

        text = _tr("Add {name}").format(name=data.name.strip())
        self.ctx.history.edit(text, do, undo, done, refused)

    def edit(
        self,
        person: FocalPointRecord,
        data: FocalPointInput,
        done: Done,
        failed: Failed,
        ends_on: date | None = None,
    ) -> None:
        database, before = self.ctx.database, person.as_input()
        first = [True]

        def do(_undone: object) -> Designation:
            current = person if first[0] else self._current(person)  # first: as read
            first[0] = False
            found = focal_point_id(database, person.external_id)
            saved = people.change_designation(database, found, data, current.version, ends_on)
            self._noted(saved.person, saved.predecessor)
            return saved

        def undo(saved: Designation) -> None:
            restored = people.restore_designation(database, self._designation(saved), before)
            self._noted(restored.person, restored.predecessor)

        def refused(error: BaseException) -> None:
            if isinstance(error, ConflictError):
                self._conflict(error, done, person, lambda p: self.edit(p, data, done, failed))
                return
            failed(error)
            if isinstance(error, PredecessorActiveError):
                again = lambda day, d, f: self.edit(person, data, _both(d, done), f, day)  # noqa: E731
                self._ask_end(error, data, again)

        text = _tr("Edit {name}").format(name=person.name)
        self.ctx.history.edit(text, do, undo, done, refused)

    def end(self, person: FocalPointRecord, day: date, done: Done, failed: Failed) -> None:
        database = self.ctx.database
        first = [True]

        def do(_undone: object) -> FocalPointRecord:
            current = person if first[0] else self._current(person)
            first[0] = False
            found = focal_point_id(database, person.external_id)
            ended = people.end_focal_point(database, found, day, current.version)
            self._noted(ended)
            return ended

        def undo(ended: FocalPointRecord) -> None:
            current = self._current(ended)
            self._noted(people.reopen_focal_point(database, current.id, current.version))

        def refused(error: BaseException) -> None:
            if isinstance(error, ConflictError):
                self._conflict(error, done, person, lambda p: self.end(p, day, done, failed))
            else:
                failed(error)

        text = _tr("End the designation of {name}").format(name=person.name)
        self.ctx.history.edit(text, do, undo, done, refused)

    def _ask_end(
        self, error: PredecessorActiveError, data: FocalPointInput, save: Save[date]
    ) -> None:
        """Ask when the predecessor's designation ends: by default the day the new one
        begins (or today)."""
        self.ask_end(error.predecessor, data.designated_on or date.today(), save)

    def _conflict(
        self,
        error: ConflictError,
        done: Done,
        person: FocalPointRecord,
        again: Callable[[FocalPointRecord], None],
    ) -> None:
        """Save over the other change (with the version it made), or reload."""

        def reload() -> None:
            self.refresh()
            done(None)

        def overwrite(version: int) -> None:
            again(replace(person, version=version))

        settle(self.parent, error, overwrite, reload, self.ask_conflict)


def _both(first: Done, second: Done) -> Done:
    def both(result: object) -> None:
        first(result)
        second(result)

    return both
