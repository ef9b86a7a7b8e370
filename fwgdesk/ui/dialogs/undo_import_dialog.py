"""Asking before the last import is undone, and whether local edits made since are kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.services.batches import BatchRecord


class UndoImportDialog(QDialog):
    """Confirmation of undoing *batch*; ``keep_local`` says whether later local edits stay."""

    def __init__(self, batch: BatchRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.setWindowTitle(self.tr("Undo the last import"))
        applied = batch.applied_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.question = QLabel(
            self.tr(
                "Undo the import of <b>{file}</b> (from {publisher}, sequence {sequence},"
                " applied {applied})?<br>Every value it changed returns to what it was before;"
                " rows it added are removed and rows it deleted come back. A backup of the"
                " database is made first."
            ).format(
                file=batch.file_name or "",
                publisher=batch.publisher or "—",
                sequence="—" if batch.sequence is None else batch.sequence,
                applied=applied,
            ),
            self,
        )
        self.question.setWordWrap(True)
        self.discard_box = QCheckBox(
            self.tr("Also undo fields &changed locally since the import"), self
        )
        self.discard_box.setToolTip(
            self.tr("Off: your edits made after the import are kept and listed.")
        )
        buttons = QDialogButtonBox(self)
        self.undo_button = buttons.addButton(
            self.tr("&Undo import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.discard_box)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @property
    def keep_local(self) -> bool:
        return not self.discard_box.isChecked()
