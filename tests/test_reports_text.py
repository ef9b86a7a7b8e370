"""The text engine of the PDFs: every character has a glyph, scripts get their font,
Arabic is shaped and reordered line by line, Chinese wraps between characters."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import uharfbuzz
from reportlab.pdfbase.pdfmetrics import getFont

from fwgdesk.domain.bidi import isolate_ltr
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.paths import resources_dir
from fwgdesk.reports.characters import is_rtl
from fwgdesk.reports.directions import first_strong
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
    """What is drawn, once cleaned: each character in a family that has it."""
    engine = TextEngine()
    fontset = engine.fontset
    wrong: dict[str, str] = {}
    for where, text in ALL_TEXTS:
        cleaned = engine.clean(text)
        for char, script in zip(cleaned, engine.scripts(cleaned), strict=True):
            if char == "\n":
                continue
            if not fontset.has(script, char):
                wrong.setdefault(f"U+{ord(char):04X} in {script}", where)
    assert not wrong, wrong
    assert not engine.missing


def test_scripts_get_their_own_font() -> None:
    engine = TextEngine()
    runs = engine.runs("Ирина 王晓明 أحمد Pérez", 10)
    fontset = fonts()
    by_font = {run.font: (run.logical or run.text).strip() for run in runs}
    assert by_font[fontset.name(Script.CJK)] == "王晓明", "Chinese goes to Noto Sans SC"
    assert by_font[fontset.name(Script.ARABIC)] == "أحمد", "Arabic goes to Noto Naskh Arabic"
    assert runs[0].font == fontset.name(Script.LATIN), "Cyrillic goes to Noto Sans"
    bold = engine.runs("Bold", 10, bold=True)[0].font
    assert bold == fontset.name(Script.LATIN, True), "bold text gets the bold face"


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


def line_text(line: object) -> str:
    return "".join(run.text for run in line.runs)  # type: ignore[attr-defined]


def test_arabic_is_shaped_wrapped_then_ordered_line_by_line() -> None:
    engine = TextEngine()
    text = "وزارة الداخلية الإدارة العامة للأسلحة والذخائر في جمهورية مصر العربية"
    words = text.split(" ")
    lines = engine.lines(text, TextStyle(size=10), 120)
    assert len(lines) >= 3, "the paragraph wraps"
    assert all(line.rtl for line in lines), "an Arabic paragraph reads right to left"
    read = [word for line in lines for word in (line.actual or "").split()]
    assert read == words, "each line carries its text as typed, the first words first"
    assert all(line.width <= 120.5 for line in lines), "no line is wider than the box"


def test_brackets_mirror_and_numbers_stay_left_to_right_in_arabic() -> None:
    engine = TextEngine()
    text = f"المرحلة ({isolate_ltr('2020-09-01')}) RevMod"
    (line,) = engine.lines(text, TextStyle(size=10, rtl=True), 400)
    drawn = line_text(line)
    assert "2020-09-01" in drawn, "a date isolated as on the sheets is drawn in order"
    assert "RevMod" in drawn, "a Latin word is drawn left to right"
    assert drawn.index("(") < drawn.index(")"), "brackets are mirrored: visually ( … )"
    assert line.actual == "المرحلة (2020-09-01) RevMod", "the line keeps its text as typed"


def test_a_phone_number_in_an_arabic_sheet_stays_in_order() -> None:
    engine = TextEngine()
    (line,) = engine.lines("+20 2 1234 5678", TextStyle(rtl=True), 300)
    assert line_text(line) == "+20 2 1234 5678", "digits without letters stay in order"
    assert first_strong("+20 2 1234 5678") is None, "a phone number has no direction"
    assert first_strong("أحمد Smith") is True, "the first letter is Arabic: right to left"
    assert first_strong("Smith أحمد") is False, "the first letter is Latin: left to right"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("التدفقات المالية غير المشروعة والغاية 16-4", "16-4"),
        ("الغاية 16.4 من أهداف التنمية المستدامة", "16.4"),
        ("المؤشر 16-4-2.", "16-4-2"),
        ("التقييم الذاتي (منذ 2020-10-31)", "2020-10-31"),
        ("الوثيقة CTOC/COP/WG.6/2023/4 والقرار 11/6", "CTOC/COP/WG.6/2023/4"),
        ("الوثيقة CTOC/COP/WG.6/2023/4 والقرار 11/6", "11/6"),
        ("Smith أحمد 16-4", "16-4"),
    ],
    ids=["target", "target-dot", "indicator", "date", "code", "resolution", "latin-first"],
)
def test_a_number_in_parts_is_drawn_in_order_in_arabic_text(text: str, number: str) -> None:
    """After an Arabic letter, digits are Arabic numbers, between which a hyphen would
    take the right-to-left direction: "16-4" must not be drawn "4-16"."""
    engine = TextEngine()
    (line,) = engine.lines(text, TextStyle(size=10, rtl=True), 1e6)
    assert number in line_text(line), f"{number!r} drawn as {line_text(line)!r}"
    assert line.actual == text, f"the line keeps its text as typed: {line.actual!r}"


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


# --- shaping by HarfBuzz, direction by the first letter ------------------------------------


def arabic_texts() -> Iterator[tuple[str, str]]:
    """Every Arabic label (placeholders left out) and every State's Arabic name."""
    for key, text in LABELS["ar"].items():
        yield f"ar:{key}", re.sub(r"\{[^}]*\}", "", text)
    for where, text in state_names():
        if where.endswith(" ar"):
            yield where, text


