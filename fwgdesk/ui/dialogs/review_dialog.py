"""Recording a new review of a State: its review group and thematic cluster."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.domain.people import ValidationError
from fwgdesk.ui.dialogs.focal_point_dialog import problem_label
from fwgdesk.ui.widgets.errors import describe


class NewReviewDialog(QDialog):
    """``save(group, cluster)`` creates the review; problems keep the dialog open."""

    def __init__(self, save: Callable[[int, int], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("New review"))
        self.group = QSpinBox(self)
        self.group.setRange(1, 3)
        self.cluster = QSpinBox(self)
        self.cluster.setRange(1, 4)
        self.error = problem_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Review &group:"), self.group)
        form.addRow(self.tr("&Cluster:"), self.cluster)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self._save(self.group.value(), self.cluster.value())
        except ValidationError as error:
            self.error.setText(
                self.tr("This State already has a review in that group and cluster.")
                if "group" in error.problems and "already" in error.problems["group"]
                else describe(error)
            )
            self.error.show()
            return
        except FwgdeskError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        super().accept()
