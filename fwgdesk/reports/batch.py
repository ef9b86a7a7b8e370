"""Status sheets for a selection of States: one PDF with a bookmark per State, or one
file per State in a folder (``--split``).

Each sheet's data is read and its flowables built only when the layout reaches it, and
dropped once drawn, so memory stays flat in the number of sheets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fwgdesk.db.engine import Database
from fwgdesk.domain.errors import UsageError
from fwgdesk.reports.data import RowSource, directory, select_states
from fwgdesk.reports.labels import Labels, check_language
from fwgdesk.reports.render import Kit, RenderResult, ReportCancelledError, write_file
from fwgdesk.reports.state_sheet import SheetOptions, sheet_source, sheet_title

Progress = Callable[[int, int], bool]
"""Called with (sheets done, sheets in all) before each sheet; returning False cancels."""


def sheet_file_name(iso3: str, language: str) -> str:
    return f"{iso3}-status-sheet-{language}.pdf"


def render_batch(
    database: Database,
    target: Path,
    options: SheetOptions | None = None,
    group: int | None = None,
    region: str | None = None,
    states: list[str] | None = None,
    split: bool = False,
    created: datetime | None = None,
    progress: Progress | None = None,
) -> RenderResult:
    """Sheets for the States of review group *group*, regional group *region*, the list
    *states*, or all States: into the one PDF *target*, or (*split*) into the folder
    *target*, a file per State."""
    options = options or SheetOptions()
    shared = directory(database, check_language(options.language), created)
    if states is not None:
        chosen = sorted({code.upper() for code in states})
        unknown = [code for code in chosen if code not in shared.states]
        if unknown:
            raise UsageError(f"unknown States: {', '.join(unknown)}")
    else:
        chosen = select_states(shared, database, group, region)
    if split and target.exists() and not target.is_dir():
        raise UsageError(f"{target} is a file: --split writes one file per State into a folder")
    if not split and target.is_dir():
        raise UsageError(f"{target} is a folder: give a file name ending in .pdf, or use --split")
    kit = Kit(Labels(options.language), shared.meta)
    total = len(chosen)
    done = 0

    def check() -> None:
        nonlocal done
        if progress is not None and not progress(done, total):
            raise ReportCancelledError
        done += 1

    result = RenderResult(sheets=total)
    rows = RowSource(database, chosen)
    if split:
        for iso3 in chosen:
            check()
            path = target / sheet_file_name(iso3, options.language)
            title = f"{sheet_title(shared, iso3)} · {kit.labels('sheet_title')}"
            source = sheet_source(kit, database, shared, iso3, options, rows=rows)
            result.paths.append(write_file(path, kit, title, kit.labels("mechanism"), [source]))
    else:
        sources = [
            sheet_source(kit, database, shared, iso3, options, bookmark=True, rows=rows)
            for iso3 in chosen
        ]
        write_file(
            target,
            kit,
            kit.labels("sheet_title"),
            kit.labels("mechanism"),
            sources,
            outline=True,
            cancel_check=check,
        )
        result.paths.append(target)
    if progress is not None:
        progress(total, total)
    result.missing_glyphs = set(kit.engine.missing)
    return result
