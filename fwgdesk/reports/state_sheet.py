"""A State's status sheet: one or two A4 pages a focal point hands to their minister."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import Role, Stage
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.people import FocalPointRecord
from fwgdesk.domain.reviews import DueDate, ReviewRecord
from fwgdesk.reports.data import (
    Directory,
    ReviewSheet,
    RowSource,
    SheetData,
    directory,
    gather_sheet,
)
from fwgdesk.reports.graphics import DrawingFlowable, progress_bar, stage_ladder
from fwgdesk.reports.labels import Labels, check_language
from fwgdesk.reports.legend import legend
from fwgdesk.reports.output import RenderResult, write_file
from fwgdesk.reports.render import Bookmark, Kit, SheetSource, SheetStart, spacer
from fwgdesk.reports.sheet_links import recommendations
from fwgdesk.reports.text_drawing import CellStack, LinkBlock
from fwgdesk.services.codes import UNKNOWN_STATE
from fwgdesk.services.report_queries import StateRows, state_rows

NAME_ORDER = ("ar", "zh", "en", "fr", "ru", "es")
"""The six languages in the order the United Nations lists them."""


@dataclass(frozen=True)
class SheetOptions:
    language: str = "en"
    include_contacts: bool = False  # personal contact details: off unless asked
    full_text: bool = False  # the recommendations' full (Chinese) text instead of titles


@dataclass(frozen=True)
class SheetDays:
    """The days deadlines are judged on: today, and the day the data describes."""

    today: date
    as_of: date


def sheet_title(shared: Directory, iso3: str) -> str:
    return f"{shared.state_name(iso3)} ({iso3})"


def build_sheet(
    kit: Kit,
    shared: Directory,
    data: SheetData,
    options: SheetOptions,
    bookmarks: tuple[Bookmark, ...] = (),
) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    state = data.state
    title = sheet_title(shared, state.iso3)
    story: list[Flowable] = [
        SheetStart(
            f"{title} · {labels('sheet_title')}",
            bookmarks=bookmarks,
            key=f"sheet-{state.iso3}",
        ),
        kit.text(f"{labels('mechanism')} · {labels('sheet_title')}", styles.kicker),
        kit.text(state.name(labels.language), styles.h1),
        _names(kit, data),
        _identity(kit, data),
    ]
    story += _focal_points(kit, data.focal_points, options.include_contacts)
    story += _reviews(kit, shared, data.reviews)
    story += _assistance(kit, data)
    story += recommendations(kit, shared, data.themes, options.full_text)
    story += legend(kit, shared, data)
    return story


def _names(kit: Kit, data: SheetData) -> Flowable:
    """The State's name in the six official languages, each with its language's name."""
    labels, styles = kit.labels, kit.styles
    cells: list[Any] = []
    for code in NAME_ORDER:
        cells.append(kit.cell(labels.language_name(code), styles.label))
        cells.append(kit.cell(data.state.names.get(code)))
    rows = [cells[:6], cells[6:]]
    return kit.table(rows, [9, 24.3] * 3, header=False)


def _focal_point(kit: Kit, data: SheetData) -> Flowable:
    """The designated focal point's name, or that none is designated."""
    names = [p.name for p in data.focal_points if p.role is Role.FOCAL_POINT]
    if not names:
        return kit.cell(kit.labels("no_focal_point"), kit.styles.alert)
    return kit.cell(kit.labels.join(names))


def _identity(kit: Kit, data: SheetData) -> Flowable:
    labels, styles = kit.labels, kit.styles
    state = data.state
    status = labels.term("protocol", state.protocol_status)
    if state.protocol_status_date is not None:
        status = labels(
            "protocol_value", status=status, date=labels.date(state.protocol_status_date)
        )
    rows = [
        [
            kit.cell(labels("iso3"), styles.label),
            kit.cell(state.iso3, styles.cell_bold),
            kit.cell(labels("regional_group"), styles.label),
            kit.cell(labels.term("region", state.regional_group)),
        ],
        [
            kit.cell(labels("protocol"), styles.label),
            kit.cell(status),
            kit.cell(labels("role.focal_point"), styles.label),
            _focal_point(kit, data),
        ],
    ]
    return kit.table(rows, [16, 30, 18, 36], header=False)


