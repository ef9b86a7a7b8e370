"""A PDF preview (QtPdf): pages one under the other, page navigation, zoom; and printing.

:func:`print_document` paints the pages of a loaded :class:`QPdfDocument` on a
:class:`QPrinter`, each page rendered to an image and fitted to the printable area.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PRINT_DPI_LIMIT = 300  # pages are rendered at most this fine for printing
ZOOM_STEP = 1.25


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages of *document* (the printer's page range when it has one); returns
    the number of pages printed."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(count - 1, max(first, printer.toPage() - 1))
    if count == 0 or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.printerName() or printer.outputFileName()}")
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    try:
        for page in range(first, last + 1):
            if page > first:
                printer.newPage()
            _paint_page(document, page, painter, dpi)
    finally:
        painter.end()
    return last - first + 1


def _paint_page(document: QPdfDocument, page: int, painter: QPainter, dpi: int) -> None:
    points = document.pagePointSize(page)
    area = painter.viewport()
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = round(points.width() * scale), round(points.height() * scale)
    image_size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(page, image_size)
    target = QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
    painter.drawImage(target, image)


class PdfPreview(QWidget):
    """Shows a PDF file: previous/next page, a page number to jump to, fit width or page,
    zoom in and out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty = QLabel(self.tr("No document to show."), self)  # in the view's place
        self.empty.setObjectName("empty_preview")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_bar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.document.pageCountChanged.connect(self._update_pages)
        self.document.statusChanged.connect(self._update_pages)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._update_pages()

    def _tool(
        self, text: str, tip: str, shortcut: QKeySequence | QKeySequence.StandardKey | str
    ) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        key = QKeySequence(shortcut)
        button.setShortcut(key)
        button.setToolTip(f"{tip} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setAccessibleName(tip)
        return button

    def _build_bar(self) -> QHBoxLayout:
        back, forward = ("▶", "◀") if self.isRightToLeft() else ("◀", "▶")
        self.previous_button = self._tool(back, self.tr("Previous page"), "Ctrl+PgUp")
        self.next_button = self._tool(forward, self.tr("Next page"), "Ctrl+PgDown")
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_count_label = QLabel(self)
        self.fit_width_button = self._tool(self.tr("Fit width"), self.tr("Fit width"), "Ctrl+0")
        self.fit_page_button = self._tool(self.tr("Whole page"), self.tr("Whole page"), "Ctrl+9")
        self.zoom_out_button = self._tool(
            "−", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_button = self._tool("+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.fit_width_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView)
        )
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        row = QHBoxLayout()
        for widget in (self.previous_button, self.page_spin, self.page_count_label):
            row.addWidget(widget)
        row.addWidget(self.next_button)
        row.addStretch(1)
        for button in (
            self.fit_width_button,
            self.fit_page_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            row.addWidget(button)
        self._check_zoom_buttons()
        return row

    # --- the document --------------------------------------------------------------------

    def load(self, path: Path) -> None:
        self.document.load(str(path))
        self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth)
        self.go_to_page(0)

    def clear(self) -> None:
        self.document.close()

    @property
    def ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    # --- pages and zoom ------------------------------------------------------------------

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if count == 0:
            return
        page = max(0, min(count - 1, page))
        navigator = self.view.pageNavigator()
        if page != navigator.currentPage():
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._check_zoom_buttons()

    def zoom_by(self, factor: float) -> None:
        zoom = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, zoom * factor)))
        self._check_zoom_buttons()

    def _check_zoom_buttons(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def _update_pages(self) -> None:
        count = self.document.pageCount() if self.ready else 0
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1 if count else 0, count)
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(self.tr("of {count}").format(count=count))
        self.view.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        for widget in (
            self.page_spin,
            self.previous_button,
            self.next_button,
            self.fit_width_button,
            self.fit_page_button,
            self.zoom_in_button,
            self.zoom_out_button,
        ):
            widget.setEnabled(count > 0)
        self._page_changed(self.current_page())

    def _page_changed(self, page: int) -> None:
        count = self.document.pageCount() if self.ready else 0
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1 if count else 0)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
