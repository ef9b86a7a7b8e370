"""The legend at the end of a status sheet: what the stage ladder's marks mean, what each
status of a linked recommendation means, whom an item may be addressed to, and which
document each source code stands for."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable

from fwgdesk.domain.enums import LinkStatus
from fwgdesk.domain.languages import original_mark, shown_with_mark
from fwgdesk.reports.data import Directory, SheetData
from fwgdesk.reports.graphics import DrawingFlowable, TextDrawing, add_text, draw_step_mark
from fwgdesk.reports.render import Kit

# (label, the mark's place relative to the current step, whether the review is suspended)
LADDER_MARKS = (
    ("legend.passed", -1, False),
    ("legend.current", 0, False),
    ("legend.to_come", 1, False),
    ("legend.suspended", 0, True),
)


def legend(kit: Kit, shared: Directory, data: SheetData) -> list[Flowable]:
    """The legend of what this sheet shows (nothing when it shows neither a review nor a
    linked recommendation)."""
    labels, styles = kit.labels, kit.styles
    parts: list[Flowable] = []
    if data.reviews:
        parts.append(kit.text(labels("legend_ladder"), styles.h3.but(size=8.6)))
        parts.append(DrawingFlowable(lambda width: ladder_legend(kit, width)))
    if any(theme.links for theme in data.themes):
        parts += _statuses(kit)
        parts.append(kit.text(labels("legend_addressees"), styles.small.but(space_before=4)))
        parts += _sources(kit, shared, data)
    if not parts:
        return []
    return [*kit.heading(labels("legend"), keep=120), *parts]


def ladder_legend(kit: Kit, width: float) -> Drawing:
    """The four marks of the stage ladder, each with what it means, side by side."""
    style = kit.styles.small.but(color=kit.styles.body.color, align="start")
    radius, slot = 6.0, width / len(LADDER_MARKS)
    label_width = slot - 3 * radius - 6
    tallest = max(
        len(kit.engine.lines(kit.labels(key), style, label_width)) for key, _, _ in LADDER_MARKS
    )
    height = max(2 * radius + 6, tallest * style.line_height + 4)
    drawing = TextDrawing(width, height)
    cy = height - radius - 3
    for index, (key, relative, suspended) in enumerate(LADDER_MARKS):
        start = slot * index
        if kit.rtl:
            x = width - start - radius - 2
            left = x - radius - 4 - label_width
        else:
            x = start + radius + 2
            left = x + radius + 4
        draw_step_mark(drawing, x, cy, radius, relative, suspended)
        add_text(drawing, kit.engine, kit.labels(key), left, height - 2, label_width, style)
    return drawing


def _statuses(kit: Kit) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    rows: list[list[Any]] = [
        [kit.cell(labels.term("link", s.value), styles.cell_bold), kit.cell(_meaning(kit, s))]
        for s in LinkStatus
    ]
    caption = kit.text(labels("legend_statuses"), styles.h3.but(size=8.6))
    return [kit.table(rows, [22, 78], header=False, caption=caption)]


def _meaning(kit: Kit, status: LinkStatus) -> str:
    return kit.labels(f"status_note.{status.value}")


def _sources(kit: Kit, shared: Directory, data: SheetData) -> list[Flowable]:
    """The source documents of the items on this sheet: code, title, symbol, date."""
    labels, styles = kit.labels, kit.styles
    used = {
        shared.items[link.code].source
        for theme in data.themes
        for link in theme.links
        if link.code in shared.items
    }
    rows: list[list[Any]] = [kit.head_cells("code", "legend_sources", "symbol", "date")]
    for code, source in shared.sources.items():
        if code not in used:
            continue
        rows.append(
            [
                kit.cell(code, styles.cell_bold),
                kit.cell(shown_with_mark(source.title(labels.language), original_mark)),
                kit.cell(source.symbol or labels("symbol_not_recorded")),
                kit.cell(labels.date(source.issued_on) if source.issued_on else None),
            ]
        )
    if len(rows) == 1:
        return []
    return [kit.table(rows, [12, 56, 18, 14])]
