"""Pieces of the import preview: the signature panel, the counts table, the decision editor,
and the list of problems shown when an update is refused."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fwgdesk.domain.messages import Message
from fwgdesk.exchange.apply import Choice
from fwgdesk.exchange.preview import Preview
from fwgdesk.exchange.problems import Problem
from fwgdesk.exchange.signing import SignatureCheck
from fwgdesk.ui.models.preview_model import choice_label, table_label
from fwgdesk.ui.wording import translated

Index = QModelIndex | QPersistentModelIndex

# status -> (background, border) of the signature panel
SIGNATURE_COLOURS = {
    "trusted": ("#e3f4e4", "#2e7d32"),
    "unknown_signer": ("#fff4d6", "#b26a00"),
    "unsigned": ("#fff4d6", "#b26a00"),
    "invalid": ("#fbe0e0", "#b00020"),
}


class SignaturePanel(QFrame):
    """The signature status, prominent: who signed, or why it needs care, or why refused."""

    def __init__(self, signature: SignatureCheck, warnings: list[Message], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePanel")
        background, border = SIGNATURE_COLOURS.get(signature.status, ("#f0f0f0", "#808080"))
        self.setStyleSheet(
            f"#signaturePanel {{ background: {background}; border: 1px solid {border};"
            f" border-left: 6px solid {border}; border-radius: 3px; }}"
            " #signaturePanel QLabel { background: transparent; border: none; }"
        )
        self.title = QLabel(self.status_title(signature), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Signature"))
        self.message = QLabel(translated(signature), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(signature.status != "unsigned")  # the title says it all
        self.explanation = QLabel(self.explain(signature), self)
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.explanation)
        for warning in warnings:
            label = QLabel(self.tr("Warning: {0}").format(translated(warning)), self)
            label.setWordWrap(True)
            layout.addWidget(label)

    def status_title(self, signature: SignatureCheck) -> str:
        if signature.status == "trusted":
            return self.tr("Signed by {signer}").format(signer=signature.signer or "")
        if signature.status == "unknown_signer":
            return self.tr("Signed by an unknown key")
        if signature.status == "invalid":
            return self.tr("Invalid signature: this update is refused")
        return self.tr("Not signed")

    def explain(self, signature: SignatureCheck) -> str:
        if signature.status == "trusted":
            return self.tr("The file is exactly as the signer issued it.")
        if signature.status == "unknown_signer":
            return self.tr(
                "The key that signed it is not one of your trusted keys: nothing proves who"
                " issued it. Import it only if you know where it came from."
            )
        if signature.status == "invalid":
            return self.tr("Ask the Secretariat for the file again; nothing can be applied.")
        return self.tr(
            "Nothing proves who issued this file or that it was not changed since."
            " Import it only if you know where it came from."
        )


class CountsTable(QTableWidget):
    """Per table: how many rows the update adds, changes, leaves, deletes; and conflicts."""

    KINDS: ClassVar[tuple[str, ...]] = ("added", "changed", "unchanged", "deleted")

    def __init__(self, preview: Preview, parent: QWidget) -> None:
        super().__init__(parent)
        counts = preview.counts()
        conflicts: dict[str, int] = {}
        for changed, _field in preview.conflicts():
            conflicts[changed.table] = conflicts.get(changed.table, 0) + 1
        headers = [
            self.tr("Added"),
            self.tr("Changed"),
            self.tr("Unchanged"),
            self.tr("Deleted"),
            self.tr("Conflicts"),
        ]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(counts))
        self.setVerticalHeaderLabels([table_label(table) for table in counts])
        for row, (table, kinds) in enumerate(counts.items()):
            values = [kinds.get(kind, 0) for kind in self.KINDS] + [conflicts.get(table, 0)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resizeColumnsToContents()
        self.setFixedSize(self._fitting_width(), self._fitting_height())

    def count(self, table: str, kind: str) -> int:
        """The number shown for *table* and *kind* (for tests and accessibility)."""
        labels = [self.verticalHeaderItem(r).text() for r in range(self.rowCount())]
        kinds = [*self.KINDS, "conflicts"]
        item = self.item(labels.index(table_label(table)), kinds.index(kind))
        return int(item.text()) if item is not None else 0

    def _fitting_width(self) -> int:
        width = self.verticalHeader().sizeHint().width() + 2 * self.frameWidth()
        return width + sum(self.columnWidth(c) for c in range(self.columnCount()))

    def _fitting_height(self) -> int:
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        return height + sum(self.rowHeight(r) for r in range(self.rowCount()))


class DecisionDelegate(QStyledItemDelegate):
    """Edits a conflict's decision with a list: keep mine, take the update's."""

    CHOICES: ClassVar[tuple[Choice, ...]] = ("local", "incoming")

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QComboBox(parent)
        for choice in self.CHOICES:
            editor.addItem(choice_label(choice), choice)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(max(0, editor.findData(current)))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ProblemsDialog(QDialog):
    """Every problem of a refused update, one a line: file, sheet, line, column: message."""

    def __init__(
        self, file_name: str, problems: list[Problem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update refused"))
        self.resize(760, 420)
        self.summary = QLabel(
            self.tr(
                "{file} was refused: {count} problem(s) found. Nothing was changed."
                " Correct the file, or ask the Secretariat for a corrected one.",
                "",
                len(problems),
            ).format(file=file_name, count=len(problems)),
            self,
        )
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.addItems([translated(problem.as_message()) for problem in problems])
        self.list.setWordWrap(True)
        for row in range(self.list.count()):  # a line cut all the same (a long list of
            item = self.list.item(row)  # codes in Chinese) is read whole in its tooltip
            item.setToolTip(item.text())
        self.list.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy the list"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join([self.summary.text(), *self.lines()]))
