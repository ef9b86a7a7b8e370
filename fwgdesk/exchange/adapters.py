"""Between rows of the update format and rows of the database, table by table.

An adapter loads the existing rows of its table by their format key, reads a row's
current values as plain comparable values (enums as their text, lists as lists), creates
rows and assigns columns. ``audit_key`` gives the key the audit trail uses for the row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from fwgdesk.db.models import (
    AssistanceRequest,
    FocalPoint,
    Recommendation,
    RecommendationAddressee,
    RecommendationArticle,
    RecommendationLink,
    RecommendationTheme,
    Review,
    ReviewReviewer,
    SourceDocument,
    StageEvent,
    State,
)
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

Key = tuple[Any, ...]


def plain(value: Any) -> Any:
    """A database value as the format writes it (enum text, list copy)."""
    if hasattr(value, "value") and not isinstance(value, date):
        return value.value
    if isinstance(value, list | tuple):
        return list(value)
    return value


@dataclass
class Context:
    """What adapters need across tables during one preview or apply."""

    session: Session
    reviews: dict[Key, Review]
    recommendations: dict[str, Recommendation]


@dataclass(frozen=True)
class ListField:
    """A list column held in rows of its own: how to read it, and how to write it."""

    read: Callable[[Any], list[Any]]
    rows: Callable[[list[Any]], list[Any]]  # the new rows of a list


@dataclass(frozen=True)
class Adapter:
    table: str
    load: Callable[[Session], dict[Key, Any]]
    fields: dict[str, str]  # format column -> attribute
    enums: dict[str, type]
    create: Callable[[Context, Key], Any]
    audit_key: Callable[[Key], str]
    lists: dict[str, ListField] = field(default_factory=dict)

    def current(self, obj: Any, column: str) -> Any:
        held = self.lists.get(column)
        if held is not None:
            return held.read(obj)
        return plain(getattr(obj, self.fields[column]))

    def assign(self, obj: Any, column: str, value: Any) -> None:
        held = self.lists.get(column)
        if held is not None:
            if held.read(obj) != list(value or []):
                setattr(obj, self.fields[column], held.rows(list(value or [])))
            return
        enum = self.enums.get(column)
        if enum is not None and value is not None:
            value = enum(value)
        if column in ("languages", "working_languages") and value is None:
            value = []
        setattr(obj, self.fields[column], value)


def _states(session: Session) -> dict[Key, Any]:
    return {(s.iso3,): s for s in session.scalars(select(State))}


def _focal_points(session: Session) -> dict[Key, Any]:
    return {(p.external_id,): p for p in session.scalars(select(FocalPoint))}


def load_reviews(session: Session) -> dict[Key, Review]:
    query = select(Review).options(
        selectinload(Review.reviewers), selectinload(Review.stage_events)
    )
    return {(r.state_iso3, r.review_group, r.cluster): r for r in session.scalars(query)}


def _stage_events(session: Session) -> dict[Key, Any]:
    query = select(StageEvent).options(selectinload(StageEvent.review))
    return {
        (e.review.state_iso3, e.review.review_group, e.review.cluster, e.stage.value, e.on): e
        for e in session.scalars(query)
    }


def _assistance(session: Session) -> dict[Key, Any]:
    return {(a.external_id,): a for a in session.scalars(select(AssistanceRequest))}


def _links(session: Session) -> dict[Key, Any]:
    query = select(RecommendationLink, Recommendation.code).join(RecommendationLink.recommendation)
    return {(link.state_iso3, code): link for link, code in session.execute(query)}


def _new_state(ctx: Context, key: Key) -> State:
    state = State(iso3=key[0], protocol_status=ProtocolStatus.UNKNOWN)
    state.regional_group = RegionalGroup.NONE
    for lang in ("ar", "en", "es", "fr", "ru", "zh"):
        setattr(state, f"name_{lang}", key[0])
    return state


def _new_person(ctx: Context, key: Key) -> FocalPoint:
    return FocalPoint(external_id=key[0], languages=[], gender=Gender.UNDISCLOSED)


def _new_review(ctx: Context, key: Key) -> Review:
    review = Review(state_iso3=key[0], review_group=key[1], cluster=key[2], stage=Stage.NOT_STARTED)
    review.working_languages = []
    review.reviewers = []
    review.stage_events = []
    ctx.reviews[key] = review
    return review


def _new_event(ctx: Context, key: Key) -> StageEvent:
    event = StageEvent(stage=Stage(key[3]), on=key[4])
    ctx.reviews[key[:3]].stage_events.append(event)
    return event


def _new_request(ctx: Context, key: Key) -> AssistanceRequest:
    return AssistanceRequest(external_id=key[0], status=AssistanceStatus.OPEN)


def _new_link(ctx: Context, key: Key) -> RecommendationLink:
    return RecommendationLink(
        state_iso3=key[0],
        recommendation=ctx.recommendations[key[1]],
        status=LinkStatus.NOT_ASSESSED,
    )


def _sources(session: Session) -> dict[Key, Any]:
    return {(s.code,): s for s in session.scalars(select(SourceDocument))}


def _recommendations(session: Session) -> dict[Key, Any]:
    query = select(Recommendation).options(
        selectinload(Recommendation.themes),
        selectinload(Recommendation.articles),
        selectinload(Recommendation.addressees),
    )
    return {(r.code,): r for r in session.scalars(query)}


def _new_source(ctx: Context, key: Key) -> SourceDocument:
    count = ctx.session.scalar(select(func.count()).select_from(SourceDocument)) or 0
    return SourceDocument(code=key[0], sort_order=count)


def _new_recommendation(ctx: Context, key: Key) -> Recommendation:
    item = Recommendation(code=key[0], sort_order=len(ctx.recommendations) + 1)
    item.themes, item.articles, item.addressees = [], [], []
    ctx.recommendations[key[0]] = item
    return item


REVIEWERS = ListField(
    lambda review: [r.state_iso3 for r in review.reviewers],
    lambda codes: [ReviewReviewer(state_iso3=c, position=n) for n, c in enumerate(codes)],
)
THEMES = ListField(
    lambda item: item.theme_codes,
    lambda codes: [RecommendationTheme(theme_code=c, position=n) for n, c in enumerate(codes)],
)
ARTICLES = ListField(
    lambda item: sorted(item.article_numbers),
    lambda numbers: [RecommendationArticle(article=n) for n in sorted(numbers)],
)
ADDRESSEES = ListField(
    lambda item: sorted(a.value for a in item.addressee_values),
    lambda values: [RecommendationAddressee(addressee=Addressee(v)) for v in sorted(values)],
)
IN_LANGUAGES = ("title", "section_title", "subsection_title", "text")


def _same_names(*names: str) -> dict[str, str]:
    return {name: name for name in names}


ADAPTERS: dict[str, Adapter] = {
    "states": Adapter(
        "states",
        _states,
        {
            **{f"name_{lang}": f"name_{lang}" for lang in ("ar", "en", "es", "fr", "ru", "zh")},
            "regional_group": "regional_group",
            "protocol_status": "protocol_status",
            "protocol_status_date": "protocol_status_date",
        },
        {"regional_group": RegionalGroup, "protocol_status": ProtocolStatus},
        _new_state,
        lambda key: str(key[0]),
    ),
    "focal_points": Adapter(
        "focal_points",
        _focal_points,
        {
            "state": "state_iso3",
            "role": "role",
            "name": "name",
            "title": "title",
            "institution": "institution",
            "email": "email",
            "phone": "phone",
            "gender": "gender",
            "languages": "languages",
            "designated_on": "designated_on",
            "ended_on": "ended_on",
        },
        {"role": Role, "gender": Gender},
        _new_person,
        lambda key: str(key[0]),
    ),
    "reviews": Adapter(
        "reviews",
        load_reviews,
        {
            "stage": "stage",
            "stage_since": "stage_since",
            "suspended_reason": "suspended_reason",
            "reviewing_states": "reviewers",
            "working_languages": "working_languages",
            "language_agreement": "language_agreement",
            "saq_progress": "saq_progress",
            "saq_submitted_on": "saq_submitted_on",
        },
        {"stage": Stage},
        _new_review,
        lambda key: f"{key[0]}/{key[1]}/{key[2]}",
        {"reviewing_states": REVIEWERS},
    ),
    "stage_events": Adapter(
        "stage_events",
        _stage_events,
        {"note": "note"},
        {},
        _new_event,
        lambda key: f"{key[0]}/{key[1]}/{key[2]}/{key[3]}/{key[4].isoformat()}",
    ),
    "assistance_requests": Adapter(
        "assistance_requests",
        _assistance,
        {
            "state": "state_iso3",
            "topic": "topic",
            "requested_on": "requested_on",
            "status": "status",
            "note": "note",
        },
        {"topic": AssistanceTopic, "status": AssistanceStatus},
        _new_request,
        lambda key: str(key[0]),
    ),
    "sources": Adapter(
        "sources",
        _sources,
        {
            **_same_names("kind", "symbol", "meeting"),
            "date": "issued_on",
            **{f"title_{lang}": f"title_{lang}" for lang in UN_LANGUAGES},
        },
        {"kind": SourceKind},
        _new_source,
        lambda key: str(key[0]),
    ),
    "recommendations": Adapter(
        "recommendations",
        _recommendations,
        {
            **_same_names("number", "section", "themes", "articles", "addressees"),
            **_same_names("withdrawn_on"),
            "source": "source_code",
            **{f"{p}_{lang}": f"{p}_{lang}" for p in IN_LANGUAGES for lang in UN_LANGUAGES},
        },
        {},
        _new_recommendation,
        lambda key: str(key[0]),
        {"themes": THEMES, "articles": ARTICLES, "addressees": ADDRESSEES},
    ),
    "recommendation_links": Adapter(
        "recommendation_links",
        _links,
        {"status": "status", "note": "note", "updated_on": "updated_on"},
        {"status": LinkStatus},
        _new_link,
        lambda key: f"{key[0]}/{key[1]}",
    ),
}
APPLY_ORDER = tuple(ADAPTERS)
DELETE_ORDER = tuple(reversed(APPLY_ORDER))
