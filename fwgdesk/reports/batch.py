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
from fwgdesk.reports import codes as rcodes
from fwgdesk.reports.data import Directory, RowSource, directory, select_states
from fwgdesk.reports.labels import Labels, check_language
from fwgdesk.reports.output import RenderResult, write_file
from fwgdesk.reports.render import Kit, ReportCancelledError, SheetSource
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
    chosen = _chosen_states(database, shared, group, region, states)
    _check_target(target, split)
    kit = Kit(Labels(options.language), shared.meta)
    total = len(chosen)
    check = _cancel_check(progress, total)
    result = RenderResult(sheets=total)
    rows = RowSource(database, chosen)

    def source(iso3: str, bookmark: bool = False) -> SheetSource:
        return sheet_source(kit, database, shared, iso3, options, bookmark=bookmark, rows=rows)

    if split:
        for iso3 in chosen:
            check()
            path = target / sheet_file_name(iso3, options.language)
            result.paths.append(_write_sheet_file(path, kit, shared, iso3, source(iso3)))
    else:
        _write_one_file(target, kit, [source(iso3, bookmark=True) for iso3 in chosen], check)
        result.paths.append(target)
    if progress is not None:
        progress(total, total)
    result.missing_glyphs = set(kit.engine.missing)
    return result


def _cancel_check(progress: Progress | None, total: int) -> Callable[[], None]:
    """What runs before each sheet: tells *progress* how many sheets are done, and raises
    :class:`ReportCancelledError` when it answers False."""
    done = 0

    def check() -> None:
        nonlocal done
        if progress is not None and not progress(done, total):
            raise ReportCancelledError
        done += 1

    return check


def _chosen_states(
    database: Database,
    shared: Directory,
    group: int | None,
    region: str | None,
    states: list[str] | None,
) -> list[str]:
    """The ISO codes of the States asked for, sorted; :class:`UsageError` for unknown ones."""
    if states is None:
        return select_states(shared, database, group, region)
    chosen = sorted({code.upper() for code in states})
    unknown = [code for code in chosen if code not in shared.states]
    if unknown:
        raise UsageError(rcodes.UNKNOWN_STATES, codes=unknown)
    return chosen


def _check_target(target: Path, split: bool) -> None:
    """A folder for a split batch, a file otherwise."""
    if split and target.exists() and not target.is_dir():
        raise UsageError(rcodes.SPLIT_INTO_FILE, path=target)
    if not split and target.is_dir():
        raise UsageError(rcodes.BATCH_INTO_FOLDER, path=target)


def _write_one_file(
    target: Path, kit: Kit, sources: list[SheetSource], check: Callable[[], None]
) -> None:
    """All the sheets in the one PDF *target*, with a bookmark per State."""
    write_file(
        target,
        kit,
        kit.labels("sheet_title"),
        kit.labels("mechanism"),
        sources,
        outline=True,
        cancel_check=check,
    )


def _write_sheet_file(
    path: Path, kit: Kit, shared: Directory, iso3: str, source: SheetSource
) -> Path:
    """The sheet of one State in a file of its own (a split batch)."""
    title = f"{sheet_title(shared, iso3)} · {kit.labels('sheet_title')}"
    return write_file(path, kit, title, kit.labels("mechanism"), [source])
