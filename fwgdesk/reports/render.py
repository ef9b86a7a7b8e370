"""What every PDF of fwgdesk shares: the page, the styles, the footer, the document.

A document is a sequence of *sheets* (a State's status sheet, the overview). Each sheet
numbers its own pages ("page 1 of 2"), whether it is printed alone or in a batch, so the
canvas holds back the pages of the current sheet until the sheet ends and then draws the
footers, knowing the total. Only one sheet's pages are held at a time, and a batch builds
each sheet's flowables only when the layout reaches it (:class:`SheetSource`). Writing the
document into a file is :mod:`fwgdesk.reports.output`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
)
from reportlab.platypus.doctemplate import ActionFlowable

from fwgdesk import __version__
from fwgdesk.reports.column_widths import fit_words
from fwgdesk.reports.data import ReportMeta
from fwgdesk.reports.fonts import Script
from fwgdesk.reports.grid import Grid, GridStyle
from fwgdesk.reports.labels import Labels
from fwgdesk.reports.text import TextEngine, TextStyle
from fwgdesk.reports.text_drawing import TextBlock, draw_lines

# binary (deflated) streams: ASCII85 makes the files a quarter larger and costs time
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = black
MUTED = HexColor("#5f6368")
ACCENT = HexColor("#1f4e79")  # headings, reached stages
ACCENT_LIGHT = HexColor("#dbe5f1")
RULE = HexColor("#b7c3d0")
ALERT = HexColor("#b3261e")
OK = HexColor("#2e7d32")
SERIES = (HexColor("#1f4e79"), HexColor("#e08a1e"), HexColor("#6a9f3c"), HexColor("#8e5ea2"))


class ReportCancelledError(Exception):
    """The user stopped a batch; the file being written is discarded."""


@dataclass
class Styles:
    rtl: bool

    def __post_init__(self) -> None:
        base = TextStyle(size=8.6, color=INK, rtl=self.rtl)
        self.body = base
        self.small = base.but(size=7.4, color=MUTED)
        self.cell = base.but(size=8.2)
        self.cell_bold = self.cell.but(bold=True)
        self.cell_head = base.but(size=7.6, bold=True, color=ACCENT)
        self.label = base.but(size=7.6, color=MUTED)
        self.alert = self.cell.but(bold=True, color=ALERT)
        self.good = self.cell.but(color=OK)
        self.kicker = base.but(size=7.6, color=MUTED, space_after=2)
        self.h1 = base.but(size=19, bold=True, leading=25, color=INK, space_after=2)
        self.h2 = base.but(size=11.5, bold=True, color=ACCENT, space_before=10, space_after=4)
        self.h3 = base.but(size=9.4, bold=True, color=INK, space_before=6, space_after=3)
        self.footer = base.but(size=6.8, color=MUTED)


@dataclass
class Kit:
    """The tools of one document: language, text engine, styles and footer facts."""

    labels: Labels
    meta: ReportMeta
    engine: TextEngine = field(default_factory=TextEngine)

    def __post_init__(self) -> None:
        self.styles = Styles(self.labels.rtl)

    @property
    def rtl(self) -> bool:
        return self.labels.rtl

    def text(self, text: str, style: TextStyle) -> TextBlock:
        return TextBlock(text, style, self.engine)

    def heading(
        self, text: str, level: int = 2, style: TextStyle | None = None, keep: float = 70
    ) -> list[Flowable]:
        """A heading, on a new page when less than *keep* points are left under it."""
        if style is None:
            style = self.styles.h2 if level == 2 else self.styles.h3
        return [CondPageBreak(keep), self.text(text, style)]

    def table(
        self,
        rows: list[list[Any]],
        widths: list[float],
        header: bool = True,
        ruled: bool = True,
        total_width: float = FRAME_WIDTH,
        caption: TextBlock | None = None,
    ) -> Grid:
        """A grid of cells (TextBlocks or flowables), columns mirrored for right-to-left;
        *widths* are relative, a column widened to its longest word where it can be."""
        total = sum(widths)
        col_widths = [total_width * w / total for w in widths]
        col_widths = fit_words(rows, col_widths, 2 * GridStyle.pad_x)
        if self.rtl:
            rows = [list(reversed(row)) for row in rows]
            col_widths = list(reversed(col_widths))
        style = GridStyle(
            rule=RULE if ruled else None,
            header_fill=ACCENT_LIGHT if header else None,
            header_rule=ACCENT if header else None,
        )
        grid = Grid(
            rows,
            col_widths,
            style,
            header_rows=1 if header else 0,
            frame_height=FRAME_HEIGHT,
            caption=caption,
        )
        grid.spaceBefore = caption.style.space_before if caption is not None else 0
        grid.spaceAfter = 4
        return grid

    def head_cells(self, *keys: str) -> list[TextBlock]:
        return [self.text(self.labels(key), self.styles.cell_head) for key in keys]

    def cell(self, text: str | None, style: TextStyle | None = None) -> TextBlock:
        return self.text(text or "–", style or self.styles.cell)


# --- the canvas that numbers the pages of each sheet -------------------------------------


FooterPainter = Callable[["SheetCanvas", int, int], None]


class SheetCanvas(Canvas):  # type: ignore[misc]
    """Holds back the pages of the current sheet; :meth:`end_sheet` draws their footers
    ("page x of y") and emits them."""

    def __init__(
        self,
        *args: Any,
        painter: FooterPainter,
        created: datetime | None,
        outline: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if outline:
            self.showOutline()
        self._held: list[dict[str, Any]] = []
        self._painter = painter
        self.sheet_header = ""
        self.sheet_key = ""
        self.pages_done = 0  # pages emitted, all sheets so far
        self.page_numbers: PageNumbers | None = None
        if created is not None:
            stamp = created.strftime("D:%Y%m%d%H%M%S") + "+00'00'"
            self.setDateFormatter(lambda *_: stamp)

    def showPage(self) -> None:  # noqa: N802
        page = dict(self.__dict__)
        del page["_held"]
        self._held.append(page)
        self._startPage()

    def end_sheet(self) -> None:
        held, self._held = self._held, []
        # each held page restores the attributes of its time: keep the running ones
        done, key, numbers = self.pages_done, self.sheet_key, self.page_numbers
        for number, page in enumerate(held, start=1):
            self.__dict__.update(page)
            self._painter(self, number, len(held))
            Canvas.showPage(self)
        self.pages_done, self.sheet_key, self.page_numbers = done + len(held), key, numbers
        if numbers is not None and key and held:
            numbers.define(self, key, done + 1)

    def save(self) -> None:
        self.end_sheet()
        super().save()


class PageNumbers:
    """The page where each sheet of a batch begins, printed where a contents page asks for
    it before that page is known: each place draws a PDF form named after the sheet, and
    the form is defined when the sheet ends (:meth:`SheetCanvas.end_sheet`)."""

    def __init__(self, engine: TextEngine) -> None:
        self.engine = engine
        self.places: dict[str, tuple[float, float, TextStyle]] = {}  # key: width, height, style

    @staticmethod
    def form_name(key: str) -> str:
        return f"page-of-{key}"

    def define(self, canvas: SheetCanvas, key: str, page: int) -> None:
        if key not in self.places:
            return
        width, height, style = self.places[key]
        canvas.beginForm(self.form_name(key), 0, 0, width, height)
        draw_lines(canvas, self.engine.lines(str(page), style, width), style, 0, height, width)
        canvas.endForm()


@dataclass(frozen=True)
class Bookmark:
    """An entry of the document's outline: its title, destination and level."""

    title: str
    key: str
    level: int = 0


