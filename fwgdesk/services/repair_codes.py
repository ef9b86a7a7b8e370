"""The message codes of Check database: the rows a finding concerns, and its repair."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

THE_REVIEW = _code("check.the_review", "the review {review}")
SUBMITTED_ON = _code("check.submitted_on", "the review {review}: self-assessment submitted on {on}")
REQUESTED_ON = _code("check.requested_on", "an assistance request of {iso3} dated {on}")
PERSON_SINCE = _code("check.person_since", "{name} (since {since})")
ACTIVE_FOCAL_POINTS = _code(
    "check.active_focal_points", "{iso3} has several active focal points: {people}"
)
DESIGNATION_OF = _code("check.designation_of", "the designation of {name} ({iso3})")
LINK_OF = _code("check.link_of", "a link of {iso3} to the missing recommendation #{id}")

RECORD_STAGE_CHANGE = _code(
    "check.record_stage_change", "record the missing stage change to {stage} on {on}"
)
TAKE_LATEST_CHANGE = _code(
    "check.take_latest_change",
    "put the review at its latest recorded stage change: {stage} since {on}",
)
REMOVE_REASON = _code("check.remove_reason", "remove the suspension reason “{reason}”")
REMOVE_SELF_REVIEW = _code("check.remove_self_review", "remove {iso3} from its own reviewers")
SET_PROGRESS = _code("check.set_progress", "set the progress to {value}")
KEEP_ONE_ACTIVE = _code(
    "check.keep_one_active",
    "keep the focal point you choose active, and end the others' designations on the day it began",
)
END_WHEN_BEGUN = _code("check.end_when_begun", "end the designation on {on}, the day it began")
REMOVE_LINK = _code("check.remove_link", "remove the link")
