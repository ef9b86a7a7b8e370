"""Entry point of ``fwgdesk``: the window without a command, headless work with one."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from fwgdesk import __version__
from fwgdesk.domain.errors import FwgdeskError
from fwgdesk.domain.wording import english

# The commands (and through them SQLAlchemy) are imported when a command is given, so the
# window starts without them: it paints first and loads the database layer meanwhile.


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
    from fwgdesk.cli import (
        catalogue_commands,
        db_commands,
        exchange_commands,
        history_commands,
        keys_commands,
        report_commands,
        stats_commands,
    )

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


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """--data-dir and --database when they are all *argv* holds (the window is asked
    for); None when there is a command, --help, --version or anything else."""
    options, rest = _common_options(suppress=False).parse_known_args(argv)
    return None if rest else options


def run_window(options: argparse.Namespace) -> int:
    """The window, once Qt's system libraries are known to be there (Qt is loaded only
    for the window)."""
    from fwgdesk.paths import DataPaths, default_data_dir
    from fwgdesk.ui.qt_libraries import install_advice, missing_packages, uses_x11

    missing = missing_packages(uses_x11())
    if missing:
        print(install_advice(missing), file=sys.stderr)
        return 1
    from fwgdesk.ui.starting import run_window as start

    return start(DataPaths(options.data_dir or default_data_dir()), options.database)


def _silence_stdout() -> None:
    """Point stdout at the null device, so the flush at exit does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    options = window_options(arguments)
    if options is not None:
        try:
            return run_window(options)
        except FwgdeskError as error:
            print(f"fwgdesk: error: {english(error)}", file=sys.stderr)
            return error.exit_code
    from fwgdesk.cli.context import CliContext

    args = build_parser().parse_args(arguments)
    ctx = CliContext(data_dir=args.data_dir, database_url=args.database)
    try:
        if args.command is None:
            return run_window(args)
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
