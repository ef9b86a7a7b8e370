"""The Mechanism overview: the dashboard's figures per review group, tables and charts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color, HexColor, white
from reportlab.platypus import Flowable, Spacer

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import IN_PROGRESS_STAGES, Gender, Stage
from fwgdesk.domain.figures import GroupFigures, MechanismFigures
from fwgdesk.reports.data import directory
from fwgdesk.reports.fonts import Script
from fwgdesk.reports.graphics import DrawingFlowable, TextDrawing, add_text, text_height
from fwgdesk.reports.labels import Labels, check_language
from fwgdesk.reports.output import RenderResult, write_file
from fwgdesk.reports.render import RULE, SERIES, Kit, SheetSource, SheetStart, spacer
from fwgdesk.services.stats import mechanism_figures

PIE_COLORS = (
    HexColor("#1f4e79"),
    HexColor("#e08a1e"),
    HexColor("#6a9f3c"),
    HexColor("#9e9e9e"),
)


def _count_share(labels: Labels, count: int, share: float) -> str:
    return f"{count} ({labels.share(share)})"


def figures_table(kit: Kit, figures: MechanismFigures) -> Flowable:
    labels, styles = kit.labels, kit.styles
    groups = sorted(figures.groups.items())
    head = [kit.text(labels("figure"), styles.cell_head)] + [
        kit.text(labels("group", group=number), styles.cell_head.but(align="end"))
        for number, _ in groups
    ]
    number_style = styles.cell.but(align="end")

    def row(key: str, values: list[str], bold: bool = False) -> list[Any]:
        style = number_style.but(bold=True) if bold else number_style
        return [kit.text(labels(key), styles.cell)] + [kit.text(value, style) for value in values]

    with_focal_point = [
        _count_share(labels, g.states_with_focal_point, g.focal_point_share) for _, g in groups
    ]
    in_progress = [_count_share(labels, g.in_progress, g.share(g.in_progress)) for _, g in groups]
    idle = [
        labels.share(g.no_focal_point_share_of_idle)
        if g.no_focal_point_share_of_idle is not None
        else "–"
        for _, g in groups
    ]
    rows: list[list[Any]] = [head]
    rows.append(row("participating_states", [str(g.participating_states) for _, g in groups]))
    rows.append(row("with_focal_point", with_focal_point, bold=True))
    rows.append(row("reviews_count", [str(g.reviews) for _, g in groups]))
    rows.append(row("in_progress", in_progress))
    rows += _stage_rows(kit, groups)
    rows.append(row("idle_without_focal_point", idle))
    first = 46.0
    return kit.table(rows, [first] + [(100 - first) / len(groups)] * len(groups))


def _stage_rows(kit: Kit, groups: list[tuple[int, GroupFigures]]) -> list[list[Any]]:
    """A row per stage: the reviews at that stage in each group, and their share. The
    stages of a review in progress come first, indented under "in progress"; the others
    (not started, completed, suspended) follow at the outer level."""
    labels, styles = kit.labels, kit.styles
    number_style = styles.cell.but(align="end")
    rows: list[list[Any]] = []
    stages = [*IN_PROGRESS_STAGES, *(s for s in Stage if s not in IN_PROGRESS_STAGES)]
    for stage in stages:
        name = labels.term("stage", stage.value)
        indented = stage in IN_PROGRESS_STAGES
        rows.append(
            [kit.text(f"   {name}" if indented else name, styles.cell)]
            + [
                kit.text(
                    _count_share(
                        labels, g.stages.get(stage.value, 0), g.share(g.stages.get(stage.value, 0))
                    ),
                    number_style,
                )
                for _, g in groups
            ]
        )
    return rows


def stages_chart(kit: Kit, groups: list[tuple[int, GroupFigures]], width: float) -> Drawing:
    """Reviews per stage, a bar per review group."""
    labels, engine = kit.labels, kit.engine
    stages = list(Stage)
    names = [labels.term("stage", stage.value) for stage in stages]
    label_style = kit.styles.cell.but(size=7.6, align="right")
    label_width = min(150.0, max(engine.width(n, 7.6) for n in names) + 4)
    band = 7.0 * len(groups) + 5
    legend_height = 16.0
    height = band * len(stages) + 22 + legend_height
    drawing = TextDrawing(width, height)
    chart = _stages_bar_chart(kit, groups, names)
    # right to left: the stage names on the right, the bars growing leftwards from them
    chart.x = 30 if kit.rtl else label_width + 8
    chart.y = 16
    chart.width = width - label_width - 38
    chart.height = band * len(stages)
    drawing.add(chart)
    step = chart.height / len(stages)
    label_left = width - label_width if kit.rtl else 0
    if kit.rtl:
        label_style = label_style.but(align="left")
    for index, name in enumerate(names):
        centre = chart.y + chart.height - (index + 0.5) * step
        used = text_height(engine, name, label_width, label_style)
        add_text(drawing, engine, name, label_left, centre + used / 2, label_width, label_style)
    legend = [
        (labels("group", group=number), SERIES[index % len(SERIES)])
        for index, (number, _) in enumerate(groups)
    ]
    _legend_row(kit, drawing, legend, chart.x, height - 2, chart.width)
    return drawing


def _stages_bar_chart(
    kit: Kit, groups: list[tuple[int, GroupFigures]], names: list[str]
) -> HorizontalBarChart:
    """The bars of :func:`stages_chart`, styled; the caller places and sizes the chart."""
    latin = kit.engine.fontset.name(Script.LATIN)
    chart = HorizontalBarChart()
    # the axis runs top-down, which also turns the order of the bars in a band: reverse them
    series = list(reversed(groups))
    chart.data = [[g.stages.get(stage.value, 0) for stage in Stage] for _, g in series]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = latin
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = HexColor("#e3e8ee")
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barWidth = 6.5
    chart.groupSpacing = 5
    chart.barSpacing = 1
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = latin
    chart.barLabels.fontSize = 6.5
    # past the bar's end: ReportLab turns anchor and shift round for a bar growing leftwards
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.valueAxis.reverseDirection = 1 if kit.rtl else 0
    if kit.rtl:
        _zero_labels_leftwards(chart)
    for index in range(len(groups)):
        color = SERIES[(len(groups) - 1 - index) % len(SERIES)]
        chart.bars[index].fillColor = color
        chart.bars[index].strokeColor = None
    return chart


def _zero_labels_leftwards(chart: HorizontalBarChart) -> None:
    """A bar of nought has no direction for ReportLab to turn its label round by: its
    label is put left of the axis, where the bars grow in Arabic."""
    for row, values in enumerate(chart.data):
        for column, value in enumerate(values):
            if not value:
                chart.barLabels[(row, column)].boxAnchor = "e"
                chart.barLabels[(row, column)].dx = -2


def _legend_row(
    kit: Kit,
    drawing: TextDrawing,
    items: list[tuple[str, Color]],
    left: float,
    top: float,
    width: float,
) -> None:
    """The chart's legend in a row over it, from the line's start: from the left, or, in
    right to left, from the right with each square on its name's right."""
    style = kit.styles.cell.but(size=7.6, align="left")
    used = 0.0
    for text, color in items:
        text_width = kit.engine.width(text, style.size) + 2
        square = left + width - used - 8 if kit.rtl else left + used
        text_left = square - 3 - text_width if kit.rtl else square + 11
        drawing.add(Rect(square, top - 9, 8, 8, fillColor=color, strokeColor=None))
        add_text(drawing, kit.engine, text, text_left, top, text_width, style)
        used += 11 + text_width + 14
        if used > width:
            break


