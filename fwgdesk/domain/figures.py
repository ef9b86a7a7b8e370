"""The Mechanism's figures, as the Secretariat reports them, computed from plain facts.

Counting rules (the Secretariat's, see the 2022 report of the Working Group, paras 28-30):
* the States *participating* in a review group are those under review or reviewing in
  any review of that group;
* a State *has a focal point* when at least one active person holds the role
  ``focal_point``;
* focal points by gender count the active people in that role;
* working languages are counted over the reviews where they are recorded: one language,
  two (or more), or none agreed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fwgdesk.domain.enums import IN_PROGRESS_STAGES, AssistanceTopic, Gender, Stage


@dataclass(frozen=True)
class ReviewFact:
    state: str
    group: int
    stage: Stage
    reviewers: tuple[str, ...]
    working_languages: tuple[str, ...]
    language_agreement: bool | None


@dataclass
class GroupFigures:
    participating_states: int = 0
    states_with_focal_point: int = 0
    reviews: int = 0
    stages: dict[str, int] = field(default_factory=dict)
    in_progress: int = 0
    no_focal_point_share_of_idle: float | None = None

    @property
    def focal_point_share(self) -> float:
        if not self.participating_states:
            return 0.0
        return self.states_with_focal_point / self.participating_states

    def share(self, count: int) -> float:
        return count / self.reviews if self.reviews else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "participating_states": self.participating_states,
            "states_with_focal_point": self.states_with_focal_point,
            "focal_point_share": round(self.focal_point_share, 4),
            "reviews": self.reviews,
            "in_progress": self.in_progress,
            "stages": dict(self.stages),
            "no_focal_point_share_of_not_started_or_suspended": (
                None
                if self.no_focal_point_share_of_idle is None
                else round(self.no_focal_point_share_of_idle, 4)
            ),
        }


@dataclass
class MechanismFigures:
    groups: dict[int, GroupFigures]
    focal_points_by_gender: dict[str, int]
    working_languages: dict[str, int]
    open_assistance_by_topic: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {
            "groups": {str(number): g.as_dict() for number, g in sorted(self.groups.items())},
            "focal_points_by_gender": dict(self.focal_points_by_gender),
            "working_languages": dict(self.working_languages),
            "open_assistance_by_topic": dict(self.open_assistance_by_topic),
        }


def _group_figures(reviews: list[ReviewFact], with_focal_point: set[str]) -> GroupFigures:
    participants = {r.state for r in reviews} | {s for r in reviews for s in r.reviewers}
    stages = Counter(r.stage.value for r in reviews)
    idle = [r for r in reviews if r.stage in (Stage.NOT_STARTED, Stage.SUSPENDED)]
    idle_without = [r for r in idle if r.state not in with_focal_point]
    return GroupFigures(
        participating_states=len(participants),
        states_with_focal_point=len(participants & with_focal_point),
        reviews=len(reviews),
        stages={stage.value: stages.get(stage.value, 0) for stage in Stage},
        in_progress=sum(stages.get(stage.value, 0) for stage in IN_PROGRESS_STAGES),
        no_focal_point_share_of_idle=len(idle_without) / len(idle) if idle else None,
    )


def working_language_counts(reviews: Iterable[ReviewFact]) -> dict[str, int]:
    counts = {"one": 0, "two": 0, "none": 0}
    for review in reviews:
        if review.language_agreement is None and not review.working_languages:
            continue  # not recorded
        if review.language_agreement is False or not review.working_languages:
            counts["none"] += 1
        elif len(review.working_languages) == 1:
            counts["one"] += 1
        else:
            counts["two"] += 1
    return counts


def compute_figures(
    reviews: list[ReviewFact],
    with_focal_point: set[str],
    focal_point_genders: Iterable[Gender],
    open_assistance_topics: Iterable[AssistanceTopic],
) -> MechanismFigures:
    """All figures from the reviews, the States with a focal point, and the people."""
    by_group: dict[int, list[ReviewFact]] = {}
    for review in reviews:
        by_group.setdefault(review.group, []).append(review)
    genders = Counter(g.value for g in focal_point_genders)
    topics = Counter(t.value for t in open_assistance_topics)
    return MechanismFigures(
        groups={n: _group_figures(rs, with_focal_point) for n, rs in sorted(by_group.items())},
        focal_points_by_gender={g.value: genders.get(g.value, 0) for g in Gender},
        working_languages=working_language_counts(reviews),
        open_assistance_by_topic={t.value: topics.get(t.value, 0) for t in AssistanceTopic},
    )
