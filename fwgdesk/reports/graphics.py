"""Drawings (``reportlab.graphics``) with text in any script: the stage ladder, the
questionnaire's progress bar, and the labels of the overview's charts."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.colors import Color, white
from reportlab.platypus import Flowable

from fwgdesk.domain.enums import Stage
from fwgdesk.domain.reviews import STAGE_ORDER, ReviewRecord
from fwgdesk.reports.fonts import Script, fonts
from fwgdesk.reports.render import ACCENT, ALERT, RULE, Kit
from fwgdesk.reports.text import Line as TextLine
from fwgdesk.reports.text import TextEngine, TextStyle
from fwgdesk.reports.text_drawing import draw_lines


class TextDrawing(Drawing):  # type: ignore[misc]
    """A drawing whose texts are drawn by the text engine over its shapes, so that they
    are shaped, ordered and carry their logical text as every other text of the PDF."""

    _attrMap = AttrMap(BASE=Drawing, texts=AttrMapValue(None))  # noqa: N815 (ReportLab's name)

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        self.texts: list[tuple[list[TextLine], TextStyle, float, float, float]] = []


def add_text(
    drawing: TextDrawing,
    engine: TextEngine,
    text: str,
    left: float,
    top: float,
    width: float,
    style: TextStyle,
) -> float:
    """Add *text*, wrapped into *width*, with its top-left corner at (*left*, *top*);
    return its height."""
    lines = engine.lines(text, style, width)
    drawing.texts.append((lines, style, left, top, width))
    return len(lines) * style.line_height


def text_height(engine: TextEngine, text: str, width: float, style: TextStyle) -> float:
    return len(engine.lines(text, style, width)) * style.line_height


def first_reached(review: ReviewRecord, stage: Stage) -> date | None:
    days = [event.on for event in review.events if event.stage is stage]
    return min(days) if days else None


def ladder_steps(review: ReviewRecord) -> tuple[list[Stage], int]:
    """The steps of the ladder and the index of the current one. A suspended review shows
    "Suspended" as its own step right after the last stage it reached."""
    steps = list(STAGE_ORDER)
    if review.stage in STAGE_ORDER:
        return steps, steps.index(review.stage)
    reached = [STAGE_ORDER.index(e.stage) for e in review.events if e.stage in STAGE_ORDER]
    last = max(reached, default=0)
    steps.insert(last + 1, review.stage)
    return steps, last + 1


def stage_ladder(kit: Kit, review: ReviewRecord, width: float) -> Drawing:
    """The review's stages as a ladder of steps: passed, current, to come."""
    engine = kit.engine
    steps, current = ladder_steps(review)
    spacing = width / len(steps)
    name_style = kit.styles.small.but(size=7, color=kit.styles.body.color, align="center")
    date_style = kit.styles.small.but(size=6.6, align="center")
    radius, top_pad = 6.0, 4.0
    circle_y_from_top = top_pad + radius + 2
    texts = _step_texts(kit, review, steps, current)
    label_width = spacing - 6
    text_block = max(
        text_height(engine, name, label_width, name_style.but(bold=True))
        + (date_style.line_height if day else 0)
        for name, day in texts
    )
    height = circle_y_from_top + radius + 4 + text_block + 2
    drawing = TextDrawing(width, height)
    cy = height - circle_y_from_top

    def centre(index: int) -> float:
        offset = spacing * (index + 0.5)
        return width - offset if kit.rtl else offset

    _draw_rails(drawing, [centre(index) for index in range(len(steps))], cy, current)
    for index, (name, day) in enumerate(texts):
        x = centre(index)
        halted = steps[index] is Stage.SUSPENDED
        draw_step_mark(drawing, x, cy, radius, index - current, halted)
        style = name_style.but(bold=index == current)
        if halted:
            style = style.but(color=ALERT)
        top = cy - radius - 4
        used = add_text(drawing, engine, name, x - label_width / 2, top, label_width, style)
        if day:
            add_text(drawing, engine, day, x - label_width / 2, top - used, label_width, date_style)
    return drawing


