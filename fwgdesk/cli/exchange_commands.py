"""``fwgdesk import``, ``fwgdesk undo-import`` and ``fwgdesk export``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from fwgdesk.cli.context import CliContext, collection_paused
from fwgdesk.cli.preview_text import show_preview
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.wording import english
from fwgdesk.exchange import codes
from fwgdesk.exchange.apply import Resolution
from fwgdesk.exchange.containers import write_update
from fwgdesk.exchange.export import build_export
from fwgdesk.exchange.problems import Location, Problem, UpdateRejectedError
from fwgdesk.services.imports import ImportPlan, apply_import, prepare_import, undo_import
from fwgdesk.services.settings import Settings

Ask = Callable[[str], str]


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    imp = commands.add_parser("import", parents=[common], help="import an update file")
    imp.add_argument("file", type=Path, help="JSON, XLSX, or CSV (folder or ZIP)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    imp.add_argument("--yes", action="store_true", help="accept an unsigned or unknown signer")
    imp.add_argument("--prefer", choices=("local", "incoming"), help="how to decide conflicts")
    imp.add_argument("--insist", action="store_true", help="accept an older or repeated sequence")
    imp.add_argument(
        "--preview-file",
        type=Path,
        metavar="PATH",
        help="write the whole preview (every change, field by field) to PATH",
    )
    imp.set_defaults(handler=import_command)
    undo = commands.add_parser("undo-import", parents=[common], help="undo the last import")
    undo.add_argument(
        "--discard-local", action="store_true", help="also undo fields changed locally since"
    )
    undo.set_defaults(handler=undo_command)
    exp = commands.add_parser("export", parents=[common], help="export data as an update")
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--state", action="append", metavar="ISO3", help="a State (repeatable)")
    which.add_argument("--all", action="store_true", help="every State")
    exp.add_argument("--format", choices=("json", "xlsx", "csv"), default="json")
    exp.add_argument("--out", type=Path, required=True, help="file (or folder/.zip for CSV)")
    exp.add_argument("--contacts", action="store_true", help="include e-mail and phone")
    exp.add_argument(
        "--catalogue",
        action="store_true",
        help="the recommendation catalogue: alone, or with the States named by --state/--all",
    )
    exp.add_argument("--publisher", help="publisher name written into the update")
    exp.set_defaults(handler=export_command)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _confirm_signature(plan: ImportPlan, args: argparse.Namespace, ask: Ask) -> bool:
    if plan.decision != "confirm" or args.yes:
        return True
    if not _interactive():
        raise UsageError(codes.CONFIRM_WITH_YES, signature=plan.signature.detail)
    return ask("Import it anyway? [y/N] ").strip().lower() in ("y", "yes")


def _resolution(plan: ImportPlan, args: argparse.Namespace, ask: Ask) -> Resolution:
    if args.prefer or not plan.preview.conflicts():
        return Resolution(default=args.prefer)
    if not _interactive():
        raise UsageError(codes.CHOOSE_PREFERENCE)
    answer = ask("Keep mine (l) or take the incoming values (i) for all conflicts? [l/i] ")
    return Resolution(default="incoming" if answer.strip().lower().startswith("i") else "local")


def import_command(ctx: CliContext, args: argparse.Namespace, ask: Ask = input) -> int:
    with collection_paused():
        return _import(ctx, args, ask)


def _import(ctx: CliContext, args: argparse.Namespace, ask: Ask) -> int:
    database = ctx.open().database
    plan = prepare_import(database, args.file, ctx.paths.root)
    show_preview(ctx, plan, args.preview_file)
    if args.dry_run:
        ctx.print("dry run: nothing was written")
        return 0
    if plan.decision == "refuse":
        where = Location(plan.path.name)
        problem = Problem.of(where, codes.SIGNATURE_REFUSED, signature=plan.signature.detail)
        raise UpdateRejectedError([problem])
    if not _confirm_signature(plan, args, ask):
        ctx.print("not imported")
        return 1
    result = apply_import(database, plan, _resolution(plan, args, ask), True, args.insist)
    if result.batch_id is None:
        ctx.print("nothing to change: the database already holds this update")
        return 0
    ctx.print(f"imported as batch {result.batch_id} (backup: {result.backup})")
    return 0


def undo_command(ctx: CliContext, args: argparse.Namespace) -> int:
    report, backup = undo_import(ctx.open().database, keep_local=not args.discard_local)
    ctx.print(f"undid import {report.batch_id} ({report.file_name}): {report.reverted} change(s)")
    for kept in report.kept():
        ctx.print(f"  kept local change: {english(kept)}")
    if backup:
        ctx.print(f"backup: {backup}")
    return 0


def export_command(ctx: CliContext, args: argparse.Namespace) -> int:
    database = ctx.open().database
    settings = Settings.load(ctx.paths.settings)
    own = [settings.own_state] if settings.own_state and not args.catalogue else None
    states = None if args.all else (args.state or own)
    if states is None and not args.all:
        if not args.catalogue:
            raise UsageError(codes.EXPORT_WHICH)
        states = []  # the catalogue alone
    publisher = args.publisher or f"fwgdesk {settings.own_state or 'desk'}"
    now = datetime.now(UTC).replace(microsecond=0)
    update = build_export(database, states, publisher, now, args.contacts, catalogue=args.catalogue)
    write_update(update, args.out, args.format)
    ctx.print(f"exported {update.count()} rows to {args.out}")
    return 0
