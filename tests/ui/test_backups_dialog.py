"""Backups in the window: back up now, the list, and restoring a backup."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.backup import backups_dir_for, quick_check
from fwgdesk.db.engine import Database
from fwgdesk.db.rotation import backups
from fwgdesk.domain.summaries import StateSummary
from fwgdesk.services import people
from fwgdesk.services.maintenance import RestoreResult, list_backup_records
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.backups_dialog import BackupsDialog
from fwgdesk.ui.dialogs.database_actions import DatabaseActions
from fwgdesk.ui.models.backups_model import BackupsModel
from fwgdesk.ui.views.main_window import MainWindow
from tests.support.ui import announce, settle
from tests.test_desk_services import PERSON

TIMEOUT_MS = 15000


@pytest.fixture
def window(qtbot: QtBot, ui_context: UiContext) -> Iterator[MainWindow]:
    first = ui_context.database
    widget = MainWindow(ui_context)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    ui_context.writer.wait()
    ui_context.tasks.wait()
    if ui_context.database is not first:  # a restore put a database of its own in place
        ui_context.database.dispose()


def answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    """Answer every confirmation with *yes*; the questions asked are returned."""
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def backup_file(ctx: UiContext) -> Path:
    assert ctx.database.path is not None
    return ctx.database.path


def summary(window: MainWindow, iso3: str) -> StateSummary:
    model = window.states.table.model
    row = model.find_row(lambda s: s.iso3 == iso3)
    assert row is not None
    return model.summary_at(row)


def backed_up(qtbot: QtBot, dialog: BackupsDialog) -> Path:
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT_MS)
    chosen = dialog.selected_backup()
    assert chosen is not None and chosen.reason == "manual"
    return chosen.path


def idle(qtbot: QtBot, ctx: UiContext) -> None:
    """Wait until no reading and no write runs (a restore waits for both)."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=TIMEOUT_MS)
    settle(qtbot, ctx)


def test_backing_up_from_the_menu_makes_a_checked_backup_the_dialog_lists(
    qtbot: QtBot, window: MainWindow, ui_context: UiContext
) -> None:
    actions = window.database_actions
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    entries = {actions.back_up_action, actions.backups_action, actions.check_action}
    assert entries <= set(file_menu.actions())
    actions.back_up_action.trigger()
    qtbot.waitUntil(lambda: actions.task is None, timeout=TIMEOUT_MS)
    folder = backups_dir_for(backup_file(ui_context))
    (made,) = [b.path for b in backups(folder) if b.reason == "manual"]
    assert quick_check(made) == []
    assert made.name in window.statusBar().currentMessage()
    dialog = actions.open_backups()
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.backup_at(0).path == made  # newest first
    assert dialog.model.index(0, BackupsModel.COLUMN_KIND).data() == "Made by hand"
    kinds = [dialog.model.backup_at(r).reason for r in range(dialog.model.rowCount())]
    assert kinds == ["manual", "daily"]
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()


def test_the_backups_model_is_a_well_behaved_model(
    qtmodeltester: ModelTester, ui_context: UiContext
) -> None:
    model = BackupsModel()
    model.set_rows(list_backup_records(backups_dir_for(backup_file(ui_context))))
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == 1
    assert model.index(0, BackupsModel.COLUMN_KIND).data() == "Daily"
    assert model.index(0, BackupsModel.COLUMN_SIZE).data().endswith(("KB", "MB"))
    assert model.index(0, BackupsModel.COLUMN_SCHEMA).data().isdigit()


