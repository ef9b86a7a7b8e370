"""Entry point of ``fwgdesk``: the window without a command, headless work with one."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from fwgdesk import __version__
from fwgdesk.cli import (
    catalogue_commands,
    db_commands,
    exchange_commands,
    history_commands,
    keys_commands,
    report_commands,
    stats_commands,
)
from fwgdesk.cli.context import CliContext
from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.domain.wording import english


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """--data-dir and --database, accepted before or after any command."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", type=Path, default=default, help="data folder (default: the user's)"
    )
    common.add_argument(
        "--database",
        default=default,
        metavar="URL",
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/fwgdesk",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fwgdesk",
        parents=[_common_options(suppress=False)],
        description="Desk of a national focal point: without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"fwgdesk {__version__}")
    common = _common_options(suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_commands.register(commands, common)
    catalogue_commands.register(commands, common)
    stats_commands.register(commands, common)
    report_commands.register(commands, common)
    keys_commands.register(commands, common)
    exchange_commands.register(commands, common)
    history_commands.register(commands, common)
    return parser


def _run_window(ctx: CliContext) -> int:
    from fwgdesk.ui.app import run_application  # Qt is loaded only for the window

    return run_application(ctx.paths, ctx.database_url)


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    ctx = CliContext(data_dir=args.data_dir, database_url=args.database)
    try:
        if args.command is None:
            return _run_window(ctx)
        code = int(args.handler(ctx, args))
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
        return code
    except FwgdeskError as error:
        print(f"fwgdesk: error: {english(error)}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        _silence_stdout()
        return 0
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
