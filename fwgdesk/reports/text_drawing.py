"""Laid-out lines on the page: where each line starts, drawing them, and the flowable.

:class:`TextBlock` is a paragraph of one style that ReportLab's layout can place and split
between pages; :func:`draw_lines` draws the lines a :class:`~fwgdesk.reports.text.TextEngine`
laid out, in one text object, aligned for the style and the line's direction.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import black
from reportlab.platypus import Flowable

from fwgdesk.reports.logical_runs import number, operators_for
from fwgdesk.reports.text import Line, Run, TextEngine, TextStyle


def line_x(line: Line, style: TextStyle, left: float, width: float) -> float:
    """Where a line starts, for the style's alignment and the line's own direction (the
    document's for a line without letters)."""
    align = style.align
    own = line.reads_rtl
    rtl = style.rtl if own is None else own
    if align == "start":
        align = "right" if rtl else "left"
    elif align == "end":
        align = "left" if rtl else "right"
    if align == "right":
        return left + width - line.width
    if align == "center":
        return left + (width - line.width) / 2
    return left


def draw_in_logical_order(canvas: Any, text: Any, line: Line, left: float, y: float) -> None:
    """Draw *line* glyph by glyph in the order its characters were typed, each glyph where
    it is seen: whatever reads the file in drawing order (copying, search, a screen
    reader, text extraction) gets the text as typed. A glyph that does not stand for the
    characters naming it (a joining form, a ligature, a mirrored bracket) carries them as
    its ``/ActualText`` (the operators of a run: :mod:`fwgdesk.reports.logical_runs`)."""
    code = text._code
    operators = operators_for(canvas._doc)
    starts: list[tuple[int, float, Run]] = []
    pen = left
    for run in line.runs:
        starts.append((run.start, pen, run))
        pen += run.width
    starts.sort(key=lambda placed: placed[0])
    for _, x, run in starts:
        code.append(f"1 0 0 1 {number(round(x * 1000))} {number(round(y * 1000))} Tm")
        code.append(operators.of(run))
    text._curSubset = -1  # the next setFont names its font again


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
        if line.actual is not None:
            draw_in_logical_order(canvas, text, line, x, y)
            current = ("", 0.0)
            y -= style.line_height
            continue
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


class LinkBlock(TextBlock):
    """A text that must stay on one line, such as an e-mail address: set smaller when the
    box is too narrow, never split, and a link (``mailto:``) over its whole width."""

    def __init__(self, text: str, style: TextStyle, engine: TextEngine, url: str) -> None:
        super().__init__(text, style, engine)
        self.url = url

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        natural = self.engine.width(self.text, self.style.size, self.style.bold)
        if natural > availWidth > 0:
            size = self.style.size * availWidth / (natural + 0.5)
            self.style = self.style.but(size=size, leading=self.style.line_height)
        self._lines = self.engine.lines(self.text, self.style, 1e9)  # never wrapped
        self.width = availWidth
        self.height = len(self._lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        super().drawOn(canvas, x, y, _sW)
        if self._lines:
            line = self._lines[0]
            left = line_x(line, self.style, x, self.width)
            box = (left, y, left + line.width, y + self.height)
            canvas.linkURL(self.url, box, relative=1)


class CellStack(Flowable):  # type: ignore[misc]
    """Flowables one under the other in a table cell (a contact: e-mail, then phone)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = sum(part.wrap(availWidth, availHeight)[1] for part in self.parts)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        top = y + self.height
        for part in self.parts:
            top -= part.height
            part.drawOn(canvas, x, top)
