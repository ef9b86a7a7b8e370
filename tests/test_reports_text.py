"""The text engine of the PDFs: every character has a glyph, scripts get their font,
Arabic is shaped and reordered line by line, Chinese wraps between characters."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.paths import resources_dir
from fwgdesk.reports.characters import direction, is_rtl, isolate_ltr
from fwgdesk.reports.fonts import Script, fonts
from fwgdesk.reports.labels import Labels, label_table
from fwgdesk.reports.text import TextEngine, TextStyle

CATALOGUE_FIELDS = (
    "title_en",
    "text_zh",
    "section_title_zh",
    "section_title_en",
    "subsection_title_zh",
    "subsection_title_en",
)


def catalogue_texts() -> Iterator[tuple[str, str]]:
    folder = resources_dir() / "catalogue"
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "themes" in data and "items" not in data:
            for theme in data["themes"]:
                for language in ("ar", "en", "es", "fr", "ru", "zh"):
                    yield f"theme {theme['code']} {language}", theme[language]
            continue
        source = data["source"]
        yield f"{path.name} title_zh", source["title_zh"]
        yield f"{path.name} title_en", source["title_en"]
        for item in data["items"]:
            for field in CATALOGUE_FIELDS:
                if item.get(field):
                    yield f"{item['code']} {field}", item[field]


LABELS = {language: label_table(language) for language in UN_LANGUAGES}
EN = LABELS["en"]


def label_texts() -> Iterator[tuple[str, str]]:
    for language, table in LABELS.items():
        for key, text in table.items():
            yield f"{language}:{key}", text


def state_names() -> Iterator[tuple[str, str]]:
    data = json.loads((resources_dir() / "states" / "states.json").read_text(encoding="utf-8"))
    for state in data["states"]:
        for language in ("ar", "en", "es", "fr", "ru", "zh"):
            yield f"{state['iso3']} {language}", state[f"name_{language}"]


ALL_TEXTS = [*catalogue_texts(), *label_texts(), *state_names()]


def test_the_bundled_texts_are_many() -> None:
    assert sum(1 for name, _ in ALL_TEXTS if name.endswith("text_zh")) == 132
    assert len(LABELS) == 6


def test_every_character_has_a_glyph_in_a_bundled_font() -> None:
    fontset = fonts()
    missing: dict[str, str] = {}
    for where, text in ALL_TEXTS:
        for char in text:
            if char in "\n\r\t":
                continue
            if not fontset.any_has(char):
                missing.setdefault(f"U+{ord(char):04X} {unicodedata.name(char, '?')}", where)
    assert not missing, missing


def test_each_character_goes_to_a_font_that_has_it() -> None:
    """What is drawn: after shaping (Arabic presentation forms) and cleaning."""
    engine = TextEngine()
    fontset = engine.fontset
    wrong: dict[str, str] = {}
    for where, text in ALL_TEXTS:
        shaped = engine.clean(engine.shape(text))
        for char, script in zip(shaped, engine.scripts(shaped), strict=True):
            if char == "\n":
                continue
            if not fontset.has(script, char):
                wrong.setdefault(f"U+{ord(char):04X} in {script}", where)
    assert not wrong, wrong
    assert not engine.missing


def test_scripts_get_their_own_font() -> None:
    engine = TextEngine()
    runs = engine.runs("Ирина 王晓明 ﺃﺣﻤﺪ Pérez", 10)
    fontset = fonts()
    by_font = {run.font: run.text.strip() for run in runs}
    assert by_font[fontset.name(Script.CJK)] == "王晓明"
    assert by_font[fontset.name(Script.ARABIC)] == "ﺃﺣﻤﺪ"
    assert runs[0].font == fontset.name(Script.LATIN)
    assert engine.runs("Bold", 10, bold=True)[0].font == fontset.name(Script.LATIN, True)


def test_every_label_set_is_complete() -> None:
    for language, table in LABELS.items():
        assert set(table) == set(EN), language
        assert all(value.strip() for value in table.values()), language
        untranslated = [
            key for key, value in table.items() if language != "en" and value == EN[key]
        ]
        # a few words are the same in English and French (Institution, Date, Code, Page...)
        assert len(untranslated) <= 6, (language, untranslated)


def test_labels_format_with_their_values() -> None:
    for language in LABELS:
        labels = Labels(language)
        text = labels("page", page=1, total=2)
        assert "1" in text and "2" in text
        assert "{" not in labels("review_heading", group=1, cluster=2)
    assert Labels("fr").share(0.8) == "80\u00a0%"
    assert Labels("en").share(94 / 131) == "72%"


def visual_words(line_text: str) -> list[str]:
    """The words of a visual right-to-left line, in reading order, as letters."""
    return [unicodedata.normalize("NFKC", word[::-1]) for word in reversed(line_text.split())]


def line_text(line: object) -> str:
    return "".join(run.text for run in line.runs)  # type: ignore[attr-defined]


def test_arabic_is_shaped_wrapped_then_reordered_line_by_line() -> None:
    engine = TextEngine()
    text = "وزارة الداخلية الإدارة العامة للأسلحة والذخائر في جمهورية مصر العربية"
    words = text.split(" ")
    style = TextStyle(size=10)
    lines = engine.lines(text, style, 120)
    assert len(lines) >= 3
    assert all(line.rtl for line in lines)
    read = [word for line in lines for word in visual_words(line_text(line))]
    assert read == words  # first line holds the first words, each line read right to left
    drawn = line_text(lines[0])
    assert any("\ufe70" <= char <= "\ufeff" for char in drawn)  # joined letter forms
    assert all(line.width <= 120.5 for line in lines)


def test_brackets_mirror_and_numbers_stay_left_to_right_in_arabic() -> None:
    engine = TextEngine()
    text = f"المرحلة ({isolate_ltr('2020-09-01')}) RevMod"
    (line,) = engine.lines(text, TextStyle(size=10, rtl=True), 400)
    drawn = line_text(line)
    assert "2020-09-01" in drawn  # isolated as dates are on the sheets
    assert "RevMod" in drawn
    assert drawn.index("(") < drawn.index(")")  # mirrored: visually ( … )


def test_a_phone_number_in_an_arabic_sheet_stays_in_order() -> None:
    engine = TextEngine()
    (line,) = engine.lines("+20 2 1234 5678", TextStyle(rtl=True), 300)
    assert line_text(line) == "+20 2 1234 5678"
    assert not direction("+20 2 1234 5678", default_rtl=True)
    assert direction("أحمد Smith", default_rtl=False) is False  # as many: the document's
    assert direction("أحمد الشريف Smith")


def test_chinese_wraps_between_characters_but_not_before_punctuation() -> None:
    engine = TextEngine()
    text = "各国应采取有效措施遏制非法贩运和使用枪支，包括在预防非法供应弹药方面开展工作。"
    lines = [line_text(line) for line in engine.lines(text, TextStyle(size=10), 105)]
    assert len(lines) >= 4
    assert "".join(lines) == text
    assert not any(line[0] in "，。、" for line in lines)
    assert all(len(line) <= 11 for line in lines)


def test_long_words_are_cut_and_latin_wraps_at_spaces() -> None:
    engine = TextEngine()
    lines = engine.lines("x" * 300, TextStyle(size=8), 100)
    assert len(lines) > 3 and all(line.width <= 100.5 for line in lines)
    lines = engine.lines("Ministère de l'Intérieur — Sécurité publique", TextStyle(), 90)
    assert line_text(lines[0]) == "Ministère de"


def test_characters_without_a_glyph_are_reported_not_boxed() -> None:
    engine = TextEngine()
    (line,) = engine.lines("ok \U0001f600 ok", TextStyle(), 300)
    assert "\U0001f600" in engine.missing
    assert "\U0001f600" not in line_text(line)
    assert "\ufffd" in line_text(line) or "?" in line_text(line)


def test_invisible_and_control_characters_are_dropped() -> None:
    engine = TextEngine()
    (line,) = engine.lines("a\u200bb\x07c\u00add\tz", TextStyle(), 300)
    assert line_text(line) == "abcd z"
    assert not engine.missing


@pytest.mark.parametrize("char", ["\u202a", "\u202c", "\u200f"])
def test_bidi_controls_steer_but_are_not_drawn(char: str) -> None:
    engine = TextEngine()
    (line,) = engine.lines(f"مصر {char}2020{char} x", TextStyle(), 300)
    assert char not in line_text(line)
    assert not any(is_rtl(c) and c == char for c in line_text(line))


def test_font_files_are_under_the_open_font_license() -> None:
    folder = Path(resources_dir()) / "fonts"
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL.txt").read_text(encoding="utf-8").upper()
