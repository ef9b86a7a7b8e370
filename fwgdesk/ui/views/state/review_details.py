"""The editable details of a review: reviewing States, languages, self-assessment, suspension.

The form keeps what the user typed until it is saved or reverted: a refresh of the tab
(another edit, an undo) reloads it only when nothing is pending or another review is shown.
While edits are pending the form keeps the review as it was read, so a save names that
version; when someone else changed the review meanwhile, the tab flags it here (the
banner), and the save is refused with the choice to reload or save over their change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import UN_LANGUAGES, Stage
from fwgdesk.domain.errors import ValidationError
from fwgdesk.domain.messages import Message
from fwgdesk.domain.records import StateRecord
from fwgdesk.domain.reviews import ReviewRecord
from fwgdesk.services.reviews import ReviewDetails
from fwgdesk.ui.dialogs.date_fields import OptionalDateEdit
from fwgdesk.ui.dialogs.saving import problem_label
from fwgdesk.ui.labels import language_label
from fwgdesk.ui.widgets.changed_banner import ChangedBanner
from fwgdesk.ui.widgets.errors import describe
from fwgdesk.ui.wording import percent_affixes, translated

NOT_RECORDED = -1


class ReviewDetailsPanel(QGroupBox):
    save_requested = Signal(object)  # ReviewDetails

    def __init__(self, states: list[StateRecord], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Details"))
        self._names = {s.iso3: s.name(language) for s in states}
        self._review: ReviewRecord | None = None  # as read when the edits began
        self._newer: ReviewRecord | None = None  # as it is now, when it moved on since
        self._extra_languages: tuple[str, ...] = ()
        self._loading = False
        self.dirty = False
        self._build()

    def _build(self) -> None:
        self.reviewers = QListWidget(self)
        self.reviewers.setMaximumHeight(64)
        self.reviewers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.state_picker = QComboBox(self)
        self.state_picker.setEditable(True)
        self.picker_edit = QLineEdit(self.state_picker)
        self.state_picker.setLineEdit(self.picker_edit)
        self.state_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # as wide as the form gives, not as the longest State name in the list
        self.state_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.state_picker.setMinimumContentsLength(16)
        for iso3, name in self._names.items():
            self.state_picker.addItem(f"{iso3} — {name}", iso3)
        self.state_picker.setCurrentIndex(-1)
        self.picker_edit.setPlaceholderText(self.tr("ISO3 code or name"))
        completer = QCompleter(self.state_picker.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.state_picker.setCompleter(completer)
        self.add_reviewer = QPushButton(self.tr("Add &State"), self)
        self.remove_reviewer = QPushButton(self.tr("Re&move"), self)
        self.language_boxes = {code: QCheckBox(language_label(code), self) for code in UN_LANGUAGES}
        self.agreement = QComboBox(self)
        self.agreement.addItem(self.tr("Not recorded"), None)
        self.agreement.addItem(self.tr("Agreed"), True)
        self.agreement.addItem(self.tr("Not agreed"), False)
        self.saq_progress = QSpinBox(self)
        self.saq_progress.setRange(NOT_RECORDED, 100)
        before, after = percent_affixes()
        self.saq_progress.setPrefix(before)
        self.saq_progress.setSuffix(after)
        self.saq_progress.setSpecialValueText(self.tr("Not recorded"))
        self.agreement.setMaximumWidth(220)
        self.saq_progress.setMaximumWidth(140)
        self.saq_submitted = OptionalDateEdit(self.tr("Submitted"), self)
        self.suspended_reason = QLineEdit(self)
        self.problems = {key: problem_label(self) for key in ("reviewing_states", "other")}
        self.save_button = QPushButton(self.tr("Save detai&ls"), self)
        self.revert_button = QPushButton(self.tr("Rever&t"), self)
        self.changed_banner = ChangedBanner(self)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        picker = QHBoxLayout()
        picker.addWidget(self.state_picker, 1)
        picker.addWidget(self.add_reviewer)
        picker.addWidget(self.remove_reviewer)
        languages = QGridLayout()
        for position, box in enumerate(self.language_boxes.values()):
            languages.addWidget(box, position // 3, position % 3)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewing States:"), self.reviewers)
        form.addRow("", picker)
        form.addRow("", self.problems["reviewing_states"])
        form.addRow(self.tr("Working languages:"), languages)
        form.addRow(self.tr("Lan&guages agreed:"), self.agreement)
        form.addRow(self.tr("Self-assessment &progress:"), self.saq_progress)
        form.addRow(self.tr("Self-assessment:"), self.saq_submitted)
        form.addRow(self.tr("Suspended beca&use:"), self.suspended_reason)
        # the Save and Revert row: the tab sets it below the form's scrolled area, so it
        # stays in sight on a laptop screen
        self.save_row = QWidget(self)
        buttons = QHBoxLayout(self.save_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.changed_banner)
        layout.addLayout(form)
        layout.addWidget(self.problems["other"])
        layout.addStretch(1)

    def _connect(self) -> None:
        self.add_reviewer.clicked.connect(self.add_picked_state)
        self.picker_edit.returnPressed.connect(self.add_picked_state)
        self.remove_reviewer.clicked.connect(self._remove_selected)
        for box in self.language_boxes.values():
            box.toggled.connect(self._changed)
        self.agreement.currentIndexChanged.connect(self._changed)
        self.saq_progress.valueChanged.connect(self._changed)
        self.saq_submitted.changed.connect(self._changed)
        self.suspended_reason.textChanged.connect(self._changed)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.value()))
        self.revert_button.clicked.connect(self.revert)
        self.changed_banner.reload_requested.connect(self.revert)

    # --- loading and reading -------------------------------------------------------------

    def load(self, review: ReviewRecord, force: bool = False) -> None:
        """Show *review*; keep pending edits of the same review (and the version they
        were read at) unless *force*."""
        same = self._review is not None and self._review.id == review.id
        if self.dirty and same and not force:
            self._newer = review
            return
        self._newer = None
        self.changed_banner.clear()
        self._review = review
        self._loading = True
        self.reviewers.clear()
        for iso3 in review.reviewing_states:
            self._append_reviewer(iso3)
        for code, box in self.language_boxes.items():
            box.setChecked(code in review.working_languages)
        self._extra_languages = tuple(c for c in review.working_languages if c not in UN_LANGUAGES)
        self.agreement.setCurrentIndex(self.agreement.findData(review.language_agreement))
        progress = review.saq_progress
        self.saq_progress.setValue(NOT_RECORDED if progress is None else round(progress * 100))
        self.saq_submitted.set_value(review.saq_submitted_on)
        self.suspended_reason.setText(review.suspended_reason or "")
        self.suspended_reason.setEnabled(review.stage is Stage.SUSPENDED)
        self._loading = False
        self._set_dirty(False)

    def edited_review(self) -> ReviewRecord | None:
        """The review the pending edits apply to, as it was read: a save names its
        version."""
        return self._review

    def newer_review(self) -> ReviewRecord | None:
        """The review as it is now, when it changed while edits were pending."""
        return self._newer

    def adopt(self, review: ReviewRecord) -> None:
        """Take *review* as the one the pending edits apply to: this window wrote it."""
        self._review = review
        self._newer = None

    def flag_changed(self, notice: Message) -> None:
        """Say that someone else changed the review being edited (*notice*: who, what)."""
        self.changed_banner.flag(notice)

    def value(self) -> ReviewDetails:
        kept = self._review.working_languages if self._review else ()
        checked = {code for code, box in self.language_boxes.items() if box.isChecked()}
        languages = [c for c in kept if c in checked or c in self._extra_languages]
        languages += [c for c in UN_LANGUAGES if c in checked and c not in languages]
        progress = self.saq_progress.value()
        return ReviewDetails(
            reviewing_states=tuple(self.reviewer_codes()),
            working_languages=tuple(languages),
            language_agreement=self.agreement.currentData(),
            saq_progress=None if progress == NOT_RECORDED else progress / 100,
            saq_submitted_on=self.saq_submitted.value(),
            suspended_reason=self.suspended_reason.text().strip() or None,
        )

    def reviewer_codes(self) -> list[str]:
        items = (self.reviewers.item(row) for row in range(self.reviewers.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item]

    def revert(self) -> None:
        """Drop the pending edits and show the review as it is now."""
        review = self._newer or self._review
        if review is not None:
            self.load(review, force=True)

    def show_problems(self, error: BaseException) -> None:
        problems = error.problems if isinstance(error, ValidationError) else {}
        if "reviewing_states" in problems:
            self.problems["reviewing_states"].setText(translated(problems["reviewing_states"]))
            self.problems["reviewing_states"].show()
        others = {k: v for k, v in problems.items() if k != "reviewing_states"}
        if others or not problems:
            text = describe(ValidationError(others)) if others else describe(error)
            self.problems["other"].setText(text)
            self.problems["other"].show()

    # --- editing -------------------------------------------------------------------------

    def pick(self, text: str) -> str | None:
        """The State a user means by *text*: a listed entry, an ISO3 code, or part of a name."""
        index = self.state_picker.findText(text)
        if index >= 0:
            return str(self.state_picker.itemData(index))
        code = text.strip().upper()
        if code in self._names:
            return code
        needle = text.strip().casefold()
        found = [iso3 for iso3, name in self._names.items() if needle and needle in name.casefold()]
        return found[0] if len(found) == 1 else None

    def add_picked_state(self) -> None:
        code = self.pick(self.state_picker.currentText())
        if code is None or code in self.reviewer_codes():
            return
        self._append_reviewer(code)
        self.state_picker.setCurrentIndex(-1)
        self.state_picker.clearEditText()
        self._changed()

    def _append_reviewer(self, iso3: str) -> None:
        item = QListWidgetItem(f"{iso3} — {self._names.get(iso3, iso3)}")
        item.setData(Qt.ItemDataRole.UserRole, iso3)
        self.reviewers.addItem(item)

    def _remove_selected(self) -> None:
        row = self.reviewers.currentRow()
        if row >= 0:
            self.reviewers.takeItem(row)
            self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        for label in self.problems.values():
            label.hide()
        self.setTitle(self.tr("Details (not saved)") if dirty else self.tr("Details"))
