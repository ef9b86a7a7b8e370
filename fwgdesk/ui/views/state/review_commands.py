"""The Review tab's edits as undoable commands.

A review is found by its State, group and cluster, and an assistance request by its
external id, every time a command runs: undoing a creation and redoing it gives the row a
new id, and later commands must still find it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from fwgdesk.domain.enums import AssistanceStatus
from fwgdesk.domain.reviews import AssistanceRecord, ReviewRecord
from fwgdesk.services import reviews
from fwgdesk.services.focal_review_queries import (
    assistance_id,
    remove_review,
    restore_assistance,
    review_id,
)
from fwgdesk.services.reviews import ReviewDetails, StageChange
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.assistance_dialog import AssistanceChoice
from fwgdesk.ui.dialogs.stage_dialog import StageChoice
from fwgdesk.ui.labels import assistance_status_label, stage_label, topic_label
from fwgdesk.ui.undo import ServiceCommand, push


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


@dataclass(frozen=True)
class ReviewCommands:
    ctx: UiContext
    iso3: str

    def _push(self, text: str, do: Callable[[], Any], undo: Callable[[Any], None]) -> Any:
        command = ServiceCommand(text, self.ctx.events, self.iso3, do, undo)
        return push(self.ctx.undo_stack, command)

    def _review_id(self, group: int, cluster: int) -> int:
        return review_id(self.ctx.database, self.iso3, group, cluster)

    def create_review(self, group: int, cluster: int) -> ReviewRecord:
        database, iso3 = self.ctx.database, self.iso3

        def do() -> ReviewRecord:
            return reviews.create_review(database, iso3, group, cluster)

        def undo(created: ReviewRecord) -> None:
            remove_review(database, created.id)

        text = _tr("New review: group {group}, cluster {cluster}").format(
            group=group, cluster=cluster
        )
        result = self._push(text, do, undo)
        assert isinstance(result, ReviewRecord)
        return result

    def change_stage(self, review: ReviewRecord, choice: StageChoice) -> StageChange:
        database, group, cluster = self.ctx.database, review.review_group, review.cluster

        def do() -> StageChange:
            return reviews.change_stage(
                database,
                self._review_id(group, cluster),
                choice.stage,
                choice.on,
                choice.note,
                choice.suspended_reason,
            )

        def undo(change: StageChange) -> None:
            reviews.revert_stage_change(database, change)

        text = _tr("Move the review to {stage}").format(stage=stage_label(choice.stage))
        result = self._push(text, do, undo)
        assert isinstance(result, StageChange)
        return result

    def update_details(self, review: ReviewRecord, details: ReviewDetails) -> ReviewRecord:
        database, group, cluster = self.ctx.database, review.review_group, review.cluster
        before = details_of(review)

        def do() -> ReviewRecord:
            return reviews.update_review(database, self._review_id(group, cluster), details)

        def undo(_updated: ReviewRecord) -> None:
            reviews.update_review(database, self._review_id(group, cluster), before)

        result = self._push(_tr("Edit the review's details"), do, undo)
        assert isinstance(result, ReviewRecord)
        return result

    def add_assistance(self, choice: AssistanceChoice) -> AssistanceRecord:
        database, iso3 = self.ctx.database, self.iso3
        saved: list[AssistanceRecord] = []

        def do() -> AssistanceRecord:
            if saved:
                return restore_assistance(database, saved[0])
            added = reviews.add_assistance(
                database, iso3, choice.topic, choice.requested_on, choice.note
            )
            saved.append(added)
            return added

        def undo(added: AssistanceRecord) -> None:
            reviews.remove_assistance(database, added.id)

        text = _tr("Request assistance: {topic}").format(topic=topic_label(choice.topic))
        result = self._push(text, do, undo)
        assert isinstance(result, AssistanceRecord)
        return result

    def set_assistance_status(
        self, request: AssistanceRecord, status: AssistanceStatus
    ) -> AssistanceRecord:
        database, key, before = self.ctx.database, request.external_id, request.status

        def do() -> AssistanceRecord:
            found = assistance_id(database, key)
            return reviews.set_assistance_status(database, found, status)

        def undo(_changed: AssistanceRecord) -> None:
            reviews.set_assistance_status(database, assistance_id(database, key), before)

        text = _tr("Mark the assistance request {status}").format(
            status=assistance_status_label(status)
        )
        result = self._push(text, do, undo)
        assert isinstance(result, AssistanceRecord)
        return result
