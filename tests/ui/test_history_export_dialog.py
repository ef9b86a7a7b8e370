"""Exporting a State's history from its History tab: options, privacy, and failures."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.services.people import add_focal_point, remove_focal_point
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.views.state.history_tab import HistoryTab

ISO3 = "AGO"
NAME, EMAIL = "Wilhelmina Removedova", "wilhelmina@example.org"
STAYING_EMAIL = "still.here@example.org"


class Messages(list[tuple[str, str]]):
    def __call__(self, title: str, text: str) -> None:
        self.append((title, text))


@pytest.fixture
def tab(qtbot: QtBot, ui_context: UiContext, database: Database) -> HistoryTab:
    gone = add_focal_point(
        database, ISO3, FocalPointInput(role=Role.FOCAL_POINT, name=NAME, email=EMAIL)
    )
    remove_focal_point(database, gone.id)
    add_focal_point(
        database,
        ISO3,
        FocalPointInput(role=Role.OBSERVER, name="Still Here", email=STAYING_EMAIL),
    )
    widget = HistoryTab(ui_context, ISO3)
    qtbot.addWidget(widget)
    widget.inform = Messages()
    return widget


def test_export_leaves_out_removed_people_and_contacts_by_default(
    qtbot: QtBot, tab: HistoryTab, tmp_path: Path
) -> None:
    assert tab.export_button.isEnabled()
    dialog = tab.open_export_dialog()
    assert dialog.format_key() == "csv" and dialog.keep_removed() == "nothing"
    assert not dialog.contacts_box.isChecked()
    assert dialog.path_edit.text().endswith(".csv") and ISO3 in dialog.path_edit.text()
    target = tmp_path / "history.csv"
    dialog.choose_path = lambda: str(target)
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(target)
    dialog.accept()
    assert not dialog.export_button.isEnabled()  # running
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=15000)
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert NAME.encode() not in data and EMAIL.encode() not in data
    assert STAYING_EMAIL.encode() not in data and b"Still Here" in data
    assert dialog.written is not None and dialog.written.withheld >= 3
    messages = tab.inform
    assert isinstance(messages, Messages) and len(messages) == 1
    assert str(target) in messages[0][1] and str(dialog.written.withheld) in messages[0][1]


def test_export_keeping_names_and_contacts_as_json(
    qtbot: QtBot, tab: HistoryTab, tmp_path: Path
) -> None:
    dialog = tab.open_export_dialog()
    dialog.path_edit.setText(str(tmp_path / "history.csv"))
    dialog.set_format("json")
    assert dialog.path_edit.text() == str(tmp_path / "history.json")
    dialog.set_keep_removed("names")
    dialog.contacts_box.setChecked(True)
    assert dialog.request().keep_removed == "names" and dialog.request().state == ISO3
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=15000)
    document = json.loads((tmp_path / "history.json").read_text(encoding="utf-8"))
    text = json.dumps(document, ensure_ascii=False)
    assert NAME in text and EMAIL not in text and STAYING_EMAIL in text
    assert {entry["state"] for entry in document["entries"]} == {ISO3}


def test_a_failed_export_keeps_the_dialog_open(
    qtbot: QtBot, tab: HistoryTab, tmp_path: Path
) -> None:
    dialog = tab.open_export_dialog()
    dialog.path_edit.setText("")
    assert not dialog.export_button.isEnabled() and dialog.status.text()
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "history.csv"))
    assert dialog.export_button.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=15000)
    assert dialog.written is None and "missing-folder" in dialog.status.text()
    assert dialog.export_button.isEnabled()
    assert isinstance(tab.inform, Messages) and not tab.inform
