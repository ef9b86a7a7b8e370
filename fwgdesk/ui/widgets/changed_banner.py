"""A form's notice that someone else changed the row being edited, with a way to reload.

Shown as soon as the change arrives, before the user saves: the save is still checked
against the version the form was filled from, and is refused (reload, or save over it).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fwgdesk.domain.messages import Message
from fwgdesk.ui.wording import translated

STYLE = (
    "ChangedBanner { background: #fff4ce; border: 1px solid #d9a400; border-radius: 3px; }"
    " ChangedBanner QLabel { color: #3b2f00; }"
)


class ChangedBanner(QFrame):
    """Hidden until :meth:`flag`; *reload_requested* when the user takes the other change
    (and drops their own edits)."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload (drop my edits)"), self)
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.notice: Message | None = None
        self.hide()

    def flag(self, notice: Message, can_reload: bool = True) -> None:
        self.notice = notice
        self.label.setText("⚠ " + translated(notice))
        self.reload_button.setVisible(can_reload)
        self.show()

    def clear(self) -> None:
        self.notice = None
        self.label.clear()
        self.hide()
