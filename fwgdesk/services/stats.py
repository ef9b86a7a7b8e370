"""The Mechanism's figures, computed live from the database (the dashboard, ``stats``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AssistanceRequest, FocalPoint, Review
from fwgdesk.domain.enums import AssistanceStatus, Role
from fwgdesk.domain.figures import MechanismFigures, ReviewFact, compute_figures


def mechanism_figures(database: Database) -> MechanismFigures:
    with database.session() as session:
        reviews = [
            ReviewFact(
                state=r.state_iso3,
                group=r.review_group,
                stage=r.stage,
                reviewers=tuple(x.state_iso3 for x in r.reviewers),
                working_languages=tuple(r.working_languages or ()),
                language_agreement=r.language_agreement,
            )
            for r in session.scalars(select(Review).options(selectinload(Review.reviewers)))
        ]
        active_focal_points = session.execute(
            select(FocalPoint.state_iso3, FocalPoint.gender).where(
                FocalPoint.role == Role.FOCAL_POINT, FocalPoint.ended_on.is_(None)
            )
        ).all()
        open_topics = session.scalars(
            select(AssistanceRequest.topic).where(
                AssistanceRequest.status != AssistanceStatus.CLOSED
            )
        ).all()
    return compute_figures(
        reviews,
        with_focal_point={iso3 for iso3, _ in active_focal_points},
        focal_point_genders=[gender for _, gender in active_focal_points],
        open_assistance_topics=open_topics,
    )
