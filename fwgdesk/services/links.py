"""Recommendations linked to a State: link, unlink, track, and suggested links."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from fwgdesk.db.engine import Database
from fwgdesk.db.models import (
    LinkDismissal,
    Recommendation,
    RecommendationAddressee,
    RecommendationLink,
    State,
)
from fwgdesk.domain.enums import Addressee, LinkStatus, ProtocolStatus
from fwgdesk.domain.errors import UsageError
from fwgdesk.domain.languages import texts_of
from fwgdesk.domain.messages import message
from fwgdesk.domain.records import CatalogueItem, LinkRecord
from fwgdesk.services.catalogue import item_record
from fwgdesk.services.codes import NOT_LINKED, UNKNOWN_CATALOGUE_CODES, UNKNOWN_STATE, WHAT_LINK
from fwgdesk.services.naming import state_named
from fwgdesk.services.versions import check_version


def link_record(link: RecommendationLink) -> LinkRecord:
    rec = link.recommendation
    return LinkRecord(
        state_iso3=link.state_iso3,
        code=rec.code,
        titles=texts_of(rec, "title"),
        texts=texts_of(rec, "text"),
        themes=tuple(rec.theme_codes),
        status=link.status.value,
        note=link.note,
        updated_on=link.updated_on,
        version=link.version,
        withdrawn_on=rec.withdrawn_on,
    )


def _recommendations(session: Session, codes: Iterable[str]) -> dict[str, Recommendation]:
    """The catalogue items named by *codes*, in the order given; unknown codes refused."""
    wanted = list(dict.fromkeys(codes))
    query = select(Recommendation).where(Recommendation.code.in_(wanted))
    found = {rec.code: rec for rec in session.scalars(query)}
    missing = [code for code in wanted if code not in found]
    if missing:
        raise UsageError(UNKNOWN_CATALOGUE_CODES, codes=missing)
    return {code: found[code] for code in wanted}


def _links_query(iso3: str) -> Select[RecommendationLink]:
    return (
        select(RecommendationLink)
        .where(RecommendationLink.state_iso3 == iso3)
        .options(
            selectinload(RecommendationLink.recommendation).selectinload(Recommendation.themes)
        )
    )


def list_links(database: Database, iso3: str) -> list[LinkRecord]:
    with database.session() as session:
        links = session.scalars(_links_query(iso3))
        records = [link_record(link) for link in links]
    order = _catalogue_order(database)
    return sorted(records, key=lambda r: order.get(r.code, 0))


def _catalogue_order(database: Database) -> dict[str, int]:
    with database.session() as session:
        rows = session.execute(select(Recommendation.code, Recommendation.sort_order))
        return dict(rows.all())


def link(database: Database, iso3: str, codes: Iterable[str], on: date | None = None) -> list[str]:
    """Link the recommendations; returns the codes newly linked (the rest already were)."""
    with database.session() as session:
        if session.get(State, iso3) is None:
            raise UsageError(UNKNOWN_STATE, iso3=iso3)
        wanted = _recommendations(session, codes)
        existing = set(
            session.scalars(
                select(Recommendation.code)
                .join(RecommendationLink, RecommendationLink.recommendation_id == Recommendation.id)
                .where(RecommendationLink.state_iso3 == iso3)
            )
        )
        created = [code for code in wanted if code not in existing]
        for code in created:
            session.add(
                RecommendationLink(
                    state_iso3=iso3,
                    recommendation=wanted[code],
                    status=LinkStatus.NOT_ASSESSED,
                    updated_on=on,
                )
            )
        return created


def unlink(database: Database, iso3: str, codes: Iterable[str]) -> list[LinkRecord]:
    """Remove links; returns what they held, so that they can be restored."""
    wanted = list(codes)
    with database.session() as session:
        links = [
            lk for lk in session.scalars(_links_query(iso3)) if lk.recommendation.code in wanted
        ]
        removed = [link_record(lk) for lk in links]
        for lk in links:
            session.delete(lk)
        return removed


def restore_links(database: Database, records: Iterable[LinkRecord]) -> None:
    """Re-create removed links with their status and note (undo of an unlink)."""
    records = list(records)
    with database.session() as session:
        found = _recommendations(session, [r.code for r in records])
        for saved in records:
            session.add(
                RecommendationLink(
                    state_iso3=saved.state_iso3,
                    recommendation=found[saved.code],
                    status=LinkStatus(saved.status),
                    note=saved.note,
                    updated_on=saved.updated_on,
                )
            )


def update_link(
    database: Database,
    iso3: str,
    code: str,
    status: LinkStatus,
    note: str | None,
    on: date | None = None,
    expected_version: int | None = None,
) -> LinkRecord:
    with database.session() as session:
        query = (
            _links_query(iso3)
            .join(RecommendationLink.recommendation)
            .where(Recommendation.code == code)
        )
        found = session.scalars(query).one_or_none()
        if found is None:
            raise UsageError(NOT_LINKED, code=code, iso3=iso3)
        what = message(WHAT_LINK, code=code, state=state_named(session, iso3))
        check_version(session, found, expected_version, what)
        found.status = status
        found.note = (note or "").strip() or None
        found.updated_on = on or found.updated_on
        session.flush()
        return link_record(found)


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A link's new status and date, and the version its row should have."""

    code: str
    status: LinkStatus
    updated_on: date | None
    expected_version: int | None = None


