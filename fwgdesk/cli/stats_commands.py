"""``fwgdesk stats``: the Mechanism's figures, as on the dashboard."""

from __future__ import annotations

import argparse

from fwgdesk.cli.context import CliContext
from fwgdesk.services.stats import mechanism_figures


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    stats = commands.add_parser("stats", parents=[common], help="the Mechanism's figures")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=stats_command)


def stats_command(ctx: CliContext, args: argparse.Namespace) -> int:
    figures = mechanism_figures(ctx.open().database)
    if args.json:
        ctx.print_json(figures.as_dict())
        return 0
    for number, group in sorted(figures.groups.items()):
        ctx.print(f"Review group {number}")
        ctx.print(
            f"  participating States {group.participating_states}, with a focal point "
            f"{group.states_with_focal_point} ({group.focal_point_share:.0%})"
        )
        ctx.print(f"  reviews {group.reviews}, in progress {group.in_progress}")
        for stage, count in group.stages.items():
            if count:
                ctx.print(f"    {stage:<24} {count:>4} ({group.share(count):.0%})")
    ctx.print(f"Focal points by gender: {figures.focal_points_by_gender}")
    ctx.print(f"Working languages: {figures.working_languages}")
    ctx.print(f"Open assistance requests: {figures.open_assistance_by_topic}")
    return 0
