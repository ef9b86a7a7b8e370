"""Counted strings in every plural form of the six languages, window and messages alike."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from fwgdesk.domain.messages import REGISTRY, message
from fwgdesk.domain.wording import english
from fwgdesk.ui.i18n import install_language, translations_file
from fwgdesk.ui.tr_strings import collect, counted, message_codes
from fwgdesk.ui.ts_files import PLURAL_FORMS, read_ts
from fwgdesk.ui.wording import translated
from tests.ui.language import plain

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
PROBLEMS = (
    "{file} was refused: {count} problem(s) found. Nothing was changed. Correct the file,"
    " or ask the Secretariat for a corrected one."
)


def test_every_message_with_a_count_declares_it() -> None:
    codes = message_codes()
    counted_codes = [code for code in codes if code.count]
    assert len(counted_codes) >= 20
    undeclared = [
        code.key for code in codes if not code.count and re.search(r"\{count\}|\(s\)", code.english)
    ]
    assert undeclared == [], "messages with a count that do not say which parameter holds it"
    for code in counted_codes:
        assert (len(code.forms) == 2 and code.forms[0] != code.forms[1]) or "more" in code.key


@pytest.mark.parametrize("language", sorted(PLURAL_FORMS))
def test_every_counted_string_has_every_form_with_its_placeholders(language: str) -> None:
    table = read_ts(translations_file(language))[1]
    wanted = len(PLURAL_FORMS[language])
    strings = collect()
    wrong = []
    for context, text in sorted(counted()):
        if language == "en" and context == "messages":
            continue  # English forms of messages are declared with their code
        entry = table[context][text]
        assert text in strings[context]
        if not entry.numerus or len(entry.forms) != wanted or not all(entry.forms):
            wrong.append(f"{context}: {text}: {entry.forms}")
            continue
        for form in entry.forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {text}: placeholder dropped in {form!r}")
    assert wrong == []


def test_english_messages_on_the_command_line_say_one_and_many() -> None:
    code = REGISTRY["update.refused"]
    one = english(message(code, count=1, problems="x", more=""))
    many = english(message(code, count=3, problems="x", more=""))
    assert one.startswith("the update was refused, 1 problem:"), one
    assert many.startswith("the update was refused, 3 problems:"), many


def _window(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 problem found"), (2, "2 problems found"), (21, "21 problems found")],
)
def test_english_window_says_one_and_many(qapp: QApplication, n: int, expected: str) -> None:
    install_language(qapp, "en")
    assert expected in _window("ProblemsDialog", PROBLEMS, n).format(file="f", count=n)


@pytest.mark.parametrize(
    ("n", "window", "message_text"),
    [
        (1, "обнаружена 1 проблема", "1 проблема"),
        (2, "обнаружены 2 проблемы", "2 проблемы"),
        (5, "обнаружено 5 проблем", "5 проблем"),
        (21, "обнаружена 21 проблема", "21 проблема"),
    ],
)
def test_russian_one_few_many(qapp: QApplication, n: int, window: str, message_text: str) -> None:
    install_language(qapp, "ru")
    try:
        assert window in _window("ProblemsDialog", PROBLEMS, n).format(file="f", count=n)
        code = REGISTRY["update.refused"]
        worded = plain(translated(message(code, count=n, problems="x", more="")))
        assert f"обновление отклонено, {message_text}:" in worded, worded
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize(
    ("n", "noun"),
    [(0, "ملف"), (1, "ملف"), (2, "ملفان"), (3, "ملفات"), (11, "ملفًا"), (100, "ملف")],
)
def test_arabic_six_forms(qapp: QApplication, n: int, noun: str) -> None:
    install_language(qapp, "ar")
    try:
        saved = _window("ReportsView", "{count} file(s) saved in {folder}", n)
        assert saved.format(count=n, folder="D") == f"حُفظ {n} {noun} في D"
        rows = plain(translated(message(REGISTRY["update.rows_of"], count=n, table="T")))
        row = {0: "صف", 1: "صف", 2: "صفان", 3: "صفوف", 11: "صفًا", 100: "صف"}[n]
        assert rows == f"{n} {row} من T", rows
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize(("language", "n"), [("zh", 1), ("zh", 7), ("fr", 0), ("fr", 1), ("fr", 2)])
def test_chinese_one_form_and_french_zero_as_one(qapp: QApplication, language: str, n: int) -> None:
    install_language(qapp, language)
    try:
        text = _window("ReportsView", "{count} page(s) sent to the printer.", n)
        if language == "zh":
            assert text == "已向打印机发送 {count} 页。"
        else:
            assert text == (
                "{count} page envoyée à l’imprimante."
                if n < 2
                else "{count} pages envoyées à l’imprimante."
            )
    finally:
        install_language(qapp, "en")
