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

    assert tab.events_model.rowCount() == 1
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
    assert tab.events_model.rowCount() == 2

    ui_context.undo_stack.undo()
    ui_context.undo_stack.undo()
    assert tab.events_model.rowCount() == 0
    review = _review(ui_context.database)
    assert (review.stage, review.events) == (Stage.NOT_STARTED, ())
    ui_context.undo_stack.redo()
    assert _review(ui_context.database).stage is Stage.PRELIMINARY_CONSULTATION
    assert tab.events_model.rowCount() == 1


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
    ui_context.events.state_changed.emit(ISO3)
    first = tab.due_model.row_at(0)
    assert (first.met, first.overdue, first.met_on) == (True, False, date(2019, 3, 1))
    assert tab.due_model.index(0, DueDatesModel.COLUMN_STATUS).data() == ("Met late, on 2019-03-01")
    assert tab.overdue_badge.text() == "⚠ 1 overdue"


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
    assert not dialog.isVisible()
    review = _review(ui_context.database)
    assert (review.stage, review.suspended_reason) == (Stage.SUSPENDED, "لا توجد جهة اتصال")
    assert tab.events_model.event_at(1).note == "暂停审议"
    assert tab.ladder.chips[Stage.SUSPENDED].isVisibleTo(tab)
    assert not tab.next_button.isEnabled()
    assert tab.details.suspended_reason.text() == "لا توجد جهة اتصال"

    ui_context.undo_stack.undo()
    review = _review(ui_context.database)
    assert (review.stage, review.suspended_reason) == (Stage.PRELIMINARY_CONSULTATION, None)
    assert not tab.ladder.chips[Stage.SUSPENDED].isVisibleTo(tab)


def test_a_stage_date_before_the_last_change_is_refused(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    _started_review(ui_context.database, date(2024, 5, 1))
    tab = _tab(qtbot, ui_context)
    dialog = tab.open_change_stage_dialog()
    assert dialog is not None
    dialog.on.setDate(dialog.on.date().addYears(-1))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert _review(ui_context.database).stage is Stage.PRELIMINARY_CONSULTATION
    assert ui_context.undo_stack.count() == 0


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

    review = _review(ui_context.database)
    assert review.reviewing_states == ("CHN", "SAU")
    assert review.working_languages == ("ar", "zh")
    assert review.language_agreement is True
    assert review.saq_progress == 0.4
    assert review.saq_submitted_on == date(2024, 3, 1)
    assert not details.dirty
    due = {tab.due_model.row_at(r).what for r in range(tab.due_model.rowCount())}
    assert "written_feedback" in due

    ui_context.undo_stack.undo()
    review = _review(ui_context.database)
    assert (review.reviewing_states, review.saq_progress) == ((), None)
    assert details.reviewer_codes() == []
    assert details.saq_progress.value() == -1  # "Not recorded"


def test_a_state_cannot_review_itself(qtbot: QtBot, ui_context: UiContext) -> None:
    _started_review(ui_context.database)
    tab = _tab(qtbot, ui_context)
    tab.details.picker_edit.setText("EGY")
    tab.details.add_picked_state()
    qtbot.mouseClick(tab.details.save_button, Qt.MouseButton.LeftButton)
    assert tab.details.problems["reviewing_states"].isVisibleTo(tab)
    assert tab.details.dirty
    assert _review(ui_context.database).reviewing_states == ()
    assert ui_context.undo_stack.count() == 0


def test_new_review_and_the_selector(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    assert tab.empty.isVisibleTo(tab)
    assert not tab.next_button.isVisibleTo(tab)
    dialog = tab.open_new_review_dialog()
    dialog.group.setValue(1)
    dialog.cluster.setValue(2)
    dialog.accept()
    assert not tab.empty.isVisibleTo(tab)
    assert not tab.selector.isVisibleTo(tab)

    again = tab.open_new_review_dialog()
    again.group.setValue(1)
    again.cluster.setValue(2)
    again.accept()
    assert again.isVisible() and again.error.isVisibleTo(again)
    again.group.setValue(2)
    again.cluster.setValue(1)
    again.accept()
    assert tab.selector.isVisibleTo(tab)
    assert tab.selector.count() == 2
    current = tab.current_review()
    assert current is not None
    assert (current.review_group, current.cluster) == (2, 1)

    tab.selector.setCurrentIndex(0)
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    first = reviews.list_reviews(ui_context.database, ISO3)[0]
    assert first.stage is Stage.PRELIMINARY_CONSULTATION

    stack = ui_context.undo_stack
    stack.undo()  # the stage change
    stack.undo()  # the second review
    assert tab.selector.count() == 1
    assert not tab.selector.isVisibleTo(tab)
    stack.undo()  # the first review
    assert reviews.list_reviews(ui_context.database, ISO3) == []
    assert tab.empty.isVisibleTo(tab)
    for _ in range(3):
        stack.redo()
    first = reviews.list_reviews(ui_context.database, ISO3)[0]
    assert first.stage is Stage.PRELIMINARY_CONSULTATION


def test_assistance_requests(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    panel = tab.assistance
    dialog = tab.open_assistance_dialog()
    dialog.topic.setCurrentIndex(dialog.topic.findData(AssistanceTopic.LEGISLATION.value))
    dialog.note.setText("法律起草援助")
    dialog.accept()
    assert not dialog.isVisible()
    assert panel.model.rowCount() == 1
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
    assert reviews.list_assistance(ui_context.database, ISO3)[0].status is AssistanceStatus.CLOSED
    assert panel.model.index(0, AssistanceModel.COLUMN_STATUS).data() == "Closed"

    stack = ui_context.undo_stack
    stack.undo()
    stack.undo()
    assert reviews.list_assistance(ui_context.database, ISO3) == []
    stack.redo()
    stack.redo()
    (request,) = reviews.list_assistance(ui_context.database, ISO3)
    assert request.status is AssistanceStatus.CLOSED
