"""Applying an update: one transaction, recorded as an import batch, every change audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fwgdesk.db.engine import Database
from fwgdesk.db.models import ImportBatch
from fwgdesk.domain.enums import Origin
from fwgdesk.domain.errors import RuleError
from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.adapters import ADAPTERS, Context
from fwgdesk.exchange.bulk import bulk_ready, insert_new_rows
from fwgdesk.exchange.model import Update
from fwgdesk.exchange.preview import (
    Preview,
    RowChange,
    audit_high_water,
    compute_preview,
    load_context,
)
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError
from fwgdesk.exchange.spec import TABLES
from fwgdesk.exchange.stage_changes import insert_stage_changes, stage_changes_due
from fwgdesk.exchange.validate import check_update

Choice = Literal["local", "incoming"]
PROGRESS_EVERY = 200
# A review's stage date and suspended reason go with its stage: taking the incoming
# stage takes its date, keeping the local stage keeps the local date.
FOLLOWS = {("reviews", "stage_since"): "stage", ("reviews", "suspended_reason"): "stage"}


@dataclass
class Resolution:
    """How conflicts are decided: per field, else the default (None: the user must say)."""

    choices: dict[tuple[str, str, str], Choice] = field(default_factory=dict)
    default: Choice | None = None

    def choice(self, row: RowChange, column: str) -> Choice | None:
        leader = FOLLOWS.get((row.table, column))  # decided together with another field
        if leader is not None and (row.table, row.key_text, leader) in self.choices:
            return self.choices[(row.table, row.key_text, leader)]
        return self.choices.get((row.table, row.key_text, column), self.default)


@dataclass(frozen=True)
class Provenance:
    file_name: str
    sha256: str | None = None
    signer: str | None = None


def last_sequence(session: Session, publisher: str) -> int | None:
    query = select(ImportBatch.sequence).where(
        ImportBatch.origin == Origin.IMPORT,
        ImportBatch.publisher == publisher,
        ImportBatch.undone_at.is_(None),
    )
    sequences = [s for s in session.scalars(query) if s is not None]
    return max(sequences) if sequences else None


def sequence_problem(session: Session, update: Update) -> Message | None:
    """Why *update* comes too late (an older or repeated sequence), or None."""
    last = last_sequence(session, update.publisher)
    if last is not None and update.sequence <= last:
        return Message(
            codes.OLD_SEQUENCE,
            {"sequence": update.sequence, "publisher": update.publisher, "last": last},
        )
    return None


def refusal_problems(
    session: Session, update: Update, preview: Preview, resolution: Resolution, insist: bool
) -> list[Problem]:
    """Why *update* cannot be applied as *preview* shows it (none: it can): an older or
    repeated sequence the user did not insist on, conflicts not decided."""
    problems = []
    late = sequence_problem(session, update)
    if late is not None and not insist:
        problems.append(Problem(Location(update.name).at("sequence"), late))
    return problems + _undecided(preview, resolution)


def changed_anything(counts: dict[str, Any]) -> bool:
    """Whether an import batch with these counts changed anything (an update with no
    changes is recorded too, for its sequence)."""
    return any(counts.get(kind, 0) for kind in ("added", "changed", "deleted"))


def _undecided(preview: Preview, resolution: Resolution) -> list[Problem]:
    return [
        Problem.of(row.where.at(change.column), codes.UNDECIDED_CONFLICT, row=row.key_text)
        for row, change in preview.conflicts()
        if resolution.choice(row, change.column) is None
    ]


def _apply_row(
    ctx: Context, existing: dict[str, dict[Any, Any]], row: RowChange, resolution: Resolution
) -> None:
    adapter = ADAPTERS[row.table]
    if row.kind == "deleted":
        ctx.session.delete(existing[row.table].pop(row.key))
        return
    if row.kind == "added":
        obj = adapter.create(ctx, row.key)
        existing[row.table][row.key] = obj
        ctx.session.add(obj)
    elif row.kind == "changed":
        obj = existing[row.table][row.key]
    else:
        return
    for change in row.fields:
        if change.conflict and resolution.choice(row, change.column) == "local":
            continue
        adapter.assign(obj, change.column, change.new)


def _counts(preview: Preview, resolution: Resolution) -> dict[str, Any]:
    counts: dict[str, Any] = dict.fromkeys(("added", "changed", "deleted", "unchanged"), 0)
    for row in preview.rows:
        if row.kind in counts:
            counts[row.kind] += 1
    conflicts = preview.conflicts()
    counts["conflicts"] = len(conflicts)
    counts["kept_local"] = sum(1 for r, c in conflicts if resolution.choice(r, c.column) == "local")
    return counts


def apply_update(
    database: Database,
    update: Update,
    provenance: Provenance,
    resolution: Resolution,
    insist: bool = False,
    progress: Callable[[int, int], None] | None = None,
    previewed: Preview | None = None,
) -> tuple[int | None, Preview]:
    """Apply *update* in one transaction; return (batch id, preview). Nothing to change:
    no batch. Raises ``UpdateRejectedError`` (and writes nothing) on any problem.

    *progress(done, total)* is called as rows are applied; an exception it raises (the
    user cancelled) rolls the whole transaction back. *previewed* is reused when the data
    did not change since it was computed (the audit trail's high-water mark tells)."""
    where = Location(update.name)
    try:
        return _apply(database, update, provenance, resolution, insist, progress, previewed)
    except RuleError as error:  # what the preview could not see: a decision, a change since
        raise UpdateRejectedError(
            [Problem.of(where, codes.RULE_BROKEN, problem=error.detail)]
        ) from error


def _apply(
    database: Database,
    update: Update,
    provenance: Provenance,
    resolution: Resolution,
    insist: bool,
    progress: Callable[[int, int], None] | None,
    previewed: Preview | None,
) -> tuple[int | None, Preview]:
    where = Location(update.name)
    with database.session(origin=Origin.IMPORT) as session:
        ctx, existing = load_context(session)
        preview = _current_preview(session, update, existing, previewed)
        refusals = refusal_problems(session, update, preview, resolution, insist)
        if refusals:
            raise UpdateRejectedError(refusals)
        batch = _record_batch(session, update, provenance, _counts(preview, resolution))
        if not preview.has_changes:  # recorded all the same: its sequence counts
            return None, preview
        changes: list[tuple[Any, Any]] = []
        try:
            _write_rows(
                ctx,
                existing,
                preview,
                resolution,
                progress,
                lambda: changes.extend(stage_changes_due(preview, existing["reviews"], update)),
            )
            insert_stage_changes(changes, update)
        except IntegrityError as error:
            raise UpdateRejectedError(
                [Problem.of(where, codes.DATABASE_REFUSED, reason=str(error.orig))]
            ) from error
        return batch.id, preview


def _current_preview(
    session: Session, update: Update, existing: dict[str, dict[Any, Any]], previewed: Preview | None
) -> Preview:
    """*previewed* when it is of this update and nothing changed since; else a new one."""
    if (
        previewed is not None
        and previewed.update is update
        and previewed.high_water == audit_high_water(session)
    ):
        return previewed
    return compute_preview(session, update, existing)


def _record_batch(
    session: Session, update: Update, provenance: Provenance, counts: dict[str, Any]
) -> ImportBatch:
    """The import batch every change of this session is recorded under."""
    batch = ImportBatch(
        origin=Origin.IMPORT,
        file_name=provenance.file_name,
        sha256=provenance.sha256,
        container=update.container,
        publisher=update.publisher,
        sequence=update.sequence,
        signer=provenance.signer,
        issued_at=update.issued_at,
        as_of=update.as_of,
        counts=counts,
    )
    session.add(batch)
    session.flush()
    session.info["batch_id"] = batch.id
    return batch


def _write_rows(
    ctx: Context,
    existing: dict[str, dict[Any, Any]],
    preview: Preview,
    resolution: Resolution,
    progress: Callable[[int, int], None] | None,
    before_flush: Callable[[], None] | None = None,
) -> None:
    """Every row in table order, deletions last; new rows of the bulk tables are inserted
    together, before the first deletion and at the end. *before_flush* runs once the rows
    are assigned and before they are first written."""
    ordered = sorted(preview.rows, key=_order)
    bulk = [row for row in ordered if bulk_ready(row)]
    for done, row in enumerate(ordered):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(ordered))
        if row.kind == "deleted" and before_flush is not None:
            before_flush()
            before_flush = None
        if row.kind == "deleted" and bulk:
            ctx.session.flush()
            insert_new_rows(ctx, bulk)
            bulk = []
        if not bulk_ready(row):
            _apply_row(ctx, existing, row, resolution)
    if before_flush is not None:
        before_flush()
    ctx.session.flush()
    insert_new_rows(ctx, bulk)


def apply_in_session(session: Session, update: Update) -> Preview:
    """Check and apply *update* in *session*, whose caller records the batch: the same
    checks and writes as an import, every incoming value taken (the bundled catalogue
    arrives this way)."""
    problems = check_update(update, session)
    if problems:
        raise UpdateRejectedError(problems)
    ctx, existing = load_context(session)
    preview = compute_preview(session, update, existing)
    _write_rows(ctx, existing, preview, Resolution(default="incoming"), None)
    return preview


TABLE_ORDER = [name for name in TABLES if name != "deletions"]


def _order(row: RowChange) -> tuple[int, int]:
    position = TABLE_ORDER.index(row.table)
    if row.kind == "deleted":
        return (1, len(TABLE_ORDER) - position)
    return (0, position)