def reference_glyphs(path: Path, text: str, rtl: bool) -> list[int]:
    """HarfBuzz's own shaping of *text* with the font file *path*: glyph ids, drawn order."""
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path)))
    font = uharfbuzz.Font(face)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    return [info.codepoint for info in buffer.glyph_infos]


def drawn_glyphs(run: object) -> list[int]:
    """The glyph ids a run of the sheets draws (its characters name them in the font)."""
    face = getFont(run.font).face  # type: ignore[attr-defined]
    return [face.charToGlyph[ord(char)] for char in run.text]  # type: ignore[attr-defined]


def test_arabic_glyphs_are_harfbuzz_glyphs_for_every_label_and_state_name() -> None:
    engine = TextEngine()
    fontset = engine.fontset
    font_file = resources_dir() / "fonts" / f"{fontset.name(Script.ARABIC)}.ttf"
    compared = whole = 0
    for where, text in arabic_texts():
        (line,) = engine.lines(text.strip(), TextStyle(size=10, rtl=True), 1e6)
        arabic_runs = [run for run in line.runs if run.font == fontset.name(Script.ARABIC)]
        for run in arabic_runs:
            expected = reference_glyphs(font_file, run.logical, run.rtl)
            assert drawn_glyphs(run) == expected, f"{where}: glyphs of {run.logical!r}"
            compared += 1
        if len(line.runs) == len(arabic_runs) == 1:
            (run,) = arabic_runs
            expected = reference_glyphs(font_file, text.strip(), True)
            assert drawn_glyphs(run) == expected, f"{where}: the whole text as one run"
            whole += 1
    assert compared > 300, f"only {compared} Arabic runs compared"
    assert whole > 150, f"only {whole} texts compared whole"


def test_diacritics_and_lam_alef_come_from_the_font() -> None:
    engine = TextEngine()
    text = "الدول المستعرِضة لا الله مُنَظَّمَةٌ"
    (line,) = engine.lines(text, TextStyle(size=10), 1e6)
    marks = [char for char in text if unicodedata.category(char) == "Mn"]
    glyphs = [glyph for run in line.runs for glyph in drawn_glyphs(run)]
    assert len(marks) == 7, "the sample has seven marks"
    assert line.actual == text, "the marks are kept in the text the line carries"
    assert len(glyphs) < len(text), "lam-alef and Allah are ligatures of the font"
    assert not any("\ufb50" <= char <= "\ufeff" for char in line.actual or ""), (
        "no presentation form stands in the text"
    )


def test_direction_is_that_of_the_first_letter() -> None:
    engine = TextEngine()
    (chinese,) = engine.lines("会议在维也纳举行，主题为 الأسلحة النارية 的管制", TextStyle(), 1e6)
    assert chinese.reads_rtl is False, "a Chinese note with an Arabic phrase reads left to right"
    (arabic,) = engine.lines("أحمد Smith and Jones", TextStyle(), 1e6)
    assert arabic.reads_rtl is True, "an Arabic name first: right to left in any sheet"
    (digits,) = engine.lines("2020-09-01", TextStyle(rtl=True), 1e6)
    assert digits.reads_rtl is None, "a date has no direction of its own"


def test_a_wrapped_latin_line_in_an_arabic_paragraph_keeps_its_full_stop() -> None:
    engine = TextEngine()
    text = "ملاحظة: the meeting was held in Vienna. It adopted the report"
    lines = engine.lines(text, TextStyle(size=10), 150)
    assert len(lines) >= 2, "the paragraph wraps"
    first_latin = next(line for line in lines if "Vienna." in line_text(line))
    drawn = line_text(first_latin)
    assert drawn.index("Vienna") < drawn.index("."), (
        "between two Latin words of the paragraph the full stop follows the word"
    )
