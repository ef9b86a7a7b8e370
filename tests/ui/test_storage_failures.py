"""The window tells a full disk and a network share: at start, on import and on saving a PDF."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fwgdesk.db import filesystems
from fwgdesk.db.backup import copy_database
from fwgdesk.db.filesystems import Mount
from fwgdesk.domain.errors import DiskFullError
from fwgdesk.exchange.containers import write_update
from fwgdesk.paths import DataPaths
from fwgdesk.reports import output
from fwgdesk.services.imports import prepare_import
from fwgdesk.ui.app import STARTUP_WARNINGS, build_window
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from fwgdesk.ui.views.reports_view import ReportsView
from tests.support.dbdump import full_dump
from tests.support.storage import big_update, fill_up, no_space


def test_a_network_share_is_told_once_at_start(
    qtbot: QtBot, data_paths: DataPaths, template_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_database(template_database, data_paths.database)
    shared = [Mount("/", "ext4"), Mount(str(data_paths.root.resolve()), "cifs")]
    monkeypatch.setattr(filesystems, "mount_table", lambda: shared)
    window = build_window(data_paths)
    qtbot.addWidget(window)
    try:
        assert "network share" in window.statusBar().currentMessage()
        box = window.findChild(QMessageBox, STARTUP_WARNINGS)
        assert isinstance(box, QMessageBox) and not box.isModal()
        assert "cifs" in box.text() and "PostgreSQL" in box.text()
        assert not box.isVisible()  # shown by run_application, after the window
    finally:
        window.ctx.tasks.wait()
        window.ctx.database.dispose()


def test_a_local_folder_starts_without_a_warning(
    qtbot: QtBot, data_paths: DataPaths, template_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_database(template_database, data_paths.database)
    monkeypatch.setattr(filesystems, "mount_table", lambda: [Mount("/", "ext4")])
    window = build_window(data_paths)
    qtbot.addWidget(window)
    try:
        assert window.findChild(QMessageBox, STARTUP_WARNINGS) is None
        assert window.statusBar().currentMessage() == ""
    finally:
        window.ctx.tasks.wait()
        window.ctx.database.dispose()


def test_an_import_on_a_full_disk_is_told_in_the_dialog(
    qtbot: QtBot, ui_context: UiContext, tmp_path: Path
) -> None:
    database = ui_context.database
    path = tmp_path / "big.json"
    write_update(big_update(), path, "json")
    plan = prepare_import(database, path, ui_context.paths.root)
    dialog = ImportPreviewDialog(ui_context, plan, None)
    qtbot.addWidget(dialog)
    dialog.confirm_box.setChecked(True)
    before = full_dump(database)
    fill_up(database)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)
    text = dialog.status.text()
    assert "nothing was changed" in text and "is full" in text and str(database.path) in text
    assert full_dump(database) == before


def test_saving_a_pdf_on_a_full_disk_is_told(
    qtbot: QtBot, ui_context: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[tuple[BaseException, str | None]] = []
    view = ReportsView(ui_context)
    qtbot.addWidget(view)
    view.report_error = lambda _parent, error, title: errors.append((error, title))
    view.form.select_state("KEN")
    view.start_preview()
    qtbot.waitUntil(lambda: view.task is None and view.preview.ready, timeout=20000)
    target = tmp_path / "ken.pdf"
    target.write_bytes(b"%PDF the sheet of last week")

    def copy_half(source: Any, out: Any) -> None:
        out.write(source.read(10))
        no_space()

    monkeypatch.setattr(output, "shutil", SimpleNamespace(copyfileobj=copy_half))
    view.save_to(target)  # the preview shows the same: copied
    assert len(errors) == 1 and isinstance(errors[0][0], DiskFullError)
    assert errors[0][1] == "Not saved" and str(tmp_path) in str(errors[0][0])
    assert target.read_bytes() == b"%PDF the sheet of last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["ken.pdf"]
