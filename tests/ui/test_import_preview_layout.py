"""The import preview as a focal point sees it: the conflict's decision in sight, and the
update's header read in the interface's direction."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fwgdesk.exchange.apply import Resolution
from fwgdesk.services import people
from fwgdesk.services.imports import ImportPlan, apply_import, prepare_import
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog, first_conflict
from fwgdesk.ui.models.preview_model import PreviewModel, choice_label
from tests.ui.language import language
from tests.ui.test_imports_view import first_update, person, write_json


def conflicting_plan(ctx: UiContext, folder: Path) -> ImportPlan:
    """An update that renames the Chinese focal point the user renamed meanwhile."""
    database = ctx.database
    first = prepare_import(database, first_update(folder), ctx.paths.root)
    apply_import(database, first, Resolution(), confirmed=True)
    mine = next(p for p in people.list_focal_points(database, "CHN"))
    people.update_focal_point(database, mine.id, replace(mine.as_input(), name="王芳 (local)"))
    second = write_json(folder / "update-2.json", 2, focal_points=[person(name="王小芳")])
    return prepare_import(database, second, ctx.paths.root)


def test_the_decision_column_is_in_sight_and_wide_enough(
    qtbot: QtBot, qapp: QApplication, ui_context: UiContext, tmp_path: Path
) -> None:
    plan = conflicting_plan(ui_context, tmp_path)
    for code in ("en", "ar", "ru"):
        with language(qapp, code):
            dialog = ImportPreviewDialog(ui_context, plan)
            qtbot.addWidget(dialog)
            dialog.show()
            tree = dialog.tree
            column = PreviewModel.COLUMN_DECISION
            conflict = first_conflict(dialog.model)
            texts = [
                conflict.parent().siblingAtColumn(column).data(),
                *(choice_label(choice) for choice in ("local", "incoming", None)),
            ]
            metrics = tree.fontMetrics()
            wanted = max(metrics.horizontalAdvance(text) for text in texts)
            start = tree.header().sectionViewportPosition(column)
            width = tree.columnWidth(column)
            right = tree.viewport().width()
            dialog.close()
            assert start >= 0 and start + width <= right, (
                f"in {code} the Decision column ({start}..{start + width}) is past the "
                f"visible width {right}"
            )
            assert width >= wanted, f"in {code} the Decision column ({width}) cuts {texts}"


def test_the_header_keeps_names_and_dates_whole_in_arabic(
    qtbot: QtBot, qapp: QApplication, ui_context: UiContext, tmp_path: Path
) -> None:
    plan = conflicting_plan(ui_context, tmp_path)
    with language(qapp, "ar"):
        dialog = ImportPreviewDialog(ui_context, plan)
        qtbot.addWidget(dialog)
        header = dialog.header.text()
    for whole in ("2022-05-01", "2022-05-05 09:00", "UNODC Secretariat"):
        isolated = any(f"{mark}{whole}\u2069" in header for mark in "\u2066\u2068")
        assert isolated, f"{whole!r} is not isolated in the Arabic header, it reads garbled"
    assert header.startswith('<div dir="rtl">'), "the Arabic header's lines run left to right"
