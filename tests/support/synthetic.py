"""Synthetic data for tests and benchmarks (never bundled: real States, invented reviews).

``secretariat_2022`` builds reviews and focal points whose figures are exactly those the
Secretariat reported to the Working Group in May 2022 (CTOC/COP/WG.6/2022/4, paras 28-30):
group 1: 130 participating States, 104 with a focal point, 62 reviews (26 not started,
6 preliminary consultation, 8 self-assessment, 16 written feedback, 1 list of
observations, 5 suspended); group 2: 131 States, 94 with a focal point, 63 reviews
(39 not started, 6 preliminary consultation, 8 self-assessment, 10 suspended).

Layout over the 194 States in code order (index ranges are half-open):
  group 1 under review [0, 62), reviewing only [62, 130)  -> participants [0, 130)
  group 2 under review [131, 194), reviewing only [63, 131) -> participants [63, 194)
  with a focal point: [0, 37) + [63, 130) + [130, 157)    -> 37+67 = 104, 67+27 = 94
"""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from sqlalchemy import insert, select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    FocalPoint,
    Recommendation,
    RecommendationLink,
    Review,
    ReviewReviewer,
    StageEvent,
    State,
)
from fwgdesk.domain.enums import Gender, LinkStatus, Role, Stage
from fwgdesk.domain.reviews import STAGE_ORDER

GROUP_STAGES = {
    1: {
        Stage.NOT_STARTED: 26,
        Stage.PRELIMINARY_CONSULTATION: 6,
        Stage.SELF_ASSESSMENT: 8,
        Stage.WRITTEN_FEEDBACK: 16,
        Stage.LIST_OF_OBSERVATIONS: 1,
        Stage.SUSPENDED: 5,
    },
    2: {
        Stage.NOT_STARTED: 39,
        Stage.PRELIMINARY_CONSULTATION: 6,
        Stage.SELF_ASSESSMENT: 8,
        Stage.SUSPENDED: 10,
    },
}
START = date(2020, 6, 1)


def state_codes(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(State.iso3).order_by(State.iso3)))


def _events(stage: Stage, start: date) -> list[tuple[Stage, date]]:
    if stage is Stage.NOT_STARTED:
        return []
    if stage is Stage.SUSPENDED:
        return [(Stage.PRELIMINARY_CONSULTATION, start), (Stage.SUSPENDED, start + timedelta(90))]
    ladder = STAGE_ORDER[1 : STAGE_ORDER.index(stage) + 1]
    return [(step, start + timedelta(days=120 * i)) for i, step in enumerate(ladder)]


def _review_rows(
    group: int, under_review: list[str], reviewers_only: list[str]
) -> list[tuple[str, Stage, tuple[str, str]]]:
    stages = list(itertools.chain.from_iterable([s] * n for s, n in GROUP_STAGES[group].items()))
    assert len(stages) == len(under_review)
    rows = []
    for i, (iso3, stage) in enumerate(zip(under_review, stages, strict=True)):
        first = reviewers_only[i % len(reviewers_only)]
        second = reviewers_only[(len(under_review) + i) % len(reviewers_only)]
        rows.append((iso3, stage, (first, second)))
    return rows


def _add_reviews(
    database: Database, group: int, rows: list[tuple[str, Stage, tuple[str, str]]]
) -> None:
    with database.session() as session:
        for n, (iso3, stage, reviewers) in enumerate(rows):
            start = START + timedelta(days=n)
            events = _events(stage, start)
            review = Review(
                state_iso3=iso3,
                review_group=group,
                cluster=1,
                stage=stage,
                stage_since=events[-1][1] if events else None,
                working_languages=["en"] if n % 3 else ["en", "fr"],
                language_agreement=True,
                suspended_reason="no focal point designated" if stage is Stage.SUSPENDED else None,
            )
            review.reviewers = [
                ReviewReviewer(state_iso3=code, position=p) for p, code in enumerate(reviewers)
            ]
            review.stage_events = [StageEvent(stage=s, on=d) for s, d in events]
            session.add(review)


def _add_focal_points(database: Database, codes: list[str]) -> None:
    with database.session() as session:
        for n, iso3 in enumerate(codes):
            session.add(
                FocalPoint(
                    external_id=f"synthetic-fp-{iso3}",
                    state_iso3=iso3,
                    role=Role.FOCAL_POINT,
                    name=f"Focal point {iso3}",
                    gender=Gender.FEMALE if n % 10 < 3 else Gender.MALE,
                    languages=["en"],
                    designated_on=START - timedelta(days=30),
                )
            )


def secretariat_2022(database: Database) -> None:
    codes = state_codes(database)
    assert len(codes) == 194
    _add_reviews(database, 1, _review_rows(1, codes[0:62], codes[62:130]))
    _add_reviews(database, 2, _review_rows(2, codes[131:194], codes[63:131]))
    _add_focal_points(database, codes[0:37] + codes[63:130] + codes[130:157])


def large_dataset(
    database: Database, people: int = 2000, links: int = 25000, seed: int = 7
) -> None:
    """The Secretariat's reviews plus many people and links (bulk-inserted, not audited)."""
    secretariat_2022(database)
    rng = random.Random(seed)
    codes = state_codes(database)
    with database.session() as session:
        recommendation_ids = list(session.scalars(select(Recommendation.id)))
        session.execute(
            insert(FocalPoint),
            [
                {
                    "external_id": f"synthetic-person-{n}",
                    "state_iso3": codes[n % len(codes)],
                    # one active focal point a State comes from the reviews' own data
                    "role": rng.choice([r for r in Role if r is not Role.FOCAL_POINT]),
                    "name": rng.choice(
                        ["Ana Pérez", "李明", "Иван Петров", "سارة أحمد", "Jean Martin"]
                    )
                    + f" {n}",
                    "gender": rng.choice(list(Gender)),
                    "languages": ["en"],
                    "designated_on": START,
                    "ended_on": None if n % 4 else START + timedelta(days=400),
                }
                for n in range(people)
            ],
        )
        pairs = list(itertools.product(codes, recommendation_ids))
        rng.shuffle(pairs)
        session.execute(
            insert(RecommendationLink),
            [
                {
                    "state_iso3": iso3,
                    "recommendation_id": rec_id,
                    "status": rng.choice(list(LinkStatus)),
                    "note": "备注 / note",
                    "updated_on": START,
                }
                for iso3, rec_id in pairs[:links]
            ],
        )
