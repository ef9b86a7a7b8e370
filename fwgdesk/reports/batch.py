"""Status sheets for a selection of States: one PDF (a contents page, then the sheets,
bookmarked group by group and State by State), or one file per State in a folder
(``--split``).

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
from fwgdesk.reports.batch_plan import BY_REGION, Selection, plan_batch
from fwgdesk.reports.contents import BatchGroup, contents_source, sheet_key
from fwgdesk.reports.data import Directory, RowSource, directory
from fwgdesk.reports.labels import Labels, check_language
from fwgdesk.reports.output import RenderResult, write_file
from fwgdesk.reports.render import (
    Bookmark,
    Kit,
    PageNumbers,
    ReportCancelledError,
    SheetSource,
)
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
    by: str = BY_REGION,
) -> RenderResult:
    """Sheets for the States of review group *group*, regional group *region*, the list
    *states*, or all States (grouped *by* regional group or review group): into the one
    PDF *target*, after a contents page, or (*split*) into the folder *target*, a file per
    State."""
    options = options or SheetOptions()
    shared = directory(database, check_language(options.language), created)
    kit = Kit(Labels(options.language), shared.meta)
    plan = plan_batch(database, shared, kit.labels, Selection(group, region, states, by))
    chosen = plan.states
    _check_target(target, split)
    total = len(chosen)
    check = _cancel_check(progress, total)
    result = RenderResult(sheets=total)
    rows = RowSource(database, chosen)

    def source(iso3: str, bookmarks: tuple[Bookmark, ...] = ()) -> SheetSource:
        return sheet_source(kit, database, shared, iso3, options, bookmarks, rows=rows)

    if split:
        for iso3 in chosen:
            check()
            path = target / sheet_file_name(iso3, options.language)
            result.paths.append(_write_sheet_file(path, kit, shared, iso3, source(iso3)))
    else:
        numbers = PageNumbers(kit.engine)
        sources = [contents_source(kit, shared, plan.title, plan.groups, numbers)]
        for batch_group in plan.groups:
            for index, iso3 in enumerate(batch_group.states):
                sources.append(source(iso3, _bookmarks(shared, batch_group, index)))
        _write_one_file(target, kit, plan.title, sources, _skipping_contents(check), numbers)
        result.paths.append(target)
    if progress is not None:
        progress(total, total)
    result.missing_glyphs = set(kit.engine.missing)
    return result


def _bookmarks(shared: Directory, group: BatchGroup, index: int) -> tuple[Bookmark, ...]:
    """A sheet's bookmark under its group's, and the group's own at its first sheet."""
    iso3 = group.states[index]
    own = Bookmark(sheet_title(shared, iso3), sheet_key(iso3), level=1)
    if index == 0:
        return (Bookmark(group.title, group.key), own)
    return (own,)


def _skipping_contents(check: Callable[[], None]) -> Callable[[], None]:
    """*check* before each State's sheet, not before the contents (the first sheet)."""
    first = True

    def before_sheet() -> None:
        nonlocal first
        if first:
            first = False
            return
        check()

    return before_sheet


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


def _check_target(target: Path, split: bool) -> None:
    """A folder for a split batch, a file otherwise."""
    if split and target.exists() and not target.is_dir():
        raise UsageError(rcodes.SPLIT_INTO_FILE, path=target)
    if not split and target.is_dir():
        raise UsageError(rcodes.BATCH_INTO_FOLDER, path=target)


def _write_one_file(
    target: Path,
    kit: Kit,
    title: str,
    sources: list[SheetSource],
    check: Callable[[], None],
    numbers: PageNumbers,
) -> None:
    """The contents and all the sheets in the one PDF *target*, bookmarked."""
    write_file(
        target,
        kit,
        title,
        kit.labels("mechanism"),
        sources,
        outline=True,
        cancel_check=check,
        page_numbers=numbers,
    )


def _write_sheet_file(
    path: Path, kit: Kit, shared: Directory, iso3: str, source: SheetSource
) -> Path:
    """The sheet of one State in a file of its own (a split batch)."""
    title = f"{sheet_title(shared, iso3)} · {kit.labels('sheet_title')}"
    return write_file(path, kit, title, kit.labels("mechanism"), [source])
