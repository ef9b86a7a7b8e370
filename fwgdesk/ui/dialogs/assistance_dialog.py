"""Recording a State's request for technical assistance: topic, date and note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.enums import AssistanceTopic
from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.domain.people import ValidationError
from fwgdesk.ui.dialogs.date_fields import OptionalDateEdit
from fwgdesk.ui.dialogs.focal_point_dialog import problem_label
from fwgdesk.ui.labels import topic_label
from fwgdesk.ui.widgets.errors import describe


@dataclass(frozen=True)
class AssistanceChoice:
    topic: AssistanceTopic
    requested_on: date | None
    note: str | None


class AssistanceDialog(QDialog):
    """``save(choice)`` records the request; problems keep the dialog open."""

    def __init__(
        self,
        save: Callable[[AssistanceChoice], object],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
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
        buttons = QDialogButtonBox(
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

    def accept(self) -> None:
        try:
            self._save(self.value())
        except (ValidationError, FwgdeskError) as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        super().accept()
