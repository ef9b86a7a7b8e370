"""A State's page, "Review": its reviews' stage, timeline, due dates, details and assistance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import AssistanceStatus
from fwgdesk.domain.people import FocalPointRecord
from fwgdesk.domain.reviews import AssistanceRecord, ReviewRecord, next_stage
from fwgdesk.services import people as people_service
from fwgdesk.services import reviews as reviews_service
from fwgdesk.services.meanwhile import review_edited_meanwhile
from fwgdesk.services.reviews import ReviewDetails
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.assistance_dialog import AssistanceDialog
from fwgdesk.ui.dialogs.review_dialog import NewReviewDialog
from fwgdesk.ui.dialogs.saving import Done, Failed
from fwgdesk.ui.dialogs.stage_dialog import ChangeStageDialog, StageChoice
from fwgdesk.ui.labels import stage_label
from fwgdesk.ui.models.columns import size_columns
from fwgdesk.ui.models.due_dates_model import OVERDUE_COLOR, DueDatesModel, due_rows
from fwgdesk.ui.models.stage_events_model import StageEventsModel, timeline_rows
from fwgdesk.ui.refresh import Refresher
from fwgdesk.ui.row_words import ltr_date
from fwgdesk.ui.views.state.review_assistance import AssistancePanel
from fwgdesk.ui.views.state.review_commands import ReviewCommands
from fwgdesk.ui.views.state.review_details import ReviewDetailsPanel
from fwgdesk.ui.views.state.review_stage import StageLadder
from fwgdesk.ui.widgets.errors import show_error

# what the tab shows: reviews, their history and assistance, and the due dates' people
REVIEW_TABLES = (
    "reviews",
    "stage_events",
    "review_reviewers",
    "assistance_requests",
    "focal_points",
)


def _ignore(_result: object) -> None:
    """Nothing more to do once an edit succeeded: the tab refreshes from its changes."""


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class ReviewTab(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        iso3: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.iso3 = iso3
        self.today = today
        self.commands = ReviewCommands(ctx, iso3, self, self.reload)
        self.report_error: Callable[[QWidget | None, BaseException], None] = show_error
        self.reviews: list[ReviewRecord] = []
        self._people: list[FocalPointRecord] = []
        self._key: tuple[int, int] | None = None
        self._build()
        self.refresher = Refresher(self, ctx.events, self.reload, REVIEW_TABLES, iso3)
        self.reload()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.selector = QComboBox(self)
        self.selector_label = QLabel(self.tr("Re&view:"), self)
        self.selector_label.setBuddy(self.selector)
        self.new_button = QPushButton(self.tr("New revie&w…"), self)
        self.summary = QLabel(self)
        self.overdue_badge = QLabel(self)
        self.overdue_badge.setStyleSheet(f"color: {OVERDUE_COLOR.name()}; font-weight: bold;")
        self.ladder = StageLadder(self)
        self.next_button = QPushButton(self.tr("&Next stage"), self)
        self.change_button = QPushButton(self.tr("&Change stage…"), self)
        self.empty = QLabel(
            self.tr("No review is recorded for this State. Use “New review…” to record one."), self
        )
        self.events_model = StageEventsModel(self)
        self.timeline = _table(self)
        self.timeline.setModel(self.events_model)
        size_columns(self.timeline, self.events_model)
        self.due_model = DueDatesModel(self)
        self.due_table = _table(self)
        self.due_table.setModel(self.due_model)
        size_columns(self.due_table, self.due_model)
        self.due_table.setMaximumHeight(118)
        states = list_states(self.ctx.database)
        self.details = ReviewDetailsPanel(states, self.ctx.language, self)
        self.assistance = AssistancePanel(self)
        self._lay_out()
        self.selector.currentIndexChanged.connect(self._selector_changed)
        self.new_button.clicked.connect(self.open_new_review_dialog)
        self.next_button.clicked.connect(self.move_to_next_stage)
        self.change_button.clicked.connect(self.open_change_stage_dialog)
        self.details.save_requested.connect(self.save_details)
        self.assistance.add_requested.connect(self.open_assistance_dialog)
        self.assistance.status_requested.connect(self.set_assistance_status)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.selector_label)
        top.addWidget(self.selector)
        top.addWidget(self.summary, 1)
        top.addWidget(self.overdue_badge)
        top.addWidget(self.next_button)
        top.addWidget(self.change_button)
        top.addWidget(self.new_button)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.ladder, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Timeline</b>"), left))
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(QLabel(self.tr("<b>Due dates</b>"), left))
        left_layout.addWidget(self.due_table)
        self.stage_pane = left
        right = QSplitter(Qt.Orientation.Vertical, self)
        # scrolled: on a laptop, the whole form would make the window taller than the screen
        self.details_scroll = QScrollArea(self)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidget(self.details)
        details_pane = QWidget(self)
        details_column = QVBoxLayout(details_pane)
        details_column.setContentsMargins(0, 0, 0, 0)
        details_column.addWidget(self.details_scroll, 1)
        details_column.addWidget(self.details.save_row)  # Save in sight, the form scrolled
        right.addWidget(details_pane)
        right.addWidget(self.assistance)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        self.body = QSplitter(self)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setChildrenCollapsible(False)
        self.body.setStretchFactor(0, 9)
        self.body.setStretchFactor(1, 11)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(stage_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            # the tab may be shown before its layout gave the body its width
            width = max(self.body.width(), self.width() - 20, 800)
            self.body.setSizes([width * 9 // 20, width * 11 // 20])

    # --- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        database = self.ctx.database
        self.reviews = reviews_service.list_reviews(database, self.iso3)
        self._people = people_service.list_focal_points(database, self.iso3)
        self.assistance.show_requests(reviews_service.list_assistance(database, self.iso3))
        keys = [(r.review_group, r.cluster) for r in self.reviews]
        if self._key not in keys:
            self._key = keys[-1] if keys else None
        self.selector.blockSignals(True)
        self.selector.clear()
        for review in self.reviews:
            self.selector.addItem(self._review_title(review))
        if self._key is not None:
            self.selector.setCurrentIndex(keys.index(self._key))
        self.selector.blockSignals(False)
        several = len(self.reviews) > 1
        self.selector.setVisible(several)
        self.selector_label.setVisible(several)
        self._show_review(self.current_review())

    def _review_title(self, review: ReviewRecord) -> str:
        return self.tr("Group {group}, cluster {cluster}").format(
            group=review.review_group, cluster=review.cluster
        )

    def _selector_changed(self, index: int) -> None:
        if 0 <= index < len(self.reviews):
            review = self.reviews[index]
            self._key = (review.review_group, review.cluster)
            self._show_review(review)

    def current_review(self) -> ReviewRecord | None:
        for review in self.reviews:
            if (review.review_group, review.cluster) == self._key:
                return review
        return None

    def _show_review(self, review: ReviewRecord | None) -> None:
        has_review = review is not None
        self.empty.setVisible(not has_review)
        for widget in (self.ladder, self.next_button, self.change_button):
            widget.setVisible(has_review)
        self.stage_pane.setVisible(has_review)
        self.details.setVisible(has_review)
        if review is None:
            self.summary.setText("")
            self.overdue_badge.setText("")
            return
        since = ltr_date(review.stage_since) if review.stage_since else self.tr("date unknown")
        stage = self.tr("<b>{stage}</b> since {since}").format(
            stage=stage_label(review.stage), since=since
        )
        title = self._review_title(review)
        self.summary.setText(stage if len(self.reviews) > 1 else f"{title} · {stage}")
        self.ladder.show_review(review)
        following = next_stage(review.stage)
        self.next_button.setEnabled(following is not None)
        self.next_button.setText(
            self.tr("&Next stage: {stage}").format(stage=stage_label(following))
            if following is not None
            else self.tr("&Next stage")
        )
        self.events_model.set_rows(timeline_rows(review))
        self.due_model.set_rows(due_rows(review, self._people, self.today()))
        overdue = self.due_model.overdue_count()
        self.overdue_badge.setText(
            self.tr("⚠ {count} overdue").format(count=overdue) if overdue else ""
        )
        self._flag_if_changed_meanwhile(review)
        self.details.load(review)

    def _flag_if_changed_meanwhile(self, review: ReviewRecord) -> None:
        """While details are being edited, a newer version of their review is this
        window's own write (adopted) or someone else's (flagged now, refused at save)."""
        edited = self.details.edited_review()
        if not self.details.dirty or edited is None or edited.id != review.id:
            return
        if edited.version == review.version:
            return
        if self.commands.wrote(review):
            self.details.adopt(review)
            return
        notice = review_edited_meanwhile(
            self.ctx.database, self.iso3, review.review_group, review.cluster, edited.version
        )
        if notice is not None:
            self.details.flag_changed(notice)

    # --- edits ---------------------------------------------------------------------------

    def move_to_next_stage(self) -> None:
        review = self.current_review()
        following = next_stage(review.stage) if review else None
        if review is None or following is None:
            return
        choice = StageChoice(following, self.today(), None, None)
        self.commands.change_stage(review, choice, _ignore, self._report)

    def open_change_stage_dialog(self) -> ChangeStageDialog | None:
        review = self.current_review()
        if review is None:
            return None

        def save(choice: StageChoice, done: Done, failed: Failed) -> None:
            self.commands.change_stage(review, choice, done, failed)

        dialog = ChangeStageDialog(save, review.stage, self.today(), self)
        dialog.open()
        return dialog

    def open_new_review_dialog(self) -> NewReviewDialog:
        def save(key: tuple[int, int], done: Done, failed: Failed) -> None:
            def created(review: ReviewRecord) -> None:
                self._key = key
                self.reload()
                done(review)

            self.commands.create_review(*key, created, failed)

        dialog = NewReviewDialog(save, self)
        dialog.open()
        return dialog

    def save_details(self, details: ReviewDetails) -> None:
        review = self.details.edited_review()  # as read: a change since is refused
        if review is None:
            return

        def refused(error: BaseException) -> None:
            self.details.dirty = True
            self.details.show_problems(error)

        self.details.dirty = False
        self.commands.update_details(review, details, _ignore, refused)

    def open_assistance_dialog(self) -> AssistanceDialog:
        dialog = AssistanceDialog(self.commands.add_assistance, self.today(), self)
        dialog.open()
        return dialog

    def set_assistance_status(self, request: object, status: object) -> None:
        if not isinstance(request, AssistanceRecord) or not isinstance(status, AssistanceStatus):
            return
        self.commands.set_assistance_status(request, status, _ignore, self._report)

    def _report(self, error: BaseException) -> None:
        self.report_error(self, error)
