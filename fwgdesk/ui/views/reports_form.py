"""The form of the Reports place: what to print (a State's status sheet, a batch of
sheets, the Mechanism overview) and the sheets' options; and making the PDF it asks for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.engine import Database
from fwgdesk.domain.errors import UsageError
from fwgdesk.reports.codes import CHOOSE_A_STATE
from fwgdesk.services.states import list_states
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.i18n import LANGUAGES
from fwgdesk.ui.labels import regional_group_label
from fwgdesk.ui.tasks import CancelledError, Task
from fwgdesk.ui.widgets.combos import compact

if TYPE_CHECKING:  # ReportLab is imported on first use, not when the window starts
    from fwgdesk.reports import RenderResult, SheetOptions

KIND_STATE, KIND_BATCH, KIND_OVERVIEW = "state", "batch", "overview"
REVIEW_GROUPS = (1, 2, 3)
REGIONAL_GROUPS = ("AFR", "APG", "EEG", "GRULAC", "WEOG")


@dataclass(frozen=True)
class ReportRequest:
    """What to print: a State's sheet, a batch (by review group, regional group or all
    States), or the overview; with the sheets' options."""

    kind: str
    options: SheetOptions
    iso3: str | None = None
    group: int | None = None
    region: str | None = None
    split: bool = False

    def file_name(self) -> str:
        language = self.options.language
        if self.kind == KIND_STATE:
            return f"{self.iso3}-status-sheet-{language}.pdf"
        if self.kind == KIND_OVERVIEW:
            return f"mechanism-overview-{language}.pdf"
        which = f"group-{self.group}" if self.group else (self.region or "all-states")
        return f"status-sheets-{which}-{language}.pdf"


def render_request(
    database: Database,
    request: ReportRequest,
    target: Path,
    task: Task,
    split: bool = False,
) -> RenderResult:
    """Write *request* to *target* (a folder when *split*); *task* gets the progress and
    stops the batch when the user cancels."""
    from fwgdesk.reports import (
        ReportCancelledError,
        render_batch,
        render_overview,
        render_state_sheet,
    )

    def progress(done: int, total: int) -> bool:
        if done < total:
            task.progress(done, total)  # raises CancelledError when cancelled
        else:  # written: too late to cancel
            task.progressed.emit(done, total, "")
        return True

    options = request.options
    try:
        if request.kind == KIND_STATE:
            return render_state_sheet(database, request.iso3 or "", target, options)
        if request.kind == KIND_OVERVIEW:
            return render_overview(database, target, options.language)
        return render_batch(
            database,
            target,
            options,
            group=request.group,
            region=request.region,
            split=split,
            progress=progress,
        )
    except ReportCancelledError as error:
        raise CancelledError from error


