"""The preview of an import: what the update would do, the signature, the conflicts, Apply.

Apply stays disabled until every conflict is decided and the signature and sequence
confirmations the update needs are given. Applying runs in the background with progress;
Cancel raises inside the transaction, so the database stays exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.db.changes import Changes
from fwgdesk.exchange.apply import Choice
from fwgdesk.exchange.problems import UpdateRejectedError
from fwgdesk.services.imports import ImportPlan, ImportResult, apply_import
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.import_parts import (
    CountsTable,
    DecisionDelegate,
    ProblemsDialog,
    SignaturePanel,
)
from fwgdesk.ui.models.preview_model import PreviewModel, decision_texts, preview_names
from fwgdesk.ui.operations import Operation
from fwgdesk.ui.row_words import ltr_date
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.errors import describe
from fwgdesk.ui.wording import isolated, sentences, translated

WARNING_STYLE = (
    "#sequencePanel { background: #fff4d6; border: 1px solid #b26a00; border-radius: 3px; }"
    " #sequencePanel QLabel { background: transparent; }"
)


COMBO_PADDING = 40  # the cell's margins, and the arrow of the choice's combo box
IMPORTED = Changes(frozenset({"import_batches"}))  # not in the audit trail: said here


class ImportPreviewDialog(QDialog):
    applied = Signal(object)  # ImportResult

    def __init__(self, ctx: UiContext, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.task: Task | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.apply_function: Callable[..., ImportResult] = apply_import
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.path.name))
        self.resize(1100, 700)
        self.model = PreviewModel(self)
        self.model.set_preview(plan.preview, preview_names(ctx.database, plan.preview))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_tree(), 1)
        layout.addLayout(self._build_conflict_buttons())
        layout.addLayout(self._build_bottom())
        self.model.decisions_changed.connect(self._update_state)
        self._update_state()

    # --- building ------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        update = self.plan.update
        # the lines' direction said: else the file's Latin name sets it, even in Arabic
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        lines = self.tr(
            "<b>{file}</b><br>Published by {publisher}, sequence {sequence}<br>"
            "Data as of {as_of}, issued {issued}"
        ).format(
            # isolated: Latin names and ISO dates read whole inside Arabic sentences
            file=escape(self.plan.path.name),
            publisher=escape(isolated(update.publisher)),
            sequence=update.sequence,
            as_of=ltr_date(update.as_of) if update.as_of else "—",
            issued=ltr_date(update.issued_at.strftime("%Y-%m-%d %H:%M"))
            if update.issued_at
            else "—",
        )
        self.header = QLabel(f'<div dir="{"rtl" if rtl else "ltr"}">{lines}</div>', self)
        self.signature = SignaturePanel(self.plan.signature, self.plan.key_warnings, self)
        self.confirm_box = QCheckBox(
            self.tr("I&mport it although it is not signed by a trusted key"), self.signature
        )
        self.confirm_box.setVisible(self.plan.decision == "confirm")
        self.confirm_box.toggled.connect(self._update_state)
        signature_layout = self.signature.layout()
        assert signature_layout is not None
        signature_layout.addWidget(self.confirm_box)
        left = QVBoxLayout()
        left.addWidget(self.header)
        left.addWidget(self.signature)
        left.addWidget(self._build_sequence())
        left.addStretch(1)
        self.counts = CountsTable(self.plan.preview, self)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def _build_sequence(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("sequencePanel")
        panel.setStyleSheet(WARNING_STYLE)
        self.sequence_label = QLabel(
            self.tr("<b>Older or repeated update</b><br>{problem}").format(
                problem=escape(translated(self.plan.sequence_problem))
                if self.plan.sequence_problem
                else ""
            ),
            panel,
        )
        self.sequence_label.setWordWrap(True)
        self.insist_box = QCheckBox(self.tr("Apply an&yway (older or repeated update)"), panel)
        self.insist_box.toggled.connect(self._update_state)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.sequence_label)
        layout.addWidget(self.insist_box)
        panel.setVisible(self.plan.sequence_problem is not None)
        return panel

    def _build_filters(self) -> QHBoxLayout:
        self.hide_unchanged = QCheckBox(self.tr("&Hide unchanged rows"), self)
        self.hide_unchanged.setChecked(True)
        self.hide_unchanged.toggled.connect(self._filter)
        self.only_conflicts = QCheckBox(self.tr("Only &conflicts"), self)
        self.only_conflicts.toggled.connect(self._filter)
        self.expand_button = QPushButton(self.tr("E&xpand all"), self)
        self.collapse_button = QPushButton(self.tr("C&ollapse all"), self)
        self.shown_label = QLabel(self)
        row = QHBoxLayout()
        for widget in (self.hide_unchanged, self.only_conflicts):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.shown_label)
        row.addWidget(self.expand_button)
        row.addWidget(self.collapse_button)
        return row

    def _build_tree(self) -> QTreeView:
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setItemDelegateForColumn(PreviewModel.COLUMN_DECISION, DecisionDelegate(self))
        self._size_columns()
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        self._expand_conflicts()
        return self.tree

    def _size_columns(self) -> None:
        """The Decision column as wide as its words (bold on a row), the row's name
        taking what is left: the choice stays in sight without scrolling sideways."""
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PreviewModel.COLUMN_ITEM, QHeaderView.ResizeMode.Stretch)
        widths = {1: 130, 2: 150, 3: 170, 4: 170}
        for column, width in widths.items():
            self.tree.setColumnWidth(column, width)
        font = QFont(self.tree.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = decision_texts(max(self.model.conflict_count, 1))
        wanted = max(metrics.horizontalAdvance(text) for text in texts)
        self.tree.setColumnWidth(PreviewModel.COLUMN_DECISION, wanted + COMBO_PADDING)

    def _build_conflict_buttons(self) -> QHBoxLayout:
        self.keep_mine_button = QPushButton(self.tr("&Keep mine"), self)
        self.take_theirs_button = QPushButton(self.tr("&Take the update's"), self)
        self.keep_all_button = QPushButton(self.tr("Keep &all mine"), self)
        self.take_all_button = QPushButton(self.tr("Take the update's fo&r all"), self)
        self.keep_mine_button.clicked.connect(lambda: self.decide_selected("local"))
        self.take_theirs_button.clicked.connect(lambda: self.decide_selected("incoming"))
        self.keep_all_button.clicked.connect(lambda: self.model.decide_all("local"))
        self.take_all_button.clicked.connect(lambda: self.model.decide_all("incoming"))
        self.conflict_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.conflict_label, 1)
        for button in (
            self.keep_mine_button,
            self.take_theirs_button,
            self.keep_all_button,
            self.take_all_button,
        ):
            row.addWidget(button)
        return row

    def _build_bottom(self) -> QHBoxLayout:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(260)
        self.apply_button = QPushButton(self.tr("A&pply"), self)
        self.apply_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.apply_button)
        row.addWidget(self.cancel_button)
        return row

    # --- showing -------------------------------------------------------------------------

    def _filter(self) -> None:
        self.model.set_hide_unchanged(self.hide_unchanged.isChecked())
        self.model.set_only_conflicts(self.only_conflicts.isChecked())
        self._expand_conflicts()
        self._update_state()

    def _expand_conflicts(self) -> None:
        for row in range(min(self.model.rowCount(), 500)):
            index = self.model.index(row, 0)
            if index.data(PreviewModel.ConflictRole):
                self.tree.expand(index)

    def decide_selected(self, choice: Choice) -> None:
        """Decide the selected conflicts (a selected row: all its conflicts)."""
        for index in self.tree.selectionModel().selectedRows():
            if index.parent().isValid():
                self.model.decide(index, choice)
                continue
            for child in range(self.model.rowCount(index)):
                self.model.decide(self.model.index(child, 0, index), choice)

    def blockers(self) -> list[str]:
        """Why Apply is disabled, in sentences; empty when it can run."""
        reasons = []
        if self.plan.decision == "refuse":
            reasons.append(self.tr("The signature is invalid: this update cannot be applied."))
        elif self.plan.decision == "confirm" and not self.confirm_box.isChecked():
            reasons.append(self.tr("Confirm above that you import it without a trusted signature."))
        if self.plan.sequence_problem and not self.insist_box.isChecked():
            reasons.append(self.tr("Confirm above that you apply an older or repeated update."))
        undecided = self.model.undecided_count()
        if undecided:
            reasons.append(
                self.tr("Decide {count} conflict(s) first.", "", undecided).format(count=undecided)
            )
        if not self.plan.preview.has_changes:
            reasons.append(self.tr("Nothing to change: the database already holds this update."))
        return reasons

    def _update_state(self) -> None:
        running = self.task is not None
        reasons = self.blockers()
        self.apply_button.setEnabled(not running and not reasons)
        conflicts = self.model.conflict_count
        for button in (
            self.keep_mine_button,
            self.take_theirs_button,
            self.keep_all_button,
            self.take_all_button,
        ):
            button.setEnabled(conflicts > 0 and not running)
        self.conflict_label.setText(
            self.tr(
                "{count} conflict(s) with your local changes, {undecided} undecided", "", conflicts
            ).format(count=conflicts, undecided=self.model.undecided_count())
            if conflicts
            else self.tr("No conflicts with your local changes.")
        )
        self.shown_label.setText(
            self.tr("{count} row(s) shown", "", self.model.rowCount()).format(
                count=self.model.rowCount()
            )
        )
        if not running:
            self.status.setText(sentences(reasons))

    # --- applying ------------------------------------------------------------------------

    def apply(self) -> None:
        if self.task is not None or self.blockers():
            return
        plan, database = self.plan, self.ctx.database
        resolution = self.model.resolution()
        confirmed = self.confirm_box.isChecked()
        insist = self.insist_box.isChecked()
        apply_function = self.apply_function

        def work(task: Task) -> ImportResult:
            task.check()
            return apply_function(database, plan, resolution, confirmed, insist, task.progress)

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Backing up the database and applying the update…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.task = self.ctx.writer.run(
            Operation(
                work,
                self.tr("Applying {file}…").format(file=plan.path.name),
                on_success=self._applied,
                on_failure=self._failed,
                on_cancel=self._cancelled,
                on_progress=self._progressed,
                cancellable=True,
                declared=IMPORTED,
            )
        )
        self._update_state()

    def cancel(self) -> None:
        """While applying: stop, and the transaction rolls back. Otherwise: close."""
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:  # Escape or the window's close button while applying
            self.cancel()
            return
        super().reject()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Applying row {done} of {total}…").format(done=done, total=total)
        )

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)
        self._update_state()

    def _applied(self, result: ImportResult) -> None:
        self._finished()
        self.applied.emit(result)
        self.accept()

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Cancelled: nothing was changed."))

    def _failed(self, error: BaseException) -> None:
        self._finished()
        if isinstance(error, UpdateRejectedError):
            self.problems_dialog = ProblemsDialog(self.plan.path.name, error.problems, self)
            self.problems_dialog.open()
            self.status.setText(self.tr("Not applied: nothing was changed."))
            return
        self.status.setText(
            self.tr("Not applied, nothing was changed: {error}").format(error=describe(error))
        )


def first_conflict(model: PreviewModel) -> QModelIndex:
    """The first field in conflict (for keyboard users and tests), or an invalid index."""
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for child in range(model.rowCount(parent)):
            index = model.index(child, 0, parent)
            if index.data(PreviewModel.ConflictRole):
                return index
    return QModelIndex()