def set_statuses(
    database: Database, iso3: str, changes: Iterable[StatusChange]
) -> list[LinkRecord]:
    """Set the status of several links of *iso3* in one transaction (notes kept): all of
    them, or none when one is refused (not linked, or changed by someone else)."""
    wanted = {change.code: change for change in changes}
    with database.session() as session:
        links = {
            lk.recommendation.code: lk
            for lk in session.scalars(_links_query(iso3))
            if lk.recommendation.code in wanted
        }
        for code, change in wanted.items():
            found = links.get(code)
            if found is None:
                raise UsageError(NOT_LINKED, code=code, iso3=iso3)
            what = message(WHAT_LINK, code=code, state=state_named(session, iso3))
            check_version(session, found, change.expected_version, what)
            found.status = change.status
            found.updated_on = change.updated_on or found.updated_on
        session.flush()
        return [link_record(links[code]) for code in wanted]


def suggested_links(database: Database, iso3: str) -> list[CatalogueItem]:
    """Items addressed to this State (all States; Protocol parties when it is one),
    neither linked nor dismissed yet."""
    with database.session() as session:
        state = session.get(State, iso3)
        if state is None:
            raise UsageError(UNKNOWN_STATE, iso3=iso3)
        addressees = [Addressee.ALL_STATES]
        if state.protocol_status is ProtocolStatus.PARTY:
            addressees.append(Addressee.PROTOCOL_PARTIES)
        linked = select(RecommendationLink.recommendation_id).where(
            RecommendationLink.state_iso3 == iso3
        )
        dismissed = select(LinkDismissal.recommendation_id).where(LinkDismissal.state_iso3 == iso3)
        query = (
            select(Recommendation)
            .where(
                Recommendation.addressees.any(RecommendationAddressee.addressee.in_(addressees)),
                Recommendation.id.not_in(linked),
                Recommendation.id.not_in(dismissed),
            )
            .options(
                selectinload(Recommendation.themes),
                selectinload(Recommendation.articles),
                selectinload(Recommendation.addressees),
            )
            .order_by(Recommendation.sort_order)
        )
        return [item_record(rec) for rec in session.scalars(query)]


def dismiss_suggestions(database: Database, iso3: str, codes: Iterable[str]) -> None:
    with database.session() as session:
        for rec in _recommendations(session, codes).values():
            session.merge(LinkDismissal(state_iso3=iso3, recommendation_id=rec.id))


def undismiss_suggestions(database: Database, iso3: str, codes: Iterable[str]) -> None:
    with database.session() as session:
        for rec in _recommendations(session, codes).values():
            dismissal = session.get(LinkDismissal, (iso3, rec.id))
            if dismissal is not None:
                session.delete(dismissal)


def links_to(database: Database, code: str) -> list[LinkRecord]:
    """Every State's link to one recommendation, by State code."""
    query = (
        select(RecommendationLink)
        .join(RecommendationLink.recommendation)
        .where(Recommendation.code == code)
        .options(
            selectinload(RecommendationLink.recommendation).selectinload(Recommendation.themes)
        )
        .order_by(RecommendationLink.state_iso3)
    )
    with database.session() as session:
        return [link_record(link) for link in session.scalars(query)]
