"""``fwgdesk db upgrade|backup|backups|restore`` (``check``: ``check_commands``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from fwgdesk.cli import check_commands, history_commands
from fwgdesk.cli.context import CliContext
from fwgdesk.db.backup import backups_dir_for
from fwgdesk.db.migrate import current_revision
from fwgdesk.db.rotation import backups
from fwgdesk.services.backups import dump_revision, restore_server, server_backups_dir
from fwgdesk.services.maintenance import back_up_now, restore_database
from fwgdesk.services.startup import resolve_url


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    db = commands.add_parser("db", parents=[common], help="database maintenance")
    actions = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    upgrade = actions.add_parser(
        "upgrade", parents=[common], help="back up if needed and upgrade to the newest schema"
    )
    upgrade.set_defaults(handler=upgrade_command)
    check_commands.register(actions, common)
    backup = actions.add_parser("backup", parents=[common], help="make a backup now")
    backup.set_defaults(handler=backup_command)
    listing = actions.add_parser("backups", parents=[common], help="list the backups")
    listing.set_defaults(handler=backups_command)
    restore = actions.add_parser(
        "restore", parents=[common], help="replace the database with a backup (checked first)"
    )
    restore.add_argument("file", type=Path, help="a backup file")
    restore.set_defaults(handler=restore_command)
    history_commands.register_db_actions(actions, common)


def upgrade_command(ctx: CliContext, _args: argparse.Namespace) -> int:
    opened = ctx.open(upgrade=True)
    revision = current_revision(opened.database.engine)
    if opened.backup:
        ctx.print(f"backup made before upgrading: {opened.backup}")
    state = "upgraded to" if opened.migrated else "already at"
    ctx.print(f"database {state} revision {revision}")
    return 0


def backup_command(ctx: CliContext, _args: argparse.Namespace) -> int:
    ctx.print(str(back_up_now(ctx.open().database)))
    return 0


def _database_file(ctx: CliContext) -> Path | None:
    """The database file, or None for a database on a server."""
    url = make_url(resolve_url(ctx.paths, ctx.database_url))
    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return Path(url.database)


def _backups_folder(ctx: CliContext) -> Path:
    """Where the backups are, found without opening the database (it may be damaged)."""
    database_file = _database_file(ctx)
    if database_file is not None:
        return backups_dir_for(database_file)
    return server_backups_dir(ctx.paths, resolve_url(ctx.paths, ctx.database_url))


def backups_command(ctx: CliContext, _args: argparse.Namespace) -> int:
    files = backups(_backups_folder(ctx))
    for backup in files:
        ctx.print(f"{backup.made_at:%Y-%m-%d %H:%M:%S}Z  {backup.reason:<15} {backup.path}")
    ctx.print(f"{len(files)} backups")
    return 0


def restore_command(ctx: CliContext, args: argparse.Namespace) -> int:
    database_file = _database_file(ctx)
    if database_file is None:  # a server's: its rows replaced in one transaction
        database = ctx.open().database
        kept = restore_server(database, args.file)
        if kept is not None:
            ctx.print(f"the database as it was is kept in {kept}")
        ctx.print(f"restored from {args.file} (schema {dump_revision(args.file)})")
        return 0
    result = restore_database(database_file, args.file)
    if result.previous_kept_as:
        ctx.print(f"the database as it was is kept in {result.previous_kept_as}")
    ctx.print(f"restored from {result.restored_from} (schema {result.revision})")
    opened = ctx.open()  # upgrades an older backup and checks it
    ctx.print(f"database checked and at revision {current_revision(opened.database.engine)}")
    return 0
