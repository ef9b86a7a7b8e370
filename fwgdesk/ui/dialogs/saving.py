"""Dialogs that save through an operation and stay open until it succeeded.

A :class:`SavingDialog` hands its value to ``save(value, done, failed)``, which runs the
edit off the GUI thread (``ui.operations``). Meanwhile its buttons are disabled; ``done``
closes it, ``failed`` shows the refusal in the dialog, where the user's input still is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.ui.widgets.errors import describe

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Save = Callable[[T, Done, Failed], None]

PROBLEM_STYLE = "color: #b00020;"


def problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class SavingDialog(QDialog, Generic[T]):
    """Subclasses give :meth:`value`, ``self.error`` (a problem label) and ``self.buttons``;
    they may show failures their own way (:meth:`show_failure`, :meth:`clear_failure`)."""

    error: QLabel
    buttons: QDialogButtonBox

    def __init__(self, save: Save[T], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saving = False

    def value(self) -> T:
        raise NotImplementedError

    def show_failure(self, error: BaseException) -> None:
        self.error.setText(describe(error))
        self.error.show()

    def clear_failure(self) -> None:
        self.error.hide()

    def accept(self) -> None:
        if self.saving:
            return
        self.clear_failure()
        self._set_saving(True)
        try:
            self._save(self.value(), self._saved, self._failed)
        except FwgdeskError as error:  # refused before anything ran (the input, say)
            self._failed(error)

    def reject(self) -> None:
        if not self.saving:  # the save goes on: it is closed when it ends
            super().reject()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)

    def _saved(self, _result: object = None) -> None:
        self._set_saving(False)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self.show_failure(error)