def _focal_points(
    kit: Kit, persons: tuple[FocalPointRecord, ...], include_contacts: bool
) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    story: list[Flowable] = kit.heading(labels("focal_points"))
    if not any(person.role is Role.FOCAL_POINT for person in persons):
        story.append(kit.text(labels("no_focal_point"), styles.alert))
    if persons:
        keys = ["role", "name", "institution", "designated_on"]
        widths = [20.0, 26.0, 36.0, 18.0]
        if include_contacts:
            keys.append("contact")
            widths = [17.0, 21.0, 26.0, 13.0, 23.0]
        rows: list[list[Any]] = [kit.head_cells(*keys)]
        for person in persons:
            name = person.name if not person.title else f"{person.name}\n{person.title}"
            row = [
                kit.cell(labels.term("role", person.role.value)),
                kit.cell(name, styles.cell_bold),
                kit.cell(person.institution),
                kit.cell(labels.date(person.designated_on) if person.designated_on else None),
            ]
            if include_contacts:
                row.append(_contact(kit, person))
            rows.append(row)
        story.append(kit.table(rows, widths))
    if not include_contacts:
        story.append(kit.text(labels("contacts_omitted"), styles.small))
    return story


def _contact(kit: Kit, person: FocalPointRecord) -> Flowable:
    """E-mail (whole on its line, a mailto: link) and phone, or a dash."""
    parts: list[Flowable] = []
    if person.email:
        url = f"mailto:{person.email.strip()}"
        parts.append(LinkBlock(person.email.strip(), kit.styles.cell, kit.engine, url))
    if person.phone:
        parts.append(kit.cell(person.phone))
    return CellStack(parts) if parts else kit.cell(None)


def _reviews(kit: Kit, shared: Directory, reviews: tuple[ReviewSheet, ...]) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    story: list[Flowable] = kit.heading(labels("reviews"))
    if not reviews:
        story.append(kit.text(labels("no_reviews"), styles.body))
        return story
    days = SheetDays(shared.meta.generated_at.date(), shared.meta.as_of)
    for sheet in reviews:
        story += _review(kit, shared, sheet, days)
    return story


def _review(kit: Kit, shared: Directory, sheet: ReviewSheet, days: SheetDays) -> list[Flowable]:
    """One review: its heading, its stage ladder, its facts, deadlines and timeline."""
    review = sheet.record
    story: list[Flowable] = kit.heading(
        kit.labels("review_heading", group=review.review_group, cluster=review.cluster),
        3,
        keep=160,
    )
    story.append(DrawingFlowable(lambda width, r=review: stage_ladder(kit, r, width)))
    story.append(spacer(3))
    story.append(_review_facts(kit, shared, review))
    story += _deadlines(kit, sheet, days)
    story += _timeline(kit, sheet)
    return story


def _review_facts(kit: Kit, shared: Directory, review: ReviewRecord) -> Flowable:
    """The review's stage, reviewing States, languages and questionnaire, as a table."""
    labels, styles = kit.labels, kit.styles
    stage = labels.term("stage", review.stage.value)
    if review.stage_since is not None:
        stage += labels.paren(labels("since", date=labels.date(review.stage_since)))
    reviewers = labels.join(
        [f"{shared.state_name(code)}{labels.paren(code)}" for code in review.reviewing_states]
    )
    caption = _saq_caption(labels, review)
    bar = DrawingFlowable(
        lambda width, r=review, c=caption: progress_bar(kit, r.saq_progress, c, width)
    )
    rows: list[list[Any]] = [
        [kit.cell(labels("current_stage"), styles.label), kit.cell(stage, styles.cell_bold)],
    ]
    if review.suspended_reason:
        rows.append(
            [
                kit.cell(labels("suspended_reason"), styles.label),
                kit.cell(review.suspended_reason, styles.alert),
            ]
        )
    rows += [
        [kit.cell(labels("reviewing_states"), styles.label), kit.cell(reviewers or None)],
        [kit.cell(labels("working_languages"), styles.label), kit.cell(_languages(labels, review))],
        [kit.cell(labels("saq"), styles.label), bar],
    ]
    return kit.table(rows, [28, 72], header=False)


def _languages(labels: Labels, review: ReviewRecord) -> str:
    if review.working_languages:
        return labels.join([labels.language_name(c) for c in review.working_languages])
    if review.language_agreement is False:
        return labels("no_language_agreement")
    return labels("not_recorded")


def _saq_caption(labels: Labels, review: ReviewRecord) -> str:
    """How far the self-assessment questionnaire is, and when it was submitted."""
    caption = (
        labels("saq_completed", share=labels.share(review.saq_progress))
        if review.saq_progress is not None
        else labels("not_recorded")
    )
    if review.saq_submitted_on is not None:
        caption += f" · {labels('saq_submitted', date=labels.date(review.saq_submitted_on))}"
    return caption


