"""The interface in the six UN languages: every string translated, the window follows."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from fwgdesk.ui.context import UiContext
from fwgdesk.ui.i18n import compiled, install_language, translations_file
from fwgdesk.ui.labels import joined
from fwgdesk.ui.models.batches_model import counts_text
from fwgdesk.ui.qm import compile_qm
from fwgdesk.ui.tr_strings import collect, counted
from fwgdesk.ui.ts_files import PLURAL_FORMS, read_ts
from fwgdesk.ui.views.main_window import MainWindow

TRANSLATED = ("ar", "es", "fr", "ru", "zh")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)", text))


def problems_of(source: str, forms: list[str], count: int) -> list[str]:
    """What is wrong with the translation *forms* of *source* (*count* forms expected)."""
    if len(forms) != count or not all(forms):
        return [f"{len([f for f in forms if f])} of {count} forms"]
    wrong = []
    for form in forms:
        if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
            wrong.append(f"placeholders in {form!r}")
        elif mnemonics(form) != mnemonics(source):
            wrong.append(f"mnemonic in {form!r}")
    return wrong


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_window_is_translated(language: str) -> None:
    found, table = read_ts(translations_file(language))
    assert found == language
    missing, broken = [], []
    for context, texts in collect().items():
        for text in texts:
            entry = table.get(context, {}).get(text)
            numerus = (context, text) in counted()
            if entry is None or not entry.done:
                missing.append(f"{context}: {text}")
                continue
            assert entry.numerus == numerus, f"{context}: {text} counted or not as in the code"
            expected = len(PLURAL_FORMS[language]) if numerus else 1
            broken += [f"{context}: {text}: {p}" for p in problems_of(text, entry.forms, expected)]
    assert missing == [], f"{len(missing)} untranslated in {language}"
    assert broken == []


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_no_translation_is_left_for_a_string_the_code_dropped(language: str) -> None:
    table = read_ts(translations_file(language))[1]
    strings = collect()
    stale = [
        f"{context}: {text}"
        for context, texts in table.items()
        for text in texts
        if text not in strings.get(context, [])
    ]
    assert stale == [], "translations of strings no longer in the code"


@pytest.mark.parametrize("language", sorted(PLURAL_FORMS))
def test_the_compiled_catalogue_is_what_lrelease_makes(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / f"{language}.qm"
    source = translations_file(language)
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(qm)], check=True)
    ours = compile_qm(language, read_ts(source)[1])
    assert ours == qm.read_bytes(), "the .qm differs from lrelease's"
    assert compiled(language) == ours


def test_the_window_speaks_chinese_and_arabic_right_to_left(
    qtbot: QtBot, ui_context: UiContext, qapp: QApplication
) -> None:
    try:
        install_language(qapp, "zh")
        window = MainWindow(ui_context)
        qtbot.addWidget(window)
        assert window.navigation.item(1).text() == "国家"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        install_language(qapp, "ar")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arabic = QCoreApplication.translate("MainWindow", "States")
        assert arabic != "States" and re.search("[\u0600-\u06ff]", arabic)
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize(
    ("language", "cancel"),
    [("ar", "ألغِ"), ("es", "Cancelar"), ("fr", "Annuler"), ("ru", "Отмена"), ("zh", "取消")],
)
def test_qt_standard_buttons_speak_the_language(
    qapp: QApplication, language: str, cancel: str
) -> None:
    install_language(qapp, language)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == cancel
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "A, B, and C"), ("ar", "A وB وC"), ("fr", "A, B et C"), ("zh", "A、B和C")],
)
def test_lists_are_written_as_the_language_writes_them(
    qapp: QApplication, language: str, expected: str
) -> None:
    install_language(qapp, language)
    try:
        assert joined(["A", "B", "C"]) == expected
        counts = counts_text({"states": 194, "recommendations": 0, "added": 2, "changed": 3})
        assert "194" in counts and "2" in counts and "3" in counts
        assert (", " in counts) == (language in ("en", "fr"))  # not in Arabic or Chinese
    finally:
        install_language(qapp, "en")
