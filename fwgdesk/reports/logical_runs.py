"""The content-stream operators that draw one run of a line glyph by glyph, in the order
its characters were typed (see :func:`fwgdesk.reports.text_drawing.draw_in_logical_order`).

Each glyph is placed where it is seen, relative to the run's start: a ``Td`` from the
previous glyph's origin, so that a run's operators do not depend on where it stands and
are built once per document. A glyph that does not stand for the characters naming it (a
joining form, a ligature, a mirrored bracket) is wrapped, with the other glyphs of its
characters, in a span whose ``/ActualText`` is those characters; one span per cluster,
which poppler (``pdftotext``), pdfminer and Acrobat all read in the typed order.

A run's glyphs and operators do not depend on the document (:func:`run_template`, kept
for the runs used last); the codes of its glyphs do, and are filled in per document
(:class:`RunOperators`).
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from fwgdesk.reports.text import Run

CACHE_LIMIT = 4_000

Glyph = tuple[int, int, str, int, int, str]
"""(where its characters begin in the run as typed, its place among the glyphs of those
characters, the character naming it, x and rise from the run's start in thousandths of a
point, the characters it stands for)."""

_glyph_cache: OrderedDict[tuple[str, float, str, str, bool], tuple[Glyph, ...]] = OrderedDict()


def _run_key(run: Run) -> tuple[str, float, str, str, bool]:
    return (run.font, run.size, run.text, run.logical, run.rtl)  # a ShapedStr hashes as its str


def run_glyphs(run: Run) -> tuple[Glyph, ...]:
    """The glyphs of *run* in the order its characters were typed."""
    key = _run_key(run)
    found = _glyph_cache.get(key)
    if found is None:
        found = _glyph_cache[key] = tuple(sorted(_placed_glyphs(run)))
        if len(_glyph_cache) > CACHE_LIMIT:
            _glyph_cache.popitem(last=False)
    else:
        _glyph_cache.move_to_end(key)
    return found


def _placed_glyphs(run: Run) -> list[Glyph]:
    placed: list[Glyph] = []
    pen = 0.0
    data = getattr(run.text, "__shapeData__", None)
    if data is not None:
        scale = run.size
        bounds = sorted({d.cluster for d in data})
        ends = dict(zip(bounds, [*bounds[1:], len(run.logical)], strict=True))
        for index, (char, d) in enumerate(zip(run.text, data, strict=True)):
            shows = run.logical[d.cluster : ends[d.cluster]]
            x, rise = round(pen + d.x_offset * scale), round(d.y_offset * scale)
            placed.append((d.cluster, index, char, x, rise, shows))
            pen += d.x_advance * scale
    elif run.logical:  # reversed and mirrored, not shaped
        last = len(run.text) - 1
        for index, char in enumerate(run.text):
            placed.append((last - index, 0, char, round(pen), 0, run.logical[last - index]))
            pen += stringWidth(char, run.font, run.size) * 1000
    else:
        placed.append((0, 0, run.text, 0, 0, run.text))
    return placed


def actual_text(text: str) -> str:
    """*text* as a PDF text string (UTF-16 with its byte-order mark, in hexadecimal)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def number(thousandths: int) -> str:
    """A length given in thousandths of a point, as the shortest PDF number."""
    if thousandths % 1000 == 0:
        return str(thousandths // 1000)
    sign = "-" if thousandths < 0 else ""
    whole, part = divmod(abs(thousandths), 1000)
    return f"{sign}{whole}.{part:03d}".rstrip("0")


Template = tuple[tuple[tuple[str, str], ...], str]
"""A run's operators without its document's codes: (operators before a glyph, the
character naming the glyph) for each glyph, then the operators after the last."""

_templates: OrderedDict[tuple[str, float, str, str, bool], Template] = OrderedDict()


def run_template(run: Run) -> Template:
    """The operators of *run* from its line origin, each glyph's code left out."""
    key = _run_key(run)
    found = _templates.get(key)
    if found is None:
        found = _templates[key] = _template(run)
        if len(_templates) > CACHE_LIMIT:
            _templates.popitem(last=False)
    else:
        _templates.move_to_end(key)
    return found


def _template(run: Run) -> Template:
    glyphs: list[tuple[str, str]] = []
    before: list[str] = []
    open_span = -1
    line_at = (0, 0)  # where the last Td put the origin (each Tj moves the pen on)
    for start, _, char, x, rise, shows in run_glyphs(run):
        if open_span != -1 and open_span != start:
            before.append("EMC")
            open_span = -1
        if open_span == -1 and shows != char:
            before.append(f"/Span <</ActualText {actual_text(shows)}>> BDC")
            open_span = start
        if glyphs or (x, rise) != line_at:
            before.append(f"{number(x - line_at[0])} {number(rise - line_at[1])} Td")
            line_at = (x, rise)
        glyphs.append((" ".join(before), char))
        before = []
    return tuple(glyphs), "EMC" if open_span != -1 else ""


class RunOperators:
    """The operators of runs in one document: a run's are completed with the document's
    codes the first time it is drawn there, and kept for the :data:`CACHE_LIMIT` runs
    drawn last."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self._built: OrderedDict[tuple[str, float, str, str, bool], str] = OrderedDict()
        self._codes: dict[str, dict[str, tuple[int, str]]] = {}  # by font, by character

    def of(self, run: Run) -> str:
        """The operators drawing *run* from the current line origin (set by the caller)."""
        key = _run_key(run)
        found = self._built.get(key)
        if found is None:
            found = self._built[key] = self._build(run)
            if len(self._built) > CACHE_LIMIT:
                self._built.popitem(last=False)
        else:
            self._built.move_to_end(key)
        return found

    def _shows(self, font: Any, text: str) -> list[tuple[int, str]]:
        """(subset, the operator showing its characters) for each subset of *text*."""
        return [(subset, f"<{data.hex()}> Tj") for subset, data in font.splitString(text, self.doc)]

    def _build(self, run: Run) -> str:
        font = getFont(run.font)
        size = number(round(run.size * 1000))
        codes = self._codes.setdefault(run.font, {})
        glyphs, after = run_template(run)
        out: list[str] = []
        subset_now = -1
        for before, char in glyphs:
            if before:
                out.append(before)
            found = codes.get(char)
            if found is None:
                shows = self._shows(font, char)
                if len(shows) == 1:
                    found = codes[char] = shows[0]
            for subset, show in shows if found is None else (found,):
                if subset != subset_now:
                    out.append(f"{font.getSubsetInternalName(subset, self.doc)} {size} Tf")
                    subset_now = subset
                out.append(show)
        if after:
            out.append(after)
        return " ".join(out)


_documents: weakref.WeakKeyDictionary[Any, RunOperators] = weakref.WeakKeyDictionary()


def operators_for(doc: Any) -> RunOperators:
    """The run operators of the document *doc* (a ReportLab ``PDFDocument``)."""
    found = _documents.get(doc)
    if found is None:
        found = _documents[doc] = RunOperators(doc)
    return found


def clear_cache() -> None:
    """Forget every run's glyphs and operators (for measurements: a new process starts
    empty)."""
    _glyph_cache.clear()
    _templates.clear()
