"""Checks of a typed update against itself and the database: every problem, at once.

``checked_update`` is the one pass an import makes: it types a raw update, and checks each
row for what its values could be typed, so that a file's problems (values that do not fit,
repeated keys, references to rows that do not exist, rows the database could not hold) are
all listed together, in the order of the file.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy.orm import Session

from fwgdesk.domain.codes import ENDS_BEFORE_DESIGNATION, REVIEWER_TWICE, REVIEWS_ITSELF
from fwgdesk.exchange import codes
from fwgdesk.exchange.catalogue_checks import catalogue_problems
from fwgdesk.exchange.coerce import update_as_far_as_typed
from fwgdesk.exchange.deletions import deletion_key
from fwgdesk.exchange.model import RawUpdate, Update
from fwgdesk.exchange.problems import Problem, UpdateRejectedError, in_file_order
from fwgdesk.exchange.references import reference_problems
from fwgdesk.exchange.rule_checks import rule_problems
from fwgdesk.exchange.spec import TABLES
from fwgdesk.exchange.values import TEXT_RULES

# Rules that look at two columns of a row at once: the published schema cannot state them
# (its descriptions do).
ACROSS_COLUMNS = (ENDS_BEFORE_DESIGNATION, REVIEWS_ITSELF)


def _duplicates(update: Update, problems: list[Problem]) -> None:
    for table, rows in update.tables.items():
        if table == "deletions":
            continue
        counts = Counter(row.key for row in rows)
        for row in rows:
            if counts[row.key] > 1 and None not in row.key:
                problems.append(Problem.of(row.where, codes.KEY_REPEATED, key=list(row.key)))


def _text_rules(update: Update, problems: list[Problem]) -> None:
    """Texts a rule applies to (e-mail addresses, phone numbers), as a typed update holds
    them (typing a raw update checks them already, and leaves out those that fail)."""
    for table, rows in update.tables.items():
        for column in TABLES[table].columns:
            if column.rule is None:
                continue
            rule, code = TEXT_RULES[column.rule]
            for row in rows:
                value = row.values.get(column.name)
                if value and not rule.match(value):
                    problems.append(Problem.of(row.where.at(column.name), code, value=value))


def _row_rules(update: Update, problems: list[Problem]) -> None:
    _text_rules(update, problems)
    for row in update.rows("focal_points"):
        start, end = row.values.get("designated_on"), row.values.get("ended_on")
        if start and end and end < start:
            problems.append(Problem.of(row.where.at("ended_on"), ENDS_BEFORE_DESIGNATION))
    for row in update.rows("reviews"):
        reviewers = row.values.get("reviewing_states") or []
        if row.key[0] is not None and row.key[0] in reviewers:
            problems.append(Problem.of(row.where.at("reviewing_states"), REVIEWS_ITSELF))
        if len(set(reviewers)) != len(reviewers):
            problems.append(Problem.of(row.where.at("reviewing_states"), REVIEWER_TWICE))


def _deletions(update: Update, problems: list[Problem]) -> None:
    for row in update.rows("deletions"):
        if "table" not in row.values or "key" not in row.values:
            continue  # a problem already: a table or key that does not fit
        result = deletion_key(row)
        if isinstance(result, Problem):
            problems.append(result)
            continue
        table, key = result
        if any(other.key == key for other in update.rows(table)):
            problems.append(Problem.of(row.where.at("key"), codes.WRITES_AND_DELETES, table=table))


def self_problems(update: Update) -> list[Problem]:
    """What is wrong with *update* in itself, whatever the database holds."""
    problems: list[Problem] = []
    _duplicates(update, problems)
    _row_rules(update, problems)
    _deletions(update, problems)
    return problems


def check_update(update: Update, session: Session) -> list[Problem]:
    """Every problem of *update* that the database or the update itself reveals."""
    problems = self_problems(update) + reference_problems(update, session)
    problems += catalogue_problems(update, session)
    if not problems:  # the rules look at the update as a whole: only a sound one
        problems.extend(rule_problems(update, session))
    return problems


def _sheets(raw: RawUpdate) -> list[str]:
    """The sheets (CSV files, JSON tables) of *raw* in the order of the file."""
    sheets = [raw.header_where.sheet or ""]
    sheets += [rows[0].where.sheet or "" for rows in raw.tables.values() if rows]
    return sheets


def checked_update(raw: RawUpdate, session: Session) -> Update:
    """The typed update of *raw*, checked against itself and the database of *session*.

    ``UpdateRejectedError`` lists every problem at once, in the order of the file: a row
    with a value that does not fit is still checked for its other values and references."""
    problems: list[Problem] = []
    update = update_as_far_as_typed(raw, problems)
    problems += self_problems(update)
    problems += reference_problems(update, session)
    problems += catalogue_problems(update, session)
    if not problems:  # the rules look at the update as a whole: only a sound one
        problems = rule_problems(update, session)
    if problems:
        raise UpdateRejectedError(in_file_order(problems, _sheets(raw)))
    return update