class SheetStart(Flowable):  # type: ignore[misc]
    """Marks where a sheet begins: the running header of its pages and its bookmarks (a
    group's, when the sheet is the group's first, then the sheet's own)."""

    def __init__(self, header: str, bookmarks: tuple[Bookmark, ...] = (), key: str = "") -> None:
        super().__init__()
        self.header = header
        self.bookmarks = bookmarks
        self.key = key
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.sheet_header = self.header
        canvas.sheet_key = self.key
        for mark in self.bookmarks:
            canvas.bookmarkPage(mark.key)
            canvas.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=mark.level > 0)


class EndSheet(ActionFlowable):  # type: ignore[misc]
    """Ends the sheet's last page and lets the canvas number the sheet's pages."""

    def apply(self, doc: ReportDoc) -> None:
        doc.handle_pageEnd()
        doc.canv.end_sheet()


class SheetSource:
    """A sheet whose flowables are built only when the layout reaches it."""

    def __init__(self, build: Callable[[], list[Flowable]]) -> None:
        self.build = build


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: IO[bytes], kit: Kit, title: str, subject: str) -> None:
        created = kit.meta.generated_at if kit.meta.fixed else None
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="fwgdesk",
            subject=subject,
            creator=f"fwgdesk {__version__}",
            keywords="UNTOC Review Mechanism; Firearms Protocol",
            invariant=1 if created is not None else 0,
            lang=kit.labels.language,
            pageCompression=1,
            initialFontName=kit.engine.fontset.name(Script.LATIN),
        )
        self.kit = kit
        self.created = created
        self.cancel_check: Callable[[], None] | None = None
        self.show_outline = False
        self.page_numbers: PageNumbers | None = None
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def filterFlowables(self, flowables: list[Any]) -> None:  # noqa: N802
        first = flowables[0]
        if isinstance(first, SheetSource):
            if self.cancel_check is not None:
                self.cancel_check()
            flowables[0:1] = [*first.build(), EndSheet()]

    def release(self) -> None:
        """Break the cycles a finished build leaves (document, canvas, template), so that
        its pages are freed at once rather than at the collector's next full pass."""
        canvas = getattr(self, "canv", None)
        if canvas is not None:
            canvas.__dict__.clear()
        self.__dict__.clear()

    def render(self, sources: Iterator[SheetSource] | list[SheetSource]) -> None:
        painter = make_footer_painter(self.kit)

        def maker(*args: Any, **kwargs: Any) -> SheetCanvas:
            canvas = SheetCanvas(
                *args, painter=painter, created=self.created, outline=self.show_outline, **kwargs
            )
            canvas.page_numbers = self.page_numbers
            return canvas

        self.build(list(sources), canvasmaker=maker)


