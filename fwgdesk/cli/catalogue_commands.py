"""``fwgdesk catalogue list|search`` and ``fwgdesk states list``."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from fwgdesk.cli.context import CliContext
from fwgdesk.domain.enums import UN_LANGUAGES
from fwgdesk.domain.languages import shown_with_mark
from fwgdesk.domain.records import CatalogueItem
from fwgdesk.services import catalogue, states

LANGUAGE_HELP = "the language of the titles shown (default: en)"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    cat = commands.add_parser("catalogue", parents=[common], help="the recommendation catalogue")
    actions = cat.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="list catalogue items")
    listing.add_argument("--source", help="only this source document (WG8, WG9, RES11.6, ...)")
    listing.add_argument("--theme", help="only this theme (e.g. ammunition)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--language", choices=UN_LANGUAGES, default="en", help=LANGUAGE_HELP)
    listing.set_defaults(handler=list_command)
    find = actions.add_parser("search", parents=[common], help="full-text search")
    find.add_argument("text", help="words to find, in any language's title or text")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.add_argument("--language", choices=UN_LANGUAGES, default="en", help=LANGUAGE_HELP)
    find.set_defaults(handler=search_command)

    st = commands.add_parser("states", parents=[common], help="the States")
    st_actions = st.add_subparsers(dest="action", required=True, metavar="ACTION")
    st_list = st_actions.add_parser("list", parents=[common], help="list the States")
    st_list.add_argument("--json", action="store_true", help="print JSON")
    st_list.set_defaults(handler=states_command)


def _title(item: CatalogueItem, language: str) -> str:
    """The item's title in *language*, else the original's marked with its language."""
    return shown_with_mark(item.title(language), lambda lang: f"{lang} original")


def _print_items(ctx: CliContext, items: list[CatalogueItem], as_json: bool, language: str) -> None:
    if as_json:
        ctx.print_json([asdict(item) for item in items])
        return
    rows = [[i.code, i.source, ",".join(i.themes), _title(i, language)] for i in items]
    ctx.print_table(["code", "source", "themes", "title"], rows)
    ctx.print(f"{len(items)} items (titles are summaries; the full text is the source's)")


def list_command(ctx: CliContext, args: argparse.Namespace) -> int:
    database = ctx.open().database
    items = catalogue.list_items(database, args.source, args.theme)
    _print_items(ctx, items, args.json, args.language)
    return 0


def search_command(ctx: CliContext, args: argparse.Namespace) -> int:
    database = ctx.open().database
    _print_items(ctx, catalogue.search(database, args.text), args.json, args.language)
    return 0


def states_command(ctx: CliContext, args: argparse.Namespace) -> int:
    records = states.list_states(ctx.open().database)
    if args.json:
        ctx.print_json([asdict(record) for record in records])
        return 0
    rows = [
        [r.iso3, r.regional_group, r.protocol_status, r.names["en"], r.names["zh"]] for r in records
    ]
    ctx.print_table(["iso3", "group", "protocol", "name", "名称"], rows)
    ctx.print(f"{len(records)} States")
    return 0
