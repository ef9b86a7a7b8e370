"""Plain, immutable records that services hand to the command line and the window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class StateRecord:
    iso3: str
    names: dict[str, str]
    regional_group: str
    protocol_status: str
    protocol_status_date: date | None
    protocol_status_source: str | None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]


@dataclass(frozen=True)
class CatalogueItem:
    code: str
    source: str
    number: str
    section: str | None
    section_title_zh: str | None
    section_title_en: str | None
    title_en: str
    text_zh: str | None
    themes: tuple[str, ...]
    articles: tuple[int, ...]
    addressees: tuple[str, ...]


@dataclass(frozen=True)
class SourceRecord:
    code: str
    title_en: str
    title_zh: str
    meeting: str | None
    issued_on: date | None
    symbol: str | None


@dataclass(frozen=True)
class LinkRecord:
    """A recommendation linked to a State, with its implementation there."""

    state_iso3: str
    code: str
    title_en: str
    text_zh: str | None
    themes: tuple[str, ...]
    status: str
    note: str | None
    updated_on: date | None
    version: int = 1


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    table_name: str
    row_key: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    origin: str
    batch_label: str | None
    who: str | None = None  # user@computer, and the database role where it differs


def who_text(os_user: str | None, host: str | None, db_user: str | None) -> str | None:
    """Who made a change, as the history shows it (names, no wording): ``user@computer``,
    followed by ``/ role`` on a server when the database role differs from the user."""
    if os_user is None and db_user is None:
        return None
    text = f"{os_user or '?'}@{host or '?'}"
    return text if db_user in (None, os_user) else f"{text} / {db_user}"
