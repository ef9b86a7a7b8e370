"""``fwgdesk report state|batch|overview``: the status sheets and the overview as PDF.

The reports package (ReportLab, fonts, shaping) is imported when a report is made, so
that other commands start without it."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fwgdesk.cli.context import CliContext
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.errors import UsageError
from fwgdesk.reports import codes as rcodes

if TYPE_CHECKING:
    from fwgdesk.reports import RenderResult, SheetOptions


def _created(text: str) -> datetime:
    """An ISO 8601 date or date and time (UTC when no offset is given)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an ISO date and time, e.g. 2024-05-01T12:00:00Z"
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _options(parser: argparse.ArgumentParser, sheet: bool = True) -> None:
    parser.add_argument(
        "--lang",
        default="en",
        choices=UN_LANGUAGES,
        help="language of the labels (default: en)",
    )
    if sheet:
        parser.add_argument(
            "--contacts",
            action="store_true",
            help="include personal contact details (e-mail, phone); off by default",
        )
        parser.add_argument(
            "--full-text",
            action="store_true",
            help="print the recommendations' full text instead of their titles",
        )
    parser.add_argument(
        "--created",
        type=_created,
        metavar="ISO-DATETIME",
        help="generation time to print and to store in the PDF; the same data and the same "
        "time give a byte-identical file",
    )


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    report = commands.add_parser(
        "report", parents=[common], help="status sheets and overview (PDF)"
    )
    actions = report.add_subparsers(dest="action", required=True, metavar="ACTION")

    state = actions.add_parser("state", parents=[common], help="the status sheet of one State")
    state.add_argument("iso3", metavar="ISO3", help="the State's ISO 3166 alpha-3 code (EUU: EU)")
    state.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _options(state)
    state.set_defaults(handler=state_command)

    batch = actions.add_parser(
        "batch", parents=[common], help="status sheets for a group of States, or all"
    )
    which = batch.add_mutually_exclusive_group(required=True)
    which.add_argument("--group", type=int, metavar="N", help="the States under review in group N")
    which.add_argument(
        "--region", metavar="R", help="a regional group: AFR, APG, EEG, GRULAC, WEOG"
    )
    which.add_argument("--all", action="store_true", help="every State")
    batch.add_argument(
        "--by",
        choices=("region", "review-group"),
        default="region",
        help="with --all: group the States by regional group (default) or by the first "
        "review group each is reviewed in",
    )
    batch.add_argument(
        "--split", action="store_true", help="one file per State in the folder --out"
    )
    batch.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="the PDF (bookmarked, a sheet per State), or with --split the folder",
    )
    _options(batch)
    batch.set_defaults(handler=batch_command)

    overview = actions.add_parser("overview", parents=[common], help="the Mechanism overview")
    overview.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _options(overview, sheet=False)
    overview.set_defaults(handler=overview_command)


def _sheet_options(args: argparse.Namespace) -> SheetOptions:
    from fwgdesk.reports import SheetOptions

    return SheetOptions(
        language=args.lang, include_contacts=args.contacts, full_text=args.full_text
    )


def _check_pdf_target(path: Path) -> None:
    if path.is_dir():
        raise UsageError(rcodes.PDF_INTO_FOLDER, path=path)
    if path.suffix.lower() != ".pdf":
        raise UsageError(rcodes.NOT_A_PDF_NAME, path=path)


def _report(ctx: CliContext, result: RenderResult) -> None:
    for path in result.paths:
        ctx.print(str(path))
    if len(result.paths) != 1 or result.sheets != 1:
        ctx.print(f"{result.sheets} sheets, {len(result.paths)} files")
    if result.missing_glyphs:
        codes = " ".join(f"U+{ord(char):04X}" for char in sorted(result.missing_glyphs))
        ctx.print(f"warning: no bundled font has these characters, printed as \ufffd: {codes}")


def state_command(ctx: CliContext, args: argparse.Namespace) -> int:
    from fwgdesk.reports import render_state_sheet

    _check_pdf_target(args.out)
    database = ctx.open().database
    _report(
        ctx, render_state_sheet(database, args.iso3, args.out, _sheet_options(args), args.created)
    )
    return 0


def batch_command(ctx: CliContext, args: argparse.Namespace) -> int:
    from fwgdesk.reports import render_batch

    if not args.split:
        _check_pdf_target(args.out)
    database = ctx.open().database
    result = render_batch(
        database,
        args.out,
        _sheet_options(args),
        group=args.group,
        region=args.region,
        split=args.split,
        created=args.created,
        by=args.by.replace("-", "_"),
    )
    _report(ctx, result)
    return 0


def overview_command(ctx: CliContext, args: argparse.Namespace) -> int:
    from fwgdesk.reports import render_overview

    _check_pdf_target(args.out)
    database = ctx.open().database
    _report(ctx, render_overview(database, args.out, args.lang, args.created))
    return 0