def pie_with_legend(kit: Kit, items: list[tuple[str, int]], width: float) -> Drawing:
    """A pie and, beside it, each part's label, count and share."""
    labels, engine = kit.labels, kit.engine
    total = sum(count for _, count in items)
    size = 58.0
    style = kit.styles.cell.but(size=7.6, align="start")
    legend_left = size + 14
    legend_width = width - legend_left
    lines = [
        f"{name}: {count} ({labels.share(count / total if total else 0)})" for name, count in items
    ]
    heights = [text_height(engine, line, legend_width - 12, style) for line in lines]
    height = max(size + 4, sum(heights) + 4 * len(lines) + 2)
    drawing = TextDrawing(width, height)
    pie_left = width - size if kit.rtl else 0.0
    if total:
        pie = Pie()
        pie.x, pie.y = pie_left, height - size - 2
        pie.width = pie.height = size
        pie.data = [count for _, count in items]
        pie.labels = None
        pie.startAngle = 90
        pie.direction = "clockwise"
        pie.slices.strokeColor = white
        pie.slices.strokeWidth = 0.8
        for index in range(len(items)):
            pie.slices[index].fillColor = PIE_COLORS[index % len(PIE_COLORS)]
        drawing.add(pie)
    else:
        drawing.add(Rect(pie_left, height - size - 2, size, size, fillColor=None, strokeColor=RULE))
    box_left = 0.0 if kit.rtl else legend_left
    top = height - 2
    for index, (line, used) in enumerate(zip(lines, heights, strict=True)):
        square = box_left + legend_width - 8 if kit.rtl else box_left
        drawing.add(
            Rect(
                square,
                top - 9,
                8,
                8,
                fillColor=PIE_COLORS[index % len(PIE_COLORS)],
                strokeColor=None,
            )
        )
        text_left = box_left if kit.rtl else box_left + 12
        add_text(drawing, engine, line, text_left, top, legend_width - 12, style)
        top -= used + 4
    return drawing


