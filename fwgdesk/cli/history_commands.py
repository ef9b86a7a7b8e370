"""``fwgdesk history export`` and ``fwgdesk db forget-removed-people``: the audit trail."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from fwgdesk.cli.context import CliContext
from fwgdesk.services.audit_export import FORMATS, AuditExportRequest, export_audit_trail
from fwgdesk.services.audit_forget import forget_removed_people
from fwgdesk.services.audit_privacy import KEEP_CHOICES


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    history = commands.add_parser("history", parents=[common], help="the audit trail")
    actions = history.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", parents=[common], help="export the audit trail (CSV or JSON)"
    )
    export.add_argument("--state", metavar="ISO3", help="one State (default: every State)")
    export.add_argument("--since", type=_date, metavar="DATE", help="from this day (UTC)")
    export.add_argument("--until", type=_date, metavar="DATE", help="up to this day (UTC)")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    export.add_argument("--include-contacts", action="store_true", help="include e-mail and phone")
    export.add_argument(
        "--keep-removed",
        choices=KEEP_CHOICES,
        default="nothing",
        help="what to show of people no longer in the database (default: nothing)",
    )
    export.set_defaults(handler=export_command)


def register_db_actions(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """``db forget-removed-people``, beside the other database actions."""
    forget = actions.add_parser(
        "forget-removed-people",
        parents=[common],
        help="erase the personal data of removed people from the audit trail",
    )
    forget.add_argument(
        "--keep", choices=("names",), help="keep their names (default: keep nothing)"
    )
    forget.set_defaults(handler=forget_command)


def export_command(ctx: CliContext, args: argparse.Namespace) -> int:
    request = AuditExportRequest(
        fmt=args.format,
        state=args.state,
        since=args.since,
        until=args.until,
        include_contacts=args.include_contacts,
        keep_removed=args.keep_removed,
    )
    result = export_audit_trail(ctx.open().database, args.out, request)
    ctx.print(f"{result.entries} change(s) written to {result.path}")
    if result.withheld:
        ctx.print(
            f"{result.withheld} personal value(s) withheld: contact details "
            f"(--include-contacts) and data of {result.removed_people} removed "
            "person(s) (--keep-removed)"
        )
    return 0


def forget_command(ctx: CliContext, args: argparse.Namespace) -> int:
    report = forget_removed_people(ctx.open().database, args.keep or "nothing")
    if report.backup is not None:
        ctx.print(f"backup made before erasing: {report.backup}")
    elif report.erased and not report.file_backup:
        ctx.print("no backup made: not a SQLite file (back up a PostgreSQL database with pg_dump)")
    ctx.print(f"removed people in the audit trail: {report.people}")
    ctx.print(f"personal values erased: {report.erased}")
    if report.kept_for_undo:
        ctx.print(
            f"kept while import {report.undoable_batch} can be undone: {report.kept_for_undo} "
            "(run this again after the next import)"
        )
    if report.people and report.file_backup and not report.compacted:
        ctx.print(
            "the database file could not be compacted (another program is using it): "
            "old values may remain in its free space; close the window and run this again"
        )
    return 0
