"""The message codes of the catalogue's tables in an update (sources, recommendations)."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

NOT_A_SOURCE_CODE = _code(
    "catalogue.not_a_source_code",
    "'{value}' is not a source code (letters, digits and '.', at most 16, such as WG9)",
)
NOT_THEME_CODES = _code(
    "catalogue.not_theme_codes", "not theme codes (small letters, digits and _): {codes}"
)
LIST_REPEATS = _code("catalogue.list_repeats", "the list names an item twice")
UNKNOWN_SOURCE = _code(
    "catalogue.unknown_source",
    "unknown source document '{code}': it must be in the database or in this update",
)
UNKNOWN_THEME = _code(
    "catalogue.unknown_theme", "unknown theme '{code}' (the catalogue's themes: {known})"
)
CODE_NOT_OF_SOURCE = _code(
    "catalogue.code_not_of_source",
    "the code {code} does not begin with its source's code {source}",
)
NEW_ITEM_NEEDS = _code("catalogue.new_item_needs", "a new catalogue item needs its {column}")
SOURCE_MOVED = _code(
    "catalogue.source_moved",
    "the item {code} belongs to the source {old}: an update cannot move it to {new}",
)
LINKED_NOT_DELETED = _code(
    "catalogue.linked_not_deleted",
    "the item {code} is linked to {count} State(s): withdraw it (withdrawn_on) instead of "
    "deleting it",
    count="count",
    forms=(
        "the item {code} is linked to {count} State: withdraw it (withdrawn_on) instead of"
        " deleting it",
        "the item {code} is linked to {count} States: withdraw it (withdrawn_on) instead of"
        " deleting it",
    ),
)
SOURCE_STILL_USED = _code(
    "catalogue.source_still_used",
    "the source {code} still has {count} catalogue item(s): delete or move them first",
    count="count",
    forms=(
        "the source {code} still has {count} catalogue item: delete or move it first",
        "the source {code} still has {count} catalogue items: delete or move them first",
    ),
)
