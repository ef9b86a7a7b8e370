"""Showing a user's mistake or a failure in a dialog, with the same words the CLI uses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.domain.people import ValidationError


def describe(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(f"• {field}: {text}" for field, text in error.problems.items())
    if isinstance(error, FwgdeskError):
        return error.message
    return f"{error.__class__.__name__}: {error}"


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("errors", "Not saved"),
        describe(error),
    )
