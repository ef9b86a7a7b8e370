"""The Review tab of a State's page, driven through its widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import AssistanceStatus, AssistanceTopic, Gender, Role, Stage
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.domain.reviews import ReviewRecord
from fwgdesk.services import people, reviews
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.assistance_model import AssistanceModel
from fwgdesk.ui.models.due_dates_model import OVERDUE_COLOR, DueDatesModel, due_rows
from fwgdesk.ui.models.stage_events_model import StageEventsModel
from fwgdesk.ui.views.state.review_tab import ReviewTab
from tests.support.ui import announce, redo, settle, undo
from tests.ui.language import plain

ISO3 = "EGY"
TODAY = date(2024, 5, 2)


def _tab(qtbot: QtBot, ctx: UiContext) -> ReviewTab:
    tab = ReviewTab(ctx, ISO3, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    return tab


def _started_review(database: Database, on: date = date(2023, 10, 1)) -> int:
    review = reviews.create_review(database, ISO3, 1, 2)
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, on, "首次协商")
    return review.id


def _review(database: Database) -> ReviewRecord:
    (review,) = reviews.list_reviews(database, ISO3)
    return review


def test_review_models_are_well_behaved(qtmodeltester: ModelTester, database: Database) -> None:
    review_id = _started_review(database, date(2019, 1, 10))
    reviews.change_stage(database, review_id, Stage.SELF_ASSESSMENT, date(2019, 6, 1), "مذكرة")
    reviews.add_assistance(database, ISO3, AssistanceTopic.REVMOD, date(2019, 7, 1), "培训")
    review = _review(database)

    events = StageEventsModel()
    events.set_rows(review.events)
    qtmodeltester.check(events)
    assert events.index(1, StageEventsModel.COLUMN_STAGE).data() == "Self-assessment"
    assert events.index(1, StageEventsModel.COLUMN_NOTE).data() == "مذكرة"

    due = DueDatesModel()
    due.set_rows(due_rows(review, [], TODAY))
    qtmodeltester.check(due)
    assert due.overdue_count() == 2

    assistance = AssistanceModel()
    assistance.set_rows(reviews.list_assistance(database, ISO3))
    qtmodeltester.check(assistance)
    assert assistance.index(0, AssistanceModel.COLUMN_STATUS).data() == "Open"


def test_next_stage_button_adds_to_the_timeline_and_undoes(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    reviews.create_review(ui_context.database, ISO3, 1, 2)
    tab = _tab(qtbot, ui_context)
    assert tab.events_model.rowCount() == 0
    assert tab.next_button.text() == "&Next stage: Preliminary consultation"
    assert tab.ladder.chips[Stage.NOT_STARTED].property("ladderState") == "current"

    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)

    assert tab.events_model.rowCount() == 1, "the stage change is not on the timeline"
    event = tab.events_model.event_at(0)
    assert (event.stage, event.on) == (Stage.PRELIMINARY_CONSULTATION, TODAY)
    assert tab.events_model.index(0, StageEventsModel.COLUMN_STAGE).data() == (
        "Preliminary consultation"
    )
    assert _review(ui_context.database).stage is Stage.PRELIMINARY_CONSULTATION
    assert tab.ladder.chips[Stage.NOT_STARTED].property("ladderState") == "reached"
    assert tab.ladder.chips[Stage.PRELIMINARY_CONSULTATION].property("ladderState") == "current"
    assert "Self-assessment" in tab.next_button.text()

    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert tab.events_model.rowCount() == 2, "the second stage change is not on the timeline"

    undo(qtbot, ui_context)
    undo(qtbot, ui_context)
    assert tab.events_model.rowCount() == 0, "the timeline still shows undone changes"
    review = _review(ui_context.database)
    assert (review.stage, review.events) == (Stage.NOT_STARTED, ()), "the undo did not revert"
    redo(qtbot, ui_context)
    assert _review(ui_context.database).stage is Stage.PRELIMINARY_CONSULTATION, "not redone"
    assert tab.events_model.rowCount() == 1, "the timeline does not show the redone change"


def test_overdue_focal_point_is_flagged_for_a_review_started_long_ago(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    _started_review(ui_context.database, date(2019, 1, 10))
    tab = _tab(qtbot, ui_context)
    rows = [tab.due_model.row_at(r) for r in range(tab.due_model.rowCount())]
    assert [(r.what, r.due_on, r.overdue) for r in rows] == [
        ("focal_point", date(2019, 1, 24), True),
        ("self_assessment", date(2019, 7, 10), True),
    ]
    status = tab.due_model.index(0, DueDatesModel.COLUMN_STATUS)
    assert status.data().startswith("Overdue by")
    assert status.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert tab.overdue_badge.text() == "⚠ 2 overdue"

    people.add_focal_point(
        ui_context.database,
        ISO3,
        FocalPointInput(Role.FOCAL_POINT, "أحمد", Gender.MALE, designated_on=date(2019, 3, 1)),
    )
    announce(ui_context, [ISO3], ["focal_points"])
    first = tab.due_model.row_at(0)
    assert (first.met, first.overdue, first.met_on) == (True, False, date(2019, 3, 1)), (
        "the focal point's designation did not meet the due date"
    )
    status = tab.due_model.index(0, DueDatesModel.COLUMN_STATUS).data()
    assert plain(status) == "Met late, on 2019-03-01", f"status: {status}"
    assert tab.overdue_badge.text() == "⚠ 1 overdue", f"badge: {tab.overdue_badge.text()}"


def test_a_recent_review_is_not_overdue(qtbot: QtBot, ui_context: UiContext) -> None:
    _started_review(ui_context.database, date(2024, 4, 25))
    tab = _tab(qtbot, ui_context)
    assert tab.due_model.overdue_count() == 0
    assert tab.overdue_badge.text() == ""
    assert tab.due_model.index(0, DueDatesModel.COLUMN_STATUS).data() == "Due in 7 days"


def test_suspending_through_the_stage_dialog(qtbot: QtBot, ui_context: UiContext) -> None:
    _started_review(ui_context.database)
    tab = _tab(qtbot, ui_context)
    dialog = tab.open_change_stage_dialog()
    assert dialog is not None
    assert dialog.value().stage is Stage.SELF_ASSESSMENT  # the next stage by default
    assert dialog.value().on == TODAY
    dialog.set_stage(Stage.SUSPENDED)
    assert dialog.reason.isEnabled()
    dialog.reason.setText("لا توجد جهة اتصال")
    dialog.note.setPlainText("暂停审议")
    dialog.accept()
    settle(qtbot, ui_context)
    assert not dialog.isVisible(), "the dialog stayed open"
    review = _review(ui_context.database)
    assert (review.stage, review.suspended_reason) == (Stage.SUSPENDED, "لا توجد جهة اتصال")
    assert tab.events_model.event_at(1).note == "暂停审议"
    assert tab.ladder.chips[Stage.SUSPENDED].isVisibleTo(tab)
    assert not tab.next_button.isEnabled()
    assert tab.details.suspended_reason.text() == "لا توجد جهة اتصال"

    undo(qtbot, ui_context)
    review = _review(ui_context.database)
    assert (review.stage, review.suspended_reason) == (Stage.PRELIMINARY_CONSULTATION, None), (
        "the suspension was not undone"
    )
    assert not tab.ladder.chips[Stage.SUSPENDED].isVisibleTo(tab), "the ladder still suspended"


def test_a_stage_date_before_the_last_change_is_refused(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    _started_review(ui_context.database, date(2024, 5, 1))
    tab = _tab(qtbot, ui_context)
    dialog = tab.open_change_stage_dialog()
    assert dialog is not None
    dialog.on.setDate(dialog.on.date().addYears(-1))
    dialog.accept()
    settle(qtbot, ui_context)
    assert dialog.isVisible(), "the dialog closed on a refused date"
    assert dialog.error.isVisibleTo(dialog), "the refusal is not shown"
    assert _review(ui_context.database).stage is Stage.PRELIMINARY_CONSULTATION, "it was saved"
    assert ui_context.history.count() == 0, "a refused change was kept as an edit"


def test_saving_the_details_and_undoing(qtbot: QtBot, ui_context: UiContext) -> None:
    _started_review(ui_context.database)
    tab = _tab(qtbot, ui_context)
    details = tab.details
    assert not details.save_button.isEnabled()
    qtbot.keyClicks(details.picker_edit, "CHN")
    qtbot.mouseClick(details.add_reviewer, Qt.MouseButton.LeftButton)
    details.picker_edit.setText("Republic")  # several States match: nothing is added
    details.add_picked_state()
    details.picker_edit.setText("Saudi")
    details.add_picked_state()
    assert details.reviewer_codes() == ["CHN", "SAU"]
    details.language_boxes["ar"].setChecked(True)
    details.language_boxes["zh"].setChecked(True)
    details.agreement.setCurrentIndex(details.agreement.findData(True))
    details.saq_progress.setValue(40)
    details.saq_submitted.set_value(date(2024, 3, 1))
    assert details.save_button.isEnabled()
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)

    review = _review(ui_context.database)
    assert review.reviewing_states == ("CHN", "SAU")
    assert review.working_languages == ("ar", "zh")
    assert review.language_agreement is True
    assert review.saq_progress == 0.4
    assert review.saq_submitted_on == date(2024, 3, 1)
    assert not details.dirty
    due = {tab.due_model.row_at(r).what for r in range(tab.due_model.rowCount())}
    assert "written_feedback" in due

    undo(qtbot, ui_context)
    review = _review(ui_context.database)
    assert (review.reviewing_states, review.saq_progress) == ((), None), "the save not undone"
    assert details.reviewer_codes() == [], "the panel still shows the undone reviewers"
    assert details.saq_progress.value() == -1, "the panel's SAQ progress is not 'Not recorded'"


def test_a_state_cannot_review_itself(qtbot: QtBot, ui_context: UiContext) -> None:
    _started_review(ui_context.database)
    tab = _tab(qtbot, ui_context)
    tab.details.picker_edit.setText("EGY")
    tab.details.add_picked_state()
    qtbot.mouseClick(tab.details.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert tab.details.problems["reviewing_states"].isVisibleTo(tab), "the refusal is not shown"
    assert tab.details.dirty, "the refused details are no longer marked unsaved"
    assert _review(ui_context.database).reviewing_states == (), "the State reviews itself"
    assert ui_context.history.count() == 0, "a refused save was kept as an edit"


def test_new_review_and_the_selector(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    assert tab.empty.isVisibleTo(tab)
    assert not tab.next_button.isVisibleTo(tab)
    dialog = tab.open_new_review_dialog()
    dialog.group.setValue(1)
    dialog.cluster.setValue(2)
    dialog.accept()
    settle(qtbot, ui_context)
    assert not tab.empty.isVisibleTo(tab), "the tab still says there is no review"
    assert not tab.selector.isVisibleTo(tab), "a selector for a single review"

    again = tab.open_new_review_dialog()
    again.group.setValue(1)
    again.cluster.setValue(2)
    again.accept()
    settle(qtbot, ui_context)
    assert again.isVisible() and again.error.isVisibleTo(again), "a duplicate review not refused"
    again.group.setValue(2)
    again.cluster.setValue(1)
    again.accept()
    settle(qtbot, ui_context)
    assert tab.selector.isVisibleTo(tab), "no selector for two reviews"
    assert tab.selector.count() == 2
    current = tab.current_review()
    assert current is not None
    assert (current.review_group, current.cluster) == (2, 1)

    tab.selector.setCurrentIndex(0)
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    first = reviews.list_reviews(ui_context.database, ISO3)[0]
    assert first.stage is Stage.PRELIMINARY_CONSULTATION, "the selected review did not move on"

    undo(qtbot, ui_context)  # the stage change
    undo(qtbot, ui_context)  # the second review
    assert tab.selector.count() == 1, f"the selector lists {tab.selector.count()} reviews"
    assert not tab.selector.isVisibleTo(tab), "a selector for a single review"
    undo(qtbot, ui_context)  # the first review
    assert reviews.list_reviews(ui_context.database, ISO3) == [], "a review was left"
    assert tab.empty.isVisibleTo(tab), "the tab does not say there is no review"
    for _ in range(3):
        redo(qtbot, ui_context)
    first = reviews.list_reviews(ui_context.database, ISO3)[0]
    assert first.stage is Stage.PRELIMINARY_CONSULTATION, "the stage change was not redone"


def test_assistance_requests(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    panel = tab.assistance
    dialog = tab.open_assistance_dialog()
    dialog.topic.setCurrentIndex(dialog.topic.findData(AssistanceTopic.LEGISLATION.value))
    dialog.note.setText("法律起草援助")
    dialog.accept()
    settle(qtbot, ui_context)
    assert not dialog.isVisible(), "the dialog stayed open"
    assert panel.model.rowCount() == 1, "the panel does not show the request"
    (request,) = reviews.list_assistance(ui_context.database, ISO3)
    assert (request.topic, request.requested_on, request.note) == (
        AssistanceTopic.LEGISLATION,
        TODAY,
        "法律起草援助",
    )

    panel.table.selectRow(0)
    assert panel.status.isEnabled()
    panel.status.setCurrentIndex(panel.status.findData(AssistanceStatus.CLOSED.value))
    panel.status.activated.emit(panel.status.currentIndex())
    settle(qtbot, ui_context)
    status = reviews.list_assistance(ui_context.database, ISO3)[0].status
    assert status is AssistanceStatus.CLOSED, f"saved status: {status}"
    shown = panel.model.index(0, AssistanceModel.COLUMN_STATUS).data()
    assert shown == "Closed", f"shown status: {shown}"

    undo(qtbot, ui_context)
    undo(qtbot, ui_context)
    assert reviews.list_assistance(ui_context.database, ISO3) == [], "the request was left"
    redo(qtbot, ui_context)
    redo(qtbot, ui_context)
    (request,) = reviews.list_assistance(ui_context.database, ISO3)
    assert request.status is AssistanceStatus.CLOSED, f"after redo: {request.status}"
