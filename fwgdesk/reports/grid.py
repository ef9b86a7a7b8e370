"""A light table: rows of cells with fixed column widths, ruled, header repeated on every
page it continues on, and a row too tall for a page split across pages.

ReportLab's ``Table`` does much more (spans, styles by cell ranges) and costs much more; the
sheets only need this.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer


@dataclass(frozen=True)
class GridStyle:
    pad_x: float = 3.5
    pad_top: float = 2.2
    pad_bottom: float = 2.6
    rule: Color | None = None
    rule_width: float = 0.4
    header_fill: Color | None = None
    header_rule: Color | None = None
    header_rule_width: float = 0.8
    fill_column: int | None = None  # a column shaded on every row
    fill_column_color: Color | None = None


ORPHANS = 2
"""The fewest body rows a table that fits on a page leaves on either side of a page break."""

MIN_SPLIT_SHARE = 0.35
"""A row is cut across pages only when the space left is at least this share of a page
(otherwise the whole row moves to the next page)."""


class Grid(Flowable):  # type: ignore[misc]
    def __init__(
        self,
        rows: list[list[Flowable]],
        col_widths: list[float],
        style: GridStyle,
        header_rows: int = 0,
        frame_height: float = 700.0,
        caption: Flowable | None = None,
    ) -> None:
        super().__init__()
        self.caption = caption  # a heading kept with the table's first rows
        self.rows = rows
        self.col_widths = col_widths
        self.grid_style = style
        self.header_rows = header_rows
        self.frame_height = frame_height
        self.width = sum(col_widths)
        self._heights: list[float] = []
        self._caption_height = 0.0
        self._wrapped = False

    # -- layout

    def _row_height(self, row: list[Flowable]) -> float:
        style = self.grid_style
        tallest = 0.0
        for cell, width in zip(row, self.col_widths, strict=True):
            _, height = cell.wrap(width - 2 * style.pad_x, 1e9)
            tallest = max(tallest, height)
        return tallest + style.pad_top + style.pad_bottom

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self._wrapped:
            self._heights = [self._row_height(row) for row in self.rows]
            if self.caption is not None:
                _, height = self.caption.wrap(self.width, 1e9)
                self._caption_height = height + getattr(self.caption, "spaceAfter", 0)
            self._wrapped = True
        self.height = self._caption_height + sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        header = self.rows[: self.header_rows]
        header_height = self._caption_height + sum(self._heights[: self.header_rows])
        used = header_height
        fit = self.header_rows
        for height in self._heights[self.header_rows :]:
            if used + height > availHeight:
                break
            used += height
            fit += 1
        if fit >= len(self.rows):
            return []
        body = len(self.rows) - self.header_rows
        if fit > self.header_rows and self.height <= self.frame_height:
            # no lone row at the foot of a page or at the head of the next
            fit = min(fit, len(self.rows) - ORPHANS)
            if fit - self.header_rows < ORPHANS or body < 2 * ORPHANS:
                return []
        if fit > self.header_rows:
            first = self._with_rows(self.rows[:fit], self.caption)
            rest = self._with_rows(header + self.rows[fit:])
            return [first, rest]
        # not even one row fits: cut the first row itself, when there is room enough
        room = availHeight - header_height
        if room < self.frame_height * MIN_SPLIT_SHARE:
            return []
        cut = self._cut_row(self.rows[fit], room)
        if cut is None:
            return []
        top, bottom = cut
        first = self._with_rows([*header, top], self.caption)
        rest = self._with_rows([*header, bottom, *self.rows[fit + 1 :]])
        return [first, rest]

    def _cut_row(
        self, row: list[Flowable], room: float
    ) -> tuple[list[Flowable], list[Flowable]] | None:
        style = self.grid_style
        inner = room - style.pad_top - style.pad_bottom
        top: list[Flowable] = []
        bottom: list[Flowable] = []
        for cell, width in zip(row, self.col_widths, strict=True):
            cell_width = width - 2 * style.pad_x
            _, height = cell.wrap(cell_width, 1e9)
            if height <= inner:
                top.append(cell)
                bottom.append(Spacer(1, 0))
                continue
            parts = cell.split(cell_width, inner)
            if len(parts) != 2:
                return None
            top.append(parts[0])
            bottom.append(parts[1])
        return top, bottom

    def _with_rows(self, rows: list[list[Flowable]], caption: Flowable | None = None) -> Grid:
        grid = Grid(
            rows, self.col_widths, self.grid_style, self.header_rows, self.frame_height, caption
        )
        grid.spaceBefore = getattr(self, "spaceBefore", 0) if caption is not None else 0
        grid.spaceAfter = getattr(self, "spaceAfter", 0)
        return grid

    # -- drawing

    def draw(self) -> None:
        canvas: Any = self.canv
        top = self.height
        if self.caption is not None:
            _, height = self.caption.wrapOn(canvas, self.width, 1e9)
            self.caption.drawOn(canvas, 0, top - height)
            top -= self._caption_height
        tops: list[float] = []
        for height in self._heights:
            tops.append(top)
            top -= height
        self._draw_fills(canvas, tops)
        self._draw_rules(canvas, tops)
        self._draw_cells(canvas, tops)

    def _draw_fills(self, canvas: Any, tops: list[float]) -> None:
        """The header rows' background, then the shaded column's."""
        style = self.grid_style
        fills: list[tuple[float, float, float, float]] = []
        if style.header_fill is not None:
            fills += [
                (0, tops[i] - self._heights[i], self.width, self._heights[i])
                for i in range(self.header_rows)
            ]
        column_fills: list[tuple[float, float, float, float]] = []
        if style.fill_column is not None and style.fill_column_color is not None:
            left = sum(self.col_widths[: style.fill_column])
            column_fills = [
                (
                    left,
                    tops[i] - self._heights[i],
                    self.col_widths[style.fill_column],
                    self._heights[i],
                )
                for i in range(self.header_rows, len(self.rows))
            ]
        if fills or column_fills:
            canvas.saveState()
            for color, boxes in (
                (style.header_fill, fills),
                (style.fill_column_color, column_fills),
            ):
                if boxes:
                    canvas.setFillColor(color)
                    for box in boxes:
                        canvas.rect(*box, stroke=0, fill=1)
            canvas.restoreState()

    def _draw_rules(self, canvas: Any, tops: list[float]) -> None:
        """The line under each row: the header's rule, then the body's."""
        style = self.grid_style
        rules = [
            (style.header_rule, style.header_rule_width, range(self.header_rows)),
            (style.rule, style.rule_width, range(self.header_rows, len(self.rows))),
        ]
        for color, width, rows in rules:
            if color is None or not rows:
                continue
            canvas.saveState()
            canvas.setStrokeColor(color)
            canvas.setLineWidth(width)
            bottoms = [tops[i] - self._heights[i] for i in rows]
            canvas.lines([(0, y, self.width, y) for y in bottoms])
            canvas.restoreState()

    def _draw_cells(self, canvas: Any, tops: list[float]) -> None:
        pad_x, pad_top = self.grid_style.pad_x, self.grid_style.pad_top
        for row, row_top, height in zip(self.rows, tops, self._heights, strict=True):
            left = 0.0
            for cell, width in zip(row, self.col_widths, strict=True):
                cell.wrapOn(canvas, width - 2 * pad_x, height)
                cell.drawOn(canvas, left + pad_x, row_top - pad_top - cell.height)
                left += width
