"""The application's own rules about its data: declared once, kept at every write.

Every write path (an edit in the window or on the command line, an import, undoing an
import, the bundled data, Check database's repairs) goes through the database layer,
which refuses a transaction that would break one of these rules
(``fwgdesk.db.rules_guard``). Check database finds what older versions of fwgdesk or
other programs left behind (``fwgdesk.services.consistency``). The README lists them
from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RuleId(StrEnum):
    STAGE_IS_LATEST_CHANGE = "stage_is_latest_change"
    REASON_ONLY_WHEN_SUSPENDED = "reason_only_when_suspended"
    NO_SELF_REVIEW = "no_self_review"
    PROGRESS_IS_A_SHARE = "progress_is_a_share"
    ONE_ACTIVE_FOCAL_POINT = "one_active_focal_point"
    DESIGNATION_ENDS_AFTER_IT_BEGINS = "designation_ends_after_it_begins"
    LINKS_POINT_TO_EXISTING_ROWS = "links_point_to_existing_rows"


@dataclass(frozen=True)
class Rule:
    id: RuleId
    text: str  # the rule as the README states it


RULES: tuple[Rule, ...] = (
    Rule(
        RuleId.STAGE_IS_LATEST_CHANGE,
        "A review's stage and stage date are those of its latest stage change (the latest "
        "date; on one day, the last recorded). A review without stage changes is not "
        "started and has no stage date. Whatever changes a stage (an edit, an import, a "
        "conflict decision, a repair) records the stage change with it.",
    ),
    Rule(
        RuleId.REASON_ONLY_WHEN_SUSPENDED,
        "Only a suspended review has a reason for its suspension.",
    ),
    Rule(RuleId.NO_SELF_REVIEW, "A State does not review itself."),
    Rule(
        RuleId.PROGRESS_IS_A_SHARE,
        "The self-assessment questionnaire's progress is a share from 0 to 1 (0-100%).",
    ),
    Rule(
        RuleId.ONE_ACTIVE_FOCAL_POINT,
        "A State has at most one active focal point (role focal point, no end of "
        "designation). Designating a new one ends the predecessor's designation, on a date "
        "the user gives; an update that would leave two active is refused unless it also "
        "ends the older designation.",
    ),
    Rule(
        RuleId.DESIGNATION_ENDS_AFTER_IT_BEGINS,
        "A designation does not end before it began.",
    ),
    Rule(
        RuleId.LINKS_POINT_TO_EXISTING_ROWS,
        "A recommendation link points to a recommendation and a State that exist "
        "(kept by the database's foreign keys).",
    ),
)
RULES_BY_ID: dict[RuleId, Rule] = {rule.id: rule for rule in RULES}