def _deadline_situation(kit: Kit, due: DueDate, review: ReviewRecord, days: SheetDays) -> Any:
    """Met, pending, or overdue: judged on the day the data describes ("data as of") and
    today; a suspended review's deadlines do not run."""
    labels, styles = kit.labels, kit.styles
    if due.met_on is not None:
        return kit.cell(labels("met_on", date=labels.date(due.met_on)), styles.good)
    if review.stage is Stage.SUSPENDED:
        return kit.cell(labels("deadline_suspended"))
    if due.overdue(days.as_of):
        return kit.cell(labels("overdue"), styles.alert)
    if due.overdue(days.today):
        return kit.cell(labels("overdue_since_data", date=labels.date(days.as_of)), styles.alert)
    return kit.cell(labels("pending"))


def _deadlines(kit: Kit, sheet: ReviewSheet, days: SheetDays) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    if not sheet.due_dates:
        return []
    rows: list[list[Any]] = [kit.head_cells("deadline", "due_on", "state_of_deadline")]
    for due in sheet.due_dates:
        rows.append(
            [
                kit.cell(labels.term("due", due.what)),
                kit.cell(labels.date(due.due_on)),
                _deadline_situation(kit, due, sheet.record, days),
            ]
        )
    caption = kit.text(labels("deadlines"), styles.h3.but(size=8.6))
    note = labels("deadlines_note", today=labels.date(days.today), date=labels.date(days.as_of))
    return [kit.table(rows, [56, 18, 26], caption=caption), kit.text(note, styles.small)]


def _timeline(kit: Kit, sheet: ReviewSheet) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    caption = kit.text(labels("timeline"), styles.h3.but(size=8.6))
    if not sheet.record.events:
        return [
            *kit.heading(caption.text, style=caption.style, keep=40),
            kit.text(labels("no_events"), styles.body),
        ]
    rows: list[list[Any]] = [kit.head_cells("date", "stage", "note")]
    for event in sheet.record.events:
        rows.append(
            [
                kit.cell(labels.date(event.on)),
                kit.cell(labels.term("stage", event.stage.value)),
                kit.cell(event.note),
            ]
        )
    return [kit.table(rows, [16, 30, 54], caption=caption)]


def _assistance(kit: Kit, data: SheetData) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    story: list[Flowable] = kit.heading(labels("assistance"))
    if not data.assistance:
        story.append(kit.text(labels("no_assistance"), styles.body))
        return story
    rows: list[list[Any]] = [kit.head_cells("topic", "requested_on", "status", "note")]
    for request in data.assistance:
        rows.append(
            [
                kit.cell(labels.term("topic", request.topic.value)),
                kit.cell(labels.date(request.requested_on) if request.requested_on else None),
                kit.cell(labels.term("assist", request.status.value)),
                kit.cell(request.note),
            ]
        )
    story.append(kit.table(rows, [28, 16, 16, 40]))
    return story


def sheet_source(
    kit: Kit,
    database: Database,
    shared: Directory,
    iso3: str,
    options: SheetOptions,
    bookmarks: tuple[Bookmark, ...] = (),
    rows: RowSource | StateRows | None = None,
) -> SheetSource:
    """A sheet whose data is read only when the layout reaches it."""
    return SheetSource(
        lambda: build_sheet(
            kit, shared, gather_sheet(database, iso3, shared, rows), options, bookmarks
        )
    )


def render_state_sheet(
    database: Database,
    iso3: str,
    target: Path,
    options: SheetOptions | None = None,
    created: datetime | None = None,
) -> RenderResult:
    """Write the status sheet of *iso3* to *target* (atomically)."""
    options = options or SheetOptions()
    language = check_language(options.language)
    iso3 = iso3.upper()
    own = state_rows(database, [iso3])[iso3]  # first: of the catalogue, its items only
    shared = directory(database, language, created, items=[link.code for link in own.links])
    if iso3 not in shared.states:
        raise UsageError(UNKNOWN_STATE, iso3=iso3)
    kit = Kit(Labels(options.language), shared.meta)
    title = f"{sheet_title(shared, iso3)} · {kit.labels('sheet_title')}"
    write_file(
        target,
        kit,
        title,
        kit.labels("mechanism"),
        [sheet_source(kit, database, shared, iso3, options, rows=own)],
    )
    return RenderResult([target], 1, set(kit.engine.missing))
