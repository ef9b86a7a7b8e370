"""Whether a row the user is editing was changed by someone else meanwhile.

A form keeps the version of the row it was filled from; when other writes arrive (this
window's own are told apart by the caller), it asks here whether that row moved on, and
flags it with who changed what (from the audit trail) before any save is refused.
"""

from __future__ import annotations

from sqlalchemy import select

from fwgdesk.db.engine import Database
from fwgdesk.db.models import FocalPoint, Review
from fwgdesk.domain.messages import Message, message
from fwgdesk.services import codes
from fwgdesk.services.naming import state_named
from fwgdesk.services.people import described as described_person
from fwgdesk.services.reviews import described as described_review
from fwgdesk.services.reviews import named_review
from fwgdesk.services.versions import changes_since


def review_edited_meanwhile(
    database: Database, iso3: str, group: int, cluster: int, version: int
) -> Message | None:
    """None while *iso3*'s review in *group* and *cluster* still has *version*; else what
    happened to it since."""
    query = select(Review).where(
        Review.state_iso3 == iso3, Review.review_group == group, Review.cluster == cluster
    )
    with database.session() as session:
        review = session.scalars(query).first()
        if review is None:
            what = named_review(session, iso3, group, cluster)
            return message(codes.REMOVED_MEANWHILE, what=what)
        if review.version == version:
            return None
        changes = changes_since(session, review, version)
        return message(codes.EDITED_MEANWHILE, what=described_review(review), changes=changes)


def person_edited_meanwhile(
    database: Database, external_id: str, name: str, iso3: str, version: int
) -> Message | None:
    """None while the person with *external_id* (*name*, of *iso3*) still has *version*;
    else what happened to their row since."""
    query = select(FocalPoint).where(FocalPoint.external_id == external_id)
    with database.session() as session:
        person = session.scalars(query).first()
        if person is None:
            what = message(codes.WHAT_FOCAL_POINT, name=name, state=state_named(session, iso3))
            return message(codes.REMOVED_MEANWHILE, what=what)
        if person.version == version:
            return None
        changes = changes_since(session, person, version)
        what = described_person(session, person)
        return message(codes.EDITED_MEANWHILE, what=what, changes=changes)