def make_footer_painter(kit: Kit) -> FooterPainter:
    labels, meta, style = kit.labels, kit.meta, kit.styles.footer
    update = meta.last_update
    if update is None:
        update_text = labels("last_update_none")
    else:
        update_text = labels(
            "last_update",
            publisher=update.publisher or labels("not_recorded"),
            sequence=update.sequence if update.sequence is not None else "–",
        )
    info = " · ".join(
        [
            labels("generated", time=labels.datetime(meta.generated_at)),
            labels("as_of", date=labels.date(meta.as_of)),
            update_text,
        ]
    )
    info_width = FRAME_WIDTH * 0.78
    info_lines = kit.engine.lines(info, style, info_width)
    start = style.but(align="start")
    end = style.but(align="end")

    def paint(canvas: SheetCanvas, number: int, total: int) -> None:
        y_rule = MARGIN_BOTTOM - 7 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y_rule, PAGE_WIDTH - MARGIN_X, y_rule)
        top = y_rule - 2
        info_left = PAGE_WIDTH - MARGIN_X - info_width if kit.rtl else MARGIN_X
        draw_lines(canvas, info_lines, start, info_left, top, info_width)
        page_lines = kit.engine.lines(labels("page", page=number, total=total), style, 120)
        draw_lines(canvas, page_lines, end, MARGIN_X, top, FRAME_WIDTH)
        if number > 1 and canvas.sheet_header:
            head = kit.engine.lines(canvas.sheet_header, style, FRAME_WIDTH)
            draw_lines(
                canvas, head, start, MARGIN_X, PAGE_HEIGHT - MARGIN_TOP + 7 * mm, FRAME_WIDTH
            )
        canvas.restoreState()

    return paint


def spacer(height: float) -> Spacer:
    return Spacer(1, height)
