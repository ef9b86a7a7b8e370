"""The message codes of the domain: what is wrong with what a user entered, and the rules.

Each code is declared once, with its English template (see ``fwgdesk.domain.messages``).
"""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

INVALID_INPUT = _code("input.invalid", "{problems}")

# fields of what a user enters
NAME_REQUIRED = _code("input.name_required", "a name is required")
NOT_AN_EMAIL = _code("input.not_an_email", "'{value}' is not an e-mail address")
NOT_A_PHONE = _code(
    "input.not_a_phone", "'{value}' is not a phone number (digits, spaces, + ( ) - . /)"
)
NOT_LANGUAGE_CODES = _code("input.not_language_codes", "not ISO 639-1 codes: {codes}")
ENDS_BEFORE_DESIGNATION = _code(
    "input.ends_before_designation", "the end date is before the designation date"
)
UNKNOWN_STATE_CODES = _code("input.unknown_state_codes", "unknown State codes: {codes}")
REVIEWS_ITSELF = _code("input.reviews_itself", "a State cannot review itself")
REVIEWER_TWICE = _code("input.reviewer_twice", "a reviewing State is named twice")
PROGRESS_OUT_OF_RANGE = _code(
    "input.progress_out_of_range", "the questionnaire's progress is a share from 0 to 1"
)
GROUP_OUT_OF_RANGE = _code("input.group_out_of_range", "the review group is 1, 2 or 3")
CLUSTER_OUT_OF_RANGE = _code("input.cluster_out_of_range", "the cluster is 1 to 4")
REVIEW_EXISTS = _code(
    "input.review_exists", "{iso3} already has a review in group {group}, cluster {cluster}"
)
ALREADY_AT_STAGE = _code("input.already_at_stage", "the review is already at {stage}")
BEFORE_LAST_STAGE_CHANGE = _code(
    "input.before_last_stage_change", "the date is before the last stage change ({latest})"
)

# the rules of fwgdesk.domain.rules, as a refused write states them
RULE_STAGE_NOT_LATEST = _code(
    "rule.stage_not_latest",
    "the review {review} would be at the stage {stage} since {since}, but its latest stage "
    "change is to {latest_stage} on {latest_on}",
)
RULE_STAGE_WITHOUT_CHANGE = _code(
    "rule.stage_without_change",
    "the review {review} would be at the stage {stage} since {since} with no stage change recorded",
)
RULE_REASON_NOT_SUSPENDED = _code(
    "rule.reason_not_suspended",
    "the review {review} is not suspended, but would keep a reason for a suspension",
)
RULE_SELF_REVIEW = _code("rule.self_review", "{iso3} would review itself in the review {review}")
RULE_PROGRESS = _code(
    "rule.progress",
    "the self-assessment progress of the review {review} would be {value}, outside 0 to 1",
)
RULE_TWO_ACTIVE_FOCAL_POINTS = _code(
    "rule.two_active_focal_points",
    "{iso3} would have {count} active focal points ({names}); end the designation of the "
    "earlier one first",
    count="count",
    forms=(
        "{iso3} would have {count} active focal point ({names}); end the designation of the"
        " earlier one first",
        "{iso3} would have {count} active focal points ({names}); end the designation of the"
        " earlier one first",
    ),
)
RULE_ENDS_BEFORE_BEGINS = _code(
    "rule.ends_before_begins",
    "the designation of {name} would end on {ended_on}, before it began on {designated_on}",
)
