"""The message codes of the status sheets and the overview."""

from __future__ import annotations

from fwgdesk.domain.messages import message_code as _code

UNKNOWN_LANGUAGE = _code(
    "report.unknown_language", "unknown language '{language}': choose one of {known}"
)
UNKNOWN_STATES = _code("report.unknown_states", "unknown States: {codes}")
GROUP_OR_REGION = _code(
    "report.group_or_region", "choose a review group or a regional group, not both"
)
UNKNOWN_REGION = _code(
    "report.unknown_region", "unknown regional group '{region}': choose one of {known}"
)
NOBODY_UNDER_REVIEW = _code(
    "report.nobody_under_review", "no State is under review in review group {group}"
)
SPLIT_INTO_FILE = _code(
    "report.split_into_file", "{path} is a file: --split writes one file per State into a folder"
)
BATCH_INTO_FOLDER = _code(
    "report.batch_into_folder",
    "{path} is a folder: give a file name ending in .pdf, or use --split",
)
PDF_INTO_FOLDER = _code(
    "report.pdf_into_folder", "{path} is a folder: give a file name ending in .pdf"
)
NOT_A_PDF_NAME = _code("report.not_a_pdf_name", "{path}: the output file name must end in .pdf")
CHOOSE_A_STATE = _code("report.choose_a_state", "Choose a State by its name or ISO3 code.")
