"""The tables and columns of the update format v1: the one source of truth.

The JSON Schema in ``resources/schema/`` is generated from these definitions
(``python -m fwgdesk.exchange.schema``) and a test keeps the published file in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from fwgdesk.domain.enums import (
    AssistanceStatus,
    AssistanceTopic,
    Gender,
    LinkStatus,
    ProtocolStatus,
    RegionalGroup,
    Role,
    Stage,
)

FORMAT_NAME = "fwgdesk-update"
FORMAT_VERSION = 1
LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text, iso3, date, datetime, int, number, bool, enum, codes, iso3_list, code, key
    required: bool = False
    key: bool = False
    values: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    description: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    description: str = ""

    @cached_property
    def key(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.key)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def _enum(name: str, values: type, **kw: object) -> Column:
    return Column(name, "enum", values=tuple(v.value for v in values), **kw)  # type: ignore[arg-type, attr-defined]


TEXT_NAMES = tuple(Column(f"name_{lang}", "text") for lang in ("ar", "en", "es", "fr", "ru", "zh"))

STATES = Table(
    "states",
    (
        Column("iso3", "iso3", required=True, key=True, description="ISO 3166-1 alpha-3; EUU"),
        *TEXT_NAMES,
        _enum("regional_group", RegionalGroup),
        _enum("protocol_status", ProtocolStatus),
        Column("protocol_status_date", "date"),
    ),
    "A State (or the European Union, EUU).",
)
FOCAL_POINTS = Table(
    "focal_points",
    (
        Column("id", "text", required=True, key=True, description="stable id of the publisher"),
        Column("state", "iso3", required=True),
        _enum("role", Role, required=True),
        Column("name", "text", required=True),
        Column("title", "text"),
        Column("institution", "text"),
        Column("email", "text"),
        Column("phone", "text"),
        _enum("gender", Gender),
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
        _enum("stage", Stage),
        Column("stage_since", "date"),
        Column("suspended_reason", "text"),
        Column("reviewing_states", "iso3_list"),
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
        Column("id", "text", required=True, key=True),
        Column("state", "iso3", required=True),
        _enum("topic", AssistanceTopic, required=True),
        Column("requested_on", "date"),
        _enum("status", AssistanceStatus),
        Column("note", "text"),
    ),
    "A request for technical assistance.",
)
RECOMMENDATION_LINKS = Table(
    "recommendation_links",
    (
        Column("state", "iso3", required=True, key=True),
        Column("recommendation", "code", required=True, key=True, description="catalogue code"),
        _enum("status", LinkStatus),
        Column("note", "text"),
        Column("updated_on", "date"),
    ),
    "A recommendation linked to a State, with its implementation there.",
)
DATA_TABLES: tuple[Table, ...] = (
    STATES,
    FOCAL_POINTS,
    REVIEWS,
    STAGE_EVENTS,
    ASSISTANCE_REQUESTS,
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
            description="the row's key columns: a JSON object, or 'name=value;name=value'",
        ),
    ),
    "The only way an update removes a row.",
)
TABLES: dict[str, Table] = {t.name: t for t in (*DATA_TABLES, DELETIONS)}

HEADER = (
    Column("format", "text", required=True),
    Column("version", "int", required=True),
    Column("publisher", "text", required=True),
    Column("sequence", "int", required=True, minimum=0),
    Column("issued_at", "datetime"),
    Column("as_of", "date"),
)
