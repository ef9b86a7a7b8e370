"""Checks of a typed update against itself and the database: every problem, at once."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fwgdesk.db.models import Recommendation, Review, State
from fwgdesk.domain.people import EMAIL, PHONE
from fwgdesk.exchange.coerce import InvalidValueError, convert
from fwgdesk.exchange.model import Update, UpdateRow
from fwgdesk.exchange.problems import Problem
from fwgdesk.exchange.spec import TABLES

Key = tuple[Any, ...]


def deletion_key(row: UpdateRow) -> tuple[str, Key] | Problem:
    """The (table, typed key) a deletion names, or the problem with it."""
    table = TABLES[row.values["table"]]
    given = row.values["key"]
    missing = [name for name in table.key if name not in given]
    extra = [name for name in given if table.column(name) is None or name not in table.key]
    if missing or extra:
        return Problem(
            row.where.at("key"),
            f"a key of {table.name} has exactly the columns {', '.join(table.key)}",
        )
    typed = []
    for name in table.key:
        column = table.column(name)
        assert column is not None
        try:
            typed.append(convert(given[name], column))
        except InvalidValueError as error:
            return Problem(row.where.at("key"), f"{name}: {error}")
    return table.name, tuple(typed)


def _duplicates(update: Update, problems: list[Problem]) -> None:
    for table, rows in update.tables.items():
        if table == "deletions":
            continue
        counts = Counter(row.key for row in rows)
        for row in rows:
            if counts[row.key] > 1:
                shown = ", ".join(str(part) for part in row.key)
                problems.append(Problem(row.where, f"the key ({shown}) appears more than once"))


def _references(update: Update, session: Session, problems: list[Problem]) -> None:
    states = set(session.scalars(select(State.iso3))) | {r.key[0] for r in update.rows("states")}
    codes = set(session.scalars(select(Recommendation.code)))
    reviews = {
        (r.state_iso3, r.review_group, r.cluster) for r in session.scalars(select(Review))
    } | {row.key for row in update.rows("reviews")}
    for table, rows in update.tables.items():
        for row in rows:
            for name in ("state",):
                code = row.values.get(name)
                if code is not None and code not in states:
                    problems.append(Problem(row.where.at(name), f"unknown State code '{code}'"))
            for code in row.values.get("reviewing_states") or []:
                if code not in states:
                    problems.append(
                        Problem(row.where.at("reviewing_states"), f"unknown State code '{code}'")
                    )
            code = row.values.get("recommendation")
            if table == "recommendation_links" and code not in codes:
                problems.append(
                    Problem(row.where.at("recommendation"), f"unknown catalogue code '{code}'")
                )
            if table == "stage_events" and row.key[:3] not in reviews:
                problems.append(Problem(row.where, "no such review (state, group, cluster)"))


def _row_rules(update: Update, problems: list[Problem]) -> None:
    for row in update.rows("focal_points"):
        values = row.values
        start, end = values.get("designated_on"), values.get("ended_on")
        if start and end and end < start:
            problems.append(
                Problem(row.where.at("ended_on"), "the end date is before the designation date")
            )
        if values.get("email") and not EMAIL.match(values["email"]):
            problems.append(
                Problem(row.where.at("email"), f"'{values['email']}' is not an e-mail address")
            )
        if values.get("phone") and not PHONE.match(values["phone"]):
            problems.append(
                Problem(row.where.at("phone"), f"'{values['phone']}' is not a phone number")
            )
    for row in update.rows("reviews"):
        if row.key[0] in (row.values.get("reviewing_states") or []):
            problems.append(
                Problem(row.where.at("reviewing_states"), "a State cannot review itself")
            )
        reviewers = row.values.get("reviewing_states") or []
        if len(set(reviewers)) != len(reviewers):
            problems.append(
                Problem(row.where.at("reviewing_states"), "a reviewing State is named twice")
            )


def _deletions(update: Update, problems: list[Problem]) -> None:
    for row in update.rows("deletions"):
        result = deletion_key(row)
        if isinstance(result, Problem):
            problems.append(result)
            continue
        table, key = result
        if any(other.key == key for other in update.rows(table)):
            problems.append(
                Problem(row.where.at("key"), f"the update both writes and deletes this {table} row")
            )


def check_update(update: Update, session: Session) -> list[Problem]:
    """Every problem of *update* that the database or the update itself reveals."""
    problems: list[Problem] = []
    _duplicates(update, problems)
    _references(update, session, problems)
    _row_rules(update, problems)
    _deletions(update, problems)
    return problems
