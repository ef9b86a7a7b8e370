"""Rows, fields and values of the audit trail and of an import preview as the window
words them: rows by person, State and review ("María José Pérez (Mexico), focal point"),
fields by the labels of the forms, values by the vocabulary of ``ui.labels``."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from fwgdesk.domain.enums import (
    UN_LANGUAGES,
    Addressee,
    AssistanceStatus,
    AssistanceTopic,
    Gender,
    LinkStatus,
    ProtocolStatus,
    RegionalGroup,
    Role,
    SourceKind,
    Stage,
)
from fwgdesk.services.row_names import RowNames
from fwgdesk.ui import labels
from fwgdesk.ui.catalogue_text import reader_language
from fwgdesk.ui.wording import field_labels, isolated, labelled, percent

HIDDEN_KEYS = frozenset({"id", "state_iso3", "position"})
"""Keys of a recorded row left out when it is shown whole: ids, and the State (named by
the row)."""

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LANGUAGE_SUFFIX = re.compile(rf"^(.+)_({'|'.join(UN_LANGUAGES)})$")
COLUMN_ALIASES = {
    "state_iso3": "state",
    "review_group": "group",
    "source_code": "source",
    "issued_on": "date",
    "theme_code": "themes",
    "addressee": "addressees",
    "article": "articles",
}
ENUM_COLUMNS: dict[str, type[StrEnum]] = {
    "stage": Stage,
    "role": Role,
    "gender": Gender,
    "topic": AssistanceTopic,
    "regional_group": RegionalGroup,
    "protocol_status": ProtocolStatus,
    "kind": SourceKind,
    "addressees": Addressee,
}
STATUS_ENUMS: dict[str, type[StrEnum]] = {
    "recommendation_links": LinkStatus,
    "assistance_requests": AssistanceStatus,
}
LANGUAGE_COLUMNS = frozenset({"languages", "working_languages"})
STATE_COLUMNS = frozenset({"state", "reviewing_states", "reviewer"})
PERCENT_COLUMNS = frozenset({"saq_progress"})


def _t(text: str) -> str:
    return QCoreApplication.translate("rows", text)


def ltr_date(value: date | str) -> str:
    """An ISO date kept left to right inside right-to-left text (Unicode's left-to-right
    isolate): "2026-12-02", never "02-12-2026" in an Arabic sentence."""
    text = value.isoformat() if isinstance(value, date) else value
    return f"\u2066{text}\u2069"


def _column(column: str) -> str:
    return COLUMN_ALIASES.get(column, column)


def field_label(column: str) -> str:
    """A column of the update format or of the database by the label the forms use;
    a column per language as "Title (French)"."""
    column = _column(column)
    known = field_labels()
    if column in known:
        return known[column]
    per_language = LANGUAGE_SUFFIX.match(column)
    if per_language and per_language.group(1) in known:
        return _t("{field} ({language})").format(
            field=known[per_language.group(1)],
            language=labels.language_label(per_language.group(2)),
        )
    return column.replace("_", " ")


def field_separator() -> str:
    """Between the fields of a row written on one line: "; " (Arabic "؛ ")."""
    return _t("; ")


class RowWords:
    """Words rows, fields and values with the names *names* gives (States, people,
    requests), in the interface's language."""

    def __init__(self, names: RowNames | None = None) -> None:
        self.names = names or RowNames()
        self.language = reader_language()

    def state(self, iso3: str) -> str:
        return self.names.state_name(iso3, self.language)

    # --- values ---------------------------------------------------------------------------

    def value(self, table: str, column: str, value: Any) -> str:
        """*value* of *column* as a person reads it."""
        column = _column(column)
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return _t("Yes") if value else _t("No")
        if isinstance(value, dict):
            return self.whole_row(table, value)
        if isinstance(value, list | tuple):
            return labels.joined([self.value(table, column, item) for item in value])
        return self._single(table, column, value)

    def _single(self, table: str, column: str, value: Any) -> str:
        kind = STATUS_ENUMS.get(table) if column == "status" else ENUM_COLUMNS.get(column)
        if kind is not None:
            return labels.label_of(kind, str(value))
        if isinstance(value, datetime | date) or (isinstance(value, str) and ISO_DATE.match(value)):
            return ltr_date(value.isoformat() if isinstance(value, datetime | date) else value)
        if column in PERCENT_COLUMNS and isinstance(value, int | float):
            return percent(value)
        if isinstance(value, float | int):
            return QLocale().toString(value, "g", 6) if isinstance(value, float) else str(value)
        text = str(value)
        if column in LANGUAGE_COLUMNS:
            return labels.language_label(text)
        if column in STATE_COLUMNS:
            return self.state(text)
        return isolated(text)

    def whole_row(self, table: str, row: Mapping[str, Any]) -> str:
        """A row recorded whole (added or removed) as "Field: value; …"."""
        shown = [
            labelled(field_label(key), self.value(table, key, item))
            for key, item in row.items()
            if item not in (None, "", []) and key not in HIDDEN_KEYS and not key.endswith("_id")
        ]
        return field_separator().join(shown)

    def encoded(self, table: str, column: str | None, encoded: str | None) -> str:
        """A value of the audit trail (JSON text)."""
        if encoded is None:
            return ""
        try:
            value = json.loads(encoded)
        except ValueError:
            return encoded
        return self.value(table, column or "", value)

    # --- rows -----------------------------------------------------------------------------

    def row(self, table: str, key: str, values: Mapping[str, Any] | None = None) -> str:
        """The row of *table* whose key is *key*, named for a person; *values*: what else is
        known of it (a row no longer in the database, or one an update adds)."""
        values = values or {}
        parts = key.split("/")
        if table == "states":
            return self.state(key)
        if table == "focal_points":
            return self._person(key, values)
        if table == "assistance_requests":
            return self._request(key, values)
        if table == "reviews" and len(parts) == 3:
            return self._review(parts)
        if table == "review_reviewers" and len(parts) == 5:
            return _t("{reviewer}, reviewing {review}").format(
                reviewer=self.state(parts[4]), review=self._review(parts[:3])
            )
        if table == "stage_events" and len(parts) == 5:
            return _t("{stage} on {date}: {review}").format(
                stage=labels.stage_label(parts[3]),
                date=ltr_date(parts[4]),
                review=self._review(parts[:3]),
            )
        if table == "recommendation_links" and len(parts) == 2:
            return _t("{code} ({state})").format(
                code=isolated(parts[1]), state=self.state(parts[0])
            )
        return isolated(key)

    def _review(self, parts: list[str]) -> str:
        return _t("{state}, group {group}, cluster {cluster}").format(
            state=self.state(parts[0]), group=parts[1], cluster=parts[2]
        )

    def _person(self, key: str, values: Mapping[str, Any]) -> str:
        person = self.names.people.get(key)
        name = person.name if person else values.get("name")
        iso3 = person.state_iso3 if person else values.get("state") or values.get("state_iso3")
        role = person.role if person else values.get("role")
        if not name:
            return isolated(key)
        role_text = labels.role_label(str(role)) if role else ""
        if self.language not in ("ar", "zh"):
            role_text = role_text.lower()
        return _t("{name} ({state}), {role}").format(
            name=isolated(str(name)), state=self.state(str(iso3 or "")), role=role_text
        )

    def _request(self, key: str, values: Mapping[str, Any]) -> str:
        request = self.names.requests.get(key)
        topic = request.topic if request else values.get("topic")
        iso3 = request.state_iso3 if request else values.get("state") or values.get("state_iso3")
        on = request.requested_on if request else values.get("requested_on")
        if not topic:
            return isolated(key)
        return _t("Assistance with {topic} ({state}), asked on {date}").format(
            topic=labels.topic_label(str(topic)),
            state=self.state(str(iso3 or "")),
            date=ltr_date(on) if on else "—",
        )
