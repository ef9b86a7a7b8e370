"""The tables and columns of the update format v1: the one source of truth.

The JSON Schema in ``resources/schema/`` is generated from these definitions
(``python -m fwgdesk.exchange.schema``) and a test keeps the published file in step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

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

FORMAT_NAME = "fwgdesk-update"
FORMAT_VERSION = 1
LIST_SEPARATOR = ";"
MAX_TEXT = 4000  # a text the database keeps without a limit of its own
MAX_ID = 64  # the database's columns of the publisher's ids
MAX_NAME = 200
MAX_INTEGER = 2**31 - 1  # the database's INTEGER columns (PostgreSQL: 32 bits)


@dataclass(frozen=True)
class Column:
    """One column. ``nullable``: an empty value clears it (False where the database keeps
    a value always); ``max_length``: of a text, as the database holds it; ``rule``: a
    pattern a text must match (``patterns.TEXT_RULES``)."""

    name: str
    # text, iso3, date, datetime, int, number, bool, enum, codes, iso3_list, code, key,
    # source_code, theme_list, int_list, enum_list
    kind: str
    required: bool = False
    key: bool = False
    values: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    description: str = ""
    nullable: bool = True
    max_length: int | None = None
    rule: str | None = None
    unique: bool = False  # a list whose items differ

    @property
    def can_be_empty(self) -> bool:
        return self.nullable and not self.required


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    description: str = ""

    @cached_property
    def key(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.key)

    @cached_property
    def by_name(self) -> dict[str, Column]:
        return {c.name: c for c in self.columns}

    def column(self, name: str) -> Column | None:
        return self.by_name.get(name)


def _enum(name: str, values: type, **kw: object) -> Column:
    return Column(name, "enum", values=tuple(v.value for v in values), **kw)  # type: ignore[arg-type, attr-defined]


def _kept(column: Column) -> Column:
    """*column* where the database always holds a value: it cannot be emptied."""
    return replace(column, nullable=False)


TEXT_NAMES = tuple(
    Column(f"name_{lang}", "text", nullable=False, max_length=MAX_NAME)
    for lang in ("ar", "en", "es", "fr", "ru", "zh")
)

STATES = Table(
    "states",
    (
        Column("iso3", "iso3", required=True, key=True, description="ISO 3166-1 alpha-3; EUU"),
        *TEXT_NAMES,
        _kept(_enum("regional_group", RegionalGroup)),
        _kept(_enum("protocol_status", ProtocolStatus)),
        Column("protocol_status_date", "date"),
    ),
    "A State (or the European Union, EUU).",
)
FOCAL_POINTS = Table(
    "focal_points",
    (
        Column(
            "id",
            "text",
            required=True,
            key=True,
            description="stable id of the publisher",
            max_length=MAX_ID,
        ),
        Column("state", "iso3", required=True),
        _enum("role", Role, required=True),
        Column("name", "text", required=True, max_length=MAX_NAME),
        Column("title", "text", max_length=MAX_NAME),
        Column("institution", "text", max_length=300),
        Column("email", "text", max_length=254, rule="email", description="an e-mail address"),
        Column(
            "phone",
            "text",
            max_length=64,
            rule="phone",
            description="digits, spaces and ( ) . / -, 6 to 32 of them, after an optional +",
        ),
        _kept(_enum("gender", Gender)),
        Column("languages", "codes"),
        Column("designated_on", "date"),
        Column("ended_on", "date", description="empty: the person is active"),
    ),
    "A person a State designated.",
)
REVIEWS = Table(
    "reviews",
    (
        Column("state", "iso3", required=True, key=True, description="the State under review"),
        Column("group", "int", required=True, key=True, minimum=1, maximum=3),
        Column("cluster", "int", required=True, key=True, minimum=1, maximum=4),
        _kept(_enum("stage", Stage)),
        Column("stage_since", "date"),
        Column("suspended_reason", "text"),
        Column(
            "reviewing_states",
            "iso3_list",
            unique=True,
            description="each State once, never the State under review",
        ),
        Column("working_languages", "codes"),
        Column("language_agreement", "bool"),
        Column("saq_progress", "number", minimum=0, maximum=1),
        Column("saq_submitted_on", "date"),
    ),
    "One State under review in one review group and cluster.",
)
STAGE_EVENTS = Table(
    "stage_events",
    (
        Column("state", "iso3", required=True, key=True),
        Column("group", "int", required=True, key=True, minimum=1, maximum=3),
        Column("cluster", "int", required=True, key=True, minimum=1, maximum=4),
        _enum("stage", Stage, required=True, key=True),
        Column("on", "date", required=True, key=True),
        Column("note", "text"),
    ),
    "A dated change of a review's stage.",
)
ASSISTANCE_REQUESTS = Table(
    "assistance_requests",
    (
        Column("id", "text", required=True, key=True, max_length=MAX_ID),
        Column("state", "iso3", required=True),
        _enum("topic", AssistanceTopic, required=True),
        Column("requested_on", "date"),
        _kept(_enum("status", AssistanceStatus)),
        Column("note", "text"),
    ),
    "A request for technical assistance.",
)
RECOMMENDATION_LINKS = Table(
    "recommendation_links",
    (
        Column("state", "iso3", required=True, key=True),
        Column(
            "recommendation",
            "code",
            required=True,
            key=True,
            description="catalogue code",
            max_length=24,
        ),
        _kept(_enum("status", LinkStatus)),
        Column("note", "text"),
        Column("updated_on", "date"),
    ),
    "A recommendation linked to a State, with its implementation there.",
)
MAX_ARTICLE = 21  # the Firearms Protocol has 21 articles


def _in_languages(prefix: str, description: str) -> tuple[Column, ...]:
    return tuple(
        Column(f"{prefix}_{lang}", "text", description=f"{description} ({lang})")
        for lang in UN_LANGUAGES
    )


SOURCES = Table(
    "sources",
    (
        Column(
            "code",
            "source_code",
            required=True,
            key=True,
            max_length=16,
            description="letters, digits and '.', at most 16",
        ),
        _kept(_enum("kind", SourceKind)),
        Column("symbol", "text", max_length=64, description="the UN document symbol"),
        Column("meeting", "text"),
        Column("date", "date", description="of the meeting or adoption"),
        *_in_languages("title", "the document's title"),
    ),
    "A document recommendations come from.",
)
RECOMMENDATIONS = Table(
    "recommendations",
    (
        Column(
            "code",
            "code",
            required=True,
            key=True,
            max_length=24,
            description="<source code>-R<n>, -P<n> or -DP<n>",
        ),
        Column(
            "source",
            "source_code",
            max_length=16,
            nullable=False,
            description="a source in the database or in the same update; required for a new item",
        ),
        Column(
            "number", "text", max_length=8, nullable=False, description="as the document numbers it"
        ),
        Column("section", "text", max_length=8),
        *_in_languages("section_title", "the section's heading"),
        *_in_languages("subsection_title", "the subsection's heading"),
        *_in_languages("title", "a short descriptive title, not the official text"),
        *_in_languages("text", "the verbatim text of that language edition of the source"),
        Column(
            "addressees",
            "enum_list",
            values=tuple(a.value for a in Addressee),
            unique=True,
            description="whom the item addresses",
        ),
        Column("themes", "theme_list", unique=True, description="theme codes of the catalogue"),
        Column(
            "articles",
            "int_list",
            unique=True,
            minimum=1,
            maximum=MAX_ARTICLE,
            description="Firearms Protocol articles",
        ),
        Column("withdrawn_on", "date", description="set: the item is no longer current"),
    ),
    "An item of the recommendation catalogue.",
)
DATA_TABLES: tuple[Table, ...] = (
    STATES,
    FOCAL_POINTS,
    REVIEWS,
    STAGE_EVENTS,
    ASSISTANCE_REQUESTS,
    SOURCES,
    RECOMMENDATIONS,
    RECOMMENDATION_LINKS,
)
DELETIONS = Table(
    "deletions",
    (
        Column("table", "enum", required=True, values=tuple(t.name for t in DATA_TABLES)),
        Column(
            "key",
            "key",
            required=True,
            description=(
                "the row's key columns, an object (in XLSX and CSV: 'name=value;name=value' "
                "or a JSON object)"
            ),
        ),
    ),
    "The only way an update removes a row.",
)
TABLES: dict[str, Table] = {t.name: t for t in (*DATA_TABLES, DELETIONS)}

HEADER = (
    Column("format", "enum", required=True, values=(FORMAT_NAME,)),
    Column("version", "int", required=True),
    Column("publisher", "text", required=True, max_length=MAX_NAME),
    Column("sequence", "int", required=True, minimum=0, maximum=MAX_INTEGER),
    Column("issued_at", "datetime"),
    Column("as_of", "date"),
)