def build_overview(kit: Kit, figures: MechanismFigures) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    story: list[Flowable] = [
        SheetStart(labels("overview_title")),
        kit.text(labels("mechanism"), styles.kicker),
        kit.text(labels("overview_title"), styles.h1),
        kit.text(labels("overview_intro"), styles.small.but(space_after=6)),
    ]
    groups = sorted(figures.groups.items())
    if not groups:
        story.append(kit.text(labels("no_figures"), styles.body))
    else:
        story.append(figures_table(kit, figures))
        story += kit.heading(labels("stages_by_group"), keep=200)
        story.append(DrawingFlowable(lambda width: stages_chart(kit, groups, width)))
    story.append(spacer(6))
    story.append(_pies(kit, figures))
    story += _open_assistance(kit, figures)
    return story


def _pies(kit: Kit, figures: MechanismFigures) -> Flowable:
    """Focal points by gender and reviews by working languages, side by side."""
    labels, styles = kit.labels, kit.styles
    genders = [
        (labels.term("gender", gender.value), figures.focal_points_by_gender.get(gender.value, 0))
        for gender in Gender
    ]
    languages = [
        (labels.term("wl", key), figures.working_languages.get(key, 0))
        for key in ("one", "two", "none")
    ]
    charts: list[list[Any]] = [
        [
            kit.text(labels("focal_points_by_gender"), styles.h3),
            kit.text(labels("working_languages_chart"), styles.h3),
        ],
        [
            DrawingFlowable(lambda width: pie_with_legend(kit, genders, width)),
            DrawingFlowable(lambda width: pie_with_legend(kit, languages, width)),
        ],
        [Spacer(1, 0), kit.text(_languages_recorded(kit, figures), styles.small)],
    ]
    return kit.table(charts, [1, 1], header=False, ruled=False)


def _languages_recorded(kit: Kit, figures: MechanismFigures) -> str:
    """How many reviews the working-languages chart counts, and how many it cannot."""
    total = sum(group.reviews for group in figures.groups.values())
    recorded = sum(figures.working_languages.values())
    return kit.labels(
        "languages_recorded", recorded=recorded, total=total, missing=total - recorded
    )


def _open_assistance(kit: Kit, figures: MechanismFigures) -> list[Flowable]:
    """The open requests for technical assistance, by topic."""
    labels, styles = kit.labels, kit.styles
    story: list[Flowable] = kit.heading(labels("open_assistance"))
    rows: list[list[Any]] = [
        [
            kit.text(labels("topic"), styles.cell_head),
            kit.text(labels("number"), styles.cell_head.but(align="end")),
        ]
    ]
    for topic, count in figures.open_assistance_by_topic.items():
        rows.append(
            [
                kit.cell(labels.term("topic", topic)),
                kit.text(str(count), styles.cell.but(align="end")),
            ]
        )
    story.append(kit.table(rows, [70, 30]))
    return story


def render_overview(
    database: Database,
    target: Path,
    language: str = "en",
    created: datetime | None = None,
) -> RenderResult:
    """Write the Mechanism overview to *target* (atomically)."""
    shared = directory(database, check_language(language), created, items=())
    kit = Kit(Labels(language), shared.meta)
    figures = mechanism_figures(database)
    write_file(
        target,
        kit,
        kit.labels("overview_title"),
        kit.labels("mechanism"),
        [SheetSource(lambda: build_overview(kit, figures))],
    )
    return RenderResult([target], 1, set(kit.engine.missing))
