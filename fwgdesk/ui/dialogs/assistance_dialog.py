"""Recording a State's request for technical assistance: topic, date and note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import AssistanceTopic
from fwgdesk.ui.dialogs.date_fields import OptionalDateEdit
from fwgdesk.ui.dialogs.saving import Save, SavingDialog, problem_label
from fwgdesk.ui.labels import topic_label


@dataclass(frozen=True)
class AssistanceChoice:
    topic: AssistanceTopic
    requested_on: date | None
    note: str | None


class AssistanceDialog(SavingDialog[AssistanceChoice]):
    """``save`` records the request; problems keep the dialog open."""

    def __init__(
        self,
        save: Save[AssistanceChoice],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("Request technical assistance"))
        self.topic = QComboBox(self)
        for topic in AssistanceTopic:
            self.topic.addItem(topic_label(topic), topic.value)
        self.requested_on = OptionalDateEdit(self.tr("Known"), self)
        self.requested_on.set_value(today)
        self.note = QLineEdit(self)
        self.error = problem_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("&Requested on:"), self.requested_on)
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def value(self) -> AssistanceChoice:
        return AssistanceChoice(
            topic=AssistanceTopic(self.topic.currentData()),
            requested_on=self.requested_on.value(),
            note=self.note.text().strip() or None,
        )
