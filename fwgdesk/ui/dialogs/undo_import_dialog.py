"""Asking before the last import is undone, and whether local edits made since are kept."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.services.batches import BatchRecord
from fwgdesk.ui.row_words import ltr_date
from fwgdesk.ui.wording import isolated


class UndoImportDialog(QDialog):
    """Confirmation of undoing *batch*; ``keep_local`` says whether later local edits stay."""

    def __init__(self, batch: BatchRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.setWindowTitle(self.tr("Undo the last import"))
        applied = batch.applied_at.astimezone().strftime("%Y-%m-%d\u00a0%H:%M")  # one piece
        self.question = QLabel(
            self.tr(
                "Undo the import of <b>{file}</b> (from {publisher}, sequence {sequence},"
                " applied {applied})?<br>Every value it changed returns to what it was before;"
                " rows it added are removed and rows it deleted come back. A backup of the"
                " database is made first."
            ).format(
                file=isolated(escape(batch.file_name or "")),  # a name is text, not markup
                publisher=isolated(escape(batch.publisher or "—")),
                sequence="—" if batch.sequence is None else batch.sequence,
                applied=ltr_date(applied),  # "2026-12-03 12:26" whole, in Arabic too
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
