"""``fwgdesk db upgrade|check|backup``."""

from __future__ import annotations

import argparse

from fwgdesk.cli.context import CliContext
from fwgdesk.db.backup import create_backup
from fwgdesk.db.integrity import check_integrity
from fwgdesk.db.migrate import current_revision
from fwgdesk.domain.errors import UsageError
from fwgdesk.services.startup import backups_dir_for


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    db = commands.add_parser("db", parents=[common], help="database maintenance")
    actions = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    upgrade = actions.add_parser(
        "upgrade", parents=[common], help="back up if needed and upgrade to the newest schema"
    )
    upgrade.set_defaults(handler=upgrade_command)
    check = actions.add_parser("check", parents=[common], help="check the database's integrity")
    check.set_defaults(handler=check_command)
    backup = actions.add_parser("backup", parents=[common], help="make a backup now")
    backup.set_defaults(handler=backup_command)


def upgrade_command(ctx: CliContext, _args: argparse.Namespace) -> int:
    opened = ctx.open()
    revision = current_revision(opened.database.engine)
    if opened.backup:
        ctx.print(f"backup made before upgrading: {opened.backup}")
    state = "upgraded to" if opened.migrated else "already at"
    ctx.print(f"database {state} revision {revision}")
    return 0


def check_command(ctx: CliContext, _args: argparse.Namespace) -> int:
    opened = ctx.open()
    report = check_integrity(opened.database.engine, thorough=True)
    if report.ok:
        ctx.print("database check: ok")
        return 0
    for problem in report.problems:
        ctx.print(f"problem: {problem}")
    return 1


def backup_command(ctx: CliContext, _args: argparse.Namespace) -> int:
    database = ctx.open().database
    if database.path is None:
        raise UsageError(
            "only a SQLite database file is backed up by fwgdesk; "
            "back up a PostgreSQL database with pg_dump"
        )
    ctx.print(str(create_backup(database.path, backups_dir_for(database.path), "manual")))
    return 0
