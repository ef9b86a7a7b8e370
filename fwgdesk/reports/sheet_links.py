"""The recommendations part of a status sheet: totals by status, then the linked items by
theme, each with its source document and paragraph and whom it is addressed to.

An item addressed only to the Secretariat, the Working Group or the Conference of the
Parties is one the State follows but does not carry out: its row says so.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Any

from reportlab.platypus import Flowable

from fwgdesk.domain.enums import Addressee, LinkStatus
from fwgdesk.domain.records import CatalogueItem, LinkRecord, SourceRecord
from fwgdesk.reports.column_widths import fit_words
from fwgdesk.reports.data import Directory, ThemeLinks
from fwgdesk.reports.grid import GridStyle
from fwgdesk.reports.items import item_text, item_title
from fwgdesk.reports.labels import Labels
from fwgdesk.reports.render import FRAME_WIDTH, MUTED, Kit
from fwgdesk.reports.text_drawing import CellStack

WIDTHS = (17.0, 40.0, 16.0, 12.0, 15.0)
"""The columns of a theme's table, in hundredths of the frame (code, recommendation,
addressed to, status, note)."""
PAD = 2 * GridStyle.pad_x

STATE_ADDRESSEES = frozenset({Addressee.ALL_STATES.value, Addressee.PROTOCOL_PARTIES.value})
"""Addressees that make an item a task of the State."""


def for_information(item: CatalogueItem | None) -> bool:
    """Whether *item* is addressed to others only (the Secretariat, the Working Group, the
    Conference): listed for the State's information, not as its task."""
    if item is None or not item.addressees:
        return False
    return not STATE_ADDRESSEES.intersection(item.addressees)


def status_totals(themes: tuple[ThemeLinks, ...]) -> list[tuple[str, int]]:
    """(status, number of linked items) for every status, in the vocabulary's order."""
    counted = Counter(link.status for theme in themes for link in theme.links)
    return [(status.value, counted.get(status.value, 0)) for status in LinkStatus]


def source_reference(labels: Labels, item: CatalogueItem, sources: dict[str, SourceRecord]) -> str:
    """ "Source: CTOC/COP/WG.6/2022/4, recommendation 4": the document's symbol (its code
    when the symbol is not recorded) and the item's number as that kind of document
    numbers them."""
    source = sources.get(item.source)
    kind = source.kind if source is not None and source.kind else "other"
    symbol = source.symbol if source is not None and source.symbol else item.source
    ref = labels(f"ref.{kind}", number=item.number)
    return labels("item_source", source=symbol, ref=ref)


def recommendations(
    kit: Kit, shared: Directory, themes: tuple[ThemeLinks, ...], full_text: bool
) -> list[Flowable]:
    labels, styles = kit.labels, kit.styles
    story: list[Flowable] = kit.heading(labels("recommendations"), keep=150)
    if not themes:
        story.append(kit.text(labels("no_links"), styles.body))
        return story
    story.append(_totals(kit, themes))
    note = labels("full_text_note") if full_text else labels("titles_note")
    story.append(kit.text(note, styles.small.but(space_after=2)))
    tables = [[_row(kit, shared, link, full_text) for link in theme.links] for theme in themes]
    # the same columns in every theme's table: widened for the words of them all
    widths = fit_words([_head(kit), *chain(*tables)], [w * FRAME_WIDTH / 100 for w in WIDTHS], PAD)
    for theme, rows in zip(themes, tables, strict=True):
        label = shared.theme_label(theme.code) if theme.code else labels("no_theme")
        caption = kit.text(label, styles.h3)
        story.append(kit.table([_head(kit), *rows], widths, caption=caption))
    return story


def _head(kit: Kit) -> list[Any]:
    return kit.head_cells("code", "recommendation", "addressed_to", "status", "note")


def _totals(kit: Kit, themes: tuple[ThemeLinks, ...]) -> Flowable:
    """One row of counts: each status, then the total."""
    labels, styles = kit.labels, kit.styles
    totals = status_totals(themes)
    head = [kit.cell(labels.term("link", status), styles.cell_head) for status, _ in totals]
    head.append(kit.cell(labels("total"), styles.cell_head))
    counts = [kit.cell(str(count)) for _, count in totals]
    counts.append(kit.cell(str(sum(count for _, count in totals)), styles.cell_bold))
    caption = kit.text(labels("status_totals"), styles.h3.but(size=8.6))
    return kit.table([head, counts], [1.0] * len(head), caption=caption)


def _row(kit: Kit, shared: Directory, link: LinkRecord, full_text: bool) -> list[Any]:
    labels, styles = kit.labels, kit.styles
    item = shared.items.get(link.code)
    code: Flowable = kit.cell(link.code, styles.cell_bold)
    if item is not None:
        reference = source_reference(labels, item, shared.sources)
        code = CellStack([code, kit.text(reference, styles.small)])
    text = item_text(link, labels.language) if full_text else item_title(link, labels.language)
    return [
        code,
        kit.cell(text),
        _addressees(kit, item),
        kit.cell(labels.term("link", link.status)),
        kit.cell(link.note),
    ]


def _addressees(kit: Kit, item: CatalogueItem | None) -> Flowable:
    """Whom the item addresses; when not the State, said plainly under the names."""
    labels, styles = kit.labels, kit.styles
    if item is None or not item.addressees:
        return kit.cell(None)
    names = kit.cell(labels.join([labels.term("addressee", a) for a in item.addressees]))
    if not for_information(item):
        return names
    remark = kit.text(labels("for_information"), styles.small.but(bold=True, color=MUTED))
    return CellStack([names, remark])
