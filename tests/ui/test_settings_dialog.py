"""Settings: the States in the interface's language, labels without stray ampersands, and
what waits for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from fwgdesk.services.settings import Settings
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.language import language


def test_my_state_lists_names_in_the_interface_language(
    qtbot: QtBot, qapp: QApplication, ui_context: UiContext, tmp_path: Path
) -> None:
    states = list_states(ui_context.database)
    with language(qapp, "ru"):
        dialog = SettingsDialog(Settings(own_state="MEX"), states, tmp_path)
        qtbot.addWidget(dialog)
        chosen = dialog.own_state.currentText()
        assert chosen == "Мексика — MEX", f"My State in Russian: {chosen}"
        first = dialog.own_state.itemText(1)
        assert first.startswith("Австралия") or first.startswith("Австрия"), (
            f"not in Russian order: {first}"
        )


def test_no_label_shows_its_ampersand(qtbot: QtBot, tmp_path: Path, ui_context: UiContext) -> None:
    dialog = SettingsDialog(Settings(), list_states(ui_context.database), tmp_path)
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text() and "&&" not in label.text():
            assert label.buddy() is not None, f"{label.text()!r} would show its ampersand"


def test_the_note_does_not_say_the_language_waits_for_a_restart(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, ui_context: UiContext
) -> None:
    """Choosing a language switches the window when OK is pressed (test_language_switch)."""
    states = list_states(ui_context.database)
    for code, word in (("en", "language"), ("ru", "язык"), ("ar", "اللغة")):
        with language(qapp, code):
            dialog = SettingsDialog(Settings(), states, tmp_path)
            qtbot.addWidget(dialog)
            notes = [label.text() for label in dialog.findChildren(QLabel) if label.wordWrap()]
            assert notes, "no note says what waits for the next start"
            for note in notes:
                assert word not in note.lower(), f"in {code} a note says so of the language: {note}"


@pytest.mark.usefixtures("bundled_fonts")
def test_the_database_url_placeholder_is_read_whole(
    qtbot: QtBot, qapp: QApplication, ui_context: UiContext, tmp_path: Path
) -> None:
    states = list_states(ui_context.database)
    for code in ("en", "ru", "ar"):
        with language(qapp, code):
            dialog = SettingsDialog(Settings(), states, tmp_path)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            field = dialog.database_url
            text = field.fontMetrics().horizontalAdvance(field.placeholderText())
            room = field.contentsRect().width() - 8  # the text's own margins
            assert text <= room, f"{code}: the placeholder needs {text} px, has {room}"
            dialog.close()
