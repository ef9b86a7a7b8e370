"""The text of a PDF as a reader's tools get it: pdfminer.six, honouring ``/ActualText``.

pdftotext (poppler), Acrobat and screen readers take a marked-content span's
``/ActualText`` for the glyphs inside it; pdfminer.six and pypdf give the glyphs' own
characters. This device does what the former do, on pdfminer.six's interpreter: the text
of each page in drawing order, a span's actual text instead of its glyphs, a new line when
the baseline moves, a space when the pen jumps (another cell of a table).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage


def _decode(value: Any) -> str:
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be")
        return value.decode("latin-1")
    return str(value)


class _TextDevice(PDFTextDevice):  # type: ignore[misc]
    def __init__(self, manager: PDFResourceManager) -> None:
        super().__init__(manager)
        self.parts: list[str] = []
        self.spans: list[str | None] = []  # an open span's actual text, until written
        self.inside_actual = 0
        self.last: tuple[float, float, float] | None = None  # the last glyph: baseline, x0, x1

    def begin_tag(self, tag: Any, props: Any = None) -> None:
        actual = props.get("ActualText") if isinstance(props, dict) else None
        if actual is not None:
            self.inside_actual += 1
            self.spans.append(_decode(actual))
        else:
            self.spans.append(None)

    def end_tag(self) -> None:
        if self.spans:
            self.spans.pop()
        self.inside_actual = sum(1 for span in self.spans if span is not None)

    def _place(self, x: float, y: float, width: float, size: float) -> None:
        """A new line when the baseline moves; a space when this glyph touches the last
        on neither side (left to right or right to left): another cell."""
        if self.last is not None:
            last_y, last_x0, last_x1 = self.last
            if abs(y - last_y) > size * 0.5:
                self.parts.append("\n")
            elif min(abs(x - last_x1), abs(last_x0 - (x + width))) > size * 0.6:
                self.parts.append(" ")
        self.last = (y, x, x + width)

    def render_char(
        self,
        matrix: Any,
        font: Any,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        advance = float(font.char_width(cid)) * fontsize * scaling
        x, y = matrix[4], matrix[5]
        size = fontsize * abs(matrix[3] or 1)
        width = advance * abs(matrix[0] or 1)
        if self.inside_actual:
            index = max(i for i, span in enumerate(self.spans) if span is not None)
            pending = self.spans[index]
            if pending:
                self._place(x, y, width, size)
                self.parts.append(pending)
                self.spans[index] = ""
            return advance
        self._place(x, y, width, size)
        try:
            self.parts.append(font.to_unichr(cid))
        except Exception:  # a glyph without a Unicode value
            self.parts.append("\ufffd")
        return advance

    def text(self) -> str:
        return "".join(self.parts)


def page_texts(path: Path) -> list[str]:
    """The text of each page of the PDF *path*."""
    manager = PDFResourceManager()
    texts: list[str] = []
    with path.open("rb") as handle:
        for page in PDFPage.get_pages(handle):
            device = _TextDevice(manager)
            PDFPageInterpreter(manager, device).process_page(page)
            texts.append(device.text())
    return texts


def pdf_text(path: Path) -> str:
    """The text of every page of the PDF *path*, pages separated by a form feed."""
    return "\f".join(page_texts(path))
