"""The overview as a reader reads it: stages where they belong, the working languages'
chart saying what it leaves out, and the Arabic chart read from the right."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.graphics.charts.textlabels import Label
from reportlab.graphics.shapes import Group, Rect, Shape

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Stage
from fwgdesk.domain.figures import GroupFigures
from fwgdesk.reports import render_overview
from fwgdesk.reports.data import ReportMeta
from fwgdesk.reports.labels import Labels
from fwgdesk.reports.overview import stages_chart
from fwgdesk.reports.render import Kit
from fwgdesk.services import reviews
from fwgdesk.services.reviews import ReviewDetails
from tests.support.pdf_text import pdf_text

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def overview_lines(database: Database, tmp_path: Path, language: str = "en") -> list[str]:
    target = tmp_path / f"overview-{language}.pdf"
    render_overview(database, target, language, created=CREATED)
    return [" ".join(line.split()) for line in pdf_text(target).splitlines() if line.strip()]


def test_only_the_stages_of_a_review_in_progress_come_under_in_progress(
    database: Database, tmp_path: Path
) -> None:
    review = reviews.create_review(database, "FRA", 1, 1)
    reviews.change_stage(database, review.id, Stage.PRELIMINARY_CONSULTATION, date(2020, 6, 1))
    lines = overview_lines(database, tmp_path)

    def row(name: str) -> int:  # the table's row: its first line (the chart comes after)
        return next(index for index, line in enumerate(lines) if line.startswith(name))

    summary = row("Summary")
    for stage in ("Not started", "Completed", "Suspended"):
        assert row(stage) > summary, f"{stage} is not under 'Reviews in progress'"
    assert row("Reviews in progress") < row("Preliminary consultation") < summary, (
        "the stages of a review in progress follow 'Reviews in progress'"
    )


def test_the_languages_chart_says_how_many_reviews_it_leaves_out(
    database: Database, tmp_path: Path
) -> None:
    first = reviews.create_review(database, "FRA", 1, 1)
    reviews.create_review(database, "EGY", 1, 1)
    reviews.update_review(
        database,
        first.id,
        ReviewDetails(working_languages=("fr",), language_agreement=True),
    )
    text = " ".join(overview_lines(database, tmp_path))
    assert "1 of 2 reviews; 1 not recorded" in text, "the review without languages is said"


def test_the_arabic_stage_chart_reads_from_the_right() -> None:
    kit = Kit(Labels("ar"), ReportMeta(CREATED, CREATED.date(), None))
    groups = [(1, GroupFigures(stages={"not_started": 3}, reviews=3))]
    drawing = stages_chart(kit, groups, 480)
    chart = next(shape for shape in drawing.contents if hasattr(shape, "valueAxis"))
    assert chart.valueAxis.reverseDirection == 1, "the bars grow from right to left"
    stage_names = [left for _, _, left, _, _ in drawing.texts][: len(Stage)]
    assert min(stage_names) >= chart.x + chart.width, "the stage names stand right of the bars"


def test_the_arabic_stage_chart_legend_reads_from_the_right() -> None:
    """Like its bars, the legend starts at the right: the first group rightmost, each
    square on its name's right; in English, from the left, squares before names."""
    groups = [
        (number, GroupFigures(stages={"not_started": number}, reviews=number)) for number in (1, 2)
    ]
    for language, rtl in (("ar", True), ("en", False)):
        kit = Kit(Labels(language), ReportMeta(CREATED, CREATED.date(), None))
        drawing = stages_chart(kit, groups, 480)
        squares = [shape.x for shape in drawing.contents if isinstance(shape, Rect)]
        names = [left for _, _, left, _, _ in drawing.texts][len(Stage) :]
        assert len(squares) == len(names) == 2, f"{language}: a square and a name a group"
        first_before = squares[0] > squares[1] if rtl else squares[0] < squares[1]
        assert first_before, f"{language}: the first group comes first in reading order"
        beside = all((square > name) == rtl for square, name in zip(squares, names, strict=True))
        assert beside, f"{language}: each square stands before its name in reading order"


def _shapes(group: Group) -> list[Shape]:
    found: list[Shape] = []
    for shape in group.contents:
        found += _shapes(shape) if isinstance(shape, Group) else [shape]
    return found


def test_each_bar_label_stands_past_its_bar_end_in_either_direction() -> None:
    """A bar's count is written beyond the end of its bar (left of it in Arabic, where
    the bars grow leftwards), never over the bar; a count of nought beside the axis."""
    groups = [(1, GroupFigures(stages={"not_started": 16, "summary": 1}, reviews=17))]
    for language, rtl in (("ar", True), ("en", False)):
        kit = Kit(Labels(language), ReportMeta(CREATED, CREATED.date(), None))
        drawing = stages_chart(kit, groups, 480)
        chart = next(shape for shape in drawing.contents if hasattr(shape, "valueAxis"))
        shapes = _shapes(chart.draw())
        bars = [shape for shape in shapes if isinstance(shape, Rect) and shape.height < 10]
        labels = [shape for shape in shapes if isinstance(shape, Label)]
        assert len(labels) == len(Stage), f"{language}: a count for each stage"
        for label in labels:
            left, bottom, right, top = label.getBounds()
            middle = (bottom + top) / 2
            beside = [bar for bar in bars if bar.y <= middle <= bar.y + bar.height]
            axis = chart.x + chart.width if rtl else chart.x  # a bar of nought is not drawn
            ends = (beside[0].x, beside[0].x + beside[0].width) if beside else (axis, axis)
            if rtl:
                assert right <= min(ends), f"ar: {label._text} left of its bar {ends}"
            else:
                assert left >= max(ends), f"en: {label._text} right of its bar {ends}"
