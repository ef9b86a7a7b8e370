"""The row that shows background work: what is done, a progress bar, and a Cancel button.

One widget, so that every place running a task shows it, and lets it be cancelled, alike.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class BusyRow(QWidget):
    """``cancel_requested()`` when the user cancels; the owner then cancels its task.

    Hidden until :meth:`start`, hidden again by :meth:`finish`.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, bar_width: int | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        if bar_width is not None:
            self.bar.setMaximumWidth(bar_width)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)  # lines up with the rows around it
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """The interface's language changed: the fixed text follows it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.cancel_button.setText(self.tr("&Cancel"))
        super().changeEvent(event)

    @property
    def is_busy(self) -> bool:
        return not self.isHidden()

    def start(self, text: str, cancellable: bool = True) -> None:
        """Show *text* with a busy indicator: how long the work takes is not known yet."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.show()

    def progress(self, done: int, total: int, text: str | None = None) -> None:
        """Show *done* of *total*; *text*, when given, says what is being done now."""
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if text is not None:
            self.label.setText(text)

    def finish(self) -> None:
        self.hide()

    def _cancel_clicked(self) -> None:
        # the task stops at its next check, which may take a moment: say so meanwhile
        self.label.setText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()
