"""The interface in the six UN languages.

Every user-facing string goes through Qt's ``tr()``/``translate()``; a string with a count
passes it (``tr(text, "", n)``) and Qt picks the language's plural form. The translations
are Qt Linguist sources, ``resources/translations/<lang>.ts`` (English too: it holds the
English singular and plural of the counted strings). The window compiles the file of its
language into Qt's ``.qm`` form the first time it needs it (``fwgdesk.ui.qm``) and keeps
the result in the user's cache folder, under the source's SHA-256, so a changed ``.ts``
is compiled again and nothing compiled is kept in the repository or the packages.
Qt's own texts (standard buttons such as Cancel or Close, the print dialog) come from the
``qtbase`` catalogues that ship with Qt, consulted when ours has no entry.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
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
FORMATS = {"ar": "ar_AE"}
"""The locale a language's numbers and times are written in, where it is not the
language's own: Arabic in Western digits, as UN Arabic documents write them and as the
dates and codes beside them are (Qt's "ar" is Egyptian, with Arabic-Indic digits)."""

_installed: list[QTranslator] = []


def translations_file(language: str) -> Path:
    return resources_dir() / "translations" / f"{language}.ts"


def _cache_folder() -> Path:
    folder = os.environ.get("FWGDESK_CACHE_DIR") or platformdirs.user_cache_dir(
        "fwgdesk", appauthor=False
    )
    return Path(folder) / "translations"


def compiled(language: str) -> bytes:
    """The ``.qm`` form of *language*'s ``.ts`` file: from the cache when the source is
    unchanged, else compiled (and cached when the cache folder can be written)."""
    source = translations_file(language).read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:16]
    cached = _cache_folder() / f"{language}-{digest}.qm"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    from fwgdesk.ui.qm import compile_qm  # the XML tools only when the cache has no copy
    from fwgdesk.ui.ts_files import read_ts

    found, catalogue = read_ts(translations_file(language))
    data = compile_qm(found or language, catalogue)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for stale in cached.parent.glob(f"{language}-*.qm"):
            stale.unlink(missing_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        temporary.replace(cached)
    except OSError:
        pass  # a read-only home: compiled again next time
    return data


class Translator(QTranslator):
    """The window's own strings in one language, from its compiled catalogue."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = language
        self._data = compiled(language)  # Qt reads the catalogue in place: keep it alive
        if not self.load(self._data):
            raise ValueError(f"the translations of {language} could not be loaded")


def _qt_translator(language: str, parent: QObject) -> QTranslator | None:
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(QLocale(language), "qtbase", "_", folder) else None


def current_language() -> str:
    """The language installed last ("en" before any)."""
    ours = [t for t in _installed if isinstance(t, Translator)]
    return ours[-1].code if ours else "en"


def install_language(app: QApplication, language: str) -> Translator:
    """Translate the interface into *language* (in place of the language installed before)
    and lay it out."""
    if language not in LANGUAGES:
        language = "en"
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(FORMATS.get(language, language)))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    qt = _qt_translator(language, app) if language != "en" else None
    translator = Translator(language, app)
    for each in (qt, translator):  # the last installed is asked first
        if each is not None:
            app.installTranslator(each)
            _installed.append(each)
    return translator
