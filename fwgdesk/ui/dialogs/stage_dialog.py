"""Moving a review to any stage (suspending it with a reason) on a date, with a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import Stage
from fwgdesk.domain.reviews import next_stage
from fwgdesk.ui.dialogs.date_fields import date_to_qdate, iso_date_edit, qdate_to_date
from fwgdesk.ui.dialogs.saving import Save, SavingDialog, problem_label
from fwgdesk.ui.labels import stage_label


@dataclass(frozen=True)
class StageChoice:
    stage: Stage
    on: date
    note: str | None
    suspended_reason: str | None


class ChangeStageDialog(SavingDialog[StageChoice]):
    """``save`` performs the change; problems keep the dialog open."""

    def __init__(
        self,
        save: Save[StageChoice],
        current: Stage,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Change the review's stage"))
        self.stage = QComboBox(self)
        for stage in Stage:
            if stage is not current:
                self.stage.addItem(stage_label(stage), stage.value)
        following = next_stage(current)
        if following is not None:
            self.stage.setCurrentIndex(self.stage.findData(following.value))
        self.on = iso_date_edit(self)
        self.on.setDate(date_to_qdate(today))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the review is suspended"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.error = problem_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Current stage:"), QLabel(stage_label(current), self))
        form.addRow(self.tr("&New stage:"), self.stage)
        form.addRow(self.tr("&On:"), self.on)
        form.addRow(self.tr("Suspended &because:"), self.reason)
        form.addRow(self.tr("N&ote:"), self.note)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Change stage"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.stage.currentIndexChanged.connect(self._update_reason)
        self._update_reason()
        self.resize(480, self.sizeHint().height())

    def _update_reason(self) -> None:
        self.reason.setEnabled(self.value().stage is Stage.SUSPENDED)

    def set_stage(self, stage: Stage) -> None:
        self.stage.setCurrentIndex(self.stage.findData(stage.value))

    def value(self) -> StageChoice:
        stage = Stage(self.stage.currentData())
        reason = self.reason.text().strip() or None
        return StageChoice(
            stage=stage,
            on=qdate_to_date(self.on.date()),
            note=self.note.toPlainText().strip() or None,
            suspended_reason=reason if stage is Stage.SUSPENDED else None,
        )
