"""Which States a batch prints, in which groups and order, under which title.

A regional group's or a review group's batch is one group; all States, or a list of them,
are grouped by regional group (or, asked for, by the first review group each State is
reviewed in). Within a group the States follow the alphabetical order of their names in
the sheet's language (:mod:`fwgdesk.reports.collation`).
"""

from __future__ import annotations

from dataclasses import dataclass

from fwgdesk.db.engine import Database
from fwgdesk.domain.errors import UsageError
from fwgdesk.reports import codes as rcodes
from fwgdesk.reports.collation import sorted_names
from fwgdesk.reports.contents import BatchGroup
from fwgdesk.reports.data import Directory, select_states
from fwgdesk.reports.labels import Labels
from fwgdesk.services.report_queries import first_review_groups

REGION_ORDER = ("AFR", "APG", "EEG", "GRULAC", "WEOG", "none")
"""The regional groups in the order the United Nations lists them."""

BY_REGION, BY_REVIEW_GROUP = "region", "review_group"


@dataclass(frozen=True)
class BatchPlan:
    title: str  # the document's title, in the sheet's language
    groups: list[BatchGroup]

    @property
    def states(self) -> list[str]:
        return [iso3 for group in self.groups for iso3 in group.states]


@dataclass(frozen=True)
class Selection:
    """What a batch was asked for: a review group, a regional group, a list, or all."""

    group: int | None = None
    region: str | None = None
    states: list[str] | None = None
    by: str = BY_REGION


def plan_batch(
    database: Database, shared: Directory, labels: Labels, asked: Selection
) -> BatchPlan:
    if asked.states is None:
        chosen = select_states(shared, database, asked.group, asked.region)
    else:
        chosen = _known(shared, asked.states)
    if asked.region is not None:
        region = shared.states[chosen[0]].regional_group
        title = labels.term("region", region)
        return _plan(
            labels, title, [BatchGroup(f"group-{region}", title, _ordered(shared, chosen))]
        )
    if asked.group is not None:
        title = labels("group", group=asked.group)
        only = BatchGroup("group-review", title, _ordered(shared, chosen))
        return _plan(labels, title, [only])
    selection = labels("batch_all") if asked.states is None else labels("batch_selected")
    if asked.by == BY_REVIEW_GROUP:
        return _plan(labels, selection, _by_review_group(database, shared, labels, chosen))
    return _plan(labels, selection, _by_region(shared, labels, chosen))


def _plan(labels: Labels, selection: str, groups: list[BatchGroup]) -> BatchPlan:
    return BatchPlan(labels("batch_title", selection=selection), groups)


def _known(shared: Directory, states: list[str]) -> list[str]:
    chosen = sorted({code.upper() for code in states})
    unknown = [code for code in chosen if code not in shared.states]
    if unknown:
        raise UsageError(rcodes.UNKNOWN_STATES, codes=unknown)
    return chosen


def _ordered(shared: Directory, codes: list[str]) -> tuple[str, ...]:
    names = {code: shared.state_name(code) for code in codes}
    return tuple(sorted_names(names, shared.language))


def _by_region(shared: Directory, labels: Labels, codes: list[str]) -> list[BatchGroup]:
    groups: list[BatchGroup] = []
    for region in REGION_ORDER:
        members = [code for code in codes if shared.states[code].regional_group == region]
        if members:
            title = labels.term("region", region)
            groups.append(BatchGroup(f"group-{region}", title, _ordered(shared, members)))
    return groups


def _by_review_group(
    database: Database, shared: Directory, labels: Labels, codes: list[str]
) -> list[BatchGroup]:
    first = first_review_groups(database)
    groups: list[BatchGroup] = []
    for number in sorted({first[code] for code in codes if code in first}):
        members = [code for code in codes if first.get(code) == number]
        title = labels("group", group=number)
        groups.append(BatchGroup(f"group-{number}", title, _ordered(shared, members)))
    outside = [code for code in codes if code not in first]
    if outside:
        title = labels("no_review_group")
        groups.append(BatchGroup("group-none", title, _ordered(shared, outside)))
    return groups
