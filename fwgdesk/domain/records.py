"""Plain, immutable records that services hand to the command line and the window."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from fwgdesk.domain.languages import Shown, choose


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


Texts = Mapping[str, str | None]  # language -> text (None: not in that language)


@dataclass(frozen=True)
class CatalogueItem:
    """An item of the catalogue: titles (short summaries written for the catalogue),
    headings and verbatim texts by language; :func:`fwgdesk.domain.languages.choose`
    picks the one a reader is shown."""

    code: str
    source: str
    number: str
    section: str | None
    section_titles: Texts
    subsection_titles: Texts
    titles: Texts
    texts: Texts
    themes: tuple[str, ...]
    articles: tuple[int, ...]
    addressees: tuple[str, ...]
    withdrawn_on: date | None = None

    def title(self, language: str) -> Shown | None:
        return choose(self.titles, language)

    def text(self, language: str) -> Shown | None:
        return choose(self.texts, language)

    def section_title(self, language: str) -> Shown | None:
        return choose(self.section_titles, language)

    def subsection_title(self, language: str) -> Shown | None:
        return choose(self.subsection_titles, language)

    @property
    def text_languages(self) -> tuple[str, ...]:
        """The languages the item's full text is held in."""
        return tuple(lang for lang, text in self.texts.items() if text)


@dataclass(frozen=True)
class SourceRecord:
    """A source document of the catalogue."""

    code: str
    kind: str | None
    titles: Texts
    meeting: str | None
    issued_on: date | None
    symbol: str | None

    def title(self, language: str) -> Shown | None:
        return choose(self.titles, language, ("en", "zh"))


@dataclass(frozen=True)
class LinkRecord:
    """A recommendation linked to a State, with its implementation there."""

    state_iso3: str
    code: str
    titles: Texts
    texts: Texts
    themes: tuple[str, ...]
    status: str
    note: str | None
    updated_on: date | None
    version: int = 1
    withdrawn_on: date | None = None

    def title(self, language: str) -> Shown | None:
        return choose(self.titles, language)

    def text(self, language: str) -> Shown | None:
        return choose(self.texts, language)


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
