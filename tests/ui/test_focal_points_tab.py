"""The Focal points tab of a State's page, driven through its widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.errors import ConflictError
from fwgdesk.domain.people import FocalPointInput, FocalPointRecord
from fwgdesk.domain.wording import english
from fwgdesk.services import people
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.focal_points_model import FocalPointsModel, history_order
from fwgdesk.ui.views.state.focal_points_tab import FocalPointsTab
from fwgdesk.ui.widgets.conflicts import Decision
from tests.support.ui import announce, redo, settle, undo

ISO3 = "EGY"


def _tab(qtbot: QtBot, ctx: UiContext) -> FocalPointsTab:
    tab = FocalPointsTab(ctx, ISO3, today=lambda: date(2024, 5, 2))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _seed(database: Database) -> None:
    add = people.add_focal_point
    add(
        database,
        ISO3,
        FocalPointInput(
            Role.FOCAL_POINT,
            "أحمد الشريف",
            Gender.MALE,
            designated_on=date(2021, 3, 2),
            languages=("ar",),
        ),
    )
    add(
        database,
        ISO3,
        FocalPointInput(
            Role.FOCAL_POINT,
            "ليلى حسن",
            Gender.FEMALE,
            designated_on=date(2018, 5, 10),
            ended_on=date(2021, 3, 1),
        ),
    )
    add(
        database,
        ISO3,
        FocalPointInput(
            Role.GOVERNMENTAL_EXPERT,
            "王晓明",
            Gender.MALE,
            institution="公安部",
            designated_on=date(2022, 1, 15),
        ),
    )


def _names(tab: FocalPointsTab) -> list[str]:
    return [tab.model.person_at(r).name for r in range(tab.model.rowCount())]


def _row_of(tab: FocalPointsTab, name: str) -> int:
    return _names(tab).index(name)


def test_focal_points_model_is_a_well_behaved_model(
    qtmodeltester: ModelTester, database: Database
) -> None:
    _seed(database)
    model = FocalPointsModel()
    model.set_rows(history_order(people.list_focal_points(database, ISO3)))
    qtmodeltester.check(model)
    assert [model.person_at(r).name for r in range(3)] == ["أحمد الشريف", "王晓明", "ليلى حسن"]
    ended = model.index(2, FocalPointsModel.COLUMN_ENDED)
    assert ended.data() == "2021-03-01"
    assert isinstance(ended.data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, FocalPointsModel.COLUMN_ROLE).data() == "Governmental expert"
    assert model.index(0, FocalPointsModel.COLUMN_LANGUAGES).data() == "Arabic"


def test_adding_a_focal_point_through_the_dialog(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    assert tab.model.rowCount() == 0
    dialog = tab.open_add_dialog()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.email, "chen.jing@example.org")
    dialog.name.setText("陈静")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FOCAL_POINT.value))
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE.value))
    dialog.institution.setText("外交部")
    dialog.language_boxes["zh"].setChecked(True)
    dialog.other_languages.setText("pt")
    dialog.designated_on.set_value(date(2023, 9, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)

    assert not dialog.isVisible()
    assert _names(tab) == ["陈静"]
    row = tab.model.index(0, FocalPointsModel.COLUMN_LANGUAGES)
    assert row.data() == "Chinese and pt"
    saved = people.list_focal_points(ui_context.database, ISO3)
    assert [(p.name, p.email, p.languages) for p in saved] == [
        ("陈静", "chen.jing@example.org", ("zh", "pt"))
    ]
    assert saved[0].designated_on == date(2023, 9, 1)
    assert tab.selected_person() is not None


def test_a_bad_email_is_refused_and_nothing_is_saved(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    dialog = tab.open_add_dialog()
    dialog.name.setText("سارة")
    qtbot.keyClicks(dialog.email, "sara-at-example")
    dialog.phone.setText("call me")
    dialog.designated_on.set_value(date(2023, 9, 1))
    dialog.ended_on.set_value(date(2023, 1, 1))
    dialog.accept()

    assert dialog.isVisible()
    for key in ("email", "phone", "ended_on"):
        assert dialog.problems[key].isVisibleTo(dialog), key
    assert "e-mail" in dialog.problems["email"].text()
    assert not dialog.problems["name"].isVisibleTo(dialog)
    assert people.list_focal_points(ui_context.database, ISO3) == []
    assert ui_context.history.count() == 0
    assert tab.model.rowCount() == 0

    dialog.name.setText("")
    dialog.email.setText("sara@example.org")
    dialog.phone.setText("+20 2 1234 5678")
    dialog.ended_on.set_value(None)
    dialog.accept()
    assert dialog.problems["name"].isVisibleTo(dialog)
    assert people.list_focal_points(ui_context.database, ISO3) == []

    dialog.name.setText("سارة")
    dialog.accept()
    settle(qtbot, ui_context)
    assert not dialog.isVisible()
    assert _names(tab) == ["سارة"]


def test_ending_a_designation_keeps_the_row_and_undoes(qtbot: QtBot, ui_context: UiContext) -> None:
    _seed(ui_context.database)
    tab = _tab(qtbot, ui_context)
    assert tab.summary.text() == "2 active · 1 ended"
    tab.table.selectRow(_row_of(tab, "أحمد الشريف"))
    assert tab.end_button.isEnabled()
    dialog = tab.open_end_dialog()
    assert dialog is not None
    assert dialog.value() == date(2024, 5, 2)
    dialog.accept()
    settle(qtbot, ui_context)

    ended = next(
        p for p in people.list_focal_points(ui_context.database, ISO3) if p.name == "أحمد الشريف"
    )
    assert ended.ended_on == date(2024, 5, 2)
    row = _row_of(tab, "أحمد الشريف")
    assert tab.model.index(row, 0).data(FocalPointsModel.ActiveRole) is False
    assert _names(tab)[0] == "王晓明"  # the active first
    assert tab.summary.text() == "1 active · 2 ended"
    assert not tab.end_button.isEnabled()

    undo(qtbot, ui_context)
    assert _names(tab)[0] == "أحمد الشريف"
    active = {p.name for p in people.list_focal_points(ui_context.database, ISO3) if p.active}
    assert active == {"أحمد الشريف", "王晓明"}
    redo(qtbot, ui_context)
    active = {p.name for p in people.list_focal_points(ui_context.database, ISO3) if p.active}
    assert active == {"王晓明"}

    tab.show_ended.setChecked(False)
    assert _names(tab) == ["王晓明"]
    tab.show_ended.setChecked(True)
    assert len(_names(tab)) == 3


def test_an_end_date_before_the_designation_is_refused(qtbot: QtBot, ui_context: UiContext) -> None:
    _seed(ui_context.database)
    tab = _tab(qtbot, ui_context)
    tab.table.selectRow(_row_of(tab, "王晓明"))
    dialog = tab.open_end_dialog()
    assert dialog is not None
    dialog.ended_on.setDate(dialog.ended_on.date().fromString("2020-01-01", "yyyy-MM-dd"))
    dialog.accept()
    settle(qtbot, ui_context)
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert all(
        p.active for p in people.list_focal_points(ui_context.database, ISO3) if p.name == "王晓明"
    )
    assert ui_context.history.count() == 0


def test_add_undo_redo_then_edit_follows_the_recreated_person(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    database = ui_context.database
    tab = _tab(qtbot, ui_context)
    dialog = tab.open_add_dialog()
    dialog.name.setText("Amina Diallo")
    dialog.accept()
    settle(qtbot, ui_context)
    first_id = people.list_focal_points(database, ISO3)[0].id

    undo(qtbot, ui_context)
    assert people.list_focal_points(database, ISO3) == []
    assert tab.model.rowCount() == 0
    # someone else takes the freed id, so the re-created person gets another one
    people.add_focal_point(database, "CHN", FocalPointInput(Role.OBSERVER, "李华"))
    redo(qtbot, ui_context)
    again = people.list_focal_points(database, ISO3)
    assert [p.name for p in again] == ["Amina Diallo"]
    assert again[0].id != first_id
    assert _names(tab) == ["Amina Diallo"]

    tab.table.selectRow(0)
    edit = tab.open_edit_dialog()
    assert edit is not None
    assert edit.name.text() == "Amina Diallo"
    edit.name.setText("أمينة ديالو")
    edit.title_edit.setText("Directrice")
    edit.accept()
    settle(qtbot, ui_context)
    assert not edit.isVisible()
    assert _names(tab) == ["أمينة ديالو"]

    undo(qtbot, ui_context)  # the edit
    undo(qtbot, ui_context)  # the addition
    assert people.list_focal_points(database, ISO3) == []
    redo(qtbot, ui_context)
    redo(qtbot, ui_context)
    final = people.list_focal_points(database, ISO3)
    assert [(p.name, p.title) for p in final] == [("أمينة ديالو", "Directrice")]
    undo(qtbot, ui_context)
    assert [p.name for p in people.list_focal_points(database, ISO3)] == ["Amina Diallo"]


def test_editing_another_state_does_not_touch_this_tab(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = _tab(qtbot, ui_context)
    people.add_focal_point(ui_context.database, "CHN", FocalPointInput(Role.OBSERVER, "李华"))
    announce(ui_context, ["CHN"], ["focal_points"])
    assert tab.model.rowCount() == 0


def test_designating_another_focal_point_asks_when_the_first_one_ends(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    _seed(ui_context.database)
    tab = _tab(qtbot, ui_context)
    dialog = tab.open_add_dialog()
    dialog.name.setText("Mona Farid")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FOCAL_POINT.value))
    dialog.designated_on.set_value(date(2024, 3, 1))
    dialog.accept()
    settle(qtbot, ui_context)
    question = tab.end_dialog
    assert question is not None and question.isVisible(), "the predecessor's end was not asked"
    assert question.value() == date(2024, 3, 1), "the new designation's day is not proposed"
    assert dialog.isVisible(), "the form closed before anything was saved"
    assert "أحمد الشريف" in dialog.error.text(), "the form does not say who is active"
    question.accept()
    settle(qtbot, ui_context)
    assert not question.isVisible() and not dialog.isVisible(), "the dialogs stayed open"
    active = [p.name for p in people.list_focal_points(ui_context.database, ISO3) if p.active]
    assert sorted(active) == sorted(["Mona Farid", "王晓明"]), f"active: {active}"
    assert ui_context.history.count() == 1, "the designation and the end are not one edit"
    undo(qtbot, ui_context)
    active = [p.name for p in people.list_focal_points(ui_context.database, ISO3) if p.active]
    assert sorted(active) == sorted(["王晓明", "أحمد الشريف"]), f"after undo: {active}"


def test_declining_to_end_the_predecessor_saves_nothing(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    _seed(ui_context.database)
    tab = _tab(qtbot, ui_context)
    dialog = tab.open_add_dialog()
    dialog.name.setText("Mona Farid")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FOCAL_POINT.value))
    dialog.accept()
    settle(qtbot, ui_context)
    assert tab.end_dialog is not None, "the predecessor's end was not asked"
    tab.end_dialog.reject()
    assert dialog.isVisible(), "the form closed"
    names = [p.name for p in people.list_focal_points(ui_context.database, ISO3)]
    assert "Mona Farid" not in names, "the person was saved anyway"
    assert ui_context.history.count() == 0, "an edit was kept"


def _edit_meets_another_change(
    qtbot: QtBot, ui_context: UiContext, decision: Decision
) -> FocalPointRecord:
    """Open the edit form, let another window change the person, then save."""
    _seed(ui_context.database)
    tab = _tab(qtbot, ui_context)
    asked: list[str] = []

    def ask(_parent: object, error: ConflictError) -> Decision:
        asked.append(english(error))
        return decision

    tab.edits.ask_conflict = ask
    tab.table.selectRow(_row_of(tab, "王晓明"))
    dialog = tab.open_edit_dialog()
    assert dialog is not None
    read = tab.selected_person()
    assert read is not None
    elsewhere = replace(read.as_input(), institution="公安部刑侦局")
    people.update_focal_point(ui_context.database, read.id, elsewhere, read.version)
    dialog.phone.setText("+86 10 1234 5678")
    dialog.accept()
    settle(qtbot, ui_context)
    assert len(asked) == 1, "the conflict was not put to the user"
    assert "institution: 公安部 → 公安部刑侦局" in asked[0], f"who changed what: {asked[0]}"
    assert not dialog.isVisible(), "the form stayed open"
    (saved,) = [p for p in people.list_focal_points(ui_context.database, ISO3) if p.id == read.id]
    return saved


def test_a_save_over_another_change_is_refused_and_the_tab_reloads(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    saved = _edit_meets_another_change(qtbot, ui_context, Decision.RELOAD)
    assert (saved.institution, saved.phone) == ("公安部刑侦局", None), "the other change was lost"
    assert ui_context.history.count() == 0, "a refused save was kept as an edit"


def test_the_user_may_save_over_another_change(qtbot: QtBot, ui_context: UiContext) -> None:
    saved = _edit_meets_another_change(qtbot, ui_context, Decision.OVERWRITE)
    assert saved.phone == "+86 10 1234 5678", "the user's change was not saved"
    assert ui_context.history.count() == 1, "the save over it is not one edit"
