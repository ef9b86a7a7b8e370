"""``fwgdesk db check [--repair] [--keep-active KEY]``: report what breaks the rules, and
repair it when asked."""

from __future__ import annotations

import argparse

from fwgdesk.cli.context import CliContext
from fwgdesk.domain.wording import english
from fwgdesk.services.checking import check_database, repair_database
from fwgdesk.services.consistency import Finding


def register(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    check = actions.add_parser(
        "check",
        parents=[common],
        help="check the database: SQLite's checks and fwgdesk's rules (reports; --repair)",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="apply the repairs shown (after a backup), instead of only reporting them",
    )
    check.add_argument(
        "--keep-active",
        metavar="KEY",
        action="append",
        default=[],
        help="of a State's several active focal points, the one to keep (by key; default: "
        "the most recently designated); repeat for several States",
    )
    check.set_defaults(handler=check_command)


def _show(ctx: CliContext, finding: Finding, verb: str) -> None:
    rule = finding.rule.value if finding.rule else "to look at"
    line = f"{verb}: {english(finding.subject)} [{rule}]"
    if finding.repair is not None:
        line += f": {english(finding.repair)}"
    ctx.print(line)
    for choice in finding.choices:
        mark = (
            " (kept unless --keep-active says otherwise)" if choice.key == finding.default else ""
        )
        ctx.print(f"    {choice.key}: {english(choice.label)}{mark}")


def _keep(findings: list[Finding], keys: list[str]) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for finding in findings:
        for choice in finding.choices:
            if choice.key in keys:
                chosen[finding.key] = choice.key
    return chosen


def check_command(ctx: CliContext, args: argparse.Namespace) -> int:
    database = ctx.open().database
    result = check_database(database)
    for problem in result.problems:
        ctx.print(f"problem: {problem}")
    if result.rules is None:
        return 1
    if not result.problems:
        ctx.print("database integrity: ok")
    findings = result.rules.findings
    repairable = [f for f in findings if f.repairable]
    verb = "repairing" if args.repair else "found"
    for finding in findings:
        _show(ctx, finding, verb if finding.repairable else "to look at")
    if not findings:
        ctx.print("consistency: ok")
        return 0 if not result.problems else 1
    if not args.repair:
        if repairable:
            ctx.print("nothing was changed; run `fwgdesk db check --repair` to repair")
        return 1
    repaired = repair_database(
        database, [f.key for f in repairable], _keep(findings, args.keep_active)
    )
    if repaired.backup is not None:
        ctx.print(f"backup made before the repairs: {repaired.backup}")
    ctx.print(f"repaired: {sum(repaired.report.repaired.values())}")
    left = len(findings) - len(repairable) + repaired.report.gone
    return 0 if not left and not repaired.problems else 1