def _step_texts(
    kit: Kit, review: ReviewRecord, steps: list[Stage], current: int
) -> list[tuple[str, str]]:
    """(stage name, date first reached or "") for each step of the ladder."""
    labels = kit.labels
    texts: list[tuple[str, str]] = []
    for index, stage in enumerate(steps):
        reached = first_reached(review, stage) if index <= current else None
        if stage is Stage.SUSPENDED:
            reached = review.stage_since
        texts.append((labels.term("stage", stage.value), labels.date(reached) if reached else ""))
    return texts


def _draw_rails(drawing: Drawing, centres: list[float], cy: float, current: int) -> None:
    """The lines between the steps' circles: strong up to the current step, light after."""
    for index in range(len(centres) - 1):
        passed = index < current
        drawing.add(
            Line(
                centres[index],
                cy,
                centres[index + 1],
                cy,
                strokeColor=ACCENT if passed else RULE,
                strokeWidth=2.2 if passed else 1.2,
            )
        )


def draw_step_mark(
    drawing: Drawing, x: float, cy: float, radius: float, relative: int, suspended: bool
) -> None:
    """The circle of a step *relative* steps from the current one: filled when passed,
    ringed when current (in red when the review is suspended), hollow when to come."""
    if relative < 0:
        drawing.add(Circle(x, cy, radius - 1, fillColor=ACCENT, strokeColor=ACCENT))
    elif relative == 0:
        ring: Color = ALERT if suspended else ACCENT
        drawing.add(Circle(x, cy, radius + 1.5, fillColor=white, strokeColor=ring, strokeWidth=2))
        drawing.add(Circle(x, cy, radius - 2.5, fillColor=ring, strokeColor=ring))
    else:
        drawing.add(Circle(x, cy, radius - 1, fillColor=white, strokeColor=RULE, strokeWidth=1.2))


class DrawingFlowable(Flowable):  # type: ignore[misc]
    """A drawing made for the width the layout offers."""

    def __init__(self, make: Any, height_hint: float = 0) -> None:
        super().__init__()
        self.make = make
        self.drawing: Drawing | None = None
        self.height_hint = height_hint

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.drawing is None or self.drawing.width != availWidth:
            self.drawing = self.make(availWidth)
            # the renderer's starting font, or Helvetica would be referenced (not embedded)
            self.drawing.initialFontName = fonts().name(Script.LATIN)
        self.width, self.height = self.drawing.width, self.drawing.height
        return self.width, self.height

    def draw(self) -> None:
        if self.drawing is not None:
            renderPDF.draw(self.drawing, self.canv, 0, 0)
            for lines, style, left, top, width in getattr(self.drawing, "texts", ()):
                draw_lines(self.canv, lines, style, left, top, width)


def progress_bar(kit: Kit, share: float | None, caption: str, width: float) -> Drawing:
    """The questionnaire's progress as a bar filled from the line's start, then *caption*;
    no bar when the progress is not recorded (an empty bar would read as nothing done)."""
    bar_width = min(width * 0.45, 150.0) if share is not None else 0.0
    style = kit.styles.cell.but(align="start")
    gap = 6.0 if share is not None else 0.0
    caption_width = max(width - bar_width - gap, 20.0)
    height = max(12.0, text_height(kit.engine, caption, caption_width, style))
    drawing = TextDrawing(width, height)
    left = width - bar_width if kit.rtl else 0.0
    bar_y, bar_h = height - 11.0, 9.0
    if share is not None:
        drawing.add(Rect(left, bar_y, bar_width, bar_h, fillColor=white, strokeColor=RULE))
    if share is not None and share > 0:
        filled = bar_width * min(share, 1.0)
        start = left + bar_width - filled if kit.rtl else left
        drawing.add(Rect(start, bar_y, filled, bar_h, fillColor=ACCENT, strokeColor=ACCENT))
    caption_left = 0.0 if kit.rtl else bar_width + gap
    add_text(drawing, kit.engine, caption, caption_left, height, caption_width, style)
    return drawing
