"""Figures of the status sheets (run on demand, never in the test suite).

    python tests/benchmarks/bench_reports.py [--runs N] [--no-memory]

On a database with the Secretariat's 2022 reviews, 800 people and 2,500 linked
recommendations (names and notes in Latin, Cyrillic, Chinese and Arabic), prints:

* one State sheet (the whole path: data, layout, fonts, file), warm, median of N runs;
  target under 150 ms; and the very first one, which also loads the fonts;
* all 194 sheets as one bookmarked PDF; target under 10 s;
* a bare ReportLab canvas loop drawing the same text runs (captured from the batch,
  with the same fonts, the same pages) into a PDF, and the ratio; target within 4x.
  Shaping is included on both sides: each batch run starts with empty shaping and run
  caches, and the bare loop shapes every run the batch shaped (HarfBuzz, uncached)
  before drawing it. Lines drawn glyph by glyph (shaped or reordered text, see
  :func:`fwgdesk.reports.text_drawing.draw_in_logical_order`) are captured run by run,
  so in Arabic the loop draws the same glyphs as the batch;
* memory: the peak (tracemalloc) of batches of 25, 50, 100 and 194 sheets, one PDF and
  split into files, and how much each sheet adds.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.pdfgen.textobject import PDFTextObject  # noqa: E402

from fwgdesk.db.engine import Database  # noqa: E402
from fwgdesk.paths import DataPaths  # noqa: E402
from fwgdesk.reports import (  # noqa: E402
    SheetOptions,
    logical_runs,
    render_batch,
    render_state_sheet,
    shaping,
    text_drawing,
)
from fwgdesk.services.startup import open_database  # noqa: E402
from tests.support.synthetic import large_dataset, state_codes  # noqa: E402

CREATED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
TARGET_SHEET_S = 0.150
TARGET_BATCH_S = 10.0
TARGET_RATIO = 4.0

Run = tuple[str, float, str, bool | None]
"""(font, size, text, direction): text drawn as it is (None), or the logical text of a
shaped run, shaped right to left (True) or left to right (False) before drawing."""

Page = list[Run]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


@contextmanager
def captured_text() -> Iterator[list[Page]]:
    """Every text run drawn, by page, in drawing order: those of ReportLab's text objects,
    and those of the lines the sheets draw glyph by glyph."""
    pages: list[Page] = [[]]
    format_text = PDFTextObject._formatText
    show_page = Canvas.showPage
    glyph_by_glyph = text_drawing.draw_in_logical_order

    def record_text(self: Any, text: str) -> Any:
        pages[-1].append((self._fontname, self._fontsize, text, None))
        return format_text(self, text)

    def record_line(canvas: Any, text: Any, line: Any, left: float, y: float) -> None:
        for run in line.runs:
            shaped = getattr(run.text, "__shapeData__", None) is not None
            drawn = run.logical if shaped else run.text
            pages[-1].append((run.font, run.size, drawn, run.rtl if shaped else None))
        glyph_by_glyph(canvas, text, line, left, y)

    def record_page(self: Any) -> None:
        pages.append([])
        show_page(self)

    PDFTextObject._formatText = record_text  # type: ignore[method-assign]
    Canvas.showPage = record_page  # type: ignore[method-assign]
    text_drawing.draw_in_logical_order = record_line
    try:
        yield pages
    finally:
        PDFTextObject._formatText = format_text  # type: ignore[method-assign]
        Canvas.showPage = show_page  # type: ignore[method-assign]
        text_drawing.draw_in_logical_order = glyph_by_glyph
        if not pages[-1]:
            pages.pop()


def bare_canvas(pages: list[Page]) -> bytes:
    """The same runs, drawn line after line with drawString: no layout, no tables; the
    runs the batch shaped are shaped here too (uncached), then drawn."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    for page in pages:
        y = 800.0
        for font, size, text, rtl in page:
            canvas.setFont(font, size)
            drawn = text if rtl is None else shaping.shape_uncached(font, text, rtl)
            canvas.drawString(40, y, drawn)
            y = y - size * 1.3 if y > 60 else 800.0
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def cold_batch(database: Database, target: Path, language: str) -> None:
    """A batch of every State, shaping and building each run's operators from empty
    caches, as in a new process."""
    shaping.clear_cache()
    logical_runs.clear_cache()
    render_batch(database, target, SheetOptions(language), created=CREATED)


