"""A State's recommendations tab: linking from the catalogue, inline edits, suggestions, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import LinkStatus
from fwgdesk.domain.errors import ConflictError
from fwgdesk.services import links as links_service
from fwgdesk.services.catalogue import list_items
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.link_dialog import LinkDialog
from fwgdesk.ui.models.links_model import LinksModel, LinkStatusDelegate
from fwgdesk.ui.models.suggestions_model import SuggestionsModel
from fwgdesk.ui.views.state.links_tab import LINK_TABLES, LinksTab
from fwgdesk.ui.widgets.conflicts import Decision
from tests.support.ui import announce, redo, settle, undo

ISO3 = "AGO"  # a Protocol party: all-States and parties-only items are suggested


def make_tab(qtbot: QtBot, ctx: UiContext, iso3: str = ISO3) -> LinksTab:
    tab = LinksTab(ctx, iso3)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    errors: list[BaseException] = []
    tab.report_error = lambda _parent, error: errors.append(error)
    tab.errors = errors  # type: ignore[attr-defined]
    return tab


def linked_in_db(database: Database, iso3: str = ISO3) -> dict[str, str]:
    return {link.code: link.status for link in links_service.list_links(database, iso3)}


def test_link_all_ammunition_items_through_the_dialog_then_undo_and_redo(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    ammunition = [item.code for item in list_items(database, theme="ammunition")]
    assert len(ammunition) == 16
    tab = make_tab(qtbot, ui_context)
    assert tab.model.rowCount() == 0

    dialog = tab.open_link_dialog()
    assert isinstance(dialog, LinkDialog)
    assert not dialog.whole_theme.isEnabled()
    dialog.theme.setCurrentIndex(dialog.theme.findData("ammunition"))
    assert dialog.whole_theme.isEnabled()
    dialog.whole_theme.setChecked(True)
    assert dialog.chosen_codes() == ammunition
    assert dialog.link_button.isEnabled()
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)

    assert tab.model.codes() == ammunition, "the tab does not show the linked items"
    assert set(linked_in_db(database)) == set(ammunition), "not every item was linked"
    assert set(linked_in_db(database).values()) == {"not_assessed"}, "a status other than new"
    assert ui_context.history.count() == 1, "linking is not one edit"
    assert "16" in ui_context.history.undo_text(), ui_context.history.undo_text()
    suggested = {tab.suggestions.item_at(r).code for r in range(tab.suggestions.rowCount())}
    assert not suggested & set(ammunition), "linked items are still suggested"

    undo(qtbot, ui_context)
    assert linked_in_db(database) == {}, "the undo left links"
    assert tab.model.rowCount() == 0, "the tab still shows undone links"

    redo(qtbot, ui_context)
    assert set(linked_in_db(database)) == set(ammunition), "the redo did not link them again"
    assert tab.model.codes() == ammunition, "the tab does not show the redone links"
    assert tab.errors == [], tab.errors  # type: ignore[attr-defined]


def test_dialog_search_and_multi_select_skip_what_is_already_linked(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4"])
    settle(qtbot, ui_context)
    dialog = tab.open_link_dialog()
    dialog.search.setText("弹药")
    dialog.reload()
    shown = [dialog.model.item_at(r).code for r in range(dialog.model.rowCount())]
    assert "WG9-R4" in shown
    assert 1 < len(shown) < 132
    linked_row = shown.index("WG9-R4")
    assert not dialog.model.flags(dialog.model.index(linked_row, 0)) & (
        Qt.ItemFlag.ItemIsSelectable
    )

    dialog.table.selectAll()
    chosen = dialog.chosen_codes()
    assert "WG9-R4" not in chosen
    assert len(chosen) == len(shown) - 1
    last_selected = dialog.model.item_at(dialog.table.selectionModel().selectedRows()[-1].row())
    assert (last_selected.texts["zh"] or "")[:12] in dialog.detail.toPlainText()
    dialog.accept()
    settle(qtbot, ui_context)

    assert set(linked_in_db(database)) == {"WG9-R4", *chosen}, "the chosen items not linked"
    assert ui_context.history.count() == 2, f"{ui_context.history.count()} edits, not 2"
    undo(qtbot, ui_context)
    assert set(linked_in_db(database)) == {"WG9-R4"}, "the undo did not unlink the chosen"


def test_dialog_with_nothing_chosen_does_not_accept(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = make_tab(qtbot, ui_context)
    dialog = tab.open_link_dialog()
    assert not dialog.link_button.isEnabled()
    dialog.accept()
    settle(qtbot, ui_context)
    assert dialog.isVisible(), "the dialog accepted with nothing chosen"
    dialog.reject()
    settle(qtbot, ui_context)
    assert ui_context.history.count() == 0, "an edit was kept"


def test_inline_status_and_note_edits_are_saved_and_undone(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4", "WG9-R5"])
    settle(qtbot, ui_context)
    model = tab.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    row = model.row_of("WG9-R5")
    assert row == 1
    status = model.index(row, LinksModel.COLUMN_STATUS)
    assert model.flags(status) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, LinksModel.COLUMN_TITLE)) & Qt.ItemFlag.ItemIsEditable

    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.setData(status, "in_progress"), "the model refused the new status"
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (row, row), "the change was not told for its row only"
    assert status.data() == "In progress", "the new status is not shown at once"
    settle(qtbot, ui_context)
    assert resets == [], "the model was reset"
    assert linked_in_db(database)["WG9-R5"] == "in_progress", "the status was not saved"
    assert linked_in_db(database)["WG9-R4"] == "not_assessed", "another link changed"
    assert status.data() == "In progress", "the saved status is not shown"
    assert model.link_at(row).updated_on == date.today(), "the day of the change is not shown"

    note = model.index(row, LinksModel.COLUMN_NOTE)
    assert model.setData(note, "  Decree 2024/17 — 已开始实施 "), "the model refused the note"
    settle(qtbot, ui_context)
    saved = links_service.list_links(database, ISO3)[row]
    assert saved.note == "Decree 2024/17 — 已开始实施", f"saved note: {saved.note!r}"
    assert saved.status == "in_progress", "saving the note changed the status"

    undo(qtbot, ui_context)
    assert links_service.list_links(database, ISO3)[row].note is None, "the note not undone"
    assert note.data() == "", "the tab still shows the undone note"
    undo(qtbot, ui_context)
    assert linked_in_db(database)["WG9-R5"] == "not_assessed", "the status not undone"
    assert status.data() == "Not assessed", "the tab still shows the undone status"
    assert resets == [], "the model was reset"
    redo(qtbot, ui_context)
    assert linked_in_db(database)["WG9-R5"] == "in_progress", "the status not redone"


def test_the_status_delegate_edits_through_a_combo(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4"])
    settle(qtbot, ui_context)
    index = tab.proxy.index(0, LinksModel.COLUMN_STATUS)
    delegate = tab.table.itemDelegateForColumn(LinksModel.COLUMN_STATUS)
    assert isinstance(delegate, LinkStatusDelegate)
    editor = delegate.createEditor(tab.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "not_assessed"
    editor.setCurrentIndex(editor.findData("implemented"))
    delegate.setModelData(editor, tab.proxy, index)
    settle(qtbot, ui_context)
    assert linked_in_db(database) == {"WG9-R4": "implemented"}, "the chosen status not saved"
    text = ui_context.history.undo_text()
    assert text.startswith("Edit the link of WG9-R4"), f"undo text: {text}"


def test_a_failing_edit_is_reported_and_not_kept(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4"])
    settle(qtbot, ui_context)
    links_service.unlink(database, ISO3, ["WG9-R4"])  # behind the tab's back
    index = tab.model.index(0, LinksModel.COLUMN_STATUS)
    # saved in the background: the model shows the new value until the save fails
    assert tab.model.setData(index, "implemented"), "the model refused the edit"
    settle(qtbot, ui_context)
    errors = tab.errors  # type: ignore[attr-defined]
    assert len(errors) == 1, f"reported: {errors}"
    assert ui_context.history.count() == 1, "the failed edit was kept"
    assert tab.model.rowCount() == 0, "the tab was not reloaded after the failure"
    assert linked_in_db(database) == {}, "the failed edit wrote something"


def test_unlink_selected_and_undo_restores_status_and_note(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4", "WG9-R5", "WG9-R6"])
    settle(qtbot, ui_context)
    links_service.update_link(database, ISO3, "WG9-R5", LinkStatus.IMPLEMENTED, "ok")
    tab.refresh()
    assert not tab.unlink_button.isEnabled()
    tab.table.selectRow(1)
    assert tab.unlink_button.isEnabled()
    assert "WG9-R5" in tab.detail.toPlainText()
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert set(linked_in_db(database)) == {"WG9-R4", "WG9-R6"}, "the selected link is left"
    assert tab.model.codes() == ["WG9-R4", "WG9-R6"], "the tab still shows the unlinked"

    undo(qtbot, ui_context)
    restored = {link.code: link for link in links_service.list_links(database, ISO3)}
    assert restored["WG9-R5"].status == "implemented", "the status was not restored"
    assert restored["WG9-R5"].note == "ok", "the note was not restored"
    assert tab.model.codes() == ["WG9-R4", "WG9-R5", "WG9-R6"], "the tab misses the restored"


def check(model: SuggestionsModel, row: int) -> None:
    model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_accept_and_dismiss_suggested_links(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    offered = len(links_service.suggested_links(database, ISO3))
    assert tab.suggestions.rowCount() == offered > 10
    assert not tab.accept_button.isEnabled()
    first, second = tab.suggestions.item_at(0).code, tab.suggestions.item_at(1).code
    check(tab.suggestions, 0)
    check(tab.suggestions, 1)
    assert tab.suggestions.checked_codes() == [first, second]
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    assert set(linked_in_db(database)) == {first, second}, "the checked were not linked"
    assert tab.model.codes() == [first, second], "the tab does not show the new links"
    assert tab.suggestions.rowCount() == offered - 2, "the accepted are still suggested"
    assert tab.suggestions.checked_codes() == [], "suggestions are still checked"

    tab.suggestion_list.setCurrentIndex(tab.suggestions.index(0))
    shown = tab.suggestions.item_at(0)
    chinese = shown.texts["zh"] or ""
    assert chinese[:10] in tab.detail.toPlainText(), "the suggestion's text is not shown"
    dismissed = [tab.suggestions.item_at(r).code for r in range(3)]
    for row in range(3):
        check(tab.suggestions, row)
    qtbot.mouseClick(tab.dismiss_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ui_context)
    remaining = {item.code for item in links_service.suggested_links(database, ISO3)}
    assert not remaining & set(dismissed), "dismissed items are still suggested"
    assert tab.suggestions.rowCount() == offered - 5, "the tab still shows the dismissed"
    assert set(linked_in_db(database)) == {first, second}, "dismissing changed the links"

    undo(qtbot, ui_context)  # the dismissal
    assert tab.suggestions.rowCount() == offered - 2, "the dismissed are not suggested again"
    undo(qtbot, ui_context)  # the accepted links
    assert linked_in_db(database) == {}, "the accepted links were not undone"
    assert tab.suggestions.rowCount() == offered, "the accepted are not suggested again"


def test_check_all_toggles_every_suggestion(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.check_all_button.click()
    assert len(tab.suggestions.checked_codes()) == tab.suggestions.rowCount()
    assert tab.dismiss_button.isEnabled()
    tab.check_all_button.click()
    assert tab.suggestions.checked_codes() == []


def test_the_tab_follows_changes_of_its_own_state_only(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    offered = tab.suggestions.rowCount()
    resets: list[bool] = []
    tab.suggestions.modelReset.connect(lambda: resets.append(True))
    announce(ui_context, [ISO3], LINK_TABLES)
    assert resets == [], "nothing changed, yet the list lost its place"
    links_service.link(database, ISO3, ["WG8-R3"])  # e.g. by another part of the window
    announce(ui_context, ["BOL"], LINK_TABLES)
    assert tab.model.rowCount() == 0, "the tab followed a change of another State"
    announce(ui_context, [ISO3], LINK_TABLES)
    assert tab.model.codes() == ["WG8-R3"], "the tab did not follow its State's change"
    assert tab.suggestions.rowCount() == offered - 1, "the linked item is still suggested"
    assert resets == [True], f"{len(resets)} resets of the suggestions, not 1"


def test_links_and_suggestions_models_are_well_behaved(
    qtmodeltester: ModelTester, database: Database
) -> None:
    links_service.link(database, ISO3, ["WG9-R4", "WG8-R1", "CS-DP15"])
    links = LinksModel({"ammunition": "Ammunition"})
    links.set_links(links_service.list_links(database, ISO3))
    qtmodeltester.check(links)
    assert links.headerData(LinksModel.COLUMN_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert "Ammunition" in links.index(links.row_of("WG9-R4") or 0, LinksModel.COLUMN_THEMES).data()
    assert not links.setData(links.index(0, LinksModel.COLUMN_STATUS), "implemented")  # no editor
    assert links.rowCount(links.index(0, 0)) == 0

    suggestions = SuggestionsModel()
    suggestions.set_items(links_service.suggested_links(database, ISO3))
    qtmodeltester.check(suggestions)
    assert suggestions.rowCount(QModelIndex()) > 0


def test_the_pick_model_is_well_behaved(
    qtbot: QtBot, qtmodeltester: ModelTester, database: Database
) -> None:
    dialog = LinkDialog(database, "zh", {"WG9-R4"})
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    ammunition = dialog.theme.findText("弹药")
    assert ammunition > 0


def test_set_the_status_of_the_selected_links_in_one_step(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4", "WG9-R5", "WG9-R6"])
    settle(qtbot, ui_context)
    links_service.update_link(database, ISO3, "WG9-R5", LinkStatus.IMPLEMENTED, "ok")
    tab.refresh()
    assert not tab.status_button.isEnabled(), "set status offered with nothing selected"
    tab.table.selectAll()
    assert tab.status_button.isEnabled(), "set status not offered for a selection"
    steps = ui_context.history.count()
    tab.status_actions[LinkStatus.IN_PROGRESS].trigger()
    settle(qtbot, ui_context)
    assert set(linked_in_db(database).values()) == {"in_progress"}, "not every link was set"
    assert ui_context.history.count() == steps + 1, "several undo steps for one action"
    shown = {tab.model.index(r, LinksModel.COLUMN_STATUS).data() for r in range(3)}
    assert shown == {"In progress"}, f"the tab shows {shown}"
    notes = {link.code: link.note for link in links_service.list_links(database, ISO3)}
    assert notes["WG9-R5"] == "ok", "the note was lost"

    undo(qtbot, ui_context)
    assert linked_in_db(database) == {
        "WG9-R4": "not_assessed",
        "WG9-R5": "implemented",
        "WG9-R6": "not_assessed",
    }, "one undo did not give every link its status back"
    redo(qtbot, ui_context)
    assert set(linked_in_db(database).values()) == {"in_progress"}, "the redo did not set them"
    assert tab.errors == [], f"errors: {tab.errors}"  # type: ignore[attr-defined]


def test_a_status_change_of_someone_else_refuses_the_whole_set(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4", "WG9-R5"])
    settle(qtbot, ui_context)
    tab.table.selectAll()
    links_service.update_link(database, ISO3, "WG9-R5", LinkStatus.IMPLEMENTED, None)
    tab.status_actions[LinkStatus.NOT_APPLICABLE].trigger()
    settle(qtbot, ui_context)
    assert linked_in_db(database) == {"WG9-R4": "not_assessed", "WG9-R5": "implemented"}, (
        "a set over someone else's change was partly written"
    )
    assert len(tab.errors) == 1, "the refusal was not reported"  # type: ignore[attr-defined]


def test_the_full_text_pane_says_what_to_do_and_follows_the_selection(
    qtbot: QtBot, ui_context: UiContext
) -> None:
    links_service.link(ui_context.database, ISO3, ["WG8-R1"], on=date(2024, 1, 5))
    tab = make_tab(qtbot, ui_context)
    assert tab.detail.toPlainText() == "", "a text shown before anything is selected"
    assert tab.detail.placeholderText(), "the empty pane does not say what to do"
    tab.table.selectRow(0)
    assert "WG8-R1" in tab.detail.toPlainText(), "the selected link's text is not shown"
    tab.table.clearSelection()
    assert tab.detail.toPlainText() == "", "the text stays after the selection is cleared"


def test_a_note_typed_while_someone_else_changed_the_link_is_not_saved_over_it(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    """The note's editor was filled from one version; a save over a later one is put to
    the user, never made silently."""
    links_service.link(database, ISO3, ["WG9-R4"], on=date(2024, 1, 5))
    tab = make_tab(qtbot, ui_context)
    asked: list[ConflictError] = []

    def ask(_parent: object, error: ConflictError) -> Decision:
        asked.append(error)
        return Decision.RELOAD

    tab.ask_conflict = ask
    note = tab.model.index(tab.model.row_of("WG9-R4") or 0, LinksModel.COLUMN_NOTE)
    assert note.data(Qt.ItemDataRole.EditRole) == "", "the editor is not filled empty"
    (theirs,) = links_service.list_links(database, ISO3)
    links_service.update_link(
        database, ISO3, "WG9-R4", LinkStatus.IN_PROGRESS, "их примечание", None, theirs.version
    )
    announce(ui_context, [ISO3], ["recommendation_links"])  # the row now shows their version
    assert tab.model.setData(note, "my note"), "the model refused the note"
    settle(qtbot, ui_context)
    assert len(asked) == 1, "the save over another user's change was not put to the user"
    (saved,) = links_service.list_links(database, ISO3)
    assert saved.note == "их примечание", f"their note was overwritten: {saved.note!r}"
