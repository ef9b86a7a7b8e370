"""The interface in the six UN languages.

Every user-facing string goes through Qt's ``tr()``/``translate()``. The translations are
reviewed JSON files in ``resources/translations/<lang>.json`` (``{context: {source:
translation}}``), read by a ``QTranslator`` subclass: no compiled ``.qm`` files are needed,
and a test checks that every string in the code has a translation in every language.
Qt's own texts (standard buttons such as Cancel or Close, the print dialog) come from the
``qtbase`` catalogues that ship with Qt, consulted when the JSON table has no entry.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fwgdesk.paths import resources_dir

LANGUAGES: dict[str, str] = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
RIGHT_TO_LEFT = {"ar"}


def translations_file(language: str) -> Path:
    return resources_dir() / "translations" / f"{language}.json"


class JsonTranslator(QTranslator):
    """Looks each (context, source text) up in a dictionary loaded from JSON."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = language
        path = translations_file(language)
        raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        self._table: dict[str, dict[str, str]] = raw
        self._qt = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._qt.load(QLocale(language), "qtbase", "_", folder)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        translated = self._table.get(context, {}).get(source_text)
        if translated is None and not self._qt.isEmpty():
            found = self._qt.translate(context, source_text, disambiguation, n)
            return found or None  # type: ignore[return-value]
        return translated  # type: ignore[return-value]  # None: no translation, Qt falls back

    def isEmpty(self) -> bool:  # noqa: N802
        return not self._table


def install_language(app: QApplication, language: str) -> JsonTranslator | None:
    """Translate the interface into *language* (English needs nothing) and lay it out."""
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(language))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    if language == "en":
        return None
    translator = JsonTranslator(language, app)
    app.installTranslator(translator)
    return translator
