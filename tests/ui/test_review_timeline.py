"""The Review tab's ladder, timeline and dates: what a review went through, as recorded."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fwgdesk.domain.enums import Stage
from fwgdesk.services import reviews
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.date_fields import OptionalDateEdit
from fwgdesk.ui.models.stage_events_model import StageEventsModel
from fwgdesk.ui.views.state.review_tab import ReviewTab
from tests.ui.language import language, plain

ISO3 = "MEX"
TODAY = date(2026, 12, 2)
LTR_ISOLATE = "\u2066"


def _tab(qtbot: QtBot, ctx: UiContext) -> ReviewTab:
    tab = ReviewTab(ctx, ISO3, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    return tab


def _imported_review(ctx: UiContext, stage: Stage, since: date) -> None:
    """A review as data from before stage changes were kept left it: a stage and its date,
    no stage change."""
    review = reviews.create_review(ctx.database, ISO3, 1, 1)
    with ctx.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE reviews SET stage = :stage, stage_since = :since WHERE id = :id"),
            {"stage": stage.value, "since": since, "id": review.id},
        )


def test_a_skipped_stage_is_not_ticked_as_reached(qtbot: QtBot, ui_context: UiContext) -> None:
    review = reviews.create_review(ui_context.database, ISO3, 1, 1)
    reviews.change_stage(ui_context.database, review.id, Stage.SELF_ASSESSMENT, date(2024, 3, 1))
    tab = _tab(qtbot, ui_context)
    chips = tab.ladder.chips

    skipped = chips[Stage.PRELIMINARY_CONSULTATION]
    assert skipped.property("ladderState") == "skipped", "a skipped stage shows as reached"
    assert not skipped.text().startswith("✓"), f"a skipped stage is ticked: {skipped.text()}"
    assert "no stage change recorded" in skipped.accessibleName(), skipped.accessibleName()
    assert chips[Stage.NOT_STARTED].property("ladderState") == "reached", "where it began"
    assert chips[Stage.SELF_ASSESSMENT].property("ladderState") == "current"
    assert chips[Stage.WRITTEN_FEEDBACK].property("ladderState") == "ahead"


def test_stages_gone_through_are_ticked(qtbot: QtBot, ui_context: UiContext) -> None:
    review = reviews.create_review(ui_context.database, ISO3, 1, 1)
    for stage, on in (
        (Stage.PRELIMINARY_CONSULTATION, date(2024, 1, 5)),
        (Stage.SELF_ASSESSMENT, date(2024, 3, 1)),
        (Stage.WRITTEN_FEEDBACK, date(2024, 9, 1)),
    ):
        reviews.change_stage(ui_context.database, review.id, stage, on)
    tab = _tab(qtbot, ui_context)
    for stage in (Stage.PRELIMINARY_CONSULTATION, Stage.SELF_ASSESSMENT):
        chip = tab.ladder.chips[stage]
        assert chip.property("ladderState") == "reached", f"{stage} is not shown reached"
        assert chip.text().startswith("✓"), f"{stage} reached but not ticked: {chip.text()}"


def test_an_imported_review_without_stage_changes_has_a_timeline(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    _imported_review(ui_context, Stage.NOT_STARTED, date(2022, 3, 10))
    tab = _tab(qtbot, ui_context)

    assert plain(tab.summary.text()).endswith("<b>Not started</b> since 2022-03-10"), (
        tab.summary.text()
    )
    assert tab.events_model.rowCount() == 1, "the timeline is empty"
    date_cell = tab.events_model.index(0, StageEventsModel.COLUMN_DATE)
    stage_cell = tab.events_model.index(0, StageEventsModel.COLUMN_STAGE)
    note_cell = tab.events_model.index(0, StageEventsModel.COLUMN_NOTE)
    assert (date_cell.data(), stage_cell.data()) == ("2022-03-10", "Not started"), (
        "the row is not the review's stage and stage date"
    )
    assert "As the review records it" in note_cell.data(), "the row does not say where it is from"
    font = note_cell.data(0x6)  # FontRole
    assert isinstance(font, QFont) and font.italic(), "the made-up row looks recorded"


def test_a_stage_without_its_change_is_shown_from_the_review(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    _imported_review(ui_context, Stage.SELF_ASSESSMENT, date(2022, 3, 10))
    tab = _tab(qtbot, ui_context)
    note = tab.events_model.index(0, StageEventsModel.COLUMN_NOTE).data()
    assert note == "As the review records it; no stage change recorded", note
    chip = tab.ladder.chips[Stage.PRELIMINARY_CONSULTATION]
    assert chip.property("ladderState") == "skipped", "an unrecorded stage is ticked"


def test_a_new_review_has_an_empty_timeline(qtbot: QtBot, ui_context: UiContext) -> None:
    reviews.create_review(ui_context.database, ISO3, 1, 1)
    tab = _tab(qtbot, ui_context)
    assert tab.events_model.rowCount() == 0, "a review never started shows a timeline row"


def test_no_submission_date_shows_no_date(qtbot: QtBot, ui_context: UiContext) -> None:
    reviews.create_review(ui_context.database, ISO3, 1, 1)
    tab = _tab(qtbot, ui_context)
    field = tab.details.saq_submitted
    assert not field.check.isChecked()
    assert field.editor.text() == "—", f"the greyed date shows {field.editor.text()!r}"
    assert field.value() is None

    field.check.setChecked(True)
    assert field.editor.text() != "—", "checking the box gives no date to edit"
    assert field.value() is not None, "a ticked date has no value"
    assert tab.details.dirty, "ticking the box is not an edit"


def test_an_unticked_date_keeps_the_one_typed(qtbot: QtBot) -> None:
    field = OptionalDateEdit("Known")
    qtbot.addWidget(field)
    field.set_value(date(2021, 6, 30))
    field.check.setChecked(False)
    assert field.value() is None and field.editor.text() == "—", field.editor.text()
    field.check.setChecked(True)
    assert field.value() == date(2021, 6, 30), "ticking again lost the date typed before"


def test_dates_in_arabic_sentences_stay_left_to_right(qtbot: QtBot, ui_context: UiContext) -> None:
    review = reviews.create_review(ui_context.database, ISO3, 1, 1)
    reviews.change_stage(
        ui_context.database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2026, 3, 1)
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with language(app, "ar"):
        tab = _tab(qtbot, ui_context)
        summary = tab.summary.text()
        statuses = [
            str(tab.due_model.index(row, 2).data()) for row in range(tab.due_model.rowCount())
        ]
    assert f"{LTR_ISOLATE}2026-03-01\u2069" in summary, f"the date is not isolated: {summary!r}"
    dated = [s for s in statuses if any(ch.isdigit() for ch in s) and "-" in s]
    assert all(LTR_ISOLATE in s for s in dated), f"a date in a status is not isolated: {dated}"
