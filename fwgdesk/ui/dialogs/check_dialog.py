"""Check database: SQLite's checks and the application's rules, then the repairs chosen.

Checking changes nothing. The dialog lists what it found: for each broken rule, the rows
and what its repair would do, ticked; for several active focal points of a State, who
stays active (the most recently designated unless the user picks another); values to
look at, which are not repaired. "Repair" applies the ticked repairs in one transaction,
after a backup, as an operation (``ui.operations``); the check then runs again.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.changes import Changes
from fwgdesk.services.checking import DatabaseCheck, Repaired, check_database, repair_database
from fwgdesk.services.consistency import Finding
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.backups_dialog import left_to_right
from fwgdesk.ui.labels import rule_label
from fwgdesk.ui.operations import Operation
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error
from fwgdesk.ui.wording import translated

COLUMN_ROWS, COLUMN_RULE, COLUMN_REPAIR, COLUMN_KEEP = range(4)


def _t(text: str) -> str:
    return QCoreApplication.translate("check", text)


def _tn(text: str, count: int) -> str:
    return QCoreApplication.translate("check", text, None, count)


def finding_rule(finding: Finding) -> str:
    return rule_label(finding.rule.value if finding.rule else finding.reported or "")


def describe_check(result: DatabaseCheck) -> str:
    """The outcome of a check as rich text (the findings themselves are listed apart)."""
    if result.rules is None:
        advice = _t(
            "The database file is damaged. Restore a backup (File ▸ Backups…) or ask for help;"
            " SQLite found:"
        )
        items = "".join(f"<li>{escape(problem)}</li>" for problem in result.problems)
        return f"<p><b>{escape(advice)}</b></p><ul>{items}</ul>"
    if result.clean:
        return f"<p><b>{escape(_t('No problems found.'))}</b></p>"
    repairable = len(result.rules.repairable)
    text = _tn(
        "{count} finding(s), {repairable} with a repair. Nothing has been changed: tick the"
        " repairs to make and choose Repair.",
        len(result.rules.findings),
    ).format(count=len(result.rules.findings), repairable=repairable)
    extra = "".join(f"<li>{escape(problem)}</li>" for problem in result.problems)
    return f"<p>{escape(text)}</p>" + (f"<ul>{extra}</ul>" if extra else "")


def describe_repair(repaired: Repaired) -> str:
    count = sum(repaired.report.repaired.values())
    parts = [_tn("{count} repair(s) made.", count).format(count=count)]
    if repaired.backup is not None:
        parts.append(
            _t("A backup was made before the repairs: {file}").format(
                file=left_to_right(repaired.backup.name)
            )
        )
    if repaired.report.gone:
        parts.append(
            _tn(
                "{count} finding(s) were gone by then and left as they were.", repaired.report.gone
            ).format(count=repaired.report.gone)
        )
    return "<p>" + "<br>".join(escape(part) for part in parts) + "</p>"


class CheckDatabaseDialog(QDialog):
    """``checked(DatabaseCheck)`` when a check ended, ``repaired(Repaired)`` after repairs."""

    checked = Signal(object)
    repaired = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.outcome: DatabaseCheck | None = None
        self.last_repair: Repaired | None = None
        self._after_repair: Repaired | None = None
        self._findings: dict[str, Finding] = {}
        self._keep: dict[str, QComboBox] = {}
        self.report_error: Callable[[QWidget | None, BaseException, str | None], None] = show_error
        self.setWindowTitle(self.tr("Check database"))
        intro = QLabel(
            self.tr(
                "SQLite's integrity and foreign-key checks, then fwgdesk's own rules. Nothing"
                " is changed until you choose Repair: the repairs you tick are made in one go,"
                " after a backup."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.busy = BusyRow(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = self._make_tree()
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        self.repair_button = QPushButton(self.tr("&Repair"), self)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.clicked.connect(self.start)
        self.repair_button.clicked.connect(self.repair)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.busy, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.findings, 1)
        layout.addStretch(0)  # with no findings shown, the texts stay together at the top
        layout.addWidget(buttons)
        self.resize(1060, 480)
        self._set_busy(False)

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(
            [self.tr("Rows"), self.tr("Rule"), self.tr("Repair"), self.tr("Stays active")]
        )
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setColumnWidth(COLUMN_ROWS, 270)
        tree.setColumnWidth(COLUMN_RULE, 230)
        tree.setColumnWidth(COLUMN_REPAIR, 300)
        tree.itemChanged.connect(lambda *_args: self._update_buttons())
        return tree

    def _set_busy(self, busy: bool) -> None:
        self.again_button.setEnabled(not busy)
        self.findings.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.repair_button.setEnabled(idle and bool(self.chosen()))

    # --- checking ------------------------------------------------------------------------

    def start(self) -> None:
        """Check in the background; nothing is changed."""
        if self.task is not None:
            return
        database = self._ctx.database
        self.outcome = None
        self.summary.clear()
        self.task = self._ctx.tasks.run(
            lambda _task: check_database(database),
            on_done=self._checked,
            on_error=self._failed,
            busy=self.busy,
            text=self.tr("Checking the database…"),
            cancellable=False,
        )
        self._set_busy(True)

    def _checked(self, result: DatabaseCheck) -> None:
        self.task = None
        self.outcome = result
        text = describe_check(result)
        if self._after_repair is not None:  # the check that follows repairs says both
            text = describe_repair(self._after_repair) + text
            self._after_repair = None
        self.summary.setText(text)
        self._show_findings(result.rules.findings if result.rules else [])
        self._set_busy(False)
        self.checked.emit(result)

    def _show_findings(self, findings: list[Finding]) -> None:
        self.findings.clear()
        self._findings = {f.key: f for f in findings}
        self._keep = {}
        for finding in findings:
            item = QTreeWidgetItem(
                [translated(finding.subject), finding_rule(finding), self._repair_text(finding)]
            )
            item.setData(COLUMN_ROWS, Qt.ItemDataRole.UserRole, finding.key)
            for column in (COLUMN_ROWS, COLUMN_RULE, COLUMN_REPAIR):
                item.setToolTip(column, item.text(column))
            if finding.repairable:
                item.setCheckState(COLUMN_ROWS, Qt.CheckState.Checked)
            self.findings.addTopLevelItem(item)
            if finding.choices:
                self._keep[finding.key] = combo = QComboBox(self.findings)
                for choice in finding.choices:
                    combo.addItem(translated(choice.label), choice.key)
                combo.setCurrentIndex(combo.findData(finding.default))
                self.findings.setItemWidget(item, COLUMN_KEEP, combo)
        self.findings.setVisible(bool(findings))

    def _repair_text(self, finding: Finding) -> str:
        if finding.repair is None:
            return self.tr("(to look at: not changed)")
        return translated(finding.repair)

    def chosen(self) -> list[str]:
        """The keys of the findings whose repair is ticked."""
        keys = []
        for row in range(self.findings.topLevelItemCount()):
            item = self.findings.topLevelItem(row)
            if item is not None and item.checkState(COLUMN_ROWS) == Qt.CheckState.Checked:
                keys.append(str(item.data(COLUMN_ROWS, Qt.ItemDataRole.UserRole)))
        return keys

    def keep(self) -> dict[str, str]:
        return {key: str(combo.currentData()) for key, combo in self._keep.items()}

    # --- repairing -----------------------------------------------------------------------

    def repair(self) -> None:
        chosen = self.chosen()
        if self.task is not None or not chosen:
            return
        database, keep = self._ctx.database, self.keep()
        operation = Operation(
            lambda _task: repair_database(database, chosen, keep),
            self.tr("Repairing the database…"),
            on_success=self._repaired,
            on_failure=self._failed,
            busy=self.busy,
        )
        operation.declared = Changes(everything=True)
        self.task = self._ctx.writer.run(operation)
        self._set_busy(True)

    def _repaired(self, repaired: Repaired) -> None:
        self.task = None
        self.last_repair = self._after_repair = repaired
        self._ctx.history.clear()  # its edits may rest on values now repaired
        self.repaired.emit(repaired)
        self.start()

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
