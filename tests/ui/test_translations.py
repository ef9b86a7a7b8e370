"""The interface in the six UN languages: every string translated, the window follows."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from fwgdesk.ui.context import UiContext
from fwgdesk.ui.i18n import JsonTranslator, install_language, translations_file
from fwgdesk.ui.labels import joined
from fwgdesk.ui.models.batches_model import counts_text
from fwgdesk.ui.tr_strings import collect
from fwgdesk.ui.views.main_window import MainWindow

TRANSLATED = ("ar", "es", "fr", "ru", "zh")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)", text))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_window_is_translated(language: str) -> None:
    table = json.loads(translations_file(language).read_text(encoding="utf-8"))
    missing, broken = [], []
    for context, texts in collect().items():
        for text in texts:
            translated = table.get(context, {}).get(text)
            if not translated:
                missing.append(f"{context}: {text}")
            elif sorted(PLACEHOLDER.findall(translated)) != sorted(PLACEHOLDER.findall(text)):
                broken.append(f"{context}: {text} -> {translated}")
            elif mnemonics(translated) != mnemonics(text):
                broken.append(f"{context}: {text} -> {translated} (mnemonic)")
    assert missing == [], f"{len(missing)} untranslated in {language}"
    assert broken == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_is_left_for_a_string_the_code_dropped(language: str) -> None:
    table = json.loads(translations_file(language).read_text(encoding="utf-8"))
    strings = collect()
    stale = [
        f"{context}: {text}"
        for context, texts in table.items()
        for text in texts
        if text not in strings.get(context, [])
    ]
    assert stale == [], "translations of strings no longer in the code"


def test_the_window_speaks_chinese_and_arabic_right_to_left(
    qtbot: QtBot, ui_context: UiContext, qapp: QApplication
) -> None:
    translators = []
    try:
        translators.append(install_language(qapp, "zh"))
        window = MainWindow(ui_context)
        qtbot.addWidget(window)
        assert window.navigation.item(1).text() == "国家"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        for translator in translators:
            qapp.removeTranslator(translator)
        translators = [install_language(qapp, "ar")]
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arabic = QCoreApplication.translate("MainWindow", "States")
        assert arabic != "States" and re.search("[\u0600-\u06ff]", arabic)
    finally:
        for translator in translators:
            if isinstance(translator, JsonTranslator):
                qapp.removeTranslator(translator)
        install_language(qapp, "en")


@pytest.mark.parametrize(
    ("language", "cancel"),
    [("ar", "ألغِ"), ("es", "Cancelar"), ("fr", "Annuler"), ("ru", "Отмена"), ("zh", "取消")],
)
def test_qt_standard_buttons_speak_the_language(
    qapp: QApplication, language: str, cancel: str
) -> None:
    translator = install_language(qapp, language)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == cancel
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        install_language(qapp, "en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "A, B, and C"), ("ar", "A وB وC"), ("fr", "A, B et C"), ("zh", "A、B和C")],
)
def test_lists_are_written_as_the_language_writes_them(
    qapp: QApplication, language: str, expected: str
) -> None:
    translator = install_language(qapp, language)
    try:
        assert joined(["A", "B", "C"]) == expected
        counts = counts_text({"states": 194, "recommendations": 0, "added": 2, "changed": 3})
        assert "194" in counts and "2" in counts and "3" in counts
        assert (", " in counts) == (language in ("en", "fr"))  # not in Arabic or Chinese
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        install_language(qapp, "en")
