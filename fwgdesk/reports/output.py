"""Rendering a report into a file: the entry points the report modules call.

:func:`write_file` lays the sheets out into a temporary file beside the target and renames
it over the target only when the whole PDF is written, so that a full disk or a cancelled
batch leaves the old file as it was; :func:`copy_file` saves a preview the same way.
:class:`RenderResult` tells the caller what was written.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from fwgdesk.db.failures import translated_os_error
from fwgdesk.domain.errors import UsageError
from fwgdesk.files import atomic_output
from fwgdesk.reports.render import Kit, PageNumbers, ReportDoc, SheetSource


@dataclass
class RenderResult:
    """What a report run wrote, and the characters no bundled font could draw."""

    paths: list[Path] = field(default_factory=list)
    sheets: int = 0
    missing_glyphs: set[str] = field(default_factory=set)


def write_document(
    out: IO[bytes],
    kit: Kit,
    title: str,
    subject: str,
    sources: list[SheetSource],
    outline: bool = False,
    cancel_check: Callable[[], None] | None = None,
    page_numbers: PageNumbers | None = None,
) -> None:
    doc = ReportDoc(out, kit, title, subject)
    doc.cancel_check = cancel_check
    doc.show_outline = outline
    doc.page_numbers = page_numbers
    try:
        doc.render(sources)
    finally:
        doc.release()


def write_file(
    target: Path,
    kit: Kit,
    title: str,
    subject: str,
    sources: list[SheetSource],
    outline: bool = False,
    cancel_check: Callable[[], None] | None = None,
    page_numbers: PageNumbers | None = None,
) -> Path:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(target) as handle:
            write_document(
                handle, kit, title, subject, sources, outline, cancel_check, page_numbers
            )
    except OSError as error:
        raise translated_os_error(error, target, UsageError) from error
    return target


def copy_file(source: Path, target: Path) -> Path:
    """Copy a written PDF (a preview) to *target*, atomically."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as original, atomic_output(target) as handle:
            shutil.copyfileobj(original, handle)
    except OSError as error:
        raise translated_os_error(error, target, UsageError) from error
    return target
