"""Showing a user's mistake or a failure in a dialog, worded in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fwgdesk.domain.errors import ValidationError
from fwgdesk.ui.wording import WindowWords, translated


def describe(error: BaseException) -> str:
    """*error* as the window says it: one line a field for a refused input."""
    if isinstance(error, ValidationError):
        words = WindowWords()
        return "\n".join(
            f"• {words.field(name)}: {translated(problem)}"
            for name, problem in error.problems.items()
        )
    return translated(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("errors", "Not saved"),
        describe(error),
    )
