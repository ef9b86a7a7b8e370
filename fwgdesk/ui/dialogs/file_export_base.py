"""What the export dialogs share: a format, a place to save, and the export in the background.

A subclass lays out its options with :meth:`FileExportDialog._format_row` and
:meth:`FileExportDialog._path_row`, puts :meth:`FileExportDialog._build_buttons` below them,
and says what keeps the export from running, where to save by default, how to ask for a
file, the work to run and what to do once it is written. Cancel stops a running export;
the dialog closes when the export is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar, Generic, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from fwgdesk.ui.context import UiContext
from fwgdesk.ui.tasks import Task
from fwgdesk.ui.widgets.errors import describe

R = TypeVar("R")


def with_suffix(text: str, suffix: str, known: Iterable[str]) -> str:
    """*text* with one of the *known* suffixes replaced by *suffix*."""
    for old in known:
        if old and text.lower().endswith(old):
            return text[: -len(old)] + suffix
    return text + suffix


class FileExportDialog(QDialog, Generic[R]):
    """Writes an export whose work returns an ``R``, in the background."""

    SUFFIXES: ClassVar[dict[str, str]] = {}  # format key -> file suffix ("" for a folder)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.choose_path: Callable[[], str | None] = self._ask_path

    # --- building ------------------------------------------------------------------------

    def _format_row(self, labels: dict[str, str]) -> tuple[QLabel, QComboBox]:
        """The format choice (format key -> label) and its label."""
        self.format_combo = QComboBox(self)
        for key, text in labels.items():
            self.format_combo.addItem(text, key)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        label = QLabel(self.tr("&Format:"), self)
        label.setBuddy(self.format_combo)
        return label, self.format_combo

    def _path_row(self) -> tuple[QLabel, QHBoxLayout]:
        """Where to save, with a Browse button, and its label."""
        self.path_edit = QLineEdit(self)
        self.path_edit.textChanged.connect(self.path_edit.setToolTip)  # the path whole
        self.path_edit.setText(str(self._suggested_path()))
        self.path_edit.textChanged.connect(self._update_state)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        label = QLabel(self.tr("&Save to:"), self)
        label.setBuddy(self.path_edit)
        return label, row

    def _build_buttons(self) -> QHBoxLayout:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(160)
        self.export_button = QPushButton(self.tr("E&xport"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.export_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        return row

    # --- what the subclass tells ---------------------------------------------------------

    def _suggested_path(self) -> Path:
        raise NotImplementedError

    def _ask_path(self) -> str | None:
        """Ask the user where to save; None when they gave up."""
        raise NotImplementedError

    def problem(self) -> str | None:
        """What keeps the export from running, or None."""
        raise NotImplementedError

    def _work(self, path: Path) -> Callable[[Task], R]:
        """The export to *path*, to run off the GUI thread (choices read beforehand)."""
        raise NotImplementedError

    def _on_written(self, result: R, path: Path) -> None:
        """Keep and announce *result*, the export written to *path*."""
        raise NotImplementedError

    # --- choices -------------------------------------------------------------------------

    def format_key(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def suffix(self) -> str:
        """The file suffix of the chosen format ("" for a folder)."""
        return self.SUFFIXES[self.format_key()]

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(with_suffix(text, self.suffix(), self.SUFFIXES.values()))

    def browse(self) -> None:
        path = self.choose_path()
        if path:
            self.path_edit.setText(path)

    def _update_state(self) -> None:
        problem = self.problem()
        self.export_button.setEnabled(self.task is None and problem is None)
        if self.task is None:
            self.status.setText(problem or "")

    # --- exporting -----------------------------------------------------------------------

    def accept(self) -> None:
        """Start the export; the dialog closes when it is written."""
        if self.task is not None or self.problem() is not None:
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        work = self._work(path)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Exporting…"))
        self.task = self.ctx.tasks.run(
            work,
            on_done=lambda result: self._written(result, path),
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        self._update_state()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()

    def _finish(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self._update_state()

    def _written(self, result: R, path: Path) -> None:
        self._finish()
        self._on_written(result, path)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.status.setText(self.tr("Not exported: {error}").format(error=describe(error)))

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Export cancelled: nothing was written."))
