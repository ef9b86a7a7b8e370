"""The contents page of a batch: the title, then each group's States with the page their
sheet begins on, each entry a link to that sheet.

The pages are not known when the contents are laid out (they come first); each number is
a PDF form that the canvas defines when the sheet ends (:class:`PageNumbers`), so the batch
is laid out once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from fwgdesk.reports.data import Directory
from fwgdesk.reports.render import Bookmark, Kit, PageNumbers, SheetSource, SheetStart
from fwgdesk.reports.text import TextStyle

CONTENTS_KEY = "contents"


def sheet_key(iso3: str) -> str:
    """The destination of a State's sheet (its bookmark, its contents entry)."""
    return f"sheet-{iso3}"


@dataclass(frozen=True)
class BatchGroup:
    """A group of the batch (a regional group, a review group): its title and its States,
    in the order they are printed."""

    key: str
    title: str
    states: tuple[str, ...]


class PageRef(Flowable):  # type: ignore[misc]
    """The page a sheet begins on, drawn as the form the canvas defines once it is known;
    a link to the sheet."""

    def __init__(self, key: str, style: TextStyle, numbers: PageNumbers) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.numbers = numbers

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        canvas: Any = self.canv
        self.numbers.places.setdefault(self.key, (self.width, self.height, self.style))
        canvas.doForm(PageNumbers.form_name(self.key))
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def contents_source(
    kit: Kit, shared: Directory, title: str, groups: list[BatchGroup], numbers: PageNumbers
) -> SheetSource:
    """The contents as the batch's first sheet."""
    return SheetSource(lambda: _contents(kit, shared, title, groups, numbers))


def _contents(
    kit: Kit, shared: Directory, title: str, groups: list[BatchGroup], numbers: PageNumbers
) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    count = sum(len(group.states) for group in groups)
    story: list[Flowable] = [
        SheetStart(title, (Bookmark(labels("contents"), CONTENTS_KEY),), key=CONTENTS_KEY),
        kit.text(labels("mechanism"), styles.kicker),
        kit.text(title, styles.h1),
        kit.text(labels("contents_note", count=count), styles.small.but(space_after=4)),
    ]
    for group in groups:
        head = kit.head_cells("state", "iso3")
        head.append(kit.text(labels("page_column"), styles.cell_head.but(align="end")))
        rows: list[list[Any]] = [head]
        for iso3 in group.states:
            rows.append(
                [
                    kit.cell(shared.state_name(iso3)),
                    kit.cell(iso3),
                    PageRef(sheet_key(iso3), styles.cell.but(align="end"), numbers),
                ]
            )
        caption = kit.text(group.title, styles.h3)
        story.append(kit.table(rows, [70, 15, 15], caption=caption))
    return story
