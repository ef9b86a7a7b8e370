"""Importing an update: read, check, preview, confirm the signature, back up, apply, undo.

Nothing is written until ``apply_import``; that makes a verified backup first (SQLite),
then applies the whole update in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fwgdesk.db.engine import Database
from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.apply import (
    Provenance,
    Resolution,
    apply_update,
    refusal_problems,
    sequence_problem,
)
from fwgdesk.exchange.coerce import typed_update
from fwgdesk.exchange.containers.detect import parse_snapshot
from fwgdesk.exchange.containers.source import Snapshot, take_snapshot
from fwgdesk.exchange.keystore import Policy, trusted_from_settings
from fwgdesk.exchange.model import Update
from fwgdesk.exchange.preview import Preview, compute_preview
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError
from fwgdesk.exchange.publishers import bound_check
from fwgdesk.exchange.signing import SignatureCheck, check_snapshot
from fwgdesk.exchange.undo import UndoReport, undo_last_import
from fwgdesk.exchange.validate import check_update
from fwgdesk.services.backups import backup_before


@dataclass
class ImportPlan:
    """Everything the user must see before an update is applied."""

    path: Path
    update: Update
    preview: Preview
    signature: SignatureCheck
    decision: str  # accept, confirm, refuse (by the signature policy)
    sequence_problem: Message | None
    sha256: str
    key_warnings: list[Message] = field(default_factory=list)


@dataclass
class ImportResult:
    batch_id: int | None
    backup: Path | None
    preview: Preview


def read_and_check(database: Database, path: Path) -> Update:
    """The typed, validated update in *path*; ``UpdateRejectedError`` lists every problem."""
    return check_snapshot_update(database, take_snapshot(path))


def check_snapshot_update(database: Database, snapshot: Snapshot) -> Update:
    """The typed, validated update in the bytes of *snapshot*."""
    raw = parse_snapshot(snapshot)
    problems: list[Problem] = []
    update = typed_update(raw, problems)
    if update is None:
        raise UpdateRejectedError(problems)
    with database.session() as session:
        problems = check_update(update, session)
    if problems:
        raise UpdateRejectedError(problems)
    return update


def prepare_import(
    database: Database, path: Path, data_dir: Path, policy: Policy | None = None
) -> ImportPlan:
    snapshot = take_snapshot(path)  # read once: the bytes verified are the bytes parsed
    update = check_snapshot_update(database, snapshot)
    with database.session() as session:
        preview = compute_preview(session, update)
        sequence = sequence_problem(session, update)
    trusted = trusted_from_settings(data_dir)
    signature = bound_check(check_snapshot(snapshot, trusted), update.publisher, trusted)
    decision = (policy or Policy()).decide(signature)
    plan = ImportPlan(path, update, preview, signature, decision, sequence, snapshot.sha256())
    plan.key_warnings = list(trusted.skipped)
    return plan


def apply_import(
    database: Database,
    plan: ImportPlan,
    resolution: Resolution,
    confirmed: bool = False,
    insist: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Apply a prepared import after a backup. *confirmed*: the user accepted an unsigned or
    unknown signer; *insist*: the user accepted an older or repeated sequence."""
    where = Location(plan.path.name)
    if plan.decision == "refuse":
        raise UpdateRejectedError([Problem(where, plan.signature.detail)])
    if plan.decision == "confirm" and not confirmed:
        raise UpdateRejectedError(
            [Problem.of(where, codes.CONFIRM_SIGNATURE, signature=plan.signature.detail)]
        )
    with database.session() as session:  # refused before the backup: nothing to keep
        refusals = refusal_problems(session, plan.update, plan.preview, resolution, insist)
    if refusals:
        raise UpdateRejectedError(refusals)
    backup = backup_before(database, "pre-import") if plan.preview.has_changes else None
    provenance = Provenance(plan.path.name, plan.sha256, plan.signature.signer)
    batch_id, preview = apply_update(
        database, plan.update, provenance, resolution, insist, progress, plan.preview
    )
    return ImportResult(batch_id, backup, preview)


def undo_import(database: Database, keep_local: bool = True) -> tuple[UndoReport, Path | None]:
    """Undo the newest import (after a backup)."""
    backup = backup_before(database, "pre-undo")
    return undo_last_import(database, keep_local), backup
