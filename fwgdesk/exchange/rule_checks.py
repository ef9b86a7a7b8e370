"""An update checked against the application's rules (``fwgdesk.domain.rules``) before
anything is applied: what the database would hold afterwards, review by review and State
by State.

* A review's stage follows its history. An update that changes a review's stage or its
  date records that change as a stage change (``apply``), unless it carries it; it is
  refused when that date is before the review's latest stage change, or when its stage
  changes contradict a review it leaves as it is.
* One active focal point a State. An update that would leave two is refused, naming
  both rows, unless it also ends the older designation (its ``ended_on``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from fwgdesk.domain.enums import Role, Stage
from fwgdesk.domain.messages import Message
from fwgdesk.exchange import codes
from fwgdesk.exchange.adapters import ADAPTERS, Key, load_reviews
from fwgdesk.exchange.deletions import deleted_keys
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Problem

NAMED = 5  # people named in a refusal for two active focal points


def recorded_on(update: Update) -> date:
    """The date of a stage change an update makes without saying when: the day its data
    describes, else the day it was issued, else today."""
    if update.as_of is not None:
        return update.as_of
    if update.issued_at is not None:
        return update.issued_at.date()
    return date.today()


# --- stages ----------------------------------------------------------------------------


@dataclass
class _Review:
    stage: Stage
    since: date | None
    changed: bool  # the update sets its stage or stage date
    where: UpdateRow | None


def _reviews_after(update: Update, existing: dict[Key, Any]) -> dict[Key, _Review]:
    after: dict[Key, _Review] = {}
    for key, review in existing.items():
        after[key] = _Review(review.stage, review.stage_since, False, None)
    for row in update.rows("reviews"):
        before = after.get(row.key) or _Review(Stage.NOT_STARTED, None, False, None)
        stage = Stage(row.values["stage"]) if row.values.get("stage") else before.stage
        since = row.values.get("stage_since", before.since)
        if stage is not before.stage and "stage_since" not in row.values:
            since = None  # a new stage the update does not date: dated when applied
        changed = row.key not in existing or (stage, since) != (before.stage, before.since)
        after[row.key] = _Review(stage, since, changed, row)
    return after


def _latest_after(
    update: Update, existing: dict[Key, Any], deleted: set[Key]
) -> dict[Key, tuple[Stage, date]]:
    events: dict[Key, list[tuple[date, int, Stage]]] = defaultdict(list)
    for key, review in existing.items():
        for event in review.stage_events:
            if (*key, event.stage.value, event.on) not in deleted:
                events[key].append((event.on, event.id, event.stage))
    for order, row in enumerate(update.rows("stage_events"), start=1 << 40):
        events[row.key[:3]].append((row.key[4], order, Stage(row.key[3])))
    return {key: (max(found)[2], max(found)[0]) for key, found in events.items() if found}


def _stage_problem(update: Update, key: Key, review: _Review, latest: Any) -> Problem | None:
    current = (review.stage, review.since)
    if latest is None and current == (Stage.NOT_STARTED, None):
        return None
    if latest is not None and current == latest:
        return None
    if review.changed:
        on = review.since or recorded_on(update)
        if latest is None or on >= latest[1]:
            return None  # applying records the stage change
        where = review.where.where.at("stage_since") if review.where else None
        assert where is not None
        return Problem.of(
            where, codes.STAGE_BEFORE_HISTORY, on=on, stage=latest[0], latest_on=latest[1]
        )
    rows = [row for row in update.rows("stage_events") if row.key[:3] == key]
    where = rows[-1].where if rows else update.rows("deletions")[0].where
    return Problem.of(
        where,
        codes.STAGE_EVENTS_CONTRADICT,
        review="/".join(map(str, key)),
        stage=review.stage,
        latest=latest[0] if latest else Stage.NOT_STARTED,
    )


def _stage_problems(
    update: Update, session: Session, deleted: dict[str, set[Key]]
) -> list[Problem]:
    touched = {row.key for row in update.rows("reviews")}
    touched |= {row.key[:3] for row in update.rows("stage_events")}
    touched |= {key[:3] for key in deleted.get("stage_events", set())}
    touched -= deleted.get("reviews", set())
    if not touched:
        return []
    existing = load_reviews(session)
    after = _reviews_after(update, existing)
    latest = _latest_after(update, existing, deleted.get("stage_events", set()))
    problems = []
    for key in sorted(touched, key=str):
        if key in after:
            problem = _stage_problem(update, key, after[key], latest.get(key))
            if problem is not None:
                problems.append(problem)
    return problems


# --- focal points ----------------------------------------------------------------------


def _people_after(update: Update, session: Session, deleted: set[Key]) -> dict[Key, dict[str, Any]]:
    adapter = ADAPTERS["focal_points"]
    people: dict[Key, dict[str, Any]] = {
        key: {
            column: adapter.current(obj, column) for column in ("state", "role", "name", "ended_on")
        }
        for key, obj in adapter.load(session).items()
        if key not in deleted
    }
    for row in update.rows("focal_points"):
        person = people.setdefault(row.key, {"role": None, "ended_on": None})
        person.update(row.values)
        person["where"] = row.where
    return people


def _focal_point_problems(
    update: Update, session: Session, deleted: dict[str, set[Key]]
) -> list[Problem]:
    if not update.rows("focal_points"):
        return []
    active: dict[str, list[tuple[Key, dict[str, Any]]]] = defaultdict(list)
    for key, person in _people_after(update, session, deleted.get("focal_points", set())).items():
        if person.get("role") == Role.FOCAL_POINT.value and person.get("ended_on") is None:
            active[person["state"]].append((key, person))
    problems = []
    for iso3, found in sorted(active.items()):
        if len(found) < 2:
            continue
        named: list[object] = [f"{key[0]} ({person.get('name')})" for key, person in found]
        if len(named) > NAMED:  # a refusal a row: each names a few, and counts the others
            named = [
                *named[: NAMED - 1],
                Message(codes.AND_OTHERS, {"count": len(named) - NAMED + 1}),
            ]
        for _key, person in found:
            if "where" in person:
                problems.append(
                    Problem.of(
                        person["where"].at("ended_on"),
                        codes.TWO_ACTIVE_FOCAL_POINTS,
                        iso3=iso3,
                        people=named,
                    )
                )
    return problems


def rule_problems(update: Update, session: Session) -> list[Problem]:
    """What in *update* would break a rule once applied to the database of *session*."""
    deleted = deleted_keys(update)
    return [
        *_stage_problems(update, session, deleted),
        *_focal_point_problems(update, session, deleted),
    ]