def test_restoring_brings_the_earlier_data_back_and_keeps_the_current(
    qtbot: QtBot, window: MainWindow, ui_context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_place(MainWindow.PLACE_STATES)
    dialog = window.database_actions.open_backups()
    assert dialog is not None
    chosen = backed_up(qtbot, dialog)
    people.add_focal_point(ui_context.database, "NPL", PERSON)
    announce(ui_context, ["NPL"], ["focal_points"])
    assert summary(window, "NPL").active_focal_points == 1, "the States table missed the edit"
    ui_context.history.edit("an edit", lambda _undone: None, lambda _done: None)
    settle(qtbot, ui_context)
    assert ui_context.history.count() == 1, "the edit was not kept for undo"
    replaced = ui_context.database
    asked = answer(monkeypatch, yes=True)
    idle(qtbot, ui_context)
    dialog.select_path(chosen)
    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT_MS) as restored:
        dialog.restore_button.click()
    settle(qtbot, ui_context)
    assert len(asked) == 1 and "kept first" in asked[0], f"asked: {asked}"
    result = restored.args[0]
    assert isinstance(result, RestoreResult) and result.restored_from == chosen, result
    assert ui_context.database is not replaced, "the window still uses the replaced database"
    assert people.list_focal_points(ui_context.database, "NPL") == [], "the edit is still there"
    shown = summary(window, "NPL").active_focal_points
    assert shown == 0, f"the States table still shows {shown} focal point after the restore"
    assert ui_context.history.count() == 0, "edits of the replaced database can still be undone"
    kept = result.previous_kept_as
    assert kept is not None and kept.exists()
    copy = Database(f"sqlite:///{kept}")
    try:
        assert [p.name for p in people.list_focal_points(copy, "NPL")] == ["Nadia Benali"]
    finally:
        copy.dispose()
    reasons = [dialog.model.backup_at(r).reason for r in range(dialog.model.rowCount())]
    assert "pre-restore" in reasons
    assert kept.name in dialog.status.text()


def test_declining_the_restore_changes_nothing(
    qtbot: QtBot, window: MainWindow, ui_context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.database_actions.open_backups()
    assert dialog is not None
    chosen = backed_up(qtbot, dialog)
    people.add_focal_point(ui_context.database, "NPL", PERSON)
    before = ui_context.database
    asked = answer(monkeypatch, yes=False)
    idle(qtbot, ui_context)
    dialog.select_path(chosen)
    dialog.restore_button.click()
    settle(qtbot, ui_context)
    assert len(asked) == 1 and dialog.task is None, f"asked: {asked}, task: {dialog.task}"
    assert ui_context.database is before, "the database was replaced"
    assert len(people.list_focal_points(ui_context.database, "NPL")) == 1
    folder = backups_dir_for(backup_file(ui_context))
    assert not [b for b in backups(folder) if b.reason == "pre-restore"]


@pytest.mark.parametrize("runner", ["tasks", "writer"])
def test_no_restore_while_other_work_runs(
    qtbot: QtBot,
    window: MainWindow,
    ui_context: UiContext,
    monkeypatch: pytest.MonkeyPatch,
    runner: str,
) -> None:
    """Neither while reading (tasks) nor while a write (the writer) runs."""
    dialog = window.database_actions.open_backups()
    assert dialog is not None
    dialog.table.selectRow(0)
    asked = answer(monkeypatch, yes=True)
    busy_one = getattr(ui_context, runner)
    monkeypatch.setattr(type(busy_one), "busy", property(lambda _self: True))
    dialog.restore_button.click()
    assert asked == [] and dialog.task is None, "the restore went ahead"
    assert "still running" in dialog.status.text(), f"status: {dialog.status.text()}"


def test_a_shared_database_has_no_backups_in_the_window(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    shared = Database("sqlite://")  # no file of its own, as on PostgreSQL
    try:
        host = QMainWindow()
        qtbot.addWidget(host)
        actions = DatabaseActions(replace(ui_context, database=shared), host)
        assert not actions.back_up_action.isEnabled()
        assert not actions.backups_action.isEnabled()
        assert "server administrator" in actions.backups_action.toolTip()
        assert actions.check_action.isEnabled()
        assert actions.open_backups() is None
    finally:
        shared.dispose()


def test_the_new_backup_is_chosen_right_to_left_too(
    qtbot: QtBot, ui_context: UiContext, qapp: QApplication
) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = BackupsDialog(ui_context)
        qtbot.addWidget(dialog)
        dialog.show()
        assert backed_up(qtbot, dialog).exists()
        assert dialog.restore_button.isEnabled()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
