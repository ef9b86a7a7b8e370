"""What the audit trail may show of a person: personal and contact fields, removed people.

A *removed person* is a focal point whose changes are in the audit trail but whose row is no
longer in the database (an import deleted it, or undoing an import took it back). Their
personal values in recorded changes are replaced when the trail is exported, and can be
erased from the stored trail (``fwgdesk.services.audit_forget``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, select

from fwgdesk.db.models import AuditEntry, FocalPoint
from fwgdesk.domain.enums import Gender
from fwgdesk.domain.errors import UsageError
from fwgdesk.exchange.export import CONTACT_COLUMNS
from fwgdesk.services import codes

PEOPLE_TABLE = "focal_points"
# Everything that describes the person; role, State, key and dates are not personal.
PERSONAL_FIELDS = ("name", "title", "institution", "email", "phone", "gender", "languages")
NAME_FIELDS = ("name",)
CONTACT_FIELDS: tuple[str, ...] = CONTACT_COLUMNS
REMOVED = "[removed]"
WITHHELD = "[withheld]"
KEEP_CHOICES = ("nothing", "names", "everything")
# Erased values in the stored trail keep the column's type, so undoing an import still works.
ERASED_VALUES: dict[str, Any] = {"gender": Gender.UNDISCLOSED.value, "languages": []}

# field name -> the value that replaces it
Rules = Mapping[str, Any]


def check_keep(keep: str, choices: tuple[str, ...] = KEEP_CHOICES) -> str:
    if keep not in choices:
        raise UsageError(codes.UNKNOWN_KEEP_CHOICE, keep=keep, choices=list(choices))
    return keep


def removed_people_entries() -> Select[AuditEntry]:
    """Audit entries of people whose row is no longer in the database."""
    return select(AuditEntry).where(
        AuditEntry.table_name == PEOPLE_TABLE,
        AuditEntry.row_key.not_in(select(FocalPoint.external_id)),
    )


def removed_people_keys() -> Select[str]:
    """The keys of removed people."""
    return (
        select(AuditEntry.row_key)
        .where(
            AuditEntry.table_name == PEOPLE_TABLE,
            AuditEntry.row_key.not_in(select(FocalPoint.external_id)),
        )
        .distinct()
    )


def hidden_of_removed(keep: str) -> tuple[str, ...]:
    """The personal fields of a removed person that *keep* does not keep."""
    if keep == "everything":
        return ()
    kept = NAME_FIELDS if keep == "names" else ()
    return tuple(name for name in PERSONAL_FIELDS if name not in kept)


def export_rules(removed: bool, keep: str, include_contacts: bool) -> dict[str, Any]:
    """The fields of a person's recorded change that an export replaces, with the marker."""
    rules: dict[str, Any] = {}
    if not include_contacts:
        rules.update(dict.fromkeys(CONTACT_FIELDS, WITHHELD))
    if removed:
        rules.update(dict.fromkeys(hidden_of_removed(keep), REMOVED))
    return rules


def erase_rules(keep: str) -> dict[str, Any]:
    """The fields of a removed person that erasing rewrites in the stored trail."""
    return {name: ERASED_VALUES.get(name, REMOVED) for name in hidden_of_removed(keep)}


def decode(text: str | None) -> Any:
    """A stored audit value as a Python value (text that is not JSON stays as it is)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def encode(value: Any) -> str | None:
    """A value as stored in the audit trail."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def mask(field: str | None, value: Any, rules: Rules) -> tuple[Any, int]:
    """*value* (one field's value, or a row's snapshot when *field* is None) with the fields
    of *rules* replaced, and how many values were replaced (blank values are left alone)."""
    if not rules or _blank(value):
        return value, 0
    if field is not None:
        if field in rules and value != rules[field]:
            return rules[field], 1
        return value, 0
    if not isinstance(value, dict):
        return value, 0
    masked = dict(value)
    count = 0
    for name, replacement in rules.items():
        if not _blank(masked.get(name)) and masked[name] != replacement:
            masked[name] = replacement
            count += 1
    return masked, count


def personal_count(entry: AuditEntry, rules: Rules) -> int:
    """How many values of *entry* the rules would replace."""
    return sum(
        mask(entry.field, decode(text), rules)[1] for text in (entry.old_value, entry.new_value)
    )
