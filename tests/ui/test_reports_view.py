"""The Reports place: preview, save, print and cancel status sheets and the overview."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from fwgdesk.reports.batch import sheet_file_name
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.views.main_window import MainWindow
from fwgdesk.ui.views.reports_form import KIND_BATCH, KIND_OVERVIEW, KIND_STATE
from fwgdesk.ui.views.reports_view import ReportsView

Errors = list[tuple[BaseException, str | None]]


@pytest.fixture
def errors() -> Errors:
    return []


@pytest.fixture
def view(qtbot: QtBot, ui_context: UiContext, errors: Errors) -> ReportsView:
    ui_context.settings.own_state = "FRA"
    widget = ReportsView(ui_context)
    qtbot.addWidget(widget)
    widget.report_error = lambda _parent, error, title: errors.append((error, title))
    widget.resize(1200, 700)
    widget.show()
    return widget


def preview(qtbot: QtBot, view: ReportsView) -> QPdfDocument:
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    document = view.preview.document

    def shown() -> bool:
        return document.status() == QPdfDocument.Status.Ready and document.pageCount() >= 1

    qtbot.waitUntil(shown, timeout=20000)
    qtbot.waitUntil(lambda: view.task is None)
    return document


def wait_for_file(qtbot: QtBot, view: ReportsView, path: Path) -> None:
    qtbot.waitUntil(lambda: view.task is None and path.exists(), timeout=20000)


def test_the_defaults_follow_the_settings(view: ReportsView, ui_context: UiContext) -> None:
    form = view.form
    assert form.state_radio.isChecked()
    assert form.state_picker.currentData() == "FRA"
    assert form.language.currentData() == ui_context.settings.language == "en"
    assert not form.contacts_box.isChecked() and not form.full_text_box.isChecked()
    request = form.request()
    assert (request.kind, request.iso3, request.options.language) == (KIND_STATE, "FRA", "en")


def test_the_state_picker_finds_a_state_by_code_or_name(view: ReportsView) -> None:
    form = view.form
    form.state_picker.setEditText("chn")
    assert form.request().iso3 == "CHN"
    form.state_picker.setEditText("Switzerl")
    assert form.request().iso3 == "CHE"


def test_preview_a_state_sheet_and_save_it(
    qtbot: QtBot, view: ReportsView, tmp_path: Path, errors: Errors
) -> None:
    view.form.select_state("CHN")
    view.form.select_language("zh")
    document = preview(qtbot, view)
    assert errors == []
    assert "中国 (CHN)" in document.metaData(QPdfDocument.MetaDataField.Title)
    assert view.preview_path is not None and view.preview_path.exists()
    assert view.preview.page_spin.value() == 1

    target = tmp_path / "chn.pdf"
    view.save_to(target)  # the preview shows the same: copied
    assert target.read_bytes() == view.preview_path.read_bytes()

    view.form.contacts_box.setChecked(True)  # something else now: made anew
    other = tmp_path / "chn-contacts.pdf"
    view.save_to(other)
    wait_for_file(qtbot, view, other)
    assert PdfReader(other).pages and errors == []
    assert "Saved as" in view.status.text()


def test_save_as_asks_for_the_file(
    qtbot: QtBot, view: ReportsView, tmp_path: Path, errors: Errors
) -> None:
    asked: list[str] = []
    target = tmp_path / "overview"

    def choose(suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    view.choose_file = choose
    view.form.select_kind(KIND_OVERVIEW)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    wait_for_file(qtbot, view, target)
    assert asked == ["mechanism-overview-en.pdf"] and errors == []


def test_a_regional_group_split_into_a_folder(
    qtbot: QtBot, view: ReportsView, ui_context: UiContext, tmp_path: Path, errors: Errors
) -> None:
    form = view.form
    form.select_kind(KIND_BATCH)
    assert form.selection.isEnabled() and not form.state_picker.isEnabled()
    form.selection.setCurrentIndex(form.selection.findData("WEOG"))
    form.split_box.setChecked(True)
    folder = tmp_path / "weog"
    view.choose_folder = lambda: str(folder)
    view.save_as()
    qtbot.waitUntil(lambda: view.task is None, timeout=60000)
    assert errors == []
    expected = {
        sheet_file_name(s.iso3, "en")
        for s in list_states(ui_context.database)
        if s.regional_group == "WEOG"
    }
    assert len(expected) > 20
    assert {p.name for p in folder.iterdir()} == expected
    assert all(p.stat().st_size > 0 for p in folder.iterdir())
    assert view.busy.isHidden()


def test_preview_the_overview(qtbot: QtBot, view: ReportsView, errors: Errors) -> None:
    view.form.select_kind(KIND_OVERVIEW)
    assert not view.form.contacts_box.isEnabled()
    document = preview(qtbot, view)
    assert errors == [] and document.pageCount() >= 1
    assert view.form.request().kind == KIND_OVERVIEW


def test_print_the_preview_to_a_pdf_printer(
    qtbot: QtBot, view: ReportsView, tmp_path: Path
) -> None:
    document = preview(qtbot, view)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert view.print_to(printer) == document.pageCount()
    assert out.exists() and out.stat().st_size > 0
    assert len(PdfReader(out).pages) == document.pageCount()


def test_print_dialog_previews_first_then_opens(qtbot: QtBot, view: ReportsView) -> None:
    assert view.open_print_dialog() is None  # nothing previewed yet: preview first
    qtbot.waitUntil(lambda: view.print_dialog is not None, timeout=20000)
    assert view.print_dialog is not None
    view.print_dialog.reject()


def test_cancel_a_batch(qtbot: QtBot, view: ReportsView, tmp_path: Path, errors: Errors) -> None:
    view.form.select_kind(KIND_BATCH)
    view.form.selection.setCurrentIndex(view.form.selection.findData(None))  # all States
    target = tmp_path / "all.pdf"
    view.save_to(target)
    assert view.task is not None and view.busy.cancel_button.isEnabled()
    # the next progress report raises, and the batch stops
    qtbot.mouseClick(view.busy.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: view.task is None, timeout=60000)
    assert errors == []
    assert "Cancelled" in view.status.text()
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf")) == []  # no partial file left


def test_a_user_mistake_is_shown(view: ReportsView, errors: Errors) -> None:
    view.form.state_picker.setEditText("no such state")
    view.start_preview()
    assert len(errors) == 1 and "Choose a State" in str(errors[0][0])
    assert view.task is None


def test_closing_removes_the_preview_files(qtbot: QtBot, view: ReportsView) -> None:
    preview(qtbot, view)
    assert view.preview_path is not None
    folder = view.preview_path.parent
    view.close()
    assert not folder.exists()
    assert view.preview_path is None and not view.preview.ready


def test_the_main_window_has_the_reports_place(qtbot: QtBot, ui_context: UiContext) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    assert window.navigation.count() == 5
    assert window.navigation.item(MainWindow.PLACE_REPORTS).text() == "Reports"
    window.show_place(MainWindow.PLACE_REPORTS)
    assert window.pages.currentWidget() is window.reports
    assert isinstance(window.reports, ReportsView)


def test_the_empty_preview_says_how_to_fill_it(qtbot: QtBot, view: ReportsView) -> None:
    view.show()
    qtbot.waitExposed(view)
    assert view.preview.empty.isVisible(), "an empty grey preview without a word"
    assert "Preview" in view.preview.empty.text(), f"the hint: {view.preview.empty.text()}"
    view.form.select_state("CHN")
    preview(qtbot, view)
    assert not view.preview.empty.isVisible(), "the hint left over the sheet"
    assert view.preview.view.isVisible(), "the sheet not shown"
