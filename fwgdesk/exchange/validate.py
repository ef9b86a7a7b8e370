"""Checks of a typed update against itself and the database: every problem, at once."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from fwgdesk.db.models import Recommendation, Review, State
from fwgdesk.domain.codes import (
    ENDS_BEFORE_DESIGNATION,
    NOT_AN_EMAIL,
    REVIEWER_TWICE,
    REVIEWS_ITSELF,
)
from fwgdesk.domain.people import EMAIL, PHONE
from fwgdesk.exchange import codes
from fwgdesk.exchange.deletions import deletion_key
from fwgdesk.exchange.model import Update
from fwgdesk.exchange.problems import Problem
from fwgdesk.exchange.rule_checks import rule_problems


def _duplicates(update: Update, problems: list[Problem]) -> None:
    for table, rows in update.tables.items():
        if table == "deletions":
            continue
        counts = Counter(row.key for row in rows)
        for row in rows:
            if counts[row.key] > 1:
                problems.append(Problem.of(row.where, codes.KEY_REPEATED, key=list(row.key)))


def _references(update: Update, session: Session, problems: list[Problem]) -> None:
    states = set(session.scalars(select(State.iso3))) | {r.key[0] for r in update.rows("states")}
    catalogue = set(session.scalars(select(Recommendation.code)))
    reviews = {
        (r.state_iso3, r.review_group, r.cluster) for r in session.scalars(select(Review))
    } | {row.key for row in update.rows("reviews")}
    for table, rows in update.tables.items():
        for row in rows:
            for name in ("state",):
                code = row.values.get(name)
                if code is not None and code not in states:
                    problems.append(Problem.of(row.where.at(name), codes.UNKNOWN_STATE, code=code))
            for code in row.values.get("reviewing_states") or []:
                if code not in states:
                    problems.append(
                        Problem.of(row.where.at("reviewing_states"), codes.UNKNOWN_STATE, code=code)
                    )
            code = row.values.get("recommendation")
            if table == "recommendation_links" and code not in catalogue:
                problems.append(
                    Problem.of(
                        row.where.at("recommendation"), codes.UNKNOWN_RECOMMENDATION, code=code
                    )
                )
            if table == "stage_events" and row.key[:3] not in reviews:
                problems.append(Problem.of(row.where, codes.NO_SUCH_REVIEW))


def _row_rules(update: Update, problems: list[Problem]) -> None:
    for row in update.rows("focal_points"):
        values = row.values
        start, end = values.get("designated_on"), values.get("ended_on")
        if start and end and end < start:
            problems.append(Problem.of(row.where.at("ended_on"), ENDS_BEFORE_DESIGNATION))
        if values.get("email") and not EMAIL.match(values["email"]):
            problems.append(Problem.of(row.where.at("email"), NOT_AN_EMAIL, value=values["email"]))
        if values.get("phone") and not PHONE.match(values["phone"]):
            problems.append(
                Problem.of(row.where.at("phone"), codes.NOT_A_PHONE, value=values["phone"])
            )
    for row in update.rows("reviews"):
        if row.key[0] in (row.values.get("reviewing_states") or []):
            problems.append(Problem.of(row.where.at("reviewing_states"), REVIEWS_ITSELF))
        reviewers = row.values.get("reviewing_states") or []
        if len(set(reviewers)) != len(reviewers):
            problems.append(Problem.of(row.where.at("reviewing_states"), REVIEWER_TWICE))


def _deletions(update: Update, problems: list[Problem]) -> None:
    for row in update.rows("deletions"):
        result = deletion_key(row)
        if isinstance(result, Problem):
            problems.append(result)
            continue
        table, key = result
        if any(other.key == key for other in update.rows(table)):
            problems.append(Problem.of(row.where.at("key"), codes.WRITES_AND_DELETES, table=table))


def check_update(update: Update, session: Session) -> list[Problem]:
    """Every problem of *update* that the database or the update itself reveals."""
    problems: list[Problem] = []
    _duplicates(update, problems)
    _references(update, session, problems)
    _row_rules(update, problems)
    _deletions(update, problems)
    if not problems:  # the rules look at the update as a whole: only a sound one
        problems.extend(rule_problems(update, session))
    return problems
