"""Settings: the user's own State, interface language, data folder, database, trusted keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from fwgdesk.domain.records import StateRecord
from fwgdesk.paths import default_data_dir, remember_data_dir
from fwgdesk.services.settings import Settings
from fwgdesk.ui.catalogue_text import reader_language
from fwgdesk.ui.i18n import LANGUAGES


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings`` holds them after ``accept``."""

    def __init__(
        self,
        settings: Settings,
        states: list[StateRecord],
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.result_settings = settings
        self._original = settings
        self.own_state = QComboBox(self)
        self.own_state.addItem(self.tr("(none)"), None)
        language, collator = reader_language(), QCollator(QLocale())
        for state in sorted(states, key=lambda s: collator.sortKey(s.name(language))):
            self.own_state.addItem(f"{state.name(language)} — {state.iso3}", state.iso3)
        self.own_state.setCurrentIndex(max(0, self.own_state.findData(settings.own_state)))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.data_dir = QLineEdit(str(data_dir), self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir)
        folder_row.addWidget(browse)
        self.database_url = QLineEdit(settings.database_url or "", self)
        self.database_url.setPlaceholderText(
            self.tr("empty: the SQLite file in the data folder; or postgresql+psycopg://…")
        )
        self.keys = QListWidget(self)
        self.keys.addItems(settings.trusted_keys)
        add_key = QPushButton(self.tr("&Add key…"), self)
        add_key.clicked.connect(self._add_key)
        remove_key = QPushButton(self.tr("&Remove key"), self)
        remove_key.clicked.connect(self._remove_key)
        keys_row = QHBoxLayout()
        keys_row.addWidget(add_key)
        keys_row.addWidget(remove_key)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self._layout(folder_row, keys_row)

    def _layout(self, folder_row: QHBoxLayout, keys_row: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("My &State:"), self.own_state)
        form.addRow(self.tr("Interface &language:"), self.language)
        folder_label = QLabel(self.tr("&Data folder:"), self)
        folder_label.setBuddy(self.data_dir)  # a label without a buddy shows its "&"
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Data&base URL:"), self.database_url)
        form.addRow(self.tr("Trusted signing &keys:"), self.keys)
        form.addRow("", keys_row)
        # the language changes at once (the window switches when OK is pressed)
        note = QLabel(
            self.tr("The data folder and database take effect the next time fwgdesk starts."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # wide enough to read the placeholder whole: what an empty field means and how a
        # server's address is written
        url = self.database_url
        url.setMinimumWidth(url.fontMetrics().horizontalAdvance(url.placeholderText()) + 16)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Data folder"), self.data_dir.text()
        )
        if folder:
            self.data_dir.setText(folder)

    def _add_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Public key"), "", self.tr("Public keys (*.pem *.pub);;All files (*)")
        )
        if path:
            self.keys.addItem(path)

    def _remove_key(self) -> None:
        for item in self.keys.selectedItems():
            self.keys.takeItem(self.keys.row(item))

    def problems(self) -> list[str]:
        found = []
        url = self.database_url.text().strip()
        if url:
            try:
                backend = make_url(url).get_backend_name()
            except ArgumentError:
                backend = ""
            if backend not in ("sqlite", "postgresql"):
                found.append(self.tr("The database URL must start with sqlite:// or postgresql"))
        if not self.data_dir.text().strip():
            found.append(self.tr("The data folder cannot be empty"))
        return found

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        self.result_settings = Settings(
            database_url=self.database_url.text().strip() or None,
            own_state=self.own_state.currentData(),
            language=self.language.currentData(),
            trusted_keys=[self.keys.item(i).text() for i in range(self.keys.count())],
        )
        folder = Path(self.data_dir.text().strip())
        if folder != default_data_dir():
            remember_data_dir(folder)
        super().accept()
