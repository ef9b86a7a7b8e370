"""Check database: SQLite's checks and the application's rules, run in the background.

What can be repaired is repaired in one transaction, after a backup; the dialog then
lists, per kind, what was repaired and what is left for the user to look at.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.services import consistency
from fwgdesk.services.maintenance import DatabaseCheck, check_database
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.backups_dialog import left_to_right
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error


def _t(text: str) -> str:
    return QCoreApplication.translate("check", text)


def kind_label(kind: str) -> str:
    """A kind of problem the consistency rules count, in the interface language."""
    labels = {
        consistency.STAGE_NOT_LATEST: _t("Review stage differing from its latest stage change"),
        consistency.REASON_NOT_SUSPENDED: _t("Suspension reason on a review that is not suspended"),
        consistency.SELF_REVIEW: _t("A State reviewing itself"),
        consistency.PROGRESS_OUT_OF_RANGE: _t("Self-assessment progress outside 0–100%"),
        consistency.SEVERAL_FOCAL_POINTS: _t(
            "A State with more than one active focal point (the newest one stays)"
        ),
        consistency.ENDED_BEFORE_BEGUN: _t("A designation ending before it began"),
        consistency.ORPHAN_LINK: _t(
            "A recommendation link to a recommendation or State that does not exist"
        ),
        consistency.REQUEST_IN_FUTURE: _t("An assistance request dated in the future"),
        consistency.SUBMITTED_IN_FUTURE: _t("A self-assessment submitted on a date in the future"),
    }
    return labels.get(kind, kind)


def _counts(title: str, counts: Counter[str]) -> str:
    items = "".join(
        "<li>" + escape(_t("{kind}: {count}").format(kind=kind_label(kind), count=count)) + "</li>"
        for kind, count in sorted(counts.items(), key=lambda item: kind_label(item[0]))
    )
    return f"<p><b>{escape(title)}</b></p><ul>{items}</ul>"


def _problems(title: str, problems: tuple[str, ...]) -> str:
    items = "".join(f"<li>{escape(problem)}</li>" for problem in problems)
    return f"<p><b>{escape(title)}</b></p><ul>{items}</ul>"


def describe_check(result: DatabaseCheck) -> str:
    """The outcome of a check as rich text."""
    if result.rules is None:
        advice = _t(
            "The database file is damaged. Restore a backup (File ▸ Backups…) or ask for help;"
            " SQLite found:"
        )
        return _problems(advice, result.problems)
    if result.clean:
        return f"<p><b>{escape(_t('No problems found.'))}</b></p>"
    parts = []
    if result.rules.repaired:
        parts.append(_counts(_t("Repaired"), result.rules.repaired))
    if result.backup is not None:
        made = _t("A backup was made before the repairs: {file}").format(
            file=left_to_right(result.backup.name)
        )
        parts.append(f"<p>{escape(made)}</p>")
    if result.rules.reported:
        parts.append(_counts(_t("To look at (not changed)"), result.rules.reported))
    if result.problems:
        parts.append(_problems(_t("Still found by SQLite"), result.problems))
    return "".join(parts)


class CheckDatabaseDialog(QDialog):
    """``checked(DatabaseCheck)`` when a check ended; repairs make every view reload."""

    checked = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.outcome: DatabaseCheck | None = None
        self.report_error: Callable[[QWidget | None, BaseException, str | None], None] = show_error
        self.setWindowTitle(self.tr("Check database"))
        intro = QLabel(
            self.tr(
                "SQLite's integrity and foreign-key checks, then fwgdesk's own rules. What can"
                " be repaired is repaired in one go, after a backup; the rest is listed for you"
                " to look at."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.busy = BusyRow(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _set_busy(self, busy: bool) -> None:
        if busy:  # repairs run in one transaction: not cancellable
            self.busy.start(self.tr("Checking the database…"), cancellable=False)
        else:
            self.busy.finish()
        self.again_button.setEnabled(not busy)

    def start(self) -> None:
        """Check (and repair) in the background."""
        if self.task is not None:
            return
        database = self._ctx.database
        self.outcome = None
        self.summary.clear()
        self._set_busy(True)
        self.task = self._ctx.tasks.run(
            lambda _task: check_database(database), on_done=self._checked, on_error=self._failed
        )

    def _checked(self, result: DatabaseCheck) -> None:
        self.task = None
        self._set_busy(False)
        self.outcome = result
        self.summary.setText(describe_check(result))
        if result.rules is not None and result.rules.repaired:
            self._ctx.undo_stack.clear()  # its commands may rest on values now repaired
            self._ctx.events.everything_changed.emit()
        self.checked.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.report_error(self, error, self.tr("Not checked"))

    def reject(self) -> None:
        if self.task is None:  # not while repairs may be under way
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.task is not None:
            event.ignore()
            return
        super().closeEvent(event)
