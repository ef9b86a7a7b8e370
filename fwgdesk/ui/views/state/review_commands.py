"""The Review tab's edits, each an undoable operation (``ui.undo``).

A review is found by its State, group and cluster, and an assistance request by its
external id, every time an edit runs: undoing a creation and redoing it gives the row a
new id, and later edits must still find it. Saves carry the version they read; one that
meets someone else's change asks whether to reload or to save over it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fwgdesk.domain.enums import AssistanceStatus
from fwgdesk.domain.errors import ConflictError
from fwgdesk.domain.reviews import AssistanceRecord, ReviewRecord
from fwgdesk.services import reviews
from fwgdesk.services.focal_review_queries import (
    assistance_id,
    remove_assistance_by_key,
    remove_review,
    restore_assistance,
    review_id,
)
from fwgdesk.services.reviews import ReviewDetails, StageChange
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.assistance_dialog import AssistanceChoice
from fwgdesk.ui.dialogs.saving import Done, Failed
from fwgdesk.ui.dialogs.stage_dialog import StageChoice
from fwgdesk.ui.labels import assistance_status_label, stage_label, topic_label
from fwgdesk.ui.widgets.conflicts import AskConflict, ask_about_conflict, settle

REVIEWS, REQUESTS = "reviews", "assistance_requests"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewCommands", text)


def details_of(review: ReviewRecord) -> ReviewDetails:
    return ReviewDetails(
        reviewing_states=review.reviewing_states,
        working_languages=review.working_languages,
        language_agreement=review.language_agreement,
        saq_progress=review.saq_progress,
        saq_submitted_on=review.saq_submitted_on,
        suspended_reason=review.suspended_reason,
    )


@dataclass
class ReviewCommands:
    """*refresh* reloads the tab when the user answers a conflict with "reload"."""

    ctx: UiContext
    iso3: str
    parent: QWidget
    refresh: Callable[[], object]
    ask_conflict: AskConflict = ask_about_conflict

    def _review_id(self, group: int, cluster: int) -> int:
        return review_id(self.ctx.database, self.iso3, group, cluster)

    # versions: what this window's last write left, so that undo and redo expect them

    def _key(self, group: int, cluster: int) -> str:
        return f"{self.iso3}/{group}/{cluster}"

    def _note_review(self, review: ReviewRecord) -> ReviewRecord:
        key = self._key(review.review_group, review.cluster)
        self.ctx.history.versions.note(REVIEWS, key, review.version)
        return review

    def wrote(self, review: ReviewRecord) -> bool:
        """Whether *review* as it is now is what this window's last write left."""
        key = self._key(review.review_group, review.cluster)
        return self.ctx.history.versions.wrote(REVIEWS, key, review.version)

    def _review_version(self, group: int, cluster: int, read: int) -> int:
        return self.ctx.history.versions.current(REVIEWS, self._key(group, cluster), read)

    def _note_request(self, request: AssistanceRecord) -> AssistanceRecord:
        self.ctx.history.versions.note(REQUESTS, request.external_id, request.version)
        return request

    def _request_version(self, key: str, read: int) -> int:
        return self.ctx.history.versions.current(REQUESTS, key, read)

    def _refused(
        self, failed: Failed, done: Done, again: Callable[[int], object]
    ) -> Callable[[BaseException], None]:
        """A failure handler: a conflict is settled (save again with *again(version)*, or
        reload and close); anything else goes to *failed*."""

        def reload() -> None:
            self.refresh()
            done(None)

        def refused(error: BaseException) -> None:
            if isinstance(error, ConflictError):
                settle(self.parent, error, again, reload, self.ask_conflict)
            else:
                failed(error)

        return refused

    def create_review(self, group: int, cluster: int, done: Done, failed: Failed) -> None:
        database, iso3 = self.ctx.database, self.iso3

        def do(_undone: object) -> ReviewRecord:
            return self._note_review(reviews.create_review(database, iso3, group, cluster))

        def undo(created: ReviewRecord) -> None:
            version = self._review_version(group, cluster, created.version)
            remove_review(database, self._review_id(group, cluster), version)
            self.ctx.history.versions.forget(REVIEWS, self._key(group, cluster))

        text = _tr("New review: group {group}, cluster {cluster}").format(
            group=group, cluster=cluster
        )
        self.ctx.history.edit(text, do, undo, done, failed)

    def change_stage(
        self, review: ReviewRecord, choice: StageChoice, done: Done, failed: Failed
    ) -> None:
        database, group, cluster = self.ctx.database, review.review_group, review.cluster
        first = [True]

        def do(_undone: object) -> StageChange:
            version = review.version if first[0] else self._review_version(group, cluster, 0)
            first[0] = False
            change = reviews.change_stage(
                database,
                self._review_id(group, cluster),
                choice.stage,
                choice.on,
                choice.note,
                choice.suspended_reason,
                version,
            )
            self.ctx.history.versions.note(REVIEWS, self._key(group, cluster), change.version)
            return change

        def undo(change: StageChange) -> None:
            found = self._review_id(group, cluster)
            version = self._review_version(group, cluster, change.version)
            moved = replace(change, review_id=found, version=version)
            self._note_review(reviews.revert_stage_change(database, moved))

        def again(version: int) -> None:
            self.change_stage(replace(review, version=version), choice, done, failed)

        text = _tr("Move the review to {stage}").format(stage=stage_label(choice.stage))
        self.ctx.history.edit(text, do, undo, done, self._refused(failed, done, again))

    def update_details(
        self, review: ReviewRecord, details: ReviewDetails, done: Done, failed: Failed
    ) -> None:
        database, group, cluster = self.ctx.database, review.review_group, review.cluster
        before = details_of(review)
        first = [True]

        def do(_undone: object) -> ReviewRecord:
            version = review.version if first[0] else self._review_version(group, cluster, 0)
            first[0] = False
            found = self._review_id(group, cluster)
            return self._note_review(reviews.update_review(database, found, details, version))

        def undo(updated: ReviewRecord) -> None:
            found = self._review_id(group, cluster)
            version = self._review_version(group, cluster, updated.version)
            self._note_review(reviews.update_review(database, found, before, version))

        def again(version: int) -> None:
            self.update_details(replace(review, version=version), details, done, failed)

        text = _tr("Edit the review's details")
        self.ctx.history.edit(text, do, undo, done, self._refused(failed, done, again))

    def add_assistance(self, choice: AssistanceChoice, done: Done, failed: Failed) -> None:
        database, iso3, key = self.ctx.database, self.iso3, f"local-{uuid.uuid4().hex}"
        saved: list[AssistanceRecord] = []

        def do(_undone: object) -> AssistanceRecord:
            if saved:
                return self._note_request(restore_assistance(database, saved[0]))
            added = reviews.add_assistance(
                database, iso3, choice.topic, choice.requested_on, choice.note, key
            )
            saved.append(added)
            return self._note_request(added)

        def undo(added: AssistanceRecord) -> None:
            remove_assistance_by_key(database, key, self._request_version(key, added.version))
            self.ctx.history.versions.forget(REQUESTS, key)

        text = _tr("Request assistance: {topic}").format(topic=topic_label(choice.topic))
        self.ctx.history.edit(text, do, undo, done, failed)

    def set_assistance_status(
        self, request: AssistanceRecord, status: AssistanceStatus, done: Done, failed: Failed
    ) -> None:
        database, key, before = self.ctx.database, request.external_id, request.status
        first = [True]

        def do(_undone: object) -> AssistanceRecord:
            version = request.version if first[0] else self._request_version(key, 0)
            first[0] = False
            found = assistance_id(database, key)
            changed = reviews.set_assistance_status(database, found, status, version)
            return self._note_request(changed)

        def undo(changed: AssistanceRecord) -> None:
            found = assistance_id(database, key)
            version = self._request_version(key, changed.version)
            self._note_request(reviews.set_assistance_status(database, found, before, version))

        def again(version: int) -> None:
            self.set_assistance_status(replace(request, version=version), status, done, failed)

        text = _tr("Mark the assistance request {status}").format(
            status=assistance_status_label(status)
        )
        self.ctx.history.edit(text, do, undo, done, self._refused(failed, done, again))