class ReportForm(QWidget):
    """What to print and how; :meth:`request` reads it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_what())
        layout.addWidget(self._build_options())
        self._kind_changed()

    def _build_what(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to print"), self)
        self.state_radio = QRadioButton(self.tr("&State status sheet"), box)
        self.batch_radio = QRadioButton(self.tr("&Batch of status sheets"), box)
        self.overview_radio = QRadioButton(self.tr("&Mechanism overview"), box)
        self.kinds = QButtonGroup(self)
        for radio, kind in (
            (self.state_radio, KIND_STATE),
            (self.batch_radio, KIND_BATCH),
            (self.overview_radio, KIND_OVERVIEW),
        ):
            radio.setProperty("kind", kind)
            self.kinds.addButton(radio)
        self.state_radio.setChecked(True)
        self.kinds.buttonToggled.connect(self._kind_changed)
        self._build_state_picker()
        self.selection = QComboBox(box)
        for number in REVIEW_GROUPS:
            self.selection.addItem(self.tr("Review group {number}").format(number=number), number)
        for code in REGIONAL_GROUPS:
            self.selection.addItem(f"{regional_group_label(code)} ({code})", code)
        self.selection.addItem(self.tr("All States"), None)
        compact(self.selection, 20)
        self.split_box = QCheckBox(self.tr("One file per State, &into a folder"), box)
        form = QFormLayout(box)
        form.addRow(self.state_radio)
        form.addRow(self.tr("S&tate:"), self.state_picker)
        form.addRow(self.batch_radio)
        form.addRow(self.tr("&Which States:"), self.selection)
        form.addRow("", self.split_box)
        form.addRow(self.overview_radio)
        for field in (self.state_picker, self.selection):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        return box

    def _build_state_picker(self) -> None:
        language = self._ctx.settings.language
        self._state_names = {s.iso3: s.name(language) for s in list_states(self._ctx.database)}
        self.state_picker = QComboBox(self)
        self.state_picker.setEditable(True)
        picker_edit = QLineEdit(self.state_picker)
        picker_edit.setPlaceholderText(self.tr("Name or ISO3 code"))
        self.state_picker.setLineEdit(picker_edit)
        self.state_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for iso3, name in sorted(self._state_names.items(), key=lambda item: item[1]):
            self.state_picker.addItem(f"{name} ({iso3})", iso3)
        completer = QCompleter(self.state_picker.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.state_picker.setCompleter(completer)
        compact(self.state_picker, 20)
        self.select_state(self._ctx.settings.own_state or "")

    def _build_options(self) -> QGroupBox:
        box = QGroupBox(self.tr("Options"), self)
        self.language = QComboBox(box)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._ctx.settings.language)))
        self.contacts_box = QCheckBox(self.tr("Include personal contact &details"), box)
        self.full_text_box = QCheckBox(self.tr("F&ull text of recommendations, not titles"), box)
        form = QFormLayout(box)
        form.addRow(self.tr("Sheet &language:"), self.language)
        form.addRow(self.contacts_box)
        form.addRow(self.full_text_box)
        return box

    def select_state(self, iso3: str) -> None:
        self.state_picker.setCurrentIndex(self.state_picker.findData(iso3.upper()))

    def select_kind(self, kind: str) -> None:
        {KIND_STATE: self.state_radio, KIND_BATCH: self.batch_radio}.get(
            kind, self.overview_radio
        ).setChecked(True)

    def select_language(self, language: str) -> None:
        self.language.setCurrentIndex(self.language.findData(language))

    def _kind(self) -> str:
        checked = self.kinds.checkedButton()
        return str(checked.property("kind")) if checked is not None else KIND_STATE

    def _kind_changed(self) -> None:
        kind = self._kind()
        self.state_picker.setEnabled(kind == KIND_STATE)
        self.selection.setEnabled(kind == KIND_BATCH)
        self.split_box.setEnabled(kind == KIND_BATCH)
        self.contacts_box.setEnabled(kind != KIND_OVERVIEW)
        self.full_text_box.setEnabled(kind != KIND_OVERVIEW)

    def _chosen_state(self) -> str:
        text = self.state_picker.currentText().strip()
        found = self.state_picker.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            return str(self.state_picker.itemData(found))
        if text.upper() in self._state_names:
            return text.upper()
        matches = [
            i
            for i in range(self.state_picker.count())
            if text.lower() in self.state_picker.itemText(i).lower()
        ]
        if text and len(matches) == 1:
            return str(self.state_picker.itemData(matches[0]))
        raise UsageError(CHOOSE_A_STATE)

    def request(self) -> ReportRequest:
        """What the form asks for (raises UsageError when no State is chosen)."""
        from fwgdesk.reports import SheetOptions

        kind = self._kind()
        options = SheetOptions(
            language=str(self.language.currentData()),
            include_contacts=kind != KIND_OVERVIEW and self.contacts_box.isChecked(),
            full_text=kind != KIND_OVERVIEW and self.full_text_box.isChecked(),
        )
        if kind == KIND_STATE:
            return ReportRequest(kind, options, iso3=self._chosen_state())
        if kind == KIND_OVERVIEW:
            return ReportRequest(kind, options)
        chosen = self.selection.currentData()
        return ReportRequest(
            kind,
            options,
            group=chosen if isinstance(chosen, int) else None,
            region=chosen if isinstance(chosen, str) else None,
            split=self.split_box.isChecked(),
        )
