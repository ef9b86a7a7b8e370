"""Recording a new review of a State: its review group and thematic cluster."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.ui.dialogs.saving import Save, SavingDialog, problem_label


class NewReviewDialog(SavingDialog[tuple[int, int]]):
    """``save((group, cluster), ...)`` creates the review; problems keep the dialog open."""

    def __init__(self, save: Save[tuple[int, int]], parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New review"))
        self.group = QSpinBox(self)
        self.group.setRange(1, 3)
        self.cluster = QSpinBox(self)
        self.cluster.setRange(1, 4)
        self.error = problem_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Review &group:"), self.group)
        form.addRow(self.tr("&Cluster:"), self.cluster)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> tuple[int, int]:
        return self.group.value(), self.cluster.value()
