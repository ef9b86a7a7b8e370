"""What the sheets print of a catalogue item: its title or full text in the sheet's
language, else in the source's own language, marked with that language's name.

The one place the sheets read an item's texts: the catalogue's languages plug in here.
"""

from __future__ import annotations

from fwgdesk.domain.languages import choose, original_mark, shown_with_mark, texts_of


def item_title(item: object, language: str) -> str:
    """The title of *item* (a catalogue item or a link) for a reader of *language*."""
    return shown_with_mark(choose(texts_of(item, "title"), language), original_mark)


def item_text(item: object, language: str) -> str:
    """The full text of *item* for a reader of *language* (its title when it has none)."""
    shown = choose(texts_of(item, "text"), language)
    if shown is None:
        return item_title(item, language)
    return shown_with_mark(shown, original_mark)