def build(folder: Path) -> Database:
    database = open_database(DataPaths(folder)).database
    large_dataset(database, people=800, links=2500)
    return database


def peak_of(action: Callable[[], object]) -> float:
    """The peak of memory allocated during *action*, above what was held before (MB)."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return (peak - base) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument(
        "--lang", default="en", help="the sheets' language (ar: shaping and reordering)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = build(folder / "data")
        codes = state_codes(database)
        sheet = folder / "sheet.pdf"
        options = SheetOptions(args.lang, full_text=True)
        iso3 = codes[0]

        first = timed(lambda: render_state_sheet(database, iso3, sheet, options, CREATED))
        runs = [
            timed(lambda: render_state_sheet(database, iso3, sheet, options, CREATED))
            for _ in range(args.runs)
        ]
        median = statistics.median(runs)
        pages = len(PdfReader(sheet).pages)
        print(
            f"fonts loaded once                 {first - median:.3f} s (first sheet {first:.3f} s)"
        )
        print(
            f"one State sheet ({iso3}, {pages} p.)      median {median * 1000:.0f} ms, "
            f"best {min(runs) * 1000:.0f} ms; target {TARGET_SHEET_S * 1000:.0f} ms "
            f"(ratio {median / TARGET_SHEET_S:.2f})"
        )

        batch = folder / "all.pdf"
        batch_times = [timed(lambda: cold_batch(database, batch, args.lang)) for _ in range(3)]
        batch_s = statistics.median(batch_times)
        with captured_text() as text_pages:
            render_batch(
                database, folder / "captured.pdf", SheetOptions(args.lang), created=CREATED
            )
        runs_drawn = sum(len(page) for page in text_pages)
        chars = sum(len(text) for page in text_pages for _, _, text, _ in page)
        shaped = sum(1 for page in text_pages for *_, rtl in page if rtl is not None)
        bare_times = [timed(lambda: bare_canvas(text_pages)) for _ in range(5)]
        bare_s = statistics.median(bare_times)
        size = batch.stat().st_size
        print(
            f"all {len(codes)} sheets, one PDF            median {batch_s:.2f} s "
            f"({len(text_pages)} pages, {size / 1e6:.1f} MB); target {TARGET_BATCH_S:.0f} s "
            f"(ratio {batch_s / TARGET_BATCH_S:.2f})"
        )
        print(
            f"bare canvas loop, same text       median {bare_s:.2f} s "
            f"({runs_drawn} runs, {shaped} of them shaped, {chars} characters, same fonts "
            "and pages)"
        )
        print(
            f"ratio batch / bare canvas         {batch_s / bare_s:.2f}x of the medians, "
            f"{min(batch_times) / min(bare_times):.2f}x of the best (target within "
            f"{TARGET_RATIO:.0f}x); per sheet {batch_s / len(codes) * 1000:.0f} ms"
        )

        if args.no_memory:
            return
        # the text caches (bounded: see fwgdesk.reports.text) fill up to their limits first
        render_batch(database, folder / "warm", split=True, created=CREATED)
        print("memory (tracemalloc peak above the start; fonts loaded, text caches full)")
        results: list[tuple[int, float, float]] = []
        for count in (25, 50, 100, len(codes)):
            chosen = codes[:count]
            one = peak_of(
                lambda c=chosen: render_batch(database, folder / "m.pdf", states=c, created=CREATED)
            )
            split = peak_of(
                lambda c=chosen: render_batch(
                    database, folder / "split", states=c, split=True, created=CREATED
                )
            )
            per_sheet = (folder / "m.pdf").stat().st_size / count / 1000
            results.append((count, one, split))
            print(
                f"  {count:>3} sheets: one PDF {one:6.1f} MB, split {split:5.1f} MB "
                f"(output {per_sheet:.0f} kB a sheet)"
            )
        (n0, one0, split0), (n1, one1, split1) = results[0], results[-1]
        print(
            f"  growth per added sheet: one PDF {(one1 - one0) / (n1 - n0) * 1000:.0f} kB "
            f"(ReportLab holds the finished pages until it writes the file), "
            f"split {(split1 - split0) / (n1 - n0) * 1000:.1f} kB"
        )


if __name__ == "__main__":
    main()
