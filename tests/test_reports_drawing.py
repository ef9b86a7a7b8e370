"""How the sheets draw shaped and reordered lines: glyphs where they are seen, the text as
typed in the file, and the same file whatever was drawn before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent
from reportlab.pdfgen.canvas import Canvas

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Gender, Role
from fwgdesk.domain.people import FocalPointInput
from fwgdesk.reports import SheetOptions, logical_runs, render_batch, render_state_sheet, shaping
from fwgdesk.reports.column_widths import fit_words
from fwgdesk.reports.text import TextEngine, TextStyle
from fwgdesk.reports.text_drawing import TextBlock, draw_lines
from fwgdesk.services import links, people
from tests.support.pdf_text import pdf_text

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_the_same_bytes_whatever_was_drawn_before(database: Database, tmp_path: Path) -> None:
    """Shaped runs and their operators are kept between sheets: a sheet drawn with them
    kept is the sheet drawn from nothing."""
    people.add_focal_point(
        database,
        "EGY",
        FocalPointInput(
            Role.FOCAL_POINT, "أحمد الشريف", Gender.MALE, designated_on=date(2020, 7, 1)
        ),
    )
    arabic = SheetOptions("ar", full_text=True)
    shaping.clear_cache()
    logical_runs.clear_cache()
    cold = tmp_path / "cold.pdf"
    render_state_sheet(database, "EGY", cold, arabic, created=CREATED)
    batch = tmp_path / "batch.pdf"
    render_batch(database, batch, arabic, states=["MAR", "EGY", "FRA"], created=CREATED)
    warm = tmp_path / "warm.pdf"
    render_state_sheet(database, "EGY", warm, arabic, created=CREATED)
    assert "أحمد الشريف" in pdf_text(cold), "the sheet names its focal point"
    assert warm.read_bytes() == cold.read_bytes(), "kept runs change nothing in the file"


def test_a_shaped_line_reads_as_typed_in_drawing_order(tmp_path: Path) -> None:
    """Glyph by glyph in the order typed, a ligature's and a mark's characters in its
    span: the text comes back as typed, lam-alef and kasra included."""
    engine = TextEngine()
    style = TextStyle(size=11, rtl=True)
    texts = ["بروتوكول الأسلحة النارية", "الدول المستعرِضة (MAR) مصر", "Smith (أحمد) Jones"]
    target = tmp_path / "lines.pdf"
    canvas = Canvas(str(target), invariant=1)
    for index, text in enumerate(texts):
        draw_lines(canvas, engine.lines(text, style, 400), style, 50, 780 - 30 * index, 400)
    canvas.save()
    # the extraction spaces glyphs apart where the pen jumps: spaces are not compared
    lines = ["".join(line.split()) for line in pdf_text(target).splitlines()]
    assert lines == ["".join(text.split()) for text in texts], f"read as typed: {lines}"


def _glyphs(item: LTComponent) -> list[LTChar]:
    if isinstance(item, LTChar):
        return [item]
    return [glyph for child in getattr(item, "_objs", []) for glyph in _glyphs(child)]


def drawn_lines(path: Path) -> list[str]:
    """The glyphs of each baseline of each page as seen, from left to right (each named
    by its character: a shaped Arabic glyph by a presentation form or a private one)."""
    lines: list[str] = []
    for page in extract_pages(path):
        rows: dict[int, list[LTChar]] = {}
        for glyph in _glyphs(page):
            rows.setdefault(round(glyph.y0), []).append(glyph)
        for _, row in sorted(rows.items(), reverse=True):
            lines.append("".join(glyph.get_text() for glyph in sorted(row, key=lambda g: g.x0)))
    return lines


def test_a_target_number_in_an_arabic_heading_is_drawn_and_read_in_order(
    database: Database, tmp_path: Path
) -> None:
    """The Arabic heading of target 16.4 ("... والغاية 16-4"): after Arabic letters its
    digits are Arabic numbers and the hyphen between them a neutral, which must not put
    the 4 before the 16."""
    links.link(database, "EGY", ["WG8-R5"])
    target = tmp_path / "ar.pdf"
    render_state_sheet(database, "EGY", target, SheetOptions("ar"), created=CREATED)
    heading = "التدفقات المالية غير المشروعة والغاية 16-4"
    # the extraction spaces glyphs apart where the pen jumps: spaces are not compared
    assert heading in " ".join(pdf_text(target).split()), "the heading is extracted as typed"
    numbered = [line for line in drawn_lines(target) if "16" in line and "-" in line]
    assert numbered, "the heading's number is drawn on one line"
    assert all("16-4" in line for line in numbered), f"drawn left to right: {numbered}"


def test_a_column_is_widened_to_its_longest_word_not_cut() -> None:
    """A Russian status in a column sized for "En cours" takes room from the wide
    columns; Chinese, which breaks anywhere, widens nothing."""
    engine = TextEngine()
    style = TextStyle(size=8)
    word = "Выполняется"
    rows = [
        [TextBlock("Рекомендация " * 12, style, engine), TextBlock(word, style, engine)],
        [TextBlock("建议" * 30, style, engine), TextBlock("1", style, engine)],
    ]
    fitted = fit_words(rows, [300.0, 40.0], pad=7.0)
    assert fitted[1] >= engine.width(word, 8) + 7.0, f"the status column fits {word}: {fitted}"
    assert abs(sum(fitted) - 340.0) < 0.01, f"the table keeps its width: {fitted}"
    (line,) = engine.lines(word, style, fitted[1] - 7.0)
    assert "".join(run.text for run in line.runs) == word, "the word is on one line"
    chinese = [[TextBlock("建议" * 30, style, engine), TextBlock("x", style, engine)]]
    assert fit_words(chinese, [30.0, 300.0], pad=7.0) == [30.0, 300.0], (
        "Chinese breaks between characters: no column widens for it"
    )
