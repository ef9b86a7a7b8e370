"""When someone else changed what the user was saving: reload, or save over it."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fwgdesk.domain.errors import ConflictError
from fwgdesk.ui.wording import translated


class Decision(Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"


def _t(text: str) -> str:
    return QCoreApplication.translate("conflicts", text)


def ask_about_conflict(parent: QWidget | None, error: ConflictError) -> Decision:
    """Say who changed what since, and ask whether to reload or to save over it."""
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Changed by someone else"), translated(error))
    box.setParent(parent, box.windowFlags())
    reload = box.addButton(_t("&Reload"), QMessageBox.ButtonRole.RejectRole)
    overwrite = None
    if error.current is not None:  # a row still there: it can be saved over
        overwrite = box.addButton(_t("&Save mine over theirs"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(reload)
    box.exec()
    return Decision.OVERWRITE if box.clickedButton() is overwrite else Decision.RELOAD


AskConflict = Callable[[QWidget | None, ConflictError], Decision]


def settle(
    parent: QWidget | None,
    error: ConflictError,
    overwrite: Callable[[int], object],
    reload: Callable[[], object],
    ask: AskConflict = ask_about_conflict,
) -> None:
    """Ask, then save again over the version the row has now, or reload."""
    if ask(parent, error) is Decision.OVERWRITE and error.current is not None:
        overwrite(error.current)
    else:
        reload()
