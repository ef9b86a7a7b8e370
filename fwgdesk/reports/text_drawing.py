"""Laid-out lines on the page: where each line starts, drawing them, and the flowable.

:class:`TextBlock` is a paragraph of one style that ReportLab's layout can place and split
between pages; :func:`draw_lines` draws the lines a :class:`~fwgdesk.reports.text.TextEngine`
laid out, in one text object, aligned for the style and the line's direction.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black
from reportlab.platypus import Flowable

from fwgdesk.reports.text import Line, TextEngine, TextStyle


def line_x(line: Line, style: TextStyle, left: float, width: float) -> float:
    """Where a line starts, for the style's alignment and the line's direction."""
    align = style.align
    if align == "start":
        align = "right" if style.rtl or line.rtl else "left"
    elif align == "end":
        align = "left" if style.rtl or line.rtl else "right"
    if align == "right":
        return left + width - line.width
    if align == "center":
        return left + (width - line.width) / 2
    return left


def baseline_offset(style: TextStyle) -> float:
    """From the top of a line box to its baseline."""
    return (style.line_height - style.size) / 2 + style.size * 0.86


def draw_lines(
    canvas: Any,
    lines: list[Line],
    style: TextStyle,
    left: float,
    top: float,
    width: float,
) -> None:
    """Draw *lines* in the box that starts at (*left*, *top*) and is *width* wide."""
    if not lines:
        return
    text = canvas.beginText()
    colored = style.color != black  # black is what the page has outside any q/Q
    if colored:
        text.setFillColor(style.color)
    y = top - baseline_offset(style)
    current: tuple[str, float] = ("", 0.0)
    for line in lines:
        x = line_x(line, style, left, width)
        text.setTextOrigin(x, y)
        for run in line.runs:
            if (run.font, run.size) != current:
                text.setFont(run.font, run.size)
                current = (run.font, run.size)
            text.textOut(run.text)
        y -= style.line_height
    if colored:
        text.setFillGray(0)
    canvas.drawText(text)


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of one style, in any mix of scripts."""

    def __init__(self, text: str, style: TextStyle, engine: TextEngine) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.engine = engine
        self._lines: list[Line] = []
        self._wrapped_for: float | None = None
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for != availWidth:
            self._lines = self.engine.lines(self.text, self.style, availWidth)
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.line_height
        return self.width, self.height

    def natural_width(self) -> float:
        """The width of the longest line when nothing wraps."""
        lines = self.engine.lines(self.text, self.style, 1e9)
        return max((line.width for line in lines), default=0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        return _split_lines(self._lines, self.style, availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Drawn where it stands, without moving the canvas (q/cm/Q) as flowables do."""
        draw_lines(canvas, self._lines, self.style, x, y + self.height, self.width)

    def draw(self) -> None:
        draw_lines(self.canv, self._lines, self.style, 0, self.height, self.width)


class _LinesBlock(Flowable):  # type: ignore[misc]
    """Lines already laid out (the halves of a split TextBlock)."""

    def __init__(self, lines: list[Line], style: TextStyle, width: float) -> None:
        super().__init__()
        self._lines = lines
        self.style = style
        self.width = width
        self.height = len(lines) * style.line_height
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return _split_lines(self._lines, self.style, self.width, availHeight)

    def draw(self) -> None:
        draw_lines(self.canv, self._lines, self.style, 0, self.height, self.width)


def _split_lines(
    lines: list[Line], style: TextStyle, width: float, height: float
) -> list[Flowable]:
    """Lines cut where *height* ends: the lines that fit, then the rest."""
    fit = int(height // style.line_height)
    if fit <= 0 or fit >= len(lines):
        return []
    first = _LinesBlock(lines[:fit], style.but(space_after=0), width)
    rest = _LinesBlock(lines[fit:], style.but(space_before=0), width)
    return [first, rest]
