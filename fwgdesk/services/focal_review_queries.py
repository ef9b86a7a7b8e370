"""Small look-ups and inverses the State page's focal-point and review tabs need for undo.

Undoing an addition deletes the row, and redoing it creates the row again under a new id,
so undo commands find rows by their stable keys (a person's or request's external id, a
review's State, group and cluster) rather than by an id that may have changed.
"""

from __future__ import annotations

from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import AssistanceRequest, FocalPoint, Review
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.reviews import AssistanceRecord
from fwgdesk.services import codes
from fwgdesk.services.reviews import assistance_record, described, described_request
from fwgdesk.services.versions import check_version


def focal_point_id(database: Database, external_id: str) -> int:
    """The current id of the person with *external_id*."""
    query = select(FocalPoint.id).where(FocalPoint.external_id == external_id)
    with database.session() as session:
        found = session.scalar(query)
    if found is None:
        raise UsageError(codes.NO_FOCAL_POINT_KEY, key=external_id)
    return found


def review_id(database: Database, iso3: str, group: int, cluster: int) -> int:
    """The current id of *iso3*'s review in *group* and *cluster*."""
    query = select(Review.id).where(
        Review.state_iso3 == iso3, Review.review_group == group, Review.cluster == cluster
    )
    with database.session() as session:
        found = session.scalar(query)
    if found is None:
        raise UsageError(codes.NO_REVIEW, iso3=iso3, group=group, cluster=cluster)
    return found


def remove_review(database: Database, review_id: int, expected_version: int | None = None) -> None:
    """Delete a review outright: only to take back its creation (undo)."""
    with database.session() as session:
        review = session.get(Review, review_id)
        if review is not None:
            check_version(session, review, expected_version, described(review))
            session.delete(review)


def remove_assistance_by_key(
    database: Database, external_id: str, expected_version: int | None = None
) -> None:
    """Delete an assistance request: only to take back its addition (undo)."""
    query = select(AssistanceRequest).where(AssistanceRequest.external_id == external_id)
    with database.session() as session:
        request = session.scalars(query).first()
        if request is not None:
            check_version(session, request, expected_version, described_request(session, request))
            session.delete(request)


def assistance_id(database: Database, external_id: str) -> int:
    """The current id of the assistance request with *external_id*."""
    query = select(AssistanceRequest.id).where(AssistanceRequest.external_id == external_id)
    with database.session() as session:
        found = session.scalar(query)
    if found is None:
        raise UsageError(codes.NO_ASSISTANCE_KEY, key=external_id)
    return found


def restore_assistance(database: Database, saved: AssistanceRecord) -> AssistanceRecord:
    """Re-create a removed assistance request with the same key (redo of an addition)."""
    with database.session() as session:
        request = AssistanceRequest(
            external_id=saved.external_id,
            state_iso3=saved.state_iso3,
            topic=saved.topic,
            requested_on=saved.requested_on,
            status=saved.status,
            note=saved.note,
        )
        session.add(request)
        session.flush()
        return assistance_record(request)
