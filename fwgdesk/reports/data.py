"""What a status sheet shows, gathered from the services into plain records.

:class:`Directory` holds what every sheet of a run shares (State names, theme labels,
the data's as-of date and last update); :func:`gather_sheet` reads one State's own data,
so that a batch holds one State's data at a time.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import AssistanceStatus, Origin, Role
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.people import FocalPointRecord
from fwgdesk.domain.records import CatalogueItem, LinkRecord, SourceRecord, StateRecord
from fwgdesk.domain.reviews import AssistanceRecord, DueDate, ReviewRecord
from fwgdesk.reports import codes as rcodes
from fwgdesk.services import batches, catalogue
from fwgdesk.services.codes import UNKNOWN_STATE
from fwgdesk.services.report_queries import (
    StateRows,
    state_directory,
    state_rows,
    states_under_review,
)


@dataclass(frozen=True)
class LastUpdate:
    """The newest import still applied: who published it, with which sequence number."""

    publisher: str | None
    sequence: int | None
    applied_at: datetime
    as_of: date | None


@dataclass(frozen=True)
class ReportMeta:
    """What the footer of every page says."""

    generated_at: datetime
    as_of: date
    last_update: LastUpdate | None
    fixed: bool = False  # generated_at was given: the output is reproducible


@dataclass(frozen=True)
class Directory:
    """Shared by all the sheets of one run."""

    language: str
    states: dict[str, StateRecord]
    themes: tuple[tuple[str, str], ...]  # (code, label in the sheet's language), in order
    meta: ReportMeta
    items: dict[str, CatalogueItem] = field(default_factory=dict)  # by code
    sources: dict[str, SourceRecord] = field(default_factory=dict)  # by code, in order

    def state_name(self, iso3: str) -> str:
        state = self.states.get(iso3)
        return state.name(self.language) if state else iso3

    def theme_label(self, code: str) -> str:
        return dict(self.themes).get(code, code)


@dataclass(frozen=True)
class ReviewSheet:
    record: ReviewRecord
    due_dates: tuple[DueDate, ...]


@dataclass(frozen=True)
class ThemeLinks:
    code: str | None  # None: items without a theme
    links: tuple[LinkRecord, ...]


@dataclass(frozen=True)
class SheetData:
    state: StateRecord
    focal_points: tuple[FocalPointRecord, ...]  # the active ones
    reviews: tuple[ReviewSheet, ...]
    assistance: tuple[AssistanceRecord, ...]  # the open ones (not closed)
    themes: tuple[ThemeLinks, ...]


def _as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def last_update(database: Database) -> LastUpdate | None:
    """The newest applied import that was not undone, or None."""
    for batch in batches.list_batches(database):
        if batch.origin != Origin.IMPORT.value or batch.undone_at is not None:
            continue
        return LastUpdate(batch.publisher, batch.sequence, batch.applied_at, batch.as_of)
    return None


def report_meta(database: Database, created: datetime | None) -> ReportMeta:
    generated = _as_utc(created) if created is not None else datetime.now().astimezone()
    update = last_update(database)
    as_of = update.as_of if update is not None and update.as_of is not None else None
    return ReportMeta(generated, as_of or generated.date(), update, fixed=created is not None)


def directory(
    database: Database,
    language: str,
    created: datetime | None,
    items: Collection[str] | None = None,
) -> Directory:
    """What the sheets of one run share; of the catalogue, the items whose codes are
    *items* (None: all, for a batch)."""
    found = (
        catalogue.items_by_code(database, items)
        if items is not None
        else {item.code: item for item in catalogue.list_items(database)}
    )
    return Directory(
        language=language,
        states={record.iso3: record for record in state_directory(database)},
        themes=tuple(catalogue.theme_labels(database, language)),
        meta=report_meta(database, created),
        items=found,
        sources={source.code: source for source in catalogue.list_sources(database)},
    )


def focal_point_since(persons: list[FocalPointRecord]) -> date | None:
    """When the earliest active focal point began (``date.min`` when not recorded)."""
    days = [
        person.designated_on or date.min
        for person in persons
        if person.active and person.role is Role.FOCAL_POINT
    ]
    return min(days) if days else None


def group_by_theme(records: list[LinkRecord], theme_order: list[str]) -> tuple[ThemeLinks, ...]:
    """Links under their first theme, themes in the controlled list's order."""
    grouped: dict[str | None, list[LinkRecord]] = {}
    for record in records:
        grouped.setdefault(record.themes[0] if record.themes else None, []).append(record)
    order = {code: index for index, code in enumerate(theme_order)}
    keys = sorted(grouped, key=lambda code: (code is None, order.get(code or "", len(order))))
    return tuple(ThemeLinks(code, tuple(grouped[code])) for code in keys)


def sheet_data(state: StateRecord, rows: StateRows, shared: Directory) -> SheetData:
    persons = rows.focal_points
    roles = list(Role)
    active = sorted(
        (person for person in persons if person.active),
        key=lambda p: (roles.index(p.role), p.designated_on or date.min, p.name),
    )
    since = focal_point_since(persons)
    return SheetData(
        state=state,
        focal_points=tuple(active),
        reviews=tuple(ReviewSheet(r, tuple(r.due_dates(since))) for r in rows.reviews),
        assistance=tuple(
            request for request in rows.assistance if request.status is not AssistanceStatus.CLOSED
        ),
        themes=group_by_theme(rows.links, [code for code, _ in shared.themes]),
    )


def gather_sheet(
    database: Database,
    iso3: str,
    shared: Directory,
    rows: RowSource | StateRows | None = None,
) -> SheetData:
    """One State's sheet data, read from the database (or from a batch's *rows*, or
    given: the rows already read)."""
    state = shared.states.get(iso3)
    if state is None:
        raise UsageError(UNKNOWN_STATE, iso3=iso3)
    if isinstance(rows, StateRows):
        own = rows
    else:
        own = rows.get(iso3) if rows is not None else state_rows(database, [iso3])[iso3]
    return sheet_data(state, own, shared)


class RowSource:
    """The rows of a batch's States, read a chunk of States at a time: only the current
    chunk is held."""

    def __init__(self, database: Database, codes: list[str], chunk: int = 24) -> None:
        self.database = database
        self.codes = codes
        self.chunk = chunk
        self._index = {code: position for position, code in enumerate(codes)}
        self._loaded: dict[str, StateRows] = {}

    def get(self, iso3: str) -> StateRows:
        if iso3 not in self._loaded:
            start = self._index[iso3] // self.chunk * self.chunk
            self._loaded = state_rows(self.database, self.codes[start : start + self.chunk])
        return self._loaded.pop(iso3)


def select_states(
    shared: Directory,
    database: Database,
    group: int | None = None,
    region: str | None = None,
) -> list[str]:
    """The States of a batch, in code order: a review group's, a regional group's, or all."""
    if group is not None and region is not None:
        raise UsageError(rcodes.GROUP_OR_REGION)
    if region is not None:
        known = sorted({record.regional_group for record in shared.states.values()})
        wanted = region.upper() if region.lower() != "none" else "none"
        if wanted not in known:
            raise UsageError(rcodes.UNKNOWN_REGION, region=region, known=known)
        return sorted(iso3 for iso3, rec in shared.states.items() if rec.regional_group == wanted)
    if group is not None:
        found = states_under_review(database, group)
        if not found:
            raise UsageError(rcodes.NOBODY_UNDER_REVIEW, group=group)
        return found
    return sorted(shared.states)
